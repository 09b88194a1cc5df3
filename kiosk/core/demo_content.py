"""What the demo data says: six partnership tables from the source's real examples, and ideas.

Pure data, no I/O: ``kiosk.core.demo`` replays it through the services. Every moment is
a day offset from the Friday of the clock's week (negative is past), so a fixed clock gives
fixed data and weekdays stay as written: meetings fall on Monday to Thursday, everything
else on working days.
Names and phone numbers are invented; organisations and results follow the source.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.model import ActionStatus, Role, Sector, TableKind

HANKE = "Kirkonkylät palvelukeskuksina -hanke"
"""The development project whose workers convened tables and wrote minutes in the source."""
OPEN, UNDER_WAY, DONE = ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE
PUBLIC, BUSINESS, THIRD, RESIDENT = Sector.PUBLIC, Sector.BUSINESS, Sector.THIRD, Sector.RESIDENT
CONVENER, CHAIR, SECRETARY = Role.CONVENER, Role.CHAIR, Role.SECRETARY


@dataclass(frozen=True)
class Person:
    """A participant to seat at a table; ``key`` lets actions name who is responsible."""

    key: str
    name: str
    organisation: str
    sector: Sector
    title: str = ""
    role: Role = Role.MEMBER


@dataclass(frozen=True)
class Group:
    """A sub-working group, its members given by person keys."""

    name: str
    task: str
    members: tuple[str, ...]
    outside: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """An agenda item; ``notes`` is what the minutes say once the meeting is held."""

    key: str
    title: str
    minutes: int
    background: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Act:
    """An action agreed under an item: responsible is a person key or a party's name."""

    item: str
    what: str
    responsible: str
    due_in: int
    steps: tuple[tuple[int, ActionStatus, str], ...] = ()
    """(day, new status, result) moves after the meeting."""


@dataclass(frozen=True)
class Meet:
    """A meeting on ``day`` at ``hour``; past ones get minutes and actions."""

    key: str
    day: int
    hour: int
    place: str
    title: str
    items: tuple[Item, ...]
    acts: tuple[Act, ...] = ()
    minutes: str = ""
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSpec:
    """A partnership table with its people, meetings and, if closed, its evaluation."""

    key: str
    name: str
    theme: str
    area: str
    kind: TableKind
    goal: str
    rules: tuple[str, ...]
    people: tuple[Person, ...]
    contact: str
    started: int
    meetings: tuple[Meet, ...]
    info_url: str = ""
    groups: tuple[Group, ...] = ()
    closed: int | None = None
    evaluation: str = ""
    results: tuple[str, ...] = ()
    missing_sectors: frozenset[Sector] = frozenset()
    """Sectors the real example had nobody from; the demo keeps to the source."""


@dataclass(frozen=True)
class Publish:
    """Staff checked the idea and showed it on the kiosk."""

    day: int


@dataclass(frozen=True)
class Forward:
    """Staff put the idea on a meeting's agenda (an existing item, or a new one)."""

    day: int
    meeting: str
    item: str = ""
    minutes: int = 10


@dataclass(frozen=True)
class Answer:
    """Staff gave a public answer."""

    day: int
    text: str


@dataclass(frozen=True)
class Decline:
    """Staff closed the idea with a public reason."""

    day: int
    reason: str


@dataclass(frozen=True)
class Merge:
    """Staff joined the idea into a similar one."""

    day: int
    into: str


@dataclass(frozen=True)
class Complete:
    """Staff marked the idea done, saying what was done."""

    day: int
    answer: str


@dataclass(frozen=True)
class IdeaSpec:
    """A resident's idea and what staff and tables later did with it."""

    key: str
    day: int
    hour: int
    text: str
    theme: str
    steps: tuple[Publish | Forward | Answer | Decline | Merge | Complete, ...] = ()
    name: str = ""
    contact: str = ""
    source: str = "kiosk"
    workshop: bool = False


