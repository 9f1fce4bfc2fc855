import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readXml, type XmlEvent } from '../../../../../../../electron/services/io/formats/xml/xml-reader';
import { IMPORT_LIMITS } from '../../../../../../../electron/services/io/types';
import { tempFiles } from './helpers';

const files = tempFiles();
afterAll(files.cleanup);

async function events(path: string, maxDepth?: number): Promise<XmlEvent[]> {
  const all: XmlEvent[] = [];
  for await (const batch of readXml(path, maxDepth === undefined ? {} : { maxDepth })) all.push(...batch);
  return all;
}

const opens = (all: XmlEvent[]) => all.filter((e) => e.kind === 'open');
const text = (all: XmlEvent[]) =>
  all
    .map((e) => (e.kind === 'text' ? e.text : ''))
    .join('')
    .trim();

describe('readXml', () => {
  it('gives elements with local names, attributes, lines and paths', async () => {
    const path = files.write(
      'plain.xml',
      '<?xml version="1.0"?>\n<g:root xmlns:g="x">\n  <item id="a"/>\n</g:root>\n',
    );
    const open = opens(await events(path));
    expect(open.map((e) => e.kind === 'open' && [e.name, e.line, e.path.join('/')])).toEqual([
      ['root', 2, 'root'],
      ['item', 3, 'root/item'],
    ]);
  });

  it('refuses an external entity (XXE) and names the file and line', async () => {
    const path = files.write(
      'xxe.graphml',
      '<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<graphml>&xxe;</graphml>',
    );
    await expect(events(path)).rejects.toThrow(/xxe\.graphml: line 2.*DOCTYPE declares entities/);
  });

  it('refuses billion laughs before expanding anything', async () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const path = files.write(
      'laughs.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lols}\n]>\n<lolz>&lol9;</lolz>`,
    );
    await expect(events(path)).rejects.toThrow(/laughs\.xml: line \d+.*entities are refused/);
  });

  it('does not resolve an entity it was never told about', async () => {
    const path = files.write('undefined-entity.xml', '<root>&secret;</root>');
    await expect(events(path)).rejects.toThrow(
      'undefined-entity.xml: line 1, element root: undefined entity',
    );
  });

  it('allows a DOCTYPE without entity declarations (old GraphML files carry one)', async () => {
    const path = files.write(
      'doctype.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "graphml.dtd">\n<graphml/>',
    );
    expect(opens(await events(path))).toHaveLength(1);
  });

  it('refuses nesting deeper than the limit, naming it', async () => {
    const depth = IMPORT_LIMITS.maxXmlDepth + 1;
    const path = files.write('deep.xml', `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`);
    await expect(events(path)).rejects.toThrow(
      `nesting deeper than ${IMPORT_LIMITS.maxXmlDepth} elements is refused`,
    );
    const ok = files.write('deep-ok.xml', `${'<a>'.repeat(depth - 1)}${'</a>'.repeat(depth - 1)}`);
    expect(opens(await events(ok))).toHaveLength(depth - 1);
  });

  it('decodes by the bytes when the declaration says UTF-16 over UTF-8', async () => {
    const path = files.write(
      'lie.anx',
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n<Chart Label="Zhāng Wěi"/>', 'utf8'),
    );
    const [chart] = opens(await events(path));
    expect(chart?.kind === 'open' && chart.attrs.Label).toBe('Zhāng Wěi');
  });

  it('decodes real UTF-16 with a byte-order mark and windows-1252 by its declaration', async () => {
    const utf16 = files.write(
      'u16.xml',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>Ærø</a>', 'utf16le'),
      ]),
    );
    expect(text(await events(utf16))).toBe('Ærø');
    const cp1252 = files.write(
      'cp.xml',
      iconv.encode('<?xml version="1.0" encoding="windows-1252"?><a>café – “x”</a>', 'windows-1252'),
    );
    expect(text(await events(cp1252))).toBe('café – “x”');
  });

  it('refuses bytes that are not UTF-8 when no other encoding is declared, instead of replacing them', async () => {
    // "café" in windows-1252, undeclared: read as UTF-8 it became "caf\uFFFD" without a word.
    const path = files.write(
      'latin.graphml',
      Buffer.concat([
        Buffer.from('<graphml>\n<node>\n<data>caf'),
        Buffer.from([0xe9]),
        Buffer.from('</data>\n</node>\n</graphml>'),
      ]),
    );
    await expect(events(path)).rejects.toThrow(
      /^latin\.graphml: line 3: not valid UTF-8, and no other encoding is declared: declare the file's encoding in its XML header or save it as UTF-8$/,
    );
    const declared = files.write(
      'declared.graphml',
      Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>caf'),
        Buffer.from([0xe9]),
        Buffer.from('</a>'),
      ]),
    );
    await expect(events(declared)).rejects.toThrow(/^declared\.graphml: line 1: not valid UTF-8/);
  });

  it('names the file, line and element of malformed XML', async () => {
    const path = files.write('broken.xml', '<root>\n  <node id="a">\n</root>');
    await expect(events(path)).rejects.toThrow('broken.xml: line 3, element root: unexpected close tag');
  });
});
