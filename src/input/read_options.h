// ReadOptions: how input/ reads articles. Defaults are set here and nowhere else.
#ifndef FACTLINT_INPUT_READ_OPTIONS_H_
#define FACTLINT_INPUT_READ_OPTIONS_H_

#include <cstddef>
#include <istream>
#include <string>

namespace factlint {

struct ReadOptions {
  // How "-" (standard input) is read: "txt", "md", "jsonl" or "html".
  std::string stdin_format = "txt";
  // Standard input, injected so tests and embedders can supply their own; nullptr = std::cin.
  std::istream* stdin_stream = nullptr;
  // A larger article (a file, or one .jsonl line) is an input error rather than an allocation:
  // its TextMap takes about six times its size. Capped at TextMap::kMaxBytes in any case.
  size_t max_article_bytes = size_t{256} << 20;
};

}  // namespace factlint

#endif  // FACTLINT_INPUT_READ_OPTIONS_H_
