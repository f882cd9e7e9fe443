import { defineConfig } from 'vitest/config';
import { TIME_LIMITS } from '../../vitest.limits.ts';

export default defineConfig({
  test: {
    name: 'core',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    ...TIME_LIMITS,
  },
});
