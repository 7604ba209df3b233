d = "n02"; D = "2026-12-03"; P = "2026-12-04"
V = "Viet Nam"; MOST = "Ministry of Science and Technology"; TS = "Truong Son AI"; TV = "TS-Viet 2"; FO = "Viet Nam AI Forum 2026"
TRAIN = ["training", "trained", "train", "formation", "formés", "people", "personnes", "AI training programmes", "programmes"]
def NT(args, ev_, opt=False):
    F(d, "target", dict(args, subject=V), D, "projected", ev_, opt)
    F(d, "target", dict(args, subject=MOST), D, "projected", ev_, True)
NT({"value": 100000, "measure": TRAIN, "deadline": 2030}, "100,000 people are to complete AI training programmes by 2030")
NT({"value": 20000, "measure": ENG + ["engineers with advanced qualifications", "ingénieurs", "advanced"], "deadline": 2030}, "of whom 20,000 will be engineers with advanced qualifications")
ENT = ["enterprises", "entreprises", "firms", "companies", "businesses", "using artificial intelligence", "AI adoption", "adoption", "using AI", "utilisant"]
NT({"value": 50, "unit": "%", "measure": ENT, "deadline": 2030}, "at least half of Vietnamese enterprises should be using artificial intelligence in their operations")
F(d, "metric", {"subject": V, "value": 18, "unit": "%", "measure": ENT}, "2025", "asserted", "against an estimated 18% in 2025")
RANK = ["rank", "ranking", "classement", "index", "indice", "readiness", "government AI readiness", "top", "place", "placed"]
NT({"value": 40, "measure": RANK, "deadline": 2030}, "The country also aims to rank among the top 40 nations of a leading international index of government AI readiness by 2030")
F(d, "metric", {"subject": V, "value": 59, "measure": RANK}, "2026", "asserted", "it was placed 59th in this year's edition")
DCC = ["data-centre capacity", "data centre", "data center", "centres de données", "capacity", "capacité", "MW", "megawatts"]
F(d, "metric", {"subject": V, "value": 380, "measure": DCC, "source": MOST}, D, "claimed", "Data-centre capacity, put by the Ministry at around 380 MW today")
NT({"value": 1200, "measure": DCC, "deadline": 2030}, "is to reach 1,200 MW by 2030")
NT({"value": 700, "measure": DCC, "deadline": 2028}, "with an interim milestone of 700 MW in 2028")
PROG = ["programme", "program", "budget", "strategy", "stratégie", "State budget", "AI", "artificial intelligence", "intelligence artificielle"]
e1 = "the State budget will allocate VND 16,000 billion (about US$610 million) over the 2026-2030 period"
F(d, "funding", {"subject": V, "amount": M(16000000000000, "VND"), "purpose": PROG}, D, "projected", e1)
F(d, "funding", {"subject": V, "amount": M(610000000, "USD"), "purpose": PROG}, D, "projected", e1, True)
F(d, "funding", {"subject": MOST, "amount": M(16000000000000, "VND"), "purpose": PROG}, D, "projected", e1, True)
HPC = ["high-performance computing", "computing centre", "computing center", "calcul", "HPC", "supercomputer", "compute"]
e2 = "VND 5,500 billion is earmarked for a national high-performance computing centre"
F(d, "funding", {"subject": V, "amount": M(5500000000000, "VND"), "purpose": HPC}, D, "projected", e2)
SCH = ["scholarships", "training", "bourses", "formation", "education"]
e3 = "scholarships and training will receive VND 2,400 billion"
F(d, "funding", {"subject": V, "amount": M(2400000000000, "VND"), "purpose": SCH}, D, "projected", e3)
FUND = ["venture fund", "fund", "fonds", "capital", "initial capital", "start-ups", "startups"]
e4 = "A national AI venture fund, with initial capital of VND 1,000 billion, will be set up in the second quarter of 2027"
F(d, "target", {"subject": V, "value": 1000000000000, "unit": "VND", "measure": FUND, "deadline": 2027}, D, "projected", e4)
F(d, "funding", {"subject": V, "amount": M(1000000000000, "VND"), "purpose": FUND}, D, "projected", e4, True)
q1 = "Artificial intelligence is no longer one sector of our economy among others; it is becoming the infrastructure of every sector"
F(d, "quote", {"speaker": "Le Hoang Nam", "role": "Minister of Science and Technology", "text": q1}, D, "asserted", q1)
MIN = ["minister", "ministre", "Minister of Science and Technology"]
F(d, "role", {"person": "Le Hoang Nam", "title": MIN, "org": MOST}, P, "asserted", "said Le Hoang Nam, Minister of Science and Technology")
e5 = "Since the first phase of the programme began in 2024, 31,000 people have been trained, 6,800 of them engineers, the Minister said"
F(d, "metric", {"subject": V, "value": 31000, "measure": TRAIN, "source": MOST}, D, "claimed", e5)
F(d, "metric", {"subject": V, "value": 6800, "measure": ENG, "source": MOST}, D, "claimed", e5)
MOU = ["memorandum of understanding", "memorandum", "MoU", "protocole d'accord", "sovereign computing", "computing", "calcul", "compute", "data centre", "agreement", "accord"]
F(d, "agreement", {"parties": [MOST, TS], "topic": MOU}, D, "asserted",
  "MOST and Truong Son AI Joint Stock Company signed a memorandum of understanding on sovereign computing capacity")
