#!/usr/bin/env python3
"""English gold for blind7, written by hand, by meaning; occ is computed from anchors (gold_lib)."""
import os
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(SET))
from gold_lib import Gold  # noqa: E402

G = Gold("en", SET)
c, mi = G.claim, G.minor
E, AL, MT, AM, LT, AP, RG, VG = ("EXACT", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN",
                                 "APPROXIMATE", "RANGE", "VAGUE")
VAGUE = [VG, AL, AP]
OFF = [E, AP]
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA, PA = (
    "KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED",
    "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED")

# subjects
PERS = ["person", "people"]
MARCH = ["person", "people", "protester", "marcher", "demonstrator", "participant", "crowd"]
DEAD = ["person", "people", "dead", "death", "victim"]
HURT = ["person", "people", "injured", "wounded"]
ARREST = ["person", "people", "arrest", "arrested"]
OFFICER = ["officer", "police officer", "police"]
MISSING = ["person", "people", "missing", "unaccounted"]
MISSILE = ["missile", "ballistic missile"]

# sources
MET = ["metropolitan police", "the met", "met", "police", "force", "matt twist", "twist",
       "assistant commissioner", "uk.met_police"]
SUTR = ["stand up to racism", "counter-protest organisers", "organisers"]
ROB = ["tommy robinson", "robinson", "stephen yaxley-lennon", "organiser", "organisers"]
ALV = ["dr ruth alvarez", "ruth alvarez", "alvarez", "dr alvarez", "university of leeds"]
ISH = ["ishikawa prefecture", "prefecture", "officials in ishikawa prefecture",
       "prefectural officials", "ishikawa", "governor hiroshi hase", "jp.ishikawa"]
KISHIDA = ["fumio kishida", "kishida", "prime minister", "jp.government"]
IRHM = ["iran's health ministry", "health ministry", "ministry", "hossein kermanpour",
        "kermanpour", "ir.health_ministry"]
HRANA = ["hrana", "human rights activists news agency", "rights group", "ngo.hrana"]
PMO = ["prime minister's office", "israel's prime minister's office", "il.pmo", "israel"]
ILHM = ["israel's health ministry", "health ministry", "il.health_ministry"]
IDF = ["israeli military", "military", "idf", "israel defense forces", "il.idf"]
CAINE = ["gen. dan caine", "dan caine", "caine", "joint chiefs of staff", "us.military"]

# places
LONDON = ["london", "westminster", "whitehall", "central london"]
NOTO = ["noto peninsula", "noto", "ishikawa", "japan", "wajima", "suzu"]
WAJ = ["wajima"]
SUZU = ["suzu"]
HANEDA = ["haneda", "tokyo", "haneda airport"]
IRAN = ["iran"]
ISRAEL = ["israel"]

# --- 001 live blog, Saturday 13 September 2025, newest entry first ---
d = "001_unite_kingdom_rally_live.txt"
c(d, "Tens of thousands", "Tens of thousands at", 20000, VAGUE, [PA], MARCH, [], LONDON,
  vmin=10000, note="headline, no speaker")
c(d, "150,000", "up to 150,000", 150000, [AM], [PA], MARCH, MET, LONDON, key="e1_h150",
  note="entry heading naming the Met")
c(d, "110,000 and 150,000", "between 110,000 and 150,000 people", 130000, [RG], [PA], MARCH,
  MET, LONDON, vmin=110000, upper=150000, key="e1_met_range")
c(d, "5,000", "about 5,000 the Stand Up", 5000, [AP], [PA], MARCH + ["counter-protester"], MET,
  LONDON + ["russell square"], key="e1_met5k", note="the counter-protest")
c(d, "26", "26 officers were injured", 26, [E], [W], OFFICER, MET, LONDON, key="e1_off26")
c(d, "four", "four of them seriously", 4, [E, AL], [W], OFFICER, MET, LONDON, key="e1_ser4")
c(d, "Twenty-four", "Twenty-four people have been arrested", 24, [E], [DT], ARREST, MET, LONDON,
  key="e1_arr24")
c(d, "nine", "nine people have now", 9, [E], [DT], ARREST, MET, LONDON, key="e1_arr9",
  note="19:20, later 24")
c(d, "Dozens", "Dozens of marchers broke", 24, VAGUE, [PA, OT], MARCH, [], LONDON + ["whitehall"],
  vmin=12, note="a group inside the march that broke a cordon; no speaker")
c(d, "20,000", "Counter-protest claims 20,000", 20000, [E, AP, MT], [PA], MARCH, SUTR, LONDON,
  key="e1_h20k", note="entry heading; the hedge in the entry does not reach back to it")
c(d, "20,000", "\"more than 20,000\" people", 20000, [MT], [PA], MARCH, SUTR, LONDON, unv=True,
  key="e1_sutr20k", note="'could not be independently verified'")
