d = "n01"; R = "2026-11-12"; B = "2026-11-13"; P = "2026-11-13"; Y = "2026"
S = "Hoshikage Devices"; K = "Kasumi-4"; METI = "Ministère de l'Économie, du Commerce et de l'Industrie"
OP = ["résultat d'exploitation", "bénéfice d'exploitation", "operating profit", "operating income", "exploitation", "operating"]
UP = ["hausse", "progression", "croissance", "growth", "rose", "increase", "variation", "change"]
DOWN = ["recul", "baisse", "decline", "fell", "drop", "variation", "change"]
e1 = "un chiffre d'affaires de 48,6 milliards de yens, en progression de 63,4 % sur un an"
F(d, "metric", {"subject": S, "value": 48600000000, "unit": "JPY", "measure": REV}, Y, "asserted", e1)
F(d, "metric", {"subject": S, "value": 63.4, "unit": "%", "measure": REV + UP}, Y, "asserted", e1)
e2 = "Le résultat d'exploitation, lui, a atteint 7,9 milliards de yens (+41,2 %)"
F(d, "metric", {"subject": S, "value": 7900000000, "unit": "JPY", "measure": OP}, Y, "asserted", e2)
F(d, "metric", {"subject": S, "value": 41.2, "unit": "%", "measure": OP}, Y, "asserted", e2)
e3 = "le bénéfice net recule en revanche de 12,5 %, à 4,1 milliards de yens"
F(d, "metric", {"subject": S, "value": 4100000000, "unit": "JPY", "measure": NP}, Y, "asserted", e3)
F(d, "metric", {"subject": S, "value": -12.5, "unit": "%", "measure": NP}, Y, "asserted", e3)
DC = ["centres de données", "data centres", "data centers", "datacenter", "centres", "ventes", "sales", "part", "share"]
e4 = "Les centres de données pèsent désormais 72 % des ventes, contre 58 % un an plus tôt"
F(d, "metric", {"subject": S, "value": 72, "unit": "%", "measure": DC}, Y, "asserted", e4)
F(d, "metric", {"subject": S, "value": 58, "unit": "%", "measure": DC}, "2025", "asserted", e4, True)
F(d, "stock_move", {"subject": S, "change_pct": 16.8, "price": M(5420, "JPY")}, B, "asserted",
  "le titre Hoshikage a clôturé en hausse de 16,8 %, à 5 420 yens")
F(d, "stock_move", {"subject": "Tokyo Electron", "change_pct": 2.4}, B, "asserted", "Tokyo Electron a pris 2,4 %")
F(d, "stock_move", {"subject": "Nikkei 225", "change_pct": 1.1}, B, "asserted", "l'indice Nikkei 225 gagnait 1,1 % pour finir à 51 268,30 points")
F(d, "stock_move", {"subject": S, "change_pct": 500}, B, "asserted",
  "Depuis l'introduction en Bourse de 2022, sa valeur a été multipliée par six", True)
e5 = "le groupe vise désormais 205 milliards de yens de chiffre d'affaires et 31 milliards de résultat d'exploitation"
F(d, "target", {"subject": S, "value": 205000000000, "unit": "JPY", "measure": REV, "deadline": 2027}, R, "projected", e5)
F(d, "target", {"subject": S, "value": 31000000000, "unit": "JPY", "measure": OP, "deadline": 2027}, R, "projected", e5)
e6 = "contre respectivement 170 et 24 milliards annoncés en mai"
F(d, "target", {"subject": S, "value": 170000000000, "unit": "JPY", "measure": REV, "deadline": 2027}, "2026-05", "projected", e6, True)
F(d, "target", {"subject": S, "value": 24000000000, "unit": "JPY", "measure": OP, "deadline": 2027}, "2026-05", "projected", e6, True)
q1 = "Nos clients ne nous demandent plus s'ils vont acheter des puces d'inférence, mais combien nous pouvons leur en livrer avant l'été"
F(d, "quote", {"speaker": "Takumi Ogasawara", "role": "fondateur et président-directeur général de Hoshikage Devices", "text": q1}, P, "asserted", q1)
e7 = "Takumi Ogasawara, fondateur et président-directeur général de l'entreprise"
F(d, "role", {"person": "Takumi Ogasawara", "title": CEO + ["président-directeur général"], "org": S}, P, "asserted", e7)
F(d, "role", {"person": "Takumi Ogasawara", "title": FOUND, "org": S}, None, "asserted", e7, True)
ORD = ["commandes", "orders", "carnet de commandes", "backlog", "commandes fermes", "firm orders", "livrer", "deliver"]
F(d, "metric", {"subject": S, "value": 90000000000, "unit": "JPY", "measure": ORD}, P, "claimed",
  "Selon lui, les commandes fermes à livrer d'ici juin dépasseraient 90 milliards de yens")
