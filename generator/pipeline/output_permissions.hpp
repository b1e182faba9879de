// Who may read what amparo writes. Asylum records are confidential (8 C.F.R. 208.6, 1208.6):
// by default only the owner, whatever the umask; `--share-with-group` widens to the group.
#pragma once

#include <sys/types.h>

namespace amparo::pipeline {

struct OutputPermissions {
    mode_t file = 0600;
    mode_t folder = 0700;
};

inline constexpr OutputPermissions kOwnerOnly{0600, 0700};
inline constexpr OutputPermissions kOwnerAndGroup{0640, 0750};

}  // namespace amparo::pipeline
