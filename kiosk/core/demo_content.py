"""What the demo data says: one resident centre's own tables, workshops, meetings and ideas.

The demo kiosk stands at Karttulan asukastupa (centre code KAR), so it holds Karttula's
own work only: a resident there never sees, or leaves an idea for, a table 250 km away.
The source's other real examples are kept as other centres' data in
``kiosk.core.demo_centres``, which this kiosk's demo does not load.

What comes from the source and what is invented, at Karttula:

- **From the source**: the table on older people's services (``KARTTULA``), its members,
  and its results (two recreation days of about 60 and 160, held twice a year from then
  on; a service-needs survey; a training day on volunteering; a communication plan whose
  funding stayed open), and that its theme rose also from an open service workshop.
- **Invented for the demo**: the workshops' dates, descriptions and outcome themes, the
  tables on news reaching the villages (``TIEDONKULKU``) and on the village halls
  (``KYLATALOT``) with all their results, and every figure in their actions. They read
  as plausible work of the centre, never as facts of the source.

Pure data, no I/O: ``kiosk.core.demo`` replays it through the services. Every moment is
a day offset from the Friday of the clock's week (negative is past), so a fixed clock gives
fixed data and weekdays stay as written: meetings fall on Monday to Thursday, everything
else on working days. Names and phone numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    milestones: tuple[tuple[int, str, bool], ...] = ()
    """(day, label, reached) dated steps, planned when the action is agreed; a reached one is ticked on its day."""


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
    moved_from: int | None = None
    """The day the meeting was first announced for, if it was moved (on ``moved_on``) to ``day``."""
    moved_on: int | None = None


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
    workshop: str = ""
    """The key of the service workshop the idea was left for, if any."""


@dataclass(frozen=True)
class WorkshopSpec:
    """A service workshop (palvelupaja), open to everyone, and what came of it.

    ``themes`` are those suggested beforehand (often none); ``outcome`` the themes that came
    out of it, recorded on ``outcome_day``; ``led_to`` the keys of the tables it led to,
    linked on each table's first day (or the outcome day, if later); ``closed`` the day it
    stopped taking ideas.
    """

    key: str
    title: str
    announced: int
    day: int
    hour: int
    place: str
    description: str
    themes: tuple[str, ...] = ()
    outcome: tuple[str, ...] = ()
    outcome_day: int | None = None
    led_to: tuple[str, ...] = ()
    closed: int | None = None


@dataclass(frozen=True)
class CentreSpec:
    """One resident centre's demo: its settings, its own tables, workshops and residents' ideas."""

    code: str
    """The centre's short code, e.g. ``KAR`` for Karttulan asukastupa."""
    settings: dict[str, Any]
    """The centre's settings (name, contact, links, theme names in Swedish and English)."""
    tables: tuple[TableSpec, ...]
    ideas: tuple[IdeaSpec, ...]
    workshops: tuple[WorkshopSpec, ...] = ()


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

CENTRE = "Karttulan asukastupa"
"""The resident centre the demo kiosk stands in, and where most Karttula meetings are held."""
LIBRARY = "Karttulan kirjasto"
"""The library, where the table on news meets in the evening."""
KARTTULA_THEME = "Ikäihmisten palvelut ja toiminta"
NEWS_THEME = "Tiedon kulku kylillä"
HALLS_THEME = "Kylätalot yhteiseen käyttöön"
RIDES_THEME = "Liikkuminen ja kyydit"
PAST_WORKSHOP_TITLE = "Hyvä arki Karttulan kylillä"
WINTER_WORKSHOP_TITLE = "Talven arki ja yhdessä tekeminen"

SETTINGS = {
    "centre_name": CENTRE,
    "centre_contact": "Karttulan asukastupa, avoinna ma–pe klo 9–15, puh. 040 123 4567",
    "poster_url": "https://example.fi/karttula",
    "minutes_url": "https://example.fi/karttula/muistiot",
    # What residents read on the Swedish and English screens (staff write these in the settings).
    "theme_names": {
        KARTTULA_THEME: {"sv": "Tjänster och verksamhet för äldre", "en": "Services and activities for older people"},
        NEWS_THEME: {"sv": "Information i byarna", "en": "News reaching the villages"},
        HALLS_THEME: {"sv": "Byhusen i gemensamt bruk", "en": "Village halls for everyone's use"},
        RIDES_THEME: {"sv": "Resor och skjutsar", "en": "Getting about and lifts"},
    },
}
"""The resident centre the demo kiosk stands in."""

