#pragma once

#include <QKeySequence>

// The keys Vigia binds beyond the platform's standard ones (Save, Undo,
// Delete), in one place: the views bind them from here and Help → Keyboard
// shortcuts lists them from here, so the list cannot drift from the keys.
namespace vigia::keys {

inline QKeySequence newRecord()
{
    return QKeySequence(Qt::CTRL | Qt::Key_N);
}
inline QKeySequence search()
{
    return QKeySequence(Qt::CTRL | Qt::Key_F);
}
inline QKeySequence lock()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}
// Ctrl+1 … Ctrl+6: the navigation's pages, in their order.
inline QKeySequence page(int index)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
}
inline QKeySequence finalize()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}
// The keypad's Enter, bound beside finalize() and not listed separately.
inline QKeySequence finalizeOnKeypad()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Enter);
}
inline QKeySequence redo()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}
inline QKeySequence applyCode()
{
    return QKeySequence(Qt::CTRL | Qt::Key_K);
}
// In the record editor: the next field still blocking Finalize.
inline QKeySequence nextProblem()
{
    return QKeySequence(Qt::Key_F8);
}
// In the record editor: the history of the answer with the focus.
inline QKeySequence answerHistory()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}
inline QKeySequence shortcutsList()
{
    return QKeySequence(Qt::Key_F1);
}

} // namespace vigia::keys
