// Dev mock only: a rough imitation of the Rust screening and risk rules, worded with dpia.ftl,
// so the UI can be looked at without the backend. The real rules live in crates/dpia-rules.
import type { Assessment, FlagView, HitView, RiskView, ScreeningView, ServiceId } from '../lib/bindings';
import type { Lang } from '../lib/i18n';
import { cellLevel, type Level } from '../lib/matrix';
import { classification, MAP_VISUALS, SERVICES, VULNERABLE } from './catalog';
import { w } from './words';

const used = (a: Assessment) => SERVICES.filter((s) => a.services[s]?.used === true) as ServiceId[];

function categoriesIn(a: Assessment): Map<string, ServiceId[]> {
  const out = new Map<string, ServiceId[]>();
  for (const s of used(a)) for (const c of a.services[s]!.categories) out.set(c, [...(out.get(c) ?? []), s]);
  return out;
}

export function screen(a: Assessment, lang: Lang): ScreeningView {
  const svc = (s: string) => w(lang, `service-${s}`);
  const cats = categoriesIn(a);
  const catTrig = (c: string) => `${w(lang, `category-${c}`)} (${(cats.get(c) ?? []).map(svc).join(', ')})`;
  const hits: HitView[] = [];
  const hit = (key: string, triggers: string) => {
    if (!hits.some((h) => h.key === key)) hits.push({ key, framework: key.split('-')[0], title: w(lang, `criterion-${key}`), triggers });
  };
  const special = [...cats.keys()].filter((c) => classification(c) === 'special' || classification(c) === 'criminal');
  const sensitive = [...cats.keys()].filter((c) => classification(c) !== 'ordinary');
  const maxEstimate = Math.max(0, ...used(a).map((s) => a.services[s]!.data_subjects_estimate ?? 0));
  const careSector = ['hospital', 'gp_post_care_group'].includes(a.organisation.sector ?? '');
  const large = maxEstimate > 10000 || (cats.has('health') && careSector);
  const largeTrig = [maxEstimate > 10000 ? w(lang, 'trigger-what-estimate', { count: maxEstimate }) : '', careSector ? w(lang, 'trigger-sector', { sector: w(lang, `sector-${a.organisation.sector}`) }) : '']
    .filter(Boolean)
    .join('; ');
  if (special.length && large) hit('art35-2', `${special.map(catTrig).join('; ')}; ${largeTrig}`);
  const chars = a.characteristics ?? [];
  const ch = (c: string) => w(lang, 'trigger-characteristic', { characteristic: w(lang, `characteristic-${c}`) });
  if (chars.includes('predictions_about_people')) hit('wp248-1', ch('predictions_about_people'));
  if (chars.includes('automated_decisions')) hit('wp248-2', ch('automated_decisions'));
  if (chars.includes('employee_monitoring')) hit('wp248-3', ch('employee_monitoring'));
  if (sensitive.length) hit('wp248-4', sensitive.map(catTrig).join('; '));
  if (large) hit('wp248-5', largeTrig);
  if (chars.includes('combines_sources')) hit('wp248-6', ch('combines_sources'));
  const subjects = new Set(used(a).flatMap((s) => a.services[s]!.subjects));
  const vulnerable = [...subjects].filter((g) => VULNERABLE.has(g));
  if (vulnerable.length) hit('wp248-7', vulnerable.map((g) => w(lang, 'trigger-what-subjects', { group: w(lang, `subject-${g}`) })).join('; '));
  if (a.services.ml_ai?.used) hit('wp248-8', w(lang, 'trigger-service', { service: svc('ml_ai') }));
  if (cats.has('financial')) hit('dpa-5', catTrig('financial'));
  if (cats.has('genetic')) hit('dpa-6', catTrig('genetic'));
  if (cats.has('health') && large) hit('dpa-7', `${catTrig('health')}; ${largeTrig}`);
  if (chars.includes('employee_monitoring')) hit('dpa-11', ch('employee_monitoring'));
  if (cats.has('location')) hit('dpa-12', catTrig('location'));
  if (chars.includes('predictions_about_people')) hit('dpa-15', ch('predictions_about_people'));
  if (cats.has('biometric')) hit('dpa-17', catTrig('biometric'));
  const order = (k: string) => ['art35', 'wp248', 'dpa'].indexOf(k.split('-')[0]) * 100 + Number(k.split('-')[1]);
  hits.sort((x, y) => order(x.key) - order(y.key));

  const n = (f: string) => hits.filter((h) => h.framework === f).length;
  const verdict = n('art35') || n('dpa') || n('wp248') >= 2 ? 'required' : n('wp248') === 1 ? 'recommended' : 'not_required';
  const reasons: string[] = [];
  if (n('art35')) reasons.push(w(lang, 'reason-art35', { count: n('art35') }));
  if (n('dpa')) reasons.push(w(lang, 'reason-dpa', { count: n('dpa') }));
  if (n('wp248') >= 2) reasons.push(w(lang, 'reason-wp248-many', { count: n('wp248') }));
  if (n('wp248') === 1) reasons.push(w(lang, 'reason-wp248-one'));
  if (!hits.length) reasons.push(cats.size ? w(lang, 'reason-none', { evaluated: 29 }) : w(lang, 'reason-no-personal-data'));
  if (large) reasons.push(w(lang, 'reason-large-scale', { threshold: 10000 }));

  const flags: FlagView[] = [];
  const flag = (kind: string, severity: 'blocking' | 'warning' | 'info', triggers: string, sources: string, args?: Record<string, string>) =>
    flags.push({
      severity,
      severity_text: w(lang, `severity-${severity}`),
      title: w(lang, `flag-${kind}`, args),
      detail: w(lang, `flag-${kind}-detail`, args),
      triggers,
      sources,
    });
  const item = (i: number) => w(lang, 'source-item', { item: i });
  const fu = a.follow_ups;
  if (cats.has('bsn') && !fu.bsn_basis.trim()) flag('bsn_without_basis', 'blocking', catTrig('bsn'), item(11));
  for (const c of [...cats.keys()].filter((c) => classification(c) === 'special')) {
    if (!(fu.special_category_exceptions[c as keyof typeof fu.special_category_exceptions] ?? '').trim())
      flag('special_category_without_exception', 'blocking', catTrig(c), item(11), { category: w(lang, `category-${c}`) });
  }
  if (cats.has('criminal') && !fu.criminal_basis.trim()) flag('criminal_without_basis', 'blocking', catTrig('criminal'), item(11));
  if (used(a).length && cats.size) flag('transfer_development_outside_eea', 'warning', w(lang, 'trigger-services', { count: used(a).length, services: used(a).map(svc).join(', ') }), `${item(14)}, ${item(15)}`);
  const maps = a.options.map_visuals ?? [];
  if (maps.length) flag('transfer_map_visuals', 'warning', maps.map((m) => w(lang, 'trigger-map-visual', { visual: MAP_VISUALS[m].name })).join('; '), item(14));
  if (a.options.time_travel || a.options.snapshot) flag('retention_beyond_source', 'warning', [a.options.time_travel ? w(lang, 'trigger-time-travel') : '', a.options.snapshot ? w(lang, 'trigger-snapshot') : ''].filter(Boolean).join('; '), item(12));
  if (cats.has('health')) flag('nen7510', 'info', catTrig('health'), item(19));

  return {
    verdict,
    verdict_text: w(lang, `verdict-${verdict}`),
    provisional: openQuestions(a, lang).length > 0,
    reasons,
    hits,
    not_hit: '',
    large_scale_rule: w(lang, 'reason-large-scale', { threshold: 10000 }),
    flags,
    sub_processors: used(a).length
      ? [
          { name: 'Microsoft', detail: w(lang, 'location-eu_eea'), reason: w(lang, 'subprocessor-reason-platform') },
          { name: 'N-iX LTD', detail: w(lang, 'location-outside_eu_eea_temporary'), reason: w(lang, 'subprocessor-reason-development_work') },
        ]
      : [],
    map_recipients: maps.map((m) => ({
      name: MAP_VISUALS[m].vendors,
      detail: MAP_VISUALS[m].name,
      reason: w(lang, a.options.report_publication === 'client' ? 'vendor-role-clients_own' : a.options.report_publication === 'processor' ? 'vendor-role-processor_sub_processor' : 'vendor-role-undetermined'),
    })),
    open_questions: openQuestions(a, lang),
    review_date: a.assessment_date ? new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(`${Number(a.assessment_date.slice(0, 4)) + 1}${a.assessment_date.slice(4)}T00:00:00Z`)) : '',
  };
}

