import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverAddress } from '../../../../electron/cli/open-server';

afterEach(() => vi.unstubAllEnvs());

describe('a server named where a case file could be', () => {
  it('reads the user and database from the address, and leaves the driver scheme, host and port', () => {
    expect(serverAddress('bolt://ana@10.0.0.5:7687/plexus')).toEqual({
      uri: 'bolt://10.0.0.5:7687',
      user: 'ana',
      database: 'plexus',
    });
    expect(serverAddress('neo4j+s://graph.example.jp?policy=eu')).toEqual({
      uri: 'neo4j+s://graph.example.jp?policy=eu',
      user: 'neo4j',
      database: 'neo4j',
    });
  });

  it('takes the user from NEO4J_USER when the address names none', () => {
    vi.stubEnv('NEO4J_USER', 'team');
    expect(serverAddress('bolt://127.0.0.1:7687/')?.user).toBe('team');
  });

  it('is not a server for a case file’s path, even one that says bolt in it', () => {
    expect(serverAddress('cases/bolt.plexus')).toBeUndefined();
    expect(serverAddress('/tmp/neo4j://x.plexus')).toBeUndefined();
  });

  it('refuses a password in the address, and more than a database after the host', () => {
    expect(() => serverAddress('bolt://ana:secret@127.0.0.1:7687')).toThrow(/NEO4J_PASSWORD/);
    expect(() => serverAddress('bolt://127.0.0.1:7687/a/b')).toThrow(/one database name/);
  });
});
