"""Short names the two gold scripts of blind8 share: qualifiers, metrics and link kinds.

`from names import *` keeps each claim line of tools/gold_LANG.py on one or two lines.
"""
import os
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # blind8/
sys.path.insert(0, os.path.dirname(SET))  # for ../gold_lib.py

QUALIFIERS = ("EXACT", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "APPROXIMATE", "RANGE",
              "VAGUE")
E, AL, MT, AM, LT, AP, RG, VG = QUALIFIERS
VAGUE = [VG, AL, AP]  # "des centaines", "dozens": no single value
CROWD = [E, AP]  # an official crowd count reads as exact or rounded

METRICS = ("KILLED", "WOUNDED", "MISSING", "DETAINED", "DISPLACED", "AFFECTED", "LAUNCHED",
           "ATTACKED", "DESTROYED", "DEPLOYED", "OTHER", "CASUALTIES", "PARTICIPATED")
K, W, MS, DT, DP, AF, LA, AT, DS, DE, OT, CA, PA = METRICS

# link kinds: a later figure from the same source or party; sources that disagree; must not flag
R, C, N = ["REVISION", "CONFLICT"], ["CONFLICT"], None
