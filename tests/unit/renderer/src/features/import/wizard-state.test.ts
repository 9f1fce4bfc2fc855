import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../../../../graph-schema/contract';
import {
  initialWizard,
  mappingAfterPreview,
  readMapping,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from '../../../../../../renderer/src/features/import/wizard-state';
import { schema } from './schema-fixture';

const table: ImportPreview = {
  format: 'csv',
  sheets: [],
  columns: ['name', 'employer'],
  rows: [['Wang Wei', 'Acme']],
  values: [],
  scannedRows: 1,
  formulaCells: 0,
  counts: null,
  suggested: {
    shape: 'entities',
    header: true,
    entity: { type: { fixed: 'Person' }, label: 'name', fields: {} },
  },
};
const report = (dryRun: boolean): ImportReport => ({
  format: 'csv',
  dryRun,
  rowsRead: 1,
  created: { entities: 2, links: 1 },
  merged: 0,
  rejected: [],
  rejectedTotal: 0,
});
const run = (...actions: WizardAction[]): WizardState => actions.reduce(wizardReducer, initialWizard);

describe('import wizard state', () => {
  it('walks a table through every step to the summary', () => {
    let s = run({ type: 'setPath', path: 'people.csv' }, { type: 'busy', busy: 'preview' });
    s = wizardReducer(s, { type: 'previewed', preview: table, sent: null, schema });
    expect(s.step).toBe('preview');
    expect(s.mapping).toEqual(table.suggested);
    s = wizardReducer(wizardReducer(s, { type: 'next' }), { type: 'next' });
    expect(s.step).toBe('match');
    s = wizardReducer(s, { type: 'dryRunDone', report: report(true) });
    expect(s.step).toBe('dryRun');
    s = wizardReducer(s, { type: 'importStarted' });
    expect(s).toMatchObject({ step: 'import', busy: 'import' });
    s = wizardReducer(s, { type: 'imported', report: report(false) });
    expect(s).toMatchObject({ step: 'summary', busy: null, outcome: 'imported' });
  });

  it('skips the mapping for a graph file and keeps no mapping', () => {
    const gexf: ImportPreview = {
      ...table,
      format: 'gexf',
      columns: [],
      rows: [],
      suggested: null,
      counts: { entities: 3, links: 2 },
    };
    const s = wizardReducer(
      run({ type: 'setPath', path: 'g.gexf' }, { type: 'previewed', preview: gexf, sent: null, schema }),
      {
        type: 'next',
      },
    );
    expect(s.step).toBe('match');
    expect(s.mapping).toBeNull();
  });

  it('a cancelled import ends calmly at the summary; back goes to matching with the dry run stale', () => {
    let s = run(
      { type: 'setPath', path: 'people.csv' },
      { type: 'previewed', preview: table, sent: null, schema },
      { type: 'dryRunDone', report: report(true) },
      { type: 'importStarted' },
      { type: 'importCancelled' },
    );
    expect(s).toMatchObject({ step: 'summary', outcome: 'cancelled', report: null, error: null });
    s = wizardReducer(s, { type: 'back' });
    expect(s).toMatchObject({ step: 'match', dryRun: null, outcome: null });
  });

  it('an edit of the mapping or the match rule makes the dry run stale', () => {
    const done = run(
      { type: 'previewed', preview: table, sent: null, schema },
      { type: 'dryRunDone', report: report(true) },
    );
    expect(wizardReducer(done, { type: 'setMatch', match: 'never' }).dryRun).toBeNull();
    expect(wizardReducer(done, { type: 'editMapping', mapping: { shape: 'matrix' } }).dryRun).toBeNull();
    expect(wizardReducer(done, { type: 'setPath', path: 'other.csv' })).toMatchObject({
      step: 'file',
      preview: null,
    });
  });

  it('keeps the analyst’s mapping across a read-option change that leaves the columns alone', () => {
    const mine = {
      shape: 'links' as const,
      sourceKey: 'name',
      targetKey: 'employer',
      link: { type: { fixed: 'EMPLOYED_BY' } },
    };
    const kept = mappingAfterPreview(
      table,
      mine,
      { shape: 'links', encoding: 'windows-1252' },
      table.columns,
      schema,
    );
    expect(kept).toMatchObject({ ...mine, encoding: 'windows-1252' });
    // Back to "detect": the override goes, it is not carried over from before.
    expect(mappingAfterPreview(table, kept, { shape: 'links' }, table.columns, schema)).not.toHaveProperty(
      'encoding',
    );
    const headerless = { ...table, columns: ['Column 1', 'Column 2'], suggested: null };
    const fresh = mappingAfterPreview(
      headerless,
      mine,
      { shape: 'links', header: false },
      table.columns,
      schema,
    );
    expect(fresh).toMatchObject({ shape: 'entities', header: false, entity: { label: 'Column 1' } });
  });

  it('a fresh suggestion with a link type column comes with its words pre-filled', () => {
    const links: ImportPreview = {
      ...table,
      columns: ['from', 'to', 'tie'],
      rows: [['Wang Wei', 'Acme', 'Ownership']],
      values: [['Wang Wei'], ['Acme'], ['Ownership', 'Friend of']],
      suggested: {
        shape: 'links',
        header: true,
        sourceKey: 'from',
        targetKey: 'to',
        link: { type: { column: 'tie' }, fields: {} },
      },
    };
    const mapping = mappingAfterPreview(links, null, null, null, schema);
    expect(mapping?.link?.type).toEqual({ column: 'tie', values: { Ownership: 'OWNS' } });
  });

  it('a re-preview sends the shape and the read options only, none empty', () => {
    expect(
      readMapping({ shape: 'links', header: false, delimiter: '', sheet: 'Ties', sourceKey: 'a' }),
    ).toEqual({
      shape: 'links',
      header: false,
      sheet: 'Ties',
    });
  });
});
