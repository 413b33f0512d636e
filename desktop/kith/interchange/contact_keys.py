"""How two contacts are recognised as one person: normalised e-mails, phones and names."""

from __future__ import annotations

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
