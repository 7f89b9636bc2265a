#!/usr/bin/env python3
"""English gold for blind4 (written by hand, by meaning; occ computed from anchors)."""
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
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA = ("KILLED", "WOUNDED", "MISSING", "DETAINED",
    "DISPLACED", "AFFECTED", "LAUNCHED", "ATTACKED", "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES")
PP = ["person", "people"]
CHILD = ["child", "children"]
RU_MOD = ["russia's defence ministry", "russian defence ministry", "russian defense ministry",
          "defence ministry", "ministry", "ru.mod"]
UA_AIR = ["ukraine's air force", "air force", "ukrainian air force", "ua.air_force"]

# --- 001 Sumy, 13 April 2025 (live blog) ---
d = "001_sumy_palm_sunday.txt"
SUMY = ["sumy", "sumy city", "sumy city centre"]
SES = ["state emergency service", "emergency service", "ses", "ua.ses"]
c(d, "32", "killing at least 32", 32, [AL], [K], PP, [], SUMY, ai=0)
c(d, "32", "killing at least 32", 32, [AL], [K], PP, [], SUMY, ai=1)
mi(d, "6", "6 min read", "reading time")
c(d, "Two", "Two Russian ballistic", 2, [E], [LA, AT], ["missile", "ballistic missile"], [], SUMY)
c(d, "dozens", "killing dozens", 24, VAGUE, [K], PP, [], SUMY, vmin=12)
c(d, "20", '"at least 20"', 20, [AL], [K], PP,
  ["artem kobzar", "kobzar", "acting mayor", "mayor", "ua.sumy_city"], SUMY, key="kob20")
c(d, "two dozen", "roughly two dozen cars", 24, [AP], [DS], ["car", "vehicle"],
  ["city council", "sumy city council", "ua.sumy_city"], SUMY)
c(d, "32", "risen to 32", 32, [E], [K], PP, SES, SUMY, key="ses32")
c(d, "two", "including two children, with 84", 2, [E], [K], CHILD, SES, SUMY)
c(d, "84", "with 84 people", 84, [E], [W], PP, SES, SUMY)
c(d, "two", "by two Iskander-M", 2, [E], [LA, AT], ["missile", "ballistic missile", "iskander"],
  SES, SUMY)
c(d, "55", "with 55 drones", 55, [E], [LA], ["drone"], UA_AIR, None, key="air55")
c(d, "four", "four ballistic missiles", 4, [E], [LA], ["ballistic missile", "missile"], UA_AIR, None)
c(d, "27", "shot down 27", 27, [E], [DS], ["drone"], UA_AIR, None, key="air27")
c(d, "23", "another 23", 23, [E], [OT], ["drone"], UA_AIR, None,
  note="lost to electronic jamming")
c(d, "17", "destroyed 17 Ukrainian drones", 17, [E], [DS], ["drone"], RU_MOD,
  ["belgorod", "kursk"], key="mod17")
c(d, "34", "again to 34 dead", 34, [E], [K], PP, SES, SUMY, key="ses34")
c(d, "two", "including two children, with 117", 2, [E], [K], CHILD, SES, SUMY)
c(d, "117", "with 117 people", 117, [E], [W], PP, SES, SUMY, key="ses117")
c(d, "15", "among them 15 children", 15, [E], [W], CHILD, SES, SUMY)
c(d, "80", "Upwards of 80 people", 80, [MT], [W, AF], ["person", "people", "patient"],
  ["regional health officials", "health officials", "ua.sumy_oblast"], SUMY)
mi(d, "30", "about 30 km", "distance")
mi(d, "19", "(19 miles)", "distance")
mi(d, "256,000", "roughly 256,000", "population")

# --- 002 Sumy follow-up, 14 April 2025 ---
d = "002_sumy_toll_rises.txt"
c(d, "35", "climbs to 35", 35, [E], [K], PP, [], SUMY, ai=0)
c(d, "35", "climbs to 35", 35, [E], [K], PP, [], SUMY, ai=1)
c(d, "Thirty-five", "Thirty-five people", 35, [E], [K], PP, SES, SUMY, key="ses35")
c(d, "two", "two of them children", 2, [E], [K], CHILD, SES, SUMY)
c(d, "two", "when two Russian ballistic", 2, [E], [LA, AT], ["missile", "ballistic missile"], SES,
  SUMY)
