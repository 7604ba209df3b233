"""Short news articles generated from a seed, for tests that need many distinct documents
(the crash test, the hostile-input batches): French and English sentences about invented
companies, people and places, with amounts, percentages and dates for the fact frames."""

from __future__ import annotations

import random
from pathlib import Path

SYLLABLES = ["vel", "mor", "ka", "zen", "tri", "lux", "qor", "bran", "dal", "fen", "gor", "hal", "jin", "kor",
             "lin", "mar", "nov", "pel", "quin", "ros", "sal", "tam", "ul", "vor", "wen", "xan", "yar", "zul"]
SUFFIX = ["Labs", "Robotics", "AI", "Systems", "Technologies", "Data", "Cloud", "Semiconductor"]
FUNDS = ["Capital", "Ventures", "Partners", "Investissements"]
CITIES = ["Lyon", "Nantes", "Shenzhen", "Hanoï", "Séoul", "Osaka", "Bangalore", "Singapour", "Taipei", "Lille",
          "Bordeaux", "Pusan", "Hangzhou", "Chengdu", "Da Nang", "Toulouse"]
FIRST = ["Hélène", "Marc", "Li", "Minh", "Soo-jin", "Akira", "Priya", "Claire", "Jun", "Thomas", "Anh", "Lucie"]
LAST = ["Garnier", "Okafor", "Zhang", "Nguyen", "Park", "Tanaka", "Sharma", "Roux", "Chen", "Lambert", "Tran"]
WORDS_FR = ["usine", "entrepôt", "capteur", "logiciel", "laboratoire", "marché", "client", "contrat", "puce",
            "réseau", "serveur", "modèle", "agent", "robot", "données", "brevet", "stage", "ingénieur"]
WORDS_EN = ["plant", "warehouse", "sensor", "software", "lab", "market", "customer", "contract", "chip",
            "network", "server", "model", "agent", "robot", "data", "patent", "intern", "engineer"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def article(seed: int) -> tuple[str, str]:
    """(file name, text) of a generated article, French or English by the seed's parity."""
    rng = random.Random(seed)
    company = f"{_name(rng, 3)} {rng.choice(SUFFIX)}"
    other = f"{_name(rng, 3)} {rng.choice(SUFFIX)}"
    fund = f"{_name(rng)} {rng.choice(FUNDS)}"
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}{_name(rng, 1).lower()}"
    city = rng.choice(CITIES)
    amount, pct, day = rng.randint(2, 900), rng.randint(2, 40), rng.randint(1, 28)
    year = rng.choice([2024, 2025])
    if seed % 2 == 0:
        month = rng.choice(MONTHS_FR)
        words = rng.sample(WORDS_FR, 6)
        sentences = [
            f"{company} a levé {amount} millions d'euros auprès de {fund}, a annoncé la société "
            f"le {day} {month} {year}.",
            f"Les actions de {company} ont progressé de {pct} % à la Bourse de {city} après l'annonce.",
            f"{person}, directeur général de {company}, veut doubler le nombre de {words[0]}s d'ici {year + 3}.",
            f"{company} et {other} ont signé un accord de coopération sur les {words[1]}s et les {words[2]}s.",
            f"Selon {person}, le {words[3]} de {city} accueillera {rng.randint(20, 400)} {words[4]}s.",
            f"Le groupe prévoit aussi un {words[5]} à {city}, sans en donner le coût.",
        ]
    else:
        month = rng.choice(MONTHS_EN)
        words = rng.sample(WORDS_EN, 6)
        sentences = [
            f"{company} raised ${amount} million from {fund}, the company said on {month} {day}, {year}.",
            f"Shares of {company} rose {pct}% in {city} after the announcement.",
            f"{person}, chief executive of {company}, wants to double its {words[0]} count by {year + 3}.",
            f"{company} and {other} signed a cooperation agreement on {words[1]}s and {words[2]}s.",
            f"According to {person}, the {words[3]} in {city} will employ {rng.randint(20, 400)} {words[4]}s.",
            f"The group also plans a {words[5]} in {city}, without giving its cost.",
        ]
    rng.shuffle(sentences)
    title = sentences[0].split(",")[0][:80]
    return f"gen{seed:04d}.txt", title + "\n\n" + " ".join(sentences[:5]) + "\n"


def write_generated(folder: Path, count: int, first: int = 0) -> list[Path]:
    """Write `count` generated articles into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(first, first + count):
        name, text = article(seed)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
