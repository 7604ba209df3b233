"""People's roles on sentences written for them (invented people and companies), French and
English: titles after and before a name, after a copula, founders, and where a title is held."""

from __future__ import annotations

from typing import Any

import pytest

from veille.annotate import annotate_text

pytestmark = pytest.mark.slow


def roles_of(text: str, lang: str = "fr") -> list[tuple[str, str, str | None]]:
    facts = annotate_text(text, lang=lang, published="2025-06-12")["facts"]
    return [(f["args"]["person"], f["args"]["title"], f["args"].get("org")) for f in facts
            if f["type"] == "role"]


def one(text: str, lang: str = "fr") -> tuple[str, str, str | None]:
    (role,) = roles_of(text, lang)
    return role


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Mireille Tanaka, analyste chez la société de courtage Keelbrook, juge le prix élevé.", "fr",
     ("Mireille Tanaka", "analyste", "Keelbrook")),
    ("Oskar Lindqvist, an analyst at Harwell Securities, said the deal was priced well.", "en",
     ("Oskar Lindqvist", "analyst", "Harwell Securities")),
    ("Farah Iqbal, a senior partner at Corvane Capital, expects more listings.", "en",
     ("Farah Iqbal", "senior partner", "Corvane Capital")),
    # what the title is of stays in it; only the words before the organisation go
    ("Lanyue Technologies a ouvert une usine, affirme Zhou Peiwen, directrice des opérations de Lanyue "
     "Technologies.", "fr", ("Zhou Peiwen", "directrice des opérations", "Lanyue Technologies")),
    ("Paul Marten, head of sales at Velmora Systems, resigned on Monday.", "en",
     ("Paul Marten", "head of sales", "Velmora Systems")),
    # 'managing' tagged as a verb
    ("Tan Mei Ling, managing director of Velmora Systems, said it would grow.", "en",
     ("Tan Mei Ling", "managing director", "Velmora Systems")),
])
def test_a_title_after_the_name_and_its_organisation_apart(text: str, lang: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert one(text, lang) == expected


def test_a_place_describing_the_firm_is_not_where_the_title_is_held() -> None:
    assert one("Eleanor Vance, a partner at Singapore-based hedge fund Tidewater Capital, said "
               "the listing was priced well.", "en") == ("Eleanor Vance", "partner",
                                                         "Tidewater Capital")


def test_a_minister_s_portfolio_is_a_ministry() -> None:
    assert one("Ilie Vasilescu, ministre de l'Économie numérique, l'a confirmé.") == (
        "Ilie Vasilescu", "ministre de l'Économie numérique", "Ministère de l'Économie numérique")


def test_two_titles_coordinated_share_the_organisation() -> None:
    roles = roles_of("Jun Arakawa, co-founder and chief executive of Tessaly Robotics, spoke first.",
                     "en")
    assert {(p, t, o) for p, t, o in roles} == {
        ("Jun Arakawa", "co-founder", "Tessaly Robotics"),
        ("Jun Arakawa", "chief executive", "Tessaly Robotics")}


def test_a_head_of_state_gets_the_country_of_the_adjective() -> None:
    person, title, org = one("Le président brésilien Tomas Ferreira a salué le projet.")
    assert (person, org) == ("Tomas Ferreira", "Brésil")
    person, title, org = one("La Première ministre norvégienne Ingrid Solberg a ouvert la séance.")
    assert (person, org) == ("Ingrid Solberg", "Norvège")


def test_a_minister_gets_the_ministry_the_title_names() -> None:
    person, title, org = one("Le ministre du Numérique, Karim Benali, a ouvert le sommet.")
    assert (person, org) == ("Karim Benali", "Ministère du Numérique")
    person, title, org = one("Minister of Trade and Industry Dana Osei announced the plan.", "en")
    assert (person, org) == ("Dana Osei", "Ministry of Trade and Industry")


def test_an_organisation_named_before_the_title() -> None:
    assert one("Northvale chief executive Maya Lund said demand was strong.", "en")[2] == "Northvale"
    person, title, org = one("Brazil's President Tomas Ferreira visited the plant.", "en")
    assert (title, org) == ("President", "Brazil")


def test_a_possessive_title_is_held_at_the_company_of_the_sentence_before() -> None:
    roles = roles_of("Corvane Systems a présenté ses résultats jeudi. Son patron Lars Engel a "
                     "promis des embauches.")
    assert roles == [("Lars Engel", "patron", "Corvane Systems")]


def test_founders_listed_together() -> None:
    roles = roles_of("Fondée en 2021 par Ayla Demir et Bruno Sato, Velmora Labs emploie 40 "
                     "personnes.")
    assert sorted(roles) == [("Ayla Demir", "cofondateur", "Velmora Labs"),
                             ("Bruno Sato", "cofondateur", "Velmora Labs")]
    roles = roles_of("Halden AI, founded by Maya Lund, Piet Jansen and Omar Haddad, raised money.",
                     "en")
    assert {p for p, _t, _o in roles} == {"Maya Lund", "Piet Jansen", "Omar Haddad"}
    assert {o for _p, _t, o in roles} == {"Halden AI"}


def test_founders_described_before_the_company_is_named() -> None:
    roles = roles_of("Fondée en 2016 par Ayla Demir et Bruno Sato, deux anciens chercheurs de "
                     "l'Institut Pasteur, Velmora conçoit des puces.")
    assert sorted(roles) == [("Ayla Demir", "cofondateur", "Velmora"),
                             ("Bruno Sato", "cofondateur", "Velmora")]


def test_a_founder_described_by_a_former_employer() -> None:
    roles = roles_of("Halden AI, founded in 2017 by former Samsung engineer Piet Jansen, makes "
                     "chips.", "en")
    assert ("Piet Jansen", "founder", "Halden AI") in roles


def test_a_head_of_government_holds_no_ministry() -> None:
    roles = roles_of("Moldova's Prime Minister Ilie Vasilescu opened the data centre in "
                     "Chisinau.", "en")
    assert roles == [("Ilie Vasilescu", "Prime Minister", "Moldova")]


def test_a_title_before_a_name_is_no_organisation() -> None:
    roles = roles_of("Science Minister Ilie Vasilescu said the fund would open in May.", "en")
    assert roles == [("Ilie Vasilescu", "Science Minister", "Ministry of Science")]
    doc = annotate_text("Chief Financial Officer Piet Jansen said margins would improve.",
                        lang="en")
    assert [e["text"] for e in doc["entities"]] == ["Piet Jansen"]


@pytest.mark.parametrize(("text", "title", "org"), [
    ("Valdoria will spend 1 trillion lei on chips, Finance Minister Ilie Vasilescu said on Tuesday.",
     "Finance Minister", "Ministry of Finance"),
    ("Trade Secretary Ilie Vasilescu said the deal would be signed in May.", "Trade Secretary", None),
])
def test_a_portfolio_before_a_title_is_no_organisation(text: str, title: str, org: str | None) -> None:
    """'Finance Minister X': the portfolio the model reads as a body names the ministry, not an
    organisation called 'Finance'."""
    doc = annotate_text(text, lang="en", published="2025-06-12")
    assert not {e["text"] for e in doc["entities"]} & {"Finance", "Trade"}
    roles = [(f["args"]["person"], f["args"]["title"], f["args"].get("org")) for f in doc["facts"]
             if f["type"] == "role"]
    if org is not None:
        assert roles == [("Ilie Vasilescu", title, org)]


@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "The government will lease 10,000 GPUs. Second Vice Minister of Science and ICT Ha Eun-ji "
           "said the leases would cost about 320 billion won.", "Ha Eun-ji", "Ministry of Science and ICT"),
    ("en", "Under the plan, Second Vice Minister Lim Ye-won will chair the panel.", "Lim Ye-won", None),
])
def test_a_korean_name_the_model_missed_is_a_person(lang: str, text: str, person: str,
                                                     org: str | None) -> None:
    """'Ha Eun-ji': a short family name and a given name of two syllables joined by a hyphen."""
    doc = annotate_text(text, lang=lang, published="2026-12-03")
    assert {e["name"]: e["type"] for e in doc["entities"]}.get(person) == "person"
    if org is not None:
        assert (person, org) in {(f["args"]["person"], f["args"].get("org")) for f in doc["facts"]
                                 if f["type"] == "role"}


