#include "compare/compare.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <set>
#include <string>

#include "compare/class_pair.h"
#include "compare/context.h"
#include "compare/quote_diff.h"
#include "compare/value_relation.h"

namespace factlint {
namespace {

using Index = std::vector<size_t>;

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex(uint64_t v) {
  static const char* kDigits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<size_t>(i)] = kDigits[v & 0xF];
  return s;
}

bool KeysCompatible(const Claim& a, const Claim& b) {
  if (a.key_parts.size() != b.key_parts.size()) return false;
  for (size_t i = 0; i < a.key_parts.size(); ++i) {
    const std::string& x = a.key_parts[i].value;
    const std::string& y = b.key_parts[i].value;
    if (!x.empty() && !y.empty() && x != y) return false;
  }
  return true;
}

bool HasEmptyKeyField(const Claim& c) {
  return std::any_of(c.key_parts.begin(), c.key_parts.end(),
                     [](const KeyPart& p) { return p.value.empty(); });
}

std::string KeyLabel(const Claim& c) {
  std::string label = c.slot;
  std::string fields;
  for (const KeyPart& p : c.key_parts) {
    if (p.value.empty()) continue;
    fields += (fields.empty() ? "" : ", ") + p.field + "=" + p.value;
  }
  return fields.empty() ? label : label + " (" + fields + ")";
}

class Comparer {
 public:
  Comparer(const std::vector<Claim>& claims, const RulePack& pack, const CompareOptions& options)
      : claims_(claims), pack_(pack), options_(options) {}

  std::vector<Finding> Run() {
    facts_.reserve(claims_.size());
    for (const Claim& c : claims_) facts_.push_back(FactsOf(c, HedgedByModality(c)));
    // Story, slot and time first: claims of different stories or slots, or that
    // their sentences place at different times, never meet (compare/context.h).
    std::map<std::tuple<std::string, std::string, std::string>, Index> groups;
    for (size_t i = 0; i < claims_.size(); ++i) {
      std::string when = TimeOf(claims_[i]);
      if (when == "past") when += "#" + std::to_string(i);  // an unknown past: alone
      groups[{claims_[i].story, claims_[i].slot, when}].push_back(i);
    }
    for (const auto& [unused, members] : groups) {
      for (const Index& bucket : KeyBuckets(members)) CompareBucket(bucket);
    }
    std::sort(findings_.begin(), findings_.end(), FindingLess);
    findings_.erase(std::unique(findings_.begin(), findings_.end(),
                                [](const Finding& a, const Finding& b) { return a.id == b.id; }),
                    findings_.end());
    return std::move(findings_);
  }

 private:
  // Claims with a full key share a bucket by key; a claim missing a key field
  // joins every bucket it is compatible with. Claims missing fields that join no
  // bucket are grouped with each other when compatible ("a stake of 35%" and "a
  // stake of up to 40%" whose direction neither says), in input order.
  std::vector<Index> KeyBuckets(const Index& members) const {
    std::map<std::string, Index> full;
    Index partial;
    for (size_t i : members) {
      if (HasEmptyKeyField(claims_[i])) {
        partial.push_back(i);
      } else {
        full[claims_[i].KeyString()].push_back(i);
      }
    }
    struct Orphans {
      Claim merged;  // the key fields any member fills
      Index members;
    };
    std::vector<Orphans> orphans;
    for (size_t i : partial) {
      bool joined = false;
      for (auto& [key, bucket] : full) {
        if (KeysCompatible(claims_[i], claims_[bucket.front()])) {
          bucket.push_back(i);
          joined = true;
        }
      }
      if (joined) continue;
      auto group = std::find_if(orphans.begin(), orphans.end(), [&](const Orphans& g) {
        return KeysCompatible(claims_[i], g.merged);
      });
      if (group == orphans.end()) {
        orphans.push_back({claims_[i], {i}});
        continue;
      }
      group->members.push_back(i);
      for (size_t k = 0; k < group->merged.key_parts.size(); ++k) {
        std::string& mine = group->merged.key_parts[k].value;
        if (mine.empty()) mine = claims_[i].key_parts[k].value;
      }
    }
    std::vector<Index> out;
    for (auto& [key, bucket] : full) out.push_back(std::move(bucket));
    for (Orphans& group : orphans) out.push_back(std::move(group.members));
    return out;
  }

  const CompiledRule* RuleOf(const Claim& c) const { return pack_.FindRule(c.rule_id); }

  const Gazetteer* GazetteerOf(const Claim& c) const {
    const CompiledRule* r = RuleOf(c);
    return r ? pack_.FindGazetteer(r->rule.value.gazetteer) : nullptr;
  }

