import { DialogBody, InputGroup, Menu, MenuItem } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { COMMANDS, commandName, filterCommands, type Command } from './commands';

/** Ctrl+Shift+P: every action by name, filtered as typed; Enter runs the highlighted one. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('app');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = filterCommands(COMMANDS, query);
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  const run = (command: Command | undefined) => {
    if (!command) return;
    // The palette is a dialog: it closes first, so the command may open its own.
    useAppStore.getState().closeDialog();
    command.run();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[current]);
    }
  };

  return (
    <Dialog
      isOpen
      title={t('palette.title')}
      icon="search-template"
      onClose={onClose}
      className="command-palette"
    >
      <DialogBody>
        <InputGroup
          autoFocus
          role="combobox"
          aria-expanded
          aria-controls="command-palette-list"
          aria-label={t('palette.label')}
          placeholder={t('palette.placeholder')}
          value={query}
          onValueChange={(value) => {
            setQuery(value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <Menu id="command-palette-list" role="listbox" aria-label={t('palette.label')}>
          {shown.map((command, i) => (
            <MenuItem
              key={command.id}
              role="option"
              aria-selected={i === current}
              active={i === current}
              text={commandName(command)}
              onClick={() => run(command)}
            />
          ))}
          {shown.length === 0 ? <MenuItem disabled text={t('palette.none')} /> : null}
        </Menu>
      </DialogBody>
    </Dialog>
  );
}