KARTTULA = TableSpec(
    # From the source: members, meetings a year (six) and results; the wording of items is the demo's.
    "karttula",
    "Karttulan ikäihmisten palvelut",
    KARTTULA_THEME,
    "Karttula",
    TableKind.BOTH,
    "Kehitämme yhdessä Karttulan ikäihmisten palveluja ja toimintaa. Erityisesti ajattelemme autottomia, "
    "yksin haja-asutusalueella asuvia ikäihmisiä: miten he pääsevät asioille, tapaamaan muita ja mukaan "
    "toimintaan.",
    (*COMMON_RULES, "Kerromme sovituista asioista myös niille, jotka eivät olleet paikalla."),
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
                    # The source: the plan was made, its funding stayed open. The dates are invented.
                    milestones=(
                        (-95, "Hankesuunnitelma valmis", True),
                        (-74, "Rahoitushakemus jätetty", True),
                        (20, "Rahoituspäätös", False),
                    ),
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
                Act(
                    "virkistys2",
                    "Sovitaan ensi vuoden virkistyspäivien ajankohdat ja työnjako.",
                    "Virkistyspäivien työryhmä",
                    60,
                ),
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
            # Invented: first announced for the Wednesday, moved to Thursday when the taxi
            # entrepreneur could not come on Wednesday.
            moved_from=5,
            moved_on=-4,
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
    groups=(
        Group(
            "Virkistyspäivien työryhmä",
            "Valmistelee virkistyspäivät: kuljetukset, ruokailun ja ohjelman.",
            ("raati", "asukastupa", "elakeliitto", "diakoni"),
            ("Autolliset ikäihmiset, jotka ottavat naapureita kyytiin",),
        ),
    ),
)

