/** Español. */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
  'language.name': 'Español',

  skipLink: 'Saltar al contenido',
  'nav.label': 'Sitio',
  'nav.status': 'Estado',
  'nav.history': 'Historial',
  'nav.subscribe': 'Suscribirse',
  'nav.languages': 'Idioma',
  'meta.description': 'Estado actual e historial de incidencias de {name}.',
  'footer.settled': 'Para ver el estado actual, consulta la {link}.',
  'footer.settledLink': 'página de estado',
  'footer.statusAsOf': 'Estado a {time}.',
  'footer.zone': 'Las horas se muestran en {zone}.',
  'footer.zoneLocal': 'Las horas se muestran en tu zona horaria ({zone}).',
  'footer.subscribe': 'Suscribirse:',
  'live.updated': 'Esta página se ha actualizado.',
  'live.reload': 'Recargar',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'JSON Feed',
  'output.calendar': 'calendario de mantenimiento',
  'output.badge': 'insignia',
  'output.api': 'API',

  'status.investigating': 'Investigando',
  'status.identified': 'Identificado',
  'status.monitoring': 'En observación',
  'status.update': 'Actualización',
  'status.resolved': 'Resuelto',
  'status.scheduled': 'Programado',
  'status.in_progress': 'En curso',
  'status.verifying': 'Verificando',
  'status.completed': 'Completado',
  'componentStatus.operational': 'Operativo',
  'componentStatus.under_maintenance': 'En mantenimiento',
  'componentStatus.degraded_performance': 'Rendimiento degradado',
  'componentStatus.partial_outage': 'Interrupción parcial',
  'componentStatus.major_outage': 'Interrupción grave',
  'componentStatusPast.operational': 'Estuvo operativo',
  'componentStatusPast.under_maintenance': 'Estuvo en mantenimiento',
  'componentStatusPast.degraded_performance': 'Tuvo rendimiento degradado',
  'componentStatusPast.partial_outage': 'Tuvo una interrupción parcial',
  'componentStatusPast.major_outage': 'Tuvo una interrupción grave',
  'componentStatusInline.operational': 'operativo',
  'componentStatusInline.under_maintenance': 'en mantenimiento',
  'componentStatusInline.degraded_performance': 'rendimiento degradado',
  'componentStatusInline.partial_outage': 'interrupción parcial',
  'componentStatusInline.major_outage': 'interrupción grave',
  'overall.operational': 'Todos los sistemas operativos',
  'overall.under_maintenance': 'Mantenimiento en curso',
  'overall.degraded_performance': 'Algunos sistemas van lentos',
  'overall.partial_outage': 'Interrupción parcial',
  'overall.major_outage': 'Interrupción grave',
  'impact.none': 'Ninguno',
  'impact.minor': 'Leve',
  'impact.major': 'Importante',
  'impact.critical': 'Crítico',
  'kind.incident': 'Incidencia',
  'kind.maintenance': 'Mantenimiento',
  'kind.notice': 'Aviso',
  'kind.impact': 'Impacto: {impact}',

  'home.notices': 'Avisos',
  'home.active': 'Incidencias actuales',
  'home.maintenanceNow': 'Mantenimiento en curso',
  'home.maintenanceNext': 'Próximos mantenimientos',
  'home.components': 'Componentes',
  'home.pastDays': 'Últimos {count} días',
  'home.quietDay': 'No se han registrado incidencias.',
  'home.fullHistory': 'Historial completo de incidencias →',
  'legend.operational': 'Operativo',
  'legend.degraded': 'Degradado',
  'legend.partial': 'Interrupción parcial',
  'legend.major': 'Interrupción grave',
  'legend.maintenance': 'Mantenimiento',
  'legend.noData': 'Sin datos',

  'uptime.bars': '{name}: los últimos {count} días, del más antiguo al más reciente',
  'uptime.quiet': 'sin incidencias',
  'uptime.outage': ', {minutes} min de interrupción',
  'uptime.period': '{percent} de disponibilidad en los últimos {count} días',
  'uptime.since': '{percent} de disponibilidad desde el {day}',
  'uptime.noData': 'Aún no hay datos',
  'uptime.noDataDay': 'sin datos',
  'uptime.incidents': '{count, plural, one {# incidencia} other {# incidencias}}',
  'uptime.today': 'Hoy',

  'line.lasted': 'duró {duration}',
  'line.scheduled': 'Programado: del {start} al {end}',
  'line.until': 'hasta el {time}',
  'line.ongoing': '{status}, desde hace {duration}',
  'summary.window': 'Franja: del {start} al {end}',
  nextUpdate: 'Próxima actualización prevista a más tardar el {time}',
  lastUpdateAgo: 'Última actualización hace {duration}',

  'incident.impact': 'Impacto',
  'incident.window': 'Franja',
  'incident.windowRange': 'del {start} al {end}',
  'incident.starts': 'Empieza',
  'incident.started': 'Empezó',
  'incident.ended': 'Terminó',
  'incident.duration': 'Duración',
  'incident.ongoingFor': 'En curso desde hace',
  'incident.affected': 'Afectados',
  'incident.updates': 'Actualizaciones',
  'incident.postmortem': 'Análisis posterior',
  'incident.readPostmortem': 'Leer el análisis posterior completo',
  'incident.all': '← Todas las incidencias',

  'history.title': 'Historial de incidencias',
  'history.titlePage': 'Historial de incidencias, página {page}',
  'history.empty': 'Todavía no se ha registrado ninguna incidencia.',
  'history.pages': 'Páginas del historial',
  'history.newer': '← Más recientes',
  'history.older': 'Más antiguas →',
  'history.pageOf': 'Página {page} de {count}',

  'component.kind': 'Componente',
  'component.uptime': 'Disponibilidad',
  'component.follow': 'Seguir {name}:',
  'component.recent': 'Incidencias de los últimos {count} días',
  'component.quiet': 'Ninguna incidencia ha afectado a {name} en los últimos {count} días.',
  'component.history': 'Historial de incidencias de {name}',
  'component.historyPage': 'Historial de incidencias de {name}, página {page}',
  'component.historyEmpty': 'Ninguna incidencia ha afectado a {name} todavía.',
  'component.fullHistory': 'Historial completo de {name} →',

  'notFound.title': 'Página no encontrada',
  'notFound.text': 'No hay ninguna página en esta dirección. El {status} y el {history} están a un clic.',
  'notFound.status': 'estado actual',
  'notFound.history': 'historial de incidencias',

  'duration.minutes': '{minutes} min',
  'duration.hours': '{hours} h',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'duration.days': '{days} días',
  'duration.daysHours': '{days} días {hours} h',

  'maintenance.started': 'El mantenimiento ha empezado. Está previsto que termine el {end}.',
  'maintenance.ended': 'La franja de mantenimiento ha terminado.',

  'feed.title': '{name}: historial de incidencias',
  'feed.scopeTitle': '{name}: {scope}',
  'feed.description': 'Incidencias y mantenimientos de {name}',
  'feed.entryTitle': '[{status}] {title}',
  'feed.impact': 'Impacto:',
  'feed.affected': 'Afectados:',
  'feed.affectedText': 'Afectados: {components}.',
  'list.componentStatus': '{name} ({status})',
  'list.separator': ', ',

  'calendar.name': '{name}: mantenimiento',
  'calendar.description': 'Mantenimientos programados de {name}',
  'calendar.affected': 'Afectados: {components}',

  'share.label': '[{status}] {title}',
  'share.maintenanceStatus': 'Mantenimiento: {statusInline}',
  'share.status': 'Estado: {status} ({time})',
  'share.affected': 'Afectados: {components}',
  'share.nextUpdate': 'Próxima actualización a más tardar el {time} ({utc}).',
  'share.follow': 'Sigue esta incidencia: {url}',
  'share.greeting': 'Hola, gracias por escribirnos.',
  'share.resolved': '{title}: se resolvió el {time}. {latest}',
  'share.known': 'Ya lo sabemos: {title}.',
  'share.knownAffects': 'Ya lo sabemos: {title}. Afecta a {components}.',
  'share.rightNow': 'Ahora mismo: {latest}',
  'share.meanwhile': 'Lo que puedes hacer mientras tanto: {workarounds}',
  'share.nextExpected': 'La próxima actualización está prevista a más tardar el {time}.',
  'share.noNext': 'Publicamos actualizaciones en nuestra página de estado en cuanto sabemos más.',
  'share.live': 'Puedes seguirlo en directo aquí: {url}',
  'share.closing': 'Si algo no queda claro, responde a este mensaje y te ayudamos.',
  'share.workaroundWords':
    'por favor|puedes|puede|vuelve a intentarlo|inténtalo de ' +
    'nuevo|reintenta|en su lugar|mientras tanto|usa|elige|cambia a',

  'footer.allWays': 'Todas las formas de seguirlo',
  'subscribe.title': 'Suscribirse',
  'subscribe.heading': 'Seguir {name}',
  'subscribe.intro':
    'Todas las formas de enterarse de incidencias y mantenimientos, desde un lector de feeds hasta un canal de chat.',
  'subscribe.feeds': 'Feeds',
  'subscribe.feedsIntro': 'Para lectores de feeds: cada actualización, la más reciente primero.',
  'subscribe.everything': 'Todo:',
  'subscribe.scope': '{name}:',
  'subscribe.feedLabel': '{format} ({name})',
  'subscribe.groupsAndComponents': 'Grupos y componentes',
  'subscribe.calendar': 'Calendario de mantenimiento',
  'subscribe.calendarIntro':
    'Los mantenimientos programados como eventos de calendario. Añádelo con su dirección ' +
    '(Google Calendar: Otros calendarios → Desde URL; Outlook: Agregar calendario → ' +
    'Suscribirse desde la web; Calendario de Apple: Archivo → Nueva suscripción a calendario):',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro':
    'Añade la app RSS a tu espacio de trabajo y escribe esto en el canal que debe enterarse de las actualizaciones:',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'En el canal, abre Workflows, elige la plantilla «Post to a ' +
    'channel when a RSS feed item is published» y dale esta dirección:',
  'subscribe.email': 'Correo electrónico',
  'subscribe.emailIntro': 'Cada actualización se envía a una lista de correo. Puedes apuntarte y darte de baja aquí:',
  'subscribe.emailLink': 'Unirse a la lista de correo',
  'subscribe.social': 'Redes sociales',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'Estado del servicio',
  'embed.pageTitle': '{name}: estado',
  'announce.readMore': 'Leer más',
  'announce.view': 'Ver en la página de estado',
  'announce.affected': 'Afectados',
  'announce.impact': 'Impacto',
  'announce.window': 'Franja',
  'announce.windowRange': '{start} – {end}',
  'announce.posted': 'Publicado',
  'announce.follow': 'Síguelo en la página de estado: {url}',
  'announce.emailFooter':
    'Recibes este mensaje porque te uniste a la lista de correo de ' +
    '{name}. El pie de la propia lista explica cómo darte de baja.',

  'template.ourService': 'Nuestro servicio',
  'template.full-outage.description': 'Algo no está disponible en absoluto',
  'template.full-outage.title': '{components} no disponible',
  'template.full-outage.page':
    '{components} no está disponible para ningún cliente. Estamos trabajando para restablecerlo ' +
    'y publicaremos aquí lo que sepamos. Próxima actualización a más tardar a las {next}.',
  'template.full-outage.subject': '{components} no está disponible',
  'template.full-outage.email':
    '{components} no está disponible ahora mismo para ningún cliente. Nuestro ' +
    'equipo está trabajando para restablecerlo.\n\nPublicaremos la próxima ' +
    'actualización a más tardar a las {next} en nuestra página de estado: {link}',
  'template.full-outage.post':
    '{components} no está disponible para ningún cliente. Estamos en ' +
    'ello. Próxima actualización a más tardar a las {next}: {link}',
  'template.partial-outage.description': 'Fallan algunos clientes o algunas solicitudes',
  'template.partial-outage.title': 'Algunos clientes ven errores en {components}',
  'template.partial-outage.page':
    'Algunos clientes ven errores al usar {components}. No se pierde nada de lo que has guardado. Si ' +
    'algo falla, vuelve a intentarlo en unos minutos. Próxima actualización a más tardar a las {next}.',
  'template.partial-outage.subject': 'Errores en {components} para algunos clientes',
  'template.partial-outage.email':
    'Algunos clientes ven errores al usar {components}. No se pierde nada de lo que ' +
    'has guardado; si algo falla, vuelve a intentarlo en unos minutos.\n\nPróxima ' +
    'actualización a más tardar a las {next} en nuestra página de estado: {link}',
  'template.partial-outage.post':
    'Algunos clientes ven errores en {components}. No se pierde nada; reintenta ' +
    'en unos minutos. Próxima actualización a más tardar a las {next}: {link}',
  'template.degraded-performance.description': 'Todo funciona, pero despacio',
  'template.degraded-performance.title': '{components} va lento',
  'template.degraded-performance.page':
    '{components} funciona, pero responde más despacio de lo normal. Todo lo que haces ' +
    'se guarda con normalidad. Próxima actualización a más tardar a las {next}.',
  'template.degraded-performance.subject': '{components} va más lento de lo normal',
  'template.degraded-performance.email':
    '{components} funciona, pero responde más despacio de lo normal. Todo lo que haces se guarda con ' +
    'normalidad.\n\nPróxima actualización a más tardar a las {next} en nuestra página de estado: {link}',
  'template.degraded-performance.post':
    '{components} va más lento de lo normal; todo sigue funcionando y se ' +
    'guarda. Próxima actualización a más tardar a las {next}: {link}',
  'template.third-party.description': 'Un servicio del que dependemos tiene un problema que te afecta',
  'template.third-party.title': '{components} afectado por un problema de un proveedor',
  'template.third-party.page':
    'Un servicio que usamos para {components} tiene un problema y algunas de tus solicitudes fallan. ' +
    'Estamos trabajando con ellos y en alternativas. Próxima actualización a más tardar a las {next}.',
  'template.third-party.subject': '{components}: fallan algunas solicitudes',
  'template.third-party.email':
    'Un servicio que usamos para {components} tiene un problema y algunas de tus ' +
    'solicitudes fallan. Estamos trabajando con ellos y en alternativas.\n\nPróxima ' +
    'actualización a más tardar a las {next} en nuestra página de estado: {link}',
  'template.third-party.post':
    'Fallan algunas solicitudes a {components} por un problema en un servicio que ' +
    'usamos. Estamos en ello. Próxima actualización a más tardar a las {next}: {link}',
  'template.delayed-data.description': 'Datos, correos o eventos llegan tarde, pero no se pierden',
  'template.delayed-data.title': '{components} con retraso',
  'template.delayed-data.page':
    '{components} llega más tarde de lo normal. No se pierde nada: todo lo retrasado ' +
    'se entregará, en orden. Próxima actualización a más tardar a las {next}.',
  'template.delayed-data.subject': '{components} llega con retraso',
  'template.delayed-data.email':
    '{components} llega más tarde de lo normal. No se pierde nada: todo lo retrasado se entregará, en ' +
    'orden.\n\nPróxima actualización a más tardar a las {next} en nuestra página de estado: {link}',
  'template.delayed-data.post':
    '{components} llega con retraso. No se pierde nada; todo se entregará ' +
    'en orden. Próxima actualización a más tardar a las {next}: {link}',
  'template.security.description': 'Una incidencia de seguridad; di a los clientes qué deben hacer',
  'template.security.title': 'Incidencia de seguridad que afecta a {components}',
  'template.security.page':
    'Estamos investigando un problema de seguridad que afecta a {components}. Como precaución, ' +
    'cierra la sesión y vuelve a iniciarla. Te contaremos aquí lo que descubramos y si tienes ' +
    'que hacer algo más. Próxima actualización a más tardar a las {next}.',
  'template.security.subject': 'Problema de seguridad en {components}: qué hacer',
  'template.security.email':
    'Estamos investigando un problema de seguridad que afecta a {components}. Como precaución, ' +
    'cierra la sesión y vuelve a iniciarla.\n\nTe contaremos lo que descubramos y si tienes ' +
    'que hacer algo más. Próxima actualización a más tardar a las {next}: {link}',
  'template.security.post':
    'Estamos investigando un problema de seguridad en {components}. Como precaución, ' +
    'vuelve a iniciar sesión. Próxima actualización a más tardar a las {next}: {link}',
  'template.maintenance.description': 'Mantenimiento programado: cuándo, qué se ve afectado, qué hacer',
  'template.maintenance.title': 'Mantenimiento programado de {components}',
  'template.maintenance.page':
    'Durante esta franja, {components} puede no estar disponible durante unos minutos ' +
    'cada vez. Vuelve a intentar lo que falle; no se pierde nada de lo que guardes.',
  'template.maintenance.subject': 'Mantenimiento programado de {components}',
  'template.maintenance.email':
    'Durante la franja de mantenimiento, {components} puede no estar disponible durante unos minutos cada ' +
    'vez. Vuelve a intentar lo que falle; no se pierde nada de lo que guardes.\n\nDetalles y horarios: {link}',
  'template.maintenance.post':
    'Mantenimiento programado: {components} puede no estar disponible brevemente ' +
    'durante la franja. Vuelve a intentar lo que falle. Detalles: {link}',
  'template.all-clear.description':
    'La actualización «Resuelto»: qué funciona, qué se perdió (a menudo nada), qué hacer',
  'template.all-clear.title': '{components} vuelve a funcionar con normalidad',
  'template.all-clear.page':
    '{components} vuelve a funcionar con normalidad. No se ha perdido ' +
    'nada y no tienes que hacer nada. Gracias por tu paciencia.',
  'template.all-clear.subject': 'Resuelto: {components} vuelve a funcionar con normalidad',
  'template.all-clear.email':
    '{components} vuelve a funcionar con normalidad. No se ha perdido nada y no tienes ' +
    'que hacer nada.\n\nLa cronología completa está en nuestra página de estado: {link}',
  'template.all-clear.post':
    'Resuelto: {components} vuelve a funcionar con normalidad. No ' +
    'se ha perdido nada y no tienes que hacer nada. Detalles: {link}',
};
