import { useAppStore } from '../../stores/app-store';
import { ConfirmDelete } from '../dialogs/ConfirmDelete';
import { ConfirmManyToAdd } from '../dialogs/ConfirmManyToAdd';
import { ConnectDialog } from '../dialogs/ConnectDialog';
import { EntityDialog } from '../dialogs/EntityDialog';
import { ExpandDialog } from '../dialogs/ExpandDialog';
import { HubDialog } from '../dialogs/HubDialog';
import { LinkDialog } from '../dialogs/LinkDialog';
import { PathDialog } from '../dialogs/PathDialog';
import { PublishDialog } from '../dialogs/PublishDialog';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';
import { TakeOfflineDialog } from '../dialogs/TakeOfflineDialog';
import { ChartDialogs } from '../charts/ChartDialogs';
import { ExportDialog } from '../export/ExportDialog';
import { ImportWizard } from '../import/ImportWizard';
import { CommandPalette } from './CommandPalette';
import { UnsavedWorkDialog } from '../unsaved/UnsavedWorkDialog';

/** At most one dialog is open; the ui slice says which. */
export function Dialogs() {
  const dialog = useAppStore((s) => s.dialog);
  const close = useAppStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'newEntity':
      return <EntityDialog onClose={close} />;
    case 'newLink':
      return <LinkDialog sourceId={dialog.sourceId} targetId={dialog.targetId} onClose={close} />;
    case 'expand':
      return <ExpandDialog ids={dialog.ids} onClose={close} />;
    case 'hub':
      return <HubDialog request={dialog.request} summary={dialog.summary} onClose={close} />;
    case 'path':
      return <PathDialog fromId={dialog.fromId} toId={dialog.toId} onClose={close} />;
    case 'connect':
      return <ConnectDialog mode={dialog.mode} ids={dialog.ids} onClose={close} />;
    case 'confirmDelete':
      return <ConfirmDelete ids={dialog.ids} onClose={close} />;
    case 'manyToAdd':
      return (
        <ConfirmManyToAdd
          entities={dialog.entities}
          links={dialog.links}
          answer={dialog.answer}
          onClose={close}
        />
      );
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'palette':
      return <CommandPalette onClose={close} />;
    case 'takeOffline':
      return <TakeOfflineDialog ids={dialog.ids} onClose={close} />;
    case 'publish':
      return <PublishDialog onClose={close} />;
    case 'import':
      return <ImportWizard onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'unsavedWork':
      return <UnsavedWorkDialog action={dialog.action} proceed={dialog.proceed} onClose={close} />;
    default:
      return <ChartDialogs dialog={dialog} onClose={close} />;
  }
}
