// Rule: one extractor, as declared in a YAML rule file (see docs/rules.md).
//
// A rule turns matches of its patterns into claims about one slot
// ("troops.deployed"): the key fields say which thing the claim is about (taken
// from named captures), the value spec how the value capture is typed and
// normalized. Rules are plain data; rules/rule_pack.h compiles them.
#ifndef FACTLINT_RULES_RULE_H_
#define FACTLINT_RULES_RULE_H_

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/lang.h"
#include "base/source_loc.h"
#include "normalize/interval.h"
#include "normalize/quantity.h"

namespace factlint {

// The languages a rule can be written for, in the order they are listed in messages.
inline constexpr std::array<Lang, 2> kRuleLanguages = {Lang::kFr, Lang::kEn};

enum class Severity { kInfo, kWarning, kError };
std::string_view SeverityName(Severity s);  // "info", "warning", "error"
std::optional<Severity> ParseSeverity(std::string_view name);

// Stated/announced, planned/considered, reported/conditional (PRODUCT.md §2).
enum class Modality { kStated, kPlanned, kReported };
std::string_view ModalityName(Modality m);  // "stated", "planned", "reported"
std::optional<Modality> ParseModality(std::string_view name);

enum class ValueKind { kQuantity, kCategory, kSet, kQuote };
std::string_view ValueKindName(ValueKind k);  // "quantity", "category", "set", "quote"
std::optional<ValueKind> ParseValueKind(std::string_view name);

// How a key field's capture is normalized before keys are compared.
enum class KeyFieldKind {
  kText,       // folded text ("Fort  Bragg" == "fort bragg")
  kPerson,     // a person's name, compared by surname ("Antony Blinken" == "Blinken")
  kGazetteer,  // canonical id from a gazetteer; unknown names fall back to folded text
};

// Where a gazetteer key field is looked for when its capture is empty (docs/rules.md
// "Key fields"): the nearest name of the gazetteer in the claim's clause or sentence,
// then the last one before it in its paragraph or in the whole article.
enum class KeyScope { kMatch, kClause, kSentence, kParagraph, kArticle };
// "match", "clause", "sentence", "paragraph", "article"
std::string_view KeyScopeName(KeyScope s);
std::optional<KeyScope> ParseKeyScope(std::string_view name);

struct KeyField {
  std::string name;  // also the capture it is read from
  KeyFieldKind kind = KeyFieldKind::kText;
  std::string gazetteer;  // for kGazetteer
  SourceLoc loc;
  KeyScope scope = KeyScope::kMatch;  // for kGazetteer
  bool required = false;              // a match that leaves the field empty makes no claim
  // The value when the field is found nowhere (`default:`): unlike an empty field,
  // which matches any value, it only matches itself ("MAIN" occurrence, "TOTAL").
  std::string default_value;
  // `within: N`: a name found around the match counts only N bytes or less away from
  // the value (0: anywhere in the scope).
  size_t within = 0;
};

// How the capture of a quantity is read: a number (`type: quantity`), or a point
// on the day line (`type: date`, `type: weekday`) or the minute line (`type: time`).
enum class QuantityReader { kNumber, kDate, kWeekday, kTime };

struct ValueSpec {
  ValueKind kind = ValueKind::kQuantity;
  std::string capture;      // named group holding the value; default per kind (see loader)
  std::string unit;         // quantity: "soldier", "lb", "EUR", ...
  double tolerance = 0.10;  // quantity: relative tolerance of approximate values
  std::string gazetteer;    // category and set: where names resolve to ids
  std::string speaker;      // quote: named group holding the speaker ("" if none)
  QuantityReader reader = QuantityReader::kNumber;  // quantity: how the capture is read
  // quantity with `unit: {gazetteer: G}`: the unit is the id of the name the
  // `unit_capture` group holds (currencies, units of length).
  std::string unit_gazetteer;
  std::string unit_capture;
  SourceLoc loc;
};

struct PatternSpec {
  std::string source;  // as written, with {sub-pattern} references
  SourceLoc loc;
};

// What an example expects; unset fields are not checked.
struct ExpectedClaim {
  std::optional<Interval> interval;             // quantity
  std::optional<std::string> category;          // category id
  std::optional<std::vector<std::string>> set;  // sorted set ids
  std::optional<std::string> quote;             // quote text
  std::optional<Qualifier> qualifier;
  std::optional<std::string> unit;              // quantity unit ("EUR", "km")
  std::optional<Modality> modality;
  std::map<std::string, std::string> key;       // field -> normalized key value
  std::map<std::string, std::string> captures;  // group -> exact captured text
};

struct RuleExample {
  std::string text;
  std::string published;  // publication date the example's dates resolve against

  bool must_match = true;
  ExpectedClaim expect;  // only for must_match
  SourceLoc loc;
};

struct Rule {
  std::string id;
  std::string description;
  std::string slot;             // what the claim is about, e.g. "troops.deployed"
  std::vector<Lang> languages;  // patterns are compiled once per language
  std::vector<PatternSpec> patterns;
  std::vector<KeyField> key;
  ValueSpec value;
  Severity severity = Severity::kError;  // of a conflict; discrepancies are warnings
  // Extra modality cues (RE2 fragments) on top of the shared ones, per language
  // and modality: the rule's `modality:` section is shaped like the shared one.
  std::map<std::pair<Lang, Modality>, std::vector<std::string>> modality_cues;
  std::vector<RuleExample> examples;
  SourceLoc loc;       // where "- id:" is
  SourceLoc slot_loc;  // of the slot's value
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_H_
