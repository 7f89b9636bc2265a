#!/usr/bin/env python3
"""English gold for blind8 (written by hand, by meaning; occ computed from anchors by ../gold_lib.py).

Run it after editing a text or a line below: it rewrites gold/en.jsonl and gold/en-links.jsonl.
"""
from names import *  # noqa: F401,F403  (SET, qualifiers, metrics, link kinds)
from gold_lib import Gold  # noqa: E402

G = Gold("en", SET)
c, mi = G.claim, G.minor

PERS = ["person", "people"]
CROWDS = ["person", "people", "mourner", "crowd", "participant"]
DEAD = ["person", "people", "dead", "death", "victim", "body"]
HURT = ["person", "people", "injured", "wounded", "patient"]
MISSING = ["person", "people", "missing"]
ARREST = ["person", "people", "arrest", "arrested", "detained"]
CHILD = ["child", "children"]
MISSILE = ["missile", "cruise missile", "kalibr"]
WEAPON = ["weapon", "gun", "firearm"]

BUSH = ["mike bush", "bush", "police commissioner", "commissioner", "police", "nz.police"]
ARDERN = ["jacinda ardern", "ardern", "prime minister", "nz.government"]
CDHB = ["canterbury district health board", "health board", "board", "david meates", "meates",
        "nz.health"]
BNPB = ["bnpb", "national disaster agency", "disaster agency", "agency", "sutopo purwo nugroho",
        "nugroho", "sutopo", "spokesman", "id.bnpb"]
MIL = ["military spokesman", "spokesman for the army's regional command", "military", "army",
       "spokesman", "id.military"]
SES = ["state emergency service", "ukraine's state emergency service", "emergency service",
       "service", "ua.ses"]
MON = ["denys monastyrsky", "monastyrsky", "interior minister", "minister", "ua.interior"]
UAF = ["ukraine's air force", "air force", "ua.air_force"]
HEALTH_UA = ["health ministry", "ua.health"]
COUNCIL = ["city council", "council", "ua.vinnytsia"]

CHCH = ["christchurch"]
ALNOOR = ["al noor", "al noor mosque", "deans avenue", "christchurch"]
LINWOOD = ["linwood", "linwood mosque", "christchurch"]
PALU = ["palu", "sulawesi", "central sulawesi"]
PETOBO = ["petobo", "palu"]
VIN = ["vinnytsia", "vinnitsa"]

# --- 001 wire, Friday 15 March 2019 ---
d = "001_christchurch_mosques_wire.txt"
c(d, "Forty-nine", "Forty-nine killed in attacks", 49, [E], [K], DEAD, [], CHCH,
  note="headline on the date line, no speaker")
c(d, "Forty-nine", "Forty-nine people were killed", 49, [E], [K], DEAD, [], CHCH, key="e1_k49",
  note="wire lead; Ardern's words in the sentence are not the figure's source")
mi(d, "two", "attacks on two Christchurch", "incidental count of mosques (headline)")
mi(d, "two", "worshippers at two mosques", "incidental count of mosques")
c(d, "dozens", "dozens wounded", 24, VAGUE, [W], HURT, [], CHCH, vmin=12, key="e1_dozens")
c(d, "41", "41 people died at the Al Noor", 41, [E], [K], DEAD, BUSH, ALNOOR, key="e1_an41")
c(d, "seven", "seven at the Linwood mosque", 7, [E], [K], DEAD, BUSH, LINWOOD, key="e1_lin7")
mi(d, "five kilometres", "about five kilometres", "distance")
c(d, "one", "one more at Christchurch Hospital", 1, [E], [K], DEAD, BUSH,
  ["christchurch hospital", "christchurch"], key="e1_hosp1", note="died in hospital")
c(d, "40", "first toll of 40 dead", 40, [E], [K], DEAD, ARDERN, CHCH, key="e1_ard40")
c(d, "30", "30 at Al Noor", 30, [E], [K], DEAD, ARDERN, ALNOOR, key="e1_ard30")
c(d, "10", "10 at Linwood", 10, [E], [K], DEAD, ARDERN, LINWOOD, key="e1_ard10")
c(d, "48", "treated 48 people", 48, [E], [W], HURT, CDHB, ["christchurch hospital", "christchurch"],
  key="e1_w48")
mi(d, "12", "12 operating theatres", "incidental count")
c(d, "200", "About 200 family members", 200, [AP], [OT], ["family member", "relative", "person"],
  CDHB, ["christchurch hospital", "christchurch"], key="e1_fam200")
c(d, "Four", "Four people were taken into custody", 4, [E], [DT], ARREST, [], CHCH, key="e1_dt4")
c(d, "three", "three men and a woman", 3, [E], [DT], ["man", "men", "person"], [], CHCH,
  key="e1_men3")
mi(d, "one", "one of them had been released", "a pronoun count ('one of them')")
mi(d, "20s", "late 20s", "age")
c(d, "Two", "Two improvised explosive devices", 2, [E], [DS, OT],
  ["improvised explosive device", "device", "explosive device", "bomb"], BUSH, CHCH, key="e1_ied2",
  note="defused")
c(d, "300", "Some 300 people were attending", 300, [AP], [OT, PA], PERS + ["worshipper"],
  ["witnesses"], ALNOOR, key="e1_pr300")
