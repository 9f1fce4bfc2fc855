import { describe, expect, it } from 'vitest';
import type { CaseInfo, SavedConnection } from '../../../../../../graph-schema/contract';
import { storeLabel } from '../../../../../../renderer/src/features/main/StatusBar';

const info = (kind: 'case-file' | 'neo4j', location: string, readOnly = false): CaseInfo => ({
  name: 'x',
  store: { kind, location, readOnly },
  schemaVersion: 1,
  entityCount: 0,
  linkCount: 0,
  entityCounts: {},
  linkCounts: {},
});

const connection: SavedConnection = {
  id: 'c1',
  name: 'Team graph',
  uri: 'neo4j://graph.local:7687',
  database: 'lantern',
  user: 'supervisor',
  readOnly: true,
  hasPassword: true,
};

describe('status bar store label', () => {
  it('names a case file by its path', () => {
    expect(storeLabel(info('case-file', '/cases/Lantern.plexus'), null)).toBe(
      'Case file: /cases/Lantern.plexus',
    );
  });

  it('names a server by address and database, and says when it is read-only', () => {
    expect(storeLabel(info('neo4j', 'neo4j://graph.local:7687/lantern', true), connection)).toBe(
      'Neo4j: neo4j://graph.local:7687 · lantern (read-only)',
    );
    expect(storeLabel(info('neo4j', 'neo4j://graph.local:7687/lantern'), null)).toBe(
      'Neo4j: neo4j://graph.local:7687/lantern',
    );
  });
});
