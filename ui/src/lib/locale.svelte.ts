// The UI language as reactive state, and `t` for chrome strings. Reading `locale.lang` inside `t`
// makes every template that calls `t` re-render when the language changes.
import { createBundle, format, type Args, type Lang } from './i18n';
import { SOURCES } from './locales';

const bundles = {
  nl: createBundle('nl', [SOURCES.nl.dpia, SOURCES.nl.ui]).bundle,
  en: createBundle('en', [SOURCES.en.dpia, SOURCES.en.ui]).bundle,
};

class Locale {
  lang = $state<Lang>('nl');
}

export const locale = new Locale();

export function t(id: string, args?: Args): string {
  return format(bundles[locale.lang], id, args);
}

export function intlLocale(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}
