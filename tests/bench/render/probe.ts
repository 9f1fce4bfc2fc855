/**
 * What the render bench measures inside the page, the same on the app and on the bare page.
 * `installProbe` goes in with page.addInitScript, so it must be self-contained (no imports,
 * no outside names): Playwright sends its source text.
 */

/** One measured stretch of input, as the page reports it. */
export interface InputWindow {
  /** Frames the page produced (requestAnimationFrame callbacks) while the input went on. */
  frames: number;
  /** Cytoscape draws in the same time (its 'render' event). */
  draws: number;
  ms: number;
  /** Each input event's timeStamp to the end of the first Cytoscape draw after the page handled it. */
  latencies: number[];
  /** Inputs no draw followed before the window closed. */
  unanswered: number;
}

export interface ProbeApi {
  /** When the app's chart data (getEntities and getLinks answers) had been read, by the page's clock. */
  dataAt: number;
  /** Resolves with the time of the first frame after Cytoscape drew at least n nodes. */
  chartUp(n: number): Promise<number>;
  /** A background point (no node under it or near) near the middle of the chart, in page pixels. */
  backgroundPoint(): { x: number; y: number } | null;
  fit(): void;
  start(): void;
  stop(): InputWindow;
  nodeCount(): number;
}

export function installProbe(): void {
  type Ele = { renderedBoundingBox(): { x1: number; x2: number; y1: number; y2: number } };
  type Cy = {
    nodes(): { length: number; toArray(): Ele[] };
    on(event: string, fn: () => void): void;
    removeListener(event: string, fn: () => void): void;
    pan(): { x: number; y: number };
    zoom(): number;
    fit(eles?: unknown, padding?: number): void;
    container(): HTMLElement | null;
  };
  const w = window as unknown as { __renderBench: ProbeApi; fetch: typeof fetch };

  const findCy = (): Cy | null => {
    for (const el of Array.from(document.querySelectorAll('div'))) {
      const reg = (el as unknown as { _cyreg?: { cy?: Cy } })._cyreg;
      if (reg?.cy) return reg.cy;
    }
    return null;
  };
  const nextFrame = () =>
    new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  // The app's chart data: the answers to getEntities and getLinks, read (JSON parsed).
  const realFetch = w.fetch.bind(window);
  w.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/\/(getEntities|getLinks)$/.test(url)) return response;
    const json = response.json.bind(response);
    response.json = async () => {
      const body: unknown = await json();
      api.dataAt = Math.max(api.dataAt, performance.now());
      return body;
    };
    return response;
  };

  let measuring: {
    frames: number;
    draws: number;
    began: number;
    pending: { ts: number; handled: number }[];
    latencies: number[];
    onDraw: () => void;
    cy: Cy;
  } | null = null;
  const onInput = (event: Event) => {
    // Only real input: the app hands a wheel over its link handle on to the chart as a copy.
    if (!measuring || !event.isTrusted) return;
    if (event.type === 'mousemove' && (event as MouseEvent).buttons === 0) return;
    measuring.pending.push({ ts: event.timeStamp, handled: performance.now() });
  };
  window.addEventListener('wheel', onInput, { capture: true, passive: true });
  window.addEventListener('mousemove', onInput, { capture: true, passive: true });

  const api: ProbeApi = {
    dataAt: 0,
    async chartUp(n) {
      let cy = findCy();
      while (!cy) {
        await nextFrame();
        cy = findCy();
      }
      const found = cy;
      return new Promise<number>((resolve) => {
        // Counted until the nodes are in, then not again: cy.nodes() filters every element,
        // 0.1 s a draw at 60,000, and the app's chart emits more draws than the bare page.
        let added = false;
        const onRender = () => {
          if (!added && found.nodes().length < n) return;
          added = true;
          // The app's chart may show a stand-in while it draws the whole chart in slices.
          if (found.container()?.querySelector('canvas[data-drawing="partial"]')) return;
          found.removeListener('render', onRender);
          requestAnimationFrame(() => resolve(performance.now()));
        };
        found.on('render', onRender);
      });
    },
    backgroundPoint() {
      const cy = findCy();
      const box = cy?.container()?.getBoundingClientRect();
      if (!cy || !box) return null;
      // Node boxes on screen near the middle, 2 px wider each way (a zoomed-out chart of
      // thousands leaves only small gaps). Links may be under the press: Cytoscape pans when a
      // drag starts on a link (links are 'pannable' by default).
      const cx = box.width / 2;
      const cy0 = box.height / 2;
      const reach = 340;
      const boxes = cy
        .nodes()
        .toArray()
        .map((node) => node.renderedBoundingBox())
        .filter((b) => b.x2 > cx - reach && b.x1 < cx + reach && b.y2 > cy0 - reach && b.y1 < cy0 + reach);
      const clearOf = (x: number, y: number) =>
        boxes.every((b) => x < b.x1 - 2 || x > b.x2 + 2 || y < b.y1 - 2 || y > b.y2 + 2);
      // Outward from the middle of the chart: the first spot clear of every node.
      for (let ring = 0; ring < 150; ring++) {
        const count = Math.max(1, ring * 6);
        for (let k = 0; k < count; k++) {
          const angle = (k / count) * 2 * Math.PI;
          const x = cx + Math.cos(angle) * ring * 2;
          const y = cy0 + Math.sin(angle) * ring * 2;
          if (clearOf(x, y)) return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    },
    fit() {
      findCy()?.fit(undefined, 40);
    },
    nodeCount() {
      return findCy()?.nodes().length ?? 0;
    },
    start() {
      const cy = findCy();
      if (!cy) throw new Error('no chart on the page');
      const state = {
        frames: 0,
        draws: 0,
        began: performance.now(),
        pending: [] as { ts: number; handled: number }[],
        latencies: [] as number[],
        cy,
        onDraw: () => {
          const now = performance.now();
          state.draws++;
          const left: { ts: number; handled: number }[] = [];
          for (const p of state.pending) {
            if (p.handled < now) state.latencies.push(now - p.ts);
            else left.push(p);
          }
          state.pending = left;
        },
      };
      measuring = state;
      cy.on('render', state.onDraw);
      const loop = () => {
        if (measuring !== state) return;
        state.frames++;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() {
      const state = measuring;
      if (!state) throw new Error('not measuring');
      measuring = null;
      state.cy.removeListener('render', state.onDraw);
      return {
        frames: state.frames,
        draws: state.draws,
        ms: performance.now() - state.began,
        latencies: state.latencies,
        unanswered: state.pending.length,
      };
    },
  };
  w.__renderBench = api;
}
