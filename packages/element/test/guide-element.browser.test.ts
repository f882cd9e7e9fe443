import { fakeMetaBackend } from '@wamigrate/core/testing';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { define, EVENT_PREFIX, type WamigrateGuideElement } from '../src';
import { PART_NAMES } from '../src/export-parts';
import { BUILD_LANGUAGES, shown, text } from './build';
import { activeInShadow, expectNoAxeViolations, inShadow, mountGuide, storeProgress } from './helpers';

const KEY = 'wamigrate:element-test';

beforeAll(() => {
  define();
});
afterEach(() => {
  document.body.replaceChildren();
  for (const style of document.head.querySelectorAll('style[data-test]')) style.remove();
  localStorage.clear();
  vi.restoreAllMocks();
});

/**
 * Picks a path in the picker the way a click does, inside the shadow root: where the number is, then the
 * path's own third question (its one destination is taken, not asked).
 */
async function pickScenario(element: WamigrateGuideElement, from: string, scenarioId: string) {
  inShadow<HTMLInputElement>(element, `[data-question="from"] input[value="${from}"]`)?.click();
  await expect.poll(() => inShadow(element, `[data-question="to"][data-fixed]`)).not.toBeNull();
  inShadow<HTMLInputElement>(element, `[data-question="scenario"] input[value="${scenarioId}"]`)?.click();
  await expect.poll(() => inShadow(element, '[data-part="result"][data-state="matched"]')).not.toBeNull();
  inShadow<HTMLButtonElement>(element, '[data-part="start-trigger"]')?.click();
  await expect.poll(() => inShadow(element, '[data-scope="requirements-checklist"]')).not.toBeNull();
}

function pageStyle(css: string) {
  const style = document.createElement('style');
  style.dataset.test = '';
  style.textContent = css;
  document.head.append(style);
}

const heading = (element: Element) => inShadow(element, '[data-scope="migration-guide"][data-part="heading"]');

