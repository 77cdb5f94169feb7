## DPIA Helper — Nederlandse teksten. Elke id hier moet ook in locales/en/dpia.ftl staan (een test controleert dat).

app-name = DPIA Helper
lang-nl = Nederlands
lang-en = English

## Gegevenscategorieën

category-names = Namen
category-names-help = Persoonsnamen van klanten, medewerkers, leveranciers enzovoort.
category-titles = Aanspreektitels
category-titles-help = Aanspreektitels zoals "dhr." of "dr.".
category-identifiers = Klant-, personeels- en leveranciersnummers
category-identifiers-help = Nummers die een persoon binnen uw systemen aanduiden.
category-patient_numbers = Cliënt- en patiëntnummers
category-patient_numbers-help = Nummers van zorgcliënten of patiënten; ze verraden een zorgrelatie.
category-bsn = Burgerservicenummer (BSN)
category-bsn-help = Het nationale identificatienummer. Alleen te gebruiken waar een wet dat toestaat (art. 46 UAVG).
category-addresses = Adressen
category-addresses-help = Woon- of postadressen.
category-ip_addresses = IP-adressen
category-ip_addresses-help = IP-adressen van apparaten die mensen gebruiken.
category-internet_behaviour = Internetgedrag
category-internet_behaviour-help = Klikgedrag, bezochte pagina's, zoektermen en ander gedrag online.
category-contact_details = Telefoonnummers en e-mailadressen
category-contact_details-help = Telefoonnummers en e-mailadressen.
category-job_details = Functies en werkgevers
category-job_details-help = Zakelijke functies, afdelingen en werkgevers.
category-financial = Financiële situatie
category-financial-help = Salarissen, betaalgedrag, schulden, facturen per persoon: gegevens die iemands financiële situatie laten zien.
category-location = Locatiegegevens
category-location-help = GPS-posities, routes, check-ins: waar iemand is of was.
category-health = Gezondheidsgegevens
category-health-help = Diagnoses, behandelingen, verzuim, zorgbehoefte (art. 9 AVG).
category-racial_ethnic_origin = Ras of etnische afkomst
category-racial_ethnic_origin-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-political_opinions = Politieke opvattingen
category-political_opinions-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-religious_beliefs = Religieuze of levensbeschouwelijke overtuigingen
category-religious_beliefs-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-trade_union = Lidmaatschap van een vakbond
category-trade_union-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-genetic = Genetische gegevens
category-genetic-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-biometric = Biometrische gegevens voor identificatie
category-biometric-help = Vingerafdrukken, gezichtskenmerken en vergelijkbare gegevens om iemand te identificeren (art. 9 lid 1 AVG).
category-sex_life_orientation = Seksueel gedrag of seksuele gerichtheid
category-sex_life_orientation-help = Een bijzondere categorie persoonsgegevens (art. 9 lid 1 AVG).
category-criminal = Strafrechtelijke gegevens
category-criminal-help = Gegevens over strafrechtelijke veroordelingen en strafbare feiten (art. 10 AVG; art. 31–33 UAVG).

classification-ordinary = gewoon
classification-sensitive = gevoelig
classification-special = bijzonder (art. 9 AVG)
classification-criminal = strafrechtelijk (art. 10 AVG)
classification-national_id = nationaal identificatienummer (art. 46 UAVG)

## Betrokkenen

subject-customers = Klanten
subject-employees = Medewerkers
subject-suppliers = Leveranciers en contactpersonen
subject-patients = Patiënten en zorgcliënten
subject-children = Kinderen
subject-citizens = Burgers

## Sectoren

sector-hospital = Ziekenhuis
sector-gp_post_care_group = Huisartsenpost of zorggroep
sector-care_provider = Andere zorgaanbieder
sector-health_insurer = Zorgverzekeraar
sector-municipality = Gemeente
sector-government = Andere overheidsinstantie
sector-education = Onderwijs
sector-accountancy = Accountancy en salarisadministratie
sector-financial_services = Financiële dienstverlening
sector-wholesale_retail = Groot- en detailhandel
sector-manufacturing = Industrie en installatie
sector-other = Anders

## Opties


## Kenmerken van de verwerking

characteristic-combines_sources = Combineren van datasets
characteristic-combines_sources-help = Gegevens uit verschillende bronnen of voor verschillende doelen verzameld worden gecombineerd op een manier die mensen niet verwachten.
characteristic-predictions_about_people = Voorspellingen of profielen over personen
characteristic-predictions_about_people-help = Scores, voorspellingen of profielen over individuele personen, bijvoorbeeld de kans dat een medewerker vertrekt.
characteristic-automated_decisions = Geautomatiseerde besluiten
characteristic-automated_decisions-help = Besluiten met rechtsgevolgen of vergelijkbare wezenlijke gevolgen voor mensen worden zonder betekenisvolle menselijke tussenkomst genomen.
characteristic-employee_monitoring = Controle van werknemers
characteristic-employee_monitoring-help = Activiteiten, prestaties of gedrag van medewerkers worden gevolgd.
characteristic-behaviour_monitoring = Observeren of beïnvloeden van gedrag
characteristic-behaviour_monitoring-help = Gedrag van mensen wordt geobserveerd, gevolgd of beïnvloed, bijvoorbeeld online gedrag.
characteristic-public_area_monitoring = Monitoring van een openbaar toegankelijke ruimte
characteristic-public_area_monitoring-help = Stelselmatige en grootschalige monitoring van een openbaar toegankelijke ruimte.
characteristic-service_access_decisions = Toegang tot een dienst of overeenkomst
characteristic-service_access_decisions-help = De uitkomsten bepalen of mensen een dienst mogen gebruiken of een overeenkomst kunnen sluiten.
characteristic-covert_investigation = Heimelijk onderzoek
characteristic-covert_investigation-help = Mensen worden onderzocht zonder dat zij het weten.
characteristic-blacklist = Zwarte lijsten
characteristic-blacklist-help = Lijsten van personen die worden geweigerd of voor wie wordt gewaarschuwd.
characteristic-fraud_prevention = Fraudebestrijding
characteristic-fraud_prevention-help = Gegevens worden gebruikt om fraude te voorkomen of op te sporen.
characteristic-credit_scoring = Kredietscores
characteristic-credit_scoring-help = De kredietwaardigheid of solvabiliteit van personen wordt beoordeeld.
characteristic-data_sharing_partnership = Gegevens delen in een samenwerkingsverband
characteristic-data_sharing_partnership-help = Persoonsgegevens worden gedeeld tussen samenwerkende organisaties.
characteristic-camera_surveillance = Cameratoezicht
characteristic-camera_surveillance-help = Camerabeelden van mensen worden verwerkt.
characteristic-flexible_camera_surveillance = Flexibel cameratoezicht
characteristic-flexible_camera_surveillance-help = Mobiele camera's, zoals bodycams of drones.
characteristic-communication_data = Communicatiegegevens
characteristic-communication_data-help = Inhoud of metagegevens van e-mail, telefoongesprekken of chat.
characteristic-iot_devices = Internet of Things
characteristic-iot_devices-help = Gegevens van verbonden apparaten zoals sensoren of wearables.

## AI-verordening bijlage III

ai-area-none = Geen van de gebieden uit bijlage III
ai-area-biometrics = Biometrie
ai-area-critical_infrastructure = Kritieke infrastructuur
ai-area-education = Onderwijs en beroepsopleiding
ai-area-employment = Werkgelegenheid, personeelsbeheer en toegang tot zelfstandige arbeid
ai-area-essential_services = Toegang tot essentiële particuliere en publieke diensten (bijv. kredietscores, premiebepaling van verzekeringen)
ai-area-law_enforcement = Rechtshandhaving
ai-area-migration = Migratie, asiel en grenstoezicht
ai-area-justice_democracy = Rechtsbedeling en democratische processen

## Screening: kaders en criteria

framework-art35 = Art. 35 lid 3 AVG
framework-wp248 = Criteria uit WP248 rev.01 (Artikel 29-werkgroep, onderschreven door de EDPB)
framework-dpa = Lijst van de Autoriteit Persoonsgegevens van verwerkingen waarvoor een DPIA verplicht is (Stcrt. 2019, 64418)

