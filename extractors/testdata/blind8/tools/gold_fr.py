#!/usr/bin/env python3
"""French gold for blind8 (written by hand, by meaning; occ computed from anchors by ../gold_lib.py).

Run it after editing a text or a line below: it rewrites gold/fr.jsonl and gold/fr-links.jsonl.
"""
from names import *  # noqa: F401,F403  (SET, qualifiers, metrics, link kinds)
from gold_lib import Gold  # noqa: E402

G = Gold("fr", SET)
c, mi = G.claim, G.minor

# subjects (folded, singular stems, then the English canonical)
PERS = ["personne", "person", "people"]
MANIF = ["manifestant", "personne", "participant", "protester", "demonstrator", "marcher",
         "person", "people"]
MORTS = ["mort", "personne", "victime", "person", "people", "victim", "dead"]
BLESSES = ["blesse", "personne", "victime", "person", "people", "injured", "wounded"]
POLICIER = ["policier", "gendarme", "policiers et gendarmes", "forces de l'ordre", "police officer",
            "officer", "police"]
DETENU = ["interpellation", "interpelle", "personne", "garde a vue", "arrest", "person", "people"]
ENFANT = ["enfant", "enfants et adolescents", "mineur", "child", "minor"]
LYCEE = ["lycee", "etablissement", "school", "high school"]
MAISON = ["maison", "house", "home"]

# sources
MI = ["ministere de l'interieur", "ministere", "interieur", "place beauvau", "beauvau",
      "interior ministry", "fr.interior"]
PP = ["prefecture de police", "prefecture", "police", "fr.prefecture"]
CGT = ["cgt", "philippe martinez", "martinez", "secretaire general de la cgt", "fr.cgt"]
INTERSYND = ["intersyndicale", "syndicats", "organisateurs", "unions", "fr.unions"]
EDU = ["ministere de l'education nationale", "ministere de l'education", "education nationale",
       "fr.education"]
PREF44 = ["prefecture de loire-atlantique", "prefecture", "meme source", "fr.prefecture"]
POLICE = ["police", "fr.police"]
PARQUET = ["parquet", "parquet de paris", "procureur", "fr.justice"]
MOLINS = ["francois molins", "molins", "procureur de la republique de paris", "procureur",
          "parquet", "fr.justice"]
PC = ["protection civile", "protection civile haitienne", "agence", "direction de la protection civile",
      "ht.civil_protection"]

PARIS = ["paris", "capitale"]
NICE = ["nice", "promenade des anglais", "alpes-maritimes"]
HAITI = ["haiti", "sud-ouest d'haiti", "sud-ouest", "les cayes", "sud", "nippes", "grand'anse"]

# --- 001 live blog, Thursday 31 March 2016, newest entry first, NBSP grouping ---
d = "001_loi_travail_direct_31mars.txt"
for i in (0, 1):
    c(d, "390¤000", "Loi travail : 390¤000 manifestants selon l'Intérieur", 390000, CROWD, [PA],
      MANIF, MI, None, ai=i, note="date line headline, then the page title: the ministry named")
    c(d, "1,2 million", "390¤000 manifestants selon l'Intérieur, 1,2 million selon la CGT", 1200000,
      CROWD, [PA], MANIF, CGT, None, ai=i, note="headline: the CGT named")
mi(d, "148", "148 commentaires", "comment counter")
c(d, "390¤000", "Le bilan de l'Intérieur : 390¤000", 390000, CROWD, [PA], MANIF, MI, None,
  note="entry heading (21h05)")
c(d, "390¤000", "a recensé 390¤000 manifestants", 390000, CROWD, [PA], MANIF, MI, None,
  key="f1_mi390", note="the ministry's evening national count")
c(d, "174¤000", "contre 174¤000 annoncés", 174000, CROWD, [PA], MANIF, MI, None, key="f1_mi174b",
  note="the 15h count restated in the same sentence")
c(d, "57", "57 interpellations", 57, [E], [DT], DETENU, MI, None, key="f1_dt57")
c(d, "32", "dont 32 à Paris", 32, [E, AL], [DT], DETENU, MI, PARIS, key="f1_dt32par",
  note="part of the 57")
c(d, "24", "24 policiers et gendarmes blessés", 24, [E], [W], POLICIER, MI, None, key="f1_pol24")
c(d, "trois", "dont trois sérieusement", 3, [E, AL], [W], POLICIER, MI, None, key="f1_pol3",
  note="seriously wounded, part of the 24")
c(d, "1,2 million", "La CGT revendique 1,2 million", 1200000, CROWD, [PA], MANIF, CGT, None,
  note="entry heading; the hedge comes later in the entry and the heading stays null")
c(d, "1,2 million", "« 1,2 million de manifestants", 1200000, CROWD, [PA], MANIF, CGT, None,
  unv=True, key="f1_cgt12", note="'Ces chiffres n'ont pas pu être vérifiés'")
mi(d, "250", "plus de 250 villes", "incidental count of towns, inside the CGT's quote")
c(d, "160¤000", "compte 160¤000 manifestants", 160000, CROWD, [PA], MANIF, INTERSYND, PARIS,
  unv=True, key="f1_is160")
c(d, "une dizaine", "une dizaine de personnes ont été interpellées", 10, [AP], [DT], DETENU, PP,
  PARIS, key="f1_pp10", note="Paris arrests at 18h40; 32 by 21h05")
mi(d, "Un", "Un policier a été légèrement blessé", "a count of one that reads as an article")
c(d, "26¤000 et 28¤000", "Entre 26¤000 et 28¤000 manifestants à Paris", 27000, [RG], [PA], MANIF,
  PP, PARIS, vmin=26000, upper=28000, note="entry heading: 'selon la police'")
c(d, "26¤000 et 28¤000", "entre 26¤000 et 28¤000 personnes", 27000, [RG], [PA], MANIF, PP, PARIS,
  vmin=26000, upper=28000, key="f1_pp27")
c(d, "100¤000", "« au moins 100¤000 »", 100000, [AL], [PA], MANIF,
  ["responsable de force ouvriere", "force ouvriere", "fo", "fr.fo"], PARIS, key="f1_fo100",
  note="half-way through the march")
c(d, "174¤000", "dénombrait à 15 heures 174¤000", 174000, CROWD, [PA], MANIF, MI, None,
  key="f1_mi174", note="first national count, 15h")
c(d, "12¤000", "la police en a compté 12¤000", 12000, CROWD, [PA], MANIF, POLICE, ["marseille"],
  key="f1_mar12")
