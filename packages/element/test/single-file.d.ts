/** The single file a project tests, aliased to dist/wamigrate-guide*.js in vitest.config.ts. */
declare module 'wamigrate-single-file';
