#!/usr/bin/env python3
"""French gold for blind7, written by hand, by meaning; occ is computed from anchors (gold_lib)."""
import os
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(SET))
from gold_lib import Gold  # noqa: E402

G = Gold("fr", SET)
c, mi = G.claim, G.minor
E, AL, MT, AM, LT, AP, RG, VG = ("EXACT", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN",
                                 "APPROXIMATE", "RANGE", "VAGUE")
VAGUE = [VG, AL, AP]
OFF = [E, AP]          # an official crowd figure, rounded or not
PART = [E, AL, AP]     # "dont N à Paris": a rounded part of a total
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA, PA = (
    "KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED",
    "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED")

# subjects
MANIF = ["manifestant", "personne", "participant", "protester", "demonstrator", "marcher",
         "person", "people"]
DETENU = ["interpellation", "interpelle", "personne", "arrest", "person", "people"]
GAV = ["garde a vue", "personne", "custody", "person", "people"]
POLICIER = ["policier", "gendarme", "forces de l'ordre", "police officer", "officer", "police"]
MORTS = ["mort", "personne", "victime", "person", "people", "victim", "dead"]
MIGR = ["migrant", "personne", "mort", "victime", "person", "people", "dead"]
RESC = ["personne", "rescape", "survivant", "naufrage", "person", "people", "survivor"]
DISP = ["disparu", "personne", "person", "people", "missing"]
BLESSES = ["blesse", "personne", "person", "people", "injured", "wounded"]

# sources
MI = ["ministere de l'interieur", "ministere", "interieur", "interior ministry", "fr.interior"]
CGT = ["cgt", "confederation generale du travail", "philippe martinez", "martinez", "centrale",
       "fr.cgt"]
PP = ["prefecture de police", "prefecture", "fr.prefecture"]
PREF_HG = ["prefecture de haute-garonne", "prefecture de la haute-garonne", "prefecture",
           "fr.prefecture"]
INTERSYND = ["intersyndicale", "syndicats", "cgt", "unions"]
LALLEMENT = ["didier lallement", "lallement", "prefet de police", "prefecture de police",
             "fr.prefecture"]
PC = ["protection civile", "protection civile italienne", "fabrizio curcio", "curcio",
      "it.civil_protection"]
RIETI = ["prefecture de rieti", "prefecture", "it.prefecture"]
CAP = ["capitainerie", "capitainerie du port", "capitainerie de lampedusa", "garde-cotes",
       "it.coast_guard"]
GC = ["garde-cotes", "capitainerie", "it.coast_guard"]
HCR = ["hcr", "haut-commissariat des nations unies pour les refugies", "carlotta sami", "sami",
       "unhcr", "un.unhcr"]
PARQ = ["parquet d'agrigente", "parquet", "it.prosecutor"]
COMITE = ["comite 3-octobre", "comite", "tareke brhane", "brhane"]
OIM = ["organisation internationale pour les migrations", "oim", "iom", "un.iom"]

# places
PARIS = ["paris", "capitale"]
TLS = ["toulouse", "haute-garonne"]
MRS = ["marseille"]
QUAKE = ["amatrice", "italie", "italy", "centre de l'italie", "apennins", "rieti"]
AMA = ["amatrice"]
ACC = ["accumoli"]
LAMP = ["lampedusa", "ile des lapins"]

# --- 001 live blog, 5 December 2019, newest entry first, NBSP grouping ---
d = "001_greve_5decembre_direct.txt"
c(d, "806¤000", "806¤000 manifestants selon l'Intérieur", 806000, OFF, [PA], MANIF, MI, None,
  key="f1_mi806t", note="headline: the ministry named")
c(d, "1,5 million", "1,5 million selon la CGT", 1500000, OFF, [PA], MANIF, CGT, None,
  key="f1_cgt15t", note="headline: the CGT named")
mi(d, "348", "348 commentaires", "comment counter")
c(d, "806¤000", "recense 806¤000 manifestants", 806000, OFF, [PA], MANIF, MI, None,
  key="f1_mi806", note="the ministry's national count of the day")
c(d, "65¤000", "dont 65¤000 à Paris", 65000, PART, [PA], MANIF, MI, PARIS, key="f1_mi65",
  note="Paris, part of the national 806 000")
c(d, "1,5 million", "« 1,5 million »", 1500000, OFF, [PA], MANIF, CGT, None, key="f1_cgt15")
c(d, "250¤000", "dont 250¤000 dans la capitale", 250000, PART, [PA], MANIF, CGT, PARIS,
  key="f1_cgt250")
c(d, "71", "19h40 – 71 interpellations", 71, [E], [DT], DETENU, PP, PARIS,
  note="entry heading; the entry names the préfecture de police")
c(d, "71", "annonce 71 interpellations", 71, [E], [DT], DETENU, PP, PARIS, key="f1_pp71")
c(d, "38", "contre 38 en milieu", 38, [E], [DT], DETENU, PP, PARIS, key="f1_pp38b",
  note="the earlier count restated in the same sentence")
