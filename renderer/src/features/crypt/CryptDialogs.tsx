import { CaseCryptDialog } from './CaseCryptDialog';
import './crypt.css';
import { useCrypt } from './crypt-state';
import { UnlockDialog } from './UnlockDialog';

/** The passphrase dialogs, over the start screen (unlock) or the open case (encrypt, decrypt, change). */
export function CryptDialogs() {
  const unlock = useCrypt((s) => s.unlock);
  const change = useCrypt((s) => s.change);
  if (unlock) return <UnlockDialog key={unlock.path} path={unlock.path} wrong={unlock.wrong} />;
  if (change) return <CaseCryptDialog key={change} change={change} />;
  return null;
}
