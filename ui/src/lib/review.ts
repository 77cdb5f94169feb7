// The review list's presentation over the comments the core worded (`CommentView`: its part,
// whether it is open, whether it is the remembered reviewer's own): which entries a filter
// shows, how many open comments a part or page has (for the markers in the navigation), and
// where on the screens a comment's target is, to jump to it. No rule of the DPIA is here: the
// part comes from the core, the screens' layout (which step, which page) from the UI.
import type { CommentView, Part } from './bindings';
import type { Screen } from './app.svelte';
import { STEPS } from './steps';

/** The parts in the order the screens show them; `other` is "general". */
export const REVIEW_PARTS: readonly Part[] = ['organisation', 'services', 'data', 'followups', 'characteristics', 'review', 'controller', 'risks', 'signoff', 'statement', 'other'];

export type ReviewFilter = { open: boolean; mine: boolean; part: Part | '' };

/** The entries a filter shows, in the core's order (oldest first). */
export function filtered(comments: readonly CommentView[], f: ReviewFilter): CommentView[] {
  return comments.filter((c) => (!f.open || c.open) && (!f.mine || c.mine) && (f.part === '' || c.part === f.part));
}

/** The parts that have comments, in the screens' order. */
export function partsPresent(comments: readonly CommentView[]): Part[] {
  return REVIEW_PARTS.filter((p) => comments.some((c) => c.part === p));
}

/** Open comments of a part (and, for the controller's parts, of one of its pages). */
export function openIn(comments: readonly CommentView[], part: Part, page?: number): number {
  return comments.filter((c) => c.open && c.part === part && (page === undefined || controllerPage(c.target) === page)).length;
}

/** The controller's pages as `Controller.svelte` lays them out: the page of each field. */
const CONTROLLER_PAGES: Record<string, number> = {
  author: 1,
  interests: 1,
  transfers: 2,
  sector_rules: 2,
  retention: 3,
  history_retention: 3,
  retention_per_category: 3,
  purpose_limitation: 4,
  necessity: 4,
  proportionality: 4,
  subsidiarity: 4,
  rights: 5,
  views: 5,
};

/** The controller's page of a field (`/controller/necessity` → 4); 1 for anything else. */
export function controllerPage(target: string): number {
  const m = /^\/controller\/([^/]+)/.exec(target);
  return (m && CONTROLLER_PAGES[m[1]]) || 1;
}

/** Where a comment's target is shown: the screen, and its step or page. */
export type Place = { screen: Screen; step?: number; page?: number };

/** Where to go for a comment on `target` in `part`; null for a general comment. */
export function placeOf(target: string, part: Part): Place | null {
  const step = STEPS.find((s) => s.id === part);
  if (step) return { screen: 'wizard', step: step.n };
  switch (part) {
    case 'controller':
      return { screen: 'controller', page: controllerPage(target) };
    case 'risks':
      return { screen: 'risks' };
    case 'signoff':
      return { screen: 'signoff' };
    case 'statement':
      return { screen: 'statement' };
    default:
      return null;
  }
}

/**
 * Scrolls to the question a comment is about and focuses its first control (else its comment
 * marker; else the screen's heading when the question is not shown, e.g. no longer asked).
 * Centred, so the sticky header does not cover it in a low window.
 */
export function focusTarget(root: ParentNode, target: string): boolean {
  const marker = [...root.querySelectorAll<HTMLElement>('[data-comment-target]')].find((e) => e.dataset.commentTarget === target);
  const question = target.startsWith('/')
    ? marker?.parentElement?.querySelector<HTMLElement>('input:enabled, select:enabled, textarea:enabled')
    : null;
  const toggle = marker?.querySelector<HTMLElement>('button:enabled');
  const control = question ?? toggle ?? marker ?? root.querySelector<HTMLElement>('main h2');
  if (!control) return false;
  if (control === marker || control.tagName.startsWith('H')) control.tabIndex = -1;
  control.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
  return marker !== undefined;
}
