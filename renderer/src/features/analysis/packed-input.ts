import type { AnalysisInput, AnalysisLink } from '../../../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import {
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type Entity,
  type Link,
  type Schema,
} from '../../../../graph-schema/model';

/**
 * The chart's graph as the analysis worker receives it: columns of numbers in typed arrays,
 * handed over without copying. Posting 50,000 link objects instead costs the main thread a
 * structured clone of every field, a long task on its own at that size.
 */
export interface PackedInput {
  entityIds: string[];
  types: string[];
  /** Per link: index into entityIds of each end, into types of its type. */
  source: Int32Array;
  target: Int32Array;
  type: Int32Array;
  /** Per link: 1 when its type has an arrow. */
  directed: Uint8Array;
  /** Per link: index into CONFIDENCE_LEVELS, RELIABILITY_GRADES, CREDIBILITY_GRADES. */
  confidence: Uint8Array;
  reliability: Uint8Array;
  credibility: Uint8Array;
  /** Per link: its validity as written (partial dates); null when not given. Sparse in practice. */
  validFrom: (string | null)[];
  validTo: (string | null)[];
}

interface Packing {
  packed: PackedInput;
  transfer: ArrayBuffer[];
  /** Packs links [from, to) of the kept ones. */
  fill(from: number, to: number): void;
  count: number;
}

/** Sets up the columns for what is on the chart; links whose ends are not both here are left out. */
function packing(entities: readonly Entity[], links: readonly Link[], schema: Schema): Packing {
  const entityIds = entities.map((e) => e.id);
  const index = new Map(entityIds.map((id, i) => [id, i]));
  const types = schema.linkTypes.map((t) => t.name);
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const arrows = new Set(schema.linkTypes.filter((t) => t.directed).map((t) => t.name));
  const kept = links.filter((l) => index.has(l.source) && index.has(l.target));
  const n = kept.length;
  const packed: PackedInput = {
    entityIds,
    types,
    source: new Int32Array(n),
    target: new Int32Array(n),
    type: new Int32Array(n),
    directed: new Uint8Array(n),
    confidence: new Uint8Array(n),
    reliability: new Uint8Array(n),
    credibility: new Uint8Array(n),
    validFrom: new Array<string | null>(n),
    validTo: new Array<string | null>(n),
  };
  const fill = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const link = kept[i] as Link;
      packed.source[i] = index.get(link.source) ?? 0;
      packed.target[i] = index.get(link.target) ?? 0;
      let type = typeIndex.get(link.type);
      if (type === undefined) {
        // A type the schema no longer knows keeps its name, without an arrow (as the chart draws it).
        type = types.push(link.type) - 1;
        typeIndex.set(link.type, type);
      }
      packed.type[i] = type;
      packed.directed[i] = arrows.has(link.type) ? 1 : 0;
      packed.confidence[i] = CONFIDENCE_LEVELS.indexOf(link.confidence);
      packed.reliability[i] = RELIABILITY_GRADES.indexOf(link.reliability);
      packed.credibility[i] = CREDIBILITY_GRADES.indexOf(link.credibility);
      packed.validFrom[i] = link.validFrom;
      packed.validTo[i] = link.validTo;
    }
  };
  const transfer = [
    packed.source,
    packed.target,
    packed.type,
    packed.directed,
    packed.confidence,
    packed.reliability,
    packed.credibility,
  ].map((column) => column.buffer as ArrayBuffer);
  return { packed, transfer, fill, count: n };
}

/** Packs what is on the chart in one go (tests, the in-thread fallback). */
export function packInput(
  entities: readonly Entity[],
  links: readonly Link[],
  schema: Schema,
): { packed: PackedInput; transfer: ArrayBuffer[] } {
  const p = packing(entities, links, schema);
  p.fill(0, p.count);
  return { packed: p.packed, transfer: p.transfer };
}

/** Links packed between yields to the browser: at 50,000 links one go is a long task on a busy machine. */
const SLICE = 2500;

/** As packInput, giving the main thread back every few thousand links. */
export async function packInputInSlices(
  entities: readonly Entity[],
  links: readonly Link[],
  schema: Schema,
): Promise<{ packed: PackedInput; transfer: ArrayBuffer[] }> {
  const p = packing(entities, links, schema);
  for (let from = 0; from < p.count; from += SLICE) {
    // Yield first: setting the columns up was a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    p.fill(from, Math.min(p.count, from + SLICE));
  }
  return { packed: p.packed, transfer: p.transfer };
}

/** The worker's side: the analysis input again (link ids are their positions: no measure reads them). */
export function unpackInput(packed: PackedInput): AnalysisInput {
  const links: AnalysisLink[] = [];
  for (let i = 0; i < packed.source.length; i++) {
    links.push({
      id: String(i),
      type: packed.types[packed.type[i] ?? 0] ?? '',
      source: packed.entityIds[packed.source[i] ?? 0] ?? '',
      target: packed.entityIds[packed.target[i] ?? 0] ?? '',
      directed: packed.directed[i] === 1,
      confidence: CONFIDENCE_LEVELS[packed.confidence[i] ?? 0] ?? 'probable',
      reliability: RELIABILITY_GRADES[packed.reliability[i] ?? 0] ?? 'F',
      credibility: CREDIBILITY_GRADES[packed.credibility[i] ?? 0] ?? '6',
      validFrom: packed.validFrom[i] ?? null,
      validTo: packed.validTo[i] ?? null,
    });
  }
  return { entityIds: packed.entityIds, links };
}

/**
 * An answer on its way back: entity and community rows as columns, for the same reason as the
 * input (10,000 row objects read back cost the main thread one long task). Pairs are at most
 * 1,000 rows and travel as they are.
 */
export type PackedResult =
  | { kind: 'rows'; result: AnalysisResult }
  | {
      kind: 'columns';
      result: AnalysisResult;
      ids: string[];
      first: Float64Array;
      second: Float64Array;
    };

export function packResult(result: AnalysisResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  if (result.kind === 'pairs') return { packed: { kind: 'rows', result }, transfer: [] };
  const n = result.rows.length;
  const ids: string[] = new Array<string>(n);
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  if (result.kind === 'entities') {
    result.rows.forEach((r, i) => {
      ids[i] = r.id;
      first[i] = r.score;
      second[i] = r.rank;
    });
  } else {
    result.rows.forEach((r, i) => {
      ids[i] = r.id;
      first[i] = r.community;
      second[i] = r.size;
    });
  }
  return {
    packed: { kind: 'columns', result: { ...result, rows: [] }, ids, first, second },
    transfer: [first.buffer, second.buffer],
  };
}

export function unpackResult(packed: PackedResult): AnalysisResult {
  if (packed.kind === 'rows') return packed.result;
  const { result, ids, first, second } = packed;
  if (result.kind === 'entities') {
    return { ...result, rows: ids.map((id, i) => ({ id, score: first[i] ?? 0, rank: second[i] ?? 0 })) };
  }
  if (result.kind === 'communities') {
    return { ...result, rows: ids.map((id, i) => ({ id, community: first[i] ?? 0, size: second[i] ?? 0 })) };
  }
  return result;
}
