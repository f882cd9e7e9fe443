// `?inline` imports a stylesheet as text: Vite does this itself; the tsup build has a plugin for it.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
