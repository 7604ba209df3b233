d = "m02"; D = "2026-11-23"; P = "2026-11-24"
S = "Parivak AI"; C = "Coromandel Growth Partners"
SER = FUNDRAISE + ["Series C", "série C"]
e0 = "has raised Rs 1,250 crore (about US$148 million)"
F(d, "funding", {"subject": C, "amount": M(12500000000, "INR"), "recipient": S, "purpose": SER}, D, "asserted", "in a Series C round led by Coromandel Growth Partners")
F(d, "funding", {"subject": S, "amount": M(12500000000, "INR"), "purpose": SER}, D, "asserted", e0, True)
F(d, "funding", {"subject": S, "amount": M(148000000, "USD"), "purpose": SER}, D, "asserted", e0, True)
F(d, "funding", {"subject": C, "amount": M(148000000, "USD"), "recipient": S, "purpose": SER}, D, "asserted", e0, True)
e1 = "Existing investors Deccan Peak Ventures and Saltwater Capital also took part"
F(d, "funding", {"subject": "Deccan Peak Ventures", "amount": M(12500000000, "INR"), "recipient": S, "purpose": SER}, D, "asserted", e1, True)
F(d, "funding", {"subject": "Saltwater Capital", "amount": M(12500000000, "INR"), "recipient": S, "purpose": SER}, D, "asserted", e1, True)
F(d, "funding", {"subject": "Bharat Kedia", "amount": M(12500000000, "INR"), "recipient": S, "purpose": SER}, D, "asserted",
  "along with the family office of Bharat Kedia", True)
F(d, "agreement", {"parties": [S, C, "Deccan Peak Ventures", "Saltwater Capital"], "topic": SER + ["investors", "investisseurs"]}, D, "asserted", e1, True)
F(d, "metric", {"subject": S, "value": 1050000000, "unit": "USD", "measure": VALO + ["values", "unicorn", "licorne"]}, D, "asserted",
  "The round values the four-year-old start-up at US$1.05 billion")
F(d, "metric", {"subject": S, "value": 390000000, "unit": "USD", "measure": VALO + ["values", "Series B"]}, "2025-02", "asserted",
  "up from about US$390 million at its Series B in February 2025")
F(d, "metric", {"subject": S, "value": 14, "measure": ["languages", "langues", "Indian languages", "langues indiennes"]}, D, "asserted",
  "able to handle customer calls in 14 Indian languages")
FOUND = ["co-founder", "cofounder", "founder", "founded", "cofondateur", "cofondatrice", "co-fondateur", "fondateur", "fondatrice"]
e2 = "Founded in 2022 by Meera Raghunathan, Sandeep Vaidya and Arjun Pillai"
F(d, "role", {"person": "Sandeep Vaidya", "title": FOUND, "org": S}, None, "asserted", e2)
F(d, "role", {"person": "Arjun Pillai", "title": FOUND, "org": S}, None, "asserted", e2)
F(d, "role", {"person": "Meera Raghunathan", "title": FOUND, "org": S}, None, "asserted", e2, True)
F(d, "role", {"person": "Arjun Pillai", "title": FOUND, "org": S}, None, "asserted", "He takes over from co-founder Pillai", True)
F(d, "role", {"person": "Meera Raghunathan", "title": CEO, "org": S}, P, "asserted", "chief executive Raghunathan told this newspaper")
USE = ["languages", "langues", "speech models", "modèles vocaux", "models", "modèles", "Odia", "Assamese"]
F(d, "target", {"subject": S, "value": 6, "measure": USE}, D, "projected",
  "speech models for six more languages, including Odia and Assamese")
F(d, "funding", {"subject": S, "purpose": ["computing capacity", "computing", "compute", "calcul", "speech models", "languages", "expansion", "Indonesia", "Gulf"]}, D, "projected",
  "The fresh capital will go towards computing capacity", True)
F(d, "target", {"subject": S, "measure": ["expansion", "Indonesia", "Indonésie", "Gulf", "Golfe", "international", "expand"]}, D, "projected",
  "an expansion into Indonesia and the Gulf", True)
F(d, "target", {"subject": S, "value": 33.3, "unit": "%", "measure": ["acquisitions", "acquisition", "rachats", "M&A"]}, D, "projected",
  "Roughly a third of the money has been set aside for acquisitions", True)
