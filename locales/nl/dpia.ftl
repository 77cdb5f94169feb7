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
reason-wp248-many = Er zijn { $count } WP248-criteria van toepassing; vanaf twee criteria is een DPIA in de meeste gevallen verplicht, en DPIA Helper behandelt dat als verplicht.
reason-wp248-one = Eén WP248-criterium is van toepassing; een DPIA is aanbevolen (één criterium kan al genoeg zijn).
reason-none = Geen van de { $evaluated } beoordeelde criteria is van toepassing.
reason-no-personal-data = Geen enkele gebruikte dienst verwerkt persoonsgegevens, dus art. 35 AVG is niet van toepassing.
reason-large-scale = Grootschalig, volgens een regel van DPIA Helper: meer dan { $threshold } betrokkenen in één dienst (het getal dat de AP noemt voor gezondheidsgegevens bij zorgaanbieders, hier toegepast op alle gegevens), of gezondheidsgegevens bij een ziekenhuis, huisartsenpost of zorggroep.

## Aanleidingen (de antwoorden waardoor iets van toepassing is)

trigger-service = dienst "{ $service }" wordt gebruikt
trigger-category = { $service }: { $category }
trigger-subjects = { $service }: betrokkenen "{ $group }"
trigger-estimate = { $service }: ongeveer { $count } betrokkenen
trigger-what-subjects = betrokkenen "{ $group }"
trigger-what-estimate = ongeveer { $count } betrokkenen
trigger-sick-leave = { $service }: verzuimgegevens van medewerkers (gezondheidsgegevens)
trigger-what-sick-leave = verzuimgegevens van medewerkers (gezondheidsgegevens)
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
flag-ai_act_annex_iii-detail = Gebruik van de ML-dienst op dit gebied maakt het AI-systeem van de klant hoog-risico (AI-verordening, art. 6 lid 2 en bijlage III). De klant is dan gebruiksverantwoordelijke met eigen plichten (art. 26): gebruik volgens de gebruiksaanwijzing, menselijk toezicht, monitoring, logs bewaren en betrokkenen informeren. DPIA Helper gaat ervan uit dat deze plichten gelden vanaf { $from } (de datum van de Digitale Omnibus inzake AI, juni 2026; de oorspronkelijke tekst noemde 2 augustus 2026).
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
source-items = Data Pro Statement, punten { $items }
source-clauses = Standaardclausules, artikelen { $numbers }
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
cli-risk-cause = Oorzaak
cli-prior-consultation = Indicatief hoog restrisico: of de AP vooraf wordt geraadpleegd (art. 36 AVG), besluit de verwerkingsverantwoordelijke.
cli-no-risks = Er zijn geen risico's van toepassing: er stromen geen persoonsgegevens door de gebruikte diensten.
no-risks-unknown = Welke risico's van toepassing zijn, is nog niet bekend: dat hangt af van welke diensten worden gebruikt en welke persoonsgegevens elk ervan bevat.
doc-matrix-empty = geen risico in de matrix.
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
error-render = Het document kon niet worden gemaakt: { $reason }. Dit is een fout in DPIA Helper; meld die met deze melding.
error-pdf_conformance = De PDF zou niet voldoen aan PDF/A-3a en PDF/UA-1 en is daarom niet geschreven: { $reason }. Dit is een fout in DPIA Helper; meld die met deze melding, en exporteer intussen als Word-document.
error-bad_lang = "{ $value }" is geen taal van DPIA Helper; kies nl of en.
error-bad_kind = "{ $value }" is geen soort document; kies de DPIA-aanzet of de samenvatting.
error-bad_format = "{ $value }" is geen bestandsformaat; kies PDF, Word of Markdown.
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
doc-cover-document-date = Datum van dit document: { $date }
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
doc-meta-date = Datum beoordeling
doc-meta-document-date = Datum van dit document
doc-meta-statement = Data Pro Statement
doc-meta-author = Opsteller
doc-version-note = Opmerking over de versie van het statement:
doc-what-author = naam en functie van de opsteller

doc-summary = Managementsamenvatting

doc-screening = Screening: is een DPIA verplicht?
doc-screening-intro = De antwoorden zijn getoetst aan art. 35 lid 3 AVG, de negen criteria uit richtlijn WP248 rev.01 (Artikel 29-werkgroep, onderschreven door de EDPB) en de zeventien soorten verwerkingen op de lijst van de Autoriteit Persoonsgegevens. Een DPIA is verplicht als een geval uit art. 35 lid 3 of een punt van de AP-lijst van toepassing is; bij twee of meer WP248-criteria is een DPIA in de meeste gevallen verplicht, en DPIA Helper behandelt dat als verplicht; bij één WP248-criterium is een DPIA aanbevolen.
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
doc-law-code = Data Pro Code van NLdigital, een door de Autoriteit Persoonsgegevens goedgekeurde gedragscode (art. 40 AVG): het kader waarin dit Data Pro Statement is opgesteld
doc-law-nen7510 = NEN 7510 (informatiebeveiliging in de zorg): zorgaanbieders voldoen eraan en houden hun leveranciers daaraan; de verwerker: { $certificate }
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
doc-c16-intro = De risico's die bij deze antwoorden horen, met de kans en impact volgens een regel van DPIA Helper (laag, middel, hoog, vóór maatregelen). De verwerkingsverantwoordelijke bevestigt elk risico, past het aan met een reden, of verklaart het met een reden niet van toepassing.
doc-impact-rule = De impact is één stap hoger bij bijzondere persoonsgegevens, strafrechtelijke gegevens, het BSN of kwetsbare betrokkenen.
doc-likelihood = Kans
doc-impact = Impact
doc-matrix-before = Risicomatrix vóór maatregelen
doc-matrix-after = Risicomatrix na maatregelen

doc-part-d = Deel D — Maatregelen
doc-d17 = 17. Maatregelen en restrisico
doc-art36 = Voorafgaande raadpleging (art. 36 AVG)

doc-dpo-advice = Advies van de functionaris gegevensbescherming
doc-dpo-advice-intro = De verwerkingsverantwoordelijke wint bij het uitvoeren van een DPIA het advies in van de functionaris gegevensbescherming (art. 35 lid 2 AVG).
doc-sign-off = Vaststelling
doc-review = Herziening
doc-review-text = Voorgestelde herzieningsdatum: { $date }. Herzie eerder als de verwerking of de risico's veranderen (art. 35 lid 11 AVG).
doc-termination = Na kennisgeving van deze versie van het statement kan de klant de verwerkersovereenkomst opzeggen tot en met { $date }.

