#!/usr/bin/env python3
"""French gold for blind5 (written by hand, by meaning; occ computed from anchors)."""
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
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA, PA = (
    "KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED",
    "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED")

PERS = ["personne", "person", "people"]
MANIF = ["manifestant", "personne", "participant", "protester", "demonstrator", "marcher",
         "person", "people"]
MORTS = ["mort", "personne", "victime", "person", "people", "victim"]
BLESSES = ["blesse", "personne", "person", "people", "injured"]
POLICIER = ["policier", "gendarme", "agent", "police officer", "officer", "police"]
CIVIL = ["civil", "civilian", "person", "people"]
SOLDAT = ["soldat", "militaire", "soldier", "serviceman", "troop"]
ENFANT = ["enfant", "child"]
DETENU = ["interpellation", "interpelle", "personne", "arrest", "person", "people"]

MI = ["ministere de l'interieur", "ministere", "interieur", "interior ministry", "fr.interior"]
CGT = ["cgt", "philippe martinez", "martinez", "secretaire general", "fr.cgt"]
PP = ["prefecture de police", "prefecture", "police", "fr.prefecture"]
PREF = ["prefecture", "prefet", "fr.prefecture"]
POLICE = ["police", "forces de l'ordre", "fr.police"]
SYND = ["syndicats", "syndicat", "intersyndicale", "organisateurs", "unions", "organisers"]
DARM = ["gerald darmanin", "darmanin", "ministre de l'interieur", "ministre", "interior minister",
        "ministere de l'interieur", "fr.interior"]

PARIS = ["paris", "capitale"]
NANTES = ["nantes"]
MARIUPOL = ["marioupol", "mariupol", "theatre dramatique", "theatre"]
ITAEWON = ["itaewon", "seoul"]
HERAT = ["herat", "zindajan", "zenda jan"]

# --- 001 live blog, 7 March 2023, newest entry first ---
d = "001_retraites_direct_7mars.txt"
for i in (0, 1):
    c(d, "1,28 million", "Retraites : 1,28 million de manifestants selon", 1280000, [E, AP], [PA],
      MANIF, MI, None, ai=i, note="title (twice): national count, ministry named in the title")
    c(d, "3,5 millions", "3,5 millions selon la CGT", 3500000, [E, AP], [PA], MANIF, CGT, None,
      ai=i)
c(d, "1,28 million", "officiel : 1,28 million", 1280000, [E, AP], [PA], MANIF, MI, None,
  note="entry heading; the entry names the ministry")
c(d, "1,28 million", "recensé 1,28 million de manifestants", 1280000, [E, AP], [PA], MANIF, MI,
  None, key="f1_mi128")
c(d, "81¤000", "dont 81¤000 à Paris", 81000, [E, AL], [PA], MANIF, MI, PARIS, key="f1_mi81",
  note="part of the national count")
c(d, "3,5 millions", "revendiqué 3,5 millions de personnes", 3500000, [E, AP], [PA], MANIF, CGT,
  None, key="f1_cgt35")
c(d, "2,8 millions", "annoncé 2,8 millions de participants", 2800000, [E, AP], [PA], MANIF, CGT,
  None, key="f1_cgt28", note="the CGT's figure for 31 January")
c(d, "700¤000", "annonce 700¤000 manifestants", 700000, [E, AP], [PA], MANIF, CGT, PARIS,
  key="f1_cgt700")
c(d, "81¤000", "police 81¤000", 81000, [E], [PA], MANIF, PP, PARIS, key="f1_pp81")
c(d, "42¤000", "côté 42¤000 personnes", 42000, [E, AP], [PA], MANIF,
  ["cabinet occurrence", "occurrence", "collectif de medias"], PARIS + ["boulevard voltaire"],
  key="f1_occ42")
c(d, "22", "état de 22 interpellations", 22, [E], [DT], DETENU, PP, PARIS)
c(d, "Trois", "Trois policiers", 3, [E], [W], POLICIER, PP, PARIS,
  note="'selon la même source': the préfecture de police")
c(d, "245¤000", "revendique 245¤000", 245000, [E, AP], [PA], MANIF, CGT, ["marseille"],
  key="f1_mar245")
c(d, "30¤000", "compté 30¤000", 30000, [E, AP], [PA], MANIF, POLICE, ["marseille"],
  key="f1_mar30")
c(d, "37¤000", "annonce 37¤000 personnes", 37000, [E, AP], [PA], MANIF, PREF, ["toulouse"],
  key="f1_tou37")
c(d, "120¤000", "syndicats 120¤000", 120000, [E, AP], [PA], MANIF, SYND, ["toulouse"],
  key="f1_tou120")
c(d, "32¤000", "ils étaient 32¤000", 32000, [E, AP], [PA], MANIF, PREF, NANTES, key="f1_nan32")
mi(d, "20¤%", "que 20¤% des TGV", "percentage")
mi(d, "32,7¤%", "recense 32,7¤% de grévistes", "percentage (strike rate)")
mi(d, "60¤%", "porte à 60¤%", "percentage (strike rate)")
c(d, "sept", "dans sept raffineries sur huit", 7, [E], [OT, AF], ["raffinerie", "refinery"],
  ["cgt-petrole", "cgt"], None, note="refineries whose shipments are blocked")
