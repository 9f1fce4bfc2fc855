import { describe, expect, it } from 'vitest';
import {
  draftErrors,
  draftFrom,
  saveRequest,
} from '../../../../../../renderer/src/features/start/connection-draft';

describe('connection form draft', () => {
  it("names the URI field with the contract's own message for a wrong scheme", () => {
    const draft = { ...draftFrom(null), name: 'Team', uri: 'http://graph.local:7474' };
    expect(draftErrors(draft, false)).toEqual({
      uri: 'must be a neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc:// address',
    });
    expect(draftErrors({ ...draft, uri: 'bolt+ssc://10.0.0.5:7687' }, false)).toEqual({});
  });

  it('keeps the stored password unless a new one is typed', () => {
    const draft = { ...draftFrom(null), name: 'Team' };
    expect(saveRequest(draft, 'c1')).not.toHaveProperty('password');
    expect(saveRequest({ ...draft, password: 'pw' }, undefined)).toMatchObject({ password: 'pw' });
    expect(saveRequest(draft, undefined)).not.toHaveProperty('id');
  });
});
