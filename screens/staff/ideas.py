"""The ideas inbox: new ideas first; publish, answer, merge, decline, forward to an agenda."""

from __future__ import annotations

from itertools import islice

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import DataTable, Select, Static

from kiosk.core.contacts import erase_contact, has_contact, reveal_contact
from kiosk.core.dates import format_day, format_when
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import answer_idea, complete_idea, decline_idea, merge_ideas, publish_idea
from kiosk.core.model import CLOSED_IDEA_STATES, Idea, IdeaState
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.dialogs.choice import ChoiceDialog
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.dialogs.text import TextDialog
from screens.staff.footer import StaffFooter
from screens.staff.labels import SOURCE_LABELS, idea_state
from screens.staff.listing import row_key_under_cursor

OPEN = "open"
"""State filter: every idea still in progress."""
EVERY = "all"
"""State filter: every idea, the archive of closed ones too."""
SHOWN_AT_ONCE = 200
"""How many ideas of the archive the list shows at first, and adds with each "more": years of
history are read one archive file at a time, only as far as the list goes."""


def forwarding_possible(store, idea: Idea | None) -> bool:
    """Whether an open idea can go to another centre: only when other centres share with this one."""
    from kiosk.core.received import has_other_centres

    return idea is not None and not idea.is_closed and has_other_centres(store)


def centre_lines(store, idea: Idea) -> list[str]:
    """Where an idea went to or came from among the other centres, and how it stands there."""
    from kiosk.core.centres import remote_state
    from kiosk.core.model import IDEA_STATE_SHORT

    lines = []
    if idea.origin_reference:
        lines.append(
            _("Forwarded here by {centre} as {ref}.").format(centre=idea.origin_centre, ref=idea.origin_reference)
        )
    remote = remote_state(store, idea)
    if remote is not None:
        there = _(IDEA_STATE_SHORT[remote.idea.state]) if remote.idea else _("not accepted yet")
        lines.append(
            _("Forwarded to {centre}, table {table}: {state}.").format(
                centre=remote.centre_name, table=remote.table_name or "-", state=there
            )
        )
    return lines


def centre_table_choices(store) -> list[tuple[str, str]]:
    """Every working table of every other centre, as ``CODE:table id`` and "Centre: table"."""
    from kiosk.core.model import TableStatus
    from kiosk.core.received import bundles

    return [
        (f"{bundle.code}:{table.id}", f"{bundle.name}: {table.name}")
        for bundle in bundles(store)
        for table in bundle.tables
        if table.status == TableStatus.ACTIVE
    ]


