/**
 * The one user agent of every request the CLI makes: GitHub's API (Octokit), the announcement
 * channels (webhooks, Mastodon, Bluesky) and an imported page's API. It names the program, its
 * version and where to read about it, as `outpost/0.1.0 (+https://…)`, so that a service's
 * operator who sees the calls knows who makes them.
 */
import { readFileSync } from 'node:fs';

export interface PackageFacts {
  name: string;
  version: string;
  homepage?: string;
}

/** The user agent of a package: its homepage when package.json has one, its page on npm otherwise. */
export function userAgentOf({ name, version, homepage }: PackageFacts): string {
  return `${name}/${version} (+${homepage ?? `https://www.npmjs.com/package/${name}`})`;
}

// package.json is two folders up from src/cli/ (a checkout) and from dist-pkg/cli/ (the installed package).
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageFacts;

export const USER_AGENT = userAgentOf(PACKAGE);
