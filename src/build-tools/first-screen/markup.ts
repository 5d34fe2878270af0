import type { Language } from '../../ui/i18n/language';

/** The ids of the prerendered screens' templates in index.html. */
export const FIRST_SCREEN_ID: Record<Language, string> = {
  en: 'first-screen-en',
  de: 'first-screen-de',
};

/** Where a prerendered element keeps its inline style until the gate applies it. */
export const FIRST_SCREEN_STYLE = 'data-first-screen-style';

/**
 * A server render made fit for a static page under the policy: React's Suspense markers and
 * their messages go (the placeholders stay), and inline styles move into an attribute.
 */
export function staticMarkup(html: string): string {
  return html
    .replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ style="/g, ` ${FIRST_SCREEN_STYLE}="`);
}

/** The templates and the gate's script, to follow `<div id="root"></div>`. */
export function firstScreenHtml(screens: Record<Language, string>, gateSrc: string): string {
  const templates = (Object.keys(screens) as Language[]).map(
    (language) =>
      `<template id="${FIRST_SCREEN_ID[language]}">${staticMarkup(screens[language])}</template>`,
  );
  return [...templates, `<script src="${gateSrc}"></script>`].join('\n    ');
}
