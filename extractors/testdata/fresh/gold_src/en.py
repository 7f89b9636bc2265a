# Hand annotation of corpus/en. Each claim: ctx = a unique piece of the article with the number
# expression between [[ ]]; build_gold.py turns it into num/occ. Read by meaning, not by rule.

PEOPLE = ["person", "people"]
CHILD = ["child", "children"]
DRONE = ["drone"]
MISSILE = ["missile"]
RU_MOD = ["russia's defence ministry", "defence ministry", "russian defence ministry", "russian defense ministry",
          "defense ministry", "ministry", "ru.mod"]
UA_AF = ["ukraine's air force", "air force", "ukrainian air force", "ua.air_force"]
UA_GS = ["ukraine's general staff", "general staff", "ua.general_staff"]
ZEL = ["volodymyr zelensky", "zelensky", "president", "ukrainian president", "ua.president"]
UN = ["united nations", "u.n.", "un."]

CLAIMS = []
LINKS = []


def C(doc, ctx, **kw):
    kw["doc"] = doc
    kw["ctx"] = ctx
    CLAIMS.append(kw)


def M(doc, ctx, note):
    CLAIMS.append({"doc": doc, "ctx": ctx, "minor": True, "note": note})


def L(expect, a, b, note, kinds=None):
    link = {"expect": expect, "a": a, "b": b, "note": note}
    if kinds:
        link["kinds"] = kinds
    LINKS.append(link)


# ---- 001 Dnipro apartment block, 15 Jan 2023 ---------------------------------------------------------
d = "001_dnipro_strike.txt"
DNIPRO = ["dnipro", "dnepr", "dnipropetrovsk"]
REZ = ["valentyn reznichenko", "reznichenko", "head of the dnipropetrovsk regional military administration",
       "regional military administration", "regional governor", "governor", "ua.dnipropetrovsk_oblast"]
TYM = ["kyrylo tymoshenko", "tymoshenko", "deputy head of the presidential office", "presidential office",
       "ua.president"]
C(d, "death toll rises to [[30]] as rescuers search rubble of apartment block\n\nDnipro", value=30,
  qualifier=["EXACT", "AT_LEAST"], metric=["KILLED"], subject=PEOPLE, source=[], location=DNIPRO,
  unverified=None, note="headline in the breadcrumb")
C(d, "\n\nDnipro missile strike: death toll rises to [[30]] as", value=30, qualifier=["EXACT", "AT_LEAST"],
  metric=["KILLED"], subject=PEOPLE, source=[], location=DNIPRO, unverified=None)
M(d, "a [[nine]]-storey apartment block", "building floors")
C(d, "as the death toll climbed to [[30]].", value=30, qualifier=["EXACT", "AT_LEAST"], metric=["KILLED"],
  subject=PEOPLE, source=[], location=DNIPRO, unverified=None)
C(d, "At least [[30]] people were killed", id="en001_30", value=30, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=PEOPLE, source=REZ, location=DNIPRO, unverified=None)
C(d, "including [[two]] children, and 75", value=2, qualifier=["EXACT", "AT_LEAST"], metric=["KILLED"],
  subject=CHILD, source=REZ, location=DNIPRO, unverified=None)
C(d, "and [[75]] were injured", value=75, qualifier=["EXACT"], metric=["WOUNDED"], subject=PEOPLE, source=REZ,
  location=DNIPRO, unverified=None)
C(d, "[[Fourteen]] of the injured were children", value=14, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=CHILD, source=REZ, location=DNIPRO, unverified=None, note="partitive: children among the injured")
C(d, "put the toll at [[25]]", id="en001_25", value=25, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=REZ, location=DNIPRO, unverified=None, note="earlier figure, same speaker")
C(d, "said [[39]] people, including six children", value=39, qualifier=["EXACT"], metric=["OTHER"],
  subject=PEOPLE + ["survivor"], source=TYM, location=DNIPRO, unverified=None, note="rescued")
C(d, "39 people, including [[six]] children", value=6, qualifier=["EXACT"], metric=["OTHER"], subject=CHILD,
  source=TYM, location=DNIPRO, unverified=None, note="rescued")
C(d, "upwards of [[30]] residents", id="en001_missing", value=30, qualifier=["MORE_THAN", "AT_LEAST"],
  metric=["MISSING"], subject=["resident"] + PEOPLE, source=TYM, location=DNIPRO, unverified=None)
M(d, "roughly [[1,700]] people", "population of the building")
C(d, "leaving [[dozens]] of flats exposed", value=24, vague_min=12, qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"],
  metric=["DESTROYED", "ATTACKED"], subject=["flat", "apartment"], source=[], location=DNIPRO, unverified=None)
