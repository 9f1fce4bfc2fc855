import { z } from 'zod';
import { CaseFile, CaseInfo, Passphrase, RecentCase } from './case';
import { FilePath, None, type MethodSpec } from './method-spec';

/** Case files: create, open, encrypt, close, and the lists of case and data files to open. */
export const caseMethods = {
  createCase: {
    summary:
      'Create a case file and open it, encrypted when a passphrase is given. A bare name lands in the cases folder.',
    request: z.strictObject({ path: FilePath, passphrase: Passphrase.optional() }),
    response: CaseInfo,
    errors: ['CONFLICT', 'IO'],
  },
  openCase: {
    summary: 'Open a case file, migrating an older one; an encrypted one needs its passphrase.',
    request: z.strictObject({ path: FilePath, passphrase: Passphrase.optional() }),
    response: CaseInfo,
    errors: [
      'NOT_FOUND',
      'NOT_A_CASE',
      'CASE_TOO_NEW',
      'CASE_CORRUPT',
      'PASSPHRASE_REQUIRED',
      'WRONG_PASSPHRASE',
      'IO',
    ],
  },
  encryptCase: {
    summary: 'Encrypt the open case file with a passphrase (rewritten on a copy, then swapped in).',
    request: z.strictObject({ passphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'CONFLICT', 'IO'],
  },
  decryptCase: {
    summary: 'Decrypt the open case file, given its passphrase.',
    request: z.strictObject({ passphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'WRONG_PASSPHRASE', 'CONFLICT', 'IO'],
  },
  changeCasePassphrase: {
    summary: "Change the open case file's passphrase, given the current one.",
    request: z.strictObject({ passphrase: Passphrase, newPassphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'WRONG_PASSPHRASE', 'CONFLICT', 'IO'],
  },
  openDemoCase: {
    summary: 'Open the fictional demo case, generating it on first use.',
    request: None,
    response: CaseInfo,
    errors: ['IO'],
  },
  closeCase: {
    summary: 'Close the open case, if any.',
    request: None,
    response: z.strictObject({ closed: z.boolean() }),
    errors: [],
  },
  getCaseInfo: {
    summary: 'The open case with its counts, or null.',
    request: None,
    response: CaseInfo.nullable(),
    errors: [],
  },
  listRecentCases: {
    summary: 'Recently opened cases, newest first.',
    request: None,
    response: z.array(RecentCase),
    errors: [],
    scope: 'app',
  },
  listCaseFiles: {
    summary: 'Case files in the cases folder.',
    request: None,
    response: z.strictObject({ dir: z.string(), files: z.array(CaseFile) }),
    errors: ['IO'],
    scope: 'app',
  },
  listImportFiles: {
    summary: 'Data files in the cases folder that Plexus can import (by their ending).',
    request: None,
    response: z.strictObject({ dir: z.string(), files: z.array(CaseFile) }),
    errors: ['IO'],
    scope: 'app',
  },
} as const satisfies Record<string, MethodSpec>;
