#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace vigia::test {

// Runs `handle` on the next modal dialog that opens, for code that calls
// exec(). Polls, because the dialog opens after the call that triggers it.
inline void whenModal(std::function<void(QWidget *)> handle, int attempts = 200)
{
    QTimer::singleShot(10, [handle = std::move(handle), attempts]() mutable {
        if (QWidget *w = QApplication::activeModalWidget()) {
            handle(w);
            return;
        }
        if (attempts > 0)
            whenModal(std::move(handle), attempts - 1);
    });
}

} // namespace vigia::test
