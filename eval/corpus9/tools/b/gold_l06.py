d = doc("l06"); D = "2026-02-12"; K = "Kirisawa Holdings"
S1 = "Son chiffre d'affaires a atteint 4 820 milliards de yens (environ 29,6 milliards d'euros) sur l'exercice 2025, en hausse de 9,4 %, tandis que son bénéfice net a bondi de 27 %, à 312 milliards de yens."
F(d, "metric", {"subject": K, "value": 4820000000000, "unit": "JPY", "measure": REV}, "2025", "asserted", S1)
F(d, "metric", {"subject": K, "value": 29600000000, "unit": "EUR", "measure": REV}, "2025", "asserted", S1, True)
F(d, "metric", {"subject": K, "value": 9.4, "unit": "%", "measure": GROWTH}, "2025", "asserted", S1)
F(d, "metric", {"subject": K, "value": 27, "unit": "%", "measure": NETPROFIT}, "2025", "asserted", S1)
F(d, "metric", {"subject": K, "value": 312000000000, "unit": "JPY", "measure": NETPROFIT}, "2025", "asserted", S1)
S2 = "La division historique d'électronique grand public a en revanche vu ses ventes reculer de 6,8 %, pénalisée par la faiblesse du marché des téléviseurs en Chine."
F(d, "metric", {"subject": K, "value": -6.8, "unit": "%", "measure": ["électronique grand public", "consumer electronics", "grand public", "consumer", "division", "ventes", "sales", "téléviseurs"]}, "2025", "asserted", S2)
S3 = "Les activités liées à l'IA (modules mémoire, systèmes de refroidissement liquide pour centres de données et logiciels de maintenance prédictive) représentent désormais 31 % du chiffre d'affaires du groupe, contre 19 % un an plus tôt."
AIS = ["IA", "AI", "intelligence artificielle", "artificial intelligence"]
F(d, "metric", {"subject": K, "value": 31, "unit": "%", "measure": AIS}, "2025", "asserted", S3)
F(d, "metric", {"subject": K, "value": 19, "unit": "%", "measure": AIS}, "2024", "asserted", S3)
S4 = "Pour l'exercice 2026, Kirisawa table sur un chiffre d'affaires de 5 200 milliards de yens et sur un bénéfice d'exploitation de 540 milliards de yens."
F(d, "target", {"subject": K, "value": 5200000000000, "unit": "JPY", "measure": REV, "deadline": 2026}, D, "projected", S4)
F(d, "target", {"subject": K, "value": 540000000000, "unit": "JPY", "measure": OPPROFIT, "deadline": 2026}, D, "projected", S4)
S5 = "La part de l'IA devrait dépasser 40 % des ventes d'ici à 2027, selon la direction."
F(d, "target", {"subject": K, "value": 40, "unit": "%", "measure": AIS, "deadline": 2027}, D, "projected", S5)
S6 = "Haruka Minegishi, 52 ans, jusqu'ici directrice financière, deviendra directrice générale le 1er avril."
F(d, "role", {"person": "Haruka Minegishi", "title": CEO, "org": K}, "2026-04-01", "projected", S6)
F(d, "role", {"person": "Haruka Minegishi", "title": ["directrice financière", "directeur financier", "chief financial officer", "CFO", "finance", "financial", "financière"], "org": K}, D, "asserted", S6)
S7 = "Elle succédera à Tetsuo Kirisawa, petit-fils du fondateur, qui dirigeait le groupe depuis 2014 et prendra la présidence du conseil d'administration."
F(d, "role", {"person": "Tetsuo Kirisawa", "title": CEO + ["dirigeait", "dirige", "led", "head", "chef"], "org": K}, "2014", "asserted", S7)
F(d, "role", {"person": "Tetsuo Kirisawa", "title": ["président du conseil d'administration", "présidence", "président", "chairman", "chair", "conseil d'administration", "board"], "org": K}, "2026-04-01", "projected", S7)
Q1 = "Notre prochaine décennie se jouera dans les centres de données, pas dans les salons"
F(d, "quote", {"speaker": "Haruka Minegishi", "role": "future directrice générale de Kirisawa Holdings", "text": Q1}, D, "asserted", Q1)
S8 = "Elle a précisé que le groupe investirait 800 milliards de yens en trois ans dans ses usines de Kumamoto et de Hiroshima."
F(d, "funding", {"subject": K, "amount": money(800000000000, "JPY"), "purpose": ["usines", "usine", "plants", "factories", "factory", "Kumamoto", "Hiroshima", "investir", "investirait", "invest", "investment", "investissement"]}, D, "projected", S8)
F(d, "target", {"subject": K, "value": 800000000000, "unit": "JPY", "measure": ["usines", "usine", "plants", "factories", "investir", "investirait", "invest", "investment", "investissement"], "deadline": 2029}, D, "projected", S8, True)
S9 = "Kirisawa a aussi dévoilé un partenariat stratégique avec le fabricant taïwanais de serveurs Quanta Computer, qui intégrera ses systèmes de refroidissement dans les baies destinées aux grands opérateurs de cloud américains."
F(d, "agreement", {"parties": [K, "Quanta Computer"], "topic": ["partenariat stratégique", "partenariat", "partnership", "strategic partnership", "refroidissement", "cooling", "serveurs", "servers", "baies", "racks", "intégrera", "integrate"]}, D, "asserted", S9)
S10 = "L'accord, d'une durée de cinq ans, porterait sur des livraisons de quelque 1 200 milliards de yens, selon des sources proches du dossier."
F(d, "metric", {"subject": K, "value": 1200000000000, "unit": "JPY", "measure": ["livraisons", "deliveries", "accord", "agreement", "deal", "contrat", "contract", "valeur", "value"]}, D, "reported", S10, True)
F(d, "agreement", {"parties": [K, "Quanta Computer"], "topic": ["accord", "agreement", "livraisons", "deliveries", "cinq ans", "five years", "deal"]}, D, "reported", S10, True)
S11 = "La Bourse a salué ces annonces : l'action Kirisawa a gagné 7,3 % vendredi matin à Tokyo, à 4 185 yens, son plus haut niveau depuis 2007, alors que l'indice Nikkei 225 progressait de 0,9 %."
F(d, "stock_move", {"subject": K, "change_pct": 7.3, "price": money(4185, "JPY")}, "2026-02-13", "asserted", S11)
F(d, "stock_move", {"subject": "Nikkei 225", "change_pct": 0.9}, "2026-02-13", "asserted", S11)
S12 = "Le titre a pris 58 % depuis le début de 2025."
F(d, "stock_move", {"subject": K, "change_pct": 58}, "2026-02-13", "asserted", S12, True)
Q2 = "Le marché attendait la preuve que Kirisawa n'était plus un fabricant de téléviseurs. Il l'a eue"
F(d, "quote", {"speaker": "Kenji Arakawa", "role": "analyste chez Marunaka Securities", "text": Q2}, D, "asserted", Q2)
F(d, "role", {"person": "Kenji Arakawa", "title": ["analyste", "analyst"], "org": "Marunaka Securities"}, D, "asserted", "Kenji Arakawa, analyste chez Marunaka Securities")
S13 = "qui a relevé son objectif de cours à 4 800 yens"
F(d, "target", {"subject": "Marunaka Securities", "value": 4800, "unit": "JPY", "measure": ["objectif de cours", "price target", "target price", "objectif", "target", "cours"]}, D, "projected", S13, True)
F(d, "target", {"subject": K, "value": 4800, "unit": "JPY", "measure": ["objectif de cours", "price target", "target price", "objectif", "target", "cours"], "source": "Marunaka Securities"}, D, "projected", S13, True)
S14 = "Le groupe, qui emploie 96 000 personnes dans le monde, a également annoncé un rachat d'actions de 150 milliards de yens et relevé son dividende annuel de 20 %, à 90 yens par action."
F(d, "metric", {"subject": K, "value": 96000, "measure": STAFF}, D, "asserted", S14)
F(d, "funding", {"subject": K, "amount": money(150000000000, "JPY"), "purpose": ["rachat d'actions", "rachat", "buy-back", "buyback", "share buyback", "repurchase", "actions", "shares"]}, D, "projected", S14)
F(d, "metric", {"subject": K, "value": 20, "unit": "%", "measure": ["dividende", "dividend"]}, D, "asserted", S14)
F(d, "metric", {"subject": K, "value": 90, "unit": "JPY", "measure": ["dividende", "dividend", "par action", "per share"]}, D, "asserted", S14)
E(d, K, "organization", ["Kirisawa", "Kirisawa Holdings Inc"])
E(d, "Chine", "place", ["China"])
E(d, "Haruka Minegishi", "person", ["Minegishi", "Mme Minegishi"])
E(d, "Tetsuo Kirisawa", "person", [])
E(d, "Osaka", "place", [])
E(d, "Kumamoto", "place", [])
E(d, "Hiroshima", "place", [])
E(d, "Quanta Computer", "organization", ["Quanta", "Quanta Computer Inc"])
E(d, "Tokyo", "place", ["Bourse de Tokyo", "Tokyo Stock Exchange"])
E(d, "Nikkei 225", "product", ["Nikkei", "indice Nikkei 225", "indice Nikkei"])
E(d, "Kenji Arakawa", "person", ["Arakawa"])
E(d, "Marunaka Securities", "organization", ["Marunaka"])
Q(d, "What was Kirisawa Holdings' revenue for fiscal 2025?", ["4 820 milliards de yens", "4 820 milliards", "4,820 billion", "4.82 trillion", "4 820 000 000 000"])
Q(d, "De combien le bénéfice net de Kirisawa Holdings a-t-il augmenté en 2025 ?", ["27 %", "27%", "27"])
Q(d, "What share of Kirisawa's revenue now comes from AI-related businesses?", ["31 %", "31%", "31"])
Q(d, "Quel chiffre d'affaires Kirisawa Holdings prévoit-il pour l'exercice 2026 ?", ["5 200 milliards", "5,200 billion", "5.2 trillion", "5 200 000 000 000"])
Q(d, "Qui deviendra directrice générale de Kirisawa Holdings le 1er avril ?", ["Haruka Minegishi", "Minegishi"])
Q(d, "What was Haruka Minegishi's position before being named chief executive of Kirisawa?", ["directrice financière", "chief financial officer", "CFO"])
Q(d, "Avec quelle entreprise Kirisawa Holdings a-t-il noué un partenariat stratégique ?", ["Quanta Computer", "Quanta"])
Q(d, "By how much did Kirisawa's shares rise in Tokyo after the results?", ["7,3 %", "7.3%", "7,3", "7.3"])
Q(d, "Combien Kirisawa Holdings va-t-il investir dans ses usines de Kumamoto et de Hiroshima ?", ["800 milliards de yens", "800 milliards", "800 billion", "800 000 000 000"])
Q(d, "How many people does Kirisawa Holdings employ?", ["96 000", "96,000", "96000"])
