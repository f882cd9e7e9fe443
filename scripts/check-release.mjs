// The release process, rehearsed: `changeset version` on a copy of the repository's manifests and
// changesets, then checks that every package a changeset names got a CHANGELOG.md entry with its summary and
// that the four packages, released together, landed on one version. The repository itself is not touched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const manifestOf = (dir) => JSON.parse(read(path.join(dir, 'package.json')));
/** The workspace's folders, as pnpm-workspace.yaml lists them (a trailing `/*` is every folder in it). */
const workspaceDirs = (
  /^packages:\n((?:[ \t]+-.*\n?)*)/mu.exec(read(path.join(root, 'pnpm-workspace.yaml')))?.[1] ?? ''
)
  .split('\n')
  .map((line) => /^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/u.exec(line)?.[1])
  .filter((entry) => entry !== undefined)
  .flatMap((entry) =>
    entry.endsWith('/*')
      ? readdirSync(path.join(root, entry.slice(0, -2))).map((name) => path.join(entry.slice(0, -2), name))
      : [entry],
  )
  .filter((dir) => existsSync(path.join(root, dir, 'package.json')));

/** Each pending changeset: the packages it names, and the first line of its summary. */
function pendingChangesets(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const [, front = '', body = ''] = read(path.join(dir, file)).split(/^---$/mu);
      const names = [...front.matchAll(/^['"]?(@?[\w/.-]+)['"]?:\s*(?:patch|minor|major)\s*$/gmu)].map((m) => m[1]);
      return { file, names, summary: body.trim().split('\n')[0] };
    });
}

/** `changeset version` in a copy; what is wrong with the outcome. */
function rehearse(pending) {
  const problems = [];
  const copy = mkdtempSync(path.join(tmpdir(), 'wamigrate-release-'));
  try {
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset']) {
      cpSync(path.join(root, file), path.join(copy, file), { recursive: true });
    }
    for (const dir of workspaceDirs) {
      for (const file of ['package.json', 'CHANGELOG.md']) {
        if (existsSync(path.join(root, dir, file))) cpSync(path.join(root, dir, file), path.join(copy, dir, file));
      }
    }
    execFileSync(path.join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: copy, stdio: 'pipe' });
    const released = workspaceDirs.map((dir) => path.join(copy, dir)).filter((dir) => !manifestOf(dir).private);
    const versions = new Set(released.map((dir) => manifestOf(dir).version));
    if (versions.size !== 1) problems.push(`the packages landed on ${[...versions].join(', ')}, not one version`);
    for (const dir of released) {
      const { name, version } = manifestOf(dir);
      const changelog = read(path.join(dir, 'CHANGELOG.md'));
      if (!changelog.startsWith(`# ${name}\n\n## ${version}\n`))
        problems.push(`${name}: no CHANGELOG.md entry for ${version}`);
      for (const { names, summary } of pending) {
        if (names.includes(name) && !changelog.includes(summary))
          problems.push(`${name}: CHANGELOG.md lacks "${summary}"`);
      }
    }
    return { problems, version: [...versions][0], count: released.length };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const pending = pendingChangesets(path.join(root, '.changeset'));
const malformed = pending
  .filter(({ names, summary }) => names.length === 0 || !summary)
  .map(({ file }) => `.changeset/${file}: names no package or has no summary`);
if (malformed.length > 0) {
  console.error(malformed.join('\n'));
  process.exitCode = 1;
} else if (pending.length === 0) {
  console.log('no pending changesets: nothing to rehearse');
} else {
  const { problems, version, count } = rehearse(pending);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`changeset version: ${count} packages at ${version}, each with its changelog entry`);
  }
}