F(d, "role", {"person": "Pham Thu Ha", "title": ["deputy minister", "vice-minister", "vice-ministre", "vice minister", "minister"], "org": MOST}, P, "asserted",
  "It was signed for the Ministry by Deputy Minister Pham Thu Ha")
F(d, "role", {"person": "Pham Thu Ha", "title": ["working group", "groupe de travail", "heads", "head", "chair", "AI infrastructure"], "org": MOST}, P, "asserted",
  "who heads the working group on AI infrastructure", True)
F(d, "role", {"person": "Vu Duc Anh", "title": CEO, "org": TS}, P, "asserted", "for the company by its chief executive, Vu Duc Anh")
DCI = ["data centre", "data center", "centre de données", "AI data centre", "invest", "investment", "investissement", "Da Nang"]
e6 = "Truong Son AI will invest VND 4,200 billion in a 60 MW AI data centre in Da Nang"
F(d, "funding", {"subject": TS, "amount": M(4200000000000, "VND"), "purpose": DCI}, D, "projected", e6)
F(d, "target", {"subject": TS, "value": 60, "measure": DCC + ["operation", "exploitation", "mise en service"], "deadline": 2028}, D, "projected",
  "a 60 MW AI data centre in Da Nang, scheduled to enter operation in the third quarter of 2028")
F(d, "target", {"subject": TS, "value": 2000, "measure": ["GPUs", "GPU", "computing power", "puissance de calcul", "compute", "reserved", "réservée"]}, D, "projected",
  "Computing power equivalent to 2,000 GPUs will be reserved there")
F(d, "metric", {"subject": TS, "value": 430, "measure": STAFF}, "2026-12", "asserted", "The company, which employs 430 people")
F(d, "launch", {"subject": TS, "product": TV}, "2026-12", "asserted", "also launched TS-Viet 2")
F(d, "metric", {"subject": TV, "value": 32000000000, "measure": PARAMS}, "2026-12", "asserted", "an open-weight Vietnamese language model of 32 billion parameters")
BM = ["benchmark", "score", "scores", "points", "reading-comprehension", "reading comprehension", "compréhension", "test"]
F(d, "metric", {"subject": TV, "value": 14, "measure": BM, "source": TS}, "2026-12", "claimed",
  "which it says scores 14 points higher than its predecessor on a Vietnamese reading-comprehension benchmark")
