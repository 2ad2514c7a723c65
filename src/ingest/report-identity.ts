import { createHash } from 'node:crypto';
import type { PartialDate } from '../model/time.js';

/**
 * SHA-256 (hex) of the date value and the normalised text. The date is part of it because the same wire text
 * republished on another day is another report; the source (file name, outlet, URL) is not, so one report read
 * from two places deduplicates.
 */
export function reportContentHash(publishedAt: PartialDate, text: string): string {
  return createHash('sha256').update(`${publishedAt.value}\n${text}`, 'utf8').digest('hex');
}

/** `r_` + the first 16 hex digits of the content hash: short enough for URLs, 64 bits against collisions. */
export function reportIdFromHash(contentHash: string): string {
  return `r_${contentHash.slice(0, 16)}`;
}
