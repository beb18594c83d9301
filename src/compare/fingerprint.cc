#include "compare/fingerprint.h"

#include <cstdint>
#include <set>
#include <string_view>

namespace factlint {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex(uint64_t v) {
  static constexpr std::string_view kDigits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<size_t>(i)] = kDigits[v & 0xF];
  return s;
}

}  // namespace

std::string FindingFingerprint(const Finding& finding) {
  // Sets, so the order of the claims (which one is primary) does not matter.
  std::set<std::string> rules;
  std::set<std::string> keys;
  std::set<std::string> sides;
  for (const Claim& c : finding.claims) {
    rules.insert(c.rule_id);
    keys.insert(c.KeyString());
    const std::string& who = c.source.empty() ? c.article_id : c.source;
    sides.insert(who + "=" + c.value.ToString());
  }
  if (finding.claims.empty()) {
    rules.insert(finding.rule_id);
    keys.insert(finding.key);
  }
  // Fields are separated by characters that cannot occur in them (NUL between
  // items, SOH between groups), so different inputs never join into one string.
  std::string seed = "v" + std::to_string(kFingerprintVersion);
  seed += '\x01';
  seed += FindingKindName(finding.kind);
  for (const std::set<std::string>* group : {&rules, &keys, &sides}) {
    seed += '\x01';
    for (const std::string& item : *group) {
      seed += item;
      seed += '\0';
    }
  }
  return Hex(Fnv1a(seed, 1469598103934665603ULL));
}

}  // namespace factlint
