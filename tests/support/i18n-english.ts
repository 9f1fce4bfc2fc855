import { i18n } from '../../renderer/src/i18n';

// Tests read English text whatever the machine's language (Node 21+ has navigator.language).
await i18n.changeLanguage('en');
