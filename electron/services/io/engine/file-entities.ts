import type { ImportGrading, SourcePlace } from '../../../../graph-schema/contract/io';
import type { PropValue } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  prepareEntity,
  type EntityDraft,
  type PreparedEntity,
} from '../../../../graph-schema/model/validate';
import { where } from './rejects';

/** Common fields a later row may fill in or contradict (type, label, aliases, notes aside). */
const MERGED_FIELDS = [
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
] as const;

/** One entity of the file, however many rows describe it. */
export interface FileEntity {
  key: string;
  /** Where it was first described. */
  place: SourcePlace;
  type: string;
  label: string;
  aliases: string[];
  fields: Record<string, unknown>;
  props: Record<string, PropValue>;
  /** The notes the file gave (the first row that gave any). */
  notes: string | undefined;
  /** "also reported (line N): field = value" for each contradicting fact. */
  also: string[];
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The file's entities by key. A key seen again is the same entity and both rows are facts
 * about it: nothing already known is overwritten (the last row must not win), what is new
 * is added, and a contradicting value is kept in the notes with the line it came from.
 */
export class FileEntities {
  private readonly byKey = new Map<string, FileEntity>();

  constructor(
    private readonly index: SchemaIndex,
    /** What an entity the file does not grade is given: the import's choice. */
    private readonly grading: ImportGrading,
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): FileEntity | undefined {
    return this.byKey.get(key);
  }

  values(): IterableIterator<FileEntity> {
    return this.byKey.values();
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  /** Adds a validated row; `input` says which fields the row gave, `draft` their clean values. */
  add(key: string, input: Record<string, unknown>, draft: EntityDraft, place: SourcePlace): void {
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, this.first(key, input, draft, place));
      return;
    }
    this.merge(known, input, draft, place);
  }

  /** The input the store gets for an entity: one record with every fact the file gave. */
  inputOf(entity: FileEntity, id: string): Record<string, unknown> {
    return {
      ...entity.fields,
      id,
      type: entity.type,
      label: entity.label,
      aliases: entity.aliases,
      notes: [entity.notes ?? '', ...entity.also].filter((n) => n !== '').join('\n'),
      props: entity.props,
    };
  }

  /**
   * The same record as a finished draft, the import's grading filled in where the file gave none. Every
   * part came from a validated row, and fill() re-checks what it combines, so it is valid as
   * it stands: the store need not check it again.
   */
  draftOf(entity: FileEntity, id: string): PreparedEntity {
    const fields = entity.fields as Partial<EntityDraft>;
    return {
      id,
      type: entity.type,
      label: entity.label,
      aliases: entity.aliases,
      notes: [entity.notes ?? '', ...entity.also].filter((n) => n !== '').join('\n'),
      validFrom: fields.validFrom ?? null,
      validTo: fields.validTo ?? null,
      confidence: fields.confidence ?? this.grading.confidence,
      reliability: fields.reliability ?? this.grading.reliability,
      credibility: fields.credibility ?? this.grading.credibility,
      classification: fields.classification ?? this.grading.classification,
      props: entity.props,
    };
  }

  private first(
    key: string,
    input: Record<string, unknown>,
    draft: EntityDraft,
    place: SourcePlace,
  ): FileEntity {
    const fields: Record<string, unknown> = {};
    for (const field of MERGED_FIELDS) if (given(input[field])) fields[field] = draft[field];
    return {
      key,
      place,
      type: draft.type,
      label: draft.label,
      aliases: [...draft.aliases],
      fields,
      props: { ...draft.props },
      notes: given(input.notes) ? draft.notes : undefined,
      also: [],
    };
  }

  private merge(
    known: FileEntity,
    input: Record<string, unknown>,
    draft: EntityDraft,
    place: SourcePlace,
  ): void {
    const at = where(place);
    const also = (field: string, value: unknown) =>
      known.also.push(`also reported${at ? ` (${at})` : ''}: ${field} = ${shown(value)}`);

    if (draft.type !== known.type) also('type', draft.type);
    for (const name of [draft.label, ...draft.aliases]) {
      if (name !== known.label && !known.aliases.includes(name)) known.aliases.push(name);
    }
    if (given(input.notes) && known.notes !== draft.notes) {
      if (known.notes === undefined) known.notes = draft.notes;
      else also('notes', draft.notes);
    }
    // Props of another type would not fit this entity's type: they are facts for the notes.
    const sameType = draft.type === known.type;
    const fresh: [string, unknown][] = [];
    for (const field of MERGED_FIELDS) {
      if (!given(input[field])) continue;
      const value = draft[field];
      if (!(field in known.fields)) fresh.push([field, value]);
      else if (known.fields[field] !== value) also(field, value);
    }
    for (const [name, value] of Object.entries(draft.props)) {
      const field = `props.${name}`;
      if (!sameType) also(field, value);
      else if (!(name in known.props)) fresh.push([field, value]);
      else if (known.props[name] !== value) also(field, value);
    }
    if (fresh.length > 0) this.fill(known, fresh, also);
  }

  /**
   * Fields a later row adds are taken when the whole still passes the schema (a validTo
   * before the first row's validFrom would not); otherwise they go to the notes.
   */
  private fill(
    known: FileEntity,
    fresh: [string, unknown][],
    also: (field: string, value: unknown) => void,
  ): void {
    const fields = { ...known.fields };
    const props = { ...known.props };
    for (const [field, value] of fresh) {
      if (field.startsWith('props.')) props[field.slice('props.'.length)] = value as PropValue;
      else fields[field] = value;
    }
    try {
      prepareEntity(this.index, { ...this.inputOf({ ...known, fields, props }, 'check') });
      known.fields = fields;
      known.props = props;
    } catch {
      for (const [field, value] of fresh) also(field, value);
    }
  }
}
