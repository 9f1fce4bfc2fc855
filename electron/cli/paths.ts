import { Option, type Command } from 'commander';
import {
  MAX_K_PATHS,
  MAX_PATH_SEARCH_HOPS,
  type Cut,
  type FoundPath,
  type PathMode,
} from '../../graph-schema/contract/paths';
import { formatGrade } from '../../graph-schema/model/grade-order';
import { CONFIDENCE_LEVELS } from '../../graph-schema/model/grading';
import { PlexusError } from '../../graph-schema/model/errors';
import { DIRECTIONS } from '../../graph-schema/model/queries';
import type { Entity, Link } from '../../graph-schema/model/records';
import { analysisOptions, date, grade, type LinkFilterOptions } from './analyse';
import { CASE_OPTION, withCase } from './open-case';
import { commaList, integerIn } from './options';
import { emit, plural, table, type OutputOptions } from './output';

interface FilterOptions extends OutputOptions, LinkFilterOptions {
  case: string;
  directed?: boolean;
  maxHops?: number;
}

interface PathOptions extends FilterOptions {
  k?: number;
  all?: boolean;
  allShortest?: boolean;
}

interface CommonOptions extends FilterOptions {
  minShared?: number;
}

/** The filters every path command takes: which links a path may go by. */
function withFilters(command: Command, defaultHops?: number): Command {
  command.requiredOption(...CASE_OPTION);
  if (defaultHops !== undefined)
    command.option(
      '--max-hops <n>',
      `no path longer than this many links, 1 to ${MAX_PATH_SEARCH_HOPS} (default ${defaultHops})`,
      integerIn(1, MAX_PATH_SEARCH_HOPS),
    );
  return command
    .option('--link-types <types>', 'only go by these link types, comma-separated', commaList)
    .addOption(
      new Option('--direction <direction>', 'follow arrows out, in, or ignore them: both (default)').choices(
        DIRECTIONS,
      ),
    )
    .option('--directed', 'the same as --direction out')
    .addOption(
      new Option('--min-confidence <level>', 'only go by links at least this sure').choices(
        CONFIDENCE_LEVELS,
      ),
    )
    .option('--min-grade <grade>', 'only go by links graded this or better, e.g. B2', grade)
    .option('--from <date>', 'only go by links valid on or after this date (undated links count)', date)
    .option('--to <date>', 'only go by links valid on or before this date (undated links count)', date)
    .option('--json', 'print the result as JSON');
}

function filtersOf(options: FilterOptions) {
  const filters = analysisOptions(options);
  return options.directed && !options.direction ? { ...filters, direction: 'out' as const } : filters;
}

function modeOf(options: PathOptions): PathMode {
  const chosen = [options.k !== undefined, options.all, options.allShortest].filter(Boolean).length;
  if (chosen > 1) throw new PlexusError('VALIDATION', 'choose one of --k, --all and --all-shortest');
  if (options.k !== undefined) return 'kShortest';
  if (options.all) return 'allSimple';
  return options.allShortest ? 'allShortest' : 'shortest';
}

function labelsOf(entities: readonly Entity[]): (id: string) => string {
  const byId = new Map(entities.map((e) => [e.id, e.label]));
  return (id) => byId.get(id) ?? id;
}

/** "Anna -[ASSOCIATE_OF B2]- Zhang <-[PAID A1]- Cobalt": each link's type, grade and arrow. */
function stepsLine(
  path: FoundPath,
  links: ReadonlyMap<string, Link>,
  labelOf: (id: string) => string,
): string {
  return path.entityIds
    .map((id, i) => {
      const link = links.get(path.linkIds[i] ?? '');
      const linkGrade = path.grades[i];
      if (!link || !linkGrade) return labelOf(id);
      const forward = link.source === id;
      return `${labelOf(id)} ${forward ? '' : '<'}-[${link.type} ${formatGrade(linkGrade)}]-${forward ? '>' : ''}`;
    })
    .join(' ');
}

function cutLine(cut: Cut | null): string[] {
  if (!cut) return [];
  const what = {
    paths: `stopped at ${cut.cap} paths: there are more`,
    search: `stopped after ${cut.cap} search steps: there may be more paths`,
    neighbourhood: `searched only the ${cut.cap} links nearest the ends: paths through others may be missing`,
  }[cut.what];
  return [`Cut short: ${what}.`];
}

