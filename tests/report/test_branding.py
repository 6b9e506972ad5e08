"""A consultant's branding (``bodiag branding``), set once per machine and applied to every output."""

from __future__ import annotations

import io
import json

import docx
import pytest
from PIL import Image

from bodiag.domain import i18n
from bodiag.errors import ExitCode, InputError
from bodiag.paths import user_config_dir
from bodiag.services import branding
from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report
from tests.report.conftest import extract

FIRM = "Cabinet Lefèvre Conseil"
ACCENT = "#7a1f3d"


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (122, 31, 61)).save(path)
    return path


def _images_in(pdf: bytes) -> int:
    import pypdf

    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages[:1])


def test_nothing_set_means_bodiag_s_own_colours(demo_master, tmp_path):
    assert branding.load().empty
    with open_document(demo_master, readonly=True) as diagnostic:
        pdf = export_report(diagnostic, tmp_path / "r.pdf", audience="board", deterministic=True).read_bytes()
    assert "préparé par" not in extract(pdf)[0]


def test_every_output_carries_the_firm_the_accent_and_the_logo(demo_master, tmp_path, logo):
    branding.save(firm=FIRM, accent=ACCENT.upper(), logo=logo)
    logo.unlink()  # a copy is kept: the original may go
    assert branding.load().accent == ACCENT
    with open_document(demo_master, readonly=True) as diagnostic:
        full = export_report(diagnostic, tmp_path / "full.pdf", deterministic=True).read_bytes()
        board = export_report(diagnostic, tmp_path / "board.pdf", audience="board", deterministic=True).read_bytes()
        copy = export_report(diagnostic, tmp_path / "copy.docx", deterministic=True).read_bytes()
        plain = export_report(diagnostic, tmp_path / "plain.pdf", deterministic=True, branded=False).read_bytes()
    prepared = i18n.tr("prepared_by", "fr", name=FIRM)
    assert prepared in extract(full)[0] and _images_in(full) == 1
    assert prepared in " ".join(extract(board)[0].split()) and _images_in(board) == 1
    assert b".478431 .121569 .239216 rg" in _uncompressed(full)  # the accent (#7a1f3d) fills the cover's band
    assert prepared not in extract(plain)[0] and _images_in(plain) == 0
    read = docx.Document(io.BytesIO(copy))
    assert any(p.text == prepared for p in read.paragraphs)
    assert str(read.styles["Heading 1"].font.color.rgb) == ACCENT[1:].upper()
    assert len(read.inline_shapes) >= 1 and read.inline_shapes[0].width > 0  # the logo leads the cover


def _uncompressed(pdf: bytes) -> bytes:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader.pages[0].get_contents().get_data()


@pytest.mark.parametrize(("options", "message"), [
    ({"accent": "#ffee00"}, "too light"),
    ({"accent": "bleu"}, "#rrggbb"),
    ({"firm": "x" * 200}, "too long"),
    ({"logo": "/nowhere/logo.png"}, "no such file"),
])
def test_bad_branding_is_refused_and_nothing_changes(options, message):
    branding.save(firm=FIRM)
    before = (user_config_dir() / branding.FILE_NAME).read_bytes()
    with pytest.raises(InputError, match=message):
        branding.save(**options)
    assert (user_config_dir() / branding.FILE_NAME).read_bytes() == before


def test_a_damaged_settings_file_is_named_and_no_report_is_written(demo_master, tmp_path):
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / branding.FILE_NAME).write_text('{"accent": "#fff"}', encoding="utf-8")
    with open_document(demo_master, readonly=True) as diagnostic, pytest.raises(InputError, match="branding clear") as caught:
        export_report(diagnostic, tmp_path / "r.pdf")
    assert str(folder / branding.FILE_NAME) in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    assert branding.clear() and branding.load().empty


def test_cli_branding(demo_path, tmp_path, logo, capsys):
    from bodiag.cli import main

    assert main(["branding", "show"]) == ExitCode.OK
    assert "no branding" in capsys.readouterr().out
    assert main(["branding", "set"]) == ExitCode.INPUT
    assert main(["branding", "set", "--firm", FIRM, "--accent", ACCENT, "--logo", str(logo)]) == ExitCode.OK
    capsys.readouterr()
    assert main(["branding", "show", "--json"]) == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert (shown["firm"], shown["accent"]) == (FIRM, ACCENT) and shown["logo"].endswith("branding-logo.png")
    assert main(["branding", "set", "--firm", ""]) == ExitCode.OK
    assert branding.load().firm == "" and branding.load().accent == ACCENT
    out = tmp_path / "r.docx"
    assert main(["report", str(demo_path), "-o", str(out)]) == ExitCode.OK
    assert str(docx.Document(io.BytesIO(out.read_bytes())).styles["Heading 1"].font.color.rgb) == ACCENT[1:].upper()
    assert main(["branding", "clear"]) == ExitCode.OK
    assert "cleared" in capsys.readouterr().out and not any(user_config_dir().iterdir())
