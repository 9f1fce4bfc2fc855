import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
import { changeCaseEncryption, isEncryptedCaseFile } from '../services/store/sqlite/index';
import { newCasePath, withCase, withNewCase } from './open-case';
import { askPassphrase, NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE } from './passphrase';
import { emit, plural, printLines, table, type OutputOptions } from './output';

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
    `Encrypted: ${info.store.encrypted ? 'yes (passphrase, SQLCipher 4)' : 'no'}`,
    `${plural(info.entityCount, 'entity', 'entities')}, ${plural(info.linkCount, 'link')}`,
    markingLine(marking),
  ];
  const entities = byType(info.entityCounts);
  const links = byType(info.linkCounts);
  if (entities.length > 0) lines.push('', ...table(['Entity type', 'Count'], entities));
  if (links.length > 0) lines.push('', ...table(['Link type', 'Count'], links));
  return lines;
}

function currentPassphrase(path: string): Promise<string> {
  return askPassphrase({ file: path, variable: PASSPHRASE_VARIABLE, prompt: `Passphrase for ${path}: ` });
}

function newPassphrase(path: string, variable: string): Promise<string> {
  return askPassphrase({ file: path, variable, prompt: `New passphrase for ${path}: `, confirm: true });
}

/** Before asking for any passphrase: encrypt wants a plain case, decrypt and passphrase an encrypted one. */
function refuseEncrypted(path: string, wantPlain: boolean): void {
  if (!existsSync(path))
    throw new PlexusError('NOT_FOUND', `${path}: no such case file`, [
      { file: path, message: 'no such file' },
    ]);
  const encrypted = isEncryptedCaseFile(path);
  if (encrypted === wantPlain) {
    const why = encrypted ? 'the case is already encrypted' : 'the case is not encrypted';
    throw new PlexusError('VALIDATION', `${path}: ${why}`, [{ file: path, message: why }]);
  }
}

export function registerCase(program: Command): void {
  const group = program.command('case').description('create a case file or show what it holds');

  group
    .command('create')
    .description('create an empty case file (".plexus" is added when the name has no extension)')
    .argument('<file>', 'the case file to create')
    .option('--encrypt', `encrypt it with a passphrase (from ${PASSPHRASE_VARIABLE}, else asked twice)`)
    .option('--json', 'print the case as JSON')
    .action(async (file: string, options: OutputOptions & { encrypt?: boolean }) => {
      const passphrase = options.encrypt
        ? await newPassphrase(newCasePath(file), PASSPHRASE_VARIABLE)
        : undefined;
      const info = await withNewCase(file, (store) => caseInfo(store, passphrase !== undefined), passphrase);
      emit(options, info, () => [
        `Created ${passphrase ? 'encrypted ' : ''}case ${info.name} at ${info.store.location}`,
      ]);
    });

  group
    .command('encrypt')
    .description(`encrypt a case file with a passphrase (from ${PASSPHRASE_VARIABLE}, else asked twice)`)
    .argument('<file>', 'the case file')
    .action(async (file: string) => {
      const path = resolve(file);
      refuseEncrypted(path, true);
      changeCaseEncryption(path, { from: null, to: await newPassphrase(path, PASSPHRASE_VARIABLE) });
      printLines([`Encrypted ${path}`]);
    });

  group
    .command('decrypt')
    .description(`remove a case file's encryption (its passphrase from ${PASSPHRASE_VARIABLE}, else asked)`)
    .argument('<file>', 'the case file')
    .action(async (file: string) => {
      const path = resolve(file);
      refuseEncrypted(path, false);
      changeCaseEncryption(path, { from: await currentPassphrase(path), to: null });
      printLines([`Decrypted ${path}: it is a plain case file now`]);
    });

  group
    .command('passphrase')
    .description(
      `change an encrypted case file's passphrase (current from ${PASSPHRASE_VARIABLE}, new from ${NEW_PASSPHRASE_VARIABLE}, else asked)`,
    )
    .argument('<file>', 'the case file')
    .action(async (file: string) => {
      const path = resolve(file);
      refuseEncrypted(path, false);
      const from = await currentPassphrase(path);
      changeCaseEncryption(path, { from, to: await newPassphrase(path, NEW_PASSPHRASE_VARIABLE) });
      printLines([`Changed the passphrase of ${path}`]);
    });

  group
    .command('info')
    .description('show the case name, file, marking and counts by type')
    .argument('<file>', 'the case file')
    .option('--json', 'print the case as JSON')
    .action(async (file: string, options: OutputOptions) => {
      const [info, marking] = await withCase(file, (store) =>
        Promise.all([caseInfo(store, isEncryptedCaseFile(store.location)), readCaseMarking(store)]),
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
