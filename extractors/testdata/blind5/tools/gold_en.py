#!/usr/bin/env python3
"""English gold for blind5 (written by hand, by meaning; occ computed from anchors)."""
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
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA, PA = (
    "KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED",
    "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED")

PERS = ["person", "people"]
MARCH = ["person", "people", "protester", "marcher", "demonstrator", "participant"]
DEAD = ["person", "people", "dead", "death", "victim"]
OFFICER = ["officer", "police officer", "policeman"]
HOSTAGE = ["hostage", "person", "people", "captive"]
CHILD = ["child", "children"]

CHRF = ["civil human rights front", "organisers", "organizers", "hk.chrf"]
HKPOL = ["police", "hong kong police", "hk.police"]
HK = ["hong kong"]
ISR = ["israel", "israeli government", "government", "israeli officials", "officials", "il."]
IDF = ["military", "israeli military", "army", "idf", "israeli forces", "il.idf"]
GAZA_MOH = ["health ministry", "gaza health ministry", "palestinian health ministry", "ministry",
            "hamas-run", "ps.moh"]
UN = ["united nations", "un", "un."]
ISRAEL = ["israel", "southern israel"]
GAZA = ["gaza", "gaza strip"]
LAHAINA = ["lahaina", "maui", "west maui"]
GREEN = ["josh green", "green", "governor", "gov.", "us.hi"]
COUNTY = ["maui county", "county", "us.hi"]
MPD = ["maui police", "police", "maui police department", "us.hi"]
FBI = ["fbi", "steven merrill", "merrill", "special agent in charge", "us.fbi"]
STATE = ["state", "hawaii", "us.hi"]
HERAT = ["herat", "zenda jan", "zindajan"]
TB = ["taliban", "taliban administration", "ministry of disasters", "disaster ministry", "ministry",
      "janan sayiq", "sayiq", "spokesperson", "af."]
WHO = ["world health organization", "who", "un.who"]

# --- 001 Hong Kong, 9 June 2019 march (dated 10 June) ---
d = "001_hong_kong_june9_march.txt"
c(d, "1 million", "over 1 million marched", 1000000, [MT], [PA], MARCH, CHRF, HK,
  note="headline: 'organisers say'")
mi(d, "4", "4 Min Read", "reading time")
c(d, "Hundreds of thousands", "Hundreds of thousands of people", 200000, VAGUE, [PA], MARCH, [],
  HK, vmin=100000)
c(d, "1.03 million", "said 1.03 million people", 1030000, [E, AP], [PA], MARCH, CHRF, HK,
  key="e1_chrf103")
mi(d, "one in seven", "roughly one in seven", "fraction")
mi(d, "7.4 million", "population of 7.4 million", "population")
c(d, "240,000", "figure of 240,000", 240000, [E, AP], [PA], MARCH, HKPOL, HK, key="e1_pol240")
mi(d, "3", "about 3 km", "distance")
mi(d, "five", "five hours", "duration")
c(d, "a few hundred", "a few hundred protesters", 300, VAGUE, [PA], ["protester", "person"], [],
  HK + ["legislative council", "legislature", "admiralty"], vmin=200)
c(d, "three", "three officers", 3, [E], [W], OFFICER, HKPOL, HK)
c(d, "19", "19 people were arrested", 19, [E], [DT], PERS, HKPOL, HK)
c(d, "half a million", "half a million people", 500000, [E, AP], [PA], MARCH, CHRF, HK,
  key="e1_2003", note="the 2003 march")
c(d, "100,000", "more than 100,000 people", 100000, [MT], [PA], MARCH, CHRF, HK,
  key="e1_2014", note="2014, 'according to organisers'")
c(d, "3,000", "more than 3,000 lawyers", 3000, [MT], [PA], ["lawyer"], [], HK, key="e1_law",
  note="Thursday 6 June")
mi(d, "24", "24-year-old", "age")
mi(d, "43", "hold 43 of", "seats")
mi(d, "70", "the 70 seats", "seats")

