"""The editable Word copy (``bodiag report --format docx``): the PDF's headings and tables, read back with python-docx."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from bodiag.domain import i18n
from bodiag.domain.report_content import ReportOptions
from bodiag.errors import ExitCode, InputError
from bodiag.report.docx_compose import render_docx
from bodiag.services.documents import open_document
from bodiag.services.report_content import gather
from bodiag.services.report_export import export_report, report_format
from tests.report.conftest import make_document
from tests.report.test_extras import document  # noqa: F401 - the workshop, evolution and actions document


def _data(diagnostic, **options):  # noqa: ANN001, ANN003, ANN202
    return gather(diagnostic, options.pop("assessment_ids", None), ReportOptions(deterministic=True, **options))


def _read(content: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(content))


def headings_of(document: docx.document.Document) -> list[tuple[str, int]]:
    """(text, outline level from 0) of every paragraph in a Word heading style, in order."""
    out = []
    for p in document.paragraphs:
        name = p.style.name
        if name.startswith("Heading "):
            out.append((p.text, int(name.split()[1]) - 1))
    return out


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def demo_docx(demo_master):
    with open_document(demo_master, readonly=True) as diagnostic:
        return render_docx(_data(diagnostic))


def test_the_headings_are_the_pdf_outline_in_order_as_word_heading_styles(demo_docx, demo_report):
    read = _read(demo_docx.docx)
    assert headings_of(read) == [(text, level) for text, level, _ in demo_report.headings]
    assert headings_of(read) == demo_docx.headings
    assert read.paragraphs[headings_of(read).index((i18n.tr("board_note", "fr"), 0))] is not None


def test_every_table_is_read_back_with_its_header_row_repeated(demo_docx, demo_master):
    read = _read(demo_docx.docx)
    assert len(read.tables) == demo_docx.tables > 20
    for table in read.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # noqa: SLF001
        assert all(cell.text for cell in table.rows[0].cells if cell.text != "")
    text = all_text(read)
    with open_document(demo_master, readonly=True) as diagnostic:
        data = _data(diagnostic)
    for a in data.assessments:  # the section table: every scored section with its score
        for s in a.result.sections:
            if s.counts.any_scored_question:
                assert s.title.get("fr") in text
                assert i18n.score(s.score, "fr") in text
    for item in data.plan.synthesis.items:  # the plan directeur's ranked list
        assert item.title in text


def test_the_charts_are_pictures_with_an_alternative_text_giving_their_figures(demo_docx, demo_master):
    read = _read(demo_docx.docx)
    shapes = read.inline_shapes
    assert len(shapes) == demo_docx.pictures >= 6  # per assessment a radar and bars, and the bars of the parts
    descriptions = [shape._inline.docPr.get("descr") for shape in shapes]  # noqa: SLF001
    assert all(descriptions)
    with open_document(demo_master, readonly=True) as diagnostic:
        first = _data(diagnostic).assessments[0]
    radar = next(d for d in descriptions if d.startswith("Radar des sections"))
    for s in first.result.top_sections:
        if s.counts.any_scored_question:
            assert f"{s.title.get('fr')} {i18n.score(s.score, 'fr')} (cible {i18n.plain(s.target, 'fr')})" in radar
    for shape in shapes:
        assert shape.width > 0 and shape.height > 0


def test_the_target_vision_has_a_radar_per_questionnaire_whose_text_names_today_and_the_target(demo_docx, demo_master):
    read = _read(demo_docx.docx)
    descriptions = [shape._inline.docPr.get("descr") for shape in read.inline_shapes]  # noqa: SLF001
    with open_document(demo_master, readonly=True) as diagnostic:
        visions = [v for v in _data(diagnostic).plan.visions if len(v.parts) >= 3]
    assert visions
    for vision in visions:
        alt = next(d for d in descriptions if d.startswith(f"Radar de la vision cible de «\xa0{vision.title}\xa0»"))
        for part in vision.parts:
            today = i18n.number(part.level if vision.levels else part.score, "fr")
            target = i18n.number(part.target_level if vision.levels else part.target, "fr")
            assert f"{part.title} {today} → cible {target}" in alt
    # the radar comes before its questionnaire's table, which keeps the same figures in words
    assert descriptions.index(alt) < next(i for i, d in enumerate(descriptions) if d.startswith("Radar des sections"))


def test_pages_are_numbered_in_the_footer_and_the_language_is_set(demo_docx):
    read = _read(demo_docx.docx)
    section = read.sections[0]
    assert section.different_first_page_header_footer  # the cover has no footer
    footer = section.footer.paragraphs[0]._p.xml  # noqa: SLF001
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert "Menuiseries Vasseur SAS" in section.footer.paragraphs[0].text
    lang = read.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"
    assert read.core_properties.language == "fr-FR"
    assert read.core_properties.title == f"{i18n.tr('report_title', 'fr')} — Menuiseries Vasseur SAS"


def test_the_contents_are_a_toc_field_over_the_headings(demo_docx):
    read = _read(demo_docx.docx)
    body = read.element.body.xml
    assert 'TOC \\o "1-3"' in body
    toc = [p.text for p in read.paragraphs if p.style.name.startswith("TOC ")]
    assert toc == [text for text, level in demo_docx.headings if level <= 2 and text != i18n.tr("contents", "fr")]
    assert toc[0] == i18n.tr("board_note", "fr")


def test_french_typography_is_kept(demo_docx):
    text = all_text(_read(demo_docx.docx))
    assert "\u202f;" in text or "\u00a0:" in text
    assert i18n.tr("confidential", "fr") in text
    assert "«\u00a0" in text and "\u00a0»" in text


def test_the_workshop_evolution_and_actions_come_out(document):  # noqa: F811
    rendered = render_docx(_data(document))
    read = _read(rendered.docx)
    headings = [text for text, _ in headings_of(read)]
    for key in ("workshop", "respondents", "divergent_questions", "moves", "completed_between", "plan_actions"):
        assert i18n.tr(key, "fr") in headings
    text = all_text(read)
    for name in ("Bob Durand", "Chloé Petit", "Denis Roux", "Traiter le sujet avec l’équipe", "Nommer un référent", "Nouveau commentaire"):
        assert name in text
    from bodiag.services import action_plan

    for action in action_plan.list_actions(document):  # numbered as the roadmap numbers them, as in the PDF
        assert f"{action.number}. {action.title}" in text
    from bodiag.report.compose import render

    assert [(t, lvl) for t, lvl, _ in render(_data(document)).headings] == headings_of(read)


def test_english_and_the_plan_alone(demo_master):
    with open_document(demo_master, readonly=True) as diagnostic:
        english = _read(render_docx(_data(diagnostic, lang="en")).docx)
        plan = render_docx(_data(diagnostic, plan_only=True))
    assert headings_of(english)[0] == (i18n.tr("board_note", "en"), 0)
    assert english.core_properties.language == "en-GB"
    assert [t for t, _ in plan.headings][:2] == [i18n.tr("board_note", "fr"), i18n.tr("plan_title", "fr")]
    assert i18n.tr("answers_appendix", "fr") not in " ".join(t for t, _ in plan.headings)


def test_user_text_with_control_characters_gives_a_readable_file(tmp_path):
    diagnostic = make_document(tmp_path / "hostile.bodiag", "ACME\x07 <b>SAS</b> & co", note="bip\x00\x1b[31m « note » 😀",
                               free="ligne 1\nligne 2\x0c")
    try:
        read = _read(render_docx(_data(diagnostic)).docx)
    finally:
        diagnostic.close()
    text = all_text(read)
    assert "ACME <b>SAS</b> & co" in text
    assert "bip[31m « note » 😀" in text


def test_export_writes_a_docx_from_the_suffix_or_the_format(demo_master, tmp_path):
    with open_document(demo_master, readonly=True) as diagnostic:
        by_suffix = export_report(diagnostic, tmp_path / "rapport.docx", deterministic=True)
        by_option = export_report(diagnostic, tmp_path / "rapport.bin", format="docx", deterministic=True)
        with pytest.raises(InputError, match="pdf or docx"):
            export_report(diagnostic, tmp_path / "rapport.odt", format="odt")
    for path in (by_suffix, by_option):
        assert path.read_bytes()[:2] == b"PK"
        assert headings_of(_read(path.read_bytes()))
    assert report_format("x.DOCX") == "docx" and report_format("x.pdf") == "pdf" and report_format("x") == "pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.bin", "rapport.docx"]


def test_cli_report_docx(demo_path, tmp_path, capsys):
    from bodiag.cli import main

    out = tmp_path / "copie.docx"
    assert main(["report", str(demo_path), "-o", str(out), "--lang", "en"]) == ExitCode.OK
    assert f"wrote {out}" in capsys.readouterr().out
    assert headings_of(_read(out.read_bytes()))[0] == (i18n.tr("board_note", "en"), 0)
    with pytest.raises(SystemExit):
        main(["report", str(demo_path), "-o", str(out), "--format", "odt"])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_it_without_repair_and_makes_a_pdf(demo_master, tmp_path):
    import pypdf

    with open_document(demo_master, readonly=True) as diagnostic:
        source = export_report(diagnostic, tmp_path / "copie.docx", deterministic=True)
    profile = tmp_path / "profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    pdf = Path(tmp_path / "copie.pdf")
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) > 20
    text = "\n".join(page.extract_text() for page in reader.pages[:6])
    assert "Menuiseries Vasseur SAS" in text
    assert i18n.tr("board_note", "fr") in text


def test_the_coverage_card_says_what_asked_and_applicable_count(demo_docx, demo_master):
    from bodiag.domain.results import question_count

    paragraphs = [p.text for p in _read(demo_docx.docx).paragraphs]
    with open_document(demo_master, readonly=True) as diagnostic:
        for record in diagnostic.assessments():
            n = question_count(diagnostic.score(record))
            said = i18n.tr("questions_asked", "fr", asked=n.asked, answered=n.answered, na=n.na, dk=n.dk, applicable=n.applicable)
            assert f"{said}." in paragraphs, record.title


def test_a_scale_counted_from_zero_says_its_top_level_as_the_pdf_does(tmp_path):
    """A level card reads « out of 3 » for levels 0–3, in the Word copy as in the PDF (it once said the levels' count)."""
    import pypdf

    from bodiag.report.compose import render
    from bodiag.services.diagnostic import Diagnostic
    from tests.domain.test_format_models import MODEL

    source = tmp_path / "zero.yaml"
    source.write_text(MODEL.replace("{extra}", ""), encoding="utf-8")
    with Diagnostic.create(tmp_path / "zero.bodiag", "ACME") as diagnostic:
        record = diagnostic.start(str(source), assessor="Alice")
        diagnostic.save(record, [diagnostic.prepare(record, "p1", value="l3"), diagnostic.prepare(record, "p2", value="l1")])
        data = _data(diagnostic, lang="en")
    assert data.assessments[0].questionnaire.top_level == 3
    cards = next(t for t in _read(render_docx(data).docx).tables if t.rows[0].cells[0].text == i18n.tr("overall_score", "en"))
    assert cards.rows[0].cells[1].text == "Level" and cards.rows[1].cells[1].text.endswith("out of 3")
    pdf = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render(data).pdf)).pages)
    assert "out of 3" in pdf and "out of 4" not in pdf
