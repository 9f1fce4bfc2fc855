import { describe, expect, it } from 'vitest';
import { type Envelope, METHOD_NAMES } from '../../../../../graph-schema/contract';
import { isPlexusError, type PlexusError } from '../../../../../graph-schema/model';
import { createClient } from '../../../../../renderer/src/bridge/client';
import type { Transport } from '../../../../../renderer/src/bridge/transport';

describe('bridge client', () => {
  it('has one function per contract method', () => {
    const client = createClient(() => Promise.resolve({ ok: true, value: null }));
    expect(Object.keys(client).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('sends the method and request and unwraps the value', async () => {
    const seen: [string, unknown][] = [];
    const transport: Transport = (method, request) => {
      seen.push([method, request]);
      return Promise.resolve({ ok: true, value: { closed: true } });
    };
    await expect(createClient(transport).closeCase({})).resolves.toEqual({ closed: true });
    expect(seen).toEqual([['closeCase', {}]]);
  });

  it('throws a PlexusError with the code, message and places of a failed envelope', async () => {
    const failure: Envelope<never> = {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'validFrom: must be a date',
        details: [{ field: 'patch.validFrom', rule: 'custom', message: 'validFrom: must be a date' }],
      },
    };
    const client = createClient(() => Promise.resolve(failure));
    const error = await client
      .updateEntity({ id: 'x', patch: { validFrom: '2019-13' } })
      .catch((e: unknown) => e);
    expect(isPlexusError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'validFrom: must be a date' });
    expect((error as PlexusError).details?.[0]?.field).toBe('patch.validFrom');
  });
});
