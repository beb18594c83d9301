#include "gate/baseline_json.h"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "compare/fingerprint.h"

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;

// 1-based line and column (in code points) of a byte offset.
SourceLoc LocAt(std::string_view text, size_t offset, const std::string& file) {
  SourceLoc loc{file, 1, 1};
  offset = std::min(offset, text.size());
  for (size_t i = 0; i < offset; ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == '\n') {
      ++loc.line;
      loc.column = 1;
    } else if ((ch & 0xC0) != 0x80) {
      ++loc.column;
    }
  }
  return loc;
}

class BaselineParser {
 public:
  BaselineParser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  Result<Baseline> Parse() {
    Json root;
    try {
      root = Json::parse(text_.begin(), text_.end());
    } catch (const Json::parse_error& e) {
      // e.byte is 1-based, at the character that could not be read.
      size_t at = e.byte > 0 ? e.byte - 1 : 0;
      return Status::InputError("the baseline is not valid JSON: " + Reason(e.what()),
                                LocAt(text_, at, file_));
    }
    if (!root.is_object()) return Fail("the baseline must be a JSON object", "");
    FACTLINT_RETURN_IF_ERROR(OnlyKeys(root, {"version", "fingerprint_version", "findings"}, ""));
    FACTLINT_ASSIGN_OR_RETURN(int64_t version, Int(root, "version", ""));
    if (version > kBaselineVersion || version < 1) {
      return Fail("baseline version " + std::to_string(version) + " is not one this factlint " +
                      "reads (up to " + std::to_string(kBaselineVersion) + ")",
                  "\"version\"");
    }
    FACTLINT_ASSIGN_OR_RETURN(int64_t fp_version, Int(root, "fingerprint_version", ""));
    if (fp_version != kFingerprintVersion) {
      return Fail("the baseline's fingerprints are version " + std::to_string(fp_version) +
                      ", this factlint computes version " + std::to_string(kFingerprintVersion) +
                      "; write it again with --write-baseline",
                  "\"fingerprint_version\"");
    }
    if (!root.contains("findings") || !root["findings"].is_array()) {
      return Fail("'findings' must be a list", "\"findings\"");
    }
    Baseline b;
    size_t index = 0;
    for (const Json& item : root["findings"]) {
      std::string where = "findings[" + std::to_string(index++) + "]";
      FACTLINT_ASSIGN_OR_RETURN(BaselineEntry e, Entry(item, where));
      b.entries.push_back(std::move(e));
    }
    std::sort(b.entries.begin(), b.entries.end(),
              [](const BaselineEntry& x, const BaselineEntry& y) {
                return x.fingerprint < y.fingerprint;
              });
    b.entries.erase(std::unique(b.entries.begin(), b.entries.end(),
                                [](const BaselineEntry& x, const BaselineEntry& y) {
                                  return x.fingerprint == y.fingerprint;
                                }),
                    b.entries.end());
    return b;
  }

 private:
  static std::string Reason(const std::string& what) {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    size_t colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
  }

  // Points at the first occurrence of `token` after the last place pointed at, or at the
  // file alone when there is nothing to point at.
  Status Fail(const std::string& message, std::string_view token) {
    SourceLoc loc{file_};
    if (!token.empty()) {
      size_t at = text_.find(token, cursor_);
      if (at == std::string_view::npos) at = text_.find(token);
      if (at != std::string_view::npos) loc = LocAt(text_, at, file_);
    }
    return Status::InputError(message, loc);
  }