# --- 002 Hong Kong live blog, 16 June 2019 (oldest entry first) ---
d = "002_hong_kong_june16_live.txt"
HA = ["hospital authority", "hk.hospital_authority"]
c(d, "Tens of thousands", "Tens of thousands of people", 20000, VAGUE, [PA], MARCH, [],
  HK + ["victoria park"], vmin=10000)
c(d, "81", "risen to 81 from 72", 81, [E], [W], PERS, HA, HK, key="e2_ha81",
  note="injured in Wednesday's (12 June) clashes")
c(d, "72", "risen to 81 from 72", 72, [E], [W], PERS, HA, HK, key="e2_ha72")
c(d, "Two", "Two of them remain", 2, [E], [W], PERS, HA, HK, note="in serious condition")
c(d, "22", "22 officers", 22, [E], [W], OFFICER, HKPOL, HK, key="e2_pol22")
c(d, "150", "about 150 canisters", 150, [AP], [LA],
  ["canister", "tear gas", "canister of tear gas", "round"],
  ["stephen lo", "police commissioner", "police", "hk.police"], HK, key="e2_tg150")
mi(d, "six", "all six lanes", "incidental count")
mi(d, "four", "four hours", "duration")
c(d, "2 million", "Organisers: almost 2 million", 2000000, [AP, AM], [PA], MARCH, CHRF, HK,
  note="entry heading")
c(d, "2 million", "says almost 2 million people", 2000000, [AP, AM], [PA], MARCH, CHRF, HK,
  key="e2_chrf2m")
mi(d, "double", "nearly double", "ratio")
c(d, "1.03 million", "estimate of 1.03 million", 1030000, [E, AP], [PA], MARCH, CHRF, HK,
  key="e2_chrf103", note="9 June ('last Sunday')")
c(d, "338,000", "Police: 338,000", 338000, [E, AP], [PA], MARCH, HKPOL, HK, note="entry heading")
c(d, "338,000", "Police say 338,000", 338000, [E, AP], [PA], MARCH, HKPOL, HK, key="e2_pol338")
c(d, "240,000", "drew 240,000", 240000, [E, AP], [PA], MARCH, HKPOL, HK, key="e2_pol240",
  note="9 June")
c(d, "A few thousand", "A few thousand protesters", 3000, VAGUE, [PA], ["protester", "person"],
  [], HK + ["admiralty"], vmin=2000)
mi(d, "318", "Comments (318)", "comment counter")

# --- 003 Hong Kong, a year on (no date anywhere) ---
d = "003_hong_kong_crowd_counts_year_on.txt"
STAT = ["statistician", "team", "university"]
mi(d, "two", "those two marches", "incidental count")
c(d, "a million", "more than a million people marched", 1000000, [MT], [PA], MARCH, CHRF, HK,
  key="e3_chrf1m", note="9 June 2019")
c(d, "two million", "nearly two million on June 16", 2000000, [AP, AM], [PA], MARCH, CHRF, HK,
  key="e3_chrf2m")
c(d, "240,000", "at 240,000 and", 240000, [E, AP], [PA], MARCH, HKPOL, HK, key="e3_pol240")
c(d, "338,000", "and 338,000 respectively", 338000, [E, AP], [PA], MARCH, HKPOL, HK,
  key="e3_pol338")
mi(d, "three", "at three points", "incidental count")
c(d, "between 500,000 and 800,000", "between 500,000 and 800,000 people", 650000, [RG], [PA], MARCH,
  STAT, HK, vmin=500000, upper=800000, key="e3_stat", note="range, 16 June")
c(d, "500,000", "around 500,000", 500000, [AP], [PA], MARCH,
  ["local media group", "media group", "counting software"], HK, key="e3_media500",
  note="9 June")
c(d, "2.94 million", "record 2.94 million people voted", 2940000, [E, AP], [PA],
  ["voter", "person", "people"], [], HK, key="e3_vote", note="turnout, November 2019")
mi(d, "71 percent", "turnout of 71 percent", "percentage")
c(d, "9,000", "more than 9,000 people", 9000, [MT], [DT], PERS, HKPOL, HK, key="e3_arr9000")
c(d, "1,800", "about 1,800 of whom", 1800, [AP], [OT, DT], PERS, HKPOL, HK, key="e3_ch1800",
  note="charged")