c(d, "11¤500", "11¤500 contrôles", 11500, OFF, [OT], ["controle", "check"], PP, PARIS)
c(d, "Quelques centaines", "Quelques centaines de personnes vêtues", 300, VAGUE, [PA, OT],
  ["personne", "person", "people"], [], PARIS + ["place de la nation", "boulevard voltaire"],
  vmin=200, note="black-clad group inside the march; no speaker")
c(d, "un bon millier", "« un bon millier de casseurs »", 1000, [AP, AL, MT], [PA, OT],
  ["casseur", "personne", "rioter", "person", "people"], ["alliance", "syndicat alliance",
  "syndicat", "fr.alliance"], PARIS, unv=True,
  note="conditional 'se seraient glissés', and 'que la préfecture n'a pas confirmé'")
c(d, "Deux", "Deux policiers ont été légèrement", 2, [E], [W], POLICIER, PP, PARIS,
  key="f1_pol2")
c(d, "38", "fait état de 38 interpellations", 38, [E], [DT], DETENU, PP, PARIS, key="f1_pp38",
  note="17h05 count, raised to 71 at 19h40")
c(d, "26¤000", "compté 26¤000 manifestants", 26000, OFF, [PA], MANIF, PREF_HG, TLS,
  key="f1_tls26", note="early-afternoon count")
c(d, "100¤000", "en annonce 100¤000", 100000, OFF, [PA], MANIF, INTERSYND, TLS, key="f1_tls100")
c(d, "15¤000", "en dénombre 15¤000", 15000, OFF, [PA], MANIF, ["police", "fr.police"], MRS,
  key="f1_mrs15")
c(d, "150¤000", "les syndicats 150¤000", 150000, OFF, [PA], MANIF, ["syndicats", "unions"], MRS,
  key="f1_mrs150")
c(d, "20¤000", "ils étaient 20¤000", 20000, OFF, [PA], MANIF,
  ["prefecture du rhone", "prefecture", "fr.prefecture"], ["lyon", "rhone"], key="f1_lyon20")
c(d, "8¤000", "environ 8¤000 personnes", 8000, [AP], [PA], MANIF,
  ["prefecture", "fr.prefecture"], ["rennes"], key="f1_ren8")
c(d, "285¤000", "compte 285¤000 manifestants", 285000, OFF, [PA], MANIF, MI,
  None, key="f1_mi285", note="regions outside Paris, at midday: a part, and earlier in the day")
c(d, "250", "quelque 250 cortèges", 250, [AP], [OT], ["cortege", "rassemblement", "march",
  "rally"], MI, None)
mi(d, "Neuf TGV sur dix", "Neuf TGV sur dix", "ratio")
mi(d, "11", "11 des 16 lignes", "incidental count (metro lines closed)")
mi(d, "16", "11 des 16 lignes", "incidental count (metro lines)")
c(d, "2,3 millions", "à 2,3 millions le nombre", 2300000, [E, AP], [AF],
  ["voyageur", "passenger", "person", "people"], ["ratp", "regie", "fr.ratp"], PARIS,
  note="passengers deprived of the metro")
mi(d, "55,6¤%", "55,6¤% de grévistes", "percentage")
mi(d, "51,15¤%", "51,15¤% de grévistes", "percentage")
mi(d, "70¤%", "en revendique 70¤%", "percentage")
c(d, "6¤000", "9h30 – 6¤000 policiers", 6000, OFF, [DE], POLICIER, LALLEMENT, PARIS,
  note="entry heading; the entry names the préfet de police")
c(d, "6¤000", "a mobilisé 6¤000 policiers", 6000, OFF, [DE], POLICIER, LALLEMENT, PARIS,
  key="f1_dep6")

# --- 002 regional paper, Toulouse, "Publié le 05/12/2019", plain spaces ---
d = "002_greve_toulouse_occitanie.txt"
mi(d, "trois heures", "près de trois heures", "duration")
c(d, "33 000", "son comptage à 33 000 manifestants", 33000, OFF, [PA], MANIF, PREF_HG, TLS,
  key="f2_tls33", note="final count of the day")
c(d, "26 000", "annoncé 26 000 en début", 26000, OFF, [PA], MANIF, PREF_HG, TLS, key="f2_tls26",
  note="the earlier count restated")
c(d, "100 000", "son chiffre de 100 000 personnes", 100000, OFF, [PA], MANIF, INTERSYND, TLS,
  key="f2_tls100")
c(d, "15 000", "compté 15 000 manifestants", 15000, OFF, [PA], MANIF,
  ["prefecture de l'herault", "prefecture", "fr.prefecture"], ["montpellier", "herault"],
  key="f2_mtp15")
c(d, "40 000", "près de 40 000", 40000, [AP, AM], [PA], MANIF, ["syndicats", "unions"],
  ["montpellier", "herault"], key="f2_mtp40")
c(d, "6 500", "ils étaient 6 500", 6500, OFF, [PA], MANIF, ["police", "fr.police"],
  ["perpignan"], key="f2_ppg")
c(d, "quelques milliers", "quelques milliers de personnes", 3000, VAGUE, [PA], MANIF, [],
  ["albi", "tarbes"], vmin=2000, note="in each of two towns")
