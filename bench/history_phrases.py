"""Finnish phrases the history generator composes its texts from.

Each theme carries the clauses of residents' ideas, the open questions of
agendas (never ready decision proposals), agreed actions and results, so that
an idea, the meeting it went to and the action that came of it talk about the
same thing. Place names are real villages and city districts of North Savo.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThemePhrases:
    """What residents and tables say about one theme."""

    name: str
    """The theme as a table and an idea form show it."""
    goal: str
    """The table's shared goal (yhteinen tavoite)."""
    idea_cores: tuple[str, ...]
    """Conditional clauses that finish "Toivoisin, että …"."""
    questions: tuple[str, ...]
    """Agenda items: open questions."""
    actions: tuple[str, ...]
    """Agreed actions."""
    results: tuple[str, ...]
    """What a table on this theme achieved."""


THEMES: tuple[ThemePhrases, ...] = (
    ThemePhrases(
        "Liikennepalvelut",
        "Kylältä pääsee asioimaan kirkonkylälle ja keskustaan myös ilman omaa autoa.",
        (
            "asiointiliikenne kulkisi kirkonkylälle myös tiistaisin ja torstaisin",
            "palvelulinjan aikataulu sovitettaisiin terveysaseman ja apteekin aukioloaikoihin",
            "kutsutaksin voisi tilata puhelimella edellisenä päivänä ilman sovellusta",
            "koulukyydeissä olisi vapaita paikkoja myös muille kyläläisille",
            "linja-autopysäkille saataisiin katos, penkki ja kunnon valaistus",
            "kimppakyydeille perustettaisiin ilmoitustaulu asukastupaan",
            "kesäisin kulkisi vuoro myös lauantaina torille",
            "Kela-taksin odotusajat lyhenisivät ja kyydin voisi jakaa naapurin kanssa",
        ),
        (
            "Miten asiointiliikenne palvelisi paremmin kyläläisiä?",
            "Mitä palvelulinjan aikataulussa pitäisi muuttaa?",
            "Miten kimppakyydit saataisiin toimimaan?",
            "Miten tieto kyydeistä tavoittaa ne, joilla ei ole nettiä?",
        ),
        (
            "Selvitetään asiointiliikenteen tiistaivuoron kustannukset",
            "Kysytään liikennöitsijältä mahdollisuutta lisävuoroon",
            "Laaditaan kyydeistä yhteinen tiedote asukastuvan ilmoitustaululle",
            "Tehdään kysely kyydin tarpeesta kylän kotitalouksille",
            "Esitellään kyselyn tulokset kaupungin joukkoliikennesuunnittelijalle",
        ),
        (
            "Palvelulinjalle uudet aikataulut, jotka tulivat voimaan heti",
            "Asiointiliikenne kulkee nyt kahdesti viikossa",
            "Pysäkille saatiin katos ja penkki",
        ),
    ),
    ThemePhrases(
        "Ikäihmisten palvelut",
        "Ikäihmiset, myös autottomat ja yksin harvaan asutulla alueella asuvat, saavat tarvitsemansa palvelut ja seuraa.",
        (
            "kotihoidon asiakkaille järjestettäisiin yhteisiä virkistyspäiviä",
            "yksin asuville soitettaisiin säännöllisesti tuttu kuulumissoitto",
            "asukastuvalla olisi kerran kuussa terveydenhoitajan vastaanotto",
            "ateriapalvelun ruoat voisi hakea myös kylätalolta",
            "lumitöihin saataisiin apua vapaaehtoisilta tai nuorilta",
            "digiapua tarjottaisiin myös kotikäynteinä",
            "kuulolaitteiden huoltopäivä pidettäisiin kylällä",
        ),
        (
            "Miten tavoitamme yksin asuvat ikäihmiset?",
            "Millaisia virkistyspäiviä kyläläiset toivovat?",
            "Miten palvelutarvekysely toteutetaan?",
            "Miten vapaaehtoisten apu saadaan järjestettyä turvallisesti?",
        ),
        (
            "Järjestetään virkistyspäivä kylätalolla",
            "Tehdään palvelutarvekysely yli 75-vuotiaille",
            "Pidetään koulutuspäivä vapaaehtoistoiminnasta",
            "Sovitaan terveydenhoitajan käynneistä asukastuvalla",
            "Kootaan lista vapaaehtoisista lumitöiden tekijöistä",
        ),
        (
            "Kaksi virkistyspäivää (noin 60 ja 160 osallistujaa); ne pidetään jatkossa kahdesti vuodessa",
            "Palvelutarvekysely tehtiin ja tulokset esiteltiin kylätalolla",
            "Vapaaehtoistyön koulutuspäivä pidettiin",
        ),
    ),
    ThemePhrases(
        "Kirjasto ja kulttuuri",
        "Kirjasto ja kulttuuri ovat kyläläisten ulottuvilla iästä ja asuinpaikasta riippumatta.",
        (
            "kirjasto olisi auki omatoimisesti myös iltaisin ja viikonloppuisin",
            "kirjastoauto pysähtyisi kylällä joka toinen viikko",
            "kylätalolla näytettäisiin elokuvia kerran kuussa",
            "asukastupaan saataisiin lukupiiri",
            "kesäteatterin esityksiin järjestettäisiin yhteiskuljetus",
            "paikallishistoriasta koottaisiin näyttely vanhoista valokuvista",
        ),
        (
            "Miten kirjaston aukioloa voisi laajentaa?",
            "Millaista kulttuuria kyläläiset kaipaavat?",
            "Miten elokuvaillat järjestetään?",
        ),
        (
            "Selvitetään omatoimikirjaston kulunvalvonnan hinta",
            "Sovitaan elokuvailtojen esitysoikeuksista",
            "Kootaan vapaaehtoisten lista lukupiirin vetäjiksi",
            "Pyydetään kyläläisiltä vanhoja valokuvia näyttelyä varten",
        ),
        (
            "Kirjasto on auki omatoimisesti iltaisin ja viikonloppuisin",
            "Elokuvaillat kerran kuussa kylätalolla",
        ),
    ),
    ThemePhrases(
        "Nuoret",
        "Nuorilla on kylällä tekemistä, paikka kokoontua ja ääni kylän asioissa.",
        (
            "nuorille saataisiin oma iltapäivä asukastuvalle",
            "koulun liikuntasali olisi iltaisin nuorten käytössä",
            "kesätyöpaikkoja tarjottaisiin kylän yrityksissä ja yhdistyksissä",
            "nuorisotyöntekijä kävisi kylällä viikoittain",
            "koulumatkan vaarallinen risteys korjattaisiin",
        ),
        (
            "Mitä nuoret itse toivovat kylältä?",
            "Miten koulun tiloja voi käyttää iltaisin?",
            "Miten kesätyöt löytävät nuoret?",
        ),
        (
            "Järjestetään nuorten palvelupaja koulupäivän aikana",
            "Sovitaan koulun tilojen iltakäytöstä rehtorin kanssa",
            "Kootaan kesätyöpaikat yhteen ilmoitukseen",
        ),
        (
            "Nuorten palvelupaja: noin 100 nuorta ja noin 70 ideaa",
            "Liikuntasali on nuorten käytössä tiistai-iltaisin",
        ),
    ),
    ThemePhrases(
        "Liikunta ja ulkoilu",
        "Kylällä on turvallisia ja helppokulkuisia ulkoilureittejä kaikenikäisille.",
        (
            "latu-ura ajettaisiin myös kylän ympäri",
            "uimarannalle saataisiin uusi laituri ja pukukoppi",
            "kuntopolulle tulisi valaistus",
            "pururadan varrelle tulisi penkkejä levähtämistä varten",
            "kylälle rakennettaisiin luontopolku opastauluineen",
            "frisbeegolfrata tehtäisiin koulun taakse",
        ),
        (
            "Mihin ulkoilureittejä kaivataan?",
            "Miten uimarannan kunnostus rahoitetaan?",
            "Kuka huolehtii latujen ajamisesta?",
        ),
        (
            "Haetaan hankerahaa luontopolun opastauluihin",
            "Sovitaan latujen ajosta kyläyhdistyksen kanssa",
            "Kartoitetaan uimarannan laiturin kunto",
        ),
        (
            "Ulkoilu- ja kulttuuripolku avattiin hankerahoituksella",
            "Uimarannalle uusi laituri",
        ),
    ),
    ThemePhrases(
        "Tiedottaminen",
        "Tieto kylän asioista ja tapahtumista tavoittaa kaikki, myös ne, jotka eivät käytä nettiä.",
        (
            "kylälle saataisiin valokuituyhteys",
            "kylän tapahtumat koottaisiin yhdelle verkkosivulle",
            "asukastuvalla olisi tabletti ja apua sen käyttöön",
            "tiedotteet jaettaisiin myös paperisina kauppaan ja postilaatikoihin",
            "paikallislehteen saataisiin oma kyläpalsta",
        ),
        (
            "Miten tieto tavoittaa kaikki kyläläiset?",
            "Kuka päivittää kylän verkkosivuja?",
            "Miten valokuituhanke etenee?",
        ),
        (
            "Perustetaan kylälle verkkosivut",
            "Sovitaan paikallislehden kanssa kyläpalstasta",
            "Järjestetään digiopastusta asukastuvalla",
        ),
        (
            "Kylälle avattiin omat verkkosivut",
            "Kyläpalsta paikallislehdessä kerran kuussa",
        ),
    ),
    ThemePhrases(
        "Kylän palvelut",
        "Kylän peruspalvelut säilyvät ja kehittyvät asukkaiden tarpeiden mukaan.",
        (
            "pankkiautomaatti saataisiin takaisin kylälle",
            "kylän kauppa saisi postin palvelupisteen",
            "kauppa-auto kulkisi talvellakin",
            "apteekin noutopiste avattaisiin kauppaan",
            "kirjaston yhteyteen tulisi julkinen asiointipiste",
        ),
        (
            "Miten kylän peruspalvelut säilyvät?",
            "Mitä pankkiautomaatin palauttaminen vaatisi?",
            "Miten kauppa-auton reitti suunnitellaan?",
        ),
        (
            "Neuvotellaan pankin kanssa automaatin sijoituksesta",
            "Selvitetään kauppa-auton talvireitti",
            "Kysytään apteekilta noutopisteen ehtoja",
        ),
        (
            "Pankkiautomaatti palasi kylälle",
            "Kauppaan avattiin postin ja apteekin noutopiste",
        ),
    ),
    ThemePhrases(
        "Tilat ja tapahtumat",
        "Kylän yhteiset tilat ovat käytössä ja kylällä on tapahtumia ympäri vuoden.",
        (
            "entistä kunnantaloa käytettäisiin paremmin yhdistysten kokouksiin",
            "kylälle järjestettäisiin kesätorit heinäkuun perjantai-iltoina",
            "koulun keittiötä voisi vuokrata juhliin",
            "kylätalon vuokra olisi yhdistyksille edullisempi",
            "joulumyyjäiset pidettäisiin asukastuvalla",
        ),
        (
            "Miten entisen kunnantalon tiloja voisi käyttää?",
            "Millaiset kesätorit kylälle sopisivat?",
            "Miten tilojen varaaminen tehdään helpoksi?",
        ),
        (
            "Laaditaan kunnantalon tilojen varauskalenteri",
            "Järjestetään kesätorit kolmena perjantai-iltana heinäkuussa",
            "Sovitaan tilojen vuokrista kunnan kanssa",
        ),
        (
            "Kesätorit kolmena perjantai-iltana heinäkuussa",
            "Entisen kunnantalon tilat yhdistysten käytössä",
        ),
    ),
    ThemePhrases(
        "Ympäristö ja viihtyisyys",
        "Kylä on viihtyisä ja houkutteleva paikka asua, myös uusille asukkaille.",
        (
            "kylän raitin varteen istutettaisiin kukkia",
            "tyhjät talot kartoitettaisiin ja tarjottaisiin muuttajille",
            "kierrätyspiste siirrettäisiin lähemmäs kauppaa",
            "talkoilla siivottaisiin rantaa ja tienvarsia",
            "katuvalot palaisivat myös yöllä koulutien varrella",
        ),
        (
            "Miten kylän raitti saadaan viihtyisämmäksi?",
            "Miten tyhjät talot saataisiin käyttöön?",
            "Miten talkooväki saadaan mukaan?",
        ),
        (
            "Järjestetään siivoustalkoot toukokuussa",
            "Kartoitetaan kylän tyhjät talot",
            "Pyydetään kunnalta katuvalojen aikataulun muutosta",
        ),
        (
            "Siivoustalkoot pidetään nyt joka kevät",
            "Tyhjien talojen lista julkaistiin kylän sivuilla",
        ),
    ),
    ThemePhrases(
        "Perusopetus",
        "Oppilaat, huoltajat ja koulun henkilöstö kehittävät koulua yhdessä.",
        (
            "huoltajille pidettäisiin koulun asioista avoin ilta kerran lukukaudessa",
            "koulun kerhotoimintaa laajennettaisiin",
            "oppilaiden hyvinvointikyselyn tulokset käsiteltäisiin yhdessä",
            "koulukuljetusten odotusaikoja lyhennettäisiin",
        ),
        (
            "Miten huoltajat pääsevät mukaan koulun kehittämiseen?",
            "Mitä kerhoja oppilaat toivovat?",
            "Miten koulukuljetukset sujuvat?",
        ),
        (
            "Perustetaan alaryhmät A ja B valmistelemaan ehdotuksia",
            "Järjestetään huoltajien avoin ilta",
            "Kootaan kerhotoiveet oppilaskunnalta",
        ),
        (
            "Huoltajien avoin ilta joka lukukausi",
            "Kerhotarjonta laajeni kolmella kerholla",
        ),
    ),
)
"""Every theme a generated table or idea can have."""

