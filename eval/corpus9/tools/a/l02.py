d = "l02"; D = "2026-11-11"; P = "2026-11-11"
S = "Mingxu Intelligence"; T = "Tianlu-3"
F(d, "launch", {"subject": S, "product": T}, D, "asserted", "Mingxu Intelligence a lancé mercredi Tianlu-3, un grand modèle de langage")
F(d, "launch", {"subject": S, "product": T}, D, "asserted", "Le modèle est accessible dès mercredi aux entreprises via une interface de programmation", True)
e1 = "annoncé dans la foulée une levée de fonds de 4,2 milliards de yuans (environ 590 millions de dollars)"
e1b = "Le tour de table a été mené par le géant du commerce en ligne Alibaba"
F(d, "funding", {"subject": "Alibaba", "amount": M(4200000000, "CNY"), "recipient": S, "purpose": FUNDRAISE}, D, "asserted", e1b)
F(d, "funding", {"subject": S, "amount": M(4200000000, "CNY"), "purpose": FUNDRAISE}, D, "asserted", e1, True)
F(d, "funding", {"subject": S, "amount": M(590000000, "USD"), "purpose": FUNDRAISE}, D, "asserted", e1, True)
F(d, "funding", {"subject": "Alibaba", "amount": M(590000000, "USD"), "recipient": S, "purpose": FUNDRAISE}, D, "asserted", e1, True)
F(d, "funding", {"subject": "Pujiang Capital", "amount": M(4200000000, "CNY"), "recipient": S, "purpose": FUNDRAISE}, D, "asserted",
  "auquel se sont joints le fonds municipal Pujiang Capital, basé à Shanghai, et la société de capital-risque Hengyuan Ventures", True)
F(d, "funding", {"subject": "Hengyuan Ventures", "amount": M(4200000000, "CNY"), "recipient": S, "purpose": FUNDRAISE}, D, "asserted",
  "auquel se sont joints le fonds municipal Pujiang Capital, basé à Shanghai, et la société de capital-risque Hengyuan Ventures", True)
F(d, "agreement", {"parties": [S, "Alibaba", "Pujiang Capital", "Hengyuan Ventures"], "topic": FUNDRAISE + ["investisseurs", "investors"]}, D, "asserted",
  "auquel se sont joints le fonds municipal Pujiang Capital, basé à Shanghai, et la société de capital-risque Hengyuan Ventures", True)
e2 = "Il valorise l'entreprise, fondée à Pékin en 2022, à 31 milliards de yuans (4,35 milliards de dollars), contre 12 milliards lors de sa précédente levée, il y a quatorze mois"
F(d, "metric", {"subject": S, "value": 31000000000, "unit": "CNY", "measure": VALO}, D, "asserted", e2)
F(d, "metric", {"subject": S, "value": 4350000000, "unit": "USD", "measure": VALO}, D, "asserted", e2, True)
F(d, "metric", {"subject": S, "value": 12000000000, "unit": "CNY", "measure": VALO}, "2025-09", "asserted", e2, True)
e3 = "Selon Mingxu, Tianlu-3 compte 480 milliards de paramètres et obtient un score de 71,2 % sur le test de programmation SWE-bench Verified, un résultat qui n'a pas été vérifié de manière indépendante"
F(d, "metric", {"subject": T, "value": 480000000000, "measure": PARAMS, "source": S}, D, "claimed", e3)
F(d, "metric", {"subject": S, "value": 480000000000, "measure": PARAMS}, D, "claimed", e3, True)
F(d, "metric", {"subject": T, "value": 71.2, "unit": "%", "measure": BENCH, "source": S}, D, "claimed", e3)
F(d, "metric", {"subject": S, "value": 71.2, "unit": "%", "measure": BENCH}, D, "claimed", e3, True)
F(d, "metric", {"subject": T, "value": -40, "unit": "%", "measure": ["prix", "price", "inférieur", "cheaper", "lower", "moins cher", "réduction", "tarif"]}, D, "asserted",
  "à un prix inférieur de 40 % à celui de la version précédente", True)
