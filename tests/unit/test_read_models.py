"""The store's readers and the public read models: fresh objects for every caller, filtered before building."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.core import ideas as svc
from kiosk.core.clock import HELSINKI
from kiosk.core.model import Action, ActionStatus, Meeting, Table, TableStatus
from kiosk.core.public import RESULTS_SHEET_ACTIONS, RESULTS_SHEET_TABLES, months_before, table_results
from kiosk.core.store import ACTIONS, MEETINGS, TABLES

FIXED_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)
"""The test clock's moment (conftest's ``clock`` fixture)."""


def put(store, collection: str, *records) -> None:
    """Save model objects as they are, in one transaction."""
    with store.transaction() as tx:
        for record in records:
            tx.put(collection, record.to_dict())


def months_ago(months: int) -> datetime:
    """FIXED_NOW moved back by whole months."""
    return months_before(FIXED_NOW, months)


def test_list_readers_give_new_lists_and_see_every_write(store):
    first = Meeting(table_id="t1", start=FIXED_NOW + timedelta(days=1), place="Kylätalo")
    put(store, MEETINGS, first)
    one, again = store.meetings(), store.meetings()
    assert one == again and one is not again
    assert one[0] == again[0] and one[0] is not again[0]  # each caller gets objects of its own
    one.clear()  # the caller's own list
    assert [m.id for m in store.meetings()] == [first.id]
    second = Meeting(table_id="t2", start=FIXED_NOW + timedelta(hours=2), place="Koulu")
    put(store, MEETINGS, second)
    assert [m.id for m in store.meetings()] == [second.id, first.id]
    assert [m.id for m in store.meetings("t1")] == [first.id]


def test_single_record_readers_give_a_copy_of_ones_own(store):
    meeting = Meeting(table_id="t1", start=FIXED_NOW + timedelta(days=1), place="Kylätalo")
    put(store, MEETINGS, meeting)
    store.meetings()  # the shared objects are built first
    mine = store.meeting(meeting.id)
    mine.attendee_ids.append("someone")
    mine.place = "Muualla"
    assert store.meeting(meeting.id).attendee_ids == [] and store.meetings()[0].attendee_ids == []
    assert store.meetings()[0].place == "Kylätalo"
    assert store.folder.table("kiosk", MEETINGS).get(doc_id=meeting.id)["attendee_ids"] == []


def test_meetings_keep_time_order_across_the_change_to_winter_time(store, clock):
    # On the night summer time ends, 03:30+03:00 comes before 03:10+02:00, though it sorts later as
    # text, and later as a wall-clock time in the Helsinki zone.
    summer = Meeting(
        table_id="t1", start=datetime.fromisoformat("2026-10-25T03:30:00+03:00"), place="A", duration_minutes=15
    )
    winter = Meeting(
        table_id="t1", start=datetime.fromisoformat("2026-10-25T03:10:00+02:00"), place="B", duration_minutes=15
    )
    put(store, MEETINGS, winter, summer)
    assert store.folder.table("kiosk", MEETINGS).get(doc_id=summer.id)["start"] == "2026-10-25T03:30:00+03:00"
    assert [m.place for m in store.meetings()] == ["A", "B"]
    assert [m.place for m in store.past_meetings("t1")] == ["B", "A"]
    clock.current = datetime.fromisoformat("2026-10-25T03:00:00+02:00").astimezone(HELSINKI)  # A has ended
    assert [m.place for m in store.upcoming_meetings()] == ["B"]
    assert [m.place for m in store.past_meetings()] == ["A"]


def test_ideas_are_found_by_id_and_number_open_or_archived(store):
    kept = svc.submit_idea(store, "Penkki bussipysäkille")
    closed = svc.submit_idea(store, "Katuvalo koulutielle")
    svc.publish_idea(store, closed.id)
    svc.decline_idea(store, closed.id, "Kunta hoitaa jo")
    assert store.idea_archives() == ["archive/ideas-0001"]
    assert store.idea(closed.id).state.value == "declined"
    assert store.idea_by_number(closed.number).id == closed.id
    assert store.idea_by_number(kept.number).id == kept.id
    assert store.idea_by_number(999) is None and store.idea("missing") is None
    found = store.ideas_by_id({kept.id, closed.id, "missing"})
    assert set(found) == {kept.id, closed.id}
    svc.publish_idea(store, kept.id)
    svc.decline_idea(store, kept.id, "Ei tilaa")  # the archive changes: its index is made again
    assert store.idea_by_number(kept.number).state.value == "declined"


def _archived_ideas(store, count: int) -> tuple[list, type]:
    """``count`` ideas closed into the archive, and the store opened again as the next process (nothing read)."""
    ideas = [svc.submit_idea(store, f"Idea numero {n}") for n in range(count)]
    for idea in ideas:
        svc.publish_idea(store, idea.id)
        svc.decline_idea(store, idea.id, "Ei nyt")
    store.folder.close()
    return ideas, type(store).open(store.path, clock=store.clock, durable=False)


def test_ideas_quoted_from_an_archive_file_are_found_in_its_lines_not_by_reading_it_whole(store, monkeypatch):
    ideas, reopened = _archived_ideas(store, 3)
    parsed = []
    parse = reopened.folder._parse
    monkeypatch.setattr(reopened.folder, "_parse", lambda name, raw: parsed.append(name) or parse(name, raw))
    found = reopened.ideas_by_id({ideas[0].id, ideas[2].id})
    assert {i.text for i in found.values()} == {"Idea numero 0", "Idea numero 2"}
    assert found[ideas[0].id] == store.idea(ideas[0].id)  # the same record as the whole file gives
    assert "archive/ideas-0001" not in parsed and "archive/index" in parsed


def test_the_idea_index_is_looked_into_and_stays_the_files_bytes(store):
    """A city's index is 1.8 MB of ids: finding an idea's archive file decodes it for that lookup only."""
    from kiosk.core.store import IDEA_INDEX, INDEX_FILE

    ideas, reopened = _archived_ideas(store, 3)
    assert reopened.idea(ideas[1].id).text == "Idea numero 1"
    assert set(reopened.ideas_by_id({ideas[0].id, ideas[2].id})) == {ideas[0].id, ideas[2].id}
    assert reopened.folder.undecoded(INDEX_FILE, IDEA_INDEX) is not None  # not kept as Python strings


@pytest.mark.parametrize(
    "damage",
    [b'"text":Idea numero 1"', b'"text":1'],  # a line that does not decode; a record its model refuses
)
def test_a_damaged_line_in_an_archive_file_is_read_the_usual_way_and_reported(store, damage):
    ideas, reopened = _archived_ideas(store, 3)
    path = reopened.folder.file_path("archive/ideas-0001")
    path.write_bytes(path.read_bytes().replace(b'"text":"Idea numero 1"', damage))
    found = reopened.ideas_by_id({idea.id for idea in ideas})  # no traceback on the resident's screen
    assert {found[ideas[0].id].text, found[ideas[2].id].text} == {"Idea numero 0", "Idea numero 2"}
    assert [r.file for r in reopened.folder.recoveries] == ["archive/ideas-0001"]


def _table(name: str, **fields) -> Table:
    return Table(name=name, theme=name, created=months_ago(100), **fields)


def _done(table: Table, what: str, months: int) -> Action:
    return Action(
        table_id=table.id,
        what=what,
        responsible="Kunta",
        status=ActionStatus.DONE,
        created=months_ago(months + 1),
        completed=months_ago(months),
    )


def test_results_cover_two_years_and_every_recorded_result(store):
    busy = _table("Liikkuminen")
    finished = _table("Kirjasto", status=TableStatus.CLOSED, closed=months_ago(60), results=["Lainausautomaatti"])
    forgotten = _table("Uimaranta", status=TableStatus.CLOSED, closed=months_ago(59))
    put(store, TABLES, busy, finished, forgotten)
    put(
        store,
        ACTIONS,
        _done(busy, "Uusi vuoro", 3),
        _done(busy, "Vanha vuoro", 30),
        Action(table_id=busy.id, what="Kysely", responsible="Kylätoimikunta", created=months_ago(40)),
        _done(forgotten, "Laituri", 61),
    )
    results = [entry.read(store) for entry in table_results(store)]
    assert [r.table.name for r in results] == ["Liikkuminen", "Kirjasto"]
    assert [a.what for a in results[0].done] == ["Uusi vuoro"]
    assert [a.what for a in results[0].under_way] == ["Kysely"]  # still under way, however old
    assert results[1].done == [] and results[1].table.results == ["Lainausautomaatti"]
    everything = [entry.read(store) for entry in table_results(store, since=months_ago(120))]
    assert [r.table.name for r in everything] == ["Liikkuminen", "Uimaranta", "Kirjasto"]
    assert [a.what for a in everything[0].done] == ["Uusi vuoro", "Vanha vuoro"]


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI), 24, datetime(2024, 11, 27, 10, 0, tzinfo=HELSINKI)),
        (datetime(2026, 3, 31, 9, 0, tzinfo=HELSINKI), 1, datetime(2026, 2, 28, 9, 0, tzinfo=HELSINKI)),
        (datetime(2024, 2, 29, 9, 0, tzinfo=HELSINKI), 24, datetime(2022, 2, 28, 9, 0, tzinfo=HELSINKI)),
        (datetime(2026, 1, 15, 9, 0, tzinfo=HELSINKI), 13, datetime(2024, 12, 15, 9, 0, tzinfo=HELSINKI)),
    ],
)
def test_months_before(moment, months, expected):
    assert months_before(moment, months) == expected


def test_results_sheet_lists_the_latest_tables_and_says_what_it_covers(store):
    from printables_support import flat, pdf_text

    from printables import build_pdf

    tables = [_table(f"Pöytä {n:02d}") for n in range(RESULTS_SHEET_TABLES + 2)]
    put(store, TABLES, *tables)
    # Pöytä 00 did its work most recently, Pöytä 11 longest ago.
    put(store, ACTIONS, *(_done(t, f"Työ {n:02d}", 1 + n) for n, t in enumerate(tables)))
    text = flat(pdf_text(build_pdf("results", store, None, "fi")))
    assert "Viimeisimmät tulokset" in text
    assert "Ajalla" in text and "27.11.2024" in text and "27.11.2026" in text
    assert "Pöytiä, joiden tulokset eivät mahtuneet tälle arkille: 2." in text
    shown = [f"Pöytä {n:02d}" for n in range(RESULTS_SHEET_TABLES)]
    assert all(name in text for name in shown)
    assert "Pöytä 10" not in text and "Pöytä 11" not in text
    assert text.index("Pöytä 00") < text.index("Pöytä 09")


def test_results_sheet_shows_each_tables_latest_actions(store):
    from printables_support import flat, pdf_text

    from printables import build_pdf

    table = _table("Liikkuminen")
    put(store, TABLES, table)
    done = [_done(table, f"Tehty {n}", months=1 + n) for n in range(RESULTS_SHEET_ACTIONS + 2)]
    under_way = [
        Action(table_id=table.id, what=f"Kesken {n}", responsible="Kunta", created=months_ago(2))
        for n in range(RESULTS_SHEET_ACTIONS + 1)
    ]
    put(store, ACTIONS, *done, *under_way)
    text = flat(pdf_text(build_pdf("results", store, None, "fi")))
    assert all(f"Tehty {n}" in text for n in range(RESULTS_SHEET_ACTIONS))
    assert f"Tehty {RESULTS_SHEET_ACTIONS}" not in text and f"Kesken {RESULTS_SHEET_ACTIONS}" not in text
    assert "Lisäksi 3 muuta toimenpidettä tällä ajanjaksolla." in text
    assert len(table_results(store)[0].read(store).done) == RESULTS_SHEET_ACTIONS + 2  # the screen shows them all


def test_per_table_keeps_the_latest_work_and_counts_the_rest(store):
    table = _table("Liikkuminen")
    put(store, TABLES, table)
    ideas = []
    for n in range(4):
        idea = svc.submit_idea(store, f"Idea numero {n}")
        svc.publish_idea(store, idea.id)
        ideas.append(idea)
    done = [_done(table, f"Tehty {n}", months=1 + n) for n in range(4)]
    done[0].idea_ids = [i.id for i in ideas]
    put(store, ACTIONS, *done)
    entry = table_results(store, per_table=2)[0]
    assert entry.done == [] and entry.ideas_by_action == {}  # actions and ideas are read for the cards shown
    short = entry.read(store, ideas=2)
    assert [a.what for a in short.done] == ["Tehty 0", "Tehty 1"]
    assert (
        short.more_actions == 2 and len(table_results(store)[0].read(store).done) == 4
    )  # without per_table, all of them
    assert [i.text for i in short.ideas_by_action[done[0].id]] == ["Idea numero 2", "Idea numero 3"]
    assert short.more_ideas == {done[0].id: 2}

    from screens.results import results_summary

    card = results_summary(short).plain
    assert "Idea numero 3" in card and "Idea numero 0" not in card
    assert "Samaa toivoi lisäksi 2 muuta ideaa." in card
    assert "Lisäksi 2 muuta toimenpidettä viimeisten 24 kuukauden ajalta." in card


def test_choosing_the_results_decodes_only_the_actions_shown(store):
    """A city's thousands of open actions are chosen among by their keys; only a card's actions are built."""
    from kiosk.core.storage import LIVE

    table = _table("Liikkuminen")
    put(store, TABLES, table)
    done = [_done(table, f"Tehty {n}", months=1 + n) for n in range(20)]
    put(store, ACTIONS, *done)
    store.folder.close()  # as the next process reads the folder
    reopened = type(store).open(store.path, clock=store.clock, durable=False)
    (entry,) = table_results(reopened, per_table=3)
    assert entry.more_actions == 17 and reopened.folder.undecoded(LIVE, ACTIONS) is not None
    shown = entry.read(reopened)
    assert {a.what for a in shown.done} == {"Tehty 0", "Tehty 1", "Tehty 2"}
    assert reopened.folder.undecoded(LIVE, ACTIONS) is not None  # still the file's bytes: nothing else was decoded
    assert reopened.action(done[19].id).what == "Tehty 19"  # one by id, also without decoding the rest
    assert reopened.folder.undecoded(LIVE, ACTIONS) is not None


def test_the_days_backup_checks_every_document_and_leaves_the_readers_tables_undecoded(store):
    """The morning's backup reads every document to check it; the kiosk's cached live file stays as bytes,
    so its screens keep choosing from the bytes (fast, small) all day, not from a decoded copy."""
    from kiosk.core.safety import daily_backup
    from kiosk.core.storage import LIVE

    table = _table("Liikkuminen")
    put(store, TABLES, table)
    put(store, ACTIONS, *[_done(table, f"Tehty {n}", months=1 + n) for n in range(5)])
    store.folder.close()
    reopened = type(store).open(store.path, clock=store.clock, durable=False)
    reopened.settings()  # the live file is read and cached, as a running kiosk has it
    assert daily_backup(reopened) is not None
    assert reopened.folder.undecoded(LIVE, ACTIONS) is not None
    (entry,) = table_results(reopened, per_table=3)
    assert entry.more_actions == 2


def test_choosing_inside_a_transaction_sees_its_own_changes(store):
    table = _table("Liikkuminen")
    put(store, TABLES, table)
    first, second = _done(table, "Ensimmäinen", months=1), _done(table, "Toinen", months=2)
    put(store, ACTIONS, first)
    with store.transaction() as tx:
        tx.put(ACTIONS, second.to_dict())
        keys = {key.id for key in store.current_action_keys(months_ago(24))}
        assert keys == {first.id, second.id} and set(store.actions_by_id(list(keys))) == keys
    assert {key.id for key in store.current_action_keys(months_ago(24))} == {first.id, second.id}


def test_the_results_are_chosen_and_read_again_only_once_a_file_or_the_day_has_changed(store, clock, monkeypatch):
    """Visitors open the results again and again; a city's take 50 ms to choose and read, so they are
    remembered until a save (this kiosk's, or another process's: a staff command, a received bundle)."""
    table = _table("Liikkuminen")
    put(store, TABLES, table)
    put(store, ACTIONS, _done(table, "Uusi vuoro", 3))
    chosen = []
    keys = store.current_action_keys
    monkeypatch.setattr(store, "current_action_keys", lambda since: chosen.append(since) or keys(since))

    def done_now() -> set[str]:
        (entry,) = table_results(store, per_table=3)
        return {action.what for action in entry.read(store).done}

    (entry,) = table_results(store, per_table=3)
    assert table_results(store, per_table=3) == [entry] and len(chosen) == 1  # remembered
    assert entry.read(store) is entry.read(store)
    put(store, ACTIONS, _done(table, "Toinen vuoro", 2))
    assert done_now() == {"Uusi vuoro", "Toinen vuoro"} and len(chosen) == 2
    other = type(store).open(store.path, clock=clock, durable=False)
    put(other, ACTIONS, _done(table, "Kolmas vuoro", 1))
    assert done_now() == {"Uusi vuoro", "Toinen vuoro", "Kolmas vuoro"} and len(chosen) == 3
    clock.advance(hours=1)
    done_now()
    assert len(chosen) == 3  # the same day: "the last 24 months" begin at the same midnight
    clock.advance(days=1)
    done_now()
    assert len(chosen) == 4 and chosen[-1] == months_ago(24).replace(hour=0, minute=0) + timedelta(days=1)
    with store.transaction() as tx:  # a transaction sees its own changes, never a remembered choice
        tx.put(ACTIONS, _done(table, "Neljäs vuoro", 1).to_dict())
        assert "Neljäs vuoro" in done_now()


def test_one_look_checks_the_files_once_for_a_screens_read_models_and_a_save_is_seen_after_it(store, monkeypatch):
    table = _table("Liikkuminen")
    put(store, TABLES, table)
    put(store, ACTIONS, _done(table, "Uusi vuoro", 3))
    looked = []
    state = store.files_state
    monkeypatch.setattr(store, "files_state", lambda: looked.append(1) or state())
    with store.one_look():  # as a results page is composed: its list, then each card
        (entry,) = table_results(store, per_table=3)
        entry.read(store)
        put(store, ACTIONS, _done(table, "Toinen vuoro", 2))
        entry.read(store)
    assert len(looked) == 1
    (entry,) = table_results(store, per_table=3)
    assert {a.what for a in entry.read(store).done} == {"Uusi vuoro", "Toinen vuoro"}


def test_the_upcoming_list_is_remembered_until_its_first_meeting_ends(store, clock):
    from kiosk.core.public import upcoming_events

    table = _table("Liikkuminen")
    put(store, TABLES, table)
    soon = Meeting(table_id=table.id, start=FIXED_NOW + timedelta(minutes=30), place="Kylätalo", duration_minutes=60)
    later = Meeting(table_id=table.id, start=FIXED_NOW + timedelta(days=7), place="Koulu")
    put(store, MEETINGS, soon, later)
    first = upcoming_events(store)
    assert [event.meeting.id for event in first] == [soon.id, later.id]
    clock.advance(minutes=80)  # under way, still listed
    assert [id(event) for event in upcoming_events(store)] == [id(event) for event in first]  # remembered
    clock.advance(minutes=10)  # it has ended
    assert [event.meeting.id for event in upcoming_events(store)] == [later.id]


def test_a_look_decodes_the_live_actions_once_for_all_its_cards_and_sees_a_save_made_in_it(store, monkeypatch):
    """Each results card builds its actions from the live file: in one look its actions are decoded once."""
    from kiosk.core import store as store_module
    from kiosk.core.storage import LIVE

    tables = [_table(f"Pöytä {n}") for n in range(3)]
    put(store, TABLES, *tables)
    put(store, ACTIONS, *(_done(table, f"Tehty {table.name}", months=2) for table in tables))
    store.folder.close()  # as the next process reads the folder: the actions are the file's bytes
    reopened = type(store).open(store.path, clock=store.clock, durable=False)
    decoded = []
    real = store_module._RAW_DOCUMENTS

    class Counting:
        def decode(self, raw):
            decoded.append(len(raw))
            return real.decode(raw)

    monkeypatch.setattr(store_module, "_RAW_DOCUMENTS", Counting())
    actions = len(bytes(reopened.folder.undecoded(LIVE, ACTIONS)[0]))
    with reopened.one_look():
        entries = table_results(reopened, per_table=3)
        cards = [entry.read(reopened) for entry in entries]
        assert decoded.count(actions) == 1  # not once a card
        new = _done(tables[0], "Vielä yksi", months=1)
        put(reopened, ACTIONS, new)
        assert reopened.actions_by_id([new.id])[new.id].what == "Vielä yksi"  # decoded again, not the look's copy
    assert [len(card.done) for card in cards] == [1, 1, 1]


def test_the_resident_screens_share_one_set_of_table_models_until_a_save(store):
    from kiosk.core.public import idea_themes, shown_tables, upcoming_meetings

    active, closed = _table("Liikkuminen"), _table("Kirjasto", status=TableStatus.CLOSED)
    put(store, TABLES, active, closed)
    put(store, ACTIONS, _done(active, "Uusi vuoro", 2))
    put(store, MEETINGS, Meeting(table_id=active.id, start=FIXED_NOW + timedelta(days=3), place="Kylätalo"))
    assert [t.name for t in shown_tables(store, active_only=True)] == ["Liikkuminen"]
    (listed,) = [entry.table for entry in table_results(store)]
    (meeting,) = upcoming_meetings(store)
    assert listed is meeting.table is shown_tables(store, active_only=True)[0]  # built once, for every screen
    assert [theme.name for theme in idea_themes(store)] == ["Liikkuminen"]
    put(store, TABLES, _table("Metsät"))
    assert [t.name for t in shown_tables(store)] == ["Kirjasto", "Liikkuminen", "Metsät"]
    assert shown_tables(store, active_only=True)[0] is not listed  # read again after the save
