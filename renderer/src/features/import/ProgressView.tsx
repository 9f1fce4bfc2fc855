import { Button, ProgressBar } from '@blueprintjs/core';
import type { ImportProgress } from '../../../../graph-schema/contract';

const PHASES: Record<ImportProgress['phase'], string> = {
  idle: 'Starting…',
  reading: 'Reading rows',
  writing: 'Writing to the case',
  done: 'Finishing',
  cancelled: 'Cancelling…',
  failed: 'Stopping',
};

interface ProgressViewProps {
  progress: ImportProgress | null;
  /** Rows the dry run read: the whole file, so the bar can show a fraction. */
  total: number | null;
  title: string;
  cancelling: boolean;
  onCancel(): void;
}

/** A running dry run or import: how far, how fast, and a way to stop it. */
export function ProgressView({ progress, total, title, cancelling, onCancel }: ProgressViewProps) {
  const rows = progress?.rowsRead ?? 0;
  const fraction = total && total > 0 ? Math.min(rows / total, 1) : undefined;
  return (
    <section className="progress-view" aria-label={title}>
      <h4 className="section-title">{title}</h4>
      <ProgressBar
        intent="primary"
        value={fraction}
        animate
        stripes={fraction === undefined}
        aria-label={`${title} progress`}
      />
      <div className="progress-facts" role="status">
        <span data-testid="progress-rows">
          {rows.toLocaleString()}
          {total ? ` of ${total.toLocaleString()}` : ''} rows read
        </span>
        <span data-testid="progress-rate">
          {Math.round(progress?.rowsPerSecond ?? 0).toLocaleString()} rows per second
        </span>
        <span className="muted">{progress ? PHASES[progress.phase] : PHASES.idle}</span>
        <span className="spacer" />
        <Button size="small" icon="stop" text="Cancel import" loading={cancelling} onClick={onCancel} />
      </div>
      <p className="muted">The import is one transaction: cancelled, it leaves the case exactly as it was.</p>
    </section>
  );
}
