"""Service workshops: open events without themes beforehand, themes recorded afterwards, links to tables."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.model import Table
from kiosk.core.public import idea_themes, themes_in_use, upcoming_events, workshops_of_table
from kiosk.core.tables import save_table, schedule_meeting
from kiosk.core.workshops import (
    create_workshop,
    link_table,
    record_outcome_themes,
    set_workshop_open,
    unlink_table,
)

HELD = datetime(2026, 11, 20, 13, 0, tzinfo=HELSINKI)
AHEAD = datetime(2026, 12, 10, 13, 0, tzinfo=HELSINKI)


def test_a_workshop_needs_no_themes_beforehand(store):
    workshop = create_workshop(store, "Palvelupaja", AHEAD, "Asukastupa")
    assert store.workshop(workshop.id).themes == []


def test_a_workshop_still_needs_a_title_and_place(store):
    with pytest.raises(ValidationError):
        create_workshop(store, " ", AHEAD, "Asukastupa")
    with pytest.raises(ValidationError):
        create_workshop(store, "Palvelupaja", AHEAD, "")


def test_themes_typed_twice_or_empty_are_kept_once(store):
    workshop = create_workshop(store, "Palvelupaja", AHEAD, "Asukastupa", ["Kyydit", "", "kyydit ", "Digituki"])
    assert workshop.themes == ["Kyydit", "Digituki"]


def test_outcome_themes_are_recorded_after_it_began_and_replace_the_ones_offered(store):
    workshop = create_workshop(store, "Palvelupaja", HELD, "Asukastupa", ["Kyydit"])
    record_outcome_themes(store, workshop.id, ["Asiointikyyti", "Ystävätoiminta"])
    assert store.workshop(workshop.id).outcome_themes == ["Asiointikyyti", "Ystävätoiminta"]
    offered = [(t.name, t.workshop_id) for t in idea_themes(store)]
    assert offered == [("Asiointikyyti", workshop.id), ("Ystävätoiminta", workshop.id)]
    assert {"Kyydit", "Asiointikyyti", "Ystävätoiminta"} <= set(themes_in_use(store))
    assert store.audit_entries(2026)[-1].what == "workshop themes"


def test_outcome_themes_are_refused_before_the_workshop(store):
    workshop = create_workshop(store, "Palvelupaja", AHEAD, "Asukastupa")
    with pytest.raises(ValidationError):
        record_outcome_themes(store, workshop.id, ["Kyydit"])
    assert store.workshop(workshop.id).outcome_themes == []


def test_a_workshop_without_themes_is_offered_as_itself_until_its_day(store, clock):
    workshop = create_workshop(store, "Kylien palvelupaja", AHEAD, "Asukastupa")
    [theme] = idea_themes(store)
    assert (theme.name, theme.workshop_id, theme.whole_workshop) == ("Kylien palvelupaja", workshop.id, True)
    set_workshop_open(store, workshop.id, False)
    assert idea_themes(store) == []


def test_links_to_tables_both_ways(store):
    workshop = create_workshop(store, "Palvelupaja", HELD, "Asukastupa")
    table = save_table(store, Table(name="Kyläkyydit", theme="Kyydit"))
    link_table(store, workshop.id, table.id)
    link_table(store, workshop.id, table.id)
    assert store.workshop(workshop.id).table_ids == [table.id]
    assert [w.id for w in workshops_of_table(store, table.id)] == [workshop.id]
    unlink_table(store, workshop.id, table.id)
    assert workshops_of_table(store, table.id) == []
    with pytest.raises(NotFound):
        link_table(store, workshop.id, "no-such-table")


def test_upcoming_events_mix_meetings_and_workshops_soonest_first(store):
    table = save_table(store, Table(name="Kyläkyydit", theme="Kyydit"))
    later = schedule_meeting(store, table.id, datetime(2026, 12, 14, 17, tzinfo=HELSINKI), "Asukastupa")
    sooner = schedule_meeting(store, table.id, datetime(2026, 12, 1, 17, tzinfo=HELSINKI), "Asukastupa")
    create_workshop(store, "Mennyt paja", HELD, "Asukastupa")
    workshop = create_workshop(store, "Palvelupaja", AHEAD, "Asukastupa")
    events = upcoming_events(store)
    ids = [getattr(e, "meeting", e).id for e in events]
    assert ids == [sooner.id, workshop.id, later.id]


def test_kiosk_workshop_poster_by_id_prefix(store, capsys, tmp_path):
    from printables_support import flat, pdf_text, qr_codes

    from kiosk.cli import main
    from kiosk.core.configure import save_settings
    from kiosk.core.settings import Settings

    save_settings(store, Settings(centre_name="Karttulan asukastupa", poster_url="https://example.fi/karttula"))
    workshop = create_workshop(store, "Kylien palvelupaja", AHEAD, "Asukastupa")
    data = str(store.path)
    store.folder.close()
    assert main(["workshop", "list", "--data", data]) == 0
    assert workshop.id[:8] in capsys.readouterr().out
    out = tmp_path / "juliste.pdf"
    assert main(["workshop", "poster", workshop.id[:8], "--out", str(out), "--no-print", "--data", data]) == 0
    pdf = out.read_bytes()
    assert qr_codes(pdf) == ["https://example.fi/karttula"]
    assert "Kaikki ovat tervetulleita!" in flat(pdf_text(pdf))
    assert main(["workshop", "poster", "zz", "--out", str(out), "--data", data]) == 1
    assert "Anna palvelupajan tunnuksesta vähintään 4 merkkiä." in capsys.readouterr().err
