d = doc("m07"); D = "2026-11-24"; K = "Kalinaw AI"; AV = "Andrea Villacorta"; T2 = "Tinig-2"
F(d, "launch", {"subject": K, "product": T2}, "2026-11", "asserted", "Last week the company launched Tinig-2")
F(d, "launch", {"subject": K, "product": "Tinig"}, "2023", "asserted", "The first Tinig model, released in 2023", True)
S0 = "When Andrea Villacorta, Miguel Soriano and Jericho Dela Paz founded Kalinaw AI in 2021"
for p in (AV, "Miguel Soriano", "Jericho Dela Paz"):
    F(d, "role", {"person": p, "title": FOUNDER, "org": K}, "2021", "asserted", S0)
F(d, "role", {"person": AV, "title": CEO, "org": K}, D, "asserted", "We spoke to Villacorta, the company's chief executive")
F(d, "role", {"person": "Miguel Soriano", "title": ["chief technology officer", "CTO", "directeur technique", "technology", "technique"], "org": K}, D, "asserted", "Soriano is now chief technology officer")
F(d, "role", {"person": "Jericho Dela Paz", "title": ["operations", "opérations", "chief operating officer", "COO", "directeur des opérations"], "org": K}, D, "asserted", "Dela Paz runs operations", True)
S1 = "the Taguig-based start-up employs 140 people and sells speech-recognition and voice-agent software to 85 enterprise customers"
F(d, "metric", {"subject": K, "value": 140, "measure": STAFF}, D, "asserted", S1)
CLI = ["customers", "clients", "enterprise customers", "entreprises clientes", "clientes"]
F(d, "metric", {"subject": K, "value": 85, "measure": CLI}, D, "asserted", S1)
S2 = "The Philippine outsourcing industry employs about 1.8 million people, according to industry estimates"
F(d, "metric", {"subject": "Philippines", "value": 1800000, "measure": STAFF + ["outsourcing", "sous-traitance", "BPO", "industry", "workers"]}, D, "reported", S2)
S3 = "a speech model trained on 60,000 hours of recorded conversations"
HRS = ["hours", "heures", "recorded", "conversations", "training", "trained", "entraîné", "données", "data"]
F(d, "metric", {"subject": T2, "value": 60000, "measure": HRS}, D, "asserted", S3)
F(d, "metric", {"subject": K, "value": 60000, "measure": HRS}, D, "asserted", S3, True)
S4 = "Kalinaw says Tinig-2 transcribes Taglish calls with a word error rate of 7.9%, against 14% for the best general-purpose model it tested"
WER = ["word error rate", "error rate", "taux d'erreur", "erreur", "error", "WER"]
F(d, "metric", {"subject": T2, "value": 7.9, "unit": "%", "measure": WER}, D, "claimed", S4)
F(d, "metric", {"subject": K, "value": 7.9, "unit": "%", "measure": WER}, D, "claimed", S4, True)
F(d, "metric", {"subject": T2, "value": 14, "unit": "%", "measure": WER}, D, "claimed", S4, True)
S5 = "Its models already process about 1.2 million calls a month for customers."
F(d, "metric", {"subject": K, "value": 1200000, "measure": ["calls", "appels", "month", "mois", "process", "traités"]}, D, "asserted", S5)
Q1 = "Because our customers' customers don't speak textbook English. A caller in Davao starts in Cebuano, switches to English for the account number and hangs up in Tagalog. General models lose the thread. Taglish is not a bug in the data. It is the data."
F(d, "quote", {"speaker": AV, "role": "chief executive of Kalinaw AI", "text": Q1}, D, "asserted", Q1)
Q2 = "We closed 2025 with ₱410 million in revenue, about two and a half times the year before, and we expect to pass ₱700 million this year. Around 70% still comes from the outsourcing companies. We are burning cash, I won't hide it, but we will break even next year."
F(d, "quote", {"speaker": AV, "role": "chief executive of Kalinaw AI", "text": Q2}, D, "asserted", Q2, True)
S6 = "We closed 2025 with ₱410 million in revenue, about two and a half times the year before"
F(d, "metric", {"subject": K, "value": 410000000, "unit": "PHP", "measure": REV}, "2025", "claimed", S6)
F(d, "metric", {"subject": K, "value": 2.5, "measure": REV + ["times", "fois"]}, "2025", "claimed", S6, True)
S7 = "we expect to pass ₱700 million this year"
F(d, "target", {"subject": K, "value": 700000000, "unit": "PHP", "measure": REV, "deadline": 2026}, D, "projected", S7)
S8 = "Around 70% still comes from the outsourcing companies."
F(d, "metric", {"subject": K, "value": 70, "unit": "%", "measure": ["outsourcing", "BPO", "sous-traitance", "externalisation", "revenue", "chiffre d'affaires", "comes from", "provient"]}, D, "claimed", S8)
S9 = "we will break even next year"
F(d, "target", {"subject": K, "measure": ["break even", "break-even", "équilibre", "rentabilité", "profitable", "rentable", "seuil de rentabilité"], "deadline": 2027}, D, "projected", S9)
S10 = "Kalinaw raised US$18 million in March 2025 in a Series A round led by Banyan Bay Capital"
SA = ["Series A", "série A", "round", "levée", "funding", "tour de table", "financement", "raise", "raised", "investment", "investissement"]
F(d, "funding", {"subject": "Banyan Bay Capital", "amount": money(18000000, "USD"), "recipient": K, "purpose": SA}, "2025-03", "asserted", S10)
F(d, "funding", {"subject": K, "amount": money(18000000, "USD"), "purpose": SA}, "2025-03", "asserted", S10, True)
S11 = "Kalinaw and Amazon Web Services signed a three-year agreement this month"
F(d, "agreement", {"parties": [K, "Amazon Web Services"], "topic": ["agreement", "accord", "partnership", "partenariat", "cloud", "marketplace", "distribution", "sold", "vendu", "three-year"]}, "2026-11", "asserted", S11)
S12 = "Kalinaw also receives cloud credits worth US$3 million as part of the deal, according to the company"
F(d, "funding", {"subject": "Amazon Web Services", "amount": money(3000000, "USD"), "recipient": K, "purpose": ["cloud credits", "credits", "crédits", "cloud"]}, "2026-11", "claimed", S12, True)
Q3 = "For a company of our size, being one click away from every AWS customer in the region matters more than any billboard on EDSA"
F(d, "quote", {"speaker": AV, "role": "chief executive of Kalinaw AI", "text": Q3}, D, "asserted", Q3)
Q4 = "We aim to work with 500 enterprise clients by 2028, and by then half of our revenue should come from outside the Philippines, Indonesia and Vietnam first. We will open a Jakarta office in the first quarter of 2027."
F(d, "quote", {"speaker": AV, "role": "chief executive of Kalinaw AI", "text": Q4}, D, "asserted", Q4, True)
F(d, "target", {"subject": K, "value": 500, "measure": CLI + ["enterprise clients"], "deadline": 2028}, D, "projected", "We aim to work with 500 enterprise clients by 2028")
F(d, "target", {"subject": K, "value": 50, "unit": "%", "measure": ["revenue", "chiffre d'affaires", "outside", "abroad", "étranger", "international", "half", "moitié"], "deadline": 2028}, D, "projected", "by then half of our revenue should come from outside the Philippines")
F(d, "target", {"subject": K, "measure": ["office", "bureau", "Jakarta", "open", "ouvrir", "ouverture"], "deadline": 2027}, D, "projected", "We will open a Jakarta office in the first quarter of 2027.")
S13 = "The headcount, she added, should reach about 220 by the end of next year"
F(d, "target", {"subject": K, "value": 220, "measure": STAFF, "deadline": 2027}, D, "projected", S13)
Q5 = "Talent. Every good machine-learning engineer in Manila gets an offer from Singapore twice a year. We cannot match the salaries, so we offer something else: problems nobody else is working on."
F(d, "quote", {"speaker": AV, "role": "chief executive of Kalinaw AI", "text": Q5}, D, "asserted", Q5)
F(d, "quote", {"speaker": AV, "text": "Ask me again when we are profitable."}, D, "asserted", "Ask me again when we are profitable.", True)
S14 = "a version for Hiligaynon is planned for mid-2027"
F(d, "target", {"subject": K, "measure": ["Hiligaynon", "version", "language", "langue"], "deadline": 2027}, D, "projected", S14, True)
E(d, K, "organization", ["Kalinaw", "Kalinaw AI Inc"])
E(d, AV, "person", ["Villacorta"])
E(d, "Miguel Soriano", "person", ["Soriano"])
E(d, "Jericho Dela Paz", "person", ["Dela Paz"])
E(d, "Philippines", "place", ["Philippine", "the Philippines", "Philippines"])
E(d, "Taguig", "place", ["Taguig-based"])
E(d, T2, "product", ["Tinig 2"])
E(d, "Tinig", "product", [], True)
E(d, "Banyan Bay Capital", "organization", ["Banyan Bay"])
E(d, "Amazon Web Services", "organization", ["AWS", "Amazon"])
E(d, "AWS Marketplace", "product", [], True)
E(d, "Southeast Asia", "place", ["Asie du Sud-Est"], True)
E(d, "Jakarta", "place", [])
E(d, "Indonesia", "place", ["Indonésie"])
E(d, "Vietnam", "place", ["Viêt Nam", "Viet Nam"])
E(d, "Manila", "place", ["Manille"])
E(d, "Singapore", "place", ["Singapour"], True)
E(d, "Davao", "place", [], True)
E(d, "Makati", "place", [], True)
E(d, "Bonifacio Global City", "place", ["BGC"], True)
E(d, "EDSA", "place", [], True)
E(d, "Philippine Stock Exchange", "organization", ["PSE", "Bourse des Philippines"], True)
E(d, "Rafael Ocampo", "person", [], True)
Q(d, "Who are the co-founders of Kalinaw AI besides Andrea Villacorta?", ["Miguel Soriano", "Soriano", "Jericho Dela Paz", "Dela Paz"])
Q(d, "Quel modèle vocal Kalinaw AI a-t-il lancé la semaine dernière ?", ["Tinig-2", "Tinig 2"])
Q(d, "How many people does Kalinaw AI employ?", ["140"])
Q(d, "Quel chiffre d'affaires Kalinaw AI a-t-il réalisé en 2025 ?", ["₱410 million", "410 million", "410 millions", "410 000 000"])
Q(d, "What word error rate does Kalinaw claim for Tinig-2 on Taglish calls?", ["7.9%", "7,9 %", "7.9", "7,9"])
Q(d, "Avec quel fournisseur de cloud Kalinaw AI a-t-il signé un accord de trois ans ?", ["Amazon Web Services", "AWS"])
Q(d, "Which fund led Kalinaw AI's Series A round?", ["Banyan Bay Capital", "Banyan Bay"])
Q(d, "Combien de clients entreprises Kalinaw vise-t-il d'ici 2028 ?", ["500"])
Q(d, "When does Kalinaw AI expect to break even?", ["next year", "2027", "l'an prochain"])
Q(d, "In which city will Kalinaw AI open an office in the first quarter of 2027?", ["Jakarta"])
