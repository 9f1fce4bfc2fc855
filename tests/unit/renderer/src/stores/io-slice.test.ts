import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport, ImportRequest } from '../../../../../graph-schema/contract';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { defaultExportPath, withFormatExtension } from '../../../../../renderer/src/stores/io-slice';
import { entity, fakeBackend, type FakeBackend } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;
afterEach(() => restore());

describe('export paths', () => {
  it('defaults to the cases folder and the case name, with the format’s ending', () => {
    expect(defaultExportPath('/home/a/cases', 'Op Tern', 'csv')).toBe('/home/a/cases/Op Tern.csv');
    expect(defaultExportPath('/home/a/cases/', 'x/y', 'ftm')).toBe('/home/a/cases/x_y.ftm.json');
    expect(defaultExportPath('', 'Tern', 'graphml')).toBe('Tern.graphml');
  });

  it('swaps only a known ending when the format changes', () => {
    expect(withFormatExtension('/out/Tern.json', 'gexf')).toBe('/out/Tern.gexf');
    expect(withFormatExtension('/out/Tern.stix.json', 'csv')).toBe('/out/Tern.csv');
    expect(withFormatExtension('/out/v1.2 notes', 'xlsx')).toBe('/out/v1.2 notes.xlsx');
  });
});

describe('import', () => {
  let backend: FakeBackend;
  let sent: ImportRequest[];

  beforeEach(() => {
    resetAppStore();
    sent = [];
    backend = fakeBackend({
      importCase: async (request): Promise<ImportReport> => {
        sent.push(request);
        if (!request.dryRun) backend.entities.set('n1', entity('n1', 'Imported'));
        return {
          format: 'csv',
          dryRun: request.dryRun ?? false,
          rowsRead: 1,
          created: { entities: 1, links: 0 },
          merged: 0,
          rejected: [],
          rejectedTotal: 0,
        };
      },
    });
    restore = installApi(backend.api);
    useAppStore.setState({
      caseInfo: {
        name: 't',
        store: { kind: 'case-file', location: '/tmp/t.plexus', readOnly: false },
        schemaVersion: 1,
        entityCount: 0,
        linkCount: 0,
        entityCounts: {},
        linkCounts: {},
      },
    });
  });

  it('a dry run leaves the case counts alone; the import brings them up to date', async () => {
    await store().importFile({ path: 'p.csv', match: 'label', dryRun: true });
    expect(store().caseInfo?.entityCount).toBe(0);
    expect(backend.calls).not.toContain('getCaseInfo');
    await store().importFile({ path: 'p.csv', match: 'label', dryRun: false });
    expect(store().caseInfo?.entityCount).toBe(1);
    expect(sent.map((r) => r.dryRun)).toEqual([true, false]);
  });
});
