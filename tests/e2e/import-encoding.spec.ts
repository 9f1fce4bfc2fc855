import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';

/**
 * A CSV saved by an old Windows tool: windows-1252 bytes, not UTF-8. The preview says the
 * encoding was guessed (a wrong guess would change every accented name), and choosing one
 * makes it a choice, not a guess.
 */
const LATIN_CSV = iconv.encode('name,type\r\nJosé Müller,Person\r\nRenée Œuvre,Person\r\n', 'windows-1252');

test('the preview says when a file that is not UTF-8 was read in a guessed encoding', async ({
  start,
  page,
  casesDir,
}) => {
  writeFileSync(path.join(casesDir, 'latin.csv'), LATIN_CSV);
  const data = new DataDialogs(page);
  await start.createCase('Encodings');
  await data.openImport();
  await data.previewFile('latin.csv');
  const wizard = data.wizard();
  const note = wizard.getByTestId('preview-encoding-guess');
  await expect(note).toHaveText(
    'Not UTF-8: read as Windows-1252 (Western), a guess. If names look wrong, choose the encoding.',
  );
  await expect(wizard.getByRole('table', { name: 'First rows' })).toContainText('Renée Œuvre');
  await shot(page, 'security-import-encoding-guess');

  await wizard.getByLabel('Encoding').selectOption('windows-1252');
  await expect(note).toBeHidden();
  await expect(wizard.getByRole('table', { name: 'First rows' })).toContainText('José Müller');
});