/** Grades as analysts write them ("B2") in the JSON too, beside the ids. */
function pathJson(path: FoundPath) {
  return {
    length: path.length,
    entityIds: path.entityIds,
    linkIds: path.linkIds,
    grades: path.grades.map(formatGrade),
    weakest: path.weakest && formatGrade(path.weakest),
  };
}

export function registerPaths(program: Command): void {
  withFilters(
    program
      .command('path')
      .description(
        'find paths between two entities: the shortest, all shortest, the k shortest or all up to n hops',
      )
      .argument('<from>', 'the entity to start from')
      .argument('<to>', 'the entity to reach')
      .option(`--k <n>`, `the k shortest paths, 1 to ${MAX_K_PATHS}`, integerIn(1, MAX_K_PATHS))
      .option('--all-shortest', 'every shortest path')
      .option('--all', 'every path that visits no entity twice, up to --max-hops'),
    6,
  ).action(async (from: string, to: string, options: PathOptions) => {
    const mode = modeOf(options);
    const result = await withCase(options.case, (store) =>
      store.findPaths({
        from,
        to,
        mode,
        ...(options.k !== undefined ? { k: options.k } : {}),
        ...(options.maxHops !== undefined ? { maxHops: options.maxHops } : {}),
        filters: filtersOf(options),
      }),
    );
    const json = { paths: result.paths.map(pathJson), leftOut: result.leftOut, cut: result.cut };
    emit(options, json, () => {
      if (result.paths.length === 0)
        return [
          'No path.' +
            (result.leftOut > 0 ? ` (${plural(result.leftOut, 'link')} left out by the filters)` : ''),
        ];
      const labelOf = labelsOf(result.entities);
      const links = new Map(result.links.map((l) => [l.id, l]));
      const lines = [
        `${plural(result.paths.length, 'path')}` +
          (result.leftOut > 0 ? ` (${plural(result.leftOut, 'link')} left out by the filters)` : ''),
        ...cutLine(result.cut),
      ];
      result.paths.forEach((path, i) => {
        const weakest = path.weakest ? `, weakest grade ${formatGrade(path.weakest)}` : '';
        lines.push('', `${i + 1}. ${plural(path.length, 'link')}${weakest}`, stepsLine(path, links, labelOf));
      });
      return lines;
    });
  });

  withFilters(
    program
      .command('connect')
      .description('join entities by the shortest paths between every pair of them (a connecting network)')
      .argument('<ids...>', 'two or more entities'),
    4,
  ).action(async (ids: string[], options: FilterOptions) => {
    const result = await withCase(options.case, (store) =>
      store.connect({
        ids,
        ...(options.maxHops !== undefined ? { maxHops: options.maxHops } : {}),
        filters: filtersOf(options),
      }),
    );
    const json = {
      entityIds: result.entities.map((e) => e.id),
      linkIds: result.links.map((l) => l.id),
      pairs: result.pairs,
      leftOut: result.leftOut,
      cut: result.cut,
    };
    emit(options, json, () => {
      const labelOf = labelsOf(result.entities);
      return [
        `${plural(result.entities.length, 'entity', 'entities')} and ${plural(result.links.length, 'link')} join the selection`,
        ...cutLine(result.cut),
        '',
        ...table(
          ['From', 'To', 'Links'],
          result.pairs.map((p) => [
            labelOf(p.from),
            labelOf(p.to),
            p.length === null ? 'no path' : String(p.length),
          ]),
        ),
      ];
    });
  });

  withFilters(
    program
      .command('common')
      .description('the entities linked to all (or at least --min-shared) of the given entities')
      .argument('<ids...>', 'two or more entities')
      .option('--min-shared <n>', 'linked to at least this many of them (default all)', integerIn(2)),
  ).action(async (ids: string[], options: CommonOptions) => {
    const result = await withCase(options.case, (store) =>
      store.commonNeighbours({
        ids,
        ...(options.minShared !== undefined ? { minShared: options.minShared } : {}),
        filters: filtersOf(options),
      }),
    );
    emit(options, { neighbours: result.neighbours, leftOut: result.leftOut }, () => {
      const labelOf = labelsOf(result.entities);
      return [
        `${plural(result.neighbours.length, 'common neighbour')}`,
        ...(result.neighbours.length > 0
          ? [
              '',
              ...table(
                ['Id', 'Label', 'Linked to'],
                result.neighbours.map((n) => [n.id, labelOf(n.id), n.shared.join(', ')]),
              ),
            ]
          : []),
      ];
    });
  });
}
