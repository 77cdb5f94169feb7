// Generated from the Rust types by `BLESS=1 cargo test -p dpia-app --test bindings`. Do not edit.

/**
 * A client's answers. This is the `.dpia.json` file, version 1.
 */

export type Assessment = { 
/**
 * Always "dpia-helper/assessment".
 */
format: string, 
/**
 * File format version; 1 is the current one.
 */
version: number, organisation: Organisation, 
/**
 * The date the assessment is made (YYYY-MM-DD).
 */
assessment_date: string | null, 
/**
 * What the client wants to do with the processor's services, in the client's words.
 */
description: string, 
/**
 * The purposes of the processing, one per entry.
 */
purposes: Array<string>, 
/**
 * Which statement (processor and version) the answers are based on.
 */
statement: StatementRef, 
/**
 * Per service: whether it is used and what flows through it. Absent = not answered.
 */
services: { [key in ServiceId]?: ServiceUse }, options: Options, 
/**
 * The processing characteristics that apply. Absent = not answered; empty = none apply.
 */
characteristics: Array<Characteristic> | null, 
/**
 * If the ML & AI service is used: the EU AI Act Annex III area it is used in, or `none`.
 */
ai_act_area: AiActArea | null, follow_ups: FollowUps, };

export type Organisation = { name: string, sector: Sector | null, contact_person: string, 
/**
 * The data protection officer (functionaris gegevensbescherming), if any.
 */
dpo: string, };

export type StatementRef = { processor: string, version: string, 
/**
 * When the processor notified the client of this version (standard clause 2.2: the client may
 * terminate within 30 days of that notice).
 */
notified_on: string | null, };

/**
 * The processor's services (statement item 4, a–f).
 */

export type ServiceId = "reports" | "connectors" | "datawarehouse" | "apps_automations" | "ml_ai" | "consultancy";

/**
 * What flows through one service.
 */

export type ServiceUse = { 
/**
 * Whether the client uses this service. Absent = not answered.
 */
used: boolean | null, categories: Array<DataCategory>, subjects: Array<SubjectGroup>, 
/**
 * Estimated number of data subjects whose data flows through this service.
 */
data_subjects_estimate: number | null, 
/**
 * The source systems, in the client's words.
 */
source_systems: string, };

/**
 * Kinds of personal data (statement item 11 lists examples).
 */

export type DataCategory = "names" | "titles" | "identifiers" | "patient_numbers" | "bsn" | "addresses" | "ip_addresses" | "internet_behaviour" | "contact_details" | "job_details" | "financial" | "location" | "health" | "racial_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "genetic" | "biometric" | "sex_life_orientation" | "criminal";

/**
 * Groups of data subjects.
 */

export type SubjectGroup = "customers" | "employees" | "suppliers" | "patients" | "children" | "citizens";

/**
 * The client's sector; some sectors change the large-scale rule (hospitals, GP posts, care groups).
 */

export type Sector = "hospital" | "gp_post_care_group" | "care_provider" | "health_insurer" | "municipality" | "government" | "education" | "accountancy" | "financial_services" | "wholesale_retail" | "manufacturing" | "other";

/**
 * The three Power BI map visuals of statement item 14.
 */

export type MapVisualId = "bing_maps" | "azure_maps" | "arcgis";

/**
 * Where reports are published (statement item 5 and the map-visual rule of item 14).
 */

export type Tenant = "processor" | "client";

export type Options = { 
/**
 * Add-on "tijdreizen" (statement item 12): history is kept after deletion at the source.
 */
time_travel: boolean | null, 
/**
 * Add-on "foto maken" (statement item 12): snapshots are kept.
 */
snapshot: boolean | null, 
/**
 * Map visuals used in reports (statement item 14). Absent = not answered; empty = none.
 */
map_visuals: Array<MapVisualId> | null, 
/**
 * The DATEV connector (statement item 15 c, d).
 */
datev_connector: boolean | null, report_publication: Tenant | null, };

/**
 * Processing characteristics that screening criteria depend on.
 */

export type Characteristic = "combines_sources" | "predictions_about_people" | "automated_decisions" | "employee_monitoring" | "behaviour_monitoring" | "public_area_monitoring" | "service_access_decisions" | "covert_investigation" | "blacklist" | "fraud_prevention" | "credit_scoring" | "data_sharing_partnership" | "camera_surveillance" | "flexible_camera_surveillance" | "communication_data" | "iot_devices";

/**
 * EU AI Act (Regulation (EU) 2024/1689) Annex III areas, or `none`.
 */