mi(d, "huit", "raffineries sur huit", "the whole (refineries in the country)")
mi(d, "40¤000", "au moins 40¤000 personnes", "hoped-for turnout, not a count")
mi(d, "62", "de 62 à 64 ans", "age")
mi(d, "64", "de 62 à 64 ans", "age")
c(d, "260", "Plus de 260 rassemblements", 260, [MT], [OT], ["rassemblement", "rally", "gathering"],
  ["intersyndicale", "syndicats", "unions"], None, note="planned rallies")
mi(d, "348", "348 commentaires", "comment counter")

# --- 002 regional paper, Nantes, 7 March 2023 (date in the text only) ---
d = "002_nantes_cortege_record.txt"
PREF44 = ["prefecture de loire-atlantique", "prefecture", "prefet", "fr.prefecture"]
c(d, "32 000", "record : 32 000 manifestants", 32000, [E, AP], [PA], MANIF, PREF44, NANTES)
c(d, "75 000", "75 000 selon les syndicats", 75000, [E, AP], [PA], MANIF, SYND, NANTES)
c(d, "32 000", "compté 32 000 manifestants", 32000, [E, AP], [PA], MANIF, PREF44, NANTES,
  key="f2_nan32")
c(d, "75 000", "l'intersyndicale 75 000", 75000, [E, AP], [PA], MANIF, SYND, NANTES,
  key="f2_nan75")
c(d, "28 000", "ils étaient 28 000", 28000, [E, AP], [PA], MANIF, POLICE, NANTES,
  key="f2_nan28", note="31 January")
c(d, "65 000", "65 000 selon les organisateurs", 65000, [E, AP], [PA], MANIF, SYND, NANTES,
  key="f2_nan65", note="31 January")
mi(d, "trois", "près de trois kilomètres", "distance")
mi(d, "58", "58 ans", "age")
mi(d, "64", "« 64 ans", "age on a placard")
c(d, "13", "procédé à 13 interpellations", 13, [E], [DT], DETENU, POLICE, NANTES)
c(d, "sept", "sept policiers ont été légèrement", 7, [E], [W], POLICIER, PREF44, NANTES)
c(d, "10 500", "rassemblé 10 500 personnes", 10500, [E, AP], [PA], MANIF, POLICE,
  ["saint-nazaire"], key="f2_sn105")
c(d, "30 000", "30 000 selon les syndicats", 30000, [E, AP], [PA], MANIF, SYND, ["saint-nazaire"],
  key="f2_sn30")
c(d, "12 000", "revendique 12 000 manifestants", 12000, [E, AP], [PA], MANIF, SYND,
  ["la roche-sur-yon", "vendee"])
c(d, "22 000", "réuni 22 000 personnes", 22000, [E, AP], [PA], MANIF,
  ["prefecture d'ille-et-vilaine", "prefecture", "fr.prefecture"], ["rennes"], key="f2_ren22")
mi(d, "double", "et le double selon", "ratio restated by the next figure")
c(d, "45 000", "revendiquent 45 000", 45000, [E, AP], [PA], MANIF, SYND, ["rennes"],
  key="f2_ren45")
c(d, "1,28 million", "recensé dans la soirée 1,28 million", 1280000, [E, AP], [PA], MANIF, MI,
  None, key="f2_mi128")
c(d, "81 000", "dont 81 000 à Paris", 81000, [E, AL], [PA], MANIF, MI, PARIS)
c(d, "3,5 millions", "revendique 3,5 millions", 3500000, [E, AP], [PA], MANIF, CGT, None)
mi(d, "45 %", "45 % des enseignants", "percentage")
mi(d, "300", "300 tonnes", "weight, in a related-article link")

# --- 003 weekly review, published Sunday 12 March 2023 (date in the text only) ---
d = "003_retraites_semaine_revue.txt"
mi(d, "trois", "trois journées de mobilisation", "incidental count (title)", ai=0)
mi(d, "trois", "trois journées de mobilisation", "incidental count (repeated title)", ai=1)
mi(d, "5", "Lecture : 5 min", "reading time")
c(d, "1,28 million", "compté 1,28 million", 1280000, [E, AP], [PA], MANIF, MI, None,
  key="f3_mi128", note="Tuesday 7 March, named as 'mardi'")
c(d, "81¦000", "dont 81¦000 à Paris", 81000, [E, AL], [PA], MANIF, MI, PARIS, key="f3_mi81")
c(d, "3,5 millions", "revendiqué 3,5 millions", 3500000, [E, AP], [PA], MANIF, CGT, None,
  key="f3_cgt35")
c(d, "700¦000", "dont 700¦000 dans la capitale", 700000, [E, AL], [PA], MANIF, CGT, PARIS)
c(d, "1,27 million", "avec 1,27 million", 1270000, [E, AP], [PA], MANIF, MI, None,
  note="31 January")
