import { Button, Card, H2, Spinner } from '@blueprintjs/core';
import { useEffect } from 'react';
import { signalReady } from '../../app/ready';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { ConnectionsSection } from './ConnectionsSection';
import { NewCaseForm } from './NewCaseForm';
import { OpenCaseForm } from './OpenCaseForm';
import { RecentCases } from './RecentCases';
import { useTranslation } from 'react-i18next';
import { AnalystMenu } from '../../app/AnalystMenu';
import { LanguageMenu } from '../../app/LanguageMenu';
import { ThemeMenu } from '../../app/ThemeMenu';

export function StartScreen() {
  const { t } = useTranslation(['start', 'common']);
  const startLoaded = useAppStore((s) => s.startLoaded);
  const caseOpen = useAppStore((s) => s.caseInfo !== null);
  const error = useAppStore((s) => s.sessionError);
  const busy = useAppStore((s) => s.sessionBusy);
  const openDemoCase = useAppStore((s) => s.openDemoCase);

  useEffect(() => {
    if (startLoaded && !caseOpen) signalReady('start');
  }, [startLoaded, caseOpen]);

  if (!startLoaded) {
    return (
      <div className="start-screen">
        <Spinner size={32} aria-label={t('common:loading')} />
      </div>
    );
  }

  return (
    <main className="start-screen" aria-label={t('label')}>
      <Card className="start-card" elevation={2}>
        <header className="start-header">
          <H2>Plexus</H2>
          <span className="start-subtitle">{t('subtitle')}</span>
          <AnalystMenu />
          <LanguageMenu />
          <ThemeMenu />
        </header>
        <ErrorCallout error={error} />
        <div className="start-columns">
          <div className="start-column">
            <NewCaseForm />
            <OpenCaseForm />
            <section aria-labelledby="demo-heading" className="start-section">
              <h3 id="demo-heading" className="section-title">
                {t('demo.heading')}
              </h3>
              <Button
                icon="lab-test"
                text={t('demo.open')}
                loading={busy}
                onClick={() => void openDemoCase()}
                size="small"
              />
            </section>
          </div>
          <div className="start-column">
            <RecentCases />
            <ConnectionsSection />
          </div>
        </div>
      </Card>
    </main>
  );
}