mi(d, "four times", "four times the police", "ratio")
c(d, "Millions", "'Millions', say organisers", 2000000, VAGUE, [PA], MARCH, ROB, LONDON,
  vmin=1000000, key="e1_h_millions", note="entry heading naming the organisers; the hedge is in "
  "the entry body")
c(d, "one and three million", "between one and three million", 2000000, [RG], [PA], MARCH, ROB,
  LONDON, vmin=1000000, upper=3000000, unv=True, key="e1_rob",
  note="'a figure given without evidence'")
c(d, "tens of thousands", "\"tens of thousands\" had gathered", 20000, VAGUE, [PA], MARCH, MET,
  LONDON, vmin=10000, key="e1_met_tens", note="early-afternoon estimate")
c(d, "1,600", "More than 1,600 officers", 1600, [MT], [DE], OFFICER, MET, LONDON,
  key="e1_dep1600")
c(d, "500", "including 500 drafted", 500, [E, AL], [DE], OFFICER, MET, LONDON, key="e1_dep500",
  note="part of the 1,600")
mi(d, "Three", "Three football matches", "incidental count")
mi(d, "two", "separating the two groups", "incidental count")
mi(d, "1,284", "1,284 comments", "comment counter")

# --- 002 wire, date line 2025-09-14 ---
d = "002_rally_police_figures.txt"
c(d, "25", "arrests rise to 25", 25, [E], [DT], ARREST, [], LONDON, key="e2_t25",
  note="headline on the date line, no speaker")
c(d, "110,000 and 150,000", "between 110,000 and 150,000 people", 130000, [RG], [PA], MARCH,
  MET, LONDON, vmin=110000, upper=150000, key="e2_met_range")
c(d, "25", "that 25 people had now", 25, [E], [DT], ARREST, MET, LONDON, key="e2_arr25")
c(d, "24", "up from 24 on Saturday", 24, [E], [DT], ARREST, MET, LONDON, key="e2_arr24")
c(d, "26", "that 26 officers had", 26, [E], [W], OFFICER, MET, LONDON, key="e2_off26")
c(d, "Four", "Four of them suffered", 4, [E, AL], [W], OFFICER, MET, LONDON, key="e2_ser4")
c(d, "two", "two remained there", 2, [E], [W], OFFICER, MET + ["spokesperson"], LONDON,
  key="e2_hosp2", note="officers still in hospital")
c(d, "three million", "\"more than three million\" people", 3000000, [MT], [PA], MARCH, ROB,
  LONDON, unv=True, key="e2_rob3m", note="'without providing any evidence'")
c(d, "20,000", "more than 20,000 people had joined", 20000, [MT], [PA], MARCH, SUTR, LONDON,
  key="e2_sutr20k")
c(d, "5,000", "estimate was about 5,000", 5000, [AP], [PA], MARCH, MET, LONDON, key="e2_met5k")
c(d, "1,600", "more than 1,600 officers", 1600, [MT], [DE], OFFICER, MET, LONDON,
  key="e2_dep1600")
c(d, "500", "around 500 from other forces", 500, [AP, AL], [DE], OFFICER, MET, LONDON,
  key="e2_dep500")
mi(d, "three", "three Premier League", "incidental count")
c(d, "15,000", "about 15,000 people joined", 15000, [AP], [PA], MARCH,
  ["police", "police estimates", "metropolitan police"], LONDON, key="e2_ft15k",
  note="June 2018, another protest")
c(d, "five", "five officers were injured", 5, [E], [W], OFFICER, ["police"], LONDON,
  key="e2_ft_off5", note="June 2018")
c(d, "a million", "claimed about a million", 1000000, [AP], [PA], MARCH,
  ["organisers of the people's vote march", "organisers", "people's vote"], LONDON, unv=True,
  key="e2_pv1m", note="March 2019; 'never independently verified'")

# --- 003 analysis, "Published 20 Sep 2025" ---
d = "003_rally_crowd_counts_analysis.txt"
c(d, "110,000 and 150,000", "between 110,000 and 150,000 people", 130000, [RG], [PA], MARCH,
  MET, LONDON, vmin=110000, upper=150000, key="e3_met_range")
c(d, "three million", "\"more than three million\" had", 3000000, [MT], [PA], MARCH, ROB,
  LONDON, unv=True, key="e3_rob3m", note="'a claim for which he has offered no evidence'")
c(d, "80,000", "\"no more than 80,000\"", 80000, [AM, LT], [PA], MARCH, ALV, LONDON,
  key="e3_alv80k", note="peak crowd at one moment")
c(d, "95,000", "roughly 95,000 people", 95000, [AP], [PA], MARCH,
  ["visual team", "this newspaper", "newspaper"], LONDON, key="e3_news95k",
  note="the outlet's own count of one area")
c(d, "20,000", "more than 20,000 marched", 20000, [MT], [PA], MARCH, SUTR, LONDON,
  key="e3_sutr20k")
