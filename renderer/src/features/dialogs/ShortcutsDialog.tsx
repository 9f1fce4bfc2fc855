import { Dialog, DialogBody, HTMLTable } from '@blueprintjs/core';
import { SHORTCUTS } from '../../app/shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog isOpen title="Keyboard shortcuts" icon="key-command" onClose={onClose} className="dense-dialog">
      <DialogBody>
        <HTMLTable compact striped className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd className="kbd">{s.keys}</kbd>
                </td>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      </DialogBody>
    </Dialog>
  );
}
