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
