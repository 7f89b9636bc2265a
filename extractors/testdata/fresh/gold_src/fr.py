# Hand annotation of corpus/fr. Each claim: ctx = a unique piece of the article with the number
# expression between [[ ]]; build_gold.py turns it into num/occ. Read by meaning, not by rule.
# Source lists: the speaker as written (folded lowercase, no accents), English forms, canonical id.

# ---- shared vocabulary -------------------------------------------------------------------------
MORT = ["mort", "personne", "person", "people"]
TUE = ["personne", "person", "people", "mort"]
BLESSE = ["blesse", "personne", "person", "people"]
ENFANT = ["enfant", "child"]
CIVIL = ["civil", "civilian"]
MISSILE = ["missile"]
DRONE = ["drone"]
FOYER = ["foyer", "household", "home"]

UA_AF = ["armee de l'air ukrainienne", "armee de l'air", "ukrainian air force", "air force", "ua.air_force"]
RU_MOD = ["ministere russe de la defense", "ministere de la defense", "russian defence ministry",
          "russian defense ministry", "defence ministry", "ru.mod"]
UA_GS = ["etat-major ukrainien", "etat-major", "etat major", "general staff", "ua.general_staff"]
ZEL = ["volodymyr zelensky", "zelensky", "president ukrainien", "ukrainian president", "ua.president"]
KYIV_MVA = ["administration militaire de kiev", "administration militaire", "kyiv city military administration",
            "kyiv military administration", "serhiy popko", "popko", "ua.kyiv_city"]
KLITSCHKO = ["vitali klitschko", "klitschko", "maire", "mayor", "ua.kyiv_city"]
GLADKOV = ["viatcheslav gladkov", "gladkov", "gouverneur", "governor", "ru.belgorod_oblast"]
UN = ["onu", "nations unies", "united nations", "un."]
PS_MOH = ["ministere de la sante", "ministere de la sante du hamas", "health ministry", "ministry of health",
          "hamas", "ps.moh"]
FR_INT = ["ministere de l'interieur", "ministere", "place beauvau", "beauvau", "interior ministry",
          "ministry of interior", "fr.interior"]

KIEV = ["kiev", "kyiv"]
KRYVYI = ["kryvyi rih", "kryvyy rih", "krivoy rog", "kryvyi-rih", "krivyi rih"]
BELGOROD = ["belgorod"]
UKRAINE = ["ukraine"]

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


# ---- 001 Kyiv, live blog of 8 July 2024 (reverse chronological) ---------------------------------
d = "001_kiev_frappe_direct.txt"
C(d, "Home » MONDE » EN DIRECT – Guerre en Ukraine : au moins [[20]] morts", value=20, qualifier=["AT_LEAST"],
  metric=["KILLED"], subject=MORT, source=[], location=KIEV, unverified=None)
C(d, "\n\nEN DIRECT – Guerre en Ukraine : au moins [[20]] morts", value=20, qualifier=["AT_LEAST"],
  metric=["KILLED"], subject=MORT, source=[], location=KIEV, unverified=None)
M(d, "Lecture [[6]] min", "reading time")
C(d, "fait désormais état d'au moins [[20]] morts", id="fr001_20", value=20, qualifier=["AT_LEAST"],
  metric=["KILLED"], subject=MORT, source=KYIV_MVA, location=KIEV, unverified=None)
C(d, "et de [[82]] blessés dans la ville", value=82, qualifier=["EXACT", "AT_LEAST"], metric=["WOUNDED"],
  subject=BLESSE, source=KYIV_MVA, location=KIEV, unverified=None)
M(d, "Un immeuble de [[trois]] étages", "building floors")
C(d, "où [[une dizaine]] de personnes seraient encore sous les gravats", value=10, qualifier=["APPROXIMATE"],
  metric=["MISSING", "AFFECTED"], subject=["personne", "person", "people"], source=[],
  location=KIEV + ["dniprovskyi"], unverified=True, note="trapped under rubble; conditional 'seraient'")
C(d, "17h05 – « Plus de [[40]] missiles »", value=40, qualifier=["MORE_THAN"], metric=["LAUNCHED"],
  subject=MISSILE, source=ZEL, location=UKRAINE, unverified=None, note="entry heading quoting Zelensky")
C(d, "« La Russie a utilisé plus de [[40]] missiles", id="fr001_40", value=40, qualifier=["MORE_THAN"],
  metric=["LAUNCHED"], subject=MISSILE, source=ZEL, location=UKRAINE, unverified=None)
C(d, "16h20 – Kryvyï Rih : [[dix]] morts", value=10, qualifier=["EXACT"], metric=["KILLED"], subject=MORT,
  source=[], location=KRYVYI, unverified=None)
C(d, "président, [[dix]] personnes ont été tuées", id="fr001_dix", value=10, qualifier=["EXACT"],
  metric=["KILLED"], subject=TUE,
  source=["serhiy lyssak", "lyssak", "administration militaire regionale de dnipropetrovsk",
          "chef de l'administration militaire regionale", "governor", "ua.dnipropetrovsk_oblast"],
  location=KRYVYI, unverified=None)
C(d, "ont été tuées et [[31]] blessées", value=31, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=["serhiy lyssak", "lyssak", "administration militaire regionale de dnipropetrovsk",
          "chef de l'administration militaire regionale", "governor", "ua.dnipropetrovsk_oblast"],
  location=KRYVYI, unverified=None)
LIACHKO = ["viktor liachko", "liachko", "ministre de la sante", "health minister", "ministry of health", "ua.moh"]
OKHMATDYT = KIEV + ["okhmatdyt", "ohmatdyt"]
C(d, "14h32 – Okhmatdyt : [[deux]] adultes tués", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=["adulte", "adult", "person"], source=[], location=OKHMATDYT, unverified=None)
C(d, "[[Deux]] adultes, dont une médecin", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=["adulte", "adult", "person"], source=LIACHKO, location=OKHMATDYT, unverified=None)
C(d, "Selon lui, [[seize]] personnes y ont été blessées", value=16, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=BLESSE, source=LIACHKO, location=OKHMATDYT, unverified=None)
C(d, "parmi lesquelles [[sept]] enfants", value=7, qualifier=["EXACT"], metric=["WOUNDED"], subject=ENFANT,
  source=LIACHKO, location=OKHMATDYT, unverified=None)
C(d, "Quelque [[600]] enfants étaient soignés", value=600, qualifier=["APPROXIMATE"],
  metric=["DISPLACED", "AFFECTED", "OTHER"], subject=ENFANT + ["patient"], source=LIACHKO, location=OKHMATDYT,
  unverified=None, note="children in the hospital, being transferred elsewhere")
C(d, "[[Une centaine]] de volontaires se sont rassemblés", value=100,
  qualifier=["APPROXIMATE"], metric=["OTHER"], subject=["volontaire", "volunteer"],
  source=[], location=OKHMATDYT, unverified=None)
C(d, "11h55 – [[38]] missiles tirés", value=38, qualifier=["EXACT"], metric=["LAUNCHED"], subject=MISSILE,
  source=[], location=UKRAINE, unverified=None)
C(d, "missiles tirés, [[30]] abattus", value=30, qualifier=["EXACT"], metric=["DESTROYED"], subject=MISSILE,
  source=[], location=UKRAINE, unverified=None)
C(d, "la Russie a tiré [[38]] missiles", id="fr001_38", value=38, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=MISSILE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "[[Trente]] d'entre eux ont été interceptés", id="fr001_trente", value=30, qualifier=["EXACT"],
  metric=["DESTROYED"], subject=MISSILE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "11h02 – [[Sept]] morts dans la capitale", value=7, qualifier=["EXACT"], metric=["KILLED"], subject=MORT,
  source=[], location=KIEV, unverified=None)
