#include "tooling/test_failure.h"

#include <algorithm>

namespace factlint {

std::string FormatFailure(const TestFailure& f) {
  std::string out = f.where.ToString();
  out += out.empty() ? "error: " : ": error: ";
  if (!f.rule_id.empty()) out += "[" + f.rule_id + "] ";
  out += f.message + "\n";
  size_t width = 0;
  for (const auto& [label, value] : f.details) width = std::max(width, label.size());
  for (const auto& [label, value] : f.details) {
    std::string indent(2 + width + 2, ' ');
    out += "  " + label + ":" + std::string(width - label.size() + 1, ' ');
    for (char c : value) {
      out += c;
      if (c == '\n') out += indent;
    }
    out += "\n";
  }
  return out;
}

}  // namespace factlint
