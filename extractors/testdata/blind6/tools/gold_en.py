#!/usr/bin/env python3
"""English gold for blind6 (written by hand, by meaning; occ computed from anchors)."""
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
MARCH = ["person", "people", "protester", "marcher", "demonstrator", "participant", "crowd"]
DEAD = ["person", "people", "dead", "death", "victim", "civilian"]
MISSING = ["person", "people", "missing"]
HURT = ["person", "people", "injured", "wounded"]
ARREST = ["person", "people", "arrest", "arrested", "detained"]
OFFICER = ["officer", "police officer", "policeman", "police"]
CHILD = ["child", "children"]
DRONE = ["drone", "shahed"]
MISSILE = ["missile", "cruise missile"]

MET = ["metropolitan police", "the met", "met", "police", "force", "kyle gordon", "gordon",
       "commander", "uk.met"]
PSC = ["palestine solidarity campaign", "organisers", "organizers", "organiser", "psc"]
LONDON = ["london", "hyde park", "whitehall", "cenotaph", "park lane"]

SYN = ["oleh syniehubov", "syniehubov", "governor", "regional governor", "ua.kharkiv", "ua."]
HROZA = ["hroza", "kharkiv region", "kupiansk"]
KHARKIV = ["kharkiv"]
UAF = ["air force", "ukraine's air force", "ua.air_force", "ua."]
RUMOD = ["russia's defence ministry", "russian defence ministry", "defence ministry",
         "defense ministry", "ru.mod"]

KLYM = ["ihor klymenko", "klymenko", "interior minister", "interior ministry", "ua.interior",
        "ua."]
NATPOL = ["national police", "police", "ua.police", "ua."]
TAB = ["ihor taburets", "taburets", "governor", "cherkasy", "regional administration", "ua."]
UMAN = ["uman", "cherkasy"]

ROD = ["rosa icela rodriguez", "rodriguez", "security minister", "mexico's security minister",
       "mx.security", "mx."]
ACA = ["acapulco", "guerrero"]
CFE = ["electricity company", "state electricity company", "cfe", "mx.cfe"]
PROS = ["guerrero state prosecutor", "prosecutor's office", "prosecutor", "mx.guerrero", "mx."]
FED = ["federal government", "government", "mx.gov", "mx."]
LEWISTON = ["lewiston", "maine"]

# --- 001 live blog, Saturday 11 November 2023 ("Updated"), newest entry first ---
d = "001_london_march_live.txt"
for i in (0, 1):
    c(d, "126", "Met says 126 arrested", 126, [E], [DT], ARREST, MET, LONDON, ai=i,
      note="title (twice): 'Met says'")
    c(d, "hundreds of thousands", "as hundreds of thousands march", 200000, VAGUE, [PA], MARCH,
      [], LONDON, vmin=100000, ai=i, note="title: no speaker for this part")
mi(d, "1,204", "1,204 comments", "comment counter")
c(d, "126", "Met: 126 arrests", 126, [E], [DT], ARREST, MET, LONDON, note="entry heading")
c(d, "nine", "126 arrests, nine officers", 9, [E], [W], OFFICER, MET, LONDON,
  note="entry heading")
c(d, "126", "says 126 people have been arrested", 126, [E], [DT], ARREST, MET, LONDON,
  key="e1_dt126")
c(d, "Nine", "Nine officers were injured", 9, [E], [W], OFFICER, MET, LONDON, key="e1_w9")
c(d, "two", "two of whom were taken to hospital", 2, [E], [W, OT], OFFICER, MET, LONDON,
  key="e1_h2", note="officers in hospital, part of the nine")
c(d, "92", "Arrests rise to 92", 92, [E], [DT], ARREST, MET, LONDON,
  note="entry heading; the entry names Commander Kyle Gordon")
c(d, "92", "had risen to 92", 92, [E], [DT], ARREST, MET, LONDON, key="e1_dt92")
c(d, "300,000", "Police estimate about 300,000", 300000, [AP], [PA], MARCH, MET, LONDON,
  note="entry heading, before the hedge")
c(d, "300,000", "its estimate, about 300,000 people", 300000, [AP], [PA], MARCH, MET, LONDON,
  unv=True, key="e1_met300", note="'Neither count could be independently verified'")
c(d, "800,000", "the figure at 800,000", 800000, [E, AP], [PA], MARCH, PSC, LONDON, unv=True,
  key="e1_psc800")
c(d, "82", "82 arrests so far", 82, [E], [DT], ARREST, MET, LONDON, note="entry heading")
c(d, "82", "says 82 people have now been arrested", 82, [E], [DT], ARREST, MET, LONDON,
  key="e1_dt82")