C(d, "Russia had fired [[38]] missiles", id="en001_38", value=38, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=MISSILE, source=UA_AF, location=["ukraine"], unverified=None)
C(d, "of which [[25]] were shot down", id="en001_25down", value=25, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=MISSILE, source=UA_AF, location=["ukraine"], unverified=None)
C(d, "Over [[20]] Kh-22s", value=20, qualifier=["MORE_THAN"], metric=["LAUNCHED"], subject=MISSILE + ["kh-22"],
  source=["yuriy ihnat", "ihnat", "air force spokesman", "spokesman"] + UA_AF, location=["ukraine"],
  unverified=None, note="since the start of the invasion")
M(d, "was hit [[twice]]", "incidental count")
C(d, "more than [[200,000]] households", value=200000, qualifier=["MORE_THAN"], metric=["AFFECTED"],
  subject=["household", "home"], source=["ihor terekhov", "terekhov", "mayor", "ua.kharkiv_city"],
  location=["kharkiv", "kharkov"], unverified=None, note="without electricity")
C(d, "would send [[14]] Challenger 2 tanks", value=14, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["tank", "challenger"], source=["rishi sunak", "sunak", "british prime minister", "prime minister",
                                          "uk", "gb.gov"], location=["ukraine"], unverified=None,
  note="pledged delivery")
C(d, "killed as many as [[170]] Ukrainian soldiers", value=170, qualifier=["AT_MOST", "APPROXIMATE"],
  metric=["KILLED"], subject=["soldier", "ukrainian soldier", "troop"], source=RU_MOD, location=["soledar", "donetsk"],
  unverified=True)
M(d, "over the past [[24]] hours", "duration")
C(d, "repelled attacks on [[14]] settlements", value=14, qualifier=["EXACT"], metric=["ATTACKED"],
  subject=["settlement", "town", "village"], source=UA_GS, location=["donetsk", "luhansk"], unverified=None)
M(d, "Comments ([[57]])", "comment counter")

L("linked", "en001_25", "en001_30", "Reznichenko's Dnipro toll: 25 earlier on Sunday, at least 30 in the evening",
  kinds=["REVISION", "CONFLICT"])
L("not_conflict", "en001_30", "en001_missing", "killed vs still unaccounted for: different metrics")
L("not_conflict", "en001_38", "en001_25down", "38 fired vs 25 shot down: different metrics")

# ---- 002 Dnipro, 17 Jan 2023 -------------------------------------------------------------------------
d = "002_dnipro_toll.txt"
C(d, "search ends as toll reaches [[44]]", value=44, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=[], location=DNIPRO, unverified=None)
M(d, "on Tuesday, [[three]] days after", "duration")
C(d, "the death toll had reached [[44]]", value=44, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=["regional governor", "governor"] + REZ, location=DNIPRO, unverified=None)
C(d, "reached 44, including [[five]] children", value=5, qualifier=["EXACT"], metric=["KILLED"], subject=CHILD,
  source=["regional governor", "governor"] + REZ, location=DNIPRO, unverified=None)
C(d, "has risen to [[44]],\"", id="en002_44", value=44, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE + ["dead"], source=REZ, location=DNIPRO, unverified=None, note="speaker after the quote")
C(d, "[[Seventy-nine]] people were wounded", value=79, qualifier=["EXACT"], metric=["WOUNDED"], subject=PEOPLE,
  source=REZ, location=DNIPRO, unverified=None)
C(d, "among them [[16]] children", value=16, qualifier=["EXACT"], metric=["WOUNDED"], subject=CHILD, source=REZ,
  location=DNIPRO, unverified=None)
C(d, "around [[20]] residents were still listed as missing", id="en002_20", value=20, qualifier=["APPROXIMATE"],
  metric=["MISSING"], subject=["resident"] + PEOPLE, source=REZ, location=DNIPRO, unverified=None)
C(d, "had counted [[40]] bodies", id="en002_40", value=40, qualifier=["EXACT"], metric=["KILLED"],
  subject=["body"] + PEOPLE, source=["officials"], location=DNIPRO, unverified=None, note="Monday's figure")
M(d, "around [[9,000]] tonnes", "weight")
M(d, "where [[two]] entrances", "incidental count")
C(d, "Some [[72]] apartments were destroyed", value=72, qualifier=["APPROXIMATE"], metric=["DESTROYED"],
  subject=["apartment", "flat"], source=["city authorities", "authorities"], location=DNIPRO, unverified=None)
