#include "extract/claim_context.h"

#include <algorithm>
#include <cctype>

#include "text/fold.h"

namespace factlint {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

std::vector<std::string> ContextWords(std::string_view sentence, size_t value_b, size_t value_e) {
  value_b = std::min(value_b, sentence.size());
  value_e = std::clamp(value_e, value_b, sentence.size());
  std::string outside;
  outside.append(sentence.substr(0, value_b));
  outside += ' ';
  outside.append(sentence.substr(value_e));
  // All ASCII: FoldForLookup would only lower the case (and join runs of
  // spaces, which the split below ignores anyway).
  const bool ascii = std::all_of(outside.begin(), outside.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string folded = ascii ? outside : FoldForLookup(outside);
  if (ascii) {
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 3 || (!cur.empty() && std::isdigit(static_cast<unsigned char>(cur[0]))))
      words.push_back(cur);
    cur.clear();
  };
  for (char c : folded) {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

void AddContextFact(std::vector<std::string>* context, std::string_view name,
                    std::string_view value) {
  if (value.empty()) return;
  std::string token = std::string(name) + "=" + std::string(value);
  auto it = std::lower_bound(context->begin(), context->end(), token);
  if (it == context->end() || *it != token) context->insert(it, std::move(token));
}

std::string ContextFact(const std::vector<std::string>& context, std::string_view name) {
  std::string prefix = std::string(name) + "=";
  auto it = std::lower_bound(context.begin(), context.end(), prefix);
  if (it != context.end() && it->compare(0, prefix.size(), prefix) == 0) {
    return it->substr(prefix.size());
  }
  return "";
}

bool IsContextFact(std::string_view token) { return token.find('=') != std::string_view::npos; }

}  // namespace factlint
