import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const SRC_DIR = join(PACKAGE_DIR, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Blanks out comments (always) and the contents of string and template literals (when `strings` is
 * 'blank'), keeping line breaks so a finding can still be placed. `${...}` inside a template is code.
 * Regular-expression literals are recognised by what precedes the slash.
 */
function strip(source: string, strings: 'keep' | 'blank'): string {
  let out = '';
  let i = 0;
  /** Brace depth of each open `${`: when it closes, the template resumes. */
  const templateDepths: number[] = [];
  let depth = 0;
  const blank = (text: string) => text.replace(/[^\n]/gu, ' ');
  const lastSignificant = () => /(\S)\s*$/u.exec(out)?.[1] ?? '';
  const lastWord = () => /([A-Za-z_$][\w$]*)\s*$/u.exec(out)?.[1] ?? '';

  const readString = (quote: string): string => {
    let j = i + 1;
    while (j < source.length && source[j] !== quote) {
      if (source[j] === '\\') j++;
      else if (source[j] === '\n' && quote !== '`') break;
      j++;
    }
    return source.slice(i, j + 1);
  };

  /** The template text from `i` (just after a backtick or a closing `}`) up to the closing backtick or `${`. */
  const readTemplatePart = (): { text: string; opensExpression: boolean } => {
    let j = i;
    while (j < source.length) {
      if (source[j] === '\\') j += 2;
      else if (source[j] === '`') return { text: source.slice(i, j + 1), opensExpression: false };
      else if (source[j] === '$' && source[j + 1] === '{')
        return { text: source.slice(i, j + 2), opensExpression: true };
      else j++;
    }
    return { text: source.slice(i), opensExpression: false };
  };

  const emitTemplatePart = () => {
    const part = readTemplatePart();
    const closer = part.opensExpression ? '${' : '`';
    const body = part.text.slice(0, part.text.length - closer.length);
    out += (strings === 'blank' ? blank(body) : body) + closer;
    i += part.text.length;
    if (part.opensExpression) {
      templateDepths.push(depth);
      depth++;
    }
  };

  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"') {
      const literal = readString(c);
      out += strings === 'blank' ? c + blank(literal.slice(1, -1)) + c : literal;
      i += literal.length;
    } else if (c === '`') {
      out += '`';
      i++;
      emitTemplatePart();
    } else if (c === '{') {
      depth++;
      out += c;
      i++;
    } else if (c === '}') {
      depth--;
      out += c;
      i++;
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
        templateDepths.pop();
        emitTemplatePart();
      }
    } else if (
      c === '/' &&
      (/^[(,=:[!&|?{};+\-*%<>~^]?$/u.test(lastSignificant()) ||
        ['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void', 'yield', 'await'].includes(lastWord()))
    ) {
      // A regular-expression literal: skip to its closing slash (not one inside a character class).
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        else if (source[j] === '/' && !inClass) break;
        j++;
      }
      out += blank(source.slice(i, j + 1));
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'customElements',
  'location',
  'fetch',
  'XMLHttpRequest',
];

/** A browser global's name, not part of a longer name and not a property (`x.location`, `x?.fetch`). */
const GLOBAL_NAME = new RegExp(`(?<![\\w$.])(?:${BROWSER_GLOBALS.join('|')})(?![\\w$])`, 'gu');

/** `location: ...` or `fetch?: ...` names a key or a typed parameter, unless the colon closes a `? :`. */
function isKeyOrParameter(code: string, start: number, end: number): boolean {
  const followedByColon = /^\s*\??:(?!:)/u.test(code.slice(end));
  const afterQuestionMark = /\?\s*$/u.test(code.slice(0, start));
  return followedByColon && !afterQuestionMark;
}

/** `import ... from 'react'`, `export ... from 'react-dom/client'`, `import('react')`, `require('react/x')`. */
const REACT_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])(?:react|react-dom)(?:\/[^'"`]*)?\1/gu;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function browserGlobalsIn(source: string): string[] {
  const code = strip(source, 'blank');
  return [...code.matchAll(GLOBAL_NAME)]
    .filter((m) => !isKeyOrParameter(code, m.index, m.index + m[0].length))
    .map((m) => `${m[0]} (line ${lineOf(code, m.index)})`);
}

function reactImportsIn(source: string): string[] {
  const code = strip(source, 'keep');
  return [...code.matchAll(REACT_IMPORT)].map((m) => `${m[0]} (line ${lineOf(code, m.index)})`);
}

describe('the checks themselves', () => {
  it('find browser globals in code', () => {
    expect(browserGlobalsIn("window.localStorage.getItem('x');")).toEqual(['window (line 1)']);
    expect(browserGlobalsIn('const el = document.createElement("div");')).toEqual(['document (line 1)']);
    expect(browserGlobalsIn('await fetch(url)')).toEqual(['fetch (line 1)']);
    expect(browserGlobalsIn('if (x instanceof HTMLElement) {}')).toEqual(['HTMLElement (line 1)']);
    expect(browserGlobalsIn('const s = localStorage;\nconst l = location.href;')).toEqual([
      'localStorage (line 1)',
      'location (line 2)',
    ]);
    expect(browserGlobalsIn('typeof navigator !== "undefined"')).toEqual(['navigator (line 1)']);
    expect(browserGlobalsIn('const a = b ? sessionStorage : null;')).toEqual(['sessionStorage (line 1)']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source code holding a template literal
    expect(browserGlobalsIn('const t = `${window.name}`;')).toEqual(['window (line 1)']);
    expect(browserGlobalsIn('new XMLHttpRequest(); customElements.define("x", C);')).toEqual([
      'XMLHttpRequest (line 1)',
      'customElements (line 1)',
    ]);
  });

  it('ignore comments, strings, regular expressions, properties and longer names', () => {
    const clean = [
      '// window.localStorage.getItem("x")',
      '/* document.title = fetch(location) */',
      '/** pass `window.localStorage` or `window.sessionStorage` */',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source code holding a template literal
      'const a = \'a pop-up window\'; const b = "the document"; const c = `location ${1} of navigator`;',
      "const mode = 'moving-window';",
      'const r = /window|document/u.test(s);',
      'options.location; options?.fetch; const { location: where } = options;',
      'interface X { readonly fetch: () => void; location?: string }',
      'const windowMs = 1; const myFetch = 2; const $document = 3; const documentation = 4;',
      'const url = "https://example.com//window"; // and then window',
    ].join('\n');
    expect(browserGlobalsIn(clean)).toEqual([]);
  });

  it('find React imports in any form, and ignore them in comments', () => {
    expect(reactImportsIn("import React from 'react';")).toHaveLength(1);
    expect(reactImportsIn('import { useState } from "react";')).toHaveLength(1);
    expect(reactImportsIn("import { jsx } from 'react/jsx-runtime';")).toHaveLength(1);
    expect(reactImportsIn("import { createRoot } from 'react-dom/client';")).toHaveLength(1);
    expect(reactImportsIn("export * from 'react-dom';")).toHaveLength(1);
    expect(reactImportsIn("import 'react';")).toHaveLength(1);
    expect(reactImportsIn("const R = await import('react');")).toHaveLength(1);
    expect(reactImportsIn("const R = require('react');")).toHaveLength(1);
    expect(reactImportsIn("// import React from 'react';\n/* from 'react-dom' */")).toEqual([]);
    expect(reactImportsIn("import { z } from 'zod/mini'; import x from 'reactive';")).toEqual([]);
  });
});

describe('the core is headless', () => {
  const files = filesUnder(SRC_DIR);
  const sources = files.filter((f) => /\.[cm]?[jt]sx?$/u.test(f));

  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.map((f) => relative(SRC_DIR, f))).toContain('index.ts');
    // Every file under src is a source file: nothing slips past the checks by its extension.
    expect(files.filter((f) => !sources.includes(f))).toEqual([]);
  });

  it('no source file is JSX', () => {
    expect(sources.filter((f) => /x$/u.test(f)).map((f) => relative(SRC_DIR, f))).toEqual([]);
  });

  it('no source file imports React', () => {
    const found = sources.flatMap((f) =>
      reactImportsIn(readFileSync(f, 'utf8')).map((m) => `${relative(SRC_DIR, f)}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  it('no source file uses a browser global', () => {
    const found = sources.flatMap((f) =>
      browserGlobalsIn(readFileSync(f, 'utf8')).map((m) => `${relative(SRC_DIR, f)}: ${m}`),
    );
    expect(found).toEqual([]);
  });
});

describe('package settings', () => {
  const readJson = (path: string): Record<string, unknown> =>
    JSON.parse(strip(readFileSync(path, 'utf8'), 'keep').replace(/,(\s*[}\]])/gu, '$1')) as Record<string, unknown>;
  const pkg = readJson(join(PACKAGE_DIR, 'package.json'));

  it('is free of side effects, so bundlers can drop what a host does not use', () => {
    expect(pkg.sideEffects).toBe(false);
  });

  it('depends on no React package', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      const names = Object.keys((pkg[field] as Record<string, string> | undefined) ?? {});
      expect(
        names.filter((n) => /^(?:react|react-dom|@types\/react(?:-dom)?)$/u.test(n)),
        field,
      ).toEqual([]);
    }
  });

  it('compiles src without DOM or Node typings', () => {
    const tsconfig = readJson(join(PACKAGE_DIR, 'tsconfig.json'));
    expect((tsconfig.compilerOptions as Record<string, unknown>).types).toEqual([]);
    expect(tsconfig.include).toEqual(['src']);
    const base = readJson(join(PACKAGE_DIR, String(tsconfig.extends)));
    const lib = (base.compilerOptions as Record<string, unknown>).lib;
    expect(Array.isArray(lib)).toBe(true);
    expect((lib as string[]).filter((l) => /^dom/iu.test(l))).toEqual([]);
    // A package tsconfig that sets its own lib would override the base one.
    expect((tsconfig.compilerOptions as Record<string, unknown>).lib).toBeUndefined();
  });
});
