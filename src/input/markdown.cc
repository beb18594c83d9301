#include "input/markdown.h"

#include <yaml-cpp/yaml.h>

#include <set>
#include <string_view>
#include <utility>

namespace factlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Byte offsets of the front matter in the original file.
struct FrontMatter {
  bool present = false;
  size_t yaml_begin = 0;  // first byte after the opening `---` line
  size_t yaml_end = 0;    // first byte of the closing line
  size_t end = 0;         // first byte after the closing line
};

// A line's content without its line break and trailing spaces.
std::string_view LineContent(std::string_view bytes, size_t begin, size_t end) {
  std::string_view line = bytes.substr(begin, end - begin);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

Result<FrontMatter> FindFrontMatter(std::string_view bytes, const std::string& path) {
  FrontMatter fm;
  const size_t start = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  size_t eol = bytes.find('\n', start);
  if (eol == std::string_view::npos) eol = bytes.size();
  if (LineContent(bytes, start, eol) != "---") return fm;

  fm.present = true;
  fm.yaml_begin = std::min(eol + 1, bytes.size());
  for (size_t b = fm.yaml_begin; b < bytes.size();) {
    size_t e = bytes.find('\n', b);
    if (e == std::string_view::npos) e = bytes.size();
    const std::string_view line = LineContent(bytes, b, e);
    if (line == "---" || line == "...") {
      fm.yaml_end = b;
      fm.end = std::min(e + 1, bytes.size());
      return fm;
    }
    b = e + 1;
  }
  return Status::InputError("front matter is not closed: no '---' line after this one",
                            SourceLoc{path, 1, 1});
}

// Where a yaml-cpp mark (0-based line and byte column inside the front matter) is in the file.
SourceLoc LocOfMark(const TextMap& text, const FrontMatter& fm, const YAML::Mark& mark,
                    const std::string& path) {
  if (mark.is_null()) return SourceLoc{path, 2, 1};
  std::string_view yaml =
      std::string_view(text.original()).substr(fm.yaml_begin, fm.yaml_end - fm.yaml_begin);
  size_t offset = 0;
  for (int line = 0; line < mark.line && offset < yaml.size(); ++line) {
    const size_t eol = yaml.find('\n', offset);
    offset = eol == std::string_view::npos ? yaml.size() : eol + 1;
  }
  offset = std::min(offset + static_cast<size_t>(std::max(mark.column, 0)), yaml.size());
  LineCol lc = text.Locate(fm.yaml_begin + offset);
  return SourceLoc{path, lc.line, lc.column};
}

Status ApplyFrontMatter(const TextMap& text, const FrontMatter& fm, const std::string& path,
                        MetaDraft* draft) {
  const std::string yaml = text.original().substr(fm.yaml_begin, fm.yaml_end - fm.yaml_begin);
  auto loc = [&](const YAML::Mark& mark) { return LocOfMark(text, fm, mark, path); };
  try {
    const YAML::Node root = YAML::Load(yaml);
    if (root.IsNull()) return Status::Ok();  // `---` `---`: nothing to set
    if (!root.IsMap()) {
      return Status::InputError(
          "front matter must be a mapping of keys (" + std::string(kMetaKeys) + ")",
          loc(root.Mark()));
    }
    std::set<std::string> seen;
    for (const auto& entry : root) {
      const YAML::Node& key = entry.first;
      const YAML::Node& value = entry.second;
      if (!key.IsScalar()) {
        return Status::InputError("front matter keys must be plain names", loc(key.Mark()));
      }
      const std::string name = key.Scalar();
      if (!seen.insert(name).second) {
        return Status::InputError("front matter key '" + name + "' appears twice", loc(key.Mark()));
      }
      FACTLINT_RETURN_IF_ERROR(CheckMetaKey(name, loc(key.Mark())));
      if (value.IsNull()) continue;  // `published:` left blank, as templates do: not given
      if (!value.IsScalar()) {
        return Status::InputError("'" + name + "' must be a single value, not a list or mapping",
                                  loc(value.Mark()));
      }
      FACTLINT_RETURN_IF_ERROR(SetMetaField(name, value.Scalar(), loc(value.Mark()), draft));
    }
  } catch (const YAML::Exception& e) {
    return Status::InputError("invalid front matter: " + e.msg, loc(e.mark));
  }
  return Status::Ok();
}

bool IsBlank(char c) { return c == ' ' || c == '\n'; }

// If normalized [b, e) is an ATX heading ("## Title ##"), its level and the title's range.
int HeadingLevel(std::string_view norm, size_t* b, size_t* e) {
  size_t i = *b;
  int level = 0;
  while (i < *e && norm[i] == '#') {
    ++level;
    ++i;
  }
  if (level == 0 || level > 6 || (i < *e && norm[i] != ' ')) return 0;
  size_t te = *e;
  while (te > i && norm[te - 1] == '#') --te;             // optional closing sequence
  if (te < *e && te > i && norm[te - 1] != ' ') te = *e;  // "C#" is text, not a closer
  while (i < te && IsBlank(norm[i])) ++i;
  while (te > i && IsBlank(norm[te - 1])) --te;
  *b = i;
  *e = te;
  return level;
}

// The first `# heading`, else the first non-blank line (heading marks removed).
std::string DefaultTitle(const TextMap& text) {
  const std::string& norm = text.normalized();
  std::pair<size_t, size_t> first = FirstNonBlankLine(norm);
  if (first.first == std::string::npos) return "";
  for (auto line = first; line.first != std::string::npos;) {
    size_t b = line.first, e = line.second;
    if (HeadingLevel(norm, &b, &e) == 1 && b < e) return std::string(text.OriginalSpan(b, e));
    size_t next = norm.find('\n', line.second);
    if (next == std::string::npos) break;
    line = FirstNonBlankLine(norm, next + 1);
  }
  size_t b = first.first, e = first.second;
  HeadingLevel(norm, &b, &e);
  return std::string(text.OriginalSpan(b, e));
}

}  // namespace

Result<Article> ParseMarkdown(MetaDraft draft, std::string bytes) {
  const std::string path = draft.meta.path;
  FACTLINT_ASSIGN_OR_RETURN(FrontMatter fm, FindFrontMatter(bytes, path));
  FACTLINT_ASSIGN_OR_RETURN(TextMap text,
                            TextMap::Build(std::move(bytes), path, fm.present ? fm.end : 0));
  if (fm.present) FACTLINT_RETURN_IF_ERROR(ApplyFrontMatter(text, fm, path, &draft));
  if (draft.meta.title.empty()) draft.meta.title = DefaultTitle(text);
  return FinishArticle(std::move(draft), std::move(text), SourceLoc{path});
}

}  // namespace factlint
