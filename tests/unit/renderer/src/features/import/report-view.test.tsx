import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../../../graph-schema/contract';
import { ReportView } from '../../../../../../renderer/src/features/import/ReportView';
import { i18n } from '../../../../../../renderer/src/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const report: ImportReport = {
  format: 'stix',
  dryRun: false,
  rowsRead: 3,
  created: { entities: 2, links: 1 },
  merged: 0,
  rejected: [],
  rejectedTotal: 0,
};

/** The report as the analyst reads it: its text, tags stripped. */
const text = (shown: ImportReport): string =>
  renderToStaticMarkup(<ReportView report={shown} path="/tmp/case.stix.json" />)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('import report', () => {
  it('counts the citations and new sources a file brought, and says nothing of them when it brought none', async () => {
    expect(text(report)).not.toContain('Citations');
    const cited = { ...report, evidence: { sources: 1, citations: 4 } };
    expect(text(cited)).toContain('Citations added 4 New sources 1');
    expect(text({ ...cited, dryRun: true })).toContain('Citations to add 4 New sources to add 1');
    await i18n.changeLanguage('ja');
    expect(text(cited)).toContain('追加した引用 4 新しい資料 1');
  });
});
