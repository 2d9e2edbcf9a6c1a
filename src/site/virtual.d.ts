declare module 'virtual:outpost/context' {
  const context: import('./site-context.ts').SiteContext;
  export default context;
}
