import { useTranslation } from 'react-i18next';
import type { ImportPreview, MappingDraft } from '../../../../graph-schema/contract';
import type { SchemaIndex } from '../../../../graph-schema/model';
import { ColumnSelect, TypeSelect } from './FieldControls';
import { issueAt, type MappingIssue } from './mapping-check';
import { decodeSource, encodeSource, groupLabel, setEnd, type EndGroup } from './mapping-edit';
import { prefillGroup } from './value-types';
import { ValueTypes } from './ValueTypes';

interface EndControlsProps {
  group: EndGroup;
  mapping: MappingDraft;
  preview: ImportPreview;
  index: SchemaIndex;
  issues: readonly MappingIssue[];
  onChange(mapping: MappingDraft): void;
}

/** Where one entity's type, label, key and aliases come from: the row's entity, or one end of a link row. */
export function EndControls({ group, mapping, preview, index, issues, onChange }: EndControlsProps) {
  const { t } = useTranslation('import', { keyPrefix: 'end' });
  const { columns } = preview;
  const end = mapping[group];
  const name = groupLabel(group);
  const id = (part: string) => `map-${group}-${part}`;
  return (
    <fieldset className="map-group" aria-label={name}>
      <legend>{name}</legend>
      <div className="field-row four">
        <TypeSelect
          id={id('type')}
          label={t('type', { name })}
          value={encodeSource(end?.type)}
          columns={columns}
          types={index.schema.entityTypes}
          issue={issueAt(issues, `${group}.type`)}
          onChange={(v) =>
            onChange(
              prefillGroup(
                setEnd(mapping, group, { type: decodeSource(v) ?? { fixed: '' } }),
                group,
                preview,
                index,
              ),
            )
          }
        />
        <ColumnSelect
          id={id('label')}
          label={t('label', { name })}
          value={end?.label}
          columns={columns}
          issue={issueAt(issues, `${group}.label`)}
          onChange={(v) => onChange(setEnd(mapping, group, { label: v }))}
        />
        <ColumnSelect
          id={id('key')}
          label={t('key', { name })}
          value={end?.key}
          columns={columns}
          none={t('sameAsLabel')}
          issue={issueAt(issues, `${group}.key`)}
          onChange={(v) => onChange(setEnd(mapping, group, { key: v }))}
        />
        <ColumnSelect
          id={id('aliases')}
          label={t('aliases', { name })}
          value={end?.aliases}
          columns={columns}
          none={t('none')}
          issue={issueAt(issues, `${group}.aliases`)}
          onChange={(v) => onChange(setEnd(mapping, group, { aliases: v }))}
        />
      </div>
      <ValueTypes
        group={group}
        name={name}
        mapping={mapping}
        preview={preview}
        index={index}
        onChange={onChange}
      />
    </fieldset>
  );
}
