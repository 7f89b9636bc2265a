#!/usr/bin/env python3
"""French gold for blind4 (written by hand, by meaning; occ computed from anchors)."""
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
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA = ("KILLED", "WOUNDED", "MISSING", "DETAINED",
    "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED", "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES")

PERS = ["personne", "person", "people"]
MORTS = ["mort", "personne", "person", "people"]
BLESSES = ["blesse", "personne", "person", "people"]
ENFANT = ["enfant", "child"]
RU_MOD = ["ministere russe de la defense", "ministere de la defense", "ministere",
          "russian defence ministry", "russian defense ministry", "ru.mod"]
KONA = ["igor konachenkov", "konachenkov", "porte-parole", "spokesman"] + RU_MOD
UA_AIR = ["armee de l'air ukrainienne", "armee de l'air", "air force", "ukrainian air force",
          "ua.air_force"]
UA_GS = ["etat-major general des forces armees ukrainiennes", "etat-major ukrainien", "etat-major",
         "etat major", "general staff", "ua.general_staff"]

# --- 001 Kramatorsk, 8 April 2022 (live blog) ---
d = "001_kramatorsk_gare.txt"
KRAM = ["kramatorsk", "gare de kramatorsk"]
UZ = ["chemins de fer", "ukrzaliznytsia", "compagnie ferroviaire", "ukrainian railways",
      "ua.railways"]
KYR = ["pavlo kyrylenko", "kyrylenko", "kirilenko", "gouverneur", "governor", "ua.donetsk_oblast"]
c(d, "30", "au moins 30 morts dans", 30, [AL], [K], MORTS, UZ, KRAM, ai=0)
c(d, "30", "au moins 30 morts dans", 30, [AL], [K], MORTS, UZ, KRAM, ai=1)
mi(d, "4", "Lecture 4 min", "reading time")
c(d, "Deux", "Deux missiles ont frappé", 2, [E], [LA, AT], ["missile"], [], KRAM)
c(d, "des milliers", "des milliers de civils", 2000, VAGUE, [OT, AF],
  ["civil", "civilian", "person"], [], KRAM, vmin=1000)
c(d, "30", "« au moins 30 personnes »", 30, [AL], [K], MORTS, UZ, KRAM, key="uz30")
c(d, "100", "« plus de 100 »", 100, [MT], [W], BLESSES, UZ, KRAM)
c(d, "4¤000", "jusqu'à 4¤000 personnes", 4000, [AM, AP], [OT, AF], PERS, UZ, KRAM,
  note="people in and around the station")
c(d, "une vingtaine", "une vingtaine de corps", 20, [AP], [K], ["corps", "body", "person"],
  ["journaliste de l'afp", "afp", "journaliste", "afp journalist"], KRAM)
c(d, "35", "provisoire de 35 morts", 35, [E], [K], MORTS, KYR, KRAM, key="kyr35")
c(d, "39", "Nouveau bilan : 39 morts", 39, [E], [K], MORTS, KYR, KRAM, key="kyr39")
c(d, "quatre", "dont quatre enfants", 4, [E], [K], ENFANT, KYR, KRAM)
c(d, "87", "87 blessés", 87, [E], [W], BLESSES, KYR, KRAM, key="kyr87")
VER = ["iryna verechtchouk", "verechtchouk", "vereshchuk", "vice-premiere ministre",
       "deputy prime minister", "ua.gov"]
c(d, "4 676", "que 4 676 personnes", 4676, [E], [DP], PERS, VER, None)
c(d, "1¤500", "dont 1¤500 depuis Marioupol", 1500, [E], [DP], PERS, VER,
  ["marioupol", "mariupol"])
c(d, "86", "nuit 86 installations", 86, [E], [DS],
  ["installation militaire", "installation", "military facility", "military installation"],
  KONA, None, unv=True)
c(d, "deux", "dont deux dépôts", 2, [E], [DS], ["depot de munitions", "depot", "ammunition depot"],
  KONA, ["kramatorsk", "sloviansk", "slovyansk", "slaviansk"], unv=True)
mi(d, "150 000", "quelque 150 000 habitants", "population")
mi(d, "12", "12 commentaires", "comment counter")

