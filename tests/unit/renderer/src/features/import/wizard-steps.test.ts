import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../../graph-schema/contract';
import {
  canJumpTo,
  nextStep,
  previousStep,
  primaryAction,
  stepsFor,
} from '../../../../../../renderer/src/features/import/wizard-steps';

const preview = (format: ImportPreview['format']): ImportPreview => ({
  format,
  values: [],
  scannedRows: 0,
  formulaCells: 0,
  sheets: [],
  columns: [],
  rows: [],
  counts: null,
  suggested: null,
});

describe('wizard steps', () => {
  it('goes through the mapping step for tables and skips it for graph files', () => {
    expect(stepsFor(preview('csv'))).toContain('mapping');
    expect(stepsFor(preview('xlsx'))).toContain('mapping');
    expect(stepsFor(preview('graphml'))).not.toContain('mapping');
    expect(nextStep('preview', preview('csv'))).toBe('mapping');
    expect(nextStep('preview', preview('stix'))).toBe('match');
    expect(previousStep('match', preview('stix'))).toBe('preview');
    expect(previousStep('match', preview('tsv'))).toBe('mapping');
  });

  it('never leaves a running import, and goes back from the summary to matching', () => {
    expect(previousStep('import', preview('csv'))).toBe('import');
    expect(previousStep('summary', preview('csv'))).toBe('match');
    expect(previousStep('file', null)).toBe('file');
    expect(nextStep('summary', preview('csv'))).toBe('summary');
  });

  it('jumps back only to steps already passed, and not once the import has run', () => {
    const csv = preview('csv');
    expect(canJumpTo('file', 'match', csv)).toBe(true);
    expect(canJumpTo('dryRun', 'match', csv)).toBe(false);
    expect(canJumpTo('match', 'match', csv)).toBe(false);
    expect(canJumpTo('mapping', 'match', preview('gexf'))).toBe(false);
    expect(canJumpTo('file', 'summary', csv)).toBe(false);
  });

  it('names the action the main button takes', () => {
    expect(primaryAction('file')).toBe('Preview');
    expect(primaryAction('match')).toBe('Dry run');
    expect(primaryAction('dryRun')).toBe('Import');
  });
});
