"""The staff PIN: a salted slow hash, a constant-time check, and a lock after wrong tries.

The PIN itself is never stored: only an scrypt hash with a random salt, in the data
folder's ``staff`` collection. Wrong tries are counted there too, through a
transaction, so that restarting the kiosk does not reset the lock. After
``MAX_TRIES`` wrong tries the PIN dialog is locked, each time for longer.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from kiosk.core.errors import StorageError, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.store import STAFF, Store, record_audit

PIN_RECORD = "pin"
"""Record id of the PIN hash."""
LOCK_RECORD = "pin-lock"
"""Record id of the wrong-try counter and the lock."""
MIN_PIN_DIGITS = 6
"""The shortest PIN staff may set."""
MAX_PIN_DIGITS = 32
"""The longest PIN accepted (a bound on the work per try)."""
MAX_TRIES = 5
"""Wrong tries allowed before the PIN dialog locks."""
FIRST_LOCK = timedelta(minutes=1)
"""How long the first lock lasts; each further lock doubles it."""
LONGEST_LOCK = timedelta(hours=1)
"""The lock never grows beyond this."""
SCRYPT_PARAMS = {"n": 2**14, "r": 8, "p": 1}
"""scrypt cost: about 16 MiB and a few tens of milliseconds per try."""
SET_PIN_HELP = N_("Set it on the kiosk computer with the command: kiosk staff set-pin")
"""How to set the PIN, told when none is set yet."""


class PinOutcome(StrEnum):
    """What came of a PIN try."""

    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"


@dataclass(frozen=True)
class PinCheck:
    """The outcome of a PIN try, with what the dialog needs to tell staff."""

    outcome: PinOutcome
    tries_left: int = MAX_TRIES
    locked_until: datetime | None = None

    @property
    def accepted(self) -> bool:
        """Whether the PIN was right."""
        return self.outcome == PinOutcome.ACCEPTED


@dataclass(frozen=True)
class PinLock:
    """The wrong-try counter as stored: tries since the last success, and any lock."""

    failures: int = 0
    locks: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        """Whether the PIN dialog is locked at this moment."""
        return self.locked_until is not None and now < self.locked_until

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> PinLock:
        """The counter from its stored record (none stored means no wrong tries)."""
        if not data:
            return cls()
        until = data.get("locked_until")
        return cls(
            failures=int(data.get("failures", 0)),
            locks=int(data.get("locks", 0)),
            locked_until=datetime.fromisoformat(until) if until else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The counter as a record."""
        return {
            "id": LOCK_RECORD,
            "failures": self.failures,
            "locks": self.locks,
            "locked_until": self.locked_until.isoformat() if self.locked_until else "",
        }


def validate_pin(pin: str) -> None:
    """Refuse a PIN that is not at least ``MIN_PIN_DIGITS`` digits."""
    if not pin:
        raise ValidationError(N_("The PIN is empty."))
    if not (pin.isascii() and pin.isdigit()):
        raise ValidationError(N_("The PIN may contain digits only."))
    if len(pin) < MIN_PIN_DIGITS:
        raise ValidationError(N_("The PIN needs at least {digits} digits."), digits=MIN_PIN_DIGITS)
    if len(pin) > MAX_PIN_DIGITS:
        raise ValidationError(N_("The PIN may have at most {digits} digits."), digits=MAX_PIN_DIGITS)


def _derive(pin: str, salt: bytes, params: dict[str, int]) -> bytes:
    """The scrypt hash of a PIN with a salt."""
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=params["n"],
        r=params["r"],
        p=params["p"],
        dklen=32,
        maxmem=128 * params["n"] * params["r"] * 2,
    )


def hash_pin(pin: str) -> dict[str, Any]:
    """A new salted hash record for a valid PIN."""
    validate_pin(pin)
    salt = secrets.token_bytes(16)
    return {
        "id": PIN_RECORD,
        "algorithm": "scrypt",
        "params": dict(SCRYPT_PARAMS),
        "salt": salt.hex(),
        "hash": _derive(pin, salt, SCRYPT_PARAMS).hex(),
    }


def pin_matches(record: dict[str, Any], pin: str) -> bool:
    """Whether a typed PIN matches a stored hash record, compared in constant time."""
    if record.get("algorithm") != "scrypt" or not pin.isascii():
        return False
    expected = bytes.fromhex(record["hash"])
    actual = _derive(pin, bytes.fromhex(record["salt"]), record["params"])
    return hmac.compare_digest(actual, expected)


def pin_is_set(store: Store) -> bool:
    """Whether a staff PIN has been set; until then nobody can enter the staff area."""
    return store.staff_record(PIN_RECORD) is not None


def pin_lock(store: Store) -> PinLock:
    """The wrong-try counter and any lock, as stored."""
    return PinLock.from_dict(store.staff_record(LOCK_RECORD))


def lock_length(locks_before: int) -> timedelta:
    """How long the next lock lasts: it doubles with each lock, up to ``LONGEST_LOCK``."""
    length: timedelta = min(FIRST_LOCK * (2 ** min(locks_before, 20)), LONGEST_LOCK)
    return length


def set_pin(store: Store, pin: str, *, actor: str = "admin") -> None:
    """Set (or change) the staff PIN; this also lifts any lock."""
    record = hash_pin(pin)
    record["set_at"] = store.now().isoformat()
    with store.transaction() as tx:
        tx.put(STAFF, record)
        tx.put(STAFF, PinLock().to_dict())
        record_audit(tx, store.now(), actor, "set staff PIN")


def check_pin(store: Store, pin: str) -> PinCheck:
    """Try a PIN: count a wrong one, lock after ``MAX_TRIES``, and reset on success."""
    now = store.now()
    record = store.staff_record(PIN_RECORD)
    if record is None:
        return PinCheck(PinOutcome.NOT_SET)
    lock = pin_lock(store)
    if lock.is_locked(now):
        return PinCheck(PinOutcome.LOCKED, 0, lock.locked_until)
    # The slow hash runs outside the transaction so the data folder is not held meanwhile.
    right = pin_matches(record, pin)
    try:
        return _count_try(store, now, right)
    except StorageError:
        # A folder that cannot be written: staff may still come in (to see why), but nothing is counted.
        return PinCheck(PinOutcome.ACCEPTED) if right else PinCheck(PinOutcome.WRONG, MAX_TRIES - lock.failures - 1)


def _count_try(store: Store, now: datetime, right: bool) -> PinCheck:
    """Record a PIN try in the wrong-try counter (and a login in the audit trail)."""
    with store.transaction() as tx:
        lock = PinLock.from_dict(tx.get(STAFF, LOCK_RECORD))
        if lock.is_locked(now):
            return PinCheck(PinOutcome.LOCKED, 0, lock.locked_until)
        if right:
            if lock.failures or lock.locks:
                tx.put(STAFF, PinLock().to_dict())
            record_audit(tx, now, "staff", "staff login")
            return PinCheck(PinOutcome.ACCEPTED)
        failures = lock.failures + 1
        if failures < MAX_TRIES:
            tx.put(STAFF, PinLock(failures, lock.locks, None).to_dict())
            return PinCheck(PinOutcome.WRONG, MAX_TRIES - failures)
        until = now + lock_length(lock.locks)
        tx.put(STAFF, PinLock(0, lock.locks + 1, until).to_dict())
        record_audit(tx, now, "kiosk", "staff PIN locked", until=until.isoformat())
        return PinCheck(PinOutcome.LOCKED, 0, until)
