import type { EntityInput, LinkInput } from '../../graph-schema/model/records';
import type { SchemaIndex } from '../../graph-schema/model/schema';

/**
 * Plain benchmark rows from a seeded PRNG, so every run (and the bare-SQLite baseline in the
 * same run) sees the same data. Link ends follow preferential attachment: most entities have
 * a handful of links, a few hubs have thousands, as in real case data.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'an',
  'bel',
  'chen',
  'da',
  'el',
  'fa',
  'gor',
  'han',
  'iv',
  'jun',
  'ka',
  'li',
  'mar',
  'no',
  'ol',
  'pe',
  'qin',
  'ro',
  'sa',
  'ta',
  'ul',
  'ver',
  'wei',
  'xu',
  'ya',
  'zhang',
  'ko',
  'mi',
  'sen',
  'tor',
];
const ACCENTED = ['Zhāng', 'Wěi', 'Müller', 'Ōtsuka', 'Łukasz', 'José', 'Søren', 'Nguyễn'];
const CJK = ['王', '偉', '李', '明', '張', '華', '山', '田', '太', '郎', '김', '민', '준', '陳', '林'];
const TYPE_WEIGHTS: [string, number][] = [
  ['Person', 0.45],
  ['Company', 0.2],
  ['Organization', 0.08],
  ['Identifier', 0.12],
  ['Location', 0.05],
  ['Incident', 0.04],
  ['Document', 0.04],
  ['Asset', 0.02],
];

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export class BenchData {
  readonly ids: string[] = [];
  readonly types: string[] = [];
  readonly labels: string[] = [];
  private readonly typeCodes: Uint8Array;
  private readonly allowed = new Map<string, string[]>();
  private readonly typeNames: string[];

  constructor(
    private readonly index: SchemaIndex,
    readonly entityCount: number,
    readonly linkCount: number,
    readonly seed = 20240611,
  ) {
    this.typeCodes = new Uint8Array(entityCount);
    this.typeNames = TYPE_WEIGHTS.map(([t]) => t);
    for (const s of this.typeNames) {
      for (const t of this.typeNames) {
        const types = index.schema.linkTypes.filter((lt) => index.allowsLink(lt, s, t)).map((lt) => lt.name);
        this.allowed.set(`${s}>${t}`, types);
      }
    }
  }

  private name(rand: () => number, type: string): string {
    const word = () => {
      let w = '';
      const n = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
      return capital(w);
    };
    const roll = rand();
    if (roll < 0.04)
      return Array.from(
        { length: 2 + Math.floor(rand() * 2) },
        () => CJK[Math.floor(rand() * CJK.length)],
      ).join('');
    if (roll < 0.1) return `${ACCENTED[Math.floor(rand() * ACCENTED.length)]} ${word()}`;
    if (type === 'Company') return `${word()} ${word()} ${rand() < 0.5 ? 'Ltd' : 'GmbH'}`;
    if (type === 'Identifier') return `+${Math.floor(rand() * 1e11)}`;
    return `${word()} ${word()}`;
  }

  /** Entity inputs in batches, with ids given so links and the baseline can refer to them. */
  *entityBatches(batchSize: number): Generator<EntityInput[]> {
    const rand = mulberry32(this.seed);
    let batch: EntityInput[] = [];
    for (let i = 0; i < this.entityCount; i++) {
      let r = rand();
      let code = 0;
      for (; code < TYPE_WEIGHTS.length - 1; code++) {
        r -= TYPE_WEIGHTS[code]?.[1] ?? 0;
        if (r < 0) break;
      }
      const type = this.typeNames[code] ?? 'Person';
      const id = `e${i.toString(36).padStart(8, '0')}-${Math.floor(rand() * 0xffffffff).toString(16)}`;
      const label = this.name(rand, type);
      this.ids[i] = id;
      this.types[i] = type;
      this.labels[i] = label;
      this.typeCodes[i] = code;
      const input: EntityInput = { id, type, label };
      if (type === 'Company') input.props = { registrationNumber: `HRB ${Math.floor(rand() * 1e6)}` };
      if (type === 'Identifier') input.props = { identifierKind: 'phone' };
      if (rand() < 0.1) input.aliases = [this.name(rand, type)];
      batch.push(input);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Link inputs in batches; call after entityBatches has run. */
  *linkBatches(batchSize: number): Generator<LinkInput[]> {
    const rand = mulberry32(this.seed ^ 0x9e3779b9);
    const n = this.entityCount;
    const ends = new Int32Array(this.linkCount * 2);
    let endCount = 0;
    const pick = () =>
      endCount > 0 && rand() < 0.6 ? (ends[Math.floor(rand() * endCount)] ?? 0) : Math.floor(rand() * n);
    let batch: LinkInput[] = [];
    for (let i = 0; i < this.linkCount;) {
      const s = Math.floor(rand() * n);
      const t = pick();
      if (s === t) continue;
      const options = this.allowed.get(`${this.types[s]}>${this.types[t]}`) ?? [];
      if (options.length === 0) continue;
      const type = options[Math.floor(rand() * options.length)] ?? 'ASSOCIATE_OF';
      ends[endCount++] = s;
      ends[endCount++] = t;
      batch.push({ id: `l${i.toString(36)}`, type, source: this.ids[s] ?? '', target: this.ids[t] ?? '' });
      i++;
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}