C(d, "un premier bilan de [[sept]] morts", id="fr001_sept", value=7, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=KYIV_MVA, location=KIEV, unverified=None)
C(d, "sept morts et de [[18]] blessés", value=18, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=KYIV_MVA, location=KIEV, unverified=None)
M(d, "dans au moins [[sept]] des dix arrondissements", "incidental count (districts)")
M(d, "dans au moins sept des [[dix]] arrondissements", "incidental count (districts)")
M(d, "a duré près de [[deux]] heures", "duration")
M(d, "tranche de [[4,2 milliards]] d'euros", "money, in a related link")
M(d, "\n\n[[37]] commentaires", "comment counter")

L("linked", "fr001_sept", "fr001_20", "Kyiv city military administration toll: 7 killed at 11h02, at least 20 at 18h47",
  kinds=["REVISION", "CONFLICT"])
L("linked", "fr001_38", "fr001_40", "missiles launched on 8 July 2024: air force 38 vs Zelensky 'more than 40'",
  kinds=["CONFLICT"])
L("not_conflict", "fr001_38", "fr001_trente", "38 launched, 30 intercepted: different metrics, consistent")
L("not_conflict", "fr001_20", "fr001_dix", "Kyiv toll vs Kryvyi Rih toll: other city")

# ---- 002 Kyiv, day after (9 July 2024) -------------------------------------------------------------
d = "002_kiev_bilan_deuil.txt"
C(d, "le bilan de l'attaque sur Kiev grimpe à [[33]] morts", value=33, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=[], location=KIEV, unverified=None)
C(d, "par l'administration militaire de Kiev, [[33]] personnes", id="fr002_33", value=33, qualifier=["EXACT"],
  metric=["KILLED"], subject=TUE, source=KYIV_MVA, location=KIEV, unverified=None)
C(d, "dans la capitale, dont [[quatre]] enfants", value=4, qualifier=["EXACT"], metric=["KILLED"],
  subject=ENFANT, source=KYIV_MVA, location=KIEV, unverified=None)
C(d, "et [[121]] autres ont été blessées", value=121, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=KYIV_MVA, location=KIEV, unverified=None)
C(d, "faisait encore état d'[[une vingtaine]] de morts", value=20, qualifier=["APPROXIMATE"],
  metric=["KILLED"], subject=MORT, source=KYIV_MVA, location=KIEV, unverified=None,
  note="the previous evening's figure, reported back")
M(d, "terminées sur [[deux]] des sites touchés", "incidental count (sites)")
KLYMENKO = ["ihor klymenko", "klymenko", "ministre de l'interieur", "interior minister", "interior ministry",
            "ua.interior"]
C(d, "l'attaque a fait au moins [[43]] morts", value=43, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=MORT, source=KLYMENKO, location=UKRAINE, unverified=None)
C(d, "et plus de [[190]] blessés", value=190, qualifier=["MORE_THAN"], metric=["WOUNDED"], subject=BLESSE,
  source=KLYMENKO, location=UKRAINE, unverified=None)
C(d, "déplore [[dix]] morts", id="fr002_dix", value=10, qualifier=["EXACT"], metric=["KILLED"], subject=MORT,
  source=[], location=KRYVYI, unverified=None)
C(d, "où [[deux]] adultes ont perdu la vie", value=2, qualifier=["EXACT"], metric=["KILLED"],
  subject=["adulte", "adult", "person"], source=[], location=OKHMATDYT, unverified=None)
C(d, "D'après le ministère de la Santé, [[94]] jeunes patients", value=94, qualifier=["EXACT"],
  metric=["DISPLACED", "OTHER"], subject=["patient", "enfant", "child"],
  source=["ministere de la sante", "health ministry", "ministry of health", "ua.moh"], location=OKHMATDYT,
  unverified=None, note="transferred to other hospitals")
C(d, "avoir abattu dans la nuit [[quatre]] missiles ATACMS", value=4, qualifier=["EXACT"],
  metric=["DESTROYED"], subject=MISSILE + ["atacms"], source=RU_MOD, location=["crimee", "crimea"],
  unverified=True)
C(d, "missiles ATACMS et [[vingt-sept]] drones", value=27, qualifier=["EXACT"], metric=["DESTROYED"], subject=DRONE,
  source=RU_MOD, location=["crimee", "crimea"], unverified=True)
M(d, "au moins [[cinq]] systèmes Patriot", "requested deliveries, not an event count")
UN_HCDH = ["haut-commissariat de l'onu aux droits de l'homme", "haut-commissariat", "hcdh", "ohchr",
           "un human rights office", "onu", "united nations", "un."]
C(d, "avec [[174]] civils tués", value=174, qualifier=["EXACT"], metric=["KILLED"], subject=CIVIL,
  source=UN_HCDH, location=UKRAINE, unverified=None, note="June 2024")
C(d, "civils tués et [[690]] blessés", value=690, qualifier=["EXACT"], metric=["WOUNDED"], subject=CIVIL,
  source=UN_HCDH, location=UKRAINE, unverified=None)
C(d, "a recensé [[142]] affrontements", value=142, qualifier=["EXACT"], metric=["ATTACKED", "OTHER"],
  subject=["affrontement", "clash", "combat"], source=UA_GS, location=None, unverified=None)
M(d, "au cours des dernières [[24]] heures", "duration")
C(d, "dont [[47]] dans le secteur de Pokrovsk", value=47, qualifier=["EXACT"], metric=["ATTACKED", "OTHER"],
  subject=["affrontement", "clash", "combat"], source=UA_GS, location=["pokrovsk", "donetsk"], unverified=None)
M(d, "Partagez-le ! [[12]] partages", "share counter")

L("linked", "fr001_20", "fr002_33",
  "Kyiv city military administration toll: at least 20 (8 July evening) then 33 (9 July)",
  kinds=["REVISION", "CONFLICT"])
L("not_conflict", "fr002_33", "fr002_dix", "Kyiv vs Kryvyi Rih: other city, same attack")

# ---- 003 Belgorod, 30-31 Dec 2023 (machine-translated style) ---------------------------------------
d = "003_belgorod_bombardement.txt"
C(d, "Home » MONDE » Belgorod : le nombre de morts passe à [[24]]", value=24, qualifier=["EXACT"],
  metric=["KILLED"], subject=MORT, source=["gouverneur", "governor", "ru.belgorod_oblast"], location=BELGOROD,
  unverified=None, note="source in the headline only")
C(d, "\n\nBelgorod : le nombre de morts passe à [[24]]", value=24, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=["gouverneur", "governor", "ru.belgorod_oblast"], location=BELGOROD, unverified=None)
C(d, "de Belgorod est passé à [[24]]", id="fr003_24", value=24, qualifier=["EXACT"], metric=["KILLED"],
  subject=TUE, source=GLADKOV, location=BELGOROD, unverified=None)
C(d, "est passé à 24, dont [[quatre]] enfants", value=4, qualifier=["EXACT"], metric=["KILLED"],
  subject=ENFANT, source=GLADKOV, location=BELGOROD, unverified=None)
C(d, "sur Telegram. [[108]] autres personnes", value=108, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=BLESSE, source=GLADKOV, location=BELGOROD, unverified=None)
C(d, "et [[17]] enfants figurent parmi eux", value=17, qualifier=["EXACT"], metric=["WOUNDED"], subject=ENFANT,
  source=GLADKOV, location=BELGOROD, unverified=None)
C(d, "fait état de [[14]] morts", id="fr003_14", value=14, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=GLADKOV, location=BELGOROD, unverified=None)
C(d, "ainsi que [[deux]] missiles Olkha", value=2, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=MISSILE + ["olkha"], source=RU_MOD, location=BELGOROD, unverified=True)
C(d, "indiqué que [[32]] drones ukrainiens", value=32, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=RU_MOD,
  location=["belgorod", "briansk", "bryansk", "koursk", "kursk", "moscou", "moscow"], unverified=True)
