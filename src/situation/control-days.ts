/**
 * Day arithmetic for the control timeline: ISO days (YYYY-MM-DD) as integer day numbers since 1970-01-01 (UTC),
 * so windows and cuts are integer comparisons. Private to the control-* files.
 */
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO day, or undefined when the string is not one. */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10 Nov 2017", for reasons. */
export function shortDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? '?'} ${d.getUTCFullYear()}`;
}
