## DPIA Helper — English UI chrome (buttons, headings, labels). Every id here must exist in
## locales/nl/ui.ftl too (a test checks). Findings are worded by the backend, not here.

ui-loading = Loading…
ui-skip-to-content = Skip to content
ui-language = Language
ui-saving = Saving…
ui-saved = All changes saved
ui-save-failed = A change was not saved
ui-yes = Yes
ui-no = No
ui-used = Used
ui-not-used = Not used
ui-not-answered = not answered yet
ui-choose = — choose —
ui-cancel = Cancel
ui-create = Create
ui-help-toggle = Explanation for "{ $label }"
ui-verdict-unknown = Unknown

## Navigation

ui-nav-label = Main
ui-nav-assessments = Assessments
ui-nav-wizard = Questionnaire
ui-nav-risks = Risks and action plan
ui-nav-statement = Statement
ui-nav-history = History
ui-nav-export = Export
ui-nav-needs-open = Open an assessment first

## Database error screen

ui-db-error-heading = The database cannot be opened
ui-db-path = Database file
ui-db-error-safe = Nothing has been changed or deleted. Choose another database file or start a new, empty one beside this file.
ui-db-open-other = Open another file…
ui-db-new-beside = Start a new database beside it
ui-db-new-beside-hint = The new database gets its own name with the date and time; the existing file stays as it is.
ui-db-filter = DPIA Helper database

## Assessments list

ui-assessments-heading = Assessments
ui-assessments-empty = There are no assessments yet. Start with "New" or import a .dpia.json file.
ui-new = New
ui-new-title = New assessment
ui-name-label = Name
ui-import = Import… (.dpia.json, PDF, Word)
ui-export-assessment = Export .dpia.json…
ui-export-assessment-named = Export "{ $name }" as .dpia.json…
ui-export-assessment-needs-open = Open an assessment to export it
ui-search = Search
ui-search-placeholder = Client or name
ui-search-no-match = No assessment matches "{ $query }".
ui-col-name = Name
ui-col-date = Date
ui-col-updated = Last change
ui-col-actions = Actions
ui-open = Open
ui-open-named = Open "{ $name }"
ui-duplicate = Duplicate as template
ui-duplicate-named = Duplicate "{ $name }" as template
ui-duplicate-title = Duplicate as template
ui-copy-of = { $name } (copy)
ui-duplicated = Duplicated as "{ $name }".
ui-rename = Rename
ui-rename-named = Rename "{ $name }"
ui-rename-title = Rename assessment
ui-renamed = Renamed to "{ $name }".
ui-delete = Delete
ui-delete-named = Delete "{ $name }"
ui-delete-title = Delete assessment?
ui-delete-confirm = "{ $name }" and its history will be deleted. This cannot be undone.
ui-deleted = "{ $name }" has been deleted.
ui-imported = Imported: { $file }
ui-exported-assessment = Exported: { $file }

## Wizard

ui-steps = Steps of the questionnaire
ui-step-of = Step { $step } of { $count }
ui-steps-done = { $done } of { $count } complete
ui-step-complete = complete
ui-step-incomplete = not complete yet
ui-step-organisation = Organisation
ui-step-services = Services and options
ui-step-data = Personal data per service
ui-step-followups = Legal grounds
ui-step-characteristics = Processing characteristics
ui-step-review = Review
ui-back = Back
ui-next = Next

ui-org-name = Organisation name
ui-org-sector = Sector
ui-org-sector-hint = Some sectors change the large-scale rule (hospitals, GP posts, care groups).
ui-org-contact = Contact person
ui-org-dpo = Data protection officer
ui-org-dpo-hint = Name of the DPO (functionaris gegevensbescherming), if there is one.
ui-assessment-date = Assessment date
ui-description = Description
ui-description-hint = What the organisation wants to do with the services, in its own words.
ui-purposes = Purposes
ui-purposes-hint = Each purpose with the legal basis the controller relies on (GDPR Art. 6(1)).

