"""The service workshop's poster: an open event, so it invites everyone, with a QR code to scan.

Same page as the meeting poster (``printables.poster``): large words at the top, the code
to the centre's short link at the foot, or where to ask when no link is set.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kiosk.core.dates import format_when
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import Workshop
from kiosk.core.settings import Settings
from kiosk.core.spoken import LISTEN_AT_KIOSK, SPEECH_KEY
from kiosk.core.text import shorten
from printables.blocks import translator
from printables.pages import POSTER, Meta, frame_size, render
from printables.poster import ADDRESS_MAX_CHARS, ask_box, code_block, one_page, qr_cell
from printables.qr import LINK_CORRECTION, POSTER_SIZE, QrCode
from printables.styles import labelled, para, poster

DESCRIPTION_MAX_CHARS = 600
"""The longest description printed in full (a longer one is shortened after a word)."""


def _words(workshop: Workshop, settings: Settings, language: str) -> list[Flowable]:
    """What, when, where, what about, that everyone is welcome, and how to bring an idea."""
    t = translator(language)
    styles = poster()
    story: list[Flowable] = [
        para(t(N_("Service workshop")) + " \u2013 " + settings.centre_name, styles["kicker"]),
        Spacer(1, 3 * mm),
        para(workshop.title, styles["table"]),
        Spacer(1, 4 * mm),
        para(t(N_("Everyone is welcome!")), styles["welcome"]),
        para(format_when(workshop.start, language), styles["when"]),
        labelled(t(N_("Place:")), workshop.place, styles["place"]),
    ]
    if workshop.description:
        story.append(para(shorten(workshop.description, DESCRIPTION_MAX_CHARS), styles["body"]))
    themes = [settings.theme_name(theme, language) for theme in workshop.offered_themes]
    if themes:
        story.append(labelled(t(N_("Themes:")), ", ".join(themes), styles["body"]))
    story += [
        para(
            t(
                N_(
                    "The workshop is open to everyone: no need to sign up. Together we find out what matters "
                    "most in the village; the themes that come out of it are taken up at partnership tables."
                )
            ),
            styles["body"],
        ),
        para(
            t(N_("You can leave an idea for the workshop already now, at the resident centre's kiosk.")),
            styles["body"],
        ),
    ]
    if settings.contact_line() and settings.poster_url:  # without a link the box at the foot says whom to ask
        story.append(labelled(t(N_("More information:")), settings.contact_line(), styles["body"]))
    story.append(para(t(LISTEN_AT_KIOSK).format(key=SPEECH_KEY), styles["listen"]))
    return story


def _bottom(settings: Settings, language: str, width: float) -> list[Flowable]:
    """The code to the centre's short link, or where to ask without one."""
    if not settings.poster_url:
        return [ask_box(settings.contact_line(), language, width)]
    t = translator(language)
    code = QrCode(settings.poster_url, POSTER_SIZE, LINK_CORRECTION)
    cell = qr_cell(
        code, t(N_("Scan the code with your phone's camera")), shorten(settings.poster_url, ADDRESS_MAX_CHARS)
    )
    return [Spacer(1, 6 * mm), code_block([cell], width)]


def build_workshop_poster(workshop: Workshop, settings: Settings, language: str = "fi") -> bytes:
    """The workshop's poster as PDF bytes (one A4 page)."""
    width, _height = frame_size(POSTER)
    meta = Meta(
        title=f"{workshop.title} \u2013 {format_when(workshop.start, language)}",
        subject=gettext_in(language, N_("Poster for a service workshop")),
        author=settings.centre_name,
        language=language,
    )
    story = one_page(_words(workshop, settings, language), _bottom(settings, language, width), at_foot=True)
    return render(story, meta, footer=settings.centre_name, layout=POSTER)
