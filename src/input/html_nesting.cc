#include "input/html_nesting.h"

#include <algorithm>
#include <string>
#include <vector>

namespace factlint {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsVoid(std::string_view n) {
  return OneOf(n, {"area",   "base",  "basefont", "bgsound", "br",     "col",  "embed", "frame",
                   "hr",     "image", "img",      "input",   "keygen", "link", "meta",  "param",
                   "source", "track", "wbr",      "html",    "head",   "body"});
}

bool IsRawText(std::string_view n) {
  return OneOf(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// The HTML parser's "special" elements: end tags of other names stop at them.
bool IsSpecial(std::string_view n) {
  return OneOf(
      n, {"address",  "applet",     "area",     "article",    "aside",    "base",     "basefont",
          "bgsound",  "blockquote", "body",     "br",         "button",   "caption",  "center",
          "col",      "colgroup",   "dd",       "details",    "dir",      "div",      "dl",
          "dt",       "embed",      "fieldset", "figcaption", "figure",   "footer",   "form",
          "frame",    "frameset",   "h1",       "h2",         "h3",       "h4",       "h5",
          "h6",       "head",       "header",   "hgroup",     "hr",       "html",     "iframe",
          "img",      "input",      "li",       "link",       "listing",  "main",     "marquee",
          "menu",     "meta",       "nav",      "noembed",    "noframes", "noscript", "object",
          "ol",       "p",          "param",    "plaintext",  "pre",      "script",   "section",
          "select",   "source",     "style",    "summary",    "table",    "tbody",    "td",
          "template", "textarea",   "tfoot",    "th",         "thead",    "title",    "tr",
          "track",    "ul",         "wbr",      "xmp"});
}

bool IsFormatting(std::string_view n) {
  return OneOf(n, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                   "strong", "tt", "u"});
}

bool IsHeading(std::string_view n) { return OneOf(n, {"h1", "h2", "h3", "h4", "h5", "h6"}); }

// Start tags that close an open <p> first.
bool ClosesP(std::string_view n) {
  return IsHeading(n) ||
         OneOf(n, {"address", "article", "aside",  "blockquote", "center",     "details", "dialog",
                   "dir",     "div",     "dl",     "fieldset",   "figcaption", "figure",  "footer",
                   "form",    "header",  "hgroup", "listing",    "main",       "menu",    "nav",
                   "ol",      "p",       "pre",    "section",    "summary",    "table",   "ul",
                   "xmp",     "dd",      "dt",     "li"});
}

enum class Scope { kDefault, kButton, kListItem, kTable };

bool IsBoundary(std::string_view n, Scope scope) {
  if (OneOf(n, {"html", "table", "template"})) return true;
  if (scope == Scope::kTable) return false;
  if (OneOf(n, {"applet", "caption", "td", "th", "marquee", "object", "svg", "math"})) return true;
  if (scope == Scope::kButton) return n == "button";
  if (scope == Scope::kListItem) return n == "ol" || n == "ul";
  return false;
}

class Estimator {
 public:
  // Index in the stack of the nearest open element named one of `names` with no scope
  // boundary above it, or -1.
  long Find(std::initializer_list<std::string_view> names, Scope scope) const {
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
      const std::string& n = open_[static_cast<size_t>(i)];
      if (OneOf(n, names)) return i;
      if (IsBoundary(n, scope)) return -1;
    }
    return -1;
  }
  void PopTo(long index) {
    if (index >= 0) open_.resize(static_cast<size_t>(index));
  }
  void CloseP() { PopTo(Find({"p"}, Scope::kButton)); }
  bool in_foreign() const { return foreign_ > 0; }

  // Returns the depth after the start tag.
  size_t Start(const std::string& name, bool self_closing) {
    if (IsVoid(name)) return open_.size();
    if (self_closing && foreign_ > 0) return open_.size();
    if (ClosesP(name)) CloseP();
    if (name == "li") {
      PopTo(FindSibling({"li"}));
    } else if (name == "dd" || name == "dt") {
      PopTo(FindSibling({"dd", "dt"}));
    } else if (IsHeading(name)) {
      if (!open_.empty() && IsHeading(open_.back())) open_.pop_back();
    } else if (name == "option" || name == "optgroup") {
      if (!open_.empty() && open_.back() == "option") open_.pop_back();
      if (name == "optgroup" && !open_.empty() && open_.back() == "optgroup") open_.pop_back();
    } else if (name == "td" || name == "th") {
      PopTo(FindOutermost({"td", "th"}));
    } else if (name == "tr") {
      PopTo(FindOutermost({"td", "th", "tr"}));
    } else if (OneOf(name, {"tbody", "thead", "tfoot"})) {
      PopTo(FindOutermost({"td", "th", "tr", "tbody", "thead", "tfoot"}));
    } else if (name == "a" || name == "nobr" || name == "button") {
      const long i = Find({name}, Scope::kDefault);
      if (i >= 0) open_.erase(open_.begin() + i);
    }
    if (name == "svg" || name == "math") ++foreign_;
    open_.push_back(name);
    return open_.size();
  }

  void End(const std::string& name) {
    long i = -1;
    if (name == "p") {
      i = Find({"p"}, Scope::kButton);
    } else if (name == "li") {
      i = Find({"li"}, Scope::kListItem);
    } else if (IsFormatting(name)) {
      // The adoption agency takes the element out and leaves what it held open.
      i = Find({name}, Scope::kDefault);
      if (i >= 0) open_.erase(open_.begin() + i);
      CountForeign();
      return;
    } else if (IsSpecial(name) || name == "svg" || name == "math") {
      i = Find({name}, Scope::kDefault);
    } else {
      for (long k = static_cast<long>(open_.size()) - 1; k >= 0; --k) {
        const std::string& n = open_[static_cast<size_t>(k)];
        if (n == name) {
          i = k;
          break;
        }
        if (IsSpecial(n)) break;
      }
    }
    PopTo(i);
    CountForeign();
  }

 private:
  // The lowest open element named one of `names` in the current table, or -1: a new row
  // closes the row open before it and the cells in it.
  long FindOutermost(std::initializer_list<std::string_view> names) const {
    long found = -1;
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
      const std::string& n = open_[static_cast<size_t>(i)];
      if (IsBoundary(n, Scope::kTable)) break;
      if (OneOf(n, names)) found = i;
    }
    return found;
  }
  // For <li>, <dd>, <dt>: the open sibling to close, looking past inline elements only.
  long FindSibling(std::initializer_list<std::string_view> names) const {
    for (long i = static_cast<long>(open_.size()) - 1; i >= 0; --i) {
      const std::string& n = open_[static_cast<size_t>(i)];
      if (OneOf(n, names)) return i;
      if (IsSpecial(n) && !OneOf(n, {"address", "div", "p"})) return -1;
    }
    return -1;
  }
  void CountForeign() {
    foreign_ =
        static_cast<size_t>(std::count_if(open_.begin(), open_.end(), [](const std::string& n) {
          return n == "svg" || n == "math";
        }));
  }

