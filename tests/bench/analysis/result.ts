/** One timed analysis on the bench page. */
export interface AnalysisRunResult {
  entities: number;
  links: number;
  measure: 'betweenness' | 'louvain';
  /** worker: the app's path (chart records -> input -> worker -> answer); main: runAnalysis in the page's thread. */
  mode: 'worker' | 'main';
  /** From the call until the answer is back on the main thread. */
  totalMs: number;
  /** The longest main-thread task the longtask observer saw (it sees only tasks over 50 ms); 0 if none. */
  longestTaskMs: number;
  longTasks: number;
  /** Each long task: its length and when it started, from the call. */
  tasks: string[];
  /** Progress messages the page received (the bar's updates). */
  progressUpdates: number;
  /** Rows in the answer: a sanity check that it ran on every entity. */
  rows: number;
}
