import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CASE_EXTENSION, type CaseInfo } from '../../../graph-schema/contract/case';
import { PlexusError } from '../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { PublishResult, TakeOfflineResult } from '../../../graph-schema/contract/transfer';
import type { EncryptionChange } from '../store/sqlite/encryption';
import type { GraphStore } from '../store/graph-store';
import type { HistoryKey } from '../store/history/chain';
import { publishCase, takeOffline } from '../transfer';
import type { CaseHolder, CaseHolds } from '../sessions/case-holds';
import { caseName, ioError, resolveCasePath } from './case-files';
import type { RecentCases } from './recent';

export const DEMO_CASE_NAME = 'Demo case';

export interface CaseStoreOptions {
  actor: string;
  now?: () => Date;
  schema: SchemaIndex;
  /** Open the file read-only, for this reason in words (another window holds it for writing). */
  readOnlyReason?: string;
  /** Unlocks an encrypted case file (or encrypts a new one); used to open it, never kept. */
  passphrase?: string;
  /** Seals each case's history head: the profile's key, never kept in a case. */
  historyKey?: HistoryKey;
  /** The analyst name entered in the history beside the OS user (this window's preference). */
  analyst?: string;
}

/** The adapters the service drives; app-services wires the real ones, tests may pass fakes. */
export interface CaseBackend {
  createCaseFile(path: string, options: CaseStoreOptions): Promise<GraphStore>;
  openCaseFile(path: string, options: CaseStoreOptions): Promise<GraphStore>;
  generateDemoCase(store: GraphStore): Promise<unknown>;
  /** Removes a case file with its side files (a half-made demo). */
  removeCaseFile(path: string): Promise<void>;
  /** Whether a case file is encrypted (judged from its first bytes; nothing unlocked). */
  isEncryptedCaseFile(path: string): boolean;
  /** WRONG_PASSPHRASE unless the passphrase unlocks this encrypted case; reads only. */
  checkPassphrase(path: string, passphrase: string): void;
  /** Encrypts, decrypts or re-keys a closed case file on a copy swapped in once checked. */
  changeCaseEncryption(path: string, change: EncryptionChange): void;
}

export interface CaseServiceOptions {
  /** Shared by every window: the recent-cases list. */
  recent: RecentCases;
  /** Shared by every window: which session holds which case file for writing. */
  holds: CaseHolds;
  /** The window session this service belongs to, as other windows are told about it. */
  holder: CaseHolder;
  casesDir: string;
  actor: string;
  index: SchemaIndex;
  backend: CaseBackend;
  now?: () => Date;
  /** The profile's history sealing key (history-key.ts). */
  historyKey?: HistoryKey;
}

export interface TakeOfflineOptions {
  ids: string[];
  hops: number;
  /** The new case file; a bare name lands in the cases folder. */
  path: string;
}

export interface PublishOptions {
  /** The case file to merge into the current store. */
  path: string;
  dryRun?: boolean;
  resolutions?: Record<string, 'local' | 'server'>;
}

export interface CaseService {
  readonly casesDir: string;
  /** Creates a case, encrypted when given a passphrase. */
  create(path: string, passphrase?: string): Promise<CaseInfo>;
  /** Opens a case; an encrypted one needs its passphrase (PASSPHRASE_REQUIRED without). */
  open(path: string, passphrase?: string): Promise<CaseInfo>;
  /**
   * Changes the open case file's encryption: `from` must unlock it now (null: it is plain),
   * `to` is its passphrase after (null: plain). The case is closed, changed and reopened; on
   * failure it is reopened as it was.
   */
  recrypt(change: EncryptionChange): Promise<CaseInfo>;
  openDemo(): Promise<CaseInfo>;
  /**
   * Makes the store `open` answers the current one (a Neo4j server). It runs in turn with the
   * other lifecycle calls; if it throws, the store open before stays open.
   */
  openStore(open: () => Promise<GraphStore>): Promise<CaseInfo>;
  /** Cancels what runs against the current store; 0 with none open. Not queued: it must overtake. */
  cancelRunning(): Promise<number>;
  /**
   * The analyst name every later write of this window enters in the history: the open store's
   * and those it opens or creates next (an offline copy, a publish). Undefined for none.
   */
  setAnalyst(name: string | undefined): void;
  /** Copies part of the current store into a new case file; the current store stays current. */
  takeOffline(request: TakeOfflineOptions): Promise<TakeOfflineResult>;
  /** Merges a case file into the current store by id. */
  publish(request: PublishOptions): Promise<PublishResult>;
  /** True when a case was open. */
  close(): Promise<boolean>;
  info(): Promise<CaseInfo | null>;
  current(): GraphStore;
  /** A user-given file path (export, import) resolved like a case path, without the extension rule. */
  resolvePath(path: string): string;
}

