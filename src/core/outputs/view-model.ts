/**
 * The one view model every output renders from: pages, feeds, calendar,
 * badges, share texts. Built once per build and language from the config,
 * the incidents and `now`; it carries the language's translator, so every
 * fixed text and every date comes out in that language.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import type { HistoryPage } from '../state/history.ts';
import { renderMarkdownBoth, type RenderedMarkdown } from './markdown.ts';
import { basePath, sitePaths, updateAnchor, type SitePaths } from './paths.ts';
import type { ComponentConfig, GroupConfig, SiteConfig } from '../config/schema.ts';
import { defaultLocale, siteLocales, stringOverrides } from '../config/languages.ts';
import { formatDuration, formatPercent } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { formatTimestamp } from '../incident/time.ts';
import {
  buildSiteState,
  UPTIME_DAYS,
  UPTIME_PERIODS,
  RECENT_DAYS,
  type IncidentState,
  type SiteState,
  type UptimeState,
} from '../state/site-state.ts';
import type { UptimeDay } from '../state/uptime.ts';
import type { ComponentStatus, UpdateStatus } from '../incident/vocabulary.ts';

export { UPTIME_DAYS, UPTIME_PERIODS, RECENT_DAYS };

export interface UpdateView extends IncidentUpdate {
  label: string;
  /** The language of the message when it is not the page's (no translation: the default language's text). */
  lang?: string;
  anchor: string;
  url: string;
  /** Sanitized HTML of the message, rendered once on first use. */
  readonly html: string;
  /** Plain text of the message, for feeds, the API and share texts; rendered once on first use. */
  readonly text: string;
}

export interface IncidentView {
  incident: Incident;
  slug: string;
  url: string;
  title: string;
  /** The language of the title when it is not the page's (no translation: the default language's). */
  titleLang?: string;
  type: Incident['type'];
  impact: Incident['impact'];
  impactLabel: string;
  status: UpdateStatus;
  statusLabel: string;
  active: boolean;
  upcoming: boolean;
  /** Over, and the same at any later clock (see isSettledAt). */
  settled: boolean;
  start: Date;
  end?: Date;
  durationLabel: string;
  components: AffectedView[];
  updates: UpdateView[];
  /** When each update was posted, in the order of `updates`, without making their views (feeds and the API scan all). */
  readonly updateTimes: readonly Date[];
  latest: UpdateView;
  /** While active: when the newest update promised the next one, while that is still ahead. */
  nextUpdate?: Date;
  /** While active and overdue (the promise passed, or silent past the cadence): how long since the last update. */
  lastUpdateAgo?: string;
  postmortemUrl?: string;
  postmortemHtml?: string;
  postmortemLang?: string;
}

/** A component an incident names. */
export interface AffectedView {
  id: string;
  name: string;
  /** The status the incident gave it, as written (feeds and the API say it so). */
  status: ComponentStatus;
  statusLabel: string;
  url: string;
  /** What its pill on a page says, true at `now`; none for a notice (it changes no status). */
  pill?: Pill;
}

/**
 * A status pill, true at `now`: the status in its colour while the incident is on ("Partial outage"),
 * "Scheduled" before a maintenance window, and in the past tense after it ended ("Had a partial outage"),
 * both in neutral colours.
 */
export interface Pill {
  tone: ComponentStatus | 'neutral';
  label: string;
  /** Before a maintenance window: the pill during it and after it, for the script to switch by the reader's clock. */
  during?: Pill;
  after?: Pill;
}

/** Uptime over one of UPTIME_PERIODS, as its bars show it at some width. */
export interface UptimePeriod {
  days: (typeof UPTIME_PERIODS)[number];
  /** "99.93%"; undefined when no day of the period has data yet. */
  percent?: string;
  /** The first tracked day, when tracking began within the period: the percentage covers the days since. */
  since?: string;
}

export interface ComponentView extends ComponentConfig {
  url: string;
  status: ComponentStatus;
  statusLabel: string;
  uptimeDays: UptimeDay[];
  /** The percentage for each period the bars can show, widest first. */
  uptime: UptimePeriod[];
  incidents: IncidentView[];
  /** Its past and current incidents in the uptime window (from local midnight of the first bar's day). */
  windowIncidents: IncidentView[];
  /** Its maintenance still to come, soonest first: listed apart, above what happened. */
  upcoming: IncidentView[];
  /** Its own paged history, newest first (upcoming maintenance is not history yet). */
  history: HistoryPage[];
}

export interface GroupView extends GroupConfig {
  components: ComponentView[];
  status: ComponentStatus;
  uptimeDays: UptimeDay[];
  uptime: UptimePeriod[];
}

/** A language of the site, for the switcher and `hreflang`. */
export interface LanguageView {
  locale: Locale;
  lang: string;
  /** Its own name for itself ("Deutsch"). */
  name: string;
  /** The folder of its pages: '' for the default language. */
  path: string;
}

