import { Button, NonIdealState } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { GuardedButton } from '../../ui/GuardedButton';
import { hideItems, requestDelete } from '../actions';
import { EntityInspector } from './EntityInspector';
import { LinkInspector } from './LinkInspector';

/** The right panel: the one selected entity or link, editable; or what else is selected. */
export function Inspector() {
  const selection = useAppStore((s) => s.selection);
  const entity = useAppStore((s) =>
    s.selection.entities.length === 1 && s.selection.links.length === 0
      ? s.chart.entities[s.selection.entities[0] ?? '']
      : undefined,
  );
  const link = useAppStore((s) =>
    s.selection.links.length === 1 && s.selection.entities.length === 0
      ? s.chart.links[s.selection.links[0] ?? '']
      : undefined,
  );
  const blockedBy = useAppStore(readOnlyReason);
  const count = selection.entities.length + selection.links.length;

  let body;
  if (entity) body = <EntityInspector key={`${entity.id}@${entity.updatedAt}`} entity={entity} />;
  else if (link) body = <LinkInspector key={`${link.id}@${link.updatedAt}`} link={link} />;
  else if (count > 1) {
    body = (
      <NonIdealState
        icon="multi-select"
        title={`${count} items selected`}
        description={`${selection.entities.length} entities, ${selection.links.length} links`}
        action={
          <div className="button-row">
            <Button size="small" icon="eye-off" text="Hide" onClick={() => hideItems(selection)} />
            <GuardedButton
              blockedBy={blockedBy}
              size="small"
              icon="trash"
              intent="danger"
              text="Delete…"
              onClick={() => requestDelete(selection)}
            />
          </div>
        }
      />
    );
  } else {
    body = (
      <NonIdealState
        icon="select"
        title="Nothing selected"
        description="Select an entity or link on the chart to see and edit its details."
      />
    );
  }

  return (
    <aside className="inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
