#!/usr/bin/env python3
"""French gold for blind6 (written by hand, by meaning; occ computed from anchors)."""
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
MANIF = ["manifestant", "gilet", "personne", "participant", "protester", "demonstrator", "marcher",
         "person", "people"]
MORTS = ["mort", "personne", "victime", "person", "people", "victim", "dead"]
DISP = ["disparu", "personne", "person", "people", "missing"]
BLESSES = ["blesse", "personne", "person", "people", "injured", "wounded"]
POLICIER = ["policier", "gendarme", "forces de l'ordre", "agent", "police officer", "officer",
            "police"]
DETENU = ["interpellation", "interpelle", "garde a vue", "personne", "arrest", "person", "people"]

MI = ["ministere de l'interieur", "ministere", "interieur", "place beauvau", "beauvau",
      "interior ministry", "fr.interior"]
CAST = ["christophe castaner", "castaner", "ministre de l'interieur", "ministre",
        "interior minister", "fr.interior"]
DARM = ["gerald darmanin", "darmanin", "ministre de l'interieur", "ministre", "interior minister",
        "ministere de l'interieur", "fr.interior"]
PP = ["prefecture de police", "prefecture", "fr.prefecture"]
CGT = ["cgt", "confederation generale du travail", "fr.cgt"]
GJ_ORG = ["administrateur", "page facebook", "blocage national", "organisateur", "initiateur",
          "gilets jaunes", "figures du mouvement", "porte-parole", "mouvement"]

PARIS = ["paris", "capitale"]
PDB = ["pont-de-beauvoisin", "pont de beauvoisin", "savoie"]
ACA = ["acapulco", "guerrero"]
LYON = ["lyon", "rhone"]
NANTES = ["nantes"]

# --- 001 live blog, Saturday 17 November 2018, newest entry first, NBSP grouping ---
d = "001_gilets_jaunes_direct_17nov.txt"
for i in (0, 1):
    c(d, "282¤710", "Gilets jaunes : 282¤710 manifestants selon l'Intérieur", 282710, [E, AP], [PA],
      MANIF, MI, None, ai=i, note="title (twice): the ministry named in the title")
mi(d, "214", "214 commentaires", "comment counter")
c(d, "282¤710", "journée : 282¤710 personnes", 282710, [E, AP], [PA], MANIF, MI, None,
  key="f1_mi282", note="the ministry's last count of the day")
c(d, "2¤034", "2¤034 rassemblements", 2034, [E], [OT], ["rassemblement", "blocage", "gathering",
  "rally"], MI, None, note="gatherings and road blocks")
c(d, "227", "227 personnes ont été blessées", 227, [E], [W], BLESSES, MI, None, key="f1_w227",
  note="'selon la même source': the ministry")
c(d, "sept", "dont sept grièvement", 7, [E, AL], [W], BLESSES, MI, None, key="f1_g7",
  note="seriously wounded, part of the 227")
c(d, "117", "117 interpellations", 117, [E], [DT], DETENU, MI + ["forces de l'ordre"], None,
  key="f1_dt117")
c(d, "73", "73 personnes ont été placées", 73, [E], [DT], DETENU, MI + ["forces de l'ordre"],
  None, key="f1_gav73", note="in police custody, part of those arrested")
c(d, "quelques centaines", "« quelques centaines d'irresponsables", 300, VAGUE, [PA, OT],
  ["irresponsable", "manifestant", "personne", "person", "people"], CAST, None, vmin=200,
  note="troublemakers within the crowd")
c(d, "quatre", "que quatre policiers et gendarmes", 4, [E], [W], POLICIER, CAST, None,
  key="f1_pol4", note="police among the wounded (19h02)")
c(d, "244¤000", "Le chiffre grimpe à 244¤000", 244000, [E, AP], [PA], MANIF, MI, None,
  note="entry heading; the entry names the ministry (place Beauvau)")
c(d, "244¤000", "recensait 244¤000 gilets jaunes", 244000, [E, AP], [PA], MANIF, MI, None,
  key="f1_mi244", note="count at 17h")
c(d, "124¤000", "contre 124¤000 trois heures", 124000, [E, AP], [PA], MANIF, MI, None,
  key="f1_mi124b", note="the 14h count restated in one sentence")
mi(d, "trois heures", "124¤000 trois heures plus tôt", "duration")
c(d, "106", "signale par ailleurs 106 blessés", 106, [E], [W], BLESSES, MI, None, key="f1_w106",
  note="wounded at 17h35, later 227 in the same live blog")
c(d, "cinq", "dont cinq graves", 5, [E, AL], [W], BLESSES, MI, None, key="f1_g5")
c(d, "un million", "« plus d'un million de Français »", 1000000, [MT], [PA], MANIF, GJ_ORG, None,
  unv=True, key="f1_fb1m", note="organisers on Facebook; 'n'a pu être vérifié'")
mi(d, "63", "une femme de 63 ans", "age")
c(d, "Deux", "Deux autres personnes ont été légèrement", 2, [E], [W], BLESSES,
  ["prefecture de la savoie", "prefecture", "fr.prefecture"], PDB, key="f1_pdb2")
c(d, "124¤000", "fait état de 124¤000 manifestants", 124000, [E, AP], [PA], MANIF, MI, None,
  key="f1_mi124", note="first official count, 14h")
c(d, "1¤500", "1¤500 sites", 1500, [E, AP], [OT], ["site", "rassemblement", "gathering"], MI, None)
c(d, "1¤000", "environ 1¤000 gilets jaunes", 1000, [AP], [PA], MANIF, PP,
  PARIS + ["concorde", "champs-elysees"], key="f1_pp1000")
c(d, "trois", "trois gendarmes ont été légèrement", 3, [E], [W], POLICIER, [],
  ["corbeil-essonnes", "essonne"])
c(d, "800¤000", "plus de 800¤000 personnes", 800000, [MT], [OT, PA],
  ["personne", "signature", "signataire", "person", "people"], [], None, key="f1_pet800",
  note="petition signatures")
