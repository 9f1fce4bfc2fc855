/**
 * Names found however they are typed (issue 13). entity_search gains a fourth column,
 * `readings`: the romaji, pinyin and hangul romanization of labels and aliases, and the
 * written columns now hold folded words (full/half width, katakana as hiragana). An FTS5
 * table cannot gain a column, so it is made anew; label_key changes with the folding too.
 * Both are refilled by code (the readings come from libraries, not SQL): the migration is
 * marked reindexSearch and the store recomputes every entity's row in the same transaction.
 */
export const nameReadingsSql = `
DROP TABLE entity_search;
CREATE VIRTUAL TABLE entity_search USING fts5(
  label, aliases, props, readings,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`;
