/** One timed layout, as the bench page reports it. */
export interface LayoutRunResult {
  nodes: number;
  links: number;
  mode: 'worker' | 'main';
  /** From the call until positions are all written (and the view fitted). */
  layoutMs: number;
  /** layoutMs plus the two frames that draw the result. */
  totalMs: number;
  /** The longest main-thread task the longtask observer saw (it sees only tasks over 50 ms); 0 if none. */
  longestTaskMs: number;
  longTasks: number;
  /** Each long task: its length and when it started, from the call. */
  tasks: string[];
  /** Nodes that left their start position: a sanity check that the layout ran. */
  moved: number;
}
