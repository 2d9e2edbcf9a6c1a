/** 日本語. */
import type { Catalogue } from './en.ts';

export const ja: Catalogue = {
  'language.name': '日本語',

  skipLink: '本文へスキップ',
  'nav.label': 'サイト',
  'nav.status': 'ステータス',
  'nav.history': '履歴',
  'nav.subscribe': '購読',
  'nav.languages': '言語',
  'meta.description': '{name}の現在のステータスと障害履歴。',
  'footer.settled': '現在のステータスは{link}をご覧ください。',
  'footer.settledLink': 'ステータスページ',
  'footer.statusAsOf': '{time}時点のステータス。',
  'footer.zone': '時刻は{zone}で表示しています。',
  'footer.zoneLocal': '時刻はお使いのタイムゾーン（{zone}）で表示しています。',
  'footer.subscribe': '購読：',
  'live.updated': 'このページは更新されました。',
  'live.reload': '再読み込み',

  'output.atom': 'Atom',
  'output.rss': 'RSS',
  'output.jsonFeed': 'JSONフィード',
  'output.calendar': 'メンテナンスカレンダー',
  'output.badge': 'バッジ',
  'output.api': 'API',

  'status.investigating': '調査中',
  'status.identified': '原因特定',
  'status.monitoring': '経過観察中',
  'status.update': '更新',
  'status.resolved': '解決済み',
  'status.scheduled': '予定',
  'status.in_progress': '実施中',
  'status.verifying': '確認中',
  'status.completed': '完了',
  'componentStatus.operational': '正常',
  'componentStatus.under_maintenance': 'メンテナンス中',
  'componentStatus.degraded_performance': 'パフォーマンス低下',
  'componentStatus.partial_outage': '一部停止',
  'componentStatus.major_outage': '重大な停止',
  'componentStatusPast.operational': '正常でした',
  'componentStatusPast.under_maintenance': 'メンテナンス中でした',
  'componentStatusPast.degraded_performance': 'パフォーマンスが低下していました',
  'componentStatusPast.partial_outage': '一部停止していました',
  'componentStatusPast.major_outage': '重大な停止が発生していました',
  'componentStatusInline.operational': '正常',
  'componentStatusInline.under_maintenance': 'メンテナンス中',
  'componentStatusInline.degraded_performance': 'パフォーマンス低下',
  'componentStatusInline.partial_outage': '一部停止',
  'componentStatusInline.major_outage': '重大な停止',
  'overall.operational': 'すべてのシステムが正常です',
  'overall.under_maintenance': 'メンテナンス実施中',
  'overall.degraded_performance': '一部のシステムが遅くなっています',
  'overall.partial_outage': '一部停止',
  'overall.major_outage': '重大な停止',
  'impact.none': 'なし',
  'impact.minor': '軽微',
  'impact.major': '重大',
  'impact.critical': '深刻',
  'kind.incident': '障害',
  'kind.maintenance': 'メンテナンス',
  'kind.notice': 'お知らせ',
  'kind.impact': '影響：{impact}',

  'home.notices': 'お知らせ',
  'home.active': '現在の障害',
  'home.maintenanceNow': '実施中のメンテナンス',
  'home.maintenanceNext': '予定されているメンテナンス',
  'home.components': 'コンポーネント',
  'home.pastDays': '過去{count}日間',
  'home.quietDay': '報告された障害はありません。',
  'home.fullHistory': 'すべての障害履歴 →',
  'legend.operational': '正常',
  'legend.degraded': '低下',
  'legend.partial': '一部停止',
  'legend.major': '重大な停止',
  'legend.maintenance': 'メンテナンス',
  'legend.noData': 'データなし',

  'uptime.bars': '{name}：過去{count}日間（古い順）',
  'uptime.quiet': '障害なし',
  'uptime.outage': '、停止{minutes}分',
  'uptime.period': '過去{count}日間の稼働率 {percent}',
  'uptime.since': '{day}以降の稼働率 {percent}',
  'uptime.noData': 'データはまだありません',
  'uptime.noDataDay': 'データなし',
  'uptime.incidents': '障害{count, plural, other {#件}}',
  'uptime.today': '今日',

  'line.lasted': '継続時間 {duration}',
  'line.scheduled': '予定：{start}〜{end}',
  'line.until': '{time}まで',
  'line.ongoing': '{status}、{duration}継続中',
  'summary.window': '期間：{start}〜{end}',
  nextUpdate: '次回の更新予定：{time}まで',
  lastUpdateAgo: '最終更新：{duration}前',

  'incident.impact': '影響',
  'incident.window': '期間',
  'incident.windowRange': '{start}〜{end}',
  'incident.starts': '開始予定',
  'incident.started': '開始',
  'incident.ended': '終了',
  'incident.duration': '継続時間',
  'incident.ongoingFor': '継続中',
  'incident.affected': '影響範囲',
  'incident.updates': '更新',
  'incident.postmortem': '事後分析',
  'incident.readPostmortem': '事後分析の全文を読む',
  'incident.all': '← すべての障害',

  'history.title': '障害履歴',
  'history.titlePage': '障害履歴（{page}ページ目）',
  'history.empty': 'まだ報告された障害はありません。',
  'history.pages': '履歴のページ',
  'history.newer': '← 新しい障害',
  'history.older': '古い障害 →',
  'history.pageOf': '{count}ページ中{page}ページ目',

  'component.kind': 'コンポーネント',
  'component.uptime': '稼働率',
  'component.follow': '{name}をフォロー：',
  'component.recent': '過去{count}日間の障害',
  'component.quiet': '過去{count}日間、{name}に影響した障害はありません。',
  'component.history': '{name}の障害履歴',
  'component.historyPage': '{name}の障害履歴（{page}ページ目）',
  'component.historyEmpty': '{name}に影響した障害はまだありません。',
  'component.fullHistory': '{name}のすべての履歴 →',

  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'このアドレスにはページがありません。{status}と{history}はすぐに確認できます。',
  'notFound.status': '現在のステータス',
  'notFound.history': '障害履歴',

  'duration.minutes': '{minutes}分',
  'duration.hours': '{hours}時間',
  'duration.hoursMinutes': '{hours}時間{minutes}分',
  'duration.days': '{days}日',
  'duration.daysHours': '{days}日{hours}時間',

  'maintenance.started': 'メンテナンスを開始しました。{end}に終了する予定です。',
  'maintenance.ended': 'メンテナンス期間が終了しました。',

  'feed.title': '{name}：障害履歴',
  'feed.scopeTitle': '{name}：{scope}',
  'feed.description': '{name}の障害とメンテナンス',
  'feed.entryTitle': '［{status}］{title}',
  'feed.impact': '影響：',
  'feed.affected': '影響範囲：',
  'feed.affectedText': '影響範囲：{components}。',
  'list.componentStatus': '{name}（{status}）',
  'list.separator': '、',

  'calendar.name': '{name}：メンテナンス',
  'calendar.description': '{name}の予定メンテナンス',
  'calendar.affected': '影響範囲：{components}',

  'share.label': '［{status}］{title}',
  'share.maintenanceStatus': 'メンテナンス{status}',
  'share.status': 'ステータス：{status}（{time}）',
  'share.affected': '影響範囲：{components}',
  'share.nextUpdate': '次回の更新は{time}（{utc}）までに行います。',
  'share.follow': 'この障害の最新情報：{url}',
  'share.greeting': 'お問い合わせいただきありがとうございます。',
  'share.resolved': '{title}：{time}に解決しました。{latest}',
  'share.known': 'この件は把握しています：{title}。',
  'share.knownAffects': 'この件は把握しています：{title}。影響範囲は{components}です。',
  'share.rightNow': '現在の状況：{latest}',
  'share.meanwhile': 'それまでの間にできること：{workarounds}',
  'share.nextExpected': '次回の更新は{time}までの予定です。',
  'share.noNext': '詳しいことがわかり次第、ステータスページでお知らせします。',
  'share.live': '最新の状況はこちらでご確認いただけます：{url}',
  'share.closing': 'ほかにご不明な点があれば、このメールにご返信ください。',
  'share.workaroundWords': 'ください|できます|再試行|もう一度|代わりに|その間|それまでの間|ご利用|お試し',

  'footer.allWays': 'すべての購読方法',
  'subscribe.title': '購読',
  'subscribe.heading': '{name}をフォロー',
  'subscribe.intro': '障害やメンテナンスの情報を受け取るすべての方法（フィードリーダーからチャットチャンネルまで）。',
  'subscribe.feeds': 'フィード',
  'subscribe.feedsIntro': 'フィードリーダー向け：すべての更新（新しい順）。',
  'subscribe.everything': 'すべて：',
  'subscribe.scope': '{name}：',
  'subscribe.feedLabel': '{format}（{name}）',
  'subscribe.groupsAndComponents': 'グループとコンポーネント',
  'subscribe.calendar': 'メンテナンスカレンダー',
  'subscribe.calendarIntro':
    '予定メンテナンスをカレンダーの予定として配信します。' +
    'アドレスで追加してください（Google カレンダー：他のカレンダー ' +
    '→ URL で追加、Outlook：予定表を追加 → Web から定期受信、Apple ' +
    'カレンダー：ファイル → 新規カレンダー照会）：',
  'subscribe.slack': 'Slack',
  'subscribe.slackIntro': 'ワークスペースに RSS アプリを追加し、更新を受け取るチャンネルで次のように入力してください：',
  'subscribe.teams': 'Microsoft Teams',
  'subscribe.teamsIntro':
    'チャンネルで「ワークフロー」を開き、テンプレート「Post to a channel when ' +
    'a RSS feed item is published」を選んで、このアドレスを指定してください：',
  'subscribe.email': 'メール',
  'subscribe.emailIntro': 'すべての更新はメーリングリストに送信されます。登録と解除はこちら：',
  'subscribe.emailLink': 'メーリングリストに登録',
  'subscribe.social': 'ソーシャルメディア',
  'subscribe.mastodon': 'Mastodon',
  'subscribe.bluesky': 'Bluesky',
  'embed.region': 'サービスのステータス',
  'embed.pageTitle': '{name}：ステータス',
  'announce.readMore': '続きを読む',
  'announce.view': 'ステータスページで見る',
  'announce.affected': '影響範囲',
  'announce.impact': '影響',
  'announce.window': '期間',
  'announce.windowRange': '{start}〜{end}',
  'announce.posted': '投稿日時',
  'announce.follow': 'ステータスページで最新情報をご確認ください：{url}',
  'announce.emailFooter':
    '{name}のメーリングリストに登録されているため、' +
    'このメールをお送りしています。' +
    '登録解除の方法はメーリングリストのフッターに記載されています。',

  'template.ourService': '当サービス',
  'template.full-outage.description': '完全に利用できない',
  'template.full-outage.title': '{components}が利用できません',
  'template.full-outage.page':
    '{components}がすべてのお客様にご利用いただけない状態です。' +
    '復旧に取り組んでおり、判明したことはこちらでお知らせします。' +
    '次回の更新は{next}までに行います。',
  'template.full-outage.subject': '{components}が利用できません',
  'template.full-outage.email':
    '現在、{components}がすべてのお客様にご利用いただけない状態です。' +
    '担当チームが復旧に取り組んでいます。' +
    '\n\n次回の更新は{next}までにステータスページでお知らせします：{link}',
  'template.full-outage.post':
    '{components}がすべてのお客様にご利用いただけない状態です。対応中です。次回の更新は{next}までに：{link}',
  'template.partial-outage.description': '一部のお客様またはリクエストで失敗する',
  'template.partial-outage.title': '一部のお客様で{components}にエラーが発生しています',
  'template.partial-outage.page':
    '一部のお客様で{components}の利用時にエラーが発生しています。' +
    '保存済みのデータは失われていません。失敗した場合は、' +
    '数分後にもう一度お試しください。次回の更新は{next}までに行います。',
  'template.partial-outage.subject': '一部のお客様で{components}にエラー',
  'template.partial-outage.email':
    '一部のお客様で{components}の利用時にエラーが発生しています。' +
    '保存済みのデータは失われていません。失敗した場合は、' +
    '数分後にもう一度お試しください。' +
    '\n\n次回の更新は{next}までにステータスページでお知らせします：{link}',
  'template.partial-outage.post':
    '一部のお客様で{components}にエラーが発生しています。' +
    'データは失われていません。数分後に再試行してください。' +
    '次回の更新は{next}までに：{link}',
  'template.degraded-performance.description': 'すべて動作するが遅い',
  'template.degraded-performance.title': '{components}の動作が遅くなっています',
  'template.degraded-performance.page':
    '{components}は動作していますが、通常より応答が遅くなっています。' +
    '操作内容は通常どおり保存されます。次回の更新は{next}までに行います。',
  'template.degraded-performance.subject': '{components}が通常より遅くなっています',
  'template.degraded-performance.email':
    '{components}は動作していますが、通常より応答が遅くなっています。' +
    '操作内容は通常どおり保存されます。' +
    '\n\n次回の更新は{next}までにステータスページでお知らせします：{link}',
  'template.degraded-performance.post':
    '{components}が通常より遅くなっています。すべて動作し、保存されています。次回の更新は{next}までに：{link}',
  'template.third-party.description': '利用している外部サービスの問題がお客様に影響している',
  'template.third-party.title': '提携先の問題により{components}に影響が出ています',
  'template.third-party.page':
    '{components}で利用しているサービスに問題があり、' +
    '一部のリクエストが失敗しています。提携先と協力して対応し、' +
    '回避策も検討しています。次回の更新は{next}までに行います。',
  'template.third-party.subject': '{components}：一部のリクエストが失敗しています',
  'template.third-party.email':
    '{components}で利用しているサービスに問題があり、' +
    '一部のリクエストが失敗しています。提携先と協力して対応し、' +
    '回避策も検討しています。' +
    '\n\n次回の更新は{next}までにステータスページでお知らせします：{link}',
  'template.third-party.post':
    '利用しているサービスの問題により、' +
    '{components}への一部のリクエストが失敗しています。' +
    '対応中です。次回の更新は{next}までに：{link}',
  'template.delayed-data.description': 'データ、メール、イベントが遅れて届くが失われてはいない',
  'template.delayed-data.title': '{components}に遅延が発生しています',
  'template.delayed-data.page':
    '{components}の到着が通常より遅れています。データは失われていません。' +
    '遅れている分はすべて順番どおりに配信されます。' +
    '次回の更新は{next}までに行います。',
  'template.delayed-data.subject': '{components}に遅延が発生しています',
  'template.delayed-data.email':
    '{components}の到着が通常より遅れています。データは失われていません。' +
    '遅れている分はすべて順番どおりに配信されます。' +
    '\n\n次回の更新は{next}までにステータスページでお知らせします：{link}',
  'template.delayed-data.post':
    '{components}が遅れて届いています。データは失われておらず、' +
    'すべて順番どおりに配信されます。次回の更新は{next}までに：{link}',
  'template.security.description': 'セキュリティ関連の障害。お客様にしていただくことを伝える',
  'template.security.title': '{components}に関するセキュリティインシデント',
  'template.security.page':
    '{components}に影響するセキュリティ上の問題を調査しています。念のため、' +
    '一度ログアウトしてから再度ログインしてください。判明したことや、' +
    '追加で必要な対応があるかどうかはこちらでお知らせします。' +
    '次回の更新は{next}までに行います。',
  'template.security.subject': '{components}に関するセキュリティ上の問題：お願いしたいこと',
  'template.security.email':
    '{components}に影響するセキュリティ上の問題を調査しています。念のため、' +
    '一度ログアウトしてから再度ログインしてください。\n\n判明したことや、' +
    '追加で必要な対応があるかどうかをお知らせします。' +
    '次回の更新は{next}までに：{link}',
  'template.security.post':
    '{components}に影響するセキュリティ上の問題を調査しています。' +
    '念のため再度ログインしてください。次回の更新は{next}までに：{link}',
  'template.maintenance.description': '予定メンテナンス：いつ、何に影響があるか、何をすればよいか',
  'template.maintenance.title': '{components}の予定メンテナンス',
  'template.maintenance.page':
    'この期間中、{components}が数分間ずつ利用できなくなることがあります。' +
    '失敗した操作はもう一度お試しください。保存したデータは失われません。',
  'template.maintenance.subject': '{components}の予定メンテナンス',
  'template.maintenance.email':
    'メンテナンス期間中、{components}が数分間ずつ利用できなくなることがあります。' +
    '失敗した操作はもう一度お試しください。保存したデータは失われません。' +
    '\n\n詳細と時間：{link}',
  'template.maintenance.post':
    '予定メンテナンス：期間中、' +
    '{components}が一時的に利用できなくなることがあります。' +
    '失敗した操作はもう一度お試しください。詳細：{link}',
  'template.all-clear.description': '「解決済み」の更新：何が動作するか、失われたもの（多くの場合なし）、必要な対応',
  'template.all-clear.title': '{components}は正常に戻りました',
  'template.all-clear.page':
    '{components}は正常に動作しています。失われたものはなく、お客様の対応は不要です。ご不便をおかけしました。',
  'template.all-clear.subject': '解決済み：{components}は正常に戻りました',
  'template.all-clear.email':
    '{components}は正常に動作しています。' +
    '失われたものはなく、お客様の対応は不要です。' +
    '\n\n経緯の詳細はステータスページをご覧ください：{link}',
  'template.all-clear.post':
    '解決済み：{components}は正常に戻りました。失われたものはなく、対応は不要です。詳細：{link}',
};
