/** Each problem a host's props cause is said once in the console, not on every render. */
const said = new Set<string>();

export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[@wamigrate/react] ${message}`);
}
