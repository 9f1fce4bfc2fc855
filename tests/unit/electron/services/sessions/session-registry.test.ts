import { describe, expect, it } from 'vitest';
import type { CaseService } from '../../../../../electron/services/cases';
import type { ImportService } from '../../../../../electron/services/io/import-service';
import { createSessionRegistry } from '../../../../../electron/services/sessions';

/** A registry on a hand-moved clock whose sessions record being closed. */
function registry() {
  let now = 0;
  const closed: string[] = [];
  const sessions = createSessionRegistry({
    create: (holder) => ({
      cases: {
        close: async () => {
          closed.push(holder.sessionId);
          return true;
        },
      } as unknown as CaseService,
      imports: { cancel: () => false } as unknown as ImportService,
    }),
    times: { idleMs: 1000, graceMs: 100 },
    clock: () => now,
  });
  return { sessions, closed, advance: (ms: number) => (now += ms) };
}

describe('createSessionRegistry', () => {
  it('gives each window an unguessable id of its own', () => {
    const { sessions } = registry();
    const a = sessions.open('browser');
    const b = sessions.open('browser');
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sessions.get(a.id, 'browser')).toBe(a);
  });

  it('closes a session nobody has named for the idle time, and its case with it', async () => {
    const { sessions, closed, advance } = registry();
    const quiet = sessions.open('browser');
    const busy = sessions.open('browser');
    advance(900);
    sessions.get(busy.id, 'browser');
    advance(200);
    expect(await sessions.sweep()).toBe(1);
    expect(closed).toEqual([quiet.id]);
    expect(() => sessions.get(quiet.id, 'browser')).toThrow(/ended/);
  });

  it('never closes a session while one of its requests runs', async () => {
    const { sessions, closed, advance } = registry();
    const importing = sessions.open('browser');
    let finish = () => {};
    const running = sessions.use(importing, () => new Promise<void>((resolve) => (finish = resolve)));
    advance(5000);
    expect(await sessions.sweep()).toBe(0);
    finish();
    await running;
    advance(1000);
    expect(await sessions.sweep()).toBe(1);
    expect(closed).toEqual([importing.id]);
  });

  it('closes a let-go session after the grace time unless it is resumed or named again', async () => {
    const { sessions, closed, advance } = registry();
    const reloaded = sessions.open('browser');
    const gone = sessions.open('browser');
    await sessions.close(reloaded.id, true);
    await sessions.close(gone.id, true);
    expect(sessions.open('browser', reloaded.id)).toBe(reloaded);
    advance(150);
    expect(await sessions.sweep()).toBe(1);
    expect(closed).toEqual([gone.id]);
  });

  it('closes every session of a window that closed, and no other', async () => {
    const { sessions, closed } = registry();
    const one = sessions.open('window:1');
    const two = sessions.open('window:2');
    await sessions.closeOwnedBy('window:1');
    expect(closed).toEqual([one.id]);
    expect(sessions.get(two.id, 'window:2')).toBe(two);
    expect(() => sessions.get(two.id, 'window:1')).toThrow(/ended/);
  });

  it('tells its listeners the id of every session it closes, however it closes', async () => {
    const { sessions, advance } = registry();
    const told: string[] = [];
    const stop = sessions.onClosed((id) => told.push(id));
    const one = sessions.open('browser');
    const two = sessions.open('window:1');
    await sessions.close(one.id);
    await sessions.closeOwnedBy('window:1');
    const three = sessions.open('browser');
    advance(2000);
    await sessions.sweep();
    expect(told).toEqual([one.id, two.id, three.id]);
    stop();
    await sessions.close(sessions.open('browser').id);
    expect(told).toHaveLength(3);
  });
});
