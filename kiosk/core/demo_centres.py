"""Other resident centres' demo data: the source's other real examples, each a centre of its own.

The demo kiosk at Karttulan asukastupa loads only its own centre
(``kiosk.core.demo_content.KARTTULA_CENTRE``); these are for bundles of other centres
(``kiosk.core.demo.load_demo(store, OTHER_CENTRES["SUK"])``). Organisations and results
follow the source; names and phone numbers are invented.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.demo_content import (
    BUSINESS,
    CHAIR,
    COMMON_RULES,
    CONVENER,
    DONE,
    FIRST_ITEM,
    HANKE,
    PUBLIC,
    RESIDENT,
    SECRETARY,
    THIRD,
    UNDER_WAY,
    Act,
    CentreSpec,
    Complete,
    Decline,
    Forward,
    Group,
    IdeaSpec,
    Item,
    Meet,
    Merge,
    Person,
    Publish,
    TableSpec,
)
from kiosk.core.model import TableKind

RAUTAVAARA_THEME = "Kirjasto ja yhteinen olohuone"
MANTYHARJU_THEME = "Perusopetus ja hyvä koulupäivä"

RAUTAVAARA = TableSpec(
    "rautavaara",
    "Rautavaaran kirjasto kuntalaisten olohuoneeksi",
    RAUTAVAARA_THEME,
    "Rautavaara",
    TableKind.THEMATIC,
    "Teemme kirjastosta kuntalaisten yhteisen olohuoneen, joka on auki silloin, kun ihmiset sitä tarvitsevat. "
    "Lähtökohtana ovat palvelupajan toiveet: pidemmät aukioloajat ja yhteistä tekemistä kaikenikäisille.",
    (*COMMON_RULES, "Nuorten ääni kuuluu pöydässä yhtä lailla kuin aikuisten."),
    (
        Person("elinvoima", "Jukka Lappalainen", "Rautavaaran kunta", PUBLIC, "elinvoimajohtaja", CONVENER),
        Person("pj", "Eeva Karhunen", "Rautavaaran sivistyslautakunta", PUBLIC, "puheenjohtaja", CHAIR),
        Person("hanke", "Noora Hiltunen", HANKE, THIRD, "hanketyöntekijä", SECRETARY),
        Person("kunnanjohtaja", "Markku Ryynänen", "Rautavaaran kunta", PUBLIC, "kunnanjohtaja"),
        Person("kirjasto", "Satu Pirinen", "Rautavaaran kirjasto", PUBLIC, "kirjastonhoitaja"),
        Person("yrittajat", "Petri Partanen", "Rautavaaran Yrittäjät ry", BUSINESS, "puheenjohtaja"),
        Person("kylayhdistys", "Anneli Martikainen", "Rautavaaran kyläyhdistys", THIRD, "sihteeri"),
        Person("elakkeensaajat", "Olli Heikkinen", "Rautavaaran Eläkkeensaajat ry", THIRD, "puheenjohtaja"),
        Person("nuori", "Emilia Kiiskinen", "Rautavaaran nuorisovaltuusto", RESIDENT, "nuorisovaltuuston jäsen"),
        Person("asukas", "Raimo Tolvanen", "", RESIDENT, "kirjaston asiakas, asukasjäsen"),
    ),
    "Rautavaaran kirjasto, puh. 040 123 4568",
    -185,
    (
        Meet(
            "r1",
            -176,
            17,
            "Rautavaaran kirjasto",
            "Kirjasto auki useammin – miten?",
            (
                FIRST_ITEM,
                Item(
                    "aukiolo",
                    "Miten kirjasto voisi olla auki useammin?",
                    30,
                    "Palvelupajassa toivottiin pidempiä aukioloaikoja, myös iltaisin ja viikonloppuisin.",
                    "Omatoimikirjasto nähtiin parhaaksi keinoksi. Laitteisiin haetaan rahoitusta opetus- ja "
                    "kulttuuriministeriöltä.",
                ),
                Item(
                    "tekeminen",
                    "Mitä yhteistä tekemistä kirjastoon?",
                    25,
                    "",
                    "Eniten kannatusta saivat elokuvaillat. Yhdistykset lupasivat auttaa kahvituksessa.",
                ),
            ),
            (
                Act(
                    "aukiolo",
                    "Haetaan opetus- ja kulttuuriministeriöltä rahoitusta omatoimikirjaston laitteisiin.",
                    "elinvoima",
                    45,
                    ((-165, UNDER_WAY, ""), (-130, DONE, "Hakemus jätettiin, ja rahoitus myönnettiin.")),
                ),
                Act(
                    "tekeminen",
                    "Aloitetaan kirjastossa elokuvaillat kerran kuussa.",
                    "kirjasto",
                    60,
                    (
                        (
                            -120,
                            DONE,
                            "Ensimmäiseen elokuvailtaan tuli 34 katsojaa. Illat jatkuvat kuun ensimmäisenä torstaina.",
                        ),
                    ),
                ),
            ),
        ),
        Meet(
            "r2",
            -95,
            17,
            "Rautavaaran kirjasto",
            "Nuorten ääni ja jatkorahoitus",
            (
                Item(
                    "omatoimi",
                    "Miten omatoimikirjasto otetaan käyttöön?",
                    20,
                    "",
                    "Laitteet asennetaan, ja kirjasto opastaa asiakkaita.",
                ),
                Item(
                    "nuoret",
                    "Miten nuoret saadaan mukaan?",
                    25,
                    "",
                    "Nuorisovaltuusto ehdotti nuorten omaa palvelupajaa koulupäivän aikana.",
                ),
                Item(
                    "leader",
                    "Rahoitusta asukkaiden muille ideoille?",
                    25,
                    "Palvelupajassa syntyi enemmän ideoita kuin kirjasto yksin ehtii toteuttaa.",
                    "Kunta hakee Leader-ryhmältä hankerahoitusta yhteisölliseen toimintaan ja kirjaston kehittämiseen.",
                ),
            ),
            (
                Act(
                    "omatoimi",
                    "Otetaan omatoimikirjasto käyttöön.",
                    "kirjasto",
                    60,
                    (
                        (
                            -39,
                            DONE,
                            "Omatoimikirjasto avattiin: kirjastoon pääsee kirjastokortilla ja PIN-koodilla "
                            "arkisin klo 7–21.",
                        ),
                    ),
                ),
                Act(
                    "nuoret",
                    "Järjestetään nuorten palvelupaja yhden koulupäivän aikana.",
                    "elinvoima",
                    45,
                    ((-50, DONE, "Pajaan osallistui noin 100 nuorta, ja ideoita kertyi noin 70."),),
                ),
                Act(
                    "leader",
                    "Haetaan Leader-ryhmältä hankerahoitusta asukkaiden ideoiden toteuttamiseen.",
                    "elinvoima",
                    120,
                    ((-70, UNDER_WAY, ""),),
                ),
            ),
            absent=("kunnanjohtaja",),
        ),
        Meet(
            "r3",
            -25,
            17,
            "Rautavaaran kirjasto",
            "Nuorten ideat ja omatoimikirjaston opastus",
            (
                Item(
                    "nuorten_ideat",
                    "Mitä nuorten palvelupaja toi esiin?",
                    30,
                    "",
                    "Eniten toivottiin nuorisotilaa ja tekemistä iltoihin. Nuorisovaltuusto kokoaa ideoista "
                    "ehdotuksen.",
                ),
                Item(
                    "opastus",
                    "Miten opastamme ikäihmisiä omatoimikirjastoon?",
                    20,
                    "",
                    "Eläkkeensaajat ja kirjasto järjestävät yhdessä opastustuokioita.",
                ),
            ),
            (
                Act(
                    "nuorten_ideat",
                    "Kootaan nuorten ideoista ehdotus nuorisotilan kehittämiseksi.",
                    "nuori",
                    40,
                    ((-18, UNDER_WAY, ""),),
                ),
                Act("opastus", "Järjestetään omatoimikirjaston opastustuokioita ikäihmisille.", "elakkeensaajat", 30),
            ),
        ),
        Meet(
            "r4",
            12,
            17,
            "Rautavaaran kirjasto",
            "Nuorisotila ja kirjaston joulu",
            (
                Item(
                    "nuorisotila",
                    "Nuorisotila: missä ja milloin?",
                    30,
                    "Nuorisovaltuusto esittelee nuorten ideoista kootun ehdotuksen.",
                ),
                Item("joulu", "Joulunajan tapahtumat kirjastossa", 15),
            ),
        ),
    ),
)

MANTYHARJU = TableSpec(
    "mantyharju",
    "Mäntyharjun perusopetuksen kumppanuuspöytä",
    MANTYHARJU_THEME,
    "Mäntyharju",
    TableKind.THEMATIC,
    "Luomme kaikkien yhteisen koulun, jossa kaikilla on hyvä olla yhdessä. Alatavoitteina ovat osallisuuden "
    "edistäminen, ryhmäytymisen kehittäminen, eheyttävä koulupäivä -malli ja avoin viestintämalli.",
    (
        "Oppilaiden ääni kuuluu jokaisessa tapaamisessa.",
        "Etätapaamisessa puheenvuoroa pyydetään kädennostolla.",
        "Tapaaminen kestää enintään puolitoista tuntia.",
        "Alatyöryhmät valmistelevat asiat, ja koko pöytä sopii toimenpiteistä yhdessä.",
    ),
    (
        Person("pj", "Kaisa Lehtonen", "Mäntyharjun kunta", PUBLIC, "sivistysjohtaja", CHAIR),
        Person("kehittaja", "Ari Laine", "Mäntyharjun kunta", PUBLIC, "kehittämissuunnittelija", CONVENER),
        Person("sihteeri", "Johanna Heinonen", "Mäntyharjun kunta", PUBLIC, "koulusihteeri", SECRETARY),
        Person("rehtori", "Mikko Salonen", "Mäntyharjun yhtenäiskoulu", PUBLIC, "rehtori"),
        Person("apulaisrehtori", "Anu Rantanen", "Mäntyharjun yhtenäiskoulu", PUBLIC, "apulaisrehtori"),
        Person("luokanopettaja", "Tiina Koskinen", "Mäntyharjun yhtenäiskoulu", PUBLIC, "luokanopettaja"),
        Person("aineenopettaja", "Sami Nieminen", "Mäntyharjun yhtenäiskoulu", PUBLIC, "aineenopettaja"),
        Person("kuraattori", "Laura Mäkelä", "Oppilashuolto", PUBLIC, "koulukuraattori"),
        Person("terveydenhoitaja", "Päivi Kettunen", "Oppilashuolto", PUBLIC, "kouluterveydenhoitaja"),
        Person("nuoriso", "Riikka Manninen", "Mäntyharjun nuorisopalvelut", PUBLIC, "nuoriso-ohjaaja"),
        Person("oppilaat", "", "Yhtenäiskoulun oppilaskunnan hallitus", RESIDENT, "kaksi oppilasedustajaa"),
        Person("huoltaja", "Jenni Virtanen", "", RESIDENT, "huoltaja"),
        Person("vanhemmat", "Marko Laitinen", "Mäntyharjun vanhempainyhdistys ry", THIRD, "puheenjohtaja"),
        Person("mll", "Sari Hakkarainen", "MLL:n Mäntyharjun yhdistys", THIRD, "yhdistyksen edustaja"),
        Person("seurakunta", "Antti Kauppinen", "Mäntyharjun seurakunta", THIRD, "nuorisotyönohjaaja"),
    ),
    "Mäntyharjun sivistyspalvelut, puh. 040 123 4569",
    -220,
    (
        Meet(
            "m1",
            -211,
            17,
            "Teams-etäkokous",
            "Millainen on paras mäntyharjulainen koulukokemus?",
            (
                Item(
                    "tavoite",
                    "Mikä on yhteinen tavoitteemme?",
                    30,
                    "Koulut yhdistyvät yhtenäiskouluksi.",
                    "Päätavoitteeksi asetettiin kaikkien yhteinen koulu, jossa kaikilla on hyvä olla yhdessä.",
                ),
                Item(
                    "ryhmat",
                    "Miten jaamme työn alatyöryhmiin?",
                    20,
                    "",
                    "Pöytä jaettiin kahteen alatyöryhmään. Alatyöryhmä A aloittaa.",
                ),
                Item(
                    "yhdistyminen",
                    "Mitä koulujen yhdistyminen tarkoittaa oppilaille?",
                    20,
                    "",
                    "Oppilaat toivat esiin huolen uusista ryhmistä ja pidemmistä koulumatkoista.",
                ),
            ),
            (
                Act(
                    "ryhmat",
                    "Kootaan oppilaiden ja huoltajien toiveet yhteisestä koulusta.",
                    "Alatyöryhmä A",
                    40,
                    ((-170, DONE, "Kyselyyn vastasi 212 oppilasta ja 96 huoltajaa."),),
                ),
                Act(
                    "yhdistyminen",
                    "Laaditaan ryhmäytymisen malli lukuvuoden alkuun.",
                    "Alatyöryhmä B",
                    70,
                    (
                        (-150, UNDER_WAY, ""),
                        (-100, DONE, "Ryhmäytymispäivät pidettiin kaikilla luokilla ensimmäisellä kouluviikolla."),
                    ),
                ),
            ),
            "Tapaaminen pidettiin Teams-etäkokouksena, ja mukana oli 15 osallistujaa. Keskustelu sujui hyvin "
            "verkon välitykselläkin.",
        ),
        Meet(
            "m2",
            -120,
            17,
            "Yhtenäiskoulun kirjasto",
            "Ryhmäytyminen ja välitunnit",
            (
                Item(
                    "kysely",
                    "Mitä oppilaat ja huoltajat toivovat?",
                    25,
                    "",
                    "Toiveissa korostuivat turvallisuus, kaverit ja se, että aikuinen on lähellä.",
                ),
                Item(
                    "valitunti",
                    "Millaisia välitunteja oppilaat toivovat?",
                    20,
                    "",
                    "Sovittiin ohjatun välituntitoiminnan kokeilusta yläkoulussa.",
                ),
                Item(
                    "viestinta",
                    "Avoin viestintä kodin ja koulun välillä",
                    25,
                    "",
                    "Alatyöryhmä A valmistelee avoimen viestinnän mallin.",
                ),
            ),
            (
                Act(
                    "valitunti",
                    "Kokeillaan ohjattua välituntitoimintaa yläkoulun pitkällä välitunnilla.",
                    "nuoriso",
                    90,
                    ((-88, UNDER_WAY, ""),),
                ),
                Act(
                    "viestinta",
                    "Valmistellaan avoimen viestinnän malli.",
                    "Alatyöryhmä A",
                    150,
                    ((-80, UNDER_WAY, ""),),
                ),
            ),
            absent=("terveydenhoitaja",),
        ),
        Meet(
            "m3",
            -45,
            17,
            "Yhtenäiskoulun kirjasto",
            "Eheyttävä koulupäivä",
            (
                Item(
                    "eheyttava",
                    "Millainen olisi eheyttävä koulupäivä?",
                    30,
                    "",
                    "Alatyöryhmä B kertoi kokemuksista muualta. Kokeilu suunnitellaan kevätlukukaudelle.",
                ),
                Item(
                    "ryhmaytyminen",
                    "Mitä opimme ryhmäytymispäivistä?",
                    20,
                    "",
                    "Päivät koettiin hyviksi. Ne pidetään jatkossa joka syksy.",
                ),
            ),
            (Act("eheyttava", "Suunnitellaan eheyttävän koulupäivän kokeilu.", "Alatyöryhmä B", 90),),
        ),
        Meet(
            "m4",
            19,
            17,
            "Yhtenäiskoulun kirjasto",
            "Viestintämalli ja kevään kokeilu",
            (
                Item(
                    "viestintamalli",
                    "Avoimen viestinnän malli: mitä ehdotamme?",
                    30,
                    "Alatyöryhmä A esittelee luonnoksen.",
                ),
                Item("kevat", "Kevätlukukauden tapaamiset", 15),
            ),
        ),
    ),
    info_url="https://example.fi/mantyharju/perusopetus",
    groups=(
        Group(
            "Alatyöryhmä A",
            "Oppilaiden ja huoltajien osallisuus, ryhmäytyminen ja avoin viestintä.",
            ("rehtori", "apulaisrehtori", "oppilaat", "huoltaja", "vanhemmat", "mll", "seurakunta"),
            ("Huoltajia ala- ja yläluokilta",),
        ),
        Group(
            "Alatyöryhmä B",
            "Opetushenkilöstön yhteistyö, oppilashuolto ja eheyttävä koulupäivä.",
            ("luokanopettaja", "aineenopettaja", "kuraattori", "terveydenhoitaja", "nuoriso"),
            ("Koulunkäynninohjaajat",),
        ),
    ),
    missing_sectors=frozenset({BUSINESS}),
)

SUKEVA = TableSpec(
    "sukeva",
    "Sukevan yhteinen pöytä",
    "Viestintä ja palvelut kylällä",
    "Sukeva (Sonkajärvi)",
    TableKind.BOTH,
    "Parannamme yhdessä Sukevan palveluja ja kylän viestintää, jotta kyläläiset saavat tarvitsemansa "
    "palvelut ja tiedon omalta kylältä.",
    (*COMMON_RULES, "Jokainen tuo pöytään omaa osaamistaan ja voimavarojaan."),
    (
        Person("pj", "Merja Tiihonen", "Sukevan aluelautakunta", PUBLIC, "aluesihteeri", CHAIR),
        Person("hanke", "Irma Savolainen", HANKE, THIRD, "hanketyöntekijä", CONVENER),
        Person("sihteeri", "Anna Ryhänen", HANKE, THIRD, "hanketyöntekijä", SECRETARY),
        Person("lautakunta", "Veikko Kokkonen", "Sukevan aluelautakunta", PUBLIC, "puheenjohtaja"),
        Person("hallitus", "Pirjo Happonen", "Sonkajärven kunnanhallitus", PUBLIC, "jäsen"),
        Person("kylayhdistys", "Erkki Rönkkö", "Sukevan Kyläyhdistys ry", THIRD, "puheenjohtaja"),
        Person("urheilijat", "Liisa Kärkkäinen", "Sukevan Urheilijat ry", THIRD, "sihteeri"),
        Person("kauppa", "Jouni Pasanen", "Sukevan kyläkauppa", BUSINESS, "kauppias"),
        Person("kahvila", "Ulla Korhonen", "Kahvila Sukevanhovi", BUSINESS, "yrittäjä"),
    ),
    "Sukevan aluetoimisto, puh. 040 123 4570",
    -760,
    (
        Meet(
            "s1",
            -736,
            17,
            "Sukevan kylätalo",
            "Mitä Sukeva tarvitsee?",
            (
                FIRST_ITEM,
                Item(
                    "pankki",
                    "Miten kyläläiset saavat käteistä?",
                    30,
                    "Pankkiautomaatti vietiin kylältä, ja käteisen nostaminen vaatii pitkän matkan.",
                    "Kauppias kertoi, että kaupassa on tilaa automaatille. Aluelautakunta neuvottelee "
                    "automaattipalvelujen tarjoajan kanssa.",
                ),
                Item(
                    "viestinta",
                    "Mistä kyläläiset saavat tietoa?",
                    25,
                    "",
                    "Kylällä ei ole yhteisiä verkkosivuja. Kyläyhdistys lupasi selvittää omat sivut.",
                ),
            ),
            (
                Act(
                    "pankki",
                    "Neuvotellaan pankkiautomaatin palauttamisesta kyläkaupan yhteyteen.",
                    "lautakunta",
                    120,
                    ((-700, UNDER_WAY, ""), (-520, DONE, "Pankkiautomaatti palasi Sukevalle kyläkaupan yhteyteen.")),
                ),
                Act(
                    "viestinta",
                    "Tehdään Sukevalle omat verkkosivut: tapahtumat, palvelut ja yhdistykset.",
                    "kylayhdistys",
                    200,
                    (
                        (-690, UNDER_WAY, ""),
                        (
                            -480,
                            DONE,
                            "Sukevan omat nettisivut avattiin. Yhdistykset päivittävät itse omat tapahtumansa.",
                        ),
                    ),
                ),
            ),
        ),
        Meet(
            "s2",
            -603,
            17,
            "Sukevan kylätalo",
            "Ulkoilu- ja kulttuuripolku",
            (
                Item(
                    "polku",
                    "Voisiko kylälle tehdä ulkoilu- ja kulttuuripolun?",
                    30,
                    "",
                    "Sovittiin liikunnallisesta ulkoilu- ja kulttuuripolusta, jonka nimeksi tuli Pakoraitti. "
                    "Rakentamiseen haetaan hankerahoitusta.",
                ),
                Item(
                    "sivut",
                    "Mitä kylän nettisivuille tulee?",
                    20,
                    "",
                    "Sivuille tulevat tapahtumakalenteri, palvelut ja yhdistysten yhteystiedot.",
                ),
            ),
            (
                Act(
                    "polku",
                    "Haetaan hankerahoitusta Pakoraitin rakentamiseen.",
                    "hanke",
                    90,
                    ((-560, UNDER_WAY, ""), (-470, DONE, "Pakoraitille saatiin hankerahoitusta.")),
                ),
                Act(
                    "polku",
                    "Rakennetaan Pakoraitti ja viedään se Pohjois-Savon Mobiilireitit-sovellukseen.",
                    "urheilijat",
                    330,
                    (
                        (-459, UNDER_WAY, ""),
                        (
                            -290,
                            DONE,
                            "Pakoraitti avattiin, ja se löytyy "
                            "Pohjois-Savon Mobiilireitit-sovelluksesta (retkipaikka.fi).",
                        ),
                    ),
                ),
            ),
        ),
        Meet(
            "s3",
            -421,
            17,
            "Sukevan kylätalo",
            "Mitä on saatu aikaan?",
            (
                Item(
                    "tilanne",
                    "Missä vaiheessa sovitut asiat ovat?",
                    30,
                    "",
                    "Pankkiautomaatti on palannut ja nettisivut ovat auki. Pakoraitin rakentaminen etenee.",
                ),
                Item(
                    "avajaiset",
                    "Miten Pakoraitti avataan kyläläisille?",
                    25,
                    "",
                    "Sovittiin yhteisistä avajaisista, joissa kaikki pöydän tahot ovat mukana.",
                ),
            ),
            (
                Act(
                    "avajaiset",
                    "Järjestetään Pakoraitin avajaiset kyläläisille.",
                    "kylayhdistys",
                    140,
                    ((-284, DONE, "Avajaisissa kävi noin 120 kyläläistä ja vierasta."),),
                ),
            ),
            absent=("hallitus",),
        ),
        Meet(
            "s4",
            -235,
            17,
            "Sukevan kylätalo",
            "Yhteinen arviointi",
            (
                Item(
                    "arviointi",
                    "Mitä saavutimme puolessatoista vuodessa?",
                    45,
                    "",
                    "Tulokset koottiin yhteen, ja kaikki kertoivat, mikä yhteistyössä toimi.",
                ),
                Item("jatko", "Miten kylän yhteistyö jatkuu?", 25, "", "Yhteistyö jatkuu aluelautakunnan kokouksissa."),
            ),
        ),
    ),
    info_url="https://example.fi/sukeva",
    closed=-214,
    evaluation=(
        "Puolentoista vuoden työ toi Sukevalle takaisin pankkiautomaatin, omat nettisivut ja Pakoraitin "
        "ulkoilu- ja kulttuuripolun. Kaikki mukana olleet tahot osallistuivat toimenpiteisiin, ja "
        "Pakoraitille saatiin myös hankerahoitusta. Yhdessä sopiminen oli tuttua jo aluelautakunnan työstä; "
        "uutta oli lähinnä nimi. Yhteistyö jatkuu aluelautakunnan kokouksissa."
    ),
    results=(
        "Pankkiautomaatti palasi Sukevalle.",
        "Sukevalle tehtiin omat nettisivut.",
        "Pakoraitti, liikunnallinen ulkoilu- ja kulttuuripolku, avattiin (Pohjois-Savon Mobiilireitit).",
    ),
    missing_sectors=frozenset({RESIDENT}),
)

KANGASLAMPI = TableSpec(
    "kangaslampi",
    "Kangaslammin liikennepalvelut",
    "Liikennepalvelut",
    "Kangaslampi (Varkaus)",
    TableKind.BOTH,
    "Kangaslammilta, Harjurannasta ja Viljolahdesta pitää päästä asioille ilman omaa autoa. Etsimme yhdessä "
    "keinot, joilla palveluliikenne ja kyydit palvelevat asukkaita paremmin.",
    (*COMMON_RULES, "Matkustajan, kuljettajan ja virkailijan kokemus ovat yhtä arvokkaita."),
    (
        Person("pj", "Reijo Hartikainen", "Kangaslammin kyläyhdistys", THIRD, "puheenjohtaja", CHAIR),
        Person("osallisuus", "Katja Moilanen", "Varkauden kaupunki", PUBLIC, "osallisuuskoordinaattori", CONVENER),
        Person("hanke", "Elina Pöllänen", HANKE, THIRD, "hanketyöntekijä", SECRETARY),
        Person("joukkoliikenne", "Juha Toivanen", "Varkauden kaupunki", PUBLIC, "joukkoliikennevastaava"),
        Person("tekninen", "Seppo Ikonen", "Varkauden kaupunki", PUBLIC, "tekninen johtaja"),
        Person("asiointipiste", "Marja Ruotsalainen", "Kangaslammin asiointipiste", PUBLIC, "palvelusihteeri"),
        Person("liikennoitsija", "Tapio Kolehmainen", "Liikenne Kolehmainen Oy", BUSINESS, "liikennöitsijä"),
        Person("seurakunta", "Maija Karppinen", "Kangaslammin seurakunta", THIRD, "vapaaehtoinen"),
        Person("harjuranta", "Aune Turunen", "Harjurannan kylä", RESIDENT, "kylän edustaja"),
        Person("viljolahti", "Olavi Ahonen", "Viljolahden kylä", RESIDENT, "kylän edustaja"),
        Person("kayttaja", "Lauri Oksanen", "", RESIDENT, "palveluliikenteen käyttäjä"),
    ),
    "Kangaslammin asiointipiste, puh. 040 123 4571",
    -610,
    (
        Meet(
            "g1",
            -603,
            17,
            "Kangaslammin kylätalo",
            "Miten kyliltä pääsee asioille?",
            (
                Item(
                    "kysely",
                    "Mitä jalkautuva asukaskysely kertoi?",
                    20,
                    "",
                    "Tärkeimmiksi teemoiksi nousivat liikennepalvelut ja viestintä. Tämä pöytä keskittyy "
                    "liikennepalveluihin.",
                ),
                Item(
                    "aikataulut",
                    "Palvelevatko palveluliikenteen aikataulut asiointia?",
                    30,
                    "",
                    "Nykyinen vuoro ehtii kirkonkylälle vasta, kun asiointipiste ja apteekki ovat sulkemassa. "
                    "Uusista aikatauluista valmistellaan ratkaisuesitys.",
                ),
                Item(
                    "kimppa",
                    "Voisivatko kimppakyydit auttaa?",
                    20,
                    "",
                    "Seurakunnan vapaaehtoiset kokeilevat kyytirinkiä.",
                ),
            ),
            (
                Act(
                    "aikataulut",
                    "Valmistellaan päätöksentekoon ratkaisuesitys palveluliikenteen aikatauluista.",
                    "joukkoliikenne",
                    45,
                    (
                        (-590, UNDER_WAY, ""),
                        (-555, DONE, "Esitys hyväksyttiin, ja uudet aikataulut tulivat voimaan nopeasti."),
                    ),
                ),
                Act(
                    "kimppa",
                    "Kokeillaan vapaaehtoisten kyytirinkiä.",
                    "seurakunta",
                    90,
                    ((-560, UNDER_WAY, ""), (-470, DONE, "Kyytirinki toimii; kuljettajina on viisi vapaaehtoista.")),
                ),
            ),
        ),
        Meet(
            "g2",
            -533,
            17,
            "Kangaslammin kylätalo",
            "Uudet aikataulut käytössä",
            (
                Item(
                    "palaute",
                    "Miten uudet aikataulut toimivat?",
                    30,
                    "",
                    "Palaute on myönteistä: asioille ehtii, ja kotiin pääsee samana päivänä.",
                ),
                Item(
                    "tiedotus",
                    "Miten aikatauluista kerrotaan kaikille?",
                    25,
                    "",
                    "Aikataulut jaetaan paperisena jokaiseen talouteen.",
                ),
            ),
            (
                Act(
                    "tiedotus",
                    "Jaetaan uudet aikataulut paperisena jokaiseen talouteen.",
                    "asiointipiste",
                    20,
                    ((-515, DONE, "Aikataulut jaettiin kaikkiin talouksiin postin mukana."),),
                ),
            ),
        ),
        Meet(
            "g3",
            -450,
            17,
            "Kangaslammin kylätalo",
            "Yhteinen arviointi",
            (
                Item(
                    "arviointi",
                    "Mitä saavutimme, ja mitä jäi kesken?",
                    45,
                    "",
                    "Aikataulumuutos koettiin pöydän tärkeimmäksi tulokseksi. Viestintää kehitetään omassa pöydässään.",
                ),
            ),
        ),
    ),
    closed=-430,
    evaluation=(
        "Jalkautuva asukaskysely nosti liikennepalvelut tärkeimmäksi kehittämisen kohteeksi. Pöydän "
        "ratkaisuesitys palveluliikenteen aikatauluista hyväksyttiin, ja uudet, asukkaita paremmin palvelevat "
        "aikataulut tulivat voimaan nopeasti. Kun kaupunki, liikennöitsijä, kylät ja matkustajat istuivat "
        "saman pöydän ääressä, kukin ymmärsi paremmin toisten haasteet."
    ),
    results=(
        "Palveluliikenteelle tehtiin uudet aikataulut, jotka tulivat voimaan nopeasti.",
        "Aikataulut jaettiin paperisena jokaiseen talouteen.",
        "Seurakunnan vapaaehtoiset aloittivat kyytiringin.",
    ),
)

VARPAISJARVI = TableSpec(
    "varpaisjarvi",
    "Varpaisjärven kumppanuuspöytä",
    "Kunnantalon käyttö ja kesätorit",
    "Varpaisjärvi (Lapinlahti)",
    TableKind.REGIONAL,
    "Saamme entisen kunnantalon parempaan käyttöön ja kehitämme sinne palveluja. Samalla vahvistamme kylän "
    "toimijoiden yhteistyötä.",
    COMMON_RULES,
    (
        Person("pj", "Helvi Juntunen", "", RESIDENT, "asukasjäsen, vanhusneuvoston puheenjohtaja", CHAIR),
        Person("hanke", "Irma Savolainen", HANKE, THIRD, "hanketyöntekijä", CONVENER),
        Person("sihteeri", "Anna Ryhänen", HANKE, THIRD, "hanketyöntekijä", SECRETARY),
        Person("valtuusto", "Martti Rissanen", "Lapinlahden kunnanvaltuusto", PUBLIC, "puheenjohtaja"),
        Person("kunnanjohtaja", "Arto Miettinen", "Lapinlahden kunta", PUBLIC, "kunnanjohtaja"),
        Person("kulttuuri", "Kirsi Honkanen", "Lapinlahden kulttuuripalvelut", PUBLIC, "kulttuurikoordinaattori"),
        Person("hyvinvointi", "Maarit Vartiainen", "Lapinlahden kunta", PUBLIC, "hyvinvointikoordinaattori"),
        Person("ulkoalueet", "Esa Huttunen", "Lapinlahden ulkoalueet", PUBLIC, "ulkoalueiden esimies"),
        Person("yrittajat", "Jarmo Rytkönen", "Varpaisjärven Yrittäjät ry", BUSINESS, "puheenjohtaja"),
        Person("asukas", "Tuomas Hyvärinen", "", RESIDENT, "asukasjäsen"),
    ),
    "Varpaisjärven kirjasto, puh. 040 123 4572",
    -330,
    (
        Meet(
            "v1",
            -323,
            17,
            "Varpaisjärven entinen kunnantalo",
            "Kunnantalo käyttöön",
            (
                FIRST_ITEM,
                Item(
                    "kunnantalo",
                    "Mitä entisessä kunnantalossa voisi olla?",
                    30,
                    "",
                    "Ideoita: yhdistysten kokoustila, etätyöpisteet, kerhot ja palvelupiste. Tilojen kunto ja "
                    "käyttökustannukset selvitetään.",
                ),
                Item(
                    "tori",
                    "Kesätori kylälle?",
                    20,
                    "",
                    "Yrittäjät innostuivat kesätorista kunnantalon pihalla. Sovittiin kolmesta perjantai-illasta "
                    "heinäkuussa.",
                ),
            ),
            (
                Act(
                    "kunnantalo",
                    "Selvitetään entisen kunnantalon kunto ja käyttökustannukset.",
                    "kunnanjohtaja",
                    60,
                    ((-298, UNDER_WAY, ""), (-228, DONE, "Talo on käyttökelpoinen, mutta lämmityskulut ovat suuret.")),
                ),
                Act(
                    "tori",
                    "Järjestetään kesätorit kolmena perjantai-iltana heinäkuussa.",
                    "yrittajat",
                    210,
                    (
                        (-249, UNDER_WAY, ""),
                        (
                            -116,
                            DONE,
                            "Kesätorit pidettiin kolmena perjantai-iltana heinäkuussa. Myyjiä oli parhaimmillaan 25.",
                        ),
                    ),
                ),
                Act(
                    "tori",
                    "Hoidetaan torin sähköt, jätehuolto ja opasteet.",
                    "ulkoalueet",
                    200,
                    ((-130, DONE, "Torille tuli sähköpisteet ja opasteet, ja jätehuolto toimi."),),
                ),
            ),
        ),
        Meet(
            "v2",
            -240,
            17,
            "Varpaisjärven entinen kunnantalo",
            "Kesätorin valmistelu",
            (
                Item(
                    "myyjat",
                    "Keitä kesätorille kutsutaan?",
                    30,
                    "",
                    "Kutsutaan paikalliset tuottajat, käsityöläiset ja yhdistykset.",
                ),
                Item(
                    "yhteistyo",
                    "Yhteistyö Nilsiän matkailuyrittäjien kanssa",
                    25,
                    "",
                    "Nilsiän matkailuyrittäjät kiinnostuivat yhteistyöstä.",
                ),
            ),
            (
                Act(
                    "yhteistyo",
                    "Kutsutaan Nilsiän matkailuyrittäjät mukaan kesätoreille.",
                    "yrittajat",
                    60,
                    ((-158, DONE, "Kolme Nilsiän matkailuyrittäjää tuli myymään ja esittelemään palvelujaan."),),
                ),
            ),
        ),
        Meet(
            "v3",
            -165,
            17,
            "Varpaisjärven entinen kunnantalo",
            "Kunnantalon tulevaisuus",
            (
                Item(
                    "tulevaisuus",
                    "Miten kunnantalon kehittäminen jatkuu?",
                    40,
                    "",
                    "Kunnantalon käyttö ei tehostu tämän pöydän aikana. Kylän yhdistykset hakevat kehittämiseen "
                    "uutta hankerahoitusta.",
                ),
            ),
            (
                Act(
                    "tulevaisuus",
                    "Haetaan hankerahoitusta kunnantalon palvelujen kehittämiseen.",
                    "Varpaisjärven yhdistykset",
                    60,
                    ((-120, DONE, "Rahoitus myönnettiin; kehittäminen jatkuu yhdistysten hankkeessa."),),
                ),
            ),
        ),
        Meet(
            "v4",
            -108,
            17,
            "Varpaisjärven entinen kunnantalo",
            "Yhteinen arviointi",
            (
                Item(
                    "arviointi",
                    "Mitä saavutimme, ja mitä jäi kesken?",
                    45,
                    "",
                    "Kesätorit onnistuivat ja yhteistyö vahvistui. Kunnantalon kehittäminen siirtyy "
                    "yhdistysten hankkeelle.",
                ),
            ),
        ),
    ),
    closed=-100,
    evaluation=(
        "Ensisijainen tavoite, entisen kunnantalon parempi käyttö, ei toteutunut pöydän aikana. Kehittäminen "
        "jatkuu yhdistysten hakeman uuden hankkeen turvin. Yhteistyö kylän toimijoiden välillä vahvistui, ja "
        "uutta yhteistyötä syntyi esimerkiksi Nilsiän matkailuyrittäjien kanssa."
    ),
    results=(
        "Kesätorit pidettiin kolmena perjantai-iltana heinäkuussa.",
        "Uutta yhteistyötä Nilsiän matkailuyrittäjien kanssa.",
        "Kunnantalon kehittäminen jatkuu yhdistysten uudessa hankkeessa.",
    ),
)


IDEAS_RAU = (
    IdeaSpec(
        "elokuva",
        -184,
        15,
        "Kirjastossa voisi näyttää elokuvia iltaisin. Elokuvateatteriin on pitkä matka.",
        RAUTAVAARA_THEME,
        (
            Publish(-183),
            Forward(-178, "rautavaara/r1", "tekeminen"),
            Complete(-119, "Elokuvaillat alkoivat kirjastossa. Ensimmäisessä illassa oli 34 katsojaa."),
        ),
    ),
    IdeaSpec(
        "lautapeli",
        -105,
        14,
        "Lautapeli-iltoja kirjastoon nuorille ja aikuisille yhdessä.",
        RAUTAVAARA_THEME,
        (Publish(-102), Forward(-100, "rautavaara/r2", "leader")),
    ),
    IdeaSpec(
        "satutunti",
        -22,
        10,
        "Satutunti lauantaiaamuisin\nPienille lapsille satutunti, niin vanhemmatkin pääsisivät kirjastoon juttelemaan.",
        RAUTAVAARA_THEME,
        (Publish(-18), Forward(-7, "rautavaara/r4", minutes=15)),
    ),
)
IDEAS_MAN = (
    IdeaSpec(
        "valitunti",
        -133,
        13,
        "Välitunneille enemmän tekemistä: pelejä, välineitä ja joku aikuinen vetämään.",
        MANTYHARJU_THEME,
        (Publish(-130), Forward(-127, "mantyharju/m2", "valitunti")),
    ),
    IdeaSpec(
        "klo10",
        -60,
        15,
        "Koulupäivät voisivat alkaa vasta kymmeneltä, niin nuoret jaksaisivat paremmin.",
        MANTYHARJU_THEME,
        (
            Publish(-58),
            Decline(
                -52,
                "Koulupäivän alkamisaikaa sitovat koulukuljetukset, jotka ajetaan "
                "samoilla autoilla kaikille luokille. Eheyttävän koulupäivän kokeilussa mietitään, miten "
                "koulupäivän rytmi voisi tukea jaksamista.",
            ),
        ),
    ),
    IdeaSpec(
        "wilma",
        -25,
        14,
        "Tiedotteet myös paperilla\nKaikki huoltajat eivät käytä Wilmaa. Koulun "
        "tiedotteet voisi saada myös paperilla tai tekstiviestinä.",
        MANTYHARJU_THEME,
        (Publish(-24), Forward(-3, "mantyharju/m4", minutes=15)),
    ),
)
IDEAS_SUK = (
    IdeaSpec(
        "atm",
        -758,
        14,
        "Pankkiautomaatti takaisin Sukevalle! Käteisen nostaminen vaatii nyt pitkän "
        "matkan, eikä kaikilla ole verkkopankkia.",
        SUKEVA.theme,
        (
            Publish(-757),
            Forward(-742, "sukeva/s1", "pankki"),
            Complete(-515, "Pankkiautomaatti palasi Sukevalle kyläkaupan yhteyteen. Kiitos ideasta!"),
        ),
    ),
    IdeaSpec(
        "atm2",
        -750,
        11,
        "Saisiko kylälle taas rahanottoautomaatin? Kaupassa käteinen on helpoin.",
        SUKEVA.theme,
        (Publish(-749), Merge(-745, "atm")),
    ),
    IdeaSpec(
        "polku",
        -640,
        14,
        "Kylän ympäri voisi tehdä merkityn kävelypolun, jonka varrella kerrottaisiin Sukevan historiasta.",
        SUKEVA.theme,
        (
            Publish(-638),
            Forward(-609, "sukeva/s2", "polku"),
            Complete(-289, "Pakoraitti avattiin: ulkoilu- ja kulttuuripolku kiertää kylää."),
        ),
    ),
)
IDEAS_KAN = (
    IdeaSpec(
        "aikataulu",
        -609,
        12,
        "Palveluliikenne tulee kirkonkylälle vasta puoliltapäivin, ja paluu lähtee heti. Asioille ei ehdi.",
        KANGASLAMPI.theme,
        (
            Publish(-606),
            Forward(-605, "kangaslampi/g1", "aikataulut"),
            Complete(
                -554,
                "Palveluliikenteen uudet aikataulut tulivat voimaan. Nyt asioille ehtii, ja "
                "kotiin pääsee samana päivänä.",
            ),
        ),
        source="survey",
    ),
)
IDEAS_VAR = (
    IdeaSpec(
        "tori",
        -329,
        12,
        "Kesällä voisi olla tori kunnantalon pihalla perjantai-iltaisin. Paikalliset "
        "tuottajat ja käsityöläiset myymään!",
        VARPAISJARVI.theme,
        (
            Publish(-326),
            Forward(-325, "varpaisjarvi/v1", "tori"),
            Complete(-116, "Kesätorit pidettiin kolmena perjantai-iltana heinäkuussa."),
        ),
        name="Sirkka Hämäläinen",
        contact="sirkka.hamalainen@example.fi",
    ),
)


def _settings(name: str, contact: str, slug: str, themes: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A centre's settings: name, contact, links and its themes in Swedish and English."""
    return {
        "centre_name": name,
        "centre_contact": contact,
        "poster_url": f"https://example.fi/{slug}",
        "minutes_url": f"https://example.fi/{slug}/muistiot",
        "theme_names": themes,
    }


