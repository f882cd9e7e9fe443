import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogues, pendingDetails } from '../src/i18n/catalogues';

afterEach(() => cleanup());

// Japanese is fetched the first time a guide shows it; here it is fetched once before the tests, as a host
// does with `loadCatalogues`, so they can read a guide in Japanese as soon as it renders. The fetch on
// demand itself is tested without this (test/fresh-page/).
await loadCatalogues('ja');
// The troubleshooting details too, which a panel fetches once it has rendered: an entry then opens at once
// in any test, whatever ran before it (test/fresh-page/troubleshooting-details.test.tsx tests the fetch).
await pendingDetails('en');
await pendingDetails('ja');
