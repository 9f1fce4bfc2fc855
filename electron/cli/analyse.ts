import { InvalidArgumentError, Option, type Command } from 'commander';
import { MEASURES, type Measure } from '../../graph-schema/analysis/measures';
import { parseGrade, type AnalysisOptionsInput } from '../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../graph-schema/analysis/result';
import { CONFIDENCE_LEVELS, type Confidence } from '../../graph-schema/model/grading';
import { isPartialDate } from '../../graph-schema/model/partial-date';
import { DIRECTIONS, type Direction } from '../../graph-schema/model/queries';
import { analyseCase } from '../services/analysis/whole-case';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { checkTypes, commaList, integerIn } from './options';
import { emit, plural, table, type OutputOptions } from './output';

/** The link filters an analysis (and a path search, cli/paths.ts) takes from the command line. */
export interface LinkFilterOptions {
  linkTypes?: string[];
  direction?: Direction;
  minConfidence?: Confidence;
  minGrade?: NonNullable<AnalysisOptionsInput['minGrade']>;
  from?: string;
  to?: string;
}

interface AnalyseOptions extends OutputOptions, LinkFilterOptions {
  case: string;
  top?: number;
}

export function grade(value: string) {
  const parsed = parseGrade(value);
  if (!parsed) throw new InvalidArgumentError('expected a grade as a letter A-F and a digit 1-6, e.g. B2.');
  return parsed;
}

export function date(value: string): string {
  if (!isPartialDate(value))
    throw new InvalidArgumentError('expected a date as YYYY, YYYY-MM or YYYY-MM-DD.');
  return value;
}

/** The options every analysis takes: which links count. */
function withLinkOptions(command: Command): Command {
  return command
    .requiredOption(...CASE_OPTION)
    .option('--link-types <types>', 'count only these link types, comma-separated', commaList)
    .addOption(
      new Option('--direction <direction>', 'follow arrows out, in, or ignore them: both (default)').choices(
        DIRECTIONS,
      ),
    )
    .addOption(
      new Option('--min-confidence <level>', 'count only links at least this sure').choices(
        CONFIDENCE_LEVELS,
      ),
    )
    .option('--min-grade <grade>', 'count only links graded this or better, e.g. B2', grade)
    .option('--from <date>', 'count only links valid on or after this date (undated links count)', date)
    .option('--to <date>', 'count only links valid on or before this date (undated links count)', date)
    .option('--top <n>', 'print only the first n rows (default: all with --json, 20 otherwise)', integerIn(1))
    .option('--json', 'print the result as JSON');
}

export function analysisOptions(options: LinkFilterOptions): AnalysisOptionsInput {
  const linkTypes = checkTypes(cliSchema(), 'link', '--link-types', options.linkTypes);
  return {
    ...(linkTypes ? { linkTypes } : {}),
    ...(options.direction ? { direction: options.direction } : {}),
    ...(options.minConfidence ? { minConfidence: options.minConfidence } : {}),
    ...(options.minGrade ? { minGrade: options.minGrade } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  };
}

/** The result with each row's entity label beside its id; --top cuts the rows. */
function labelled(result: AnalysisResult, labels: Map<string, string>, top: number | undefined) {
  const label = (id: string) => labels.get(id) ?? id;
  const cut = <T>(rows: T[]) => (top === undefined ? rows : rows.slice(0, top));
  switch (result.kind) {
    case 'entities':
      return { ...result, rows: cut(result.rows).map((r) => ({ ...r, label: label(r.id) })) };
    case 'pairs':
      return {
        ...result,
        rows: cut(result.rows).map((r) => ({
          ...r,
          sourceLabel: label(r.source),
          targetLabel: label(r.target),
        })),
      };
    case 'communities':
      return { ...result, rows: cut(result.rows).map((r) => ({ ...r, label: label(r.id) })) };
  }
}

function score(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

function humanLines(result: ReturnType<typeof labelled>): string[] {
  const { counted } = result;
  const lines = [
    `${result.measure} on ${plural(counted.entities, 'entity', 'entities')} and ${plural(counted.links, 'link')}` +
      (counted.leftOut > 0 ? ` (${counted.leftOut} left out by the options)` : '') +
      (counted.undated > 0 ? `; ${counted.undated} counted links have no dates` : ''),
  ];
  if (result.kind === 'communities') {
    lines.push(
      `${plural(result.count, 'community', 'communities')}, modularity ${result.modularity.toFixed(4)}`,
      '',
    );
    lines.push(
      ...table(
        ['Community', 'Size', 'Id', 'Label'],
        result.rows.map((r) => [String(r.community), String(r.size), r.id, r.label]),
      ),
    );
  } else if (result.kind === 'pairs') {
    if (result.total > result.rows.length)
      lines.push(`the first ${result.rows.length} of ${result.total} pairs`);
    lines.push(
      '',
      ...table(
        ['Rank', 'Score', 'Links', 'From', 'To'],
        result.rows.map((r) => [
          String(r.rank),
          score(r.score),
          String(r.links),
          r.sourceLabel,
          r.targetLabel,
        ]),
      ),
    );
  } else {
    lines.push(
      '',
      ...table(
        ['Rank', 'Score', 'Id', 'Label'],
        result.rows.map((r) => [String(r.rank), score(r.score), r.id, r.label]),
      ),
    );
  }
  return lines;
}

async function analyse(measure: Measure, options: AnalyseOptions): Promise<void> {
  const request = analysisOptions(options);
  const { result, labels } = await withCase(options.case, (store) =>
    analyseCase(store, cliSchema(), measure, request),
  );
  const top = options.top ?? (options.json ? undefined : 20);
  const shown = labelled(result, labels, top);
  emit(options, shown, () => humanLines(shown));
}

export function registerAnalyse(program: Command): void {
  const command = program
    .command('analyse')
    .description('ask questions of the whole case: who is central, who connects, which groups');
  withLinkOptions(
    command
      .command('measure')
      .description('score every entity (or pair) by a measure, highest first')
      .addArgument(
        command.createArgument('<measure>', 'the measure').choices(MEASURES.filter((m) => m !== 'louvain')),
      ),
  ).action((measure: Measure, options: AnalyseOptions) => analyse(measure, options));
  withLinkOptions(
    command.command('communities').description('split the case into communities (Louvain), largest first'),
  ).action((options: AnalyseOptions) => analyse('louvain', options));
}