criterion-art35-1 = Art. 35 lid 3 onder a AVG: systematische en uitgebreide beoordeling van persoonlijke aspecten, waaronder profilering, waarop besluiten worden gebaseerd met rechtsgevolgen of vergelijkbare wezenlijke gevolgen
criterion-art35-2 = Art. 35 lid 3 onder b AVG: grootschalige verwerking van bijzondere categorieën van persoonsgegevens (art. 9 lid 1) of van gegevens over strafrechtelijke veroordelingen en strafbare feiten (art. 10)
criterion-art35-3 = Art. 35 lid 3 onder c AVG: stelselmatige en grootschalige monitoring van openbaar toegankelijke ruimten
criterion-wp248-1 = WP248-criterium 1: evaluatie of scoretoekenning, waaronder profilering en voorspelling
criterion-wp248-2 = WP248-criterium 2: geautomatiseerde besluitvorming met rechtsgevolg of vergelijkbaar wezenlijk gevolg
criterion-wp248-3 = WP248-criterium 3: stelselmatige monitoring
criterion-wp248-4 = WP248-criterium 4: gevoelige gegevens of gegevens van zeer persoonlijke aard
criterion-wp248-5 = WP248-criterium 5: op grote schaal verwerkte gegevens
criterion-wp248-6 = WP248-criterium 6: matching of samenvoeging van datasets
criterion-wp248-7 = WP248-criterium 7: gegevens over kwetsbare betrokkenen
criterion-wp248-8 = WP248-criterium 8: innovatief gebruik of toepassing van nieuwe technologische of organisatorische oplossingen
criterion-wp248-9 = WP248-criterium 9: verwerking die betrokkenen verhindert een recht uit te oefenen of gebruik te maken van een dienst of overeenkomst
criterion-dpa-1 = AP-lijst punt 1: heimelijk onderzoek
criterion-dpa-2 = AP-lijst punt 2: zwarte lijsten
criterion-dpa-3 = AP-lijst punt 3: fraudebestrijding
criterion-dpa-4 = AP-lijst punt 4: kredietscores
criterion-dpa-5 = AP-lijst punt 5: financiële situatie
criterion-dpa-6 = AP-lijst punt 6: genetische persoonsgegevens
criterion-dpa-7 = AP-lijst punt 7: gezondheidsgegevens
criterion-dpa-8 = AP-lijst punt 8: samenwerkingsverbanden
criterion-dpa-9 = AP-lijst punt 9: cameratoezicht
criterion-dpa-10 = AP-lijst punt 10: flexibel cameratoezicht
criterion-dpa-11 = AP-lijst punt 11: controle van werknemers
criterion-dpa-12 = AP-lijst punt 12: locatiegegevens
criterion-dpa-13 = AP-lijst punt 13: communicatiegegevens
criterion-dpa-14 = AP-lijst punt 14: Internet of Things
criterion-dpa-15 = AP-lijst punt 15: profilering
criterion-dpa-16 = AP-lijst punt 16: observatie en beïnvloeding van gedrag
criterion-dpa-17 = AP-lijst punt 17: biometrische gegevens

## Oordeel

verdict-required = DPIA verplicht
verdict-recommended = DPIA aanbevolen
verdict-not_required = DPIA niet verplicht
verdict-provisional = Voorlopig: { $count ->
    [one] er staat nog één vraag open
   *[other] er staan nog { $count } vragen open
  }; het oordeel kan nog zwaarder worden.
reason-art35 = { $count ->
    [one] Eén geval uit art. 35 lid 3 AVG is van toepassing: een DPIA is verplicht.
   *[other] Er zijn { $count } gevallen uit art. 35 lid 3 AVG van toepassing: een DPIA is verplicht.
  }
reason-dpa = { $count ->
    [one] Eén punt van de AP-lijst is van toepassing; elk punt maakt een DPIA verplicht.
   *[other] Er zijn { $count } punten van de AP-lijst van toepassing; elk punt maakt een DPIA verplicht.
  }
reason-wp248-many = Er zijn { $count } WP248-criteria van toepassing; vanaf twee criteria is een DPIA in de meeste gevallen verplicht.
reason-wp248-one = Eén WP248-criterium is van toepassing; een DPIA is aanbevolen (één criterium kan al genoeg zijn).
reason-none = Geen van de { $evaluated } beoordeelde criteria is van toepassing.
reason-no-personal-data = Geen enkele gebruikte dienst verwerkt persoonsgegevens, dus art. 35 AVG is niet van toepassing.
reason-large-scale = Grootschalig: meer dan { $threshold } betrokkenen in één dienst (het getal van de AP voor gezondheidsgegevens, toegepast op alle gegevens), of gezondheidsgegevens bij een ziekenhuis, huisartsenpost of zorggroep.

## Aanleidingen (de antwoorden waardoor iets van toepassing is)

trigger-service = dienst "{ $service }" wordt gebruikt
trigger-category = { $service }: { $category }
trigger-subjects = { $service }: betrokkenen "{ $group }"
trigger-estimate = { $service }: ongeveer { $count } betrokkenen
trigger-what-subjects = betrokkenen "{ $group }"
trigger-what-estimate = ongeveer { $count } betrokkenen
trigger-grouped = { $what } ({ $services })
trigger-services = { $count ->
    [one] gebruikte dienst: { $services }
   *[other] gebruikte diensten: { $services }
  }
trigger-sector = sector: { $sector }
trigger-characteristic = kenmerk: { $characteristic }
trigger-ai-area = gebied uit bijlage III AI-verordening: { $area }
trigger-map-visual = kaartvisual: { $visual }
trigger-missing-follow-up = niet beantwoord: { $field }
trigger-statement-version = beoordeling gebaseerd op versie { $assessment }, gebruikt statement is versie { $statement }
trigger-review-date = voorgestelde herzieningsdatum { $date }

field-bsn_basis = wettelijke grondslag voor het BSN
field-criminal_basis = grondslag voor strafrechtelijke gegevens
field-special-exception = uitzondering voor { $category }

## Signaleringen

severity-blocking = Blokkerend
severity-warning = Let op
severity-info = Ter informatie

flag-bsn_without_basis = BSN zonder wettelijke grondslag
flag-bsn_without_basis-detail = Het BSN mag alleen worden gebruikt ter uitvoering van een wet of waar een wet dat toestaat (art. 46 UAVG). Noem de wettelijke grondslag (bijvoorbeeld de Wabvpz voor zorgaanbieders) voordat het BSN wordt aangeleverd.
flag-special_category_without_exception = { $category } zonder uitzondering
flag-special_category_without_exception-detail = Het verwerken van { $category } is verboden tenzij een uitzondering uit art. 9 lid 2 AVG van toepassing is (art. 22–30 UAVG voor de Nederlandse uitzonderingen). Noem de uitzondering waarop u zich beroept.
flag-criminal_without_basis = Strafrechtelijke gegevens zonder grondslag
flag-criminal_without_basis-detail = Strafrechtelijke gegevens mogen alleen worden verwerkt onder toezicht van de overheid of waar de wet dat toestaat (art. 10 AVG; art. 31–33 UAVG). Noem de grondslag.
flag-statement_not_designed_for_special_data = Het statement dekt deze gegevens niet
flag-statement_not_designed_for_special_data-detail = Tenzij het statement anders vermeldt, is de dienst niet ingericht op bijzondere, strafrechtelijke of door de overheid uitgegeven persoonsnummers (standaardclausule 3.2).
flag-transfer_development_outside_eea = Doorgiftetoets (DTIA) nodig: ontwikkelwerk buiten de EU/EER
flag-transfer_development_outside_eea-detail = Tijdens tijdelijke ontwikkel- en beheerwerkzaamheden { $count ->
    [one] verwerkt
   *[other] verwerken
  } { $parties } gegevens deels buiten de EU/EER, op basis van { $instrument }. Een doorgifte op basis van standaardcontractbepalingen vraagt om een doorgiftetoets (Schrems II; EDPB-aanbevelingen 01/2020).
flag-transfer_map_visuals = Doorgiftemechanisme nagaan: kaartvisuals
flag-transfer_map_visuals-detail = De gekozen kaartvisuals sturen adres- en locatiequery's naar { $vendors }, waarvan de diensten buiten de regio van de tenant kunnen liggen. Ga na welk doorgiftemechanisme van toepassing is (adequaatheidsbesluit, EU-VS Data Privacy Framework, standaardcontractbepalingen) en leg het vast; een doorgiftetoets is alleen nodig waar op standaardcontractbepalingen of een ander instrument van art. 46 AVG wordt gesteund.
flag-map_vendors_recipients = Kaartleveranciers ontvangen adresquery's
flag-map_vendors_recipients-detail = Bij publicatie in de eigen tenant van de klant zijn de kaartleveranciers verwerkers van de klant zelf, geen subverwerkers van de verwerker; in de tenant van de verwerker zijn het subverwerkers van de verwerker.
flag-retention_beyond_source = Gegevens bewaard na verwijdering in de bron
flag-retention_beyond_source-detail = Normaal spiegelt elke vernieuwing verwijderingen uit de bron. Met { $options } blijven gegevens bewaard die de bron heeft verwijderd: stel voor die historie een bewaartermijn vast.
flag-nen7510 = Gezondheidsgegevens: NEN 7510
flag-nen7510-detail = Zorgaanbieders moeten voor gezondheidsinformatie voldoen aan NEN 7510 en houden hun leveranciers daaraan. De verwerker: { $certificate }.
flag-ai_act_annex_iii = AI-verordening bijlage III: { $area }
flag-ai_act_annex_iii-detail = De verwerker biedt geen AI met een hoog risico aan, maar gebruik van de ML-dienst op dit gebied kan het systeem van de klant hoog-risico maken onder de AI-verordening (Verordening (EU) 2024/1689, bijlage III). Beoordeel de verplichtingen uit de AI-verordening.
flag-certificate_expires_before_review = Certificaat { $certificate } verloopt op { $date }
flag-certificate_expires_before_review-detail = Het certificaat verloopt vóór de voorgestelde herzieningsdatum: vraag bij de herziening om het vernieuwde certificaat.
flag-statement_version_mismatch = Andere versie van het statement
flag-statement_version_mismatch-detail = De antwoorden zijn gegeven bij een andere versie van het statement. Controleer wat er is gewijzigd (standaardclausule 2.2).

