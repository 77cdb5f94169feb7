// Generated from the Rust types by `BLESS=1 cargo test -p dpia-app --test bindings`. Do not edit.

/**
 * A client's answers, the controller's DPIA and the review comments. This is the `.dpia.json`
 * file, version 4.
 */

export type Assessment = { 
/**
 * Always "dpia-helper/assessment".
 */
format: string, 
/**
 * File format version; 4 is the current one (versions 1 to 3 are still read).
 */
version: number, 
/**
 * The assessment's own id (random, written when it is made), the same in every copy of the
 * file, so that importing a copy of an assessment that is already there can take over its
 * new comments instead of making a second one. Absent in files before version 4.
 */
id?: string, organisation: Organisation, 
/**
 * The date the assessment is made (YYYY-MM-DD).
 */
assessment_date: string | null, 
/**
 * What the client wants to do with the processor's services, in the client's words.
 */
description: string, 
/**
 * The purposes of the processing, each with the legal basis the controller relies on.
 */
purposes: Array<ProcessingPurpose>, 
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
ai_act_area: AiActArea | null, 
/**
 * If the ML & AI service is used: whether the model is (part of) a product under AI Act
 * Annex I that needs a third-party conformity assessment, such as medical-device software
 * (MDR rule 11) — high-risk under AI Act art. 6(1). Version 3.
 */
ai_product: boolean | null, 
/**
 * If employees are among the people of a used service: whether absence or sick-leave data
 * (sick notes, reintegration) is included. Sick leave is health data. Version 3.
 */
sick_leave: boolean | null, 
/**
 * Whether map visuals show the addresses or positions of individual people (asked when
 * addresses or location data meet a map visual).
 */
map_shows_people: boolean | null, follow_ups: FollowUps, 
/**
 * The controller's own parts of the Model DPIA (interests, necessity, rights, retention …).
 */
controller: ControllerParts, 
/**
 * Per risk of the catalogue (by id): the controller's decision on the computed values.
 */
risk_decisions: { [key in string]: RiskDecision }, 
/**
 * Risks the controller adds.
 */
own_risks: Array<OwnRisk>, 
/**
 * Per controller measure (by id; an own risk's measures by the risk's id): who, when, status.
 */
action_plan: { [key in string]: ActionItem }, dpo_advice: DpoAdvice, sign_off: SignOff, 
/**
 * When the DPIA is reviewed (GDPR Art. 35(11)); absent = the proposed date (12 months on).
 */
review_date: string | null, 
/**
 * The review comments, oldest first, each with its replies (version 4).
 */
comments: Array<Comment>, };