c(d, "16,000", "more than 16,000 rounds", 16000, [MT], [LA],
  ["round", "tear gas", "round of tear gas", "canister"], HKPOL, HK, key="e3_tg16k",
  note="over the year")
c(d, "150", "about 150 on June 12", 150, [AP], [LA],
  ["round", "tear gas", "round of tear gas", "canister"], HKPOL, HK, key="e3_tg150")
mi(d, "eight", "more than eight people", "rule threshold")
c(d, "Thousands", "Thousands lit candles", 2000, VAGUE, [PA], PERS, [], HK + ["victoria park"],
  vmin=1000, note="June 4 vigil, 2020")

# --- 004 Israel, 12 October 2023 ---
d = "004_israel_toll_rises.txt"
c(d, "1,300", "Israel says more than 1,300", 1300, [MT], [K], DEAD, ISR, ISRAEL,
  note="headline naming Israel")
c(d, "1,300", "risen to more than 1,300", 1300, [MT], [K], DEAD, ISR, ISRAEL, key="e4_1300")
c(d, "1,200", "up from 1,200", 1200, [E], [K], DEAD, ISR, ISRAEL, key="e4_1200",
  note="the figure of a day earlier, in the same sentence")
c(d, "3,300", "At least 3,300", 3300, [AL], [W], PERS,
  ["health ministry", "israeli health ministry", "ministry", "il.health", "il."], ISRAEL)
c(d, "260", "recovered 260 bodies", 260, [E], [K], ["body", "person", "dead"],
  ["zaka", "zaka rescue organisation", "volunteers"],
  ["reim", "kibbutz reim", "music festival", "nova"], key="e4_zaka260")
c(d, "97", "families of 97 people", 97, [E], [DT], HOSTAGE, IDF, GAZA, key="e4_h97",
  note="confirmed hostages")
c(d, "150", "at about 150", 150, [AP], [DT], HOSTAGE, IDF, GAZA, key="e4_h150")
c(d, "1,500", "about 1,500 Hamas fighters", 1500, [AP], [K],
  ["fighter", "hamas fighter", "militant", "body", "attacker"], IDF, ISRAEL, key="e4_idf1500")
c(d, "360,000", "Some 360,000 reservists", 360000, [AP], [DE], ["reservist", "soldier"], [],
  ISRAEL)
c(d, "1,417", "killed 1,417 people", 1417, [E], [K], PERS + ["palestinian"], GAZA_MOH, GAZA,
  unv=True, key="e4_gz1417")
c(d, "447", "including 447 children", 447, [E], [K], CHILD, GAZA_MOH, GAZA, unv=True)
c(d, "6,200", "More than 6,200 people", 6200, [MT], [W], PERS, GAZA_MOH, GAZA, unv=True)
mi(d, "2.3 million", "2.3 million people", "population")
c(d, "338,000", "more than 338,000 Gazans", 338000, [MT], [DP], ["gazan", "person", "people"],
  UN, GAZA, key="e4_un338")
c(d, "27", "At least 27 Americans", 27, [AL], [K], ["american", "us citizen", "citizen"],
  ["white house", "us.white_house", "us."], ISRAEL, key="e4_us27")
c(d, "14", "14 U.S. citizens", 14, [E], [MS], ["us citizen", "citizen", "american"],
  ["white house", "us.white_house", "us."], ISRAEL, key="e4_us14")

# --- 005 Israel, 11 November 2023 (date in the text only) ---
d = "005_israel_toll_lowered.txt"
FM = ["foreign ministry", "lior haiat", "haiat", "spokesman", "israel", "il.mfa", "il."]
for i in (0, 1):
    c(d, "1,200", "Israel lowers Oct. 7 death toll to about 1,200", 1200, [AP], [K], DEAD, ISR,
      ISRAEL, ai=i, note="headline naming Israel")
mi(d, "3", "3 min read", "reading time")
c(d, "1,200", "to about 1,200 from", 1200, [AP], [K], DEAD, FM, ISRAEL, key="e5_1200")
c(d, "1,400", "from about 1,400", 1400, [AP], [K], DEAD, FM, ISRAEL, key="e5_1400")
c(d, "850", "more than 850 victims", 850, [MT], [K, OT], ["victim", "person", "dead"], FM, ISRAEL,
  key="e5_850", note="victims identified so far")
