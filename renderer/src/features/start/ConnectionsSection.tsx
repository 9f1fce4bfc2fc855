import { Alert, Button, ButtonGroup, Icon, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import type { SavedConnection } from '../../../../graph-schema/contract';
import { useAppStore } from '../../stores/app-store';
import { ConnectionDialog } from './ConnectionDialog';
import { OpenConnectionDialog } from './OpenConnectionDialog';

type Editing = { kind: 'new' } | { kind: 'edit' | 'open' | 'delete'; connection: SavedConnection } | null;

/** The team's shared graphs: saved Neo4j connections, opened like a case. */
export function ConnectionsSection() {
  const connections = useAppStore((s) => s.connections);
  const error = useAppStore((s) => s.connectionsError);
  const deleteConnection = useAppStore((s) => s.deleteConnection);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <section aria-labelledby="server-heading" className="start-section">
      <h3 id="server-heading" className="section-title">
        Team server (Neo4j)
      </h3>
      {error && <p className="muted">Saved connections cannot be listed: {error.message}</p>}
      {connections.length === 0 && !error ? (
        <p className="muted">No saved connections yet.</p>
      ) : (
        <ul className="connection-list" aria-label="Saved connections">
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
                  read-only
                </Tag>
              )}
              <ButtonGroup size="small" variant="minimal">
                <Button
                  text="Open"
                  aria-label={`Open ${c.name}`}
                  onClick={() => setEditing({ kind: 'open', connection: c })}
                />
                <Button
                  icon="edit"
                  aria-label={`Edit ${c.name}`}
                  title="Edit"
                  onClick={() => setEditing({ kind: 'edit', connection: c })}
                />
                <Button
                  icon="trash"
                  aria-label={`Delete ${c.name}`}
                  title="Delete"
                  onClick={() => setEditing({ kind: 'delete', connection: c })}
                />
              </ButtonGroup>
            </li>
          ))}
        </ul>
      )}
      <Button icon="add" size="small" text="New connection…" onClick={() => setEditing({ kind: 'new' })} />
      {editing?.kind === 'new' && <ConnectionDialog existing={null} onClose={close} />}
      {editing?.kind === 'edit' && <ConnectionDialog existing={editing.connection} onClose={close} />}
      {editing?.kind === 'open' && <OpenConnectionDialog connection={editing.connection} onClose={close} />}
      {editing?.kind === 'delete' && (
        <Alert
          isOpen
          icon="trash"
          intent="danger"
          confirmButtonText="Delete"
          cancelButtonText="Cancel"
          canEscapeKeyCancel
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteConnection(editing.connection.id);
          }}
        >
          <p>Forget the connection “{editing.connection.name}” and its saved password?</p>
          <p className="muted">The data on the server is not touched.</p>
        </Alert>
      )}
    </section>
  );
}
