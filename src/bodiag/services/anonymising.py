"""The one owner of what a report leaves out: notes, and who the organisation and its people are.

:func:`without_notes` drops every note (answers, respondents' answers, actions);
the plan directeur's evidence is gathered without notes in the first place.
:func:`anonymise_report` gives every person (the assessors, the respondents,
the attendees, the owners of actions and risks, the committee, who signs) one
neutral name throughout, puts neutral words in place of the organisation's
name, sector and city, then hides all of these and the document's own terms to
hide in every text users typed (answers, notes, titles, milestones, ambitions,
rationale, risks, commentary, places…: :func:`~.text_hiding.hide_everywhere`),
whole words whatever their case and accents. It also says what it hid
(:class:`~bodiag.domain.report_content.Hidden`), for the cover. It takes and
returns the report's read models (:mod:`bodiag.domain.report_content`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import msgspec

from bodiag.domain import i18n
from bodiag.domain.deliverable import Commentary, SignOff
from bodiag.domain.records import Organisation
from bodiag.domain.report_content import AssessmentData, Extras, Hidden, PlanReport, Workshop
from bodiag.services.text_hiding import CITY, ORGANISATION, PERSON, SECTOR, TERM, Hider, hide_everywhere

ANONYMOUS_MIN_LENGTH = 3  # shorter words of a name are not searched for in texts

# Words of an organisation's name that say nothing of which one it is: legal forms, small words.
LEGAL_WORDS = frozenset("""sa sas sasu sarl eurl snc sci scop scic gie sàrl gmbh ag ltd inc llc plc bv nv spa srl
    groupe group société societe compagnie cie établissements etablissements ets fils frères freres associés associes
    des les aux pour sur the and of company holding international france""".split())

Scrub = Callable[[str], str]
replace = msgspec.structs.replace


def without_notes(assessments: list[AssessmentData], extras: Extras) -> tuple[list[AssessmentData], Extras]:
    """Every note of ``assessments`` and of the document's ``extras`` left out."""
    assessments = [
        replace(a, answers={k: replace(r, note="") for k, r in a.answers.items()}, extras=_extras_without_notes(a.extras))
        for a in assessments
    ]
    return assessments, _extras_without_notes(extras)


def _extras_without_notes(extras: Extras) -> Extras:
    workshop = extras.workshop
    if workshop is not None:
        workshop = replace(workshop, divergent=[
            replace(q, answers=[replace(a, note="") for a in q.answers]) for q in workshop.divergent
        ])
    return replace(extras, workshop=workshop, actions=[replace(a, notes="") for a in extras.actions])


def people(extras: Extras) -> list[str]:
    """Every person's name in ``extras``, in reading order: respondents, then owners of actions."""
    names = [r.name for r in extras.workshop.respondents] if extras.workshop else []
    names += [a.name for a in extras.attendees]
    names += [a.owner for a in extras.actions]
    if extras.evolution:
        names += [a.owner for a in extras.evolution.actions]
    return names


class Anonymised(msgspec.Struct, frozen=True):
    """A report's content with neutral words for the organisation and its people, and what was hidden."""

    organisation: Organisation
    assessments: list[AssessmentData]
    document_extras: Extras
    plan: PlanReport | None
    sign_off: SignOff
    commentary: list[Commentary]
    names: dict[str, str]  # real name -> neutral name
    hidden: Hidden


def anonymise_report(organisation: Organisation, assessments: list[AssessmentData], document_extras: Extras,
                     plan: PlanReport | None, sign_off: SignOff, commentary: list[Commentary], lang: str,
                     terms: Sequence[str] = ()) -> Anonymised:
    """Everything with neutral words for the organisation, its people and the document's ``terms`` to hide."""
    names = _pseudonyms(assessments, document_extras, plan, sign_off, commentary, lang)
    hide = hider(organisation, names, terms, lang)
    person = _person(names, lang)
    anonymous_org = replace(organisation, name=i18n.tr("anon_org", lang), sector=i18n.tr("anon_sector", lang), city="")
    out = []
    for a in assessments:
        record = replace(a.record, title=hide(a.record.title), assessor=person(a.record.assessor))
        answers = {k: replace(r, note=hide(r.note), respondent=person(r.respondent)) for k, r in a.answers.items()}
        out.append(replace(a, record=record, answers=answers, extras=_anonymised(a.extras, person, hide)))
    extras = _anonymised(document_extras, person, hide)
    if plan is not None:
        plan = _anonymised_plan(plan, person, hide)
    sign_off = replace(sign_off, assessor=person(sign_off.assessor), director=person(sign_off.director),
                       events=[replace(e, by_whom=person(e.by_whom)) for e in sign_off.events])
    commentary = [replace(c, author=person(c.author)) for c in commentary]
    # Then every text left, whatever field holds it: what a new field adds is hidden before anyone thinks of it.
    out, extras, plan, sign_off, commentary = hide_everywhere((out, extras, plan, sign_off, commentary), hide)
    return Anonymised(anonymous_org, out, extras, plan, sign_off, commentary, names, summary(hide, names))


