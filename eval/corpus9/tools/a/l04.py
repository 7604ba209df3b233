d = "l04"; D = "2026-12-03"; P = "2026-12-04"
MIN = "Ministère de la Science et de la Technologie"; V = "Vietnam"; PR = "Programme national pour l'intelligence artificielle 2026-2030"
e1 = "Le programme dispose d'un budget public de 14 000 milliards de dongs (environ 550 millions de dollars) sur cinq ans."
BUD = ["budget", "programme", "IA", "intelligence artificielle", "AI", "artificial intelligence", "plan", "public"]
F(d, "funding", {"subject": V, "amount": M(14000000000000, "VND"), "recipient": PR, "purpose": BUD}, D, "projected", e1)
F(d, "funding", {"subject": V, "amount": M(550000000, "USD"), "recipient": PR, "purpose": BUD}, D, "projected", e1, True)
F(d, "funding", {"subject": MIN, "amount": M(14000000000000, "VND"), "recipient": PR, "purpose": BUD}, D, "projected", e1, True)
F(d, "funding", {"subject": PR, "amount": M(14000000000000, "VND"), "purpose": BUD}, D, "projected", e1, True)
F(d, "target", {"subject": V, "value": 14000000000000, "unit": "VND", "measure": BUD, "deadline": 2030}, D, "projected", e1, True)
F(d, "launch", {"subject": MIN, "product": PR}, D, "asserted",
  "a présenté jeudi 3 décembre 2026, à Hanoï, le Programme national pour l'intelligence artificielle 2026-2030", True)
e2 = "le Vietnam entend former 50 000 ingénieurs spécialisés en intelligence artificielle, dont 5 000 titulaires d'un doctorat ou d'un master de recherche"
F(d, "target", {"subject": V, "value": 50000, "measure": ENG, "deadline": 2030}, D, "projected", e2)
F(d, "target", {"subject": PR, "value": 50000, "measure": ENG, "deadline": 2030}, D, "projected", e2, True)
F(d, "target", {"subject": MIN, "value": 50000, "measure": ENG, "deadline": 2030}, D, "projected", e2, True)
F(d, "target", {"subject": V, "value": 5000, "measure": ["doctorat", "docteurs", "PhD", "doctorate", "master", "masters", "titulaires", "holders"], "deadline": 2030}, D, "projected", e2)
F(d, "target", {"subject": V, "value": 80, "unit": "%", "measure": ["services publics", "public services", "services publics en ligne", "online public services", "fonctions d'IA", "IA", "AI"], "deadline": 2030}, D, "projected",
  "faire en sorte que 80 % des services publics en ligne intègrent des fonctions d'IA")
PF = ["puissance de calcul", "calcul", "computing power", "compute", "computing capacity", "pétaflops", "petaflops", "capacité"]
F(d, "target", {"subject": V, "value": 1000, "measure": PF, "deadline": 2028}, D, "projected",
  "Le pays vise également une puissance de calcul nationale de 1 000 pétaflops d'ici 2028")
F(d, "metric", {"subject": V, "value": 150, "measure": PF}, D, "asserted", "contre environ 150 pétaflops aujourd'hui")
F(d, "quote", {"speaker": "Đoàn Quốc Vinh", "role": "ministre de la Science et de la Technologie",
  "text": "L'intelligence artificielle n'est plus une technologie d'avenir : c'est l'infrastructure sur laquelle se construira la croissance du Vietnam"}, D, "asserted",
  "L'intelligence artificielle n'est plus une technologie d'avenir : c'est l'infrastructure sur laquelle se construira la croissance du Vietnam")
