import { defineConfig } from 'vitest/config';
import { TIME_LIMITS } from '../../vitest.limits.ts';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    ...TIME_LIMITS,
  },
});
