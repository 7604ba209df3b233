d = doc("n08"); D = "2026-12-04"; D1 = "2026-12-01"; D2 = "2026-12-02"; M = "2026-12"
EV = "Nusantara AI Connect"; KLCC = "Kuala Lumpur Convention Centre"; MDEC = "Malaysia Digital Economy Corporation"; MIN = "Ministère du Numérique"; MY = "Malaisie"
SL = "Seri Lintas AI"; BC = "Bicara 2"; TDC = "Tanjung Data Centres"; UM = "Université de Malaya"; KT = "Kalayaan Telecom"; PL = "Petaling Labs"; LV = "Langkawi Ventures"
VIS = ["visiteurs", "visitors", "participants", "attendees", "attendance", "fréquentation", "visiteurs professionnels"]
S = "Organisé du 1er au 3 décembre par la Malaysia Digital Economy Corporation (MDEC), l'agence publique chargée de l'économie numérique, le salon a accueilli 14 500 visiteurs professionnels"
F(d, "event", {"name": EV, "place": KLCC, "organizer": MDEC, "attendance": 14500}, D1, "asserted", S)
F(d, "event", {"name": EV, "place": "Kuala Lumpur", "organizer": MDEC, "attendance": 14500}, D1, "asserted", S, True)
S = "280 exposants de 19 pays, selon les organisateurs, contre 9 000 visiteurs l'an dernier"
F(d, "metric", {"subject": EV, "value": 280, "measure": ["exposants", "exhibitors", "exposant", "exhibitor", "stands"]}, D1, "claimed", S)
F(d, "metric", {"subject": EV, "value": 19, "measure": ["pays", "countries"]}, D1, "claimed", S, True)
F(d, "metric", {"subject": EV, "value": 9000, "measure": VIS}, "2025", "claimed", S)
F(d, "metric", {"subject": EV, "value": 14500, "measure": VIS}, D1, "claimed", "le salon a accueilli 14 500 visiteurs professionnels et 280 exposants", True)
S = "Ouvert mardi par le vice-ministre du Numérique, Harun Iskandar"
F(d, "role", {"person": "Harun Iskandar", "title": ["vice-ministre", "vice minister", "deputy minister", "ministre", "minister"], "org": MIN}, D1, "asserted", S)
S = "former 30 000 spécialistes de l'IA et attirer 25 milliards de ringgits d'investissements dans les centres de données d'ici 2030"
SPEC = ["spécialistes", "specialists", "former", "train", "trained", "formés", "experts", "talents"]
DCI = ["investissements", "investment", "investments", "attirer", "attract", "centres de données", "data centres", "data centers"]
F(d, "target", {"subject": MY, "value": 30000, "measure": SPEC, "deadline": 2030, "source": "Harun Iskandar"}, D1, "projected", S)
F(d, "target", {"subject": MIN, "value": 30000, "measure": SPEC, "deadline": 2030}, D1, "projected", S, True)
F(d, "target", {"subject": MY, "value": 25000000000, "unit": "MYR", "measure": DCI, "deadline": 2030, "source": "Harun Iskandar"}, D1, "projected", S)
F(d, "target", {"subject": MIN, "value": 25000000000, "unit": "MYR", "measure": DCI, "deadline": 2030}, D1, "projected", S, True)
Q1 = "Nous avons construit les centres de données de la région. Il faut maintenant que les modèles qui y tournent parlent malais, comprennent nos entreprises et créent des emplois ici"
F(d, "quote", {"speaker": "Harun Iskandar", "role": "vice-ministre du Numérique", "text": Q1}, D1, "asserted", Q1)
S = "une enveloppe de 150 millions de ringgits, gérée par le ministère du Numérique, pour des bons d'achat destinés aux PME qui adopteront l'IA en 2027"
VOU = ["bons d'achat", "vouchers", "voucher", "PME", "SME", "SMEs", "subventions", "subsidies", "aide", "enveloppe", "adopter", "adoption", "adopteront"]
F(d, "funding", {"subject": MIN, "amount": money(150000000, "MYR"), "purpose": VOU}, D1, "projected", S)
F(d, "funding", {"subject": MY, "amount": money(150000000, "MYR"), "purpose": VOU}, D1, "projected", S, True)
F(d, "funding", {"subject": "Harun Iskandar", "amount": money(150000000, "MYR"), "purpose": VOU}, D1, "projected", S, True)
S = "l'assistant vocal Bicara 2, conçu par la start-up Seri Lintas AI, a été présenté mercredi"
F(d, "launch", {"subject": SL, "product": BC}, D2, "asserted", S)
S = "Déjà testé par 40 entreprises, l'outil aurait réduit de 35 % la durée moyenne des appels, d'après la société"
F(d, "metric", {"subject": BC, "value": 40, "measure": ["entreprises", "companies", "testé", "tested", "clients", "customers", "pilotes"]}, D2, "claimed", S)
F(d, "metric", {"subject": SL, "value": 40, "measure": ["entreprises", "companies", "testé", "tested", "clients", "customers", "pilotes"]}, D2, "claimed", S, True)
CALL = ["durée", "duration", "appels", "calls", "call time", "temps", "réduction", "reduced", "réduit"]
F(d, "metric", {"subject": BC, "value": -35, "unit": "%", "measure": CALL}, D2, "claimed", S)
F(d, "metric", {"subject": SL, "value": -35, "unit": "%", "measure": CALL}, D2, "claimed", S, True)
F(d, "metric", {"subject": SL, "value": 85, "measure": STAFF}, D2, "asserted", "d'après la société, qui compte 85 salariés")
S = "Le premier lie l'opérateur de centres de données Tanjung Data Centres à l'université de Malaya"
TRN = ["formation", "training", "programme", "program", "étudiants", "students", "accord", "agreement", "partenariat", "partnership"]
F(d, "agreement", {"parties": [TDC, UM], "topic": TRN}, M, "asserted", S)
S = "le groupe financera pendant cinq ans un programme de formation qui doit accueillir 1 000 étudiants"
F(d, "target", {"subject": TDC, "value": 1000, "measure": ["étudiants", "students", "formation", "training", "accueillir", "trained", "formés"], "deadline": 2031}, M, "projected", S)
S = "un protocole d'accord entre Seri Lintas AI et l'opérateur télécoms philippin Kalayaan Telecom"
F(d, "agreement", {"parties": [SL, KT], "topic": ["protocole d'accord", "memorandum", "MoU", "accord", "agreement", "déploiement", "deployment", "deploy", "Philippines", "Bicara"]}, M, "asserted", S)
S = "prévoit le déploiement de Bicara 2 aux Philippines au second semestre 2027"
DEP = ["déploiement", "deployment", "deploy", "déployer", "Philippines", "lancement", "launch", "expansion", "rollout"]
F(d, "target", {"subject": SL, "measure": DEP, "deadline": 2027}, M, "projected", S)
F(d, "target", {"subject": KT, "measure": DEP, "deadline": 2027}, M, "projected", S, True)
F(d, "target", {"subject": BC, "measure": DEP, "deadline": 2027}, M, "projected", S, True)
S = "La levée de 85 millions de ringgits de la jeune pousse, spécialisée dans l'inspection visuelle par IA pour les usines de semi-conducteurs de Penang, a été menée par le fonds Langkawi Ventures"
RND = ["levée", "levée de fonds", "fundraising", "funding", "round", "tour de table", "série A", "Series A", "financement", "investissement", "investment", "bureaux", "offices"]
F(d, "funding", {"subject": LV, "amount": money(85000000, "MYR"), "recipient": PL, "purpose": RND}, M, "asserted", S)
F(d, "funding", {"subject": PL, "amount": money(85000000, "MYR"), "purpose": RND}, M, "asserted", S, True)
F(d, "funding", {"subject": "Bank Pembangunan Malaysia", "amount": money(85000000, "MYR"), "recipient": PL, "purpose": RND}, M, "asserted", S, True)
S = "servira à ouvrir des bureaux à Singapour et à Hô Chi Minh-Ville"
F(d, "target", {"subject": PL, "measure": ["bureaux", "offices", "ouvrir", "open", "Singapour", "Singapore", "expansion"]}, M, "projected", S, True)
S = "Nurul Aisyah Rahman, jusqu'ici directrice technique de Petaling Labs"
F(d, "role", {"person": "Nurul Aisyah Rahman", "title": ["directrice technique", "directeur technique", "chief technology officer", "CTO", "technique", "technology", "technical"], "org": PL}, M, "asserted", S)
S = "a été nommée à la tête de sa nouvelle filiale vietnamienne"
F(d, "role", {"person": "Nurul Aisyah Rahman", "title": ["à la tête", "tête", "head", "filiale", "subsidiary", "vietnamienne", "Vietnam", "directrice générale", "dirigeante", "managing director", "chief executive", "CEO", "country manager"], "org": PL}, M, "asserted", S)
S = "Vikram Nair, ancien directeur des opérations, prend la direction générale du groupe à compter du 1er janvier"
F(d, "role", {"person": "Vikram Nair", "title": CEO + ["direction générale"], "org": TDC}, "2027-01-01", "projected", S)
F(d, "role", {"person": "Vikram Nair", "title": CEO + ["direction générale"], "org": TDC}, M, "asserted", S, True)
F(d, "role", {"person": "Vikram Nair", "title": ["directeur des opérations", "chief operating officer", "COO", "opérations", "operations"], "org": TDC}, M, "asserted", S)
S = "il remplace Tan Sri Razali Osman, qui devient président du conseil d'administration"
F(d, "role", {"person": "Razali Osman", "title": ["président du conseil d'administration", "président du conseil", "président", "chairman", "chair", "conseil d'administration", "board"], "org": TDC}, "2027-01-01", "projected", S)
F(d, "role", {"person": "Razali Osman", "title": CEO + ["direction générale"], "org": TDC}, M, "asserted", S, True)
S = "le marché de l'IA en Asie du Sud-Est aurait atteint 9,8 milliards de dollars en 2025"
MKT = ["marché", "market", "IA", "AI", "taille", "size", "valeur", "value"]
F(d, "metric", {"subject": "Asie du Sud-Est", "value": 9800000000, "unit": "USD", "measure": MKT}, "2025", "reported", S)
F(d, "metric", {"subject": "Cempaka Research", "value": 9800000000, "unit": "USD", "measure": MKT}, "2025", "reported", S, True)
S = "pourrait tripler d'ici 2030"
F(d, "target", {"subject": "Asie du Sud-Est", "value": 29400000000, "unit": "USD", "measure": MKT + ["tripler", "triple"], "deadline": 2030, "source": "Cempaka Research"}, D2, "reported", S, True)
S = "La Malaisie en représente environ 18 %, estime le cabinet."
F(d, "metric", {"subject": MY, "value": 18, "unit": "%", "measure": ["part", "share", "marché", "market", "représente", "accounts"]}, "2025", "reported", S)
S = "La prochaine édition, prévue à Penang en octobre 2027, vise 20 000 visiteurs."
F(d, "target", {"subject": EV, "value": 20000, "measure": VIS, "deadline": 2027}, D, "projected", S)
F(d, "event", {"name": EV, "place": "Penang", "organizer": MDEC, "attendance": 20000}, "2027-10", "projected", S, True)
E(d, EV, "event", ["Nusantara AI Connect", "salon Nusantara AI Connect"])
E(d, "Kuala Lumpur", "place", ["KUALA LUMPUR", "KL"])
E(d, KLCC, "place", ["KLCC", "Kuala Lumpur Convention Center", "centre des congrès de Kuala Lumpur"])
E(d, MDEC, "organization", ["MDEC"])
E(d, "Harun Iskandar", "person", ["Harun", "Iskandar"])
E(d, MIN, "organization", ["ministère du Numérique", "Ministry of Digital", "Digital Ministry", "Kementerian Digital"])
E(d, MY, "place", ["Malaysia", "Malaisie"])
E(d, SL, "organization", ["Seri Lintas"])
E(d, BC, "product", ["Bicara", "Bicara-2"])
E(d, TDC, "organization", ["Tanjung", "Tanjung Data Centers"])
E(d, UM, "organization", ["université de Malaya", "University of Malaya", "Universiti Malaya", "UM"])
E(d, KT, "organization", ["Kalayaan"])
E(d, "Philippines", "place", [], True)
E(d, PL, "organization", ["Petaling"])
E(d, "Penang", "place", ["Pulau Pinang"])
E(d, LV, "organization", ["Langkawi", "fonds Langkawi Ventures"])
E(d, "Bank Pembangunan Malaysia", "organization", ["BPMB", "Bank Pembangunan"])
E(d, "Singapour", "place", ["Singapore"], True)
E(d, "Hô Chi Minh-Ville", "place", ["Ho Chi Minh City", "Hô Chi Minh-Ville", "Saigon"], True)
E(d, "Nurul Aisyah Rahman", "person", ["Nurul Aisyah", "Rahman"])
E(d, "Vikram Nair", "person", ["Nair"])
E(d, "Razali Osman", "person", ["Tan Sri Razali Osman", "Razali"])
E(d, "Cempaka Research", "organization", ["Cempaka", "cabinet Cempaka Research"])
E(d, "Asie du Sud-Est", "place", ["Southeast Asia", "South-East Asia"])
Q(d, "Où s'est tenu le salon Nusantara AI Connect ?", ["Kuala Lumpur Convention Centre", "Kuala Lumpur"])
Q(d, "Qui a organisé le salon Nusantara AI Connect ?", ["Malaysia Digital Economy Corporation", "MDEC"])
Q(d, "Combien de visiteurs professionnels le salon Nusantara AI Connect a-t-il accueillis ?", ["14 500", "14,500", "14500"])
Q(d, "Combien de spécialistes de l'IA le gouvernement malaisien veut-il former d'ici 2030 ?", ["30 000", "30,000", "30000"])
Q(d, "Quel produit la start-up Seri Lintas AI a-t-elle présenté au salon ?", ["Bicara 2", "Bicara"])
Q(d, "With which Philippine telecom operator did Seri Lintas AI sign a memorandum of understanding?", ["Kalayaan Telecom", "Kalayaan"])
Q(d, "Combien Petaling Labs a-t-il levé lors de sa série A ?", ["85 millions de ringgits", "85 millions", "85 million", "85 000 000"])
Q(d, "Quel fonds a mené la levée de fonds de Petaling Labs ?", ["Langkawi Ventures", "Langkawi"])
Q(d, "Who will become chief executive of Tanjung Data Centres on January 1?", ["Vikram Nair", "Nair"])
Q(d, "Selon Cempaka Research, quelle taille le marché de l'IA en Asie du Sud-Est aurait-il atteint en 2025 ?", ["9,8 milliards de dollars", "9,8 milliards", "9.8 billion", "9 800 000 000"])
