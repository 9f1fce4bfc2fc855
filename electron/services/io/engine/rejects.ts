import type { RejectedItem, RejectReason, SourcePlace } from '../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { messageInWords } from '../../../../graph-schema/model/field-labels';

/** A field path in words ("props.identifierKind" -> "Kind"), for the record's type. */
export type FieldWords = (field: string) => string;

/** The record a reject is about, when known: the UI names its fields by that type's labels. */
export type RejectedRecord = NonNullable<RejectedItem['record']>;

/** The error's reasons, each with its field: what the UI words in its own language. */
function reasonsOf(error: PlexusError): RejectReason[] | undefined {
  const reasons = (error.details ?? []).flatMap((d) =>
    d.reason ? [{ ...d.reason, ...(d.field !== undefined ? { field: d.field } : {}) }] : [],
  );
  return reasons.length > 0 ? reasons : undefined;
}

function item(
  place: SourcePlace,
  message: string,
  reasons?: readonly RejectReason[],
  record?: RejectedRecord,
): RejectedItem {
  return {
    place: { ...place },
    message: whatOnly(place, message),
    ...(reasons?.length ? { reasons: [...reasons] } : {}),
    ...(record ? { record } : {}),
  };
}

/** Every problem a validation error names, each in words; the error's own message when it names none. */
function problemsInWords(error: PlexusError, words: FieldWords | undefined): string {
  const details = (error.details ?? []).filter((d) => d.message !== undefined && d.message !== '');
  if (!words || details.length === 0) return error.message;
  return details.map((d) => messageInWords(d.message ?? '', d.field, words)).join('; ');
}

/** A report lists this many rejected records; rejectedTotal counts them all. */
export const MAX_LISTED_REJECTS = 1_000;

/** The records an import could not take, each with its place in the file and why. */
export class Rejects {
  readonly listed: RejectedItem[] = [];
  total = 0;

  add(place: SourcePlace, message: string, reasons?: readonly RejectReason[], record?: RejectedRecord): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_REJECTS) this.listed.push(item(place, message, reasons, record));
  }

  /**
   * A record the store's rules refused: the place gains the first field the error names, and
   * the message says every problem, fields named in words ("Kind is required for type
   * Identifier") when `words` knows the record's type.
   */
  addError(place: SourcePlace, error: unknown, words?: FieldWords, record?: RejectedRecord): void {
    if (!(error instanceof PlexusError) || error.code !== 'VALIDATION') throw error;
    const field = error.details?.find((d) => d.field !== undefined)?.field;
    const at = field !== undefined && place.field === undefined ? { ...place, field } : place;
    this.add(at, problemsInWords(error, words), reasonsOf(error), record);
  }
}

/**
 * A rejected item's place says where (file, line or element, field) and its message says what:
 * shown together ("people.csv line 4 (validTo): must be a date ..."), a message that starts
 * by naming the place again says it twice. Readers write messages that stand alone (errors
 * thrown at a whole file need the place in the text), so the report takes the repeat off here,
 * once for every format: the file and its line or element, then the field, when the message
 * starts with them. A message about several fields ("a; b") keeps its field names.
 */
export function whatOnly(place: SourcePlace, message: string): string {
  let text = message;
  const strip = (prefix: string | undefined): boolean => {
    if (prefix === undefined || prefix === '' || !text.startsWith(prefix)) return false;
    text = text.slice(prefix.length);
    return true;
  };
  if (strip(place.file)) {
    strip(':');
    strip(' ');
    if (place.line !== undefined && strip(`line ${place.line}`)) strip(', ');
    if (place.element !== undefined && !strip(`element ${place.element}`)) strip(place.element);
    strip(':');
    strip(' ');
  }
  if (place.field !== undefined && !text.includes('; ')) {
    if (!strip(`field ${place.field}: `)) strip(`${place.field}: `);
  }
  return text === '' ? message : text;
}

/** "line 12", "element node[n3]", or nothing: how a note or message points into the file. */
export function where(place: SourcePlace): string {
  if (place.line !== undefined) return `line ${place.line}`;
  if (place.element !== undefined) return `element ${place.element}`;
  return '';
}

/**
 * Rejected links, listed in file order though they are found out of it: a link is checked
 * when its batch is written, one naming a key not seen yet only at the end. Keeps the first
 * MAX_LISTED_REJECTS by their order in the file.
 */
export class OrderedRejects {
  private entries: { seq: number; item: RejectedItem }[] = [];
  total = 0;

  add(
    seq: number,
    place: SourcePlace,
    message: string,
    reasons?: readonly RejectReason[],
    record?: RejectedRecord,
  ): void {
    this.total += 1;
    this.entries.push({ seq, item: item(place, message, reasons, record) });
    // Trimmed in bulk, not on every add: sorting is then paid once per MAX_LISTED_REJECTS.
    if (this.entries.length >= 2 * MAX_LISTED_REJECTS) this.trim();
  }

  addError(
    seq: number,
    place: SourcePlace,
    error: unknown,
    words?: FieldWords,
    record?: RejectedRecord,
  ): void {
    const scratch = new Rejects();
    scratch.addError(place, error, words, record);
    const listed = scratch.listed[0];
    if (listed) {
      this.total += 1;
      this.entries.push({ seq, item: listed });
      if (this.entries.length >= 2 * MAX_LISTED_REJECTS) this.trim();
    }
  }

  /** These rejects after the reading ones, as one report would list them. */
  after(reading: Rejects): { listed: RejectedItem[]; total: number } {
    this.trim();
    const listed = [...reading.listed, ...this.entries.map((e) => e.item)].slice(0, MAX_LISTED_REJECTS);
    return { listed, total: reading.total + this.total };
  }

  private trim(): void {
    this.entries.sort((a, b) => a.seq - b.seq);
    this.entries.length = Math.min(this.entries.length, MAX_LISTED_REJECTS);
  }
}
