import type {
  Entity,
  EntityInput,
  EntityPatch,
  Items,
  Link,
  LinkInput,
  LinkPatch,
} from '../../../graph-schema/model';
import type { ChartSelection } from '../chart/types';
import type { Command } from './history-slice';

/** Creates an entity, puts it on the chart and selects it. Redo restores the very same record. */
export function createEntityCommand(input: EntityInput): Command {
  let created: Entity | null = null;
  return {
    label: `Create ${input.type} “${input.label}”`,
    run: async ({ api, get }) => {
      if (created) await api.restoreItems({ entities: [created], links: [] });
      else created = await api.createEntity({ entity: input });
      await get().showEntities([created]);
      get().setSelection({ entities: [created.id], links: [] });
    },
    revert: async ({ api, get }) => {
      if (!created) return;
      await api.deleteEntities({ ids: [created.id] });
      get().takeOffChart({ entities: [created.id] });
    },
  };
}

/** Creates a link; its ends are put on the chart with it. */
export function createLinkCommand(input: LinkInput, ends: Entity[]): Command {
  let created: Link | null = null;
  return {
    label: `Create link ${input.type}`,
    run: async ({ api, get }) => {
      if (created) await api.restoreItems({ entities: [], links: [created] });
      else created = await api.createLink({ link: input });
      get().putOnChart({ entities: ends.filter((e) => !get().chart.entities[e.id]), links: [created] });
      get().setSelection({ entities: [], links: [created.id] });
    },
    revert: async ({ api, get }) => {
      if (!created) return;
      await api.deleteLinks({ ids: [created.id] });
      get().takeOffChart({ links: [created.id] });
    },
  };
}

/** The fields a patch names, as they were before: applying it puts the record back. */
function reversePatch<T extends object>(before: T, patch: object): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) out[key] = before[key];
  return out;
}

export function updateEntityCommand(before: Entity, patch: EntityPatch): Command {
  const back = reversePatch(before, patch) as EntityPatch;
  const apply =
    (p: EntityPatch): Command['run'] =>
    async ({ api, get }) => {
      const updated = await api.updateEntity({ id: before.id, patch: p });
      if (get().chart.entities[updated.id]) get().putOnChart({ entities: [updated] });
    };
  return { label: `Edit ${before.type} “${before.label}”`, run: apply(patch), revert: apply(back) };
}

export function updateLinkCommand(before: Link, patch: LinkPatch): Command {
  const back = reversePatch(before, patch) as LinkPatch;
  const apply =
    (p: LinkPatch): Command['run'] =>
    async ({ api, get }) => {
      const updated = await api.updateLink({ id: before.id, patch: p });
      if (get().chart.links[updated.id]) get().putOnChart({ links: [updated] });
    };
  return { label: `Edit link “${before.label}”`, run: apply(patch), revert: apply(back) };
}

/**
 * Deletes entities (with all their links) and links from the case. Undo restores exactly
 * what the store reported removed and puts it back on the chart.
 */
export function deleteItemsCommand(ids: ChartSelection, label: string): Command {
  let removed: Items = { entities: [], links: [] };
  return {
    label: `Delete ${label}`,
    run: async ({ api, get }) => {
      const fromEntities =
        ids.entities.length > 0
          ? await api.deleteEntities({ ids: ids.entities })
          : { entities: [], links: [] };
      const gone = new Set(fromEntities.links.map((l) => l.id));
      const rest = ids.links.filter((id) => !gone.has(id));
      const fromLinks = rest.length > 0 ? await api.deleteLinks({ ids: rest }) : { entities: [], links: [] };
      removed = {
        entities: [...fromEntities.entities, ...fromLinks.entities],
        links: [...fromEntities.links, ...fromLinks.links],
      };
      get().takeOffChart({
        entities: removed.entities.map((e) => e.id),
        links: removed.links.map((l) => l.id),
      });
    },
    revert: async ({ api, get }) => {
      await api.restoreItems(removed);
      get().putOnChart(removed);
    },
  };
}
