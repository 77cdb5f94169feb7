## DPIA Helper — Nederlandse teksten van de interface (knoppen, koppen, labels). Elke id hier moet
## ook in locales/en/ui.ftl staan (een test controleert dat). Bevindingen formuleert de backend.

ui-loading = Laden…
ui-skip-to-content = Naar de inhoud
ui-language = Taal
ui-saving = Opslaan…
ui-saved = Alle wijzigingen opgeslagen
ui-save-failed = Een wijziging is niet opgeslagen
ui-yes = Ja
ui-no = Nee
ui-used = Gebruikt
ui-not-used = Niet gebruikt
ui-not-answered = nog niet beantwoord
ui-choose = — kies —
ui-cancel = Annuleren
ui-create = Aanmaken
ui-help-toggle = Toelichting bij "{ $label }"
ui-verdict-unknown = Onbekend

## Navigatie

ui-nav-label = Hoofdmenu
ui-nav-assessments = Beoordelingen
ui-nav-wizard = Vragenlijst
ui-nav-risks = Risico's en actieplan
ui-nav-statement = Statement
ui-nav-history = Geschiedenis
ui-nav-export = Exporteren
ui-nav-needs-open = Open eerst een beoordeling

## Foutscherm database

ui-db-error-heading = De database kan niet worden geopend
ui-db-path = Databasebestand
ui-db-error-safe = Er is niets gewijzigd of verwijderd. Kies een ander databasebestand of begin een nieuwe, lege database naast dit bestand.
ui-db-open-other = Ander bestand openen…
ui-db-new-beside = Nieuwe database ernaast beginnen
ui-db-new-beside-hint = De nieuwe database krijgt een eigen naam met datum en tijd; het bestaande bestand blijft zoals het is.
ui-db-filter = DPIA Helper-database

## Lijst met beoordelingen

ui-assessments-heading = Beoordelingen
ui-assessments-empty = Er zijn nog geen beoordelingen. Begin met "Nieuw" of importeer een .dpia.json-bestand.
ui-new = Nieuw
ui-new-title = Nieuwe beoordeling
ui-name-label = Naam
ui-import = Importeren… (.dpia.json, PDF, Word)
ui-export-assessment = .dpia.json exporteren…
ui-export-assessment-named = "{ $name }" exporteren als .dpia.json…
ui-export-assessment-needs-open = Open een beoordeling om die te exporteren
ui-search = Zoeken
ui-search-placeholder = Klant of naam
ui-search-no-match = Geen beoordeling gevonden voor "{ $query }".
ui-col-name = Naam
ui-col-date = Datum
ui-col-updated = Laatst gewijzigd
ui-col-actions = Acties
ui-open = Openen
ui-open-named = "{ $name }" openen
ui-duplicate = Dupliceren als sjabloon
ui-duplicate-named = "{ $name }" dupliceren als sjabloon
ui-duplicate-title = Dupliceren als sjabloon
ui-copy-of = { $name } (kopie)
ui-duplicated = Gedupliceerd als "{ $name }".
ui-rename = Naam wijzigen
ui-rename-named = Naam van "{ $name }" wijzigen
ui-rename-title = Naam van de beoordeling wijzigen
ui-renamed = Naam gewijzigd in "{ $name }".
ui-delete = Verwijderen
ui-delete-named = "{ $name }" verwijderen
ui-delete-title = Beoordeling verwijderen?
ui-delete-confirm = "{ $name }" en de geschiedenis ervan worden verwijderd. Dit kan niet ongedaan worden gemaakt.
ui-deleted = "{ $name }" is verwijderd.
ui-imported = Geïmporteerd: { $file }
ui-exported-assessment = Geëxporteerd: { $file }

## Vragenlijst

ui-steps = Stappen van de vragenlijst
ui-step-of = Stap { $step } van { $count }
ui-steps-done = { $done } van { $count } volledig
ui-step-complete = volledig
ui-step-incomplete = nog niet volledig
ui-step-organisation = Organisatie
ui-step-services = Diensten en opties
ui-step-data = Persoonsgegevens per dienst
ui-step-followups = Grondslagen
ui-step-characteristics = Kenmerken van de verwerking
ui-step-review = Controle
ui-back = Vorige
ui-next = Volgende

ui-org-name = Naam van de organisatie
ui-org-sector = Sector
ui-org-sector-hint = Sommige sectoren veranderen de regel voor grootschaligheid (ziekenhuizen, huisartsenposten, zorggroepen).
ui-org-contact = Contactpersoon
ui-org-dpo = Functionaris gegevensbescherming
ui-org-dpo-hint = Naam van de FG, als die er is.
ui-assessment-date = Datum van de beoordeling
ui-description = Omschrijving
ui-description-hint = Wat de organisatie met de diensten wil doen, in eigen woorden.
ui-purposes = Doelen
ui-purposes-hint = Elk doel met de grondslag waarop de verwerkingsverantwoordelijke zich beroept (art. 6 lid 1 AVG).

ui-services-heading = Welke diensten worden gebruikt?
ui-services-intro = Beantwoord dit voor elke dienst. De knop "i" toont wat het statement erover zegt.
ui-options-heading = Opties
ui-map-none = Geen van deze kaartvisuals
ui-map-vendors = Stuurt adresvragen naar: { $vendors }

