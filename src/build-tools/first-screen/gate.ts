/**
 * The first thing that runs in the page (a classic script right after the prerendered screens,
 * before the app's modules): puts the default scenario's prerendered first screen into #root,
 * in the language the app will speak, so its key figures show before any module has run. React's
 * first commit replaces it with the same markup.
 *
 * Only for the default scenario: with a link (the hash) or anything but `?lang` in the query the
 * app may open another scenario, and the page waits for the real figures instead.
 */
import { introDismissed } from '../../ui/help/intro-storage';
import { FORMAT_LOCALE, initialLanguage } from '../../ui/i18n/language';
import { FIRST_SCREEN_ID, FIRST_SCREEN_STYLE } from './markup';

function opensDefaultScenario(): boolean {
  if (location.hash.length > 1) return false;
  return [...new URLSearchParams(location.search).keys()].every((key) => key === 'lang');
}

function showFirstScreen(): void {
  const root = document.getElementById('root');
  const language = initialLanguage();
  const template = document.getElementById(FIRST_SCREEN_ID[language]);
  if (!root || root.firstChild || !(template instanceof HTMLTemplateElement)) return;
  if (!opensDefaultScenario()) return;
  const screen = template.content.cloneNode(true) as DocumentFragment;
  if (introDismissed()) screen.querySelector('[data-testid="intro"]')?.remove();
  // Styles through the CSSOM: the policy refuses style attributes in markup.
  for (const element of screen.querySelectorAll<HTMLElement>(`[${FIRST_SCREEN_STYLE}]`)) {
    element.style.cssText = element.getAttribute(FIRST_SCREEN_STYLE) ?? '';
    element.removeAttribute(FIRST_SCREEN_STYLE);
  }
  // Until the app takes over, its controls would do nothing: they show as not yet usable, and
  // a click waits for the real ones instead of being lost.
  for (const control of screen.querySelectorAll('button, input, select, textarea')) {
    control.setAttribute('disabled', '');
  }
  document.documentElement.lang = FORMAT_LOCALE[language];
  root.append(screen);
}

showFirstScreen();
for (const id of Object.values(FIRST_SCREEN_ID)) document.getElementById(id)?.remove();
