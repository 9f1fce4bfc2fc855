import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectedItem } from '../../../../../graph-schema/contract/io';
import { prepareEntity } from '../../../../../graph-schema/model';
import { i18n, setLanguage } from '../../../../../renderer/src/i18n';
import { errorDetails, failureLine, rejectedWhy } from '../../../../../renderer/src/i18n/errors';
import { ENTITY_BODY } from '../../../../../graph-schema/migrations/bodies';
import { readStoredBody } from '../../../../../graph-schema/model/stored-body';
import { ServerJournal } from '../../../../../electron/services/store/neo4j/journal';
import { fieldErrors, toAppError } from '../../../../../renderer/src/stores/app-error';
import { useAppStore } from '../../../../../renderer/src/stores/app-store';
import {
  eachTestFixture,
  entity,
  importRecords,
  link,
  schema,
} from '../../../electron/services/io/engine/engine-fixtures';

/**
 * Why an import or a form refused a value, in the UI's language: the backend sends codes with
 * their values, the catalogue words them. Read through a real import into a real store.
 */
const f = eachTestFixture();
beforeEach(() => {
  useAppStore.setState({ schemaIndex: schema });
});
afterEach(async () => {
  await i18n.changeLanguage('en');
});

async function rejectedRows() {
  const report = await importRecords(
    f,
    [
      entity(2, 'ann', { type: 'Person', label: 'Ann', validTo: 'soon' }),
      entity(3, 'id1', { type: 'Identifier', label: '+81 3 1234 5678' }),
      entity(4, 'bob', { type: 'Person', label: 'Bob' }),
      link(5, 'bob', 'bob', { type: 'COMMUNICATED_WITH', props: { count: -2 } }),
      link(6, 'bob', 'ghost', { type: 'ASSOCIATE_OF' }),
      link(7, 'bob', 'ann', { type: 'ASSOCIATE_OF' }),
    ],
    { match: 'never' },
  );
  return report.rejected;
}

describe('an import’s rejected rows', () => {
  it('read in Japanese: each reason worded from its code, fields and types by their Japanese labels', async () => {
    const rejected = await rejectedRows();
    await setLanguage('ja');
    expect(rejected.map((r) => [r.place.line, rejectedWhy(r)])).toEqual([
      [2, '有効期間（終了）：日付を YYYY、YYYY-MM、YYYY-MM-DD のいずれかの形式で指定してください'],
      [3, '種別：種類「識別子」では必須です'],
      [5, '接触回数：0 以上で指定してください'],
      [6, '終点：キー「ghost」のエンティティがファイルにも事件ファイルにもありません'],
      [7, '終点：エンティティ「ann」は取り込まれませんでした（2 行目）'],
    ]);
    for (const [, why] of rejected.map((r) => [r, rejectedWhy(r)] as const))
      expect(why).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
  });

  it('read in English: the importer’s own sentence, unchanged', async () => {
    const rejected = await rejectedRows();
    expect(rejected.map(rejectedWhy)).toEqual(rejected.map((r) => r.message));
    expect(rejectedWhy(rejected[2]!)).toBe('Number of contacts must be at least 0 (got -2)');
  });
});

describe('a form’s validation error', () => {
  function refused(input: unknown) {
    try {
      prepareEntity(schema, input);
    } catch (error) {
      return toAppError(error);
    }
    throw new Error('accepted');
  }

  it('names each field’s problem in Japanese under the field, and in the detail lines', async () => {
    await setLanguage('ja');
    // The values a file or a form must hold are listed as stored (what a CSV cell may say).
    expect(fieldErrors(refused({ type: 'Person', label: 'Ann', confidence: 'sure' }))).toEqual({
      confidence: '次のいずれかを指定してください：confirmed, probable, possible, doubtful',
    });
    const empty = refused({ type: 'Person', label: ' ' });
    expect(fieldErrors(empty)).toEqual({ label: '空にはできません' });
    expect(errorDetails(empty)).toEqual(['項目 label：空にはできません']);
  });

  it('keeps the backend’s English in English', () => {
    const error = refused({ type: 'Person', label: 'Ann', validFrom: '2020', validTo: '2019' });
    expect(fieldErrors(error)).toEqual({ validTo: '2019 is before validFrom 2020' });
  });
});

