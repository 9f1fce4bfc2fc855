import { Command, CommanderError } from 'commander';
import { isPlexusError } from '../../graph-schema/model/errors';
import { registerAnalyse } from './analyse';
import { registerAnalystOption } from './analyst';
import { registerAudit } from './audit';
import { registerCase } from './case';
import { registerChart } from './chart';
import { registerDemo } from './demo';
import { registerEntity } from './entity';
import { registerGraph } from './graph';
import { registerIo } from './io';
import { registerLink } from './link';
import { registerNeo4j } from './neo4j';
import { printError, printStack } from './output';
import { registerPaths } from './paths';
import { registerQuery } from './query';
import { registerSearch } from './search';
import { registerSource } from './source';

/**
 * `plexus`: the command line over the same services as the app. Exit codes: 0 done,
 * 1 the request failed (bad input, missing case...), 2 the command line itself was wrong.
 * Errors are one line on stderr; PLEXUS_DEBUG=1 adds the stack.
 */

export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Commander puts its "(Did you mean ...?)" on a line of its own: errors stay one line. */
function commanderMessage(text: string): string {
  return text
    .replace(/^error: /u, '')
    .trim()
    .replace(/\s*\n\s*/gu, ' ');
}

export function buildProgram(): Command {
  const program = new Command('plexus')
    .description('Plexus link analysis on case files and Neo4j servers, from the command line')
    .exitOverride()
    .configureOutput({ outputError: (text) => printError(commanderMessage(text)) });
  registerAnalystOption(program);
  registerCase(program);
  registerAudit(program);
  registerDemo(program);
  registerEntity(program);
  registerLink(program);
  registerSearch(program);
  registerGraph(program);
  registerPaths(program);
  registerQuery(program);
  registerAnalyse(program);
  registerIo(program);
  registerChart(program);
  registerSource(program);
  registerNeo4j(program);
  return program;
}

function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  const debug = process.env.PLEXUS_DEBUG === '1';
  if (isPlexusError(error)) {
    printError(error.message);
    if (debug && error.stack) printStack(error.stack);
    return EXIT_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(`internal error: ${message}`);
  if (debug && error instanceof Error && error.stack) printStack(error.stack);
  return EXIT_FAILED;
}

export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return report(error);
  }
}

process.exitCode = await run(process.argv.slice(2));
