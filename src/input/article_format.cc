#include "input/article_format.h"

#include <filesystem>

namespace factlint {
namespace {

struct FormatInfo {
  ArticleFormat format;
  std::string_view name;       // as in ReadOptions::stdin_format
  std::string_view extension;  // lowercase, with the dot
  bool has_reader;
};

// A format may have several extensions (one row each); its name comes from its first row.
constexpr FormatInfo kFormats[] = {
    {ArticleFormat::kPlainText, "txt", ".txt", true},
    {ArticleFormat::kMarkdown, "md", ".md", true},
    {ArticleFormat::kJsonl, "jsonl", ".jsonl", true},
    {ArticleFormat::kHtml, "html", ".html", true},
    {ArticleFormat::kHtml, "html", ".htm", true},
};

std::string Lowercase(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::optional<ArticleFormat> FormatForPath(std::string_view path) {
  const std::string ext = Lowercase(std::filesystem::path(path).extension().string());
  for (const FormatInfo& f : kFormats) {
    if (ext == f.extension) return f.format;
  }
  return std::nullopt;
}

std::optional<ArticleFormat> FormatForName(std::string_view name) {
  for (const FormatInfo& f : kFormats) {
    if (name == f.name && f.has_reader) return f.format;
  }
  return std::nullopt;
}

bool HasReader(ArticleFormat format) {
  for (const FormatInfo& f : kFormats) {
    if (f.format == format) return f.has_reader;
  }
  return false;
}

std::string_view StdinFormatFor(int first_byte) {
  if (first_byte == '{') return "jsonl";
  if (first_byte == '<') return "html";
  return "txt";
}

std::string ReadableExtensions() {
  std::string out;
  std::string_view last;
  for (const FormatInfo& f : kFormats) {
    if (!f.has_reader) continue;
    if (!last.empty()) out += (out.empty() ? "" : ", ") + std::string(last);
    last = f.extension;
  }
  return out.empty() ? std::string(last) : out + " or " + std::string(last);
}

}  // namespace factlint
