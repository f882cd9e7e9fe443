import type { Locale, ProviderProfile } from '@wamigrate/core';
import { defaultRegionOf, zendeskProfile } from '@wamigrate/core';
import { guideAnatomy } from '@wamigrate/core/connect';
import type { CountryCode } from '@wamigrate/core/phone';
import type { i18n as I18n } from 'i18next';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useRef, useState } from 'react';
import type { Catalogues } from '../../i18n/catalogues';
import type { Translations } from '../../i18n/create-i18n';
import { I18nProvider, useGuideI18n } from '../../i18n/i18n-context';
import { MigrationProvider, type MigrationProviderProps } from '../../migration/migration-context';
import { useGuideApi } from '../../migration/use-view-model';
import { Heading, type HeadingLevel, subLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { useAccentContrast } from '../../utils/use-accent-contrast';
import { useFocusEffect } from '../../utils/use-focus-effect';
import { CarryOverSummary } from '../carry-over-summary';
import { MigrationStepper } from '../migration-stepper';
import type { DialogKind } from '../migration-stepper/stepper-context';
import { ScenarioPicker } from '../scenario-picker';
import { TroubleshootingPanel } from '../troubleshooting-panel';
import { GuideNotice } from './guide-notice';

const part = guideAnatomy.attrs;

export interface MigrationGuideProps
  extends Omit<MigrationProviderProps, 'profile' | 'children'>,
    Omit<ComponentPropsWithoutRef<'div'>, 'dir' | 'onError'> {
  /** The provider that embeds the guide; default: the seed's Zendesk profile. */
  readonly provider?: ProviderProfile | undefined;
  readonly locale?: Locale | undefined;
  readonly translations?: Translations | undefined;
  /** Catalogues you bundle, so the guide renders in that language at once (see `I18nProvider`). */
  readonly catalogues?: Catalogues | undefined;
  /** Shown while the guide's language is fetched (default: nothing). */
  readonly fallback?: ReactNode;
  /** The host's i18next instance, if it wants the guide in its own. */
  readonly i18n?: I18n | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** `auto` follows the user's system; the stylesheet reads `data-theme`. */
  readonly theme?: 'light' | 'dark' | 'auto' | undefined;
  readonly headingLevel?: HeadingLevel | undefined;
  /** Where the Radix confirmation dialog is portalled. */
  readonly container?: HTMLElement | null | undefined;
  /** `radix` (default) or `native`: a `<dialog>` that works in a shadow root and under a strict CSP. */
  readonly dialog?: DialogKind | undefined;
}

/** The whole guide in one component: pick a path, meet the requirements, walk the steps, get help. */
export const MigrationGuide = forwardRef<HTMLDivElement, MigrationGuideProps>(function MigrationGuide(
  {
    provider = zendeskProfile,
    locale,
    translations,
    catalogues,
    fallback,
    i18n,
    dir,
    theme = 'auto',
    headingLevel = 2,
    container,
    dialog,
    // engine options
    migration,
    scenario,
    storage,
    storageKey,
    persistPhoneNumber,
    clock,
    timers,
    hostChecks,
    onEvent,
    validatePhoneNumber,
    loadPhoneValidator,
    knowledge,
    defaultCountry,
    hostActions,
    onMigrationChange,
    sessionId,
    onReady,
    onComplete,
    onError,
    ...rootProps
  },
  ref,
) {
  return (
    <I18nProvider
      locale={locale}
      translations={translations}
      catalogues={catalogues}
      fallback={fallback}
      i18n={i18n}
      dir={dir}
    >
      <MigrationProvider
        migration={migration}
        profile={provider}
        scenario={scenario}
        storage={storage}
        storageKey={storageKey}
        persistPhoneNumber={persistPhoneNumber}
        clock={clock}
        timers={timers}
        hostChecks={hostChecks}
        onEvent={onEvent}
        validatePhoneNumber={validatePhoneNumber}
        loadPhoneValidator={loadPhoneValidator}
        knowledge={knowledge}
        hostActions={hostActions}
        onMigrationChange={onMigrationChange}
        sessionId={sessionId}
        onReady={onReady}
        onComplete={onComplete}
        onError={onError}
        // A number typed without +81 in a Japanese guide is most likely Japanese; `en-US` gives US.
        defaultCountry={
          defaultCountry ?? (defaultRegionOf(locale ?? i18n?.language ?? 'en') as CountryCode | undefined)
        }
      >
        <GuideBody
          ref={ref}
          theme={theme}
          headingLevel={headingLevel}
          container={container}
          dialog={dialog}
          now={clock ? () => clock.now() : undefined}
          {...rootProps}
        />
      </MigrationProvider>
    </I18nProvider>
  );
});

interface GuideBodyProps extends Omit<ComponentPropsWithoutRef<'div'>, 'dir'> {
  readonly theme: 'light' | 'dark' | 'auto';
  readonly headingLevel: HeadingLevel;
  readonly container: HTMLElement | null | undefined;
  readonly dialog: DialogKind | undefined;
  /** The engine's clock, so countdowns agree with the engine's cool-downs. */
  readonly now: (() => number) | undefined;
}

const GuideBody = forwardRef<HTMLDivElement, GuideBodyProps>(
  ({ theme, headingLevel, container, dialog, now, ...props }, ref) => {
    const { locale, dir } = useGuideI18n();
    const api = useGuideApi(useId());
    // Only what the layout depends on: a keystroke in a field does not re-render the whole guide.
    const { state, texts } = api;
    const [picking, setPicking] = useState(false);
    // A host's accent colour keeps its text readable in whichever theme is in force.
    const root = useRef<HTMLDivElement>(null);
    useAccentContrast(root, theme);
    const scenarioLine = useRef<HTMLHeadingElement>(null);
    const [focusScenario, setFocusScenario] = useState(false);
    // The picker's button disappears when a path starts: focus goes to the current step's heading (the step
    // comes first), else to the line naming the path, never to <body>.
    const chosenNow = texts.currentScenario !== null;
    useFocusEffect(() => {
      // The path may be announced a render later than the picker closes: wait for it.
      if (!focusScenario || !chosenNow) return;
      const step = scenarioLine.current
        ?.closest('[data-scope="migration-guide"][data-part="root"]')
        ?.querySelector<HTMLElement>('[data-scope="migration-stepper"][data-part="content"] [data-part="heading"]');
      (step ?? scenarioLine.current)?.focus();
      setFocusScenario(false);
    }, [focusScenario, chosenNow]);
    const endPicking = () => {
      setPicking(false);
      setFocusScenario(true);
    };
    const inner = subLevel(headingLevel);
    const chosen = texts.currentScenario !== null;
    const showPicker = state !== 'loading' && (!chosen || picking);

    return (
      <div
        ref={mergeRefs(ref, root)}
        lang={locale}
        dir={dir}
        {...mergeProps(api.getRootProps(), { 'data-theme': theme, ...props })}
      >
        {/* Once a path is chosen it is the heading: the general title would repeat the article's. */}
        {chosen && !picking ? (
          <div {...part('scenario')}>
            <Heading ref={scenarioLine} level={headingLevel} tabIndex={-1} {...part('scenario-title')}>
              {texts.currentScenario}
            </Heading>
            {api.canChangeScenario && (
              <button type="button" {...part('change-scenario')} onClick={() => setPicking(true)}>
                {texts.changeScenario}
              </button>
            )}
          </div>
        ) : (
          <Heading level={headingLevel} {...part('heading')}>
            {texts.title}
          </Heading>
        )}
        <GuideNotice api={api} />
        {/* Until stored progress is read (after hydration, or from an async store), only this line: the parts
            then mount once, with the progress, so nothing flashes the wrong step or moves focus on load. */}
        {state === 'loading' ? (
          <p {...part('loading')}>{texts.loading}</p>
        ) : (
          <>
            {showPicker && (
              <PickerSection
                headingLevel={inner}
                onDone={endPicking}
                cancellable={chosen}
                keepText={texts.keepScenario}
              />
            )}
            {/* Each step holds what it waits for: the current step comes right after the path. */}
            {chosen && !showPicker && (
              <MigrationStepper headingLevel={inner} container={container} dialog={dialog} now={now} />
            )}
            <TroubleshootingPanel headingLevel={inner} />
            <CarryOverSummary headingLevel={inner} items={api.carryOver} />
          </>
        )}
      </div>
    );
  },
);
GuideBody.displayName = 'MigrationGuide.Body';

/** The picker; it closes once the user starts a path, or keeps the current one. */
function PickerSection({
  headingLevel,
  onDone,
  cancellable,
  keepText,
}: {
  headingLevel: HeadingLevel;
  onDone: () => void;
  cancellable: boolean;
  keepText: string;
}) {
  return (
    <div {...part('picker')}>
      <ScenarioPicker headingLevel={headingLevel} onStart={onDone} />
      {cancellable && (
        <button type="button" {...part('cancel-change')} onClick={onDone}>
          {keepText}
        </button>
      )}
    </div>
  );
}
