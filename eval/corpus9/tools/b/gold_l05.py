d = doc("l05"); D = "2026-06-18"; L = "Lumora Intelligence"
S1 = "Shares of Lumora Intelligence, a Shanghai-based developer of multimodal AI models for factories and hospitals, jumped 38.2 per cent on their first day of trading in Hong Kong on Thursday, after the company raised HK$4.68 billion (US$600 million) in the city's largest artificial intelligence listing so far this year."
HEAD = "Lumora Intelligence jumps 38pc in Hong Kong debut after HK$4.68 billion IPO"
F(d, "stock_move", {"subject": L, "change_pct": 38.2}, D, "asserted", S1)
F(d, "stock_move", {"subject": L, "change_pct": 38.0}, D, "asserted", HEAD, True)
F(d, "funding", {"subject": L, "amount": money(4680000000, "HKD"), "purpose": IPO}, D, "asserted", S1)
F(d, "funding", {"subject": L, "amount": money(600000000, "USD"), "purpose": IPO}, D, "asserted", S1, True)
F(d, "funding", {"subject": L, "amount": money(4680000000, "HKD"), "purpose": IPO}, D, "asserted", HEAD, True)
S2 = "The stock, which was priced at HK$52 per share, the top of its marketed range, closed at HK$71.85."
F(d, "metric", {"subject": L, "value": 52, "unit": "HKD", "measure": PRICE + ["offer price", "per share", "par action", "prix d'introduction", "IPO"]}, D, "asserted", S2)
F(d, "stock_move", {"subject": L, "change_pct": 38.2, "price": money(71.85, "HKD")}, D, "asserted", S2, True)
S3 = "That gives the company a market capitalisation of about HK$39.5 billion."
F(d, "metric", {"subject": L, "value": 39500000000, "unit": "HKD", "measure": MCAP}, D, "asserted", S3)
S4 = "The Hang Seng Index slipped 0.3 per cent on the day, while the Hang Seng Tech Index added 0.8 per cent."
F(d, "stock_move", {"subject": "Hang Seng", "change_pct": -0.3}, D, "asserted", S4)
F(d, "stock_move", {"subject": "Hang Seng Tech", "change_pct": 0.8}, D, "asserted", S4)
S5 = "Lumora sold 90 million new shares in the offering."
F(d, "metric", {"subject": L, "value": 90000000, "measure": ["shares", "actions", "new shares", "sold", "vendu", "offering", "offre", "émis", "issued"]}, D, "asserted", S5)
S6 = "Three cornerstone investors took up almost half of the deal: Singapore's Temasek subscribed for US$120 million worth of shares, the Hong Kong Investment Corporation for US$80 million and Alibaba Group for US$50 million, according to the prospectus."
F(d, "funding", {"subject": "Temasek", "amount": money(120000000, "USD"), "recipient": L, "purpose": CORNER}, D, "asserted", S6)
F(d, "funding", {"subject": "Hong Kong Investment Corporation", "amount": money(80000000, "USD"), "recipient": L, "purpose": CORNER}, D, "asserted", S6)
F(d, "funding", {"subject": "Alibaba Group", "amount": money(50000000, "USD"), "recipient": L, "purpose": CORNER}, D, "asserted", S6)
F(d, "metric", {"subject": L, "value": 3, "measure": ["cornerstone", "investisseurs", "investors", "investisseurs de référence"]}, D, "asserted", S6, True)
S7 = "The retail tranche was oversubscribed 312 times, the company said in an exchange filing on Wednesday."
F(d, "metric", {"subject": L, "value": 312, "measure": ["oversubscribed", "sursouscrit", "sursouscription", "subscription", "souscrit", "retail", "particuliers", "tranche", "demand", "demande", "times", "fois"]}, "2026-06-17", "claimed", S7)
Q1 = "Hong Kong gave us the capital and the international investors we needed to go global"
F(d, "quote", {"speaker": "Fang Yiran", "role": "founder and chief executive", "text": Q1}, D, "asserted", Q1)
Q2 = "We are not building a chatbot. We are building the eyes and hands of Chinese industry."
F(d, "quote", {"speaker": "Fang Yiran", "text": Q2}, D, "asserted", Q2, True)
F(d, "role", {"person": "Fang Yiran", "title": CEO + FOUNDER, "org": L}, D, "asserted", "founder and chief executive Fang Yiran")
S8 = "Fang, a former researcher at Microsoft Research Asia, founded Lumora in 2019 with two university classmates."
F(d, "role", {"person": "Fang Yiran", "title": ["researcher", "chercheur", "chercheuse", "research", "recherche", "former", "ancien", "ancienne"], "org": "Microsoft Research Asia"}, None, "asserted", S8, True)
F(d, "role", {"person": "Fang Yiran", "title": FOUNDER, "org": L}, "2019", "asserted", S8, True)
S9 = "The company now employs 1,150 people, about 70 per cent of whom are engineers."
F(d, "metric", {"subject": L, "value": 1150, "measure": STAFF}, D, "asserted", S9)
F(d, "metric", {"subject": L, "value": 70, "unit": "%", "measure": ["engineers", "ingénieurs", "engineering", "ingénierie"]}, D, "asserted", S9, True)
S10 = "About 45 per cent of the net proceeds will be spent on research and development of its next-generation models and 30 per cent on computing infrastructure, the prospectus said."
PROC = ["proceeds", "produit", "net proceeds", "fonds levés", "allocation", "use of proceeds", "utilisation"]
F(d, "target", {"subject": L, "value": 45, "unit": "%", "measure": PROC + ["research", "recherche", "R&D", "development", "développement", "models", "modèles"]}, D, "projected", S10)
F(d, "target", {"subject": L, "value": 30, "unit": "%", "measure": PROC + ["computing", "calcul", "infrastructure", "compute"]}, D, "projected", S10)
S11 = "A further 15 per cent is earmarked for overseas expansion, starting with Southeast Asia and the Middle East, with the remainder set aside for working capital."
F(d, "target", {"subject": L, "value": 15, "unit": "%", "measure": PROC + ["overseas", "expansion", "international", "étranger", "abroad"]}, D, "projected", S11)
S12 = "Lumora's revenue rose 81 per cent to 1.36 billion yuan last year, while its net loss narrowed to 412 million yuan from 655 million yuan a year earlier."
F(d, "metric", {"subject": L, "value": 1360000000, "unit": "CNY", "measure": REV}, "2025", "asserted", S12)
F(d, "metric", {"subject": L, "value": 81, "unit": "%", "measure": GROWTH}, "2025", "asserted", S12)
F(d, "metric", {"subject": L, "value": 412000000, "unit": "CNY", "measure": LOSS}, "2025", "asserted", S12)
F(d, "metric", {"subject": L, "value": 655000000, "unit": "CNY", "measure": LOSS}, "2024", "asserted", S12, True)
S13 = "The company, which is not yet profitable, expects to break even in 2028."
F(d, "target", {"subject": L, "value": None, "measure": ["break even", "breakeven", "équilibre", "rentabilité", "rentable", "profitable", "profitability", "profit", "bénéfice"], "deadline": 2028}, D, "projected", S13)
S14 = "China International Capital Corporation and Morgan Stanley were the joint sponsors of the listing."
F(d, "agreement", {"parties": [L, "China International Capital Corporation", "Morgan Stanley"], "topic": ["sponsors", "joint sponsors", "listing", "IPO", "introduction en Bourse", "banques", "banks", "chefs de file", "offering"]}, D, "asserted", S14, True)
Q3 = "Investors are paying for growth, not for profits, and Lumora has plenty of growth"
F(d, "quote", {"speaker": "Vivian Lo", "role": "head of Asia equity strategy at Harcourt Securities", "text": Q3}, D, "asserted", Q3)
F(d, "role", {"person": "Vivian Lo", "title": ["head of Asia equity strategy", "head", "strategy", "stratégie", "stratégiste", "strategist", "responsable", "analyst", "analyste", "equity"], "org": "Harcourt Securities"}, D, "asserted", "Vivian Lo, head of Asia equity strategy at Harcourt Securities")
S15 = "who noted that the stock now trades at about 29 times this year's forecast sales"
F(d, "metric", {"subject": L, "value": 29, "measure": ["times", "fois", "multiple", "sales", "ventes", "valuation", "valorisation", "price-to-sales", "trades"]}, D, "claimed", S15, True)
S16 = "The listing is the 11th by a mainland AI company in Hong Kong since January, according to exchange data, and bankers expect several more before the end of the year."
F(d, "metric", {"subject": "Hong Kong", "value": 11, "measure": ["listing", "listings", "introductions", "introduction", "cotation", "IPO", "IPOs"]}, D, "reported", S16, True)
S17 = "Lumora also unveiled on Thursday its new industrial model, Lumora Vision 3, which can inspect welds and circuit boards from video streams in real time."
F(d, "launch", {"subject": L, "product": "Lumora Vision 3"}, D, "asserted", S17)
S18 = "It will be shown to the public at the World Artificial Intelligence Conference in Shanghai in July, Fang said."
F(d, "event", {"name": "World Artificial Intelligence Conference", "place": "Shanghai"}, "2026-07", "projected", S18)
E(d, L, "organization", ["Lumora", "Lumora Intelligence Inc"])
E(d, "Shanghai", "place", ["Shanghai, China"])
E(d, "Hong Kong", "place", ["HK", "Hongkong"])
E(d, "Hang Seng", "product", ["Hang Seng Index", "indice Hang Seng", "HSI"])
E(d, "Hang Seng Tech", "product", ["Hang Seng Tech Index", "indice Hang Seng Tech", "Hang Seng TECH"])
E(d, "Temasek", "organization", ["Temasek Holdings"])
E(d, "Singapore", "place", ["Singapour"], True)
E(d, "Hong Kong Investment Corporation", "organization", ["HKIC", "Hong Kong Investment Corp"])
E(d, "Alibaba Group", "organization", ["Alibaba", "Alibaba Group Holding"])
E(d, "Fang Yiran", "person", ["Fang"])
E(d, "Central", "place", [], True)
E(d, "Microsoft Research Asia", "organization", ["MSRA", "Microsoft Research"])
E(d, "Southeast Asia", "place", ["South-East Asia", "Asie du Sud-Est"], True)
E(d, "Middle East", "place", ["Moyen-Orient"], True)
E(d, "China International Capital Corporation", "organization", ["CICC", "China International Capital Corp"])
E(d, "Morgan Stanley", "organization", [])
E(d, "Vivian Lo", "person", ["Lo"])
E(d, "Harcourt Securities", "organization", ["Harcourt"])
E(d, "Lumora Vision 3", "product", ["Vision 3"])
E(d, "World Artificial Intelligence Conference", "event", ["WAIC", "World AI Conference"])
E(d, "China", "place", ["Chine", "mainland China"], True)
Q(d, "How much did Lumora Intelligence raise in its Hong Kong IPO?", ["HK$4.68 billion", "4.68 billion", "4,68 milliards", "US$600 million", "600 million", "4 680 000 000"])
Q(d, "De combien l'action Lumora Intelligence a-t-elle progressé lors de son premier jour de cotation à Hong Kong ?", ["38.2", "38,2"])
Q(d, "At what price per share was Lumora's IPO priced?", ["HK$52", "52 Hong Kong dollars", "52 dollars de Hong Kong", "52"])
Q(d, "Quelle est la capitalisation boursière de Lumora Intelligence après son introduction ?", ["HK$39.5 billion", "39.5 billion", "39,5 milliards", "39 500 000 000"])
Q(d, "How much did Temasek commit as a cornerstone investor in Lumora's IPO?", ["US$120 million", "120 million", "120 millions", "120 000 000"])
Q(d, "Quel investisseur de référence a souscrit pour 80 millions de dollars dans l'introduction en Bourse de Lumora ?", ["Hong Kong Investment Corporation", "HKIC"])
Q(d, "Who is the founder and chief executive of Lumora Intelligence?", ["Fang Yiran"])
Q(d, "Combien de personnes Lumora Intelligence emploie-t-elle ?", ["1,150", "1 150", "1150"])
Q(d, "What share of Lumora's net IPO proceeds will go to research and development?", ["45 per cent", "45%", "45 %", "45"])
Q(d, "En quelle année Lumora Intelligence prévoit-elle d'atteindre l'équilibre ?", ["2028"])
