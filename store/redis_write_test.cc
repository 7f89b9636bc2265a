// The flag event entries RedisWrite puts on P:events: what one front end writes, every other
// reads back whole, and bytes it did not write are refused.
#include "store/redis_write.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<v1::FlagEvent> SomeEvents(int n) {
  std::vector<v1::FlagEvent> events(n);
  for (int i = 0; i < n; ++i) {
    events[i].set_article_id(absl::StrCat("wire/", i));
    events[i].set_cleared(i % 2 == 0);
    events[i].mutable_flag()->set_kind(v1::CONFLICT);
    events[i].mutable_flag()->set_reason("89 (ru.mod) against about 400 (ua.general_staff)");
    events[i].mutable_claim()->set_id(absl::StrCat("wire/", i, "#1"));
    events[i].mutable_claim()->set_sentence(
        "Le ministère russe de la Défense a annoncé que 89 militaires avaient été tués.");
  }
  return events;
}

TEST(FlagEventEntryTest, RoundTripsAndIsCompressed) {
  for (int n : {0, 1, 200}) {
    const std::vector<v1::FlagEvent> events = SomeEvents(n);
    const std::string entry = EncodeFlagEvents(events);
    absl::StatusOr<std::vector<v1::FlagEvent>> back = DecodeFlagEvents(entry);
    ASSERT_TRUE(back.ok()) << back.status();
    ASSERT_EQ(back->size(), events.size());
    for (int i = 0; i < n; ++i) {
      EXPECT_EQ((*back)[i].SerializeAsString(), events[i].SerializeAsString()) << i;
    }
    if (n == 200) {
      size_t raw = 0;
      for (const v1::FlagEvent& e : events) raw += e.ByteSizeLong() + 4;
      EXPECT_LT(entry.size() * 5, raw) << "repeated sentences and reasons compress";
    }
  }
}

TEST(FlagEventEntryTest, DamagedEntriesAreDataLoss) {
  const std::string entry = EncodeFlagEvents(SomeEvents(3));
  for (size_t n : {size_t{0}, size_t{3}, entry.size() / 2, entry.size() - 1}) {
    EXPECT_EQ(DecodeFlagEvents(entry.substr(0, n)).status().code(), absl::StatusCode::kDataLoss)
        << "cut at " << n;
  }
  std::string flipped = entry;
  flipped[entry.size() / 2] ^= 0x55;
  EXPECT_EQ(DecodeFlagEvents(flipped).status().code(), absl::StatusCode::kDataLoss);
  std::string huge = entry;
  huge[3] = '\x7f';  // says it holds about 2 GB
  EXPECT_EQ(DecodeFlagEvents(huge).status().code(), absl::StatusCode::kDataLoss);
}

}  // namespace
}  // namespace claimcheck
