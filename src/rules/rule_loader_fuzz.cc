// libFuzzer target: BuildRulePack on an arbitrary rule file.
//
//   scripts/fuzz 600 rule_loader_fuzz
//
// The bits of the first byte choose which shipped files (kShipped) load beside the fuzzed one,
// so that rules using {number}, {gaz:countries} or modality cues get past validation and into
// compilation and example checks; loading them all each time would slow the fuzzer tenfold. Beyond not crashing, a load
// must fail with at least one error or succeed, and every diagnostic must name one of the
// files it was given at a line inside it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rules/rule_loader.h"

#ifndef FACTLINT_SOURCE_DIR
#define FACTLINT_SOURCE_DIR "."
#endif

namespace {

using factlint::RuleSource;

constexpr const char* kShipped[] = {"lib/numbers.yaml", "lib/modality.yaml", "lib/places.yaml",
                                    "gazetteers/places-countries.yaml",
                                    "gazetteers/places-us-states.yaml"};

const std::vector<RuleSource>& Shipped() {
  static const std::vector<RuleSource> shipped = [] {
    std::vector<RuleSource> all;
    for (const char* name : kShipped) {
      const std::string path = std::string(FACTLINT_SOURCE_DIR) + "/rules/" + name;
      std::ifstream in(path, std::ios::binary);
      if (!in) std::abort();  // the shipped files must be there
      std::ostringstream bytes;
      bytes << in.rdbuf();
      all.push_back({path, bytes.str()});
    }
    return all;
  }();
  return shipped;
}

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  if (size == 0) return 0;
  std::vector<RuleSource> sources;
  for (size_t i = 0; i < Shipped().size(); ++i) {
    if ((data[0] >> i) & 1) sources.push_back(Shipped()[i]);
  }
  const std::string fuzzed(reinterpret_cast<const char*>(data + 1), size - 1);
  sources.push_back({"fuzz.yaml", fuzzed});

  Diagnostics errors, warnings;
  std::optional<RulePack> pack = BuildRulePack(sources, &errors, &warnings);
  Check(pack.has_value() == errors.empty());

  const int fuzz_lines = static_cast<int>(std::count(fuzzed.begin(), fuzzed.end(), '\n')) + 1;
  for (const Diagnostics* list : {&errors, &warnings}) {
    for (const Status& s : *list) {
      Check(!s.ok() && !s.message().empty());
      if (s.loc().file == "fuzz.yaml") {
        Check(s.loc().line >= 0 && s.loc().line <= fuzz_lines);
        Check(s.loc().column >= 0);
      }
    }
  }
  return 0;
}