W = ["poids", "weights", "open", "libre", "ouvert", "open-weight", "publier", "publish", "publiés", "publication", "accès libre", "open source"]
F(d, "target", {"subject": S, "measure": W, "deadline": 2027}, D, "projected",
  "ses poids seront publiés en accès libre « d'ici la fin du premier trimestre 2027 »")
F(d, "target", {"subject": T, "measure": W, "deadline": 2027}, D, "projected",
  "ses poids seront publiés en accès libre « d'ici la fin du premier trimestre 2027 »", True)
F(d, "quote", {"speaker": "Zhou Yichen", "role": "le fondateur et PDG de Mingxu",
  "text": "Les modèles ouverts ont gagné la bataille des coûts. La prochaine se joue sur la fiabilité"}, D, "asserted",
  "Les modèles ouverts ont gagné la bataille des coûts. La prochaine se joue sur la fiabilité")
F(d, "quote", {"speaker": "Zhou Yichen", "text": "Nous voulons que Tianlu soit le modèle que les banques et les hôpitaux chinois osent mettre en production"}, D, "asserted",
  "Nous voulons que Tianlu soit le modèle que les banques et les hôpitaux chinois osent mettre en production", True)
F(d, "role", {"person": "Zhou Yichen", "title": CEO + ["fondateur", "founder", "co-founder", "cofondateur"], "org": S}, P, "asserted",
  "Zhou Yichen, le fondateur et PDG de Mingxu")
F(d, "role", {"person": "Zhou Yichen", "title": ["chercheur", "researcher", "research", "recherche"], "org": "Université Tsinghua"}, None, "asserted",
  "l'ancien chercheur de l'université Tsinghua", True)
F(d, "funding", {"subject": S, "purpose": ["puissance de calcul", "calcul", "compute", "computing", "acheter", "buy", "GPU"]}, D, "projected",
  "L'argent levé servira principalement à acheter de la puissance de calcul", True)
F(d, "metric", {"subject": S, "value": 1150, "measure": STAFF}, D, "asserted", "La start-up, qui emploie 1 150 personnes")
F(d, "target", {"subject": S, "measure": ["ingénieurs", "engineers", "effectifs", "staff", "doubler", "double", "embaucher", "hire", "recrutement"], "deadline": 2027}, D, "projected",
  "prévoit de doubler ses effectifs d'ingénieurs d'ici fin 2027")
F(d, "target", {"subject": S, "measure": ["bureau", "office", "ouvrir", "open", "ouverture", "Singapour", "Singapore"], "deadline": 2027}, D, "projected",
  "d'ouvrir un bureau à Singapour l'an prochain")
e4 = "Mingxu revendique plus de 8 000 entreprises clientes et un chiffre d'affaires annualisé de 1,1 milliard de yuans, en hausse de 150 % sur un an, des chiffres que l'AFP n'a pas pu confirmer"
F(d, "metric", {"subject": S, "value": 8000, "measure": CLIENTS}, D, "claimed", e4)
F(d, "metric", {"subject": S, "value": 1100000000, "unit": "CNY", "measure": ARR}, D, "claimed", e4)
F(d, "metric", {"subject": S, "value": 150, "unit": "%", "measure": ARR}, D, "claimed", e4)
F(d, "stock_move", {"subject": "MiniMax", "change_pct": -6.3, "price": M(412, "HKD")}, D, "asserted",
  "son action a reculé de 6,3 % à 412 dollars de Hong Kong mercredi")
