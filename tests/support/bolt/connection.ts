/**
 * One client connection: handshake, then Bolt requests answered in order. Requests are
 * handled one after another because the driver pipelines (RUN and PULL arrive together).
 */
import type { Socket } from 'node:net';
import { Dechunker } from './framing';
import { answerHandshake, HANDSHAKE_LENGTH, manifestChoiceLength } from './handshake';
import { asMap, asNumber, asString, failure, ignored, record, REQUESTS, success } from './messages';
import { Structure, unpack, type PackValue } from './packstream';
import { Stall } from './stall';
import type {
  BoltScript,
  ControlReply,
  Failure,
  LoggedMessage,
  PlainMap,
  RecordedRun,
  RunMeta,
} from './script';

/** What every connection shares with the server. */
export interface ServerContext {
  script: BoltScript;
  log: LoggedMessage[];
  runs: RecordedRun[];
  /** host:port for routing tables. */
  address: () => string;
  nextBookmark: () => string;
  /** Called after each RUN is recorded, so tests can wait for one to arrive. */
  ranQuery: () => void;
}

interface Pending {
  meta: RunMeta;
  records: PackValue[][];
  stats: { [key: string]: number } | undefined;
}

const DEFAULT_VERSION = { major: 5, minor: 4 };
const FETCH_ALL = -1;
const TX_TIMED_OUT: Failure = {
  code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  message:
    'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.',
};

export class BoltConnection {
  private phase: 'handshake' | 'manifest' | 'bolt' | 'mute' = 'handshake';
  private raw = Buffer.alloc(0);
  private readonly dechunker = new Dechunker();
  private queue: Promise<void> = Promise.resolve();
  /** After a FAILURE, everything up to the next RESET is IGNORED, as on a real server. */
  private failed = false;
  private readonly stall = new Stall();
  private user: string | null = null;
  private tx: RunMeta | null = null;
  private readonly results = new Map<number, Pending>();
  private nextQid = 0;
  private lastQid = FETCH_ALL;

