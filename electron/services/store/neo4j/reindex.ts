import { nameFold } from '../../../../graph-schema/names/fold';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import * as cypher from './cypher';
import { entityFromProperties, searchText } from './records';
import type { Sessions } from './session';

const PAGE = 5000;

/**
 * Computes every entity's searchText and labelKey again, for a schema step that changed how
 * names are folded or read (server-schema.ts, step 3). Keyset pages on id, one transaction
 * each: a failure part way leaves the step unrecorded, and running it again redoes it whole.
 */
export async function reindexSearchText(sessions: Sessions, index: SchemaIndex): Promise<void> {
  let after = '';
  for (;;) {
    const page = await sessions.read((run) => run(cypher.SCAN_ENTITIES, { after, size: PAGE }));
    const entities = page.map((row) => entityFromProperties(row.entity));
    if (entities.length === 0) return;
    const rows = entities.map((e) => ({
      id: e.id,
      searchText: searchText(e, index),
      labelKey: nameFold(e.label),
    }));
    await sessions.write((run) => run(cypher.SET_SEARCH_TEXT, { rows }));
    after = entities[entities.length - 1]?.id ?? after;
    if (entities.length < PAGE) return;
  }
}
