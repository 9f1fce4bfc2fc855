import { useAppStore } from '../../stores/app-store';

/** Where a saved password goes: the OS keychain on the desktop, memory only in browser mode. */
export function PasswordNote() {
  const transport = useAppStore((s) => s.transport);
  const text =
    transport === 'browser'
      ? 'Browser mode: a saved password is kept in memory only, until Plexus stops.'
      : 'A saved password is kept in the system keychain, never in a plain file.';
  return <p className="field-note muted">{text}</p>;
}
