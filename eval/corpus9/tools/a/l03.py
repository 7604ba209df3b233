d = "l03"; D = "2026-10-29"; P = "2026-10-29"
S = "Hsinwei Semiconductor"
F(d, "stock_move", {"subject": "Taiex", "change_pct": -0.4}, D, "asserted", "The benchmark Taiex closed down 0.4 per cent at 27,812.40 points")
F(d, "stock_move", {"subject": "Taiex", "change_pct": -0.7}, D, "asserted", "the electronics sub-index lost 0.7 per cent", True)
F(d, "stock_move", {"subject": S, "change_pct": -5.8, "price": M(182.5, "TWD")}, D, "asserted", "ended 5.8 per cent lower at NT$182.50")
e1 = "revenue of NT$48.6 billion (US$1.5 billion) for the July-September quarter, up 17.2 per cent from a year earlier and 6.1 per cent from the previous quarter"
F(d, "metric", {"subject": S, "value": 48600000000, "unit": "TWD", "measure": REV}, "2026", "asserted", e1)
F(d, "metric", {"subject": S, "value": 1500000000, "unit": "USD", "measure": REV}, "2026", "asserted", e1, True)
F(d, "metric", {"subject": S, "value": 17.2, "unit": "%", "measure": REV}, "2026", "asserted", e1)
F(d, "metric", {"subject": S, "value": 6.1, "unit": "%", "measure": REV}, "2026", "asserted", e1)
e2 = "Net profit, however, dropped 8.4 per cent year-on-year to NT$6.1 billion"
F(d, "metric", {"subject": S, "value": -8.4, "unit": "%", "measure": NP}, "2026", "asserted", e2)
F(d, "metric", {"subject": S, "value": 6100000000, "unit": "TWD", "measure": NP}, "2026", "asserted", e2)
e3 = "Gross margin narrowed to 31.5 per cent from 35.2 per cent a year earlier"
F(d, "metric", {"subject": S, "value": 31.5, "unit": "%", "measure": GM}, "2026", "asserted", e3)
F(d, "metric", {"subject": S, "value": 35.2, "unit": "%", "measure": GM}, "2025", "asserted", e3, True)
e4 = "operating margin fell to 19.8 per cent from 23.6 per cent"
F(d, "metric", {"subject": S, "value": 19.8, "unit": "%", "measure": OM}, "2026", "asserted", e4)
F(d, "metric", {"subject": S, "value": 23.6, "unit": "%", "measure": OM}, "2025", "asserted", e4, True)
e5 = "Chips for AI servers made up 38 per cent of sales, against 22 per cent in the third quarter of 2025"
AIS = ["AI servers", "serveurs IA", "serveurs d'IA", "AI", "IA", "sales", "ventes", "share", "part", "chips", "puces", "revenue", "chiffre d'affaires"]
F(d, "metric", {"subject": S, "value": 38, "unit": "%", "measure": AIS}, "2026", "asserted", e5)
F(d, "metric", {"subject": S, "value": 22, "unit": "%", "measure": AIS}, "2025", "asserted", e5, True)
e6 = "the company forecast revenue of NT$50 billion to NT$52 billion and a gross margin of between 30 and 32 per cent"
F(d, "target", {"subject": S, "value": 50000000000, "unit": "TWD", "measure": REV + ["forecast", "prévision", "guidance"], "deadline": 2026}, D, "projected", e6)
F(d, "target", {"subject": S, "value": 52000000000, "unit": "TWD", "measure": REV + ["forecast", "prévision", "guidance"], "deadline": 2026}, D, "projected", e6)
F(d, "target", {"subject": S, "value": 30, "unit": "%", "measure": GM, "deadline": 2026}, D, "projected", e6)
F(d, "target", {"subject": S, "value": 32, "unit": "%", "measure": GM, "deadline": 2026}, D, "projected", e6)
e7 = "it would raise capital spending to about US$2.4 billion next year, from US$1.8 billion in 2026"
F(d, "target", {"subject": S, "value": 2400000000, "unit": "USD", "measure": CAPEX, "deadline": 2027}, D, "projected", e7)
F(d, "funding", {"subject": S, "amount": M(2400000000, "USD"), "purpose": CAPEX}, D, "projected", e7, True)
F(d, "metric", {"subject": S, "value": 1800000000, "unit": "USD", "measure": CAPEX}, "2026", "asserted", e7, True)
F(d, "target", {"subject": S, "measure": ["fab", "usine", "plant", "production", "begin", "start", "Tainan", "12-inch", "démarrer", "ouverture"], "deadline": 2027}, D, "projected",
  "expects its new 12-inch fab in Tainan to begin production in the second half of 2027")
F(d, "quote", {"speaker": "Vivian Cheng", "role": "head of semiconductor research at Danshui Securities",
  "text": "Investors were ready for a weaker margin, not for a guidance that says the trough is still ahead"}, D, "asserted",
  "Investors were ready for a weaker margin, not for a guidance that says the trough is still ahead")
F(d, "role", {"person": "Vivian Cheng", "title": ANALYST + ["head of semiconductor research", "head", "responsable", "directrice", "semiconductor", "semi-conducteurs"], "org": "Danshui Securities"}, P, "asserted",
  "Vivian Cheng, head of semiconductor research at Danshui Securities")
