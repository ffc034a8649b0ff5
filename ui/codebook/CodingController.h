#pragma once

#include "common/Result.h"
#include "store/Code.h"
#include "store/Coding.h"

#include <QHash>
#include <QObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

class QAction;
class QMenu;
class QPoint;

namespace vigia {

class RecordEditor;
class Workspace;

// Qualitative coding on one narrative editor: "Apply code ▸" in the context
// menu, Ctrl+K to pick a code for the selection, codings highlighted in their
// code's colour. As the text changes, codings follow it (CodingAnchor) and
// their new positions are saved shortly after typing stops, or when the
// controller goes away. Needs only the editor: whoever builds record editors
// creates one per narrative field; it is a child of the editor by default.
class CodingController : public QObject
{
    Q_OBJECT

public:
    CodingController(QPlainTextEdit *editor, Workspace &ws, const QUuid &recordId,
                     const QString &field, QObject *parent = nullptr);
    ~CodingController() override;

    // One controller per narrative of `editor`, now and for narratives it
    // creates later (repeats). Each is a child of its text editor.
    static QList<CodingController *> attach(RecordEditor *editor, Workspace &ws);

    // A new record got its id when first saved.
    void setRecordId(const QUuid &id);
    [[nodiscard]] QUuid recordId() const { return m_recordId; }
    [[nodiscard]] QString field() const { return m_field; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] Workspace &workspace() const { return m_ws; }
    [[nodiscard]] QAction *applyAction() const { return m_applyAction; }

    // The record's codings of this field, as currently anchored in the editor.
    [[nodiscard]] const QList<Coding> &codings() const { return m_codings; }
    [[nodiscard]] Code codeOf(const QUuid &codeId) const { return m_codes.value(codeId); }

    // Codes the current selection (surrounding spaces left out).
    Result<QUuid> applyCode(const QUuid &codeId, const QString &memo = {});
    Status removeCoding(const QUuid &id);
    Status setMemo(const QUuid &id, const QString &memo);
    Status setCode(const QUuid &id, const QUuid &codeId);
    void selectCoding(const QUuid &id);
    // Asks for a code (Ctrl+K) and applies it to the selection.
    void pickAndApply();
    // A menu of every code; choosing one applies it to the selection.
    [[nodiscard]] QMenu *createApplyMenu(QWidget *parent);

    // Re-reads codes and codings from the store and re-anchors them.
    void reload();
    // Saves moved anchors now instead of after the pause in typing.
    Status flush();

    // Milliseconds of quiet before moved anchors are saved.
    static constexpr int kSaveDelayMs = 800;

signals:
    void codingsChanged();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onContentsChange(int position, int removed, int added);
    void resolve(bool retryDetached);
    void highlight();
    void showContextMenu(const QPoint &globalPos, const QPoint &viewportPos);
    void reloadCodes();
    [[nodiscard]] Status save();
    void fail(const QString &message);

    QPointer<QPlainTextEdit> m_editor;
    Workspace &m_ws;
    QUuid m_recordId;
    QString m_field;
    QList<Coding> m_codings;
    QHash<QUuid, Coding> m_stored; // as last read or saved
    QHash<QUuid, Code> m_codes;
    QTimer m_saveTimer;
    QAction *m_applyAction = nullptr;
    int m_length = 0;
};

} // namespace vigia