ui-data-none-used = Er is nog geen dienst als gebruikt aangemerkt. Geef in stap 2 de diensten aan; hier worden dan hun persoonsgegevens gevraagd.
ui-categories = Persoonsgegevens
ui-subjects = Van wie (betrokkenen)
ui-vulnerable = kwetsbaar
ui-estimate = Geschat aantal betrokkenen
ui-estimate-hint = Een geheel getal, bijvoorbeeld 250000.
ui-sources = Bronsystemen
ui-sources-hint = Bijvoorbeeld het EPD, het HR-systeem of het boekhoudpakket.
ui-error-estimate = Vul een geheel getal in (bijvoorbeeld 250000).
ui-error-date = Vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-12-2026.

ui-followups-none = Geen bijzondere persoonsgegevens, BSN of strafrechtelijke gegevens in de gebruikte diensten: hier hoeft niets te worden aangevuld.
ui-followups-intro = Noem hieronder de grondslag voor elke soort gegevens. Zolang die ontbreekt, toont de screening een blokkerende signalering.
ui-followups-special = Bijzondere persoonsgegevens (art. 9 AVG)
ui-exception-label = Uitzondering voor { $category }
ui-exception-hint = Optioneel: hoe de uitzondering hier geldt (bijvoorbeeld welke wettelijke taak of welke gegevens eronder vallen).
ui-bsn-basis = Wettelijke grondslag voor het BSN
ui-bsn-basis-hint = Het BSN mag alleen worden verwerkt als een wet daarin voorziet (art. 46 UAVG).
ui-criminal-basis = Grondslag voor strafrechtelijke gegevens
ui-criminal-basis-hint = Strafrechtelijke gegevens mogen alleen worden verwerkt op grond van art. 10 AVG met een uitzondering uit de UAVG.

ui-characteristics-legend = Kenmerken van de verwerking
ui-characteristics-intro = Vink alles aan wat op de verwerking van toepassing is; de knop "i" licht elk kenmerk toe.
ui-characteristics-none = Geen van deze is van toepassing
ui-ai-area = Gebied uit bijlage III van de AI-verordening
ui-ai-area-hint = Gevraagd omdat de dienst machine learning en AI wordt gebruikt.
ui-ai-product = Is het model (onderdeel van) een medisch hulpmiddel of een ander product uit bijlage I van de AI-verordening?
ui-ai-product-help = Bijvoorbeeld software die beslissingen over diagnose, behandeling of nazorg ondersteunt (een medisch hulpmiddel volgens de MDR, regel 11), of een veiligheidsonderdeel van een machine of speelgoed. Dan is het een AI-systeem met een hoog risico (art. 6 lid 1 AI-verordening), ook als geen gebied uit bijlage III van toepassing is.
ui-sick-leave = Bevatten de gegevens over medewerkers verzuim- of ziekteverzuimgegevens?
ui-sick-leave-help = Ziekmeldingen, verzuimduur, re-integratie of arbeidsongeschiktheid. Verzuim is een gezondheidsgegeven (art. 4 onder 15 AVG): het wordt dan behandeld als gezondheidsgegevens, met de uitzondering die daarvoor nodig is.
ui-exception-per-group = De { $category } gaan over meer dan één groep betrokkenen. Eén uitzondering dekt die zelden allemaal: kies per groep de uitzondering die voor die groep geldt. Zolang een groep leeg is, geldt daar de uitzondering hierboven en blijft de vraag open.
ui-exception-group-label = { $category } van "{ $group }"
ui-history-exception-group = Uitzondering voor { $category } van "{ $group }"

ui-review-summary = Samenvatting van de antwoorden
ui-review-complete = Alle vragen zijn beantwoord.
ui-review-open-intro = { $count ->
    [one] Er staat nog één vraag open:
   *[other] Er staan nog { $count } vragen open:
  }
ui-review-blocking = { $count ->
    [one] Er is nog één blokkerende signalering; los die op voordat persoonsgegevens worden aangeleverd:
   *[other] Er zijn nog { $count } blokkerende signaleringen; los die op voordat persoonsgegevens worden aangeleverd:
  }
ui-review-services-used = Gebruikte diensten
ui-review-services-not-used = Niet gebruikte diensten
ui-review-estimate = ongeveer { $count } betrokkenen

## Live screening

ui-screening-heading = Screening

## Geschiedenis

ui-history-heading = Geschiedenis van wijzigingen
ui-history-empty = Nog geen wijzigingen.
ui-history-when = Wanneer

## Exporteren

ui-export-heading = Document exporteren
ui-export-intro = Schrijft de DPIA-aanzet of de onboardingsamenvatting van deze beoordeling. U kiest waar het bestand wordt opgeslagen.
ui-export-kind = Document
ui-export-lang = Taal van het document
ui-export-format = Formaat
ui-export-button = Exporteren…
ui-export-busy = Het document wordt geschreven…
ui-export-done = Opgeslagen:
ui-show-in-folder = Tonen in map

## Statements