mi(d, "23 centimes", "a pris 23 centimes", "money ('Lire aussi' link)")
mi(d, "douze mois", "23 centimes en douze mois", "duration")

# --- 002 regional paper, 18 November 2018 (date in the text only), plain-space grouping ---
d = "002_gilets_jaunes_savoie_isere.txt"
ISERE = ["isere"]
SAVOIE = ["savoie"]
mi(d, "37", "37 commentaires", "comment counter")
c(d, "une quarantaine", "une quarantaine de gilets jaunes", 40, [AP], [PA], MANIF, [], PDB)
mi(d, "63", "une retraitée de 63 ans", "age")
mi(d, "50", "âgée de 50 ans", "age")
c(d, "Deux", "Deux autres manifestants, légèrement blessés", 2, [E], [W], BLESSES,
  ["parquet de chambery", "parquet"], PDB, note="the paragraph's speaker is the parquet")
c(d, "Une cinquantaine", "Une cinquantaine de personnes se sont recueillies", 50, [AP], [PA],
  PERS, [], PDB, note="caption: mourners")
c(d, "3 200", "recensé samedi 3 200 manifestants", 3200, [E, AP], [PA], MANIF,
  ["prefecture", "prefet", "fr.prefecture"], SAVOIE, key="f2_sav3200")
c(d, "26", "26 points de blocage", 26, [E], [OT], ["point", "blocage", "road block"],
  ["prefecture", "prefet", "fr.prefecture"], SAVOIE)
c(d, "10 000", "près de 10 000 personnes", 10000, [AP, AM], [PA], MANIF,
  ["organisateurs", "organisateurs locaux", "organisers"], SAVOIE, key="f2_sav10k")
c(d, "6 500", "compté 6 500 gilets jaunes", 6500, [E, AP], [PA], MANIF,
  ["prefecture", "prefet", "fr.prefecture"], ISERE, key="f2_is6500")
c(d, "15 000", "ils en revendiquent 15 000", 15000, [E, AP], [PA], MANIF,
  ["animateurs", "animateurs du mouvement", "organisateurs", "gilets jaunes"], ISERE,
  key="f2_is15k")
c(d, "cinq", "procédé à cinq interpellations", 5, [E], [DT], DETENU, ["gendarmerie", "gendarmes"],
  ISERE)
mi(d, "41", "Sylvain, 41 ans", "age")
mi(d, "1,53", "1,53 euro", "money (fuel price)")
c(d, "287 710", "état de 287 710 participants", 287710, [E, AP], [PA], MANIF, MI, None,
  key="f2_mi287", note="Sunday's corrected count for Saturday")
c(d, "282 710", "contre 282 710 annoncés", 282710, [E, AP], [PA], MANIF, MI, None,
  key="f2_mi282", note="Saturday evening's count, restated")
c(d, "409", "409 personnes ont été blessées", 409, [E], [W], BLESSES, MI, None, key="f2_w409")
c(d, "14", "dont 14 grièvement", 14, [E, AL], [W], BLESSES, MI, None, key="f2_g14")
c(d, "28", "28 membres des forces de l'ordre", 28, [E, AL], [W], POLICIER + ["membre"], MI, None,
  key="f2_pol28", note="'Parmi elles': police among the 409")
mi(d, "23 centimes", "bondi de 23 centimes", "money ('Lire aussi' link)")
mi(d, "douze mois", "23 centimes en douze mois", "duration")

# --- 003 wire, 2 December 2018 (date line), about Saturday 1 December ---
d = "003_gilets_jaunes_acte3_paris.txt"
POLSRC = ["sources policieres", "source policiere", "police"]
c(d, "412", "« inédite », 412 interpellations", 412, [E], [DT], DETENU, [], PARIS,
  note="headline on the date line, no speaker")
c(d, "412", "procédé à 412 interpellations", 412, [E], [DT], DETENU, PP, PARIS, key="f3_dt412")
c(d, "378", "378 personnes se trouvaient", 378, [E], [DT], DETENU, POLSRC, PARIS,
  key="f3_gav378", note="in custody on Sunday morning")
c(d, "136 000", "recensé 136 000 manifestants", 136000, [E, AP], [PA], MANIF, MI, None,
  key="f3_mi136")
c(d, "10 000", "environ 10 000 à Paris", 10000, [AP], [PA], MANIF, MI, PARIS, key="f3_mi10k")
c(d, "75 000", "que 75 000", 75000, [E, AP], [PA], MANIF, MI, None, key="f3_mi75",
  note="mid-afternoon count, later 136 000")
c(d, "106 301", "dénombré 106 301 gilets jaunes", 106301, [E], [PA], MANIF, MI, None,
  key="f3_mi106", note="Saturday 24 November")
c(d, "8 000", "dont 8 000 sur les Champs-Élysées", 8000, [E, AP, AL], [PA], MANIF, MI,
  PARIS + ["champs-elysees"], key="f3_mi8k", note="24 November")
c(d, "110", "porté de 110 à 133", 110, [E], [W], BLESSES, PP, PARIS, key="f3_w110",
  note="a change stated in one sentence, not a range")
c(d, "133", "de 110 à 133 blessés", 133, [E], [W], BLESSES, PP, PARIS, key="f3_w133")
c(d, "23", "dont 23 membres des forces", 23, [E, AL], [W], POLICIER + ["membre"], PP, PARIS,
  key="f3_pol23")
c(d, "263", "fait état de 263 blessés", 263, [E], [W], BLESSES, MI, None, key="f3_w263")
c(d, "81", "dont 81 policiers et gendarmes", 81, [E, AL], [W], POLICIER, MI, None,
  key="f3_pol81")
c(d, "249", "249 incendies", 249, [E], [OT, DS], ["incendie", "feu", "fire"],
  ["pompiers de paris", "pompiers"], PARIS)
