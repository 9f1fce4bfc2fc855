import type { Entity, Link } from '../../graph-schema/model/records';

/**
 * Everything a command prints goes through here: with --json exactly one JSON document on
 * stdout, otherwise readable lines. Messages about progress go to stderr only.
 */

export interface OutputOptions {
  json?: boolean;
}

/**
 * What a terminal acts on instead of showing: C0 controls (ESC starts a sequence that can
 * retitle the window, clear the screen or rewrite what was printed), DEL, C1 controls (U+009B
 * is a one-byte ESC [) and the bidi overrides that display text in another order. Labels and
 * column names come from seized files, so none of these reaches the terminal raw.
 */
const ACTIVE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return NAMED[ch] ?? (code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex}`);
}

/** Text as the terminal should show it: every control character spelled out, one line. */
export function terminalText(text: string): string {
  return text.replace(ACTIVE, escape);
}

/** JSON.stringify escapes C0 controls itself; these it leaves raw. */
const ACTIVE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Escaped the JSON way, so a script parsing the output reads the same value. */
function jsonForTerminal(json: string): string {
  return json.replace(ACTIVE_IN_JSON, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${jsonForTerminal(JSON.stringify(value, null, 2))}\n`);
}

export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.map(terminalText).join('\n')}\n`);
}

/** An error for stderr: one line, whatever the message quotes from a file or the command line. */
export function printError(message: string): void {
  process.stderr.write(`plexus: ${terminalText(message)}\n`);
}

/** PLEXUS_DEBUG's stack: its lines kept, each escaped like any other output. */
export function printStack(stack: string): void {
  process.stderr.write(`${stack.split('\n').map(terminalText).join('\n')}\n`);
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

/** Cells are measured as the terminal will show them, escapes included. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  headers = headers.map(terminalText);
  rows = rows.map((row) => row.map(terminalText));
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
