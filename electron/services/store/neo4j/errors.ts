import { PlexusError } from '../../../../graph-schema/model/errors';
import { neo4jHost, neo4jLocation, type Neo4jConfig } from './config';

/**
 * Maps what neo4j-driver throws to the codes the app acts on, each with one line an analyst
 * can act on. Our own PlexusErrors pass through. Unknown server errors keep the server's
 * own message (it names the problem) under INTERNAL.
 */

const TLS_HINT =
  /\b(ssl|tls|certificate|cert_|self[- ]signed|unable to verify|wrong version number|handshake|EPROTO|ERR_TLS)/i;
const CONNECT_TIMEOUT = /Failed to establish connection in \d+ ?ms|Connection acquisition timed out/i;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The driver's messages can run over several lines (a cause, a stack of the server): keep the first.
  return (message.split('\n')[0] ?? '').trim();
}

/**
 * The driver explains a refused connection in a paragraph about encryption settings; the
 * socket's own cause ("connect ECONNREFUSED 127.0.0.1:1") is what an analyst can act on.
 */
function socketCause(message: string): string {
  const cause = /Caused by: (.+)$/.exec(message)?.[1]?.trim();
  if (!cause) return message;
  if (/ECONNREFUSED/.test(cause)) return `connection refused (${cause})`;
  if (/ENOTFOUND|getaddrinfo/.test(cause)) return `no such host (${cause})`;
  if (/EHOSTUNREACH|ENETUNREACH/.test(cause)) return `host unreachable (${cause})`;
  return cause;
}

function tlsAdvice(uri: string): string {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase() ?? 'neo4j';
  const base = scheme.replace(/\+.*$/, '');
  if (scheme.endsWith('+ssc'))
    return `the server's TLS is not what ${base}+ssc:// expects; try ${base}+s:// or ${base}://`;
  if (scheme.endsWith('+s')) return `for a self-signed certificate use ${base}+ssc://`;
  return `the server may require TLS: try ${base}+s:// (or ${base}+ssc:// for a self-signed certificate)`;
}

export function neo4jError(error: unknown, config: Pick<Neo4jConfig, 'uri' | 'database'>): PlexusError {
  if (error instanceof PlexusError) return error;
  const code = codeOf(error);
  const message = messageOf(error);
  const host = neo4jHost(config.uri);
  const where = neo4jLocation(config);
  const place = (text: string) => [{ field: 'uri', message: text }];

  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new PlexusError('AUTH', `${host} refused the user name or password`, [
      { field: 'password', message },
    ]);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new PlexusError('NOT_FOUND', `${host} has no database named ${config.database}`, [
      { field: 'database', message },
    ]);
  }
  if (
    code.startsWith('Neo.ClientError.Security.Forbidden') ||
    code === 'Neo.ClientError.Security.AuthorizationExpired'
  ) {
    return new PlexusError('FORBIDDEN', `${where}: the user may not do this (${message})`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    // A write sent in a READ session: the server itself holds the read-only line.
    return new PlexusError(
      'FORBIDDEN',
      `${where} is open read-only: the server refused a change (${message})`,
    );
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    (code === 'Neo.TransientError.Transaction.LockClientStopped' && /timed? ?out/i.test(message))
  ) {
    return new PlexusError('TIMEOUT', `${where}: the query ran past its time limit`);
  }
  if (
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code === 'Neo.ClientError.Transaction.Terminated' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    return new PlexusError('CANCELLED', `${where}: the query was cancelled`);
  }
  if (CONNECT_TIMEOUT.test(message)) {
    return new PlexusError('TIMEOUT', `Cannot reach ${host}: no answer in time (${message})`, place(message));
  }
  if (TLS_HINT.test(message)) {
    return new PlexusError(
      'CONNECTION',
      `Cannot reach ${host} over TLS: ${tlsAdvice(config.uri)} (${message})`,
      place(message),
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|getaddrinfo/.test(message)
  ) {
    return new PlexusError('CONNECTION', `Cannot reach ${host}: ${socketCause(message)}`, place(message));
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new PlexusError('CONFLICT', `${where}: ${message}`);
  }
  return new PlexusError(
    'INTERNAL',
    `${where}: ${message || 'the server failed'}${code ? ` (${code})` : ''}`,
  );
}

/**
 * A failure to reach the server on a store that is already open (or one that answered a
 * moment ago): the server stopped answering — stopped, crashed, or the network went. Said so
 * in words a person understands, as CONNECTION, whatever the socket said; other errors
 * (a query's own time limit among them) pass through.
 */
export function serverStopped(error: PlexusError, config: Pick<Neo4jConfig, 'uri'>): PlexusError {
  const unreachable =
    error.code === 'CONNECTION' ||
    (error.code === 'TIMEOUT' && (error.details ?? []).some((place) => place.field === 'uri'));
  if (!unreachable) return error;
  const host = neo4jHost(config.uri);
  const cause = error.message.replace(/^Cannot reach [^:]+(:\d+)?( over TLS)?: /, '');
  return new PlexusError(
    'CONNECTION',
    `The Neo4j server at ${host} stopped answering (${cause}). Case files are not affected; ` +
      'open the connection again when the server is back.',
    error.details,
  );
}
