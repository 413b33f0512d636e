"""How two contacts are recognised as one person: normalised e-mails, phones and names."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

MIN_PHONE_DIGITS = 6
_PHONE_TAIL = 9


def email_key(value: str) -> str | None:
    text = value.strip().removeprefix("mailto:").strip().casefold()
    return text if "@" in text else None


def phone_key(value: str) -> str | None:
    """The last nine digits: the same number written +49 170…, 0049 170… or 0170… agrees."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    return digits[-_PHONE_TAIL:]


def name_key(value: str) -> str:
    return " ".join(value.split()).casefold()


def address_key(value: str) -> str:
    return " ".join(value.split()).casefold()


_DETAILS_NAMESPACE = uuid.UUID("6f1d2a5e-93c4-4b7e-a0d2-51c8e7b4f9a3")


def details_uid(details: Iterable[object]) -> str:
    """A UID for a card that has none, from what it says: the same card read again gets the
    same one (so it is recognised as already there), a card that differs in anything does not."""
    text = "\x1f".join(repr(part) for part in details)
    return f"urn:uuid:{uuid.uuid5(_DETAILS_NAMESPACE, text)}"
