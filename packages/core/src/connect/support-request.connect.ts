import type { MigrationSnapshot } from '../engine/types';
import type { SupportRequestKind } from '../knowledge/types';
import { SUPPORT_REQUEST_RECIPIENT } from '../knowledge/vocabulary';
import { supportAddress, supportPage } from '../profiles/provider-profile';
import { buildSupportRequest } from '../support-request';
import { stepperAnatomy } from './anatomy';
import { textWithProfile } from './text';
import type { ConnectEnv, MessageValues, PartProps } from './types';

const part = stepperAnatomy.attrs;

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type SupportRequestSnapshot = Pick<MigrationSnapshot, 'profile' | 'phoneNumberE164' | 'phoneNumberRemembered'>;

export interface SupportRequestApi {
  readonly kind: SupportRequestKind;
  /** `current-bsp`: a request to adapt and send to the business's current BSP, with no address of ours. */
  readonly recipient: 'provider' | 'current-bsp';
  /** `needs-number`: the number is not known here, and the request holds a placeholder to replace. */
  readonly state: 'ready' | 'needs-number';
  readonly subject: string;
  readonly body: string;
  /** A mailto: link, to the profile's support address when it has one. */
  readonly mailto: string;
  /** The provider's contact page, when the profile gives a safe one. */
  readonly contactPage: string | undefined;
  readonly texts: {
    readonly heading: string;
    /** Why and where to type the number; null when the request already holds it. */
    readonly numberNote: string | null;
    readonly subjectLabel: string;
    readonly bodyLabel: string;
    readonly copySubject: string;
    readonly copyBody: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly mailto: string;
    readonly contactPage: string;
  };
  /** The request's ids, from the guide's: the group is labelled by its heading. */
  readonly ids: { readonly heading: string; readonly subject: string; readonly body: string };
  getRootProps(): PartProps;
}

/**
 * The request a step asks the user to send to the provider's support (leaving it, or turning off two-step
 * verification): subject and body to copy, a mailto: link, and what to do when the number is not stored here.
 */
export function connectSupportRequest(
  snapshot: SupportRequestSnapshot,
  env: ConnectEnv,
  kind: SupportRequestKind,
): SupportRequestApi {
  const t = textWithProfile(snapshot, env);
  const number = snapshot.phoneNumberE164;
  const placeholder = t('ui.stepper.support.placeholder');
  const request = buildSupportRequest({
    kind,
    profile: snapshot.profile,
    phoneNumberE164: number ?? placeholder,
    locale: env.locale,
    // The core passes i18next's options; a view's `t` takes the interpolation values only.
    t: (key, options) =>
      env.t(
        key,
        Object.fromEntries(
          Object.entries(options).filter((entry): entry is [string, string | number] =>
            ['string', 'number'].includes(typeof entry[1]),
          ),
        ) as MessageValues,
      ),
  });
  const state = number ? 'ready' : 'needs-number';
  const recipient = SUPPORT_REQUEST_RECIPIENT[kind];
  const ours = recipient === 'provider';
  const ids = { heading: `${env.id}-heading`, subject: `${env.id}-subject`, body: `${env.id}-body` };
  return {
    kind,
    recipient,
    state,
    ...request,
    contactPage: ours ? supportPage(snapshot.profile) : undefined,
    texts: {
      heading: t(ours ? 'ui.stepper.support.heading' : 'ui.stepper.support.headingCurrentBsp'),
      numberNote: number
        ? null
        : t(snapshot.phoneNumberRemembered ? 'ui.stepper.support.numberRemembered' : 'ui.stepper.support.noNumber', {
            placeholder,
          }),
      subjectLabel: t('ui.stepper.support.subject'),
      bodyLabel: t('ui.stepper.support.body'),
      copySubject: t('ui.stepper.support.copySubject'),
      copyBody: t('ui.stepper.support.copyBody'),
      copied: t('ui.stepper.support.copied'),
      copyFailed: t('ui.stepper.support.copyFailed'),
      mailto: t(ours && supportAddress(snapshot.profile) ? 'ui.stepper.support.mailtoTo' : 'ui.stepper.support.mailto'),
      contactPage: t('ui.stepper.support.contactPage'),
    },
    ids,
    getRootProps: () => ({
      role: 'group',
      'aria-labelledby': ids.heading,
      ...part('support-request'),
      'data-kind': kind,
      'data-recipient': recipient,
      'data-state': state,
    }),
  };
}
