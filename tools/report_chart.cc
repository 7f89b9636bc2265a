#include "tools/report_chart.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_summary.h"
#include "crosscheck/interval.h"
#include "tools/report.h"

namespace claimcheck {
namespace {

// The drawing's geometry, in SVG user units (the page scales it down on narrow screens).
constexpr double kWidth = 720;
constexpr double kLeft = 66, kRight = 620, kTop = 16, kBottom = 232;
// The legend runs below the dates, a row per source.
constexpr double kLegendTop = kBottom + 40, kLegendRow = 18;
constexpr size_t kMaxLegendRows = 12;
constexpr double kSideBySide = 14;  // between the marks of claims stated the same day
constexpr double kMarkSize = 6;

// Okabe and Ito's palette, told apart by people with any colour vision; shapes tell the sources
// apart in grey and in print.
constexpr const char* kColors[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                   "#E69F00", "#56B4E9", "#000000", "#882255"};
constexpr int kShapes = 6;

struct Source {
  std::string label;
  std::vector<size_t> claims;  // indexes into the sorted claims, in time order
};

// One claim placed on the chart.
struct Point {
  double x = 0, y = 0;
  double y_lower = 0, y_upper = 0;
  bool open_above = false;
  size_t source = 0;
  bool labelled = true;  // false when a claim beside it the same day says the same
};

std::string Num(double v) { return absl::StrFormat("%.1f", v); }

std::string Truncated(absl::string_view s, size_t max_points) {
  size_t points = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && points++ == max_points) {
      return absl::StrCat(s.substr(0, i), "…");
    }
  }
  return std::string(s);
}

// The source key claims are grouped by: one mark per source.
std::string SourceKey(const v1::Claim& claim) {
  if (!claim.source().canonical_id().empty()) return claim.source().canonical_id();
  return absl::AsciiStrToLower(claim.source().text());
}

// Dated claims first, by date; then as the page lists them.
void SortByTime(std::vector<ChartClaim>* claims) {
  std::stable_sort(claims->begin(), claims->end(), [](const ChartClaim& a, const ChartClaim& b) {
    const bool a_dated = a.claim->has_published_at(), b_dated = b.claim->has_published_at();
    if (a_dated != b_dated) return a_dated;
    if (a.claim->published_at().seconds() != b.claim->published_at().seconds()) {
      return a.claim->published_at().seconds() < b.claim->published_at().seconds();
    }
    return a.claim->earlier_report() && !b.claim->earlier_report();
  });
}

std::vector<Source> GroupBySource(const std::vector<ChartClaim>& claims) {
  std::vector<Source> sources;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < claims.size(); ++i) {
    auto [it, added] = index.try_emplace(SourceKey(*claims[i].claim), sources.size());
    if (added) sources.push_back({SourceLabel(*claims[i].claim), {}});
    sources[it->second].claims.push_back(i);
  }
  return sources;
}

// The smallest of 1, 2 or 5 times a power of ten at or above `v`, and at least 1: ticks on
// whole counts.
double NiceStep(double v) {
  if (v <= 1) return 1;
  const double power = std::pow(10.0, std::floor(std::log10(v)));
  for (double step : {1.0, 2.0, 5.0}) {
    if (step * power >= v) return step * power;
  }
  return 10 * power;
}

class ChartDrawing {
 public:
  ChartDrawing(const std::vector<ChartClaim>& claims, const std::vector<Source>& sources,
               const FigureSummary& summary)
      : claims_(claims), sources_(sources), summary_(summary) {
    ScaleY();
    PlaceClaims();
  }