  std::vector<std::string> open_;
  size_t foreign_ = 0;
};

// Lowercase tag name starting at html[i]; i moves past it.
std::string TagName(std::string_view html, size_t* i) {
  std::string name;
  while (*i < html.size() && !IsSpace(html[*i]) && html[*i] != '/' && html[*i] != '>') {
    char c = html[*i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    name.push_back(c);
    ++*i;
  }
  return name;
}

// Moves *i past the '>' that ends a tag, skipping quoted attribute values; tells whether the
// tag ended with "/>".
bool SkipTagRest(std::string_view html, size_t* i) {
  bool slash = false;
  while (*i < html.size()) {
    const char c = html[*i];
    if (c == '>') {
      ++*i;
      return slash;
    }
    if (c == '=') {
      ++*i;
      while (*i < html.size() && IsSpace(html[*i])) ++*i;
      if (*i < html.size() && (html[*i] == '"' || html[*i] == '\'')) {
        const size_t close = html.find(html[*i], *i + 1);
        *i = close == std::string_view::npos ? html.size() : close + 1;
      }
      slash = false;
      continue;
    }
    slash = c == '/';
    ++*i;
  }
  return false;
}

// Offset of "</name" (any case) at or after `from`, or the end of `html`.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (i + 2 + name.size() > html.size()) break;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k) {
      char c = html[i + 2 + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == name[k];
    }
    const size_t after = i + 2 + name.size();
    if (same && (after == html.size() || IsSpace(html[after]) || html[after] == '>' ||
                 html[after] == '/')) {
      return i;
    }
  }
  return html.size();
}

}  // namespace

size_t FindDeepNesting(std::string_view html, size_t limit) {
  Estimator depth;
  size_t i = 0;
  while (i < html.size()) {
    i = html.find('<', i);
    if (i == std::string_view::npos) break;
    const size_t tag_start = i;
    if (html.substr(i, 4) == "<!--") {
      const size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
    } else if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const size_t close = html.find('>', i + 2);
      i = close == std::string_view::npos ? html.size() : close + 1;
    } else if (i + 2 < html.size() && html[i + 1] == '/' && IsAlpha(html[i + 2])) {
      i += 2;
      const std::string name = TagName(html, &i);
      SkipTagRest(html, &i);
      depth.End(name);
    } else if (i + 1 < html.size() && IsAlpha(html[i + 1])) {
      ++i;
      const std::string name = TagName(html, &i);
      const bool self_closing = SkipTagRest(html, &i);
      if (name == "plaintext") break;  // the rest of the page is text
      if (depth.Start(name, self_closing) > limit) return tag_start;
      // "<script/>" still opens a script in HTML; only SVG and MathML close it at once.
      if (IsRawText(name) && !(self_closing && depth.in_foreign())) {
        i = FindEndTag(html, i, name);
      }
    } else {
      ++i;
    }
  }
  return std::string_view::npos;
}

}  // namespace factlint
