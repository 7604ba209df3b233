d = doc("l08"); D = "2026-09-22"; L = "Lanyue Technologies"
S1 = "À Hefei, capitale de la province de l'Anhui, la jeune pousse Lanyue Technologies a inauguré mardi sa première usine de grande série, un site de 120 000 mètres carrés capable d'assembler 30 000 véhicules de livraison autonomes par an."
F(d, "launch", {"subject": L, "product": "usine de Hefei"}, D, "asserted", S1, True)
F(d, "metric", {"subject": L, "value": 30000, "measure": ["capacité", "capacity", "assembler", "assemble", "production", "produire", "véhicules", "vehicles", "par an", "per year", "usine", "plant", "factory"]}, D, "asserted", S1)
F(d, "metric", {"subject": L, "value": 120000, "measure": ["mètres carrés", "square metres", "m2", "surface", "superficie", "site", "usine", "plant", "factory"]}, D, "asserted", S1, True)
S2 = "Le même jour, elle a lancé le Lanyue L5, un fourgon électrique sans cabine conçu pour transporter 1,2 tonne de colis sur le « dernier kilomètre »."
F(d, "launch", {"subject": L, "product": "Lanyue L5"}, D, "asserted", S2)
F(d, "metric", {"subject": "Lanyue L5", "value": 1.2, "measure": ["tonne", "tonnes", "charge", "payload", "colis", "parcels", "transporter", "carry", "capacité", "capacity"]}, D, "asserted", S2, True)
S3 = "Fondée en 2021 par d'anciens ingénieurs de Baidu, l'entreprise a livré 8 600 véhicules depuis le début de l'année, contre 2 900 sur l'ensemble de 2025."
DELIV = ["livré", "livrés", "livraisons", "delivered", "deliveries", "véhicules", "vehicles", "unités", "units"]
F(d, "metric", {"subject": L, "value": 8600, "measure": DELIV}, D, "asserted", S3)
F(d, "metric", {"subject": L, "value": 2900, "measure": DELIV}, "2025", "asserted", S3)
S4 = "Ses fourgons circulent déjà dans 46 villes chinoises."
F(d, "metric", {"subject": L, "value": 46, "measure": ["villes", "cities", "city", "ville"]}, D, "asserted", S4)
S5 = "Selon le cabinet Huaxin Research, 61 000 véhicules de livraison autonomes ont été vendus en Chine en 2025, et les ventes devraient atteindre 250 000 unités en 2028."
MKT = ["véhicules de livraison autonomes", "ventes", "sales", "sold", "vendus", "véhicules", "vehicles", "unités", "units", "marché", "market", "autonomous delivery"]
F(d, "metric", {"subject": "Chine", "value": 61000, "measure": MKT}, "2025", "reported", S5)
F(d, "metric", {"subject": "Huaxin Research", "value": 61000, "measure": MKT}, "2025", "reported", S5, True)
F(d, "target", {"subject": "Chine", "value": 250000, "measure": MKT, "deadline": 2028, "source": "Huaxin Research"}, D, "projected", S5)
F(d, "target", {"subject": "Huaxin Research", "value": 250000, "measure": MKT, "deadline": 2028}, D, "projected", S5, True)
S6 = "Le cabinet estime la part de marché de Lanyue à 14 %, ce qui en ferait le troisième acteur du secteur."
F(d, "metric", {"subject": L, "value": 14, "unit": "%", "measure": ["part de marché", "market share", "part", "share", "marché", "market"]}, D, "reported", S6)
F(d, "metric", {"subject": L, "value": 3, "measure": ["acteur", "rang", "rank", "player", "troisième", "third", "position"]}, D, "reported", S6, True)
S7 = "Pour financer cette montée en cadence, Lanyue a bouclé en août une levée de fonds de série B de 1,8 milliard de yuans (environ 225 millions d'euros), menée par le fonds Jade River Capital, avec la participation du fonds provincial Anhui Xinchuang."
F(d, "funding", {"subject": "Jade River Capital", "amount": money(1800000000, "CNY"), "recipient": L, "purpose": SERIESB}, "2026-08", "asserted", S7)
F(d, "funding", {"subject": "Jade River Capital", "amount": money(225000000, "EUR"), "recipient": L, "purpose": SERIESB}, "2026-08", "asserted", S7, True)
F(d, "funding", {"subject": L, "amount": money(1800000000, "CNY"), "purpose": SERIESB}, "2026-08", "asserted", S7, True)
F(d, "funding", {"subject": "Anhui Xinchuang", "amount": money(1800000000, "CNY"), "recipient": L, "purpose": SERIESB}, "2026-08", "asserted", S7, True)
Q1 = "Nous avons prouvé que la technologie fonctionne. Le défi, désormais, c'est de sortir un fourgon de la chaîne toutes les quatre minutes"
F(d, "quote", {"speaker": "Qiao Lingfeng", "role": "fondateur et directeur général de Lanyue", "text": Q1}, D, "asserted", Q1)
F(d, "role", {"person": "Qiao Lingfeng", "title": CEO + FOUNDER, "org": L}, D, "asserted", "le fondateur et directeur général, Qiao Lingfeng")
S8 = "Il vise 60 000 véhicules livrés par an d'ici à 2028 et une première implantation hors de Chine, au Moyen-Orient, l'an prochain."
F(d, "target", {"subject": L, "value": 60000, "measure": DELIV + ["par an", "per year"], "deadline": 2028, "source": "Qiao Lingfeng"}, D, "projected", S8)
F(d, "target", {"subject": "Qiao Lingfeng", "value": 60000, "measure": DELIV + ["par an", "per year"], "deadline": 2028}, D, "projected", S8, True)
F(d, "target", {"subject": L, "value": None, "measure": ["implantation", "expansion", "international", "Moyen-Orient", "Middle East", "hors de Chine", "abroad", "overseas", "étranger"], "deadline": 2027}, D, "projected", S8)
S9 = "L'usine s'inscrit dans un accord de coopération signé avec JD Logistics, la filiale logistique du groupe de commerce en ligne JD.com, qui s'est engagée à acheter 10 000 fourgons L5 sur trois ans et à partager ses données de tournées."
F(d, "agreement", {"parties": [L, "JD Logistics"], "topic": ["accord de coopération", "coopération", "cooperation", "accord", "agreement", "partenariat", "partnership", "fourgons", "vans", "acheter", "purchase", "données", "data"]}, D, "asserted", S9)
F(d, "target", {"subject": "JD Logistics", "value": 10000, "measure": ["acheter", "achat", "buy", "purchase", "fourgons", "vans", "commande", "order", "L5"], "deadline": 2029}, D, "projected", S9)
F(d, "target", {"subject": L, "value": 10000, "measure": ["acheter", "achat", "buy", "purchase", "fourgons", "vans", "commande", "order", "L5", "vendre", "sell"], "deadline": 2029}, D, "projected", S9, True)
Q2 = "JD nous apporte le volume, nous lui apportons le coût par colis le plus bas du marché"
F(d, "quote", {"speaker": "Zhou Peiwen", "role": "directrice des opérations de Lanyue", "text": Q2}, D, "asserted", Q2)
F(d, "role", {"person": "Zhou Peiwen", "title": ["directrice des opérations", "directeur des opérations", "chief operating officer", "COO", "opérations", "operations"], "org": L}, D, "asserted", "Zhou Peiwen, directrice des opérations de Lanyue")
S10 = "Selon elle, le coût d'une livraison tombe à 0,4 yuan par colis, contre 1,1 yuan avec un chauffeur."
COST = ["coût", "cost", "livraison", "delivery", "par colis", "per parcel", "colis", "parcel"]
F(d, "metric", {"subject": L, "value": 0.4, "unit": "CNY", "measure": COST}, D, "claimed", S10)
F(d, "metric", {"subject": L, "value": 1.1, "unit": "CNY", "measure": COST + ["chauffeur", "driver"]}, D, "claimed", S10, True)
S11 = "Le prix du L5 a été fixé à 68 000 yuans, batterie comprise, soit moins de la moitié de celui du modèle précédent, le L3, lancé en 2023."
F(d, "metric", {"subject": "Lanyue L5", "value": 68000, "unit": "CNY", "measure": PRICE}, D, "asserted", S11)
F(d, "metric", {"subject": L, "value": 68000, "unit": "CNY", "measure": PRICE}, D, "asserted", S11, True)
F(d, "launch", {"subject": L, "product": "L3"}, "2023", "asserted", S11, True)
S12 = "À Hefei, les autorités ont ouvert aux fourgons de Lanyue 2 800 kilomètres de voies, et Pékin doit publier d'ici à la fin de l'année un cadre national pour les véhicules de livraison sans conducteur."
F(d, "metric", {"subject": "Hefei", "value": 2800, "measure": ["kilomètres", "km", "kilometres", "voies", "roads", "routes", "ouvert", "opened", "autorisées"]}, D, "asserted", S12)
F(d, "metric", {"subject": L, "value": 2800, "measure": ["kilomètres", "km", "kilometres", "voies", "roads", "routes", "ouvert", "opened", "autorisées"]}, D, "asserted", S12, True)
F(d, "target", {"subject": "Pékin", "value": None, "measure": ["cadre", "framework", "réglementation", "regulation", "règles", "rules", "publier", "publish"], "deadline": 2026}, D, "projected", S12, True)
S13 = "L'entreprise, qui emploie 1 900 personnes, prévoit de réaliser un chiffre d'affaires de 3 milliards de yuans en 2026, soit le double de l'an dernier."
F(d, "metric", {"subject": L, "value": 1900, "measure": STAFF}, D, "asserted", S13)
F(d, "target", {"subject": L, "value": 3000000000, "unit": "CNY", "measure": REV, "deadline": 2026}, D, "projected", S13)
F(d, "metric", {"subject": L, "value": 1500000000, "unit": "CNY", "measure": REV}, "2025", "asserted", S13, True)
S14 = "Lanyue présentera le L5 au Salon international de l'automobile de Pékin, en avril prochain."
F(d, "event", {"name": "Salon international de l'automobile de Pékin", "place": "Pékin"}, "2027-04", "projected", S14)
E(d, L, "organization", ["Lanyue", "Lanyue Tech"])
E(d, "Hefei", "place", [])
E(d, "Anhui", "place", ["province de l'Anhui", "Anhui province"])
E(d, "Lanyue L5", "product", ["L5", "fourgon L5", "Lanyue L5 van"])
E(d, "Baidu", "organization", ["Baidu Inc"])
E(d, "Chine", "place", ["China"])
E(d, "Huaxin Research", "organization", ["cabinet Huaxin Research", "Huaxin"])
E(d, "Jade River Capital", "organization", ["Jade River", "fonds Jade River Capital"])
E(d, "Anhui Xinchuang", "organization", ["fonds Anhui Xinchuang", "Anhui Xinchuang Fund"])
E(d, "Qiao Lingfeng", "person", ["Qiao"])
E(d, "Moyen-Orient", "place", ["Middle East"], True)
E(d, "JD Logistics", "organization", ["JD Logistique", "Jingdong Logistics", "JD"])
E(d, "JD.com", "organization", ["Jingdong", "JD.com Inc"])
E(d, "Zhou Peiwen", "person", ["Zhou"])
E(d, "L3", "product", ["Lanyue L3"], True)
E(d, "Pékin", "place", ["Beijing", "Pekin"])
E(d, "Salon international de l'automobile de Pékin", "event", ["Salon de l'automobile de Pékin", "Auto China", "Beijing Auto Show", "Beijing International Automotive Exhibition"])
Q(d, "Quel produit Lanyue Technologies a-t-elle lancé le jour de l'inauguration de son usine ?", ["Lanyue L5", "L5"])
Q(d, "How many autonomous delivery vehicles can Lanyue's new Hefei plant assemble per year?", ["30,000", "30 000", "30000"])
Q(d, "Combien de véhicules Lanyue a-t-elle livrés depuis le début de l'année ?", ["8 600", "8,600", "8600"])
Q(d, "According to Huaxin Research, how many autonomous delivery vehicles were sold in China in 2025?", ["61,000", "61 000", "61000"])
Q(d, "Quelle part de marché le cabinet Huaxin Research attribue-t-il à Lanyue ?", ["14 %", "14%", "14"])
Q(d, "Which fund led Lanyue's Series B round?", ["Jade River Capital", "Jade River"])
Q(d, "Quel est le montant de la série B de Lanyue Technologies ?", ["1,8 milliard de yuans", "1,8 milliard", "1.8 billion", "225 millions d'euros", "225 million", "1 800 000 000"])
Q(d, "How many L5 vans has JD Logistics committed to buy?", ["10,000", "10 000", "10000"])
Q(d, "Qui est la directrice des opérations de Lanyue ?", ["Zhou Peiwen"])
Q(d, "What is the price of the Lanyue L5?", ["68,000 yuan", "68 000 yuans", "68 000", "68,000", "68000"])