VILLAGES = (
    "Karttula",
    "Sukeva",
    "Kangaslampi",
    "Rautavaara",
    "Varpaisjärvi",
    "Riistavesi",
    "Vehmersalmi",
    "Nilsiä",
    "Juankoski",
    "Muuruvesi",
    "Tervo",
    "Vesanto",
    "Keitele",
    "Kaavi",
    "Tuusniemi",
    "Maaninka",
)
"""Areas of the village profile."""
DISTRICTS = (
    "Petonen",
    "Jynkkä",
    "Neulamäki",
    "Saaristokaupunki",
    "Puijonlaakso",
    "Männistö",
    "Levänen",
    "Särkiniemi",
    "Niirala",
    "Kelloniemi",
    "Rypysuo",
    "Pirtti",
    "Inkilänmäki",
    "Haapaniemi",
    "Kettulanlahti",
    "Rönö",
    "Julkula",
    "Linnanpelto",
    "Etelä-Puijo",
    "Väinölänniemi",
    "Karttula",
    "Vehmersalmi",
    "Nilsiä",
    "Juankoski",
)
"""Areas of the city profile: districts and merged areas (kuntaliitosalueet)."""

PLACES = (
    "Asukastupa",
    "Kylätalo",
    "Kirjasto",
    "Seurakuntatalo",
    "Koulun ruokala",
    "Nuorisotila",
    "Entinen kunnantalo",
    "Palvelukeskus",
)
"""Where a table meets; the area is added after a comma."""

