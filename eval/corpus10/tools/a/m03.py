d = "m03"; D = "2026-11-24"; E2 = "2026-11-26"; P = "2026-11-27"
MIN = "Ministère de l'Économie et de la Société numériques"; TH = "Thaïlande"
PL = "Plan directeur national pour l'intelligence artificielle 2027-2031"
DEPA = "Agence de promotion de l'économie numérique"; UNI = "Université Mae Ping"
BUD = ["budget", "enveloppe", "plan", "plan directeur", "IA", "intelligence artificielle", "AI", "artificial intelligence", "public", "publique"]
e1 = "Doté d'une enveloppe publique de 38 milliards de bahts (environ 1,1 milliard de dollars américains) sur cinq ans"
F(d, "funding", {"subject": TH, "amount": M(38000000000, "THB"), "recipient": PL, "purpose": BUD}, D, "projected", e1)
F(d, "funding", {"subject": TH, "amount": M(1100000000, "USD"), "recipient": PL, "purpose": BUD}, D, "projected", e1, True)
F(d, "funding", {"subject": MIN, "amount": M(38000000000, "THB"), "recipient": PL, "purpose": BUD}, D, "projected", e1, True)
F(d, "funding", {"subject": PL, "amount": M(38000000000, "THB"), "purpose": BUD}, D, "projected", e1, True)
F(d, "target", {"subject": TH, "value": 38000000000, "unit": "THB", "measure": BUD, "deadline": 2031}, D, "projected", e1, True)
e1b = "le Conseil des ministres a approuvé, mardi 24 novembre 2026, le Plan directeur national pour l'intelligence artificielle 2027-2031"
F(d, "launch", {"subject": "Conseil des ministres", "product": PL}, D, "asserted", e1b, True)
F(d, "launch", {"subject": MIN, "product": PL}, D, "asserted", e1b, True)
CALC = ["infrastructure de calcul", "calcul", "computing", "compute", "infrastructure", "souveraine", "sovereign"]
F(d, "funding", {"subject": TH, "amount": M(14000000000, "THB"), "recipient": PL, "purpose": CALC}, D, "projected",
  "14 milliards de bahts seront consacrés à une infrastructure de calcul souveraine")
F(d, "funding", {"subject": TH, "amount": M(9000000000, "THB"), "recipient": PL, "purpose": ["formation", "training", "compétences", "skills", "éducation"]}, D, "projected",
  "9 milliards de bahts à la formation")
F(d, "funding", {"subject": TH, "purpose": ["projets pilotes", "pilot projects", "pilote", "santé", "agriculture", "tourisme", "health", "tourism"]}, D, "projected",
  "le solde financera des projets pilotes dans la santé, l'agriculture et le tourisme", True)
TRAIN = ENG + ["personnes", "people", "compétences", "skills", "former", "training", "formation"]
e2 = "former 120 000 personnes aux compétences de l'IA, dont 15 000 spécialistes de haut niveau"
F(d, "target", {"subject": TH, "value": 120000, "measure": TRAIN, "deadline": 2030}, D, "projected", e2)
F(d, "target", {"subject": PL, "value": 120000, "measure": TRAIN, "deadline": 2030}, D, "projected", e2, True)
F(d, "target", {"subject": MIN, "value": 120000, "measure": TRAIN, "deadline": 2030}, D, "projected", e2, True)
SPEC = ["spécialistes", "specialists", "experts", "haut niveau", "high-level", "advanced"]
F(d, "target", {"subject": TH, "value": 15000, "measure": SPEC, "deadline": 2030}, D, "projected", e2)
F(d, "target", {"subject": PL, "value": 15000, "measure": SPEC, "deadline": 2030}, D, "projected", e2, True)
SME = ["PME", "petites et moyennes entreprises", "SMEs", "SME", "small and medium", "entreprises", "businesses", "outil d'IA", "adoption", "utilisant"]
e3 = "porter à 40 % la part des petites et moyennes entreprises utilisant au moins un outil d'IA, contre 11 % lors de l'enquête nationale de 2025"
F(d, "target", {"subject": TH, "value": 40, "unit": "%", "measure": SME, "deadline": 2030}, D, "projected", e3)
F(d, "target", {"subject": PL, "value": 40, "unit": "%", "measure": SME, "deadline": 2030}, D, "projected", e3, True)
F(d, "metric", {"subject": TH, "value": 11, "unit": "%", "measure": SME}, "2025", "asserted", e3)
RANK = ["classement", "ranking", "rang", "place", "position", "préparation", "readiness", "premiers", "top", "index", "indice"]
F(d, "target", {"subject": TH, "value": 10, "measure": RANK, "deadline": 2030}, D, "projected",
  "figurer parmi les dix premiers pays d'Asie-Pacifique dans le classement annuel de préparation des gouvernements à l'IA")
