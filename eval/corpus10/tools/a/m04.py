d = "m04"; D = "2026-12-04"; P = "2026-12-04"
S = "Qiantang Compute Technology"; W = "Wuhai Computing Campus"
F(d, "stock_move", {"subject": S, "change_pct": 27.4, "price": M(73.9, "HKD")}, D, "asserted",
  "rose 27.4 per cent on their first day of trading in Hong Kong on Friday, closing at HK$73.90")
F(d, "metric", {"subject": S, "value": 58, "unit": "HKD", "measure": ["offer price", "issue price", "price", "priced", "prix", "prix d'introduction", "per share", "par action", "IPO"]}, D, "asserted",
  "against an offer price of HK$58 a share")
IPO = ["IPO", "initial public offering", "public offering", "listing", "introduction en Bourse", "cotation", "offering", "raised", "levé", "shares", "actions"]
e1 = "The company raised HK$7.25 billion (US$930 million) by selling 125 million new shares"
F(d, "funding", {"subject": S, "amount": M(7250000000, "HKD"), "purpose": IPO}, D, "asserted", e1)
F(d, "funding", {"subject": S, "amount": M(930000000, "USD"), "purpose": IPO}, D, "asserted", e1, True)
F(d, "metric", {"subject": S, "value": 125000000, "measure": ["new shares", "shares", "actions", "actions nouvelles", "selling", "sold"]}, D, "asserted", e1, True)
F(d, "metric", {"subject": S, "value": 61400000000, "unit": "HKD", "measure": MCAP + ["worth"]}, D, "asserted",
  "At Friday's close it was worth about HK$61.4 billion")
CORN = ["cornerstone", "investisseur de référence", "subscribed", "souscrit", "bought", "shares", "actions", "IPO", "offering", "investment", "investissement"]
F(d, "funding", {"subject": "Xihu Industrial Capital", "amount": M(150000000, "USD"), "recipient": S, "purpose": CORN}, D, "asserted",
  "Xihu Industrial Capital, a fund backed by the Hangzhou city government, subscribed US$150 million of shares")
F(d, "funding", {"subject": "Aldgate Capital", "amount": M(100000000, "USD"), "recipient": S, "purpose": CORN}, D, "asserted",
  "Aldgate Capital, a Singapore-based investment firm, bought US$100 million")
F(d, "agreement", {"parties": [S, "Xihu Industrial Capital", "Aldgate Capital"], "topic": CORN}, D, "asserted",
  "Two cornerstone investors took up part of the offering", True)
F(d, "stock_move", {"subject": "Kingsoft Cloud", "change_pct": 4.6}, D, "asserted", "Kingsoft Cloud climbed 4.6 per cent")
F(d, "stock_move", {"subject": "GDS Holdings", "change_pct": 3.1}, D, "asserted", "GDS Holdings gained 3.1 per cent")
F(d, "stock_move", {"subject": "SMIC", "change_pct": -0.8}, D, "asserted", "chipmaker SMIC slipped 0.8 per cent")
F(d, "stock_move", {"subject": "Hang Seng Index", "change_pct": 0.5}, D, "asserted", "The Hang Seng Index closed 0.5 per cent higher")
F(d, "stock_move", {"subject": "Hang Seng Tech Index", "change_pct": 1.2}, D, "asserted", "the Hang Seng Tech Index advanced 1.2 per cent")
e2 = "rising 112 per cent to 4.02 billion yuan, while its net loss narrowed to 530 million yuan"
F(d, "metric", {"subject": S, "value": 4020000000, "unit": "CNY", "measure": REV}, "2025", "asserted", e2)
F(d, "metric", {"subject": S, "value": 112, "unit": "%", "measure": REV + ["growth", "croissance", "hausse", "rising", "rose"]}, "2025", "asserted", e2)
F(d, "metric", {"subject": S, "value": 530000000, "unit": "CNY", "measure": ["net loss", "loss", "losses", "perte", "perte nette", "pertes", "déficit"]}, "2025", "asserted", e2)
e3 = "expects revenue to reach 11.5 billion yuan in 2028 and the company to turn profitable in 2027"
F(d, "target", {"subject": S, "value": 11500000000, "unit": "CNY", "measure": REV + ["forecast", "prévision"], "deadline": 2028, "source": "Harbourline Securities"}, D, "projected", e3)
F(d, "target", {"subject": S, "measure": ["profitable", "rentable", "profit", "bénéfice", "rentabilité", "profitability", "break-even", "équilibre"], "deadline": 2027, "source": "Harbourline Securities"}, D, "projected", e3)
F(d, "quote", {"speaker": "Liu Wenqian", "role": "an analyst at Harbourline Securities",
  "text": "Demand for rented compute is still running ahead of supply in China, and Qiantang has the power contracts that newer players lack"}, D, "asserted",
  "Demand for rented compute is still running ahead of supply in China, and Qiantang has the power contracts that newer players lack")
