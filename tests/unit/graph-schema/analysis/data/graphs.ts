import type { AnalysisInput, AnalysisLink } from '../../../../../graph-schema/analysis/options';

/** An analysis input from an edge list: entities "n0".."n{count-1}", links graded B2, probable. */
export function inputOf(
  count: number,
  edges: readonly (readonly [number, number])[],
  link: Partial<AnalysisLink> = {},
): AnalysisInput {
  return {
    entityIds: Array.from({ length: count }, (_, i) => `n${i}`),
    links: edges.map(([s, t], i) => ({
      id: `l${i}`,
      type: 'KNOWS',
      source: `n${s}`,
      target: `n${t}`,
      directed: false,
      confidence: 'probable',
      reliability: 'B',
      credibility: '2',
      validFrom: null,
      validTo: null,
      ...link,
    })),
  };
}
