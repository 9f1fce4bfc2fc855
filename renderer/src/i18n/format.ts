import { currentLanguage, type Language } from './index';

/**
 * Dates, times, numbers and name order for the current language, all through Intl: one place,
 * so 2026年12月5日 14:02 and 5 December 2026, 14:02 come from the same call. Pass a language
 * where the output has its own (an export prints dates in the export dialog's language).
 */
const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

function locale(language?: Language): string {
  return LOCALES[language ?? currentLanguage()];
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 5 December 2026 / 2026年12月5日; an unreadable date is shown as it came. */
export function formatDate(value: Date | string | number, language?: Language): string {
  const date = toDate(value);
  return date ? date.toLocaleDateString(locale(language), { dateStyle: 'long' }) : String(value);
}

/** 5 December 2026, 14:02 / 2026年12月5日 14:02. */
export function formatDateTime(value: Date | string | number, language?: Language): string {
  const date = toDate(value);
  return date
    ? date.toLocaleString(locale(language), { dateStyle: 'long', timeStyle: 'short' })
    : String(value);
}

/** 6 Dec 2026, 14:02 / 2026/12/06 14:02: where a table row names a time and room is short. */
export function formatDateTimeCompact(value: Date | string | number, language?: Language): string {
  const date = toDate(value);
  return date
    ? date.toLocaleString(locale(language), { dateStyle: 'medium', timeStyle: 'short' })
    : String(value);
}

/** 12,345 in both languages (ja-JP groups by thousands too). */
export function formatNumber(value: number, language?: Language, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(locale(language), options);
}

const collators = new Map<string, Intl.Collator>();

/** Sorts names as a reader of the language expects: Japanese collation orders kana by gojūon. */
export function compareNames(a: string, b: string, language?: Language): number {
  const tag = locale(language);
  let collator = collators.get(tag);
  if (!collator) {
    collator = new Intl.Collator(tag, { numeric: true, sensitivity: 'base' });
    collators.set(tag, collator);
  }
  return collator.compare(a, b);
}