c(d, "100", "About 100 were at Linwood", 100, [AP], [OT, PA], PERS + ["worshipper"],
  ["mosque official", "official"], LINWOOD, key="e1_pr100")
mi(d, "17 minutes", "for 17 minutes", "duration")

# --- 002 regional paper, Sunday 17 March 2019 ---
d = "002_christchurch_toll_regional.txt"
c(d, "50", "Toll rises to 50", 50, [E], [K], DEAD, [], CHCH, key="e2_t50", note="headline")
c(d, "36", "36 remain in hospital", 36, [E], [W], HURT, [], CHCH, note="headline")
mi(d, "two", "attacks on two Christchurch", "incidental count of mosques")
c(d, "50", "has risen to 50", 50, [E], [K], DEAD, BUSH, CHCH, key="e2_b50")
c(d, "49", "had stood at 49", 49, [E], [K], DEAD, BUSH, CHCH, key="e2_b49")
c(d, "50", "50 people had also been injured", 50, [E], [W], HURT, BUSH, CHCH, key="e2_w50")
c(d, "48", "up from the 48 treated", 48, [E], [W], HURT, BUSH, CHCH, key="e2_w48")
c(d, "two", "two were treated at private clinics", 2, [E], [W], HURT, BUSH, CHCH, key="e2_w2")
c(d, "36", "36 patients remained", 36, [E], [W], HURT, CDHB, CHCH, key="e2_h36")
c(d, "11", "11 of them in intensive care", 11, [E, AL], [W], HURT, CDHB, CHCH, key="e2_icu11")
mi(d, "four-year-old", "A four-year-old girl", "age")
c(d, "39", "counted 39 in hospital", 39, [E], [W], HURT, CDHB, CHCH, key="e2_h39")
c(d, "12", "12 in intensive care", 12, [E], [W], HURT, CDHB, CHCH, key="e2_icu12")
c(d, "six", "only six of the 50 victims", 6, [E], [OT], DEAD, BUSH, CHCH, key="e2_id6",
  note="victims identified")
c(d, "50", "six of the 50 victims", 50, [E], [K], DEAD, BUSH, CHCH, key="e2_v50")
mi(d, "24 hours", "within 24 hours", "duration")
c(d, "3,000", "about 3,000 people gathered", 3000, [AP], [PA], CROWDS, ["police", "nz.police"],
  ["botanic gardens", "christchurch"], key="e2_vig3")
c(d, "5,000", "more than 5,000", 5000, [MT], [PA], CROWDS,
  ["organisers", "group of university of canterbury students", "students"],
  ["botanic gardens", "christchurch"], key="e2_vig5")
mi(d, "several hundred metres", "several hundred metres", "distance")
mi(d, "$4.5m", "more than $4.5m", "money")
c(d, "60,000", "about 60,000 donors", 60000, [AP], [OT], ["donor", "person"], [], None,
  key="e2_don")
c(d, "two", "two other people arrested", 2, [E], [DT], ARREST, BUSH, CHCH, key="e2_dt2")
mi(d, "one", "one woman was released", "a count of one that reads as an article")
c(d, "five", "used five guns", 5, [E], [OT], WEAPON, ["police", "nz.police"], CHCH, key="e2_g5")
c(d, "two", "including two semi-automatic", 2, [E, AL], [OT], WEAPON, ["police", "nz.police"],
  CHCH, key="e2_g2")
mi(d, "212", "Comments (212)", "comment counter")

# --- 003 weekly review, Saturday 23 March 2019 ---
d = "003_week_review_march23.txt"
MOZ = ["mozambique", "beira", "buzi"]
c(d, "20,000", "about 20,000 people gathered in Hagley Park", 20000, [AP], [PA], CROWDS,
  ["police", "nz.police"], ["hagley park", "christchurch"], key="e3_hag20")
mi(d, "two minutes", "two minutes' silence", "duration")
c(d, "30,000", "put the crowd at 30,000", 30000, CROWD, [PA], CROWDS,
  ["organisers", "muslim association of canterbury"], ["hagley park", "christchurch"],
  key="e3_hag30")
c(d, "50", "The toll stood at 50 dead", 50, [E], [K], DEAD, [], CHCH, key="e3_k50")
c(d, "49", "still reporting 49", 49, [E], [K], DEAD,
  ["turkey's state news agency", "state news agency", "news agency", "anadolu"], CHCH, key="e3_tr49")
c(d, "29", "29 people were still in hospital", 29, [E], [W], HURT, CDHB, CHCH, key="e3_h29")
c(d, "eight", "eight of them in intensive care", 8, [E, AL], [W], HURT, CDHB, CHCH, key="e3_icu8")
c(d, "11", "down from 11 on Sunday", 11, [E], [W], HURT, CDHB, CHCH, key="e3_icu11")
c(d, "50", "all 50 victims", 50, [E], [OT], DEAD, ["police", "nz.police"], CHCH, key="e3_id50",
  note="victims identified")
c(d, "26", "26 had been buried", 26, [E], [OT], DEAD, ["funeral organisers", "organisers"], CHCH,
  key="e3_bur26")
