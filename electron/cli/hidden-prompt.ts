import { emitKeypressEvents } from 'node:readline';
import { PlexusError } from '../../graph-schema/model/errors';

/**
 * Reads a line from the terminal without echoing it: a password or passphrase, which must
 * never be an argument (it would sit in the shell history and in every user's process list).
 */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: PlexusError) => {
      input.off('keypress', onKey);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onKey = (text: string | undefined, key: { name?: string; ctrl?: boolean; meta?: boolean } = {}) => {
      if (key.ctrl && (key.name === 'c' || key.name === 'd'))
        finish(new PlexusError('CANCELLED', 'cancelled at the prompt'));
      else if (key.name === 'return' || key.name === 'enter') finish();
      else if (key.name === 'backspace') value = value.slice(0, -1);
      else if (text && !key.ctrl && !key.meta) value += text;
    };
    process.stderr.write(question);
    emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    input.on('keypress', onKey);
  });
}
