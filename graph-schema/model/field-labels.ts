import type { SchemaIndex } from './schema';

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
  classification: 'Classification',
  source: 'Source',
  target: 'Target',
  key: 'Key',
};

/**
 * A field path ("props.identifierKind", "validTo") in words ("Kind", "Valid to"): the type's
 * property label, else the common field's; an unknown path stays as it is.
 */
export function fieldLabel(
  index: SchemaIndex,
  kind: 'entity' | 'link',
  typeName: string | undefined,
  field: string,
): string {
  if (field.startsWith('props.')) {
    const name = field.slice('props.'.length);
    const type =
      typeName === undefined
        ? undefined
        : kind === 'entity'
          ? index.entityType(typeName)
          : index.linkType(typeName);
    return type?.properties.find((p) => p.name === name)?.label ?? name;
  }
  return COMMON_FIELD_LABELS[field] ?? field;
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
