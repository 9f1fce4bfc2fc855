import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../../../../../graph-schema/contract';
import { PlexusError } from '../../../../../../graph-schema/model';
import { installApi } from '../../../../../../renderer/src/bridge';
import {
  openCaseAsking,
  unlockWith,
  useCrypt,
} from '../../../../../../renderer/src/features/crypt/crypt-state';
import { resetAppStore, useAppStore } from '../../../../../../renderer/src/stores/app-store';
import { fakeBackend } from '../../fake-api';

const PATH = '/cases/Sealed.plexus';
const info: CaseInfo = {
  name: 'Sealed',
  store: { kind: 'case-file', location: PATH, readOnly: false, encrypted: true },
  schemaVersion: 7,
  entityCount: 0,
  linkCount: 0,
  entityCounts: {},
  linkCounts: {},
};

let restore: () => void = () => undefined;
/** The passphrases the fake backend was sent, in order (undefined: none). */
let sent: (string | undefined)[];

beforeEach(() => {
  resetAppStore();
  useCrypt.setState({ unlock: null, change: null });
  sent = [];
  restore = installApi(
    fakeBackend({
      openCase: async ({ path, passphrase }) => {
        sent.push(passphrase);
        if (passphrase === undefined) throw new PlexusError('PASSPHRASE_REQUIRED', `${path}: encrypted`);
        if (passphrase !== 'right') throw new PlexusError('WRONG_PASSPHRASE', `${path}: wrong`);
        return info;
      },
      listCharts: async () => [],
    }).api,
  );
});
afterEach(() => restore());

describe('opening an encrypted case', () => {
  it('asks for the passphrase instead of showing an error, asks again after a wrong one, then opens', async () => {
    expect(await openCaseAsking(PATH)).toBe(false);
    expect(useAppStore.getState().sessionError).toBeNull();
    expect(useCrypt.getState().unlock).toEqual({ path: PATH, wrong: false });

    await unlockWith('wrong');
    expect(useCrypt.getState().unlock).toEqual({ path: PATH, wrong: true });
    expect(useAppStore.getState().sessionError).toBeNull();
    expect(useAppStore.getState().caseInfo).toBeNull();

    await unlockWith('right');
    expect(useCrypt.getState().unlock).toBeNull();
    expect(useAppStore.getState().caseInfo?.store.encrypted).toBe(true);
    expect(sent).toEqual([undefined, 'wrong', 'right']);
  });

  it('asks before any request for a case the recent list knows to be encrypted', async () => {
    useAppStore.setState({
      recentCases: [
        { path: PATH, name: 'Sealed', openedAt: '2026-12-01T00:00:00Z', exists: true, encrypted: true },
      ],
    });
    await openCaseAsking(PATH);
    expect(useCrypt.getState().unlock).toEqual({ path: PATH, wrong: false });
    expect(sent).toEqual([]);
  });
});
