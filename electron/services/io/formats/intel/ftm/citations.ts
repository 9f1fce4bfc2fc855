import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { parseGrade } from '../../../../../../graph-schema/model/grade-order';
import type { SourcePlace } from '../../../../../../graph-schema/contract/io';
import type { ImportRecord } from '../../../types';
import { SOURCE_PREFIX } from './evidence';
import type { FtmEntity } from './record';

const CITATION_PREFIX = 'plexus-citation-';
/** The role evidence.ts writes: "Admiralty B2", then the field cited in brackets. */
const ROLE = /^Admiralty (\S*)(?: \((.+)\))?$/u;
const SHA256_NOTE = /^sha256: ([0-9a-f]{64})$/u;

/**
 * A source or citation Plexus wrote into an FtM file (evidence.ts), read back as one; undefined
 * for every other entity, which reads as it always has (an Aleph Documentation stays a link).
 * A Plexus citation whose role is no grade fails the import, naming the line and field.
 */
export function evidenceRecord(
  entity: FtmEntity,
  place: SourcePlace,
  where: string,
): ImportRecord | undefined {
  const first = (name: string) => entity.properties[name]?.[0];
  if (entity.schema === 'Document' && entity.id.startsWith(SOURCE_PREFIX)) {
    const name = first('fileName');
    const sha256 = SHA256_NOTE.exec(first('notes') ?? '')?.[1];
    const size = Number(first('fileSize'));
    return {
      kind: 'source',
      key: entity.id,
      input: {
        id: entity.id.slice(SOURCE_PREFIX.length),
        title: first('title') ?? first('name') ?? entity.id,
        origin: first('publisher') ?? '',
        informationDate: first('date') ?? null,
        file: name && sha256 && Number.isInteger(size) ? { name, sha256, size } : null,
      },
      place,
    };
  }
  if (entity.schema !== 'Documentation' || !entity.id.startsWith(CITATION_PREFIX)) return undefined;
  const role = ROLE.exec(first('role') ?? '');
  const grade = role && parseGrade(role[1] ?? '');
  if (!grade) {
    const field = 'properties.role';
    const message = `${where}: ${field}: "${first('role') ?? ''}" is not an Admiralty grade (as "Admiralty B2")`;
    throw new PlexusError('VALIDATION', message, [
      { file: place.file, ...(place.line !== undefined ? { line: place.line } : {}), field, message },
    ]);
  }
  return {
    kind: 'citation',
    itemKind: 'entity',
    itemKey: first('entity') ?? '',
    sourceKey: first('document') ?? '',
    input: { field: role?.[2] ?? null, ...grade, note: first('summary') ?? '' },
    place,
  };
}
