#include "CliRun.h"

namespace vigia::test {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           ", stdout: " + out.left(2000) + ", stderr: " + err.left(2000);
}

} // namespace vigia::test
