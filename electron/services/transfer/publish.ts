import type { PublishResult, Resolution } from '../../../graph-schema/contract/transfer';
import { PlexusError } from '../../../graph-schema/model/errors';
import type { GraphStore } from '../store/graph-store';
import { historyHead, recordPublication } from '../history-head';
import { ORIGIN_KEY, readOrigin, type Origin } from './origin';
import { PublishPlan } from './publish-plan';

export interface PublishOptions {
  /** Report what would happen and the conflicts; write nothing on either side. */
  dryRun?: boolean;
  /** The analyst's choice per conflicting id. */
  resolutions?: Readonly<Record<string, Resolution>>;
  /** The choice for every conflict without its own resolution (the CLI's --prefer). */
  prefer?: Resolution;
  now?: () => Date;
}

/** Items compared per round trip to the target. */
const BATCH = 1000;

/**
 * Merges a case into a target store by id (see publish-plan for the rules): new items are
 * created, items changed only in the case are updated, items changed on both sides are
 * conflicts left as they are on the target unless a resolution says otherwise. Everything to
 * write goes in one putItems call, so the target gets all of it or none.
 *
 * Deletions made in the case are NOT propagated: an item missing from the case is left
 * alone on the target (the case holds only a piece of the graph, and "missing" cannot be
 * told from "never taken"). Deleting on the server stays an explicit act.
 */
export async function publishCase(
  offline: GraphStore,
  target: GraphStore,
  options: PublishOptions = {},
): Promise<PublishResult> {
  if (target.readOnly) {
    throw new PlexusError(
      'FORBIDDEN',
      `${target.name}: the connection is read-only; publishing needs one with write access`,
    );
  }
  const dryRun = options.dryRun ?? false;
  const origin = await readOrigin(offline);
  // Read before the case is scanned: the history that produced what is published.
  const head = dryRun ? undefined : await historyHead(offline, (options.now ?? (() => new Date()))());
  const plan = new PublishPlan(origin, options.resolutions ?? {}, options.prefer);

  for await (const batch of offline.scanEntities(BATCH)) {
    const server = new Map((await target.getEntities(batch.map((e) => e.id))).map((e) => [e.id, e]));
    for (const local of batch) plan.consider('entity', local, server.get(local.id));
  }
  for await (const batch of offline.scanLinks(BATCH)) {
    const server = new Map((await target.getLinks(batch.map((l) => l.id))).map((l) => [l.id, l]));
    for (const local of batch) plan.consider('link', local, server.get(local.id));
  }
  await checkEnds(plan, target);

  if (!dryRun) {
    if (plan.entities.length + plan.links.length > 0) {
      await target.putItems({ entities: plan.entities, links: plan.links });
    }
    const next = nextOrigin(origin, target, plan, options.now);
    await offline.writeMeta(ORIGIN_KEY, next);
    // On the target, outside the case: the case's head as published, for audit verify --against.
    if (head)
      await recordPublication(target, { from: offline.location, at: next.publishedAt ?? head.at, head });
  }
  return {
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    conflicts: plan.conflicts,
    dryRun,
  };
}

/**
 * A link written must end at entities the target has or gets in the same call. A case's own
 * links always end in the case, so this only trips on a target that lost entities meanwhile;
 * better a clear refusal than the store's generic one halfway through.
 */
async function checkEnds(plan: PublishPlan, target: GraphStore): Promise<void> {
  const coming = new Set(plan.entities.map((e) => e.id));
  const ends = [...new Set(plan.links.flatMap((l) => [l.source, l.target]))].filter((id) => !coming.has(id));
  if (ends.length === 0) return;
  const there = new Set((await target.getEntities(ends)).map((e) => e.id));
  const missing = ends.filter((id) => !there.has(id));
  if (missing.length === 0) return;
  const link = plan.links.find((l) => missing.includes(l.source) || missing.includes(l.target));
  throw new PlexusError(
    'VALIDATION',
    `link ${link?.id ?? ''}: entity ${missing[0] ?? ''} is neither in the case nor on ${target.name}` +
      (missing.length > 1 ? ` (and ${missing.length - 1} more missing entities)` : ''),
    missing.map((id) => ({ field: 'source', rule: 'exists', message: `entity ${id} not found` })),
  );
}

/** After a publish the case tracks the target it went to; a case with no origin gains one. */
function nextOrigin(
  origin: Origin | undefined,
  target: GraphStore,
  plan: PublishPlan,
  now?: () => Date,
): Origin {
  const at = (now ?? (() => new Date()))().toISOString();
  return {
    kind: origin?.kind ?? target.kind,
    location: origin?.location ?? target.location,
    name: origin?.name ?? target.name,
    takenAt: origin?.takenAt ?? at,
    publishedAt: at,
    base: plan.base,
  };
}
