import { HTMLTable, Switch } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import {
  DATA_FORMATS,
  looksLikeFormula,
  type DataFormatName,
  type ImportPreview,
  type MappingDraft,
} from '../../../../graph-schema/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Field } from './FieldControls';
import { FORMAT_LABELS, delimiters, encodings } from './formats';
import { isTabular } from './wizard-steps';

/** Marks a cell that looks like a formula: a symbol, the same in every language. */
const FORMULA_MARK = 'ƒ';

/** Enough rows to recognise the layout; the dry run reads the rest. */
export const PREVIEW_ROWS = 20;

type ReadOptions = Partial<Pick<MappingDraft, 'sheet' | 'header' | 'delimiter' | 'encoding'>>;

interface PreviewStepProps {
  preview: ImportPreview;
  mapping: MappingDraft | null;
  busy: boolean;
  onFormat(format: DataFormatName): void;
  onRead(read: ReadOptions): void;
}

/**
 * Step 2: the first rows of a table (with its read options), or what a graph file holds. The
 * controls stay enabled while a new preview loads: disabling them would drop the keyboard focus.
 */
export function PreviewStep({ preview, mapping, busy, onFormat, onRead }: PreviewStepProps) {
  const { t } = useTranslation('import', { keyPrefix: 'preview' });
  const tabular = isTabular(preview.format);
  const text = preview.format === 'csv' || preview.format === 'tsv';
  return (
    <div className="wizard-step" aria-busy={busy}>
      <div className="field-row four">
        <Field id="preview-format" label={t('format')}>
          <HTMLSelect
            id="preview-format"
            fill
            value={preview.format}
            onChange={(e) => onFormat(e.currentTarget.value as DataFormatName)}
          >
            {DATA_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </HTMLSelect>
        </Field>
        {preview.format === 'xlsx' && preview.sheets.length > 0 && (
          <Field id="preview-sheet" label={t('sheet')}>
            <HTMLSelect
              id="preview-sheet"
              fill
              value={mapping?.sheet ?? preview.sheets[0]}
              onChange={(e) => onRead({ sheet: e.currentTarget.value })}
            >
              {preview.sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </HTMLSelect>
          </Field>
        )}
        {text && (
          <>
            <Field id="preview-delimiter" label={t('delimiter')}>
              <HTMLSelect
                id="preview-delimiter"
                fill
                value={mapping?.delimiter ?? ''}
                onChange={(e) => onRead({ delimiter: e.currentTarget.value })}
              >
                {delimiters().map((d) => (
                  <option key={d.label} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </HTMLSelect>
            </Field>
            <Field id="preview-encoding" label={t('encoding')}>
              <HTMLSelect
                id="preview-encoding"
                fill
                value={mapping?.encoding ?? ''}
                onChange={(e) => onRead({ encoding: e.currentTarget.value })}
              >
                {encodings().map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </HTMLSelect>
            </Field>
          </>
        )}
      </div>
      {tabular ? (
        <>
          <Switch
            className="header-switch"
            label={t('header')}
            checked={mapping?.header ?? true}
            onChange={(e) => onRead({ header: e.currentTarget.checked })}
          />
          <EncodingNote preview={preview} />
          <PreviewTable columns={preview.columns} rows={preview.rows} />
          <FormulaNote preview={preview} />
        </>
      ) : (
        <FileCounts preview={preview} />
      )}
    </div>
  );
}

function PreviewTable({ columns, rows }: { columns: readonly string[]; rows: readonly string[][] }) {
  const { t } = useTranslation('import', { keyPrefix: 'preview' });
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="preview-table-wrap">
      <HTMLTable compact striped bordered className="dense-table preview-table" aria-label={t('firstRows')}>
        <thead>
          <tr>
            <th scope="col" className="row-number">
              {t('rowNumber')}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, r) => (
            <tr key={r}>
              <td className="row-number">{r + 1}</td>
              {columns.map((c, i) => {
                const value = row[i] ?? '';
                const formula = looksLikeFormula(value);
                return (
                  <td
                    key={c}
                    title={formula ? t('formulaTitle', { value }) : value}
                    className={formula ? 'cell-formula' : undefined}
                    data-formula={formula || undefined}
                  >
                    {formula && (
                      <span className="formula-mark" aria-label={t('formula')}>
                        {FORMULA_MARK}
                      </span>
                    )}
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <p className="muted table-note">
        {shown.length === 0 ? t('noRows') : t('shown', { count: shown.length })}
      </p>
    </div>
  );
}

/**
 * Cells a spreadsheet would run as formulas (=, +, -, @ at the start; numbers and phone
 * numbers excepted): imported as text, never run, but worth a look before the import.
 */
function FormulaNote({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import', { keyPrefix: 'preview' });
  if (preview.formulaCells === 0) return null;
  const count = preview.formulaCells;
  return (
    <p className="table-note formula-note" role="status" data-testid="preview-formulas">
      <span className="formula-mark">{FORMULA_MARK}</span>{' '}
      {t('formulas', { count, formatted: formatNumber(count), rows: formatNumber(preview.scannedRows) })}
    </p>
  );
}

/** Bytes that are not UTF-8 were read in a guessed encoding: wrong, it changes every name. */
function EncodingNote({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import', { keyPrefix: 'preview' });
  const guessed = preview.guessedEncoding;
  if (!guessed) return null;
  const encoding = encodings().find((e) => e.value === guessed)?.label ?? guessed;
  return (
    <p className="table-note encoding-note" role="status" data-testid="preview-encoding-guess">
      {t('guessedEncoding', { encoding })}
    </p>
  );
}

function FileCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import', { keyPrefix: 'preview' });
  const counts = preview.counts ?? { entities: 0, links: 0 };
  return (
    <section aria-label={t('found')} className="report-section">
      <h4 className="section-title">{t('found')}</h4>
      <dl className="count-row two">
        <div className="count">
          <dt>{t('entities')}</dt>
          <dd data-testid="preview-entities">{formatNumber(counts.entities)}</dd>
        </div>
        <div className="count">
          <dt>{t('links')}</dt>
          <dd data-testid="preview-links">{formatNumber(counts.links)}</dd>
        </div>
      </dl>
    </section>
  );
}