M(d, "environ [[340.000]] habitants", "population")
M(d, "à [[une quarantaine]] de kilomètres", "distance")
C(d, "environ [[3.000]] foyers", value=3000, qualifier=["APPROXIMATE"], metric=["AFFECTED"], subject=FOYER,
  source=["autorites locales", "local authorities"], location=BELGOROD, unverified=None)
C(d, "Plus de [[deux cents]] personnes ont été relogées", value=200, qualifier=["MORE_THAN"], metric=["DISPLACED"],
  subject=["personne", "person", "people"], source=["mairie", "city hall", "municipality"],
  location=BELGOROD, unverified=None)
ZALUZHNY = ["valeri zaloujny", "zaloujny", "zaluzhny", "commandant en chef de l'armee ukrainienne",
            "commandant en chef", "commander-in-chief", "ua.armed_forces"]
C(d, "a lancé [[122]] missiles", id="fr003_122", value=122, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=MISSILE, source=ZALUZHNY, location=UKRAINE, unverified=None)
C(d, "missiles et [[36]] drones Shahed-136", value=36, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=DRONE + ["shahed"], source=ZALUZHNY, location=UKRAINE, unverified=None)
C(d, "avoir abattu [[87]] missiles", id="fr003_87", value=87, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=MISSILE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "87 missiles et [[27]] drones", value=27, qualifier=["EXACT"], metric=["DESTROYED"], subject=DRONE,
  source=UA_AF, location=UKRAINE, unverified=None)
C(d, "Au moins [[39]] personnes ont été tuées en Ukraine", id="fr003_39", value=39, qualifier=["AT_LEAST"],
  metric=["KILLED"], subject=TUE, source=["autorites ukrainiennes", "ukrainian authorities", "ua."],
  location=UKRAINE, unverified=None, note="29 Dec 2023 strikes on Ukraine")
C(d, "dont [[une trentaine]] à Kiev", value=30, qualifier=["APPROXIMATE"], metric=["KILLED"], subject=TUE,
  source=["autorites ukrainiennes", "ukrainian authorities", "ua."],
  location=["kiev", "kyiv", "odessa", "odesa", "dnipro", "lviv"], unverified=None)
C(d, "a fait pas moins de [[16]] morts", value=16, qualifier=["AT_LEAST"], metric=["KILLED"], subject=MORT,
  source=KLITSCHKO, location=KIEV, unverified=None)
C(d, "près de [[120]] immeubles", value=120, qualifier=["APPROXIMATE", "AT_MOST"],
  metric=["ATTACKED", "DESTROYED"], subject=["immeuble", "building"], source=KLITSCHKO, location=KIEV,
  unverified=None)
SYNEHUBOV = ["oleh synehoubov", "synehoubov", "syniehubov", "gouverneur", "governor", "ua.kharkiv_oblast"]
KHARKIV = ["kharkiv", "kharkov"]
C(d, "au moins [[deux]] personnes y avaient été tuées", value=2, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=TUE, source=SYNEHUBOV, location=KHARKIV, unverified=None)
C(d, "tuées et [[28]] blessées", value=28, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=SYNEHUBOV, location=KHARKIV, unverified=None)
M(d, "un garçon de [[14]] ans", "age")

L("linked", "fr003_14", "fr003_24", "Gladkov's Belgorod toll: 14 on Saturday afternoon, 24 on Sunday",
  kinds=["REVISION", "CONFLICT"])
L("not_conflict", "fr003_24", "fr003_39", "Belgorod (30 Dec) vs the strikes on Ukraine the day before")
L("not_conflict", "fr003_122", "fr003_87", "122 missiles launched vs 87 shot down: different metrics")

# ---- 004 prisoner exchange + night attack, 25 May 2025 ---------------------------------------------
d = "004_echange_prisonniers.txt"
PRISONNIER = ["prisonnier", "prisoner", "militaire", "soldier", "person"]
COORD = ["quartier general de coordination pour le traitement des prisonniers de guerre",
         "quartier general de coordination", "coordination headquarters", "coordination hq",
         "ua.coordination_hq"]
M(d, "Échange « [[1000]] pour 1000 »", "name of the exchange deal")
M(d, "Échange « 1000 pour [[1000]] »", "name of the exchange deal")
C(d, "» : [[303]] nouveaux prisonniers", value=303, qualifier=["EXACT"], metric=["OTHER", "DETAINED"],
  subject=PRISONNIER, source=[], location=None, unverified=None, note="released")
M(d, "[[4]] min de lecture", "reading time")
C(d, "[[Trois cent trois]] militaires ukrainiens", id="fr004_303ua", value=303, qualifier=["EXACT"],
  metric=["OTHER", "DETAINED"], subject=PRISONNIER, source=ZEL, location=None, unverified=None,
  note="speaker after the sentence")
C(d, "Au total, [[1000]] Ukrainiens", value=1000, qualifier=["EXACT"], metric=["OTHER", "DETAINED"],
  subject=PRISONNIER + ["ukrainien", "ukrainian"], source=[], location=None, unverified=None)
M(d, "libérés en [[trois]] jours", "duration")
M(d, "entre les [[deux]] pays", "incidental count")
C(d, "le retour de [[303]] militaires russes", id="fr004_303ru", value=303, qualifier=["EXACT"],
  metric=["OTHER", "DETAINED"], subject=PRISONNIER, source=RU_MOD, location=None, unverified=None)
C(d, "Vendredi, [[390]] personnes", id="fr004_390", value=390, qualifier=["EXACT"],
  metric=["OTHER", "DETAINED"], subject=PRISONNIER + ["people"], source=[], location=None, unverified=None)
C(d, "dont [[270]] militaires", value=270, qualifier=["EXACT"], metric=["OTHER", "DETAINED"],
  subject=["militaire", "soldier", "prisoner"], source=[], location=None, unverified=None)
C(d, "et [[120]] civils", value=120, qualifier=["EXACT"], metric=["OTHER", "DETAINED"],
  subject=["civil", "civilian", "prisoner"], source=[], location=None, unverified=None)
C(d, "puis [[307]] samedi", id="fr004_307", value=307, qualifier=["EXACT"], metric=["OTHER", "DETAINED"],
  subject=PRISONNIER, source=[], location=None, unverified=None)
M(d, "depuis plus de [[trois]] ans", "duration")
C(d, "environ [[8000]] Ukrainiens seraient encore détenus", value=8000, qualifier=["APPROXIMATE"],
  metric=["DETAINED"], subject=["ukrainien", "ukrainian", "prisoner", "person"], source=COORD,
  location=["russie", "russia"], unverified=True)
C(d, "contre l'Ukraine [[298]] drones", id="fr004_298", value=298, qualifier=["EXACT"], metric=["LAUNCHED"],
  subject=DRONE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "298 drones et [[69]] missiles", value=69, qualifier=["EXACT"], metric=["LAUNCHED"], subject=MISSILE,
  source=UA_AF, location=UKRAINE, unverified=None)
C(d, "Selon l'armée, [[266]] drones", id="fr004_266", value=266, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=UA_AF + ["armee"], location=UKRAINE, unverified=None)
C(d, "266 drones et [[45]] missiles", value=45, qualifier=["EXACT"], metric=["DESTROYED"], subject=MISSILE,
  source=UA_AF + ["armee"], location=UKRAINE, unverified=None)
C(d, "Au moins [[douze]] personnes", value=12, qualifier=["AT_LEAST"], metric=["KILLED"], subject=TUE,
  source=["services de secours", "emergency services", "rescue services", "ua.emergency_service"],
  location=UKRAINE, unverified=None)
