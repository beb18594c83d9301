#include "rules/lazy_regex.h"

#include <utility>

#include "rules/regex_compile.h"

namespace factlint {

LazyRegex::LazyRegex(std::string pattern, std::string what, SourceLoc loc)
    : pattern_(std::move(pattern)), what_(std::move(what)), loc_(std::move(loc)) {}

void LazyRegex::Compile() const {
  std::call_once(once_, [this] {
    Result<std::shared_ptr<const RE2>> re = CompileRegex(pattern_, what_, loc_);
    if (re.ok()) {
      re_ = std::move(*re);
    } else {
      status_ = re.status();
    }
    compiled_.store(true, std::memory_order_release);
  });
}

const RE2* LazyRegex::Get() const {
  Compile();
  return re_.get();
}

const Status& LazyRegex::status() const {
  Compile();
  return status_;
}

bool LazyRegex::compiled() const { return compiled_.load(std::memory_order_acquire); }

}  // namespace factlint
