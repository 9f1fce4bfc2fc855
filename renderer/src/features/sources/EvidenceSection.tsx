import { Button, InputGroup, Switch, Tag } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  credibilityLabel,
  reliabilityLabel,
  type Credibility,
  type Reliability,
} from '../../../../graph-schema/model/grading';
import { formatGrade } from '../../../../graph-schema/model/grade-order';
import { commonFieldLabel } from '../../../../graph-schema/model/field-labels';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Citation, ItemKind } from '../../../../graph-schema/model/sources';
import { currentLanguage } from '../../i18n';
import { useSchemaIndex } from '../../i18n/schema-words';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { isDocument } from '../../../../graph-schema/model/document-source';
import { DocumentSourceLine } from './DocumentSourceLine';
import { useDocumentSourcesMade } from './document-source';
import { SourcesDialog } from './SourcesDialog';
import { useEvidence } from './use-evidence';
import './sources.css';

const BASE_FIELDS = ['label', 'notes', 'validFrom', 'validTo'] as const;

/**
 * The evidence behind one item: its citations (source, grade, the field they back, a note),
 * a form to cite a source (which also edits a citation's field, grade and note: its source stays),
 * and whether the item's grade follows its best citation or was set.
 */
export function EvidenceSection({ kind, item }: { kind: ItemKind; item: Entity | Link }) {
  const { t } = useTranslation('sources');
  const schema = useSchemaIndex();
  const blockedBy = useAppStore(readOnlyReason);
  const evidence = useEvidence(kind, item.id);
  const language = currentLanguage();
  const [sourceId, setSourceId] = useState('');
  const [field, setField] = useState('');
  const [reliability, setReliability] = useState<Reliability>('F');
  const [credibility, setCredibility] = useState<Credibility>('6');
  const [note, setNote] = useState('');
  const [dialog, setDialog] = useState(false);
  const [editing, setEditing] = useState<Citation | null>(null);
  const fieldSelectId = `evidence-field-${item.id}`;
  const sourcesMade = useDocumentSourcesMade();
  useEffect(() => {
    if (sourcesMade > 0) void evidence.reloadSources();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a Document's source was made elsewhere
  }, [sourcesMade]);

  const type = kind === 'entity' ? schema?.entityType(item.type) : schema?.linkType(item.type);
  const fields: { value: string; label: string }[] = [
    ...[...BASE_FIELDS, ...(kind === 'entity' ? ['aliases'] : [])].map((f) => ({
      value: f,
      label: commonFieldLabel(f, language),
    })),
    ...(type?.properties ?? []).map((p) => ({ value: `props.${p.name}`, label: p.label })),
  ];
  const fieldLabel = (c: Citation) =>
    c.field === null ? t('wholeItem') : (fields.find((f) => f.value === c.field)?.label ?? c.field);
  const sourceTitle = (id: string) => evidence.sources.find((s) => s.id === id)?.title ?? id;
  const chosen = sourceId || evidence.sources[0]?.id || '';
  const disabled = blockedBy !== null || evidence.busy;

  const clearForm = () => {
    setEditing(null);
    setField('');
    setReliability('F');
    setCredibility('6');
    setNote('');
  };
  const edit = (c: Citation) => {
    setEditing(c);
    setSourceId(c.sourceId);
    setField(c.field ?? '');
    setReliability(c.reliability);
    setCredibility(c.credibility);
    setNote(c.note);
    document.getElementById(fieldSelectId)?.focus();
  };
  const save = async () => {
    if (!editing) return;
    const patch = { field: field === '' ? null : field, reliability, credibility, note };
    if (await evidence.change({ update: { id: editing.id, patch } })) clearForm();
  };
  const cite = async () => {
    const ok = await evidence.change({
      cite: {
        sourceId: chosen,
        itemKind: kind,
        itemId: item.id,
        field: field === '' ? null : field,
        reliability,
        credibility,
        note,
      },
    });
    if (ok) setNote('');
  };

  return (
    <section className="evidence-section" aria-label={t('evidence')}>
      <div className="evidence-head">
        <h3>{t('evidence')}</h3>
        <Switch
          className="evidence-mode"
          checked={evidence.mode === 'derived'}
          disabled={disabled}
          label={t('derived')}
          title={t('derivedHelp')}
          onChange={(e) => {
            const mode = e.currentTarget.checked ? 'derived' : 'set';
            void evidence.change({ mode });
          }}
        />
      </div>
      {kind === 'entity' && isDocument(item) && (
        <DocumentSourceLine
          document={item as Entity}
          sources={evidence.sources}
          disabled={disabled}
          onChanged={evidence.reloadSources}
        />
      )}
      {evidence.citations.length === 0 ? (
        <p className="muted evidence-empty">{t('noCitations')}</p>
      ) : (
        <ul className="evidence-list" aria-label={t('citations')}>
          {evidence.citations.map((c) => (
            <li key={c.id} className="evidence-row">
              <Tag
                minimal
                className="grade-tag mono"
                title={`${reliabilityLabel(c.reliability, language)} / ${credibilityLabel(c.credibility, language)}`}
              >
                {formatGrade(c)}
              </Tag>
              <div className="evidence-text">
                <div className="evidence-source">{sourceTitle(c.sourceId)}</div>
                <div className="muted">
                  {fieldLabel(c)}
                  {c.note ? ` · ${c.note}` : ''}
                </div>
              </div>
              <Button
                size="small"
                variant="minimal"
                icon="edit"
                aria-label={t('editCitation', { source: sourceTitle(c.sourceId) })}
                active={editing?.id === c.id}
                disabled={disabled}
                onClick={() => edit(c)}
              />
              <Button
                size="small"
                variant="minimal"
                icon="cross"
                aria-label={t('remove', { source: sourceTitle(c.sourceId) })}
                disabled={disabled}
                onClick={() => {
                  if (editing?.id === c.id) clearForm();
                  void evidence.change({ remove: c.id });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-form" role="group" aria-label={editing ? t('editingCitation') : t('cite')}>
        <div className="evidence-form-row">
          <HTMLSelect
            aria-label={t('source')}
            fill
            value={chosen}
            disabled={disabled || evidence.sources.length === 0 || editing !== null}
            onChange={(e) => setSourceId(e.currentTarget.value)}
          >
            {evidence.sources.length === 0 && <option value="">{t('noSources')}</option>}
            {evidence.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </HTMLSelect>
          <Button
            size="small"
            icon="add"
            text={t('newSource')}
            disabled={blockedBy !== null || editing !== null}
            onClick={() => setDialog(true)}
          />
        </div>
        <div className="evidence-form-row">
          <HTMLSelect
            id={fieldSelectId}
            aria-label={t('field')}
            value={field}
            disabled={disabled}
            onChange={(e) => setField(e.currentTarget.value)}
          >
            <option value="">{t('wholeItem')}</option>
            {fields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </HTMLSelect>
          <HTMLSelect
            aria-label={t('reliability')}
            value={reliability}
            disabled={disabled}
            onChange={(e) => setReliability(e.currentTarget.value as Reliability)}
          >
            {RELIABILITY_GRADES.map((g) => (
              <option key={g} value={g} title={reliabilityLabel(g, language)}>
                {g}
              </option>
            ))}
          </HTMLSelect>
          <HTMLSelect
            aria-label={t('credibility')}
            value={credibility}
            disabled={disabled}
            onChange={(e) => setCredibility(e.currentTarget.value as Credibility)}
          >
            {CREDIBILITY_GRADES.map((g) => (
              <option key={g} value={g} title={credibilityLabel(g, language)}>
                {g}
              </option>
            ))}
          </HTMLSelect>
        </div>
        <div className="evidence-form-row">
          <InputGroup
            size="small"
            fill
            aria-label={t('note')}
            placeholder={t('notePlaceholder')}
            value={note}
            disabled={disabled}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {editing && <Button size="small" text={t('cancelEdit')} onClick={clearForm} />}
          <Button
            size="small"
            intent="primary"
            text={editing ? t('saveCitation') : t('citeButton')}
            disabled={disabled || chosen === ''}
            onClick={() => void (editing ? save() : cite())}
          />
        </div>
      </div>
      <ErrorCallout error={evidence.error} />
      {dialog && (
        <SourcesDialog
          onClose={(created) => {
            setDialog(false);
            void evidence.reloadSources();
            if (created) setSourceId(created);
          }}
        />
      )}
    </section>
  );
}