F(d, "metric", {"subject": TH, "value": 17, "measure": RANK}, "2026", "asserted", "alors que la Thaïlande occupe la 17e place de l'édition 2026")
DC = ["centres de données", "data centres", "data centers", "capacité", "capacity", "mégawatts", "megawatts", "MW"]
e4 = "La capacité installée des centres de données du pays devrait en outre atteindre 2 500 mégawatts en 2029, contre quelque 870 mégawatts aujourd'hui"
F(d, "target", {"subject": TH, "value": 2500, "measure": DC, "deadline": 2029}, D, "projected", e4)
F(d, "metric", {"subject": TH, "value": 870, "measure": DC}, D, "asserted", e4)
GDP = ["PIB", "produit intérieur brut", "GDP", "gross domestic product", "ajouter", "add", "contribution"]
e5 = "Selon les estimations du ministère, l'IA pourrait ajouter 1 200 milliards de bahts au produit intérieur brut thaïlandais d'ici 2035"
F(d, "target", {"subject": TH, "value": 1200000000000, "unit": "THB", "measure": GDP, "deadline": 2035, "source": MIN}, D, "projected", e5)
F(d, "target", {"subject": MIN, "value": 1200000000000, "unit": "THB", "measure": GDP, "deadline": 2035}, D, "projected", e5, True)
PH = "Phasa-1"
AVAIL = ["mise à disposition", "disposition", "administrations", "available", "availability", "déploiement", "deploy", "modèle", "model", "lancement", "launch", "Phasa"]
e6 = "sera mis à la disposition des administrations au premier semestre 2027"
F(d, "target", {"subject": MIN, "measure": AVAIL, "deadline": 2027}, P, "projected", e6)
F(d, "target", {"subject": TH, "measure": AVAIL, "deadline": 2027}, P, "projected", e6, True)
F(d, "target", {"subject": PH, "measure": AVAIL, "deadline": 2027}, P, "projected", e6, True)
F(d, "launch", {"subject": MIN, "product": PH}, "2027", "projected",
  "un premier grand modèle de langue national, baptisé Phasa-1 et développé avec des universités publiques", True)
F(d, "quote", {"speaker": "Thanakorn Srisawat", "role": "ministre de l'Économie et de la Société numériques",
  "text": "Nous ne voulons pas seulement utiliser une intelligence artificielle conçue ailleurs. Nous voulons qu'elle parle thaï, qu'elle comprenne nos agriculteurs et qu'elle soit hébergée sur notre sol"}, E2, "asserted",
  "Nous ne voulons pas seulement utiliser une intelligence artificielle conçue ailleurs. Nous voulons qu'elle parle thaï, qu'elle comprenne nos agriculteurs et qu'elle soit hébergée sur notre sol")
MINT = ["ministre", "minister", "ministre de l'Économie et de la Société numériques", "minister of digital economy and society"]
F(d, "role", {"person": "Thanakorn Srisawat", "title": MINT, "org": MIN}, P, "asserted",
  "M. Thanakorn Srisawat, ministre de l'Économie et de la Société numériques")
FO = "Forum Mékong de l'IA responsable"
e7 = "lors du Forum Mékong de l'IA responsable (Mekong Responsible AI Forum), organisé au Centre international des congrès de Chiang Mai par l'Agence de promotion de l'économie numérique (depa)"
F(d, "event", {"name": FO, "place": "Chiang Mai", "organizer": DEPA, "attendance": 3200}, E2, "asserted", e7)
F(d, "event", {"name": FO, "place": "Centre international des congrès de Chiang Mai", "organizer": DEPA, "attendance": 3200}, E2, "asserted",
  "Le plan a en effet été présenté au public le 26 novembre", True)
e8 = "L'événement a réuni 3 200 participants venus de onze pays, selon les organisateurs"
F(d, "metric", {"subject": FO, "value": 3200, "measure": ["participants", "attendees", "visiteurs", "réuni"], "source": DEPA}, E2, "claimed", e8, True)
F(d, "metric", {"subject": FO, "value": 11, "measure": ["pays", "countries"], "source": DEPA}, E2, "claimed", e8, True)
MOU = ["protocole d'entente", "MoU", "memorandum", "memorandum of understanding", "centre d'excellence", "centre of excellence", "modèles de langue", "language models", "accord", "agreement"]
F(d, "agreement", {"parties": [DEPA, UNI], "topic": MOU}, E2, "asserted",
  "la depa et l'Université Mae Ping ont signé un protocole d'entente")
e9 = "Ce centre, installé sur le campus de l'université à Chiang Mai, doit accueillir 200 chercheurs d'ici 2028"
RS = ["chercheurs", "researchers", "research", "recherche", "accueillir", "host"]
F(d, "target", {"subject": UNI, "value": 200, "measure": RS, "deadline": 2028}, E2, "projected", e9)
F(d, "target", {"subject": DEPA, "value": 200, "measure": RS, "deadline": 2028}, E2, "projected", e9, True)
F(d, "quote", {"speaker": "Pimchanok Rattanakul", "role": "présidente-directrice générale de la depa",
  "text": "Ce protocole d'entente donne aux régions du Nord un rôle central dans la construction de notre souveraineté numérique"}, E2, "asserted",
  "Ce protocole d'entente donne aux régions du Nord un rôle central dans la construction de notre souveraineté numérique")
