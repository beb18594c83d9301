// TextAlphabet and NarrowPropertyClasses: a pattern's Unicode property classes
// (\p{L}, \p{Lu}, \pN, \P{L}, …) replaced by the characters of one text that
// they hold.
//
//   TextAlphabet alphabet("Élysée, 5 000 soldats");
//   NarrowPropertyClasses("(?P<who>\\p{Lu}[\\p{L}'-]+)", &alphabet)
//     -> "(?P<who>[É][adelostyÉé'-]+)"   the text's letters, in code point order
//   NarrowPropertyClasses("(?i)\\p{Lu}", &alphabet) -> "(?i)[adelostyÉé]"   (case-folded class)
//
// A class matches one character; over a given text, a class and the list of
// the text's characters it holds accept exactly the same characters, so a
// pattern with its classes so narrowed finds the same matches and captures in
// that text. RE2 compiles \p{L} into a UTF-8 automaton of hundreds of
// instructions (each occurrence again); the text's few dozen letters cost a
// handful. Membership is decided by RE2 itself, under the case folding in
// force where the class stands ((?i) and (?i:…) are followed through groups;
// RE2 closes a class under case folding, so members tested the same way list
// exactly the text's characters of the folded class). A flag other than
// i, s, m, U, \Q…\E, or a pattern that does not scan gives nullopt. Pure; a
// TextAlphabet caches memberships and is not thread-safe.
#ifndef FACTLINT_RULES_CLASS_NARROWING_H_
#define FACTLINT_RULES_CLASS_NARROWING_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

class TextAlphabet {
 public:
  explicit TextAlphabet(std::string_view text);

  // The text's characters in `property` (a class escape such as "\\p{L}",
  // "\\pN", "\\P{Lu}"), escaped for use inside [...], in code point order; a
  // character absent from the text when none is. nullopt when RE2 rejects
  // the escape or no absent character is available.
  std::optional<std::string> Members(const std::string& property);

 private:
  std::vector<int32_t> code_points_;  // distinct, ascending
  std::map<std::string, std::optional<std::string>> members_;
};

// A pattern narrowed piece by piece (the pieces between a pattern's gazetteer
// alternations, which are balanced and change no flag), so that a group or a
// (?i) opened in one piece still holds in the next.
class PropertyClassNarrower {
 public:
  explicit PropertyClassNarrower(TextAlphabet* alphabet) : alphabet_(alphabet) {}
  // The piece narrowed; nullopt (now and for every later piece) when it
  // holds something the scan does not follow.
  std::optional<std::string> Narrow(std::string_view piece);
  // Every group closed and no class left open.
  bool balanced() const { return !failed_ && !in_class_ && enclosing_.empty(); }

 private:
  std::optional<std::string> Scan(std::string_view piece);

  TextAlphabet* alphabet_;
  bool failed_ = false;
  bool in_class_ = false;
  bool fold_case_ = false;         // (?i) in force
  std::vector<bool> enclosing_;    // fold_case_ of each enclosing group, to restore
};

// `pattern` with every property class escape replaced by its members in
// `alphabet` ([…] outside brackets, inline inside them); nullopt as above.
std::optional<std::string> NarrowPropertyClasses(std::string_view pattern, TextAlphabet* alphabet);

// Whether `pattern` holds a property class escape (\p or \P) at all.
bool HasPropertyClass(std::string_view pattern);

}  // namespace factlint

#endif  // FACTLINT_RULES_CLASS_NARROWING_H_