  std::string Svg(absl::string_view title) const {
    const size_t rows = std::min(sources_.size(), kMaxLegendRows) + (sources_.size() > kMaxLegendRows);
    const double height = kLegendTop + kLegendRow * rows;
    std::string svg = absl::StrCat(
        "<svg class=\"chart-svg\" viewBox=\"0 0 ", kWidth, " ", height, "\" width=\"", kWidth,
        "\" height=\"", height, "\" role=\"img\" aria-label=\"", XmlEscape(title),
        "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    AppendAxes(&svg);
    AppendBand(&svg);
    AppendSourceLines(&svg);
    for (size_t i = 0; i < claims_.size(); ++i) AppendMark(i, &svg);
    AppendLegend(&svg);
    absl::StrAppend(&svg, "</svg>\n");
    return svg;
  }

 private:
  double Y(double v) const { return kBottom - (kBottom - kTop) * std::min(v, y_max_) / y_max_; }

  void ScaleY() {
    double top = summary_.high;
    for (const ChartClaim& c : claims_) {
      const Interval stated = StatedInterval(c.claim->quantity());
      top = std::max({top, c.claim->quantity().value(), stated.open_ended() ? 0 : stated.high});
    }
    // About four ticks, the top one just above the largest value.
    y_step_ = NiceStep(top * 1.08 / 4);
    y_max_ = y_step_ * std::max(1.0, std::ceil(top * 1.08 / y_step_));
  }

  // x by date, linear in time; claims of one day side by side; undated claims at the right.
  void PlaceClaims() {
    std::map<int64_t, std::vector<size_t>> by_day;  // undated: INT64_MAX
    for (size_t i = 0; i < claims_.size(); ++i) {
      const v1::Claim& c = *claims_[i].claim;
      by_day[c.has_published_at() ? c.published_at().seconds() / 86400 : INT64_MAX].push_back(i);
    }
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto& [day, members] : by_day) {
      if (day == INT64_MAX) continue;
      first = std::min(first, day);
      last = std::max(last, day);
    }
    const bool undated = by_day.count(INT64_MAX) > 0;
    // Room on the right for the last day's labels ("about 400") before the band's own.
    const double from = kLeft + 40, to = kRight - (undated ? 130 : 80);
    points_.resize(claims_.size());
    for (const auto& [day, members] : by_day) {
      double x = kRight - 70;
      if (day != INT64_MAX) {
        x = last == first ? (from + to) / 2
                          : from + (to - from) * static_cast<double>(day - first) / (last - first);
      }
      day_x_.emplace_back(x,
                          day == INT64_MAX ? "undated" : DateLabel(*claims_[members[0]].claim));
      for (size_t k = 0; k < members.size(); ++k) {
        points_[members[k]].x = x + (k - (members.size() - 1) / 2.0) * kSideBySide;
        if (k + 1 < members.size() && claims_[members[k]].claim->quantity().text() ==
                                          claims_[members[k + 1]].claim->quantity().text()) {
          points_[members[k]].labelled = false;
        }
      }
    }
    for (size_t s = 0; s < sources_.size(); ++s) {
      for (size_t i : sources_[s].claims) points_[i].source = s;
    }
    for (size_t i = 0; i < claims_.size(); ++i) {
      const v1::Quantity& q = claims_[i].claim->quantity();
      const Interval stated = StatedInterval(q);
      Point& p = points_[i];
      p.y = Y(q.value());
      p.y_lower = Y(stated.low);
      p.open_above = stated.open_ended();
      p.y_upper = p.open_above ? kTop : Y(stated.high);
    }
  }

  void AppendAxes(std::string* svg) const {
    absl::StrAppend(svg, "<g class=\"axes\">\n");
    for (double v = 0; v <= y_max_ + y_step_ / 2; v += y_step_) {
      const double y = Y(v);
      absl::StrAppend(svg, "<line class=\"grid\" x1=\"", kLeft, "\" x2=\"", kRight, "\" y1=\"",
                      Num(y), "\" y2=\"", Num(y), "\"/><text class=\"tick\" x=\"", kLeft - 6,
                      "\" y=\"", Num(y + 4), "\" text-anchor=\"end\">", FormatCount(v),
                      "</text>\n");
    }
    double last_label = -1000;
    for (const auto& [x, label] : day_x_) {
      if (x - last_label < 74) continue;  // labels that would overlap: the first one says it
      last_label = x;
      absl::StrAppend(svg, "<text class=\"tick\" x=\"", Num(x), "\" y=\"", kBottom + 18,
                      "\" text-anchor=\"middle\">", label, "</text>\n");
    }
    absl::StrAppend(svg, "<line class=\"axis\" x1=\"", kLeft, "\" x2=\"", kLeft, "\" y1=\"", kTop,
                    "\" y2=\"", kBottom, "\"/><line class=\"axis\" x1=\"", kLeft, "\" x2=\"",
                    kRight, "\" y1=\"", kBottom, "\" y2=\"", kBottom, "\"/>\n</g>\n");
  }

