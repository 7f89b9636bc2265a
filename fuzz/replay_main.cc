// Runs a libFuzzer target over files, without libFuzzer: the normal (gcc) test suite links each
// target with this main to replay its seed corpus and every input a fuzzer ever crashed on, so a
// fixed finding stays fixed in `bazel test //...` and under --config=asan.
//
//   replay_<target> DIR...   # every regular file under each DIR, in sorted order
//
// Exits non-zero if a folder is missing or empty; a crashing input aborts the test (the target's
// FuzzCheck or a sanitizer), naming the file on stderr first.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize != nullptr) LLVMFuzzerInitialize(&argc, &argv);
  int replayed = 0;
  for (int a = 1; a < argc; ++a) {
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[a], error)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    if (error || files.empty()) {
      std::cerr << "no inputs under " << argv[a] << " " << error.message() << "\n";
      return 1;
    }
    std::sort(files.begin(), files.end());
    for (const std::filesystem::path& file : files) {
      std::cerr << "replaying " << file.string() << "\n";
      std::ifstream in(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  std::cerr << "replayed " << replayed << " inputs\n";
  return 0;
}
