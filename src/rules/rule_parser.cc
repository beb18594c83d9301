#include "rules/rule_parser.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "base/status.h"
#include "rules/did_you_mean.h"
#include "rules/example_parser.h"
#include "rules/gazetteer_reader.h"
#include "rules/modality_cues.h"
#include "rules/regex_source.h"
#include "rules/rule_defaults.h"

namespace factlint {
namespace {

constexpr std::array<std::string_view, 10> kRuleKeys = {
    "id",    "description", "language", "slot",     "key",
    "value", "patterns",    "severity", "modality", "examples"};
constexpr std::array<std::string_view, 6> kValueKeys = {"type",      "capture",   "unit",
                                                        "tolerance", "gazetteer", "speaker"};
constexpr std::array<std::string_view, 5> kKeyFieldMapKeys = {"gazetteer", "scope", "required",
                                                               "default", "within"};
constexpr std::array<std::string_view, 2> kUnitMapKeys = {"gazetteer", "capture"};

// Value types read into a quantity by a reader of their own (rules/rule.h).
struct ReaderType {
  std::string_view name;
  QuantityReader reader;
  std::string_view unit;
};
constexpr std::array<ReaderType, 3> kReaderTypes = {
    ReaderType{"date", QuantityReader::kDate, "date"},
    ReaderType{"weekday", QuantityReader::kWeekday, "date"},
    ReaderType{"time", QuantityReader::kTime, "time"}};

// Which `value` keys each value type accepts; the rest are errors.
std::vector<std::string_view> ValueKeysFor(ValueKind kind) {
  switch (kind) {
    case ValueKind::kQuantity:
      return {"type", "capture", "unit", "tolerance"};
    case ValueKind::kCategory:
    case ValueKind::kSet:
      return {"type", "capture", "gazetteer"};
    case ValueKind::kQuote:
      return {"type", "capture", "speaker"};
  }
  return {};
}

std::vector<std::string_view> ValueKindNames() {
  std::vector<std::string_view> names = {
      ValueKindName(ValueKind::kQuantity), ValueKindName(ValueKind::kCategory),
      ValueKindName(ValueKind::kSet), ValueKindName(ValueKind::kQuote)};
  for (const ReaderType& t : kReaderTypes) names.push_back(t.name);
  return names;
}

std::vector<std::string_view> SeverityNames() {
  return {SeverityName(Severity::kError), SeverityName(Severity::kWarning),
          SeverityName(Severity::kInfo)};
}

std::vector<std::string_view> LanguageNames() {
  std::vector<std::string_view> names;
  for (Lang lang : kRuleLanguages) names.push_back(LangCode(lang));
  return names;
}

template <typename Map>
std::vector<std::string_view> KeysOf(const Map& map) {
  std::vector<std::string_view> keys;
  for (const auto& entry : map) keys.push_back(entry.first);
  return keys;
}

class RuleParser {
 public:
  RuleParser(YamlReader& reader, const std::map<std::string, Gazetteer>& gazetteers)
      : reader_(reader), gazetteers_(gazetteers) {}