ui-services-heading = Which services are used?
ui-services-intro = Answer for every service. The "i" button shows what the statement says about it.
ui-options-heading = Options
ui-map-none = None of these map visuals
ui-map-vendors = Sends address queries to: { $vendors }

ui-data-none-used = No service is marked as used yet. Mark the services in step 2; their personal data is asked here.
ui-categories = Personal data
ui-subjects = Whose data (data subjects)
ui-vulnerable = vulnerable
ui-estimate = Estimated number of data subjects
ui-estimate-hint = A whole number, for example 250000.
ui-sources = Source systems
ui-sources-hint = For example the EHR, the HR system or the accounting package.
ui-error-estimate = Enter a whole number (for example 250000).
ui-error-date = Enter a date as dd/mm/yyyy, e.g. 01/12/2026.

ui-followups-none = No special categories, BSN or criminal data in the services used: nothing to add here.
ui-followups-intro = Name the legal ground for every kind of data below. Until it is named the screening shows a blocking flag.
ui-followups-special = Special categories of personal data (GDPR Art. 9)
ui-exception-label = Exception for { $category }
ui-exception-hint = Optional: how the exception applies here (e.g. which statutory task or which data are covered).
ui-bsn-basis = Statutory basis for the BSN
ui-bsn-basis-hint = Processing the BSN is only allowed where a law provides for it (UAVG art. 46).
ui-criminal-basis = Basis for criminal data
ui-criminal-basis-hint = Criminal data may only be processed under GDPR Art. 10 with a UAVG exception.

ui-characteristics-legend = Processing characteristics
ui-characteristics-intro = Tick everything that applies to the processing; the "i" button explains each one.
ui-characteristics-none = None of these apply
ui-ai-area = EU AI Act Annex III area of the ML use
ui-ai-area-hint = Asked because the machine learning and AI service is used.
ui-ai-product = Is the model (part of) a medical device or another product of AI Act Annex I?
ui-ai-product-help = For instance software that supports decisions on diagnosis, treatment or aftercare (a medical device under the MDR, rule 11), or a safety component of a machine or a toy. It is then a high-risk AI system (AI Act Art. 6(1)), even when no Annex III area applies.
ui-sick-leave = Does the data about employees include absence or sick-leave data?
ui-sick-leave-help = Sick notes, duration of absence, reintegration or incapacity for work. Sick leave is health data (GDPR Art. 4(15)): it is then treated as health data, with the exception that needs.
ui-exception-per-group = The { $category } concern more than one group of people. One exception rarely covers them all: choose for each group the exception that applies to it. While a group is empty, the exception above applies to it and the question stays open.
ui-exception-group-label = { $category } of "{ $group }"
ui-history-exception-group = Exception for { $category } of "{ $group }"

ui-review-summary = Summary of the answers
ui-review-complete = All questions are answered.
ui-review-open-intro = { $count ->
    [one] One question is still open:
   *[other] { $count } questions are still open:
  }
ui-review-blocking = { $count ->
    [one] One blocking flag remains; resolve it before personal data is sent:
   *[other] { $count } blocking flags remain; resolve them before personal data is sent:
  }
ui-review-services-used = Services used
ui-review-services-not-used = Services not used
ui-review-estimate = about { $count } data subjects

## Live screening

ui-screening-heading = Screening

## History

ui-history-heading = History of changes
ui-history-empty = No changes yet.
ui-history-when = When

## Export

ui-export-heading = Export a document
ui-export-intro = Writes the DPIA starter or the onboarding summary for this assessment. You choose where the file is saved.
ui-export-kind = Document
ui-export-lang = Language of the document
ui-export-format = Format
ui-export-button = Export…
ui-export-busy = Writing the document…
ui-export-done = Saved:
ui-show-in-folder = Show in folder

## Statements

