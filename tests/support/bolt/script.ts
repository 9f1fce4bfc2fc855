/**
 * What a test scripts and what it can read back: the server's whole public vocabulary.
 */
import type { PackValue } from './packstream';

export type PlainMap = { [key: string]: PackValue };

/** How a RUN was sent: from BEGIN metadata inside a transaction, else from RUN's own. */
export interface RunMeta {
  /** The `db` the driver named, or null when it left the choice to the server (home db). */
  db: string | null;
  /** 'r' when the driver asked for READ access (metadata mode 'r'), else 'w'. */
  mode: 'r' | 'w';
  /** tx_timeout in milliseconds, or null when the driver sent none. */
  txTimeoutMs: number | null;
  txMetadata: PlainMap | null;
  bookmarks: string[];
  /** True for a RUN inside BEGIN...COMMIT/ROLLBACK, false for an auto-commit RUN. */
  inTransaction: boolean;
  /** The user the connection logged on as. */
  user: string | null;
  /** 1-based count of connections the server accepted; tells pooled connections apart. */
  connection: number;
}

export interface RecordedRun extends RunMeta {
  query: string;
  /** Parameters decoded from PackStream: INTEGER -> bigint, FLOAT -> number, maps and lists as such. */
  params: PlainMap;
}

export interface Failure {
  /** A Neo4j status code such as Neo.ClientError.Statement.SyntaxError. */
  code: string;
  message: string;
}

export type RunReply =
  | {
      fields: string[];
      /** Each record lists one value per field; build graph values with node()/relationship(). */
      records?: PackValue[][];
      /** Query statistics for the summary, e.g. { 'nodes-created': 2 }. */
      stats?: { [key: string]: number };
    }
  | { failure: Failure }
  /**
   * The query "runs forever": this RUN and everything after it on the connection go
   * unanswered until a RESET (then IGNORED) or, if the transaction has a tx_timeout, until it
   * passes (then FAILURE TransactionTimedOutClientConfiguration, as Neo4j answers).
   */
  | { silent: true };

/** A transaction-control reply: undefined means SUCCESS. */
export type ControlReply = undefined | { failure: Failure } | { silent: true };

export type MessageName =
  | 'HELLO'
  | 'LOGON'
  | 'LOGOFF'
  | 'ROUTE'
  | 'RUN'
  | 'PULL'
  | 'DISCARD'
  | 'BEGIN'
  | 'COMMIT'
  | 'ROLLBACK'
  | 'RESET'
  | 'GOODBYE'
  | 'TELEMETRY';

/** One request as received, in arrival order across all connections. */
export interface LoggedMessage {
  connection: number;
  type: MessageName;
  /** The message's fields; LOGON credentials are replaced by '***'. */
  fields: PackValue[];
}

export interface BoltScript {
  /** Accepted user -> password. Omitted: any basic-auth credentials are accepted. */
  users?: { [user: string]: string };
  /** Answers every RUN. Omitted: each RUN gets an empty result. */
  onRun?: (query: string, params: PlainMap, meta: RunMeta) => RunReply | Promise<RunReply>;
  /** Answers BEGIN / COMMIT / ROLLBACK. Omitted: SUCCESS. */
  onBegin?: (meta: RunMeta) => ControlReply;
  onCommit?: (meta: RunMeta) => ControlReply;
  onRollback?: (meta: RunMeta) => ControlReply;
  /** The protocol version to agree on; the driver must offer it. Default 5.4. */
  version?: { major: number; minor: number };
  /** Answer with the Bolt 5.7+ manifest handshake (offering `version`) instead of a plain pick. */
  manifest?: boolean;
  /** false: a silent RUN ignores tx_timeout and stays silent until RESET. Default true. */
  enforceTxTimeout?: boolean;
  /** Accept TCP connections but never answer the handshake: for connection timeouts. */
  silentHandshake?: boolean;
  /** HELLO SUCCESS hints, e.g. { 'connection.recv_timeout_seconds': 1 }. */
  hints?: PlainMap;
  /** The HELLO `server` agent, which the driver reports as the server's version. Default Neo4j/5.26.0. */
  agent?: string;
}