doc-annex-sub-processors = Bijlage 1 — Subverwerkers die van toepassing zijn
doc-no-transfer = niet nodig (EU/EER)
doc-annex-facts = Bijlage 2 — Gebruikte feiten uit het statement
doc-facts-quoted = De tekst van het statement waarop dit document steunt, geciteerd per gedrukt itemnummer; wat de hoofdtekst al citeert, staat daar.
doc-fact-item = Punt { $item }
doc-facts-translated = De tekst van het statement waarop dit document steunt, in Engelse vertaling (de Nederlandse tekst is bindend), per gedrukt itemnummer; wat de hoofdtekst al citeert, staat daar.
doc-annex-open = Bijlage 3 — Open punten
doc-open-intro = { $count ->
    [one] Er staat nog één punt open.
   *[other] Er staan nog { $count } punten open.
  }
doc-open-by-controller = In te vullen door de verwerkingsverantwoordelijke:
doc-open-by-dpo = In te vullen door de functionaris gegevensbescherming:
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
flag-automated_decisions = Geautomatiseerde besluiten: art. 22 AVG
flag-automated_decisions-detail = { $public ->
    [yes] Besluiten die uitsluitend op geautomatiseerde verwerking berusten en rechtsgevolgen of vergelijkbare wezenlijke gevolgen hebben, zijn alleen toegestaan in de gevallen van art. 22 lid 2 AVG, met de waarborgen van art. 22 lid 3 (menselijke tussenkomst, het recht een standpunt kenbaar te maken en het besluit aan te vechten). Art. 40 UAVG maakt een uitzondering voor besluiten die nodig zijn voor een wettelijke verplichting of een taak van algemeen belang, maar niet voor besluiten op basis van profilering. Leg vast welke uitzondering geldt en hoe iemand een besluit kan aanvechten.
   *[no] Besluiten die uitsluitend op geautomatiseerde verwerking berusten en rechtsgevolgen of vergelijkbare wezenlijke gevolgen hebben, zijn alleen toegestaan in de gevallen van art. 22 lid 2 AVG (nodig voor een overeenkomst, toegestaan bij wet, of uitdrukkelijke toestemming), met de waarborgen van art. 22 lid 3 (menselijke tussenkomst, het recht een standpunt kenbaar te maken en het besluit aan te vechten). Art. 40 UAVG geldt alleen voor besluiten die nodig zijn voor een wettelijke verplichting of een taak van algemeen belang, niet voor deze klant. Leg vast welke uitzondering geldt en hoe iemand een besluit kan aanvechten.
  }
flag-client_is_processor = De klant is zelf verwerker
flag-client_is_processor-detail = De klant verwerkt deze gegevens voor zijn eigen opdrachtgevers; zij zijn de verwerkingsverantwoordelijken. { $processor } is dan subverwerker (standaardclausules 1.6 en 2.4). De klant heeft de voorafgaande schriftelijke toestemming van elke opdrachtgever nodig om { $processor } in te schakelen (art. 28 lid 2 AVG) en verwerkt alleen op hun schriftelijke instructies (art. 28 lid 3 onder a en art. 29 AVG; standaardclausule 2.3). De DPIA is de plicht van elke opdrachtgever; de klant ondersteunt hen (art. 28 lid 3 onder f AVG) en deze aanzet is een model dat elke opdrachtgever voor zichzelf vaststelt.
flag-iama = Algoritme bij de overheid: overweeg een IAMA
flag-iama-detail = Een overheidsorgaan gebruikt een algoritme of voorspellingen over burgers. De rijksoverheid beveelt naast de DPIA een Impact Assessment Mensenrechten en Algoritmes (IAMA) aan, en registratie in het Algoritmeregister. Dat is een aanbeveling van de rijksoverheid, geen wettelijke plicht: die geldt alleen bij hoog-risicogebruik (art. 27 AI-verordening).
flag-third_country_unknown = Derde land van { $party } niet genoemd
flag-third_country_unknown-detail = Het statement zegt dat { $party } gegevens buiten de EU/EER kan verwerken, maar noemt het land niet. Een doorgiftetoets kan niet zonder dat land: vraag het de verwerker en leg het land en het doorgiftemechanisme vast.
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
uavg-exception-30_3_a = Art. 30 lid 3 onder a UAVG: zorgverleners — behandeling of verzorging van de betrokkene, of het beheer van de instelling
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
doc-col-assessment = Beoordeling
doc-col-measure = Maatregel
doc-col-risks = Risico's
doc-col-due = Uiterlijk
doc-col-status = Status
doc-b12-art10 = Art. 10 AVG
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
doc-what-risk-decision = beoordeling
doc-decision-confirmed = Bevestigd door de verwerkingsverantwoordelijke.
doc-decision-adjusted = Aangepast door de verwerkingsverantwoordelijke: vóór maatregelen { $before }, na maatregelen { $after }.
doc-decision-not-applicable = Niet van toepassing volgens de verwerkingsverantwoordelijke.
doc-decision-reason = Reden:
doc-decision-changed = Let op: de berekende waarden zijn gewijzigd sinds deze beoordeling; de waarden van de verwerkingsverantwoordelijke blijven gelden.
doc-risk-own = Een risico dat de verwerkingsverantwoordelijke heeft toegevoegd.
doc-matrix-cell = { $risks } bij kans { $likelihood }, impact { $impact }
doc-action-plan = Actieplan
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
doc-service-letters = De diensten worden genoemd met hun letter in het statement: { $legend }.
doc-col-services = Diensten
doc-col-source-systems = Bronsystemen
doc-a2-no-personal-data = Door { $services } gaan geen persoonsgegevens.
doc-placeholder-short = in te vullen
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