export function openQuestions(a: Assessment, lang: Lang): string[] {
  const q: string[] = [];
  const ask = (k: string, service?: string) => q.push(w(lang, `question-${k}`, service ? { service: w(lang, `service-${service}`) } : undefined));
  if (!a.organisation.name.trim()) ask('organisation_name');
  if (!a.organisation.sector) ask('sector');
  if (!a.assessment_date) ask('assessment_date');
  if (!a.purposes.some((p) => p.trim())) ask('purposes');
  for (const s of SERVICES) {
    const u = a.services[s];
    if (u?.used === true) {
      if (u.categories.length && !u.subjects.length) ask('subjects', s);
      if (u.categories.length && u.data_subjects_estimate === null) ask('estimate', s);
    } else if (u?.used !== false) ask('service_used', s);
  }
  const uses = (s: ServiceId) => a.services[s]?.used === true;
  const wh = uses('connectors') || uses('datawarehouse');
  if (wh && a.options.time_travel === null) ask('time_travel');
  if (wh && a.options.snapshot === null) ask('snapshot');
  if (uses('connectors') && a.options.datev_connector === null) ask('datev_connector');
  if (uses('reports') && a.options.map_visuals === null) ask('map_visuals');
  if (uses('reports') && a.options.report_publication === null) ask('report_publication');
  if (a.characteristics === null) ask('characteristics');
  if (uses('ml_ai') && a.ai_act_area === null) ask('ai_act_area');
  return q;
}

