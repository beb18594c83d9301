#include <string>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/stream_output.h"
#include "report/claim_json.h"
#include "report/json_writer.h"

namespace factlint {
namespace {

// One claim of the json format: its object as Json::dump(2) prints it at depth
// two (inside {"claims": [...]}), so the streamed document is byte for byte
// what dumping the whole document at once would give.
void AppendIndentedClaim(const Claim& c, std::string* out) {
  std::string object = ClaimToJson(c).dump(2, ' ', false, Json::error_handler_t::replace);
  out->append("    ");
  for (char ch : object) {
    out->push_back(ch);
    // Strings are escaped, so every newline in a dump separates lines.
    if (ch == '\n') out->append("    ");
  }
}

}  // namespace

// Claims are written as each article's extraction finishes (in input order),
// so memory does not grow with the corpus and `extract` can be the map step of
// a larger pipeline.
int RunExtract(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(config, err);
  if (!pack) return kExitError;
  Result<StreamOutput> output = StreamOutput::Open(config.output, out);
  if (!output.ok()) {
    err << output.status().ToString() << "\n";
    return kExitError;
  }

  const bool json = config.format == OutputFormat::kJson;
  bool first_claim = true;
  ClaimStreamHooks hooks;
  hooks.render = [json](const std::vector<Claim>& claims) {
    std::string rendered;
    for (const Claim& c : claims) {
      if (json) {
        AppendIndentedClaim(c, &rendered);
        rendered += ",\n";
      } else {
        rendered += DumpJsonLine(ClaimToJson(c));
        rendered += '\n';
      }
    }
    return rendered;
  };
  hooks.write = [&](std::vector<Claim>&&, std::string&& rendered) -> Status {
    if (!json || rendered.empty()) return output->Write(rendered);
    // The separator goes before every claim but the first: drop the render's
    // trailing ",\n", write "\n" + claim instead.
    rendered.resize(rendered.size() - 2);
    Status st = output->Write(first_claim ? "\n" : ",\n");
    first_claim = false;
    return st.ok() ? output->Write(rendered) : st;
  };

  Status st = Status::Ok();
  if (json) st = output->Write("{\n  \"version\": " + std::to_string(kJsonSchemaVersion) +
                               ",\n  \"claims\": [");
  if (st.ok()) {
    Result<StreamStats> stats = StreamClaims(config, *pack, err, hooks);
    if (!stats.ok()) st = stats.status();
  }
  if (st.ok() && json) st = output->Write(first_claim ? "]\n}\n" : "\n  ]\n}\n");
  if (st.ok()) st = output->Commit();
  if (!st.ok()) {
    err << st.ToString() << "\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace factlint
