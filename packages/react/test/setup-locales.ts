import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// No catalogue fetched ahead: these tests see a page's first guide in a language that is not bundled.
afterEach(() => cleanup());