c(d, "112", "dont 112 de véhicules", 112, [E, AL], [DS, OT], ["vehicule", "incendie", "vehicle",
  "car", "fire"], ["pompiers de paris", "pompiers"], PARIS)
c(d, "une demi-douzaine", "une demi-douzaine d'immeubles", 6, [AP], [DS, AT],
  ["immeuble", "building"], ["pompiers de paris", "pompiers"], PARIS)
c(d, "5 000", "Quelque 5 000 policiers", 5000, [AP], [DE], POLICIER, MI, PARIS, key="f3_dep5k")
c(d, "des dizaines de milliers", "des dizaines de milliers de gilets jaunes", 20000, VAGUE, [PA],
  MANIF, [], None, vmin=10000, note="outside Paris")
c(d, "50 000", "au moins 50 000 à Paris", 50000, [AL], [PA], MANIF, GJ_ORG, PARIS, unv=True,
  key="f3_gj50k", note="'sans préciser comment ce chiffre avait été établi'")
c(d, "des centaines de milliers", "des centaines de milliers dans toute la France", 200000,
  VAGUE, [PA], MANIF, GJ_ORG, None, vmin=100000, unv=True)
c(d, "Huit", "Huit d'entre eux", 8, [E], [OT], ["porte-parole", "spokesperson", "gilet"], [],
  None, note="spokespeople designated in mid-November")

# --- 004 weekly review, Sunday 9 December 2018 (date in the text), U+202F grouping ---
d = "004_gilets_jaunes_semaine_revue.txt"
GOV = ["gouvernement", "ministere de l'interieur", "interieur", "fr.interior", "fr.gov"]
for i in (0, 1):
    mi(d, "huit jours", "huit jours qui ont ébranlé", "duration (title, twice)", ai=i)
mi(d, "6 min", "Lecture : 6 min", "reading time")
c(d, "136¦000", "avait compté 136¦000 manifestants", 136000, [E, AP], [PA], MANIF, MI, None,
  key="f4_mi136a", note="Saturday 1 December, named as the event's day")
c(d, "412", "412 interpellations dans la capitale", 412, [E], [DT], DETENU, PP, PARIS,
  key="f4_dt412", note="1 December")
c(d, "263", "donné dimanche à 263", 263, [E], [W], BLESSES, MI, None, key="f4_w263",
  note="1 December, as first given")
c(d, "284", "relevé lundi à 284", 284, [E], [W], BLESSES, MI, None, key="f4_w284",
  note="1 December, revised on Monday")
mi(d, "six mois", "moratoire de six mois", "duration")
c(d, "151", "151 jeunes sont interpellés", 151, [E], [DT], ["jeune", "lyceen", "eleve",
  "personne", "young", "person", "people"], [], ["mantes-la-jolie", "yvelines"], key="f4_dt151",
  note="Thursday 6 December")
c(d, "dizaines", "La vidéo de dizaines d'adolescents", 24, VAGUE, [DT, OT],
  ["adolescent", "jeune", "teenager"], [], ["mantes-la-jolie", "yvelines"], vmin=12,
  note="the arrested pupils kneeling in the video")
c(d, "200", "plus de 200 lycées", 200, [MT], [AF, OT], ["lycee", "etablissement", "school"],
  ["ministere de l'education nationale", "ministere de l'education", "education nationale",
   "fr.education"], None)
c(d, "89¦000", "déployé 89¦000 policiers", 89000, [E, AP], [DE], POLICIER, GOV, None,
  key="f4_dep89k", note="8 December")
c(d, "8¦000", "dont 8¦000 à Paris", 8000, [E, AP], [DE], POLICIER, GOV, PARIS, key="f4_dep8k")
c(d, "une douzaine", "une douzaine de véhicules blindés", 12, [AP], [DE],
  ["vehicule", "blinde", "armoured vehicle", "armored vehicle", "vehicle"], GOV, PARIS)
c(d, "125¦000", "annoncé 125¦000 manifestants", 125000, [E, AP], [PA], MANIF, MI, None,
  key="f4_mi125", note="8 December, the 18h count")
c(d, "136¦000", "retenir 136¦000 en fin", 136000, [E, AP], [PA], MANIF, MI, None,
  key="f4_mi136b", note="8 December, final count")
c(d, "10¦000", "environ 10¦000 gilets jaunes", 10000, [AP], [PA], MANIF, [], PARIS,
  note="'on comptait': no speaker")
c(d, "1¦723", "1¦723 dans toute la France", 1723, [E], [DT], DETENU, MI, None, key="f4_dt1723")
c(d, "1¦082", "dont 1¦082 à Paris", 1082, [E], [DT], DETENU, MI, PARIS, key="f4_dt1082")
c(d, "1¦220", "1¦220 gardes à vue", 1220, [E], [DT], DETENU, MI, None, key="f4_gav1220")
c(d, "135", "On dénombre 135 blessés", 135, [E], [W], BLESSES, MI, None, key="f4_w135")
c(d, "17", "dont 17 membres", 17, [E, AL], [W], POLICIER + ["membre"], MI, None, key="f4_pol17")
c(d, "4¦500", "plus de 4¦500 personnes", 4500, [MT], [DT], DETENU, MI, None, key="f4_dt4500",
  note="cumulative since 17 November")
c(d, "400¦000", "« plus de 400¦000 »", 400000, [MT], [PA], MANIF, GJ_ORG, None, unv=True,
  key="f4_gj400k", note="'Aucun comptage indépendant ne permet de confirmer ce chiffre'")
mi(d, "72¦%", "72¦% des Français", "percentage (poll)")
mi(d, "trois semaines", "depuis trois semaines", "duration")
mi(d, "10¦milliards", "dépasser 10¦milliards d'euros", "money, hypothetical")
mi(d, "huit", "qui sont les huit porte-parole", "incidental count in a 'Lire aussi' link")

