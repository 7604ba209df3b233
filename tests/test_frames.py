"""Fact frames as data and the generic extractor, on sentences written for them (invented
companies and figures), in French and English."""

from __future__ import annotations

from typing import Any

import pytest

from veille.annotate import annotate_text
from veille.facts.frames import FrameError, frames, normalise_phrase, parse_frames


def facts_of(text: str, kind: str, lang: str = "fr", date: str | None = "2025-06-12"
             ) -> list[dict[str, Any]]:
    return [f for f in annotate_text(text, lang=lang, published=date)["facts"]
            if f["type"] == kind]


# -- the frame files ---------------------------------------------------------------------------

def test_bundled_frames_load_for_both_languages() -> None:
    for lang in ("fr", "en"):
        rules = {f.rule for f in frames(lang)}
        assert {"launch.verb", "funding.raise", "funding.invest", "agreement.signed",
                "stock_move.change", "metric.valuation"} <= rules


def test_phrases_are_written_as_lemmas_are() -> None:
    assert normalise_phrase("s'associer à") == ("se", "associer", "à")
    assert normalise_phrase("Protocole d’accord") == ("protocole", "de", "accord")


def _frame(**changes: Any) -> dict[str, Any]:
    frame = {"confidence": 0.7, "triggers": {"fr": {"lemmas": ["embaucher"]}},
             "roles": {"subject": ["subject"], "product": ["object"]}}
    frame.update(changes)
    return {"type": "launch", "frames": {"hire": frame}}


def test_a_frame_file_of_my_own_is_read() -> None:
    (frame,) = parse_frames(_frame(), "mine.yaml")
    assert frame.rule == "launch.hire"
    assert frame.triggers["fr"].lemmas == {"embaucher"}
    assert [r.name for r in frame.roles] == ["subject", "product"]


@pytest.mark.parametrize(("data", "message"), [
    ({"type": "hiring", "frames": {}}, "type 'hiring' is not a fact type"),
    (_frame(roles={"subject": ["subject"], "wage": ["object"]}), "fills 'wage', not a role of launch"),
    (_frame(roles={"subject": ["telepathy"]}), "'{'path': 'telepathy'}' is not a path"),
    (_frame(triggers={"de": {"lemmas": ["x"]}}), "triggers are keyed by language"),
    (_frame(tone="loud"), "unknown field 'tone'"),
    ({"type": "funding", "frames": {"f": {"triggers": {"en": {"lemmas": ["raise"]}},
                                          "roles": {"subject": ["subject"]}}}},
     "never fills amount, which funding requires"),
])
def test_malformed_frames_are_refused_with_the_file_and_frame(data: dict[str, Any], message: str) -> None:
    with pytest.raises(FrameError) as e:
        parse_frames(data, "mine.yaml")
    assert "mine.yaml" in str(e.value) and message in str(e.value)


# -- launches ----------------------------------------------------------------------------------



@pytest.mark.slow
def test_launch_verb_french_and_english() -> None:
    (fr,) = facts_of("Orvane Robotics a dévoilé mardi Kestrel-3, son nouveau robot de logistique.",
                     "launch")
    assert (fr["args"]["subject"], fr["args"]["product"]) == ("Orvane Robotics", "Kestrel-3")
    assert fr["rule"] == "launch.verb.v1"
    (en,) = facts_of("Brindle Labs rolled out Halcyon 2, its coding assistant, on Monday.",
                     "launch", lang="en")
    assert (en["args"]["subject"], en["args"]["product"]) == ("Brindle Labs", "Halcyon 2")


@pytest.mark.slow
def test_launch_named_by_a_naming_word_and_by_a_noun() -> None:
    (named,) = facts_of("Velmora a lancé jeudi un modèle de langue appelé Sirocco.", "launch")
    assert named["args"]["product"] == "Sirocco"
    (noun,) = facts_of("Le lancement de Sirocco par la start-up Velmora Robotics a surpris les "
                       "analystes.", "launch")
    assert (noun["args"]["subject"], noun["args"]["product"]) == ("Velmora Robotics", "Sirocco")


@pytest.mark.slow
def test_a_launch_of_nothing_named_is_no_launch() -> None:
    assert facts_of("Shares of Brindle Labs fell 4% after the launch.", "launch", lang="en") == []


@pytest.mark.slow
def test_talks_by_companies_are_no_launch_of_a_company() -> None:
    assert facts_of("Le salon a accueilli une trentaine de présentations d'entreprises "
                    "telles que Orvane Robotics, Brindle Labs et Velmora.", "launch") == []


# -- funding -----------------------------------------------------------------------------------

@pytest.mark.slow
def test_raise_with_investor_in_both_languages() -> None:
    (fr,) = facts_of("La jeune pousse Qorvex Labs a levé 40 millions d'euros auprès du fonds "
                     "Keel Capital pour recruter des ingénieurs.", "funding")
    assert (fr["args"]["subject"], fr["args"]["recipient"]) == ("Keel Capital", "Qorvex Labs")
    assert fr["args"]["amount"]["value"] == 40_000_000 and fr["args"]["amount"]["currency"] == "EUR"
    assert fr["args"]["purpose"].startswith("recruter")
    (en,) = facts_of("Tandem Bio raised $85 million in a Series B round led by Northgate Ventures.",
                     "funding", lang="en")
    assert (en["args"]["subject"], en["args"]["recipient"]) == ("Northgate Ventures", "Tandem Bio")


@pytest.mark.slow
def test_raise_without_investor_is_the_raisers() -> None:
    (f,) = facts_of("Halden AI raised $12 million last month.", "funding", lang="en")
    assert f["args"]["subject"] == "Halden AI" and "recipient" not in f["args"]


