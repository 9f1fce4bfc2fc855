/**
 * Work over a list done a slice at a time, the page given back between slices so input and
 * frames go on: a slice ends after `sliceMs`, or sooner when the browser says input is
 * waiting. Before each slice `stale()` is asked whether the work is still wanted; once it
 * says no, nothing more is done and the promise resolves false. Resolves true when every
 * item was done, in order, each once.
 */
export function runInSlices<T>(
  items: readonly T[],
  doOne: (item: T) => void,
  options: { sliceMs: number; step: number; stale: () => boolean },
): Promise<boolean> {
  let i = 0;
  return new Promise<boolean>((resolve) => {
    const slice = () => {
      if (options.stale()) {
        resolve(false);
        return;
      }
      const began = performance.now();
      while (i < items.length) {
        const end = Math.min(items.length, i + options.step);
        for (; i < end; i++) doOne(items[i] as T);
        if (performance.now() - began >= options.sliceMs || inputPending()) break;
      }
      if (i >= items.length) resolve(true);
      else yieldThen(slice);
    };
    yieldThen(slice);
  });
}

interface PostTask {
  postTask(callback: () => void, options: { priority: 'user-visible' | 'background' }): Promise<void>;
}

/**
 * Runs `fn` in a later task. Chromium's scheduler runs 'user-visible' tasks after input and
 * frames; elsewhere a zero timeout does (clamped to 4 ms after a few in a row).
 */
function yieldThen(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function')
    void scheduler.postTask(fn, { priority: 'user-visible' });
  else setTimeout(fn, 0);
}

function inputPending(): boolean {
  const scheduling = (globalThis as { navigator?: { scheduling?: { isInputPending?: () => boolean } } })
    .navigator?.scheduling;
  return typeof scheduling?.isInputPending === 'function' && scheduling.isInputPending();
}
