import { Alert, Button, ButtonGroup, Icon, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import type { SavedConnection } from '../../../../graph-schema/contract';
import { useAppStore } from '../../stores/app-store';
import { ConnectionDialog } from './ConnectionDialog';
import { OpenConnectionDialog } from './OpenConnectionDialog';
import { useTranslation } from 'react-i18next';
import { errorLine } from '../../i18n/errors';

type Editing = { kind: 'new' } | { kind: 'edit' | 'open' | 'delete'; connection: SavedConnection } | null;

/** The team's shared graphs: saved Neo4j connections, opened like a case. */
export function ConnectionsSection() {
  const { t } = useTranslation(['start', 'common']);
  const connections = useAppStore((s) => s.connections);
  const error = useAppStore((s) => s.connectionsError);
  const deleteConnection = useAppStore((s) => s.deleteConnection);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <section aria-labelledby="server-heading" className="start-section">
      <h3 id="server-heading" className="section-title">
        {t('connections.heading')}
      </h3>
      {error && <p className="muted">{t('connections.listFailed', { reason: errorLine(error) })}</p>}
      {connections.length === 0 && !error ? (
        <p className="muted">{t('connections.none')}</p>
      ) : (
        <ul className="connection-list" aria-label={t('connections.saved')}>
          {connections.map((c) => (
            <li key={c.id} className="connection-row">
              <Icon icon="database" size={14} aria-hidden />
              <div className="connection-text" title={`${c.uri} · ${c.database}`}>
                <span className="connection-name">{c.name}</span>
                <span className="muted connection-where">
                  {c.uri} · {c.database}
                </span>
              </div>
              {c.readOnly && (
                <Tag minimal className="kind-tag">
                  {t('common:readOnly')}
                </Tag>
              )}
              <ButtonGroup size="small" variant="minimal">
                <Button
                  text={t('common:open')}
                  aria-label={t('connections.openOne', { name: c.name })}
                  onClick={() => setEditing({ kind: 'open', connection: c })}
                />
                <Button
                  icon="edit"
                  aria-label={t('connections.editOne', { name: c.name })}
                  title={t('common:edit')}
                  onClick={() => setEditing({ kind: 'edit', connection: c })}
                />
                <Button
                  icon="trash"
                  aria-label={t('connections.deleteOne', { name: c.name })}
                  title={t('common:delete')}
                  onClick={() => setEditing({ kind: 'delete', connection: c })}
                />
              </ButtonGroup>
            </li>
          ))}
        </ul>
      )}
      <Button
        icon="add"
        size="small"
        text={t('connections.new')}
        onClick={() => setEditing({ kind: 'new' })}
      />
      {editing?.kind === 'new' && <ConnectionDialog existing={null} onClose={close} />}
      {editing?.kind === 'edit' && <ConnectionDialog existing={editing.connection} onClose={close} />}
      {editing?.kind === 'open' && <OpenConnectionDialog connection={editing.connection} onClose={close} />}
      {editing?.kind === 'delete' && (
        <Alert
          isOpen
          icon="trash"
          intent="danger"
          confirmButtonText={t('common:delete')}
          cancelButtonText={t('common:cancel')}
          canEscapeKeyCancel
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteConnection(editing.connection.id);
          }}
        >
          <p>{t('connections.forget', { name: editing.connection.name })}</p>
          <p className="muted">{t('connections.untouched')}</p>
        </Alert>
      )}
    </section>
  );
}
