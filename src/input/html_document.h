// HtmlDocument: an HTML page parsed by gumbo (libgumbo, the HTML5 parsing algorithm), so that
// malformed markup parses the way browsers parse it and never fails.
//
//   HtmlDocument doc(bytes);               // `bytes` must outlive doc
//   const GumboNode* html = doc.root();    // the <html> element, always present
//   size_t at = doc.OffsetOf(node->v.text.original_text.data);  // byte offset in `bytes`
//
// A leading UTF-8 BOM is left out of the parse (gumbo would read it as text), offsets still
// count from the start of `bytes`. The tree lives in an arena freed at once with the document:
// gumbo's own destructor recurses once per nesting level and overflows the stack on pages
// nested a few hundred thousand elements deep. Not copyable; thread-compatible.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_DOCUMENT_H_
#define FACTLINT_INPUT_HTML_DOCUMENT_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace factlint {

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view bytes);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }
  // Offset in the parsed bytes of a pointer gumbo gave into them (original_text, original_tag).
  size_t OffsetOf(const char* p) const { return static_cast<size_t>(p - bytes_.data()); }
  // Whether `p` points into the parsed bytes (pieces gumbo synthesizes point elsewhere).
  bool Contains(const char* p) const {
    return p != nullptr && p >= bytes_.data() && p <= bytes_.data() + bytes_.size();
  }
  std::string_view bytes() const { return bytes_; }

 private:
  // Bump allocator handed to gumbo; frees nothing until the document goes.
  class Arena {
   public:
    void* Allocate(size_t size);

   private:
    std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
    size_t used_ = 0;      // bytes used in blocks_.back()
    size_t capacity_ = 0;  // bytes in blocks_.back()
  };
  static void* GumboAllocate(void* arena, size_t size);
  static void GumboFree(void* arena, void* p);

  std::string_view bytes_;
  Arena arena_;
  GumboOutput* output_ = nullptr;
};

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_DOCUMENT_H_
