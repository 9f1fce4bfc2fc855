import { userInfo } from 'node:os';

/** Who is writing, for the created/updated-by fields: the OS user. */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
    return process.env.USER ?? process.env.USERNAME ?? 'analyst';
  }
}
