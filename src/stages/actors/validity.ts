/** Whether a lexicon row (alias, actor, person role) applies at the report's date. */
import { partialDateBounds, type PartialDate } from '../../model/time.js';

export interface DateRange {
  from: string;
  to: string;
}

export function reportRange(date: PartialDate): DateRange | undefined {
  if (!/^\d{4}(-\d{2}){0,2}$/.test(date.value)) return undefined;
  return partialDateBounds(date);
}

const low = (d: string): string => (d + '-01-01').slice(0, 10);
const high = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** True when the row may apply: an unknown report date, or ranges that overlap. */
export function validAt(range: DateRange | undefined, validFrom?: string, validTo?: string): boolean {
  if (!range) return true;
  if (validFrom && low(validFrom) > range.to) return false;
  if (validTo && high(validTo) < range.from) return false;
  return true;
}