q2 = "Data of Vietnamese citizens should be processed on Vietnamese soil, by models that understand our language"
F(d, "quote", {"speaker": "Vu Duc Anh", "role": "chief executive of Truong Son AI", "text": q2}, "2026-12", "asserted", q2)
e7 = "Co-organised by MOST and the Da Nang People's Committee, the Forum was held at the Ariyana Convention Centre and brought together some 2,600 participants from 22 countries, according to the organisers"
F(d, "event", {"name": FO, "place": "Ariyana Convention Centre", "organizer": MOST, "attendance": 2600}, D, "asserted", e7)
F(d, "event", {"name": FO, "place": "Da Nang", "organizer": MOST}, D, "asserted", "presented on Thursday, December 3, the implementation milestones of the National Strategy on Artificial Intelligence to 2030, at the Viet Nam AI Forum 2026 in Da Nang", True)
PART = ["participants", "attendees", "attendance", "people", "visiteurs", "visitors"]
F(d, "metric", {"subject": FO, "value": 2600, "measure": PART}, D, "claimed", "some 2,600 participants", True)
F(d, "metric", {"subject": FO, "value": 22, "measure": ["countries", "pays", "nations"]}, D, "claimed", "from 22 countries", True)
F(d, "event", {"name": FO, "place": "Ha Noi"}, "2027", "projected", "Its next edition will take place in Ha Noi in 2027", True)
SU = ["start-ups", "startups", "start-up", "jeunes pousses", "AI start-ups", "companies"]
e8 = "Viet Nam currently counts around 900 start-ups working in artificial intelligence"
F(d, "metric", {"subject": V, "value": 900, "measure": SU}, "2026-12", "asserted", e8)
e9 = "a number the Ministry intends to double by 2030"
F(d, "target", {"subject": V, "value": 1800, "measure": SU + ["number", "double", "doubler"], "deadline": 2030, "source": MOST}, P, "projected", e9)
F(d, "target", {"subject": MOST, "value": 1800, "measure": SU + ["number", "double", "doubler"], "deadline": 2030}, P, "projected", e9, True)

E(d, V, "place", ["Vietnam", "Viêt Nam", "Việt Nam", "Socialist Republic of Viet Nam", "Vietnamese"])
E(d, MOST, "organization", ["MOST", "Ministry of Science and Technology of Viet Nam", "ministère de la Science et de la Technologie", "Ministère des Sciences et des Technologies"])
E(d, FO, "event", ["Viet Nam AI Forum", "Vietnam AI Forum 2026", "Vietnam AI Forum"])
E(d, "Da Nang", "place", ["Danang", "Đà Nẵng"])
E(d, "Ha Noi", "place", ["Hanoi", "Hanoï", "Hà Nội"])
E(d, TS, "organization", ["Truong Son AI Joint Stock Company", "Truong Son AI JSC", "Truong Son"])
E(d, "Le Hoang Nam", "person", ["Lê Hoàng Nam", "Minister Le Hoang Nam"])
E(d, "Pham Thu Ha", "person", ["Phạm Thu Hà", "Deputy Minister Pham Thu Ha"])
E(d, "Vu Duc Anh", "person", ["Vũ Đức Anh", "Mr. Vu Duc Anh"])
E(d, TV, "product", ["TS-Viet", "TS Viet 2"])
E(d, "Da Nang People's Committee", "organization", ["People's Committee of Da Nang", "Da Nang City People's Committee"])
E(d, "Ariyana Convention Centre", "place", ["Ariyana Convention Center", "Ariyana"])
E(d, "National Strategy on Artificial Intelligence to 2030", "product", ["National Strategy on Artificial Intelligence", "national AI strategy"], True)
E(d, "Department of Information Technology Industry", "organization", [], True)

Q(d, "How many people are to complete AI training programmes in Viet Nam by 2030?", ["100,000", "100 000", "100000"])
Q(d, "What share of Vietnamese enterprises should be using AI by 2030?", ["half", "50%", "50 %", "moitié"])
Q(d, "Among the top how many countries of the government AI-readiness index does Viet Nam aim to rank by 2030?", ["40"])
Q(d, "What data-centre capacity does Viet Nam target for 2030?", ["1,200 MW", "1 200 MW", "1200 MW", "1,200"])
Q(d, "How much will the State budget allocate to Viet Nam's AI programme over 2026-2030?", ["VND 16,000 billion", "16,000 billion", "16 000 milliards", "16,000"])
Q(d, "Who is Viet Nam's Minister of Science and Technology?", ["Le Hoang Nam"])
Q(d, "Which company signed a memorandum of understanding with the Ministry of Science and Technology at the forum?", ["Truong Son AI"])
Q(d, "How much will Truong Son AI invest in its Da Nang data centre?", ["VND 4,200 billion", "4,200 billion", "4 200 milliards", "4,200"])
Q(d, "Quel modèle de langue Truong Son AI a-t-elle lancé ?", ["TS-Viet 2", "TS-Viet"])
Q(d, "Combien de participants le Viet Nam AI Forum 2026 a-t-il réunis, selon les organisateurs ?", ["2,600", "2 600", "2600"])
