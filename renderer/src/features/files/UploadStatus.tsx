import { Button, Icon, ProgressBar } from '@blueprintjs/core';
import { ErrorCallout } from '../../ui/ErrorCallout';
import type { UploadState } from './use-upload';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** 812 B, 12 KB, 3.4 MB, 1.25 GB: numbers and units by the UI's language. */
export function fileSize(bytes: number): string {
  const size = (unit: string, value: number, digits: number) =>
    i18n.t(`files:size.${unit}`, {
      value: formatNumber(value, undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }),
    });
  if (bytes < 1024) return size('bytes', bytes, 0);
  if (bytes < 1024 ** 2) return size('kb', Math.round(bytes / 1024), 0);
  if (bytes < 1024 ** 3) return size('mb', bytes / 1024 ** 2, 1);
  return size('gb', bytes / 1024 ** 3, 2);
}

/** The upload under way (name, bar, bytes, Cancel), or why it failed. */
export function UploadStatus({ state, onCancel }: { state: UploadState; onCancel(): void }) {
  const { t } = useTranslation(['files', 'common']);
  if (state.kind === 'failed') return <ErrorCallout error={state.error} />;
  if (state.kind !== 'sending') return null;
  const { sent, total } = state.progress;
  const share = total > 0 ? sent / total : 0;
  return (
    <div className="upload-status" role="status" aria-label={t('uploading', { name: state.name })}>
      <Icon icon="cloud-upload" size={14} aria-hidden />
      <span className="upload-name">{state.name}</span>
      <ProgressBar className="upload-bar" value={share} animate={false} stripes={false} intent="primary" />
      <span className="muted upload-bytes">
        {t('progress', {
          percent: formatNumber(share, undefined, { style: 'percent' }),
          sent: fileSize(sent),
          total: fileSize(total),
        })}
      </span>
      <Button size="small" variant="minimal" icon="cross" text={t('common:cancel')} onClick={onCancel} />
    </div>
  );
}

/** The uploaded file the wizard will read, by its own name. */
export function UploadedFile({ name, size, onRemove }: { name: string; size?: number; onRemove(): void }) {
  const { t } = useTranslation(['files', 'common']);
  return (
    <div className="uploaded-file" data-testid="uploaded-file">
      <Icon icon="document" size={14} aria-hidden />
      <span className="upload-name">{name}</span>
      <span className="muted">
        {size !== undefined ? t('uploadedSize', { size: fileSize(size) }) : t('uploaded')}
      </span>
      <Button size="small" variant="minimal" icon="cross" text={t('common:remove')} onClick={onRemove} />
    </div>
  );
}
