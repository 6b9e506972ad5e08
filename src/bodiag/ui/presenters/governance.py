"""The governance of the open document's plan directeur: committee and calendar, risks, KPIs, change management and
progress, and every change to them.

Plain Python, no widget: the governance page lays these read models out and calls
the commands. Everything is read from and written through the same service as
``bodiag plan committee|risks|kpis|…`` (:mod:`bodiag.services.governance`), in the
interface's language; a refusal is told through the prompter, after which the
governance is read again so that the screen shows what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import msgspec

from bodiag.domain import governance as rules
from bodiag.domain import i18n
from bodiag.domain.vocabulary import ACTION_STATUS, label
from bodiag.services import governance
from bodiag.ui.i18n import tr
from bodiag.errors import InputError
from bodiag.ui.presenters.document_page import DocumentPagePresenter
from bodiag.ui.presenters.edit_history import Rows


# The report's and the command line's catalogue, for the words they share with this page (in ``lang``);
# named apart from Qt's ``tr`` so that ``pyside6-lupdate`` does not take its keys for interface strings.
catalogue = i18n.tr


class MemberRow(msgspec.Struct, frozen=True):
    id: int
    name: str
    function: str
    role: str


class RiskRow(msgspec.Struct, frozen=True):
    id: int
    number: int
    title: str
    category: str
    likelihood: int
    impact: int
    score: str  # « 12 élevé »
    level: str
    owner: str
    mitigation: str


class KpiRow(msgspec.Struct, frozen=True):
    id: int
    label: str
    unit: str
    baseline: str  # as it can be typed back
    target: str
    direction: str
    source: str


class GovernanceModel(msgspec.Struct, frozen=True):
    members: list[MemberRow]
    warnings: list[str]
    cadence: str  # '' when not set
    start_month: str  # the chosen YYYY-MM, '' when the default applies
    calendar: list[str]  # the cadence line, the reviews line, the next meeting
    recorded: list[str]  # the meetings held, with their notes
    risks: list[RiskRow]
    kpis: list[KpiRow]
    focus: str
    change: list[str]
    progress: list[str]


class GovernancePresenter(DocumentPagePresenter):
    """The governance page's state and commands, over one open document."""

    model: GovernanceModel

    # -- read models --------------------------------------------------------------------------

    def _month(self, day: str) -> str:
        date = dt.date.fromisoformat(day)
        return f"{i18n.MONTHS[self.lang][date.month - 1]} {date.year}"

    def reload(self) -> None:
        lang = self.lang
        committee = governance.committee(self.diagnostic, lang)
        cadence = catalogue(f"gov_cadence_{committee.cadence or 'none'}", lang)
        calendar = [catalogue("gov_cadence_line", lang, label=cadence, date=self._month(f"{committee.start_month}-01"))]
        if committee.reviews:
            calendar.append(catalogue("gov_reviews_line", lang, days=", ".join(self._month(d) for d in committee.reviews)))
        if committee.next is not None:
            calendar.append(catalogue("gov_next", lang, label=catalogue(f"gov_kind_{committee.next.kind}", lang),
                                      date=self._month(committee.next.day)))
        register = governance.risk_register(self.diagnostic, lang)
        risks = [RiskRow(id=e.risk.id, number=e.number, title=e.risk.title, category=e.risk.category,
                         likelihood=e.risk.likelihood, impact=e.risk.impact,
                         score=f"{e.score} {catalogue(f'gov_level_{e.level}', lang)}", level=e.level, owner=e.risk.owner,
                         mitigation=e.risk.mitigation) for e in register.risks]
        board = governance.kpi_board(self.diagnostic, lang)
        kpis = [KpiRow(id=k.id, label=k.label, unit=k.unit, baseline=i18n.typable(k.baseline, lang),
                       target=i18n.typable(k.target, lang), direction=k.direction, source=k.source) for k in board.kpis]
        change = [f"{a.title} ({catalogue(f'gov_kind_{a.kind}', lang)}, {label(ACTION_STATUS, a.status, lang)})"
                  for a in governance.change_actions(self.diagnostic)]
        self.model = GovernanceModel(
            members=[MemberRow(id=m.id, name=m.name, function=m.function, role=m.role) for m in committee.members],
            warnings=list(committee.messages), cadence=committee.cadence,
            start_month=committee.start_month if committee.start_from == "plan" else "", calendar=calendar,
            recorded=[self._meeting(r) for r in committee.recorded],
            risks=risks, kpis=kpis, focus=board.focus_note, change=change, progress=self._progress())
        self.notify()

    def _meeting(self, review) -> str:  # noqa: ANN001 - a bodiag.domain.governance.ReviewRecord
        day = i18n.date(dt.date.fromisoformat(review.day), self.lang)
        kind = catalogue(f"gov_kind_{review.kind}", self.lang)
        return f"{day} · {kind}" + (f" — {review.notes}" if review.notes else "")

    def meeting_kinds(self) -> list[tuple[str, str]]:
        return [(k, catalogue(f"gov_kind_{k}", self.lang)) for k in ("review", "committee")]

    def _progress(self) -> list[str]:
        lang = self.lang
        view = governance.progress(self.diagnostic, lang)
        if not view.reassessed:
            return [catalogue("gov_progress_none", lang)]
        colon = i18n.colon(lang)
        lines = [f"{p.questionnaire} · {p.title}{colon}{i18n.score(p.first, lang)} → {i18n.score(p.latest, lang)} / "
                 f"{i18n.score(p.target, lang)} ({i18n.percent(p.progress, lang)})" for p in view.parts]
        lines += [f"{k.label}{colon}{i18n.typable(k.baseline, lang) or '—'} → {i18n.typable(k.current, lang)} / "
                  f"{i18n.typable(k.target, lang) or '—'} ({i18n.percent(k.progress, lang)})"
                  for k in view.kpis if k.current is not None]
        return lines

    # -- choices and headers ----------------------------------------------------------------------

    def roles(self) -> list[tuple[str, str]]:
        return [(r, catalogue(f"gov_role_{r}", self.lang)) for r in rules.ROLES]

    def categories(self) -> list[tuple[str, str]]:
        return [(c, catalogue(f"gov_cat_{c}", self.lang)) for c in rules.CATEGORIES]

    def directions(self) -> list[tuple[str, str]]:
        return [(d, catalogue(f"gov_dir_{d}", self.lang)) for d in rules.DIRECTIONS]

    def cadences(self) -> list[tuple[str, str]]:
        return [(c, catalogue(f"gov_cadence_{c}", self.lang)) for c in rules.CADENCES]

    scores = range(rules.MIN_SCORE, rules.MAX_SCORE + 1)

    @staticmethod
    def member_headers() -> list[str]:
        return [tr("Name"), tr("Function"), tr("Role")]

    @staticmethod
    def risk_headers() -> list[str]:
        return ["#", tr("Risk"), tr("Category"), tr("Likelihood"), tr("Impact"), tr("Score"), tr("Owner"), tr("Mitigation")]

    @staticmethod
    def kpi_headers() -> list[str]:
        return [tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Direction"), tr("Source")]

    # -- changing -----------------------------------------------------------------------------

    _failure = property(lambda self: tr("The governance was not changed"))

    def _run(self, action: Callable[[], object]) -> bool:
        return self.attempt(action, self._failure)

    def _delete_confirmed(self, rows: Rows, listed: list, key: int, title: str, name: Callable[[object], str]) -> bool:
        """Delete the row ``key`` of ``rows`` (as ``listed`` on the page), undoably, once the user confirmed it."""
        row = next((r for r in listed if r.id == key), None)
        if row is None or not self.prompter.confirm(title, tr("Delete “%1”?").replace("%1", name(row))):
            return False
        return self.delete_row(rows, key, self._failure)

    def _calendar(self) -> tuple[str, str | None]:
        """The stored cadence and start month (``None``: the default start)."""
        committee = governance.committee(self.diagnostic, self.lang)
        return committee.cadence, committee.start_month if committee.start_from == "plan" else None

    def _put_calendar(self, value: object) -> None:
        cadence, month = value  # type: ignore[misc]
        governance.set_calendar(self.diagnostic, cadence=cadence, start_month=month, clear_start=month is None)

    def set_cadence(self, cadence: str) -> bool:
        return self.set_value(self._calendar, self._put_calendar, None, self._failure,
                              lambda: governance.set_calendar(self.diagnostic, cadence=cadence))

    def set_start(self, month: str) -> bool:
        """The plan's start month, ``YYYY-MM``; empty: the month after the latest assessment."""
        month = month.strip()
        if month == self.model.start_month:
            return True
        return self.set_value(self._calendar, self._put_calendar, None, self._failure,
                              lambda: governance.set_calendar(self.diagnostic, start_month=month or None,
                                                              clear_start=not month))

    def record_meeting(self, day: str, kind: str, notes: str) -> bool:
        """A review or committee meeting held on ``day`` (``YYYY-MM-DD``), with what was decided."""
        return self._run(lambda: governance.add_review(self.diagnostic, day, kind, notes))

    def _rows(self, kind: str, listed: Callable[[], list], names: tuple[str, ...], add: Callable[..., object],
              delete: Callable[..., object]) -> Rows:
        """A kind of governance row as undo handles it, through the governance service."""

        def find(key: int | str):  # noqa: ANN202 - the service's record
            return next((r for r in listed() if r.id == key), None)

        def fields(key: int | str) -> dict[str, object]:
            row = find(key)
            if row is None:
                raise InputError(tr("The row is no longer there: the step was dropped."))
            return {name: getattr(row, name) for name in names}

        return Rows(kind, lambda key: find(key) is not None, fields,
                    lambda values: add(self.diagnostic, **values).id, lambda key: delete(self.diagnostic, key))

    @property
    def _members(self) -> Rows:
        return self._rows("member", lambda: governance.committee(self.diagnostic, self.lang).members,
                          ("name", "function", "role"), governance.add_member, governance.delete_member)

    @property
    def _risks(self) -> Rows:
        return self._rows("risk", lambda: [e.risk for e in governance.risk_register(self.diagnostic, self.lang).risks],
                          ("title", "category", "likelihood", "impact", "owner", "mitigation"), governance.add_risk,
                          governance.delete_risk)

    @property
    def _kpis(self) -> Rows:
        return self._rows("kpi", lambda: governance.kpi_board(self.diagnostic, self.lang).kpis,
                          ("label", "unit", "source", "baseline", "target", "direction", "question_id"),
                          governance.add_kpi, governance.delete_kpi)

    def _update(self, rows: Rows, key: int, update: Callable[..., object], changes: dict[str, object]) -> bool:
        return self.row_values(rows, key, changes, lambda k, values: update(self.diagnostic, k, **values),
                               self._failure)

    def add_member(self) -> bool:
        return self.add_row(self._members, lambda: governance.add_member(self.diagnostic, tr("New member"),
                                                                         "contributes").id, self._failure)

    def update_member(self, member_id: int, **changes: object) -> bool:
        return self._update(self._members, member_id, governance.update_member, changes)

    def delete_member(self, member_id: int) -> bool:
        return self._delete_confirmed(self._members, self.model.members, member_id, tr("Remove a committee member"),
                                      lambda row: row.name)

    def add_risk(self) -> bool:
        return self.add_row(self._risks, lambda: governance.add_risk(self.diagnostic, tr("New risk")).id, self._failure)

    def add_suggested_risks(self) -> bool:
        """Every suggested risk not yet in the register, as one step to undo."""
        return self.add_rows(self._risks, lambda: [r.id for r in governance.add_suggested_risks(self.diagnostic, self.lang)],
                             self._failure)

    def update_risk(self, risk_id: int, **changes: object) -> bool:
        return self._update(self._risks, risk_id, governance.update_risk, changes)

    def delete_risk(self, risk_id: int) -> bool:
        return self._delete_confirmed(self._risks, self.model.risks, risk_id, tr("Delete a risk"),
                                      lambda row: row.title)

    def add_kpi(self) -> bool:
        return self.add_row(self._kpis, lambda: governance.add_kpi(self.diagnostic, tr("New indicator")).id,
                            self._failure)

    def add_suggested_kpis(self) -> bool:
        """Every suggested KPI not yet on the board, as one step to undo."""
        return self.add_rows(self._kpis, lambda: [k.id for k in governance.add_suggested_kpis(self.diagnostic, self.lang)],
                             self._failure)

    def update_kpi(self, kpi_id: int, **changes: object) -> bool:
        return self._update(self._kpis, kpi_id, governance.update_kpi, changes)

    def delete_kpi(self, kpi_id: int) -> bool:
        return self._delete_confirmed(self._kpis, self.model.kpis, kpi_id, tr("Delete an indicator"),
                                      lambda row: row.label)

    def add_suggested_change(self) -> bool:
        """The communication, training and gains actions around the first three, as one step to undo."""
        return self.change_actions(lambda: governance.add_suggested_change(self.diagnostic, self.lang), self._failure)
