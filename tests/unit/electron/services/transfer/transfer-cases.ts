import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile, openCaseFile } from '../../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

/** Case files for the transfer tests: each store has its own actor and a clock that ticks a second per write. */

export const schema = new SchemaIndex(loadSchema());

function ticking(start: string): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

export function storeOptions(actor: string, start = '2024-01-01T00:00:00.000Z') {
  return { actor, schema, now: ticking(start) };
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-transfer-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** createCase for takeOffline: a new case file written by the offline analyst. */
export function caseMaker(actor = 'offline', start = '2024-03-01T00:00:00.000Z') {
  return (path: string) => createCaseFile(path, storeOptions(actor, start));
}

export function reopen(
  path: string,
  actor = 'offline',
  start = '2024-04-01T00:00:00.000Z',
): Promise<GraphStore> {
  return openCaseFile(path, storeOptions(actor, start));
}

/**
 * The source graph:  Ann -EMPLOYED_BY-> Cobalt <-EMPLOYED_BY- Ben -FAMILY_OF- Dora -MEMBER_OF-> Oak
 */
export async function buildSource(path: string) {
  return seedSource(await createCaseFile(path, storeOptions('team')));
}

/** The source graph in any store (the Neo4j tests seed a server with it). */
export async function seedSource(store: GraphStore) {
  const [ann, ben, dora, cobalt, oak] = await store.createEntities([
    { id: 'ann', type: 'Person', label: 'Ann Arbor', props: { nationality: 'SE' } },
    { id: 'ben', type: 'Person', label: 'Ben Brandt' },
    { id: 'dora', type: 'Person', label: 'Dora Brandt' },
    { id: 'cobalt', type: 'Company', label: 'Cobalt Ltd' },
    { id: 'oak', type: 'Organization', label: 'Oak Party' },
  ]);
  if (!ann || !ben || !dora || !cobalt || !oak) throw new Error('source not created');
  const links = await store.createLinks([
    { id: 'ann-cobalt', type: 'EMPLOYED_BY', source: 'ann', target: 'cobalt' },
    { id: 'ben-cobalt', type: 'EMPLOYED_BY', source: 'ben', target: 'cobalt' },
    { id: 'ben-dora', type: 'FAMILY_OF', source: 'ben', target: 'dora' },
    { id: 'dora-oak', type: 'MEMBER_OF', source: 'dora', target: 'oak' },
  ]);
  return { store, entities: { ann, ben, dora, cobalt, oak }, links };
}

export async function allOf(store: GraphStore) {
  const entities = [];
  for await (const batch of store.scanEntities()) entities.push(...batch);
  const links = [];
  for await (const batch of store.scanLinks()) links.push(...batch);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { entities: entities.sort(byId), links: links.sort(byId) };
}
