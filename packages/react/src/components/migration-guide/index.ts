export * from './migration-guide';