C(d, "Jytomyr, [[trois]] enfants", value=3, qualifier=["EXACT"], metric=["KILLED"], subject=ENFANT,
  source=["chef de l'administration regionale", "administration regionale", "regional administration",
          "governor", "ua.zhytomyr_oblast"], location=["jytomyr", "zhytomyr"], unverified=None)
M(d, "âgés de [[8]], 12 et 17 ans", "age")
M(d, "âgés de 8, [[12]] et 17 ans", "age")
M(d, "âgés de 8, 12 et [[17]] ans", "age")
KALACHNYK = ["mykola kalachnyk", "kalachnyk", "gouverneur", "governor", "ua.kyiv_oblast"]
C(d, "région de Kiev, [[quatre]] personnes", value=4, qualifier=["EXACT"], metric=["KILLED"], subject=TUE,
  source=KALACHNYK, location=["region de kiev", "kyiv region", "kiev", "kyiv"], unverified=None)
C(d, "ont été tuées et [[seize]] blessées", value=16, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=KALACHNYK, location=["region de kiev", "kyiv region", "kiev", "kyiv"], unverified=None)
M(d, "au moins [[cinq]] arrondissements", "incidental count (districts)")
C(d, "« [[Une quinzaine]] de personnes", value=15, qualifier=["APPROXIMATE"], metric=["WOUNDED"],
  subject=BLESSE, source=KLITSCHKO, location=KIEV, unverified=None)
SOBYANIN = ["serguei sobianine", "sobianine", "sobyanin", "maire de la capitale russe", "maire", "mayor",
            "ru.moscow_city"]
C(d, "détruit [[110]] drones ukrainiens", value=110, qualifier=["EXACT"], metric=["DESTROYED"], subject=DRONE,
  source=RU_MOD, location=["russie", "russia", "moscou", "moscow"], unverified=None)
M(d, "en l'espace de [[quatre]] heures", "duration")
C(d, "« plus de [[dix]] »", value=10, qualifier=["MORE_THAN"], metric=["LAUNCHED", "ATTACKED", "DESTROYED"],
  subject=DRONE, source=SOBYANIN, location=["moscou", "moscow"], unverified=None,
  note="drones heading for Moscow, out of the 110")
M(d, "Commentaires ([[48]])", "comment counter")

L("not_conflict", "fr004_390", "fr004_307", "Friday's vs Saturday's stage of the exchange")
L("not_conflict", "fr004_303ua", "fr004_303ru", "Ukrainians returned vs Russians returned: same number, other subject")
L("not_conflict", "fr004_298", "fr004_266", "298 drones launched vs 266 neutralised: different metrics")

# ---- 005 energy strike, 17 Nov 2024 ---------------------------------------------------------------
d = "005_frappes_energie.txt"
C(d, "électrique ukrainien : [[des centaines de milliers]] de foyers", value=200000, vague_min=100000,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["AFFECTED"], subject=FOYER, source=[],
  location=UKRAINE, unverified=None)
C(d, "Environ [[120]] missiles", id="fr005_120", value=120, qualifier=["APPROXIMATE"], metric=["LAUNCHED"],
  subject=MISSILE, source=ZEL, location=UKRAINE, unverified=None)
C(d, "missiles et [[90]] drones ont été lancés", value=90, qualifier=["APPROXIMATE", "EXACT"],
  metric=["LAUNCHED"], subject=DRONE, source=ZEL, location=UKRAINE, unverified=None)
C(d, "fait état de [[104]] missiles", id="fr005_104", value=104, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=MISSILE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "104 missiles et [[42]] drones abattus", value=42, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=DRONE, source=UA_AF, location=UKRAINE, unverified=None)
C(d, "[[Une quarantaine]] d’autres drones", value=40, qualifier=["APPROXIMATE"],
  metric=["DESTROYED", "OTHER"], subject=DRONE, source=UA_AF, location=UKRAINE, unverified=None,
  note="'lost' to electronic jamming")
M(d, "jusqu’à [[quatre]] heures par jour", "duration")
KIPER = ["oleh kiper", "kiper", "gouverneur", "governor", "ua.odesa_oblast"]
ODESA = ["odessa", "odesa", "region d'odessa"]
C(d, "quelque [[250\u00a0000]] foyers", value=250000, qualifier=["APPROXIMATE"], metric=["AFFECTED"],
  subject=FOYER, source=KIPER, location=ODESA, unverified=None)
C(d, "[[Deux]] personnes, dont un employé", value=2, qualifier=["EXACT"], metric=["KILLED"], subject=TUE,
  source=KIPER, location=ODESA, unverified=None)
C(d, "tuées et [[trois]] autres blessées", value=3, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=KIPER, location=ODESA, unverified=None)
C(d, "un peu plus de [[11 000]] abonnés", value=11000, qualifier=["MORE_THAN", "APPROXIMATE"],
  metric=["AFFECTED"], subject=["abonne", "subscriber", "customer", "household"], source=[],
  location=["zaporijjia", "zaporizhzhia", "zaporojie"], unverified=None)
M(d, "où [[une]] personne a été blessée", "'une personne': one wounded, article-like")
M(d, "jusqu’à [[40]] % des consommateurs", "percentage")
KIM = ["vitali kim", "kim", "gouverneur", "governor", "ua.mykolaiv_oblast"]
MYKOLAIV = ["mykolaiv", "mykolaiiv", "nikolaiev", "nikolaev"]
C(d, "À Mykolaïv, [[deux]] personnes", value=2, qualifier=["EXACT"], metric=["KILLED"], subject=TUE,
  source=KIM, location=MYKOLAIV, unverified=None)
C(d, "et [[six]] autres blessées, dont deux enfants", value=6, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=BLESSE, source=KIM, location=MYKOLAIV, unverified=None)
C(d, "six autres blessées, dont [[deux]] enfants", value=2, qualifier=["EXACT"],
  metric=["WOUNDED", "CASUALTIES"], subject=ENFANT, source=KIM, location=MYKOLAIV, unverified=None,
  note="'dont' most naturally attaches to the six wounded")
M(d, "immeuble de [[neuf]] étages", "building floors")
PARQUET = ["parquet regional", "parquet", "regional prosecutor", "prosecutor's office", "ua.sumy_prosecutor"]
SUMY = ["soumy", "sumy"]
C(d, "[[Onze]] personnes, dont deux enfants", value=11, qualifier=["EXACT"], metric=["KILLED"], subject=TUE,
  source=PARQUET, location=SUMY, unverified=None)
C(d, "Onze personnes, dont [[deux]] enfants", value=2, qualifier=["EXACT"], metric=["KILLED"], subject=ENFANT,
  source=PARQUET, location=SUMY, unverified=None)
C(d, "ont été tuées et [[84]] blessées", value=84, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=PARQUET, location=SUMY, unverified=None)
C(d, "[[une soixantaine]] de logements", value=60, qualifier=["APPROXIMATE"],
  metric=["DESTROYED", "ATTACKED"], subject=["logement", "apartment", "home", "dwelling"],
  source=["police"], location=SUMY, unverified=None)
M(d, "environ [[11 000]] habitants", "population still in Pokrovsk")
M(d, "dont [[plusieurs dizaines]] d’enfants", "population still in Pokrovsk")
M(d, "contre [[60\u202f000]] avant la guerre", "population")
C(d, "Plus de [[1\u00a0500]] personnes ont été évacuées", value=1500, qualifier=["MORE_THAN"],
  metric=["DISPLACED"], subject=["personne", "person", "people"], source=SYNEHUBOV,
  location=["koupiansk", "kupiansk", "kupyansk", "kharkiv", "kharkov"], unverified=None)
M(d, "en près de [[deux]] ans", "duration")

L("not_conflict", "fr005_120", "fr005_104", "about 120 missiles launched vs 104 shot down: different metrics")

