import { Button, Menu, MenuItem, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage } from '../i18n';

/** "Language / 言語" in both scripts, so it is found whichever language is showing. */
export function LanguageMenu() {
  const { t } = useTranslation('common');
  const active = currentLanguage();
  return (
    <PopoverNext
      className="language-menu"
      placement="bottom-end"
      arrow={false}
      content={
        <Menu size="small" aria-label={t('language.menu')}>
          {LANGUAGES.map((language) => (
            <MenuItem
              key={language}
              text={t(`language.${language}`)}
              lang={language}
              roleStructure="listoption"
              selected={language === active}
              onClick={() => void setLanguage(language)}
            />
          ))}
        </Menu>
      }
    >
      <Button
        size="small"
        variant="minimal"
        icon="translate"
        text={t(`language.${active}`)}
        lang={active}
        aria-label={t('language.menu')}
        title={t('language.menu')}
      />
    </PopoverNext>
  );
}