def test_a_family_name_alone_is_the_person_named_so_last() -> None:
    """'Park' after a byline's 'Min-ji Park' and 'Park Eun-jeong': a family name first in an East
    Asian name, the person named last before it (a guard: with the byline found as a name, the
    first full name holding the word took it)."""
    doc = annotate_text("By Min-ji Park\n\nKim founded Orvane with Park Eun-jeong, a researcher. "
                        "Park, the company's chief scientist, oversees its research.", lang="en",
                        published="2025-10-14")
    park = [e for e in doc["entities"] if e["text"] == "Park"]
    assert park and {e["name"] for e in park} == {"Park Eun-jeong"}


def test_a_title_after_a_copula() -> None:
    assert one("Marc Duval a été nommé directeur financier du groupe Corvane.")[:2] == (
        "Marc Duval", "directeur financier")
    assert one("Anna Berg, who is chairman of Tessaly Robotics, declined to comment.", "en")[1:] == (
        "chairman", "Tessaly Robotics")


def test_a_title_stops_at_a_time() -> None:
    assert one("Anna Berg was appointed chief executive on Monday.", "en")[1] == "chief executive"


def test_a_profession_is_no_role() -> None:
    assert roles_of("Marc Duval est un investisseur connu à Lyon.") == []
    assert roles_of("Selon Anna Berg, la demande restera forte.") == []


