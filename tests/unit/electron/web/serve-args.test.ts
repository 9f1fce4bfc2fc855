import { describe, expect, it } from 'vitest';
import { portFrom } from '../../../../electron/web/serve-args';

describe('portFrom', () => {
  it('defaults to 0, a free port', () => expect(portFrom([], {})).toBe(0));
  it('reads PLEXUS_PORT', () => expect(portFrom([], { PLEXUS_PORT: '5173' })).toBe(5173));
  it('prefers --port, in both spellings', () => {
    expect(portFrom(['--port', '8080'], { PLEXUS_PORT: '1' })).toBe(8080);
    expect(portFrom(['--port=9090'], {})).toBe(9090);
  });
  it.each([['--port'], ['--port=abc'], ['--port=70000'], ['--port=-1'], ['--port=1.5']])(
    'refuses %s',
    (arg) => {
      expect(() => portFrom([arg], {})).toThrow(/--port must be/);
    },
  );
});
