"""The coordinator's report: every centre's tables, meetings held, open and overdue actions, ideas by state."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from kiosk.cli import main
from kiosk.core.ideas import decline_idea
from kiosk.core.model import IdeaState
from kiosk.core.municipality import municipality_summary, summary_csv
from kiosk.core.received import CENTRES
from kiosk.core.tables import add_action, schedule_meeting
from tests.unit.centres_support import exchange, make_centre
from tests.unit.printables_support import flat, pdf_text


@pytest.fixture
def municipality(tmp_path, clock):
    """Karttula (with a held meeting and an overdue action), Sukeva, and a centre whose name looks like a formula."""
    kar = make_centre(tmp_path / "kar", clock, "KAR", "Karttulan asukastupa")
    suk = make_centre(tmp_path / "suk", clock, "SUK", "Sukevan asukastupa", village="Sukeva")
    odd = make_centre(tmp_path / "odd", clock, "ODD", '=HYPERLINK("x") tupa', village="Outo")
    past = schedule_meeting(kar.store, kar.table.id, clock.now() - timedelta(days=20), "Kirjasto")
    add_action(kar.store, past.id, "Virkistyspäivä kesällä", "Seurakunta", date(2026, 11, 1))
    decline_idea(kar.store, kar.private.id, "Ei tällä kertaa")
    exchange(kar, suk, odd)
    return kar, suk, odd


def test_each_centre_is_counted_from_its_bundle(municipality):
    kar, suk, _odd = municipality
    summaries = {s.code: s for s in municipality_summary(suk.store)}
    assert set(summaries) == {"KAR", "SUK", "ODD"}
    karttula = summaries["KAR"]
    assert karttula.active_tables == (kar.table.name,)
    assert karttula.meetings_held == 1 and karttula.meetings_ahead == 1
    assert karttula.open_actions == 2 and karttula.overdue_actions == 1
    assert karttula.ideas[IdeaState.PUBLISHED] == 1 and karttula.ideas[IdeaState.DECLINED] == 1
    assert not karttula.incomplete


def test_an_incomplete_bundle_is_counted_as_last_whole_and_marked(municipality):
    _kar, suk, _odd = municipality
    municipality_summary(suk.store)  # the complete bundles are kept
    (suk.store.path / CENTRES / "kar" / "actions.json").write_bytes(b"[")
    karttula = next(s for s in municipality_summary(suk.store) if s.code == "KAR")
    assert karttula.incomplete and karttula.open_actions == 2


def test_csv_goes_through_the_one_writer_with_its_formula_guard(municipality):
    _kar, suk, _odd = municipality
    content = b"".join(summary_csv(municipality_summary(suk.store)))
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["centre", "name", "bundle"] and len(rows) == 4
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("x") tupa' in names and "Karttulan asukastupa" in names


@pytest.mark.parametrize("ending", ["pdf", "csv"])
def test_the_command_writes_the_report(municipality, tmp_path, capsys, ending):
    _kar, suk, _odd = municipality
    out = tmp_path / f"report.{ending}"
    assert main(["--data", str(suk.store.path), "municipality", "report", "--out", str(out)]) == 0
    assert "3" in capsys.readouterr().out
    if ending == "csv":
        assert b"Karttulan asukastupa" in out.read_bytes()
    else:
        text = flat(pdf_text(out.read_bytes()))
        assert "Karttulan asukastupa (KAR)" in text and "Sukevan asukastupa (SUK)" in text
        assert "Myöhässä olevat toimenpiteet" in text