# ---- 006 Kursk incursion, 13 Aug 2024 ---------------------------------------------------------------
d = "006_koursk_incursion.txt"
LOCALITE = ["localite", "locality", "settlement", "village"]
KURSK = ["koursk", "kursk", "region de koursk", "kursk region"]
SMIRNOV = ["alexei smirnov", "smirnov", "gouverneur par interim", "gouverneur", "governor", "acting governor",
           "ru.kursk_oblast"]
SYRSKY = ["oleksandr syrsky", "syrsky", "syrskyi", "commandant en chef ukrainien", "commandant en chef",
          "commander-in-chief", "ua.armed_forces"]
C(d, "Home » MONDE » Koursk : Kiev revendique [[74]] localités", value=74, qualifier=["EXACT"],
  metric=["OTHER"], subject=LOCALITE, source=["kiev", "kyiv", "ua."], location=KURSK, unverified=None,
  note="controlled/seized localities; source in the headline only")
C(d, "Home » MONDE » Koursk : Kiev revendique 74 localités, Moscou en reconnaît [[28]]", value=28,
  qualifier=["EXACT"], metric=["OTHER"], subject=LOCALITE, source=["moscou", "moscow", "ru."], location=KURSK,
  unverified=None)
C(d, "\n\nKoursk : Kiev revendique [[74]] localités", value=74, qualifier=["EXACT"], metric=["OTHER"],
  subject=LOCALITE, source=["kiev", "kyiv", "ua."], location=KURSK, unverified=None)
C(d, "\n\nKoursk : Kiev revendique 74 localités, Moscou en reconnaît [[28]]", value=28, qualifier=["EXACT"],
  metric=["OTHER"], subject=LOCALITE, source=["moscou", "moscow", "ru."], location=KURSK, unverified=None)
M(d, "les [[deux]] camps avancent", "incidental count")
C(d, "contrôlait [[28]] localités", id="fr006_28", value=28, qualifier=["EXACT"], metric=["OTHER"],
  subject=LOCALITE, source=SMIRNOV, location=KURSK, unverified=None)
M(d, "front large de [[40]] kilomètres", "distance")
M(d, "jusqu'à [[12]] kilomètres", "distance")
C(d, "Environ [[2 000]] habitants s'y trouveraient encore", value=2000, qualifier=["APPROXIMATE"],
  metric=["AFFECTED"], subject=["habitant", "resident", "person"], source=SMIRNOV, location=KURSK,
  unverified=True, note="residents left in the Ukrainian-held area; conditional")
C(d, "Selon lui, [[douze]] civils", id="fr006_douze", value=12, qualifier=["EXACT"], metric=["KILLED"],
  subject=CIVIL, source=SMIRNOV, location=KURSK, unverified=None, note="'lui' = Smirnov")
C(d, "depuis le 6 août et [[121]] blessés", value=121, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=CIVIL + ["blesse"], source=SMIRNOV, location=KURSK, unverified=None)
C(d, "121 blessés, dont [[dix]] enfants", value=10, qualifier=["EXACT"], metric=["WOUNDED"], subject=ENFANT,
  source=SMIRNOV, location=KURSK, unverified=None)
C(d, "Quelque [[121\u00a0000]] personnes", value=121000, qualifier=["APPROXIMATE"], metric=["DISPLACED"],
  subject=["personne", "person", "people"], source=SMIRNOV, location=KURSK, unverified=None)
C(d, "et [[59\u00a0000]] autres doivent encore l'être", value=59000, qualifier=["EXACT"],
  metric=["DISPLACED"], subject=["personne", "person", "people"], source=SMIRNOV, location=KURSK,
  unverified=None, note="still to be evacuated")
M(d, "environ [[1 000]] km²", "area")
C(d, "la prise de [[74]] localités", id="fr006_74", value=74, qualifier=["EXACT"], metric=["OTHER"],
  subject=LOCALITE, source=SYRSKY, location=KURSK, unverified=None)
C(d, "évoquent « [[des milliers]] » de soldats", value=2000, vague_min=1000,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["DEPLOYED"], subject=["soldat", "soldier", "troop"],
  source=["sources securitaires ukrainiennes", "sources securitaires", "ukrainian security sources",
          "security sources"], location=KURSK, unverified=None)
M(d, "d'au moins [[800]] km²", "area")
C(d, "« jusqu'à [[2\u202f030]] militaires »", value=2030, qualifier=["AT_MOST"],
  metric=["CASUALTIES", "KILLED"], subject=["militaire", "soldier", "troop"], source=RU_MOD, location=KURSK,
  unverified=True, note="'perdu': losses")
C(d, "militaires » et [[35]] chars", value=35, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["char", "tank"], source=RU_MOD, location=KURSK, unverified=True)
M(d, "où vivent environ [[11 000]] personnes", "population of the district ordered evacuated")
C(d, "Donetsk, [[trois]] personnes ont été tuées", value=3, qualifier=["EXACT"], metric=["KILLED"],
  subject=TUE, source=["autorites locales", "local authorities"],
  location=["kostiantynivka", "kostyantynivka", "donetsk"], unverified=None)
C(d, "avoir repoussé [[vingt-deux]] assauts", value=22, qualifier=["EXACT"], metric=["ATTACKED"],
  subject=["assaut", "assault", "attack"], source=["armee ukrainienne", "ukrainian army", "ua.armed_forces",
                                                   "ua.general_staff"],
  location=["toretsk"], unverified=None)
M(d, "assauts en [[24]] heures", "duration")
C(d, "environ [[50\u00a0000]] soldats russes", value=50000, qualifier=["APPROXIMATE"], metric=["DEPLOYED"],
  subject=["soldat", "soldier", "troop"], source=["michael kofman", "kofman", "analyste", "analyst"],
  location=["donbass", "donbas", "pokrovsk"], unverified=None)
M(d, "\n\n[[23]] réactions", "comment counter")

L("linked", "fr006_28", "fr006_74",
  "localities under Ukrainian control in Kursk: acting governor 28 (Monday) vs Syrsky 74 (Tuesday)",
  kinds=["CONFLICT"])
L("not_conflict", "fr006_douze", "fr006_28", "civilians killed vs localities held: different metrics")

# ---- 007 military losses, 26 Feb 2024 ----------------------------------------------------------------
d = "007_pertes_militaires.txt"
SOLDAT = ["soldat", "militaire", "soldier", "troop"]
US_OFF = ["responsables americains", "us officials", "u.s. officials", "new york times", "us."]
M(d, "Home » MONDE » [[Deux]] ans de guerre", "duration")
M(d, "\n\n[[Deux]] ans de guerre", "duration")
C(d, "« [[31\u00a0000]] militaires ukrainiens", id="fr007_31000", value=31000, qualifier=["EXACT"],
  metric=["KILLED"], subject=SOLDAT + ["ukrainien", "ukrainian"], source=ZEL, location=UKRAINE,
  unverified=None, note="speaker after the quote")
M(d, "Pas [[300 000]], pas 150 000", "figure denied by the speaker")
M(d, "Pas 300 000, pas [[150 000]]", "figure denied by the speaker")
C(d, "aurait perdu [[180 000]] soldats tués", id="fr007_180000", value=180000, qualifier=["EXACT"],
  metric=["KILLED"], subject=SOLDAT + ["russe", "russian"], source=ZEL, location=None, unverified=True)
C(d, "près de [[70\u00a0000]] le nombre", id="fr007_70000", value=70000, qualifier=["APPROXIMATE", "AT_MOST"],
  metric=["KILLED"], subject=SOLDAT + ["ukrainien", "ukrainian"], source=US_OFF, location=UKRAINE,
  unverified=None, note="August 2023 estimate")