  Severity ConflictSeverity(const Claim& c) const {
    const CompiledRule* r = RuleOf(c);
    return r ? r->rule.severity : Severity::kError;
  }

  void CompareBucket(const Index& bucket) {
    if (bucket.size() < 2) return;
    if (claims_[bucket.front()].value.kind == ValueKind::kQuote) {
      CompareQuotes(bucket);
      return;
    }
    // Equal values form one class.
    std::map<std::string, Index> by_value;
    for (size_t i : bucket) by_value[claims_[i].value.ToString()].push_back(i);
    std::vector<Index> classes;
    for (auto& [value, members] : by_value) classes.push_back(std::move(members));

    const Gazetteer* gazetteer = GazetteerOf(claims_[bucket.front()]);
    for (size_t x = 0; x < classes.size(); ++x) {
      if (options_.corroborations && ArticleCount(classes[x]) >= 2) {
        Emit(FindingKind::kCorroborated, Severity::kInfo, classes[x], {}, "");
      }
      for (size_t y = x + 1; y < classes.size(); ++y) {
        RelatePair(classes[x], classes[y], gazetteer);
      }
    }
  }

  size_t ArticleCount(const Index& members) const {
    std::set<std::string> articles;
    for (size_t i : members) articles.insert(claims_[i].article_id);
    return articles.size();
  }

  // One figure in two units of one unit gazetteer (currencies: "800 millions de livres
  // sterling" / "800 millions d'euros") disagrees on the unit. Two different figures in two
  // currencies ("$150 million" from a donor, "25 billion rupees" from the government) cannot
  // be told apart without exchange rates: they are not compared.
  bool ExclusiveUnits(const Claim& a, const Claim& b) const {
    if (a.value.kind != ValueKind::kQuantity || b.value.kind != ValueKind::kQuantity ||
        a.value.unit == b.value.unit ||
        !a.value.quantity.interval.Overlaps(b.value.quantity.interval)) {
      return false;
    }
    const CompiledRule* ra = RuleOf(a);
    const CompiledRule* rb = RuleOf(b);
    return ra != nullptr && rb != nullptr && !ra->rule.value.unit_gazetteer.empty() &&
           ra->rule.value.unit_gazetteer == rb->rule.value.unit_gazetteer;
  }

  // Only figures (counts, amounts, percentages) and lists are hedged by a "could" or
  // "envisage" in their clause: an office, a place, a date or a time announced for
  // later is still that office, place, date or time.
  static bool HedgedByModality(const Claim& c) {
    switch (c.value.kind) {
      case ValueKind::kQuantity:
        return c.value.unit != "date" && c.value.unit != "time";
      case ValueKind::kSet:
        return true;
      case ValueKind::kCategory:
      case ValueKind::kQuote:
        return false;
    }
    return true;
  }

  void RelatePair(const Index& a, const Index& b, const Gazetteer* gazetteer) {
    const Claim& ca = claims_[a.front()];
    const Claim& cb = claims_[b.front()];
    Relation rel = RelateValues(ca.value, cb.value, gazetteer);
    if (rel == Relation::kIncomparable && ExclusiveUnits(ca, cb)) rel = Relation::kIncompatible;
    if (rel == Relation::kEqual || rel == Relation::kCompatible || rel == Relation::kIncomparable)
      return;

    // Pairs of claims from different articles, and articles on both sides (in two
    // different sentences: one sentence giving two figures contrasts two things,
    // unless both come from one match: "Friday, May 16" contradicts itself).
    ClassPairFacts pairs = RelateClasses(facts_, a, b);
    const bool cross = pairs.cross, shared_modality = pairs.shared_modality,
               same_source = pairs.same_source;
    const std::set<std::string>& both = pairs.internal;
    bool hedged = false;
    for (const Index* side : {&a, &b}) {
      for (size_t i : *side) {
        const Quantity& q = claims_[i].value.quantity;
        if (claims_[i].value.kind == ValueKind::kQuantity &&
            (q.qualifier == Qualifier::kVague || q.ambiguous))
          hedged = true;
      }
    }

    if (rel == Relation::kIncompatible) {
      for (const std::string& article : both) {
        auto mine = [&](const Index& side) {
          Index out;
          for (size_t i : side)
            if (claims_[i].article_id == article) out.push_back(i);
          return out;
        };
        Emit(FindingKind::kInternal, ConflictSeverity(ca), mine(a), mine(b), "");
      }
    }
    if (!cross) return;
    std::string reason;
    FindingKind kind = FindingKind::kDiscrepancy;
    if (rel == Relation::kOverlapping) {
      reason = ca.value.kind == ValueKind::kSet ? "one list leaves out items of the other"
                                                : "the figures differ but can both hold";
    } else if (hedged) {
      reason = "a vague or ambiguous figure";
    } else if (!same_source) {
      reason = "attributed to different sources: " + SourceOf(ca) + " vs " + SourceOf(cb);
    } else if (!shared_modality) {
      reason = "stated as " + std::string(ModalityName(ca.modality)) + " vs " +
               std::string(ModalityName(cb.modality));
    } else {
      kind = FindingKind::kConflict;
    }
    Emit(kind, kind == FindingKind::kConflict ? ConflictSeverity(ca) : Severity::kWarning, a, b,
         reason);
  }