COMMON_RULES = (
    "Kaikki pöydän ääressä ovat tasavertaisia tittelistä riippumatta.",
    "Tapaaminen kestää enintään puolitoista tuntia ja alkaa yhteisen tavoitteen kertaamisella.",
    "Asialistalla on avoimia kysymyksiä, ei valmiita päätösesityksiä.",
    "Jokaisella sovitulla toimenpiteellä on vastuutaho ja aikataulu.",
)
"""Ground rules most tables agreed on at their first meeting."""
FIRST_ITEM = Item(
    "tavoite",
    "Yhteinen tavoite ja pelisäännöt",
    20,
    "Sovitaan, mihin pöytä pyrkii ja miten täällä toimitaan.",
    "Yhteinen tavoite kirjattiin, ja pelisäännöt hyväksyttiin yhdessä.",
)
"""The opening item of every table's first meeting."""
REVIEW_NOTES = "Edellisellä kerralla sovitut toimenpiteet käytiin läpi, ja niiden tilanne päivitettiin."
"""Minutes of the automatic review item."""
GENERAL_MINUTES = "Puheenjohtaja kertasi alussa yhteisen tavoitteen. Sovitut toimenpiteet ovat toimenpidelistalla."
"""General minutes of a meeting that has none of its own."""

KARTTULA_THEME = "Ikäihmisten palvelut ja toiminta"
RAUTAVAARA_THEME = "Kirjasto ja yhteinen olohuone"
MANTYHARJU_THEME = "Perusopetus ja hyvä koulupäivä"
WORKSHOP = {
    "title": "Palvelupaja: hyvä arki Karttulan kylillä",
    "day": 10,
    "hour": 13,
    "place": "Karttulan asukastupa",
    "themes": (
        "Liikkuminen ja kyydit",
        "Yhdessä tekeminen ja vapaaehtoistyö",
        "Asiointi ja digituki",
        "Tiedon kulku kylillä",
    ),
    "description": (
        "Kaikille avoin palvelupaja, jossa mietitään yhdessä, miten Karttulan kylillä voi asua hyvin "
        "myös ilman omaa autoa. Ideoita voi jättää jo nyt asukastuvan koneella tai paperilla. "
        "Tarjolla kahvia ja pullaa."
    ),
    "announced": -18,
}
"""The open service workshop (palvelupaja)."""
SETTINGS = {
    "centre_name": "Karttulan asukastupa",
    "centre_contact": "Karttulan asukastupa, avoinna ma–pe klo 9–15, puh. 040 123 4567",
    "poster_url": "https://example.fi/karttula",
    "minutes_url": "https://example.fi/karttula/muistiot",
    # What residents read on the Swedish and English screens (staff write these in the settings).
    "theme_names": {
        "Asiointi ja digituki": {"sv": "Ärenden och digitalt stöd", "en": "Errands and digital help"},
        "Ikäihmisten palvelut ja toiminta": {
            "sv": "Tjänster och verksamhet för äldre",
            "en": "Services and activities for older people",
        },
        "Kirjasto ja yhteinen olohuone": {
            "sv": "Biblioteket som gemensamt vardagsrum",
            "en": "The library as a shared living room",
        },
        "Kunnantalon käyttö ja kesätorit": {
            "sv": "Kommungården och sommartorgen",
            "en": "The old town hall and summer markets",
        },
        "Liikennepalvelut": {"sv": "Trafiktjänster", "en": "Transport services"},
        "Liikkuminen ja kyydit": {"sv": "Resor och skjutsar", "en": "Getting about and lifts"},
        "Perusopetus ja hyvä koulupäivä": {
            "sv": "Grundskolan och en bra skoldag",
            "en": "Basic education and a good school day",
        },
        "Tiedon kulku kylillä": {"sv": "Information i byarna", "en": "News reaching the villages"},
        "Viestintä ja palvelut kylällä": {
            "sv": "Information och service i byn",
            "en": "News and services in the village",
        },
        "Yhdessä tekeminen ja vapaaehtoistyö": {
            "sv": "Göra saker tillsammans och frivilligarbete",
            "en": "Doing things together and volunteering",
        },
    },
}
"""The resident centre the demo kiosk stands in."""

