// Helpers for tests that damage a store's data_dir by hand: read and write whole files, find the
// log the store appends to, write records by hand, list a folder's files with their bytes.
#ifndef CLAIMCHECK_STORE_TEST_FILES_H_
#define CLAIMCHECK_STORE_TEST_FILES_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

std::string ReadWholeFile(const std::string& path);
void WriteWholeFile(const std::string& path, const std::string& data);

// The path of the LOG-<g> with the highest g in `dir`: the log a store there appends to. "" if
// there is none.
std::string CurrentLogPath(const std::string& dir);

// One record as a log file lays it out (record_log.h): for files written by hand, such as those
// of the format before header slots, which were only records.
std::string EncodeRecord(uint8_t type, const std::string& payload);

// Every file of `dir` but LOCK, by name, with its bytes: what "left exactly as found" compares.
std::vector<std::pair<std::string, std::string>> FilesIn(const std::string& dir);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_TEST_FILES_H_
