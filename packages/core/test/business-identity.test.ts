import { describe, expect, it } from 'vitest';
import { compareIdentity, validateBusinessManagerId, validateDisplayName } from '../src';
import { businessManagerIdSchema, displayNameSchema } from '../src/schemas';

describe('Meta Business Manager ID', () => {
  it.each([
    ['123456789012345', '123456789012345'],
    [' 1234 5678 9012 345 ', '123456789012345'],
    ['１２３４５６７８９０', '1234567890'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateBusinessManagerId(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty', 'validation.businessManagerId.empty'],
    ['   ', 'empty', 'validation.businessManagerId.empty'],
    ['12345abc', 'not-digits', 'validation.businessManagerId.notDigits'],
    ['-12345', 'not-digits', 'validation.businessManagerId.notDigits'],
    ['<script>alert(1)</script>', 'not-digits', 'validation.businessManagerId.notDigits'],
    ['1'.repeat(300), 'too-long', 'validation.businessManagerId.tooLong'],
  ])('refuses %j with %s', (input, code, messageKey) => {
    expect(validateBusinessManagerId(input)).toEqual({ ok: false, issue: { code, messageKey } });
  });

  it('gives react-hook-form a zod schema whose message is the catalogue key', () => {
    expect(businessManagerIdSchema.safeParse('１２３').data).toBe('123');
    const failed = businessManagerIdSchema.safeParse('abc');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe('validation.businessManagerId.notDigits');
  });
});

describe('display name', () => {
  it('trims and NFC-normalises', () => {
    // "é" typed as e + combining acute becomes one code point.
    expect(validateDisplayName('  Cafe\u0301 Tokyo ')).toEqual({ ok: true, value: 'Café Tokyo' });
  });

  it('keeps characters that are only dangerous in HTML as text', () => {
    expect(validateDisplayName('<img src=x onerror=alert(1)>')).toEqual({
      ok: true,
      value: '<img src=x onerror=alert(1)>',
    });
  });

  it.each([
    ['', 'empty'],
    ['\u3000 ', 'empty'],
    ['Acme\u202Eevil', 'unsafe-characters'],
    ['Acme\u0007', 'unsafe-characters'],
    ['x'.repeat(257), 'too-long'],
  ])('refuses %j with %s', (input, code) => {
    const result = validateDisplayName(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe(code);
  });

  it('has a schema too', () => {
    expect(displayNameSchema.safeParse(' Acme ').data).toBe('Acme');
  });
});

describe('identity rule: the same Business Manager and display name as at the current BSP', () => {
  it('is incomplete until both values are there', () => {
    expect(compareIdentity('business-manager', { current: '123', next: undefined })).toEqual({ status: 'incomplete' });
    expect(compareIdentity('display-name', { current: ' ', next: 'Acme' })).toEqual({ status: 'incomplete' });
  });

  it('matches after normalisation', () => {
    expect(compareIdentity('business-manager', { current: '123 456', next: '１２３４５６' })).toEqual({
      status: 'match',
      value: '123456',
    });
    expect(compareIdentity('display-name', { current: 'Cafe\u0301', next: ' Café ' })).toEqual({
      status: 'match',
      value: 'Café',
    });
  });

  it('says which one differs', () => {
    expect(compareIdentity('business-manager', { current: '123', next: '124' })).toEqual({
      status: 'mismatch',
      problem: {
        field: 'both',
        issue: { code: 'business-manager-mismatch', messageKey: 'validation.identity.businessManagerMismatch' },
      },
    });
    const names = compareIdentity('display-name', { current: 'Acme', next: 'ACME' });
    expect(names.status === 'mismatch' && names.problem.issue.messageKey).toBe(
      'validation.identity.displayNameMismatch',
    );
  });

  it('says which side is malformed', () => {
    const result = compareIdentity('business-manager', { current: '123', next: 'abc' });
    expect(result).toMatchObject({ status: 'invalid', problem: { field: 'next', issue: { code: 'not-digits' } } });
  });
});