def test_role_facts_say_how_sure_they_are() -> None:
    facts: list[dict[str, Any]] = annotate_text(
        "Le président brésilien Tomas Ferreira a salué le projet.", lang="fr",
        published="2025-06-12")["facts"]
    (role,) = [f for f in facts if f["type"] == "role"]
    assert role["rule"] == "role.title.v1" and 0 < role["confidence"] <= 1


def test_a_title_starts_after_the_preposition_before_it() -> None:
    text = ("Valmera, le fonds souverain créé en février par le président chilien Tomás Aguirre "
            "pour gérer les participations publiques, a ouvert un bureau.")
    titles = [title for person, title, _org in roles_of(text) if person == "Tomás Aguirre"]
    assert titles and all(t.startswith("président") for t in titles)


def test_a_capitalised_president_alone_heads_the_article_s_country() -> None:
    text = ("Chile wants to train 10,000 AI engineers. President Tomás Aguirre has pledged to "
            "secure 50,000 GPUs for the country by 2030.")
    assert ("Tomás Aguirre", "President", "Chile") in roles_of(text, "en")


def test_a_company_title_with_an_elided_article_is_held_at_the_article_s_company() -> None:
    text = ("La start-up Orbelia AI a levé 20 milliards de yens. « Nous voulons inventer », estime "
            "Marta Velasquez, directrice de l'exploitation, qui ne donne pas de chiffre.")
    assert ("Marta Velasquez", "directrice de l'exploitation", "Orbelia AI") in roles_of(text)


def test_a_title_starts_after_a_date_or_a_possessive_before_it() -> None:
    titles = [title for person, title, _org in roles_of(
        "Orbelia Labs a nommé jeudi sa directrice générale Claire Varn.") if person == "Claire Varn"]
    assert titles == ["directrice générale"]


def test_a_last_name_the_model_mistyped_is_the_person_and_serves_as_states_a_title() -> None:
    text = ("Vakya AI raised $18 million. It was founded in 2024 by Meera Krishnan and Arjun "
            "Malhotra. Krishnan is chief executive; Malhotra serves as chief technology officer.")
    roles = roles_of(text, "en")
    assert ("Meera Krishnan", "chief executive", "Vakya AI") in roles
    assert ("Arjun Malhotra", "chief technology officer", "Vakya AI") in roles


def test_president_of_the_group_is_held_at_the_article_s_company() -> None:
    text = ("La société Orbelia Systems a présenté sa puce. « La puce forme un tout », a résumé Lu Weibing, président "
            "du groupe, interrogé par la presse.")
    assert ("Lu Weibing", "président du groupe", "Orbelia Systems") in roles_of(text)


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("Velmora, présidée par Anna Kowal depuis 2021, a levé 10 millions d'euros.", "fr",
     ("Anna Kowal", "président", "Velmora")),
    ("Orsana Robotics, the company chaired by Karim Aziz since 2022, hired 40 engineers.", "en",
     ("Karim Aziz", "chair", "Orsana Robotics")),
])
def test_a_company_led_by_a_person_in_the_passive(text: str, lang: str,
                                                  role: tuple[str, str, str]) -> None:
    """'X, présidée par Y', 'X, chaired by Y': Y chairs X."""
    assert role in roles_of(text, lang)


