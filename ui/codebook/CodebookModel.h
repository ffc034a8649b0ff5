#pragma once

#include "store/Code.h"

#include <QStandardItemModel>
#include <QUuid>

namespace vigia {

class Workspace;

// The codebook as an item model: names in the interface language, a colour
// swatch, and the number of codings. Column 0 carries the code id in IdRole.
// Dropping a code onto another asks for a move through moveRequested(); the
// model never changes the store itself.
class CodebookModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TotalCountRole,
    };
    enum Column
    {
        NameColumn,
        CountColumn,
    };

    explicit CodebookModel(Workspace &ws, QObject *parent = nullptr);

    // "en", "es" or "pt", from the interface's locale.
    [[nodiscard]] static QString interfaceLanguage();

    // Re-reads the codebook. Returns false (and leaves the model empty) if
    // the store could not be read; errorString() says why.
    bool reload();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QModelIndex indexOf(const QUuid &id) const;
    [[nodiscard]] QUuid idAt(const QModelIndex &index) const;
    [[nodiscard]] Code codeOf(const QUuid &id) const { return m_codes.value(id); }
    [[nodiscard]] const QHash<QUuid, Code> &codes() const { return m_codes; }

    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void moveRequested(const QUuid &code, const QUuid &newParent);

private:
    void retitle();

    Workspace &m_ws;
    QHash<QUuid, Code> m_codes;
    QString m_error;
};

} // namespace vigia
