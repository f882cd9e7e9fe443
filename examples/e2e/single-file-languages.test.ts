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

  it('the Japanese file on an English page shows its one language and says so in the console', async () => {
    const singleFile = path.join(DIST, 'wamigrate-guide.ja.js');
    const { page, errors } = await site.open('/help-center/en-us/', { singleFile });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.reload();
    await expect.poll(() => heading(page)).toBe('WhatsApp Business の電話番号を移転する');
    expect(warnings.join('\n')).toContain('locale="en"');
    expect(errors).toEqual([]);
  });
});
