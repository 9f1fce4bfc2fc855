import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { exportNativeJson, importNativeJson } from '../services/io/native-json';
import { withCase } from './open-case';
import { emit, plural, type OutputOptions } from './output';

interface IoOptions extends OutputOptions {
  case: string;
  format: 'json';
}

/** Formats the CLI reads and writes; more arrive with the import issue. */
const formatOption = () =>
  new Option('--format <format>', 'the data format').choices(['json']).default('json');

export function registerIo(program: Command): void {
  program
    .command('import')
    .description('read a data file into a case, all or nothing')
    .argument('<file>', 'the file to read')
    .requiredOption('--case <file>', 'the case file')
    .addOption(formatOption())
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, options: IoOptions) => {
      const result = await withCase(options.case, (store) => importNativeJson(store, resolve(file)));
      emit(options, result, () => [
        `Imported ${plural(result.entities, 'entity', 'entities')} and ${plural(result.links, 'link')}` +
          (result.skipped > 0 ? ` (${result.skipped} already in the case, skipped)` : ''),
      ]);
    });

  program
    .command('export')
    .description('write the whole case to a data file')
    .argument('<file>', 'the file to write')
    .requiredOption('--case <file>', 'the case file')
    .addOption(formatOption())
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, options: IoOptions) => {
      const result = await withCase(options.case, (store) => exportNativeJson(store, resolve(file)));
      emit(options, result, () => [
        `Exported ${plural(result.entities, 'entity', 'entities')} and ${plural(result.links, 'link')} to ${result.path}`,
      ]);
    });
}