c(d, "80¤000", "les syndicats 80¤000", 80000, CROWD, [PA], MANIF, ["syndicats", "unions"],
  ["marseille"], key="f1_mar80")
c(d, "15¤000", "15¤000 selon la préfecture", 15000, CROWD, [PA], MANIF,
  ["prefecture", "fr.prefecture"], ["toulouse"], key="f1_tou15")
mi(d, "un TGV sur deux", "un TGV sur deux", "ratio of trains running")
mi(d, "10,5 %", "10,5 % de grévistes", "percentage")
mi(d, "35 %", "le Snuipp-FSU 35 %", "percentage")
c(d, "176", "176 lycées", 176, [E], [OT, AF], LYCEE, EDU, None, key="f1_ly176",
  note="schools blocked or disrupted")
mi(d, "2¤500", "quelque 2¤500 lycées publics", "stock of schools")
c(d, "250", "« plus de 250 »", 250, [MT], [OT, AF], LYCEE,
  ["unl", "syndicat lyceen unl", "syndicat lyceen", "fr.unl"], None, key="f1_unl250")
mi(d, "Sept", "Sept syndicats", "incidental count of unions")
mi(d, "250", "Plus de 250 rassemblements", "gatherings announced (planned)")
c(d, "1,2 million", "1,2 million de signatures", 1200000, [MT, E], [OT, PA],
  ["signature", "signataire", "person", "people"], [], None, key="f1_pet",
  note="petition signatures ('a dépassé')")

# --- 002 regional paper, Nantes and Rennes, 31 March 2016, plain spaces ---
d = "002_loi_travail_nantes_rennes.txt"
NANTES = ["nantes", "loire-atlantique"]
RENNES = ["rennes", "ille-et-vilaine"]
SNZ = ["saint-nazaire"]
c(d, "20 000", "à Nantes, 20 000 manifestants selon la préfecture", 20000, CROWD, [PA], MANIF,
  PREF44, NANTES, note="title")
mi(d, "le double", "le double selon les syndicats", "ratio (the unions' 40 000)")
c(d, "20 000", "a compté 20 000 manifestants", 20000, CROWD, [PA], MANIF, PREF44, NANTES,
  key="f2_nan20")
c(d, "40 000", "en revendique 40 000", 40000, CROWD, [PA], MANIF,
  ["intersyndicale", "intersyndicale cgt-fo-fsu-solidaires", "syndicats", "fr.unions"], NANTES,
  key="f2_nan40")
c(d, "7 000", "avait dénombré 7 000 personnes", 7000, CROWD, [PA], MANIF, PREF44, NANTES,
  key="f2_nan7", note="9 March")
c(d, "20 000", "les syndicats 20 000", 20000, CROWD, [PA], MANIF, ["syndicats", "fr.unions"], NANTES,
  key="f2_nan20s", note="9 March, the unions")
c(d, "Plusieurs centaines", "Plusieurs centaines de jeunes", 300, VAGUE, [PA, OT],
  ["jeune", "personne", "person", "people", "youth"], [], NANTES, vmin=200)
c(d, "8", "annoncé 8 interpellations", 8, [E], [DT], DETENU, PREF44, NANTES, key="f2_dt8")
c(d, "11", "porté à 11 en soirée", 11, [E], [DT], DETENU, PREF44, NANTES, key="f2_dt11")
c(d, "Quatre", "Quatre policiers ont été blessés", 4, [E], [W], POLICIER, PREF44, NANTES,
  key="f2_pol4", note="'selon la même source': the prefecture")
mi(d, "un", "dont un hospitalisé", "a count of one, part of the four")
c(d, "Deux", "Deux manifestants ont été pris en charge", 2, [E], [W], MANIF + BLESSES, [], NANTES,
  note="taken care of by the fire brigade")
c(d, "4 500", "4 500 personnes ont défilé selon la police", 4500, CROWD, [PA], MANIF, POLICE, SNZ,
  key="f2_sn45")
c(d, "9 000", "9 000 selon les organisateurs", 9000, CROWD, [PA], MANIF,
  ["organisateurs", "fr.unions"], SNZ, key="f2_sn9")
c(d, "300", "environ 300 grévistes", 300, [AP], [PA], ["greviste", "striker", "worker", "person"],
  ["cgt", "fr.cgt"], SNZ + ["chantiers navals"], key="f2_cgt300")
c(d, "5 500", "recensé 5 500 manifestants", 5500, CROWD, [PA], MANIF,
  ["prefecture d'ille-et-vilaine", "prefecture", "fr.prefecture"], RENNES, key="f2_ren55")
c(d, "12 000", "la CGT plus de 12 000", 12000, [MT], [PA], MANIF, ["cgt", "fr.cgt"], RENNES,
  key="f2_ren12")
c(d, "300", "Environ 300 étudiants", 300, [AP], [PA, OT], ["etudiant", "student", "person"], [],
  RENNES + ["rennes-2"], key="f2_stu300")
c(d, "Trois", "Trois personnes ont été interpellées", 3, [E], [DT], DETENU, POLICE, RENNES,
  key="f2_ren3")
mi(d, "58", "Yann, 58 ans", "age")
mi(d, "trente ans", "depuis trente ans", "duration")
c(d, "40 000", "« ces 40 000", 40000, CROWD, [PA], MANIF,
  ["secretaire departementale de fo", "fo", "force ouvriere", "fr.fo"], NANTES, key="f2_fo40",
  note="FO restates the unions' Nantes count")
c(d, "390 000", "a recensé 390 000 manifestants", 390000, CROWD, [PA], MANIF, MI, None,
  key="f2_mi390")
c(d, "26 000 à 28 000", "dont 26 000 à 28 000 à Paris", 27000, [RG], [PA], MANIF, MI, PARIS,
  vmin=26000, upper=28000, key="f2_par27", note="the Paris count inside the national one")
c(d, "1,2 million", "en a revendiqué 1,2 million", 1200000, CROWD, [PA], MANIF, CGT, None,
  key="f2_cgt12")
c(d, "une quinzaine", "une quinzaine d'établissements", 15, [AP], [OT, AF], LYCEE,
  ["rectorat", "fr.education"], NANTES, key="f2_ly15")
mi(d, "60 %", "à 60 %", "percentage")
c(d, "15 000", "15 000 opposants", 15000, CROWD + [AL], [PA],
  ["opposant", "manifestant", "protester", "person", "people"], ["organisateurs"],
  ["notre-dame-des-landes"], key="f2_ndl15", note="'Lire aussi' link: another protest")