def summary(hide: Hider, names: dict[str, str]) -> Hidden:
    """What ``hide`` hid, and how many people were given a neutral name."""
    return Hidden(passages=sum(hide.passages.values()), organisation=bool(hide.found[ORGANISATION]),
                  people=len(names), sector=bool(hide.found[SECTOR]), city=bool(hide.found[CITY]),
                  terms=len(hide.found[TERM]))


def hider(organisation: Organisation, names: dict[str, str], terms: Sequence[str], lang: str) -> Hider:
    """What identifies the organisation, each with the neutral words put in its place in running text: its name, its
    people's (whole, then each word of a name alone), its sector, its city and the document's terms to hide."""
    hide = Hider()
    org, sector = i18n.tr("anon_org_in_text", lang), i18n.tr("anon_sector_in_text", lang)
    hide.add(organisation.name, org, ORGANISATION)
    for name, pseudonym in names.items():
        hide.add(name, pseudonym, PERSON, first=False)
    for word, pseudonym in name_parts(names, lang).items():
        hide.add(word, pseudonym, PERSON, first=False)
    hide.add(organisation.sector, sector, SECTOR, first=False)
    hide.add(organisation.city, i18n.tr("anon_city", lang), CITY, first=False)
    hide.extend(terms, i18n.tr("anon_term", lang), TERM)
    # Then the words of the organisation's name ("Vasseur", "Menuiseries") and the parts of the sector
    # ("Amiens" in "… (Amiens, Somme)"), which texts use alone.
    hide.extend((w for w in re.split(r"[\s,;:()/&'’\"«»<>.-]+", organisation.name) if w.casefold() not in LEGAL_WORDS),
                org, ORGANISATION)
    hide.extend((p for p in re.split(r"[,;:()/]+", organisation.sector) if p.strip().casefold() not in LEGAL_WORDS),
                sector, SECTOR)
    return hide


def _person(names: dict[str, str], lang: str) -> Callable[[str], str]:
    """A person's neutral name (a person met nowhere before gets the next one)."""

    def person(name: str) -> str:
        name = name.strip()
        if not name:
            return ""
        if name not in names:
            names[name] = i18n.tr("anon_person", lang, n=len(names) + 1)
        return names[name]

    return person


def _pseudonyms(assessments: list[AssessmentData], document_extras: Extras, plan: PlanReport | None, sign_off: SignOff,
                commentary: list[Commentary], lang: str) -> dict[str, str]:
    """Every person's neutral name, numbered in reading order: the people of the answers first, then those of the
    workshops and actions, of the plan directeur, then who signs and comments."""
    names: dict[str, str] = {}
    person = _person(names, lang)
    for a in assessments:
        person(a.record.assessor)
        for record in a.answers.values():
            person(record.respondent)
    for a in assessments:
        for name in people(a.extras):
            person(name)
    for name in people(document_extras):
        person(name)
    if plan is not None:
        for item in plan.synthesis.items:
            for name in item.owner.split(", "):
                person(name)
        for action in (plan.roadmap.actions + plan.roadmap.closed) if plan.roadmap is not None else []:
            person(action.owner)
        if plan.governance is not None:
            g = plan.governance
            for name in (*(m.name for m in g.committee.members), *(e.risk.owner for e in g.risks.risks),
                         *(a.owner for a in g.change)):
                person(name)
    for name in (sign_off.assessor, sign_off.director, *(e.by_whom for e in sign_off.events), *(c.author for c in commentary)):
        person(name)
    return names


def _anonymised(extras: Extras, person: Callable[[str], str], scrub: Scrub) -> Extras:
    workshop = extras.workshop
    if workshop is not None:
        workshop = Workshop(
            [replace(r, name=person(r.name)) for r in workshop.respondents],
            workshop.compared,
            [replace(q, answers=[replace(a, name=person(a.name), note=scrub(a.note)) for a in q.answers])
             for q in workshop.divergent],
        )
    evolution = extras.evolution
    if evolution is not None:
        evolution = replace(
            evolution,
            before_title=scrub(evolution.before_title),
            moves=[
                replace(m, before=m.before and scrub(m.before), after=m.after and scrub(m.after)) if m.free_text else m
                for m in evolution.moves
            ],
            actions=[replace(a, title=scrub(a.title), owner=person(a.owner)) for a in evolution.actions],
        )
    actions = [replace(a, title=scrub(a.title), owner=person(a.owner), notes=scrub(a.notes)) for a in extras.actions]
    kpis = {key: replace(m, assessment=scrub(m.assessment)) for key, m in extras.kpis.items()}
    attendees = [replace(a, name=person(a.name), organisation=scrub(a.organisation)) for a in extras.attendees]
    sessions = [replace(s, place=scrub(s.place)) for s in extras.sessions]
    return Extras(workshop, evolution, actions, kpis, attendees, sessions)