ui-options-none = Voor de gebruikte diensten zijn geen opties van toepassing.
ui-statements-heading = Statements
ui-statements-intro = De Data Pro Statements van de verwerker die de app kent. Importeer een nieuwe versie zodra de verwerker die publiceert; elke versie blijft beschikbaar en bij elke beoordeling staat op welke versie die is gebaseerd.
ui-statement-import = Statement importeren…
ui-statement-filter = Data Pro Statement
ui-statement-imported = Geïmporteerd: { $statement }
ui-statement-moved = "{ $name }" is nu gebaseerd op { $statement }.
ui-statement-col-statement = Statement
ui-statement-col-source = Bron
ui-statement-col-notified = Kennisgeving op
ui-statement-col-assessments = Beoordelingen
ui-statement-newest = nieuwste
ui-statement-embedded = ingebouwd in de app
ui-statement-show = Tonen
ui-statement-unreadable = { $file } kan niet meer worden gelezen:
ui-statement-affected-heading = Beoordelingen op een oudere versie dan { $statement }
ui-statement-affected-intro = Deze beoordelingen zijn gebaseerd op een eerdere versie. Na kennisgeving van een nieuwe versie mag de klant binnen de termijn van standaardclausule 2.2 opzeggen. Bekijk hieronder de verschillen en zet daarna elke beoordeling over op de nieuwe versie.
ui-statement-col-based-on = Gebaseerd op
ui-statement-col-deadline = Opzeggen uiterlijk
ui-statement-no-notice = leg de datum van kennisgeving vast
ui-statement-move = Overzetten naar deze versie
ui-statement-diff-heading = Verschillen tussen twee versies
ui-statement-diff-from = Oudere versie
ui-statement-diff-to = Nieuwere versie
ui-statement-diff-none = De twee versies zeggen hetzelfde.
ui-col-statement = Statement
ui-newer-statement = nieuwere versie beschikbaar

## Geschiedenislabels en de velden van de verwerkingsverantwoordelijke

ui-org-role = Rol van de klant
ui-map-shows-people = Tonen de kaartvisuals waar individuele personen wonen of zijn?
ui-purpose-basis = Grondslag van doel { $purpose }
ui-purpose-reasoning = Onderbouwing van doel { $purpose }
ui-history-service-used = Dienst: { $service }
ui-history-service-categories = { $service }: persoonsgegevens
ui-history-service-subjects = { $service }: betrokkenen
ui-history-service-estimate = { $service }: aantal betrokkenen
ui-history-service-sources = { $service }: bronsystemen
ui-history-service = { $service }
ui-history-option = { $option }
ui-history-exception = Uitzondering of grondslag voor { $category }
ui-history-retention-category = Bewaartermijn van { $category }
ui-history-risk-decision = Beoordeling van { $risk }
ui-history-own-risk = Eigen risico { $risk }
ui-history-statement = Versie van het statement
ui-history-field = { $field }
ui-history-field-col = Veld
ui-history-filter = Toon wijzigingen van
ui-history-all-steps = alle onderdelen
ui-history-step-organisation = Organisatie
ui-history-step-services = Diensten
ui-history-step-data = Persoonsgegevens
ui-history-step-followups = Grondslagen
ui-history-step-characteristics = Kenmerken
ui-history-step-controller = Onderdelen verwerkingsverantwoordelijke
ui-history-step-risks = Risico's en actieplan
ui-history-step-signoff = Advies en vaststelling
ui-history-step-statement = Statement
ui-history-step-other = Overig
ui-controller-author = Opsteller (naam en functie)
ui-controller-interests = Belangen van de verwerkingsverantwoordelijke, de betrokkenen en anderen (punt 7)
ui-controller-transfers = Doorgiftemechanisme en uitkomst van de doorgiftetoets (punt 8)
ui-controller-sector_rules = Sectorregels en intern beleid (punt 9)
ui-controller-retention = Bewaartermijnen in rapportages en exports (punt 10)
ui-controller-history_retention = Bewaartermijn van historie uit de add-ons (punt 10)
ui-controller-purpose_limitation = Doelbinding: is verder gebruik verenigbaar met de doelen? (punt 13)
ui-controller-necessity = Noodzaak (punt 14)
ui-controller-proportionality = Proportionaliteit (punt 14)
ui-controller-subsidiarity = Subsidiariteit (punt 14)
ui-controller-rights = Hoe verzoeken van betrokkenen worden afgehandeld (punt 15)
ui-controller-views-sought = Is het standpunt van betrokkenen of hun vertegenwoordigers gevraagd? (art. 35 lid 9)
ui-controller-views-how = Hoe en bij wie (of waarom niet)
ui-controller-views-outcome = Uitkomst en wat ermee is gedaan
ui-controller-retention_per_category = Bewaartermijn per categorie
ui-dpo-advice = Advies van de functionaris gegevensbescherming
ui-dpo-date = Datum van het advies
ui-dpo-followed = Wordt het advies gevolgd?
ui-dpo-not_followed_reason = Waarom het advies niet wordt gevolgd
ui-signoff-status = Documentstatus
ui-signoff-approved_by = Vastgesteld door
ui-signoff-role = Functie
ui-signoff-date = Datum van vaststelling
ui-signoff-prior_consultation = Voorafgaande raadpleging van de AP (art. 36)
ui-signoff-prior_consultation_reason = Onderbouwing van het besluit over voorafgaande raadpleging
ui-review-date = Herzieningsdatum (art. 35 lid 11)

