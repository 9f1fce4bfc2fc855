import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import type { Words } from '../words';
import type { StartPage } from './start-page';

/**
 * Eight associates; every link graded B2 but Doi–Hara, graded D4 (the graph of the contract
 * tests, tests/contract/contract-paths.ts). The three shortest paths from Aoki to Hara are
 * Aoki–Baba–Doi–Hara, Aoki–Chiba–Doi–Hara (both through the D4 link) and Aoki–Chiba–Goto–Hara.
 */
const PEOPLE: Record<string, string> = {
  a: 'Aoki Akira',
  b: 'Baba Bunta',
  c: 'Chiba Chie',
  d: 'Doi Daisuke',
  e: 'Endo Emi',
  f: 'Fujita Fumio',
  g: 'Goto Gen',
  h: 'Hara Haruka',
};
const EDGES = ['ab', 'ac', 'bd', 'cd', 'dh', 'be', 'ef', 'fh', 'cg', 'gh', 'eg'];

async function makePathsCase(path: string): Promise<void> {
  const store = await createCaseFile(path, { actor: 'e2e', schema: new SchemaIndex(loadSchema()) });
  try {
    await store.createEntities(Object.entries(PEOPLE).map(([id, label]) => ({ id, type: 'Person', label })));
    await store.createLinks(
      EDGES.map((pair) => ({
        type: 'ASSOCIATE_OF',
        source: pair[0] ?? '',
        target: pair[1] ?? '',
        confidence: 'confirmed',
        ...(pair === 'dh' ? { reliability: 'D', credibility: '4' } : { reliability: 'B', credibility: '2' }),
      })),
    );
  } finally {
    await store.close();
  }
}

/** Writes the paths case into this test's cases folder and opens it from the start screen. */
export async function openPathsCase(start: StartPage, casesDir: string): Promise<void> {
  await makePathsCase(join(casesDir, 'Paths.plexus'));
  await start.openByPath('Paths');
  await start.waitForCase();
}

/**
 * From the entity in the inspector (Aoki), opens Find path to Hara and asks for the 3 shortest,
 * graded `grade` or better when given: the dialog, filled, for runFindPath.
 */
export async function askThreeToHara(
  page: Page,
  t: Words,
  grade?: { reliability: string; credibility: string },
): Promise<Locator> {
  await page
    .getByRole('complementary', { name: t('inspector:label') })
    .getByRole('button', { name: t('inspector:path') })
    .click();
  const dialog = page.getByRole('dialog', { name: t('dialogs:path.title') });
  await dialog.getByRole('combobox', { name: t('dialogs:path.target') }).fill('Hara');
  await dialog.getByRole('option', { name: /Hara Haruka/ }).click();
  await dialog.getByLabel(t('paths:mode')).selectOption('kShortest');
  await dialog.getByLabel(t('paths:k')).fill('3');
  if (grade) {
    await dialog.getByText(t('paths:filters')).click();
    const [reliability, credibility] = await dialog.getByLabel(t('analysis:options.grade')).all();
    await reliability?.selectOption(grade.reliability);
    await credibility?.selectOption(grade.credibility);
  }
  return dialog;
}

/** Runs a filled Find path dialog: it closes, and the path panel it opened is returned. */
export async function runFindPath(page: Page, t: Words, dialog: Locator): Promise<Locator> {
  await dialog.getByRole('button', { name: t('dialogs:path.find') }).click();
  await expect(dialog).toBeHidden();
  return page.getByRole('region', { name: t('chart:path.region') });
}