describe('a graph or intelligence file’s rejected elements', () => {
  const place = { file: 'chart.anx', line: 9 };
  const items: RejectedItem[] = [
    {
      place: { ...place, field: 'End2Id' },
      message: 'chart.anx: line 9, element ChartItem "broken": field End2Id: a link needs End2Id',
      reasons: [{ code: 'fieldMissing', params: { field: 'End2Id' } }],
    },
    {
      place: { ...place, field: 'ChartItem' },
      message: 'chart.anx: line 9, element ChartItem: field ChartItem: neither an entity (End) nor a link',
      reasons: [{ code: 'notEntityOrLink' }],
    },
    {
      place: { file: 'o.ftm.json', line: 4, field: 'schema' },
      message: 'o.ftm.json: line 4: Ownership o2: no link type joins Company c1 to Person p1',
      reasons: [{ code: 'noLinkTypeJoins', params: { source: 'Company', target: 'Person' } }],
    },
  ];

  it('read in Japanese, the file’s own field names kept and entity types by their Japanese labels', async () => {
    await setLanguage('ja');
    expect(items.map(rejectedWhy)).toEqual([
      'ファイルに End2Id の指定がありません',
      'エンティティでもリンクでもないため、取り込みません',
      '企業 から 人物 へ結べるリンクの種類がありません',
    ]);
  });

  it('read in English: the reader’s own sentence', () => {
    expect(items.map(rejectedWhy)).toEqual(items.map((r) => r.message));
  });
});

describe('a stored record a read refused', () => {
  // The store's own refusal of a hand-edited body (graph-schema/model/stored-body.ts).
  const refused = () => {
    try {
      readStoredBody(ENTITY_BODY, 'p-12', 1, JSON.stringify({ ...stored, confidence: 'high' }));
    } catch (error) {
      return toAppError(error);
    }
    throw new Error('the body was read');
  };
  const stored = {
    id: 'p-12',
    type: 'Person',
    label: 'Ann',
    aliases: [],
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'a',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'a',
  };

  it('names the record and its field in a Japanese toast', async () => {
    await setLanguage('ja');
    expect(failureLine('検索', refused())).toBe(
      '検索に失敗しました：保存されているエンティティ（p-12）の項目「確度」が破損しているか、Plexus の外で変更されています。',
    );
  });

  it('keeps the store’s own English line, value included', () => {
    expect(failureLine('Search', refused())).toMatch(
      /^Search failed: entity p-12: field confidence: expected one of .*, got "high" — the stored record is damaged/,
    );
  });
});

describe('a server history a write would not continue', () => {
  // The server's refusal as its journal makes it: the chain no longer holds what this computer saw.
  const refused = async () => {
    const head = 'ab'.repeat(32);
    const run = () =>
      Promise.resolve([
        { seq: 3, entries: 3, items: 3, head, lastHash: head, beyond: false, seenHash: 'cd'.repeat(32) },
      ]);
    const context = { osUser: 'ann', at: '2026-12-06T00:00:00.000Z', op: 'edit' as const };
    try {
      await ServerJournal.begin(run, context, 'Neo4j bolt://10.0.0.5:7687 · neo4j', {
        seq: 5,
        hash: 'ef'.repeat(32),
      });
    } catch (error) {
      return toAppError(error);
    }
    throw new Error('the write went on');
  };

  it('says so in a Japanese toast, not that a case file is damaged', async () => {
    await setLanguage('ja');
    const line = failureLine('保存', await refused());
    expect(line).toMatch(
      /^保存に失敗しました：サーバー上の変更履歴に、.*履歴 5 が.*「今すぐ検証」.*plexus audit accept/,
    );
    expect(line).not.toContain('事件ファイル');
  });

  it('keeps the store’s own English line, with the way out', async () => {
    expect(failureLine('Save', await refused())).toMatch(
      /^Save failed: .*no longer holds entry 5 .*plexus audit accept --case/,
    );
  });
});
