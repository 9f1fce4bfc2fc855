import { Button, Menu, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { ActionItem } from '../ActionItem';

/** The toolbar's Encryption menu; its lock shows whether the open case file is encrypted. */
export function CryptMenu() {
  const { t } = useTranslation('crypt', { keyPrefix: 'action' });
  const store = useAppStore((s) => s.caseInfo?.store);
  if (store?.kind !== 'case-file') return null;
  return (
    <PopoverNext
      placement="bottom-start"
      arrow={false}
      content={
        <Menu size="small" aria-label={t('menu')}>
          <ActionItem id="encryptCase" />
          <ActionItem id="decryptCase" />
          <ActionItem id="changePassphrase" />
        </Menu>
      }
    >
      {/* An icon only: the toolbar is full in Japanese; the status bar says "Encrypted" in words. */}
      <Button
        size="small"
        icon={store.encrypted ? 'lock' : 'unlock'}
        endIcon="caret-down"
        aria-label={t('menu')}
        title={t('menu')}
      />
    </PopoverNext>
  );
}
