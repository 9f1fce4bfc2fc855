import { z } from 'zod';

/**
 * Entity and link types are data: one JSON file per type under graph-schema/types,
 * so an organization can add a type without touching code. These schemas validate
 * those files.
 */

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * The languages Plexus speaks. A type file's `label`, `plural`, `description` and option values
 * are English; other languages' words sit beside them as data (`"labels": {"ja": "人物"}`), so an
 * organization translates its own types without touching code. English is the fallback.
 */
export const SCHEMA_LANGUAGES = ['en', 'ja'] as const;
export type SchemaLanguage = (typeof SCHEMA_LANGUAGES)[number];

/** Words in the languages other than English; a key that is not a language (a typo: "jp") is refused. */
export const LocalizedWords = z.strictObject({ ja: z.string().min(1).optional() });
export type LocalizedWords = z.infer<typeof LocalizedWords>;

/** The word in `language`, else the English one. */
export function wordIn(english: string, words: LocalizedWords | undefined, language: SchemaLanguage): string {
  return language === 'en' ? english : (words?.[language] ?? english);
}

export const PROPERTY_KINDS = ['string', 'text', 'number', 'date', 'enum', 'boolean'] as const;
export const PropertyKind = z.enum(PROPERTY_KINDS);
export type PropertyKind = z.infer<typeof PropertyKind>;

export const PropertyDefinition = z.strictObject({
  name: z.string().regex(NAME, 'must start with a letter and hold only letters, digits and _'),
  label: z.string().min(1),
  labels: LocalizedWords.optional(),
  kind: PropertyKind,
  description: z.string().optional(),
  descriptions: LocalizedWords.optional(),
  required: z.boolean().optional(),
  /** Allowed values, for kind "enum": stored as they are in every language. */
  options: z.array(z.string().min(1)).min(1).optional(),
  /** How each option value reads in other languages: {"female": {"ja": "女性"}}. */
  optionLabels: z.record(z.string(), LocalizedWords).optional(),
  /** Bounds, for kind "number". */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Indexed for full-text search beside labels and aliases (identifier values, registration numbers). */
  searchable: z.boolean().optional(),
});
export type PropertyDefinition = z.infer<typeof PropertyDefinition>;

/** An enum value as read in a language ("female" / "女性"); the stored value stays as it is. */
export function optionLabelOf(property: PropertyDefinition, value: string, language: SchemaLanguage): string {
  return wordIn(value, property.optionLabels?.[value], language);
}

export const EntityTypeDefinition = z.strictObject({
  kind: z.literal('entity'),
  name: z.string().regex(NAME, 'must start with a letter and hold only letters, digits and _'),
  label: z.string().min(1),
  labels: LocalizedWords.optional(),
  plural: z.string().min(1),
  /** Only for languages that inflect; elsewhere the label serves (Japanese has no plural). */
  pluralLabels: LocalizedWords.optional(),
  description: z.string().optional(),
  descriptions: LocalizedWords.optional(),
  /** A Lucide icon name (the icon set bundled with the renderer). */
  icon: z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case icon name'),
  color: z.string().regex(COLOR, 'must be a colour as #RRGGBB'),
  properties: z.array(PropertyDefinition),
});
export type EntityTypeDefinition = z.infer<typeof EntityTypeDefinition>;

export const LinkTypeDefinition = z.strictObject({
  kind: z.literal('link'),
  name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE'),
  label: z.string().min(1),
  labels: LocalizedWords.optional(),
  description: z.string().optional(),
  descriptions: LocalizedWords.optional(),
  /** Directed links are drawn with an arrow from source to target. */
  directed: z.boolean(),
  /** Entity types allowed at each end; "*" allows any type. */
  from: z.array(z.string().min(1)).min(1),
  to: z.array(z.string().min(1)).min(1),
  color: z.string().regex(COLOR, 'must be a colour as #RRGGBB').optional(),
  properties: z.array(PropertyDefinition),
});
export type LinkTypeDefinition = z.infer<typeof LinkTypeDefinition>;

export const TypeDefinition = z.discriminatedUnion('kind', [EntityTypeDefinition, LinkTypeDefinition]);
export type TypeDefinition = z.infer<typeof TypeDefinition>;
