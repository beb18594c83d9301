// factlint_compare_bench: comparison cost against the number of claims and keys.
//
//   factlint_compare_bench --rules rules/ [--benchmark_format=json] [google-benchmark flags]
//
// Builds N quantity claims of one story and slot (troops.deployed, keyed by region) spread
// evenly over K keys, three distinct values per key (so every key holds agreements and
// conflicts), one claim per article and key, and times CompareClaims on them. With the claims
// per key fixed (N/K = 100), time per claim stays flat from 10 000 to 1 000 000 claims: the cost
// follows the claims that share a key, not all pairs (1 000 000 claims have 5e11 pairs).
// Each size is timed after one untimed run, with malloc keeping what it frees, so that the
// kernel zeroing fresh pages (once per process) does not weigh on the largest size only.
// With N fixed and fewer keys, the claims per key grow and so does the time per claim.
// Used by scripts/bench/run; see docs/performance.md.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstring>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "compare/compare.h"
#include "rules/rule_loader.h"

namespace factlint {
namespace {

const RulePack* g_pack = nullptr;

std::vector<Claim> MakeClaims(size_t n, size_t keys) {
  std::vector<Claim> claims;
  claims.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const size_t key = i % keys;
    const size_t article = i / keys;  // one claim per article and key
    Claim c;
    c.rule_id = "troops.deployed.en";
    c.slot = "troops.deployed";
    c.key_parts.push_back({"region", "R" + std::to_string(key)});
    c.value.kind = ValueKind::kQuantity;
    const double v = 1000.0 * static_cast<double>(1 + (article + key) % 3);
    c.value.quantity.interval = Interval::Exact(v);
    c.value.quantity.value = v;
    c.value.unit = "soldier";
    c.article_id = "a" + std::to_string(article);
    c.source = "outlet-" + std::to_string(article % 50);
    c.story = "bench";
    c.loc = SourceLoc{"a" + std::to_string(article) + ".txt", 1, 1};
    c.begin = key * 40;
    c.end = c.begin + 20;
    c.text = "3 000 troops";
    c.value_text = "3 000";
    claims.push_back(std::move(c));
  }
  return claims;
}

void BM_Compare(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const size_t keys = static_cast<size_t>(state.range(1));
  std::vector<Claim> claims = MakeClaims(n, keys);
  size_t findings = 0;
  // One untimed run first: every size is timed on memory malloc already holds, so the
  // kernel's zeroing of fresh pages (paid once per process) does not weigh on one size.
  benchmark::DoNotOptimize(CompareClaims(claims, *g_pack).size());
  for (auto _ : state) {
    std::vector<Finding> out = CompareClaims(claims, *g_pack);
    findings = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(n));
  state.counters["claims_per_key"] = static_cast<double>(n) / static_cast<double>(keys);
  state.counters["findings"] = static_cast<double>(findings);
}

BENCHMARK(BM_Compare)
    ->ArgNames({"claims", "keys"})
    ->Args({10'000, 100})
    ->Args({100'000, 1'000})
    ->Args({1'000'000, 10'000})
    ->Args({100'000, 100})
    ->Args({100'000, 10})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace
}  // namespace factlint

int main(int argc, char** argv) {
  // Freed memory stays with malloc (no trimming, no mmap of large blocks) for the warm runs.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
  std::vector<std::string> rules;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
      rules.push_back(argv[++i]);
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (rules.empty()) {
    std::cerr << "usage: factlint_compare_bench --rules DIR [benchmark flags]\n";
    return 2;
  }
  factlint::Diagnostics errors;
  std::optional<factlint::RulePack> pack = factlint::LoadRulePack(rules, &errors);
  if (!pack) {
    for (const factlint::Status& e : errors) std::cerr << e.ToString() << "\n";
    return 2;
  }
  factlint::g_pack = &*pack;
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
