import { describe, expect, it } from 'vitest';

/**
 * The package as a server or a prerendering build meets it: Node, no DOM. Importing must not throw (a
 * `next build` that prerenders a page importing it broke on `HTMLElement is not defined`).
 */
describe('@wamigrate/element in Node', () => {
  it('imports without a DOM, and define() says it needs a browser', async () => {
    expect(typeof HTMLElement).toBe('undefined');
    const element = await import('@wamigrate/element');
    expect(element.TAG_NAME).toBe('wamigrate-guide');
    expect(typeof element.WamigrateGuideElement).toBe('function');
    expect(() => element.define()).toThrow(/needs a browser/u);
  });
});
