// Gazetteer: canonical ids with aliases in several languages, and a containment
// hierarchy ("US-NC" inside "US").
//
//   Gazetteer places("places");
//   places.Add({"US-NC", "US", {"Caroline du Nord", "North Carolina", "N.C."}, loc});
//   places.Resolve("caroline du NORD")   -> "US-NC"   (case- and accent-insensitive)
//   places.Find("vers l'Allemagne et la Pologne") -> {"DE", "PL"}: every alias inside
//   places.IsWithin("US-NC", "US")      -> true
//   places.AliasPattern()               -> RE2 alternation of every alias, longest first,
//                                          accent-flexible; acronyms ("US", "N.C.") match
//                                          case-sensitively, other aliases ignore case.
#ifndef FACTLINT_RULES_GAZETTEER_H_
#define FACTLINT_RULES_GAZETTEER_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/source_loc.h"

namespace factlint {

// One name of a gazetteer found in a text: its id and its byte span in that text.
struct GazetteerMention {
  std::string id;
  size_t begin = 0;
  size_t end = 0;
};

struct GazetteerEntry {
  std::string id;
  std::string parent;  // "" for a root
  std::vector<std::string> aliases;
  SourceLoc loc;
};

class Gazetteer {
 public:
  explicit Gazetteer(std::string name = "") : name_(std::move(name)) {}

  const std::string& name() const { return name_; }
  // Adds an entry; entries with the same id merge their aliases.
  void Add(GazetteerEntry entry);

  // Id of the alias equal to `name` after folding, or nullopt.
  std::optional<std::string> Resolve(std::string_view name) const;
  // Ids of every alias found inside `text` (whole words, longest match wins,
  // non-overlapping), sorted and unique.
  std::vector<std::string> Find(std::string_view text) const;
  // Every alias found inside `text`, in text order, with byte spans in `text`.
  // Unlike Find, an acronym alias ("US", "N.C.") must be written in capitals, as
  // AliasPattern() requires: the English word "us" is not the United States; and
  // an alias always declared with a capital ("Nice", "Columbus") must start with
  // one: "a nice day" names no city.
  std::vector<GazetteerMention> FindMentions(std::string_view text) const;
  // True when `id` is `ancestor` or lies (transitively) inside it.
  bool IsWithin(const std::string& id, const std::string& ancestor) const;
  // Smallest entry containing all ids (nullopt if none).
  std::optional<std::string> CommonAncestor(const std::vector<std::string>& ids) const;
  // Aliases mapped to more than one id: {folded alias -> ids}.
  std::map<std::string, std::vector<std::string>> ShadowedAliases() const;

  std::string AliasPattern() const;
  // The alternatives of AliasPattern(), in its order: {alias, AliasRegex(alias)},
  // one per distinct regex, longest alias first. Computed once (the pattern
  // library and the narrowing index both need them) and kept until the next
  // Add; thread-safe between Adds.
  const std::vector<std::pair<std::string, std::string>>& AliasAlternatives() const;
  // "(?:r1|r2|…)", or a class that matches nothing when `regexes` is empty:
  // AliasPattern() is AlternationOf(the regexes of AliasAlternatives()).
  static std::string AlternationOf(const std::vector<std::string>& regexes);
  const std::map<std::string, GazetteerEntry>& entries() const { return entries_; }

 private:
  std::string name_;
  std::map<std::string, GazetteerEntry> entries_;             // by id
  // Longest alias at folded[i] that stands as whole words; nullptr when none.
  const std::pair<const std::string, std::vector<std::string>>* LongestAliasAt(
      std::string_view folded, size_t i) const;

  std::map<std::string, std::vector<std::string>> by_alias_;  // folded alias -> ids
  std::map<std::string, bool> acronym_only_;  // folded alias -> every form of it is an acronym
  std::map<std::string, bool> capital_only_;  // folded alias -> every form starts with a capital

  // AliasAlternatives(), on first need; replaced by Add. Shared by copies,
  // which see the same entries until one of them adds.
  struct Alternatives {
    std::once_flag once;
    bool computed = false;
    std::vector<std::pair<std::string, std::string>> list;
  };
  std::shared_ptr<Alternatives> alternatives_ = std::make_shared<Alternatives>();
};

}  // namespace factlint

#endif  // FACTLINT_RULES_GAZETTEER_H_