IDEA_OPENINGS = (
    "Toivoisin, että",
    "Ehdotan, että",
    "Olisi hienoa, jos",
    "Olisi tärkeää, että",
    "Moni meistä toivoo, että",
    "Kyläyhdistyksessä on puhuttu, että olisi hyvä, jos",
    "Ideani on, että",
    "Naapurit ja minä toivomme, että",
)
"""How a resident starts an idea."""
IDEA_REASONS = (
    "koska kaikilla ei ole omaa autoa",
    "sillä moni asuu yksin kaukana kirkonkylältä",
    "koska nykyinen tilanne hankaloittaa arkea",
    "jotta kylä pysyisi elinvoimaisena",
    "koska nuoret muuttavat muuten pois",
    "jotta ikäihmiset voisivat asua kotona pidempään",
    "sillä talvella tiet ovat usein huonossa kunnossa",
    "koska asia koskee monia perheitä",
    "jotta kesäasukkaatkin löytäisivät palvelut",
)
"""Why, after a comma."""
IDEA_EXTRAS = (
    "Olen asunut kylällä yli neljäkymmentä vuotta ja nähnyt, miten palvelut ovat vähentyneet.",
    "Voisin itse olla mukana järjestelyissä.",
    "Asiasta on puhuttu jo pitkään, mutta mitään ei ole tapahtunut.",
    "Samaa ovat toivoneet myös naapurit.",
    "Kyläyhdistys voisi auttaa käytännön asioissa.",
    "Kiitos, että ideoita kerätään näin!",
    "Tämä hyödyttäisi myös kesäasukkaita.",
    "Seurakunta on kuulemma myös kiinnostunut asiasta.",
    "Asiaa voisi kokeilla vaikka yhden kesän ajan.",
    "Muutama yrittäjä on lupautunut mukaan.",
    "Viime talvena moni jäi ilman apua.",
    "Hyvä esimerkki löytyy naapurikunnasta.",
    "Kustannukset eivät varmasti olisi suuria.",
    "Toivon, että asia otetaan esille seuraavassa kumppanuuspöydässä.",
    "Eläkeläisyhdistyksen jäsenet ovat samaa mieltä.",
)
"""Sentences a resident adds."""

