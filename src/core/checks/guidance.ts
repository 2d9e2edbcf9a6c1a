/**
 * Outage-communication guidance as validator warnings. Each rule looks at
 * the words of one title or update, reports the line and column of the
 * offending words, quotes them and suggests a better form. Tuned on real
 * outage prose (shared/corpus) so good writing stays silent.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { overdueIncidents, promisedNextUpdate } from '../state/next-update.ts';
import type { Problem } from '../base/problems.ts';
import type { SiteConfig } from '../config/schema.ts';
import { isActiveAt, updatesAt } from '../state/status.ts';
import { formatTimestamp } from '../incident/time.ts';
import { CLOCK_RULES, ENGLISH_WORD_RULES, type GuidanceRule } from '../config/guidance-rules.ts';
import { defaultLocale } from '../config/languages.ts';
import { isTerminalStatus } from '../incident/vocabulary.ts';
import { memoize, memoizeByReference } from '../base/memo.ts';

interface Finding {
  rule: GuidanceRule;
  /** Index into the text where the offending words start. */
  index: number;
  message: string;
  expected: string;
  example?: string;
}

const CLICHES = [
  /\b(?:we\s+)?(?:sincerely\s+|deeply\s+|truly\s+)?apologi[sz]e\s+for\s+(?:any|the)\s+inconvenience\b[^.!\n]*/i,
  /\bapologies\s+for\s+(?:any|the)\s+inconvenience\b[^.!\n]*/i,
  /\b(?:we\s+are\s+|we're\s+)?(?:very\s+)?sorry\s+for\s+(?:any|the)\s+inconvenience\b[^.!\n]*/i,
  /\b(?:we\s+)?regret\s+(?:any|the)\s+inconvenience\b[^.!\n]*/i,
  /\bany\s+inconvenience\s+(?:this|that)\s+(?:may\s+have\s+|might\s+have\s+|has\s+)?caused\b/i,
  /\bwe\s+value\s+your\s+(?:business|patience)\b/i,
];

const CAUSE_WORDS =
  /\b(?:databases?|db|servers?|clusters?|nodes?|pods?|gateways?|dns|failover|connection\s+pool|5xx|50[0-4]s?|kubernetes|k8s|load\s+balancers?|redis|postgres(?:ql)?|mysql|replicas?|shards?|deploy(?:ment)?s?|migrations?|backend|infrastructure|network\s+partition|cpu|memory\s+leak|disk\s+space|certificates?\s+expir\w*|tls|ssl|cdn|queue\s+backlog)\b(?!\.js)/i;

const BLAME = [
  /\b(?:caused|triggered)\s+by\s+(?:an?\s+|our\s+|the\s+)?(?:upstream\s+|third[- ]party\s+|external\s+|cloud\s+|hosting\s+)*(?:provider|vendor|partner|supplier|isp|host)\b/i,
  /\b(?:outside|beyond)\s+(?:of\s+)?our\s+control\b/i,
  /\bnot\s+(?:our|a\s+fault\s+of\s+ours)\s+fault\b|\bnot\s+our\s+fault\b/i,
  /\b(?:due\s+to|because\s+of)\s+(?:an?\s+)?(?:issue|outage|problem|failure|incident)s?\s+(?:at|with|on\s+the\s+side\s+of)\s+(?:our\s+|a\s+|the\s+)?(?:upstream\s+|third[- ]party\s+|external\s+|cloud\s+|hosting\s+)*(?:provider|vendor|partner|supplier)\b/i,
  /\b(?:provider|vendor|partner|supplier)(?:'s|’s)\s+fault\b/i,
];

const FIX_WORDS =
  String.raw`(?:fix(?:ed)?|resolv(?:e|ed)|restor(?:e|ed)|back(?:\s+up|\s+online|\s+to\s+normal)?|` +
  String.raw`working\s+again|up\s+and\s+running|available\s+again)`;
const OVERPROMISE = [
  new RegExp(String.raw`\b${FIX_WORDS}\s+(?:\w+\s+){0,2}?(?:shortly|soon|momentarily|any\s+minute\s+now)\b`, 'i'),
  new RegExp(
    String.raw`\b${FIX_WORDS}\s+(?:\w+\s+){0,2}?(?:in|within)\s+(?:the\s+(?:next\s+)?hour|` +
      String.raw`(?:the\s+next\s+)?(?:a\s+few|\d+|ten|five|fifteen|thirty)\s+(?:minutes?|mins?|hours?))\b`,
    'i',
  ),
  /\b(?:will|should)\s+be\s+(?:fixed|resolved|restored|back)\s+(?:in|within|by)\b[^.!\n]*/i,
  /\bback\s+shortly\b/i,
];

const REASSURANCE =
  /\b(?:normal(?:ly)?|again|restored|back|works?|working|lost|kept|safe|retry|need(?:n't| not| to)|nothing|all\s+(?:orders|data|messages)|no\s+(?:data|orders|action))\b/i;

const compileJargon = memoize((list: string) => {
  const words: string[] = JSON.parse(list);
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return words.length === 0 ? undefined : new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`, 'i');
});

/**
 * One pattern per word list, compiled once: every message of every incident is checked against it. The same
 * list (the site config's) comes with every message: it is found by identity before its words are joined.
 */
const jargonPattern = memoizeByReference((words: readonly string[]) => compileJargon(JSON.stringify(words)));

function firstMatch(text: string, patterns: readonly RegExp[]): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = match;
  }
  return best;
}

/** Rules on an update's message. Exported for table tests. */
export function checkMessage(markdown: string, options: { terminal: boolean; jargon: readonly string[] }): Finding[] {
  const findings: Finding[] = [];
  const phrases: {
    rule: GuidanceRule;
    patterns: readonly RegExp[];
    says: string;
    expected: string;
    example: string;
  }[] = [
    {
      rule: 'cliche',
      patterns: CLICHES,
      says: 'is a cliché customers skip',
      expected: 'say what went wrong for them and what you are doing; an apology, if any, names the impact',
      example: "We're sorry that checkout failed for an hour this morning.",
    },
    {
      rule: 'blame',
      patterns: BLAME,
      says: 'puts the outage on someone else',
      expected: 'take responsibility for your service; naming a provider for context is fine',
      example: 'Payments through our card provider fail. We are working with them and will switch traffic if needed.',
    },
  ];
  for (const phrase of phrases) {
    const match = firstMatch(markdown, phrase.patterns);
    if (match)
      findings.push({
        rule: phrase.rule,
        index: match.index,
        message: `"${match[0].trim()}" ${phrase.says}`,
        expected: phrase.expected,
        example: phrase.example,
      });
  }
  if (!options.terminal) {
    const promise = firstMatch(markdown, OVERPROMISE);
    if (promise && !/next\s+update[^.!\n]*$/i.test(markdown.slice(0, promise.index))) {
      findings.push({
        rule: 'overpromise',
        index: promise.index,
        message: `"${promise[0].trim()}" promises a fix time you may not keep`,
        expected: 'promise the next update, not the fix',
        example: 'We are working on a fix. Next update by 19:10 UTC.',
      });
    }
  }
  const jargon = jargonPattern(options.jargon)?.exec(markdown);
  if (jargon) {
    findings.push({
      rule: 'jargon',
      index: jargon.index,
      message: `"${jargon[0]}" is a technical term customers may not know`,
      expected: 'what customers notice, in their words',
      example: 'Pages take up to 20 seconds to load.',
    });
  }
  return findings;
}

/** A title should say what customers experience, not which part broke. */
export function checkTitle(title: string): Finding | undefined {
  const cause = CAUSE_WORDS.exec(title);
  if (!cause) return undefined;
  return {
    rule: 'cause-not-impact',
    index: cause.index,
    message: `the title names "${cause[0]}", an internal part or cause, not what customers experience`,
    expected: 'what customers notice, in their words',
    example: "title: Some customers can't complete checkout",
  };
}

export function checkAllClear(markdown: string): Finding | undefined {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  if (words >= 12 && REASSURANCE.test(markdown)) return undefined;
  return {
    rule: 'all-clear',
    index: 0,
    message:
      `the Resolved update "${markdown.length > 60 ? `${markdown.slice(0, 57)}…` : markdown}" ` +
      'is too thin to be an all-clear',
    expected: 'what works again, whether anything was lost, and what customers need to do (often: nothing)',
    example:
      'Checkout works normally again. Orders placed during the incident were ' +
      'kept and have all been processed; you do not need to do anything.',
  };
}

function at(update: IncidentUpdate, index: number, markdown = update.markdown): { line: number; column: number } {
  const before = markdown.slice(0, index);
  const newlines = before.split('\n').length - 1;
  return { line: (update.bodyLine ?? update.line + 1) + newlines, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Adds a finding to `problems` at the severity the config gives its rule (or leaves it out when the rule is off). */
function reporter(incident: Incident, config: SiteConfig, problems: Problem[]) {
  // Incidents are written in the default language; the rules that read English words check English only.
  const english = defaultLocale(config) === 'en';
  const severityOf = (rule: GuidanceRule) =>
    !english && ENGLISH_WORD_RULES.includes(rule) ? 'off' : (config.guidance[rule] ?? 'warn');
  return (finding: Finding, line: number, column: number) => {
    const severity = severityOf(finding.rule);
    if (severity === 'off') return;
    // What only the clock decides is never an error: a site that builds today builds every later day.
    const error = severity === 'error' && !CLOCK_RULES.includes(finding.rule);
    problems.push({
      file: incident.file,
      line,
      column,
      severity: error ? 'error' : 'warning',
      rule: finding.rule,
      message: finding.message,
      expected: finding.expected,
      example: finding.example,
    });
  };
}

/**
 * The guidance warnings on an incident's words (its title, its scope, its messages, the all-clear): the
 * same at any clock, so a validation can keep them with the parsed incident.
 */
export function wordGuidance(incident: Incident, config: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  const add = reporter(incident, config, problems);
  if (incident.type === 'incident') {
    const title = checkTitle(incident.title);
    if (title) add(title, incident.titleLine ?? 1, 8 + title.index);
  }
  if (incident.type !== 'notice' && incident.components.length === 0) {
    add(
      {
        rule: 'no-scope',
        index: 0,
        message: "no components are named, so readers can't tell what is affected",
        expected: 'the affected components, from the site config',
        example: `components: [${config.components[0]?.id ?? 'api'}]`,
      },
      incident.titleLine ?? 1,
      1,
    );
  }
  for (const update of incident.updates) {
    const terminal = isTerminalStatus(update.status);
    for (const finding of checkMessage(update.markdown, { terminal, jargon: config.jargon })) {
      const { line, column } = at(update, finding.index);
      add(finding, line, column);
    }
    if (update.status === 'resolved') {
      const finding = checkAllClear(update.markdown);
      if (finding) add(finding, update.line, 1);
    }
  }
  return problems;
}

/**
 * All guidance warnings for one incident at `now`, with each rule's configured severity: those on its
 * words (`words`, when an earlier run kept them), then what the clock decides.
 */
export function guidanceProblems(
  incident: Incident,
  config: SiteConfig,
  now: Date,
  words = wordGuidance(incident, config),
): Problem[] {
  const problems: Problem[] = [...words];
  const add = reporter(incident, config, problems);
  if (incident.type === 'incident' && isActiveAt(incident, now)) {
    const newest = updatesAt(incident, now)[0];
    if (newest && !promisedNextUpdate(newest)) {
      add(
        {
          rule: 'next-update',
          index: 0,
          message: `the newest ${newest.status} update doesn't say when the next one comes`,
          expected: 'a time for the next update, and keeping it',
          example: 'Next update by 19:10 UTC.',
        },
        newest.line,
        1,
      );
    }
    for (const overdue of overdueIncidents([incident], now, config.updateCadenceMinutes)) {
      const why =
        overdue.reason === 'promised'
          ? `the next update was promised by ${formatTimestamp(overdue.due)}`
          : `it has had no update for more than ${config.updateCadenceMinutes} minutes`;
      add(
        {
          rule: 'stale',
          index: 0,
          message: `${why} (now ${formatTimestamp(now)})`,
          expected: 'an update at the top, even if only to say work continues',
          example: `## Update · ${formatTimestamp(now)}\nWe are still working on a fix. Next update by …`,
        },
        newest?.line ?? 1,
        1,
      );
    }
  }
  const forgotten = forgottenProblem(incident, config.openIncidentDays, now);
  if (forgotten) problems.push(forgotten);
  if (incident.example) problems.push(exampleProblem(incident));
  return problems;
}

/** The example `outpost init` wrote: a warning on every check until the file is gone. */
export function exampleProblem(incident: Incident): Problem {
  return {
    file: incident.file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'example-incident',
    message:
      'this is the example incident written by `outpost init`; readers see it on the page until the file is deleted',
    expected: 'the file deleted before the page goes live (it never counts against uptime meanwhile)',
    example: `git rm ${incident.file}`,
  };
}

/**
 * An unresolved incident whose newest update is older than `days`: probably forgotten. A warning for the
 * team, never an error, and the incident stays on the page: it is open until a file says otherwise.
 */
export function forgottenProblem(incident: Incident, days: number, now: Date): Problem | undefined {
  if (incident.type !== 'incident' || !isActiveAt(incident, now)) return undefined;
  const newest = updatesAt(incident, now)[0];
  if (!newest) return undefined;
  const ageDays = (now.getTime() - newest.at.getTime()) / 86_400_000;
  if (ageDays <= days) return undefined;
  return {
    file: incident.file,
    line: newest.line,
    column: 1,
    severity: 'warning',
    rule: 'missing-resolved',
    message:
      `this incident has had no update for ${Math.floor(ageDays)} days and is not resolved; ` +
      'the page still shows it as open',
    expected: `a Resolved update at the top once it is over (or a new update within ${days} days)`,
    example: `## Resolved · ${formatTimestamp(now)}\nEverything works normally again.`,
  };
}

/** The notice for a config that asks for an error from a rule only the clock decides. */
export function clockRuleNotice(config: SiteConfig, configFile: string): Problem | undefined {
  const asked = CLOCK_RULES.filter((rule) => config.guidance[rule] === 'error');
  if (asked.length === 0) return undefined;
  return {
    file: configFile,
    line: 0,
    column: 0,
    severity: 'notice',
    rule: 'guidance-clock',
    message:
      `guidance ${asked.map((rule) => `"${rule}"`).join(', ')} is reported as a warning, not an error: ` +
      'it depends only on the clock, and time passing never stops the page from publishing',
  };
}

/** The one notice of a site not written in English: which rules are off, and why. */
export function guidanceLanguageNotice(config: SiteConfig, configFile: string): Problem | undefined {
  const locale = defaultLocale(config);
  if (locale === 'en') return undefined;
  return {
    file: configFile,
    line: 0,
    column: 0,
    severity: 'notice',
    rule: 'guidance-language',
    message:
      `incidents are written in "${locale}"; ` +
      `the guidance rules that read English words (${ENGLISH_WORD_RULES.join(', ')}) are off. ` +
      'no-scope and stale still apply',
  };
}