c(d, "1,400", "earlier figure of about 1,400", 1400, [AP], [K], DEAD, [], ISRAEL,
  note="the article recalls the earlier official figure without a speaker")
c(d, "239", "says 239 people", 239, [E], [DT], HOSTAGE, IDF, GAZA, key="e5_h239")
c(d, "Four", "Four hostages", 4, [E], [OT], HOSTAGE, [], GAZA, note="released")
c(d, "one", "one soldier was freed", 1, [E], [OT], ["soldier"], [], GAZA, note="freed")
c(d, "11,078", "that 11,078 Palestinians", 11078, [E], [K], ["palestinian", "person", "people"],
  GAZA_MOH, GAZA, unv=True, key="e5_gz")
c(d, "4,506", "including 4,506 children", 4506, [E], [K], CHILD, GAZA_MOH, GAZA, unv=True)
c(d, "1.5 million", "about 1.5 million people", 1500000, [AP], [DP], PERS, UN, GAZA)
mi(d, "two-thirds", "roughly two-thirds", "fraction")
mi(d, "412", "412 Comments", "comment counter")

# --- 006 Maui live blog, updated 15 August 2023 (newest entry first) ---
d = "006_maui_fires_live.txt"
for i in (0, 1):
    c(d, "99", "Death toll rises to 99", 99, [E], [K], DEAD, [], LAHAINA, ai=i,
      note="headline without attribution")
c(d, "99", "Toll climbs to 99", 99, [E], [K], DEAD, [], LAHAINA, note="entry heading")
c(d, "99", "had risen to 99", 99, [E], [K], DEAD, GREEN, LAHAINA, key="e6_gr99")
mi(d, "double", "could double", "hypothetical")
mi(d, "10", "next 10 days", "duration")
c(d, "96", "Toll rises to 96", 96, [E], [K], DEAD, [], LAHAINA, note="entry heading")
c(d, "96", "risen to 96 from 93", 96, [E], [K], DEAD, COUNTY, LAHAINA, key="e6_mc96")
c(d, "93", "risen to 96 from 93", 93, [E], [K], DEAD, COUNTY, LAHAINA, key="e6_mc93")
c(d, "three", "Only three of the victims", 3, [E], [K, OT], ["victim", "dead", "person"],
  ["police", "maui police"], LAHAINA, note="identified")
mi(d, "25%", "'About 25% searched'", "percentage (heading)")
mi(d, "25%", "about 25% of the burn area", "percentage")
mi(d, "3%", "from 3% on", "percentage")
c(d, "1,300", "Some 1,300 people", 1300, [AP], [MS], PERS, GREEN, LAHAINA, key="e6_gr1300",
  note="unaccounted for")
c(d, "2,200", "– 2,200 structures", 2200, [E, AP], [DS, AT], ["structure", "building"], [],
  LAHAINA, note="entry heading")
c(d, "2,207", "that 2,207 structures", 2207, [E], [DS, AT], ["structure", "building"],
  ["pacific disaster center", "fema"], LAHAINA, key="e6_pdc2207")
mi(d, "86%", "86% of them", "percentage")
mi(d, "5.5", "$5.5 billion", "money")
c(d, "93", "With 93 deaths", 93, [E], [K], DEAD, [], LAHAINA, note="Sunday night")
mi(d, "100", "more than 100 years", "duration")
c(d, "453", "killed 453 people", 453, [E], [K], PERS, [], ["cloquet", "minnesota"],
  key="e6_cl453", note="1918 fire")
c(d, "thousands", "forced thousands of residents", 2000, VAGUE, [DP], ["resident", "person"], [],
  LAHAINA, vmin=1000)
c(d, "17", "pulled 17 people", 17, [E], [OT], PERS, ["coast guard", "us.coast_guard"], LAHAINA,
  key="e6_cg17", note="rescued from the water")
mi(d, "87", "Comments (87)", "comment counter")

