import { act, render, screen } from '@testing-library/react';
import type { MigrationSnapshot } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { MigrationProvider, useMigrationSelector } from '../src/migration/migration-context';
import { testMigration } from './helpers';

/** Shows one key of the snapshot, chosen by a prop: the selector changes with it. */
function Key({ name }: { name: 'status' | 'isComplete' | 'scenarioFixed' }) {
  const value = useMigrationSelector((s: MigrationSnapshot) => s[name]);
  return <p data-testid="value">{String(value)}</p>;
}

/** Counts its renders in `renders`; selects only the steps. */
function Steps({ renders }: { renders: number[] }) {
  renders.push(1);
  return <p>{useMigrationSelector((s) => s.steps).length}</p>;
}

describe('useMigrationSelector', () => {
  it('reads a new selector at once, even before the snapshot changes', () => {
    const migration = testMigration();
    const { rerender } = render(
      <MigrationProvider migration={migration}>
        <Key name="status" />
      </MigrationProvider>,
    );
    expect(screen.getByTestId('value').textContent).toBe('ready');
    rerender(
      <MigrationProvider migration={migration}>
        <Key name="isComplete" />
      </MigrationProvider>,
    );
    expect(screen.getByTestId('value').textContent).toBe('false');
  });

  it('re-renders only when what it selects changes', () => {
    const migration = testMigration();
    const seen: number[] = [];
    render(
      <MigrationProvider migration={migration}>
        <Steps renders={seen} />
      </MigrationProvider>,
    );
    const renders = () => seen.length;
    act(() => void migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' }));
    const afterChoosing = renders();
    act(() => void migration.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Sakura' }));
    act(() => void migration.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Sakura Dental' }));
    expect(renders()).toBe(afterChoosing);
  });
});
