import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry, HistoryProblem } from '../../../../../../graph-schema/contract/history';
import { SchemaIndex } from '../../../../../../graph-schema/model';
import { changesText, problemText } from '../../../../../../renderer/src/features/history/history-words';
import { i18n } from '../../../../../../renderer/src/i18n';
import { useAppStore } from '../../../../../../renderer/src/stores/app-store';
import { builtinSchema } from '../../chart/chart-fixtures';

const edit: HistoryEntry = {
  seq: 7,
  at: '2026-12-06T01:00:00Z',
  osUser: 'tanaka',
  op: 'update',
  kind: 'entity',
  item: 'p1',
  label: '王偉',
  action: 'changed',
  changes: {
    confidence: { before: 'probable', after: 'confirmed' },
    reliability: { before: 'C', after: 'B' },
    'props.gender': { before: null, after: 'female' },
    notes: { before: '', after: '新宿で目撃' },
  },
  hash: 'ab',
};

const problems: HistoryProblem[] = [
  {
    kind: 'item-differs',
    code: 'item-differs',
    values: { itemKind: 'entity', item: 'p2', seq: 2 },
    seq: 2,
    item: 'p2',
    message: 'entity p2: the stored record differs from what history entry 2 wrote (changed outside Plexus)',
  },
  {
    kind: 'entry-missing',
    code: 'entries-missing',
    values: { seq: 4, to: 6 },
    seq: 4,
    message: 'entries 4 to 6: missing (deleted outside Plexus)',
  },
];

beforeAll(() => {
  useAppStore.setState({ schemaIndex: new SchemaIndex(builtinSchema()) });
});
afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the history lists in the UI’s language', () => {
  it('name fields and grading values in Japanese, stored text as it is', async () => {
    await i18n.changeLanguage('ja');
    expect(changesText(edit, 'Person')).toBe(
      '確度: 可能性が高い → 確認済み、情報源の信頼性: C かなり信頼できる → B 通常は信頼できる、性別: — → 女性、備考: — → 新宿で目撃',
    );
  });

  it('say what verify found in Japanese, with no English but ids', async () => {
    await i18n.changeLanguage('ja');
    const shown = problems.map(problemText);
    expect(shown).toEqual([
      'エンティティ p2: 保存されている記録が履歴 2 の内容と異なります（Plexus の外で変更されています）。',
      '履歴 4〜6 がありません（Plexus の外で削除されています）。',
    ]);
    expect(shown.join(' ').replace(/Plexus|p2/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('keep the English words in English', () => {
    expect(changesText(edit, 'Person')).toContain(
      'Confidence: probable → confirmed; Reliability: C Fairly reliable',
    );
    expect(problemText(problems[1]!)).toBe('Entries 4 to 6 are missing (deleted outside Plexus).');
  });
});
