import { i18n } from '../../i18n';
import type { AppState } from '../../stores/app-state';
import { readOnlyReason } from '../../stores/connection-slice';
import type { Action } from '../action-table';
import { askCryptChange, type CryptChange } from './crypt-state';

/** Why the open case's encryption cannot change this way now, or null. */
function blockedFor(change: CryptChange) {
  return (s: AppState): string | null => {
    const store = s.caseInfo?.store;
    if (!store || store.kind !== 'case-file') return i18n.t('crypt:action.onlyCaseFiles');
    const readOnly = readOnlyReason(s);
    if (readOnly) return readOnly;
    const encrypted = store.encrypted === true;
    if (change === 'encrypt' && encrypted) return i18n.t('crypt:action.alreadyEncrypted');
    if (change !== 'encrypt' && !encrypted) return i18n.t('crypt:action.notEncrypted');
    return null;
  };
}

/** Encrypt…, Decrypt… and Change passphrase…: in the toolbar's Encryption menu and the palette. */
export const CRYPT_ACTIONS: readonly Action[] = [
  {
    id: 'encryptCase',
    name: 'crypt:action.encrypt',
    icon: 'lock',
    blocked: blockedFor('encrypt'),
    run: () => askCryptChange('encrypt'),
  },
  {
    id: 'decryptCase',
    name: 'crypt:action.decrypt',
    icon: 'unlock',
    blocked: blockedFor('decrypt'),
    run: () => askCryptChange('decrypt'),
  },
  {
    id: 'changePassphrase',
    name: 'crypt:action.change',
    icon: 'key',
    blocked: blockedFor('change'),
    run: () => askCryptChange('change'),
  },
];
