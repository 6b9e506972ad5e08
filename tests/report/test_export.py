"""export_report and ``bodiag report``: the file, its metadata and fonts, errors that leave nothing behind, options."""

from __future__ import annotations

import errno
import io
import os
import struct
import zlib
from pathlib import Path

import pytest

from bodiag.errors import ExitCode, InputError, WriteError
from bodiag.services.documents import open_document
from bodiag.services.report_export import export_report
from tests.report.conftest import extract, make_document, spaced

STANDARD_14 = {"Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats", "Times", "Courier-Bold", "Helvetica-Bold",
               "Times-Bold", "Courier-Oblique", "Helvetica-Oblique", "Times-Italic", "Courier-BoldOblique",
               "Helvetica-BoldOblique", "Times-BoldItalic"}


@pytest.fixture
def small(tmp_path):
    (tmp_path / "doc").mkdir()  # the document (and its lock file) apart from the reports
    diagnostic = make_document(tmp_path / "doc" / "small.bodiag", note="Une note à garder", free="Un texte libre", respondent="Bob Durand")
    yield diagnostic
    diagnostic.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fonts_of(pdf: bytes) -> list[dict]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - free entries
            continue
        if isinstance(obj, dict) and obj.get("/Type") == "/Font":
            fonts.append(obj)
    return fonts


def test_the_pdf_is_a4_with_metadata_and_only_embedded_fonts(small, tmp_path):
    import pypdf

    out = export_report(small, tmp_path / "r.pdf")
    assert out == tmp_path / "r.pdf"
    pdf = out.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Diagnostic du back-office — ACME SAS"
    assert meta.author == "Alice Martin"
    assert "Petit questionnaire d’essai" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    for page in reader.pages:
        assert [round(float(v)) for v in page.mediabox] == [0, 0, 595, 842]
    fonts = fonts_of(pdf)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"]).lstrip("/")
        assert name.split("+")[-1] not in STANDARD_14 and "DejaVu" in name
        assert "/FontFile2" in font["/FontDescriptor"], name  # the TrueType program is in the file
    english = pypdf.PdfReader(export_report(small, tmp_path / "en.pdf", lang="en"))
    assert english.trailer["/Root"]["/Lang"] == "en-GB" and english.metadata.title == "Back-office diagnostic — ACME SAS"


def test_deterministic_mode_gives_the_same_bytes(small, tmp_path):
    first = export_report(small, tmp_path / "a.pdf", deterministic=True).read_bytes()
    second = export_report(small, tmp_path / "b.pdf", deterministic=True).read_bytes()
    assert first == second
    assert b"D:20000101000000" in first  # fixed creation date
    assert "30 novembre 2026" in extract(first)[0]


