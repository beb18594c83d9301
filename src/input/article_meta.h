// Article metadata while a reader builds it: defaults implied by the path, fields set from
// front matter or a .jsonl object, and the finishing step every reader ends with.
//
//   MetaDraft draft = DefaultMeta("stories/ukraine/000.md");  // id "000", story "ukraine"
//   FACTLINT_RETURN_IF_ERROR(SetMetaField("lang", "fr", loc, &draft));
//   Result<Article> a = FinishArticle(std::move(draft), std::move(text_map), SourceLoc{path});
//
// Internal to input/.
#ifndef FACTLINT_INPUT_ARTICLE_META_H_
#define FACTLINT_INPUT_ARTICLE_META_H_

#include <string>
#include <string_view>
#include <utility>

#include "base/source_loc.h"
#include "base/status.h"
#include "text/article.h"
#include "text/text_map.h"

namespace factlint {

struct MetaDraft {
  ArticleMeta meta;
  bool source_given = false;  // else the source is the id
  bool lang_given = false;    // else the language is detected; "de" is given but kUnknown
};

// The metadata keys front matter and .jsonl objects may set, for messages.
inline constexpr std::string_view kMetaKeys = "id, title, source, published, lang, story";

// id = file name without extension, story = name of the containing folder, path as given.
// "-" (standard input) gets id and story "stdin". A path with no folder part ("a.txt",
// "../a.txt") takes its story from the current directory, so that `cd ukraine; factlint check
// *.txt` and `factlint check ukraine/` agree; nothing else is read from the file system.
MetaDraft DefaultMeta(const std::string& path);

// kInputError at `loc` unless `key` is one of kMetaKeys.
Status CheckMetaKey(std::string_view key, const SourceLoc& loc);

// Sets `key` (one of kMetaKeys) to `value`. kInputError at `loc`: an unknown key, a value
// holding a NUL byte or invalid UTF-8 (escapes in YAML or JSON can make them), an empty id,
// source or story, a `published` that is not YYYY-MM-DD[THH:MM...], a `lang` that is not a
// language code.
Status SetMetaField(std::string_view key, std::string value, const SourceLoc& loc,
                    MetaDraft* draft);

// The first non-blank line of the normalized text, as normalized offsets [begin, end), trimmed;
// {npos, npos} when there is none.
std::pair<size_t, size_t> FirstNonBlankLine(const std::string& normalized, size_t from = 0);

// Builds the Article: the source defaults to the id, the language to DetectLanguage of the
// normalized text. Text with nothing but white space is "empty article" (kInputError at `where`).
Result<Article> FinishArticle(MetaDraft draft, TextMap text, const SourceLoc& where);

}  // namespace factlint

#endif  // FACTLINT_INPUT_ARTICLE_META_H_
