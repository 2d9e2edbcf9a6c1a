/** What Git knows about the project: when each line was committed, and where the repository lives on GitHub. */
import { execFileSync } from 'node:child_process';

/**
 * Commit times of a file's lines (`git blame`), for update headings written
 * without a time. Undefined for lines not yet committed, and everywhere in a
 * shallow clone, where the oldest commit's time would be a lie.
 *
 * To the minute, the precision `outpost stamp` writes the time in: an update's
 * id (`<slug>#<time>`) is the same before the deploy stamps its heading and
 * after, so it is announced once and its links and feed ids stay.
 */
export function gitLineTimes(root: string, path: string, commit?: string): (line: number) => Date | undefined {
  let times: (Date | undefined)[] | undefined;
  const load = () => {
    times = [];
    try {
      const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      const porcelain = execFileSync('git', ['blame', '--porcelain', ...(commit ? [commit] : []), '--', path], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      const commits = new Map<string, { time?: Date; boundary: boolean; uncommitted: boolean }>();
      let current: { time?: Date; boundary: boolean; uncommitted: boolean } | undefined;
      let finalLine = 0;
      for (const row of porcelain.split('\n')) {
        const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
        if (header) {
          const [, sha, final] = header;
          finalLine = Number(final);
          current = commits.get(sha) ?? { boundary: false, uncommitted: /^0+$/.test(sha) };
          commits.set(sha, current);
          continue;
        }
        if (!current) continue;
        if (row.startsWith('committer-time ')) current.time = new Date(Math.floor(Number(row.slice(15)) / 60) * 60_000);
        else if (row === 'boundary') current.boundary = true;
        else if (row.startsWith('\t')) {
          const trustworthy = !current.uncommitted && !(current.boundary && shallow === 'true');
          times![finalLine] = trustworthy ? current.time : undefined;
        }
      }
    } catch {
      // Not a Git checkout, or the file is not tracked: no times to offer.
    }
  };
  return (line) => {
    if (!times) load();
    return times![line];
  };
}

/** How many of a file's commits `committedVersions` looks back through. */
const HISTORY_LIMIT = 100;

/** A file's committed versions, newest first (none outside a Git checkout, or before its first commit). */
export function* committedVersions(root: string, path: string): Generator<{ commit: string; text: string }> {
  let commits: string[];
  try {
    commits = execFileSync('git', ['log', `--max-count=${HISTORY_LIMIT}`, '--format=%H', '--', path], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    return;
  }
  for (const commit of commits) {
    let text: string;
    try {
      text = execFileSync('git', ['show', `${commit}:${path}`], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      continue; // the commit deleted it
    }
    yield { commit, text };
  }
}

/** `owner/repo` of the GitHub remote, from Actions' environment or `git remote`. */
export function githubRepository(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

/** The GitHub web editor's address for a file, to finish an update on a phone. */
export function githubEditUrl(root: string, path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = githubRepository(root, env);
  if (!repository) return undefined;
  let branch = env.GITHUB_REF_NAME;
  if (!branch) {
    try {
      branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      branch = 'main';
    }
  }
  return `https://github.com/${repository}/edit/${branch}/${path}`;
}
