"""Screen text said in words: references, dates, times, counts, phone numbers, in fi, sv and en."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.spoken import moment_words, reference_words, spoken

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("language", "shown", "said"),
    [
        ("fi", "Idea ID-0024", "idea numero kaksikymmentäneljä"),
        ("sv", "Idé ID-0024", "idé nummer tjugofyra"),
        ("en", "Your idea ID-0024 was saved", "Your idea number twenty-four was saved"),
        ("fi", "to 10.12.2026 klo 13.00", "torstaina kymmenentenä joulukuuta kello kolmetoista"),
        (
            "fi",
            "to 3.12.2026 klo 17.00\u201318.30",
            "torstaina kolmantena joulukuuta kello seitsemästätoista kahdeksaantoista kolmeenkymmeneen",
        ),
        ("sv", "to 10.12.2026 kl. 13.00", "torsdag den tionde december klockan tretton"),
        ("en", "Thu 10 Dec 2026 at 13:00\u201314:30", "Thursday the tenth of December from one p m to two thirty p m"),
        ("fi", "ti 5.1.2027", "tiistaina viidentenä tammikuuta kaksituhatta kaksikymmentäseitsemän"),
        ("fi", "123 / 1000 merkkiä", "satakaksikymmentäkolme tuhannesta merkkiä"),
        ("sv", "Sida 1 / 3", "Sida ett av tre"),
        ("en", "Page 1 / 3", "Page one of three"),
        ("fi", "puh. 040 123 4567", "puhelin nolla neljä nolla, yksi kaksi kolme, neljä viisi kuusi seitsemän"),
        ("fi", "Paina F1", "Paina F yksi"),
        ("fi", " \u2713 Valmis \u2013 kohta \u2022 PgDn", "Valmis, kohta Page Down"),
        ("fi", "\u25cb Kahvio avattu", "Kahvio avattu"),
        ("sv", "fredag 27 november 2026", "fredag den tjugosjunde november tvåtusentjugosex"),
        ("en", "Friday 27 November 2026", "Friday the twenty-seventh of November two thousand and twenty-six"),
    ],
)
def test_screen_text_is_said_in_words(language, shown, said):
    words = spoken(shown, language, today=TODAY)
    assert words == said
    assert not any(character.isdigit() for character in words)


def test_the_year_is_said_only_when_it_is_not_this_year():
    assert spoken("to 10.12.2026", "fi", today=TODAY) == "torstaina kymmenentenä joulukuuta"
    assert spoken("to 10.12.2026", "fi", today=date(2027, 1, 2)).endswith("kaksituhatta kaksikymmentäkuusi")


def test_a_wrong_weekday_is_corrected_from_the_date_and_an_impossible_date_kept():
    assert spoken("ma 10.12.2026", "fi", today=TODAY).startswith("torstaina")
    assert spoken("31.2.2026", "fi", today=TODAY) == "kolmekymmentäyksi.kaksi.kaksituhatta kaksikymmentäkuusi"


def test_moment_and_reference_words():
    moment = datetime(2026, 12, 10, 13, 0, tzinfo=HELSINKI)
    assert moment_words(moment, "fi", today=TODAY) == "torstaina kymmenentenä joulukuuta kello kolmetoista"
    assert reference_words(24, "fi") == "idea numero kaksikymmentäneljä"
    assert reference_words(24, "en") == "idea number twenty-four"
