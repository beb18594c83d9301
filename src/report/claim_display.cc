#include "report/claim_display.h"

namespace factlint {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The last `max` bytes of `s`, starting at a space when one is near.
std::string KeepTail(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t start = s.size() - max;
  size_t space = s.find(' ', start);
  if (space != std::string_view::npos && space - start < 40) start = space + 1;
  while (start < s.size() && IsContinuation(s[start])) ++start;
  return "… " + std::string(s.substr(start));
}

// The first `max` bytes of `s`, ending at a space when one is near.
std::string KeepHead(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t end = max;
  size_t space = s.rfind(' ', end);
  if (space != std::string_view::npos && end - space < 40) end = space;
  while (end > 0 && IsContinuation(s[end])) --end;
  return std::string(s.substr(0, end)) + " …";
}

std::string_view ModalityWords(Modality m) {
  switch (m) {
    case Modality::kStated: return "stated";
    case Modality::kPlanned: return "planned";
    case Modality::kReported: return "reported";
  }
  return "";
}

std::string_view QualifierWords(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "";
    case Qualifier::kApprox: return "approximately";
    case Qualifier::kAtMost: return "at most";
    case Qualifier::kAtLeast: return "at least";
    case Qualifier::kMoreThan: return "more than";
    case Qualifier::kLessThan: return "less than";
    case Qualifier::kRange: return "a range";
    case Qualifier::kVague: return "vague";
  }
  return "";
}

bool Wrapped(std::string_view w, std::string_view open, std::string_view close) {
  return w.size() >= open.size() + close.size() && w.substr(0, open.size()) == open &&
         w.substr(w.size() - close.size()) == close;
}

}  // namespace

SentenceParts SplitSentenceAtValue(const Claim& claim, size_t max_context_bytes) {
  std::string_view context = claim.sentence;
  size_t at = std::string_view::npos;
  const size_t match_at = claim.text.empty() ? std::string_view::npos : context.find(claim.text);
  if (match_at != std::string_view::npos) {
    size_t in_match = claim.value_text.empty() ? std::string_view::npos
                                               : claim.text.find(claim.value_text);
    if (in_match != std::string::npos) at = match_at + in_match;
  }
  if (at == std::string_view::npos && !claim.value_text.empty()) {
    at = context.find(claim.value_text);
  }
  if (at == std::string_view::npos && !claim.value_text.empty()) {
    // The match runs past the sentence: show the match itself.
    size_t in_match = claim.text.find(claim.value_text);
    if (in_match != std::string::npos) {
      context = claim.text;
      at = in_match;
    }
  }
  SentenceParts parts;
  if (at == std::string_view::npos) {
    parts.before = KeepHead(context.empty() ? std::string_view(claim.text) : context,
                            2 * max_context_bytes);
    return parts;
  }
  parts.before = KeepTail(context.substr(0, at), max_context_bytes);
  parts.value = claim.value_text;
  parts.after = KeepHead(context.substr(at + claim.value_text.size()), max_context_bytes);
  return parts;
}

std::string DescribeValue(const Claim& claim) {
  // A quote's value is its words, shown already.
  std::string s = claim.value.kind == ValueKind::kQuote ? "quote" : claim.value.ToString();
  if (claim.value.kind == ValueKind::kQuantity) {
    std::string_view q = QualifierWords(claim.value.quantity.qualifier);
    if (!q.empty()) s += ", " + std::string(q);
    if (claim.value.quantity.ambiguous) s += ", ambiguous number";
  }
  s += ", ";
  s += ModalityWords(claim.modality);
  if (!claim.cue.empty()) s += " (\"" + claim.cue + "\")";
  return s;
}

std::string KeyLabel(std::string_view key) {
  size_t bar = key.find('|');
  std::string label(key.substr(0, bar));
  std::string fields;
  while (bar != std::string_view::npos) {
    size_t next = key.find('|', bar + 1);
    std::string_view part = key.substr(bar + 1, next == std::string_view::npos
                                                    ? std::string_view::npos
                                                    : next - bar - 1);
    size_t eq = part.find('=');
    if (eq != std::string_view::npos && eq + 1 < part.size()) {
      fields += (fields.empty() ? "" : ", ") + std::string(part);
    }
    bar = next;
  }
  return fields.empty() ? label : label + " (" + fields + ")";
}

const std::string& SourceName(const Claim& claim) {
  return claim.source.empty() ? claim.article_id : claim.source;
}

std::vector<DiffWord> ParseWordDiff(std::string_view diff) {
  std::vector<DiffWord> words;
  size_t i = 0;
  while (i < diff.size()) {
    size_t end = diff.find(' ', i);
    if (end == std::string_view::npos) end = diff.size();
    std::string_view w = diff.substr(i, end - i);
    if (!w.empty()) {
      if (Wrapped(w, "[-", "-]")) {
        words.push_back({DiffWord::Change::kRemoved, std::string(w.substr(2, w.size() - 4))});
      } else if (Wrapped(w, "{+", "+}")) {
        words.push_back({DiffWord::Change::kAdded, std::string(w.substr(2, w.size() - 4))});
      } else {
        words.push_back({DiffWord::Change::kSame, std::string(w)});
      }
    }
    i = end + 1;
  }
  return words;
}

}  // namespace factlint