## Risks by their causes (the residual rule of dpia-rules/src/risks)
cause-unauthorised_access-outsiders = buitenstaanders die inbreken in de systemen van de verwerker of een subverwerker
cause-unauthorised_access-processor_staff = medewerkers van de verwerker of een subverwerker die meer zien dan hun taak vraagt
cause-unauthorised_access-other_clients = andere klanten van de verwerker die in een gedeelde omgeving bij deze gegevens komen
cause-unauthorised_access-client_users = eigen gebruikers van de klant die rapportages of gegevens te ruim of openbaar delen
cause-unauthorised_access-model_developers = de ontwikkelaars van een AI-model die de gegevens ontvangen
cause-sub_processor_breach-sub_processor_security = tekortschietende beveiliging bij een subverwerker
cause-transfer_outside_eea-third_country_access = autoriteiten of anderen in het derde land die tijdens het werk daar bij de gegevens komen
cause-foreign_authority_access-foreign_law_order = een bevel onder niet-EU-recht aan de cloudleverancier om in de EU opgeslagen gegevens af te geven
cause-map_visual_disclosure-addresses_to_vendors = adressen of locaties van personen die naar de kaartleveranciers gaan
cause-function_creep-other_purposes = gebruik van de gecombineerde gegevens voor doelen waarvoor ze niet zijn verzameld
cause-excessive_retention-kept_after_source = gegevens die bewaard blijven nadat de bron ze heeft verwijderd
cause-reidentification-small_groups = cijfers over kleine groepen waarin lezers personen herkennen
cause-inaccurate_decisions-source_errors = fouten in bronnen of koppelingen
cause-inaccurate_decisions-model_errors = een model dat verkeerd voorspelt
cause-profiling-biased_model = een model dat groepen mensen benadeelt
cause-profiling-opaque_scores = scores die betrokkenen niet kunnen begrijpen of aanvechten
cause-sensitive_data_spread-more_than_asked = meer gegevens in het datawarehouse dan de klant vroeg
cause-sensitive_data_spread-more_than_needed = meer gevoelige gegevens gevraagd dan de doelen nodig hebben
cause-rights_not_honoured-copies_not_reached = verzoeken die in de bron worden afgehandeld maar niet in de kopieën
cause-option_sub_processors-extra_party_security = tekortschietende beveiliging bij de extra subverwerkers
cause-unlawful_processing-no_valid_ground = gegevens verwerken zonder geldige grondslag of uitzondering
risk-unlawful_processing-title = Verwerking zonder geldige grondslag
risk-unlawful_processing-description = Voor een deel van de gegevens ontbreekt een grondslag of uitzondering, of dekt de genoemde uitzondering dit gebruik niet: die verwerking is onrechtmatig tot dat is opgelost.
risk-unauthorised_access-harm = Mensen van wie gegevens worden gezien door wie dat niet mag, kunnen worden beschaamd, benadeeld of gediscrimineerd.
risk-sub_processor_breach-harm = Gegevens komen bij onbevoegden terecht, met misbruik zoals fraude of chantage als gevolg.
risk-transfer_outside_eea-harm = Betrokkenen verliezen buiten de EU/EER de bescherming van de AVG voor hun gegevens.
risk-foreign_authority_access-harm = Een buitenlandse overheid krijgt gegevens zonder de waarborgen van het EU-recht; betrokkenen horen daar mogelijk nooit van.
risk-map_visual_disclosure-harm = Waar iemand woont of is, komt terecht bij bedrijven waarmee de klant geen afspraken heeft.
risk-function_creep-harm = Betrokkenen worden beoordeeld of benaderd op manieren die zij niet konden verwachten.
risk-excessive_retention-harm = Oude gegevens blijven vindbaar en kunnen tegen betrokkenen worden gebruikt, lang nadat ze weg hadden moeten zijn.
risk-reidentification-harm = Lezers van een rapportage herkennen een collega of patiënt, met diens gevoelige gegevens.
risk-inaccurate_decisions-harm = Betrokkenen worden benadeeld door een besluit dat op verkeerde gegevens steunt.
risk-profiling-harm = Een voorspelling of score beïnvloedt de zorg, het werk of de voorzieningen van iemand, zonder dat die dat kan zien of aanvechten.
risk-sensitive_data_spread-harm = Gevoelige gegevens bereiken meer mensen en plaatsen, wat de kans op misbruik en de gevolgen ervan vergroot.
risk-rights_not_honoured-harm = Betrokkenen denken dat hun gegevens zijn verwijderd of verbeterd, terwijl een kopie blijft bestaan.
risk-option_sub_processors-harm = Meer partijen hebben de gegevens, en bij elk van hen kan het misgaan.
risk-unlawful_processing-harm = Gegevens worden verwerkt zonder dat de wet dat toestaat; betrokkenen hebben daar geen bescherming tegen.
measure-customer_managed_keys = Versleuteling met sleutels in eigen beheer van de klant afspreken
measure-model_validation = Modellen vóór gebruik valideren op actuele gegevens en daarna blijven volgen
measure-stop_until_lawful = Deze gegevens niet verwerken tot er een geldige grondslag of uitzondering is vastgelegd
measure-pseudonymise_numbers = Identificerende nummers (zoals het BSN) in rapportages pseudonimiseren
measure-role_based_access-why = Alleen wie de rapportage voor zijn taak nodig heeft, kan hem openen.
measure-no_publish_to_web-why = Een rapportage met persoonsgegevens is nooit voor iedereen bereikbaar.
measure-sharing_review-why = Te ruim gedeelde rapportages worden gevonden en ingetrokken.
measure-share_only_needed-why = Een partij die minder gegevens krijgt, kan ook minder kwijtraken.
measure-breach_contact-why = Een melding komt sneller bij de juiste persoon; de kans en de gevolgen veranderen er niet door.
measure-breach_rehearsal-why = Een geoefende melding haalt de termijn van 72 uur; de kans en de gevolgen veranderen er niet door.
measure-transfer_assessment-why = De doorgiftetoets stelt vast of de bescherming in het derde land werkt en welke aanvullende maatregelen nodig zijn.
measure-test_data_for_development-why = Wie ontwikkelt met test- of gepseudonimiseerde gegevens, kan niemand herkennen.
measure-customer_managed_keys-why = Met sleutels in eigen beheer kan de cloudleverancier de gegevens niet leesbaar afgeven.
measure-pseudonymise_identifiers-why = Zonder directe identificatoren wijzen de gegevens zonder sleutel niet meer naar een persoon.
measure-no_addresses_on_maps-why = Er gaan geen adressen van personen naar de kaartleveranciers.
measure-aggregate_locations-why = Op het niveau van een postcodegebied is een persoon niet meer te vinden.
measure-purposes_per_dataset-why = Gebruik dat niet als doel is vastgelegd, valt zichtbaar buiten wat mag.
measure-approve_new_reports-why = Een nieuw gebruik wordt getoetst voordat het begint.
measure-retention_period-why = Gegevens verdwijnen na een vastgestelde termijn, ook uit de historie.
measure-minimum_group_size-why = Te kleine groepen worden niet getoond, dus niemand is te herkennen.
measure-limit_drill_down-why = Alleen bevoegde rollen zien individuele records.
measure-human_review-why = Een mens vangt een verkeerde uitkomst op voordat die iemand raakt.
measure-data_quality_checks-why = Fouten in bronnen en koppelingen worden gevonden voordat ze een besluit sturen.
measure-model_validation-why = Een model wordt alleen gebruikt als het aantoonbaar goed genoeg voorspelt.
measure-bias_testing-why = Benadeling van groepen wordt gevonden en verholpen voordat het model wordt gebruikt.
measure-explain_scores-why = Betrokkenen kunnen zien waarop een score steunt, en die aanvechten.
measure-human_in_decisions-why = Geen besluit over een persoon steunt alleen op het model.
measure-needed_columns_only-why = Wat een rapportage niet nodig heeft, komt er niet in.
measure-pseudonymise_numbers-why = Zonder het nummer wijzen de gegevens zonder sleutel niet meer naar een persoon.
measure-rights_procedure_covers_copies-why = Een verzoek wordt ook in het datawarehouse, de historie en exports uitgevoerd.
measure-check_sub_processor_terms-why = Wat de extra partijen beloven, is vóór gebruik getoetst.
measure-stop_until_lawful-why = Het restrisico blijft hoog tot de grondslag is opgelost; zo wordt er intussen niet verwerkt.
consequence-minimisation = minder gegevens
consequence-pseudonymisation = pseudonimisering
consequence-aggregation = aggregatie
consequence-deletion = verwijdering
consequence-human_intervention = menselijke tussenkomst
does-addresses = pakt aan: { $causes }
does-limits = beperkt de gevolgen ({ $kind })
does-practice = goede praktijk; verandert het restrisico niet
hold-unaddressed_cause = Niet elke oorzaak is afgedekt, dus het restrisico blijft op het niveau vóór maatregelen.
hold-open_transfer_assessment = De doorgiftetoets is nog niet afgerond, dus het restrisico van de doorgifte blijft op het niveau vóór maatregelen.
hold-open_legal_ground = Een grondslag ontbreekt of dekt dit gebruik niet, dus het restrisico blijft op het niveau vóór maatregelen tot dat is opgelost (beveiliging maakt een verwerking niet rechtmatig).
hold-automated_decisions = Besluiten worden zonder menselijke tussenkomst genomen, dus de kans blijft minstens middel.
residual-likelihood-lowered = De kans gaat van { $from } naar { $to }: elke oorzaak die hier speelt, is afgedekt.
residual-likelihood-kept = De kans blijft { $level }.
residual-impact-lowered = De impact gaat van { $from } naar { $to }, omdat { $measures } de gevolgen voor de betrokkenen { $count ->
        [one] beperkt
       *[other] beperken
    }.
