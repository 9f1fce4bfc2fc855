import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../generate';

/**
 * A "one row per link" CSV (A type, A, B type, B, link) from a seeded PRNG: a pool of unique
 * names, each with one type, drawn with a skew (half the draws favour the head of the pool,
 * so a few names sit on thousands of rows); a few names and link notes hold commas (quoted),
 * some are accented or Chinese/Japanese/Korean.
 */

export const HEADER = ['A type', 'A', 'B type', 'B', 'link'] as const;
export const SEED = 20261125;

const SYLLABLES =
  'an bel chen da el fa gor han iv jun ka li mar no ol pe qin ro sa ta ul ver wei xu ya zhang ko mi sen tor'.split(
    ' ',
  );
const ACCENTED = ['Zhāng', 'Wěi', 'Müller', 'Ōtsuka', 'Łukasz', 'José', 'Søren', 'Nguyễn', 'Çelik', 'Dvořák'];
const CJK = '王偉李明張華山田太郎김민준陳林佐藤鈴木高橋伊渡辺中小'.split('');
const CONTEXTS = ['met', 'phone contact', 'shared address', 'co-director', 'emails, weekly', 'same flight'];

export interface Pool {
  names: string[];
  types: string[];
}

function makePool(size: number, rand: () => number): Pool {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const word = () => {
    let w = '';
    for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const person = (): string => {
    const roll = rand();
    if (roll < 0.04) return Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(CJK)).join('');
    if (roll < 0.1) return `${pick(ACCENTED)} ${word()}`;
    return `${word()} ${word()}`;
  };
  const company = () =>
    rand() < 0.03 ? `${word()}, ${word()} & Co` : `${word()} ${word()} ${rand() < 0.5 ? 'Ltd' : 'GmbH'}`;
  const org = () => (rand() < 0.05 ? `${word()}, ${word()} Association` : `${word()} ${word()} Institute`);
  const seen = new Set<string>();
  const pool: Pool = { names: [], types: [] };
  while (pool.names.length < size) {
    const roll = rand();
    const [type, make] =
      roll < 0.6 ? ['Person', person] : roll < 0.85 ? ['Company', company] : ['Organization', org];
    let name = make();
    if (seen.has(name)) name = `${name} ${pool.names.length}`;
    seen.add(name);
    pool.names.push(name);
    pool.types.push(type);
  }
  return pool;
}

const quote = (v: string) => (/[",\n\r]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Writes `rows` data rows to `path`; answers how many distinct names the rows use and the bytes written. */
export function writeLinkCsv(
  path: string,
  rows: number,
  poolSize = 300_000,
): { distinct: number; bytes: number } {
  const rand = mulberry32(SEED);
  const pool = makePool(poolSize, rand);
  const draw = () => Math.floor(poolSize * (rand() < 0.5 ? rand() ** 3 : rand()));
  const used = new Uint8Array(poolSize);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let chunk = `${HEADER.join(',')}\n`;
  const flush = () => {
    bytes += writeSync(fd, chunk);
    chunk = '';
  };
  for (let i = 0; i < rows; i++) {
    const a = draw();
    let b = draw();
    while (b === a) b = draw();
    used[a] = 1;
    used[b] = 1;
    const ctx = CONTEXTS[Math.floor(rand() * CONTEXTS.length)] ?? 'met';
    chunk += `${pool.types[a]},${quote(pool.names[a] ?? '')},${pool.types[b]},${quote(pool.names[b] ?? '')},${quote(ctx)}\n`;
    if (chunk.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  return { distinct: used.reduce((sum, u) => sum + u, 0), bytes };
}