## Schermen van de verwerkingsverantwoordelijke
ui-org-role-hint = Verwerkingsverantwoordelijke: de klant bepaalt zelf waarvoor en hoe de gegevens worden gebruikt, zoals een groothandel die de eigen klant- en personeelsgegevens analyseert. Verwerker: de klant verwerkt de gegevens in opdracht van de eigen klanten, zoals een accountantskantoor dat hun salarisadministratie doet; verwerkingsverantwoordelijke is dan die klant van de klant.
ui-purpose-description = Doel { $purpose }
ui-purpose-reasoning-hint = Waarom deze grondslag van toepassing is (bijvoorbeeld welke overeenkomst of wettelijke plicht).
ui-purpose-reasoning-hint-f = Bij gerechtvaardigd belang: het belang, waarom de verwerking daarvoor noodzakelijk is en waarom de belangen van de betrokkenen niet zwaarder wegen (belangenafweging).
ui-purpose-add = Doel toevoegen
ui-purpose-remove = Doel { $purpose } verwijderen
ui-categories-none = Via deze dienst gaan geen persoonsgegevens
ui-exception-ground = Uitzondering van art. 9 lid 2 AVG
ui-exception-uavg = Artikel van de UAVG
ui-exception-uavg-hint = Waar Nederlands recht geldt: het UAVG-artikel dat de uitzondering invult, met zijn reikwijdte.
ui-basis-note = Toelichting
ui-bsn-statute = Wet die het BSN voorschrijft of toestaat
ui-bsn-other = Welke wet (en welk artikel)
ui-criminal-uavg = Artikel van de UAVG (art. 31–33)
ui-map-shows-people-help = Adressen op een kaart zijn op zichzelf geen monitoring van locatie (AP-lijst, punt 12); tonen waar individuele personen wonen of zijn kan dat wel zijn, en vraagt om zorg voor wie de kaart ziet.
ui-nav-controller = Eigen onderdelen
ui-nav-signoff = Advies en vaststelling
ui-controller-heading = De onderdelen van de verwerkingsverantwoordelijke
ui-controller-intro = Wat alleen de verwerkingsverantwoordelijke kan invullen (Model DPIA Rijksdienst). Elk onderdeel is optioneel; zodra het is ingevuld, staat het in de DPIA-aanzet in plaats van een invulveld.
ui-controller-views-help = Art. 35 lid 9 AVG: de verwerkingsverantwoordelijke vraagt waar nodig de mening van de betrokkenen of hun vertegenwoordigers (bijvoorbeeld de ondernemingsraad of de cliëntenraad).
ui-definitive-notice = Deze DPIA is definitief en alleen te lezen. Heropen hem om iets te wijzigen; de geschiedenis legt beide vast.
ui-definitive-go = Naar advies en vaststelling
ui-risks-heading = Risico's en maatregelen
ui-risks-intro = De waarden zijn berekend uit de antwoorden en de maatregelen van het statement. Bevestig elk risico, pas het aan met een reden, of markeer het als niet van toepassing; de berekende waarden blijven zichtbaar.
ui-risk-decision = Oordeel van de verwerkingsverantwoordelijke
ui-risk-undecided = nog niet beoordeeld
ui-risk-changed-short = antwoorden gewijzigd
ui-risk-changed = De antwoorden zijn na dit oordeel gewijzigd: toen berekend { $then }, nu { $now }. Het oordeel van de verwerkingsverantwoordelijke blijft gelden; bevestig of wijzig het opnieuw.
ui-risk-computed = Berekend (indicatief): { $before }; na maatregelen { $after }.
ui-risk-applied = Toegepast: { $before }; na maatregelen { $after }.
ui-risk-adopt-hint = Voorgesteld; een maatregel telt pas mee voor het restrisico als hij in het actieplan is overgenomen.
ui-risk-keep-computed = Leeg: de berekende waarde.
ui-risk-reason = Reden
ui-risk-reason-hint = Verplicht: waarom de berekende waarden niet passen, of waarom het risico niet van toepassing is.
ui-risk-reason-missing = Een reden is verplicht; zolang die ontbreekt, staat dit als open punt in de DPIA.
ui-residual-likelihood = Kans na maatregelen
ui-residual-impact = Impact na maatregelen
ui-own-risk = eigen risico
ui-own-risk-untitled = (eigen risico zonder titel)
ui-own-risk-add = Eigen risico toevoegen
ui-own-risk-remove = Dit eigen risico verwijderen
ui-own-risk-title = Titel
ui-own-risk-description = Beschrijving
ui-own-risk-origin = Herkomst
ui-own-risk-origin-hint = Uit welke antwoorden of omstandigheden het risico voortkomt.
ui-own-risk-measures = Maatregelen ertegen
ui-actions-heading = Actieplan
ui-actions-intro = Per voorgestelde maatregel van de verwerkingsverantwoordelijke: overnemen of niet, wie, wanneer en hoe ver. Alleen een overgenomen maatregel telt mee voor het restrisico.
ui-actions-none = Voor de risico's die van toepassing zijn, zijn geen maatregelen van de verwerkingsverantwoordelijke voorgesteld.
ui-actions-overdue = { $count ->
    [one] Eén maatregel is over de datum.
   *[other] { $count } maatregelen zijn over de datum.
  }
