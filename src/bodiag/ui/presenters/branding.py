"""The consultant's branding screen: their firm's name, accent colour and logo, set once for this machine.

Plain Python, no widget. Every change is saved at once to the same per-machine
settings ``bodiag branding`` writes (:mod:`bodiag.services.branding`), which every
report (PDF or Word, each audience) takes. A refusal (a colour too light to read
on white, a file that is not an image, a damaged settings file) is told through
the prompter, and the screen shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from bodiag.errors import BodiagError
from bodiag.services import branding
from bodiag.ui.i18n import tr


class BrandingPresenter:
    """The branding as stored, and the commands that change it."""

    def __init__(self, prompter):  # noqa: ANN001 - the context's Prompter, not imported: it opens this screen
        self.prompter = prompter
        self._listeners: list[Callable[[], None]] = []
        self.problem: str | None = None  # why the stored settings cannot be read, if they cannot
        self.branding = branding.Branding()
        self.reload()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def reload(self) -> None:
        try:
            self.branding = branding.load()
            self.problem = None
        except BodiagError as exc:
            self.branding = branding.Branding()
            self.problem = str(exc)
        for listener in list(self._listeners):
            listener()

    # -- what the screen shows -------------------------------------------------------------

    @property
    def firm(self) -> str:
        return self.branding.firm

    @property
    def accent(self) -> str | None:
        return self.branding.accent

    @property
    def preview_accent(self) -> str:
        """The colour the reports' headings take: the branding's, else bodiag's own."""
        return self.branding.accent or branding.default_accent()

    @property
    def logo(self) -> Path | None:
        return self.branding.logo_path()

    def accent_text(self) -> str:
        return self.branding.accent or tr("bodiag's own blue")

    def logo_text(self) -> str:
        return tr("Set") if self.branding.logo else tr("None")

    def where_text(self) -> str:
        return tr("Kept on this computer, in %1, for every report you export.").replace(
            "%1", str(branding.settings_path()))

    # -- commands -----------------------------------------------------------------------------

    def _attempt(self, failure: str, action: Callable[[], object]) -> bool:
        """Do ``action``; say why it failed under ``failure``; read the stored branding again either way.

        (Not :func:`bodiag.ui.errors.reporting_failure`: the export dialog reads this module, and the
        prompter, which that one names, opens the export dialog.)
        """
        try:
            action()
            done = True
        except BodiagError as exc:
            self.prompter.show_error(failure, str(exc))
            done = False
        self.reload()
        return done

    def _save(self, failure: str, **changes: str | Path) -> bool:
        return self._attempt(failure, lambda: branding.save(**changes))

    def set_firm(self, name: str) -> bool:
        """The firm's name as typed (spaces tidied); empty clears it."""
        if " ".join(name.split()) == self.firm:
            return True
        return self._save(tr("The firm's name was not saved"), firm=name)

    def choose_accent(self) -> bool:
        """A colour picked by the user; False if cancelled or refused (too light: said why)."""
        colour = self.prompter.choose_colour(self.preview_accent)
        if colour is None:
            return False
        return self._save(tr("The accent colour was not saved"), accent=colour)

    def clear_accent(self) -> bool:
        return self._save(tr("The accent colour was not saved"), accent="")

    def choose_logo(self) -> bool:
        """A PNG or JPEG picked by the user, checked and copied beside the settings; False if cancelled or refused."""
        path = self.prompter.choose_logo_file()
        if path is None:
            return False
        return self._save(tr("The logo was not saved"), logo=path)

    def clear_logo(self) -> bool:
        return self._save(tr("The logo was not saved"), logo="")

    def clear_all(self) -> bool:
        """Forget the whole branding, once the user confirmed."""
        if not self.prompter.confirm(tr("Clear the branding"),
                                     tr("Forget the firm's name, accent colour and logo? Reports will carry bodiag's "
                                        "own colours.")):
            return False
        return self._attempt(tr("The branding was not cleared"), branding.clear)


def applying_text() -> str:
    """Which branding an export takes, in one line (the export dialog shows it)."""
    try:
        current = branding.load()
    except BodiagError:
        return tr("Branding: the settings cannot be read (Settings › Firm branding…)")
    if current.empty:
        return tr("Branding: none, the report carries bodiag's own colours (Settings › Firm branding…)")
    parts = [current.firm or tr("no firm name"), current.accent or tr("bodiag's own blue"),
             tr("logo") if current.logo else tr("no logo")]
    return tr("Branding: %1 (Settings › Firm branding…)").replace("%1", ", ".join(parts))
