/**
 * `@wamigrate/react/server`: what a React Server Component may call or pass on, with no `'use client'`
 * (the main entry is one client module, so nothing in it runs on the server). The components themselves are
 * used from server components by their flat names (`MigrationStepperRoot`, not `MigrationStepper.Root`): a
 * client reference has no properties.
 */

export { type GraphError, parseGraphError } from '@wamigrate/core';
export { matchesCode, matchesText, normaliseText, parseErrorCode } from '@wamigrate/core/connect';
export { stylesheet } from './stylesheet';
export type { HeadingLevel } from './utils/heading';