  Status OnlyKeys(const Json& object, std::initializer_list<std::string_view> allowed,
                  const std::string& where) {
    for (const auto& [key, value] : object.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string names;
        for (std::string_view a : allowed) names += (names.empty() ? "'" : ", '") + std::string(a) + "'";
        return Fail((where.empty() ? "" : where + ": ") + "unknown key '" + key +
                        "' (expected " + names + ")",
                    "\"" + key + "\"");
      }
    }
    return Status::Ok();
  }

  Result<int64_t> Int(const Json& object, const std::string& key, const std::string& where) {
    if (!object.contains(key)) return Fail(where + "missing '" + key + "'", "");
    const Json& v = object[key];
    if (!v.is_number_integer()) return Fail("'" + key + "' must be an integer", "\"" + key + "\"");
    return v.get<int64_t>();
  }

  Result<std::string> String(const Json& object, const std::string& key, const std::string& where,
                             bool required) {
    if (!object.contains(key)) {
      if (required) return Fail(where + ": missing '" + key + "'", "");
      return std::string();
    }
    const Json& v = object[key];
    if (!v.is_string()) return Fail(where + ": '" + key + "' must be a string", "\"" + key + "\"");
    return v.get<std::string>();
  }

  Result<BaselineEntry> Entry(const Json& item, const std::string& where) {
    if (!item.is_object()) return Fail(where + " must be an object", "");
    BaselineEntry e;
    FACTLINT_RETURN_IF_ERROR(
        OnlyKeys(item, {"fingerprint", "kind", "rule", "key", "articles", "message"}, where));
    FACTLINT_ASSIGN_OR_RETURN(e.fingerprint, String(item, "fingerprint", where, true));
    bool hex = e.fingerprint.size() == 16 &&
               std::all_of(e.fingerprint.begin(), e.fingerprint.end(), [](char c) {
                 return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
               });
    if (!hex) {
      return Fail(where + ": fingerprint '" + e.fingerprint + "' is not 16 lowercase hex digits",
                  "\"" + e.fingerprint + "\"");
    }
    // Later errors point after this entry's fingerprint.
    size_t at = text_.find("\"" + e.fingerprint + "\"", cursor_);
    if (at != std::string_view::npos) cursor_ = at;
    FACTLINT_ASSIGN_OR_RETURN(e.kind, String(item, "kind", where, false));
    FACTLINT_ASSIGN_OR_RETURN(e.rule, String(item, "rule", where, false));
    FACTLINT_ASSIGN_OR_RETURN(e.key, String(item, "key", where, false));
    FACTLINT_ASSIGN_OR_RETURN(e.message, String(item, "message", where, false));
    if (item.contains("articles")) {
      const Json& list = item["articles"];
      if (!list.is_array()) return Fail(where + ": 'articles' must be a list", "\"articles\"");
      for (const Json& a : list) {
        if (!a.is_object()) return Fail(where + ": each of 'articles' must be an object", "\"articles\"");
        FACTLINT_RETURN_IF_ERROR(OnlyKeys(a, {"story", "article"}, where + ".articles"));
        FACTLINT_ASSIGN_OR_RETURN(std::string story, String(a, "story", where + ".articles", true));
        FACTLINT_ASSIGN_OR_RETURN(std::string id, String(a, "article", where + ".articles", true));
        e.articles.emplace_back(std::move(story), std::move(id));
      }
      std::sort(e.articles.begin(), e.articles.end());
      e.articles.erase(std::unique(e.articles.begin(), e.articles.end()), e.articles.end());
    }
    return e;
  }

  std::string_view text_;
  const std::string& file_;
  size_t cursor_ = 0;
};

}  // namespace

std::string RenderBaseline(const Baseline& baseline) {
  Json root;
  root["version"] = kBaselineVersion;
  root["fingerprint_version"] = kFingerprintVersion;
  Json findings = Json::array();
  for (const BaselineEntry& e : baseline.entries) {
    Json j;
    j["fingerprint"] = e.fingerprint;
    j["kind"] = e.kind;
    j["rule"] = e.rule;
    j["key"] = e.key;
    Json articles = Json::array();
    for (const auto& [story, id] : e.articles) {
      Json a;
      a["story"] = story;
      a["article"] = id;
      articles.push_back(a);
    }
    j["articles"] = articles;
    j["message"] = e.message;
    findings.push_back(j);
  }
  root["findings"] = findings;
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<Baseline> ParseBaseline(std::string_view text, const std::string& file) {
  return BaselineParser(text, file).Parse();
}

}  // namespace factlint
