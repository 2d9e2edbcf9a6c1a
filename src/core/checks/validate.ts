/**
 * The validator: site config and every incident, all problems in one run.
 * Pure; the tools and the build read the files and pass them in.
 */
import type { Incident } from '../incident/model.ts';
import { clockRuleNotice, guidanceLanguageNotice, guidanceProblems, wordGuidance } from './guidance.ts';
import { parseIncident, type ParseContext } from '../incident/parse.ts';
import { slugFromPath } from '../incident/slug.ts';
import { FUTURE_TOLERANCE_MS } from '../incident/body.ts';
import { formatTimestamp } from '../incident/time.ts';
import { memoizeByReference } from '../base/memo.ts';
import { hasErrors, type Problem } from '../base/problems.ts';
import { ComponentSchema, SiteConfigSchema, type SiteConfig } from '../config/schema.ts';
import { describeZodIssues, dottedPath } from '../base/zod-issues.ts';
import {
  CONTROL_CHARACTER_EXPECTED,
  CONTROL_CHARACTER_RULE,
  controlCharacterMessage,
  findControlCharacter,
  stringsIn,
  withoutControlCharacters,
} from '../base/control-characters.ts';
import { GUIDANCE_RULES } from '../config/guidance-rules.ts';
import { REMOVED_OPTIONS, removedOptionAt, type RemovedOption } from '../config/removed-options.ts';
import { siteLocales } from '../config/languages.ts';
import { channelFields } from '../channels/channels.ts';
import { MAX_HTML_DEPTH, unrenderable } from '../outputs/markdown.ts';

export interface SourceFile {
  /** Relative to the project root, as shown in messages. */
  path: string;
  text: string;
  /** A hash of the text, when the reader knows it (src/project/file-index.ts): what a cache knows the text by. */
  hash?: string;
}

export interface ConfigResult {
  config?: SiteConfig;
  problems: Problem[];
}

const CONFIG_FIELDS: Record<string, string[]> = {
  '': Object.keys(SiteConfigSchema.shape ?? {}),
};

/**
 * Validates the `outpost({...})` options; each problem is prefixed with its dotted path. An option
 * a release removed (`removed`) is reported with that version and what to write instead.
 */
export function parseSiteConfig(
  raw: unknown,
  file: string,
  removed: readonly RemovedOption[] = REMOVED_OPTIONS,
): ConfigResult {
  const parsed = SiteConfigSchema.safeParse(raw ?? {}, { reportInput: true });
  const controls = configControlCharacters(raw, file);
  if (parsed.success) return controls.length === 0 ? { config: parsed.data, problems: [] } : { problems: controls };
  const known = (path: PropertyKey[]) => {
    if (path.length === 0) return CONFIG_FIELDS[''];
    if (path[0] === 'components') return Object.keys(ComponentSchema.shape);
    if (path[0] === 'guidance') return [...GUIDANCE_RULES];
    if (path[0] === 'groups') return ['id', 'name', 'description'];
    if (path[0] === 'logo') return ['src', 'dark', 'alt'];
    if (path[0] === 'links') return ['label', 'href'];
    if (path[0] === 'accentColor') return ['light', 'dark'];
    if (path[0] === 'announce')
      return channelFields((raw as { announce?: { kind?: unknown }[] })?.announce?.[Number(path[1])]?.kind);
    return [];
  };
  const problems = describeZodIssues(parsed.error.issues, known).map((issue): Problem => {
    const gone = issue.rule === 'unknown-field' ? removedOptionAt(issue.path, removed) : undefined;
    return {
      file,
      line: 0,
      column: 0,
      severity: 'error',
      rule: gone ? 'config-removed-option' : `config-${issue.rule}`,
      message: gone
        ? `"${dottedPath(issue.path)}" was removed in Outpost ${gone.removedIn}; ${gone.instead}`
        : issue.message.startsWith(dottedPath(issue.path)) || (issue.message.startsWith('"') && issue.atKey)
          ? issue.message
          : `${dottedPath(issue.path)}: ${issue.message}`,
      expected: gone
        ? `the options of Outpost ${gone.removedIn} and later (its CHANGELOG entry says what changed)`
        : issue.expected,
      example: gone ? CONFIG_EXAMPLE : (issue.example ?? CONFIG_EXAMPLE),
    };
  });
  return { problems: [...problems, ...controls] };
}

