import type { Stats } from './stats.ts';

export type PeerName = 'Mantine' | 'MUI';

/** One line of the table: our figure and, where a peer does the same job, the peer's from the same run. */
export interface Measurement {
  /** Stable across runs, for comparing JSON files. */
  readonly id: string;
  readonly label: string;
  /** 'kB' (1000 bytes, gzip unless the label says otherwise), 'ms', 'µs', 'ops/s', 'KiB', 'B', 'count'. */
  readonly unit: string;
  readonly ours: Stats;
  readonly peers: Readonly<Partial<Record<PeerName, Stats>>>;
  /** Extra figures kept in the JSON only (minified bytes, heap at each point). */
  readonly detail?: Readonly<Record<string, number | string>>;
  /** The budget or ratio the project holds this row to, and whether this run meets it. */
  readonly goal?: Goal;
}

/** A row's goal as printed beside it ("<= 14 kB", "<= 1.30x Mantine") and whether the run meets it. */
export interface Goal {
  readonly text: string;
  readonly met: boolean;
}

/** At most `limit` of the row's unit. */
export const atMost = (value: number, limit: number, unit: string): Goal => ({
  text: `<= ${limit} ${unit}`,
  met: value <= limit,
});

export interface Section {
  readonly title: string;
  /** How the figures were taken, printed above the table. */
  readonly method: string;
  readonly rows: readonly Measurement[];
}

/** A size or any other single reading, as Stats. */
export const single = (value: number): Stats => ({ median: value, min: value, max: value, runs: 1 });
