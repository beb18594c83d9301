#include "rules/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <utility>

#include "rules/did_you_mean.h"

namespace factlint {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Bytes in the UTF-8 sequence a lead byte starts; 0 for a byte that cannot lead.
size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 0;
}

// Offset of the first NUL byte or byte that is not part of valid UTF-8.
std::optional<size_t> FirstInvalidByte(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return i;
    size_t length = Utf8SequenceLength(c);
    if (length == 0 || i + length > s.size()) return i;
    int32_t cp = length == 1 ? c : c & (0x3F >> (length - 1));
    for (size_t k = 1; k < length; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    constexpr int32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[length] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace

const YamlField* YamlMap::Find(std::string_view key) const {
  for (const YamlField& field : fields_) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

std::string FieldName(const YamlField& field, std::string_view context) {
  std::string name = "'" + field.key + "'";
  if (!context.empty()) name += " in " + std::string(context);
  return name;
}

YamlReader::YamlReader(std::string file, std::string_view content, Diagnostics* errors)
    : file_(std::move(file)), content_(content), errors_(errors) {
  // yaml-cpp skips a BOM without counting it in positions.
  size_t start = content_.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  line_starts_.push_back(start);
  for (size_t i = start; i < content_.size(); ++i) {
    if (content_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::vector<YamlNode> YamlReader::Parse() { return Report(ParseUnreported()); }

YamlReader::Parsed YamlReader::ParseUnreported(const RuleLoadCache* cache) const {
  Parsed out;
  auto problem = [&](SourceLoc loc, std::string message) {
    if (loc.file.empty()) loc.file = file_;
    out.docs.clear();
    out.problem.emplace(std::move(loc), std::move(message));
    return std::move(out);
  };
  // yaml-cpp reads NUL as the end of the text and passes invalid UTF-8 on;
  // neither belongs in a rule file, so stop at the first such byte.
  if (std::optional<size_t> bad = FirstInvalidByte(content_)) {
    return problem(OffsetLoc(*bad), content_[*bad] == '\0' ? "NUL byte in a rule file"
                                                            : "invalid UTF-8 in a rule file");
  }
  std::shared_ptr<const YamlTree> tree = cache != nullptr ? cache->FindTree(content_) : nullptr;
  const bool cached = tree != nullptr;
  if (!cached) {
    YamlParse parsed = ParseYamlTree(content_);
    if (parsed.error) {
      const YamlMark& mark = parsed.error->mark;
      return problem(mark.is_null() ? SourceLoc{file_, 0, 0} : MarkLoc(mark),
                     std::move(parsed.error->message));
    }
    tree = std::move(parsed.tree);
  }
  if (!tree->WithinNodeBudget(kMaxNodes)) {
    return problem({file_, 0, 0}, "the YAML expands to more than " + std::to_string(kMaxNodes) +
                                      " nodes once its aliases are followed; refusing to read it "
                                      "(an alias bomb?)");
  }
  if (cache != nullptr && !cached) cache->SaveTree(content_, *tree);
  out.docs = tree->Documents();
  return out;
}

std::vector<YamlNode> YamlReader::Report(Parsed&& parsed) {
  if (parsed.problem) {
    Error(std::move(parsed.problem->first), std::move(parsed.problem->second));
    return {};
  }
  return std::move(parsed.docs);
}

SourceLoc YamlReader::Loc(const YamlNode& node) const {
  if (!node.IsDefined()) return {file_, 0, 0};
  YamlMark mark = node.Mark();
  if (mark.is_null() || mark.line < 0 || mark.column < 0) return {file_, 0, 0};
  return MarkLoc(mark);
}

SourceLoc YamlReader::MarkLoc(const YamlMark& mark) const {
  // Marks are 0-based; yaml-cpp counts columns in bytes, editors in code points.
  if (mark.line < 0 || mark.column < 0) return {file_, 0, 0};
  if (static_cast<size_t>(mark.line) >= line_starts_.size()) {
    return {file_, mark.line + 1, mark.column + 1};
  }
  return OffsetLoc(line_starts_[static_cast<size_t>(mark.line)] + static_cast<size_t>(mark.column));
}

SourceLoc YamlReader::OffsetLoc(size_t offset) const {
  offset = std::min(offset, content_.size());
  auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(next_line - line_starts_.begin());  // 1-based
  if (line == 0) return {file_, 1, 1};                                  // inside a BOM
  int column = 1;
  for (size_t i = line_starts_[line - 1]; i < offset; ++i) {
    if ((static_cast<unsigned char>(content_[i]) & 0xC0) != 0x80) ++column;
  }
  return {file_, static_cast<int>(line), column};
}

void YamlReader::Error(SourceLoc loc, std::string message) {
  if (loc.file.empty()) loc.file = file_;
  errors_->push_back(Status::RuleError(std::move(message), std::move(loc)));
}

std::string_view YamlReader::KindName(const YamlNode& node) {
  switch (node.Kind()) {
    case YamlKind::kScalar:
      return "a string";
    case YamlKind::kSequence:
      return "a list";
    case YamlKind::kMap:
      return "a mapping";
    case YamlKind::kNull:
      break;
  }
  return "empty";
}

std::optional<YamlMap> YamlReader::ReadOpenMap(const YamlNode& node, const SourceLoc& loc,
                                               std::string_view what) {
  if (node.IsNull()) return YamlMap(loc, {});
  if (!node.IsMap()) {
    Error(loc, std::string(what) + " must be a mapping, not " + std::string(KindName(node)));
    return std::nullopt;
  }
  std::vector<YamlField> fields;
  std::map<std::string, SourceLoc> seen;
  for (size_t i = 0; i < node.size(); ++i) {
    const YamlNode key_node = node.Key(i);
    const YamlNode value = node.Value(i);
    SourceLoc key_loc = Loc(key_node);
    if (key_loc.line == 0) key_loc = loc;
    if (!key_node.IsScalar()) {
      Error(key_loc, "keys of " + std::string(what) + " must be strings, not " +
                         std::string(KindName(key_node)));
      continue;
    }
    std::string key = key_node.Scalar();
    auto [prev, inserted] = seen.emplace(key, key_loc);
    if (!inserted) {
      Error(key_loc, "duplicate key '" + key + "' in " + std::string(what) + " (first defined at " +
                         prev->second.ToString() + ")");
      continue;
    }
    SourceLoc value_loc = value.IsNull() ? key_loc : Loc(value);
    if (value_loc.line == 0) value_loc = key_loc;
    fields.push_back({std::move(key), value, key_loc, value_loc});
  }
  return YamlMap(loc, std::move(fields));
}

std::optional<YamlMap> YamlReader::ReadOpenMap(const YamlField& field, std::string_view context) {
  return ReadOpenMap(field.node, field.loc, FieldName(field, context));
}

std::optional<YamlMap> YamlReader::ReadMap(const YamlNode& node, const SourceLoc& loc,
                                           std::string_view what,
                                           std::span<const std::string_view> allowed) {
  std::optional<YamlMap> open = ReadOpenMap(node, loc, what);
  if (!open) return std::nullopt;
  std::vector<YamlField> known;
  for (const YamlField& field : open->fields()) {
    bool valid = false;
    for (std::string_view key : allowed) valid = valid || key == field.key;
    if (valid) {
      known.push_back(field);
      continue;
    }
    Error(field.key_loc, "unknown key '" + field.key + "' in " + std::string(what) +
                             DidYouMean(field.key, allowed) +
                             "; valid keys: " + JoinNames(allowed));
  }
  return YamlMap(open->loc(), std::move(known));
}

std::optional<YamlMap> YamlReader::ReadMap(const YamlField& field, std::string_view what,
                                           std::span<const std::string_view> allowed) {
  return ReadMap(field.node, field.loc, what, allowed);
}

const YamlField* YamlReader::Require(const YamlMap& map, std::string_view key,
                                     std::string_view what) {
  const YamlField* field = map.Find(key);
  if (field == nullptr) {
    Error(map.loc(), "missing required key '" + std::string(key) + "' in " + std::string(what));
  }
  return field;
}

std::optional<std::string> YamlReader::ReadString(const YamlNode& node, const SourceLoc& loc,
                                                  std::string_view what) {
  if (!node.IsScalar()) {
    Error(loc, std::string(what) + " must be a string, not " + std::string(KindName(node)));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::string> YamlReader::ReadString(const YamlField& field,
                                                  std::string_view context) {
  return ReadString(field.node, field.loc, FieldName(field, context));
}

std::optional<std::vector<YamlItem>> YamlReader::ReadList(const YamlNode& node,
                                                          const SourceLoc& loc,
                                                          std::string_view what) {
  if (node.IsNull()) return std::vector<YamlItem>{};
  if (!node.IsSequence()) {
    Error(loc, std::string(what) + " must be a list, not " + std::string(KindName(node)));
    return std::nullopt;
  }
  std::vector<YamlItem> items;
  for (size_t i = 0; i < node.size(); ++i) {
    YamlNode item = node.Item(i);
    SourceLoc item_loc = item.IsNull() ? loc : Loc(item);
    if (item_loc.line == 0) item_loc = loc;
    items.push_back({std::move(item), item_loc});
  }
  return items;
}

std::optional<std::vector<YamlItem>> YamlReader::ReadList(const YamlField& field,
                                                          std::string_view context) {
  return ReadList(field.node, field.loc, FieldName(field, context));
}

std::optional<double> YamlReader::ReadNumber(const YamlNode& node, const SourceLoc& loc,
                                             std::string_view what) {
  std::optional<std::string> text = ReadString(node, loc, what);
  if (!text) return std::nullopt;
  double value = 0;
  const char* begin = text->data();
  const char* end = begin + text->size();
  if (begin != end && *begin == '+') ++begin;  // from_chars rejects a leading '+'
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
    Error(loc, std::string(what) + " must be a number, not '" + *text + "'");
    return std::nullopt;
  }
  return value;
}

}  // namespace factlint