@pytest.mark.slow
def test_a_state_commits_money_in_the_future() -> None:
    (f,) = facts_of("Le gouvernement de Norvane va investir 3 000 milliards de wons d'ici 2028 "
                    "dans les semi-conducteurs.", "funding")
    assert f["args"]["amount"] == {"value": 3e12, "currency": "KRW", **{
        k: v for k, v in f["args"]["amount"].items() if k.startswith("usd")}}
    assert f["modality"] == "projected"


@pytest.mark.slow
def test_a_valuation_is_a_figure_not_money_given() -> None:
    text = ("Halden AI raised $50 million from Keel Capital, valuing the company at $2 billion.")
    (f,) = facts_of(text, "funding", lang="en")
    assert f["args"]["amount"]["value"] == 50_000_000
    values = {m["args"]["value"] for m in facts_of(text, "metric", lang="en")}
    assert 2_000_000_000 in values


# -- agreements --------------------------------------------------------------------------------

@pytest.mark.slow
def test_partnership_verbs_in_both_languages() -> None:
    (fr,) = facts_of("Velmora s'associe à Keel Robotics pour développer des robots agricoles.",
                     "agreement")
    assert set(fr["args"]["parties"]) == {"Velmora", "Keel Robotics"}
    (en,) = facts_of("Brindle Labs partners with Northgate Systems on chip design.", "agreement",
                     lang="en")
    assert set(en["args"]["parties"]) >= {"Brindle Labs", "Northgate Systems"}


@pytest.mark.slow
def test_cooperation_that_nothing_signs_is_no_agreement() -> None:
    assert facts_of("Les deux groupes veulent renforcer la coopération dans l'IA.", "agreement") == []
    (signed,) = facts_of("Orvane a noué un partenariat stratégique avec Keel Robotics.",
                         "agreement")
    assert set(signed["args"]["parties"]) == {"Orvane", "Keel Robotics"}


@pytest.mark.slow
def test_agreement_between_parties() -> None:
    (f,) = facts_of("A memorandum of understanding was signed between Halden AI and the "
                    "Norvane Institute of Technology.", "agreement", lang="en")
    assert len(f["args"]["parties"]) == 2


# -- stock moves -------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_move_to_a_price_needs_no_market_word() -> None:
    (move,) = facts_of("Drone maker Orvane Robotics lost 2.6% to HK$41.20, its fourth straight "
                       "loss.", "stock_move", lang="en")
    assert move["args"]["subject"] == "Orvane Robotics"
    assert move["args"]["change_pct"] == pytest.approx(-2.6)
    assert facts_of("Orvane Robotics lost 2.6% of its staff.", "stock_move", lang="en") == []


@pytest.mark.slow
def test_the_markets_are_the_context_of_the_moves_that_follow() -> None:
    moves = facts_of("Les marchés ont salué la nouvelle. Velmora a gagné 1,4 %. Orvane Robotics, "
                     "son principal concurrent, a cédé 0,6 %.", "stock_move")
    assert sorted((m["args"]["subject"], m["args"]["change_pct"]) for m in moves) == [
        ("Orvane Robotics", pytest.approx(-0.6)), ("Velmora", pytest.approx(1.4))]

@pytest.mark.slow
def test_closed_higher_at_a_price() -> None:
    (move,) = facts_of("Shares of Brindle Labs closed 4.5% higher at HK$88 on Friday.",
                       "stock_move", lang="en")
    assert move["args"]["change_pct"] == pytest.approx(4.5)
    assert move["args"]["price"]["value"] == 88 and move["args"]["price"]["currency"] == "HKD"


@pytest.mark.slow
def test_a_fall_with_a_price_in_french() -> None:
    (move,) = facts_of("Le titre Velmora a cédé 3,2 % à 12,40 yuans à la Bourse de Shenzhen.",
                       "stock_move")
    assert move["args"]["subject"] == "Velmora"
    assert move["args"]["change_pct"] == pytest.approx(-3.2)
    assert move["args"]["price"]["currency"] == "CNY"


@pytest.mark.slow
def test_every_frame_fact_says_which_frame_fired_and_how_sure_it_is() -> None:
    result = annotate_text("Orvane Robotics a dévoilé Kestrel-3. Halden AI a levé 12 millions de "
                           "dollars auprès de Keel Capital.", lang="fr", published="2025-06-12")
    for f in result["facts"]:
        assert f["rule"].split(".")[0] == f["type"]
        assert 0 < f["confidence"] <= 1


# -- goals and forecasts -----------------------------------------------------------------------

@pytest.mark.slow
def test_a_goal_with_a_figure_and_a_deadline_in_both_languages() -> None:
    (fr,) = facts_of("Le ministère vise à former 40 000 ingénieurs d'ici 2030.", "target")
    assert (fr["args"]["value"], fr["args"]["deadline"]) == (40_000, 2030)
    assert "ingénieurs" in fr["args"]["measure"] and fr["modality"] == "projected"
    (en,) = facts_of("Norvane aims to train 60,000 data engineers by 2029.", "target", lang="en")
    assert (en["args"]["subject"], en["args"]["value"], en["args"]["deadline"]) == (
        "Norvane", 60_000, 2029)


@pytest.mark.slow
def test_a_goal_without_a_figure_needs_a_deadline() -> None:
    (goal,) = facts_of("Velmora Labs vise l'équilibre financier en 2027.", "target")
    assert goal["args"]["deadline"] == 2027 and goal["args"]["measure"] == "équilibre financier"
    assert facts_of("Velmora Labs vise l'équilibre financier.", "target") == []


@pytest.mark.slow
def test_an_intention_needs_a_verb_after_it() -> None:
    assert facts_of("La société compte 300 salariés à Lyon.", "target") == []
    (plan,) = facts_of("Halden AI plans to hire 500 engineers next year.", "target", lang="en")
    assert (plan["args"]["value"], plan["args"]["deadline"]) == (500, 2026)


