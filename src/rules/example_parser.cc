#include "rules/example_parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

#include "normalize/calendar.h"
#include "normalize/quantity.h"
#include "rules/did_you_mean.h"

namespace factlint {
namespace {

constexpr std::array<std::string_view, 2> kExamplesKeys = {"match", "no_match"};
constexpr std::array<std::string_view, 8> kMatchKeys = {"text",      "value", "qualifier",
                                                        "published", "unit",
                                                        "modality", "key",   "captures"};
constexpr std::array<std::string_view, 2> kNoMatchKeys = {"text", "published"};

std::vector<std::string_view> QualifierNames() {
  std::vector<std::string_view> names;
  for (Qualifier q :
       {Qualifier::kExact, Qualifier::kApprox, Qualifier::kAtMost, Qualifier::kAtLeast,
        Qualifier::kMoreThan, Qualifier::kLessThan, Qualifier::kRange, Qualifier::kVague}) {
    names.push_back(QualifierName(q));
  }
  return names;
}

std::vector<std::string_view> ModalityNames() {
  return {ModalityName(Modality::kStated), ModalityName(Modality::kPlanned),
          ModalityName(Modality::kReported)};
}

std::string_view Trim(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = s.find_last_not_of(" \t");
  return s.substr(begin, end + 1 - begin);
}

// A number, or "inf" / "+inf" / "-inf" for an unbounded end.
std::optional<double> ParseBound(std::string_view text) {
  text = Trim(text);
  if (text == "inf" || text == "+inf" || text == ".inf") return Interval::kInf;
  if (text == "-inf" || text == "-.inf") return -Interval::kInf;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<double> ParseDayNumber(std::string_view text) {
  std::optional<CivilDate> date = ParseIsoDate(Trim(text));
  if (!date || Trim(text).size() != 10) return std::nullopt;
  return static_cast<double>(DaysFromCivil(*date));
}

// "23:12" -> 1392.
std::optional<double> ParseHourMinute(std::string_view text) {
  text = Trim(text);
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
  int h = (text[0] - '0') * 10 + (text[1] - '0');
  int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return static_cast<double>(h * 60 + m);
}

std::optional<Interval> MakeInterval(double lo, double hi, bool lo_open, bool hi_open) {
  lo_open = lo_open || std::isinf(lo);
  hi_open = hi_open || std::isinf(hi);
  if (lo > hi || (lo == hi && (lo_open || hi_open))) return std::nullopt;
  return Interval{lo, hi, lo_open, hi_open};
}

constexpr std::string_view kIntervalHelp =
    "write a number, a list [lo, hi], or a string such as \"[0, 5000]\" or \"(100000, inf)\" "
    "(brackets include an end, parentheses exclude it)";

class ExampleParser {
 public:
  ExampleParser(YamlReader& reader, const ExampleContext& context)
      : reader_(reader), context_(context) {}

  std::vector<RuleExample> Parse(const YamlField& field) {
    std::vector<RuleExample> examples;
    std::optional<YamlMap> map =
        reader_.ReadMap(field, "examples of " + context_.rule, kExamplesKeys);
    if (!map) return examples;
    size_t matches = 0;
    if (const YamlField* match = map->Find("match")) {
      std::optional<std::vector<YamlItem>> items = reader_.ReadList(*match, context_.rule);
      for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
        if (std::optional<RuleExample> example = ParseMatch(item)) {
          examples.push_back(std::move(*example));
        }
        ++matches;
      }
    }
    if (matches == 0) {
      reader_.Error(map->loc(), context_.rule +
                                    " has no 'match' example; every rule needs at least one "
                                    "sentence it must match");
    }
    if (const YamlField* no_match = map->Find("no_match")) {
      std::optional<std::vector<YamlItem>> items = reader_.ReadList(*no_match, context_.rule);
      for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
        if (std::optional<RuleExample> example = ParseNoMatch(item)) {
          examples.push_back(std::move(*example));
        }
      }
    }
    return examples;
  }

