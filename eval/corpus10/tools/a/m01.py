d = "m01"; D = "2026-12-01"; P = "2026-12-01"
S = "Byeolbit Labs"; T = "Eunha-2"; H = "Hanseong Financial"
F(d, "launch", {"subject": S, "product": T}, D, "asserted", "La société sud-coréenne Byeolbit Labs a dévoilé mardi Eunha-2")
F(d, "launch", {"subject": S, "product": T}, D, "asserted", "Le modèle est proposé dès cette semaine aux entreprises sous forme d'abonnement", True)
ACC = ["accord", "agreement", "partenariat", "partnership", "alliance", "allie", "contrat", "contract", "déploiement", "deploy", "déploiera", "banque", "bank", "centres d'appels", "call centres"]
F(d, "agreement", {"parties": [S, H], "topic": ACC}, D, "asserted", "annoncé dans la foulée un accord avec le groupe bancaire Hanseong Financial")
F(d, "agreement", {"parties": [S, H], "topic": ACC}, D, "asserted",
  "Aux termes de l'accord conclu avec Hanseong Financial, la banque déploiera Eunha-2 dans ses centres d'appels", True)
F(d, "stock_move", {"subject": S, "change_pct": 14.2, "price": M(61300, "KRW")}, D, "asserted", "a terminé la séance en hausse de 14,2 % à 61 300 wons")
e1 = "L'entreprise est désormais valorisée quelque 3 900 milliards de wons (2,7 milliards de dollars)"
F(d, "metric", {"subject": S, "value": 3900000000000, "unit": "KRW", "measure": MCAP + ["valorisée", "valued"]}, D, "asserted", e1)
F(d, "metric", {"subject": S, "value": 2700000000, "unit": "USD", "measure": MCAP + ["valorisée", "valued"]}, D, "asserted", e1, True)
F(d, "stock_move", {"subject": "KOSPI", "change_pct": 0.9}, D, "asserted", "L'indice composite KOSPI a progressé de 0,9 %, à 4 187,36 points")
F(d, "stock_move", {"subject": H, "change_pct": 2.1}, D, "asserted", "tandis que Hanseong Financial a gagné 2,1 %")
F(d, "stock_move", {"subject": "Naver", "change_pct": -1.3}, D, "asserted", "a en revanche cédé 1,3 %")
e2 = "Selon Byeolbit, Eunha-2 compte 140 milliards de paramètres et obtient neuf points de plus que son prédécesseur sur KMMLU"
F(d, "metric", {"subject": T, "value": 140000000000, "measure": PARAMS, "source": S}, D, "claimed", e2)
F(d, "metric", {"subject": S, "value": 140000000000, "measure": PARAMS}, D, "claimed", e2, True)
KM = ["KMMLU", "score", "benchmark", "test", "points", "connaissances", "knowledge", "performances"]
F(d, "metric", {"subject": T, "value": 9, "measure": KM, "source": S}, D, "claimed", e2)
F(d, "metric", {"subject": S, "value": 9, "measure": KM}, D, "claimed", e2, True)
LITE = ["version allégée", "allégée", "lightweight", "light", "lite", "ordinateur portable", "laptop", "version"]
e3 = "une version allégée, capable de tourner sur un ordinateur portable, doit suivre au deuxième trimestre 2027"
F(d, "target", {"subject": S, "measure": LITE, "deadline": 2027}, D, "projected", e3)
F(d, "target", {"subject": T, "measure": LITE, "deadline": 2027}, D, "projected", e3, True)
F(d, "metric", {"subject": H, "value": 620, "measure": ["agences", "branches", "succursales", "points de vente"]}, D, "asserted", "dans ses 620 agences")
REQ = ["demandes", "requests", "queries", "requêtes", "clients", "customers", "traiter", "handle", "moitié", "half"]
e4 = "D'ici fin 2027, le modèle devrait traiter la moitié des demandes écrites des clients du groupe"
F(d, "target", {"subject": H, "value": 50, "unit": "%", "measure": REQ, "deadline": 2027}, D, "projected", e4)
F(d, "target", {"subject": T, "value": 50, "unit": "%", "measure": REQ, "deadline": 2027}, D, "projected", e4, True)
F(d, "target", {"subject": S, "value": 50, "unit": "%", "measure": REQ, "deadline": 2027}, D, "projected", e4, True)
e5 = "Le contrat, d'une durée de trois ans, porterait sur 85 milliards de wons, selon une source proche du dossier"
CTR = ["contrat", "contract", "accord", "agreement", "deal", "Eunha", "licence", "déploiement"]
F(d, "funding", {"subject": H, "amount": M(85000000000, "KRW"), "recipient": S, "purpose": CTR}, D, "reported", e5)
F(d, "metric", {"subject": S, "value": 85000000000, "unit": "KRW", "measure": CTR}, D, "reported", e5, True)
F(d, "quote", {"speaker": "Park Ji-hoon", "role": "directeur général de Byeolbit",
  "text": "Les banques coréennes ne confieront pas les données de leurs clients à un modèle qu'elles ne peuvent pas héberger chez elles. C'est exactement ce que nous leur proposons"}, D, "asserted",
  "Les banques coréennes ne confieront pas les données de leurs clients à un modèle qu'elles ne peuvent pas héberger chez elles. C'est exactement ce que nous leur proposons")