MINUTES_NOTES = (
    "Keskusteltiin asiasta laajasti. Selvitetään mahdollisuudet seuraavaan tapaamiseen mennessä.",
    "Asia todettiin tärkeäksi. Sovittiin, että alatyöryhmä valmistelee asiaa.",
    "Todettiin, että asia kuuluu kunnan palveluihin; viedään eteenpäin hyvinvointipalveluille.",
    "Kuultiin taustaa asukkailta ja yrittäjiltä. Jatketaan seuraavassa tapaamisessa.",
    "Asukkaiden ideat käytiin läpi. Kolme ideaa otetaan työn alle heti.",
    "Yrittäjät lupasivat selvittää omat mahdollisuutensa. Asia palaa asialistalle.",
)
"""What the minutes say of an agenda item."""
MINUTES_GENERAL = (
    "Tapaaminen alkoi yhteisen tavoitteen kertaamisella. Keskustelu oli vilkasta ja rakentavaa.",
    "Paikalla oli edustus kaikilta sektoreilta. Sovitut tehtävät kirjattiin vastuuhenkilöineen.",
    "Tapaamisessa kuultiin asukkaiden terveisiä asukastuvalta ja palvelupajasta.",
    "Todettiin, että edellisen tapaamisen tehtävät ovat edenneet hyvin.",
)
"""General notes in a meeting's minutes."""
DECLINE_REASONS = (
    "Asia ei kuulu kumppanuuspöydän toimivaltaan; se välitettiin kunnan tekniselle toimelle.",
    "Rahoitusta ei tällä hetkellä löytynyt. Asia voidaan ottaa uudelleen esille ensi vuonna.",
    "Samaa kokeiltiin aiemmin, eikä siihen löytynyt riittävästi käyttäjiä.",
    "Ehdotettu paikka on yksityisellä maalla, eikä maanomistaja antanut lupaa.",
    "Asia on jo hoidossa toisessa hankkeessa; kerromme sen etenemisestä asukastuvalla.",
)
"""Public reasons for declining an idea."""
DONE_ANSWERS = (
    "Toteutettiin yhdessä kyläyhdistyksen kanssa.",
    "Asia toteutui kumppanuuspöydän sopimalla tavalla. Kiitos ideasta!",
    "Kunta otti asian hoitaakseen ja se on nyt kunnossa.",
    "Kokeilu alkoi ja jatkuu, jos käyttäjiä riittää.",
    "",
)
"""Public answers to an idea that was done."""
ACTION_RESULTS = (
    "Tehty sovitusti.",
    "Tehty; tulokset esiteltiin seuraavassa tapaamisessa.",
    "Valmis. Tieto jaettiin kylän verkkosivuilla ja ilmoitustaululla.",
    "Toteutui osittain; loput siirtyi alatyöryhmälle.",
)
"""What came of a finished action."""
EVALUATIONS = (
    "Pöytä saavutti tavoitteensa pääosin. Yhteistyö eri sektorien välillä toimi hyvin, ja asukkaiden ideat vaikuttivat asialistaan.",
    "Osa tavoitteista jäi saavuttamatta rahoituksen puuttuessa, mutta toimijat oppivat tuntemaan toisensa ja yhteistyö jatkuu.",
    "Tapaamisia oli kuusi vuodessa. Tärkeimpänä tuloksena pidettiin sitä, että asukkaiden ääni kuului palveluiden suunnittelussa.",
)
"""A closed table's joint evaluation."""
GROUND_RULES = (
    "Jokainen saa puheenvuoron ja jokaista kuunnellaan.",
    "Aloitamme jokaisen tapaamisen kertaamalla yhteisen tavoitteen.",
    "Tapaaminen kestää enintään puolitoista tuntia.",
    "Asialistalla on avoimia kysymyksiä, ei valmiita päätösesityksiä.",
    "Sovitut tehtävät kirjataan muistioon vastuuhenkilöineen.",
    "Kerromme tuloksista myös niille, joita asia koskee.",
    "Puhumme asioista, emme henkilöistä.",
)
"""A table's ground rules (pelisäännöt)."""
WORKSHOP_DESCRIPTIONS = (
    "Tule kertomaan, mitä kylälle kuuluu ja mitä pitäisi kehittää. Kahvitarjoilu.",
    "Avoin palvelupaja kaikille kyläläisille. Ideoita voi jättää myös etukäteen asukastuvalla.",
    "Palvelupaja koulupäivän aikana: nuoret ideoivat kylän palveluita.",
)
"""Announcements of service workshops."""

