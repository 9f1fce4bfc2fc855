import { basename } from 'node:path';
import type { ImportRecord, Importer, ReadOptions } from '../../types';
import { defaultEntityType, type Attr } from './schema-map';
import { GraphItems } from './graph-items';
import { describe, runXml, type XmlHandler } from './run';
import { parseTyped } from './typed-values';
import type { XmlEvent } from './xml-reader';

/**
 * GraphML (graphdrawing.org; Gephi, NetworkX, yEd): <key> declares typed attributes, <data>
 * carries them; node ids are the entity keys, exactly as written. yEd's graphics data gives
 * the label (NodeLabel/EdgeLabel) and the position (Geometry x,y) when no attribute does.
 * Graph-level <data> describes the file, not an item, and is not imported.
 */

interface Key {
  name: string;
  type: string;
  for: string;
  yfiles: string | undefined;
  default: string | undefined;
}

interface OpenItem {
  kind: 'node' | 'edge';
  id: string | undefined;
  source: string;
  target: string;
  directed: boolean;
  attrs: Attr[];
  seen: Set<string>;
  label: string | undefined;
  notes: string[];
  line: number;
  error: { field: string; message: string } | undefined;
}

interface OpenData {
  key: string;
  text: string;
  item: OpenItem;
  /** Inside yEd graphics: only label elements' text counts. */
  graphics: boolean;
  inLabel: boolean;
}

const LABEL_ELEMENTS = new Set(['NodeLabel', 'EdgeLabel']);

class GraphmlHandler implements XmlHandler {
  private readonly keys = new Map<string, Key>();
  private keyOpen: Key | undefined;
  private defaultText: string | undefined;
  private readonly directedStack: boolean[] = [];
  private readonly items: OpenItem[] = [];
  private data: OpenData | undefined;

  constructor(
    private readonly file: string,
    private readonly graph: GraphItems,
  ) {}

  onEvent(event: XmlEvent, out: ImportRecord[]): void {
    if (event.kind === 'text') {
      if (this.defaultText !== undefined) this.defaultText += event.text;
      else if (this.data && (!this.data.graphics || this.data.inLabel)) this.data.text += event.text;
      return;
    }
    if (event.kind === 'open') this.open(event);
    else this.close(event.name, out);
  }

  private open(event: Extract<XmlEvent, { kind: 'open' }>): void {
    const a = event.attrs;
    switch (event.name) {
      case 'key':
        this.keyOpen = {
          name: a['attr.name'] ?? a.id ?? '',
          type: a['attr.type'] ?? 'string',
          for: a.for ?? 'all',
          yfiles: a['yfiles.type'],
          default: undefined,
        };
        if (a.id) this.keys.set(a.id, this.keyOpen);
        return;
      case 'default':
        if (this.keyOpen) this.defaultText = '';
        return;
      case 'graph':
        this.directedStack.push(a.edgedefault === 'directed');
        return;
      case 'node':
      case 'edge':
        this.items.push(this.openItem(event.name, a, event.line));
        return;
      case 'data': {
        const item = this.items.at(-1);
        if (!item || !a.key) return; // graph-level data describes the file
        const key = this.keys.get(a.key);
        this.data = { key: a.key, text: '', item, graphics: key?.yfiles !== undefined, inLabel: false };
        return;
      }
      default:
        if (this.data?.graphics) this.graphicsElement(event);
    }
  }

  private openItem(kind: 'node' | 'edge', a: Record<string, string>, line: number): OpenItem {
    const graphDirected = this.directedStack.at(-1) ?? false;
    return {
      kind,
      id: a.id,
      source: a.source ?? '',
      target: a.target ?? '',
      directed: a.directed === undefined ? graphDirected : a.directed === 'true',
      attrs: [],
      seen: new Set(),
      label: undefined,
      notes: [],
      line,
      error: undefined,
    };
  }

