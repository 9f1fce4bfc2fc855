import type { Command } from 'commander';
import type { CaseInfo } from '../../graph-schema/contract/case';
import { caseInfo } from '../services/cases/case-service';
import { withCase, withNewCase } from './open-case';
import { emit, plural, table, type OutputOptions } from './output';

function describe(info: CaseInfo): string[] {
  const byType = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, n]) => [type, String(n)]);
  const lines = [
    `Case ${info.name}`,
    `File: ${info.store.location}`,
    `Case version: ${info.schemaVersion}`,
    `${plural(info.entityCount, 'entity', 'entities')}, ${plural(info.linkCount, 'link')}`,
  ];
  const entities = byType(info.entityCounts);
  const links = byType(info.linkCounts);
  if (entities.length > 0) lines.push('', ...table(['Entity type', 'Count'], entities));
  if (links.length > 0) lines.push('', ...table(['Link type', 'Count'], links));
  return lines;
}

export function registerCase(program: Command): void {
  const group = program.command('case').description('create a case file or show what it holds');

  group
    .command('create')
    .description('create an empty case file (".plexus" is added when the name has no extension)')
    .argument('<file>', 'the case file to create')
    .option('--json', 'print the case as JSON')
    .action(async (file: string, options: OutputOptions) => {
      const info = await withNewCase(file, (store) => caseInfo(store));
      emit(options, info, () => [`Created case ${info.name} at ${info.store.location}`]);
    });

  group
    .command('info')
    .description('show the case name, file and counts by type')
    .argument('<file>', 'the case file')
    .option('--json', 'print the case as JSON')
    .action(async (file: string, options: OutputOptions) => {
      const info = await withCase(file, (store) => caseInfo(store));
      emit(options, info, () => describe(info));
    });
}