# --- 005 retrospective, 16 November 2019 (date in the text), U+202F and plain grouping ---
d = "005_gilets_jaunes_un_an_apres.txt"
mi(d, "7 min", "Temps de lecture : 7 min", "reading time")
mi(d, "un an", "Gilets jaunes, un an après", "duration (title)")
mi(d, "deux", "Des blessés des deux côtés", "'both sides' (subheading), not a count")
mi(d, "douze mois", "Il y a douze mois", "duration")
c(d, "des centaines de milliers", "des centaines de milliers de Français", 200000, VAGUE, [PA],
  MANIF + ["francais"], [], None, vmin=100000, note="17 November 2018, in the article's voice")
c(d, "282¦710", "annoncé 282¦710 manifestants", 282710, [E, AP], [PA], MANIF, MI, None,
  key="f5_mi282")
c(d, "287¦710", "corriger le lendemain à 287¦710", 287710, [E, AP], [PA], MANIF, MI, None,
  key="f5_mi287")
c(d, "un million", "plus d'un million de personnes", 1000000, [MT], [PA], MANIF, GJ_ORG, None,
  unv=True, key="f5_fb1m", note="'un chiffre qu'aucun comptage n'est jamais venu étayer'")
c(d, "1,2 million", "dépasse aujourd'hui 1,2 million", 1200000, [MT], [OT, PA],
  ["signature", "signataire", "personne", "person", "people"], [], None, key="f5_pet12",
  note="petition signatures a year on")
c(d, "409", "Donné à 409 blessés", 409, [E], [W], BLESSES, MI, None, key="f5_w409",
  note="17 November 2018, as given on Sunday")
c(d, "528", "porté à 528 le lundi", 528, [E], [W], BLESSES, MI, None, key="f5_w528")
c(d, "17", "dont 17 blessés graves", 17, [E, AL], [W], BLESSES, MI, None, key="f5_g17")
c(d, "onze", "onze personnes ont perdu la vie", 11, [E], [K], MORTS,
  ["decompte officiel", "officiel", "autorites", "gouvernement", "ministere", "fr."], None,
  key="f5_k11", note="cumulative over the year")
c(d, "84 000", "recensé 84 000 manifestants", 84000, [E, AP], [PA], MANIF, MI, None,
  key="f5_mi84", note="Saturday 12 January 2019")
c(d, "147 365", "en a compté 147 365", 147365, [E], [PA], MANIF,
  ["nombre jaune", "collectif"], None, key="f5_nj147")
c(d, "300 000", "« plus de 300 000 »", 300000, [MT], [PA], MANIF,
  ["france police", "policiers en colere", "syndicat"], None, key="f5_fp300")
c(d, "2¦495", "2¦495 manifestants", 2495, [E], [W], MANIF + ["blesse"], MI, None,
  key="f5_w2495", note="protesters wounded over the year")
c(d, "1¦944", "1¦944 membres des forces", 1944, [E], [W], POLICIER + ["membre"], MI, None,
  key="f5_pol1944", note="police wounded over the year")
c(d, "24", "compté 24 personnes éborgnées", 24, [E], [W], PERS + ["eborgne"],
  ["david dufresne", "dufresne", "journaliste"], None, key="f5_df24")
c(d, "cinq", "cinq mains arrachées", 5, [E], [W], ["main", "hand", "personne", "person"],
  ["david dufresne", "dufresne", "journaliste"], None)
c(d, "313", "313 enquêtes judiciaires", 313, [E], [OT], ["enquete", "investigation", "inquiry"],
  [], None)
c(d, "Une vingtaine", "Une vingtaine seulement", 20, [AP], [OT], ["enquete", "investigation"],
  [], None)
c(d, "3¦000", "plus de 3¦000 condamnations", 3000, [MT], [OT], ["condamnation", "conviction"],
  [], None)
c(d, "1¦000", "environ 1¦000 à de la prison", 1000, [AP], [OT], ["condamnation", "prison",
  "conviction", "sentence"], [], None)
mi(d, "quelques milliers", "quelques milliers de personnes sont attendues", "expected turnout")
mi(d, "une dizaine", "une dizaine de villes", "incidental count")

# --- 006 wire, 26 October 2023 (date line), Hurricane Otis ---
d = "006_otis_acapulco_bilan.txt"
ROD = ["rosa icela rodriguez", "rodriguez", "ministre de la securite", "ministre", "securite",
       "mx.security", "mx."]
for i in (0, 1):
    c(d, "27", "au moins 27 morts à Acapulco", 27, [AL], [K], MORTS, [], ACA, ai=i,
      note="title (twice), no speaker")
c(d, "27", "a fait au moins 27 morts", 27, [AL], [K], MORTS, ROD, ACA, key="f6_k27")
c(d, "quatre", "27 morts et quatre disparus", 4, [E, AL], [MS], DISP, ROD, ACA, key="f6_ms4")
c(d, "trois", "au moins trois marins", 3, [AL], [K], ["marin", "sailor", "victime"], ROD, ACA,
  key="f6_mar3", note="'selon elle'; part of the 27")
mi(d, "une douzaine", "en une douzaine d'heures", "duration")
mi(d, "270¤km/h", "vents de 270¤km/h", "wind speed")
c(d, "504¤000", "504¤000 foyers", 504000, [E, AP], [AF], ["foyer", "household", "home",
  "client", "customer"], ["cfe", "compagnie publique d'electricite", "compagnie", "mx.cfe"],
  ACA, key="f6_cfe504", note="without power")
mi(d, "40¤%", "environ 40¤%", "percentage")
c(d, "8¤000", "plus de 8¤000 militaires", 8000, [MT], [DE], ["militaire", "soldat", "soldier",
  "troop"], ["ministere de la defense", "defense", "mx.defense", "mx."], ACA, key="f6_dep8k")
c(d, "une centaine", "une centaine de camions", 100, [AP], [DE, OT], ["camion", "truck"],
  ["ministere de la defense", "defense", "mx.defense", "mx."], ACA)
c(d, "des dizaines", "des dizaines de bateaux", 24, VAGUE, [DS], ["bateau", "boat"], [], ACA,
  vmin=12, note="boats sunk in the bay")
