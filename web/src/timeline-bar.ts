/**
 * A place's control timeline as a small bar: one segment per interval in the holder's colour (hatched when
 * contested), gaps left grey, a blue mark at the chosen day; below it the intervals as text.
 */
import { actorColor, UNKNOWN_COLOR } from './colors.js';
import { addDays, dayToIndex, formatDay, formatRange } from './dates.js';
import { el } from './dom.js';
import { lang, t } from './i18n/index.js';
import type { ControlInterval } from './types.js';

/** Days shown by the second, close-up bar, ending at the later of the chosen day and the last interval. */
const CLOSE_UP_DAYS = 60;

export function timelineBar(intervals: ControlInterval[], day: string, onActor: (id: string) => void): HTMLElement {
  const sorted = [...intervals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  if (sorted.length === 0) return el('p', { class: 'muted' }, t('nothing'));
  const start = sorted[0]!.from;
  const end = [day, ...sorted.map((i) => i.to)].reduce((a, b) => (a > b ? a : b));
  const closeStart = addDays(end, -CLOSE_UP_DAYS + 1);
  const list = el('ul', { class: 'intervals' });
  for (const i of [...sorted].reverse()) list.append(intervalLine(i, onActor));
  const root = el('div', { class: 'timeline' }, bar(sorted, start, end, day, 'whole'));
  if (closeStart > start) root.append(bar(sorted, closeStart, end, day, 'close-up'));
  root.append(list);
  return root;
}

/** One bar from `start` to `end` with its scale. */
function bar(sorted: ControlInterval[], start: string, end: string, day: string, kind: string): HTMLElement {
  const span = Math.max(1, dayToIndex(end) - dayToIndex(start) + 1);
  const pct = (d: string) => Math.min(100, Math.max(0, ((dayToIndex(d) - dayToIndex(start)) / span) * 100));
  const node = el('div', { class: 'timeline-bar', 'data-kind': kind, role: 'img', 'aria-label': `${t('controlTimeline')} ${formatRange(start, end, lang())}` });
  for (const i of sorted) {
    if (i.to < start || i.from > end) continue;
    const seg = el('div', { class: 'segment', 'data-state': i.state, 'data-from': i.from, 'data-to': i.to, title: line(i) });
    seg.style.left = `${pct(i.from)}%`;
    seg.style.width = `max(2px, ${pct(addDays(i.to, 1)) - pct(i.from)}%)`;
    const holder = i.state === 'unknown' ? UNKNOWN_COLOR : actorColor(i.controller?.actorId);
    const rival = i.contenders.find((c) => c.actorId !== i.controller?.actorId);
    seg.style.background = i.state === 'contested' && rival ? `repeating-linear-gradient(45deg, ${holder} 0 3px, ${actorColor(rival.actorId)} 3px 6px)` : holder;
    node.append(seg);
  }
  const now = el('div', { class: 'now', title: formatDay(day, lang()) });
  now.style.left = `${pct(day)}%`;
  node.append(now);
  return el('div', { class: 'timeline-block' }, node, el('div', { class: 'timeline-scale' }, el('span', {}, formatDay(start, lang())), el('span', {}, formatDay(end, lang()))));
}

/** "11 Nov 2017 – 18 Nov 2017: contested — Islamic State, disputed by Syrian Arab Army". */
function intervalLine(i: ControlInterval, onActor: (id: string) => void): HTMLElement {
  const item = el('li', { 'data-from': i.from, 'data-state': i.state }, `${formatRange(i.from, i.to, lang())}: `);
  if (i.state === 'contested') item.append(`${t('contested')} — `);
  if (i.state === 'unknown') item.append(t('unknownState'));
  if (i.controller) {
    const holder = el('button', { type: 'button', class: 'linkish', 'data-actor-id': i.controller.actorId }, i.controller.label);
    holder.addEventListener('click', () => onActor(i.controller!.actorId));
    item.append(holder);
  }
  const others = i.contenders.filter((c) => c.actorId !== i.controller?.actorId);
  if (others.length > 0) {
    item.append(`, ${t('disputedBy')} `);
    others.forEach((c, n) => {
      const b = el('button', { type: 'button', class: 'linkish', 'data-actor-id': c.actorId }, c.label);
      b.addEventListener('click', () => onActor(c.actorId));
      item.append(n > 0 ? ', ' : '', b);
    });
  }
  if (i.partial) item.append(` (${t('partial')})`);
  return item;
}

function line(i: ControlInterval): string {
  return `${formatRange(i.from, i.to, lang())}: ${i.state}${i.controller ? ` — ${i.controller.label}` : ''}`;
}
