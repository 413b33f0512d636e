"""Which character sets a contacts file may name, and guessing one it does not name.

A vCard's `CHARSET=` is text from the file: Python's codec registry also holds
non-text codecs (rot13, hex, zlib) and platform ones (mbcs), so a name is used only
when it is a text codec *and* one of the character sets phones and address books
really write.
"""

from __future__ import annotations

import codecs

# Python's own name for each character set Kith reads, with the name shown to people.
_SHOWN = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "ascii": "US-ASCII",
    "shift_jis": "Shift_JIS",
    "cp932": "Windows-31J",
    "euc_jp": "EUC-JP",
    "iso2022_jp": "ISO-2022-JP",
    "gb2312": "GB2312",
    "gbk": "GBK",
    "gb18030": "GB18030",
    "big5": "Big5",
    "big5hkscs": "Big5-HKSCS",
    "cp950": "Windows-950",
    "euc_kr": "EUC-KR",
    "cp949": "Windows-949",
    "koi8-r": "KOI8-R",
    "koi8-u": "KOI8-U",
    "cp866": "IBM866",
    "mac-roman": "Macintosh",
    "tis-620": "TIS-620",
    **{f"iso8859-{n}": f"ISO-8859-{n}" for n in (*range(1, 12), 13, 14, 15, 16)},
    **{f"cp{n}": f"Windows-{n}" for n in range(1250, 1259)},
}
# Names in files that Python does not know, or knows as something else.
_ALIASES = {
    "latin1": "iso8859-1",
    "windows-31j": "cp932",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-roman": "mac-roman",
    "unicode": "utf-16",
}
ALL = tuple(_SHOWN)
_COMMON = ("utf-8", "cp1252", "cp1251", "cp1250", "shift_jis", "gb18030", "big5", "euc_kr")
"""Every character set a file can be read as, for a list to choose from."""


def text_codec(name: str) -> str | None:
    """Python's name for the character set `name`, or None when Kith does not read it."""
    wanted = name.strip().strip('"').lower()
    if not wanted or len(wanted) > 40:
        return None
    wanted = _ALIASES.get(wanted, wanted)
    try:
        info = codecs.lookup(wanted)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        return None
    # _is_text_encoding is how the codec registry itself tells rot13 and hex from text.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name if info.name in _SHOWN else None


def shown(codec: str) -> str:
    """The name people know a character set by: "Windows-1251", not "cp1251"."""
    return _SHOWN.get(codec, codec)


def guess(data: bytes) -> str | None:
    """The likeliest character set of text that is not UTF-8, or None.

    charset-normalizer judges by how readable each candidate's text is, so short names
    in Cyrillic, Greek or Japanese come out right where byte statistics alone fail.
    Only a sample is read: the answer is the same and large files stay quick.
    """
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    matches = list(from_bytes(sample, cp_isolation=list(_SHOWN)))
    if not matches:
        return None
    best = matches[0]
    codec = text_codec(best.encoding)
    try:  # German or French often reads the same in Central European: name the usual one
        if codec is not None and sample.decode("cp1252") == sample.decode(codec):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    # A few names are too short to tell apart code pages that read them equally well;
    # then the most common one is taken (the preview offers the others).
    tied = {
        text_codec(m.encoding)
        for m in matches
        if (m.chaos, m.coherence) == (best.chaos, best.coherence)
    }
    return next((common for common in _COMMON if common in tied), codec)
