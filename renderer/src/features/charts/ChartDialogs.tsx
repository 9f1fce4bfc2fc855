import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['charts', 'common']);
  const state = useAppStore.getState();
  switch (dialog.kind) {
    case 'charts':
      return <ChartsDialog onClose={onClose} />;
    case 'saveChartAs':
      return (
        <TextPromptDialog
          title={t('saveAs.title')}
          icon="floppy-disk"
          label={t('chartName')}
          initial={state.openChart ? t('copyName', { name: state.openChart.name }) : ''}
          placeholder={t('saveAs.placeholder')}
          submitText={t('common:save')}
          onSubmit={async (name) => {
            await state.saveView(name);
            state.notify(t('saved', { name }), 'success');
            // Saved on the way out (the unsaved-work dialog): now do what was asked for.
            await dialog.then?.();
          }}
          onClose={onClose}
        />
      );
    case 'groupSelection':
      return (
        <TextPromptDialog
          title={t('group.title')}
          icon="group-objects"
          label={t('group.label')}
          initial=""
          placeholder={t('group.placeholder')}
          submitText={t('group.submit')}
          onSubmit={(title) => state.groupSelection(title)}
          onClose={onClose}
        />
      );
    case 'renameGroup': {
      const group = state.view.groups.find((g) => g.id === dialog.groupId);
      return (
        <TextPromptDialog
          title={t('group.renameTitle')}
          icon="edit"
          label={t('group.label')}
          initial={group?.title ?? ''}
          submitText={t('rename')}
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
          title={note ? t('note.edit') : target ? t('note.callout', { target }) : t('note.new')}
          icon="annotation"
          label={t('note.label')}
          multiline
          initial={note?.text ?? ''}
          placeholder={t('note.placeholder')}
          submitText={note ? t('common:save') : t('note.add')}
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
