import { Button, Icon, ProgressBar } from '@blueprintjs/core';
import { ErrorCallout } from '../../ui/ErrorCallout';
import type { UploadState } from './use-upload';

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${Math.round(bytes / 1024).toLocaleString()} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** The upload under way (name, bar, bytes, Cancel), or why it failed. */
export function UploadStatus({ state, onCancel }: { state: UploadState; onCancel(): void }) {
  if (state.kind === 'failed') return <ErrorCallout error={state.error} />;
  if (state.kind !== 'sending') return null;
  const { sent, total } = state.progress;
  const share = total > 0 ? sent / total : 0;
  return (
    <div className="upload-status" role="status" aria-label={`Uploading ${state.name}`}>
      <Icon icon="cloud-upload" size={14} aria-hidden />
      <span className="upload-name">{state.name}</span>
      <ProgressBar className="upload-bar" value={share} animate={false} stripes={false} intent="primary" />
      <span className="muted upload-bytes">
        {Math.round(share * 100)}% · {fileSize(sent)} of {fileSize(total)}
      </span>
      <Button size="small" variant="minimal" icon="cross" text="Cancel" onClick={onCancel} />
    </div>
  );
}

/** The uploaded file the wizard will read, by its own name. */
export function UploadedFile({ name, size, onRemove }: { name: string; size?: number; onRemove(): void }) {
  return (
    <div className="uploaded-file" data-testid="uploaded-file">
      <Icon icon="document" size={14} aria-hidden />
      <span className="upload-name">{name}</span>
      <span className="muted">{size !== undefined ? `${fileSize(size)}, uploaded` : 'uploaded'}</span>
      <Button size="small" variant="minimal" icon="cross" text="Remove" onClick={onRemove} />
    </div>
  );
}
