d = doc("n05"); D = "2026-12-03"; D0 = "2026-12-02"; T = "Tembusu DataWorks"; SG = "Sagara Labs"; RQ = "Raffles Quay Securities"
MW = ["capacity", "capacité", "megawatts", "mégawatts", "MW", "power", "puissance", "operational capacity"]
CHAIR = ["chairman", "chair", "chairwoman", "président", "présidente", "président du conseil", "board"]
F(d, "stock_move", {"subject": T, "change_pct": -11.6, "price": money(1.37, "SGD")}, D, "asserted", "The stock closed down 11.6% at S$1.37")
F(d, "metric", {"subject": T, "value": 290000000, "unit": "SGD", "measure": MCAP + ["market value", "erased", "erasing", "wiped"]}, D, "asserted", "erasing roughly S$290 million of market value", True)
S = "the Straits Times Index ended 0.4% lower at 4,512.38 points"
F(d, "stock_move", {"subject": "Straits Times Index", "change_pct": -0.4}, D, "asserted", S)
F(d, "metric", {"subject": "Straits Times Index", "value": 4512.38, "measure": ["points", "level", "niveau", "close", "clôture", "index"]}, D, "asserted", S, True)
F(d, "stock_move", {"subject": "Kranji Digital Trust", "change_pct": 0.8}, D, "asserted", "rival Kranji Digital Trust edged up 0.8%")
F(d, "metric", {"subject": T, "value": 418600000, "unit": "SGD", "measure": REV}, "2026", "asserted", "Tembusu booked revenue of S$418.6 million")
F(d, "metric", {"subject": T, "value": 14.2, "unit": "%", "measure": GROWTH + ["more"]}, "2026", "asserted", "That was 14.2% more than a year earlier")
F(d, "metric", {"subject": T, "value": 437000000, "unit": "SGD", "measure": REV + ["consensus", "forecast", "prévision", "expected", "pencilled"]}, "2026", "reported", "below the S$437 million analysts had pencilled in, according to a poll compiled by LSEG", True)
S = "Net profit, hit by higher power tariffs and interest costs on its Johor expansion, fell 19.7% to S$51.3 million."
F(d, "metric", {"subject": T, "value": 51300000, "unit": "SGD", "measure": NETPROFIT}, "2026", "asserted", S)
F(d, "metric", {"subject": T, "value": -19.7, "unit": "%", "measure": NETPROFIT}, "2026", "asserted", S)
S = "The company's EBITDA margin narrowed to 46.8% from 52.1%."
EB = ["EBITDA", "EBITDA margin", "marge d'EBITDA", "marge EBITDA", "margin", "marge"]
F(d, "metric", {"subject": T, "value": 46.8, "unit": "%", "measure": EB}, "2026", "asserted", S)
F(d, "metric", {"subject": T, "value": 52.1, "unit": "%", "measure": EB}, "2025", "asserted", S, True)
S = "Revenue growth in fiscal 2027 is now expected at 10% to 12%"
F(d, "target", {"subject": T, "value": 10, "unit": "%", "measure": GROWTH, "deadline": 2027}, D0, "projected", S)
F(d, "target", {"subject": T, "value": 12, "unit": "%", "measure": GROWTH, "deadline": 2027}, D0, "projected", S)
S = "Operational capacity, which stood at 214 megawatts at the end of September with utilisation of 81%"
F(d, "metric", {"subject": T, "value": 214, "measure": MW}, "2026-09", "asserted", S)
F(d, "metric", {"subject": T, "value": 81, "unit": "%", "measure": ["utilisation", "utilization", "taux d'utilisation", "occupancy", "occupation", "used"]}, "2026-09", "asserted", S)
S = "is to reach 310 megawatts by the end of fiscal 2027"
F(d, "target", {"subject": T, "value": 310, "measure": MW, "deadline": 2027}, D0, "projected", S)
F(d, "target", {"subject": T, "value": 360, "measure": MW, "deadline": 2027}, D0, "projected", "not the 360 megawatts previously targeted", True)
S = "Capital expenditure for the coming year was trimmed to S$600 million."
CAPEX = ["capital expenditure", "capex", "dépenses d'investissement", "investissements", "investment", "investissement", "expenditure", "dépenses"]
F(d, "funding", {"subject": T, "amount": money(600000000, "SGD"), "purpose": CAPEX}, D0, "projected", S)
F(d, "target", {"subject": T, "value": 600000000, "unit": "SGD", "measure": CAPEX, "deadline": 2027}, D0, "projected", S, True)
Q1 = "We are not seeing weaker demand. We are seeing slower grid connections in Johor and Batam, and we would rather say so now than disappoint again in six months"
F(d, "quote", {"speaker": "Priya Raghunathan", "role": "chief executive", "text": Q1}, "2026-12", "asserted", Q1)
F(d, "role", {"person": "Priya Raghunathan", "title": CEO, "org": T}, D, "asserted", "chief executive Priya Raghunathan told analysts")
S = "Tembusu said it had signed a 12-year agreement with Sagara Labs"
F(d, "agreement", {"parties": [T, SG], "topic": ["host", "hosting", "hébergement", "héberger", "training clusters", "clusters", "data centre", "capacity", "lease", "location", "contract", "contrat", "agreement", "accord"]}, D, "asserted", S)
S = "Tembusu will dedicate 48 megawatts at its Kulai campus in Johor to the customer"
F(d, "target", {"subject": T, "value": 48, "measure": MW + ["dedicate", "dédier", "réserver"]}, D, "projected", S)
S = "with the first 20 megawatts handed over in the second half of 2027"
F(d, "target", {"subject": T, "value": 20, "measure": MW + ["handed over", "livrés", "delivered", "first"], "deadline": 2027}, D, "projected", S)
S = "The contract is worth about S$1.1 billion over its life, the company said."
CONTR = ["contract", "contrat", "worth", "valeur", "value", "deal", "accord", "agreement"]
F(d, "metric", {"subject": T, "value": 1100000000, "unit": "SGD", "measure": CONTR}, D, "claimed", S)
F(d, "metric", {"subject": SG, "value": 1100000000, "unit": "SGD", "measure": CONTR}, D, "claimed", S, True)
S = "Marcus Tan, an analyst at Raffles Quay Securities, cut his target price to S$1.55 from S$2.10"
PT = ["price target", "target price", "objectif de cours", "objectif", "target", "cours"]
F(d, "target", {"subject": T, "value": 1.55, "unit": "SGD", "measure": PT, "source": RQ}, D, "projected", S, True)
F(d, "target", {"subject": RQ, "value": 1.55, "unit": "SGD", "measure": PT}, D, "projected", S, True)
F(d, "role", {"person": "Marcus Tan", "title": ["analyst", "analyste"], "org": RQ}, D, "asserted", "Marcus Tan, an analyst at Raffles Quay Securities")
Q2 = "The Sagara contract is real revenue, but it lands in 2028. Between now and then, investors are being asked to fund a bigger balance sheet for a smaller growth rate"
F(d, "quote", {"speaker": "Marcus Tan", "role": "analyst at Raffles Quay Securities", "text": Q2}, D, "asserted", Q2)
F(d, "role", {"person": "Desmond Lau", "title": FOUNDER, "org": T}, "2015", "asserted", "Desmond Lau, who founded the company in 2015")
S = "has been its chairman since the 2021 initial public offering"
F(d, "role", {"person": "Desmond Lau", "title": CHAIR, "org": T}, D, "asserted", S)
S = "will give up the chair at the annual general meeting in January to become chief strategy officer"
F(d, "role", {"person": "Desmond Lau", "title": ["chief strategy officer", "CSO", "strategy", "stratégie", "directeur de la stratégie"], "org": T}, "2027-01", "projected", S)
S = "He will be succeeded by Farah Ismail"
F(d, "role", {"person": "Farah Ismail", "title": CHAIR, "org": T}, "2027-01", "projected", S)
S = "currently the lead independent director"
F(d, "role", {"person": "Farah Ismail", "title": ["lead independent director", "independent director", "administratrice indépendante", "administrateur indépendant", "director", "administratrice"], "org": T}, D, "asserted", S)
S = "The board also proposed a final dividend of 1.8 Singapore cents a share"
F(d, "metric", {"subject": T, "value": 0.018, "unit": "SGD", "measure": ["dividend", "dividende"]}, D0, "projected", S, True)
F(d, "metric", {"subject": T, "value": 640, "measure": STAFF}, D, "asserted", "Tembusu, which employs about 640 people")
F(d, "target", {"subject": T, "value": 500, "measure": MW, "deadline": 2030}, D, "projected", "it wants to reach 500 megawatts of capacity by 2030")
S = "Of the 14 analysts covering the stock, nine now rate it a \"buy\", down from 12 a month ago, according to LSEG data."
F(d, "metric", {"subject": T, "value": 9, "measure": ["buy", "achat", "analysts", "analystes", "rate", "recommandation"]}, D, "reported", S, True)
F(d, "metric", {"subject": T, "value": 14, "measure": ["analysts", "analystes", "covering", "suivent"]}, D, "reported", S, True)
E(d, T, "organization", ["Tembusu", "Tembusu DataWorks Ltd"])
E(d, "Singapore", "place", ["Singapour"], True)
E(d, "Singapore Exchange", "organization", ["SGX", "Bourse de Singapour"], True)
E(d, "Straits Times Index", "product", ["STI", "indice Straits Times"])
E(d, "Kranji Digital Trust", "organization", ["Kranji"])
E(d, "LSEG", "organization", ["London Stock Exchange Group"], True)
E(d, "Johor", "place", ["Johore"])
E(d, "Batam", "place", [], True)
E(d, "Priya Raghunathan", "person", ["Raghunathan"])
E(d, SG, "organization", ["Sagara"])
E(d, "Jakarta", "place", [], True)
E(d, "Kulai", "place", ["Kulai campus"])
E(d, "Marcus Tan", "person", ["Tan"])
E(d, RQ, "organization", ["Raffles Quay"])
E(d, "Desmond Lau", "person", ["Lau"])
E(d, "Farah Ismail", "person", ["Ismail"])
E(d, "Grace Lim", "person", [], True)
E(d, "Malaysia", "place", ["Malaisie"], True)
E(d, "Indonesia", "place", ["Indonésie"], True)
Q(d, "By how much did Tembusu DataWorks shares fall on Thursday?", ["11.6%", "11,6 %", "11.6", "11,6"])
Q(d, "At what price did Tembusu DataWorks close on Thursday?", ["S$1.37", "1.37", "1,37"])
Q(d, "What revenue did Tembusu DataWorks report for the year to September 30?", ["S$418.6 million", "418.6 million", "418,6 millions", "418 600 000"])
Q(d, "What revenue growth does Tembusu now expect for fiscal 2027?", ["10% to 12%", "10 % à 12 %", "10-12%", "10%", "12%"])
Q(d, "What operational capacity does Tembusu now target by the end of fiscal 2027?", ["310 megawatts", "310 MW", "310 mégawatts", "310"])
Q(d, "Avec quelle entreprise Tembusu DataWorks a-t-il signé un contrat de 12 ans ?", ["Sagara Labs", "Sagara"])
Q(d, "Quelle est la valeur du contrat signé entre Tembusu et Sagara Labs ?", ["S$1.1 billion", "1.1 billion", "1,1 milliard", "1 100 000 000"])
Q(d, "Which brokerage does analyst Marcus Tan work for?", ["Raffles Quay Securities", "Raffles Quay"])
Q(d, "Who will succeed Desmond Lau as chairman of Tembusu DataWorks?", ["Farah Ismail", "Ismail"])
Q(d, "Quel poste Desmond Lau occupera-t-il après avoir quitté la présidence de Tembusu ?", ["chief strategy officer", "directeur de la stratégie", "strategy"])
F(d, "stock_move", {"subject": T, "change_pct": -11.6}, D, "asserted", "Tembusu DataWorks slides 11.6%", True)