export interface SiteView {
  config: SiteConfig;
  now: Date;
  paths: SitePaths;
  /** This view's language: its texts, dates and numbers. */
  i18n: Translator;
  /** The site's languages, the default first; one on a site in one language. */
  languages: LanguageView[];
  /** This view's language among them. */
  language: LanguageView;
  overall: { status: ComponentStatus; label: string };
  /** Active incidents, most recently updated first. */
  activeIncidents: IncidentView[];
  activeMaintenance: IncidentView[];
  /** Maintenance still to come, soonest first: on the home page and above the history, never inside it. */
  upcomingMaintenance: IncidentView[];
  notices: IncidentView[];
  components: ComponentView[];
  /** Groups in config order; components without a group come as a group of their own with an empty id. */
  sections: GroupView[];
  /** The last RECENT_DAYS days, today first; `tracked` is false before the site's first tracked day (no data). */
  /** Today first; `from`: the oldest day of a run of days on which the same incidents only went on. */
  recentDays: { day: string; from?: string; incidents: IncidentView[]; tracked: boolean }[];
  incidents: IncidentView[];
  /** What has begun, newest first, in pages. */
  history: HistoryPage[];
  incidentBySlug: Map<string, IncidentView>;
  /** The newest update on the site at `now` (window transitions too): the page's version stamp. */
  updatedAt: Date;
}

/** The site's languages: the default one's pages at the root, each other's under its folder. */
export function siteLanguages(config: SiteConfig): LanguageView[] {
  const first = defaultLocale(config);
  return siteLocales(config).map((locale) => ({
    locale,
    lang: LOCALES[locale].lang,
    name: translator(locale, stringOverrides(config, locale)).t('language.name'),
    path: locale === first ? '' : LOCALES[locale].path,
  }));
}

/** One view per language of the site, the default first: the state once, then each language's words over it. */
export function buildSiteViews(config: SiteConfig, incidents: readonly Incident[], now: Date): SiteView[] {
  const state = buildSiteState(config, incidents, now);
  return siteLocales(config).map((locale) => localize(state, locale));
}

export function buildSiteView(
  config: SiteConfig,
  incidents: readonly Incident[],
  now: Date,
  locale: Locale = defaultLocale(config),
): SiteView {
  return localize(buildSiteState(config, incidents, now), locale);
}

/** A language's view of the site state: its words, dates and numbers, and its pages' addresses. */
export function localize(state: SiteState, locale: Locale = defaultLocale(state.config)): SiteView {
  const { config, now } = state;
  const languages = siteLanguages(config);
  const language = languages.find((candidate) => candidate.locale === locale) ?? languages[0];
  const i18n = translator(language.locale, stringOverrides(config, language.locale));
  const paths = sitePaths(basePath(config.url), language.path);
  const componentById = new Map(config.components.map((component) => [component.id, component]));
  const fallbackLang = language.locale === languages[0].locale ? undefined : languages[0].lang;
  const context: ViewContext = { now, paths, componentById, i18n, fallbackLang };
  const periods = (uptime: UptimeState): UptimePeriod[] =>
    uptime.periods.map((period) => {
      const view: UptimePeriod = { days: period.days };
      if (period.percent !== undefined) view.percent = formatPercent(period.percent, i18n);
      if (period.since !== undefined) view.since = period.since;
      return view;
    });

  const views = state.incidents.map((incident) => incidentView(incident, context));
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  const viewOf = (incident: Incident) => bySlug.get(incident.slug)!;
  const viewsOf = (states: readonly IncidentState[]) => states.map((incident) => viewOf(incident.incident));

  const components = new Map<string, ComponentView>();
  for (const component of state.components) {
    components.set(component.component.id, {
      ...component.component,
      url: paths.component(component.component.id),
      status: component.status,
      statusLabel: i18n.t(`componentStatus.${component.status}`),
      uptimeDays: component.uptime.days,
      uptime: periods(component.uptime),
      incidents: viewsOf(component.incidents),
      windowIncidents: viewsOf(component.windowIncidents),
      upcoming: viewsOf(component.upcoming),
      history: component.history,
    });
  }
  const sections = state.sections.map((section): GroupView => ({
    ...section.group,
    components: section.components.map((component) => components.get(component.component.id)!),
    status: section.status,
    uptimeDays: section.uptime?.days ?? [],
    uptime: section.uptime ? periods(section.uptime) : [],
  }));

  return {
    config,
    now,
    paths,
    i18n,
    languages,
    language,
    overall: { status: state.overall, label: i18n.t(`overall.${state.overall}`) },
    activeIncidents: viewsOf(state.activeIncidents),
    activeMaintenance: viewsOf(state.activeMaintenance),
    upcomingMaintenance: viewsOf(state.upcomingMaintenance),
    notices: viewsOf(state.notices),
    components: [...components.values()],
    sections,
    recentDays: state.recentDays.map((day) => ({
      day: day.day,
      ...(day.from ? { from: day.from } : {}),
      incidents: day.incidents.map(viewOf),
      tracked: day.tracked,
    })),
    incidents: views,
    history: state.history,
    incidentBySlug: bySlug,
    updatedAt: state.updatedAt,
  };
}