ui-options-none = No options apply to the services used.
ui-statements-heading = Statements
ui-statements-intro = The processor's Data Pro Statements the app knows. Import a new version when the processor publishes one; every version stays available, and each assessment says which version it is based on.
ui-statement-import = Import statement…
ui-statement-filter = Data Pro Statement
ui-statement-imported = Imported: { $statement }
ui-statement-moved = "{ $name }" is now based on { $statement }.
ui-statement-col-statement = Statement
ui-statement-col-source = Source
ui-statement-col-notified = Notified on
ui-statement-col-assessments = Assessments
ui-statement-newest = newest
ui-statement-embedded = built into the app
ui-statement-show = Show
ui-statement-unreadable = { $file } can no longer be read:
ui-statement-affected-heading = Assessments on an older version than { $statement }
ui-statement-affected-intro = These assessments are based on an earlier version. After notice of a new version the client may terminate within the period of standard clause 2.2. Check the differences below, then move each assessment to the new version.
ui-statement-col-based-on = Based on
ui-statement-col-deadline = Terminate by
ui-statement-no-notice = record the notice date
ui-statement-move = Move to this version
ui-statement-diff-heading = Differences between two versions
ui-statement-diff-from = Older version
ui-statement-diff-to = Newer version
ui-statement-diff-none = The two versions say the same.
ui-col-statement = Statement
ui-newer-statement = newer version available

## History labels and the controller's fields

ui-org-role = Role of the client
ui-map-shows-people = Do the map visuals show where individual people live or are?
ui-purpose-basis = Legal basis of purpose { $purpose }
ui-purpose-reasoning = Reasoning for purpose { $purpose }
ui-history-service-used = Service: { $service }
ui-history-service-categories = { $service }: personal data
ui-history-service-subjects = { $service }: data subjects
ui-history-service-estimate = { $service }: number of data subjects
ui-history-service-sources = { $service }: source systems
ui-history-service = { $service }
ui-history-option = { $option }
ui-history-exception = Exception or basis for { $category }
ui-history-retention-category = Retention period of { $category }
ui-history-risk-decision = Assessment of { $risk }
ui-history-own-risk = Own risk { $risk }
ui-history-statement = Statement version
ui-history-field = { $field }
ui-history-field-col = Field
ui-history-filter = Show changes of
ui-history-all-steps = all parts
ui-history-step-organisation = Organisation
ui-history-step-services = Services
ui-history-step-data = Personal data
ui-history-step-followups = Legal grounds
ui-history-step-characteristics = Characteristics
ui-history-step-controller = Controller's parts
ui-history-step-risks = Risks and action plan
ui-history-step-signoff = Advice and adoption
ui-history-step-statement = Statement
ui-history-step-other = Other
ui-controller-author = Author (name and position)
ui-controller-interests = Interests of the controller, the data subjects and others (point 7)
ui-controller-transfers = Transfer mechanism and outcome of the transfer impact assessment (point 8)
ui-controller-sector_rules = Sector rules and internal policy (point 9)
ui-controller-retention = Retention periods in reports and exports (point 10)
ui-controller-history_retention = Retention of history kept by the add-ons (point 10)
ui-controller-purpose_limitation = Purpose limitation: is further use compatible with the purposes? (point 13)
ui-controller-necessity = Necessity (point 14)
ui-controller-proportionality = Proportionality (point 14)
ui-controller-subsidiarity = Subsidiarity (point 14)
ui-controller-rights = How requests of data subjects are handled (point 15)
ui-controller-views-sought = Were the views of data subjects or their representatives sought? (Art. 35(9))
ui-controller-views-how = How and from whom (or why not)
ui-controller-views-outcome = Outcome and what was done with it
ui-controller-retention_per_category = Retention period per category
ui-dpo-advice = Advice of the data protection officer
ui-dpo-date = Date of the advice
ui-dpo-followed = Is the advice followed?
ui-dpo-not_followed_reason = Why the advice is not followed
ui-signoff-status = Document status
ui-signoff-approved_by = Adopted by
ui-signoff-role = Position
ui-signoff-date = Date of adoption
ui-signoff-prior_consultation = Prior consultation of the Dutch DPA (Art. 36)
ui-signoff-prior_consultation_reason = Reasoning for the prior-consultation decision
ui-review-date = Review date (Art. 35(11))

