import { describe, expect, it } from 'vitest';
import type { ChartBodyInput } from '../../graph-schema/chart/saved-chart';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { buildNetwork, expectError } from './contract-helpers';

/** Saved charts: every store keeps them with its data and answers the same way. */

async function styledChart(store: GraphStore, name: string) {
  const { a, b, c1, links } = await buildNetwork(store);
  const [first] = links;
  if (!first) throw new Error('no links');
  const body = {
    name,
    entities: [
      { id: a.id, x: 10.5, y: -20, pinned: true },
      { id: b.id, x: 200, y: 40, pinned: false },
      { id: c1.id, x: 120, y: 300, pinned: false },
    ],
    links: [first.id],
    hidden: { entities: [c1.id], links: [] },
    style: {
      colorBy: 'props.nationality',
      sizeBy: 'measure.degree',
      sizeRange: [20, 90],
      nodeRules: [
        {
          id: 'r1',
          label: 'Confirmed',
          when: { field: 'confidence', op: 'is', value: 'confirmed' },
          color: '#FF0000',
          borderWidth: 3,
        },
      ],
      linkRules: [
        { id: 'l1', label: '', when: { field: 'type', op: 'in', value: ['EMPLOYED_BY'] }, width: 4 },
      ],
      linkWidthBy: null,
      linkLabel: 'none',
      mergeParallel: true,
      arrows: false,
    },
    groups: [
      { id: 'g1', title: 'Brandt family', members: [b.id], collapsed: true, x: 5, y: 6, color: '#00AA00' },
    ],
    annotations: [
      { id: 'n1', text: 'Met in Uppsala — 会った', x: 1, y: 2, attachedTo: a.id },
      { id: 'n2', text: 'Free note', x: -3, y: 4, attachedTo: null },
    ],
    viewport: { zoom: 1.5, pan: { x: -100, y: 50 } },
  } satisfies ChartBodyInput;
  return body;
}

export function chartContract(getStore: () => GraphStore): void {
  describe('saved charts', () => {
    it('creates a chart and gets it back exactly, with style, groups, annotations, viewport and pins', async () => {
      const store = getStore();
      const body = await styledChart(store, 'Briefing 1');
      const created = await store.charts.create(body);
      expect(created).toMatchObject({ ...body, version: 1 });
      expect(created.createdBy).toBe(created.updatedBy);
      expect(created.createdAt).toBe(created.updatedAt);
      expect(await store.charts.get(created.id)).toEqual(created);
    });

    it('fills the defaults of a minimal body', async () => {
      const chart = await getStore().charts.create({ name: 'Empty', entities: [], links: [] });
      const again = await getStore().charts.get(chart.id);
      expect(again).toMatchObject({
        hidden: { entities: [], links: [] },
        groups: [],
        annotations: [],
        viewport: null,
        style: { colorBy: null, arrows: true, linkLabel: 'type' },
      });
    });

    it('lists charts by name, with counts and no bodies', async () => {
      const store = getStore();
      const body = await styledChart(store, 'Zulu');
      await store.charts.create(body);
      await store.charts.create({ ...body, name: 'alpha', entities: [], links: [] });
      const list = await store.charts.list();
      expect(list.map((c) => c.name)).toEqual(['alpha', 'Zulu']);
      expect(list[1]).toMatchObject({ version: 1, entities: 3, links: 1 });
      expect(Object.keys(list[1] ?? {}).sort()).toEqual(
        ['entities', 'id', 'links', 'name', 'updatedAt', 'updatedBy', 'version'].sort(),
      );
    });

    it('saves over the version it loaded, and refuses a save from a stale version with CONFLICT', async () => {
      const store = getStore();
      const body = await styledChart(store, 'Ops');
      const v1 = await store.charts.create(body);
      const moved = { ...body, entities: body.entities.map((e) => ({ ...e, x: e.x + 1 })) };
      const v2 = await store.charts.save(v1.id, moved, 1);
      expect(v2).toMatchObject({ version: 2, entities: moved.entities, createdAt: v1.createdAt });
      expect(await store.charts.get(v1.id)).toEqual(v2);

      await expectError(store.charts.save(v1.id, body, 1), 'CONFLICT', 'version');
      expect(await store.charts.get(v1.id)).toEqual(v2);
      await expectError(store.charts.save('no-such-chart', body, 1), 'NOT_FOUND', 'id');
    });

    it('renames (a new version), duplicates (a new chart) and deletes', async () => {
      const store = getStore();
      const body = await styledChart(store, 'Original');
      const chart = await store.charts.create(body);
      const renamed = await store.charts.rename(chart.id, 'Renamed');
      expect(renamed).toMatchObject({ name: 'Renamed', version: 2, entities: body.entities });
      await expectError(store.charts.save(chart.id, body, 1), 'CONFLICT');

      const copy = await store.charts.duplicate(chart.id, 'Copy');
      expect(copy.id).not.toBe(chart.id);
      expect(copy).toMatchObject({ name: 'Copy', version: 1, style: renamed.style, groups: renamed.groups });
      expect((await store.charts.list()).map((c) => c.name)).toEqual(['Copy', 'Renamed']);

      await store.charts.delete(chart.id);
      await expectError(store.charts.get(chart.id), 'NOT_FOUND');
      await expectError(store.charts.delete(chart.id), 'NOT_FOUND');
      await expectError(store.charts.rename(chart.id, 'x'), 'NOT_FOUND');
      await expectError(store.charts.duplicate(chart.id, 'x'), 'NOT_FOUND');
      expect((await store.charts.list()).map((c) => c.id)).toEqual([copy.id]);
    });

    it('refuses an invalid body or name with VALIDATION naming the field, and writes nothing', async () => {
      const store = getStore();
      const bad = { name: 'Bad', entities: [{ id: 'e', x: 'left', y: 0 }], links: [] };
      const error = await expectError(
        store.charts.create(bad as unknown as ChartBodyInput),
        'VALIDATION',
        'entities.0.x',
      );
      expect(error.message).toContain('entities.0.x');
      await expectError(
        store.charts.create({ name: 'Bad', entities: [], links: [], style: { colorBy: 'nonsense' } }),
        'VALIDATION',
        'style.colorBy',
      );
      await expectError(store.charts.create({ name: '  ', entities: [], links: [] }), 'VALIDATION', 'name');
      const ok = await store.charts.create({ name: 'Good', entities: [], links: [] });
      await expectError(store.charts.rename(ok.id, ''), 'VALIDATION', 'name');
      await expectError(
        store.charts.save(ok.id, { name: 'Good', entities: [], links: [] }, 0),
        'VALIDATION',
        'version',
      );
      expect((await store.charts.list()).map((c) => c.name)).toEqual(['Good']);
    });
  });
}