ui-action-for = voor { $risks }
ui-action-overdue = over de datum
ui-action-proposed = voorgesteld
ui-action-status = Status
ui-action-owner = Eigenaar
ui-action-due = Uiterste datum
ui-action-note = Notitie
ui-signoff-heading = Advies en vaststelling
ui-dpo-heading = Advies van de functionaris gegevensbescherming
ui-dpo-name = Functionaris gegevensbescherming: { $name } (uit stap 1).
ui-dpo-none = In stap 1 is geen functionaris gegevensbescherming genoemd. Art. 35 lid 2 AVG vraagt het advies van de FG alleen als er een is aangewezen; leg hieronder vast wie in plaats daarvan heeft geadviseerd, en wat.
ui-dpo-advice-hint = Geschreven door de functionaris gegevensbescherming (art. 35 lid 2 en art. 38 lid 3 AVG), niet door de verwerkingsverantwoordelijke.
ui-dpo-reason-hint = Verplicht als het advies niet wordt gevolgd.
ui-art36-intro = Indicatief blijft een restrisico hoog. Blijft dat zo na de maatregelen van de verwerkingsverantwoordelijke, dan raadpleegt die vooraf de Autoriteit Persoonsgegevens (art. 36 lid 1 AVG). Het besluit is van de verwerkingsverantwoordelijke.
ui-art36-question = Wordt de Autoriteit Persoonsgegevens vooraf geraadpleegd?
ui-review-heading = Herziening
ui-review-proposed = Leeg: { $date } (twaalf maanden na de beoordelingsdatum).
ui-review-due = De herzieningsdatum ({ $date }) is bereikt: herzie de DPIA (art. 35 lid 11 AVG).
ui-certificates-expiring = Certificaten uit het statement die verlopen vóór de herzieningsdatum ({ $date }):
ui-adoption-heading = Vaststelling
ui-status-concept = concept
ui-status-definitive = definitief
ui-adopt = Definitief vaststellen
ui-adopt-confirm = Deze DPIA definitief vaststellen? Hij is daarna alleen te lezen tot hij wordt heropend; de geschiedenis legt beide vast.
ui-reopen = Heropenen als concept
ui-to-controller = Verder met de DPIA: de onderdelen van de verwerkingsverantwoordelijke
ui-row-review-due = herziening nodig ({ $date })
ui-row-certificates = { $count ->
    [one] een certificaat verloopt vóór de herziening
   *[other] { $count } certificaten verlopen vóór de herziening
  }
ui-answer-clear = Antwoord wissen
ui-date-placeholder = dd-mm-jjjj

## Schermen van de verwerkingsverantwoordelijke
ui-header-verdict-open = Toon de screening

## Schermen van de verwerkingsverantwoordelijke
ui-open-document = Document openen
ui-copy-answers = Antwoorden van een andere dienst overnemen
ui-copy-go = Overnemen

## Schermen van de verwerkingsverantwoordelijke
ui-db-new-made = Er is een nieuwe, lege database gestart: { $file }. Het bestand dat niet kon worden geopend, is gelaten zoals het was.
ui-imported-twice = Dit bestand was al eerder geïmporteerd als { $name }, met precies dezelfde antwoorden. Beide zijn bewaard; verwijder er een als dat niet de bedoeling was.

## Schermen van de verwerkingsverantwoordelijke
ui-terms-tenant-summary = Wat is een tenant?
ui-terms-tenant = Een tenant is de eigen omgeving van een organisatie in een clouddienst (zoals Microsoft 365 of Azure): haar gebruikers, gegevens en instellingen, gescheiden van die van andere organisaties. In de tenant van de klant geldt het eigen contract van de klant met de cloudleverancier; in de tenant van de verwerker dat van de verwerker.
ui-terms-frameworks-summary = Wat betekenen art. 35, WP248 en de AP-lijst?
ui-terms-art35 = Art. 35 lid 3 AVG: drie gevallen waarin een DPIA altijd verplicht is (systematische en uitgebreide beoordeling met aanmerkelijke gevolgen, grootschalige verwerking van bijzondere of strafrechtelijke gegevens, grootschalige monitoring van openbare ruimten).
ui-terms-wp248 = WP248: de richtsnoeren van de Europese toezichthouders (WP248 rev.01, overgenomen door de EDPB) met negen criteria; vanaf twee criteria is een DPIA in de meeste gevallen verplicht.
ui-terms-dpa = AP-lijst: de lijst van de Autoriteit Persoonsgegevens (Stcrt. 2019, 64418) van zeventien soorten verwerkingen waarvoor een DPIA altijd verplicht is.

## Schermen van de verwerkingsverantwoordelijke
ui-saving-count = { $count ->
    [one] Eén wijziging opslaan…
   *[other] { $count } wijzigingen opslaan…
  }
ui-save-invalid = { $count ->
    [one] Eén veld is niet opgeslagen: de waarde is niet geldig
   *[other] { $count } velden zijn niet opgeslagen: de waarden zijn niet geldig
  }

## De lijst op schaal, bestanden op de achtergrond, de database veilig
ui-list-loading = Beoordelingen laden…
ui-list-count = { $count ->
    [one] Eén beoordeling
   *[other] { $count } beoordelingen
  }
