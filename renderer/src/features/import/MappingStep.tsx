import { HTMLSelect } from '../../ui/HTMLSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TABLE_SHAPES,
  type ImportPreview,
  type MappingDraft,
  type TableShape,
} from '../../../../graph-schema/contract';
import type { SchemaIndex } from '../../../../graph-schema/model';
import { currentLanguage } from '../../i18n';
import { ColumnTable } from './ColumnTable';
import { EndControls } from './EndControls';
import { ColumnSelect, Field, TypeSelect } from './FieldControls';
import { issueAt, type MappingIssue } from './mapping-check';
import { decodeSource, encodeSource, groupLabel, setLinkType, setShape, shapeLabel } from './mapping-edit';
import { TemplateButtons } from './TemplateButtons';
import { prefillGroup } from './value-types';
import { ValueTypes } from './ValueTypes';

interface MappingStepProps {
  preview: ImportPreview;
  mapping: MappingDraft;
  index: SchemaIndex;
  issues: readonly MappingIssue[];
  templatePath: string;
  onChange(mapping: MappingDraft): void;
  onSaveTemplate(path: string): Promise<string | null>;
  onLoadTemplate(path: string): Promise<boolean>;
}

/** Step 3: what the rows are, and which column feeds which type, label and field. */
export function MappingStep(props: MappingStepProps) {
  const { t } = useTranslation('import', { keyPrefix: 'mapping' });
  const { preview, mapping, index, issues, onChange } = props;
  const [note, setNote] = useState<string | null>(null);
  const columns = preview.columns;
  const entityTypes = index.schema.entityTypes;
  const ends =
    mapping.shape === 'entities'
      ? (['entity'] as const)
      : mapping.shape === 'link-rows'
        ? (['source', 'target'] as const)
        : [];
  const hasLink = mapping.shape !== 'entities';
  return (
    <div className="wizard-step mapping-step">
      <div className="field-row">
        <Field id="map-shape" label={t('shape')}>
          <HTMLSelect
            id="map-shape"
            fill
            value={mapping.shape}
            onChange={(e) =>
              onChange(setShape(mapping, e.currentTarget.value as TableShape, columns, index.schema))
            }
          >
            {TABLE_SHAPES.map((s) => (
              <option key={s} value={s}>
                {shapeLabel(s)}
              </option>
            ))}
          </HTMLSelect>
        </Field>
        {(mapping.shape === 'matrix' || mapping.shape === 'edge-list') && (
          <Field id="map-entity-type" label={t('entityType')} issue={issueAt(issues, 'entityType')}>
            <HTMLSelect
              id="map-entity-type"
              fill
              value={mapping.entityType ?? ''}
              onChange={(e) => onChange({ ...mapping, entityType: e.currentTarget.value })}
            >
              {!mapping.entityType && <option value="">{t('choose')}</option>}
              {entityTypes.map((t) => (
                <option key={t.name} value={t.name}>
                  {index.typeLabel(t.name, currentLanguage())}
                </option>
              ))}
            </HTMLSelect>
          </Field>
        )}
      </div>
      {ends.map((group) => (
        <EndControls
          key={group}
          group={group}
          mapping={mapping}
          preview={preview}
          index={index}
          issues={issues}
          onChange={onChange}
        />
      ))}
      {hasLink && (
        <fieldset className="map-group" aria-label={t('link')}>
          <legend>{t('link')}</legend>
          <div className="field-row four">
            {mapping.shape === 'links' && (
              <>
                <ColumnSelect
                  id="map-source-key"
                  label={t('sourceKey')}
                  value={mapping.sourceKey}
                  columns={columns}
                  issue={issueAt(issues, 'sourceKey')}
                  onChange={(v) => onChange({ ...mapping, sourceKey: v })}
                />
                <ColumnSelect
                  id="map-target-key"
                  label={t('targetKey')}
                  value={mapping.targetKey}
                  columns={columns}
                  issue={issueAt(issues, 'targetKey')}
                  onChange={(v) => onChange({ ...mapping, targetKey: v })}
                />
              </>
            )}
            <div className="span-2">
              <TypeSelect
                id="map-link-type"
                label={t('linkType')}
                value={encodeSource(mapping.link?.type)}
                columns={mapping.shape === 'matrix' ? [] : columns}
                types={index.schema.linkTypes.map((type) => ({
                  name: type.name,
                  label: t('typeOption', {
                    label: index.typeLabel(type.name, currentLanguage()),
                    name: type.name,
                  }),
                }))}
                issue={issueAt(issues, 'link.type')}
                onChange={(v) =>
                  onChange(prefillGroup(setLinkType(mapping, decodeSource(v)), 'link', preview, index))
                }
              />
            </div>
          </div>
          <ValueTypes
            group="link"
            name={groupLabel('link')}
            mapping={mapping}
            preview={preview}
            index={index}
            onChange={onChange}
          />
        </fieldset>
      )}
      <ColumnTable
        mapping={mapping}
        columns={columns}
        sample={preview.rows[0] ?? []}
        index={index}
        onChange={onChange}
      />
      <TemplateButtons
        defaultPath={props.templatePath}
        canSave={issues.length === 0}
        note={note}
        onSave={async (p) => {
          const saved = await props.onSaveTemplate(p);
          if (saved) setNote(t('saved', { path: saved }));
          return saved;
        }}
        onLoad={async (p) => {
          const ok = await props.onLoadTemplate(p);
          if (ok) setNote(t('loaded', { path: p }));
          return ok;
        }}
      />
    </div>
  );
}
