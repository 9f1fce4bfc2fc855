import type { Command } from 'commander';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { checkTypes, commaList, integerIn } from './options';
import { emit, table, type OutputOptions } from './output';

interface SearchOptions extends OutputOptions {
  case: string;
  limit?: number;
  types?: string[];
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('find entities by name, alias or identifier (each word matches as a prefix)')
    .argument('<text>', 'words to find')
    .requiredOption(...CASE_OPTION)
    .option('--limit <n>', 'at most this many hits (default 20)', integerIn(1, 500))
    .option('--types <types>', 'only these entity types, comma-separated', commaList)
    .option('--json', 'print the hits as JSON')
    .action(async (text: string, options: SearchOptions) => {
      const types = checkTypes(cliSchema(), 'entity', '--types', options.types);
      const result = await withCase(options.case, (store) =>
        store.search({
          text,
          ...(types ? { types } : {}),
          ...(options.limit === undefined ? {} : { limit: options.limit }),
        }),
      );
      emit(options, result, () =>
        result.hits.length === 0
          ? [`No entity matches "${text}".`]
          : table(
              ['Id', 'Type', 'Label'],
              result.hits.map(({ entity }) => [entity.id, entity.type, entity.label]),
            ),
      );
    });
}
