import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, createSite, guide, observed, SINGLE_FILE_URL, scenario } from './harness';
import { pickScenario, walkSteps } from './keyboard-walk';

// The one-language builds of the single file, walked as the both-language one is (help-center.test.ts).
const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../packages/element/dist');
const site = createSite();
const heading = (page: Parameters<typeof guide>[0]) =>
  guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('h2')?.textContent ?? null);

describe('the one-language single files, each on its help-centre page, under the strict CSP', () => {
  it.each([
    ['ja', '/help-center/ja/', 'WhatsApp Business の電話番号を移転する', 'hosted-to-self-hosted'],
    ['en', '/help-center/en-us/', 'Move your WhatsApp Business number', 'bsp-to-provider'],
  ])('wamigrate-guide.%s.js: walks a path by keyboard to done, with no error', async (language, page_, title, id) => {
    const singleFile = path.join(DIST, `wamigrate-guide.${language}.js`);
    const { page, errors, requests, origin } = await site.open(page_, { singleFile });
    await expect.poll(() => heading(page)).toBe(title);
    expect(requests.filter((r) => r.startsWith('script '))).toEqual([`script ${origin}${SINGLE_FILE_URL}`]);
    const move = scenario(id);
    await pickScenario(page, move);
    await walkSteps(page, move.steps.length);
    expect(await axeViolations(page)).toEqual([]);
    expect((await observed(page)).cspViolations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['ja', '/help-center/en-us/', 'WhatsApp Business の電話番号を移転する', 'locale="en" is not known; using ja.'],
    ['en', '/help-center/ja/', 'Move your WhatsApp Business number', 'locale="ja" is not known; using en.'],
  ])(
    'wamigrate-guide.%s.js on a page in the other language shows its own and says so',
    async (language, at, title, said) => {
      const singleFile = path.join(DIST, `wamigrate-guide.${language}.js`);
      const { page, errors } = await site.open(at, { singleFile });
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await expect.poll(() => heading(page)).toBe(title);
      expect(warnings.join('\n')).toContain(said);
      expect(errors).toEqual([]);
    },
  );
});
