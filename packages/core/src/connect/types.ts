import type { MigrationCommand } from '../engine/types';
import type { Locale } from '../knowledge/types';

/** Interpolation values; `count` selects the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Turns a catalogue key into text in the guide's locale (i18next's `t`, or any function like it). */
export type Translate = (key: string, values?: MessageValues) => string;

/** Sends a command to the engine (`migration.send`). */
export type Send = (command: MigrationCommand) => void;

/** What every `connect*` function needs besides the snapshot and `send`. */
export interface ConnectEnv {
  /** Unique per guide on a page (React's `useId`); element ids are built from it. */
  readonly id: string;
  readonly t: Translate;
  /** The locale asked for (`ja-JP`): the profile's texts follow it. */
  readonly locale: Locale;
  /** The language the catalogue texts are in (`ja`), for list formatting; default: `locale`. */
  readonly language?: Locale | undefined;
}

/** Something with `defaultPrevented`: a DOM event, a React synthetic event, or nothing. */
export type AnyEvent = { readonly defaultPrevented?: boolean } | undefined;

/**
 * Plain attributes for one element: ids, `aria-*`, `data-*`, `disabled`, and handlers as plain functions
 * that take the event only to see whether the host prevented the default. A view spreads them onto its
 * element and merges the host's own props over them.
 */
export interface PartProps {
  readonly id?: string | undefined;
  readonly role?: string | undefined;
  readonly type?: 'button' | 'radio' | 'checkbox' | 'search' | 'submit' | 'text' | undefined;
  /** A field's hints to the browser (the one-time-code field), in the DOM's camelCase property names. */
  readonly autoComplete?: string | undefined;
  readonly inputMode?: 'numeric' | 'text' | 'tel' | undefined;
  readonly maxLength?: number | undefined;
  readonly spellCheck?: boolean | undefined;
  readonly tabIndex?: number | undefined;
  readonly disabled?: boolean | undefined;
  readonly hidden?: boolean | undefined;
  readonly href?: string | undefined;
  readonly htmlFor?: string | undefined;
  readonly name?: string | undefined;
  readonly value?: string | number | undefined;
  readonly max?: number | undefined;
  readonly checked?: boolean | undefined;
  readonly onClick?: ((event?: AnyEvent) => void) | undefined;
  readonly onChange?: ((event?: AnyEvent) => void) | undefined;
  readonly [attribute: `data-${string}`]: string | undefined;
  readonly [attribute: `aria-${string}`]: string | number | boolean | undefined;
}
