// Dev mock only: the catalog, worded from dpia.ftl; service descriptions shortened.
import type { Catalog, Choice } from '../lib/bindings';
import type { Lang } from '../lib/i18n';
import { w } from './words';

export const SERVICES = ['reports', 'connectors', 'datawarehouse', 'apps_automations', 'ml_ai', 'consultancy'] as const;
export const CATEGORIES = [
  'names', 'titles', 'identifiers', 'patient_numbers', 'bsn', 'addresses', 'ip_addresses', 'internet_behaviour',
  'contact_details', 'job_details', 'financial', 'location', 'health', 'racial_ethnic_origin', 'political_opinions',
  'religious_beliefs', 'trade_union', 'genetic', 'biometric', 'sex_life_orientation', 'criminal',
] as const;
export const CLASSIFICATION: Record<string, string> = {
  health: 'special', racial_ethnic_origin: 'special', political_opinions: 'special', religious_beliefs: 'special',
  trade_union: 'special', genetic: 'special', biometric: 'special', sex_life_orientation: 'special',
  criminal: 'criminal', bsn: 'national_id',
  patient_numbers: 'sensitive', financial: 'sensitive', location: 'sensitive', internet_behaviour: 'sensitive',
};
export const classification = (c: string) => CLASSIFICATION[c] ?? 'ordinary';
const SUBJECTS = ['customers', 'employees', 'suppliers', 'patients', 'children', 'citizens'];
export const VULNERABLE = new Set(['employees', 'patients', 'children']);
const SECTORS = ['hospital', 'gp_post_care_group', 'care_provider', 'health_insurer', 'municipality', 'government', 'education', 'accountancy', 'financial_services', 'wholesale_retail', 'manufacturing', 'other'];
const CHARACTERISTICS = [
  'combines_sources', 'predictions_about_people', 'automated_decisions', 'employee_monitoring', 'behaviour_monitoring',
  'public_area_monitoring', 'service_access_decisions', 'covert_investigation', 'blacklist', 'fraud_prevention',
  'credit_scoring', 'data_sharing_partnership', 'camera_surveillance', 'flexible_camera_surveillance', 'communication_data', 'iot_devices',
];
const AI_AREAS = ['none', 'biometrics', 'critical_infrastructure', 'education', 'employment', 'essential_services', 'law_enforcement', 'migration', 'justice_democracy'];
export const MAP_VISUALS: Record<string, { name: string; vendors: string }> = {
  bing_maps: { name: 'Power BI Map / Filled Map (Bing)', vendors: 'Bing, TomTom, SK Telecom' },
  azure_maps: { name: 'Azure Maps', vendors: 'Microsoft Azure Maps, TomTom' },
  arcgis: { name: 'ArcGIS for Power BI', vendors: 'Esri' },
};

const DESCRIPTIONS: Record<Lang, Record<string, string>> = {
  nl: {
    reports: 'Gestandaardiseerde en maatwerk Power BI-rapportages; data wordt geladen in datasets in Power BI Service / Fabric en gepubliceerd in de tenant van KPI Solutions of van de klant.',
    connectors: 'De KPI Connector maakt verbinding met API’s, portals, bestanden of databases en repliceert de gevraagde data in een door KPI Solutions beheerde Azure-database.',
    datawarehouse: 'Advies over de inrichting van datawarehouses en dataverplaatsing, en het inrichten van het datawarehouse voor KPI Connectoren.',
    apps_automations: 'Power Apps en automatiseringen op Azure, Fabric en Power Platform; gehost door KPI Solutions of door de klant.',
    ml_ai: 'Machine learning en AI-modellen (o.a. OpenAI) op Microsoft Azure, op basis van de data uit de KPI Connectoren; geen AI-systemen met een hoog risico.',
    consultancy: 'Training, advies en consultancy; toegang tot applicaties en databases van de klant kan daarbij nodig zijn.',
  },
  en: {
    reports: 'Standardised and custom Power BI reports; data is loaded into datasets in Power BI Service / Fabric and published in the processor’s or the client’s tenant.',
    connectors: 'The KPI Connector connects to APIs, portals, files or databases and replicates the requested data into an Azure database managed by KPI Solutions.',
    datawarehouse: 'Advice on setting up data warehouses and data movement, and setting up the data warehouse for KPI Connectors.',
    apps_automations: 'Power Apps and automations on Azure, Fabric and Power Platform; hosted by KPI Solutions or by the client.',
    ml_ai: 'Machine learning and AI models (including OpenAI) on Microsoft Azure, based on the data from the KPI Connectors; no high-risk AI systems.',
    consultancy: 'Training, advice and consultancy; access to the client’s applications and databases may be needed.',
  },
};

const choice = (id: string, label: string, help = '', tag = '', tag_text = ''): Choice => ({ id, label, help, tag, tag_text });

export function catalog(lang: Lang): Catalog {
  return {
    services: SERVICES.map((s, i) => choice(s, w(lang, `service-${s}`), DESCRIPTIONS[lang][s], 'abcdef'[i], w(lang, 'source-item', { item: 4 }))),
    categories: CATEGORIES.map((c) =>
      choice(c, w(lang, `category-${c}`), w(lang, `category-${c}-help`), classification(c), w(lang, `classification-${classification(c)}`)),
    ),
    subjects: SUBJECTS.map((g) => choice(g, w(lang, `subject-${g}`), '', VULNERABLE.has(g) ? 'vulnerable' : '')),
    sectors: SECTORS.map((s) => choice(s, w(lang, `sector-${s}`))),
    characteristics: CHARACTERISTICS.map((c) => choice(c, w(lang, `characteristic-${c}`), w(lang, `characteristic-${c}-help`))),
    ai_areas: AI_AREAS.map((a) => choice(a, w(lang, `ai-area-${a}`))),
    map_visuals: Object.entries(MAP_VISUALS).map(([id, m]) => choice(id, m.name, m.vendors)),
    tenants: ['processor', 'client'].map((t) => choice(t, w(lang, `tenant-${t}`))),
  };
}