c(d, "5,000", "the Met said about 5,000", 5000, [AP], [PA], MARCH, MET, LONDON, key="e3_met5k")
c(d, "4,000 and 6,000", "\"between 4,000 and 6,000\"", 5000, [RG], [PA], MARCH, ALV, LONDON,
  vmin=4000, upper=6000, key="e3_alv_range")
c(d, "34", "34 people had now", 34, [E], [DT], ARREST, MET, LONDON, key="e3_arr34")
c(d, "25", "against 25 last Sunday", 25, [E], [DT], ARREST, MET, LONDON, key="e3_arr25")
c(d, "Eleven", "Eleven have been charged", 11, [E], [OT, DT], ["person", "people", "charged"],
  MET, LONDON, key="e3_ch11", note="part of the arrested")
c(d, "26", "officers injured, 26", 26, [E], [W], OFFICER, MET, LONDON, key="e3_off26")
c(d, "15,000", "about 15,000 people attended", 15000, [AP], [PA], MARCH, MET, LONDON,
  key="e3_ft15k", note="June 2018")
c(d, "500", "drew about 500 marchers", 500, [AP], [PA], MARCH, [], ["lewisham"],
  key="e3_nf500", note="1977")
c(d, "several thousand", "several thousand counter-demonstrators", 3000, VAGUE, [PA],
  MARCH + ["counter-demonstrator"], [], ["lewisham"], vmin=2000, key="e3_nf_counter")
mi(d, "twenty or thirty times", "twenty or thirty times", "ratio (not a range)")

# --- 004 wire, date line 2024-01-02 ---
d = "004_noto_earthquake_wire.txt"
c(d, "48", "toll rises to 48", 48, [E], [K], DEAD, [], NOTO, key="e4_t48",
  note="headline on the date line, no speaker")
c(d, "48", "At least 48 people", 48, [AL], [K], DEAD, ISH, NOTO, key="e4_ish48")
c(d, "30", "up from 30 reported", 30, [E, AL], [K], DEAD, ISH, NOTO, key="e4_ish30")
c(d, "hundreds", "where hundreds of wooden houses", 200, VAGUE, [DS],
  ["house", "wooden house", "home"], [], WAJ + SUZU, vmin=100, key="e4_houses")
mi(d, "7.6", "magnitude 7.6", "magnitude")
mi(d, "150", "more than 150 aftershocks", "aftershocks (incidental count)")
mi(d, "1.2 metres", "about 1.2 metres", "height")
mi(d, "72 hours", "the 72 hours", "duration")
c(d, "200", "destroying about 200 buildings", 200, [AP], [DS], ["building"],
  ["fire and disaster management agency", "fdma", "jp.fdma"], WAJ, key="e4_market200")
c(d, "120", "at least 120 people were still waiting", 120, [AL], [OT, MS, AF], PERS,
  ["shigeru sakaguchi", "sakaguchi", "mayor", "wajima's mayor"], WAJ, key="e4_wait120",
  note="trapped, waiting for rescue")
c(d, "33,000", "More than 33,000 people", 33000, [MT], [DP], PERS + ["evacuee"], ISH,
  ["ishikawa"], key="e4_evac33k", note="in evacuation centres on Monday night")
c(d, "33,000", "some 33,000 households", 33000, [AP], [AF], ["household"],
  ["hokuriku electric power", "hokuriku electric", "jp.hokuriku_electric"], NOTO,
  key="e4_pow33k", note="same number as the evacuees, another thing")
c(d, "45,000", "down from 45,000", 45000, [E, AP], [AF], ["household"],
  ["hokuriku electric power", "hokuriku electric", "jp.hokuriku_electric"], NOTO,
  key="e4_pow45k")
c(d, "1,000", "about 1,000 Self-Defense", 1000, [AP], [DE], ["troop", "soldier",
  "self-defense force troop"], KISHIDA, NOTO, key="e4_sdf1000")
c(d, "five", "five crew members", 5, [E], [K], ["crew member", "crew", "person", "people"], [],
  HANEDA, key="e4_cg5", note="Haneda collision, another event the same day")
c(d, "379", "All 379 people", 379, [E], [OT], PERS, [], HANEDA, key="e4_jal379",
  note="escaped the airliner")
c(d, "14", "At least 14 passengers", 14, [AL], [W], ["passenger", "person", "people"], [],
  HANEDA, key="e4_jal14")
c(d, "50", "killed 50 people directly", 50, [E], [K], DEAD, [], ["kumamoto"], key="e4_kum50",
  note="2016, another event")

