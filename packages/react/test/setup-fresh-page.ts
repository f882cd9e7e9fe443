import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Nothing fetched ahead: these tests see a page's first guide (a language not bundled, the phone validator).
afterEach(() => cleanup());