COM = ["commercialisée", "commercialisation", "commercial", "lancement", "launch", "release", "sortie", "disponible", "available", "availability", "Kasumi", "génération", "generation"]
e8 = "la prochaine génération, baptisée Kasumi-4, doit être commercialisée en février"
F(d, "target", {"subject": S, "measure": COM, "deadline": 2027}, R, "projected", e8)
F(d, "launch", {"subject": S, "product": K}, "2027-02", "projected", e8, True)
F(d, "metric", {"subject": K, "value": 2, "measure": ["nanomètres", "nanometres", "nanometers", "nm", "gravure", "gravée", "process", "node", "finesse"]}, R, "asserted",
  "Gravée en 2 nanomètres", True)
e9 = "Son développement bénéficie d'une subvention de 15 milliards de yens, accordée en septembre par le ministère de l'Économie, du Commerce et de l'Industrie (METI)"
SUB = ["subvention", "subsidy", "grant", "aide", "développement", "development", "Kasumi"]
F(d, "funding", {"subject": METI, "amount": M(15000000000, "JPY"), "recipient": S, "purpose": SUB}, "2026-09", "asserted", e9)
F(d, "funding", {"subject": S, "amount": M(15000000000, "JPY"), "purpose": SUB}, "2026-09", "asserted", e9, True)
CFO = ["directrice financière", "directeur financier", "chief financial officer", "CFO", "finance", "financial", "financière", "financier"]
e10 = "c'est Noriko Sawabe, 49 ans, qui prendra le 1er janvier les fonctions de directrice financière"
F(d, "role", {"person": "Noriko Sawabe", "title": CFO, "org": S}, "2027-01-01", "projected", e10)
F(d, "role", {"person": "Noriko Sawabe", "title": CFO, "org": S}, R, "asserted", e10, True)
F(d, "role", {"person": "Noriko Sawabe", "title": CFO + ["adjointe", "deputy"], "org": "Mitarai Precision"}, R, "asserted",
  "Elle occupait jusqu'ici le poste de directrice financière adjointe chez Mitarai Precision")
F(d, "role", {"person": "Kenji Hirose", "title": CFO + ["poste", "post"], "org": S}, R, "asserted",
  "Elle succédera à Kenji Hirose, qui part à la retraite après neuf ans à ce poste")
F(d, "metric", {"subject": S, "value": 1240, "measure": STAFF}, "2026-09", "asserted", "L'effectif, de 1 240 salariés fin septembre")
F(d, "target", {"subject": S, "value": 1700, "measure": STAFF + ["ingénieurs", "engineers", "recrutés", "recruit", "hire"], "deadline": 2028}, R, "projected",
  "doit être porté à 1 700 personnes d'ici mars 2028")
F(d, "target", {"subject": S, "measure": ["centre de conception", "design centre", "design center", "conception", "design", "Fukuoka", "ouvrira", "open", "opening", "centre"], "deadline": 2027}, R, "projected",
  "où un centre de conception ouvrira au printemps")
ACC = ["accord", "agreement", "contrat", "contract", "puces", "chips", "centres de données", "data centres", "data centers", "équipera", "equip", "fourniture", "supply", "Osaka"]
F(d, "agreement", {"parties": [S, "Aozora Cloud"], "topic": ACC}, "2026-11", "asserted",
  "Le groupe a par ailleurs signé avec l'opérateur de cloud Aozora Cloud un accord")
