/**
 * Each problem a host's props cause is said once in the console, not on every render, and only in
 * development: a production build (`process.env.NODE_ENV`, which every bundler replaces) says nothing. A
 * profile that was not right still reaches the host's `onError` there (kind `props`, from the engine).
 */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Read as a bundler writes it, so a production build drops the warnings; unbundled in a browser, no `process`. */
function inProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

const said = new Set<string>();

export function warnOnce(message: string): void {
  if (inProduction() || said.has(message)) return;
  said.add(message);
  console.warn(`[@wamigrate/react] ${message}`);
}
