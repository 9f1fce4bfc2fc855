import { PlexusError } from '../../graph-schema/model/errors';

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
  const first = await typeHidden(question.prompt);
  if (first === '')
    throw new PlexusError('VALIDATION', `${question.file}: the passphrase is empty`, [
      { field: 'passphrase', message: 'empty' },
    ]);
  if (question.confirm && (await typeHidden('Repeat it: ')) !== first)
    throw new PlexusError('VALIDATION', `${question.file}: the two passphrases differ; nothing was changed`, [
      { field: 'passphrase', message: 'differ' },
    ]);
  return first;
}

/** Reads one line from the terminal in raw mode, showing nothing of what is typed. */
function typeHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: PlexusError) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004')
          return finish(new PlexusError('CANCELLED', 'cancelled at the passphrase prompt'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
