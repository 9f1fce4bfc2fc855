import { describe, expect, it } from 'vitest';
import { neo4jError, serverStopped } from '../../../../../../electron/services/store/neo4j/errors';
import { PlexusError } from '../../../../../../graph-schema/model/errors';

const config = { uri: 'neo4j+s://127.0.0.1:7687', database: 'cases' };

function driverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('neo4jError', () => {
  it.each([
    [
      'ServiceUnavailable',
      'Could not perform discovery. connect ECONNREFUSED 127.0.0.1:7687',
      'CONNECTION',
      /^Cannot reach 127\.0\.0\.1:7687/,
    ],
    [
      'ServiceUnavailable',
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
      'CONNECTION',
      /^Cannot reach 127\.0\.0\.1:7687: connection refused \(connect ECONNREFUSED 127\.0\.0\.1:7687\)$/,
    ],
    [
      'Neo.ClientError.Security.Unauthorized',
      'The client is unauthorized',
      'AUTH',
      /refused the user name or password/,
    ],
    [
      'Neo.ClientError.Database.DatabaseNotFound',
      'Database does not exist',
      'NOT_FOUND',
      /no database named cases/,
    ],
    ['Neo.ClientError.Security.Forbidden', 'Write operations are not allowed', 'FORBIDDEN', /may not/],
    [
      'Neo.ClientError.Statement.AccessMode',
      'Writing in read access mode not allowed. Attempted write to neo4j',
      'FORBIDDEN',
      /open read-only: the server refused a change/,
    ],
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'timed out',
      'TIMEOUT',
      /time limit/,
    ],
    ['ServiceUnavailable', 'Failed to establish connection in 10000ms', 'TIMEOUT', /no answer in time/],
    ['Neo.TransientError.Transaction.Terminated', 'terminated', 'CANCELLED', /cancelled/],
    [
      'ServiceUnavailable',
      'Failed to connect: self-signed certificate in certificate chain',
      'CONNECTION',
      /TLS.*\+ssc/,
    ],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input', 'INTERNAL', /Invalid input/],
  ])('%s: %s', (code, message, expected, text) => {
    const mapped = neo4jError(driverError(code, message), config);
    expect(mapped.code).toBe(expected);
    expect(mapped.message).toMatch(text);
    expect(mapped.message).not.toContain('\n');
  });

  it('suggests TLS to a plain scheme and passes PlexusErrors through', () => {
    const plain = neo4jError(new Error('Client network socket disconnected before secure TLS connection'), {
      uri: 'bolt://127.0.0.1:7687',
      database: 'neo4j',
    });
    expect(plain.message).toMatch(/try bolt\+s:\/\//);
    const own = new PlexusError('VALIDATION', 'label: must not be empty');
    expect(neo4jError(own, config)).toBe(own);
  });
});

describe('serverStopped', () => {
  const refused = () =>
    neo4jError(
      driverError(
        'ServiceUnavailable',
        'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
      ),
      config,
    );

  it('says in words that the server of an open store stopped answering, keeping the socket cause', () => {
    const error = serverStopped(refused(), config);
    expect(error.code).toBe('CONNECTION');
    expect(error.message).toBe(
      'The Neo4j server at 127.0.0.1:7687 stopped answering (connection refused (connect ECONNREFUSED 127.0.0.1:7687)). ' +
        'Case files are not affected; open the connection again when the server is back.',
    );
  });

  it('counts a connection that cannot be made in time as stopped, and leaves a query timeout alone', () => {
    const unanswered = neo4jError(
      driverError('ServiceUnavailable', 'Failed to establish connection in 10000ms'),
      config,
    );
    expect(serverStopped(unanswered, config)).toMatchObject({
      code: 'CONNECTION',
      message: expect.stringMatching(
        /^The Neo4j server at 127\.0\.0\.1:7687 stopped answering \(no answer in time/,
      ),
    });
    const slow = neo4jError(
      driverError('Neo.ClientError.Transaction.TransactionTimedOut', 'timed out'),
      config,
    );
    expect(serverStopped(slow, config)).toBe(slow);
    const refusedWrite = new PlexusError('FORBIDDEN', 'read-only');
    expect(serverStopped(refusedWrite, config)).toBe(refusedWrite);
  });
});