TIEDONKULKU = TableSpec(
    # Invented for the demo: the source leaves the communication plan's funding open and says
    # the work goes on between the city, the pitäjäraati and local actors; this is that work.
    "tiedonkulku",
    "Tieto kulkee Karttulan kylillä",
    NEWS_THEME,
    "Karttula",
    TableKind.BOTH,
    "Tieto Karttulan tapahtumista ja palveluista tavoittaa jokaisen kyläläisen, myös ne, jotka eivät käytä "
    "nettiä tai pääse kirkonkylälle.",
    (*COMMON_RULES, "Kokeilemme pienesti ja kerromme, mikä toimi ja mikä ei."),
    (
        Person("pj", "Jari Kärkkäinen", "Karttulan pitäjäraati", PUBLIC, "pitäjäraadin puheenjohtaja", CHAIR),
        Person(
            "koordinaattori",
            "Minna Halonen",
            "Kuopion kaupunki, kansalaistoiminta",
            PUBLIC,
            "aluekoordinaattori",
            CONVENER,
        ),
        Person("sihteeri", "Tuula Räsänen", CENTRE, PUBLIC, "asukastuvan työntekijä", SECRETARY),
        Person("kirjasto", "Leena Hyvönen", LIBRARY, PUBLIC, "kirjastovirkailija"),
        Person("diakoni", "Marjatta Korhonen", "Karttulan seurakunta", THIRD, "diakoniatyöntekijä"),
        Person("kylat", "Heikki Tuovinen", "Karttulan Kylätoiminta ry", THIRD, "hallituksen jäsen"),
        Person("elakeliitto", "Raili Pitkänen", "Eläkeliiton Karttulan yhdistys", THIRD, "puheenjohtaja"),
        Person("lehti", "Sirpa Ahonen", "Kylänraitti-lehti", BUSINESS, "toimittaja"),
        Person("kauppa", "Mikko Huttunen", "Karttulan kyläkauppa", BUSINESS, "kauppias"),
        Person("asukas", "Veikko Rissanen", "", RESIDENT, "asukasjäsen, ei käytä nettiä"),
    ),
    "Karttulan asukastupa, Tuula Räsänen, puh. 040 123 4567",
    -130,
    (
        Meet(
            "t1",
            -122,
            17,
            LIBRARY,
            "Mistä kyläläiset saavat tietoa?",
            (
                FIRST_ITEM,
                Item(
                    "kanavat",
                    "Mistä kyläläiset nyt saavat tietoa tapahtumista?",
                    30,
                    "Palvelupajassa moni kertoi kuulevansa tapahtumista vasta jälkikäteen.",
                    "Tieto kulkee lähinnä paikallislehden, kaupan ilmoitustaulun ja naapureiden kautta. Sovittiin "
                    "lehden kanssa kuukausittaisesta kyläpalstasta.",
                ),
                Item(
                    "paperi",
                    "Voisiko paperinen tiedote kulkea kotihoidon ja kaupan mukana?",
                    25,
                    "Asukkaiden ideoissa toivotaan tietoa paperilla.",
                    "Kokeillaan kuukausittaista paperista tiedotetta. Asukastupa kokoaa sen, kotihoito, kauppa ja "
                    "seurakunta jakavat.",
                ),
            ),
            (
                Act(
                    "kanavat",
                    "Aloitetaan paikallislehdessä kuukausittainen palsta Karttulan kylien tapahtumille.",
                    "lehti",
                    40,
                    ((-80, DONE, "Kyläpalsta on ilmestynyt kolme kertaa; yhdistykset lähettävät siihen menonsa."),),
                ),
                Act(
                    "paperi",
                    "Kootaan ja jaetaan paperinen tiedote kerran kuussa kolmen kuukauden ajan.",
                    "sihteeri",
                    90,
                    (
                        (-115, UNDER_WAY, ""),
                        (
                            -59,
                            DONE,
                            "Tiedotetta jaettiin kolmesti, kukin noin 300 kappaleena kotihoidon ja kaupan kautta.",
                        ),
                    ),
                ),
            ),
        ),
        Meet(
            "t2",
            -52,
            17,
            LIBRARY,
            "Paperitiedote ja puhelinrinki",
            (
                Item(
                    "palaute",
                    "Miten paperinen tiedote on otettu vastaan?",
                    25,
                    "",
                    "Kotihoidon mukaan tiedote luetaan tarkkaan, ja moni on tullut sen ansiosta tuolijumppaan. "
                    "Painatukselle tarvitaan rahaa, jos tiedote jatkuu.",
                ),
                Item(
                    "rinki",
                    "Tavoittaisiko puhelinrinki yksin asuvat?",
                    25,
                    "",
                    "Seurakunnan ja Eläkeliiton vapaaehtoiset kokeilevat puhelinrinkiä, joka soittaa tulevista "
                    "tapahtumista yksin asuville.",
                ),
            ),
            (
                Act(
                    "palaute",
                    "Haetaan tiedotteen painatukselle rahaa kaupungin lähidemokratiarahasta.",
                    "Kuopion kaupungin kansalaistoiminta",
                    60,
                    ((-45, UNDER_WAY, ""),),
                    milestones=(
                        (-39, "Hakemus jätetty", True),
                        (25, "Päätös rahoituksesta", False),
                        (40, "Kevään ensimmäinen tiedote painossa", False),
                    ),
                ),
                Act(
                    "rinki",
                    "Kokeillaan puhelinrinkiä, joka soittaa tapahtumista yksin asuville.",
                    "diakoni",
                    75,
                ),
            ),
            absent=("kauppa",),
        ),
        Meet(
            "t3",
            19,
            17,
            LIBRARY,
            "Kevään tiedotteet ja puhelinringin kokemukset",
            (
                Item(
                    "rinki2", "Mitä puhelinringistä on opittu?", 25, "Vapaaehtoiset kertovat ensimmäisistä soitoista."
                ),
                Item("kevat", "Mitä kevään tiedotteisiin tulee?", 20),
            ),
        ),
    ),
    info_url="https://example.fi/karttula/tiedonkulku",
)