## Controller DPIA screens
ui-org-role-hint = Controller: the client decides itself why and how the data is used, e.g. a wholesaler analysing its own customer and staff data. Processor: the client processes the data on behalf of its own clients, e.g. an accountancy that runs their payroll; the controller is then that client's client.
ui-purpose-description = Purpose { $purpose }
ui-purpose-reasoning-hint = Why this basis applies (e.g. which contract or legal obligation).
ui-purpose-reasoning-hint-f = For legitimate interests: the interest, why the processing is necessary for it, and why the interests of the data subjects do not override it (balancing of interests).
ui-purpose-add = Add a purpose
ui-purpose-remove = Remove purpose { $purpose }
ui-categories-none = No personal data goes through this service
ui-exception-ground = Exception of GDPR Art. 9(2)
ui-exception-uavg = UAVG article (Dutch law)
ui-exception-uavg-hint = Where Dutch law applies: the UAVG article that fills in the exception, with its scope.
ui-basis-note = Note
ui-bsn-statute = Law that prescribes or allows the BSN
ui-bsn-other = Which law (and article)
ui-criminal-uavg = UAVG article (arts. 31–33)
ui-map-shows-people-help = Addresses on a map are not location monitoring by themselves (AP list, item 12); showing where individual people live or are on a map can be, and calls for care with who sees the map.
ui-nav-controller = Controller's parts
ui-nav-signoff = Advice and adoption
ui-controller-heading = The controller's parts of the DPIA
ui-controller-intro = What only the controller can write (Model DPIA Rijksdienst). Each part is optional; once filled, the DPIA starter prints it instead of a placeholder.
ui-controller-views-help = GDPR Art. 35(9): where appropriate, the controller seeks the views of data subjects or their representatives (e.g. the works council or the client council).
ui-definitive-notice = This DPIA is definitive and read-only. Reopen it to change anything; the history records both.
ui-definitive-go = To advice and adoption
ui-risks-heading = Risks and measures
ui-risks-intro = The values are computed from the answers and the measures of the statement. Confirm each risk, adjust it with a reason, or mark it not applicable; the computed values stay visible.
ui-risk-decision = Assessment by the controller
ui-risk-undecided = not assessed yet
ui-risk-changed-short = answers changed
ui-risk-changed = The answers changed after this decision: computed then { $then }, now { $now }. The controller's decision still applies; confirm or adjust it again.
ui-risk-computed = Computed (indicative): { $before }; after measures { $after }.
ui-risk-applied = Applied: { $before }; after measures { $after }.
ui-risk-adopt-hint = Proposed; a measure counts for the residual risk only once it is adopted in the action plan.
ui-risk-keep-computed = Empty: the computed value.
ui-risk-reason = Reason
ui-risk-reason-hint = Required: why the computed values do not fit, or why the risk does not apply.
ui-risk-reason-missing = A reason is required; until it is given, the DPIA lists it as an open item.
ui-residual-likelihood = Likelihood after measures
ui-residual-impact = Impact after measures
ui-own-risk = own risk
ui-own-risk-untitled = (own risk without a title)
ui-own-risk-add = Add an own risk
ui-own-risk-remove = Remove this own risk
ui-own-risk-title = Title
ui-own-risk-description = Description
ui-own-risk-origin = Origin
ui-own-risk-origin-hint = Which answers or circumstances the risk comes from.
ui-own-risk-measures = Measures against it
ui-actions-heading = Action plan
ui-actions-intro = Per measure proposed to the controller: adopt it or not, who, by when, and where it stands. Only an adopted measure counts for the residual risk.
ui-actions-none = No measures of the controller are proposed for the applicable risks.
ui-actions-overdue = { $count ->
    [one] One measure is past its due date.
   *[other] { $count } measures are past their due date.
  }
