/**
 * Progressive enhancement; the page is complete without it.
 * - every <time datetime="…T…"> shows the reader's own zone, in the page's own date format (the one its
 *   day headings use), so a page speaks one vocabulary with the script as without it
 * - "x minutes ago" next to times marked data-relative
 * - upcoming maintenance turns "In progress" by the reader's clock between rebuilds
 * - while the tab is visible, polls the status API about once a minute and
 *   offers a reload when the page has been updated (fixed position: no layout shift)
 */
const body = document.body;
/** The page's own words for what the script writes (from the site's catalogue), and its locale for Intl. */
type Words = { zone: string; updated: string; reload: string; in_progress: string; completed: string; intl: string };
const words = JSON.parse(body.dataset.text ?? '{}') as Words;
/** The page's date format (en-GB on an English page: "22 Nov 2026, 18:20 UTC"), whatever the browser's language. */
const locale = words.intl || document.documentElement.lang || 'en';
/** The reader's own locale when it is the page's language (en-US on an English page): zone names as they know them. */
const base = (tag: string) => tag.toLowerCase().split('-')[0];
const readerLocale = navigator.languages.find((tag) => base(tag) === base(locale)) ?? locale;

function localTimes(): void {
  // The options and the " at " of formatDateTime (src/core/incident/time.ts): the same text but for the zone.
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  // en-GB calls New York's winter zone "GMT-5"; a reader in the US knows it as "EST".
  const zoneNames = new Intl.DateTimeFormat(readerLocale, { timeZoneName: 'short' });
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]')) {
    const date = new Date(element.dateTime);
    if (Number.isNaN(date.getTime())) continue;
    const zone = zoneNames.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
    element.title ||= element.textContent ?? '';
    element.textContent = format
      .formatToParts(date)
      .map((part) => (part.type === 'timeZoneName' && zone ? zone : part.value))
      .join('')
      .replace(' at ', ', ');
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const note of document.querySelectorAll<HTMLElement>('[data-zone-note]'))
    note.textContent = words.zone.replace('{zone}', zone);
}

function relativeTimes(): void {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const minutes = Math.round((new Date(element.dateTime).getTime() - Date.now()) / 60_000);
    if (Math.abs(minutes) > 48 * 60) continue;
    const text =
      Math.abs(minutes) < 90 ? relative.format(minutes, 'minute') : relative.format(Math.round(minutes / 60), 'hour');
    let badge = element.nextElementSibling as HTMLElement | null;
    if (!badge?.classList.contains('ago')) {
      badge = document.createElement('span');
      badge.className = 'ago';
      element.after(badge);
    }
    badge.textContent = ` (${text})`;
  }
}

function maintenanceByClock(): void {
  const now = Date.now();
  for (const element of document.querySelectorAll<HTMLElement>('[data-window-start][data-window-end]')) {
    const start = Date.parse(element.dataset.windowStart!);
    const end = Date.parse(element.dataset.windowEnd!);
    if (now < start) continue;
    const label = element.querySelector<HTMLElement>('[data-window-state]');
    if (label) label.textContent = now >= end ? words.completed : words.in_progress;
    // Pills of the affected components: [[tone, label] during, [tone, label] after].
    for (const pill of element.querySelectorAll<HTMLElement>('[data-window-pill]')) {
      const [tone, text] = (JSON.parse(pill.dataset.windowPill!) as [string, string][])[now >= end ? 1 : 0];
      pill.className = `status status-${tone}`;
      pill.lastChild!.textContent = text;
    }
  }
}

function liveNotice(): void {
  const url = body.dataset.statusUrl;
  const shown = body.dataset.updated;
  if (!url || !shown) return;
  let notice: HTMLElement | undefined;
  const check = async () => {
    if (document.visibilityState !== 'visible' || notice) return;
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const status = (await response.json()) as { page?: { updated_at?: string } };
      // Two checks can be in flight at once (a slow answer, then the next minute or a tab switch): one notice.
      if (!notice && status.page?.updated_at && status.page.updated_at !== shown) {
        notice = document.createElement('div');
        notice.className = 'live-notice';
        notice.setAttribute('role', 'status');
        const reload = document.createElement('a');
        reload.href = '';
        reload.textContent = words.reload;
        notice.append(`${words.updated} `, reload);
        body.append(notice);
      }
    } catch {
      // Offline or mid-deploy: try again next minute.
    }
  };
  setInterval(check, 60_000);
  document.addEventListener('visibilitychange', check);
}

localTimes();
relativeTimes();
maintenanceByClock();
liveNotice();
setInterval(() => {
  relativeTimes();
  maintenanceByClock();
}, 60_000);
