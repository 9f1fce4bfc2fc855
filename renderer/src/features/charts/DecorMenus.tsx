import { Menu, MenuDivider, MenuItem } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';
import { groupSelection } from './chart-actions';

interface MenuProps {
  id: string;
  /** Closes the menu, then runs the action. */
  then(action: () => void): () => void;
}

export function GroupMenu({ id, then }: MenuProps) {
  const group = useAppStore((s) => s.view.groups.find((g) => g.id === id));
  const state = useAppStore.getState();
  if (!group) return null;
  return (
    <Menu size="small" aria-label="Group menu">
      <MenuItem
        icon={group.collapsed ? 'expand-all' : 'collapse-all'}
        text={group.collapsed ? 'Expand group' : 'Collapse group'}
        onClick={then(() => void state.setGroupCollapsed(id, !group.collapsed))}
      />
      <MenuItem
        icon="edit"
        text="Rename group…"
        onClick={then(() => state.openDialog({ kind: 'renameGroup', groupId: id }))}
      />
      <MenuItem
        icon="select"
        text="Select members"
        onClick={then(() => state.setSelection({ entities: group.members, links: [] }))}
      />
      <MenuDivider />
      <MenuItem icon="ungroup-objects" text="Ungroup" onClick={then(() => void state.ungroup(id))} />
    </Menu>
  );
}

export function NoteMenu({ id, then }: MenuProps) {
  const state = useAppStore.getState();
  return (
    <Menu size="small" aria-label="Note menu">
      <MenuItem
        icon="edit"
        text="Edit note…"
        onClick={then(() => state.openDialog({ kind: 'note', noteId: id }))}
      />
      <MenuItem
        icon="trash"
        intent="danger"
        text="Delete note"
        onClick={then(() => void state.removeNote(id))}
      />
    </Menu>
  );
}

/** The chart's own items for an entity: pin, group, callout. */
export function EntityChartItems({ id, seeds, then }: MenuProps & { seeds: string[] }) {
  const pinned = useAppStore((s) => s.view.pinned.includes(id));
  const state = useAppStore.getState();
  return (
    <>
      <MenuDivider />
      <MenuItem
        icon="pin"
        text={pinned ? 'Unpin' : seeds.length > 1 ? `Pin ${seeds.length} entities` : 'Pin in place'}
        onClick={then(() => void state.setPinned(pinned ? [id] : seeds, !pinned))}
      />
      <MenuItem
        icon="group-objects"
        text={seeds.length > 1 ? `Group ${seeds.length} entities…` : 'Group…'}
        label="Ctrl+G"
        onClick={then(() => {
          state.setSelection({ entities: seeds, links: [] });
          groupSelection();
        })}
      />
      <MenuItem
        icon="annotation"
        text="Add callout…"
        onClick={then(() => state.openDialog({ kind: 'note', attachedTo: id }))}
      />
    </>
  );
}
