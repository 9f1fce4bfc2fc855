import type { Command } from 'commander';
import { coerceKeyValues } from '../../graph-schema/model/coerce';
import { PROP_HELP, REASON_HELP, registerItemCommands } from './item-commands';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { collect } from './options';
import { emit, type OutputOptions } from './output';

interface EntityAddOptions extends OutputOptions {
  case: string;
  type: string;
  label: string;
  prop: string[];
  reason?: string;
}

export function registerEntity(program: Command): void {
  const group = program.command('entity').description('work with entities');

  group
    .command('add')
    .description('add an entity and print its id')
    .requiredOption(...CASE_OPTION)
    .requiredOption('--type <type>', 'the entity type, e.g. Person')
    .requiredOption('--label <label>', 'the name shown on the chart')
    .option('--prop <key=value>', PROP_HELP, collect, [])
    .option('--reason <text>', REASON_HELP)
    .option('--json', 'print the whole record as JSON')
    .action(async (options: EntityAddOptions) => {
      const fields = coerceKeyValues(cliSchema(), 'entity', options.type, options.prop);
      const [entity] = await withCase(options.case, (store) =>
        store.createEntities([{ ...fields, type: options.type, label: options.label }], options.reason),
      );
      if (!entity) throw new Error('the store created no entity');
      emit(options, entity, () => [entity.id]);
    });

  registerItemCommands(group, 'entity');
}
