#include "input/jsonl.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "input/article_meta.h"
#include "input/line_reader.h"
#include "text/text_map.h"

namespace factlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 7:
// syntax error ..."; its line and column are those of a one-line document, so keep the rest.
std::string ParseErrorDetail(const nlohmann::json::parse_error& e) {
  std::string_view what = e.what();
  const size_t column = what.find("column ");
  if (column != std::string_view::npos) {
    const size_t colon = what.find(": ", column);
    if (colon != std::string_view::npos) return std::string(what.substr(colon + 2));
  }
  const size_t bracket = what.find("] ");
  return std::string(bracket == std::string_view::npos ? what : what.substr(bracket + 2));
}

// 1-based column, in code points, of the 1-based byte position nlohmann reports.
int ColumnOfByte(std::string_view line, size_t byte) {
  const size_t end = std::min(byte > 0 ? byte - 1 : 0, line.size());
  int column = 1;
  for (size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

Result<Article> ParseLine(std::string_view line, const std::string& path, int line_number,
                          const std::string& stem) {
  const SourceLoc where{path, line_number};
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InputError("invalid JSON: " + ParseErrorDetail(e),
                              SourceLoc{path, line_number, ColumnOfByte(line, e.byte)});
  } catch (const nlohmann::json::exception& e) {
    // A number too large for a double ("1e400") is out_of_range, and carries no position.
    std::string_view what = e.what();
    const size_t bracket = what.find("] ");
    return Status::InputError(
        "invalid JSON: " +
            std::string(bracket == std::string_view::npos ? what : what.substr(bracket + 2)),
        where);
  }
  if (!object.is_object()) {
    return Status::InputError(
        std::string("each line must be a JSON object, not ") + object.type_name(), where);
  }

  MetaDraft draft = DefaultMeta(path);
  draft.meta.id = stem + ":" + std::to_string(line_number);
  const nlohmann::json* text = nullptr;
  for (const auto& [key, value] : object.items()) {
    if (key == "text") {
      text = &value;
      continue;
    }
    FACTLINT_RETURN_IF_ERROR(CheckMetaKey(key, where));
    if (value.is_null()) continue;
    if (!value.is_string()) {
      return Status::InputError(
          "'" + key + "' must be a string, not " + std::string(value.type_name()), where);
    }
    FACTLINT_RETURN_IF_ERROR(SetMetaField(key, value.get<std::string>(), where, &draft));
  }
  if (text == nullptr || text->is_null()) {
    return Status::InputError("missing 'text': each line needs the article's text", where);
  }
  if (!text->is_string()) {
    return Status::InputError("'text' must be a string, not " + std::string(text->type_name()),
                              where);
  }
  Result<TextMap> map = TextMap::Build(text->get<std::string>(), path);
  if (!map.ok()) {
    // The map's line:col count within "text"; the user needs the .jsonl line.
    return Status::InputError("'text': " + map.status().message(), where);
  }
  return FinishArticle(std::move(draft), std::move(map).value(), where);
}

}  // namespace

Status ForEachJsonlArticle(std::istream& in, const std::string& path, const ReadOptions& options,
                           const std::function<Status(Article&&)>& visit) {
  const std::string stem = DefaultMeta(path).meta.id;
  const size_t max_line = std::min(options.max_article_bytes, TextMap::kMaxBytes);
  LineReader lines(in, max_line);
  std::string line;
  while (true) {
    const LineReader::Outcome got = lines.Next(&line);
    if (got == LineReader::kEnd) return Status::Ok();
    if (got == LineReader::kReadError) {
      return Status::IoError("read error", SourceLoc{path, lines.line_number()});
    }
    if (got == LineReader::kTooLong) {
      return Status::InputError("line is longer than " + std::to_string(max_line) + " bytes",
                                SourceLoc{path, lines.line_number()});
    }
    std::string_view view = line;
    if (lines.line_number() == 1 && view.substr(0, kBom.size()) == kBom) {
      view.remove_prefix(kBom.size());
    }
    if (IsBlankLine(view)) continue;
    FACTLINT_ASSIGN_OR_RETURN(Article article, ParseLine(view, path, lines.line_number(), stem));
    FACTLINT_RETURN_IF_ERROR(visit(std::move(article)));
  }
}

}  // namespace factlint