ui-action-for = for { $risks }
ui-action-overdue = overdue
ui-action-proposed = proposed
ui-action-status = Status
ui-action-owner = Owner
ui-action-due = Due date
ui-action-note = Note
ui-signoff-heading = Advice and adoption
ui-dpo-heading = Advice of the data protection officer
ui-dpo-name = Data protection officer: { $name } (from step 1).
ui-dpo-none = No data protection officer is named in step 1. GDPR Art. 35(2) asks for the DPO's advice only where one is designated; record below who advised instead, and what.
ui-dpo-advice-hint = Written by the data protection officer (GDPR Art. 35(2) and 38(3)), not by the controller.
ui-dpo-reason-hint = Required when the advice is not followed.
ui-art36-intro = Indicatively, a residual risk stays high. If it stays high after the controller's measures, the controller consults the Dutch DPA (Autoriteit Persoonsgegevens) beforehand (GDPR Art. 36(1)). The decision is the controller's.
ui-art36-question = Is the Dutch DPA consulted before the processing starts?
ui-review-heading = Review
ui-review-proposed = Empty: { $date } (twelve months after the assessment date).
ui-review-due = The review date ({ $date }) has come: review the DPIA (GDPR Art. 35(11)).
ui-certificates-expiring = Certificates of the statement that expire before the review date ({ $date }):
ui-adoption-heading = Adoption
ui-status-concept = concept
ui-status-definitive = definitive
ui-adopt = Adopt as definitive
ui-adopt-confirm = Adopt this DPIA as definitive? It becomes read-only until it is reopened; the history records both.
ui-reopen = Reopen as concept
ui-to-controller = Continue with the DPIA: the controller's parts
ui-row-review-due = review due ({ $date })
ui-row-certificates = { $count ->
    [one] a certificate expires before the review
   *[other] { $count } certificates expire before the review
  }
ui-answer-clear = Clear the answer
ui-date-placeholder = dd/mm/yyyy

## Controller DPIA screens
ui-header-verdict-open = Show the live screening

## Controller DPIA screens
ui-open-document = Open the document
ui-copy-answers = Copy the answers of another service
ui-copy-go = Copy

## Controller DPIA screens
ui-db-new-made = A new, empty database was started: { $file }. The file that could not be opened was left as it was.
ui-imported-twice = This file had been imported before as { $name }, with exactly the same answers. Both are kept; delete one if that was not meant.

## Controller DPIA screens
ui-terms-tenant-summary = What is a tenant?
ui-terms-tenant = A tenant is an organisation's own environment in a cloud service (such as Microsoft 365 or Azure): its users, data and settings, kept apart from those of other organisations. In the client's tenant, the client's own contract with the cloud provider applies; in the processor's tenant, the processor's.
ui-terms-frameworks-summary = What do Art. 35, WP248 and the AP list mean?
ui-terms-art35 = GDPR Art. 35(3): three cases in which a DPIA is always required (systematic and extensive evaluation with significant effects, large-scale special or criminal data, large-scale monitoring of public areas).
ui-terms-wp248 = WP248: the guidelines of the European data protection authorities (WP248 rev.01, endorsed by the EDPB) with nine criteria; from two criteria on, a DPIA is required in most cases.
ui-terms-dpa = AP list: the list of the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, Stcrt. 2019, 64418) of seventeen kinds of processing for which a DPIA is always mandatory.

## Controller DPIA screens
ui-saving-count = { $count ->
    [one] Saving one change…
   *[other] Saving { $count } changes…
  }
ui-save-invalid = { $count ->
    [one] One field is not saved: its value is not valid
   *[other] { $count } fields are not saved: their values are not valid
  }

## The list at scale, files in the background, the database kept safe
ui-list-loading = Loading assessments…
ui-list-count = { $count ->
    [one] One assessment
   *[other] { $count } assessments
  }