def test_a_round_led_by_a_fund_gives_no_role() -> None:
    assert roles_of("The round was led by Orsa Capital and Kelso Partners.", "en") == []


@pytest.mark.parametrize(("text", "role"), [
    ("Minister of Digital Affairs Tengku Harun Malik said the plan would work.",
     ("Tengku Harun Malik", "Minister of Digital Affairs", "Ministry of Digital Affairs")),
    ("Prime Minister Datuk Seri Harun Malik opened the summit.", ("Harun Malik", "Prime Minister", None)),
    ("Former premier Tun Harun Malik spoke first.", ("Harun Malik", "Former premier", None)),
])
def test_malaysian_forms_of_address(text: str, role: tuple[str, str, str | None]) -> None:
    """A royal line ('Tengku') is part of the name, an honour ('Datuk Seri', 'Tun') of no
    name, and neither ends the ministry's name or the title before it."""
    assert role in roles_of(text, "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Jana Morel likes to say she became an entrepreneur by accident. The co-founder and chief "
           "executive of Orbelia Robotics, a start-up based in Lyon, spent ten years at Brindle Labs.",
     ("Jana Morel", "Orbelia Robotics")),
    ("fr", "Claire Dumont aime dire qu'elle est devenue patronne par hasard. La cofondatrice et "
           "directrice générale d'Orbelia Robotics, une start-up lyonnaise, a passé dix ans chez "
           "Brindle Labs.", ("Claire Dumont", "Orbelia Robotics")),
])
def test_a_title_opening_a_sentence_is_the_person_of_the_sentence_before(
        lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(person, org) for person, _title, org in roles_of(text, lang)}


def test_a_title_opening_a_sentence_with_its_name_is_that_names() -> None:
    text = ("Jana Morel spoke first. The chief executive of Orbelia Robotics, Paul Vidal, said the plant "
            "would open in May.")
    assert ("Jana Morel", "Orbelia Robotics") not in {(p, o) for p, _t, o in roles_of(text, "en")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Jana Morel dirige Orbelia Robotics. Elle a lancé son nouveau robot en mars avec Paul Vidal."),
    ("en", "Sarah Chen runs Orbelia Robotics. She launched the Kestrel robot in March with David Park."),
])
def test_launching_a_product_with_someone_founds_nothing(lang: str, text: str) -> None:
    assert not [t for _p, t, _o in roles_of(text, lang) if "fondat" in t or "founder" in t]


@pytest.mark.parametrize(("lang", "text", "founders"), [
    ("en", "Orbelia Robotics makes robots. Jana Morel founded the company in 2016 with Paul Vidal, its "
           "chief technology officer.", {"Jana Morel", "Paul Vidal"}),
    ("fr", "Orbelia Robotics fabrique des robots. Jana Morel a fondé l'entreprise en 2016 avec Paul "
           "Vidal, son directeur technique.", {"Jana Morel", "Paul Vidal"}),
    # a verb of starting, a pronoun for the founder, two partners
    ("fr", "Jana Morel dirige Orbelia Robotics. Elle a lancé la société en janvier 2023 avec Paul Vidal "
           "et Marc Aubry, deux anciens ingénieurs.", {"Jana Morel", "Paul Vidal", "Marc Aubry"}),
    ("en", "Sarah Chen is the chief executive of Orbelia Robotics. She started the company in 2023 with "
           "David Park.", {"Sarah Chen", "David Park"}),
])
def test_founding_the_company_named_before_with_someone(lang: str, text: str, founders: set[str]) -> None:
    found = {person for person, title, org in roles_of(text, lang)
             if org == "Orbelia Robotics" and ("fondat" in title.lower() or "founder" in title.lower())}
    assert found == founders


