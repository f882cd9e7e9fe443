import { readFileSync } from 'node:fs';
import { MIGRATION_EVENT_TYPES } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';

/**
 * custom-elements.json is written by hand; this keeps it the element's own description: every attribute the
 * element observes, every event it dispatches, the tag it registers.
 */
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const declaration = manifest.modules[0].declarations[0];

describe('custom-elements.json', () => {
  it('names the tag, every attribute the element observes and every event it dispatches', async () => {
    const { WamigrateGuideElement, TAG_NAME, EVENT_PREFIX } = await import('@wamigrate/element');
    expect(declaration.tagName).toBe(TAG_NAME);
    const observed = (WamigrateGuideElement as unknown as { observedAttributes: string[] }).observedAttributes;
    const described = declaration.attributes.map((a: { name: string }) => a.name);
    for (const name of observed) expect(described).toContain(name);
    expect(declaration.events.map((e: { name: string }) => e.name).sort()).toEqual(
      MIGRATION_EVENT_TYPES.map((t) => `${EVENT_PREFIX}${t}`).sort(),
    );
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });
});