# --- 002 Kramatorsk follow-up, 9 April 2022 ---
d = "002_kramatorsk_bilan.txt"
c(d, "52", "passe à 52 morts", 52, [E], [K], MORTS, KYR, KRAM, ai=0)
c(d, "cinq", "dont cinq enfants", 5, [E], [K], ENFANT, KYR, KRAM, ai=0)
c(d, "52", "passe à 52 morts", 52, [E], [K], MORTS, KYR, KRAM, ai=1)
c(d, "cinq", "dont cinq enfants", 5, [E], [K], ENFANT, KYR, KRAM, ai=1)
c(d, "52", "samedi : 52 personnes", 52, [E], [K], MORTS, KYR, KRAM, key="kyr52",
  note="source named in the headline and the next paragraph")
c(d, "cinq", "parmi lesquelles cinq enfants", 5, [E], [K], ENFANT, KYR, KRAM)
c(d, "109", "109 autres blessées", 109, [E], [W], BLESSES, KYR, KRAM)
c(d, "39", "la veille au soir de 39 morts", 39, [E], [K], MORTS, KYR, KRAM)
c(d, "deux cents", "Quelque deux cents personnes", 200, [AP], [DP], PERS, UZ,
  ["kramatorsk", "dnipro"])
mi(d, "500", "500 millions d'euros", "money")
mi(d, "45", "45 kilomètres", "distance")
c(d, "410", "que 410 corps", 410, [E, AL], [K], ["corps", "civil", "body", "civilian"],
  ["iryna venediktova", "venediktova", "procureure generale", "prosecutor general",
   "ua.prosecutor_general"], ["region de kiev", "kiev", "kyiv", "kyiv region"], key="ven410")
c(d, "300", "« plus de 300 »", 300, [MT], [K], ["habitant", "resident", "person"],
  ["anatoli fedorouk", "fedorouk", "fedoruk", "maire", "mayor", "ua.bucha_city"],
  ["boutcha", "bucha"], key="fed300")
c(d, "4,4 millions", "Plus de 4,4 millions de personnes", 4400000, [MT], [DP],
  ["personne", "refugie", "person", "people", "refugee"],
  ["haut-commissariat de l'onu pour les refugies", "hcr", "unhcr", "onu", "un.", "un"],
  ["ukraine"])
c(d, "19¤000", "environ 19¤000 soldats", 19000, [AP], [K], ["soldat", "soldier", "russian soldier"],
  UA_GS, None, key="gs19000")
c(d, "1 351", "alors 1 351 militaires", 1351, [E], [K], ["militaire", "soldier", "serviceman"],
  RU_MOD, None, key="mod1351")
mi(d, "5", "5 commentaires", "comment counter")

# --- 003 Olenivka, 29 July 2022 (translated feel) ---
d = "003_olenivka_prison.txt"
OLEN = ["olenivka", "olenovka", "olenivka prison", "donetsk"]
PRIS = ["prisonnier", "prisonnier de guerre", "prisoner", "prisoner of war", "pow"]
MORO = ["daria morozova", "morozova", "mediatrice", "mediatrice des droits de l'homme",
        "ombudsman", "republique populaire de donetsk", "dnr", "tass"]
c(d, "40", "que 40 prisonniers ukrainiens", 40, [E], [K], PRIS,
  ["la russie", "russie", "russia", "ru.gov", "ru.mod"], OLEN, ai=0)
c(d, "40", "que 40 prisonniers ukrainiens", 40, [E], [K], PRIS,
  ["la russie", "russie", "russia", "ru.gov", "ru.mod"], OLEN, ai=1)
c(d, "40", "vendredi que 40 prisonniers", 40, [E], [K], PRIS, RU_MOD, OLEN, unv=True, key="mod40")
c(d, "75", "75 autres blessés", 75, [E], [W], PRIS + ["blesse"], RU_MOD, OLEN, unv=True, key="mod75")
c(d, "huit", "huit membres du personnel", 8, [E], [W],
  ["membre du personnel", "personnel", "staff", "guard"], RU_MOD, OLEN, unv=True)
c(d, "50", "passé à 50", 50, [E], [K], ["mort", "prisonnier", "prisoner", "person"], KONA, OLEN,
  unv=True, key="mod50")
c(d, "73", "que 73 personnes", 73, [E], [W], BLESSES + ["prisoner"], KONA, OLEN, unv=True,
  key="mod73")
