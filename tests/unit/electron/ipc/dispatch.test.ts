import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import type { Session } from '../../../../electron/services/sessions';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { dispatchTo, fakeBackend } from './handler-table';

const caseInfo = {
  name: 'Tern',
  store: { kind: 'case-file' as const, location: '/cases/Tern.plexus', readOnly: false },
  schemaVersion: 1,
  entityCount: 0,
  linkCount: 0,
  entityCounts: {},
  linkCounts: {},
};

afterEach(() => vi.restoreAllMocks());

describe('dispatch', () => {
  it('answers NOT_FOUND for a method the contract does not have', async () => {
    const result = await dispatchTo({}, 'dropDatabase', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatchTo({}, 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('calls the handler with the parsed request, defaults filled in', async () => {
    const search = vi.fn(async () => ({ hits: [] }));
    const result = await dispatchTo({ search }, 'search', { text: 'zhang' });
    expect(result).toEqual({ ok: true, value: { hits: [] } });
    expect(search).toHaveBeenCalledWith(
      { text: 'zhang', limit: 20 },
      expect.objectContaining({ owner: 'browser' }),
    );
  });

  it('takes a missing payload as an empty request', async () => {
    const getCaseInfo = vi.fn(async () => null);
    expect(await dispatchTo({ getCaseInfo }, 'getCaseInfo', undefined)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('refuses an invalid payload with VALIDATION naming the field, without calling the handler', async () => {
    const openCase = vi.fn(async () => caseInfo);
    const result = await dispatchTo({ openCase }, 'openCase', { path: 42 });
    expect(openCase).not.toHaveBeenCalled();
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/^path: /);
    expect(result.error.details?.[0]).toMatchObject({ field: 'path' });
  });

  it('names an unknown field in a strict request', async () => {
    const result = await dispatchTo({}, 'getEntities', { ids: ['a'], sneaky: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ field: 'sneaky' }] },
    });
  });

  it('passes a PlexusError through as its payload', async () => {
    const getEntities = async () => {
      throw new PlexusError('NO_CASE_OPEN', 'No case is open');
    };
    expect(await dispatchTo({ getEntities }, 'getEntities', { ids: ['x'] })).toEqual({
      ok: false,
      error: { code: 'NO_CASE_OPEN', message: 'No case is open' },
    });
  });

  it('hides any other error behind INTERNAL and logs the stack to stderr only', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const closeCase = async () => {
      throw new TypeError('secret detail at /home/analyst/file.ts:12');
    };
    const result = await dispatchTo({ closeCase }, 'closeCase', {});
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toMatch(/secret|file\.ts|TypeError/);
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/secret detail[\s\S]*at /);
  });

  it('outside production, turns an answer that breaks the contract into INTERNAL', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const closeCase = async () => ({ closed: 'yes' }) as unknown as { closed: boolean };
    expect(await dispatchTo({ closeCase }, 'closeCase', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('dispatch and window sessions', () => {
  const info = async (_: unknown, session: Session) => ({ ...caseInfo, name: session.id });

  it('runs a session method in the session the request names, never another', async () => {
    const { backend, caller } = fakeBackend({ getCaseInfo: info });
    const other = backend.sessions.open('browser').id;
    expect(await dispatch(backend, 'getCaseInfo', {}, caller)).toMatchObject({
      ok: true,
      value: { name: caller.session },
    });
    expect(await dispatch(backend, 'getCaseInfo', {}, { owner: 'browser', session: other })).toMatchObject({
      ok: true,
      value: { name: other },
    });
  });

  it('refuses a session method that names no session, an unknown one, or a closed one, without calling it', async () => {
    const getCaseInfo = vi.fn(info);
    const { backend, caller } = fakeBackend({ getCaseInfo });
    const refused = { ok: false, error: { code: 'NO_SESSION' } };
    expect(await dispatch(backend, 'getCaseInfo', {}, { owner: 'browser' })).toMatchObject(refused);
    expect(
      await dispatch(backend, 'getCaseInfo', {}, { owner: 'browser', session: 'made-up' }),
    ).toMatchObject(refused);
    await backend.sessions.close(caller.session ?? '');
    expect(await dispatch(backend, 'getCaseInfo', {}, caller)).toMatchObject(refused);
    expect(getCaseInfo).not.toHaveBeenCalled();
  });

  it("refuses a request naming another window's session", async () => {
    const getCaseInfo = vi.fn(info);
    const { backend, caller } = fakeBackend({ getCaseInfo }, 'window:1');
    const answer = await dispatch(
      backend,
      'getCaseInfo',
      {},
      { owner: 'window:2', session: caller.session ?? '' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    expect(getCaseInfo).not.toHaveBeenCalled();
  });

  it('serves app methods without a session, but not with an ended one', async () => {
    const listRecentCases = vi.fn(async () => []);
    const { backend, caller } = fakeBackend({ listRecentCases });
    expect(await dispatch(backend, 'listRecentCases', {}, { owner: 'browser' })).toEqual({
      ok: true,
      value: [],
    });
    await backend.sessions.close(caller.session ?? '');
    expect(await dispatch(backend, 'listRecentCases', {}, caller)).toMatchObject({
      ok: false,
      error: { code: 'NO_SESSION' },
    });
  });
});