  std::optional<ParsedRule> Parse(const YamlItem& item) {
    size_t errors_before = ErrorCount();
    std::optional<YamlMap> map = reader_.ReadMap(item.node, item.loc, "rule", kRuleKeys);
    if (!map) return std::nullopt;
    ParsedRule parsed;
    Rule& rule = parsed.rule;
    rule.loc = map->loc();

    // The id comes first: every later message names the rule by it.
    context_ = "rule";
    if (const YamlField* id = reader_.Require(*map, "id", "rule")) {
      parsed.id_loc = id->loc;
      if (std::optional<std::string> value = reader_.ReadString(*id, "rule")) {
        if (IsPlainId(*value)) {
          rule.id = *value;
          context_ = "rule '" + rule.id + "'";
        } else {
          reader_.Error(id->loc, "rule id '" + *value +
                                     "' may only contain letters, digits, '.', '-' and '_'");
        }
      }
    }
    ReadDescription(*map, &rule);
    ReadLanguages(*map, &rule);
    if (const YamlField* slot = reader_.Require(*map, "slot", context_)) {
      if (std::optional<std::string> value = reader_.ReadString(*slot, context_)) {
        if (IsPlainId(*value)) {
          rule.slot = *value;
          rule.slot_loc = slot->loc;
        } else {
          reader_.Error(slot->loc, "slot '" + *value + "' in " + context_ +
                                       " may only contain letters, digits, '.', '-' and '_'");
        }
      }
    }
    if (const YamlField* key = map->Find("key")) ReadKey(*key, &rule);
    bool value_ok = false;
    if (const YamlField* value = reader_.Require(*map, "value", context_)) {
      value_ok = ReadValue(*value, &rule.value);
    }
    ReadPatterns(*map, &rule);
    rule.severity = rule_defaults::kSeverity;
    if (const YamlField* severity = map->Find("severity")) {
      if (std::optional<std::string> name = reader_.ReadString(*severity, context_)) {
        if (std::optional<Severity> s = ParseSeverity(*name)) {
          rule.severity = *s;
        } else {
          reader_.Error(severity->loc, "invalid severity '" + *name + "' in " + context_ +
                                           DidYouMean(*name, SeverityNames()) +
                                           "; valid values: " + JoinNames(SeverityNames()));
        }
      }
    }
    if (const YamlField* modality = map->Find("modality")) ReadModality(*modality, &rule);
    if (const YamlField* examples = reader_.Require(*map, "examples", context_)) {
      ExampleContext example_context;
      example_context.rule = context_;
      if (value_ok) example_context.kind = rule.value.kind;
      example_context.reader = rule.value.reader;
      if (value_ok && !rule.value.gazetteer.empty()) {
        example_context.gazetteer = &gazetteers_.at(rule.value.gazetteer);
      }
      for (const KeyField& field : rule.key) example_context.key_fields.push_back(field.name);
      // A quote's speaker is part of its claim's key (the extractor adds it
      // as "speaker"), so examples may state it too.
      if (value_ok && rule.value.kind == ValueKind::kQuote) {
        example_context.key_fields.emplace_back(rule_defaults::kSpeakerGroup);
      }
      rule.examples = ParseExamples(reader_, *examples, example_context);
    }
    parsed.clean = ErrorCount() == errors_before;
    return parsed;
  }

 private:
  size_t ErrorCount() const { return reader_.error_count(); }

  void ReadDescription(const YamlMap& map, Rule* rule) {
    const YamlField* description = reader_.Require(map, "description", context_);
    if (description == nullptr) return;
    std::optional<std::string> text = reader_.ReadString(*description, context_);
    if (!text) return;
    // Block scalars (`>`) end with a newline; that is not a second line.
    while (!text->empty() && (text->back() == '\n' || text->back() == ' ')) text->pop_back();
    if (text->empty()) {
      reader_.Error(description->loc, "empty description in " + context_);
    } else if (text->find('\n') != std::string::npos) {
      reader_.Error(description->loc,
                    "description of " + context_ + " must be one line: it is shown in reports");
    } else {
      rule->description = std::move(*text);
    }
  }

  void ReadLanguages(const YamlMap& map, Rule* rule) {
    const YamlField* language = reader_.Require(map, "language", context_);
    if (language == nullptr) return;
    std::vector<YamlItem> items;
    if (language->node.IsScalar()) {
      items.push_back({language->node, language->loc});
    } else if (language->node.IsSequence()) {
      items = reader_.ReadList(*language, context_).value_or(std::vector<YamlItem>{});
      if (items.empty()) reader_.Error(language->loc, "empty language list in " + context_);
    } else {
      reader_.Error(language->loc, "'language' in " + context_ +
                                       " must be a language code or a list of them, not " +
                                       std::string(YamlReader::KindName(language->node)));
      return;
    }
    for (const YamlItem& item : items) {
      std::optional<std::string> code = reader_.ReadString(item.node, item.loc, "a language");
      if (!code) continue;
      std::optional<Lang> lang = ParseLang(*code);
      if (!lang) {
        reader_.Error(item.loc, "unknown language '" + *code + "' in " + context_ +
                                    DidYouMean(*code, LanguageNames()) +
                                    "; valid languages: " + JoinNames(LanguageNames()));
        continue;
      }
      if (std::find(rule->languages.begin(), rule->languages.end(), *lang) ==
          rule->languages.end()) {
        rule->languages.push_back(*lang);
      }
    }
  }