ui-list-found = { $found } of { $all } found
ui-list-row-loading = Loading…
ui-row-unreadable = Cannot be opened
ui-opening = Opening…
ui-job-starting = Working on { $file }…
ui-job-waiting = { $file } waits for another file to finish…
ui-job-reading = Reading { $file }…
ui-job-checking = Checking { $file }…
ui-job-rendering = Laying out the document for { $file }…
ui-job-copying = Copying the database to { $file }…
ui-job-writing = Writing { $file }…
ui-job-storing = Storing { $file } in the app…
ui-job-cancel = Cancel
ui-job-cancelling = Cancelling…
ui-backup = Export a backup…
ui-backup-hint = A copy of the whole database in one file, with every saved change in it
ui-backup-file = dpia-helper-backup-{ $date }
ui-backup-done = Backup saved: { $file }
ui-db-retry = Try again
ui-db-open-as-is = Open anyway
ui-db-open-as-is-hint = "Open anyway" uses this database as it is now; the missing changes will not come back.
ui-save-retrying = Not saved — trying again in { $seconds } s
ui-save-retry-now = Try now
ui-save-alarm = Attention: see the message about the database
ui-alarm-heading = About the database
ui-alarm-dismiss = Read
ui-more = More
ui-more-named = More actions for "{ $name }"

## Risks by their causes, the action plan as an act, adoption with open points
ui-risk-harm = What it does to the people concerned
ui-risk-causes = Causes and what addresses them
ui-risk-would = Would be addressed by (proposed, not adopted yet):
ui-risk-proposed = Measures proposed to the controller
ui-risk-not-applying = Measures of the statement that do not apply here:
ui-action-adopted = adopted
ui-action-adopt = Adopt
ui-action-unadopt = Withdraw adoption
ui-action-adopt-hint = The measure counts for the residual risk only once adopted.
ui-action-not-adopted = An owner and a due date do not adopt this measure: it counts for the residual risk only once you click Adopt.
ui-orphans-intro = These choices are in the assessment but belong to a risk or measure that no longer applies with the current answers. They are also listed in the starter's annex. Remove what is no longer needed.
ui-orphan-remove = Remove
ui-art36-not-indicated = Indicatively, no residual risk is high. Whether the Dutch DPA is consulted beforehand (GDPR Art. 36) is the controller's decision; record it here.
ui-adoption-open-heading = What is still open
ui-adoption-nothing-open = Nothing is open any more.
ui-signoff-accepted_open = Leave open at adoption, because
ui-adoption-accept-hint = Only where the controller leaves this point open on purpose; the reason goes into the DPIA.
ui-adoption-blocking = { $count ->
    [one] One point is open without a reason: the DPIA cannot be adopted yet.
   *[other] { $count } points are open without a reason: the DPIA cannot be adopted yet.
  }
ui-panel-blocking = { $count ->
    [one] One blocking point
   *[other] { $count } blocking points
  }
ui-arranges-client = The client arranges:
ui-arranges-processor = The processor arranges:
ui-status-definitive-open = definitive, adopted with open points (the reasons are above)

## Issue 22: the history as an audit trail, the review step, refused input, the controller's parts
ui-history-name = Name of the assessment
ui-history-own-risks = Own risks
ui-history-exception-field = { $category }: { $field ->
    [ground] exception of GDPR Art. 9(2)
    [uavg] article of the UAVG
   *[other] explanation
  }
ui-history-exception-group-field = { $category } of "{ $group }": { $field ->
    [ground] exception of GDPR Art. 9(2)
    [uavg] article of the UAVG
   *[other] explanation
  }
ui-history-bsn-field = BSN: { $field ->
    [statute] law that prescribes or allows the BSN
    [other] which law
   *[note] explanation
  }
ui-history-criminal-field = Criminal data: { $field ->
    [uavg] article of the UAVG
   *[other] explanation
  }
ui-history-risk-field = { $risk }: { $field ->
    [status] assessment
    [likelihood] likelihood
    [impact] impact
    [residual_likelihood] likelihood after measures
    [residual_impact] impact after measures
   *[other] reason
  }
ui-history-own-risk-field = Own risk { $risk }: { $field ->
    [title] title
    [description] description
    [origin] origin
    [likelihood] likelihood
    [impact] impact
    [measures] measures against it
    [residual_likelihood] likelihood after measures
    [residual_impact] impact after measures
   *[other] { $field }
  }
