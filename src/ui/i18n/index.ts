export {
  t,
  setLanguage,
  startLanguage,
  formatLocale,
  currentLanguage,
  activateMessages,
} from './i18n';
export type { Translate, MessageValues } from './i18n';
export type { MessageKey } from './catalog/en';
export { useT, useLanguage } from './use-t';
export { LanguageSwitch } from './LanguageSwitch';
export { initialLanguage } from './language';
export type { Language } from './language';