# --- 005 regional paper, "Updated Jan. 5, 2024" ---
d = "005_noto_toll_missing.txt"
c(d, "92", "climbs to 92", 92, [E], [K], DEAD, [], NOTO, key="e5_t92", note="headline")
c(d, "242", "92, 242 still", 242, [E], [MS], MISSING, [], NOTO, key="e5_t242", note="headline")
c(d, "92", "rose to 92 on Friday", 92, [E], [K], DEAD, ISH, NOTO, key="e5_ish92")
mi(d, "90 hours", "more than 90 hours", "duration")
c(d, "84", "stood at 84", 84, [E], [K], DEAD, ISH, NOTO, key="e5_ish84")
c(d, "64", "64 on Wednesday", 64, [E], [K], DEAD, ISH, NOTO, key="e5_ish64")
c(d, "59", "59 were in Wajima", 59, [E], [K], DEAD, ISH, WAJ, key="e5_waj59")
c(d, "23", "23 in Suzu", 23, [E], [K], DEAD, ISH, SUZU, key="e5_suz23")
c(d, "64", "confirmed 64 deaths", 64, [E], [K], DEAD, ["wajima city hall", "city hall",
  "wajima city"], WAJ, key="e5_wajcity64", note="Wajima's own count, same afternoon")
c(d, "242", "to 242 from 179", 242, [E], [MS], MISSING, ISH, NOTO, key="e5_miss242")
c(d, "179", "from 179 a day", 179, [E], [MS], MISSING, ISH, NOTO, key="e5_miss179")
mi(d, "90s", "in her 90s", "age")
mi(d, "two", "the two counts would", "incidental count")
c(d, "100", "saved more than 100 people", 100, [MT], [OT], PERS,
  ["national police", "police", "jp.police"], NOTO, key="e5_resc100")
c(d, "34,000", "Some 34,000 people", 34000, [AP], [DP], PERS + ["evacuee"], [], ["ishikawa"],
  key="e5_evac34k")
c(d, "366", "in 366 evacuation centres", 366, [E], [OT], ["evacuation centre", "shelter"], [],
  ["ishikawa"])
c(d, "24,000", "About 24,000 households", 24000, [AP], [AF], ["household"], [], NOTO,
  key="e5_pow24k")
c(d, "110,000", "more than 110,000 without", 110000, [MT], [AF], ["household"], [], NOTO,
  key="e5_water")
c(d, "4,600", "to about 4,600", 4600, [AP], [DE], ["troop", "soldier",
  "self-defense force troop"], KISHIDA, NOTO, key="e5_sdf4600")
mi(d, "¥4.7bn", "¥4.7bn", "money")
c(d, "30", "At least 30 evacuees", 30, [AL], [AF, OT], ["evacuee", "person", "people"],
  ["local health officials", "health officials"], NOTO)
c(d, "two", "two elderly evacuees", 2, [E], [K], ["evacuee", "person", "people"],
  ["local health officials", "health officials", "prefecture"], NOTO, key="e5_rel2",
  note="disaster-related deaths, counted apart from the toll")
c(d, "Five", "Five of the six crew", 5, [E], [K], ["crew member", "crew", "person", "people"],
  [], HANEDA, key="e5_cg5", note="Haneda, another event")
mi(d, "six", "of the six crew", "crew size (incidental)")
mi(d, "10 hours", "up to 10 hours", "duration")
mi(d, "100 kilometres", "the 100 kilometres", "distance")

# --- 006 feature six months on, no date given (only "Six months to the day after") ---
d = "006_noto_six_months_on.txt"
mi(d, "Six months", "Six months after the Noto", "duration (headline)")
mi(d, "Six months", "Six months to the day", "duration")
c(d, "299", "killed 299 people", 299, [E], [K], DEAD, ISH, NOTO, key="e6_ish299",
  note="direct and disaster-related deaths together")
c(d, "229", "229 who died", 229, [E], [K], DEAD, ISH, NOTO, key="e6_ish229",
  note="direct deaths: the count the January tolls gave")
c(d, "70", "and 70 whose later", 70, [E], [K], DEAD, ISH, NOTO, key="e6_rel70")
c(d, "Three", "Three people are still", 3, [E], [MS], MISSING, ISH, NOTO, key="e6_miss3")
c(d, "323", "said 323 people", 323, [E], [MS], MISSING, ISH, NOTO, key="e6_miss323",
  note="9 January")
c(d, "26", "had fallen to 26", 26, [E], [MS], MISSING, ISH, NOTO, key="e6_miss26",
  note="a week after 9 January")
c(d, "30", "at least 30 more deaths", 30, [AL], [K], DEAD, ["group representing bereaved "
  "relatives", "bereaved relatives", "families", "group"], SUZU, unv=True, key="e6_fam30",
  note="'a figure the prefecture has not verified'")
c(d, "80,000", "More than 80,000 homes", 80000, [MT], [DS, AT], ["home", "house"], [],
  ["ishikawa"], key="e6_homes80k")
c(d, "6,000", "about 6,000 of them", 6000, [AP], [DS], ["home", "house"], [], ["ishikawa"],
  key="e6_homes6k", note="part of the damaged homes")
c(d, "2,300", "About 2,300 people", 2300, [AP], [DP], PERS + ["evacuee"], [], ["ishikawa"],
  key="e6_evac2300")
