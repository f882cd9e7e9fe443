import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser; on the server, where neither runs, the plain one: React 18 warns about a
 * layout effect there.
 */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Where a part moves focus after a render: a layout effect, so the move lands in the commit that changed the
 * DOM, before paint and before anything else can act on what changed (Preact, in the single file, runs
 * plain effects a frame later).
 */
export const useFocusEffect = useBrowserLayoutEffect;