e3 = "Revenue for the year ended March 31, 2026 rose 168 per cent to Rs 214 crore, from Rs 80 crore in FY25"
F(d, "metric", {"subject": S, "value": 2140000000, "unit": "INR", "measure": REV}, "2026", "asserted", e3)
F(d, "metric", {"subject": S, "value": 168, "unit": "%", "measure": REV + ["growth", "croissance", "hausse", "rose"]}, "2026", "asserted", e3)
F(d, "metric", {"subject": S, "value": 800000000, "unit": "INR", "measure": REV}, "2025", "asserted", e3, True)
LOSS = ["net loss", "loss", "losses", "perte", "perte nette", "pertes", "déficit"]
e4 = "Its net loss narrowed to Rs 61 crore from Rs 97 crore"
F(d, "metric", {"subject": S, "value": 610000000, "unit": "INR", "measure": LOSS}, "2026", "asserted", e4)
F(d, "metric", {"subject": S, "value": 970000000, "unit": "INR", "measure": LOSS}, "2025", "asserted", e4, True)
F(d, "target", {"subject": S, "value": 5000000000, "unit": "INR", "measure": REV, "deadline": 2027, "source": "Meera Raghunathan"}, D, "projected",
  "Raghunathan said revenue should cross Rs 500 crore in the current financial year")
e5 = "The company says it now processes about nine million calls a day for 120 enterprise clients"
F(d, "metric", {"subject": S, "value": 9000000, "measure": ["calls", "appels", "conversations"]}, D, "claimed", e5)
F(d, "metric", {"subject": S, "value": 120, "measure": CLIENTS + ["enterprise clients", "clients"]}, D, "claimed", e5)
e6 = "Headcount has grown to 730 from 410 a year ago"
F(d, "metric", {"subject": S, "value": 730, "measure": STAFF}, D, "asserted", e6)
F(d, "metric", {"subject": S, "value": 410, "measure": STAFF}, "2025", "asserted", e6, True)
F(d, "target", {"subject": S, "value": 450, "measure": JOBS + ["add", "people", "hire", "hiring", "recruit", "recruter"], "deadline": 2027}, D, "projected",
  "Parivak plans to add 450 people by June 2027")
F(d, "target", {"subject": S, "measure": ["office", "bureau", "Jakarta", "open", "ouvrir", "ouverture"], "deadline": 2027}, D, "projected",
  "will open an office in Jakarta early next year")
CTO = ["chief technology officer", "CTO", "technology", "technique", "directeur technique", "directrice technique"]
F(d, "role", {"person": "Vikram Sethuraman", "title": CTO, "org": S}, P, "asserted", "Parivak named Vikram Sethuraman its chief technology officer")
F(d, "role", {"person": "Vikram Sethuraman", "title": ["head", "headed", "lead", "leader", "led", "speech recognition", "speech-recognition", "group", "director", "manager", "responsable", "dirigeait"], "org": "Microsoft"}, None, "asserted",
  "Sethuraman joins from Microsoft, where he headed a speech-recognition group")
F(d, "role", {"person": "Arjun Pillai", "title": CTO, "org": S}, None, "asserted", "He takes over from co-founder Pillai", True)
F(d, "role", {"person": "Arjun Pillai", "title": ["chief scientist", "scientist", "scientifique", "directeur scientifique", "research", "recherche"], "org": S}, P, "asserted",
  "who becomes chief scientist")
F(d, "target", {"subject": S, "measure": ["research lab", "lab", "laboratoire", "research", "recherche", "Bengaluru"]}, D, "projected",
  "will lead a new research lab in Bengaluru", True)
F(d, "quote", {"speaker": "Meera Raghunathan", "role": "chief executive",
  "text": "Indian enterprises have stopped asking whether voice AI works. They are asking how fast it can go live across every branch and every language"}, D, "asserted",
  "Indian enterprises have stopped asking whether voice AI works. They are asking how fast it can go live across every branch and every language")
F(d, "quote", {"speaker": "Meera Raghunathan", "text": "We want to be the default layer for those conversations, and not only in India"}, D, "asserted",
  "We want to be the default layer for those conversations, and not only in India", True)
F(d, "quote", {"speaker": "Rohan Malhotra", "role": "managing partner at Coromandel Growth Partners",
  "text": "What convinced us is that their margin per call has improved every single quarter, even as they added languages that nobody else serves"}, D, "asserted",
  "What convinced us is that their margin per call has improved every single quarter, even as they added languages that nobody else serves")