q2 = "Le marché récompense un concepteur qui a su se placer entre les géants américains et les besoins très spécifiques des opérateurs japonais"
F(d, "quote", {"speaker": "Yuki Tanabe", "role": "analyste chez Ginza Securities", "text": q2}, P, "asserted", q2)
F(d, "role", {"person": "Yuki Tanabe", "title": ANALYST, "org": "Ginza Securities"}, P, "asserted", "Yuki Tanabe, analyste chez Ginza Securities")
e11 = "La maison de courtage a relevé son objectif de cours de 4 800 à 6 300 yens"
F(d, "target", {"subject": S, "value": 6300, "unit": "JPY", "measure": TP, "source": "Ginza Securities"}, P, "projected", e11, True)
F(d, "metric", {"subject": S, "value": 4800, "unit": "JPY", "measure": TP, "source": "Ginza Securities"}, P, "asserted", e11, True)
e12 = "Fondée en 2017 par M. Ogasawara et par Aya Kurosawa, aujourd'hui directrice technique"
F(d, "role", {"person": "Aya Kurosawa", "title": FOUND, "org": S}, None, "asserted", e12)
CTO = ["directrice technique", "directeur technique", "CTO", "chief technology officer", "technique", "technical", "technology"]
F(d, "role", {"person": "Aya Kurosawa", "title": CTO, "org": S}, P, "asserted", e12)
F(d, "metric", {"subject": S, "value": 9000000000, "unit": "JPY", "measure": REV}, "2023", "asserted",
  "la société ne réalisait que 9 milliards de yens de ventes il y a trois ans", True)

E(d, S, "organization", ["Hoshikage"])
E(d, K, "product", ["Kasumi 4", "Kasumi"])
E(d, "Bourse de Tokyo", "organization", ["Tokyo Stock Exchange", "TSE", "Japan Exchange Group", "JPX"])
E(d, "Tokyo", "place", [])
E(d, "Tokyo Electron", "organization", ["TEL"])
E(d, "Nikkei 225", "organization", ["Nikkei", "indice Nikkei 225", "indice Nikkei", "Nikkei Stock Average"])
E(d, "Takumi Ogasawara", "person", ["Ogasawara", "M. Ogasawara"])
E(d, METI, "organization", ["METI", "ministère de l'Économie, du Commerce et de l'Industrie", "Ministry of Economy, Trade and Industry", "ministère de l'Économie japonais"])
E(d, "Noriko Sawabe", "person", ["Sawabe", "Mme Sawabe"])
E(d, "Mitarai Precision", "organization", ["Mitarai"])
E(d, "Kenji Hirose", "person", ["Hirose", "M. Hirose"])
E(d, "Fukuoka", "place", [])
E(d, "Aozora Cloud", "organization", ["Aozora"])
E(d, "Yuki Tanabe", "person", ["Tanabe"])
E(d, "Ginza Securities", "organization", ["Ginza"])
E(d, "Aya Kurosawa", "person", ["Kurosawa", "Mme Kurosawa"])
E(d, "Osaka", "place", [], True)
E(d, "Japon", "place", ["Japan"], True)
E(d, "AFP", "organization", ["Agence France-Presse"], True)

Q(d, "Quel chiffre d'affaires Hoshikage Devices a-t-il réalisé au trimestre juillet-septembre ?", ["48,6 milliards de yens", "48,6 milliards", "48.6 billion"])
Q(d, "De combien le bénéfice net trimestriel de Hoshikage Devices a-t-il reculé ?", ["12,5", "12.5"])
Q(d, "À quel cours l'action Hoshikage a-t-elle clôturé vendredi ?", ["5 420 yens", "5 420", "5,420", "5420"])
Q(d, "Quel chiffre d'affaires Hoshikage Devices vise-t-il pour l'exercice se terminant fin mars 2027 ?", ["205 milliards de yens", "205 milliards", "205 billion"])
Q(d, "Qui est le président-directeur général de Hoshikage Devices ?", ["Takumi Ogasawara", "Ogasawara"])
Q(d, "Qui deviendra directrice financière de Hoshikage Devices le 1er janvier ?", ["Noriko Sawabe", "Sawabe"])
Q(d, "Chez quelle entreprise Noriko Sawabe travaillait-elle auparavant ?", ["Mitarai Precision", "Mitarai"])
Q(d, "Combien de salariés Hoshikage Devices compte-t-il atteindre d'ici mars 2028 ?", ["1 700", "1,700", "1700"])
Q(d, "What is the name of Hoshikage Devices' next-generation chip?", ["Kasumi-4", "Kasumi 4"])
Q(d, "Which government ministry granted Hoshikage a 15 billion yen subsidy?", ["Ministère de l'Économie, du Commerce et de l'Industrie", "ministère de l'Économie, du Commerce et de l'Industrie", "METI"])
