import { isDeepStrictEqual } from 'node:util';
import type { PublishConflict, Resolution } from '../../../graph-schema/contract/transfer';
import type { Entity, Link } from '../../../graph-schema/model/records';
import type { Origin } from './origin';

/**
 * What publish does with each item of the case, decided against the target's copy and the
 * base version the case took offline. Pure bookkeeping: no store is touched here.
 */

type Kind = 'entity' | 'link';
type Action = 'create' | 'update' | 'unchanged' | 'conflict';

const AUDIT_FIELDS = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

/** The fields whose values differ, properties named one by one (`props.nationality`). */
export function differingFields(local: Entity | Link, server: Entity | Link): string[] {
  const a = local as Record<string, unknown>;
  const b = server as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (AUDIT_FIELDS.has(key) || isDeepStrictEqual(a[key], b[key])) continue;
    if (key !== 'props') {
      fields.push(key);
      continue;
    }
    const pa = (a.props ?? {}) as Record<string, unknown>;
    const pb = (b.props ?? {}) as Record<string, unknown>;
    for (const name of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
      if (!isDeepStrictEqual(pa[name], pb[name])) fields.push(`props.${name}`);
    }
  }
  return fields.sort();
}

/**
 * Three-way merge by id. `base` is the item's updatedAt when taken offline (undefined for an
 * item made offline, or a case with no origin): a side whose updatedAt differs from it has
 * changed. Stores keep updatedAt as written (putItems/restore), which makes this sound.
 */
export function decide(
  local: Entity | Link,
  server: Entity | Link | undefined,
  base: string | undefined,
  resolution: Resolution | undefined,
): Action {
  const localChanged = local.updatedAt !== base;
  if (!server) {
    // New in the case: create it. Taken from the server and gone there since: someone deleted
    // it. Bringing it back unasked would undo their deletion; leaving it out would drop the
    // analyst's edit. An unedited item stays deleted; an edited one is the analyst's call.
    if (base === undefined) return 'create';
    if (!localChanged || resolution === 'server') return 'unchanged';
    return resolution === 'local' ? 'create' : 'conflict';
  }
  if (isDeepStrictEqual(local, server)) return 'unchanged';
  const serverChanged = server.updatedAt !== base;
  // Not edited here: the server's version, older or newer, stays.
  if (!localChanged) return 'unchanged';
  if (!serverChanged) return 'update';
  if (resolution === 'local') return 'update';
  if (resolution === 'server') return 'unchanged';
  return 'conflict';
}

export class PublishPlan {
  created = 0;
  updated = 0;
  unchanged = 0;
  readonly conflicts: PublishConflict[] = [];
  readonly entities: Entity[] = [];
  readonly links: Link[] = [];
  /** The base after a publish: items equal on both sides move to the local version. */
  readonly base: { entities: Record<string, string>; links: Record<string, string> } = {
    entities: {},
    links: {},
  };

  constructor(
    private readonly origin: Origin | undefined,
    private readonly resolutions: Readonly<Record<string, Resolution>>,
    private readonly prefer?: Resolution,
  ) {}

  consider(kind: 'entity', local: Entity, server: Entity | undefined): void;
  consider(kind: 'link', local: Link, server: Link | undefined): void;
  consider(kind: Kind, local: Entity | Link, server: Entity | Link | undefined): void {
    const bases = kind === 'entity' ? this.origin?.base.entities : this.origin?.base.links;
    const base = bases?.[local.id];
    const after = kind === 'entity' ? this.base.entities : this.base.links;
    const action = decide(local, server, base, this.resolutions[local.id] ?? this.prefer);
    if (action === 'conflict') {
      this.conflicts.push({
        kind,
        id: local.id,
        label: local.label,
        fields: server ? differingFields(local, server) : [],
        local: { updatedAt: local.updatedAt, updatedBy: local.updatedBy },
        server: server ? { updatedAt: server.updatedAt, updatedBy: server.updatedBy } : null,
      });
    } else if (action === 'create' || action === 'update') {
      if (action === 'create') this.created++;
      else this.updated++;
      if (kind === 'entity') this.entities.push(local as Entity);
      else this.links.push(local as Link);
    } else {
      this.unchanged++;
    }
    const agreed = action === 'create' || action === 'update' || isDeepStrictEqual(local, server);
    if (agreed) after[local.id] = local.updatedAt;
    else if (base !== undefined) after[local.id] = base;
  }
}
