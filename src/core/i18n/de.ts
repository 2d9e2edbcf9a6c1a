/** Deutsch. */
import type { Catalogue } from './en.ts';

export const de: Catalogue = {
  'language.name': 'Deutsch',

  skipLink: 'Zum Inhalt springen',
  'nav.label': 'Website',
  'nav.status': 'Status',
  'nav.history': 'Verlauf',
  'nav.subscribe': 'Abonnieren',
  'nav.languages': 'Sprache',
  'meta.description': 'Aktueller Status und Störungsverlauf von {name}.',
  'footer.settled': 'Den aktuellen Status finden Sie auf der {link}.',
  'footer.settledLink': 'Statusseite',
  'footer.statusAsOf': 'Stand: {time}.',
  'footer.zone': 'Zeiten in {zone}.',
  'footer.zoneLocal': 'Zeiten in Ihrer Zeitzone ({zone}).',
  'footer.subscribe': 'Abonnieren:',
  'live.updated': 'Diese Seite wurde aktualisiert.',
  'live.reload': 'Neu laden',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'JSON-Feed',
  'output.calendar': 'Wartungskalender',
  'output.badge': 'Badge',
  'output.api': 'Schnittstelle (API)',

  'status.investigating': 'Wird untersucht',
  'status.identified': 'Ursache gefunden',
  'status.monitoring': 'Wird beobachtet',
  'status.update': 'Aktualisierung',
  'status.resolved': 'Behoben',
  'status.scheduled': 'Geplant',
  'status.in_progress': 'Läuft',
  'status.verifying': 'Wird geprüft',
  'status.completed': 'Abgeschlossen',
  'componentStatus.operational': 'Betriebsbereit',
  'componentStatus.under_maintenance': 'In Wartung',
  'componentStatus.degraded_performance': 'Eingeschränkte Leistung',
  'componentStatus.partial_outage': 'Teilausfall',
  'componentStatus.major_outage': 'Schwerer Ausfall',
  'componentStatusPast.operational': 'War betriebsbereit',
  'componentStatusPast.under_maintenance': 'War in Wartung',
  'componentStatusPast.degraded_performance': 'Hatte eingeschränkte Leistung',
  'componentStatusPast.partial_outage': 'Hatte einen Teilausfall',
  'componentStatusPast.major_outage': 'Hatte einen schweren Ausfall',
  'componentStatusInline.operational': 'betriebsbereit',
  'componentStatusInline.under_maintenance': 'in Wartung',
  'componentStatusInline.degraded_performance': 'eingeschränkte Leistung',
  'componentStatusInline.partial_outage': 'Teilausfall',
  'componentStatusInline.major_outage': 'schwerer Ausfall',
  'overall.operational': 'Alle Systeme betriebsbereit',
  'overall.under_maintenance': 'Wartung läuft',
  'overall.degraded_performance': 'Einige Systeme sind langsam',
  'overall.partial_outage': 'Teilausfall',
  'overall.major_outage': 'Schwerer Ausfall',
  'impact.none': 'Keine',
  'impact.minor': 'Gering',
  'impact.major': 'Erheblich',
  'impact.critical': 'Kritisch',
  'kind.incident': 'Störung',
  'kind.maintenance': 'Wartung',
  'kind.notice': 'Hinweis',
  'kind.impact': 'Auswirkung: {impact}',

  'home.notices': 'Hinweise',
  'home.active': 'Aktuelle Störungen',
  'home.maintenanceNow': 'Laufende Wartung',
  'home.maintenanceNext': 'Geplante Wartung',
  'home.components': 'Komponenten',
  'home.pastDays': 'Die letzten {count} Tage',
  'home.quietDay': 'Keine Störungen gemeldet.',
  'home.fullHistory': 'Gesamter Störungsverlauf →',
  'legend.operational': 'Betriebsbereit',
  'legend.degraded': 'Eingeschränkt',
  'legend.partial': 'Teilausfall',
  'legend.major': 'Schwerer Ausfall',
  'legend.maintenance': 'Wartung',
  'legend.noData': 'Keine Daten',

  'uptime.bars': '{name}: die letzten {count} Tage, älteste zuerst',
  'uptime.quiet': 'keine Störungen',
  'uptime.outage': ', {minutes} Min. Ausfall',
  'uptime.period': '{percent} Verfügbarkeit in den letzten {count} Tagen',
  'uptime.since': '{percent} Verfügbarkeit seit {day}',
  'uptime.noData': 'Noch keine Daten',
  'uptime.noDataDay': 'keine Daten',
  'uptime.incidents': '{count, plural, one {# Störung} other {# Störungen}}',
  'uptime.today': 'Heute',

  'line.lasted': 'Dauer {duration}',
  'line.scheduled': 'Geplant: {start} bis {end}',
  'line.until': 'bis {time}',
  'line.ongoing': '{status}, seit {duration}',
  'summary.window': 'Zeitraum: {start} bis {end}',
  nextUpdate: 'Nächste Meldung spätestens {time}',
  lastUpdateAgo: 'Letzte Meldung vor {duration}',

  'incident.impact': 'Auswirkung',
  'incident.window': 'Zeitraum',
  'incident.windowRange': '{start} bis {end}',
  'incident.starts': 'Beginn',
  'incident.started': 'Begonnen',
  'incident.ended': 'Beendet',
  'incident.duration': 'Dauer',
  'incident.ongoingFor': 'Andauernd seit',
  'incident.affected': 'Betroffen',
  'incident.updates': 'Meldungen',
  'incident.postmortem': 'Nachbetrachtung',
  'incident.readPostmortem': 'Die vollständige Nachbetrachtung lesen',
  'incident.all': '← Alle Störungen',

  'history.title': 'Störungsverlauf',
  'history.titlePage': 'Störungsverlauf, Seite {page}',
  'history.empty': 'Bisher wurden keine Störungen gemeldet.',
  'history.pages': 'Seiten des Verlaufs',
  'history.newer': '← Neuere',
  'history.older': 'Ältere →',
  'history.pageOf': 'Seite {page} von {count}',

  'component.kind': 'Komponente',
  'component.uptime': 'Verfügbarkeit',
  'component.follow': '{name} folgen:',
  'component.recent': 'Störungen der letzten {count} Tage',
  'component.quiet': 'In den letzten {count} Tagen gab es keine Störungen bei {name}.',
  'component.history': 'Störungsverlauf von {name}',
  'component.historyPage': 'Störungsverlauf von {name}, Seite {page}',
  'component.historyEmpty': 'Bisher gab es keine Störungen bei {name}.',
  'component.fullHistory': 'Gesamter Verlauf von {name} →',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text':
    'Unter dieser Adresse gibt es keine Seite. Der {status} und der {history} sind nur einen Klick entfernt.',
  'notFound.status': 'aktuelle Status',
  'notFound.history': 'Störungsverlauf',

  'duration.minutes': '{minutes} Min.',
  'duration.hours': '{hours} Std.',
  'duration.hoursMinutes': '{hours} Std. {minutes} Min.',
  'duration.days': '{days} Tage',
  'duration.daysHours': '{days} Tage {hours} Std.',

  'maintenance.started': 'Die Wartung hat begonnen. Sie soll am {end} enden.',
  'maintenance.ended': 'Das Wartungsfenster ist beendet.',

  'feed.title': '{name}: Störungsverlauf',
  'feed.scopeTitle': '{name}: {scope}',
  'feed.description': 'Störungen und Wartungen von {name}',
  'feed.entryTitle': '[{status}] {title}',
  'feed.impact': 'Auswirkung:',
  'feed.affected': 'Betroffen:',
  'feed.affectedText': 'Betroffen: {components}.',
  'list.componentStatus': '{name} ({status})',
  'list.separator': ', ',

  'calendar.name': '{name}: Wartung',
  'calendar.description': 'Geplante Wartungen von {name}',
  'calendar.affected': 'Betroffen: {components}',

  'share.label': '[{status}] {title}',
  'share.maintenanceStatus': 'Wartung: {status}',
  'share.status': 'Status: {status} ({time})',
  'share.affected': 'Betroffen: {components}',
  'share.nextUpdate': 'Nächste Meldung spätestens {time} ({utc}).',
  'share.follow': 'Diese Störung verfolgen: {url}',
  'share.greeting': 'Hallo, danke für Ihre Nachricht.',
  'share.resolved': '{title}: Das wurde am {time} behoben. {latest}',
  'share.known': 'Das Problem ist uns bekannt: {title}.',
  'share.knownAffects': 'Das Problem ist uns bekannt: {title}. Betroffen ist {components}.',
  'share.rightNow': 'Aktueller Stand: {latest}',
  'share.meanwhile': 'Was Sie in der Zwischenzeit tun können: {workarounds}',
  'share.nextExpected': 'Die nächste Meldung kommt spätestens {time}.',
  'share.noNext': 'Wir melden uns auf unserer Statusseite, sobald wir mehr wissen.',
  'share.live': 'Hier können Sie alles live verfolgen: {url}',
  'share.closing': 'Wenn noch etwas unklar ist, antworten Sie einfach, wir helfen gern.',
  'share.workaroundWords':
    'bitte|Sie können|erneut|noch einmal|stattdessen|inzwischen|in ' +
    'der Zwischenzeit|nutzen Sie|verwenden Sie|wechseln Sie',

  'footer.allWays': 'Alle Wege, auf dem Laufenden zu bleiben',
  'subscribe.title': 'Abonnieren',
  'subscribe.heading': '{name} folgen',
  'subscribe.intro': 'Alle Wege, von Störungen und Wartungen zu erfahren, vom Feedreader bis zum Chatkanal.',
  'subscribe.feeds': 'Feeds',
  'subscribe.feedsIntro': 'Für Feedreader: jede Meldung, die neueste zuerst.',
  'subscribe.everything': 'Alles:',
  'subscribe.scope': '{name}:',
  'subscribe.feedLabel': '{format} ({name})',
  'subscribe.groupsAndComponents': 'Gruppen und Komponenten',
  'subscribe.calendar': 'Wartungskalender',
  'subscribe.calendarIntro':
    'Geplante Wartungen als Kalendertermine. Fügen Sie den Kalender über seine Adresse ' +
    'hinzu (Google Kalender: Weitere Kalender → Per URL; Outlook: Kalender hinzufügen ' +
    '→ Aus dem Internet abonnieren; Apple Kalender: Ablage → Neues Kalenderabonnement):',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro':
    'Fügen Sie Ihrem Workspace die RSS-App hinzu und geben Sie ' +
    'dann im Kanal, der von Meldungen erfahren soll, Folgendes ein:',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'Öffnen Sie im Kanal „Workflows“, wählen Sie die Vorlage „Post to a ' +
    'channel when a RSS feed item is published“ und geben Sie diese Adresse an:',
  'subscribe.email': 'E-Mail',
  'subscribe.emailIntro': 'Jede Meldung geht an eine Mailingliste. Hier können Sie sich ein- und austragen:',
  'subscribe.emailLink': 'Zur Mailingliste',
  'subscribe.social': 'Soziale Medien',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'Status des Dienstes',
  'embed.pageTitle': '{name}: Status',
  'announce.readMore': 'Weiterlesen',
  'announce.view': 'Auf der Statusseite ansehen',
  'announce.affected': 'Betroffen',
  'announce.impact': 'Auswirkung',
  'announce.window': 'Zeitraum',
  'announce.windowRange': '{start} – {end}',
  'announce.posted': 'Veröffentlicht',
  'announce.follow': 'Verfolgen Sie es auf der Statusseite: {url}',
  'announce.emailFooter':
    'Sie erhalten diese Nachricht, weil Sie sich in die Mailingliste von {name} ' +
    'eingetragen haben. Wie Sie sich austragen, steht in der Fußzeile der Liste.',

  'template.ourService': 'Unser Dienst',
  'template.full-outage.description': 'Etwas ist vollständig nicht verfügbar',
  'template.full-outage.title': '{components} nicht verfügbar',
  'template.full-outage.page':
    '{components} ist für alle Kundinnen und Kunden nicht verfügbar. Wir arbeiten an der ' +
    'Wiederherstellung und berichten hier, was wir herausfinden. Nächste Meldung spätestens {next}.',
  'template.full-outage.subject': '{components} ist nicht verfügbar',
  'template.full-outage.email':
    '{components} ist im Moment für alle Kundinnen und Kunden nicht verfügbar. Unser Team arbeitet an der ' +
    'Wiederherstellung.\n\nDie nächste Meldung kommt spätestens {next} auf unserer Statusseite: {link}',
  'template.full-outage.post':
    '{components} ist für alle nicht verfügbar. Wir arbeiten daran. Nächste Meldung spätestens {next}: {link}',
  'template.partial-outage.description': 'Bei manchen Kundinnen und Kunden oder Anfragen schlägt etwas fehl',
  'template.partial-outage.title': 'Fehler bei {components} für einige Kundinnen und Kunden',
  'template.partial-outage.page':
    'Einige Kundinnen und Kunden sehen Fehler bei {components}. Gespeichertes geht nicht verloren. Wenn etwas ' +
    'fehlschlägt, versuchen Sie es bitte in einigen Minuten erneut. Nächste Meldung spätestens {next}.',
  'template.partial-outage.subject': 'Fehler bei {components} für einige Kundinnen und Kunden',
  'template.partial-outage.email':
    'Einige Kundinnen und Kunden sehen Fehler bei {components}. Gespeichertes geht ' +
    'nicht verloren; wenn etwas fehlschlägt, versuchen Sie es bitte in einigen Minuten ' +
    'erneut.\n\nNächste Meldung spätestens {next} auf unserer Statusseite: {link}',
  'template.partial-outage.post':
    'Einige sehen Fehler bei {components}. Nichts geht verloren; bitte in einigen ' +
    'Minuten erneut versuchen. Nächste Meldung spätestens {next}: {link}',
  'template.degraded-performance.description': 'Alles funktioniert, aber langsam',
  'template.degraded-performance.title': '{components} ist langsam',
  'template.degraded-performance.page':
    '{components} funktioniert, antwortet aber langsamer als sonst. Alles ' +
    'wird wie gewohnt gespeichert. Nächste Meldung spätestens {next}.',
  'template.degraded-performance.subject': '{components} ist langsamer als sonst',
  'template.degraded-performance.email':
    '{components} funktioniert, antwortet aber langsamer als sonst. Alles wird wie gewohnt ' +
    'gespeichert.\n\nNächste Meldung spätestens {next} auf unserer Statusseite: {link}',
  'template.degraded-performance.post':
    '{components} ist langsamer als sonst; alles funktioniert und ' +
    'wird gespeichert. Nächste Meldung spätestens {next}: {link}',
  'template.third-party.description': 'Ein Dienst, auf den wir angewiesen sind, hat ein Problem, das Sie betrifft',
  'template.third-party.title': '{components} durch ein Problem bei einem Partner beeinträchtigt',
  'template.third-party.page':
    'Ein Dienst, den wir für {components} nutzen, hat ein Problem, und einige Ihrer Anfragen schlagen ' +
    'fehl. Wir arbeiten mit dem Partner daran und suchen nach Umwegen. Nächste Meldung spätestens {next}.',
  'template.third-party.subject': '{components}: einige Anfragen schlagen fehl',
  'template.third-party.email':
    'Ein Dienst, den wir für {components} nutzen, hat ein Problem, und einige Ihrer ' +
    'Anfragen schlagen fehl. Wir arbeiten mit dem Partner daran und suchen nach ' +
    'Umwegen.\n\nNächste Meldung spätestens {next} auf unserer Statusseite: {link}',
  'template.third-party.post':
    'Einige Anfragen an {components} schlagen wegen eines Problems bei einem ' +
    'Partner fehl. Wir sind dran. Nächste Meldung spätestens {next}: {link}',
  'template.delayed-data.description': 'Daten, E-Mails oder Ereignisse kommen verspätet, gehen aber nicht verloren',
  'template.delayed-data.title': '{components} verzögert',
  'template.delayed-data.page':
    '{components} kommt später als sonst an. Nichts geht verloren: Alles Verzögerte ' +
    'wird in der richtigen Reihenfolge zugestellt. Nächste Meldung spätestens {next}.',
  'template.delayed-data.subject': '{components} ist verzögert',
  'template.delayed-data.email':
    '{components} kommt später als sonst an. Nichts geht verloren: Alles Verzögerte wird in der richtigen ' +
    'Reihenfolge zugestellt.\n\nNächste Meldung spätestens {next} auf unserer Statusseite: {link}',
  'template.delayed-data.post':
    '{components} kommt verspätet an. Nichts geht verloren; alles wird ' +
    'der Reihe nach zugestellt. Nächste Meldung spätestens {next}: {link}',
  'template.security.description': 'Ein Sicherheitsvorfall; sagen Sie, was Kundinnen und Kunden tun sollen',
  'template.security.title': 'Sicherheitsvorfall bei {components}',
  'template.security.page':
    'Wir untersuchen ein Sicherheitsproblem bei {components}. Bitte melden Sie ' +
    'sich vorsorglich ab und wieder an. Wir berichten hier, was wir herausfinden ' +
    'und ob Sie noch etwas tun müssen. Nächste Meldung spätestens {next}.',
  'template.security.subject': 'Sicherheitsproblem bei {components}: was zu tun ist',
  'template.security.email':
    'Wir untersuchen ein Sicherheitsproblem bei {components}. Bitte melden Sie ' +
    'sich vorsorglich ab und wieder an.\n\nWir berichten, was wir herausfinden und ' +
    'ob Sie noch etwas tun müssen. Nächste Meldung spätestens {next}: {link}',
  'template.security.post':
    'Wir untersuchen ein Sicherheitsproblem bei {components}. Bitte melden ' +
    'Sie sich vorsorglich neu an. Nächste Meldung spätestens {next}: {link}',
  'template.maintenance.description': 'Geplante Wartung: wann, was betroffen ist, was zu tun ist',
  'template.maintenance.title': 'Geplante Wartung von {components}',
  'template.maintenance.page':
    'Während dieses Zeitraums kann {components} jeweils für einige Minuten nicht verfügbar ' +
    'sein. Bitte wiederholen Sie, was fehlschlägt; Gespeichertes geht nicht verloren.',
  'template.maintenance.subject': 'Geplante Wartung von {components}',
  'template.maintenance.email':
    'Während des Wartungsfensters kann {components} jeweils für einige Minuten nicht verfügbar sein. Bitte ' +
    'wiederholen Sie, was fehlschlägt; Gespeichertes geht nicht verloren.\n\nEinzelheiten und Zeiten: {link}',
  'template.maintenance.post':
    'Geplante Wartung: {components} kann im Wartungsfenster kurz nicht ' +
    'verfügbar sein. Bitte wiederholen Sie, was fehlschlägt. Details: {link}',
  'template.all-clear.description':
    'Die Meldung „Behoben“: was funktioniert, was verloren ging (meist nichts), was zu tun ist',
  'template.all-clear.title': '{components} funktioniert wieder normal',
  'template.all-clear.page':
    '{components} funktioniert wieder normal. Es ist nichts verloren ' +
    'gegangen, und Sie müssen nichts tun. Danke für Ihre Geduld.',
  'template.all-clear.subject': 'Behoben: {components} funktioniert wieder normal',
  'template.all-clear.email':
    '{components} funktioniert wieder normal. Es ist nichts verloren gegangen, und Sie müssen ' +
    'nichts tun.\n\nDen vollständigen Ablauf finden Sie auf unserer Statusseite: {link}',
  'template.all-clear.post':
    'Behoben: {components} funktioniert wieder normal. Nichts ging verloren, Sie müssen nichts tun. Details: {link}',
};
