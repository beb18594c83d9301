// PatternLibrary: the named sub-patterns of a rule pack, and the expansion of
// `{name}` and `{gaz:NAME}` references in rule patterns, per language.
//
//   PatternLibrary library(&gazetteers);
//   library.Add({"troop_noun", std::nullopt,
//                {{Lang::kFr, {"soldats|troupes", loc_fr}}, {Lang::kEn, {"troops", loc_en}}},
//                name_loc}, &errors);
//   library.Validate(&errors);  // once, after every Add
//   std::optional<std::string> re = library.Expand("(?P<n>\\d+) {troop_noun}", Lang::kFr,
//                                                  pattern_loc, "pattern of rule 'x'", &errors);
//   // -> "(?P<n>\d+) (?:soldats|troupes)"
//
// Each expansion is wrapped in (?:…) so an alternation stays inside it;
// {gaz:NAME} becomes Gazetteer::AliasPattern(). Problems inside a sub-pattern
// (an unknown reference, a cycle, a named group, an RE2 error in its own text)
// are reported once, at the sub-pattern, by Validate(); a rule pattern that
// uses a broken sub-pattern then fails without a second message. A
// sub-pattern that has no text for the language a rule is compiled for is
// reported at the rule pattern. Expanded patterns are compiled by the caller.
// Used while a pack is built; not thread-safe.
#ifndef FACTLINT_RULES_PATTERN_LIBRARY_H_
#define FACTLINT_RULES_PATTERN_LIBRARY_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/lang.h"
#include "base/source_loc.h"
#include "base/status.h"
#include "rules/gazetteer.h"
#include "rules/gazetteer_alternation.h"

namespace factlint {

struct SubPatternText {
  std::string text;
  SourceLoc loc;
};

struct SubPattern {
  std::string name;
  std::optional<SubPatternText> all_languages;  // `name: '...'`
  std::map<Lang, SubPatternText> by_lang;       // `name: {fr: '...', en: '...'}`
  SourceLoc loc;                                // of the name
};

class PatternLibrary {
 public:
  // Expansions larger than this are refused: nested references can double the
  // size at every level. Generous, because every {gaz:NAME} inlines a whole
  // gazetteer (a few hundred KiB for a large one).
  static constexpr size_t kMaxExpandedBytes = size_t{4} << 20;

  // `gazetteers` must outlive the library.
  explicit PatternLibrary(const std::map<std::string, Gazetteer>* gazetteers);

  // False (and reported) when the name is taken or not an identifier.
  bool Add(SubPattern sub, Diagnostics* errors);
  bool Contains(std::string_view name) const { return subs_.count(std::string(name)) > 0; }

  // Checks every sub-pattern's text and expands it in every language it has.
  // Call once, after every Add and before Expand.
  // `check_syntax` false skips RE2's parse of each text, for a pack known to
  // have loaded without an error before (rules/rule_load_cache.h): the other
  // checks and the references are still made.
  void Validate(Diagnostics* errors, bool check_syntax = true);

  // `source` with every reference expanded for `lang`; nullopt after a problem
  // (reported at `loc` unless it lies in a sub-pattern, reported by Validate).
  // `what` names the source in messages. `spans`, when given, receives where
  // each inlined gazetteer alternation lies in the expansion, in order.
  std::optional<std::string> Expand(std::string_view source, Lang lang, const SourceLoc& loc,
                                    std::string_view what, Diagnostics* errors,
                                    std::vector<GazetteerSpan>* spans = nullptr);

 private:
  struct Expansion {
    enum class State { kInProgress, kOk, kBroken, kMissing };
    State state = State::kInProgress;
    std::string text;          // kOk
    std::string missing_path;  // kMissing: "quantity -> qualifier"
    std::vector<GazetteerSpan> spans;  // kOk: inlined gazetteers in `text`
  };

  Expansion ExpandSource(std::string_view source, Lang lang, const SourceLoc& loc,
                         std::string_view what, Diagnostics* errors);
  const Expansion& Resolve(const std::string& name, Lang lang, Diagnostics* errors);
  const std::string& GazetteerPattern(const Gazetteer& gazetteer);

  const std::map<std::string, Gazetteer>* gazetteers_;
  std::map<std::string, SubPattern> subs_;
  std::map<std::string, std::string> gazetteer_patterns_;
  std::map<std::pair<std::string, Lang>, Expansion> expansions_;
  // Whether each text passed its own checks in Validate(); points into subs_.
  std::map<const SubPatternText*, bool> text_ok_;
  std::vector<std::string> stack_;  // sub-patterns being expanded, for cycles
};

}  // namespace factlint

#endif  // FACTLINT_RULES_PATTERN_LIBRARY_H_