C(d, "à [[entre 100 000 et 120 000]] celui des blessés", value=110000, vague_min=100000, upper=120000,
  qualifier=["RANGE"], metric=["WOUNDED"], subject=SOLDAT + ["blesse", "ukrainien", "ukrainian"],
  source=US_OFF, location=UKRAINE, unverified=None, note="range")
C(d, "à quelque [[120 000]] morts", value=120000, qualifier=["APPROXIMATE"], metric=["KILLED"],
  subject=SOLDAT + ["russe", "russian", "mort"], source=US_OFF, location=None, unverified=None)
C(d, "« plus de [[383\u00a0000]] »", value=383000, qualifier=["MORE_THAN"], metric=["CASUALTIES"],
  subject=["homme", "man", "soldier", "ukrainien", "ukrainian"],
  source=["serguei choigou", "choigou", "shoigu", "ministre russe de la defense", "russian defence minister",
          "ru.mod"], location=UKRAINE, unverified=True, note="killed or wounded; no evidence given")
C(d, "il en recensait environ [[409 000]]", value=409000, qualifier=["APPROXIMATE"], metric=["CASUALTIES"],
  subject=SOLDAT + ["russe", "russian"], source=UA_GS, location=None, unverified=True,
  note="'jugés exagérés' hedge")
C(d, "ainsi que [[6 500]] chars", value=6500, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["char", "tank"], source=UA_GS, location=None, unverified=True)
C(d, "au moins [[45\u202f123]] soldats russes", id="fr007_45123", value=45123, qualifier=["AT_LEAST"],
  metric=["KILLED"], subject=SOLDAT + ["russe", "russian"],
  source=["mediazona", "bbc", "service russe de la bbc", "bbc russian"], location=None, unverified=None)
M(d, "sans doute [[deux]] fois plus élevé", "multiplier")
C(d, "plus de [[10 500]] civils", id="fr007_10500", value=10500, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=CIVIL, source=UN, location=UKRAINE, unverified=None)
C(d, "près de [[20 000]] blessés", value=20000, qualifier=["APPROXIMATE", "AT_MOST"], metric=["WOUNDED"],
  subject=CIVIL, source=UN, location=UKRAINE, unverified=None)
M(d, "duré près de [[trois]] mois", "duration")
C(d, "ont évoqué [[des dizaines de milliers]] de morts", value=20000, vague_min=10000,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["KILLED"], subject=MORT + CIVIL,
  source=["autorites ukrainiennes", "ukrainian authorities", "ua."],
  location=["marioupol", "mariupol"], unverified=None)
C(d, "que [[3,7 millions]] de personnes", value=3700000, qualifier=["EXACT", "APPROXIMATE"],
  metric=["DISPLACED"], subject=["personne", "person", "people", "deplace", "displaced"], source=UN,
  location=UKRAINE, unverified=None)
C(d, "près de [[6,5 millions]] de réfugiés", value=6500000, qualifier=["APPROXIMATE", "AT_MOST"],
  metric=["DISPLACED"], subject=["refugie", "refugee"], source=UN, location=None, unverified=None)
C(d, "dont [[1,1 million]] en Allemagne", value=1100000, qualifier=["EXACT", "APPROXIMATE"],
  metric=["DISPLACED"], subject=["refugie", "refugee"], source=UN, location=["allemagne", "germany"],
  unverified=None)
M(d, "« moins de [[30]] % »", "percentage")
M(d, "du [[million]] d'obus", "promised deliveries")
M(d, "\n\n[[114]] commentaires", "comment counter")

L("linked", "fr007_31000", "fr007_70000",
  "Ukrainian soldiers killed: Zelensky 31 000 (Feb 2024) vs US officials nearly 70 000 already in Aug 2023",
  kinds=["CONFLICT"])
L("not_conflict", "fr007_180000", "fr007_45123",
  "Russian soldiers killed: Zelensky 180 000 vs at least 45 123 identified by name: compatible floor")
L("not_conflict", "fr007_31000", "fr007_10500", "Ukrainian soldiers vs civilians killed")

# ---- 008 Gaza, Al-Ahli hospital, 19 Oct 2023 -----------------------------------------------------------
d = "008_gaza_hopital_ahli.txt"
GAZA = ["gaza", "gaza city", "ville de gaza", "al-ahli", "al-ahli arabi", "ahli"]
QIDRA = ["achraf al-qidra", "al-qidra", "qidra", "porte-parole", "spokesman"] + PS_MOH
US_INTEL = ["services de renseignement americains", "renseignement americain", "us intelligence",
            "washington", "us."]
C(d, "Washington évoque « [[entre 100 et 300]] » morts", value=200, vague_min=100, upper=300,
  qualifier=["RANGE"], metric=["KILLED"], subject=MORT, source=["washington"] + US_INTEL, location=GAZA,
  unverified=None, note="range; source in the headline")
M(d, "[[Deux]] jours après l'explosion", "duration")
C(d, "« au moins [[500]] martyrs »", id="fr008_500", value=500, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=["martyr", "mort", "person", "people"], source=PS_MOH, location=GAZA, unverified=None,
  note="first figure, since revised")
C(d, "revu son bilan mercredi à [[471]] morts", id="fr008_471", value=471, qualifier=["EXACT"],
  metric=["KILLED"], subject=MORT, source=PS_MOH, location=GAZA, unverified=None)
C(d, "où s'étaient réfugiées [[des centaines]] de familles", value=200, vague_min=100,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["DISPLACED"], subject=["famille", "family"],
  source=[], location=GAZA, unverified=None)
C(d, "« [[471]] martyrs, en majorité", value=471, qualifier=["EXACT"], metric=["KILLED"],
  subject=["martyr", "mort", "person", "people"], source=QIDRA, location=GAZA, unverified=None)
C(d, "fourchette de [[100 à 300]] morts", id="fr008_range", value=200, vague_min=100, upper=300,
  qualifier=["RANGE"], metric=["KILLED"], subject=MORT, source=US_INTEL, location=GAZA, unverified=None,
  note="range, 'probably at the low end'")
FR_INTEL = ["renseignement militaire francais", "renseignement francais", "french military intelligence",
            "french intelligence", "source", "fr."]
C(d, "« plutôt [[quelques dizaines]] de morts", value=30, vague_min=20, qualifier=["VAGUE", "APPROXIMATE"],
  metric=["KILLED"], subject=MORT, source=FR_INTEL, location=GAZA, unverified=None)
C(d, "peut-être [[une cinquantaine]] »", id="fr008_50", value=50, qualifier=["APPROXIMATE"],
  metric=["KILLED"], subject=MORT, source=FR_INTEL, location=GAZA, unverified=None)
C(d, "environ [[450]] roquettes", id="fr008_450", value=450, qualifier=["APPROXIMATE"],
  metric=["LAUNCHED", "OTHER"], subject=["roquette", "rocket"],
  source=["daniel hagari", "hagari", "porte-parole", "spokesman", "armee israelienne", "israeli army",
          "israeli military", "idf", "il.idf"], location=["bande de gaza", "gaza strip", "gaza"],
  unverified=None, note="misfired rockets that fell inside Gaza")
C(d, "qui a fait [[1\u00a0400]] morts", value=1400, qualifier=["EXACT", "APPROXIMATE"], metric=["KILLED"],
  subject=MORT + ["israelien", "israeli"], source=["autorites", "autorites israeliennes", "israeli authorities",
                                                   "il.gov"], location=["israel"], unverified=None)
C(d, "ont tué [[3 478]] personnes", id="fr008_3478", value=3478, qualifier=["EXACT"], metric=["KILLED"],
  subject=TUE, source=PS_MOH, location=["bande de gaza", "gaza strip", "gaza"], unverified=None)
C(d, "blessé plus de [[12 000]] autres", value=12000, qualifier=["MORE_THAN"], metric=["WOUNDED"],
  subject=BLESSE, source=PS_MOH, location=["bande de gaza", "gaza strip", "gaza"], unverified=None)
