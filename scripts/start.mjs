// `npm start` / `npm run serve`. Plain Node with no dependency imported at the top, because it
// must run on a fresh checkout before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser');
const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
const npx = windows ? 'npx.cmd' : 'npx';

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: windows, ...options });
  return result.status === 0;
}

function fail(message) {
  console.error(`Plexus: ${message}`);
  process.exit(1);
}

function installDependencies() {
  if (existsSync(join(root, 'node_modules'))) return;
  // The Electron runtime is fetched later, and only if it can be: never block set-up on it.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  const lock = existsSync(join(root, 'package-lock.json'));
  if (!run(npm, [lock ? 'ci' : 'install'], { env })) fail(`npm ${lock ? 'ci' : 'install'} failed`);
}

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildRendererIfStale() {
  const index = join(root, 'dist', 'renderer', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'graph-schema')));
  if (built > sources) return;
  console.log('Plexus: building the renderer...');
  if (!run(npx, ['vite', 'build', '--logLevel', 'warn'])) fail('the renderer did not build (npx vite build)');
}

function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (existsSync(pathFile)) return electronPath(pathFile);
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  // One try, quietly: on an offline machine this fails fast or times out.
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 60_000 });
  return existsSync(pathFile) ? electronPath(pathFile) : null;
}

function electronPath(pathFile) {
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs a child in the foreground: our signals go to it, its exit code becomes ours. */
function foreground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: false,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * better-sqlite3-multiple-ciphers (the SQLite driver) is a native module: the copy npm built for Node cannot load in Electron.
 * Checked with the Electron binary itself; rebuilt for it once when needed.
 */
function sqliteLoadsIn(electron) {
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  const probe = "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()";
  return (
    spawnSync(electron, ['-e', probe], { cwd: root, env, stdio: 'ignore', timeout: 60_000 }).status === 0
  );
}

function sqliteReadyFor(electron) {
  if (sqliteLoadsIn(electron)) return true;
  console.log(
    'Plexus: rebuilding the SQLite driver for Electron (the CLI and tests put the Node build back)...',
  );
  const rebuilt = run(npx, ['electron-rebuild', '-f', '-w', 'better-sqlite3-multiple-ciphers'], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return rebuilt && sqliteLoadsIn(electron);
}

function startBrowserMode() {
  if (!run(process.execPath, [join(root, 'scripts', 'ensure-node-native.mjs')], { shell: false })) {
    fail('better-sqlite3-multiple-ciphers does not load in Node');
  }
  // tsx as a loader in one Node process (not npx -> tsx -> node), so Ctrl+C reaches the server.
  foreground(process.execPath, ['--import', 'tsx', join('electron', 'web', 'serve.ts'), ...passThrough]);
}

installDependencies();
buildRendererIfStale();
if (browserOnly) {
  startBrowserMode();
} else {
  const electron = electronBinary();
  if (!electron) {
    console.log(
      'Plexus: no Electron runtime can be had on this machine (offline?) — starting browser mode instead.',
    );
    startBrowserMode();
  } else if (!sqliteReadyFor(electron)) {
    console.log(
      'Plexus: the SQLite driver cannot be built for Electron here (offline?) — starting browser mode instead.',
    );
    startBrowserMode();
  } else {
    if (!run(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { shell: false })) {
      fail('the desktop shell did not build (scripts/build-electron.mjs)');
    }
    // The window's icon; without it Electron shows its own, so a failure here is no reason to stop.
    if (!existsSync(join(root, 'dist', 'electron', 'icon.png'))) run(npx, ['tsx', 'scripts/build-icons.ts']);
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    foreground(electron, [root, ...passThrough], env);
  }
}
