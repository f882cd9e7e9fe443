/**
 * Per-test time limits for every project. They only end a test that hangs: no test is meant to come near
 * them, so a two-core machine running other work beside `npm test` cannot turn a correct change red.
 * Keyboard walks also stop pressing keys once their test is over (see packages/react/test/keyboard.ts).
 */
export const TIME_LIMITS = { testTimeout: 60_000, hookTimeout: 60_000 } as const;
