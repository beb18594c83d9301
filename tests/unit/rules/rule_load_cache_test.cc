// A load with a RuleLoadCache makes the same pack and the same messages as a
// load without: cold (everything offered), warm (every tree found, the pack
// known clean, the syntax checks skipped) and on broken files (nothing kept).
#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "rules/rule_load_cache.h"
#include "rules/rule_loader.h"
#include "rules_test_util.h"

using namespace factlint;

namespace {

class MemoryCache : public RuleLoadCache {
 public:
  std::shared_ptr<const YamlTree> FindTree(std::string_view text) const override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = trees_.find(std::string(text));
    if (it == trees_.end()) return nullptr;
    ++hits_;
    return it->second;
  }
  void SaveTree(std::string_view text, const YamlTree& tree) const override {
    std::lock_guard<std::mutex> lock(mu_);
    trees_[std::string(text)] = std::make_shared<const YamlTree>(tree.nodes(), tree.documents());
  }
  bool IsClean(std::string_view pack) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return clean_.count(std::string(pack)) > 0;
  }
  void MarkClean(std::string_view pack) const override {
    std::lock_guard<std::mutex> lock(mu_);
    clean_.insert(std::string(pack));
  }

  size_t trees() const { return trees_.size(); }
  size_t hits() const { return hits_; }
  size_t clean() const { return clean_.size(); }

 private:
  mutable std::mutex mu_;
  mutable std::map<std::string, std::shared_ptr<const YamlTree>> trees_;
  mutable std::set<std::string> clean_;
  mutable size_t hits_ = 0;
};

}  // namespace

TEST_CASE("The shipped pack loads the same without a cache, cold and warm", "[rule_load_cache]") {
  const std::vector<std::string> rules = {FACTLINT_SOURCE_DIR "/rules"};
  Diagnostics errors, warnings;
  std::optional<RulePack> plain =
      LoadRulePack(rules, &errors, &warnings, RulePackOptions{.lazy = true, .jobs = 2});
  REQUIRE(plain.has_value());
  REQUIRE(errors.empty());

  MemoryCache cache;
  RulePackOptions options{.lazy = true, .jobs = 2, .cache = &cache};
  for (const char* run : {"cold", "warm"}) {
    INFO(run);
    Diagnostics run_errors, run_warnings;
    std::optional<RulePack> pack = LoadRulePack(rules, &run_errors, &run_warnings, options);
    REQUIRE(pack.has_value());
    CHECK(run_errors.empty());
    CHECK(testing::MessagesOf(run_warnings) == testing::MessagesOf(warnings));
    CHECK(testing::DescribePack(*pack) == testing::DescribePack(*plain));
  }
  CHECK(cache.trees() > 20);
  CHECK(cache.hits() == cache.trees());  // the warm load found every file
  CHECK(cache.clean() == 1);
}

TEST_CASE("Broken rule files report the same with a cache and leave no clean mark",
          "[rule_load_cache]") {
  const std::vector<RuleSource> sources = {
      {"a.yaml", "patterns:\n  troop: '(?:soldats|troupes'\n"},
      {"b.yaml", "rules:\n  - id: x\n    slot: [a\n"},
      {"c.yaml", "rules:\n  - id: troops\n    slot: troops.count\n    type: quantity\n"
                 "    patterns:\n      fr: ['(?P<value>\\d+) {troop}']\n"},
  };
  Diagnostics plain;
  CHECK_FALSE(BuildRulePack(sources, &plain, nullptr, RulePackOptions{.lazy = true}).has_value());
  REQUIRE(plain.size() >= 2);
  MemoryCache cache;
  for (int run = 0; run < 2; ++run) {
    Diagnostics errors;
    CHECK_FALSE(BuildRulePack(sources, &errors, nullptr,
                              RulePackOptions{.lazy = true, .cache = &cache})
                    .has_value());
    CHECK(testing::MessagesOf(errors) == testing::MessagesOf(plain));
  }
  CHECK(cache.trees() == 2);  // a.yaml and c.yaml parse; b.yaml does not
  CHECK(cache.clean() == 0);
}

TEST_CASE("A known-clean mark is only for the very files it was made for", "[rule_load_cache]") {
  // The same files with a sub-pattern or a shared modality cue RE2 rejects: the
  // mark of the clean pack does not cover them, so the syntax check runs and
  // reports it.
  std::vector<RuleSource> sources = {
      {"lib.yaml", "patterns:\n  troop: '(?:soldats|troupes)'\n"},
      {"r.yaml",
       "rules:\n  - id: troops.fr\n    description: Soldats\n    language: fr\n"
       "    slot: troops\n    value:\n      type: quantity\n      unit: soldier\n"
       "    patterns:\n      - \"(?P<quantity>\\\\d+) {troop}\"\n"
       "    examples:\n      match:\n        - text: \"5000 soldats\"\n          value: 5000\n"},
  };
  MemoryCache cache;
  RulePackOptions options{.lazy = true, .cache = &cache};
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack(sources, &errors, nullptr, options);
  INFO((errors.empty() ? "" : errors[0].ToString()));
  REQUIRE(pack.has_value());
  REQUIRE(cache.clean() == 1);
  sources[0].content = "patterns:\n  troop: '(?:soldats|tr[z-a]oupes)'\n";
  Diagnostics broken;
  CHECK_FALSE(BuildRulePack(sources, &broken, nullptr, options).has_value());
  REQUIRE_FALSE(broken.empty());
  CHECK(broken[0].loc().file == "lib.yaml");
  INFO(broken[0].ToString());
  CHECK(broken[0].message().find("invalid character class range") != std::string::npos);

  // A shared modality cue RE2 rejects, likewise.
  sources[0].content = "patterns:\n  troop: '(?:soldats|troupes)'\nmodality:\n  planned:\n"
                       "    fr: ['envisag[z-a]']\n";
  Diagnostics bad_cue;
  CHECK_FALSE(BuildRulePack(sources, &bad_cue, nullptr, options).has_value());
  REQUIRE_FALSE(bad_cue.empty());
  INFO(bad_cue[0].ToString());
  CHECK(bad_cue[0].loc().file == "lib.yaml");
  CHECK(bad_cue[0].message().find("invalid character class range") != std::string::npos);
}
