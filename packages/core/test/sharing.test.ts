import { describe, expect, it } from 'vitest';
import { validateE164Shape } from '../src';
import { lastValueMemo, replaceEqualDeep } from '../src/engine/share';
import { setup } from './helpers';

describe('structural sharing', () => {
  it('keeps every equal part of the previous value, and the previous value itself when all is equal', () => {
    const previous = { a: { b: [1, 2] }, c: { d: 'x' } };
    const next = replaceEqualDeep(previous, { a: { b: [1, 2] }, c: { d: 'y' } });
    expect(next.a).toBe(previous.a);
    expect(next.c).not.toBe(previous.c);
    expect(next).toEqual({ a: { b: [1, 2] }, c: { d: 'y' } });
    expect(replaceEqualDeep(previous, { a: { b: [1, 2] }, c: { d: 'x' } })).toBe(previous);
    expect(replaceEqualDeep([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(replaceEqualDeep({ a: 1 }, { a: 1, b: undefined })).toStrictEqual({ a: 1, b: undefined });
  });

  it('shares what stayed when an array shrinks or grows and when keys come or go, never the previous whole', () => {
    const item = { id: 'x' };
    const shrunk = replaceEqualDeep([item, { id: 'y' }], [{ id: 'x' }]);
    expect(shrunk).toStrictEqual([{ id: 'x' }]);
    expect(shrunk[0]).toBe(item);
    const grown = replaceEqualDeep([item], [{ id: 'x' }, { id: 'z' }]);
    expect(grown).toStrictEqual([{ id: 'x' }, { id: 'z' }]);
    expect(grown[0]).toBe(item);
    const inner = { n: 1 };
    const previous = { keep: inner, gone: 2 };
    const fewer = replaceEqualDeep(previous, { keep: { n: 1 } });
    expect(fewer).toStrictEqual({ keep: { n: 1 } });
    expect(fewer).not.toBe(previous);
    expect(fewer.keep).toBe(inner);
    const more = replaceEqualDeep({ keep: inner }, { keep: { n: 1 }, added: undefined });
    expect(more).toStrictEqual({ keep: { n: 1 }, added: undefined });
    expect(more.keep).toBe(inner);
    // Same keys in another order are the same value.
    const ordered = { a: 1, b: 2 };
    expect(replaceEqualDeep(ordered, { b: 2, a: 1 })).toBe(ordered);
  });

  it('a keystroke in a field leaves the steps and the other requirements as they were', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+8' });
    const before = store.getSnapshot();
    store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81' });
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.fields).not.toBe(before.fields);
    expect(after.steps).toBe(before.steps);
    expect(after.requirements).toBe(before.requirements);
    expect(after.troubleshooting).toBe(before.troubleshooting);
    expect(after.knowledge).toBe(before.knowledge);
  });

  it('the engine validates the phone number once per change, however often its rules ask', () => {
    let calls = 0;
    const { store } = setup({
      validatePhoneNumber: (input) => {
        calls += 1;
        return validateE164Shape(input);
      },
    });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    calls = 0;
    for (const value of ['+8', '+81', '+819', '+8190', '+81901234567']) {
      store.send({ type: 'SET_FIELD', field: 'phoneNumber', value });
    }
    expect(calls).toBe(5);
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    expect(calls).toBe(5);
  });

  it('remembers only the last answer', () => {
    let calls = 0;
    const twice = lastValueMemo((n: number) => {
      calls += 1;
      return n * 2;
    });
    expect([twice(1), twice(1), twice(2), twice(1)]).toEqual([2, 2, 4, 2]);
    expect(calls).toBe(3);
  });
});