c(d, "34", "from 34 the previous", 34, [E], [K], PP, SES, SUMY)
c(d, "129", "said 129 people", 129, [E], [W], PP, SES, SUMY, key="ses129")
c(d, "117", "up from 117", 117, [E], [W], PP, SES, SUMY)
mi(d, "three", "three days of mourning", "duration")
c(d, "two", "with two Iskander-M", 2, [E], [LA, AT], ["missile", "iskander", "ballistic missile"],
  RU_MOD, SUMY, unv=True)
c(d, "60", '"over 60 Ukrainian servicemen"', 60, [MT], [K],
  ["serviceman", "soldier", "ukrainian serviceman"], RU_MOD, SUMY, unv=True, key="mod60")
c(d, "56", "launched 56 Shahed", 56, [E], [LA], ["drone", "shahed", "decoy"], UA_AIR, None,
  key="air56")
c(d, "30", "said 30 were", 30, [E], [DS], ["drone", "shahed"], UA_AIR, None, key="air30")
c(d, "20", "and 20 more", 20, [E], [OT], ["drone", "shahed"], UA_AIR, None,
  note="locationally lost")
c(d, "nine", "as many as nine", 9, [AM, AP], [W], PP,
  ["oleh syniehubov", "syniehubov", "synehubov", "regional governor", "governor",
   "ua.kharkiv_oblast"], ["kharkiv", "kharkov", "kharkiv region"], key="syn9")
c(d, "two", "that two civilians", 2, [E], [W], ["civilian"],
  ["vyacheslav gladkov", "gladkov", "governor", "ru.belgorod_oblast"],
  ["belgorod", "novaya tavolzhanka"], key="glad2")
c(d, "12", "shot down 12", 12, [E], [DS], ["drone"], RU_MOD, ["belgorod"])
HRMMU = ["united nations human rights monitoring mission in ukraine",
         "human rights monitoring mission", "united nations", "un", "hrmmu", "un."]
c(d, "12,910", "at least 12,910", 12910, [AL], [K], ["civilian"], HRMMU, ["ukraine"], key="un12910")
c(d, "673", "including 673 children", 673, [E, AL], [K], CHILD, HRMMU, ["ukraine"])

# --- 003 Kursk incursion, 13 August 2024 ---
d = "003_kursk_incursion.txt"
KURSK = ["kursk", "kursk region", "kursk oblast"]
SETT = ["settlement", "village", "locality"]
SYR = ["oleksandr syrskyi", "syrskyi", "syrsky", "top commander", "commander",
       "ukraine's top commander", "ua.armed_forces", "ua."]
SMI = ["alexei smirnov", "smirnov", "acting governor", "governor", "ru.kursk_oblast"]
c(d, "74", "controls 74 settlements", 74, [E], [OT], SETT, ["ukraine", "ua."], KURSK, ai=0)
c(d, "28", "Moscow says 28", 28, [E], [OT], SETT, ["moscow", "russia", "ru.gov", "ru."], KURSK, ai=0)
c(d, "74", "controls 74 settlements", 74, [E], [OT], SETT, ["ukraine", "ua."], KURSK, ai=1)
c(d, "28", "Moscow says 28", 28, [E], [OT], SETT, ["moscow", "russia", "ru.gov", "ru."], KURSK, ai=1)
c(d, "74", "control 74 settlements", 74, [E], [OT], SETT, SYR, KURSK, key="syr74")
mi(d, "between 1 and 3", "between 1 and 3 km", "distance range")
mi(d, "1,000", "roughly 1,000 sq km", "area")
c(d, "28", "controlled 28 settlements", 28, [E], [OT], SETT, SMI, KURSK, key="smi28")
mi(d, "12", "reaching 12 km", "distance")
mi(d, "40", "40 km wide", "distance")
c(d, "12", "said 12 civilians", 12, [E], [K], ["civilian"], SMI, KURSK, key="smi12")
c(d, "121", "and 121 injured", 121, [E], [W], ["civilian"], SMI, KURSK, key="smi121")
c(d, "10", "including 10 children", 10, [E], [W], CHILD, SMI, KURSK)
c(d, "2,000", "some 2,000 residents", 2000, [AP], [MS], ["resident", "person", "people"], SMI, KURSK)
c(d, "121,000", "Around 121,000 people", 121000, [AP], [DP], PP,
  ["regional government", "kursk regional government", "ru.kursk_oblast"], KURSK, key="kur121k")
