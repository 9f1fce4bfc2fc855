import { basename } from 'node:path';
import { placesFromZod, validationError, type ErrorPlace } from '../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../graph-schema/model/records';
import { Evidence } from '../../../graph-schema/model/sources';
import type { GraphStore } from '../store/graph-store';

/**
 * The evidence part of a native JSON export (NATIVE-JSON.md, "evidence"): the case's sources,
 * every citation and the items whose grade the analyst set. Optional, so exports of cases
 * without sources stay byte for byte what they were, and older files still read.
 */

export async function evidenceToWrite(store: GraphStore): Promise<Evidence | undefined> {
  const evidence = await store.sources.evidence();
  return evidence.sources.length > 0 || evidence.gradeSet.length > 0 ? evidence : undefined;
}

/** How many of the file's sources and citations the case does not hold yet: what an import adds. */
export async function newEvidence(
  store: GraphStore,
  evidence: Evidence,
): Promise<{ sources: number; citations: number }> {
  const sources = new Set((await store.sources.list()).map((s) => s.id));
  const items = evidence.citations.map(({ itemKind, itemId }) => ({ itemKind, itemId }));
  const citations = new Set((await store.sources.citationsOf(items)).map((c) => c.id));
  return {
    sources: evidence.sources.filter((s) => !sources.has(s.id)).length,
    citations: evidence.citations.filter((c) => !citations.has(c.id)).length,
  };
}

/** The file's evidence checked in shape; problems go to `places`, named as in the file. */
export function parseEvidence(value: unknown, path: string, places: ErrorPlace[]): Evidence | undefined {
  if (value === undefined) return undefined;
  const parsed = Evidence.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const p of placesFromZod(parsed.error, 'evidence'))
    places.push({
      file: path,
      ...(p.field ? { field: p.field } : {}),
      message: `${basename(path)}: ${p.message}`,
    });
  return undefined;
}

/**
 * Before anything is written: every citation must name a source of the file or the case and an
 * item of the file or the case, so the records are never written with evidence that cannot follow.
 */
export async function checkEvidence(
  store: GraphStore,
  evidence: Evidence,
  records: { entities: readonly Entity[]; links: readonly Link[] },
  path: string,
): Promise<void> {
  const sources = new Set([...evidence.sources, ...(await store.sources.list())].map((s) => s.id));
  const entities = new Set(records.entities.map((e) => e.id));
  const links = new Set(records.links.map((l) => l.id));
  const askEntities = evidence.citations.filter((c) => c.itemKind === 'entity' && !entities.has(c.itemId));
  const askLinks = evidence.citations.filter((c) => c.itemKind === 'link' && !links.has(c.itemId));
  for (const e of await store.getEntities(askEntities.map((c) => c.itemId))) entities.add(e.id);
  for (const l of await store.getLinks(askLinks.map((c) => c.itemId))) links.add(l.id);
  const places: ErrorPlace[] = [];
  evidence.citations.forEach((c, i) => {
    const field = `evidence.citations[${i}]`;
    if (!sources.has(c.sourceId))
      places.push({
        file: path,
        field: `${field}.sourceId`,
        message: `${basename(path)}: ${field}.sourceId: no source with id ${c.sourceId}`,
      });
    if (!(c.itemKind === 'entity' ? entities : links).has(c.itemId))
      places.push({
        file: path,
        field: `${field}.itemId`,
        message: `${basename(path)}: ${field}.itemId: no ${c.itemKind} with id ${c.itemId}`,
      });
  });
  if (places.length > 0) throw validationError(places);
}