C(d, "another [[230]] damaged", value=230, qualifier=["EXACT", "APPROXIMATE"], metric=["ATTACKED", "DESTROYED"],
  subject=["apartment", "flat"], source=["city authorities", "authorities"], location=DNIPRO, unverified=None)
C(d, "killing more than [[50]] people", id="en002_50k", value=50, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=PEOPLE, source=[], location=["kramatorsk"], unverified=None, note="April 2022 railway station strike")
C(d, "[[Hundreds]] of people have laid flowers", value=200, vague_min=100,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["OTHER"], subject=PEOPLE, source=[], location=DNIPRO,
  unverified=None)
M(d, "declared [[three]] days of mourning", "duration")
C(d, "destroyed [[two]] US-made HIMARS launchers", value=2, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["launcher", "himars"], source=RU_MOD, location=["kupiansk", "kupyansk", "kharkiv"], unverified=True)
C(d, "more than [[60]] Ukrainian fighters", value=60, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=["fighter", "soldier", "troop"], source=RU_MOD, location=["kupiansk", "kupyansk", "kharkiv"],
  unverified=True)
C(d, "shelled more than [[25]] towns and villages", value=25, qualifier=["MORE_THAN"], metric=["ATTACKED"],
  subject=["town", "village", "settlement"], source=UA_GS, location=["donetsk"], unverified=None)
KYRYLENKO = ["pavlo kyrylenko", "kyrylenko", "regional governor", "governor", "ua.donetsk_oblast"]
C(d, "where [[two]] civilians were killed in Bakhmut", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=["civilian"], source=KYRYLENKO, location=["bakhmut", "bakhmout", "artemovsk"], unverified=None)
C(d, "and [[one]] in Toretsk", value=1, qualifier=["EXACT"], metric=["KILLED"], subject=["civilian"],
  source=KYRYLENKO, location=["toretsk"], unverified=None)
C(d, "Russian shelling killed [[two]] people in Kherson", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE, source=["regional administration", "kherson regional administration", "ua.kherson_oblast"],
  location=["kherson"], unverified=None)
C(d, "About [[30]] patients", value=30, qualifier=["APPROXIMATE"], metric=["DISPLACED"],
  subject=["patient"] + PEOPLE, source=["regional administration", "kherson regional administration",
                                         "ua.kherson_oblast"], location=["kherson"], unverified=None,
  note="moved to shelters")
C(d, "had returned [[50]] Ukrainian servicemen", id="en002_50ua", value=50, qualifier=["EXACT"],
  metric=["OTHER", "DETAINED"], subject=["serviceman", "soldier", "prisoner"],
  source=["ukrainian officials", "officials", "ua."], location=None, unverified=None)
C(d, "Russia's Defence Ministry said [[50]] Russian soldiers", id="en002_50ru", value=50, qualifier=["EXACT"],
  metric=["OTHER", "DETAINED"], subject=["soldier", "serviceman", "prisoner"], source=RU_MOD, location=None,
  unverified=None)
M(d, "stated that [[45]] people were killed", "retracted figure quoted in a correction")
C(d, "on Tuesday was [[44]].", value=44, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=["regional authorities", "authorities"] + REZ, location=DNIPRO, unverified=None)

L("linked", "en001_30", "en002_44", "Reznichenko's Dnipro toll: at least 30 (15 Jan) then 44 (17 Jan)",
  kinds=["REVISION", "CONFLICT"])
L("linked", "en002_40", "en002_44", "Dnipro bodies counted: 40 on Monday, 44 on Tuesday",
  kinds=["REVISION", "CONFLICT"])
L("not_conflict", "en002_44", "en002_50k", "Dnipro 2023 vs Kramatorsk station 2022")
L("not_conflict", "en002_50ua", "en002_50ru", "Ukrainians returned vs Russians returned")
L("not_conflict", "en002_44", "en002_20", "killed vs missing")

# ---- 003 drones on Moscow, 11 March 2025 ----------------------------------------------------------------
d = "003_moscow_drones.txt"
SOBYANIN = ["sergei sobyanin", "sobyanin", "moscow mayor", "mayor", "ru.moscow_city"]
VOROBYOV = ["andrei vorobyov", "vorobyov", "governor of the moscow region", "governor", "ru.moscow_oblast"]
MOSCOW_REG = ["moscow region", "moscow oblast", "moscow"]
C(d, "Home » News » World » Russia says it downed [[337]]", value=337, qualifier=["EXACT"],
  metric=["DESTROYED"], subject=DRONE, source=["russia", "ru."], location=None, unverified=None,
  note="source in the headline only")
