-- Knowledge-base demo: published articles across the seven themes (some for premium members only),
-- related links, one outdated article replaced by a newer one, a draft, and documents in the document
-- list, one of them with two versions. Dates are relative to the day the demo database is made.
SET @now = UTC_TIMESTAMP(6);
SET @by = 'bureau@demo.ingrado.nl';
INSERT INTO knowledge_article (theme_code, title, body, members_only, status, checked_on, published_at,
                               created_at, created_by, updated_at, updated_by) VALUES
    ('leerplicht', 'Wanneer begint en eindigt de leerplicht?', 'Een kind is **leerplichtig** vanaf de eerste schooldag van de maand na zijn vijfde verjaardag (artikel 3 Leerplichtwet 1969). De volledige leerplicht eindigt aan het eind van het schooljaar waarin de jongere 16 wordt, of eerder na twaalf volledige schooljaren.

Daarna geldt de **kwalificatieplicht** (artikel 4a) tot de jongere een startkwalificatie heeft (havo, vwo of mbo-niveau 2) of 18 wordt.

## In de praktijk
- Een kind van vier mag naar school, maar is nog niet leerplichtig.
- Een vijfjarige mag in overleg met de directeur tot vijf uur per week thuisblijven (artikel 11a).', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('leerplicht', 'Kwalificatieplicht: tot wanneer en voor wie?', 'De kwalificatieplicht geldt voor jongeren van 16 en 17 jaar zonder startkwalificatie. Zij moeten een volledig onderwijsprogramma volgen, of een combinatie van leren en werken (bbl) die tot een startkwalificatie leidt.

Een jongere die 18 wordt zonder startkwalificatie is niet meer kwalificatieplichtig. Vanaf dan kan het **Doorstroompunt** (voorheen RMC) hem ondersteunen tot zijn 27e.

Zie ook de artikelen over vrijstellingen en over het Doorstroompunt.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('leerplicht', 'Wie is de leerplichtambtenaar en wat mag die?', 'Het college van burgemeester en wethouders wijst **leerplichtambtenaren** aan (artikel 16 Leerplichtwet). Zij houden toezicht op de naleving van de wet, beslissen over vrijstellingen en verlof van meer dan tien dagen, en kunnen proces-verbaal opmaken als buitengewoon opsporingsambtenaar (boa).

De leerplichtambtenaar werkt preventief: eerst een gesprek met jongere en ouders, zo nodig met zorg en school, en pas als het niet anders kan een strafrechtelijke aanpak.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('leerplicht', 'Leerplicht bij verhuizing naar een andere gemeente', 'Verhuist een leerplichtig kind naar een andere gemeente, dan gaat het toezicht over naar de leerplichtambtenaar van de **nieuwe woongemeente**. De school waar het kind staat ingeschreven blijft verantwoordelijk voor verzuimmeldingen.

Lopende zaken (een vrijstelling, een verzuimdossier) draagt de oude gemeente over, alleen met de gegevens die de nieuwe gemeente nodig heeft voor haar taak. Zie ook het artikel over gegevensdeling onder de AVG.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('leerplicht', 'Thuiszitters: wanneer heet een leerling een thuiszitter?', 'Een **thuiszitter** is een leerplichtige jongere die ingeschreven staat op een school en zonder geldige reden langer dan vier weken verzuimt (langdurig relatief verzuim), of een leerplichtige jongere die niet staat ingeschreven en geen vrijstelling heeft (absoluut verzuim).

Gemeenten rapporteren het aantal thuiszitters elk jaar. Het Thuiszitterspact stuurt erop dat binnen drie maanden een passend aanbod is.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('leerplicht', 'Proces-verbaal wegens schoolverzuim', 'Als gesprekken en een Halt-straf niet helpen, kan de leerplichtambtenaar **proces-verbaal** opmaken tegen de ouders (artikel 2 en 26 Leerplichtwet) of, vanaf 12 jaar, tegen de jongere zelf.

Het Openbaar Ministerie beslist over vervolging. Stem vooraf af met de zorgpartners: een strafrechtelijke aanpak mag de hulp niet in de weg zitten.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('vrijstellingen', 'Vrijstelling op grond van artikel 5 onder a (lichamelijke of psychische gronden)', 'Ouders kunnen een **vrijstelling van inschrijving** vragen als hun kind op lichamelijke of psychische gronden niet geschikt is om tot een school te worden toegelaten (artikel 5 onder a Leerplichtwet).

## Wat is nodig?
- Een kennisgeving van de ouders aan het college, vóór 1 juli of binnen een maand na het ontstaan van de situatie.
- Een verklaring van een door het college aangewezen arts, psycholoog of orthopedagoog-generalist (artikel 5a).

De leerplichtambtenaar beoordeelt of de stukken volledig zijn; een inhoudelijk oordeel over de diagnose geeft hij niet.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 20 DAY, @now - INTERVAL 400 DAY, @now - INTERVAL 400 DAY, @by, @now - INTERVAL 20 DAY, @by),
    ('vrijstellingen', 'Vrijstelling op grond van artikel 5 onder b (bedenkingen tegen de richting)', 'Ouders die **overwegende bedenkingen** hebben tegen de richting van het onderwijs op alle scholen binnen redelijke afstand van hun woning, kunnen vrijstelling van inschrijving krijgen (artikel 5 onder b).

De kennisgeving moet vóór 1 juli bij het college zijn. De leerplichtambtenaar toetst of er binnen redelijke afstand werkelijk geen school van de gewenste richting is. Een vrijstelling geldt per schooljaar en moet elk jaar opnieuw worden gemeld.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('vrijstellingen', 'Vrijstelling op grond van artikel 5 onder c (school in het buitenland)', 'Een kind dat in Nederland woont maar staat ingeschreven op een **school in het buitenland**, kan vrijstelling krijgen (artikel 5 onder c). Denk aan kinderen in grensgemeenten die in België of Duitsland naar school gaan.

Vraag elk schooljaar een bewijs van inschrijving van de buitenlandse school. De leerplichtambtenaar controleert of de leerling die school ook werkelijk bezoekt.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('vrijstellingen', 'Vrijstellingen: welke soorten zijn er?', 'De Leerplichtwet kent verschillende **vrijstellingen**:

| artikel | waarvan | voor wie |
|---|---|---|
| 5 onder a | inschrijving | kind dat op lichamelijke of psychische gronden niet naar school kan |
| 5 onder b | inschrijving | bedenkingen tegen de richting van het onderwijs |
| 5 onder c | inschrijving | ingeschreven op een school in het buitenland |
| 11 | geregeld schoolbezoek | verlof en verhindering |
| 15 | geregeld schoolbezoek | jongere vanaf 14 jaar met een ander programma |
| 15a | kwalificatieplicht | jongere die geen startkwalificatie kan halen |

Een vrijstelling wordt altijd op de naam van het kind vastgelegd en is niet overdraagbaar.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 10 DAY, @now - INTERVAL 500 DAY, @now - INTERVAL 500 DAY, @by, @now - INTERVAL 10 DAY, @by),
    ('vrijstellingen', 'Vrijstelling van geregeld schoolbezoek: artikel 15', 'Artikel 15 maakt **gedeeltelijke vrijstelling van geregeld schoolbezoek** mogelijk voor een jongere vanaf 14 jaar, als hij een ander programma volgt dat beter bij hem past, bijvoorbeeld een combinatie van school en praktijk.

De directeur van de school en de leerplichtambtenaar moeten het programma goedkeuren. Leg vast welke uren vervallen, wat ervoor in de plaats komt en wanneer het wordt geëvalueerd.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('vrijstellingen', 'Vrijstelling van de kwalificatieplicht (artikel 15a)', 'Een jongere die **niet in staat is** een startkwalificatie te halen, kan vrijstelling van de kwalificatieplicht krijgen (artikel 15a). Er is een verklaring nodig van een deskundige, meestal na onderzoek door de school of een arts.

Ook met deze vrijstelling blijft het Doorstroompunt de jongere volgen tot zijn 27e, zodat hij niet uit beeld raakt.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('vrijstellingen', 'Geen vrijstelling maar een ontheffing: het verschil', 'In de praktijk worden **vrijstelling** en **ontheffing** door elkaar gebruikt. De Leerplichtwet spreekt steeds van vrijstelling: van inschrijving (artikel 5), van geregeld schoolbezoek (artikel 11 en 15) of van de kwalificatieplicht (artikel 15a).

Gebruik in brieven aan ouders de term uit de wet, met het artikelnummer, zodat duidelijk is welke regels gelden en welk bezwaar mogelijk is.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('in-uitschrijvingen', 'Uitschrijving van een leerling: wat moet de school melden?', 'Een school mag een leerplichtige leerling pas **uitschrijven** als een andere school hem heeft ingeschreven, of als er een vrijstelling is. De school meldt de uitschrijving binnen zeven dagen bij de leerplichtambtenaar van de woongemeente (artikel 18 Leerplichtwet).

Ontbreekt een nieuwe inschrijving, dan is er sprake van **absoluut verzuim** en neemt de leerplichtambtenaar direct contact op met de ouders.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 15 DAY, @now - INTERVAL 350 DAY, @now - INTERVAL 350 DAY, @by, @now - INTERVAL 15 DAY, @by),
    ('in-uitschrijvingen', 'Inschrijving op een nieuwe school na een verhuizing', 'Bij een verhuizing schrijven de ouders hun kind in op de nieuwe school. Pas na die **inschrijving** schrijft de oude school het kind uit. Beide scholen melden de mutatie via het register van DUO, dat de gemeente op de hoogte brengt.

Zit er tijd tussen uitschrijving en inschrijving, dan is het kind in die periode niet ingeschreven: neem contact op met de ouders.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('in-uitschrijvingen', 'Uitschrijven wegens vertrek naar het buitenland', 'Vertrekt een gezin naar het buitenland, dan kan de school de leerling **uitschrijven** zodra de ouders een bewijs van vertrek tonen, bijvoorbeeld een uittreksel uit de Basisregistratie Personen (BRP) met de datum van vertrek.

Blijkt later dat het gezin niet vertrokken is, dan is er sprake van absoluut verzuim. Controleer bij twijfel de BRP.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('in-uitschrijvingen', 'Verwijdering van school en de plicht om een andere school te zoeken', 'Een school die een leerling wil **verwijderen**, moet eerst een andere school vinden die hem wil toelaten (zorgplicht). Tijdens die zoektocht blijft de leerling ingeschreven.

De leerplichtambtenaar wordt over het voornemen geïnformeerd en let erop dat de leerling niet thuis komt te zitten. Een schorsing van meer dan een dag meldt de school aan de inspectie.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('in-uitschrijvingen', 'Inschrijving van een vijfjarige die nog nergens staat ingeschreven', 'Wordt een kind vijf zonder dat het ergens is ingeschreven, dan ziet de leerplichtambtenaar dat in de **leerlingenadministratie** van de gemeente (vergelijking van BRP en onderwijsregistratie). Stuur de ouders een brief en maak een afspraak.

Vaak is er een eenvoudige verklaring, zoals een inschrijving die nog niet is verwerkt of een school in het buitenland.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('in-uitschrijvingen', 'Dubbele inschrijving: wanneer mag een leerling op twee scholen staan?', 'Een leerling staat in principe op **één school** ingeschreven. Uitzonderingen zijn onder meer een tijdelijke plaatsing in het speciaal onderwijs of een symbiose-afspraak tussen regulier en speciaal onderwijs.

Bij een dubbele inschrijving moet duidelijk zijn welke school verzuim meldt. Leg dit vast in de afspraken tussen de scholen.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('verzuim-verlof', 'Verlof buiten de schoolvakanties (artikel 13a): vakantie wegens het beroep van de ouders', 'Kunnen ouders door de **specifieke aard van hun beroep** in geen enkele schoolvakantie twee weken op vakantie, dan mag de directeur eenmaal per schooljaar verlof geven (artikel 13a Leerplichtwet).

## Voorwaarden
- ten hoogste tien schooldagen;
- niet in de eerste twee lesweken van het schooljaar;
- een werkgeversverklaring waaruit blijkt dat vakantie in de schoolvakanties niet mogelijk is.

Goedkopere vakanties of een boeking buiten het seizoen zijn geen reden voor verlof.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 5 DAY, @now - INTERVAL 420 DAY, @now - INTERVAL 420 DAY, @by, @now - INTERVAL 5 DAY, @by),
    ('verzuim-verlof', 'Verlof wegens gewichtige omstandigheden (artikel 11 onder g en artikel 14)', 'Voor **gewichtige omstandigheden** buiten de wil van ouders en leerling, zoals een huwelijk of begrafenis in de familie of een ernstige ziekte, kan verlof worden gegeven.

- Tot en met tien schooldagen beslist de **directeur** van de school.
- Meer dan tien schooldagen per schooljaar: de **leerplichtambtenaar** beslist, na het horen van de directeur.

Vraag het verlof zo mogelijk acht weken van tevoren aan.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 60 DAY, @now - INTERVAL 420 DAY, @now - INTERVAL 420 DAY, @by, @now - INTERVAL 60 DAY, @by),
    ('verzuim-verlof', 'Verzuim melden: de grens van 16 uur in vier weken', 'Een school **moet** ongeoorloofd verzuim melden als een leerling in vier opeenvolgende lesweken 16 uur of meer onderwijstijd zonder geldige reden heeft gemist (artikel 21 Leerplichtwet). De melding gaat via het verzuimregister van DUO.

Ook bij minder uren mag de school melden, bijvoorbeeld als het verzuim zorgen baart. Vroeg melden helpt: hoe eerder het gesprek, hoe kleiner de kans op thuiszitten.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 12 DAY, @now - INTERVAL 280 DAY, @now - INTERVAL 280 DAY, @by, @now - INTERVAL 12 DAY, @by),
    ('verzuim-verlof', 'Luxeverzuim: op vakantie zonder toestemming', 'Gaat een leerling zonder toestemming op vakantie buiten de schoolvakanties, dan is dat **luxeverzuim**. De school meldt dit altijd bij de leerplichtambtenaar, ook als het om één dag gaat.

De leerplichtambtenaar kan een proces-verbaal opmaken. Rond de vakanties controleren veel gemeenten samen met scholen extra.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('verzuim-verlof', 'Religieuze feestdagen en verlof (artikel 11 onder e)', 'Een leerling heeft recht op verlof om te voldoen aan **plichten voortvloeiend uit godsdienst of levensovertuiging** (artikel 11 onder e). Ouders melden dit uiterlijk twee dagen van tevoren bij de directeur.

Gebruikelijk is één dag per feestdag. Verlof voor een reis naar het land van herkomst rond een feestdag valt hier niet onder.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('verzuim-verlof', 'Ziekteverzuim: wanneer is het zorgwekkend?', '**Ziekteverzuim** is geoorloofd, maar veel of langdurig ziekteverzuim kan een signaal zijn. Veel regio''s werken met de aanpak M@ZL (Medische Advisering van de Ziekgemelde Leerling): de school schakelt de jeugdarts in bij vier ziekmeldingen in twaalf schoolweken of bij meer dan zes dagen aaneengesloten.

De leerplichtambtenaar wordt betrokken als de jeugdarts geen medische reden ziet of als de ouders niet meewerken.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('verzuim-verlof', 'Te laat komen: wanneer melden?', 'Herhaald **te laat komen** telt als ongeoorloofd verzuim. Veel scholen melden bij de leerplichtambtenaar na een vast aantal keren, bijvoorbeeld negen keer in een schooljaar, ook als de grens van 16 uur niet is bereikt.

Maak hierover afspraken in het regionale verzuimprotocol, zodat ouders weten waar ze aan toe zijn.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('andere-locatie', 'Onderwijs op een andere locatie: wat mag?', 'Soms kan een leerling een deel van de onderwijstijd **op een andere locatie** dan de school volgen, bijvoorbeeld bij een zorgaanbieder, in een onderwijszorgarrangement of thuis met begeleiding van de school.

De school blijft verantwoordelijk voor het onderwijs en de kwaliteit ervan. Leg in het ontwikkelingsperspectief vast waar, wanneer en onder wiens begeleiding het onderwijs plaatsvindt, en hoe het wordt geëvalueerd.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 30 DAY, @now - INTERVAL 200 DAY, @now - INTERVAL 200 DAY, @by, @now - INTERVAL 30 DAY, @by),
    ('andere-locatie', 'Afwijken van de onderwijstijd (maatwerk)', 'Kan een leerling tijdelijk niet het volledige programma volgen, dan kan de school met toestemming van de inspectie **afwijken van de onderwijstijd**. De school vraagt de toestemming aan; ouders stemmen in.

Betrek de leerplichtambtenaar: hij let erop dat de afwijking tijdelijk is en dat er een plan is om weer volledig naar school te gaan.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('andere-locatie', 'Onderwijs thuis tijdens een behandeling', 'Een leerling die tijdens een **behandeling** niet naar school kan, blijft ingeschreven. De school zorgt voor onderwijs, zo nodig met hulp van een consulent onderwijsondersteuning zieke leerlingen.

Dit is geen vrijstelling: de leerplichtambtenaar hoeft niets te beslissen, maar hoort er wel van als de afwezigheid lang duurt.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('andere-locatie', 'Onderwijszorgarrangement: wie betaalt wat?', 'Bij een **onderwijszorgarrangement** dragen onderwijs en jeugdhulp samen bij. Het samenwerkingsverband en de gemeente maken afspraken over de bekostiging; de school blijft verantwoordelijk voor het onderwijsdeel.

Leg de verdeling vast in een overeenkomst tussen school, samenwerkingsverband en gemeente. De leerplichtambtenaar kan meedenken over de vraag of het arrangement past binnen de Leerplichtwet.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('andere-locatie', 'Stage en leerwerkplekken voor leerplichtige jongeren', 'Een **stage** of leerwerkplek hoort bij het onderwijsprogramma als de school haar organiseert en begeleidt. De stage-uren tellen dan als onderwijstijd.

Werkt een leerplichtige jongere buiten schooltijd, dan gelden de regels voor kinderarbeid uit de Arbeidstijdenwet, niet de Leerplichtwet.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('doorstroompunt', 'Het Doorstroompunt: opvolger van het RMC', 'Het **Doorstroompunt** (voorheen Regionale Meld- en Coördinatiefunctie, RMC) ondersteunt jongeren van 16 tot 27 jaar zonder startkwalificatie, en jongeren die van school naar werk gaan en daarbij hulp nodig hebben.

Elke regio heeft een contactgemeente die de taak voor de regio uitvoert. De doorstroomcoaches nemen contact op met jongeren die uit beeld dreigen te raken.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 10 DAY, @now - INTERVAL 150 DAY, @now - INTERVAL 150 DAY, @by, @now - INTERVAL 10 DAY, @by),
    ('doorstroompunt', 'Voortijdig schoolverlaters: wie meldt wat?', 'Een jongere tot 23 jaar die zonder startkwalificatie van school gaat, is een **voortijdig schoolverlater** (vsv''er). De school meldt het vertrek via DUO; het Doorstroompunt van de woonregio krijgt de melding.

De doorstroomcoach neemt binnen enkele weken contact op en bespreekt school, werk of een combinatie.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('doorstroompunt', 'Jongeren uit beeld: contact zoeken', 'Van sommige jongeren weet niemand wat ze doen: ze staan niet ingeschreven en werken niet. Het Doorstroompunt probeert hen te **bereiken** via brief, telefoon, sociale media en een huisbezoek.

Leg elk contactmoment vast, zodat zichtbaar is hoeveel moeite is gedaan en wat de uitkomst is.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('doorstroompunt', 'Samenwerken met het mbo bij uitval', 'Dreigt een student in het mbo **uit te vallen**, dan is vroeg overleg tussen de school en het Doorstroompunt nuttig. Maak in de regio afspraken over wanneer de school de doorstroomcoach inschakelt, bijvoorbeeld bij langdurig verzuim of een voornemen tot uitschrijving.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('doorstroompunt', 'Monitoring van de doorstroom in de regio', 'Het Doorstroompunt rapporteert jaarlijks over het aantal **voortijdig schoolverlaters** en over jongeren in een kwetsbare positie. DUO levert de cijfers; de regio vult die aan met eigen gegevens.

Gebruik de cijfers om afspraken met scholen en gemeenten te maken, niet om scholen met elkaar te vergelijken zonder context.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('avg', 'Gegevensdeling tussen school en leerplicht onder de AVG', 'School en leerplichtambtenaar delen gegevens op grond van een **wettelijke taak** (artikel 6 lid 1 onder e AVG), in combinatie met de Leerplichtwet. Toestemming van ouders is daarvoor niet nodig.

Deel alleen wat nodig is voor de taak (dataminimalisatie): bijvoorbeeld het verzuim en de afspraken, niet het hele leerlingdossier.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 25 DAY, @now - INTERVAL 260 DAY, @now - INTERVAL 260 DAY, @by, @now - INTERVAL 25 DAY, @by),
    ('avg', 'Bewaartermijnen van leerplichtdossiers', 'Bewaar een leerplichtdossier niet langer dan nodig. Veel gemeenten hanteren een **bewaartermijn** van vijf jaar na het einde van de leerplicht of kwalificatieplicht, volgens de selectielijst voor gemeentelijke archieven.

Leg de termijn vast in het verwerkingsregister en vernietig dossiers daarna aantoonbaar.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('avg', 'Mag ik het BSN gebruiken in de leerplichtadministratie?', 'Ja. De leerplichtambtenaar mag het **burgerservicenummer** gebruiken om leerlingen eenduidig te identificeren, omdat de Leerplichtwet en de Wet algemene bepalingen burgerservicenummer dat toestaan.

Zet het BSN nooit in een e-mail aan ouders of in een vraag aan een externe partij: verstuur het alleen via een beveiligde verbinding.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('avg', 'Inzage door ouders in het leerplichtdossier', 'Ouders en jongeren vanaf 16 jaar hebben **recht op inzage** in de gegevens die over hen zijn vastgelegd (artikel 15 AVG). Reageer binnen een maand.

Gegevens over anderen, zoals meldingen van derden, mag je afschermen als hun privacy dat vraagt. Leg vast wat je hebt verstrekt.', TRUE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('avg', 'Verwerkersovereenkomst met de leverancier van het leerlingvolgsysteem', 'Verwerkt een leverancier gegevens voor de gemeente, bijvoorbeeld in een **leerplichtapplicatie**, dan is een verwerkersovereenkomst verplicht (artikel 28 AVG). Daarin staan onder meer de beveiliging, subverwerkers en wat er na afloop met de gegevens gebeurt.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 40 DAY, @now - INTERVAL 300 DAY, @now - INTERVAL 300 DAY, @by, @now - INTERVAL 40 DAY, @by),
    ('verzuim-verlof', 'Verzuim melden via het verzuimloket (oude werkwijze)', 'Scholen meldden verzuim vroeger per brief of e-mail bij de gemeente. Deze werkwijze is vervangen: meld verzuim via het verzuimregister van DUO.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 700 DAY, @now - INTERVAL 900 DAY, @now - INTERVAL 900 DAY, @by, @now - INTERVAL 700 DAY, @by),
    ('verzuim-verlof', 'Verzuim melden via het verzuimregister van DUO', 'Scholen melden verzuim **digitaal** via het verzuimregister van DUO. De melding komt bij de leerplichtambtenaar van de woongemeente van de leerling, ook als de school in een andere gemeente staat.

Vermeld in de melding welke stappen de school al heeft gezet, zoals gesprekken met ouders en de inzet van de jeugdarts.', FALSE, 'PUBLISHED', CURRENT_DATE() - INTERVAL 3 DAY, @now - INTERVAL 120 DAY, @now - INTERVAL 120 DAY, @by, @now - INTERVAL 3 DAY, @by);
-- a draft only advisers and staff see
INSERT INTO knowledge_article (theme_code, title, body, members_only, status, created_at, created_by, updated_at, updated_by)
VALUES ('vrijstellingen', 'Vrijstelling bij een verblijf in een jeugdinstelling (concept)',
        '## Vraag\n\nMoet een leerling in een gesloten jeugdinstelling vrijstelling hebben?\n\n## Antwoord\n\nNog uitwerken.',
        TRUE, 'DRAFT', @now - INTERVAL 2 DAY, 'bureau@demo.ingrado.nl', @now - INTERVAL 2 DAY, 'bureau@demo.ingrado.nl');
-- related articles, chosen by an editor
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Vrijstellingen: welke soorten zijn er?' AND t.title = 'Vrijstelling op grond van artikel 5 onder a (lichamelijke of psychische gronden)';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Vrijstellingen: welke soorten zijn er?' AND t.title = 'Vrijstelling van geregeld schoolbezoek: artikel 15';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Vrijstellingen: welke soorten zijn er?' AND t.title = 'Vrijstelling van de kwalificatieplicht (artikel 15a)';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Vrijstelling op grond van artikel 5 onder a (lichamelijke of psychische gronden)' AND t.title = 'Vrijstellingen: welke soorten zijn er?';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Uitschrijving van een leerling: wat moet de school melden?' AND t.title = 'Inschrijving op een nieuwe school na een verhuizing';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Uitschrijving van een leerling: wat moet de school melden?' AND t.title = 'Uitschrijven wegens vertrek naar het buitenland';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Verlof buiten de schoolvakanties (artikel 13a): vakantie wegens het beroep van de ouders' AND t.title = 'Verlof wegens gewichtige omstandigheden (artikel 11 onder g en artikel 14)';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Verlof buiten de schoolvakanties (artikel 13a): vakantie wegens het beroep van de ouders' AND t.title = 'Luxeverzuim: op vakantie zonder toestemming';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Verzuim melden: de grens van 16 uur in vier weken' AND t.title = 'Verzuim melden via het verzuimregister van DUO';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Kwalificatieplicht: tot wanneer en voor wie?' AND t.title = 'Het Doorstroompunt: opvolger van het RMC';
INSERT INTO knowledge_related (article_id, related_id)
SELECT f.id, t.id FROM knowledge_article f, knowledge_article t WHERE f.title = 'Gegevensdeling tussen school en leerplicht onder de AVG' AND t.title = 'Mag ik het BSN gebruiken in de leerplichtadministratie?';
-- the old way of reporting absence is outdated: its address leads to the new article
UPDATE knowledge_article o JOIN knowledge_article n ON n.title = 'Verzuim melden via het verzuimregister van DUO'
   SET o.replaced_by_id = n.id, o.outdated_at = @now - INTERVAL 100 DAY, o.updated_at = @now - INTERVAL 100 DAY
 WHERE o.title = 'Verzuim melden via het verzuimloket (oude werkwijze)';
-- reads and searches without result of the last months, for the staff figures
INSERT INTO knowledge_read (article_id, month_start, readings)
SELECT id, DATE_FORMAT(CURRENT_DATE() - INTERVAL 1 MONTH, '%Y-%m-01'), 5 + (id % 40) FROM knowledge_article WHERE status = 'PUBLISHED';
INSERT INTO knowledge_read (article_id, month_start, readings)
SELECT id, DATE_FORMAT(CURRENT_DATE(), '%Y-%m-01'), 1 + (id % 13) FROM knowledge_article WHERE status = 'PUBLISHED';
INSERT INTO knowledge_search_miss (query_text, month_start, searches) VALUES
    ('thuisonderwijs', DATE_FORMAT(CURRENT_DATE() - INTERVAL 1 MONTH, '%Y-%m-01'), 7),
    ('stageplaats zoeken', DATE_FORMAT(CURRENT_DATE() - INTERVAL 1 MONTH, '%Y-%m-01'), 4),
    ('topsport verlof', DATE_FORMAT(CURRENT_DATE(), '%Y-%m-01'), 3);
-- documents: tiny real PDFs; the model letter has two versions, the newest is the default download
INSERT INTO knowledge_document (theme_code, title, description, members_only, created_at, created_by, updated_at)
VALUES ('vrijstellingen', 'Modelbrief vrijstelling artikel 5 onder a', 'Een modelbrief aan ouders bij een kennisgeving van vrijstelling op grond van artikel 5 onder a.', FALSE, @now - INTERVAL 400 DAY, @by, @now - INTERVAL 30 DAY);
SET @doc = LAST_INSERT_ID();
INSERT INTO knowledge_document_version (document_id, version_no, filename, content_type, size_bytes, content, uploaded_at, uploaded_by)
VALUES (@doc, 1, 'modelbrief-vrijstelling-5a-v1.pdf', 'application/pdf', 714, X'255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e67746820313432203e3e0a73747265616d0a4254202f46312031322054662037322037363020546420313620544c2028496e677261646f202d204d6f64656c6272696566207672696a7374656c6c696e6720617274696b656c2035206f6e646572206129202720285665727369652031292027202844656d6f2d646f63756d656e742076616e20646520646f63756d656e74656e6c696a73742e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333338203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3533310a2525454f460a', @now - INTERVAL 400 DAY, @by);
INSERT INTO knowledge_document_version (document_id, version_no, filename, content_type, size_bytes, content, uploaded_at, uploaded_by)
VALUES (@doc, 2, 'modelbrief-vrijstelling-5a-v2.pdf', 'application/pdf', 739, X'255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e67746820313637203e3e0a73747265616d0a4254202f46312031322054662037322037363020546420313620544c2028496e677261646f202d204d6f64656c6272696566207672696a7374656c6c696e6720617274696b656c2035206f6e6465722061292027202856657273696520323a206d6574206465206e6965757765207465726d696a6e656e292027202844656d6f2d646f63756d656e742076616e20646520646f63756d656e74656e6c696a73742e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333338203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3535360a2525454f460a', @now - INTERVAL 30 DAY, @by);
INSERT INTO knowledge_document (theme_code, title, description, members_only, created_at, created_by, updated_at)
VALUES ('verzuim-verlof', 'Handreiking verlof buiten de schoolvakanties', 'Hoe beoordeel je een aanvraag op grond van artikel 13a en artikel 14? Met voorbeelden.', TRUE, @now - INTERVAL 200 DAY, @by, @now - INTERVAL 200 DAY);
SET @doc = LAST_INSERT_ID();
INSERT INTO knowledge_document_version (document_id, version_no, filename, content_type, size_bytes, content, uploaded_at, uploaded_by)
VALUES (@doc, 1, 'handreiking-verlof.pdf', 'application/pdf', 728, X'255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e67746820313536203e3e0a73747265616d0a4254202f46312031322054662037322037363020546420313620544c2028496e677261646f202d2048616e647265696b696e67207665726c6f662062756974656e206465207363686f6f6c76616b616e746965732920272028416c6c65656e20766f6f72206c6564656e206d65742065656e207072656d69756d2d6163636f756e742e292027202844656d6f2d646f63756d656e742e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333338203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3534350a2525454f460a', @now - INTERVAL 200 DAY, @by);
INSERT INTO knowledge_document (theme_code, title, description, members_only, created_at, created_by, updated_at)
VALUES ('in-uitschrijvingen', 'Stroomschema uitschrijving', 'Wat de school en de leerplichtambtenaar doen bij een uitschrijving.', FALSE, @now - INTERVAL 90 DAY, @by, @now - INTERVAL 90 DAY);
SET @doc = LAST_INSERT_ID();
INSERT INTO knowledge_document_version (document_id, version_no, filename, content_type, size_bytes, content, uploaded_at, uploaded_by)
VALUES (@doc, 1, 'stroomschema-uitschrijving.pdf', 'application/pdf', 662, X'255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361202f456e636f64696e67202f57696e416e7369456e636f64696e67203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e677468203931203e3e0a73747265616d0a4254202f46312031322054662037322037363020546420313620544c2028496e677261646f202d205374726f6f6d736368656d612075697473636872696a76696e67292027202844656d6f2d646f63756d656e742e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333338203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3437390a2525454f460a', @now - INTERVAL 90 DAY, @by);
