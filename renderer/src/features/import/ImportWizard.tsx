import { Button, Callout, DialogBody, DialogFooter } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { checkMapping } from './mapping-check';
import { ProgressView } from './ProgressView';
import { StepBody } from './StepBody';
import { StepList } from './StepList';
import { useImportWizard } from './use-import-wizard';
import { primaryAction } from './wizard-steps';

/**
 * Import a data file into the open case, step by step: file, preview, mapping (tables only),
 * matching, dry run, import, summary. Nothing is written before the Import button; Enter
 * takes the step's main action and the step list jumps back to any step already passed.
 */
export function ImportWizard({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('import');
  const wizard = useImportWizard();
  const { state } = wizard;
  const index = useAppStore((s) => s.schemaIndex);
  const caseInfo = useAppStore((s) => s.caseInfo);
  const [cancelling, setCancelling] = useState(false);
  const running = state.busy === 'dryRun' || state.busy === 'import';
  const issues = useMemo(
    () =>
      state.mapping && state.preview && index
        ? checkMapping(state.mapping, state.preview.columns, index)
        : [],
    [state.mapping, state.preview, index],
  );

  const ready = (() => {
    switch (state.step) {
      case 'file':
        return state.path.trim() !== '';
      case 'preview':
        return state.preview !== null;
      case 'mapping':
        return state.mapping !== null && issues.length === 0;
      case 'dryRun':
        return state.dryRun !== null;
      default:
        return !running;
    }
  })();

  // A new step moves the focus to its main button (Enter goes on), or to the step itself when
  // that button is off; the button just pressed may have gone, taking the focus to <body>.
  const primaryButton = useRef<HTMLButtonElement>(null);
  const mainPanel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step === 'file') return;
    const button = primaryButton.current;
    if (button && !button.disabled) button.focus();
    else mainPanel.current?.focus();
  }, [state.step]);

  const cancel = async () => {
    setCancelling(true);
    await wizard.cancel();
    setCancelling(false);
  };

  const primary = () => {
    if (!ready || state.busy) return;
    switch (state.step) {
      case 'file':
        return void wizard.preview();
      case 'match':
        return void wizard.dryRun();
      case 'dryRun':
        return void wizard.runImport();
      case 'summary':
        return onClose();
      default:
        return wizard.next();
    }
  };

  return (
    <Dialog
      isOpen
      title={t('title')}
      icon="import"
      onClose={running ? () => undefined : onClose}
      canEscapeKeyClose={!running}
      canOutsideClickClose={false}
      isCloseButtonShown={!running}
      className="dense-dialog import-wizard"
    >
      <form
        className="wizard-form"
        onSubmit={(e) => {
          e.preventDefault();
          primary();
        }}
      >
        <DialogBody className="wizard-body">
          <StepList state={state} onJump={wizard.goto} />
          <div className="wizard-main" ref={mainPanel} tabIndex={-1}>
            {running ? (
              <ProgressView
                progress={wizard.progress}
                total={state.busy === 'import' ? (state.dryRun?.rowsRead ?? null) : null}
                title={state.busy === 'import' ? t('running.import') : t('running.dryRun')}
                cancelling={cancelling}
                onCancel={() => void cancel()}
              />
            ) : (
              <StepBody wizard={wizard} issues={issues} />
            )}
            {state.step !== 'summary' && state.error?.code === 'CANCELLED' ? (
              <Callout icon="stop" compact role="status" title={t('dryRunCancelled')} />
            ) : (
              state.step !== 'summary' && <ErrorCallout error={state.error} />
            )}
            {state.step === 'summary' && state.outcome === 'imported' && caseInfo && (
              <Callout intent="success" compact role="status" className="wizard-done">
                {t('importedInto', {
                  count: caseInfo.entityCount,
                  entities: formatNumber(caseInfo.entityCount),
                  links: t('linkCount', {
                    count: caseInfo.linkCount,
                    formatted: formatNumber(caseInfo.linkCount),
                  }),
                })}
              </Callout>
            )}
          </div>
        </DialogBody>
        <DialogFooter
          actions={
            <>
              {!running && state.step !== 'summary' && (
                <Button size="small" text={t('close')} onClick={onClose} />
              )}
              {/* After an import there is no way back: a second run would import the file twice. */}
              {!running && state.step !== 'file' && state.outcome !== 'imported' && (
                <Button size="small" icon="arrow-left" text={t('back')} onClick={wizard.back} />
              )}
              {/* While it runs, Cancel (beside the progress bar) is the only action. */}
              {!running && (
                <Button
                  ref={primaryButton}
                  size="small"
                  type="submit"
                  intent="primary"
                  text={primaryAction(state.step)}
                  endIcon={state.step === 'summary' ? undefined : 'arrow-right'}
                  disabled={!ready || running}
                  loading={state.busy === 'preview'}
                />
              )}
            </>
          }
        >
          {state.step === 'mapping' && issues.length > 0 && (
            <span className="footer-note">{t('fixFirst', { count: issues.length })}</span>
          )}
        </DialogFooter>
      </form>
    </Dialog>
  );
}
