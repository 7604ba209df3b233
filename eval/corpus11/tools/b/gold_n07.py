d = doc("n07"); D = "2026-12-07"; SK = "South Korea"; MSIT = "Ministry of Science and ICT"; DW = "Daewon Semitech"; HO = "Hanul Optics"; JV = "Daewon Hanul Photonics"; CJ = "Cheongju"
CL = ["cluster", "grappe", "pôle", "hub", "AI semiconductors", "semiconductors", "semi-conducteurs", "chips", "puces", "Cheongju", "subsidies", "subventions", "programme", "test lines", "clean rooms"]
S = "South Korea will spend ₩1.4 trillion (about $960 million) over five years to turn Cheongju into a hub for artificial-intelligence semiconductors"
F(d, "funding", {"subject": SK, "amount": money(1400000000000, "KRW"), "recipient": CJ, "purpose": CL}, D, "projected", S)
F(d, "funding", {"subject": SK, "amount": money(960000000, "USD"), "recipient": CJ, "purpose": CL}, D, "projected", S, True)
F(d, "funding", {"subject": MSIT, "amount": money(1400000000000, "KRW"), "recipient": CJ, "purpose": CL}, D, "projected", S, True)
F(d, "target", {"subject": SK, "value": 1400000000000, "unit": "KRW", "measure": CL, "deadline": 2031}, D, "projected", S, True)
F(d, "funding", {"subject": SK, "amount": money(1400000000000, "KRW"), "recipient": CJ, "purpose": CL}, D, "projected", "S. Korea to pour ₩1.4 trillion into Cheongju AI chip cluster", True)
S = "the state will cover up to 30% of the cost of test lines, design tools and shared clean rooms"
F(d, "metric", {"subject": SK, "value": 30, "unit": "%", "measure": ["cost", "coût", "coûts", "cover", "prise en charge", "subsidy", "subvention", "test lines", "clean rooms"]}, D, "projected", S, True)
S = "Applications for the first round of grants, worth ₩260 billion, close on Feb. 26"
GR = ["grants", "grant", "subventions", "subvention", "aides", "first round", "premier appel", "round", "cluster"]
F(d, "funding", {"subject": MSIT, "amount": money(260000000000, "KRW"), "purpose": GR}, D, "projected", S)
F(d, "funding", {"subject": SK, "amount": money(260000000000, "KRW"), "purpose": GR}, D, "projected", S, True)
F(d, "target", {"subject": MSIT, "measure": ["applications", "candidatures", "dossiers", "close", "clôture", "deadline", "date limite", "grants", "subventions"], "deadline": 2027}, D, "projected", S)
F(d, "target", {"subject": MSIT, "measure": ["winners", "lauréats", "named", "sélection", "selected", "bénéficiaires"], "deadline": 2027}, D, "projected", "with winners to be named in April", True)
S = "The ministry aims to create 11,000 jobs in the cluster by 2031 and to attract 150 companies, including 40 fabless start-ups."
JOBS = ["jobs", "emplois", "create", "créer", "créations d'emplois", "employment", "postes"]
COS = ["companies", "entreprises", "sociétés", "firms", "attract", "attirer"]
F(d, "target", {"subject": MSIT, "value": 11000, "measure": JOBS, "deadline": 2031}, D, "projected", S)
F(d, "target", {"subject": SK, "value": 11000, "measure": JOBS, "deadline": 2031}, D, "projected", S, True)
F(d, "target", {"subject": MSIT, "value": 150, "measure": COS, "deadline": 2031}, D, "projected", S)
F(d, "target", {"subject": SK, "value": 150, "measure": COS, "deadline": 2031}, D, "projected", S, True)
F(d, "target", {"subject": MSIT, "value": 40, "measure": ["fabless", "start-ups", "startups", "jeunes pousses"], "deadline": 2031}, D, "projected", S, True)
S = "It also wants AI chips designed in Korea to account for 15% of the domestic data-centre market by 2030, up from an estimated 4% this year."
SHARE = ["share", "part", "market share", "part de marché", "market", "marché", "account", "data-centre", "data center", "centres de données", "AI chips", "puces"]
F(d, "target", {"subject": MSIT, "value": 15, "unit": "%", "measure": SHARE, "deadline": 2030}, D, "projected", S)
F(d, "target", {"subject": SK, "value": 15, "unit": "%", "measure": SHARE, "deadline": 2030}, D, "projected", S, True)
F(d, "metric", {"subject": SK, "value": 4, "unit": "%", "measure": SHARE}, "2026", "claimed", S)
F(d, "metric", {"subject": MSIT, "value": 4, "unit": "%", "measure": SHARE}, "2026", "claimed", S, True)
Q1 = "Memory made us a chip power. If we want to stay one, we have to design the processors that run the models, not just the memory that feeds them"
F(d, "quote", {"speaker": "Lim Hyun-soo", "role": "Second Vice Minister of Science and ICT", "text": Q1}, D, "asserted", Q1)
S = "Second Vice Minister of Science and ICT Lim Hyun-soo"
F(d, "role", {"person": "Lim Hyun-soo", "title": ["Second Vice Minister", "Vice Minister", "vice-ministre", "deuxième vice-ministre", "second vice-ministre", "minister", "ministre"], "org": MSIT}, D, "asserted", S)
S = "the Cheongju AI Semiconductor Investment Forum, a one-day gathering of some 230 executives, researchers and local officials hosted by the ministry"
EVN = "Cheongju AI Semiconductor Investment Forum"
F(d, "event", {"name": EVN, "place": CJ, "organizer": MSIT, "attendance": 230}, D, "asserted", S)
F(d, "metric", {"subject": EVN, "value": 230, "measure": ["executives", "participants", "attendees", "attendance", "gathering", "dirigeants", "researchers", "officials"]}, D, "asserted", S, True)
S = "Thirty-four companies have already signed letters of intent to move into the cluster, Lim said"
F(d, "metric", {"subject": CJ, "value": 34, "measure": ["companies", "entreprises", "letters of intent", "lettres d'intention", "signed", "signé"]}, D, "claimed", S)
F(d, "metric", {"subject": MSIT, "value": 34, "measure": ["companies", "entreprises", "letters of intent", "lettres d'intention", "signed", "signé"]}, D, "claimed", S, True)
S = "it would invest ₩900 billion through 2030 in a design centre and a pilot packaging line in Cheongju"
INV = ["invest", "investment", "investissement", "investir", "design centre", "centre de conception", "packaging", "pilot line", "ligne pilote", "Cheongju"]
F(d, "funding", {"subject": DW, "amount": money(900000000000, "KRW"), "recipient": CJ, "purpose": INV}, D, "projected", S)
F(d, "target", {"subject": DW, "value": 900000000000, "unit": "KRW", "measure": INV, "deadline": 2030}, D, "projected", S, True)
S = "where it plans to employ 1,200 people"
F(d, "target", {"subject": DW, "value": 1200, "measure": JOBS + STAFF}, D, "projected", S)
S = "Its shares rose 9.3% to ₩41,750"
F(d, "stock_move", {"subject": DW, "change_pct": 9.3, "price": money(41750, "KRW")}, D, "asserted", S)
S = "the KOSDAQ index gained 1.2%"
F(d, "stock_move", {"subject": "KOSDAQ", "change_pct": 1.2}, D, "asserted", S)
S = "The company also signed an agreement with Hanul Optics"
JVK = ["joint venture", "coentreprise", "co-entreprise", "JV", "venture", "optical interconnects", "interconnexions optiques", "photonics", "photonique", "agreement", "accord"]
F(d, "agreement", {"parties": [DW, HO], "topic": JVK}, D, "asserted", S)
S = "Daewon will own 55% of the venture, to be called Daewon Hanul Photonics, and Hanul Optics the remaining 45%."
STK = ["stake", "participation", "own", "détiendra", "détient", "capital", "shares", "parts", "joint venture", "coentreprise", "venture"]
F(d, "metric", {"subject": DW, "value": 55, "unit": "%", "measure": STK}, D, "projected", S)
F(d, "metric", {"subject": HO, "value": 45, "unit": "%", "measure": STK}, D, "projected", S)
S = "The two partners will inject a combined ₩180 billion of capital over three years"
CAP = ["capital", "inject", "injecter", "apport", "investment", "investissement", "joint venture", "coentreprise", "venture", "equity"]
F(d, "funding", {"amount": money(180000000000, "KRW"), "recipient": JV, "purpose": CAP}, D, "projected", S)
F(d, "funding", {"subject": DW, "amount": money(180000000000, "KRW"), "recipient": JV, "purpose": CAP}, D, "projected", S, True)
F(d, "funding", {"subject": HO, "amount": money(180000000000, "KRW"), "recipient": JV, "purpose": CAP}, D, "projected", S, True)
S = "the venture is expected to begin mass production in the first half of 2028"
F(d, "target", {"subject": JV, "measure": ["mass production", "production de masse", "production en série", "production", "begin", "démarrer"], "deadline": 2028}, D, "projected", S)
F(d, "target", {"subject": DW, "measure": ["mass production", "production de masse", "production en série", "production", "begin", "démarrer"], "deadline": 2028}, D, "projected", S, True)
Q2 = "Our customers are running out of bandwidth before they run out of compute. Light is the obvious answer, and Cheongju gives us a place to build it at scale"
F(d, "quote", {"speaker": "Kang Min-seo", "role": "Daewon chief executive", "text": Q2}, D, "asserted", Q2)
F(d, "role", {"person": "Kang Min-seo", "title": CEO, "org": DW}, D, "asserted", "Daewon chief executive Kang Min-seo")
S = "She co-founded the company in 2017 with its current chief technology officer, Oh Jae-won."
F(d, "role", {"person": "Kang Min-seo", "title": FOUNDER, "org": DW}, "2017", "asserted", S)
F(d, "role", {"person": "Oh Jae-won", "title": ["chief technology officer", "CTO", "directeur technique", "directeur de la technologie", "technology", "technique"], "org": DW}, D, "asserted", S)
F(d, "role", {"person": "Oh Jae-won", "title": FOUNDER, "org": DW}, "2017", "asserted", S, True)
S = "Daewon posted revenue of ₩312 billion in the first nine months of the year, up 41% from a year earlier, and has 860 employees."
F(d, "metric", {"subject": DW, "value": 312000000000, "unit": "KRW", "measure": REV}, "2026", "asserted", S)
F(d, "metric", {"subject": DW, "value": 41, "unit": "%", "measure": GROWTH}, "2026", "asserted", S)
F(d, "metric", {"subject": DW, "value": 860, "measure": STAFF}, D, "asserted", S)
F(d, "metric", {"subject": HO, "value": 190, "measure": STAFF}, D, "asserted", "Hanul Optics, which is unlisted, employs about 190.")
S = "The global market for AI accelerators could be worth $420 billion by 2030, nearly three times this year's level, according to Seoul-based research firm Gaon Market Insight."
GAON = "Gaon Market Insight"
MKT = ["market", "marché", "AI accelerators", "accélérateurs", "accelerators", "worth", "valeur", "size", "taille"]
F(d, "target", {"subject": GAON, "value": 420000000000, "unit": "USD", "measure": MKT, "deadline": 2030}, D, "reported", S)
S = "Korean designers accounted for less than 2% of sales last year, the firm estimated."
F(d, "metric", {"subject": SK, "value": 2, "unit": "%", "measure": ["sales", "ventes", "share", "part", "market", "marché", "designers", "concepteurs"]}, "2025", "reported", S)
F(d, "metric", {"subject": GAON, "value": 2, "unit": "%", "measure": ["sales", "ventes", "share", "part", "market", "marché", "designers", "concepteurs"]}, "2025", "reported", S, True)
S = "Officials said a second round of cluster grants, of a similar size, would open in 2028."
F(d, "target", {"subject": MSIT, "measure": GR + ["second round"], "deadline": 2028}, D, "projected", S, True)
S = "Provincial authorities in North Chungcheong pledged a further ₩120 billion for roads, water and power connections to the site"
NC = "North Chungcheong"
F(d, "funding", {"subject": NC, "amount": money(120000000000, "KRW"), "purpose": ["roads", "routes", "water", "eau", "power", "électricité", "connections", "raccordements", "infrastructure", "infrastructures", "site"]}, D, "projected", S)
F(d, "role", {"person": "Yu Sang-hoon", "title": ["spokesman", "spokesperson", "porte-parole"], "org": NC}, D, "asserted", "a spokesman for the governor's office, Yu Sang-hoon", True)
E(d, SK, "place", ["Korea", "S. Korea", "Corée du Sud", "Republic of Korea"])
E(d, CJ, "place", [])
E(d, "Sejong", "place", ["SEJONG"], True)
E(d, MSIT, "organization", ["ministry", "ministère des Sciences et des TIC", "MSIT"])
E(d, "Chungbuk National University", "organization", ["Chungbuk"])
E(d, "Lim Hyun-soo", "person", ["Lim"])
E(d, EVN, "event", ["Cheongju AI Semiconductor Investment Forum", "Investment Forum"])
E(d, DW, "organization", ["Daewon", "Daewon Semitech Co"])
E(d, "Seongnam", "place", [], True)
E(d, "KOSDAQ", "product", ["Kosdaq", "KOSDAQ index"])
E(d, HO, "organization", ["Hanul"])
E(d, "Daejeon", "place", [], True)
E(d, JV, "organization", [])
E(d, "Kang Min-seo", "person", ["Kang"])
E(d, "Oh Jae-won", "person", ["Oh"])
E(d, GAON, "organization", ["Gaon"])
E(d, "Seoul", "place", [], True)
E(d, NC, "place", ["North Chungcheong Province", "Chungcheongbuk-do", "Chungcheong du Nord"])
E(d, "Yu Sang-hoon", "person", [], True)
Q(d, "How much will South Korea spend on the Cheongju AI chip cluster?", ["₩1.4 trillion", "1.4 trillion", "1 400 milliards", "1,4 billion", "$960 million", "960 million", "1 400 000 000 000"])
Q(d, "When do applications for the first round of Cheongju cluster grants close?", ["Feb. 26", "February 26", "26 février", "2027-02-26"])
Q(d, "How many jobs does the ministry aim to create in the Cheongju cluster by 2031?", ["11,000", "11 000", "11000"])
Q(d, "Quelle part du marché intérieur des centres de données les puces d'IA coréennes doivent-elles atteindre d'ici 2030 ?", ["15%", "15 %", "15"])
Q(d, "Who is the Second Vice Minister of Science and ICT quoted on the Cheongju plan?", ["Lim Hyun-soo", "Lim"])
Q(d, "How many companies have signed letters of intent to move into the Cheongju cluster?", ["Thirty-four", "34", "trente-quatre"])
Q(d, "Combien Daewon Semitech investira-t-il à Cheongju d'ici 2030 ?", ["₩900 billion", "900 billion", "900 milliards", "900 000 000 000"])
Q(d, "What share of the joint venture with Hanul Optics will Daewon Semitech own?", ["55%", "55 %", "55"])
Q(d, "What will the joint venture between Daewon Semitech and Hanul Optics be called?", ["Daewon Hanul Photonics"])
Q(d, "According to Gaon Market Insight, how much could the global AI accelerator market be worth by 2030?", ["$420 billion", "420 billion", "420 milliards", "420 000 000 000"])
F(d, "funding", {"subject": DW, "amount": money(900000000000, "KRW"), "recipient": CJ, "purpose": INV}, D, "projected", "Daewon Semitech pledges ₩900 billion", True)