c(d, "1,000", "Around 1,000 counter-protesters", 1000, [AP], [PA], ["counter-protester",
  "protester", "person", "people"], ["police sources", "police"], LONDON, key="e1_cp1000")
c(d, "two dozen", "About two dozen men", 24, [AP], [PA, OT], ["man", "men", "person", "people"],
  [], LONDON, note="men who broke through a cordon")
mi(d, "two", "after the two-minute silence", "duration ('two-minute')")
c(d, "Tens of thousands", "Tens of thousands of people are now", 20000, VAGUE, [PA], MARCH, [],
  LONDON, vmin=10000)
mi(d, "500,000", "they expected about 500,000", "expected turnout, not a count")
mi(d, "two", "observed a two-minute silence", "duration ('two-minute')")
c(d, "2,000", "Nearly 2,000 officers", 2000, [AP, AM], [DE], OFFICER, MET, LONDON,
  key="e1_dep2000", note="Saturday")
c(d, "1,375", "1,375 more will be deployed", 1375, [E], [DE], OFFICER, MET, LONDON,
  key="e1_dep1375", note="Sunday")

# --- 002 wire, 12 November 2023 (date line) ---
d = "002_london_march_met_figures.txt"
c(d, "145", "UK police say 145 arrested", 145, [E], [DT], ARREST, MET + ["uk police"], LONDON,
  note="headline: 'UK police say'")
c(d, "145", "Sunday that 145 people", 145, [E], [DT], ARREST, MET, LONDON, key="e2_dt145")
c(d, "126", "up from 126 announced", 126, [E], [DT], ARREST, MET, LONDON, key="e2_dt126",
  note="the overnight figure restated")
c(d, "145", "Of the 145, 92", 145, [E], [DT], ARREST, MET, LONDON)
c(d, "92", "Of the 145, 92 were", 92, [E], [DT], ARREST, MET, LONDON, key="e2_dt92",
  note="breach of the peace, part of the 145")
c(d, "Nine", "Nine officers were injured", 9, [E], [W], OFFICER, MET, LONDON, key="e2_w9")
c(d, "two", "including two who were treated", 2, [E], [W, OT], OFFICER, MET, LONDON)
c(d, "300,000", "about 300,000 people joined", 300000, [AP], [PA], MARCH, MET, LONDON,
  key="e2_met300")
c(d, "800,000", "said 800,000 had taken part", 800000, [E, AP], [PA], MARCH, PSC, LONDON,
  key="e2_psc800")
c(d, "100,000", "crowd at about 100,000", 100000, [AP], [PA], MARCH, ["police"] + MET, LONDON,
  key="e2_met100", note="28 October")
c(d, "half a million", "organisers said half a million", 500000, [E, AP], [PA], MARCH, PSC,
  LONDON, key="e2_psc500", note="28 October")
c(d, "2,000", "nearly 2,000 officers on Saturday", 2000, [AP, AM], [DE], OFFICER, MET, LONDON,
  key="e2_dep2000")
c(d, "3,000", "more than 3,000 across the weekend", 3000, [MT], [DE], OFFICER, MET, LONDON,
  key="e2_dep3000", note="two-day total")
c(d, "several hundred", "several hundred protesters", 300, VAGUE, [PA], MARCH, [],
  ["edinburgh", "waverley"], vmin=200, key="e2_edi")

# --- 003 analysis, 8 December 2023 (date in the text) ---
d = "003_london_crowd_counts_analysis.txt"
OKA = ["miriam okafor", "okafor", "university of salford", "crowd scientist", "dr"]
mi(d, "7 min", "7 min read", "reading time")
mi(d, "two", "two numbers went round", "incidental count")
c(d, "300,000", "crowd at about 300,000", 300000, [AP], [PA], MARCH, MET, LONDON,
  key="e3_met300", note="11 November, named as the event's day")
c(d, "800,000", "main organiser, said 800,000", 800000, [E, AP], [PA], MARCH, PSC, LONDON,
  key="e3_psc800")
mi(d, "two", "asked two crowd scientists", "incidental count")
mi(d, "three", "at three points on the route", "incidental count")
c(d, "between 450,000 and 550,000", "between 450,000 and 550,000 people", 500000, [RG], [PA],
  MARCH, OKA, LONDON, vmin=450000, upper=550000, key="e3_ok500",
  note="range: the independent estimate")
c(d, "100,000", "counted about 100,000 marchers", 100000, [AP], [PA], MARCH, MET, LONDON,
  key="e3_met100", note="28 October")
c(d, "half a million", "organisers half a million", 500000, [E, AP], [PA], MARCH, PSC, LONDON,
  key="e3_psc500", note="28 October")