/** What the status bar and `case info` show of an open store; `encrypted` for an encrypted case file. */
export async function caseInfo(store: GraphStore, encrypted = false): Promise<CaseInfo> {
  const counts = await store.counts();
  // The cheap check only (seal, counts, last entry): a warning on open costs no walk of the chain.
  const history = await store.verifyHistory('open');
  return {
    name: store.name,
    store: {
      kind: store.kind,
      location: store.location,
      readOnly: store.readOnly,
      ...(store.readOnlyReason !== undefined ? { readOnlyReason: store.readOnlyReason } : {}),
      ...(encrypted ? { encrypted } : {}),
    },
    schemaVersion: store.schemaVersion,
    entityCount: counts.entityCount,
    linkCount: counts.linkCount,
    entityCounts: counts.entityCounts,
    linkCounts: counts.linkCounts,
    ...(history ? { history } : {}),
  };
}

/** What a window is told when the case it opens is held by another one. */
export function heldReason(holder: CaseHolder): string {
  return `Open read-only: ${holder.label} has this case open for changes. Close it there to edit here.`;
}

/**
 * One window session's open case: each window has its own service, so one window's open
 * or close never moves another window's writes. Lifecycle calls run one after another, so a
 * double click on "open" cannot leave two stores open or close the one just opened.
 */