c(d, "quelques dizaines", "quelques dizaines de jeunes", 30, VAGUE, [PA, OT],
  ["jeune", "personne", "young people", "person", "people"], [], TLS + ["place esquirol"],
  vmin=20)
c(d, "12", "procédé à 12 interpellations", 12, [E], [DT], DETENU,
  ["parquet de toulouse", "parquet", "police", "fr.prosecutor"], TLS, key="f2_dt12")
c(d, "9", "que 9 personnes étaient encore", 9, [E], [DT], GAV,
  ["parquet de toulouse", "parquet", "fr.prosecutor"], TLS, key="f2_gav9",
  note="still in custody, part of the 12")
c(d, "Trois", "Trois policiers ont été", 3, [E], [W], POLICIER, PREF_HG, TLS, key="f2_pol3")
mi(d, "moitié", "du métro à moitié", "fraction")
mi(d, "un TER sur cinq", "un TER sur cinq", "ratio")
mi(d, "62 %", "62 % d'enseignants", "percentage")
c(d, "806 000", "recensé 806 000 manifestants", 806000, OFF, [PA], MANIF, MI, None,
  key="f2_mi806")
c(d, "1,5 million", "la CGT 1,5 million", 1500000, OFF, [PA], MANIF, CGT, None, key="f2_cgt15")
c(d, "400", "environ 400 agents", 400, [AP], [PA], ["agent", "cheminot", "railway worker",
  "person", "people"], [], TLS + ["gare matabiau"], note="a strikers' general assembly")
mi(d, "47", "Nadia, 47 ans", "age")
mi(d, "une quinzaine", "une quinzaine de collègues", "incidental count")
mi(d, "41", "41 commentaires", "comment counter")

# --- 003 weekly review, "samedi 14 décembre 2019", U+202F grouping ---
d = "003_retraites_semaine_revue.txt"
mi(d, "dix jours", "dix jours de grève", "duration")
mi(d, "deux journées", "deux journées dans la rue", "incidental count")
c(d, "806¦000", "ce jour-là 806¦000", 806000, OFF, [PA], MANIF, MI, None, key="f3_mi806",
  note="5 December, recalled")
c(d, "1,5 million", "la CGT 1,5 million", 1500000, OFF, [PA], MANIF, CGT, None, key="f3_cgt15")
mi(d, "un à deux", "un écart de un à deux", "ratio (not a range)")
c(d, "65¦000", "compté 65¦000 personnes", 65000, OFF, [PA], MANIF, PP, PARIS, key="f3_pp65",
  note="5 December in Paris")
c(d, "250¦000", "la CGT 250¦000", 250000, OFF, [PA], MANIF, CGT, PARIS, key="f3_cgt250")
c(d, "52¦000", "parisien : 52¦000 personnes", 52000, OFF, [PA], MANIF,
  ["cabinet occurrence", "occurrence", "cabinet", "son president"], PARIS + ["boulevard voltaire"],
  key="f3_occ52", note="independent count for a media collective, published on Monday")
c(d, "90", "du 5 : 90 interpellations", 90, [E], [DT], DETENU, PP, PARIS, key="f3_pp90",
  note="final figure for 5 December")
c(d, "71", "et non 71 comme", 71, [E], [DT], DETENU, PP, PARIS, key="f3_pp71old",
  note="the evening figure it replaces")
c(d, "71", "dont 71 suivies", 71, [E, AL], [DT], GAV, PP, PARIS, key="f3_gav71",
  note="custody, part of the 90: same number as the old arrest count, another thing")
c(d, "339¦000", "compté 339¦000 manifestants", 339000, OFF, [PA], MANIF, MI, None,
  key="f3_mi339", note="Tuesday 10 December")
c(d, "31¦000", "dont 31¦000 à Paris", 31000, PART, [PA], MANIF, MI, PARIS, key="f3_mi31")
c(d, "885¦000", "revendiqué 885¦000", 885000, OFF, [PA], MANIF, CGT, None, key="f3_cgt885")
c(d, "180¦000", "dont 180¦000 dans la capitale", 180000, PART, [PA], MANIF, CGT, PARIS,
  key="f3_cgt180")
c(d, "8¦000", "compté 8¦000 personnes", 8000, OFF, [PA], MANIF, ["police", "fr.police"], MRS,
  key="f3_mrs8", note="Marseille, 10 December")
c(d, "120¦000", "contre 120¦000 selon", 120000, OFF, [PA], MANIF, ["syndicats", "unions"], MRS,
  key="f3_mrs120")
mi(d, "64", "à 64 ans", "age (pivot age)")
mi(d, "8", "encore 8 lignes", "incidental count (metro lines closed)")
mi(d, "16", "fermées sur 16", "incidental count (metro lines)")
mi(d, "un TGV sur quatre", "un TGV sur quatre", "ratio")
mi(d, "3 millions", "3 millions d'euros", "money")
c(d, "2¦000", "quelque 2¦000 gilets jaunes", 2000, [AP], [PA],
  ["gilet jaune", "gilet", "manifestant", "person", "people"], PP, PARIS, key="f3_gj2")
