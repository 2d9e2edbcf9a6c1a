/**
 * The one view model every output renders from: pages, feeds, calendar,
 * badges, share texts. Built once per build and language from the config,
 * the incidents and `now`; it carries the language's translator, so every
 * fixed text and every date comes out in that language.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { historyPages, recentDays, sortIncidentsNewestFirst, type HistoryPage } from '../state/history.ts';
import { renderMarkdownBoth, type RenderedMarkdown } from './markdown.ts';
import { nextUpdateDue } from '../checks/next-update.ts';
import { basePath, sitePaths, updateAnchor, type SitePaths } from './paths.ts';
import type { ComponentConfig, GroupConfig, SiteConfig } from '../config/schema.ts';
import { defaultLocale, siteLocales, stringOverrides } from '../config/languages.ts';
import { formatDuration, formatPercent } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import {
  componentStatusAt,
  incidentDurationMs,
  incidentEnd,
  incidentStart,
  incidentStatusAt,
  isActiveAt,
  isSettledAt,
  isUpcomingMaintenance,
  maintenanceTransitions,
  overallStatusAt,
} from '../state/status.ts';
import { formatTimestamp, startOfDay } from '../incident/time.ts';
import { uptimeDays, uptimePercent, type UptimeDay } from '../state/uptime.ts';
import { worstComponentStatus, type ComponentStatus, type UpdateStatus } from '../incident/vocabulary.ts';

export const UPTIME_DAYS = 90;
export const RECENT_DAYS = 14;

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
  components: { id: string; name: string; status: ComponentStatus; statusLabel: string; url: string }[];
  updates: UpdateView[];
  latest: UpdateView;
  /** While active: when the newest update promised the next one, while that is still ahead. */
  nextUpdate?: Date;
  /** While active and overdue (the promise passed, or silent past the cadence): how long since the last update. */
  lastUpdateAgo?: string;
  postmortemUrl?: string;
  postmortemHtml?: string;
  postmortemLang?: string;
}

export interface ComponentView extends ComponentConfig {
  url: string;
  status: ComponentStatus;
  statusLabel: string;
  uptimeDays: UptimeDay[];
  uptimeLabel: string;
  incidents: IncidentView[];
  /** Its incidents in the uptime window (from local midnight of the first bar's day) and planned ones. */
  windowIncidents: IncidentView[];
}

