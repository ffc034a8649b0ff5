#pragma once

#include <QObject>

#include <functional>

namespace vigia {

// Runs slow core calls (Argon2id takes about a second) on a worker thread so
// the window keeps painting, then continues on the GUI thread.
class BackgroundJob
{
public:
    // Runs `work` on a new thread, then `done` on `context`'s thread, unless
    // `context` was destroyed meanwhile. Whatever `work` produces travels in
    // its captures (e.g. a shared_ptr).
    static void run(QObject *context, std::function<void()> work, std::function<void()> done);
};

} // namespace vigia