export type Organisation = { name: string, sector: Sector | null, 
/**
 * Whether the client is the controller or processes for its own clients.
 */
role: ClientRole | null, contact_person: string, 
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
used: boolean | null, 
/**
 * The kinds of personal data it carries. Absent = not answered; empty = no personal data.
 */
categories: Array<DataCategory> | null, subjects: Array<SubjectGroup>, 
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

export type Characteristic = "combines_sources" | "predictions_about_people" | "automated_decisions" | "significant_decisions" | "location_tracking" | "employee_monitoring" | "behaviour_monitoring" | "public_area_monitoring" | "service_access_decisions" | "covert_investigation" | "blacklist" | "fraud_prevention" | "credit_scoring" | "data_sharing_partnership" | "camera_surveillance" | "flexible_camera_surveillance" | "communication_data" | "iot_devices";

/**
 * EU AI Act (Regulation (EU) 2024/1689) Annex III areas, or `none`.
 */

export type AiActArea = "none" | "biometrics" | "critical_infrastructure" | "education" | "employment" | "essential_services" | "law_enforcement" | "migration" | "justice_democracy";

/**
 * The legal grounds the client relies on for special, criminal and national-ID data.
 */

export type FollowUps = { 
/**
 * Per special category: the GDPR Art. 9(2) ground and the UAVG exception relied on.
 */
special_category_exceptions: { [key in DataCategory]?: SpecialBasis }, 
/**
 * The law that prescribes or allows use of the BSN (UAVG art. 46).
 */
bsn_basis: BsnBasis, 
/**
 * The GDPR Art. 10 / UAVG arts. 31–33 basis for criminal data.
 */
criminal_basis: CriminalBasis, };

/**
 * Whether the client decides on the processing itself or processes for its own clients
 * (standard clauses 1.6 and 2.4 foresee both).
 */

export type ClientRole = "controller" | "processor";

/**
 * One purpose of the processing and its legal basis (GDPR Art. 6(1)).
 */

export type ProcessingPurpose = { description: string, legal_basis: LawfulBasis | null, 
/**
 * Why the basis applies; for (f) the balancing of interests.
 */
reasoning: string, };

/**
 * GDPR Art. 6(1), points (a) to (f).
 */

export type LawfulBasis = "a" | "b" | "c" | "d" | "e" | "f";

/**
 * The exception for one special category: the Art. 9(2) ground, where Dutch law applies the UAVG
 * article with its scope, and a note (the free text of version 1 files lands here). Where the
 * category concerns more than one group of people, each group has its own exception
 * (`by_group`, version 3): one exception rarely covers both patients and staff.
 */

export type SpecialBasis = { ground: Art9Ground | null, uavg: UavgException | null, note: string, 
/**
 * Per group of people: the exception for that group's data.
 */
by_group?: { [key in SubjectGroup]?: GroupBasis }, };

/**
 * The exception for one group of people's data within a special category.
 */

export type GroupBasis = { ground: Art9Ground | null, uavg: UavgException | null, note: string, };

/**
 * GDPR Art. 9(2), points (a) to (j).
 */

export type Art9Ground = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j";

/**
 * The UAVG articles with exceptions for special categories (arts. 22–30), each with its scope.
 */

export type UavgException = "22_2" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30_1_a" | "30_1_b" | "30_2_a" | "30_2" | "30_3_a" | "30_3_b" | "other";

/**
 * The statutory basis for the BSN: a law from the list, or "other, namely …".
 */

export type BsnBasis = { statute: BsnStatute | null, 
/**
 * For `other`: which law.
 */
other: string, note: string, };

/**
 * Laws that prescribe or allow use of the BSN (UAVG art. 46).
 */

export type BsnStatute = "wabvpz" | "wet_loonbelasting" | "zorgverzekeringswet" | "participatiewet" | "wabb" | "other";

/**
 * The basis for criminal data: GDPR Art. 10 with a UAVG article (31–33), and a note.
 */

export type CriminalBasis = { uavg: UavgCriminal | null, note: string, };

/**
 * The UAVG articles for criminal data (GDPR Art. 10).
 */

export type UavgCriminal = "31" | "32" | "33" | "other";

/**
 * The controller's parts of the Model DPIA Rijksdienst that the processor cannot know. Each is
 * optional; once filled, the starter prints it instead of a placeholder.
 */

export type ControllerParts = { 
/**
 * Name and role of the author of the DPIA.
 */
author: string, 
/**
 * Point 7: the interests of the controller, the data subjects and others.
 */
interests: string, 
/**
 * Point 8: the transfer mechanism checked and the outcome of the transfer impact assessment.
 */
transfers: string, 
/**
 * Point 9: sector rules and internal policies that apply.
 */
sector_rules: string, 
/**
 * Point 10: retention of the data in reports and exports.
 */
retention: string, 
/**
 * Point 10: retention of data kept beyond the source (history, snapshots).
 */
history_retention: string, 
/**
 * Point 10: retention per data category.
 */
retention_per_category: { [key in DataCategory]?: string }, 
/**
 * Point 13: whether further use is compatible with the original purposes (Art. 6(4)).
 */
purpose_limitation: string, 
/**
 * Point 14: necessity.
 */
necessity: string, 
/**
 * Point 14: proportionality.
 */
proportionality: string, 
/**
 * Point 14: subsidiarity.
 */
subsidiarity: string, 
/**
 * Point 15: how requests of data subjects are handled, including in the data warehouse.
 */
rights: string, 
/**
 * GDPR Art. 35(9): the views of data subjects or their representatives.
 */
views: Views, };

/**
 * Whether the views of data subjects or their representatives (works council, client council)
 * were sought (GDPR Art. 35(9)), how, and what they said.
 */

export type Views = { sought: boolean | null, 
/**
 * How (or, when not sought, why not).
 */
how: string, outcome: string, };

/**
 * Likelihood, impact and risk levels (Model DPIA Rijksdienst: three levels).
 */

export type Level = "low" | "medium" | "high";

/**
 * The computed values of a risk at the moment the controller decided, so that a later change of
 * the answers that changes them is shown instead of silently overwriting the decision.
 */

export type Levels = { likelihood: Level, impact: Level, residual_likelihood: Level, residual_impact: Level, };

/**
 * What the controller decided about a computed risk.
 */

export type RiskStatus = "confirmed" | "adjusted" | "not_applicable";

/**
 * The controller's decision on one risk of the register.
 */

export type RiskDecision = { status: RiskStatus | null, 
/**
 * For `adjusted`: the values the controller sets (absent = keep the computed one).
 */
likelihood: Level | null, impact: Level | null, residual_likelihood: Level | null, residual_impact: Level | null, 
/**
 * Required for `adjusted` and `not_applicable`.
 */
reason: string, 
/**
 * The computed values when the decision was made.
 */
computed: Levels | null, };

/**
 * A risk the controller adds to the register.
 */

export type OwnRisk = { 
/**
 * A stable id (lower-case letters, digits and `_`), unique among the own risks.
 */
id: string, title: string, description: string, 
/**
 * Where it comes from (which answers or circumstances).
 */
origin: string, likelihood: Level | null, impact: Level | null, 
/**
 * The measures the controller takes against it.
 */
measures: string, residual_likelihood: Level | null, residual_impact: Level | null, };

/**
 * Where a measure of the action plan stands.
 */

export type ActionStatus = "planned" | "in_progress" | "done";

/**
 * One measure of the action plan. A controller measure with a status is adopted: it counts for
 * the residual risk.
 */

export type ActionItem = { status: ActionStatus | null, owner: string, due: string | null, note: string, };

/**
 * The advice of the data protection officer (GDPR Art. 35(2), 38(3)) and what the controller
 * does with it. The DPO's name is `organisation.dpo`.
 */

export type DpoAdvice = { advice: string, date: string | null, followed: boolean | null, 
/**
 * Required when the advice is not followed.
 */
not_followed_reason: string, };

/**
 * The document's status: a draft, or adopted (read-only until reopened).
 */

export type DocStatus = "concept" | "definitive";

/**
 * Adoption of the DPIA and the decision on prior consultation (GDPR Art. 36).
 */

export type SignOff = { 
/**
 * Absent = concept.
 */
status: DocStatus | null, approved_by: string, role: string, date: string | null, 
/**
 * The controller's decision whether the Dutch DPA is consulted beforehand (GDPR Art. 36);
 * the residual levels the app computes only indicate it.
 */
prior_consultation: boolean | null, prior_consultation_reason: string, 
/**
 * Points still open when the DPIA was adopted, each accepted by the controller with a reason
 * (open point id → reason; `dpia_rules::adoption`). Kept when the DPIA is reopened.
 */
accepted_open: { [key in string]: string }, };

/**
 * One line of the assessments list.
 */

export type AssessmentSummary = { id: number, name: string, client: string, 
/**
 * The assessment date, if answered (YYYY-MM-DD).
 */
date: string | null, 
/**
 * `unknown` while services or data are not answered.
 */
verdict: VerdictState, 
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
updated_at: string, 
/**
 * Adopted (definitive).
 */
definitive: boolean, 
/**
 * The review date (set or proposed), worded, and whether it has come (GDPR Art. 35(11)).
 */
review_date: string, review_due: boolean, 
/**
 * Certificates of the statement that expire before the review date (worded).
 */
expiring_certificates: Array<string>, 
/**
 * Measures of the action plan past their due date.
 */
overdue_actions: number, 
/**
 * Set when this version cannot read the stored assessment: why, worded ("written by a
 * newer DPIA Helper — update to open it"). The other fields are then empty.
 */
unreadable: string | null, };

/**
 * One review comment.
 */

export type Comment = { 
/**
 * Unique among the assessment's comments and replies; never reused.
 */
id: string, 
/**
 * What it is about: a JSON pointer to a question or field (`/controller/necessity`, as the
 * app saves answers), `part:<part>` (`part:controller`), `risk:<risk id>`,
 * `measure:<measure id>`, or empty for a general comment.
 */
target: string, 
/**
 * Who wrote it (free text).
 */
author: string, 
/**
 * In which role (free text, e.g. "FG", "CISO").
 */
role: string, 
/**
 * When it was written (RFC 3339, e.g. `2026-12-02T10:15:00Z`).
 */
at: string, text: string, status: CommentStatus, 
/**
 * Who resolved it, and when (for `resolved`).
 */
resolved_by: string, resolved_at: string | null, replies: Array<Reply>, 
/**
 * `word` for a comment read from a Word document on import.
 */
origin: CommentOrigin, 
/**
 * The target's answer when the comment was made (absent: none, or not a field).
 */
answer: unknown, };

/**
 * A reply to a comment.
 */

export type Reply = { 
/**
 * Unique among the assessment's comments and replies.
 */
id: string, author: string, role: string, at: string, text: string, origin: CommentOrigin, };

/**
 * Whether a comment still asks for something.
 */

export type CommentStatus = "open" | "resolved";

/**
 * Where a comment was made: in DPIA Helper, or in Word (read from a DOCX on import).
 */

export type CommentOrigin = "app" | "word";

/**
 * One review comment with its replies.
 */

export type CommentView = { id: string, 
/**
 * As stored: a JSON pointer, `part:…`, `risk:…`, `measure:…`, or empty.
 */
target: string, 
/**
 * The part it belongs to (for the review list's filter and to jump to it).
 */
part: Part, 
/**
 * What it is about: a UI message id and its arguments (names already worded).
 */
label_id: string, label_args: { [key in string]: string }, 
/**
 * "Name (Role)".
 */
author: string, 
/**
 * When, worded (date and time, UTC).
 */
at: string, text: string, open: boolean, 
/**
 * Written by the reviewer the app remembers (same name): the review list's "mine".
 */
mine: boolean, 
/**
 * Who resolved it and when (worded), for a resolved one.
 */
resolved_by: string, resolved_at: string, 
/**
 * Made in Word and read from a DOCX on import.
 */
from_word: boolean, 
/**
 * The answer it was made on is not the answer now.
 */
answer_changed: boolean, replies: Array<ReplyView>, };

/**
 * A reply to a comment.
 */

export type ReplyView = { id: string, author: string, at: string, text: string, from_word: boolean, };

/**
 * Who the app writes comments as (remembered in the database's settings).
 */

export type ReviewerView = { name: string, role: string, };

/**
 * A page of the list.
 */

export type ListPage = { 
/**
 * The rows from `offset` on.
 */
rows: Array<AssessmentSummary>, offset: number, 
/**
 * How many assessments match the search.
 */
total: number, 
/**
 * How many there are in all ("none yet" or "none found").
 */
all: number, };

/**
 * The orders the list can be shown in.
 */

export type ListSort = "updated" | "name" | "client" | "date" | "verdict";

/**
 * Where a file job is.
 */

export type JobStage = "waiting" | "reading" | "checking" | "rendering" | "copying" | "writing" | "storing";

/**
 * What an import made: the new assessment, and whether one with the same answers was
 * already there (the same file imported twice).
 */

export type ImportView = { id: number, 
/**
 * The name of an assessment that already had exactly these answers, if any.
 */
same_as: string | null, 
/**
 * The file is a copy of an assessment already here (same assessment id): nothing was
 * imported yet; the user takes over its new comments or imports it as a copy
 * (`assessments_import_merge`).
 */
merge: MergeView | null, 
/**
 * How many comments, replies and resolutions were taken over (after a merge), or came from Word.
 */
comments_taken: number, };

/**
 * What a merge of an imported copy into the assessment already here would do.
 */

export type MergeView = { 
/**
 * The assessment already here.
 */
name: string, 
/**
 * Comments and replies in the file (or made in Word) that it does not have.
 */
new_comments: number, 
/**
 * The answers that differ (not merged): each field's label as the history words it.
 */
differing: Array<FieldLabel>, };

/**
 * A field's label: a UI message id and its arguments.
 */

export type FieldLabel = { label_id: string, label_args: { [key in string]: string }, };

/**
 * One line of the history.
 */

export type HistoryView = { 
/**
 * When (RFC 3339, UTC).
 */
at: string, 
/**
 * The JSON pointer of the field that changed.
 */
field: string, 
/**
 * The part of the assessment the field belongs to (for the filter).
 */
step: Part, event: HistoryEvent, 
/**
 * The UI message id of the field's label, and its arguments (names already worded).
 */
label_id: string, label_args: { [key in string]: string }, old_value: ShownValue, new_value: ShownValue, };

/**
 * An error for the UI: a stable code to branch on and a worded message to show.
 */

export type ApiError = { code: string, message: string, };

/**
 * What the UI needs to know on start (and after a database change).
 */

export type AppState = { 
/**
 * The app's language, as remembered.
 */
lang: Lang, 
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
key: string, framework: Framework, title: string, triggers: string, };

export type FlagView = { severity: Severity, severity_text: string, title: string, detail: string, triggers: string, sources: string, };

export type PartyView = { name: string, detail: string, reason: string, };

export type ScreeningView = { 
/**
 * `unknown` while the services and their data are not answered yet (then no verdict is
 * shown, only that it is not known yet).
 */
verdict: VerdictState, verdict_text: string, provisional: boolean, reasons: Array<string>, 
/**
 * The blocking findings' titles, shown with the verdict wherever it shows (the flags below
 * give each in full).
 */
blocking: Array<string>, hits: Array<HitView>, not_hit: string, large_scale_rule: string, flags: Array<FlagView>, sub_processors: Array<PartyView>, map_recipients: Array<PartyView>, open_questions: Array<string>, review_date: string, };

export type RiskView = { 
/**
 * "R1", "R2", … as in the documents.
 */
number: string, id: string, title: string, description: string, triggers: string, 
/**
 * The computed values; the `_text` fields are worded.
 */
likelihood: Level, impact: Level, level: Level, residual_likelihood: Level, residual_impact: Level, residual_level: Level, likelihood_text: string, impact_text: string, level_text: string, residual_level_text: string, 
/**
 * What the risk does to the people concerned.
 */
harm: string, 
/**
 * The causes present for this client, each with what addresses it.
 */
causes: Array<CauseView>, 
/**
 * The measures that limit the consequences and count, with why.
 */
limits: Array<CountedView>, 
/**
 * The statement's measures for this risk whose condition does not hold for this client.
 */
not_applying: Array<string>, 
/**
 * The measures proposed to the controller, with what each does and whether it is adopted.
 */
controller: Array<ControllerMeasureView>, 
/**
 * What keeps the residual up, worded.
 */
holds: Array<string>, 
/**
 * Indicative: the residual level the DPIA uses is high (prior consultation is for the
 * controller to decide).
 */
prior_consultation: boolean, 
/**
 * An own risk of the controller (edited under `/own_risks/<index>`).
 */
own: boolean, 
/**
 * For an own risk: its index in `own_risks`.
 */
own_index: number | null, 
/**
 * The controller's decision, if any.
 */
status: RiskStatus | null, status_text: string, reason: string, 
/**
 * The values the DPIA uses (the controller's where adjusted), ids and worded.
 */
applied: LevelsView, 
/**
 * The computed values, always shown beside the controller's.
 */
computed: LevelsView, applicable: boolean, 
/**
 * The answers changed after the controller decided: the computed values differ from those
 * recorded with the decision (the controller's values still apply).
 */
changed_since_decision: boolean, 
/**
 * The computed values when the controller decided (worded), if they differ now.
 */
decided_on: string, 
/**
 * Why the residual values are what they are (per dimension, which measures lower it).
 */
residual_reasoning: string, };

/**
 * Likelihood, impact and level before and after measures, and worded.
 */

export type LevelsView = { likelihood: Level, impact: Level, level: Level, residual_likelihood: Level, residual_impact: Level, residual_level: Level, 
/**
 * "medium × high = high"
 */
before_text: string, after_text: string, };

/**
 * One measure of the action plan: a proposed controller measure (once, with the risks it is
 * proposed for) or an own risk's measures, with what the controller recorded.
 */

export type ActionView = { 
/**
 * The key in `action_plan` (a controller measure id, or an own risk's id).
 */
id: string, 
/**
 * "M1", "M2", … as in the document.
 */
number: string, text: string, 
/**
 * The risk numbers ("R1, R4").
 */
risks: string, 
/**
 * Adopted: it has a status, and counts for the residual risk.
 */
adopted: boolean, status: ActionStatus | null, owner: string, 
/**
 * YYYY-MM-DD or empty.
 */
due: string, due_text: string, note: string, 
/**
 * Past its due date and not done.
 */
overdue: boolean, };

/**
 * One wizard step and whether it is complete.
 */

export type StepView = { 
/**
 * One of the six steps of the questionnaire.
 */
id: Part, complete: boolean, 
/**
 * How many of its questions are still open.
 */
open: number, };

/**
 * The follow-up questions that apply: special categories (ids, in catalog order), BSN, criminal.
 */

export type FollowUpsView = { special: Array<DataCategory>, 
/**
 * The special categories whose data concerns more than one group of people: the
 * exception is asked per group (`/follow_ups/special_category_exceptions/<c>/by_group/<g>`).
 */
groups: Array<GroupsView>, bsn: boolean, criminal: boolean, };

/**
 * A special category and the groups of people whose data of it flows.
 */

export type GroupsView = { category: DataCategory, groups: Array<SubjectGroup>, };

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
 * A machine-learning service is used, so the AI Act area (and whether the model is a
 * product under AI Act Annex I, such as a medical device) is asked.
 */
ask_ai_area: boolean, 
/**
 * Employees are among the people of a used service: whether sick-leave data is included is
 * asked (step 3).
 */
ask_sick_leave: boolean, 
/**
 * The controller's measures with owner, due date and status.
 */
action_plan: Array<ActionView>, 
/**
 * The risk matrix before and after measures.
 */
matrix_before: MatrixView, matrix_after: MatrixView, 
/**
 * Adopted (definitive): read-only until reopened.
 */
definitive: boolean, 
/**
 * Indicative: a residual risk the DPIA uses is high (the decision on prior consultation,
 * GDPR Art. 36, is always the controller's and always asked).
 */
prior_consultation_indicated: boolean, 
/**
 * What is still open for adoption, each with the controller's reason where accepted open.
 */
adoption: Array<OpenPointView>, 
/**
 * How many open points stop adoption (open and not accepted with a reason).
 */
adoption_blocking: number, 
/**
 * Why the register is empty (no personal data, or not known yet), worded.
 */
no_risks: string, 
/**
 * Recorded choices that no longer match a risk or a proposed measure (kept; removable).
 */
orphans: Array<OrphanView>, 
/**
 * What must still be arranged to start, and by whom (blocking first).
 */
arrangements: Array<ArrangementView>, 
/**
 * The review date (the one set, or the proposed one), YYYY-MM-DD and worded.
 */
review_date: string, review_date_text: string, 
/**
 * The review date has come.
 */
review_due: boolean, 
/**
 * Certificates of the statement that expire before the review date (worded).
 */
expiring_certificates: Array<string>, 
/**
 * The data categories used, for retention per category.
 */
categories: Array<DataCategory>, 
/**
 * Asked when addresses or location data meet a map visual.
 */
ask_map_shows_people: boolean, 
/**
 * Every answer of steps 1–5, worded, for the review step.
 */
review: Array<ReviewGroup>, 
/**
 * Numbers of data subjects that are saved but look wrong (0, more than people on earth).
 */
estimate_warnings: Array<EstimateWarning>, 
/**
 * The add-ons chosen that keep history beyond the source (worded); the controller's
 * retention of that history is asked only when there is one.
 */
history_addons: Array<string>, 
/**
 * The review comments, oldest first, and how many are open.
 */
comments: Array<CommentView>, open_comments: number, };

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

