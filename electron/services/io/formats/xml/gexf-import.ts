import { basename } from 'node:path';
import type { RejectReason } from '../../../../../graph-schema/contract/io';
import type { ImportRecord, Importer, ReadOptions } from '../../types';
import { GraphItems } from './graph-items';
import { describe, runXml, type XmlHandler } from './run';
import { defaultEntityType, type Attr } from './schema-map';
import { parseTyped } from './typed-values';
import type { XmlEvent } from './xml-reader';

/**
 * GEXF 1.1draft, 1.2 and 1.3 (Gephi). Node ids stay exactly as written ("0.0" is not 0).
 * <meta> describes the file and is not imported, so an invalid date there cannot fail an
 * import; namespaces are not checked, so a malformed namespace URI cannot either.
 * Every edge keeps its weight as a `weight: N` notes line, 1 when absent (GEXF's default),
 * except in files Plexus wrote (creator "Plexus"), whose notes are already exact.
 * viz:position becomes a `position: x,y` line; colours and sizes are drawing, not data.
 */

interface Attribute {
  title: string;
  type: string;
  default: string | undefined;
}

interface OpenItem {
  kind: 'node' | 'edge';
  a: Record<string, string>;
  attrs: Attr[];
  seen: Set<string>;
  notes: string[];
  line: number;
  error: { field: string; message: string } | undefined;
}

/** Element attributes the format itself uses; every other one is data. */
const STRUCTURAL = new Set(['id', 'label', 'source', 'target', 'type']);

class GexfHandler implements XmlHandler {
  private readonly attributes = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  private attributeClass: 'node' | 'edge' = 'node';
  private attributeOpen: Attribute | undefined;
  private text: string | undefined;
  private creator = '';
  private inCreator = false;
  private defaultDirected = false;
  private item: OpenItem | undefined;

  constructor(
    private readonly file: string,
    private readonly graph: GraphItems,
  ) {}

  onEvent(event: XmlEvent, out: ImportRecord[]): void {
    if (event.kind === 'text') {
      if (this.text !== undefined) this.text += event.text;
      if (this.inCreator) this.creator += event.text;
    } else if (event.kind === 'open') this.open(event);
    else this.close(event.name, out);
  }

  private open(event: Extract<XmlEvent, { kind: 'open' }>): void {
    const a = event.attrs;
    switch (event.name) {
      case 'creator':
        this.inCreator = event.path.includes('meta');
        return;
      case 'graph':
        this.defaultDirected = a.defaultedgetype === 'directed';
        return;
      case 'attributes':
        this.attributeClass = a.class === 'edge' ? 'edge' : 'node';
        return;
      case 'attribute': {
        const id = a.id ?? a.title ?? '';
        this.attributeOpen = { title: a.title ?? id, type: a.type ?? 'string', default: undefined };
        this.attributes[this.attributeClass].set(id, this.attributeOpen);
        return;
      }
      case 'default':
        if (this.attributeOpen) this.text = '';
        return;
      case 'node':
      case 'edge':
        this.item = {
          kind: event.name,
          a,
          attrs: [],
          seen: new Set(),
          notes: [],
          line: event.line,
          error: undefined,
        };
        return;
      case 'attvalue':
        if (this.item) this.attvalue(this.item, a);
        return;
      case 'position':
        if (this.item && a.x !== undefined && a.y !== undefined)
          this.item.notes.push(`position: ${a.x},${a.y}`);
        return;
      default:
    }
  }

  private attvalue(item: OpenItem, a: Record<string, string>): void {
    const id = a.for ?? a.id ?? '';
    item.seen.add(id);
    const declared = this.attributes[item.kind].get(id);
    this.addValue(item, declared?.title ?? id, declared?.type ?? 'string', a.value ?? '');
  }

  private addValue(item: OpenItem, name: string, type: string, raw: string): void {
    const parsed = parseTyped(type, raw);
    if ('error' in parsed) item.error ??= { field: name, message: parsed.error };
    else item.attrs.push({ name, value: parsed.value });
  }

  private close(name: string, out: ImportRecord[]): void {
    if (name === 'creator') this.inCreator = false;
    else if (name === 'attribute') this.attributeOpen = undefined;
    else if (name === 'default') {
      if (this.attributeOpen && this.text !== undefined) this.attributeOpen.default = this.text;
      this.text = undefined;
    } else if ((name === 'node' || name === 'edge') && this.item) {
      out.push(this.finish(this.item));
      this.item = undefined;
    }
  }

  private finish(item: OpenItem): ImportRecord {
    const { a } = item;
    for (const [id, attribute] of this.attributes[item.kind]) {
      if (attribute.default !== undefined && !item.seen.has(id))
        this.addValue(item, attribute.title, attribute.type, attribute.default);
    }
    // The element's own data attributes (weight, kind, pid, start...) come first, as written.
    const own: Attr[] = [];
    for (const [name, raw] of Object.entries(a)) {
      if (STRUCTURAL.has(name) || name.includes(':')) continue;
      if (name === 'weight') {
        const parsed = parseTyped('double', raw);
        if ('error' in parsed) item.error ??= { field: name, message: parsed.error };
        else own.push({ name, value: parsed.value });
      } else own.push({ name, value: raw });
    }
    if (item.kind === 'edge' && a.weight === undefined && !this.creator.trim().startsWith('Plexus')) {
      own.push({ name: 'weight', value: 1 });
    }
    const attrs = [...own, ...item.attrs];
    const element = describe(item.kind, a.id);
    const place = { file: this.file, line: item.line, element };
    const reject = (field: string, message: string, reason: RejectReason): ImportRecord => ({
      kind: 'reject',
      place: { ...place, field },
      message: `${this.file}: line ${item.line}, element ${element}: field ${field}: ${message}`,
      reason,
    });
    if (item.error) {
      const { field, message } = item.error;
      return reject(field, message, { code: 'invalid', params: { detail: message }, field });
    }
    if (item.kind === 'node') {
      if (!a.id) return reject('id', 'a node needs an id', { code: 'fieldMissing', params: { field: 'id' } });
      return this.graph.entity({ key: a.id, label: a.label, attrs, notes: item.notes, place });
    }
    if (!a.source || !a.target) {
      const field = a.source ? 'target' : 'source';
      return reject(field, 'an edge needs a source and a target', {
        code: 'fieldMissing',
        params: { field },
      });
    }
    const directed = a.type === undefined ? this.defaultDirected : a.type === 'directed';
    return this.graph.link({
      source: a.source,
      target: a.target,
      label: a.label,
      directed,
      attrs,
      notes: item.notes,
      place,
    });
  }
}

export const gexfImporter: Importer = {
  format: 'gexf',
  extensions: ['gexf'],
  sniff: (head) => /<gexf[\s>]/.test(head.toString('latin1').replace(/\0/g, '')),
  read(path: string, options: ReadOptions): AsyncIterable<ImportRecord> {
    const items = new GraphItems(options.schema, defaultEntityType(options.mapping));
    return runXml(path, options, new GexfHandler(basename(path), items));
  },
};