# --- 007 regional paper, Maui, 25 August 2023 (date in the text only) ---
d = "007_maui_missing_list.txt"
c(d, "388", "missing to 388 names", 388, [E], [MS], PERS + ["name"], FBI, LAHAINA,
  note="headline naming the FBI")
c(d, "388", "names of 388 people", 388, [E], [MS], PERS, FBI, LAHAINA, key="e7_fbi388")
c(d, "between 1,000 and 1,100", "between 1,000 and 1,100", 1050, [RG], [MS], PERS, FBI, LAHAINA,
  vmin=1000, upper=1100, key="e7_fbi1000", note="range: the FBI's count earlier in the week")
c(d, "1,732", "1,732 people", 1732, [E], [OT], PERS, COUNTY, LAHAINA, key="e7_safe",
  note="found safe")
c(d, "115", "stands at 115", 115, [E], [K], DEAD, MPD, LAHAINA, key="e7_mpd115")
c(d, "27", "Only 27 of the dead", 27, [E], [K, OT], ["dead", "victim", "person"], MPD, LAHAINA,
  note="identified")
c(d, "104", "104 families", 104, [E], [OT], ["family"],
  ["john pelletier", "pelletier", "police chief", "police"], ["kahului", "maui"])
c(d, "19", "19 homes", 19, [E], [DS], ["home", "house"], COUNTY, ["kula", "upcountry"],
  key="e7_kula19")
c(d, "100", "fewer than 100", 100, [LT, AM], [DP], ["person", "people", "evacuee"], [],
  ["wailuku", "war memorial"], key="e7_shelter", note="sleeping in the shelter")
c(d, "6,000", "About 6,000 evacuees", 6000, [AP], [DP], ["evacuee", "person"], STATE, ["maui"],
  key="e7_hotel6000")
mi(d, "12", "Comments (12)", "comment counter")

# --- 008 Lahaina, six months on, 8 February 2024 ---
d = "008_lahaina_six_months.txt"
mi(d, "Six", "Six months after Lahaina", "duration (title)")
mi(d, "Six", "Six months after fire", "duration")
c(d, "100", "how 100 people died", 100, [E], [K], DEAD, [], LAHAINA, key="e8_100a")
c(d, "115", "reaching 115 by late August", 115, [E], [K], DEAD, [], LAHAINA, key="e8_115a",
  note="'the official toll', no speaker in the sentence")
c(d, "97", "down to 97 from 115", 97, [E], [K], DEAD, MPD, LAHAINA, key="e8_mpd97")
c(d, "115", "down to 97 from 115", 115, [E], [K], DEAD, MPD, LAHAINA, key="e8_mpd115")
c(d, "31", "point 31 people", 31, [E], [MS], PERS, [], LAHAINA, key="e8_miss31",
  note="15 September")
c(d, "two", "fell to two by December", 2, [E], [MS], PERS, [], LAHAINA, key="e8_miss2")
c(d, "100", "toll rose to 100", 100, [E], [K], DEAD, [], LAHAINA, key="e8_100b",
  note="January")
c(d, "two", "after two more sets", 2, [E], [K, OT], ["remains", "set of remains", "person"], [],
  LAHAINA, key="e8_rem2", note="remains identified")
mi(d, "80", "80 outdoor warning sirens", "incidental count")
c(d, "12,000", "roughly 12,000 residents", 12000, [AP], [DP], ["resident", "person"], STATE,
  LAHAINA, key="e8_disp12k")
c(d, "5,000", "about 5,000 were still", 5000, [AP], [DP], ["resident", "person"], STATE, LAHAINA,
  key="e8_hotel5k", note="in hotels in January")
c(d, "7,000", "nearly 7,000 in the fall", 7000, [AP, AM], [DP], ["resident", "person"], STATE,
  LAHAINA, key="e8_hotel7k")
c(d, "2,200", "the 2,200 structures", 2200, [E, AP], [DS], ["structure", "building"], [],
  LAHAINA)
mi(d, "a third", "by a third", "fraction")
mi(d, "four", "four generations", "duration")

# --- 009 Herat earthquakes, 8 October 2023 (date in the text only) ---
d = "009_herat_earthquakes.txt"
c(d, "2,000", "more than 2,000 killed in Herat", 2000, [MT], [K], DEAD, TB, HERAT,
  note="headline: 'Taliban say'")
