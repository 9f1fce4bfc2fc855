import { Callout } from '@blueprintjs/core';
import type { ConnectionTest, ServerSchemaState } from '../../../../graph-schema/contract';
import { useTranslation } from 'react-i18next';

/** A successful test: who answered and whether the database is ready for Plexus. */
export function ConnectionTestResult({ test }: { test: ConnectionTest }) {
  const { t } = useTranslation('start', { keyPrefix: 'test' });
  const warn = test.schema === 'newer';
  const state: ServerSchemaState = test.schema;
  return (
    <Callout
      intent={warn ? 'warning' : 'success'}
      icon={warn ? 'warning-sign' : 'tick-circle'}
      compact
      role="status"
      title={t('connected')}
      className="test-result"
    >
      <dl className="test-facts">
        <dt>{t('server')}</dt>
        <dd>
          Neo4j {test.serverVersion} · {test.edition}
        </dd>
        <dt>{t('database')}</dt>
        <dd>{test.database}</dd>
        <dt>{t('schema')}</dt>
        <dd>
          {t(`state.${state}`)}
          {test.schemaVersion !== null && t('version', { version: test.schemaVersion })}
        </dd>
      </dl>
    </Callout>
  );
}