F(d, "role", {"person": "Liu Wenqian", "title": ANALYST, "org": "Harbourline Securities"}, P, "asserted", "Liu Wenqian, an analyst at Harbourline Securities")
F(d, "launch", {"subject": S, "product": W}, "2026-11", "asserted",
  "Last week the company switched on its fourth data centre, the Wuhai Computing Campus in Inner Mongolia")
F(d, "metric", {"subject": S, "value": 4, "measure": ["data centre", "data centres", "data center", "centres de données", "centre de données"]}, "2026-11", "asserted",
  "its fourth data centre", True)
ACC = ["accelerator", "accelerators", "accélérateurs", "chips", "puces", "AI accelerator chips", "GPU"]
e4 = "which houses 24,000 AI accelerator chips and draws on nearby wind farms"
F(d, "metric", {"subject": W, "value": 24000, "measure": ACC}, "2026-11", "asserted", e4)
F(d, "metric", {"subject": S, "value": 24000, "measure": ACC}, "2026-11", "asserted", e4, True)
F(d, "metric", {"subject": S, "value": 91, "unit": "%", "measure": ["utilisation", "utilization", "taux d'utilisation", "rented", "loués", "installed chips", "chips", "puces", "occupancy"]}, D, "claimed",
  "Qiantang claims that 91 per cent of its installed chips are rented out at any given time")
F(d, "role", {"person": "Shen Kaiyu", "title": CEO + ["founder", "fondateur", "co-founder"], "org": S}, P, "asserted", "founder and chief executive Shen Kaiyu")
F(d, "role", {"person": "Shen Kaiyu", "title": ["engineer", "ingénieur", "data-centre engineer", "data centre engineer"], "org": "Alibaba Cloud"}, None, "asserted",
  "a former data-centre engineer at Alibaba Cloud", True)
e5 = "said the company aims to operate 100,000 accelerators by the end of 2028, up from about 61,000 today"
F(d, "target", {"subject": S, "value": 100000, "measure": ACC + ["operate", "exploiter"], "deadline": 2028, "source": "Shen Kaiyu"}, D, "projected", e5)
F(d, "metric", {"subject": S, "value": 61000, "measure": ACC, "source": "Shen Kaiyu"}, D, "claimed", e5)
F(d, "quote", {"speaker": "Shen Kaiyu", "role": "founder and chief executive",
  "text": "Everyone in China wants to build models. Very few people want to pour concrete and negotiate with power grids for three years. That is where the value will sit for the next decade"}, D, "asserted",
  "Everyone in China wants to build models. Very few people want to pour concrete and negotiate with power grids for three years. That is where the value will sit for the next decade")
F(d, "target", {"subject": S, "value": 60, "unit": "%", "measure": ["proceeds", "produit", "capacity", "capacité", "new capacity", "net proceeds", "fonds levés"]}, D, "projected",
  "About 60 per cent of the net proceeds will go to new capacity")
F(d, "funding", {"subject": S, "purpose": ["capacity", "capacité", "research", "recherche", "working capital", "fonds de roulement"]}, D, "projected",
  "with the rest split between research and working capital", True)
F(d, "metric", {"subject": S, "value": 50, "unit": "%", "measure": ACC + ["domestic", "domestiques", "chinois", "suppliers", "fournisseurs"], "source": "Shen Kaiyu"}, D, "claimed",
  "Qiantang now sources more than half of its accelerators from domestic suppliers", True)