## Subverwerkers en kaartleveranciers

subprocessor-reason-platform = alle diensten draaien op zijn platform
subprocessor-reason-development_work = tijdelijke ontwikkel- en beheerwerkzaamheden aan de gebruikte diensten
location-eu_eea = EU/EER
location-outside_eu_eea_temporary = tijdelijk buiten de EU/EER
location-outside_eu_eea = buiten de EU/EER
vendor-role-processor_sub_processor = subverwerker van de verwerker (rapportages in de tenant van de verwerker)
vendor-role-clients_own = verwerker van de klant zelf (rapportages in de tenant van de klant)
vendor-role-undetermined = hangt af van waar rapportages worden gepubliceerd (nog niet beantwoord)

## Open vragen

question-organisation_name = Wat is de naam van de organisatie?
question-sector = In welke sector zit de organisatie?
question-assessment_date = Wat is de datum van de beoordeling?
question-purposes = Wat zijn de doelen van de verwerking?
question-service_used = Wordt "{ $service }" gebruikt?
question-subjects = Van wie stromen er gegevens door "{ $service }"?
question-estimate = Over hoeveel betrokkenen gaat "{ $service }" ongeveer?
question-characteristics = Welke kenmerken van de verwerking zijn van toepassing?
question-ai_act_area = Wordt de ML-dienst gebruikt op een gebied uit bijlage III van de AI-verordening?

## Risico's

level-low = laag
level-medium = middel
level-high = hoog

risk-unauthorised_access-title = Onbevoegde toegang tot rapportages of het datawarehouse
risk-unauthorised_access-description = Te ruim gedeelde rapportages, openbare publicatie of zwakke toegangsrechten maken persoonsgegevens zichtbaar voor mensen die ze niet mogen zien.
risk-sub_processor_breach-title = Datalek bij een subverwerker
risk-sub_processor_breach-description = Een datalek bij een subverwerker ({ $platform } of een andere) treft de gegevens van de klant.
risk-transfer_outside_eea-title = Doorgifte buiten de EU/EER tijdens ontwikkelwerk
risk-transfer_outside_eea-description = Tijdens ontwikkeling en beheer { $count ->
    [one] verwerkt
   *[other] verwerken
  } { $parties } gegevens tijdelijk buiten de EU/EER, waar lokale autoriteiten toegang kunnen krijgen.
risk-foreign_authority_access-title = Toegang door buitenlandse autoriteiten tot clouddata
risk-foreign_authority_access-description = Een cloudleverancier die onder niet-EU-recht valt (bijvoorbeeld de Amerikaanse CLOUD Act) kan worden bevolen in de EU opgeslagen gegevens af te geven.
risk-map_visual_disclosure-title = Adressen naar kaartleveranciers
risk-map_visual_disclosure-description = De gekozen kaartvisuals sturen adres- en locatiequery's naar { $vendors }, buiten de regio van de tenant.
risk-function_creep-title = Doelverschuiving door gecombineerde datasets
risk-function_creep-description = Gecombineerde bronnen in het datawarehouse nodigen uit tot gebruik voor andere doelen dan waarvoor de gegevens zijn verzameld.
risk-excessive_retention-title = Gegevens langer bewaard dan nodig
risk-excessive_retention-description = Met { $options } blijven gegevens die in de bron zijn verwijderd in het datawarehouse staan.
risk-reidentification-title = Herleidbaarheid via kleine groepen in rapportages
risk-reidentification-description = Rapportages over kleine groepen (een afdeling, een verpleegafdeling) laten lezers personen en hun gevoelige gegevens herkennen.
risk-inaccurate_decisions-title = Onjuiste of verouderde gegevens sturen besluiten over personen
risk-inaccurate_decisions-description = Fouten in bronnen, koppelingen of modellen leiden tot verkeerde conclusies over individuele personen.
risk-profiling-title = Profilering door machine learning
risk-profiling-description = Modellen voorspellen of scoren individuele personen, wat discriminerend of ondoorzichtig kan zijn.
risk-sensitive_data_spread-title = Gezondheidsgegevens, BSN of andere gevoelige gegevens verder verspreid dan nodig
risk-sensitive_data_spread-description = Gevoelige gegevens die naar het datawarehouse en rapportages worden gerepliceerd, bereiken meer mensen en plaatsen dan nodig.
risk-rights_not_honoured-title = Rechten van betrokkenen niet uitgevoerd in alle kopieën
risk-rights_not_honoured-description = Verzoeken om inzage, rectificatie of verwijdering worden in de bron afgehandeld, maar niet in het datawarehouse, de historie of exports.

## Bronnen

source-item = Data Pro Statement, punt { $item }
source-clause = Standaardclausules, artikel { $number }
source-answer = antwoord van de klant

## Opdrachtregel

cli-statement = Statement
cli-verdict = Oordeel
cli-reasons = Redenen
cli-hits = Criteria die van toepassing zijn
cli-because = vanwege
cli-not-hit = Beoordeeld en niet van toepassing
cli-flags = Signaleringen
cli-sub-processors = Subverwerkers die van toepassing zijn
cli-map-recipients = Kaartleveranciers
cli-open-questions = Open vragen
cli-none = geen
cli-dates = Data
cli-date-assessment = Datum van de beoordeling
cli-date-valid-from = Statement geldig vanaf
cli-date-review = Voorgestelde herzieningsdatum
cli-date-termination = Laatste dag om op te zeggen na kennisgeving van deze versie (clausule 2.2)
cli-certificate = Certificaat { $standard } ({ $number }), geldig tot { $date }
cli-risks = Risicoregister
cli-risk-before = vóór maatregelen
cli-risk-after = na maatregelen
cli-risk-measures = Maatregelen uit het statement
cli-risk-controller = Voorgestelde maatregelen van de verwerkingsverantwoordelijke
cli-prior-consultation = Restrisico hoog: voorafgaande raadpleging van de AP aangewezen (art. 36 AVG), tenzij de maatregelen van de verwerkingsverantwoordelijke het verlagen.
cli-no-risks = Er zijn geen risico's van toepassing: er stromen geen persoonsgegevens door de gebruikte diensten.
cli-valid = { $file }: geldige beoordeling ({ $client })
cli-written = Geschreven: { $file }
cli-statement-processor = Verwerker
cli-statement-contact = Contactpersoon privacy
cli-statement-version = Versie
cli-statement-discrepancy = Opmerking over de versie

## Foutmeldingen