def test_pronouns_since_the_last_named_subject_stand_for_it() -> None:
    """A portrait names its subject once, then says 'elle' for paragraphs: the founder is her,
    and 'la société' the company the article is about, not the employer named last."""
    text = ("Aya Tanaka reçoit dans les bureaux d'Orbelia Robotics, à Tokyo. La fondatrice de la "
            "start-up dit avoir toujours aimé les machines.\n\nAvant de fonder Orbelia, elle a passé "
            "quatre ans à Londres comme chercheuse chez Brindle Labs, puis a dirigé l'équipe de vision "
            "de Velmo Systems à partir de 2020. C'est là qu'elle a compris que les robots industriels "
            "manquaient de souplesse et que les usines japonaises attendaient autre chose.\n\nElle a "
            "lancé la société en janvier 2023 avec Kenji Mori et Daisuke Sato, deux anciens ingénieurs.")
    found = {(p, o) for p, t, o in roles_of(text, "fr") if "fondat" in t}
    assert {("Aya Tanaka", "Orbelia Robotics"), ("Kenji Mori", "Orbelia Robotics"),
            ("Daisuke Sato", "Orbelia Robotics")} <= found, found


@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("fr", "Le gouvernement du président Tomas Varga veut hisser la Hongrie parmi les trois premières "
           "puissances de l'IA d'ici 2030.", "Tomas Varga", "Hungary"),
    ("fr", "Le programme a été présenté à Manille, aux Philippines. Le président Ramon Reyes Jr. a signé "
           "le décret jeudi.", "Ramon Reyes Jr", "Philippines"),
])
def test_a_president_of_the_state_is_the_country_s(lang: str, text: str, person: str, org: str) -> None:
    """A bare 'président' is a company's unless the sentence speaks of the state ('le
    gouvernement du président X', 'a signé le décret'): then the country's."""
    assert (person, org) in {(p, o) for p, _t, o in roles_of(text, lang)}


def test_a_bare_president_in_a_company_sentence_is_not_the_country_s() -> None:
    text = "Le président Paul Martin a présenté jeudi à Paris les résultats d'Orbelia Robotics."
    assert all(o != "France" for _p, _t, o in roles_of(text, "fr"))


def test_a_possessive_title_s_place_is_where_not_whose() -> None:
    text = ("Orbelia Cloud was represented by Priyanka Menon, its vice-president for cloud infrastructure "
            "in Southeast Asia, who said the site would open in 2027.")
    assert ("Priyanka Menon", "Orbelia Cloud") in {(p, o) for p, _t, o in roles_of(text, "en")}



def test_en_est_holds_the_title_at_the_company_the_paragraph_is_about() -> None:
    """'X en est le directeur général': 'en' stands for the organisation spoken of before."""
    text = "La start-up Orbelia a été fondée en 2021 à Nantes. Paul Martin en est le directeur général."
    assert ("Paul Martin", "directeur général", "Orbelia") in roles_of(text, "fr")


def test_a_title_after_initials_is_the_person_s() -> None:
    """'said C.C. Wei, X's chairman': the initials do not end the sentence."""
    text = '"Demand is strong," said C.C. Vann, Orbelia\'s chairman.'
    assert ("C.C. Vann", "chairman", "Orbelia") in roles_of(text, "en")


def test_a_minister_s_ministry_is_the_one_the_article_names_in_full() -> None:
    """'Science Minister X' after 'the Ministry of Science and Digital Affairs': that ministry,
    not a 'Ministry of Science' made from the title."""
    text = ("The Ministry of Science and Digital Affairs picked five teams on Monday. Science Minister "
            "Paul Orbeck has recused himself, the ministry said.")
    assert ("Paul Orbeck", "Ministry of Science and Digital Affairs") in {(p, o) for p, _t, o in roles_of(text, "en")}


@pytest.mark.parametrize(("lang", "text", "title", "org"), [
    ("en", "Orvane Labs was founded in 2023. A third co-founder, Samir Qadri, formerly head of sales at "
           "Brisk Systems, joined as chief operating officer in 2025.", "chief operating officer", "Orvane Labs"),
    ("fr", "Paul Martin, ancien directeur chez Brisk, a été nommé directeur financier de Orvane Labs.",
     "directeur financier", "Orvane Labs"),
])
def test_the_title_the_person_s_verb_gives_past_an_apposition(lang: str, text: str, title: str, org: str) -> None:
    """The apposition's title is one role, the one the person's verb gives another; the names
    of the apposition are not where the second is held."""
    assert (title, org) in {(t, o) for _p, t, o in roles_of(text, lang)}


