#include "store/redis_layout.h"

#include <openssl/sha.h>

#include "absl/strings/str_cat.h"
#include "store/fixed_coding.h"
#include "store/redis_cluster.h"

namespace claimcheck {
namespace {

constexpr uint8_t kRecordVersion = 1;

void PutBytes(std::string* out, absl::string_view bytes) {
  PutFixed32(out, static_cast<uint32_t>(bytes.size()));
  out->append(bytes.data(), bytes.size());
}

void PutClaims(std::string* out, uint64_t first_seq, const std::vector<std::string>& claims) {
  PutFixed64(out, first_seq);
  PutFixed32(out, static_cast<uint32_t>(claims.size()));
  for (const std::string& c : claims) PutBytes(out, c);
}

// Reads what Put* wrote, from the front of `in`; false when the bytes run out.
class RecordReader {
 public:
  explicit RecordReader(absl::string_view in) : in_(in) {}
  bool Byte(uint8_t* out) {
    if (in_.empty()) return false;
    *out = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return true;
  }
  bool Fixed32(uint32_t* out) {
    if (in_.size() < 4) return false;
    *out = GetFixed32(in_.data());
    in_.remove_prefix(4);
    return true;
  }
  bool Fixed64(uint64_t* out) {
    if (in_.size() < 8) return false;
    *out = GetFixed64(in_.data());
    in_.remove_prefix(8);
    return true;
  }
  bool Bytes(std::string* out) {
    uint32_t n = 0;
    if (!Fixed32(&n) || in_.size() < n) return false;
    out->assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  bool Claims(uint64_t* first_seq, std::vector<std::string>* claims) {
    uint32_t n = 0;
    if (!Fixed64(first_seq) || !Fixed32(&n) || n > in_.size() / 4) return false;
    claims->resize(n);
    for (std::string& c : *claims) {
      if (!Bytes(&c)) return false;
    }
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  absl::string_view in_;
};

}  // namespace

absl::Status RedisKeys::ValidPrefix(absl::string_view prefix) {
  if (prefix.empty() || prefix.find_first_of("{}") != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("the Redis key prefix `", prefix, "` must be non-empty without { or }"));
  }
  return absl::OkStatus();
}

std::string RedisKeys::Tagged(absl::string_view kind, absl::string_view text) const {
  std::string key = absl::StrCat(prefix_, ":", kind, ":{");
  key.reserve(key.size() + text.size() + 1);
  for (char c : text) {
    switch (c) {
      case '{': key += "%7B"; break;
      case '}': key += "%7D"; break;
      case '%': key += "%25"; break;
      default: key += c;
    }
  }
  key += '}';
  return key;
}

std::string RedisKeys::Sharded(absl::string_view kind, int shard) const {
  return absl::StrCat(prefix_, ":", kind, ":{s", shard, "}");
}

std::string RedisKeys::ClaimsBucket(uint64_t seq) const {
  return absl::StrCat(prefix_, ":q:{q", seq / kClaimsPerBucket, "}");
}

int64_t RedisKeys::DateBucketOf(int64_t seconds) {
  // Floor division: a date before 1970 goes to the bucket below, not toward zero.
  return seconds >= 0 ? seconds / kDateBucketSeconds : -((-seconds - 1) / kDateBucketSeconds) - 1;
}

std::string RedisKeys::DateBucket(int64_t bucket) const {
  return absl::StrCat(prefix_, ":d:{d", bucket, "}");
}

int RedisKeys::ShardOf(absl::string_view article_id_or_figure) {
  return RedisCrc16(article_id_or_figure) % kShards;
}

std::string SeqBytes(uint64_t seq) {
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i) {
    out[i] = static_cast<char>(seq & 0xff);
    seq >>= 8;
  }
  return out;
}

uint64_t SeqOf(absl::string_view member) {
  uint64_t seq = 0;
  for (int i = 0; i < 8; ++i) seq = (seq << 8) | static_cast<unsigned char>(member[i]);
  return seq;
}

std::string ClaimMember(uint64_t seq, absl::string_view claim_bytes) {
  return absl::StrCat(SeqBytes(seq), claim_bytes);
}

std::string EncodeArticleRecord(const ArticleRecord& record) {
  std::string out;
  out.push_back(static_cast<char>(kRecordVersion));
  out.push_back(static_cast<char>(record.state));
  PutBytes(&out, record.text_sha256);
  PutBytes(&out, record.article.SerializeAsString());
  PutClaims(&out, record.first_seq, record.claims);
  PutClaims(&out, record.replaced_first_seq, record.replaced);
  return out;
}

absl::Status DecodeArticleRecord(absl::string_view bytes, ArticleRecord* record) {
  RecordReader in(bytes);
  uint8_t version = 0, state = 0;
  std::string article;
  auto damaged = [&](absl::string_view what) {
    return absl::DataLossError(
        absl::StrCat("article record of ", bytes.size(), " bytes: ", what));
  };
  if (!in.Byte(&version) || version != kRecordVersion) return damaged("unknown version");
  if (!in.Byte(&state) || state > ArticleRecord::kPendingDelete) return damaged("unknown state");
  record->state = static_cast<ArticleRecord::State>(state);
  if (!in.Bytes(&record->text_sha256) || !in.Bytes(&article) ||
      !in.Claims(&record->first_seq, &record->claims) ||
      !in.Claims(&record->replaced_first_seq, &record->replaced) || !in.done()) {
    return damaged("cut short or followed by extra bytes");
  }
  if (!record->article.ParseFromString(article)) return damaged("the article does not parse");
  return absl::OkStatus();
}

std::string EncodeArticleFields(const v1::Article& article) {
  v1::Article fields;
  fields.set_title(article.title());
  fields.set_url(article.url());
  fields.set_outlet(article.outlet());
  return fields.SerializeAsString();
}

absl::StatusOr<v1::Article> DecodeArticleFields(absl::string_view bytes) {
  v1::Article fields;
  if (!fields.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::DataLossError(
        absl::StrCat("an article's fields (", bytes.size(), " bytes) do not parse"));
  }
  return fields;
}

std::string TextSha256(absl::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return std::string(reinterpret_cast<const char*>(digest), sizeof(digest));
}

}  // namespace claimcheck