c(d, "193", "que 193 détenus", 193, [E], [OT, AF], ["detenu", "detainee", "prisoner"], KONA, OLEN,
  unv=True, key="mod193")
c(d, "53", "que 53 prisonniers", 53, [E], [K], PRIS, MORO, OLEN, unv=True, key="moro53")
c(d, "75", "et 75 blessés", 75, [E], [W], PRIS + ["blesse"], MORO, OLEN, unv=True, key="moro75")
c(d, "2.400", "Plus de 2.400 combattants", 2400, [MT], [DT, OT],
  ["combattant", "fighter", "soldier", "prisoner"], ["moscou", "moscow", "ru.gov"],
  ["azovstal", "marioupol", "mariupol"], key="azov2400")
HUR = ["direction du renseignement militaire ukrainien", "renseignement militaire ukrainien",
       "ukrainian military intelligence", "hur", "gur", "ua.hur"]
c(d, "144", "retour de 144 militaires", 144, [E], [OT],
  ["militaire", "soldier", "serviceman", "prisoner"], HUR, None, key="hur144")
c(d, "95", "dont 95 défenseurs", 95, [E], [OT], ["defenseur", "defender", "soldier", "prisoner"],
  HUR, None)
MYK = ["mykolaiv", "mykolayiv", "nikolaev", "oblast de mykolaiv"]
c(d, "huit", "détruire huit des", 8, [E], [DS],
  ["missile", "missile de croisiere", "kalibr", "cruise missile"], UA_AIR, MYK)
c(d, "12", "des 12 missiles", 12, [E], [LA],
  ["missile", "missile de croisiere", "kalibr", "cruise missile"], UA_AIR, MYK)
mi(d, "deux", "les deux pays", "incidental count")
mi(d, "61", "de 61 ans", "age")

# --- 004 Kakhovka dam, 7 June 2023 ---
d = "004_kakhovka_barrage.txt"
KH = ["kherson", "region de kherson", "kherson region", "kherson oblast"]
KLY = ["ihor klymenko", "klymenko", "ministre de l'interieur", "ministre ukrainien de l'interieur",
       "interior minister", "ua.interior"]
LOCS = ["localite", "settlement", "locality", "village"]
c(d, "1 900", "près de 1 900 personnes", 1900, [AP, AM], [DP], PERS, [],
  KH + ["kakhovka", "dniepr", "dnipro"])
c(d, "des dizaines", "des dizaines de localités", 20, VAGUE, [AF, DS, OT], LOCS, [],
  KH + ["kakhovka", "dniepr", "dnipro"], vmin=10)
c(d, "des milliers", "des milliers d'habitants", 2000, VAGUE, [DP],
  ["habitant", "resident", "person"], [], KH + ["kakhovka", "dniepr", "dnipro"], vmin=1000)
mi(d, "deux", "les deux rives", "incidental count")
c(d, "1 894", "total, 1 894 personnes", 1894, [E], [DP], PERS, KLY, KH, key="kly1894")
c(d, "86", "dont 86 enfants", 86, [E], [DP], ENFANT, KLY, KH)
c(d, "24", "24 localités", 24, [E], [AF, DS, OT], LOCS, KLY,
  ["rive droite", "right bank", "kherson"], key="kly24")
mi(d, "54", "54 ans", "age")
c(d, "16 000", "quelque 16 000 habitants", 16000, [AP], [AF], ["habitant", "resident", "person"],
  ["administration militaire regionale", "administration militaire", "prokoudine", "prokudin",
   "regional military administration", "ua.kherson_oblast"], KH)
c(d, "Une centaine", "Une centaine de secouristes", 100, [AP], [DE], ["secouriste", "rescuer"],
  ["service national des situations d'urgence", "state emergency service", "ses", "ua.ses"], KH)
SALDO = ["vladimir saldo", "saldo", "responsable installe par moscou", "russian-installed official",
         "occupation authorities", "ru.kherson_occupation"]
c(d, "14", "état de 14 localités", 14, [E], [AF, DS, OT], LOCS, SALDO,
  ["rive gauche", "left bank", "kherson"], key="saldo14")
c(d, "22¦000", "environ 22¦000 habitants", 22000, [AP], [AF], ["habitant", "resident", "person"],
  SALDO, ["rive gauche", "left bank", "kherson"])
