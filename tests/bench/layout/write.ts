import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { machine, table, type Row } from '../report';

const START = '<!-- bench-layout:start -->';
const END = '<!-- bench-layout:end -->';

/** Replaces the layout block of BENCHMARKS.md (appended at the end the first time). */
export function writeLayoutSection(file: string, title: string, rows: readonly Row[], browser: string): void {
  const block = [
    START,
    `### ${title}`,
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}, ${browser}.`,
    '',
    table(rows),
    END,
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    at >= 0 && end > at
      ? current.slice(0, at) + block + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n## Layout benchmark\n\n${block}\n`;
  writeFileSync(file, next);
}
