// The HTML report: one page, its style sheet and script inline (an editor mails it or opens it
// offline), built section by section: totals, summary, skipped input, figures by severity, articles.
// Why one long file: the page's sections share its escaping and anchors, and read in page order.

#include "tools/report_html.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "tools/report_chart.h"

namespace claimcheck {
namespace {

// The style sheet: colours say how serious a claim's worst flag is, border styles say it again
// for print and for readers who do not see the colours, and a tag names it in words.
constexpr char kStyle[] = R"css(
:root { --conflict: #c0392b; --conflict-bg: #fadbd8; --inconsistent: #7d3c98; --inconsistent-bg: #ebdef0;
  --revision: #b9770e; --revision-bg: #fdebd0; --unverified: #9a7d0a; --unverified-bg: #fcf3cf;
  --unattributed: #566573; --unattributed-bg: #e5e8e8; --single: #1f618d; --single-bg: #d6eaf8;
  --corroborated: #1e8449; --corroborated-bg: #d5f5e3; --ink: #1c2833; --muted: #5d6d7e; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "DejaVu Serif", Georgia, serif; color: var(--ink); margin: 0 auto; padding: 1rem 1.5rem 4rem; max-width: 70rem; background: #fff; }
h1, h2, h3, th, figcaption, .meta, .totals, .legend, table, #pop, nav { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 0; }
.lede { color: var(--muted); margin: 0 0 1rem; }
dl.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
dl.totals div { border: 1px solid #aeb6bf; border-radius: 4px; padding: .3rem .8rem; min-width: 7rem; }
dl.totals dt { font-size: .8rem; color: var(--muted); }
dl.totals dd { margin: 0; font-size: 1.5rem; font-weight: bold; }
table { border-collapse: collapse; font-size: .85rem; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid #d5d8dc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.id, .related { overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \2195"; color: var(--muted); font-weight: normal; }
th[aria-sort="ascending"] button::after { content: " \2191"; }
th[aria-sort="descending"] button::after { content: " \2193"; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; }
.flag { font: bold .72rem "DejaVu Sans", Helvetica, Arial, sans-serif; letter-spacing: .03em; padding: 0 .25rem; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; }
.f-conflict { color: var(--conflict); background: var(--conflict-bg); }
.f-inconsistent { color: var(--inconsistent); background: var(--inconsistent-bg); }
.f-revision { color: var(--revision); background: var(--revision-bg); }
.f-unverified { color: var(--unverified); background: var(--unverified-bg); }
.f-unattributed { color: var(--unattributed); background: var(--unattributed-bg); }
.f-single_source { color: var(--single); background: var(--single-bg); }
.f-corroborated { color: var(--corroborated); background: var(--corroborated-bg); }
article.article { border-top: 1px solid #aeb6bf; margin-top: 2rem; padding-top: .5rem; }
.meta { color: var(--muted); font-size: .85rem; margin: .1rem 0 .6rem; }
.meta code { font-size: .8rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.text .head { color: var(--muted); font-size: .85em; }
mark.claim { background: transparent; color: inherit; border-bottom: 2px dotted #7f8c8d; padding: 0 .1em; border-radius: 2px; }
mark.claim a { color: inherit; text-decoration: none; font-weight: bold; }
mark.claim .tag { font: bold .62rem "DejaVu Sans", Helvetica, Arial, sans-serif; vertical-align: super; margin-left: .15em; letter-spacing: .03em; }
mark.w-conflict { background: var(--conflict-bg); border: 2px solid var(--conflict); }
mark.w-inconsistent { background: var(--inconsistent-bg); border: 3px double var(--inconsistent); }
mark.w-revision { background: var(--revision-bg); border: 2px dashed var(--revision); }
mark.w-unverified { background: var(--unverified-bg); border-bottom: 2px dotted var(--unverified); }
mark.w-unattributed { background: var(--unattributed-bg); border-bottom: 2px dotted var(--unattributed); }
mark.w-single_source { background: var(--single-bg); border-bottom: 1px solid var(--single); }
mark.w-corroborated { background: var(--corroborated-bg); border-bottom: 1px solid var(--corroborated); }
mark.claim:target, tr:target { outline: 3px solid var(--ink); }
table.claims td:first-child a { font-weight: bold; color: inherit; }
.flagline { margin: .1rem 0; }
.related { display: block; color: var(--muted); font-size: .8rem; }
figure.chart { margin: 1.5rem 0; padding: .5rem; border: 1px solid #d5d8dc; border-radius: 4px; break-inside: avoid; }
figcaption { font-size: .9rem; margin-bottom: .3rem; }
.band-words { color: var(--muted); }
details.steps summary { cursor: pointer; font: .85rem "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--muted); }
svg.chart-svg { max-width: 100%; height: auto; font: 12px "DejaVu Sans", Helvetica, Arial, sans-serif; }
svg .grid { stroke: #e5e8e8; } svg .axis { stroke: #566573; } svg .tick { fill: #566573; }
svg .band rect { fill: #aeb6bf; fill-opacity: .28; } svg .band .best { stroke: #566573; stroke-dasharray: 6 4; }
svg .band-label { fill: #566573; font-size: 11px; }
svg .path { fill: none; stroke-width: 1.5; stroke-opacity: .7; }
svg .interval { stroke-width: 3; stroke-opacity: .55; } svg .open { fill: none; stroke-width: 2; }
svg .value { fill: var(--ink); font-weight: bold; }
svg a:hover .value { text-decoration: underline; }
#pop { position: absolute; z-index: 10; max-width: 30rem; background: #fff; border: 1px solid var(--ink); border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.25); padding: .4rem .6rem; font-size: .82rem; }
#pop dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: 0; }
#pop dt { font-weight: bold; color: var(--muted); } #pop dd { margin: 0; }
.skipped li { margin: .2rem 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  #pop, th button::after { display: none; }
  h2 { break-after: avoid; } tr, figure.chart, .flagline { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

// Sorting the summary table, and the pop-up that shows a claim's row beside its number. Without
// it the page still works: the number links to its row.
constexpr char kScript[] = R"js(
(function () {
  "use strict";
  var pop = document.createElement("div");
  pop.id = "pop"; pop.setAttribute("role", "tooltip"); pop.hidden = true;
  document.body.appendChild(pop);
  var pinned = null;
  function markOf(node) { return node && node.closest ? node.closest("mark.claim") : null; }
  function show(mark) {
    var row = document.getElementById(mark.getAttribute("data-detail"));
    if (!row) return;
    var heads = row.closest("table").tHead.rows[0].cells;
    var list = document.createElement("dl");
    for (var i = 0; i < row.cells.length; i++) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = heads[i].textContent;
      for (var n = row.cells[i].firstChild; n; n = n.nextSibling) dd.appendChild(n.cloneNode(true));
      list.appendChild(dt); list.appendChild(dd);
    }
    pop.textContent = ""; pop.appendChild(list); pop.hidden = false;
    var box = mark.getBoundingClientRect(), width = document.documentElement.clientWidth;
    pop.style.left = (window.scrollX + Math.max(8, Math.min(box.left, width - pop.offsetWidth - 8))) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hide() { pinned = null; pop.hidden = true; }
  document.addEventListener("mouseover", function (e) { var m = markOf(e.target); if (m && !pinned) show(m); });
  document.addEventListener("mouseout", function (e) {
    var m = markOf(e.target);
    if (m && !pinned && !(e.relatedTarget && m.contains(e.relatedTarget))) pop.hidden = true;
  });
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m && !pinned) show(m); });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) { e.preventDefault(); if (pinned === m) { hide(); } else { pinned = m; show(m); } return; }
    if (!pop.contains(e.target)) hide();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  // On paper every figure's claims are listed.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending", col = th.cellIndex;
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = function (row) { var c = row.cells[col]; return c.hasAttribute("data-value") ? parseFloat(c.getAttribute("data-value")) : c.textContent; };
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        rows.sort(function (x, y) {
          var a = key(x), b = key(y);
          var order = typeof a === "number" ? a - b : a.localeCompare(b);
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
      });
    });
  });
})();
)js";

struct FlagKindInfo {
  v1::FlagKind kind;
  const char* meaning;
};

// In the order of FlagSeverity, worst first.
constexpr FlagKindInfo kFlagKinds[] = {
    {v1::CONFLICT, "sources disagree"},
    {v1::INCONSISTENT, "a source contradicts itself"},
    {v1::REVISION, "its source changed the figure"},
    {v1::UNVERIFIED, "the article hedges it"},
    {v1::UNATTRIBUTED, "no source named"},
    {v1::SINGLE_SOURCE, "one source only"},
    {v1::CORROBORATED, "independent sources agree"},
};

std::string KindName(v1::FlagKind kind) { return v1::FlagKind_Name(kind); }
std::string KindClass(v1::FlagKind kind) { return absl::AsciiStrToLower(KindName(kind)); }

// The page's own ids: "a3" for the third article, "c17"/"d17" for the 17th claim's mark in the
// text and its row in a table. Claim ids hold '/', '#' and spaces, which make poor fragments.
class PageAnchors {
 public:
  // `shown`: the indexes of the articles the page shows.
  PageAnchors(const BatchReport& batch, const std::vector<size_t>& shown) {
    for (size_t i : shown) {
      for (const v1::Claim& claim : batch.articles[i].claims) Add(claim.id());
    }
    for (const v1::Claim& claim : batch.context_claims) Add(claim.id());
  }
  // "" when the claim is not on the page.
  std::string Mark(absl::string_view claim_id) const { return Find(claim_id, "c"); }
  std::string Row(absl::string_view claim_id) const { return Find(claim_id, "d"); }

 private:
  void Add(const std::string& id) { numbers_.try_emplace(id, numbers_.size() + 1); }
  std::string Find(absl::string_view id, absl::string_view prefix) const {
    auto it = numbers_.find(id);
    return it == numbers_.end() ? "" : absl::StrCat(prefix, it->second);
  }
  absl::flat_hash_map<std::string, size_t> numbers_;
};

struct ArticleCounts {
  size_t flagged = 0;
  std::map<v1::FlagKind, size_t> claims_with;  // claims carrying each kind
  v1::FlagKind worst = v1::FLAG_KIND_UNSPECIFIED;
};

ArticleCounts CountFlags(const ArticleReport& report) {
  ArticleCounts counts;
  for (const v1::Claim& claim : report.claims) {
    std::set<v1::FlagKind> kinds;
    for (const v1::Flag& flag : claim.flags()) kinds.insert(flag.kind());
    for (v1::FlagKind kind : kinds) ++counts.claims_with[kind];
    counts.flagged += !kinds.empty();
    const v1::FlagKind worst = WorstFlag(claim);
    if (FlagSeverity(worst) > FlagSeverity(counts.worst)) counts.worst = worst;
  }
  return counts;
}

std::string FlagBadge(v1::FlagKind kind) {
  return absl::StrCat("<span class=\"flag f-", KindClass(kind), "\">", KindName(kind), "</span>");
}

std::string ArticleDate(const v1::Article& article) {
  v1::Claim dated;
  if (article.has_published_at()) *dated.mutable_published_at() = article.published_at();
  return DateLabel(dated);
}

bool HasFlaggedClaim(const ArticleReport& report) {
  for (const v1::Claim& claim : report.claims) {
    if (claim.flags_size() > 0) return true;
  }
  return false;
}

std::string SortableHeader(const std::vector<std::string>& names) {
  std::string row = "<thead><tr>";
  for (const std::string& name : names) {
    absl::StrAppend(&row, "<th scope=\"col\"><button type=\"button\">", name, "</button></th>");
  }
  return absl::StrCat(row, "</tr></thead>\n");
}

void WriteTotals(const BatchReport& batch, std::ostream& out) {
  out << "<dl class=\"totals\">";
  for (absl::string_view part : absl::StrSplit(SummaryLine(batch), ", ")) {
    const size_t space = part.find(' ');
    out << "<div><dt>" << XmlEscape(part.substr(space + 1)) << "</dt><dd>"
        << XmlEscape(part.substr(0, space)) << "</dd></div>";
  }
  out << "</dl>\n";
}

void WriteSummary(const BatchReport& batch, const std::vector<size_t>& shown, std::ostream& out) {
  out << "<section id=\"summary\">\n<h2>Summary</h2>\n";
  WriteTotals(batch, out);
  out << "<table class=\"sortable\" id=\"articles-table\">\n"
      << SortableHeader({"Article", "Date", "Claims", "Flagged", "Conflicts", "Revisions",
                         "Unverified", "Worst flag"})
      << "<tbody>\n";
  for (size_t i : shown) {
    const ArticleReport& report = batch.articles[i];
    const ArticleCounts counts = CountFlags(report);
    const auto with = [&](v1::FlagKind kind) {
      auto it = counts.claims_with.find(kind);
      return it == counts.claims_with.end() ? size_t{0} : it->second;
    };
    out << "<tr><td class=\"id\"><a href=\"#a" << i + 1 << "\">" << XmlEscape(report.article.id())
        << "</a></td><td class=\"date\">" << ArticleDate(report.article) << "</td><td class=\"n\" data-value=\""
        << report.claims.size() << "\">" << report.claims.size() << "</td>";
    for (size_t n : {counts.flagged, with(v1::CONFLICT), with(v1::REVISION), with(v1::UNVERIFIED)}) {
      out << "<td class=\"n\" data-value=\"" << n << "\">" << n << "</td>";
    }
    out << "<td data-value=\"" << FlagSeverity(counts.worst) << "\">"
        << (counts.worst == v1::FLAG_KIND_UNSPECIFIED ? "none" : FlagBadge(counts.worst))
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n<ul class=\"legend\">";
  for (const FlagKindInfo& info : kFlagKinds) {
    out << "<li>" << FlagBadge(info.kind) << " " << info.meaning << "</li>";
  }
  out << "</ul>\n</section>\n";
}

void WriteSkipped(const BatchReport& batch, std::ostream& out) {
  if (batch.skipped.empty()) return;
  out << "<section id=\"skipped\" class=\"skipped\">\n<h2>Skipped inputs</h2>\n<p>These could not "
         "be checked; everything else on this page was.</p>\n<ul>\n";
  for (const SkippedInput& skipped : batch.skipped) {
    out << "<li><code>" << XmlEscape(skipped.name) << "</code>: " << XmlEscape(skipped.reason)
        << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

// The claims of each figure on the page, found in one pass over them: a batch of hundreds of
// articles has thousands of claims and a hundred contested figures.
class FigureMembers {
 public:
  explicit FigureMembers(const BatchReport& batch) {
    for (const ArticleReport& report : batch.articles) {
      for (const v1::Claim& claim : report.claims) Add(&claim);
    }
    for (const v1::Claim& claim : batch.context_claims) Add(&claim);
  }

  // Every claim on the page that belongs to `key` (filed under it, named by a flag of it, or
  // carrying one), in page order.
  std::vector<ChartClaim> Of(const std::string& key, const PageAnchors& anchors) const {
    std::set<size_t> members;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) return {};
    for (size_t i : it->second) {
      members.insert(i);
      for (const v1::Flag& flag : page_[i]->flags()) {
        if (flag.figure_key() != key) continue;
        for (const std::string& related : flag.related_claim_ids()) {
          auto found = by_id_.find(related);
          if (found != by_id_.end()) members.insert(found->second);
        }
      }
    }
    std::vector<ChartClaim> claims;
    claims.reserve(members.size());
    for (size_t i : members) claims.push_back({page_[i], anchors.Mark(page_[i]->id())});
    return claims;
  }

 private:
  void Add(const v1::Claim* claim) {
    const size_t at = page_.size();
    page_.push_back(claim);
    by_id_.try_emplace(claim->id(), at);
    std::set<std::string> keys = {claim->figure_key()};
    for (const v1::Flag& flag : claim->flags()) keys.insert(flag.figure_key());
    for (const std::string& key : keys) {
      if (!key.empty()) by_key_[key].push_back(at);
    }
  }

  std::vector<const v1::Claim*> page_;                          // in page order
  absl::flat_hash_map<std::string, size_t> by_id_;              // claim id -> index in page_
  absl::flat_hash_map<std::string, std::vector<size_t>> by_key_;  // figure key -> indexes
};

// The contested figures, conflicts first, then inconsistencies, then revisions.
std::vector<std::string> FiguresBySeverity(const BatchReport& batch) {
  std::map<std::string, int> worst;
  for (const std::string& key : ContestedFigureKeys(batch.articles)) worst[key] = 0;
  for (const ArticleReport& report : batch.articles) {
    for (const v1::Claim& claim : report.claims) {
      for (const v1::Flag& flag : claim.flags()) {
        auto it = worst.find(flag.figure_key().empty() ? claim.figure_key() : flag.figure_key());
        if (it != worst.end()) it->second = std::max(it->second, FlagSeverity(flag.kind()));
      }
    }
  }
  std::vector<std::string> keys;
  keys.reserve(worst.size());
  for (const auto& [key, severity] : worst) keys.push_back(key);
  std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
    return worst[a] > worst[b];
  });
  return keys;
}

void WriteFigures(const BatchReport& batch, const PageAnchors& anchors, std::ostream& out) {
  const std::vector<std::string> keys = FiguresBySeverity(batch);
  if (keys.empty()) return;
  out << "<section id=\"figures\">\n<h2>Contested figures</h2>\n<p class=\"lede\">Each claim is a "
         "mark at the date it was stated, its shape and colour for its source; a bar spans its "
         "interval; the grey band runs from the figure's low to its high estimate, the dashed "
         "line is its best.</p>\n";
  const FigureMembers members(batch);
  for (const std::string& key : keys) out << FigureChartHtml(key, members.Of(key, anchors));
  out << "</section>\n";
}

// Where the article's header ends: a .md front matter block, or a .txt's leading
// ` date YYYY-MM-DD` (the seeds' text follows on the same line). It is shown dimmed: metadata,
// though a title in it may hold a claim.
size_t HeaderEnd(absl::string_view text) {
  if (absl::StartsWith(text, "---\n") || absl::StartsWith(text, "---\r\n")) {
    const size_t close = text.find("\n---", 3);
    if (close == absl::string_view::npos) return 0;
    const size_t line_end = text.find('\n', close + 4);
    return line_end == absl::string_view::npos ? text.size() : line_end + 1;
  }
  if (absl::StartsWith(text, " date ")) {
    const size_t date_end = text.find_first_of(" \t\r\n", 6);
    return date_end == absl::string_view::npos ? text.size() : date_end;
  }
  return 0;
}

// The <mark> of one claim; `shown` is its number as the text has it.
std::string ClaimMark(const v1::Claim& claim, absl::string_view shown, const PageAnchors& anchors) {
  const v1::FlagKind worst = WorstFlag(claim);
  std::vector<std::string> kinds;
  for (const v1::Flag& flag : claim.flags()) kinds.push_back(KindName(flag.kind()));
  std::string mark = absl::StrCat(
      "<mark class=\"claim w-", worst == v1::FLAG_KIND_UNSPECIFIED ? "none" : KindClass(worst),
      "\" id=\"", anchors.Mark(claim.id()), "\" data-claim-id=\"", XmlEscape(claim.id()),
      "\" data-flags=\"", absl::StrJoin(kinds, " "), "\" data-detail=\"", anchors.Row(claim.id()),
      "\"><a href=\"#", anchors.Row(claim.id()), "\">", XmlEscape(shown), "</a>");
  if (worst != v1::FLAG_KIND_UNSPECIFIED) {
    absl::StrAppend(&mark, "<span class=\"tag\">", KindName(worst),
                    kinds.size() > 1 ? absl::StrCat(" +", kinds.size() - 1) : "", "</span>");
  }
  return absl::StrCat(mark, "</mark>");
}

// The article's text with each claim's number in a <mark>. A claim whose span cannot be marked
// where it stands (outside the text, or overlapping the one before) is marked, holding "[#n]",
// right after the previous mark, so that every claim still has its one mark.
std::string MarkedText(const ArticleReport& report, const PageAnchors& anchors) {
  const absl::string_view text = report.article.text();
  std::vector<size_t> order(report.claims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return report.claims[a].number_span().start() < report.claims[b].number_span().start();
  });
  const size_t header_end = HeaderEnd(text);
  bool in_header = header_end > 0;
  std::string html = in_header ? "<span class=\"head\">" : "";
  size_t cursor = 0;
  // Copies the text up to `to`, closing the header where it ends.
  const auto copy_to = [&](size_t to) {
    if (in_header && to >= header_end) {
      if (cursor < header_end) {  // else a mark straddled the header's end
        absl::StrAppend(&html, XmlEscape(text.substr(cursor, header_end - cursor)));
        cursor = header_end;
      }
      absl::StrAppend(&html, "</span>");
      in_header = false;
    }
    absl::StrAppend(&html, XmlEscape(text.substr(cursor, to - cursor)));
    cursor = to;
  };
  for (size_t i : order) {
    const v1::Claim& claim = report.claims[i];
    const size_t start = claim.number_span().start(), end = claim.number_span().end();
    if (start >= cursor && end > start && end <= text.size()) {
      copy_to(start);
      absl::StrAppend(&html, ClaimMark(claim, text.substr(start, end - start), anchors));
      cursor = end;
    } else {
      absl::StrAppend(&html, ClaimMark(claim, absl::StrCat("[#", i + 1, "]"), anchors));
    }
  }
  copy_to(text.size());
  if (in_header) absl::StrAppend(&html, "</span>");
  return html;
}

std::string FlagsCell(const v1::Claim& claim, const PageAnchors& anchors) {
  std::string cell;
  for (const v1::Flag& flag : claim.flags()) {
    absl::StrAppend(&cell, "<div class=\"flagline\">", FlagBadge(flag.kind()), " ",
                    XmlEscape(flag.reason()));
    if (flag.related_claim_ids_size() > 0) {
      std::vector<std::string> links;
      for (const std::string& related : flag.related_claim_ids()) {
        const std::string anchor = anchors.Mark(related);
        links.push_back(anchor.empty() ? XmlEscape(related)
                                       : absl::StrCat("<a href=\"#", anchor, "\">",
                                                      XmlEscape(related), "</a>"));
      }
      absl::StrAppend(&cell, "<span class=\"related\">related: ", absl::StrJoin(links, ", "),
                      "</span>");
    }
    absl::StrAppend(&cell, "</div>");
  }
  return cell;
}

std::string PlaceText(const v1::Claim& claim) {
  const v1::Location& place = claim.location();
  if (place.canonical().empty() || place.canonical() == place.text()) return place.text();
  if (place.text().empty()) return place.canonical();
  return absl::StrCat(place.canonical(), " (", place.text(), ")");
}

std::string SourceText(const v1::Claim& claim) {
  const v1::Source& source = claim.source();
  if (source.text().empty() && source.canonical_id().empty()) return "";
  std::string html = XmlEscape(SourceLabel(claim));
  if (!source.canonical_id().empty() && !source.text().empty()) {
    absl::StrAppend(&html, " <code>", XmlEscape(source.canonical_id()), "</code>");
  }
  return html;
}

constexpr char kClaimsHeader[] =
    "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Number</th><th "
    "scope=\"col\">Qualifier</th><th scope=\"col\">Metric</th><th scope=\"col\">Subject</th><th "
    "scope=\"col\">Place</th><th scope=\"col\">Source</th><th scope=\"col\">Flags</th></tr></thead>"
    "\n";

std::string EnumText(const std::string& name) {
  return absl::EndsWith(name, "UNSPECIFIED") ? "" : name;
}

// One row of a claims table: `number` is the claim's number as the row shows it, `row_id` the
// row's id, `mark` the id of the claim's mark in its text ("" when the page has none).
std::string ClaimRow(const v1::Claim& claim, size_t index, absl::string_view number,
                     const std::string& row_id, const std::string& mark,
                     const PageAnchors& anchors) {
  const v1::FlagKind worst = WorstFlag(claim);
  return absl::StrCat(
      "<tr id=\"", row_id, "\" class=\"w-",
      worst == v1::FLAG_KIND_UNSPECIFIED ? "none" : KindClass(worst), "\"><td>",
      mark.empty() ? absl::StrCat(index + 1)
                   : absl::StrCat("<a href=\"#", mark, "\">", index + 1, "</a>"),
      "</td><td>",
      XmlEscape(AmountWithUnit(number, claim.quantity())), "</td><td>",
      EnumText(v1::Qualifier_Name(claim.quantity().qualifier())), "</td><td>",
      EnumText(v1::Metric_Name(claim.metric())), "</td><td>", XmlEscape(claim.subject()),
      claim.subject_text().empty() || claim.subject_text() == claim.subject()
          ? ""
          : absl::StrCat(" (", XmlEscape(claim.subject_text()), ")"),
      "</td><td>", XmlEscape(PlaceText(claim)), "</td><td>", SourceText(claim), "</td><td>",
      FlagsCell(claim, anchors), "</td></tr>\n");
}

void WriteArticle(const ArticleReport& report, size_t index, const PageAnchors& anchors,
                  std::ostream& out) {
  const v1::Article& article = report.article;
  out << "<article class=\"article\" id=\"a" << index + 1 << "\">\n<h3>"
      << XmlEscape(article.title().empty() ? article.id() : article.title()) << "</h3>\n"
      << "<p class=\"meta\"><code>" << XmlEscape(article.id()) << "</code> · "
      << ArticleDate(article);
  if (!article.outlet().empty()) out << " · " << XmlEscape(article.outlet());
  if (absl::StartsWith(article.url(), "https://") || absl::StartsWith(article.url(), "http://")) {
    out << " · <a href=\"" << XmlEscape(article.url()) << "\">" << XmlEscape(article.url())
        << "</a>";
  }
  out << " · " << report.claims.size() << (report.claims.size() == 1 ? " claim" : " claims")
      << "</p>\n<div class=\"text\">" << MarkedText(report, anchors) << "</div>\n";
  if (report.claims.empty()) {
    out << "</article>\n";
    return;
  }
  out << "<table class=\"claims\">\n" << kClaimsHeader << "<tbody>\n";
  for (size_t i = 0; i < report.claims.size(); ++i) {
    const v1::Claim& claim = report.claims[i];
    out << ClaimRow(claim, i, NumberText(article, claim), anchors.Row(claim.id()),
                    anchors.Mark(claim.id()), anchors);
  }
  out << "</tbody></table>\n</article>\n";
}

// Stored claims that the checked ones are compared with (`check --server`).
void WriteRecord(const BatchReport& batch, const PageAnchors& anchors, std::ostream& out) {
  if (batch.context_claims.empty()) return;
  out << "<section id=\"record\">\n<h2>Claims on record</h2>\n<p class=\"lede\">Stored claims "
         "the checked articles were compared with.</p>\n<table class=\"claims\">\n"
      << kClaimsHeader << "<tbody>\n";
  for (size_t i = 0; i < batch.context_claims.size(); ++i) {
    const v1::Claim& claim = batch.context_claims[i];
    // The row is the claim's only place on the page: links to its mark land here.
    out << ClaimRow(claim, i, claim.quantity().text(), anchors.Mark(claim.id()), "", anchors);
  }
  out << "</tbody></table>\n</section>\n";
}

}  // namespace

void WriteHtmlReport(const BatchReport& batch, const HtmlStyle& style, std::ostream& out) {
  std::vector<size_t> shown;
  for (size_t i = 0; i < batch.articles.size(); ++i) {
    if (!style.only_flagged || HasFlaggedClaim(batch.articles[i])) shown.push_back(i);
  }
  const PageAnchors anchors(batch, shown);
  const std::string summary = SummaryLine(batch);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  if (!style.generator.empty()) {
    out << "<meta name=\"generator\" content=\"" << XmlEscape(style.generator) << "\">\n";
  }
  out << "<title>claimcheck: " << XmlEscape(summary) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n<header>\n<h1>claimcheck report</h1>\n<p class=\"lede\">"
      << XmlEscape(summary) << ". Numbers are highlighted by their most serious flag; hover, "
      << "focus or click one for its details.</p>\n</header>\n<main>\n";
  WriteSummary(batch, shown, out);
  WriteSkipped(batch, out);
  WriteFigures(batch, anchors, out);
  out << "<section id=\"articles\">\n<h2>Articles</h2>\n";
  for (size_t i : shown) WriteArticle(batch.articles[i], i, anchors, out);
  out << "</section>\n";
  WriteRecord(batch, anchors, out);
  out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace claimcheck
