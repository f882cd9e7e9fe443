import type {
  HostActions,
  HostCheck,
  Migration,
  MigrationAnalyticsEvent,
  MigrationOptions,
  ProviderProfile,
  SendResult,
  StorageAdapter,
} from '@wamigrate/core';
import { wellFormedLocale } from '@wamigrate/core';
import { LOCALES } from '@wamigrate/core/messages';
import { MigrationGuide, resolveStorage, type Translations } from '@wamigrate/react';
import { stylesheet } from '@wamigrate/react/stylesheet';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EVENT_PREFIX } from './events';
import { exportParts } from './export-parts';
import {
  type ProviderProfileInput,
  readHeadingLevel,
  readLocale,
  readProvider,
  readScenario,
  readStorage,
  readTheme,
  type StorageName,
  toProviderProfile,
} from './settings';
import { adoptStyles } from './shadow-styles';

export { EVENT_PREFIX };

/** Settings the engine is created from: changing one starts a new engine, which reads the stored progress back. */
const ENGINE_ATTRIBUTES = ['provider', 'scenario', 'storage', 'storage-key'] as const;
const VIEW_ATTRIBUTES = ['locale', 'theme', 'heading-level'] as const;
const PROPERTIES = ['provider', 'translations', 'hostChecks', 'hostActions', 'knowledge'] as const;

export type Knowledge = NonNullable<MigrationOptions['knowledge']>;

/**
 * `<wamigrate-guide>`: MigrationGuide in an open shadow root. Attributes: `provider`, `scenario`, `locale`,
 * `theme`, `storage` (`local` by default, `session`, `memory`), `storage-key`, `heading-level`, `nonce`.
 * Properties: `provider` (a profile object), `translations`, `hostChecks`, `hostActions` (live mode: the
 * page's backend makes Meta's calls), `knowledge`.
 */
/**
 * Where `HTMLElement` does not exist (a server, a build that prerenders, Node), the class extends an empty
 * one: the module imports anywhere, and `define()` says it needs a browser.
 */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

export class WamigrateGuideElement extends ElementBase {
  static get observedAttributes(): string[] {
    return [...ENGINE_ATTRIBUTES, ...VIEW_ATTRIBUTES];
  }

  #root: Root | null = null;
  #container: HTMLDivElement | null = null;
  #stopParts: (() => void) | null = null;
  /** The React key of the guide: a new one when an engine setting changes. */
  #engine = 0;
  /** One adapter per storage name, so a memory store outlives the engine it served. */
  #adapters = new Map<StorageName, StorageAdapter>();
  #provider: ProviderProfile | undefined;
  #translations: Translations | undefined;
  #hostChecks: Readonly<Record<string, HostCheck>> | undefined;
  #knowledge: Knowledge | undefined;
  #hostActions: HostActions | undefined;
  #migration: Migration | null = null;

  /** The profile in use: the object set from script, else the one the `provider` attribute names. */
  get provider(): ProviderProfile {
    return this.#provider ?? readProvider(this.getAttribute('provider'));
  }
  set provider(value: ProviderProfileInput | string | null | undefined) {
    if (typeof value === 'string') {
      const hadObject = this.#provider !== undefined;
      this.#provider = undefined;
      // The same attribute value raises no attributeChangedCallback: leave the object's engine explicitly.
      if (hadObject && this.getAttribute('provider') === value) this.#restart();
      else this.setAttribute('provider', value);
      return;
    }
    this.#provider = toProviderProfile(value);
    this.#restart();
  }

  get translations(): Translations | undefined {
    return this.#translations;
  }
  set translations(value: Translations | null | undefined) {
    this.#translations = value ?? undefined;
    this.#render();
  }

  get hostChecks(): Readonly<Record<string, HostCheck>> | undefined {
    return this.#hostChecks;
  }
  set hostChecks(value: Readonly<Record<string, HostCheck>> | null | undefined) {
    this.#hostChecks = value ?? undefined;
    this.#restart();
  }

  /** Live mode: the five calls the page's backend makes for the guide (see the README's `hostActions`). */
  get hostActions(): HostActions | undefined {
    return this.#hostActions;
  }
  set hostActions(value: HostActions | null | undefined) {
    this.#hostActions = value ?? undefined;
    this.#restart();
  }

  /**
   * Reports an error the page met elsewhere (its own call to Meta, a webhook): Meta's Graph body as it came,
   * or a code in any form. The guide opens the entry that explains it, as for its own calls.
   */
  reportError(error: unknown): SendResult {
    return this.#migration?.send({ type: 'REPORT_ERROR', error }) ?? { accepted: false, reason: 'destroyed' };
  }

