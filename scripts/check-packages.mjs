// Each publishable package as npm would receive it: a dry-run publish of the whole workspace, then each
// tarball's file list (`pnpm pack --dry-run`). Every tarball carries the repository's LICENSE and its own
// README, and the metadata a registry page shows. Prints what is wrong and exits 1, or says what it checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const license = readFileSync(path.join(root, 'LICENSE'), 'utf8');
const problems = [];
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const run = (args, cwd) => execFileSync('pnpm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

run(['publish', '-r', '--dry-run', '--no-git-checks'], root);

const packages = readdirSync(path.join(root, 'packages')).map((name) => path.join(root, 'packages', name));
for (const dir of packages) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const name = manifest.name;
  const packed = JSON.parse(run(['pack', '--dry-run', '--json'], dir));
  const files = new Set(packed.files.map((f) => f.path));
  for (const needed of ['LICENSE', 'README.md', 'package.json']) {
    if (!files.has(needed)) problems.push(`${name}: the tarball has no ${needed}`);
  }
  if (read(path.join(dir, 'LICENSE')) !== license) problems.push(`${name}: LICENSE differs from the repository's`);
  if (manifest.license !== 'MIT') problems.push(`${name}: license is ${manifest.license}, not MIT`);
  if (manifest.publishConfig?.access !== 'public')
    problems.push(`${name}: a scoped package needs publishConfig.access public`);
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) problems.push(`${name}: no keywords`);
  if (typeof manifest.description !== 'string' || manifest.description.length < 20)
    problems.push(`${name}: no description`);
  // The single file bundles others' code: their licences go with it, and its first line says where.
  if (files.has('dist/wamigrate-guide.js')) {
    if (!files.has('dist/THIRD_PARTY_NOTICES.txt'))
      problems.push(`${name}: no THIRD_PARTY_NOTICES.txt beside the single file`);
    const notices = read(path.join(dir, 'dist/THIRD_PARTY_NOTICES.txt'));
    for (const bundled of ['preact@', 'zod@', 'libphonenumber-js@']) {
      if (!notices.includes(`\n${bundled}`)) problems.push(`${name}: THIRD_PARTY_NOTICES.txt does not list ${bundled}`);
    }
    // Preact stands in for React there, and the React package's small i18next for i18next: one that slipped
    // past its swap would ship twice what the file needs.
    for (const absent of ['react@', 'react-dom@', 'scheduler@', 'i18next@']) {
      if (notices.includes(`\n${absent}`)) problems.push(`${name}: the single file bundles ${absent.slice(0, -1)}`);
    }
    for (const file of ['wamigrate-guide.js', 'wamigrate-guide.ja.js', 'wamigrate-guide.en.js']) {
      if (!files.has(`dist/${file}`)) problems.push(`${name}: the tarball has no dist/${file}`);
      else if (!read(path.join(dir, 'dist', file)).startsWith(`/*! ${file} (MIT).`))
        problems.push(`${name}: dist/${file} does not name its notices`);
    }
  }
  // A bundle names its sources in comments: never by this machine's paths.
  for (const file of files) {
    if (/\.([cm]?js|d\.[cm]?ts|map)$/u.test(file) && read(path.join(dir, file)).includes(root))
      problems.push(`${name}: ${file} names a path on the machine that built it`);
  }
  // Strict ESM (Node, webpack's fullySpecified): every relative import names a file that is in the tarball.
  for (const file of files) {
    if (!file.endsWith('.js') || file.endsWith('wamigrate-guide.js')) continue;
    for (const [, specifier] of read(path.join(dir, file)).matchAll(
      /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/gu,
    )) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!specifier.endsWith('.js') || !files.has(target))
        problems.push(`${name}: ${file} imports ${specifier}, which is not a file in the tarball`);
    }
  }
  // What loads after mounting stays out of the first load: a host on the native dialog downloads no Radix
  // (only the module the stepper fetches for `radix` imports it); the phone metadata, Japanese and the
  // troubleshooting details come when fetched; a whole catalogue (details inside) comes from no module.
  const LATER = [
    ['@radix-ui/react-dialog', 'radix-confirm-dialog.js'],
    ['@wamigrate/core/phone', 'phone-validator.js'],
    ['@wamigrate/core/messages/ja/essentials', 'catalogue-ja.js'],
    ['@wamigrate/core/messages/en/details', 'details-en.js'],
    ['@wamigrate/core/messages/ja/details', 'details-ja.js'],
    ['@wamigrate/core/messages/en', 'no module'],
    ['@wamigrate/core/messages/ja', 'no module'],
  ];
  for (const file of files) {
    if (!file.endsWith('.js') || file.includes('wamigrate-guide')) continue;
    for (const [dependency, only] of LATER) {
      if (file.endsWith(`/${only}`)) continue;
      if (new RegExp(`from\\s*["']${dependency.replace(/[/.]/gu, '\\$&')}["']`, 'u').test(read(path.join(dir, file))))
        problems.push(`${name}: ${file} imports ${dependency}, which only ${only} may`);
    }
  }
  // Webpack's React Server Components loader refuses `export *` in a client module.
  for (const file of files) {
    const text = file.endsWith('.js') ? read(path.join(dir, file)) : '';
    if (text.startsWith("'use client';") && /^export \*/mu.test(text))
      problems.push(`${name}: ${file} is a client module with export *`);
  }
  // React Server Components: the components are a client module; what a server component calls is not.
  if (manifest.exports?.['./server']) {
    for (const [file, client] of [
      ['dist/index.js', true],
      ['dist/server.js', false],
      ['dist/stylesheet.js', false],
    ]) {
      if (read(path.join(dir, file)).startsWith("'use client';") !== client)
        problems.push(`${name}: ${file} ${client ? 'lacks' : 'must not carry'} 'use client'`);
    }
  }
  // Node itself loads every ESM entry (each import resolved as Node resolves it, without a bundler).
  for (const [entry, target] of Object.entries(manifest.exports ?? {})) {
    const file = typeof target === 'object' ? (target.import?.default ?? target.default) : undefined;
    if (typeof file !== 'string' || !file.endsWith('.js') || file.includes('wamigrate-guide')) continue;
    await import(pathToFileURL(path.join(dir, file)).href).catch((error) => {
      problems.push(`${name}: Node cannot import ${entry}: ${error.message}`);
    });
  }
  const readme = read(path.join(dir, 'README.md'));
  if (!readme.startsWith(`# ${name}\n`)) problems.push(`${name}: README.md does not start with its name`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `checked ${packages.length} packages: dry-run publish, LICENSE and README in every tarball, metadata, the single file's notices, no machine paths, 'use client' only on the components, relative imports as files, ESM entries loaded by Node`,
);
