import { z } from 'zod';
import { PlexusError, placesFromZod, type ErrorPlace } from './errors';
import {
  EntityTypeDefinition,
  LinkTypeDefinition,
  TypeDefinition,
  optionLabelOf,
  wordIn,
  type PropertyDefinition,
  type SchemaLanguage,
} from './type-definition';

/** The resolved set of types a case speaks: sent to the renderer, checked by the stores. */
export const Schema = z.strictObject({
  entityTypes: z.array(EntityTypeDefinition),
  linkTypes: z.array(LinkTypeDefinition),
});
export type Schema = z.infer<typeof Schema>;

export const ANY_TYPE = '*';

/** One type definition file as read from disk: its name (for messages) and parsed JSON. */
export interface TypeDefinitionSource {
  file: string;
  content: unknown;
}

/**
 * Validates every definition and the references between them (a link type naming an
 * entity type that does not exist, two types with one name). Errors name the file and field.
 */
export function buildSchema(sources: readonly TypeDefinitionSource[]): Schema {
  const places: ErrorPlace[] = [];
  const entityTypes: EntityTypeDefinition[] = [];
  const linkTypes: LinkTypeDefinition[] = [];
  const seen = new Map<string, string>();

  for (const { file, content } of sources) {
    const parsed = TypeDefinition.safeParse(content);
    if (!parsed.success) {
      places.push(
        ...placesFromZod(parsed.error).map((p) => ({ ...p, file, message: `${file}: ${p.message}` })),
      );
      continue;
    }
    const def = parsed.data;
    const clash = seen.get(def.name);
    if (clash) {
      places.push({
        file,
        field: 'name',
        rule: 'unique',
        message: `${file}: type ${def.name} is already defined in ${clash}`,
      });
      continue;
    }
    seen.set(def.name, file);
    const propNames = new Set<string>();
    def.properties.forEach((p, i) => {
      if (propNames.has(p.name)) {
        places.push({
          file,
          field: `properties.${i}.name`,
          rule: 'unique',
          message: `${file}: property ${p.name} is defined twice`,
        });
      }
      propNames.add(p.name);
      for (const value of Object.keys(p.optionLabels ?? {})) {
        if (!p.options?.includes(value)) {
          places.push({
            file,
            field: `properties.${i}.optionLabels.${value}`,
            rule: 'reference',
            message: `${file}: properties.${i}.optionLabels names ${value}, which is not an option of ${p.name}`,
          });
        }
      }
      if (p.kind === 'enum' && !p.options) {
        places.push({
          file,
          field: `properties.${i}.options`,
          rule: 'required',
          message: `${file}: enum property ${p.name} needs options`,
        });
      }
    });
    if (def.kind === 'entity') entityTypes.push(def);
    else linkTypes.push(def);
  }

  const entityNames = new Set(entityTypes.map((t) => t.name));
  for (const link of linkTypes) {
    for (const end of ['from', 'to'] as const) {
      for (const name of link[end]) {
        if (name !== ANY_TYPE && !entityNames.has(name)) {
          const file = seen.get(link.name) ?? link.name;
          places.push({
            file,
            field: end,
            rule: 'reference',
            message: `${file}: ${end} names unknown entity type ${name}`,
          });
        }
      }
    }
  }

  if (places.length > 0) {
    throw new PlexusError('VALIDATION', `invalid type definitions: ${places[0]?.message ?? ''}`, places);
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return { entityTypes: entityTypes.sort(byName), linkTypes: linkTypes.sort(byName) };
}

/** Fast look-ups over a schema; build once per schema. */
export class SchemaIndex {
  readonly schema: Schema;
  private readonly entities: Map<string, EntityTypeDefinition>;
  private readonly links: Map<string, LinkTypeDefinition>;

  constructor(schema: Schema) {
    this.schema = schema;
    this.entities = new Map(schema.entityTypes.map((t) => [t.name, t]));
    this.links = new Map(schema.linkTypes.map((t) => [t.name, t]));
  }

  entityType(name: string): EntityTypeDefinition | undefined {
    return this.entities.get(name);
  }

  linkType(name: string): LinkTypeDefinition | undefined {
    return this.links.get(name);
  }

  private typeNamed(name: string): EntityTypeDefinition | LinkTypeDefinition | undefined {
    return this.entities.get(name) ?? this.links.get(name);
  }

  private property(typeName: string, field: string): PropertyDefinition | undefined {
    return this.typeNamed(typeName)?.properties.find((p) => p.name === field);
  }

  /**
   * The words analysts read, in a language (entity and link type names share one namespace).
   * English when the type file has no word in that language; the raw name or value when the
   * schema does not know it (an item of a type since removed still shows what it is).
   */
  typeLabel(name: string, language: SchemaLanguage = 'en'): string {
    const type = this.typeNamed(name);
    return type ? wordIn(type.label, type.labels, language) : name;
  }

  /** "People" / "人物": a language without plurals (no pluralLabels) uses its label. */
  typePlural(name: string, language: SchemaLanguage = 'en'): string {
    const type = this.entities.get(name);
    if (!type) return this.typeLabel(name, language);
    if (language === 'en') return type.plural;
    return type.pluralLabels?.[language] ?? type.labels?.[language] ?? type.plural;
  }

  typeDescription(name: string, language: SchemaLanguage = 'en'): string | undefined {
    const type = this.typeNamed(name);
    return type?.description === undefined
      ? undefined
      : wordIn(type.description, type.descriptions, language);
  }

  /** A property's label ("Kind" / "種別"); `field` is the property name, without "props.". */
  fieldLabel(typeName: string, field: string, language: SchemaLanguage = 'en'): string {
    const prop = this.property(typeName, field);
    return prop ? wordIn(prop.label, prop.labels, language) : field;
  }

  fieldDescription(typeName: string, field: string, language: SchemaLanguage = 'en'): string | undefined {
    const prop = this.property(typeName, field);
    return prop?.description === undefined
      ? undefined
      : wordIn(prop.description, prop.descriptions, language);
  }

  /** An enum value as read ("female" / "女性"); the stored value never changes with the language. */
  optionLabel(typeName: string, field: string, value: string, language: SchemaLanguage = 'en'): string {
    const prop = this.property(typeName, field);
    return prop ? optionLabelOf(prop, value, language) : value;
  }

  /** Whether a link of this type may run from an entity of one type to another. */
  allowsLink(linkType: LinkTypeDefinition, fromType: string, toType: string): boolean {
    const fits = (ends: string[], type: string) => ends.includes(ANY_TYPE) || ends.includes(type);
    if (fits(linkType.from, fromType) && fits(linkType.to, toType)) return true;
    return !linkType.directed && fits(linkType.from, toType) && fits(linkType.to, fromType);
  }

  /** Property names whose values are indexed for search, per entity type. */
  searchableProps(typeName: string): string[] {
    return (this.entities.get(typeName)?.properties ?? []).filter((p) => p.searchable).map((p) => p.name);
  }
}