FIRST_NAMES = (
    "Aino",
    "Eino",
    "Helena",
    "Matti",
    "Pirjo",
    "Juha",
    "Sari",
    "Timo",
    "Leena",
    "Kari",
    "Anneli",
    "Jari",
    "Tuula",
    "Pekka",
    "Marja",
    "Heikki",
    "Riitta",
    "Mikko",
    "Seija",
    "Antti",
    "Liisa",
    "Ville",
    "Hanna",
    "Jukka",
    "Kaisa",
    "Esa",
    "Merja",
    "Tapio",
    "Sanna",
    "Olli",
)
"""First names of generated people."""
LAST_NAMES = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
    "Salminen",
    "Niemi",
    "Kinnunen",
    "Turunen",
    "Savolainen",
    "Räsänen",
    "Karjalainen",
    "Tiihonen",
    "Hyvönen",
    "Rytkönen",
    "Partanen",
    "Huttunen",
)
"""Last names of generated people."""

ORGANISATIONS = {
    "public": (
        ("Hyvinvointipalvelut", "palvelupäällikkö"),
        ("Kotihoito", "kotihoidon esihenkilö"),
        ("Kirjasto", "kirjastonhoitaja"),
        ("Nuorisopalvelut", "nuoriso-ohjaaja"),
        ("Liikuntapalvelut", "liikuntasuunnittelija"),
        ("Kulttuuripalvelut", "kulttuurituottaja"),
        ("Tekninen toimi", "suunnitteluinsinööri"),
        ("Perusopetus", "rehtori"),
    ),
    "business": (
        ("Kotipalvelu- ja taksiyritys", "yrittäjä"),
        ("Kyläkauppa", "kauppias"),
        ("Yrittäjäklubi", "puheenjohtaja"),
        ("Liikennöitsijä", "liikennepäällikkö"),
        ("Kahvila", "yrittäjä"),
        ("Maatila", "isäntä"),
    ),
    "third_sector": (
        ("Kyläyhdistys", "puheenjohtaja"),
        ("Eläkeläisyhdistys", "puheenjohtaja"),
        ("Seurakunta", "diakoni"),
        ("ViaDia ry", "pastori"),
        ("Pitäjäraati", "puheenjohtaja"),
        ("Urheiluseura", "sihteeri"),
        ("Marttayhdistys", "puheenjohtaja"),
        ("Nuorisoseura", "toiminnanjohtaja"),
    ),
    "resident": (
        ("", "asukas"),
        ("", "asukas"),
        ("Vanhempainyhdistys", "jäsen"),
        ("Oppilaskunta", "edustaja"),
    ),
}
"""Organisations (with a typical title) in each sector."""
CONVENER = ("Asukastupa", "asukastuvan työntekijä")
"""The convener's organisation and title: the centre or a project worker."""
CHAIR_TITLES = ("kaupunginvaltuuston varapuheenjohtaja", "aluesihteeri", "lautakunnan puheenjohtaja")
"""A chair is usually a public-sector official or an elected member."""
