"""What every page presenter over the open document shares: its session, language and listeners, and how a change
is attempted.

A page (the plan directeur's, the roadmap's, the governance's, the report's) reads
its read models in :meth:`reload` and tells its listeners; a change runs through
:meth:`attempt`, which tells a refusal through the prompter and reads the page
again either way, so the screen shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bodiag.ui.errors import reporting_failure

if TYPE_CHECKING:
    from bodiag.ui.presenters.session import DocumentSession
    from bodiag.ui.prompter import Prompter


class DocumentPagePresenter:
    """A page's state over one open document; subclasses read it in :meth:`reload` and end it with :meth:`notify`."""

    def __init__(self, prompter: Prompter, session: DocumentSession, lang: str):
        self.prompter = prompter
        self.session = session
        self.diagnostic = session.diagnostic
        self.lang = lang
        self._listeners: list[Callable[[], None]] = []
        self.reload()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def reload(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def can_edit(self) -> bool:
        return not self.read_only

    def attempt(self, action: Callable[[], object], failure: str) -> bool:
        """Do ``action``; say why it failed under ``failure``; read the page again either way.

        A read-only document (a shared copy) is never asked: its view offers no change.
        """
        if self.read_only:
            return False
        with reporting_failure(self.prompter, failure) as attempt:
            action()
        self.reload()
        return not attempt.failed
