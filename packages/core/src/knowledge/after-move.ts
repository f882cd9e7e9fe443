import type { Sourced } from './types';

/** What is left to do once every step is done: `afterMove.<id>` in the catalogues. */
export interface AfterMoveTask extends Sourced {
  readonly id: string;
  readonly messageKey: string;
}

const task = (id: string, sources: AfterMoveTask['sources']): AfterMoveTask => ({
  id,
  sources,
  messageKey: `afterMove.${id}`,
});

/**
 * The tasks after a move to another WABA (DOMAIN.md §6.2 S11-S13): two-step verification back on, the new
 * ids and number format everywhere, the templates checked, a message each way. A path may list its own.
 */
export const AFTER_MOVE_TASKS: readonly AfterMoveTask[] = [
  task('two-step-verification-on', ['M4', 'D1', 'D3', 'SP1']),
  task('update-ids', ['D7', 'T3', 'G2', 'CW1']),
  task('check-templates', ['M1', 'M2', 'M16']),
  task('test-messages', ['D7', 'G2']),
];