mi(d, "12", "Les 12 chiffres", "incidental count (link title)")
mi(d, "34", "34 commentaires", "comment counter")

# --- 003 weekly review, Sunday 10 April 2016, U+202F grouping ---
d = "003_loi_travail_semaine_revue.txt"
mi(d, "dix jours", "dix jours de mobilisation", "duration")
c(d, "390¦000", "compté 390¦000 manifestants", 390000, CROWD, [PA], MANIF, MI, None,
  key="f3_mi390", note="31 March")
c(d, "1,2 million", "la CGT 1,2 million", 1200000, CROWD, [PA], MANIF, CGT, None, key="f3_cgt12")
c(d, "26¦000 et 28¦000", "entre 26¦000 et 28¦000 personnes", 27000, [RG], [PA], MANIF, PP, PARIS,
  vmin=26000, upper=28000, key="f3_pp27")
c(d, "160¦000", "l'intersyndicale 160¦000", 160000, CROWD, [PA], MANIF, INTERSYND, PARIS,
  key="f3_is160")
c(d, "57", "donné à 57 jeudi soir", 57, [E], [DT], DETENU, MI, None, key="f3_dt57")
c(d, "64", "relevé vendredi à 64", 64, [E], [DT], DETENU, MI, None, key="f3_dt64")
c(d, "24", "de 24 à 29", 24, [E], [W], POLICIER, MI, None, key="f3_pol24",
  note="'est passé de 24 à 29': two claims, not a range")
c(d, "29", "de 24 à 29", 29, [E], [W], POLICIER, MI, None, key="f3_pol29")
c(d, "29¦000", "dénombré 29¦000 manifestants", 29000, CROWD, [PA], MANIF, MI, None,
  key="f3_mi29", note="5 April")
c(d, "100¦000", "« plus de 100¦000 »", 100000, [MT], [PA], MANIF, ["unef", "fr.unef"], None,
  key="f3_unef100")
c(d, "130", "130 personnes ont été interpellées", 130, [E], [DT], DETENU, PP, PARIS,
  key="f3_dt130", note="5 April")
c(d, "quelques dizaines", "« quelques dizaines de casseurs »", 30, VAGUE, [PA, OT],
  ["casseur", "personne", "person", "people", "rioter"], PP, PARIS, vmin=20)
c(d, "34", "34 lycées bloqués", 34, [E], [OT, AF], LYCEE, EDU, None, key="f3_ly34")
c(d, "120¦000", "recensé 120¦000 manifestants", 120000, CROWD, [PA], MANIF, MI, None,
  key="f3_mi120", note="9 April")
c(d, "28¦000", "dont 28¦000 à Paris", 28000, [E, AP, AL], [PA], MANIF, MI, PARIS, key="f3_mi28par")
c(d, "500¦000", "revendiqué 500¦000 participants", 500000, CROWD, [PA], MANIF,
  ["organisateurs", "syndicats", "fr.unions"], None, key="f3_org500")
c(d, "110¦000", "dont 110¦000 dans la capitale", 110000, [E, AP, AL], [PA], MANIF,
  ["organisateurs", "syndicats", "fr.unions"], PARIS, key="f3_org110")
c(d, "27", "27 personnes avaient été interpellées", 27, [E], [DT], DETENU, POLICE, None,
  key="f3_dt27")
c(d, "17", "dont 17 à Paris", 17, [E, AL], [DT], DETENU, POLICE, PARIS, key="f3_dt17")
c(d, "plusieurs milliers", "plusieurs milliers de personnes ont rejoint", 3000, VAGUE, [PA], PERS,
  [], PARIS + ["place de la republique", "nuit debout"], vmin=2000, key="f3_nd_mill")
mi(d, "dix nuits", "Nuit debout, dix nuits", "duration")
c(d, "3¦000 et 4¦000", "entre 3¦000 et 4¦000 personnes", 3500, [RG], [PA], PERS,
  ["organisateurs", "nuit debout"], PARIS + ["place de la republique"], vmin=3000, upper=4000,
  unv=True, key="f3_nd34", note="'dont aucun comptage n'étaye les chiffres'")
mi(d, "sept", "Les sept syndicats", "incidental count of unions")
mi(d, "sept Français sur dix", "sept Français sur dix", "ratio from polls")
c(d, "224¦000", "recensé 224¦000 manifestants", 224000, CROWD, [PA], MANIF, MI, None,
  key="f3_mi224", note="9 March")
c(d, "450¦000", "la CGT 450¦000", 450000, CROWD, [PA], MANIF, CGT, None, key="f3_cgt450")

# --- 004 wire, Friday 15 July 2016, plain spaces ---
d = "004_attentat_nice_depeche.txt"
CAZ = ["bernard cazeneuve", "cazeneuve", "ministre de l'interieur", "interior minister",
       "fr.interior"]
c(d, "84", "au moins 84 morts sur la promenade", 84, [AL], [K], MORTS, [], NICE,
  note="headline on the date line, no speaker")
c(d, "84", "Au moins 84 personnes, dont 10", 84, [AL], [K], MORTS, [], NICE, key="f4_k84lead",
  note="wire lead: the officials are named further down")
c(d, "10", "dont 10 enfants, ont été tuées", 10, [E, AL], [K], ENFANT, [], NICE, key="f4_ch10")
mi(d, "19 tonnes", "camion de 19 tonnes", "weight")
mi(d, "deux kilomètres", "près de deux kilomètres", "distance")
mi(d, "31", "Tunisien de 31 ans", "age")
c(d, "30 000", "Environ 30 000 personnes se trouvaient", 30000, [AP], [OT, PA], PERS,
  ["prefecture des alpes-maritimes", "prefecture", "fr.prefecture"], NICE, key="f4_crowd30",
  note="the crowd watching the fireworks")
c(d, "84", "fait état de 84 morts", 84, [E], [K], MORTS, CAZ, NICE, key="f4_caz84")
c(d, "18", "de 18 blessés « en urgence absolue »", 18, [E], [W], BLESSES, CAZ, NICE,
  key="f4_caz18", note="morning figure of the critically wounded")
c(d, "une cinquantaine", "« une cinquantaine de blessés", 50, [AP], [W], BLESSES,
  ["francois hollande", "hollande", "president", "fr.presidency"], NICE, key="f4_hol50")