F(d, "role", {"person": "Rohan Malhotra", "title": ["managing partner", "partner", "associé", "associé gérant"], "org": C}, P, "asserted",
  "Rohan Malhotra, managing partner at Coromandel Growth Partners")
e7 = "Indian AI start-ups raised $1.9 billion in the first nine months of 2026"
F(d, "metric", {"subject": "India", "value": 1900000000, "unit": "USD", "measure": ["raised", "funding", "financement", "levées", "levée", "investment", "investissements", "start-ups", "startups"], "source": "Venture Ledger"}, "2026", "reported",
  "Indian AI start-ups raised $1.9 billion in the first nine months of 2026, nearly double the amount raised in the same period last year, according to data compiled by research firm Venture Ledger")
F(d, "metric", {"subject": "Venture Ledger", "value": 1900000000, "unit": "USD", "measure": ["raised", "funding", "financement", "levées", "levée", "investment", "investissements", "start-ups", "startups"]}, "2026", "reported", e7, True)
e8 = "Deccan Peak, which first backed the company in 2023 with a seed cheque of Rs 12 crore, has now invested a total of Rs 240 crore, a person familiar with the matter said"
F(d, "funding", {"subject": "Deccan Peak Ventures", "amount": M(2400000000, "INR"), "recipient": S, "purpose": ["invested", "investment", "investissement", "total"]}, D, "reported", e8)
F(d, "funding", {"subject": "Deccan Peak Ventures", "amount": M(120000000, "INR"), "recipient": S, "purpose": ["seed", "amorçage", "cheque"]}, "2023", "reported", e8, True)

E(d, S, "organization", ["Parivak"])
E(d, C, "organization", ["Coromandel Growth", "Coromandel"])
E(d, "Deccan Peak Ventures", "organization", ["Deccan Peak"])
E(d, "Saltwater Capital", "organization", ["Saltwater"])
E(d, "Bharat Kedia", "person", ["Kedia"])
E(d, "Hyderabad", "place", [])
E(d, "Meera Raghunathan", "person", ["Raghunathan"])
E(d, "Sandeep Vaidya", "person", ["Vaidya"])
E(d, "Arjun Pillai", "person", ["Pillai"])
E(d, "IIT Madras", "organization", ["Indian Institute of Technology Madras"])
E(d, "Indonesia", "place", ["Indonésie"])
E(d, "Jakarta", "place", [])
E(d, "Vikram Sethuraman", "person", ["Sethuraman"])
E(d, "Microsoft", "organization", ["Microsoft Corp"])
E(d, "Bengaluru", "place", ["Bangalore"])
E(d, "Rohan Malhotra", "person", ["Malhotra"])
E(d, "Venture Ledger", "organization", [])
E(d, "India", "place", ["Inde"])
E(d, "India Development Center", "organization", ["Microsoft India Development Center", "IDC"], True)
E(d, "Registrar of Companies", "organization", ["RoC"], True)
E(d, "Jaipur", "place", [], True)
E(d, "Gulf", "place", ["Golfe", "Gulf region"], True)
E(d, "Ananya Krishnan", "person", [], True)

Q(d, "How much did Parivak AI raise in its Series C round?", ["Rs 1,250 crore", "1,250 crore", "1 250 crore", "US$148 million", "148 million"])
Q(d, "Quel fonds a mené le tour de table de Parivak AI ?", ["Coromandel Growth Partners", "Coromandel Growth"])
Q(d, "What valuation did the round give Parivak AI?", ["US$1.05 billion", "1.05 billion", "1,05 milliard"])
Q(d, "Quel a été le chiffre d'affaires de Parivak AI pour l'exercice clos le 31 mars 2026 ?", ["Rs 214 crore", "214 crore"])
Q(d, "By what percentage did Parivak's revenue grow in the year to March 2026?", ["168 per cent", "168"])
Q(d, "Combien de personnes Parivak AI veut-elle recruter d'ici juin 2027 ?", ["450"])
Q(d, "Who is Parivak AI's new chief technology officer?", ["Vikram Sethuraman"])
Q(d, "Chez quel employeur Vikram Sethuraman travaillait-il avant de rejoindre Parivak ?", ["Microsoft"])
Q(d, "Where will Parivak open an office early next year?", ["Jakarta"])
Q(d, "Who co-founded Parivak AI along with Meera Raghunathan and Arjun Pillai?", ["Sandeep Vaidya"])
