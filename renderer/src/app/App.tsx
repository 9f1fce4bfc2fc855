import { useEffect } from 'react';
import { pendingRequests } from '../bridge';
import { CryptDialogs } from '../features/crypt/CryptDialogs';
import { MainScreen } from '../features/main/MainScreen';
import { StartScreen } from '../features/start/StartScreen';
import { useLeaveGuard } from '../features/unsaved/use-leave-guard';
import { useAppStore } from '../stores/app-store';
import { Toasts } from '../ui/Toasts';
import { SessionEnded } from './SessionEnded';
import { watchSlowQueries } from './slow-query';

export function App() {
  const caseOpen = useAppStore((s) => s.caseInfo !== null);
  const schemaLoaded = useAppStore((s) => s.schemaIndex !== null);
  useLeaveGuard();

  useEffect(() => {
    void useAppStore.getState().loadStart();
  }, []);

  useEffect(() => watchSlowQueries(pendingRequests, (slow) => useAppStore.getState().setSlowQuery(slow)), []);

  return (
    <>
      {caseOpen && schemaLoaded ? <MainScreen /> : <StartScreen />}
      <CryptDialogs />
      <Toasts />
      <SessionEnded />
    </>
  );
}
