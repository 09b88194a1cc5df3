"""The large-text "you said, we did" sheet for the notice board: what the tables achieved.

Built from ``kiosk.core.public.table_results``: only ideas staff have published
are quoted, by their text and reference, never with the resident's name.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from kiosk.core.dates import format_day
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import Action, Idea
from kiosk.core.settings import Settings
from printables.blocks import translator
from printables.pages import LARGE, Meta, render
from printables.styles import large, para

if TYPE_CHECKING:
    from kiosk.core.public import TableResults


def _by_idea(entry: TableResults) -> list[tuple[list[Idea], list[Action]]]:
    """Done actions grouped by the ideas they came of, so each idea is quoted once."""
    groups: dict[tuple[str, ...], tuple[list[Idea], list[Action]]] = {}
    for action in entry.done:
        ideas = entry.ideas_by_action.get(action.id, [])
        key = tuple(idea.id for idea in ideas)
        groups.setdefault(key, (ideas, []))[1].append(action)
    return list(groups.values())


def _done_text(action: Action, language: str) -> str:
    """A done action said as done ("Tehty 19.10.2026: ..."), then what came of it."""
    t = translator(language)
    if action.completed:
        said = t(N_("Done on {day}: {what}")).format(day=format_day(action.completed, language), what=action.what)
    else:
        said = t(N_("Done: {what}")).format(what=action.what)
    return f"\u2022 {said}\n{action.result}" if action.result else f"\u2022 {said}"


def _said_and_done(ideas: list[Idea], actions: list[Action], more_ideas: int, language: str) -> list[Flowable]:
    """What residents said (if the work came of ideas), then what was done and what came of it.

    Labels keep with the text after them; otherwise the text flows on, so pages fill.
    """
    t = translator(language)
    styles = large()
    lines: list[Flowable] = []
    for idea in ideas:
        lines.append(para(t(N_("You said ({reference}):")).format(reference=idea.reference), styles.label))
        lines.append(para(idea.text, styles.body))
    if more_ideas:
        lines.append(para(t(N_("And {count} more ideas asked for the same.")).format(count=more_ideas), styles.body))
    lines.append(para(t(N_("We did:")), styles.label))
    lines += [para(_done_text(action, language), styles.body) for action in actions]
    return lines


def _table(entry: TableResults, language: str) -> list[Flowable]:
    """One table's results, done work (with the ideas behind it) and work under way."""
    t = translator(language)
    styles = large()
    blocks: list[list[Flowable]] = []
    if entry.table.results:
        bullets = [para(f"\u2022 {result}", styles.body) for result in entry.table.results]
        blocks.append([para(t(N_("Results")), styles.subheading), *bullets])
    blocks += [
        _said_and_done(ideas, actions, max(entry.more_ideas.get(a.id, 0) for a in actions), language)
        for ideas, actions in _by_idea(entry)
    ]
    if entry.under_way:
        under_way = [para(t(N_("Under way")), styles.subheading)]
        for action in entry.under_way:
            who = t(N_("Who does it: {who}")).format(who=action.responsible)
            under_way.append(para(f"\u2022 {action.what}\n{who}", styles.body))
        blocks.append(under_way)
    if entry.more_actions:
        more = t(N_("And {count} more actions in this period.")).format(count=entry.more_actions)
        blocks.append([para(more, styles.body)])
    # Headings and labels keep with what follows them (their styles say so); the rest flows.
    return [para(entry.table.name, styles.heading), *(flowable for block in blocks for flowable in block)]


def _period(since: date, as_of: date, left_out: int, language: str) -> list[Flowable]:
    """Which work the sheet covers, and how many tables did not fit on it."""
    t = translator(language)
    styles = large()
    lines = [
        para(t(N_("Latest results")), styles.subheading),
        para(
            t(N_("Work done from {start} to {end}, and work still under way.")).format(
                start=format_day(since, language), end=format_day(as_of, language)
            ),
            styles.body,
        ),
    ]
    if left_out:
        lines.append(
            para(
                t(N_("Tables with results not on this sheet: {count}. The kiosk shows them all.")).format(
                    count=left_out
                ),
                styles.body,
            )
        )
    return lines


def results_story(
    results: list[TableResults],
    settings: Settings,
    as_of: date,
    language: str,
    *,
    since: date | None = None,
    left_out: int = 0,
) -> list[Flowable]:
    """The sheet's flowables: a heading, the period covered (if given), then table by table."""
    t = translator(language)
    styles = large()
    story: list[Flowable] = [
        para(t(N_("You said, we did")), styles.title),
        para(t(N_("What the partnership tables have achieved.")), styles.body),
        para(t(N_("Situation on {date}.")).format(date=format_day(as_of, language)), styles.body),
    ]
    if since is not None:
        story += _period(since, as_of, left_out, language)
    for entry in results:
        story += _table(entry, language)
    if not results:
        story.append(para(t(N_("The tables have no results to show yet.")), styles.body))
    story += [para(t(N_("Ask more")), styles.heading), para(settings.contact_line(), styles.body)]
    return story


def build_results(
    results: list[TableResults],
    settings: Settings,
    as_of: date,
    language: str = "fi",
    *,
    since: date | None = None,
    left_out: int = 0,
) -> bytes:
    """The "you said, we did" sheet as PDF bytes.

    ``since`` is the start of the period the results cover (printed under the heading),
    and ``left_out`` how many tables with results did not fit on the sheet. Entries
    made with ``TableResults.shortened`` say how many actions and ideas they leave out.
    """
    heading = gettext_in(language, N_("You said, we did"))
    meta = Meta(
        title=f"{heading} \u2013 {settings.centre_name}",
        subject=gettext_in(language, N_("Results of the partnership tables")),
        author=settings.centre_name,
        language=language,
    )
    story = results_story(results, settings, as_of, language, since=since, left_out=left_out)
    continued = gettext_in(language, N_("{heading} (continued)")).format(heading=heading)
    return render(story, meta, footer=settings.centre_name, layout=LARGE, continued=continued)
