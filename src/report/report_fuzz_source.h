// Fuzz input for the report writers' targets (report/*_fuzz.cc): a Report built from
// arbitrary bytes, every string an article, a path or a rule can put in a report.
//
//   ByteSource in(data, size);
//   Report report = MakeFuzzReport(in);
//   WriteJson(report, out);
//
// Header-only and used by fuzz targets alone, so that the json and sarif targets read the
// same inputs the same way (a corpus file of one is a meaningful report for the other).
#ifndef FACTLINT_REPORT_REPORT_FUZZ_SOURCE_H_
#define FACTLINT_REPORT_REPORT_FUZZ_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "report/report.h"

namespace factlint {

// Takes values from the front of the fuzz input; zeros once it runs out. (libFuzzer's
// FuzzedDataProvider does the same, but this builds with any compiler for corpus replays.)
class ByteSource {
 public:
  ByteSource(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  uint32_t U32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | Byte();
    return v;
  }
  int Int() { return static_cast<int>(U32()); }
  bool Bool() { return (Byte() & 1) != 0; }
  int InRange(int lo, int hi) { return lo + static_cast<int>(U32() % static_cast<uint32_t>(hi - lo + 1)); }
  template <typename T, size_t N>
  T Pick(const T (&values)[N]) {
    return values[Byte() % N];
  }
  double Double() {
    uint64_t bits = (static_cast<uint64_t>(U32()) << 32) | U32();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  // Up to 64 bytes; a backslash ends the string early (as in FuzzedDataProvider, "\\" is
  // one backslash).
  std::string Str() {
    std::string s;
    while (pos_ < size_ && s.size() < 64) {
      char c = static_cast<char>(data_[pos_++]);
      if (c == '\\') {
        if (pos_ >= size_ || data_[pos_] != '\\') break;
        ++pos_;
      }
      s += c;
    }
    return s;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

inline Claim MakeFuzzClaim(ByteSource& in) {
  Claim c;
  c.rule_id = in.Str();
  c.slot = in.Str();
  c.key_parts.push_back({in.Str(), in.Str()});
  c.value.kind = in.Pick(
      {ValueKind::kQuantity, ValueKind::kCategory, ValueKind::kSet, ValueKind::kQuote});
  c.value.quantity.interval.lo = in.Double();
  c.value.quantity.interval.hi = in.Double();
  c.value.quantity.interval.lo_open = in.Bool();
  c.value.quantity.qualifier = in.Pick(
      {Qualifier::kExact, Qualifier::kApprox, Qualifier::kAtMost, Qualifier::kAtLeast,
       Qualifier::kMoreThan, Qualifier::kLessThan, Qualifier::kRange, Qualifier::kVague});
  c.value.unit = in.Str();
  c.value.ids = {in.Str(), in.Str()};
  c.value.quote = in.Str();
  c.modality = in.Pick({Modality::kStated, Modality::kPlanned, Modality::kReported});
  c.cue = in.Str();
  c.article_id = in.Str();
  c.source = in.Str();
  c.story = in.Str();
  c.loc = {in.Str(), in.Int(), in.Int()};
  c.begin = in.U32();
  c.end = in.U32();
  c.text = in.Str();
  c.value_text = in.Str();
  c.sentence = in.Str();
  c.excerpt = in.Str();
  c.excerpt_column = in.InRange(0, 200);
  c.excerpt_width = in.InRange(0, 200);
  return c;
}

inline Report MakeFuzzReport(ByteSource& in) {
  Report report;
  report.articles = in.U32() & 0xFFFF;
  report.claims = in.U32() & 0xFFFF;
  report.suppressed = in.Byte();
  const int findings = in.InRange(0, 3);
  for (int i = 0; i < findings; ++i) {
    Finding f;
    f.id = in.Str();
    f.kind = in.Pick({FindingKind::kConflict, FindingKind::kDiscrepancy, FindingKind::kInternal,
                      FindingKind::kQuoteVariant, FindingKind::kCorroborated});
    f.severity = in.Pick({Severity::kError, Severity::kWarning, Severity::kInfo});
    f.rule_id = in.Str();
    f.slot = in.Str();
    f.key = in.Str();
    f.message = in.Str();
    f.diff = in.Str();
    const int claims = in.InRange(1, 3);
    for (int k = 0; k < claims; ++k) f.claims.push_back(MakeFuzzClaim(in));
    report.findings.push_back(std::move(f));
  }
  return report;
}

}  // namespace factlint

#endif  // FACTLINT_REPORT_REPORT_FUZZ_SOURCE_H_
