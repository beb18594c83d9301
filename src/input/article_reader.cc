#include "input/article_reader.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <system_error>
#include <utility>

#include "input/article_format.h"
#include "input/article_meta.h"
#include "input/folder_walk.h"
#include "input/html.h"
#include "input/jsonl.h"
#include "input/markdown.h"
#include "input/plain_text.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

size_t MaxBytes(const ReadOptions& options) {
  return std::min(options.max_article_bytes, TextMap::kMaxBytes);
}

Status Unsupported(const std::string& path) {
  return Status::InputError("unsupported file type (expected " + ReadableExtensions() + ")",
                            SourceLoc{path});
}

// The one place a single-article format meets its reader.
Result<Article> ParseAs(ArticleFormat format, const std::string& path, std::string bytes,
                        const ReadOptions& options) {
  if (bytes.size() > MaxBytes(options)) {
    return Status::InputError("file is larger than " + std::to_string(MaxBytes(options)) + " bytes",
                              SourceLoc{path});
  }
  switch (format) {
    case ArticleFormat::kPlainText:
      return ParsePlainText(DefaultMeta(path), std::move(bytes));
    case ArticleFormat::kMarkdown:
      return ParseMarkdown(DefaultMeta(path), std::move(bytes));
    case ArticleFormat::kJsonl:
      return Status::InputError("a .jsonl file holds many articles: read it with ForEachArticle",
                                SourceLoc{path});
    case ArticleFormat::kHtml:
      return ParseHtml(DefaultMeta(path), std::move(bytes));
  }
  return Unsupported(path);
}

Status ReadFile(const std::string& path, const ReadOptions& options,
                const std::function<Status(Article&&)>& visit) {
  const std::optional<ArticleFormat> format = FormatForPath(path);
  if (!format || !HasReader(*format)) return Unsupported(path);
  if (*format == ArticleFormat::kJsonl) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Status::IoError(errno != 0 ? ErrnoMessage(errno) : "cannot open", SourceLoc{path});
    }
    return ForEachJsonlArticle(in, path, options, visit);
  }
  FACTLINT_ASSIGN_OR_RETURN(std::string bytes, ReadFileBytes(path, MaxBytes(options)));
  FACTLINT_ASSIGN_OR_RETURN(Article article, ParseAs(*format, path, std::move(bytes), options));
  return visit(std::move(article));
}

Status ReadStdin(const ReadOptions& options, const std::function<Status(Article&&)>& visit) {
  const std::string path = "-";
  const std::optional<ArticleFormat> format = FormatForName(options.stdin_format);
  if (!format) {
    return Status::InvalidArgument("standard input can be read as txt, md, jsonl or html, not '" +
                                   options.stdin_format + "'");
  }
  std::istream& in = options.stdin_stream != nullptr ? *options.stdin_stream : std::cin;
  if (*format == ArticleFormat::kJsonl) return ForEachJsonlArticle(in, path, options, visit);
  FACTLINT_ASSIGN_OR_RETURN(std::string bytes, ReadStreamBytes(in, path, MaxBytes(options)));
  FACTLINT_ASSIGN_OR_RETURN(Article article, ParseAs(*format, path, std::move(bytes), options));
  return visit(std::move(article));
}

}  // namespace

Result<Article> ParseArticle(const std::string& path, std::string bytes,
                             const ReadOptions& options) {
  const std::optional<ArticleFormat> format = FormatForPath(path);
  if (!format) return Unsupported(path);
  return ParseAs(*format, path, std::move(bytes), options);
}

Status ForEachArticle(const std::vector<std::string>& paths, const ReadOptions& options,
                      Diagnostics* warnings, const std::function<Status(Article&&)>& visit) {
  for (const std::string& path : paths) {
    if (path == "-") {
      FACTLINT_RETURN_IF_ERROR(ReadStdin(options, visit));
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      const int error = ec ? ec.value() : ENOENT;
      return Status::IoError(ErrnoMessage(error), SourceLoc{path});
    }
    if (!fs::is_directory(status)) {
      FACTLINT_RETURN_IF_ERROR(ReadFile(path, options, visit));
      continue;
    }
    FACTLINT_ASSIGN_OR_RETURN(std::vector<std::string> files, ListArticleFiles(path, warnings));
    if (files.empty() && warnings != nullptr) {
      warnings->push_back(Status::InputError("no article files in this folder", SourceLoc{path}));
    }
    for (const std::string& file : files) {
      FACTLINT_RETURN_IF_ERROR(ReadFile(file, options, visit));
    }
  }
  return Status::Ok();
}

}  // namespace factlint
