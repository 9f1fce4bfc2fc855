import { TABULAR_FORMATS, type DataFormatName, type ImportPreview } from '../../../../graph-schema/contract';
import { i18n } from '../../i18n';

/** The wizard's steps in order; a file that needs no column mapping skips 'mapping'. */
export const STEPS = ['file', 'preview', 'mapping', 'match', 'dryRun', 'import', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** The step's name in the step list, in the current language. */
export function stepTitle(step: Step): string {
  return i18n.t(`import:step.${step}`);
}

export function isTabular(format: DataFormatName | null | undefined): boolean {
  return format !== null && format !== undefined && TABULAR_FORMATS.includes(format);
}

/** The steps this file goes through: the mapping step only for spreadsheets and CSV. */
export function stepsFor(preview: ImportPreview | null): Step[] {
  if (preview && !isTabular(preview.format)) return STEPS.filter((s) => s !== 'mapping');
  return [...STEPS];
}

export function nextStep(step: Step, preview: ImportPreview | null): Step {
  const steps = stepsFor(preview);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)] ?? step;
}

/**
 * Back from a step. Once an import has run there is no way back (the case has changed or, when
 * cancelled, the analyst starts again from the dry run); the running step cannot be left.
 */
export function previousStep(step: Step, preview: ImportPreview | null): Step {
  if (step === 'import') return step;
  if (step === 'summary') return 'match';
  const steps = stepsFor(preview);
  return steps[Math.max(steps.indexOf(step) - 1, 0)] ?? step;
}

/** Steps the analyst may jump back to from the step list: those already passed, before the import. */
export function canJumpTo(target: Step, current: Step, preview: ImportPreview | null): boolean {
  const steps = stepsFor(preview);
  const at = steps.indexOf(current);
  const to = steps.indexOf(target);
  if (to < 0 || current === 'import' || current === 'summary') return false;
  return to < at;
}

/** What the primary button says on each step: it names the action it takes. */
export function primaryAction(step: Step): string {
  switch (step) {
    case 'file':
      return i18n.t('import:action.preview');
    case 'match':
      return i18n.t('import:action.dryRun');
    case 'dryRun':
      return i18n.t('import:action.import');
    case 'import':
      return i18n.t('import:action.importing');
    case 'summary':
      return i18n.t('import:action.done');
    default:
      return i18n.t('import:action.next');
  }
}
