import type { Command } from 'commander';
import { coerceKeyValues } from '../../graph-schema/model/coerce';
import { PlexusError } from '../../graph-schema/model/errors';
import type { Entity, Link } from '../../graph-schema/model/records';
import type { RemovedItems } from '../../graph-schema/model/sources';
import type { GraphStore } from '../services/store/graph-store';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { collect } from './options';
import { emit, plural, type OutputOptions } from './output';

/**
 * `show`, `update` and `delete` for entities and links: one set of commands for both kinds,
 * so an analyst who corrects a record from a script gives a reason the same way for either,
 * and the history records it as it does the app's edits.
 */

export const PROP_HELP =
  'key=value, repeatable: notes, validFrom, validTo, confidence, reliability, credibility, classification, ' +
  'aliases (a;b;c) or a property of the type';

export const LINK_PROP_HELP = PROP_HELP.replace('aliases (a;b;c)', 'label');

/** The --reason every write command takes: the analyst's why, entered in the case history. */
export const REASON_HELP = 'why, entered in the case history beside the write';

type Kind = 'entity' | 'link';
type ItemOf<K extends Kind> = K extends 'entity' ? Entity : Link;

interface KindOps<K extends Kind> {
  get(store: GraphStore, ids: readonly string[]): Promise<ItemOf<K>[]>;
  update(store: GraphStore, id: string, patch: unknown, seen: string, reason?: string): Promise<ItemOf<K>>;
  remove(store: GraphStore, ids: readonly string[], reason?: string): Promise<RemovedItems>;
}

const OPS: { [K in Kind]: KindOps<K> } = {
  entity: {
    get: (store, ids) => store.getEntities(ids),
    update: (store, id, patch, seen, reason) => store.updateEntity(id, patch, seen, reason),
    remove: (store, ids, reason) => store.deleteEntities(ids, reason),
  },
  link: {
    get: (store, ids) => store.getLinks(ids),
    update: (store, id, patch, seen, reason) => store.updateLink(id, patch, seen, reason),
    remove: (store, ids, reason) => store.deleteLinks(ids, reason),
  },
};

interface CaseOptions extends OutputOptions {
  case: string;
}

interface UpdateOptions extends CaseOptions {
  label?: string;
  prop: string[];
  unsetProp: string[];
  reason?: string;
}

interface DeleteOptions extends CaseOptions {
  reason?: string;
}

/** Every id must name a stored item before anything is written: a typo deletes nothing. */
async function existing<K extends Kind>(
  kind: K,
  store: GraphStore,
  ids: readonly string[],
  file: string,
): Promise<ItemOf<K>[]> {
  const found = await OPS[kind].get(store, ids);
  const known = new Set(found.map((item) => item.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new PlexusError('NOT_FOUND', `${file}: no ${kind} with id ${missing.join(', ')}`);
  }
  return found;
}

/** A record as `key: value` lines, the fields an analyst checks first at the top. */
export function recordLines(item: Entity | Link): string[] {
  const { props, ...fields } = item;
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join('; ') : String(value)}`);
  for (const [key, value] of Object.entries(props)) lines.push(`props.${key}: ${JSON.stringify(value)}`);
  return lines;
}

/** The patch `update` sends: the stored type's coercion of --prop, props merged, never replaced. */
function patchFor(kind: Kind, item: Entity | Link, options: UpdateOptions): Record<string, unknown> {
  const { props, ...fields } = coerceKeyValues(cliSchema(), kind, item.type, options.prop);
  const patch: Record<string, unknown> = { ...fields };
  if (options.label !== undefined) patch.label = options.label;
  if (Object.keys(props).length > 0 || options.unsetProp.length > 0) {
    const merged: Record<string, unknown> = { ...item.props, ...props };
    for (const name of options.unsetProp) {
      if (!(name in merged)) {
        throw new PlexusError('NOT_FOUND', `${kind} ${item.id} has no property ${name} to unset`);
      }
      delete merged[name];
    }
    patch.props = merged;
  }
  if (Object.keys(patch).length === 0) {
    throw new PlexusError('VALIDATION', 'nothing to change: give --label, --prop or --unset-prop');
  }
  return patch;
}

export function registerItemCommands(group: Command, kind: Kind): void {
  const ops = OPS[kind];

  group
    .command('show')
    .description(`print one ${kind}: every field, grading and property`)
    .argument('<id>', `the ${kind}'s id`)
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the whole record as JSON')
    .action(async (id: string, options: CaseOptions) => {
      const [item] = await withCase(options.case, (store) => existing(kind, store, [id], options.case));
      if (!item) throw new PlexusError('NOT_FOUND', `${options.case}: no ${kind} with id ${id}`);
      emit(options, item, () => recordLines(item));
    });

  group
    .command('update')
    .description(`change fields of one ${kind}; properties not named are kept`)
    .argument('<id>', `the ${kind}'s id`)
    .requiredOption(...CASE_OPTION)
    .option('--label <label>', 'the new name shown on the chart')
    .option('--prop <key=value>', kind === 'entity' ? PROP_HELP : LINK_PROP_HELP, collect, [])
    .option('--unset-prop <name>', 'remove a property of the type, repeatable', collect, [])
    .option('--reason <text>', REASON_HELP)
    .option('--json', 'print the whole record as JSON')
    .action(async (id: string, options: UpdateOptions) => {
      const updated = await withCase(options.case, async (store) => {
        const [item] = await existing(kind, store, [id], options.case);
        if (!item) throw new PlexusError('NOT_FOUND', `${options.case}: no ${kind} with id ${id}`);
        // The record as read is the one patched: a write in between is refused as a CONFLICT.
        return ops.update(store, id, patchFor(kind, item, options), item.updatedAt, options.reason);
      });
      emit(options, updated, () => recordLines(updated));
    });

  group
    .command('delete')
    .description(
      kind === 'entity'
        ? 'delete entities from the case, with their links and citations'
        : 'delete links from the case, with their citations',
    )
    .argument('<ids...>', `the ids of the ${kind === 'entity' ? 'entities' : 'links'}`)
    .requiredOption(...CASE_OPTION)
    .option('--reason <text>', REASON_HELP)
    .option('--json', 'print the removed records as JSON')
    .action(async (ids: string[], options: DeleteOptions) => {
      const removed = await withCase(options.case, async (store) => {
        await existing(kind, store, ids, options.case);
        return ops.remove(store, ids, options.reason);
      });
      emit(options, removed, () => [
        `deleted ${plural(removed.entities.length, 'entity', 'entities')}, ${plural(removed.links.length, 'link')}`,
      ]);
    });
}
