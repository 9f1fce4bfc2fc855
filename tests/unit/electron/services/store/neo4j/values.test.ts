import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../../../../electron/services/store/neo4j/values';

describe('toPlain', () => {
  it('turns Integers into numbers, and into decimal text past 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(BigInt(7))).toBe(7);
  });

  it('turns temporal values into ISO text', () => {
    expect(toPlain(new neo4j.types.Date(2024, 2, 5))).toBe('2024-02-05');
    expect(toPlain(new neo4j.types.DateTime(2024, 2, 5, 13, 4, 5, 0, 0))).toBe('2024-02-05T13:04:05Z');
    expect(toPlain(new neo4j.types.LocalTime(9, 30, 0, 0))).toBe('09:30:00');
    expect(toPlain(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('turns nodes, relationships and paths into plain objects, recursively', () => {
    const a = new neo4j.types.Node(
      neo4j.int(1),
      ['Person', 'PlexusEntity'],
      { id: 'a', n: neo4j.int(3) },
      'e:1',
    );
    const b = new neo4j.types.Node(neo4j.int(2), ['Company'], { id: 'b' }, 'e:2');
    const r = new neo4j.types.Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'OWNS',
      { id: 'l' },
      'r',
      'e:1',
      'e:2',
    );
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toPlain(a)).toEqual({ labels: ['Person', 'PlexusEntity'], properties: { id: 'a', n: 3 } });
    expect(toPlain(r)).toEqual({ type: 'OWNS', properties: { id: 'l' } });
    const plain = toPlain({ path, list: [neo4j.int(1), [neo4j.int(2), null]], missing: undefined });
    expect(plain).toEqual({
      path: {
        start: { labels: ['Person', 'PlexusEntity'], properties: { id: 'a', n: 3 } },
        end: { labels: ['Company'], properties: { id: 'b' } },
        segments: [
          {
            start: { labels: ['Person', 'PlexusEntity'], properties: { id: 'a', n: 3 } },
            relationship: { type: 'OWNS', properties: { id: 'l' } },
            end: { labels: ['Company'], properties: { id: 'b' } },
          },
        ],
      },
      list: [1, [2, null]],
      missing: null,
    });
    // Plain all the way down: survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});
