import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The part of esbuild's plugin API used here, written out: this file sits outside the packages, whose tsup
 * brings esbuild, so esbuild's own types are not in reach of it.
 */
interface ResolveArgs {
  readonly path: string;
  readonly importer: string;
  readonly resolveDir: string;
  readonly kind: string;
}
type ResolveResult = { path: string; external: boolean } | { errors: { text: string }[] } | undefined;
interface Plugin {
  name: string;
  setup(build: { onResolve(options: { filter: RegExp }, callback: (args: ResolveArgs) => ResolveResult): void }): void;
}

/**
 * One output file per source module, for a package's ES module build: each relative import stays an import,
 * of the built file with its `.js` extension (webpack's strict ESM and Node need it). A host's bundler then
 * leaves out every module it does not use, because the package has no side effects; bundled into shared
 * chunks instead, a module's top-level calls would stay with whatever else its chunk holds.
 */
export const oneFilePerModule: Plugin = {
  name: 'one-file-per-module',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || args.path.endsWith('?inline')) return undefined;
      const base = path.resolve(args.resolveDir, args.path);
      const source = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f));
      if (!source) return { errors: [{ text: `cannot find the module ${args.path} imported by ${args.importer}` }] };
      const relative = path.relative(path.dirname(args.importer), source).replace(/\.tsx?$/u, '.js');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

/** Every module under `dir` (declarations and the files `skip` names left out), as tsup entries by output path. */
export function sourceModules(dir: string, skip: readonly string[] = [], root = dir): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(found, sourceModules(file, skip, root));
    else if (/\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') && !skip.includes(file)) {
      found[path.relative(root, file).replace(/\.tsx?$/u, '')] = file;
    }
  }
  return found;
}