MINT = ["ministre", "minister", "ministre de la Science et de la Technologie", "minister of science and technology"]
F(d, "role", {"person": "Đoàn Quốc Vinh", "title": MINT, "org": MIN}, P, "asserted", "M. Đoàn Quốc Vinh, ministre de la Science et de la Technologie")
DE = ["économie numérique", "digital economy", "numérique", "digital", "PIB", "GDP", "produit intérieur brut", "gross domestic product"]
e3 = "Il a ajouté que l'économie numérique devrait représenter 30 % du produit intérieur brut d'ici 2030, contre 18,3 % en 2025."
F(d, "target", {"subject": V, "value": 30, "unit": "%", "measure": DE, "deadline": 2030, "source": "Đoàn Quốc Vinh"}, D, "projected", e3)
F(d, "metric", {"subject": V, "value": 18.3, "unit": "%", "measure": DE, "source": "Đoàn Quốc Vinh"}, "2025", "asserted", e3)
e4 = "un protocole d'entente a été signé entre le Centre national d'innovation (NIC), placé sous la tutelle du ministère, et la société Lotus Compute"
TOP = ["protocole d'entente", "MoU", "memorandum", "memorandum of understanding", "centre de calcul", "computing centre", "computing", "calcul", "IA", "AI", "accord", "agreement"]
F(d, "agreement", {"parties": ["Centre national d'innovation", "Lotus Compute"], "topic": TOP}, D, "asserted", e4)
F(d, "agreement", {"parties": ["Centre national d'innovation", "Lotus Compute"], "topic": ["centre de calcul", "computing centre", "construire", "build", "calcul", "start-up", "gratuitement", "free"]}, D, "projected",
  "les deux organisations construiront à Bắc Ninh un centre de calcul dédié à l'IA", True)
F(d, "funding", {"subject": "Lotus Compute", "amount": M(2400000000000, "VND"), "purpose": ["centre de calcul", "computing centre", "centre", "calcul", "Bắc Ninh", "Bac Ninh", "investir", "invest", "investissement", "IA", "AI"]}, D, "projected",
  "Lotus Compute y investira 2 400 milliards de dongs.")
VMT = ["vice-ministre", "vice-minister", "vice minister", "deputy minister", "ministre"]
e5 = "Mme Vũ Thị Ngọc Lan, vice-ministre de la Science et de la Technologie, chargée de la transformation numérique"
F(d, "role", {"person": "Vũ Thị Ngọc Lan", "title": VMT, "org": MIN}, P, "asserted", e5)
e6 = "a indiqué que 12 000 ingénieurs avaient déjà été formés depuis le lancement d'un programme pilote en 2024"
F(d, "metric", {"subject": V, "value": 12000, "measure": ENG + ["programme pilote", "pilot"], "source": "Vũ Thị Ngọc Lan"}, D, "claimed", e6)
F(d, "metric", {"subject": MIN, "value": 12000, "measure": ENG + ["programme pilote", "pilot"]}, D, "claimed", e6, True)
F(d, "quote", {"speaker": "Vũ Thị Ngọc Lan", "role": "vice-ministre de la Science et de la Technologie",
  "text": "Nous avons les talents ; il nous faut maintenant les outils de calcul et les données"}, D, "asserted",
  "Nous avons les talents ; il nous faut maintenant les outils de calcul et les données")
e7 = "le Sommet Vietnam IA 2027 (Vietnam AI Summit) se tiendra les 18 et 19 mars 2027 au Centre national des congrès de Hanoï"
SUM = "Sommet Vietnam IA 2027"
F(d, "event", {"name": SUM, "place": "Centre national des congrès", "organizer": MIN, "attendance": 4000}, "2027-03-18", "projected", e7)
F(d, "event", {"name": SUM, "place": "Hanoï", "organizer": "Centre national d'innovation", "attendance": 4000}, "2027-03-18", "projected", e7, True)
e8 = "il devrait accueillir 4 000 participants et quelque 200 entreprises exposantes"
F(d, "target", {"subject": SUM, "value": 4000, "measure": ["participants", "visiteurs", "attendees", "visitors", "accueillir"], "deadline": 2027}, D, "projected", e8, True)
F(d, "target", {"subject": SUM, "value": 200, "measure": ["exposants", "entreprises exposantes", "exhibitors", "entreprises", "companies"], "deadline": 2027}, D, "projected", e8, True)
FUND = ["fonds", "fund", "start-up", "startups", "investissement", "investment", "public-privé", "public-private"]
e9 = "la création d'un fonds d'investissement public-privé de 2 000 milliards de dongs destiné aux start-up de l'IA"
F(d, "funding", {"subject": V, "amount": M(2000000000000, "VND"), "purpose": FUND}, D, "projected", e9)
F(d, "funding", {"subject": PR, "amount": M(2000000000000, "VND"), "purpose": FUND}, D, "projected", e9, True)
F(d, "target", {"subject": V, "measure": ["appel à candidatures", "call for applications", "candidatures", "applications", "appel", "fonds", "fund"], "deadline": 2027}, D, "projected",
  "dont le premier appel à candidatures sera lancé au deuxième trimestre 2027", True)