KYLATALOT = TableSpec(
    # Invented for the demo, results and all: an earlier, closed table of the same centre.
    "kylatalot",
    "Karttulan kylätalot yhteiseen käyttöön",
    HALLS_THEME,
    "Karttula",
    TableKind.REGIONAL,
    "Kylätalot ovat käytössä useammin ja useammalle: yhdistykset, kerhot ja kyläläiset löytävät vapaat "
    "vuorot yhdestä paikasta.",
    COMMON_RULES,
    (
        Person("pj", "Jari Kärkkäinen", "Karttulan pitäjäraati", PUBLIC, "pitäjäraadin puheenjohtaja", CHAIR),
        Person(
            "koordinaattori",
            "Minna Halonen",
            "Kuopion kaupunki, kansalaistoiminta",
            PUBLIC,
            "aluekoordinaattori",
            CONVENER,
        ),
        Person("sihteeri", "Tuula Räsänen", CENTRE, PUBLIC, "asukastuvan työntekijä", SECRETARY),
        Person("tilat", "Antti Savolainen", "Kuopion kaupunki, tilapalvelut", PUBLIC, "tilasuunnittelija"),
        Person("kylat", "Heikki Tuovinen", "Karttulan Kylätoiminta ry", THIRD, "hallituksen jäsen"),
        Person("martat", "Anja Laitinen", "Karttulan Martat ry", THIRD, "puheenjohtaja"),
        Person("nuorisoseura", "Joonas Kinnunen", "Karttulan Nuorisoseura ry", THIRD, "sihteeri"),
        Person("yrittajat", "Ville Miettinen", "Karttulan Yrittäjäkerho", BUSINESS, "puheenjohtaja"),
        Person("asukas", "Aili Tikkanen", "", RESIDENT, "asukasjäsen"),
    ),
    "Karttulan asukastupa, puh. 040 123 4567",
    -560,
    (
        Meet(
            "h1",
            -547,
            17,
            CENTRE,
            "Miten kylätalot saadaan käyttöön?",
            (
                FIRST_ITEM,
                Item(
                    "kalenteri",
                    "Mistä näkee, milloin kylätalo on vapaa?",
                    30,
                    "Asukkaan idea: talot seisovat tyhjillään suurimman osan viikkoa.",
                    "Jokaisella talolla on oma vihkonsa, eikä vapaita vuoroja näe mistään. Sovittiin yhteisestä "
                    "varauskalenterista asukastuvalle.",
                ),
                Item(
                    "kerhot",
                    "Voisivatko kerhot kiertää kylätaloilla?",
                    25,
                    "",
                    "Martat ja nuorisoseura kokeilevat kerhopäiviä vuorotellen eri kylätaloilla.",
                ),
            ),
            (
                Act(
                    "kalenteri",
                    "Otetaan kylätaloille yhteinen varauskalenteri asukastuvalle ja verkkoon.",
                    "sihteeri",
                    60,
                    (
                        (-529, UNDER_WAY, ""),
                        (-487, DONE, "Kalenterissa ovat kaikki viisi kylätaloa, ja varauksia tulee viikoittain."),
                    ),
                ),
                Act(
                    "kerhot",
                    "Kokeillaan kerhopäiviä vuorotellen eri kylätaloilla.",
                    "martat",
                    90,
                    ((-470, DONE, "Kerhopäiviä pidettiin syksyn aikana neljällä kylätalolla."),),
                ),
            ),
        ),
        Meet(
            "h2",
            -470,
            17,
            CENTRE,
            "Kylätalojen lämmitys ja avaimet",
            (
                Item(
                    "avaimet",
                    "Miten avaimet saadaan kulkemaan?",
                    25,
                    "",
                    "Avaimet ovat olleet yhden ihmisen takana. Sovittiin avainboksien kokeilusta kahdella talolla.",
                ),
                Item(
                    "lammitys",
                    "Kuka maksaa talvella lämmityksen?",
                    30,
                    "",
                    "Tilapalvelut selvittää, voiko kaupungin tilojen käyttöavustusta hakea kylätalojen lämmitykseen.",
                ),
            ),
            (
                Act(
                    "avaimet",
                    "Kokeillaan avainboksia kahdella kylätalolla.",
                    "kylat",
                    45,
                    ((-430, DONE, "Avainboksit otettiin käyttöön kahdella talolla; varaaja saa koodin kalenterista."),),
                ),
                Act(
                    "lammitys",
                    "Selvitetään kaupungin käyttöavustus kylätalojen lämmitykseen.",
                    "tilat",
                    60,
                    ((-410, DONE, "Avustusta voi hakea kerran vuodessa; kolme yhdistystä haki sitä."),),
                ),
            ),
            absent=("yrittajat",),
        ),
        Meet(
            "h3",
            -400,
            17,
            CENTRE,
            "Yhteinen arviointi",
            (
                Item(
                    "arviointi",
                    "Mitä saavutimme, ja miten talot pysyvät käytössä?",
                    45,
                    "",
                    "Varauskalenteri ja avainboksit jäävät käyttöön. Kylätoiminta ry huolehtii kalenterista jatkossa.",
                ),
            ),
        ),
    ),
    closed=-393,
    evaluation=(
        "Vuoden aikana kylätalot saatiin yhteiseen varauskalenteriin, ja avainboksit helpottivat vuorojen "
        "käyttöä. Kerhopäivät kiersivät kylätaloilla. Lämmityskulut jäivät yhdistysten huoleksi, mutta "
        "käyttöavustuksesta tiedetään nyt. Kalenterin ylläpito siirtyi Kylätoiminta ry:lle."
    ),
    results=(
        "Kylätaloilla on yhteinen varauskalenteri asukastuvalla ja verkossa.",
        "Avainboksit otettiin käyttöön kahdella kylätalolla.",
        "Kerhopäivät kiersivät neljällä kylätalolla.",
    ),
)