describe('<wamigrate-guide>', () => {
  it('renders the guide in an open shadow root, styled by one shared constructed sheet', async () => {
    const first = await mountGuide({ locale: 'en' });
    const second = await mountGuide({ locale: 'ja', 'storage-key': KEY });
    expect(first.shadowRoot).not.toBeNull();
    expect(heading(first)?.textContent).toBe(text('guideTitle', 'en'));
    expect(heading(second)?.closest('[lang]')?.getAttribute('lang')).toBe(shown('ja'));
    expect(first.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(second.shadowRoot?.adoptedStyleSheets[0]).toBe(first.shadowRoot?.adoptedStyleSheets[0]);
    const ours = [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('data-scope'));
    expect(ours).toEqual([]);
    // Two guides in one language (a one-language file) have two regions named alike, which axe's
    // landmark-unique rule refuses: the page is checked with one of them.
    if (BUILD_LANGUAGES.length === 1) second.remove();
    await expectNoAxeViolations();
  });

  it('keeps the page’s CSS out and its own in, and takes the page’s --wm-* variables and ::part() rules', async () => {
    pageStyle(`
      button { text-transform: uppercase; letter-spacing: 9px; }
      p { letter-spacing: 7px; }
      wamigrate-guide { --wm-color-accent: rgb(10, 90, 20); }
      wamigrate-guide::part(migration-guide-heading) { outline: 3px solid rgb(1, 2, 3); }
    `);
    const element = await mountGuide({ locale: 'en' });
    const start = inShadow(element, '[data-part="start-trigger"]');
    expect(start).not.toBeNull();
    const style = getComputedStyle(start as Element);
    expect(style.textTransform).toBe('none');
    expect(style.letterSpacing).toBe('normal');
    const radio = inShadow(element, 'input[type="radio"]');
    expect(getComputedStyle(radio as Element).accentColor).toBe('rgb(10, 90, 20)');
    expect(getComputedStyle(heading(element) as Element).outlineColor).toBe('rgb(1, 2, 3)');
    // Our selectors do not reach the page: a look-alike outside the shadow root stays unstyled.
    const decoy = document.createElement('div');
    decoy.dataset.scope = 'migration-guide';
    decoy.dataset.part = 'root';
    document.body.append(decoy);
    expect(getComputedStyle(decoy).paddingTop).toBe('0px');
  });

  it('names parts with their state for ::part()', async () => {
    const element = await mountGuide({ locale: 'en', scenario: 'provider-to-bsp' });
    await expect.poll(() => inShadow(element, '[data-scope="migration-stepper"][data-part="item"]')).not.toBeNull();
    const item = inShadow(element, '[data-scope="migration-stepper"][data-part="item"][data-current]');
    expect(item?.getAttribute('part')).toBe(
      `migration-stepper-item migration-stepper-item-${item?.getAttribute('data-state')}`,
    );
  });

  it('names for ::part() exactly the parts the anatomy lists, in every state of a walk', async () => {
    const unnamed = (element: Element) =>
      [...(element.shadowRoot?.querySelectorAll('[data-scope][data-part]') ?? [])]
        .filter((node) => !node.hasAttribute('part'))
        .map((node) => `${node.getAttribute('data-scope')}-${node.getAttribute('data-part')}`);
    const picking = await mountGuide({ locale: 'en', storage: 'memory' });
    expect(unnamed(picking)).toEqual([]);
    storeProgress(KEY, 'hosted-to-self-hosted', (s) => s.currentStepId === 'request-two-step-off');
    const walking = await mountGuide({ locale: 'ja', 'storage-key': KEY });
    await expect.poll(() => inShadow(walking, '[data-part="support-request"]')).not.toBeNull();
    expect(unnamed(walking)).toEqual([]);
    expect(PART_NAMES.size).toBeGreaterThan(100);
  });

  it('tells the page about every engine event with a bubbling, composed DOM event', async () => {
    const received: CustomEvent[] = [];
    const listen = (event: Event) => received.push(event as CustomEvent);
    document.addEventListener(`${EVENT_PREFIX}scenario-select`, listen);
    document.addEventListener(`${EVENT_PREFIX}step-change`, listen);
    document.addEventListener(`${EVENT_PREFIX}requirement-change`, listen);
    try {
      const element = await mountGuide({ locale: 'en' });
      await pickScenario(element, 'other-bsp', 'bsp-to-provider');
      inShadow<HTMLInputElement>(element, '[data-part="attestation-checkbox"]')?.click();
      await expect.poll(() => received.map((event) => event.type)).toContain('wamigrate:requirement-change');
      const select = received.find((event) => event.type === 'wamigrate:scenario-select');
      expect(select?.detail).toMatchObject({ type: 'scenario-select', scenarioId: 'bsp-to-provider' });
      expect(select?.bubbles && select.composed).toBe(true);
      expect(select?.target).toBe(element);
      expect(received.map((event) => event.type)).toContain('wamigrate:step-change');
    } finally {
      for (const type of ['scenario-select', 'step-change', 'requirement-change']) {
        document.removeEventListener(EVENT_PREFIX + type, listen);
      }
    }
  });

  it('changes language and theme after mount without losing progress', async () => {
    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    await pickScenario(element, 'this-provider', 'provider-to-bsp');
    const checkbox = () => inShadow<HTMLInputElement>(element, '[data-part="attestation-checkbox"]');
    checkbox()?.click();
    await expect.poll(() => checkbox()?.checked).toBe(true);

    element.setAttribute('locale', 'ja');
    element.setAttribute('theme', 'dark');
    // With a path chosen, the path is the heading: it changes language with everything else (a file with one
    // language stays in it).
    await expect
      .poll(() => inShadow(element, '[data-part="scenario-title"]')?.textContent)
      .toBe(text('providerToBsp', 'ja'));
    expect(inShadow(element, '[data-scope="migration-guide"][data-part="root"]')?.getAttribute('data-theme')).toBe(
      'dark',
    );
    expect(checkbox()?.checked).toBe(true);
    expect(inShadow(element, '[data-part="scenario-title"]')).not.toBeNull();
  });

  it('starts a new engine for a new storage key, and finds the old progress again under the old one', async () => {
    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    await pickScenario(element, 'this-provider', 'provider-to-bsp');
    element.setAttribute('storage-key', `${KEY}:other`);
    await expect.poll(() => inShadow(element, '[data-scope="scenario-picker"]')).not.toBeNull();
    element.setAttribute('storage-key', KEY);
    await expect.poll(() => inShadow(element, '[data-part="scenario-title"]')).not.toBeNull();
  });

  it('takes hostActions as a property: the code step then runs Meta’s calls through the page’s backend', async () => {
    storeProgress(KEY, 'bsp-to-provider', (s) => s.currentStepId === 'add-whatsapp-channel');
    const element = await mountGuide({ locale: 'ja', 'storage-key': KEY });
    expect(inShadow(element, '[data-part="live"]')).toBeNull();
    element.hostActions = fakeMetaBackend().actions;
    await expect.poll(() => inShadow(element, '[data-part="live"]')).not.toBeNull();
    // The number is not stored without the host's opt-in: the guide asks for it before it can start.
    expect(inShadow(element, '[data-part="live"]')?.getAttribute('data-phase')).toBe('number');
    element.hostActions = null;
    await expect.poll(() => inShadow(element, '[data-part="live"]')).toBeNull();
    expect(inShadow(element, '[data-part="verification-code"]')).not.toBeNull();
  });

  it('moves focus to the next live sub-step inside the shadow root after the person’s own action', async () => {
    storeProgress(KEY, 'bsp-to-provider', (s) => s.currentStepId === 'add-whatsapp-channel');
    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    element.hostActions = fakeMetaBackend().actions;
    await expect.poll(() => inShadow(element, '[data-part="live-number-input"]')).not.toBeNull();
    const input = inShadow<HTMLInputElement>(element, '[data-part="live-number-input"]');
    await userEvent.type(input as HTMLInputElement, '+81 90-1234-5678');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => inShadow(element, '[data-part="live"]')?.getAttribute('data-phase')).toBe('request-code');
    // The document sees only the host; the shadow root sees the control the guide moved focus to.
    await expect.poll(() => activeInShadow(element)?.hasAttribute('data-primary') ?? false).toBe(true);
    expect(document.activeElement).toBe(element);
  });

  it('reportError: an error the page met elsewhere opens its entry, as the guide’s own calls do', async () => {
    storeProgress(KEY, 'bsp-to-provider', (s) => s.currentStepId === 'add-whatsapp-channel');
    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    const events: string[] = [];
    element.addEventListener(`${EVENT_PREFIX}error-report`, (event) => {
      events.push((event as CustomEvent<{ code: string }>).detail.code);
    });
    await expect.poll(() => element.reportError({ error: { code: 100, error_subcode: 2388001 } }).accepted).toBe(true);
    expect(events).toContain('2388001');
    await expect
      .poll(() => inShadow(element, '[data-scope="troubleshooting-panel"] [data-part="entry"][data-suggested]'))
      .not.toBeNull();
    element.remove();
    await expect.poll(() => element.reportError('133016')).toEqual({ accepted: false, reason: 'destroyed' });
  });

  it('takes a provider profile, translations and host checks as properties', async () => {
    const element = await mountGuide({ locale: 'en', scenario: 'bsp-to-provider', 'storage-key': KEY });
    element.provider = {
      id: 'acme-desk',
      name: 'Acme Desk',
      supportName: 'Acme Desk Support',
      adminCentre: 'Admin settings',
      channelSetupGuide: 'Connecting WhatsApp',
    };
    await expect.poll(() => element.shadowRoot?.textContent).toContain('Acme Desk');
    // The chosen path is the heading; the host words it its own way.
    element.translations = { en: { scenario: { 'bsp-to-provider': { title: 'Bring your number to Acme Desk' } } } };
    await expect
      .poll(() => inShadow(element, '[data-part="scenario-title"]')?.textContent)
      .toBe('Bring your number to Acme Desk');
    expect(element.provider.verificationCodePolicy).toBeDefined();

    const asked: string[] = [];
    element.hostChecks = Object.fromEntries(
      ['provider-admin'].map((id) => [
        id,
        ({ requirementId }: { requirementId: string }) => {
          asked.push(requirementId);
          return false;
        },
      ]),
    );
    await expect.poll(() => asked.length).toBeGreaterThan(0);
  });

  it('is light unless the page says it is dark, or the theme attribute says otherwise', async () => {
    const themeOf = (element: Element) =>
      inShadow(element, '[data-scope="migration-guide"][data-part="root"]')?.getAttribute('data-theme');
    const root = document.documentElement;
    try {
      expect(themeOf(await mountGuide({ locale: 'en' }))).toBe('light');
      document.body.replaceChildren();
      root.style.colorScheme = 'dark';
      expect(themeOf(await mountGuide({ locale: 'en' }))).toBe('dark');
      document.body.replaceChildren();
      root.style.colorScheme = 'light dark';
      expect(themeOf(await mountGuide({ locale: 'en' }))).toBe('auto');
      document.body.replaceChildren();
      expect(themeOf(await mountGuide({ locale: 'en', theme: 'light' }))).toBe('light');
    } finally {
      root.style.colorScheme = '';
    }
  });

  it('falls back, with a precise console warning, when an attribute or property is not known', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = await mountGuide({
      locale: 'fr',
      theme: 'neon',
      scenario: 'bsp-to-zendsk',
      provider: 'zendsk',
      storage: 'cloud',
      'heading-level': '9',
    });
    expect(heading(element)?.tagName).toBe('H2');
    expect(heading(element)?.textContent).toBe(text('guideTitle', 'fr'));
    expect(inShadow(element, '[data-scope="scenario-picker"]')).not.toBeNull();
    const said = warn.mock.calls.map((call) => String(call[0])).join('\n');
    for (const fragment of [
      'locale="fr"',
      'theme="neon"',
      'scenario="bsp-to-zendsk"',
      'provider="zendsk"',
      'storage="cloud"',
      'heading-level="9"',
    ]) {
      expect(said).toContain(fragment);
    }
    element.provider = { id: 'half', name: 'Half a profile' } as never;
    expect(element.provider.id).toBe('zendesk');
    expect(String(warn.mock.calls.at(-1)?.[0])).toContain('supportName, adminCentre, channelSetupGuide is missing');
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'provider="%s" is an unknown provider, not a blank guide',
    async (id) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const element = await mountGuide({ provider: id });
      expect(element.provider.id).toBe('zendesk');
      expect(heading(element)?.textContent).toBe(text('guideTitle', 'en'));
      expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain(`provider="${id}"`);
    },
  );

  it('reads the page’s language when it has no locale attribute', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ja-JP';
    document.body.append(wrapper);
    const element = document.createElement('wamigrate-guide');
    wrapper.append(element);
    await expect.poll(() => heading(element)?.textContent).toBe(text('guideTitle', 'ja-JP'));
  });

  it('keeps the guide when moved, and stops its timers and observers when removed', async () => {
    storeProgress(KEY, 'bsp-to-provider', (s) => s.steps.find((st) => st.isCurrent)?.step.verificationCode === true);
    const live = new Set<unknown>();
    const setInterval = window.setInterval.bind(window);
    const clearInterval = window.clearInterval.bind(window);
    const setTimeout = window.setTimeout.bind(window);
    const clearTimeout = window.clearTimeout.bind(window);
    vi.spyOn(window, 'setInterval').mockImplementation(((fn: () => void, ms?: number) => {
      const id = setInterval(fn, ms);
      live.add(id);
      return id;
    }) as typeof window.setInterval);
    vi.spyOn(window, 'clearInterval').mockImplementation((id) => {
      live.delete(id);
      clearInterval(id);
    });
    // Only long timers: the engine's wake-up at the end of a cool-down, not React's scheduling.
    vi.spyOn(window, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const id = setTimeout(fn, ms);
      if ((ms ?? 0) >= 1000) live.add(id);
      return id;
    }) as typeof window.setTimeout);
    vi.spyOn(window, 'clearTimeout').mockImplementation((id) => {
      live.delete(id);
      clearTimeout(id);
    });
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');

    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    const request = () => inShadow<HTMLButtonElement>(element, '[data-part="request-code-trigger"]');
    await expect.poll(request).not.toBeNull();
    for (let i = 0; i < 3; i++) request()?.click();
    await expect.poll(() => live.size).toBeGreaterThanOrEqual(2);

    const root = inShadow(element, '[data-scope="migration-guide"][data-part="root"]');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inShadow(element, '[data-scope="migration-guide"][data-part="root"]')).toBe(root);

    disconnect.mockClear();
    element.remove();
    await expect.poll(() => live.size).toBe(0);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(element.shadowRoot?.querySelector('[data-scope]')).toBeNull();
  });

  it('traps focus in the confirmation dialog inside the shadow root and gives it back', async () => {
    storeProgress(
      KEY,
      'hosted-to-self-hosted',
      (s) => s.steps.find((st) => st.isCurrent)?.step.requiresConfirmation === true,
    );
    const element = await mountGuide({ locale: 'en', 'storage-key': KEY });
    const complete = inShadow(element, '[data-scope="migration-stepper"] [data-part="complete-trigger"]');
    expect(complete).not.toBeNull();
    complete?.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = inShadow(element, 'dialog[data-part="confirm-dialog"]');
    await expect.poll(() => dialog?.matches(':modal')).toBe(true);
    for (const key of ['{Tab}', '{Tab}', '{Tab}', '{Shift>}{Tab}{/Shift}', '{Shift>}{Tab}{/Shift}']) {
      await userEvent.keyboard(key);
      expect(dialog?.contains(activeInShadow(element))).toBe(true);
    }
    await expectNoAxeViolations();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog?.matches(':modal')).toBe(false);
    await expect.poll(() => activeInShadow(element)).toBe(complete);
    // The guide's state followed the browser's close: Enter opens it again.
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dialog?.matches(':modal')).toBe(true);
  });

  it('renders again when put back after removal: one mount point, parts named, the shared sheet', async () => {
    const element = await mountGuide({ locale: 'en' });
    element.remove();
    await expect.poll(() => element.shadowRoot?.querySelector('[data-scope]') ?? null).toBeNull();
    document.body.append(element);
    await expect.poll(() => heading(element)?.getAttribute('part')).toBe('migration-guide-heading');
    expect(element.shadowRoot?.querySelectorAll('[data-wm-mount]')).toHaveLength(1);
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
  });

  it('takes properties set before the element was defined, and leaves a profile object for a named one', async () => {
    const early = document.createElement('wamigrate-late') as WamigrateGuideElement;
    early.setAttribute('locale', 'en');
    early.translations = { en: { ui: { guide: { title: 'Set before define()' } } } };
    document.body.append(early);
    define('wamigrate-late');
    await expect.poll(() => heading(early)?.textContent).toBe('Set before define()');

    const element = await mountGuide({ locale: 'en', provider: 'zendesk', scenario: 'bsp-to-provider' });
    element.provider = {
      id: 'acme',
      name: 'Acme Desk',
      supportName: 'Acme',
      adminCentre: 'Admin',
      channelSetupGuide: 'Guide',
    };
    await expect.poll(() => element.shadowRoot?.textContent).toContain('Acme Desk');
    element.provider = 'zendesk';
    await expect.poll(() => element.shadowRoot?.textContent).not.toContain('Acme Desk');
    expect(element.provider.id).toBe('zendesk');
  });
});
