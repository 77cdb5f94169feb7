## DPIA Helper — English messages. Every id here must exist in locales/nl/dpia.ftl too (a test checks).

app-name = DPIA Helper
lang-nl = Nederlands
lang-en = English

## Data categories

category-names = Names
category-names-help = Names of customers, employees, suppliers and other people.
category-titles = Forms of address
category-titles-help = Titles and forms of address such as "Mr" or "Dr".
category-identifiers = Customer, employee and supplier numbers
category-identifiers-help = Numbers that identify a person within your systems.
category-patient_numbers = Client and patient numbers
category-patient_numbers-help = Numbers of care clients or patients; they reveal a care relationship.
category-bsn = Citizen service number (BSN)
category-bsn-help = The Dutch national identification number. May only be used where a law allows it (UAVG art. 46).
category-addresses = Addresses
category-addresses-help = Home or postal addresses.
category-ip_addresses = IP addresses
category-ip_addresses-help = IP addresses of devices people use.
category-internet_behaviour = Internet behaviour
category-internet_behaviour-help = Clicks, page visits, search terms and other online behaviour.
category-contact_details = Phone numbers and e-mail addresses
category-contact_details-help = Phone numbers and e-mail addresses.
category-job_details = Job titles and employers
category-job_details-help = Job titles, departments and employers.
category-financial = Financial situation
category-financial-help = Salaries, payment behaviour, debts, invoices per person: data that shows someone's financial situation.
category-location = Location data
category-location-help = GPS positions, routes, check-ins: where a person is or was.
category-health = Health data
category-health-help = Diagnoses, treatments, sick leave, care needs (GDPR Art. 9).
category-racial_ethnic_origin = Racial or ethnic origin
category-racial_ethnic_origin-help = A special category of personal data (GDPR Art. 9(1)).
category-political_opinions = Political opinions
category-political_opinions-help = A special category of personal data (GDPR Art. 9(1)).
category-religious_beliefs = Religious or philosophical beliefs
category-religious_beliefs-help = A special category of personal data (GDPR Art. 9(1)).
category-trade_union = Trade-union membership
category-trade_union-help = A special category of personal data (GDPR Art. 9(1)).
category-genetic = Genetic data
category-genetic-help = A special category of personal data (GDPR Art. 9(1)).
category-biometric = Biometric data for identification
category-biometric-help = Fingerprints, face templates and similar data used to identify someone (GDPR Art. 9(1)).
category-sex_life_orientation = Sex life or sexual orientation
category-sex_life_orientation-help = A special category of personal data (GDPR Art. 9(1)).
category-criminal = Criminal convictions and offences
category-criminal-help = Data on criminal convictions and offences (GDPR Art. 10; UAVG arts. 31–33).

classification-ordinary = ordinary
classification-sensitive = sensitive
classification-special = special category (GDPR Art. 9)
classification-criminal = criminal data (GDPR Art. 10)
classification-national_id = national identification number (UAVG art. 46)

## Data subjects

subject-customers = Customers
subject-employees = Employees
subject-suppliers = Suppliers and contacts
subject-patients = Patients and care clients
subject-children = Children
subject-citizens = Citizens

## Sectors

sector-hospital = Hospital
sector-gp_post_care_group = GP post or care group
sector-care_provider = Other care provider
sector-health_insurer = Health insurer
sector-municipality = Municipality
sector-government = Other government body
sector-education = Education
sector-accountancy = Accountancy and payroll
sector-financial_services = Financial services
sector-wholesale_retail = Wholesale and retail
sector-manufacturing = Manufacturing and installation
sector-other = Other

## Options


## Characteristics

characteristic-combines_sources = Combining data sets
characteristic-combines_sources-help = Data from different sources or collected for different purposes is combined in a way people would not expect.
characteristic-predictions_about_people = Predictions or profiles about people
characteristic-predictions_about_people-help = Scores, predictions or profiles about individual people, e.g. the chance that an employee leaves.
characteristic-automated_decisions = Automated decisions
characteristic-automated_decisions-help = Decisions with legal or similarly significant effect on people are taken without meaningful human involvement.
characteristic-employee_monitoring = Monitoring employees
characteristic-employee_monitoring-help = Employees' activities, performance or behaviour are monitored.
characteristic-behaviour_monitoring = Observing or influencing behaviour
characteristic-behaviour_monitoring-help = People's behaviour is observed, followed or influenced, e.g. online behaviour.
characteristic-public_area_monitoring = Monitoring a publicly accessible area
characteristic-public_area_monitoring-help = Systematic, large-scale monitoring of a publicly accessible area.
characteristic-service_access_decisions = Access to a service or contract
characteristic-service_access_decisions-help = The results decide whether people may use a service or enter a contract.
characteristic-covert_investigation = Covert investigation
characteristic-covert_investigation-help = People are investigated without their knowledge.
characteristic-blacklist = Black lists
characteristic-blacklist-help = Lists of people who are refused or warned against.
characteristic-fraud_prevention = Fraud prevention
characteristic-fraud_prevention-help = Data is used to prevent or detect fraud.
characteristic-credit_scoring = Credit scores
characteristic-credit_scoring-help = Creditworthiness or solvency of people is assessed.
characteristic-data_sharing_partnership = Data sharing in a partnership
characteristic-data_sharing_partnership-help = Personal data is shared between organisations working together.
characteristic-camera_surveillance = Camera surveillance
characteristic-camera_surveillance-help = Camera images of people are processed.
characteristic-flexible_camera_surveillance = Flexible camera surveillance
characteristic-flexible_camera_surveillance-help = Mobile cameras, e.g. body cams or drones.
characteristic-communication_data = Communication data
characteristic-communication_data-help = Content or metadata of e-mail, phone calls or chat.
characteristic-iot_devices = Internet of Things
characteristic-iot_devices-help = Data from connected devices such as sensors or wearables.

## EU AI Act Annex III

ai-area-none = None of the Annex III areas
ai-area-biometrics = Biometrics
ai-area-critical_infrastructure = Critical infrastructure
ai-area-education = Education and vocational training
ai-area-employment = Employment, workers management and access to self-employment
ai-area-essential_services = Access to essential private and public services (e.g. credit scoring, insurance pricing)
ai-area-law_enforcement = Law enforcement
ai-area-migration = Migration, asylum and border control
ai-area-justice_democracy = Administration of justice and democratic processes

## Screening frameworks and criteria

framework-art35 = GDPR Art. 35(3)
framework-wp248 = WP248 rev.01 criteria (Article 29 Working Party, endorsed by the EDPB)
framework-dpa = Dutch DPA list of processing that requires a DPIA (Stcrt. 2019, 64418)

criterion-art35-1 = GDPR Art. 35(3)(a): systematic and extensive evaluation of personal aspects, including profiling, on which decisions with legal or similarly significant effects are based
criterion-art35-2 = GDPR Art. 35(3)(b): large-scale processing of special categories of data (Art. 9(1)) or of data on criminal convictions and offences (Art. 10)
criterion-art35-3 = GDPR Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale
criterion-wp248-1 = WP248 criterion 1: evaluation or scoring, including profiling and predicting
criterion-wp248-2 = WP248 criterion 2: automated decision-making with legal or similar significant effect
criterion-wp248-3 = WP248 criterion 3: systematic monitoring
criterion-wp248-4 = WP248 criterion 4: sensitive data or data of a highly personal nature
criterion-wp248-5 = WP248 criterion 5: data processed on a large scale
criterion-wp248-6 = WP248 criterion 6: matching or combining datasets
criterion-wp248-7 = WP248 criterion 7: data concerning vulnerable data subjects
criterion-wp248-8 = WP248 criterion 8: innovative use or applying new technological or organisational solutions
criterion-wp248-9 = WP248 criterion 9: processing that prevents data subjects from exercising a right or using a service or a contract
criterion-dpa-1 = DPA list item 1: covert investigation
criterion-dpa-2 = DPA list item 2: black lists
criterion-dpa-3 = DPA list item 3: fraud prevention
criterion-dpa-4 = DPA list item 4: credit scores
criterion-dpa-5 = DPA list item 5: financial situation
criterion-dpa-6 = DPA list item 6: genetic personal data
criterion-dpa-7 = DPA list item 7: health data
criterion-dpa-8 = DPA list item 8: partnerships
criterion-dpa-9 = DPA list item 9: camera surveillance
criterion-dpa-10 = DPA list item 10: flexible camera surveillance
criterion-dpa-11 = DPA list item 11: monitoring of employees
criterion-dpa-12 = DPA list item 12: location data
criterion-dpa-13 = DPA list item 13: communication data
criterion-dpa-14 = DPA list item 14: Internet of Things
criterion-dpa-15 = DPA list item 15: profiling
criterion-dpa-16 = DPA list item 16: observation and influencing of behaviour
criterion-dpa-17 = DPA list item 17: biometric data

## Verdict

verdict-required = DPIA required
verdict-recommended = DPIA recommended
verdict-not_required = DPIA not required
verdict-provisional = Provisional: { $count ->
    [one] one question is still open
   *[other] { $count } questions are still open
  }; the verdict may still rise.
reason-art35 = { $count ->
    [one] One case of GDPR Art. 35(3) applies: a DPIA is mandatory.
   *[other] Of GDPR Art. 35(3), { $count } cases apply: a DPIA is mandatory.
  }
reason-dpa = { $count ->
    [one] One item of the Dutch DPA's list applies; any item makes a DPIA mandatory.
   *[other] Of the Dutch DPA's list, { $count } items apply; any item makes a DPIA mandatory.
  }
reason-wp248-many = Of the WP248 criteria, { $count } apply; from two criteria on a DPIA is required in most cases, and DPIA Helper treats that as required.
reason-wp248-one = One WP248 criterion applies; a DPIA is recommended (one criterion can be enough).
reason-none = None of the { $evaluated } criteria evaluated applies.
reason-no-personal-data = No used service carries personal data, so GDPR Art. 35 does not apply.
reason-large-scale = Large scale, by a rule of DPIA Helper: more than { $threshold } data subjects in one service (the figure the Dutch DPA names for health data at care providers, applied here to all data), or health data at a hospital, GP post or care group.

## Triggers (the answers that made something apply)