def test_a_name_after_a_title_and_at_is_the_employer() -> None:
    """'head of sales at X': X is the organisation, even where the model read a person."""
    text = "Samir Qadri, formerly head of enterprise sales at Freshvale, joined the company in 2025."
    assert ("Samir Qadri", "head of enterprise sales", "Freshvale") in roles_of(text, "en")


def test_two_titles_each_with_its_organisation() -> None:
    """'executive vice-president of X and president of Y': two roles, each at its own
    organisation, not the second at the first's."""
    text = "Lin Tamsin, executive vice-president of Brisk Labs and president of Brisk Cloud, said sales doubled."
    got = {(t, o) for p, t, o in roles_of(text, "en") if p == "Lin Tamsin"}
    assert {("executive vice-president", "Brisk Labs"), ("president", "Brisk Cloud")} <= got


def test_two_different_titles_of_one_person_are_two_roles() -> None:
    found = roles_of("Ingrid Dahl, Norvik Bank's chief technology officer, was appointed chief "
                     "executive of Sorrel Digital, the new venture.", "en")
    assert sorted(found) == [("Ingrid Dahl", "chief executive", "Sorrel Digital"),
                             ("Ingrid Dahl", "chief technology officer", "Norvik Bank")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Brindlecore also named Ingrid Dahl, who has run its Oslo operations since 2021, as chief "
     "operating officer.", "en", ("Ingrid Dahl", "chief operating officer", "Brindlecore")),
    ("Le groupe Velmora a nommé Ingrid Dahl au poste de directrice des opérations.", "fr",
     ("Ingrid Dahl", "directrice des opérations", "Velmora")),
])
def test_the_title_a_company_appoints_someone_to_is_held_there(
        text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert one(text, lang) == expected


def test_a_title_before_the_name_and_one_after_its_copula() -> None:
    found = roles_of("Sa cofondatrice, Miriam Holt, devient directrice générale de la filiale "
                     "allemande.")
    assert [title for _p, title, _o in found] == ["cofondatrice", "directrice générale de la filiale allemande"]
    # a German subsidiary is not Germany
    assert all(org != "Allemagne" for _p, _t, org in found)


def test_a_title_said_to_hold_until_now_and_a_company_described_before() -> None:
    text = ("Brisac Capital, the emirate's sovereign wealth fund, signed the deal on Monday. Hamid Al "
            "Rawas, deputy president of the sovereign fund, will chair the board. Orvelink AI hired a "
            "new technology chief: Sunil Varma, until now head of product, takes over.")
    found = roles_of(text, "en")
    assert {(person, org) for person, _t, org in found} >= {
        ("Hamid Al Rawas", "Brisac Capital"), ("Sunil Varma", "Orvelink AI")}
    assert not any(title.startswith("until now") for _p, title, _o in found)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Amy Hsu remains chief technology officer at Tarvel Labs.", "en",
     ("Amy Hsu", "chief technology officer", "Tarvel Labs")),
    ("Amy Hsu will become chairman of Tarvel Labs.", "en", ("Amy Hsu", "chairman", "Tarvel Labs")),
    ("Amy Hsu reste directrice technique de Tarvel Labs.", "fr",
     ("Amy Hsu", "directrice technique", "Tarvel Labs")),
])
def test_a_title_kept_or_to_come_is_a_title(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(text, lang)


def test_a_title_after_an_apposition_is_held_where_the_apposition_says() -> None:
    text = ("La start-up parisienne Sillage AI rachète la société berlinoise Nordgraph. Thomas Aubel, "
            "l'autre cofondateur de Sillage AI, reste directeur technique.")
    assert ("Thomas Aubel", "directeur technique", "Sillage AI") in roles_of(text)
    text = ("Brisac AI bought the Berlin start-up Nordgraph Systems. Tom Aubel, formerly head of sales at "
            "Nordgraph Systems, joined as chief operating officer.")
    assert ("Tom Aubel", "chief operating officer", "Brisac AI") in roles_of(text, "en")


def test_who_will_act_as_a_title_holds_it() -> None:
    text = ("Tarvel Labs confirmed that its chief financial officer, Victor Orvel, would leave. Deputy "
            "finance director Chou Mei-ling will act as interim CFO until a successor is found.")
    assert any(r[0] == "Chou Mei-ling" and r[1] == "interim CFO" for r in roles_of(text, "en"))


@pytest.mark.parametrize("text,lang,founders", [
    ("Brisac Labs makes sensors. Tomas Vell, a former researcher at a bank, set up the company in "
     "2019 with Fang Yiran.", "en", {"Tomas Vell", "Fang Yiran"}),
    ("Aya Morimoto a lancé la société Brisac Labs en janvier 2023 avec Kenta Ishikawa et Daisuke "
     "Fujiwara.", "fr", {"Aya Morimoto", "Kenta Ishikawa", "Daisuke Fujiwara"}),
])
def test_who_set_up_the_company_with_whom(text: str, lang: str, founders: set[str]) -> None:
    found = {p for p, t, o in roles_of(text, lang) if o == "Brisac Labs" and ("founder" in t or "fondateur" in t)}
    assert found == founders


def test_a_named_body_created_with_someone_has_no_founder() -> None:
    assert not [r for r in roles_of("Le ministère a créé l'Institut Brisac avec Kenta Ishikawa.")
                if "fondateur" in r[1]]


@pytest.mark.parametrize("text,lang,title", [
    ("Dimas Hartono, associé chez Alpha Ventures, rejoint à cette occasion le conseil "
     "d'administration de Brisac Labs.", "fr", "membre du conseil d'administration"),
    ("Brisac Labs a levé 10 millions d'euros. Pitchaya Rattanakorn, associée gérante de Beacon VC, "
     "fait son entrée au conseil d'administration de Brisac Labs.", "fr", "membre du conseil d'administration"),
    ("Ishaan Kapoor, a managing director at Peak Ventures, who joins Brisac Labs's board, said the "
     "round was oversubscribed.", "en", "board member"),
    ("Brisac Labs was formed by the fund. Mahmood Al Zadjali, deputy president of the fund, will "
     "chair the board.", "en", "chair of the board"),
])
def test_a_seat_on_a_board(text: str, lang: str, title: str) -> None:
    assert title in [t for p, t, o in roles_of(text, lang) if o == "Brisac Labs"]


def test_a_board_deciding_gives_nobody_a_seat() -> None:
    assert roles_of("Le conseil d'administration de Brisac Labs a approuvé le plan de Marc Dupin.") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Velmora AI was founded in 2023 by Rizky Pratama, Dewi Anggraini and Bayu Santoso, who serve "
     "respectively as chief executive, chief technology officer and chief product officer.", "en",
     {("Rizky Pratama", "chief executive", "Velmora AI"),
      ("Dewi Anggraini", "chief technology officer", "Velmora AI"),
      ("Bayu Santoso", "chief product officer", "Velmora AI")}),
    ("Velmora AI was founded by Rizky Pratama and Dewi Anggraini, who are chief executive and "
     "chief technology officer respectively.", "en",
     {("Rizky Pratama", "chief executive", "Velmora AI"),
      ("Dewi Anggraini", "chief technology officer", "Velmora AI")}),
    ("Velmora a été fondée en 2023 par Rizky Pratama et Dewi Anggraini, respectivement directeur "
     "général et directrice technique.", "fr",
     {("Rizky Pratama", "directeur général", "Velmora"),
      ("Dewi Anggraini", "directrice technique", "Velmora")}),
])
def test_titles_listed_respectively_pair_with_the_names_in_order(
        text: str, lang: str, expected: set[tuple[str, str, str | None]]) -> None:
    found = set(roles_of(text, lang))
    assert expected <= found
    assert not any(t.startswith("respectivement") for _p, t, _o in found)


