#include "rules/gazetteer_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <vector>

#include "rules/did_you_mean.h"
#include "rules/regex_source.h"
#include "text/fold.h"

namespace factlint {
namespace {

constexpr std::array<std::string_view, 2> kEntryKeys = {"parent", "aliases"};

std::string Trim(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  size_t end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(begin, end + 1 - begin));
}

}  // namespace

bool IsPlainId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

void GazetteerReader::Read(YamlReader& reader, const YamlMap& top) {
  const YamlField* name_field = top.Find("gazetteer");
  const YamlField* entries_field = top.Find("entries");
  if (name_field == nullptr && entries_field == nullptr) return;
  if (name_field == nullptr) {
    reader.Error(entries_field->key_loc,
                 "'entries' needs 'gazetteer: NAME' in the same file to say which gazetteer "
                 "they belong to");
    return;
  }
  std::optional<std::string> name = reader.ReadString(*name_field, "");
  if (!name) return;
  if (!IsIdentifier(*name)) {
    reader.Error(name_field->loc, "gazetteer name '" + *name +
                                      "' is not an identifier (letters, digits and '_', not "
                                      "starting with a digit)");
    return;
  }
  if (entries_field == nullptr) {
    reader.Error(top.loc(), "missing required key 'entries' for gazetteer '" + *name + "'");
    return;
  }
  gazetteers_.try_emplace(*name, *name);
  std::optional<YamlMap> entries = reader.ReadOpenMap(*entries_field, "gazetteer '" + *name + "'");
  if (!entries) return;
  for (const YamlField& entry : entries->fields()) ReadEntry(reader, *name, entry);
}

void GazetteerReader::ReadEntry(YamlReader& reader, const std::string& gazetteer,
                                const YamlField& field) {
  std::string what = "entry '" + field.key + "' of gazetteer '" + gazetteer + "'";
  if (!IsPlainId(field.key)) {
    reader.Error(field.key_loc, "gazetteer id '" + field.key +
                                    "' may only contain letters, digits, '.', '-' and '_'");
    return;
  }
  std::optional<YamlMap> map = reader.ReadMap(field.node, field.loc, what, kEntryKeys);
  if (!map) return;

  GazetteerEntry entry;
  entry.id = field.key;
  entry.loc = field.key_loc;
  SourceLoc parent_loc;
  if (const YamlField* parent = map->Find("parent")) {
    std::optional<std::string> value = reader.ReadString(*parent, what);
    if (value) {
      entry.parent = *value;
      parent_loc = parent->loc;
      if (entry.parent == entry.id) {
        reader.Error(parent_loc, what + " cannot be its own parent");
        entry.parent.clear();
      }
    }
  }
  if (const YamlField* aliases = map->Find("aliases")) {
    std::optional<std::vector<YamlItem>> items = reader.ReadList(*aliases, what);
    for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
      std::optional<std::string> alias = reader.ReadString(item.node, item.loc, "an alias");
      if (!alias) continue;
      std::string trimmed = Trim(*alias);
      std::string folded = FoldForLookup(trimmed);
      if (folded.empty()) {
        reader.Error(item.loc, "empty alias in " + what);
        continue;
      }
      alias_locs_.try_emplace({gazetteer, folded, entry.id}, item.loc);
      entry.aliases.push_back(std::move(trimmed));
    }
  }

  auto [origin, inserted] =
      origins_.try_emplace({gazetteer, entry.id}, EntryOrigin{entry.loc, entry.parent, parent_loc});
  if (!inserted && !entry.parent.empty()) {
    if (origin->second.parent.empty()) {
      origin->second.parent = entry.parent;
      origin->second.parent_loc = parent_loc;
    } else if (origin->second.parent != entry.parent) {
      reader.Error(parent_loc, what + " has parent '" + entry.parent + "' here but '" +
                                   origin->second.parent + "' at " +
                                   origin->second.parent_loc.ToString());
      entry.parent.clear();
    }
  }
  gazetteers_.at(gazetteer).Add(std::move(entry));
}

std::map<std::string, Gazetteer> GazetteerReader::Finish(Diagnostics* errors,
                                                         Diagnostics* warnings) && {
  for (const auto& [key, origin] : origins_) {
    const auto& [gazetteer, id] = key;
    if (origin.parent.empty()) continue;
    if (origins_.count({gazetteer, origin.parent}) == 0) {
      std::vector<std::string_view> ids;
      for (const auto& [other, unused] : gazetteers_.at(gazetteer).entries()) ids.push_back(other);
      errors->push_back(Status::RuleError("parent '" + origin.parent + "' of '" + id +
                                              "' is not in gazetteer '" + gazetteer + "'" +
                                              DidYouMean(origin.parent, ids),
                                          origin.parent_loc));
      continue;
    }
    // Report each cycle once, at its smallest id, so the message is stable.
    std::vector<std::string> path = {id};
    std::set<std::string> seen = {id};
    std::string current = origin.parent;
    while (!current.empty() && seen.insert(current).second) {
      path.push_back(current);
      auto next = origins_.find({gazetteer, current});
      current = next == origins_.end() ? "" : next->second.parent;
    }
    if (current == id && *std::min_element(path.begin(), path.end()) == id) {
      std::string cycle;
      for (const std::string& step : path) cycle += step + " -> ";
      errors->push_back(Status::RuleError(
          "parent cycle in gazetteer '" + gazetteer + "': " + cycle + id, origin.parent_loc));
    }
  }
  if (warnings != nullptr) {
    for (const auto& [name, gazetteer] : gazetteers_) {
      for (const auto& [folded, ids] : gazetteer.ShadowedAliases()) {
        for (size_t i = 1; i < ids.size(); ++i) {
          auto loc = alias_locs_.find({name, folded, ids[i]});
          warnings->push_back(Status::RuleError(
              "alias '" + folded + "' of '" + ids[i] + "' is also an alias of '" + ids[0] +
                  "' in gazetteer '" + name + "'; lookups resolve it to '" + ids[0] + "'",
              loc == alias_locs_.end() ? SourceLoc{} : loc->second));
        }
      }
    }
  }
  return std::move(gazetteers_);
}

}  // namespace factlint