mi(d, "5¦600", "5¦600 tonnes", "weight")
c(d, "plusieurs milliers", "plusieurs milliers de personnes", 3000, VAGUE, [PA], MANIF, [], PARIS,
  vmin=2000, note="8 March")
c(d, "500¦000", "revendiqué 500¦000 lycéens", 500000, [E, AP], [PA],
  ["lyceen", "etudiant", "student", "person", "people"],
  ["organisations de jeunesse", "organisations", "youth organisations"], None, key="f3_jeun500",
  note="9 March ('le lendemain')")
c(d, "37¦000", "compté que 37¦000", 37000, [E], [PA],
  ["lyceen", "etudiant", "student", "person", "people"], MI, None, key="f3_mi37")
c(d, "368¦000", "368¦000 manifestants selon", 368000, [E, AP], [PA], MANIF, MI, None,
  key="f3_mi368", note="Saturday 11 March")
c(d, "48¦000", "dont 48¦000 à Paris", 48000, [E, AL], [PA], MANIF, MI, PARIS, key="f3_mi48")
c(d, "un million", "plus d'un million", 1000000, [MT], [PA], MANIF, CGT, None, key="f3_cgt1m")
mi(d, "trois", "trois fois moins", "ratio")
mi(d, "195", "195 voix", "vote count")
mi(d, "112", "contre 112", "vote count")
mi(d, "sept", "sept députés", "incidental count")
mi(d, "sept", "sept sénateurs", "incidental count")
mi(d, "57", "57 réactions", "comment counter")

# --- 004 wire, night of 23 March 2023 ---
d = "004_retraites_23mars_nuit.txt"
c(d, "un million", "plus d'un million de manifestants", 1000000, [MT], [PA], MANIF, [], None,
  note="headline without attribution")
c(d, "1,089 million", "jeudi 1,089 million", 1089000, [E], [PA], MANIF, MI, None,
  key="f4_mi1089")
c(d, "119 000", "dont 119 000 à Paris", 119000, [E, AL], [PA], MANIF, MI, PARIS, key="f4_mi119")
c(d, "3,5 millions", "revendiqué 3,5 millions", 3500000, [E, AP], [PA], MANIF, CGT, None,
  key="f4_cgt35")
c(d, "800 000", "plus de 800 000", 800000, [MT], [PA], MANIF, CGT, PARIS, key="f4_cgt800")
c(d, "plusieurs centaines", "plusieurs centaines de personnes", 300, VAGUE, [PA, OT],
  ["personne", "casseur", "person", "people"], [], PARIS, vmin=200)
c(d, "172", "état de 172 interpellations", 172, [E], [DT], DETENU, DARM, None, key="f4_dar172")
c(d, "103", "dont 103 à Paris", 103, [E, AL], [DT], DETENU, DARM, PARIS, key="f4_dar103")
c(d, "123", "de 123 policiers", 123, [E], [W], POLICIER, DARM, None, key="f4_dar123")
c(d, "80", "évoquait 80 interpellations", 80, [E], [DT], DETENU, MI + ["darmanin"], None,
  key="f4_mi80", note="first figure, at 21h")
c(d, "903", "903 feux", 903, [E], [OT, AT], ["feu", "fire"], DARM, PARIS)
mi(d, "moitié", "La moitié seulement", "fraction")
mi(d, "quatre", "quatre réacteurs", "incidental count")
mi(d, "un mois", "délai d'un mois", "duration")

# --- 005 the morning after 23 March (no date anywhere) ---
d = "005_retraites_bilan_violences.txt"
c(d, "457", "Retraites : 457 interpellations", 457, [E], [DT], DETENU, DARM, None,
  note="headline naming Darmanin")
c(d, "441", "et 441 policiers blessés, Darmanin", 441, [E], [W], POLICIER, DARM, None)
mi(d, "3", "lecture : 3 min", "reading time")
c(d, "457", "que 457 personnes", 457, [E], [DT], DETENU, DARM, None, key="f5_dar457")
c(d, "441", "que 441 policiers", 441, [E], [W], POLICIER, DARM, None, key="f5_dar441")
c(d, "172", "encore 172 interpellations", 172, [E], [DT], DETENU, DARM, None, key="f5_dar172",
  note="his figure of the night before")
c(d, "900", "plus de 900 feux", 900, [MT], [OT, AT], ["feu", "fire"], DARM, PARIS)
c(d, "plusieurs milliers", "« plusieurs milliers »", 3000, VAGUE, [PA, OT],
  ["individu", "radical", "person", "people"], DARM, None, vmin=2000)
c(d, "200", "environ 200 manifestants", 200, [AP], [W], ["manifestant", "protester", "person"],
  ["street medics", "secouristes benevoles", "secouristes", "medics"], PARIS, key="f5_med200")
