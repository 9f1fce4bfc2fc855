import { AnchorButton, Button, Tooltip, type IconName, type Intent } from '@blueprintjs/core';

interface GuardedButtonProps {
  /** Why the button is off (a read-only store); null when it may be used. */
  blockedBy: string | null;
  text?: string;
  icon?: IconName;
  'aria-label'?: string;
  intent?: Intent;
  size?: 'small' | 'medium' | 'large';
  disabled?: boolean;
  loading?: boolean;
  type?: 'button' | 'submit';
  onClick?(): void;
}

/**
 * A button that, when blocked, stays visible and says why on hover and focus. A disabled
 * <button> gets no pointer events, so the blocked form is an AnchorButton, which Blueprint
 * keeps hoverable.
 */
export function GuardedButton({ blockedBy, onClick, type, ...props }: GuardedButtonProps) {
  if (!blockedBy) return <Button {...props} type={type ?? 'button'} onClick={onClick} />;
  return (
    <Tooltip content={blockedBy} placement="bottom">
      <AnchorButton {...props} loading={false} disabled title={blockedBy} />
    </Tooltip>
  );
}
