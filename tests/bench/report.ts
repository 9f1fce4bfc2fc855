import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Row {
  measure: string;
  value: string;
  goal: string;
  met: boolean | undefined;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function table(rows: readonly Row[]): string {
  const head = '| Measure | Result | Goal | Met |\n|---|---|---|---|';
  const body = rows.map(
    (r) => `| ${r.measure} | ${r.value} | ${r.goal} | ${r.met === undefined ? '' : r.met ? 'yes' : 'NO'} |`,
  );
  return [head, ...body].join('\n');
}

/** One generated block of BENCHMARKS.md: its marker name and the heading it gets when first added. */
export interface BenchBlock {
  /** `bench` for the core block, `bench-import`, `bench-layout`, `bench-export`. */
  marker: string;
  /** The section heading above the block the first time it is appended; none for the core block. */
  section?: string;
}

export interface BlockContent {
  title: string;
  rows: readonly Row[];
  /** Appended to the "Run on" line (e.g. the browser). */
  where?: string;
  /** A paragraph under the table. */
  notes?: string;
}

/**
 * Replaces one generated block of BENCHMARKS.md, leaving the hand-written notes around it; a
 * block not there yet is appended at the end under its section heading.
 */
export function writeBlock(file: string, block: BenchBlock, content: BlockContent): void {
  const start = `<!-- ${block.marker}:start -->`;
  const end = `<!-- ${block.marker}:end -->`;
  const text = [
    start,
    `### ${content.title}`,
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}${content.where ? `, ${content.where}` : ''}.`,
    '',
    table(content.rows),
    ...(content.notes ? ['', content.notes] : []),
    end,
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const heading = block.section ? `## ${block.section}\n\n` : '';
  const next =
    at >= 0 && until > at
      ? current.slice(0, at) + text + current.slice(until + end.length)
      : `${current.trimEnd()}\n\n${heading}${text}\n`;
  writeFileSync(file, next);
}
