"""The staff PIN: stored only as a salted slow hash, locked after wrong tries, across restarts."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.pin import (
    LONGEST_LOCK,
    MAX_TRIES,
    PinOutcome,
    check_pin,
    lock_length,
    pin_is_set,
    pin_lock,
    set_pin,
    validate_pin,
)
from kiosk.core.store import Store

PIN = "246810"


@pytest.mark.parametrize("bad", ["", "12345", "12a456", "１２３４５６", "123 456", "1" * 33])
def test_bad_pins_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_pin(bad)


def test_pin_is_stored_only_as_a_salted_hash(store):
    set_pin(store, PIN)
    raw = "".join(p.read_text(encoding="utf-8") for p in store.path.rglob("*.json"))
    assert PIN not in raw
    record = store.staff_record("pin")
    assert record["algorithm"] == "scrypt" and len(bytes.fromhex(record["salt"])) == 16
    set_pin(store, PIN)
    assert store.staff_record("pin")["hash"] != record["hash"]  # a fresh salt each time


def test_no_pin_set_lets_nobody_in(store):
    assert not pin_is_set(store)
    assert check_pin(store, "000000").outcome == PinOutcome.NOT_SET


def test_right_pin_is_accepted_and_recorded(store):
    set_pin(store, PIN)
    assert check_pin(store, PIN).accepted
    assert [e.what for e in store.audit_entries(2026)] == ["set staff PIN", "staff login"]


def test_five_wrong_tries_lock_even_the_right_pin(store, clock):
    set_pin(store, PIN)
    tries = [check_pin(store, "111111") for _ in range(MAX_TRIES)]
    assert [t.tries_left for t in tries[:-1]] == [4, 3, 2, 1]
    assert tries[-1].outcome == PinOutcome.LOCKED
    assert tries[-1].locked_until == clock.now() + timedelta(minutes=1)
    assert check_pin(store, PIN).outcome == PinOutcome.LOCKED
    clock.advance(minutes=1)
    assert check_pin(store, PIN).accepted
    assert pin_lock(store).failures == 0 and pin_lock(store).locks == 0


def test_lock_survives_a_restart_and_grows(store, clock):
    set_pin(store, PIN)
    for _ in range(MAX_TRIES):
        check_pin(store, "111111")
    reopened = Store.open(store.path, clock=clock)
    assert check_pin(reopened, PIN).outcome == PinOutcome.LOCKED
    clock.advance(minutes=1)
    for _ in range(MAX_TRIES):
        last = check_pin(reopened, "999999")
    assert last.locked_until == clock.now() + timedelta(minutes=2)
    assert "staff PIN locked" in [e.what for e in reopened.audit_entries(2026)]


def test_lock_length_doubles_up_to_an_hour():
    assert [lock_length(n) for n in range(3)] == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert lock_length(10) == LONGEST_LOCK and lock_length(10_000) == LONGEST_LOCK


def test_setting_the_pin_lifts_the_lock(store):
    set_pin(store, PIN)
    for _ in range(MAX_TRIES):
        check_pin(store, "111111")
    set_pin(store, "13579135")
    assert check_pin(store, "13579135").accepted


def test_stored_lock_record_is_plain_json(store):
    set_pin(store, PIN)
    check_pin(store, "111111")
    record = store.staff_record("pin-lock")
    assert json.loads(json.dumps(record))["failures"] == 1
