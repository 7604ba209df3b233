d = "n03"; N = "2026-12-01"; P = "2026-12-02"
S = "Nalar AI"; L = "Straits Horizon Capital"; BK = "Bank Samudra Nusantara"; H = "Rizky Hartono"
SB = ["Series B", "série B", "round", "tour de table", "funding", "fundraising", "levée", "raise", "raised", "financement", "investment"]
e0 = "has raised US$62 million (about Rp 1.01 trillion) in a Series B round led by Singapore's Straits Horizon Capital"
F(d, "funding", {"subject": L, "amount": M(62000000, "USD"), "recipient": S, "purpose": SB}, N, "asserted", e0)
F(d, "funding", {"subject": L, "amount": M(1010000000000, "IDR"), "recipient": S, "purpose": SB}, N, "asserted", e0, True)
F(d, "funding", {"subject": S, "amount": M(62000000, "USD"), "purpose": SB}, N, "asserted", e0, True)
F(d, "funding", {"subject": S, "amount": M(1010000000000, "IDR"), "purpose": SB}, N, "asserted", e0, True)
e1 = "Mahakam Ventures and Kopi Lane Partners took part in the round, as did existing investor Garuda Seed Partners"
for inv in ("Mahakam Ventures", "Kopi Lane Partners", "Garuda Seed Partners"):
    F(d, "funding", {"subject": inv, "amount": M(62000000, "USD"), "recipient": S, "purpose": SB}, N, "asserted", e1, True)
F(d, "agreement", {"parties": [S, L, "Mahakam Ventures", "Kopi Lane Partners", "Garuda Seed Partners"], "topic": SB + ["investors", "investisseurs"]}, N, "asserted", e1, True)
F(d, "metric", {"subject": S, "value": 480000000, "unit": "USD", "measure": VALO}, N, "reported",
  "The deal values Nalar at about US$480 million, more than three times its valuation after the Series A, according to two people familiar with the matter")
e2 = "Founded in 2021 by Rizky Hartono, Dewi Anggraini and Bagus Santoso - now respectively chief executive, chief technology officer and chief operating officer"
F(d, "role", {"person": "Dewi Anggraini", "title": FOUND, "org": S}, None, "asserted", e2)
F(d, "role", {"person": "Bagus Santoso", "title": FOUND, "org": S}, None, "asserted", e2)
F(d, "role", {"person": H, "title": FOUND, "org": S}, None, "asserted", e2, True)
F(d, "role", {"person": H, "title": CEO, "org": S}, P, "asserted", e2)
F(d, "role", {"person": "Dewi Anggraini", "title": CTO, "org": S}, P, "asserted", e2)
F(d, "role", {"person": "Bagus Santoso", "title": COO, "org": S}, P, "asserted", e2)
e3 = "it reached Rp 312 billion in 2025, up 185%"
F(d, "metric", {"subject": S, "value": 312000000000, "unit": "IDR", "measure": REV}, "2025", "asserted", e3)
F(d, "metric", {"subject": S, "value": 185, "unit": "%", "measure": REV + ["growth", "croissance", "hausse", "up", "rose", "tripled"]}, "2025", "asserted", e3)
F(d, "target", {"subject": S, "value": 700000000000, "unit": "IDR", "measure": REV, "deadline": 2026}, P, "projected",
  "is on track to exceed Rp 700 billion this year, Mr Hartono said in an interview")
F(d, "target", {"subject": S, "measure": ["break even", "breakeven", "break-even", "équilibre", "profitable", "rentable", "rentabilité", "profitability", "profit"], "deadline": 2028}, P, "projected",
  "but expects to break even in 2028")
F(d, "metric", {"subject": S, "value": 6500000, "measure": ["end users", "users", "utilisateurs", "conversations", "month", "mensuels", "monthly"]}, P, "claimed",
  "Its agents handle conversations for some 6.5 million end users each month, the company says, a figure that could not be independently verified")