residual-impact-kept = De impact blijft { $level }: geen maatregel die hier geldt, beperkt de gevolgen voor de betrokkenen.
residual-not-addressed = Niet afgedekt: { $cause }.
residual-would = Dat zou wel gebeuren met: { $measures }.
residual-indicative = Indicatief, volgens de regel van DPIA Helper; de verwerkingsverantwoordelijke beoordeelt het risico.
residual-rule = Regel van DPIA Helper voor het indicatieve restrisico: de kans gaat één stap omlaag alleen als elke oorzaak die voor deze klant speelt, is afgedekt door een maatregel die geldt (een maatregel uit het statement waarvan de voorwaarde klopt, of een maatregel die de verwerkingsverantwoordelijke heeft overgenomen); de impact gaat één stap omlaag alleen door een maatregel die de gevolgen voor de betrokkenen beperkt (minder gegevens, pseudonimisering, aggregatie, verwijdering of menselijke tussenkomst), nooit door een certificaat of een meldplicht. Een oorzaak die niet is afgedekt, een doorgiftetoets die nog loopt of een ontbrekende grondslag houdt het restrisico op het niveau vóór maatregelen.
measure-counts-nothing = telt niet mee: { $reason }
measure-condition-not-met = de voorwaarde geldt niet voor deze klant
measure-addresses-nothing = pakt geen oorzaak van deze risico's aan en beperkt geen gevolgen voor de betrokkenen (zoals een meldplicht, een certificaat of een beschrijving)

## Adoption: what is still open (dpia-rules/src/adoption.rs)
requirement-description = Art. 35 lid 7 onder a AVG: beschrijving van de verwerking en de doeleinden
requirement-necessity = Art. 35 lid 7 onder b AVG: noodzaak, evenredigheid en rechtmatigheid
requirement-risks = Art. 35 lid 7 onder c AVG: de risico's voor betrokkenen
requirement-measures = Art. 35 lid 7 onder d AVG: de maatregelen tegen de risico's
requirement-dpo_advice = Art. 35 lid 2 AVG: het advies van de functionaris gegevensbescherming
requirement-prior_consultation = Art. 36 AVG: voorafgaande raadpleging
open-description = De verwerking is niet beschreven.
open-purposes = Er is geen doel, of een doel heeft geen grondslag (art. 6 lid 1 AVG).
open-retention = De bewaartermijnen zijn niet vastgelegd.
open-necessity = De noodzaak van de verwerking is niet onderbouwd.
open-proportionality = De evenredigheid is niet afgewogen.
open-subsidiarity = Of het met minder gegevens of minder ingrijpend kan (subsidiariteit), is niet afgewogen.
open-legal_ground = Een grondslag of uitzondering ontbreekt of dekt het gebruik niet (blokkerende signalering).
open-risk_undecided = Het oordeel over { $risk } is niet vastgelegd.
open-unaddressed = Bij { $risk } is niet elke oorzaak afgedekt door een maatregel.
open-dpo_advice = Het advies van de functionaris gegevensbescherming, en of het wordt gevolgd, is niet vastgelegd.
open-prior_consultation = Het besluit over voorafgaande raadpleging van de Autoriteit Persoonsgegevens is niet vastgelegd.
error-open_points = De DPIA kan nog niet worden vastgesteld: { $count ->
        [one] er staat nog één punt open
       *[other] er staan nog { $count } punten open
    }, te zien onder "Wat nog open staat". Vul elk punt in, of laat het open met een reden.