def test_a_former_employer_named_with_the_people_is_not_where_the_respective_titles_are_held() -> None:
    found = roles_of("Tsumugi AI est une start-up de Tokyo. Aya Morimoto a lancé la société en 2023 "
                     "avec Kenta Ishikawa et Daisuke Fujiwara, deux anciens ingénieurs de Preferred "
                     "Networks, aujourd'hui respectivement directeur technique et directeur des produits.")
    assert ("Kenta Ishikawa", "directeur technique", "Tsumugi AI") in found
    assert ("Daisuke Fujiwara", "directeur des produits", "Tsumugi AI") in found


def test_a_deputy_minister_names_no_ministry_of_deputy() -> None:
    found = roles_of("Deputy Minister Chen Yu-ting said the council would review its targets.", "en")
    assert not any(o and "Deputy" in o for _p, _t, o in found)


@pytest.mark.parametrize(("text", "lang", "org"), [
    ('"We will build it," said Minister Lin Chih-hao, who chairs the NSTC.', "en",
     "National Science and Technology Council"),
    ("« Nous allons le construire », a déclaré la ministre Lin Chih-hao, qui dirige le Conseil "
     "national de la science.", "fr", "Conseil national de la science"),
])
def test_a_title_without_organisation_takes_the_one_a_relative_clause_says_the_person_leads(
        text: str, lang: str, org: str) -> None:
    assert [o for p, _t, o in roles_of(text, lang) if p == "Lin Chih-hao"] == [org]