  void AppendBand(std::string* svg) const {
    const double low = Y(summary_.low), high = Y(summary_.high), best = Y(summary_.best);
    absl::StrAppend(svg, "<g class=\"band\"><rect x=\"", kLeft, "\" y=\"", Num(high),
                    "\" width=\"", kRight - kLeft, "\" height=\"", Num(std::max(1.0, low - high)),
                    "\"/><line class=\"best\" x1=\"", kLeft, "\" x2=\"", kRight, "\" y1=\"",
                    Num(best), "\" y2=\"", Num(best), "\"/>");
    // Labels past the band's right end, spread apart when the values are close.
    const double label_x = kRight + 6;
    double y_high = high - 3, y_best = best - 3, y_low = low + 11;
    if (y_best - y_high < 11) y_high = y_best - 11;
    if (y_low - y_best < 14) y_low = y_best + 14;
    for (const auto& [name, value, y] :
         {std::make_tuple("high", summary_.high, y_high), std::make_tuple("best", summary_.best, y_best),
          std::make_tuple("low", summary_.low, y_low)}) {
      absl::StrAppend(svg, "<text class=\"band-label\" x=\"", label_x, "\" y=\"", Num(y), "\">",
                      name, " ", FormatCount(value), "</text>");
    }
    absl::StrAppend(svg, "</g>\n");
  }

  // One source's claims joined in time order: a revision reads as a rising or falling line.
  void AppendSourceLines(std::string* svg) const {
    for (size_t s = 0; s < sources_.size(); ++s) {
      if (sources_[s].claims.size() < 2) continue;
      std::vector<std::string> xy;
      for (size_t i : sources_[s].claims) {
        xy.push_back(absl::StrCat(Num(points_[i].x), ",", Num(points_[i].y)));
      }
      absl::StrAppend(svg, "<polyline class=\"path\" stroke=\"", kColors[s % 8], "\" points=\"",
                      absl::StrJoin(xy, " "), "\"/>\n");
    }
  }

  // An earlier report ("had said 63") is drawn hollow: the source no longer stands by it.
  static std::string Shape(size_t source, double x, double y, bool hollow = false) {
    const char* color = kColors[source % 8];
    const std::string paint =
        hollow ? absl::StrCat("fill=\"#fff\" stroke=\"", color, "\" stroke-width=\"2\"")
               : absl::StrCat("fill=\"", color, "\"");
    const double r = kMarkSize;
    // Corners of the shape, as "x y" pairs, for the polygons.
    const auto at = [](double px, double py) { return absl::StrCat(Num(px), " ", Num(py)); };
    switch (source % kShapes) {
      case 0:
        return absl::StrCat("<circle cx=\"", Num(x), "\" cy=\"", Num(y), "\" r=\"", r, "\" ",
                            paint, "/>");
      case 1:
        return absl::StrCat("<rect x=\"", Num(x - r), "\" y=\"", Num(y - r), "\" width=\"", 2 * r,
                            "\" height=\"", 2 * r, "\" ", paint, "/>");
      case 2:  // triangle
        return absl::StrCat("<path d=\"M", at(x, y - r - 1), " L", at(x + r + 1, y + r), " L",
                            at(x - r - 1, y + r), " Z\" ", paint, "/>");
      case 3:  // diamond
        return absl::StrCat("<path d=\"M", at(x, y - r - 1), " L", at(x + r + 1, y), " L",
                            at(x, y + r + 1), " L", at(x - r - 1, y), " Z\" ", paint, "/>");
      case 4:  // triangle pointing down
        return absl::StrCat("<path d=\"M", at(x, y + r + 1), " L", at(x + r + 1, y - r), " L",
                            at(x - r - 1, y - r), " Z\" ", paint, "/>");
      default:  // a cross: drawn with its stroke, never hollow
        return absl::StrCat("<path d=\"M", at(x - r, y - r), " L", at(x + r, y + r), " M",
                            at(x + r, y - r), " L", at(x - r, y + r), "\" stroke=\"", color,
                            "\" stroke-width=\"", hollow ? 1.5 : 3, "\"/>");
    }
  }

