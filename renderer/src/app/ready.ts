/** The signal end-to-end tests wait for: 'start' on the start screen, 'case' once a chart is up. */
export type ReadyState = 'start' | 'case';

export function signalReady(state: ReadyState | null): void {
  if (state) document.documentElement.dataset.plexusReady = state;
  else delete document.documentElement.dataset.plexusReady;
}
