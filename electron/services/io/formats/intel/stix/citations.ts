import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { bestGrade, parseGrade, type Grade } from '../../../../../../graph-schema/model/grade-order';
import type { ItemKind } from '../../../../../../graph-schema/model/sources';
import type { ImportRecord, ImportSource } from '../../../types';
import { stringField } from './values';

type StixObject = Record<string, unknown>;

/** How evidence.ts starts the description of a reference it writes for a citation. */
const ADMIRALTY = /^Admiralty (\S*)$/u;
/** The parts evidence.ts may write after the grade, in its order; what follows is the note. */
const PARTS = ['field ', 'origin ', 'information of ', 'file '] as const;
const FILE_PART = /^(.+) \((\d+) bytes\)$/u;

/**
 * A STIX object's external references as sources and citations of its item. A reference
 * Plexus wrote for a citation (its description starts "Admiralty B2") gives back that citation:
 * grade, field, origin, date of information, file and note, and the source's id (external_id).
 * Any other reference is a source the object cites at F6, "cannot be judged": title from
 * source_name (with external_id), origin from url or source_name, description as the note.
 * Answers the object without the references Plexus wrote (read back as citations, they are not
 * also notes), the records, and the best grade of those citations: the grade a Plexus item
 * derives from its citations, which STIX has no field for (its confidence is credibility only).
 * A Plexus reference whose grade is no grade fails the import.
 */
export function referenceRecords(
  object: StixObject,
  itemKind: ItemKind,
  file: string,
  element: string,
): { object: StixObject; records: ImportRecord[]; grade?: Grade } {
  const refs = object.external_references;
  if (!Array.isArray(refs) || refs.length === 0) return { object, records: [] };
  const records: ImportRecord[] = [];
  const foreign: unknown[] = [];
  const grades: Grade[] = [];
  const itemKey = String(object.id);
  refs.forEach((value, i) => {
    const field = `external_references[${i}]`;
    const place = { file, element, field };
    if (typeof value !== 'object' || value === null) return void foreign.push(value);
    const ref = value as StixObject;
    const name = stringField(ref, 'source_name');
    if (name === undefined) return void foreign.push(value);
    const plexus = plexusCitation(ref, name, file, `${element}: ${field}.description`);
    if (!plexus) foreign.push(value);
    else grades.push(plexus.grade);
    const { source, citation } = plexus ?? foreignCitation(ref, name);
    const sourceKey = JSON.stringify([source.id ?? '', source.title, source.origin]);
    records.push({ kind: 'source', key: sourceKey, input: source, place });
    records.push({ kind: 'citation', itemKind, itemKey, sourceKey, input: citation, place });
  });
  if (foreign.length === refs.length) return { object, records };
  const { external_references: _refs, ...rest } = object;
  const grade = bestGrade(grades);
  return {
    object: foreign.length > 0 ? { ...rest, external_references: foreign } : rest,
    records,
    ...(grade ? { grade } : {}),
  };
}

function plexusCitation(
  ref: StixObject,
  title: string,
  file: string,
  where: string,
):
  | { source: ImportSource; citation: Extract<ImportRecord, { kind: 'citation' }>['input']; grade: Grade }
  | undefined {
  const parts = (stringField(ref, 'description') ?? '').split('; ');
  const head = ADMIRALTY.exec(parts[0] ?? '');
  const id = stringField(ref, 'external_id');
  if (!head || id === undefined) return undefined;
  const grade = parseGrade(head[1] ?? '');
  if (!grade) {
    const message = `${file}: ${where}: "Admiralty ${head[1] ?? ''}" is not a grade (A-F then 1-6, as B2)`;
    throw new PlexusError('VALIDATION', message, [{ file, field: where, message }]);
  }
  const found: Partial<Record<(typeof PARTS)[number], string>> = {};
  let at = 1;
  for (const prefix of PARTS) {
    const part = parts[at];
    if (part?.startsWith(prefix)) {
      found[prefix] = part.slice(prefix.length);
      at += 1;
    }
  }
  const fileMatch = found['file '] === undefined ? null : FILE_PART.exec(found['file ']);
  const hashes = ref.hashes as StixObject | undefined;
  const sha256 = typeof hashes?.['SHA-256'] === 'string' ? hashes['SHA-256'].toLowerCase() : undefined;
  return {
    source: {
      id,
      title,
      origin: found['origin '] ?? '',
      informationDate: found['information of '] ?? null,
      file: fileMatch && sha256 ? { name: fileMatch[1] ?? '', sha256, size: Number(fileMatch[2]) } : null,
    },
    citation: { field: found['field '] ?? null, ...grade, note: parts.slice(at).join('; ') },
    grade,
  };
}

/** Anyone's reference: a source as it names itself, cited at F6 with its description as the note. */
function foreignCitation(
  ref: StixObject,
  name: string,
): { source: ImportSource; citation: Extract<ImportRecord, { kind: 'citation' }>['input'] } {
  const id = stringField(ref, 'external_id');
  const hashes = typeof ref.hashes === 'object' && ref.hashes !== null ? Object.entries(ref.hashes) : [];
  const note = [
    stringField(ref, 'description'),
    ...hashes.map(([algorithm, value]) => `${algorithm} ${String(value)}`),
  ].filter((p): p is string => p !== undefined && p !== '');
  return {
    source: {
      // Cut to what a source holds: a foreign file's long names should not fail its import.
      title: (id === undefined ? name : `${name} ${id}`).slice(0, 500),
      origin: (stringField(ref, 'url') ?? name).slice(0, 2000),
      informationDate: null,
      file: null,
    },
    citation: { field: null, reliability: 'F', credibility: '6', note: note.join('; ') },
  };
}
