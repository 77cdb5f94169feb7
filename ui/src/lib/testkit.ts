// Builders for unit tests (not imported by the app).
import type { Assessment, Choice, OptionChoice, RiskView, ServiceUse } from './bindings';

export function blank(): Assessment {
  return {
    format: 'dpia-helper/assessment',
    version: 1,
    organisation: { name: '', sector: null, contact_person: '', dpo: '' },
    assessment_date: null,
    description: '',
    purposes: [],
    statement: { processor: 'KPI Solutions B.V.', version: '06-2025', notified_on: null },
    services: {},
    options: {},
    characteristics: null,
    ai_act_area: null,
    follow_ups: { special_category_exceptions: {}, bsn_basis: '', criminal_basis: '' },
  };
}

export function service(used: boolean | null, more: Partial<ServiceUse> = {}): ServiceUse {
  return { used, categories: [], subjects: [], data_subjects_estimate: null, source_systems: '', ...more };
}

const TAGS: Record<string, string> = {
  names: 'ordinary',
  patient_numbers: 'sensitive',
  bsn: 'national_id',
  health: 'special',
  genetic: 'special',
  criminal: 'criminal',
};

export const CATEGORIES: Choice[] = Object.entries(TAGS).map(([id, tag]) => ({ id, label: id, help: '', tag, tag_text: `class ${tag}` }));

export function risk(number: string, l: string, i: string, rl: string, ri: string): RiskView {
  return {
    number,
    id: number.toLowerCase(),
    title: '',
    description: '',
    triggers: '',
    likelihood: l,
    impact: i,
    level: '',
    residual_likelihood: rl,
    residual_impact: ri,
    residual_level: '',
    likelihood_text: '',
    impact_text: '',
    level_text: '',
    residual_level_text: '',
    measures: [],
    controller: [],
    prior_consultation: false,
  };
}

export function option(id: string, asked_for: string[], kind = 'yes_no'): OptionChoice {
  return { id, kind, label: id, question: `${id}?`, help: '', source: '', asked_for, choices: [] };
}
