'use client';

import { MigrationGuide } from '@wamigrate/react';

/** The guide as a portal page embeds it: progress in localStorage, so a returning visitor goes on. */
export function Guide() {
  return <MigrationGuide locale="en" storage="local" headingLevel={2} />;
}
