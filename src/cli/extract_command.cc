#include <sstream>

#include "cli/commands.h"
#include "cli/emit.h"
#include "cli/pipeline.h"
#include "report/claim_json.h"
#include "report/json_writer.h"

namespace factlint {

int RunExtract(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(config, err);
  if (!pack) return kExitError;
  Result<Extraction> extraction = ExtractAll(config, *pack, err);
  if (!extraction.ok()) {
    err << extraction.status().ToString() << "\n";
    return kExitError;
  }
  std::ostringstream rendered;
  if (config.format == OutputFormat::kJson) {
    Json root;
    root["version"] = kJsonSchemaVersion;
    Json claims = Json::array();
    for (const Claim& c : extraction->claims) claims.push_back(ClaimToJson(c));
    root["claims"] = claims;
    rendered << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  } else {
    for (const Claim& c : extraction->claims) rendered << DumpJsonLine(ClaimToJson(c)) << "\n";
  }
  return Emit(config, rendered.str(), out, err) ? kExitOk : kExitError;
}

}  // namespace factlint
