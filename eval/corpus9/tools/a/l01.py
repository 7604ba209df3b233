d = "l01"; D = "2026-12-02"; P = "2026-12-03"
S = "Seriwang Semiconductor"
e1 = "it will invest RM3.2 billion (US$760 million) over five years in an advanced packaging plant in Batu Kawan"
F(d, "funding", {"subject": S, "amount": M(3200000000, "MYR"), "purpose": PLANT}, D, "projected", e1)
F(d, "funding", {"subject": S, "amount": M(760000000, "USD"), "purpose": PLANT}, D, "projected", e1, True)
F(d, "target", {"subject": S, "value": 3200000000, "unit": "MYR", "measure": PLANT, "deadline": 2031}, D, "projected", e1, True)
F(d, "funding", {"subject": "Malaysian Investment Development Authority", "recipient": S, "purpose": ["tax allowances", "investment tax allowances", "allowances", "incentives", "incitations", "tax", "fiscal", "abattements"]}, D, "asserted",
  "has been granted investment tax allowances by the Malaysian Investment Development Authority (MIDA)", True)
F(d, "target", {"subject": S, "measure": ["construction", "construire", "build", "chantier", "begin", "start", "début", "travaux"], "deadline": 2027}, D, "projected",
  "Construction is scheduled to begin in the first quarter of 2027")
F(d, "target", {"subject": S, "measure": ["volume production", "production", "produire", "produce", "mass production", "série", "start", "démarrer"], "deadline": 2028}, D, "projected",
  "Seriwang aims to start volume production by the end of 2028")
CAP = ["capacity", "capacité", "wafers", "plaquettes", "tranches", "month", "mois", "production"]
F(d, "target", {"subject": S, "value": 40000, "measure": CAP, "deadline": 2030}, D, "projected",
  "to reach a capacity of 40,000 wafers a month by 2030")
F(d, "metric", {"subject": S, "value": 12000, "measure": CAP}, D, "asserted",
  "up from about 12,000 at its two existing plants in Bayan Lepas")
F(d, "metric", {"subject": S, "value": 2, "measure": ["plants", "usines", "existing plants", "sites", "factories"]}, D, "asserted",
  "up from about 12,000 at its two existing plants in Bayan Lepas", True)
e2 = "Kestrel Rock Partners, a Singapore-based infrastructure fund, which will invest US$250 million (S$325 million) for a 20 per cent stake in the plant's operating subsidiary"
F(d, "funding", {"subject": "Kestrel Rock Partners", "amount": M(250000000, "USD"), "recipient": S, "purpose": STAKE + PLANT}, D, "projected", e2)
F(d, "funding", {"subject": "Kestrel Rock Partners", "amount": M(325000000, "SGD"), "recipient": S, "purpose": STAKE + PLANT}, D, "projected", e2, True)
F(d, "funding", {"subject": S, "amount": M(250000000, "USD"), "purpose": STAKE + PLANT}, D, "projected", e2, True)
F(d, "metric", {"subject": "Kestrel Rock Partners", "value": 20, "unit": "%", "measure": STAKE + ["subsidiary", "filiale"]}, D, "projected", e2)
F(d, "metric", {"subject": S, "value": 20, "unit": "%", "measure": STAKE + ["subsidiary", "filiale"]}, D, "projected", e2, True)
F(d, "agreement", {"parties": [S, "Kestrel Rock Partners"], "topic": STAKE + ["investment", "investissement", "invest", "subsidiary", "filiale", "plant", "usine"]}, D, "projected", e2, True)
e3 = "a RM1.1 billion syndicated loan arranged by Maybank and CIMB"
F(d, "funding", {"amount": M(1100000000, "MYR"), "recipient": S, "purpose": LOAN + PLANT}, D, "projected", e3)
F(d, "funding", {"subject": "Maybank", "amount": M(1100000000, "MYR"), "recipient": S, "purpose": LOAN}, D, "projected", e3, True)
F(d, "funding", {"subject": "CIMB", "amount": M(1100000000, "MYR"), "recipient": S, "purpose": LOAN}, D, "projected", e3, True)
F(d, "agreement", {"parties": [S, "Maybank", "CIMB"], "topic": LOAN + ["arranged", "arrangeurs"]}, D, "projected", e3, True)
F(d, "quote", {"speaker": "Tan Mei Ling", "role": "group managing director of Seriwang",
  "text": "AI servers need more memory, packed closer to the processor, and that is exactly where Penang can win"}, D, "asserted",
  "AI servers need more memory, packed closer to the processor, and that is exactly where Penang can win")
