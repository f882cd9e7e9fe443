import type { MigrationSnapshot } from '../engine/types';
import type { CarryOverItem } from '../knowledge/types';
import { guideAnatomy } from './anatomy';
import { textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send } from './types';

const part = guideAnatomy.attrs;

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type GuideSnapshot = Pick<
  MigrationSnapshot,
  'profile' | 'status' | 'scenario' | 'scenarioFixed' | 'isComplete' | 'notice'
>;

export interface GuideApi {
  /** `loading` while stored progress is read, `picking` without a path, then `active` or `complete`. */
  readonly state: 'loading' | 'picking' | 'active' | 'complete';
  /** The user may choose another path (the host did not fix one). */
  readonly canChangeScenario: boolean;
  /** What moves and what stays behind on the chosen path, when it has its own list; else the general one applies. */
  readonly carryOver: readonly CarryOverItem[] | undefined;
  readonly texts: {
    readonly title: string;
    readonly loading: string;
    /** The chosen path's title: the guide's heading once a path is chosen (the article names the topic). */
    readonly currentScenario: string | null;
    readonly changeScenario: string;
    readonly keepScenario: string;
  };
  /** Saved progress that could not be used or saved, in words, with the dismiss button's text. */
  readonly notice: { readonly text: string; readonly dismiss: string } | null;
  dismissNotice(): void;
  getRootProps(): PartProps;
  getNoticeProps(): PartProps;
  getDismissNoticeProps(): PartProps;
}

/** The guide around the components: its heading, the path in progress, and the engine's notice (storage, another tab, a number checked again). */
export function connectGuide(snapshot: GuideSnapshot, send: Send, env: ConnectEnv): GuideApi {
  const t = textWithProfile(snapshot, env);
  const { scenario, notice } = snapshot;
  const state =
    snapshot.status === 'loading' ? 'loading' : snapshot.isComplete ? 'complete' : scenario ? 'active' : 'picking';
  const dismissNotice = () => send({ type: 'DISMISS_NOTICE' });
  return {
    state,
    canChangeScenario: !snapshot.scenarioFixed,
    carryOver: scenario?.carryOver,
    texts: {
      title: t('ui.guide.title'),
      loading: t('ui.guide.loading'),
      currentScenario: scenario ? t(scenario.titleKey) : null,
      changeScenario: t('ui.picker.change'),
      keepScenario: t('ui.guide.keepScenario'),
    },
    notice: notice ? { text: t(`notice.${notice.kind}.${notice.reason}`), dismiss: t('ui.guide.dismissNotice') } : null,
    dismissNotice,
    getRootProps: () => ({ ...part('root'), 'data-state': state, 'aria-busy': state === 'loading' || undefined }),
    // A status message, not an alert: the notice is not the user's error and must not interrupt.
    getNoticeProps: () => ({ role: 'status', ...part('notice'), 'data-state': notice ? 'open' : 'closed' }),
    getDismissNoticeProps: () => ({
      type: 'button',
      onClick: (event?: AnyEvent) => {
        if (event?.defaultPrevented !== true) dismissNotice();
      },
    }),
  };
}
