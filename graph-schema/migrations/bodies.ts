import type { z } from 'zod';
import { ChartBody } from '../chart/saved-chart';
import { Pattern } from '../model/pattern';
import { Entity, Link } from '../model/records';
import { Citation, Source } from '../model/sources';
import type { BodyMigration, BodySpec } from '../model/stored-body';

/**
 * Every stored body kind: its schema and its body migrations, one pure function per version
 * step. A store writes bodyVersion(spec) beside each body and reads it back through
 * readStoredBody(spec, ...). To change a body's shape: append a step here (the old version's
 * body in, the new one out), with a test, and the version every store writes moves on by one.
 * Case files from before versions were kept read as 1.
 */

export const ENTITY_BODY: BodySpec<Entity> = { kind: 'entity', schema: Entity, migrations: [] };

export const LINK_BODY: BodySpec<Link> = { kind: 'link', schema: Link, migrations: [] };

/** A chart's body is kept without its name, which has a column (and a property) of its own. */
export const StoredChartBody = ChartBody.omit({ name: true });
export type StoredChartBody = z.infer<typeof StoredChartBody>;
export const CHART_BODY: BodySpec<StoredChartBody> = {
  kind: 'chart',
  schema: StoredChartBody,
  migrations: [],
};

/** A saved pattern's id is its name. */
export const PATTERN_BODY: BodySpec<Pattern> = { kind: 'pattern', schema: Pattern, migrations: [] };

/**
 * Version 2 adds documentId (the Document entity a source stands for): older sources stand for
 * none. The Neo4j store keeps no version beside a source's body, so its bodies all read as
 * version 1 and the step keeps a documentId already there.
 */
const sourceDocumentId: BodyMigration = (body) =>
  'documentId' in body ? body : { ...body, documentId: null };

export const SOURCE_BODY: BodySpec<Source> = {
  kind: 'source',
  schema: Source,
  migrations: [sourceDocumentId],
};

export const CITATION_BODY: BodySpec<Citation> = { kind: 'citation', schema: Citation, migrations: [] };
