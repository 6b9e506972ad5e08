"""The built bundle works on its own: run by ``make dist-check`` (``BODIAG_BUNDLE=dist/bodiag``).

The bundle is copied away from the source tree and run with a bare environment (no
virtualenv, no PYTHONPATH, a fresh home), as on a machine where only the installer ran.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    built = os.environ.get("BODIAG_BUNDLE")
    if not built:
        pytest.fail("BODIAG_BUNDLE is not set: run `make dist-check`")
    copy = tmp_path_factory.mktemp("machine") / "bodiag"
    shutil.copytree(built, copy, symlinks=True)
    return copy


@pytest.fixture(scope="session")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("home")


def run(bundle: Path, home: Path, program: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        env.update(SYSTEMROOT=os.environ["SYSTEMROOT"], USERPROFILE=str(home), APPDATA=str(home), LOCALAPPDATA=str(home))
    return subprocess.run([str(bundle / f"{program}{EXE}"), *args], cwd=cwd or home, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_the_bundle_is_away_from_the_source_tree(bundle):
    assert SOURCE not in bundle.parents
    assert not (bundle.parent / "questionnaires").exists()


def test_the_command_line_has_the_version_and_the_questionnaires(bundle, home):
    from bodiag import __version__

    assert run(bundle, home, "bodiag", "--version").stdout.strip() == f"bodiag {__version__}"
    listed = run(bundle, home, "bodiag", "questionnaires")
    assert listed.returncode == 0, listed.stderr
    for qid in ("outsourcing-readiness", "back-office-maturity", "master-plan-readiness"):
        assert qid in listed.stdout


def test_the_demo_is_scored_and_exported_to_pdf_by_the_bundles_own_command_line(bundle, home, tmp_path):
    from pypdf import PdfReader

    document, pdf = tmp_path / "demo.bodiag", tmp_path / "diagnostic.pdf"
    made = run(bundle, home, "bodiag", "demo", str(document))
    assert made.returncode == 0, made.stderr
    scored = run(bundle, home, "bodiag", "score", str(document), "--json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)
    exported = run(bundle, home, "bodiag", "report", str(document), "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) > 10
    assert "Menuiseries Vasseur" in reader.pages[0].extract_text()


def test_the_desktop_app_opens_a_document(bundle, home, tmp_path):
    document = tmp_path / "client.bodiag"
    assert run(bundle, home, "bodiag", "demo", str(document)).returncode == 0
    smoke = run(bundle, home, "bodiag-gui", "--smoke", str(document))
    assert smoke.returncode == 0, smoke.stderr


def test_the_desktop_app_starts_on_its_embedded_default_document(bundle, tmp_path):
    fresh_home = tmp_path / "new-user"
    fresh_home.mkdir()
    smoke = run(bundle, fresh_home, "bodiag-gui", "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert list(fresh_home.rglob("demo.bodiag")), "the default document is created in the user's data folder"


def test_the_bundle_carries_no_test_or_build_tool(bundle):
    names = {p.name.lower() for p in bundle.rglob("*")}
    assert not names & {"pytest", "_pytest", "hypothesis", "pyinstaller", "pypdfium2"}


def test_the_bundle_carries_libyaml_s_parser(bundle):
    assert any(p.name.startswith("_ruamel_yaml.") for p in bundle.rglob("_ruamel_yaml*"))


def test_the_bundle_carries_reportlab_s_c_accelerator(bundle):
    # reportlab imports it by name inside exec(): only the spec's hidden import brings it in
    assert any(p.name.startswith("_rl_accel.") for p in bundle.rglob("_rl_accel*"))
