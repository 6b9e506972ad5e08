"""What identifies the organisation is hidden as whole words, whatever their case, accents and plural."""

from __future__ import annotations

from bodiag.services.text_hiding import Hider, hide_everywhere
from bodiag.domain.report_content import Action, Extras


def test_whole_words_whatever_case_accents_and_plural_are_hidden_and_counted():
    hide = Hider()
    hide.add("Menuiserie", "[sector]", "sector")
    hide.add("Besançon", "[city]", "city")
    hide.add("Jean Dupont", "P1", "person")
    text = hide("Un ERP adapté à la MENUISERIÉ et aux menuiseries, à besancon ; jean  DUPONT. Menuisier, Besançonnais.")
    assert text == "Un ERP adapté à la [sector] et aux [sector], à [city] ; P1. Menuisier, Besançonnais."
    assert hide.passages == {"sector": 2, "city": 1, "person": 1}
    assert hide.found["person"] == {"Jean Dupont"}


def test_the_longest_name_wins_and_neighbours_merge_into_one_neutral_word():
    hide = Hider()
    hide.add("Menuiseries Vasseur SAS", "[org]", "organisation")
    hide.extend(["Vasseur", "Menuiseries"], "[org]", "organisation")
    hide.add("Vasseur", "P2", "person", first=False)  # the organisation's word came first: it stays so
    assert hide("Chez Menuiseries Vasseur SAS, puis Vasseur seul, puis les menuiseries Vasseur.") == (
        "Chez [org], puis [org] seul, puis les [org].")


def test_short_or_empty_texts_hide_nothing():
    hide = Hider()
    for text in ("", "  ", "SA", "--"):
        hide.add(text, "X", "term")
    assert hide("SA -- rien") == "SA -- rien" and not hide.passages


def test_every_text_of_a_read_model_is_hidden_but_not_its_identifiers():
    hide = Hider()
    hide.add("zqx", "[t]", "term")
    action = Action(title="Zqx title", owner="ZQX", deadline=None, status="todo", status_label="À faire", cost=None,
                    effort=None, question_ids=("zqx",), recommendation_id="zqx", notes="a zqx note")
    [out] = hide_everywhere(Extras(actions=[action]), hide).actions
    assert (out.title, out.owner, out.notes) == ("[t] title", "[t]", "a [t] note")
    assert (out.question_ids, out.recommendation_id) == (("zqx",), "zqx")


def test_the_organisation_and_its_sector_read_as_redactions_in_running_text():
    from bodiag.domain.records import Organisation
    from bodiag.services.anonymising import hider

    organisation = Organisation("Menuiseries Vasseur", "Menuiserie industrielle", None, None, None, "", "", city="Amiens")
    hide = hider(organisation, {}, (), "fr")
    assert hide("Une offre adaptée à la Menuiseries Vasseur, menuiserie industrielle d’Amiens.") == (
        "Une offre adaptée à la [organisation], [secteur] d’[ville non communiquée].")
    assert hider(organisation, {}, (), "en")("Vasseur in Amiens") == "[organisation] in [city not disclosed]"
