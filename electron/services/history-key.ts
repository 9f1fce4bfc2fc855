import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyId, type HistoryKey } from './store/history/chain';

/** In the user's profile (PLEXUS_HOME, the app's userData), never in a case file. */
export const HISTORY_KEY_FILE = 'history-seal.key';

/**
 * The key that seals every case's history head on this profile, made on first use. Whoever
 * edits a case file without this key cannot seal a rewritten history again; a case taken to
 * another profile has its chain checked there, not its seal (README: Evidence and history).
 */
export function loadHistoryKey(home: string): HistoryKey {
  const file = join(home, HISTORY_KEY_FILE);
  let secret: Buffer;
  try {
    secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    secret = Buffer.alloc(0);
  }
  if (secret.length !== 32) {
    secret = randomBytes(32);
    mkdirSync(home, { recursive: true });
    // 'wx': two processes starting at once keep the first key written, never overwrite it.
    try {
      writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    }
  }
  return { id: keyId(secret), secret };
}
