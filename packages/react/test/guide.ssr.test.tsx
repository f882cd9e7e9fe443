import { ja } from '@wamigrate/core/messages/ja';
import { renderToReadableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../src';

// The fixed path's title, as the Japanese catalogue has it.
const JA_TITLE = '別のBSPからZendeskへ電話番号を移転する';

describe('server-side rendering', () => {
  it('renders the whole guide to a string with no window, in English and, given its catalogue, Japanese', () => {
    expect(typeof window).toBe('undefined');
    const en = renderToString(<MigrationGuide locale="en" />);
    expect(en).toContain('Move your WhatsApp Business number');
    expect(en).toContain('data-scope="scenario-picker"');
    const html = renderToString(<MigrationGuide locale="ja" catalogues={{ ja }} scenario="bsp-to-provider" />);
    expect(html).toContain('lang="ja"');
    expect(html).toContain(JA_TITLE);
    expect(html).toContain('data-scope="migration-stepper"');
  });

  it('a string render in Japanese without its catalogue leaves the guide to the browser, never English', () => {
    const html = renderToString(<MigrationGuide locale="ja" scenario="bsp-to-provider" />);
    expect(html).not.toContain('Move your WhatsApp Business number');
    expect(html).not.toContain('data-scope="migration-stepper"');
  });

  it('a streaming render (Next.js, renderToReadableStream) waits for the Japanese catalogue and sends it', async () => {
    const stream = await renderToReadableStream(<MigrationGuide locale="ja" scenario="bsp-to-provider" />);
    await stream.allReady;
    const html = await new Response(stream).text();
    expect(html).toContain(JA_TITLE);
    expect(html).toContain('data-scope="migration-stepper"');
    expect(html).not.toContain('Move your WhatsApp Business number');
  });

  it('renders the loading line for progress kept in the browser: the server cannot know it, hydration matches', () => {
    for (const storage of ['local', 'session'] as const) {
      const html = renderToString(<MigrationGuide locale="en" storage={storage} scenario="bsp-to-provider" />);
      expect(html).toContain('data-part="loading"');
      expect(html).toContain('Move your WhatsApp Business number');
      expect(html).not.toContain('data-scope="migration-stepper"');
      expect(html).not.toContain('data-scope="scenario-picker"');
    }
  });

  it('writes no inline style attribute a strict Content-Security-Policy would block', () => {
    const html = renderToString(<MigrationGuide locale="en" scenario="hosted-to-self-hosted" />);
    expect(html).not.toMatch(/\sstyle="/u);
  });
});