F(d, "quote", {"speaker": "Tan Mei Ling", "text": "We are not chasing volume any more. We are chasing the packages that are hardest to make."}, D, "asserted",
  "We are not chasing volume any more. We are chasing the packages that are hardest to make.", True)
F(d, "role", {"person": "Tan Mei Ling", "title": GMD, "org": S}, P, "asserted", "Tan Mei Ling, group managing director of Seriwang")
AIREV = ["AI-related", "AI", "IA", "revenue", "chiffre d'affaires", "revenus", "share", "part", "products", "produits", "sales", "ventes"]
F(d, "target", {"subject": S, "value": 45, "unit": "%", "measure": AIREV, "deadline": 2028}, D, "projected",
  "the company expects AI-related products to account for 45 per cent of group revenue by 2028")
F(d, "metric", {"subject": S, "value": 18, "unit": "%", "measure": AIREV}, "2026", "asserted",
  "compared with 18 per cent in the financial year ended June 30, 2026")
F(d, "metric", {"subject": S, "value": 2460000000, "unit": "MYR", "measure": REV}, "2026", "asserted", "Seriwang posted revenue of RM2.46 billion, up 21 per cent year-on-year")
F(d, "metric", {"subject": S, "value": 21, "unit": "%", "measure": REV}, "2026", "asserted", "Seriwang posted revenue of RM2.46 billion, up 21 per cent year-on-year")
F(d, "metric", {"subject": S, "value": 9, "unit": "%", "measure": NP}, "2026", "asserted", "net profit rose 9 per cent to RM312 million")
F(d, "metric", {"subject": S, "value": 312000000, "unit": "MYR", "measure": NP}, "2026", "asserted", "net profit rose 9 per cent to RM312 million")
e4 = "The new plant is expected to create 1,800 high-skilled jobs, 70 per cent of which will be filled by Malaysian engineers and technicians, according to the company."
F(d, "target", {"subject": S, "value": 1800, "measure": JOBS + ["create", "créer", "création"]}, D, "projected", e4)
F(d, "target", {"subject": S, "value": 70, "unit": "%", "measure": JOBS + ["Malaysian", "malaisiens", "local", "locaux"]}, D, "projected", e4, True)
F(d, "metric", {"subject": S, "value": 6400, "measure": STAFF}, D, "asserted", "Seriwang currently employs about 6,400 people")
e5 = "Malaysia aims to attract RM500 billion of investment into the sector and to train 60,000 local engineers by 2030"
SEMI_INV = ["investment", "investissement", "invest", "attract", "attirer", "semiconductor", "semi-conducteurs", "sector", "secteur"]
F(d, "target", {"subject": "Malaysia", "value": 500000000000, "unit": "MYR", "measure": SEMI_INV, "deadline": 2030, "source": "National Semiconductor Strategy"}, D, "projected", e5)
F(d, "target", {"subject": "National Semiconductor Strategy", "value": 500000000000, "unit": "MYR", "measure": SEMI_INV, "deadline": 2030}, D, "projected", e5, True)
F(d, "target", {"subject": "Malaysia", "value": 60000, "measure": ENG + ["local engineers", "ingénieurs locaux"], "deadline": 2030}, D, "projected", e5)
F(d, "target", {"subject": "National Semiconductor Strategy", "value": 60000, "measure": ENG, "deadline": 2030}, D, "projected", e5, True)
e6 = "MIDA said approved investments in the electrical and electronics sector reached RM68.4 billion in the first nine months of 2026, 27 per cent more than a year earlier"
EE = ["approved investments", "investments", "investissements", "investissements approuvés", "approved", "approuvés", "electrical and electronics", "électrique et électronique", "E&E"]
F(d, "metric", {"subject": "Malaysia", "value": 68400000000, "unit": "MYR", "measure": EE, "source": "Malaysian Investment Development Authority"}, "2026", "claimed", e6)
F(d, "metric", {"subject": "Malaysian Investment Development Authority", "value": 68400000000, "unit": "MYR", "measure": EE}, "2026", "claimed", e6, True)
F(d, "metric", {"subject": "Malaysia", "value": 27, "unit": "%", "measure": EE, "source": "Malaysian Investment Development Authority"}, "2026", "claimed", e6)
F(d, "metric", {"subject": "Malaysian Investment Development Authority", "value": 27, "unit": "%", "measure": EE}, "2026", "claimed", e6, True)
F(d, "stock_move", {"subject": S, "change_pct": 4.6, "price": M(5.45, "MYR")}, D, "asserted", "Shares of Seriwang closed 4.6 per cent higher at RM5.45 on Wednesday")
F(d, "metric", {"subject": S, "value": 9800000000, "unit": "MYR", "measure": MCAP}, D, "asserted", "giving the group a market value of about RM9.8 billion")
F(d, "stock_move", {"subject": "FBM KLCI", "change_pct": 0.3}, D, "asserted", "the benchmark FBM KLCI ended 0.3 per cent up")
F(d, "quote", {"speaker": "Nurul Huda Ismail", "role": "an analyst at Jelutong Research",
  "text": "The capex is heavy for a company of this size, but the Kestrel money lowers the risk"}, D, "asserted",
  "The capex is heavy for a company of this size, but the Kestrel money lowers the risk")
