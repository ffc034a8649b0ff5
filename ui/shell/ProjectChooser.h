#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;

namespace vigia {

class Workspace;

// Above the navigation when the workspace joined several projects: which
// project the pages show (docs/store.md, "Several projects in one
// workspace"). Hidden with one project, so that window looks as before.
class ProjectChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectChooser(QWidget *parent = nullptr);

    // Reads the projects of `ws` again and selects the current one.
    void refresh(Workspace &ws);
    // The current project's name; empty with fewer than two projects.
    [[nodiscard]] QString currentName() const;
    void retranslate();

signals:
    // The user chose another project: its store (Workspace::projectStore()).
    void chosen(const QByteArray &store);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    bool m_filling = false;
};

} // namespace vigia
