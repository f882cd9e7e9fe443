import { createMigration, type MigrationSnapshot, webStorage } from '@wamigrate/core';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { expect } from 'vitest';
import type { WamigrateGuideElement } from '../src';

/** Adds a `<wamigrate-guide>` with these attributes to the page and waits for its first render. */
export async function mountGuide(attributes: Record<string, string> = {}): Promise<WamigrateGuideElement> {
  const element = document.createElement('wamigrate-guide');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await expect
    .poll(() =>
      inShadow(element, '[data-scope="migration-guide"]:is([data-part="heading"], [data-part="scenario-title"])'),
    )
    .not.toBeNull();
  return element;
}

export const inShadow = <E extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot?.querySelector<E>(selector) ?? null;

export const activeInShadow = (element: Element) => element.shadowRoot?.activeElement ?? null;

/** Progress stored under `key` as if the user had walked there: the scenario picked, requirements met. */
export function storeProgress(key: string, scenarioId: string, until: (snapshot: MigrationSnapshot) => boolean) {
  const migration = createMigration({ storage: webStorage(localStorage), storageKey: key });
  migration.send({ type: 'SELECT_SCENARIO', scenarioId });
  meetRequirements(migration);
  walkTo(migration, until);
  const snapshot = migration.getSnapshot();
  migration.destroy();
  return snapshot;
}

// axe-core descends into open shadow roots, so the React package's check covers the element too.
export { expectNoAxeViolations } from '../../react/test/axe.ts';