OTHER_CENTRES: dict[str, CentreSpec] = {
    "RAU": CentreSpec(
        "RAU",
        _settings(
            "Rautavaaran kirjasto",
            "Rautavaaran kirjasto, puh. 040 123 4568",
            "rautavaara",
            {
                RAUTAVAARA_THEME: {
                    "sv": "Biblioteket som gemensamt vardagsrum",
                    "en": "The library as a shared living room",
                }
            },
        ),
        (RAUTAVAARA,),
        IDEAS_RAU,
    ),
    "MAN": CentreSpec(
        "MAN",
        _settings(
            "Mäntyharjun sivistyspalvelut",
            "Mäntyharjun sivistyspalvelut, puh. 040 123 4569",
            "mantyharju",
            {
                MANTYHARJU_THEME: {
                    "sv": "Grundskolan och en bra skoldag",
                    "en": "Basic education and a good school day",
                }
            },
        ),
        (MANTYHARJU,),
        IDEAS_MAN,
    ),
    "SUK": CentreSpec(
        "SUK",
        _settings(
            "Sukevan kylätalo",
            "Sukevan aluetoimisto, puh. 040 123 4570",
            "sukeva",
            {SUKEVA.theme: {"sv": "Information och service i byn", "en": "News and services in the village"}},
        ),
        (SUKEVA,),
        IDEAS_SUK,
    ),
    "KAN": CentreSpec(
        "KAN",
        _settings(
            "Kangaslammin asiointipiste",
            "Kangaslammin asiointipiste, puh. 040 123 4571",
            "kangaslampi",
            {KANGASLAMPI.theme: {"sv": "Trafiktjänster", "en": "Transport services"}},
        ),
        (KANGASLAMPI,),
        IDEAS_KAN,
    ),
    "VAR": CentreSpec(
        "VAR",
        _settings(
            "Varpaisjärven kirjasto",
            "Varpaisjärven kirjasto, puh. 040 123 4572",
            "varpaisjarvi",
            {
                VARPAISJARVI.theme: {
                    "sv": "Kommungården och sommartorgen",
                    "en": "The old town hall and summer markets",
                }
            },
        ),
        (VARPAISJARVI,),
        IDEAS_VAR,
    ),
}
"""The source's other real examples by centre code; the Karttula kiosk's demo loads none of them."""
