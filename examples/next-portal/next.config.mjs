import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The monorepo's root, where pnpm's lockfile is: Turbopack resolves the workspace packages from there.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};
