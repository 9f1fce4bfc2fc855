import { describe, expect, it } from 'vitest';
import { chartDiff, isEmptyDiff } from '../../../../../renderer/src/chart/diff';
import type { ChartContent } from '../../../../../renderer/src/chart/types';
import { entity, link } from './chart-fixtures';

function content(entities: ReturnType<typeof entity>[], links: ReturnType<typeof link>[] = []): ChartContent {
  return {
    entities: Object.fromEntries(entities.map((e) => [e.id, e])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
  };
}

describe('chartDiff', () => {
  const a = entity('a');
  const b = entity('b');
  const ab = link('ab', 'a', 'b');

  it('is empty between the same content', () => {
    const c = content([a, b], [ab]);
    const diff = chartDiff(c, { entities: { ...c.entities }, links: { ...c.links } });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists added entities and links', () => {
    const diff = chartDiff(content([a]), content([a, b], [ab]));
    expect(diff.addEntities).toEqual([b]);
    expect(diff.addLinks).toEqual([ab]);
    expect(diff.updateEntities).toEqual([]);
    expect(diff.removeEntityIds).toEqual([]);
  });

  it('lists an item with a new object under the same id as updated', () => {
    const a2 = { ...a, label: 'Renamed' };
    const ab2 = { ...ab, confidence: 'possible' as const };
    const diff = chartDiff(content([a, b], [ab]), content([a2, b], [ab2]));
    expect(diff.updateEntities).toEqual([a2]);
    expect(diff.updateLinks).toEqual([ab2]);
    expect(diff.addEntities).toEqual([]);
    expect(diff.addLinks).toEqual([]);
  });

  it('treats a new object with equal fields as updated: references decide', () => {
    const diff = chartDiff(content([a]), content([{ ...a }]));
    expect(diff.updateEntities).toHaveLength(1);
  });

  it('lists removed entities and links by id', () => {
    const diff = chartDiff(content([a, b], [ab]), content([a]));
    expect(diff.removeEntityIds).toEqual(['b']);
    expect(diff.removeLinkIds).toEqual(['ab']);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('treats ids that name Object.prototype members as plain ids', () => {
    const odd = entity('constructor');
    expect(chartDiff(content([]), content([odd])).addEntities).toEqual([odd]);
    expect(chartDiff(content([odd]), content([])).removeEntityIds).toEqual(['constructor']);
  });
});
