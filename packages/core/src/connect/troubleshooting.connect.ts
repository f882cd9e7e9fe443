import type { ApplicableEntry, MigrationSnapshot } from '../engine/types';
import type { EscalationTarget, ProviderProfile, TroubleshootingEntry } from '../knowledge/types';
import { supportHref } from '../profiles/provider-profile';
import { dataFlag, troubleshootingAnatomy } from './anatomy';
import { withLazyFields } from './lazy-fields';
import { matchesCode, matchesText, parseErrorCode } from './search';
import { durationText, textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send, Translate } from './types';

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type TroubleshootingSnapshot = Pick<MigrationSnapshot, 'profile' | 'knowledge' | 'troubleshooting' | 'scenario'>;

const part = troubleshootingAnatomy.attrs;
const openState = (open: boolean) => (open ? 'open' : 'closed');

/** Escalations that go to the provider's own support team, which the profile may give a way to reach. */
const PROVIDER_TARGETS: ReadonlySet<EscalationTarget> = new Set(['provider-support', 'meta-via-provider']);

export interface EntryView {
  readonly id: string;
  readonly entry: TroubleshootingEntry;
  /** Why the engine suggests it, when it does. */
  readonly applicable: ApplicableEntry | undefined;
  readonly suggested: boolean;
  /** The code it is shown for: a reported one, or the one searched for (the unknown-code entry). */
  readonly code: string | undefined;
  readonly open: boolean;
  readonly title: string;
  readonly symptom: string;
  readonly cause: string;
  /**
   * How to tell this cause from the others of its code (2388103 has nine): Meta's message for it, quoted;
   * null for a code with one cause.
   */
  readonly tell: string | null;
  readonly actions: readonly { readonly key: string; readonly text: string }[];
  readonly wait: { readonly text: string; readonly policy: string | undefined } | null;
  readonly escalation: {
    readonly to: EscalationTarget;
    readonly target: string;
    readonly text: string;
    /** A link to the provider's support, when the profile gives a safe one. */
    readonly href: string | undefined;
    /** The link's words: it opens the contact page; the sentence already said whom to contact. */
    readonly linkText: string;
  } | null;
  /** The reported error as text, with Meta's details; only for an entry opened by a reported code. */
  readonly error: {
    readonly code: string;
    readonly codeText: string;
    readonly details: string | null;
    /** Meta's `fbtrace_id`, in words, for the user to quote to support. */
    readonly trace: string | null;
    readonly dismiss: string;
    readonly dismissLabel: string;
  } | null;
}

export type EntryListKind = 'suggested' | 'other';

export interface TroubleshootingApi {
  readonly query: string;
  readonly searching: boolean;
  /** The engine's suggestions that match the query, first. */
  readonly suggested: readonly EntryView[];
  /** The rest of the catalogue that matches, or the unknown-code entry for a code nothing knows. */
  readonly other: readonly EntryView[];
  /** A searched code no entry has; null otherwise. */
  readonly unknownCode: string | null;
  readonly openEntryId: string | null;
  readonly texts: {
    readonly title: string;
    readonly intro: string;
    readonly searchLabel: string;
    /** What the search found, as a status message ("" when nothing is searched). */
    readonly status: string;
    readonly actions: string;
    readonly listHeading: Readonly<Record<EntryListKind, string>>;
    /** The summary the rest of the catalogue folds under while nothing is searched. */
    readonly allTopics: string;
    /** An open entry's while its details are fetched, if they failed to arrive, and the button to fetch again. */
    readonly detailsLoading: string;
    readonly detailsFailed: string;
    readonly detailsRetry: string;
  };
  /** Every entry the engine knows by id, with the texts it shows (for announcing one it opened). */
  entry(entryId: string): EntryView | undefined;
  /** "Troubleshooting opened: …", for the live region. */
  openedAnnouncement(entryId: string): string | null;
  toggle(entryId: string): void;
  dismiss(code: string): void;
  getRootProps(options: { readonly titleId: string; readonly labelled: boolean }): PartProps;
  /** The panel's title, which the root is labelled by. */
  getTitleProps(options: { readonly id: string }): PartProps;
  getSearchLabelProps(options: { readonly htmlFor: string }): PartProps;
  getSearchProps(options: { readonly id: string }): PartProps;
  getStatusProps(): PartProps;
  getListProps(kind: EntryListKind): PartProps;
  getListHeadingProps(kind: EntryListKind): PartProps;
  getEntryProps(entryId: string): PartProps;
  getEntryHeadingProps(entryId: string): PartProps;
  getEntryTriggerProps(entryId: string, ids: EntryIds, options?: { readonly onToggle?: () => void }): PartProps;
  getEntryContentProps(entryId: string, ids: EntryIds): PartProps;
  /** An open entry's line while its details are fetched, or after they failed to arrive. */
  getDetailsStatusProps(): PartProps;
  getDismissTriggerProps(entryId: string, options?: { readonly onDismiss?: () => void }): PartProps;
  /** The reported code and Meta's details; `{}` for an entry no reported code opened. */
  getErrorDetailsProps(entryId: string): PartProps;
  getCauseProps(): PartProps;
  /** "What to do", which names the list of actions. */
  getActionsLabelProps(options: { readonly id: string }): PartProps;
  getActionsProps(options: { readonly labelledBy: string }): PartProps;
  getWaitProps(entryId: string): PartProps;
  getEscalationProps(entryId: string): PartProps;
  getAnnouncerProps(): PartProps;
}

