import {
  createMigration,
  type Migration,
  type MigrationAnalyticsEvent,
  type MigrationEvent,
  type MigrationOptions,
  type MigrationSnapshot,
} from '@wamigrate/core';
import { type CountryCode, validatePhoneNumber } from '@wamigrate/core/phone';
import { type ReactNode, useContext, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import { createStrictContext } from '../utils/create-context';
import { resolveStorage, type StorageOption } from './resolve-storage';

export interface MigrationContextValue {
  readonly migration: Migration;
  readonly snapshot: MigrationSnapshot;
  readonly send: (event: MigrationEvent) => void;
  /** The country a number typed without `+` belongs to, for the phone field. */
  readonly defaultCountry: CountryCode | undefined;
}

const [Provide, useMigration, MigrationContext] = createStrictContext<MigrationContextValue>(
  'useMigration',
  'MigrationProvider',
);

/** The engine's snapshot and `send`, for parts and for hosts building their own. */
export { useMigration };

/** The engine when a provider is above, else null: for parts that also work in a plain article. */
export const useOptionalMigration = (): MigrationContextValue | null => useContext(MigrationContext);

/** Every option may also be passed as `undefined` (a host forwarding its own optional props). */
type Optional<T> = { readonly [K in keyof T]?: T[K] | undefined };

export interface MigrationProviderProps extends Optional<Omit<MigrationOptions, 'storage' | 'onEvent'>> {
  /**
   * Controlled: an engine the host created with `createMigration` and owns (the host destroys it).
   * Without it the provider creates one from the other props when it mounts and destroys it on unmount;
   * later changes to those props need a new `key`.
   */
  readonly migration?: Migration | undefined;
  /** An adapter, or `'local'` / `'session'` / `'memory'` (default). */
  readonly storage?: StorageOption | undefined;
  readonly onEvent?: MigrationOptions['onEvent'] | undefined;
  readonly defaultCountry?: CountryCode | undefined;
  readonly children?: ReactNode;
}

export function MigrationProvider({
  migration: controlled,
  children,
  defaultCountry,
  ...options
}: MigrationProviderProps) {
  const onEvent = useRef(options.onEvent);
  onEvent.current = options.onEvent;
  // The engine is created during the first render and may report at once (restored progress starts the
  // host checks): those events wait for the mount, so a host that sets state in onEvent does so legally.
  const beforeMount = useRef<MigrationAnalyticsEvent[] | null>([]);
  useEffect(() => {
    const queued = beforeMount.current ?? [];
    beforeMount.current = null;
    for (const event of queued) onEvent.current?.(event);
  }, []);
  const own = useOwnMigration(controlled === undefined, () => {
    const { storage, onEvent: _ignored, ...rest } = options;
    return {
      // The full validator from the core: the engine then knows a number is real, not just well formed.
      validatePhoneNumber: (input: string) => validatePhoneNumber(input, { defaultCountry }),
      ...(stripUndefined(rest) as Omit<MigrationOptions, 'storage' | 'onEvent'>),
      storage: resolveStorage(storage),
      onEvent: (event) => {
        if (beforeMount.current) beforeMount.current.push(event);
        else onEvent.current?.(event);
      },
    };
  });
  const migration = controlled ?? own;
  if (!migration) throw new Error('[@wamigrate/react] MigrationProvider has no engine.');

  const snapshot = useSyncExternalStore(migration.subscribe, migration.getSnapshot, migration.getSnapshot);
  const value = useMemo<MigrationContextValue>(
    () => ({ migration, snapshot, send: migration.send, defaultCountry }),
    [migration, snapshot, defaultCountry],
  );
  return <Provide value={value}>{children}</Provide>;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Creates the engine during the first render (so server rendering has a snapshot) and destroys it on
 * unmount. Strict Mode unmounts and mounts again: the engine is then created anew, and reads back what
 * the first one stored (the storage adapter outlives it, even in memory).
 */
function useOwnMigration(enabled: boolean, options: () => MigrationOptions): Migration | null {
  const ref = useRef<{ migration: Migration; destroyed: boolean; options: MigrationOptions } | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  if (enabled && !ref.current) {
    const resolved = options();
    ref.current = { migration: createMigration(resolved), destroyed: false, options: resolved };
  }
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