@pytest.mark.slow
def test_a_rank_among_nations() -> None:
    (rank,) = facts_of("Le gouvernement ambitionne de placer la Norvane parmi les cinq premières "
                       "puissances de l'IA d'ici 2035.", "target")
    assert rank["args"]["value"] == 5 and "puissances" in rank["args"]["measure"]
    assert rank["args"]["deadline"] == 2035


@pytest.mark.slow
def test_an_analysts_price_target_is_no_goal() -> None:
    assert facts_of("Keel Securities a relevé son objectif de cours à 700 wons d'ici 2026.",
                    "target") == []


@pytest.mark.slow
def test_a_goal_stated_by_a_person_is_their_company_s() -> None:
    text = ("Maya Lund, chief executive of Halden AI, spoke on Monday. Maya Lund expects revenue "
            "to exceed $400 million next year.")
    (goal,) = facts_of(text, "target", lang="en")
    assert (goal["args"]["subject"], goal["args"].get("source")) == ("Halden AI", "Maya Lund")


# -- a market report ---------------------------------------------------------------------------

@pytest.mark.slow
def test_a_market_report_names_shares_once_for_several_moves() -> None:
    text = ("Hong Kong shares rose on Friday. Brindle Labs climbed 3.1% to HK$98.45. Velmora "
            "Robotics fell 2.2%.")
    moves = {m["args"]["subject"]: m["args"]["change_pct"] for m in facts_of(text, "stock_move",
                                                                              lang="en")}
    assert moves == {"Brindle Labs": pytest.approx(3.1), "Velmora Robotics": pytest.approx(-2.2)}


@pytest.mark.slow
def test_a_change_of_revenue_is_no_stock_move() -> None:
    text = "Les actions de Velmora ont peu bougé. Son chiffre d'affaires a progressé de 24 %."
    assert facts_of(text, "stock_move") == []


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "subject", "change"), [
    ("fr", "Seule grande valeur du secteur à reculer, Corvane Systems a chuté de 7,4 % à 3 105 yens.",
     "Corvane Systems", -7.4),
    ("en", "Despite record revenue, Corvane Systems fell 7.4% to ¥3,105.", "Corvane Systems", -7.4),
])
def test_a_company_named_as_the_subject_moves_its_shares(lang: str, text: str, subject: str,
                                                         change: float) -> None:
    """A measure word before the trigger ('valeur', 'value') says the change is a business
    figure's, unless the verb's subject is a company: then it is the company's shares."""
    (move,) = facts_of(text, "stock_move", lang=lang)
    assert (move["args"]["subject"], move["args"]["change_pct"]) == (subject, pytest.approx(change))


@pytest.mark.slow
def test_a_verb_read_as_a_participle_keeps_its_own_subject() -> None:
    """'Le concurrent X, contrôlé par le ministère, construit un centre de 140 mégawatts': the
    parse reads 'construit' as a participle describing the ministry; with a direct object it
    is the sentence's verb, and the ministry owns no figure of it."""
    text = ("Le concurrent public Corvane, contrôlé par le ministère de la Défense, construit de son "
            "côté un centre de données de 140 mégawatts dans la province de Bac Ninh.")
    assert [m["args"].get("subject") for m in facts_of(text, "metric")] == ["Corvane"]


@pytest.mark.slow
def test_a_name_in_a_clause_describing_the_subject_owns_no_figure() -> None:
    text = ("Le site, installé dans le parc technologique de Hoa Lac, abrite quelque 4 000 puces, "
            "selon la direction.")
    assert all(m["args"].get("subject") != "Hoa Lac" for m in facts_of(text, "metric"))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "product", "value"), [
    ("en", "Orsana unveiled Brio 5 at its annual conference in Lyon on 13 November, describing it as a "
     "multimodal model with 2.4 trillion parameters.", "Brio 5", 2.4e12),
    ("fr", "La société Orsana a présenté jeudi sa puce Kelvo X1. Gravée en 3 nanomètres, elle intègre "
     "une unité de traitement neuronal de 44 TOPS.", "Kelvo X1", 44),
])
def test_a_specification_is_the_product_s(lang: str, text: str, product: str, value: float) -> None:
    """Parameters, cores, TOPS: the product's figures, not its maker's ('TOPS' is no name)."""
    figures = {m["args"]["value"]: m["args"].get("subject") for m in facts_of(text, "metric", lang=lang)}
    assert figures.get(value) == product, figures


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "subject", "product"), [
    ("fr", "Brindle contrôle 62 % du marché, contre 21 % pour Orsana Electronics, qui a commencé à livrer "
     "ses puces Kestrel 4 le mois dernier.", "Orsana Electronics", "Kestrel 4"),
    ("en", "Orsana Electronics began selling Kestrel 4, its new AI chip, last month.", "Orsana Electronics",
     "Kestrel 4"),
    ("fr", "La start-up Orsana AI consacrera l'essentiel de la levée à l'entraînement de Kelvo-3, la "
     "troisième génération de son modèle maison, qu'elle prévoit de lancer au premier trimestre 2026.",
     "Orsana AI", "Kelvo-3"),
    ("en", "Orsana Labs spent most of the money on Kelvo-3, its third-generation model, which it plans to "
     "release in early 2026.", "Orsana Labs", "Kelvo-3"),
])
def test_launches_begun_or_planned_in_a_relative_clause(lang: str, text: str, subject: str,
                                                        product: str) -> None:
    """'qui a commencé à livrer Y', 'began shipping Y'; 'Y, ..., qu'elle prévoit de lancer': the
    product and who launches it, even when a path first offers the launcher as the product."""
    launches = [(f["args"].get("subject"), f["args"].get("product")) for f in facts_of(text, "launch", lang=lang)]
    assert (subject, product) in launches, launches


