import { readJsonFile, writeJsonFileAtomic } from '../services/connections/json-file';
import { createMemorySecretStore, type SecretStore } from '../services/connections/secret-store';

export const SECRETS_FILE = 'secrets.json';

/** The part of Electron's safeStorage used here; passed in so tests can give a fake. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, the "encryption" uses a fixed key. */
  getSelectedStorageBackend?(): string;
}

export interface SafeSecretStoreOptions {
  /** `<userData>/secrets.json`: encrypted blobs, base64, by connection id. */
  file: string;
  safeStorage: SafeStorageLike;
  log?: (line: string) => void;
}

type Blobs = Record<string, string>;

/** Encryption that protects anything: not available, or Linux with no keyring (a fixed key). */
function keychainUsable(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

/**
 * Passwords encrypted by the OS keychain through safeStorage. Where the keychain cannot
 * protect them, they are kept in memory only, never written in a form anyone could read.
 */
export function createSafeSecretStore(options: SafeSecretStoreOptions): SecretStore {
  const { file, safeStorage } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!keychainUsable(safeStorage)) {
    log('[plexus] the OS keychain is not available: connection passwords are kept in memory only');
    return createMemorySecretStore();
  }

  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(): Promise<Blobs> {
    const raw = await readJsonFile(file).catch(() => undefined);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const blobs: Blobs = {};
    for (const [id, value] of Object.entries(raw)) if (typeof value === 'string') blobs[id] = value;
    return blobs;
  }

  /** `update` answers whether it changed anything; an unchanged map is not written. */
  async function change(update: (blobs: Blobs) => boolean): Promise<void> {
    const blobs = await read();
    if (update(blobs)) await writeJsonFileAtomic(file, blobs);
  }

  return {
    persistent: true,
    get: async (id) => {
      const blob = (await read())[id];
      if (blob === undefined) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(blob, 'base64'));
      } catch {
        // Encrypted under another OS user or a reset keychain: the analyst types it again.
        log(`[plexus] a stored connection password cannot be decrypted; it must be entered again`);
        return undefined;
      }
    },
    set: (id, secret) =>
      serial(() =>
        change((blobs) => {
          blobs[id] = safeStorage.encryptString(secret).toString('base64');
          return true;
        }),
      ),
    delete: (id) =>
      serial(() =>
        change((blobs) => {
          if (!(id in blobs)) return false;
          delete blobs[id];
          return true;
        }),
      ),
  };
}
