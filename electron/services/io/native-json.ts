import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import {
  PlexusError,
  placesFromZod,
  validationError,
  type ErrorPlace,
} from '../../../graph-schema/model/errors';
import { Entity, Link } from '../../../graph-schema/model/records';
import type { GraphStore } from '../store/graph-store';
import { writeAtomically } from './atomic-write';
import { checkEvidence, evidenceToWrite, newEvidence, parseEvidence } from './native-evidence';
import type { Evidence } from '../../../graph-schema/model/sources';
import { errorOffset, lineAndColumn } from './engine/json-position';
import { HistoryHead } from '../../../graph-schema/contract/history-head';
import { historyHead, keepReportedHead } from '../history-head';

/**
 * The native, lossless JSON form of a case (documented in NATIVE-JSON.md): every entity and
 * link with its audit fields, so export then import gives back the same records.
 */

export const NATIVE_FORMAT = 'plexus-case';
export const NATIVE_VERSION = 1;
const SCAN_BATCH = 5_000;
const LOOKUP_BATCH = 1_000;

/** Writes the case record by record through a file stream; the file appears only when complete. */
export async function exportNativeJson(
  store: GraphStore,
  path: string,
): Promise<{ path: string; entities: number; links: number }> {
  const counts = { entities: 0, links: 0 };
  await writeAtomically(path, async (write) => {
    const exportedAt = new Date();
    // The head before the first record is read: kept outside the case, it pins its history (audit verify --against).
    const history = await historyHead(store, exportedAt);
    const envelope = {
      format: NATIVE_FORMAT,
      version: NATIVE_VERSION,
      exportedAt: exportedAt.toISOString(),
      ...(history ? { history } : {}),
    };
    await write(`${JSON.stringify(envelope).slice(0, -1)},\n"entities":[`);
    for await (const batch of store.scanEntities(SCAN_BATCH)) {
      for (const entity of batch)
        await write(`${counts.entities++ === 0 ? '' : ','}\n${JSON.stringify(entity)}`);
    }
    await write('\n],\n"links":[');
    for await (const batch of store.scanLinks(SCAN_BATCH)) {
      for (const link of batch) await write(`${counts.links++ === 0 ? '' : ','}\n${JSON.stringify(link)}`);
    }
    const evidence = await evidenceToWrite(store);
    await write(evidence ? `\n],\n"evidence":${JSON.stringify(evidence)}}\n` : '\n]}\n');
  });
  return { path, ...counts };
}

/**
 * Reads an export into the store, all or nothing. Records already in the store unchanged are
 * skipped; an id the store holds with other content is a CONFLICT. Nothing is written on
 * any error, and errors name the file and the item (`case.json: entities[3].validFrom: ...`).
 * A dry run checks all of that and answers the same counts without writing.
 */
export async function importNativeJson(
  store: GraphStore,
  path: string,
  options: { dryRun?: boolean } = {},
): Promise<{
  entities: number;
  links: number;
  skipped: number;
  evidence?: { sources: number; citations: number };
}> {
  const file = basename(path);
  const { entities, links, evidence, history } = parseExport(await readText(path), path);

  const [freshEntities, sameEntities, changedEntities] = await partition(entities, (ids) =>
    store.getEntities(ids),
  );
  const [freshLinks, sameLinks, changedLinks] = await partition(links, (ids) => store.getLinks(ids));
  const conflicts = [...changedEntities, ...changedLinks];
  if (conflicts.length > 0) {
    const shown =
      conflicts.slice(0, 5).join(', ') + (conflicts.length > 5 ? `, … (${conflicts.length} in all)` : '');
    throw new PlexusError('CONFLICT', `${file}: already in the case with different content: ${shown}`, [
      { file: path, rule: 'conflict', message: `ids ${conflicts.join(', ')}` },
    ]);
  }
  await checkEndpoints(store, links, entities, path);
  if (evidence) await checkEvidence(store, evidence, { entities, links }, path);
  const added = evidence && (await newEvidence(store, evidence));
  // Records and evidence in one transaction: evidence that fails leaves the case as it was.
  if (!options.dryRun && (freshEntities.length + freshLinks.length > 0 || evidence)) {
    try {
      await store.restore({ entities: freshEntities, links: freshLinks }, evidence);
    } catch (error) {
      if (error instanceof PlexusError && error.code !== 'INTERNAL') {
        throw new PlexusError(error.code, `${file}: ${error.message}`, error.details);
      }
      throw error;
    }
  }
  // What the file says of its own case's history: kept as its report, never as entries of ours.
  if (!options.dryRun && history) await keepReportedHead(store, history, path);
  return {
    entities: freshEntities.length,
    links: freshLinks.length,
    skipped: sameEntities.length + sameLinks.length,
    ...(added && added.sources + added.citations > 0 ? { evidence: added } : {}),
  };
}

/** How many entities and links an export holds, every record checked (the wizard's preview). */
export async function countNativeJson(path: string): Promise<{ entities: number; links: number }> {
  const { entities, links } = parseExport(await readText(path), path);
  return { entities: entities.length, links: links.length };
}

async function readText(path: string): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PlexusError('NOT_FOUND', `${basename(path)}: no such file (${path})`, [
        { file: path, message: 'no such file' },
      ]);
    }
    throw ioError(path, 'cannot read the file', error);
  }
}

function ioError(path: string, what: string, error: unknown): PlexusError {
  const reason = (error as Error).message;
  return new PlexusError('IO', `${basename(path)}: ${what} (${reason})`, [{ file: path, message: reason }]);
}