c(d, "4¦500", "en comptait 4¦500", 4500, OFF, [PA], ["gilet jaune", "gilet", "manifestant",
  "person", "people"], MI, None, key="f3_gj45", note="gilets jaunes nationwide, Saturday")

# --- 004 wire, date line 2016-08-24, plain spaces ---
d = "004_seisme_amatrice.txt"
c(d, "120", "au moins 120 morts, Amatrice", 120, [AL], [K], MORTS, [], QUAKE,
  note="headline, no speaker")
c(d, "120", "d'au moins 120 morts", 120, [AL], [K], MORTS, PC, QUAKE, key="f4_pc120")
c(d, "38", "contre 38 en fin", 38, [E, AL], [K], MORTS, PC, QUAKE, key="f4_pc38")
c(d, "73", "73 en milieu", 73, [E, AL], [K], MORTS, PC, QUAKE, key="f4_pc73")
mi(d, "6,0", "magnitude 6,0", "magnitude")
mi(d, "une dizaine de kilomètres", "une dizaine de kilomètres", "depth")
mi(d, "150 kilomètres", "150 kilomètres", "distance")
mi(d, "2 600", "2 600 habitants", "population")
mi(d, "La moitié", "« La moitié du village", "fraction")
c(d, "35", "au moins 35 corps", 35, [AL], [K], ["corps", "mort", "body", "person", "people"],
  RIETI, AMA, key="f4_rieti35", note="Amatrice alone, part of the toll")
c(d, "une dizaine", "une dizaine à Accumoli", 10, [AP, AL], [K], ["corps", "mort", "body", "person",
  "people"], RIETI, ACC, key="f4_acc10")
c(d, "368", "368 blessés", 368, [E], [W], BLESSES, PC, QUAKE, key="f4_pc368")
c(d, "des centaines", "« des centaines » de personnes", 200, VAGUE, [MS], DISP,
  ["croix-rouge italienne", "croix-rouge", "red cross", "it.red_cross"], QUAKE, vmin=100,
  key="f4_cri", note="people still searched for")
c(d, "309", "309 morts en avril", 309, [E], [K], MORTS, [], ["l'aquila", "aquila"],
  key="f4_aquila", note="2009 earthquake, another event")
c(d, "4 300", "Quelque 4 300 secouristes", 4300, [AP], [DE, OT],
  ["secouriste", "pompier", "militaire", "rescuer", "personnel"], ["gouvernement",
  "it.government"], QUAKE, key="f4_dep")
c(d, "215", "extrait 215 personnes vivantes", 215, [E], [OT], ["personne", "person", "people"],
  ["pompiers", "it.firefighters"], QUAKE, key="f4_resc215", note="pulled alive on Wednesday")
mi(d, "10", "fillette de 10 ans", "age")
mi(d, "17 heures", "après 17 heures sous", "duration")
c(d, "1 200", "Quelque 1 200 personnes", 1200, [AP], [DP], ["personne", "person", "people"],
  ["protection civile", "it.civil_protection"] + [], QUAKE, key="f4_tent",
  note="to sleep in Civil Protection tents")

# --- 005 web article, "Publié le 27/08/2016", plain spaces ---
d = "005_amatrice_bilan_deuil.txt"
c(d, "290", "passe à 290 morts", 290, [E], [K], MORTS, [], QUAKE, key="f5_t290",
  note="headline, no speaker")
c(d, "290", "désormais à 290 morts", 290, [E], [K], MORTS, PC, QUAKE, key="f5_pc290")
c(d, "267", "contre 267 vendredi", 267, [E], [K], MORTS, PC, QUAKE, key="f5_pc267")
c(d, "247", "et 247 jeudi", 247, [E], [K], MORTS, PC, QUAKE, key="f5_pc247")
c(d, "230", "230 personnes ont péri", 230, [E], [K], MORTS, PC, AMA, key="f5_ama230")
c(d, "11", "11 à Accumoli", 11, [E], [K], MORTS, PC, ACC, key="f5_acc11")
c(d, "49", "49 à Arquata", 49, [E], [K], MORTS, PC, ["arquata del tronto", "arquata", "marches"],
  key="f5_arq49")
c(d, "218", "annonçait 218 morts", 218, [E], [K], MORTS, RIETI, AMA, key="f5_rieti218",
  note="Friday, the prefecture's count of bodies recovered")
c(d, "207", "au même moment 207", 207, [E], [K], MORTS, PC, AMA, key="f5_pc207",
  note="Friday, the Civil Protection's count of identified dead")
c(d, "388", "à 388, contre", 388, [E], [W], BLESSES, PC, QUAKE, key="f5_pc388")
c(d, "368", "contre 368 annoncés", 368, [E], [W], BLESSES, PC, QUAKE, key="f5_pc368")
c(d, "238", "sorti 238 personnes vivantes", 238, [E], [OT], ["personne", "person", "people"],
  ["pompiers", "it.firefighters"], QUAKE, key="f5_resc238", note="since the night of the quake")
c(d, "une quinzaine", "qu'une quinzaine de clients seraient", 15, [AP], [MS],
  ["client", "personne", "guest", "person", "people"], ["secouristes", "presse locale"],
  AMA + ["hotel roma"], unv=True, key="f5_roma15",
  note="conditional, and 'un chiffre que personne n'a pu confirmer'")