@pytest.mark.slow
def test_a_forecast_range_for_a_quarter_is_two_goals_of_that_year() -> None:
    text = ("For the second quarter, Orsana Group expects revenue of between US$37.5 billion and "
            "US$38.7 billion, chief financial officer Paul Vidal told analysts.")
    goals = facts_of(text, "target", lang="en", date="2026-04-16")
    assert sorted((g["args"]["value"], g["args"].get("deadline")) for g in goals) == [
        (37.5e9, 2026), (38.7e9, 2026)]


@pytest.mark.slow
def test_the_company_in_what_a_person_says_is_the_one_their_title_names() -> None:
    text = ("Brindle Labs launched its model last month. Dou Shen, executive vice-president of Orsana "
            "Group, told reporters the company aims to sell one million pairs of glasses by the end of "
            "2027.")
    (goal,) = facts_of(text, "target", lang="en", date="2026-04-16")
    assert (goal["args"]["subject"], goal["args"]["value"]) == ("Orsana Group", 1e6)


@pytest.mark.slow
def test_an_index_named_in_the_sentence_makes_its_moves_stock_moves() -> None:
    """A market wrap's last sentence may hold no word of the market: the index it names is one."""
    text = ("Elsewhere in Asia, South Korea's Kospi ended 1.4% higher, led by memory maker Velmo Hynix, "
            "which rose 3.3%, and Japan's Nikkei 225 gained 0.9%.")
    moves = {m["args"]["subject"]: m["args"]["change_pct"] for m in facts_of(text, "stock_move", lang="en")}
    assert moves == {"KOSPI": pytest.approx(1.4), "Velmo Hynix": pytest.approx(3.3),
                     "Nikkei 225": pytest.approx(0.9)}
    assert facts_of(text, "metric", lang="en") == []


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "subject", "value", "currency"), [
    ("en", "Orsana Vision soars 38% on Hong Kong debut after HK$3.1 billion IPO", "Orsana Vision", 3.1e9, "HKD"),
    ("fr", "Orsana a réalisé jeudi une introduction en Bourse de 2 milliards de dollars de Hong Kong.",
     "Orsana", 2e9, "HKD"),
])
def test_an_ipo_s_proceeds_are_the_company_s_funding(lang: str, text: str, subject: str, value: float,
                                                    currency: str) -> None:
    """'a HK$3.1 billion IPO', 'une introduction en Bourse de 2 milliards': the company's
    funding; the 'Hong Kong' of 'dollars de Hong Kong' fills no role, and no name swallows
    the amount ('Bourse de 2 milliards de dollars' was an organisation)."""
    (f,) = facts_of(text, "funding", lang=lang)
    assert (f["args"]["subject"], f["args"]["amount"]["value"], f["args"]["amount"]["currency"]) == (
        subject, value, currency)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The stock, listed in Taipei under the code 2330, has gained 16% since the start of the year."),
    ("fr", "Orsana, qui est cotée sous le code 2659 à Hong Kong, emploie 300 personnes."),
])
def test_a_stock_code_is_no_figure(lang: str, text: str) -> None:
    assert all(m["args"]["value"] not in (2330, 2659) for m in facts_of(text, "metric", lang=lang))


@pytest.mark.slow
def test_a_participle_launched_by_names_the_product_it_describes() -> None:
    (f,) = facts_of("Kestrel-3, le robot présenté par Orvane Robotics en mars, équipe déjà dix "
                    "usines.", "launch")
    assert (f["args"]["subject"], f["args"]["product"]) == ("Orvane Robotics", "Kestrel-3")


@pytest.mark.slow
def test_a_launch_by_a_chief_executive_is_the_company_s() -> None:
    text = ("Maya Lund, chief executive of Halden AI, spoke in Tokyo. Maya Lund unveiled "
            "Sirocco-2 on stage.")
    (f,) = facts_of(text, "launch", lang="en")
    assert (f["args"]["subject"], f["args"]["product"]) == ("Halden AI", "Sirocco-2")


@pytest.mark.slow
def test_a_date_is_never_a_launched_product() -> None:
    assert facts_of("La plateforme sera mise en service d'ici fin 2026.", "launch") == []


@pytest.mark.slow
def test_a_figure_a_person_states_is_the_organisation_s() -> None:
    (fig,) = facts_of("La start-up Velmora Robotics fabrique des robots de tri. Velmora Robotics "
                      "vend en Europe. Claire Durandet affiche 4 millions d'euros de chiffre "
                      "d'affaires.", "metric")
    assert (fig["args"]["subject"], fig["args"]["source"]) == ("Velmora Robotics", "Claire Durandet")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("fr", "La Moldavie, qui compte 2 millions d'habitants, veut former 5 000 ingénieurs d'ici 2030.",
     "habitants"),
    ("en", "Velmora, which employs 300 people, wants to hire 500 engineers by 2027.", "people"),
    ("en", "Corvane, which says it runs robots in 40 warehouses across 12 countries, plans to open "
     "a plant in Ohio from 2027.", "countries"),
    ("fr", "Orsana, qui affirme exploiter 40 entrepôts dans 12 pays, prévoit d'ouvrir une usine en "
     "Bavière d'ici 2027.", "pays"),
])
def test_a_figure_describing_the_subject_is_no_goal(lang: str, text: str, measure: str) -> None:
    goals = facts_of(text, "target", lang=lang)
    assert goals and all(measure not in g["args"]["measure"] for g in goals)
    assert any(measure in m["args"]["measure"] for m in facts_of(text, "metric", lang=lang))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "done", "goal"), [
    ("fr", "Orsana a livré plus de 12 000 robots depuis 2023, et vise 30 000 livraisons sur l'ensemble "
     "de 2026.", 12000, 30000),
    ("en", "Corvane shipped 8,000 drones since 2022 and aims for 20,000 deliveries by 2027.", 8000, 20000),
    ("en", "Corvane will supply roughly half of the chips used by carmakers by 2027, up from about a "
     "quarter this year.", 25, 50),
    ("fr", "Orsana veut porter sa part de marché à 40 % d'ici 2028, contre 15 % aujourd'hui.", 15, 40),
])
def test_a_figure_reached_or_started_from_is_no_goal(lang: str, text: str, done: float, goal: float) -> None:
    """A figure a verb in the past says was reached, or the one a change starts from ('up from',
    'contre'), is no goal; the goal of the same sentence still is."""
    values = [g["args"].get("value") for g in facts_of(text, "target", lang=lang)]
    assert goal in values and done not in values, values


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "goal"), [
    ("en", "The Orsana agency said this month it wanted local chips to power at least 30% of public "
     "data centres by 2030.", 30),
    ("fr", "L'agence Orsana a expliqué qu'elle voulait former 5 000 ingénieurs d'ici 2028.", 5000),
])
def test_a_goal_said_in_the_past_is_a_goal(lang: str, text: str, goal: float) -> None:
    assert goal in [g["args"].get("value") for g in facts_of(text, "target", lang=lang)]


