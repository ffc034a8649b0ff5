#pragma once

#include <QLabel>

namespace vigia {

class Workspace;

// The status bar's flag on a researcher's device: how many of its own
// records a coordinator sent back with "needs changes". Hidden at none, and
// on a coordinator's device.
class NeedsChangesLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NeedsChangesLabel(QWidget *parent = nullptr);

    void refresh(Workspace &ws);
    [[nodiscard]] int count() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace vigia