export type OptionChoice = { id: string, kind: OptionKind, label: string, question: string, help: string, 
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
statement: string, services: Array<Choice>, options: Array<OptionChoice>, categories: Array<Choice>, subjects: Array<Choice>, sectors: Array<Choice>, characteristics: Array<Choice>, ai_areas: Array<Choice>, client_roles: Array<Choice>, lawful_bases: Array<Choice>, art9_grounds: Array<Choice>, uavg_exceptions: Array<Choice>, bsn_statutes: Array<Choice>, uavg_criminal: Array<Choice>, levels: Array<Choice>, risk_statuses: Array<Choice>, action_statuses: Array<Choice>, };

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

export type ChangeView = { kind: ChangeKind, kind_text: string, 
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

/**
 * The two languages of the app. Passed in everywhere; never read from the environment in the core.
 */

export type Lang = "nl" | "en";

/**
 * What a measure does: make a cause less likely, or limit what happens to the people.
 */

export type Effect = "likelihood" | "consequences";

export type OptionKind = "yes_no" | "map_visuals" | "environment";

export type Verdict = "not_required" | "recommended" | "required";

/**
 * The verdict as shown: one of the three, or not known yet (services or their data unanswered).
 */

export type VerdictState = "required" | "recommended" | "not_required" | "unknown";

export type Severity = "blocking" | "warning" | "info";

/**
 * The three frameworks a screening evaluates.
 * Serialised as `art35`, `wp248` and `dpa` (the ids of `Framework::id`, README `--json`).
 */

export type Framework = "art35" | "wp248" | "dpa";

/**
 * Which document.
 */

export type Kind = "starter" | "summary";

/**
 * The file formats a document can be written in.
 */

export type Format = "pdf" | "docx" | "md";

/**
 * The parts of an assessment as the screens group them: the questionnaire's six steps, then the
 * controller's parts, risks, advice and adoption, the statement version, and anything else.
 */

export type Part = "organisation" | "services" | "data" | "followups" | "characteristics" | "review" | "controller" | "risks" | "signoff" | "statement" | "other";

/**
 * How an entry differs between two versions.
 */

export type ChangeKind = "added" | "removed" | "changed" | "moved";

/**
 * The 3×3 risk matrix, before or after measures: rows from high to low likelihood, cells from
 * low to high impact, each with its level and the numbers of the risks in it (the values the
 * DPIA applies; risks marked not applicable are left out).
 */

export type MatrixView = { rows: Array<MatrixRow>, };

export type MatrixRow = { likelihood: Level, cells: Array<MatrixCell>, };

export type MatrixCell = { impact: Level, 
/**
 * The level of the cell (the Model DPIA's rule, `dpia_rules::risks::level`).
 */
level: Level, risks: Array<string>, };

/**
 * A cause of a risk, present for this client, and what addresses it.
 */

export type CauseView = { id: string, text: string, addressed: boolean, 
/**
 * The measures that address it and count, each with why.
 */
by: Array<CountedView>, 
/**
 * The proposed controller measures that would address it (not adopted), worded.
 */
would: Array<string>, };

/**
 * A measure that counts for a risk, with its one-line reason and where it stands.
 */

export type CountedView = { name: string, why: string, 
/**
 * The source marker ("Data Pro Statement, item 17"); empty for an adopted controller measure.
 */
source: string, 
/**
 * How it limits the consequences (for a limit), worded; empty for a cause it addresses.
 */
kind: string, };

/**
 * A measure proposed to the controller for a risk.
 */

export type ControllerMeasureView = { id: string, text: string, 
/**
 * What it does for this risk ("addresses: …", "limits the consequences (…)", good practice).
 */
does: string, why: string, adopted: boolean, };

/**
 * One point still open for adoption.
 */

export type OpenPointView = { 
/**
 * The key of the controller's acceptance (`/sign_off/accepted_open/<id>`).
 */
id: string, 
/**
 * The part of GDPR Art. 35(7) (or 35(2), 36) it belongs to, worded.
 */
requirement: string, text: string, 
/**
 * The controller's reason for accepting it open, or empty.
 */
accepted: string, };

/**
 * A recorded choice that no longer matches the register, and where it is kept.
 */

export type OrphanView = { 
/**
 * The JSON pointer of the choice (setting it to null removes it).
 */
pointer: string, text: string, };

/**
 * Who arranges a point before the processing starts.
 */

export type Party = "client" | "processor";

/**
 * One point to arrange, worded.
 */

export type ArrangementView = { party: Party, blocking: boolean, text: string, };

/**
 * What a line of the history records.
 */

export type HistoryEvent = "changed" | "added" | "removed" | "adopted" | "reopened";

/**
 * A value as the screens show it, worded; the UI only formats dates, numbers and lists for its
 * language.
 */

export type ShownValue = { "kind": "empty" } | { "kind": "text", text: string, } | { "kind": "date", date: string, } | { "kind": "number", number: number, } | { "kind": "list", items: Array<string>, };

/**
 * The answers of one step.
 */

export type ReviewGroup = { step: Part, 
/**
 * The step's number in the questionnaire (1–5).
 */
number: number, items: Array<ReviewItem>, };

/**
 * One answer, for the last check.
 */

export type ReviewItem = { 
/**
 * The JSON pointer of the answer.
 */
field: string, 
/**
 * The UI message id of the question's label, and its arguments (names already worded).
 */
label_id: string, label_args: { [key in string]: string }, value: ShownValue, 
/**
 * Not asked by the core's open questions (a note, a contact person): empty is no gap.
 */
optional: boolean, 
/**
 * The id of the control that edits it, on its step.
 */
target: string, };

/**
 * A number of data subjects that looks wrong, for the service it was given for.
 */

export type EstimateWarning = { service: string, text: string, };

