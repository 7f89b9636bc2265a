#include "store/test_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

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
