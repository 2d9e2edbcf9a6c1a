/** Français. */
import type { Catalogue } from './en.ts';

export const fr: Catalogue = {
  'language.name': 'Français',

  skipLink: 'Aller au contenu',
  'nav.label': 'Site',
  'nav.status': 'État',
  'nav.history': 'Historique',
  'nav.subscribe': 'S’abonner',
  'nav.languages': 'Langue',
  'meta.description': 'État actuel et historique des incidents de {name}.',
  'footer.settled': 'Pour l’état actuel, consultez la {link}.',
  'footer.settledLink': 'page d’état',
  'footer.statusAsOf': 'État au {time}.',
  'footer.zone': 'Heures affichées en {zone}.',
  'footer.zoneLocal': 'Heures affichées dans votre fuseau horaire ({zone}).',
  'footer.subscribe': 'S’abonner :',
  'live.updated': 'Cette page a été mise à jour.',
  'live.reload': 'Recharger',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'flux JSON',
  'output.calendar': 'calendrier des maintenances',
  'output.badge': 'badge',
  'output.api': 'API',

  'status.investigating': 'Analyse en cours',
  'status.identified': 'Cause identifiée',
  'status.monitoring': 'Sous surveillance',
  'status.update': 'Mise à jour',
  'status.resolved': 'Résolu',
  'status.scheduled': 'Planifiée',
  'status.in_progress': 'En cours',
  'status.verifying': 'Vérification',
  'status.completed': 'Terminée',
  'componentStatus.operational': 'Opérationnel',
  'componentStatus.under_maintenance': 'En maintenance',
  'componentStatus.degraded_performance': 'Performances dégradées',
  'componentStatus.partial_outage': 'Panne partielle',
  'componentStatus.major_outage': 'Panne majeure',
  'componentStatusPast.operational': 'Était opérationnel',
  'componentStatusPast.under_maintenance': 'Était en maintenance',
  'componentStatusPast.degraded_performance': 'A eu des performances dégradées',
  'componentStatusPast.partial_outage': 'A subi une panne partielle',
  'componentStatusPast.major_outage': 'A subi une panne majeure',
  'componentStatusInline.operational': 'opérationnel',
  'componentStatusInline.under_maintenance': 'en maintenance',
  'componentStatusInline.degraded_performance': 'performances dégradées',
  'componentStatusInline.partial_outage': 'panne partielle',
  'componentStatusInline.major_outage': 'panne majeure',
  'overall.operational': 'Tous les systèmes sont opérationnels',
  'overall.under_maintenance': 'Maintenance en cours',
  'overall.degraded_performance': 'Certains systèmes sont lents',
  'overall.partial_outage': 'Panne partielle',
  'overall.major_outage': 'Panne majeure',
  'impact.none': 'Aucun',
  'impact.minor': 'Faible',
  'impact.major': 'Important',
  'impact.critical': 'Critique',
  'kind.incident': 'Incident',
  'kind.maintenance': 'Maintenance',
  'kind.notice': 'Information',
  'kind.impact': 'Impact : {impact}',

  'home.notices': 'Informations',
  'home.active': 'Incidents en cours',
  'home.maintenanceNow': 'Maintenance en cours',
  'home.maintenanceNext': 'Maintenances prévues',
  'home.components': 'Composants',
  'home.pastDays': 'Les {count} derniers jours',
  'home.quietDay': 'Aucun incident signalé.',
  'home.fullHistory': 'Tout l’historique des incidents →',
  'legend.operational': 'Opérationnel',
  'legend.degraded': 'Dégradé',
  'legend.partial': 'Panne partielle',
  'legend.major': 'Panne majeure',
  'legend.maintenance': 'Maintenance',
  'legend.noData': 'Pas de données',

  'uptime.bars': '{name} : les {count} derniers jours, du plus ancien au plus récent',
  'uptime.quiet': 'aucun incident',
  'uptime.outage': ', {minutes} min de panne',
  'uptime.period': '{percent} de disponibilité sur les {count} derniers jours',
  'uptime.since': '{percent} de disponibilité depuis le {day}',
  'uptime.noData': 'Pas encore de données',
  'uptime.noDataDay': 'pas de données',
  'uptime.incidents': '{count, plural, one {# incident} other {# incidents}}',
  'uptime.today': 'Aujourd’hui',

  'line.lasted': 'durée {duration}',
  'line.scheduled': 'Planifiée : {start} à {end}',
  'line.until': 'jusqu’au {time}',
  'line.ongoing': '{status}, depuis {duration}',
  'summary.window': 'Créneau : {start} à {end}',
  nextUpdate: 'Prochaine mise à jour prévue au plus tard le {time}',
  lastUpdateAgo: 'Dernière mise à jour il y a {duration}',

  'incident.impact': 'Impact',
  'incident.window': 'Créneau',
  'incident.windowRange': '{start} à {end}',
  'incident.starts': 'Début prévu',
  'incident.started': 'Début',
  'incident.ended': 'Fin',
  'incident.duration': 'Durée',
  'incident.ongoingFor': 'En cours depuis',
  'incident.affected': 'Concernés',
  'incident.updates': 'Mises à jour',
  'incident.postmortem': 'Analyse post-incident',
  'incident.readPostmortem': 'Lire l’analyse post-incident complète',
  'incident.all': '← Tous les incidents',

  'history.title': 'Historique des incidents',
  'history.titlePage': 'Historique des incidents, page {page}',
  'history.empty': 'Aucun incident signalé pour l’instant.',
  'history.pages': 'Pages de l’historique',
  'history.newer': '← Plus récents',
  'history.older': 'Plus anciens →',
  'history.pageOf': 'Page {page} sur {count}',

  'component.kind': 'Composant',
  'component.uptime': 'Disponibilité',
  'component.follow': 'Suivre {name} :',
  'component.recent': 'Incidents des {count} derniers jours',
  'component.quiet': 'Aucun incident n’a touché {name} ces {count} derniers jours.',
  'component.history': 'Historique des incidents de {name}',
  'component.historyPage': 'Historique des incidents de {name}, page {page}',
  'component.historyEmpty': 'Aucun incident n’a encore touché {name}.',
  'component.fullHistory': 'Historique complet de {name} →',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Il n’y a aucune page à cette adresse. L’{status} et l’{history} sont à un clic.',
  'notFound.status': 'état actuel',
  'notFound.history': 'historique des incidents',

  'duration.minutes': '{minutes} min',
  'duration.hours': '{hours} h',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'duration.days': '{days} jours',
  'duration.daysHours': '{days} jours {hours} h',

  'maintenance.started': 'La maintenance a commencé. Sa fin est prévue le {end}.',
  'maintenance.ended': 'Le créneau de maintenance est terminé.',

  'feed.title': '{name} : historique des incidents',
  'feed.scopeTitle': '{name} : {scope}',
  'feed.description': 'Incidents et maintenances de {name}',
  'feed.entryTitle': '[{status}] {title}',
  'feed.impact': 'Impact :',
  'feed.affected': 'Concernés :',
  'feed.affectedText': 'Concernés : {components}.',
  'list.componentStatus': '{name} ({status})',
  'list.separator': ', ',

  'calendar.name': '{name} : maintenance',
  'calendar.description': 'Maintenances planifiées de {name}',
  'calendar.affected': 'Concernés : {components}',

  'share.label': '[{status}] {title}',
  'share.maintenanceStatus': 'Maintenance : {statusInline}',
  'share.status': 'État : {status} ({time})',
  'share.affected': 'Concernés : {components}',
  'share.nextUpdate': 'Prochaine mise à jour au plus tard le {time} ({utc}).',
  'share.follow': 'Suivre cet incident : {url}',
  'share.greeting': 'Bonjour, merci de nous avoir écrit.',
  'share.resolved': '{title} : ce problème a été résolu le {time}. {latest}',
  'share.known': 'Nous sommes au courant : {title}.',
  'share.knownAffects': 'Nous sommes au courant : {title}. Cela concerne {components}.',
  'share.rightNow': 'En ce moment : {latest}',
  'share.meanwhile': 'Ce que vous pouvez faire en attendant : {workarounds}',
  'share.nextExpected': 'La prochaine mise à jour est prévue au plus tard le {time}.',
  'share.noNext': 'Nous publions des mises à jour sur notre page d’état dès que nous en savons plus.',
  'share.live': 'Vous pouvez suivre l’évolution ici : {url}',
  'share.closing': 'Si quelque chose n’est pas clair, répondez simplement et nous vous aiderons.',
  'share.workaroundWords':
    'veuillez|merci de|vous pouvez|réessayez|réessayer|à la place|en attendant|entre-temps|utilisez|choisissez',

  'footer.allWays': 'Toutes les façons de suivre',
  'subscribe.title': 'S’abonner',
  'subscribe.heading': 'Suivre {name}',
  'subscribe.intro':
    'Toutes les façons d’être informé des incidents et des ' +
    'maintenances, du lecteur de flux au canal de discussion.',
  'subscribe.feeds': 'Flux',
  'subscribe.feedsIntro': 'Pour les lecteurs de flux : chaque mise à jour, la plus récente d’abord.',
  'subscribe.everything': 'Tout :',
  'subscribe.scope': '{name} :',
  'subscribe.feedLabel': '{format} ({name})',
  'subscribe.groupsAndComponents': 'Groupes et composants',
  'subscribe.calendar': 'Calendrier des maintenances',
  'subscribe.calendarIntro':
    'Les maintenances planifiées comme événements de calendrier. Ajoutez-le par son adresse (Google ' +
    'Agenda : Autres agendas → À partir de l’URL ; Outlook : Ajouter un calendrier → S’abonner ' +
    'à partir du web ; Calendrier d’Apple : Fichier → Nouvel abonnement à un calendrier) :',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro':
    'Ajoutez l’application RSS à votre espace de travail, puis tapez ' +
    'ceci dans le canal qui doit être informé des mises à jour :',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'Dans le canal, ouvrez Workflows, choisissez le modèle « Post to a ' +
    'channel when a RSS feed item is published » et donnez-lui cette adresse :',
  'subscribe.email': 'E-mail',
  'subscribe.emailIntro':
    'Chaque mise à jour est envoyée à une liste de diffusion. Inscrivez-vous ou désinscrivez-vous ici :',
  'subscribe.emailLink': 'Rejoindre la liste de diffusion',
  'subscribe.social': 'Réseaux sociaux',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'État du service',
  'embed.pageTitle': '{name} : état',
  'announce.readMore': 'Lire la suite',
  'announce.view': 'Voir sur la page d’état',
  'announce.affected': 'Concernés',
  'announce.impact': 'Impact',
  'announce.window': 'Créneau',
  'announce.windowRange': '{start} – {end}',
  'announce.posted': 'Publié',
  'announce.follow': 'Suivez-le sur la page d’état : {url}',
  'announce.emailFooter':
    'Vous recevez ce message parce que vous êtes inscrit à la liste de diffusion ' +
    'de {name}. Le pied de page de la liste indique comment vous désinscrire.',

  'template.ourService': 'Notre service',
  'template.full-outage.description': 'Un service est complètement indisponible',
  'template.full-outage.title': '{components} indisponible',
  'template.full-outage.page':
    '{components} est indisponible pour tous les clients. Nous travaillons à le rétablir ' +
    'et publierons ici ce que nous apprenons. Prochaine mise à jour au plus tard à {next}.',
  'template.full-outage.subject': '{components} est indisponible',
  'template.full-outage.email':
    '{components} est actuellement indisponible pour tous les clients. Notre ' +
    'équipe travaille à le rétablir.\n\nNous publierons la prochaine mise ' +
    'à jour au plus tard à {next} sur notre page d’état : {link}',
  'template.full-outage.post':
    '{components} est indisponible pour tous les clients. Nous y ' +
    'travaillons. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.partial-outage.description': 'Certains clients ou certaines requêtes échouent',
  'template.partial-outage.title': 'Des erreurs dans {components} pour certains clients',
  'template.partial-outage.page':
    'Certains clients rencontrent des erreurs en utilisant {components}. Rien de ce ' +
    'que vous avez enregistré n’est perdu. Si quelque chose échoue, veuillez ' +
    'réessayer dans quelques minutes. Prochaine mise à jour au plus tard à {next}.',
  'template.partial-outage.subject': 'Erreurs dans {components} pour certains clients',
  'template.partial-outage.email':
    'Certains clients rencontrent des erreurs en utilisant {components}. Rien de ce que vous avez ' +
    'enregistré n’est perdu ; si quelque chose échoue, veuillez réessayer dans quelques ' +
    'minutes.\n\nProchaine mise à jour au plus tard à {next} sur notre page d’état : {link}',
  'template.partial-outage.post':
    'Certains clients rencontrent des erreurs dans {components}. Rien n’est perdu ; ' +
    'réessayez dans quelques minutes. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.degraded-performance.description': 'Tout fonctionne, mais lentement',
  'template.degraded-performance.title': '{components} est lent',
  'template.degraded-performance.page':
    '{components} fonctionne mais répond plus lentement que d’habitude. Tout ce que vous ' +
    'faites est enregistré normalement. Prochaine mise à jour au plus tard à {next}.',
  'template.degraded-performance.subject': '{components} est plus lent que d’habitude',
  'template.degraded-performance.email':
    '{components} fonctionne mais répond plus lentement que d’habitude. Tout ce que vous faites est ' +
    'enregistré normalement.\n\nProchaine mise à jour au plus tard à {next} sur notre page d’état : {link}',
  'template.degraded-performance.post':
    '{components} est plus lent que d’habitude ; tout fonctionne et est ' +
    'enregistré. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.third-party.description': 'Un service dont nous dépendons a un problème qui vous touche',
  'template.third-party.title': '{components} touché par un problème chez un partenaire',
  'template.third-party.page':
    'Un service que nous utilisons pour {components} a un problème, et ' +
    'certaines de vos requêtes échouent. Nous travaillons avec lui et sur des ' +
    'solutions de contournement. Prochaine mise à jour au plus tard à {next}.',
  'template.third-party.subject': '{components} : certaines requêtes échouent',
  'template.third-party.email':
    'Un service que nous utilisons pour {components} a un problème, et certaines de vos requêtes ' +
    'échouent. Nous travaillons avec lui et sur des solutions de contournement.\n\nProchaine mise ' +
    'à jour au plus tard à {next} sur notre page d’état : {link}',
  'template.third-party.post':
    'Certaines requêtes vers {components} échouent à cause d’un problème chez un service que ' +
    'nous utilisons. Nous nous en occupons. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.delayed-data.description': 'Des données, e-mails ou événements arrivent en retard mais ne sont pas perdus',
  'template.delayed-data.title': '{components} retardé',
  'template.delayed-data.page':
    '{components} arrive plus tard que d’habitude. Rien n’est perdu : tout ce qui est ' +
    'retardé sera livré, dans l’ordre. Prochaine mise à jour au plus tard à {next}.',
  'template.delayed-data.subject': '{components} est retardé',
  'template.delayed-data.email':
    '{components} arrive plus tard que d’habitude. Rien n’est perdu : tout ce qui est retardé sera ' +
    'livré, dans l’ordre.\n\nProchaine mise à jour au plus tard à {next} sur notre page d’état : {link}',
  'template.delayed-data.post':
    '{components} arrive en retard. Rien n’est perdu ; tout sera livré ' +
    'dans l’ordre. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.security.description': 'Un incident de sécurité ; dites aux clients ce qu’ils doivent faire',
  'template.security.title': 'Incident de sécurité touchant {components}',
  'template.security.page':
    'Nous analysons un problème de sécurité touchant {components}. Par précaution, veuillez ' +
    'vous déconnecter puis vous reconnecter. Nous vous dirons ici ce que nous trouvons et si ' +
    'vous devez faire autre chose. Prochaine mise à jour au plus tard à {next}.',
  'template.security.subject': 'Problème de sécurité touchant {components} : que faire',
  'template.security.email':
    'Nous analysons un problème de sécurité touchant {components}. Par précaution, veuillez ' +
    'vous déconnecter puis vous reconnecter.\n\nNous vous dirons ce que nous trouvons et si ' +
    'vous devez faire autre chose. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.security.post':
    'Nous analysons un problème de sécurité touchant {components}. Par précaution, ' +
    'veuillez vous reconnecter. Prochaine mise à jour au plus tard à {next} : {link}',
  'template.maintenance.description': 'Maintenance planifiée : quand, ce qui est concerné, que faire',
  'template.maintenance.title': 'Maintenance planifiée de {components}',
  'template.maintenance.page':
    'Pendant ce créneau, {components} peut être indisponible quelques minutes à la fois. ' +
    'Veuillez réessayer ce qui échoue ; rien de ce que vous enregistrez n’est perdu.',
  'template.maintenance.subject': 'Maintenance planifiée de {components}',
  'template.maintenance.email':
    'Pendant le créneau de maintenance, {components} peut être indisponible ' +
    'quelques minutes à la fois. Veuillez réessayer ce qui échoue ; rien de ' +
    'ce que vous enregistrez n’est perdu.\n\nDétails et horaires : {link}',
  'template.maintenance.post':
    'Maintenance planifiée : {components} peut être brièvement indisponible ' +
    'pendant le créneau. Veuillez réessayer ce qui échoue. Détails : {link}',
  'template.all-clear.description':
    'La mise à jour « Résolu » : ce qui fonctionne, ce qui a été perdu (souvent rien), que faire',
  'template.all-clear.title': '{components} fonctionne de nouveau normalement',
  'template.all-clear.page':
    '{components} fonctionne de nouveau normalement. Rien n’a été ' +
    'perdu et vous n’avez rien à faire. Merci de votre patience.',
  'template.all-clear.subject': 'Résolu : {components} fonctionne de nouveau normalement',
  'template.all-clear.email':
    '{components} fonctionne de nouveau normalement. Rien n’a été perdu et vous n’avez ' +
    'rien à faire.\n\nLa chronologie complète est sur notre page d’état : {link}',
  'template.all-clear.post':
    'Résolu : {components} fonctionne de nouveau normalement. Rien ' +
    'n’a été perdu et vous n’avez rien à faire. Détails : {link}',
};
