import {
  DEFAULT_GRADING,
  type Classification,
  type Confidence,
  type Credibility,
  type Entity,
  type Link,
  type PropertyDefinition,
  type Props,
  type Reliability,
} from '../../../../graph-schema/model';

/**
 * What an entity or link form edits: every value as its control holds it (text for
 * numbers and dates), so a half-typed value is never lost. The store validates.
 */
export interface ItemDraft {
  label: string;
  aliases: string[];
  notes: string;
  validFrom: string;
  validTo: string;
  confidence: Confidence;
  reliability: Reliability;
  credibility: Credibility;
  classification: Classification;
  props: Record<string, string | boolean>;
}

/** The fields a form sends: EntityPatch and LinkPatch share them (links ignore aliases). */
export interface DraftValues {
  label: string;
  aliases: string[];
  notes: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: Confidence;
  reliability: Reliability;
  credibility: Credibility;
  classification: Classification;
  props: Props;
}

export function emptyDraft(): ItemDraft {
  return { label: '', aliases: [], notes: '', validFrom: '', validTo: '', props: {}, ...DEFAULT_GRADING };
}

export function draftFromRecord(record: Entity | Link): ItemDraft {
  const props: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(record.props)) {
    props[name] = typeof value === 'number' ? String(value) : value;
  }
  return {
    label: record.label,
    aliases: 'aliases' in record ? [...record.aliases] : [],
    notes: record.notes,
    validFrom: record.validFrom ?? '',
    validTo: record.validTo ?? '',
    confidence: record.confidence,
    reliability: record.reliability,
    credibility: record.credibility,
    classification: record.classification,
    props,
  };
}

/**
 * A number field's text becomes a number when it reads as one; anything else is sent as
 * typed so the store's message ("must be a number") lands next to the field.
 */
export function propValue(
  def: PropertyDefinition | undefined,
  value: string | boolean,
): string | number | boolean {
  if (def?.kind !== 'number' || typeof value !== 'string') return value;
  const trimmed = value.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : value;
}

export function draftValues(draft: ItemDraft, defs: readonly PropertyDefinition[]): DraftValues {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const props: Props = {};
  for (const [name, value] of Object.entries(draft.props)) {
    if (value === '') continue;
    props[name] = propValue(byName.get(name), value);
  }
  return {
    label: draft.label,
    aliases: draft.aliases,
    notes: draft.notes,
    validFrom: draft.validFrom.trim() === '' ? null : draft.validFrom.trim(),
    validTo: draft.validTo.trim() === '' ? null : draft.validTo.trim(),
    confidence: draft.confidence,
    reliability: draft.reliability,
    credibility: draft.credibility,
    classification: draft.classification,
    props,
  };
}

/** Only the fields that differ from the record, so undo puts back exactly what changed. */
export function changedFields(record: Entity | Link, values: DraftValues): Partial<DraftValues> {
  const out: Partial<DraftValues> = {};
  const keys = Object.keys(values) as (keyof DraftValues)[];
  for (const key of keys) {
    if (key === 'aliases' && !('aliases' in record)) continue;
    const before = (record as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(before) !== JSON.stringify(values[key])) {
      (out as Record<string, unknown>)[key] = values[key];
    }
  }
  return out;
}
