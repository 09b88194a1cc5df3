"""The staff's call list on paper: whom to call (or write to), and what to tell them, with a box to tick.

This is the one printable with residents' names and contacts: it is built only for the
staff area (never through ``build_pdf``, which the resident screens use), and is never
saved to disk (``screens.staff.calls`` prints it from a private temporary file).
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from kiosk.core.calls import REACH_LABELS, Call, what_to_say
from kiosk.core.dates import format_day, format_when
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.settings import Settings
from printables.blocks import translator
from printables.pages import STANDARD, Meta, render
from printables.styles import labelled, para, standard


def _call_block(call: Call, language: str) -> Flowable:
    """One resident: the box, who and how to reach them, since when, and what to tell them."""
    t = translator(language)
    styles = standard()
    how = t(REACH_LABELS[call.reach])
    name = call.name or t(N_("(no name)"))
    lines: list[Flowable] = [
        para(f"\u2610 {name} \u00b7 {call.contact} ({how})", styles.subheading),
        para(t(N_("Status changed {when}")).format(when=format_when(call.changed, language)), styles.body),
    ]
    said = what_to_say(call, language)
    lines.append(labelled(t(N_("Tell them:")), said[0], styles.body))
    lines += [para(line, styles.body) for line in said[1:]]
    return KeepTogether(lines)


def build_call_list(calls: list[Call], settings: Settings, today: date, language: str = "fi") -> bytes:
    """The call list as PDF bytes, waiting longest first."""
    t = translator(language)
    styles = standard()
    heading = t(N_("Residents to call"))
    story: list[Flowable] = [
        para(heading, styles.title),
        para(
            t(N_("Printed {day}. Staff only: it holds residents' contact details.")).format(
                day=format_day(today, language)
            ),
            styles.body,
        ),
    ]
    story += [_call_block(call, language) for call in calls]
    if not calls:
        story.append(para(t(N_("Nobody to call just now.")), styles.body))
    meta = Meta(
        title=f"{heading} \u2013 {format_day(today, language)}",
        subject=gettext_in(language, N_("Residents to tell that their idea moved on")),
        author=settings.centre_name,
        language=language,
    )
    return render(story, meta, footer=settings.centre_name, layout=STANDARD, continued=heading)