c(d, "34,000", "peak of 34,000", 34000, [E, AP], [DP], PERS + ["evacuee"], [], ["ishikawa"],
  key="e6_evac34k")
mi(d, "6,400", "Of the 6,400 temporary", "planned quantity")
c(d, "4,600", "around 4,600 have been completed", 4600, [AP], [OT],
  ["temporary home", "home", "house"], [], ["ishikawa"], key="e6_tmp4600")
c(d, "1,000", "some 1,000 households", 1000, [AP], [AF], ["household"], ["city", "suzu city"],
  SUZU, key="e6_suzu_water")
mi(d, "68", "Nakamura, 68", "age")
mi(d, "30 square metres", "30 square metres", "area")
mi(d, "five years", "reconstruction in five years", "duration")
mi(d, "five years", "I have five years", "duration")
mi(d, "¥700bn", "¥700bn", "money")
mi(d, "two", "in two budgets", "incidental count")
mi(d, "72 hours", "first 72 hours", "duration")
c(d, "1,000", "about 1,000 troops", 1000, [AP], [DE], ["troop", "soldier"],
  ["critics", "opposition lawmakers"], NOTO, key="e6_sdf1000")

# --- 007 wire, date line 2025-06-16 ---
d = "007_israel_iran_strikes_wire.txt"
c(d, "224", "Iran says 224 killed", 224, [E], [K], DEAD, IRHM + ["iran"], IRAN, key="e7_t224",
  note="headline naming Iran")
c(d, "24", "from missiles reaches 24", 24, [E], [K], DEAD, [], ISRAEL, key="e7_t24",
  note="headline: 'Israel's toll' names the place, not a speaker")
c(d, "224", "have killed 224 people", 224, [E], [K], DEAD, IRHM, IRAN, key="e7_ir224")
c(d, "1,277", "sent 1,277 to hospital", 1277, [E], [W], HURT, IRHM, IRAN, key="e7_ir1277")
c(d, "nine", "at least nine nuclear", 9, [AL], [K], ["scientist", "nuclear scientist"],
  ["iranian officials", "officials"], IRAN, key="e7_sci9")
c(d, "406", "documented 406 deaths", 406, [E], [K], DEAD, HRANA, IRAN, unv=True,
  key="e7_hr406", note="'figures that could not be independently verified'")
c(d, "197", "197 of them civilians", 197, [E, AL], [K], ["civilian"], HRANA, IRAN, unv=True,
  key="e7_hr197")
c(d, "24", "In Israel, 24 people", 24, [E], [K], DEAD, PMO, ISRAEL, key="e7_il24")
c(d, "six", "among them six in", 6, [E], [K], DEAD, PMO, ["bat yam"], key="e7_baty6")
c(d, "four", "four women of one family", 4, [E], [K], ["woman", "women", "person", "people"],
  PMO, ["tamra"], key="e7_tamra4")
mi(d, "one", "women of one family", "incidental count")
mi(d, "two", "as the two countries", "incidental count")
c(d, "592", "592 people had been taken", 592, [E], [W], HURT, ILHM, ISRAEL, key="e7_il592")
c(d, "10", "10 of them in serious", 10, [E, AL], [W], HURT, ILHM, ISRAEL, key="e7_il10")
c(d, "370", "about 370 ballistic", 370, [AP], [LA], MISSILE, IDF, ISRAEL, key="e7_mis370")
c(d, "hundreds", "and hundreds of drones", 200, VAGUE, [LA], ["drone"], IDF, ISRAEL, vmin=100,
  key="e7_dr")
c(d, "30", "about 30 struck", 30, [AP], [AT, OT], MISSILE, IDF, ISRAEL, key="e7_hit30")
c(d, "three", "shot down three Israeli", 3, [E], [DS], ["jet", "fighter jet", "f-35",
  "aircraft"], ["iranian state media", "state media", "iran"], IRAN, unv=True, key="e7_f35",
  note="Israel called it fake news; Iran has shown no wreckage")
c(d, "200", "some 200 aircraft", 200, [AP], [DE, LA], ["aircraft", "jet"], IDF, IRAN,
  key="e7_air200")
c(d, "100", "about 100 targets", 100, [AP], [AT], ["target"], IDF, IRAN + ["natanz"],
  key="e7_tgt100")
c(d, "hundreds", "struck hundreds more", 200, VAGUE, [AT], ["site", "target"], IDF, IRAN,
  vmin=100, key="e7_sites")
c(d, "3,000", "about 3,000 people", 3000, [AP], [DP], PERS, ["government", "israeli government",
  "il.government"], ISRAEL, key="e7_il_dp")

# --- 008 analysis, "Wednesday, June 25, 2025" ---
d = "008_israel_iran_ceasefire_tolls.txt"
mi(d, "Twelve days", "Twelve days of war", "duration (headline)")
mi(d, "twelve days", "ended twelve days", "duration")
c(d, "610", "says 610 people", 610, [E], [K], DEAD, IRHM, IRAN, unv=True, key="e8_ir610",
  note="'neither tally can be checked on the ground'")
