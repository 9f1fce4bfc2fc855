import {
  Button,
  Classes,
  Dialog as BlueprintDialog,
  H2,
  Icon,
  IconSize,
  type DialogProps,
} from '@blueprintjs/core';
import { SmallCrossIcon } from '@blueprintjs/icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What an analyst types or chooses in, in the order the dialog shows them. */
const FIELDS = [
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable="true"]',
  '[role="combobox"]:not([aria-disabled="true"])',
  '[role="radio"]:not([disabled])',
].join(', ');
const BUTTONS = `button:not([disabled]):not(.${Classes.DIALOG_CLOSE_BUTTON}), a[href]`;

/**
 * The keyboard starts in the dialog's first field: a checked radio of a choice (not the first
 * one listed), else the first field, else the first button of a dialog that has no field,
 * else the dialog itself.
 * A field the dialog focused itself (autoFocus, a remembered choice) keeps the focus.
 */
export function focusFirstField(dialog: HTMLElement): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && dialog.contains(active) && active.matches(`${FIELDS}, ${BUTTONS}`))
    return;
  // Only what is shown: a file input behind an Upload button is not a field one types in.
  const shown = (selector: string) =>
    [...dialog.querySelectorAll<HTMLElement>(selector)].find((el) => el.getClientRects().length > 0);
  const first = shown(FIELDS) ?? shown(BUTTONS);
  // A choice starts on what is chosen, not on its first option.
  const group = first?.closest('[role="radiogroup"]');
  const chosen =
    first instanceof HTMLInputElement && first.type === 'radio' && first.name
      ? dialog.querySelector<HTMLElement>(`input[type="radio"][name="${CSS.escape(first.name)}"]:checked`)
      : group?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]');
  const target = chosen ?? first;
  if (target) {
    target.focus();
    return;
  }
  // Nothing to type in or press (the shortcut sheet): the dialog itself, so keys stay in it.
  const box = dialog.querySelector<HTMLElement>(`.${Classes.DIALOG}`) ?? dialog;
  box.tabIndex = -1;
  box.focus();
}

/**
 * Every Plexus dialog: Blueprint's Dialog whose keyboard focus lands in its first field once
 * it has opened (focusFirstField), so an analyst can type straight away in any dialog.
 * The header is drawn here with Blueprint's classes rather than by Blueprint, whose close
 * button is always named "Close" in English: ours is named in the UI's language.
 */
export function Dialog({
  onOpened,
  title,
  titleTagName: TitleTag = H2,
  icon,
  isCloseButtonShown,
  onClose,
  children,
  ...props
}: DialogProps) {
  const { t } = useTranslation('ui');
  const titleId = useId();
  return (
    <BlueprintDialog
      {...props}
      aria-labelledby={props['aria-labelledby'] ?? (title == null ? undefined : titleId)}
      onClose={onClose}
      onOpened={(node) => {
        focusFirstField(node);
        onOpened?.(node);
      }}
    >
      {title != null && (
        <div className={Classes.DIALOG_HEADER}>
          <Icon icon={icon} size={IconSize.STANDARD} aria-hidden tabIndex={-1} />
          <TitleTag id={titleId}>{title}</TitleTag>
          {isCloseButtonShown !== false && (
            <Button
              aria-label={t('close')}
              className={Classes.DIALOG_CLOSE_BUTTON}
              icon={<SmallCrossIcon size={IconSize.STANDARD} />}
              onClick={onClose}
              variant="minimal"
            />
          )}
        </div>
      )}
      {children}
    </BlueprintDialog>
  );
}