c(d, "2 500", "Environ 2 500 personnes", 2500, [AP], [DP], ["personne", "person", "people"], PC,
  QUAKE, key="f5_dp2500")
mi(d, "1 000", "Plus de 1 000 répliques", "aftershocks (incidental count)")
mi(d, "4,8", "magnitude 4,8", "magnitude")
c(d, "35", "funérailles nationales de 35 victimes", 35, [E], [K, OT],
  ["victime", "victim", "person", "people"], [], ["ascoli piceno", "marches"],
  note="victims buried at the state funeral, part of the toll")
mi(d, "50 millions", "50 millions d'euros", "money")
mi(d, "quatre", "pour les quatre régions", "incidental count")
c(d, "une centaine", "« une centaine de maisons", 100, [AP], [DS, AT], ["maison", "house",
  "home"], ["stefano petrucci", "petrucci", "maire"], ACC)
mi(d, "140", "les 140 que compte", "housing stock")
mi(d, "2 personnes sur 5", "2 personnes sur 5", "ratio")

# --- 006 wire, date line 2013-10-03, plain spaces ---
d = "006_naufrage_lampedusa.txt"
c(d, "94", "au moins 94 morts", 94, [AL], [K], MIGR, [], LAMP, note="headline, no speaker")
c(d, "200", "plus de 200 disparus", 200, [MT], [MS], DISP, [], LAMP, note="headline")
c(d, "94", "Au moins 94 migrants", 94, [AL], [K], MIGR, CAP, LAMP, key="f6_cap94")
mi(d, "un kilomètre", "moins d'un kilomètre", "distance")
c(d, "151", "secouru 151 personnes", 151, [E], [OT], RESC, GC, LAMP, key="f6_resc151")
c(d, "500", "environ 500 personnes", 500, [AP], [OT], ["personne", "passager", "passenger",
  "person", "people"], ["survivants", "rescapes", "survivors"], LAMP + ["misrata"],
  key="f6_board500", note="people on board")
mi(d, "deux jours", "deux jours plus tôt", "duration")
c(d, "200", "« Plus de 200 personnes", 200, [MT], [MS], DISP, HCR, LAMP, key="f6_hcr200")
mi(d, "une vingtaine de mètres", "une vingtaine de mètres", "length")
c(d, "trois", "au moins trois enfants", 3, [AL, E], [K], ["enfant", "child", "children"], CAP,
  LAMP, key="f6_ch3", note="part of the 94")
c(d, "une quarantaine", "une quarantaine de naufragés", 40, [AP], [OT], RESC,
  ["pecheurs", "fishermen"], LAMP, key="f6_fish40", unv=None, note="rescued by fishermen")
mi(d, "250", "prévu pour 250 personnes", "capacity")
c(d, "1 000", "plus de 1 000, selon", 1000, [MT], [OT, DP], ["personne", "migrant", "person",
  "people"], ["croix-rouge italienne", "croix-rouge", "it.red_cross"], LAMP + ["centre d'accueil"],
  key="f6_cent1000", note="people housed in the reception centre")
c(d, "463", "463 migrants avaient", 463, [E], [OT], MIGR[:1] + ["personne", "person", "people"],
  [], LAMP, key="f6_other463", note="another boat, rescued the night before")
c(d, "13", "13 Érythréens", 13, [E], [K], ["erythreen", "migrant", "eritrean", "person",
  "people"], [], ["scicli", "sicile", "sicily"], key="f6_scicli13", note="Monday, another event")
c(d, "30 000", "Plus de 30 000 migrants", 30000, [MT], [OT], ["migrant", "person", "people"],
  ["ministere de l'interieur", "ministere", "it.interior"], ["italie", "italy"],
  key="f6_arr30k", note="arrivals since January")
mi(d, "trois fois", "près de trois fois plus", "ratio")

# --- 007 web article, "Publié le 08/10/2013", plain spaces ---
d = "007_lampedusa_bilan_plongeurs.txt"
c(d, "232", "ont remonté 232 corps", 232, [E], [K], ["corps", "body"] + MIGR, [], LAMP,
  note="headline, no speaker")
mi(d, "47 mètres", "47 mètres de fond", "depth")
mi(d, "800 mètres", "à 800 mètres", "distance")
c(d, "232", "passé à 232 morts", 232, [E], [K], MIGR, CAP, LAMP, key="f7_cap232")
c(d, "194", "contre 194 samedi", 194, [E], [K], MIGR, CAP, LAMP, key="f7_cap194")
c(d, "111", "il était de 111 morts", 111, [E], [K], MIGR, CAP, LAMP, key="f7_cap111",
  note="'il' is the official toll the harbour office gives")
c(d, "155", "ils sont 155", 155, [E], [OT], RESC, GC, LAMP, key="f7_surv155")
c(d, "151", "et non 151", 151, [E], [OT], RESC, GC, LAMP, key="f7_surv151")
c(d, "quatre", "quatre personnes hospitalisées", 4, [E], [W, OT], ["personne", "rescape",
  "person", "people"], GC, ["palerme", "palermo"], note="survivors in hospital, part of the 155")
