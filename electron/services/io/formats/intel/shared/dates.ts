import { isOrderedRange, isPartialDate } from '../../../../../../graph-schema/model/partial-date';

const LEADING_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * A Plexus partial date from an FtM or STIX date: "2011-12-29T00:00:00Z" -> "2011-12-29",
 * "2019-04" stays "2019-04". Precision is kept, never invented; an impossible day falls back
 * to its month, an impossible month to its year. Undefined when no year leads the value.
 */
export function toPartialDate(value: string): string | undefined {
  const m = LEADING_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, year, month, day] = m;
  const candidates = [
    day !== undefined ? `${year}-${month}-${day}` : undefined,
    month !== undefined ? `${year}-${month}` : undefined,
    year,
  ];
  return candidates.find((c): c is string => c !== undefined && isPartialDate(c));
}

/** validFrom/validTo only when the pair is consistent; the store refuses a reversed range. */
export function orderedRange(
  from: string | undefined,
  to: string | undefined,
): { validFrom?: string; validTo?: string; dropped?: string } {
  if (from !== undefined && to !== undefined && !isOrderedRange(from, to)) {
    return { validFrom: from, dropped: to };
  }
  return { ...(from !== undefined ? { validFrom: from } : {}), ...(to !== undefined ? { validTo: to } : {}) };
}