  void AppendMark(size_t i, std::string* svg) const {
    const v1::Claim& claim = *claims_[i].claim;
    const Point& p = points_[i];
    const std::string what =
        absl::StrCat(sources_[p.source].label, ": ", claim.quantity().text(), " (",
                     DateLabel(claim), ")");
    std::string mark = absl::StrCat("<g class=\"mark\" data-claim-id=\"", XmlEscape(claim.id()),
                                    "\"><title>", XmlEscape(what), "</title>");
    if (p.y_lower - p.y_upper > 1) {
      absl::StrAppend(&mark, "<line class=\"interval\" x1=\"", Num(p.x), "\" x2=\"", Num(p.x),
                      "\" y1=\"", Num(p.y_lower), "\" y2=\"", Num(p.y_upper), "\" stroke=\"",
                      kColors[p.source % 8], "\"/>");
    }
    if (p.open_above) {
      absl::StrAppend(&mark, "<path class=\"open\" d=\"M", Num(p.x - 5), " ", Num(kTop + 7), " L",
                      Num(p.x), " ", kTop, " L", Num(p.x + 5), " ", Num(kTop + 7),
                      "\" stroke=\"", kColors[p.source % 8], "\"/>");
    }
    absl::StrAppend(&mark, Shape(p.source, p.x, p.y, claim.earlier_report()));
    if (p.labelled) {
      absl::StrAppend(&mark, "<text class=\"value\" x=\"", Num(p.x + kMarkSize + 4), "\" y=\"",
                      Num(p.y + 4), "\">", XmlEscape(Truncated(claim.quantity().text(), 18)),
                      "</text>");
    }
    absl::StrAppend(&mark, "</g>");
    if (!claims_[i].anchor.empty()) {
      mark = absl::StrCat("<a href=\"#", claims_[i].anchor, "\">", mark, "</a>");
    }
    absl::StrAppend(svg, mark, "\n");
  }

  void AppendLegend(std::string* svg) const {
    absl::StrAppend(svg, "<g class=\"legend\">");
    for (size_t s = 0; s < sources_.size() && s < kMaxLegendRows; ++s) {
      const double y = kLegendTop - 6 + kLegendRow * s;
      absl::StrAppend(svg, Shape(s, kLeft + 6, y), "<text x=\"", kLeft + 20, "\" y=\"",
                      Num(y + 4), "\">", XmlEscape(Truncated(sources_[s].label, 90)), "</text>");
    }
    if (sources_.size() > kMaxLegendRows) {
      absl::StrAppend(svg, "<text x=\"", kLeft + 20, "\" y=\"",
                      Num(kLegendTop - 2 + kLegendRow * kMaxLegendRows), "\">and ",
                      sources_.size() - kMaxLegendRows, " more sources</text>");
    }
    absl::StrAppend(svg, "</g>\n");
  }

  const std::vector<ChartClaim>& claims_;
  const std::vector<Source>& sources_;
  const FigureSummary summary_;
  double y_max_ = 1, y_step_ = 1;
  std::vector<Point> points_;
  std::vector<std::pair<double, std::string>> day_x_;  // where each day's claims stand
};

// "le gouverneur: 12 (2024-03-10), then 19 (2024-03-12); against Kyiv: about 400 (2024-03-11)".
std::string InWords(const std::vector<ChartClaim>& claims, const std::vector<Source>& sources) {
  std::vector<std::string> voices;
  for (const Source& source : sources) {
    std::vector<std::string> steps;
    std::string previous;
    for (size_t i : source.claims) {
      const v1::Claim& c = *claims[i].claim;
      std::string step = absl::StrCat(c.quantity().text(), " (", DateLabel(c), ")");
      if (step == previous) continue;  // the same figure repeated the same day
      previous = step;
      steps.push_back(std::move(step));
    }
    voices.push_back(absl::StrCat(source.label, ": ", absl::StrJoin(steps, ", then ")));
  }
  return absl::StrJoin(voices, "; against ");
}

std::string FigureTitle(const v1::Claim& claim) {
  std::vector<std::string> parts = {absl::AsciiStrToLower(v1::Metric_Name(claim.metric()))};
  if (!claim.subject().empty()) parts.push_back(claim.subject());
  const std::string& place = claim.location().canonical().empty() ? claim.location().text()
                                                                  : claim.location().canonical();
  if (!place.empty()) parts.push_back(place);
  std::string title = absl::StrJoin(parts, " · ");
  if (!title.empty()) title[0] = absl::ascii_toupper(title[0]);
  return title;
}

// The kinds of contest the figure's claims carry, by name: "CONFLICT REVISION".
std::vector<std::string> ContestKinds(absl::string_view key, const std::vector<ChartClaim>& claims) {
  std::set<int> kinds;
  for (const ChartClaim& c : claims) {
    for (const v1::Flag& flag : c.claim->flags()) {
      if ((flag.kind() == v1::CONFLICT || flag.kind() == v1::REVISION ||
           flag.kind() == v1::INCONSISTENT) &&
          (flag.figure_key() == key || c.claim->figure_key() == key)) {
        kinds.insert(flag.kind());
      }
    }
  }
  std::vector<std::string> names;
  names.reserve(kinds.size());
  for (int kind : kinds) names.push_back(v1::FlagKind_Name(static_cast<v1::FlagKind>(kind)));
  return names;
}

