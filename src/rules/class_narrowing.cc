#include "rules/class_narrowing.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <set>

#include "rules/regex_compile.h"

namespace factlint {
namespace {

std::string Utf8(int32_t cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf.data());
  return std::string(reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(n));
}

// One character as a member of a bracket class.
std::string ClassMember(int32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) return std::string(1, c);
    static const char kHex[] = "0123456789abcdef";
    return std::string("\\x") + kHex[(cp >> 4) & 0xF] + kHex[cp & 0xF];
  }
  return Utf8(cp);
}

}  // namespace

TextAlphabet::TextAlphabet(std::string_view text) {
  std::set<int32_t> seen;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                          static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    seen.insert(cp);
    i += static_cast<size_t>(n);
  }
  code_points_.assign(seen.begin(), seen.end());
}

std::optional<std::string> TextAlphabet::Members(const std::string& property) {
  auto it = members_.find(property);
  if (it != members_.end()) return it->second;
  std::optional<std::string>& slot = members_[property];
  RE2 re(property, RuleRegexOptions());
  if (!re.ok()) return slot;
  std::string members;
  for (int32_t cp : code_points_) {
    if (RE2::FullMatch(Utf8(cp), re)) members += ClassMember(cp);
  }
  if (members.empty()) {
    // A private-use character the text does not hold stands for "none".
    for (int32_t absent = 0x10FFFD; absent > 0x10FF00; --absent) {
      if (!std::binary_search(code_points_.begin(), code_points_.end(), absent)) {
        members = "\\x{" + [&] {
          static const char kHex[] = "0123456789abcdef";
          std::string hex;
          for (int shift = 20; shift >= 0; shift -= 4) hex += kHex[(absent >> shift) & 0xF];
          return hex;
        }() + "}";
        break;
      }
    }
    if (members.empty()) return slot;
  }
  slot = members;
  return slot;
}

bool HasPropertyClass(std::string_view pattern) {
  for (size_t i = 0; i + 1 < pattern.size(); ++i) {
    if (pattern[i] != '\\') continue;
    if (pattern[i + 1] == 'p' || pattern[i + 1] == 'P') return true;
    ++i;  // skip the escaped character
  }
  return false;
}

std::optional<std::string> PropertyClassNarrower::Narrow(std::string_view pattern) {
  if (failed_) return std::nullopt;
  std::optional<std::string> out = Scan(pattern);
  if (!out) failed_ = true;
  return out;
}

std::optional<std::string> PropertyClassNarrower::Scan(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 >= pattern.size()) return std::nullopt;
      const char next = pattern[i + 1];
      if (next == 'Q') return std::nullopt;  // \Q…\E quotes a \p literally
      if (next == 'p' || next == 'P') {
        size_t end = 0;
        if (i + 2 < pattern.size() && pattern[i + 2] == '{') {
          size_t close = pattern.find('}', i + 3);
          if (close == std::string_view::npos) return std::nullopt;
          end = close + 1;
        } else if (i + 2 < pattern.size()) {
          end = i + 3;  // \pL
        } else {
          return std::nullopt;
        }
        std::string property(pattern.substr(i, end - i));
        // Under (?i) RE2 closes a class under case folding: test members the
        // same way; listed members are then closed again, within the class.
        std::optional<std::string> members =
            alphabet_->Members(fold_case_ ? "(?i:" + property + ")" : property);
        if (!members) return std::nullopt;
        out += in_class_ ? *members : "[" + *members + "]";
        i = end;
        continue;
      }
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    if (in_class_) {
      if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
        size_t close = pattern.find(":]", i + 2);
        if (close == std::string_view::npos) return std::nullopt;
        out.append(pattern.substr(i, close + 2 - i));
        i = close + 2;
        continue;
      }
      if (c == ']') in_class_ = false;
      out += c;
      ++i;
      continue;
    }
    if (c == '[') {
      in_class_ = true;
      out += c;
      ++i;
      // A ']' first in the class (after an optional '^') is a member.
      if (i < pattern.size() && pattern[i] == '^') out += pattern[i++];
      if (i < pattern.size() && pattern[i] == ']') out += pattern[i++];
      continue;
    }
    if (c == '(') {
      const char kind = i + 2 < pattern.size() && pattern[i + 1] == '?' ? pattern[i + 2] : '\0';
      if (kind != '\0' && kind != ':' && kind != 'P' && kind != '<') {
        // Flags: (?i) for the rest of the group, (?i:…) for a new one.
        bool fold = fold_case_;
        bool negate = false;
        size_t j = i + 2;
        for (; j < pattern.size() && pattern[j] != ')' && pattern[j] != ':'; ++j) {
          switch (pattern[j]) {
            case '-':
              negate = true;
              break;
            case 'i':
              fold = !negate;
              break;
            case 's':
            case 'm':
            case 'U':
              break;  // no bearing on which characters a class holds
            default:
              return std::nullopt;
          }
        }
        if (j >= pattern.size()) return std::nullopt;
        if (pattern[j] == ':') {
          enclosing_.push_back(fold_case_);
        }
        fold_case_ = fold;
        out.append(pattern.substr(i, j + 1 - i));
        i = j + 1;
        continue;
      }
      enclosing_.push_back(fold_case_);
    } else if (c == ')') {
      if (enclosing_.empty()) return std::nullopt;
      fold_case_ = enclosing_.back();
      enclosing_.pop_back();
    }
    out += c;
    ++i;
  }
  return out;
}

std::optional<std::string> NarrowPropertyClasses(std::string_view pattern,
                                                 TextAlphabet* alphabet) {
  PropertyClassNarrower narrower(alphabet);
  std::optional<std::string> out = narrower.Narrow(pattern);
  if (!out || !narrower.balanced()) return std::nullopt;
  return out;
}

}  // namespace factlint
