/**
 * The CLI's one way to GitHub's REST API: the repository and token GitHub Actions sets, the API of
 * GITHUB_API_URL (GitHub Enterprise Server) or github.com's, and Outpost's user agent. Octokit
 * loads only when a command talks to GitHub.
 */
import type { Octokit } from 'octokit';
import { USER_AGENT } from './user-agent.ts';

/** A client for one repository. */
export interface GitHubRepository {
  octokit: Octokit;
  owner: string;
  repo: string;
}

/**
 * The client for GITHUB_REPOSITORY (`owner/name`) with GITHUB_TOKEN; undefined when either is
 * missing, for the caller to say what that means (a dry run, or a usage error).
 */
export async function githubFromEnv(env: NodeJS.ProcessEnv): Promise<GitHubRepository | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const token = env.GITHUB_TOKEN;
  if (!owner || !repo || !token) return undefined;
  const { Octokit } = await import('octokit');
  const baseUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
  return { octokit: new Octokit({ auth: token, baseUrl, userAgent: USER_AGENT }), owner, repo };
}