C(d, "\n\nRussia says it downed [[337]]", value=337, qualifier=["EXACT"], metric=["DESTROYED"], subject=DRONE,
  source=["russia", "ru."], location=None, unverified=None)
C(d, "it had shot down [[337]] Ukrainian drones", value=337, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=["russia"] + RU_MOD, location=None, unverified=None)
C(d, "including [[91]] over the Moscow region", id="en003_91", value=91, qualifier=["EXACT"],
  metric=["DESTROYED"], subject=DRONE, source=["russia"] + RU_MOD, location=MOSCOW_REG, unverified=None)
C(d, "said [[126]] of the drones", id="en003_126k", value=126, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=RU_MOD, location=["kursk", "kursk region"], unverified=None)
M(d, "over [[eight]] other regions", "incidental count (regions)")
C(d, "Sobyanin said [[74]] drones", id="en003_74", value=74, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=SOBYANIN, location=["moscow", "moscow city"], unverified=None,
  note="approaching the city itself")
C(d, "[[One]] person was killed", value=1, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=VOROBYOV, location=["vidnoye", "vidnoe"], unverified=None)
C(d, "killed and [[three]] were injured", value=3, qualifier=["EXACT"], metric=["WOUNDED"], subject=PEOPLE,
  source=VOROBYOV, location=["vidnoye", "vidnoe"], unverified=None)
C(d, "A total of [[18]] people were injured", value=18, qualifier=["EXACT"], metric=["WOUNDED"], subject=PEOPLE,
  source=VOROBYOV, location=MOSCOW_REG, unverified=None)
C(d, "and [[seven]] apartments", value=7, qualifier=["EXACT"], metric=["ATTACKED", "DESTROYED"],
  subject=["apartment", "flat"], source=VOROBYOV, location=["vidnoye", "vidnoe"], unverified=None)
C(d, "Around [[170]] residents were evacuated", value=170, qualifier=["APPROXIMATE"], metric=["DISPLACED"],
  subject=["resident"] + PEOPLE, source=["local officials", "officials"], location=["vidnoye", "vidnoe"],
  unverified=None)
M(d, "all [[four]] main airports", "incidental count (airports)")
C(d, "aviation authority said [[74]] flights", id="en003_74f", value=74, qualifier=["EXACT"], metric=["OTHER"],
  subject=["flight"], source=["russia's aviation authority", "aviation authority", "rosaviatsia"],
  location=["moscow"], unverified=None, note="diverted")
C(d, "About [[50]] commuter trains", value=50, qualifier=["APPROXIMATE"], metric=["OTHER", "AFFECTED"],
  subject=["train", "commuter train"], source=["russian railways", "rzd"], location=["domodedovo"],
  unverified=None, note="delayed")
M(d, "the [[three]]-year war", "duration")
C(d, "roughly [[60]] targets", value=60, qualifier=["APPROXIMATE"], metric=["ATTACKED", "OTHER"],
  subject=["target"], source=["source in ukraine's sbu security service", "sbu", "security service", "source",
                              "ua.sbu"], location=["russia", "russie"], unverified=None, note="targets selected")
C(d, "Russia launched [[126]] drones", id="en003_126ua", value=126, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=DRONE, source=UA_AF, location=["ukraine"], unverified=None)
C(d, "drones and [[one]] Iskander-M", value=1, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=MISSILE + ["ballistic missile", "iskander"], source=UA_AF, location=["ukraine"], unverified=None)
C(d, "Of those, [[79]] drones were shot down", value=79, qualifier=["EXACT"], metric=["DESTROYED"], subject=DRONE,
  source=UA_AF, location=["ukraine"], unverified=None)
C(d, "while [[39]] were \"lost\"", value=39, qualifier=["EXACT"], metric=["DESTROYED", "OTHER"], subject=DRONE,
  source=UA_AF, location=["ukraine"], unverified=None, note="lost to jamming")
C(d, "injuring [[two]] workers", value=2, qualifier=["EXACT"], metric=["WOUNDED"], subject=["worker"] + PEOPLE,
  source=["regional governor", "governor", "ua.odesa_oblast"], location=["odesa", "odessa"], unverified=None)
C(d, "had retaken [[12]] settlements", value=12, qualifier=["EXACT"], metric=["OTHER"],
  subject=["settlement", "village", "locality"], source=RU_MOD, location=["kursk", "kursk region"],
  unverified=True, note="'the figures' could not be verified")