c(d, "13,500 and 15,000", "between 13,500 and 15,000 such weapons", 14250, [RG], [OT], WEAPON,
  ["police", "nz.police"], ["new zealand"], vmin=13500, upper=15000, unv=True, key="e3_gun_rg",
  note="'Neither figure can be checked'")
c(d, "50,000", "\"closer to 50,000\"", 50000, [AP], [OT], WEAPON,
  ["gun owners' lobby", "lobby"], ["new zealand"], unv=True, key="e3_gun50")
c(d, "417", "417 people had been killed", 417, [E], [K], DEAD,
  ["celso correia", "correia", "minister", "land and environment minister", "mz.government"], MOZ,
  key="e3_moz417")
c(d, "242", "up from 242 on Thursday", 242, [E], [K], DEAD,
  ["celso correia", "correia", "minister", "mz.government"], MOZ, key="e3_moz242")
c(d, "293", "toll at 293", 293, [E], [K], DEAD,
  ["un's humanitarian office", "ocha", "humanitarian office", "un.ocha"], MOZ, key="e3_ocha293")
c(d, "1,000", "feared more than 1,000 deaths", 1000, [MT], [K], DEAD + ["death"],
  ["filipe nyusi", "nyusi", "president", "mz.government"], MOZ, unv=True, key="e3_ny1000",
  note="'feared'")
c(d, "259", "put the toll at 259", 259, [E], [K], DEAD, ["government", "zw.government"],
  ["zimbabwe"], key="e3_zim259")
c(d, "217", "217 people missing", 217, [E], [MS], MISSING, ["government", "zw.government"],
  ["zimbabwe"], key="e3_zim217")
c(d, "56", "56 people were killed", 56, [E], [K], DEAD, ["disaster agency", "agency"], ["malawi"],
  key="e3_mal56")
c(d, "1.7 million", "about 1.7 million people", 1700000, [AP], [AF], PERS,
  ["world food programme", "wfp", "un"], MOZ, key="e3_wfp17", note="people in the cyclone's path")
c(d, "600,000", "some 600,000", 600000, [AP], [AF], PERS, ["world food programme", "wfp", "un"],
  MOZ, key="e3_wfp600")
mi(d, "90%", "some 90% of Beira", "percentage")
c(d, "15,000", "About 15,000 people were still waiting", 15000, [AP], [AF, OT], PERS,
  ["celso correia", "correia", "mz.government"], MOZ, key="e3_res15")
c(d, "3,000", "3,000 had been rescued", 3000, [E, AP], [OT], PERS,
  ["celso correia", "correia", "mz.government"], MOZ, key="e3_res3")

# --- 004 wire, Saturday 29 September 2018 ---
d = "004_palu_tsunami_wire.txt"
c(d, "384", "kill at least 384 in Palu", 384, [AL], [K], DEAD, [], PALU, key="e4_t384",
  note="headline")
c(d, "384", "At least 384 people were killed", 384, [AL], [K], DEAD, BNPB, PALU, key="e4_k384")
mi(d, "7.5", "magnitude 7.5", "magnitude")
c(d, "540", "540 people had been seriously injured", 540, [E], [W], HURT, BNPB, PALU, key="e4_w540")
c(d, "29", "29 were missing", 29, [E], [MS], MISSING, BNPB, PALU, key="e4_ms29")
mi(d, "300,000", "about 300,000 people live", "population of Donggala")
c(d, "30", "\"at least 30\" dead", 30, [AL], [K], DEAD, ["local officials", "officials"], PALU,
  key="e4_loc30", note="Friday night's first figure")
mi(d, "six metres", "up to six metres", "height")
c(d, "Hundreds", "Hundreds of people had gathered", 200, VAGUE, [OT, PA], PERS, BNPB,
  ["talise beach", "palu"], vmin=100, key="e4_beach", note="'Nugroho said' closes the sentence")
mi(d, "half", "a mosque half submerged", "fraction")
c(d, "16,732", "16,732 people had left their homes", 16732, [E], [DP], PERS, BNPB, PALU,
  key="e4_dp")
c(d, "24", "at 24 sites", 24, [E], [OT], ["site", "shelter"], BNPB, PALU, key="e4_sites")
mi(d, "eight-storey", "the eight-storey Roa-Roa", "height of a building")
c(d, "50", "about 50 people could be trapped", 50, [AP], [OT, MS], PERS, ["rescuers"],
  ["roa-roa hotel", "palu"], unv=True, key="e4_hotel50", note="'could not be confirmed'")
mi(d, "21", "air traffic controller, 21,", "age")
c(d, "120", "120 soldiers", 120, [E], [DE], ["soldier", "troop"], ["military", "indonesia's military",
  "id.military"], PALU, key="e4_sold")
c(d, "four", "four Hercules transport planes", 4, [E], [DE, OT], ["plane", "aircraft", "hercules"],
  ["military", "indonesia's military", "id.military"], PALU)
mi(d, "10 km", "depth of 10 km", "depth")
mi(d, "80 km", "about 80 km north", "distance")
mi(d, "dozens", "dozens of aftershocks", "incidental count of aftershocks")
c(d, "500", "more than 500 people", 500, [MT], [K], DEAD, [], ["lombok"], key="e4_lom",
  note="another event")