c(d, "84", "84 morts et 202 blessés", 84, [E], [K], MORTS, MOLINS, NICE, key="f4_mol84")
c(d, "202", "84 morts et 202 blessés", 202, [E], [W], BLESSES, MOLINS, NICE, key="f4_mol202")
c(d, "52", "dont 52 en urgence absolue", 52, [E, AL], [W], BLESSES, MOLINS, NICE, key="f4_mol52")
c(d, "25", "25 sont en réanimation", 25, [E, AL], [W], BLESSES, MOLINS, NICE, key="f4_mol25")
mi(d, "deux", "deux fusils de type kalachnikov", "incidental count of fake guns")
c(d, "une cinquantaine", "une cinquantaine d'enfants ont été pris en charge", 50, [AP], [W],
  ENFANT, ["direction de l'etablissement", "hopital pediatrique lenval", "lenval", "hopital"],
  NICE, key="f4_len50", note="children taken into hospital care that night")
c(d, "deux", "deux d'entre eux sont morts", 2, [E], [K], ENFANT,
  ["direction de l'etablissement", "hopital pediatrique lenval", "lenval", "hopital"], NICE,
  key="f4_len2", note="part of the children taken to Lenval")
c(d, "1 000", "plus de 1 000 personnes dans la journée", 1000, [MT], [OT], PERS,
  ["agence regionale de sante", "ars", "fr.health"], NICE, key="f4_cump1000",
  note="people seen by the psychological support unit")
mi(d, "trois mois", "prolongé de trois mois", "duration")
mi(d, "trois jours", "trois jours de deuil", "duration")
c(d, "130", "où 130 personnes avaient été tuées", 130, [E], [K], MORTS, [],
  ["paris", "saint-denis"], key="f4_bat130", note="13 November 2015, another event")

# --- 005 web article, 19 July 2016, NBSP grouping ---
d = "005_nice_bilan_revise.txt"
TOUR = ["marisol touraine", "touraine", "ministre de la sante", "ministre", "health minister",
        "fr.health"]
MI_NICE = MI + ["fr.interior"]
c(d, "85", "le bilan s'alourdit à 85 morts", 85, [E], [K], MORTS, [], NICE, note="title")
c(d, "18", "85 morts, 18 blessés toujours", 18, [E], [W], BLESSES, [], NICE, note="title")
c(d, "85", "portant à 85 le nombre de morts", 85, [E], [K], MORTS, TOUR, NICE, key="f5_tou85")
c(d, "84", "était de 84 morts", 84, [E], [K], MORTS, [], NICE, key="f5_rec84",
  note="the article's own recall of Friday's toll, no speaker")
c(d, "85", "85 personnes restaient hospitalisées", 85, [E], [W], BLESSES, TOUR, NICE,
  key="f5_hosp85", note="in hospital; the same number as the dead")
c(d, "18", "dont 18 toujours « en urgence absolue »", 18, [E, AL], [W], BLESSES, TOUR, NICE,
  key="f5_ua18")
c(d, "29", "29 étaient en réanimation", 29, [E], [W], BLESSES, TOUR, NICE, key="f5_rea29")
c(d, "10", "on compte 10 enfants et adolescents", 10, [E, AL], [K], ENFANT, PARQUET, NICE,
  key="f5_ch10")
c(d, "58", "58 victimes ont été formellement identifiées", 58, [E], [OT], MORTS, PARQUET, NICE,
  key="f5_id58", note="identified victims")
c(d, "35", "qui en comptait 35 samedi", 35, [E], [OT], MORTS, PARQUET, NICE, key="f5_id35")
mi(d, "19", "de 19 nationalités", "incidental count of nationalities")
mi(d, "un tiers", "Au moins un tiers", "fraction")
c(d, "six", "six personnes étaient en garde à vue", 6, [E], [DT], DETENU,
  ["source proche du dossier"], NICE, key="f5_gav6")
c(d, "64", "64 policiers nationaux", 64, [E], [DE], POLICIER, MI_NICE, NICE, key="f5_mi64")
c(d, "42", "42 policiers municipaux", 42, [E], [DE], POLICIER, MI_NICE, NICE, key="f5_mi42")
c(d, "20", "20 militaires", 20, [E], [DE], ["militaire", "soldat", "soldier"], MI_NICE, NICE,
  key="f5_mi20")
c(d, "une quarantaine", "« une quarantaine de policiers nationaux à peine »", 40, [AP, AM], [DE],
  POLICIER, ["syndicat alliance police nationale", "alliance", "fr.police_union"], NICE, unv=True,
  key="f5_all40", note="'sans préciser comment il l'a établi'")
mi(d, "une seule", "une seule voiture de police", "a count of one car")
mi(d, "une minute", "une minute de silence", "duration")
c(d, "plusieurs milliers", "plusieurs milliers de personnes se sont réunies", 3000, VAGUE, [PA],
  PERS, [], NICE, vmin=2000)
c(d, "10¤000", "« environ 10¤000 personnes »", 10000, [AP], [PA], PERS,
  ["prefecture", "fr.prefecture"], NICE, key="f5_pref10")
c(d, "20¤000", "« près de 20¤000 »", 20000, [AP, AM], [PA], PERS, ["mairie", "ville de nice"],
  NICE, key="f5_mairie20")
c(d, "1¤400", "1¤400 donneurs", 1400, [E], [OT], ["donneur", "donor", "person"],
  ["etablissement francais du sang", "efs"], NICE, key="f5_don")
mi(d, "trois jours", "en trois jours", "duration")

# --- 006 investigation, six months on (14 January 2017, date in the prose only), U+202F ---
d = "006_nice_six_mois_enquete.txt"
mi(d, "Six mois", "ENQUÊTE | Six mois après", "duration")
mi(d, "Six mois", "Six mois jour pour jour", "duration")
c(d, "86", "qui a fait 86 morts", 86, [E], [K], MORTS, [], NICE, key="f6_k86")
mi(d, "79", "homme de 79 ans", "age")
c(d, "84", "de 84 morts au lendemain", 84, [E], [K], MORTS, [], NICE, key="f6_rec84")
c(d, "85", "puis de 85 quatre jours", 85, [E], [K], MORTS, [], NICE, key="f6_rec85")
mi(d, "quatre jours", "85 quatre jours plus tard", "duration")
c(d, "458", "retient désormais 458 blessés", 458, [E], [W], BLESSES, PARQUET, NICE, key="f6_w458")
c(d, "202", "contre 202 annoncés", 202, [E], [W], BLESSES, MOLINS, NICE, key="f6_w202")
c(d, "2¦000", "« plus de 2¦000 victimes »", 2000, [MT], [OT, CA, W],
  ["victime", "personne", "victim", "person", "people"],
  ["association promenade des anges", "promenade des anges", "association"], NICE,
  key="f6_asso2000", note="victims including psychological trauma: not the parquet's count")
