import {
  DEFAULT_IMPORT_GRADING,
  type DataFormatName,
  type ImportGrading,
  type ImportPreview,
  type ImportReport,
  type MappingDraft,
  type MatchRule,
} from '../../../../graph-schema/contract';
import { SchemaIndex, type Schema } from '../../../../graph-schema/model';
import type { AppError } from '../../stores/app-error';
import { setShape } from './mapping-edit';
import { prefillMapping } from './value-types';
import { isTabular, nextStep, previousStep, type Step } from './wizard-steps';

export type Busy = 'preview' | 'dryRun' | 'import' | 'template' | null;

export interface WizardState {
  step: Step;
  path: string;
  /** The analyst's format override; null lets the backend detect it. */
  format: DataFormatName | null;
  preview: ImportPreview | null;
  mapping: MappingDraft | null;
  match: MatchRule;
  /** What every item the file does not grade is given: shown and chosen before the import. */
  grading: ImportGrading;
  dryRun: ImportReport | null;
  report: ImportReport | null;
  /** How the import ended: with a report, cancelled, or failed (`error` says why). */
  outcome: 'imported' | 'cancelled' | 'failed' | null;
  busy: Busy;
  error: AppError | null;
}

export const initialWizard: WizardState = {
  step: 'file',
  path: '',
  format: null,
  preview: null,
  mapping: null,
  match: 'identifier',
  grading: DEFAULT_IMPORT_GRADING,
  dryRun: null,
  report: null,
  outcome: null,
  busy: null,
  error: null,
};

export type WizardAction =
  | { type: 'setPath'; path: string }
  | { type: 'setFormat'; format: DataFormatName | null }
  | { type: 'busy'; busy: Busy }
  | { type: 'failed'; error: AppError }
  /** A preview arrived; `sent` is the mapping whose read options it was made with. */
  | { type: 'previewed'; preview: ImportPreview; sent: MappingDraft | null; schema: Schema }
  | { type: 'editMapping'; mapping: MappingDraft }
  | { type: 'setMatch'; match: MatchRule }
  | { type: 'setGrading'; grading: ImportGrading }
  | { type: 'dryRunDone'; report: ImportReport }
  | { type: 'importStarted' }
  | { type: 'imported'; report: ImportReport }
  | { type: 'importCancelled' }
  | { type: 'importFailed'; error: AppError }
  | { type: 'goto'; step: Step }
  | { type: 'next' }
  | { type: 'back' };

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

const READ_KEYS = ['sheet', 'header', 'delimiter', 'encoding'] as const;

/** The shape and read options of a mapping, none empty: what a re-preview sends. */
export function readMapping(mapping: MappingDraft): MappingDraft {
  const out: MappingDraft = { shape: mapping.shape };
  for (const key of READ_KEYS) {
    const value = mapping[key];
    if (value !== undefined && value !== '') Object.assign(out, { [key]: value });
  }
  return out;
}

/**
 * The mapping to carry on with after a (re-)preview: the analyst's own edits survive a change
 * of read options that leaves the columns as they were; otherwise the suggestion, or a plain
 * entity table. Either way the read options are exactly those the preview was made with.
 */
export function mappingAfterPreview(
  preview: ImportPreview,
  current: MappingDraft | null,
  sent: MappingDraft | null,
  previousColumns: readonly string[] | null,
  schema: Schema,
): MappingDraft | null {
  if (!isTabular(preview.format)) return null;
  const keep = current !== null && previousColumns !== null && sameColumns(previousColumns, preview.columns);
  // A fresh suggestion's type columns come with their words pre-filled, as if just chosen.
  const base: MappingDraft = keep
    ? current
    : prefillMapping(
        preview.suggested ??
          setShape({ shape: 'entities', header: true }, 'entities', preview.columns, schema),
        preview,
        new SchemaIndex(schema),
      );
  if (!sent) return base;
  const next: MappingDraft = { ...base };
  for (const key of READ_KEYS) delete next[key];
  return { ...next, ...readMapping(sent), shape: base.shape };
}

/** Anything that changes what would be imported makes the last dry run stale. */
const stale = { dryRun: null, report: null, outcome: null } as const;

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'setPath':
      return {
        ...initialWizard,
        match: state.match,
        grading: state.grading,
        path: action.path,
        format: state.format,
      };
    case 'setFormat':
      // The preview stays until the new one arrives, so the step does not jump under the analyst.
      return { ...state, ...stale, format: action.format, error: null };
    case 'busy':
      return { ...state, busy: action.busy, error: action.busy ? null : state.error };
    case 'failed':
      return { ...state, busy: null, error: action.error };
    case 'previewed': {
      const mapping = mappingAfterPreview(
        action.preview,
        state.mapping,
        action.sent,
        state.preview?.columns ?? null,
        action.schema,
      );
      const step = state.step === 'file' ? 'preview' : state.step;
      return { ...state, ...stale, preview: action.preview, mapping, step, busy: null, error: null };
    }
    case 'editMapping':
      return { ...state, ...stale, mapping: action.mapping };
    case 'setMatch':
      return { ...state, ...stale, match: action.match };
    case 'setGrading':
      return { ...state, ...stale, grading: action.grading };
    case 'dryRunDone':
      return { ...state, dryRun: action.report, step: 'dryRun', busy: null, error: null };
    case 'importStarted':
      return { ...state, step: 'import', busy: 'import', error: null, report: null, outcome: null };
    case 'imported':
      return { ...state, step: 'summary', busy: null, report: action.report, outcome: 'imported' };
    case 'importCancelled':
      return { ...state, step: 'summary', busy: null, report: null, outcome: 'cancelled' };
    case 'importFailed':
      return { ...state, step: 'summary', busy: null, report: null, outcome: 'failed', error: action.error };
    case 'goto':
      return { ...state, step: action.step, error: null };
    case 'next':
      return { ...state, step: nextStep(state.step, state.preview), error: null };
    case 'back': {
      const step = previousStep(state.step, state.preview);
      // Back from a finished import: the dry run is stale (the case may have changed).
      return state.step === 'summary'
        ? { ...state, ...stale, step, error: null }
        : { ...state, step, error: null };
    }
  }
}