c(d, "11,000", "about 11,000 people", 11000, [AP], [DP], PP,
  ["vyacheslav gladkov", "gladkov", "governor", "ru.belgorod_oblast"],
  ["krasnaya yaruga", "belgorod", "belgorod region"], key="bel11k")
c(d, "1,610", "up to 1,610 servicemen", 1610, [AM], [CA, K], ["serviceman", "soldier"], RU_MOD,
  KURSK, unv=True, key="mod1610")
c(d, "32", "and 32 tanks", 32, [AM], [DS], ["tank"], RU_MOD, KURSK, unv=True)
mi(d, "24", "previous 24 hours", "duration")
c(d, "1,250", "at 1,250 troops", 1250, [E], [CA, K], ["troop", "soldier"],
  ["ukraine's general staff", "general staff", "ua.general_staff"], None, unv=True, key="gs1250")
c(d, "100", "more than 100 Russian soldiers", 100, [MT], [DT],
  ["soldier", "russian soldier", "prisoner"],
  ["volodymyr zelenskiy", "zelenskiy", "zelensky", "president", "ua.president"], KURSK)
c(d, "four", "destroyed four Ukrainian", 4, [E], [DS],
  ["uncrewed boat", "boat", "sea drone", "naval drone"], RU_MOD + ["black sea fleet"],
  ["crimea", "crimean peninsula", "black sea"])
c(d, "18", "downed 18 drones", 18, [E], [DS], ["drone"], RU_MOD, ["kursk", "belgorod", "voronezh"])
mi(d, "53,000", "some 53,000 people", "population still in the town")
mi(d, "1,000", "more than 1,000 children", "population still in the town")
mi(d, "87", "Comments (87)", "comment counter")

# --- 004 Sudan, Zamzam camp, 14 April 2025 ---
d = "004_sudan_zamzam.txt"
ZZ = ["zamzam", "zamzam camp", "el fasher", "el-fasher", "al-fashir", "north darfur", "darfur"]
UN = ["united nations", "u.n.", "un", "un.", "clementine nkweta-salami", "nkweta-salami",
      "humanitarian coordinator"]
ERR = ["emergency response rooms", "local activists", "activists", "volunteer network"]
c(d, "400", "kills more than 400", 400, [MT], [K], PP, UN, ZZ, ai=0)
c(d, "400", "kills more than 400", 400, [MT], [K], PP, UN, ZZ, ai=1)
c(d, "400", "More than 400 people", 400, [MT], [K], PP, UN, ZZ, key="un400")
mi(d, "three", "covers three days", "duration")
c(d, "nine", "included nine aid workers", 9, [E], [K], ["aid worker", "humanitarian worker"],
  ["clementine nkweta-salami", "nkweta-salami", "humanitarian coordinator", "u.n.", "un."],
  ["zamzam", "zamzam camp"])
c(d, "100", "fewer than 100 people", 100, [LT, AM], [K], ["person", "people", "combatant"],
  ["rsf", "rapid support forces", "sd.rsf"], ZZ, unv=True, key="rsf100")
c(d, "between 60,000 and 80,000", "between 60,000 and 80,000 households", 70000, [RG], [DP],
  ["household", "family"],
  ["international organization for migration", "iom", "un."], ["zamzam", "zamzam camp", "tawila"],
  vmin=60000, upper=80000, key="iom70k", note="range")