c(d, "une dizaine", "dont une dizaine grièvement", 10, [AP], [W],
  ["manifestant", "protester", "person"], ["street medics", "secouristes", "medics"], PARIS)
SM = ["parquet", "prosecutor", "syndicat de la magistrature", "ligue des droits de l'homme",
      "ldh"]
c(d, "292", "292 personnes avaient", 292, [E], [DT], ["personne", "garde a vue", "person"], SM,
  PARIS, key="f5_gav292", note="night of 16 March")
c(d, "283", "et que 283 de ces", 283, [E], [OT], ["garde a vue", "personne", "person"], SM, PARIS,
  key="f5_gav283", note="custody ended without charges: released")
c(d, "1,089¤million", "officiels : 1,089¤million", 1089000, [E], [PA], MANIF, MI, None,
  key="f5_mi1089", note="'selon les chiffres officiels'")
c(d, "1,28¤million", "contre 1,28¤million", 1280000, [E, AP], [PA], MANIF, MI, None,
  key="f5_mi128", note="7 March")
c(d, "3,5¤millions", "revendiqué 3,5¤millions", 3500000, [E, AP], [PA], MANIF, CGT, None,
  key="f5_cgt35")
mi(d, "plusieurs dizaines de milliers", "plusieurs dizaines de milliers d'euros", "money")
mi(d, "1¤204", "Réagir (1¤204)", "comment counter")

# --- 006 Mariupol theatre, 17 March 2022 ---
d = "006_marioupol_theatre_frappe.txt"
UA_AUTH = ["autorites ukrainiennes", "autorites", "ukrainian authorities", "ua."]
CC = ["conseil municipal", "mairie", "city council", "ua.mariupol"]
c(d, "des centaines", "des centaines de civils", 200, VAGUE, [OT, AF], CIVIL, UA_AUTH, MARIUPOL,
  vmin=100, note="sheltering in the basement")
c(d, "130", "que 130 personnes", 130, [E], [OT], PERS,
  ["lioudmila denissova", "denissova", "denisova", "commissaire", "ombudsman", "ua."], MARIUPOL,
  key="f6_den130", note="rescued")
c(d, "1 000", "Plus de 1 000 personnes", 1000, [MT], [OT, AF], PERS, CC, MARIUPOL,
  key="f6_cc1000", note="sheltering")
mi(d, "430 000", "430 000 habitants", "population")
mi(d, "deux", "plus de deux semaines", "duration")
c(d, "2 300", "au moins 2 300 civils", 2300, [AL], [K], CIVIL, CC, MARIUPOL, unv=True,
  key="f6_cc2300", note="'un chiffre impossible à vérifier'")
c(d, "30 000", "quelque 30 000 habitants", 30000, [AP], [DP], ["habitant", "resident", "person"],
  ["administration regionale de donetsk", "administration regionale", "regional administration",
   "ua."], MARIUPOL)
c(d, "dix", "dix personnes", 10, [E], [K], PERS,
  ["parquet general ukrainien", "parquet general", "parquet", "prosecutor general", "ua."],
  ["tchernihiv", "chernihiv"], key="f6_cher10")
HCDH = ["haut-commissariat de l'onu aux droits de l'homme", "haut-commissariat", "onu", "ohchr",
        "un human rights", "un."]
c(d, "726", "726 civils", 726, [E, AL], [K], CIVIL, HCDH, None, key="f6_un726")
c(d, "52", "dont 52 enfants", 52, [E, AL], [K], ENFANT, HCDH, None)
c(d, "14 000", "que 14 000 soldats", 14000, [E, AP], [K], SOLDAT,
  ["etat-major ukrainien", "etat-major", "general staff", "ua.general_staff"], None, unv=True,
  key="f6_gs14k")
c(d, "498", "reconnaissait 498 morts", 498, [E], [K], ["mort", "soldat", "soldier"],
  ["ministere de la defense", "ministere russe de la defense", "moscou", "russian defence ministry",
   "ru.mod"], None, unv=True, key="f6_mod498", note="as of 2 March")

# --- 007 Mariupol theatre, retrospective published 16 March 2023 ---
d = "007_marioupol_theatre_enquete.txt"
APRESS = ["associated press", "agence associated press", "ap", "temoignages"]
MAIRIE = ["mairie de marioupol", "mairie", "city council", "city hall", "ua.mariupol"]
mi(d, "9", "Lecture 9 min", "reading time")
for i in (0, 1):
    mi(d, "Un an", "Un an après", "duration (title)", ai=i)
mi(d, "Un an", "Un an plus tard", "duration")
c(d, "entre 1¦000 et 1¦200", "entre 1¦000 et 1¦200 civils", 1100, [RG], [OT, AF], CIVIL, APRESS,
  MARIUPOL, vmin=1000, upper=1200, key="f7_ap1100", note="range: people sheltering inside")
mi(d, "Neuf", "Neuf jours après", "duration")
c(d, "300", "au moins 300 morts", 300, [AL], [K], MORTS, MAIRIE, MARIUPOL, key="f7_cc300",
  note="25 March 2022")
