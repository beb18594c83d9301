#include "report/report.h"

namespace factlint {

std::map<FindingKind, size_t> Report::CountByKind() const {
  std::map<FindingKind, size_t> counts;
  for (const Finding& f : findings) ++counts[f.kind];
  return counts;
}

}  // namespace factlint
