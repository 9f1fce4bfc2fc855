import { basename } from 'node:path';
import type { RejectReason } from '../../../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import type { Grade } from '../../../../../../graph-schema/model/grade-order';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord, Importer, ReadOptions } from '../../../types';
import { readJsonDocument } from '../shared/json-lines';
import { referenceRecords } from './citations';
import { METADATA_TYPES, stixRule } from './object-table';
import { objectInput } from './objects';
import { relationshipRecord } from './relationships';
import { containmentRecords } from './reports';

type StixObject = Record<string, unknown>;
const SRO_TYPES = new Set(['relationship', 'sighting']);

/** The bundle's objects; a bare array or a single object is tolerated. */
function objectsOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (typeof doc !== 'object' || doc === null) return undefined;
  const o = doc as StixObject;
  if (o.type === 'bundle') return Array.isArray(o.objects) ? o.objects : undefined;
  return typeof o.type === 'string' ? [o] : undefined;
}

/** Why an object cannot be read, naming the field; undefined when it is fine. */
function problemOf(value: unknown): { field?: string; message: string; reason: RejectReason } | undefined {
  const missing = (field: string, message: string) => ({
    field,
    message,
    reason: { code: 'fieldMissing', params: { field } } as const,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = 'not a JSON object';
    return { message, reason: { code: 'invalid', params: { detail: message } } };
  }
  const o = value as StixObject;
  if (typeof o.type !== 'string' || o.type === '') return missing('type', 'type: missing');
  if (typeof o.id !== 'string' || !o.id.includes('--')) {
    const message = 'id: missing or not type--uuid';
    if (typeof o.id !== 'string' || o.id === '') return missing('id', message);
    return { field: 'id', message, reason: { code: 'invalid', params: { detail: message } } };
  }
  if (o.type === 'relationship' && (typeof o.source_ref !== 'string' || typeof o.target_ref !== 'string')) {
    return missing(typeof o.source_ref !== 'string' ? 'source_ref' : 'target_ref', 'missing');
  }
  return undefined;
}

/** A sighting as relationships: what was sighted -> each place or party it was sighted at. */
function sightingRelationships(s: StixObject): StixObject[] {
  const where = Array.isArray(s.where_sighted_refs) ? s.where_sighted_refs : [];
  const { id, type: _type, sighting_of_ref, where_sighted_refs: _w, ...rest } = s;
  return where.map((target) => ({
    ...rest,
    id,
    type: 'relationship',
    relationship_type: 'sighted-at',
    source_ref: sighting_of_ref,
    target_ref: target,
  }));
}

/** STIX 2.1 bundles: domain objects become entities, relationships and report contents links. */
export function createStixImporter(): Importer {
  return {
    format: 'stix',
    extensions: ['stix', 'stix.json'],
    sniff(head: Buffer): boolean {
      const text = head.toString('utf8');
      return /"type"\s*:\s*"bundle"/.test(text) || /"spec_version"\s*:\s*"2\.\d"/.test(text);
    },
    read(path: string, options: ReadOptions): AsyncIterable<ImportRecord> {
      return readStix(path, options, options.schema);
    },
  };
}

async function* readStix(
  path: string,
  options: ReadOptions,
  types: SchemaIndex,
): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const objects = objectsOf(await readJsonDocument(path));
  if (!objects) {
    // The whole file is wrong, not one object in it: the import fails rather than "succeeds" empty.
    const message = `${file}: not a STIX bundle (no objects list)`;
    throw new PlexusError('VALIDATION', message, [{ file, field: 'objects', message }]);
  }
  const entities: StixObject[] = [];
  const relations: StixObject[] = [];
  const records: ImportRecord[] = [];
  /** Sources and citations of each object, by its id: a relationship's go out only if it became a link. */
  const cited = new Map<string, ImportRecord[]>();
  /** The grade each object's Plexus citations give its item (citations.ts). */
  const graded = new Map<string, Grade>();
  objects.forEach((value, i) => {
    const problem = problemOf(value);
    const element = `objects[${i}]`;
    if (problem) {
      const place = { file, element, ...(problem.field ? { field: problem.field } : {}) };
      const message = `${file}: ${element}: ${problem.message}`;
      records.push({ kind: 'reject', place, message, reason: problem.reason });
      return;
    }
    let o = value as StixObject;
    if (!METADATA_TYPES.has(String(o.type))) {
      const relation = SRO_TYPES.has(String(o.type));
      const refs = referenceRecords(o, relation ? 'link' : 'entity', file, String(o.id));
      o = refs.object;
      if (refs.records.length > 0) cited.set(String(o.id), refs.records);
      if (refs.grade) graded.set(String(o.id), refs.grade);
    }
    if (METADATA_TYPES.has(String(o.type))) {
      const message = `${file}: ${element}: ${String(o.type)} ${String(o.id)} is metadata, not imported`;
      const reason = { code: 'notEntityOrLink' } as const;
      records.push({ kind: 'reject', place: { file, element, field: 'type' }, message, reason });
    } else if (o.type === 'sighting') relations.push(...sightingRelationships(o));
    else if (SRO_TYPES.has(String(o.type))) relations.push(o);
    else entities.push(o);
  });
  const typeMap = new Map(entities.map((o) => [String(o.id), stixRule(o).type]));
  const labels = new Map(
    entities.map((o) => [String(o.id), typeof o.name === 'string' ? o.name : String(o.id)]),
  );
  const typeOf = (key: string) => typeMap.get(key);
  const labelOf = (key: string) => labels.get(key) ?? key;
  const extraLines = new Map<string, string[]>();
  const addLine = (key: string, line: string) => extraLines.set(key, [...(extraLines.get(key) ?? []), line]);
  const links: ImportRecord[] = [];
  const evidence: ImportRecord[] = [];
  const emitted = new Set<string>();
  for (const o of entities) evidence.push(...(cited.get(String(o.id)) ?? []));
  for (const rel of relations) {
    const result = relationshipRecord(rel, file, types, typeOf, labelOf);
    if ('record' in result) {
      const id = String(rel.id);
      const citations = cited.get(id);
      if (!citations || result.record.kind !== 'link') links.push(result.record);
      else {
        const grade = graded.get(id);
        const input = grade ? { ...result.record.input, ...grade } : result.record.input;
        links.push({ ...result.record, input, key: id });
        // A sighting is several links of one id: its citations are read once, and cite each.
        if (!emitted.has(id)) evidence.push(...citations);
        emitted.add(id);
      }
    } else addLine(result.sourceLine.key, result.sourceLine.line);
  }
  for (const report of entities.filter((o) => Array.isArray(o.object_refs))) {
    const contained = containmentRecords(report, file, types, typeOf);
    links.push(...contained.records);
    for (const line of contained.lines) addLine(String(report.id), line);
  }
  let rows = 0;
  for (const o of entities) {
    if (options.signal?.aborted) return;
    options.onRows?.(++rows);
    const key = String(o.id);
    yield {
      kind: 'entity',
      key,
      input: { ...objectInput(o, types, extraLines.get(key) ?? []), ...graded.get(key) },
      place: { file, element: key },
    };
  }
  for (const record of [...links, ...records, ...evidence]) {
    if (options.signal?.aborted) return;
    yield record;
  }
  options.onRows?.(objects.length);
}
