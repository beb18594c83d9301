#include "input/article_meta.h"

#include <utf8proc.h>

#include <filesystem>
#include <system_error>

#include "text/language.h"

namespace factlint {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// What is wrong with a metadata value as text, or "" when nothing is: YAML and JSON escapes
// ("\0", "\u0000", "\ud800") can put a NUL byte or a lone surrogate in a parsed string.
std::string TextProblem(std::string_view value) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(value.data());
  size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '\0') return "holds a NUL byte";
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(value.size() - i), &cp);
    if (len <= 0) return "is not valid UTF-8";
    i += static_cast<size_t>(len);
  }
  return "";
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "YYYY-MM-DD", optionally followed by "THH:MM" and anything a time zone or seconds add.
// A space instead of the T is accepted (YAML writers produce it) and rewritten to T.
bool NormalizePublished(std::string* value) {
  std::string& v = *value;
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') return false;
  if (!IsDigits(std::string_view(v).substr(0, 4)) || !IsDigits(std::string_view(v).substr(5, 2)) ||
      !IsDigits(std::string_view(v).substr(8, 2))) {
    return false;
  }
  const int year = std::stoi(v.substr(0, 4));
  const int month = std::stoi(v.substr(5, 2));
  const int day = std::stoi(v.substr(8, 2));
  constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1) return false;  // no year 0, as for every date factlint reads (calendar.h)
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  if (v.size() == 10) return true;
  if (v[10] != 'T' && v[10] != ' ') return false;
  if (v.size() < 16 || !IsDigits(std::string_view(v).substr(11, 2)) || v[13] != ':' ||
      !IsDigits(std::string_view(v).substr(14, 2))) {
    return false;
  }
  for (size_t i = 16; i < v.size(); ++i) {
    const char c = v[i];
    if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z')) {
      return false;
    }
  }
  v[10] = 'T';
  return true;
}

// A BCP 47-style tag: a 2-3 letter primary language, then optional subtags ("fr-FR", "en_GB").
// Returns the lowercased primary subtag, or "" when `value` is not such a tag.
std::string PrimaryLanguage(std::string_view value) {
  size_t i = 0;
  while (i < value.size() && IsAsciiAlpha(value[i])) ++i;
  if (i < 2 || i > 3) return "";
  for (size_t j = i; j < value.size(); ++j) {
    const char c = value[j];
    if (!(IsAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_')) return "";
  }
  if (i < value.size() && value[i] != '-' && value[i] != '_') return "";
  std::string primary(value.substr(0, i));
  for (char& c : primary) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return primary;
}

}  // namespace

MetaDraft DefaultMeta(const std::string& path) {
  MetaDraft draft;
  draft.meta.path = path;
  if (path == "-") {
    draft.meta.id = "stdin";
    draft.meta.story = "stdin";
    return draft;
  }
  namespace fs = std::filesystem;
  fs::path p = fs::path(path).lexically_normal();
  draft.meta.id = p.stem().string();
  fs::path parent = p.parent_path();
  if (parent.empty() || parent.filename() == "..") {
    std::error_code ec;
    fs::path absolute = fs::absolute(p, ec);
    if (!ec) parent = absolute.lexically_normal().parent_path();
  }
  draft.meta.story = parent.filename().string();
  return draft;
}

Status CheckMetaKey(std::string_view key, const SourceLoc& loc) {
  if (key == "id" || key == "title" || key == "source" || key == "published" || key == "lang" ||
      key == "story") {
    return Status::Ok();
  }
  return Status::InputError(
      "unknown key '" + std::string(key) + "' (expected one of: " + std::string(kMetaKeys) + ")",
      loc);
}

Status SetMetaField(std::string_view key, std::string value, const SourceLoc& loc,
                    MetaDraft* draft) {
  ArticleMeta& meta = draft->meta;
  // Metadata reaches every report and the store: it must be text, like the article.
  if (const std::string problem = TextProblem(value); !problem.empty()) {
    return Status::InputError("'" + std::string(key) + "' " + problem, loc);
  }
  // An empty id, source or story would merge unrelated articles in reports and the store.
  if (value.empty() && (key == "id" || key == "source" || key == "story")) {
    return Status::InputError("'" + std::string(key) + "' must not be empty", loc);
  }
  if (key == "id") {
    meta.id = std::move(value);
  } else if (key == "title") {
    meta.title = std::move(value);
  } else if (key == "source") {
    meta.source = std::move(value);
    draft->source_given = true;
  } else if (key == "story") {
    meta.story = std::move(value);
  } else if (key == "published") {
    if (!NormalizePublished(&value)) {
      return Status::InputError(
          "'published' must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM, not '" + value +
              "'",
          loc);
    }
    meta.published = std::move(value);
  } else if (key == "lang") {
    const std::string primary = PrimaryLanguage(value);
    if (primary.empty()) {
      return Status::InputError(
          "'lang' must be a language code such as fr or en, not '" + value + "'", loc);
    }
    // A language factlint has no rules for ("de") is still a given language: no detection.
    meta.lang = ParseLang(primary).value_or(Lang::kUnknown);
    draft->lang_given = true;
  } else {
    return CheckMetaKey(key, loc);
  }
  return Status::Ok();
}

std::pair<size_t, size_t> FirstNonBlankLine(const std::string& normalized, size_t from) {
  size_t b = from;
  while (b < normalized.size()) {
    size_t e = normalized.find('\n', b);
    if (e == std::string::npos) e = normalized.size();
    size_t tb = b, te = e;
    while (tb < te && IsBlank(normalized[tb])) ++tb;
    while (te > tb && IsBlank(normalized[te - 1])) --te;
    if (tb < te) return {tb, te};
    b = e + 1;
  }
  return {std::string::npos, std::string::npos};
}

Result<Article> FinishArticle(MetaDraft draft, TextMap text, const SourceLoc& where) {
  if (FirstNonBlankLine(text.normalized()).first == std::string::npos) {
    return Status::InputError("empty article", where);
  }
  Article article;
  article.meta = std::move(draft.meta);
  if (!draft.source_given) article.meta.source = article.meta.id;
  if (!draft.lang_given) article.meta.lang = DetectLanguage(text.normalized());
  article.text = std::move(text);
  return article;
}

}  // namespace factlint