# --- 005 fact check with a correction, 5 October 2018 ---
d = "005_palu_toll_factcheck.txt"
JDP = ["jakarta daily post", "military spokesman"] + MIL
PW = ["pacific wire"] + BNPB
c(d, "1,558", "reported 1,558 dead", 1558, [E], [K], DEAD, JDP, PALU, key="e5_mil_a",
  note="the Jakarta Daily Post's report, citing the military")
c(d, "1,424", "Pacific Wire reported 1,424", 1424, [E], [K], DEAD, PW, PALU, key="e5_bn_a",
  note="Pacific Wire's report, citing BNPB")
mi(d, "two", "why two news organisations", "incidental count of outlets")
mi(d, "two", "from two separate counts", "incidental count of counts")
c(d, "1,424", "Thursday that 1,424 bodies", 1424, [E], [K], DEAD, BNPB, PALU, key="e5_bn1424")
c(d, "1,558", "The military's count of 1,558", 1558, [E], [K], DEAD, MIL, PALU, key="e5_mil1558")
c(d, "1,571", "1,571 people had died", 1571, [E], [K], DEAD, BNPB, PALU, key="e5_k1571")
c(d, "2,549", "2,549 were seriously injured", 2549, [E], [W], HURT, BNPB, PALU, key="e5_w2549")
c(d, "113", "113 were missing", 113, [E], [MS], MISSING, BNPB, PALU, key="e5_ms113")
c(d, "70,821", "at 70,821", 70821, [E], [DP], PERS, BNPB, PALU, key="e5_dp")
c(d, "141", "at 141 sites", 141, [E], [OT], ["site", "shelter"], BNPB, PALU, key="e5_sites")
c(d, "5,000", "\"as many as 5,000 people\"", 5000, [AM, AP], [MS, K], PERS,
  ["head of petobo village", "village head", "head"], PETOBO, unv=True, key="e5_pet5000",
  note="'could not be independently verified'")
c(d, "86", "recovered 86 bodies", 86, [E], [K], DEAD + ["body"], ["search teams"], PETOBO,
  key="e5_pet86")
c(d, "1,571", "Dead: 1,571", 1571, [E], [K], DEAD, BNPB, PALU, key="e5_box1571",
  note="box headed '(BNPB, Friday)'")
c(d, "2,549", "Seriously injured: 2,549", 2549, [E], [W], HURT, BNPB, PALU)
c(d, "113", "Missing: 113", 113, [E], [MS], MISSING, BNPB, PALU)
c(d, "65,733", "Houses damaged: 65,733", 65733, [E], [DS, AT], ["house", "home"], BNPB, PALU,
  key="e5_h")
mi(d, "2,459", "as 2,459", "figure retracted by the correction")
c(d, "2,549", "The BNPB figure is 2,549", 2549, [E], [W], HURT, BNPB, PALU, key="e5_corr2549")

# --- 006 six months on (28 March 2019; the date only in the prose, no year) ---
d = "006_palu_six_months_on.txt"
PROV = ["central sulawesi provincial government", "provincial government", "province",
        "id.central_sulawesi"]
mi(d, "six months", "Palu, six months on", "duration (headline)")
mi(d, "Six months", "Six months after", "duration")
c(d, "2,101", "at 2,101 dead", 2101, [E], [K], DEAD, BNPB, PALU, key="e6_k2101")
c(d, "1,373", "1,373 missing", 1373, [E], [MS], MISSING, BNPB, PALU, key="e6_ms1373")
c(d, "4,340", "now gives 4,340 dead", 4340, [E], [K], DEAD, PROV, PALU, key="e6_p4340",
  note="includes the missing presumed dead")
c(d, "6,000", "at least 6,000 people died", 6000, [AL], [K], DEAD,
  ["palu recovery forum", "coalition of local groups", "forum", "coalition"], PALU, key="e6_f6000",
  note="counting burials without a record")
c(d, "384", "had counted 384", 384, [E], [K], DEAD, BNPB, PALU, key="e6_rec384")
c(d, "5,000", "as many as 5,000 people lay", 5000, [AM, AP], [MS, K], PERS,
  ["village head", "head"], PETOBO, unv=True, key="e6_pet5000", note="'once feared'")
c(d, "742", "names 742 people missing", 742, [E], [MS], MISSING, PROV, PETOBO, key="e6_pet742",
  note="'the final provincial list'")
c(d, "170,000", "More than 170,000 people", 170000, [MT], [DP], PERS, PROV, PALU, key="e6_dp")
c(d, "2,000", "about 2,000 families", 2000, [AP], [DP, AF], ["family"],
  ["palu recovery forum", "forum", "the forum", "coalition"], PALU, key="e6_f2000")
c(d, "500", "fewer than 500 are", 500, [LT, AM], [DP, AF], ["family"], ["city", "palu"], PALU,
  key="e6_f500")
mi(d, "1,000", "Of the 1,000 temporary housing units", "units promised")
c(d, "699", "699 have been built", 699, [E], [OT], ["housing unit", "unit", "temporary housing unit"],
  ["public works ministry", "ministry"], PALU)