 private:
  std::optional<RuleExample> ParseMatch(const YamlItem& item) {
    std::string what = "'match' example of " + context_.rule;
    std::optional<YamlMap> map = reader_.ReadMap(item.node, item.loc, what, kMatchKeys);
    if (!map) return std::nullopt;
    RuleExample example;
    example.must_match = true;
    example.loc = item.loc;
    bool ok = ReadText(*map, what, &example);
    ok = ReadPublished(*map, what, &example) && ok;
    ok = ReadExpectation(*map, what, &example.expect) && ok;
    if (!ok) return std::nullopt;
    return example;
  }

 public:
  // The fields of `map` that describe the expected claim, whichever are present.
  bool ReadExpectation(const YamlMap& map, const std::string& what, ExpectedClaim* out) {
    bool ok = true;
    ExpectedClaim& expect = *out;
    if (const YamlField* value = map.Find("value")) ok = ReadValue(*value, &expect) && ok;
    if (const YamlField* qualifier = map.Find("qualifier")) {
      std::optional<std::string> name = reader_.ReadString(*qualifier, what);
      if (name) {
        expect.qualifier = ParseQualifierName(*name);
        if (!expect.qualifier) {
          reader_.Error(qualifier->loc, "unknown qualifier '" + *name + "' in " + what +
                                            DidYouMean(*name, QualifierNames()) +
                                            "; valid qualifiers: " + JoinNames(QualifierNames()));
        }
      }
      ok = ok && expect.qualifier.has_value();
    }
    if (const YamlField* modality = map.Find("modality")) {
      std::optional<std::string> name = reader_.ReadString(*modality, what);
      if (name) {
        expect.modality = ParseModality(*name);
        if (!expect.modality) {
          reader_.Error(modality->loc, "unknown modality '" + *name + "' in " + what +
                                           DidYouMean(*name, ModalityNames()) +
                                           "; valid modalities: " + JoinNames(ModalityNames()));
        }
      }
      ok = ok && expect.modality.has_value();
    }
    if (const YamlField* unit = map.Find("unit")) {
      std::optional<std::string> name = reader_.ReadString(*unit, what);
      if (name) expect.unit = std::move(*name);
      ok = ok && name.has_value();
    }
    if (const YamlField* key = map.Find("key")) ok = ReadKey(*key, what, &expect) && ok;
    if (const YamlField* captures = map.Find("captures")) {
      ok = ReadStringMap(*captures, what, &expect.captures) && ok;
    }
    return ok;
  }

 private:

  std::optional<RuleExample> ParseNoMatch(const YamlItem& item) {
    RuleExample example;
    example.must_match = false;
    example.loc = item.loc;
    std::string what = "'no_match' example of " + context_.rule;
    if (item.node.IsScalar()) {
      example.text = item.node.Scalar();
    } else {
      std::optional<YamlMap> map = reader_.ReadMap(item.node, item.loc, what, kNoMatchKeys);
      if (!map || !ReadText(*map, what, &example) || !ReadPublished(*map, what, &example)) {
        return std::nullopt;
      }
    }
    if (example.text.empty()) {
      reader_.Error(item.loc, "empty text in " + what);
      return std::nullopt;
    }
    return example;
  }

  // `published: 2026-05-17`: the date the example's dates and weekdays resolve against.
  bool ReadPublished(const YamlMap& map, const std::string& what, RuleExample* example) {
    const YamlField* published = map.Find("published");
    if (published == nullptr) return true;
    std::optional<std::string> value = reader_.ReadString(*published, what);
    if (!value) return false;
    if (!ParseIsoDate(*value)) {
      reader_.Error(published->loc, "bad publication date '" + *value + "' in " + what +
                                        "; write YYYY-MM-DD");
      return false;
    }
    example->published = std::move(*value);
    return true;
  }

  bool ReadText(const YamlMap& map, const std::string& what, RuleExample* example) {
    const YamlField* text = reader_.Require(map, "text", what);
    if (text == nullptr) return false;
    std::optional<std::string> value = reader_.ReadString(*text, what);
    if (!value) return false;
    if (value->empty()) {
      reader_.Error(text->loc, "empty text in " + what);
      return false;
    }
    example->text = std::move(*value);
    return true;
  }

