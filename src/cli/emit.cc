#include "cli/emit.h"

#include "cli/output_file.h"

namespace factlint {

bool Emit(const Config& config, const std::string& content, std::ostream& out, std::ostream& err) {
  if (config.output.empty()) {
    out << content;
    out.flush();
    if (!out) {
      err << "error: cannot write to standard output\n";
      return false;
    }
    return true;
  }
  Status st = WriteOutputAtomically(config.output, content);
  if (!st.ok()) {
    err << st.ToString() << "\n";
    return false;
  }
  return true;
}

}  // namespace factlint
