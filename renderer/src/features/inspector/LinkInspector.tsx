import { Button, ButtonGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../../../graph-schema/model';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { updateLinkCommand } from '../../stores/commands';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { hideItems } from '../actions';
import { DeleteButtons } from './DeleteButtons';
import { ItemFields } from '../forms/ItemFields';
import { AuditFields } from './AuditFields';
import { DraftMarker } from './DraftMarker';
import { EditorFooter } from './EditorFooter';
import { useItemEditor } from './use-item-editor';

/** Notation, the same in every language: a directed type's arrow, an undirected one's bar. */
const DIRECTION_MARK = { directed: '→', undirected: '—' };

export function LinkInspector({ link }: { link: Link }) {
  const { t } = useTranslation('inspector');
  const schema = useSchemaIndex();
  const blockedBy = useAppStore(readOnlyReason);
  const source = useAppStore((s) => s.chart.entities[link.source]);
  const target = useAppStore((s) => s.chart.entities[link.target]);
  const type = schema?.linkType(link.type);
  const defs = type?.properties ?? [];
  const editor = useItemEditor(link, defs, updateLinkCommand);
  const ids = { entities: [], links: [link.id] };

  return (
    <form
      className="inspector-body"
      aria-label={t('editLink', { label: link.label })}
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
      onKeyDown={editor.onKeyDown}
    >
      <div className="inspector-header">
        <span className="link-swatch" style={{ background: type?.color ?? '#8F99A8' }} aria-hidden />
        <div className="inspector-title">
          <strong>{type?.label ?? link.type}</strong>
          <span className="muted">
            {source?.label ?? link.source}{' '}
            {type?.directed === false ? DIRECTION_MARK.undirected : DIRECTION_MARK.directed}{' '}
            {target?.label ?? link.target}
          </span>
        </div>
        <DraftMarker dirty={editor.dirty} />
      </div>
      <ButtonGroup size="small" className="inspector-actions">
        <Button icon="eye-off" text={t('hide')} onClick={() => hideItems(ids)} />
        <DeleteButtons ids={ids} blockedBy={blockedBy} />
      </ButtonGroup>
      <ErrorCallout error={editor.unplaced} />
      <ItemFields
        kind="link"
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
      <AuditFields record={link} />
    </form>
  );
}