ACC = ["partnership", "partenariat", "agreement", "accord", "deploy", "déploiera", "agents", "mobile app", "branches", "agences", "bank", "banque"]
F(d, "agreement", {"parties": [S, BK], "topic": ACC}, N, "asserted", "Nalar announced a three-year partnership with Bank Samudra Nusantara")
F(d, "metric", {"subject": BK, "value": 1100, "measure": ["branches", "agences", "succursales", "offices"]}, N, "asserted", "across its 1,100 branches")
F(d, "stock_move", {"subject": BK, "change_pct": 3.2, "price": M(4180, "IDR")}, N, "asserted", "Shares of Bank Samudra rose 3.2 per cent to Rp 4,180 on the Indonesia Stock Exchange")
F(d, "stock_move", {"subject": "Jakarta Composite Index", "change_pct": -0.4}, N, "asserted", "the Jakarta Composite Index slipped 0.4 per cent")
q1 = "Banks were our hardest customers to win, because nobody wants a chatbot that gets an interest rate wrong"
F(d, "quote", {"speaker": H, "role": "chief executive of Nalar AI", "text": q1}, P, "asserted", q1)
q1b = "Now that one of the largest has signed, the others are calling us."
F(d, "quote", {"speaker": H, "role": "chief executive of Nalar AI", "text": q1b}, P, "asserted", q1b, True)
SPM = ["speech model", "speech", "voice", "Javanese", "Sundanese", "javanais", "soundanais", "modèle vocal", "model"]
e4 = "About 40 per cent of the new money will go to a speech model for Javanese and Sundanese"
F(d, "target", {"subject": S, "value": 40, "unit": "%", "measure": SPM + ["funds", "money", "proceeds", "fonds"]}, P, "projected", e4)
F(d, "target", {"subject": S, "measure": SPM, "deadline": 2027}, P, "projected", "a speech model for Javanese and Sundanese, due in the first half of 2027")
F(d, "target", {"subject": S, "measure": ["expansion", "Vietnam", "Philippines", "present", "présence", "markets", "marchés", "countries", "pays"], "deadline": 2027}, P, "projected",
  "Nalar wants to be present in Vietnam and the Philippines by the end of 2027")
e5 = "to serve 1,000 corporate clients by 2028, from 340 today"
F(d, "target", {"subject": S, "value": 1000, "measure": CLIENTS + ["corporate clients"], "deadline": 2028}, P, "projected", e5)
F(d, "metric", {"subject": S, "value": 340, "measure": CLIENTS + ["corporate clients"]}, P, "asserted", e5)
e6 = "Headcount, at 260, should reach 400 by the end of next year"
F(d, "metric", {"subject": S, "value": 260, "measure": STAFF}, P, "asserted", e6)
F(d, "target", {"subject": S, "value": 400, "measure": STAFF, "deadline": 2027}, P, "projected", e6)
e7 = "will also head a new research office in Singapore"
F(d, "role", {"person": "Dewi Anggraini", "title": ["head", "research", "recherche", "research office", "bureau de recherche"], "org": S}, P, "projected", e7, True)
F(d, "target", {"subject": S, "measure": ["research office", "bureau de recherche", "research", "recherche", "Singapore", "Singapour", "office"]}, P, "projected", e7, True)
F(d, "metric", {"subject": L, "value": 4, "measure": ["investment", "investissement", "Indonesian AI", "deals"]}, "2026", "asserted",
  "it is the fourth investment in Indonesian AI this year", True)
q2 = "Nalar is one of the few Indonesian AI companies selling to banks rather than to consumers, and that is where the durable money is"
F(d, "quote", {"speaker": "Kelvin Ong", "role": "partner at Straits Horizon Capital", "text": q2}, P, "asserted", q2)
e8 = "said Kelvin Ong, a partner at the fund who joins Nalar's board"
F(d, "role", {"person": "Kelvin Ong", "title": ["partner", "associé", "partenaire"], "org": L}, P, "asserted", e8)
F(d, "role", {"person": "Kelvin Ong", "title": ["board", "conseil", "director", "administrateur", "board member", "conseil d'administration"], "org": S}, P, "asserted", e8)
q3 = "Of the thirty or so Indonesian firms doing conversational AI, perhaps five will still be independent in three years"
F(d, "quote", {"speaker": "Andini Pratiwi", "role": "senior technology analyst at Meridian Asia Research", "text": q3}, P, "asserted", q3)
F(d, "role", {"person": "Andini Pratiwi", "title": ANALYST + ["technology analyst", "senior"], "org": "Meridian Asia Research"}, P, "asserted",
  "Andini Pratiwi, senior technology analyst at Meridian Asia Research")
