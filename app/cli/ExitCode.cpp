#include "cli/ExitCode.h"

namespace vigia {

int ExitCode::of(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return Ok;
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::Validation:
        return Validation;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Locked:
        return Locked;
    case ErrorCode::Failure:
    case ErrorCode::Corrupt:
    case ErrorCode::TooNew:
    case ErrorCode::Io:
    case ErrorCode::Busy:
    case ErrorCode::ChainBroken:
    case ErrorCode::Tampered:
    case ErrorCode::Untrusted:
    case ErrorCode::TooLarge:
    case ErrorCode::Network:
        return Failure;
    }
    return Failure;
}

} // namespace vigia