@pytest.mark.slow
def test_what_a_figure_measures_is_the_subject_of_the_verb_after_to() -> None:
    """'wants revenue to top ₩100 billion': the tagger reads 'top' as an adjective; the figure
    measures revenue, not 'top'."""
    (goal,) = facts_of("Corvane wants revenue to top ₩100 billion in 2027.", "target", lang="en")
    assert goal["args"]["measure"] == "revenue"


@pytest.mark.slow
def test_a_version_of_a_known_family_is_its_own_product() -> None:
    (fr,) = facts_of("Google a présenté Veo 3.1, son modèle vidéo, mardi.", "launch")
    assert fr["args"]["product"] == "Veo 3.1"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "subject", "product"), [
    ("fr", "Le service s'appuie sur Kelp 2, le modèle qu'Orsana a lancé en mars.", "Orsana", "Kelp 2"),
    ("fr", "Kelp 2, le modèle que Orsana a dévoilé jeudi, parle basque.", "Orsana", "Kelp 2"),
    ("en", "Brio 3, the model that Velmora released in April, runs on phones.", "Velmora", "Brio 3"),
])
def test_what_a_relative_clause_launches_is_its_antecedent(lang: str, text: str, subject: str,
                                                           product: str) -> None:
    """'le modèle que X a publié': the relative pronoun stands for the name the noun phrase is
    in apposition to, not for the sentence's earlier subject."""
    (launch,) = facts_of(text, "launch", lang=lang)
    assert (launch["args"].get("subject"), launch["args"]["product"]) == (subject, product)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "product"), [
    ("fr", "Le ministère velmorien a présenté lundi un plan baptisé « Cent ports numériques pour "
     "la Velmorie », doté de 2 milliards d'euros.", "Cent ports numériques pour la Velmorie"),
    ("en", 'Orsana Telecom launched a programme called "AI for every village" on Monday.',
     "AI for every village"),
])
def test_a_quoted_name_after_a_naming_word_is_the_product_not_a_quote(lang: str, text: str,
                                                                      product: str) -> None:
    (launch,) = facts_of(text, "launch", lang=lang)
    assert launch["args"]["product"] == product
    assert facts_of(text, "quote", lang=lang) == []


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le terrain de Velmora à Johor est facturé 5,04 ringgits le mètre carré."),
    ("fr", "Velmora vend son abonnement 30 euros par utilisateur."),
    ("en", "Velmora sells its plan at $30 per user."),
    ("fr", "La puce de Velmora est gravée en 3 nanomètres."),
    ("en", "Analysts at Orsa Securities keep a target price of $4.10 on Velmora."),
])
def test_a_unit_price_or_a_size_is_no_counted_figure(lang: str, text: str) -> None:
    assert facts_of(text, "metric", lang=lang) == []


@pytest.mark.slow
def test_money_per_unit_of_time_is_still_a_figure() -> None:
    (revenue,) = [m for m in facts_of("Velmora réalise un chiffre d'affaires de 2 milliards de dollars "
                                      "par an.", "metric") if m["args"].get("unit") == "USD"]
    assert revenue["args"]["value"] == 2e9


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "modality"), [
    ("en", "Vetrix said it had raised US$40 million in a round led by Orsa Capital.", "funding", "claimed"),
    ("fr", "Velmora a indiqué avoir levé 40 millions d'euros auprès d'Orsa Capital.", "funding", "claimed"),
    ("en", "Velmora Labs says it now has 45 million users in Asia.", "metric", "claimed"),
    ("en", "Velmora raised $40 million from Orsa Capital.", "funding", "asserted"),
])
def test_a_company_s_figure_it_says_of_itself_is_a_claim(lang: str, text: str, kind: str,
                                                        modality: str) -> None:
    (fact,) = facts_of(text, kind, lang=lang)
    assert fact["modality"] == modality


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("fr", "Velmora a signé en mars un accord avec le britannique Kelvane, qui prévoit des licences.",
     ["Velmora", "Kelvane"]),
    ("fr", "L'Australie a signé un accord avec Orsana Digital pour aider les start-up australiennes.",
     ["Australia", "Orsana Digital"]),
])
def test_a_nationality_is_no_party_of_its_own(lang: str, text: str, parties: list[str]) -> None:
    """'le britannique Kelvane' is a British company, not the United Kingdom; 'start-up
    australiennes' in an agreement of Australia's is Australia once, not twice."""
    (agreement,) = facts_of(text, "agreement", lang=lang)
    assert sorted(agreement["args"]["parties"]) == sorted(parties)


