// YamlReader: strict, typed access to the YAML of one rule file, with positions.
//
//   Diagnostics errors;
//   YamlReader reader("rules/troops.yaml", content, &errors);
//   for (const YamlNode& doc : reader.Parse()) {
//     std::optional<YamlMap> top = reader.ReadMap(doc, reader.Loc(doc), "rule file",
//                                                 {"patterns", "rules"});
//     if (!top) continue;  // reported
//     if (const YamlField* rules = top->Find("rules")) {
//       std::optional<std::vector<YamlItem>> items = reader.ReadList(*rules, "");
//       ...
//     }
//   }
//
// Every problem is appended to `errors` as a kRuleError carrying the
// file:line:col of the node it is about (1-based, columns in code points);
// readers return nullopt after reporting, so callers simply skip the part.
// Unknown and duplicate mapping keys are reported, with a suggestion. An empty
// value (`key:` with nothing after it) reads as an empty list or mapping.
//
// Parse() is the only place yaml-cpp runs a parser (rules/yaml_tree.h); its
// exceptions stop there. It refuses NUL bytes and invalid UTF-8, which
// yaml-cpp would let through, and documents that expand, through aliases, to
// more than kMaxNodes nodes: an alias is the node it names, so a few lines can
// stand for billions of nodes to anyone who walks them ("billion laughs").
// Not thread-safe; one reader per file.
#ifndef FACTLINT_RULES_YAML_READER_H_
#define FACTLINT_RULES_YAML_READER_H_

#include <cstddef>
#include <optional>
#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"
#include "base/status.h"
#include "rules/yaml_tree.h"
#include "rules/rule_load_cache.h"

namespace factlint {

struct YamlField {
  std::string key;
  YamlNode node;
  SourceLoc key_loc;
  // Of the value; the key's when the value is empty, because yaml-cpp marks an
  // empty value at whatever token follows it.
  SourceLoc loc;
};

struct YamlItem {
  YamlNode node;
  SourceLoc loc;
};

// The entries of one YAML mapping, in file order.
class YamlMap {
 public:
  YamlMap(SourceLoc loc, std::vector<YamlField> fields)
      : loc_(std::move(loc)), fields_(std::move(fields)) {}

  const SourceLoc& loc() const { return loc_; }
  const std::vector<YamlField>& fields() const { return fields_; }
  // The field named `key`, or nullptr.
  const YamlField* Find(std::string_view key) const;

 private:
  SourceLoc loc_;
  std::vector<YamlField> fields_;
};

class YamlReader {
 public:
  static constexpr size_t kMaxNodes = 1'000'000;

  // `content` must outlive the reader; `errors` must not be null.
  YamlReader(std::string file, std::string_view content, Diagnostics* errors);

  const std::string& file() const { return file_; }
  // Problems reported so far, through this reader or any other.
  size_t error_count() const { return errors_->size(); }

  // Every document of the file; empty after reporting a syntax error or an
  // alias bomb.
  std::vector<YamlNode> Parse();

  // Parse in two steps, so that files can be parsed on several threads: the
  // parse itself, which reports nothing and touches no shared state (safe to
  // run for several readers at once), then Report, which reports its problem,
  // if any, and returns the documents (what Parse returns).
  struct Parsed {
    std::vector<YamlNode> docs;
    std::optional<std::pair<SourceLoc, std::string>> problem;
  };
  // With a cache, a text parsed before is read from it rather than parsed,
  // and a text parsed now is offered to it (rules/rule_load_cache.h).
  Parsed ParseUnreported(const RuleLoadCache* cache = nullptr) const;
  std::vector<YamlNode> Report(Parsed&& parsed);

  // 1-based position of `node`; line 0 when yaml-cpp does not know it.
  SourceLoc Loc(const YamlNode& node) const;
  void Error(SourceLoc loc, std::string message);

  // A mapping whose keys must all be in `allowed`. `what` names it in messages
  // ("rule", "value"). Unknown keys are reported and left out.
  std::optional<YamlMap> ReadMap(const YamlNode& node, const SourceLoc& loc,
                                 std::string_view what, std::span<const std::string_view> allowed);
  std::optional<YamlMap> ReadMap(const YamlField& field, std::string_view what,
                                 std::span<const std::string_view> allowed);
  // A mapping with any string keys (gazetteer entries, sub-pattern names).
  std::optional<YamlMap> ReadOpenMap(const YamlNode& node, const SourceLoc& loc,
                                     std::string_view what);
  std::optional<YamlMap> ReadOpenMap(const YamlField& field, std::string_view context);

  // Reports "missing required key 'slot' in <what>" when absent.
  const YamlField* Require(const YamlMap& map, std::string_view key, std::string_view what);

  // A scalar. `what` names the value in messages ("'slot' in rule 'x'").
  std::optional<std::string> ReadString(const YamlNode& node, const SourceLoc& loc,
                                        std::string_view what);
  // Field overloads name the value "'<key>' in <context>".
  std::optional<std::string> ReadString(const YamlField& field, std::string_view context);

  std::optional<std::vector<YamlItem>> ReadList(const YamlNode& node, const SourceLoc& loc,
                                                std::string_view what);
  std::optional<std::vector<YamlItem>> ReadList(const YamlField& field, std::string_view context);

  // A finite decimal number ("0.1", "5000", "1e3").
  std::optional<double> ReadNumber(const YamlNode& node, const SourceLoc& loc,
                                   std::string_view what);

  // "a string", "a list", "a mapping", "empty": for "must be X, not Y" messages.
  static std::string_view KindName(const YamlNode& node);

 private:
  SourceLoc MarkLoc(const YamlMark& mark) const;
  SourceLoc OffsetLoc(size_t offset) const;

  std::string file_;
  std::string_view content_;
  Diagnostics* errors_;
  std::vector<size_t> line_starts_;  // byte offsets, after a leading BOM
};

// "'key' in context", or "'key'" when context is empty.
std::string FieldName(const YamlField& field, std::string_view context);

}  // namespace factlint

#endif  // FACTLINT_RULES_YAML_READER_H_