mi(d, "23", "de 23 survivants", "incidental count (interviews)")
c(d, "600", "plus proche de 600 morts", 600, [AP], [K], MORTS, APRESS, MARIUPOL, key="f7_ap600")
c(d, "une douzaine", "au moins une douzaine de morts", 12, [AL, AP], [K], MORTS,
  ["amnesty international", "amnesty", "ong", "ngo"], MARIUPOL, key="f7_amn12")
c(d, "20¦000", "plus de 20¦000 civils", 20000, [MT], [K], CIVIL,
  ["vadym boitchenko", "boitchenko", "boychenko", "maire", "mayor", "ua.mariupol"], MARIUPOL,
  key="f7_boy20k", note="the whole siege, the whole city")
mi(d, "86", "86 jours", "duration")

# --- 008 Itaewon, 30 October 2022 ---
d = "008_itaewon_bousculade.txt"
KR_AUTH = ["autorites sud-coreennes", "autorites", "south korean authorities", "ministere", "kr."]
KR_MI = ["ministere de l'interieur et de la securite", "ministere de l'interieur", "ministere",
         "interior ministry", "ministry of the interior and safety", "kr.mois", "kr."]
POMP = ["pompiers", "firefighters", "fire department", "fire officials", "kr."]
c(d, "151", "au moins 151 morts dans", 151, [AL], [K], MORTS, [], ITAEWON,
  note="headline without attribution")
c(d, "151", "Au moins 151 personnes", 151, [AL], [K], MORTS, KR_AUTH, ITAEWON)
c(d, "82", "et 82 blessées", 82, [E, AL], [W], BLESSES, KR_AUTH, ITAEWON, key="f8_82")
c(d, "des dizaines de milliers", "des dizaines de milliers de jeunes", 20000, VAGUE, [PA],
  ["jeune", "personne", "young people", "person", "people"], [], ITAEWON, vmin=10000)
c(d, "59", "à 59 morts", 59, [E], [K], MORTS, POMP, ITAEWON, key="f8_59")
c(d, "120", "à 120 et à 146", 120, [E], [K], MORTS, POMP, ITAEWON, key="f8_120")
c(d, "146", "à 120 et à 146", 146, [E], [K], MORTS, POMP, ITAEWON, key="f8_146")
c(d, "151", "à 151 morts, selon", 151, [E], [K], MORTS, KR_MI, ITAEWON, key="f8_mi151")
c(d, "19", "figurent 19 étrangers", 19, [E], [K], ["etranger", "foreigner", "foreign national"],
  KR_MI, ITAEWON, key="f8_mi19")
c(d, "Dix-neuf", "Dix-neuf des blessés", 19, [E], [W], BLESSES, KR_MI, ITAEWON, key="f8_mi19w",
  note="seriously wounded")
mi(d, "une vingtaine", "avaient une vingtaine d'années", "age")
mi(d, "3,2", "3,2 mètres", "width")
c(d, "100¤000", "Quelque 100¤000 personnes", 100000, [AP], [PA], PERS,
  ["police", "estimations de la police", "kr.police"], ITAEWON, key="f8_crowd")
c(d, "137", "que 137 agents", 137, [E], [DE], POLICIER, ["medias locaux", "medias", "local media"],
  ITAEWON, key="f8_pol137")
c(d, "1¤700", "Plus de 1¤700 secouristes", 1700, [MT], [DE],
  ["secouriste", "rescuer", "rescue worker", "personnel"], [], ITAEWON, key="f8_res1700")
c(d, "500", "dont 500 policiers", 500, [E, AL], [DE], POLICIER, [], ITAEWON, key="f8_pol500")
c(d, "Des dizaines", "Des dizaines de corps", 20, VAGUE, [K], ["corps", "body"], [], ITAEWON,
  vmin=10)
c(d, "355", "355 signalements", 355, [E], [OT], ["signalement", "report", "missing person report"],
  ["mairie", "city hall", "seoul city"], ITAEWON, key="f8_355",
  note="reports of missing relatives, not missing people")
c(d, "304", "fait 304 morts", 304, [E], [K], MORTS, [], None, key="f8_sewol",
  note="Sewol ferry, 2014")

# --- 009 Itaewon, 1 November 2022 (date in the text only) ---
d = "009_itaewon_bilan_deuil.txt"
for i in (0, 1):
    c(d, "156", "passe à 156 morts", 156, [E], [K], MORTS, [], ITAEWON, ai=i,
      note="headline without attribution")
mi(d, "Trois", "Trois jours après", "duration")
c(d, "156", "à 156 morts et", 156, [E], [K], MORTS, KR_MI, ITAEWON, key="f9_mi156")
c(d, "151", "et 151 blessés", 151, [E], [W], BLESSES, KR_MI, ITAEWON, key="f9_mi151w")
c(d, "Vingt-neuf", "Vingt-neuf blessés", 29, [E], [W], BLESSES, KR_MI, ITAEWON, key="f9_mi29w")
c(d, "26", "figurent 26 étrangers", 26, [E], [K], ["etranger", "foreigner", "foreign national"],
  KR_MI, ITAEWON, key="f9_mi26")