c(d, "45,000", "estimate was 45,000", 45000, [E, AP], [PA], MARCH, MET, LONDON, key="e3_met45",
  note="25 November")
c(d, "300,000", "organisers' 300,000", 300000, [E, AP], [PA], MARCH, PSC, LONDON,
  key="e3_psc300", note="25 November")
c(d, "750,000", "police said 750,000", 750000, [E, AP], [PA], MARCH, ["police"], LONDON,
  key="e3_03pol", note="the 2003 Iraq war march")
c(d, "two million", "organisers two million", 2000000, [E, AP], [PA], MARCH, PSC, LONDON,
  key="e3_03org", note="the 2003 Iraq war march")
c(d, "145", "145 people were arrested", 145, [E], [DT], ARREST, MET, LONDON, key="e3_dt145")
c(d, "386", "made 386 arrests", 386, [E], [DT], ARREST, MET, LONDON, key="e3_dt386",
  note="cumulative since 7 October")
c(d, "100", "charged more than 100 people", 100, [MT], [OT, DT], PERS, MET, LONDON,
  note="people charged")
mi(d, "£7.5m", "about £7.5m", "money")
mi(d, "£2.3m", "roughly £2.3m", "money")
c(d, "2,000", "nearly 2,000 officers were on duty", 2000, [AP, AM], [DE], OFFICER, MET, LONDON,
  key="e3_dep2000")

# --- 004 wire, 5 October 2023 (date line): Hroza ---
d = "004_hroza_strike.txt"
for i in (0, 1):
    c(d, "51", "kills at least 51 at wake", 51, [AL], [K], DEAD, [], HROZA, ai=i,
      note="title (twice), no speaker")
c(d, "51", "killing at least 51 people", 51, [AL], [K], DEAD,
  ["ukrainian officials", "officials", "ua."], HROZA, key="e4_k51a")
mi(d, "eight", "an eight-year-old boy", "age")
c(d, "six", "six people had been wounded", 6, [E], [W], HURT, SYN, HROZA, key="e4_w6")
c(d, "48", "put the toll at 48", 48, [E], [K], DEAD, SYN, HROZA, key="e4_k48")
c(d, "49", "then at 49 an hour", 49, [E], [K], DEAD, SYN, HROZA, key="e4_k49")
c(d, "51", "he said 51 people had been killed", 51, [E], [K], DEAD, SYN, HROZA, key="e4_k51")
mi(d, "30 km", "about 30 km west", "distance")
mi(d, "330", "around 330 residents", "population")
mi(d, "a sixth", "nearly a sixth of them", "fraction")
c(d, "28", "destroyed 28 Ukrainian drones", 28, [E], [DS], DRONE, RUMOD,
  ["black sea", "crimea", "belgorod"], unv=True, key="e4_ru28",
  note="'Neither side's claims could be independently verified'")
c(d, "24", "shot down 24 of 33", 24, [E], [DS], DRONE, UAF, None, unv=True, key="e4_ua24")
c(d, "33", "24 of 33 Shahed drones", 33, [E], [LA], DRONE, UAF, None, unv=True, key="e4_ua33")
mi(d, "100 km", "about 100 km to the west", "distance")

# --- 005 regional site, Friday 6 October 2023 ("Updated"): toll up by one ---
d = "005_hroza_toll_rises.txt"
c(d, "52", "Hroza toll rises to 52", 52, [E], [K], DEAD, [], HROZA, note="headline, no speaker")
mi(d, "58", "58 comments", "comment counter")
mi(d, "one", "rose by one to 52", "increment, not a count")
c(d, "52", "rose by one to 52", 52, [E], [K], DEAD, SYN, HROZA, key="e5_k52")
mi(d, "eight", "an eight-year-old boy", "age")
c(d, "44", "44 of the dead had been identified", 44, [E], [OT], DEAD, ["police"], HROZA,
  key="e5_id44", note="identified, part of the dead")
c(d, "Five", "Five people remained in hospital", 5, [E], [W], HURT, [], HROZA, key="e5_h5",
  note="still in hospital (one of the six wounded died)")
mi(d, "half", "burying half the village", "fraction in a quote")
c(d, "two", "two Russian missiles", 2, [E], [LA, AT], MISSILE, SYN, KHARKIV)
c(d, "two", "killing two people", 2, [E], [K], DEAD, SYN, KHARKIV, key="e5_kh2",
  note="Kharkiv city, overnight: another town, another day")
mi(d, "10", "a 10-year-old boy", "age")
c(d, "30", "wounding 30 others", 30, [E], [W], HURT, SYN, KHARKIV, key="e5_kh30")
c(d, "11", "pulled 11 people", 11, [E], [OT], PERS, ["state emergency service",
  "emergency service", "ua.ses", "ua."], KHARKIV, note="rescued")