c(d, "sept", "sept personnes portées disparues", 7, [E], [MS], PERS,
  ["vladimir leontiev", "leontiev", "maire", "mayor"], ["nova kakhovka", "novaya kakhovka"])
c(d, "1 300", "Environ 1 300 personnes", 1300, [AP], [DP], PERS,
  ["autorites d'occupation", "occupation authorities", "ru.kherson_occupation"],
  ["rive gauche", "left bank", "kherson"], unv=True, key="occ1300")
c(d, "12 000", "Plus de 12 000 foyers", 12000, [MT], [AF], ["foyer", "household", "home"],
  ["ukrenergo", "operateur national", "ua.ukrenergo"], KH)
c(d, "des centaines de milliers", "« des centaines de milliers de personnes »", 200000, VAGUE,
  [AF], PERS, ["volodymyr zelensky", "zelensky", "president", "ua.president"], None,
  vmin=100000, key="zel100k")
c(d, "700 000", "au moins 700 000 personnes", 700000, [AL], [AF, OT], PERS,
  ["onu", "un", "united nations", "un."], None, key="un700k")
mi(d, "150", "au moins 150 tonnes", "tonnage")
mi(d, "six", "dont les six réacteurs", "incidental count")
mi(d, "5", "environ 5 cm", "rate of water-level fall")
c(d, "3 700", "plus de 3 700 soldats", 3700, [MT], [CA, K], ["soldat", "soldier", "ukrainian soldier"],
  RU_MOD, ["donetsk", "region de donetsk"], unv=True, key="mod3700")
mi(d, "quatre", "des quatre derniers jours", "duration")
c(d, "470", "que 470 soldats russes", 470, [E], [K], ["soldat", "soldier", "russian soldier"],
  UA_GS, None, unv=True, key="gs470")
mi(d, "24", "dernières 24 heures", "duration")
c(d, "deux", "deux civils ont été tués mercredi", 2, [E], [K], ["civil", "civilian"],
  ["autorites locales", "local authorities", "ua.zaporizhzhia_oblast"],
  ["mala tokmatchka", "mala tokmachka", "zaporijjia", "zaporizhzhia", "oblast de zaporijjia"],
  key="zap2")
mi(d, "34", "34 commentaires", "comment counter")

# --- 005 Crocus City Hall, 24 March 2024 ---
d = "005_crocus_attentat.txt"
CROC = ["crocus city hall", "crocus", "krasnogorsk", "moscou", "moscow"]
SK = ["comite d'enquete russe", "comite d'enquete", "comite", "investigative committee",
      "ru.investigative_committee", "ru.sk"]
FSB = ["alexandre bortnikov", "bortnikov", "directeur du fsb", "fsb", "ru.fsb"]
INTERP = ["interpellation", "personne", "arrest", "person", "suspect"]
c(d, "137", "alourdit à 137 morts", 137, [E], [K], MORTS, [], CROC, ai=0)
c(d, "onze", "onze interpellations", 11, [E], [DT], INTERP, [], None, ai=0)
c(d, "137", "alourdit à 137 morts", 137, [E], [K], MORTS, [], CROC, ai=1)
c(d, "onze", "onze interpellations", 11, [E], [DT], INTERP, [], None, ai=1)
c(d, "137", "dimanche à 137 morts", 137, [E], [K], MORTS, SK, CROC, key="sk137")
c(d, "trois", "dont trois enfants", 3, [E], [K], ENFANT, SK, CROC)
c(d, "133", "de 133 victimes", 133, [E], [K], ["victime", "victim", "person", "people"], SK, CROC,
  key="sk133")
mi(d, "une vingtaine", "une vingtaine d'années", "duration")
c(d, "quatre", "quatre hommes armés", 4, [E], [DE, OT, AT],
  ["homme arme", "gunman", "assaillant", "attacker"], [], CROC)
mi(d, "6¦000", "plus de 6¦000 places", "capacity")
c(d, "Des dizaines", "« Des dizaines de corps", 20, VAGUE, [K], ["corps", "body", "person"], SK,
  CROC, vmin=10)
MOH = ["ministere russe de la sante", "ministere de la sante", "health ministry", "ru.moh"]
c(d, "121", "liste de 121 personnes", 121, [E], [W], ["personne hospitalisee", "personne", "person",
  "patient"], MOH, CROC, key="moh121")
c(d, "une quarantaine", "une quarantaine dans", 40, [AP], [W], ["personne", "person", "patient"],
  MOH, CROC)