C(d, "Environ [[200]] personnes sont retenues", value=200, qualifier=["APPROXIMATE"], metric=["DETAINED"],
  subject=["otage", "hostage", "personne", "person"],
  source=["armee israelienne", "israeli army", "israeli military", "idf", "il.idf"],
  location=["gaza"], unverified=None)
C(d, "qu'[[un million]] de Gazaouis", value=1000000, qualifier=["APPROXIMATE", "EXACT"], metric=["DISPLACED"],
  subject=["gazaoui", "gazan", "palestinian", "person", "people"], source=UN,
  location=["bande de gaza", "gaza strip", "gaza"], unverified=None)
C(d, "plus d'[[un demi-million]] de déplacés", value=500000, qualifier=["MORE_THAN"], metric=["DISPLACED"],
  subject=["deplace", "displaced", "person", "people"], source=UN,
  location=["sud de la bande de gaza", "southern gaza", "gaza"], unverified=None)
C(d, "laisser entrer [[une vingtaine]] de camions", value=20, qualifier=["APPROXIMATE"],
  metric=["OTHER", "DEPLOYED"], subject=["camion", "truck"],
  source=["joe biden", "biden", "president americain", "us president", "us."], location=["rafah"],
  unverified=None)
C(d, "« [[Vingt]] camions", value=20, qualifier=["EXACT"], metric=["OTHER", "DEPLOYED"],
  subject=["camion", "truck"],
  source=["programme alimentaire mondial", "pam", "world food programme", "wfp", "responsable", "un."],
  location=["rafah"], unverified=None)
M(d, "il en faudrait [[une centaine]] par jour", "hypothetical need")
C(d, "ont rassemblé [[des milliers]] de personnes", value=2000, vague_min=1000,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["PARTICIPATED"],
  subject=["personne", "person", "people", "manifestant", "protester"], source=[],
  location=["beyrouth", "beirut", "amman", "tunis"], unverified=None)

L("linked", "fr008_500", "fr008_471", "Gaza health ministry: at least 500 on Tuesday night, revised to 471",
  kinds=["REVISION", "CONFLICT"])
L("linked", "fr008_471", "fr008_range", "Al-Ahli toll: ministry 471 vs US intelligence 100 to 300",
  kinds=["CONFLICT"])
L("linked", "fr008_471", "fr008_50", "Al-Ahli toll: ministry 471 vs French military intelligence about 50",
  kinds=["CONFLICT"])
L("not_conflict", "fr008_471", "fr008_450", "killed at the hospital vs misfired rockets since 7 October")
L("not_conflict", "fr008_471", "fr008_3478", "hospital blast vs whole-war toll in Gaza")

# ---- 009 riots after Nahel's death, 1 July 2023 -----------------------------------------------------------
d = "009_emeutes_nahel.txt"
FRANCE = ["france"]
C(d, "Mort de Nahel : [[1\u00a0311]] interpellations", value=1311, qualifier=["EXACT"], metric=["DETAINED"],
  subject=["interpellation", "arrest", "person", "people"], source=[], location=FRANCE, unverified=None)
C(d, "violences, [[79]] policiers et gendarmes blessés", value=79, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=["policier", "gendarme", "police officer", "police"], source=[], location=FRANCE, unverified=None)
C(d, "déploiement de [[45\u00a0000]] policiers", value=45000, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["policier", "gendarme", "police officer", "police"], source=[], location=FRANCE, unverified=None)
C(d, "publié samedi matin, [[1 311]] personnes", id="fr009_1311", value=1311, qualifier=["EXACT"],
  metric=["DETAINED"], subject=["personne", "person", "people", "interpellation", "arrest"], source=FR_INT,
  location=FRANCE, unverified=None)
C(d, "contre [[875]] la nuit précédente", value=875, qualifier=["EXACT"], metric=["DETAINED"],
  subject=["personne", "person", "people", "interpellation", "arrest"], source=FR_INT, location=FRANCE,
  unverified=None, note="previous night")
C(d, "fait état de [[79]] policiers", id="fr009_79", value=79, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=["policier", "gendarme", "police officer", "police"], source=FR_INT, location=FRANCE,
  unverified=None)
C(d, "de [[1 350]] véhicules incendiés", value=1350, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["vehicule", "vehicle", "car"], source=FR_INT, location=FRANCE, unverified=None)
C(d, "de [[234]] bâtiments", value=234, qualifier=["EXACT"], metric=["DESTROYED", "ATTACKED"],
  subject=["batiment", "building"], source=FR_INT, location=FRANCE, unverified=None)
C(d, "recense aussi [[2\u202f560]] incendies", value=2560, qualifier=["EXACT"], metric=["OTHER", "ATTACKED"],
  subject=["incendie", "fire"], source=FR_INT, location=FRANCE, unverified=None)
C(d, "faisait état de [[667]] interpellations", id="fr009_667", value=667, qualifier=["EXACT"],
  metric=["DETAINED"], subject=["interpellation", "arrest", "person", "people"],
  source=["gerald darmanin", "darmanin", "ministre", "ministre de l'interieur", "interior minister",
          "fr.interior"], location=FRANCE, unverified=None)
C(d, "en retenait [[875]]", id="fr009_875", value=875, qualifier=["EXACT"], metric=["DETAINED"],
  subject=["interpellation", "arrest", "person", "people"], source=FR_INT, location=FRANCE, unverified=None)
C(d, "« bien plus de [[150]] collègues »", id="fr009_150", value=150, qualifier=["MORE_THAN"],
  metric=["WOUNDED"], subject=["collegue", "policier", "police officer", "police", "colleague"],
  source=["unite sgp police", "unite sgp", "syndicat", "police union", "union"], location=FRANCE,
  unverified=True, note="conditional 'auraient été blessés'")
C(d, "Marseille, où des pillages ont visé des commerces du centre-ville, [[88]] personnes", id="fr009_88",
  value=88, qualifier=["EXACT"], metric=["DETAINED"], subject=["personne", "person", "people"],
  source=["prefecture de police des bouches-du-rhone", "prefecture de police", "prefecture", "police prefecture"],
  location=["marseille"], unverified=None)
C(d, "À Lyon, [[une trentaine]] d'interpellations", value=30, qualifier=["APPROXIMATE"], metric=["DETAINED"],
  subject=["interpellation", "arrest", "person"], source=["prefecture du rhone", "prefecture", "prefecture of rhone"],
  location=["lyon"], unverified=None)
EDM = ["eric dupond-moretti", "dupond-moretti", "garde des sceaux", "ministre de la justice", "justice minister",
       "fr.justice"]
C(d, "plus de [[2 000]] personnes ont été interpellées", value=2000, qualifier=["MORE_THAN"],
  metric=["DETAINED"], subject=["personne", "person", "people"], source=EDM, location=FRANCE, unverified=None)
M(d, "près d'[[un tiers]] de mineurs", "fraction")
C(d, "[[Des dizaines]] de mairies", value=20, vague_min=10, qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"],
  metric=["ATTACKED"],
  subject=["mairie", "commissariat", "town hall", "police station", "building"], source=EDM, location=FRANCE,
  unverified=None)
M(d, "Nahel, [[17]] ans", "age")
M(d, "Le policier de [[38]] ans", "age")
M(d, "à plus de [[100 millions]] d'euros", "money")
C(d, "Dans ma ville, [[trois]] écoles", value=3, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["ecole", "school", "building"], source=["maire", "mayor"], location=["val-de-marne"],
  unverified=None)
M(d, "Réagir ([[214]])", "comment counter")

L("linked", "fr009_667", "fr009_875", "arrests on the night of 29-30 June: 667 at 3 a.m., 875 in the consolidated count",
  kinds=["REVISION", "CONFLICT"])
