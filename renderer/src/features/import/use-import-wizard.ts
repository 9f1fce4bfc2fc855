import { useCallback, useEffect, useReducer, useState } from 'react';
import type {
  DataFormatName,
  ImportProgress,
  ImportRequest,
  MappingDraft,
} from '../../../../graph-schema/contract';

export type ReadOptions = Partial<Pick<MappingDraft, 'sheet' | 'header' | 'delimiter' | 'encoding'>>;
import { isCancelled, toAppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { requestMapping } from './mapping-edit';
import { pollEvery } from './poll';
import { initialWizard, readMapping, wizardReducer, type WizardState } from './wizard-state';

/** How often the progress bar asks how far the import is. */
const PROGRESS_MS = 250;

export interface ImportWizard {
  state: WizardState;
  progress: ImportProgress | null;
  setPath(path: string): void;
  setFormat(format: WizardState['format']): void;
  /**
   * Previews the file; with `read`, again with new read options (sheet, header, delimiter,
   * encoding); with `format`, as that format (the analyst's override).
   */
  preview(options?: { read?: ReadOptions; format?: DataFormatName }): Promise<void>;
  editMapping(mapping: MappingDraft): void;
  setMatch(match: WizardState['match']): void;
  setGrading(grading: WizardState['grading']): void;
  dryRun(): Promise<void>;
  runImport(): Promise<void>;
  cancel(): Promise<void>;
  saveTemplate(path: string): Promise<string | null>;
  loadTemplate(path: string): Promise<boolean>;
  next(): void;
  back(): void;
  goto(step: WizardState['step']): void;
}

export function useImportWizard(): ImportWizard {
  const [state, dispatch] = useReducer(wizardReducer, initialWizard);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const store = useAppStore.getState;
  const running = state.busy === 'dryRun' || state.busy === 'import';

  useEffect(() => {
    if (!running) return;
    return pollEvery(() => store().importProgress(), setProgress, PROGRESS_MS);
  }, [running, store]);

  const request = useCallback(
    (dryRun: boolean): ImportRequest => {
      const mapping = state.mapping ? requestMapping(state.mapping) : null;
      return {
        path: state.path.trim(),
        ...(state.format ? { format: state.format } : state.preview ? { format: state.preview.format } : {}),
        ...(mapping ? { mapping } : {}),
        match: state.match,
        grading: state.grading,
        dryRun,
      };
    },
    [state.path, state.format, state.preview, state.mapping, state.match, state.grading],
  );

  const preview: ImportWizard['preview'] = async (options = {}) => {
    const path = state.path.trim();
    if (path === '') return;
    const { read, format = state.format ?? undefined } = options;
    if (options.format) dispatch({ type: 'setFormat', format: options.format });
    // Read options ride on the mapping: an override without one yet starts a plain entity table.
    // Only the read options and the shape travel: the columns may change under the rest.
    const sent = read
      ? readMapping({ ...(state.mapping ?? { shape: 'entities', header: true }), ...read })
      : null;
    dispatch({ type: 'busy', busy: 'preview' });
    try {
      const result = await store().previewImport(path, format, sent ?? undefined);
      const schema = store().schema;
      if (!schema) throw new Error('the schema is not loaded');
      dispatch({ type: 'previewed', preview: result, sent, schema });
    } catch (error) {
      dispatch({ type: 'failed', error: toAppError(error) });
    }
  };

  const dryRun = async () => {
    setProgress(null);
    dispatch({ type: 'busy', busy: 'dryRun' });
    try {
      dispatch({ type: 'dryRunDone', report: await store().importFile(request(true)) });
    } catch (error) {
      dispatch({ type: 'failed', error: toAppError(error) });
    }
  };

  const runImport = async () => {
    setProgress(null);
    dispatch({ type: 'importStarted' });
    try {
      dispatch({ type: 'imported', report: await store().importFile(request(false)) });
    } catch (error) {
      if (isCancelled(error)) dispatch({ type: 'importCancelled' });
      else dispatch({ type: 'importFailed', error: toAppError(error) });
    }
  };

  const template = async <T>(run: () => Promise<T>): Promise<T | null> => {
    dispatch({ type: 'busy', busy: 'template' });
    try {
      const value = await run();
      dispatch({ type: 'busy', busy: null });
      return value;
    } catch (error) {
      dispatch({ type: 'failed', error: toAppError(error) });
      return null;
    }
  };

  return {
    state,
    progress,
    setPath: (path) => dispatch({ type: 'setPath', path }),
    setFormat: (format) => dispatch({ type: 'setFormat', format }),
    preview,
    editMapping: (mapping) => dispatch({ type: 'editMapping', mapping }),
    setMatch: (match) => dispatch({ type: 'setMatch', match }),
    setGrading: (grading) => dispatch({ type: 'setGrading', grading }),
    dryRun,
    runImport,
    // The import itself answers CANCELLED, which ends the run; this only asks.
    cancel: async () => {
      await store()
        .cancelImport()
        .catch(() => false);
    },
    saveTemplate: (path) => {
      const mapping = state.mapping ? requestMapping(state.mapping) : null;
      return mapping ? template(() => store().saveMapping(path, mapping)) : Promise.resolve(null);
    },
    loadTemplate: async (path) => {
      const mapping = await template(() => store().loadMapping(path));
      if (mapping) dispatch({ type: 'editMapping', mapping: { ...state.mapping, ...mapping } });
      return mapping !== null;
    },
    next: () => dispatch({ type: 'next' }),
    back: () => dispatch({ type: 'back' }),
    goto: (step) => dispatch({ type: 'goto', step }),
  };
}
