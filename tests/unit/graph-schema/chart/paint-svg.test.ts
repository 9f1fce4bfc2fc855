import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../../../graph-schema/chart/paint-svg';
import { header, sampleScene } from '../../../support/chart/scenes';

/** Parses the document strictly (namespaces on) and collects each <text> element's content. */
function parseTexts(svg: string): { texts: string[]; root: string } {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  let root = '';
  let current: string | null = null;
  parser.on('opentag', (tag) => {
    if (!root) root = `${tag.uri} ${tag.local}`;
    if (tag.local === 'text') current = '';
  });
  parser.on('text', (t) => {
    if (current !== null) current += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'text' && current !== null) texts.push(current);
    if (tag.local === 'text') current = null;
  });
  parser.write(svg).close();
  return { texts, root };
}

describe('sceneToSvg', () => {
  it('is well-formed SVG holding every node label and both banners as text', () => {
    const scene = sampleScene('SECRET');
    const svg = sceneToSvg(scene, header());
    const { texts, root } = parseTexts(svg);
    expect(root).toBe('http://www.w3.org/2000/svg svg');
    for (const n of scene.nodes) expect(texts).toContain(n.label);
    expect(texts.filter((t) => t === 'SECRET')).toHaveLength(2);
    expect(texts).toContain('Operation Tern — link chart');
    expect(svg).toContain('font-family="&quot;Noto Sans&quot;,&quot;Noto Sans JP&quot;');
    expect(svg).toContain('xml:space="preserve"');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const scene = sampleScene();
    scene.nodes[0] = { ...scene.nodes[0]!, label: 'A & B <script>\u0007 "q"' };
    const { texts } = parseTexts(sceneToSvg(scene, header({ title: '' })));
    expect(texts).toContain('A & B <script> "q"');
  });
});
