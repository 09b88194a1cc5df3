"""References unique across centres: the centre code starts every new one; old ID- references keep working."""

from __future__ import annotations

import pytest

from kiosk.core.configure import save_settings
from kiosk.core.errors import ValidationError
from kiosk.core.ideas import NewIdea, find_idea, submit_idea, submit_ideas
from kiosk.core.settings import Settings


def set_code(store, code: str) -> None:
    settings = store.settings()
    settings.centre_code = code
    save_settings(store, settings)


def test_new_references_carry_the_centre_code_and_old_ones_keep_theirs(store):
    old = submit_idea(store, "Ennen keskuskoodia")
    set_code(store, "KAR")
    new = submit_idea(store, "Keskuskoodin jälkeen")
    [imported] = submit_ideas(store, [NewIdea("Paperilta")]).added
    assert old.reference == "ID-0001"
    assert new.reference == "KAR-0002" and imported.reference == "KAR-0003"
    assert store.idea(old.id).reference == "ID-0001"  # stored, not recomputed from today's code


@pytest.mark.parametrize("typed", ["ID-0001", "KAR-0001", "kar 1", "1", "ID-0002", "KAR-0002", "2"])
def test_every_way_a_resident_may_type_it_finds_the_idea(store, typed):
    submit_idea(store, "Ennen keskuskoodia")
    set_code(store, "KAR")
    submit_idea(store, "Keskuskoodin jälkeen")
    assert find_idea(store, typed).number == int(typed[-1])


def test_another_centres_prefix_finds_nothing_here(store):
    set_code(store, "KAR")
    submit_idea(store, "Karttulan idea")
    assert find_idea(store, "SUK-0001") is None


@pytest.mark.parametrize("code", ["K", "kar", "KARTTU", "K4R", "KÄR"])
def test_a_centre_code_is_two_to_five_capital_letters(code):
    with pytest.raises(ValidationError):
        Settings(centre_code=code).validate()


@pytest.mark.parametrize("paper", ["A4", "A5", "80mm"])
@pytest.mark.parametrize("code", ["KAR", "KARTT", ""])
def test_the_slip_prints_a_centres_reference_on_one_line(paper, code):
    from datetime import datetime

    from kiosk.core.clock import HELSINKI
    from kiosk.core.model import Idea
    from printables.slip import build_slip
    from tests.unit.printables_support import pdf_text

    idea = Idea(text="Kirjastoauto", number=24, centre=code, created=datetime(2026, 11, 27, 10, tzinfo=HELSINKI))
    lines = pdf_text(build_slip(idea, Settings(centre_name="Karttulan asukastupa"), "fi", paper).pdf).splitlines()
    assert idea.reference in lines  # the big number, whole, on a line of its own
