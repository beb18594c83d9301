// Interval: the set of values a quantity claim allows.
//
//   Interval::Exact(5000)           // [5000, 5000]
//   Interval::AtMost(5000)          // [0, 5000]
//   Interval::MoreThan(100000)      // (100000, +inf)
//   a.Overlaps(b), a.Contains(b), a == b
//
// Bounds may be open; +infinity is represented by std::numeric_limits<double>::infinity().
#ifndef FACTLINT_NORMALIZE_INTERVAL_H_
#define FACTLINT_NORMALIZE_INTERVAL_H_

#include <limits>
#include <string>

namespace factlint {

struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;

  static constexpr double kInf = std::numeric_limits<double>::infinity();

  static Interval Exact(double v) { return {v, v, false, false}; }
  static Interval Closed(double lo, double hi) { return {lo, hi, false, false}; }
  static Interval AtMost(double v) { return {0, v, false, false}; }
  static Interval LessThan(double v) { return {0, v, false, true}; }
  static Interval AtLeast(double v) { return {v, kInf, false, true}; }
  static Interval MoreThan(double v) { return {v, kInf, true, true}; }
  static Interval Around(double v, double rel_tolerance) {
    return {v * (1 - rel_tolerance), v * (1 + rel_tolerance), false, false};
  }

  bool IsPoint() const { return lo == hi && !lo_open && !hi_open; }
  bool Overlaps(const Interval& o) const {
    // Empty intersection when one ends before the other starts.
    if (hi < o.lo || o.hi < lo) return false;
    if (hi == o.lo && (hi_open || o.lo_open)) return false;
    if (o.hi == lo && (o.hi_open || lo_open)) return false;
    return true;
  }
  bool operator==(const Interval& o) const {
    return lo == o.lo && hi == o.hi && lo_open == o.lo_open && hi_open == o.hi_open;
  }
  bool operator<(const Interval& o) const {
    if (lo != o.lo) return lo < o.lo;
    if (hi != o.hi) return hi < o.hi;
    if (lo_open != o.lo_open) return lo_open < o.lo_open;
    return hi_open < o.hi_open;
  }

  // "[0, 5000]", "(100000, inf)": mathematical notation, for messages.
  std::string ToString() const;
};

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_INTERVAL_H_
