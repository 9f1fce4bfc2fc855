import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { loadSchema } from '../../electron/services/schema/load-types';
import { SchemaIndex, schemaInLanguage } from '../../graph-schema/model';

/**
 * The UI's own words for the e2e suite: the renderer's catalogues (renderer/src/i18n/locales),
 * read with i18next as the app reads them, so a page object finds "New entity" or 新規エンティティ
 * by the same key in whichever language the test's browser speaks. Names typed by the test
 * (search text, labels it creates) and the schema's type names stay literal.
 */
const LOCALES = path.resolve(import.meta.dirname, '../../renderer/src/i18n/locales');

export type Words = TFunction;

const cache = new Map<string, Words>();

/** The words for a browser locale ("ja-JP" → Japanese; anything else English, as the app decides). */
export function wordsFor(locale: string | undefined): Words {
  const language = locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const known = cache.get(language);
  if (known) return known;
  const resources: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(path.join(LOCALES, language))) {
    if (!file.endsWith('.json')) continue;
    resources[file.slice(0, -'.json'.length)] = JSON.parse(
      readFileSync(path.join(LOCALES, language, file), 'utf8'),
    ) as Record<string, unknown>;
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: resources },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const t = instance.t.bind(instance) as Words;
  cache.set(language, t);
  languages.set(t, language);
  return t;
}

const languages = new Map<Words, 'en' | 'ja'>();
let schemas: Record<'en' | 'ja', SchemaIndex> | undefined;

/**
 * A schema type's name as the UI shows it in the words' language: "Person" / 人物,
 * "EMPLOYED_BY" / 雇用 (the type files' labels, as the app reads them).
 */
export function typeLabel(t: Words, name: string): string {
  const schema = loadSchema();
  schemas ??= { en: new SchemaIndex(schema), ja: new SchemaIndex(schemaInLanguage(schema, 'ja')) };
  const index = schemas[languages.get(t) ?? 'en'];
  const type = index.entityType(name) ?? index.linkType(name);
  return type?.label ?? name;
}

/** English, for page objects built without a locale. */
export const ENGLISH = wordsFor('en');

/** A number the status bar or a message shows: a given one, or any (a pattern) when null. */
type Count = number | null;
const ANY = '\u0000';

/** Escapes a catalogue sentence for a RegExp, with ANY standing for any number. */
function pattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(ANY, '[\\d,]+');
  return new RegExp(`^${escaped}$`);
}

/** "Chart: 12 entities · 14 links · 1 note" / 「チャート：エンティティ 12 件・リンク 14 件・注記 1 件」. */
export function chartCounts(t: Words, counts: { entities: Count; links: Count; notes?: number }): RegExp {
  const part = (key: string, n: Count) =>
    t(`main:status.${key}`, { count: n ?? 2, formatted: n === null ? ANY : String(n) });
  const parts = [part('entities', counts.entities), part('links', counts.links)];
  if (counts.notes) parts.push(part('notes', counts.notes));
  return pattern(t('main:status.chart', { counts: parts.join(t('main:status.separator')) }));
}

/** A catalogue sentence as a pattern, numbers given as null standing for any number. */
export function sentence(t: Words, key: string, values: Record<string, Count | string>): RegExp {
  const filled = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? ANY : v]));
  const count = typeof values.count === 'number' ? values.count : 2;
  return pattern(t(key, { ...filled, count }));
}
