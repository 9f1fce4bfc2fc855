import { useAppStore } from '../../stores/app-store';
import type { ChartDialog } from '../../stores/ui-slice';
import { chartView } from '../chart/chart-controller';
import { ChartExportDialog } from './ChartExportDialog';
import { ChartsDialog } from './ChartsDialog';
import { ChartStyleDialog } from './ChartStyleDialog';
import { TextPromptDialog } from './TextPromptDialog';

/** Where a new note goes: up and to the right of the entity it points at, else beside the chart. */
function notePlace(attachedTo: string | null): { x: number; y: number } {
  const at = attachedTo ? chartView.positionOf(attachedTo) : null;
  return at ? { x: at.x + 110, y: at.y - 70 } : chartView.freeSpot();
}

export function ChartDialogs({ dialog, onClose }: { dialog: ChartDialog; onClose(): void }) {
  const state = useAppStore.getState();
  switch (dialog.kind) {
    case 'charts':
      return <ChartsDialog onClose={onClose} />;
    case 'saveChartAs':
      return (
        <TextPromptDialog
          title="Save chart as"
          icon="floppy-disk"
          label="Chart name"
          initial={state.openChart ? `${state.openChart.name} (copy)` : ''}
          placeholder="e.g. Briefing 12 May"
          submitText="Save"
          onSubmit={async (name) => {
            await state.saveView(name);
            state.notify(`Chart “${name}” saved`, 'success');
            // Saved on the way out (the unsaved-work dialog): now do what was asked for.
            await dialog.then?.();
          }}
          onClose={onClose}
        />
      );
    case 'groupSelection':
      return (
        <TextPromptDialog
          title="Group the selection"
          icon="group-objects"
          label="Group title"
          initial=""
          placeholder="e.g. Vienna cell"
          submitText="Group"
          onSubmit={(title) => state.groupSelection(title)}
          onClose={onClose}
        />
      );
    case 'renameGroup': {
      const group = state.view.groups.find((g) => g.id === dialog.groupId);
      return (
        <TextPromptDialog
          title="Rename group"
          icon="edit"
          label="Group title"
          initial={group?.title ?? ''}
          submitText="Rename"
          onSubmit={(title) => state.renameGroup(dialog.groupId, title)}
          onClose={onClose}
        />
      );
    }
    case 'note': {
      const note = dialog.noteId ? state.view.annotations.find((a) => a.id === dialog.noteId) : undefined;
      const attachedTo = dialog.attachedTo ?? null;
      const target = attachedTo ? state.chart.entities[attachedTo]?.label : undefined;
      return (
        <TextPromptDialog
          title={note ? 'Edit note' : target ? `Callout on “${target}”` : 'New note'}
          icon="annotation"
          label="Text"
          multiline
          initial={note?.text ?? ''}
          placeholder="What the briefing should see (Ctrl+Enter to save)"
          submitText={note ? 'Save' : 'Add'}
          onSubmit={async (text) => {
            if (note) return state.editNote(note.id, text);
            await state.addNote(text, notePlace(attachedTo), attachedTo);
            // A free note lands beside the chart, possibly off screen: bring it into view.
            if (!attachedTo) chartView.fit();
          }}
          onClose={onClose}
        />
      );
    }
    case 'chartStyle':
      return <ChartStyleDialog onClose={onClose} />;
    case 'exportChart':
      return <ChartExportDialog onClose={onClose} />;
  }
}
