"""Fact extraction on sentences written for the tests (invented companies and figures)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.annotate import annotate_text

pytestmark = pytest.mark.slow


def facts_of(text: str, kind: str, lang: str = "fr", date: str | None = "2025-06-12"
             ) -> list[dict[str, Any]]:
    return [f for f in annotate_text(text, lang=lang, published=date)["facts"]
            if f["type"] == kind]


def test_stock_move_rise_with_price_in_hkd() -> None:
    (move,) = facts_of("L'action de Qorvex Labs a bondi de 12,5 % pour clôturer à 88,4 dollars "
                       "de Hong Kong jeudi.", "stock_move")
    assert move["args"]["subject"] == "Qorvex Labs"
    assert move["args"]["change_pct"] == pytest.approx(12.5)
    price = move["args"]["price"]
    assert (price["value"], price["currency"]) == (pytest.approx(88.4), "HKD")
    assert "bondi" in move["evidence"]["text"]


def test_stock_move_fall_is_negative() -> None:
    moves = facts_of("Les actions de Velmora ont chuté de 3,2 % mardi à la Bourse de Shanghai.",
                     "stock_move")
    assert [m["args"]["change_pct"] for m in moves] == [pytest.approx(-3.2)]
    assert moves[0]["args"]["subject"] == "Velmora"


def test_stock_move_english() -> None:
    moves = facts_of("Shares of Brindlecore fell 4.1% on Tuesday after the launch.",
                     "stock_move", lang="en")
    assert moves and moves[0]["args"]["change_pct"] == pytest.approx(-4.1)


def test_metric_links_number_to_counted_noun_and_owner() -> None:
    metrics = facts_of("Le district de Lanxiu compte plus de 450 entreprises spécialisées dans "
                       "la robotique.", "metric")
    assert metrics, "no metric"
    m = metrics[0]
    assert m["args"]["value"] == 450
    assert "entreprises" in m["args"]["measure"]
    assert m["args"]["subject"] == "Lanxiu"


def test_a_figure_whose_owner_is_only_named_nearby_is_unsure() -> None:
    (partner, place) = facts_of("Grâce au partenariat avec Norvane Systems, près de 300 ingénieurs "
                                "ont été formés l'an dernier. À Lyon, 2 000 emplois ont été créés.",
                                "metric")
    assert partner["args"]["subject"] == "Norvane Systems" and partner["confidence"] < 0.4
    assert place["args"]["subject"] == "Lyon" and place["confidence"] >= 0.4


def test_metric_range_gives_both_ends() -> None:
    metrics = facts_of("À Lanxiu, un technicien gagnerait entre 12 000 et 15 000 yuans par mois.",
                       "metric")
    values = sorted(m["args"]["value"] for m in metrics)
    assert values[:2] == [12000, 15000]
    assert all(m["modality"] == "reported" for m in metrics)


def test_target_with_deadline_is_projected() -> None:
    targets = facts_of("Le Portugal ambitionne de former 8 000 ingénieurs en IA d'ici 2030.",
                       "target")
    assert targets
    t = targets[0]
    assert t["args"]["deadline"] == 2030 and t["args"]["value"] == 8000
    assert "ingénieurs" in t["args"]["measure"]
    assert t["modality"] == "projected"


def test_funding_raise_with_currency() -> None:
    funding = facts_of("La startup Qorvex Labs a levé 300 millions de dollars pour financer "
                       "ses centres de calcul.", "funding")
    assert funding
    assert funding[0]["args"]["amount"] == {"value": 300_000_000, "currency": "USD"}  # no usd twice


def test_launch_subject_and_product() -> None:
    (launch,) = facts_of("Mardi, Velmora a lancé Norvak-7, un modèle de langage multimodal.",
                         "launch")
    assert launch["args"] == {"subject": "Velmora", "product": "Norvak-7"}


def test_launch_resolves_the_company_by_coreference() -> None:
    launches = facts_of("Velmora a présenté ses résultats. Peu après, l'entreprise a lancé "
                        "Norvak-8.", "launch")
    assert launches and launches[0]["args"]["subject"] == "Velmora"


def test_quote_with_speaker_after_the_quote() -> None:
    quotes = facts_of("« Nous allons doubler nos effectifs à Lisbonne », a déclaré Marta Quelhas, "
                      "directrice générale de Velmora.", "quote")
    assert quotes
    assert quotes[0]["args"]["speaker"] == "Marta Quelhas"
    assert quotes[0]["args"]["text"].startswith("Nous allons doubler")


def test_quote_english_said() -> None:
    quotes = facts_of("“We will open two labs this year,” said Arvid Kellner, chief executive of "
                      "Brindlecore.", "quote", lang="en")
    assert quotes and quotes[0]["args"]["speaker"] == "Arvid Kellner"


def test_role_from_apposition() -> None:
    roles = facts_of("Marta Quelhas, analyste chez Brindlecore, juge la valorisation élevée.",
                     "role")
    assert roles
    assert roles[0]["args"]["person"] == "Marta Quelhas"
    assert "analyste" in roles[0]["args"]["title"]
    assert roles[0]["args"]["org"] == "Brindlecore"


def test_role_from_title_before_name() -> None:
    roles = facts_of("Le vice-ministre de l'Économie, Tomas Rekvald, a inauguré le salon.", "role")
    assert roles and roles[0]["args"]["person"] == "Tomas Rekvald"
    assert "vice-ministre" in roles[0]["args"]["title"]


def test_agreement_parties() -> None:
    agreements = facts_of("Velmora et Brindlecore ont signé un protocole d'accord sur la "
                          "formation.", "agreement")
    assert agreements
    assert {"Velmora", "Brindlecore"} <= set(agreements[0]["args"]["parties"])


def test_event_with_place() -> None:
    events = facts_of("Le Salon Robotica 2025 s'est tenu à Lisbonne le 3 mai 2025.", "event")
    assert events
    assert events[0]["args"]["name"].startswith("Salon Robotica")
    assert events[0]["date"] == "2025-05-03"


def test_no_date_invented_without_publication_date() -> None:
    facts = annotate_text("Jeudi, les actions de Velmora ont grimpé de 5 %.", lang="fr",
                          published=None)["facts"]
    assert facts and all(f["date"] is None for f in facts)


def test_every_fact_has_evidence_inside_the_text() -> None:
    text = ("La startup Qorvex Labs a levé 300 millions de dollars. Ses actions ont bondi de 9 %. "
            "« C'est un tournant », a déclaré Marta Quelhas.")
    result = annotate_text(text, lang="fr", published="2025-06-12")
    assert result["facts"]
    for f in result["facts"]:
        ev = f["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_goal_without_number_for_both_companies() -> None:
    targets = facts_of("Des analystes suivent Qorvex Labs et Velmora, les deux entreprises devant "
                       "devenir rentables en 2028.", "target")
    subjects = {t["args"]["subject"] for t in targets if t["args"].get("deadline") == 2028}
    assert subjects == {"Qorvex Labs", "Velmora"}
    assert all("rentables" in t["args"]["measure"] for t in targets)


def test_growth_rate_with_until_deadline() -> None:
    targets = facts_of("Les analystes prévoient que Velmora croîtra de 45 % par an jusqu'en 2029.",
                       "target")
    assert targets and targets[0]["args"]["deadline"] == 2029
    assert targets[0]["args"]["value"] == 45 and targets[0]["args"]["unit"] == "%"


def test_converted_amount_in_parentheses_is_not_a_second_fact() -> None:
    metrics = facts_of("Le district de Lanxiu génère 50 milliards de yuans (7 milliards de "
                       "dollars) de valeur ajoutée.", "metric")
    assert [m["args"]["unit"] for m in metrics] == ["CNY"]
    assert "valeur" in metrics[0]["args"]["measure"]


def test_small_number_word_referring_back_is_not_a_figure() -> None:
    text = "Le Portugal et le Maroc ont renforcé leurs liens. Les deux pays ont signé un accord."
    assert not facts_of(text, "metric")


def test_clause_modality_keeps_present_clause_asserted() -> None:
    metrics = facts_of("À Lanxiu, 40 % des recruteurs chercheront des experts, tandis que 55 % "
                       "des postes concernent déjà la robotique.", "metric")
    by_value = {m["args"]["value"]: m["modality"] for m in metrics}
    assert by_value[40] == "projected" and by_value[55] == "asserted"


@pytest.mark.parametrize("text,lang", [
    ("Velmora a signé un accord avec Brisac, aux termes duquel Brisac distribuera ses modèles.", "fr"),
    ("Velmora signed an agreement with Brisac under which Brisac will resell its models.", "en"),
])
def test_a_future_in_a_relative_clause_of_the_object_is_not_the_verbs(text: str, lang: str) -> None:
    (deal,) = facts_of(text, "agreement", lang)
    assert set(deal["args"]["parties"]) == {"Velmora", "Brisac"}
    assert deal["modality"] == "asserted"


@pytest.mark.parametrize("text,lang", [
    ("Velmora signed a supply deal with Seoul-based Brisac on Monday.", "en"),
    ("Velmora announced a partnership with San Francisco-based Brisac.", "en"),
])
def test_a_place_before_based_is_not_the_party(text: str, lang: str) -> None:
    (deal,) = facts_of(text, "agreement", lang)
    assert "Brisac" in deal["args"]["parties"]
    assert not {"Seoul", "San Francisco"} & set(deal["args"]["parties"])


def test_horizon_counts_from_publication_year() -> None:
    targets = facts_of("La zone de Lanxiu vise à réunir 500 entreprises dans les 10 prochaines "
                       "années.", "target", date="2024-03-01")
    assert targets and targets[0]["args"]["deadline"] == 2034


def test_money_in_another_currency_carries_its_usd_value_and_rate_date() -> None:
    (move,) = facts_of("L'action de Qorvex Labs a bondi de 12,5 % pour clôturer à 88,4 dollars "
                       "de Hong Kong jeudi.", "stock_move")
    price = move["args"]["price"]
    assert 10 < price["usd"] < 12.5  # HKD is pegged near 7.8 to the dollar
    assert price["usd_rate_date"] <= "2025-06-12"


def test_coreference_prefers_the_previous_subject() -> None:
    launches = facts_of("Velmora raised $40 million in a round led by Brindlecore Capital. "
                        "The company launched Norvak-9 on Thursday.", "launch", lang="en")
    assert launches and launches[0]["args"]["subject"] == "Velmora"


def test_goal_without_a_named_owner_is_still_a_target() -> None:
    targets = facts_of("The government aims to train 40,000 AI engineers by 2029.", "target",
                       lang="en")
    assert targets and targets[0]["args"]["value"] == 40000
    assert targets[0]["args"]["deadline"] == 2029


def test_funding_purpose_only_from_an_infinitive() -> None:
    (funding,) = facts_of("Velmora raised $40 million, according to people familiar with the "
                          "matter.", "funding", lang="en")
    assert "purpose" not in funding["args"]


def test_evidence_never_cuts_a_grouped_number() -> None:
    (metric,) = facts_of("Le salon Valdore proposera 1 200 emplois aux jeunes diplômés.", "metric")
    assert metric["args"]["value"] == 1200
    assert metric["evidence"]["text"].startswith("1 200 emplois")


def test_event_dated_by_the_sentence_that_states_its_day() -> None:
    (event,) = facts_of("Le salon Valdore proposera 1 200 emplois aux jeunes diplômés. Le salon "
                        "Valdore se tiendra le 12 février 2026 à Lyon.", "event", date="2025-12-01")
    assert event["date"] == "2026-02-12"
    assert event["args"].get("place") == "Lyon"


def test_agreement_signer_named_before_is_a_party() -> None:
    text = ("Orbelle Systems a dévoilé jeudi un nouveau modèle. Dans la foulée, le groupe a signé un "
            "protocole d'accord avec l'opérateur Castelmar Telecom.")
    (agreement,) = facts_of(text, "agreement")
    assert agreement["args"]["parties"] == ["Orbelle Systems", "Castelmar Telecom"]


def test_role_title_keeps_the_whole_company_name() -> None:
    text = "« Nous voulons grandir », a déclaré Inès Baptiste, présidente d'Orbelle Systems."
    (role,) = facts_of(text, "role")
    assert (role["args"]["person"], role["args"].get("org")) == ("Inès Baptiste", "Orbelle Systems")


def test_goal_owner_through_a_subject_phrase_and_its_own_horizon() -> None:
    text = ("Le titre Orbelle Systems a gagné 6,2 % à la Bourse de Paris. L'entreprise vise un "
            "chiffre d'affaires de 500 millions d'euros d'ici 2028 et compte recruter 300 ingénieurs "
            "cette année.")
    targets = {t["args"]["measure"]: t for t in facts_of(text, "target", date="2025-05-15")}
    assert {t["args"]["subject"] for t in targets.values()} == {"Orbelle Systems"}
    assert targets["chiffre d'affaires"]["args"]["deadline"] == 2028
    assert targets["ingénieurs"]["args"]["deadline"] == 2025


EN_ARTICLE = ("Tarrow Labs, a San Francisco start-up that builds coding assistants, said on Tuesday it had "
              "raised $120 million in a funding round led by Feldspar Ventures, valuing the company at "
              "$1.5 billion. \"We are seeing demand we did not expect a year ago,\" said Priya Raman, "
              "Tarrow's chief executive. It signed a memorandum of understanding with the University of "
              "Leeds on Wednesday.")


def test_english_valuation_is_not_money_raised() -> None:
    funding = facts_of(EN_ARTICLE, "funding", lang="en", date="2025-09-09")
    assert {f["args"]["amount"]["value"] for f in funding} == {120_000_000}


def test_english_possessive_title_and_dates_inside_a_quote() -> None:
    (role,) = facts_of(EN_ARTICLE, "role", lang="en", date="2025-09-09")
    assert (role["args"]["title"], role["args"]["org"]) == ("chief executive", "Tarrow Labs")
    (quote,) = facts_of(EN_ARTICLE, "quote", lang="en", date="2025-09-09")
    assert role["date"] == quote["date"] == "2025-09-09"  # not 'a year ago', which is quoted


def test_english_pronoun_subject_is_a_party() -> None:
    (agreement,) = facts_of(EN_ARTICLE, "agreement", lang="en", date="2025-09-09")
    assert agreement["args"]["parties"] == ["Tarrow Labs", "University of Leeds"]


@pytest.mark.parametrize("text, lang, person, title", [
    ("Kelvane Semiconductor a annoncé la nomination de Park Seo-jin au poste de directrice générale.",
     "fr", "Park Seo-jin", "directrice générale"),
    ("Le groupe Orbelle a annoncé que Marc Duval a été nommé directeur financier.", "fr", "Marc Duval",
     "directeur financier"),
    ("Brightwell said Anna Berg was appointed chief executive on Monday.", "en", "Anna Berg",
     "chief executive"),
])
def test_role_from_an_appointment(text: str, lang: str, person: str, title: str) -> None:
    (role,) = facts_of(text, "role", lang=lang)
    assert (role["args"]["person"], role["args"]["title"]) == (person, title)


def test_appointment_without_a_title_is_no_role() -> None:
    assert facts_of("Marc Duval est un investisseur connu à Lyon.", "role") == []


def test_a_later_year_is_a_horizon_and_last_year_a_past_figure() -> None:
    text = "The company Veridia Compute expects revenue of $4 billion in 2026, up from $2.7 billion last year."
    (target,) = facts_of(text, "target", lang="en", date="2025-06-11")
    assert (target["args"]["deadline"], target["args"]["value"]) == (2026, 4_000_000_000)
    assert all(m["args"]["value"] != 4_000_000_000 for m in facts_of(text, "metric", lang="en", date="2025-06-11"))


def test_agreed_partnership_is_an_agreement() -> None:
    text = "Veridia Compute agreed to a partnership with the cloud provider Nimbrook on Wednesday."
    (agreement,) = facts_of(text, "agreement", lang="en")
    assert agreement["args"]["parties"] == ["Veridia Compute", "Nimbrook"]


def test_a_year_after_a_time_word_is_not_a_count() -> None:
    text = "Analysts expect AI revenue at Brightwell to remain below 5% of total sales until at least 2025."
    values = [m["args"]["value"] for m in facts_of(text, "metric", lang="en", date="2023-08-24")]
    assert 2025 not in values and 5 in values
    (jobs,) = facts_of("Plus de 2000 emplois sont proposés par Cyberport.", "metric")
    assert jobs["args"]["value"] == 2000


def test_a_dateline_is_its_own_sentence_and_a_headline_states_funding() -> None:
    text = ("Lumoria boucle un tour de table de 45 millions d'euros\n\nParis, le 3 octobre 2025 – La "
            "start-up parisienne Lumoria a bouclé un tour de table de 45 millions d'euros mené par le "
            "fonds Orvane Capital.")
    funding = facts_of(text, "funding", date="2025-10-03")
    # the headline states it too ('Lumoria boucle ...'): one funding, with its investor
    (led,) = funding
    assert (led["args"]["subject"], led["args"]["recipient"]) == ("Orvane Capital", "Lumoria")
    assert led["date"] == "2025-10-03"


@pytest.mark.parametrize("second", ["Its shares fell 5.6% in Tokyo.", "The company's shares fell 5.6% in Tokyo."])
def test_possessive_pronoun_or_noun_names_the_company_whose_shares_move(second: str) -> None:
    (move,) = facts_of(f"Brightwell unveiled a new robot on Monday. {second}", "stock_move", lang="en")
    assert (move["args"]["subject"], move["args"]["change_pct"]) == ("Brightwell", -5.6)


def test_an_audience_belongs_to_the_event_named_just_before() -> None:
    text = "Le salon Valdore s'est ouvert mardi à Lyon. Il a attiré 4 500 visiteurs venus de Marseille."
    (metric,) = [m for m in facts_of(text, "metric") if m["args"]["value"] == 4500]
    assert metric["args"]["subject"] == "Valdore"


SORANO = ("Sorano AI, a Tokyo-based developer of large language models, on Tuesday launched Kaze-1 "
          "and said it had signed a memorandum of understanding with telecom operator Hikari Mobile. "
          "The company, founded in 2023 by former Google researcher Aiko Tanaka, raised 12 billion yen "
          "in a round led by SoftBank Group last year.")


def test_name_with_ai_suffix_and_based_is_no_party() -> None:
    (agreement,) = facts_of(SORANO, "agreement", lang="en", date="2025-03-04")
    assert agreement["args"]["parties"] == ["Sorano AI", "Hikari Mobile"]


def test_subject_is_not_inside_its_describing_clause_and_date_is_the_nearest() -> None:
    (funding,) = facts_of(SORANO, "funding", lang="en", date="2025-03-04")
    assert (funding["args"]["subject"], funding["args"]["recipient"]) == ("SoftBank Group", "Sorano AI")
    assert funding["date"] == "2024"  # 'last year', not 'founded in 2023'


def test_a_figure_of_today_is_a_metric_and_the_plan_beside_it_a_target() -> None:
    text = ("La jeune pousse Ostrava Data compte aujourd'hui 140 ingénieurs et prévoit d'en "
            "embaucher 60 de plus d'ici la fin de 2027.")
    (metric,) = [m for m in facts_of(text, "metric") if m["args"]["value"] == 140]
    assert "ingénieurs" in metric["args"]["measure"]
    (target,) = facts_of(text, "target")
    assert (target["args"]["value"], target["args"]["deadline"]) == (60, 2027)
    assert "ingénieurs" in target["args"]["measure"]  # what 'en' stands for


def test_a_goal_compared_with_today_stays_a_goal() -> None:
    text = ("Le gouvernement souhaite que le numérique pèse 25 % de l'économie en 2032, contre "
            "environ 11 % aujourd'hui.")
    (target,) = facts_of(text, "target")
    assert (target["args"]["value"], target["args"]["deadline"]) == (25, 2032)
    assert [m["args"]["value"] for m in facts_of(text, "metric")] == [11]


def test_an_analysts_price_target_is_no_funding_and_no_metric() -> None:
    text = "Analysts at Merrow Capital raised their price target on Halden Motors to $75."
    assert facts_of(text, "funding", lang="en") == []
    assert facts_of(text, "metric", lang="en") == []
    fr = "Les analystes de Garance Finance ont relevé leur objectif de cours à 42 euros."
    assert facts_of(fr, "funding") == [] and facts_of(fr, "metric") == []


def test_the_company_moves_not_the_exchange_it_is_listed_on() -> None:
    text = ("Corvant Systems unveiled a new inference chip on Monday. Shares of the "
            "Nasdaq-listed company rose 7% to $31.20.")
    moves = facts_of(text, "stock_move", lang="en")
    assert moves and {m["args"]["subject"] for m in moves} == {"Corvant Systems"}


def test_places_listed_after_in_are_no_parties_and_the_topic_stops_at_a_comma() -> None:
    text = ("Vellum Logistics signed a partnership agreement with Aster Freight, which will "
            "use its robots in Lisbon and Porto.")
    (deal,) = facts_of(text, "agreement", lang="en")
    assert deal["args"]["parties"] == ["Vellum Logistics", "Aster Freight"]
    assert deal["args"]["topic"] == "agreement with Aster Freight"


@pytest.mark.parametrize("text, lang", [
    ("Le chiffre d'affaires de Norvane a été multiplié par trois en deux ans.", "fr"),
    ("Tessaly wants to divide by ten the energy its servers use.", "en"),
])
def test_a_factor_is_not_a_count(text: str, lang: str) -> None:
    assert facts_of(text, "metric", lang=lang) == []


@pytest.mark.parametrize("text, lang, measure", [
    ("Corvane plans to double its headcount to 400 by the end of 2027.", "en", "headcount"),
    ("Ostrava Data veut porter ses effectifs à 400 d'ici 2027.", "fr", "effectifs"),
])
def test_a_target_counts_the_object_raised_to_it(text: str, lang: str, measure: str) -> None:
    (target,) = facts_of(text, "target", lang=lang)
    assert (target["args"]["value"], target["args"]["deadline"]) == (400, 2027)
    assert target["args"]["measure"] == measure


def test_a_figure_of_today_is_dated_today_not_by_a_year_in_its_sentence() -> None:
    text = ("The company, which was founded in 2019 by two engineers, says its software is now "
            "used by 9,500 nurses.")
    (metric,) = [m for m in facts_of(text, "metric", lang="en", date="2025-09-09")
                 if m["args"]["value"] == 9500]
    assert metric["date"] == "2025-09-09"


def test_a_funding_stated_twice_is_kept_where_the_investor_is_named() -> None:
    text = ("Halvane raises $40 million for its clinical assistant\n\nHalvane said on Monday it "
            "had raised $40 million in a round led by Sorrel Partners.")
    fundings = facts_of(text, "funding", lang="en")
    assert [(f["args"]["subject"], f["args"].get("recipient")) for f in fundings] == [
        ("Sorrel Partners", "Halvane")]


def test_the_government_is_the_one_named_before_else_the_country() -> None:
    (named,) = facts_of("Le gouvernement chilien a présenté sa stratégie mardi. Le gouvernement "
                        "veut porter le parc national à 50 000 GPU d'ici 2028.", "target")
    assert named["args"]["subject"] == "Government of Chile"
    (country,) = facts_of("L'Inde accélère sa mission IA. Le gouvernement veut porter le parc "
                          "national à 50 000 GPU d'ici 2028.", "target")
    assert country["args"]["subject"] == "India"


def test_we_in_an_interview_is_the_company_and_in_a_quotation_whoever_speaks() -> None:
    text = ("Orbelia AI prépare sa croissance. La société Orbelia AI compte 85 salariés.\n\n"
            "Quels sont vos objectifs ?\n\nNous voulons atteindre 200 salariés d'ici fin 2026.\n\n"
            "« Nous voulons former 5 000 ingénieurs d'ici 2030 », a déclaré le ministre.")
    targets = {f["args"]["value"]: f for f in facts_of(text, "target")}
    assert targets[200]["args"]["subject"] == "Orbelia AI" and targets[200]["confidence"] >= 0.4
    assert targets[5000]["confidence"] < 0.4  # only a guess: the article's main company


def test_a_deadline_in_a_relative_clause_dates_that_clause_not_the_number_before() -> None:
    text = ("L'ensemble représente un investissement de 80 millions d'euros, a précisé le groupe "
            "Norvane, qui compte doubler la capacité du site d'ici fin 2027.")
    targets = facts_of(text, "target")
    assert [t["args"].get("value") for t in targets] == [None]
    assert "doubler" in targets[0]["args"]["measure"] and targets[0]["args"]["deadline"] == 2027
    assert not facts_of("Selon Wen Bo, Lanxiu compte plus de 700 entreprises spécialisées dans "
                        "l'IA, qui génèrent 9 milliards de yuans.", "target")  # counts, intends nothing


def test_a_price_per_share_is_no_money_raised() -> None:
    assert not facts_of("Orbelia Robotics shares closed at HK$118.4 after the company secured "
                        "HK$58 a share in its placement.", "funding", lang="en")
    (raised,) = facts_of("Orbelia Robotics raised HK$2.1 billion in its placement.", "funding",
                         lang="en")
    assert raised["args"]["amount"]["value"] == pytest.approx(2.1e9)


def test_it_after_that_in_a_report_is_the_one_who_reports() -> None:
    text = ("Valmera Capital, le fonds souverain créé en février par le président chilien Tomás Aguirre, a "
            "annoncé le mois dernier qu'il investirait 1 milliard de dollars dans des centres de "
            "données.")
    (invest,) = facts_of(text, "funding")
    assert invest["args"]["subject"] == "Valmera Capital"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shares of Orbelia Robotics closed 4.5% higher at HK$88, while the Hang Seng Index "
           "ended at 23,787 points."),
    ("fr", "Le titre Orbelia a terminé en hausse de 4,5 % à 88 dollars de Hong Kong, et l'indice "
           "Hang Seng a fini à 23 787 points."),
])
def test_prices_levels_and_moves_are_no_counted_figures(lang: str, text: str) -> None:
    assert not facts_of(text, "metric", lang=lang)


def test_an_amount_restated_in_another_currency_is_one_funding() -> None:
    (raised,) = facts_of("La start-up Orbelia AI a bouclé un tour de table de 20 milliards de yens, "
                         "soit environ 135 millions de dollars, auprès de Brindle Capital.", "funding")
    assert raised["args"]["amount"] == {**raised["args"]["amount"], "value": 2e10, "currency": "JPY"}


def test_money_set_aside_is_funding() -> None:
    (grant,) = facts_of("The Chilean government has set aside $150 million for Orbelia Compute, "
                        "a programme that helps companies use AI.", "funding", lang="en")
    assert grant["args"]["amount"]["value"] == pytest.approx(1.5e8)


def test_the_investor_who_leads_a_round_is_named_first() -> None:
    (raised,) = facts_of("Orbelia AI a annoncé une levée de fonds de série A de 18 millions de dollars "
                         "menée par Brindle Capital, avec la participation de Harwick Ventures.",
                         "funding")
    assert raised["args"]["subject"] == "Brindle Capital"


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("en", "The company does not expect to break even before 2027.", "break even"),
    ("en", "Orbelia unveiled a chip, which it plans to start shipping to customers in 2027.",
     "start shipping"),
    ("en", "The first phase of the Orbelia campus is due to go live by the end of 2027.", "go live"),
    ("fr", "Paul Ternier promet un retour à l'équilibre budgétaire à l'horizon 2027.",
     "retour à l'équilibre budgétaire"),
])
def test_a_goal_with_no_figure_is_named_by_its_whole_phrase(lang: str, text: str,
                                                            measure: str) -> None:
    (goal,) = facts_of(text, "target", lang=lang)
    assert goal["args"]["measure"] == measure and goal["args"]["deadline"] == 2027


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("fr", "Velmora Systems et Qorvex Labs ont signé mardi un accord de partenariat.",
     ["Velmora Systems", "Qorvex Labs"]),
    ("en", "Velmora, Brindle Capital and Qorvex Labs signed a cooperation agreement on Tuesday.",
     ["Velmora", "Brindle Capital", "Qorvex Labs"]),
])
def test_names_listed_before_the_subject_sign_too(lang: str, text: str, parties: list[str]) -> None:
    (deal,) = facts_of(text, "agreement", lang=lang)
    assert deal["args"]["parties"] == parties


def test_a_company_named_before_is_not_launched_but_a_programme_or_a_new_company_is() -> None:
    text = ("Velmora Systems travaille avec Qorvex Labs depuis 2021. Velmora Systems a lancé "
            "Qorvex Labs dans la course aux puces. Le ministère a lancé le Programme national "
            "Orbelia pour les start-up. Le fonds Brindle Capital a lancé Harwick Robotics, une "
            "société de robotique.")
    products = {f["args"].get("product") for f in facts_of(text, "launch")}
    assert "Qorvex Labs" not in products
    assert "Harwick Robotics" in products


@pytest.mark.parametrize(("lang", "text", "subject", "change"), [
    ("fr", "À la Bourse de Taipei, le titre Velmora a gagné 1,9 %. Qorvex Labs a progressé de 2,4 %, "
           "tandis que Harwick Systems, autre assembleur de serveurs, a reculé de 0,8 %.",
     "Harwick Systems", -0.8),
    ("fr", "L'action Velmora a grimpé de 4,1 %, dans un marché en légère hausse : l'indice "
           "composite de Jakarta a gagné 0,6 %.", "Indice composite de Jakarta", 0.6),
    ("en", "Velmora shares rose 1.2 per cent on Thursday, outperforming the benchmark Straits Times "
           "Index, which ended the day 0.4 per cent higher.", "Straits Times Index", 0.4),
])
def test_a_second_move_in_a_sentence_is_its_own_subject_s(lang: str, text: str, subject: str,
                                                         change: float) -> None:
    moves = {m["args"]["change_pct"]: m["args"]["subject"] for m in facts_of(text, "stock_move", lang=lang)}
    assert moves[change] == subject


def test_two_agreements_of_one_signatory_in_a_sentence_are_two_and_a_relative_names_a_party() -> None:
    text = ("Velmora also signed a memorandum of understanding with Japan's Qorvex Labs to build "
            "data centres, and a cooperation agreement with India's Harwick Systems to train "
            "engineers.")
    parties = [f["args"]["parties"][:2] for f in facts_of(text, "agreement", lang="en")]
    assert parties == [["Velmora", "Qorvex Labs"], ["Velmora", "Harwick Systems"]]
    (deal,) = facts_of("Les investisseurs ont salué la levée, selon Xu Ming, analyste chez CLSA. La "
                       "start-up Orbelia AI loue ses serveurs auprès de Qorvex Cloud, avec qui elle "
                       "a signé en 2024 un accord de partenariat.", "agreement")
    assert deal["args"]["parties"] == ["Orbelia AI", "Qorvex Cloud"]


def test_the_kingdom_is_the_country_named_before() -> None:
    text = ("La Thaïlande a présenté mardi son plan national pour l'IA. Le royaume entend former "
            "100 000 professionnels de l'IA d'ici 2027.")
    (goal,) = facts_of(text, "target")
    assert goal["args"]["subject"] == "Thailand"


def test_a_forecast_of_a_company_s_share_is_its_target_and_the_analyst_its_source() -> None:
    text = ("Velmora's share of the market, which stood at 66% in 2024, is expected to fall to 54% "
            "in 2027, Brindle Research said.")
    (goal,) = [g for g in facts_of(text, "target", lang="en", date="2025-11-10")
               if g["args"]["value"] == 54]
    assert (goal["args"]["subject"], goal["args"]["measure"], goal["args"].get("source")) == (
        "Velmora", "share", "Brindle Research")


def test_a_place_based_company_is_the_company_and_a_city_opens_an_event_s_name() -> None:
    text = ("Velmora Systems said results were strong. The Beijing-based designer of server "
            "processors reported revenue of 10.3 billion yuan for the first nine months.")
    (revenue,) = facts_of(text, "metric", lang="en", date="2025-11-10")
    assert revenue["args"]["subject"] == "Velmora Systems"
    (fair,) = facts_of("Le Bengaluru Tech Summit 2025 a réuni 1 100 exposants.", "metric")
    assert fair["args"]["subject"] == "Bengaluru Tech Summit 2025"


def test_a_company_that_counts_on_a_figure_sets_a_target_measured_like_the_figure_before() -> None:
    text = ("Velmora a publié mercredi soir un chiffre d'affaires de 57 milliards de dollars pour son "
            "troisième trimestre, en hausse de 62 % sur un an, et table sur 65 milliards de dollars "
            "pour le trimestre en cours.")
    (goal,) = facts_of(text, "target", date="2025-11-20")
    assert goal["args"]["measure"] == "chiffre d'affaires" and goal["args"]["value"] == 6.5e10


@pytest.mark.parametrize(("lang", "text"), [
    # the same amount restated in another currency
    ("fr", "Le groupe Orbelia a investi 13,5 milliards de yuans (environ 1,65 milliard d'euros) dans "
           "ses puces."),
    ("fr", "Orbelia AI a levé 20 milliards de yens, soit près de 130 millions de dollars."),
    ("en", "Orbelia Robotics spent HK$5.6 billion, or about US$715 million, on its plants."),
    # an exchange rate
    ("fr", "Le yen s'échangeait à 157,3 pour un dollar en fin de séance."),
    ("en", "The yuan traded at 7.2 per dollar on Monday."),
    # a starting price with no word of selling or pricing (one with it is the product's price,
    # test_frames.test_a_product_s_price_is_its_figure)
    ("en", "The Orbelia Phone 2 is available starting at $999."),
    # a size
    ("fr", "La tablette Orbelia Tab 3 est dotée d'un écran de 14 pouces."),
])
def test_restated_amounts_rates_starting_prices_and_sizes_are_no_figures(lang: str, text: str) -> None:
    assert [f["args"] for f in facts_of(text, "metric", lang=lang) if f["confidence"] >= 0.4] == []


def test_a_figure_after_a_name_and_at_is_that_names() -> None:
    (share,) = facts_of("Kestrel Systems remained the largest server vendor, followed by Orbelia "
                        "Computing at 12.1%.", "metric", lang="en")
    assert share["args"]["subject"] == "Orbelia Computing" and share["args"]["value"] == 12.1


def test_the_company_is_not_the_agency_named_before_it() -> None:
    (goal,) = facts_of("The Valdoria Investment Authority approved a plant of Orbelia Semiconductor on "
                       "Monday. The company does not expect to break even before 2027.", "target",
                       lang="en")
    assert goal["args"]["subject"] == "Orbelia Semiconductor"



@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Analysts at Brindle Research estimate the Thai robot market could reach 870 billion "
           "baht by 2030.", "Thailand"),
    ("fr", "Selon Brindle Research, le marché chinois des robots de service pourrait atteindre 870 "
           "milliards de yuans d'ici 2030.", "Chine"),
])
def test_a_national_markets_goal_is_the_countrys(lang: str, text: str, country: str) -> None:
    (goal,) = facts_of(text, "target", lang=lang)
    assert goal["args"]["subject"] == country and goal["args"]["value"] == 8.7e11


def test_a_companys_nationality_is_not_its_owner() -> None:
    assert all(f["args"].get("subject") != "Chine"
               for f in facts_of("Une start-up chinoise compte déjà 300 salariés.", "metric"))


@pytest.mark.parametrize(("lang", "text", "product"), [
    ("fr", "Le groupe Orbelia a lancé son premier SUV électrique, le KX7, en juin.", "KX7"),
    ("en", "Orbelia Robotics debuted its first chip, the VX-9, at a fair in Penang last month.", "VX-9"),
])
def test_the_name_beside_a_launched_common_noun_is_the_product(lang: str, text: str, product: str) -> None:
    (launch,) = facts_of(text, "launch", lang=lang)
    assert launch["args"]["product"] == product


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbelia Robotics makes robots for car factories. The Walker Q3, unveiled in July, can swap "
           "its own battery in three minutes."),
    ("fr", "Orbelia Robotics fabrique des robots pour les usines. Le Walker Q3, dévoilé en juillet, "
           "change seul sa batterie en trois minutes."),
])
def test_a_product_launched_by_no_one_named_is_the_articles_companys(lang: str, text: str) -> None:
    (launch,) = facts_of(text, "launch", lang=lang)
    assert launch["args"] == {**launch["args"], "subject": "Orbelia Robotics", "product": "Walker Q3"}


def test_an_amount_in_a_relative_clause_is_that_clauses_subjects() -> None:
    text = ("Le pays a obtenu des engagements d'investissement d'Orbelia Cloud, qui investira 2 milliards "
            "de dollars dans un centre de données.")
    funding = [f for f in facts_of(text, "funding") if f["args"]["amount"]["value"] == 2e9]
    assert [f["args"]["subject"] for f in funding] == ["Orbelia Cloud"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbelia Chips is the main beneficiary. Its processors should account for 23% of the market in "
           "2025, according to a report by Brindle Research."),
    ("fr", "Selon un rapport de Brindle Research, les processeurs d'Orbelia Chips devraient représenter "
           "23 % du marché en 2025."),
])
def test_a_reported_forecast_for_this_year_is_a_goal(lang: str, text: str) -> None:
    (goal,) = facts_of(text, "target", lang=lang, date="2025-12-09")
    assert goal["args"]["value"] == 23 and goal["args"]["deadline"] == 2025


@pytest.mark.parametrize(("lang", "text", "subject"), [
    # the parse makes 'l'un des ... d'OpenAI' the subject: the name in it is the other party
    ("fr", "SoftBank Group, l'un des principaux investisseurs d'OpenAI, s'est apprécié de 1,8 % à "
           "19 335 yens.", "SoftBank Group"),
    # a name set beside the noun of relation is the thing itself
    ("fr", "Le titre du fournisseur Kestrel Optics a bondi de 5 % à 20 euros.", "Kestrel Optics"),
])
def test_a_name_after_a_noun_of_relation_is_not_the_subject(lang: str, text: str, subject: str) -> None:
    (move,) = facts_of(text, "stock_move", lang=lang)
    assert move["args"]["subject"] == subject


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbelia unveiled Kestrel 4.0 on Tuesday. The new model comes in a 32-billion-parameter "
           "version for enterprise customers."),
    ("fr", "La start-up Orbelia AI a dévoilé mardi son modèle Kestrel 4.0. Le nouveau modèle compte 32 "
           "milliards de paramètres."),
])
def test_the_model_stands_for_the_product_named_last(lang: str, text: str) -> None:
    sizes = [f for f in facts_of(text, "metric", lang=lang) if f["args"]["value"] == 3.2e10]
    assert [f["args"]["subject"] for f in sizes] == ["Kestrel 4.0"]


def test_the_analysts_a_consensus_polls_are_no_figure() -> None:
    text = ("Kestrel Electronics said net profit for the July-September quarter came in at NT$57.67 billion "
            "($1.86 billion), compared with an average forecast of NT$53.1 billion from 19 analysts "
            "polled by Brindle Data.")
    shown = [f["args"]["value"] for f in facts_of(text, "metric", lang="en") if f["confidence"] >= 0.4]
    assert shown == [5.767e10]  # the profit; neither the analysts nor their average forecast


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbelia Group will invest 100 trillion won over the next five years, with robots, batteries "
           "and drugs as its three priorities."),
    ("fr", "Orbelia Group investira 100 000 milliards de wons d'ici 2030, avec trois priorités : les "
           "robots, les batteries et les médicaments."),
])
def test_a_few_things_in_words_are_no_goal(lang: str, text: str) -> None:
    assert all(f["args"].get("value") != 3 or f["confidence"] < 0.4
               for f in facts_of(text, "target", lang=lang))


def test_undated_facts_hold_at_the_day_the_lead_says_the_news_happened() -> None:
    text = ("Brindlecore raises $30 million\n\nBy A. Writer\n\nOSLO — Brindlecore, a "
            "Norwegian maker of speech-recognition software for hospitals, said on Monday that it "
            "had raised $30 million in a round led by Sorrel Partners.\n\n\"We will hire,\" said "
            "Ingrid Dahl, the company's chief executive.")
    (funding,) = facts_of(text, "funding", lang="en", date="2025-09-10")  # a Wednesday
    assert funding["date"] == "2025-09-08"
    # a title is a state: it holds on the day the article came out
    (role,) = facts_of(text, "role", lang="en", date="2025-09-10")
    assert role["date"] == "2025-09-10"
    # a day the sentence states stays its date
    (funding,) = facts_of(text.replace("on Monday", "on 1 September"), "funding", lang="en",
                          date="2025-09-10")
    assert funding["date"] == "2025-09-01"


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "Brindlecore raises $30 million\n\nBy A. Writer\nOslo, 10 September 2025\n\nBrindlecore, a "
           "Norwegian maker of speech-recognition software for hospitals, said on Monday that it had "
           "raised $30 million in a round led by Sorrel Partners, its largest so far.", "2025-09-08"),
    ("fr", "Brindlecore lève 30 millions de dollars\n\nPublié le 10 sept. 2025\n\nBrindlecore, éditeur "
           "norvégien de logiciels de reconnaissance vocale pour les hôpitaux, a annoncé lundi avoir levé "
           "30 millions de dollars lors d'un tour mené par Sorrel Partners.", "2025-09-08"),
])
def test_without_a_date_given_the_lead_s_day_reads_against_the_dateline(lang: str, text: str, day: str) -> None:
    """No date of publication given: 'on Monday' in the lead reads against the dateline's day
    (the 10th, a Wednesday), and undated facts hold at the Monday."""
    (funding,) = facts_of(text, "funding", lang=lang, date=None)
    assert funding["date"] == day


def test_a_market_wrap_s_undated_moves_are_of_the_session_the_last_dated_move_names() -> None:
    text = ("Qorvex Labs shares closed 4.1% higher on Friday after its results.\n\n"
            "The benchmark index rose 1.2%, and Velmora gained 2.5%.")
    moves = facts_of(text, "stock_move", lang="en", date="2025-09-15")  # a Monday
    assert {m["args"]["subject"]: m["date"] for m in moves} == {
        "Qorvex Labs": "2025-09-12", "Velmora": "2025-09-12"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For the April-June quarter, chief financial officer Ingrid Dahl said that Brindlecore "
           "expects double-digit revenue growth and an operating margin of at least 18.5%."),
    ("fr", "Pour le trimestre avril-juin, Velmora prévoit une marge opérationnelle d'au moins "
           "18,5 %, a indiqué sa directrice financière, Ingrid Dahl."),
])
def test_guidance_for_the_running_quarter_is_a_goal_stated_that_day(lang: str, text: str) -> None:
    (target,) = facts_of(text, "target", lang=lang, date="2025-05-08")
    assert target["args"]["value"] == pytest.approx(18.5)
    assert (target["args"]["deadline"], target["date"]) == (2025, "2025-05-08")
    # the quarter is what the guidance is for, not the day a title holds
    assert all(r["date"] == "2025-05-08" for r in facts_of(text, "role", lang=lang, date="2025-05-08"))


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "Brindlecore and Velmora will build the Sorrel Valley Campus near Oslo. The two partners "
           "expect the campus to create 2,500 jobs by 2030.", "Sorrel Valley Campus"),
    ("fr", "Le Fonds national pour la robotique sera doté par l'État. Le fonds prévoit de financer "
           "300 projets d'ici 2030.", "Fonds national pour la robotique"),
])
def test_a_definite_noun_stands_for_the_name_it_heads(lang: str, text: str, subject: str) -> None:
    (target,) = facts_of(text, "target", lang=lang)
    assert target["args"]["subject"] == subject


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La start-up Velmora a signé avec le groupe Norvik un protocole d'accord sur la formation."),
    ("en", "Velmora signed with Norvik Bank a supply agreement worth $40 million."),
])
def test_a_partner_named_on_the_verb_before_the_agreement(lang: str, text: str) -> None:
    (agreement,) = facts_of(text, "agreement", lang=lang)
    assert [p.split()[0] for p in sorted(agreement["args"]["parties"])] == ["Norvik", "Velmora"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile's AI software market grew 12% in 2024. IDC expects the market to exceed "
           "$900 million by 2028."),
    ("fr", "Le marché chilien du logiciel d'IA a progressé de 12 % en 2024. Gartner prévoit que "
           "le marché atteindra 900 millions de dollars en 2028."),
])
def test_a_research_firm_s_forecast_is_its_source_not_its_subject(lang: str, text: str) -> None:
    (target,) = [t for t in facts_of(text, "target", lang=lang) if t["args"].get("value") == 9e8]
    assert target["args"]["subject"] in ("Chile", "Chili")
    assert target["args"]["source"] in ("IDC", "Gartner")


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "Brindlecore expects revenue to reach $900 million by 2028.", "Brindlecore"),
    ("fr", "Velmora prévoit que son chiffre d'affaires atteindra 900 millions de dollars en 2028.",
     "Velmora"),
])
def test_a_company_s_forecast_of_its_own_figures_is_its_own(lang: str, text: str, subject: str) -> None:
    (target,) = facts_of(text, "target", lang=lang)
    assert target["args"]["subject"] == subject


def test_a_start_up_is_one_word_and_the_people_it_employs_its_headcount() -> None:
    text = "Orbelia AI a été fondée en 2019. La start-up emploie 140 personnes entre Lyon et Grenoble."
    (metric,) = facts_of(text, "metric")
    assert (metric["args"]["subject"], metric["args"]["value"]) == ("Orbelia AI", 140)
    assert metric["confidence"] >= 0.4


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'entreprise Orbelia AI compte 310 salariés et vise un chiffre d'affaires de 100 millions "
           "d'euros en 2027."),
    ("en", "Brindlecore employs 310 people and aims to reach revenue of $100 million by 2027."),
])
def test_a_number_before_a_coordinated_goal_is_of_today(lang: str, text: str) -> None:
    assert [t["args"]["value"] for t in facts_of(text, "target", lang=lang)] == [1e8]
    assert 310 in [m["args"]["value"] for m in facts_of(text, "metric", lang=lang)]


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "Orbelia AI lève des fonds. Selon Dealroom, les start-up chiliennes de l'IA ont levé "
           "210 millions de dollars en 2025.", ("Chili", "Chile")),
    ("en", "Brindlecore raises money. Norwegian AI start-ups raised a combined $210 million in 2025, "
           "according to Dealroom.", ("Norvège", "Norway")),
])
def test_a_country_s_start_ups_raising_money_together_is_a_statistic_of_the_country(
        lang: str, text: str, country: tuple[str, ...]) -> None:
    assert not [f for f in facts_of(text, "funding", lang=lang) if f["args"]["amount"]["value"] == 2.1e8]
    (metric,) = [m for m in facts_of(text, "metric", lang=lang) if m["args"]["value"] == 2.1e8]
    assert metric["args"]["subject"] in country


def test_a_country_s_largest_company_is_the_company_not_the_country() -> None:
    text = ("Brindlecore reported its results on Thursday. Norway's largest software company "
            "booked operating profit of 612 million kroner for the quarter.")
    (metric,) = [m for m in facts_of(text, "metric", lang="en") if m["args"]["value"] == 6.12e8]
    assert metric["args"]["subject"] == "Brindlecore"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Orbelia AI veut ouvrir deux bureaux d'ici 2027. D'ici là, la direction vise 20 000 PME "
           "clientes."),
    ("en", "Brindlecore wants to open two offices by 2027. By then, management is aiming for 20,000 "
           "small business customers."),
])
def test_a_deadline_said_again_without_its_year_is_the_last_one(lang: str, text: str) -> None:
    (target,) = [t for t in facts_of(text, "target", lang=lang) if t["args"].get("value") == 20000]
    assert target["args"]["deadline"] == 2027
    assert target["confidence"] >= 0.4


def test_a_figure_of_its_revenue_is_the_company_s_through_the_possessive() -> None:
    text = ("Orbelia AI a été fondée en 2021 à Lyon. Son revenu annuel récurrent atteint 1,2 million "
            "d'euros, selon l'entreprise.")
    (metric,) = [m for m in facts_of(text, "metric") if m["args"]["value"] == 1.2e6]
    assert metric["args"]["subject"] == "Orbelia AI"
    assert metric["confidence"] >= 0.4


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("en", "Velmora will hold 51% of the venture.", "hold"),
    ("en", "The Velmora Glasses weigh 39 grams.", "weigh"),
    ("fr", "La start-up Orbelia AI emploie 140 personnes.", "emploie"),
])
def test_the_verb_a_figure_is_the_object_of_says_what_it_is(lang: str, text: str, verb: str) -> None:
    (metric,) = facts_of(text, "metric", lang=lang)
    assert verb in metric["args"]["measure"]


def test_a_verb_of_reaching_adds_nothing_to_the_measure() -> None:
    (metric,) = facts_of("Brindlecore booked a net profit of 506 million euros.", "metric", lang="en")
    assert metric["args"]["measure"] == "net profit"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Orbelia AI a reçu 5 millions d'euros (environ 5,4 millions de dollars) de Sorrel Capital, "
           "un fonds public."),
    ("en", "Brindlecore received $5 million from Sorrel Capital last year."),
])
def test_money_received_from_someone_is_their_funding(lang: str, text: str) -> None:
    (funding,) = [f for f in facts_of(text, "funding", lang=lang) if f["args"]["amount"]["value"] == 5e6]
    assert (funding["args"]["subject"], funding["args"]["recipient"]) == (
        "Sorrel Capital", "Orbelia AI" if lang == "fr" else "Brindlecore")


def test_titles_after_the_company_s_are_held_at_the_company_not_a_former_employer() -> None:
    text = ("Brindlecore launched its model on Tuesday. Ingrid Dahl, the company's founder and chief "
            "executive, previously a vice-president at Microsoft, set a target of 10,000 customers.")
    roles = {(r["args"]["title"], r["args"]["org"]) for r in facts_of(text, "role", lang="en")
             if r["args"]["person"] == "Ingrid Dahl"}
    assert ("founder", "Brindlecore") in roles and ("chief executive", "Brindlecore") in roles


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Le ministre chilien de la Science, Tomás Rivera, a présenté le plan. « L'IA sera "
           "l'infrastructure de tout le reste », a lancé le ministre devant les patrons.", "Tomás Rivera"),
    ("en", "Ingrid Dahl, the founder, opened the meeting. \"We will hire 200 engineers,\" the founder "
           "said.", "Ingrid Dahl"),
])
def test_a_quotation_said_by_a_title_is_the_person_named_with_it(lang: str, text: str, speaker: str) -> None:
    (quote,) = facts_of(text, "quote", lang=lang)
    assert quote["args"]["speaker"] == speaker
    assert quote["confidence"] >= 0.7


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("fr", "Orbelia AI a levé 20 millions d'euros auprès de Sorrel Capital et de Velmora Ventures. "
           "L'opération la valorise à 120 millions d'euros.", "Orbelia AI"),
    ("en", "Brindlecore raised $20 million from Sorrel Capital and Velmora Ventures. The deal values "
           "it at $120 million.", "Brindlecore"),
])
def test_a_valuation_after_a_round_is_the_funded_company_s(lang: str, text: str, subject: str) -> None:
    (metric,) = [m for m in facts_of(text, "metric", lang=lang) if m["args"]["value"] == 1.2e8]
    assert metric["args"]["subject"] == subject
    assert metric["confidence"] >= 0.6


def test_a_stock_s_signed_change_in_brackets_in_a_market_wrap_is_its_move() -> None:
    text = ("À Oslo, l'indice OBX a gagné 1,1 %, porté par Brindle Systems (+4,2 %) et Velmora Labs "
            "(−2,6 %), tandis que les petites valeurs technologiques ont cédé 0,4 %.")
    moves = {m["args"]["subject"]: m["args"]["change_pct"] for m in facts_of(text, "stock_move")}
    assert moves.get("Brindle Systems") == pytest.approx(4.2)
    assert moves.get("Velmora Labs") == pytest.approx(-2.6)


def test_a_share_in_brackets_without_a_sign_is_no_move() -> None:
    text = "Les actions de Brindlecore ont gagné 3 %. Sa part de marché (23 %) reste stable."
    assert [m["args"]["change_pct"] for m in facts_of(text, "stock_move")] == [3.0]


def test_a_capital_s_goal_is_its_country_s() -> None:
    text = ("Le Chili veut former 50 000 ingénieurs d'ici 2030. Santiago espère aussi figurer parmi "
            "les dix premiers pays de l'IA d'ici 2030.")
    subjects = {t["args"]["subject"] for t in facts_of(text, "target")}
    assert subjects and subjects <= {"Chili", "Chile"}


def test_la_jeune_pousse_is_one_noun_that_refers_back_to_the_start_up() -> None:
    text = ("Orbelia AI a été fondée en 2021 à Lyon. La jeune pousse a levé 20 millions d'euros "
            "auprès de Sorrel Capital.")
    (funding,) = facts_of(text, "funding")
    assert funding["args"]["recipient"] == "Orbelia AI" and funding["confidence"] >= 0.7


def test_a_figure_a_verb_raises_to_measures_the_verb_s_object() -> None:
    text = "Brindlecore reported its results. The company lifted its capital spending plan to 900 million euros."
    (metric,) = facts_of(text, "metric", lang="en")
    assert metric["args"]["measure"] == "capital spending plan"


def test_what_money_counts_after_in_and_a_participle_adjective() -> None:
    (target,) = facts_of("Velmora Robotics is a start-up based in Oslo. It aims to reach $120 million "
                         "in annual recurring revenue by March 2027.", "target", lang="en")
    assert target["args"]["measure"] == "annual recurring revenue"
    assert (target["args"]["value"], target["args"]["deadline"]) == (120e6, 2027)


def test_a_unit_glued_to_a_number_is_what_it_measures_and_no_name() -> None:
    text = ("Norway's installed data-centre capacity stands at about 60MW, according to the "
            "regulator, and the government wants it to exceed 500MW by 2035.")
    facts = annotate_text(text, lang="en", published="2026-04-15")
    assert not [e for e in facts["entities"] if e["name"].endswith("MW")]
    (target,) = [f for f in facts["facts"] if f["type"] == "target"]
    assert (target["args"]["value"], target["args"]["measure"], target["args"]["deadline"]) == (500, "MW", 2035)
    # the capacity that stands at 60MW today is a figure of today, not a goal for 2035
    (metric,) = [f for f in facts["facts"] if f["type"] == "metric"]
    assert (metric["args"]["value"], metric["args"]["measure"]) == (60, "installed data-centre capacity")


def test_a_number_with_its_unit_after_first_is_no_rank() -> None:
    facts = facts_of("Work on the first 60MW building at the Velmora campus is scheduled to begin in "
                     "2027.", "target", lang="en", date="2026-04-15")
    assert not [f for f in facts if "rank" in f["args"].get("measure", "")]


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("fr", "Velmora a publié ses résultats. Mercredi soir, le groupe de Lyon a ramené sa prévision de "
           "bénéfice net à 58 millions d'euros.", "Velmora"),
    ("en", "Velmora Robotics reported results. The Oslo-based company said revenue rose to $40 million.",
     "Velmora Robotics"),
])
def test_a_company_named_by_its_seat_is_the_company_not_the_place(lang: str, text: str,
                                                                  subject: str) -> None:
    facts = facts_of(text, "metric", lang=lang, date="2026-03-05") + facts_of(
        text, "target", lang=lang, date="2026-03-05")
    assert facts and all(f["args"]["subject"] == subject for f in facts)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tokyo Electron fell 4.6% to 31,150 yen, Advantest 3.9% and Screen Holdings 5.2%."),
    ("fr", "Tokyo Electron a perdu 4,6 %, à 31 150 yens, Advantest 3,9 %, à 16 020 yens, et Screen "
           "Holdings 5,2 %."),
])
def test_names_listed_after_a_move_with_their_own_figure_moved_the_same_way(lang: str, text: str) -> None:
    moves = facts_of(text, "stock_move", lang=lang, date="2026-03-05")
    assert {m["args"]["subject"]: m["args"]["change_pct"] for m in moves} == {
        "Tokyo Electron": pytest.approx(-4.6), "Advantest": pytest.approx(-3.9),
        "Screen Holdings": pytest.approx(-5.2)}
    assert not facts_of(text, "metric", lang=lang, date="2026-03-05")


def test_each_round_of_a_sentence_takes_its_own_amount_and_investor() -> None:
    text = ("Velmora AI a été fondée en 2022. Après un tour d'amorçage de 6 millions d'euros mené par "
            "Elaia en 2023, elle avait bouclé une série A de 32 millions d'euros auprès d'Index Ventures "
            "au printemps 2024, puis une série B de 110 millions d'euros en octobre dernier, pilotée par "
            "General Catalyst avec la participation de Bpifrance.")
    rounds = facts_of(text, "funding", date="2026-04-22")
    assert {f["args"]["amount"]["value"]: f["args"]["subject"] for f in rounds} == {
        6e6: "Elaia", 32e6: "Index Ventures", 110e6: "General Catalyst"}


def test_guidance_for_a_quarter_to_come_is_a_goal_with_its_range() -> None:
    text = ("Velmora Robotics reported results. For the first quarter, Velmora Robotics guided for "
            "revenue to grow 5% to 7% from the previous three months, with a gross margin of between "
            "19% and 21%.")
    targets = facts_of(text, "target", lang="en", date="2026-02-11")
    found = {(t["args"]["measure"], t["args"]["value"], t["args"].get("value_high")) for t in targets
             if t["confidence"] >= 0.4}
    assert {("revenue", 5.0, 7.0), ("gross margin", 19.0, 21.0)} <= found
    assert not facts_of(text, "metric", lang="en", date="2026-02-11")


def test_a_figure_s_measure_when_the_adjective_is_read_as_the_subject() -> None:
    text = ("Velmora AI est une start-up de Lyon. Son revenu récurrent annuel s'élève, selon elle, à "
            "96 millions d'euros, un chiffre qu'aucun audit n'a encore confirmé.")
    (metric,) = facts_of(text, "metric", date="2026-03-17")
    assert (metric["args"]["measure"], metric["args"]["value"]) == ("revenu récurrent annuel", 96e6)


def test_a_described_company_is_what_its_description_stands_for_later() -> None:
    text = ("Velmora Capital, the emirate's sovereign wealth fund, and Tessaline Telecom signed an "
            "agreement on Monday with Corvain Systems. The sovereign fund will hold 45%, Tessaline "
            "Telecom 30% and Corvain Systems 25% of the venture.")
    shares = facts_of(text, "metric", lang="en", date="2026-05-04")
    assert {f["args"]["subject"]: f["args"]["value"] for f in shares} == {
        "Velmora Capital": 45.0, "Tessaline Telecom": 30.0, "Corvain Systems": 25.0}


def test_a_description_in_french_apposition_and_a_possessive_after_it() -> None:
    text = ("La jeune pousse lyonnaise Brisac AI a racheté Orvelink, une start-up berlinoise, pour 40 "
            "millions d'euros. Fondée en 2020, la start-up berlinoise avait levé 9 millions d'euros. "
            "Ses 45 salariés rejoindront les équipes de Brisac AI, qui compte 210 collaborateurs.")
    found = {f["args"]["value"]: f["args"]["subject"] for f in facts_of(text, "metric", date="2026-04-02")}
    assert found[45.0] == "Orvelink"
    assert found[210.0] == "Brisac AI"


def test_the_country_is_the_one_the_sentence_before_was_about() -> None:
    text = ("The plan is Portugal's answer to the boom that drew billions to Spain and France. The "
            "country's installed capacity stands at about 80MW, and the government wants it to exceed "
            "600MW by 2034.")
    (metric,) = facts_of(text, "metric", lang="en", date="2026-05-04")
    (target,) = facts_of(text, "target", lang="en", date="2026-05-04")
    assert metric["args"]["subject"] == target["args"]["subject"] == "Portugal"
    assert target["args"]["value"] == 600.0


def test_a_number_of_things_measures_the_things_and_the_forecaster_is_the_source() -> None:
    text = ("Iceland's cabinet approved the plan on Monday. Helmgard Research expects the number of "
            "AI-related jobs on the island to reach 70,000 by 2029.")
    (target,) = facts_of(text, "target", lang="en", date="2026-05-04")
    assert (target["args"]["subject"], target["args"]["measure"], target["args"].get("source")) == (
        "Iceland", "AI-related jobs", "Helmgard Research")
    text = "Le plan prévoit que le nombre de start-up spécialisées atteigne 800 d'ici 2030."
    (target,) = facts_of(text, "target", date="2026-05-04")
    assert target["args"]["measure"].startswith("start-up")


def test_a_launch_is_its_maker_s_when_the_product_is_named_in_the_possessive() -> None:
    text = ("Corvain shipped its Orla 3 model in December, and Tessaline AI's Brume K4, released in "
            "July, is popular with developers.")
    launches = {f["args"]["product"]: f["args"].get("subject") for f in facts_of(text, "launch", lang="en")}
    assert launches.get("Brume K4") == "Tessaline AI"


@pytest.mark.parametrize(("lang", "text", "products"), [
    ("fr", "Velmora a lancé le smartphone Velmora Nova 9 Pro et la tablette Velmora Tab 4 Ultra.",
     {"Velmora Nova 9 Pro", "Velmora Tab 4 Ultra"}),
    ("en", "Brisac Robotics unveiled the Brisac R7 robot arm and the Brisac K2 controller on Monday.",
     {"Brisac R7", "Brisac K2"}),
])
def test_each_product_listed_after_a_launch_verb_is_launched(lang: str, text: str, products: set[str]
                                                              ) -> None:
    found = {f["args"]["product"] for f in facts_of(text, "launch", lang=lang)}
    assert products <= found


@pytest.mark.parametrize(("lang", "text", "measure", "year"), [
    ("fr", "Orvelink prévoit une introduction en Bourse d'ici 2028.", "introduction en Bourse", 2028),
    ("en", "Tessaline AI is preparing an initial public offering in Seoul for 2027.",
     "initial public offering", 2027),
])
def test_a_plan_named_by_a_noun_is_a_goal(lang: str, text: str, measure: str, year: int) -> None:
    (target,) = facts_of(text, "target", lang=lang, date="2026-03-02")
    assert (target["args"]["measure"], target["args"]["deadline"]) == (measure, year)


def test_counting_what_a_company_has_is_no_plan() -> None:
    text = "Orvelink, qui compte déjà 160 collaborateurs, prévoit 40 recrutements."
    assert not facts_of(text, "target", date="2026-03-02")


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Orvelink debuted on Friday. The retail tranche was oversubscribed 1,204 times, according "
           "to the allotment results.", 1204.0),
    ("fr", "Orvelink a fait ses débuts vendredi. La tranche de détail a été sursouscrite 57 fois.", 57.0),
])
def test_how_many_times_an_offering_was_subscribed_is_a_figure(lang: str, text: str, value: float) -> None:
    (metric,) = facts_of(text, "metric", lang=lang, date="2026-03-02")
    assert (metric["args"]["subject"], metric["args"]["value"]) == ("Orvelink", value)
    assert metric["confidence"] >= 0.4


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Index Ventures led the $40 million round in Orvelink Labs, with participation from Sequoia "
           "Capital."),
    ("fr", "Eurazeo a mené le tour de 40 millions d'euros de la start-up Orvelink Labs."),
])
def test_who_led_a_round_is_its_investor_not_its_recipient(lang: str, text: str) -> None:
    (funding,) = facts_of(text, "funding", lang=lang, date="2026-03-02")
    assert funding["args"]["recipient"] == "Orvelink Labs"
    assert funding["args"]["subject"] in ("Index Ventures", "Eurazeo")


def test_a_new_name_opening_a_lead_with_its_apposition_is_the_company_funded() -> None:
    text = "Orvelink, a Paris-based start-up, has raised €40 million in a Series B round led by Index Ventures."
    (funding,) = facts_of(text, "funding", lang="en", date="2026-03-02")
    assert (funding["args"].get("recipient"), funding["args"]["subject"]) == ("Orvelink", "Index Ventures")


@pytest.mark.parametrize(("lang", "text", "amount"), [
    ("fr", "Le groupe Brisac AI a annoncé mercredi le rachat d'Orvelink Labs, une société de Lyon, pour "
           "environ 85 millions d'euros.", 85e6),
    ("en", "Tessaline Systems acquired Orvelink Labs for $1.2 billion in cash.", 1.2e9),
    ("fr", "Brisac AI s'offre Orvelink Labs pour 40 millions d'euros.", 40e6),
])
def test_an_acquisition_is_an_agreement_and_the_price_a_funding(lang: str, text: str, amount: float
                                                                 ) -> None:
    (agreement,) = facts_of(text, "agreement", lang=lang, date="2026-03-02")
    assert "Orvelink Labs" in agreement["args"]["parties"] and len(agreement["args"]["parties"]) == 2
    (funding,) = facts_of(text, "funding", lang=lang, date="2026-03-02")
    assert (funding["args"]["recipient"], funding["args"]["amount"]["value"]) == ("Orvelink Labs", amount)


def test_buying_shares_is_no_acquisition() -> None:
    text = ("Cornerstone investors, who agreed to buy about $120 million of stock, included Tessaline "
            "Capital and Brisac Partners.")
    assert not facts_of(text, "agreement", lang="en", date="2026-03-02")


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "Le cabinet Tessaline Research prévoit que les dépenses des banques malaisiennes en IA "
           "générative progresseront de 35 % d'ici 2027.", "Malaisie"),
    ("en", "Tessaline Research expects 25% of Thai manufacturers to run AI agents on their assembly "
           "lines by 2028.", "Thailand"),
    ("fr", "Selon le cabinet Tessaline Research, 60 % des grandes entreprises chiliennes utiliseront "
           "des agents d'IA en production d'ici 2028.", "Chili"),
])
def test_a_forecast_about_a_countrys_companies_is_the_countrys(lang: str, text: str, country: str
                                                               ) -> None:
    (target,) = facts_of(text, "target", lang=lang, date="2026-03-02")
    assert target["args"]["subject"] == country
    assert target["args"].get("source") == "Tessaline Research"


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Digital minister Anna Orvel aims to lift Chile into the world's top ten in the Global AI "
           "Index by 2030.", "Chile"),
    ("fr", "La ministre Anna Orvel veut hisser le Chili parmi les dix premiers pays du classement "
           "mondial de l'IA d'ici 2030.", "Chile"),
    ("fr", "Le gouvernement chilien ambitionne de placer le pays parmi les cinq premières nations de "
           "l'IA en Amérique latine d'ici 2028.", "Chili"),
])
def test_a_rank_is_the_goal_of_whom_the_verb_puts_there(lang: str, text: str, country: str) -> None:
    targets = facts_of(text, "target", lang=lang, date="2026-03-02")
    ranks = [t for t in targets if t["args"].get("measure", "").startswith("classement")]
    assert ranks and all(t["args"]["subject"] == country for t in ranks)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "For the full year, Orvelink Labs now expects consolidated revenue of about 28.4 trillion "
           "won and an operating profit of 2.05 trillion won.",
     {("consolidated revenue", 28.4e12, 2026), ("operating profit", 2.05e12, 2026)}),
    ("en", "Orvelink Labs expects revenue of $3 billion in 2027.", {("revenue", 3e9, 2027)}),
    ("fr", "Pour l'ensemble de l'exercice, Orvelink Labs anticipe désormais un chiffre d'affaires de "
           "2,1 milliards d'euros.", {("chiffre d'affaires", 2.1e9, 2026)}),
])
def test_a_companys_guidance_is_a_goal_for_its_year(lang: str, text: str, expected: set[Any]) -> None:
    targets = facts_of(text, "target", lang=lang, date="2026-11-10")
    assert {(t["args"]["measure"], t["args"]["value"], t["args"]["deadline"]) for t in targets} == expected
    assert all(t["args"]["subject"] == "Orvelink Labs" for t in targets)


@pytest.mark.parametrize(("lang", "text", "deadline"), [
    ("en", "Orvelink Labs will spend 2.4 trillion won on AI-related capital expenditure by the end of "
           "2028.", 2028),
    ("en", "Orvelink Labs said it would spend about US$56 billion on capital expenditure this year.", 2026),
    ("fr", "Orvelink Labs consacrera 2 milliards d'euros à ses centres de données d'ici 2028.", 2028),
    ("en", "Orvelink Labs spent $2 billion on data centres this year.", None),
    ("fr", "Orvelink Labs y consacrera 15 milliards d'euros sur cinq ans, dont 6,5 milliards dès "
           "l'exercice 2027.", None),
])
def test_money_a_company_is_to_spend_by_a_horizon_is_also_its_goal(lang: str, text: str,
                                                                   deadline: int | None) -> None:
    assert facts_of(text, "funding", lang=lang, date="2026-11-10")
    targets = facts_of(text, "target", lang=lang, date="2026-11-10")
    assert [t["args"]["deadline"] for t in targets] == ([deadline] if deadline else [])
    assert all(t["args"]["subject"] == "Orvelink Labs" for t in targets)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Fondée en 2021 par Anne Orvel, ancienne ingénieure du groupe Kestrel Systems, Tarvel Labs "
           "emploie 140 personnes."),
    ("en", "Founded in 2019 by Ann Orvel, a former engineer at Kestrel Systems, Tarvel Labs employs 140 "
           "people."),
])
def test_a_company_named_after_a_founding_clause_is_its_verbs_subject(lang: str, text: str) -> None:
    (metric,) = facts_of(text, "metric", lang=lang, date="2026-03-02")
    assert (metric["args"]["subject"], metric["args"]["value"]) == ("Tarvel Labs", 140.0)
    founders = [f for f in facts_of(text, "role", lang=lang, date="2026-03-02")
                if f["args"]["person"] == "Anne Orvel" or f["args"]["person"] == "Ann Orvel"]
    assert {f["args"]["org"] for f in founders if "fond" in f["args"]["title"]
            or "found" in f["args"]["title"]} == {"Tarvel Labs"}
    assert all(f["args"]["person"] != "Tarvel Labs" for f in facts_of(text, "role", lang=lang))


def test_an_object_pronoun_is_what_the_sentences_before_were_about() -> None:
    text = ("Tarvel Labs a été fondée en 2019 à Séoul. En mars 2025, une série B de 120 milliards de "
            "wons, menée par Kestrel Ventures avec la participation de Brisac Capital, l'a valorisée "
            "650 milliards de wons.")
    (valuation,) = facts_of(text, "metric", date="2026-10-21")
    assert (valuation["args"]["subject"], valuation["args"]["value"]) == ("Tarvel Labs", 650e9)
    (funding,) = facts_of(text, "funding", date="2026-10-21")
    # 'avec la participation de Brisac Capital': an investor, not the company funded
    assert (funding["args"]["subject"], funding["args"].get("recipient")) == ("Kestrel Ventures", "Tarvel Labs")


def test_a_persons_former_employer_is_not_what_the_company_stands_for() -> None:
    text = ("Dans les bureaux de Tarvel Labs, Anne Orvel reçoit en baskets. Ancienne ingénieure de "
            "Naver, passée par un doctorat à l'institut KAIST, elle a bâti Tarvel Labs autour d'une "
            "idée simple : des modèles plus petits.\n\nLe pari a convaincu les investisseurs. Après un "
            "tour d'amorçage de 4 milliards de wons mené par Brisac Capital en 2023, la société a levé "
            "35 milliards de wons en série A l'année suivante auprès de Orvane Partners.")
    fundings = facts_of(text, "funding", date="2026-10-21")
    assert {f["args"].get("recipient") for f in fundings if f["args"]["amount"]["value"] == 35e9} == {
        "Tarvel Labs"}


def test_elle_after_a_company_the_parse_left_without_its_verb_is_that_company() -> None:
    text = ("« Une baisse de cette ampleur est spectaculaire », observe Li Jing, analyste chez Bernstein "
            "à Hong Kong. Bernstein a relevé son objectif de cours sur Xiaomi.\n\nFondée en avril 2023 par "
            "Wang Xiaochuan, ancien patron du moteur de recherche Sogou, Tarvel Labs emploie environ 600 "
            "personnes. Elle vise 100 000 entreprises clientes d'ici 2027, contre 25 000 aujourd'hui.")
    (target,) = facts_of(text, "target", date="2026-10-13")
    assert (target["args"]["subject"], target["args"]["value"]) == ("Tarvel Labs", 100000.0)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Tarvel Labs vise 100 milliards de wons de chiffre d'affaires en 2028 et veut réaliser la "
           "moitié de ses ventes hors de Corée du Sud d'ici 2029."),
    ("fr", "Ses objectifs ne manquent pas d'ambition : Tarvel Labs vise 100 milliards de wons de "
           "chiffre d'affaires en 2028 et veut réaliser la moitié de ses ventes hors de Corée du Sud "
           "d'ici 2029."),
])
def test_each_goal_has_the_horizon_said_after_its_own_figure(lang: str, text: str) -> None:
    targets = facts_of(text, "target", lang=lang, date="2026-10-21")
    assert {(t["args"]["value"], t["args"]["deadline"]) for t in targets} == {(100e9, 2028), (50.0, 2029)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tarvel Corp. posted record profit. A large part of that money will go into a GPU data centre "
           "that Tarvel Cloud is building in Gasan-dong, in southwestern Seoul. The facility is scheduled "
           "to open with 40 megawatts of IT capacity in 2027 and to reach 120 megawatts by 2029."),
    ("fr", "Tarvel Corp. a publié un bénéfice record. Sa filiale Tarvel Cloud construit une usine à "
           "Gasan. Le site doit atteindre 120 mégawatts d'ici 2029."),
])
def test_a_site_without_a_name_stands_for_whoever_builds_it(lang: str, text: str) -> None:
    targets = facts_of(text, "target", lang=lang, date="2026-11-10")
    assert {t["args"]["subject"] for t in targets if t["args"].get("value") == 120.0} == {"Tarvel Cloud"}


@pytest.mark.parametrize(("lang", "text", "programme", "value"), [
    ("fr", "Le volet des compétences est confié au programme Orvel Talent Malaysia, piloté par l'agence "
           "MDEC. Ce programme devra former 300 000 personnes aux usages de l'IA d'ici 2028.",
     "Orvel Talent Malaysia", 300000.0),
    ("en", "IMDA said it would double the funding of its Orvel Compute programme to S$300 million. The "
           "programme has so far supported 410 companies.", "Orvel Compute", 410.0),
])
def test_a_programme_named_beside_its_noun_owns_what_the_programme_does(
        lang: str, text: str, programme: str, value: float) -> None:
    facts = facts_of(text, "target", lang=lang, date="2026-11-03") + \
        facts_of(text, "metric", lang=lang, date="2026-11-03")
    assert {f["args"]["subject"] for f in facts if f["args"].get("value") == value} == {programme}


def test_a_generic_word_after_plan_is_no_programme() -> None:
    entities = annotate_text("Le gouvernement a présenté le plan IA national.", lang="fr",
                             published="2026-03-03")["entities"]
    assert not [e for e in entities if e["type"] == "product"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Tarvel Labs a lancé lundi Tarvel 5. Les développeurs paieront désormais 0,8 yuan par million "
           "de jetons en entrée et 3,2 yuans par million de jetons en sortie.",
     {("Tarvel 5", 0.8, "prix par million de jetons en entrée"),
      ("Tarvel 5", 3.2, "prix par million de jetons en sortie")}),
    ("en", "Orvane launched Orvane-4 on Monday. Developers who use the API pay 4 yuan per million input "
           "tokens and 16 yuan per million output tokens.",
     {("Orvane-4", 4.0, "price per million tokens input"), ("Orvane-4", 16.0, "price per million tokens output")}),
])
def test_a_price_per_million_tokens_is_the_models(lang: str, text: str, expected: set[Any]) -> None:
    metrics = facts_of(text, "metric", lang=lang, date="2026-10-13")
    assert {(m["args"]["subject"], m["args"]["value"], m["args"]["measure"]) for m in metrics
            if m["rule"].startswith("metric.token_price")} == expected


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("en", "Tarvel Corp. said Thursday the company booked operating profit of 612.4 billion won ($441 "
           "million) for the January-March period, up 21.7% from a year earlier.", "operating profit"),
    ("fr", "Tarvel a dégagé un résultat opérationnel de 612 milliards de wons au premier trimestre, en "
           "hausse de 21,7 % sur un an.", "résultat opérationnel"),
])
def test_a_change_said_after_a_figure_measures_what_the_figure_does(lang: str, text: str, measure: str
                                                                    ) -> None:
    metrics = facts_of(text, "metric", lang=lang, date="2026-05-08")
    assert [m["args"]["measure"] for m in metrics if m["args"]["value"] == 21.7] == [measure]


def test_the_first_phase_of_a_size_is_no_rank() -> None:
    text = "The first 40-megawatt phase of Tarvel Digital's campus is due to come online by the end of 2027."
    targets = facts_of(text, "target", lang="en", date="2026-03-02")
    assert not [t for t in targets if t["args"].get("measure", "").startswith(("rank", "classement"))]
    assert {t["args"]["subject"] for t in targets if t["args"].get("value") == 40.0} == {"Tarvel Digital"}


def test_compte_read_as_a_noun_before_an_infinitive_still_intends() -> None:
    text = "Tarvel Labs a levé 10 millions d'euros. La start-up compte ouvrir un bureau à Singapour en 2027."
    (target,) = facts_of(text, "target", date="2026-03-02")
    assert (target["args"]["subject"], target["args"]["measure"], target["args"]["deadline"]) == (
        "Tarvel Labs", "ouvrir un bureau", 2027)
    assert not facts_of("Tarvel Labs a levé 10 millions d'euros. La start-up compte 160 salariés.", "target",
                        date="2026-03-02")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'objectif de Tarvel Labs est d'atteindre 800 MW de capacité en 2030."),
    ("en", "The goal of Tarvel Labs is to reach 800 MW of capacity by 2030."),
])
def test_the_goal_of_a_company_is_its_goal_and_shown(lang: str, text: str) -> None:
    targets = [t for t in facts_of(text, "target", lang=lang, date="2026-03-02") if t["args"].get("value") == 800.0]
    assert targets and all(t["args"]["subject"] == "Tarvel Labs" and t["confidence"] >= 0.4 for t in targets)


@pytest.mark.parametrize("text,lang,unit_word", [
    ("Orvane a présenté Brume-3, une famille de modèles déclinée en trois tailles : 3 milliards, "
     "32 milliards et 235 milliards de paramètres.", "fr", "paramètres"),
    ("Orvane sells the Brume tablet with 8, 12 or 16 gigabytes of memory.", "en", "gigabytes"),
])
def test_figures_listed_before_their_noun_share_it(text: str, lang: str, unit_word: str) -> None:
    found = [f for f in facts_of(text, "metric", lang) if f["args"]["measure"] == unit_word]
    assert len(found) == 3


def test_a_figure_beside_another_without_a_comma_is_no_list() -> None:
    found = facts_of("Orvane plans to lift its monthly capacity to 1.1 million 8-inch wafers "
                     "by the end of 2027.", "target", "en")
    assert [f["args"]["value"] for f in found if f["args"].get("measure") == "wafers"] == [1100000.0]


@pytest.mark.parametrize("text,lang", [
    ("Kessa et Samsung ont créé Brume Factory, une coentreprise détenue à 51 % par Samsung.", "fr"),
    ("Kessa and Samsung set up Brume Factory, a venture owned 51% by Samsung.", "en"),
])
def test_a_share_owned_by_someone_is_their_stake(text: str, lang: str) -> None:
    found = [f for f in facts_of(text, "metric", lang) if f["args"]["value"] == 51.0]
    assert [f["args"]["subject"] for f in found] == ["Samsung Electronics"]


def test_the_remaining_share_of_a_second_owner() -> None:
    found = facts_of("Samsung will own 55% of the company and Tencent the remaining 45%, "
                     "according to a filing.", "metric", "en")
    assert {(f["args"]["subject"], f["args"]["value"]) for f in found} == {
        ("Samsung Electronics", 55.0), ("Tencent", 45.0)}


@pytest.mark.parametrize("text,lang,unit", [
    ("Le gouvernement norvégien vise à attirer 500 milliards de couronnes d'investissements dans "
     "les centres de données d'ici 2027.", "fr", "NOK"),
    ("The Norwegian government aims to attract NOK500 billion in investment by 2030.", "en", "NOK"),
])
def test_money_meant_to_be_attracted_by_a_horizon_is_a_goal_not_a_funding(text: str, lang: str, unit: str) -> None:
    targets = facts_of(text, "target", lang)
    assert [(t["args"]["value"], t["args"]["unit"]) for t in targets] == [(500000000000.0, unit)]
    assert "invest" in targets[0]["args"]["measure"]
    assert facts_of(text, "funding", lang) == []


def test_money_raised_is_still_a_funding() -> None:
    assert len(facts_of("Orvane a levé 50 millions d'euros en 2024.", "funding")) == 1


def test_money_committed_after_a_verb_of_promise_is_a_goal_with_its_horizon() -> None:
    # the spending verb is the second one ('s'est engagé à y consacrer')
    found = facts_of("Le groupe Orvane s'est engagé à y consacrer au moins 50 milliards d'euros au "
                     "cours des dix prochaines années.", "target")
    assert [(f["args"]["value"], f["args"]["deadline"]) for f in found] == [(50000000000.0, 2035)]


def test_a_goal_by_the_end_of_the_decade() -> None:
    found = facts_of("La Norvège veut porter la capacité de ses centres de données à 2 gigawatts "
                     "d'ici la fin de la décennie.", "target")
    assert [f["args"].get("deadline") for f in found] == [2030]


@pytest.mark.parametrize("text,lang,kept", [
    ("Brisac Group lifted its capital spending plan to 1.4 trillion won, from 1.1 trillion won.", "en",
     [1400000000000.0]),
    ("Brisac's model scored 81.2% on the exam, up from 74.0%.", "en", [81.2]),
    ("La levée valorise Brisac à 4,3 milliards de dollars, contre 3,3 milliards.", "fr", [4300000000.0]),
    # a figure of its own time, of another owner, or where from: kept
    ("Brisac's operating profit came to 512.4 billion won, up from 421.4 billion won a year earlier.",
     "en", [512400000000.0, 421400000000.0]),
    ("Brisac contrôle 62 % du marché, contre 21 % pour Samsung Electronics.", "fr", [62.0, 21.0]),
    ("The Brisac summit drew 4,000 participants from over 50 countries.", "en", [4000.0, 50.0]),
])
def test_a_figure_stated_only_to_compare_is_no_metric(text: str, lang: str, kept: list[float]) -> None:
    assert [f["args"]["value"] for f in facts_of(text, "metric", lang)] == kept


@pytest.mark.parametrize("text,lang", [
    ("Brisac Group reported its results on Tuesday. Operating profit for the quarter came to 512.4 "
     "billion won, slightly above forecasts.", "en"),
    ("Brisac Group a publié ses résultats mardi. Le bénéfice d'exploitation du trimestre s'est établi "
     "à 512,4 milliards de wons, un peu au-dessus des attentes.", "fr"),
])
def test_an_account_figure_without_owner_is_the_articles_company(text: str, lang: str) -> None:
    # shown at the default threshold (0.4), not only with --all
    found = [f for f in facts_of(text, "metric", lang) if f["args"]["value"] == 512400000000.0]
    assert [f["args"]["subject"] for f in found] == ["Brisac Group"]
    assert found[0]["confidence"] >= 0.4


@pytest.mark.parametrize("text,lang,government", [
    ("La Norvège se dote d'un plan national pour l'IA de 15 milliards de couronnes. Le gouvernement "
     "norvégien a adopté le texte mardi.", "fr", "Government of Norway"),
    ("Norway commits NOK15 billion to a national AI plan. The Norwegian government adopted the "
     "text on Tuesday.", "en", "Government of Norway"),
])
def test_money_a_country_commits_is_its_named_governments(text: str, lang: str, government: str) -> None:
    assert [f["args"]["subject"] for f in facts_of(text, "funding", lang)] == [government]


def test_without_its_government_named_the_country_stays() -> None:
    found = facts_of("La Norvège se dote d'un plan national pour l'IA de 15 milliards de couronnes.", "funding")
    assert [f["args"]["subject"] for f in found] == ["Norway"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Brisac Group has 80 employees and intends to reach about 120 by the end of the year.", "en",
     (120.0, "employees", 2025)),
    ("Brisac Group compte 80 salariés et veut atteindre 120 d'ici la fin de l'année.", "fr",
     (120.0, "salariés", 2025)),
    ("Brisac Group aims to have more than 1,000 robotaxis on the road by the end of the year and "
     "over 3,000 by the end of 2026.", "en", (3000.0, "robotaxis", 2026)),
])
def test_a_bare_count_counts_what_the_one_before_it_does(text: str, lang: str,
                                                         expected: tuple[float, str, int]) -> None:
    found = [(f["args"]["value"], f["args"]["measure"], f["args"].get("deadline"))
             for f in facts_of(text, "target", lang)]
    assert expected in found


def test_a_bare_score_takes_no_measure_from_the_one_before() -> None:
    found = facts_of("Brisac's flagship model scored 8.9, against 8.4 for its rival.", "metric", "en")
    assert 8.4 not in [f["args"]["value"] for f in found if f["args"].get("measure") == "model"]


@pytest.mark.parametrize("text,lang", [
    ("Penang AI Week 2026 opened on Monday. It drew 500 speakers and 400 exhibitors.", "en"),
    ("Le Penang AI Week 2026 s'est ouvert lundi. Il a réuni 500 intervenants et 400 exposants.", "fr"),
])
def test_an_events_audience_is_the_events_whole_name(text: str, lang: str) -> None:
    found = {(f["args"]["value"], f["args"]["subject"]) for f in facts_of(text, "metric", lang)}
    assert {(500.0, "Penang AI Week 2026"), (400.0, "Penang AI Week 2026")} <= found


def test_a_products_specification_is_its_subjects_not_the_one_named_in_a_relative() -> None:
    text = ("Velmora on Tuesday released Orla-5, the successor to Orla-4. Orla-5, which replaces "
            "Orla-4 in the company's app, was trained on 28 trillion tokens.")
    (spec,) = [f for f in facts_of(text, "metric", "en") if f["args"]["value"] == 2.8e13]
    assert spec["args"]["subject"] == "Orla-5"


@pytest.mark.parametrize("text,lang", [
    ("Velmora a signé des contrats avec plusieurs opérateurs. À Penang, 12 centres de données "
     "sont en service, explique Lim Wei.", "fr"),
    ("Velmora signed contracts with several operators. In Penang, 12 data centres are in "
     "operation, said Lim Wei.", "en"),
])
def test_a_figure_of_a_sentence_opening_with_a_place_is_the_places(text: str, lang: str) -> None:
    (count,) = [f for f in facts_of(text, "metric", lang) if f["args"]["value"] == 12.0]
    assert count["args"]["subject"] == "Penang"


@pytest.mark.parametrize("text,lang,value", [
    ("Velmora's consulting unit saw sales slip 3.2 percent to $96 million.", "en", -3.2),
    ("Velmora's net loss narrowed to $1.08 billion, a 29% reduction.", "en", -29.0),
    ("Velmora's revenue fell 4% to $2 billion.", "en", -4.0),
    ("Velmora's revenue rose 12% to $3 billion.", "en", 12.0),
    ("Le chiffre d'affaires de Velmora a baissé de 2,4 % au troisième trimestre.", "fr", -2.4),
    ("Velmora a écoulé 2,1 millions d'ordinateurs, en recul de 8 %.", "fr", -8.0),
    ("La part des clients de Velmora sans contrat est tombée à 22 %.", "fr", 22.0),
    ("Velmora's net loss narrowed 22% to $188 million in 2025.", "en", -22.0),
    ("La perte nette de Velmora s'est resserrée de 22 % en 2025.", "fr", -22.0),
])
def test_a_fall_in_percent_is_below_zero_and_a_level_is_not(text: str, lang: str, value: float) -> None:
    found = [f["args"]["value"] for f in facts_of(text, "metric", lang)
             if f["args"].get("unit") == "%"]
    assert value in found and -value not in found


def test_an_offer_price_said_of_the_shares_is_the_listed_companys() -> None:
    text = ("Velmora Compute made its debut on the STAR Market on Tuesday. The shares, priced at "
            "42.80 yuan each, opened at 118 yuan.")
    (price,) = [f for f in facts_of(text, "metric", "en") if f["args"]["value"] == 42.8]
    assert price["args"]["subject"] == "Velmora Compute" and price["confidence"] >= 0.5


def test_a_figure_after_a_horizon_already_said_takes_the_next_one() -> None:
    text = ("The council aims to reach 480 petaflops and 4,000 GPUs by the end of 2027, and 1,200 "
            "petaflops and 10,000 GPUs by 2029, the Velmora Council said.")
    found = {(f["args"]["value"], f["args"].get("deadline")) for f in facts_of(text, "target", "en")}
    assert {(480.0, 2027), (4000.0, 2027), (1200.0, 2029), (10000.0, 2029)} <= found
    assert (1200.0, 2027) not in found


def test_a_share_of_a_countrys_companies_is_the_countrys() -> None:
    text = ("Selon l'Office national des statistiques, 9 % des entreprises vietnamiennes utilisaient "
            "l'IA en 2025. Le programme prévoit que 30 % des entreprises vietnamiennes devront "
            "utiliser au moins une solution d'IA en 2030.")
    (share,) = [f for f in facts_of(text, "metric") if f["args"]["value"] == 9.0]
    (goal,) = [f for f in facts_of(text, "target") if f["args"]["value"] == 30.0]
    assert share["args"]["subject"] == "Vietnam" and goal["args"]["subject"] == "Vietnam"


def test_a_count_of_a_countrys_companies_stays_its_counters() -> None:
    text = "Velmora Group has signed up 100 Japanese companies for its new cloud service."
    (count,) = [f for f in facts_of(text, "metric", "en") if f["args"]["value"] == 100.0]
    assert count["args"]["subject"] == "Velmora Group"


def test_inaugurating_a_facility_launches_it() -> None:
    (launch,) = facts_of("The Velmora Council today inaugurated the Velmora AI Compute Centre in Tainan.",
                         "launch", "en")
    assert launch["args"]["product"] == "Velmora AI Compute Centre"


@pytest.mark.parametrize("text,lang,expected", [
    ("Velmora Compute raised 6.4 billion yuan. The company said it would spend 3.2 billion yuan on "
     "its next chip, 1.5 billion yuan on software tools and 900 million yuan on a research centre.",
     "en", {(1.5e9, "software tools"), (9e8, "research centre")}),
    ("Velmora said the group would invest ¥150 billion in generative AI by March 2029, including "
     "¥45 billion for a GPU cluster.", "en", {(4.5e10, "GPU cluster")}),
    ("Velmora consacrera 2 milliards d'euros à ses centres de données, 500 millions d'euros à la "
     "recherche et 300 millions à la formation.", "fr", {(5e8, "recherche"), (3e8, "formation")}),
])
def test_sums_listed_after_a_spending_are_fundings_of_their_own(text: str, lang: str,
                                                                 expected: set[tuple[float, str]]) -> None:
    found = {(f["args"]["amount"]["value"], f["args"].get("purpose")) for f in facts_of(text, "funding", lang)}
    assert expected <= found


def test_a_sum_said_to_be_spent_is_projected() -> None:
    text = "Velmora Compute raised money. The company said it would spend 3.2 billion yuan on chips."
    (spent,) = [f for f in facts_of(text, "funding", "en") if f["args"]["amount"]["value"] == 3.2e9]
    assert spent["modality"] == "projected"


def test_a_price_beside_a_spending_is_no_listed_funding() -> None:
    text = "Velmora will invest $2 billion in chips, priced at $40 a share."
    assert [f["args"]["amount"]["value"] for f in facts_of(text, "funding", "en")
            if f["rule"].startswith("funding.listed")] == []


def test_a_place_in_a_phrase_set_off_by_commas_is_not_the_figures_owner() -> None:
    text = ("Velmora Digital reported results on Monday. Overseas revenue, mostly from North America "
            "and Southeast Asia, grew 6 percent to 81 billion yen.")
    subjects = {f["args"]["subject"] for f in facts_of(text, "metric", "en")}
    assert subjects == {"Velmora Digital"}
    # an apposition naming the noun is the noun's name
    text = "Velmora sold its unit. Its parent, Brisac Group, reported revenue of 3 billion yen."
    assert {f["args"]["subject"] for f in facts_of(text, "metric", "en")} == {"Brisac Group"}


@pytest.mark.parametrize("text,lang", [
    ("Rien que sur les neuf premiers mois de 2026, Velmora a validé 31 projets.", "fr"),
    ("In the first six months of 2026 alone, Velmora approved 31 projects under the plan.", "en"),
])
def test_the_first_months_of_a_year_are_no_rank(text: str, lang: str) -> None:
    assert [f for f in facts_of(text, "target", lang) if f["rule"].startswith("target.rank")] == []


def test_a_former_employer_in_the_subjects_apposition_is_not_the_goals_owner() -> None:
    text = ("Velmora sells AI assistants. Jiang Wei, the company's founder and chief executive, "
            "previously a corporate vice-president at Microsoft, set a target of 10 million paying "
            "users across Velmora's products by the end of 2027.")
    (goal,) = [f for f in facts_of(text, "target", "en", "2026-03-01") if f["args"].get("value") == 1e7]
    assert goal["args"]["subject"] == "Velmora"


def test_a_strategic_investors_part_of_a_listing_is_its_funding_of_the_company() -> None:
    text = ("Velmora Compute listed on Tuesday. Strategic investors took 30% of the offering. They "
            "include the Brisac Fund, which bought 1.2 billion yuan of shares, and Shanghai Pudong "
            "Venture Capital, which took 500 million yuan.")
    found = {(f["args"]["subject"], f["args"]["amount"]["value"], f["args"].get("recipient"))
             for f in facts_of(text, "funding", "en")}
    assert ("Brisac Fund", 1.2e9, "Velmora Compute") in found
    assert ("Shanghai Pudong Venture Capital", 5e8, "Velmora Compute") in found
    # without a word of shares or listing, taking money is no funding
    assert facts_of("Brisac took a $2 billion charge last year.", "funding", "en") == []


@pytest.mark.parametrize("text,lang", [
    ("Le Fonds Velmora pour l'innovation a débloqué une première enveloppe de 1 000 milliards de "
     "dongs pour la période 2025-2027 afin de financer le programme.", "fr"),
    ("Dans le budget 2025-26, la ministre a débloqué 2 000 crores de roupies.", "fr"),
    ("Le ministère a lancé vendredi le programme Brisac, lors de la Journée nationale de "
     "l'innovation 2025 organisée au Centre Velmora.", "fr"),
    ("Velmora showed its chips at the Brisac Innovation Day 2025, held in Lyon.", "en"),
])
def test_a_year_written_bare_is_no_figure(text: str, lang: str) -> None:
    values = {f["args"].get("value") for kind in ("metric", "target") for f in facts_of(text, kind, lang)}
    assert not values & {2025, 2026, 2027, 26}


@pytest.mark.parametrize("text,lang,value", [
    ("Plus de 2000 emplois seraient à pourvoir chez Velmora.", "fr", 2000),
    ("Velmora bought 2048 GPUs from Brisac last year.", "en", 2048),
])
def test_a_year_like_number_before_what_it_counts_is_a_figure(text: str, lang: str, value: int) -> None:
    assert value in {f["args"]["value"] for f in facts_of(text, "metric", lang)}


@pytest.mark.parametrize("text,lang,second", [
    ("Brisac Labs a racheté Nordel. La direction veut porter les effectifs à 250 personnes d'ici "
     "à la fin de 2027 et ouvrir un bureau à Madrid l'an prochain.", "fr", "bureau"),
    ("Velmora, a Jakarta start-up, raised $20 million on Monday. The company plans to hire 500 "
     "engineers by 2027 and to open offices in Singapore and Dubai in 2026.", "en", "offices"),
])
def test_a_goal_coordinated_with_the_one_an_intent_governs_is_a_goal_too(
        text: str, lang: str, second: str) -> None:
    goals = facts_of(text, "target", lang, "2026-03-01")
    assert any(g["args"].get("value") for g in goals)
    assert any(second in g["args"]["measure"] and g["args"].get("value") is None
               and g["args"].get("deadline") in (2026, 2027) for g in goals)


@pytest.mark.parametrize("text,lang,expected", [
    ("Velmora Group and Brisac Labs signed a pact. Velmora Group will hold 51% and Brisac Labs 29%, "
     "and the state fund will take the rest.", "en", {("Velmora Group", 51.0), ("Brisac Labs", 29.0)}),
    ("Brisac Labs et Velmora Group ont créé une coentreprise. Velmora Group détiendra 60 % et "
     "Brisac Labs 40 %.", "fr", {("Velmora Group", 60.0), ("Brisac Labs", 40.0)}),
])
def test_a_percentage_an_owning_verb_holds_is_a_stake(text: str, lang: str,
                                                      expected: set[tuple[str, float]]) -> None:
    stakes = {(m["args"]["subject"], m["args"]["value"]) for m in facts_of(text, "metric", lang)
              if m["args"]["measure"].split()[0] in ("stake", "participation")}
    assert stakes >= expected


def test_a_percentage_share_is_a_measure_but_a_share_price_is_not() -> None:
    found = {(m["args"]["subject"], m["args"]["value"], m["args"]["measure"])
             for m in facts_of("Velmora Group led the market with a 22.4% share.", "metric", "en")}
    assert ("Velmora Group", 22.4, "share") in found
    text = "The share of local firms using AI tools rose to 44% last year from 30%."
    assert not [m for m in facts_of(text, "metric", "en") if m["args"]["measure"] == "share"]


@pytest.mark.parametrize("text,lang,bench,value", [
    ("Velmora-3 scored 81.3% on the JMMLU benchmark, ahead of its rivals.", "en", "JMMLU", 81.3),
    ("Velmora-3 obtient 71,3 % au test LiveCodeBench, contre 65 % pour son rival.", "fr",
     "LiveCodeBench", 71.3),
])
def test_a_score_on_a_named_test_is_that_tests_score(text: str, lang: str, bench: str,
                                                     value: float) -> None:
    found = [m for m in facts_of(text, "metric", lang) if m["args"]["value"] == value]
    assert found and bench in found[0]["args"]["measure"]
    assert found[0]["args"]["subject"] == "Velmora-3"


def test_names_listed_in_an_object_ending_with_a_common_noun_are_each_launched() -> None:
    text = "Baidu unveiled the Velmo Glasses Pro 2 and the ERNIE 5.5 Turbo model on Thursday."
    products = {f["args"]["product"] for f in facts_of(text, "launch", "en")}
    assert {"Velmo Glasses Pro 2", "ERNIE 5.5 Turbo"} <= products


def test_another_name_in_a_sentence_whose_subject_is_of_another_type_is_not_the_one_meant() -> None:
    text = ("Velmora Labs builds language models for banks. In December 2023, Velmo Mini, a compact "
            "model with 10.7 billion parameters, briefly topped Hugging Face's leaderboard of open "
            "models. Velmo Pro 2, released in July 2025 with 31 billion parameters, is now sold to "
            "enterprises in Korea.")
    (launch,) = [f for f in annotate_text(text, lang="en", published="2026-03-01")["facts"]
                 if f["type"] == "launch"]
    assert launch["args"]["product"] == "Velmo Pro 2"
    assert launch["args"].get("subject") != "Hugging Face"


@pytest.mark.parametrize("text,lang", [
    ("Velmora Labs listed on Nasdaq in September 2023; the listing raised $4.87bn, with shares "
     "priced at $51.", "en"),
])
def test_an_exchange_named_before_raises_nothing_and_prices_nothing(text: str, lang: str) -> None:
    facts = facts_of(text, "funding", lang, "2026-03-01") + facts_of(text, "metric", lang, "2026-03-01")
    assert facts and all("Nasdaq" not in (f["args"].get("subject"), f["args"].get("recipient"))
                         for f in facts)
    assert any(f["type"] == "funding" and f["args"]["amount"]["value"] == 4.87e9 for f in facts)


def test_a_name_in_the_apposition_of_the_one_before_is_not_who_acts() -> None:
    text = ("Sur le marché boursier, l'appétit est aussi au rendez-vous. Bayu Data Prima, un "
            "exploitant de centres de données de Bekasi, a levé 1 200 milliards de roupies lors de "
            "son introduction en Bourse.")
    subjects = {f["args"].get("subject") for f in facts_of(text, "funding", "fr", "2026-03-01")}
    assert "Bekasi" not in subjects


@pytest.mark.parametrize("text,lang", [
    ("Brisac Labs a racheté Nordel en mars. La direction veut doubler ses effectifs d'ici 2027 et "
     "ouvrir un bureau à Madrid l'an prochain.", "fr"),
    ("Velmora, a Jakarta start-up, raised $20 million on Monday. The company plans to double its "
     "staff by 2027 and to open an office in Dubai next year.", "en"),
])
def test_two_coordinated_goals_without_figures_are_two_goals(text: str, lang: str) -> None:
    measures = [g["args"]["measure"] for g in facts_of(text, "target", lang, "2026-03-01")]
    assert any("office" in m or "bureau" in m for m in measures)
    assert any("effectifs" in m or "staff" in m for m in measures)


@pytest.mark.parametrize("text,lang", [
    ("Velmora Robotics a inauguré une usine à Lyon. L'entreprise, qui emploie 900 personnes, prévoit "
     "de réaliser un chiffre d'affaires de 2 milliards d'euros en 2027.", "fr"),
    ("Velmora Robotics a levé 40 millions d'euros. La start-up, qui emploie 150 personnes, prévoit "
     "de réaliser un chiffre d'affaires de 90 millions d'euros en 2027.", "fr"),
])
def test_a_subject_described_by_a_relative_clause_sets_the_main_verbs_goal(text: str, lang: str) -> None:
    goals = [g for g in facts_of(text, "target", lang, "2026-03-01") if g["args"].get("unit") == "EUR"]
    assert goals and all(g["args"]["subject"] == "Velmora Robotics" for g in goals)


@pytest.mark.parametrize("text,lang", [
    ("Selon deux personnes proches du dossier, Velmora envisagerait une introduction en Bourse en 2027.", "fr"),
    ("Velmora plans a listing in 2027, according to three people familiar with the matter.", "en"),
])
def test_a_count_of_sources_is_no_figure(text: str, lang: str) -> None:
    facts = facts_of(text, "target", lang, "2026-03-01") + facts_of(text, "metric", lang, "2026-03-01")
    assert not any(f["args"].get("value") in (2.0, 3.0) for f in facts)


@pytest.mark.parametrize("text,lang,measure", [
    ("Velmora Holdings a publié ses résultats jeudi. La division d'électronique grand public a vu ses "
     "ventes reculer de 6,8 %, pénalisée par la faiblesse du marché des téléviseurs en Chine.", "fr", "ventes"),
    ("Velmora Holdings published its results on Thursday. Its consumer electronics division saw sales "
     "fall 6.8%, hurt by weak demand for televisions in China.", "en", "sales"),
])
def test_a_place_in_another_clause_does_not_own_a_figure(text: str, lang: str, measure: str) -> None:
    (fall,) = [m for m in facts_of(text, "metric", lang, "2026-02-13") if m["args"]["value"] == -6.8]
    assert fall["args"]["subject"] == "Velmora Holdings"
    assert fall["args"]["measure"].startswith(measure)


@pytest.mark.parametrize("text,lang,subject", [
    ("Le Vietnam a adopté sa stratégie numérique. Les entreprises Velmora et Brisac l'ont saluée. L'État "
     "apportera 2 000 milliards de dongs au fonds.", "fr", "Vietnam"),
    ("Indonesia adopted its AI road map last week. Velmora and Brisac welcomed it. The state has committed "
     "12 trillion rupiah to the plan.", "en", "Indonesia"),
])
def test_the_state_alone_is_the_countrys_government(text: str, lang: str, subject: str) -> None:
    (funding,) = facts_of(text, "funding", lang, "2026-03-01")
    assert funding["args"]["subject"] in (subject, f"Government of {subject}")


def test_the_state_is_the_region_the_article_is_about() -> None:
    text = ("Le Velmorie a accueilli le salon Brisac Expo. L'Australie y a signé un accord avec le Velmorie. "
            "Le Velmorie compte 875 centres. L'État veut porter ses exportations à 90 milliards de roupies "
            "d'ici 2030.")
    subjects = {t["args"]["subject"] for t in facts_of(text, "target", "fr", "2026-03-01")}
    assert "Australia" not in subjects


@pytest.mark.parametrize("text,lang", [
    ("The Bank of Korea and Velmora Systems signed a pact on Monday.", "en"),
    ("La Banque de Corée et Velmora Systems ont signé un accord lundi.", "fr"),
])
def test_a_party_coordinated_inside_a_name_is_a_party(text: str, lang: str) -> None:
    (agreement,) = facts_of(text, "agreement", lang)
    assert "Velmora Systems" in agreement["args"]["parties"] and len(agreement["args"]["parties"]) == 2


@pytest.mark.parametrize("text,lang,expected", [
    ("Velmora Intelligence raised HK$4.68 billion in its listing. Brisac Capital subscribed for US$120 million "
     "worth of shares, the Orsat Investment Corporation for US$80 million and Kelvane Group for US$50 million.",
     "en", {("Brisac Capital", 120e6), ("Orsat Investment Corporation", 80e6), ("Kelvane Group", 50e6)}),
    ("Velmora Capital apporte 30 millions d'euros, Brisac Partners 20 millions d'euros.", "fr",
     {("Velmora Capital", 30e6), ("Brisac Partners", 20e6)}),
])
def test_a_verb_left_out_after_the_first_giver_holds_for_each_pair(
        text: str, lang: str, expected: set[tuple[str, float]]) -> None:
    found = facts_of(text, "funding", lang, "2026-03-01")
    pairs = {(f["args"]["subject"], f["args"]["amount"]["value"]) for f in found}
    assert expected <= pairs
    assert all(f["args"].get("recipient") not in {s for s, _v in expected} for f in found)


def test_a_count_before_coordinated_modifiers_counts_their_head() -> None:
    (goal,) = facts_of("Velmora Digital plans to hire 3,000 AI and data engineers by March 2028.", "target", "en",
                       "2026-03-01")
    assert goal["args"]["measure"].endswith("engineers") and goal["args"]["value"] == 3000


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("Brenn said the government aims to lift Velmoria's share of the global market for AI chips to "
     "12% by 2031, from about 4% last year.", "en", "share"),
    ("L'objectif du gouvernement est clair : porter à 35 % d'ici 2029 la part des PME valdoriennes "
     "qui utilisent l'IA.", "fr", "part"),
])
def test_a_goal_that_brings_something_to_a_level_measures_that_thing(text: str, lang: str, measure: str) -> None:
    targets = facts_of(text, "target", lang=lang)
    assert [(t["args"]["measure"].split()[0], t["args"]["value"], t["args"]["deadline"]) for t in targets] \
        == [(measure, 12.0 if lang == "en" else 35.0, 2031 if lang == "en" else 2029)]


@pytest.mark.parametrize(("text", "lang"), [
    ("La capacité du site d'Orvane doit passer de 40 à 150 mégawatts d'ici à la fin de 2029.", "fr"),
    ("Orvane's data centre capacity will grow from 40 to 150 megawatts by the end of 2029.", "en"),
])
def test_a_change_from_one_figure_to_another_aims_at_the_second(text: str, lang: str) -> None:
    targets = facts_of(text, "target", lang=lang)
    assert [t["args"]["value"] for t in targets] == [150.0]


def test_the_figure_a_forecast_starts_from_is_no_target() -> None:
    targets = facts_of("Analysts expect Orvane's operating profit to double next year to about "
                       "₩640 billion, from an estimated ₩310 billion in 2026.", "target", lang="en",
                       date="2026-11-19")
    assert [(t["args"]["value"], t["args"]["measure"], t["args"]["deadline"]) for t in targets] \
        == [(640e9, "operating profit", 2027)]  # 'next year', said right before its figure


def test_figures_after_a_horizon_of_other_figures_take_the_next_one() -> None:
    targets = facts_of("The council aims to reach 480 petaflops and 4,000 GPUs by the end of 2027, "
                       "and 1,200 petaflops with 10,000 GPUs by 2029.", "target", lang="en",
                       date="2026-11-19")
    assert sorted((t["args"]["value"], t["args"]["deadline"]) for t in targets) \
        == [(480.0, 2027), (1200.0, 2029), (4000.0, 2027), (10000.0, 2029)]


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("L'objectif de l'entreprise est le retour à l'équilibre en 2028.", "fr", "retour à l'équilibre"),
    ("The goal of the company is a return to profit in 2028.", "en", "return to profit"),
])
def test_a_goal_stated_with_a_copula_is_what_follows_not_whose_it_is(text: str, lang: str, measure: str) -> None:
    targets = facts_of(text, "target", lang=lang)
    assert [(t["args"]["measure"], t["args"]["deadline"]) for t in targets] == [(measure, 2028)]


def test_a_measure_keeps_the_words_before_its_noun_in_english() -> None:
    (metric,) = facts_of("Orvane says its model transcribes calls with a word error rate of 6.2%.",
                         "metric", lang="en")
    assert (metric["args"]["measure"], metric["args"]["value"]) == ("word error rate", 6.2)


@pytest.mark.parametrize(("text", "measure"), [
    ("Indonesian AI start-ups raised $2.3 billion in the first nine months of 2026.", "raised"),
    ("Orvane aims to reach $90 million in annual recurring revenue by March 2028.", "annual recurring revenue"),
])
def test_after_in_a_sum_measures_a_noun_not_a_time(text: str, measure: str) -> None:
    found = facts_of(text, "metric", lang="en") + facts_of(text, "target", lang="en")
    assert [f["args"]["measure"] for f in found if measure in f["args"]["measure"]]
    assert not [f for f in found if f["args"]["measure"] == "first"]


def test_a_capitalised_word_inside_a_name_the_model_missed_is_no_trigger() -> None:
    text = ("Le Forum Kessa de l'IA, organisé par l'Agence de promotion de l'économie numérique "
            "(depa) du 24 au 26 novembre au Queen Sirikit National Convention Center de Bangkok, a "
            "réuni quelque 18 000 participants.")
    assert not facts_of(text, "agreement")


@pytest.mark.parametrize(("text", "lang"), [
    ("La jeune pousse Orvane AI veut s'étendre. La société de Bangkok, fondée en 2022, a lancé "
     "Talu-3 en juin.", "fr"),
    ("The start-up Orvane AI wants to grow. The company from Bangkok, founded in 2022, launched "
     "Talu-3 in June.", "en"),
])
def test_a_company_noun_from_a_place_is_the_company(text: str, lang: str) -> None:
    launches = facts_of(text, "launch", lang=lang)
    assert [(f["args"]["subject"], f["args"]["product"]) for f in launches] == [("Orvane AI", "Talu-3")]
