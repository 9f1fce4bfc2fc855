import { InvalidArgumentError, Option, type Command } from 'commander';
import { NEO4J_URI } from '../../graph-schema/contract/connections';
import type { PublishConflict, PublishResult, Resolution } from '../../graph-schema/contract/transfer';
import { createCaseFile } from '../services/store/sqlite/index';
import { publishCase, takeOffline } from '../services/transfer/index';
import { newCasePath, storeOptions, withCaseFile } from './open-case';
import { withServer } from './open-server';
import { collect, integerIn } from './options';
import { emit, plural, table, type OutputOptions } from './output';

/** `plexus neo4j push|pull`: cases that move between a case file and a Neo4j server. */

interface ServerOptions extends OutputOptions {
  uri: string;
  database: string;
  user: string;
  prepareSchema?: boolean;
}

interface PushOptions extends ServerOptions {
  dryRun?: boolean;
  prefer?: Resolution;
}

interface PullOptions extends ServerOptions {
  seed: string[];
  hops: number;
}

function neo4jUri(value: string): string {
  const uri = value.trim();
  if (!NEO4J_URI.test(uri)) {
    throw new InvalidArgumentError(
      'expected a neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc:// address.',
    );
  }
  return uri;
}

function serverOptions(command: Command): Command {
  return command
    .requiredOption(
      '--uri <uri>',
      'the server: neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc://',
      neo4jUri,
    )
    .option('--database <name>', 'the database', 'neo4j')
    .option('--user <name>', 'the user name (the password comes from NEO4J_PASSWORD or a prompt)', 'neo4j')
    .option('--prepare-schema', "create Plexus's constraints and indexes on the server if they are missing")
    .option('--json', 'print the result as JSON');
}

function conflictRows(conflicts: readonly PublishConflict[]): string[][] {
  return conflicts.map((c) => [
    c.kind,
    c.id,
    c.label,
    c.server ? c.fields.join(', ') : '(deleted on the server)',
    `${c.local.updatedAt} ${c.local.updatedBy}`,
    c.server ? `${c.server.updatedAt} ${c.server.updatedBy}` : 'deleted',
  ]);
}

function pushLines(file: string, server: string, result: PublishResult): string[] {
  const lines = [
    `${result.dryRun ? 'Would publish' : 'Published'} ${file} to ${server}: ` +
      `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ` +
      plural(result.conflicts.length, 'conflict'),
  ];
  if (result.dryRun) lines.push('Dry run: nothing was written.');
  if (result.conflicts.length > 0) {
    lines.push(
      '',
      'Changed on both sides since the case was taken offline; left as they are on the server',
      '(run again with --prefer local or --prefer server to choose):',
      '',
      ...table(
        ['Kind', 'Id', 'Label', 'Fields', 'Case (updated, by)', 'Server (updated, by)'],
        conflictRows(result.conflicts),
      ),
    );
  }
  return lines;
}

export function registerNeo4j(program: Command): void {
  const group = program.command('neo4j').description('move cases between case files and a Neo4j server');

  serverOptions(
    group
      .command('push')
      .description(
        'publish a case file into the server: merged by id, conflicts listed, never overwritten silently',
      )
      .argument('<case>', 'the case file to publish'),
  )
    .option('--dry-run', 'report what would be written and the conflicts, write nothing')
    .addOption(
      new Option('--prefer <side>', 'settle every conflict with this side').choices(['local', 'server']),
    )
    .action(async (file: string, options: PushOptions) => {
      const { result, server } = await withCaseFile(file, (offline) =>
        withServer(options, false, async (target) => ({
          server: target.location,
          result: await publishCase(offline, target, {
            dryRun: options.dryRun ?? false,
            ...(options.prefer ? { prefer: options.prefer } : {}),
          }),
        })),
      );
      emit(options, { case: file, server, ...result }, () => pushLines(file, server, result));
    });

  serverOptions(
    group
      .command('pull')
      .description('take entities and what lies within some hops of them offline, into a new case file')
      .argument('<file>', 'the new case file (.plexus is added when there is no extension)'),
  )
    .requiredOption('--seed <id>', 'an entity to start from (repeat for more)', collect)
    .requiredOption('--hops <n>', 'how many links away from the seeds, 0 to 3', integerIn(0, 3))
    .action(async (file: string, options: PullOptions) => {
      const path = newCasePath(file);
      // Pulling only reads: a read-only session unless the schema has to be created first.
      const { result, server } = await withServer(options, !options.prepareSchema, async (source) => ({
        server: source.location,
        result: await takeOffline(source, { ids: options.seed, hops: options.hops, path }, (p) =>
          createCaseFile(p, storeOptions()),
        ),
      }));
      emit(options, { server, ...result }, () => [
        `Took ${plural(result.entities, 'entity', 'entities')} and ${plural(result.links, 'link')} ` +
          `from ${server} into ${result.path}`,
      ]);
    });
}