c(d, "330", "lost 330 soldiers", 330, [E], [K, CA], ["soldier", "troop", "serviceman"],
  ["general staff", "ukraine's general staff", "ua.general_staff"], None, unv=True,
  key="e5_gs330", note="Russian losses claimed by Kyiv")
c(d, "140", "up to 140 servicemen", 140, [AM], [CA, K], ["serviceman", "servicemen", "soldier"],
  RUMOD, ["kupiansk"], unv=True, key="e5_ru140", note="Ukrainian losses claimed by Moscow")
mi(d, "six months", "for six months", "duration")

# --- 006 feature, 6 November 2023 (date line), a month on ---
d = "006_hroza_month_on.txt"
c(d, "59", "its last victims: 59 dead", 59, [E], [K], DEAD, [], HROZA, note="headline, no speaker")
mi(d, "330", "barely 330 people", "population")
c(d, "59", "toll: 59 people killed", 59, [E], [K], DEAD, ["kharkiv regional prosecutor", "regional prosecutor",
  "prosecutor's office", "prosecutor", "ua."], HROZA, key="e6_k59")
mi(d, "eight", "an eight-year-old boy", "age")
c(d, "48", "was 48", 48, [E], [K], DEAD, SYN, HROZA, key="e6_k48",
  note="'posted by governor Oleh Syniehubov'")
c(d, "51", "climbed to 51", 51, [E], [K], DEAD, SYN, HROZA, key="e6_k51")
c(d, "52", "and 52 the next day", 52, [E], [K], DEAD, SYN, HROZA, key="e6_k52")
c(d, "five", "The five people who were still", 5, [E], [W], HURT, ["doctors"], HROZA,
  key="e6_h5")
c(d, "Thirty-six", "Thirty-six of the dead were women", 36, [E], [K], ["woman", "women"],
  ["prosecutor", "prosecutor's list"], HROZA, key="e6_w36", note="part of the 59")
mi(d, "three", "three generations", "incidental count")
mi(d, "47", "Nataliya, 47", "age")
c(d, "two", "detained two brothers", 2, [E], [DT], ["brother", "person", "suspect"],
  ["sbu", "security service"], HROZA, key="e6_sbu2")
c(d, "10,000", "nearly 10,000 civilian deaths", 10000, [AP, AM], [K], DEAD,
  ["un human rights monitoring mission", "monitoring mission", "mission", "un", "un.hrmmu"],
  None, key="e6_un10k", note="nationwide since February 2022")
mi(d, "100,000", "100,000 hryvnias", "money")
mi(d, "59", "a row of 59 wooden crosses", "crosses in the cemetery, restating the toll")

# --- 007 wire, 28 April 2023 (date line): Uman ---
d = "007_uman_missile_strike.txt"
c(d, "17", "in Uman, killing at least 17", 17, [AL], [K], DEAD, [], UMAN,
  note="headline on the date line, no speaker")
mi(d, "nine", "a nine-storey", "building height")
c(d, "17", "killing at least 17 people", 17, [AL], [K], DEAD, ["officials", "ua."], UMAN,
  key="e7_k17a")
c(d, "three", "including three children", 3, [E, AL], [K], CHILD, ["officials", "ua."], UMAN,
  key="e7_ch3")
mi(d, "two months", "in nearly two months", "duration")
c(d, "10", "that 10 people had been killed", 10, [E], [K], DEAD, KLYM, UMAN, key="e7_k10")
c(d, "13", "figure to 13", 13, [E], [K], DEAD, NATPOL, UMAN, key="e7_k13")
c(d, "17", "then to 17 by", 17, [E], [K], DEAD, NATPOL, UMAN, key="e7_k17")
c(d, "Nine", "Nine people were in hospital", 9, [E], [W], HURT, TAB, UMAN, key="e7_h9")
mi(d, "56", "Oleksandr, 56", "age")
c(d, "two", "Dnipro, two people", 2, [E], [K], DEAD, ["serhiy lysak", "lysak", "governor",
  "regional governor"], ["dnipro"], key="e7_dn2")
mi(d, "31", "a 31-year-old woman", "age")
mi(d, "two", "her two-year-old daughter", "age")
c(d, "Four", "Four other people were wounded", 4, [E], [W], HURT, ["serhiy lysak", "lysak",
  "governor"], ["dnipro"], key="e7_dn4")