c(d, "180", "plus de 180 personnes", 180, [MT], [W], BLESSES,
  ["autorites de la region de moscou", "region de moscou", "moscow region authorities",
   "ru.moscow_oblast"], CROC, key="mo180")
c(d, "Onze", "Onze personnes", 11, [E], [DT], INTERP, FSB, None)
c(d, "quatre", "dont les quatre assaillants", 4, [E], [DT],
  ["assaillant", "attacker", "gunman", "suspect"], FSB, None)
c(d, "quatre", "Les quatre hommes", 4, [E], [DT], ["homme", "assaillant", "attacker", "suspect"],
  FSB, ["briansk", "bryansk", "region de briansk"])
mi(d, "340", "environ 340 kilomètres", "distance")
c(d, "57", "lancé 57 missiles", 57, [E], [LA], ["missile", "drone"], UA_AIR, None, key="air57")
c(d, "43", "abattu 43", 43, [E], [DS], ["missile", "drone"], UA_AIR, None, key="air43")
c(d, "18", "dont 18 missiles", 18, [E], [DS], ["missile de croisiere", "missile", "cruise missile"],
  UA_AIR, None)
c(d, "25", "et 25 drones", 25, [E], [DS], ["drone", "shahed"], UA_AIR, None)
c(d, "20 000", "pas moins de 20 000 foyers", 20000, [AL], [AF], ["foyer", "household", "home"],
  ["maksym kozytsky", "kozytsky", "gouverneur", "governor", "ua.lviv_oblast"],
  ["lviv", "lvov", "region de lviv"])
mi(d, "39", "pendant 39 secondes", "duration")
c(d, "deux", "deux civils", 2, [E], [K], ["civil", "civilian"],
  ["viatcheslav gladkov", "vyacheslav gladkov", "gladkov", "gouverneur", "governor",
   "ru.belgorod_oblast"], ["belgorod", "bielgorod"], key="glad2")
c(d, "onze", "intercepté onze drones", 11, [E], [DS], ["drone"], RU_MOD,
  ["belgorod", "koursk", "kursk", "voronej", "voronezh"])
mi(d, "1", "pour 1 €", "money")

# --- 006 Nahel riots, 1 July 2023 ---
d = "006_emeutes_nahel.txt"
MI = ["ministere de l'interieur", "ministere", "interior ministry", "place beauvau",
      "fr.interior"]
POL = ["policier", "gendarme", "police officer", "police"]
PREF = ["prefecture", "prefecture du rhone", "police prefecture"]
c(d, "1 311", "Nahel : 1 311 interpellations", 1311, [E], [DT], INTERP, MI, None, ai=0)
c(d, "1 311", "Nahel : 1 311 interpellations", 1311, [E], [DT], INTERP, MI, None, ai=1)
mi(d, "17", "Nahel, 17 ans", "age")
c(d, "1 311", "total, 1 311 personnes", 1311, [E], [DT], INTERP, MI, None, key="mi1311")
c(d, "875", "contre 875", 875, [E], [DT], INTERP, MI, None, key="mi875")
c(d, "79", "79 policiers", 79, [E], [W], POL, MI, None, key="mi79")
c(d, "1 350", "1 350 véhicules", 1350, [E], [DS], ["vehicule", "vehicle", "car"], MI, None)
c(d, "234", "234 bâtiments", 234, [E], [DS, AT], ["batiment", "building"], MI, None)
c(d, "2 500", "Un peu plus de 2 500 incendies", 2500, [MT, AP], [OT, AT, DS], ["incendie", "fire"],
  MI, None)
c(d, "45¤000", "de 45¤000 policiers", 45000, [E], [DE], POL, [], None)
c(d, "200", "plus de 200 collègues", 200, [MT], [W], ["collegue", "policier", "police officer"],
  ["fabien vanhemelryck", "vanhemelryck", "syndicat alliance", "alliance", "syndicat",
   "police union"], None, key="all200")
c(d, "88", "88 personnes", 88, [E], [DT], INTERP,
  ["prefecture de police des bouches-du-rhone", "prefecture de police", "prefecture",
   "police prefecture"], ["marseille"], key="mars88")
