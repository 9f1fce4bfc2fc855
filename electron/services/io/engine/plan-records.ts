import type { ImportGrading, RejectReason, SourcePlace } from '../../../../graph-schema/contract/io';
import { where } from './rejects';

/** Fields the engine sets itself: a file's own ids and ends are keys, not Plexus ids. */
export function withoutIds(input: Record<string, unknown>): Record<string, unknown> {
  // Most records carry none of them: they are then passed on as they are (nothing changes them).
  if (!('id' in input) && !('source' in input) && !('target' in input)) return input;
  const { id: _id, source: _source, target: _target, ...rest } = input;
  return rest;
}

const GRADING_FIELDS = ['confidence', 'reliability', 'credibility', 'classification'] as const;

/** A link's input with the import's grading wherever the file gave none. */
export function withGrading(input: Record<string, unknown>, grading: ImportGrading): Record<string, unknown> {
  const out = { ...input };
  for (const field of GRADING_FIELDS)
    if (out[field] === undefined || out[field] === '') out[field] = grading[field];
  return out;
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const _ in value) return false;
  return true;
}

/**
 * {type, label} with the key as label, and nothing else but an empty props object (what a
 * table's entity end without mapped fields reads): the same entity however often it comes.
 */
export function isBare(input: Record<string, unknown>, key: string, type: string): boolean {
  if (input.type !== type || input.label !== key) return false;
  for (const name in input) {
    if (name === 'type' || name === 'label') continue;
    if (name !== 'props' || !isEmptyObject(input.props)) return false;
  }
  return true;
}

/** Two records from the same row of a file (or the same element). */
export function samePlace(a: SourcePlace, b: SourcePlace): boolean {
  return (
    a.file === b.file &&
    (a.line !== undefined || a.element !== undefined) &&
    a.line === b.line &&
    a.element === b.element
  );
}

/** The same as a reason code, for the UI's words. */
export function unknownEndReason(
  end: string,
  key: string,
  rejectedAt: SourcePlace | undefined,
): RejectReason {
  if (!rejectedAt) return { code: 'unknownEnd', field: end, params: { end, key } };
  const { line } = rejectedAt;
  return { code: 'endRejected', field: end, params: { end, key, ...(line !== undefined ? { line } : {}) } };
}

/** Why a link end could not be resolved: its entity was rejected, or the key is nowhere. */
export function unknownEnd(end: string, key: string, rejectedAt: SourcePlace | undefined): string {
  if (rejectedAt) {
    const at = where(rejectedAt);
    return `${end}: the entity "${key}" was rejected${at ? ` (${at})` : ''}`;
  }
  return `${end}: no entity with key "${key}" in the file or the case`;
}

/**
 * The reject of a link whose ends are not all known, naming each missing key (and where its
 * entity was rejected, if it was); placed at the file's field, or else the first missing end.
 */
export function unresolvedEnds(
  place: SourcePlace,
  missing: readonly { end: string; key: string }[],
  rejectedAt: ReadonlyMap<string, SourcePlace>,
): { place: SourcePlace; message: string; reasons: RejectReason[] } {
  const field = place.field ?? missing[0]?.end;
  return {
    place: { ...place, ...(field ? { field } : {}) },
    message: missing.map(({ end, key }) => unknownEnd(end, key, rejectedAt.get(key))).join('; '),
    reasons: missing.map(({ end, key }) => unknownEndReason(end, key, rejectedAt.get(key))),
  };
}
