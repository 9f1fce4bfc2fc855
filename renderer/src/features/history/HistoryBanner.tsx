import { Button, Icon } from '@blueprintjs/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { checkAfterOpen, forgetOpenCheck, useHistory, verifyHistoryNow } from '../../stores/history-state';
import { problemText } from './history-words';

/**
 * The open check, or the full one run by itself after open, found the case's history and its
 * records apart (an edit outside Plexus):
 * said at the top, with the first problem in the store's words, and a way to see them all.
 */
export function HistoryBanner() {
  const { t } = useTranslation('history');
  const opened = useAppStore((s) => s.caseInfo?.history);
  const location = useAppStore((s) => s.caseInfo?.store.location);
  const background = useHistory((s) => s.background);
  useEffect(() => {
    if (location && opened) void checkAfterOpen(location, opened.items);
  }, [location, opened]);
  // The main screen goes when the case closes: a reopened case is checked again.
  useEffect(() => forgetOpenCheck, []);
  const full = background && background.location === location ? background.check : undefined;
  const check = opened && !opened.ok ? opened : full;
  if (!check || check.ok) return null;
  return (
    <div className="held-banner history-banner" role="alert" data-testid="history-banner">
      <Icon icon="warning-sign" size={12} aria-hidden />
      <span>{t('banner.text')}</span>
      {check.problems[0] && <span className="history-banner-detail">{problemText(check.problems[0])}</span>}
      <Button size="small" variant="minimal" intent="warning" onClick={() => void verifyHistoryNow()}>
        {t('banner.verify')}
      </Button>
    </div>
  );
}
