// Which follow-up questions (step 4) apply: special categories, BSN and criminal data carried by
// a used service. Classification comes from the catalog's category tags.
import type { Assessment, Choice, DataCategory, ServiceId } from './bindings';

export type FollowUps = {
  /** Special categories (GDPR Art. 9) in any used service, in catalog order. */
  special: DataCategory[];
  bsn: boolean;
  criminal: boolean;
};

export function usedServices(a: Assessment, order: readonly string[] = []): ServiceId[] {
  const ids = (Object.keys(a.services) as ServiceId[]).filter((id) => a.services[id]?.used === true);
  const rank = (x: string) => (order.indexOf(x) < 0 ? order.length : order.indexOf(x));
  return ids.sort((x, y) => rank(x) - rank(y));
}

export function usedCategories(a: Assessment): Set<DataCategory> {
  const out = new Set<DataCategory>();
  for (const id of usedServices(a)) for (const c of a.services[id]?.categories ?? []) out.add(c);
  return out;
}

export function followUps(a: Assessment, categories: readonly Choice[]): FollowUps {
  const used = usedCategories(a);
  const tag = (id: string) => categories.find((c) => c.id === id)?.tag;
  return {
    special: categories.filter((c) => c.tag === 'special' && used.has(c.id as DataCategory)).map((c) => c.id as DataCategory),
    bsn: [...used].some((c) => tag(c) === 'national_id'),
    criminal: [...used].some((c) => tag(c) === 'criminal'),
  };
}

export function hasFollowUps(f: FollowUps): boolean {
  return f.special.length > 0 || f.bsn || f.criminal;
}

/** The follow-ups that apply and are still empty. */
export function missingFollowUps(a: Assessment, categories: readonly Choice[]): number {
  const f = followUps(a, categories);
  const blank = (s: string | undefined | null) => (s ?? '').trim() === '';
  return (
    f.special.filter((c) => blank(a.follow_ups.special_category_exceptions[c])).length +
    (f.bsn && blank(a.follow_ups.bsn_basis) ? 1 : 0) +
    (f.criminal && blank(a.follow_ups.criminal_basis) ? 1 : 0)
  );
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