def test_progress_goes_from_0_to_100_and_never_back(small, tmp_path):
    calls = []
    export_report(small, tmp_path / "r.pdf", progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls[0][0] == 0 and calls[-1][:2] == (100, 100) and calls[-1][2] == "Rapport terminé"
    assert {total for _, total, _ in calls} == {100}
    dones = [done for done, _, _ in calls]
    assert dones == sorted(dones) and len(calls) > 5
    assert any("page" in what for _, _, what in calls)


def test_an_interrupted_export_writes_nothing(small, tmp_path):
    def stop(done, total, what):  # noqa: ANN001, ANN202
        if done > 50:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_report(small, tmp_path / "r.pdf", progress=stop)
    assert listing(tmp_path) == ["doc"]


def test_a_read_only_folder_is_refused_and_left_empty(small, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError) as info:
            export_report(small, folder / "r.pdf")
        assert str(info.value) == f"cannot write the report to {folder / 'r.pdf'}: the folder is read-only"
        assert info.value.exit_code == ExitCode.WRITE
        assert listing(folder) == []
    finally:
        folder.chmod(0o755)


def test_a_read_only_file_is_not_replaced(small, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(WriteError, match="the file is read-only"):
        export_report(small, target)
    assert target.read_bytes() == b"old"


@pytest.mark.parametrize("where", ["missing-folder/r.pdf", "."], ids=["missing-folder", "a-folder"])
def test_a_missing_folder_or_a_folder_as_target_is_refused(small, tmp_path, where):
    with pytest.raises(WriteError, match=str(tmp_path)):
        export_report(small, tmp_path / where)
    assert listing(tmp_path) == ["doc"]


def test_a_full_disk_leaves_no_partial_file_and_the_old_report_intact(small, tmp_path, monkeypatch):
    from bodiag import file_safety

    target = tmp_path / "r.pdf"
    target.write_bytes(b"previous report")
    real_write = os.write
    written = []

    def full(fd, data):  # noqa: ANN001, ANN202
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(1)
        return real_write(fd, bytes(data[:1000]))

    monkeypatch.setattr(file_safety.os, "write", full)
    with pytest.raises(WriteError) as info:
        export_report(small, target)
    monkeypatch.undo()
    assert str(info.value) == f"cannot write the report to {target}: the disk is full; no file was written"
    assert written and target.read_bytes() == b"previous report"
    assert listing(tmp_path) == ["doc", "r.pdf"]


def _png(path: Path, width: int, height: int) -> Path:
    """A PNG that claims ``width`` × ``height`` pixels (its data is one tiny row: only the header is read)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))
    return path


@pytest.mark.parametrize("kind", ["missing", "text", "huge-image", "huge-file"])
def test_a_bad_logo_is_refused_before_anything_is_written(small, tmp_path, kind):
    logo = tmp_path / "logo.png"
    if kind == "text":
        logo.write_text("not an image")
    elif kind == "huge-image":
        _png(logo, 40_000, 40_000)
    elif kind == "huge-file":
        logo.write_bytes(b"\x89PNG" + b"\0" * (11 * 1024 * 1024))
    before = listing(tmp_path)
    with pytest.raises(InputError, match="logo"):
        export_report(small, tmp_path / "r.pdf", logo=logo)
    assert listing(tmp_path) == before


def test_a_logo_goes_on_the_cover(small, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), (31, 95, 139)).save(logo)
    pdf = export_report(small, tmp_path / "r.pdf", logo=logo).read_bytes()
    assert pdf.count(b"/Subtype /Image") == 1


def test_anonymised_report_names_nobody(demo_master, tmp_path):
    import pypdf

    with open_document(demo_master, readonly=True) as diagnostic:
        out = export_report(diagnostic, tmp_path / "anon.pdf", anonymise=True, deterministic=True)
    pdf = out.read_bytes()
    text = "\n".join(extract(pdf))
    for name in ("Vasseur", "Menuiseries", "Amiens", "Claire", "menuiseries bois"):
        assert name not in text, name
    assert "Organisation anonymisée" in text and "Personne 1" in text and "Secteur non communiqué" in text
    assert "Version anonymisée" in spaced(text)
    meta = pypdf.PdfReader(out).metadata
    assert "Vasseur" not in f"{meta.title} {meta.author} {meta.subject}"
    assert b"Vasseur" not in pdf


def test_without_notes_leaves_every_note_out(demo_master, demo_report, tmp_path):
    note = "Nadine, notre assistante administrative depuis 18 ans"
    assert note in spaced(demo_report.text) and "Note :" in spaced(demo_report.text)
    with open_document(demo_master, readonly=True) as diagnostic:
        out = export_report(diagnostic, tmp_path / "bare.pdf", without_notes=True, assessment_ids=[3])
    text = spaced("\n".join(extract(out.read_bytes())))
    assert note not in text and "Note :" not in text
    assert "Les notes saisies avec les réponses ne figurent pas dans cette version." in text


def test_several_assessments_in_the_order_given(demo_master, tmp_path):
    with open_document(demo_master, readonly=True) as diagnostic:
        out = export_report(diagnostic, tmp_path / "two.pdf", assessment_ids=["outsourcing-readiness", 1, "3"])
    text = spaced("\n".join(extract(out.read_bytes())))
    assert text.index("1. Externalisation du back-office") < text.index("2. Maturité du back-office")
    assert "Plan directeur" not in text


def test_bad_language_or_assessment_is_refused(small, tmp_path):
    with pytest.raises(InputError, match="fr or en"):
        export_report(small, tmp_path / "r.pdf", lang="de")
    with pytest.raises(InputError, match="no assessment 7"):
        export_report(small, tmp_path / "r.pdf", assessment_ids=[7])
    assert listing(tmp_path) == ["doc"]


# -- the command line -------------------------------------------------------------------------


def run(capsys, *args) -> tuple[int, str, str]:  # noqa: ANN001
    from bodiag.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_report_end_to_end(demo_path, tmp_path, capsys):
    out = tmp_path / "rapport.pdf"
    code, stdout, err = run(capsys, "report", demo_path, "--assessment", "3", "-o", out, "--lang", "en", "--deterministic")
    assert (code, err) == (0, "") and stdout.strip() == f"wrote {out}"
    text = spaced("\n".join(extract(out.read_bytes())))
    assert "1. Outsourcing the back office: the 32 essential questions" in text and "Maturity" not in text
    code, stdout, _ = run(capsys, "score", demo_path, "3", "--json")
    import json

    score = json.loads(stdout)["score"]
    assert f"OVERALL SCORE {score:.1f} out of 100" in text


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--assessment", "9"], ExitCode.INPUT, "no assessment 9"),
        (["--logo", "{tmp}/nope.png"], ExitCode.INPUT, "logo"),
        (["-o", "{tmp}/missing/r.pdf"], ExitCode.WRITE, "does not exist"),
    ],
    ids=["unknown-assessment", "missing-logo", "missing-folder"],
)
def test_cli_report_errors(demo_path, tmp_path, capsys, args, code, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "r.pdf")]
    result, _, err = run(capsys, "report", demo_path, *args)
    assert result == code and message in err and err.startswith("bodiag: error: ")
    assert not (tmp_path / "r.pdf").exists()


def test_cli_report_needs_an_output_and_a_document(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        run(capsys, "report", tmp_path / "x.bodiag")
    assert info.value.code == ExitCode.USAGE
    code, _, err = run(capsys, "report", tmp_path / "x.bodiag", "-o", tmp_path / "r.pdf")
    assert code == ExitCode.DOCUMENT and not (tmp_path / "r.pdf").exists()