ui-list-found = { $found } van { $all } gevonden
ui-list-row-loading = Laden…
ui-row-unreadable = Kan niet worden geopend
ui-opening = Openen…
ui-job-starting = Bezig met { $file }…
ui-job-waiting = { $file } wacht tot een ander bestand klaar is…
ui-job-reading = { $file } lezen…
ui-job-checking = { $file } controleren…
ui-job-rendering = Document opmaken voor { $file }…
ui-job-copying = Database kopiëren naar { $file }…
ui-job-writing = { $file } wegschrijven…
ui-job-storing = { $file } opslaan in de app…
ui-job-cancel = Afbreken
ui-job-cancelling = Afbreken…
ui-backup = Back-up exporteren…
ui-backup-hint = Een kopie van de hele database in één bestand, met alle opgeslagen wijzigingen erin
ui-backup-file = dpia-helper-back-up-{ $date }
ui-backup-done = Back-up opgeslagen: { $file }
ui-db-retry = Opnieuw proberen
ui-db-open-as-is = Toch openen
ui-db-open-as-is-hint = "Toch openen" gebruikt deze database zoals hij nu is; de ontbrekende wijzigingen komen dan niet meer terug.
ui-save-retrying = Niet opgeslagen — nieuwe poging over { $seconds } s
ui-save-retry-now = Nu opnieuw proberen
ui-save-alarm = Let op: zie de melding over de database
ui-alarm-heading = Melding over de database
ui-alarm-dismiss = Gelezen
ui-more = Meer
ui-more-named = Meer acties voor "{ $name }"

## Risks by their causes, the action plan as an act, adoption with open points
ui-risk-harm = Wat het de betrokkenen doet
ui-risk-causes = Oorzaken en wat ze afdekt
ui-risk-would = Zou worden afgedekt door (voorgesteld, nog niet overgenomen):
ui-risk-proposed = Voorgestelde maatregelen van de verwerkingsverantwoordelijke
ui-risk-not-applying = Maatregelen uit het statement die hier niet gelden:
ui-action-adopted = overgenomen
ui-action-adopt = Overnemen
ui-action-unadopt = Niet meer overnemen
ui-action-adopt-hint = Pas na overnemen telt de maatregel mee voor het restrisico.
ui-action-not-adopted = Een eigenaar en een uiterste datum nemen deze maatregel niet over: hij telt pas mee voor het restrisico als u op Overnemen klikt.
ui-orphans-intro = Deze keuzes staan in de beoordeling, maar horen bij een risico of maatregel die met de huidige antwoorden niet meer van toepassing is. Ze staan ook in de bijlage van de DPIA-aanzet. Verwijder wat niet meer nodig is.
ui-orphan-remove = Verwijderen
ui-art36-not-indicated = Indicatief is geen restrisico hoog. Of de Autoriteit Persoonsgegevens vooraf wordt geraadpleegd (art. 36 AVG), besluit de verwerkingsverantwoordelijke; leg dat besluit hier vast.
ui-adoption-open-heading = Wat nog open staat
ui-adoption-nothing-open = Niets staat meer open.
ui-signoff-accepted_open = Open laten bij vaststelling, omdat
ui-adoption-accept-hint = Alleen als de verwerkingsverantwoordelijke dit punt bewust open laat; de reden komt in de DPIA.
ui-adoption-blocking = { $count ->
    [one] Eén punt staat open zonder reden: vaststellen kan nog niet.
   *[other] { $count } punten staan open zonder reden: vaststellen kan nog niet.
  }
ui-panel-blocking = { $count ->
    [one] Eén blokkerend punt
   *[other] { $count } blokkerende punten
  }
ui-arranges-client = De klant regelt:
ui-arranges-processor = De verwerker regelt:
ui-status-definitive-open = definitief, vastgesteld met open punten (de redenen staan hierboven)

## Issue 22: the history as an audit trail, the review step, refused input, the controller's parts
ui-history-name = Naam van de beoordeling
ui-history-own-risks = Eigen risico's
ui-history-exception-field = { $category }: { $field ->
    [ground] uitzondering van art. 9 lid 2 AVG
    [uavg] artikel van de UAVG
   *[other] toelichting
  }
ui-history-exception-group-field = { $category } van "{ $group }": { $field ->
    [ground] uitzondering van art. 9 lid 2 AVG
    [uavg] artikel van de UAVG
   *[other] toelichting
  }
ui-history-bsn-field = BSN: { $field ->
    [statute] wet die het BSN voorschrijft of toestaat
    [other] welke wet
   *[note] toelichting
  }
ui-history-criminal-field = Strafrechtelijke gegevens: { $field ->
    [uavg] artikel van de UAVG
   *[other] toelichting
  }
ui-history-risk-field = { $risk }: { $field ->
    [status] oordeel
    [likelihood] kans
    [impact] impact
    [residual_likelihood] kans na maatregelen
    [residual_impact] impact na maatregelen
   *[other] reden
  }
ui-history-own-risk-field = Eigen risico { $risk }: { $field ->
    [title] titel
    [description] beschrijving
    [origin] herkomst
    [likelihood] kans
    [impact] impact
    [measures] maatregelen ertegen
    [residual_likelihood] kans na maatregelen
    [residual_impact] impact na maatregelen
   *[other] { $field }
  }
ui-history-action-field = Maatregel { $measure }: { $field ->
    [status] status
    [owner] eigenaar
    [due] uiterste datum
   *[other] notitie
  }
