#include "input/html_dom.h"

#include <vector>

namespace factlint {

std::span<GumboNode* const> Children(const GumboNode* node) {
  const GumboVector* v = nullptr;
  if (IsElement(node)) {
    v = &node->v.element.children;
  } else if (node != nullptr && node->type == GUMBO_NODE_DOCUMENT) {
    v = &node->v.document.children;
  }
  if (v == nullptr || v->length == 0) return {};
  return {reinterpret_cast<GumboNode* const*>(v->data), v->length};
}

bool IsUnknownElement(const GumboNode* node, std::string_view name) {
  if (!IsElement(node, GUMBO_TAG_UNKNOWN)) return false;
  GumboStringPiece tag = node->v.element.original_tag;
  if (tag.length == 0) return false;
  gumbo_tag_from_original_text(&tag);  // "<dialog open>" -> "dialog"
  return AsciiLower(std::string_view(tag.data, tag.length)) == name;
}

std::string_view Attribute(const GumboNode* element, std::string_view name, bool* present) {
  if (present != nullptr) *present = false;
  if (!IsElement(element)) return {};
  const GumboVector& attrs = element->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (a->name != nullptr && name == a->name) {
      if (present != nullptr) *present = true;
      return a->value != nullptr ? std::string_view(a->value) : std::string_view();
    }
  }
  return {};
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithIgnoreCase(a, b);
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char x = s[i], y = prefix[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsHtmlSpace(list[i])) ++i;
    size_t j = i;
    while (j < list.size() && !IsHtmlSpace(list[j])) ++j;
    if (j > i && EqualsIgnoreCase(list.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsHtmlSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void ForEachElement(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit) {
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n) || !visit(n)) continue;
    std::span<GumboNode* const> kids = Children(n);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
}

std::string CollapsedText(const GumboNode* node) {
  std::string raw;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (IsTextNode(n)) {
      if (n->v.text.text != nullptr) raw += n->v.text.text;
      continue;
    }
    if (!IsElement(n)) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
        tag == GUMBO_TAG_TEMPLATE) {
      continue;
    }
    if (tag == GUMBO_TAG_BR) raw.push_back(' ');
    std::span<GumboNode* const> kids = Children(n);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return CollapseSpaces(raw);
}

bool Contains(const GumboNode* ancestor, const GumboNode* node) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

}  // namespace factlint