  get knowledge(): Knowledge | undefined {
    return this.#knowledge;
  }
  set knowledge(value: Knowledge | null | undefined) {
    this.#knowledge = value ?? undefined;
    this.#restart();
  }

  connectedCallback() {
    for (const name of PROPERTIES) this.#upgrade(name);
    if (!this.#root) this.#mount();
    this.#render();
  }

  /** A property set before the element was defined sits on the instance and hides our setter: pass it on. */
  #upgrade(name: (typeof PROPERTIES)[number]) {
    if (!Object.hasOwn(this, name)) return;
    const value = (this as Record<string, unknown>)[name];
    delete (this as Record<string, unknown>)[name];
    (this as Record<string, unknown>)[name] = value;
  }

  disconnectedCallback() {
    // Moving the element (removed and inserted in one task) keeps the guide; removing it tears it down.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (previous === next) return;
    if ((ENGINE_ATTRIBUTES as readonly string[]).includes(name)) this.#restart();
    else this.#render();
  }

  #mount() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // A connected element's nonce attribute reads empty on a page whose CSP came in a header; the property keeps it.
    adoptStyles(shadow, stylesheet, this.nonce || this.getAttribute('nonce'));
    if (!this.#container) {
      this.#container = this.ownerDocument.createElement('div');
      this.#container.setAttribute('data-wm-mount', '');
      shadow.append(this.#container);
    }
    this.#stopParts = exportParts(this.#container);
    this.#root = createRoot(this.#container);
  }

  #unmount() {
    this.#root?.unmount();
    this.#root = null;
    this.#stopParts?.();
    this.#stopParts = null;
  }

  #restart() {
    this.#engine += 1;
    this.#render();
  }

  #storage(): StorageAdapter {
    const name = readStorage(this.getAttribute('storage'));
    let adapter = this.#adapters.get(name);
    if (!adapter) {
      adapter = resolveStorage(name);
      this.#adapters.set(name, adapter);
    }
    return adapter;
  }

  /** The locales some catalogue speaks: the library's and those the `translations` property adds. */
  #localesWithTexts(): ReadonlySet<string> {
    const added = Object.keys(this.#translations ?? {}).map(wellFormedLocale);
    return new Set([...LOCALES, ...added.filter((tag): tag is string => tag !== null)]);
  }

  #engineChanged = (migration: Migration | null) => {
    this.#migration = migration;
  };

  #dispatch = (event: MigrationAnalyticsEvent) => {
    this.dispatchEvent(new CustomEvent(EVENT_PREFIX + event.type, { detail: event, bubbles: true, composed: true }));
  };

  #render() {
    if (!this.#root) return;
    const storageKey = this.getAttribute('storage-key');
    const scenario = readScenario(this.getAttribute('scenario'), this.#knowledge?.scenarios);
    this.#root.render(
      createElement(MigrationGuide, {
        key: this.#engine,
        provider: this.provider,
        scenario,
        locale: readLocale(this, this.#localesWithTexts()),
        theme: readTheme(this.getAttribute('theme')),
        headingLevel: readHeadingLevel(this.getAttribute('heading-level')),
        storage: this.#storage(),
        storageKey: storageKey || undefined,
        translations: this.#translations,
        hostChecks: this.#hostChecks,
        hostActions: this.#hostActions,
        knowledge: this.#knowledge,
        // Radix's focus trap reads document.activeElement, which stops at the shadow host.
        dialog: 'native',
        onEvent: this.#dispatch,
        onMigrationChange: this.#engineChanged,
      }),
    );
  }
}

/** The events the element dispatches, by name: `wamigrate:step-change` carries a `step-change` event. */
export type WamigrateGuideEventMap = {
  readonly [T in MigrationAnalyticsEvent['type'] as `wamigrate:${T}`]: CustomEvent<
    Extract<MigrationAnalyticsEvent, { readonly type: T }>
  >;
};

/** The element's attributes, as JSX writes them (`<wamigrate-guide locale="ja" />` in a React page). */
export interface WamigrateGuideAttributes {
  readonly provider?: string;
  readonly scenario?: string;
  readonly locale?: string;
  readonly theme?: 'light' | 'dark' | 'auto';
  readonly storage?: 'local' | 'session' | 'memory';
  readonly 'storage-key'?: string;
  readonly 'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
  readonly nonce?: string;
  readonly id?: string;
  readonly class?: string;
  readonly className?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'wamigrate-guide': WamigrateGuideElement;
  }
  // `addEventListener('wamigrate:step-change', (e) => e.detail.stepId)` types its detail.
  interface HTMLElementEventMap extends WamigrateGuideEventMap {}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wamigrate-guide': WamigrateGuideAttributes & { readonly ref?: import('react').Ref<WamigrateGuideElement> };
    }
  }
}