c(d, "4,746", "4,746 injured", 4746, [E], [W], HURT, IRHM, IRAN, unv=True, key="e8_ir4746")
mi(d, "three times", "almost three times", "ratio")
c(d, "224", "the 224 deaths", 224, [E], [K], DEAD, IRHM, IRAN, unv=True, key="e8_ir224",
  note="the ministry's earlier figure, restated")
c(d, "974", "974 dead", 974, [E], [K], DEAD, HRANA, IRAN, unv=True, key="e8_hr974")
c(d, "387", "identifies 387 as civilians", 387, [E, AL], [K], ["civilian"], HRANA, IRAN,
  unv=True, key="e8_hr387")
c(d, "268", "268 as members", 268, [E, AL], [K], ["member of the security forces",
  "security forces", "soldier"], HRANA, IRAN, unv=True, key="e8_hr268")
c(d, "406", "stood at 406", 406, [E], [K], DEAD, HRANA, IRAN, unv=True, key="e8_hr406")
c(d, "28", "28 people were killed", 28, [E], [K], DEAD, PMO, ISRAEL, key="e8_il28")
c(d, "24", "up from 24 after", 24, [E], [K], DEAD, PMO, ISRAEL, key="e8_il24")
c(d, "3,238", "3,238 people were treated", 3238, [E], [W], HURT, ILHM, ISRAEL, key="e8_il3238")
c(d, "550", "about 550 ballistic", 550, [AP], [LA], MISSILE, IDF, ISRAEL, key="e8_mis550")
c(d, "1,000", "about 1,000 drones", 1000, [AP], [LA], ["drone"], IDF, ISRAEL, key="e8_dr1000")
c(d, "36", "36 missiles hit", 36, [E], [AT, OT], MISSILE, IDF, ISRAEL, key="e8_hit36")
c(d, "seven", "seven B-2 bombers", 7, [E], [DE, LA], ["bomber", "b-2", "aircraft"], CAINE,
  IRAN, key="e8_b2")
c(d, "14", "dropped 14", 14, [E], [LA], ["bomb", "bunker-buster"], CAINE,
  IRAN + ["fordow", "natanz"], key="e8_bb14")
c(d, "125", "more than 125 aircraft", 125, [MT], [DE], ["aircraft"], CAINE, IRAN,
  key="e8_air125")
c(d, "two dozen", "more than two dozen Tomahawk", 24, [MT], [LA], ["missile", "tomahawk",
  "tomahawk missile"], CAINE, IRAN + ["isfahan"], key="e8_tom")
c(d, "14", "had fired 14 missiles", 14, [E], [LA], ["missile"], ["president donald trump",
  "donald trump", "trump", "us.president"], ["al udeid", "qatar"], key="e8_tr14")
c(d, "13", "13 of which", 13, [E], [DS], ["missile"], ["president donald trump",
  "donald trump", "trump", "us.president"], ["al udeid", "qatar"], key="e8_tr13")
c(d, "19", "19 missiles had been fired", 19, [E], [LA], ["missile"],
  ["qatar's defence ministry", "defence ministry", "qatar", "qa.mod"], ["al udeid", "qatar"],
  key="e8_qa19")
mi(d, "single", "a single drone", "one drone that struck a house: incidental")
mi(d, "one", "all but one", "'all but one' (18 intercepted, implied)")
mi(d, "a few months", "a few months", "duration")
mi(d, "half", "about half of the 1.2m", "fraction")
c(d, "1.2m", "the 1.2m residents", 1200000, [E, AP], [DP], ["resident", "person", "people"],
  ["officials", "iranian officials"], ["tehran"], note="residents who had left the capital")