RAISE = ["raised", "funding", "financement", "levées", "levée", "investment", "investissements", "start-ups", "startups"]
e9 = "Indonesian AI start-ups raised US$410 million in the first eleven months of 2026, according to data compiled by research firm Tenggara Data"
F(d, "metric", {"subject": "Indonesia", "value": 410000000, "unit": "USD", "measure": RAISE, "source": "Tenggara Data"}, "2026", "reported", e9)
F(d, "metric", {"subject": "Tenggara Data", "value": 410000000, "unit": "USD", "measure": RAISE}, "2026", "reported", e9, True)
F(d, "metric", {"subject": "Indonesia", "value": 230000000, "unit": "USD", "measure": RAISE, "source": "Tenggara Data"}, "2025", "reported",
  "up from US$230 million in the whole of 2025")

E(d, S, "organization", ["Nalar"])
E(d, L, "organization", ["Straits Horizon"])
E(d, "Mahakam Ventures", "organization", ["Mahakam"])
E(d, "Kopi Lane Partners", "organization", ["Kopi Lane"])
E(d, "Garuda Seed Partners", "organization", ["Garuda Seed"])
E(d, H, "person", ["Hartono", "Mr Hartono"])
E(d, "Dewi Anggraini", "person", ["Anggraini", "Ms Anggraini"])
E(d, "Bagus Santoso", "person", ["Santoso"])
E(d, BK, "organization", ["Bank Samudra", "Samudra"])
E(d, "Indonesia Stock Exchange", "organization", ["IDX", "Bursa Efek Indonesia", "Jakarta stock exchange"])
E(d, "Jakarta Composite Index", "organization", ["JCI", "IHSG", "Jakarta Composite"])
E(d, "Kelvin Ong", "person", ["Ong"])
E(d, "Andini Pratiwi", "person", ["Pratiwi"])
E(d, "Meridian Asia Research", "organization", ["Meridian Asia"])
E(d, "Tenggara Data", "organization", [])
E(d, "Indonesia", "place", ["Indonésie", "Indonesian"])
E(d, "Jakarta", "place", [])
E(d, "Singapore", "place", ["Singapour"])
E(d, "Vietnam", "place", ["Viet Nam"], True)
E(d, "Philippines", "place", [], True)
E(d, "Farah Iskandar", "person", [], True)

Q(d, "How much did Nalar AI raise in its Series B round?", ["US$62 million", "62 million", "Rp 1.01 trillion", "62 millions"])
Q(d, "Which investor led Nalar AI's Series B?", ["Straits Horizon Capital", "Straits Horizon"])
Q(d, "At what valuation does the deal reportedly value Nalar AI?", ["US$480 million", "480 million", "480 millions"])
Q(d, "Who is Nalar AI's chief operating officer?", ["Bagus Santoso"])
Q(d, "What was Nalar AI's revenue in 2025?", ["Rp 312 billion", "312 billion", "312 milliards"])
Q(d, "Which bank signed a partnership with Nalar AI?", ["Bank Samudra Nusantara", "Bank Samudra"])
Q(d, "How many corporate clients does Nalar AI want to serve by 2028?", ["1,000", "1 000", "1000"])
Q(d, "Who is Nalar AI's chief technology officer?", ["Dewi Anggraini"])
Q(d, "Combien d'utilisateurs finaux les agents de Nalar AI servent-ils chaque mois, selon l'entreprise ?", ["6.5 million", "6,5 millions", "6.5"])
Q(d, "Pour quel cabinet travaille l'analyste Andini Pratiwi ?", ["Meridian Asia Research", "Meridian Asia"])
