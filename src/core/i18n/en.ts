/**
 * The English catalogue: every fixed text of the site, the feeds, the
 * calendar, the badges, the share texts and the outage templates. The other
 * catalogues are typed from this one, so a missing key is a type error (and a
 * test failure). `{name}` is a parameter; `{count, plural, one {…} other {…}}`
 * picks a form by Intl.PluralRules, with `#` for the number.
 */
export const en = {
  'language.name': 'English',

  skipLink: 'Skip to content',
  'nav.label': 'Site',
  'nav.status': 'Status',
  'nav.history': 'History',
  'nav.subscribe': 'Subscribe',
  'nav.languages': 'Language',
  'meta.description': 'Current status and incident history of {name}.',
  'footer.settled': 'For the current status, see the {link}.',
  'footer.settledLink': 'status page',
  'footer.statusAsOf': 'Status as of {time}.',
  'footer.zone': 'Times are shown in {zone}.',
  'footer.zoneLocal': 'Times are shown in your time zone ({zone}).',
  'footer.subscribe': 'Subscribe:',
  'live.updated': 'This page has been updated.',
  'live.reload': 'Reload',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'JSON Feed',
  'output.calendar': 'maintenance calendar',
  'output.badge': 'badge',
  'output.api': 'API',

  'status.investigating': 'Investigating',
  'status.identified': 'Identified',
  'status.monitoring': 'Monitoring',
  'status.update': 'Update',
  'status.resolved': 'Resolved',
  'status.scheduled': 'Scheduled',
  'status.in_progress': 'In progress',
  'status.verifying': 'Verifying',
  'status.completed': 'Completed',
  'componentStatus.operational': 'Operational',
  'componentStatus.under_maintenance': 'Under maintenance',
  'componentStatus.degraded_performance': 'Degraded performance',
  'componentStatus.partial_outage': 'Partial outage',
  'componentStatus.major_outage': 'Major outage',
  'componentStatusPast.operational': 'Was operational',
  'componentStatusPast.under_maintenance': 'Was under maintenance',
  'componentStatusPast.degraded_performance': 'Had degraded performance',
  'componentStatusPast.partial_outage': 'Had a partial outage',
  'componentStatusPast.major_outage': 'Had a major outage',
  'componentStatusInline.operational': 'operational',
  'componentStatusInline.under_maintenance': 'under maintenance',
  'componentStatusInline.degraded_performance': 'degraded performance',
  'componentStatusInline.partial_outage': 'partial outage',
  'componentStatusInline.major_outage': 'major outage',
  'overall.operational': 'All systems operational',
  'overall.under_maintenance': 'Maintenance in progress',
  'overall.degraded_performance': 'Some systems are slow',
  'overall.partial_outage': 'Partial outage',
  'overall.major_outage': 'Major outage',
  'impact.none': 'No impact',
  'impact.minor': 'Minor',
  'impact.major': 'Major',
  'impact.critical': 'Critical',
  'kind.incident': 'Incident',
  'kind.maintenance': 'Maintenance',
  'kind.notice': 'Notice',
  'kind.impact': '{impact} impact',

  'home.notices': 'Notices',
  'home.active': 'Current incidents',
  'home.maintenanceNow': 'Maintenance in progress',
  'home.maintenanceNext': 'Upcoming maintenance',
  'home.components': 'Components',
  'home.pastDays': 'Past {count} days',
  'home.quietDay': 'No incidents reported.',
  'home.fullHistory': 'Full incident history →',
  'legend.operational': 'Operational',
  'legend.degraded': 'Degraded',
  'legend.partial': 'Partial outage',
  'legend.major': 'Major outage',
  'legend.maintenance': 'Maintenance',
  'legend.noData': 'No data',

  'uptime.bars': '{name}: the last {count} days, oldest first',
  'uptime.quiet': 'no incidents',
  'uptime.outage': ', {minutes} min of outage',
  'uptime.period': '{percent} uptime in the last {count} days',
  'uptime.since': '{percent} uptime since {day}',
  'uptime.noData': 'No data yet',
  'uptime.noDataDay': 'no data',
  'uptime.incidents': '{count, plural, one {# incident} other {# incidents}}',
  'uptime.today': 'Today',

  'line.lasted': 'lasted {duration}',
  'line.scheduled': 'Scheduled: {start} to {end}',
  'line.until': 'until {time}',
  'line.ongoing': '{status}, ongoing for {duration}',
  'summary.window': 'Window: {start} to {end}',
  nextUpdate: 'Next update expected by {time}',
  lastUpdateAgo: 'Last update {duration} ago',

  'incident.impact': 'Impact',
  'incident.window': 'Window',
  'incident.windowRange': '{start} to {end}',
  'incident.starts': 'Starts',
  'incident.started': 'Started',
  'incident.ended': 'Ended',
  'incident.duration': 'Duration',
  'incident.ongoingFor': 'Ongoing for',
  'incident.affected': 'Affected',
  'incident.updates': 'Updates',
  'incident.postmortem': 'Postmortem',
  'incident.readPostmortem': 'Read the full postmortem',
  'incident.all': '← All incidents',

  'history.title': 'Incident history',
  'history.titlePage': 'Incident history, page {page}',
  'history.empty': 'No incidents reported yet.',
  'history.pages': 'History pages',
  'history.newer': '← Newer',
  'history.older': 'Older →',
  'history.pageOf': 'Page {page} of {count}',

  'component.kind': 'Component',
  'component.uptime': 'Uptime',
  'component.follow': 'Follow {name}:',
  'component.recent': 'Incidents in the last {count} days',
  'component.quiet': 'No incidents have affected {name} in the last {count} days.',
  'component.history': '{name}: incident history',
  'component.historyPage': '{name}: incident history, page {page}',
  'component.historyEmpty': 'No incidents have affected {name} yet.',
  'component.fullHistory': 'Full history of {name} →',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. The {status} and the {history} are a click away.',
  'notFound.status': 'current status',
  'notFound.history': 'incident history',

  'duration.minutes': '{minutes} min',
  'duration.hours': '{hours} h',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'duration.days': '{days} days',
  'duration.daysHours': '{days} days {hours} h',

  'maintenance.started': 'The maintenance has started. It is scheduled to end at {end}.',
  'maintenance.ended': 'The maintenance window has ended.',

  'feed.title': '{name}: incident history',
  'feed.scopeTitle': '{name}: {scope}',
  'feed.description': 'Incidents and maintenance of {name}',
  'feed.entryTitle': '[{status}] {title}',
  'feed.impact': 'Impact:',
  'feed.affected': 'Affected:',
  'feed.affectedText': 'Affected: {components}.',
  'list.componentStatus': '{name} ({status})',
  'list.separator': ', ',

  'calendar.name': '{name}: maintenance',
  'calendar.description': 'Scheduled maintenance of {name}',
  'calendar.affected': 'Affected: {components}',

  'share.label': '[{status}] {title}',
  'share.maintenanceStatus': 'Maintenance {statusInline}',
  'share.status': 'Status: {status} ({time})',
  'share.affected': 'Affected: {components}',
  'share.nextUpdate': 'Next update by {time} ({utc}).',
  'share.follow': 'Follow this incident: {url}',
  'share.greeting': 'Hi, thanks for reaching out.',
  'share.resolved': '{title}: this was resolved at {time}. {latest}',
  'share.known': 'We know about this: {title}.',
  'share.knownAffects': 'We know about this: {title}. It affects {components}.',
  'share.rightNow': 'Right now: {latest}',
  'share.meanwhile': 'What you can do meanwhile: {workarounds}',
  'share.nextExpected': 'The next update is expected by {time}.',
  'share.noNext': 'We post updates on our status page as soon as we know more.',
  'share.live': 'You can follow it live here: {url}',
  'share.closing': 'If anything else is unclear, just reply and we will help.',
  /** Words that mark a sentence telling customers what to do meanwhile, separated by |. */
  'share.workaroundWords': 'please|you can|retry|try again|instead|meanwhile|use the|choose|switch to|in the meantime',

  'footer.allWays': 'All ways to follow',
  'subscribe.title': 'Subscribe',
  'subscribe.heading': 'Follow {name}',
  'subscribe.intro': 'Every way to hear about incidents and maintenance, from a feed reader to a chat channel.',
  'subscribe.feeds': 'Feeds',
  'subscribe.feedsIntro': 'For feed readers: every update, newest first.',
  'subscribe.everything': 'Everything:',
  'subscribe.scope': '{name}:',
  'subscribe.feedLabel': '{format} ({name})',
  'subscribe.groupsAndComponents': 'Groups and components',
  'subscribe.calendar': 'Maintenance calendar',
  'subscribe.calendarIntro':
    'Planned maintenance as calendar events. Add it by its address (Google Calendar: Other calendars → From ' +
    'URL; Outlook: Add calendar → Subscribe from web; Apple Calendar: File → New Calendar Subscription):',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro':
    'Add the RSS app to your workspace, then type this in the channel that should hear about updates:',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'In the channel, open Workflows, pick the template "Post to a ' +
    'channel when a RSS feed item is published" and give it this address:',
  'subscribe.email': 'Email',
  'subscribe.emailIntro': 'Each update is sent to a mailing list. Join it, and leave it, here:',
  'subscribe.emailLink': 'Join the mailing list',
  'subscribe.social': 'Social media',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'Service status',
  'embed.pageTitle': '{name}: status',
  'announce.readMore': 'Read more',
  'announce.view': 'View on the status page',
  'announce.affected': 'Affected',
  'announce.impact': 'Impact',
  'announce.window': 'Window',
  'announce.windowRange': '{start} – {end}',
  'announce.posted': 'Posted',
  'announce.follow': 'Follow it on the status page: {url}',
  'announce.emailFooter':
    "You receive this because you joined the mailing list for {name}. The list's own footer says how to leave it.",

  'template.ourService': 'Our service',
  'template.full-outage.description': 'Something is completely unavailable',
  'template.full-outage.title': '{components} unavailable',
  'template.full-outage.page':
    '{components} is unavailable for all customers. We are working to ' +
    'restore it and will post what we learn here. Next update by {next}.',
  'template.full-outage.subject': '{components} is unavailable',
  'template.full-outage.email':
    '{components} is unavailable for all customers right now. Our team is working to ' +
    'restore it.\n\nWe will post the next update by {next} on our status page: {link}',
  'template.full-outage.post':
    '{components} is unavailable for all customers. We are working on it. Next update by {next}: {link}',
  'template.partial-outage.description': 'Some customers or some requests fail',
  'template.partial-outage.title': 'Some customers see errors in {components}',
  'template.partial-outage.page':
    'Some customers see errors when using {components}. Nothing you saved is lost. ' +
    'If something fails, please try again in a few minutes. Next update by {next}.',
  'template.partial-outage.subject': 'Errors in {components} for some customers',
  'template.partial-outage.email':
    'Some customers see errors when using {components}. Nothing you saved is lost; if something ' +
    'fails, please try again in a few minutes.\n\nNext update by {next} on our status page: {link}',
  'template.partial-outage.post':
    'Some customers see errors in {components}. Nothing is lost; ' +
    'please retry in a few minutes. Next update by {next}: {link}',
  'template.degraded-performance.description': 'Everything works, but slowly',
  'template.degraded-performance.title': '{components} is slow',
  'template.degraded-performance.page':
    '{components} works but responds more slowly than usual. ' +
    'Everything you do is saved as normal. Next update by {next}.',
  'template.degraded-performance.subject': '{components} is slower than usual',
  'template.degraded-performance.email':
    '{components} works but responds more slowly than usual. Everything you do ' +
    'is saved as normal.\n\nNext update by {next} on our status page: {link}',
  'template.degraded-performance.post':
    '{components} is slower than usual; everything still works and is saved. Next update by {next}: {link}',
  'template.third-party.description': 'A service we depend on has a problem that affects you',
  'template.third-party.title': '{components} affected by a problem at a partner',
  'template.third-party.page':
    'A service we rely on for {components} has a problem, and some of your requests ' +
    'fail. We are working with them and on ways around it. Next update by {next}.',
  'template.third-party.subject': '{components}: some requests fail',
  'template.third-party.email':
    'A service we rely on for {components} has a problem, and some of your requests fail. We are ' +
    'working with them and on ways around it.\n\nNext update by {next} on our status page: {link}',
  'template.third-party.post':
    'Some {components} requests fail because of a problem at a ' +
    'service we rely on. We are on it. Next update by {next}: {link}',
  'template.delayed-data.description': 'Data, emails or events arrive late but are not lost',
  'template.delayed-data.title': '{components} delayed',
  'template.delayed-data.page':
    '{components} arrives later than usual. Nothing is lost: everything ' +
    'delayed will be delivered, in order. Next update by {next}.',
  'template.delayed-data.subject': '{components} is delayed',
  'template.delayed-data.email':
    '{components} arrives later than usual. Nothing is lost: everything delayed will ' +
    'be delivered, in order.\n\nNext update by {next} on our status page: {link}',
  'template.delayed-data.post':
    '{components} arrives late. Nothing is lost; it will all be delivered in order. Next update by {next}: {link}',
  'template.security.description': 'A security-related incident; say what customers should do',
  'template.security.title': 'Security incident affecting {components}',
  'template.security.page':
    'We are investigating a security issue affecting {components}. As a precaution, please sign out and sign in ' +
    'again. We will tell you here what we find and whether you need to do anything more. Next update by {next}.',
  'template.security.subject': 'Security issue affecting {components}: what to do',
  'template.security.email':
    'We are investigating a security issue affecting {components}. As a ' +
    'precaution, please sign out and sign in again.\n\nWe will tell you what we ' +
    'find and whether you need to do anything more. Next update by {next}: {link}',
  'template.security.post':
    'We are investigating a security issue affecting {components}. As ' +
    'a precaution, please sign in again. Next update by {next}: {link}',
  'template.maintenance.description': 'Planned maintenance: when, what is affected, what to do',
  'template.maintenance.title': 'Planned maintenance of {components}',
  'template.maintenance.page':
    'During this window {components} may be unavailable for a few minutes ' +
    'at a time. Please retry anything that fails; nothing you save is lost.',
  'template.maintenance.subject': 'Planned maintenance of {components}',
  'template.maintenance.email':
    'During the maintenance window {components} may be unavailable for a few minutes at a time. ' +
    'Please retry anything that fails; nothing you save is lost.\n\nDetails and times: {link}',
  'template.maintenance.post':
    'Planned maintenance: {components} may be briefly unavailable during ' +
    'the window. Please retry anything that fails. Details: {link}',
  'template.all-clear.description': 'The Resolved update: what works, what was lost (often nothing), what to do',
  'template.all-clear.title': '{components} works normally again',
  'template.all-clear.page':
    '{components} works normally again. Nothing was lost, and you ' +
    'do not need to do anything. Thank you for bearing with us.',
  'template.all-clear.subject': 'Resolved: {components} works normally again',
  'template.all-clear.email':
    '{components} works normally again. Nothing was lost, and you do not ' +
    'need to do anything.\n\nThe full timeline is on our status page: {link}',
  'template.all-clear.post':
    'Resolved: {components} works normally again. Nothing was lost and you do not need to do anything. Details: {link}',
};

export type MessageKey = keyof typeof en;
/** A complete catalogue: every key of the English one. */
export type Catalogue = Record<MessageKey, string>;
