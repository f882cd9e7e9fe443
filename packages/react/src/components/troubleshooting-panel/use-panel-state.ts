import {
  type MigrationSnapshot,
  TROUBLESHOOTING_ENTRIES,
  type TroubleshootingEntry,
  UNKNOWN_ERROR_ENTRY,
} from '@wamigrate/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Translate, useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import type { HeadingLevel } from '../../utils/heading';
import { useLiveRegion } from '../../utils/live-region';
import { matchesCode, matchesText, type PanelEntry, parseErrorCode } from './search';
import type { TroubleshootingPanelState } from './troubleshooting-panel-context';

export interface PanelStateOptions {
  /** The entries to browse; default the core's. Entries the engine does not know cannot be opened. */
  readonly entries?: readonly TroubleshootingEntry[] | undefined;
  readonly defaultQuery?: string | undefined;
  readonly headingLevel: HeadingLevel;
}

type Params = ReturnType<typeof useProfileParams>;

/** The title as shown: the unknown-code entry names its code. */
export const entryTitle = (t: Translate, params: Params, { entry, code }: PanelEntry) =>
  t(entry.titleKey, { ...params, code: code ?? t('ui.troubleshooting.noCode') });

function filterLists(
  snapshot: MigrationSnapshot,
  entries: readonly TroubleshootingEntry[],
  query: string,
  text: (p: PanelEntry) => string,
) {
  const code = parseErrorCode(query);
  const matches = (p: PanelEntry) =>
    query.trim() === '' ||
    (code !== null && (p.code === code || matchesCode(p.entry, code))) ||
    matchesText(text(p), query);
  // An entry the user opened is listed where it was; the engine's own suggestions come first.
  const suggestedAll = snapshot.troubleshooting.applicable
    .filter((a) => a.reason !== 'opened')
    .map((a): PanelEntry => ({ entry: a.entry, applicable: a, code: a.code }));
  const taken = new Set(suggestedAll.map((p) => p.entry.id));
  const suggested = suggestedAll.filter(matches);
  const other = entries.filter((e) => !taken.has(e.id)).map((entry): PanelEntry => ({ entry }));
  const found = other.filter(matches);
  const unknownCode = code !== null && suggested.length + found.length === 0 ? code : null;
  return {
    suggested,
    other: unknownCode === null ? found : [{ entry: UNKNOWN_ERROR_ENTRY, code: unknownCode }],
    unknownCode,
  };
}

/** The panel's state: the query, the two lists, and the engine's open entry with its announcements. */
export function usePanelState({
  entries = TROUBLESHOOTING_ENTRIES,
  defaultQuery = '',
  headingLevel,
}: PanelStateOptions): TroubleshootingPanelState {
  const { snapshot, send } = useMigration();
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const [query, setQuery] = useState(defaultQuery);
  const { announce, message } = useLiveRegion();
  const ids = { title: useId(), search: useId() };
  const nodes = useRef(new Map<string, HTMLElement>());
  const requested = useRef<string | null | undefined>(undefined);
  const pending = useRef<{ entryId: string; action: 'scroll' | 'focus' } | null>(null);
  const { openEntryId, applicable } = snapshot.troubleshooting;

  const lists = useMemo(
    () => filterLists(snapshot, entries, query, (p) => `${entryTitle(t, params, p)} ${t(p.entry.symptomKey, params)}`),
    [snapshot, entries, query, t, params],
  );

  // The engine opened an entry by itself (an error was reported): expand, show and announce it, keep focus.
  const previous = useRef(openEntryId);
  useEffect(() => {
    if (previous.current === openEntryId) return;
    previous.current = openEntryId;
    const byUser = requested.current === openEntryId;
    requested.current = undefined;
    if (byUser || openEntryId === null) return;
    const opened = applicable.find((a) => a.entry.id === openEntryId);
    if (!opened) return;
    const shown = [...lists.suggested, ...lists.other].some((p) => p.entry.id === openEntryId);
    if (!shown) setQuery('');
    pending.current = { entryId: openEntryId, action: 'scroll' };
    announce(t('ui.troubleshooting.opened', { ...params, title: entryTitle(t, params, opened) }));
  }, [openEntryId, applicable, lists, announce, t, params]);

  // After a render: scroll to the entry the engine opened, or give focus back after a dismissal.
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const node = nodes.current.get(`${target.action === 'scroll' ? 'entry' : 'trigger'}:${target.entryId}`);
    if (target.action === 'scroll') {
      // The entry may appear one render later, once a query that hid it is cleared.
      if (!node) return;
      if (typeof node.scrollIntoView === 'function') node.scrollIntoView({ block: 'nearest' });
    } else {
      (node ?? document.getElementById(ids.search))?.focus();
    }
    pending.current = null;
  });

  const toggle = useCallback(
    (entryId: string) => {
      const next = snapshot.troubleshooting.openEntryId === entryId ? null : entryId;
      requested.current = next;
      pending.current = null;
      send({ type: 'OPEN_TROUBLESHOOTING', entryId: next });
    },
    [snapshot, send],
  );
  const dismiss = useCallback(
    (entryId: string, code: string) => {
      // The dismiss button goes away with the error: focus returns to the entry's own button.
      pending.current = { entryId, action: 'focus' };
      send({ type: 'DISMISS_ERROR', code });
    },
    [send],
  );
  const register = useCallback((entryId: string, part: 'entry' | 'trigger', node: HTMLElement | null) => {
    const key = `${part}:${entryId}`;
    if (node) nodes.current.set(key, node);
    else if (!nodes.current.get(key)?.isConnected) nodes.current.delete(key);
  }, []);

  return {
    query,
    setQuery,
    ...lists,
    openEntryId,
    toggle,
    dismiss,
    register,
    announcement: message,
    headingLevel,
    ids,
  };
}
