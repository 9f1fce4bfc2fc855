import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUpload, type UploadProgress } from '../../../../../renderer/src/bridge/uploads';

/** Just enough of XMLHttpRequest to watch what an upload sends and to answer it. */
class FakeXhr {
  static last: FakeXhr | null = null;
  opened: [string, string] | null = null;
  headers: Record<string, string> = {};
  sent: unknown = null;
  status = 200;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.opened = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const auth = { token: 'tok', session: 'sess' };
const file = (size: number) => ({ name: 'Zhāng people.csv', size }) as File;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  FakeXhr.last = null;
});
afterEach(() => vi.unstubAllGlobals());

describe('startUpload', () => {
  it('sends the file as the body, named in the query, with the token and the session', async () => {
    const progress: UploadProgress[] = [];
    const upload = startUpload(file(10), (p) => progress.push(p), auth);
    await settle();
    const xhr = FakeXhr.last!;
    expect(xhr.opened).toEqual(['POST', '/files/upload?name=Zh%C4%81ng%20people.csv']);
    expect(xhr.headers).toMatchObject({ 'x-plexus-token': 'tok', 'x-plexus-session': 'sess' });
    xhr.upload.onprogress?.({ loaded: 4, total: 10 });
    xhr.answer(200, { ok: true, value: { ref: 'upload:x/people.csv', name: 'people.csv', size: 10 } });
    await expect(upload.done).resolves.toEqual({ ref: 'upload:x/people.csv', name: 'people.csv', size: 10 });
    expect(progress).toEqual([
      { sent: 0, total: 10 },
      { sent: 4, total: 10 },
    ]);
  });

  it('hands the server’s refusal on as a PlexusError with its message', async () => {
    const upload = startUpload(file(10), () => undefined, auth);
    await settle();
    FakeXhr.last!.answer(413, { ok: false, error: { code: 'VALIDATION', message: 'over the import limit' } });
    await expect(upload.done).rejects.toMatchObject({ code: 'VALIDATION', message: 'over the import limit' });
  });

  it('refuses a file over the limit before sending a byte', async () => {
    const upload = startUpload(file(11), () => undefined, auth, 10);
    await expect(upload.done).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(FakeXhr.last?.opened ?? null).toBeNull();
  });

  it('cancels: CANCELLED, also when cancelled before the request opened', async () => {
    const running = startUpload(file(10), () => undefined, auth);
    await settle();
    running.cancel();
    await expect(running.done).rejects.toMatchObject({ code: 'CANCELLED' });
    const early = startUpload(file(10), () => undefined, auth);
    early.cancel();
    await expect(early.done).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