c(d, "une quinzaine", "une quinzaine d'interpellations", 15, [AP], [DT], INTERP, PREF, ["lyon"])
c(d, "vingt-sept", "vingt-sept véhicules", 27, [E], [DS], ["vehicule", "vehicle", "car"], PREF,
  ["lyon"])
mi(d, "un tiers", "« un tiers »", "fraction")
c(d, "entre 5 000 et 6 000", "entre 5 000 et 6 000 personnes", 5500, [RG], ["PARTICIPATED"],
  ["personne", "manifestant", "person", "people", "marcher"], PREF, ["nanterre"], vmin=5000,
  upper=6000, note="range: people at the march")
mi(d, "38", "de 38 ans", "age")
mi(d, "1,5 million", "1,5 million d'euros", "money")
mi(d, "2 000", "« 2 000 euros", "money")
mi(d, "241", "241 réactions", "comment counter")

LINKS = [
    ("linked", ["REVISION", "CONFLICT"], "kyr39", "kyr52",
     "Kramatorsk station toll from governor Kyrylenko: 39 (8 April, afternoon) then 52 (9 April)"),
    ("linked", ["REVISION", "CONFLICT"], "kyr35", "kyr39",
     "same governor, same day: provisional 35 then 39"),
    ("linked", ["REVISION", "CONFLICT"], "mod40", "mod50",
     "Russian MoD Olenivka toll: 40 in the morning, raised to 50 later the same day"),
    ("linked", ["REVISION", "CONFLICT"], "mod75", "mod73",
     "Russian MoD Olenivka wounded: 75 then 73 (lowered without explanation)"),
    ("linked", ["REVISION", "CONFLICT"], "sk133", "sk137",
     "Investigative Committee Crocus toll: 133 (Saturday night) then 137 (Sunday)"),
    ("linked", ["CONFLICT"], "mod50", "moro53",
     "Olenivka dead: Russian MoD 50 vs DNR ombudswoman Morozova 53"),
    ("linked", ["CONFLICT"], "mod73", "moro75",
     "Olenivka wounded: Russian MoD 73 vs DNR ombudswoman Morozova 75"),
    ("linked", ["CONFLICT"], "mi79", "all200",
     "police and gendarmes wounded the same night: interior ministry 79 vs Alliance union more than 200"),
    ("linked", ["CONFLICT"], "gs19000", "mod1351",
     "Russian military dead since 24 Feb: Ukrainian General Staff about 19 000 vs Russian MoD 1 351 (as of 25 March)"),
    ("not_conflict", None, "uz30", "kyr35",
     "railways 'at least 30' and governor 35: compatible"),
    ("not_conflict", None, "kyr39", "kyr87", "killed vs wounded"),
    ("not_conflict", None, "kyr52", "ven410",
     "Kramatorsk station vs bodies found around Kyiv: other event, other place"),
    ("not_conflict", None, "ven410", "fed300",
     "410 bodies in the Kyiv region and more than 300 in Bucha alone: compatible (part of a whole)"),
    ("not_conflict", None, "mod50", "mod193", "killed vs held in the building"),
    ("not_conflict", None, "hur144", "azov2400",
     "freed in the June exchange vs surrendered at Azovstal"),
    ("not_conflict", None, "kly24", "saldo14",
     "flooded localities on the Kyiv-held right bank vs the occupied left bank"),
    ("not_conflict", None, "kly1894", "occ1300",
     "evacuated from the right bank vs from the occupied left bank"),
    ("not_conflict", None, "mod3700", "gs470",
     "Ukrainian losses over four days (Russian MoD) vs Russian dead in 24 hours (General Staff)"),
    ("not_conflict", None, "zel100k", "un700k",
     "'hundreds of thousands' without normal water vs at least 700 000 depending on the reservoir: compatible"),
    ("not_conflict", None, "gs470", "zap2",
     "Russian soldiers killed on the front vs civilians killed in a Zaporizhzhia village"),
    ("not_conflict", None, "moh121", "mo180",
     "121 still in hospital vs more than 180 wounded in total: compatible"),
    ("not_conflict", None, "air57", "air43", "launched vs shot down"),
    ("not_conflict", None, "sk137", "glad2", "Crocus attack vs shelling of Belgorod"),
    ("not_conflict", None, "mi1311", "mi875", "arrests on two different nights"),
    ("not_conflict", None, "mi1311", "mars88", "national total vs Marseille alone"),
]
G.write(LINKS)
