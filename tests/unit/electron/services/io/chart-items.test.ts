import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartItemsView } from '../../../../../electron/services/io/chart-items';
import { exportFile } from '../../../../../electron/services/io/registry';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const schema = new SchemaIndex(loadSchema());
let dir: string;
let store: GraphStore;
const ids = { a: '', b: '', c: '', ab: '', bc: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-chart-items-'));
  store = await createCaseFile(join(dir, 'case.plexus'), { actor: 'test', schema });
  const [a, b, c] = await store.createEntities([
    { type: 'Person', label: 'Ann' },
    { type: 'Person', label: 'Bo' },
    { type: 'Company', label: 'Cee Ltd' },
  ]);
  const [ab, bc] = await store.createLinks([
    { type: 'ASSOCIATE_OF', source: a!.id, target: b!.id, label: '' },
    { type: 'EMPLOYED_BY', source: b!.id, target: c!.id, label: '' },
  ]);
  Object.assign(ids, { a: a!.id, b: b!.id, c: c!.id, ab: ab!.id, bc: bc!.id });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('chartItemsView', () => {
  it('exports only the chart’s items, in any format, and never a link to an entity left out', async () => {
    const view = chartItemsView(store, { entities: [ids.a, ids.b], links: [ids.ab, ids.bc] });
    const written = await exportFile(view, join(dir, 'chart.json'), 'json', { schema });
    expect(written).toMatchObject({ entities: 2, links: 1 });
    const text = readFileSync(written.files[0]!, 'utf8');
    expect(text).toContain('Ann');
    expect(text).not.toContain('Cee Ltd');
    const csv = await exportFile(view, join(dir, 'chart.csv'), 'csv', { schema });
    expect(csv).toMatchObject({ entities: 2, links: 1 });
  });

  it('leaves the store itself whole', async () => {
    chartItemsView(store, { entities: [ids.a], links: [] });
    expect(await store.counts()).toMatchObject({ entityCount: 3, linkCount: 2 });
    expect(store.name).toBe(chartItemsView(store, { entities: [], links: [] }).name);
  });
});