export type AiActArea = "none" | "biometrics" | "critical_infrastructure" | "education" | "employment" | "essential_services" | "law_enforcement" | "migration" | "justice_democracy";

/**
 * The legal grounds the client relies on for special, criminal and national-ID data.
 */

export type FollowUps = { 
/**
 * Per special category: the GDPR Art. 9(2) / UAVG exception relied on (free text).
 */
special_category_exceptions: { [key in DataCategory]?: string }, 
/**
 * The statutory basis for processing the BSN (UAVG art. 46), e.g. "Wabvpz art. 8".
 */
bsn_basis: string, 
/**
 * The GDPR Art. 10 / UAVG arts. 31–33 basis for criminal data.
 */
criminal_basis: string, };

/**
 * One line of the assessments list.
 */

export type AssessmentSummary = { id: number, name: string, client: string, 
/**
 * The assessment date, if answered (YYYY-MM-DD).
 */
date: string | null, 
/**
 * `required`, `recommended` or `not_required`.
 */
verdict: string, 
/**
 * RFC 3339, UTC.
 */
updated_at: string, };

/**
 * One change to an assessment.
 */

export type HistoryEntry = { at: string, 
/**
 * JSON pointer of the field, e.g. `/services/reports/categories`.
 */
field: string, old_value: string | null, new_value: string | null, };

/**
 * An error for the UI: a stable code to branch on and a worded message to show.
 */

export type ApiError = { code: string, message: string, };

/**
 * What the UI needs to know on start (and after a database change).
 */

export type AppState = { 
/**
 * `nl` or `en`, as remembered.
 */
lang: string, 
/**
 * The database file in use (or the one that failed to open).
 */
database: string, 
/**
 * Set when the database could not be opened: the UI shows the error screen.
 */
error: ApiError | null, statement: string, };

/**
 * What a chosen file may be used for.
 */

export type Purpose = "import" | "database" | "save" | "reveal";

/**
 * A chosen file as the page sees it: a token to pass back, and what to show the user.
 */

export type Grant = { 
/**
 * Opaque, random, valid in this session only; the only thing file commands accept.
 */
token: string, purpose: Purpose, 
/**
 * The file name, for showing.
 */
name: string, 
/**
 * The full path, for showing only (no command accepts a path).
 */
path: string, };

export type HitView = { 
/**
 * e.g. `dpa-7`
 */
key: string, 
/**
 * `art35`, `wp248` or `dpa`
 */
framework: string, title: string, triggers: string, };

export type FlagView = { 
/**
 * `blocking`, `warning` or `info`
 */
severity: string, severity_text: string, title: string, detail: string, triggers: string, sources: string, };

export type PartyView = { name: string, detail: string, reason: string, };

export type ScreeningView = { 
/**
 * `required`, `recommended` or `not_required`
 */
verdict: string, verdict_text: string, provisional: boolean, reasons: Array<string>, hits: Array<HitView>, not_hit: string, large_scale_rule: string, flags: Array<FlagView>, sub_processors: Array<PartyView>, map_recipients: Array<PartyView>, open_questions: Array<string>, review_date: string, };

export type RiskView = { 
/**
 * "R1", "R2", … as in the documents.
 */
number: string, id: string, title: string, description: string, triggers: string, 
/**
 * Levels are `low`, `medium`, `high`; the `_text` fields are worded.
 */
likelihood: string, impact: string, level: string, residual_likelihood: string, residual_impact: string, residual_level: string, likelihood_text: string, impact_text: string, level_text: string, residual_level_text: string, measures: string, controller: string, prior_consultation: boolean, };

export type AssessmentView = { id: number, name: string, assessment: Assessment, screening: ScreeningView, risks: Array<RiskView>, };

/**
 * One option in a list the wizard offers.
 */

export type Choice = { id: string, label: string, 
/**
 * Help text (what it means, examples from the statement); may be empty.
 */
help: string, 
/**
 * A grouping tag, e.g. a category's classification (`special`) or a service's letter.
 */
tag: string, tag_text: string, };

/**
 * Everything the wizard needs to offer, in one language.
 */

export type Catalog = { services: Array<Choice>, categories: Array<Choice>, subjects: Array<Choice>, sectors: Array<Choice>, characteristics: Array<Choice>, ai_areas: Array<Choice>, map_visuals: Array<Choice>, tenants: Array<Choice>, };

export type StatementSection = { 
/**
 * "statement item 5"
 */
source: string, title: string, paragraphs: Array<string>, };

export type StatementView = { title: string, sections: Array<StatementSection>, };

