import type { Command } from 'commander';
import { coerceKeyValues } from '../../graph-schema/model/coerce';
import { LINK_PROP_HELP, REASON_HELP, registerItemCommands } from './item-commands';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { collect } from './options';
import { emit, type OutputOptions } from './output';

interface LinkAddOptions extends OutputOptions {
  case: string;
  type: string;
  from: string;
  to: string;
  prop: string[];
  reason?: string;
}

export function registerLink(program: Command): void {
  const group = program.command('link').description('work with links');

  group
    .command('add')
    .description('link two entities and print the link id')
    .requiredOption(...CASE_OPTION)
    .requiredOption('--type <type>', 'the link type, e.g. EMPLOYED_BY')
    .requiredOption('--from <id>', 'the entity the link starts from')
    .requiredOption('--to <id>', 'the entity the link points to')
    .option('--prop <key=value>', LINK_PROP_HELP, collect, [])
    .option('--reason <text>', REASON_HELP)
    .option('--json', 'print the whole record as JSON')
    .action(async (options: LinkAddOptions) => {
      const fields = coerceKeyValues(cliSchema(), 'link', options.type, options.prop);
      const [link] = await withCase(options.case, (store) =>
        store.createLinks(
          [{ ...fields, type: options.type, source: options.from, target: options.to }],
          options.reason,
        ),
      );
      if (!link) throw new Error('the store created no link');
      emit(options, link, () => [link.id]);
    });

  registerItemCommands(group, 'link');
}
