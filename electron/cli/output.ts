import type { Entity, Link } from '../../graph-schema/model/records';

/**
 * Everything a command prints goes through here: with --json exactly one JSON document on
 * stdout, otherwise readable lines. Messages about progress go to stderr only.
 */

export interface OutputOptions {
  json?: boolean;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

/** Prints the JSON document or the human lines, as the user asked. */
export function emit(options: OutputOptions, json: unknown, human: () => readonly string[]): void {
  if (options.json) printJson(json);
  else printLines(human());
}

/** Columns as wide as a terminal shows them: CJK and Hangul take two cells each. */
function cells(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = headers.map((h, i) => Math.max(cells(h), ...rows.map((r) => cells(r[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((value, i) => (i === row.length - 1 ? value : value + ' '.repeat((widths[i] ?? 0) - cells(value))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

export function entityRows(entities: readonly Entity[]): string[][] {
  return entities.map((e) => [e.id, e.type, e.label]);
}

export function linkRows(links: readonly Link[], labelOf: (id: string) => string): string[][] {
  return links.map((l) => [l.id, l.type, labelOf(l.source), labelOf(l.target)]);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