mi(d, "80¤%", "près de 80¤%", "percentage")
c(d, "49", "ouvert 49 refuges", 49, [E], [OT], ["refuge", "shelter"],
  ["protection civile", "mx.civil_protection"], ACA)
c(d, "3¤000", "près de 3¤000 personnes", 3000, [AP, AM], [DP], PERS,
  ["protection civile", "mx.civil_protection"], ACA, note="in shelters")
c(d, "200", "plus de 200 morts", 200, [MT], [K], MORTS, [], ACA, key="f6_pau200",
  note="Hurricane Pauline, 1997")

# --- 007 web article, 2 November 2023 (date in the text), Otis toll revised ---
d = "007_otis_bilan_revise.txt"
SAL = ["evelyn salgado", "salgado", "gouverneure", "guerrero", "mx.guerrero", "mx."]
FED = ["gouvernement federal", "gouvernement", "federal", "mx.gov", "mx."]
COLL = ["collectif", "collectif de familles", "familles de disparus", "familles"]
c(d, "45", "s'alourdit à 45 morts", 45, [E], [K], MORTS, [], ACA, note="title, no speaker")
c(d, "47", "45 morts et 47 disparus", 47, [E], [MS], DISP, [], ACA, note="title")
mi(d, "Une semaine", "Une semaine après", "duration")
c(d, "45", "que 45 personnes étaient mortes", 45, [E], [K], MORTS, SAL, ACA, key="f7_k45")
c(d, "47", "que 47 restaient", 47, [E], [MS], DISP, SAL, ACA, key="f7_ms47")
c(d, "39", "état de 39 morts", 39, [E], [K], MORTS, FED, ACA, key="f7_k39",
  note="Sunday's federal toll")
c(d, "10", "de 10 disparus", 10, [E], [MS], DISP, FED, ACA, key="f7_ms10")
c(d, "27", "était de 27 morts", 27, [E, AL], [K], MORTS, [], ACA, key="f7_k27",
  note="'Le premier bilan' recalled without a speaker")
c(d, "36", "36 des 45 victimes", 36, [E], [OT], ["victime", "victim", "personne"], SAL, ACA,
  key="f7_id36", note="identified, part of the dead")
c(d, "45", "36 des 45 victimes", 45, [E], [K], MORTS, SAL, ACA, key="f7_k45b")
c(d, "300", "« dépasse largement 300 »", 300, [MT], [K], MORTS, COLL, ACA, unv=True,
  key="f7_col300", note="'sans fournir de liste nominative ni de preuves'")
mi(d, "34", "Marisol, 34 ans", "age")
c(d, "220 000", "quelque 220 000 logements", 220000, [AP], [DS, AT], ["logement", "habitation",
  "home", "house", "dwelling"], ["ministere du bien-etre", "bien-etre", "recensement", "mx."],
  ACA)
mi(d, "95 %", "chez 95 %", "percentage")
c(d, "513 000", "des 513 000 clients", 513000, [E, AP], [AF], ["client", "foyer", "customer",
  "household"], ["cfe", "compagnie publique d'electricite", "compagnie", "mx.cfe"], ACA,
  key="f7_cfe513")
mi(d, "61 milliards", "61 milliards de pesos", "money")
mi(d, "3,2 milliards", "3,2 milliards d'euros", "money")
c(d, "250 000", "Plus de 250 000 colis", 250000, [MT], [OT], ["colis", "parcel", "package"],
  ["armee", "army", "mx.defense"], ACA)
c(d, "10 000", "déployé 10 000 soldats", 10000, [E, AP], [DE], ["soldat", "militaire", "soldier",
  "troop"], ["armee", "army", "mx.defense"], ACA, key="f7_dep10k")
mi(d, "3 000", "Seules 3 000 des", "hotel rooms expected back by the end of the year (forecast, conditional)")
mi(d, "19 000", "quelque 19 000 chambres", "stock (hotel rooms in the city)")
mi(d, "une douzaine", "une douzaine d'heures avant", "duration")

# --- 008 live blog, 1 May 2023 (date line), oldest entry first, NBSP grouping ---
d = "008_premier_mai_direct.txt"
c(d, "782¤000", "1er-Mai : 782¤000 manifestants", 782000, [E, AP], [PA], MANIF, MI, None,
  note="title: 'selon l'Intérieur'")
c(d, "2,3 millions", "2,3 millions selon la CGT", 2300000, [E, AP], [PA], MANIF, CGT, None,
  note="title")
mi(d, "1 526", "1 526 réactions", "comment counter")
mi(d, "huit", "les huit principaux syndicats", "incidental count")
mi(d, "trois mois et demi", "trois mois et demi après", "duration")
mi(d, "entre 500¤000 et 650¤000", "attend entre 500¤000 et 650¤000", "expected turnout (range)")
mi(d, "80¤000 à 100¤000", "dont 80¤000 à 100¤000 à Paris", "expected turnout (range)")
c(d, "18¤000", "compte 18¤000 manifestants", 18000, [E, AP], [PA], MANIF,
  ["prefecture du rhone", "prefecture", "fr.prefecture"], LYON, key="f8_ly18")
c(d, "55¤000", "en revendique 55¤000", 55000, [E, AP], [PA], MANIF,
  ["intersyndicale", "syndicats", "unions"], LYON, key="f8_ly55")
c(d, "15¤000", "ils étaient 15¤000 selon la police", 15000, [E, AP], [PA], MANIF,
  ["police", "fr.police"], NANTES, key="f8_na15")
c(d, "40¤000", "40¤000 selon les syndicats", 40000, [E, AP], [PA], MANIF,
  ["syndicats", "intersyndicale", "unions"], NANTES, key="f8_na40")
c(d, "90¤000", "la CGT annonce 90¤000 personnes", 90000, [E, AP], [PA], MANIF, CGT, ["toulouse"],
  key="f8_to90")