/** Every text of the config, whatever its option (names, descriptions, labels, `strings`): no control characters. */
function configControlCharacters(raw: unknown, file: string): Problem[] {
  return stringsIn(raw).flatMap(({ path, text }): Problem[] => {
    const found = findControlCharacter(text);
    if (!found) return [];
    const key = path[path.length - 1];
    const name = typeof key === 'string' ? `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : jsString(key)}: ` : '';
    return [
      {
        file,
        line: 0,
        column: 0,
        severity: 'error',
        rule: `config-${CONTROL_CHARACTER_RULE}`,
        message: controlCharacterMessage(dottedPath(path) || 'the config', found, text),
        expected: CONTROL_CHARACTER_EXPECTED,
        example: `${name}${jsString(withoutControlCharacters(text))}`,
      },
    ];
  });
}

/** A string as the config file writes it: in single quotes. */
function jsString(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;
}

const CONFIG_EXAMPLE = `outpost({
  name: 'Acme Status',
  url: 'https://status.example.com/',
  timeZone: 'Europe/Berlin',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [{ id: 'checkout', name: 'Checkout', group: 'shop' }],
})`;

export interface IncidentsResult {
  incidents: Incident[];
  problems: Problem[];
}

export interface ValidateOptions {
  now: Date;
  /** Time of the commit that added a line of a file, for headings without a time. */
  timeOfLine?: (path: string, line: number) => Date | undefined;
  /** Incidents parsed before from the same text (kept between runs): a file found there is not parsed again. */
  parsed?: ParsedIncidents;
}

/**
 * What a file parsed into, kept by its text and the components and languages it was parsed for. Only
 * a file without problems is kept; `timed` says its parse asked `timeOfLine` for a heading's time.
 */
export interface ParsedIncidents {
  get(file: SourceFile, context: ParsedContext): Incident | undefined;
  set(file: SourceFile, context: ParsedContext, incident: Incident, timed: boolean): void;
  /** The guidance on the words of the incident kept for a file (wordGuidance), under a config (`config`, its JSON). */
  words?(file: SourceFile, context: ParsedContext, config: string): Problem[] | undefined;
  setWords?(file: SourceFile, context: ParsedContext, config: string, problems: Problem[]): void;
}

export interface ParsedContext {
  componentIds: readonly string[];
  locales?: readonly string[];
}

/**
 * How one incident file of this site is parsed: its components, its languages, its clock. The
 * build, the editing tools and issue-ops all read files through this, so they judge them alike.
 */
export function parseContextFor(
  config: SiteConfig,
  file: string,
  now: Date,
  timeOfLine?: (line: number) => Date | undefined,
): ParseContext {
  return { file, ...parsedFor(config), now, timeOfLine };
}

/** The components and languages every file of a site is parsed for: worked out once per config, not per file. */
const parsedFor = memoizeByReference((config: SiteConfig) => ({
  componentIds: config.components.map((component) => component.id),
  locales: siteLocales(config),
}));

export function validateIncidents(
  files: readonly SourceFile[],
  config: SiteConfig,
  options: ValidateOptions,
): IncidentsResult {
  const problems: Problem[] = [];
  const configKey = options.parsed?.words ? JSON.stringify(config) : '';
  const incidents: Incident[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const slug = slugFromPath(file.path);
    const first = bySlug.get(slug);
    if (first !== undefined) {
      problems.push({
        file: file.path,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'duplicate-slug',
        message: `the slug "${slug}" is already used by ${first}`,
        expected: 'one file per slug: the slug is the file name and the page URL',
        example: `${slug}-2.md`,
      });
    } else bySlug.set(slug, file.path);
    const timeOfLine = options.timeOfLine;
    try {
      const context = parseContextFor(config, file.path, options.now);
      // A file parsed before is the same incident, unless the clock is now before one of its updates (then it is parsed
      // again, to say so): parsing depends on the clock only there.
      let incident = options.parsed?.get(file, context);
      if (
        incident &&
        incident.updates.some((update) => update.at.getTime() > options.now.getTime() + FUTURE_TOLERANCE_MS)
      )
        incident = undefined;
      // Only an incident without problems is kept, rendering included: one found there renders.
      let renderProblems: Problem[] = [];
      if (!incident) {
        let timed = false;
        const timeOf = timeOfLine ? (line: number) => ((timed = true), timeOfLine(file.path, line)) : undefined;
        const result = parseIncident(file.text, { ...context, timeOfLine: timeOf });
        problems.push(...result.problems);
        incident = result.incident;
        renderProblems = incident ? renderingProblems(incident) : [];
        problems.push(...renderProblems);
        if (incident && result.problems.length === 0 && renderProblems.length === 0)
          options.parsed?.set(file, context, incident, timed);
      }
      if (incident && renderProblems.length === 0) {
        incidents.push(incident);
        // The guidance on its words is kept with the incident; what the clock decides is judged every run.
        let words = options.parsed?.words?.(file, context, configKey);
        if (!words) {
          words = wordGuidance(incident, config);
          options.parsed?.setWords?.(file, context, configKey, words);
        }
        problems.push(...guidanceProblems(incident, config, options.now, words));
      }
    } catch (error) {
      // A bug of ours must not stop the other files, nor go unreported: it is this file's problem.
      problems.push({
        file: file.path,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'internal-error',
        message: `Outpost failed on this file: ${(error as Error).message?.split('\n')[0] ?? String(error)}`,
        expected: 'a file Outpost can read; please report this with the file attached',
      });
    }
  }
  return { incidents, problems };
}