mi(d, "100 metres", "within 100 metres", "distance")
mi(d, "11,000", "About 11,000 homes", "homes to be moved (planned)")
mi(d, "$1.3bn", "$1.3bn", "money")
mi(d, "40", "40 stalls", "incidental count")
mi(d, "20", "about 20 flights a day", "incidental count")
mi(d, "44", "Nurhayati, 44", "age")
mi(d, "two sons", "two sons", "a family's loss")
c(d, "4,340", "\"They say 4,340", 4340, [E], [K], DEAD, ["they", "nurhayati"] + PROV, PALU,
  key="e6_q4340", note="a resident quoting the official toll")
mi(d, "three", "only need three", "a family's missing")

# --- 007 wire, Thursday 14 July 2022 ---
d = "007_vinnytsia_strike_wire.txt"
c(d, "23", "killing at least 23\n", 23, [AL], [K], DEAD, [], VIN, key="e7_t23", note="headline")
c(d, "23", "killing at least 23 people", 23, [AL], [K], DEAD, SES, VIN, key="e7_s23")
c(d, "three", "including three children", 3, [E, AL], [K], CHILD, SES, VIN, key="e7_ch3")
c(d, "dozens", "dozens of parked cars", 24, VAGUE, [DS, AT], ["car", "vehicle"], [], VIN, vmin=12,
  key="e7_cars_doz")
mi(d, "200 km", "more than 200 km", "distance")
c(d, "12", "first reported 12 dead", 12, [E], [K], DEAD,
  ["serhiy borzov", "borzov", "regional governor", "governor", "ua.vinnytsia"], VIN, key="e7_b12")
c(d, "20", "put the figure at 20", 20, [E], [K], DEAD, ["national police", "police", "ua.police"],
  VIN, key="e7_p20")
c(d, "23", "gave 23 in the evening", 23, [E], [K], DEAD, SES, VIN, key="e7_s23b")
c(d, "26", "that 26 people had been killed", 26, [E], [K], DEAD,
  ["serhiy morhunov", "morhunov", "mayor", "vinnytsia's mayor", "ua.vinnytsia"], VIN, key="e7_mor26",
  note="'a figure the emergency service did not confirm'")
c(d, "66", "66 people were in hospital", 66, [E], [W], HURT, SES, VIN, key="e7_h66")
c(d, "34", "34 of them in serious", 34, [E, AL], [W], HURT, SES, VIN, key="e7_ser34")
c(d, "39", "39 people were unaccounted", 39, [E], [MS], MISSING, SES, VIN, key="e7_ms39")
c(d, "100", "more than 100 people had been injured", 100, [MT], [W], HURT, HEALTH_UA, VIN,
  key="e7_w100")
c(d, "four", "four missiles had been launched", 4, [E], [LA], MISSILE, UAF, VIN, key="e7_la4")
c(d, "two", "two shot down", 2, [E], [DS], MISSILE, UAF, VIN, key="e7_ds2")
c(d, "55", "55 buildings", 55, [E], [DS, AT], ["building"], COUNCIL, VIN, key="e7_bld")
c(d, "40", "40 cars destroyed", 40, [E], [DS], ["car", "vehicle"], COUNCIL, VIN, key="e7_cars40")
c(d, "300", "About 300 people had to leave", 300, [AP], [DP], PERS, COUNCIL, VIN, key="e7_dp300")
mi(d, "40", "more than 40 countries", "incidental count of countries")
c(d, "two", "killed two people", 2, [E], [K], DEAD, ["regional governor", "governor"],
  ["mykolaiv"], key="e7_myk2")

# --- 008 web update, 16 July 2022 ---
d = "008_vinnytsia_toll_next_days.txt"
c(d, "24", "Vinnytsia toll rises to 24", 24, [E], [K], DEAD, [], VIN, key="e8_t24", note="headline")
c(d, "24", "has risen to 24", 24, [E], [K], DEAD, MON, VIN, key="e8_m24")
c(d, "23", "counted 23 dead", 23, [E], [K], DEAD, SES, VIN, key="e8_s23")
c(d, "Three", "Three children were among", 3, [E, AL], [K], CHILD, MON, VIN, key="e8_ch3")
mi(d, "four-year-old", "a four-year-old girl", "age")
c(d, "Eighteen", "Eighteen people were still missing", 18, [E], [MS], MISSING, [], VIN,
  key="e8_ms18")
c(d, "39", "down from 39", 39, [E], [MS], MISSING, [], VIN, key="e8_ms39")
c(d, "24", "Of the 24 victims", 24, [E], [K], DEAD, [], VIN, key="e8_v24")
c(d, "19", "19 had been identified", 19, [E], [OT], DEAD, [], VIN, key="e8_id19")
c(d, "202", "202 people had sought", 202, [E], [W], HURT, HEALTH_UA, VIN, key="e8_w202",
  note="people who sought medical help")
c(d, "73", "73 were still in hospital", 73, [E], [W], HURT, HEALTH_UA, VIN, key="e8_h73")
c(d, "36", "36 in serious condition", 36, [E, AL], [W], HURT, HEALTH_UA, VIN, key="e8_ser36")
c(d, "four", "four in a critical state", 4, [E, AL], [W], HURT, HEALTH_UA, VIN, key="e8_crit4")
c(d, "20", "\"more than 20 Ukrainian officers", 20, [MT], [K],
  ["officer", "soldier", "serviceman", "person", "people"],
  ["igor konashenkov", "konashenkov", "defence ministry", "ru.mod"], VIN, unv=True, key="e8_ru20",
  note="'no evidence', 'could not be independently verified'")