c(d, "14¤000", "la préfecture 14¤000", 14000, [E, AP], [PA], MANIF,
  ["prefecture", "fr.prefecture"], ["toulouse"], key="f8_to14")
c(d, "2¤000", "« environ 2¤000 »", 2000, [AP], [PA, OT], ["casseur", "personne", "rioter",
  "black bloc"], PP, PARIS, note="rioters at the head of the march")
c(d, "112¤000", "recensé 112¤000 manifestants dans la capitale", 112000, [E, AP], [PA], MANIF,
  PP, PARIS, key="f8_pp112")
c(d, "550¤000", "revendique 550¤000 personnes à Paris", 550000, [E, AP], [PA], MANIF, CGT,
  PARIS, key="f8_cgt550")
c(d, "782¤000", "l'Intérieur, 782¤000 personnes", 782000, [E, AP], [PA], MANIF, MI, None,
  key="f8_mi782")
c(d, "112¤000", "dont 112¤000 à Paris", 112000, [E, AP, AL], [PA], MANIF, MI, PARIS,
  key="f8_mi112", note="Paris inside the national count")
c(d, "2,3 millions", "le chiffre de 2,3 millions", 2300000, [E, AP], [PA], MANIF, CGT, None,
  key="f8_cgt23")
mi(d, "300", "plus de 300 villes", "incidental count")
c(d, "380¤000", "avait compté 380¤000 manifestants", 380000, [E, AP], [PA], MANIF, MI, None,
  key="f8_mi380", note="13 April")
c(d, "108", "108 policiers et gendarmes", 108, [E], [W], POLICIER, DARM, None, key="f8_pol108")
c(d, "291", "291 interpellations", 291, [E], [DT], DETENU, DARM, None, key="f8_dt291")

# --- 009 wire, no date at all ("mardi", "au lendemain du 1er-Mai"), plain-space grouping ---
d = "009_premier_mai_bilan_violences.txt"
MEDICS = ["street medics", "secouristes", "collectif", "membre"]
c(d, "406", "1er-Mai : 406 policiers", 406, [E], [W], POLICIER, [], None,
  note="title, no speaker")
c(d, "406", "fait état mardi de 406 policiers", 406, [E], [W], POLICIER, DARM, None,
  key="f9_pol406")
c(d, "108", "contre 108 annoncés", 108, [E], [W], POLICIER, DARM, None, key="f9_pol108",
  note="Monday evening's figure restated")
c(d, "540", "540 interpellations", 540, [E], [DT], DETENU, DARM, None, key="f9_dt540")
c(d, "305", "dont 305 à Paris", 305, [E], [DT], DETENU, DARM, PARIS, key="f9_dt305")
c(d, "291", "il évoquait 291 interpellations", 291, [E], [DT], DETENU, DARM, None,
  key="f9_dt291")
c(d, "Deux", "Deux suspects ont été placés", 2, [E], [DT], ["suspect", "personne", "person"],
  PP, PARIS + ["nation"])
c(d, "150", "plus de 150 manifestants blessés", 150, [MT], [W], MANIF + ["blesse"], MEDICS,
  PARIS, unv=True, key="f9_med150", note="'Ce décompte n'a pu être vérifié'")
c(d, "une dizaine", "dont une dizaine touchés", 10, [AP], [W], MANIF + ["blesse"], MEDICS, PARIS,
  unv=True)
c(d, "38", "38 personnes ont été interpellées", 38, [E], [DT], DETENU,
  ["prefecture du rhone", "prefecture", "fr.prefecture"], LYON, key="f9_ly38")
c(d, "12", "12 policiers légèrement", 12, [E], [W], POLICIER,
  ["prefecture du rhone", "prefecture", "fr.prefecture"], LYON, key="f9_ly12")
c(d, "19", "19 interpellations", 19, [E], [DT], DETENU, ["police", "fr.police"], NANTES)
c(d, "782 000", "son chiffre de 782 000", 782000, [E, AP], [PA], MANIF, MI, None,
  key="f9_mi782")
c(d, "2,3 millions", "en revendique 2,3 millions", 2300000, [E, AP], [PA], MANIF, CGT, None,
  key="f9_cgt23")
c(d, "55 000", "compté 55 000 manifestants", 55000, [E, AP], [PA], MANIF,
  ["cabinet independant", "cabinet", "medias"], PARIS, key="f9_cab55")
mi(d, "deux fois moins", "deux fois moins que", "ratio")
c(d, "112 000", "(112 000)", 112000, [E, AP], [PA], MANIF, PP, PARIS, key="f9_pp112")
mi(d, "dix fois moins", "dix fois moins que", "ratio")
c(d, "550 000", "(550 000)", 550000, [E, AP], [PA], MANIF, CGT, PARIS, key="f9_cgt550")
mi(d, "deux jours", "deux jours avant", "duration")
mi(d, "64", "à 64 ans", "age")

