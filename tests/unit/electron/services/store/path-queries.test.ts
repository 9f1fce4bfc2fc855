import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import { pathsQuery, type PathSource, type Step } from '../../../../../electron/services/store/path-queries';
import { MAX_SEARCHED_LINKS, PathsRequest } from '../../../../../graph-schema/contract/paths';
import type { Link } from '../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const schema = new SchemaIndex(loadSchema());

function linkBody(id: string, source: string, target: string, reliability: Link['reliability'] = 'B'): Link {
  return {
    id,
    type: 'ASSOCIATE_OF',
    source,
    target,
    label: 'associate of',
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'confirmed',
    reliability,
    credibility: '2',
    classification: 'UNCLASSIFIED',
    props: {},
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
  };
}

/**
 * A store as the path queries see it, over links given as [id, a, b]; it records which link
 * bodies were read, so a test sees what the walk loaded.
 */
function fakeSource(links: [string, string, string, Link['reliability']?][]) {
  const touching = new Map<string, Step<string>[]>();
  const add = (at: string, step: Step<string>) => {
    const list = touching.get(at);
    if (list) list.push(step);
    else touching.set(at, [step]);
  };
  for (const [id, a, b] of links) {
    add(a, [id, a, b]);
    add(b, [id, b, a]);
  }
  const byId = new Map(links.map(([id, a, b, reliability]) => [id, linkBody(id, a, b, reliability)]));
  const read: string[] = [];
  const walkedFrom: string[] = [];
  const source: PathSource<string> = {
    keys: async (ids) => new Map(ids.filter((id) => touching.has(id)).map((id) => [id, id])),
    steps: async (frontier) => {
      walkedFrom.push(...frontier);
      return frontier.flatMap((id) => touching.get(id) ?? []);
    },
    links: async (ids) => {
      for (const id of ids) read.push(id);
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    entities: async () => [],
  };
  return { source, read, walkedFrom };
}

describe('path queries over a store', () => {
  it('reads only the links that can lie on a path within the hop limit', async () => {
    // s - m - t, and a tail t - x - y - z that no path of 2 links from s to t can use.
    const { source, read } = fakeSource([
      ['sm', 's', 'm'],
      ['mt', 'm', 't'],
      ['tx', 't', 'x'],
      ['xy', 'x', 'y'],
      ['yz', 'y', 'z'],
    ]);
    const result = await pathsQuery(source, schema, PathsRequest.parse({ from: 's', to: 't', maxHops: 2 }));
    expect(result.paths.map((p) => p.entityIds.join(''))).toEqual(['smt']);
    expect(read.sort()).toEqual(['mt', 'sm']);
  });

  it('says the neighbourhood was cut when a hub holds more links than a search may read', async () => {
    const leaves = Array.from({ length: MAX_SEARCHED_LINKS + 1 }, (_, i): [string, string, string] => [
      `h${i}`,
      'hub',
      `leaf${i}`,
    ]);
    const { source } = fakeSource(leaves);
    const result = await pathsQuery(source, schema, PathsRequest.parse({ from: 'leaf0', to: 'leaf1' }));
    expect(result.paths.map((p) => p.entityIds)).toEqual([['leaf0', 'hub', 'leaf1']]);
    expect(result.cut).toEqual({ what: 'neighbourhood', cap: MAX_SEARCHED_LINKS });
  });

  it('stops walking once the two ends meet on a shortest path search', async () => {
    // s - m - t, with tails s - p - q and t - x - y that a 6-link limit would otherwise walk.
    const { source, walkedFrom } = fakeSource([
      ['sm', 's', 'm'],
      ['mt', 'm', 't'],
      ['sp', 's', 'p'],
      ['pq', 'p', 'q'],
      ['tx', 't', 'x'],
      ['xy', 'x', 'y'],
    ]);
    const result = await pathsQuery(source, schema, PathsRequest.parse({ from: 's', to: 't' }));
    expect(result.paths.map((p) => p.entityIds.join(''))).toEqual(['smt']);
    expect(walkedFrom.sort()).toEqual(['s', 't']);
  });

  it('walks on past the meeting route when the grade filter leaves it out', async () => {
    // s - m - t through a link graded E, and s - a - b - t all graded B.
    const { source } = fakeSource([
      ['sm', 's', 'm'],
      ['mt', 'm', 't', 'E'],
      ['sa', 's', 'a'],
      ['ab', 'a', 'b'],
      ['bt', 'b', 't'],
    ]);
    const request = {
      from: 's',
      to: 't',
      filters: { minGrade: { reliability: 'B', credibility: '2' } },
    } as const;
    const shortest = await pathsQuery(source, schema, PathsRequest.parse(request));
    expect(shortest.paths.map((p) => p.entityIds.join(''))).toEqual(['sabt']);
    const all = await pathsQuery(source, schema, PathsRequest.parse({ ...request, mode: 'allShortest' }));
    expect(all.paths.map((p) => p.entityIds.join(''))).toEqual(['sabt']);
  });
});