c(d, "41", "figurent 41 mineurs", 41, [E, AL], [OT], ["mineur", "minor", "child", "children"],
  ["save the children"], LAMP, key="f7_min41", note="part of the survivors")
c(d, "518", "parle désormais de 518", 518, [E], [OT], ["passager", "passenger", "person",
  "people"], HCR, LAMP, key="f7_hcr518", note="people on board")
c(d, "450 à 500", "fourchette de 450 à 500", 475, [RG], [OT], ["personne", "passager",
  "passenger", "person", "people"], PARQ, LAMP, vmin=450, upper=500, key="f7_parq")
c(d, "une centaine", "plus d'une centaine de personnes", 100, [MT], [MS], DISP, HCR, LAMP,
  key="f7_hcr100")
mi(d, "deux", "Dans les deux cas", "incidental count")
mi(d, "35", "Tunisien de 35 ans", "age")
mi(d, "1 500 et 3 000", "entre 1 500 et 3 000 dollars", "money (range)")
c(d, "155", "les 155 rescapés", 155, [E], [OT], RESC, [], LAMP, key="f7_surv155b")
mi(d, "5 000", "5 000 euros", "money")
mi(d, "quelques centaines", "quelques centaines de manifestants", "expected turnout")
c(d, "31 000", "plus de 31 000 migrants", 31000, [MT], [OT], ["migrant", "person", "people"],
  ["frontex", "eu.frontex"], ["italie", "malte", "italy", "malta"], key="f7_frontex31",
  note="arrivals by sea in Italy and Malta since January")
c(d, "19 000", "au moins 19 000 migrants", 19000, [AL], [K], MIGR, ["fortress europe"], None,
  key="f7_fe19k", note="since 1988")

# --- 008 investigation a year on, no date line ("Il y a un an jour pour jour"), NBSP ---
d = "008_lampedusa_un_an_apres.txt"
c(d, "366", "un an après : 366 morts", 366, [E], [K], MIGR, [], LAMP, key="f8_t366",
  note="headline, no speaker")
mi(d, "un an", "Lampedusa, un an après", "duration (headline)")
mi(d, "un an", "Il y a un an jour", "duration")
c(d, "366", "s'élève à 366 morts", 366, [E], [K], MIGR, PARQ, LAMP, key="f8_parq366")
c(d, "une vingtaine", "qu'une vingtaine de passagers", 20, [AP], [MS],
  ["passager", "personne", "passenger", "person", "people", "missing"], GC, LAMP,
  key="f8_miss20")
c(d, "386", "parle de 386 morts", 386, [E], [K], MIGR, COMITE, LAMP, key="f8_com386",
  note="the committee adds the missing to the bodies")
c(d, "155", "Sur les 155 survivants", 155, [E], [OT], RESC, [], LAMP, key="f8_surv155")
c(d, "148", "148 ont quitté", 148, [E], [OT], ["survivant", "rescape", "survivor", "person",
  "people"], COMITE, ["italie", "italy"], key="f8_left148", note="part of the 155")
c(d, "7", "Seules 7 personnes", 7, [E], [OT], ["personne", "person", "people"], COMITE,
  ["italie", "italy"], note="asylum claims in Italy")
c(d, "21", "qu'à 21 victimes", 21, [E], [OT], ["victime", "victim", "person", "people"],
  ["police scientifique", "it.police"], LAMP, key="f8_id21", note="identified victims")
mi(d, "Huit jours", "Huit jours après", "duration")
mi(d, "deux", "Ces deux drames", "incidental count")
mi(d, "un an", "En un an, la marine", "duration")
c(d, "34", "que 34 corps", 34, [E], [K], ["corps", "body", "person", "people", "dead"],
  ["autorites maltaises", "malta", "mt.government"], ["malte", "malta", "lampedusa"],
  key="f8_mt34", note="the 11 October 2013 shipwreck")
c(d, "268", "parlé de 268 morts", 268, [E], [K], ["mort", "refugie", "person", "people",
  "dead", "refugee"], ["survivants", "survivors"], ["malte", "malta", "lampedusa"], unv=True,
  key="f8_surv268", note="'un chiffre qu'aucune enquête officielle n'a confirmé'")
c(d, "une soixantaine", "dont une soixantaine d'enfants", 60, [AP], [K], ["enfant", "child",
  "children"], ["survivants", "survivors"], ["malte", "malta", "lampedusa"], unv=True,
  note="part of the 268, same hedge")
c(d, "150¤000", "plus de 150¤000 personnes", 150000, [MT], [OT], ["personne", "migrant",
  "person", "people"], ["marine italienne", "marine", "it.navy"],
  ["mediterranee", "mediterranean"], key="f8_mn150k", note="rescued in a year of Mare Nostrum")
mi(d, "9 millions", "9 millions d'euros", "money")
mi(d, "trois fois", "trois fois moindres", "ratio")
c(d, "3¤072", "3¤072 migrants sont morts", 3072, [E], [K, MS], MIGR + ["missing"], OIM,
  ["mediterranee", "mediterranean"], key="f8_oim3072", note="dead or missing in 2014 so far")
