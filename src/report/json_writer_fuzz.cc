// libFuzzer target: the json and text writers on a report full of arbitrary strings.
//
//   scripts/fuzz 600 json_writer_fuzz
//
// The input fills a Report (report/report_fuzz_source.h): every string an article, a path or a rule
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
#include "report/report_fuzz_source.h"
#include "report/text_writer.h"

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

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
  const Report report = MakeFuzzReport(in);

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