F(d, "role", {"person": "Park Ji-hoon", "title": CEO, "org": S}, P, "asserted", "Park Ji-hoon, directeur général de Byeolbit")
FOUND = ["cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "fondateur", "fondatrice", "founder", "co-founder", "cofounder", "fondée", "founded"]
e6 = "Fondée en 2021 par Park Ji-hoon, Choi Seo-yeon et Lim Dong-wook"
F(d, "role", {"person": "Choi Seo-yeon", "title": FOUND, "org": S}, None, "asserted", e6)
F(d, "role", {"person": "Lim Dong-wook", "title": FOUND, "org": S}, None, "asserted", e6)
F(d, "role", {"person": "Park Ji-hoon", "title": FOUND, "org": S}, None, "asserted", e6, True)
e7 = "trois anciens chercheurs de l'Institut supérieur coréen des sciences et technologies (KAIST)"
RES = ["chercheur", "chercheuse", "researcher", "research", "recherche", "anciens chercheurs"]
for who in ("Park Ji-hoon", "Choi Seo-yeon", "Lim Dong-wook"):
    F(d, "role", {"person": who, "title": RES, "org": "KAIST"}, None, "asserted", e7, True)
F(d, "funding", {"subject": S, "amount": M(120000000000, "KRW"), "purpose": ["entrée en Bourse", "introduction en Bourse", "IPO", "listing", "cotation", "Bourse", "levé", "raised", "lever"]}, "2025-03", "asserted",
  "la société avait levé 120 milliards de wons lors de son entrée en Bourse")
F(d, "metric", {"subject": S, "value": 310, "measure": STAFF}, D, "asserted", "Elle emploie aujourd'hui 310 personnes")
F(d, "target", {"subject": S, "value": 150, "measure": JOBS + ["recruter", "recrutements", "recruit", "hire", "hiring"], "deadline": 2027}, D, "projected",
  "compte en recruter 150 de plus l'an prochain")
CTO = ["directrice technique", "directeur technique", "CTO", "chief technology officer", "technique", "technical", "technology"]
F(d, "role", {"person": "Choi Seo-yeon", "title": CTO, "org": S}, "2026-10", "asserted", "Choi Seo-yeon, qui dirige la recherche, a été nommée en octobre directrice technique")
F(d, "role", {"person": "Choi Seo-yeon", "title": ["recherche", "research", "head of research", "dirige la recherche"], "org": S}, P, "asserted", "qui dirige la recherche", True)
F(d, "target", {"subject": S, "value": 100000000000, "unit": "KRW", "measure": REV, "deadline": 2027}, D, "projected",
  "M. Park a ajouté viser un chiffre d'affaires de 100 milliards de wons en 2027")
F(d, "target", {"subject": S, "value": 38000000000, "unit": "KRW", "measure": REV, "deadline": 2026}, D, "projected",
  "contre 38 milliards attendus pour l'exercice en cours")
F(d, "quote", {"speaker": "Kang Min-jae", "role": "analyste chez Hanbando Securities",
  "text": "Le marché paie aujourd'hui pour des revenus récurrents dans la banque, un secteur où les contrats sont longs et difficiles à remettre en cause"}, D, "asserted",
  "Le marché paie aujourd'hui pour des revenus récurrents dans la banque, un secteur où les contrats sont longs et difficiles à remettre en cause")
F(d, "role", {"person": "Kang Min-jae", "title": ANALYST, "org": "Hanbando Securities"}, P, "asserted", "Kang Min-jae, analyste chez Hanbando Securities")
e8 = "a relevé son objectif de cours sur le titre à 72 000 wons, contre 55 000 auparavant"
F(d, "metric", {"subject": S, "value": 72000, "unit": "KRW", "measure": TP, "source": "Hanbando Securities"}, D, "projected", e8, True)
F(d, "metric", {"subject": S, "value": 55000, "unit": "KRW", "measure": TP, "source": "Hanbando Securities"}, D, "asserted", e8, True)
F(d, "agreement", {"parties": [S, "Ministère des Sciences et des TIC"], "topic": ["processeurs graphiques", "GPU", "accès subventionné", "subsidised", "subventionné", "programme", "calcul", "compute"]}, "2026", "asserted",
  "Byeolbit figure parmi les entreprises sélectionnées cet été par le ministère des Sciences et des TIC", True)
F(d, "metric", {"subject": S, "value": 100, "unit": "%", "measure": ["action", "titre", "share", "stock", "cours", "doublé", "doubled", "hausse"]}, "2026", "asserted",
  "l'action Byeolbit a plus que doublé", True)

E(d, S, "organization", ["Byeolbit"])
E(d, T, "product", ["Eunha 2", "Eunha"])
E(d, H, "organization", ["Hanseong", "groupe Hanseong Financial", "Hanseong Financial Group"])
E(d, "Séoul", "place", ["Seoul"])
E(d, "Bourse de Séoul", "organization", ["Korea Exchange", "KRX", "Bourse de Seoul", "Seoul stock exchange"])
E(d, "KOSPI", "organization", ["indice composite KOSPI", "Korea Composite Stock Price Index", "KOSPI index", "indice KOSPI"])
E(d, "Naver", "organization", ["Naver Corp"])
E(d, "Park Ji-hoon", "person", ["Park", "M. Park", "Park Jihoon"])
E(d, "Choi Seo-yeon", "person", ["Choi", "Choi Seoyeon"])
E(d, "Lim Dong-wook", "person", ["Lim", "Lim Dongwook"])
E(d, "KAIST", "organization", ["Institut supérieur coréen des sciences et technologies", "Korea Advanced Institute of Science and Technology"])
E(d, "Kang Min-jae", "person", ["Kang", "Kang Minjae"])
E(d, "Hanbando Securities", "organization", ["Hanbando"])
E(d, "Ministère des Sciences et des TIC", "organization", ["ministère des Sciences et des TIC", "Ministry of Science and ICT", "MSIT"])
E(d, "Corée du Sud", "place", ["South Korea", "Korea", "Corée"], True)
E(d, "KMMLU", "product", [], True)
E(d, "AFP", "organization", ["Agence France-Presse"], True)

Q(d, "What AI model did Byeolbit Labs unveil?", ["Eunha-2", "Eunha 2"])
Q(d, "Avec quel groupe bancaire Byeolbit Labs a-t-elle conclu un accord ?", ["Hanseong Financial"])
Q(d, "By how much did Byeolbit's share price rise on the day of the launch?", ["14,2", "14.2"])
Q(d, "À quel cours l'action Byeolbit a-t-elle terminé la séance ?", ["61 300 wons", "61 300", "61,300", "61300"])
Q(d, "How many parameters does Eunha-2 have, according to Byeolbit?", ["140 milliards", "140 billion"])
Q(d, "Qui est le directeur général de Byeolbit Labs ?", ["Park Ji-hoon"])
Q(d, "How much is the Hanseong Financial contract reportedly worth?", ["85 milliards de wons", "85 milliards", "85 billion"])
Q(d, "Which brokerage raised its price target on Byeolbit to 72,000 won?", ["Hanbando Securities", "Hanbando"])
Q(d, "Combien de personnes Byeolbit Labs emploie-t-elle ?", ["310"])
Q(d, "Who was named chief technology officer of Byeolbit Labs in October?", ["Choi Seo-yeon"])
