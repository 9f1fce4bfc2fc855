import { Button, HTMLTable } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PREVIEW_MAX_VALUES,
  type ImportPreview,
  type MappingDraft,
  type TypeColumn,
} from '../../../../graph-schema/contract';
import { GENERIC_LINK_TYPE, type SchemaIndex } from '../../../../graph-schema/model';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { FieldGroup } from './mapping-edit';
import {
  columnWords,
  fallbackOf,
  kindOf,
  setFallback,
  setWordType,
  typeChoices,
  typeColumnOf,
  valueRows,
  withTypeSpec,
  type TypeChoice,
  type TypeKind,
} from './value-types';

/** Rows shown before "N more": enough for most type columns, short enough to scan. */
const SHOWN = 50;

interface ValueTypesProps {
  group: FieldGroup;
  /**
   * "Link" or "Entity A": names the table for screen readers and tests, as "Link: ..." so no
   * name here contains the group's own "Link type" control's.
   */
  name: string;
  mapping: MappingDraft;
  preview: ImportPreview;
  index: SchemaIndex;
  onChange(mapping: MappingDraft): void;
}

/** The keys of import:values saying how a word got its type. */
const HOW_NOTE = { chosen: 'howChosen', name: 'howName', other: 'howOther' } as const;

function choiceLabel(choice: TypeChoice, kind: TypeKind): string {
  if (kind === 'entity') return choice.label;
  const label = choice.label.charAt(0).toUpperCase() + choice.label.slice(1);
  return choice.name === GENERIC_LINK_TYPE ? i18n.t('import:values.wordKept', { label }) : label;
}

/** The options of one picker; a type the choices lack (a template's, or not between these ends) kept. */
function Options({
  choices,
  kind,
  value,
  index,
}: {
  choices: readonly TypeChoice[];
  kind: TypeKind;
  value: string;
  index: SchemaIndex;
}) {
  const { t } = useTranslation('import', { keyPrefix: 'values' });
  const listed = value === '' || choices.some((c) => c.name === value);
  const def = kind === 'link' ? index.linkType(value) : index.entityType(value);
  const stray = def ? t('notBetween', { label: choiceLabel(def, kind) }) : t('notInSchema', { value });
  return (
    <>
      {kind === 'entity' && <option value="">{t('reject')}</option>}
      {!listed && <option value={value}>{stray}</option>}
      {choices.map((c) => (
        <option key={c.name} value={c.name}>
          {choiceLabel(c, kind)}
        </option>
      ))}
    </>
  );
}

/**
 * Under a type read from a column: each of the column's words (as the preview found them) and
 * the type it becomes, one compact picker a row, and what any other word becomes. What is
 * shown is what the import does: chosen words travel in the mapping's `values`, the rest are
 * matched by name or take the fallback.
 */
export function ValueTypes({ group, name, mapping, preview, index, onChange }: ValueTypesProps) {
  const { t } = useTranslation('import', { keyPrefix: 'values' });
  const [all, setAll] = useState(false);
  const spec = typeColumnOf(mapping, group);
  if (!spec) return null;
  const kind = kindOf(group);
  const words = columnWords(preview, spec.column);
  const rows = valueRows(spec, words ?? [], index.schema, kind);
  const choices = typeChoices(mapping, group, index);
  const shown = all ? rows : rows.slice(0, SHOWN);
  const put = (next: TypeColumn) => onChange(withTypeSpec(mapping, group, next));
  const fallback = fallbackOf(spec, kind);
  const what = kind === 'link' ? t('linkType') : t('entityType');
  return (
    <div className="value-types" role="group" aria-label={t('group', { name })}>
      {words === null && (
        <p className="muted table-note">
          {t('tooMany', { column: spec.column, max: formatNumber(PREVIEW_MAX_VALUES), what })}
        </p>
      )}
      {rows.length > 0 && (
        <div className="value-types-wrap">
          <HTMLTable
            compact
            striped
            className="dense-table value-types-table"
            aria-label={t('table', { name })}
          >
            <thead>
              <tr>
                <th scope="col">{t('word', { column: spec.column })}</th>
                <th scope="col">{t('becomes')}</th>
                <th scope="col" className="value-how">
                  <span className="bp6-text-muted">{t('how')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.word} data-how={row.how}>
                  <th scope="row" className="value-word" title={row.word}>
                    {row.word}
                  </th>
                  <td>
                    <HTMLSelect
                      minimal
                      fill
                      aria-label={t('typeFor', { name, word: row.word })}
                      value={row.type}
                      onChange={(e) =>
                        put(setWordType(spec, row.word, e.currentTarget.value, index.schema, kind))
                      }
                    >
                      <Options choices={choices} kind={kind} value={row.type} index={index} />
                    </HTMLSelect>
                  </td>
                  <td className="value-how muted">{t(HOW_NOTE[row.how])}</td>
                </tr>
              ))}
            </tbody>
          </HTMLTable>
          {rows.length > shown.length && (
            <Button size="small" variant="minimal" onClick={() => setAll(true)}>
              {t('more', { n: formatNumber(rows.length - shown.length) })}
            </Button>
          )}
        </div>
      )}
      <label className="value-fallback">
        <span>{rows.length > 0 ? t('other') : t('noMatch', { what })}</span>
        <HTMLSelect
          minimal
          aria-label={t('otherLabel', { name })}
          value={fallback}
          onChange={(e) => put(setFallback(spec, e.currentTarget.value, kind))}
        >
          <Options choices={choices} kind={kind} value={fallback} index={index} />
        </HTMLSelect>
      </label>
    </div>
  );
}
