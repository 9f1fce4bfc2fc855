import type { HistoryEntry, HistoryProblem } from '../../../../graph-schema/contract/history';
import {
  Confidence,
  confidenceLabel,
  Credibility,
  credibilityLabel,
  fieldLabel,
  Reliability,
  reliabilityLabel,
  type SchemaIndex,
} from '../../../../graph-schema/model';
import { currentLanguage, i18n } from '../../i18n';
import { useAppStore } from '../../stores/app-store';

/** A stored value as one short line: text as it is, anything else as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return i18n.t('history:noValue');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A grading value in the UI's words ("B 通常は信頼できる"); other values as stored, options by their label. */
function fieldValueText(field: string, value: unknown, index: SchemaIndex | null, type?: string): string {
  const language = currentLanguage();
  if (field === 'confidence' && Confidence.safeParse(value).success)
    return confidenceLabel(value as Confidence, language);
  if (field === 'reliability' && Reliability.safeParse(value).success)
    return `${value as string} ${reliabilityLabel(value as Reliability, language)}`;
  if (field === 'credibility' && Credibility.safeParse(value).success)
    return `${value as string} ${credibilityLabel(value as Credibility, language)}`;
  if (field === 'type' && typeof value === 'string' && index) return index.typeLabel(value, language);
  if (field.startsWith('props.') && typeof value === 'string' && index && type)
    return index.optionLabel(type, field.slice('props.'.length), value, language);
  return valueText(value);
}

/**
 * "確度: 可能性が高い → 確認済み; 備考: — → seen": field names and grading values in the UI's
 * language. `type` (the item's type, where known) names its own properties.
 */
export function changesText(entry: HistoryEntry, type?: string): string {
  if (!entry.changes) return '';
  const index = useAppStore.getState().schemaIndex;
  const language = currentLanguage();
  const label = (field: string) =>
    index && (entry.kind === 'entity' || entry.kind === 'link')
      ? fieldLabel(index, entry.kind, type, field, language)
      : field.replace(/^props\./u, '');
  return Object.entries(entry.changes)
    .map(
      ([field, c]) =>
        `${label(field)}: ${fieldValueText(field, c.before, index, type)} → ${fieldValueText(field, c.after, index, type)}`,
    )
    .join(i18n.t('history:changeSeparator'));
}

/** A verify problem in the UI's language, from its code and values (the store's English is for the CLI). */
export function problemText(problem: HistoryProblem): string {
  const { itemKind } = problem.values;
  return i18n.t(`history:problem.${problem.code}`, {
    ...problem.values,
    ...(typeof itemKind === 'string' ? { itemKind: i18n.t(`history:kind.${itemKind}`) } : {}),
  });
}

export function whoText(entry: HistoryEntry): string {
  return entry.analyst ? `${entry.analyst} (${entry.osUser})` : entry.osUser;
}