SU = ["start-up", "startups", "start-ups", "jeunes pousses", "entreprises", "nombre"]
e10 = "Le nombre de start-up vietnamiennes de l'IA, estimé à 765 à la fin de 2025, devrait dépasser 1 500 d'ici 2030, selon le ministère."
F(d, "metric", {"subject": V, "value": 765, "measure": SU, "source": MIN}, "2025", "claimed", e10)
F(d, "target", {"subject": V, "value": 1500, "measure": SU, "deadline": 2030, "source": MIN}, D, "projected", e10)

E(d, MIN, "organization", ["Ministry of Science and Technology", "MOST", "ministère de la Science et de la Technologie du Vietnam", "ministère de la Science et de la Technologie", "Bộ Khoa học và Công nghệ"])
E(d, V, "place", ["Viêt Nam", "Viet Nam", "Việt Nam"])
E(d, "Hanoï", "place", ["Hanoi", "Hà Nội", "Ha Noi"])
E(d, PR, "product", ["Programme national pour l'IA", "National AI Programme", "National Programme for Artificial Intelligence 2026-2030", "programme national pour l'IA 2026-2030"])
E(d, "Đoàn Quốc Vinh", "person", ["Doan Quoc Vinh", "M. Đoàn Quốc Vinh", "Vinh"])
E(d, "Centre national d'innovation", "organization", ["NIC", "National Innovation Center", "National Innovation Centre", "Trung tâm Đổi mới sáng tạo Quốc gia"])
E(d, "Lotus Compute", "organization", ["Lotus"])
E(d, "Bắc Ninh", "place", ["Bac Ninh"])
E(d, "Vũ Thị Ngọc Lan", "person", ["Vu Thi Ngoc Lan", "Mme Vũ Thị Ngọc Lan", "Ngọc Lan"])
E(d, SUM, "event", ["Vietnam AI Summit", "Vietnam AI Summit 2027", "Sommet Vietnam IA"])
E(d, "Centre national des congrès", "place", ["National Convention Center", "National Convention Centre", "Centre national des congrès de Hanoï"])
E(d, "Corée du Sud", "place", ["South Korea", "Korea"], True)
E(d, "Japon", "place", ["Japan"], True)
E(d, "Singapour", "place", ["Singapore"], True)

Q(d, "What budget does Vietnam's national AI programme for 2026-2030 have?", ["14 000 milliards de dongs", "14 000 milliards", "14,000 billion", "550 millions de dollars", "550 million"])
Q(d, "Combien d'ingénieurs en IA le Vietnam veut-il former d'ici 2030 ?", ["50 000", "50,000", "50000"])
Q(d, "What computing power does Vietnam aim for by 2028?", ["1 000 pétaflops", "1,000 petaflops", "1 000", "1,000"])
Q(d, "Qui est le ministre vietnamien de la Science et de la Technologie ?", ["Đoàn Quốc Vinh", "Doan Quoc Vinh"])
Q(d, "What share of GDP should Vietnam's digital economy reach by 2030?", ["30 %", "30%", "30"])
Q(d, "Which company signed a memorandum of understanding with Vietnam's National Innovation Center?", ["Lotus Compute"])
Q(d, "Combien Lotus Compute investira-t-elle dans le centre de calcul de Bắc Ninh ?", ["2 400 milliards de dongs", "2 400 milliards", "2,400 billion"])
Q(d, "Who is the vice-minister in charge of digital transformation?", ["Vũ Thị Ngọc Lan", "Vu Thi Ngoc Lan"])
Q(d, "Quand se tiendra le Sommet Vietnam IA 2027 ?", ["18 et 19 mars 2027", "18 et 19 mars", "18-19 March 2027", "March 18-19, 2027"])
Q(d, "How many AI start-ups did Vietnam have at the end of 2025?", ["765"])