M(d, "over the past [[five]] days", "duration")
C(d, "lost over [[17,500]] troops", value=17500, qualifier=["MORE_THAN"], metric=["CASUALTIES", "KILLED"],
  subject=["troop", "soldier", "ukrainian forces"], source=RU_MOD, location=["kursk", "kursk region"],
  unverified=True)
C(d, "as many as [[11,000]] North Korean soldiers", value=11000, qualifier=["AT_MOST", "APPROXIMATE"],
  metric=["DEPLOYED"], subject=["soldier", "north korean soldier", "troop"], source=[],
  location=["kursk", "kursk region"], unverified=None)
C(d, "\n\n[[Two]] killed as Ukrainian drones hit Moscow region", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE, source=[], location=MOSCOW_REG, unverified=None, note="related-article headline")
M(d, "Comment ([[19]])", "comment counter")

L("not_conflict", "en003_91", "en003_74",
  "91 downed over the Moscow region (ministry) vs 74 approaching the city itself (mayor): nested areas")
L("not_conflict", "en003_126k", "en003_126ua", "Ukrainian drones downed over Kursk vs Russian drones launched at Ukraine")
L("not_conflict", "en003_74", "en003_74f", "drones shot down vs flights diverted")

# ---- 004 Operation Spiderweb, 2 June 2025 ----------------------------------------------------------------
d = "004_spiderweb_airbases.txt"
SBU = ["sbu", "ukraine's sbu security service", "sbu security service", "security service", "ua.sbu"]
AIRCRAFT = ["aircraft", "warplane", "plane", "bomber"]
US_OFF = ["u.s. officials", "us officials", "two u.s. officials", "washington", "us."]
C(d, "Ukraine says drones hit [[41]] Russian warplanes", value=41, qualifier=["EXACT"],
  metric=["ATTACKED", "DESTROYED"], subject=AIRCRAFT, source=["ukraine", "ua."] + SBU, location=["russia"],
  unverified=None, note="source in the headline only")
C(d, "had struck [[41]] Russian military aircraft", id="en004_41", value=41, qualifier=["EXACT"],
  metric=["ATTACKED", "DESTROYED"], subject=AIRCRAFT, source=SBU, location=["russia"], unverified=None)
C(d, "at [[four]] air bases", value=4, qualifier=["EXACT"], metric=["ATTACKED"],
  subject=["air base", "airfield", "base"], source=SBU, location=["russia"], unverified=None)
C(d, "According to the SBU, [[117]] drones", id="en004_117", value=117, qualifier=["EXACT"],
  metric=["LAUNCHED", "DEPLOYED"], subject=DRONE, source=SBU, location=["russia"], unverified=None)
M(d, "a year and a [[half]]", "duration")
C(d, "at least [[one]] A-50", value=1, qualifier=["AT_LEAST"], metric=["ATTACKED", "DESTROYED"],
  subject=AIRCRAFT + ["a-50", "surveillance plane"], source=SBU, location=["russia"], unverified=None)
M(d, "at $[[7 billion]]", "money")
M(d, "claiming that [[34]]%", "percentage")
C(d, "\"The operation used [[117]] drones", value=117, qualifier=["EXACT"], metric=["LAUNCHED", "DEPLOYED"],
  subject=DRONE, source=ZEL, location=["russia"], unverified=None, note="speaker after the quote")
M(d, "airfields in [[five]] regions", "incidental count (regions)")
M(d, "more than [[4,000]] km", "distance")
M(d, "\"[[Several]] aircraft\"", "bare 'several', Russian counter-claim")
M(d, "\n\n[[Two]] U.S. officials", "number of anonymous sources")
C(d, "as many as [[20]] aircraft", id="en004_20", value=20, qualifier=["AT_MOST"], metric=["ATTACKED"],
  subject=AIRCRAFT, source=US_OFF, location=["russia"], unverified=None)
C(d, "with about [[10]] destroyed", id="en004_10", value=10, qualifier=["APPROXIMATE"], metric=["DESTROYED"],
  subject=AIRCRAFT, source=US_OFF, location=["russia"], unverified=None)
C(d, "damaged at around [[a dozen]]", id="en004_dozen", value=12, qualifier=["APPROXIMATE"],
  metric=["ATTACKED", "DESTROYED"], subject=AIRCRAFT,
  source=["russian military bloggers", "military bloggers", "bloggers"], location=["russia"], unverified=None)
