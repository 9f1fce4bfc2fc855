import type { Command } from 'commander';
import type { SavedChart } from '../../graph-schema/chart/saved-chart';
import { CASE_OPTION, withCase } from './open-case';
import { emit, plural, table, type OutputOptions } from './output';

interface ChartOptions extends OutputOptions {
  case: string;
}

function describe(chart: SavedChart): string[] {
  const hidden = chart.hidden.entities.length + chart.hidden.links.length;
  return [
    `Chart ${chart.name}`,
    `Id: ${chart.id}`,
    `Version ${chart.version}, saved ${chart.updatedAt} by ${chart.updatedBy}`,
    `${plural(chart.entities.length, 'entity', 'entities')}, ${plural(chart.links.length, 'link')}` +
      (hidden > 0 ? ` (${hidden} hidden)` : ''),
    `${plural(chart.groups.length, 'group')}, ${plural(chart.annotations.length, 'note')}`,
  ];
}

/** Saved charts are made in the app; the command line lists, shows, renames and deletes them. */
export function registerChart(program: Command): void {
  const group = program
    .command('chart')
    .description('list, show, rename or delete the saved charts of a case');

  group
    .command('list')
    .description('list the saved charts by name')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the list as JSON')
    .action(async (options: ChartOptions) => {
      const charts = await withCase(options.case, (store) => store.charts.list());
      emit(options, charts, () =>
        charts.length === 0
          ? ['No saved charts']
          : table(
              ['Id', 'Name', 'Version', 'Entities', 'Links', 'Saved'],
              charts.map((c) => [
                c.id,
                c.name,
                String(c.version),
                String(c.entities),
                String(c.links),
                c.updatedAt,
              ]),
            ),
      );
    });

  group
    .command('show')
    .description('show one saved chart (--json prints all of it: positions, style, groups, notes)')
    .argument('<id>', 'the chart id')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the whole chart as JSON')
    .action(async (id: string, options: ChartOptions) => {
      const chart = await withCase(options.case, (store) => store.charts.get(id));
      emit(options, chart, () => describe(chart));
    });

  group
    .command('rename')
    .description('give a saved chart a new name')
    .argument('<id>', 'the chart id')
    .argument('<name>', 'the new name')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the renamed chart as JSON')
    .action(async (id: string, name: string, options: ChartOptions) => {
      const chart = await withCase(options.case, (store) => store.charts.rename(id, name));
      emit(options, chart, () => [`Renamed chart ${chart.id} to ${chart.name}`]);
    });

  group
    .command('delete')
    .description('delete a saved chart (the entities and links on it stay in the case)')
    .argument('<id>', 'the chart id')
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: ChartOptions) => {
      await withCase(options.case, (store) => store.charts.delete(id));
      emit(options, { deleted: id }, () => [`Deleted chart ${id}`]);
    });
}
