// `import '@wamigrate/react/styles.css'` (and styles.layer.css) is a stylesheet for the bundler: nothing
// to import by name. This declaration lets TypeScript check it under `noUncheckedSideEffectImports`.
export {};
