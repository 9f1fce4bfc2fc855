import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { neo4jBuild, type Neo4jBuild } from './versions';

/**
 * Starts the Maven module beside this file (an in-process Neo4j Community from Neo4j's test
 * harness) for the Neo4j suites and for `npm run neo4j:server`. Test-only: the app never
 * needs Java. Maven runs offline (`-o`, local repository ~/.m2) once the module has been
 * resolved; the server itself starts with plain `java -cp`, no Maven in the way. Which Neo4j
 * (5.26 LTS by default, or a calendar version on Java 21+) is versions.ts's choice.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const POM = join(here, 'pom.xml');
const classpathFile = (build: Neo4jBuild) => join(build.target, 'classpath.txt');
const launcherClass = (build: Neo4jBuild) =>
  join(build.target, 'classes', 'plexus', 'testserver', 'Launcher.class');
const LAUNCHER_SOURCE = join(here, 'src', 'main', 'java', 'plexus', 'testserver', 'Launcher.java');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The exact Neo4j version, e.g. 5.26.30 or 2026.08.1. */
  version: string;
  /** The server's process id. */
  pid: number;
  /** Closes the server's stdin (its signal to stop) and waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug would: no goodbye to its clients. Waits for the exit. */
  kill(): Promise<void>;
}

/**
 * Why the server cannot be started here, or undefined when Java and Maven are both present
 * (for a calendar version: a Java 21+ JDK). `version` as in StartOptions.
 */
export function missingTools(version?: string): string | undefined {
  const build = neo4jBuild(version);
  if (typeof build === 'string') return build;
  const runs = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'ignore' });
    return !result.error && result.status === 0;
  };
  const missing = [runs(build.java, ['-version']) ? '' : 'Java', runs('mvn', ['-v']) ? '' : 'Maven'].filter(
    Boolean,
  );
  return missing.length ? `${missing.join(' and ')} not found on PATH` : undefined;
}

function isStale(build: Neo4jBuild): boolean {
  if (!existsSync(classpathFile(build)) || !existsSync(launcherClass(build))) return true;
  const built = Math.min(statSync(classpathFile(build)).mtimeMs, statSync(launcherClass(build)).mtimeMs);
  return statSync(POM).mtimeMs > built || statSync(LAUNCHER_SOURCE).mtimeMs > built;
}

/**
 * Builds the launcher when its classes or classpath are missing or older than its sources:
 * offline first; online only if the local repository lacks something (the first run).
 */
export function buildLauncher(
  build: Neo4jBuild,
  log: (line: string) => void = (line) => console.error(line),
): void {
  if (!isStale(build)) return;
  const mvn = (offline: boolean) =>
    spawnSync('mvn', [...(offline ? ['-o'] : []), '-q', ...build.mavenArgs, '-f', POM, 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: build.env,
    });
  let result = mvn(true);
  if (result.status !== 0) {
    log(`neo4j-server: resolving ${build.label} from Maven Central (first run)...`);
    result = mvn(false);
  }
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`could not build ${POM} with Maven:\n${output}`);
  }
}

/** A RAM-backed folder for the throwaway data when one with room exists: fsync costs nothing there. */
function dataRoot(): string | undefined {
  const shm = '/dev/shm';
  try {
    const { bavail, bsize } = statfsSync(shm);
    return bavail * bsize >= 1024 ** 3 ? shm : undefined;
  } catch {
    return undefined;
  }
}

export interface StartOptions {
  password: string;
  /**
   * '5.26' (LTS, Java 17+), '2025', '2026' or an exact calendar version such as 2026.08.1
   * (Java 21+). Absent: PLEXUS_NEO4J_VERSION, else 5.26.
   */
  version?: string;
  /** 0 or absent: a free port. */
  port?: number;
  /**
   * `test` (the default): a small heap, C1 only and a 64 MiB page cache, for a quick start on
   * a shared machine. `bench`: a 2 GiB heap, the full JIT and a 1 GiB page cache, so the
   * benchmark measures Neo4j as a team server would run it rather than a throwaway one.
   */
  profile?: 'test' | 'bench';
}

const JVM: Record<NonNullable<StartOptions['profile']>, string[]> = {
  // A short-lived test server: quick start and little JIT work on a shared CI machine.
  test: ['-Xms256m', '-Xmx1g', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'],
  bench: ['-Xms2g', '-Xmx2g', '-XX:+UseParallelGC'],
};
const PAGE_CACHE_MIB = { test: 64, bench: 1024 };

/** Starts a server and resolves once it prints its bolt URI. */
export async function startNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  const build = neo4jBuild(options.version);
  if (typeof build === 'string') throw new Error(build);
  buildLauncher(build);
  const dependencies = readFileSync(classpathFile(build), 'utf8').trim();
  const classpath = `${join(build.target, 'classes')}:${dependencies}`;
  const version = /neo4j-harness-([^/:]+)\.jar/.exec(dependencies)?.[1] ?? build.label;
  // A folder of this server's own for its temp data: removed here once the process has gone,
  // also when it was killed (and could not delete its data itself).
  const scratch = mkdtempSync(join(dataRoot() ?? tmpdir(), 'plexus-neo4j-server-'));
  const profile = options.profile ?? 'test';
  const jvm = [...JVM[profile], `-Djava.io.tmpdir=${scratch}`];
  const args = [
    '--port',
    String(options.port ?? 0),
    '--password',
    options.password,
    '--page-cache',
    String(PAGE_CACHE_MIB[profile]),
  ];
  const child = spawn(build.java, [...jvm, '-cp', classpath, 'plexus.testserver.Launcher', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: build.env,
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(scratch, { recursive: true, force: true });
      resolve(code);
    }),
  );
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-4000);
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${build.label} did not start within ${START_TIMEOUT_MS / 1000} s\n${errors}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('bolt://')) return;
      clearTimeout(timer);
      resolve(line.trim());
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${build.label} exited with code ${code} before it was ready\n${errors}`));
    });
  });

  return {
    uri,
    user: 'neo4j',
    password: options.password,
    version,
    pid: child.pid ?? 0,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
