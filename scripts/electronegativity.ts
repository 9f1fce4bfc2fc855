// `npm run check:electron`: Doyensec's Electronegativity over the shipped code (electron/,
// renderer/, graph-schema/), offline. Every finding must be listed in electronegativity.json
// with the reason it is not a hole; anything new fails, and so does a listed finding that is
// gone (the list stays true). The tool asks the network for translations and Electron's
// release list: here those requests never leave the process.
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG_FILE = join(ROOT, 'electronegativity.json');

export interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  /** The flagged line of code, trimmed ('' for a finding about the whole app). */
  code: string;
  severity: string;
  description: string;
}

export interface KnownFinding {
  id: string;
  file: string;
  code?: string;
  why: string;
}

export interface ScanConfig {
  scan: string[];
  skipChecks: { check: string; why: string }[];
  known: KnownFinding[];
}

export interface ScanResult {
  findings: Finding[];
  /** Files the tool could not parse: they were not checked. */
  unparsed: string[];
  /** Addresses the tool tried to reach. */
  network: string[];
}

/** What electronegativity's runner (its package main) returns when not run as its CLI. */
interface RunnerResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: {
    id: string;
    file: string;
    location: { line: number; column: number };
    sample?: string;
    severity: { name: string };
    description: string;
  }[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunnerResult>;

export function readConfig(file = CONFIG_FILE): ScanConfig {
  return JSON.parse(readFileSync(file, 'utf8')) as ScanConfig;
}

const matches = (known: KnownFinding, finding: Finding) =>
  known.id === finding.id &&
  known.file === finding.file &&
  (known.code === undefined || known.code === finding.code);

/** Findings nobody listed, and listed findings the scan no longer makes. */
export function compare(findings: readonly Finding[], known: readonly KnownFinding[]) {
  return {
    fresh: findings.filter((f) => !known.some((k) => matches(k, f))),
    stale: known.filter((k) => !findings.some((f) => matches(k, f))),
  };
}

/**
 * Loads the runner with `got` (its only network client) replaced: the translations request is
 * answered "not found" (the bundled English is used), anything else fails and is recorded.
 */
function offlineRunner(network: string[]): Runner {
  const require = createRequire(join(ROOT, 'package.json'));
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const local = createRequire(runnerPath);
  const gotPath = local.resolve('got');
  const translations = (local('../package.json') as { i18nSource: string }).i18nSource;
  const got = async (url: string) => {
    if (url.startsWith(translations)) return { statusCode: 404 };
    network.push(url);
    throw new Error(`offline: ${url}`);
  };
  local.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: got,
  } as unknown as NodeJS.Module;
  return local(runnerPath) as Runner;
}

/** Scans `paths` (relative to `base`) as one app, so the whole-app checks see every part. */
export async function scan(
  base: string,
  config: Pick<ScanConfig, 'scan' | 'skipChecks'>,
): Promise<ScanResult> {
  const network: string[] = [];
  const run = offlineRunner(network);
  const electronVersion = (
    createRequire(join(ROOT, 'package.json'))('electron/package.json') as { version: string }
  ).version;
  // One folder holding links to the parts: the tool takes a single input and would otherwise
  // also read tests/, dist/ and release/.
  const input = mkdtempSync(join(tmpdir(), 'plexus-electronegativity-'));
  try {
    for (const part of config.scan) symlinkSync(join(base, part), join(input, part));
    const result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: config.skipChecks.map((s) => s.check),
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    return {
      findings: result.issues.map((i) => ({
        id: i.id,
        file: i.file,
        line: i.location.line,
        column: i.location.column,
        code: (i.sample ?? '').trim(),
        severity: i.severity.name,
        description: i.description,
      })),
      unparsed: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
      network,
    };
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/** The report's lines and whether the check passed. */
export function verdict(result: ScanResult, config: ScanConfig): { ok: boolean; lines: string[] } {
  const { fresh, stale } = compare(result.findings, config.known);
  const lines = [
    ...fresh.map(
      (f) => `NEW ${f.id} (${f.severity}) ${f.file}:${f.line}:${f.column} ${f.code} — ${f.description}`,
    ),
    ...stale.map((k) => `GONE ${k.id} ${k.file}: no longer found; remove it from electronegativity.json`),
    ...result.unparsed.map((u) => `UNPARSED ${u}`),
    ...result.network.map((u) => `NETWORK the scan tried to reach ${u}`),
  ];
  const ok = lines.length === 0;
  lines.push(
    ok
      ? `electronegativity: ${result.findings.length} findings, all known and explained in electronegativity.json`
      : `electronegativity: failed (${fresh.length} new, ${stale.length} gone; see electronegativity.json)`,
  );
  return { ok, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const config = readConfig();
  const { ok, lines } = verdict(await scan(ROOT, config), config);
  (ok ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
}
