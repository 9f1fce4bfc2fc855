import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { typeWords } from '../../../../../graph-schema/model/type-words';
import type {
  EntityTypeDefinition,
  LinkTypeDefinition,
} from '../../../../../graph-schema/model/type-definition';

/**
 * Spreadsheets name types the way people speak: "person", "People", "employed by",
 * "Employed_By". The look-ups are graph-schema's typeWords (name, label or plural, ignoring
 * case and the difference between spaces, underscores and hyphens, then the i2 synonyms), the
 * same rule the import wizard shows.
 */

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
  const words = typeWords(index.schema);
  const matcher: TypeMatcher = {
    entity: words.entity,
    link: words.link,
    entityNames: entityTypes.map((t) => t.name).join(', '),
    linkNames: linkTypes.map((t) => t.name).join(', '),
  };
  cache.set(index, matcher);
  return matcher;
}
