import { Button, Menu, MenuItem, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { setThemeChoice, THEME_CHOICES, useTheme } from './theme';

/** Light, dark, or the OS's setting: beside the language switch, switched without a restart. */
export function ThemeMenu() {
  const { t } = useTranslation('common', { keyPrefix: 'theme' });
  const { choice, theme } = useTheme();
  const shown = choice === 'system' ? t('systemNow', { theme: t(theme) }) : t(choice);
  return (
    <PopoverNext
      className="theme-menu"
      placement="bottom-end"
      arrow={false}
      content={
        <Menu size="small" aria-label={t('menu')}>
          {THEME_CHOICES.map((option) => (
            <MenuItem
              key={option}
              text={t(option)}
              roleStructure="listoption"
              selected={option === choice}
              onClick={() => setThemeChoice(option)}
            />
          ))}
        </Menu>
      }
    >
      <Button
        size="small"
        variant="minimal"
        icon={theme === 'dark' ? 'moon' : 'flash'}
        text={shown}
        aria-label={`${t('menu')}: ${shown}`}
        title={t('menu')}
      />
    </PopoverNext>
  );
}
