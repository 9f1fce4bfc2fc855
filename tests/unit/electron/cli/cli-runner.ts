import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

/** Runs the real CLI in a child process, the way `npm run -s cli -- ...` does. */

export const REPO_ROOT = resolve(__dirname, '../../../..');
const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `env` is the whole environment of the child (start from process.env to inherit). */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(tsx, ['electron/cli/main.ts', ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A successful --json command: exactly one JSON document on stdout, nothing on stderr. */
export function parsedJson<T>(outcome: Outcome): T {
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as T;
}
