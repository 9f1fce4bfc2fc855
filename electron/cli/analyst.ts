import { InvalidArgumentError, type Command } from 'commander';
import { parseAnalystName } from '../../graph-schema/contract/analyst';
import { isPlexusError } from '../../graph-schema/model/errors';

/** Read by every command that opens a case: the name `--analyst` gave, else PLEXUS_ANALYST's. */
export const ANALYST_VARIABLE = 'PLEXUS_ANALYST';

let fromFlag: string | undefined;

/** `--analyst NAME`: a bad name is a usage error, said before any case is opened. */
function analystOption(value: string): string {
  try {
    const name = parseAnalystName(value, '--analyst');
    if (name === undefined) throw new InvalidArgumentError('the analyst name is empty.');
    return name;
  } catch (error) {
    if (isPlexusError(error))
      throw new InvalidArgumentError(`${error.message.replace(/^--analyst: /u, '')}.`);
    throw error;
  }
}

/**
 * A program-wide option, so it stands before or after the command (`plexus --analyst 佐藤
 * entity add …` or `… entity add … --analyst 佐藤`) and reaches every write the command makes.
 */
export function registerAnalystOption(program: Command): void {
  program
    .option(
      '--analyst <name>',
      `analyst name entered in the case history beside the OS user (default: $${ANALYST_VARIABLE})`,
      analystOption,
    )
    .hook('preAction', (root) => {
      fromFlag = root.opts<{ analyst?: string }>().analyst;
    });
}

/** The analyst for this run: the flag, else the environment (checked: VALIDATION naming it), else none. */
export function cliAnalyst(): string | undefined {
  return fromFlag ?? parseAnalystName(process.env[ANALYST_VARIABLE], ANALYST_VARIABLE);
}
