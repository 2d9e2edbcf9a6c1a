/// <reference types="astro/client" />
declare module 'virtual:outpost/context' {
  const context: import('./site-context.ts').SiteContext;
  export default context;
}
declare module 'virtual:outpost/logo' {
  const logo: { light: string; dark?: string; alt: string } | undefined;
  export default logo;
}
declare module 'virtual:outpost/user-css' {}
