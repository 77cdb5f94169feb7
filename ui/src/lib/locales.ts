// The Fluent sources, bundled as text (no fetch at run time; works under a strict CSP).
import nlDpia from '../../../locales/nl/dpia.ftl?raw';
import enDpia from '../../../locales/en/dpia.ftl?raw';
import nlUi from '../../../locales/nl/ui.ftl?raw';
import enUi from '../../../locales/en/ui.ftl?raw';
import type { Lang } from './i18n';

export const SOURCES: Record<Lang, { dpia: string; ui: string }> = {
  nl: { dpia: nlDpia, ui: nlUi },
  en: { dpia: enDpia, ui: enUi },
};
