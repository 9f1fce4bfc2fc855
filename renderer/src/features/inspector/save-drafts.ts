import { i18n } from '../../i18n';
import { failureMessage } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { updateEntityCommand, updateLinkCommand } from '../../stores/commands';
import { reachableDrafts } from '../../stores/drafts-slice';
import { changedFields, draftValues } from '../forms/item-draft';
import { currentDraft } from './held-draft';

/**
 * Saves every held inspector draft, each one undoable step, as the inspector's Save would.
 * The first that fails stops the rest: its item is selected, so the inspector shows it with
 * its draft, and the error names it.
 */
export async function saveHeldDrafts(): Promise<void> {
  for (const [id, held] of reachableDrafts(useAppStore.getState())) {
    const state = useAppStore.getState();
    const index = state.schemaIndex;
    const entity = held.kind === 'entity' ? state.chart.entities[id] : undefined;
    const link = held.kind === 'link' ? state.chart.links[id] : undefined;
    const record = entity ?? link;
    if (!record) continue;
    const defs = (entity ? index?.entityType(record.type) : index?.linkType(record.type))?.properties ?? [];
    const patch = changedFields(record, draftValues(currentDraft(held, record), defs));
    try {
      if (entity) await state.execute(updateEntityCommand(entity, patch));
      else if (link) await state.execute(updateLinkCommand(link, patch));
    } catch (error) {
      state.setSelection({ entities: entity ? [id] : [], links: link ? [id] : [] });
      throw new Error(failureMessage(i18n.t('inspector:saving', { label: held.label }), error), {
        cause: error,
      });
    }
    useAppStore.getState().dropDraft(id);
  }
}
