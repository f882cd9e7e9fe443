export { MigrationGuide, type MigrationGuideProps } from './migration-guide';