CFO = ["chief financial officer", "CFO", "directeur financier", "directrice financière", "finance", "financial"]
F(d, "role", {"person": "Tang Meilin", "title": CFO, "org": S}, P, "asserted", "Chief financial officer Tang Meilin")
F(d, "metric", {"subject": S, "value": 6800000000, "unit": "CNY", "measure": ["contracts", "contrats", "take-or-pay", "customers", "clients", "carnet", "backlog", "signed"], "source": "Tang Meilin"}, D, "claimed",
  "the company had signed take-or-pay contracts worth 6.8 billion yuan with customers")
F(d, "metric", {"subject": S, "value": 1460, "measure": STAFF}, D, "asserted", "Qiantang has 1,460 employees")
e6 = "Proceeds from initial public offerings in the city are set to exceed HK$250 billion this year, the highest since 2021, according to estimates from accounting firm Bauhinia & Co"
IPOM = ["IPO", "initial public offerings", "introductions en Bourse", "proceeds", "produit", "levées", "listings", "cotations", "fonds levés"]
F(d, "target", {"subject": "Hong Kong", "value": 250000000000, "unit": "HKD", "measure": IPOM, "deadline": 2026, "source": "Bauhinia & Co"}, D, "projected", e6)
F(d, "target", {"subject": "Bauhinia & Co", "value": 250000000000, "unit": "HKD", "measure": IPOM, "deadline": 2026}, D, "projected", e6, True)

E(d, S, "organization", ["Qiantang Compute", "Qiantang"])
E(d, "Hangzhou", "place", [])
E(d, "Hong Kong", "place", ["HK"])
E(d, "Xihu Industrial Capital", "organization", ["Xihu"])
E(d, "Aldgate Capital", "organization", ["Aldgate"])
E(d, "Kingsoft Cloud", "organization", ["Kingsoft Cloud Holdings"])
E(d, "GDS Holdings", "organization", ["GDS"])
E(d, "SMIC", "organization", ["Semiconductor Manufacturing International Corporation", "Semiconductor Manufacturing International"])
E(d, "Hang Seng Index", "organization", ["Hang Seng", "HSI", "indice Hang Seng"])
E(d, "Hang Seng Tech Index", "organization", ["Hang Seng Tech", "Hang Seng TECH", "indice Hang Seng Tech"])
E(d, "Liu Wenqian", "person", ["Liu"])
E(d, "Harbourline Securities", "organization", ["Harbourline"])
E(d, W, "product", ["Wuhai Computing Campus", "Wuhai campus", "Wuhai data centre"])
E(d, "Inner Mongolia", "place", ["Mongolie-Intérieure", "Mongolie intérieure"])
E(d, "Shen Kaiyu", "person", ["Shen"])
E(d, "Alibaba Cloud", "organization", ["Aliyun"])
E(d, "Tang Meilin", "person", ["Tang"])
E(d, "Bauhinia & Co", "organization", ["Bauhinia", "Bauhinia and Co"])
E(d, "Singapore", "place", ["Singapour"], True)
E(d, "China", "place", ["Chine"], True)

Q(d, "How much did Qiantang Compute raise in its Hong Kong IPO?", ["HK$7.25 billion", "7.25 billion", "7,25 milliards", "US$930 million", "930 million"])
Q(d, "À quel prix les actions de Qiantang Compute ont-elles été proposées lors de l'introduction en Bourse ?", ["HK$58", "58"])
Q(d, "By how much did Qiantang Compute's shares rise on their first day of trading?", ["27.4 per cent", "27.4", "27,4"])
Q(d, "Quelle était la valeur de marché de Qiantang Compute à la clôture de sa première séance ?", ["HK$61.4 billion", "61.4 billion", "61,4 milliards"])
Q(d, "Which Hangzhou government-backed fund was a cornerstone investor in Qiantang's IPO?", ["Xihu Industrial Capital", "Xihu"])
Q(d, "What revenue does the Harbourline Securities analyst expect Qiantang to reach in 2028?", ["11.5 billion yuan", "11.5 billion", "11,5 milliards"])
Q(d, "Quel centre de données Qiantang Compute a-t-elle mis en service la semaine dernière ?", ["Wuhai Computing Campus", "Wuhai"])
Q(d, "What share of its installed chips does Qiantang claim are rented out?", ["91 per cent", "91"])
Q(d, "Qui est le fondateur et directeur général de Qiantang Compute ?", ["Shen Kaiyu"])
Q(d, "How many accelerators does Qiantang aim to operate by the end of 2028?", ["100,000", "100 000", "100000"])
