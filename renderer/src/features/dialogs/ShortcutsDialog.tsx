import { DialogBody, HTMLTable } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../app/shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('app');
  return (
    <Dialog isOpen title={t('shortcutsTitle')} icon="key-command" onClose={onClose} className="dense-dialog">
      {/* Focusable so the keyboard can scroll the table when it is taller than the window. */}
      <DialogBody>
        <HTMLTable tabIndex={0} aria-label={t('shortcutsTitle')} compact striped className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((id) => (
              <tr key={id}>
                <td>
                  <kbd className="kbd">{t(`shortcuts.${id}.keys`)}</kbd>
                </td>
                <td>{t(`shortcuts.${id}.action`)}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      </DialogBody>
    </Dialog>
  );
}