const up = (l: Level): Level => (l === 'low' ? 'medium' : 'high');
const down = (l: Level): Level => (l === 'high' ? 'medium' : 'low');

export function risks(a: Assessment, lang: Lang): RiskView[] {
  const services = used(a);
  const cats = categoriesIn(a);
  if (!services.length || !cats.size) return [];
  const sensitive = [...cats.keys()].some((c) => ['special', 'criminal', 'national_id'].includes(classification(c)));
  const vulnerable = services.some((s) => a.services[s]!.subjects.some((g) => VULNERABLE.has(g)));
  const servicesTrig = w(lang, 'trigger-services', { count: services.length, services: services.map((s) => w(lang, `service-${s}`)).join(', ') });
  const defs: [string, boolean, Level, Level, string][] = [
    ['unauthorised_access', true, 'medium', 'medium', servicesTrig],
    ['sub_processor_breach', true, 'low', 'medium', servicesTrig],
    ['transfer_outside_eea', true, 'medium', 'medium', servicesTrig],
    ['map_visual_disclosure', (a.options.map_visuals ?? []).length > 0, 'high', 'low', w(lang, 'option-map_visuals')],
    ['function_creep', (a.characteristics ?? []).includes('combines_sources'), 'medium', 'medium', w(lang, 'trigger-characteristic', { characteristic: w(lang, 'characteristic-combines_sources') })],
    ['excessive_retention', !!(a.options.time_travel || a.options.snapshot), 'high', 'low', w(lang, 'trigger-snapshot')],
    ['profiling', services.includes('ml_ai'), 'medium', 'medium', w(lang, 'trigger-service', { service: w(lang, 'service-ml_ai') })],
    ['sensitive_data_spread', sensitive, 'medium', 'medium', [...cats.keys()].filter((c) => classification(c) !== 'ordinary').map((c) => w(lang, `category-${c}`)).join(', ')],
    ['rights_not_honoured', true, 'low', 'medium', servicesTrig],
  ];
  return defs
    .filter((d) => d[1])
    .map(([id, , likelihood, baseImpact, triggers], i) => {
      const impact = sensitive || vulnerable ? up(baseImpact) : baseImpact;
      const level = cellLevel(likelihood, impact);
      const rl = down(likelihood);
      const residual = cellLevel(rl, impact);
      return {
        number: `R${i + 1}`,
        id,
        title: w(lang, `risk-${id}-title`),
        description: w(lang, `risk-${id}-description`),
        triggers,
        likelihood,
        impact,
        level,
        residual_likelihood: rl,
        residual_impact: impact,
        residual_level: residual,
        likelihood_text: w(lang, `level-${likelihood}`),
        impact_text: w(lang, `level-${impact}`),
        level_text: w(lang, `level-${level}`),
        residual_level_text: w(lang, `level-${residual}`),
        measures: `${w(lang, 'doc-measure-item-12')}; ${w(lang, 'doc-measure-item-17')} (${w(lang, 'source-item', { item: 12 })}, ${w(lang, 'source-item', { item: 17 })})`,
        controller: w(lang, `risk-${id}-controller`),
        prior_consultation: residual === 'high',
      };
    });
}
