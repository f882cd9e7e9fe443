'use client';

import { MigrationGuide } from '@wamigrate/react';

/**
 * The whole guide, progress kept in localStorage: a returning visitor goes on where they stopped. The page
 * says when the guide is live, hydrated and its progress read (the test walks it from then on).
 */
export function Guide() {
  return (
    <MigrationGuide
      locale="en"
      storage="local"
      headingLevel={2}
      onReady={(snapshot) => {
        document.documentElement.setAttribute('data-guide-ready', snapshot.status);
      }}
    />
  );
}