interface ViewContext {
  now: Date;
  paths: SitePaths;
  componentById: Map<string, ComponentConfig>;
  i18n: Translator;
  /** The default language's `lang`, when this view is in another: marks text shown untranslated. */
  fallbackLang?: string;
}

/** A text in this view's language, or the default language's (marked with its `lang`) when there is no translation. */
function translated(
  original: string,
  translations: Record<string, string> | undefined,
  context: ViewContext,
): { text: string; lang?: string } {
  const own = translations?.[context.i18n.locale];
  if (own !== undefined || !context.fallbackLang) return { text: own ?? original };
  return { text: original, lang: context.fallbackLang };
}

/**
 * Rendering Markdown is the costliest step of a build: each
 * message is rendered once, and only when a page or feed needs it.
 */
function updateView(update: IncidentUpdate, incident: Incident, context: ViewContext): UpdateView {
  let rendered: RenderedMarkdown | undefined;
  // The window's own updates are Outpost's words: in the view's language (pages write the end time as they
  // write every time: src/site/components/UpdateMessage.astro).
  const message = update.automatic
    ? {
        text:
          update.status === 'completed'
            ? context.i18n.t('maintenance.ended')
            : context.i18n.t('maintenance.started', { end: formatTimestamp(incident.scheduled!.end) }),
      }
    : translated(update.markdown, update.translations, context);
  const view: UpdateView = {
    ...update,
    markdown: message.text,
    label: context.i18n.t(`status.${update.status}`),
    anchor: updateAnchor(update.id),
    url: context.paths.update(incident.slug, update.id),
    get html() {
      return (rendered ??= renderMarkdownBoth(message.text)).html;
    },
    get text() {
      return (rendered ??= renderMarkdownBoth(message.text)).text;
    },
  };
  if (message.lang) view.lang = message.lang;
  return view;
}

/** What an affected component's pill says at `now` (see Pill). */
function pillOf(
  view: Pick<IncidentView, 'active' | 'upcoming' | 'end'>,
  status: ComponentStatus,
  i18n: Translator,
): Pill {
  if (view.active) return { tone: status, label: i18n.t(`componentStatus.${status}`) };
  if (view.upcoming) {
    return {
      tone: 'neutral',
      label: i18n.t('status.scheduled'),
      during: { tone: status, label: i18n.t(`componentStatus.${status}`) },
      after: { tone: 'neutral', label: i18n.t(`componentStatusPast.${status}`) },
    };
  }
  if (view.end) return { tone: 'neutral', label: i18n.t(`componentStatusPast.${status}`) };
  // Written ahead of its start (an incident dated later): nothing has happened yet.
  return { tone: 'neutral', label: i18n.t('status.scheduled') };
}

function incidentView(state: IncidentState, context: ViewContext): IncidentView {
  const { paths, componentById, i18n } = context;
  const { incident, active, upcoming, end } = state;
  // Made on first use: a page kept from the last build never needs them, and a line in the history not all.
  let updates: UpdateView[] | undefined;
  let times: Date[] | undefined;
  let durationLabel: string | undefined;
  let components: IncidentView['components'] | undefined;
  const title = translated(incident.title, incident.titleTranslations, context);
  const view: IncidentView = {
    incident,
    slug: incident.slug,
    url: paths.incident(incident.slug),
    title: title.text,
    type: incident.type,
    impact: incident.impact,
    impactLabel: i18n.t(`impact.${incident.impact}`),
    status: state.status,
    statusLabel: i18n.t(`status.${state.status}`),
    active,
    upcoming,
    settled: state.settled,
    start: state.start,
    end,
    get durationLabel() {
      return (durationLabel ??= formatDuration(state.durationMs, i18n));
    },
    get components() {
      return (components ??= incident.components.map((affected) => ({
        id: affected.id,
        name: componentById.get(affected.id)?.name ?? affected.id,
        status: affected.status,
        statusLabel: i18n.t(`componentStatus.${affected.status}`),
        url: paths.component(affected.id),
        ...(incident.type === 'notice' ? {} : { pill: pillOf({ active, upcoming, end }, affected.status, i18n) }),
      })));
    },
    get updates() {
      return (updates ??= state.updates.map((update) => updateView(update, incident, context)));
    },
    get updateTimes() {
      return (times ??= state.updates.map((update) => update.at));
    },
    get latest() {
      return this.updates[0];
    },
  };
  if (title.lang) view.titleLang = title.lang;
  if (state.silentMs !== undefined) view.lastUpdateAgo = formatDuration(state.silentMs, i18n);
  if (state.nextUpdate) view.nextUpdate = state.nextUpdate;
  if (incident.postmortemUrl) view.postmortemUrl = incident.postmortemUrl;
  if (incident.postmortemMarkdown) {
    const postmortem = translated(incident.postmortemMarkdown, incident.postmortemTranslations, context);
    view.postmortemHtml = renderMarkdownBoth(postmortem.text).html;
    if (postmortem.lang) view.postmortemLang = postmortem.lang;
  }
  return view;
}
