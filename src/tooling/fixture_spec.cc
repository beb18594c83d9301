#include "tooling/fixture_spec.h"

#include <array>
#include <cmath>

#include "rules/did_you_mean.h"
#include "rules/example_parser.h"
#include "rules/rule_defaults.h"
#include "rules/yaml_reader.h"

namespace factlint {
namespace {

constexpr std::array<std::string_view, 4> kTopKeys = {"exhaustive", "claims", "findings",
                                                      "no_findings"};
constexpr std::array<std::string_view, 8> kClaimKeys = {"line",      "rule",     "slot", "value",
                                                        "qualifier", "modality", "key",  "text"};
constexpr std::array<std::string_view, 5> kFindingKeys = {"kind", "slot", "rule", "articles",
                                                          "key"};

std::vector<std::string_view> KindNames() {
  std::vector<std::string_view> names;
  for (FindingKind k : {FindingKind::kConflict, FindingKind::kDiscrepancy, FindingKind::kInternal,
                        FindingKind::kQuoteVariant, FindingKind::kCorroborated}) {
    names.push_back(FindingKindName(k));
  }
  return names;
}

class SidecarParser {
 public:
  SidecarParser(YamlReader& reader, const RulePack& pack) : reader_(reader), pack_(pack) {
    for (const CompiledRule& r : pack.rules()) {
      rule_ids_.push_back(r.rule.id);
      if (first_of_slot_.try_emplace(r.rule.slot, &r.rule).second) slots_.push_back(r.rule.slot);
    }
  }

  void Parse(const YamlMap& top, FixtureSpec* spec) {
    const size_t errors_before = reader_.error_count();
    if (const YamlField* f = top.Find("exhaustive")) ReadExhaustive(*f, spec);
    if (const YamlField* f = top.Find("claims")) {
      if (f->node.IsMap()) {
        std::optional<YamlMap> articles = reader_.ReadOpenMap(*f, "");
        for (const YamlField& article : articles ? articles->fields() : std::vector<YamlField>{}) {
          ReadClaims(article, {article.key, article.key_loc}, spec);
        }
      } else {
        ReadClaims(*f, {"", f->key_loc}, spec);
      }
    }
    if (const YamlField* f = top.Find("findings")) ReadFindings(*f, true, spec);
    if (const YamlField* f = top.Find("no_findings")) ReadFindings(*f, false, spec);
    if (spec->claims.empty() && spec->findings.empty() && reader_.error_count() == errors_before) {
      reader_.Error(top.loc(),
                    "the sidecar expects nothing: list 'claims', 'findings' or "
                    "'no_findings'");
    }
  }

 private:
  void ReadExhaustive(const YamlField& f, FixtureSpec* spec) {
    spec->exhaustive_loc = f.loc;
    if (f.node.IsScalar()) {
      std::string v = f.node.Scalar();
      if (v == "true") {
        spec->exhaustive_all = true;
      } else if (v != "false") {
        reader_.Error(f.loc,
                      "'exhaustive' must be true, false or a list of slots, not '" + v + "'");
      }
      return;
    }
    std::optional<std::vector<YamlItem>> items = reader_.ReadList(f, "");
    for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
      std::optional<std::string> slot = reader_.ReadString(item.node, item.loc, "a slot");
      if (slot && CheckSlot(*slot, item.loc)) spec->exhaustive_slots.insert(*slot);
    }
  }

  bool CheckSlot(const std::string& slot, const SourceLoc& loc) {
    if (first_of_slot_.count(slot) > 0) return true;
    reader_.Error(loc, "no rule of the pack has slot '" + slot + "'" + DidYouMean(slot, slots_));
    return false;
  }

  // `rule` and/or `slot` of an entry; the rule that gives its expectations their types.
  const Rule* ReadTarget(const YamlMap& map, const std::string& what, std::string* rule_id,
                         std::string* slot) {
    const YamlField* rule_field = map.Find("rule");
    const YamlField* slot_field = map.Find("slot");
    if (rule_field == nullptr && slot_field == nullptr) {
      reader_.Error(map.loc(), "missing 'rule' or 'slot' in " + what);
      return nullptr;
    }
    const Rule* rule = nullptr;
    if (rule_field != nullptr) {
      std::optional<std::string> id = reader_.ReadString(*rule_field, what);
      if (!id) return nullptr;
      const CompiledRule* found = pack_.FindRule(*id);
      if (found == nullptr) {
        reader_.Error(rule_field->loc,
                      "no rule '" + *id + "' in the pack" + DidYouMean(*id, rule_ids_));
        return nullptr;
      }
      rule = &found->rule;
      *rule_id = *id;
    }
    if (slot_field != nullptr) {
      std::optional<std::string> name = reader_.ReadString(*slot_field, what);
      if (!name || !CheckSlot(*name, slot_field->loc)) return nullptr;
      if (rule != nullptr && rule->slot != *name) {
        reader_.Error(slot_field->loc,
                      "rule '" + rule->id + "' has slot '" + rule->slot + "', not '" + *name + "'");
        return nullptr;
      }
      *slot = *name;
      if (rule == nullptr) rule = first_of_slot_.at(*name);
    }
    return rule;
  }

