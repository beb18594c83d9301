#include "input/html_meta.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "input/html_boilerplate.h"
#include "input/html_dom.h"

namespace factlint {
namespace {

// Finds the first string value of a "datePublished" key in a JSON text without building the
// document (no recursion, whatever the nesting).
class DatePublishedFinder : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::string found;

  bool key(string_t& k) override {
    want_ = k == "datePublished";
    return true;
  }
  bool string(string_t& s) override {
    if (want_ && found.empty()) found = s;
    want_ = false;
    return found.empty();  // stop once found
  }
  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_unsigned(number_unsigned_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool start_object(std::size_t) override { return Value(); }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return Value(); }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool Value() {
    want_ = false;
    return true;
  }
  bool want_ = false;
};

std::string JsonLdDatePublished(std::string_view json) {
  DatePublishedFinder finder;
  nlohmann::json::sax_parse(json, &finder, nlohmann::json::input_format_t::json, false);
  return finder.found;
}

bool InsideChrome(const GumboNode* e) {
  for (const GumboNode* a = e->parent; a != nullptr; a = a->parent) {
    if (IsElement(a, GUMBO_TAG_NAV) || IsElement(a, GUMBO_TAG_ASIDE) ||
        IsElement(a, GUMBO_TAG_FOOTER)) {
      return true;
    }
  }
  return false;
}

void AddCandidate(std::vector<std::string>* out, std::string_view value) {
  std::string v = CollapseSpaces(value);
  if (!v.empty()) out->push_back(std::move(v));
}

std::string TextOf(const GumboNode* script) {
  std::string text;
  for (const GumboNode* child : Children(script)) {
    if (IsTextNode(child) && child->v.text.text != nullptr) text += child->v.text.text;
  }
  return text;
}

}  // namespace

PageMeta ReadPageMeta(const GumboNode* html, const ArticleLayout& layout, const PageStats& stats) {
  PageMeta m;
  std::string og_title, document_title;
  // Candidates by source, in the order of trust documented in the header.
  std::vector<std::string> meta_time, json_ld, itemprop, pubdate, root_time, page_time;
  ForEachElement(html, [&](const GumboNode* e) {
    const GumboTag tag = e->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      const std::string key = AsciiLower(
          Attribute(e, "property").empty() ? Attribute(e, "name") : Attribute(e, "property"));
      const std::string_view content = Attribute(e, "content");
      if (key == "og:title" && og_title.empty()) og_title = CollapseSpaces(content);
      if (key == "og:site_name" && m.site_name.empty()) m.site_name = CollapseSpaces(content);
      if (key == "article:published_time") AddCandidate(&meta_time, content);
      if (key == "generator" && AsciiLower(content).starts_with("factlint")) {
        m.factlint_report = true;
      }
    } else if (tag == GUMBO_TAG_TITLE && document_title.empty()) {
      document_title = CollapsedText(e);
    } else if (tag == GUMBO_TAG_SCRIPT) {
      if (CollapseSpaces(AsciiLower(Attribute(e, "type"))) == "application/ld+json") {
        AddCandidate(&json_ld, JsonLdDatePublished(TextOf(e)));
      }
      return false;
    }
    if (HasToken(Attribute(e, "itemprop"), "datePublished")) {
      AddCandidate(&itemprop, Attribute(e, tag == GUMBO_TAG_TIME ? "datetime" : "content"));
    }
    if (tag == GUMBO_TAG_TIME) {
      const std::string_view datetime = Attribute(e, "datetime");
      bool pub = false;
      Attribute(e, "pubdate", &pub);
      if (pub) AddCandidate(&pubdate, datetime);
      if (Contains(layout.root, e)) AddCandidate(&root_time, datetime);
      if (!InsideChrome(e)) AddCandidate(&page_time, datetime);
    }
    return stats.Of(e).part != HtmlPart::kInvisible || tag == GUMBO_TAG_HEAD;
  });
  for (auto* list : {&meta_time, &json_ld, &itemprop, &pubdate, &root_time, &page_time}) {
    m.published.insert(m.published.end(), list->begin(), list->end());
  }
  m.title = og_title;
  if (m.title.empty() && layout.title != nullptr) m.title = CollapsedText(layout.title);
  if (m.title.empty()) m.title = document_title;

  const std::string lang = AsciiLower(CollapseSpaces(Attribute(html, "lang")));
  const std::string primary = lang.substr(0, lang.find_first_of("-_"));
  if (primary == "fr" || primary == "en") m.lang = primary;
  return m;
}

}  // namespace factlint
