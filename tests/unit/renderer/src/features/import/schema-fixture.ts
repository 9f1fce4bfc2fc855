import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SchemaIndex, buildSchema, type Schema } from '../../../../../../graph-schema/model';

const typesDir = join(import.meta.dirname, '../../../../../../graph-schema/types');

/** The built-in types, as the renderer receives them from getSchema. */
export function builtInSchema(): Schema {
  const sources = ['entities', 'links'].flatMap((kind) =>
    readdirSync(join(typesDir, kind))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        file: f,
        content: JSON.parse(readFileSync(join(typesDir, kind, f), 'utf8')) as unknown,
      })),
  );
  return buildSchema(sources);
}

export const schema = builtInSchema();
export const index = new SchemaIndex(schema);
