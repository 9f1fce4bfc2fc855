import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { PlexusError } from '../../graph-schema/model/errors';
import { PATTERN_MAX_LIMIT, type PatternResult } from '../../graph-schema/model/pattern';
import type { GraphStore } from '../services/store/graph-store';
import { integerIn } from './options';
import { CASE_OPTION, withCase } from './open-case';
import { emit, plural, table, type OutputOptions } from './output';

interface QueryOptions extends OutputOptions {
  case: string;
  limit?: number;
}

/** A pattern file's JSON, or one clear message naming the file. */
function readPatternFile(file: string): unknown {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PlexusError('IO', `${path}: ${(error as Error).message}`, [
      { file: path, message: (error as Error).message },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlexusError('VALIDATION', `${path}: not a pattern JSON file (${(error as Error).message})`, [
      { file: path, message: (error as Error).message },
    ]);
  }
}

/** NAME|FILE: a path that exists or ends in .json is a pattern file, anything else a saved name. */
async function patternOf(
  store: GraphStore,
  nameOrFile: string,
): Promise<{ source: string; pattern: unknown }> {
  if (nameOrFile.endsWith('.json') || existsSync(resolve(nameOrFile)))
    return { source: resolve(nameOrFile), pattern: readPatternFile(nameOrFile) };
  return { source: nameOrFile, pattern: (await store.patterns.get(nameOrFile)).pattern };
}

function withLimit(pattern: unknown, limit: number | undefined): unknown {
  return limit === undefined || typeof pattern !== 'object' || pattern === null
    ? pattern
    : { ...pattern, limit };
}

/** One line per row: the matched entities' labels, box by box, and the hops each arrow took. */
function resultLines(result: PatternResult): string[] {
  const labels = new Map(result.entities.map((e) => [e.id, e.label]));
  const boxes = result.rows[0]?.entities.length ?? 0;
  const headers = [
    ...Array.from({ length: boxes }, (_, k) => `Box ${k + 1}`),
    ...Array.from({ length: Math.max(0, boxes - 1) }, (_, k) => `Hops ${k + 1}`),
  ];
  const rows = result.rows.map((row) => [
    ...row.entities.map((id) => labels.get(id) ?? id),
    ...row.links.map((ids) => String(ids.length)),
  ]);
  const summary = `${plural(result.rows.length, 'match', 'matches')}${result.truncated ? ` (the limit of ${result.limit} was reached; more match)` : ''}`;
  return result.rows.length === 0 ? ['No matches'] : [...table(headers, rows), summary];
}

/** Pattern searches (issue 14): run one from a file or by its saved name, and keep them in the case. */
export function registerQuery(program: Command): void {
  const group = program.command('query').description('run, save, list or delete pattern searches of a case');

  group
    .command('run')
    .description('run a saved pattern by its name, or a pattern JSON file')
    .argument('<name-or-file>', 'a saved pattern name, or a pattern .json file')
    .requiredOption(...CASE_OPTION)
    .option('--limit <n>', `at most this many rows (1-${PATTERN_MAX_LIMIT})`, integerIn(1, PATTERN_MAX_LIMIT))
    .option('--json', 'print the rows and the records they name as JSON')
    .action(async (nameOrFile: string, options: QueryOptions) => {
      const result = await withCase(options.case, async (store) => {
        const { source, pattern } = await patternOf(store, nameOrFile);
        return { source, ...(await store.patterns.run(withLimit(pattern, options.limit))) };
      });
      emit(options, result, () => resultLines(result));
    });

  group
    .command('save')
    .description('save a pattern JSON file in the case under a name (a saved name is replaced)')
    .argument('<name>', 'the name to save it under')
    .argument('<file>', 'the pattern .json file')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the saved pattern as JSON')
    .action(async (name: string, file: string, options: QueryOptions) => {
      const pattern = readPatternFile(file);
      const saved = await withCase(options.case, (store) => store.patterns.save(name, pattern));
      emit(options, saved, () => [`Saved pattern ${saved.name}`]);
    });

  group
    .command('list')
    .description('list the saved patterns by name')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the list as JSON')
    .action(async (options: QueryOptions) => {
      const saved = await withCase(options.case, (store) => store.patterns.list());
      emit(options, saved, () =>
        saved.length === 0
          ? ['No saved patterns']
          : table(
              ['Name', 'Boxes', 'Saved', 'By'],
              saved.map((p) => [p.name, String(p.pattern.nodes.length), p.updatedAt, p.updatedBy]),
            ),
      );
    });

  group
    .command('delete')
    .description('delete a saved pattern')
    .argument('<name>', 'the saved pattern name')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the result as JSON')
    .action(async (name: string, options: QueryOptions) => {
      await withCase(options.case, (store) => store.patterns.delete(name));
      emit(options, { deleted: name }, () => [`Deleted pattern ${name}`]);
    });
}