/** A problem in the file, its message starting with the file name. */
function place(path: string, field: string, rule: string, text: string): ErrorPlace {
  return { file: path, ...(field ? { field } : {}), rule, message: `${basename(path)}: ${text}` };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (text.trim() === '')
      throw validationError([place(path, '', 'json', 'not valid JSON (the file is empty)')]);
    const where = lineAndColumn(text, errorOffset(text, (error as Error).message));
    const why = `not valid JSON at line ${where.line}, column ${where.column}`;
    throw validationError([{ ...place(path, '', 'json', why), ...where }]);
  }
}

/** Checks the envelope and every record; reports every bad field, each with its item. */
export function parseExport(
  text: string,
  path: string,
): { entities: Entity[]; links: Link[]; evidence?: Evidence; history?: HistoryHead } {
  const data = parseJson(text, path);
  const envelope = (field: string, why: string) => validationError([place(path, field, 'envelope', why)]);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw envelope(
      'format',
      `not a Plexus case export (expected an object with "format": "${NATIVE_FORMAT}")`,
    );
  }
  const record = data as Record<string, unknown>;
  const shown = (value: unknown) => JSON.stringify(value) ?? 'missing';
  if (record.format !== NATIVE_FORMAT) {
    throw envelope(
      'format',
      `not a Plexus case export (format is ${shown(record.format)}, expected "${NATIVE_FORMAT}")`,
    );
  }
  if (record.version !== NATIVE_VERSION) {
    const newer = typeof record.version === 'number' && record.version > NATIVE_VERSION;
    throw envelope(
      'version',
      newer
        ? `version ${record.version} was written by a newer Plexus; this one reads version ${NATIVE_VERSION}`
        : `unknown version ${shown(record.version)}; this Plexus reads version ${NATIVE_VERSION}`,
    );
  }
  for (const key of ['entities', 'links'] as const) {
    if (!Array.isArray(record[key])) throw envelope(key, `${key}: must be a list`);
  }
  const places: ErrorPlace[] = [];
  const entities = checkItems(Entity, record.entities as unknown[], 'entities', path, places);
  const links = checkItems(Link, record.links as unknown[], 'links', path, places);
  const evidence = parseEvidence(record.evidence, path, places);
  const history = parseHead(record.history, path, places);
  if (places.length > 0) throw validationError(places);
  return { entities, links, ...(evidence ? { evidence } : {}), ...(history ? { history } : {}) };
}

/** The history head the exporting case wrote down, checked in shape; absent in older files. */
function parseHead(value: unknown, path: string, places: ErrorPlace[]): HistoryHead | undefined {
  if (value === undefined) return undefined;
  const parsed = HistoryHead.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const p of placesFromZod(parsed.error, 'history'))
    places.push(place(path, p.field ?? 'history', p.rule ?? '', p.message));
  return undefined;
}

function checkItems<T extends { id: string }>(
  schema: z.ZodType<T>,
  items: readonly unknown[],
  key: string,
  path: string,
  places: ErrorPlace[],
): T[] {
  const out: T[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const p of placesFromZod(parsed.error, `${key}[${i}]`))
        places.push(place(path, p.field ?? '', p.rule ?? '', p.message));
      return;
    }
    const seen = firstIndex.get(parsed.data.id);
    const field = `${key}[${i}].id`;
    if (seen === undefined) {
      firstIndex.set(parsed.data.id, i);
      out.push(parsed.data);
    } else {
      places.push(
        place(path, field, 'unique', `${field}: ${parsed.data.id} appears twice (also ${key}[${seen}])`),
      );
    }
  });
  return out;
}

/** Key order does not matter, values do: the test for "identical to the stored record". */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Splits records into new ones, ones the store holds unchanged, and ids held with other content. */
async function partition<T extends { id: string }>(
  items: readonly T[],
  lookup: (ids: string[]) => Promise<T[]>,
): Promise<[fresh: T[], same: T[], changed: string[]]> {
  const fresh: T[] = [];
  const same: T[] = [];
  const changed: string[] = [];
  for (let at = 0; at < items.length; at += LOOKUP_BATCH) {
    const chunk = items.slice(at, at + LOOKUP_BATCH);
    const stored = new Map((await lookup(chunk.map((i) => i.id))).map((s) => [s.id, s]));
    for (const item of chunk) {
      const existing = stored.get(item.id);
      if (!existing) fresh.push(item);
      else if (canonical(existing) === canonical(item)) same.push(item);
      else changed.push(item.id);
    }
  }
  return [fresh, same, changed];
}

/** A link must end at an entity of the file or of the case; named by its place in the file. */
async function checkEndpoints(
  store: GraphStore,
  links: readonly Link[],
  entities: readonly Entity[],
  path: string,
) {
  const known = new Set(entities.map((e) => e.id));
  const outside = [...new Set(links.flatMap((l) => [l.source, l.target]).filter((id) => !known.has(id)))];
  for (let at = 0; at < outside.length; at += LOOKUP_BATCH) {
    for (const e of await store.getEntities(outside.slice(at, at + LOOKUP_BATCH))) known.add(e.id);
  }
  const places: ErrorPlace[] = [];
  links.forEach((link, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!known.has(link[end])) {
        const field = `links[${i}].${end}`;
        places.push(place(path, field, 'exists', `${field}: no entity with id ${link[end]}`));
      }
    }
  });
  if (places.length > 0) throw validationError(places);
}
