// The version `claimcheck --version` and `claimcheck_server --version` print. Raise it with each
// release; the API's own version is its package name, claimcheck.v1.
#ifndef CLAIMCHECK_TOOLS_VERSION_H_
#define CLAIMCHECK_TOOLS_VERSION_H_

namespace claimcheck {

inline constexpr char kClaimcheckVersion[] = "0.9.0";

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_VERSION_H_