c(d, "2,000", "More than 2,000 people", 2000, [MT], [K], DEAD, TB, HERAT)
mi(d, "two", "two decades", "duration")
c(d, "2,053", "said 2,053 people", 2053, [E], [K], DEAD, TB, HERAT, key="e9_2053")
c(d, "9,240", "9,240 injured", 9240, [E], [W], PERS, TB, HERAT, key="e9_9240")
c(d, "1,320", "1,320 houses", 1320, [E], [DS, AT], ["house", "home"], TB, HERAT)
mi(d, "40", "about 40km", "distance")
c(d, "11,000", "more than 11,000 people", 11000, [MT], [CA], PERS, TB + ["ministry's figures"],
  HERAT, key="e9_cas", note="killed or injured")
c(d, "320", "reports of 320 dead", 320, [E], [K], DEAD,
  ["un humanitarian office", "humanitarian office", "ocha", "un", "un."], HERAT, key="e9_un320",
  note="Saturday night, preliminary")
c(d, "500", "about 500 people were missing", 500, [AP], [MS], PERS,
  ["afghan red crescent society", "red crescent", "arcs"], HERAT, key="e9_arcs500")
mi(d, "6.3", "magnitude 6.3, was", "magnitude")
mi(d, "seven", "seven strong aftershocks", "incidental count")
mi(d, "6.3", "another of magnitude 6.3", "magnitude")
c(d, "30", "lost 30 members", 30, [E], [K], ["member", "family member", "relative", "person"],
  ["abdul ghafoor", "ghafoor", "survivor", "one man"], ["sarboland", "herat"])
c(d, "12", "sent 12 ambulances", 12, [E], [DE], ["ambulance"], WHO, HERAT)
mi(d, "15", "about 15 hours", "duration")
mi(d, "147", "Comments (147)", "comment counter")

# --- 010 weekly review, Saturday 14 October 2023 (date in the text only) ---
d = "010_week_in_review_oct14.txt"
mi(d, "6", "Reading time: 6 minutes", "reading time")
mi(d, "75", "75-year history", "age")
c(d, "1,300", "dead at more than 1,300", 1300, [MT], [K], DEAD, ISR, ISRAEL, key="e10_1300")
c(d, "150", "about 150 people were believed", 150, [AP], [DT], HOSTAGE, ISR, GAZA,
  key="e10_h150")
c(d, "1,900", "more than 1,900 Gazans", 1900, [MT], [K], ["gazan", "palestinian", "person"],
  GAZA_MOH, GAZA, unv=True, key="e10_gz1900")
c(d, "1.1 million", "told about 1.1 million people", 1100000, [AP], [DP, AF], PERS, IDF,
  ["northern gaza", "gaza"], key="e10_gz11", note="ordered to move south")
mi(d, "24", "within 24 hours", "duration")
c(d, "Tens of thousands", "Tens of thousands were seen", 20000, VAGUE, [DP], PERS, [], GAZA,
  vmin=10000)
mi(d, "Two", "Two earthquakes", "incidental count")
mi(d, "6.3", "magnitude 6.3 flattened", "magnitude")
c(d, "2,445", "toll to 2,445 on Tuesday", 2445, [E], [K], DEAD, TB, HERAT, key="e10_2445")
c(d, "2,053", "up from 2,053 on Sunday", 2053, [E], [K], DEAD, TB, HERAT, key="e10_2053")
c(d, "1,000", "to about 1,000", 1000, [AP], [K], DEAD, TB, HERAT, key="e10_1000")
mi(d, "twice", "counted twice", "multiplier")
c(d, "1,294", "stood at 1,294", 1294, [E], [K], DEAD, WHO, HERAT, key="e10_who1294")
c(d, "two", "killing at least two", 2, [AL], [K], PERS, [], HERAT, key="e10_wed2",
  note="Wednesday's quake")
c(d, "150", "injuring more than 150", 150, [MT], [W], PERS, [], HERAT)
c(d, "tens of thousands", "tens of thousands of people are sleeping", 20000, VAGUE, [DP, AF], PERS,
  ["aid agencies"], HERAT, vmin=10000)
