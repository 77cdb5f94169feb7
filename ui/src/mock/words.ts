// Dev mock only: words findings with the real dpia.ftl messages, like the backend does.
import type { FluentBundle } from '@fluent/bundle';
import { createBundle, format, type Args, type Lang } from '../lib/i18n';
import { SOURCES } from '../lib/locales';

const bundles: Record<Lang, FluentBundle> = {
  nl: createBundle('nl', [SOURCES.nl.dpia]).bundle,
  en: createBundle('en', [SOURCES.en.dpia]).bundle,
};

export function w(lang: Lang, id: string, args?: Args): string {
  return format(bundles[lang], id, args);
}
