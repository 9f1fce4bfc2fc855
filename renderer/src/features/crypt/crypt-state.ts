import { create } from 'zustand';
import { i18n } from '../../i18n';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';

export type CryptChange = 'encrypt' | 'decrypt' | 'change';

/**
 * Which passphrase question is on screen. The passphrases themselves live only in the dialog's
 * fields and the one request that sends them; nothing here keeps them.
 */
interface CryptState {
  /** An encrypted case waiting for its passphrase; `wrong` after a passphrase that did not unlock it. */
  unlock: { path: string; wrong: boolean } | null;
  /** The open case's encryption being changed. */
  change: CryptChange | null;
}

export const useCrypt = create<CryptState>(() => ({ unlock: null, change: null }));

const app = () => useAppStore.getState();

/**
 * Opens a case as every "open" on the start screen does: a case the recent list or the cases
 * folder knows to be encrypted asks for its passphrase first; one the server finds encrypted
 * asks instead of showing an error.
 */
export async function openCaseAsking(path: string): Promise<boolean> {
  const known = [...app().recentCases, ...app().caseFiles];
  if (known.some((r) => r.path === path && r.encrypted)) {
    useCrypt.setState({ unlock: { path, wrong: false } });
    return false;
  }
  const opened = await app().openCase(path);
  if (!opened && app().sessionError?.code === 'PASSPHRASE_REQUIRED') {
    app().clearSessionError();
    useCrypt.setState({ unlock: { path, wrong: false } });
  }
  return opened;
}

/** The passphrase dialog's answer: the case opens, or a wrong passphrase asks again; other errors show on the start screen. */
export async function unlockWith(passphrase: string): Promise<void> {
  const asked = useCrypt.getState().unlock;
  if (!asked) return;
  const opened = await app().openCase(asked.path, passphrase);
  if (!opened && app().sessionError?.code === 'WRONG_PASSPHRASE') {
    app().clearSessionError();
    useCrypt.setState({ unlock: { ...asked, wrong: true } });
    return;
  }
  useCrypt.setState({ unlock: null });
}

export function askCryptChange(change: CryptChange): void {
  useCrypt.setState({ change });
}

export function closeCrypt(): void {
  useCrypt.setState({ unlock: null, change: null });
}

const DONE: Record<CryptChange, string> = {
  encrypt: 'crypt:dialog.encrypted',
  decrypt: 'crypt:dialog.decrypted',
  change: 'crypt:dialog.changed',
};

/** Changes the open case's encryption; null when done (the status bar shows the new state), else the error. */
export async function changeEncryption(
  change: CryptChange,
  passphrase: string,
  newPassphrase = '',
): Promise<AppError | null> {
  try {
    await app().recryptCase(change, passphrase, newPassphrase);
  } catch (error) {
    return toAppError(error);
  }
  app().notify(i18n.t(DONE[change]), 'success');
  return null;
}