error-title = Fout
error-file_read = { $file }: het bestand kan niet worden gelezen: { $reason }
error-file_too_large = { $file }: het bestand is { $size } bytes; een beoordelingsbestand is hooguit { $max } bytes.
error-file_empty = { $file }: het bestand is leeg.
error-file_not_text = { $file }: regel { $line }: het bestand is geen UTF-8-tekst.
error-file_syntax = { $file }: regel { $line }, kolom { $column }: geen geldige JSON ({ $reason }).
error-file_not_assessment = { $file }: dit is geen beoordeling van DPIA Helper (veld "format" is { $found }).
error-file_version = { $file }: veld "version": { $found } is geen versie die dit programma kan lezen.
error-file_field = { $file }: regel { $line }, kolom { $column }: veld "{ $path }": { $reason }
error-file_invalid = { $file }: veld "{ $path }": { $reason }
error-file_exists = { $file }: het bestand bestaat al; kies een andere naam of gebruik --force.
error-file_write = { $file }: het bestand kan niet worden geschreven: { $reason }
error-pdf_without_data = { $file } is een PDF zonder gegevens van DPIA Helper: het is niet door DPIA Helper geëxporteerd, of het programma dat het als laatste heeft opgeslagen heeft de gegevens weggelaten. Importeer het .dpia.json-bestand, of een PDF- of Word-document dat door DPIA Helper is geëxporteerd.
error-docx_without_data = { $file } is een Word-document zonder gegevens van DPIA Helper: het is niet door DPIA Helper geëxporteerd, of het programma dat het als laatste heeft opgeslagen heeft de gegevens weggelaten. Importeer het .dpia.json-bestand, of een PDF- of Word-document dat door DPIA Helper is geëxporteerd.
error-pdf_corrupt = { $file }: de PDF is beschadigd en kan niet worden gelezen ({ $reason }).
error-docx_corrupt = { $file }: het Word-document is beschadigd en kan niet worden gelezen ({ $reason }).
error-document_too_large = { $file }: het document is { $size } bytes, te groot om te lezen (DPIA Helper leest documenten van hooguit { $max } bytes).
error-statement_read = { $file }: het statement kan niet worden gelezen: { $reason }
error-statement_parse = { $file }: regel { $line }, kolom { $column }: { $reason }
error-statement_invalid = { $file }: { $reason }
error-bad_date = "{ $value }" is geen datum; gebruik JJJJ-MM-DD.
error-document_unpacks_too_large = { $file }: het document is te groot om te lezen: een deel ervan is groter dan { $max } bytes, of wordt dat bij het uitpakken. Een document van DPIA Helper blijft daar ver onder; dit kan een zogeheten compressiebom zijn.
error-pdf_too_many_objects = { $file }: de PDF bevat te veel objecten om te lezen (DPIA Helper stopt bij { $max } om niet vast te lopen); een PDF van DPIA Helper heeft er veel minder.
error-pdf_too_many_attachments = { $file }: de PDF noemt meer dan { $max } bijlagen of vermeldingen van bijlagen, meer dan DPIA Helper leest; een PDF van DPIA Helper heeft er één.
error-docx_too_many_entries = { $file }: het Word-document bestaat uit meer dan { $max } onderdelen (bestanden in het zip-archief), meer dan DPIA Helper leest; een Word-document van DPIA Helper heeft er een stuk of twintig.
error-document_too_deep = { $file }: het document is te diep genest om te lezen (meer dan { $max } niveaus); een document van DPIA Helper heeft er maar een paar.
error-statement_not_loaded = { $file } is gebaseerd op het statement { $statement }, dat niet is geladen (het statement in gebruik is { $loaded }); geef het bestand van dat statement mee met --statement BESTAND (bijvoorbeeld statements/*.toml).

## Documenten: algemeen

doc-starter-title = DPIA-aanzet
doc-summary-title = Samenvatting onboarding
doc-subject = Gegevensbeschermingseffectbeoordeling (DPIA, art. 35 AVG)
doc-attachment-description = De antwoorden van deze beoordeling (uitwisselbestand van DPIA Helper). Importeer dit document of dit bestand in DPIA Helper om ermee verder te werken.
doc-attachment-elsewhere = Dit Markdown-bestand bevat de antwoorden niet. De PDF- en Word-versie van dit document bevatten ze wel: DPIA Helper importeert elk van beide, en het commando dpia import schrijft de antwoorden weg als .dpia.json-bestand. DPIA Helper kan de beoordeling zelf ook als .dpia.json-bestand exporteren.
doc-header = { $title } — { $client } — { $status }
doc-page-of = Pagina {"{"}page{"}"} van {"{"}pages{"}"}
doc-contents = Inhoud
doc-client-unnamed = (klant nog niet benoemd)
doc-placeholder = In te vullen door de verwerkingsverantwoordelijke: { $what }
doc-yes = ja
doc-no = nee
doc-unanswered = niet beantwoord
doc-no-personal-data = geen persoonsgegevens
doc-cover-processor = Verwerker: { $processor } — Data Pro Statement { $version }
doc-cover-date = Datum beoordeling: { $date }
doc-cover-status = Documentstatus: { $status } — versie { $version }
doc-status-concept = concept

## Documenten: kolommen

doc-col-field = Veld
doc-col-value = Waarde
doc-col-criterion = Criterium
doc-col-triggers = Aanleiding
doc-col-severity = Soort
doc-col-flag = Signalering
doc-col-service = Dienst
doc-col-category = Persoonsgegevens
doc-col-classification = Classificatie
doc-col-subjects = Betrokkenen
doc-col-source = Bron
doc-col-party = Partij
doc-col-role = Rol
doc-col-law = Regel
doc-col-basis = Uitzondering of grondslag
doc-col-number = #
doc-col-risk = Risico
doc-col-origin = Oorsprong
doc-col-level = Risiconiveau
doc-col-statement-measures = Maatregelen in het statement
doc-col-controller-measures = Maatregelen van de verwerkingsverantwoordelijke
doc-col-residual = Restrisico
doc-col-owner = Eigenaar
doc-col-location = Locatie
doc-col-safeguard = Waarborg bij doorgifte
doc-col-why = Waarom van toepassing
doc-col-fact = Feit
doc-col-section = Onderdeel
doc-col-open = In te vullen
doc-col-client = Klant
doc-col-sector = Sector
doc-col-contact = Contactpersoon
doc-col-used = Gebruikt

## Documenten: DPIA-aanzet

doc-about = Over dit document
doc-about-text = Dit is een aanzet voor een gegevensbeschermingseffectbeoordeling (DPIA, art. 35 AVG) volgens het Model DPIA Rijksdienst (delen A–D, punten 1–17). Het is vooraf ingevuld uit het Data Pro Statement van de verwerker en uit de antwoorden van de klant; de verwerkingsverantwoordelijke vult het aan, de functionaris gegevensbescherming adviseert erover en de verwerkingsverantwoordelijke stelt het vast.
doc-about-sources = Bij elk vooraf ingevuld feit staat waar het vandaan komt, bijvoorbeeld
doc-about-placeholders = Alles wat alleen de verwerkingsverantwoordelijke kan bepalen is zo gemarkeerd en staat in de bijlage "Open punten":
doc-meta-version = Documentversie
doc-meta-status = Status
doc-meta-date = Datum
doc-meta-statement = Data Pro Statement
doc-meta-author = Opsteller
doc-version-note = Opmerking over de versie van het statement:
doc-what-author = naam en functie van de opsteller

doc-summary = Managementsamenvatting
doc-summary-blocking = Blokkerende punten
doc-summary-next = Vervolgstappen
doc-risk-line = { $number } { $title }: { $before } vóór maatregelen, { $after } na maatregelen

doc-screening = Screening: is een DPIA verplicht?
doc-screening-intro = De antwoorden zijn getoetst aan art. 35 lid 3 AVG, de negen criteria uit richtlijn WP248 rev.01 (Artikel 29-werkgroep, onderschreven door de EDPB) en de zeventien soorten verwerkingen op de lijst van de Autoriteit Persoonsgegevens. Een DPIA is verplicht als een geval uit art. 35 lid 3 of een punt van de AP-lijst van toepassing is, of als twee of meer WP248-criteria van toepassing zijn; bij één WP248-criterium is een DPIA aanbevolen.
doc-screening-no-hits = Geen enkel criterium is van toepassing.
doc-flags = Signaleringen

doc-part-a = Deel A — Beschrijving van de verwerking
doc-a1 = 1. Voorstel
doc-a1-services = Diensten van de verwerker die de klant afneemt:
doc-a2 = 2. Persoonsgegevens
doc-a2-intro = De persoonsgegevens, geclassificeerd zoals in het Model DPIA (gewoon, gevoelig, bijzonder (art. 9 AVG), strafrechtelijk (art. 10 AVG) of nationaal identificatienummer (art. 46 UAVG)), met de diensten waar ze doorheen gaan; daarna per dienst van wie de gegevens zijn en waar ze vandaan komen.
doc-a3 = 3. Verwerkingen
doc-a3-flow = De gegevens stromen van de bronsystemen naar de rapportages:
doc-a4 = 4. Technieken en methoden
doc-a5 = 5. Doeleinden
doc-a6 = 6. Betrokken partijen en hun rollen
doc-role-controller = verwerkingsverantwoordelijke
doc-role-processor = verwerker (nooit verwerkingsverantwoordelijke)
doc-role-sub-processor = subverwerker van { $processor }
doc-dpo = Functionaris gegevensbescherming
doc-a7 = 7. Belangen
doc-a8 = 8. Verwerkingslocaties en doorgifte
doc-map-location = buiten de regio van de tenant
doc-a9 = 9. Juridisch en beleidsmatig kader
doc-law-gdpr = Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG (UAVG)
doc-law-code = Data Pro Code (NLdigital, een gedragscode in de zin van art. 40 AVG) met de Standaardclausules voor verwerkingen als verwerkersovereenkomst (art. 28 lid 3 AVG)
doc-law-nen7510 = NEN 7510 (informatiebeveiliging in de zorg): { $certificate }
doc-law-bsn = Art. 46 UAVG en de wet die het gebruik van het BSN voorschrijft of toestaat
doc-law-ai-act = AI-verordening (Verordening (EU) 2024/1689) voor het gebruik van machine learning
doc-a10 = 10. Bewaartermijnen
doc-a10-no-addons = Niet afgenomen: { $addons }. Verwijderingen in de bron worden bij elke vernieuwing gespiegeld.
doc-a10-addons = Afgenomen: { $addons }. Gegevens die de bron heeft verwijderd, blijven in het datawarehouse bewaard.

doc-part-b = Deel B — Rechtmatigheid
doc-b11 = 11. Rechtsgrond
doc-b11-intro = De verwerkingsverantwoordelijke noemt per doel de grondslag uit art. 6 lid 1 AVG.
doc-b12 = 12. Bijzondere, strafrechtelijke en identificerende gegevens
doc-b12-none = Er worden geen bijzondere persoonsgegevens, strafrechtelijke gegevens of BSN aangeleverd.
doc-b12-law-special = Art. 9 lid 2 AVG; art. 22–30 UAVG
doc-b12-law-criminal = Art. 10 AVG; art. 31–33 UAVG
doc-b12-law-bsn = Art. 46 UAVG
doc-b12-statement = Volgens het statement kunnen de diensten deze soorten gegevens verwerken; classificeren en beslissen is de verantwoordelijkheid van de verwerkingsverantwoordelijke.
doc-b13 = 13. Doelbinding
doc-b14 = 14. Noodzaak en evenredigheid
doc-b15 = 15. Rechten van betrokkenen

doc-part-c = Deel C — Risico's
doc-c16 = 16. Risico's voor betrokkenen
doc-c16-intro = De risico's die bij deze antwoorden horen, met de kans en impact die de app berekent (laag, middel, hoog, vóór maatregelen). De verwerkingsverantwoordelijke bevestigt elk risico, past het aan met een reden, of verklaart het met een reden niet van toepassing.
doc-impact-rule = De impact is één stap hoger bij bijzondere persoonsgegevens, strafrechtelijke gegevens, het BSN of kwetsbare betrokkenen.
doc-likelihood = Kans
doc-impact = Impact
doc-matrix-before = Risicomatrix vóór maatregelen
doc-matrix-after = Risicomatrix na maatregelen

doc-part-d = Deel D — Maatregelen
doc-d17 = 17. Maatregelen en restrisico
doc-d17-intro = Per risico: de maatregelen die het statement al dekt en de maatregelen van de verwerkingsverantwoordelijke, elk met wat die verlaagt, en het restrisico dat daaruit volgt, met de redenering.
doc-art36 = Voorafgaande raadpleging (art. 36 AVG)
doc-art36-no = Geen enkel restrisico is hoog: voorafgaande raadpleging van de Autoriteit Persoonsgegevens is niet aangewezen.
doc-art36-yes = Hoog restrisico bij { $risks }. Tenzij de eigen maatregelen van de verwerkingsverantwoordelijke het verlagen, moet de Autoriteit Persoonsgegevens vóór de verwerking worden geraadpleegd (art. 36 lid 1 AVG; de AP antwoordt binnen acht weken, met zes weken te verlengen).

doc-dpo-advice = Advies van de functionaris gegevensbescherming
doc-dpo-advice-intro = De verwerkingsverantwoordelijke wint bij het uitvoeren van een DPIA het advies in van de functionaris gegevensbescherming (art. 35 lid 2 AVG).
doc-sign-off = Vaststelling
doc-review = Herziening
doc-review-text = Voorgestelde herzieningsdatum: { $date }. Herzie eerder als de verwerking of de risico's veranderen (art. 35 lid 11 AVG).
doc-termination = Na kennisgeving van deze versie van het statement kan de klant de verwerkersovereenkomst opzeggen tot en met { $date }.

doc-annex-sub-processors = Bijlage 1 — Subverwerkers die van toepassing zijn
doc-no-transfer = niet nodig (EU/EER)
doc-annex-facts = Bijlage 2 — Gebruikte feiten uit het statement
doc-facts-quoted = De tekst van het statement, geciteerd, per gedrukt itemnummer.
doc-facts-translated = De tekst van het statement in Engelse vertaling (de Nederlandse tekst is bindend), per gedrukt itemnummer.
doc-annex-open = Bijlage 3 — Open punten
doc-open-intro = { $count ->
    [one] Er staat nog één punt open.
   *[other] Er staan nog { $count } punten open.
  }
doc-open-questions-section = Vragenlijst


doc-what-description = een beschrijving van het voorstel
doc-what-services = welke diensten worden afgenomen
doc-what-data = welke persoonsgegevens worden aangeleverd
doc-what-purposes = de doeleinden van de verwerking
doc-what-dpo = de functionaris gegevensbescherming
doc-what-interests = de belangen van de verwerkingsverantwoordelijke, de betrokkenen en anderen bij de verwerking
doc-what-dtia = het doorgiftemechanisme en de uitkomst van de doorgiftetoets
doc-what-sector-rules = sectorregels en intern beleid die van toepassing zijn
doc-what-history-retention = hoe lang gegevens bewaard blijven die met { $addons } worden bewaard
doc-what-retention = de bewaartermijnen van de gegevens in rapportages en exports
doc-what-legal-basis = de grondslag per doel (art. 6 lid 1 AVG)
doc-what-exception = de uitzondering of grondslag voor { $category }
doc-what-purpose-limitation = of verder gebruik verenigbaar is met de oorspronkelijke doelen (art. 6 lid 4 AVG)
doc-what-subsidiarity = of de doelen met minder gegevens of minder ingrijpende middelen te bereiken zijn
doc-what-proportionality = of de doelen opwegen tegen de inbreuk voor de betrokkenen
doc-what-rights-procedure = hoe verzoeken van betrokkenen worden afgehandeld, ook in het datawarehouse
doc-what-art36-decision = het besluit over voorafgaande raadpleging
doc-what-dpo-advice = het advies over deze DPIA (art. 35 lid 2 en art. 39 lid 1 onder c AVG)
doc-what-dpo-date = datum van het advies
doc-what-advice-followed = of het advies wordt gevolgd, en zo niet, waarom niet
doc-what-signer-name = naam van wie de DPIA vaststelt
doc-what-signer-role = functie
doc-what-signer-date = datum van vaststelling

## Documenten: samenvatting onboarding

doc-summary-verdict = Oordeel
doc-summary-services = Diensten en opties
doc-summary-red-flags = Rode vlaggen
doc-summary-sub-processors = Subverwerkers die van toepassing zijn
doc-send-starter = Stuur de klant de DPIA-aanzet (Word) om aan te vullen.
doc-send-statement = Stuur het Data Pro Statement { $statement } met de Standaardclausules voor verwerkingen.
doc-send-nothing-missing = Alle vragen zijn beantwoord; er is verder niets nodig om te beginnen.
doc-client-must-supply = De klant moet nog aanleveren:
error-store_open = { $file }: de database kan niet worden geopend: { $reason }
error-store_locked = { $file }: de database is in gebruik door een ander programma, of door DPIA Helper van een andere gebruiker of op een andere computer. Sluit het daar en kies dan "Opnieuw proberen".
error-store_corrupt = { $file }: de database is beschadigd of is geen database van DPIA Helper ({ $reason }). Er is niets aan veranderd.
error-store_newer = { $file }: de database is geschreven door een nieuwere DPIA Helper (schema { $version }). Er is niets aan veranderd.
error-store_not_found = Beoordeling { $id } bestaat niet (meer).
error-store_bad_field = Veld "{ $field }": { $reason }
error-store_sql = Databasefout: { $reason }
trigger-option = { $option } gekozen
trigger-environment = { $option }: { $environment }
trigger-option-choice = { $option }: { $choice }
trigger-all-services = alle diensten
list-and = { $first } en { $last }
subprocessor-reason-option = { $option } wordt gebruikt
subprocessor-reason-service = de dienst "{ $service }" wordt gebruikt
flag-option_sub_processors = { $option }: { $count ->
    [one] één extra subverwerker
   *[other] { $count } extra subverwerkers
  }
flag-option_sub_processors-detail = Met { $option } verwerken ook { $parties } gegevens. Controleer hun voorwaarden en deel alleen de gegevens die nodig zijn.
flag-no-safeguard = geen doorgifte-instrument genoemd in het statement
flag-nen7510-no-certificate = het statement noemt geen NEN 7510-certificaat
question-option = Wat is het antwoord op "{ $option }"?
risk-option_sub_processors-title = Extra subverwerkers door { $options }
risk-option_sub_processors-description = Met { $options } verwerken ook { $option_parties } de gegevens, elk met een eigen beveiliging en eigen subverwerkers.
lowers-likelihood = verlaagt de kans
lowers-impact = verlaagt de impact

## Maatregelen die de app de verwerkingsverantwoordelijke voorstelt (per risico)

measure-role_based_access = Rolgebaseerde toegang in rapportages en het datawarehouse
measure-no_publish_to_web = Geen openbare publicatie of openbare links voor rapportages met persoonsgegevens
measure-sharing_review = Elk kwartaal nalopen met wie rapportages worden gedeeld
measure-breach_contact = Het meldpunt datalekken bekend en actueel houden bij de verwerker
measure-breach_rehearsal = De melding aan de AP binnen 72 uur oefenen (art. 33 AVG)
measure-transfer_assessment = Een doorgiftetoets uitvoeren en vastleggen
measure-test_data_for_development = Afspreken dat ontwikkelwerk test- of gepseudonimiseerde gegevens gebruikt
measure-pseudonymise_identifiers = Directe identificatoren pseudonimiseren waar rapportages ze niet nodig hebben
measure-no_addresses_on_maps = Geen persoonlijke adressen op kaartvisuals zetten
measure-aggregate_locations = Locaties aggregeren tot postcodegebied voordat ze een kaart bereiken
measure-purposes_per_dataset = De doelen per dataset in het datawarehouse vastleggen
measure-approve_new_reports = Elke nieuwe rapportage toetsen aan de vastgelegde doelen
measure-retention_period = Een bewaartermijn vaststellen voor gegevens die na verwijdering in de bron bewaard blijven, en die laten afdwingen
measure-minimum_group_size = Cijfers voor groepen onder een minimale omvang onderdrukken
measure-limit_drill_down = Doorklikken naar individuele records beperken tot bevoegde rollen
measure-human_review = Elk besluit over een persoon door een mens laten beoordelen
measure-data_quality_checks = De kwaliteit van brongegevens en koppelingen controleren voor gebruik
measure-bias_testing = Modellen vóór gebruik en bij elke hertraining testen op vooringenomenheid
measure-explain_scores = Scores en hun belangrijkste factoren uitleggen aan de betrokkenen
measure-human_in_decisions = Een mens betrekken bij elk besluit dat op een model steunt
measure-needed_columns_only = Alleen de kolommen selecteren die elke rapportage nodig heeft
measure-pseudonymise_numbers = BSN en patiëntnummers in rapportages pseudonimiseren
measure-rights_procedure_covers_copies = Het datawarehouse, de historie en exports opnemen in de procedure voor verzoeken van betrokkenen
measure-check_sub_processor_terms = De overeenkomsten en de beveiliging van deze subverwerkers controleren
measure-share_only_needed = Via deze optie alleen de benodigde gegevens delen

## Waarom een veld van een bestand niet klopt

found-text = de tekst "{ $value }"
found-number = het getal { $value }
found-true = true (waar)
found-false = false (onwaar)
found-null = null (leeg)
found-list = een lijst
found-object = een object
expected-whole-number = een geheel getal van 0 of meer
expected-number = een getal
expected-text = een tekst
expected-yes-no = true of false
expected-list = een lijst
expected-object = een object ({"{"} … {"}"})
expected-date = een datum (JJJJ-MM-DD)
expected-environment = "processor" of "client"
expected-id = een van { $ids }
reason-unknown-id = "{ $found }" is geen bekende waarde; toegestaan zijn { $allowed }
reason-unknown-id-bare = "{ $found }" is geen bekende waarde
reason-unknown-field = dit bestandsformaat heeft geen veld "{ $found }"; toegestaan zijn { $allowed }
reason-missing-field = dit veld ontbreekt
reason-duplicate-field = het veld "{ $name }" staat er twee keer in
reason-wrong-value = { $found } is hier niet toegestaan; verwacht is { $expected }
reason-not-a-date = "{ $value }" is geen datum; schrijf hem als JJJJ-MM-DD
reason-empty = mag niet leeg zijn
reason-not-special-category = dit is geen bijzondere categorie (art. 9 AVG); geef de grondslag voor het BSN of voor strafrechtelijke gegevens in hun eigen velden
reason-unchangeable = kan niet worden gewijzigd
reason-wrong-option-answer = het antwoord past niet bij deze optie; verwacht is { $expected }
reason-other = { $text } (Engelstalige melding van het programma)
syntax-end-of-file = het bestand houdt te vroeg op; het is mogelijk afgebroken
syntax-expected-colon = na een veldnaam ontbreekt een ":"
syntax-expected-comma = er ontbreekt een "," of een sluithaakje
syntax-expected-value = een waarde ontbreekt of is ongeldig
syntax-expected-quote = er ontbreekt een aanhalingsteken (")
syntax-invalid-escape = een escapereeks (\…) is ongeldig
syntax-invalid-number = een getal is ongeldig
syntax-number-out-of-range = een getal is te groot
syntax-control-character = er staat een stuurteken in een tekst
syntax-key-must-be-text = een veldnaam moet tekst tussen aanhalingstekens zijn
syntax-trailing-comma = er staat een "," vlak voor een sluithaakje
syntax-trailing-characters = na het einde van de gegevens staat nog tekst
syntax-too-deep = de gegevens zijn te diep genest
found-missing = ontbreekt
error-file_not_object = { $file }: dit is geen beoordeling van DPIA Helper (het bestand is geen JSON-object).
error-file_newer = { $file }: geschreven door een nieuwere DPIA Helper (bestandsversie { $found }; deze versie leest tot en met { $max }). Werk DPIA Helper bij om het te openen.
source-derived = afgeleid uit { $source }
cli-valid-until = geldig tot { $date }
error-store_statement_exists = Het statement { $statement } staat al in de app.
error-statement_not_found = Het statement { $statement } is niet bekend in deze app.
error-statement_embedded = Het statement dat in de app is ingebouwd heeft geen eigen datum van kennisgeving; leg de datum vast bij de beoordeling.
error-statement_other_processor = Het statement { $statement } is van een andere verwerker dan { $processor }, op wiens statement deze beoordeling is gebaseerd.
diff-added = toegevoegd
diff-removed = verwijderd
diff-changed = gewijzigd
diff-moved = verplaatst naar een ander punt
error-store_read_only = { $file }: de database is alleen-lezen (het bestand of de map kan niet worden geschreven), dus er kunnen geen antwoorden in worden bewaard. Er is niets aan veranderd.
error-store_folder_read_only = { $folder }: in deze map kan niet worden geschreven (alleen-lezen), dus er kan geen nieuwe database in worden gemaakt. Er is niets veranderd.
error-store_empty = { $file }: het bestand is leeg (0 bytes), dus het is geen database van DPIA Helper. Er is niets aan veranderd.
reason-missing-field-named = het veld "{ $name }" ontbreekt

## Bestanden die de gebruiker koos (dialoogtokens)

error-grant_unknown = Dit bestand is niet gekozen in een bestandsdialoog sinds DPIA Helper is gestart, dus het wordt niet gebruikt. Kies het bestand opnieuw met de knop.
error-grant_wrong_purpose = Dit bestand is gekozen om { $granted }, niet om { $wanted }, dus het wordt daar niet voor gebruikt. Kies het bestand opnieuw met de knop.
error-bad_purpose = "{ $value }" is geen soort bestandsdialoog.
error-show_in_folder = { $file }: de map kan niet worden getoond: { $reason }
error-open_document = { $file }: het document kan niet worden geopend: { $reason }
grant-purpose-import = een beoordeling te importeren
grant-purpose-database = een database te openen
grant-purpose-save = een export op te slaan
grant-purpose-reveal = een opgeslagen bestand te tonen
grant-purpose-statement = een statement importeren
verdict-unknown = Nog niet bekend: beantwoord welke diensten worden gebruikt en welke persoonsgegevens elk ervan bevat

## Grondslagen, rollen en de beslissingen van de verwerkingsverantwoordelijke

trigger-client-role = de klant verwerkt voor zijn eigen klanten
trigger-map-shows-people = de kaart toont waar individuele personen wonen of zijn
flag-basis_does_not_cover_use = De grondslag voor { $category } dekt dit gebruik niet
flag-basis_does_not_cover_use-detail = { $basis ->
    [sick_leave] Art. 30 lid 1 onder b UAVG staat werkgevers toe gezondheidsgegevens te verwerken voor verzuimbegeleiding en re-integratie van werknemers. Het dekt geen andere doelen, zoals een voorspel- of profileringsmodel (bijvoorbeeld voor verloop) of het monitoren van werknemers. Kies voor dat gebruik een andere grondslag, of houd { $category } erbuiten.
    [biometric_security] Art. 29 UAVG staat biometrische gegevens alleen toe als dat nodig is voor authenticatie of beveiliging. Analyse of rapportage daarbuiten vraagt een andere grondslag.
    [employee_consent] Toestemming (art. 9 lid 2 onder a AVG) is bij werknemers zelden vrij gegeven, door hun afhankelijkheid van de werkgever (EDPB-richtsnoeren 05/2020 over toestemming, punt 21). Steun waar mogelijk op een andere grond.
   *[wabvpz_outside_care] De Wabvpz laat zorgaanbieders het BSN gebruiken; buiten de zorg geldt die wet niet. Noem de wet die uw gebruik van het BSN toestaat.
  }
flag-bsn_in_analysis = Het BSN gaat de analysedienst in
flag-bsn_in_analysis-detail = Het BSN mag alleen worden gebruikt ter uitvoering van de wet die het voorschrijft of toestaat (art. 46 UAVG). Het BSN als sleutel in een analyse- of voorspelmodel is dat zelden: gebruik een pseudonieme sleutel.
flag-automated_decisions = Geautomatiseerde besluiten: art. 22 AVG
flag-automated_decisions-detail = Besluiten die uitsluitend op geautomatiseerde verwerking berusten en rechtsgevolgen of vergelijkbare wezenlijke gevolgen hebben, zijn alleen toegestaan onder art. 22 lid 2 AVG, met de waarborgen van art. 22 lid 3 (menselijke tussenkomst, het recht een standpunt kenbaar te maken en het besluit aan te vechten) en art. 40 UAVG. Leg vast welke uitzondering geldt en hoe iemand een besluit kan aanvechten.
flag-client_is_processor = De klant is zelf verwerker
flag-client_is_processor-detail = De klant verwerkt deze gegevens voor zijn eigen klanten; zij zijn de verwerkingsverantwoordelijken. { $processor } is dan subverwerker (standaardclausules 1.6 en 2.4): de klant heeft de schriftelijke toestemming van zijn klanten nodig om die in te schakelen, en de DPIA is een plicht van de verwerkingsverantwoordelijken; de klant ondersteunt hen met dit document.
flag-iama = Algoritme bij de overheid: overweeg een IAMA
flag-iama-detail = Een overheidsorgaan gebruikt een algoritme of voorspellingen over burgers. De rijksoverheid beveelt naast de DPIA een Impact Assessment Mensenrechten en Algoritmes (IAMA) aan, en registratie in het Algoritmeregister. Dit is een aanbeveling van de app, geen wettelijke plicht.
flag-third_country_unknown = Derde land van { $party } niet genoemd
flag-third_country_unknown-detail = Het statement zegt dat { $party } gegevens buiten de EU/EER kan verwerken, maar noemt het land niet. Een doorgiftetoets heeft het nodig: vraag het de verwerker en leg het land en het doorgiftemechanisme vast.
flag-views_of_data_subjects = Standpunt van betrokkenen (art. 35 lid 9)
flag-views_of_data_subjects-detail = De verwerkingsverantwoordelijke vraagt waar nodig betrokkenen of hun vertegenwoordigers (bijvoorbeeld de ondernemingsraad of cliëntenraad) naar hun mening over de voorgenomen verwerking (art. 35 lid 9 AVG). Leg vast of dat is gebeurd, hoe en met welke uitkomst, of waarom niet.
question-data = Welke persoonsgegevens gaan door "{ $service }"?
question-client_role = Is de klant verwerkingsverantwoordelijke, of verwerker voor zijn eigen klanten?
question-map_shows_people = Tonen de kaartvisuals waar individuele personen wonen of zijn?
reason-bad-id = "{ $id }" is geen geldige id: gebruik kleine letters, cijfers en _, beginnend met een letter
reason-duplicate-id = de id "{ $id }" komt twee keer voor
characteristic-significant_decisions = Besluiten met wezenlijke gevolgen
characteristic-significant_decisions-help = De uitkomsten zijn de basis voor besluiten met rechtsgevolgen of vergelijkbare wezenlijke gevolgen voor mensen, ook als een mens het besluit neemt (bijvoorbeeld wie een huisbezoek krijgt, wie een voorziening krijgt).
characteristic-location_tracking = Volgen waar mensen zijn
characteristic-location_tracking-help = De verblijfplaats of bewegingen van mensen worden in de tijd gevolgd (bijvoorbeeld locaties van voertuigen of telefoons).
client-role-controller = Verwerkingsverantwoordelijke: de klant bepaalt doel en middelen
client-role-processor = Verwerker: de klant verwerkt voor zijn eigen klanten (bijvoorbeeld een accountantskantoor dat de salarisadministratie voert)
lawful-basis-a = Art. 6 lid 1 onder a AVG: toestemming
lawful-basis-b = Art. 6 lid 1 onder b AVG: uitvoering van een overeenkomst
lawful-basis-c = Art. 6 lid 1 onder c AVG: wettelijke verplichting
lawful-basis-d = Art. 6 lid 1 onder d AVG: vitale belangen
lawful-basis-e = Art. 6 lid 1 onder e AVG: taak van algemeen belang of openbaar gezag
lawful-basis-f = Art. 6 lid 1 onder f AVG: gerechtvaardigd belang
art9-ground-a = Art. 9 lid 2 onder a: uitdrukkelijke toestemming
art9-ground-b = Art. 9 lid 2 onder b: arbeidsrecht, socialezekerheidsrecht en sociale bescherming
art9-ground-c = Art. 9 lid 2 onder c: vitale belangen
art9-ground-d = Art. 9 lid 2 onder d: stichting, vereniging of andere instantie zonder winstoogmerk
art9-ground-e = Art. 9 lid 2 onder e: kennelijk door de betrokkene openbaar gemaakt
art9-ground-f = Art. 9 lid 2 onder f: rechtsvordering of rechtspraak
art9-ground-g = Art. 9 lid 2 onder g: zwaarwegend algemeen belang, op grond van de wet
art9-ground-h = Art. 9 lid 2 onder h: preventieve of arbeidsgeneeskunde, gezondheidszorg of sociale diensten
art9-ground-i = Art. 9 lid 2 onder i: volksgezondheid
art9-ground-j = Art. 9 lid 2 onder j: archivering, wetenschappelijk of historisch onderzoek, statistiek
uavg-exception-22_2 = Art. 22 lid 2 UAVG: de algemene gronden
uavg-exception-23 = Art. 23 UAVG: algemene uitzonderingen
uavg-exception-24 = Art. 24 UAVG: wetenschappelijk of historisch onderzoek, statistiek
uavg-exception-25 = Art. 25 UAVG: ras of etnische afkomst
uavg-exception-26 = Art. 26 UAVG: politieke opvattingen
uavg-exception-27 = Art. 27 UAVG: religieuze of levensbeschouwelijke overtuigingen
uavg-exception-28 = Art. 28 UAVG: genetische gegevens
uavg-exception-29 = Art. 29 UAVG: biometrische gegevens voor authenticatie of beveiliging
uavg-exception-30_1_a = Art. 30 lid 1 onder a UAVG: werkgevers, pensioenfondsen, bestuursorganen — regelingen met aanspraken die van de gezondheid afhangen
uavg-exception-30_1_b = Art. 30 lid 1 onder b UAVG: werkgevers — verzuimbegeleiding en re-integratie
uavg-exception-30_2_a = Art. 30 lid 2 onder a UAVG: scholen — speciale begeleiding van leerlingen
uavg-exception-30_2 = Art. 30 lid 2 UAVG, een ander onderdeel
uavg-exception-30_3_a = Art. 30 lid 3 onder a UAVG: zorgverleners — behandeling en verzorging
uavg-exception-30_3_b = Art. 30 lid 3 onder b UAVG: verzekeraars
uavg-exception-other = Een ander artikel (noem het in de toelichting)
bsn-statute-wabvpz = Wabvpz (zorgaanbieders)
bsn-statute-wet_loonbelasting = Wet op de loonbelasting 1964 (salarisadministratie)
bsn-statute-zorgverzekeringswet = Zorgverzekeringswet (zorgverzekeraars)
bsn-statute-participatiewet = Participatiewet (bijstand)
bsn-statute-wabb = Wet algemene bepalingen burgerservicenummer (overheid)
bsn-statute-other = Een andere wet, namelijk …
uavg-criminal-31 = Art. 31 UAVG
uavg-criminal-32 = Art. 32 UAVG: algemene uitzonderingen
uavg-criminal-33 = Art. 33 UAVG: uitzonderingen voor bepaalde verwerkingsverantwoordelijken
uavg-criminal-other = Een andere grondslag (noem die in de toelichting)
risk-status-confirmed = bevestigd
risk-status-adjusted = aangepast
risk-status-not_applicable = niet van toepassing
action-status-planned = gepland
action-status-in_progress = in uitvoering
action-status-done = gereed
doc-status-definitive = definitief
trigger-all-used-services = alle gebruikte diensten
risk-own-untitled = Eigen risico { $id } (nog zonder titel)
residual-own = Waarden opgegeven door de verwerkingsverantwoordelijke.
residual-unchanged = { $dimension } blijft { $level }: geen maatregel verlaagt die.
residual-lowered = { $dimension } { $from } → { $to }: verlaagd door { $measures }.
floor-automated-decisions = Die blijft minstens middel zolang besluiten zonder menselijke tussenkomst worden genomen (regel van de app: maatregelen maken schade door zulke besluiten niet minder waarschijnlijk).
floor-no-legal-ground = Die blijft minstens middel zolang een grondslag ontbreekt (regel van de app: beveiligingsmaatregelen maken een verwerking niet rechtmatig).
xref-note = [{ $words } = { $name }, { $source }]
xref-note-item = [{ $words } = { $source }]

## Documenten: de DPIA van de verwerkingsverantwoordelijke

doc-cover-processing = Verwerking: { $processing }
doc-page-ref = p. {"{"}page{"}"}
doc-role-processor-for-clients = verwerker voor zijn klanten (de verwerkingsverantwoordelijken)
doc-role-sub-processor-of-client = subverwerker van de klant (nooit verwerkingsverantwoordelijke)
doc-clients-of = De klanten van { $client }
doc-what-client-role = of de klant verwerkingsverantwoordelijke is of verwerker voor zijn eigen klanten
doc-what-data-of = welke persoonsgegevens door "{ $service }" gaan
doc-summary-what = { $client } gebruikt { $count ->
        [one] de dienst
       *[other] de diensten
    } { $services } van { $processor }.
doc-summary-purposes = Doelen:
doc-summary-data = De gegevens: { $categories } van { $subject_count ->
        [0] betrokkenen
       *[other] { $subjects }
    }.
doc-summary-risk-count = Van de { $count } risico's { $high ->
        [one] is er { $high }
       *[other] zijn er { $high }
    } hoog, { $medium } middel en { $low } laag na maatregelen.
doc-summary-art36 = Er blijft een hoog restrisico bij { $risks }: tenzij de maatregelen van de verwerkingsverantwoordelijke het verlagen, moet de Autoriteit Persoonsgegevens vóór de verwerking worden geraadpleegd (art. 36 lid 1 AVG).
doc-summary-open = { $count ->
        [one] Er staat nog één punt open; zie
       *[other] Er staan nog { $count } punten open; zie
    }
doc-summary-none-open = Er staan geen punten meer open.
doc-placeholder-dpo = In te vullen door de functionaris gegevensbescherming: { $what }
doc-what-lawful-basis = de grondslag (art. 6 lid 1 AVG)
doc-what-balancing = de belangenafweging bij gerechtvaardigd belang (art. 6 lid 1 onder f)
doc-purpose-number = doel { $number }
doc-col-purpose = Doel
doc-col-lawful-basis = Grondslag
doc-col-reasoning = Onderbouwing
doc-col-retention = Bewaartermijn
doc-col-computed = Berekend
doc-col-assessment = Beoordeling verwerkingsverantwoordelijke
doc-col-measure = Maatregel
doc-col-risks = Risico's
doc-col-due = Uiterlijk
doc-col-status = Status
doc-b12-art10 = Art. 10 AVG
doc-law-art22 = Art. 22 AVG en art. 40 UAVG over besluiten die uitsluitend op geautomatiseerde verwerking berusten
doc-law-nen7510-certificate = De verwerker heeft een NEN 7510-certificaat: { $certificate }. NEN 7510 verplicht zorgaanbieders; voor deze klant is het alleen een waarborg van de verwerker.
doc-map-shows-people = De kaartvisuals tonen waar individuele personen wonen of zijn
doc-map-shows-no-people = De kaartvisuals tonen geen adressen of posities van individuele personen
doc-necessity = Noodzaak
doc-proportionality = Proportionaliteit
doc-subsidiarity = Subsidiariteit
doc-what-necessity = waarom de verwerking noodzakelijk is voor de doelen
doc-b-views = Standpunt van betrokkenen (art. 35 lid 9 AVG)
doc-views-sought = Het standpunt van betrokkenen of hun vertegenwoordigers is gevraagd.
doc-views-not-sought = Het standpunt van betrokkenen of hun vertegenwoordigers is niet gevraagd.
doc-views-how = Hoe en bij wie
doc-views-why-not = Waarom niet
doc-views-outcome = Uitkomst en wat ermee is gedaan
doc-what-views = of het standpunt van betrokkenen of hun vertegenwoordigers (bijvoorbeeld de ondernemingsraad) is gevraagd, hoe, en met welke uitkomst
doc-what-views-how = hoe en bij wie het standpunt is gevraagd
doc-what-views-why-not = waarom het standpunt niet is gevraagd
doc-what-views-outcome = de uitkomst en wat ermee is gedaan
doc-what-risk-decision = beoordeling door de verwerkingsverantwoordelijke
doc-decision-confirmed = Bevestigd door de verwerkingsverantwoordelijke.
doc-decision-adjusted = Aangepast door de verwerkingsverantwoordelijke: vóór maatregelen { $before }, na maatregelen { $after }.
doc-decision-not-applicable = Niet van toepassing volgens de verwerkingsverantwoordelijke.
doc-decision-reason = Reden:
doc-decision-changed = Let op: de berekende waarden zijn gewijzigd sinds deze beoordeling; de waarden van de verwerkingsverantwoordelijke blijven gelden.
doc-risk-own = Een risico dat de verwerkingsverantwoordelijke heeft toegevoegd.
doc-computed-was = berekend: { $computed }
doc-matrix-cell = { $risks } bij kans { $likelihood }, impact { $impact }
doc-measure-proposed = voorstel, nog niet overgenomen
doc-action-plan = Actieplan
doc-action-plan-intro = De maatregelen van de verwerkingsverantwoordelijke met eigenaar, termijn en status. Een overgenomen maatregel telt mee voor het restrisico.
doc-what-measure-owner = de eigenaar van de maatregel
doc-what-measure-due = de termijn van de maatregel
doc-what-measure-decision = overnemen, met eigenaar en termijn
doc-overdue = (verlopen)
doc-art36-decided-yes = De verwerkingsverantwoordelijke raadpleegt de Autoriteit Persoonsgegevens vóór de verwerking.
doc-art36-decided-no = De verwerkingsverantwoordelijke raadpleegt de Autoriteit Persoonsgegevens niet vooraf.
doc-what-art36-reason = waarom voorafgaande raadpleging niet nodig is terwijl een restrisico hoog is
doc-dpo-see = zie
doc-field-dpo = Functionaris gegevensbescherming
doc-field-dpo-advice = Advies
doc-field-dpo-date = Datum van het advies
doc-field-advice-followed = Opvolging
doc-advice-followed = De verwerkingsverantwoordelijke volgt het advies.
doc-advice-not-followed = De verwerkingsverantwoordelijke volgt het advies niet. Reden:
doc-what-not-followed-reason = waarom het advies niet wordt gevolgd
doc-sign-off-intro = De verwerkingsverantwoordelijke stelt de DPIA vast. Tot dan is het een concept.
doc-sign-off-definitive = De verwerkingsverantwoordelijke heeft deze DPIA vastgesteld; hij is definitief.
doc-field-status = Documentstatus
doc-field-approved-by = Vastgesteld door
doc-field-role = Functie
doc-field-date = Datum
doc-field-signature = Handtekening
doc-review-set = Herzieningsdatum: { $date }. Herzie eerder als de verwerking of de risico's veranderen (art. 35 lid 11 AVG).
doc-annex-own-vendors = De leveranciers van de kaartvisuals ({ $vendors }) zijn geen subverwerkers van de verwerker: de rapportages worden in de eigen omgeving van de klant gepubliceerd, en dan zijn zij volgens de verklaring verwerkers van de klant zelf (zie punt 6).
error-definitive = Deze DPIA is vastgesteld en definitief: heropen hem (zet de status terug op concept) voordat u iets wijzigt.
residual-lowest = { $dimension } blijft { $level }, het laagste niveau; maatregelen: { $measures }.
residual-statement-measures = { $count ->
        [one] één maatregel
       *[other] { $count } maatregelen
    } van { $processor } in het statement
doc-service-letters = De diensten worden genoemd met hun letter in het statement: { $legend }.
doc-col-services = Diensten
doc-col-source-systems = Bronsystemen
doc-a2-no-personal-data = Door { $services } gaan geen persoonsgegevens.
doc-placeholder-short = In te vullen: { $what }
doc-summary-options = Opties
field-views-sought = of het standpunt van betrokkenen is gevraagd

## De lijst op schaal, de database en bestanden lezen en schrijven zonder te blokkeren
store-assessment = beoordeling { $id }
error-store_locked_by_app = { $file }: de database is geopend in een andere DPIA Helper (proces { $pid }), bijvoorbeeld van een andere gebruiker op deze computer. Sluit hem daar en kies dan "Opnieuw proberen".
error-store_locked_by_program = { $file }: de database is in gebruik door een ander programma: { $program } (proces { $pid }). Dat kan een databaseviewer zijn, of een back-up- of synchronisatieprogramma. Sluit het of wacht tot het klaar is en kies dan "Opnieuw proberen".
error-store_behind = { $file }: in deze database ontbreken de laatste { $missing } opgeslagen wijzigingen. Die stonden in { $wal }, en dat bestand is er niet meer (weggehaald door een back-up- of synchronisatieprogramma, of niet mee gekopieerd). Er is niets aan veranderd. Zet dat bestand terug en kies "Opnieuw proberen", of kies "Toch openen" als u deze oudere versie bewust hebt teruggezet.
error-store_wal_lost = Een ander programma heeft het logbestand van de database weggehaald ({ $wal }) terwijl DPIA Helper het gebruikte. Alles wat u had opgeslagen, ook deze wijziging, staat nu in het databasebestand zelf ({ $file }); er is niets verloren. Zoek uit welk back-up- of synchronisatieprogramma bestanden uit deze map weghaalt, en laat het de hele map bewaren.
error-store_wal_replaced = Een ander programma heeft het logbestand van de database ({ $wal }) vervangen door een ander bestand terwijl DPIA Helper het gebruikte. Alles wat u had opgeslagen, ook deze wijziging, staat nu in het databasebestand zelf ({ $file }); er is niets verloren. Het vreemde bestand is apart gezet als { $aside }. Zoek uit welk back-up- of synchronisatieprogramma bestanden in deze map terugzet, en laat het de hele map bewaren.
error-store_disk_full = De schijf is vol, dus de wijziging is niet opgeslagen in { $file }. Maak ruimte vrij op de schijf; DPIA Helper probeert het daarna vanzelf opnieuw.
error-store_io = { $file }: de schijf gaf een fout bij het opslaan ({ $reason }), dus de wijziging is niet opgeslagen. DPIA Helper probeert het vanzelf opnieuw.
error-statement_not_imported = { $file } is gebaseerd op het statement { $statement }, dat deze app nog niet kent (bekend zijn: { $known }). Importeer eerst dat statement op het scherm Statements en importeer dit bestand daarna opnieuw.
error-cancelled = Afgebroken: er is niets ingelezen of weggeschreven.
error-job_failed = Het bestand kon niet worden gelezen of geschreven: { $reason }
list-unreadable-newer = Geschreven door een nieuwere DPIA Helper (bestandsversie { $version }) — werk DPIA Helper bij om deze te openen.
list-unreadable = Kan niet worden gelezen: { $reason }
