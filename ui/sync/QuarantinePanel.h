#pragma once

#include "project/ChangeImporter.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace vigia {

class ProjectManifest;

// Bundles kept aside because their sender is not approved yet. They are
// applied by themselves once a manifest approving the sender arrives, so
// the list only explains what is waiting and from whom.
class QuarantinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuarantinePanel(QWidget *parent = nullptr);

    // manifest may be null (a member waiting for its first manifest).
    void setEntries(const QList<ChangeImporter::Quarantined> &entries,
                    const ProjectManifest *manifest);
    [[nodiscard]] int count() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_empty = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace vigia