/**
 * Every message is rendered here, as the build will: what can't
 * be rendered is a problem at its line, not a failed build.
 */
function renderingProblems(incident: Incident): Problem[] {
  const problems: Problem[] = [];
  const check = (markdown: string, line: number) => {
    const why = unrenderable(markdown);
    if (why) {
      problems.push({
        file: incident.file,
        line,
        column: 1,
        severity: 'error',
        rule: 'unrenderable-message',
        message: `this message can't be published: ${why}`,
        expected: `Markdown, with raw HTML nested at most ${MAX_HTML_DEPTH} levels`,
        example: 'Some customers see errors when paying. Next update by 18:40 UTC.',
      });
    }
  };
  for (const update of incident.updates) {
    check(update.markdown, update.bodyLine ?? update.line);
    for (const translation of Object.values(update.translations ?? {})) check(translation, update.line);
  }
  if (incident.postmortemMarkdown) check(incident.postmortemMarkdown, 0);
  for (const translation of Object.values(incident.postmortemTranslations ?? {})) check(translation, 0);
  return problems;
}

export interface ProjectResult {
  config?: SiteConfig;
  incidents: Incident[];
  problems: Problem[];
  ok: boolean;
  /** The clock the site is built at: `now`, or the newest update when an author's clock ran ahead (`siteClock`). */
  now: Date;
}

/**
 * The clock a site is built at. An update dated up to FUTURE_TOLERANCE_MS after `now` validates (a clock a few
 * minutes fast); rather than keep it off the page until a later build, the site is built as of that update.
 * The notice says so, naming the update.
 */
export function siteClock(incidents: readonly Incident[], now: Date): { now: Date; notice?: Problem } {
  let ahead: { incident: Incident; update: Incident['updates'][number] } | undefined;
  // As numbers: every update of the site is looked at.
  let newest = now.getTime();
  const limit = newest + FUTURE_TOLERANCE_MS;
  for (const incident of incidents) {
    for (const update of incident.updates) {
      const at = update.at.getTime();
      if (at > newest && at <= limit) {
        ahead = { incident, update };
        newest = at;
      }
    }
  }
  if (!ahead) return { now };
  const minutes = Math.ceil((ahead.update.at.getTime() - now.getTime()) / 60_000);
  return {
    now: ahead.update.at,
    notice: {
      file: ahead.incident.file,
      line: ahead.update.line,
      column: 1,
      severity: 'notice',
      rule: 'clock-behind',
      message:
        `this update is dated ${formatTimestamp(ahead.update.at)}, ` +
        `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} after the build's clock (${formatTimestamp(now)}); ` +
        `the site is built as of ${formatTimestamp(ahead.update.at)} so that it shows`,
    },
  };
}

/** Config and incidents together: incidents are checked only against a valid config. */
export function validateProject(
  rawConfig: unknown,
  configFile: string,
  files: readonly SourceFile[],
  options: ValidateOptions,
): ProjectResult {
  const configResult = parseSiteConfig(rawConfig, configFile);
  if (!configResult.config) return { incidents: [], problems: configResult.problems, ok: false, now: options.now };
  const result = validateIncidents(files, configResult.config, options);
  const notices = [
    files.length > 0 ? guidanceLanguageNotice(configResult.config, configFile) : undefined,
    clockRuleNotice(configResult.config, configFile),
  ];
  result.problems.unshift(...notices.filter((notice) => notice !== undefined));
  const clock = siteClock(result.incidents, options.now);
  if (clock.notice) result.problems.push(clock.notice);
  return {
    config: configResult.config,
    incidents: result.incidents,
    problems: result.problems,
    ok: !hasErrors(result.problems),
    now: clock.now,
  };
}