c(d, "2¦368", "2¦368 demandes", 2368, [E], [OT], ["demande", "claim", "request"],
  ["fonds de garantie", "fonds de garantie des victimes du terrorisme", "directeur", "fgti"], None,
  key="f6_fg2368")
c(d, "1¦630", "1¦630 personnes", 1630, [E], [OT], PERS,
  ["fonds de garantie", "fonds de garantie des victimes du terrorisme", "directeur", "fgti"], None,
  key="f6_fg1630")
c(d, "15", "figurent 15 mineurs", 15, [E, AL], [K], ENFANT, PARQUET, NICE, key="f6_ch15")
c(d, "10", "n'en comptait que 10 en juillet", 10, [E], [K], ENFANT, PARQUET, NICE, key="f6_ch10")
c(d, "6", "6 enfants y étaient encore suivis", 6, [E], [W, OT], ENFANT,
  ["hopital lenval", "lenval", "hopital"], NICE, key="f6_len6")
c(d, "50", "sur les 50 pris en charge", 50, [E, AP], [W], ENFANT,
  ["hopital lenval", "lenval", "hopital"], NICE, key="f6_len50")
c(d, "Huit", "Huit personnes ont été mises en examen", 8, [E], [OT, DT], PERS, [], None,
  key="f6_me8", note="people charged")
c(d, "cinq", "dont cinq pour association", 5, [E, AL], [OT, DT], PERS, [], None, key="f6_me5")
mi(d, "1¦300 heures", "plus de 1¦300 heures", "duration of footage")
mi(d, "800", "environ 800 témoins", "incidental count of witnesses heard")
c(d, "64", "le chiffre de 64 policiers", 64, [E], [DE], POLICIER,
  ["inspection generale de la police nationale", "igpn", "rapport", "fr.interior"], NICE,
  key="f6_igpn64")
c(d, "une quarantaine", "« une quarantaine » selon", 40, [AP, AM], [DE], POLICIER,
  ["syndicat alliance", "alliance", "fr.police_union"], NICE, key="f6_all40")
c(d, "42", "déployé 42 policiers municipaux", 42, [E], [DE], POLICIER,
  ["municipalite", "mairie", "ville de nice"], NICE, key="f6_mun42")
mi(d, "40 jours", "après 40 jours de travaux", "duration")
mi(d, "3¦000", "plus de 3¦000 objets", "incidental count of objects left at the memorial")
mi(d, "46", "Hélène, 46 ans", "age")
c(d, "180", "180 personnes toujours suivies", 180, [E], [OT, W], PERS,
  ["etablissement", "chu", "service de psychotraumatologie"], NICE, key="f6_chu180")

# --- 007 wire, Sunday 15 August 2021, plain spaces ---
d = "007_seisme_haiti_depeche.txt"
c(d, "1 297", "le bilan passe à 1 297 morts", 1297, [E], [K], MORTS, [], HAITI,
  note="headline on the date line, no speaker")
mi(d, "7,2", "magnitude 7,2", "magnitude")
c(d, "1 297", "1 297 personnes ont été tuées", 1297, [E], [K], MORTS, PC, HAITI, key="f7_k1297")
c(d, "304", "samedi soir de 304 morts", 304, [E], [K], MORTS, PC, HAITI, key="f7_k304")
mi(d, "12 kilomètres", "à 12 kilomètres", "distance")
mi(d, "150 kilomètres", "environ 150 kilomètres", "distance")
c(d, "1 054", "1 054 morts dans le département du Sud", 1054, [E], [K], MORTS, PC,
  ["sud", "departement du sud"], key="f7_sud1054")
c(d, "137", "137 dans les Nippes", 137, [E], [K], MORTS, PC, ["nippes"], key="f7_nip137")
c(d, "106", "106 dans la Grand'Anse", 106, [E], [K], MORTS, PC, ["grand'anse"], key="f7_ga106")
c(d, "5 700", "Au moins 5 700 personnes", 5700, [AL], [W], BLESSES, PC, HAITI, key="f7_w5700")
c(d, "1 800", "« au moins 1 800 »", 1800, [AL], [W], BLESSES, PC, HAITI, key="f7_w1800")
c(d, "13 694", "13 694 maisons", 13694, [E], [DS], MAISON, PC, HAITI, key="f7_h13694")
c(d, "13 785", "13 785 endommagées", 13785, [E], [DS, AT], MAISON, PC, HAITI, key="f7_h13785",
  note="damaged")
c(d, "200", "reçu plus de 200 blessés", 200, [MT], [W], BLESSES,
  ["infirmiere", "hopital immaculee-conception"], ["les cayes", "cayes"], key="f7_cay200")
c(d, "Des centaines", "Des centaines de personnes seraient", 200, VAGUE, [OT, MS], PERS,
  ["secouristes locaux", "secouristes"], HAITI, vmin=100, unv=True, key="f7_trap",
  note="trapped under rubble; conditional and 'n'a pas pu être confirmé'")
mi(d, "un mois", "pour un mois", "duration")
mi(d, "quatre", "les quatre départements", "incidental count of departments")
c(d, "500 000", "« environ 500 000 »", 500000, [AP], [AF], PERS,
  ["ariel henry", "premier ministre", "prime minister", "ht.government"], HAITI, key="f7_aid500",
  note="people needing emergency aid")
mi(d, "25 centimètres", "jusqu'à 25 centimètres", "rainfall")
c(d, "65", "équipe de 65 secouristes", 65, [E], [DE], ["secouriste", "rescuer"],
  ["maison blanche", "white house", "us.government"], HAITI, key="f7_us65")
c(d, "200 000", "plus de 200 000 morts", 200000, [MT], [K], MORTS, [], ["haiti", "port-au-prince"],
  key="f7_2010", note="the 2010 earthquake, another event")

# --- 008 web article, 19 August 2021, NBSP grouping ---
d = "008_haiti_bilan_revise.txt"
c(d, "2¤200", "dépasse 2¤200 morts", 2200, [MT], [K], MORTS, [], HAITI, key="f8_t2200",
  note="title")
