import { MESSAGE_NAMESPACE, type MessageTree, resources } from '@wamigrate/core/messages';
import { describe, expect, it } from 'vitest';
import { uiMessages } from '../src/messages';

/** Every leaf as `path -> text`, with plural suffixes folded into the base key. */
function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path.replace(/_(zero|one|two|few|many|other)$/u, ''), value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/gu)].map((m) => m[1]).sort();

describe('the package catalogues', () => {
  const en = leaves(uiMessages.en);
  const ja = leaves(uiMessages.ja);

  it('have the same keys in English and Japanese', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of en) expect(placeholders(ja.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('have no empty text and no English left untranslated in Japanese', () => {
    for (const [key, text] of en) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of ja) {
      expect(text.trim(), key).not.toBe('');
      // A Japanese text equal to the English one is a forgotten translation, unless it has no words.
      if (/[A-Za-z]{3,}/u.test(text.replace(/\{\{[^}]*\}\}/gu, ''))) expect(text, key).not.toBe(en.get(key));
    }
  });

  it('do not shadow any key of the core catalogue', () => {
    const core = resources.en[MESSAGE_NAMESPACE];
    for (const top of Object.keys(uiMessages.en)) expect(Object.keys(core), top).not.toContain(top);
  });
});
