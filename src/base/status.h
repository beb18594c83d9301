// Status and Result<T>: errors as values.
//
//   Result<RulePack> pack = LoadRulePack(dirs);
//   if (!pack.ok()) {
//     std::cerr << pack.status().ToString() << "\n";  // "rules/x.yaml:3:7: error: ..."
//     return 2;
//   }
//   Use(*pack);
//
// A Status carries a code, a message and the SourceLoc it is about, as fields:
// nothing is ever parsed back out of the message. Functions that can fail
// return Status or Result<T>; exceptions from third-party libraries are caught
// where they are called and converted here.
#ifndef FACTLINT_BASE_STATUS_H_
#define FACTLINT_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/source_loc.h"

namespace factlint {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad command line or option value
  kRuleError,        // a rule or gazetteer file is wrong
  kInputError,       // an article cannot be read or decoded
  kIoError,          // reading or writing the file system failed
  kStoreError,       // the claim store is unusable
  kInternal,         // a bug in factlint
};

class Status {
 public:
  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kInvalidArgument, std::move(msg), std::move(loc));
  }
  static Status RuleError(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kRuleError, std::move(msg), std::move(loc));
  }
  static Status InputError(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kInputError, std::move(msg), std::move(loc));
  }
  static Status IoError(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kIoError, std::move(msg), std::move(loc));
  }
  static Status StoreError(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kStoreError, std::move(msg), std::move(loc));
  }
  static Status Internal(std::string msg, SourceLoc loc = {}) {
    return Status(StatusCode::kInternal, std::move(msg), std::move(loc));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLoc& loc() const { return loc_; }

  // "file:line:col: error: message", or "error: message" without a file.
  // Validators also use Status for warnings: pass "warning" as the label.
  std::string ToString(std::string_view label = "error") const {
    if (ok()) return "ok";
    std::string where = loc_.ToString();
    return (where.empty() ? "" : where + ": ") + std::string(label) + ": " + message_;
  }

 private:
  Status(StatusCode code, std::string msg, SourceLoc loc)
      : code_(code), message_(std::move(msg)), loc_(std::move(loc)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  SourceLoc loc_;
};

// Either a value or a non-ok Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

// A list of problems, for validators that report everything they find.
using Diagnostics = std::vector<Status>;

}  // namespace factlint

// Evaluates an expression returning Status; returns it from the caller if not ok.
#define FACTLINT_RETURN_IF_ERROR(expr)          \
  do {                                          \
    ::factlint::Status _st = (expr);            \
    if (!_st.ok()) return _st;                  \
  } while (0)

#define FACTLINT_CONCAT_INNER(a, b) a##b
#define FACTLINT_CONCAT(a, b) FACTLINT_CONCAT_INNER(a, b)
// FACTLINT_ASSIGN_OR_RETURN(auto x, MakeX()); binds the value or returns the Status.
#define FACTLINT_ASSIGN_OR_RETURN(lhs, expr)                                  \
  auto FACTLINT_CONCAT(_res_, __LINE__) = (expr);                             \
  if (!FACTLINT_CONCAT(_res_, __LINE__).ok())                                 \
    return FACTLINT_CONCAT(_res_, __LINE__).status();                         \
  lhs = std::move(FACTLINT_CONCAT(_res_, __LINE__)).value()

#endif  // FACTLINT_BASE_STATUS_H_
