import {
  createMigration,
  type Migration,
  type MigrationOptions,
  type MigrationSnapshot,
  type ProviderProfile,
  readProviderProfile,
} from '@wamigrate/core';
import type { CountryCode } from '@wamigrate/core/phone';
import { type ReactNode, useContext, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import { createStrictContext } from '../utils/create-context';
import { warnOnce } from '../utils/warn-once';
import { loadedPhoneValidator, loadPhoneValidator } from './load-phone-validator';
import { resolveStorage, type StorageOption } from './resolve-storage';

/** The engine and what the parts need beside its snapshot; stable for the engine's life. */
export interface MigrationEngineValue {
  readonly migration: Migration;
  readonly send: Migration['send'];
  /** The country a number typed without `+` belongs to, for the phone field. */
  readonly defaultCountry: CountryCode | undefined;
  /**
   * The phone validator the engine uses (`migration.validatePhoneNumber`), remembering its last answer: the
   * engine's guards, its snapshot, the form and the advice all ask about the same text, and it is validated
   * once. With the provider's own engine it is the full validator from `@wamigrate/core/phone`, fetched
   * after mounting (the shape check until it arrives: `snapshot.phoneValidation`).
   */
  readonly validatePhone: Migration['validatePhoneNumber'];
  /**
   * What the server renders and hydration renders again: for progress kept in the browser (`local`,
   * `session`, an adapter) the snapshot from before it was read, so the markup matches and the stored
   * progress is applied once the page is live; otherwise the snapshot itself.
   */
  readonly getServerSnapshot: () => MigrationSnapshot;
}

export interface MigrationContextValue extends MigrationEngineValue {
  readonly snapshot: MigrationSnapshot;
}

const [Provide, useMigrationEngine, MigrationContext] = createStrictContext<MigrationEngineValue>(
  'useMigrationEngine',
  'MigrationProvider',
);

/** The engine, `send` and the phone validator, without subscribing to the snapshot. */
export { useMigrationEngine };

/**
 * The part of the snapshot `selector` picks; the component re-renders only when that part changes
 * (`isEqual`, default `Object.is`). The engine shares unchanged parts between snapshots, so selecting
 * `snapshot.steps` re-renders on a step change and not on a keystroke in a field.
 */
export function useMigrationSelector<T>(
  selector: (snapshot: MigrationSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { migration, getServerSnapshot } = useMigrationEngine();
  const latest = useRef<{
    readonly snapshot: MigrationSnapshot;
    readonly selector: (snapshot: MigrationSnapshot) => T;
    readonly selected: T;
  } | null>(null);
  const selectFrom = (snapshot: MigrationSnapshot) => {
    const last = latest.current;
    // A new selector (a host's `s => s[field]` after `field` changed) is asked again, even for the same snapshot.
    if (last && last.snapshot === snapshot && last.selector === selector) return last.selected;
    const selected = selector(snapshot);
    // Keep the previous value when it is equal, so useSyncExternalStore sees no change.
    const kept = last && isEqual(last.selected, selected) ? last.selected : selected;
    latest.current = { snapshot, selector, selected: kept };
    return kept;
  };
  return useSyncExternalStore(
    migration.subscribe,
    () => selectFrom(migration.getSnapshot()),
    () => selectFrom(getServerSnapshot()),
  );
}

/** The whole snapshot with the engine: every change re-renders. For hosts; the parts select what they read. */
export function useMigration(): MigrationContextValue {
  const engine = useMigrationEngine();
  const snapshot = useMigrationSelector((s) => s);
  return useMemo(() => ({ ...engine, snapshot }), [engine, snapshot]);
}

/** The engine when a provider is above, else null: for parts that also work in a plain article. */
export const useOptionalMigrationEngine = (): MigrationEngineValue | null => useContext(MigrationContext);

const noSubscription = () => () => undefined;

/** The engine's provider profile when a provider is above, else null (the glossary and carry-over texts). */
export function useOptionalProfile(): ProviderProfile | null {
  const engine = useOptionalMigrationEngine();
  const read = () => engine?.migration.getSnapshot().profile ?? null;
  const readServer = () => engine?.getServerSnapshot().profile ?? null;
  return useSyncExternalStore(engine?.migration.subscribe ?? noSubscription, read, readServer);
}

/** The engine's phone options: the validator itself once fetched, else how to fetch it. */
function withValidator(
  loaded: ReturnType<typeof loadedPhoneValidator>,
  defaultCountry: CountryCode | undefined,
): Pick<MigrationOptions, 'validatePhoneNumber' | 'loadPhoneValidator'> {
  if (loaded) return { validatePhoneNumber: (input) => loaded(input, { defaultCountry }) };
  return {
    loadPhoneValidator: () =>
      loadPhoneValidator().then((validate) => (input: string) => validate(input, { defaultCountry })),
  };
}

/** Every option may also be passed as `undefined` (a host forwarding its own optional props). */
type Optional<T> = { readonly [K in keyof T]?: T[K] | undefined };

export interface MigrationProviderProps extends Optional<Omit<MigrationOptions, 'storage' | 'onEvent'>> {
  /**
   * Controlled: an engine the host created with `createMigration` and owns (the host destroys it).
   * Without it the provider creates one from the other props when it mounts and destroys it on unmount; a
   * change of `scenario`, `profile`, a storage name or `storageKey` makes a new one, which reads the stored
   * progress back. The callbacks may change at any time.
   */
  readonly migration?: Migration | undefined;
  /**
   * An adapter, or `'local'` / `'session'` / `'memory'` (default). With `migration`, it only says where that
   * engine keeps its progress: anything but `'memory'` makes the server and hydration render the state from
   * before storage was read, so a server engine in memory and a browser engine on localStorage agree.
   */
  readonly storage?: StorageOption | undefined;
  readonly onEvent?: MigrationOptions['onEvent'] | undefined;
  readonly defaultCountry?: CountryCode | undefined;
  /**
   * Told the engine in use once it is mounted, and null when it goes: for a host that reaches it from
   * outside React (the custom element's `reportError`).
   */
  readonly onMigrationChange?: ((migration: Migration | null) => void) | undefined;
  readonly children?: ReactNode;
}

export function MigrationProvider({
  migration: controlled,
  children,
  defaultCountry,
  onMigrationChange,
  ...options
}: MigrationProviderProps) {
  // The host's callbacks, always the latest ones.
  const callbacks = useRef(options);
  callbacks.current = options;
  // The engine is created during the first render and may report at once (restored progress starts the
  // host checks, onReady follows the read): those wait for the mount, so a host that sets state in its
  // callbacks does so legally.
  const beforeMount = useRef<(() => void)[] | null>([]);
  useEffect(() => {
    const queued = beforeMount.current ?? [];
    beforeMount.current = null;
    for (const deliver of queued) deliver();
  }, []);
  const toldReady = useRef<string | null>(null);
  const deliver = (call: () => void) => {
    if (beforeMount.current) beforeMount.current.push(call);
    else call();
  };
  // What the engine is made from: when one of these changes after mount, a new engine is made, and it reads
  // the stored progress back (as the element does when an attribute changes).
  const identity = [
    options.scenario ?? '',
    typeof options.storage === 'string' ? options.storage : options.storage === undefined ? '' : 'adapter',
    options.storageKey ?? '',
    options.profile?.id ?? '',
  ].join('\u0000');
  useChangeWarnings(options.storage, options.knowledge);
  const own = useOwnMigration(controlled === undefined, identity, () => {
    const { storage, onEvent: _event, onReady: _ready, onComplete: _complete, onError: _error, ...rest } = options;
    // A profile from plain JavaScript or a CMS: the engine reads it safely; what was wrong is said once.
    if (rest.profile !== undefined) for (const problem of readProviderProfile(rest.profile).problems) warnOnce(problem);
    return {
      // The full validator from the core, in a chunk of its own (its metadata is most of its weight):
      // fetched once the first guide is mounted, the shape check meanwhile; a later engine takes it at once.
      // A host's own validator or loader wins (below).
      ...(rest.validatePhoneNumber === undefined && rest.loadPhoneValidator === undefined
        ? withValidator(loadedPhoneValidator(), defaultCountry)
        : {}),
      ...(stripUndefined(rest) as Omit<MigrationOptions, 'storage' | 'onEvent'>),
      storage: resolveStorage(storage),
      onEvent: (event) => deliver(() => callbacks.current.onEvent?.(event)),
      // Once per engine setting: Strict Mode's second engine for the same settings is not news.
      onReady: (snapshot) =>
        deliver(() => {
          if (toldReady.current === identity) return;
          toldReady.current = identity;
          callbacks.current.onReady?.(snapshot);
        }),
      onComplete: (snapshot) => deliver(() => callbacks.current.onComplete?.(snapshot)),
      onError: (error) => deliver(() => callbacks.current.onError?.(error)),
    };
  });
  const migration = controlled ?? own;
  if (!migration) throw new Error('[@wamigrate/react] MigrationProvider has no engine.');

  // Progress kept in the browser is not on the server: both render the state from before it was read. With
  // the host's own engine, `storage` says where that engine keeps it (the host makes one per side).
  const browserKept = options.storage !== undefined && options.storage !== 'memory';
  const value = useMemo<MigrationEngineValue>(
    () => ({
      migration,
      send: migration.send,
      defaultCountry,
      validatePhone: migration.validatePhoneNumber,
      getServerSnapshot: browserKept ? migration.getInitialSnapshot : migration.getSnapshot,
    }),
    [migration, defaultCountry, browserKept],
  );
  const announce = useRef(onMigrationChange);
  announce.current = onMigrationChange;
  useEffect(() => {
    announce.current?.(migration);
    return () => announce.current?.(null);
  }, [migration]);
  return <Provide value={value}>{children}</Provide>;
}

/**
 * An adapter or a knowledge object that changes after mount is not followed (a host that writes one inline
 * would make a new engine on every render): said once, with what to do instead.
 */
function useChangeWarnings(storage: unknown, knowledge: unknown) {
  const first = useRef({ storage, knowledge });
  if (typeof storage === 'object' && storage !== first.current.storage) {
    warnOnce('a new storage adapter after mount is not used; give the guide a new `key` to start over with it.');
  }
  if (knowledge !== first.current.knowledge) {
    warnOnce('new knowledge after mount is not used; give the guide a new `key` to start over with it.');
  }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Creates the engine during the first render (so server rendering has a snapshot) and destroys it on
 * unmount. Strict Mode unmounts and mounts again: the engine is then created anew, and reads back what
 * the first one stored (the storage adapter outlives it, even in memory).
 */
function useOwnMigration(enabled: boolean, identity: string, options: () => MigrationOptions): Migration | null {
  const ref = useRef<{
    migration: Migration;
    destroyed: boolean;
    options: MigrationOptions;
    identity: string;
  } | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  if (enabled && !ref.current) {
    const resolved = options();
    ref.current = { migration: createMigration(resolved), destroyed: false, options: resolved, identity };
  }
  // A setting the engine is made from changed: the old engine goes, a new one reads the stored progress.
  const latestOptions = useRef(options);
  latestOptions.current = options;
  useEffect(() => {
    const current = ref.current;
    if (!enabled || !current || current.identity === identity) return;
    current.migration.destroy();
    const resolved = latestOptions.current();
    ref.current = { migration: createMigration(resolved), destroyed: false, options: resolved, identity };
    rerender();
  }, [enabled, identity]);
  useEffect(() => {
    const current = ref.current;
    if (!enabled || !current) return;
    if (current.destroyed) {
      ref.current = { ...current, migration: createMigration(current.options), destroyed: false };
      rerender();
    }
    return () => {
      if (!ref.current) return;
      ref.current.migration.destroy();
      ref.current.destroyed = true;
    };
  }, [enabled]);
  return enabled ? (ref.current?.migration ?? null) : null;
}
