d = "n04"; U = "2026-11-24"; B = "2026-11-25"; P = "2026-11-26"; J = "2027-01-01"
S = "Kuanyu Systems"; O = "Orca-72"; HS = "Hsu Ming-yao"; LN = "Lin Pei-shan"
F(d, "launch", {"subject": S, "product": O}, U, "asserted", "Mardi, l'entreprise de Taoyuan a dévoilé l'Orca-72, une baie entièrement refroidie par liquide")
F(d, "stock_move", {"subject": S, "change_pct": 6.5, "price": M(412.5, "TWD")}, B, "asserted",
  "Mercredi, son action a gagné 6,5 % à la Bourse de Taipei, à 412,50 dollars taïwanais")
F(d, "stock_move", {"subject": "Taiex", "change_pct": 0.8}, B, "asserted", "le Taiex a terminé la séance en progression de 0,8 %, à 27 310,45 points")
F(d, "role", {"person": HS, "title": FOUND, "org": S}, None, "asserted", "Son fondateur, Hsu Ming-yao, 61 ans")
e1 = "cédera le 1er janvier la direction générale à Lin Pei-shan, jusqu'ici directrice des opérations, et deviendra président du conseil d'administration"
F(d, "role", {"person": LN, "title": CEO + ["direction générale"], "org": S}, J, "projected", e1)
F(d, "role", {"person": LN, "title": COO, "org": S}, P, "asserted", e1)
F(d, "role", {"person": HS, "title": CHAIR, "org": S}, J, "projected", e1)
F(d, "role", {"person": HS, "title": CEO + ["direction générale"], "org": S}, P, "asserted", e1, True)
F(d, "role", {"person": LN, "title": CEO + ["direction générale"], "org": S}, P, "asserted", e1, True)
F(d, "metric", {"subject": O, "value": 72, "measure": ["accélérateurs", "accelerators", "GPU", "puces", "chips"]}, P, "asserted",
  "Soixante-douze accélérateurs dans une seule baie")
F(d, "metric", {"subject": O, "value": 140, "measure": ["kilowatts", "kW", "consommation", "consumption", "power", "puissance", "électrique"]}, P, "asserted",
  "une consommation qui peut monter à 140 kilowatts")
F(d, "target", {"subject": S, "measure": ["livraisons", "deliveries", "shipments", "expéditions", "Orca", "disponibilité", "availability"], "deadline": 2027}, P, "projected",
  "Les premières livraisons auront lieu en mars 2027")
F(d, "launch", {"subject": S, "product": O}, "2027-03", "projected", "Les premières livraisons auront lieu en mars 2027, d'abord aux États-Unis et au Japon", True)
e2 = "Le plus important, Helios Cloud, un américain, nous a commandé 1 800 baies sur deux ans"
ORD = ["baies", "racks", "commande", "commandé", "order", "ordered", "commandes"]
F(d, "agreement", {"parties": [S, "Helios Cloud"], "topic": ORD + ["contrat", "contract", "accord", "agreement", "client", "customer"]}, "2026-11", "asserted", e2)
F(d, "metric", {"subject": S, "value": 1800, "measure": ORD}, "2026-11", "claimed", e2)
F(d, "target", {"subject": S, "value": 1800, "measure": ORD + ["livrer", "deliver"], "deadline": 2028}, "2026-11", "projected", e2, True)
F(d, "metric", {"subject": S, "value": 15, "unit": "%", "measure": ["ventes", "sales", "clients", "customers", "part", "share", "chiffre d'affaires", "revenue"]}, P, "claimed",
  "Aucun d'eux ne pèse plus de 15 % de nos ventes", True)
PLANT = ["usine", "plant", "factory", "Kaohsiung", "investir", "investissez", "invest", "investment", "investissement", "site"]
F(d, "funding", {"subject": S, "amount": M(24000000000, "TWD"), "purpose": PLANT}, P, "projected",
  "Vous investissez 24 milliards de dollars taïwanais à Kaohsiung")
