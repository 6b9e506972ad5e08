"""The answer pane's word on frozen answers: which final version froze them, and the way to re-open it.

Plain Python, no widget. A final version of the report freezes the answers of every
assessment (storage refuses any change); the pane says so before anything is typed,
with its controls off, and its button re-opens the report through the Report tab's
own flow (:meth:`~bodiag.ui.presenters.deliverable.DeliverablePresenter.reopen`:
the reason asked, the re-opening recorded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bodiag.services import deliverable
from bodiag.ui.formats import date
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from bodiag.ui.presenters.answering import AnsweringPresenter
    from bodiag.ui.prompter import Prompter


class FrozenAnswers:
    """Whether the answers shown are frozen, the banner's text, and the re-opening."""

    def __init__(self, prompter: Prompter, answering: AnsweringPresenter, lang: str,
                 reopened: Callable[[], None] | None = None):
        self.prompter = prompter
        self.answering = answering
        self.lang = lang
        self.reopened = reopened  # told after a re-opening, for the other tabs to read the report's state again

    @property
    def shown(self) -> bool:
        return self.answering.frozen

    @property
    def can_reopen(self) -> bool:
        """A read-only document (a received copy) cannot be re-opened here."""
        return self.shown and not self.answering.session.read_only

    def text(self) -> str:
        """« Final report v2 signed on 3 December 2026: the answers are frozen. »"""
        sign_off = deliverable.sign_off(self.answering.session.diagnostic)
        if sign_off.issued_on:
            head = (tr("Final report v%1 signed on %2").replace("%1", str(sign_off.version))
                    .replace("%2", date(sign_off.issued_on)))
        else:
            head = tr("Final report v%1").replace("%1", str(sign_off.version))
        return tr("%1: the answers are frozen. Re-open the report to change them (the re-opening and its reason "
                  "are recorded).").replace("%1", head)

    def reopen(self) -> bool:
        """Re-open the report (its reason asked); the pane's controls come back on. False if cancelled or refused."""
        from bodiag.ui.presenters.deliverable import DeliverablePresenter

        done = DeliverablePresenter(self.prompter, self.answering.session, self.lang).reopen()
        self.answering.read_frozen_state()
        if done and self.reopened is not None:
            self.reopened()
        return done