## Documents: risks by their causes, adoption, what to arrange
doc-d17-intro = Per risico de oorzaken die voor deze klant spelen, wat elke oorzaak afdekt en waarom, en wat de gevolgen voor de betrokkenen beperkt. Het restrisico daarna is indicatief; de verwerkingsverantwoordelijke beoordeelt elk risico in deel C. Alleen waar een maatregel die hier geldt de gevolgen beperkt, staat een rij „Gevolgen voor de betrokkenen beperkt door”.
doc-not-addressed = Niet afgedekt.
doc-only-legal-ground = Alleen op te lossen met een geldige grondslag of uitzondering (zie punt 12).
doc-would = Een maatregel die dat wel doet: { $measures }.
doc-no-limit = Geen maatregel die hier geldt, beperkt de gevolgen.
doc-consequences-row = Gevolgen voor de betrokkenen beperkt door
doc-col-cause = Oorzaak
doc-col-addressed-by = Afgedekt door, en waarom
doc-col-before = Vóór maatregelen
doc-col-residual-indicative = Na maatregelen
doc-col-holds = Waarom
doc-indicative = indicatief
doc-residual-controller = vastgesteld door de verwerkingsverantwoordelijke; indicatief was { $indicative }
doc-action-plan-intro = Een voorgestelde maatregel telt pas mee voor het restrisico als de verwerkingsverantwoordelijke hem overneemt door een status te kiezen (gepland, in uitvoering of gereed); een eigenaar en een termijn alleen nemen hem niet over. Wat nog moet worden ingevuld, staat ook in de bijlage met open punten.
doc-what-measure-decision = besluit
doc-what-measure-owner = eigenaar
doc-what-measure-due = termijn
doc-art36-indicative-none = Indicatief is geen restrisico hoog.
doc-art36-indicative = Indicatief is het restrisico hoog bij { $risks }.
doc-art36-rule = Blijft een restrisico hoog na de maatregelen van de verwerkingsverantwoordelijke, dan raadpleegt die de Autoriteit Persoonsgegevens vóór de verwerking (art. 36 lid 1 AVG); de AP antwoordt binnen acht weken, te verlengen met zes. Of dat zo is, besluit de verwerkingsverantwoordelijke; de indicatie hierboven is een voorstel met redenen (deel D, punt 17).
doc-what-art36-decision = het besluit over voorafgaande raadpleging van de Autoriteit Persoonsgegevens, met de reden
doc-summary-blocking = Blokkerend:
doc-summary-blocking-why = Zolang dit niet is opgelost, is de verwerking van deze gegevens niet rechtmatig (zie punt 12 en het risico op verwerking zonder geldige grondslag).
doc-count-high = { $count } hoog
doc-count-medium = { $count } middel
doc-count-low = { $count } laag
doc-summary-risk-count = Van de { $count } risico's zijn er na maatregelen { $levels } (indicatief, zie deel D).
doc-summary-no-high = Geen risico is vóór of na maatregelen hoog.
doc-summary-high-rule = Elk risico dat vóór of na maatregelen hoog is (na maatregelen: de indicatieve waarde, of die van de verwerkingsverantwoordelijke):
doc-summary-high-group = Vóór maatregelen { $before }, na maatregelen { $after }:
doc-summary-art36-open = Of de Autoriteit Persoonsgegevens vooraf moet worden geraadpleegd (art. 36 AVG), besluit de verwerkingsverantwoordelijke; dat besluit staat nog open (zie deel D).
doc-summary-art36-yes = De verwerkingsverantwoordelijke heeft besloten de Autoriteit Persoonsgegevens vooraf te raadplegen (art. 36 AVG).
doc-summary-art36-no = De verwerkingsverantwoordelijke heeft besloten de Autoriteit Persoonsgegevens niet vooraf te raadplegen; de reden staat in deel D.
verdict-unknown-short = DPIA-plicht nog niet bekend
verdict-unknown-why = Dat is bekend zodra is beantwoord welke diensten worden gebruikt en welke persoonsgegevens elk ervan bevat.
verdict-unknown-missing = Nog niet beantwoord: { $missing }
verdict-unknown-hits = De criteria die al van toepassing zijn, staan hieronder.
doc-status-with-open = { $status }, vastgesteld met open punten
doc-dpo-none = Er is geen functionaris gegevensbescherming (FG) genoemd. Art. 35 lid 2 AVG vraagt het advies van de FG alleen als er een is aangewezen; leg vast wie in plaats daarvan heeft geadviseerd, en wat.
doc-dpo-not-designated = geen aangewezen
doc-what-advice-no-dpo = wie heeft geadviseerd (er is geen FG), en het advies
doc-sign-off-definitive-open = De verwerkingsverantwoordelijke heeft deze DPIA vastgesteld met open punten; hieronder staat elk open punt met de reden waarom het is aanvaard.
doc-sign-off-open-intro = Vaststellen kan pas als elk van deze punten is ingevuld, of door de verwerkingsverantwoordelijke met een reden is aanvaard:
doc-open-not-accepted = nog open
doc-col-requirement = Vereiste
doc-col-open-point = Open punt
doc-col-accepted-because = Aanvaard omdat
doc-what-ground-covering = een uitzondering die dit gebruik van { $category } dekt, of dit gebruik staken
doc-annex-not-counted = Maatregelen uit het statement die hier niet meetellen
doc-annex-not-counted-intro = Deze maatregelen staan in het statement, maar verlagen voor deze klant geen restrisico:
doc-annex-orphans = Vastgelegde keuzes die niet meer passen
doc-annex-orphans-intro = Deze keuzes staan in de beoordeling, maar horen bij een risico of maatregel die met de huidige antwoorden niet meer van toepassing is. Ze zijn bewaard; de verwerkingsverantwoordelijke kan ze verwijderen.
doc-orphan-decision = Oordeel over het risico "{ $risk }" (niet meer van toepassing):
doc-orphan-action = Actiepunt "{ $measure }" (niet meer voorgesteld):
doc-an-option = een optie
doc-summary-nothing-open = Er staat niets meer open om te beginnen.
doc-summary-client-arranges = { $party } regelt:
doc-summary-processor-arranges = { $party } regelt:
doc-summary-send = Te versturen:
doc-summary-next = Wat er nog nodig is
arrange-blocking = { $title } — een geldige grondslag of uitzondering vastleggen, of deze gegevens niet verwerken
arrange-dpia = De DPIA uitvoeren en vaststellen; de DPIA-aanzet is het begin.
arrange-transfer-assessment = Een doorgiftetoets (DTIA) maken voor het ontwikkelwerk buiten de EU/EER; de verwerker levert de informatie.
arrange-map-transfers = Nagaan op welk doorgiftemechanisme de kaartleveranciers steunen.
arrange-third-country = Het derde land noemen waar { $party } gegevens verwerkt, voor de doorgiftetoets van de klant.
doc-art36-yes = Indicatief hoog restrisico bij { $risks }. Blijft dat zo na de maatregelen van de verwerkingsverantwoordelijke, dan raadpleegt die de Autoriteit Persoonsgegevens vóór de verwerking (art. 36 lid 1 AVG); het besluit is aan de verwerkingsverantwoordelijke.
measure-replicate_only_needed = Alleen de gegevens repliceren die de rapportages nodig hebben
measure-replicate_only_needed-why = Wat niet wordt gerepliceerd, kan bij een subverwerker ook niet uitlekken.
doc-open-risks-undecided = Het oordeel over { $risks } is niet vastgelegd.
doc-open-risks-unaddressed = Bij { $risks } is niet elke oorzaak afgedekt door een maatregel.
orphan-decision = Het oordeel over "{ $risk }" hoort bij een risico dat met de huidige antwoorden niet meer van toepassing is.
orphan-action = Het actiepunt "{ $measure }" hoort bij een maatregel die met de huidige antwoorden niet meer wordt voorgesteld.
# The app tried as a new user would (issue 22)
question-purpose_basis = Op welke grondslag (art. 6 lid 1 AVG) berust doel { $purpose } ("{ $description }")?
lawful-basis-choice-a = Toestemming (art. 6 lid 1 onder a AVG)
lawful-basis-choice-b = Overeenkomst: nodig voor de uitvoering ervan (art. 6 lid 1 onder b AVG)
lawful-basis-choice-c = Wettelijke verplichting (art. 6 lid 1 onder c AVG)
lawful-basis-choice-d = Vitale belangen (art. 6 lid 1 onder d AVG)
lawful-basis-choice-e = Taak van algemeen belang of openbaar gezag (art. 6 lid 1 onder e AVG)
lawful-basis-choice-f = Gerechtvaardigd belang (art. 6 lid 1 onder f AVG)
value-used = gebruikt
value-not-used = niet gebruikt
value-none-of-these = geen van deze
doc-versions = Versiegeschiedenis
doc-col-version = Versie
doc-col-date = Datum
doc-col-change = Wijziging
doc-col-by = Door
doc-version-adopted = Vastgesteld (definitief)
doc-version-reopened = Heropend voor wijzigingen (weer concept)
estimate-implausible-zero = Opgeslagen, maar klopt dit? Nul betrokkenen past niet bij een dienst met persoonsgegevens.
estimate-implausible-more-than-people = Opgeslagen, maar klopt dit? Dat zijn meer mensen dan er op aarde leven (ongeveer 8,2 miljard).

