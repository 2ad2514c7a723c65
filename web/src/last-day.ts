/**
 * The last day in the data, for the slider's end: the latest day any control interval or event speaks of. The control
 * map asked for today carries every place's last interval (stale ones included); events come sorted by start day,
 * so the last page of them holds the latest.
 */
import { api } from './api.js';
import { today } from './dates.js';

const TAIL = 50;

export async function lastDataDay(): Promise<string> {
  const [control, events] = await Promise.all([api.control(today()).catch(() => undefined), lastEvents().catch(() => undefined)]);
  const days = [...(control?.features ?? []), ...(events?.features ?? [])].map((f) => f.properties.to).filter((d): d is string => typeof d === 'string');
  const last = days.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  return last && last < today() ? last : today();
}

async function lastEvents() {
  const first = await api.events({ limit: 1 });
  const total = first.total ?? first.features.length;
  return total <= 1 ? first : api.events({ limit: TAIL, offset: Math.max(0, total - TAIL) });
}
