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
from screens.paged import PagedScreen
from screens.print_button import PrintButton
from screens.widgets import lines, plain


def _you_said(ideas: list[Idea], more: int = 0) -> list[Content]:
    """The published ideas behind an action, as "You said: ..." lines, and how many more there are."""
    lines = [
        Content.assemble("     ", (_("You said") + ": ", "bold italic"), plain(idea.text), f" ({idea.reference})")
        for idea in ideas
    ]
    if more:
        lines.append(Content.assemble("     ", _("And {count} more ideas asked for the same.").format(count=more)))
    return lines


def _action_lines(action: Action, ideas: list[Idea], *, done: bool, more_ideas: int = 0) -> list[Content]:
    """One action with its result or who does it by when, and the ideas that led to it."""
    mark = "\u2713" if done else "\u2026"
    parts = [Content.assemble(f" {mark} ", (action.what, "bold"))]
    if done and action.result:
        parts.append(Content.assemble("     ", (_("Result") + ": ", "bold"), action.result))
    if done and action.completed:
        parts.append(Content.assemble("     ", (_("Done on") + ": ", "bold"), format_day(action.completed)))
    if not done:
        who = Content.assemble("     ", (_("Responsible") + ": ", "bold"), action.responsible)
        if action.due:
            who = who + Content.assemble(", ", (_("by") + " ", "bold"), format_day(action.due))
        parts.append(who)
    parts.extend(_you_said(ideas, more_ideas))
    return parts


def results_summary(entry: TableResults) -> Content:
    """A table's achievements, done actions and actions under way, in plain words."""
    table = entry.table
    title = Content.assemble((table.name, "bold underline"))
    if table.status == TableStatus.CLOSED and table.closed:
        title = title + Content.assemble("  ", _("(finished {day})").format(day=format_day(table.closed)))
    parts: list[Content | None] = [title]
    if table.results:
        parts.append(Content.assemble((_("What was achieved") + ":", "bold")))
        parts.extend(Content.assemble(" \u2605 ", result) for result in table.results)
    if entry.done:
        parts.append(Content.assemble((_("Done") + ":", "bold")))
        for action in reversed(entry.done):
            ideas, more = entry.ideas_by_action.get(action.id, []), entry.more_ideas.get(action.id, 0)
            parts.extend(_action_lines(action, ideas, done=True, more_ideas=more))
    if entry.under_way:
        parts.append(Content.assemble((_("Under way") + ":", "bold")))
        for action in entry.under_way:
            ideas, more = entry.ideas_by_action.get(action.id, []), entry.more_ideas.get(action.id, 0)
            parts.extend(_action_lines(action, ideas, done=False, more_ideas=more))
    if entry.more_actions:
        more = _("And {count} more actions in the last {months} months.")
        parts.append(Content.assemble(more.format(count=entry.more_actions, months=RESULTS_MONTHS)))
    return lines(parts)


class ResultsScreen(PagedScreen):
    """Tables' results, the most recently active table first, one or two tables a page."""

    HEADING = N_("Results \u2013 you said, we did")
    PAGE_KIND = "results"
    BINDINGS = [Binding("p", "print", "Print in large text", show=False, id="results-print")]

    def list_items(self) -> Sequence[TableResults]:
        """Every table with something to report lately, each with its latest work."""
        return [entry.shortened(RESULTS_CARD_ACTIONS) for entry in table_results(self.app.store)]

    def item_widget(self, item: TableResults, number: int) -> Widget:
        """One table's results as a card."""
        return Static(results_summary(item), classes="text card")

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
