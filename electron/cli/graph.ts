import { Option, type Command } from 'commander';
import { DIRECTIONS, MAX_EXPAND_HOPS, type Direction } from '../../graph-schema/model/queries';
import type { Entity } from '../../graph-schema/model/records';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { checkTypes, commaList, integerIn } from './options';
import { emit, linkRows, plural, table, type OutputOptions } from './output';

interface ExpandOptions extends OutputOptions {
  case: string;
  hops?: number;
  types?: string[];
  linkTypes?: string[];
  direction?: Direction;
  limit?: number;
}

function labels(entities: readonly Entity[]): (id: string) => string {
  const byId = new Map(entities.map((e) => [e.id, e.label]));
  return (id) => byId.get(id) ?? id;
}

export function registerGraph(program: Command): void {
  program
    .command('expand')
    .description('show the entities linked to one or more entities, and the links between them')
    .argument('<ids...>', 'the entities to start from')
    .requiredOption(...CASE_OPTION)
    .option('--hops <n>', 'how many links away, 1 to 3 (default 1)', integerIn(1, MAX_EXPAND_HOPS))
    .option('--types <types>', 'only reach these entity types, comma-separated', commaList)
    .option('--link-types <types>', 'only follow these link types, comma-separated', commaList)
    .addOption(
      new Option('--direction <direction>', 'follow links out, in or both ways (default both)').choices(
        DIRECTIONS,
      ),
    )
    .option('--limit <n>', 'at most this many entities (default 500)', integerIn(1, 50_000))
    .option('--json', 'print the result as JSON')
    .action(async (ids: string[], options: ExpandOptions) => {
      const schema = cliSchema();
      const entityTypes = checkTypes(schema, 'entity', '--types', options.types);
      const linkTypes = checkTypes(schema, 'link', '--link-types', options.linkTypes);
      const { result, seeds } = await withCase(options.case, async (store) => ({
        result: await store.expand({
          ids,
          ...(options.hops === undefined ? {} : { hops: options.hops }),
          ...(entityTypes ? { entityTypes } : {}),
          ...(linkTypes ? { linkTypes } : {}),
          ...(options.direction === undefined ? {} : { direction: options.direction }),
          ...(options.limit === undefined ? {} : { limit: options.limit }),
        }),
        seeds: await store.getEntities(ids),
      }));
      emit(options, result, () => {
        const lines = [
          `${plural(result.entities.length, 'entity', 'entities')} reached, ${plural(result.links.length, 'link')}` +
            (result.omitted > 0 ? `, ${result.omitted} more left out by the limit` : ''),
        ];
        if (result.entities.length > 0) {
          lines.push(
            '',
            ...table(
              ['Id', 'Type', 'Label'],
              result.entities.map((e) => [e.id, e.type, e.label]),
            ),
          );
        }
        if (result.links.length > 0) {
          const labelOf = labels([...seeds, ...result.entities]);
          lines.push('', ...table(['Link id', 'Type', 'From', 'To'], linkRows(result.links, labelOf)));
        }
        return lines;
      });
    });
}
