d = doc("m06"); D = "2026-10-28"; D2 = "2026-10-29"; X = "Xiling Technologies"
GM = ["marge brute", "gross margin", "brute", "gross"]
OM = ["marge opérationnelle", "operating margin", "opérationnelle", "operating", "exploitation", "marge d'exploitation"]
S1 = "Xiling Technologies a dégagé au troisième trimestre un bénéfice net de 186 millions de yuans (environ 22,7 millions d'euros), contre une perte de 52 millions de yuans un an plus tôt."
F(d, "metric", {"subject": X, "value": 186000000, "unit": "CNY", "measure": NETPROFIT}, "2026", "asserted", S1)
F(d, "metric", {"subject": X, "value": 22700000, "unit": "EUR", "measure": NETPROFIT}, "2026", "asserted", S1, True)
F(d, "metric", {"subject": X, "value": 52000000, "unit": "CNY", "measure": LOSS}, "2025", "asserted", S1)
S2 = "a vu son chiffre d'affaires bondir de 46 %, à 2,14 milliards de yuans"
F(d, "metric", {"subject": X, "value": 46, "unit": "%", "measure": GROWTH}, "2026", "asserted", S2)
F(d, "metric", {"subject": X, "value": 2140000000, "unit": "CNY", "measure": REV}, "2026", "asserted", S2)
S3 = "La marge brute s'est établie à 41,3 %, en amélioration de 2,4 points sur un an."
F(d, "metric", {"subject": X, "value": 41.3, "unit": "%", "measure": GM}, "2026", "asserted", S3)
F(d, "metric", {"subject": X, "value": 2.4, "measure": GM}, "2026", "asserted", S3, True)
S4 = "inférieure aux 43 % qu'attendaient les analystes, selon un consensus compilé par Huabei Securities"
F(d, "metric", {"subject": X, "value": 43, "unit": "%", "measure": GM}, "2026", "reported", S4, True)
S5 = "La marge opérationnelle, elle, a atteint 7,8 %."
F(d, "metric", {"subject": X, "value": 7.8, "unit": "%", "measure": OM}, "2026", "asserted", S5)
S6 = "Les agents d'IA représentent désormais 58 % des ventes, contre 35 % au troisième trimestre 2025."
AGT = ["agents", "agents d'IA", "AI agents", "agent"]
F(d, "metric", {"subject": X, "value": 58, "unit": "%", "measure": AGT}, "2026", "asserted", S6)
F(d, "metric", {"subject": X, "value": 35, "unit": "%", "measure": AGT}, "2025", "asserted", S6)
S7 = "Xiling revendique 21 000 entreprises clientes"
F(d, "metric", {"subject": X, "value": 21000, "measure": ["clients", "clientes", "customers", "entreprises", "companies"]}, D, "claimed", S7)
S8 = "Pour le quatrième trimestre, la direction table sur un chiffre d'affaires compris entre 2,4 et 2,6 milliards de yuans."
F(d, "target", {"subject": X, "value": 2400000000, "unit": "CNY", "measure": REV, "deadline": 2026}, D, "projected", S8)
F(d, "target", {"subject": X, "value": 2600000000, "unit": "CNY", "measure": REV, "deadline": 2026}, D, "projected", S8)
S9 = "elle prévoit un bénéfice net d'au moins 450 millions de yuans"
F(d, "target", {"subject": X, "value": 450000000, "unit": "CNY", "measure": NETPROFIT, "deadline": 2026}, D, "projected", S9)
CFO = ["directrice financière", "directeur financier", "chief financial officer", "CFO", "financière", "financier", "finance", "financial"]
S10 = "la nomination de Gao Lanting au poste de directrice financière, à compter du 1er décembre"
F(d, "role", {"person": "Gao Lanting", "title": CFO, "org": X}, "2026-12-01", "projected", S10)
F(d, "role", {"person": "Gao Lanting", "title": CFO, "org": X}, D, "asserted", S10, True)
S11 = "elle était jusqu'ici vice-présidente chargée des finances de Hualing Logistics"
F(d, "role", {"person": "Gao Lanting", "title": ["vice-présidente", "vice-président", "vice president", "vice-president", "VP", "finances", "finance"], "org": "Hualing Logistics"}, D, "asserted", S11)
S12 = "Elle succède à Lu Haotian, directeur financier depuis l'introduction en Bourse"
F(d, "role", {"person": "Lu Haotian", "title": CFO, "org": X}, D, "asserted", S12)
S13 = "Xiling a pris une participation de 30 % dans Jingwei Robotics"
STAKE = ["participation", "stake", "prise de participation", "capital", "equity", "acquisition", "acquérir", "rachat", "investissement", "investment", "shares", "actions"]
F(d, "agreement", {"parties": [X, "Jingwei Robotics"], "topic": STAKE}, D, "asserted", S13)
F(d, "metric", {"subject": X, "value": 30, "unit": "%", "measure": STAKE}, D, "asserted", S13, True)
S14 = "une jeune pousse de Suzhou qui conçoit des bras robotisés pour les entrepôts, pour 900 millions de yuans"
F(d, "funding", {"subject": X, "amount": money(900000000, "CNY"), "recipient": "Jingwei Robotics", "purpose": STAKE}, D, "asserted", S14)
S15 = "L'opération valorise la cible à 3 milliards de yuans."
F(d, "metric", {"subject": "Jingwei Robotics", "value": 3000000000, "unit": "CNY", "measure": MCAP}, D, "asserted", S15)
S16 = "une option qui permettra à Xiling de monter à 51 % du capital d'ici à 2028"
F(d, "target", {"subject": X, "value": 51, "unit": "%", "measure": STAKE, "deadline": 2028}, D, "projected", S16)
Q1 = "Nos agents savent déjà répondre aux clients ; avec Jingwei, ils apprendront à préparer les colis. Le prochain relais de croissance se trouve dans l'entrepôt, pas dans la fenêtre de discussion"
F(d, "quote", {"speaker": "Wen Jiahao", "role": "fondateur et PDG de Xiling", "text": Q1}, D, "asserted", Q1)
F(d, "role", {"person": "Wen Jiahao", "title": CEO + FOUNDER, "org": X}, D, "asserted", "Wen Jiahao, fondateur et PDG de Xiling")
S17 = "Jeudi, l'action Xiling a chuté de 9,2 %, à 118,40 yuans"
F(d, "stock_move", {"subject": X, "change_pct": -9.2, "price": money(118.40, "CNY")}, D2, "asserted", S17)
S18 = "l'indice STAR 50 cédait 1,1 %"
F(d, "stock_move", {"subject": "STAR 50", "change_pct": -1.1}, D2, "asserted", S18)
S19 = "le CSI 300 reculait de 0,3 %"
F(d, "stock_move", {"subject": "CSI 300", "change_pct": -0.3}, D2, "asserted", S19)
S20 = "Le titre reste en hausse de 64 % depuis le 1er janvier."
F(d, "stock_move", {"subject": X, "change_pct": 64}, D2, "asserted", S20, True)
Q2 = "Les investisseurs paient Xiling pour du logiciel à forte marge. Le voilà qui achète des robots, une activité bien plus gourmande en capital"
F(d, "quote", {"speaker": "Tang Yufei", "role": "analyste chez Huabei Securities", "text": Q2}, "2026-10", "asserted", Q2)
F(d, "role", {"person": "Tang Yufei", "title": ["analyste", "analyst"], "org": "Huabei Securities"}, "2026-10", "asserted", "Tang Yufei, analyste chez Huabei Securities")
S21 = "La société, qui emploie 5 300 personnes, dont 60 % d'ingénieurs"
F(d, "metric", {"subject": X, "value": 5300, "measure": STAFF}, D, "asserted", S21)
F(d, "metric", {"subject": X, "value": 60, "unit": "%", "measure": ["ingénieurs", "engineers", "engineering"]}, D, "asserted", S21, True)
S22 = "sa trésorerie, qui s'élevait à 6,8 milliards de yuans fin septembre"
F(d, "metric", {"subject": X, "value": 6800000000, "unit": "CNY", "measure": ["trésorerie", "cash", "liquidités", "cash reserves"]}, "2026-09", "asserted", S22)
S23 = "Selon deux personnes proches du dossier, Xiling envisagerait aussi une cotation secondaire à Hongkong dès l'an prochain"
F(d, "target", {"subject": X, "measure": ["cotation", "listing", "introduction en Bourse", "IPO", "secondary listing", "cotation secondaire"], "deadline": 2027}, D, "reported", S23, True)
E(d, X, "organization", ["Xiling", "Xiling Technologies Co"])
E(d, "Shanghai", "place", [], True)
E(d, "Bourse de Shanghai", "organization", ["Shanghai Stock Exchange", "SSE"], True)
E(d, "STAR Market", "organization", ["STAR"], True)
E(d, "Hangzhou", "place", [])
E(d, "Gao Lanting", "person", ["Gao", "Mme Gao"])
E(d, "Hualing Logistics", "organization", ["Hualing"])
E(d, "Ningbo", "place", [], True)
E(d, "Hongkong", "place", ["Hong Kong", "Hongkong"], True)
E(d, "Lu Haotian", "person", [])
E(d, "Jingwei Robotics", "organization", ["Jingwei"])
E(d, "Suzhou", "place", [])
E(d, "Wen Jiahao", "person", [])
E(d, "STAR 50", "product", ["indice STAR 50", "STAR 50 Index", "SSE STAR 50"])
E(d, "CSI 300", "product", ["indice CSI 300", "CSI 300 Index"])
E(d, "Tang Yufei", "person", [])
E(d, "Huabei Securities", "organization", ["Huabei"])
Q(d, "What net profit did Xiling Technologies report for the third quarter?", ["186 millions de yuans", "186 millions", "186 million", "186 000 000"])
Q(d, "Quel chiffre d'affaires Xiling Technologies a-t-il réalisé au troisième trimestre ?", ["2,14 milliards de yuans", "2,14 milliards", "2.14 billion", "2 140 000 000"])
Q(d, "What was Xiling's gross margin in the third quarter?", ["41,3 %", "41.3%", "41,3", "41.3"])
Q(d, "Quel bénéfice net annuel minimum Xiling prévoit-il pour 2026 ?", ["450 millions de yuans", "450 millions", "450 million", "450 000 000"])
Q(d, "Who was appointed chief financial officer of Xiling Technologies?", ["Gao Lanting", "Gao"])
Q(d, "Quel poste Gao Lanting occupait-elle avant de rejoindre Xiling ?", ["vice-présidente chargée des finances", "vice-présidente", "vice president"])
Q(d, "What stake did Xiling take in Jingwei Robotics?", ["30 %", "30%", "30"])
Q(d, "Combien Xiling a-t-il payé pour sa participation dans Jingwei Robotics ?", ["900 millions de yuans", "900 millions", "900 million", "900 000 000"])
Q(d, "By how much did Xiling's shares fall on Thursday?", ["9,2 %", "9.2%", "9,2", "9.2"])
Q(d, "Qui est le fondateur et PDG de Xiling Technologies ?", ["Wen Jiahao"])
