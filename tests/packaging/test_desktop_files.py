"""The installers' desktop files: valid for the freedesktop tools, consistent with each other and the app."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bodiag import __version__
from bodiag.ui.desktop import DESKTOP_FILE_NAME
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = DESKTOP_FILE_NAME
MIME_TYPE = "application/x-bodiag"
PACKAGES = {"appstreamcli": "appstream", "desktop-file-validate": "desktop-file-utils",
            "update-desktop-database": "desktop-file-utils", "update-mime-database": "shared-mime-info"}


def tool(name: str) -> str:
    """A freedesktop tool; `make test` installs it (as root) or names its package."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is missing: apt-get install {PACKAGES[name]} (make desktop-tools)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), str(out)], check=True, capture_output=True)
    return out


def test_the_metainfo_passes_appstreamcli_and_names_this_release():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("releases/release").get("version") == __version__
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]


def test_the_desktop_entry_passes_desktop_file_validate_and_opens_bodiag_documents():
    path = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = desktop_entry(path)
    assert entry["Exec"] == "bodiag-gui %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";")[0] == MIME_TYPE


def test_the_mime_type_claims_the_bodiag_extension(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    result = subprocess.run([tool("update-mime-database"), str(tmp_path / "mime")], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stderr.lower(), result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert re.search(rf"^\d+:{re.escape(MIME_TYPE)}:\*\.bodiag$", globs, re.M), globs
    assert (tmp_path / "mime" / "application" / "x-bodiag.xml").is_file()


def test_icons_are_rendered_at_every_size_for_each_desktop(icons):
    from PIL import Image

    for kind, name in (("apps", APP_ID), ("mimetypes", "application-x-bodiag")):
        for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
            with Image.open(icons / "hicolor" / f"{size}x{size}" / kind / f"{name}.png") as image:
                assert image.size == (size, size) and image.mode == "RGBA"
                assert image.getextrema()[3][1] == 255, "the icon is drawn, not blank"
        assert (icons / "hicolor" / "scalable" / kind / f"{name}.svg").is_file()
    for stem in ("bodiag", "bodiag-document"):
        with Image.open(icons / f"{stem}.ico") as ico:
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
        with Image.open(icons / f"{stem}.icns") as icns:
            assert icns.size == (1024, 1024)


def test_install_desktop_makes_a_double_click_open_the_document_and_uninstall_removes_it(tmp_path, icons):
    tool("update-desktop-database"), tool("update-mime-database")
    bundle = tmp_path / "dist" / "bodiag"
    bundle.mkdir(parents=True)
    for program in ("bodiag", "bodiag-gui"):
        (bundle / program).write_text("#!/bin/sh\necho \"$0 $*\"\n", encoding="utf-8")
        (bundle / program).chmod(0o755)
    prefix = tmp_path / "home" / ".local"
    install = subprocess.run(["bash", str(LINUX / "install-desktop.sh"), str(bundle), str(icons), str(prefix)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr

    installed = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert desktop_entry(installed)["Exec"] == f'"{prefix}/lib/bodiag/bodiag-gui" %f'
    check = subprocess.run([tool("desktop-file-validate"), str(installed)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    cache = (prefix / "share" / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache
    assert "*.bodiag" in (prefix / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-bodiag.png").is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    ran = subprocess.run([str(prefix / "bin" / "bodiag-gui"), "x.bodiag"], capture_output=True, text=True)
    assert ran.stdout.strip().endswith("x.bodiag")

    again = subprocess.run(["bash", str(LINUX / "install-desktop.sh"), str(bundle), str(icons), str(prefix)],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in (prefix / "lib").iterdir()] == ["bodiag"], "an upgrade leaves no staging copy"

    removed = subprocess.run(["bash", str(LINUX / "uninstall-desktop.sh"), str(prefix)], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists() and not (prefix / "lib" / "bodiag").exists()
    assert not list((prefix / "share" / "icons").rglob("application-x-bodiag.*"))


def test_install_desktop_refuses_a_missing_bundle(tmp_path, icons):
    result = subprocess.run(["bash", str(LINUX / "install-desktop.sh"), str(tmp_path / "none"), str(icons),
                             str(tmp_path / "prefix")], capture_output=True, text=True)
    assert result.returncode != 0 and "make dist" in result.stderr
    assert not (tmp_path / "prefix").exists()


def test_the_macos_bundle_declares_the_document_type():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    (doc_type,) = info["CFBundleDocumentTypes"]
    (exported,) = info["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["bodiag"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == MIME_TYPE
    assert doc_type["CFBundleTypeIconFile"] == "bodiag-document.icns"


def test_the_windows_installer_is_per_user_with_a_start_menu_entry_and_the_file_type():
    script = (PACKAGING / "windows" / "bodiag.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", script, re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["ChangesAssociations"] == "yes"
    assert '"{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in script
    assert 'Subkey: "Software\\Classes\\.bodiag"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"' in script
    assert '"""{app}\\{#AppExe}"" ""%1"""' in script
    for source in re.findall(r'^(?:Source: "|LicenseFile=|SetupIconFile=)([^"*\n]+)', script, re.M):
        relative = source.replace("\\", "/").removeprefix("../../")
        assert relative.startswith(("build/", "dist/")) or (ROOT / relative).is_file(), source


def test_the_bundle_spec_ships_the_data_where_the_app_reads_it():
    from bodiag import paths

    spec = (PACKAGING / "bodiag.spec").read_text(encoding="utf-8")
    for folder in ("questionnaires", "resources"):
        inside = (paths._PACKAGE / "_bundled" / folder).relative_to(paths._PACKAGE.parent).as_posix()
        assert f'(str(ROOT / "{folder}"), "{inside}")' in spec
    assert 'executable(gui, "bodiag-gui", console=False)' in spec
    assert 'executable(cli, "bodiag", console=True)' in spec