class IdeasScreen(StaffScreen):
    """Staff's list of residents' ideas with everything that can be done to one."""

    BINDINGS = [
        Binding("p", "publish", N_("Publish"), id="idea-publish"),
        Binding("a", "answer", N_("Answer"), id="idea-answer"),
        Binding("f", "forward", N_("To agenda"), id="idea-forward"),
        Binding("o", "forward_to_centre", N_("To another centre"), id="idea-forward-centre"),
        Binding("m", "merge", N_("Merge"), id="idea-merge"),
        Binding("d", "decline", N_("Decline"), id="idea-decline"),
        Binding("c", "complete", N_("Done"), id="idea-complete"),
        Binding("x", "erase", N_("Erase contact"), id="idea-erase"),
        Binding("n", "new", N_("New idea"), id="idea-new"),
        Binding("l", "more", N_("Show more"), id="idea-more"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ideas: dict[str, Idea] = {}
        self.shown = SHOWN_AT_ONCE
        """How many ideas the list reads from the archive for the current filter."""
        self.more = False
        """Whether the archive has more ideas for the filter than the list shows."""

    def compose(self) -> ComposeResult:
        """Filters, the list, the chosen idea's details and the footer."""
        yield Static(_("Ideas"), classes="title")
        with Horizontal(classes="filters"):
            states = [(_("Open ideas"), OPEN)] + [(idea_state(s), s.value) for s in IdeaState]
            yield Select([*states, (_("All, with closed ones"), EVERY)], value=OPEN, allow_blank=False, id="state")
            yield Select([], prompt=_("All themes"), id="theme")
        yield DataTable(id="ideas", cursor_type="row", zebra_stripes=True)
        yield Static(id="error")
        yield Static(id="detail", classes="detail")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Fill the list."""
        self.query_one("#error", Static).display = False
        table = self.query_one(DataTable)
        table.add_columns(_("Ref."), _("Received"), _("State"), _("Theme"), _("Idea"))
        self.reload()
        table.focus()

    # The list -----------------------------------------------------------------

    def _load(self) -> list[Idea]:
        """The ideas the state filter asks for: open ones from the live file, closed ones newest first, ``shown`` at most."""
        state = self.query_one("#state", Select).value
        if state == OPEN or state in {s.value for s in IdeaState if s not in CLOSED_IDEA_STATES}:
            self.more = False
            return [i for i in self.store.open_ideas() if state == OPEN or i.state.value == state]
        wanted = (i for i in self.store.ideas_newest_first() if state == EVERY or i.state.value == state)
        ideas = list(islice(wanted, self.shown + 1))
        self.more = len(ideas) > self.shown
        return ideas[: self.shown]

    def action_more(self) -> None:
        """Read the next ideas of the archive into the list."""
        self.shown += SHOWN_AT_ONCE
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Refill the list, new ideas first, keeping the cursor on ``keep`` (or the current idea)."""
        keep = keep or self.current_id()
        ideas = self._load()
        themes = sorted({i.theme for i in ideas if i.theme}, key=str.casefold)
        theme_select = self.query_one("#theme", Select)
        chosen = theme_select.value
        with theme_select.prevent(Select.Changed):
            theme_select.set_options([(Content(t), t) for t in themes])
            if chosen in themes:
                theme_select.value = chosen
        if isinstance(chosen, str) and chosen in themes:
            ideas = [i for i in ideas if i.theme == chosen]
        ideas.sort(key=lambda i: (i.state != IdeaState.RECEIVED, -i.number))
        self.ideas = {i.id: i for i in ideas}
        table = self.query_one(DataTable)
        table.clear()
        for idea in ideas:
            table.add_row(
                plain(idea.reference),
                plain(format_day(idea.created) if idea.created else ""),
                plain(idea_state(idea.state)),
                plain(first_line(idea.theme, 18)),
                plain(first_line(idea.text, 50)),
                key=idea.id,
            )
        if keep in self.ideas:
            table.move_cursor(row=table.get_row_index(keep))
        self.show_detail()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A filter changed."""
        if event.select.id == "state":
            self.shown = SHOWN_AT_ONCE
        self.reload()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the idea under the cursor."""
        self.show_detail()

    def current_id(self) -> str | None:
        """The id of the idea under the cursor."""
        return row_key_under_cursor(self.query_one(DataTable))

    def current(self) -> Idea | None:
        """The idea under the cursor."""
        return self.ideas.get(self.current_id() or "")

    def show_detail(self) -> None:
        """The chosen idea in full, with its contact details (staff only) and where it went."""
        detail = self.query_one("#detail", Static)
        idea = self.current()
        self.refresh_bindings()
        if idea is None:
            detail.update(_("No ideas here."))
            return
        source = _(SOURCE_LABELS.get(idea.source, idea.source))
        lines = [
            f"{idea.reference} \u00b7 {idea_state(idea.state)} \u00b7 {idea.theme or '-'} \u00b7 {source} \u00b7 "
            + (format_when(idea.created) if idea.created else ""),
            idea.text,
        ]
        contact = reveal_contact(self.store, idea)
        if contact is not None:
            lines.append(_("Contact (staff only): {name} {contact}").format(name=contact.name, contact=contact.contact))
        if idea.public_answer:
            lines.append(_("Public answer: {answer}").format(answer=idea.public_answer))
        workshop = self.store.workshop(idea.workshop_id) if idea.workshop_id else None
        if workshop is not None:
            lines.append(
                _("Left for the service workshop {title} ({day}).").format(
                    title=workshop.title, day=format_day(workshop.start)
                )
            )
        if idea.meeting_id:
            meeting = self.store.meeting(idea.meeting_id)
            table = self.store.table(idea.table_id)
            if meeting and table:
                lines.append(
                    _("On the agenda of {table}, {when}.").format(table=table.name, when=format_when(meeting.start))
                )
        lines += centre_lines(self.store, idea)
        detail.update(Content("\n".join(lines)))

    # Actions ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what the chosen idea's life cycle allows (the footer follows the cursor)."""
        idea = self.current()
        if action == "publish":
            return idea is not None and idea.state == IdeaState.RECEIVED
        allowed_by_state = {
            "forward": IdeaState.ON_AGENDA,
            "merge": IdeaState.MERGED,
            "decline": IdeaState.DECLINED,
            "complete": IdeaState.DONE,
        }
        if action in allowed_by_state:
            target = allowed_by_state[action]
            # Forwarding again moves the idea to another meeting (the core unlinks the earlier one).
            return idea is not None and (idea.can_move_to(target) or idea.state == target == IdeaState.ON_AGENDA)
        if action == "answer":
            return idea is not None and not idea.is_closed
        if action == "erase":
            return idea is not None and has_contact(self.store, idea)
        if action == "more":
            return self.more or None
        if action == "forward_to_centre":
            return forwarding_possible(self.store, idea)
        return True

    def _changed(self, message: str):
        """A follow-up that reloads the list and tells what was done."""

        def then(idea: Idea) -> None:
            self.reload(keep=idea.id)
            self.show_done(message.format(ref=idea.reference))

        return then

    def _with_idea(self) -> Idea | None:
        """The chosen idea, or a message that none is chosen."""
        idea = self.current()
        if idea is None:
            self.show_error(_("Choose an idea first."))
        return idea

    def action_publish(self) -> None:
        """Staff checked the text: show it on the public screen."""
        if idea := self._with_idea():
            self.run_service(lambda: publish_idea(self.store, idea.id), self._changed(_("{ref} is published.")))

    def action_answer(self) -> None:
        """Give the idea a public answer."""
        if not (idea := self._with_idea()):
            return

        def save(text: str | None) -> None:
            if text:
                self.run_service(lambda: answer_idea(self.store, idea.id, text), self._changed(_("{ref} answered.")))

        self.app.push_screen(
            TextDialog(
                _("Public answer to {ref}").format(ref=idea.reference),
                idea.public_answer,
                hint=_("The resident and everyone at the kiosk can read this."),
            ),
            callback=save,
        )

    def action_decline(self) -> None:
        """Close the idea with a public reason."""
        if not (idea := self._with_idea()):
            return

        def save(text: str | None) -> None:
            if text:
                self.run_service(lambda: decline_idea(self.store, idea.id, text), self._changed(_("{ref} declined.")))

        self.app.push_screen(
            TextDialog(
                _("Why is {ref} not taken forward?").format(ref=idea.reference),
                hint=_("The reason is public: the resident reads it by the reference."),
            ),
            callback=save,
        )

    def action_complete(self) -> None:
        """Close the idea as done, optionally saying what was done."""
        if not (idea := self._with_idea()):
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.run_service(lambda: complete_idea(self.store, idea.id, text), self._changed(_("{ref} is done.")))

        self.app.push_screen(
            TextDialog(_("What was done about {ref}?").format(ref=idea.reference), required=False),
            callback=save,
        )

    def action_merge(self) -> None:
        """Join this idea into a similar one; its resident then follows the other."""
        if not (idea := self._with_idea()):
            return
        others = [i for i in self.store.open_ideas() if i.id != idea.id]
        choices = [(i.id, f"{i.reference}  {first_line(i.text, 60)}") for i in others]

        def save(target: str | None) -> None:
            if target:
                self.run_service(lambda: merge_ideas(self.store, idea.id, target), self._changed(_("{ref} merged.")))

        self.app.push_screen(
            ChoiceDialog(
                _("Join {ref} into which idea?").format(ref=idea.reference),
                choices,
                empty=_("There are no other open ideas."),
            ),
            callback=save,
        )

    def action_forward(self) -> None:
        """Put the idea on a table's meeting agenda."""
        from screens.staff.forms.forward import ForwardDialog

        if not (idea := self._with_idea()):
            return

        def done(forwarded: str | None) -> None:
            if forwarded:
                self.reload(keep=idea.id)
                self.show_done(_("{ref} is on the agenda.").format(ref=idea.reference))

        self.app.push_screen(ForwardDialog(idea), callback=done)

    def action_forward_to_centre(self) -> None:
        """Forward the idea to a table of another centre (its text, theme and reference; never the contact)."""
        from kiosk.core.centres import forward_idea_to_centre

        if not (idea := self._with_idea()):
            return

        def save(choice: str | None) -> None:
            if choice:
                code, table_id = choice.split(":", 1)
                self.run_service(
                    lambda: forward_idea_to_centre(self.store, idea.id, code, table_id),
                    self._changed(_("{ref} is forwarded to the other centre.")),
                )

        self.app.push_screen(
            ChoiceDialog(
                _("Forward {ref} to which table of another centre?").format(ref=idea.reference),
                centre_table_choices(self.store),
                empty=_("No other centre's tables have arrived here."),
            ),
            callback=save,
        )

    def action_erase(self) -> None:
        """Erase the resident's name and contact details at their request."""
        if not (idea := self._with_idea()):
            return

        def save(yes: bool | None) -> None:
            if yes:
                self.run_service(
                    lambda: erase_contact(self.store, idea.id), self._changed(_("Contact details of {ref} erased."))
                )

        self.app.push_screen(
            ConfirmDialog(
                _("Erase the name and contact details of {ref}? This cannot be undone.").format(ref=idea.reference),
                _("Erase"),
            ),
            callback=save,
        )

    def action_new(self) -> None:
        """Enter an idea a resident gave on paper or by phone."""
        from screens.staff.forms.idea import NewIdeaDialog

        def done(idea_id: str | None) -> None:
            if idea_id:
                self.query_one("#state", Select).value = OPEN
                self.reload(keep=idea_id)
                if idea := self.ideas.get(idea_id):
                    self.show_done(_("Saved as {ref}.").format(ref=idea.reference))

        self.app.push_screen(NewIdeaDialog(), callback=done)