c(d, "23", "launched 23 cruise missiles", 23, [E], [LA], MISSILE, UAF, None, key="e7_la23")
c(d, "two", "and two attack drones", 2, [E], [LA], DRONE, UAF, None)
c(d, "21", "21 of the missiles", 21, [E], [DS], MISSILE, UAF, None, key="e7_ds21")
c(d, "11", "Over Kyiv, 11 missiles", 11, [E], [DS], MISSILE, ["military administration",
  "city's military administration", "kyiv city military administration", "ua."], ["kyiv", "kiev"],
  key="e7_kv11")
c(d, "two", "11 missiles and two drones", 2, [E], [DS], DRONE, ["military administration",
  "city's military administration", "ua."], ["kyiv", "kiev"])
mi(d, "51 days", "in 51 days", "duration")
mi(d, "80,000", "about 80,000 people", "population")
mi(d, "tens of thousands", "tens of thousands of Hasidic", "yearly pilgrimage, not a count of the event")

# --- 008 regional paper, 30 April 2023 ("Updated"): Uman toll 23 ---
d = "008_uman_toll_regional.txt"
SES = ["state emergency service", "emergency service", "ses", "ua.ses", "ua."]
for i in (0, 1):
    c(d, "23", "Uman toll rises to 23", 23, [E], [K], DEAD, [], UMAN, ai=i,
      note="title (twice), no speaker")
    c(d, "six", "to 23, including six children", 6, [E, AL], [K], CHILD, [], UMAN, ai=i)
mi(d, "41", "41 comments", "comment counter")
mi(d, "two", "rose by two overnight", "increment, not a count")
c(d, "23", "overnight to 23", 23, [E], [K], DEAD, KLYM, UMAN, key="e8_k23")
c(d, "six", "23, including six children, Interior", 6, [E, AL], [K], CHILD, KLYM, UMAN,
  key="e8_ch6")
c(d, "21", "the toll as 21", 21, [E], [K], DEAD, SES, UMAN, key="e8_k21")
c(d, "five", "among them five children", 5, [E, AL], [K], CHILD, SES, UMAN, key="e8_ch5")
mi(d, "two", "The last two bodies", "increment (the two bodies found on Sunday)")
c(d, "17", "In all, 17 people were injured", 17, [E], [W], HURT, TAB, UMAN, key="e8_w17")
c(d, "nine", "nine of whom remain", 9, [E], [W], HURT, TAB, UMAN, key="e8_h9",
  note="in hospital, part of the 17")
c(d, "one", "one in a serious condition", 1, [E], [W], HURT, TAB, UMAN)
c(d, "18", "pulled 18 people alive", 18, [E], [OT], PERS, [], UMAN, note="rescued")
c(d, "300", "More than 300 emergency workers", 300, [MT], [DE], ["emergency worker", "worker",
  "rescuer", "person", "people"], [], UMAN)
mi(d, "50 hours", "about 50 hours", "duration")
c(d, "300", "Some 300 residents", 300, [AP], [DP], ["resident", "person", "people"], TAB, UMAN,
  key="e8_dp300", note="rehoused")
mi(d, "two", "and two schools", "incidental count")
mi(d, "three days", "declared three days", "duration")
c(d, "four", "a family of four", 4, [E], [K], DEAD + ["family"], [], UMAN, key="e8_fam4",
  note="among the dead")
mi(d, "11", "an 11-year-old girl", "age")
c(d, "23", "fired 23 cruise missiles", 23, [E], [LA], MISSILE, UAF, None, key="e8_la23")
c(d, "21", "shooting down 21 of them", 21, [E], [DS], MISSILE, UAF, None, key="e8_ds21")
mi(d, "100,000", "100,000 hryvnias", "money")

# --- 009 weekly review, Saturday 28 October 2023 (date in the text) ---
d = "009_week_in_review_oct28.txt"
MILLS = ["janet mills", "mills", "governor", "us.maine"]
mi(d, "6 min", "6 min read", "reading time")
mi(d, "5", "Category 5", "hurricane category")
mi(d, "12 hours", "about 12 hours", "duration")
mi(d, "165 mph", "165 mph", "wind speed")
c(d, "27", "toll at 27 dead", 27, [E], [K], DEAD, ROD, ACA, key="e9_k27",
  note="Wednesday's storm, named by its day")
c(d, "four", "and four missing", 4, [E], [MS], MISSING, ROD, ACA, key="e9_ms4")
c(d, "513,000", "513,000 customers", 513000, [E, AP], [AF], ["customer", "household", "home"],
  CFE, ACA, key="e9_cfe513")
c(d, "10,000", "more than 10,000 troops", 10000, [MT], [DE], ["troop", "soldier"], FED, ACA)
c(d, "18", "killing 18 people", 18, [E], [K], DEAD, [], LEWISTON, key="e9_lw18a")
c(d, "13", "wounding 13", 13, [E], [W], HURT, [], LEWISTON, key="e9_lw13")
c(d, "22", "initially said 22", 22, [E], [K], DEAD, ["officials", "us."], LEWISTON,
  key="e9_lw22")
