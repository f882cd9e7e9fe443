'use client';

import { MigrationGuide } from '@wamigrate/react';

/** The whole guide, progress kept in localStorage: a returning visitor goes on where they stopped. */
export function Guide() {
  return <MigrationGuide locale="en" storage="local" headingLevel={2} />;
}
