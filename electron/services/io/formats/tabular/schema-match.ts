import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { fromI2Type } from '../xml/anx-types';
import type {
  EntityTypeDefinition,
  LinkTypeDefinition,
} from '../../../../../graph-schema/model/type-definition';

/**
 * Spreadsheets name types the way people speak: "person", "People", "employed by",
 * "Employed_By". These look-ups match a value to the schema's type by name, label or plural,
 * ignoring case and the difference between spaces, underscores and hyphens, then by the
 * synonyms in ../xml/anx-types.ts.
 */

const norm = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ');

function finder<T extends { name: string }>(types: readonly T[], names: (t: T) => string[]) {
  const byName = new Map<string, T>();
  for (const type of types) {
    for (const n of names(type)) if (!byName.has(norm(n))) byName.set(norm(n), type);
  }
  return (value: string): T | undefined => byName.get(norm(value));
}

export interface TypeMatcher {
  entity(value: string): EntityTypeDefinition | undefined;
  link(value: string): LinkTypeDefinition | undefined;
  entityNames: string;
  linkNames: string;
}

const cache = new WeakMap<SchemaIndex, TypeMatcher>();

export function typeMatcher(index: SchemaIndex): TypeMatcher {
  const known = cache.get(index);
  if (known) return known;
  const { entityTypes, linkTypes } = index.schema;
  const byEntityName = finder(entityTypes, (t) => [t.name, t.label, t.plural]);
  // The same synonyms the graph formats read ("Federal Agency" is an Organization).
  const synonymOf = (value: string) => {
    const type = fromI2Type(value)?.type;
    return type === undefined ? undefined : index.entityType(type);
  };
  const matcher: TypeMatcher = {
    entity: (value) => byEntityName(value) ?? synonymOf(value),
    link: finder(linkTypes, (t) => [t.name, t.label]),
    entityNames: entityTypes.map((t) => t.name).join(', '),
    linkNames: linkTypes.map((t) => t.name).join(', '),
  };
  cache.set(index, matcher);
  return matcher;
}
