/**
 * Progressive enhancement; the page is complete without it.
 * - every <time datetime="…T…"> shows the reader's own zone and locale
 * - "x minutes ago" next to times marked data-relative
 * - upcoming maintenance turns "In progress" by the reader's clock between rebuilds
 * - while the tab is visible, polls the status API about once a minute and
 *   offers a reload when the page has been updated (fixed position: no layout shift)
 */
const body = document.body;
/** The page's own words for what the script writes (from the site's catalogue). */
const words = JSON.parse(body.dataset.text ?? '{}') as { zone: string; updated: string; reload: string; in_progress: string; completed: string };
/** The reader's own locale when it is the page's language (en-US on an English page), else the page's. */
const pageLang = document.documentElement.lang || 'en';
const base = (tag: string) => tag.toLowerCase().split('-')[0];
const locale = navigator.languages.find((tag) => base(tag) === base(pageLang)) ?? pageLang;

function localTimes(): void {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  });
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]')) {
    const date = new Date(element.dateTime);
    if (Number.isNaN(date.getTime())) continue;
    element.title ||= element.textContent ?? '';
    element.textContent = format.format(date);
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const note of document.querySelectorAll<HTMLElement>('[data-zone-note]')) note.textContent = words.zone.replace('{zone}', zone);
}

function relativeTimes(): void {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const minutes = Math.round((new Date(element.dateTime).getTime() - Date.now()) / 60_000);
    if (Math.abs(minutes) > 48 * 60) continue;
    const text = Math.abs(minutes) < 90 ? relative.format(minutes, 'minute') : relative.format(Math.round(minutes / 60), 'hour');
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
    const label = element.querySelector<HTMLElement>('[data-window-state]');
    if (!label) continue;
    const start = Date.parse(element.dataset.windowStart!);
    const end = Date.parse(element.dataset.windowEnd!);
    if (now >= end) label.textContent = words.completed;
    else if (now >= start) label.textContent = words.in_progress;
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