C(d, "Russia launched [[472]] drones", id="en004_472", value=472, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=DRONE, source=UA_AF, location=["ukraine"], unverified=None)
C(d, "472 drones and [[seven]] missiles", value=7, qualifier=["EXACT"], metric=["LAUNCHED"], subject=MISSILE,
  source=UA_AF, location=["ukraine"], unverified=None)
LAND = ["land forces command", "land forces", "ukrainian land forces", "ua.land_forces"]
C(d, "killed [[12]] servicemen", value=12, qualifier=["EXACT"], metric=["KILLED"],
  subject=["serviceman", "soldier"], source=LAND, location=None, unverified=None)
C(d, "wounded more than [[60]]", value=60, qualifier=["MORE_THAN"], metric=["WOUNDED"],
  subject=["serviceman", "soldier"], source=LAND, location=None, unverified=None)
M(d, "delegations from the [[two]] countries", "incidental count")
M(d, "aged [[18 to 25]]", "age range")
C(d, "return [[6,000]] bodies", value=6000, qualifier=["EXACT"], metric=["OTHER"],
  subject=["body", "soldier"], source=["vladimir medinsky", "medinsky", "russian negotiator", "negotiator",
                                      "ru.gov"], location=None, unverified=None, note="agreed repatriation, each side")
C(d, "involve more than [[1,000]] prisoners", value=1000, qualifier=["MORE_THAN"], metric=["OTHER", "DETAINED"],
  subject=["prisoner"], source=["rustem umerov", "umerov", "defence minister", "ua.mod"], location=None,
  unverified=True, note="'could involve': conditional")
C(d, "Meanwhile, [[two]] bridges collapsed", value=2, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["bridge"], source=["russian officials", "officials", "ru."], location=["bryansk", "kursk"],
  unverified=None)
C(d, "killing [[seven]] people", value=7, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE,
  source=["russian officials", "officials", "ru."], location=["bryansk", "kursk"], unverified=None)
C(d, "said [[71]] people were taken to hospital", value=71, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=PEOPLE, source=["russian investigative committee", "investigative committee", "ru.investigative_committee"],
  location=["bryansk", "kursk"], unverified=None)
C(d, "including [[three]] children", value=3, qualifier=["EXACT"], metric=["WOUNDED"], subject=CHILD,
  source=["russian investigative committee", "investigative committee", "ru.investigative_committee"],
  location=["bryansk", "kursk"], unverified=None)
M(d, "Comments ([[203]])", "comment counter")

L("linked", "en004_41", "en004_20", "aircraft hit: SBU 41 vs US officials 'as many as 20'", kinds=["CONFLICT"])
L("linked", "en004_41", "en004_dozen", "aircraft hit: SBU 41 vs Russian bloggers about a dozen", kinds=["CONFLICT"])
L("not_conflict", "en004_20", "en004_10", "hit vs destroyed in the same US assessment")
L("not_conflict", "en004_117", "en004_472", "Ukrainian drones in the operation vs Russian drones launched at Ukraine")

# ---- 005 Zamzam camp, 14 April 2025 --------------------------------------------------------------------
d = "005_sudan_zamzam.txt"
ZAMZAM = ["zamzam", "abu shouk", "el fasher", "el-fasher", "al-fashir"]
RSF = ["rsf", "rapid support forces", "paramilitary"]
IOM = ["international organization for migration", "iom", "agency", "un."]
C(d, "Sudan: [[hundreds]] feared dead", value=200, vague_min=100, qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"],
  metric=["KILLED"], subject=PEOPLE, source=[], location=ZAMZAM, unverified=True, note="'feared'")
C(d, "UN says over [[100]] civilians killed", value=100, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=["civilian"] + PEOPLE, source=UN, location=ZAMZAM, unverified=None)
M(d, "[[5]] min read", "reading time")
C(d, "At least [[100]] civilians", id="en005_100", value=100, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=["civilian"] + PEOPLE, source=UN, location=ZAMZAM, unverified=None)
C(d, "among them [[20]] children", value=20, qualifier=["EXACT", "AT_LEAST"], metric=["KILLED"], subject=CHILD,
  source=UN, location=ZAMZAM, unverified=None)
C(d, "and [[nine]] aid workers", value=9, qualifier=["EXACT", "AT_LEAST"], metric=["KILLED"],
  subject=["aid worker", "worker"], source=UN, location=ZAMZAM, unverified=None)
C(d, "said more than [[400]] people had been killed", id="en005_400", value=400, qualifier=["MORE_THAN"],
  metric=["KILLED"], subject=PEOPLE, source=["emergency lawyers", "local groups"], location=["zamzam"],
  unverified=None)
