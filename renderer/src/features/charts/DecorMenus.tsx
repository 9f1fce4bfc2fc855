import { Menu, MenuDivider, MenuItem } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { groupSelection } from './chart-actions';

interface MenuProps {
  id: string;
  /** Closes the menu, then runs the action. */
  then(action: () => void): () => void;
}

export function GroupMenu({ id, then }: MenuProps) {
  const { t } = useTranslation('charts', { keyPrefix: 'decor' });
  const group = useAppStore((s) => s.view.groups.find((g) => g.id === id));
  const state = useAppStore.getState();
  if (!group) return null;
  return (
    <Menu size="small" aria-label={t('groupMenu')}>
      <MenuItem
        icon={group.collapsed ? 'expand-all' : 'collapse-all'}
        text={group.collapsed ? t('expandGroup') : t('collapseGroup')}
        onClick={then(() => void state.setGroupCollapsed(id, !group.collapsed))}
      />
      <MenuItem
        icon="edit"
        text={t('renameGroup')}
        onClick={then(() => state.openDialog({ kind: 'renameGroup', groupId: id }))}
      />
      <MenuItem
        icon="select"
        text={t('selectMembers')}
        onClick={then(() => state.setSelection({ entities: group.members, links: [] }))}
      />
      <MenuDivider />
      <MenuItem icon="ungroup-objects" text={t('ungroup')} onClick={then(() => void state.ungroup(id))} />
    </Menu>
  );
}

export function NoteMenu({ id, then }: MenuProps) {
  const { t } = useTranslation('charts', { keyPrefix: 'decor' });
  const state = useAppStore.getState();
  return (
    <Menu size="small" aria-label={t('noteMenu')}>
      <MenuItem
        icon="edit"
        text={t('editNote')}
        onClick={then(() => state.openDialog({ kind: 'note', noteId: id }))}
      />
      <MenuItem
        icon="trash"
        intent="danger"
        text={t('deleteNote')}
        onClick={then(() => void state.removeNote(id))}
      />
    </Menu>
  );
}

/** The chart's own items for an entity: pin, group, callout. */
export function EntityChartItems({ id, seeds, then }: MenuProps & { seeds: string[] }) {
  const { t } = useTranslation('charts', { keyPrefix: 'decor' });
  const pinned = useAppStore((s) => s.view.pinned.includes(id));
  const state = useAppStore.getState();
  return (
    <>
      <MenuDivider />
      <MenuItem
        icon="pin"
        text={pinned ? t('unpin') : seeds.length > 1 ? t('pinMany', { count: seeds.length }) : t('pin')}
        onClick={then(() => void state.setPinned(pinned ? [id] : seeds, !pinned))}
      />
      <MenuItem
        icon="group-objects"
        text={seeds.length > 1 ? t('groupMany', { count: seeds.length }) : t('group')}
        label="Ctrl+G"
        onClick={then(() => {
          state.setSelection({ entities: seeds, links: [] });
          groupSelection();
        })}
      />
      <MenuItem
        icon="annotation"
        text={t('addCallout')}
        onClick={then(() => state.openDialog({ kind: 'note', attachedTo: id }))}
      />
    </>
  );
}
