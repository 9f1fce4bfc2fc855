import { formatGrade } from '../../../../../../graph-schema/model/grade-order';
import type { Citation, Source } from '../../../../../../graph-schema/model/sources';
import type { GraphStore } from '../../../../store/graph-store';
import { ftmSchema } from './model';

/**
 * Evidence in FtM, where the model has a place for it: each source as a `Document` (title,
 * publisher = origin, date, fileName; the SHA-256 in notes, since FtM's contentHash is Aleph's
 * SHA-1 of stored content) and each citation of an entity as a `Documentation` joining the
 * entity to it, its Admiralty grade as `role` and its note as `summary`. Citations of links
 * have no place (an FtM interval is not a Thing a Documentation can name) and are left out.
 */

function line(id: string, schema: string, props: Record<string, string | null | undefined>): string {
  const properties: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(props))
    if (value && ftmSchema(schema)?.hasProperty(name)) properties[name] = [value];
  return JSON.stringify({ id, schema, properties });
}

/** How a source's FtM id starts: an import reads such a Document back as a source (citations.ts). */
export const SOURCE_PREFIX = 'plexus-source-';
export const sourceFtmId = (source: Pick<Source, 'id'>): string => `${SOURCE_PREFIX}${source.id}`;

export function sourceLine(source: Source): string {
  return line(sourceFtmId(source), 'Document', {
    title: source.title,
    publisher: source.origin,
    date: source.informationDate,
    fileName: source.file?.name,
    fileSize: source.file ? String(source.file.size) : undefined,
    notes: source.file ? `sha256: ${source.file.sha256}` : undefined,
  });
}

export function citationLine(citation: Citation): string | undefined {
  if (citation.itemKind !== 'entity') return undefined;
  const grade = `Admiralty ${formatGrade(citation)}${citation.field ? ` (${citation.field})` : ''}`;
  return line(`plexus-citation-${citation.id}`, 'Documentation', {
    document: sourceFtmId({ id: citation.sourceId }),
    entity: citation.itemId,
    role: grade,
    summary: citation.note,
  });
}

/** The lines an FtM export appends after the records: sources first, so citations name them. */
export async function evidenceLines(store: GraphStore): Promise<string[]> {
  const evidence = await store.sources.evidence();
  return [...evidence.sources.map(sourceLine), ...evidence.citations.flatMap((c) => citationLine(c) ?? [])];
}