e8 = "She cut her target price to NT$205 from NT$240"
F(d, "metric", {"subject": S, "value": 205, "unit": "TWD", "measure": TP, "source": "Danshui Securities"}, D, "projected", e8, True)
F(d, "metric", {"subject": S, "value": 240, "unit": "TWD", "measure": TP, "source": "Danshui Securities"}, D, "asserted", e8, True)
CFO = ["chief financial officer", "CFO", "directeur financier", "directrice financière", "finance", "financial officer", "financier"]
e9 = "Hsinwei named Robert Kao, a former treasurer of the group's main customer, as chief financial officer, effective January 1, 2027"
F(d, "role", {"person": "Robert Kao", "title": CFO, "org": S}, "2027-01-01", "projected", e9)
F(d, "role", {"person": "Robert Kao", "title": CFO, "org": S}, P, "asserted", e9, True)
F(d, "role", {"person": "Robert Kao", "title": ["treasurer", "trésorier", "trésorerie"], "org": S}, None, "asserted", e9, True)
F(d, "role", {"person": "Lin Ya-wen", "title": CFO, "org": S}, P, "asserted", "He will replace Lin Ya-wen, who is retiring after 14 years in the role")
e10 = "The board also appointed Chen Shu-fen, head of the company's advanced packaging unit, as executive vice-president"
F(d, "role", {"person": "Chen Shu-fen", "title": ["executive vice-president", "executive vice president", "EVP", "vice-president", "vice-présidente", "vice-président", "directrice générale adjointe"], "org": S}, P, "asserted", e10)
F(d, "role", {"person": "Chen Shu-fen", "title": ["head", "responsable", "directrice", "advanced packaging", "packaging", "unit", "division"], "org": S}, P, "asserted", e10, True)
F(d, "stock_move", {"subject": "TSMC", "change_pct": 1.2, "price": M(1465, "TWD")}, D, "asserted", "TSMC rose 1.2 per cent to NT$1,465")
F(d, "stock_move", {"subject": "Lianfa Technology", "change_pct": 9.9, "price": M(356, "TWD")}, D, "asserted",
  "chip designer Lianfa Technology jumped 9.9 per cent, the daily limit, to NT$356")
F(d, "agreement", {"parties": ["Lianfa Technology"], "topic": ["order", "commande", "contrat", "contract", "networking", "réseau", "chips", "puces"]}, D, "asserted",
  "after it won an order for AI networking chips", True)
F(d, "stock_move", {"subject": "Powerchip Semiconductor Manufacturing", "change_pct": -2.3}, D, "asserted", "Powerchip Semiconductor Manufacturing fell 2.3 per cent")
F(d, "stock_move", {"subject": "Nikkei 225", "change_pct": 0.6}, D, "asserted", "the Nikkei 225 index gained 0.6 per cent")
F(d, "metric", {"subject": "Taiex", "value": 11300000000, "unit": "TWD", "measure": ["net sellers", "vendeurs nets", "sold", "offloading", "ventes nettes", "foreign investors", "investisseurs étrangers", "net"]}, D, "asserted",
  "offloading a net NT$11.3 billion, according to exchange data", True)

E(d, S, "organization", ["Hsinwei", "Hsinwei Semiconductor Corp"])
E(d, "Taiex", "organization", ["TAIEX", "Taiwan Capitalization Weighted Stock Index", "Taiwan Stock Exchange Capitalization Weighted Stock Index"])
E(d, "Hsinchu", "place")
E(d, "Tainan", "place")
E(d, "Vivian Cheng", "person", ["Cheng"])
E(d, "Danshui Securities", "organization", ["Danshui"])
E(d, "Robert Kao", "person", ["Kao"])
E(d, "Lin Ya-wen", "person", ["Lin"])
E(d, "Chen Shu-fen", "person", ["Chen"])
E(d, "TSMC", "organization", ["Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing", "TSMC Ltd"])
E(d, "Lianfa Technology", "organization", ["Lianfa"])
E(d, "Powerchip Semiconductor Manufacturing", "organization", ["PSMC", "Powerchip", "Powerchip Semiconductor Manufacturing Corp"])
E(d, "Nikkei 225", "organization", ["Nikkei", "Nikkei 225 index", "Nikkei Stock Average"])
E(d, "Tokyo", "place")
E(d, "Taipei", "place", ["Taipei City"], True)
E(d, "Taiwan", "place", ["Taïwan"], True)

Q(d, "By how much did Hsinwei Semiconductor shares fall on October 29?", ["5.8", "5,8"])
Q(d, "Quel a été le chiffre d'affaires trimestriel de Hsinwei au troisième trimestre ?", ["NT$48.6 billion", "48.6 billion", "48,6 milliards", "US$1.5 billion", "1.5 billion"])
Q(d, "How did Hsinwei's third-quarter net profit change year-on-year?", ["8.4", "8,4"])
Q(d, "Quelle marge brute Hsinwei a-t-elle dégagée au troisième trimestre ?", ["31.5", "31,5"])
Q(d, "What revenue range did Hsinwei forecast for the fourth quarter?", ["NT$50 billion to NT$52 billion", "50 billion to NT$52 billion", "50 to 52 billion", "50 à 52 milliards"])
Q(d, "Who will become Hsinwei's chief financial officer on January 1, 2027?", ["Robert Kao"])
Q(d, "Qui Robert Kao remplacera-t-il au poste de directeur financier de Hsinwei ?", ["Lin Ya-wen"])
Q(d, "Quelle analyste de Danshui Securities a commenté les résultats de Hsinwei ?", ["Vivian Cheng"])
Q(d, "Where is Hsinwei's new 12-inch fab located?", ["Tainan"])
Q(d, "Where did the Taiex close on October 29, 2026?", ["27,812.40", "27 812,40", "27812.40"])
