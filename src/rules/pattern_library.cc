#include "rules/pattern_library.h"

#include <algorithm>

#include "rules/did_you_mean.h"
#include "rules/regex_compile.h"
#include "rules/regex_source.h"
#include "rules/rule.h"

namespace factlint {
namespace {

template <typename Map>
std::vector<std::string_view> KeysOf(const Map& map) {
  std::vector<std::string_view> keys;
  for (const auto& entry : map) keys.push_back(entry.first);
  return keys;
}

}  // namespace

PatternLibrary::PatternLibrary(const std::map<std::string, Gazetteer>* gazetteers)
    : gazetteers_(gazetteers) {}

bool PatternLibrary::Add(SubPattern sub, Diagnostics* errors) {
  if (!IsIdentifier(sub.name)) {
    errors->push_back(Status::RuleError(
        "sub-pattern name '" + sub.name +
            "' is not an identifier (letters, digits and '_', not starting with a digit)",
        sub.loc));
    return false;
  }
  if (sub.name == "gaz") {
    errors->push_back(Status::RuleError(
        "'gaz' cannot name a sub-pattern: {gaz:NAME} refers to gazetteers", sub.loc));
    return false;
  }
  auto it = subs_.find(sub.name);
  if (it != subs_.end()) {
    errors->push_back(Status::RuleError("duplicate sub-pattern '" + sub.name +
                                            "' (first defined at " + it->second.loc.ToString() +
                                            ")",
                                        sub.loc));
    return false;
  }
  std::string name = sub.name;
  subs_.emplace(std::move(name), std::move(sub));
  return true;
}

void PatternLibrary::Validate(Diagnostics* errors, bool check_syntax) {
  // First each text on its own (named groups, parentheses, RE2 syntax), all
  // compiled together; then the references between them, per language.
  std::vector<RegexFragment> fragments;
  std::vector<const SubPatternText*> texts;
  for (const auto& [name, sub] : subs_) {
    std::vector<const SubPatternText*> variants;
    if (sub.all_languages) variants.push_back(&*sub.all_languages);
    for (const auto& [lang, text] : sub.by_lang) variants.push_back(&text);
    std::string what = "sub-pattern '" + name + "'";
    for (const SubPatternText* text : variants) {
      bool ok = true;
      RegexSourceScan scan = ScanRegexSource(text->text);
      for (const std::string& group : scan.named_groups) {
        errors->push_back(Status::RuleError(
            what + " contains the named group '" + group +
                "': captures belong to rules, so that a sub-pattern can be used twice in one "
                "pattern; use (?:…) instead",
            text->loc));
        ok = false;
      }
      if (!scan.balanced) {
        errors->push_back(Status::RuleError(what + " has unbalanced parentheses", text->loc));
        ok = false;
      }
      text_ok_[text] = ok;
      if (ok) {
        // RE2 reads an unexpanded `{name}` as literal text, so the author's own
        // text checks as written and RE2's message quotes it.
        fragments.push_back({text->text, what, text->loc});
        texts.push_back(text);
      }
    }
  }
  if (!check_syntax) fragments.clear();
  for (auto& [index, status] : CheckRegexFragments(fragments)) {
    errors->push_back(std::move(status));
    text_ok_[texts[index]] = false;
  }
  for (const auto& [name, sub] : subs_) {
    for (Lang lang : kRuleLanguages) {
      if (sub.all_languages || sub.by_lang.count(lang) > 0) Resolve(name, lang, errors);
    }
  }
}

std::optional<std::string> PatternLibrary::Expand(std::string_view source, Lang lang,
                                                  const SourceLoc& loc, std::string_view what,
                                                  Diagnostics* errors,
                                                  std::vector<GazetteerSpan>* spans) {
  Expansion e = ExpandSource(source, lang, loc, what, errors);
  if (e.state == Expansion::State::kMissing) {
    // missing_path runs from the sub-pattern `source` names to the one that lacks `lang`.
    size_t last_arrow = e.missing_path.rfind(" -> ");
    std::string missing =
        last_arrow == std::string::npos ? e.missing_path : e.missing_path.substr(last_arrow + 4);
    std::string through =
        last_arrow == std::string::npos ? "" : " (through " + e.missing_path + ")";
    errors->push_back(Status::RuleError(std::string(what) + " uses sub-pattern '" + missing +
                                            "', which has no '" + std::string(LangCode(lang)) +
                                            "' variant" + through,
                                        loc));
    return std::nullopt;
  }
  if (e.state != Expansion::State::kOk) return std::nullopt;
  if (spans != nullptr) *spans = std::move(e.spans);
  return std::move(e.text);
}

PatternLibrary::Expansion PatternLibrary::ExpandSource(std::string_view source, Lang lang,
                                                       const SourceLoc& loc, std::string_view what,
                                                       Diagnostics* errors) {
  RegexSourceScan scan = ScanRegexSource(source);
  Expansion result;
  bool broken = false;
  for (const std::string& bad : scan.malformed_references) {
    errors->push_back(Status::RuleError("malformed gazetteer reference '" + bad + "' in " +
                                            std::string(what) + " (write {gaz:NAME})",
                                        loc));
    broken = true;
  }
  std::string out;
  size_t pos = 0;
  for (const PatternReference& ref : scan.references) {
    out.append(source.substr(pos, ref.begin - pos));
    pos = ref.end;
    if (ref.gazetteer) {
      auto gaz = gazetteers_->find(ref.name);
      if (gaz == gazetteers_->end()) {
        errors->push_back(
            Status::RuleError("unknown gazetteer '" + ref.name + "' in {gaz:" + ref.name + "} in " +
                                  std::string(what) + DidYouMean(ref.name, KeysOf(*gazetteers_)),
                              loc));
        broken = true;
        continue;
      }
      const std::string& alternation = GazetteerPattern(gaz->second);
      result.spans.push_back({ref.name, out.size(), out.size() + alternation.size()});
      out += alternation;
    } else {
      if (subs_.count(ref.name) == 0) {
        errors->push_back(Status::RuleError("unknown sub-pattern '{" + ref.name + "}' in " +
                                                std::string(what) +
                                                DidYouMean(ref.name, KeysOf(subs_)),
                                            loc));
        broken = true;
        continue;
      }
      auto on_stack = std::find(stack_.begin(), stack_.end(), ref.name);
      if (on_stack != stack_.end()) {
        std::string cycle;
        for (auto it = on_stack; it != stack_.end(); ++it) cycle += *it + " -> ";
        errors->push_back(
            Status::RuleError("cycle between sub-patterns: " + cycle + ref.name, loc));
        broken = true;
        continue;
      }
      const Expansion& sub = Resolve(ref.name, lang, errors);
      switch (sub.state) {
        case Expansion::State::kOk:
          for (const GazetteerSpan& span : sub.spans) {
            result.spans.push_back(
                {span.gazetteer, out.size() + span.begin, out.size() + span.end});
          }
          out += sub.text;
          break;
        case Expansion::State::kMissing:
          if (result.missing_path.empty()) result.missing_path = sub.missing_path;
          break;
        case Expansion::State::kBroken:
        case Expansion::State::kInProgress:
          broken = true;
          break;
      }
    }
    if (out.size() > kMaxExpandedBytes) {
      errors->push_back(Status::RuleError(std::string(what) + " expands to more than " +
                                              std::to_string(kMaxExpandedBytes >> 20) +
                                              " MiB for " + std::string(LangCode(lang)),
                                          loc));
      broken = true;
      break;
    }
  }
  if (broken) {
    result.state = Expansion::State::kBroken;
    result.spans.clear();
  } else if (!result.missing_path.empty()) {
    result.state = Expansion::State::kMissing;
  } else {
    out.append(source.substr(std::min(pos, source.size())));
    result.state = Expansion::State::kOk;
    result.text = std::move(out);
  }
  return result;
}

const PatternLibrary::Expansion& PatternLibrary::Resolve(const std::string& name, Lang lang,
                                                         Diagnostics* errors) {
  auto key = std::make_pair(name, lang);
  if (auto it = expansions_.find(key); it != expansions_.end()) return it->second;
  Expansion& slot = expansions_[key];  // kInProgress; std::map keeps the reference valid

  const SubPattern& sub = subs_.at(name);
  auto variant = sub.by_lang.find(lang);
  const SubPatternText* text = variant != sub.by_lang.end() ? &variant->second
                               : sub.all_languages          ? &*sub.all_languages
                                                            : nullptr;
  if (text == nullptr) {
    slot.state = Expansion::State::kMissing;
    slot.missing_path = name;
    return slot;
  }

  std::string what = "sub-pattern '" + name + "'";
  auto checked = text_ok_.find(text);
  bool broken = checked != text_ok_.end() && !checked->second;

  stack_.push_back(name);
  Expansion e = ExpandSource(text->text, lang, text->loc, what, errors);
  stack_.pop_back();

  if (e.state == Expansion::State::kMissing) {
    e.missing_path = name + " -> " + e.missing_path;
    if (!sub.all_languages) {
      // The author wrote this language's variant, so it must work on its own.
      std::string used = e.missing_path.substr(e.missing_path.rfind(" -> ") + 4);
      errors->push_back(Status::RuleError(what + " for " + std::string(LangCode(lang)) +
                                              " uses sub-pattern '" + used + "', which has no '" +
                                              std::string(LangCode(lang)) + "' variant",
                                          text->loc));
      e.state = Expansion::State::kBroken;
    }
  }
  if (e.state == Expansion::State::kOk) {
    e.text = "(?:" + e.text + ")";
    for (GazetteerSpan& span : e.spans) {
      span.begin += 3;
      span.end += 3;
    }
  }
  if (broken) e.state = Expansion::State::kBroken;
  slot = std::move(e);
  return slot;
}

const std::string& PatternLibrary::GazetteerPattern(const Gazetteer& gazetteer) {
  auto it = gazetteer_patterns_.find(gazetteer.name());
  if (it == gazetteer_patterns_.end()) {
    it = gazetteer_patterns_.emplace(gazetteer.name(), gazetteer.AliasPattern()).first;
  }
  return it->second;
}

}  // namespace factlint
