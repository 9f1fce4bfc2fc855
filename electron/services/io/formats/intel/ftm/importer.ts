import { basename } from 'node:path';
import type { SourcePlace } from '../../../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord, Importer, ReadOptions } from '../../../types';
import { readJsonItems, type JsonItem } from '../shared/json-lines';
import { evidenceRecord } from './citations';
import { edgeRecords } from './edge';
import { ftmSchema } from './model';
import { nodeRecords } from './node';
import { isFtmEntity, parseFtmEntity, withField } from './record';
import { entityRule } from './schema-table';

function placeOf(file: string, item: JsonItem): SourcePlace {
  return 'line' in item ? { file, line: item.line } : { file, element: item.element };
}

function describe(place: SourcePlace): string {
  return place.line !== undefined ? `line ${place.line}` : `element ${place.element ?? '?'}`;
}

/**
 * First pass: the Plexus type of every node entity, by id, so that links can be given a
 * type their two ends allow even when an edge comes before its ends in the file. Only ids
 * and type names are held, never the entities.
 */
async function indexTypes(path: string, signal?: AbortSignal): Promise<Map<string, string>> {
  const typeOf = new Map<string, string>();
  for await (const item of readJsonItems(path, signal)) {
    if (!('value' in item)) continue;
    const entity = parseFtmEntity(item.value);
    if (!isFtmEntity(entity)) continue;
    const schema = ftmSchema(entity.schema);
    if (!schema?.isEdge) typeOf.set(entity.id, entityRule(schema).type);
  }
  return typeOf;
}

/** FollowTheMoney entities as OpenSanctions and Aleph publish them (JSON lines, or one array). */
export function createFtmImporter(): Importer {
  return {
    format: 'ftm',
    extensions: ['ftm', 'ftm.json', 'ijson', 'jsonl', 'ndjson'],
    sniff(head: Buffer): boolean {
      const text = head
        .toString('utf8')
        .replace(/^\uFEFF/u, '')
        .trimStart();
      return /^\[?\s*\{/.test(text) && /"schema"\s*:\s*"[A-Z]/.test(text) && /"properties"\s*:/.test(text);
    },
    read(path: string, options: ReadOptions): AsyncIterable<ImportRecord> {
      return readFtm(path, options, options.schema);
    },
  };
}

async function* readFtm(
  path: string,
  options: ReadOptions,
  types: SchemaIndex,
): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const known = await indexTypes(path, options.signal);
  const typeOf = (key: string) => known.get(key);
  let rows = 0;
  for await (const item of readJsonItems(path, options.signal)) {
    if (options.signal?.aborted) return;
    options.onRows?.(++rows);
    const place = placeOf(file, item);
    if ('error' in item) {
      const reason = { code: 'invalid', params: { detail: item.error } } as const;
      yield { kind: 'reject', place, message: `${file}: ${describe(place)}: ${item.error}`, reason };
      continue;
    }
    const entity = parseFtmEntity(item.value);
    if (!isFtmEntity(entity)) {
      const message = `${file}: ${describe(place)}: ${entity.message}`;
      yield { kind: 'reject', place: withField(place, entity.field), message, reason: entity.reason };
      continue;
    }
    const evidence = evidenceRecord(entity, place, `${file}: ${describe(place)}`);
    if (evidence) {
      yield evidence;
      continue;
    }
    const schema = ftmSchema(entity.schema);
    const records = schema?.isEdge
      ? edgeRecords(entity, schema, place, types, typeOf)
      : nodeRecords(entity, place, types, typeOf);
    for (const record of records) {
      yield record.kind === 'reject'
        ? { ...record, message: `${file}: ${describe(place)}: ${record.message}` }
        : record;
    }
  }
}