c(d, "18", "correct figure was 18", 18, [E], [K], DEAD, MILLS, LEWISTON, key="e9_lw18")
c(d, "Tens of thousands", "Tens of thousands of residents", 20000, VAGUE, [AF], ["resident",
  "person", "people"], [], LEWISTON, vmin=10000, note="told to shelter in place")
c(d, "hundreds", "as hundreds of police", 200, VAGUE, [DE], OFFICER + ["agent"], [], LEWISTON,
  vmin=100)
mi(d, "40", "a 40-year-old", "age")
mi(d, "120 to 14", "voted 120 to 14", "vote score (not a range)")
mi(d, "45", "45 abstentions", "votes")

# --- 010 retrospective, no date at all ("Six months after ... October 25") ---
d = "010_acapulco_six_months.txt"
COAL = ["coalition", "neighbourhood committees", "committees", "relatives"]
mi(d, "six months", "Acapulco, six months on", "duration (title)")
mi(d, "Six months", "Six months after", "duration")
c(d, "52", "since mid-November: 52 dead", 52, [E], [K], DEAD, PROS, ACA, key="e10_k52")
c(d, "32", "and 32 missing", 32, [E], [MS], MISSING, PROS, ACA, key="e10_ms32")
c(d, "27", "at least 27 dead", 27, [AL], [K], DEAD, FED, ACA, key="e10_k27",
  note="the first official figure, recalled")
c(d, "39", "rose to 39", 39, [E], [K], DEAD, FED, ACA, key="e10_k39")
c(d, "45", "then 45", 45, [E], [K], DEAD, FED, ACA, key="e10_k45")
c(d, "52", "settling at 52", 52, [E], [K], DEAD, FED, ACA, key="e10_k52b")
c(d, "350", "at least 350 people died", 350, [AL], [K], DEAD, COAL, ACA, unv=True,
  key="e10_col350", note="'could not be independently verified'")
mi(d, "52", "Irma Salgado, 52", "age")
c(d, "32", "Of the 32 people", 32, [E], [MS], MISSING, PROS, ACA, key="e10_ms32b")
c(d, "20", "more than 20 were sailors", 20, [MT], [MS], ["sailor", "person", "people"],
  ["navy", "mx.navy"], ACA, key="e10_sail20", note="part of the 32 missing")
c(d, "2.3m", "2.3m food parcels", 2300000, [E, AP], [OT], ["parcel", "food parcel"], FED, ACA)
c(d, "250,000", "more than 250,000 households", 250000, [MT], [OT, AF, DS], ["household",
  "home"], FED, ACA, note="households paid grants, homes damaged")
c(d, "513,000", "all 513,000 customers", 513000, [E], [AF], ["customer", "household"], CFE, ACA)
mi(d, "19,000", "city's 19,000 hotel rooms", "stock (hotel rooms in the city)")
c(d, "8,000", "about 8,000 are back", 8000, [AP], [OT], ["room", "hotel room"], [], ACA)
mi(d, "$3.4bn", "$3.4bn", "money")
mi(d, "$16bn", "$16bn", "money")
c(d, "Thousands", "Thousands of workers", 2000, VAGUE, [AF, OT], ["worker", "person", "people"],
  [], ACA, vmin=1000, note="lost their jobs")
mi(d, "31C", "close to 31C", "temperature")
mi(d, "1C", "about 1C above", "temperature")

