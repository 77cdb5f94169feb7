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
 * Per service of the statement (by its id): whether it is used and what flows through it.
 * Absent = not answered.
 */
services: { [key in string]: ServiceUse }, 
/**
 * The statement's options (by id): `true`/`false` for a yes/no option, `"processor"` or
 * `"client"` for an environment, a list of visual ids for map visuals. Absent or `null` = not
 * answered.
 */
options: Record<string, OptionValue>, 
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
 * The answer to one of the statement's options.
 */

export type OptionValue = boolean | string | Array<string>;

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
 * `required`, `recommended`, `not_required`, or `unknown` while services or data are
 * not answered.
 */
verdict: string, 
/**
 * The statement version it is based on ("KPI Solutions B.V. 06-2025").
 */
statement: string, 
/**
 * A newer version of that processor's statement is known.
 */
newer_statement: boolean, 
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

export type Purpose = "import" | "statement" | "database" | "save" | "reveal";

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
 * `required`, `recommended`, `not_required`, or `unknown` while the services and their data
 * are not answered yet (then no verdict is shown, only that it is not known yet).
 */
verdict: string, verdict_text: string, provisional: boolean, reasons: Array<string>, hits: Array<HitView>, not_hit: string, large_scale_rule: string, flags: Array<FlagView>, sub_processors: Array<PartyView>, map_recipients: Array<PartyView>, open_questions: Array<string>, review_date: string, };

/**
 * A statement measure or a proposed controller measure, worded, with what it lowers.
 */

export type MeasureView = { id: string, text: string, 
/**
 * `likelihood` or `impact`
 */
lowers: string, lowers_text: string, 
/**
 * The source marker ("Data Pro Statement, item 12"), empty for controller measures.
 */
source: string, };

export type RiskView = { 
/**
 * "R1", "R2", … as in the documents.
 */
number: string, id: string, title: string, description: string, triggers: string, 
/**
 * Levels are `low`, `medium`, `high`; the `_text` fields are worded.
 */
likelihood: string, impact: string, level: string, residual_likelihood: string, residual_impact: string, residual_level: string, likelihood_text: string, impact_text: string, level_text: string, residual_level_text: string, measures: Array<MeasureView>, controller: Array<MeasureView>, prior_consultation: boolean, };

/**
 * One wizard step and whether it is complete.
 */

export type StepView = { 
/**
 * `organisation`, `services`, `data`, `followups`, `characteristics` or `review`.
 */
id: string, complete: boolean, 
/**
 * How many of its questions are still open.
 */
open: number, };

/**
 * The follow-up questions that apply: special categories (ids, in catalog order), BSN, criminal.
 */

export type FollowUpsView = { special: Array<string>, bsn: boolean, criminal: boolean, };

export type AssessmentView = { id: number, name: string, assessment: Assessment, screening: ScreeningView, risks: Array<RiskView>, 
/**
 * The statement the assessment is based on (its key for `catalog` and `statements_view`).
 */
statement_key: string, 
/**
 * Per wizard step: whether all its questions are answered (the core decides, not the UI).
 */
steps: Array<StepView>, 
/**
 * Which legal grounds step 4 asks for.
 */
follow_ups: FollowUpsView, 
/**
 * A machine-learning service is used, so the AI Act area is asked.
 */
ask_ai_area: boolean, };

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
 * One of the statement's options, as the wizard asks it.
 */

export type OptionChoice = { id: string, 
/**
 * `yes_no`, `map_visuals` or `environment`
 */
kind: string, label: string, question: string, help: string, 
/**
 * "Data Pro Statement, item 12"
 */
source: string, 
/**
 * The services it is asked for; asked when one of them is used.
 */
asked_for: Array<string>, 
/**
 * For `map_visuals`: the visuals (help = their vendors); for `environment`: `processor` and
 * `client` with the statement's names; empty for yes/no.
 */
choices: Array<Choice>, };

/**
 * Everything the wizard needs to offer, in one language, for one statement.
 */

export type Catalog = { 
/**
 * The statement's key (as in `AssessmentView.statement_key`).
 */
statement: string, services: Array<Choice>, options: Array<OptionChoice>, categories: Array<Choice>, subjects: Array<Choice>, sectors: Array<Choice>, characteristics: Array<Choice>, ai_areas: Array<Choice>, };

export type StatementSection = { 
/**
 * "statement item 5"
 */
source: string, title: string, paragraphs: Array<string>, };

export type StatementView = { title: string, sections: Array<StatementSection>, };

/**
 * One statement in the statements list.
 */

export type StatementSummary = { key: string, processor: string, version: string, valid_from: string, 
/**
 * Compiled into the app (the default on a fresh install).
 */
embedded: boolean, 
/**
 * The newest version of this processor's statement the app knows.
 */
newest: boolean, file_name: string, 
/**
 * When the processor notified it (YYYY-MM-DD), if recorded.
 */
notified_on: string | null, 
/**
 * The last day to terminate after that notice (standard clause 2.2), worded.
 */
termination_deadline: string | null, assessments: number, };

/**
 * An imported statement that can no longer be read, with why.
 */

export type UnreadableStatement = { file_name: string, processor: string, version: string, reason: string, };

export type StatementsView = { statements: Array<StatementSummary>, unreadable: Array<UnreadableStatement>, };

/**
 * One entry that differs between two versions.
 */

export type ChangeView = { 
/**
 * `added`, `removed`, `changed` or `moved`
 */
kind: string, kind_text: string, 
/**
 * The source marker in the older and the newer version (empty where absent).
 */
old_source: string, new_source: string, title: string, old_text: string, new_text: string, };

export type DiffView = { from: string, to: string, changes: Array<ChangeView>, };

/**
 * An assessment based on an older version of a processor's statement than a given one.
 */

export type AffectedView = { id: number, name: string, client: string, 
/**
 * The version it is based on now.
 */
version: string, 
/**
 * The last day the client may terminate after notice of the newer version (clause 2.2).
 */
deadline: string | null, 
/**
 * The deadline has passed.
 */
overdue: boolean, };