@pytest.mark.slow
def test_a_quotation_split_by_its_attribution_or_carried_over_a_paragraph_is_one() -> None:
    text = ('"Every new release is now read as a signal for the order book," said Mira Tan, head of '
            'research at Kelso Securities. "The market has stopped valuing Orsa as a retailer."\n\n'
            '"This is a beginning," said Tomas Wirth, Orsa\'s chief executive. "We will create '
            'more than a million agents inside Orsa alone.\n\n'
            '"Every employee will have thousands of them," Wirth said.')
    quotes = {(q["args"]["speaker"], q["args"]["text"]) for q in facts_of(text, "quote", lang="en")}
    assert ("Mira Tan", "Every new release is now read as a signal for the order book. The market "
            "has stopped valuing Orsa as a retailer.") in quotes
    assert ("Tomas Wirth", "This is a beginning") in quotes  # the next one goes on below: its own
    assert ("Tomas Wirth", "We will create more than a million agents inside Orsa alone. Every "
            "employee will have thousands of them") in quotes


@pytest.mark.slow
def test_a_rounded_amount_in_the_headline_restates_the_precise_one() -> None:
    text = ("Orsana Vision soars 38% on Hong Kong debut after HK$3.1 billion IPO\n\nThe company raised "
            "HK$3.12 billion in its initial public offering, selling 116.9 million new shares.")
    amounts = [f["args"]["amount"]["value"] for f in facts_of(text, "funding", lang="en", date="2025-12-11")]
    assert amounts == [3.12e9]


@pytest.mark.slow
def test_a_gain_in_an_index_is_the_index_s_move() -> None:
    text = ("Orsana Group shares rose 1.2% to HK$140 on Friday, outpacing a 0.6% gain in the Hang Seng "
            "Tech Index.")
    moves = {m["args"]["subject"]: m["args"]["change_pct"] for m in facts_of(text, "stock_move", lang="en")}
    assert moves == {"Orsana Group": pytest.approx(1.2), "Hang Seng Tech Index": pytest.approx(0.6)}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orsana Semiconductor reported on Thursday a 40% rise in first-quarter net profit. Its shares "
           "closed 2% higher."),
    ("fr", "Orsana Group a annoncé une hausse de 40 % du bénéfice net. L'action a gagné 2 % en Bourse."),
])
def test_a_rise_in_a_business_figure_is_no_stock_move(lang: str, text: str) -> None:
    assert [m["args"]["change_pct"] for m in facts_of(text, "stock_move", lang=lang)] == [2]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Orsana Cloud leads with a 23.4% market share, ahead of Velmo Cloud at 17.8% and Brindle Web "
           "Services at 15.2%, according to IDC.",
     {"Orsana Cloud": 23.4, "Velmo Cloud": 17.8, "Brindle Web Services": 15.2}),
    ("fr", "Orsana Group contrôle 62 % du marché mondial de la mémoire, d'après Counterpoint Research, contre "
           "21 % pour Velmo Electronics.", {"Orsana Group": 62, "Velmo Electronics": 21}),
])
def test_figures_listed_or_compared_measure_what_the_first_does(lang: str, text: str,
                                                               expected: dict[str, float]) -> None:
    """'ahead of Y at 17.8%', 'contre 21 % pour Y': Y's figure of the same measure."""
    shares = facts_of(text, "metric", lang=lang)
    assert {m["args"]["subject"]: m["args"]["value"] for m in shares} == expected
    assert len({m["args"]["measure"] for m in shares}) == 1


@pytest.mark.slow
def test_an_average_estimate_named_after_its_figure_is_no_figure() -> None:
    """'above the NT$489 billion average estimate of analysts': the analysts' expectation, named
    after the figure as well as before it ('against an average forecast of ...')."""
    text = ("Orsana Semiconductor reported a 40% rise in quarterly profit. Net profit reached NT$506.3 "
            "billion in the January-March quarter, above the NT$489 billion average estimate of analysts.")
    values = {m["args"]["value"] for m in facts_of(text, "metric", lang="en", date="2026-04-16")}
    assert 506.3e9 in values and 489e9 not in values


@pytest.mark.parametrize("text", [
    "Orvane Labs raised $18 million in a round led by Peak Ridge. Brisk Capital invested an undisclosed "
    "sum in 2025. The company was valued at around $500 million in its last round.",
    "Orvane Labs raised $18 million in a round led by Peak Ridge. Brisk Capital and Holt Partners joined "
    "the round, as did Tamar Fund, which led Orvane's seed round. The new funding values the "
    "two-year-old company at about $110 million.",
])
def test_the_company_valued_after_its_investors_is_not_an_investor(text: str) -> None:
    """'the company' is the organisation last the subject of a sentence, but not one that
    invested or joined the round: that one is an investor."""
    (fact,) = facts_of(text, "metric", "en")
    assert fact["args"]["subject"] == "Orvane Labs"


