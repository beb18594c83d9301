// Small read-only helpers over gumbo's tree (see input/html_document.h).
//
//   if (IsElement(node, GUMBO_TAG_META)) {
//     std::string_view property = Attribute(node, "property");   // "" when absent
//   }
//   for (const GumboNode* child : Children(node)) ...
//   ForEachElement(root, [](const GumboNode* e) { ...; return true; });  // false: skip subtree
//   std::string title = CollapsedText(h1);   // "Biden enverra 2 000 soldats"
//
// Walks are iterative, so any nesting depth is safe. Internal to input/.
#ifndef FACTLINT_INPUT_HTML_DOM_H_
#define FACTLINT_INPUT_HTML_DOM_H_

#include <gumbo.h>

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace factlint {

inline bool IsElement(const GumboNode* node) {
  return node != nullptr && node->type == GUMBO_NODE_ELEMENT;
}
inline bool IsElement(const GumboNode* node, GumboTag tag) {
  return IsElement(node) && node->v.element.tag == tag;
}
// Text-bearing nodes: text, white space and CDATA.
inline bool IsTextNode(const GumboNode* node) {
  return node != nullptr && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                             node->type == GUMBO_NODE_CDATA);
}

// Whether `node` is an element of a tag gumbo has no enum for (<dialog>, custom elements)
// named `name` (lowercase).
bool IsUnknownElement(const GumboNode* node, std::string_view name);

// The children of an element or document; empty for other nodes.
std::span<GumboNode* const> Children(const GumboNode* node);

// The value of attribute `name` (lowercase), "" when absent; `present` tells which.
std::string_view Attribute(const GumboNode* element, std::string_view name,
                           bool* present = nullptr);

// Whether the space-separated `list` (a class or itemprop value) holds `token`, ignoring case.
bool HasToken(std::string_view list, std::string_view token);

// ASCII lowercase.
std::string AsciiLower(std::string_view s);
// Comparisons that ignore ASCII case, without allocating.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);

// HTML white space: space, tab, LF, FF, CR.
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// `s` with runs of HTML white space made one space and trimmed.
std::string CollapseSpaces(std::string_view s);

// Calls `visit` with every element under `node` (itself included) in document order; when
// `visit` returns false the element's descendants are not visited.
void ForEachElement(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit);

// The decoded text under `node`, white space collapsed, without <script>, <style>,
// <noscript> and <template> content.
std::string CollapsedText(const GumboNode* node);

// Whether `ancestor` is `node` or contains it.
bool Contains(const GumboNode* ancestor, const GumboNode* node);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_DOM_H_
