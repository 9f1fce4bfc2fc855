import { z } from 'zod';

/**
 * Analysts rarely know full dates: "2019", "2019-04" and "2019-04-17" are all valid.
 * Stored as the string itself so that precision is never invented.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const PartialDate = z
  .string()
  // params.reason: the reason code placesFromZod gives the UI (errors.ts).
  .refine(isPartialDate, {
    message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
    params: { reason: 'mustBeDate' },
  });
export type PartialDate = z.infer<typeof PartialDate>;

/** Earliest and latest full day a partial date can stand for, for range comparisons. */
export function partialDateBounds(value: string): { first: string; last: string } {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return { first: value, last: value };
  if (m !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when the interval from..to can be consistent (from may not start after to ends). */
export function isOrderedRange(from: string, to: string): boolean {
  return partialDateBounds(from).first <= partialDateBounds(to).last;
}
