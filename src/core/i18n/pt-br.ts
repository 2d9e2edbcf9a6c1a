/** Português (Brasil). */
import type { Catalogue } from './en.ts';

export const ptBR: Catalogue = {
  'language.name': 'Português (Brasil)',

  skipLink: 'Pular para o conteúdo',
  'nav.label': 'Site',
  'nav.status': 'Status',
  'nav.history': 'Histórico',
  'nav.subscribe': 'Assinar',
  'nav.languages': 'Idioma',
  'meta.description': 'Status atual e histórico de incidentes de {name}.',
  'footer.settled': 'Para ver o status atual, acesse a {link}.',
  'footer.settledLink': 'página de status',
  'footer.statusAsOf': 'Status em {time}.',
  'footer.zone': 'Horários exibidos em {zone}.',
  'footer.zoneLocal': 'Horários exibidos no seu fuso horário ({zone}).',
  'footer.subscribe': 'Assinar:',
  'live.updated': 'Esta página foi atualizada.',
  'live.reload': 'Recarregar',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'JSON Feed',
  'output.calendar': 'calendário de manutenções',
  'output.badge': 'selo',
  'output.api': 'API',

  'status.investigating': 'Investigando',
  'status.identified': 'Identificado',
  'status.monitoring': 'Monitorando',
  'status.update': 'Atualização',
  'status.resolved': 'Resolvido',
  'status.scheduled': 'Agendada',
  'status.in_progress': 'Em andamento',
  'status.verifying': 'Verificando',
  'status.completed': 'Concluída',
  'componentStatus.operational': 'Operacional',
  'componentStatus.under_maintenance': 'Em manutenção',
  'componentStatus.degraded_performance': 'Desempenho reduzido',
  'componentStatus.partial_outage': 'Interrupção parcial',
  'componentStatus.major_outage': 'Interrupção grave',
  'componentStatusPast.operational': 'Esteve operacional',
  'componentStatusPast.under_maintenance': 'Esteve em manutenção',
  'componentStatusPast.degraded_performance': 'Teve desempenho reduzido',
  'componentStatusPast.partial_outage': 'Teve uma interrupção parcial',
  'componentStatusPast.major_outage': 'Teve uma interrupção grave',
  'componentStatusInline.operational': 'operacional',
  'componentStatusInline.under_maintenance': 'em manutenção',
  'componentStatusInline.degraded_performance': 'desempenho reduzido',
  'componentStatusInline.partial_outage': 'interrupção parcial',
  'componentStatusInline.major_outage': 'interrupção grave',
  'overall.operational': 'Todos os sistemas operacionais',
  'overall.under_maintenance': 'Manutenção em andamento',
  'overall.degraded_performance': 'Alguns sistemas estão lentos',
  'overall.partial_outage': 'Interrupção parcial',
  'overall.major_outage': 'Interrupção grave',
  'impact.none': 'Nenhum',
  'impact.minor': 'Baixo',
  'impact.major': 'Alto',
  'impact.critical': 'Crítico',
  'kind.incident': 'Incidente',
  'kind.maintenance': 'Manutenção',
  'kind.notice': 'Aviso',
  'kind.impact': 'Impacto: {impact}',

  'home.notices': 'Avisos',
  'home.active': 'Incidentes atuais',
  'home.maintenanceNow': 'Manutenção em andamento',
  'home.maintenanceNext': 'Próximas manutenções',
  'home.components': 'Componentes',
  'home.pastDays': 'Últimos {count} dias',
  'home.quietDay': 'Nenhum incidente registrado.',
  'home.fullHistory': 'Histórico completo de incidentes →',
  'legend.operational': 'Operacional',
  'legend.degraded': 'Reduzido',
  'legend.partial': 'Interrupção parcial',
  'legend.major': 'Interrupção grave',
  'legend.maintenance': 'Manutenção',
  'legend.noData': 'Sem dados',

  'uptime.bars': '{name}: os últimos {count} dias, do mais antigo ao mais recente',
  'uptime.quiet': 'sem incidentes',
  'uptime.outage': ', {minutes} min de interrupção',
  'uptime.period': '{percent} de disponibilidade nos últimos {count} dias',
  'uptime.since': '{percent} de disponibilidade desde {day}',
  'uptime.noData': 'Ainda sem dados',
  'uptime.noDataDay': 'sem dados',
  'uptime.incidents': '{count, plural, one {# incidente} other {# incidentes}}',
  'uptime.today': 'Hoje',

  'line.lasted': 'durou {duration}',
  'line.scheduled': 'Agendada: {start} até {end}',
  'line.until': 'até {time}',
  'line.ongoing': '{status}, há {duration}',
  'summary.window': 'Janela: {start} até {end}',
  nextUpdate: 'Próxima atualização prevista até {time}',
  lastUpdateAgo: 'Última atualização há {duration}',

  'incident.impact': 'Impacto',
  'incident.window': 'Janela',
  'incident.windowRange': '{start} até {end}',
  'incident.starts': 'Começa',
  'incident.started': 'Começou',
  'incident.ended': 'Terminou',
  'incident.duration': 'Duração',
  'incident.ongoingFor': 'Em andamento há',
  'incident.affected': 'Afetados',
  'incident.updates': 'Atualizações',
  'incident.postmortem': 'Análise pós-incidente',
  'incident.readPostmortem': 'Ler a análise pós-incidente completa',
  'incident.all': '← Todos os incidentes',

  'history.title': 'Histórico de incidentes',
  'history.titlePage': 'Histórico de incidentes, página {page}',
  'history.empty': 'Nenhum incidente registrado até agora.',
  'history.pages': 'Páginas do histórico',
  'history.newer': '← Mais recentes',
  'history.older': 'Mais antigos →',
  'history.pageOf': 'Página {page} de {count}',

  'component.kind': 'Componente',
  'component.uptime': 'Disponibilidade',
  'component.follow': 'Acompanhar {name}:',
  'component.recent': 'Incidentes dos últimos {count} dias',
  'component.quiet': 'Nenhum incidente afetou {name} nos últimos {count} dias.',
  'component.history': 'Histórico de incidentes de {name}',
  'component.historyPage': 'Histórico de incidentes de {name}, página {page}',
  'component.historyEmpty': 'Nenhum incidente afetou {name} até agora.',
  'component.fullHistory': 'Histórico completo de {name} →',

  'notFound.title': 'Página não encontrada',
  'notFound.text': 'Não há nenhuma página neste endereço. O {status} e o {history} estão a um clique.',
  'notFound.status': 'status atual',
  'notFound.history': 'histórico de incidentes',

  'duration.minutes': '{minutes} min',
  'duration.hours': '{hours} h',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'duration.days': '{days} dias',
  'duration.daysHours': '{days} dias {hours} h',

  'maintenance.started': 'A manutenção começou. O término está previsto para {end}.',
  'maintenance.ended': 'A janela de manutenção terminou.',

  'feed.title': '{name}: histórico de incidentes',
  'feed.scopeTitle': '{name}: {scope}',
  'feed.description': 'Incidentes e manutenções de {name}',
  'feed.entryTitle': '[{status}] {title}',
  'feed.impact': 'Impacto:',
  'feed.affected': 'Afetados:',
  'feed.affectedText': 'Afetados: {components}.',
  'list.componentStatus': '{name} ({status})',
  'list.separator': ', ',

  'calendar.name': '{name}: manutenção',
  'calendar.description': 'Manutenções agendadas de {name}',
  'calendar.affected': 'Afetados: {components}',

  'share.label': '[{status}] {title}',
  'share.maintenanceStatus': 'Manutenção: {statusInline}',
  'share.status': 'Status: {status} ({time})',
  'share.affected': 'Afetados: {components}',
  'share.nextUpdate': 'Próxima atualização até {time} ({utc}).',
  'share.follow': 'Acompanhe este incidente: {url}',
  'share.greeting': 'Olá, obrigado por entrar em contato.',
  'share.resolved': '{title}: isso foi resolvido em {time}. {latest}',
  'share.known': 'Já sabemos disso: {title}.',
  'share.knownAffects': 'Já sabemos disso: {title}. Afeta {components}.',
  'share.rightNow': 'Neste momento: {latest}',
  'share.meanwhile': 'O que você pode fazer enquanto isso: {workarounds}',
  'share.nextExpected': 'A próxima atualização está prevista até {time}.',
  'share.noNext': 'Publicamos atualizações na nossa página de status assim que soubermos mais.',
  'share.live': 'Você pode acompanhar ao vivo aqui: {url}',
  'share.closing': 'Se algo não estiver claro, é só responder que ajudamos.',
  'share.workaroundWords':
    'por favor|você pode|tente novamente|tente de novo|em vez ' +
    'disso|enquanto isso|nesse meio-tempo|use|escolha|mude para',

  'footer.allWays': 'Todas as formas de acompanhar',
  'subscribe.title': 'Assinar',
  'subscribe.heading': 'Acompanhar {name}',
  'subscribe.intro': 'Todas as formas de saber de incidentes e manutenções, do leitor de feeds ao canal de chat.',
  'subscribe.feeds': 'Feeds',
  'subscribe.feedsIntro': 'Para leitores de feeds: cada atualização, a mais recente primeiro.',
  'subscribe.everything': 'Tudo:',
  'subscribe.scope': '{name}:',
  'subscribe.feedLabel': '{format} ({name})',
  'subscribe.groupsAndComponents': 'Grupos e componentes',
  'subscribe.calendar': 'Calendário de manutenções',
  'subscribe.calendarIntro':
    'As manutenções agendadas como eventos de calendário. Adicione pelo endereço ' +
    '(Google Agenda: Outras agendas → Do URL; Outlook: Adicionar calendário → ' +
    'Assinar da web; Calendário da Apple: Arquivo → Nova Assinatura de Calendário):',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro':
    'Adicione o app RSS ao seu workspace e digite isto no canal que deve receber as atualizações:',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'No canal, abra Workflows, escolha o modelo “Post to a channel ' +
    'when a RSS feed item is published” e informe este endereço:',
  'subscribe.email': 'E-mail',
  'subscribe.emailIntro': 'Cada atualização é enviada a uma lista de e-mails. Entre e saia dela aqui:',
  'subscribe.emailLink': 'Entrar na lista de e-mails',
  'subscribe.social': 'Redes sociais',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'Status do serviço',
  'embed.pageTitle': '{name}: status',
  'announce.readMore': 'Leia mais',
  'announce.view': 'Ver na página de status',
  'announce.affected': 'Afetados',
  'announce.impact': 'Impacto',
  'announce.window': 'Janela',
  'announce.windowRange': '{start} – {end}',
  'announce.posted': 'Publicado',
  'announce.follow': 'Acompanhe na página de status: {url}',
  'announce.emailFooter':
    'Você recebe esta mensagem porque entrou na lista de e-mails ' +
    'de {name}. O rodapé da própria lista explica como sair dela.',

  'template.ourService': 'Nosso serviço',
  'template.full-outage.description': 'Algo está totalmente indisponível',
  'template.full-outage.title': '{components} indisponível',
  'template.full-outage.page':
    '{components} está indisponível para todos os clientes. Estamos trabalhando para ' +
    'restabelecer e publicaremos aqui o que descobrirmos. Próxima atualização até {next}.',
  'template.full-outage.subject': '{components} está indisponível',
  'template.full-outage.email':
    '{components} está indisponível para todos os clientes neste momento. Nossa equipe está trabalhando ' +
    'para restabelecer.\n\nPublicaremos a próxima atualização até {next} na nossa página de status: {link}',
  'template.full-outage.post':
    '{components} está indisponível para todos os clientes. Estamos ' +
    'trabalhando nisso. Próxima atualização até {next}: {link}',
  'template.partial-outage.description': 'Alguns clientes ou algumas requisições falham',
  'template.partial-outage.title': 'Alguns clientes veem erros em {components}',
  'template.partial-outage.page':
    'Alguns clientes veem erros ao usar {components}. Nada do que você salvou foi perdido. ' +
    'Se algo falhar, tente novamente em alguns minutos. Próxima atualização até {next}.',
  'template.partial-outage.subject': 'Erros em {components} para alguns clientes',
  'template.partial-outage.email':
    'Alguns clientes veem erros ao usar {components}. Nada do que você salvou foi perdido; se algo falhar, ' +
    'tente novamente em alguns minutos.\n\nPróxima atualização até {next} na nossa página de status: {link}',
  'template.partial-outage.post':
    'Alguns clientes veem erros em {components}. Nada foi perdido; tente ' +
    'novamente em alguns minutos. Próxima atualização até {next}: {link}',
  'template.degraded-performance.description': 'Tudo funciona, mas devagar',
  'template.degraded-performance.title': '{components} está lento',
  'template.degraded-performance.page':
    '{components} funciona, mas responde mais devagar que o normal. Tudo o ' +
    'que você faz é salvo normalmente. Próxima atualização até {next}.',
  'template.degraded-performance.subject': '{components} está mais lento que o normal',
  'template.degraded-performance.email':
    '{components} funciona, mas responde mais devagar que o normal. Tudo o que você faz é ' +
    'salvo normalmente.\n\nPróxima atualização até {next} na nossa página de status: {link}',
  'template.degraded-performance.post':
    '{components} está mais lento que o normal; tudo continua ' +
    'funcionando e sendo salvo. Próxima atualização até {next}: {link}',
  'template.third-party.description': 'Um serviço do qual dependemos tem um problema que afeta você',
  'template.third-party.title': '{components} afetado por um problema em um parceiro',
  'template.third-party.page':
    'Um serviço que usamos para {components} tem um problema, e algumas das suas requisições ' +
    'falham. Estamos trabalhando com eles e em alternativas. Próxima atualização até {next}.',
  'template.third-party.subject': '{components}: algumas requisições falham',
  'template.third-party.email':
    'Um serviço que usamos para {components} tem um problema, e algumas das suas ' +
    'requisições falham. Estamos trabalhando com eles e em alternativas.\n\nPróxima ' +
    'atualização até {next} na nossa página de status: {link}',
  'template.third-party.post':
    'Algumas requisições a {components} falham por um problema em um serviço ' +
    'que usamos. Estamos cuidando disso. Próxima atualização até {next}: {link}',
  'template.delayed-data.description': 'Dados, e-mails ou eventos chegam atrasados, mas não se perdem',
  'template.delayed-data.title': '{components} com atraso',
  'template.delayed-data.page':
    '{components} está chegando mais tarde que o normal. Nada foi perdido: tudo ' +
    'o que atrasou será entregue, em ordem. Próxima atualização até {next}.',
  'template.delayed-data.subject': '{components} está com atraso',
  'template.delayed-data.email':
    '{components} está chegando mais tarde que o normal. Nada foi perdido: tudo o que atrasou será ' +
    'entregue, em ordem.\n\nPróxima atualização até {next} na nossa página de status: {link}',
  'template.delayed-data.post':
    '{components} está com atraso. Nada foi perdido; tudo será ' +
    'entregue em ordem. Próxima atualização até {next}: {link}',
  'template.security.description': 'Um incidente de segurança; diga aos clientes o que fazer',
  'template.security.title': 'Incidente de segurança afetando {components}',
  'template.security.page':
    'Estamos investigando um problema de segurança que afeta {components}. Por ' +
    'precaução, saia da sua conta e entre novamente. Contaremos aqui o que descobrirmos ' +
    'e se você precisa fazer mais alguma coisa. Próxima atualização até {next}.',
  'template.security.subject': 'Problema de segurança em {components}: o que fazer',
  'template.security.email':
    'Estamos investigando um problema de segurança que afeta {components}. Por ' +
    'precaução, saia da sua conta e entre novamente.\n\nContaremos o que descobrirmos e ' +
    'se você precisa fazer mais alguma coisa. Próxima atualização até {next}: {link}',
  'template.security.post':
    'Estamos investigando um problema de segurança em {components}. Por precaução, ' +
    'entre novamente na sua conta. Próxima atualização até {next}: {link}',
  'template.maintenance.description': 'Manutenção agendada: quando, o que é afetado, o que fazer',
  'template.maintenance.title': 'Manutenção agendada de {components}',
  'template.maintenance.page':
    'Durante esta janela, {components} pode ficar indisponível por alguns minutos de ' +
    'cada vez. Tente novamente o que falhar; nada do que você salvar será perdido.',
  'template.maintenance.subject': 'Manutenção agendada de {components}',
  'template.maintenance.email':
    'Durante a janela de manutenção, {components} pode ficar indisponível por alguns minutos de cada vez. ' +
    'Tente novamente o que falhar; nada do que você salvar será perdido.\n\nDetalhes e horários: {link}',
  'template.maintenance.post':
    'Manutenção agendada: {components} pode ficar brevemente indisponível ' +
    'durante a janela. Tente novamente o que falhar. Detalhes: {link}',
  'template.all-clear.description':
    'A atualização “Resolvido”: o que funciona, o que se perdeu (geralmente nada), o que fazer',
  'template.all-clear.title': '{components} voltou a funcionar normalmente',
  'template.all-clear.page':
    '{components} voltou a funcionar normalmente. Nada foi perdido ' +
    'e você não precisa fazer nada. Obrigado pela paciência.',
  'template.all-clear.subject': 'Resolvido: {components} voltou a funcionar normalmente',
  'template.all-clear.email':
    '{components} voltou a funcionar normalmente. Nada foi perdido e você não precisa ' +
    'fazer nada.\n\nA linha do tempo completa está na nossa página de status: {link}',
  'template.all-clear.post':
    'Resolvido: {components} voltou a funcionar normalmente. Nada ' +
    'foi perdido e você não precisa fazer nada. Detalhes: {link}',
};
