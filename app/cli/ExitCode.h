#pragma once

#include "common/Error.h"

namespace vigia {

// vigiactl's exit codes, derived from ErrorCode in exactly one place so that
// scripts can rely on them. Documented in `vigiactl --help`.
class ExitCode
{
public:
    enum Value : int
    {
        Ok = 0,
        Failure = 1,    // anything else, including a damaged change log
        Usage = 2,      // unknown command or option, malformed argument
        Validation = 3, // the data breaks a rule
        NotFound = 4,   // no such record or workspace
        Locked = 5,     // wrong or missing passphrase, locked workspace
    };

    [[nodiscard]] static int of(ErrorCode code);
    [[nodiscard]] static int of(const Error &error) { return of(error.code()); }
};

} // namespace vigia