  bool ReadValue(const YamlField& field, ExpectedClaim* expect) {
    if (!context_.kind) return false;  // the rule's value is broken, already reported
    std::string what = "example value of " + context_.rule;
    switch (*context_.kind) {
      case ValueKind::kQuantity:
        if (context_.reader != QuantityReader::kNumber) {
          expect->interval = ReadCalendarInterval(field, what);
        } else {
          expect->interval = ReadInterval(field, what);
        }
        return expect->interval.has_value();
      case ValueKind::kCategory: {
        std::optional<std::string> id = reader_.ReadString(field.node, field.loc, what);
        if (!id || !CheckId(*id, field.loc)) return false;
        expect->category = std::move(*id);
        return true;
      }
      case ValueKind::kSet: {
        std::optional<std::vector<YamlItem>> items =
            reader_.ReadList(field.node, field.loc, what + " (a set: a list of ids)");
        if (!items) return false;
        std::vector<std::string> ids;
        bool ok = true;
        for (const YamlItem& item : *items) {
          std::optional<std::string> id = reader_.ReadString(item.node, item.loc, "a set id");
          if (id && CheckId(*id, item.loc)) {
            ids.push_back(std::move(*id));
          } else {
            ok = false;
          }
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        expect->set = std::move(ids);
        return ok;
      }
      case ValueKind::kQuote: {
        std::optional<std::string> quote = reader_.ReadString(field.node, field.loc, what);
        if (!quote) return false;
        expect->quote = std::move(*quote);
        return true;
      }
    }
    return false;
  }

  // A date (2026-05-16) or clock time ("23:12") of a date, weekday or time value, or a
  // list of two for a range; read onto the day or minute line as the readers do.
  std::optional<Interval> ReadCalendarInterval(const YamlField& field, const std::string& what) {
    const bool time = context_.reader == QuantityReader::kTime;
    auto point = [&](const YamlNode& node, const SourceLoc& loc) -> std::optional<double> {
      std::optional<std::string> text = reader_.ReadString(node, loc, what);
      if (!text) return std::nullopt;
      std::optional<double> v = time ? ParseHourMinute(*text) : ParseDayNumber(*text);
      if (!v) {
        reader_.Error(loc, "bad " + std::string(time ? "time" : "date") + " '" + *text + "' in " +
                               what + (time ? "; write HH:MM" : "; write YYYY-MM-DD"));
      }
      return v;
    };
    if (field.node.IsSequence()) {
      std::optional<std::vector<YamlItem>> items = reader_.ReadList(field.node, field.loc, what);
      if (!items) return std::nullopt;
      if (items->size() != 2) {
        reader_.Error(field.loc, "bad range in " + what + ": a list needs exactly two ends");
        return std::nullopt;
      }
      std::optional<double> lo = point((*items)[0].node, (*items)[0].loc);
      std::optional<double> hi = point((*items)[1].node, (*items)[1].loc);
      if (!lo || !hi) return std::nullopt;
      std::optional<Interval> interval = MakeInterval(*lo, *hi, false, false);
      if (!interval) {
        reader_.Error(field.loc, "empty range in " + what + ": the first end is later");
      }
      return interval;
    }
    std::optional<double> v = point(field.node, field.loc);
    if (!v) return std::nullopt;
    return Interval::Exact(*v);
  }

  std::optional<Interval> ReadInterval(const YamlField& field, const std::string& what) {
    if (field.node.IsSequence()) {
      std::optional<std::vector<YamlItem>> items = reader_.ReadList(field.node, field.loc, what);
      if (!items) return std::nullopt;
      if (items->size() != 2) {
        reader_.Error(field.loc, "bad interval in " + what +
                                     ": a list needs exactly two "
                                     "numbers [lo, hi], not " +
                                     std::to_string(items->size()));
        return std::nullopt;
      }
      std::optional<double> bounds[2];
      for (size_t i = 0; i < 2; ++i) {
        const YamlItem& item = (*items)[i];
        if (item.node.IsScalar()) bounds[i] = ParseBound(item.node.Scalar());
        if (!bounds[i]) {
          reader_.Error(item.loc, "bad interval bound in " + what +
                                      ": expected a number or "
                                      "'inf'");
          return std::nullopt;
        }
      }
      std::optional<Interval> interval = MakeInterval(*bounds[0], *bounds[1], false, false);
      if (!interval) reader_.Error(field.loc, "empty interval in " + what + ": lo > hi");
      return interval;
    }
    std::optional<std::string> text = reader_.ReadString(field.node, field.loc, what);
    if (!text) return std::nullopt;
    std::string_view trimmed = Trim(*text);
    if (!trimmed.empty() && (trimmed.front() == '[' || trimmed.front() == '(')) {
      std::optional<Interval> interval = ParseIntervalText(trimmed);
      if (!interval) {
        reader_.Error(field.loc, "bad interval '" + *text + "' in " + what + "; " +
                                     std::string(kIntervalHelp));
      }
      return interval;
    }
    std::optional<double> number = ParseBound(trimmed);
    if (!number || std::isinf(*number)) {
      reader_.Error(field.loc,
                    "bad value '" + *text + "' in " + what + "; " + std::string(kIntervalHelp));
      return std::nullopt;
    }
    return Interval::Exact(*number);
  }

  bool CheckId(const std::string& id, const SourceLoc& loc) {
    const Gazetteer* gazetteer = context_.gazetteer;
    if (gazetteer == nullptr || gazetteer->entries().count(id) > 0) return true;
    std::vector<std::string_view> ids;
    for (const auto& [known, unused] : gazetteer->entries()) ids.push_back(known);
    reader_.Error(loc, "unknown id '" + id + "' in example of " + context_.rule +
                           ": not in gazetteer '" + gazetteer->name() + "'" + DidYouMean(id, ids));
    return false;
  }

  bool ReadKey(const YamlField& field, const std::string& what, ExpectedClaim* expect) {
    std::optional<YamlMap> map = reader_.ReadOpenMap(field, what);
    if (!map) return false;
    std::vector<std::string_view> fields(context_.key_fields.begin(), context_.key_fields.end());
    bool ok = true;
    for (const YamlField& entry : map->fields()) {
      if (std::find(fields.begin(), fields.end(), entry.key) == fields.end()) {
        reader_.Error(entry.key_loc,
                      "'" + entry.key + "' is not a key field of " + context_.rule +
                          DidYouMean(entry.key, fields) + "; key fields: " +
                          (fields.empty() ? std::string("none") : JoinNames(fields)));
        ok = false;
        continue;
      }
      std::optional<std::string> value = reader_.ReadString(entry, what);
      if (!value) {
        ok = false;
        continue;
      }
      expect->key[entry.key] = std::move(*value);
    }
    return ok;
  }

  bool ReadStringMap(const YamlField& field, const std::string& what,
                     std::map<std::string, std::string>* out) {
    std::optional<YamlMap> map = reader_.ReadOpenMap(field, what);
    if (!map) return false;
    bool ok = true;
    for (const YamlField& entry : map->fields()) {
      std::optional<std::string> value = reader_.ReadString(entry, what);
      if (value) {
        (*out)[entry.key] = std::move(*value);
      } else {
        ok = false;
      }
    }
    return ok;
  }

  YamlReader& reader_;
  const ExampleContext& context_;
};

}  // namespace

std::optional<Interval> ParseIntervalText(std::string_view text) {
  text = Trim(text);
  if (text.size() < 2) return std::nullopt;
  char open = text.front();
  char close = text.back();
  if ((open != '[' && open != '(') || (close != ']' && close != ')')) return std::nullopt;
  std::string_view inner = text.substr(1, text.size() - 2);
  size_t comma = inner.find(',');
  if (comma == std::string_view::npos || inner.find(',', comma + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::optional<double> lo = ParseBound(inner.substr(0, comma));
  std::optional<double> hi = ParseBound(inner.substr(comma + 1));
  if (!lo || !hi) return std::nullopt;
  return MakeInterval(*lo, *hi, open == '(', close == ')');
}

std::vector<RuleExample> ParseExamples(YamlReader& reader, const YamlField& field,
                                       const ExampleContext& context) {
  return ExampleParser(reader, context).Parse(field);
}

bool ReadExpectedClaim(YamlReader& reader, const YamlMap& map, const ExampleContext& context,
                       const std::string& what, ExpectedClaim* expect) {
  return ExampleParser(reader, context).ReadExpectation(map, what, expect);
}

}  // namespace factlint
