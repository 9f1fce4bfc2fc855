import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Importer, ImportRecord } from '../../../../../../../electron/services/io/types';
import { SchemaIndex } from '../../../../../../../graph-schema/model/schema';
import { loadSchema } from '../../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../../../electron/services/store/sqlite/index';
import type { Evidence } from '../../../../../../../graph-schema/model/sources';

/** The repo root's parent holds shared/data/public beside the project (never copied into it). */
const ROOT = fileURLToPath(new URL('../../../../../../../', import.meta.url));
export const PUBLIC_DIR = join(ROOT, '..', 'shared', 'data', 'public');
export const publicPresent = existsSync(PUBLIC_DIR);
if (!publicPresent) console.warn(`intel format tests: skipping public files, ${PUBLIC_DIR} is absent`);

export const schema = new SchemaIndex(loadSchema());

export type EntityRecord = Extract<ImportRecord, { kind: 'entity' }>;
export type LinkRecord = Extract<ImportRecord, { kind: 'link' }>;
export type RejectRecord = Extract<ImportRecord, { kind: 'reject' }>;

export async function readAll(importer: Importer, path: string) {
  const all: ImportRecord[] = [];
  for await (const r of importer.read(path, { schema })) all.push(r);
  return {
    all,
    entities: all.filter((r): r is EntityRecord => r.kind === 'entity'),
    links: all.filter((r): r is LinkRecord => r.kind === 'link'),
    rejects: all.filter((r): r is RejectRecord => r.kind === 'reject'),
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes JSON lines (objects) or raw text into a temp file and answers its path. */
export function fixture(dir: string, name: string, content: readonly unknown[] | string): string {
  const path = join(dir, name);
  const text = typeof content === 'string' ? content : content.map((o) => JSON.stringify(o)).join('\n');
  writeFileSync(path, text);
  return path;
}

export async function freshCase(dir: string, name: string): Promise<GraphStore> {
  return createCaseFile(join(dir, `${name}.plexus`), { actor: 'tester', schema });
}

/**
 * Writes records into a case the way the engine would (keys as ids), so the real schema
 * validates every input. Links whose ends the file lacks are left out and answered.
 */
export async function storeRecords(store: GraphStore, entities: EntityRecord[], links: LinkRecord[]) {
  const keys = new Set(entities.map((e) => e.key));
  const placed = links.filter((l) => keys.has(l.sourceKey) && keys.has(l.targetKey));
  await store.createItems({
    entities: entities.map((e) => ({ ...e.input, id: e.key })),
    links: placed.map((l, i) => ({ ...l.input, id: `link-${i}`, source: l.sourceKey, target: l.targetKey })),
  });
  return { missingEnds: links.length - placed.length };
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** A case's evidence as an analyst reads it: each citation by the label of what it cites. */
export async function evidenceByLabel(store: GraphStore) {
  const evidence: Evidence = await store.sources.evidence();
  const labels = new Map<string, string>();
  for await (const batch of store.scanEntities()) for (const e of batch) labels.set(e.id, e.label);
  for await (const batch of store.scanLinks())
    for (const l of batch) labels.set(l.id, `${labels.get(l.source)} ${l.type} ${labels.get(l.target)}`);
  const title = new Map(evidence.sources.map((s) => [s.id, s.title]));
  const citations = evidence.citations
    .map((c) => ({
      source: title.get(c.sourceId),
      item: labels.get(c.itemId),
      field: c.field,
      grade: `${c.reliability}${c.credibility}`,
      note: c.note,
    }))
    .sort((a, b) => String(a.item).localeCompare(String(b.item)));
  const sources = evidence.sources.map(({ id, title, origin, informationDate, file }) => ({
    id,
    title,
    origin,
    informationDate,
    file,
  }));
  return { sources, citations };
}