/** The element ids an entry's trigger and content point at each other with. */
export interface EntryIds {
  readonly trigger: string;
  readonly content: string;
}

/** The wait's `{{duration}}`: from a fixed wait or from the profile's policy. */
function waitDuration(wait: NonNullable<TroubleshootingEntry['wait']>, profile: ProviderProfile, t: Translate) {
  const periods = {
    'verification-code': profile.verificationCodePolicy.periodMs,
    registration: profile.registrationPolicy.periodMs,
  } as const;
  const ms = wait.durationMs ?? (wait.policy ? periods[wait.policy] : undefined);
  return ms === undefined ? {} : { duration: durationText(t, ms) };
}

/** Codes several entries share (2388103's nine causes), once per catalogue: the panel renders on every key. */
const sharedCodesOf = new WeakMap<readonly TroubleshootingEntry[], ReadonlySet<number>>();
function codesWithSeveralCauses(catalogue: readonly TroubleshootingEntry[]): ReadonlySet<number> {
  const known = sharedCodesOf.get(catalogue);
  if (known) return known;
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const code of catalogue.flatMap((e) => e.codes)) (seen.has(code) ? shared : seen).add(code);
  sharedCodesOf.set(catalogue, shared);
  return shared;
}

/**
 * Troubleshooting over the engine's own catalogue: the engine's suggestions first, then every entry, both
 * filtered by the query (words, or a code with or without `#`); a code nothing knows shows the unknown entry.
 */