def test_a_post_held_until_a_past_date_is_not_the_titles_organisation() -> None:
    found = roles_of("Science Minister Bae Kyung-hoon, who headed Velmora Labs until June, recused "
                     "himself.", "en")
    assert [o for p, _t, o in found if p == "Bae Kyung-hoon"] == ["Ministry of Science"]


def test_a_president_in_a_companys_results_is_the_companys() -> None:
    text = ("Velmora Digital raised its full-year forecast on Monday. Velmora Digital's profit rose "
            "12%. President Haruki Mizuno told a news conference in Tokyo that demand was strong.")
    assert ("Haruki Mizuno", "President", "Velmora Digital") in roles_of(text, "en")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Velmora Data names a new team. Priya Raman, a Brisac Telecom vice president who ran its "
     "data-centre business, becomes chief operating officer.", "en",
     ("Priya Raman", "chief operating officer", "Velmora Data")),
    ("Velmora recrute. Lina Moreau, directrice chez Brisac, devient directrice financière.", "fr",
     ("Lina Moreau", "directrice financière", "Velmora")),
])
def test_a_post_one_moves_to_is_not_at_the_company_the_apposition_names(
        text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("Léa Morvan, cofondatrice et directrice générale de Velmora Labs, a présenté le modèle.", "fr",
     {("Léa Morvan", "cofondatrice", "Velmora Labs"), ("Léa Morvan", "directrice générale", "Velmora Labs")}),
    ("Paul Brisac, fondateur et directeur technique de la start-up Velmora, était présent.", "fr",
     {("Paul Brisac", "fondateur", "Velmora"), ("Paul Brisac", "directeur technique", "Velmora")}),
    ("Jane Orvel, co-founder and chief executive of Velmora, spoke on Monday.", "en",
     {("Jane Orvel", "co-founder", "Velmora"), ("Jane Orvel", "chief executive", "Velmora")}),
])
def test_coordinated_titles_are_two_roles_sharing_the_complement(
        text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(roles_of(text, lang)) >= expected


def test_le_president_before_a_name_is_the_countrys() -> None:
    text = ("Le sommet de Brisac a réuni 9 000 participants à Manille, à l'appel du département "
            "Velmora. Le président Orlan Dacut l'avait ouvert mardi. Les Philippines veulent "
            "former 100 000 ingénieurs.")
    assert ("Orlan Dacut", "président", "Philippines") in roles_of(text)


def test_le_president_the_gazetteer_knows_as_a_founder_is_the_companys() -> None:
    text = ("Velmora Labs a présenté sa voiture en Chine. Le président Lei Jun l'a dévoilée jeudi "
            "à Pékin. Velmora Labs en vise 300 000.")
    assert ("Lei Jun", "président", "Velmora Labs") in roles_of(text)


def test_a_ministers_title_finds_the_ministry_named_with_commas() -> None:
    roles = roles_of("The grant was approved by the Ministry of Trade, Industry and Energy on "
                     "Monday. \"It is a strategic choice,\" First Vice Minister of Trade, Industry "
                     "and Energy Kang Min-seo told reporters.", lang="en")
    assert ("Kang Min-seo", "First Vice Minister of Trade", "Ministry of Trade, Industry and Energy") in roles
