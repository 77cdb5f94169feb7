// Helpers for lists the wizard shows: the used services in the statement's order, and catalog
// choices grouped by their tag. Which follow-ups apply is decided by the backend.
import type { Assessment, Choice, OptionChoice } from './bindings';

export function usedServices(a: Assessment, order: readonly string[] = []): string[] {
  const ids = Object.keys(a.services).filter((id) => a.services[id]?.used === true);
  const rank = (x: string) => (order.indexOf(x) < 0 ? order.length : order.indexOf(x));
  return ids.sort((x, y) => rank(x) - rank(y));
}

/** The statement's options asked for a used service, plus any already answered. */
export function askedOptions(a: Assessment, options: readonly OptionChoice[]): OptionChoice[] {
  return options.filter((o) => o.asked_for.some((s) => a.services[s]?.used === true) || a.options[o.id] !== undefined);
}

/** Catalog choices grouped by their `tag_text`, groups in order of first appearance. */
export function groupByTag(choices: readonly Choice[]): { tag: string; tagText: string; items: Choice[] }[] {
  const groups: { tag: string; tagText: string; items: Choice[] }[] = [];
  for (const c of choices) {
    let g = groups.find((x) => x.tagText === c.tag_text);
    if (!g) {
      g = { tag: c.tag, tagText: c.tag_text, items: [] };
      groups.push(g);
    }
    g.items.push(c);
  }
  return groups;
}