export function connectTroubleshooting(
  snapshot: TroubleshootingSnapshot,
  send: Send,
  env: ConnectEnv,
  query = '',
): TroubleshootingApi {
  const t = textWithProfile(snapshot, env);
  const { troubleshooting: catalogue, unknownErrorEntry } = snapshot.knowledge;
  const { applicable, openEntryId } = snapshot.troubleshooting;
  const href = supportHref(snapshot.profile);

  // Meta's title is the one thing that tells apart the causes of a shared code (a hint: it may change, M3).
  const sharedCodes = codesWithSeveralCauses(catalogue);
  const tellOf = (entry: TroubleshootingEntry) => {
    const title = entry.userTitles?.[0];
    return title !== undefined && entry.codes.some((c) => sharedCodes.has(c))
      ? t('ui.troubleshooting.howToTell', { title })
      : null;
  };
  const view = (
    entry: TroubleshootingEntry,
    found: ApplicableEntry | undefined,
    code: string | undefined,
  ): EntryView => {
    const values = { code: code ?? t('ui.troubleshooting.noCode') };
    const suggested = found !== undefined && found.reason !== 'opened';
    const reported = found?.reason === 'error-code' && found.code !== undefined ? found.code : undefined;
    const listed = {
      id: entry.id,
      entry,
      applicable: found,
      suggested,
      code,
      open: openEntryId === entry.id,
      title: t(entry.titleKey, values),
    };
    // The panel lists the whole catalogue, nearly every entry closed and by its title: the rest is put into
    // words the first time it is read (a first render asked i18next for all of it).
    return withLazyFields(listed, {
      // Read by a search, and by an open entry.
      symptom: () => t(entry.symptomKey, values),
      cause: () => t(entry.causeKey, values),
      tell: () => tellOf(entry),
      actions: () => entry.actionKeys.map((key) => ({ key, text: t(key, values) })),
      wait: () => {
        const wait = entry.wait;
        return wait
          ? { text: t(wait.messageKey, { ...values, ...waitDuration(wait, snapshot.profile, t) }), policy: wait.policy }
          : null;
      },
      escalation: () => {
        const escalation = entry.escalation;
        return escalation
          ? {
              to: escalation.to,
              target: t(`escalation.${escalation.to}`, values),
              text: t(escalation.messageKey, values),
              href: PROVIDER_TARGETS.has(escalation.to) ? href : undefined,
              linkText: t('ui.troubleshooting.contactLink'),
            }
          : null;
      },
      error: () =>
        reported === undefined
          ? null
          : {
              code: reported,
              codeText: t('ui.troubleshooting.errorCode', { code: reported }),
              details:
                found?.details === undefined ? null : t('ui.troubleshooting.errorDetails', { details: found.details }),
              trace: found?.traceId === undefined ? null : t('ui.troubleshooting.errorTrace', { trace: found.traceId }),
              dismiss: t('ui.troubleshooting.dismiss'),
              dismissLabel: t('ui.troubleshooting.dismissLabel', { code: reported }),
            },
    });
  };

  const trimmed = query.trim();
  const code = parseErrorCode(query);
  const matches = (v: EntryView) =>
    trimmed === '' ||
    (code !== null && (v.code === code || matchesCode(v.entry, code))) ||
    matchesText(`${v.title} ${v.symptom}`, query);
  // An entry the user opened is listed where it was; the engine's own suggestions come first.
  const suggestedAll = applicable.filter((a) => a.reason !== 'opened').map((a) => view(a.entry, a, a.code));
  const taken = new Set(suggestedAll.map((v) => v.id));
  const suggested = suggestedAll.filter(matches);
  // The chosen path's likely problems lead the rest, in the path's order.
  const onPath = snapshot.scenario?.troubleshooting ?? [];
  const rank = (e: TroubleshootingEntry) => {
    const at = onPath.indexOf(e.id);
    return at === -1 ? onPath.length : at;
  };
  const found = [...catalogue]
    .sort((a, b) => rank(a) - rank(b))
    .filter((e) => !taken.has(e.id))
    .map((e) => view(e, undefined, undefined))
    .filter(matches);
  const unknownCode = code !== null && suggested.length + found.length === 0 ? code : null;
  const other = unknownCode === null ? found : [view(unknownErrorEntry, undefined, unknownCode)];
  const count = suggested.length + other.length;

  const entry = (entryId: string): EntryView | undefined => {
    const shown = [...suggested, ...other].find((v) => v.id === entryId);
    if (shown) return shown;
    const a = applicable.find((x) => x.entry.id === entryId);
    if (a) return view(a.entry, a, a.code);
    const known = entryId === unknownErrorEntry.id ? unknownErrorEntry : catalogue.find((e) => e.id === entryId);
    return known ? view(known, undefined, undefined) : undefined;
  };
  const toggle = (entryId: string) =>
    send({ type: 'OPEN_TROUBLESHOOTING', entryId: openEntryId === entryId ? null : entryId });
  const dismiss = (reported: string) => send({ type: 'DISMISS_ERROR', code: reported });
  const withEntry = (entryId: string, props: (v: EntryView) => PartProps): PartProps => {
    const v = entry(entryId);
    return v ? props(v) : {};
  };

  return {
    query,
    searching: trimmed !== '',
    suggested,
    other,
    unknownCode,
    openEntryId,
    texts: {
      title: t('ui.troubleshooting.title'),
      intro: t('ui.troubleshooting.intro'),
      searchLabel: t('ui.troubleshooting.searchLabel'),
      status:
        trimmed === ''
          ? ''
          : unknownCode !== null
            ? t('ui.troubleshooting.unknownCode', { code: unknownCode })
            : count === 0
              ? t('ui.troubleshooting.noResults', { query: trimmed })
              : t('ui.troubleshooting.results', { count }),
      actions: t('ui.troubleshooting.actions'),
      listHeading: {
        suggested: t('ui.troubleshooting.suggested'),
        other: t(`ui.troubleshooting.${trimmed !== '' ? 'searchResults' : suggested.length > 0 ? 'other' : 'all'}`),
      },
      allTopics: t('ui.troubleshooting.allTopics', { count: other.length }),
      detailsLoading: t('ui.troubleshooting.detailsLoading'),
      detailsFailed: t('ui.troubleshooting.detailsFailed'),
      detailsRetry: t('ui.troubleshooting.detailsRetry'),
    },
    entry,
    openedAnnouncement: (entryId) => {
      const v = entry(entryId);
      return v ? t('ui.troubleshooting.opened', { title: v.title }) : null;
    },
    toggle,
    dismiss,
    getRootProps: ({ titleId, labelled }) => ({
      role: 'region',
      // A host's aria-label wins: aria-labelledby would otherwise take precedence over it.
      'aria-labelledby': labelled ? undefined : titleId,
      ...part('root'),
      'data-searching': dataFlag(trimmed !== ''),
      'data-has-suggestions': dataFlag(suggested.length > 0),
    }),
    getTitleProps: ({ id }) => ({ id, ...part('title') }),
    getSearchLabelProps: ({ htmlFor }) => ({ htmlFor, ...part('search-label') }),
    getSearchProps: ({ id }) => ({ id, type: 'search', value: query, ...part('search') }),
    getStatusProps: () => ({ role: 'status', ...part('status'), 'data-empty': dataFlag(count === 0) }),
    getListProps: (kind) => ({ ...part('list'), 'data-kind': kind }),
    getListHeadingProps: (kind) => ({ ...part('list-heading'), 'data-kind': kind }),
    getEntryProps: (entryId) =>
      withEntry(entryId, (v) => ({
        ...part('entry'),
        'data-state': openState(v.open),
        'data-entry-id': v.id,
        'data-suggested': dataFlag(v.suggested),
        'data-reason': v.suggested ? v.applicable?.reason : undefined,
      })),
    getEntryHeadingProps: (entryId) =>
      withEntry(entryId, (v) => ({ ...part('entry-heading'), 'data-state': openState(v.open) })),
    getEntryTriggerProps: (entryId, ids, options = {}) =>
      withEntry(entryId, (v) => ({
        type: 'button',
        id: ids.trigger,
        'aria-expanded': v.open,
        'aria-controls': ids.content,
        ...part('entry-trigger'),
        'data-state': openState(v.open),
        onClick: (event?: AnyEvent) => {
          if (event?.defaultPrevented === true) return;
          options.onToggle?.();
          toggle(v.id);
        },
      })),
    getEntryContentProps: (entryId, ids) =>
      withEntry(entryId, (v) => ({
        id: ids.content,
        role: 'region',
        'aria-labelledby': ids.trigger,
        hidden: !v.open,
        ...part('entry-content'),
        'data-state': openState(v.open),
      })),
    getDetailsStatusProps: () => ({ role: 'status', ...part('details-status') }),
    getDismissTriggerProps: (entryId, options = {}) =>
      withEntry(entryId, (v) =>
        v.error === null
          ? {}
          : {
              type: 'button',
              'aria-label': v.error.dismissLabel,
              ...part('dismiss-trigger'),
              onClick: (event?: AnyEvent) => {
                if (event?.defaultPrevented === true || v.error === null) return;
                options.onDismiss?.();
                dismiss(v.error.code);
              },
            },
      ),
    getErrorDetailsProps: (entryId) =>
      withEntry(entryId, (v) => (v.error === null ? {} : { ...part('error-details'), 'data-code': v.error.code })),
    getCauseProps: () => part('cause'),
    getActionsLabelProps: ({ id }) => ({ id, ...part('actions-label') }),
    getActionsProps: ({ labelledBy }) => ({ 'aria-labelledby': labelledBy, ...part('actions') }),
    getWaitProps: (entryId) =>
      withEntry(entryId, (v) => (v.wait === null ? {} : { ...part('wait'), 'data-policy': v.wait.policy })),
    getEscalationProps: (entryId) =>
      withEntry(entryId, (v) => (v.escalation === null ? {} : { ...part('escalation'), 'data-to': v.escalation.to })),
    getAnnouncerProps: () => ({
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      'data-wm-sr-only': '',
      ...part('announcer'),
    }),
  };
}
