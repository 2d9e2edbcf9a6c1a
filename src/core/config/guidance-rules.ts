/** The guidance rules' ids; each can be set to off, warn (default) or error in the site config. */
export const GUIDANCE_RULES = ['cliche', 'cause-not-impact', 'blame', 'overpromise', 'next-update', 'no-scope', 'stale', 'all-clear', 'jargon'] as const;
export type GuidanceRule = (typeof GUIDANCE_RULES)[number];
