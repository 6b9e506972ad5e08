"""Evolution: the assessment being answered against another of its questionnaire, and their timeline.

Plain Python, no widget. Which assessment to compare with is not decided here:
:func:`bodiag.services.reassessment.earlier_assessment` owns that rule (the
report asks it too); the choices offered are
:func:`~bodiag.services.reassessment.comparable`'s, most recent first.
"""

from __future__ import annotations

import msgspec

from bodiag.domain.records import AssessmentRecord
from bodiag.services import reassessment
from bodiag.ui.formats import date, number
from bodiag.ui.formats import score as score_text
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.dashboard import band_colors


class RadarSection(msgspec.Struct, frozen=True):
    title: str
    before: float | None
    after: float | None
    color: str | None


class Table(msgspec.Struct, frozen=True):
    headers: list[str]
    rows: list[list[str]]
    name: str  # for screen readers


class Comparison(msgspec.Struct, frozen=True):
    summary: str
    radar: list[RadarSection]
    radar_description: str
    sections: Table
    moves_heading: str
    moves: Table | None  # None when no answer moved
    actions_heading: str
    actions: list[str]  # the titles of the actions completed in between
    legend: tuple[str, str] = ("", "")  # what the radar's two shapes are: (now, before)


class EvolutionPresenter:
    def __init__(self, answering: AnsweringPresenter, lang: str):
        self.answering = answering
        self.lang = lang
        self.diagnostic = answering.session.diagnostic
        self._choices: list[AssessmentRecord] | None = None
        self.compare_with: int | None = None

    @property
    def assessment(self) -> AssessmentRecord:
        return self.answering.assessment

    # -- what to compare with -----------------------------------------------------------

    def choices(self) -> list[tuple[int, str]]:
        """The other assessments of the questionnaire, most recent first, as (id, « title (date) »).

        Read once, when first asked (the tab is built when first shown), with the one
        preselected: the earlier assessment the report compares with, else the most recent other.
        """
        if self._choices is None:
            self._choices = reassessment.comparable(self.diagnostic, self.assessment)
            earlier = reassessment.earlier_assessment(self.diagnostic, self.assessment)
            if earlier is not None:
                self.compare_with = earlier.id
            elif self._choices:
                self.compare_with = self._choices[0].id
        return [(record.id, f"{record.title} ({date(record.created_at)})") for record in self._choices]

    def choose(self, assessment_id: int | None) -> None:
        self.compare_with = assessment_id

    @property
    def has_other(self) -> bool:
        self.choices()
        return self.compare_with is not None

    @staticmethod
    def alone() -> str:
        return tr("Only one assessment of this questionnaire so far. To follow the evolution, "
                  "reassess later: File › Reassess…")

    # -- the comparison -------------------------------------------------------------------

    def comparison(self) -> Comparison | None:
        """This assessment against the one chosen, the earlier of the two first; None if there is none."""
        if not self.has_other:
            return None
        other, current = self.diagnostic.assessment(self.compare_with), self.assessment
        before, after = (other, current) if (other.created_at, other.id) <= (current.created_at, current.id) else (
            current, other)
        compared = reassessment.compare(self.diagnostic, before, after)
        data = compared.as_dict(self.lang)
        score = data["score"]
        points = tr("%5 point.") if score["delta"] is not None and abs(score["delta"]) < 2 else tr("%5 points.")
        summary = ((tr("Score %1 on %2, %3 on %4:") + " " + points)
                   .replace("%1", score_text(score["before"]))
                   .replace("%2", date(before.created_at))
                   .replace("%3", score_text(score["after"]))
                   .replace("%4", date(after.created_at))
                   .replace("%5", number(score["delta"], 1, signed=True)))
        colors = band_colors(compared.after_result)
        bands = {s.id: s.band_id for s in compared.after_result.sections}
        radar = [RadarSection(r["title"], r["before"], r["after"], colors.get(bands.get(r["id"]) or ""))
                 for r in data["radar"]]
        description = tr("Radar: sections now, and in grey, before. %1").replace(
            "%1", "; ".join(f"{r['title']}: {score_text(r['before'])} → {score_text(r['after'])}" for r in data["radar"]))
        sections = Table([tr("Section"), tr("Before"), tr("Now"), tr("Change")],
                         [[s["title"], score_text(s["score"]["before"]), score_text(s["score"]["after"]),
                           number(s["score"]["delta"], 1, signed=True)] for s in data["sections"] if s["depth"] == 0],
                         tr("Section scores before and now"))
        moves = [[m["text"], m["before"]["display"] or "—", m["after"]["display"] or "—"] for m in data["moves"]]
        return Comparison(
            summary=summary,
            radar=radar,
            radar_description=description,
            sections=sections,
            moves_heading=tr("Answers that moved (%1)").replace("%1", str(len(data["moves"]))),
            moves=Table([tr("Question"), tr("Before"), tr("Now")], moves, tr("Answers that moved")) if moves else None,
            actions_heading=tr("Actions completed in between (%1)").replace("%1", str(len(data["actions"]))),
            actions=[action.get("title", "") for action in data["actions"]],
            legend=(tr("Now: %1").replace("%1", after.title), tr("Before: %1").replace("%1", before.title)),
        )

    # -- the timeline ---------------------------------------------------------------------

    @staticmethod
    def timeline_heading() -> str:
        return tr("Every assessment of this questionnaire")

    def timeline(self) -> Table:
        entries = reassessment.timeline(self.diagnostic).by_questionnaire.get(self.assessment.questionnaire_id, [])
        rows = []
        for entry in entries:
            d = entry.as_dict(self.lang)
            rows.append([d["title"], date(d["created_at"]), score_text(d["score"]),
                         d["band"]["label"] if d["band"] else "—", f"{number(d['coverage'])} %"])
        return Table([tr("Assessment"), tr("Date"), tr("Score"), tr("Band"), tr("Coverage")], rows,
                     tr("Timeline of the assessments"))
