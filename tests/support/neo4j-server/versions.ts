import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Which Neo4j the test server is, and with which Java it is built and run. 5.26 LTS (the
 * default) is built into target/ and runs on the `java` on PATH (17+), as it always has.
 * The calendar versions (2025.x on) need Java 21+: pom.xml's `calver` profile builds each
 * into target-<version>/ with the JDK found here, so both can stay built side by side.
 */

const here = dirname(fileURLToPath(import.meta.url));

/** Short names for the versions CI and the README use; any exact calendar version works too. */
const ALIASES: Record<string, string> = { '2025': '2025.10.1', '2026': '2026.08.1' };
const CALVER = /^20\d\d\.\d\d\.\d+$/;
const CALVER_JAVA = 21;

/** Where the JDKs of Debian, Temurin and most Linux packages live. */
const JVM_DIR = '/usr/lib/jvm';

export interface Neo4jBuild {
  /** For messages: "Neo4j 5.26" or "Neo4j 2026.08.1". */
  label: string;
  /** The build's folder: classes/ and classpath.txt. */
  target: string;
  /** Extra Maven arguments that select this build. */
  mavenArgs: string[];
  /** The java command that runs the server. */
  java: string;
  /** The environment Maven and the server run in (JAVA_HOME for a calendar version). */
  env: NodeJS.ProcessEnv;
}

/**
 * The build for a version ('5.26', '2025', '2026' or e.g. '2025.10.1'); without one,
 * PLEXUS_NEO4J_VERSION, else 5.26. A string says why this machine cannot run it (no Java
 * 21+ for a calendar version); a version that is none of these throws.
 */
export function neo4jBuild(version = process.env.PLEXUS_NEO4J_VERSION || '5.26'): Neo4jBuild | string {
  if (version === '5.26')
    return {
      label: 'Neo4j 5.26',
      target: join(here, 'target'),
      mavenArgs: [],
      java: 'java',
      env: process.env,
    };
  const exact = ALIASES[version] ?? version;
  if (!CALVER.test(exact))
    throw new Error(
      `unknown Neo4j version "${version}": 5.26, ${Object.keys(ALIASES).join(', ')} or an exact calendar version such as 2026.08.1`,
    );
  const label = `Neo4j ${exact}`;
  const home = findJdk(CALVER_JAVA);
  if (!home)
    return `${label} needs Java ${CALVER_JAVA}+ and none was found (looked at PLEXUS_NEO4J_JAVA_HOME, JAVA_HOME, ${JVM_DIR} and the java on PATH)`;
  return {
    label,
    target: join(here, `target-${exact}`),
    mavenArgs: ['-P', 'calver', `-Dneo4j.version=${exact}`],
    java: join(home, 'bin', 'java'),
    env: { ...process.env, JAVA_HOME: home },
  };
}

/** The first JDK of at least `major`: the ones named in the environment, then the newest installed. */
function findJdk(major: number): string | undefined {
  const named = [process.env.PLEXUS_NEO4J_JAVA_HOME, process.env.JAVA_HOME].filter((home): home is string =>
    Boolean(home),
  );
  const installed = existsSync(JVM_DIR) ? readdirSync(JVM_DIR).map((name) => join(JVM_DIR, name)) : [];
  const candidates = [...named, ...installed, pathJavaHome() ?? '']
    .filter((home) => home && existsSync(join(home, 'bin', 'java')))
    .map((home) => ({ home, major: javaMajor(home) }))
    .filter((jdk) => jdk.major >= major);
  const fromEnv = candidates.find((jdk) => named.includes(jdk.home));
  return (fromEnv ?? candidates.sort((a, b) => b.major - a.major)[0])?.home;
}

/** The home of the `java` found on PATH (through its symlinks), if any. */
function pathJavaHome(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const java = join(dir, 'java');
    if (existsSync(java)) return dirname(dirname(realpathSync(java)));
  }
  return undefined;
}

/** A JDK's major version: from its release file, else by asking its java; 0 when neither says. */
function javaMajor(home: string): number {
  const release = join(home, 'release');
  const text = existsSync(release)
    ? readFileSync(release, 'utf8')
    : spawnSync(join(home, 'bin', 'java'), ['-version'], { encoding: 'utf8' }).stderr;
  // `JAVA_VERSION="25.0.3"` in a release file, `openjdk version "17.0.15"` from java -version.
  const match = /version\s*=?\s*"(\d+)/i.exec(text ?? '');
  return match ? Number(match[1]) : 0;
}
