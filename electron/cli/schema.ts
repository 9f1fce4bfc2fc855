import { SchemaIndex } from '../../graph-schema/model/schema';
import { loadSchema } from '../services/schema/load-types';

let schemaIndex: SchemaIndex | undefined;

/** The schema in force, loaded once per run. */
export function cliSchema(): SchemaIndex {
  schemaIndex ??= new SchemaIndex(loadSchema());
  return schemaIndex;
}
