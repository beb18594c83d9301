#include "normalize/interval.h"

#include <cmath>
#include <cstdio>

namespace factlint {
namespace {

// Integers print without decimals ("5000", not "5000.000000"), other values
// with at most 4 decimals and no trailing zeros ("4500.5", "0.3333").
std::string FormatBound(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[400];  // %.0f of the largest double has 309 digits
  if (v == std::trunc(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v == 0 ? 0.0 : v);  // no "-0"
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.4f", v);
  std::string s = buf;
  s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace

std::string Interval::ToString() const {
  return (lo_open ? "(" : "[") + FormatBound(lo) + ", " + FormatBound(hi) + (hi_open ? ")" : "]");
}

}  // namespace factlint
