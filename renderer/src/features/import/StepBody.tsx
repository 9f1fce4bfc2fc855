import { Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { errorLine } from '../../i18n/errors';
import { useAppStore } from '../../stores/app-store';
import { FileStep } from './FileStep';
import { GradingControls } from './GradingControls';
import { MappingStep } from './MappingStep';
import { MatchStep } from './MatchStep';
import type { MappingIssue } from './mapping-check';
import { PreviewStep } from './PreviewStep';
import { ReportView } from './ReportView';
import type { ImportWizard } from './use-import-wizard';

function templatePath(dataPath: string): string {
  const base = dataPath.split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return `${stem || 'import'}.mapping.json`;
}

/** The body of the current step (the running state has its own view in the wizard). */
export function StepBody({ wizard, issues }: { wizard: ImportWizard; issues: readonly MappingIssue[] }) {
  const { t } = useTranslation('import');
  const { state } = wizard;
  const casesDir = useAppStore((s) => s.casesDir);
  const index = useAppStore((s) => s.schemaIndex);
  switch (state.step) {
    case 'file':
      return (
        <FileStep
          path={state.path}
          format={state.format}
          casesDir={casesDir}
          onPath={wizard.setPath}
          onFormat={wizard.setFormat}
        />
      );
    case 'preview':
      return state.preview ? (
        <PreviewStep
          preview={state.preview}
          mapping={state.mapping}
          busy={state.busy !== null}
          onFormat={(format) => void wizard.preview({ format })}
          onRead={(read) => void wizard.preview({ read })}
        />
      ) : null;
    case 'mapping':
      return state.preview && state.mapping && index ? (
        <MappingStep
          preview={state.preview}
          mapping={state.mapping}
          index={index}
          issues={issues}
          templatePath={templatePath(state.path)}
          onChange={wizard.editMapping}
          onSaveTemplate={wizard.saveTemplate}
          onLoadTemplate={wizard.loadTemplate}
        />
      ) : null;
    case 'match':
      return (
        <>
          <MatchStep match={state.match} onChange={wizard.setMatch} />
          <GradingControls grading={state.grading} onChange={wizard.setGrading} />
        </>
      );
    case 'dryRun':
      return state.dryRun ? (
        <div className="wizard-step">
          <ReportView report={state.dryRun} path={state.path} />
          <p className="muted">{t('pressImport')}</p>
        </div>
      ) : null;
    case 'import':
      return null;
    case 'summary':
      return (
        <div className="wizard-step">
          {state.outcome === 'cancelled' && (
            <Callout icon="stop" compact role="status" title={t('cancelled')}>
              {t('cancelledNote')}
            </Callout>
          )}
          {state.outcome === 'failed' && (
            <Callout intent="danger" icon="error" compact role="alert" title={t('failed')}>
              {state.error && errorLine(state.error)}
            </Callout>
          )}
          {state.report && <ReportView report={state.report} path={state.path} />}
        </div>
      );
  }
}