c(d, "three", "three missiles had hit the city", 3, [E], [AT, OT], MISSILE, UAF, VIN, key="e8_hit3")
mi(d, "two", "not two", "the figure the air force now denies")
c(d, "one", "one had been shot down", 1, [E], [DS], MISSILE, UAF, VIN, key="e8_ds1")
mi(d, "three days", "three days of mourning", "duration")
c(d, "2,000", "About 2,000 people queued", 2000, [AP], [OT], PERS + ["donor"],
  ["regional blood centre", "blood centre"], VIN, key="e8_blood")
mi(d, "30 tonnes", "more than 30 tonnes", "weight")
c(d, "four", "at least four people", 4, [AL], [K], DEAD,
  ["oleh syniehubov", "syniehubov", "regional governor", "governor", "ua.kharkiv"],
  ["chuhuiv", "kharkiv region"], key="e8_chu4")
c(d, "three", "three people were killed", 3, [E], [K], DEAD, ["regional governor", "governor"],
  ["dnipro"], key="e8_dni3")
c(d, "5,024", "verified 5,024 civilian deaths", 5024, [E, AL], [K], ["civilian", "death", "person"],
  ["united nations human rights office", "un human rights office", "united nations", "un.ohchr"],
  None, key="e8_un")

LINKS = [
    # 001
    ("linked", R, "e1_ard40", "e1_k49", "toll: Ardern's first 40, then 49 from the police"),
    ("linked", R, "e1_ard30", "e1_an41", "Al Noor: 30 (Ardern) then 41 (police)"),
    ("linked", R, "e1_ard10", "e1_lin7", "Linwood: 10 (Ardern) revised down to 7 (police)"),
    ("not_conflict", N, "e1_an41", "e1_k49", "Al Noor inside the toll"),
    ("not_conflict", N, "e1_lin7", "e1_k49", "Linwood inside the toll"),
    ("not_conflict", N, "e1_hosp1", "e1_k49", "the hospital death inside the toll"),
    ("not_conflict", N, "e1_w48", "e1_k49", "wounded vs killed"),
    ("not_conflict", N, "e1_dozens", "e1_w48", "'dozens wounded' and 48 agree"),
    ("not_conflict", N, "e1_men3", "e1_dt4", "three men among the four in custody"),
    ("not_conflict", N, "e1_pr300", "e1_an41", "worshippers present vs killed at Al Noor"),
    ("not_conflict", N, "e1_pr100", "e1_lin7", "worshippers present vs killed at Linwood"),
    ("not_conflict", N, "e1_ard10", "e1_ard40", "Linwood inside Ardern's 40"),
    # 002
    ("linked", R, "e2_b49", "e2_b50", "toll 49 since Friday, 50 on Sunday (police)"),
    ("not_conflict", N, "e2_t50", "e2_b50", "headline and body agree"),
    ("linked", R, "e2_w48", "e2_w50", "injured: 48 then 50 'up from the 48'"),
    ("not_conflict", N, "e2_w2", "e2_w50", "two treated at private clinics, part of the 50"),
    ("not_conflict", N, "e2_icu11", "e2_h36", "intensive care inside those in hospital"),
    ("not_conflict", N, "e2_h36", "e2_w50", "still in hospital vs all injured"),
    ("not_conflict", N, "e2_icu12", "e2_h39", "Saturday: intensive care inside those in hospital"),
    ("linked", C, "e2_vig3", "e2_vig5", "Botanic Gardens vigil: police vs organisers"),
    ("not_conflict", N, "e2_id6", "e2_v50", "identified vs killed"),
    ("not_conflict", N, "e2_g2", "e2_g5", "semi-automatics among the five guns"),
    ("not_conflict", N, "e2_w50", "e2_b50", "same 50: injured vs killed"),
    ("not_conflict", N, "e2_dt2", "e2_w2", "same 2: arrested vs treated at clinics"),
    # 001 -> 002
    ("linked", R, "e1_k49", "e2_b50", "toll 49 (Friday) then 50 (Sunday)"),
    ("linked", R, "e1_w48", "e2_w50", "injured 48 then 50"),
    ("not_conflict", N, "e1_w48", "e2_w48", "the 48 restated"),
    ("not_conflict", N, "e1_k49", "e2_b49", "the 49 restated"),
    ("not_conflict", N, "e1_dt4", "e2_dt2", "the two others among the four arrested"),
    ("linked", R, "e1_ard40", "e2_b50", "toll 40 (Ardern, Friday) then 50 (police, Sunday)"),
    # 003
    ("linked", C, "e3_hag20", "e3_hag30", "Hagley Park: police vs organisers"),
    ("linked", R, "e3_moz242", "e3_moz417", "Mozambique toll 242 then 417 (minister)"),
    ("linked", R, "e3_ny1000", "e3_moz417", "president's feared 'more than 1,000' vs the government's 417 four days later"),
    ("linked", C, "e3_ocha293", "e3_moz417", "Mozambique toll on Friday: OCHA 293 vs the minister's 417"),
    ("linked", C, "e3_tr49", "e3_k50", "Christchurch toll on Friday: Turkish agency 49 vs 50"),
    ("not_conflict", N, "e3_ocha293", "e3_zim259", "Mozambique vs Zimbabwe"),
    ("not_conflict", N, "e3_zim259", "e3_moz417", "Zimbabwe vs Mozambique"),
    ("not_conflict", N, "e3_zim217", "e3_zim259", "missing vs killed"),
    ("not_conflict", N, "e3_mal56", "e3_moz417", "Malawi vs Mozambique"),
    ("not_conflict", N, "e3_wfp600", "e3_wfp17", "in need of aid, part of those in the path"),
    ("not_conflict", N, "e3_res3", "e3_res15", "rescued vs still waiting"),
    ("linked", C, "e3_gun_rg", "e3_gun50", "semi-automatics in circulation: police vs gun lobby"),
    ("not_conflict", N, "e3_icu8", "e3_h29", "intensive care inside those in hospital"),
    ("not_conflict", N, "e3_k50", "e3_id50", "all 50 identified: same number, consistent"),
    ("not_conflict", N, "e3_bur26", "e3_k50", "buried, part of the dead"),
    ("not_conflict", N, "e3_k50", "e3_moz417", "same week, other event"),
    ("not_conflict", N, "e3_res3", "e3_hag30", "3,000 rescued vs Hagley Park crowd"),
    # 002 -> 003
    ("not_conflict", N, "e2_b50", "e3_k50", "toll restated"),
    ("not_conflict", N, "e2_icu11", "e3_icu11", "Sunday's intensive care restated"),
    ("not_conflict", N, "e2_vig3", "e3_hag20", "Saturday's vigil vs Friday's prayer a week later"),
    ("not_conflict", N, "e2_vig5", "e3_hag30", "two different gatherings"),
    # 004
    ("linked", R, "e4_loc30", "e4_k384", "toll: 'at least 30' on Friday night, 384 on Saturday (officials)"),
    ("not_conflict", N, "e4_t384", "e4_k384", "headline and body agree"),
    ("not_conflict", N, "e4_w540", "e4_k384", "injured vs killed"),
    ("not_conflict", N, "e4_ms29", "e4_k384", "missing vs killed"),
    ("not_conflict", N, "e4_hotel50", "e4_ms29", "possibly trapped in one hotel vs registered missing"),
    ("not_conflict", N, "e4_lom", "e4_k384", "Lombok vs Palu"),
    ("not_conflict", N, "e4_beach", "e4_k384", "people gathered on the beach vs killed"),
    ("not_conflict", N, "e4_sold", "e4_w540", "soldiers sent vs injured"),
    # 005
    ("linked", C, "e5_mil1558", "e5_bn1424", "Thursday toll: military vs BNPB"),
    ("linked", C, "e5_mil_a", "e5_bn_a", "Thursday toll as two outlets reported it"),
    ("not_conflict", N, "e5_bn_a", "e5_bn1424", "Pacific Wire repeated BNPB"),
    ("not_conflict", N, "e5_mil_a", "e5_mil1558", "the Daily Post repeated the military"),
    ("linked", R, "e5_bn1424", "e5_k1571", "BNPB 1,424 (Thursday) then 1,571 (Friday)"),
    ("not_conflict", N, "e5_box1571", "e5_k1571", "box restates the toll"),
    ("not_conflict", N, "e5_corr2549", "e5_w2549", "correction restates the right figure"),
    ("not_conflict", N, "e5_pet5000", "e5_ms113", "Petobo, outside BNPB's count, vs the registered missing"),
    ("not_conflict", N, "e5_pet86", "e5_pet5000", "bodies recovered vs feared buried"),
    ("not_conflict", N, "e5_ms113", "e5_k1571", "missing vs killed"),
    ("not_conflict", N, "e5_dp", "e5_h", "displaced people vs damaged houses"),
    ("not_conflict", N, "e5_sites", "e5_ms113", "shelter sites vs missing"),
    # 004 -> 005
    ("linked", R, "e4_k384", "e5_bn1424", "BNPB toll 384 then 1,424"),
    ("linked", R, "e4_k384", "e5_k1571", "BNPB toll 384 then 1,571"),
    ("linked", R, "e4_w540", "e5_w2549", "seriously injured 540 then 2,549"),
    ("linked", R, "e4_ms29", "e5_ms113", "missing 29 then 113"),
    ("linked", R, "e4_dp", "e5_dp", "displaced 16,732 then 70,821"),
    # 006
    ("linked", R, "e6_k2101", "e6_p4340", "BNPB 2,101 (October) vs the province's 4,340 (March), same government"),
    ("linked", R, "e6_rec384", "e6_k2101", "first count 384, closed at 2,101"),
    ("linked", C, "e6_f2000", "e6_f500", "families in tents: forum vs city"),
    ("linked", C, "e6_f6000", "e6_p4340", "dead: the forum's 'at least 6,000' vs the province's 4,340"),
    ("not_conflict", N, "e6_f6000", "e6_pet5000", "citywide dead vs Petobo's feared missing"),
    ("not_conflict", N, "e6_pet742", "e6_ms1373", "Petobo missing inside the missing"),
    ("not_conflict", N, "e6_dp", "e6_f2000", "people in shelters vs families in tents"),
    ("not_conflict", N, "e6_p4340", "e6_q4340", "quoted restatement"),
    ("not_conflict", N, "e6_ms1373", "e6_k2101", "missing vs killed"),
    # 004/005 -> 006
    ("linked", R, "e5_k1571", "e6_k2101", "BNPB 1,571 then 2,101"),
    ("linked", R, "e4_k384", "e6_k2101", "BNPB 384 then 2,101"),
    ("linked", R, "e5_ms113", "e6_ms1373", "missing 113 then 1,373"),
    ("not_conflict", N, "e4_k384", "e6_rec384", "restated"),
    ("not_conflict", N, "e5_pet5000", "e6_pet5000", "the village head's fear, recalled"),
    # 007
    ("linked", R, "e7_b12", "e7_p20", "toll 12 (governor) then 20 (police)"),
    ("linked", R, "e7_p20", "e7_s23b", "toll 20 (police) then 23 (emergency service)"),
    ("linked", R, "e7_b12", "e7_s23b", "toll 12 then 23"),
    ("not_conflict", N, "e7_s23", "e7_s23b", "same figure"),
    ("linked", C, "e7_mor26", "e7_s23b", "Thursday evening: mayor 26 vs emergency service 23"),
    ("linked", C, "e7_mor26", "e7_s23", "mayor 26 vs 'at least 23' in the lead"),
    ("not_conflict", N, "e7_t23", "e7_s23", "headline and lead"),
    ("not_conflict", N, "e7_ch3", "e7_s23", "children among the dead"),
    ("not_conflict", N, "e7_h66", "e7_w100", "in hospital vs injured"),
    ("not_conflict", N, "e7_ser34", "e7_h66", "serious condition, part of those in hospital"),
    ("not_conflict", N, "e7_ms39", "e7_s23", "missing vs killed"),
    ("not_conflict", N, "e7_ds2", "e7_la4", "shot down vs launched"),
    ("not_conflict", N, "e7_cars_doz", "e7_cars40", "'dozens' and 40 agree"),
    ("not_conflict", N, "e7_myk2", "e7_ds2", "same 2: dead in Mykolaiv vs missiles shot down"),
    ("not_conflict", N, "e7_myk2", "e7_s23", "Mykolaiv vs Vinnytsia"),
    ("not_conflict", N, "e7_dp300", "e7_bld", "people displaced vs buildings damaged"),
    # 008
    ("linked", R, "e8_s23", "e8_m24", "toll 23 (Thursday) then 24 (Friday)"),
    ("linked", R, "e8_ms39", "e8_ms18", "missing 39 then 18"),
    ("not_conflict", N, "e8_ch3", "e8_m24", "children among the dead"),
    ("not_conflict", N, "e8_id19", "e8_v24", "identified vs dead"),
    ("not_conflict", N, "e8_h73", "e8_w202", "still in hospital vs sought help"),
    ("not_conflict", N, "e8_ser36", "e8_h73", "part"),
    ("not_conflict", N, "e8_crit4", "e8_ser36", "part"),
    ("not_conflict", N, "e8_ru20", "e8_m24", "Russia's claimed officers vs Ukraine's civilian toll: two sides, soldiers vs civilians"),
    ("not_conflict", N, "e8_chu4", "e8_m24", "Chuhuiv vs Vinnytsia"),
    ("not_conflict", N, "e8_dni3", "e8_ch3", "same 3: Dnipro dead vs children in Vinnytsia"),
    ("not_conflict", N, "e8_un", "e8_m24", "national cumulative count vs one strike"),
    ("not_conflict", N, "e8_v24", "e8_m24", "same figure"),
    ("not_conflict", N, "e8_t24", "e8_m24", "headline and body"),
    ("not_conflict", N, "e8_hit3", "e8_ds1", "hit vs shot down"),
    # 007 -> 008
    ("linked", R, "e7_s23b", "e8_m24", "toll 23 (emergency service) then 24 (interior minister)"),
    ("linked", R, "e7_s23", "e8_m24", "toll 'at least 23' then 24"),
    ("not_conflict", N, "e7_s23b", "e8_s23", "restated"),
    ("linked", C, "e7_mor26", "e8_m24", "mayor's 26 (Thursday) vs the interior minister's 24 (Friday)"),
    ("linked", C, "e7_mor26", "e8_s23", "mayor's 26 vs the emergency service's 23, as the next day's article recalls it"),
    ("linked", R, "e7_ms39", "e8_ms18", "missing 39 then 18"),
    ("linked", R, "e7_ds2", "e8_ds1", "air force: two shot down, then one"),
    ("linked", R, "e7_w100", "e8_w202", "injured 'more than 100' then 202 (health ministry)"),
    ("not_conflict", N, "e7_ch3", "e8_ch3", "children restated"),
    ("not_conflict", N, "e7_la4", "e8_hit3", "four launched, three hit: consistent"),
    ("not_conflict", N, "e7_myk2", "e8_dni3", "Mykolaiv vs Dnipro, other days"),
]

if __name__ == "__main__":
    G.write(LINKS)
