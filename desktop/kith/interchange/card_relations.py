"""Who a card says its person is related to: vCard 4.0's RELATED and Apple's 3.0
`itemN.X-ABRELATEDNAMES` with its `itemN.X-ABLabel`, read into ties and written from them.

A relation names the *other* person's part: `RELATED;TYPE=child:…` on Ana's card means
the one named is Ana's child. Labels no kind of tie matches ("godmother") are kept as the
tie's note (with the kind "know each other"), so nothing a card says is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kith.domain.ties import MAX_TIE_NOTE_LENGTH, TieKind

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

# RFC 6350 §6.6.6 types, and the words address books put in Apple's labels.
_KIND_OF_WORD: dict[str, TieKind] = {
    **dict.fromkeys(
        (
            "spouse",
            "sweetheart",
            "date",
            "crush",
            "partner",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "fiance",
            "fiancé",
            "fiancee",
            "fiancée",
            "domestic partner",
        ),
        TieKind.PARTNER,
    ),
    **dict.fromkeys(("parent", "mother", "father", "mom", "mum", "dad"), TieKind.PARENT),
    **dict.fromkeys(("child", "son", "daughter"), TieKind.CHILD),
    **dict.fromkeys(("sibling", "brother", "sister"), TieKind.SIBLING),
    **dict.fromkeys(
        (
            "kin",
            "family",
            "relative",
            "cousin",
            "aunt",
            "uncle",
            "niece",
            "nephew",
            "grandparent",
            "grandmother",
            "grandfather",
            "grandchild",
            "grandson",
            "granddaughter",
            "in-law",
        ),
        TieKind.FAMILY,
    ),
    **dict.fromkeys(("friend", "friends"), TieKind.FRIENDS),
    **dict.fromkeys(
        ("colleague", "colleagues", "co-worker", "coworker", "manager", "assistant", "referred by"),
        TieKind.COLLEAGUES,
    ),
    **dict.fromkeys(
        ("acquaintance", "contact", "met", "neighbor", "neighbour", "co-resident", "other"),
        TieKind.KNOW,
    ),
}
_TYPE_OF_KIND = {
    TieKind.PARTNER: "spouse",
    TieKind.PARENT: "parent",
    TieKind.CHILD: "child",
    TieKind.SIBLING: "sibling",
    TieKind.FAMILY: "kin",
    TieKind.FRIENDS: "friend",
    TieKind.COLLEAGUES: "colleague",
    TieKind.KNOW: "acquaintance",
}
_APPLE_OF_KIND = {
    TieKind.PARTNER: "_$!<Partner>!$_",
    TieKind.PARENT: "_$!<Parent>!$_",
    TieKind.CHILD: "_$!<Child>!$_",
    TieKind.SIBLING: "_$!<Sibling>!$_",
    TieKind.FAMILY: "family",
    TieKind.FRIENDS: "_$!<Friend>!$_",
    TieKind.COLLEAGUES: "colleague",
    TieKind.KNOW: "acquaintance",
}


@dataclass(frozen=True, slots=True)
class CardRelation:
    """Someone the card names, and what they are to the card's person."""

    kind: TieKind
    name: str = ""
    """The name as written (Apple's, or 4.0's VALUE=text); empty when given by UID only."""
    uid: str = ""
    """The other card's UID (a 4.0 URI such as urn:uuid:…); empty when given by name."""
    note: str = ""
    """What the label said beyond the kind ("godmother"), for the tie's note."""

    @property
    def shown(self) -> str:
        """How a note line names them when nobody matches."""
        return self.name or self.uid


@dataclass(frozen=True, slots=True)
class RelatedOut:
    """A tie to write on a card: the other person's UID and name, what they are to this one."""

    kind: TieKind
    name: str
    uid: str
    by_uid: bool
    """The other person's card is in the same file, so 4.0 can point at its UID."""


def kind_of_label(label: str) -> tuple[TieKind, str]:
    """The kind a label or TYPE means, and the note to keep ("" if the word is the kind)."""
    match = _APPLE_LABEL.match(label.strip())
    word = " ".join((match.group(1) if match else label).split()).casefold()
    kind = _KIND_OF_WORD.get(word, TieKind.KNOW)
    # A word of a known kind says nothing more that reads right from both sides ("mother"
    # on one page is "daughter" on the other); any other word is kept.
    note = "" if word in _KIND_OF_WORD else word
    return kind, note[:MAX_TIE_NOTE_LENGTH]


def related_4(value: str, types: list[str], value_type: str) -> CardRelation | None:
    """A RELATED property (value already unescaped)."""
    text = value.strip()
    if not text:
        return None
    kinds = [kind_of_label(t) for t in types if t.casefold() in _KIND_OF_WORD]
    kind, note = kinds[0] if kinds else (TieKind.KNOW, "")
    if value_type == "text":
        return CardRelation(kind, name=text[:200], note=note)
    return CardRelation(kind, uid=text[:255], note=note)


def related_apple(name: str, label: str) -> CardRelation | None:
    """An `itemN.X-ABRELATEDNAMES` with the `itemN.X-ABLabel` beside it ("" if none)."""
    text = " ".join(name.split())
    if not text:
        return None
    kind, note = kind_of_label(label) if label else (TieKind.KNOW, "")
    return CardRelation(kind, name=text[:200], note=note)


def relation_lines(
    related: tuple[RelatedOut, ...],
    version: str,
    groups: Iterator[int],
    escape: Callable[[str], str],
) -> list[str]:
    """RELATED lines for 4.0; Apple's grouped X-ABRELATEDNAMES and label for 3.0."""
    lines: list[str] = []
    for r in related:
        if version == "4.0":
            if r.by_uid:
                lines.append(f"RELATED;TYPE={_TYPE_OF_KIND[r.kind]}:{escape(r.uid)}")
            else:
                lines.append(f"RELATED;VALUE=text;TYPE={_TYPE_OF_KIND[r.kind]}:{escape(r.name)}")
        else:
            group = f"item{next(groups)}."
            lines.append(f"{group}X-ABRELATEDNAMES:{escape(r.name)}")
            lines.append(f"{group}X-ABLabel:{escape(_APPLE_OF_KIND[r.kind])}")
    return lines
