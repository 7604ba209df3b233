d = doc("m05"); D = "2026-11-19"; H = "Haneul Microdevices"; SK = "South Korea"; MOTIE = "Ministry of Trade, Industry and Energy"
SUBS = ["subsidies", "subsidy", "subventions", "subvention", "grant", "aide", "aides", "plant", "usine", "fab", "chip", "puces"]
PLANT = ["plant", "usine", "fab", "factory", "site", "build", "construire", "invest", "investment", "investissement", "Gumi"]
S1 = "South Korea will give chipmaker Haneul Microdevices ₩620 billion ($425 million) in subsidies"
F(d, "funding", {"subject": SK, "amount": money(620000000000, "KRW"), "recipient": H, "purpose": SUBS}, D, "projected", S1)
F(d, "funding", {"subject": SK, "amount": money(425000000, "USD"), "recipient": H, "purpose": SUBS}, D, "projected", S1, True)
F(d, "funding", {"subject": MOTIE, "amount": money(620000000000, "KRW"), "recipient": H, "purpose": SUBS}, D, "projected", S1, True)
S1h = "South Korea grants ₩620 billion to Haneul Microdevices for AI chip fab in Gumi"
F(d, "funding", {"subject": SK, "amount": money(620000000000, "KRW"), "recipient": H, "purpose": SUBS}, D, "projected", S1h, True)
S2 = "unveiled plans the same day for the plant, to be called Fab G1"
F(d, "launch", {"subject": H, "product": "Fab G1"}, D, "asserted", S2)
S3 = "which it will build for ₩4.8 trillion through 2030"
F(d, "funding", {"subject": H, "amount": money(4800000000000, "KRW"), "recipient": "Fab G1", "purpose": PLANT}, D, "projected", S3)
F(d, "target", {"subject": H, "value": 4800000000000, "unit": "KRW", "measure": PLANT, "deadline": 2030}, D, "projected", S3, True)
S4 = "Construction is due to begin in March"
F(d, "target", {"subject": H, "measure": ["construction", "chantier", "travaux", "build", "begin", "start"], "deadline": 2027}, D, "projected", S4)
S5 = "the first wafers are expected to come off the line in the second half of 2028"
F(d, "target", {"subject": H, "measure": ["wafers", "plaquettes", "production", "line", "first", "output"], "deadline": 2028}, D, "projected", S5)
S6 = "At full capacity the fab will process 24,000 wafers a month and employ about 1,600 people, the company said."
WAF = ["wafers", "plaquettes", "capacity", "capacité", "process", "month", "mois"]
F(d, "target", {"subject": H, "value": 24000, "measure": WAF}, D, "projected", S6)
F(d, "target", {"subject": H, "value": 1600, "measure": ["jobs", "emplois", "people", "personnes", "employ", "employees", "staff", "salariés", "workers"]}, D, "projected", S6)
Q1 = "Semiconductors are no longer a private bet. They are national infrastructure, and the state is ready to share the risk"
F(d, "quote", {"speaker": "Yoon Seo-jin", "role": "First Vice Minister of Trade, Industry and Energy", "text": Q1}, D, "asserted", Q1)
S7 = "First Vice Minister of Trade, Industry and Energy Yoon Seo-jin"
F(d, "role", {"person": "Yoon Seo-jin", "title": ["First Vice Minister", "Vice Minister", "vice-ministre", "premier vice-ministre", "minister", "ministre"], "org": MOTIE}, D, "asserted", S7)
S8 = "Yoon said the government aims to lift South Korea's share of the global market for non-memory AI chips to 10% by 2030, from about 3% last year."
SHARE = ["share", "part", "market share", "part de marché", "market", "marché", "non-memory", "AI chips", "puces"]
F(d, "target", {"subject": SK, "value": 10, "unit": "%", "measure": SHARE, "deadline": 2030, "source": "Yoon Seo-jin"}, D, "projected", S8)
F(d, "metric", {"subject": SK, "value": 3, "unit": "%", "measure": SHARE}, "2025", "claimed", S8)
S9 = "The Ministry of Trade, Industry and Energy has earmarked ₩17.5 trillion in subsidies and policy loans for the sector through 2030, of which ₩5.2 trillion has been committed so far."
PROG = ["subsidies", "subventions", "policy loans", "loans", "prêts", "sector", "secteur", "programme", "support", "soutien", "earmarked", "semiconductor", "chips"]
F(d, "funding", {"subject": MOTIE, "amount": money(17500000000000, "KRW"), "purpose": PROG}, D, "projected", S9)
F(d, "funding", {"subject": SK, "amount": money(17500000000000, "KRW"), "purpose": PROG}, D, "projected", S9, True)
F(d, "metric", {"subject": MOTIE, "value": 5200000000000, "unit": "KRW", "measure": ["committed", "engagés", "engagé", "allocated", "subsidies", "subventions", "loans"]}, D, "asserted", S9)
S10 = "Haneul and Daon Cloud, a Busan-based data-centre operator, signed a supply agreement"
F(d, "agreement", {"parties": [H, "Daon Cloud"], "topic": ["supply", "approvisionnement", "fourniture", "accelerators", "accélérateurs", "chips", "puces", "deliver", "livrer"]}, D, "asserted", S10)
S11 = "Haneul will deliver 150,000 of its HX-7 accelerators over three years"
F(d, "target", {"subject": H, "value": 150000, "measure": ["accelerators", "accélérateurs", "HX-7", "deliver", "livrer", "livraisons", "deliveries", "chips", "units"], "deadline": 2029}, D, "projected", S11)
S12 = "which is designed to draw 80 megawatts when it opens in 2028"
F(d, "target", {"subject": "Daon Cloud", "value": 80, "measure": ["megawatts", "MW", "mégawatts", "power", "puissance", "capacity", "capacité", "data centre", "data center", "centre de données"], "deadline": 2028}, D, "projected", S12)
S13 = "the contract is worth about ₩1.3 trillion, according to a regulatory filing"
CONTR = ["contract", "contrat", "worth", "valeur", "value", "deal", "accord", "agreement", "supply"]
F(d, "metric", {"subject": H, "value": 1300000000000, "unit": "KRW", "measure": CONTR}, D, "reported", S13)
F(d, "metric", {"subject": "Daon Cloud", "value": 1300000000000, "unit": "KRW", "measure": CONTR}, D, "reported", S13, True)
S14 = "Shares of Haneul jumped 7.4% to ₩68,300"
F(d, "stock_move", {"subject": H, "change_pct": 7.4, "price": money(68300, "KRW")}, D, "asserted", S14)
S15 = "the benchmark KOSPI rose 0.6%"
F(d, "stock_move", {"subject": "KOSPI", "change_pct": 0.6}, D, "asserted", S15)
S16 = "Daon Cloud, which trades on the tech-heavy KOSDAQ, surged 12.9%."
F(d, "stock_move", {"subject": "Daon Cloud", "change_pct": 12.9}, D, "asserted", S16)
S17 = "Haneul reported revenue of ₩2.9 trillion last year, up 34% from 2024, and employs about 4,100 people"
F(d, "metric", {"subject": H, "value": 2900000000000, "unit": "KRW", "measure": REV}, "2025", "asserted", S17)
F(d, "metric", {"subject": H, "value": 34, "unit": "%", "measure": GROWTH}, "2025", "asserted", S17)
F(d, "metric", {"subject": H, "value": 4100, "measure": STAFF}, D, "asserted", S17)
S18 = "Analysts expect Haneul's operating profit to nearly double next year to about ₩540 billion, from an estimated ₩280 billion in 2026"
F(d, "target", {"subject": H, "value": 540000000000, "unit": "KRW", "measure": OPPROFIT, "deadline": 2027, "source": "analysts"}, D, "projected", S18)
F(d, "metric", {"subject": H, "value": 280000000000, "unit": "KRW", "measure": OPPROFIT}, "2026", "projected", S18, True)
Q2 = "The subsidy covers roughly an eighth of the capex. What matters more is the signal: Seoul now treats logic chips for AI the way it treated memory in the 1990s"
F(d, "quote", {"speaker": "Choi Dong-wook", "role": "analyst at Namsan Securities", "text": Q2}, D, "asserted", Q2)
F(d, "role", {"person": "Choi Dong-wook", "title": ["analyst", "analyste"], "org": "Namsan Securities"}, D, "asserted", "Choi Dong-wook, an analyst at Namsan Securities")
S19 = "raised his price target on the stock to ₩85,000"
PT = ["price target", "target price", "objectif de cours", "objectif", "target", "cours"]
F(d, "target", {"subject": H, "value": 85000, "unit": "KRW", "measure": PT, "source": "Namsan Securities"}, D, "projected", S19, True)
F(d, "target", {"subject": "Namsan Securities", "value": 85000, "unit": "KRW", "measure": PT}, D, "projected", S19, True)
S20 = "would double its capacity to 48,000 wafers a month by 2031, local media reported"
F(d, "target", {"subject": H, "value": 48000, "measure": WAF, "deadline": 2031}, D, "reported", S20, True)
E(d, H, "organization", ["Haneul", "Haneul Microdevices Co"])
E(d, SK, "place", ["Korea", "Corée du Sud", "Republic of Korea"])
E(d, "Gumi", "place", [])
E(d, "Seoul", "place", [], True)
E(d, "Fab G1", "product", ["G1"], True)
E(d, MOTIE, "organization", ["trade ministry", "MOTIE", "ministère du Commerce, de l'Industrie et de l'Énergie", "Ministry of Trade Industry and Energy"])
E(d, "Yoon Seo-jin", "person", ["Yoon"])
E(d, "Sejong", "place", [], True)
E(d, "Daon Cloud", "organization", ["Daon"])
E(d, "Busan", "place", [], True)
E(d, "HX-7", "product", ["HX-7 accelerators", "HX-7 accelerator"])
E(d, "Gimhae", "place", [])
E(d, "KOSPI", "product", ["Kospi", "benchmark KOSPI", "Korea Composite Stock Price Index"])
E(d, "KOSDAQ", "product", ["Kosdaq"], True)
E(d, "Choi Dong-wook", "person", ["Choi"])
E(d, "Namsan Securities", "organization", ["Namsan"])
E(d, "Korea Semiconductor Industry Association", "organization", ["KSIA"], True)
E(d, "U.S.", "place", ["United States", "US", "États-Unis"], True)
Q(d, "How much in subsidies will South Korea give Haneul Microdevices for its Gumi plant?", ["₩620 billion", "620 billion", "620 milliards", "$425 million", "425 million", "620 000 000 000"])
Q(d, "Comment s'appellera la nouvelle usine de Haneul Microdevices à Gumi ?", ["Fab G1", "G1"])
Q(d, "How much will Haneul Microdevices spend on its new fab through 2030?", ["₩4.8 trillion", "4.8 trillion", "4,8 billions", "4 800 milliards", "4 800 000 000 000"])
Q(d, "Who is South Korea's First Vice Minister of Trade, Industry and Energy quoted on the Haneul subsidy?", ["Yoon Seo-jin", "Yoon"])
Q(d, "Quelle part du marché mondial des puces d'IA hors mémoire la Corée du Sud vise-t-elle d'ici 2030 ?", ["10%", "10 %", "10"])
Q(d, "With which data-centre operator did Haneul sign a supply agreement?", ["Daon Cloud", "Daon"])
Q(d, "De combien l'action Haneul a-t-elle progressé jeudi ?", ["7.4%", "7,4 %", "7.4", "7,4"])
Q(d, "What was Haneul Microdevices' revenue in 2025?", ["₩2.9 trillion", "2.9 trillion", "2,9 billions", "2 900 milliards", "2 900 000 000 000"])
Q(d, "How many HX-7 accelerators will Haneul deliver to Daon Cloud?", ["150,000", "150 000", "150000"])
Q(d, "Which brokerage employs the analyst Choi Dong-wook?", ["Namsan Securities", "Namsan"])
