// factlint_ceiling: the cost of merely knowing where claims are.
//
//   factlint_ceiling --rules rules/ corpus.jsonl        # prints one JSON object
//
// Every expanded pattern of every rule of the pack goes into one RE2::Set per language
// (UNANCHORED, match only: no captures, no spans). The articles of the .jsonl are read and
// normalized first (input/, as `factlint extract` reads them); then the clock runs while each
// paragraph of each article (blocks between blank lines) is matched against the Set of its
// language: which rules fire in which paragraph. Nothing else is timed, so this is a ceiling
// for extraction over the same bytes. Used by scripts/bench/run; see docs/performance.md.
#include <re2/re2.h>
#include <re2/set.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "input/article_reader.h"
#include "rules/regex_compile.h"
#include "rules/rule_loader.h"

namespace factlint {
namespace {

struct LangPatterns {
  std::unique_ptr<RE2::Set> set;
  std::vector<size_t> rule_of_pattern;
};

struct Loaded {
  Lang lang;
  std::string text;  // normalized
};

int Usage() {
  std::cerr << "usage: factlint_ceiling --rules DIR [--rules DIR]... CORPUS.jsonl\n";
  return 2;
}

int Main(int argc, char** argv) {
  std::vector<std::string> rule_paths;
  std::string corpus;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rules" && i + 1 < argc) {
      rule_paths.push_back(argv[++i]);
    } else if (!arg.empty() && arg[0] != '-' && corpus.empty()) {
      corpus = arg;
    } else {
      return Usage();
    }
  }
  if (rule_paths.empty() || corpus.empty()) return Usage();

  auto t0 = std::chrono::steady_clock::now();
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack(rule_paths, &errors);
  if (!pack) {
    for (const Status& e : errors) std::cerr << e.ToString() << "\n";
    return 2;
  }
  auto t1 = std::chrono::steady_clock::now();

  std::map<Lang, LangPatterns> sets;
  size_t patterns = 0;
  for (size_t r = 0; r < pack->rules().size(); ++r) {
    for (const CompiledPattern& p : pack->rules()[r].patterns) {
      LangPatterns& lp = sets[p.lang];
      if (!lp.set) {
        RE2::Options options = RuleRegexOptions();
        options.set_max_mem(int64_t{1} << 30);
        lp.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
      }
      std::string error;
      if (lp.set->Add(p.expanded, &error) < 0) {
        std::cerr << "factlint_ceiling: pattern of " << pack->rules()[r].rule.id
                  << " rejected by RE2::Set: " << error << "\n";
        return 2;
      }
      lp.rule_of_pattern.push_back(r);
      ++patterns;
    }
  }
  for (auto& [lang, lp] : sets) {
    if (!lp.set->Compile()) {
      std::cerr << "factlint_ceiling: the " << LangCode(lang) << " RE2::Set does not compile\n";
      return 2;
    }
  }
  auto t2 = std::chrono::steady_clock::now();

  std::vector<Loaded> articles;
  Diagnostics warnings;
  Status st = ForEachArticle({corpus}, ReadOptions{}, &warnings, [&](Article&& a) -> Status {
    articles.push_back({a.meta.lang, a.text.normalized()});
    return Status::Ok();
  });
  if (!st.ok()) {
    std::cerr << st.ToString() << "\n";
    return 2;
  }
  std::FILE* f = std::fopen(corpus.c_str(), "rb");
  long file_bytes = 0;
  if (f != nullptr) {
    std::fseek(f, 0, SEEK_END);
    file_bytes = std::ftell(f);
    std::fclose(f);
  }

  size_t text_bytes = 0, paragraphs = 0, hits = 0, failures = 0;
  std::vector<int> fired;
  std::set<size_t> rules_fired;
  auto t3 = std::chrono::steady_clock::now();
  for (const Loaded& a : articles) {
    auto it = sets.find(a.lang);
    if (it == sets.end()) continue;
    const LangPatterns& lp = it->second;
    std::string_view text = a.text;
    text_bytes += text.size();
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find("\n\n", pos);
      if (end == std::string_view::npos) end = text.size();
      if (end > pos) {
        ++paragraphs;
        fired.clear();
        RE2::Set::ErrorInfo info;
        if (lp.set->Match(re2::StringPiece(text.data() + pos, end - pos), &fired, &info)) {
          rules_fired.clear();
          for (int k : fired) rules_fired.insert(lp.rule_of_pattern[static_cast<size_t>(k)]);
          hits += rules_fired.size();
        } else if (info.kind != RE2::Set::kNoError) {
          ++failures;
        }
      }
      pos = end + 2;
    }
  }
  auto t4 = std::chrono::steady_clock::now();

  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  const double scan = secs(t3, t4);
  std::printf(
      "{\"patterns\": %zu, \"articles\": %zu, \"paragraphs\": %zu, \"file_bytes\": %ld, "
      "\"text_bytes\": %zu, \"rule_hits\": %zu, \"match_failures\": %zu, "
      "\"load_seconds\": %.6f, \"set_compile_seconds\": %.6f, \"scan_seconds\": %.6f, "
      "\"mb_per_s\": %.3f}\n",
      patterns, articles.size(), paragraphs, file_bytes, text_bytes, hits, failures, secs(t0, t1),
      secs(t1, t2), scan, scan > 0 ? static_cast<double>(file_bytes) / 1e6 / scan : 0.0);
  return failures == 0 ? 0 : 1;
}

}  // namespace
}  // namespace factlint

int main(int argc, char** argv) { return factlint::Main(argc, argv); }
