import { Callout } from '@blueprintjs/core';
import type { ConnectionTest, ServerSchemaState } from '../../../../graph-schema/contract';

const SCHEMA: Record<ServerSchemaState, string> = {
  ready: 'ready',
  missing: 'missing — Plexus asks before creating its constraints and indexes',
  older: 'older — Plexus asks before migrating it',
  newer: 'newer than this Plexus — update Plexus to use this database',
};

/** A successful test: who answered and whether the database is ready for Plexus. */
export function ConnectionTestResult({ test }: { test: ConnectionTest }) {
  const warn = test.schema === 'newer';
  return (
    <Callout
      intent={warn ? 'warning' : 'success'}
      icon={warn ? 'warning-sign' : 'tick-circle'}
      compact
      role="status"
      title="Connected"
      className="test-result"
    >
      <dl className="test-facts">
        <dt>Server</dt>
        <dd>
          Neo4j {test.serverVersion} · {test.edition}
        </dd>
        <dt>Database</dt>
        <dd>{test.database}</dd>
        <dt>Plexus schema</dt>
        <dd>
          {SCHEMA[test.schema]}
          {test.schemaVersion !== null && ` (version ${test.schemaVersion})`}
        </dd>
      </dl>
    </Callout>
  );
}
