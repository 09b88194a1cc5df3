"""Results: what the tables achieved, and which agreed actions are done or under way ("you said, we did")."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from kiosk.core.dates import format_day
from kiosk.core.i18n import N_, _
from kiosk.core.model import Action, Idea, TableStatus
from kiosk.core.public import RESULTS_CARD_ACTIONS, RESULTS_MONTHS, TableResults, table_results
from screens.milestones import milestone_lines
from screens.paged import PagedScreen
from screens.print_button import PrintButton
from screens.widgets import HangingLines, lines, plain

Line = tuple[int, str, Content]
"""One line of a table's results: its indent (0, 1 or 2), a mark before it, and its text."""


def _you_said(ideas: list[Idea], more: int = 0) -> list[Line]:
    """The published ideas behind an action, as "You said: ..." lines, and how many more there are."""
    said = [
        (2, "", Content.assemble((_("You said") + ": ", "bold italic"), plain(idea.text), f" ({idea.reference})"))
        for idea in ideas
    ]
    if more:
        said.append((2, "", Content(_("And {count} more ideas asked for the same.").format(count=more))))
    return said


def _done_line(action: Action) -> Content:
    """A done action said as done: "Done on 3.3.2026: <what was agreed>" (the text itself reads as a plan)."""
    label = _("Done on {day}").format(day=format_day(action.completed)) if action.completed else _("Done")
    return Content.assemble((label + ": ", "bold"), (action.what, "bold"))


def _action_lines(action: Action, ideas: list[Idea], *, done: bool, more_ideas: int = 0) -> list[Line]:
    """One action with its result or who does it by when, and the ideas that led to it."""
    if done:
        parts: list[Line] = [(1, "\u2713", _done_line(action))]
        if action.result:
            parts.append((2, "", Content.assemble((_("Result") + ": ", "bold"), action.result)))
    else:
        parts = [(1, "\u2026", Content.assemble((_("Under way") + ": ", "bold"), (action.what, "bold")))]
        who = Content.assemble((_("Responsible") + ": ", "bold"), action.responsible)
        if action.due:
            who = who + Content.assemble(", ", (_("by") + " ", "bold"), format_day(action.due))
        parts.append((2, "", who))
        parts.extend((2, mark, text) for mark, text in milestone_lines(action))
    parts.extend(_you_said(ideas, more_ideas))
    return parts


def results_lines(entry: TableResults) -> list[Line]:
    """A table's achievements, done actions and actions under way, line by line in plain words."""
    table = entry.table
    title = Content.assemble((table.name, "bold underline"))
    if table.status == TableStatus.CLOSED and table.closed:
        title = title + Content.assemble("  ", _("(finished {day})").format(day=format_day(table.closed)))
    parts: list[Line] = [(0, "", title)]
    if table.results:
        parts.append((0, "", Content.assemble((_("What was achieved") + ":", "bold"))))
        parts.extend((1, "\u2605", plain(result)) for result in table.results)
    for action in reversed(entry.done):
        ideas, more = entry.ideas_by_action.get(action.id, []), entry.more_ideas.get(action.id, 0)
        parts.extend(_action_lines(action, ideas, done=True, more_ideas=more))
    for action in entry.under_way:
        ideas, more = entry.ideas_by_action.get(action.id, []), entry.more_ideas.get(action.id, 0)
        parts.extend(_action_lines(action, ideas, done=False, more_ideas=more))
    if entry.more_actions:
        more_actions = _("And {count} more actions in the last {months} months.")
        parts.append((0, "", Content(more_actions.format(count=entry.more_actions, months=RESULTS_MONTHS))))
    return parts


def results_summary(entry: TableResults) -> Content:
    """The same lines as one piece of text (for reading aloud or a quick look)."""
    return lines(Content.assemble(mark + " " if mark else "", text) for _level, mark, text in results_lines(entry))


def results_card(entry: TableResults) -> Widget:
    """A table's results as a card whose wrapped lines keep their indent (a hanging indent after the mark)."""
    return HangingLines(results_lines(entry), classes="card result-text")


class ResultsScreen(PagedScreen):
    """Tables' results, the most recently active table first, one or two tables a page."""

    CSS_PATH = "results.tcss"
    HEADING = N_("Results \u2013 you said, we did")
    PAGE_KIND = "results"
    BINDINGS = [Binding("p", "print", "Print in large text", show=False, id="results-print")]

    def list_items(self) -> Sequence[TableResults]:
        """Every table with something to report lately, each with its latest work."""
        return table_results(self.store, per_table=RESULTS_CARD_ACTIONS)

    def item_widget(self, item: TableResults, number: int) -> Widget:
        """One table's results as a card, quoting the ideas behind its actions."""
        return results_card(item.read(self.store))

    def empty_widget(self) -> Widget:
        """Nothing to report yet."""
        return Static(_("The tables have no results to show yet."), classes="notice")

    def compose_body(self) -> ComposeResult:
        """The list, then a row with the page buttons and the print button."""
        yield self.list_body()
        with Horizontal(id="results-bar", classes="button-row"):
            yield self.page_bar()
            yield PrintButton("results")

    def action_print(self) -> None:
        """Print the results in large text (the P key)."""
        self.query_one(PrintButton).press()
