import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type {
  DataFormatName,
  ImportReport,
  MatchRule,
  SourcePlace,
} from '../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareEntity, prepareLink } from '../../../../graph-schema/model/validate';
import type { GraphStore } from '../../store/graph-store';
import type { ImportRecord } from '../types';
import { FileEntities } from './file-entities';
import { cancelled, checkFileSize, importLimits, tooManyRows, type ImportLimits } from './limits';
import { matchCase, storedById } from './match-case';
import { Rejects, where } from './rejects';

export interface EngineProgress {
  phase: 'reading' | 'writing';
  rowsRead: number;
}

export interface RunImportOptions {
  format: DataFormatName;
  /** The file being read: its size is checked before reading, its name starts messages. */
  file: string;
  /** The schema in force: every record is checked with the store's own rules. */
  schema: SchemaIndex;
  match: MatchRule;
  dryRun: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: EngineProgress) => void;
  /** Rows the importer has read (from its onRows); records are counted when it reports none. */
  rowsRead?: () => number;
  limits?: Partial<ImportLimits>;
}

interface PendingLink {
  sourceKey: string;
  targetKey: string;
  input: Record<string, unknown>;
  place: SourcePlace;
}

interface Ref {
  id: string;
  type: string;
}

const PROGRESS_EVERY = 1_000;

/** Fields the engine sets itself: a file's own ids and ends are keys, not Plexus ids. */
function withoutIds(input: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, source: _source, target: _target, ...rest } = input;
  return rest;
}

/**
 * Reads an importer's records into the store: keys become entity ids, the file's entities
 * meet the case's by the match rule, every record is checked with the store's rules, and
 * what passes is written in ONE createItems call. A refused record is listed and the import
 * goes on; a cancel, a limit or a store failure leaves the case exactly as it was.
 */
export async function runImport(
  store: GraphStore,
  records: AsyncIterable<ImportRecord>,
  options: RunImportOptions,
): Promise<ImportReport> {
  const limits = importLimits(options.limits);
  await checkFileSize(options.file, limits.maxFileSize);
  const checkpoint = () => {
    if (options.signal?.aborted) throw cancelled(options.file);
  };
  checkpoint();

  const rejects = new Rejects();
  const entities = new FileEntities(options.schema);
  const rejectedKeys = new Map<string, SourcePlace>();
  const links: PendingLink[] = [];
  let seen = 0;
  const rowsRead = () => options.rowsRead?.() || seen;
  const progress = (phase: EngineProgress['phase']) => options.onProgress?.({ phase, rowsRead: rowsRead() });

  progress('reading');
  for await (const record of records) {
    checkpoint();
    seen += 1;
    if (rowsRead() > limits.maxRows) throw tooManyRows(options.file, limits.maxRows);
    if (seen % PROGRESS_EVERY === 0) progress('reading');
    if (record.kind === 'reject') {
      rejects.add(record.place, record.message);
    } else if (record.kind === 'link') {
      links.push({ ...record, input: withoutIds(record.input) });
    } else if (record.key.trim() === '') {
      rejects.add({ ...record.place, field: record.place.field ?? 'key' }, 'key: must not be empty');
    } else {
      const input = withoutIds(record.input);
      try {
        entities.add(record.key, input, prepareEntity(options.schema, input), record.place);
      } catch (error) {
        rejects.addError(record.place, error);
        if (!entities.get(record.key) && !rejectedKeys.has(record.key))
          rejectedKeys.set(record.key, record.place);
      }
    }
  }
  checkpoint();
  progress('reading');

  const fileEntities = [...entities.values()];
  const matched = await matchCase(store, fileEntities, options.match, checkpoint);
  const refs = new Map<string, Ref>();
  const newEntities: Record<string, unknown>[] = [];
  for (const entity of fileEntities) {
    const stored = matched.get(entity.key);
    if (stored) {
      refs.set(entity.key, { id: stored.id, type: stored.type });
      continue;
    }
    const id = randomUUID();
    refs.set(entity.key, { id, type: entity.type });
    newEntities.push(entities.inputOf(entity, id));
  }

  // Link ends the file does not describe may name entities of the case by id.
  const outside = links.flatMap((l) => [l.sourceKey, l.targetKey]).filter((k) => !refs.has(k));
  for (const [id, entity] of await storedById(store, outside)) refs.set(id, { id, type: entity.type });
  checkpoint();

  const typeOf = new Map<string, string>([...refs.values()].map((r) => [r.id, r.type]));
  const newLinks: Record<string, unknown>[] = [];
  for (const link of links) {
    const ends = (['source', 'target'] as const).map((end) => {
      const key = end === 'source' ? link.sourceKey : link.targetKey;
      return { end, key, ref: refs.get(key) };
    });
    const missing = ends.filter((e) => e.ref === undefined);
    if (missing.length > 0) {
      const field = link.place.field ?? missing[0]?.end;
      const message = missing.map(({ end, key }) => unknownEnd(end, key, rejectedKeys.get(key))).join('; ');
      rejects.add({ ...link.place, ...(field ? { field } : {}) }, message);
      continue;
    }
    const input = { ...link.input, source: ends[0]?.ref?.id, target: ends[1]?.ref?.id };
    try {
      prepareLink(options.schema, input, (id) => typeOf.get(id));
      newLinks.push({ ...input, id: randomUUID() });
    } catch (error) {
      rejects.addError(link.place, error);
    }
  }
  checkpoint();

  if (!options.dryRun && newEntities.length + newLinks.length > 0) {
    progress('writing');
    await write(store, options.file, newEntities, newLinks);
  }
  return {
    format: options.format,
    dryRun: options.dryRun,
    rowsRead: rowsRead(),
    created: { entities: newEntities.length, links: newLinks.length },
    merged: matched.size,
    rejected: rejects.listed,
    rejectedTotal: rejects.total,
  };
}

function unknownEnd(end: string, key: string, rejectedAt: SourcePlace | undefined): string {
  if (rejectedAt) {
    const at = where(rejectedAt);
    return `${end}: the entity "${key}" was rejected${at ? ` (${at})` : ''}`;
  }
  return `${end}: no entity with key "${key}" in the file or the case`;
}

/** One transaction; its refusal (a conflict, a read-only server) names the file and writes nothing. */
async function write(
  store: GraphStore,
  file: string,
  entities: readonly Record<string, unknown>[],
  links: readonly Record<string, unknown>[],
): Promise<void> {
  try {
    await store.createItems({ entities, links });
  } catch (error) {
    if (error instanceof PlexusError && error.code !== 'INTERNAL') {
      throw new PlexusError(error.code, `${basename(file)}: ${error.message}`, error.details);
    }
    throw error;
  }
}
