"""The slip a resident takes home after leaving an idea: its number in big type, the idea, how to follow it.

Large text throughout (body 18 pt, the reference 36 pt and up), black on white, on
the paper staff chose: A5, A4, or an 80 mm receipt roll whose page is exactly as
long as the slip. Never the resident's name or contact details: only the
reference, the date, the theme and the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kiosk.core.dates import format_day
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.model import Idea
from kiosk.core.settings import SLIP_PAPERS, Settings
from printables.pages import FRAME_PADDING, Layout, Meta, render
from printables.styles import LARGE_BODY_SIZE, big_number, labelled, large, para

ROLL_WIDTH = 80 * mm
"""The receipt roll's width."""
PAGE_SIZES = {"A5": A5, "A4": A4}
"""The cut sheets, in points."""
REFERENCE_SIZES = {"A4": 60, "A5": 48, "80mm": 36}
"""The reference number's size on each paper, in points (36 pt fits 80 mm)."""
LAYOUTS = {
    "A4": Layout(side=25 * mm, top=20 * mm, bottom=28 * mm, footer_size=LARGE_BODY_SIZE, number_single_page=False),
    "A5": Layout(side=14 * mm, top=8 * mm, bottom=16 * mm, footer_size=12, number_single_page=False),
    "80mm": Layout(side=4 * mm, top=6 * mm, bottom=18 * mm, footer_size=12, number_single_page=False),
}
"""Margins for each paper; the roll's are narrow, as receipt printers print almost to the edge."""
FOLLOW_UP = N_(
    "At the kiosk of the resident centre, choose 4 \u201cWhat happened to my idea?\u201d and type {reference}."
)
"""How to follow the idea up, printed on every slip."""


@dataclass(frozen=True)
class Slip:
    """A built slip and the CUPS media it is to be printed on."""

    pdf: bytes
    """The PDF."""
    media: str
    """CUPS's page size (``lp -o media=...``): ``A5``, ``A4`` or ``Custom.80x142mm``."""

    def print_options(self) -> dict[str, str]:
        """The CUPS job options for this slip."""
        return {"media": self.media}


def reference_size(reference: str, paper: str) -> float:
    """The reference's size on a paper: its usual size, smaller if a centre's code would break it over two lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from printables.typefaces import BOLD, register_fonts

    register_fonts()
    width = (ROLL_WIDTH if paper == "80mm" else PAGE_SIZES[paper][0]) - 2 * LAYOUTS[paper].side - 2 * FRAME_PADDING
    fitting = int(width / stringWidth(reference, BOLD, 1) * 0.97)
    return min(REFERENCE_SIZES[paper], fitting)


def slip_story(idea: Idea, settings: Settings, language: str, paper: str) -> list[Flowable]:
    """The slip's flowables: centre, title, the reference large, date, theme, text, how to follow it up."""
    t = lambda message: gettext_in(language, message)  # noqa: E731 - a short translator
    styles = large()
    theme = t(N_("Something else")) if idea.theme == OTHER_THEME else idea.theme
    story: list[Flowable] = [
        para(t(N_("Thank you for your idea!")), styles.heading),
        para(t(N_("The number of your idea:")), styles.body),
        para(idea.reference, big_number(reference_size(idea.reference, paper))),
    ]
    if idea.created is not None:
        story.append(labelled(t(N_("Left on:")), format_day(idea.created, language), styles.body))
    if theme:
        story.append(labelled(t(N_("Theme:")), theme, styles.body))
    story += [
        para(t(N_("Your idea:")), styles.bold),
        para(idea.text, styles.body),
        para(t(N_("How to follow your idea")), styles.heading),
        para(t(FOLLOW_UP).format(reference=idea.reference), styles.body),
    ]
    if settings.centre_contact:
        story.append(labelled(t(N_("Or ask the staff:")), settings.centre_contact, styles.body))
    return story


def _roll_height(story: list[Flowable], layout: Layout) -> float:
    """How long the roll's page must be to hold the whole story on one page."""
    width = ROLL_WIDTH - 2 * layout.side - 2 * FRAME_PADDING
    height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    return height + layout.top + layout.bottom + 2 * FRAME_PADDING + 6 * mm


def build_slip(idea: Idea, settings: Settings, language: str = "fi", paper: str = "") -> Slip:
    """The slip for a saved idea, on the given paper (the settings' paper when empty)."""
    paper = paper or settings.slip_paper
    if paper not in SLIP_PAPERS:
        paper = SLIP_PAPERS[0]
    layout = LAYOUTS[paper]
    story = slip_story(idea, settings, language, paper)
    if paper == "80mm":
        # Whole millimetres, rounded up: CUPS's custom size and the page agree exactly.
        length = int(_roll_height(story, layout) / mm) + 1
        pagesize, media = (ROLL_WIDTH, length * mm), f"Custom.80x{length}mm"
    else:
        pagesize, media = PAGE_SIZES[paper], paper
    meta = Meta(
        title=f"{gettext_in(language, N_('Idea'))} {idea.reference}",
        subject=gettext_in(language, N_("Slip for a resident's idea")),
        author=settings.centre_name,
        language=language,
    )
    pdf = render(story, meta, footer=settings.centre_name, layout=layout, pagesize=pagesize)
    return Slip(pdf=pdf, media=media)