mi(d, "Cinq jours", "Cinq jours après", "duration")
c(d, "2¤207", "nouveau bilan de 2¤207 morts", 2207, [E], [K], MORTS, PC, HAITI, key="f8_k2207")
c(d, "2¤189", "contre 2¤189 mercredi", 2189, [E], [K], MORTS, PC, HAITI, key="f8_k2189")
c(d, "12¤268", "atteint 12¤268", 12268, [E], [W], BLESSES, PC, HAITI, key="f8_w12268")
c(d, "344", "344 personnes sont toujours portées disparues", 344, [E], [MS],
  ["personne", "disparu", "person", "people", "missing"], PC, HAITI, key="f8_ms344")
c(d, "1¤723", "avec 1¤723 morts", 1723, [E], [K], MORTS, PC, ["sud", "departement du sud"],
  key="f8_sud1723")
c(d, "221", "désormais 221 morts", 221, [E], [K], MORTS, PC, ["grand'anse"], key="f8_ga221")
c(d, "600", "« plus de 600 morts »", 600, [MT], [K], MORTS,
  ["diocese de jeremie", "diocese", "eveche"], ["grand'anse", "jeremie"], unv=True,
  key="f8_dio600", note="'L'évêché n'a pas détaillé sa méthode de comptage'")
c(d, "52¤953", "52¤953 maisons", 52953, [E], [DS], MAISON, ["dernier releve"] + PC, HAITI,
  key="f8_h52953")
c(d, "77¤006", "77¤006 endommagées", 77006, [E], [DS, AT], MAISON, ["dernier releve"] + PC, HAITI,
  key="f8_h77006")
c(d, "13¤694", "contre 13¤694 maisons", 13694, [E], [DS], MAISON, [], HAITI, key="f8_h13694",
  note="the first count recalled without a speaker")
c(d, "60", "Environ 60 églises", 60, [AP], [AT, DS], ["eglise", "church"], [], HAITI)
c(d, "une vingtaine", "une vingtaine d'hôpitaux", 20, [AP], [AT, DS],
  ["hopital", "centre de sante", "hospital"], [], HAITI)
c(d, "30¤000", "Quelque 30¤000 familles", 30000, [AP], [DP, AF], ["famille", "family"],
  ["unicef"], HAITI, key="f8_fam30")
c(d, "650¤000", "environ 650¤000 personnes", 650000, [AP], [AF], PERS, ["onu", "un"], HAITI,
  key="f8_un650")
c(d, "260¤000", "dont 260¤000 enfants", 260000, [E, AP, AL], [AF], ENFANT, ["onu", "un"], HAITI,
  key="f8_un260")
c(d, "8¤000", "rations à 8¤000 personnes", 8000, [E], [AF, OT], PERS,
  ["programme alimentaire mondial", "pam", "wfp"], HAITI, key="f8_pam8")
c(d, "des dizaines", "des dizaines d'habitants", 24, VAGUE, [PA, OT], ["habitant", "resident", "person"],
  [], ["les cayes", "cayes"], vmin=12)
mi(d, "cinq nuits", "depuis cinq nuits", "duration")
mi(d, "37", "Roseline, 37 ans", "age")
c(d, "4¤000", "4¤000 kits", 4000, [E], [OT], ["kit", "kit d'hygiene", "hygiene kit"],
  ["gouvernement", "ht.government"], HAITI)
c(d, "15", "15 sites d'accueil", 15, [E], [OT], ["site", "site d'accueil", "shelter"],
  ["gouvernement", "ht.government"], HAITI)
mi(d, "40 lits", "capacité de 40 lits", "capacity")
c(d, "304", "faisait état de 304 morts", 304, [E], [K], MORTS, [], HAITI, key="f8_rec304",
  note="'Le premier bilan officiel' recalled without naming the agency")
mi(d, "7,0", "magnitude 7,0", "magnitude")
c(d, "200¤000", "plus de 200¤000 personnes", 200000, [MT], [K], MORTS, [], ["haiti", "port-au-prince"],
  key="f8_2010", note="the 2010 earthquake")

