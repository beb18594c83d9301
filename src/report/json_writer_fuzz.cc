// libFuzzer target: the json and text writers on a report full of arbitrary strings.
//
//   scripts/fuzz 600 json_writer_fuzz
//
// The input fills a Report (ByteSource below): every string an article, a path or a rule
// can put in a report, with any bytes in it. Checks:
//   - the json output parses back (nlohmann) and every string that was valid UTF-8 reads back
//     unchanged; invalid UTF-8 is replaced, never passed through;
//   - the text output, without colour, holds no control character but newlines, no C1
//     control and no bidi override: nothing from the report can drive the terminal.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report/json_writer.h"
#include "report/text_writer.h"

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

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

bool IsUtf8(const std::string& s) {
  try {
    const std::string dumped = nlohmann::json(s).dump();
    return !dumped.empty();
  } catch (const nlohmann::json::type_error&) {
    return false;
  }
}

// A string equal to `want` when it was valid UTF-8; any string otherwise.
void CheckString(const nlohmann::json& got, const std::string& want) {
  Check(got.is_string());
  if (IsUtf8(want)) Check(got.get<std::string>() == want);
}

Claim MakeClaim(ByteSource& in) {
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

void CheckTerminalSafe(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    Check(c >= 0x20 || c == '\n');
    Check(c != 0x7F);
    const unsigned char d = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const unsigned char e = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    Check(!(c == 0xC2 && d >= 0x80 && d <= 0x9F));
    Check(!(c == 0xE2 && d == 0x80 && e >= 0xAA && e <= 0xAE));
    Check(!(c == 0xE2 && d == 0x81 && e >= 0xA6 && e <= 0xA9));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ByteSource in(data, size);
  Report report;
  report.articles = in.U32() & 0xFFFF;
  report.claims = in.U32() & 0xFFFF;
  report.suppressed = in.Byte();
  const int findings = in.InRange(0, 3);
  for (int i = 0; i < findings; ++i) {
    Finding f;
    f.id = in.Str();
    f.kind = in.Pick({FindingKind::kConflict, FindingKind::kDiscrepancy,
                                  FindingKind::kInternal, FindingKind::kQuoteVariant,
                                  FindingKind::kCorroborated});
    f.severity = in.Pick({Severity::kError, Severity::kWarning, Severity::kInfo});
    f.rule_id = in.Str();
    f.slot = in.Str();
    f.key = in.Str();
    f.message = in.Str();
    f.diff = in.Str();
    const int claims = in.InRange(1, 3);
    for (int k = 0; k < claims; ++k) f.claims.push_back(MakeClaim(in));
    report.findings.push_back(std::move(f));
  }

  std::ostringstream json_out;
  WriteJson(report, json_out);
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(json_out.str());
  } catch (const nlohmann::json::exception&) {
    Check(false);
  }
  Check(parsed["findings"].size() == report.findings.size());
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const nlohmann::json& jf = parsed["findings"][i];
    CheckString(jf["id"], f.id);
    CheckString(jf["rule"], f.rule_id);
    CheckString(jf["message"], f.message);
    CheckString(jf["key"], f.key);
    Check(jf["claims"].size() == f.claims.size());
    for (size_t k = 0; k < f.claims.size(); ++k) {
      const Claim& c = f.claims[k];
      const nlohmann::json& jc = jf["claims"][k];
      CheckString(jc["file"], c.loc.file);
      CheckString(jc["text"], c.text);
      CheckString(jc["sentence"], c.sentence);
      CheckString(jc["source"], c.source);
      Check(jc["line"].get<int>() == c.loc.line);
      Check(jc["byte_start"].get<size_t>() == c.begin);
    }
  }

  std::ostringstream text_out;
  WriteText(report, TextOptions{false}, text_out);
  CheckTerminalSafe(text_out.str());
  return 0;
}
