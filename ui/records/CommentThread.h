#pragma once

#include "store/Comment.h"

#include <QList>
#include <QPair>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigia {

class Workspace;

// A record's comment thread beside the form (CommentStore): every comment,
// oldest first, with its author, time and the field it is about, and a box
// to add one on the whole record or on one field. Coordinators comment on
// any record, a researcher on its own once it left the device; the store
// says why otherwise.
class CommentThread : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kFieldChars = 14;

    CommentThread(Workspace &ws, const QUuid &record, QWidget *parent = nullptr);

    // (field name, label people read) in form order, for the field choice.
    void setFields(const QList<QPair<QString, QString>> &fields);
    // Reads the thread again (after a sync, or the record was finalized).
    void reload();
    // Adds the box's text as a comment on the chosen field; false (and the
    // reason shown) when the store refused it.
    bool addComment();

    [[nodiscard]] const QList<Comment> &comments() const { return m_comments; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPlainTextEdit *box() const { return m_box; }
    [[nodiscard]] QComboBox *fieldChoice() const { return m_field; }

signals:
    void commentAdded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QString fieldLabel(const QString &field) const;

    Workspace &m_ws;
    QUuid m_record;
    QList<Comment> m_comments;
    QList<QPair<QString, QString>> m_fields;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QPlainTextEdit *m_box = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace vigia
