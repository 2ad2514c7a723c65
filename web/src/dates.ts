/** Days as ISO strings (UTC), and the slider's day numbers counted from 2014-01-01. */
export const EPOCH = '2014-01-01';
const DAY_MS = 86_400_000;

export function dayToIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${EPOCH}T00:00:00Z`)) / DAY_MS);
}

export function indexToDay(index: number): string {
  return new Date(Date.parse(`${EPOCH}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return indexToDay(dayToIndex(day) + n);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** "2017-11-09" → "9 Nov 2017" / "9 nov. 2017", in the interface language. */
export function formatDay(day: string, lang: string): string {
  if (!isDay(day)) return day;
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An interval as one short string: "9 Nov 2017" or "11 Nov 2017 – 18 Nov 2017". */
export function formatRange(from: string, to: string, lang: string): string {
  return from === to ? formatDay(from, lang) : `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}
