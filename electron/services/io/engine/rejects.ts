import type { RejectedItem, SourcePlace } from '../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../graph-schema/model/errors';

/** A report lists this many rejected records; rejectedTotal counts them all. */
export const MAX_LISTED_REJECTS = 1_000;

/** The records an import could not take, each with its place in the file and why. */
export class Rejects {
  readonly listed: RejectedItem[] = [];
  total = 0;

  add(place: SourcePlace, message: string): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_REJECTS) this.listed.push({ place: { ...place }, message });
  }

  /**
   * A record the store's rules refused: the place gains the first field the error names, and
   * the message is the store's own ("validTo: must be a date ...").
   */
  addError(place: SourcePlace, error: unknown): void {
    if (!(error instanceof PlexusError) || error.code !== 'VALIDATION') throw error;
    const field = error.details?.find((d) => d.field !== undefined)?.field;
    this.add(field !== undefined && place.field === undefined ? { ...place, field } : place, error.message);
  }
}

/** "line 12", "element node[n3]", or nothing: how a note or message points into the file. */
export function where(place: SourcePlace): string {
  if (place.line !== undefined) return `line ${place.line}`;
  if (place.element !== undefined) return `element ${place.element}`;
  return '';
}