ui-history-accepted-open = Open gelaten bij vaststelling: { $point }
ui-history-adopted = De DPIA is vastgesteld (definitief).
ui-history-reopened = De DPIA is heropend (weer concept).
ui-history-added = Toegevoegd:
ui-history-removed = Verwijderd:
ui-history-search = Zoeken in de geschiedenis
ui-history-search-hint = Op veld of waarde, bijvoorbeeld “eigenaar” of een naam.
ui-history-none-match = Geen wijzigingen die hierbij passen.
ui-history-count = { $shown ->
    [one] Eén wijziging
   *[other] { $shown } wijzigingen
  } van { $total }
ui-history-step-events = Vaststellen en heropenen
ui-history-old = Was
ui-history-new = Wordt
ui-history-empty-value = (leeg)
ui-to-summary-export = Onboarding-samenvatting exporteren
ui-wizard-end-hint = De vragen zijn doorlopen. In een verkoopgesprek: exporteer de onboarding-samenvatting voor de klant. Voor de DPIA zelf: ga verder met wat alleen de verwerkingsverantwoordelijke kan invullen.
ui-review-edit = Wijzigen
ui-review-edit-label = { $label } wijzigen
ui-review-edit-step = { $step } openen
ui-review-nothing-asked = Bij deze antwoorden wordt hier niets gevraagd.
ui-error-date-day = Die dag bestaat niet: { $month } heeft { $days } dagen.
ui-error-date-month = Maand { $month } bestaat niet: een maand is 1 tot en met 12 (dd-mm-jjjj).
ui-error-estimate-negative = Een aantal betrokkenen kan niet negatief zijn; vul 0 of meer in.
ui-error-estimate-too-large = Dat getal is te groot om op te slaan.
ui-refused-kept = Niet opgeslagen: wat u typte staat hier nog, zodat u het kunt verbeteren.
ui-controller-pages = Onderdelen van de verwerkingsverantwoordelijke
ui-controller-page-1 = Opsteller en belangen
ui-controller-page-2 = Doorgifte en regels
ui-controller-page-3 = Bewaartermijnen
ui-controller-page-4 = Doelbinding, noodzaak en evenredigheid
ui-controller-page-5 = Rechten en standpunten
ui-controller-to-risks = Naar risico's en actieplan
ui-controller-author-hint = Wie deze DPIA opstelt, met functie. Bijvoorbeeld: J. de Vries, privacy officer.
ui-controller-interests-hint = De belangen van de organisatie (bijvoorbeeld betere sturing op wachttijden), van de betrokkenen (bijvoorbeeld vertrouwelijkheid van hun gegevens) en van anderen (bijvoorbeeld zorgverzekeraars of de samenleving).
ui-controller-transfers-hint = Gaan er gegevens naar landen buiten de EU/EER, op welke grond (bijvoorbeeld de standaardcontractbepalingen) en wat bleek uit de doorgiftetoets (DTIA)? Gaat er niets buiten de EU/EER, schrijf dat dan op.
ui-controller-sector_rules-hint = Regels die voor uw sector of organisatie gelden, bijvoorbeeld NEN 7510 en de WGBO in de zorg, een beroepscode, of uw eigen informatiebeveiligingsbeleid.
ui-controller-retention-hint = Hoe lang rapportages en exports met persoonsgegevens bewaard blijven en wie ze opruimt. Bijvoorbeeld: rapportages tonen de laatste 24 maanden; exports worden na 30 dagen verwijderd.
ui-controller-history_retention-hint = Met { $addons } blijft de historie van de gegevens bewaard, ook nadat ze in de bron zijn verwijderd. Hoe lang, en waarom zo lang? Bijvoorbeeld: zeven jaar, vanwege de fiscale bewaarplicht.
ui-controller-history_retention-none = Er is geen add-on meer gekozen die historie bewaart; wat hier staat, blijft bewaard tot u het leegmaakt.
ui-controller-retention_per_category-hint = Per soort gegevens, bijvoorbeeld: namen tot twee jaar na het einde van de klantrelatie.
ui-controller-purpose_limitation-hint = Worden de gegevens ook gebruikt voor iets anders dan de doelen uit stap 1, en past dat bij die doelen (art. 6 lid 4 AVG)? Bijvoorbeeld: gegevens uit het EPD worden alleen voor sturing gebruikt, niet voor onderzoek.
ui-controller-necessity-hint = Waarom deze verwerking nodig is om de doelen te bereiken. Bijvoorbeeld: zonder de bronnen te koppelen is er geen betrouwbaar beeld van de wachttijden.
ui-controller-proportionality-hint = Of het doel opweegt tegen wat de verwerking betekent voor de privacy van de betrokkenen, gelet op de soort gegevens, de aantallen en de maatregelen.
ui-controller-subsidiarity-hint = Of het doel ook met minder of minder gevoelige gegevens te bereiken is (bijvoorbeeld geaggregeerd of gepseudonimiseerd), en waarom dat niet volstaat.
ui-controller-rights-hint = Hoe betrokkenen hun rechten uitoefenen (inzage, correctie, verwijdering, bezwaar), wie de verzoeken behandelt en hoe de verwerker helpt. Bijvoorbeeld: via het privacyloket, binnen een maand.
ui-controller-views-how-hint = Bijvoorbeeld: voorgelegd aan de ondernemingsraad en de cliëntenraad in maart.
ui-controller-views-why-not = Waarom niet
ui-controller-views-why-not-hint = Bijvoorbeeld: de gegevens worden al voor hetzelfde doel gebruikt en de ondernemingsraad is eerder geïnformeerd.
ui-controller-views-outcome-hint = Wat de betrokkenen of hun vertegenwoordigers vonden, en wat er met hun standpunt is gedaan.
# The risk card when no measure limits the consequences (the documents dropped doc-no-limit)
ui-risk-no-limit = Geen maatregel die hier geldt, beperkt de gevolgen.
# Review comments (issue 23)
ui-comment-general = Algemeen
ui-comment-risk = Risico { $number }: { $title }
ui-comment-measure = Maatregel { $number }: { $title }
ui-comment-part-organisation = Organisatie
ui-comment-part-services = Diensten
ui-comment-part-data = Gegevens
ui-comment-part-followups = Grondslagen
ui-comment-part-characteristics = Kenmerken
ui-comment-part-controller = Deel B van de verwerkingsverantwoordelijke
ui-comment-part-risks = Risico's
ui-comment-part-signoff = Advies en vaststelling
ui-comments-button = { $count ->
    [0] Opmerking toevoegen
    [one] 1 open opmerking
   *[other] { $count } open opmerkingen
}
ui-comments-heading = Opmerkingen
ui-comments-add = Opmerking toevoegen
ui-comments-text = Opmerking
ui-comments-reply-text = Reactie
ui-comments-reply = Reageren
ui-comments-resolve = Afhandelen
ui-comments-reopen = Heropenen
ui-comments-save = Plaatsen
ui-comments-name = Uw naam
ui-comments-role = Uw rol (bijv. FG, CISO)
ui-comments-resolved = Afgehandeld door { $who } op { $at }
ui-comments-from-word = uit Word
ui-comments-answer-changed = Het antwoord is sindsdien gewijzigd.
ui-comments-review-heading = Open opmerkingen
ui-comments-review-none = Er zijn geen open opmerkingen.
ui-comments-review-intro = { $count ->
    [one] Er staat nog 1 opmerking open. Handel hem af of laat hem bewust open voordat u vaststelt.
   *[other] Er staan nog { $count } opmerkingen open. Handel ze af of laat ze bewust open voordat u vaststelt.
}
ui-import-merge-title = Deze beoordeling staat er al
ui-import-merge-text = Het bestand is een kopie van "{ $name }". { $count ->
    [0] Het bevat geen nieuwe opmerkingen.
    [one] Het bevat 1 nieuwe opmerking, reactie of afhandeling.
   *[other] Het bevat { $count } nieuwe opmerkingen, reacties of afhandelingen.
} Antwoorden worden niet samengevoegd.
ui-import-merge-differing = Deze antwoorden verschillen van de beoordeling hier:
ui-import-merge-take = Opmerkingen overnemen
ui-import-merge-copy = Als kopie importeren
ui-import-merge-taken = { $count ->
    [0] Geen nieuwe opmerkingen om over te nemen.
    [one] 1 opmerking, reactie of afhandeling overgenomen.
   *[other] { $count } opmerkingen, reacties of afhandelingen overgenomen.
}
ui-history-comment = Opmerking
ui-history-comment-reply = Antwoord op een opmerking
ui-history-comment-status = Status van een opmerking
ui-comment-status-open = open
ui-comment-status-resolved = afgehandeld
ui-nav-review = Opmerkingen
ui-review-list-heading = Alle opmerkingen
ui-review-intro = De opmerkingen van de reviewronde bij deze DPIA. Kies er een om naar de vraag, het risico of de maatregel te gaan waar hij over gaat.
ui-review-filter-open = Alleen open opmerkingen
ui-review-filter-mine = Alleen mijn opmerkingen
ui-review-filter-mine-hint = Van mij: geplaatst onder de naam die de app het laatst heeft onthouden.
ui-review-filter-part = Onderdeel
ui-review-all-parts = Alle onderdelen
ui-review-part-organisation = Organisatie
ui-review-part-services = Diensten
ui-review-part-data = Persoonsgegevens
ui-review-part-followups = Grondslagen
ui-review-part-characteristics = Kenmerken
ui-review-part-review = Controle
ui-review-part-controller = Onderdelen verwerkingsverantwoordelijke
ui-review-part-risks = Risico's en actieplan
ui-review-part-signoff = Advies en vaststelling
ui-review-part-statement = Statement
ui-review-part-other = Algemeen
ui-review-count = { $shown } van { $total } opmerkingen getoond
ui-review-none = Er zijn nog geen opmerkingen.
ui-review-none-match = Geen opmerkingen bij deze filters.
ui-review-status-open = Open
ui-review-go = Ga naar de vraag
ui-review-go-general = Naar de algemene opmerkingen
ui-review-replies = { $count ->
    [one] 1 reactie
   *[other] { $count } reacties
}
ui-review-general-heading = Algemene opmerkingen
ui-review-general-hint = Een opmerking over de DPIA als geheel, niet over één vraag. Hij staat hier onder "Algemeen" en gaat mee in het bestand en in Word.
ui-review-open-count = { $count ->
    [one] 1 open opmerking
   *[other] { $count } open opmerkingen
}
