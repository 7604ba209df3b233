d = doc("n06"); D = "2026-12-01"; P = "2026-12-02"; H = "Haiyun Intelligence"; Y = "Yunlan-3"; QH = "Qianhai Horizon Capital"; LJ = "Lanjing Motors"; CN = "Chine"
PAR = ["paramètres", "parameters", "taille", "size"]
F(d, "launch", {"subject": H, "product": Y}, D, "asserted", "Haiyun Intelligence a dévoilé Yunlan-3, son nouveau modèle de langage")
S = "dont les poids seront téléchargeables gratuitement à partir du 15 décembre"
AV = ["téléchargeables", "téléchargement", "download", "downloadable", "poids", "weights", "disponible", "disponibilité", "available", "availability", "open source", "publication", "release"]
F(d, "target", {"subject": Y, "measure": AV, "deadline": 2026}, D, "projected", S)
F(d, "target", {"subject": H, "measure": AV, "deadline": 2026}, D, "projected", S, True)
S = "compte 236 milliards de paramètres"
F(d, "metric", {"subject": Y, "value": 236000000000, "measure": PAR}, D, "asserted", S)
F(d, "metric", {"subject": H, "value": 236000000000, "measure": PAR}, D, "asserted", S, True)
F(d, "metric", {"subject": Y, "value": 21000000000, "measure": PAR + ["actifs", "active", "sollicités", "requête", "query"]}, D, "asserted", "dont 21 milliards seulement sont sollicités pour chaque requête", True)
S = "Il obtiendrait, selon l'entreprise, un score de 88,4 sur le banc d'essai de raisonnement C-Eval"
BENCH = ["score", "banc d'essai", "benchmark", "C-Eval", "raisonnement", "reasoning", "points"]
F(d, "metric", {"subject": Y, "value": 88.4, "measure": BENCH}, D, "claimed", S)
F(d, "metric", {"subject": H, "value": 88.4, "measure": BENCH}, D, "claimed", S, True)
F(d, "metric", {"subject": Y, "value": 3, "measure": BENCH}, D, "claimed", "soit 3 points de plus que le précédent modèle ouvert le mieux classé", True)
S = "La sortie coïncide avec une levée de fonds de 1,5 milliard de yuans (environ 190 millions d'euros)."
S2 = "Menés par le fonds Qianhai Horizon Capital"
RND = ["levée de fonds", "levée", "fundraising", "funding", "round", "tour de table", "série C", "Series C", "financement", "investissement", "investment", "puces", "chips", "recrutement"]
F(d, "funding", {"subject": QH, "amount": money(1500000000, "CNY"), "recipient": H, "purpose": RND}, D, "asserted", S)
F(d, "funding", {"subject": H, "amount": money(1500000000, "CNY"), "purpose": RND}, D, "asserted", S, True)
F(d, "funding", {"subject": QH, "amount": money(190000000, "EUR"), "recipient": H, "purpose": RND}, D, "asserted", S, True)
F(d, "funding", {"subject": H, "amount": money(190000000, "EUR"), "purpose": RND}, D, "asserted", S, True)
S = "valorisent désormais la société à 12 milliards de yuans"
F(d, "metric", {"subject": H, "value": 12000000000, "unit": "CNY", "measure": MCAP}, D, "asserted", S)
S = "le recrutement de 300 ingénieurs"
F(d, "target", {"subject": H, "value": 300, "measure": ["ingénieurs", "engineers", "recrutement", "recruit", "hire", "hiring", "embauches", "recrues"]}, D, "projected", S)
S = "le partenariat conclu avec Lanjing Motors"
F(d, "agreement", {"parties": [H, LJ], "topic": ["partenariat", "partnership", "accord", "agreement", "assistant vocal", "voice assistant", "intégration", "integrate", "laboratoire", "laboratory", "lab", "conduite assistée", "driver assistance", "automobile", "véhicules"]}, D, "asserted", S)
S = "qui a vendu 410 000 véhicules électriques l'an dernier"
F(d, "metric", {"subject": LJ, "value": 410000, "measure": ["véhicules", "vehicles", "ventes", "sales", "sold", "vendu", "voitures", "cars", "électriques", "electric"]}, "2025", "asserted", S)
S = "intégrera une version allégée de Yunlan-3 dans l'assistant vocal de ses berlines à partir du deuxième trimestre 2027"
F(d, "target", {"subject": LJ, "measure": ["intégrera", "intégration", "integrate", "integration", "assistant vocal", "voice assistant", "berlines", "sedans", "cars", "version allégée", "Yunlan"], "deadline": 2027}, D, "projected", S)
S = "dans lequel Lanjing investira 200 millions de yuans sur trois ans"
LAB = ["laboratoire", "laboratory", "lab", "laboratoire commun", "joint lab", "conduite assistée", "driver assistance", "investira", "investment", "investissement"]
F(d, "funding", {"subject": LJ, "amount": money(200000000, "CNY"), "purpose": LAB}, D, "projected", S)
F(d, "target", {"subject": LJ, "value": 200000000, "unit": "CNY", "measure": LAB, "deadline": 2029}, D, "projected", S, True)
S = "Haiyun a nommé Zhou Minghao directeur scientifique"
CSO = ["directeur scientifique", "chief scientist", "chief science officer", "scientifique", "scientist", "science", "recherche", "research"]
F(d, "role", {"person": "Zhou Minghao", "title": CSO, "org": H}, "2027-01", "projected", S)
F(d, "role", {"person": "Zhou Minghao", "title": CSO, "org": H}, D, "asserted", S, True)
S = "qui enseignait depuis 2019 l'apprentissage automatique à l'université Tsinghua"
F(d, "role", {"person": "Zhou Minghao", "title": ["enseignant", "enseignait", "professeur", "professor", "teacher", "lecturer", "taught", "teaching", "chercheur", "researcher", "academic", "universitaire"], "org": "Université Tsinghua"}, D, "asserted", S)
S = "C'est lui qui dirigera l'équipe de 120 chercheurs"
F(d, "metric", {"subject": H, "value": 120, "measure": ["chercheurs", "researchers", "équipe", "team", "recherche", "research"]}, D, "asserted", S)
S = "L'entreprise, qui revendique 9 millions d'utilisateurs mensuels pour son application grand public"
USERS = ["utilisateurs", "users", "utilisateurs mensuels", "monthly users", "monthly active users", "MAU", "usagers", "abonnés"]
F(d, "metric", {"subject": H, "value": 9000000, "measure": USERS}, P, "claimed", S)
S = "veut en compter 60 millions d'ici fin 2027"
F(d, "target", {"subject": H, "value": 60000000, "measure": USERS, "deadline": 2027}, P, "projected", S)
S = "Son chiffre d'affaires, attendu autour de 280 millions de yuans cette année, devrait dépasser 1 milliard en 2027"
F(d, "metric", {"subject": H, "value": 280000000, "unit": "CNY", "measure": REV}, "2026", "projected", S)
F(d, "target", {"subject": H, "value": 280000000, "unit": "CNY", "measure": REV, "deadline": 2026}, P, "projected", S, True)
F(d, "target", {"subject": H, "value": 1000000000, "unit": "CNY", "measure": REV, "deadline": 2027}, P, "projected", S)
S = "la direction promet une société « rentable d'ici 2028 »"
F(d, "target", {"subject": H, "measure": ["rentable", "rentabilité", "profitable", "profitability", "profit", "bénéfice", "break even", "équilibre"], "deadline": 2028}, P, "projected", S)
S = "ils sont passés de 140 à 520 personnes en douze mois"
F(d, "metric", {"subject": H, "value": 520, "measure": STAFF}, P, "asserted", S)
F(d, "metric", {"subject": H, "value": 140, "measure": STAFF}, "2025-12", "asserted", S, True)
Q1 = "Un modèle fermé, on le loue ; un modèle ouvert, on construit dessus. Nous préférons que dix mille entreprises bâtissent sur Yunlan plutôt que de garder nos poids dans un coffre"
F(d, "quote", {"speaker": "Su Wanqing", "role": "fondatrice et directrice générale de Haiyun", "text": Q1}, "2026-12", "asserted", Q1)
S = "Su Wanqing, fondatrice et directrice générale de Haiyun"
F(d, "role", {"person": "Su Wanqing", "title": CEO + FOUNDER, "org": H}, P, "asserted", S)
F(d, "role", {"person": "Su Wanqing", "title": ["ingénieure", "ingénieur", "engineer"], "org": "Huawei"}, None, "asserted", "ancienne ingénieure de Huawei", True)
Q2 = "L'open source fait connaître un nom ; il ne paie pas les factures d'électricité"
F(d, "quote", {"speaker": "Chen Yiru", "role": "analyste chez Zhongnan Securities", "text": Q2}, "2026-12", "asserted", Q2)
S = "Chen Yiru, analyste chez Zhongnan Securities"
F(d, "role", {"person": "Chen Yiru", "title": ["analyste", "analyst"], "org": "Zhongnan Securities"}, P, "asserted", S)
S = "qui estime que Haiyun devra lever de nouveau avant fin 2027"
F(d, "target", {"subject": H, "measure": ["lever", "levée", "raise", "fundraising", "funding", "financement"], "deadline": 2027, "source": "Chen Yiru"}, P, "projected", S, True)
S = "Le marché chinois des grands modèles de langage a représenté 29,4 milliards de yuans en 2025, selon le cabinet Lingshu Consulting"
MKT = ["marché", "market", "grands modèles de langage", "modèles de langage", "language models", "LLM", "taille", "size"]
F(d, "metric", {"subject": CN, "value": 29400000000, "unit": "CNY", "measure": MKT}, "2025", "reported", S)
F(d, "metric", {"subject": "Lingshu Consulting", "value": 29400000000, "unit": "CNY", "measure": MKT}, "2025", "reported", S, True)
S = "qui prévoit qu'il dépassera 100 milliards en 2028"
F(d, "target", {"subject": CN, "value": 100000000000, "unit": "CNY", "measure": MKT, "deadline": 2028, "source": "Lingshu Consulting"}, P, "projected", S)
F(d, "target", {"subject": "Lingshu Consulting", "value": 100000000000, "unit": "CNY", "measure": MKT, "deadline": 2028}, P, "projected", S, True)
S = "plus de 190 modèles ont été enregistrés auprès de l'Administration du cyberespace de Chine à fin octobre, d'après les chiffres officiels"
F(d, "metric", {"subject": CN, "value": 190, "measure": ["modèles", "models", "enregistrés", "registered", "registration"]}, "2026-10", "reported", S, True)
E(d, H, "organization", ["Haiyun", "Haiyun Intelligence Technology"])
E(d, Y, "product", ["Yunlan", "Yunlan 3"])
E(d, "Shenzhen", "place", [])
E(d, QH, "organization", ["Qianhai Horizon", "fonds Qianhai Horizon Capital"])
E(d, "Nanshan", "place", ["district de Nanshan"], True)
E(d, "Pengda Computing", "organization", ["Pengda"])
E(d, LJ, "organization", ["Lanjing"])
E(d, "Guangzhou", "place", ["Canton"])
E(d, "Zhou Minghao", "person", ["Zhou"])
E(d, "Université Tsinghua", "organization", ["université Tsinghua", "Tsinghua University", "Tsinghua"])
E(d, "Su Wanqing", "person", ["Su"])
E(d, "Huawei", "organization", [], True)
E(d, "Chen Yiru", "person", [])
E(d, "Zhongnan Securities", "organization", ["Zhongnan"])
E(d, CN, "place", ["China", "Chine"])
E(d, "Lingshu Consulting", "organization", ["Lingshu", "cabinet Lingshu Consulting"])
E(d, "C-Eval", "product", [], True)
E(d, "Administration du cyberespace de Chine", "organization", ["Cyberspace Administration of China", "CAC"], True)
Q(d, "Quel modèle de langage Haiyun Intelligence a-t-il dévoilé mardi ?", ["Yunlan-3", "Yunlan 3", "Yunlan"])
Q(d, "Combien de paramètres compte le modèle Yunlan-3 ?", ["236 milliards", "236 billion", "236 000 000 000", "236"])
Q(d, "À partir de quelle date les poids de Yunlan-3 seront-ils téléchargeables ?", ["15 décembre", "December 15", "15 December", "2026-12-15"])
Q(d, "Combien Haiyun Intelligence a-t-il levé lors de sa série C ?", ["1,5 milliard de yuans", "1,5 milliard", "1.5 billion", "1 500 000 000"])
Q(d, "Quel fonds a mené la levée de fonds de Haiyun Intelligence ?", ["Qianhai Horizon Capital", "Qianhai Horizon"])
Q(d, "Avec quel constructeur automobile Haiyun a-t-il conclu un partenariat ?", ["Lanjing Motors", "Lanjing"])
Q(d, "Qui Haiyun Intelligence a-t-il nommé directeur scientifique ?", ["Zhou Minghao", "Zhou"])
Q(d, "Combien d'utilisateurs mensuels Haiyun vise-t-il d'ici fin 2027 ?", ["60 millions", "60 million", "60 000 000"])
Q(d, "By when does Haiyun Intelligence promise to be profitable?", ["2028"])
Q(d, "Who is the founder and chief executive of Haiyun Intelligence?", ["Su Wanqing"])
S = "la start-up Haiyun Intelligence ouvre son modèle Yunlan-3 et lève 1,5 milliard de yuans"
F(d, "launch", {"subject": H, "product": Y}, D, "asserted", S, True)
F(d, "funding", {"subject": H, "amount": money(1500000000, "CNY"), "purpose": RND}, D, "asserted", S, True)
F(d, "funding", {"subject": QH, "amount": money(1500000000, "CNY"), "recipient": H, "purpose": RND}, D, "asserted", S, True)
