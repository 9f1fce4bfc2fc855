import type {
  Entity,
  EntityInput,
  EntityPatch,
  Items,
  Link,
  LinkInput,
  LinkPatch,
} from '../../../graph-schema/model';
import { joinRemoved, type RemovedItems } from '../../../graph-schema/model/sources';
import { mountedChart } from '../chart/mounted';
import { i18n } from '../i18n';
import type { ChartSelection } from '../chart/types';
import type { Command } from './history-slice';

type Positions = Record<string, { x: number; y: number }>;

/** Where the given entities are drawn now, so an undo can put them back exactly there. */
function positionsOf(ids: readonly string[]): Positions {
  const chart = mountedChart();
  const out: Positions = {};
  if (!chart) return out;
  for (const id of ids) {
    const at = chart.positionOf(id);
    if (at) out[id] = at;
  }
  return out;
}

/** Creates an entity, puts it on the chart and selects it. Redo restores the very same record. */
export function createEntityCommand(input: EntityInput): Command {
  let created: Entity | null = null;
  return {
    label: i18n.t('stores:command.createEntity', { type: input.type, label: input.label }),
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
    label: i18n.t('stores:command.createLink', { type: input.type }),
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

/**
 * Each edit names the version it was made on, so an edit someone else saved in between is
 * refused (CONFLICT) rather than overwritten; undo and redo name the version they left.
 */
export function updateEntityCommand(before: Entity, patch: EntityPatch, reason?: string): Command {
  const back = reversePatch(before, patch) as EntityPatch;
  let seen = before.updatedAt;
  const apply =
    (p: EntityPatch, why?: string): Command['run'] =>
    async ({ api, get }) => {
      const updated = await api.updateEntity({
        id: before.id,
        patch: p,
        expectedUpdatedAt: seen,
        ...(why ? { reason: why } : {}),
      });
      seen = updated.updatedAt;
      if (get().chart.entities[updated.id]) get().putOnChart({ entities: [updated] });
    };
  return {
    label: i18n.t('stores:command.editEntity', { type: before.type, label: before.label }),
    run: apply(patch, reason),
    revert: apply(back),
  };
}

export function updateLinkCommand(before: Link, patch: LinkPatch, reason?: string): Command {
  const back = reversePatch(before, patch) as LinkPatch;
  let seen = before.updatedAt;
  const apply =
    (p: LinkPatch, why?: string): Command['run'] =>
    async ({ api, get }) => {
      const updated = await api.updateLink({
        id: before.id,
        patch: p,
        expectedUpdatedAt: seen,
        ...(why ? { reason: why } : {}),
      });
      seen = updated.updatedAt;
      if (get().chart.links[updated.id]) get().putOnChart({ links: [updated] });
    };
  return {
    label: i18n.t('stores:command.editLink', { label: before.label }),
    run: apply(patch, reason),
    revert: apply(back),
  };
}

/**
 * Deletes entities (with all their links) and links from the case. Undo restores exactly
 * what the store reported removed and puts it back on the chart.
 */
export function deleteItemsCommand(ids: ChartSelection, label: string, reason?: string): Command {
  const why = reason ? { reason } : {};
  let removed: RemovedItems = { entities: [], links: [] };
  let at: Positions = {};
  return {
    label: i18n.t('stores:command.deleteFromCase', { what: label }),
    run: async ({ api, get }) => {
      at = positionsOf(ids.entities);
      const fromEntities =
        ids.entities.length > 0
          ? await api.deleteEntities({ ids: ids.entities, ...why })
          : { entities: [], links: [] };
      const gone = new Set(fromEntities.links.map((l) => l.id));
      const rest = ids.links.filter((id) => !gone.has(id));
      const fromLinks =
        rest.length > 0 ? await api.deleteLinks({ ids: rest, ...why }) : { entities: [], links: [] };
      // The citations come back with the items on undo (the store answered them with the delete).
      removed = joinRemoved(fromEntities, fromLinks);
      get().takeOffChart({
        entities: removed.entities.map((e) => e.id),
        links: removed.links.map((l) => l.id),
      });
    },
    revert: async ({ api, get }) => {
      await api.restoreItems(removed);
      get().returnToChart(removed, at);
    },
  };
}

/**
 * Delete as in i2: the items leave the chart (an entity with its links), the case keeps them.
 * Undo puts them back where they were drawn.
 */
export function removeFromChartCommand(ids: ChartSelection, label: string): Command {
  let removed: Items = { entities: [], links: [] };
  let at: Positions = {};
  return {
    label: i18n.t('stores:command.deleteFromChart', { what: label }),
    run: async ({ get }) => {
      const { chart } = get();
      const entities = new Set(ids.entities);
      const links = new Set(ids.links);
      removed = {
        entities: ids.entities.map((id) => chart.entities[id]).filter((e): e is Entity => e !== undefined),
        links: Object.values(chart.links).filter(
          (l) => links.has(l.id) || entities.has(l.source) || entities.has(l.target),
        ),
      };
      at = positionsOf(ids.entities);
      get().takeOffChart(ids);
    },
    revert: async ({ get }) => {
      get().returnToChart(removed, at);
    },
  };
}

/** One item's fields before and after a multi-edit. */
export type ItemChange =
  { kind: 'entity'; before: Entity; patch: EntityPatch } | { kind: 'link'; before: Link; patch: LinkPatch };

/**
 * Edits many items as one undo step. The store has no batch update, so each item is updated
 * in turn; if one fails, those already changed are put back before the error is reported, so
 * the case is never left half-edited.
 */
export function updateItemsCommand(changes: readonly ItemChange[], label: string): Command {
  // One command per item, made once: each remembers the version it last saw, which its undo
  // and redo name (a fresh command would name the version from before the edit: a CONFLICT).
  const commands = changes.map((change) =>
    change.kind === 'entity'
      ? updateEntityCommand(change.before, change.patch)
      : updateLinkCommand(change.before, change.patch),
  );
  const step = (command: Command, back: boolean) => (back ? command.revert : command.run);

  const applyAll =
    (back: boolean): Command['run'] =>
    async (context) => {
      const done: Command[] = [];
      try {
        for (const command of commands) {
          await step(command, back)(context);
          done.push(command);
        }
      } catch (error) {
        for (const command of done.reverse()) await step(command, !back)(context);
        throw error;
      }
    };
  return {
    label: i18n.t('stores:command.editItems', { what: label }),
    run: applyAll(false),
    revert: applyAll(true),
  };
}
