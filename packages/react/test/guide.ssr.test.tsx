import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../src';

describe('server-side rendering', () => {
  it('renders the whole guide to a string with no window, in English and Japanese', () => {
    expect(typeof window).toBe('undefined');
    const en = renderToString(<MigrationGuide locale="en" />);
    expect(en).toContain('Move your WhatsApp Business number');
    expect(en).toContain('data-scope="scenario-picker"');
    const ja = renderToString(<MigrationGuide locale="ja" scenario="bsp-to-provider" />);
    expect(ja).toContain('lang="ja"');
    expect(ja).toContain('data-scope="migration-stepper"');
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
