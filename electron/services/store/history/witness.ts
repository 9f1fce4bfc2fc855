import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An entry of a server's history as this computer last saw it: its number and hash (hex). */
export interface WitnessedHead {
  seq: number;
  hash: string;
}

/**
 * What this computer last wrote or checked in each server database's history, kept in the
 * user's profile, never on the server: a server cannot hold a key no admin can read, but a
 * chain cut back or rewritten there no longer holds the entry a client remembers.
 */
export interface HistoryWitness {
  seen(location: string): WitnessedHead | undefined;
  saw(location: string, head: WitnessedHead): void;
  /** Forgets the location (its database rebuilt or restored on purpose); false if none was kept. */
  forget(location: string): boolean;
}

export const HISTORY_WITNESS_FILE = 'history-witness.json';

function isHead(value: unknown): value is WitnessedHead {
  const head = value as Partial<WitnessedHead> | null;
  return (
    typeof head === 'object' &&
    head !== null &&
    typeof head.seq === 'number' &&
    Number.isInteger(head.seq) &&
    typeof head.hash === 'string'
  );
}

/** One JSON file in the profile, by location (server URI and database). */
export function fileWitness(home: string): HistoryWitness {
  const file = join(home, HISTORY_WITNESS_FILE);
  const read = (): Record<string, unknown> => {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, unknown>) => {
    mkdirSync(home, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  };
  return {
    seen: (location) => {
      const head = read()[location];
      return isHead(head) ? head : undefined;
    },
    saw: (location, head) => {
      const all = read();
      const known = all[location];
      // Never back: another window of this profile may have seen further along already.
      if (isHead(known) && known.seq > head.seq) return;
      all[location] = { seq: head.seq, hash: head.hash };
      write(all);
    },
    forget: (location) => {
      const all = read();
      if (!(location in all)) return false;
      delete all[location];
      write(all);
      return true;
    },
  };
}
