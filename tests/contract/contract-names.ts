import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { labels, one } from './contract-helpers';

/**
 * Names found however they are typed (issue 13): what a Japanese keyboard and a foreign report
 * produce. The same table holds on every store; README "Finding names" describes it.
 */
export function nameContract(current: () => GraphStore): void {
  let store: GraphStore;
  const find = async (text: string) => labels((await store.search({ text })).hits);
  const sorted = async (text: string) => (await find(text)).sort();

  describe('search by any spelling of a name', () => {
    beforeEach(async () => {
      store = current();
      await store.createEntities([
        { type: 'Person', label: '佐藤', aliases: ['さとう'] },
        { type: 'Person', label: 'Satoh Kenji' },
        { type: 'Person', label: 'Satō Yuki' },
        { type: 'Person', label: 'さどう' },
        { type: 'Person', label: 'ﾀﾅｶ ﾀﾛｳ' },
        { type: 'Person', label: '王偉' },
        { type: 'Person', label: 'Wang Li' },
        { type: 'Person', label: 'Zhong Shan' },
        { type: 'Person', label: '김민준' },
      ]);
    });

    it('folds katakana and hiragana, half and full width', async () => {
      for (const text of ['さとう', 'サトウ', 'ｻﾄｳ']) {
        expect((await find(text))[0], text).toBe('佐藤');
        expect(await sorted(text), text).toEqual(['Satoh Kenji', 'Satō Yuki', '佐藤']);
      }
      // Voicing marks are not folded: さどう is another name.
      expect(await find('さど')).toEqual(['さどう']);
      expect(await find('たなか')).toEqual(['ﾀﾅｶ ﾀﾛｳ']);
      expect(await find('タナカ　タロウ')).toEqual(['ﾀﾅｶ ﾀﾛｳ']);
      expect(await find('ＴＡＮＡＫＡ')).toEqual(['ﾀﾅｶ ﾀﾛｳ']);
    });

    it('folds long vowels: Satō, Sato, Satou, Satoh and Satoo find one another', async () => {
      for (const text of ['sato', 'Satou', 'satoh', 'Satō', 'SATOO', 'さとー', 'サトー']) {
        expect(await sorted(text), text).toEqual(['Satoh Kenji', 'Satō Yuki', '佐藤']);
      }
      expect(await find('tanaka tarou')).toEqual(['ﾀﾅｶ ﾀﾛｳ']);
      expect(await find('taro')).toEqual(['ﾀﾅｶ ﾀﾛｳ']);
    });

    it('ranks the exact label first and a reading below the name as written', async () => {
      expect((await find('たなか たろう'))[0]).toBe('ﾀﾅｶ ﾀﾛｳ');
      // The two written "Sato"s before 佐藤, found through its kana alias.
      const sato = await find('sato');
      expect(sato.at(-1)).toBe('佐藤');
      // "Wang Li" as written, then 王偉 by its pinyin.
      expect(await find('wang')).toEqual(['Wang Li', '王偉']);
      const scores = (await store.search({ text: 'sato' })).hits.map((h) => h.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    });

    it('finds Chinese names by pinyin, with tone marks, tone numbers or none, joined or not', async () => {
      for (const text of ['wang wei', 'wangwei', 'Wáng Wěi', 'WANG WEI', 'wei', 'wang2 wei3', 'wang2wei3']) {
        expect(await find(text), text).toEqual(['王偉']);
      }
    });

    it('finds Korean names by their Revised Romanization and the surname as passports spell it', async () => {
      for (const text of ['gim min jun', 'gimminjun', 'minjun', 'jun', 'Kim Minjun', 'kim min-jun']) {
        expect(await find(text), text).toEqual(['김민준']);
      }
    });

    it('folds only what is the same name: "zhou" is not "zhong", "li" no Japanese ぃ', async () => {
      expect(await find('zhou')).toEqual([]);
      expect(await find('zhong')).toEqual(['Zhong Shan']);
      expect(await find('li')).toEqual(['Wang Li']);
    });

    it('follows renames and new aliases', async () => {
      const wang = (await store.search({ text: '王偉' })).hits[0]?.entity;
      if (!wang) throw new Error('no hit');
      await store.updateEntity(wang.id, { label: '李娜', aliases: ['リー'] });
      expect(await find('wang wei')).toEqual([]);
      expect(await find('li na')).toEqual(['李娜']);
      expect(await find('りー')).toEqual(['李娜']);
      const created = await one(store, { type: 'Person', label: 'Kim', aliases: ['최지우'] });
      expect(await find('choe')).toEqual([created.label]);
    });
  });
}