  constructor(
    private readonly socket: Socket,
    readonly id: number,
    private readonly ctx: ServerContext,
  ) {
    socket.on('data', (data: Buffer) => this.onData(data));
    // A driver that gives up resets the socket; that is normal here, not a test failure.
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.stall.end());
  }

  private onData(data: Buffer): void {
    if (this.phase === 'mute') return;
    if (this.phase !== 'bolt') {
      this.raw = Buffer.concat([this.raw, data]);
      const rest = this.preamble();
      if (rest === null) return;
      data = rest;
    }
    for (const message of this.dechunker.push(data)) {
      const value = unpack(message);
      if (!(value instanceof Structure)) throw new Error('Bolt: message is not a structure');
      this.queue = this.queue.then(() => this.handle(value)).catch(() => void this.socket.destroy());
    }
  }

  /** Consumes handshake bytes; once done, returns whatever followed them (the first messages). */
  private preamble(): Buffer | null {
    const { script } = this.ctx;
    if (this.phase === 'handshake') {
      if (this.raw.length < HANDSHAKE_LENGTH) return null;
      if (script.silentHandshake) {
        this.phase = 'mute';
        return null;
      }
      const outcome = answerHandshake(this.raw, script.version ?? DEFAULT_VERSION, script.manifest ?? false);
      this.raw = this.raw.subarray(HANDSHAKE_LENGTH);
      if (outcome.kind === 'refused') {
        this.socket.end(outcome.reply);
        this.phase = 'mute';
        return null;
      }
      this.socket.write(outcome.reply);
      this.phase = outcome.kind === 'manifest' ? 'manifest' : 'bolt';
    }
    if (this.phase === 'manifest') {
      const length = manifestChoiceLength(this.raw);
      if (length === null) return null;
      this.raw = this.raw.subarray(length);
      this.phase = 'bolt';
    }
    const rest = this.raw;
    this.raw = Buffer.alloc(0);
    return rest;
  }

  private send(...buffers: Buffer[]): void {
    if (!this.socket.destroyed) this.socket.write(Buffer.concat(buffers));
  }

  private fail({ code, message }: Failure): void {
    this.failed = true;
    this.send(failure(code, message));
  }

  /** Applies a scripted control reply; true when it replaced the normal SUCCESS. */
  private control(reply: ControlReply): boolean {
    if (reply === undefined) return false;
    if ('silent' in reply) this.stall.begin(null, () => undefined);
    else this.fail(reply.failure);
    return true;
  }

  private async handle(message: Structure): Promise<void> {
    const type = REQUESTS[message.signature];
    if (type === undefined) throw new Error(`Bolt: unknown request 0x${message.signature.toString(16)}`);
    const fields = type === 'LOGON' ? [{ ...asMap(message.fields[0]), credentials: '***' }] : message.fields;
    this.ctx.log.push({ connection: this.id, type, fields });
    if (this.stall.active) {
      if (type !== 'RESET') return this.stall.hold();
      // Each message left unanswered is IGNORED; the RESET itself then succeeds below.
      this.send(...Array.from({ length: this.stall.end() }, ignored));
    }
    if (this.failed && type !== 'RESET' && type !== 'GOODBYE') {
      this.send(ignored());
      return;
    }
    switch (type) {
      case 'HELLO':
        return this.send(
          success({
            server: this.ctx.script.agent ?? 'Neo4j/5.26.0',
            connection_id: `bolt-${this.id}`,
            hints: this.ctx.script.hints ?? {},
          }),
        );
      case 'LOGON':
        return this.logon(asMap(message.fields[0]));
      case 'LOGOFF':
        this.user = null;
        return this.send(success());
      case 'ROUTE':
        return this.route(message.fields[2]);
      case 'BEGIN': {
        const meta = this.meta(asMap(message.fields[0]), true);
        if (this.control(this.ctx.script.onBegin?.(meta))) return;
        this.tx = meta;
        return this.send(success());
      }
      case 'RUN':
        return this.run(message.fields);
      case 'PULL':
      case 'DISCARD':
        return this.stream(type, asMap(message.fields[0]));
      case 'COMMIT':
      case 'ROLLBACK':
        return this.finish(type);
      case 'RESET':
        this.failed = false;
        this.tx = null;
        this.results.clear();
        return this.send(success());
      case 'GOODBYE':
        this.socket.end();
        return;
      case 'TELEMETRY':
        return this.send(success());
    }
  }

  private logon(auth: PlainMap): void {
    const principal = asString(auth['principal']);
    const credentials = asString(auth['credentials']);
    const users = this.ctx.script.users;
    if (users && (principal === null || users[principal] === undefined || users[principal] !== credentials)) {
      // Neo4j closes the connection after an authentication failure.
      this.send(
        failure(
          'Neo.ClientError.Security.Unauthorized',
          'The client is unauthorized due to authentication failure.',
        ),
      );
      this.socket.end();
      return;
    }
    this.user = principal;
    this.send(success());
  }

  /** A routing table that names this very server as router, reader and writer. */
  private route(dbContext: PackValue | undefined): void {
    const db = asString(asMap(dbContext)['db']) ?? asString(dbContext ?? null) ?? 'neo4j';
    const addresses = [this.ctx.address()];
    const servers = ['ROUTE', 'READ', 'WRITE'].map((role) => ({ addresses, role }));
    this.send(success({ rt: { ttl: 300, db, servers } }));
  }

  private meta(extra: PlainMap, inTransaction: boolean): RunMeta {
    const bookmarks = extra['bookmarks'];
    const txMetadata = extra['tx_metadata'];
    return {
      db: asString(extra['db']),
      mode: extra['mode'] === 'r' ? 'r' : 'w',
      txTimeoutMs: asNumber(extra['tx_timeout']),
      txMetadata: txMetadata === undefined ? null : asMap(txMetadata),
      bookmarks: Array.isArray(bookmarks) ? bookmarks.filter((b): b is string => typeof b === 'string') : [],
      inTransaction,
      user: this.user,
      connection: this.id,
    };
  }

  private async run(fields: PackValue[]): Promise<void> {
    const query = asString(fields[0]) ?? '';
    const params = asMap(fields[1]);
    const meta = this.tx ?? this.meta(asMap(fields[2]), false);
    this.ctx.runs.push({ ...meta, query, params });
    this.ctx.ranQuery();
    const reply = this.ctx.script.onRun ? await this.ctx.script.onRun(query, params, meta) : { fields: [] };
    if ('silent' in reply) {
      const limit = this.ctx.script.enforceTxTimeout === false ? null : meta.txTimeoutMs;
      // As Neo4j does when tx_timeout passes: the RUN fails, what queued behind it is IGNORED.
      return this.stall.begin(limit, (unanswered) => {
        this.fail(TX_TIMED_OUT);
        this.send(...Array.from({ length: unanswered - 1 }, ignored));
      });
    }
    if ('failure' in reply) return this.fail(reply.failure);
    const qid = this.nextQid++;
    this.lastQid = qid;
    this.results.set(qid, { meta, records: [...(reply.records ?? [])], stats: reply.stats });
    this.send(success({ fields: reply.fields, t_first: 0, ...(this.tx ? { qid } : {}) }));
  }

  private stream(type: 'PULL' | 'DISCARD', extra: PlainMap): void {
    const asked = asNumber(extra['qid']) ?? FETCH_ALL;
    const qid = asked === FETCH_ALL ? this.lastQid : asked;
    const pending = this.results.get(qid);
    if (!pending) {
      return this.fail({ code: 'Neo.ClientError.Request.Invalid', message: `No open result for ${type}.` });
    }
    const n = asNumber(extra['n']) ?? FETCH_ALL;
    const batch = n === FETCH_ALL ? pending.records.splice(0) : pending.records.splice(0, n);
    if (type === 'PULL') this.send(...batch.map(record));
    if (type === 'DISCARD') pending.records.length = 0;
    if (pending.records.length > 0) return this.send(success({ has_more: true }));
    this.results.delete(qid);
    const { meta } = pending;
    this.send(
      success({
        type: meta.mode === 'r' ? 'r' : 'rw',
        t_last: 0,
        db: meta.db ?? 'neo4j',
        ...(pending.stats ? { stats: pending.stats } : {}),
        // Auto-commit results carry the bookmark; a transaction's comes with COMMIT.
        ...(this.tx ? {} : { bookmark: this.ctx.nextBookmark() }),
      }),
    );
  }

  private finish(type: 'COMMIT' | 'ROLLBACK'): void {
    const meta = this.tx ?? this.meta({}, true);
    const script = this.ctx.script;
    if (this.control(type === 'COMMIT' ? script.onCommit?.(meta) : script.onRollback?.(meta))) return;
    this.tx = null;
    this.results.clear();
    this.send(success(type === 'COMMIT' ? { bookmark: this.ctx.nextBookmark() } : {}));
  }
}
