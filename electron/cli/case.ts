import type { Command } from 'commander';
import type { CaseInfo } from '../../graph-schema/contract/case';
import {
  bannerOf,
  levelFor,
  markingScheme,
  type CaseMarking,
} from '../../graph-schema/model/marking-schemes';
import { PlexusError } from '../../graph-schema/model/errors';
import { caseInfo } from '../services/cases/case-service';
import { readCaseMarking, writeCaseMarking } from '../services/store/case-marking';
import { withCase, withNewCase } from './open-case';
import { emit, plural, table, type OutputOptions } from './output';

/** The case marking as `case info` shows it: the banner it prints and the scheme it is read in. */
function markingLine(marking: CaseMarking): string {
  const scheme = markingScheme(marking.scheme);
  return `Marking: ${bannerOf(scheme, marking.level, marking.caveats).text} (scheme ${scheme.id}, ${scheme.name.en})`;
}

/** A level or caveat named by its id or by the words it prints ("特定秘密", "部外秘"). */
function pick<T extends { id: string; banner: string }>(items: readonly T[], word: string, what: string): T {
  const found = items.find((i) => i.id === word || i.banner === word);
  if (found) return found;
  throw new PlexusError(
    'VALIDATION',
    `Unknown ${what} "${word}" (known: ${items.map((i) => i.banner).join(', ')})`,
    [{ field: what, message: `unknown ${what} ${word}` }],
  );
}

function describe(info: CaseInfo, marking: CaseMarking): string[] {
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
    markingLine(marking),
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
    .description('show the case name, file, marking and counts by type')
    .argument('<file>', 'the case file')
    .option('--json', 'print the case as JSON')
    .action(async (file: string, options: OutputOptions) => {
      const [info, marking] = await withCase(file, (store) =>
        Promise.all([caseInfo(store), readCaseMarking(store)]),
      );
      emit(options, { ...info, marking }, () => describe(info, marking));
    });

  group
    .command('marking')
    .description("set the case's marking scheme, marking and caveats, printed on every exported page")
    .argument('<file>', 'the case file')
    .option('--scheme <id>', 'en-default or ja-police (unchanged when left out)')
    .option('--level <level>', 'a level of the scheme, by code or as printed (SECRET, 特定秘密)')
    .option(
      '--caveat <caveat...>',
      'handling caveats of the scheme, by id or as printed (部外秘); kept when left out',
    )
    .option('--json', 'print the marking as JSON')
    .action(
      async (
        file: string,
        options: OutputOptions & { scheme?: string; level?: string; caveat?: string[] },
      ) => {
        const marking = await withCase(file, async (store) => {
          const current = await readCaseMarking(store);
          const scheme = markingScheme(options.scheme ?? current.scheme);
          const level =
            options.level === undefined
              ? levelFor(scheme, current.level).id
              : pick(scheme.levels, options.level, 'level').id;
          // Caveats belong to one scheme: kept while it stays, dropped when it changes.
          const kept = scheme.id === current.scheme ? current.caveats : [];
          const caveats = options.caveat?.map((c) => pick(scheme.caveats, c, 'caveat').id) ?? kept;
          return writeCaseMarking(store, { scheme: scheme.id, level, caveats });
        });
        emit(options, marking, () => [markingLine(marking)]);
      },
    );
}
