import { describe, expect, it } from 'vitest';
import { isMatched, KeyRefs } from '../../../../../../electron/services/io/engine/key-refs';

describe('KeyRefs', () => {
  it('keeps created entities packed and matched ones as the case has them', () => {
    const refs = new KeyRefs();
    refs.created('Ann', 'id-1', 'Person');
    refs.created('Acme', 'id-2', 'Company');
    refs.matched('Bo', 'case-7', 'Person');
    const ann = refs.get('Ann');
    const acme = refs.get('Acme');
    const bo = refs.get('Bo');
    expect(typeof ann).toBe('number');
    expect([refs.idOf(ann!), refs.typeOf(ann!)]).toEqual(['id-1', 'Person']);
    expect([refs.idOf(acme!), refs.typeOf(acme!)]).toEqual(['id-2', 'Company']);
    expect([refs.idOf(bo!), refs.typeOf(bo!)]).toEqual(['case-7', 'Person']);
    expect([isMatched(ann), isMatched(bo), isMatched(undefined)]).toEqual([false, true, false]);
    expect([refs.has('Ann'), refs.has('Cy')]).toEqual([true, false]);
  });
});
