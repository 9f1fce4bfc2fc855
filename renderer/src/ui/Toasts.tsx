import { OverlayToaster, Toast2 } from '@blueprintjs/core';
import { useAppStore } from '../stores/app-store';

const ICONS = { success: 'tick', danger: 'error', primary: 'info-sign', none: 'info-sign' } as const;

/** Toasts live in the store so any action can report; Blueprint draws them. */
export function Toasts() {
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
        />
      ))}
    </OverlayToaster>
  );
}
