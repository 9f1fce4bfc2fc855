import { Button, ButtonGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../graph-schema/model';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { updateEntityCommand } from '../../stores/commands';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { TypeIcon } from '../../ui/TypeIcon';
import { expandOne, hideItems } from '../actions';
import { DeleteButtons } from './DeleteButtons';
import { ItemFields } from '../forms/ItemFields';
import { AuditFields } from './AuditFields';
import { DraftMarker } from './DraftMarker';
import { EditorFooter } from './EditorFooter';
import { useItemEditor } from './use-item-editor';

export function EntityInspector({ entity }: { entity: Entity }) {
  const { t } = useTranslation('inspector');
  const schema = useSchemaIndex();
  const blockedBy = useAppStore(readOnlyReason);
  const openDialog = useAppStore((s) => s.openDialog);
  const type = schema?.entityType(entity.type);
  const defs = type?.properties ?? [];
  const editor = useItemEditor(entity, defs, updateEntityCommand);
  const ids = { entities: [entity.id], links: [] };

  return (
    <form
      className="inspector-body"
      aria-label={t('editEntity', { label: entity.label })}
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
      onKeyDown={editor.onKeyDown}
    >
      <div className="inspector-header">
        <TypeIcon icon={type?.icon ?? 'circle'} color={type?.color ?? '#8F99A8'} size={18} />
        <div className="inspector-title">
          <strong>{entity.label}</strong>
          <span className="muted">{type?.label ?? entity.type}</span>
        </div>
        <DraftMarker dirty={editor.dirty} />
      </div>
      <ButtonGroup size="small" className="inspector-actions">
        <Button icon="graph" text={t('expand')} onClick={() => void expandOne(entity.id)} />
        <Button
          icon="route"
          text={t('path')}
          onClick={() => openDialog({ kind: 'path', fromId: entity.id })}
        />
        <Button
          icon="eye-off"
          aria-label={t('hideFromChart')}
          title={t('hide')}
          onClick={() => hideItems(ids)}
        />
        <DeleteButtons ids={ids} blockedBy={blockedBy} />
      </ButtonGroup>
      <ErrorCallout error={editor.unplaced} />
      <ItemFields
        kind="entity"
        draft={editor.draft}
        defs={defs}
        errors={editor.errors}
        idPrefix="inspector"
        onChange={editor.setDraft}
      />
      <EditorFooter
        dirty={editor.dirty}
        blockedBy={blockedBy}
        saving={editor.saving}
        onSave={() => void editor.save()}
        onRevert={editor.revert}
        reason={editor.reason}
        onReason={editor.setReason}
      />
      <AuditFields record={entity} />
    </form>
  );
}
