import { z } from 'zod';
import { PlexusError, placesFromZod, type ErrorPlace } from './errors';
import { EntityTypeDefinition, LinkTypeDefinition, TypeDefinition } from './type-definition';

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
