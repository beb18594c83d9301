#include "input/html_document.h"

namespace factlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kBlockBytes = size_t{1} << 20;

}  // namespace

void* HtmlDocument::Arena::Allocate(size_t size) {
  constexpr size_t kAlign = alignof(std::max_align_t);
  size = (size == 0 ? 1 : size + kAlign - 1) / kAlign * kAlign;
  if (size > kBlockBytes / 4) {
    // A large buffer gets a block of its own, kept before the current one so that the current
    // block's free space stays usable.
    std::unique_ptr<std::max_align_t[]> block(new std::max_align_t[size / kAlign]);
    void* p = block.get();
    blocks_.insert(blocks_.empty() ? blocks_.end() : blocks_.end() - 1, std::move(block));
    return p;
  }
  if (blocks_.empty() || used_ + size > capacity_) {
    blocks_.emplace_back(new std::max_align_t[kBlockBytes / kAlign]);
    used_ = 0;
    capacity_ = kBlockBytes;
  }
  void* p = reinterpret_cast<char*>(blocks_.back().get()) + used_;
  used_ += size;
  return p;
}

void* HtmlDocument::GumboAllocate(void* arena, size_t size) {
  return static_cast<Arena*>(arena)->Allocate(size);
}

void HtmlDocument::GumboFree(void*, void*) {}

HtmlDocument::HtmlDocument(std::string_view bytes) : bytes_(bytes) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &HtmlDocument::GumboAllocate;
  options.deallocator = &HtmlDocument::GumboFree;
  options.userdata = &arena_;
  options.max_errors = 0;  // parse errors are not reported: a page is read as browsers read it
  const size_t skip = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  output_ = gumbo_parse_with_options(&options, bytes.data() + skip, bytes.size() - skip);
}

// The arena holds the whole tree: nothing to hand back to gumbo.
HtmlDocument::~HtmlDocument() = default;

}  // namespace factlint