@pytest.mark.parametrize(("lang", "text", "currency"), [
    ("fr", "La start-up Orvane a ouvert un bureau à Séoul. Nous avons réalisé 12 millions d'euros de chiffre "
           "d'affaires en 2025, et nous visons 25 millions cette année.", "EUR"),
    ("en", "Orvane Labs posted revenue of $12 million in 2025 and is targeting 25 million this year.", "USD"),
])
def test_a_sum_without_its_currency_after_one_with_it(lang: str, text: str, currency: str) -> None:
    """'12 millions d'euros de chiffre d'affaires ..., et nous visons 25 millions cette année': the
    second sum, written without its currency or its noun, is a sum of the same kind."""
    goals = [f for f in facts_of(text, "target", lang, date="2026-03-06") if f["args"].get("value") == 25e6]
    assert len(goals) == 1
    args = goals[0]["args"]
    subject = "Orvane" if lang == "fr" else "Orvane Labs"
    assert (args["unit"], args["deadline"], args["subject"]) == (currency, 2026, subject)
    assert "chiffre" in args["measure"] or "revenue" in args["measure"]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Orsana Digital reported results on Thursday. For the full fiscal year, Orsana now expects revenue "
     "of ¥1.2 trillion. It will invest ¥90 billion by the fiscal year ending March 2029.", 2027),
    ("Orsana Digital reported results on Thursday. For the full fiscal year, Orsana now expects revenue "
     "of ¥1.2 trillion.", 2026),
])
def test_a_full_fiscal_year_ends_when_the_company_s_years_end(text: str, deadline: int) -> None:
    """'For the full fiscal year, X expects ...' in November: the year in course, which ends the
    next March when the article says the company's years end in March."""
    goals = [f for f in facts_of(text, "target", "en", date="2026-11-06") if f["args"].get("value") == 1.2e12]
    assert [f["args"]["deadline"] for f in goals] == [deadline]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Valdorie est le premier marché de la région, avec 3,4 millions de robots livrés au "
           "troisième trimestre, devant la Moldavie (1,9 million) et le Portugal (1,7 million)."),
    ("en", "Valdoria was the region's largest market, with 3.4 million robots shipped in the third "
           "quarter, ahead of Moldova (1.9 million) and Portugal (1.7 million)."),
])
def test_a_figure_in_brackets_after_a_name_is_that_name_s(lang: str, text: str) -> None:
    """'devant la Moldavie (1,9 million) et le Portugal (1,7 million)': each figure alone in
    brackets after a name is the name's, and counts what the list's first figure counts."""
    metrics = {f["args"]["value"]: f["args"] for f in facts_of(text, "metric", lang, date="2026-11-19")}
    for value, place in ((1.9e6, "Moldova"), (1.7e6, "Portugal")):
        assert metrics[value]["subject"] == place
        assert "robots" in metrics[value]["measure"]


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("fr", "Selon l'étude, 38 % des entreprises interrogées utilisent aujourd'hui des agents d'IA en "
           "production en Valdorie.", "utilisent"),
    ("en", "According to the survey, 38% of the companies polled now deploy AI agents in production "
           "in Valdoria.", "deploy"),
])
def test_a_share_of_a_population_says_what_it_does(lang: str, text: str, verb: str) -> None:
    """'38 % des entreprises interrogées utilisent ...': the share is of the companies that use,
    not of companies."""
    (metric,) = [f for f in facts_of(text, "metric", lang) if f["args"]["value"] == 38]
    assert verb in metric["args"]["measure"]


def test_a_share_that_is_a_part_keeps_its_noun() -> None:
    """'Asia is 40% of sales': a copula says no doing."""
    text = "Orvane Labs said 40% of its sales represent Asian customers in 2025."
    measures = [f["args"]["measure"] for f in facts_of(text, "metric", "en") if f["args"]["value"] == 40]
    assert all("represent" not in m for m in measures)


def test_a_count_after_a_sum_keeps_its_own_noun() -> None:
    """'raised HK$3 billion by issuing 116.9 million new shares': a count with its noun is no sum."""
    text = ("Orvane Labs raised HK$3.12 billion in its listing by issuing 116.9 million new shares, priced "
            "at HK$26.70.")
    values = {f["args"].get("value"): f["args"].get("unit") for f in facts_of(text, "metric", "en")}
    assert values.get(116.9e6) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Velmora Robotics filed for a listing in Hong Kong on Friday. Harlow Securities and Cresta "
           "Capital are the joint sponsors of the offering. The company plans to spend HK$600 million "
           "on 1,500 robots by 2028."),
    ("en", "Velmora Robotics filed for a listing in Hong Kong on Friday. Harlow Securities is among the "
           "underwriters. The company plans to spend HK$600 million on 1,500 robots by 2028."),
    ("fr", "Velmora Robotics a déposé vendredi une demande de cotation à Hong Kong. Harlow Securities est "
           "le conseil de l'opération. La société prévoit de déployer 1 500 robots d'ici 2028."),
])
def test_the_company_is_not_one_cast_in_another_part(lang: str, text: str) -> None:
    """A name a copula casts in a part other than a company's ('X and Y are the joint
    sponsors') is not 'the company' of a later sentence."""
    goals = [f for f in facts_of(text, "target", lang, date="2026-03-06") if f["args"].get("value") == 1500]
    assert goals and {f["args"]["subject"] for f in goals} == {"Velmora Robotics"}


@pytest.mark.parametrize("text", [
    "Velmora Robotics will list in Hong Kong, and the regulator must approve the filing first. The "
    "company said it aims to deliver 2,000 robots in 2027.",
    "Shares of Velmora Robotics rose 4% on Friday after Harlow Bank raised its target. The company "
    "said it expects to deliver 2,000 robots in 2027.",
])
def test_it_under_a_speech_verb_is_the_speaker(text: str) -> None:
    """'The company said it aims ...': 'it' in a clause under the main one is the main clause's
    subject, not the organisation last named."""
    goals = [f for f in facts_of(text, "target", "en", date="2026-03-06") if f["args"].get("value") == 2000]
    assert goals and {f["args"]["subject"] for f in goals} == {"Velmora Robotics"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Orvane Labs a bouclé jeudi un tour de table de 40 millions d'euros. L'opération est menée "
           "par Peak Ridge Capital, avec la participation de Holt."),
    ("en", "Orvane Labs has raised $40 million in a Series B round. The round was led by Peak Ridge "
           "Capital, with participation from Holt."),
])
def test_who_led_the_round_in_the_next_sentence_is_the_investor(lang: str, text: str) -> None:
    (fact,) = facts_of(text, "funding", lang)
    assert (fact["args"]["subject"], fact["args"]["recipient"]) == ("Peak Ridge Capital", "Orvane Labs")
    assert fact["evidence"]["text"].endswith("Peak Ridge Capital")


