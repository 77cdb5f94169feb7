// Builders for unit tests (not imported by the app).
import type { Assessment, Choice, OptionChoice, OptionKind, ServiceUse } from './bindings';

export function blank(): Assessment {
  return {
    format: 'dpia-helper/assessment',
    version: 4,
    id: '',
    organisation: { name: '', sector: null, role: null, contact_person: '', dpo: '' },
    assessment_date: null,
    description: '',
    purposes: [],
    statement: { processor: 'KPI Solutions B.V.', version: '06-2025', notified_on: null },
    services: {},
    options: {},
    characteristics: null,
    ai_act_area: null,
    ai_product: null,
    sick_leave: null,
    map_shows_people: null,
    follow_ups: { special_category_exceptions: {}, bsn_basis: { statute: null, other: '', note: '' }, criminal_basis: { uavg: null, note: '' } },
    controller: {
      author: '',
      interests: '',
      transfers: '',
      sector_rules: '',
      retention: '',
      history_retention: '',
      retention_per_category: {},
      purpose_limitation: '',
      necessity: '',
      proportionality: '',
      subsidiarity: '',
      rights: '',
      views: { sought: null, how: '', outcome: '' },
    },
    risk_decisions: {},
    own_risks: [],
    action_plan: {},
    dpo_advice: { advice: '', date: null, followed: null, not_followed_reason: '' },
    sign_off: { status: null, approved_by: '', role: '', date: null, prior_consultation: null, prior_consultation_reason: '', accepted_open: {} },
    review_date: null,
    comments: [],
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

export function option(id: string, asked_for: string[], kind: OptionKind = 'yes_no'): OptionChoice {
  return { id, kind, label: id, question: `${id}?`, help: '', source: '', asked_for, choices: [] };
}
