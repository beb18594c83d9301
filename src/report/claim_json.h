// JSON form of claims and values, shared by the json and jsonl writers (and the
// claim store). The schema is documented in docs/json.md.
#ifndef FACTLINT_REPORT_CLAIM_JSON_H_
#define FACTLINT_REPORT_CLAIM_JSON_H_

#include <nlohmann/json.hpp>

#include "extract/claim.h"

namespace factlint {

using Json = nlohmann::ordered_json;

Json ValueToJson(const ClaimValue& v);
Json ClaimToJson(const Claim& c);
// One compact line, without a trailing newline; invalid UTF-8 is replaced.
std::string DumpJsonLine(const Json& j);

}  // namespace factlint

#endif  // FACTLINT_REPORT_CLAIM_JSON_H_