RV, CF = ["REVISION", "CONFLICT"], ["CONFLICT"]
L = "linked"
N = "not_conflict"
links = [
    # --- revisions ---
    (L, RV, "e1_arr9", "e1_arr24", "Met arrests in the live blog: nine (19:20) then 24 (20:45)"),
    (L, RV, "e1_arr24", "e2_arr25", "Met arrests: 24 Saturday night, 25 Sunday"),
    (L, RV, "e2_arr24", "e2_arr25", "'25 … up from 24'"),
    (L, RV, "e2_arr25", "e3_arr34", "Met arrests: 25 Sunday, 34 a week on"),
    (L, RV, "e3_arr25", "e3_arr34", "'34 … against 25 last Sunday'"),
    (L, RV, "e1_arr24", "e3_arr34", "Met arrests: 24 on the night, 34 a week on"),
    (L, RV, "e1_met_tens", "e1_met_range", "the Met's crowd estimate: 'tens of thousands' early "
     "afternoon, 110,000-150,000 in the evening"),
    (L, RV, "e4_ish30", "e4_ish48", "Ishikawa toll: 30 in the morning, at least 48 later"),
    (L, RV, "e4_ish48", "e5_ish92", "Ishikawa toll: 48 on 2 Jan, 92 on 5 Jan"),
    (L, RV, "e5_ish64", "e5_ish92", "'92 … 84 on Thursday and 64 on Wednesday'"),
    (L, RV, "e5_ish84", "e5_ish92", "'The toll stood at 84 on Thursday'"),
    (L, RV, "e5_ish92", "e6_ish229", "direct deaths: 92 on 5 Jan, 229 six months on"),
    (L, RV, "e4_ish48", "e6_ish229", "direct deaths: 48 on 2 Jan, 229 six months on"),
    (L, RV, "e5_miss179", "e5_miss242", "unaccounted for: 179 then 242"),
    (L, RV, "e5_miss242", "e6_miss323", "unaccounted for: 242 on 5 Jan, 323 on 9 Jan"),
    (L, RV, "e6_miss323", "e6_miss26", "unaccounted for: 323 cut to 26 a week later"),
    (L, RV, "e6_miss26", "e6_miss3", "missing: 26 in January, three six months on"),
    (L, RV, "e7_ir224", "e8_ir610", "Iran's health ministry toll: 224 on day three, 610 at the "
     "ceasefire"),
    (L, RV, "e8_ir224", "e8_ir610", "'almost three times the 224 deaths the ministry reported'"),
    (L, RV, "e7_hr406", "e8_hr974", "HRANA: 406, then 974"),
    (L, RV, "e8_hr406", "e8_hr974", "'The group's count a week ago stood at 406'"),
    (L, RV, "e7_il24", "e8_il28", "Israel's PMO: 24 killed, then 28"),
    (L, RV, "e8_il24", "e8_il28", "'28 … up from 24 after the first weekend'"),
    (L, RV, "e7_ir1277", "e8_ir4746", "Iran's health ministry wounded: 1,277 then 4,746"),
    (L, RV, "e7_il592", "e8_il3238", "Israel's health ministry: 592 then 3,238 in hospital"),
    (L, RV, "e7_mis370", "e8_mis550", "IDF: ballistic missiles fired at Israel, about 370 after "
     "three days, about 550 over the war"),
    # --- conflicts ---
    (L, CF, "e1_met5k", "e1_sutr20k", "counter-protest: Met about 5,000 vs SUTR more than 20,000"),
    (L, CF, "e1_h20k", "e1_met5k", "live-blog heading vs the Met"),
    (L, CF, "e1_h_millions", "e1_met_range", "heading 'Millions' (organisers) vs the Met"),
    (L, CF, "e1_met_range", "e1_rob", "rally crowd: Met 110,000-150,000 vs Robinson 1-3 million"),
    (L, CF, "e2_met_range", "e2_rob3m", "Met vs Robinson's 'more than three million'"),
    (L, CF, "e2_sutr20k", "e2_met5k", "counter-protest, next day"),
    (L, CF, "e3_met_range", "e3_rob3m", "Met vs Robinson, a week on"),
    (L, CF, "e3_sutr20k", "e3_met5k", "counter-protest, a week on"),
    (L, CF, "e3_sutr20k", "e3_alv_range", "SUTR's 20,000 vs Dr Alvarez's 4,000-6,000"),
    (L, CF, "e3_alv80k", "e3_met_range", "Dr Alvarez's at most 80,000 vs the Met's range"),
    (L, CF, "e3_news95k", "e3_met_range", "the newspaper's 95,000 vs the Met's range"),
    (L, CF, "e3_alv80k", "e3_rob3m", "independent estimate vs the organiser"),
    (L, CF, "e3_news95k", "e3_rob3m", "the newspaper's count vs the organiser"),
    (L, CF, "e3_alv80k", "e3_news95k", "two independent counts: at most 80,000 vs about 95,000"),
    (L, CF, "e1_met_range", "e3_alv80k", "across articles: Met vs Dr Alvarez"),
    (L, CF, "e5_waj59", "e5_wajcity64", "Wajima dead on Friday: prefecture 59 vs city hall 64"),
    (L, CF, "e7_ir224", "e7_hr406", "Iran toll: health ministry 224 (Sunday) vs HRANA 406 "
     "(Monday)"),
    (L, CF, "e8_ir610", "e8_hr974", "Iran toll at the ceasefire: ministry 610 vs HRANA 974"),
    (L, CF, "e8_tr14", "e8_qa19", "missiles fired at Al Udeid: Trump 14 vs Qatar 19"),
    # --- must not conflict ---
    (N, None, "e1_met_range", "e1_met5k", "the rally vs the counter-protest"),
    (N, None, "e1_h150", "e1_met_range", "heading 'up to 150,000' and the range agree"),
    (N, None, "e1_off26", "e1_arr24", "officers injured vs people arrested"),
    (N, None, "e1_ser4", "e1_off26", "seriously injured, part of the 26"),
    (N, None, "e1_dep500", "e1_dep1600", "officers from other forces, part of the 1,600"),
    (N, None, "e1_met_range", "e3_met_range", "same estimate restated a week on"),
    (N, None, "e1_off26", "e3_off26", "same count, unchanged"),
    (N, None, "e2_hosp2", "e2_ser4", "still in hospital, part of the seriously injured"),
    (N, None, "e2_ft15k", "e2_met_range", "the 2018 protest vs the 2025 rally"),
    (N, None, "e2_ft_off5", "e2_off26", "officers injured in 2018 vs 2025"),
    (N, None, "e2_pv1m", "e2_rob3m", "the 2019 People's Vote march, another event"),
    (N, None, "e3_ch11", "e3_arr34", "charged, part of the arrested"),
    (N, None, "e3_alv_range", "e3_met5k", "4,000-6,000 contains about 5,000"),
    (N, None, "e3_nf500", "e3_met_range", "Lewisham 1977, another event"),
    (N, None, "e3_nf_counter", "e3_met5k", "1977 counter-demonstrators vs 2025's"),
    (N, None, "e4_cg5", "e4_ish48", "Haneda collision, another event the same day"),
    (N, None, "e4_kum50", "e4_ish48", "Kumamoto 2016, another event"),
    (N, None, "e4_evac33k", "e4_pow33k", "same number: evacuees vs households without power"),
    (N, None, "e4_sdf1000", "e5_sdf4600", "the troop deployment grew over four days"),
    (N, None, "e4_wait120", "e4_ish48", "awaiting rescue vs killed"),
    (N, None, "e4_market200", "e4_ish48", "buildings burned vs people killed"),
    (N, None, "e4_jal379", "e4_jal14", "aboard and escaped vs treated for injuries"),
    (N, None, "e5_waj59", "e5_ish92", "Wajima, part of the prefecture's toll"),
    (N, None, "e5_suz23", "e5_ish92", "Suzu, part of the toll"),
    (N, None, "e5_rel2", "e5_ish92", "disaster-related deaths, counted apart"),
    (N, None, "e5_miss242", "e5_ish92", "unaccounted for vs dead"),
    (N, None, "e5_resc100", "e5_ish92", "rescued vs dead"),
    (N, None, "e5_cg5", "e5_ish92", "Haneda, another event"),
    (N, None, "e4_evac33k", "e5_evac34k", "evacuees on Monday night vs Friday"),
    (N, None, "e6_evac34k", "e6_evac2300", "the January peak vs six months on"),
    (N, None, "e6_ish229", "e6_ish299", "direct deaths, part of the 299"),
    (N, None, "e6_rel70", "e6_ish299", "disaster-related deaths, part of the 299"),
    (N, None, "e6_fam30", "e6_rel70", "deaths the families want added vs those certified"),
    (N, None, "e6_tmp4600", "e5_sdf4600", "same number: temporary homes vs troops"),
    (N, None, "e6_homes6k", "e6_homes80k", "destroyed, part of the damaged"),
    (N, None, "e6_sdf1000", "e4_sdf1000", "the first days' troops, consistent"),
    (N, None, "e6_suzu_water", "e5_water", "Suzu in May vs the prefecture in January"),
    (N, None, "e7_il24", "e7_ir224", "two sides' tolls"),
    (N, None, "e7_baty6", "e7_il24", "Bat Yam, part of Israel's toll"),
    (N, None, "e7_tamra4", "e7_il24", "Tamra, part of Israel's toll"),
    (N, None, "e7_hr197", "e7_hr406", "civilians, part of HRANA's toll"),
    (N, None, "e7_sci9", "e7_ir224", "scientists, part of the dead"),
    (N, None, "e7_mis370", "e7_hit30", "missiles launched vs those that struck"),
    (N, None, "e7_air200", "e7_tgt100", "aircraft vs targets"),
    (N, None, "e7_il592", "e7_il24", "in hospital vs killed"),
    (N, None, "e7_il_dp", "e7_il24", "moved out of homes vs killed"),
    (N, None, "e8_il28", "e8_ir610", "two sides' tolls"),
    (N, None, "e8_hr387", "e8_hr974", "civilians, part of HRANA's toll"),
    (N, None, "e8_hr268", "e8_hr974", "security forces, part of HRANA's toll"),
    (N, None, "e8_tr13", "e8_tr14", "shot down vs fired"),
    (N, None, "e8_b2", "e8_bb14", "bombers vs bombs"),
    (N, None, "e8_mis550", "e8_hit36", "launched vs hit"),
    (N, None, "e8_dr1000", "e8_mis550", "drones vs missiles"),
    (N, None, "e8_il3238", "e8_il28", "treated in hospital vs killed"),
    (N, None, "e8_qa19", "e8_mis550", "the Al Udeid salvo vs the missiles fired at Israel"),
]
G.write(links)