F(d, "role", {"person": "Nurul Huda Ismail", "title": ANALYST, "org": "Jelutong Research"}, P, "asserted", "Nurul Huda Ismail, an analyst at Jelutong Research")
F(d, "metric", {"subject": S, "value": 6.2, "unit": "MYR", "measure": TP, "source": "Jelutong Research"}, D, "projected", "raised her target price on the stock to RM6.20 from RM5.10", True)
F(d, "metric", {"subject": S, "value": 5.1, "unit": "MYR", "measure": TP, "source": "Jelutong Research"}, D, "asserted", "raised her target price on the stock to RM6.20 from RM5.10", True)

E(d, S, "organization", ["Seriwang", "Seriwang Semiconductor Bhd", "Seriwang Semiconductor Berhad"])
E(d, "Penang", "place", ["Pulau Pinang", "Penang-based"])
E(d, "Batu Kawan", "place")
E(d, "Bursa Malaysia", "organization", ["Bursa", "Bourse de Kuala Lumpur"])
E(d, "Malaysian Investment Development Authority", "organization", ["MIDA", "Autorité malaisienne de développement des investissements"])
E(d, "Bayan Lepas", "place")
E(d, "Kestrel Rock Partners", "organization", ["Kestrel Rock", "Kestrel"])
E(d, "Maybank", "organization", ["Malayan Banking", "Malayan Banking Berhad"])
E(d, "CIMB", "organization", ["CIMB Group", "CIMB Bank"])
E(d, "Tan Mei Ling", "person", ["Tan", "Ms Tan"])
E(d, "Malaysia", "place", ["Malaisie"])
E(d, "FBM KLCI", "organization", ["KLCI", "FTSE Bursa Malaysia KLCI", "FTSE Bursa Malaysia KLCI Index"])
E(d, "Nurul Huda Ismail", "person", ["Nurul Huda", "Ms Nurul Huda"])
E(d, "Jelutong Research", "organization", ["Jelutong"])
E(d, "National Semiconductor Strategy", "product", ["NSS", "Stratégie nationale des semi-conducteurs"], True)
E(d, "Singapore", "place", ["Singapour"], True)
E(d, "Kuala Lumpur", "place", ["KL"], True)
E(d, "Hafiz Rosli", "person", [], True)

Q(d, "How much will Seriwang Semiconductor invest in its Batu Kawan plant?", ["RM3.2 billion", "3.2 billion", "3,2 milliards", "US$760 million", "760 million"])
Q(d, "Quelle agence publique a accordé des abattements fiscaux à l'usine de Seriwang ?", ["Malaysian Investment Development Authority", "MIDA"])
Q(d, "What monthly capacity does Seriwang aim to reach by 2030?", ["40,000 wafers", "40,000", "40 000"])
Q(d, "Quel fonds singapourien prend une participation dans la filiale de l'usine de Seriwang ?", ["Kestrel Rock Partners", "Kestrel Rock"])
Q(d, "How large a stake will Kestrel Rock Partners take in the plant's operating subsidiary?", ["20 per cent", "20%", "20 %", "20"])
Q(d, "Which banks arranged Seriwang's syndicated loan?", ["Maybank", "CIMB"])
Q(d, "Qui est la directrice générale du groupe Seriwang ?", ["Tan Mei Ling"])
Q(d, "What was Seriwang's net profit in the financial year ended June 30, 2026?", ["RM312 million", "312 million", "312 millions"])
Q(d, "Combien d'ingénieurs la Malaisie veut-elle former d'ici 2030 dans le cadre de sa stratégie des semi-conducteurs ?", ["60,000", "60 000", "60000"])
Q(d, "At what price did Seriwang shares close on the day of the announcement?", ["RM5.45", "5.45", "5,45"])
