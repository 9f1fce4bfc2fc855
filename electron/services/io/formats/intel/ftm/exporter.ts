import { DEFAULT_GRADING, type Entity, type Link } from '../../../../../../graph-schema/model/records';
import type { Exporter } from '../../../types';
import type { GraphStore } from '../../../../store/graph-store';
import { writeAtomically } from '../../../atomic-write';
import { plexusLines } from '../shared/plexus-lines';
import { evidenceLines } from './evidence';
import { exportEdge, exportSchema, EXPORT_PROPS } from './export-table';
import { ftmSchema } from './model';

const BATCH = 5_000;

/** Properties of one FtM entity, each a list of strings, skipping any the schema lacks. */
class FtmProps {
  readonly values: Record<string, string[]> = {};
  readonly lines: string[] = [];
  constructor(private readonly schema: string) {}

  add(name: string, value: string | number | boolean, fallback = name): void {
    const text = String(value);
    if (text === '') return;
    if (ftmSchema(this.schema)?.hasProperty(name)) (this.values[name] ??= []).push(text);
    else this.lines.push(`${fallback}: ${text}`);
  }

  /** Free text and everything without an FtM property, in `notes` (or `description` on intervals). */
  finish(notes: string): Record<string, string[]> {
    const text = [notes, ...this.lines].filter((t) => t !== '').join('\n');
    const into = ftmSchema(this.schema)?.hasProperty('notes') ? 'notes' : 'description';
    if (text !== '') (this.values[into] ??= []).push(text);
    return this.values;
  }
}

/** Dates with no FtM field and non-default grading travel as `plexus.*` lines in the notes. */
function carriedLines(item: Entity | Link, dated: boolean): string {
  const defaults = {
    ...DEFAULT_GRADING,
    ...(dated ? { validFrom: item.validFrom, validTo: item.validTo } : {}),
  };
  return [item.notes, ...plexusLines(item as unknown as Record<string, unknown>, defaults)]
    .filter(Boolean)
    .join('\n');
}

export function entityLine(entity: Entity): string {
  const { schema, labelProp, kindProp } = exportSchema(entity);
  const props = new FtmProps(schema);
  props.add(labelProp, entity.label);
  for (const alias of entity.aliases) props.add('alias', alias);
  for (const [name, value] of Object.entries(entity.props)) {
    const ftm = EXPORT_PROPS[name];
    const lower = ftm === 'country' || ftm === 'nationality' || ftm === 'jurisdiction';
    if (ftm !== undefined)
      props.add(ftm, lower ? String(value).toLowerCase() : value, `plexus.props.${name}`);
    else if (kindProp !== undefined && name === 'identifierKind')
      props.add(kindProp, value, `plexus.props.${name}`);
    else props.add(`plexus.props.${name}`, value);
  }
  const dated = ftmSchema(schema)?.hasProperty('startDate') === true;
  if (dated && entity.validFrom) props.add('startDate', entity.validFrom);
  if (dated && entity.validTo) props.add('endDate', entity.validTo);
  const properties = props.finish(carriedLines(entity, dated));
  return JSON.stringify({ id: entity.id, schema, caption: entity.label, properties });
}

export function linkLine(link: Link, typeOf: (id: string) => string | undefined): string {
  const edge = exportEdge(link, typeOf);
  const props = new FtmProps(edge.schema);
  props.add(edge.source, link.source);
  props.add(edge.target, link.target);
  if (edge.schema === 'UnknownLink') props.add('role', link.type);
  for (const [name, value] of Object.entries(link.props)) {
    props.add(edge.props[name] ?? `plexus.props.${name}`, value, `plexus.props.${name}`);
  }
  if (link.validFrom) props.add('startDate', link.validFrom);
  if (link.validTo) props.add('endDate', link.validTo);
  const properties = props.finish(carriedLines(link, true));
  return JSON.stringify({ id: link.id, schema: edge.schema, properties });
}

/**
 * FtM JSON lines: every entity by the reverse schema table, every link as an edge entity; ids
 * are Plexus ids. Sources and citations follow as Document and Documentation (evidence.ts).
 */
export const ftmExporter: Exporter = {
  format: 'ftm',
  async write(store: GraphStore, path: string) {
    const counts = { entities: 0, links: 0 };
    const types = new Map<string, string>();
    await writeAtomically(path, async (write) => {
      for await (const batch of store.scanEntities(BATCH)) {
        for (const entity of batch) {
          types.set(entity.id, entity.type);
          await write(`${entityLine(entity)}\n`);
          counts.entities++;
        }
      }
      for await (const batch of store.scanLinks(BATCH)) {
        for (const link of batch) {
          await write(`${linkLine(link, (id) => types.get(id))}\n`);
          counts.links++;
        }
      }
      for (const text of await evidenceLines(store)) await write(`${text}\n`);
    });
    return { files: [path], ...counts };
  },
};