trigger-service = service "{ $service }" is used
trigger-category = { $service }: { $category }
trigger-subjects = { $service }: data subjects "{ $group }"
trigger-estimate = { $service }: about { $count } data subjects
trigger-what-subjects = data subjects "{ $group }"
trigger-what-estimate = about { $count } data subjects
trigger-sick-leave = { $service }: employees' sick-leave data (health data)
trigger-what-sick-leave = employees' sick-leave data (health data)
trigger-grouped = { $what } ({ $services })
trigger-services = { $count ->
    [one] service used: { $services }
   *[other] services used: { $services }
  }
trigger-sector = sector: { $sector }
trigger-characteristic = characteristic: { $characteristic }
trigger-ai-area = AI Act Annex III area: { $area }
trigger-map-visual = map visual: { $visual }
trigger-missing-follow-up = not answered: { $field }
trigger-statement-version = assessment based on version { $assessment }, statement used is version { $statement }
trigger-review-date = proposed review date { $date }

field-bsn_basis = statutory basis for the BSN
field-criminal_basis = basis for criminal data
field-special-exception = exception for { $category }

## Flags

severity-blocking = Blocking
severity-warning = Attention
severity-info = Note

flag-bsn_without_basis = BSN without a statutory basis
flag-bsn_without_basis-detail = The BSN may only be used to carry out a law or where a law allows it (UAVG art. 46). Name the statutory basis (e.g. the Wabvpz for care providers) before the BSN is sent.
flag-special_category_without_exception = { $category } without an exception
flag-special_category_without_exception-detail = Processing { $category } is prohibited unless a GDPR Art. 9(2) exception applies (UAVG arts. 22–30 for the Dutch exceptions). Name the exception relied on.
flag-criminal_without_basis = Criminal data without a basis
flag-criminal_without_basis-detail = Criminal data may only be processed under official authority or where the law allows it (GDPR Art. 10; UAVG arts. 31–33). Name the basis.
flag-statement_not_designed_for_special_data = The statement does not cover this data
flag-statement_not_designed_for_special_data-detail = Unless the statement says otherwise, the service is not designed for special, criminal or national-ID data (standard clause 3.2).
flag-transfer_development_outside_eea = Transfer impact assessment (DTIA) needed: development work outside the EU/EEA
flag-transfer_development_outside_eea-detail = During temporary development and maintenance work, { $parties } { $count ->
    [one] processes
   *[other] process
  } data partly outside the EU/EEA under { $instrument }. A transfer relying on standard contractual clauses needs a transfer impact assessment (Schrems II; EDPB Recommendations 01/2020).
flag-transfer_map_visuals = Check the transfer mechanism: map visuals
flag-transfer_map_visuals-detail = The chosen map visuals send address and location queries to { $vendors }, whose services may lie outside the tenant's region. Check which transfer mechanism applies (adequacy decision, EU-US Data Privacy Framework, standard contractual clauses) and record it; a transfer impact assessment is needed only where standard contractual clauses or another Art. 46 GDPR tool is relied on.
flag-map_vendors_recipients = Map vendors receive address queries
flag-map_vendors_recipients-detail = When reports are published in the client's own tenant, the map vendors are processors of the client itself, not sub-processors of the processor; in the processor's tenant they are the processor's sub-processors.
flag-retention_beyond_source = Data kept after deletion at the source
flag-retention_beyond_source-detail = Normally each refresh mirrors deletions from the source. With { $options } data the source has deleted is kept: set a retention period for that history.
flag-nen7510 = Health data: NEN 7510
flag-nen7510-detail = Care providers must meet NEN 7510 for health information and hold their suppliers to it. The processor: { $certificate }.
flag-ai_act_annex_iii = AI Act Annex III: { $area }
flag-ai_act_annex_iii-detail = Using the ML service in this area makes the client's AI system high-risk (AI Act, Art. 6(2) and Annex III). The client is then a deployer with duties of its own (Art. 26): use in line with the instructions, human oversight, monitoring, keeping logs and informing the people concerned. DPIA Helper assumes these duties apply from { $from } (the date of the Digital Omnibus on AI, June 2026; the original text said 2 August 2026).
flag-certificate_expires_before_review = Certificate { $certificate } expires on { $date }
flag-certificate_expires_before_review-detail = The certificate expires before the proposed review date: ask for the renewed certificate at the review.
flag-statement_version_mismatch = Other statement version
flag-statement_version_mismatch-detail = The answers were given against another version of the statement. Check what changed (standard clause 2.2).

## Sub-processors and map vendors

