import { describe, expect, it } from 'vitest';
import { analysisLink } from '../../../../../../graph-schema/analysis/input';
import { runAnalysis } from '../../../../../../graph-schema/analysis/run';
import type { Entity, Link } from '../../../../../../graph-schema/model';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import {
  packInput,
  packResult,
  unpackInput,
  unpackResult,
} from '../../../../../../renderer/src/features/analysis/packed-input';
import { startAnalysis } from '../../../../../../renderer/src/features/analysis/run-analysis';
import { KARATE_EDGES } from '../../../../graph-schema/analysis/data/karate';

const schema = loadSchema([]);
const stamp = {
  notes: '',
  props: {},
  classification: 'UNCLASSIFIED',
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  updatedBy: '',
} as const;
const entities: Entity[] = Array.from({ length: 34 }, (_, i) => ({
  id: `m${i}`,
  type: 'Person',
  label: `m${i}`,
  aliases: [],
  validFrom: null,
  validTo: null,
  confidence: 'probable',
  reliability: 'F',
  credibility: '6',
  ...stamp,
}));
const links: Link[] = KARATE_EDGES.map(([s, t], i) => ({
  id: `k${i}`,
  // Every third friendship a payment (directed), one of a type the schema does not know.
  type: i === 5 ? 'RETIRED_TYPE' : i % 3 === 0 ? 'PAID' : 'ASSOCIATE_OF',
  source: `m${s}`,
  target: `m${t}`,
  label: '',
  validFrom: i % 4 === 0 ? '2019-04' : null,
  validTo: i % 5 === 0 ? '2021' : null,
  confidence: (['confirmed', 'probable', 'possible', 'doubtful'] as const)[i % 4] ?? 'probable',
  reliability: (['A', 'B', 'C', 'F'] as const)[i % 4] ?? 'F',
  credibility: (['1', '2', '3', '6'] as const)[i % 4] ?? '6',
  ...stamp,
}));

describe('the chart packed for the analysis worker', () => {
  it('unpacks to the links an analysis reads, field for field (ids aside)', () => {
    const { packed, transfer } = packInput(entities, links, schema);
    expect(transfer).toHaveLength(7);
    const directed = new Map(schema.linkTypes.map((t) => [t.name, t.directed]));
    const expected = links.map((l) => ({
      ...analysisLink(l, (type) => directed.get(type) ?? false),
      id: '',
    }));
    const unpacked = unpackInput(packed);
    expect(unpacked.entityIds).toEqual(entities.map((e) => e.id));
    expect(unpacked.links.map((l) => ({ ...l, id: '' }))).toEqual(expected);
    expect(unpacked.links.filter((l) => l.directed).length).toBeGreaterThan(0);
  });

  it('leaves out a link to an entity not given', () => {
    const { packed } = packInput(entities.slice(1), links, schema);
    expect(packed.source.length).toBe(links.filter((l) => l.source !== 'm0' && l.target !== 'm0').length);
  });

  it('the run gives what runAnalysis gives on the same records (in-thread without Worker)', async () => {
    const options = {
      minGrade: { reliability: 'B' as const, credibility: '2' as const },
      direction: 'out' as const,
    };
    const directed = new Map(schema.linkTypes.map((t) => [t.name, t.directed]));
    const input = {
      entityIds: entities.map((e) => e.id),
      links: links.map((l) => analysisLink(l, (type) => directed.get(type) ?? false)),
    };
    const answer = await startAnalysis({ entities, links, schema, measure: 'pagerank', options }, () => {})
      .done;
    expect(answer).toEqual(runAnalysis(input, 'pagerank', options));
  });
});

describe('the answer packed on its way back', () => {
  it('entity scores, communities and pairs come back as they left', () => {
    const input = unpackInput(packInput(entities, links, schema).packed);
    for (const measure of ['betweenness', 'louvain', 'jaccard'] as const) {
      const result = runAnalysis(input, measure);
      const { packed, transfer } = packResult(result);
      expect(transfer).toHaveLength(measure === 'jaccard' ? 0 : 2);
      expect(unpackResult(structuredClone(packed))).toEqual(result);
    }
  });
});
