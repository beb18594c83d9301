#include "cli/rule_cache.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "cli/output_file.h"
#include "rules/yaml_tree_codec.h"

namespace factlint {
namespace {

// "FLYC", the layout version, then length-prefixed stamp, key (a rule text, or
// a pack's paths and texts) and value (the encoded tree, or nothing), then the
// hash of every byte before it.
constexpr std::string_view kMagic = "FLYC";
constexpr uint32_t kLayout = 2;

// A 64-bit hash, eight bytes at a time: names files and checks them, never
// decides a hit alone (the text is compared byte for byte).
uint64_t Hash64(std::string_view s) {
  uint64_t h = 0x6A09E667F3BCC909ULL ^ (s.size() * 0x9E3779B97F4A7C15ULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  for (size_t k = 0; i + k < s.size(); ++k) {
    tail |= static_cast<uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
  }
  h = (h ^ tail) * 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 32);
}

void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

bool GetU64(std::string_view bytes, size_t* at, uint64_t* v) {
  if (bytes.size() - *at < 8) return false;
  *v = 0;
  for (int i = 0; i < 8; ++i) {
    *v |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[*at + i])) << (8 * i);
  }
  *at += 8;
  return true;
}

// The length-prefixed field at `*at`.
bool GetField(std::string_view bytes, size_t* at, std::string_view* field) {
  uint64_t size = 0;
  if (!GetU64(bytes, at, &size) || size > bytes.size() - *at) return false;
  *field = bytes.substr(*at, size);
  *at += size;
  return true;
}

std::string FileStamp(const char* path) {
  struct stat st;
  if (path == nullptr || ::stat(path, &st) != 0) return "";
  return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
         std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

// The whole file, or nullopt when it cannot be read or is larger than `limit`.
std::optional<std::string> ReadSmallFile(const std::string& path, size_t limit) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st;
  std::optional<std::string> out;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) <= limit) {
    std::string bytes(static_cast<size_t>(st.st_size), '\0');
    size_t got = 0;
    while (got < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    if (got == bytes.size()) out = std::move(bytes);
  }
  ::close(fd);
  return out;
}

std::string Hex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 0xF];
  return out;
}

}  // namespace

DirRuleCache::DirRuleCache(std::string dir, std::string stamp)
    : dir_(std::move(dir)), stamp_(std::move(stamp)) {}

std::string DirRuleCache::PathFor(std::string_view prefix, std::string_view key) const {
  return (std::filesystem::path(dir_) / (std::string(prefix) + Hex(Hash64(key)))).string();
}

std::optional<std::string> DirRuleCache::Lookup(std::string_view prefix, std::string_view key,
                                                size_t limit) const {
  std::optional<std::string> file = ReadSmallFile(PathFor(prefix, key), limit);
  if (!file) return std::nullopt;
  std::string_view bytes = *file;
  if (bytes.size() < kMagic.size() + 4 + 8 || bytes.substr(0, kMagic.size()) != kMagic) {
    return std::nullopt;
  }
  size_t at = kMagic.size();
  uint32_t layout = 0;
  for (int i = 0; i < 4; ++i) {
    layout |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  at += 4;
  const size_t body_end = bytes.size() - 8;
  std::string_view body = bytes.substr(0, body_end);
  size_t sum_at = body_end;
  uint64_t sum = 0;
  if (layout != kLayout || !GetU64(bytes, &sum_at, &sum) || sum != Hash64(body)) {
    return std::nullopt;
  }
  std::string_view stamp, saved_key, value;
  if (!GetField(body, &at, &stamp) || !GetField(body, &at, &saved_key) ||
      !GetField(body, &at, &value) || at != body.size()) {
    return std::nullopt;
  }
  if (stamp != stamp_ || saved_key != key) return std::nullopt;
  return std::string(value);
}

void DirRuleCache::Store(std::string_view prefix, std::string_view key,
                         std::string_view value) const {
  std::string bytes(kMagic);
  for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((kLayout >> (8 * i)) & 0xFF));
  for (std::string_view field : {std::string_view(stamp_), key, value}) {
    PutU64(&bytes, field.size());
    bytes.append(field);
  }
  PutU64(&bytes, Hash64(bytes));
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return;
  (void)WriteOutputAtomically(PathFor(prefix, key), bytes);
}

std::shared_ptr<const YamlTree> DirRuleCache::FindTree(std::string_view text) const {
  // A tree takes at most a few dozen bytes per byte of text (a list of
  // one-letter items); anything much larger is not an entry of this cache.
  std::optional<std::string> tree =
      Lookup("yaml-", text, 64 * text.size() + stamp_.size() + (1 << 16));
  return tree ? DecodeYamlTree(*tree) : nullptr;
}

void DirRuleCache::SaveTree(std::string_view text, const YamlTree& tree) const {
  Store("yaml-", text, EncodeYamlTree(tree));
}

bool DirRuleCache::IsClean(std::string_view pack) const {
  return Lookup("pack-", pack, 2 * pack.size() + stamp_.size() + (1 << 16)).has_value();
}

void DirRuleCache::MarkClean(std::string_view pack) const { Store("pack-", pack, ""); }

std::string RuleCacheStamp() {
  std::string exe = FileStamp("/proc/self/exe");
  // The libraries that parse: each found from one of its functions.
  using LoadAllFn = std::vector<YAML::Node> (*)(const std::string&);
  using QuoteMetaFn = std::string (*)(const re2::StringPiece&);
  LoadAllFn load_all = &YAML::LoadAll;
  QuoteMetaFn quote_meta = &re2::RE2::QuoteMeta;
  std::string yaml, re2;
  Dl_info info;
  if (::dladdr(reinterpret_cast<void*>(load_all), &info) != 0) yaml = FileStamp(info.dli_fname);
  if (::dladdr(reinterpret_cast<void*>(quote_meta), &info) != 0) re2 = FileStamp(info.dli_fname);
  if (exe.empty() || yaml.empty() || re2.empty()) return "";
  return "tree " + std::to_string(kYamlTreeFormat) + "; factlint " + exe + "; yaml-cpp " + yaml +
         "; re2 " + re2;
}

std::optional<std::string> RuleCacheDir(const Config& config) {
  if (config.no_cache) return std::nullopt;
  if (!config.cache_dir.empty()) return config.cache_dir;
  if (const char* dir = std::getenv("FACTLINT_CACHE_DIR")) {
    if (*dir == '\0') return std::nullopt;
    return std::string(dir);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return std::string(xdg) + "/factlint";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return std::string(home) + "/.cache/factlint";
  }
  return std::nullopt;
}

std::unique_ptr<RuleLoadCache> OpenRuleCache(const Config& config) {
  std::optional<std::string> dir = RuleCacheDir(config);
  if (!dir) return nullptr;
  std::string stamp = RuleCacheStamp();
  if (stamp.empty()) return nullptr;
  return std::make_unique<DirRuleCache>(std::move(*dir), std::move(stamp));
}

}  // namespace factlint
