import { HOUR, MINUTE } from './time';

/**
 * A wait as a catalogue key and its values (`duration.hours`, `duration.hoursMinutes`, ...), rounded up to
 * the minute so a countdown never promises less time than is left.
 */
export function durationMessage(ms: number): {
  readonly key: string;
  readonly values: Readonly<Record<string, number>>;
} {
  if (!Number.isFinite(ms) || ms <= 0) return { key: 'duration.lessThanMinute', values: {} };
  const totalMinutes = Math.ceil(ms / MINUTE);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return { key: 'duration.minutes', values: { count: minutes } };
  if (minutes === 0) return { key: 'duration.hours', values: { count: hours } };
  return { key: 'duration.hoursMinutes', values: { hours, minutes } };
}

/** Whole hours of a policy's wait, for sentences like "wait about {{hours}} hours". */
export function hoursOf(ms: number): number {
  return Math.round(ms / HOUR);
}