c(d, "cinq", "dont cinq Iraniens", 5, [E], [K], ["iranien", "iranian", "etranger", "foreigner"],
  KR_MI, ITAEWON)
c(d, "quatre", "quatre Chinois", 4, [E], [K], ["chinois", "chinese", "etranger", "foreigner"],
  KR_MI, ITAEWON)
c(d, "quatre", "quatre Russes", 4, [E], [K], ["russe", "russian", "etranger", "foreigner"],
  KR_MI, ITAEWON)
c(d, "101", "101 femmes", 101, [E], [K], ["femme", "woman", "women"], KR_MI, ITAEWON,
  key="f9_101", note="source from the previous sentence")
c(d, "55", "55 hommes", 55, [E], [K], ["homme", "man", "men"], KR_MI, ITAEWON)
mi(d, "vingtaine", "la vingtaine", "age")
c(d, "11", "reçu 11 appels", 11, [E], [OT], ["appel", "appel d'urgence", "call", "emergency call"],
  ["transcriptions", "police"], ITAEWON)
mi(d, "quatre", "les quatre heures", "duration")
c(d, "137", "137 policiers seulement", 137, [E], [DE], POLICIER, [], ITAEWON, key="f9_pol137")
c(d, "6 500", "que 6 500 agents", 6500, [E], [DE], POLICIER, [], ["centre de seoul", "seoul"],
  key="f9_pol6500")
c(d, "475", "de 475 enquêteurs", 475, [E], [DE, OT], ["enqueteur", "investigator"], [], None)
c(d, "Des milliers", "Des milliers de personnes", 2000, VAGUE, [PA], PERS, [],
  ["seoul", "place de l'hotel de ville"], vmin=1000, note="mourners")
c(d, "deux", "décès de deux jeunes femmes", 2, [E], [K], ["femme", "woman", "ressortissant"],
  ["japon", "japan"], ITAEWON)
c(d, "deux", "celui de deux étudiants", 2, [E], [K], ["etudiant", "student", "ressortissant"],
  ["etats-unis", "united states", "us."], ITAEWON)
mi(d, "42", "42 commentaires", "comment counter")

# --- 010 Herat earthquakes, 12 October 2023 ---
d = "010_herat_seisme_bilan.txt"
TB = ["gouvernement taliban", "taliban", "ministere de la gestion des catastrophes", "ministere",
      "janan sayeeq", "sayeeq", "porte-parole", "af."]
OMS = ["organisation mondiale de la sante", "oms", "who", "world health organization", "un.who"]
OCHA = ["bureau de coordination des affaires humanitaires", "ocha", "onu", "un."]
PROV = ["autorites provinciales", "autorites", "provincial authorities", "af."]
c(d, "2 445", "de 2 445 à environ", 2445, [E], [K], MORTS, TB, HERAT, key="f10_2445a",
  note="the figure being withdrawn, in the same sentence as the new one")
c(d, "1 000", "environ 1 000 morts", 1000, [AP], [K], MORTS, TB, HERAT, key="f10_1000")
mi(d, "deux", "comptées deux fois", "multiplier")
c(d, "2 053", "annoncé 2 053 morts", 2053, [E], [K], MORTS, TB, HERAT, key="f10_2053",
  note="Sunday")
c(d, "2¤445", "à 2¤445 mardi", 2445, [E], [K], MORTS, TB, HERAT, key="f10_2445b")
c(d, "2 000", "fixé à environ 2 000", 2000, [AP], [W], BLESSES, TB, HERAT, key="f10_w2000")
c(d, "1 294", "recensait mercredi 1 294 morts", 1294, [E], [K], MORTS, OMS, HERAT,
  key="f10_oms1294")
c(d, "1 688", "1 688 blessés", 1688, [E], [W], BLESSES, OMS, HERAT)
mi(d, "deux", "Les deux séismes", "incidental count")
mi(d, "6,3", "magnitude 6,3", "magnitude")
mi(d, "huit", "huit répliques", "incidental count")
c(d, "20", "rasé 20 villages", 20, [E], [DS], ["village"], [], HERAT)
mi(d, "une trentaine", "une trentaine de kilomètres", "distance")
c(d, "2 000", "près de 2 000 maisons", 2000, [AP, AM], [DS], ["maison", "house", "home"], OCHA,
  HERAT, key="f10_mais2000")
c(d, "11 000", "11 000 personnes", 11000, [E, AP], [AF], PERS, OCHA, HERAT)
c(d, "deux", "au moins deux personnes", 2, [AL], [K], PERS, PROV, HERAT, key="f10_wed2",
  note="Wednesday's quake")
c(d, "150", "plus de 150 autres", 150, [MT], [W], PERS, PROV, HERAT)
c(d, "des milliers", "des milliers d'habitants", 2000, VAGUE, [DP, AF],
  ["habitant", "resident", "person"], [], HERAT, vmin=1000)