  void ReadKey(const YamlField& field, Rule* rule) {
    std::optional<YamlMap> map = reader_.ReadOpenMap(field, context_);
    if (!map) return;
    for (const YamlField& entry : map->fields()) {
      if (std::optional<KeyField> key = ReadKeyField(entry)) rule->key.push_back(std::move(*key));
    }
  }

  // One entry of `key:`; nullopt after reporting a problem.
  std::optional<KeyField> ReadKeyField(const YamlField& entry) {
    std::string what = "key field '" + entry.key + "' of " + context_;
    if (!IsIdentifier(entry.key)) {
      reader_.Error(entry.key_loc, what +
                                       " must be named like a capture group (letters, "
                                       "digits and '_', not starting with a digit)");
      return std::nullopt;
    }
    KeyField key;
    key.name = entry.key;
    key.loc = entry.key_loc;
    if (entry.node.IsMap()) {
      std::optional<YamlMap> spec = reader_.ReadMap(entry.node, entry.loc, what, kKeyFieldMapKeys);
      if (!spec) return std::nullopt;
      const YamlField* gazetteer = reader_.Require(*spec, "gazetteer", what);
      if (gazetteer == nullptr) return std::nullopt;
      std::optional<std::string> name = ReadGazetteerName(*gazetteer, what);
      if (!name) return std::nullopt;
      key.kind = KeyFieldKind::kGazetteer;
      key.gazetteer = *name;
      if (!ReadKeyScope(*spec, what, &key)) return std::nullopt;
      return key;
    }
    std::optional<std::string> kind = reader_.ReadString(entry.node, entry.loc, what);
    if (!kind) return std::nullopt;
    if (*kind == "text") {
      key.kind = KeyFieldKind::kText;
    } else if (*kind == "person") {
      key.kind = KeyFieldKind::kPerson;
    } else {
      constexpr std::array<std::string_view, 2> kKinds = {"text", "person"};
      reader_.Error(entry.loc, "invalid kind '" + *kind + "' for " + what +
                                   DidYouMean(*kind, kKinds) +
                                   "; valid kinds: text, person, {gazetteer: NAME}");
      return std::nullopt;
    }
    return key;
  }

  // `scope:` and `required:` of a gazetteer key field; false after reporting a problem.
  bool ReadKeyScope(const YamlMap& spec, const std::string& what, KeyField* key) {
    if (const YamlField* scope = spec.Find("scope")) {
      std::optional<std::string> name = reader_.ReadString(*scope, what);
      if (!name) return false;
      std::optional<KeyScope> parsed = ParseKeyScope(*name);
      if (!parsed) {
        std::vector<std::string_view> names;
        for (KeyScope s : {KeyScope::kMatch, KeyScope::kClause, KeyScope::kSentence,
                           KeyScope::kParagraph, KeyScope::kArticle}) {
          names.push_back(KeyScopeName(s));
        }
        reader_.Error(scope->loc, "invalid scope '" + *name + "' for " + what +
                                      DidYouMean(*name, names) +
                                      "; valid scopes: " + JoinNames(names));
        return false;
      }
      key->scope = *parsed;
    }
    if (const YamlField* required = spec.Find("required")) {
      std::optional<std::string> flag = reader_.ReadString(*required, what);
      if (!flag) return false;
      if (*flag != "true" && *flag != "false") {
        reader_.Error(required->loc, "'required' of " + what + " is true or false, not '" +
                                         *flag + "'");
        return false;
      }
      key->required = *flag == "true";
    }
    if (const YamlField* within = spec.Find("within")) {
      std::optional<double> n = reader_.ReadNumber(within->node, within->loc, what);
      if (!n) return false;
      if (*n < 1 || *n > 10000 || *n != static_cast<double>(static_cast<size_t>(*n))) {
        reader_.Error(within->loc, "'within' of " + what +
                                       " is a whole number of bytes between 1 and 10000");
        return false;
      }
      key->within = static_cast<size_t>(*n);
    }
    if (const YamlField* fallback = spec.Find("default")) {
      std::optional<std::string> value = reader_.ReadString(*fallback, what);
      if (!value) return false;
      if (value->empty()) {
        reader_.Error(fallback->loc, "empty 'default' in " + what);
        return false;
      }
      key->default_value = std::move(*value);
    }
    return true;
  }

