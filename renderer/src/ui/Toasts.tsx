import { OverlayToaster, Toast2 } from '@blueprintjs/core';
import { CrossIcon } from '@blueprintjs/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-store';

const ICONS = { success: 'tick', danger: 'error', primary: 'info-sign', none: 'info-sign' } as const;

/**
 * Toasts live in the store so any action can report; Blueprint draws them. The close button is
 * the toast's action (which dismisses it), not Blueprint's own, whose name is always "Close".
 */
export function Toasts() {
  const { t: word } = useTranslation('ui');
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);
  return (
    <OverlayToaster position="bottom-right" maxToasts={4}>
      {toasts.map((t) => (
        <Toast2
          key={t.id}
          message={t.message}
          intent={t.intent}
          icon={ICONS[t.intent]}
          timeout={t.intent === 'danger' ? 8000 : 4000}
          onDismiss={() => dismiss(t.id)}
          isCloseButtonShown={false}
          action={{ icon: <CrossIcon title={word('close')} /> }}
        />
      ))}
    </OverlayToaster>
  );
}
