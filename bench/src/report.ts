/** The table printed to the terminal, and the JSON written beside it. */
import type { Measurement, PeerName, Section } from './results.ts';
import { ratio, type Stats } from './stats.ts';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string | null;
  readonly esbuild: string;
  readonly commit: string | null;
}

const decimals = (value: number, unit: string) => {
  // A count is whole unless it is the median of an even number of samples.
  if (unit === 'count') return Number.isInteger(value) ? 0 : 1;
  if (unit === 'ops/s' || unit === 'B') return 0;
  if (unit === 'kB' || unit === 'KiB') return 1;
  return Math.abs(value) < 10 ? 2 : 1;
};

const number = (value: number, unit: string) =>
  value.toLocaleString('en', {
    minimumFractionDigits: decimals(value, unit),
    maximumFractionDigits: decimals(value, unit),
  });

export const formatStats = (stats: Stats, unit: string) =>
  stats.runs === 1
    ? number(stats.median, unit)
    : `${number(stats.median, unit)} (${number(stats.min, unit)}–${number(stats.max, unit)})`;

const PEERS: readonly PeerName[] = ['Mantine', 'MUI'];

function table(section: Section): string[] {
  const peers = PEERS.filter((peer) => section.rows.some((row) => row.peers[peer]));
  const goals = section.rows.some((row) => row.goal);
  const header = [
    'measure',
    'unit',
    'ours',
    ...peers.flatMap((peer) => [peer, `ours/${peer}`]),
    ...(goals ? ['goal'] : []),
  ];
  const cells = (row: Measurement) => [
    row.label,
    row.unit,
    formatStats(row.ours, row.unit),
    ...peers.flatMap((peer) => {
      const theirs = row.peers[peer];
      return theirs ? [formatStats(theirs, row.unit), `${ratio(row.ours, theirs).toFixed(2)}×`] : ['–', '–'];
    }),
    ...(goals ? [row.goal ? `${row.goal.text} ${row.goal.met ? 'met' : 'NOT MET'}` : '–'] : []),
  ];
  const lines = [header, ...section.rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length)));
  // Text left, figures right.
  const pad = (line: string[]) =>
    line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [pad(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(pad)];
}

/** Words laid into lines of at most `width` characters, each indented. */
function wrap(text: string, width = 110, indent = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function formatReport(sections: readonly Section[], machine: Machine): string {
  const stamp =
    `${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.os}, Node ${machine.node}, ` +
    `Chromium ${machine.chromium ?? 'not run'}, esbuild ${machine.esbuild}${machine.commit ? `, commit ${machine.commit.slice(0, 7)}` : ''}`;
  const out = [`wamigrate benchmarks: ${stamp}`];
  for (const section of sections) out.push('', section.title, ...wrap(section.method), '', ...table(section));
  out.push('', 'ours/peer above 1 means we are slower or larger; medians of the same run.');
  return out.join('\n');
}
