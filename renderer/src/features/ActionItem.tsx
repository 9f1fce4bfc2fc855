import { MenuItem, type MenuItemProps } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-store';
import { action, actionBlocked, actionMenuWords } from './action-table';

/**
 * A menu item for an action of the table: its menu words, icon and key, off with the reason
 * as its tooltip when the action cannot run now. `props` may override the words (a menu
 * that counts something).
 */
export function ActionItem({ id, ...props }: { id: string } & Partial<MenuItemProps>) {
  useTranslation(); // new words on a language change
  const a = action(id);
  const blocked = useAppStore((s) => actionBlocked(a, s));
  return (
    <MenuItem
      icon={a.icon}
      text={actionMenuWords(a)}
      label={a.keys?.startsWith('Ctrl') ? a.keys : undefined}
      disabled={blocked !== null}
      htmlTitle={blocked ?? undefined}
      onClick={() => a.run()}
      {...props}
    />
  );
}