TABLES = (KARTTULA, TIEDONKULKU, KYLATALOT)
"""Karttulan asukastupa's own tables."""

WORKSHOPS = (
    WorkshopSpec(
        # The source: the older people's theme "rose also in a service workshop open to everyone".
        # Its date, description and the other outcome themes are invented.
        "hyva_arki",
        PAST_WORKSHOP_TITLE,
        -340,
        -318,
        13,
        CENTRE,
        "Kaikille avoin palvelupaja: mikä tekee arjesta hyvää Karttulan kylillä, ja mitä siihen tarvitaan? "
        "Ideoita voi jättää jo etukäteen asukastuvan koneella. Tarjolla kahvia ja pullaa.",
        outcome=(KARTTULA_THEME, RIDES_THEME, NEWS_THEME),
        outcome_day=-317,
        led_to=("karttula", "tiedonkulku"),
        closed=-129,
    ),
    WorkshopSpec(
        # Invented: the workshop the older people's table agreed on at its fourth meeting.
        "talvi",
        WINTER_WORKSHOP_TITLE,
        -18,
        13,
        13,
        CENTRE,
        "Kaikille avoin palvelupaja: miten talvesta tulee vähemmän yksinäinen, ja mitä voisimme tehdä "
        "yhdessä? Teemat päätetään yhdessä pajassa. Ideoita voi jättää jo nyt asukastuvan koneella tai "
        "paperilla. Tarjolla kahvia ja joulutorttuja.",
    ),
)
"""Karttulan asukastupa's service workshops: one held (its themes led to two tables), one ahead."""

