#include "cli/project_config.h"

#include <array>
#include <system_error>

#include "input/read_file.h"
#include "rules/yaml_reader.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 7> kKeys = {"rules",   "fail-on", "format", "baseline",
                                                   "against", "store",   "story"};

std::string Resolve(const std::string& value, const std::string& file) {
  fs::path p(value);
  if (p.is_absolute()) return value;
  fs::path dir = fs::path(file).parent_path();
  return (dir / p).lexically_normal().string();
}

// A string or a list of strings.
std::vector<ProjectSetting> ReadStrings(YamlReader& reader, const YamlField& field) {
  std::vector<ProjectSetting> out;
  if (field.node.IsSequence()) {
    std::optional<std::vector<YamlItem>> items = reader.ReadList(field, "");
    if (!items) return out;
    for (const YamlItem& item : *items) {
      std::optional<std::string> s =
          reader.ReadString(item.node, item.loc, "each of '" + field.key + "'");
      if (s) out.push_back({*s, item.loc});
    }
    return out;
  }
  std::optional<std::string> s = reader.ReadString(field, "");
  if (s) out.push_back({*s, field.loc});
  return out;
}

std::optional<ProjectSetting> ReadOne(YamlReader& reader, const YamlField& field) {
  std::optional<std::string> s = reader.ReadString(field, "");
  if (!s) return std::nullopt;
  if (s->empty()) {
    reader.Error(field.loc, "'" + field.key + "' must not be empty");
    return std::nullopt;
  }
  return ProjectSetting{*s, field.loc};
}

}  // namespace

std::vector<std::string> ProjectConfig::DefaultArguments(Command command) const {
  std::vector<std::string> args;
  auto add = [&](const char* option, const std::optional<ProjectSetting>& s) {
    if (!s) return;
    args.push_back(option);
    args.push_back(s->value);
  };
  for (const ProjectSetting& r : rules) {
    args.push_back("--rules");
    args.push_back(r.value);
  }
  switch (command) {
    case Command::kCheck:
      add("--fail-on", fail_on);
      add("--format", format);
      add("--baseline", baseline);
      add("--story", story);
      for (const ProjectSetting& a : against) {
        args.push_back("--against");
        args.push_back(a.value);
      }
      break;
    case Command::kStoreIngest:
      add("--store", store);
      add("--story", story);
      break;
    case Command::kStoreStats:
      add("--store", store);
      break;
    default:
      break;
  }
  return args;
}

Result<ProjectConfig> ParseProjectConfig(std::string_view text, const std::string& file) {
  Diagnostics errors;
  YamlReader reader(file, text, &errors);
  ProjectConfig config;
  config.file = file;
  std::vector<YamlNode> docs = reader.Parse();
  if (docs.size() > 1) reader.Error(SourceLoc{file}, "a .factlint.yaml holds one YAML document");
  if (errors.empty() && !docs.empty()) {
    std::optional<YamlMap> top = reader.ReadMap(docs.front(), reader.Loc(docs.front()),
                                                "the .factlint.yaml settings", kKeys);
    if (top) {
      for (const YamlField& field : top->fields()) {
        if (field.key == "rules" || field.key == "against") {
          std::vector<ProjectSetting> values = ReadStrings(reader, field);
          for (ProjectSetting& v : values) {
            if (v.value.empty()) {
              reader.Error(v.loc, "'" + field.key + "' must not be empty");
              continue;
            }
            v.value = Resolve(v.value, file);
            (field.key == "rules" ? config.rules : config.against).push_back(std::move(v));
          }
          continue;
        }
        std::optional<ProjectSetting> s = ReadOne(reader, field);
        if (!s) continue;
        if (field.key == "fail-on") {
          if (s->value != "error" && s->value != "warning" && s->value != "never") {
            reader.Error(s->loc, "unknown fail-on '" + s->value + "' (expected error, warning or never)");
          }
          config.fail_on = s;
        } else if (field.key == "format") {
          config.format = s;
        } else if (field.key == "story") {
          config.story = s;
        } else {
          s->value = Resolve(s->value, file);
          if (field.key == "baseline") config.baseline = s;
          if (field.key == "store") config.store = s;
        }
      }
    }
  }
  if (!errors.empty()) {
    // The first problem, as an invalid argument: the configuration is part of the command line.
    const Status& first = errors.front();
    return Status::InvalidArgument(first.message(), first.loc());
  }
  return config;
}

Result<std::optional<ProjectConfig>> FindProjectConfig(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::optional<ProjectConfig>();
  while (true) {
    fs::path candidate = dir / kProjectConfigName;
    if (fs::exists(candidate, ec)) {
      Result<std::string> text = ReadFileBytes(candidate.string(), size_t{1} << 20);
      if (!text.ok()) return text.status();
      FACTLINT_ASSIGN_OR_RETURN(ProjectConfig config,
                                ParseProjectConfig(*text, candidate.string()));
      return std::optional<ProjectConfig>(std::move(config));
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::optional<ProjectConfig>();
}

}  // namespace factlint