REV = ["REVISION", "CONFLICT"]
CON = ["CONFLICT"]
LINKS = [
    # Gilets jaunes, 17 November 2018: the ministry's counts over the day and the next morning
    ("linked", REV, "f1_mi124", "f1_mi282", "ministry count for 17 Nov: 124 000 at 14h, 282 710 in the evening (live blog)"),
    ("linked", REV, "f1_mi244", "f1_mi282", "ministry count for 17 Nov: 244 000 at 17h, 282 710 in the evening"),
    ("linked", REV, "f1_mi124b", "f1_mi244", "in one sentence: 244 000 'contre 124 000 trois heures plus tôt'"),
    ("linked", REV, "f1_w106", "f1_w227", "wounded on 17 Nov by the ministry: 106 (17h35) then 227 (20h41), inside the live blog"),
    ("linked", REV, "f1_g5", "f1_g7", "seriously wounded by the ministry: five then seven"),
    ("linked", CON, "f1_fb1m", "f1_mi282", "17 Nov crowd: Facebook organisers 'plus d'un million' vs ministry 282 710"),
    ("linked", REV, "f2_mi282", "f2_mi287", "in one sentence: 287 710 'contre 282 710 annoncés samedi soir'"),
    ("linked", REV, "f1_mi282", "f2_mi287", "ministry count for 17 Nov corrected the next morning (across articles)"),
    ("linked", REV, "f1_w227", "f2_w409", "17 Nov wounded by the ministry: 227 on Saturday evening, 409 on Sunday"),
    ("linked", REV, "f1_g7", "f2_g14", "17 Nov seriously wounded: seven, then 14"),
    ("linked", REV, "f1_pol4", "f2_pol28", "police among the 17 Nov wounded: four (Castaner) then 28 (ministry)"),
    ("linked", CON, "f2_sav3200", "f2_sav10k", "Savoie crowd: prefecture 3 200 vs local organisers nearly 10 000"),
    ("linked", CON, "f2_is6500", "f2_is15k", "Isère crowd: prefecture 6 500 vs organisers 15 000"),
    ("linked", REV, "f2_w409", "f5_w528", "17 Nov wounded: 409 on Sunday, 528 on Monday (recalled a year later)"),
    ("linked", REV, "f2_g14", "f5_g17", "17 Nov seriously wounded: 14, then 17"),
    ("linked", REV, "f5_w409", "f5_w528", "retrospective: 'Donné à 409 ... porté à 528'"),
    ("linked", REV, "f5_mi282", "f5_mi287", "retrospective: 282 710 corrected to 287 710"),
    ("linked", CON, "f5_fb1m", "f5_mi287", "17 Nov crowd, a year on: organisers' million vs ministry 287 710"),
    ("linked", CON, "f5_mi84", "f5_nj147", "12 Jan 2019: ministry 84 000 vs Nombre jaune 147 365"),
    ("linked", CON, "f5_mi84", "f5_fp300", "12 Jan 2019: ministry 84 000 vs France Police 'plus de 300 000'"),
    ("linked", CON, "f5_nj147", "f5_fp300", "12 Jan 2019: Nombre jaune 147 365 vs France Police 'plus de 300 000'"),
    # 1 December 2018
    ("linked", REV, "f3_mi75", "f3_mi136", "1 Dec: ministry's mid-afternoon 75 000 then 136 000"),
    ("linked", REV, "f3_w110", "f3_w133", "Paris wounded on 1 Dec, 'porté de 110 à 133' (préfecture)"),
    ("linked", CON, "f3_gj50k", "f3_mi10k", "Paris crowd on 1 Dec: gilets jaunes 'au moins 50 000' vs ministry about 10 000"),
    ("linked", REV, "f4_w263", "f4_w284", "1 Dec wounded, in one sentence of the weekly review: 263 then 284"),
    ("linked", REV, "f3_w263", "f4_w284", "1 Dec wounded: 263 (2 Dec wire) then 284 (weekly review)"),
    # 8 December 2018
    ("linked", REV, "f4_mi125", "f4_mi136b", "8 Dec: ministry 125 000 at 18h then 136 000"),
    ("linked", CON, "f4_gj400k", "f4_mi136b", "8 Dec crowd: movement 'plus de 400 000' vs ministry 136 000"),
    # Otis
    ("linked", REV, "f7_k39", "f7_k45", "Otis toll: federal 39 (Sunday) then Guerrero governor 45 (Wednesday)"),
    ("linked", REV, "f7_k27", "f7_k45", "Otis toll: first 27, now 45 (same article)"),
    ("linked", REV, "f6_k27", "f7_k45", "Otis toll: 'au moins 27' (26 Oct) then 45 (1 Nov), across articles"),
    ("linked", REV, "f6_ms4", "f7_ms47", "Otis missing: four then 47, across articles"),
    ("linked", REV, "f7_ms10", "f7_ms47", "Otis missing: 10 (Sunday) then 47"),
    ("linked", REV, "f6_cfe504", "f7_cfe513", "CFE customers without power: 504 000 then 513 000"),
    ("linked", CON, "f7_col300", "f7_k45", "Otis dead: families' collective 'plus de 300' vs governor 45"),
    ("linked", CON, "f7_col300", "f6_k27", "Otis dead: official 'au moins 27' vs the collective's later 'plus de 300'"),
    # 1 May 2023
    ("linked", CON, "f8_ly18", "f8_ly55", "Lyon: prefecture 18 000 vs unions 55 000"),
    ("linked", CON, "f8_na15", "f8_na40", "Nantes: police 15 000 vs unions 40 000"),
    ("linked", CON, "f8_to90", "f8_to14", "Toulouse: CGT 90 000 vs prefecture 14 000"),
    ("linked", CON, "f8_pp112", "f8_cgt550", "Paris: préfecture de police 112 000 vs CGT 550 000"),
    ("linked", CON, "f8_mi782", "f8_cgt23", "national: ministry 782 000 vs CGT 2,3 millions"),
    ("linked", REV, "f9_pol108", "f9_pol406", "police wounded on 1 May: '406 ... contre 108 annoncés lundi soir'"),
    ("linked", REV, "f8_pol108", "f9_pol406", "police wounded on 1 May: 108 (Monday evening) then 406 (Tuesday), across articles"),
    ("linked", REV, "f8_dt291", "f9_dt540", "arrests on 1 May: 291 then 540, across articles"),
    ("linked", REV, "f9_dt291", "f9_dt540", "arrests on 1 May: 'il évoquait 291' then 540"),
    ("linked", CON, "f9_cab55", "f9_pp112", "Paris: independent count 55 000 vs préfecture 112 000"),
    ("linked", CON, "f9_cab55", "f9_cgt550", "Paris: independent count 55 000 vs CGT 550 000"),
    ("linked", CON, "f9_mi782", "f9_cgt23", "national: ministry 782 000 vs CGT 2,3 millions (the day after)"),
    ("linked", CON, "f8_pp112", "f9_cab55", "Paris on 1 May: préfecture 112 000 (live blog) vs the independent count 55 000 (next day)"),
    ("linked", CON, "f8_cgt550", "f9_cab55", "Paris on 1 May: CGT 550 000 (live blog) vs the independent count 55 000"),
    ("linked", CON, "f8_mi782", "f9_cgt23", "national on 1 May: ministry (live blog) vs CGT (next day)"),
    ("linked", CON, "f1_fb1m", "f5_mi287", "17 Nov crowd: organisers' million on the day vs the ministry's corrected 287 710 recalled a year later"),

    ("not_conflict", None, "f1_mi282", "f1_pp1000", "national count vs Paris"),
    ("not_conflict", None, "f1_w227", "f1_g7", "seven seriously wounded are part of the 227"),
    ("not_conflict", None, "f1_dt117", "f1_gav73", "arrests vs people held in custody"),
    ("not_conflict", None, "f1_w227", "f1_pol4", "police among the wounded: part of a whole"),
    ("not_conflict", None, "f1_mi282", "f1_pet800", "petition signatures vs people on the road blocks"),
    ("not_conflict", None, "f2_sav3200", "f2_mi287", "Savoie count vs the national count"),
    ("not_conflict", None, "f2_is6500", "f2_sav3200", "two départements (Isère vs Savoie)"),
    ("not_conflict", None, "f2_w409", "f2_pol28", "police are part of the 409 wounded"),
    ("not_conflict", None, "f3_mi136", "f3_mi106", "ministry counts for 1 Dec vs 24 Nov"),
    ("not_conflict", None, "f3_mi10k", "f3_mi8k", "Paris on 1 Dec vs on 24 Nov"),
    ("not_conflict", None, "f3_w133", "f3_w263", "Paris wounded vs national wounded (part of a whole)"),
    ("not_conflict", None, "f3_pol23", "f3_pol81", "police wounded in Paris vs nationwide"),
    ("not_conflict", None, "f3_dt412", "f3_gav378", "arrests vs custody"),
    ("not_conflict", None, "f3_w263", "f2_w409", "national wounded on 1 Dec vs on 17 Nov"),
    ("not_conflict", None, "f3_mi136", "f2_mi287", "ministry counts for 1 Dec vs 17 Nov"),
    ("not_conflict", None, "f4_mi136a", "f4_mi125", "1 Dec final count vs 8 Dec provisional count (weekly review names both days)"),
    ("not_conflict", None, "f4_dep89k", "f4_dep8k", "police deployed nationwide vs in Paris"),
    ("not_conflict", None, "f4_dep8k", "f3_dep5k", "police deployed in Paris on 8 Dec vs 1 Dec"),
    ("not_conflict", None, "f4_dt1723", "f4_dt1082", "arrests nationwide vs in Paris"),
    ("not_conflict", None, "f4_dt1723", "f4_gav1220", "arrests vs custody"),
    ("not_conflict", None, "f4_dt4500", "f4_dt1723", "cumulative arrests since 17 Nov vs one day's"),
    ("not_conflict", None, "f4_dt1082", "f4_dt412", "Paris arrests on 8 Dec vs 1 Dec"),
    ("not_conflict", None, "f4_w135", "f4_w284", "wounded on 8 Dec vs 1 Dec"),
    ("not_conflict", None, "f4_dt151", "f4_dt1723", "Mantes-la-Jolie on Thursday vs the national Saturday count"),
    ("not_conflict", None, "f5_mi84", "f5_mi287", "ministry counts for 12 Jan 2019 vs 17 Nov 2018"),
    ("not_conflict", None, "f5_w2495", "f5_pol1944", "protesters wounded vs police wounded (two sides)"),
    ("not_conflict", None, "f5_df24", "f5_w2495", "eye injuries vs all protesters wounded"),
    ("not_conflict", None, "f5_pet12", "f1_pet800", "petition signatures a year apart: a count that grew"),
    ("not_conflict", None, "f5_w528", "f5_w2495", "first day's wounded vs a year's"),
    ("not_conflict", None, "f6_k27", "f6_ms4", "killed vs missing"),
    ("not_conflict", None, "f6_k27", "f6_pau200", "Otis 2023 vs Pauline 1997"),
    ("not_conflict", None, "f6_mar3", "f6_k27", "sailors among the dead"),
    ("not_conflict", None, "f6_dep8k", "f7_dep10k", "'plus de 8 000' troops then 10 000: consistent, a deployment that grew"),
    ("not_conflict", None, "f7_k45", "f7_ms47", "killed vs missing (close numbers)"),
    ("not_conflict", None, "f7_k39", "f7_ms10", "killed vs missing"),
    ("not_conflict", None, "f7_id36", "f7_k45", "identified victims are part of the dead"),
    ("not_conflict", None, "f8_mi782", "f8_mi112", "national count vs its Paris part"),
    ("not_conflict", None, "f8_cgt23", "f8_cgt550", "CGT national vs its Paris part"),
    ("not_conflict", None, "f8_cgt550", "f8_mi782", "CGT's Paris figure vs the ministry's national figure"),
    ("not_conflict", None, "f8_mi782", "f8_mi380", "1 May vs 13 April"),
    ("not_conflict", None, "f8_pol108", "f8_dt291", "police wounded vs arrests"),
    ("not_conflict", None, "f9_dt540", "f9_dt305", "arrests nationwide vs in Paris"),
    ("not_conflict", None, "f9_pol406", "f9_med150", "police wounded vs protesters wounded (two sides)"),
    ("not_conflict", None, "f9_ly38", "f9_dt540", "Lyon arrests vs national"),
    ("not_conflict", None, "f9_ly12", "f9_pol406", "Lyon police wounded vs national"),
    ("not_conflict", None, "f9_pol406", "f9_dt540", "police wounded vs arrests"),
    ("not_conflict", None, "f9_dt305", "f8_dt291", "Paris arrests (part of Tuesday's 540) vs Monday's national 291"),
]
G.write(LINKS)