  void CompareQuotes(const Index& bucket) {
    for (size_t x = 0; x < bucket.size(); ++x) {
      for (size_t y = x + 1; y < bucket.size(); ++y) {
        size_t first = bucket[x], second = bucket[y];
        // The diff reads from the claim reported first to the other one.
        if (ClaimLess(claims_[second], claims_[first])) std::swap(first, second);
        const Claim& a = claims_[first];
        const Claim& b = claims_[second];
        if (a.value.quote == b.value.quote) continue;
        QuoteAlignment al = AlignQuotes(a.value.quote, b.value.quote);
        if (!al.is_variant) continue;
        Emit(FindingKind::kQuoteVariant, Severity::kWarning, {first}, {second}, al.diff);
      }
    }
  }

  // Builds a finding from the claims of two value classes.
  void Emit(FindingKind kind, Severity severity, const Index& a, const Index& b,
            const std::string& detail) {
    Finding f;
    f.kind = kind;
    f.severity = severity;
    Index members = a;
    members.insert(members.end(), b.begin(), b.end());
    for (size_t i : members) f.claims.push_back(claims_[i]);
    std::sort(f.claims.begin(), f.claims.end(), ClaimLess);
    const Claim& primary = f.claims.front();
    f.rule_id = primary.rule_id;
    f.slot = primary.slot;
    f.key = primary.KeyString();

    std::string seed = std::string(FindingKindName(kind)) + "\n" + f.key;
    for (const Claim& c : f.claims) {
      seed += "\n" + c.article_id + "@" + std::to_string(c.begin) + "=" + c.value.ToString();
    }
    f.id = Hex(Fnv1a(seed));
    // The side holding the primary claim is named first.
    bool primary_in_b = std::any_of(b.begin(), b.end(), [&](size_t i) {
      return claims_[i].article_id == primary.article_id && claims_[i].begin == primary.begin;
    });
    f.message = primary_in_b ? Message(f, b, a, detail) : Message(f, a, b, detail);
    if (kind == FindingKind::kQuoteVariant) f.diff = detail;
    findings_.push_back(std::move(f));
  }

  std::string Side(const Index& members) const {
    // '"3 000" (001, 003)': the value as the first source wrote it, and who said it.
    std::set<std::string> sources;
    for (size_t i : members) sources.insert(claims_[i].source);
    std::string who;
    for (const std::string& s : sources) who += (who.empty() ? "" : ", ") + s;
    return "\"" + claims_[members.front()].value_text + "\" (" + who + ")";
  }

  std::string Message(const Finding& f, const Index& a, const Index& b,
                      const std::string& detail) const {
    const Claim& p = f.claims.front();
    std::string what = KeyLabel(p);
    switch (f.kind) {
      case FindingKind::kConflict:
        return "sources disagree on " + what + ": " + Side(a) + " vs " + Side(b);
      case FindingKind::kDiscrepancy:
        return "sources differ on " + what + ": " + Side(a) + " vs " + Side(b) + " (" + detail +
               ")";
      case FindingKind::kInternal: {
        return p.source + " contradicts itself on " + what + ": " + Side(a) + " vs " + Side(b);
      }
      case FindingKind::kQuoteVariant:
        return "quote worded differently: " + detail;
      case FindingKind::kCorroborated:
        return std::to_string(ArticleCount(a)) + " sources agree on " + what + ": " +
               p.value.ToString();
    }
    return "";
  }

  const std::vector<Claim>& claims_;
  std::vector<ClaimFacts> facts_;  // one per claim, for RelateClasses
  const RulePack& pack_;
  const CompareOptions& options_;
  std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> CompareClaims(const std::vector<Claim>& claims, const RulePack& pack,
                                   const CompareOptions& options) {
  return Comparer(claims, pack, options).Run();
}

}  // namespace factlint