L("linked", "fr009_79", "fr009_150", "police wounded on the night of 30 June-1 July: ministry 79 vs union 'well over 150'",
  kinds=["CONFLICT"])
L("not_conflict", "fr009_1311", "fr009_875", "this night's arrests vs the previous night's")
L("not_conflict", "fr009_1311", "fr009_88", "national arrests vs Marseille's share")

# ---- 010 Turkey-Syria earthquake, 7 Feb 2023 ---------------------------------------------------------------
d = "010_seisme_turquie_syrie.txt"
TR_SY = ["turquie", "turkey", "syrie", "syria"]
AFAD = ["afad", "autorite de gestion des catastrophes et des situations d'urgence", "disaster agency",
        "disaster and emergency management authority", "tr.afad"]
ERDOGAN = ["recep tayyip erdogan", "erdogan", "president", "tr.president"]
TURQUIE = ["turquie", "turkey", "turkiye"]
C(d, "Séisme en Turquie et en Syrie : plus de [[7\u00a0800]] morts", value=7800, qualifier=["MORE_THAN"],
  metric=["KILLED"], subject=MORT, source=[], location=TR_SY, unverified=None)
C(d, "Plus de [[7 800]] personnes ont été tuées", value=7800, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=TUE, source=["bilans officiels", "derniers bilans officiels", "official tolls", "official figures"],
  location=TR_SY, unverified=None)
M(d, "magnitude [[7,8]]", "magnitude")
C(d, "fait état de [[5 894]] morts", id="fr010_5894", value=5894, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=AFAD, location=TURQUIE, unverified=None)
C(d, "et de [[34\u00a0810]] blessés", id="fr010_34810", value=34810, qualifier=["EXACT"], metric=["WOUNDED"],
  subject=BLESSE, source=AFAD, location=TURQUIE, unverified=None)
C(d, "Erdogan, [[5 775]] bâtiments", value=5775, qualifier=["EXACT"], metric=["DESTROYED"],
  subject=["batiment", "building"], source=ERDOGAN, location=TURQUIE, unverified=None)
M(d, "dans [[dix]] provinces", "incidental count (provinces)")
M(d, "pour [[trois]] mois", "duration")
C(d, "« Environ [[13,5 millions]] de personnes", value=13500000, qualifier=["APPROXIMATE"],
  metric=["AFFECTED"], subject=["personne", "person", "people"], source=ERDOGAN, location=TURQUIE,
  unverified=None)
SY_MOH = ["ministere de la sante", "ministere syrien de la sante", "health ministry", "ministry of health",
          "syrian health ministry", "sy.moh"]
SY_GOV_AREAS = ["syrie", "syria", "alep", "aleppo", "lattaquie", "latakia", "hama"]
WH = ["casques blancs", "white helmets", "defense civile syrienne", "syrian civil defence"]
NW_SYRIA = ["nord-ouest", "nord-ouest de la syrie", "northwest syria", "syrie", "syria", "idleb", "idlib"]
C(d, "recense [[1 262]] morts", id="fr010_1262", value=1262, qualifier=["EXACT"], metric=["KILLED"],
  subject=MORT, source=SY_MOH, location=SY_GOV_AREAS, unverified=None)
C(d, "et [[2 285]] blessés", value=2285, qualifier=["EXACT"], metric=["WOUNDED"], subject=BLESSE,
  source=SY_MOH, location=SY_GOV_AREAS, unverified=None)
C(d, "d'au moins [[1\u00a0280]] morts", id="fr010_1280", value=1280, qualifier=["AT_LEAST"], metric=["KILLED"],
  subject=MORT, source=WH, location=NW_SYRIA, unverified=None)
C(d, "de plus de [[2 600]] blessés", value=2600, qualifier=["MORE_THAN"], metric=["WOUNDED"], subject=BLESSE,
  source=WH, location=NW_SYRIA, unverified=None)
C(d, "selon eux, [[des centaines]] de familles", value=200, vague_min=100,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["MISSING", "AFFECTED"], subject=["famille", "family"],
  source=WH, location=NW_SYRIA, unverified=None, note="still under the rubble")
C(d, "pourrait atteindre [[20 000]]", value=20000, qualifier=["AT_MOST", "APPROXIMATE"], metric=["KILLED"],
  subject=["victime", "victim", "mort", "person"],
  source=["organisation mondiale de la sante", "oms", "world health organization", "who"], location=TR_SY,
  unverified=True, note="projection, conditional")
C(d, "jusqu'à [[23 millions]] de personnes", value=23000000, qualifier=["AT_MOST"], metric=["AFFECTED"],
  subject=["personne", "person", "people"],
  source=["catherine smallwood", "smallwood", "responsable", "oms", "who", "world health organization"],
  location=TR_SY, unverified=True, note="conditional 'pourraient'")
M(d, "magnitude [[7,5]]", "magnitude")
M(d, "à [[une centaine]] de kilomètres", "distance")
C(d, "Plus de [[120]] répliques", value=120, qualifier=["MORE_THAN"], metric=["OTHER"],
  subject=["replique", "aftershock"], source=AFAD, location=TURQUIE, unverified=None)
C(d, "Plus de [[24\u202f400]] secouristes", value=24400, qualifier=["MORE_THAN"], metric=["DEPLOYED"],
  subject=["secouriste", "rescuer", "rescue worker"], source=AFAD, location=TURQUIE, unverified=None)
C(d, "plus de [[8 000]] personnes", value=8000, qualifier=["MORE_THAN"], metric=["OTHER"],
  subject=["personne", "person", "people", "survivant", "survivor"], source=AFAD, location=TURQUIE,
  unverified=None, note="pulled alive from the rubble")
M(d, "un homme de [[42]] ans", "age")
M(d, "Plus de [[70]] pays", "incidental count (countries)")
C(d, "La France a envoyé [[139]] secouristes", value=139, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["secouriste", "rescuer"],
  source=["ministere des affaires etrangeres", "foreign ministry", "ministry of foreign affairs", "quai d'orsay",
          "fr.mfa"], location=TURQUIE, unverified=None)
C(d, "dépêché [[deux]] équipes", value=2, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["equipe", "team", "search team"], source=[], location=TURQUIE, unverified=None)
C(d, "de [[79]] personnes chacune", value=79, qualifier=["EXACT"], metric=["DEPLOYED"],
  subject=["personne", "person", "rescuer", "secouriste"], source=[], location=TURQUIE, unverified=None,
  note="per team")
C(d, "épicentre du premier séisme, [[des centaines]] de personnes", value=200, vague_min=100,
  qualifier=["VAGUE", "AT_LEAST", "APPROXIMATE"], metric=["DISPLACED", "AFFECTED"],
  subject=["personne", "person", "people"], source=[], location=["kahramanmaras"], unverified=None,
  note="spent the night outdoors")
M(d, "proches de -[[5]] °C", "temperature")
C(d, "Quelque [[380\u00a0000]] personnes", value=380000, qualifier=["APPROXIMATE"], metric=["DISPLACED"],
  subject=["personne", "person", "people"], source=["autorites turques", "turkish authorities", "tr.gov"],
  location=TURQUIE, unverified=None, note="sheltered in public buildings and hotels")
M(d, "par [[douze]] années", "duration")
C(d, "plus de [[17 000]] morts", id="fr010_17000", value=17000, qualifier=["MORE_THAN"], metric=["KILLED"],
  subject=MORT, source=[], location=["izmit"], unverified=None, note="1999 earthquake")

L("not_conflict", "fr010_1262", "fr010_1280", "Syrian ministry (government areas) vs White Helmets (rebel north-west)")
L("not_conflict", "fr010_5894", "fr010_17000", "2023 quake vs the 1999 Izmit quake")
L("not_conflict", "fr010_5894", "fr010_34810", "killed vs wounded, same agency")