IDEAS = (
    IdeaSpec(
        "kylatalo",
        -575,
        14,
        "Kylätalot seisovat tyhjillään suurimman osan viikkoa. Voisiko niitä käyttää yhdessä, ja mistä näkisi "
        "vapaat vuorot?",
        HALLS_THEME,
        (
            Publish(-571),
            Forward(-555, "kylatalot/h1", "kalenteri"),
            Complete(-487, "Kylätaloilla on nyt yhteinen varauskalenteri asukastuvalla ja verkossa."),
        ),
        name="Aune Hiltunen",
    ),
    IdeaSpec(
        "avain",
        -497,
        11,
        "Avain kylätalolle pitää aina hakea yhdeltä ihmiseltä toisesta päästä kylää. Eikö siihen ole helpompaa keinoa?",
        HALLS_THEME,
        (
            Publish(-494),
            Forward(-484, "kylatalot/h2", "avaimet"),
            Complete(-428, "Kahdella kylätalolla on avainboksi; varaaja saa koodin kalenterista."),
        ),
    ),
    IdeaSpec(
        "yhteinen_ruoka",
        -330,
        12,
        "Asukastuvalle yhteinen ruokailu joskus, niin yksin asuvat pääsisivät syömään seurassa.",
        PAST_WORKSHOP_TITLE,
        (
            Publish(-329),
            Forward(-298, "karttula/k1", "virkistys"),
            Complete(-225, "Virkistyspäivässä syötiin yhdessä asukastuvalla; mukana oli noin 60 ikäihmistä."),
        ),
        source="workshop",
        workshop="hyva_arki",
    ),
    IdeaSpec(
        "jumppa",
        -318,
        14,
        "Tuolijumppaa myös kylätaloille, ei vain kirkonkylälle.",
        PAST_WORKSHOP_TITLE,
        (
            Publish(-316),
            Forward(-120, "karttula/k3", "jumppa"),
            Complete(-57, "Tuolijumppa alkoi kylätalolla kerran kuussa."),
        ),
        source="workshop",
        workshop="hyva_arki",
    ),
    IdeaSpec(
        "ilmoitukset",
        -318,
        15,
        "Tapahtumista kuulee vasta jälkikäteen. Tieto pitäisi saada myös paperilla, kun kaikilla ei ole nettiä.",
        PAST_WORKSHOP_TITLE,
        (
            Publish(-316),
            Forward(-129, "tiedonkulku/t1", "paperi"),
            Complete(-58, "Paperinen tiedote kulki kolmena kuukautena kotihoidon ja kaupan kautta."),
        ),
        source="workshop",
        workshop="hyva_arki",
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
        workshop="hyva_arki",
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
        "kylapalsta",
        -140,
        10,
        "Paikallislehteen oma palsta kylien asioille, niin tieto tavoittaisi kaikki.",
        NEWS_THEME,
        (
            Publish(-137),
            Forward(-129, "tiedonkulku/t1", "kanavat"),
            Complete(-78, "Paikallislehdessä on nyt kerran kuussa palsta Karttulan kylien tapahtumille."),
        ),
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
        "soitto",
        -60,
        11,
        "Soittakaa yksin asuville, kun on tulossa jotain. Kaikki eivät lue lehteä eivätkä ilmoitustauluja.",
        NEWS_THEME,
        (Publish(-59), Forward(-57, "tiedonkulku/t2", "rinki")),
        name="Hilkka Väänänen",
        contact="040 123 4584",
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
        WINTER_WORKSHOP_TITLE,
        (Publish(-14), Answer(-11, "Kiitos! Idea otetaan esille palvelupajassa.")),
        workshop="talvi",
    ),
    IdeaSpec(
        "digituki",
        -10,
        14,
        "Digitukea kerran viikossa asukastuvalla: apua pankkitunnusten, ajanvarausten ja reseptien kanssa.",
        WINTER_WORKSHOP_TITLE,
        (Publish(-9),),
        source="paper",
        workshop="talvi",
    ),
    IdeaSpec(
        "ystavapiiri",
        -7,
        11,
        "Ystäväpiiri, joka soittaa yksin asuville kerran viikossa ja kysyy kuulumisia.",
        WINTER_WORKSHOP_TITLE,
        (Publish(-4),),
        name="Liisa Heikkinen",
        contact="liisa.heikkinen@example.fi",
        workshop="talvi",
    ),
    IdeaSpec(
        "ilmoitustaulu",
        -2,
        15,
        "Kaupan seinälle kylän ilmoitustaulu, jonne asukastupakin toisi tiedotteensa.",
        WINTER_WORKSHOP_TITLE,
        workshop="talvi",
    ),
    IdeaSpec(
        "puuro",
        0,
        9,
        "Joulun alla voisi järjestää yhteisen puurojuhlan kaikille kyläläisille.",
        WINTER_WORKSHOP_TITLE,
        name="Martti Korhonen",
        contact="040 123 4583",
        source="paper",
        workshop="talvi",
    ),
)
"""Karttula residents' ideas, between them in every state of the life cycle."""

KARTTULA_CENTRE = CentreSpec("KAR", SETTINGS, TABLES, IDEAS, WORKSHOPS)
"""The demo kiosk's own centre: Karttulan asukastupa."""