ui-history-action-field = Measure { $measure }: { $field ->
    [status] status
    [owner] owner
    [due] due date
   *[other] note
  }
ui-history-accepted-open = Left open at adoption: { $point }
ui-history-adopted = The DPIA was adopted (definitive).
ui-history-reopened = The DPIA was reopened (concept again).
ui-history-added = Added:
ui-history-removed = Removed:
ui-history-search = Search the history
ui-history-search-hint = By field or value, e.g. “owner” or a name.
ui-history-none-match = No changes match.
ui-history-count = { $shown ->
    [one] One change
   *[other] { $shown } changes
  } of { $total }
ui-history-step-events = Adoption and reopening
ui-history-old = Was
ui-history-new = Becomes
ui-history-empty-value = (empty)
ui-to-summary-export = Export the onboarding summary
ui-wizard-end-hint = The questions are done. In a sales call: export the onboarding summary for the client. For the DPIA itself: continue with what only the controller can fill in.
ui-review-edit = Change
ui-review-edit-label = Change { $label }
ui-review-edit-step = Open { $step }
ui-review-nothing-asked = Nothing is asked here for these answers.
ui-error-date-day = That day does not exist: { $month } has { $days } days.
ui-error-date-month = There is no month { $month }: a month is 1 to 12 (dd/mm/yyyy).
ui-error-estimate-negative = A number of people cannot be negative; enter 0 or more.
ui-error-estimate-too-large = That number is too large to save.
ui-refused-kept = Not saved: what you typed is kept here so you can correct it.
ui-controller-pages = The controller's parts
ui-controller-page-1 = Author and interests
ui-controller-page-2 = Transfers and rules
ui-controller-page-3 = Retention
ui-controller-page-4 = Purpose limitation, necessity and proportionality
ui-controller-page-5 = Rights and views
ui-controller-to-risks = To risks and action plan
ui-controller-author-hint = Who writes this DPIA, with their position. For example: J. de Vries, privacy officer.
ui-controller-interests-hint = The interests of the organisation (e.g. better management of waiting times), of the data subjects (e.g. confidentiality of their data) and of others (e.g. health insurers or society).
ui-controller-transfers-hint = Does data go to countries outside the EU/EEA, on which ground (e.g. the standard contractual clauses), and what did the transfer impact assessment (DTIA) find? If nothing goes outside the EU/EEA, write that down.
ui-controller-sector_rules-hint = Rules for your sector or organisation, e.g. NEN 7510 and the WGBO in healthcare, a professional code, or your own information security policy.
ui-controller-retention-hint = How long reports and exports with personal data are kept and who clears them. For example: reports show the last 24 months; exports are deleted after 30 days.
ui-controller-history_retention-hint = With { $addons } the history of the data is kept, also after it was deleted at the source. For how long, and why that long? For example: seven years, for the tax retention duty.
ui-controller-history_retention-none = No add-on that keeps history is chosen any more; what is written here stays until you empty it.
ui-controller-retention_per_category-hint = Per kind of data, for example: names until two years after the end of the customer relationship.
ui-controller-purpose_limitation-hint = Is the data also used for something other than the purposes of step 1, and is that compatible with them (GDPR Art. 6(4))? For example: data from the patient record is used for management only, not for research.
ui-controller-necessity-hint = Why this processing is needed to reach the purposes. For example: without linking the sources there is no reliable picture of the waiting times.
ui-controller-proportionality-hint = Whether the purpose outweighs what the processing means for the privacy of the data subjects, given the kind of data, the numbers and the measures.
ui-controller-subsidiarity-hint = Whether the purpose can be reached with less or less sensitive data (e.g. aggregated or pseudonymised), and why that does not suffice.
ui-controller-rights-hint = How data subjects exercise their rights (access, rectification, erasure, objection), who handles the requests and how the processor helps. For example: through the privacy desk, within one month.
ui-controller-views-how-hint = For example: put to the works council and the client council in March.
ui-controller-views-why-not = Why not
ui-controller-views-why-not-hint = For example: the data is already used for the same purpose and the works council was informed earlier.
ui-controller-views-outcome-hint = What the data subjects or their representatives thought, and what was done with their views.
# The risk card when no measure limits the consequences (the documents dropped doc-no-limit)
ui-risk-no-limit = No measure that applies here limits the consequences.
# Review comments (issue 23)
ui-comment-general = General
ui-comment-risk = Risk { $number }: { $title }
ui-comment-measure = Measure { $number }: { $title }
ui-comment-part-organisation = Organisation
ui-comment-part-services = Services
ui-comment-part-data = Data
ui-comment-part-followups = Legal grounds
ui-comment-part-characteristics = Characteristics
ui-comment-part-controller = The controller's part B
ui-comment-part-risks = Risks
ui-comment-part-signoff = Advice and adoption
ui-comments-button = { $count ->
    [0] Add a comment
    [one] 1 open comment
   *[other] { $count } open comments
}
ui-comments-heading = Comments
ui-comments-add = Add a comment
ui-comments-text = Comment
ui-comments-reply-text = Reply
ui-comments-reply = Reply
ui-comments-resolve = Resolve
ui-comments-reopen = Reopen
ui-comments-save = Post
ui-comments-name = Your name
ui-comments-role = Your role (e.g. DPO, CISO)
ui-comments-resolved = Resolved by { $who } on { $at }
ui-comments-from-word = from Word
ui-comments-answer-changed = The answer has changed since.
ui-comments-review-heading = Open comments
ui-comments-review-none = There are no open comments.
ui-comments-review-intro = { $count ->
    [one] 1 comment is still open. Resolve it, or leave it open on purpose, before adopting.
   *[other] { $count } comments are still open. Resolve them, or leave them open on purpose, before adopting.
}
ui-import-merge-title = This assessment is already here
ui-import-merge-text = The file is a copy of "{ $name }". { $count ->
    [0] It has no new comments.
    [one] It has 1 new comment, reply or resolution.
   *[other] It has { $count } new comments, replies or resolutions.
} Answers are not merged.
ui-import-merge-differing = These answers differ from the assessment here:
ui-import-merge-take = Take over the comments
ui-import-merge-copy = Import as a copy
ui-import-merge-taken = { $count ->
    [0] No new comments to take over.
    [one] 1 comment, reply or resolution taken over.
   *[other] { $count } comments, replies or resolutions taken over.
}
ui-history-comment = Comment
ui-history-comment-reply = Reply to a comment
ui-history-comment-status = Status of a comment
ui-comment-status-open = open
ui-comment-status-resolved = resolved
ui-nav-review = Comments
ui-review-list-heading = All comments
ui-review-intro = The comments of the review round on this DPIA. Choose one to go to the question, risk or measure it is about.
ui-review-filter-open = Open comments only
ui-review-filter-mine = My comments only
ui-review-filter-mine-hint = Mine: made under the name the app remembered last.
ui-review-filter-part = Part
ui-review-all-parts = All parts
ui-review-part-organisation = Organisation
ui-review-part-services = Services
ui-review-part-data = Personal data
ui-review-part-followups = Legal grounds
ui-review-part-characteristics = Characteristics
ui-review-part-review = Review
ui-review-part-controller = Controller's parts
ui-review-part-risks = Risks and action plan
ui-review-part-signoff = Advice and adoption
ui-review-part-statement = Statement
ui-review-part-other = General
ui-review-count = { $shown } of { $total } comments shown
ui-review-none = There are no comments yet.
ui-review-none-match = No comments match these filters.
ui-review-status-open = Open
ui-review-go = Go to the question
ui-review-go-general = To the general comments
ui-review-replies = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}
ui-review-general-heading = General comments
ui-review-general-hint = A comment on the DPIA as a whole, not on one question. It is listed here under "General" and travels with the file and in Word.
ui-review-open-count = { $count ->
    [one] 1 open comment
   *[other] { $count } open comments
}