  private graphicsElement(event: Extract<XmlEvent, { kind: 'open' }>): void {
    const data = this.data;
    if (!data) return;
    if (LABEL_ELEMENTS.has(event.name) && data.item.label === undefined) data.inLabel = true;
    if (event.name === 'Geometry' && event.attrs.x !== undefined && event.attrs.y !== undefined) {
      data.item.notes.push(`position: ${event.attrs.x},${event.attrs.y}`);
    }
  }

  private close(name: string, out: ImportRecord[]): void {
    switch (name) {
      case 'key':
        this.keyOpen = undefined;
        return;
      case 'default':
        if (this.keyOpen && this.defaultText !== undefined) this.keyOpen.default = this.defaultText;
        this.defaultText = undefined;
        return;
      case 'graph':
        this.directedStack.pop();
        return;
      case 'data':
        if (this.data) this.closeData(this.data);
        this.data = undefined;
        return;
      case 'node':
      case 'edge': {
        const item = this.items.pop();
        if (item) out.push(this.finish(item));
        return;
      }
      default:
        if (this.data?.inLabel && LABEL_ELEMENTS.has(name)) {
          this.data.item.label = this.data.text.trim();
          this.data.inLabel = false;
        }
    }
  }

  private closeData(data: OpenData): void {
    const key = this.keys.get(data.key);
    if (data.graphics) return; // its label and position were taken on the way through
    data.item.seen.add(data.key);
    this.addValue(data.item, key?.name ?? data.key, key?.type ?? 'string', data.text);
  }

  private addValue(item: OpenItem, name: string, type: string, raw: string): void {
    const parsed = parseTyped(type, raw);
    if ('error' in parsed) item.error ??= { field: name, message: parsed.error };
    else item.attrs.push({ name, value: parsed.value });
  }

  private finish(item: OpenItem): ImportRecord {
    for (const [id, key] of this.keys) {
      const applies = key.for === 'all' || key.for === item.kind;
      if (applies && key.default !== undefined && !item.seen.has(id) && !key.yfiles) {
        this.addValue(item, key.name, key.type, key.default);
      }
    }
    // An edge without an id is named by its ends, so the message still finds it.
    const element = describe(
      item.kind,
      item.id ?? (item.kind === 'edge' ? `${item.source} -> ${item.target}` : undefined),
    );
    const place = { file: this.file, line: item.line, element };
    if (item.error) {
      const { field, message: detail } = item.error;
      const message = `${this.file}: line ${item.line}, element ${element}: field ${field}: ${detail}`;
      const reason = { code: 'invalid', params: { detail }, field } as const;
      return { kind: 'reject', place: { ...place, field }, message, reason };
    }
    if (item.kind === 'node') {
      if (!item.id)
        return {
          kind: 'reject',
          place: { ...place, field: 'id' },
          message: `${this.file}: line ${item.line}, element node: field id: a node needs an id`,
          reason: { code: 'fieldMissing', params: { field: 'id' } },
        };
      return this.graph.entity({
        key: item.id,
        label: item.label,
        attrs: item.attrs,
        notes: item.notes,
        place,
      });
    }
    if (!item.source || !item.target) {
      const field = item.source ? 'target' : 'source';
      return {
        kind: 'reject',
        place: { ...place, field },
        message: `${this.file}: line ${item.line}, element ${element}: field ${field}: an edge needs a source and a target`,
        reason: { code: 'fieldMissing', params: { field } },
      };
    }
    return this.graph.link({
      source: item.source,
      target: item.target,
      label: item.label,
      directed: item.directed,
      attrs: item.attrs,
      notes: item.notes,
      place,
    });
  }
}

export const graphmlImporter: Importer = {
  format: 'graphml',
  extensions: ['graphml'],
  sniff: (head) => /<graphml[\s>]/.test(head.toString('latin1').replace(/\0/g, '')),
  read(path: string, options: ReadOptions): AsyncIterable<ImportRecord> {
    const items = new GraphItems(options.schema, defaultEntityType(options.mapping));
    return runXml(path, options, new GraphmlHandler(basename(path), items));
  },
};