## Issue 17: legal precision (AI Act, exceptions per group, the BSN's purpose, employees, processors)
flag-basis_does_not_cover_group = De uitzondering voor { $category } dekt de gegevens van "{ $group }" niet
flag-basis_does_not_cover_group-detail = { $exception } geldt niet voor de gegevens van "{ $group }". Eén uitzondering dekt zelden patiënten én medewerkers: leg per groep de uitzondering vast die voor die groep geldt (bijvoorbeeld art. 30 lid 3 onder a UAVG voor patiënten en art. 30 lid 1 onder b UAVG voor verzuim en re-integratie van medewerkers), of houd de gegevens van deze groep erbuiten.
flag-bsn_purpose = Het BSN alleen voor het doel van de wet die het toestaat
flag-bsn_purpose-detail = Een wet die het BSN voorschrijft of toestaat, doet dat voor het doel van die wet (art. 46 UAVG). Het BSN kopiëren naar een datawarehouse voor managementinformatie, rapportages of een analyse is een ander doel en vraagt een eigen wettelijke grondslag. Repliceer het BSN niet, of vervang het vóór de replicatie door een pseudoniem.
flag-health_secrecy = Gezondheidsgegevens: geheimhouding
flag-health_secrecy-detail = Wie gezondheidsgegevens verwerkt op grond van een uitzondering van art. 30 UAVG en niet al uit hoofde van beroep of wet tot geheimhouding verplicht is, moet die gegevens geheimhouden (art. 30 lid 4 UAVG); voor zorg en behandeling vraagt art. 9 lid 3 AVG een beroepsgeheim. { $processor } waarborgt dat wie onder zijn verantwoordelijkheid de gegevens verwerkt, een geheimhoudingsplicht heeft (standaardclausule 5.1).
flag-works_council = Instemming van de ondernemingsraad
flag-works_council-detail = { $monitoring ->
    [yes] Rapportages en analyses over medewerkers, en voorzieningen om hun aanwezigheid, gedrag of prestaties te volgen, vragen de instemming van de ondernemingsraad (art. 27 lid 1 onder k en l WOR), waar die er is (verplicht vanaf 50 werkzame personen, art. 2 WOR). Vraag die instemming vóór de start, en betrek de ondernemingsraad bij het standpunt van betrokkenen (art. 35 lid 9 AVG).
   *[no] Een regeling over het verwerken van persoonsgegevens van medewerkers, zoals rapportages of analyses over hen, vraagt de instemming van de ondernemingsraad (art. 27 lid 1 onder k WOR), waar die er is (verplicht vanaf 50 werkzame personen, art. 2 WOR). Vraag die instemming vóór de start, en betrek de ondernemingsraad bij het standpunt van betrokkenen (art. 35 lid 9 AVG).
  }
