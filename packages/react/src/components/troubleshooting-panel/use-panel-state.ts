import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useTroubleshootingApi } from '../../migration/use-view-model';
import type { HeadingLevel } from '../../utils/heading';
import { useLiveRegion } from '../../utils/live-region';
import { useFocusEffect } from '../../utils/use-focus-effect';
import type { TroubleshootingPanelState } from './troubleshooting-panel-context';

/**
 * There is no `entries` option any more: the panel lists and searches the engine's own catalogue
 * (`knowledge.troubleshooting` of `createMigration` / `MigrationGuide`), the one the engine opens entries
 * from. A second list here could only disagree with it (an entry shown that the engine cannot open, or an
 * opened one the search cannot find); a host that wants other entries gives them to the engine.
 */
export interface PanelStateOptions {
  readonly defaultQuery?: string | undefined;
  readonly headingLevel: HeadingLevel;
}

type Pending = { readonly entryId: string; readonly action: 'scroll' | 'focus' };

/** What only the DOM view keeps: the query, nodes to scroll to or focus, and when to announce an opening. */
export function usePanelState({ defaultQuery = '', headingLevel }: PanelStateOptions): TroubleshootingPanelState {
  const [query, setQuery] = useState(defaultQuery);
  const id = useId();
  const api = useTroubleshootingApi(id, query);
  const { announce, message } = useLiveRegion();
  const ids = useMemo(() => ({ title: `${id}-title`, search: `${id}-search` }), [id]);
  const nodes = useRef(new Map<string, HTMLElement>());
  // The entry the user asked for (null: closed), to tell their openings from the engine's.
  const requested = useRef<string | null | undefined>(undefined);
  const pending = useRef<Pending | null>(null);
  // The entry whose error was just dismissed: kept in view (its fold opened) for focus to go back to it.
  const [revealed, setRevealed] = useState<string | null>(null);
  const { openEntryId } = api;

  // The entries' details are fetched once the panel has rendered, long before anyone opens one.
  const { details } = useGuideI18n();
  useEffect(() => {
    void details();
  }, [details]);

  // The engine opened an entry by itself (an error was reported): expand, show and announce it, keep focus.
  const previous = useRef(openEntryId);
  useEffect(() => {
    if (previous.current === openEntryId) return;
    previous.current = openEntryId;
    const byUser = requested.current === openEntryId;
    requested.current = undefined;
    if (byUser || openEntryId === null || !api.entry(openEntryId)) return;
    const shown = [...api.suggested, ...api.other].some((v) => v.id === openEntryId);
    if (!shown) setQuery('');
    pending.current = { entryId: openEntryId, action: 'scroll' };
    announce(api.openedAnnouncement(openEntryId) ?? '');
  }, [openEntryId, api, announce]);

  // After a render: scroll to the entry the engine opened, or give focus back after a dismissal.
  useFocusEffect(() => {
    const target = pending.current;
    if (!target) return;
    const node = nodes.current.get(`${target.action === 'scroll' ? 'entry' : 'trigger'}:${target.entryId}`);
    if (target.action === 'scroll') {
      // The entry may appear one render later, once a query that hid it is cleared.
      if (!node) return;
      if (typeof node.scrollIntoView === 'function') node.scrollIntoView({ block: 'nearest' });
    } else {
      (node ?? document.getElementById(ids.search))?.focus();
      setRevealed(null);
    }
    pending.current = null;
  });

  const willToggle = useCallback(
    (entryId: string) => {
      requested.current = openEntryId === entryId ? null : entryId;
      pending.current = null;
    },
    [openEntryId],
  );
  // The dismiss button goes away with the error: focus returns to the entry's own button.
  const willDismiss = useCallback((entryId: string) => {
    pending.current = { entryId, action: 'focus' };
    setRevealed(entryId);
  }, []);
  const register = useCallback((entryId: string, part: 'entry' | 'trigger', node: HTMLElement | null) => {
    const key = `${part}:${entryId}`;
    if (node) nodes.current.set(key, node);
    else if (!nodes.current.get(key)?.isConnected) nodes.current.delete(key);
  }, []);

  return useMemo(
    () => ({
      api,
      query,
      setQuery,
      willToggle,
      willDismiss,
      revealed,
      register,
      announcement: message,
      announce,
      headingLevel,
      ids,
    }),
    [api, query, willToggle, willDismiss, revealed, register, message, announce, headingLevel, ids],
  );
}
