"""Helpers for the resident screens' Pilot and snapshot tests: data, waiting, reading the screen."""

from __future__ import annotations

from datetime import date, datetime

from functional_support import settle  # noqa: F401 (the resident tests import it from here)

from kiosk.core.clock import HELSINKI

SIZE = (100, 30)
"""The terminal size of every resident test and snapshot."""
SMALL_SIZE = (80, 24)
"""The smallest terminal the kiosk must fit."""
HOSTILE_TEXTS = (
    "[/]",
    "[@click=app.quit]x[/]",
    '<img src="/etc/passwd"/>',
    "\x1b]52;c;ZXZpbA==\x07",
)
"""Idea texts that would crash, hijack or escape a widget that rendered markup or control codes."""


def screen_lines(app) -> list[str]:
    """The current screen as plain text, one string a terminal line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app) -> str:
    """Everything on the current screen as plain text, runs of spaces squashed to one."""
    return "\n".join(" ".join(line.split()) for line in screen_lines(app))


def static_text(app, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    return str(app.screen.query_one(selector).render())


def seed_village(store) -> dict[str, str]:
    """A small, fully known village: one active table with two meetings, actions, three ideas, and a
    service workshop held two weeks ago whose theme still takes ideas.

    Returns the ids the tests need. Everything goes through the core services,
    on the store's fixed clock.
    """
    from kiosk.core import ideas, tables, workshops
    from kiosk.core.model import ActionStatus, Participant, Role, Sector, SubGroup, Table

    table = tables.save_table(
        store,
        Table(
            name="Ikäihmisten palvelut Karttulassa",
            theme="Palvelut ikäihmisille",
            area="Karttula",
            goal="Autottomat, yksin asuvat ikäihmiset pääsevät palveluihin.",
            ground_rules=["Kaikki saavat puheenvuoron", "Sovitaan, kuka tekee mitä ja milloin"],
            participants=[
                Participant("Anna Virtanen", "Kuopion kaupunki", Sector.PUBLIC, Role.CHAIR, contact="anna@example.fi"),
                Participant("Pekka Taksi", "Taksi Oy", Sector.BUSINESS, contact="040 111 2222"),
                Participant("Liisa", "Eläkeläiset ry", Sector.THIRD, Role.CONVENER),
            ],
            subgroups=[SubGroup("Virkistyspäivät", task="Suunnittelee kevään virkistyspäivän")],
            public_contact="Asukastupa, puh. 040 123 4567",
        ),
    )
    first = tables.schedule_meeting(
        store,
        table.id,
        datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI),
        "Karttulan asukastupa",
        title="Miten kyytejä voisi yhdistää?",
    )
    tables.schedule_meeting(store, table.id, datetime(2027, 1, 14, 17, 0, tzinfo=HELSINKI), "Karttulan kirjasto")
    workshops.create_workshop(
        store, "Nuorten palvelupaja", datetime(2026, 11, 12, 10, tzinfo=HELSINKI), "Koulu", ["Nuorten vapaa-aika"]
    )
    on_agenda = ideas.submit_idea(
        store,
        "Kauppakyyti kerran viikossa.",
        theme="Palvelut ikäihmisille",
        name="Matti Meikäläinen",
        contact="040 999 8888",
    )
    ideas.publish_idea(store, on_agenda.id)
    item = ideas.forward_idea_to_agenda(store, on_agenda.id, first.id, question="Miten kauppakyyti järjestetään?")
    action = tables.add_action(
        store, first.id, "Kauppakyyti kokeiluun", "Taksi Oy", date(2027, 1, 31), agenda_item_id=item.id
    )
    done = tables.add_action(store, first.id, "Virkistyspäivä keväällä", "Eläkeläiset ry", date(2027, 4, 30))
    tables.set_action_status(store, done.id, ActionStatus.DONE, "Paikalla noin 60 ihmistä.")
    published = ideas.submit_idea(store, "Kirjastoon iltaaukioloa", theme="Kirjasto", contact="secret@example.fi")
    ideas.publish_idea(store, published.id)
    duplicate = ideas.submit_idea(store, "Kirjasto auki iltaisin", theme="Kirjasto", name="Salainen Nimi")
    ideas.merge_ideas(store, duplicate.id, published.id)
    received = ideas.submit_idea(store, "Vielä lukematon idea", contact="unread@example.fi")
    return {
        "table": table.id,
        "meeting": first.id,
        "action": action.id,
        "on_agenda": on_agenda.reference,
        "published": published.reference,
        "merged": duplicate.reference,
        "received": received.reference,
    }


class Paste(str):
    """A text to arrive in the focused field as one terminal paste (as typing it would end, but quicker)."""


async def walk(pilot, keys) -> None:
    """Press the keys in order; a ``Paste`` among them is pasted into the focused field."""
    from textual.widgets import TextArea

    pending: list[str] = []
    for key in keys:
        if isinstance(key, Paste):
            if pending:
                await pilot.press(*pending)
                pending = []
            field = pilot.app.focused
            if isinstance(field, TextArea):
                field.insert(str(key))  # what a paste into the text box does
            else:
                field.insert_text_at_cursor(str(key))  # what a paste into the field does
            await pilot.pause()
        else:
            pending.append(key)
    if pending:
        await pilot.press(*pending)