M(d, "in [[three]] days of shelling", "duration")
C(d, "put the toll at [[300]]", id="en005_300", value=300, qualifier=["EXACT", "APPROXIMATE"], metric=["KILLED"],
  subject=PEOPLE, source=["army-aligned government", "government in port sudan", "government", "sd.gov"],
  location=ZAMZAM, unverified=None)
C(d, "\"fewer than [[30]]\"", id="en005_30", value=30, qualifier=["LESS_THAN", "AT_MOST"], metric=["KILLED"],
  subject=PEOPLE + ["combatant"], source=RSF, location=["zamzam"], unverified=True)
C(d, "between [[60,000 and 80,000]] households", value=70000, vague_min=60000, upper=80000, qualifier=["RANGE"],
  metric=["DISPLACED"], subject=["household"], source=IOM, location=["zamzam"], unverified=None, note="range")
M(d, "about [[60]] km to the west", "distance")
C(d, "as many as [[400,000]] people", value=400000, qualifier=["AT_MOST"], metric=["DISPLACED"],
  subject=PEOPLE, source=IOM, location=["zamzam"], unverified=True, note="'may have been': conditional")
M(d, "roughly [[500,000]] people", "population of the camp")
MSF = ["doctors without borders", "msf", "medecins sans frontieres", "coordinator"]
C(d, "some [[130]] wounded patients", id="en005_130", value=130, qualifier=["APPROXIMATE"], metric=["WOUNDED"],
  subject=["patient"] + PEOPLE, source=MSF, location=["tawila"], unverified=None)
M(d, "over [[two]] days", "duration")
C(d, "[[Dozens]] of children had arrived", value=24, vague_min=12, qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"],
  metric=["DISPLACED"], subject=CHILD, source=MSF, location=["tawila"], unverified=None,
  note="arrived without their parents")
C(d, "upwards of [[1,700]] structures", value=1700, qualifier=["MORE_THAN", "AT_LEAST"], metric=["DESTROYED"],
  subject=["structure", "building"], source=["yale university's humanitarian research lab",
                                            "humanitarian research lab", "yale"], location=["zamzam"],
  unverified=None)
C(d, "has killed [[tens of thousands]] of people", value=20000, vague_min=10000,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["KILLED"], subject=PEOPLE, source=[],
  location=["sudan"], unverified=None)
C(d, "displaced more than [[12 million]]", value=12000000, qualifier=["MORE_THAN"], metric=["DISPLACED"],
  subject=PEOPLE, source=[], location=["sudan"], unverified=None)
M(d, "marking [[two]] years of war", "duration")

L("linked", "en005_100", "en005_30", "Zamzam toll: UN at least 100 civilians vs RSF fewer than 30 dead", kinds=["CONFLICT"])
L("linked", "en005_400", "en005_30", "Zamzam toll: Emergency Lawyers more than 400 vs RSF fewer than 30",
  kinds=["CONFLICT"])
L("not_conflict", "en005_100", "en005_300", "UN 'at least 100' and government 300: compatible")
L("not_conflict", "en005_100", "en005_130", "killed vs wounded patients treated in Tawila")

# ---- 006 Valencia floods, 1 Nov 2024 --------------------------------------------------------------------
d = "006_valencia_floods.txt"
SPAIN = ["spain", "eastern spain"]
VALENCIA = ["valencia", "valencia region", "valencian community", "comunitat valenciana"]
REG_EMERG = ["regional emergency services", "emergency services", "regional services", "valencia emergency services"]
REG_GOV = ["valencia regional government", "regional government", "generalitat", "generalitat valenciana"]
C(d, "death toll climbs past [[200]]", value=200, qualifier=["MORE_THAN"], metric=["KILLED"], subject=PEOPLE,
  source=[], location=SPAIN, unverified=None)
C(d, "rose to [[205]] on Friday", id="en006_205", value=205, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE, source=["spain's government", "government", "spanish government", "es.gov"], location=SPAIN,
  unverified=None)
C(d, "as [[hundreds]] of soldiers", value=200, vague_min=100, qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"],
  metric=["DEPLOYED"], subject=["soldier", "troop"], source=[], location=SPAIN, unverified=None)
C(d, "Of the dead, [[202]] were in the Valencia region", id="en006_202", value=202, qualifier=["EXACT"],
  metric=["KILLED"], subject=PEOPLE + ["dead"], source=REG_EMERG, location=VALENCIA, unverified=None)
