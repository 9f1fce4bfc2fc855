import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { loadSchema } from '../../../../schema/load-types';

let cached: SchemaIndex | undefined;

/**
 * The entity and link types in force (built-in plus PLEXUS_TYPES_DIRS), loaded once. The
 * intel importers choose props and link types by what these definitions allow, so a value
 * a type cannot hold goes to notes instead of failing validation.
 */
export function typesInForce(): SchemaIndex {
  cached ??= new SchemaIndex(loadSchema());
  return cached;
}
