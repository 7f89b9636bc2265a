"""Helpers shared by gold_fr.py and gold_en.py."""


def C(doc, anchor, num, value, qualifier, metric, subject, source, location, unverified=None,
      vague_min=None, upper=None, key=None, nth=0, note=None):
    c = {"doc": doc, "anchor": anchor, "num": num, "nth": nth, "value": value}
    if vague_min is not None:
        c["vague_min"] = vague_min
    c.update({"qualifier": list(qualifier), "metric": list(metric), "subject": list(subject),
              "source": list(source), "location": list(location) if location else None,
              "unverified": unverified})
    if upper is not None:
        c["upper"] = upper
    if note:
        c["note"] = note
    if key:
        c["key"] = key
    return c


def M(doc, anchor, num, note, nth=0):
    return {"doc": doc, "anchor": anchor, "num": num, "nth": nth, "minor": True, "note": note}


VAGUE = ["VAGUE", "AT_LEAST", "APPROXIMATE"]