export function createCaseService(options: CaseServiceOptions): CaseService {
  const { casesDir, backend, holds, holder } = options;
  const now = options.now ?? (() => new Date());
  let storeOptions: CaseStoreOptions = {
    actor: options.actor,
    schema: options.index,
    now,
    ...(options.historyKey ? { historyKey: options.historyKey } : {}),
  };
  const recentCases = options.recent;
  let store: GraphStore | null = null;
  /** The case file this session holds for writing, released when it closes or moves on. */
  let held: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The new store replaces the old one only once it opened, so a failed open keeps the case.
   * Only case files go on the recent list: it holds paths to open again.
   */
  async function adopt(next: GraphStore, path?: string): Promise<CaseInfo> {
    const previous = store;
    store = next;
    next.setAnalyst?.(storeOptions.analyst);
    const nextHeld = next.kind === 'case-file' && !next.readOnly ? resolve(next.location) : null;
    if (held !== null && held !== nextHeld) holds.release(held, holder.sessionId);
    held = nextHeld;
    if (previous && previous !== next) await previous.close();
    if (path !== undefined) await recentCases.record(path, caseName(path), now(), encryptedFile(next));
    return caseInfo(next, encryptedFile(next));
  }

  /** Whether a store is an encrypted case file: read from the file, so it is never stale. */
  function encryptedFile(open: GraphStore): boolean {
    return open.kind === 'case-file' && backend.isEncryptedCaseFile(open.location);
  }

  /** The store options with a passphrase, when there is one. */
  function withPassphrase(passphrase: string | null | undefined): CaseStoreOptions {
    return passphrase ? { ...storeOptions, passphrase } : storeOptions;
  }

  function isOpenCaseFile(path: string): boolean {
    return store?.kind === 'case-file' && resolve(store.location) === path;
  }

  function requireFile(path: string): void {
    if (!existsSync(path))
      throw new PlexusError('NOT_FOUND', `No case file at ${path}`, [
        { file: path, message: 'no such file' },
      ]);
  }

  function requireAbsent(path: string): void {
    if (existsSync(path))
      throw new PlexusError('CONFLICT', `A case file already exists at ${path}`, [
        { file: path, message: 'file exists' },
      ]);
  }

  /** Opens `path` for writing when no other window holds it, read-only (told why) when one does. */
  async function openAt(path: string, passphrase?: string): Promise<CaseInfo> {
    const other = holds.heldByOther(path, holder.sessionId);
    // Opened again as it is: kept. Opened read-only before and free now: reopened for writing.
    if (isOpenCaseFile(path) && store?.readOnly === (other !== null)) return adopt(store, path);
    requireFile(path);
    const options = withPassphrase(passphrase);
    if (other)
      return adopt(await backend.openCaseFile(path, { ...options, readOnlyReason: heldReason(other) }), path);
    holds.claim(path, holder);
    try {
      return await adopt(await backend.openCaseFile(path, options), path);
    } catch (error) {
      if (held !== path) holds.release(path, holder.sessionId);
      throw error;
    }
  }

  /** Claims a file this session is about to create (no other window can hold a file not yet there). */
  async function adoptNew(path: string, make: () => Promise<GraphStore>): Promise<CaseInfo> {
    holds.claim(path, holder);
    try {
      return await adopt(await make(), path);
    } catch (error) {
      if (held !== path) holds.release(path, holder.sessionId);
      throw error;
    }
  }

  function current(): GraphStore {
    if (!store) throw new PlexusError('NO_CASE_OPEN', 'No case is open');
    return store;
  }

  async function ensureDir(dir: string): Promise<void> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw ioError('create the folder', dir, error);
    }
  }

  async function generateDemo(path: string): Promise<GraphStore> {
    await ensureDir(dirname(path));
    const fresh = await backend.createCaseFile(path, storeOptions);
    try {
      await backend.generateDemoCase(fresh);
      return fresh;
    } catch (error) {
      // A half-made demo would be opened as-is next time; remove it so it is made again.
      await fresh.close().catch(() => undefined);
      await backend.removeCaseFile(path);
      throw error;
    }
  }

  /**
   * Closes the open case file, changes its encryption and reopens it. The passphrase is
   * checked first, so a wrong one leaves the case open as it was; a failed change reopens it
   * with the passphrase it still has. The window keeps its hold on the file throughout.
   */
  async function recryptOpen(change: EncryptionChange): Promise<CaseInfo> {
    const open = current();
    if (open.kind !== 'case-file') {
      const message = 'Only a case file can be encrypted; a server database is not';
      throw new PlexusError('VALIDATION', message, [{ message }]);
    }
    if (open.readOnly)
      throw new PlexusError('FORBIDDEN', open.readOnlyReason ?? `${open.location} is open read-only`, [
        { file: open.location, message: 'opened read-only' },
      ]);
    const path = resolve(open.location);
    if (change.from !== null) backend.checkPassphrase(path, change.from);
    await open.close();
    store = null;
    let reopenWith = change.from;
    let failure: unknown;
    try {
      backend.changeCaseEncryption(path, change);
      reopenWith = change.to;
    } catch (error) {
      failure = error;
    }
    let reopened: GraphStore;
    try {
      reopened = await backend.openCaseFile(path, withPassphrase(reopenWith));
    } catch (error) {
      if (held !== null) holds.release(held, holder.sessionId);
      held = null;
      throw error;
    }
    const info = await adopt(reopened, path);
    if (failure !== undefined) throw failure;
    return info;
  }

  return {
    casesDir,
    create: (path, passphrase) =>
      serial(async () => {
        const full = resolveCasePath(casesDir, path);
        requireAbsent(full);
        await ensureDir(dirname(full));
        return adoptNew(full, () => backend.createCaseFile(full, withPassphrase(passphrase)));
      }),
    open: (path, passphrase) => serial(() => openAt(resolveCasePath(casesDir, path), passphrase)),
    recrypt: (change) => serial(() => recryptOpen(change)),
    openDemo: () =>
      serial(async () => {
        const path = join(casesDir, `${DEMO_CASE_NAME}${CASE_EXTENSION}`);
        if (existsSync(path)) return openAt(path);
        return adoptNew(path, () => generateDemo(path));
      }),
    openStore: (open) => serial(async () => adopt(await open())),
    cancelRunning: async () => (store ? store.cancelRunning() : 0),
    setAnalyst: (name) => {
      const { analyst: _before, ...rest } = storeOptions;
      storeOptions = name !== undefined ? { ...rest, analyst: name } : rest;
      store?.setAnalyst?.(name);
    },
    takeOffline: (request) =>
      serial(async () => {
        const source = current();
        const full = resolveCasePath(casesDir, request.path);
        requireAbsent(full);
        await ensureDir(dirname(full));
        // The transfer closes the new case, and removes it again if the copy fails.
        return takeOffline(
          source,
          { ids: request.ids, hops: request.hops, path: full },
          (path) => backend.createCaseFile(path, storeOptions),
          { now, removeCase: (path) => backend.removeCaseFile(path) },
        );
      }),
    publish: (request) =>
      serial(async () => {
        const target = current();
        const full = resolveCasePath(casesDir, request.path);
        requireFile(full);
        if (isOpenCaseFile(full)) {
          const message = `path: ${caseName(full)} is the open case; it cannot be published into itself`;
          throw new PlexusError('VALIDATION', message, [{ field: 'path', file: full, message }]);
        }
        const offline = await backend.openCaseFile(full, storeOptions);
        try {
          return await publishCase(offline, target, {
            dryRun: request.dryRun ?? false,
            resolutions: request.resolutions ?? {},
            now,
          });
        } finally {
          await offline.close();
        }
      }),
    close: () =>
      serial(async () => {
        const open = store;
        store = null;
        if (held !== null) holds.release(held, holder.sessionId);
        held = null;
        if (open) await open.close();
        return open !== null;
      }),
    info: async () => (store ? caseInfo(store, encryptedFile(store)) : null),
    current,
    resolvePath: (path) => resolve(casesDir, path),
  };
}