def name_parts(names: dict[str, str], lang: str) -> dict[str, str]:
    """Each word of a person's name, for the texts that name them by it alone ("Nadine" for "Nadine Lefèvre").

    A word two people share ("Vasseur") names neither of them for sure: it becomes
    "Une personne" (Someone) rather than either's pseudonym.
    """
    parts: dict[str, str] = {}
    for name, pseudonym in names.items():
        words = [w for w in re.split(r"[\s,]+", name.strip()) if len(w) >= ANONYMOUS_MIN_LENGTH]
        if len(words) < 2:
            continue  # a one-word name is replaced as a whole already
        for word in words:
            if word in names:
                continue
            parts[word] = pseudonym if parts.get(word, pseudonym) == pseudonym else i18n.tr("anon_someone", lang)
    return parts


def _anonymised_plan(plan: PlanReport, person: Callable[[str], str], scrub: Scrub) -> PlanReport:
    """The plan with the report's neutral names for its people; its free texts hidden as the rest."""

    def owners(text: str) -> str:
        return ", ".join(person(n) for n in text.split(", ") if n.strip())

    synthesis = plan.synthesis
    items = {item.key: item for item in synthesis.items}
    def item_of(item):
        return replace(item, title=scrub(item.title), owner=owners(item.owner))

    items = {key: item_of(item) for key, item in items.items()}
    synthesis = replace(
        synthesis, items=list(items.values()), first=[items[i.key] for i in synthesis.first],
        findings=[scrub(f) for f in synthesis.findings], decisions=[scrub(d) for d in synthesis.decisions],
        risks=[replace(r, title=scrub(r.title)) for r in synthesis.risks],
    )
    visions = [replace(v, parts=[replace(p, ambition=scrub(p.ambition)) for p in v.parts]) for v in plan.visions]
    view = plan.scenarios
    comparison = replace(
        view.comparison, rationale=scrub(view.comparison.rationale),
        scenarios=[replace(s, scenario=replace(s.scenario, title=scrub(s.scenario.title),
                                               description=scrub(s.scenario.description)))
                   for s in view.comparison.scenarios],
    )
    evidence = {key: [replace(e, notes=[scrub(n) for n in e.notes]) for e in found] for key, found in view.evidence.items()}
    titles = {s.scenario.title: scrub(s.scenario.title) for s in view.comparison.scenarios}
    sensitivity = [scrub(line) for line in plan.sensitivity] if titles else plan.sensitivity
    road = plan.roadmap
    if road is not None:
        def planned_of(action):
            return replace(action, title=scrub(action.title), owner=person(action.owner), milestone=scrub(action.milestone))

        road = replace(road, actions=[planned_of(a) for a in road.actions], closed=[planned_of(a) for a in road.closed])
    return replace(plan, synthesis=synthesis, visions=visions, scenarios=replace(view, comparison=comparison, evidence=evidence),
                   sensitivity=sensitivity, roadmap=road, governance=_governance(plan.governance, person, scrub))


def _governance(governance, person, scrub):
    """Committee members, risk owners and the owners of change actions as the same neutral words; free text scrubbed."""
    if governance is None:
        return None
    committee = governance.committee
    committee = replace(committee, members=[replace(m, name=person(m.name), function=scrub(m.function))
                                            for m in committee.members],
                        recorded=[replace(r, notes=scrub(r.notes)) for r in committee.recorded])
    register = governance.risks
    register = replace(register, risks=[replace(e, risk=replace(e.risk, title=scrub(e.risk.title), owner=person(e.risk.owner),
                                                               mitigation=scrub(e.risk.mitigation)))
                                        for e in register.risks])
    board = replace(governance.kpis, kpis=[replace(k, label=scrub(k.label), source=scrub(k.source))
                                           for k in governance.kpis.kpis])
    change = [replace(a, title=scrub(a.title), owner=person(a.owner)) for a in governance.change]
    return replace(governance, committee=committee, risks=register, kpis=board, change=change)