c(d, "700", "environ 700 sur l'ensemble", 700, [AP], [K, MS], MIGR + ["missing"], OIM,
  ["mediterranee", "mediterranean"], key="f8_oim700", note="the whole of 2013")
mi(d, "36", "âgé de 36 ans", "age")

RV, CF = ["REVISION", "CONFLICT"], ["CONFLICT"]
L = "linked"
N = "not_conflict"
links = [
    # --- revisions ---
    (L, RV, "f1_pp38", "f1_pp71", "Paris arrests, préfecture: 38 (17h05) then 71 (19h40)"),
    (L, RV, "f1_pp38b", "f1_pp71", "'71 interpellations, contre 38': revision in one sentence"),
    (L, RV, "f1_tls26", "f2_tls33", "Toulouse prefecture: 26 000 early afternoon, 33 000 final"),
    (L, RV, "f2_tls26", "f2_tls33", "'33 000 … après en avoir annoncé 26 000'"),
    (L, RV, "f1_pp71", "f3_pp90", "Paris arrests on 5 Dec: 71 that evening, 90 in the final tally"),
    (L, RV, "f3_pp71old", "f3_pp90", "'90 interpellations … et non 71'"),
    (L, RV, "f4_pc38", "f4_pc120", "Civil Protection toll: 38 late morning, 120 evening"),
    (L, RV, "f4_pc73", "f4_pc120", "Civil Protection toll: 73 mid-afternoon, 120 evening"),
    (L, RV, "f4_pc120", "f5_pc247", "Civil Protection toll: 120 Wednesday, 247 Thursday"),
    (L, RV, "f4_pc120", "f5_pc290", "Civil Protection toll: 120 Wednesday, 290 Saturday"),
    (L, RV, "f5_pc247", "f5_pc290", "'290 … contre 267 vendredi et 247 jeudi'"),
    (L, RV, "f5_pc267", "f5_pc290", "'290 … contre 267 vendredi'"),
    (L, RV, "f5_pc207", "f5_ama230", "Civil Protection, Amatrice: 207 Friday, 230 Saturday"),
    (L, RV, "f4_pc368", "f5_pc388", "hospitalised wounded 368 (Wednesday) revised to 388"),
    (L, RV, "f5_pc368", "f5_pc388", "'revu, à 388, contre 368 annoncés mercredi'"),
    (L, RV, "f6_cap94", "f7_cap232", "Lampedusa toll, harbour office: 94 on 3 Oct, 232 on 8 Oct"),
    (L, RV, "f7_cap111", "f7_cap232", "Thursday night's 111 vs Tuesday's 232"),
    (L, RV, "f7_cap194", "f7_cap232", "'232 morts, contre 194 samedi soir'"),
    (L, RV, "f7_cap232", "f8_parq366", "232 (harbour office) to the final 366 (Agrigento "
     "prosecutor): the same state's official voice"),
    (L, RV, "f6_cap94", "f8_parq366", "first toll 94, final 366"),
    (L, RV, "f6_resc151", "f7_surv155", "survivors, coast guard: 151 corrected to 155"),
    (L, RV, "f7_surv151", "f7_surv155", "'ils sont 155, et non 151'"),
    (L, RV, "f6_hcr200", "f7_hcr100", "UNHCR's missing: more than 200 on day one, more than a "
     "hundred five days later as bodies were recovered"),
    # --- conflicts between sources ---
    (L, CF, "f1_mi806t", "f1_cgt15t", "headline: ministry vs CGT, national"),
    (L, CF, "f1_mi806", "f1_cgt15", "5 Dec national: ministry 806 000 vs CGT 1.5 million"),
    (L, CF, "f1_mi65", "f1_cgt250", "5 Dec Paris: ministry 65 000 vs CGT 250 000"),
    (L, CF, "f1_tls26", "f1_tls100", "Toulouse: prefecture vs unions"),
    (L, CF, "f2_tls33", "f2_tls100", "Toulouse: prefecture final vs unions"),
    (L, CF, "f1_mrs15", "f1_mrs150", "Marseille 5 Dec: police vs unions"),
    (L, CF, "f2_mtp15", "f2_mtp40", "Montpellier: prefecture vs unions"),
    (L, CF, "f2_mi806", "f2_cgt15", "national figures restated in the regional paper"),
    (L, CF, "f3_mi806", "f3_cgt15", "5 Dec national, recalled in the weekly review"),
    (L, CF, "f1_mi806", "f2_cgt15", "same day, across articles"),
    (L, CF, "f3_pp65", "f3_cgt250", "5 Dec Paris, recalled"),
    (L, CF, "f3_occ52", "f3_pp65", "Paris 5 Dec: independent count 52 000 vs police 65 000"),
    (L, CF, "f3_occ52", "f3_cgt250", "Paris 5 Dec: independent count vs CGT"),
    (L, CF, "f1_mi65", "f3_occ52", "Paris 5 Dec across articles: police vs Occurrence"),
    (L, CF, "f3_mi339", "f3_cgt885", "10 Dec national: ministry vs CGT"),
    (L, CF, "f3_mi31", "f3_cgt180", "10 Dec Paris: ministry vs CGT"),
    (L, CF, "f3_mrs8", "f3_mrs120", "10 Dec Marseille: police vs unions"),
    (L, CF, "f5_rieti218", "f5_pc207", "Amatrice dead on Friday: prefecture vs Civil Protection"),
    (L, CF, "f7_hcr518", "f7_parq", "people on board: UNHCR 518 vs prosecutor 450-500"),
    (L, CF, "f8_parq366", "f8_com386", "final toll: prosecutor 366 vs the survivors' committee "
     "386 (which counts the missing)"),
    (L, CF, "f8_mt34", "f8_surv268", "11 Oct shipwreck: Maltese 34 bodies vs survivors' 268"),
    # --- must not conflict ---
    (N, None, "f1_mi806", "f1_mi65", "national total vs its Paris part"),
    (N, None, "f1_cgt15", "f1_cgt250", "CGT national vs its Paris part"),
    (N, None, "f1_mi285", "f1_mi806", "regions outside Paris at midday vs the day's national count"),
    (N, None, "f1_mrs15", "f1_lyon20", "two cities"),
    (N, None, "f1_tls100", "f1_mrs150", "unions in two cities"),
    (N, None, "f1_pol2", "f2_pol3", "police wounded in Paris vs in Toulouse"),
    (N, None, "f1_pp71", "f2_dt12", "arrests in Paris vs Toulouse"),
    (N, None, "f2_dt12", "f2_gav9", "arrests vs those still in custody"),
    (N, None, "f2_tls33", "f2_mi806", "a city vs the national count"),
    (N, None, "f3_pp90", "f3_gav71", "arrests vs custody (part)"),
    (N, None, "f3_pp71old", "f3_gav71", "same number, different things: the old arrest count and "
     "the custody count"),
    (N, None, "f3_mi806", "f3_mi339", "ministry on 5 Dec vs 10 Dec"),
    (N, None, "f3_cgt15", "f3_cgt885", "CGT on 5 Dec vs 10 Dec"),
    (N, None, "f3_pp65", "f3_mi31", "Paris on 5 Dec vs 10 Dec"),
    (N, None, "f1_mrs15", "f3_mrs8", "Marseille on 5 Dec vs 10 Dec"),
    (N, None, "f3_gj2", "f3_gj45", "gilets jaunes in Paris vs nationwide"),
    (N, None, "f3_gj45", "f3_mi339", "another movement, another day"),
    (N, None, "f1_dep6", "f1_mi65", "police deployed vs marchers"),
    (N, None, "f4_rieti35", "f4_pc120", "Amatrice bodies (part) vs the whole toll"),
    (N, None, "f4_acc10", "f5_acc11", "Accumoli: about ten then 11"),
    (N, None, "f5_ama230", "f5_pc290", "Amatrice, part of the toll"),
    (N, None, "f5_arq49", "f5_pc290", "Arquata, part of the toll"),
    (N, None, "f4_aquila", "f4_pc120", "L'Aquila 2009, another event"),
    (N, None, "f4_pc368", "f4_pc120", "wounded vs killed"),
    (N, None, "f4_cri", "f4_pc120", "searched for vs killed"),
    (N, None, "f5_roma15", "f5_pc290", "missing at one hotel vs the toll"),
    (N, None, "f4_tent", "f5_dp2500", "tents on Wednesday vs tents or gyms on Friday"),
    (N, None, "f4_resc215", "f4_pc120", "rescued alive vs killed"),
    (N, None, "f6_ch3", "f6_cap94", "children, part of the dead"),
    (N, None, "f6_scicli13", "f6_cap94", "Scicli on Monday, another shipwreck"),
    (N, None, "f6_other463", "f6_resc151", "another boat's rescued"),
    (N, None, "f6_arr30k", "f7_frontex31", "Italy (ministry) vs Italy and Malta (Frontex)"),
    (N, None, "f6_hcr200", "f6_cap94", "missing vs dead"),
    (N, None, "f6_fish40", "f6_resc151", "rescued by fishermen, part of all rescued"),
    (N, None, "f7_min41", "f7_surv155", "minors among the survivors"),
    (N, None, "f7_fe19k", "f7_cap232", "since 1988 vs this shipwreck"),
    (N, None, "f8_mt34", "f8_parq366", "the 11 October shipwreck vs the 3 October one"),
    (N, None, "f8_surv268", "f8_parq366", "another shipwreck"),
    (N, None, "f8_oim3072", "f8_parq366", "the Mediterranean in 2014 vs one shipwreck"),
    (N, None, "f8_oim700", "f8_parq366", "2013's Mediterranean total contains the 366"),
    (N, None, "f8_left148", "f8_surv155", "survivors who left Italy, part of all"),
    (N, None, "f8_id21", "f8_parq366", "identified victims, part of the dead"),
    (N, None, "f8_miss20", "f8_parq366", "never found vs bodies recovered"),
    (N, None, "f8_mn150k", "f7_frontex31", "rescued in a year vs arrivals in 2013"),
    (N, None, "f8_t366", "f8_parq366", "headline and body agree"),
]
G.write(links)
