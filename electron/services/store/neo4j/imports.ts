import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { Entity } from '../../../../graph-schema/model/records';
import type { PreparedBatch } from '../../../../graph-schema/model/validate';
import { stampEvidence } from '../../../../graph-schema/model/sources';
import type { ItemsBatch } from '../graph-store';
import { newEntities, type Audit } from '../write-checks';
import type { Neo4jSources } from './sources';
import type { Run } from './session';
import type { WriteTransactions } from './transactions';
import { checkLinkInputs } from './writes';

/** Imports into a server: one transaction, UNWIND writes per batch; a throw anywhere rolls it back. */

/** A batch whose entities are already checked (they need nothing from the database). */
export interface CheckedBatch {
  entities: readonly Entity[];
  links: readonly unknown[];
  updates?: ItemsBatch['updates'];
}

export async function* once(batch: CheckedBatch): AsyncIterable<CheckedBatch> {
  yield batch;
}

/** Checks each batch as it arrives, inside the transaction: a refusal rolls back the earlier ones. */
export async function* checked(
  index: SchemaIndex,
  batches: AsyncIterable<ItemsBatch>,
  audit: Audit,
): AsyncIterable<CheckedBatch> {
  for await (const batch of batches) {
    const entities = newEntities(index, batch.entities, audit);
    checkLinkInputs(index, batch.links);
    yield { entities, links: batch.links, ...(batch.updates ? { updates: batch.updates } : {}) };
  }
}

export async function streamItems(
  tx: WriteTransactions,
  batches: AsyncIterable<CheckedBatch>,
  audit: Audit,
  /** A stream may stay open long, waiting on its reader: other writes are refused meanwhile. */
  exclusive: boolean,
): Promise<{ entities: number; links: number }> {
  const total = { entities: 0, links: 0 };
  const work = async (run: Run) => {
    const writes = tx.writes(run);
    for await (const batch of batches) {
      await writes.createEntities(batch.entities);
      const links = await writes.createLinks(batch.links, audit);
      for (const { id, patch } of batch.updates ?? []) await writes.updateEntity(id, patch, audit);
      await tx.journal(run)?.flush();
      total.entities += batch.entities.length;
      total.links += links.length;
    }
    return total;
  };
  return exclusive ? tx.exclusive(work, audit) : tx.journaled('import', undefined, work, audit);
}

/** The import engine's checked batches: stamped, not checked again. */
export async function streamPrepared(
  tx: WriteTransactions,
  sources: Neo4jSources,
  batches: AsyncIterable<PreparedBatch> | Iterable<PreparedBatch>,
  audit: Audit,
): Promise<{ entities: number; links: number }> {
  const total = { entities: 0, links: 0 };
  return tx.exclusive(async (run) => {
    const writes = tx.writes(run);
    for await (const batch of batches) {
      const written = await writes.createPrepared(batch, audit);
      // The file's sources and citations, after the items they cite (the last batch holds them).
      if (batch.evidence)
        await sources.restoreEvidenceIn(run, stampEvidence(batch.evidence, audit.now, audit.actor));
      await tx.journal(run)?.flush();
      total.entities += written.entities;
      total.links += written.links;
    }
    return total;
  }, audit);
}
