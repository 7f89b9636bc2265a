#include "store/test_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "store/crc32c.h"

namespace claimcheck {

namespace fs = std::filesystem;

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteWholeFile(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << data;
}

std::string CurrentLogPath(const std::string& dir) {
  std::string best;
  uint64_t best_generation = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("LOG-", 0) != 0 || name.find('.') != std::string::npos) continue;
    const uint64_t generation = std::stoull(name.substr(4));
    if (best.empty() || generation >= best_generation) {
      best = entry.path().string();
      best_generation = generation;
    }
  }
  return best;
}

std::string EncodeRecord(uint8_t type, const std::string& payload) {
  const char t = static_cast<char>(type);
  const uint32_t crc =
      crc32c::Mask(crc32c::Extend(crc32c::Value(&t, 1), payload.data(), payload.size()));
  const uint32_t length = static_cast<uint32_t>(payload.size());
  std::string out;
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((crc >> (8 * i)) & 0xff));
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((length >> (8 * i)) & 0xff));
  out.push_back(t);
  return out + payload;
}

std::vector<std::pair<std::string, std::string>> FilesIn(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), dir).string();
    if (name != "LOCK") files.emplace_back(name, ReadWholeFile(entry.path().string()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace claimcheck
