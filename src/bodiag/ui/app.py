"""Start the desktop app: ``bodiag-gui [FILE.bodiag] [--smoke] [--lang fr|en]`` or ``python -m bodiag.ui``."""

from __future__ import annotations

import argparse
import builtins
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bodiag import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from bodiag.ui.main_window import MainWindow


LANGUAGES = ("fr", "en")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line: what the desktop passes (a document, a language) is read at once, anything else by argparse."""
    plain = _plain_arguments(argv)
    return plain if plain is not None else _parser().parse_args(argv)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bodiag-gui", description="bodiag desktop app")
    parser.add_argument("file", nargs="?", type=Path, help="a .bodiag document to open")
    parser.add_argument("--smoke", action="store_true", help="open, show the dashboard, exit 0 once idle")
    parser.add_argument("--lang", choices=list(LANGUAGES), help="interface language (saved in the settings)")
    parser.add_argument("--version", action="version", version=f"bodiag {__version__}")
    return parser


def _plain_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments as :func:`_parser` reads them, when they are only a document, ``--smoke`` and
    ``--lang fr|en`` written out in full; None for anything else (help, version, an abbreviation,
    a mistake), which argparse answers.

    Building an argparse parser looks up its translations and the terminal's width: milliseconds
    of the start-up, for the arguments every start is given.
    """
    file: Path | None = None
    smoke = False
    lang: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--smoke":
            smoke = True
        elif word == "--lang":
            lang = next(words, None)
            if lang not in LANGUAGES:
                return None
        elif word.startswith("--lang="):
            lang = word.removeprefix("--lang=")
            if lang not in LANGUAGES:
                return None
        elif word and not word.startswith("-") and file is None:
            file = Path(word)
        else:
            return None
    return argparse.Namespace(file=file, smoke=smoke, lang=lang)


def without_pyside_feature_import() -> None:
    """Give import statements back the import function PySide wrapped.

    To support ``from __feature__ import snake_case, true_property``, PySide puts a
    Python function in front of every later import statement and reads the source of
    each module imported after it, to see whether it uses PySide. bodiag uses no
    such feature, and that costs a tenth of the app's start-up. The function PySide
    wrapped (its own, which loads Qt types lazily) is kept; if PySide changes how it
    does this, nothing is changed.
    """
    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapped is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = wrapped


def build(args: argparse.Namespace) -> tuple[QApplication, MainWindow]:
    # Qt and the window's modules are imported here, not with this module, so that
    # --help and --version answer at once and main() can time them as start-up.
    from PySide6.QtWidgets import QApplication

    without_pyside_feature_import()

    from bodiag.ui import theme
    from bodiag.ui.context import AppContext
    from bodiag.ui.desktop import Application, present
    from bodiag.ui.main_window import MainWindow
    from bodiag.ui.prompter import QtPrompter, RecordingPrompter
    from bodiag.ui.settings import AppSettings

    app = QApplication.instance() or Application([sys.argv[0], *theme.APPLICATION_ARGUMENTS])
    app.setApplicationName("bodiag")
    app.setApplicationVersion(__version__)
    theme.apply(app)
    settings = AppSettings()
    if args.lang:
        settings.language = args.lang
    # In a smoke run nothing may wait for a person: errors are recorded, not shown.
    prompter = RecordingPrompter() if args.smoke else QtPrompter()
    context = AppContext(settings=settings, prompter=prompter)
    context.translations.apply(settings.language)
    window = MainWindow(context)
    present(app, window)
    if isinstance(prompter, QtPrompter):
        prompter.parent = window
    opened = window.open_document(args.file) if args.file else window.open_demo()
    if opened and window.workspace is not None:
        window.workspace.show_results()
    window.show()
    return app, window


def start(args: argparse.Namespace) -> tuple[QApplication, MainWindow]:
    """:func:`build`, as fast as it goes: what ``bodiag-gui`` does before its event loop."""
    # Start-up creates many objects that live as long as the app: collecting garbage
    # among them before the window is up only delays it. Nor after: enabled again with
    # all of them still in its youngest generation, the collector's first pass (at the
    # event loop's first moments) would go through every one of them. Frozen, they are
    # left out of it; handed back at the first idle moment, they join the oldest
    # generation, which the collector goes through seldom, as it would have once they
    # had lived through two passes.
    gc.disable()
    try:
        built = build(args)
    finally:
        gc.freeze()
        gc.enable()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, gc.unfreeze)
    return built


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app, window = start(args)
    if args.smoke:
        from PySide6.QtCore import QTimer

        failed = window.session is None
        QTimer.singleShot(0, app.quit)
        app.exec()
        window.close()
        return 1 if failed else 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
