import type { SchemaIndex } from './schema';
import { wordIn, type LocalizedWords, type SchemaLanguage } from './type-definition';

/** The fields every entity and link has, as analysts read them (the inspector's and the wizard's words). */
export const COMMON_FIELD_LABELS: Readonly<Record<string, string>> = {
  type: 'Type',
  label: 'Label',
  aliases: 'Aliases',
  notes: 'Notes',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  confidence: 'Confidence',
  reliability: 'Reliability',
  credibility: 'Credibility',
  /** Reliability and credibility as one Admiralty grade, "B2" (chart style rules read it). */
  grade: 'Grade',
  classification: 'Classification',
  source: 'Source',
  target: 'Target',
  key: 'Key',
};

/** The same words in other languages (the renderer's catalogue uses these too: 確度, 情報源の信頼性). */
const COMMON_FIELD_WORDS: Readonly<Record<string, LocalizedWords>> = {
  type: { ja: '種類' },
  label: { ja: 'ラベル' },
  aliases: { ja: '別名' },
  notes: { ja: '備考' },
  validFrom: { ja: '有効期間（開始）' },
  validTo: { ja: '有効期間（終了）' },
  confidence: { ja: '確度' },
  reliability: { ja: '情報源の信頼性' },
  credibility: { ja: '情報の確からしさ' },
  grade: { ja: '評価' },
  classification: { ja: '秘密区分' },
  source: { ja: '始点' },
  target: { ja: '終点' },
  key: { ja: 'キー' },
};

/** A common field ("validTo") in words, in a language; an unknown name stays as it is. */
export function commonFieldLabel(field: string, language: SchemaLanguage = 'en'): string {
  const english = COMMON_FIELD_LABELS[field];
  return english === undefined ? field : wordIn(english, COMMON_FIELD_WORDS[field], language);
}

/**
 * A field path ("props.identifierKind", "validTo") in words ("Kind", "Valid to"): the type's
 * property label, else the common field's; an unknown path stays as it is.
 */
export function fieldLabel(
  index: SchemaIndex,
  kind: 'entity' | 'link',
  typeName: string | undefined,
  field: string,
  language: SchemaLanguage = 'en',
): string {
  if (field.startsWith('props.')) {
    const name = field.slice('props.'.length);
    const type =
      typeName === undefined
        ? undefined
        : kind === 'entity'
          ? index.entityType(typeName)
          : index.linkType(typeName);
    return type === undefined ? name : index.fieldLabel(type.name, name, language);
  }
  return commonFieldLabel(field, language);
}

/**
 * A validation message that starts with its field path, in words: "props.identifierKind: is
 * required for type Identifier" -> "Kind is required for type Identifier"; "validTo: 2019 is
 * before ..." -> "Valid to: 2019 is before ...".
 */
export function messageInWords(
  message: string,
  field: string | undefined,
  label: (field: string) => string,
): string {
  if (field === undefined || !message.startsWith(`${field}: `)) return message;
  const rest = message.slice(field.length + 2);
  return /^(is|are|must|needs?) /u.test(rest) ? `${label(field)} ${rest}` : `${label(field)}: ${rest}`;
}
