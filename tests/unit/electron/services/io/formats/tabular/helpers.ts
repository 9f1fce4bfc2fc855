import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mapping, type Mapping as MappingInput } from '../../../../../../../graph-schema/contract/io';
import type { ImportRecord, Importer } from '../../../../../../../electron/services/io/types';
import { SchemaIndex } from '../../../../../../../graph-schema/model/schema';
import {
  prepareEntity,
  prepareLink,
  type EntityDraft,
  type LinkDraft,
} from '../../../../../../../graph-schema/model/validate';
import { loadSchema } from '../../../../../../../electron/services/schema/load-types';

export const schema = new SchemaIndex(loadSchema([]));

/** The repository root: seven folders above this one (tests/unit/electron/services/io/formats/tabular). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../..');
/** Real public files live beside the project, never inside it. */
export const PUBLIC_DIR = join(dirname(REPO_ROOT), 'shared', 'data', 'public');
export const hasPublic = existsSync(PUBLIC_DIR);
if (!hasPublic) console.log(`skipping public-file tests: ${PUBLIC_DIR} is absent`);

export function tempDir(): {
  path: (name: string) => string;
  write: (name: string, data: string | Buffer) => string;
  done: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-tabular-'));
  return {
    path: (name) => join(dir, name),
    write: (name, data) => {
      const file = join(dir, name);
      writeFileSync(file, data);
      return file;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readAll(
  importer: Importer,
  path: string,
  mapping: MappingInput,
): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const r of importer.read(path, { schema, mapping: Mapping.parse(mapping) })) records.push(r);
  return records;
}

export type EntityRec = Extract<ImportRecord, { kind: 'entity' }>;
export type LinkRec = Extract<ImportRecord, { kind: 'link' }>;
export type RejectRec = Extract<ImportRecord, { kind: 'reject' }>;

export function split(records: ImportRecord[]) {
  return {
    entities: records.filter((r): r is EntityRec => r.kind === 'entity'),
    links: records.filter((r): r is LinkRec => r.kind === 'link'),
    rejects: records.filter((r): r is RejectRec => r.kind === 'reject'),
  };
}

/**
 * The entity records a link table sends once per mention, first one per key: the engine keeps
 * the first and merges or drops the repeats.
 */
export function firstPerKey(entities: EntityRec[]): EntityRec[] {
  const seen = new Map<string, EntityRec>();
  for (const e of entities) if (!seen.has(e.key)) seen.set(e.key, e);
  return [...seen.values()];
}

/**
 * A tiny stand-in for the import engine: keys become ids, and every record goes through the
 * schema's own checks (prepareEntity / prepareLink). Answers what validates and what does not.
 */
export function validateRecords(index: SchemaIndex, records: ImportRecord[]) {
  const ids = new Map<string, string>();
  const types = new Map<string, string>();
  const entities: EntityDraft[] = [];
  const links: LinkDraft[] = [];
  const failures: string[] = [];
  for (const r of records) {
    if (r.kind === 'entity') {
      try {
        const id = ids.get(r.key) ?? `e${ids.size + 1}`;
        ids.set(r.key, id);
        const draft = prepareEntity(index, { ...r.input, id });
        types.set(id, draft.type);
        entities.push(draft);
      } catch (error) {
        failures.push(`line ${r.place.line}: ${(error as Error).message}`);
      }
    } else if (r.kind === 'link') {
      try {
        const source = ids.get(r.sourceKey) ?? `missing:${r.sourceKey}`;
        const target = ids.get(r.targetKey) ?? `missing:${r.targetKey}`;
        links.push(prepareLink(index, { ...r.input, source, target }, (id) => types.get(id)));
      } catch (error) {
        failures.push(`line ${r.place.line}: ${(error as Error).message}`);
      }
    }
  }
  return { entities, links, failures, ids };
}