F(d, "target", {"subject": S, "measure": ["construction", "chantier", "usine", "plant", "factory", "démarrera", "start"], "deadline": 2027}, P, "projected",
  "La construction démarrera en avril")
F(d, "target", {"subject": S, "measure": ["production", "usine", "plant", "factory", "manufacturing", "fabrication"], "deadline": 2028}, P, "projected",
  "la production au second semestre 2028")
e3 = "À pleine capacité, l'usine assemblera 20 000 baies par an et emploiera 1 300 personnes"
F(d, "target", {"subject": S, "value": 20000, "measure": ["baies", "racks", "capacité", "capacity", "assemblera", "assemble", "production", "par an", "per year"]}, P, "projected", e3)
F(d, "target", {"subject": S, "value": 1300, "measure": JOBS + STAFF}, P, "projected", e3)
F(d, "metric", {"subject": S, "value": 72, "measure": ["accélérateurs", "accelerators", "GPU", "puces", "chips"]}, P, "asserted",
  "Soixante-douze accélérateurs dans une seule baie", True)
e4 = "Doubler notre chiffre d'affaires d'ici 2028 par rapport aux 118 milliards de dollars taïwanais réalisés en 2025"
F(d, "target", {"subject": S, "value": 236000000000, "unit": "TWD", "measure": REV + ["doubler", "double"], "deadline": 2028}, P, "projected", e4)
F(d, "metric", {"subject": S, "value": 118000000000, "unit": "TWD", "measure": REV}, "2025", "claimed", e4)
RK = ["trois premiers", "top three", "top 3", "rang", "rank", "classement", "ranking", "fournisseurs", "suppliers", "serveurs", "servers", "premiers"]
F(d, "target", {"subject": S, "value": 3, "measure": RK}, P, "projected",
  "Et figurer parmi les trois premiers fournisseurs mondiaux de serveurs IA refroidis par liquide")
F(d, "metric", {"subject": S, "value": 6, "measure": RK + ["sixièmes", "sixth", "position"]}, P, "claimed",
  "nous sommes sixièmes aujourd'hui, selon nos propres calculs")
e5 = "Sur les neuf premiers mois de l'année, nos ventes ont progressé de 74 %, à 131 milliards"
F(d, "metric", {"subject": S, "value": 74, "unit": "%", "measure": REV + ["progressé", "hausse", "growth", "croissance"]}, "2026", "claimed", e5)
F(d, "metric", {"subject": S, "value": 131000000000, "unit": "TWD", "measure": REV}, "2026", "claimed", e5)
F(d, "metric", {"subject": S, "value": 6, "unit": "%", "measure": ["Europe", "européen", "activité", "activity", "business", "ventes", "sales", "chiffre d'affaires", "revenue", "part", "share"]}, P, "claimed",
  "Elle ne représente que 6 % de notre activité")
