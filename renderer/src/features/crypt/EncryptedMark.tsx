import { Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import './crypt.css';

/** The status bar's note that the open case file is encrypted. */
export function EncryptedMark() {
  const { t } = useTranslation('crypt', { keyPrefix: 'status' });
  return (
    <span className="status-encrypted" title={t('encryptedTip')} data-testid="case-encrypted">
      <Icon icon="lock" size={12} />
      {t('encrypted')}
    </span>
  );
}
