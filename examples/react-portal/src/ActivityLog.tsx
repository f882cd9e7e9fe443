import type { MigrationAnalyticsEvent } from '@wamigrate/core';
import { useMemo } from 'react';
import { type Lang, STRINGS } from './strings';

export interface LogEntry {
  readonly seq: number;
  readonly event: MigrationAnalyticsEvent;
}

/** The ids (and the status or reason) an event carries: never personal data, see the README. */
function details(event: MigrationAnalyticsEvent): string {
  return Object.entries(event)
    .filter(([key, value]) => (key.endsWith('Id') || ['status', 'reason', 'code'].includes(key)) && value !== null)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(' · ');
}

export function ActivityLog({ lang, entries }: { lang: Lang; entries: readonly LogEntry[] }) {
  const t = STRINGS[lang];
  const time = useMemo(() => new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }), [lang]);
  return (
    <aside className="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t.activity}</h2>
      <div role="log" aria-label={t.activityLog}>
        {entries.length === 0 ? (
          <p className="activity-empty">{t.activityEmpty}</p>
        ) : (
          <ol className="activity-list">
            {entries.map(({ seq, event }) => (
              <li key={seq}>
                <time dateTime={new Date(event.at).toISOString()}>{time.format(event.at)}</time>{' '}
                <code>{event.type}</code>
                {details(event) && <span className="activity-details">{details(event)}</span>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </aside>
  );
}