subprocessor-reason-platform = all services run on its platform
subprocessor-reason-development_work = temporary development and maintenance work on the services used
location-eu_eea = EU/EEA
location-outside_eu_eea_temporary = temporarily outside the EU/EEA
location-outside_eu_eea = outside the EU/EEA
vendor-role-processor_sub_processor = sub-processor of the processor (reports in the processor's tenant)
vendor-role-clients_own = processor of the client itself (reports in the client's tenant)
vendor-role-undetermined = depends on where reports are published (not answered yet)

## Open questions

question-organisation_name = What is the organisation's name?
question-sector = Which sector is the organisation in?
question-assessment_date = What is the date of the assessment?
question-purposes = What are the purposes of the processing?
question-service_used = Is "{ $service }" used?
question-subjects = Whose data flows through "{ $service }"?
question-estimate = About how many data subjects does "{ $service }" concern?
question-characteristics = Which processing characteristics apply?
question-ai_act_area = Is the ML service used in an EU AI Act Annex III area?

## Risks

level-low = low
level-medium = medium
level-high = high

risk-unauthorised_access-title = Unauthorised access to reports or the data warehouse
risk-unauthorised_access-description = Over-broad sharing of reports, public publication or weak access rights expose personal data to people who should not see it.
risk-sub_processor_breach-title = Data breach at a sub-processor
risk-sub_processor_breach-description = A breach at a sub-processor ({ $platform } or another) exposes the client's data.
risk-transfer_outside_eea-title = Transfer outside the EU/EEA during development work
risk-transfer_outside_eea-description = During development and maintenance, { $parties } { $count ->
    [one] processes
   *[other] process
  } data temporarily outside the EU/EEA, where local authorities may gain access.
risk-foreign_authority_access-title = Access by foreign authorities to cloud data
risk-foreign_authority_access-description = A cloud provider subject to non-EU law (e.g. the US CLOUD Act) may be ordered to hand over data stored in the EU.
risk-map_visual_disclosure-title = Addresses sent to map vendors
risk-map_visual_disclosure-description = The chosen map visuals send address and location queries to { $vendors }, outside the tenant's region.
risk-function_creep-title = Function creep from combined data sets
risk-function_creep-description = Combined sources in the data warehouse invite use for purposes other than those the data was collected for.
risk-excessive_retention-title = Data kept longer than needed
risk-excessive_retention-description = With { $options }, data deleted at the source stays in the warehouse.
risk-reidentification-title = Re-identification from small groups in reports
risk-reidentification-description = Reports on small groups (a department, a ward) let readers recognise individuals and their sensitive data.
risk-inaccurate_decisions-title = Inaccurate or stale data driving decisions about people
risk-inaccurate_decisions-description = Errors in sources, joins or models lead to wrong conclusions about individual people.
risk-profiling-title = Profiling by machine learning
risk-profiling-description = Models predict or score individual people, which can be discriminatory or opaque.
risk-sensitive_data_spread-title = Health data, BSN or other sensitive data spreading beyond need
risk-sensitive_data_spread-description = Sensitive data replicated into the warehouse and reports reaches more people and places than necessary.
risk-rights_not_honoured-title = Data-subject rights not honoured across copies
risk-rights_not_honoured-description = Access, rectification or erasure requests are handled in the source but not in the warehouse, history or exports.

## Sources

source-item = Data Pro Statement, item { $item }
source-clause = Standard Clauses, clause { $number }
source-items = Data Pro Statement, items { $items }
source-clauses = Standard Clauses, clauses { $numbers }
source-answer = client's answer, in the client's words

## Command line

cli-statement = Statement
cli-verdict = Verdict
cli-reasons = Reasons
cli-hits = Criteria that apply
cli-because = because
cli-not-hit = Evaluated and not applicable
cli-flags = Flags
cli-sub-processors = Sub-processors that apply
cli-map-recipients = Map vendors
cli-open-questions = Open questions
cli-none = none
cli-dates = Dates
cli-date-assessment = Assessment date
cli-date-valid-from = Statement valid from
cli-date-review = Proposed review date
cli-date-termination = Last day to terminate after notice of this version (clause 2.2)
cli-certificate = Certificate { $standard } ({ $number }), valid until { $date }
cli-risks = Risk register
cli-risk-before = before measures
cli-risk-after = after measures
cli-risk-cause = Cause
cli-prior-consultation = Indicative high residual risk: whether the DPA is consulted beforehand (GDPR Art. 36) is the controller's decision.
cli-no-risks = No risks apply: no personal data flows through the services used.
no-risks-unknown = Which risks apply is not known yet: that depends on which services are used and which personal data each carries.
doc-matrix-empty = no risk in the matrix.
cli-valid = { $file }: valid assessment ({ $client })
cli-written = Written: { $file }
cli-statement-processor = Processor
cli-statement-contact = Privacy contact
cli-statement-version = Version
cli-statement-discrepancy = Note on the version

## Errors

error-title = Error
error-file_read = { $file }: cannot read the file: { $reason }
error-file_too_large = { $file }: the file is { $size } bytes; an assessment file is at most { $max } bytes.
error-file_empty = { $file }: the file is empty.
error-file_not_text = { $file }: line { $line }: the file is not UTF-8 text.
error-file_syntax = { $file }: line { $line }, column { $column }: not valid JSON ({ $reason }).
error-file_not_assessment = { $file }: this is not a DPIA Helper assessment (field "format" is { $found }).
error-file_version = { $file }: field "version": { $found } is not a version this program reads.
error-file_field = { $file }: line { $line }, column { $column }: field "{ $path }": { $reason }
error-file_invalid = { $file }: field "{ $path }": { $reason }
error-file_exists = { $file }: the file exists; choose another name or use --force.
error-file_write = { $file }: cannot write the file: { $reason }
error-pdf_without_data = { $file } is a PDF without DPIA Helper data: it was not exported by DPIA Helper, or the program that saved it last dropped the data. Import the .dpia.json file, or a PDF or Word document exported by DPIA Helper.
error-docx_without_data = { $file } is a Word document without DPIA Helper data: it was not exported by DPIA Helper, or the program that saved it last dropped the data. Import the .dpia.json file, or a PDF or Word document exported by DPIA Helper.
error-pdf_corrupt = { $file }: the PDF is damaged and cannot be read ({ $reason }).
error-docx_corrupt = { $file }: the Word document is damaged and cannot be read ({ $reason }).
error-document_too_large = { $file }: the document is { $size } bytes, too large to read (DPIA Helper reads documents of at most { $max } bytes).
error-statement_read = { $file }: cannot read the statement: { $reason }
error-statement_parse = { $file }: line { $line }, column { $column }: { $reason }
error-statement_invalid = { $file }: { $reason }
error-render = The document could not be made: { $reason }. This is a fault in DPIA Helper; please report it with this message.
error-pdf_conformance = The PDF would not conform to PDF/A-3a and PDF/UA-1 and was therefore not written: { $reason }. This is a fault in DPIA Helper; please report it with this message, and export as a Word document meanwhile.
error-bad_lang = "{ $value }" is not a language of DPIA Helper; choose nl or en.
error-bad_kind = "{ $value }" is not a kind of document; choose the DPIA starter or the summary.
error-bad_format = "{ $value }" is not a file format; choose PDF, Word or Markdown.
error-bad_date = "{ $value }" is not a date; use YYYY-MM-DD.
error-document_unpacks_too_large = { $file }: the document is too large to read: a part of it is, or unpacks to, more than { $max } bytes. A document exported by DPIA Helper stays far below that; this one may be a so-called compression bomb.
error-pdf_too_many_objects = { $file }: the PDF has too many objects to read (DPIA Helper stops at { $max } so that it cannot hang); a PDF exported by DPIA Helper has far fewer.
error-pdf_too_many_attachments = { $file }: the PDF lists more than { $max } attachments or attachment entries, more than DPIA Helper reads; a PDF exported by DPIA Helper has one.
error-docx_too_many_entries = { $file }: the Word document consists of more than { $max } parts (zip entries), more than DPIA Helper reads; a Word document exported by DPIA Helper has about twenty.
error-document_too_deep = { $file }: the document is nested too deeply to read (more than { $max } levels); a document exported by DPIA Helper has only a few.
error-statement_not_loaded = { $file } is based on the statement { $statement }, which is not loaded (the statement in use is { $loaded }); pass that statement's file with --statement FILE (e.g. statements/*.toml).

## Documents: common

doc-starter-title = DPIA starter
doc-summary-title = Onboarding summary
doc-subject = Data protection impact assessment (GDPR Art. 35)
doc-attachment-description = The answers of this assessment (DPIA Helper exchange file). Import this document or this file into DPIA Helper to continue with them.
doc-attachment-elsewhere = This Markdown file does not carry the answers. The PDF and Word versions of this document do: DPIA Helper imports either of them, and the command dpia import writes the answers out as a .dpia.json file. DPIA Helper can also export the assessment itself as a .dpia.json file.
doc-header = { $title } — { $client } — { $status }
doc-page-of = Page {"{"}page{"}"} of {"{"}pages{"}"}
doc-contents = Contents
doc-client-unnamed = (client not named yet)
doc-placeholder = To be completed by the controller: { $what }
doc-yes = yes
doc-no = no
doc-unanswered = not answered
doc-no-personal-data = no personal data
doc-cover-processor = Processor: { $processor } — Data Pro Statement { $version }
doc-cover-date = Assessment date: { $date }
doc-cover-document-date = Date of this document: { $date }
doc-cover-status = Document status: { $status } — version { $version }
doc-status-concept = draft

## Documents: columns

doc-col-field = Field
doc-col-value = Value
doc-col-criterion = Criterion
doc-col-triggers = Triggered by
doc-col-severity = Kind
doc-col-flag = Flag
doc-col-service = Service
doc-col-category = Personal data
doc-col-classification = Classification
doc-col-subjects = Data subjects
doc-col-source = Source
doc-col-party = Party
doc-col-role = Role
doc-col-law = Rule
doc-col-basis = Exception or basis relied on
doc-col-number = #
doc-col-risk = Risk
doc-col-origin = Origin
doc-col-level = Risk level
doc-col-owner = Owner
doc-col-location = Location
doc-col-safeguard = Transfer safeguard
doc-col-why = Why it applies
doc-col-fact = Fact
doc-col-section = Section
doc-col-open = To be completed
doc-col-client = Client
doc-col-sector = Sector
doc-col-contact = Contact person
doc-col-used = Used

## Documents: DPIA starter

doc-about = About this document
doc-about-text = This is a starter for a data protection impact assessment (DPIA, GDPR Art. 35), following the Model DPIA of the Dutch central government (parts A–D, points 1–17). It is prefilled from the processor's Data Pro Statement and from the client's answers; the controller completes it, the data protection officer advises on it and the controller adopts it.
doc-about-sources = Every prefilled fact shows where it came from, for example
doc-about-placeholders = Everything only the controller can decide is marked like this and listed in the annex "Open items":
doc-meta-version = Document version
doc-meta-status = Status
doc-meta-date = Assessment date
doc-meta-document-date = Date of this document
doc-meta-statement = Data Pro Statement
doc-meta-author = Author
doc-version-note = Note on the statement version:
doc-what-author = name and role of the author

doc-summary = Management summary

doc-screening = Screening: is a DPIA required?
doc-screening-intro = The answers were screened against GDPR Art. 35(3), the nine criteria of guideline WP248 rev.01 (Article 29 Working Party, endorsed by the EDPB) and the seventeen kinds of processing on the Dutch DPA's list. A DPIA is required when an Art. 35(3) case or a DPA-list item applies; at two or more WP248 criteria a DPIA is required in most cases, and DPIA Helper treats that as required; at one WP248 criterion it is recommended.
doc-screening-no-hits = No criterion applies.
doc-flags = Flags

doc-part-a = Part A — Description of the processing
doc-a1 = 1. Proposal
doc-a1-services = Services of the processor the client uses:
doc-a2 = 2. Personal data
doc-a2-intro = The personal data, classified as in the Model DPIA (ordinary, sensitive, special category (GDPR Art. 9), criminal (GDPR Art. 10) or national identification number (UAVG art. 46)), with the services it goes through; then per service whose data it is and where it comes from.
doc-a3 = 3. Processing operations
doc-a3-flow = The data flows from the source systems to the reports:
doc-a4 = 4. Techniques and methods
doc-a5 = 5. Purposes
doc-a6 = 6. Parties and their roles
doc-role-controller = controller
doc-role-processor = processor (never controller)
doc-role-sub-processor = sub-processor of { $processor }
doc-dpo = Data protection officer
doc-a7 = 7. Interests
doc-a8 = 8. Processing locations and transfers
doc-map-location = outside the tenant's region
doc-a9 = 9. Legal and policy framework
doc-law-gdpr = General Data Protection Regulation (GDPR) and the Dutch GDPR Implementation Act (UAVG)
doc-law-code = NLdigital's Data Pro Code, a code of conduct approved by the Dutch DPA (GDPR Art. 40): the framework this Data Pro Statement is drawn up in
doc-law-nen7510 = NEN 7510 (information security in health care): care providers meet it and hold their suppliers to it; the processor: { $certificate }
doc-a10 = 10. Retention periods
doc-a10-no-addons = Not taken: { $addons }. Deletions at the source are mirrored at each refresh.
doc-a10-addons = Taken: { $addons }. Data the source has deleted is kept in the data warehouse.

doc-part-b = Part B — Lawfulness
doc-b11 = 11. Legal basis
doc-b11-intro = The controller names the legal basis of GDPR Art. 6(1) for each purpose.
doc-b12 = 12. Special, criminal and national-ID data
doc-b12-none = No special categories, criminal data or BSN are sent.
doc-b12-law-special = GDPR Art. 9(2); UAVG arts. 22–30
doc-b12-law-criminal = GDPR Art. 10; UAVG arts. 31–33
doc-b12-law-bsn = UAVG art. 46
doc-b12-statement = The statement says the services may process these kinds of data; classifying them and deciding is the controller's responsibility.
doc-b13 = 13. Purpose limitation
doc-b14 = 14. Necessity and proportionality
doc-b15 = 15. Rights of data subjects

doc-part-c = Part C — Risks
doc-c16 = 16. Risks to data subjects
doc-c16-intro = The risks that apply to these answers, with the likelihood and impact by a rule of DPIA Helper (low, medium, high, before measures). The controller confirms each risk, adjusts it with a reason, or marks it as not applicable with a reason.
doc-impact-rule = Impact is one step higher when special categories, criminal data, the BSN or vulnerable data subjects are involved.
doc-likelihood = Likelihood
doc-impact = Impact
doc-matrix-before = Risk matrix before measures
doc-matrix-after = Risk matrix after measures

doc-part-d = Part D — Measures
doc-d17 = 17. Measures and residual risk
doc-art36 = Prior consultation (GDPR Art. 36)

doc-dpo-advice = Advice of the data protection officer
doc-dpo-advice-intro = The controller seeks the advice of the data protection officer when carrying out a DPIA (GDPR Art. 35(2)).
doc-sign-off = Adoption
doc-review = Review
doc-review-text = Proposed review date: { $date }. Review earlier when the processing or its risks change (GDPR Art. 35(11)).
doc-termination = After notice of this statement version, the client may terminate the processing agreement until { $date }.

doc-annex-sub-processors = Annex 1 — Sub-processors that apply
doc-no-transfer = none needed (EU/EEA)
doc-annex-facts = Annex 2 — Facts used from the statement
doc-facts-quoted = The statement's text this document rests on, quoted by its printed item number; what the body already quotes stands there.
doc-fact-item = Item { $item }
doc-facts-translated = The statement's text this document rests on, in an English translation (the Dutch text is binding), by its printed item number; what the body already quotes stands there.
doc-annex-open = Annex 3 — Open items
doc-open-intro = { $count ->
    [one] One item is still open.
   *[other] { $count } items are still open.
  }
doc-open-by-controller = To be completed by the controller:
doc-open-by-dpo = To be written by the data protection officer:
doc-open-questions-section = Questionnaire


doc-what-description = a description of the proposal
doc-what-services = which services are used
doc-what-data = which personal data is sent
doc-what-purposes = the purposes of the processing
doc-what-dpo = the data protection officer
doc-what-interests = the interests of the controller, the data subjects and others in the processing
doc-what-dtia = the transfer mechanism and the outcome of the transfer impact assessment
doc-what-sector-rules = sector rules and internal policies that apply
doc-what-history-retention = how long data kept by { $addons } is retained
doc-what-retention = the retention periods of the data in reports and exports
doc-what-legal-basis = the legal basis per purpose (GDPR Art. 6(1))
doc-what-exception = the exception or basis for { $category }
doc-what-purpose-limitation = whether further use is compatible with the original purposes (GDPR Art. 6(4))
doc-what-subsidiarity = whether the purposes can be reached with less data or less intrusive means
doc-what-proportionality = whether the purposes outweigh the intrusion for the data subjects
doc-what-rights-procedure = how requests of data subjects are handled, including the data warehouse
doc-what-dpo-advice = the advice on this DPIA (GDPR Art. 35(2), 39(1)(c))
doc-what-dpo-date = date of the advice
doc-what-advice-followed = whether the advice is followed, and if not, why
doc-what-signer-name = name of the person adopting the DPIA
doc-what-signer-role = role
doc-what-signer-date = date of adoption

## Documents: onboarding summary

doc-summary-verdict = Verdict
doc-summary-services = Services and options
doc-summary-red-flags = Red flags
doc-summary-sub-processors = Sub-processors that apply
doc-send-starter = Send the client the DPIA starter (Word) to complete.
doc-send-statement = Send the Data Pro Statement { $statement } with the Standard Clauses for Processing.
error-store_open = { $file }: the database cannot be opened: { $reason }
error-store_locked = { $file }: the database is in use by another program, or by DPIA Helper of another user or on another computer. Close it there, then choose "Try again".
error-store_corrupt = { $file }: the database is damaged or is not a DPIA Helper database ({ $reason }). It has not been changed.
error-store_newer = { $file }: the database was written by a newer DPIA Helper (schema { $version }). It has not been changed.
error-store_not_found = Assessment { $id } does not exist (any more).
error-store_bad_field = Field "{ $field }": { $reason }
error-store_sql = Database error: { $reason }
trigger-option = { $option } chosen
trigger-environment = { $option }: { $environment }
trigger-option-choice = { $option }: { $choice }
trigger-all-services = all services
list-and = { $first } and { $last }
subprocessor-reason-option = { $option } is used
subprocessor-reason-service = the service "{ $service }" is used
flag-option_sub_processors = { $option }: { $count ->
    [one] one more sub-processor
   *[other] { $count } more sub-processors
  }
flag-option_sub_processors-detail = With { $option }, { $parties } also process data. Check their terms and share only the data needed.
flag-no-safeguard = no transfer instrument named in the statement
flag-nen7510-no-certificate = the statement names no NEN 7510 certificate
question-option = How is "{ $option }" answered?
risk-option_sub_processors-title = Extra sub-processors through { $options }
risk-option_sub_processors-description = With { $options }, { $option_parties } also process the data, each with its own security and its own sub-processors.
lowers-likelihood = lowers the likelihood
lowers-impact = lowers the impact

## Measures the app proposes to the controller (per risk)

measure-role_based_access = Role-based access in reports and the data warehouse
measure-no_publish_to_web = No public publication or public links for reports with personal data
measure-sharing_review = Review who reports are shared with every quarter
measure-breach_contact = Keep the breach contact point known to the processor and up to date
measure-breach_rehearsal = Rehearse the notification to the Dutch DPA within 72 hours (GDPR Art. 33)
measure-transfer_assessment = Carry out and record a transfer impact assessment
measure-test_data_for_development = Agree that development work uses test or pseudonymised data
measure-pseudonymise_identifiers = Pseudonymise direct identifiers where reports do not need them
measure-no_addresses_on_maps = Put no personal addresses on map visuals
measure-aggregate_locations = Aggregate locations to postcode area before they reach a map
measure-purposes_per_dataset = Record the purposes per data set in the data warehouse
measure-approve_new_reports = Approve every new report against the recorded purposes
measure-retention_period = Set a retention period for data kept after its deletion at the source, and have it enforced
measure-minimum_group_size = Suppress figures for groups below a minimum size
measure-limit_drill_down = Limit drill-down to individual records to authorised roles
measure-human_review = Have a person review every decision about an individual
measure-data_quality_checks = Check the quality of source data and joins before use
measure-bias_testing = Test models for bias before use and at each retraining
measure-explain_scores = Explain scores and their main factors to the people concerned
measure-human_in_decisions = Keep a person in every decision based on a model
measure-needed_columns_only = Select only the columns each report needs
measure-rights_procedure_covers_copies = Include the data warehouse, history and exports in the procedure for data-subject requests
measure-check_sub_processor_terms = Check the agreements and security of these sub-processors
measure-share_only_needed = Share only the data needed through this option

## Why a field of a file is wrong

found-text = the text "{ $value }"
found-number = the number { $value }
found-true = true
found-false = false
found-null = null (empty)
found-list = a list
found-object = an object
expected-whole-number = a whole number of 0 or more
expected-number = a number
expected-text = a text
expected-yes-no = true or false
expected-list = a list
expected-object = an object ({"{"} … {"}"})
expected-date = a date (YYYY-MM-DD)
expected-environment = "processor" or "client"
expected-id = one of { $ids }
reason-unknown-id = "{ $found }" is not a known value; allowed are { $allowed }
reason-unknown-id-bare = "{ $found }" is not a known value
reason-unknown-field = this file format has no field "{ $found }"; allowed are { $allowed }
reason-missing-field = this field is missing
reason-duplicate-field = the field "{ $name }" appears twice
reason-wrong-value = { $found } is not allowed here; expected { $expected }
reason-not-a-date = "{ $value }" is not a date; write it as YYYY-MM-DD
reason-empty = must not be empty
reason-not-special-category = this is not a special category (GDPR Art. 9); give the basis for the BSN or for criminal data in their own fields
reason-unchangeable = cannot be changed
reason-wrong-option-answer = the answer does not fit this option; expected { $expected }
reason-other = { $text }
syntax-end-of-file = the file ends too early; it may have been cut off
syntax-expected-colon = a ":" is missing after a field name
syntax-expected-comma = a "," or a closing bracket is missing
syntax-expected-value = a value is missing or not valid
syntax-expected-quote = a quotation mark (") is missing
syntax-invalid-escape = an escape sequence (\…) is not valid
syntax-invalid-number = a number is not valid
syntax-number-out-of-range = a number is too large
syntax-control-character = a control character stands inside a text
syntax-key-must-be-text = a field name must be text in quotation marks
syntax-trailing-comma = a "," stands right before a closing bracket
syntax-trailing-characters = there is more text after the end of the data
syntax-too-deep = the data is nested too deeply
found-missing = missing
error-file_not_object = { $file }: this is not a DPIA Helper assessment (the file is not a JSON object).
error-file_newer = { $file }: written by a newer DPIA Helper (file version { $found }; this version reads up to { $max }). Update DPIA Helper to open it.
source-derived = derived from { $source }
cli-valid-until = valid until { $date }
error-store_statement_exists = The statement { $statement } is already in the app.
error-statement_not_found = The statement { $statement } is not known in this app.
error-statement_embedded = The statement built into the app has no notification date of its own; record the date on the assessment.
error-statement_other_processor = The statement { $statement } is from another processor than { $processor }, whose statement this assessment is based on.
diff-added = added
diff-removed = removed
diff-changed = changed
diff-moved = moved to another item
error-store_read_only = { $file }: the database is read-only (the file or its folder cannot be written), so answers cannot be saved in it. It has not been changed.
error-store_folder_read_only = { $folder }: this folder cannot be written (it is read-only), so no new database can be made in it. Nothing has been changed.
error-store_empty = { $file }: the file is empty (0 bytes), so it is not a DPIA Helper database. It has not been changed.
reason-missing-field-named = the field "{ $name }" is missing

## Files the user chose (dialog tokens)

error-grant_unknown = This file was not chosen in a file dialog since DPIA Helper was started, so it is not used. Choose the file again with the button.
error-grant_wrong_purpose = This file was chosen to { $granted }, not to { $wanted }, so it is not used for that. Choose the file again with the button.
error-bad_purpose = "{ $value }" is not a kind of file dialog.
error-show_in_folder = { $file }: the folder cannot be shown: { $reason }
error-open_document = { $file }: the document cannot be opened: { $reason }
grant-purpose-import = import an assessment
grant-purpose-database = open a database
grant-purpose-save = save an export
grant-purpose-reveal = show a saved file
grant-purpose-statement = import a statement
verdict-unknown = Not known yet: answer which services are used and what personal data each carries

## Legal bases, roles and the controller's decisions

trigger-client-role = the client processes for its own clients
trigger-map-shows-people = the map shows where individual people live or are
flag-basis_does_not_cover_use = The basis for { $category } does not cover this use
flag-basis_does_not_cover_use-detail = { $basis ->
    [sick_leave] UAVG art. 30(1)(b) allows employers to process health data for sick-leave handling and reintegration of employees. It does not cover other purposes, such as a prediction or profiling model (e.g. attrition) or monitoring employees. Choose another basis for that use, or keep { $category } out of it.
    [biometric_security] UAVG art. 29 allows biometric data only where needed for authentication or security. Analysis or reporting beyond that needs another basis.
    [employee_consent] Consent (GDPR Art. 9(2)(a)) is rarely freely given by employees, because of their dependence on the employer (EDPB Guidelines 05/2020 on consent, point 21). Rely on another ground where you can.
   *[wabvpz_outside_care] The Wabvpz lets care providers use the BSN; it does not apply outside care. Name the law that allows your use of the BSN.
  }
flag-automated_decisions = Automated decisions: GDPR Art. 22
flag-automated_decisions-detail = { $public ->
    [yes] Decisions based solely on automated processing with legal or similarly significant effects are allowed only in the cases of GDPR Art. 22(2), with the safeguards of Art. 22(3) (human intervention, the right to express one's point of view and to contest the decision). UAVG art. 40 makes an exception for decisions needed for a legal obligation or a task in the public interest, but not for decisions based on profiling. Record which exception applies and how a person can contest a decision.
   *[no] Decisions based solely on automated processing with legal or similarly significant effects are allowed only in the cases of GDPR Art. 22(2) (necessary for a contract, authorised by law, or explicit consent), with the safeguards of Art. 22(3) (human intervention, the right to express one's point of view and to contest the decision). UAVG art. 40 applies only to decisions needed for a legal obligation or a task in the public interest, not to this client. Record which exception applies and how a person can contest a decision.
  }
flag-client_is_processor = The client is itself a processor
flag-client_is_processor-detail = The client processes this data for its own clients; they are the controllers. { $processor } is then a sub-processor (standard clauses 1.6 and 2.4). The client needs each of its clients' prior written authorisation to engage { $processor } (GDPR Art. 28(2)) and processes only on their written instructions (Art. 28(3)(a) and Art. 29 GDPR; standard clause 2.3). The DPIA is each of its clients' duty; the client supports them (GDPR Art. 28(3)(f)), and this starter is a model each of them adopts for itself.
flag-iama = Government algorithm: consider an IAMA
flag-iama-detail = A government body uses an algorithm or predictions about citizens. The Dutch government recommends, besides the DPIA, a Human Rights and Algorithms Impact Assessment (IAMA) and registration in the Algorithm Register. That is the Dutch government's recommendation, not a legal duty: a duty applies only to high-risk use (AI Act Art. 27).
flag-third_country_unknown = Third country of { $party } not stated
flag-third_country_unknown-detail = The statement says that { $party } may process data outside the EU/EEA, but does not name the country. A transfer impact assessment needs it: ask the processor and record the country and the transfer mechanism.
flag-views_of_data_subjects = Views of data subjects (Art. 35(9))
flag-views_of_data_subjects-detail = Where appropriate the controller seeks the views of data subjects or their representatives (e.g. the works council or client council) on the intended processing (GDPR Art. 35(9)). Record whether that was done, how, and with what outcome, or why not.
question-data = What personal data does "{ $service }" carry?
question-client_role = Is the client the controller, or a processor for its own clients?
question-map_shows_people = Do the map visuals show where individual people live or are?
reason-bad-id = "{ $id }" is not a valid id: use lower-case letters, digits and _, starting with a letter
reason-duplicate-id = the id "{ $id }" is used twice
characteristic-significant_decisions = Decisions with significant effect
characteristic-significant_decisions-help = The results are the basis for decisions with legal or similarly significant effect on people, also when a person takes the decision (e.g. who is visited, who gets a service).
characteristic-location_tracking = Tracking where people are
characteristic-location_tracking-help = The whereabouts or movements of people are followed over time (e.g. vehicle or phone locations).
client-role-controller = Controller: the client decides on purposes and means
client-role-processor = Processor: the client processes for its own clients (e.g. an accountancy running payroll)
lawful-basis-a = Art. 6(1)(a) GDPR: consent
lawful-basis-b = Art. 6(1)(b) GDPR: performance of a contract
lawful-basis-c = Art. 6(1)(c) GDPR: legal obligation
lawful-basis-d = Art. 6(1)(d) GDPR: vital interests
lawful-basis-e = Art. 6(1)(e) GDPR: public task
lawful-basis-f = Art. 6(1)(f) GDPR: legitimate interests
art9-ground-a = Art. 9(2)(a): explicit consent
art9-ground-b = Art. 9(2)(b): employment, social security and social protection law
art9-ground-c = Art. 9(2)(c): vital interests
art9-ground-d = Art. 9(2)(d): foundation, association or other not-for-profit body
art9-ground-e = Art. 9(2)(e): manifestly made public by the data subject
art9-ground-f = Art. 9(2)(f): legal claims or courts
art9-ground-g = Art. 9(2)(g): substantial public interest, on the basis of law
art9-ground-h = Art. 9(2)(h): preventive or occupational medicine, health or social care
art9-ground-i = Art. 9(2)(i): public health
art9-ground-j = Art. 9(2)(j): archiving, scientific or historical research, statistics
uavg-exception-22_2 = UAVG art. 22(2): the general grounds
uavg-exception-23 = UAVG art. 23: general exceptions
uavg-exception-24 = UAVG art. 24: scientific or historical research, statistics
uavg-exception-25 = UAVG art. 25: racial or ethnic origin
uavg-exception-26 = UAVG art. 26: political opinions
uavg-exception-27 = UAVG art. 27: religious or philosophical beliefs
uavg-exception-28 = UAVG art. 28: genetic data
uavg-exception-29 = UAVG art. 29: biometric data for authentication or security
uavg-exception-30_1_a = UAVG art. 30(1)(a): employers, pension funds, administrative bodies — rules and schemes with health-dependent claims
uavg-exception-30_1_b = UAVG art. 30(1)(b): employers — sick-leave handling and reintegration
uavg-exception-30_2_a = UAVG art. 30(2)(a): schools — special support of pupils
uavg-exception-30_2 = UAVG art. 30(2), another point
uavg-exception-30_3_a = UAVG art. 30(3)(a): care providers — treatment or care of the data subject, or the management of the institution
uavg-exception-30_3_b = UAVG art. 30(3)(b): insurers
uavg-exception-other = Another article (name it in the note)
bsn-statute-wabvpz = Wabvpz (care providers)
bsn-statute-wet_loonbelasting = Wet op de loonbelasting 1964 (payroll)
bsn-statute-zorgverzekeringswet = Zorgverzekeringswet (health insurers)
bsn-statute-participatiewet = Participatiewet (social assistance)
bsn-statute-wabb = Wet algemene bepalingen burgerservicenummer (government)
bsn-statute-other = Another law, namely …
uavg-criminal-31 = UAVG art. 31
uavg-criminal-32 = UAVG art. 32: general exceptions
uavg-criminal-33 = UAVG art. 33: exceptions for particular controllers
uavg-criminal-other = Another basis (name it in the note)
risk-status-confirmed = confirmed
risk-status-adjusted = adjusted
risk-status-not_applicable = not applicable
action-status-planned = planned
action-status-in_progress = in progress
action-status-done = done
doc-status-definitive = final
trigger-all-used-services = all services used
risk-own-untitled = Own risk { $id } (no title yet)
residual-own = Values given by the controller.
xref-note = [{ $words } = { $name }, { $source }]
xref-note-item = [{ $words } = { $source }]

## Documents: the controller's DPIA

doc-cover-processing = Processing: { $processing }
doc-page-ref = p. {"{"}page{"}"}
doc-role-processor-for-clients = processor for its clients (the controllers)
doc-role-sub-processor-of-client = sub-processor of the client (never controller)
doc-clients-of = The clients of { $client }
doc-what-client-role = whether the client is the controller or a processor for its own clients
doc-what-data-of = what personal data "{ $service }" carries
doc-summary-what = { $client } uses { $count ->
        [one] the service
       *[other] the services
    } { $services } of { $processor }.
doc-summary-purposes = Purposes:
doc-summary-data = The data: { $categories } of { $subject_count ->
        [0] data subjects
       *[other] { $subjects }
    }.
doc-summary-open = { $count ->
        [one] One item is
       *[other] { $count } items are
    } still to be completed; see
doc-summary-none-open = No items remain to be completed.
doc-placeholder-dpo = To be written by the data protection officer: { $what }
doc-what-lawful-basis = the legal basis (GDPR Art. 6(1))
doc-what-balancing = the balancing of interests for legitimate interests (Art. 6(1)(f))
doc-purpose-number = purpose { $number }
doc-col-purpose = Purpose
doc-col-lawful-basis = Legal basis
doc-col-reasoning = Reasoning
doc-col-retention = Retention period
doc-col-computed = Computed
doc-col-assessment = Assessment
doc-col-measure = Measure
doc-col-risks = Risks
doc-col-due = Due
doc-col-status = Status
doc-b12-art10 = GDPR Art. 10
doc-law-nen7510-certificate = The processor holds a NEN 7510 certificate: { $certificate }. NEN 7510 binds care providers; for this client it is the processor's assurance only.
doc-map-shows-people = The map visuals show where individual people live or are
doc-map-shows-no-people = The map visuals show no addresses or positions of individual people
doc-necessity = Necessity
doc-proportionality = Proportionality
doc-subsidiarity = Subsidiarity
doc-what-necessity = why the processing is necessary for the purposes
doc-b-views = Views of data subjects (GDPR Art. 35(9))
doc-views-sought = The views of data subjects or their representatives were sought.
doc-views-not-sought = The views of data subjects or their representatives were not sought.
doc-views-how = How and from whom
doc-views-why-not = Why not
doc-views-outcome = Outcome and what was done with it
doc-what-views = whether the views of data subjects or their representatives (e.g. the works council) were sought, how, and with what outcome
doc-what-views-how = how and from whom the views were sought
doc-what-views-why-not = why the views were not sought
doc-what-views-outcome = the outcome and what was done with it
doc-what-risk-decision = assessment
doc-decision-confirmed = Confirmed by the controller.
doc-decision-adjusted = Adjusted by the controller: before measures { $before }, after measures { $after }.
doc-decision-not-applicable = Not applicable, according to the controller.
doc-decision-reason = Reason:
doc-decision-changed = Note: the computed values have changed since this decision; the controller's values still apply.
doc-risk-own = A risk the controller added.
doc-matrix-cell = { $risks } at likelihood { $likelihood }, impact { $impact }
doc-action-plan = Action plan
doc-overdue = (overdue)
doc-art36-decided-yes = The controller consults the Dutch DPA before the processing starts.
doc-art36-decided-no = The controller does not consult the Dutch DPA beforehand.
doc-what-art36-reason = why no prior consultation is needed although a residual risk is high
doc-dpo-see = see
doc-field-dpo = Data protection officer
doc-field-dpo-advice = Advice
doc-field-dpo-date = Date of the advice
doc-field-advice-followed = Followed
doc-advice-followed = The controller follows the advice.
doc-advice-not-followed = The controller does not follow the advice. Reason:
doc-what-not-followed-reason = why the advice is not followed
doc-sign-off-intro = The controller adopts the DPIA. Until then it is a draft.
doc-sign-off-definitive = The controller has adopted this DPIA; it is final.
doc-field-status = Document status
doc-field-approved-by = Adopted by
doc-field-role = Position
doc-field-date = Date
doc-field-signature = Signature
doc-review-set = Review date: { $date }. Review sooner if the processing or its risks change (GDPR Art. 35(11)).
doc-annex-own-vendors = The vendors of the map visuals ({ $vendors }) are not sub-processors of the processor: the reports are published in the client's own environment, and the statement then makes them processors of the client itself (see point 6).
error-definitive = This DPIA has been adopted and is final: reopen it (set the status back to draft) before changing anything.
doc-service-letters = The services are named by their letters in the statement: { $legend }.
doc-col-services = Services
doc-col-source-systems = Source systems
doc-a2-no-personal-data = No personal data goes through { $services }.
doc-placeholder-short = to be completed
doc-summary-options = Options
field-views-sought = whether the views of data subjects were sought

## The list at scale, the database, and reading and writing files without blocking
store-assessment = assessment { $id }
error-store_locked_by_app = { $file }: the database is open in another DPIA Helper (process { $pid }), for example of another user on this computer. Close it there, then choose "Try again".
error-store_locked_by_program = { $file }: the database is in use by another program: { $program } (process { $pid }). That may be a database viewer, or a backup or synchronisation program. Close it or wait until it is done, then choose "Try again".
error-store_behind = { $file }: this database is missing its last { $missing } saved changes. They were in { $wal }, and that file is gone (removed by a backup or synchronisation program, or not copied along). Nothing has been changed. Put that file back and choose "Try again", or choose "Open anyway" if you restored this older version on purpose.
error-store_wal_lost = Another program removed the database's log file ({ $wal }) while DPIA Helper was using it. Everything you had saved, this change included, is now in the database file itself ({ $file }); nothing is lost. Find out which backup or synchronisation program removes files from this folder, and have it keep the whole folder.
error-store_wal_replaced = Another program replaced the database's log file ({ $wal }) with another file while DPIA Helper was using it. Everything you had saved, this change included, is now in the database file itself ({ $file }); nothing is lost. The stranger's file was set aside as { $aside }. Find out which backup or synchronisation program puts files back in this folder, and have it keep the whole folder.
error-store_disk_full = The disk is full, so the change was not saved in { $file }. Free some space on the disk; DPIA Helper then tries again by itself.
error-store_io = { $file }: the disk reported an error while saving ({ $reason }), so the change was not saved. DPIA Helper tries again by itself.
error-statement_not_imported = { $file } is based on the statement { $statement }, which this app does not know yet (it knows: { $known }). Import that statement on the Statements screen first, then import this file again.
error-cancelled = Cancelled: nothing was read in or written.
error-job_failed = The file could not be read or written: { $reason }
list-unreadable-newer = Written by a newer DPIA Helper (file version { $version }) — update DPIA Helper to open it.
list-unreadable = Cannot be read: { $reason }

## Risks by their causes (the residual rule of dpia-rules/src/risks)
cause-unauthorised_access-outsiders = outsiders breaking into the systems of the processor or a sub-processor
cause-unauthorised_access-processor_staff = staff of the processor or a sub-processor seeing more than their task needs
cause-unauthorised_access-other_clients = other clients of the processor reaching this data in a shared environment
cause-unauthorised_access-client_users = the client's own users sharing reports or data too widely or publicly
cause-unauthorised_access-model_developers = the developers of an AI model receiving the data
cause-sub_processor_breach-sub_processor_security = a sub-processor's security falling short
cause-transfer_outside_eea-third_country_access = authorities or others in the third country reaching the data during the work there
cause-foreign_authority_access-foreign_law_order = an order under non-EU law to the cloud provider to hand over data stored in the EU
cause-map_visual_disclosure-addresses_to_vendors = addresses or locations of people sent to the map vendors
cause-function_creep-other_purposes = use of the combined data for purposes they were not collected for
cause-excessive_retention-kept_after_source = data kept after the source has deleted it
cause-reidentification-small_groups = figures about small groups in which readers recognise people
cause-inaccurate_decisions-source_errors = errors in sources or joins
cause-inaccurate_decisions-model_errors = a model that predicts wrongly
cause-profiling-biased_model = a model that disadvantages groups of people
cause-profiling-opaque_scores = scores data subjects cannot understand or contest
cause-sensitive_data_spread-more_than_asked = more data in the warehouse than the client asked for
cause-sensitive_data_spread-more_than_needed = more sensitive data asked for than the purposes need
cause-rights_not_honoured-copies_not_reached = requests handled at the source but not in the copies
cause-option_sub_processors-extra_party_security = the extra sub-processors' security falling short
cause-unlawful_processing-no_valid_ground = processing data without a valid ground or exception
risk-unlawful_processing-title = Processing without a valid legal ground
risk-unlawful_processing-description = For part of the data a legal ground or exception is missing, or the exception named does not cover this use: that processing is unlawful until this is resolved.
risk-unauthorised_access-harm = People whose data is seen by those who may not see it can be embarrassed, disadvantaged or discriminated against.
risk-sub_processor_breach-harm = Data reaches unauthorised people, with misuse such as fraud or blackmail as a result.
risk-transfer_outside_eea-harm = Outside the EU/EEA data subjects lose the protection of the GDPR for their data.
risk-foreign_authority_access-harm = A foreign government obtains data without the safeguards of EU law; data subjects may never learn of it.
risk-map_visual_disclosure-harm = Where someone lives or is reaches companies the client has no agreements with.
risk-function_creep-harm = Data subjects are assessed or approached in ways they could not expect.
risk-excessive_retention-harm = Old data remains findable and can be used against data subjects long after it should have gone.
risk-reidentification-harm = Readers of a report recognise a colleague or patient, with their sensitive data.
risk-inaccurate_decisions-harm = Data subjects are disadvantaged by a decision based on wrong data.
risk-profiling-harm = A prediction or score affects someone's care, work or services without them being able to see or contest it.
risk-sensitive_data_spread-harm = Sensitive data reaches more people and places, which increases the chance and the consequences of misuse.
risk-rights_not_honoured-harm = Data subjects believe their data was deleted or corrected while a copy remains.
risk-option_sub_processors-harm = More parties have the data, and it can go wrong at each of them.
risk-unlawful_processing-harm = Data is processed without the law allowing it; data subjects have no protection against it.
measure-customer_managed_keys = Agree encryption with keys under the client's own control
measure-model_validation = Validate models on current data before use and keep monitoring them
measure-stop_until_lawful = Do not process these data until a valid ground or exception is recorded
measure-pseudonymise_numbers = Pseudonymise identifying numbers (such as the BSN) in reports
measure-role_based_access-why = Only those who need the report for their task can open it.
measure-no_publish_to_web-why = A report with personal data is never reachable by everyone.
measure-sharing_review-why = Reports shared too widely are found and withdrawn.
measure-share_only_needed-why = A party that receives less data can lose less.
measure-breach_contact-why = A notice reaches the right person sooner; it changes neither the likelihood nor the consequences.
measure-breach_rehearsal-why = A rehearsed notice meets the 72-hour deadline; it changes neither the likelihood nor the consequences.
measure-transfer_assessment-why = The transfer assessment establishes whether the protection in the third country works and which additional measures are needed.
measure-test_data_for_development-why = Whoever develops with test or pseudonymised data can recognise no one.
measure-customer_managed_keys-why = With keys under the client's own control the cloud provider cannot hand over readable data.
measure-pseudonymise_identifiers-why = Without direct identifiers the data no longer points to a person without a key.
measure-no_addresses_on_maps-why = No addresses of people are sent to the map vendors.
measure-aggregate_locations-why = At the level of a postcode area a person can no longer be found.
measure-purposes_per_dataset-why = Use that is not recorded as a purpose visibly falls outside what is allowed.
measure-approve_new_reports-why = A new use is assessed before it starts.
measure-retention_period-why = Data disappears after a set period, also from the history.
measure-minimum_group_size-why = Groups that are too small are not shown, so no one can be recognised.
measure-limit_drill_down-why = Only authorised roles see individual records.
measure-human_review-why = A person catches a wrong outcome before it affects someone.
measure-data_quality_checks-why = Errors in sources and joins are found before they steer a decision.
measure-model_validation-why = A model is used only when it demonstrably predicts well enough.
measure-bias_testing-why = Disadvantage to groups is found and corrected before the model is used.
measure-explain_scores-why = Data subjects can see what a score is based on, and contest it.
measure-human_in_decisions-why = No decision about a person rests on the model alone.
measure-needed_columns_only-why = What a report does not need does not go into it.
measure-pseudonymise_numbers-why = Without the number the data no longer points to a person without a key.
measure-rights_procedure_covers_copies-why = A request is carried out in the warehouse, the history and exports too.
measure-check_sub_processor_terms-why = What the extra parties promise is checked before use.
measure-stop_until_lawful-why = The residual risk stays high until the ground is resolved; this way nothing is processed meanwhile.
consequence-minimisation = less data
consequence-pseudonymisation = pseudonymisation
consequence-aggregation = aggregation
consequence-deletion = deletion
consequence-human_intervention = human intervention
does-addresses = addresses: { $causes }
does-limits = limits the consequences ({ $kind })
does-practice = good practice; does not change the residual risk
hold-unaddressed_cause = Not every cause is addressed, so the residual risk stays at the level before measures.
hold-open_transfer_assessment = The transfer assessment is not finished, so the residual risk of the transfer stays at the level before measures.
hold-open_legal_ground = A legal ground is missing or does not cover this use, so the residual risk stays at the level before measures until that is resolved (security does not make processing lawful).
hold-automated_decisions = Decisions are taken without human involvement, so the likelihood stays at medium or above.
residual-likelihood-lowered = The likelihood goes from { $from } to { $to }: every cause present here is addressed.
residual-likelihood-kept = The likelihood stays { $level }.
residual-impact-lowered = The impact goes from { $from } to { $to }, because { $measures } { $count ->
        [one] limits
       *[other] limit
    } the consequences for the people.
residual-impact-kept = The impact stays { $level }: no measure that applies here limits the consequences for the people.
residual-not-addressed = Not addressed: { $cause }.
residual-would = This would be addressed by: { $measures }.
residual-indicative = Indicative, by DPIA Helper's rule; the controller assesses the risk.
residual-rule = DPIA Helper's rule for the indicative residual risk: the likelihood goes down one step only when every cause present for this client is addressed by a measure that applies (a statement measure whose condition holds, or a measure the controller has adopted); the impact goes down one step only by a measure that limits the consequences for the people (less data, pseudonymisation, aggregation, deletion or human intervention), never by a certificate or a notification duty. A cause that is not addressed, a transfer assessment still open or a missing legal ground keeps the residual risk at the level before measures.
measure-counts-nothing = counts for nothing: { $reason }
measure-condition-not-met = its condition does not hold for this client
measure-addresses-nothing = addresses no cause of these risks and limits no consequences for the people (such as a duty to notify, a certificate or a description)

## Adoption: what is still open (dpia-rules/src/adoption.rs)
requirement-description = GDPR Art. 35(7)(a): description of the processing and its purposes
requirement-necessity = GDPR Art. 35(7)(b): necessity, proportionality and lawfulness
requirement-risks = GDPR Art. 35(7)(c): the risks to data subjects
requirement-measures = GDPR Art. 35(7)(d): the measures against the risks
requirement-dpo_advice = GDPR Art. 35(2): the advice of the data protection officer
requirement-prior_consultation = GDPR Art. 36: prior consultation
open-description = The processing is not described.
open-purposes = There is no purpose, or a purpose has no legal basis (Art. 6(1) GDPR).
open-retention = The retention periods are not recorded.
open-necessity = The necessity of the processing is not substantiated.
open-proportionality = The proportionality is not weighed.
open-subsidiarity = Whether it can be done with less data or less intrusively (subsidiarity) is not weighed.
open-legal_ground = A legal ground or exception is missing or does not cover the use (blocking finding).
open-risk_undecided = The assessment of { $risk } is not recorded.
open-unaddressed = For { $risk } not every cause is addressed by a measure.
open-dpo_advice = The advice of the data protection officer, and whether it is followed, is not recorded.
open-prior_consultation = The decision on prior consultation of the Dutch DPA is not recorded.
error-open_points = The DPIA cannot be adopted yet: { $count ->
        [one] one point is still open
       *[other] { $count } points are still open
    }, listed under "What is still open". Fill in each point, or leave it open with a reason.

## Documents: risks by their causes, adoption, what to arrange
doc-d17-intro = Per risk the causes present for this client, what addresses each cause and why, and what limits the consequences for the people. The residual risk that follows is indicative; the controller assesses each risk in part C. Only where a measure that applies here limits the consequences is there a row "Consequences for the people limited by".
doc-not-addressed = Not addressed.
doc-only-legal-ground = Only resolved by a valid legal ground or exception (see point 12).
doc-would = A measure that would: { $measures }.
doc-no-limit = No measure that applies here limits the consequences.
doc-consequences-row = Consequences for the people limited by
doc-col-cause = Cause
doc-col-addressed-by = Addressed by, and why
doc-col-before = Before measures
doc-col-residual-indicative = After measures
doc-col-holds = Why
doc-indicative = indicative
doc-residual-controller = set by the controller; the indication was { $indicative }
doc-action-plan-intro = A proposed measure counts for the residual risk only once the controller adopts it by choosing a status (planned, in progress or done); an owner and a due date alone do not adopt it. What is still to be filled in is also listed in the annex of open points.
doc-what-measure-decision = decision
doc-what-measure-owner = owner
doc-what-measure-due = due date
doc-art36-indicative-none = As an indication, no residual risk is high.
doc-art36-indicative = As an indication, the residual risk is high for { $risks }.
doc-art36-rule = If a residual risk stays high after the controller's measures, the controller consults the Dutch DPA before the processing (GDPR Art. 36(1)); the DPA answers within eight weeks, extendable by six. Whether that is so is the controller's decision; the indication above is a proposal with reasons (part D, point 17).
doc-what-art36-decision = the decision on prior consultation of the Dutch DPA, with the reason
doc-summary-blocking = Blocking:
doc-summary-blocking-why = Until this is resolved, processing these data is not lawful (see point 12 and the risk of processing without a valid legal ground).
doc-count-high = { $count } high
doc-count-medium = { $count } medium
doc-count-low = { $count } low
doc-summary-risk-count = Of the { $count } risks, after measures { $levels } (indicative, see part D).
doc-summary-no-high = No risk is high before or after measures.
doc-summary-high-rule = Every risk that is high before or after measures (after measures: the indicative value, or the controller's):
doc-summary-high-group = Before measures { $before }, after measures { $after }:
doc-summary-art36-open = Whether the Dutch DPA must be consulted beforehand (GDPR Art. 36) is the controller's decision; that decision is still open (see part D).
doc-summary-art36-yes = The controller has decided to consult the Dutch DPA beforehand (GDPR Art. 36).
doc-summary-art36-no = The controller has decided not to consult the Dutch DPA beforehand; the reason is in part D.
verdict-unknown-short = Whether a DPIA is required is not known yet
verdict-unknown-why = It is known once it is answered which services are used and what personal data each carries.
verdict-unknown-missing = Not answered yet: { $missing }
verdict-unknown-hits = The criteria that already apply are listed below.
doc-status-with-open = { $status }, adopted with open points
doc-dpo-none = No data protection officer (DPO) is named. GDPR Art. 35(2) asks for the DPO's advice only where one is designated; record who advised instead, and what.
doc-dpo-not-designated = none designated
doc-what-advice-no-dpo = who advised (there is no DPO), and the advice
doc-sign-off-definitive-open = The controller has adopted this DPIA with open points; each open point is listed below with the reason it was accepted.
doc-sign-off-open-intro = It can be adopted only when each of these points is filled in, or accepted by the controller with a reason:
doc-open-not-accepted = still open
doc-col-requirement = Requirement
doc-col-open-point = Open point
doc-col-accepted-because = Accepted because
doc-what-ground-covering = an exception that covers this use of { $category }, or stopping this use
doc-annex-not-counted = Measures of the statement that do not count here
doc-annex-not-counted-intro = These measures are in the statement but lower no residual risk for this client:
doc-annex-orphans = Recorded choices that no longer fit
doc-annex-orphans-intro = These choices are in the assessment but belong to a risk or measure that no longer applies with the current answers. They are kept; the controller can remove them.
doc-orphan-decision = Assessment of the risk "{ $risk }" (no longer applies):
doc-orphan-action = Action "{ $measure }" (no longer proposed):
doc-an-option = an option
doc-summary-nothing-open = Nothing is left open to start.
doc-summary-client-arranges = { $party } arranges:
doc-summary-processor-arranges = { $party } arranges:
doc-summary-send = To send:
doc-summary-next = What is still needed
arrange-blocking = { $title } — record a valid legal ground or exception, or do not process these data
arrange-dpia = Carry out and adopt the DPIA; the DPIA starter is the beginning.
arrange-transfer-assessment = Make a transfer impact assessment (DTIA) for the development work outside the EU/EEA; the processor supplies the information.
arrange-map-transfers = Check which transfer mechanism the map vendors rely on.
arrange-third-country = Name the third country where { $party } processes data, for the client's transfer assessment.
doc-art36-yes = Indicative high residual risk for { $risks }. If that stays so after the controller's measures, the controller consults the Dutch DPA before the processing (GDPR Art. 36(1)); the decision is the controller's.
measure-replicate_only_needed = Replicate only the data the reports need
measure-replicate_only_needed-why = What is not replicated cannot leak at a sub-processor either.
doc-open-risks-undecided = The assessment of { $risks } is not recorded.
doc-open-risks-unaddressed = For { $risks } not every cause is addressed by a measure.
orphan-decision = The assessment of "{ $risk }" belongs to a risk that no longer applies with the current answers.
orphan-action = The action "{ $measure }" belongs to a measure that is no longer proposed with the current answers.
# The app tried as a new user would (issue 22)
question-purpose_basis = On which basis (GDPR Art. 6(1)) does purpose { $purpose } ("{ $description }") rest?
lawful-basis-choice-a = Consent (GDPR Art. 6(1)(a))
lawful-basis-choice-b = Contract: necessary for its performance (GDPR Art. 6(1)(b))
lawful-basis-choice-c = Legal obligation (GDPR Art. 6(1)(c))
lawful-basis-choice-d = Vital interests (GDPR Art. 6(1)(d))
lawful-basis-choice-e = Public task or official authority (GDPR Art. 6(1)(e))
lawful-basis-choice-f = Legitimate interests (GDPR Art. 6(1)(f))
value-used = used
value-not-used = not used
value-none-of-these = none of these
doc-versions = Version history
doc-col-version = Version
doc-col-date = Date
doc-col-change = Change
doc-col-by = By
doc-version-adopted = Adopted (definitive)
doc-version-reopened = Reopened for changes (concept again)
estimate-implausible-zero = Saved, but is this right? Zero people does not fit a service with personal data.
estimate-implausible-more-than-people = Saved, but is this right? That is more people than live on earth (about 8.2 billion).

## Issue 17: legal precision (AI Act, exceptions per group, the BSN's purpose, employees, processors)
flag-basis_does_not_cover_group = The exception for { $category } does not cover the data of "{ $group }"
flag-basis_does_not_cover_group-detail = { $exception } does not apply to the data of "{ $group }". One exception rarely covers patients and staff alike: record for each group the exception that applies to it (for instance UAVG art. 30(3)(a) for patients and UAVG art. 30(1)(b) for employees' sick leave and reintegration), or leave this group's data out.
flag-bsn_purpose = The BSN only for the purpose of the statute that allows it
flag-bsn_purpose-detail = A statute that prescribes or allows the BSN does so for that statute's purpose (UAVG art. 46). Copying the BSN into a data warehouse for management information, reports or an analysis is another purpose and needs a statutory basis of its own. Do not replicate the BSN, or replace it by a pseudonym before replication.
flag-health_secrecy = Health data: secrecy
flag-health_secrecy-detail = Whoever processes health data under an exception of UAVG art. 30 and is not already bound to secrecy by profession or law must keep it secret (UAVG art. 30(4)); for care and treatment GDPR Art. 9(3) requires professional secrecy. { $processor } ensures that those who process the data under its responsibility are bound to confidentiality (standard clause 5.1).
flag-works_council = The works council's consent
flag-works_council-detail = { $monitoring ->
    [yes] Reports and analyses about employees, and means to follow their presence, behaviour or performance, need the works council's consent (Works Councils Act, art. 27(1)(k) and (l)), where there is one (required from 50 people, art. 2). Ask for it before the start, and involve the works council in the views of data subjects (GDPR Art. 35(9)).
   *[no] Rules on processing employees' personal data, such as reports or analyses about them, need the works council's consent (Works Councils Act, art. 27(1)(k)), where there is one (required from 50 people, art. 2). Ask for it before the start, and involve the works council in the views of data subjects (GDPR Art. 35(9)).
  }
flag-ai_act_annex_i = AI Act: high-risk as (part of) a product
flag-ai_act_annex_i-detail = A model that is (part of) a medical device or another product of AI Act Annex I that needs a third-party conformity assessment is a high-risk AI system (Art. 6(1)). Software that supports decisions on diagnosis or treatment is often a medical device (MDR, Annex VIII, rule 11). Whoever has the model developed and puts it into service under its own name may be its provider (AI Act Art. 25); care institutions have MDR Art. 5(5) for devices of their own. DPIA Helper assumes these obligations apply from { $from } (Digital Omnibus on AI, June 2026; the original text said 2 August 2027).
flag-fria = Fundamental-rights impact assessment (FRIA) required
flag-fria-detail = { $public ->
    [yes] As a public body deploying a high-risk AI system of Annex III, the client must assess the impact on fundamental rights before the first use (AI Act Art. 27) and register the use in the EU database (Art. 49(3)). The IAMA is the Dutch government's recommended way to make that assessment. DPIA Helper assumes this duty applies from { $from } (Digital Omnibus on AI, June 2026).
   *[no] As a provider of public services (such as care or education), or for creditworthiness or the pricing of life and health insurance (Annex III, point 5(b) and (c)), the client must assess the impact on fundamental rights before the first use (AI Act Art. 27). Which sectors provide public services is DPIA Helper's reading. DPIA Helper assumes this duty applies from { $from } (Digital Omnibus on AI, June 2026).
  }
flag-high_risk_ai_not_in_statement = High-risk use falls outside the statement
flag-high_risk_ai_not_in_statement-detail = The statement says { $processor } offers no high-risk AI systems with "{ $service }". This client's use is high-risk: it falls outside what the statement promises. Agree on it before the start (contract and division of roles under the AI Act).
question-ai_product = Is the model (part of) a medical device or another product of AI Act Annex I?
question-sick_leave = Does the data about employees include absence or sick-leave data (sick notes, reintegration)?
question-group_exception = Which exception applies to the { $category } of "{ $group }"?
trigger-exception-named = exception named for { $whose }: { $exception }
trigger-exception-for-group = { $category } of "{ $group }"
trigger-exception-note = an exception in the note
trigger-ai-product = the model is (part of) a product of AI Act Annex I, such as a medical device
verdict-for-controllers = { $verdict } for each of the client's clients (the controllers)
reason-for-controllers = The client processes for its own clients: the DPIA is each of them's duty as controller (GDPR Art. 35(1)); the client supports it (GDPR Art. 28(3)(f)).
arrange-high-risk-ai = Agree on the high-risk use of the ML service, which falls outside the statement.
arrange-works-council = Ask for the works council's consent (Works Councils Act, art. 27), where there is one.
arrange-fria = { $public ->
    [yes] Make a fundamental-rights impact assessment (AI Act Art. 27) and register the use in the EU database (Art. 49(3)).
   *[no] Make a fundamental-rights impact assessment (AI Act Art. 27).
  }
arrange-controllers = Record each client's written authorisation for { $processor } as sub-processor (GDPR Art. 28(2)) and their written instructions.
doc-what-exception-group = the exception for the { $category } of "{ $group }" (GDPR Art. 9(2) and the UAVG)
doc-category-of-group = { $category } of "{ $group }"
doc-law-clauses = Standard Clauses for Processing as the data processing agreement (GDPR Art. 28(3))
law-wgbo = Medical Treatment Contracts Act (WGBO, Dutch Civil Code book 7, arts. 7:446–7:468): among other things the medical record and its retention period of twenty years (art. 7:454) and medical professional secrecy (art. 7:457)
law-care_data_decree = Decree on electronic data processing by care providers: care providers follow NEN 7510, NEN 7512 (trust basis for data exchange) and NEN 7513 (logging access to electronic records)
law-wabvpz = Act on additional provisions for processing personal data in care (Wabvpz): care providers' use of the BSN and the electronic exchange of data
law-poortwachter = Gatekeeper Improvement Act (Wet verbetering poortwachter; Dutch Civil Code art. 7:658a and the Sickness Benefits Act): the reintegration of sick employees, and so which absence data an employer needs
law-sick_employees_guidance = The Dutch DPA's information on sick employees (autoriteitpersoonsgegevens.nl): an employer records only limited data about illness itself; diagnosis and medical data belong with the company doctor or occupational health service
law-works_council = Works Councils Act, art. 27(1)(k) (rules on processing and protecting employees' personal data) and (l) (means to follow presence, behaviour or performance): the works council's consent
law-woo = Open Government Act (Woo): disclosure of documents, also of reports and analyses, with the exceptions for personal data (art. 5.1)
law-archives = Archives Act 1995: keeping and destroying government information by the selection lists, also for the data warehouse and the reports
law-bsn = UAVG art. 46 and the statute that prescribes or allows the use of the BSN, for that statute's purpose
law-automated_decisions = GDPR Art. 22 on decisions based solely on automated processing (UAVG art. 40 does not apply to this client)
law-automated_decisions_public = GDPR Art. 22 on decisions based solely on automated processing, and UAVG art. 40 (only for decisions needed for a legal obligation or a task in the public interest, not based on profiling)
law-ai_act = AI Act (Regulation (EU) 2024/1689) for the use of machine learning; DPIA Helper assumes the dates of the Digital Omnibus on AI (June 2026): obligations for high-risk systems of Annex III from { $annex3 }, for products of Annex I from { $annex1 }
doc-ai-product-yes = The model is (part of) a medical device or another product of AI Act Annex I.
doc-ai-product-no = The model is not (part of) a medical device or another product of AI Act Annex I.
doc-what-fria-public = the fundamental-rights impact assessment (AI Act Art. 27, for instance with the IAMA) and the registration of the use in the EU database (Art. 49(3))
doc-what-fria = the fundamental-rights impact assessment (AI Act Art. 27, for instance with the IAMA)
doc-a6-model = The client processes for its own clients; they are the controllers. This starter is a model: each of them completes the DPIA for its own processing and adopts it. { $processor } is the client's sub-processor.
doc-what-authorisation = each client's prior written authorisation to engage the processor as sub-processor (GDPR Art. 28(2)), and where it is recorded
doc-what-instructions = the clients' written instructions for this processing (GDPR Art. 28(3)(a) and Art. 29)
doc-what-works-council = the works council's consent (Works Councils Act, art. 27(1)(k) or (l)): when it was asked, and its decision; or that there is no works council
## Why a file cannot be read or written (after "cannot read/write the file: "); the system's own message is quoted

io-is-folder = it is a folder, not a file
io-no-folder = the folder { $folder } does not exist
io-no-file-name = the path has no file name
io-name-not-allowed = Windows does not allow the file name "{ $name }". Choose another name: without < > : " / \ | ? *, not ending in a dot or a space, and not a device name such as CON, NUL or COM1
io-not-found = the file does not exist (the system says: "{ $os }")
io-read-only = the existing file is read-only, so it was not replaced
io-in-use = the file is open in another program. Close it there and try again (the system says: "{ $os }")
io-denied = access denied (the system says: "{ $os }")
io-disk-full = the disk is full (the system says: "{ $os }")
io-too-long = the path or the file name is too long (the system says: "{ $os }")
io-not-flushed = the file was written, but its folder could not be flushed to disk; after a power cut it may be missing (the system says: "{ $os }")
io-other = the system says: "{ $os }"
doc-flag-see = explained in
doc-quoted-at = { $source }, quoted under{" "}
doc-excluded-intro = Assessed and not applicable with these answers:
doc-excluded-annex = Assessed and not applicable with these answers: { $names }; the reasons are given in
doc-excluded-map-visuals-name = the map vendors
doc-excluded-sub-processor = does not apply, as the statement engages this sub-processor only under this condition, which does not hold: "{ $condition }"
doc-excluded-map-visuals = Map visuals: the client uses none, so no addresses or locations go to the map vendors.
doc-excluded-sub-processor-option = engaged only with the option "{ $option }", which the client does not use
identifiers-of-customers = customer numbers
identifiers-of-employees = employee numbers
identifiers-of-suppliers = supplier numbers
identifiers-of-patients = client and file numbers
identifiers-of-children = pupil and file numbers
identifiers-of-citizens = citizens' file and case numbers

# Review comments (assessment file version 4)
reason-not-a-time = "{ $value }" is not a date and time; write it as YYYY-MM-DDTHH:MM:SSZ (for example 2026-12-02T10:15:00Z)
reason-too-long = the text is longer than { $max } characters, the limit for one comment
reason-too-many = more than { $max } comments and replies together, the limit for one assessment
error-comment_empty = A comment without text is not saved; write what you want to say first.
error-comment_author = Fill in your name: every comment shows who wrote it.
error-comment_unknown = There is no comment with id "{ $id }" in this assessment (it may have been removed in another window).
error-import_nothing = No import is waiting for a choice; import the file again.

## Open review comments in the PDF and Markdown (a DOCX carries them as Word comments)
doc-annex-comments = Annex 4 — Open comments
doc-comments-intro = { $count ->
    [one] One comment is still open.
   *[other] { $count } comments are still open.
} They are listed below under the section they are about.
doc-comments-resolved = Resolved comments are not listed; they are kept in the assessment's file.
doc-comments-on = On { $section }
doc-comments-general = General comments
doc-comments-link = { $count ->
    [one] There is one open comment on this section, see
   *[other] There are { $count } open comments on this section, see
}
doc-comments-no-author = Unknown author
doc-comments-reply = Reply from { $author }
doc-comments-about = about
doc-comments-about-answer = about the answer
doc-comments-answer-open = “
doc-comments-answer-close = ”
doc-comments-unknown-target = about a part this version of DPIA Helper does not know
