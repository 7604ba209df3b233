d = doc("m08"); D0 = "2026-11-24"; D1 = "2026-11-25"
EV = "Sommet Chao Phraya de l'IA"; DEPA = "Agence de promotion de l'économie numérique"; MIN = "Ministère de l'Économie et de la Société numériques"
TH = "Thaïlande"; SDG = "Siam DataGrid"; MK = "Mekhala AI"; CU = "Université Chulalongkorn"; QSN = "Queen Sirikit National Convention Center"
S1 = "Le Sommet Chao Phraya de l'IA (Chao Phraya AI Summit), organisé par l'Agence de promotion de l'économie numérique (depa) du 24 au 26 novembre au Queen Sirikit National Convention Center de Bangkok"
F(d, "event", {"name": EV, "place": QSN, "organizer": DEPA, "attendance": 18000}, D0, "asserted", S1)
F(d, "event", {"name": EV, "place": "Bangkok", "organizer": DEPA, "attendance": 18000}, D0, "asserted", S1, True)
S2 = "a réuni quelque 18 000 participants et 420 exposants venus de 26 pays, selon les organisateurs"
F(d, "metric", {"subject": EV, "value": 420, "measure": ["exposants", "exhibitors", "exposant", "exhibitor", "stands"]}, D0, "claimed", S2)
F(d, "metric", {"subject": EV, "value": 18000, "measure": ["participants", "visiteurs", "visitors", "attendees", "attendance", "fréquentation"]}, D0, "claimed", S2, True)
F(d, "metric", {"subject": EV, "value": 26, "measure": ["pays", "countries"]}, D0, "claimed", S2, True)
S3 = "Le ministère de l'Économie et de la Société numériques débloquera 2 milliards de bahts (environ 52 millions d'euros) de subventions pour aider les PME à adopter des outils d'IA en 2027."
SUB = ["subventions", "subvention", "subsidies", "subsidy", "grants", "PME", "SME", "SMEs", "aide", "adopter", "adoption", "outils"]
F(d, "funding", {"subject": MIN, "amount": money(2000000000, "THB"), "recipient": "PME", "purpose": SUB}, D0, "projected", S3)
F(d, "funding", {"subject": MIN, "amount": money(52000000, "EUR"), "purpose": SUB}, D0, "projected", S3, True)
F(d, "funding", {"subject": TH, "amount": money(2000000000, "THB"), "purpose": SUB}, D0, "projected", S3, True)
S4 = "Chaque entreprise retenue pourra recevoir jusqu'à 500 000 bahts"
F(d, "funding", {"subject": MIN, "amount": money(500000, "THB"), "purpose": SUB}, D0, "projected", S4, True)
S5 = "porter à 30 % d'ici 2028 la part des entreprises thaïlandaises qui utilisent l'IA, contre 12 % environ aujourd'hui"
USE = ["entreprises", "companies", "firms", "utilisent", "use", "using", "adoption", "adopt", "part", "share"]
F(d, "target", {"subject": TH, "value": 30, "unit": "%", "measure": USE, "deadline": 2028}, D0, "projected", S5)
F(d, "target", {"subject": MIN, "value": 30, "unit": "%", "measure": USE, "deadline": 2028}, D0, "projected", S5, True)
F(d, "metric", {"subject": TH, "value": 12, "unit": "%", "measure": USE}, D0, "asserted", S5)
S6 = "former 50 000 spécialistes d'ici la fin de la décennie"
F(d, "target", {"subject": TH, "value": 50000, "measure": ["spécialistes", "specialists", "former", "train", "trained", "formés", "experts", "talents"], "deadline": 2030}, D0, "projected", S6)
Q1 = "Nous ne fabriquerons pas les plus grands modèles du monde. Mais nous pouvons devenir le pays de la région où l'IA sert le plus vite les petites entreprises"
F(d, "quote", {"speaker": "Kittipong Rattanawong", "role": "vice-ministre de l'Économie et de la Société numériques", "text": Q1}, D0, "asserted", Q1)
S7 = "le vice-ministre de l'Économie et de la Société numériques, Kittipong Rattanawong"
F(d, "role", {"person": "Kittipong Rattanawong", "title": ["vice-ministre", "vice minister", "deputy minister", "ministre", "minister"], "org": MIN}, D0, "asserted", S7)
S8 = "l'opérateur de centres de données Siam DataGrid et la jeune pousse Mekhala AI ont signé avec l'université Chulalongkorn un protocole d'accord pour créer un laboratoire commun"
F(d, "agreement", {"parties": [SDG, MK, CU], "topic": ["protocole d'accord", "accord", "memorandum", "MoU", "agreement", "laboratoire", "laboratory", "lab", "recherche", "research", "modèles de langue", "language models"]}, D0, "asserted", S8)
S9 = "Siam DataGrid y mettra à disposition 2 000 processeurs graphiques"
F(d, "target", {"subject": SDG, "value": 2000, "measure": ["processeurs graphiques", "GPU", "GPUs", "graphics processors", "processeurs", "puces", "chips"]}, D0, "projected", S9)
S10 = "Siam DataGrid a obtenu un prêt de 4,5 milliards de bahts de l'Exim Bank de Thaïlande, a indiqué la banque publique"
LOAN = ["prêt", "loan", "crédit", "credit", "financement", "financing", "extension", "expansion", "site", "centre", "data centre"]
F(d, "funding", {"subject": "Exim Bank de Thaïlande", "amount": money(4500000000, "THB"), "recipient": SDG, "purpose": LOAN}, "2026-11", "claimed", S10)
F(d, "funding", {"subject": SDG, "amount": money(4500000000, "THB"), "purpose": LOAN}, "2026-11", "claimed", S10, True)
S11 = "La capacité du centre doit passer de 40 à 120 mégawatts d'ici à la fin de 2028."
MW = ["capacité", "capacity", "mégawatts", "megawatts", "MW", "puissance", "power"]
F(d, "target", {"subject": SDG, "value": 120, "measure": MW, "deadline": 2028}, D0, "projected", S11)
F(d, "metric", {"subject": SDG, "value": 40, "measure": MW}, D0, "asserted", S11)
S12 = "La société de Bangkok, fondée en 2022, a lancé Suea-2"
F(d, "launch", {"subject": MK, "product": "Suea-2"}, D1, "asserted", S12)
S13 = "un modèle de langage de 70 milliards de paramètres"
PAR = ["paramètres", "parameters", "taille", "size"]
F(d, "metric", {"subject": "Suea-2", "value": 70000000000, "measure": PAR}, D1, "asserted", S13)
F(d, "metric", {"subject": MK, "value": 70000000000, "measure": PAR}, D1, "asserted", S13, True)
S14 = "D'après l'entreprise, le modèle dépasse de 12 points les meilleurs modèles ouverts sur un banc d'essai de compréhension du thaï"
F(d, "metric", {"subject": "Suea-2", "value": 12, "measure": ["points", "banc d'essai", "benchmark", "score", "compréhension", "dépasse", "avance", "lead"]}, D1, "claimed", S14)
Q2 = "Un modèle qui comprend mal le thaï coûte cher à une banque ou à un hôpital. Suea-2 est notre réponse, et il sera gratuit pour les universités thaïlandaises"
F(d, "quote", {"speaker": "Pimchanok Wongsiri", "role": "directrice générale et cofondatrice de Mekhala AI", "text": Q2}, D1, "asserted", Q2)
S15 = "Pimchanok Wongsiri, directrice générale et cofondatrice de Mekhala AI"
F(d, "role", {"person": "Pimchanok Wongsiri", "title": CEO + FOUNDER, "org": MK}, D1, "asserted", S15)
S16 = "La start-up, qui compte 230 salariés, a bouclé en juin une levée de 1,1 milliard de bahts menée par le fonds singapourien Meranti Growth Partners."
F(d, "metric", {"subject": MK, "value": 230, "measure": STAFF}, D1, "asserted", S16)
F(d, "funding", {"subject": "Meranti Growth Partners", "amount": money(1100000000, "THB"), "recipient": MK, "purpose": SERIESB}, "2026-06", "asserted", S16)
F(d, "funding", {"subject": MK, "amount": money(1100000000, "THB"), "purpose": SERIESB}, "2026-06", "asserted", S16, True)
S17 = "Elle prévoit de proposer Suea-2 au Vietnam et au Cambodge au premier semestre 2027, selon sa dirigeante."
F(d, "target", {"subject": MK, "measure": ["Vietnam", "Cambodge", "Cambodia", "proposer", "offer", "lancement", "launch", "expansion", "international"], "deadline": 2027}, D1, "projected", S17)
S18 = "les investissements privés dans l'IA en Thaïlande auraient atteint 38 milliards de bahts en 2025"
INV = ["investissements privés", "investissements", "investment", "private investment", "investissement"]
F(d, "metric", {"subject": TH, "value": 38000000000, "unit": "THB", "measure": INV}, "2025", "reported", S18)
F(d, "metric", {"subject": "Andaman Insights", "value": 38000000000, "unit": "THB", "measure": INV}, "2025", "reported", S18, True)
S19 = "la prochaine édition aurait lieu à Chiang Mai, en novembre 2027, avec un objectif de 25 000 participants"
F(d, "event", {"name": EV, "place": "Chiang Mai", "organizer": DEPA, "attendance": 25000}, "2027-11", "projected", S19, True)
F(d, "target", {"subject": EV, "value": 25000, "measure": ["participants", "visiteurs", "visitors", "attendees", "attendance"], "deadline": 2027}, D0, "projected", S19, True)
E(d, EV, "event", ["Chao Phraya AI Summit", "Sommet Chao Phraya", "Sommet Chao Phraya de l'intelligence artificielle"])
E(d, "Bangkok", "place", [])
E(d, TH, "place", ["Thailand", "Thaïlande"])
E(d, "Asie du Sud-Est", "place", ["Southeast Asia"], True)
E(d, DEPA, "organization", ["depa", "Digital Economy Promotion Agency", "Agence de promotion de l'économie numérique (depa)"])
E(d, QSN, "place", ["QSNCC", "Queen Sirikit National Convention Centre", "centre de conventions Queen Sirikit"])
E(d, MIN, "organization", ["ministère de l'Économie et de la Société numériques", "Ministry of Digital Economy and Society", "MDES", "DES"])
E(d, "Kittipong Rattanawong", "person", ["Kittipong", "Rattanawong"])
E(d, SDG, "organization", ["DataGrid"])
E(d, MK, "organization", ["Mekhala"])
E(d, CU, "organization", ["université Chulalongkorn", "Chulalongkorn University", "Chulalongkorn"])
E(d, "Chonburi", "place", ["Chon Buri"])
E(d, "Exim Bank de Thaïlande", "organization", ["Exim Bank", "Export-Import Bank of Thailand", "Exim Bank of Thailand", "EXIM Thailand"])
E(d, "Suea-2", "product", ["Suea 2"])
E(d, "Pimchanok Wongsiri", "person", ["Wongsiri", "Pimchanok"])
E(d, "Meranti Growth Partners", "organization", ["Meranti"])
E(d, "Vietnam", "place", ["Viêt Nam"])
E(d, "Cambodge", "place", ["Cambodia"])
E(d, "Andaman Insights", "organization", ["Andaman"])
E(d, "Malaisie", "place", ["Malaysia"], True)
E(d, "Chiang Mai", "place", [])
Q(d, "Who organised the Chao Phraya AI Summit in Bangkok?", ["Agence de promotion de l'économie numérique", "depa", "Digital Economy Promotion Agency"])
Q(d, "Combien d'exposants le Sommet Chao Phraya de l'IA a-t-il réunis ?", ["420"])
Q(d, "How much in subsidies will Thailand's digital economy ministry release for SMEs adopting AI?", ["2 milliards de bahts", "2 milliards", "2 billion", "52 millions d'euros", "2 000 000 000"])
Q(d, "What share of Thai companies using AI does the government target by 2028?", ["30 %", "30%", "30"])
Q(d, "Quel modèle Mekhala AI a-t-il lancé pendant le sommet ?", ["Suea-2", "Suea 2"])
Q(d, "How many parameters does the Suea-2 model have?", ["70 milliards", "70 billion", "70 000 000 000"])
Q(d, "Quelle université a signé un protocole d'accord avec Siam DataGrid et Mekhala AI ?", ["Chulalongkorn"])
Q(d, "Which bank lent Siam DataGrid 4.5 billion baht?", ["Exim Bank", "Export-Import Bank of Thailand"])
Q(d, "Who is the chief executive of Mekhala AI?", ["Pimchanok Wongsiri", "Wongsiri", "Pimchanok"])
Q(d, "Où se tiendra la prochaine édition du Sommet Chao Phraya de l'IA ?", ["Chiang Mai"])