flag-ai_act_annex_i = AI-verordening: hoog-risico als (onderdeel van een) product
flag-ai_act_annex_i-detail = Een model dat (onderdeel van) een medisch hulpmiddel of een ander product uit bijlage I van de AI-verordening is, waarvoor een conformiteitsbeoordeling door een derde geldt, is een AI-systeem met een hoog risico (art. 6 lid 1). Software die beslissingen over diagnose of behandeling ondersteunt, is vaak een medisch hulpmiddel (MDR, bijlage VIII, regel 11). Wie het model laat ontwikkelen en onder eigen naam in gebruik neemt, kan aanbieder zijn (art. 25 AI-verordening); zorginstellingen kennen voor eigen hulpmiddelen art. 5 lid 5 MDR. DPIA Helper gaat ervan uit dat deze verplichtingen gelden vanaf { $from } (Digitale Omnibus inzake AI, juni 2026; de oorspronkelijke tekst noemde 2 augustus 2027).
flag-fria = Grondrechteneffectbeoordeling (FRIA) verplicht
flag-fria-detail = { $public ->
    [yes] Als overheidsorgaan dat een AI-systeem met een hoog risico uit bijlage III inzet, moet de klant vóór het eerste gebruik een beoordeling van de gevolgen voor de grondrechten maken (art. 27 AI-verordening) en het gebruik registreren in de EU-databank (art. 49 lid 3). Het IAMA is de door de rijksoverheid aanbevolen manier om die beoordeling te doen. DPIA Helper gaat ervan uit dat deze plicht geldt vanaf { $from } (Digitale Omnibus inzake AI, juni 2026).
   *[no] Als aanbieder van publieke diensten (zoals zorg of onderwijs), of bij kredietwaardigheid of de prijs van levens- en ziektekostenverzekeringen (bijlage III, punt 5 onder b en c), moet de klant vóór het eerste gebruik een beoordeling van de gevolgen voor de grondrechten maken (art. 27 AI-verordening). Welke sectoren publieke diensten verlenen, is de lezing van DPIA Helper. DPIA Helper gaat ervan uit dat deze plicht geldt vanaf { $from } (Digitale Omnibus inzake AI, juni 2026).
  }
flag-high_risk_ai_not_in_statement = Hoog-risicogebruik valt buiten het statement
flag-high_risk_ai_not_in_statement-detail = Het statement zegt dat { $processor } bij "{ $service }" geen AI-systemen met een hoog risico aanbiedt. Het gebruik van deze klant is hoog-risico: dat valt buiten wat het statement belooft. Maak daar vóór de start afspraken over (contract en taakverdeling onder de AI-verordening).
question-ai_product = Is het model (onderdeel van) een medisch hulpmiddel of een ander product uit bijlage I van de AI-verordening?
question-sick_leave = Bevatten de gegevens over medewerkers verzuim- of ziekteverzuimgegevens (ziekmeldingen, re-integratie)?
question-group_exception = Welke uitzondering geldt voor de { $category } van "{ $group }"?
trigger-exception-named = gekozen uitzondering voor { $whose }: { $exception }
trigger-exception-for-group = { $category } van "{ $group }"
trigger-exception-note = een uitzondering in de toelichting
trigger-ai-product = het model is (onderdeel van) een product uit bijlage I van de AI-verordening, zoals een medisch hulpmiddel
verdict-for-controllers = { $verdict } voor elke opdrachtgever (verwerkingsverantwoordelijke)
reason-for-controllers = De klant verwerkt voor zijn opdrachtgevers: de DPIA is de plicht van elke opdrachtgever als verwerkingsverantwoordelijke (art. 35 lid 1 AVG); de klant ondersteunt (art. 28 lid 3 onder f AVG).
arrange-high-risk-ai = Afspraken maken over het hoog-risicogebruik van de ML-dienst, dat buiten het statement valt.
arrange-works-council = De instemming van de ondernemingsraad vragen (art. 27 WOR), waar die er is.
arrange-fria = { $public ->
    [yes] Een grondrechteneffectbeoordeling maken (art. 27 AI-verordening) en het gebruik registreren in de EU-databank (art. 49 lid 3).
   *[no] Een grondrechteneffectbeoordeling maken (art. 27 AI-verordening).
  }
arrange-controllers = De schriftelijke toestemming van elke opdrachtgever voor { $processor } als subverwerker (art. 28 lid 2 AVG) en hun schriftelijke instructies vastleggen.
doc-what-exception-group = de uitzondering voor de { $category } van "{ $group }" (art. 9 lid 2 AVG en de UAVG)
doc-category-of-group = { $category } van "{ $group }"
doc-law-clauses = Standaardclausules voor verwerkingen als verwerkersovereenkomst (art. 28 lid 3 AVG)
law-wgbo = Wet op de geneeskundige behandelingsovereenkomst (WGBO, Burgerlijk Wetboek boek 7, art. 7:446–7:468): onder meer het medisch dossier en de bewaartermijn van twintig jaar (art. 7:454) en het medisch beroepsgeheim (art. 7:457)
law-care_data_decree = Besluit elektronische gegevensverwerking door zorgaanbieders: zorgaanbieders volgen NEN 7510, NEN 7512 (vertrouwensbasis voor gegevensuitwisseling) en NEN 7513 (vastleggen van toegang tot elektronische dossiers)
law-wabvpz = Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg (Wabvpz): het gebruik van het BSN door zorgaanbieders en de elektronische uitwisseling van gegevens
law-poortwachter = Wet verbetering poortwachter (Burgerlijk Wetboek art. 7:658a en de Ziektewet): de re-integratie van zieke medewerkers, en daarmee welke verzuimgegevens een werkgever nodig heeft
law-sick_employees_guidance = De informatie van de Autoriteit Persoonsgegevens over de zieke werknemer (autoriteitpersoonsgegevens.nl): een werkgever legt zelf maar beperkt gegevens over ziekte vast; diagnose en medische gegevens horen bij de bedrijfsarts of arbodienst
law-works_council = Wet op de ondernemingsraden, art. 27 lid 1 onder k (regelingen over het verwerken en beschermen van personeelsgegevens) en onder l (voorzieningen om aanwezigheid, gedrag of prestaties te volgen): de instemming van de ondernemingsraad
law-woo = Wet open overheid (Woo): openbaarmaking van documenten, ook van rapportages en analyses, met de uitzonderingen voor persoonsgegevens (art. 5.1)
law-archives = Archiefwet 1995: bewaren en vernietigen van overheidsinformatie volgens de selectielijsten, ook voor het datawarehouse en de rapportages
law-bsn = Art. 46 UAVG en de wet die het gebruik van het BSN voorschrijft of toestaat, voor het doel van die wet
law-automated_decisions = Art. 22 AVG over besluiten die uitsluitend op geautomatiseerde verwerking berusten (art. 40 UAVG geldt niet voor deze klant)
law-automated_decisions_public = Art. 22 AVG over besluiten die uitsluitend op geautomatiseerde verwerking berusten, en art. 40 UAVG (alleen voor besluiten die nodig zijn voor een wettelijke verplichting of een taak van algemeen belang, niet op basis van profilering)
law-ai_act = AI-verordening (Verordening (EU) 2024/1689) voor het gebruik van machine learning; DPIA Helper gaat uit van de data van de Digitale Omnibus inzake AI (juni 2026): verplichtingen voor hoog-risicosystemen uit bijlage III vanaf { $annex3 }, voor producten uit bijlage I vanaf { $annex1 }
doc-ai-product-yes = Het model is (onderdeel van) een medisch hulpmiddel of een ander product uit bijlage I van de AI-verordening.
doc-ai-product-no = Het model is geen (onderdeel van een) medisch hulpmiddel of ander product uit bijlage I van de AI-verordening.
doc-what-fria-public = de grondrechteneffectbeoordeling (art. 27 AI-verordening, bijvoorbeeld met het IAMA) en de registratie van het gebruik in de EU-databank (art. 49 lid 3)
doc-what-fria = de grondrechteneffectbeoordeling (art. 27 AI-verordening, bijvoorbeeld met het IAMA)
doc-a6-model = De klant verwerkt voor zijn eigen opdrachtgevers; zij zijn de verwerkingsverantwoordelijken. Deze aanzet is een model: elke opdrachtgever vult de DPIA voor zijn eigen verwerking aan en stelt hem vast. { $processor } is subverwerker van de klant.
doc-what-authorisation = de voorafgaande schriftelijke toestemming van elke opdrachtgever voor de inzet van de verwerker als subverwerker (art. 28 lid 2 AVG), en waar die is vastgelegd
doc-what-instructions = de schriftelijke instructies van de opdrachtgevers over deze verwerking (art. 28 lid 3 onder a en art. 29 AVG)
doc-what-works-council = de instemming van de ondernemingsraad (art. 27 lid 1 onder k of l WOR): wanneer gevraagd, en het besluit; of dat er geen ondernemingsraad is
## Waarom een bestand niet kan worden gelezen of geschreven (na "het bestand kan niet worden …: "); de melding van het systeem zelf staat tussen aanhalingstekens

