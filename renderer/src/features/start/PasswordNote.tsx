import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';

/** Where a saved password goes: the OS keychain on the desktop, memory only in browser mode. */
export function PasswordNote() {
  const { t } = useTranslation('start', { keyPrefix: 'passwordNote' });
  const transport = useAppStore((s) => s.transport);
  const text = transport === 'browser' ? t('browser') : t('desktop');
  return <p className="field-note muted">{text}</p>;
}
