import type { Schema } from './schema';
import { wordIn, type PropertyDefinition, type SchemaLanguage } from './type-definition';

/**
 * The schema as an analyst reads it in a language: every label, plural and description in that
 * language's words (English where a type file has none). Names and option values, which are what
 * is stored, never change. For showing and printing only (the UI, an export's legend); imports
 * and stores read the schema itself.
 */
export function schemaInLanguage(schema: Schema, language: SchemaLanguage): Schema {
  if (language === 'en') return schema;
  let byLanguage = cache.get(schema);
  if (!byLanguage) cache.set(schema, (byLanguage = new Map()));
  const known = byLanguage.get(language);
  if (known) return known;
  const property = (p: PropertyDefinition): PropertyDefinition => ({
    ...p,
    label: wordIn(p.label, p.labels, language),
    ...(p.description === undefined ? {} : { description: wordIn(p.description, p.descriptions, language) }),
  });
  const described = <T extends { description?: string; descriptions?: { ja?: string } }>(t: T) =>
    t.description === undefined ? {} : { description: wordIn(t.description, t.descriptions, language) };
  const translated: Schema = {
    entityTypes: schema.entityTypes.map((t) => ({
      ...t,
      label: wordIn(t.label, t.labels, language),
      // A language without plurals reads its label.
      plural: t.pluralLabels?.[language] ?? t.labels?.[language] ?? t.plural,
      ...described(t),
      properties: t.properties.map(property),
    })),
    linkTypes: schema.linkTypes.map((t) => ({
      ...t,
      label: wordIn(t.label, t.labels, language),
      ...described(t),
      properties: t.properties.map(property),
    })),
  };
  byLanguage.set(language, translated);
  return translated;
}

const cache = new WeakMap<Schema, Map<SchemaLanguage, Schema>>();
