d = doc("l07"); D = "2026-03-09"; M = "Ministry of Communication and Digital Affairs"; P = "Dewi Anggraini"
HEAD = "Interview: Indonesia wants 20,000 GPUs and half a million AI workers by 2028, says digital ministry's Dewi Anggraini"
S0 = "Dewi Anggraini, director general of digital ecosystem at the Ministry of Communication and Digital Affairs (Komdigi), told us how Jakarta plans to get there, a week after the cabinet approved the country's national AI road map."
F(d, "role", {"person": P, "title": ["director general", "directrice générale", "directeur général", "director-general", "DG", "digital ecosystem", "écosystème numérique"], "org": M}, D, "asserted", "Dewi Anggraini, director general of digital ecosystem at the Ministry of Communication and Digital Affairs (Komdigi)")
F(d, "launch", {"subject": "Indonesia", "product": "national AI road map"}, "2026-03", "asserted", S0, True)
S1 = "For computing, we want 20,000 GPUs available to Indonesian researchers and start-ups by 2028, up from about 3,500 today."
GPU = ["GPUs", "GPU", "processeurs graphiques", "graphics processors", "computing", "calcul", "puces", "chips"]
F(d, "target", {"subject": "Indonesia", "value": 20000, "measure": GPU, "deadline": 2028, "source": P}, D, "projected", S1)
F(d, "target", {"subject": M, "value": 20000, "measure": GPU, "deadline": 2028}, D, "projected", S1, True)
F(d, "metric", {"subject": "Indonesia", "value": 3500, "measure": GPU}, D, "claimed", S1)
F(d, "target", {"subject": "Indonesia", "value": 20000, "measure": GPU, "deadline": 2028}, D, "projected", HEAD, True)
S2 = "For talent, the target is to train 500,000 AI-ready workers within three years."
WORK = ["workers", "travailleurs", "train", "trained", "training", "former", "formés", "formation", "talent", "talents", "AI-ready"]
F(d, "target", {"subject": "Indonesia", "value": 500000, "measure": WORK, "deadline": 2029, "source": P}, D, "projected", S2)
F(d, "target", {"subject": M, "value": 500000, "measure": WORK, "deadline": 2029}, D, "projected", S2, True)
F(d, "target", {"subject": "Indonesia", "value": 500000, "measure": WORK, "deadline": 2028}, D, "projected", HEAD, True)
S3 = "The state has committed 12 trillion rupiah (about US$730 million) for the years 2026 to 2029, she said, of which 4.5 trillion rupiah will go to a national AI computing centre in Batam."
RM = ["road map", "feuille de route", "AI", "IA", "plan", "budget", "programme", "program", "national", "intelligence artificielle", "artificial intelligence"]
F(d, "funding", {"subject": "Indonesia", "amount": money(12000000000000, "IDR"), "purpose": RM}, D, "claimed", S3)
F(d, "funding", {"subject": "Indonesia", "amount": money(730000000, "USD"), "purpose": RM}, D, "claimed", S3, True)
F(d, "funding", {"subject": M, "amount": money(12000000000000, "IDR"), "purpose": RM}, D, "claimed", S3, True)
F(d, "funding", {"subject": "Indonesia", "amount": money(4500000000000, "IDR"), "purpose": ["computing centre", "centre de calcul", "computing", "calcul", "centre", "center", "Batam", "supercomputer", "data centre"]}, D, "projected", S3)
Q1 = "We are not trying to compete with the United States or China on frontier models"
F(d, "quote", {"speaker": P, "role": "director general of digital ecosystem at Komdigi", "text": Q1}, D, "asserted", Q1)
Q2 = "We want models that speak Bahasa Indonesia and our hundreds of regional languages."
F(d, "quote", {"speaker": P, "text": Q2}, D, "asserted", Q2, True)
Q0 = "It has three pillars: computing power, talent and adoption."
F(d, "quote", {"speaker": P, "text": Q0}, D, "asserted", Q0, True)
S4 = "We counted 412 AI start-ups in Indonesia at the end of 2025."
SU = ["start-ups", "startups", "start-up", "jeunes pousses", "entreprises", "companies"]
F(d, "metric", {"subject": "Indonesia", "value": 412, "measure": SU}, "2025-12", "claimed", S4)
S5 = "Our goal is 1,000 by 2029, and at least five of them valued above US$1 billion."
F(d, "target", {"subject": "Indonesia", "value": 1000, "measure": SU, "deadline": 2029, "source": P}, D, "projected", S5)
F(d, "target", {"subject": "Indonesia", "value": 5, "measure": ["unicorns", "licornes", "valued", "valorisées", "valuation", "valorisation", "billion", "milliard"] + SU, "deadline": 2029, "source": P}, D, "projected", S5)
F(d, "quote", {"speaker": P, "text": S4 + " " + S5}, D, "asserted", S4 + " " + S5, True)
S6 = "A co-investment fund run with MDI Ventures, the venture arm of state-owned Telkom Indonesia, will put 1.5 trillion rupiah into early-stage companies this year, according to the official."
F(d, "funding", {"subject": "MDI Ventures", "amount": money(1500000000000, "IDR"), "purpose": ["co-investment", "co-investissement", "fund", "fonds", "early-stage", "amorçage", "start-ups", "companies", "entreprises", "invest", "investir"]}, D, "projected", S6)
F(d, "funding", {"subject": M, "amount": money(1500000000000, "IDR"), "purpose": ["co-investment", "co-investissement", "fund", "fonds", "early-stage", "amorçage", "start-ups", "companies", "entreprises", "invest", "investir"]}, D, "projected", S6, True)
F(d, "agreement", {"parties": [M, "MDI Ventures"], "topic": ["co-investment", "co-investissement", "fund", "fonds", "start-ups", "early-stage", "invest"]}, D, "reported", S6, True)
Q3 = "It is an opportunity, as long as the data stays here."
F(d, "quote", {"speaker": P, "text": Q3}, D, "asserted", Q3)
S7 = "She noted that installed data-centre capacity in Greater Jakarta had reached 480 megawatts and was expected to double by 2027."
DC = ["data-centre", "data centre", "data center", "centres de données", "capacity", "capacité", "megawatts", "MW", "installed"]
F(d, "metric", {"subject": "Greater Jakarta", "value": 480, "measure": DC}, D, "claimed", S7)
F(d, "target", {"subject": "Greater Jakarta", "value": 960, "measure": DC + ["double", "doubler"], "deadline": 2027}, D, "projected", S7)
S8 = "Under a memorandum signed in January, the ministry and Nvidia agreed to open an AI centre of excellence in Surabaya, which will train 10,000 developers a year."
F(d, "agreement", {"parties": [M, "Nvidia"], "topic": ["memorandum", "protocole", "MoU", "centre of excellence", "centre d'excellence", "AI centre", "open", "ouvrir", "Surabaya"]}, "2026-01", "asserted", S8)
F(d, "target", {"subject": "Nvidia", "value": 10000, "measure": ["developers", "développeurs", "train", "former", "formation", "training"]}, D, "projected", S8, True)
F(d, "target", {"subject": M, "value": 10000, "measure": ["developers", "développeurs", "train", "former", "formation", "training"]}, D, "projected", S8, True)
Q4 = "Within two years, every public hospital in Java should use AI for triage and radiology."
F(d, "target", {"subject": "Java", "value": None, "measure": ["hospital", "hôpital", "hôpitaux", "hospitals", "triage", "radiology", "radiologie", "AI", "IA"], "deadline": 2028}, D, "projected", Q4)
F(d, "quote", {"speaker": P, "text": Q4}, D, "asserted", Q4, True)
S9 = "The health ministry, she added, is already running pilots in 38 hospitals."
F(d, "metric", {"subject": "Ministry of Health", "value": 38, "measure": ["hospitals", "hôpitaux", "hôpital", "pilots", "pilotes", "expérimentations", "pilot"]}, D, "claimed", S9)
S10 = "Anggraini, a former head of digital transformation at Bank Mandiri, joined the ministry in 2024."
F(d, "role", {"person": P, "title": ["head of digital transformation", "digital transformation", "transformation numérique", "head", "responsable", "directrice", "former", "ancienne"], "org": "Bank Mandiri"}, None, "asserted", S10, True)
F(d, "role", {"person": P, "title": ["joined", "rejoint", "official", "director general", "directrice générale"], "org": M}, "2024", "asserted", S10, True)
S11 = "She will present the first results of the plan at the Nusantara AI Forum, which the ministry is organising in Denpasar, Bali, on May 20 and 21."
F(d, "event", {"name": "Nusantara AI Forum", "place": "Denpasar", "organizer": M, "attendance": 5000}, "2026-05-20", "projected", S11)
F(d, "event", {"name": "Nusantara AI Forum", "place": "Bali"}, "2026-05-20", "projected", S11, True)
S12 = "Organisers expect about 5,000 participants."
F(d, "metric", {"subject": "Nusantara AI Forum", "value": 5000, "measure": ["participants", "attendance", "visiteurs", "visitors", "attendees", "expect"]}, D, "projected", S12, True)
Q5 = "Talent. GPUs can be bought in six months; engineers take six years."
F(d, "quote", {"speaker": P, "text": Q5}, D, "asserted", Q5)
E(d, P, "person", ["Anggraini", "Dewi"])
E(d, M, "organization", ["Komdigi", "Kementerian Komunikasi dan Digital", "ministère de la Communication et du Numérique", "Ministry of Communication and Digital"])
E(d, "Indonesia", "place", ["Indonésie", "Republic of Indonesia"])
E(d, "Jakarta", "place", [])
E(d, "national AI road map", "product", ["AI road map", "road map", "feuille de route nationale sur l'IA"], True)
E(d, "Southeast Asia", "place", ["South-East Asia", "Asie du Sud-Est"], True)
E(d, "Batam", "place", [])
E(d, "United States", "place", ["US", "USA", "États-Unis"], True)
E(d, "China", "place", ["Chine"], True)
E(d, "MDI Ventures", "organization", ["MDI"])
E(d, "Telkom Indonesia", "organization", ["Telkom", "PT Telkom Indonesia"])
E(d, "Greater Jakarta", "place", ["Jabodetabek", "Grand Jakarta"])
E(d, "Nvidia", "organization", ["NVIDIA", "Nvidia Corp"])
E(d, "Surabaya", "place", [])
E(d, "Java", "place", ["Java island", "Jawa"])
E(d, "Ministry of Health", "organization", ["health ministry", "ministère de la Santé", "Kemenkes"])
E(d, "Bank Mandiri", "organization", ["Mandiri"])
E(d, "Nusantara AI Forum", "event", [])
E(d, "Denpasar", "place", [])
E(d, "Bali", "place", [])
Q(d, "What is Dewi Anggraini's position?", ["director general of digital ecosystem", "director general", "directrice générale"])
Q(d, "Combien de GPU l'Indonésie veut-elle mettre à disposition de ses chercheurs et start-up d'ici 2028 ?", ["20,000", "20 000", "20000"])
Q(d, "How many AI-ready workers does Indonesia aim to train within three years?", ["500,000", "500 000", "500000", "half a million"])
Q(d, "Quel budget l'État indonésien a-t-il engagé pour sa feuille de route IA sur 2026-2029 ?", ["12 trillion rupiah", "12 trillion", "12 000 milliards", "US$730 million", "730 millions", "730 million", "12 000 000 000 000"])
Q(d, "Where will Indonesia's national AI computing centre be built?", ["Batam"])
Q(d, "Combien de start-up d'IA l'Indonésie comptait-elle à la fin de 2025 ?", ["412"])
Q(d, "How many AI start-ups does Indonesia want by 2029?", ["1,000", "1 000", "1000"])
Q(d, "Avec quelle entreprise le ministère a-t-il signé un protocole d'accord pour un centre d'excellence en IA à Surabaya ?", ["Nvidia"])
Q(d, "When and where will the Nusantara AI Forum take place?", ["Denpasar", "Bali"])
Q(d, "Quelle capacité de centres de données est installée dans le Grand Jakarta ?", ["480 megawatts", "480 MW", "480 mégawatts", "480"])
