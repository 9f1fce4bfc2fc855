import { PlexusError } from '../../graph-schema/model/errors';
import { promptHidden } from './hidden-prompt';

/** The passphrase of an encrypted case, for scripts. Never a command-line argument: argv is visible to every user. */
export const PASSPHRASE_VARIABLE = 'PLEXUS_PASSPHRASE';
/** The new passphrase of `case passphrase`, for scripts. */
export const NEW_PASSPHRASE_VARIABLE = 'PLEXUS_NEW_PASSPHRASE';

export interface PassphraseQuestion {
  /** The case file it is for, named in the prompt and in the error. */
  file: string;
  /** The environment variable read first. */
  variable: string;
  /** What the prompt asks: "Passphrase for x.plexus: ". */
  prompt: string;
  /** Ask twice and compare: a new passphrase mistyped once would lock the case for good. */
  confirm?: boolean;
}

/**
 * A passphrase from its environment variable, else typed at the terminal without echo.
 * With neither (a script, a pipe) it is one clear error: nothing waits for input that cannot come.
 */
export async function askPassphrase(question: PassphraseQuestion): Promise<string> {
  const given = process.env[question.variable];
  if (given !== undefined && given !== '') return given;
  if (!process.stdin.isTTY || !process.stderr.isTTY)
    throw new PlexusError(
      'PASSPHRASE_REQUIRED',
      `${question.file}: a passphrase is needed: set ${question.variable}, or run in a terminal to be asked`,
      [{ file: question.file, message: 'no passphrase' }],
    );
  const first = await promptHidden(question.prompt);
  if (first === '')
    throw new PlexusError('VALIDATION', `${question.file}: the passphrase is empty`, [
      { field: 'passphrase', message: 'empty' },
    ]);
  if (question.confirm && (await promptHidden('Repeat it: ')) !== first)
    throw new PlexusError('VALIDATION', `${question.file}: the two passphrases differ; nothing was changed`, [
      { field: 'passphrase', message: 'differ' },
    ]);
  return first;
}