C(d, "while [[two]] people died in Castilla-La Mancha", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE, source=[], location=["castilla-la mancha"], unverified=None)
C(d, "and [[one]] in Andalusia", value=1, qualifier=["EXACT"], metric=["KILLED"], subject=PEOPLE, source=[],
  location=["andalusia", "andalucia"], unverified=None)
C(d, "had reported [[92]] dead", id="en006_92", value=92, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE + ["dead"], source=REG_EMERG, location=VALENCIA, unverified=None, note="Wednesday evening")
C(d, "raised to [[158]] on Thursday", id="en006_158", value=158, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE + ["dead"], source=REG_EMERG, location=VALENCIA, unverified=None)
C(d, "still [[dozens]] of people missing", id="en006_dozens", value=24, vague_min=12,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["MISSING"], subject=PEOPLE,
  source=["angel victor torres", "torres", "territorial policy minister", "minister", "es.gov"],
  location=VALENCIA + SPAIN, unverified=None, note="speaker after the quote")
C(d, "more than [[1,900]] calls", id="en006_1900", value=1900, qualifier=["MORE_THAN"], metric=["OTHER"],
  subject=["call"], source=REG_GOV, location=VALENCIA, unverified=None,
  note="calls reporting missing persons, many duplicates: not a missing count")
C(d, "at least [[62]] people died", id="en006_62", value=62, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=PEOPLE, source=["maribel albalat", "albalat", "mayor"], location=["paiporta"], unverified=None)
SANCHEZ = ["pedro sanchez", "sanchez", "prime minister", "es.gov"]
C(d, "announced that [[500]] more soldiers", value=500, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["soldier", "troop"], source=SANCHEZ, location=VALENCIA, unverified=None)
C(d, "to about [[1,700]]", value=1700, qualifier=["APPROXIMATE"], metric=["DEPLOYED"], subject=["troop", "soldier"],
  source=SANCHEZ, location=VALENCIA, unverified=None)
C(d, "rescued upwards of [[200]] people", value=200, qualifier=["MORE_THAN", "AT_LEAST"], metric=["OTHER"],
  subject=PEOPLE, source=["military emergency unit", "ume", "es.ume"], location=VALENCIA, unverified=None,
  note="rescued by helicopter")
IDE = ["i-de", "electricity distributor", "distributor", "iberdrola"]
C(d, "as many as [[150,000]] customers", value=150000, qualifier=["AT_MOST"], metric=["AFFECTED"],
  subject=["customer", "household"], source=IDE, location=VALENCIA, unverified=None)
C(d, "all but around [[9,000]] homes", value=9000, qualifier=["APPROXIMATE"], metric=["AFFECTED"],
  subject=["home", "household"], source=IDE, location=VALENCIA, unverified=None, note="still without power")
C(d, "Some [[3,000]] residents", value=3000, qualifier=["APPROXIMATE"], metric=["AFFECTED"],
  subject=["resident"] + PEOPLE, source=REG_GOV, location=VALENCIA + ["valencia province"], unverified=None,
  note="without drinking water")
M(d, "Chiva, [[491]] litres", "rainfall")
M(d, "fell in [[eight]] hours", "duration")
C(d, "Roughly [[15,000]] people walked", value=15000, qualifier=["APPROXIMATE"], metric=["OTHER"],
  subject=PEOPLE + ["volunteer"], source=["city police", "police"], location=["valencia"], unverified=None,
  note="volunteers")
C(d, "when at least [[150]] people died", value=150, qualifier=["AT_LEAST"], metric=["KILLED"], subject=PEOPLE,
  source=[], location=["granada", "murcia", "almeria"], unverified=None, note="1973 floods")
C(d, "killed [[81]] people in Valencia", id="en006_81", value=81, qualifier=["EXACT"], metric=["KILLED"],
  subject=PEOPLE, source=[], location=["valencia"], unverified=None, note="1957 flood")
M(d, "declared [[three]] days of national mourning", "duration")

L("linked", "en006_92", "en006_158", "Valencia regional toll: 92 on Wednesday, 158 on Thursday",
  kinds=["REVISION", "CONFLICT"])
L("linked", "en006_158", "en006_202", "Valencia regional toll: 158 on Thursday, 202 on Friday",
  kinds=["REVISION", "CONFLICT"])
L("not_conflict", "en006_202", "en006_205", "Valencia region's 202 within the national 205")
L("not_conflict", "en006_202", "en006_62", "regional toll vs Paiporta alone")
L("not_conflict", "en006_dozens", "en006_1900", "missing people vs calls reporting missing people")
L("not_conflict", "en006_205", "en006_81", "2024 floods vs the 1957 Turia flood")
