"""The real-world samples imported through the service and `kith import-vcf`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kith.cli.main import main
from kith.domain.errors import KithError
from kith.domain.values import ContactKind
from kith.services.app import Services
from tests.data.vcf.make_real_world import EXPECTED

DATA = Path(__file__).parent.parent / "data" / "vcf"


def snapshot(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


def test_every_sample_imports_its_people_with_their_names(services: Services) -> None:
    for name in EXPECTED:
        services.contacts.import_file(DATA / name)
    people = {p.name for p in services.people.list()}
    assert people == {n for names in EXPECTED.values() for n in names}


def test_shift_jis_person_is_stored_with_every_field(services: Services) -> None:
    [added] = services.contacts.import_file(DATA / "docomo_shift_jis.vcf").added[:1]
    detail = services.people.detail(added.id)
    assert detail.summary.name == "山田 太郎"
    assert detail.notes == "大学の友達。表参道でソフトクリーム"
    assert [(c.kind, c.value) for c in detail.contacts][:2] == [
        (ContactKind.PHONE, "090-1234-5678"),
        (ContactKind.EMAIL, "taro.yamada@docomo.ne.jp"),
    ]


def test_preview_can_read_the_file_in_another_encoding(services: Services) -> None:
    path = DATA / "russian_cp1251_no_charset.vcf"
    guessed = services.contacts.preview(path)
    assert [c.name for c in guessed.to_add] == EXPECTED[path.name]
    other = services.contacts.preview(path, encoding="koi8-r")
    assert [c.name for c in other.to_add] != EXPECTED[path.name]
    with pytest.raises(KithError, match="“klingon” is not a character set Kith can read"):
        services.contacts.preview(path, encoding="klingon")


def test_cli_leaves_nameless_cards_out_unless_asked(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / "android_nameless.vcf")
    assert main(["--db", str(db_path), "import-vcf", path]) == 0
    out = capsys.readouterr().out
    assert "Added 1 person" in out
    assert "Left out 2 cards with no name (add them with --include-nameless):" in out
    assert main(["--db", str(db_path), "import-vcf", path, "--include-nameless"]) == 0
    out = capsys.readouterr().out
    assert "Added 2 people" in out and "+ +233 20 765 4321" in out
    assert {p.name for p in services.people.list()} == set(EXPECTED["android_nameless.vcf"])


def test_cli_file_with_nobody_in_it_exits_1_with_a_clear_line(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = snapshot(db_path)
    only_nameless = tmp_path / "numbers.vcf"
    only_nameless.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n")
    assert main(["--db", str(db_path), "import-vcf", str(only_nameless)]) == 1
    captured = capsys.readouterr()
    assert "Added 0" not in captured.out
    assert captured.err.strip() == (
        f"Nobody to add from {only_nameless}: its 1 card with no name were left out "
        "(add them with --include-nameless)."
    )
    unnamed = tmp_path / "unnamed.vcf"
    unnamed.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:hi\r\nEND:VCARD\r\n")
    assert main(["--db", str(db_path), "import-vcf", str(unnamed)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Nobody to add from {unnamed}: no card in it could be read as a person."
    )
    assert snapshot(db_path) == before
    # Everyone already there is no failure: the file was read, nobody was missing.
    good = str(DATA / "comment_line.vcf")
    assert main(["--db", str(db_path), "import-vcf", good]) == 0
    assert main(["--db", str(db_path), "import-vcf", good]) == 0
    assert "Already in Kith" in capsys.readouterr().out


def test_cli_encoding_option(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / "russian_cp1251_no_charset.vcf")
    assert main(["--db", str(db_path), "import-vcf", path, "--encoding", "nonsense"]) == 1
    assert "“nonsense” is not a character set Kith can read" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import-vcf", path, "--dry-run"]) == 0
    assert "it was read as Windows-1251" in capsys.readouterr().out
    assert (
        main(["--db", str(db_path), "import-vcf", path, "--dry-run", "--encoding", "koi8-r"]) == 0
    )
    assert "The file was read as KOI8-R, as chosen." in capsys.readouterr().out
