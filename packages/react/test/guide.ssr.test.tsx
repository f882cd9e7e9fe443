import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../src';

describe('server-side rendering', () => {
  it('renders the whole guide to a string with no window, in English and Japanese', () => {
    expect(typeof window).toBe('undefined');
    const en = renderToString(<MigrationGuide locale="en" storage="local" />);
    expect(en).toContain('Move your WhatsApp Business number');
    expect(en).toContain('data-scope="scenario-picker"');
    const ja = renderToString(<MigrationGuide locale="ja" storage="session" scenario="bsp-to-provider" />);
    expect(ja).toContain('lang="ja"');
    expect(ja).toContain('data-scope="migration-stepper"');
  });

  it('writes no inline style attribute a strict Content-Security-Policy would block', () => {
    const html = renderToString(<MigrationGuide locale="en" scenario="hosted-to-self-hosted" />);
    expect(html).not.toMatch(/\sstyle="/u);
  });
});