std::string IntervalText(const v1::Quantity& q) {
  const Interval stated = StatedInterval(q);
  if (stated.open_ended()) return absl::StrCat(FormatCount(stated.low), " or more");
  if (stated.low == stated.high) return FormatCount(stated.low);
  return absl::StrCat(FormatCount(stated.low), " to ", FormatCount(stated.high));
}

std::string ClaimsTable(const std::vector<ChartClaim>& claims) {
  std::string table = absl::StrCat(
      "<details class=\"steps\"><summary>The ", claims.size(),
      " claims</summary>\n<table class=\"steps\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Source</th>"
      "<th scope=\"col\">Figure</th><th scope=\"col\">Interval</th><th scope=\"col\">Claim</th>"
      "</tr></thead><tbody>\n");
  for (const ChartClaim& c : claims) {
    const v1::Claim& claim = *c.claim;
    const std::string id = XmlEscape(claim.id());
    absl::StrAppend(&table, "<tr><td class=\"date\">", DateLabel(claim), "</td><td>",
                    XmlEscape(SourceLabel(claim)), "</td><td>",
                    XmlEscape(claim.quantity().text()), claim.earlier_report() ? " (earlier)" : "",
                    "</td><td>", IntervalText(claim.quantity()), "</td><td class=\"id\">",
                    c.anchor.empty() ? id : absl::StrCat("<a href=\"#", c.anchor, "\">", id, "</a>"),
                    "</td></tr>\n");
  }
  absl::StrAppend(&table, "</tbody></table>\n</details>\n");
  return table;
}

}  // namespace

std::string FormatCount(double value) {
  if (!std::isfinite(value)) return value > 0 ? "∞" : "-∞";
  std::string digits = absl::StrFormat("%.2f", std::fabs(value));
  while (digits.back() == '0') digits.pop_back();
  if (digits.back() == '.') digits.pop_back();
  const size_t point = std::min(digits.find('.'), digits.size());
  for (size_t i = point; i > 3; i -= 3) digits.insert(i - 3, ",");
  return value < 0 ? absl::StrCat("-", digits) : digits;
}

std::string SourceLabel(const v1::Claim& claim) {
  if (!claim.source().text().empty()) return claim.source().text();
  if (!claim.source().canonical_id().empty()) return claim.source().canonical_id();
  return "unattributed";
}

std::string DateLabel(const v1::Claim& claim) {
  if (!claim.has_published_at()) return "undated";
  return absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(claim.published_at().seconds()),
                          absl::UTCTimeZone());
}

std::string FigureChartHtml(absl::string_view figure_key, std::vector<ChartClaim> claims) {
  if (claims.empty()) return "";
  SortByTime(&claims);
  const std::vector<Source> sources = GroupBySource(claims);
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const ChartClaim& c : claims) facts.push_back(FactsOf(*c.claim));
  std::vector<const ClaimFacts*> fact_pointers;
  fact_pointers.reserve(facts.size());
  for (const ClaimFacts& f : facts) fact_pointers.push_back(&f);
  const FigureSummary summary = Summarize(fact_pointers);

  const std::string title = FigureTitle(*claims[0].claim);
  const std::string words = InWords(claims, sources);
  std::string html = absl::StrCat("<figure class=\"chart\" data-figure-key=\"",
                                  XmlEscape(figure_key), "\">\n<figcaption><strong>",
                                  XmlEscape(title), "</strong>");
  for (const std::string& kind : ContestKinds(figure_key, claims)) {
    absl::StrAppend(&html, " <span class=\"flag f-", absl::AsciiStrToLower(kind), "\">", kind,
                    "</span>");
  }
  absl::StrAppend(&html, "<br>", XmlEscape(words), ".<br><span class=\"band-words\">low ",
                  FormatCount(summary.low), " · best ", FormatCount(summary.best), " · high ",
                  FormatCount(summary.high), "</span></figcaption>\n");
  ChartDrawing drawing(claims, sources, summary);
  absl::StrAppend(&html, drawing.Svg(absl::StrCat(title, ": ", words)), ClaimsTable(claims),
                  "</figure>\n");
  return html;
}

}  // namespace claimcheck
