import type { HistoryEntry } from '../../../../graph-schema/contract/history';
import { i18n } from '../../i18n';

/** A stored value as one short line: text as it is, anything else as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return i18n.t('history:noValue');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "confidence: probable → confirmed; notes: — → seen" */
export function changesText(entry: HistoryEntry): string {
  if (!entry.changes) return '';
  return Object.entries(entry.changes)
    .map(([field, c]) => `${field}: ${valueText(c.before)} → ${valueText(c.after)}`)
    .join('; ');
}

export function whoText(entry: HistoryEntry): string {
  return entry.analyst ? `${entry.analyst} (${entry.osUser})` : entry.osUser;
}