  void ReadClaims(const YamlField& f, const ArticleName& article, FixtureSpec* spec) {
    std::string context = article.name.empty() ? "" : "claims of '" + article.name + "'";
    std::optional<std::vector<YamlItem>> items = reader_.ReadList(f, context);
    for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
      const std::string what = "expected claim";
      std::optional<YamlMap> map = reader_.ReadMap(item.node, item.loc, what, kClaimKeys);
      if (!map) continue;
      ClaimExpectation c;
      c.article = article;
      c.loc = item.loc;
      bool ok = true;
      if (const YamlField* line = reader_.Require(*map, "line", what)) {
        std::optional<double> n = reader_.ReadNumber(line->node, line->loc, "'line' in " + what);
        if (n && (*n < 1 || *n != std::floor(*n) || *n > 1e9)) {
          reader_.Error(line->loc, "'line' must be a line number (1, 2, ...)");
          n.reset();
        }
        if (n) c.line = static_cast<int>(*n);
        ok = n.has_value();
      } else {
        ok = false;
      }
      const Rule* rule = ReadTarget(*map, what, &c.rule_id, &c.slot);
      if (rule == nullptr) continue;
      ExampleContext context;
      context.rule = "rule '" + rule->id + "'";
      context.kind = rule->value.kind;
      context.reader = rule->value.reader;  // dates and times are written as such
      if (!rule->value.gazetteer.empty()) {
        context.gazetteer = pack_.FindGazetteer(rule->value.gazetteer);
      }
      for (const KeyField& k : rule->key) context.key_fields.push_back(k.name);
      if (rule->value.kind == ValueKind::kQuote) {
        context.key_fields.emplace_back(rule_defaults::kSpeakerGroup);
      }
      ok = ReadExpectedClaim(reader_, *map, context, what, &c.expect) && ok;
      if (const YamlField* text = map->Find("text")) {
        c.text = reader_.ReadString(*text, what);
        ok = c.text.has_value() && ok;
      }
      if (ok) spec->claims.push_back(std::move(c));
    }
  }

  void ReadFindings(const YamlField& f, bool present, FixtureSpec* spec) {
    std::optional<std::vector<YamlItem>> items = reader_.ReadList(f, "");
    for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
      const std::string what = present ? "expected finding" : "'no_findings' entry";
      std::optional<YamlMap> map = reader_.ReadMap(item.node, item.loc, what, kFindingKeys);
      if (!map) continue;
      FindingExpectation e;
      e.present = present;
      e.loc = item.loc;
      bool ok = true;
      if (const YamlField* kind = reader_.Require(*map, "kind", what)) {
        std::optional<std::string> name = reader_.ReadString(*kind, what);
        std::optional<FindingKind> parsed = name ? ParseFindingKind(*name) : std::nullopt;
        if (name && !parsed) {
          std::vector<std::string_view> kinds = KindNames();
          reader_.Error(kind->loc, "unknown finding kind '" + *name + "'" +
                                       DidYouMean(*name, kinds) + "; kinds: " + JoinNames(kinds));
        }
        if (parsed) e.kind = *parsed;
        ok = parsed.has_value();
      } else {
        ok = false;
      }
      const Rule* rule = ReadTarget(*map, what, &e.rule_id, &e.slot);
      ok = rule != nullptr && ok;
      if (const YamlField* articles = map->Find("articles")) {
        std::optional<std::vector<YamlItem>> names = reader_.ReadList(*articles, what);
        if (names) {
          e.articles.emplace();
          for (const YamlItem& n : *names) {
            std::optional<std::string> name = reader_.ReadString(n.node, n.loc, "an article name");
            if (name && !name->empty()) {
              e.articles->push_back({*name, n.loc});
            } else {
              ok = false;
            }
          }
        } else {
          ok = false;
        }
      }
      if (const YamlField* key = map->Find("key")) {
        std::optional<YamlMap> fields = reader_.ReadOpenMap(*key, what);
        for (const YamlField& k : fields ? fields->fields() : std::vector<YamlField>{}) {
          std::optional<std::string> value = reader_.ReadString(k, what);
          if (value) {
            e.key[k.key] = *value;
          } else {
            ok = false;
          }
        }
        ok = fields.has_value() && ok;
      }
      if (ok) spec->findings.push_back(std::move(e));
    }
  }

  YamlReader& reader_;
  const RulePack& pack_;
  std::vector<std::string_view> rule_ids_;
  std::vector<std::string_view> slots_;
  std::map<std::string, const Rule*> first_of_slot_;
};

}  // namespace

std::optional<FixtureSpec> ParseFixtureSpec(const std::string& path, std::string_view text,
                                            const RulePack& pack, Diagnostics* errors) {
  const size_t before = errors->size();
  FixtureSpec spec;
  spec.sidecar = path;
  if (path.size() <= kSidecarSuffix.size() ||
      path.compare(path.size() - kSidecarSuffix.size(), kSidecarSuffix.size(), kSidecarSuffix) !=
          0) {
    errors->push_back(Status::InputError(
        "a fixture sidecar is named after what it annotates plus '.test.yaml'", {path}));
    return std::nullopt;
  }
  spec.target = path.substr(0, path.size() - kSidecarSuffix.size());
  YamlReader reader(path, text, errors);
  std::vector<YamlNode> docs = reader.Parse();
  if (errors->size() != before) return std::nullopt;
  if (docs.size() != 1 || docs.front().IsNull()) {
    errors->push_back(Status::InputError(
        docs.size() > 1 ? "a sidecar holds one YAML document" : "empty sidecar", {path, 1, 1}));
    return std::nullopt;
  }
  std::optional<YamlMap> top =
      reader.ReadMap(docs.front(), reader.Loc(docs.front()), "fixture sidecar", kTopKeys);
  if (top) SidecarParser(reader, pack).Parse(*top, &spec);
  if (errors->size() != before) return std::nullopt;
  return spec;
}

}  // namespace factlint
