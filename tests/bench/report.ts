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

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of BENCHMARKS.md, leaving the hand-written notes around it. */
export function writeBenchmarks(file: string, title: string, rows: readonly Row[]): void {
  const block = [
    START,
    `### ${title}`,
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
    '',
    table(rows),
    END,
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    at >= 0 && end > at
      ? current.slice(0, at) + block + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