F(d, "role", {"person": "Pimchanok Rattanakul", "title": CEO + ["présidente-directrice générale", "présidente", "president", "PDG"], "org": DEPA}, P, "asserted",
  "Mme Pimchanok Rattanakul, présidente-directrice générale de la depa")
F(d, "metric", {"subject": DEPA, "value": 1340, "measure": ["entreprises", "companies", "accompagné", "supported", "projets", "projects", "firms"], "source": "Pimchanok Rattanakul"}, E2, "claimed",
  "Elle a précisé que l'agence avait accompagné 1 340 entreprises dans leurs projets d'IA depuis 2024")
BOI = "Bureau de l'investissement"
e10 = "approuvé depuis janvier 34 projets de centres de données, représentant un investissement total de 190 milliards de bahts"
F(d, "metric", {"subject": BOI, "value": 34, "measure": ["projets", "projects", "centres de données", "data centres", "data centers", "approuvé", "approved"]}, "2026", "asserted", e10)
F(d, "metric", {"subject": BOI, "value": 190000000000, "unit": "THB", "measure": ["investissement", "investment", "investi", "centres de données", "data centres"]}, "2026", "asserted", e10)
F(d, "funding", {"subject": TH, "amount": M(190000000000, "THB"), "purpose": ["centres de données", "data centres", "data centers", "investissement", "investment"]}, "2026", "asserted", e10, True)
e11 = "Un premier appel à projets au titre du plan sera ouvert en février 2027"
F(d, "target", {"subject": PL, "measure": ["appel à projets", "call for projects", "call for proposals", "appel", "projets"], "deadline": 2027}, P, "projected", e11, True)
F(d, "target", {"subject": MIN, "measure": ["appel à projets", "call for projects", "call for proposals", "appel", "projets"], "deadline": 2027}, P, "projected", e11, True)

E(d, MIN, "organization", ["MDES", "Ministry of Digital Economy and Society", "ministère de l'Économie et de la Société numériques", "ministère de l'Économie numérique"])
E(d, TH, "place", ["Thailand", "Royaume de Thaïlande", "Thailande", "Kingdom of Thailand"])
E(d, "Bangkok", "place", [])
E(d, PL, "product", ["Plan directeur national pour l'IA", "National AI Master Plan", "National AI Master Plan 2027-2031", "Plan directeur national pour l'intelligence artificielle"])
E(d, "Conseil des ministres", "organization", ["Cabinet", "conseil des ministres", "Thai cabinet"])
E(d, PH, "product", ["Phasa 1", "Phasa"])
E(d, "Thanakorn Srisawat", "person", ["M. Thanakorn Srisawat", "Thanakorn"])
E(d, "Chiang Mai", "place", [])
E(d, FO, "event", ["Mekong Responsible AI Forum", "Forum Mékong", "Forum Mekong de l'IA responsable"])
E(d, "Centre international des congrès de Chiang Mai", "place", ["Chiang Mai International Convention Centre", "Centre international des congrès"])
E(d, DEPA, "organization", ["depa", "Digital Economy Promotion Agency", "DEPA"])
E(d, UNI, "organization", ["Mae Ping University", "Mae Ping"])
E(d, "Pimchanok Rattanakul", "person", ["Mme Pimchanok Rattanakul", "Pimchanok"])
E(d, BOI, "organization", ["BOI", "Board of Investment", "Thailand Board of Investment"])
E(d, "Asie-Pacifique", "place", ["Asia-Pacific", "Asia Pacific"], True)

Q(d, "What public budget does Thailand's national AI master plan 2027-2031 have?", ["38 milliards de bahts", "38 milliards", "38 billion baht", "38 billion", "1,1 milliard de dollars", "1.1 billion"])
Q(d, "Combien de personnes la Thaïlande veut-elle former aux compétences de l'IA d'ici 2030 ?", ["120 000", "120,000", "120000"])
Q(d, "What share of Thai SMEs should use at least one AI tool by 2030?", ["40 %", "40%", "40"])
Q(d, "What was Thailand's rank in the 2026 edition of the government AI readiness ranking?", ["17e", "17th", "17"])
Q(d, "Quelle capacité de centres de données la Thaïlande vise-t-elle en 2029 ?", ["2 500 mégawatts", "2 500", "2,500 megawatts", "2,500"])
Q(d, "Who is Thailand's minister of digital economy and society?", ["Thanakorn Srisawat"])
Q(d, "Which forum in Chiang Mai was the plan presented at?", ["Forum Mékong de l'IA responsable", "Mekong Responsible AI Forum"])
Q(d, "How many participants attended the forum where the plan was presented?", ["3 200", "3,200", "3200"])
Q(d, "Avec quelle université la depa a-t-elle signé un protocole d'entente ?", ["Université Mae Ping", "Mae Ping University", "Mae Ping"])
Q(d, "What is the name of Thailand's first national large language model?", ["Phasa-1", "Phasa 1"])