  std::optional<std::string> ReadGazetteerName(const YamlField& field, const std::string& what) {
    std::optional<std::string> name = reader_.ReadString(field, what);
    if (!name) return std::nullopt;
    if (gazetteers_.count(*name) == 0) {
      reader_.Error(
          field.loc,
          "unknown gazetteer '" + *name + "' in " + what + DidYouMean(*name, KeysOf(gazetteers_)) +
              (gazetteers_.empty() ? "; no gazetteer is defined"
                                   : "; defined gazetteers: " + JoinNames(KeysOf(gazetteers_))));
      return std::nullopt;
    }
    return name;
  }

  // True when the examples can be read against the value: its type is known.
  bool ReadValue(const YamlField& field, ValueSpec* value) {
    std::string what = "value of " + context_;
    std::optional<YamlMap> map = reader_.ReadMap(field, what, kValueKeys);
    if (!map) return false;
    value->loc = map->loc();
    const YamlField* type = reader_.Require(*map, "type", what);
    if (type == nullptr) return false;
    std::optional<std::string> type_name = reader_.ReadString(*type, what);
    if (!type_name) return false;
    std::optional<ValueKind> kind = ParseValueKind(*type_name);
    const ReaderType* reader_type = nullptr;
    for (const ReaderType& t : kReaderTypes) {
      if (t.name == *type_name) reader_type = &t;
    }
    if (reader_type != nullptr) kind = ValueKind::kQuantity;
    if (!kind) {
      reader_.Error(type->loc, "invalid value type '" + *type_name + "' in " + context_ +
                                   DidYouMean(*type_name, ValueKindNames()) +
                                   "; valid types: " + JoinNames(ValueKindNames()));
      return false;
    }
    value->kind = *kind;
    std::vector<std::string_view> valid = ValueKeysFor(*kind);
    if (reader_type != nullptr) valid = {"type", "capture"};
    for (const YamlField& entry : map->fields()) {
      if (std::find(valid.begin(), valid.end(), entry.key) == valid.end()) {
        reader_.Error(entry.key_loc, "key '" + entry.key + "' does not apply to value type '" +
                                         *type_name + "' in " + context_ + "; valid keys for " +
                                         *type_name + ": " + JoinNames(valid));
      }
    }

    value->capture = std::string(reader_type != nullptr ? rule_defaults::kReaderValueGroup
                                                        : rule_defaults::ValueCapture(*kind));
    if (const YamlField* capture = map->Find("capture")) {
      ReadGroupName(*capture, what, &value->capture);
    }
    value->tolerance = rule_defaults::kTolerance;
    if (reader_type != nullptr) {
      value->reader = reader_type->reader;
      value->unit = std::string(reader_type->unit);
    } else if (*kind == ValueKind::kQuantity) {
      if (const YamlField* unit = reader_.Require(*map, "unit", what)) {
        if (unit->node.IsMap()) {
          ReadUnitGazetteer(*unit, what, value);
        } else {
          std::optional<std::string> text = reader_.ReadString(*unit, what);
          if (text && text->empty()) reader_.Error(unit->loc, "empty unit in " + what);
          if (text && !text->empty()) value->unit = *text;
        }
      }
      if (const YamlField* tolerance = map->Find("tolerance")) {
        std::optional<double> number =
            reader_.ReadNumber(tolerance->node, tolerance->loc, FieldName(*tolerance, what));
        if (number && (*number < 0 || *number > 1)) {
          reader_.Error(tolerance->loc, "tolerance in " + context_ +
                                            " is a relative half-width between 0 and 1 "
                                            "(0.1 = 10%), not " +
                                            tolerance->node.Scalar());
        } else if (number) {
          value->tolerance = *number;
        }
      }
    }
    if (*kind == ValueKind::kCategory || *kind == ValueKind::kSet) {
      const YamlField* gazetteer = reader_.Require(*map, "gazetteer", what);
      std::optional<std::string> name;
      if (gazetteer != nullptr) name = ReadGazetteerName(*gazetteer, what);
      if (name) value->gazetteer = *name;
    }
    if (*kind == ValueKind::kQuote) {
      if (const YamlField* speaker = map->Find("speaker")) {
        ReadGroupName(*speaker, what, &value->speaker);
      }
    }
    return true;
  }

