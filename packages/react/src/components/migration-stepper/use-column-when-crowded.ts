import type { RefObject } from 'react';
import { useBrowserLayoutEffect } from '../../utils/use-focus-effect';

/** A row of steps where a title runs past its column: its step's button is wider inside than outside. */
function crowded(list: HTMLElement): boolean {
  if (getComputedStyle(list).flexDirection !== 'row') return false;
  return [...list.querySelectorAll<HTMLElement>('[data-scope="migration-stepper"][data-part="trigger"]')].some(
    (trigger) => trigger.scrollWidth > trigger.clientWidth + 1,
  );
}

/**
 * A row of steps whose titles do not fit their columns is laid out as a column, as a narrow stepper is
 * (`data-layout="column"`, styles.css): a Japanese title breaks only between phrases, and one phrase can be
 * wider than a sixth of the row. Measured when the list is laid out (before it is painted), when it is
 * resized and when a web font arrives; the row is tried again once the list is wider than where it last did
 * not fit, or its titles change. The attribute is the DOM's, not React's, so the server's markup (the
 * container queries alone) hydrates as it is.
 */
export function useColumnWhenCrowded(list: RefObject<HTMLElement | null>, titles: string) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: new titles are measured anew
  useBrowserLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    let crowdedAt = -1;
    const measure = () => {
      const width = element.clientWidth;
      if (element.dataset.layout === 'column') {
        if (width <= crowdedAt) return;
        delete element.dataset.layout;
      }
      if (crowded(element)) {
        element.dataset.layout = 'column';
        crowdedAt = width;
      }
    };
    measure();
    // On a resize, measured in the next frame: a list resized inside its own observer's callback makes the
    // browser report a "ResizeObserver loop" error.
    let frame = 0;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(measure);
          });
    observer?.observe(element);
    // A web font that arrives late (a Japanese one) widens a phrase without resizing the list.
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    const fontsLoaded = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        delete element.dataset.layout;
        crowdedAt = -1;
        measure();
      });
    };
    fonts?.addEventListener('loadingdone', fontsLoaded);
    return () => {
      observer?.disconnect();
      fonts?.removeEventListener('loadingdone', fontsLoaded);
      cancelAnimationFrame(frame);
      delete element.dataset.layout;
    };
  }, [list, titles]);
}