REV = ["REVISION", "CONFLICT"]
CON = ["CONFLICT"]
LINKS = [
    # London, 11 November 2023
    ("linked", REV, "e1_dt82", "e1_dt92", "Met arrests through the day: 82 (17:20) then 92 (20:05), live blog newest first"),
    ("linked", REV, "e1_dt92", "e1_dt126", "Met arrests: 92 then 126 (21:48)"),
    ("linked", REV, "e1_dt82", "e1_dt126", "Met arrests: 82 then 126"),
    ("linked", CON, "e1_met300", "e1_psc800", "11 Nov crowd: Met about 300,000 vs organisers 800,000"),
    ("linked", REV, "e2_dt126", "e2_dt145", "in one sentence: 145 'up from 126 announced overnight'"),
    ("linked", REV, "e1_dt126", "e2_dt145", "Met arrests for 11 Nov: 126 (Saturday night) then 145 (Sunday), across articles"),
    ("linked", CON, "e2_met300", "e2_psc800", "11 Nov crowd: Met vs PSC (next-day wire)"),
    ("linked", CON, "e2_met100", "e2_psc500", "28 Oct crowd: police about 100,000 vs organisers half a million"),
    ("linked", CON, "e1_met300", "e2_psc800", "11 Nov crowd: Met (live blog) vs PSC (wire), across articles"),
    ("linked", CON, "e3_met300", "e3_psc800", "11 Nov crowd, a month on: Met vs PSC"),
    ("linked", CON, "e3_ok500", "e3_met300", "11 Nov crowd: independent 450,000-550,000 vs Met about 300,000"),
    ("linked", CON, "e3_ok500", "e3_psc800", "11 Nov crowd: independent 450,000-550,000 vs organisers 800,000"),
    ("linked", CON, "e3_ok500", "e1_psc800", "11 Nov crowd: later independent range vs the organisers' figure on the day"),
    ("linked", CON, "e3_met45", "e3_psc300", "25 Nov crowd: Met 45,000 vs organisers 300,000"),
    ("linked", CON, "e3_met100", "e3_psc500", "28 Oct crowd: police vs organisers (analysis)"),
    ("linked", CON, "e3_ok500", "e1_met300", "11 Nov crowd: later independent range vs the Met's estimate on the day"),
    ("linked", CON, "e2_met100", "e3_psc500", "28 Oct crowd: police (wire) vs organisers (analysis)"),
    ("linked", CON, "e3_03pol", "e3_03org", "2003 Iraq war march: police 750,000 vs organisers two million"),
    # Hroza
    ("linked", REV, "e4_k48", "e4_k51", "Hroza toll by the governor: 48 then 51 (same day)"),
    ("linked", REV, "e4_k49", "e4_k51", "Hroza toll by the governor: 49 then 51"),
    ("linked", REV, "e4_k51", "e5_k52", "Hroza toll by the governor: 51 (5 Oct) then 52 (6 Oct), 'rose by one'"),
    ("linked", REV, "e6_k48", "e6_k59", "Hroza toll, a month on: first 48, final 59"),
    ("linked", REV, "e6_k52", "e6_k59", "Hroza toll: 52 the next day, final 59"),
    ("linked", REV, "e5_k52", "e6_k59", "Hroza toll: 52 (governor, 6 Oct) then 59 (prosecutor, a month later)"),
    ("linked", REV, "e4_k51", "e6_k59", "Hroza toll: 51 (governor, 5 Oct) then 59 (prosecutor)"),
    # Uman
    ("linked", REV, "e7_k10", "e7_k17", "Uman toll on 28 April: 10 (interior minister) then 17 (national police)"),
    ("linked", REV, "e7_k13", "e7_k17", "Uman toll: 13 then 17"),
    ("linked", REV, "e8_k21", "e8_k23", "Uman toll: 21 (emergency service, Saturday) then 23 (interior minister, Sunday)"),
    ("linked", REV, "e8_ch5", "e8_ch6", "Uman children killed: five then six"),
    ("linked", REV, "e7_k17", "e8_k23", "Uman toll: 17 (Friday) then 23 (Sunday), across articles"),
    ("linked", REV, "e7_ch3", "e8_ch6", "Uman children killed: three then six, across articles"),
    ("linked", REV, "e7_k17", "e8_k21", "Uman toll: 17 (national police, Friday) then 21 (emergency service, Saturday)"),
    ("linked", REV, "e7_ch3", "e8_ch5", "Uman children killed: three (Friday) then five (Saturday)"),
    # Lewiston and Otis
    ("linked", REV, "e9_lw22", "e9_lw18", "Lewiston toll: officials' initial 22, corrected to 18 by the governor"),
    ("linked", REV, "e10_k27", "e10_k52", "Otis toll: 'at least 27' in the first days, final 52"),
    ("linked", REV, "e10_k45", "e10_k52b", "Otis toll in one sentence: 45, then settling at 52"),
    ("linked", REV, "e9_k27", "e10_k52", "Otis toll: 27 (security minister, 26 Oct) then 52 (state prosecutor), across articles"),
    ("linked", REV, "e9_ms4", "e10_ms32", "Otis missing: four then 32, across articles"),
    ("linked", CON, "e10_col350", "e10_k52", "Otis dead: coalition 'at least 350' vs official 52"),
    ("linked", CON, "e10_col350", "e10_k27", "Otis dead: official 'at least 27' vs the coalition's much higher later estimate"),
    ("linked", CON, "e9_k27", "e10_col350", "Otis dead: security minister 27 vs coalition 350, across articles"),

    ("not_conflict", None, "e1_dt126", "e1_w9", "arrests vs officers injured"),
    ("not_conflict", None, "e1_w9", "e1_h2", "officers in hospital are part of the nine injured"),
    ("not_conflict", None, "e1_cp1000", "e1_met300", "counter-protesters vs marchers"),
    ("not_conflict", None, "e1_dep2000", "e1_dep1375", "officers on Saturday vs on Sunday"),
    ("not_conflict", None, "e1_dt126", "e1_cp1000", "arrests vs counter-protesters present"),
    ("not_conflict", None, "e2_dt92", "e2_dt145", "breach-of-the-peace arrests are part of the 145"),
    ("not_conflict", None, "e2_met300", "e2_met100", "Met estimates for 11 Nov vs 28 Oct"),
    ("not_conflict", None, "e2_psc800", "e2_psc500", "organisers' figures for 11 Nov vs 28 Oct"),
    ("not_conflict", None, "e2_dep3000", "e2_dep2000", "two-day deployment vs Saturday's"),
    ("not_conflict", None, "e2_edi", "e2_met300", "Edinburgh sit-in vs the London march"),
    ("not_conflict", None, "e3_met45", "e3_met300", "Met estimates for 25 Nov vs 11 Nov"),
    ("not_conflict", None, "e3_psc300", "e3_psc800", "organisers' figures for 25 Nov vs 11 Nov"),
    ("not_conflict", None, "e3_03pol", "e3_met300", "the 2003 march vs 11 November 2023"),
    ("not_conflict", None, "e3_dt386", "e3_dt145", "cumulative arrests since 7 Oct vs one day's"),
    ("not_conflict", None, "e3_met100", "e3_met300", "Met estimates for 28 Oct vs 11 Nov"),
    ("not_conflict", None, "e4_ru28", "e4_ua24", "Russian claim about Ukrainian drones vs Ukrainian claim about Russian drones (two sides)"),
    ("not_conflict", None, "e4_ua24", "e4_ua33", "drones shot down vs launched"),
    ("not_conflict", None, "e4_k51", "e4_w6", "killed vs wounded"),
    ("not_conflict", None, "e5_kh2", "e5_k52", "Kharkiv city overnight vs Hroza: another town and day, same governor"),
    ("not_conflict", None, "e5_kh30", "e4_w6", "Kharkiv city wounded vs Hroza wounded"),
    ("not_conflict", None, "e5_gs330", "e5_ru140", "Russian losses claimed by Kyiv vs Ukrainian losses claimed by Moscow"),
    ("not_conflict", None, "e5_kh2", "e4_k51", "Kharkiv city (6 Oct) vs Hroza (5 Oct), across articles"),
    ("not_conflict", None, "e5_id44", "e5_k52", "identified dead are part of the 52"),
    ("not_conflict", None, "e5_h5", "e4_w6", "still in hospital on Friday vs wounded on Thursday (one died)"),
    ("not_conflict", None, "e6_w36", "e6_k59", "women among the dead"),
    ("not_conflict", None, "e6_un10k", "e6_k59", "nationwide civilian deaths since 2022 vs one strike"),
    ("not_conflict", None, "e7_la23", "e7_ds21", "missiles launched vs shot down"),
    ("not_conflict", None, "e7_ds21", "e7_kv11", "missiles shot down nationwide vs over Kyiv"),
    ("not_conflict", None, "e7_dn2", "e7_k17", "Dnipro vs Uman"),
    ("not_conflict", None, "e7_k17", "e7_h9", "killed vs in hospital"),
    ("not_conflict", None, "e7_ch3", "e7_k17", "children among the dead"),
    ("not_conflict", None, "e8_k23", "e8_ds21", "people killed vs missiles shot down"),
    ("not_conflict", None, "e8_w17", "e7_k17", "same number: 17 injured vs 17 killed"),
    ("not_conflict", None, "e8_w17", "e8_k23", "injured vs killed"),
    ("not_conflict", None, "e8_h9", "e8_w17", "in hospital, part of the injured"),
    ("not_conflict", None, "e8_dp300", "e8_k23", "rehoused residents vs dead"),
    ("not_conflict", None, "e8_fam4", "e8_k23", "a family among the dead"),
    ("not_conflict", None, "e8_ch6", "e8_k23", "children among the dead"),
    ("not_conflict", None, "e9_lw18", "e9_k27", "Lewiston vs Acapulco, the same Wednesday"),
    ("not_conflict", None, "e9_k27", "e9_ms4", "killed vs missing"),
    ("not_conflict", None, "e9_lw18a", "e9_lw13", "killed vs wounded"),
    ("not_conflict", None, "e10_k52", "e10_ms32", "killed vs missing"),
    ("not_conflict", None, "e10_sail20", "e10_ms32b", "sailors among the missing"),
]
G.write(LINKS)
