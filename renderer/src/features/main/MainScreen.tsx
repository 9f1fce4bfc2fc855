import { Icon } from '@blueprintjs/core';
import { useShortcuts } from '../../app/use-shortcuts';
import { useAppStore } from '../../stores/app-store';
import { ChartHost } from '../chart/ChartHost';
import { useWindowFileDrop } from '../files/use-window-drop';
import { HistoryBanner } from '../history/HistoryBanner';
import { HistoryDialog } from '../history/HistoryDialog';
import { Inspector } from '../inspector/Inspector';
import { PatternDialog } from '../pattern/PatternDialog';
import { SearchBox } from '../search/SearchBox';
import { Dialogs } from './Dialogs';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/** A case held by another window is shown read-only: said once, at the top, where it cannot be missed. */
function HeldBanner() {
  const reason = useAppStore((s) => s.caseInfo?.store.readOnlyReason);
  // Always rendered, empty when writable, so the screen's grid rows stay the same.
  return (
    <div className="held-banner-row">
      <HistoryBanner />
      {reason !== undefined && (
        <div className="held-banner" role="status" data-testid="read-only-banner">
          <Icon icon="lock" size={12} aria-hidden />
          <span>{reason}</span>
        </div>
      )}
    </div>
  );
}

export function MainScreen() {
  const name = useAppStore((s) => s.caseInfo?.name ?? '');
  useShortcuts();
  useWindowFileDrop();
  return (
    <div className="main-screen">
      <header className="top-bar">
        <div className="case-title" title={name}>
          {/* The app's mark only: its name is the window's title, and the room here is the case's. */}
          <Icon icon="graph" size={14} title="Plexus" />
          <span className="case-name" data-testid="case-name">
            {name}
          </span>
        </div>
        <SearchBox />
        <Toolbar />
      </header>
      <HeldBanner />
      <main className="workspace">
        <ChartHost />
        <Inspector />
      </main>
      <StatusBar />
      <Dialogs />
      <PatternDialog />
      <HistoryDialog />
    </div>
  );
}