mi(d, "60", "roughly 60 km", "distance")
c(d, "400,000", "upwards of 400,000", 400000, [MT], [DP], PP,
  ["sudan's army-aligned government", "army-aligned government", "government",
   "sudanese government", "sd.gov"], ["zamzam", "zamzam camp"], key="gov400k")
mi(d, "700,000", "as many as 700,000", "camp population")
c(d, "1.5 million", "nearly 1.5 million", 1500000, [AP, AM], [AF], PP,
  ["aid agencies", "aid agency"], ["el fasher", "el-fasher", "al-fashir"])
c(d, "56", "at least 56 bodies", 56, [AL], [K], ["body", "person"], ERR, ["zamzam", "zamzam camp"],
  key="err56")
c(d, "200", '"over 200" people', 200, [MT], [K], PP, ERR, ["zamzam", "zamzam camp"], key="err200")
c(d, "24", "among them 24 children", 24, [E, AL], [K], CHILD, ERR, ["zamzam", "zamzam camp"])
mi(d, "two", "walked for two days", "duration")
mi(d, "34", "Adam, 34", "age")
mi(d, "four", "her four children", "incidental count")
c(d, "tens of thousands", "killed tens of thousands", 20000, VAGUE, [K], PP,
  ["u.n. agencies", "un agencies", "united nations", "un."], ["sudan"], vmin=10000)
c(d, "12 million", "more than 12 million", 12000000, [MT], [DP], PP,
  ["u.n. agencies", "un agencies", "united nations", "un."], ["sudan"])
mi(d, "two", "marking two years", "duration")
mi(d, "120", "£120 million", "money")
mi(d, "3", "3 min read", "reading time")

LINKS = [
    ("linked", ["REVISION", "CONFLICT"], "ses34", "ses35",
     "Sumy toll from the State Emergency Service: 34 (13 April evening) then 35 (14 April)"),
    ("linked", ["REVISION", "CONFLICT"], "ses32", "ses34",
     "same service, same day: 32 at 13:05 then 34 at 19:30"),
    ("linked", ["REVISION", "CONFLICT"], "ses117", "ses129",
     "Sumy wounded from the State Emergency Service: 117 (13 April) then 129 (14 April)"),
    ("linked", ["CONFLICT"], "ses35", "mod60",
     "Sumy strike dead: Ukraine 35 (overwhelmingly civilians) vs Russian MoD over 60 servicemen"),
    ("linked", ["CONFLICT"], "syr74", "smi28",
     "Kursk settlements under Ukrainian control: Syrskyi 74 vs acting governor Smirnov 28"),
    ("linked", ["CONFLICT"], "un400", "rsf100",
     "Zamzam/El Fasher dead: UN more than 400 vs RSF fewer than 100"),
    ("not_conflict", None, "kob20", "ses32", "mayor's 'at least 20' and 32 later: compatible"),
    ("not_conflict", None, "ses34", "ses117", "killed vs wounded"),
    ("not_conflict", None, "air55", "air27", "launched vs shot down"),
    ("not_conflict", None, "mod17", "air27",
     "Ukrainian drones over Russia vs Russian drones over Ukraine"),
    ("not_conflict", None, "ses35", "un12910", "one strike vs nationwide total since 2022"),
    ("not_conflict", None, "syn9", "glad2", "Kharkiv vs Belgorod region"),
    ("not_conflict", None, "air56", "air30", "launched vs shot down"),
    ("not_conflict", None, "kur121k", "bel11k", "evacuated from Kursk region vs Belgorod district"),
    ("not_conflict", None, "mod1610", "gs1250",
     "Ukrainian losses since 6 Aug (Russian MoD) vs Russian losses in 24 hours (General Staff)"),
    ("not_conflict", None, "smi12", "smi121", "killed vs injured"),
    ("not_conflict", None, "iom70k", "gov400k", "households (IOM) vs people (government)"),
    ("not_conflict", None, "err200", "un400",
     "over 200 in the camp and more than 400 in camp and city: compatible"),
    ("not_conflict", None, "err56", "err200", "bodies recovered on Saturday alone vs total documented"),
]
G.write(LINKS)