io-is-folder = het is een map, geen bestand
io-no-folder = de map { $folder } bestaat niet
io-no-file-name = het pad bevat geen bestandsnaam
io-name-not-allowed = Windows staat de bestandsnaam "{ $name }" niet toe. Kies een andere naam: zonder < > : " / \ | ? *, niet eindigend op een punt of spatie, en geen apparaatnaam zoals CON, NUL of COM1
io-not-found = het bestand bestaat niet (melding van het systeem: "{ $os }")
io-read-only = het bestaande bestand is alleen-lezen en is daarom niet vervangen
io-in-use = het bestand is geopend in een ander programma. Sluit het daar en probeer het opnieuw (melding van het systeem: "{ $os }")
io-denied = geen toegang (melding van het systeem: "{ $os }")
io-disk-full = de schijf is vol (melding van het systeem: "{ $os }")
io-too-long = het pad of de bestandsnaam is te lang (melding van het systeem: "{ $os }")
io-not-flushed = het bestand is geschreven, maar de map kon niet naar de schijf worden weggeschreven; na een stroomstoring kan het ontbreken (melding van het systeem: "{ $os }")
io-other = melding van het systeem: "{ $os }"
doc-flag-see = uitgewerkt in
doc-quoted-at = { $source }, geciteerd bij{" "}
doc-excluded-intro = Beoordeeld en niet van toepassing bij deze antwoorden:
doc-excluded-annex = Beoordeeld en niet van toepassing bij deze antwoorden: { $names }; de redenen staan bij
doc-excluded-map-visuals-name = de kaartleveranciers
doc-excluded-sub-processor = niet van toepassing, want het statement zet deze subverwerker alleen onder deze voorwaarde in, en die geldt niet: „{ $condition }”
doc-excluded-map-visuals = Kaartvisuals: de klant gebruikt er geen, dus gaan er geen adressen of locaties naar de kaartleveranciers.
doc-excluded-sub-processor-option = alleen ingezet bij de optie „{ $option }”, en die gebruikt de klant niet
identifiers-of-customers = klantnummers
identifiers-of-employees = personeelsnummers
identifiers-of-suppliers = leveranciersnummers
identifiers-of-patients = cliënt- en dossiernummers
identifiers-of-children = leerling- en dossiernummers
identifiers-of-citizens = dossier- en zaaknummers van burgers

# Review comments (assessment file version 4)
reason-not-a-time = "{ $value }" is geen datum met tijd; schrijf hem als JJJJ-MM-DDTUU:MM:SSZ (bijvoorbeeld 2026-12-02T10:15:00Z)
reason-too-long = de tekst is langer dan { $max } tekens, de grens voor één opmerking
reason-too-many = meer dan { $max } opmerkingen en reacties samen, de grens voor één beoordeling
error-comment_empty = Een opmerking zonder tekst wordt niet bewaard; schrijf eerst wat u wilt zeggen.
error-comment_author = Vul uw naam in: elke opmerking laat zien wie hem schreef.
error-comment_unknown = Er is geen opmerking met id "{ $id }" in deze beoordeling (misschien is hij in een ander venster verwijderd).
error-import_nothing = Er wacht geen import op een keuze; importeer het bestand opnieuw.

## Open review comments in the PDF and Markdown (a DOCX carries them as Word comments)
doc-annex-comments = Bijlage 4 — Open opmerkingen
doc-comments-intro = { $count ->
    [one] Er staat nog één opmerking open.
   *[other] Er staan nog { $count } opmerkingen open.
} Ze staan hieronder bij het onderdeel waarover ze gaan.
doc-comments-resolved = Afgehandelde opmerkingen staan niet in deze lijst; ze blijven bewaard in het bestand van de beoordeling.
doc-comments-on = Bij { $section }
doc-comments-general = Algemene opmerkingen
doc-comments-link = { $count ->
    [one] Bij dit onderdeel staat één open opmerking, zie
   *[other] Bij dit onderdeel staan { $count } open opmerkingen, zie
}
doc-comments-no-author = Onbekende auteur
doc-comments-reply = Reactie van { $author }
doc-comments-about = over
doc-comments-about-answer = over het antwoord
doc-comments-answer-open = „
doc-comments-answer-close = ”
doc-comments-unknown-target = over een onderdeel dat deze versie van DPIA Helper niet kent