  // `unit: {gazetteer: currencies, capture: unit}`: the unit is named in the text.
  void ReadUnitGazetteer(const YamlField& field, const std::string& what, ValueSpec* value) {
    std::string unit_what = "unit of " + what;
    std::optional<YamlMap> spec = reader_.ReadMap(field, unit_what, kUnitMapKeys);
    if (!spec) return;
    const YamlField* gazetteer = reader_.Require(*spec, "gazetteer", unit_what);
    if (gazetteer == nullptr) return;
    std::optional<std::string> name = ReadGazetteerName(*gazetteer, unit_what);
    if (!name) return;
    value->unit_gazetteer = *name;
    value->unit_capture = std::string(rule_defaults::kUnitGroup);
    if (const YamlField* capture = spec->Find("capture")) {
      ReadGroupName(*capture, unit_what, &value->unit_capture);
    }
  }

  bool ReadGroupName(const YamlField& field, const std::string& what, std::string* out) {
    std::optional<std::string> name = reader_.ReadString(field, what);
    if (!name) return false;
    if (!IsIdentifier(*name)) {
      reader_.Error(field.loc, "'" + field.key + "' in " + what +
                                   " must name a capture group "
                                   "(letters, digits and '_'), not '" +
                                   *name + "'");
      return false;
    }
    *out = std::move(*name);
    return true;
  }

  void ReadPatterns(const YamlMap& map, Rule* rule) {
    const YamlField* patterns = reader_.Require(map, "patterns", context_);
    if (patterns == nullptr) return;
    std::optional<std::vector<YamlItem>> items = reader_.ReadList(*patterns, context_);
    if (!items) return;
    if (items->empty()) {
      reader_.Error(patterns->loc, "'patterns' in " + context_ +
                                       " is empty; a rule needs at "
                                       "least one pattern");
      return;
    }
    for (const YamlItem& item : *items) {
      std::optional<std::string> source =
          reader_.ReadString(item.node, item.loc, "a pattern of " + context_);
      if (!source) continue;
      if (source->empty()) {
        reader_.Error(item.loc, "empty pattern in " + context_);
        continue;
      }
      rule->patterns.push_back({std::move(*source), item.loc});
    }
  }

  void ReadModality(const YamlField& field, Rule* rule) {
    ModalityCueSpecs cues;
    ReadModalityCues(reader_, field, context_, &cues);
    for (auto& [which, list] : cues) {
      if (!rule->languages.empty() && std::find(rule->languages.begin(), rule->languages.end(),
                                                which.first) == rule->languages.end()) {
        reader_.Error(list.front().loc, "cues for '" + std::string(LangCode(which.first)) +
                                            "' in " + context_ + ", which is not written for " +
                                            std::string(LangCode(which.first)));
        continue;
      }
      for (ModalityCueSpec& cue : list) rule->modality_cues[which].push_back(std::move(cue.regex));
    }
  }

  YamlReader& reader_;
  const std::map<std::string, Gazetteer>& gazetteers_;
  std::string context_;
};

}  // namespace

std::optional<ParsedRule> ParseRule(YamlReader& reader, const YamlItem& item,
                                    const std::map<std::string, Gazetteer>& gazetteers) {
  return RuleParser(reader, gazetteers).Parse(item);
}

}  // namespace factlint
