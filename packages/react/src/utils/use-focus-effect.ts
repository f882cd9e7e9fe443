import { useEffect, useLayoutEffect } from 'react';

/**
 * Where a part moves focus after a render: a layout effect, so the move lands in the commit that changed the
 * DOM, before paint and before anything else can act on what changed (Preact, in the single file, runs
 * plain effects a frame later). On the server, where neither runs, the plain one: React 18 warns about a
 * layout effect there.
 */
export const useFocusEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