c(d, "1.1 million", "1.1 million: the number", 1100000, [AP, E], [DP, AF], PERS, [],
  ["northern gaza", "gaza"], note="'number of the week', no speaker")
mi(d, "29", "Comments (29)", "comment counter")

REV = ["REVISION", "CONFLICT"]
CON = ["CONFLICT"]
LINKS = [
    # Hong Kong crowds
    ("linked", CON, "e1_chrf103", "e1_pol240", "9 June: organisers 1.03 million vs police 240,000 at the peak"),
    ("linked", CON, "e2_chrf2m", "e2_pol338", "16 June: organisers almost 2 million vs police 338,000"),
    ("linked", CON, "e2_chrf103", "e2_pol240", "9 June recalled on 16 June ('last Sunday'): organisers vs police"),
    ("linked", REV, "e2_ha72", "e2_ha81", "12 June injured, Hospital Authority: 72 then 81 ('risen to 81 from 72')"),
    ("linked", CON, "e3_chrf1m", "e3_pol240", "9 June recalled a year on: organisers more than a million vs police 240,000"),
    ("linked", CON, "e3_chrf2m", "e3_pol338", "16 June recalled a year on: organisers vs police"),
    ("linked", CON, "e3_stat", "e3_chrf2m", "16 June: independent count 500,000-800,000 vs organisers nearly two million"),
    ("linked", CON, "e3_stat", "e3_pol338", "16 June: independent count 500,000-800,000 vs police 338,000"),
    ("linked", CON, "e3_media500", "e3_pol240", "9 June: media group around 500,000 vs police 240,000"),
    ("linked", CON, "e3_media500", "e3_chrf1m", "9 June: media group around 500,000 vs organisers more than a million"),
    # 7 October toll
    ("linked", REV, "e4_1200", "e4_1300", "Israeli toll in one sentence: 1,200 the day before, more than 1,300 on Thursday"),
    ("linked", REV, "e5_1400", "e5_1200", "Israel revises the toll in one sentence: about 1,400 to about 1,200"),
    ("linked", REV, "e4_1300", "e5_1200", "Israel's toll across articles: more than 1,300 (12 Oct) then about 1,200 (10-11 Nov)"),
    ("linked", REV, "e10_1300", "e5_1200", "Israel's toll across articles: more than 1,300 (weekly review, 14 Oct) then about 1,200"),
    ("linked", REV, "e4_h150", "e5_h239", "hostages, Israeli military: about 150 (12 Oct) then 239 (Nov)"),
    # Lahaina
    ("linked", REV, "e6_mc93", "e6_mc96", "Maui County toll in one sentence: 93 then 96"),
    ("linked", REV, "e6_mc96", "e6_gr99", "Lahaina toll: 96 (county, Monday night) then 99 (governor, overnight)"),
    ("linked", REV, "e6_gr99", "e7_mpd115", "Lahaina toll across articles: 99 (15 Aug) then 115 (24-25 Aug)"),
    ("linked", REV, "e7_fbi1000", "e7_fbi388", "FBI count of the missing: between 1,000 and 1,100, then 388 names"),
    ("linked", REV, "e7_mpd115", "e8_mpd97", "Lahaina toll across articles: 115 (Aug) revised down to 97 (Sept 15)"),
    ("linked", REV, "e8_mpd115", "e8_mpd97", "Maui police revision in one sentence: 97 from 115"),
    ("linked", REV, "e8_mpd97", "e8_100b", "official Lahaina toll: 97 (Sept) then 100 (Jan)"),
    ("linked", REV, "e8_miss31", "e8_miss2", "Lahaina missing: 31 (Sept) then two (Dec)"),
    # Herat
    ("linked", CON, "e9_un320", "e9_2053", "Herat dead: UN preliminary 320 (Saturday) vs Taliban 2,053 (Sunday)"),
    ("linked", REV, "e9_2053", "e10_2445", "Taliban toll across articles: 2,053 (8 Oct) then 2,445 (Tuesday)"),
    ("linked", REV, "e10_2053", "e10_2445", "Taliban toll in one sentence: 2,445 'up from 2,053'"),
    ("linked", REV, "e10_2445", "e10_1000", "Taliban toll cut to about 1,000 from 2,445"),
    ("linked", CON, "e10_who1294", "e10_2445", "Herat dead: WHO 1,294 vs Taliban 2,445"),

    ("not_conflict", None, "e1_chrf103", "e1_2003", "2019 march vs the 2003 march"),
    ("not_conflict", None, "e1_law", "e1_pol240", "lawyers' march on Thursday vs Sunday's march"),
    ("not_conflict", None, "e2_pol338", "e2_pol240", "police counts for two different Sundays"),
    ("not_conflict", None, "e2_chrf2m", "e2_chrf103", "organisers' counts for two different Sundays"),
    ("not_conflict", None, "e1_pol240", "e2_pol338", "police counts for 9 June and 16 June, across articles"),
    ("not_conflict", None, "e2_ha81", "e2_pol22", "people treated in hospital vs police officers injured"),
    ("not_conflict", None, "e3_chrf1m", "e1_chrf103", "'more than a million' and 1.03 million from the same organisers agree"),
    ("not_conflict", None, "e3_ch1800", "e3_arr9000", "charged vs arrested (part of a whole)"),
    ("not_conflict", None, "e3_tg16k", "e3_tg150", "tear gas over a year vs on one day"),
    ("not_conflict", None, "e3_vote", "e3_chrf2m", "election turnout vs a march"),
    ("not_conflict", None, "e4_1300", "e4_gz1417", "Israeli dead vs Palestinian dead in Gaza (two sides)"),
    ("not_conflict", None, "e4_1300", "e4_idf1500", "people killed in Israel vs attackers' bodies"),
    ("not_conflict", None, "e4_zaka260", "e4_1300", "bodies at the festival site vs the whole toll (part)"),
    ("not_conflict", None, "e4_h97", "e4_h150", "hostages confirmed vs estimated total"),
    ("not_conflict", None, "e4_us27", "e4_us14", "Americans killed vs unaccounted for"),
    ("not_conflict", None, "e4_un338", "e2_pol338", "same number: Gazans displaced vs Hong Kong marchers"),
    ("not_conflict", None, "e5_1200", "e5_gz", "Israeli dead vs Palestinian dead (two sides)"),
    ("not_conflict", None, "e5_1200", "e5_h239", "killed vs taken hostage"),
    ("not_conflict", None, "e5_850", "e5_1200", "victims identified so far vs all the dead"),
    ("not_conflict", None, "e6_gr99", "e6_gr1300", "dead vs unaccounted for"),
    ("not_conflict", None, "e6_cl453", "e6_gr99", "1918 Cloquet fire vs Lahaina"),
    ("not_conflict", None, "e6_cg17", "e6_gr99", "rescued from the water vs dead"),
    ("not_conflict", None, "e7_mpd115", "e7_fbi388", "dead vs missing"),
    ("not_conflict", None, "e7_kula19", "e6_pdc2207", "homes lost in Kula vs structures lost in Lahaina"),
    ("not_conflict", None, "e7_safe", "e7_fbi388", "found safe vs still unaccounted for"),
    ("not_conflict", None, "e8_100b", "e8_miss2", "dead vs missing"),
    ("not_conflict", None, "e8_miss2", "e8_rem2", "same number: two still missing vs two sets of remains identified"),
    ("not_conflict", None, "e8_hotel5k", "e8_disp12k", "still in hotels vs all displaced (part)"),
    ("not_conflict", None, "e9_2053", "e9_9240", "killed vs injured"),
    ("not_conflict", None, "e9_cas", "e9_2053", "killed or injured ('casualties') vs killed"),
    ("not_conflict", None, "e9_arcs500", "e9_2053", "missing vs killed"),
    ("not_conflict", None, "e10_1300", "e10_2445", "same Saturday, different countries: Israel vs Herat"),
    ("not_conflict", None, "e10_wed2", "e10_1000", "Wednesday's quake vs Saturday's quakes"),
    ("not_conflict", None, "e10_1300", "e10_gz1900", "Israeli dead vs Gazan dead (two sides)"),
]
G.write(LINKS)