mi(d, "deux", "pendant deux jours", "duration")
c(d, "30", "enterré 30 membres", 30, [E], [K],
  ["membre", "membre de notre famille", "family member", "relative", "person"],
  ["agriculteur", "farmer", "survivant"], ["sarbuland", "sarboland", "herat"])
mi(d, "52", "de 52 ans", "age")
mi(d, "90 %", "plus de 90 %", "percentage")
mi(d, "5 millions", "5 millions de dollars", "money")

REV = ["REVISION", "CONFLICT"]
CON = ["CONFLICT"]
LINKS = [
    # pension-reform crowds: police/ministry vs unions, national and local
    ("linked", CON, "f1_mi128", "f1_cgt35", "7 March, France: Interior ministry 1.28 million vs CGT 3.5 million"),
    ("linked", CON, "f1_pp81", "f1_cgt700", "7 March, Paris: préfecture de police 81 000 vs CGT 700 000"),
    ("linked", CON, "f1_occ42", "f1_pp81", "7 March, Paris: Occurrence count 42 000 vs préfecture 81 000"),
    ("linked", CON, "f1_occ42", "f1_cgt700", "7 March, Paris: Occurrence 42 000 vs CGT 700 000"),
    ("linked", CON, "f1_mar245", "f1_mar30", "7 March, Marseille: CGT 245 000 vs police 30 000"),
    ("linked", CON, "f1_tou37", "f1_tou120", "7 March, Toulouse: préfecture 37 000 vs unions 120 000"),
    ("linked", CON, "f2_nan32", "f2_nan75", "7 March, Nantes: préfecture 32 000 vs unions 75 000"),
    ("linked", CON, "f2_nan28", "f2_nan65", "31 January, Nantes: police 28 000 vs organisers 65 000"),
    ("linked", CON, "f2_sn105", "f2_sn30", "7 March, Saint-Nazaire: police 10 500 vs unions 30 000"),
    ("linked", CON, "f2_ren22", "f2_ren45", "7 March, Rennes: préfecture 22 000 vs unions 45 000"),
    ("linked", CON, "f1_nan32", "f2_nan75",
     "7 March, Nantes, across articles: préfecture 32 000 (live blog) vs unions 75 000 (regional paper)"),
    ("linked", CON, "f3_mi368", "f3_cgt1m", "Saturday 11 March: ministry 368 000 vs CGT more than a million"),
    ("linked", CON, "f3_jeun500", "f3_mi37", "9 March, students: youth organisations 500 000 vs ministry 37 000"),
    ("linked", CON, "f3_mi128", "f3_cgt35", "7 March recapped on 12 March ('mardi'): ministry vs CGT"),
    ("linked", CON, "f3_mi128", "f1_cgt35",
     "7 March across articles: weekly review's ministry 1.28 million vs the live blog's CGT 3.5 million"),
    ("linked", CON, "f4_mi1089", "f4_cgt35", "23 March, France: ministry 1.089 million vs CGT 3.5 million"),
    ("linked", CON, "f4_mi119", "f4_cgt800", "23 March, Paris: ministry 119 000 vs CGT more than 800 000"),
    ("linked", CON, "f5_mi1089", "f5_cgt35", "23 March ('jeudi'), undated article: official 1.089 million vs CGT 3.5 million"),
    # arrests and police wounded on 23 March, revised by the minister
    ("linked", REV, "f4_mi80", "f4_dar172", "arrests on 23 March: 80 at 21h, 172 before midnight (ministry, then minister)"),
    ("linked", REV, "f4_dar172", "f5_dar457", "arrests on 23 March: 172 at midnight, 457 the next morning (Darmanin)"),
    ("linked", REV, "f5_dar172", "f5_dar457", "same revision stated inside the morning article ('qui évoquait encore 172')"),
    ("linked", REV, "f4_dar123", "f5_dar441", "police and gendarmes wounded on 23 March: 123 at midnight, 441 the next morning"),
    # Mariupol
    ("linked", CON, "f6_gs14k", "f6_mod498", "Russian soldiers killed: Ukrainian General Staff 14 000 vs Russian MoD 498 (as of 2 March)"),
    ("linked", CON, "f7_cc300", "f7_ap600", "theatre dead: city hall 'at least 300' vs AP investigation about 600"),
    ("linked", CON, "f7_amn12", "f7_ap600", "theatre dead: Amnesty 'at least a dozen' vs AP about 600"),
    # Itaewon
    ("linked", REV, "f8_59", "f8_120", "Itaewon toll in one sentence: 59 then 120 (firefighters)"),
    ("linked", REV, "f8_120", "f8_146", "Itaewon toll in one sentence: 120 then 146 (firefighters)"),
    ("linked", REV, "f8_146", "f8_mi151", "Itaewon toll: 146 in the morning, 151 at midday (official South Korean figures)"),
    ("linked", REV, "f8_mi151", "f9_mi156", "Itaewon toll by the interior ministry: 151 (30 Oct) then 156 (1 Nov)"),
    ("linked", REV, "f8_82", "f9_mi151w", "Itaewon wounded: 82 (30 Oct) then 151 (1 Nov)"),
    ("linked", REV, "f8_mi19", "f9_mi26", "foreigners among the Itaewon dead: 19 then 26"),
    ("linked", REV, "f8_mi19w", "f9_mi29w", "seriously wounded at Itaewon: 19 then 29"),
    # Herat
    ("linked", REV, "f10_2053", "f10_2445b", "Herat toll by the Taliban ministry: 2 053 (Sunday) then 2 445 (Tuesday)"),
    ("linked", REV, "f10_2445a", "f10_1000", "Herat toll revised down in one sentence: 2 445 to about 1 000"),
    ("linked", CON, "f10_oms1294", "f10_2445b", "Herat dead: WHO 1 294 vs Taliban ministry 2 445"),

    ("not_conflict", None, "f1_mi128", "f1_mi81", "national count vs its Paris part ('dont 81 000 à Paris')"),
    ("not_conflict", None, "f1_cgt35", "f1_cgt28", "CGT figures for two different days (7 March vs 31 January)"),
    ("not_conflict", None, "f2_nan32", "f2_nan28", "Nantes on 7 March vs Nantes on 31 January"),
    ("not_conflict", None, "f2_nan75", "f2_nan65", "unions' Nantes figures for two different days"),
    ("not_conflict", None, "f2_nan32", "f2_mi128", "Nantes crowd vs the national count"),
    ("not_conflict", None, "f3_mi368", "f3_mi128", "ministry counts for Saturday 11 March vs Tuesday 7 March"),
    ("not_conflict", None, "f3_cgt1m", "f3_cgt35", "CGT: Saturday's 'more than a million' vs Tuesday's 3.5 million"),
    ("not_conflict", None, "f3_mi48", "f1_mi81", "Paris on Saturday 11 March vs Paris on Tuesday 7 March"),
    ("not_conflict", None, "f4_mi1089", "f4_mi119", "national count vs its Paris part"),
    ("not_conflict", None, "f4_cgt35", "f4_cgt800", "CGT national figure vs its Paris part"),
    ("not_conflict", None, "f4_dar172", "f4_dar103", "arrests nationwide vs in Paris (part)"),
    ("not_conflict", None, "f4_dar123", "f4_dar172", "police wounded vs people arrested"),
    ("not_conflict", None, "f4_mi1089", "f1_mi128", "ministry counts for 23 March vs 7 March"),
    ("not_conflict", None, "f5_dar441", "f5_med200", "police and gendarmes wounded vs protesters wounded (two sides)"),
    ("not_conflict", None, "f5_gav292", "f5_gav283", "292 in custody, 283 of them released: part of a whole"),
    ("not_conflict", None, "f5_gav292", "f5_dar457", "custody on 16 March in Paris vs arrests on 23 March nationwide"),
    ("not_conflict", None, "f5_mi1089", "f5_mi128", "official counts for 23 March vs 7 March in one sentence"),
    ("not_conflict", None, "f6_gs14k", "f6_un726", "Russian soldiers killed vs Ukrainian civilians killed"),
    ("not_conflict", None, "f6_cher10", "f6_cc2300", "Chernihiv bread queue vs Mariupol siege"),
    ("not_conflict", None, "f6_den130", "f6_cc1000", "rescued vs sheltering"),
    ("not_conflict", None, "f6_den130", "f7_cc300", "rescued from the theatre vs killed in it"),
    ("not_conflict", None, "f6_cc1000", "f7_ap600", "people sheltering vs people killed"),
    ("not_conflict", None, "f7_ap600", "f7_boy20k", "theatre dead vs the whole city's dead (part of a whole)"),
    ("not_conflict", None, "f7_ap1100", "f7_ap600", "AP: people inside vs people killed"),
    ("not_conflict", None, "f8_mi19", "f8_mi19w", "same number: 19 foreigners killed vs 19 seriously wounded"),
    ("not_conflict", None, "f8_sewol", "f8_mi151", "Sewol ferry 2014 vs Itaewon"),
    ("not_conflict", None, "f8_pol137", "f8_pol500", "police on duty before the crush vs police sent after it"),
    ("not_conflict", None, "f8_355", "f8_mi151", "reports of missing relatives vs dead"),
    ("not_conflict", None, "f8_mi151", "f9_mi151w", "same number: 151 dead (30 Oct) vs 151 wounded (1 Nov)"),
    ("not_conflict", None, "f9_101", "f9_mi156", "women among the dead vs all the dead"),
    ("not_conflict", None, "f9_pol137", "f9_pol6500", "police in Itaewon vs police at rallies in central Seoul"),
    ("not_conflict", None, "f10_wed2", "f10_1000", "Wednesday's quake vs Saturday's quakes"),
    ("not_conflict", None, "f10_w2000", "f10_mais2000", "same number: about 2 000 wounded vs nearly 2 000 houses"),
]
G.write(LINKS)
