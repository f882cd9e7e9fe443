/**
 * @wamigrate/react: components that render @wamigrate/core's engine. Each component is compound parts
 * (`Component.Root`, `Component.Item`, ...) plus a ready-made default composition (`<Component />`).
 */

export * from './components/carry-over-summary';
export * from './components/glossary-term';
export * from './components/migration-guide';
export * from './components/migration-stepper';
export * from './components/requirements-checklist';
export * from './components/scenario-picker';
export * from './components/troubleshooting-panel';
export { createGuideI18n, type Messages, type PartialMessages, type Translations } from './i18n/create-i18n';
export {
  type GuideI18n,
  I18nProvider,
  type I18nProviderProps,
  type MessageValues,
  type Translate,
  useGuideI18n,
} from './i18n/i18n-context';
export {
  type MigrationContextValue,
  type MigrationEngineValue,
  MigrationProvider,
  type MigrationProviderProps,
  useMigration,
  useMigrationEngine,
  useMigrationSelector,
  useOptionalMigrationEngine,
} from './migration/migration-context';
export { resolveStorage, type StorageOption } from './migration/resolve-storage';
export { useProfileParams } from './migration/use-profile-params';
export type { HeadingLevel, HeadingPrimitiveProps } from './utils/heading';
export type { Announcement } from './utils/live-region';
export type { AsChildProps, PrimitiveProps } from './utils/primitive';