F(d, "stock_move", {"subject": "Hang Seng Tech", "change_pct": -1.2}, D, "asserted", "L'indice Hang Seng Tech a pour sa part cédé 1,2 %")
F(d, "stock_move", {"subject": "Hang Seng", "change_pct": -0.4}, D, "asserted", "le Hang Seng a terminé en légère baisse de 0,4 %")
e5 = "Mingxu envisagerait elle-même une introduction en Bourse à Hong Kong dès le second semestre 2027, pour lever au moins 1 milliard de dollars"
IPO = ["introduction en Bourse", "IPO", "cotation", "listing", "Bourse", "coter", "list", "public offering"]
F(d, "target", {"subject": S, "value": 1000000000, "unit": "USD", "measure": IPO + ["lever", "raise", "levée"], "deadline": 2027}, D, "reported", e5, True)
F(d, "target", {"subject": S, "measure": IPO, "deadline": 2027}, D, "reported", e5, True)
F(d, "funding", {"subject": S, "amount": M(1000000000, "USD"), "purpose": IPO}, D, "reported", e5, True)
F(d, "metric", {"subject": "Chine", "value": 10, "measure": ["prix", "prices", "divisés", "divided", "API", "interfaces de programmation"], "source": "Shenzhen Orbit Research"}, "2025", "reported",
  "les prix des interfaces de programmation ont été divisés par dix en Chine depuis début 2025, selon le cabinet Shenzhen Orbit Research", True)

E(d, S, "organization", ["Mingxu"])
E(d, T, "product", ["Tianlu 3", "Tianlu"])
E(d, "Pékin", "place", ["Beijing", "Pekin"])
E(d, "Alibaba", "organization", ["Alibaba Group", "groupe Alibaba"])
E(d, "Pujiang Capital", "organization", ["Pujiang"])
E(d, "Shanghai", "place", ["Shanghaï"])
E(d, "Hengyuan Ventures", "organization", ["Hengyuan"])
E(d, "Zhou Yichen", "person", ["Zhou"])
E(d, "Université Tsinghua", "organization", ["Tsinghua", "Tsinghua University", "université Tsinghua"])
E(d, "Singapour", "place", ["Singapore"])
E(d, "MiniMax", "organization", ["MiniMax Group"])
E(d, "Bourse de Hong Kong", "organization", ["Hong Kong Stock Exchange", "HKEX", "Hong Kong Exchanges and Clearing"])
E(d, "Hang Seng Tech", "organization", ["Hang Seng Tech Index", "indice Hang Seng Tech", "Hang Seng TECH"])
E(d, "Hang Seng", "organization", ["Hang Seng Index", "indice Hang Seng", "HSI"])
E(d, "DeepSeek", "organization")
E(d, "Moonshot AI", "organization", ["Moonshot"])
E(d, "Zhipu", "organization", ["Zhipu AI", "Z.ai"])
E(d, "Shenzhen Orbit Research", "organization", ["Orbit Research"])
E(d, "Hong Kong", "place", [], True)
E(d, "Chine", "place", ["China"], True)
E(d, "SWE-bench Verified", "product", ["SWE-bench"], True)
E(d, "AFP", "organization", ["Agence France-Presse"], True)

Q(d, "What model did Mingxu Intelligence launch?", ["Tianlu-3", "Tianlu 3"])
Q(d, "Combien Mingxu Intelligence a-t-elle levé ?", ["4,2 milliards de yuans", "4,2 milliards", "4.2 billion", "590 millions de dollars", "590 million"])
Q(d, "Who led Mingxu Intelligence's funding round?", ["Alibaba"])
Q(d, "À combien la levée de fonds valorise-t-elle Mingxu ?", ["31 milliards de yuans", "31 milliards", "31 billion", "4,35 milliards de dollars", "4.35 billion"])
Q(d, "How many parameters does Tianlu-3 have, according to Mingxu?", ["480 milliards", "480 billion"])
Q(d, "Qui est le fondateur et PDG de Mingxu ?", ["Zhou Yichen"])
Q(d, "How many people does Mingxu employ?", ["1 150", "1,150", "1150"])
Q(d, "Which Hong Kong-listed rival's shares fell after Mingxu's announcement?", ["MiniMax"])
Q(d, "De combien l'action MiniMax a-t-elle reculé le jour de l'annonce ?", ["6,3", "6.3"])
Q(d, "Where does Mingxu plan to open an office next year?", ["Singapour", "Singapore"])
