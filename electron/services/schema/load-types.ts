import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlexusError } from '../../../graph-schema/model/errors';
import { buildSchema, type Schema, type TypeDefinitionSource } from '../../../graph-schema/model/schema';
import { builtinTypesDir } from '../paths';

function readDefinitions(dir: string): TypeDefinitionSource[] {
  const sources: TypeDefinitionSource[] = [];
  for (const sub of ['entities', 'links']) {
    const folder = join(dir, sub);
    let names: string[];
    try {
      names = readdirSync(folder)
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch {
      continue; // an extension folder may hold only one of the two
    }
    for (const name of names) {
      const file = join(folder, name);
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new PlexusError('VALIDATION', `${file}: not valid JSON (${(error as Error).message})`, [
          { file, message: (error as Error).message },
        ]);
      }
      sources.push({ file, content });
    }
  }
  return sources;
}

/**
 * The schema in force: the built-in types plus any folders named in PLEXUS_TYPES_DIRS
 * (path-separated), where an organization drops its own type files without touching code.
 */
export function loadSchema(extraDirs: readonly string[] = extraTypeDirsFromEnv()): Schema {
  const sources = [builtinTypesDir(), ...extraDirs].flatMap(readDefinitions);
  return buildSchema(sources);
}

function extraTypeDirsFromEnv(): string[] {
  const value = process.env.PLEXUS_TYPES_DIRS;
  return value ? value.split(process.platform === 'win32' ? ';' : ':').filter(Boolean) : [];
}