e6 = "Nous ouvrirons l'an prochain un centre de maintenance près de Francfort, avec une quarantaine de techniciens"
F(d, "target", {"subject": S, "measure": ["centre de maintenance", "maintenance", "service", "Francfort", "Frankfurt", "centre", "center", "ouvrirons", "open", "Europe"], "deadline": 2027}, P, "projected", e6)
F(d, "target", {"subject": S, "value": 40, "measure": ["techniciens", "technicians", "staff", "employees", "quarantaine"], "deadline": 2027}, P, "projected", e6, True)
q1 = "Parce que l'eau, l'électricité et les ingénieurs y sont disponibles en même temps, ce qui devient rare."
F(d, "quote", {"speaker": HS, "role": "fondateur de Kuanyu Systems", "text": q1}, P, "asserted", q1)
q2 = "J'ai créé cette société à 44 ans, dans un garage de Zhongli. Pei-shan a bâti notre chaîne d'approvisionnement ; elle connaît chaque fournisseur par son prénom. Je garderai un œil sur la stratégie, pas sur le quotidien."
F(d, "quote", {"speaker": HS, "role": "fondateur de Kuanyu Systems", "text": q2}, P, "asserted", q2)
q3 = "Ce sont des chiffres qu'aucun de nos clients n'aurait imaginés il y a trois ans."
F(d, "quote", {"speaker": HS, "role": "fondateur de Kuanyu Systems", "text": q3}, P, "asserted", q3, True)
q4 = "Elle nous inquiète tous. Nous avons sécurisé nos volumes pour 2027 grâce à des contrats signés l'été dernier. Pour 2028, personne ne peut promettre quoi que ce soit."
F(d, "quote", {"speaker": HS, "role": "fondateur de Kuanyu Systems", "text": q4}, P, "asserted", q4, True)
q5 = "Nous voulons être parmi les trois premiers du serveur refroidi par liquide"
F(d, "quote", {"speaker": HS, "role": "fondateur de Kuanyu Systems", "text": q5}, P, "asserted", q5, True)
F(d, "metric", {"subject": S, "value": 5200, "measure": STAFF}, P, "asserted", "Kuanyu Systems emploie 5 200 personnes")
F(d, "metric", {"subject": S, "value": 900, "measure": STAFF + ["Chine continentale", "mainland China", "Chine"]}, P, "asserted", "dont 900 en Chine continentale", True)

E(d, S, "organization", ["Kuanyu"])
E(d, O, "product", ["Orca 72", "Orca"])
E(d, HS, "person", ["Hsu", "M. Hsu"])
E(d, LN, "person", ["Pei-shan", "Lin", "Mme Lin"])
E(d, "Taoyuan", "place", [])
E(d, "Kaohsiung", "place", [])
E(d, "Bourse de Taipei", "organization", ["Taiwan Stock Exchange", "TWSE", "Bourse de Taïwan"])
E(d, "Taiex", "organization", ["TAIEX", "Taiwan Capitalization Weighted Stock Index", "indice Taiex"])
E(d, "Helios Cloud", "organization", ["Helios"])
E(d, "Francfort", "place", ["Frankfurt"])
E(d, "Taipei", "place", ["Taipei"], True)
E(d, "Taïwan", "place", ["Taiwan"], True)
E(d, "Zhongli", "place", [], True)
E(d, "États-Unis", "place", ["United States", "US"], True)
E(d, "Japon", "place", ["Japan"], True)
E(d, "Europe", "place", [], True)
E(d, "Chine continentale", "place", ["mainland China", "Chine", "China"], True)
E(d, "Claire Dumoulin", "person", [], True)

Q(d, "Quel produit Kuanyu Systems a-t-elle dévoilé mardi ?", ["Orca-72", "Orca 72"])
Q(d, "Combien d'accélérateurs l'Orca-72 accueille-t-elle ?", ["Soixante-douze", "72", "seventy-two"])
Q(d, "Quand auront lieu les premières livraisons de l'Orca-72 ?", ["mars 2027", "March 2027"])
Q(d, "De combien l'action Kuanyu Systems a-t-elle progressé mercredi ?", ["6,5", "6.5"])
Q(d, "Combien Kuanyu Systems investit-elle dans son usine de Kaohsiung ?", ["24 milliards de dollars taïwanais", "24 milliards", "NT$24 billion", "24 billion"])
Q(d, "Qui prendra la direction générale de Kuanyu Systems le 1er janvier ?", ["Lin Pei-shan"])
Q(d, "Quel poste Hsu Ming-yao occupera-t-il après avoir cédé la direction générale ?", ["président du conseil d'administration", "président du conseil", "chairman"])
Q(d, "What rank among liquid-cooled AI server suppliers does Kuanyu Systems say it holds today?", ["sixièmes", "sixième", "sixth", "6th"])
Q(d, "Which American cloud operator ordered 1,800 racks from Kuanyu Systems?", ["Helios Cloud", "Helios"])
Q(d, "Combien de personnes Kuanyu Systems emploie-t-elle ?", ["5 200", "5,200", "5200"])
