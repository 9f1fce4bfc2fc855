import type { SchemaLanguage } from '../model/type-definition';
import type { LineDash } from './scene';

/**
 * Every word an exported chart prints beside the schema's own (type labels, field labels,
 * option labels come from the type files): page numbers, tile labels, the legend's words,
 * a rule's condition, counted links. One table per language, as data: the export dialog's
 * language picks the table (ExportHeader.language, SceneInput.language), and `say` fills a
 * template's {names}. graph-schema holds them because the PDF is drawn in Node, where the
 * renderer's catalogue is not.
 */
export interface ExportWords {
  /** The footer of each sheet: {n}, {total}. */
  pageOf: string;
  /** Where a tiled sheet sits: {row}, {column}, {rows}, {columns}. */
  tile: string;
  /** A collapsed group without a title. */
  group: string;
  /** A collapsed group's count: {title}, {n}. */
  groupCount: string;
  /** Links drawn as one line (merged parallel links, links into a collapsed group): {n}. */
  links: { one: string; other: string };
  /** The list of labels too long to print where they are. */
  labelsInFull: string;
  /** A long label the chart had no room to number: {text}, {where}. */
  unmarked: string;
  /** What an unmarked label belongs to, when no link ends name it. */
  kind: { node: string; link: string };
  legend: string;
  dashes: Record<LineDash, string>;
  /** Colour-by entry {field}, {value}; size and width scales {field}, {range}. */
  colorBy: string;
  sizeBy: string;
  widthBy: string;
  merged: string;
  noValue: string;
  /** {n} */
  otherValues: string;
  /** {min}, {max} */
  range: string;
  /** A style rule's condition when it has no label: {field}, {value}. */
  condition: { exists: string; is: string; isNot: string; atLeast: string; atMost: string };
  /** A condition's list of values: items joined by `separator`, the last by `or` ({list}, {last}). */
  list: { separator: string; or: string };
  /** Under the chart when a grade filter hid items from it: {grade}, {n}. */
  gradeFilter: string;
}

export const EXPORT_WORDS: Readonly<Record<SchemaLanguage, ExportWords>> = {
  en: {
    pageOf: 'Page {n} of {total}',
    tile: 'row {row} / col {column} of {rows} × {columns}',
    group: 'Group',
    groupCount: '{title} ({n})',
    links: { one: '1 link', other: '{n} links' },
    labelsInFull: 'Labels in full',
    unmarked: '– {text} ({where}; not marked: no room)',
    kind: { node: 'node', link: 'link' },
    legend: 'Legend',
    dashes: { solid: 'Confirmed link', dashed: 'Probable link', dotted: 'Possible or doubtful link' },
    colorBy: '{field}: {value}',
    sizeBy: 'Size by {field}: {range}',
    widthBy: 'Width by {field}: {range}',
    merged: 'Parallel links merged (count shown)',
    noValue: 'no value',
    otherValues: '{n} other values',
    range: '{min} to {max}',
    condition: {
      exists: '{field} is set',
      is: '{field} is {value}',
      isNot: '{field} is not {value}',
      atLeast: '{field} at least {value}',
      atMost: '{field} at most {value}',
    },
    list: { separator: ', ', or: '{list} or {last}' },
    gradeFilter: 'Grade filter on: only items graded {grade} or better are shown ({n} hidden)',
  },
  ja: {
    pageOf: 'ページ {n} / {total}',
    tile: '{row} 行目・{column} 列目（{rows} × {columns}）',
    group: 'グループ',
    groupCount: '{title}（{n}）',
    links: { one: 'リンク {n} 件', other: 'リンク {n} 件' },
    labelsInFull: 'ラベルの全文',
    unmarked: '– {text}（{where}。余白がないため番号なし）',
    kind: { node: 'エンティティ', link: 'リンク' },
    legend: '凡例',
    dashes: { solid: '確認済みのリンク', dashed: '可能性が高いリンク', dotted: '可能性あり・疑わしいリンク' },
    colorBy: '{field}：{value}',
    sizeBy: '大きさ：{field}（{range}）',
    widthBy: '線の太さ：{field}（{range}）',
    merged: '並行するリンクを統合（本数を表示）',
    noValue: '値なし',
    otherValues: 'その他の値 {n} 件',
    range: '{min}〜{max}',
    condition: {
      exists: '{field}：値あり',
      is: '{field}：{value}',
      isNot: '{field}：{value} 以外',
      atLeast: '{field}：{value} 以上',
      atMost: '{field}：{value} 以下',
    },
    list: { separator: '、', or: '{list} または {last}' },
    gradeFilter: '評価で絞り込み中：{grade} 以上の項目のみ表示（非表示 {n} 件）',
  },
};

/** The table for a language (English when none is given). */
export function exportWords(language: SchemaLanguage = 'en'): ExportWords {
  return EXPORT_WORDS[language];
}

/** A template with its {names} filled; a name not given stays as written, so a gap shows. */
export function say(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "1 link" / "3 links" / 「リンク 3 件」. */
export function linkCount(words: ExportWords, n: number): string {
  return say(n === 1 ? words.links.one : words.links.other, { n });
}
