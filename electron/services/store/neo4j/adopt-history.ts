import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { GENESIS } from '../history/chain';
import * as q from './history-cypher';
import { ServerJournal } from './journal';
import { entityFromProperties, linkFromRow } from './records';
import type { Sessions } from './session';

const PAGE = 5000;

/**
 * Schema step 6: the head of an empty chain, then one 'adopted' entry per item already stored,
 * so from here on every item has a last entry to be checked against. What happened to them
 * before is not known and is not made up. A page per transaction; an item that has an entry
 * already (a step run again after a failure) is left as it is.
 */
export async function adoptServerHistory(
  sessions: Sessions,
  _index: SchemaIndex,
  writer: { actor: string; now: () => Date },
): Promise<void> {
  await sessions.write((run) => run(q.START_HISTORY_HEAD, { genesis: GENESIS.toString('hex') }));
  const context = { op: 'adopt' as const, at: writer.now().toISOString(), osUser: writer.actor };
  const pages = [
    ['entity', q.ENTITIES_WITH_LAST_ENTRY],
    ['link', q.LINKS_WITH_LAST_ENTRY],
  ] as const;
  for (const [kind, statement] of pages) {
    for (let after = ''; ;) {
      const size = await sessions.write(async (run) => {
        const rows = await run(statement, { after, size: PAGE });
        const fresh = rows.filter((row) => row.seq === null);
        if (fresh.length > 0) {
          const journal = await ServerJournal.begin(run, context, 'the database', undefined);
          for (const row of fresh)
            journal.adopted(kind, kind === 'entity' ? entityFromProperties(row.props) : linkFromRow(row));
          await journal.seal();
        }
        const last = rows[rows.length - 1]?.props;
        if (last && typeof last === 'object' && !Array.isArray(last) && typeof last.id === 'string')
          after = last.id;
        return rows.length;
      }, true);
      if (size < PAGE) break;
    }
  }
}
