import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataDialogs } from './pages/import-wizard';
import { expect, shot, test } from './fixtures';

/**
 * A STIX bundle whose objects cite sources: the wizard's dry run and report count the citations
 * and new sources besides the records (/tmp/plexus-shots/citein-import-evidence[-ja].png).
 */
const BUNDLE = {
  type: 'bundle',
  id: 'bundle--e2e',
  objects: [
    {
      type: 'threat-actor',
      spec_version: '2.1',
      id: 'threat-actor--1',
      name: 'Actor K',
      external_references: [
        {
          source_name: 'Ledger',
          external_id: 'src-1',
          description: 'Admiralty B2; origin Seized laptop; p. 4',
        },
        { source_name: 'mitre-attack', external_id: 'G0001', url: 'https://attack.mitre.org/groups/G0001' },
      ],
    },
    { type: 'malware', spec_version: '2.1', id: 'malware--1', name: 'Loader Y', is_family: true },
  ],
};

test('the import report counts the citations and new sources a STIX file brought', async ({
  start,
  page,
  casesDir,
  t,
  locale,
}) => {
  const suffix = locale?.startsWith('ja') ? '-ja' : '';
  writeFileSync(path.join(casesDir, 'cited.stix.json'), JSON.stringify(BUNDLE), 'utf8');
  const data = new DataDialogs(page, t);
  await start.createCase('Cited');
  await data.openImport();
  await data.previewFile('cited.stix.json');
  await data.press('next');
  await expect(data.currentStep()).toContainText(t('import:step.match'));
  await data.press('dryRun');
  const wizard = data.wizard();
  await expect(wizard.getByTestId('dry-run-citations')).toHaveText('2');
  await expect(wizard.getByTestId('dry-run-sources')).toHaveText('2');
  await data.press('import');
  await expect(data.count('imported', 'entities')).toHaveText('2');
  await expect(wizard.getByTestId('imported-citations')).toHaveText('2');
  await expect(wizard.getByTestId('imported-sources')).toHaveText('2');
  await expect(wizard.getByLabel(t('importEvidence:label'))).toContainText(t('importEvidence:citations'));
  await shot(page, `citein-import-evidence${suffix}`);
});
