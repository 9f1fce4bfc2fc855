import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Plexus's package.json: the repository when run from source (tsx),
 * the app folder (or asar archive) when packaged. Found by walking up from this module.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'plexus') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Plexus application folder');
    dir = parent;
  }
}

export function builtinTypesDir(): string {
  return join(appRoot(), 'graph-schema', 'types');
}

export function rendererDistDir(): string {
  return join(appRoot(), 'dist', 'renderer');
}

/** Settings and recent cases: PLEXUS_HOME, else ~/.plexus. The desktop shell passes its userData folder. */
export function defaultHome(): string {
  return process.env.PLEXUS_HOME ?? join(homedir(), '.plexus');
}

/** Where new cases go when only a name is given. */
export function defaultCasesDir(home: string): string {
  return process.env.PLEXUS_CASES_DIR ?? join(home, 'cases');
}
