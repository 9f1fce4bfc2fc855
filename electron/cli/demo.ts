import type { Command } from 'commander';
import {
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_SIZE,
  MAX_DEMO_SIZE,
  generateDemoCase,
} from '../services/demo/index';
import { withNewCase } from './open-case';
import { integer, integerIn } from './options';
import { emit, plural, type OutputOptions } from './output';

interface DemoOptions extends OutputOptions {
  size?: number;
  seed?: number;
}

/** Progress on a terminal only: piped stderr stays clean for scripts and logs. */
function progressReporter(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    process.stderr.write(
      `\rGenerating: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} entities`,
    );
    if (done >= total) process.stderr.write('\n');
  };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create a case file holding the fictional demo case')
    .argument('<file>', 'the case file to create')
    .option(
      '--size <n>',
      `entities to generate, up to 1,000,000 (default ${DEFAULT_DEMO_SIZE})`,
      integerIn(1, MAX_DEMO_SIZE),
    )
    .option('--seed <n>', `the same seed gives the same case (default ${DEFAULT_DEMO_SEED})`, integer)
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, options: DemoOptions) => {
      const onProgress = progressReporter();
      const result = await withNewCase(file, async (store, path) => ({
        path,
        ...(await generateDemoCase(store, {
          ...(options.size === undefined ? {} : { size: options.size }),
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          ...(onProgress ? { onProgress } : {}),
        })),
      }));
      emit(options, result, () => [
        `Created demo case ${result.path}: ${plural(result.entities, 'entity', 'entities')}, ${plural(result.links, 'link')}`,
      ]);
    });
}