export interface GroupView extends GroupConfig {
  components: ComponentView[];
  status: ComponentStatus;
  uptimeDays: UptimeDay[];
  uptimeLabel: string;
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
  upcomingMaintenance: IncidentView[];
  notices: IncidentView[];
  components: ComponentView[];
  /** Groups in config order; components without a group come as a group of their own with an empty id. */
  sections: GroupView[];
  recentDays: { day: string; incidents: IncidentView[] }[];
  incidents: IncidentView[];
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

/** One view per language of the site, the default first. */
export function buildSiteViews(config: SiteConfig, incidents: readonly Incident[], now: Date): SiteView[] {
  return siteLocales(config).map((locale) => buildSiteView(config, incidents, now, locale));
}

export function buildSiteView(config: SiteConfig, incidents: readonly Incident[], now: Date, locale: Locale = defaultLocale(config)): SiteView {
  const languages = siteLanguages(config);
  const language = languages.find((candidate) => candidate.locale === locale) ?? languages[0];
  const i18n = translator(language.locale, stringOverrides(config, language.locale));
  const paths = sitePaths(basePath(config.url), language.path);
  const componentById = new Map(config.components.map((component) => [component.id, component]));
  const sorted = sortIncidentsNewestFirst(incidents);
  const fallbackLang = language.locale === languages[0].locale ? undefined : languages[0].lang;
  const context: ViewContext = { now, paths, componentById, i18n, fallbackLang, cadenceMinutes: config.updateCadenceMinutes };

  const views = sorted.map((incident) => incidentView(incident, context));
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  const viewOf = (incident: Incident) => bySlug.get(incident.slug)!;

  const components: ComponentView[] = config.components.map((component) => {
    const status = componentStatusAt(component.id, incidents, now);
    const ids = new Set([component.id]);
    const days = uptimeDays(ids, incidents, now, config.timeZone, UPTIME_DAYS);
    const windowStart = startOfDay(days[0].day, config.timeZone);
    const affecting = views.filter((view) => view.components.some((affected) => affected.id === component.id));
    return {
      ...component,
      url: paths.component(component.id),
      status,
      statusLabel: i18n.t(`componentStatus.${status}`),
      uptimeDays: days,
      uptimeLabel: formatPercent(uptimePercent(ids, incidents, now, config.timeZone, UPTIME_DAYS), i18n),
      incidents: affecting,
      windowIncidents: affecting.filter((view) => view.upcoming || (view.end ?? now) >= windowStart),
    };
  });

  const section = (group: GroupConfig, members: ComponentView[]): GroupView => {
    const ids = new Set(members.map((member) => member.id));
    return {
      ...group,
      components: members,
      status: worstComponentStatus(members.map((member) => member.status)),
      uptimeDays: group.id ? uptimeDays(ids, incidents, now, config.timeZone, UPTIME_DAYS) : [],
      uptimeLabel: group.id ? formatPercent(uptimePercent(ids, incidents, now, config.timeZone, UPTIME_DAYS), i18n) : '',
    };
  };
  const sections: GroupView[] = config.groups.map((group) => section(group, components.filter((component) => component.group === group.id)));
  const ungrouped = components.filter((component) => component.group === undefined);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty section is dropped by the filter on `sections` below
  if (ungrouped.length > 0) sections.push(section({ id: '', name: '' }, ungrouped));

  const overall = overallStatusAt(config.components.map((component) => component.id), incidents, now);
  const active = views.filter((view) => view.active && view.type === 'incident');
  active.sort((a, b) => b.latest.at.getTime() - a.latest.at.getTime());

  return {
    config,
    now,
    paths,
    i18n,
    languages,
    language,
    overall: { status: overall, label: i18n.t(`overall.${overall}`) },
    activeIncidents: active,
    activeMaintenance: views.filter((view) => view.active && view.type === 'maintenance'),
    upcomingMaintenance: views.filter((view) => view.upcoming).sort((a, b) => a.start.getTime() - b.start.getTime()),
    notices: views.filter((view) => view.active && view.type === 'notice'),
    components,
    sections: sections.filter((section) => section.components.length > 0),
    recentDays: recentDays(incidents.filter((incident) => incident.type !== 'notice'), now, config.timeZone, RECENT_DAYS).map((day) => ({
      day: day.day,
      incidents: day.incidents.map(viewOf),
    })),
    incidents: views,
    history: historyPages(incidents.filter((incident) => incidentStart(incident) <= now || incident.type === 'maintenance'), config.timeZone, config.historyPageSize),
    incidentBySlug: bySlug,
    updatedAt: views.reduce((latest, view) => {
      const newest = view.updates.find((update) => update.at <= now);
      // Stryker disable next-line EqualityOperator: on a tie both are the same instant
      return newest && newest.at > latest ? newest.at : latest;
    }, new Date(0)),
  };
}


interface ViewContext {
  now: Date;
  paths: SitePaths;
  componentById: Map<string, ComponentConfig>;
  i18n: Translator;
  /** The default language's `lang`, when this view is in another: marks text shown untranslated. */
  fallbackLang?: string;
  cadenceMinutes: number;
}

/** A text in this view's language, or the default language's (marked with its `lang`) when there is no translation. */
function translated(original: string, translations: Record<string, string> | undefined, context: ViewContext): { text: string; lang?: string } {
  const own = translations?.[context.i18n.locale];
  if (own !== undefined || !context.fallbackLang) return { text: own ?? original };
  return { text: original, lang: context.fallbackLang };
}

/** Rendering Markdown is the costliest step of a build: each message is rendered once, and only when a page or feed needs it. */
function updateView(update: IncidentUpdate, incident: Incident, context: ViewContext): UpdateView {
  let rendered: RenderedMarkdown | undefined;
  // The window's own updates are Outpost's words: in the view's language.
  const message = update.automatic
    ? { text: update.status === 'completed' ? context.i18n.t('maintenance.ended') : context.i18n.t('maintenance.started', { end: formatTimestamp(incident.scheduled!.end) }) }
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

function incidentView(incident: Incident, context: ViewContext): IncidentView {
  const { now, paths, componentById, i18n } = context;
  const posted = [...incident.updates.filter((update) => update.at <= now), ...maintenanceTransitions(incident, now)].sort(
    (a, b) => b.at.getTime() - a.at.getTime(),
  );
  const shown = posted.length > 0 ? posted : incident.updates;
  const updates: UpdateView[] = shown.map((update) => updateView(update, incident, context));
  const status = incidentStatusAt(incident, now);
  const end = incidentEnd(incident, now);
  const title = translated(incident.title, incident.titleTranslations, context);
  const view: IncidentView = {
    incident,
    slug: incident.slug,
    url: paths.incident(incident.slug),
    title: title.text,
    type: incident.type,
    impact: incident.impact,
    impactLabel: i18n.t(`impact.${incident.impact}`),
    status,
    statusLabel: i18n.t(`status.${status}`),
    active: isActiveAt(incident, now),
    upcoming: isUpcomingMaintenance(incident, now),
    settled: isSettledAt(incident, now),
    start: incidentStart(incident),
    end,
    durationLabel: formatDuration(incidentDurationMs(incident, now), i18n),
    components: incident.components.map((affected) => ({
      id: affected.id,
      name: componentById.get(affected.id)?.name ?? affected.id,
      status: affected.status,
      statusLabel: i18n.t(`componentStatus.${affected.status}`),
      url: paths.component(affected.id),
    })),
    updates,
    latest: updates[0],
  };
  if (title.lang) view.titleLang = title.lang;
  if (view.active && incident.type === 'incident') {
    // The promise is read from the update as written, in the default language.
    const latest = incident.updates.find((update) => update.id === view.latest.id) ?? view.latest;
    const { due, reason } = nextUpdateDue(latest, context.cadenceMinutes);
    // A promise still ahead is shown; once it has passed (or the incident went quiet), the page says how long ago
    // the last word was, rather than a time in the past.
    if (now > due) view.lastUpdateAgo = formatDuration(now.getTime() - latest.at.getTime(), i18n);
    else if (reason === 'promised') view.nextUpdate = due;
  }
  if (incident.postmortemUrl) view.postmortemUrl = incident.postmortemUrl;
  if (incident.postmortemMarkdown) {
    const postmortem = translated(incident.postmortemMarkdown, incident.postmortemTranslations, context);
    view.postmortemHtml = renderMarkdownBoth(postmortem.text).html;
    if (postmortem.lang) view.postmortemLang = postmortem.lang;
  }
  return view;
}