KARTTULA = TableSpec(
    "karttula",
    "Karttulan ikäihmisten palvelut",
    KARTTULA_THEME,
    "Karttula",
    TableKind.BOTH,
    "Kehitämme yhdessä Karttulan ikäihmisten palveluja ja toimintaa. Erityisesti ajattelemme autottomia, "
    "yksin haja-asutusalueella asuvia ikäihmisiä: miten he pääsevät asioille, tapaamaan muita ja mukaan "
    "toimintaan.",
    COMMON_RULES + ("Kerromme sovituista asioista myös niille, jotka eivät olleet paikalla.",),
    (
        Person(
            "koordinaattori",
            "Minna Halonen",
            "Kuopion kaupunki, kansalaistoiminta",
            PUBLIC,
            "aluekoordinaattori",
            CONVENER,
        ),
        Person(
            "pj", "Pekka Väisänen", "Kuopion kaupunginvaltuusto", PUBLIC, "kaupunginvaltuuston varapuheenjohtaja", CHAIR
        ),
        Person("hanke", "Sanna Kinnunen", HANKE, THIRD, "hanketyöntekijä", SECRETARY),
        Person("asukastupa", "Tuula Räsänen", "Karttulan asukastupa", PUBLIC, "asukastuvan työntekijä"),
        Person("kotihoito", "Hanna Mustonen", "Kuopion kaupunki, kotihoito", PUBLIC, "tiimivastaava"),
        Person("kirjasto", "Leena Hyvönen", "Karttulan kirjasto", PUBLIC, "kirjastovirkailija"),
        Person("raati", "Jari Kärkkäinen", "Karttulan pitäjäraati", PUBLIC, "pitäjäraadin puheenjohtaja"),
        Person("diakoni", "Marjatta Korhonen", "Karttulan seurakunta", THIRD, "diakoniatyöntekijä"),
        Person("viadia", "Timo Hämäläinen", "ViaDia ry", THIRD, "vapaaseurakunnan pastori"),
        Person("elakeliitto", "Raili Pitkänen", "Eläkeliiton Karttulan yhdistys", THIRD, "puheenjohtaja"),
        Person("kylat", "Heikki Tuovinen", "Karttulan Kylätoiminta ry", THIRD, "hallituksen jäsen"),
        Person("yrittajat", "Ville Miettinen", "Karttulan Yrittäjäkerho", BUSINESS, "puheenjohtaja"),
        Person("taksi", "Kari Jääskeläinen", "Kotipalvelu ja Taksi Jääskeläinen", BUSINESS, "yrittäjä"),
        Person("asukas", "Aili Tikkanen", "", RESIDENT, "asukasjäsen, asuu kylällä ilman autoa"),
    ),
    "Karttulan asukastupa, puh. 040 123 4567",
    -302,
    (
        Meet(
            "k1",
            -290,
            13,
            "Karttulan asukastupa",
            "Miten autottomat ikäihmiset pääsevät mukaan?",
            (
                FIRST_ITEM,
                Item(
                    "tarpeet",
                    "Mitä autottomat ikäihmiset kylillä tarvitsevat?",
                    30,
                    "Pitäjäraati ja palvelupaja nostivat esiin yksinäisyyden ja hankalat kulkuyhteydet.",
                    "Kotihoidon ja seurakunnan mukaan moni pääsee kirkonkylälle vain kerran kuussa. Tarpeista "
                    "tarvitaan tarkempaa tietoa, joten sovittiin palvelutarvekartoituksesta.",
                ),
                Item(
                    "virkistys",
                    "Voisimmeko järjestää virkistyspäivän asukastuvalla?",
                    25,
                    "Ajatus yhteisestä päivästä, jolle pääsevät myös ne, joilla ei ole autoa.",
                    "Sovittiin ensimmäisestä virkistyspäivästä. Pitäjäraati hoitaa invataksikuljetukset, "
                    "asukastupa ruokailun ja ohjelman.",
                ),
            ),
            (
                Act(
                    "virkistys",
                    "Järjestetään ensimmäinen ikäihmisten virkistyspäivä asukastuvalla.",
                    "asukastupa",
                    70,
                    (
                        (-270, UNDER_WAY, ""),
                        (
                            -226,
                            DONE,
                            "Virkistyspäivään osallistui noin 60 ikäihmistä. Moni "
                            "kertoi päässeensä ihmisten pariin ensimmäistä kertaa pitkään aikaan.",
                        ),
                    ),
                ),
                Act(
                    "virkistys",
                    "Järjestetään virkistyspäivään invataksikuljetukset autottomille.",
                    "raati",
                    65,
                    (
                        (
                            -226,
                            DONE,
                            "Invataksien lisäksi autolliset ikäihmiset ottivat kyytiin autottomia naapureitaan.",
                        ),
                    ),
                ),
                Act(
                    "tarpeet",
                    "Tehdään palvelutarvekartoitus seurakuntien ja asukastuvan työntekijöiden avulla.",
                    "diakoni",
                    160,
                    (
                        (-240, UNDER_WAY, ""),
                        (
                            -130,
                            DONE,
                            "Kartoitukseen vastasi 84 ikäihmistä kotikäynneillä, puhelimessa ja asukastuvalla.",
                        ),
                    ),
                ),
            ),
            "Tapaaminen alkoi esittäytymisellä. Puheenjohtaja kertoi, miten kumppanuuspöytä toimii: kaikki "
            "ovat tasavertaisia, ja asioista sovitaan yhdessä.",
        ),
        Meet(
            "k2",
            -200,
            13,
            "Karttulan asukastupa",
            "Kyydit ja vapaaehtoiset",
            (
                Item(
                    "kokemukset",
                    "Mitä opimme ensimmäisestä virkistyspäivästä?",
                    15,
                    "",
                    "Päivä onnistui hyvin. Tieto tavoitti kylät parhaiten kotihoidon, seurakunnan ja "
                    "kyläyhdistyksen kautta. Toinen virkistyspäivä päätettiin järjestää syksyllä.",
                ),
                Item(
                    "kyyti",
                    "Miten autoton pääsee kirkonkylälle asioille?",
                    30,
                    "Asukkaiden ideoissa toivotaan säännöllistä asiointikyytiä.",
                    "Keskusteltiin asiointikyydistä, kimppakyydeistä ja palveluliikenteestä. Taksiyrittäjä "
                    "selvittää, millä hinnalla viikoittainen asiointikyyti kyliltä onnistuisi.",
                ),
                Item(
                    "vapaaehtoiset",
                    "Miten saisimme lisää vapaaehtoisia mukaan?",
                    25,
                    "",
                    "Sovittiin kaikille avoimesta koulutuspäivästä vapaaehtoistoiminnasta.",
                ),
            ),
            (
                Act(
                    "kokemukset",
                    "Järjestetään toinen virkistyspäivä ja kerrotaan siellä asukastuvan toiminnasta.",
                    "raati",
                    140,
                    (
                        (-150, UNDER_WAY, ""),
                        (
                            -74,
                            DONE,
                            "Toiseen virkistyspäivään tuli noin 160 "
                            "ikäihmistä. Tuolijumppaan tulee päivän jälkeen selvästi enemmän väkeä.",
                        ),
                    ),
                ),
                Act(
                    "kyyti",
                    "Selvitetään viikoittaisen asiointikyydin hinta ja reitit kyliltä kirkonkylälle.",
                    "taksi",
                    230,
                    ((-190, UNDER_WAY, ""),),
                ),
                Act(
                    "vapaaehtoiset",
                    "Järjestetään kaikille avoin koulutuspäivä vapaaehtoistoiminnasta.",
                    "viadia",
                    90,
                    (
                        (-179, UNDER_WAY, ""),
                        (
                            -128,
                            DONE,
                            "Koulutuspäivään osallistui 23 ihmistä, ja yhdeksän lupautui ystävä- tai kyytiavuksi.",
                        ),
                    ),
                ),
            ),
            absent=("yrittajat",),
        ),
        Meet(
            "k3",
            -109,
            13,
            "Karttulan asukastupa",
            "Mitä kartoitus kertoo?",
            (
                Item(
                    "kartoitus",
                    "Mitä palvelutarvekartoitus kertoo?",
                    30,
                    "",
                    "Tärkeimmiksi tarpeiksi nousivat kyyti asioille, seura ja apu pieniin kodin töihin. Tuloksista "
                    "kerrotaan paikallislehdessä ja ilmoitustauluilla.",
                ),
                Item(
                    "viestinta",
                    "Miten tieto toiminnasta tavoittaa ne, jotka eivät käytä nettiä?",
                    25,
                    "",
                    "Ideoitiin paperista tiedotetta kotihoidon mukana ja puhelinrinkiä. Viestinnästä tehdään "
                    "hankesuunnitelma, ja sen rahoitusta selvitetään.",
                ),
                Item(
                    "jumppa",
                    "Tuolijumppaa myös kylätaloille?",
                    15,
                    "",
                    "Kylätoiminta kokeilee tuolijumppaa kylätalolla kerran kuussa.",
                ),
            ),
            (
                Act(
                    "kartoitus",
                    "Kerrotaan kartoituksen tuloksista paikallislehdessä ja ilmoitustauluilla.",
                    "asukastupa",
                    30,
                    ((-95, DONE, "Juttu ilmestyi paikallislehdessä, ja tiivistelmä on asukastuvan ilmoitustaululla."),),
                ),
                Act(
                    "viestinta",
                    "Tehdään viestinnästä hankesuunnitelma ja haetaan sille rahoitusta.",
                    "hanke",
                    150,
                    ((-88, UNDER_WAY, ""),),
                ),
                Act(
                    "jumppa",
                    "Kokeillaan tuolijumppaa kylätalolla kerran kuussa.",
                    "kylat",
                    60,
                    ((-58, DONE, "Tuolijumppa alkoi kylätalolla; mukana on ollut 12–15 ihmistä."),),
                ),
            ),
            absent=("kirjasto", "taksi"),
        ),
        Meet(
            "k4",
            -32,
            13,
            "Karttulan asukastupa",
            "Virkistyspäivät jatkuvat",
            (
                Item(
                    "virkistys2",
                    "Järjestetäänkö virkistyspäivä kahdesti vuodessa?",
                    20,
                    "",
                    "Toisen virkistyspäivän kokemukset olivat hyvät. Sovittiin, että virkistyspäivä järjestetään "
                    "jatkossa kaksi kertaa vuodessa.",
                ),
                Item(
                    "palvelupaja",
                    "Palvelupaja kaikille kyläläisille",
                    25,
                    "Haluamme kuulla myös niitä, jotka eivät vielä ole olleet mukana.",
                    "Sovittiin kaikille avoimesta palvelupajasta asukastuvalla.",
                ),
                Item(
                    "kauppa",
                    "Voisivatko ostokset tulla kotiin?",
                    20,
                    "",
                    "Yrittäjäkerho kysyy kirkonkylän kaupoilta, voisivatko ne tuoda ostokset kyliin kerran viikossa.",
                ),
            ),
            (
                Act("virkistys2", "Sovitaan ensi vuoden virkistyspäivien ajankohdat ja työnjako.", "raati", 60),
                Act(
                    "palvelupaja",
                    "Järjestetään palvelupaja ja kerätään ideoita etukäteen asukastuvan koneella.",
                    "asukastupa",
                    45,
                    ((-18, UNDER_WAY, ""),),
                ),
                Act("kauppa", "Selvitetään kauppojen kotiinkuljetus kyliin kerran viikossa.", "yrittajat", 60),
            ),
        ),
        Meet(
            "k5",
            6,
            13,
            "Karttulan asukastupa",
            "Asiointikyyti ja talven toiminta",
            (
                Item(
                    "kyyti",
                    "Asiointikyydin kokeilu kyliltä kirkonkylälle",
                    30,
                    "Taksiyrittäjä kertoo selvityksestään: hinnat, reitit ja päivät.",
                ),
                Item("talvi", "Talven tapahtumat asukastuvalla", 15),
            ),
        ),
        Meet(
            "k6",
            48,
            13,
            "Karttulan asukastupa",
            "Vuoden yhteinen arviointi",
            (
                Item("arviointi", "Mitä olemme saavuttaneet vuoden aikana?", 40),
                Item("jatko", "Miten jatkamme ensi vuonna?", 30),
            ),
        ),
    ),
    info_url="https://example.fi/karttula/ikaihmiset",
)