def test_a_round_led_in_another_paragraph_changes_nothing() -> None:
    text = "Orvane Labs has raised $40 million in a Series B round.\n\nThe round was led by Peak Ridge Capital."
    (fact,) = facts_of(text, "funding", "en")
    assert fact["args"]["subject"] == "Orvane Labs" and "recipient" not in fact["args"]


@pytest.mark.parametrize(("lang", "text", "product", "value"), [
    ("en", "Brindle unveiled the Halcyon X2 phone on Monday. The Halcyon X2 costs $999.", "Halcyon X2", 999),
    ("en", "A lighter version, Halcyon 4.5 Mini, priced at 0.8 yuan per million tokens, will follow in June.",
     "Halcyon 4.5 Mini", 0.8),
    ("fr", "La puce équipe d'abord le Norvak 15S Pro, proposé à partir de 5 499 yuans.", "Norvak 15S Pro", 5499),
    ("fr", "La tablette Orbelia Tab 3 est vendue à partir de 5 699 yuans.", "Orbelia Tab 3", 5699),
    ("fr", "Le Norvak 15 Ultra voit par ailleurs son prix baisser de 500 yuans, à 5 999 yuans.",
     "Norvak 15 Ultra", 5999),
])
def test_a_product_s_price_is_its_figure(lang: str, text: str, product: str, value: float) -> None:
    """A price is the product's figure; the amount a price changes by is not the price."""
    prices = [f for f in facts_of(text, "metric", lang) if f["rule"].startswith("metric.price")]
    assert [(f["args"]["subject"], f["args"]["value"]) for f in prices] == [(product, value)]


def test_a_company_selling_for_money_states_no_price() -> None:
    """Only a product has a price: 'Brindle sold its unit for $40 million' is none."""
    text = "Brindle Labs sold its robotics unit for $40 million to Orvane Capital."
    assert not [f for f in facts_of(text, "metric", "en") if f["rule"].startswith("metric.price")]


def test_a_second_move_s_subject_is_the_name_right_before_its_verb() -> None:
    """'X a pris 4 % et le spécialiste des câbles Y a grimpé de 5,6 %': the parse often leaves
    the second verb without a subject; the name right before it is its subject, not X."""
    text = ("À la Bourse de Tokyo, Sanwa Tech a pris 4,2 % à 27 850 yens et le spécialiste des "
            "câbles optiques Kiyomura Corp a grimpé de 5,6 %.")
    moves = {(f["args"].get("subject"), f["args"]["change_pct"]) for f in facts_of(text, "stock_move")}
    assert ("Kiyomura Corp", 5.6) in moves and ("Sanwa Tech", 5.6) not in moves


def test_a_launch_verb_the_tagger_read_as_an_adjective() -> None:
    # (a parse of the small English model, on these words)
    found = facts_of("It was a busy month. Baidu unveiled Ernie 5.0 in Beijing.", "launch", "en")
    assert [(f["args"]["subject"], f["args"]["product"]) for f in found] == [("Baidu", "Ernie 5.0")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Korvath unveiled Ardent 2 in October, and Brisac Labs followed with Velo 3 in November.", "en",
     ("Brisac Labs", "Velo 3")),
    ("Brisac Labs lui a emboîté le pas avec Velo-3 fin septembre.", "fr", ("Brisac Labs", "Velo-3")),
])
def test_who_followed_with_a_product_launched_it(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = [(f["args"]["subject"], f["args"]["product"]) for f in facts_of(text, "launch", lang)]
    assert expected in found


def test_following_with_no_product_launches_nothing() -> None:
    assert facts_of("Brisac Labs shares followed with a 3% gain.", "launch", "en") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Le gouvernement norvégien a adopté lundi, en conseil des ministres, la Feuille de route "
     "nationale pour l'intelligence artificielle 2026-2030.", "fr",
     ("Government of Norway", "Feuille de route nationale pour l'intelligence artificielle 2026-2030")),
    ("The cabinet of Norway approved the National AI Strategy 2.0 on Monday.", "en",
     ("Norway", "National AI Strategy 2.0")),
])
def test_adopting_a_plan_launches_it(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = [(f["args"]["subject"], f["args"]["product"]) for f in facts_of(text, "launch", lang)]
    assert found == [expected]


def test_adopting_someone_elses_product_launches_nothing() -> None:
    assert facts_of("La banque Brisac a adopté le modèle Velo-3 pour ses agences.", "launch") == []


def test_a_role_may_take_only_names_holding_a_lexicon_word() -> None:
    data = _frame(roles={"subject": ["subject"], "product": {"named": "launchable_words", "paths": ["object"]}})
    (frame,) = parse_frames(data, "test.yaml")
    assert {r.name: r.named for r in frame.roles}["product"] == "launchable_words"


def test_a_name_beside_a_noun_subject_is_the_subject() -> None:
    # parsed with two subjects, 'action' and 'Xiaomi'; 'l'action' alone stands for the company
    # the sentences before are about
    text = ("Baichuan a conclu un partenariat avec le fabricant de smartphones Xiaomi, qui intégrera "
            "Baichuan 5 Air à son assistant vocal. Le groupe de Lei Jun investit en outre 1,5 milliard "
            "de yuans dans la start-up.\n\nÀ la Bourse de Hong Kong, l'action Xiaomi a pris 3,4 % à "
            "52,75 dollars de Hong Kong, tandis que l'indice Hang Seng Tech progressait de 1,1 %.")
    found = [f["args"]["subject"] for f in facts_of(text, "stock_move") if f["args"]["change_pct"] == 3.4]
    assert found == ["Xiaomi"]
