// better-sqlite3-multiple-ciphers (the SQLite driver) is a native module built for one runtime at a time. Running the desktop app
// from source rebuilds it for Electron; the CLI, the tests and browser mode run on Node.
// This puts the Node build back when needed (a local compile, no network), and is silent
// otherwise. Its output goes to stderr so `cli --json` keeps a clean stdout.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const probe = "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()";
const loads = () => spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;

if (!loads()) {
  console.error('Plexus: rebuilding the SQLite driver for Node (it was last built for Electron)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['rebuild', 'better-sqlite3-multiple-ciphers'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !loads()) {
    console.error(
      'Plexus: the SQLite driver does not load in Node; run `npm rebuild better-sqlite3-multiple-ciphers` and read its errors.',
    );
    process.exit(1);
  }
}