RAUTAVAARA = TableSpec(
    "rautavaara",
    "Rautavaaran kirjasto kuntalaisten olohuoneeksi",
    RAUTAVAARA_THEME,
    "Rautavaara",
    TableKind.THEMATIC,
    "Teemme kirjastosta kuntalaisten yhteisen olohuoneen, joka on auki silloin, kun ihmiset sitä tarvitsevat. "
    "Lähtökohtana ovat palvelupajan toiveet: pidemmät aukioloajat ja yhteistä tekemistä kaikenikäisille.",
    COMMON_RULES + ("Nuorten ääni kuuluu pöydässä yhtä lailla kuin aikuisten.",),
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
    COMMON_RULES + ("Jokainen tuo pöytään omaa osaamistaan ja voimavarojaan.",),
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
    COMMON_RULES + ("Matkustajan, kuljettajan ja virkailijan kokemus ovat yhtä arvokkaita.",),
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

TABLES = (KARTTULA, RAUTAVAARA, MANTYHARJU, SUKEVA, KANGASLAMPI, VARPAISJARVI)
"""Every demo table."""

_W = WORKSHOP["themes"]
IDEAS = (
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
    IdeaSpec(
        "virkistys",
        -301,
        14,
        "Yksin kotona talvi on pitkä. Voisiko asukastuvalla olla joskus yhteinen "
        "päivä, jossa syödään ja lauletaan yhdessä?",
        KARTTULA_THEME,
        (
            Publish(-298),
            Forward(-296, "karttula/k1", "virkistys"),
            Complete(
                -225,
                "Virkistyspäivä pidettiin asukastuvalla, ja mukana oli noin 60 ikäihmistä. "
                "Virkistyspäiviä järjestetään jatkossakin.",
            ),
        ),
        name="Aune",
    ),
    IdeaSpec(
        "kyyti",
        -218,
        11,
        "Asun kylällä ilman autoa, ja linja-auto kulkee vain koulupäivinä. Toivoisin "
        "viikoittaista asiointikyytiä kirkonkylälle, vaikka tiistaisin.",
        KARTTULA_THEME,
        (
            Publish(-214),
            Forward(-207, "karttula/k2", "kyyti"),
            Answer(
                -150,
                "Taksiyrittäjä selvittää asiointikyydin hintaa ja reittejä. Asia on taas esillä "
                "pöydän seuraavassa tapaamisessa.",
            ),
            Forward(-8, "karttula/k5", "kyyti"),
        ),
        name="Eino Räsänen",
        contact="040 123 4581",
    ),
    IdeaSpec(
        "kyyti2",
        -205,
        13,
        "Kyytiä kaupalle tarvittaisiin, kun ei ole omaa autoa eikä bussia.",
        KARTTULA_THEME,
        (Merge(-203, "kyyti"),),
    ),
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
        "valitunti",
        -133,
        13,
        "Välitunneille enemmän tekemistä: pelejä, välineitä ja joku aikuinen vetämään.",
        MANTYHARJU_THEME,
        (Publish(-130), Forward(-127, "mantyharju/m2", "valitunti")),
    ),
    IdeaSpec(
        "tiedote",
        -126,
        10,
        "Kaikilla ei ole nettiä. Tapahtumista voisi tulla paperinen tiedote kotihoidon tai postin mukana.",
        KARTTULA_THEME,
        (Publish(-123), Forward(-116, "karttula/k3", "viestinta")),
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
        "bussi",
        -64,
        12,
        "Kaupungin pitäisi palauttaa joka päivä kulkeva linja-autovuoro Kuopioon kaikista kylistä.",
        KARTTULA_THEME,
        (
            Publish(-60),
            Decline(
                -53,
                "Linja-autovuoroista päätetään joukkoliikenteen suunnittelussa, eikä "
                "päivittäisiin vuoroihin kaikista kylistä ole rahoitusta. Kumppanuuspöytä selvittää sen sijaan "
                "viikoittaista asiointikyytiä kirkonkylälle.",
            ),
        ),
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
        "kauppa",
        -45,
        11,
        "Kauppakassipalvelu: ostokset tuotaisiin kotiin kerran viikossa, kun kauppaan on pitkä matka.",
        KARTTULA_THEME,
        (Publish(-44), Forward(-39, "karttula/k4", "kauppa")),
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
    IdeaSpec(
        "satutunti",
        -22,
        10,
        "Satutunti lauantaiaamuisin\nPienille lapsille satutunti, niin vanhemmatkin pääsisivät kirjastoon juttelemaan.",
        RAUTAVAARA_THEME,
        (Publish(-18), Forward(-7, "rautavaara/r4", minutes=15)),
    ),
    IdeaSpec(
        "lumityo",
        -23,
        13,
        "Apua lumitöihin\nPihatie on pitkä, enkä jaksa enää lapioida. Voisiko vapaaehtoisista koota lumityörinkiä?",
        KARTTULA_THEME,
        (Publish(-18), Forward(-8, "karttula/k5", minutes=15)),
        name="Kerttu Hyvönen",
        contact="040 123 4582",
    ),
    IdeaSpec(
        "kimppakyyti",
        -15,
        12,
        "Kimppakyytitaulu asukastuvalle: kuka on menossa kaupungille ja kenen autossa on tilaa.",
        _W[0],
        (Publish(-14), Answer(-11, "Kiitos! Idea otetaan esille palvelupajassa.")),
        source="workshop",
        workshop=True,
    ),
    IdeaSpec(
        "digituki",
        -10,
        14,
        "Digitukea kerran viikossa asukastuvalla: apua pankkitunnusten, ajanvarausten ja reseptien kanssa.",
        _W[2],
        (Publish(-9),),
        source="workshop",
        workshop=True,
    ),
    IdeaSpec(
        "ystavapiiri",
        -7,
        11,
        "Ystäväpiiri, joka soittaa yksin asuville kerran viikossa ja kysyy kuulumisia.",
        _W[1],
        (Publish(-4),),
        name="Liisa Heikkinen",
        contact="liisa.heikkinen@example.fi",
        source="workshop",
        workshop=True,
    ),
    IdeaSpec(
        "ilmoitustaulu",
        -2,
        15,
        "Kaupan seinälle kylän ilmoitustaulu, jonne asukastupakin toisi tiedotteensa.",
        _W[3],
        source="workshop",
        workshop=True,
    ),
    IdeaSpec(
        "puuro",
        0,
        9,
        "Joulun alla voisi järjestää yhteisen puurojuhlan kaikille kyläläisille.",
        _W[1],
        name="Martti Korhonen",
        contact="040 123 4583",
        source="workshop",
        workshop=True,
    ),
)
"""Residents' ideas, between them in every state of the life cycle."""