LINKS = [
    # 001 inside the live blog (newest first)
    ("linked", R, "f1_mi174", "f1_mi390", "ministry's national count 174 000 at 15h, 390 000 at 21h05"),
    ("linked", R, "f1_mi174b", "f1_mi390", "'390 000, contre 174 000 annoncés': revision in one sentence"),
    ("linked", R, "f1_pp10", "f1_dt32par", "Paris arrests: prefecture 'une dizaine' at 18h40, the ministry's 32 at 21h05 (same official voice)"),
    ("linked", C, "f1_mi390", "f1_cgt12", "national crowd: ministry vs CGT"),
    ("linked", C, "f1_pp27", "f1_is160", "Paris crowd: police 26-28 000 vs unions 160 000"),
    ("linked", C, "f1_pp27", "f1_fo100", "Paris crowd: police vs FO 'au moins 100 000'"),
    ("linked", C, "f1_mar12", "f1_mar80", "Marseille: police vs unions"),
    ("linked", C, "f1_ly176", "f1_unl250", "schools blocked: ministry 176 vs UNL 'plus de 250'"),
    ("not_conflict", N, "f1_is160", "f1_fo100", "unions 160 000 vs FO's floor 'au moins 100 000': compatible"),
    ("not_conflict", N, "f1_is160", "f1_cgt12", "Paris inside the national union count"),
    ("not_conflict", N, "f1_pp27", "f1_mi390", "Paris police count vs national ministry count"),
    ("not_conflict", N, "f1_mar12", "f1_mi174", "Marseille vs national"),
    ("not_conflict", N, "f1_tou15", "f1_mar12", "Toulouse vs Marseille"),
    ("not_conflict", N, "f1_dt32par", "f1_dt57", "Paris arrests inside the national 57"),
    ("not_conflict", N, "f1_pol3", "f1_pol24", "seriously wounded officers inside the 24"),
    ("not_conflict", N, "f1_pet", "f1_cgt12", "same 1,2 million: petition signatures vs marchers"),
    # 002
    ("linked", R, "f2_dt8", "f2_dt11", "Nantes arrests 8 then 11 (prefecture)"),
    ("linked", C, "f2_nan20", "f2_nan40", "Nantes 31 March: prefecture vs unions"),
    ("linked", C, "f2_nan7", "f2_nan20s", "Nantes 9 March: prefecture vs unions"),
    ("not_conflict", N, "f2_nan20", "f2_nan20s", "same 20 000: prefecture on 31 March vs unions on 9 March"),
    ("not_conflict", N, "f2_nan7", "f2_nan20", "prefecture's Nantes counts on two different days"),
    ("not_conflict", N, "f2_nan40", "f2_fo40", "FO restates the unions' 40 000"),
    ("linked", C, "f2_sn45", "f2_sn9", "Saint-Nazaire: police vs organisers"),
    ("linked", C, "f2_ren55", "f2_ren12", "Rennes: prefecture vs CGT"),
    ("linked", C, "f2_mi390", "f2_cgt12", "national: ministry vs CGT"),
    ("not_conflict", N, "f2_nan20", "f2_mi390", "Nantes vs national"),
    ("not_conflict", N, "f2_par27", "f2_mi390", "'dont 26 000 à 28 000 à Paris': part of the national count"),
    ("not_conflict", N, "f2_cgt300", "f2_stu300", "300 strikers at the shipyards vs 300 students in Rennes"),
    ("not_conflict", N, "f2_ren3", "f2_dt11", "Rennes arrests vs Nantes arrests"),
    ("not_conflict", N, "f2_pol4", "f1_pol24", "Nantes officers wounded inside the national 24"),
    ("not_conflict", N, "f2_ndl15", "f1_tou15", "same 15 000: another protest (Notre-Dame-des-Landes) vs Toulouse"),
    # 001 <-> 002
    ("not_conflict", N, "f1_mi390", "f2_mi390", "the ministry's count restated"),
    ("not_conflict", N, "f1_cgt12", "f2_cgt12", "the CGT's count restated"),
    ("not_conflict", N, "f1_pp27", "f2_par27", "the Paris police range restated"),
    ("linked", C, "f2_mi390", "f1_cgt12", "ministry (regional paper) vs CGT (live blog), same day"),
    ("not_conflict", N, "f1_dt57", "f2_dt11", "Nantes arrests vs the national 57"),
    ("not_conflict", N, "f1_ly176", "f2_ly15", "Nantes schools inside the national count"),
    # 003
    ("linked", R, "f3_dt57", "f3_dt64", "31 March arrests: 57 on Thursday, 64 on Friday (ministry)"),
    ("linked", R, "f3_pol24", "f3_pol29", "31 March officers wounded: 24 then 29 (ministry)"),
    ("linked", C, "f3_mi390", "f3_cgt12", "31 March national: ministry vs CGT"),
    ("linked", C, "f3_pp27", "f3_is160", "31 March Paris: police vs unions"),
    ("linked", C, "f3_mi29", "f3_unef100", "5 April: ministry vs Unef"),
    ("linked", C, "f3_mi120", "f3_org500", "9 April national: ministry vs organisers"),
    ("linked", C, "f3_mi28par", "f3_org110", "9 April Paris: ministry vs organisers"),
    ("linked", C, "f3_mi224", "f3_cgt450", "9 March national: ministry vs CGT"),
    ("not_conflict", N, "f3_mi390", "f3_mi120", "ministry, 31 March vs 9 April"),
    ("not_conflict", N, "f3_mi120", "f3_mi224", "ministry, 9 April vs 9 March"),
    ("not_conflict", N, "f3_mi29", "f3_mi390", "ministry, 5 April vs 31 March"),
    ("not_conflict", N, "f3_cgt12", "f3_org500", "unions, 31 March vs 9 April"),
    ("not_conflict", N, "f3_mi28par", "f3_mi120", "Paris inside the national count, 9 April"),
    ("not_conflict", N, "f3_org110", "f3_org500", "Paris inside the organisers' count, 9 April"),
    ("not_conflict", N, "f3_dt17", "f3_dt27", "Paris arrests inside the 27, 9 April"),
    ("not_conflict", N, "f3_dt130", "f3_dt64", "5 April Paris arrests vs 31 March national arrests"),
    ("not_conflict", N, "f3_mi28par", "f3_pp27", "Paris police counts on 9 April vs 31 March"),
    ("not_conflict", N, "f3_nd_mill", "f3_nd34", "Nuit debout: 'plusieurs milliers' vs 3-4 000, compatible"),
    ("not_conflict", N, "f3_ly34", "f1_ly176", "schools blocked on 5 April vs 31 March"),
    # 001 -> 003, 002 -> 003
    ("linked", R, "f1_dt57", "f3_dt64", "31 March arrests: 57 (live blog) then 64 (review)"),
    ("linked", R, "f1_pol24", "f3_pol29", "31 March officers wounded: 24 then 29"),
    ("not_conflict", N, "f1_mi390", "f3_mi390", "restated"),
    ("not_conflict", N, "f1_is160", "f3_is160", "restated"),
    ("not_conflict", N, "f2_nan7", "f3_mi224", "Nantes on 9 March vs the national 9 March count"),
    ("not_conflict", N, "f2_mi390", "f3_mi120", "ministry, 31 March vs 9 April"),
    # 004
    ("not_conflict", N, "f4_caz84", "f4_mol84", "minister and prosecutor agree"),
    ("linked", R, "f4_caz18", "f4_mol52", "critically wounded: 18 in the morning (minister) then 52 (prosecutor)"),
    ("not_conflict", N, "f4_hol50", "f4_mol52", "'une cinquantaine' vs 52: agree"),
    ("not_conflict", N, "f4_mol52", "f4_mol202", "part of the wounded"),
    ("not_conflict", N, "f4_mol25", "f4_mol52", "in intensive care, part of the 52"),
    ("not_conflict", N, "f4_ch10", "f4_len2", "two children dead at Lenval among the 10"),
    ("not_conflict", N, "f4_len50", "f4_hol50", "same 'une cinquantaine': children in hospital vs critically wounded"),
    ("not_conflict", N, "f4_k84lead", "f4_bat130", "Nice vs 13 November 2015"),
    ("not_conflict", N, "f4_mol202", "f4_mol84", "wounded vs killed"),
    # 005
    ("linked", R, "f5_rec84", "f5_tou85", "toll 84 on Friday, 85 on Monday"),
    ("not_conflict", N, "f5_tou85", "f5_hosp85", "same 85: dead vs still in hospital"),
    ("not_conflict", N, "f5_ua18", "f5_hosp85", "critically wounded inside those in hospital"),
    ("not_conflict", N, "f5_rea29", "f5_ua18", "intensive care on Sunday vs critically wounded on Monday"),
    ("linked", C, "f5_mi64", "f5_all40", "national police on the Promenade: ministry 64 vs Alliance 'une quarantaine'"),
    ("not_conflict", N, "f5_mi64", "f5_mi42", "national vs municipal police"),
    ("not_conflict", N, "f5_mi20", "f5_mi42", "soldiers vs municipal police"),
    ("linked", C, "f5_pref10", "f5_mairie20", "Monday's gathering: prefecture vs town hall"),
    ("not_conflict", N, "f5_ch10", "f5_tou85", "children among the dead"),
    ("not_conflict", N, "f5_gav6", "f5_id58", "people in custody vs victims identified"),
    # 004 -> 005
    ("linked", R, "f4_mol84", "f5_tou85", "toll 84 (prosecutor, Friday) then 85 (health minister, Monday)"),
    ("linked", R, "f4_caz84", "f5_tou85", "toll 84 (interior minister) then 85 (health minister)"),
    ("not_conflict", N, "f4_ch10", "f5_ch10", "children killed, restated"),
    ("not_conflict", N, "f4_mol202", "f5_hosp85", "all wounded vs those still in hospital"),
    ("not_conflict", N, "f4_crowd30", "f5_mairie20", "the fireworks crowd vs Monday's gathering"),
    # 006
    ("linked", R, "f6_rec84", "f6_k86", "toll 84 then 86"),
    ("linked", R, "f6_rec85", "f6_k86", "toll 85 then 86"),
    ("linked", R, "f6_w202", "f6_w458", "wounded 202 (Molins, July) then 458 (parquet, January)"),
    ("linked", R, "f6_ch10", "f6_ch15", "minors killed 10 then 15 (parquet)"),
    ("linked", C, "f6_igpn64", "f6_all40", "national police present: IGPN 64 vs Alliance"),
    ("not_conflict", N, "f6_asso2000", "f6_w458", "victims incl. psychological trauma vs physically wounded"),
    ("not_conflict", N, "f6_len6", "f6_len50", "children still followed, part of the 50"),
    ("not_conflict", N, "f6_me5", "f6_me8", "part of those charged"),
    ("not_conflict", N, "f6_fg1630", "f6_fg2368", "people paid vs claims received"),
    ("not_conflict", N, "f6_igpn64", "f6_mun42", "national vs municipal police"),
    ("not_conflict", N, "f6_chu180", "f6_w458", "people followed by the trauma unit vs wounded"),
    # 004/005 -> 006
    ("linked", R, "f5_tou85", "f6_k86", "toll 85 (July) then 86 (January)"),
    ("linked", R, "f4_mol84", "f6_k86", "toll 84 then 86"),
    ("linked", R, "f4_mol202", "f6_w458", "wounded 202 then 458"),
    ("linked", R, "f4_ch10", "f6_ch15", "children 10 then 15"),
    ("linked", R, "f5_ch10", "f6_ch15", "children 10 then 15"),
    ("not_conflict", N, "f5_mi64", "f6_igpn64", "ministry's 64 confirmed by the IGPN"),
    ("linked", C, "f5_all40", "f6_igpn64", "Alliance (July) vs IGPN"),
    ("not_conflict", N, "f4_len50", "f6_len50", "children at Lenval, restated"),
    ("not_conflict", N, "f5_mi42", "f6_mun42", "municipal police, restated by the town"),
    # 007
    ("linked", R, "f7_k304", "f7_k1297", "toll 304 on Saturday, 1 297 on Sunday (Protection civile)"),
    ("linked", R, "f7_w1800", "f7_w5700", "wounded 'au moins 1 800' then 'au moins 5 700'"),
    ("not_conflict", N, "f7_sud1054", "f7_k1297", "Sud department inside the toll"),
    ("not_conflict", N, "f7_nip137", "f7_k1297", "Nippes inside the toll"),
    ("not_conflict", N, "f7_ga106", "f7_k1297", "Grand'Anse inside the toll"),
    ("not_conflict", N, "f7_h13694", "f7_h13785", "destroyed vs damaged houses"),
    ("not_conflict", N, "f7_k1297", "f7_2010", "2021 vs the 2010 earthquake"),
    ("not_conflict", N, "f7_cay200", "f7_w5700", "one hospital's wounded inside the total"),
    ("not_conflict", N, "f7_trap", "f7_k1297", "trapped vs killed"),
    ("not_conflict", N, "f7_us65", "f7_nip137", "rescuers sent vs dead in Nippes"),
    # 008
    ("linked", R, "f8_k2189", "f8_k2207", "toll 2 189 on Wednesday, 2 207 on Thursday"),
    ("linked", R, "f8_rec304", "f8_k2207", "first toll 304 recalled, now 2 207"),
    ("linked", R, "f8_h13694", "f8_h52953", "houses destroyed 13 694 then 52 953"),
    ("linked", C, "f8_ga221", "f8_dio600", "Grand'Anse dead: Protection civile 221 vs diocese 'plus de 600'"),
    ("not_conflict", N, "f8_sud1723", "f8_k2207", "Sud inside the toll"),
    ("not_conflict", N, "f8_ga221", "f8_k2207", "Grand'Anse inside the toll"),
    ("not_conflict", N, "f8_ms344", "f8_k2207", "missing vs killed"),
    ("not_conflict", N, "f8_un260", "f8_un650", "children inside those needing aid"),
    ("not_conflict", N, "f8_h52953", "f8_h77006", "destroyed vs damaged"),
    ("not_conflict", N, "f8_k2207", "f8_2010", "2021 vs 2010"),
    ("not_conflict", N, "f8_t2200", "f8_k2207", "'dépasse 2 200' and 2 207 agree"),
    ("not_conflict", N, "f8_fam30", "f8_un650", "families who lost their home vs people needing aid"),
    # 007 -> 008
    ("linked", R, "f7_k1297", "f8_k2207", "toll 1 297 (15 Aug) then 2 207 (19 Aug)"),
    ("linked", R, "f7_w5700", "f8_w12268", "wounded 5 700 then 12 268"),
    ("linked", R, "f7_h13694", "f8_h52953", "houses destroyed 13 694 then 52 953"),
    ("linked", R, "f7_sud1054", "f8_sud1723", "Sud dead 1 054 then 1 723"),
    ("linked", R, "f7_ga106", "f8_ga221", "Grand'Anse dead 106 then 221"),
    ("not_conflict", N, "f7_k304", "f8_rec304", "the first toll restated"),
    ("not_conflict", N, "f7_h13694", "f8_h13694", "the first houses count restated"),
    ("not_conflict", N, "f7_2010", "f8_2010", "the 2010 toll restated"),
    ("not_conflict", N, "f7_trap", "f8_ms344", "trapped (Sunday, hedged) vs missing (Thursday)"),
]

if __name__ == "__main__":
    G.write(LINKS)
