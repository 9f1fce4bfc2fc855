import { describe, expect, it } from 'vitest';
import { buildScene, type SceneInput } from '../../../../graph-schema/chart/build-scene';
import { DEFAULT_CHART_STYLE } from '../../../../graph-schema/chart/style-spec';
import { builtinSchema, entity, link } from '../../renderer/src/chart/chart-fixtures';

function input(over: Partial<SceneInput> = {}): SceneInput {
  return {
    schema: builtinSchema(),
    style: DEFAULT_CHART_STYLE,
    entities: [
      entity('p1', 'Person', { label: '山田太郎' }),
      entity('p2', 'Person', { label: 'Иван Петров', classification: 'SECRET' }),
      entity('p3'),
      entity('c1', 'Company', { label: 'Acme Ltd' }),
    ],
    links: [
      link('l1', 'p1', 'c1', 'EMPLOYED_BY'),
      link('l2', 'p1', 'p2', 'ASSOCIATE_OF', { confidence: 'probable' }),
      link('l3', 'p2', 'p1', 'COMMUNICATED_WITH'),
      link('l4', 'p2', 'p3', 'ASSOCIATE_OF'),
    ],
    positions: { p1: { x: 0, y: 0 }, p2: { x: 100, y: 0 }, p3: { x: 200, y: 0 }, c1: { x: 0, y: 100 } },
    groups: [],
    annotations: [],
    iconPaths: (name) => [`M0 0 ${name}`],
    ...over,
  };
}

describe('buildScene', () => {
  it('draws every entity where it is, with its type look, icon and label', () => {
    const scene = buildScene(input());
    expect(scene.nodes.map((n) => n.label).sort()).toEqual([
      'Acme Ltd',
      'Label p3',
      'Иван Петров',
      '山田太郎',
    ]);
    const p1 = scene.nodes.find((n) => n.id === 'p1');
    expect(p1).toMatchObject({ x: 0, y: 0, icon: ['M0 0 user'], fill: '#3B82C4' });
    expect(scene.marking).toBe('SECRET');
    expect(scene.legend.some((e) => e.kind === 'node' && e.label === 'Person')).toBe(true);
  });

  it('bows parallel links apart and ends lines at node edges', () => {
    const scene = buildScene(input());
    const [a, b] = ['l2', 'l3'].map((id) => scene.edges.find((e) => e.id === id));
    expect(a?.control).not.toBeNull();
    expect(b?.control).not.toBeNull();
    expect(a?.control?.y).toBeCloseTo(-(b?.control?.y ?? 0));
    const straight = scene.edges.find((e) => e.id === 'l4');
    expect(straight?.control).toBeNull();
    expect(straight?.from.x).toBeGreaterThan(100);
    expect(straight?.to.x).toBeLessThan(200);
    expect(scene.edges.find((e) => e.id === 'l2')?.dash).toBe('dashed');
  });

  it('draws a collapsed group as one node with its links rerouted and counted', () => {
    const scene = buildScene(
      input({
        groups: [{ id: 'g', title: 'Cell', members: ['p2', 'p3'], collapsed: true }],
        positions: {
          p1: { x: 0, y: 0 },
          p2: { x: 100, y: 0 },
          p3: { x: 200, y: 0 },
          c1: { x: 0, y: 100 },
          'group:g': { x: 150, y: 50 },
        },
      }),
    );
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['c1', 'group:g', 'p1']);
    expect(scene.nodes.find((n) => n.id === 'group:g')).toMatchObject({ label: 'Cell (2)', x: 150, y: 50 });
    const meta = scene.edges.filter((e) => e.id.startsWith('meta:'));
    expect(meta).toHaveLength(1);
    expect(meta[0]?.label).toBe('2 links');
    // Hidden members still count for the banner.
    expect(scene.marking).toBe('SECRET');
  });

  it('boxes an expanded group around its members and points callouts at entities', () => {
    const scene = buildScene(
      input({
        groups: [{ id: 'g', title: 'Cell', members: ['p2', 'p3'], collapsed: false }],
        annotations: [{ id: 'n', text: 'Met in Vienna', x: 50, y: -80, attachedTo: 'p3' }],
      }),
    );
    const box = scene.groups[0];
    expect(box?.title).toBe('Cell');
    expect(box?.x).toBeLessThan(100 - 17);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(200 + 17);
    expect(scene.annotations[0]).toEqual({
      id: 'n',
      text: 'Met in Vienna',
      x: 50,
      y: -80,
      anchor: { x: 200, y: 0 },
    });
  });

  it('merges parallel links into one counted line when the style says so', () => {
    const scene = buildScene(input({ style: { ...DEFAULT_CHART_STYLE, mergeParallel: true } }));
    const between = scene.edges.filter((e) => ['l2', 'l3'].includes(e.id) || e.id.startsWith('merged:'));
    expect(between).toHaveLength(1);
    expect(between[0]?.control).toBeNull();
  });

  it('prints the legend and link labels in the export’s language, names and values unchanged', () => {
    const scene = buildScene(
      input({
        language: 'ja',
        style: { ...DEFAULT_CHART_STYLE, colorBy: 'confidence', linkLabel: 'type' },
      }),
    );
    const words = scene.legend.map((e) => e.label);
    expect(words).toEqual(['企業', '人物', '確度：確認済み', '確認済みのリンク', '可能性が高いリンク']);
    expect(words.join(' ')).not.toMatch(/Person|Company|Confirmed|Probable/);
    expect(scene.edges.find((e) => e.id === 'l1')?.label).toBe('雇用');
    const english = buildScene(input({ style: { ...DEFAULT_CHART_STYLE, colorBy: 'confidence' } }));
    expect(english.legend.map((e) => e.label)).toContain('Confidence: confirmed');
  });

  it('counts, names groups and describes unlabelled rules in Japanese for a Japanese export', () => {
    const positions = {
      p1: { x: 0, y: 0 },
      p2: { x: 100, y: 0 },
      p3: { x: 200, y: 0 },
      c1: { x: 0, y: 100 },
      'group:g': { x: 150, y: 50 },
    };
    const style = {
      ...DEFAULT_CHART_STYLE,
      mergeParallel: true,
      nodeRules: [
        {
          id: 'r',
          label: '',
          when: { field: 'props.nationality', op: 'in' as const, value: ['CN', 'JP'] },
          color: '#FF0000',
        },
      ],
    };
    const scene = buildScene(
      input({
        language: 'ja',
        style,
        groups: [{ id: 'g', title: '', members: ['p2', 'p3'], collapsed: true }],
        positions,
        entities: [...input().entities.slice(0, 3), entity('c1', 'Person', { props: { nationality: 'CN' } })],
      }),
    );
    expect(scene.nodes.find((n) => n.id === 'group:g')?.label).toBe('グループ（2）');
    expect(scene.edges.find((e) => e.id.startsWith('meta:'))?.label).toBe('リンク 2 件');
    const legend = scene.legend.map((e) => e.label);
    expect(legend).toContain('国籍：CN または JP');
    expect(legend).toContain('並行するリンクを統合（本数を表示）');
    const english = buildScene(
      input({ style, groups: [{ id: 'g', title: '', members: ['p2', 'p3'], collapsed: true }], positions }),
    );
    expect(english.nodes.find((n) => n.id === 'group:g')?.label).toBe('Group (2)');
  });
});
