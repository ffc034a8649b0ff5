#include "ui/codebook/CodingController.h"

#include "store/Codebook.h"
#include "store/CodingAnchor.h"
#include "store/CodingStore.h"
#include "store/Workspace.h"
#include "ui/codebook/CodebookModel.h"
#include "ui/codebook/CodebookPickerDialog.h"
#include "ui/common/KeyBindings.h"
#include "ui/records/RecordEditor.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>

namespace vigia {

namespace {
// Marks the extra selections this controller owns, so highlighting from
// others (search matches) survives our updates.
constexpr int kOwnSelection = QTextFormat::UserProperty + 0x7c0d;

bool samePlace(const Coding &a, const Coding &b)
{
    const bool detachedA = a.isDetached();
    return detachedA == b.isDetached() && (detachedA || (a.start == b.start && a.end == b.end)) &&
           a.quote == b.quote;
}
} // namespace

CodingController::CodingController(QPlainTextEdit *editor, Workspace &ws, const QUuid &recordId,
                                   const QString &field, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_ws(ws)
    , m_recordId(recordId)
    , m_field(field)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        resolve(true);
        if (Status s = save(); !s)
            fail(s.error().message());
    });

    m_applyAction = new QAction(tr("Apply code…"), this);
    m_applyAction->setObjectName(QStringLiteral("applyCodeAction"));
    m_applyAction->setShortcut(keys::applyCode());
    m_applyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_applyAction, &QAction::triggered, this, &CodingController::pickAndApply);
    editor->addAction(m_applyAction);
    editor->installEventFilter(this);
    // Mouse context menus reach the viewport, not the editor.
    editor->viewport()->installEventFilter(this);
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &CodingController::onContentsChange);
    m_length = int(editor->document()->characterCount() - 1);
    reload();
}

QList<CodingController *> CodingController::attach(RecordEditor *editor, Workspace &ws)
{
    QList<CodingController *> out;
    for (const QString &path : editor->narrativePaths()) {
        if (QPlainTextEdit *text = editor->narrativeEditor(path))
            out.append(new CodingController(text, ws, editor->recordId(), path));
    }
    connect(editor, &RecordEditor::narrativeEditorCreated, editor,
            [editor, &ws](const QString &path, QPlainTextEdit *text) {
                if (text &&
                    !text->findChild<CodingController *>(QString(), Qt::FindDirectChildrenOnly))
                    new CodingController(text, ws, editor->recordId(), path);
            });
    return out;
}

CodingController::~CodingController()
{
    // The editor may be half destroyed (this is its child): save what is
    // known without reading it again.
    if (Status s = save(); !s)
        qWarning("Vigia: coding positions could not be saved: %s",
                 qUtf8Printable(s.error().message()));
}

void CodingController::setRecordId(const QUuid &id)
{
    if (id == m_recordId)
        return;
    if (Status s = flush(); !s)
        fail(s.error().message());
    m_recordId = id;
    reload();
}

void CodingController::fail(const QString &message)
{
    emit errorOccurred(message);
}

void CodingController::reloadCodes()
{
    Codebook book(m_ws.database(), m_ws.oplog());
    auto codes = book.list();
    if (!codes) {
        fail(codes.error().message());
        return;
    }
    m_codes.clear();
    for (const Code &c : codes.value())
        m_codes.insert(c.id, c);
}

void CodingController::reload()
{
    reloadCodes();
    m_codings.clear();
    m_stored.clear();
    if (!m_recordId.isNull()) {
        CodingStore store(m_ws.database(), m_ws.oplog());
        auto list = store.forRecord(m_recordId, m_field);
        if (!list) {
            fail(list.error().message());
        } else {
            m_codings = list.value();
            for (const Coding &c : m_codings)
                m_stored.insert(c.id, c);
        }
    }
    // The text may have changed since the positions were saved (another
    // device, an edit without this controller): anchor again.
    resolve(true);
    emit codingsChanged();
}

void CodingController::onContentsChange(int position, int removed, int added)
{
    if (!m_editor)
        return;
    const int length = int(m_editor->document()->characterCount() - 1);
    // Replacing the whole text (the editor loading a value) says nothing about
    // where things moved: resolve from the saved positions instead.
    const bool wholeText = position == 0 && removed >= m_length;
    m_length = length;
    const QString text = m_editor->toPlainText();
    for (Coding &c : m_codings) {
        if (wholeText) {
            c.start = m_stored.value(c.id).start;
            c.end = m_stored.value(c.id).end;
        } else if (CodingAnchor::isInside(c.start, c.end, position, removed)) {
            // Words changed inside a passage: it is still the same passage.
            CodingAnchor::applyEdit(c.start, c.end, position, removed, added);
            c.quote = text.mid(c.start, c.end - c.start);
        } else {
            CodingAnchor::applyEdit(c.start, c.end, position, removed, added);
        }
    }
    resolve(wholeText);
    m_saveTimer.start();
}

void CodingController::resolve(bool retryDetached)
{
    if (!m_editor)
        return;
    const QString text = m_editor->toPlainText();
    bool changed = false;
    for (Coding &c : m_codings) {
        // Detached codings search the whole text, so they wait for a pause.
        if (c.isDetached() && !retryDetached)
            continue;
        const CodingAnchor::Result r = CodingAnchor::resolve(text, c.quote, c.start);
        if (r.start != c.start || r.end != c.end || r.quote != c.quote)
            changed = true;
        c.start = r.start;
        c.end = r.end;
        c.quote = r.quote;
    }
    highlight();
    if (changed)
        emit codingsChanged();
}

void CodingController::highlight()
{
    if (!m_editor)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections()) {
        if (!s.format.hasProperty(kOwnSelection))
            selections.append(s);
    }
    QTextDocument *doc = m_editor->document();
    const int last = doc->characterCount() - 1;
    for (const Coding &c : std::as_const(m_codings)) {
        if (c.isDetached() || c.end > last)
            continue;
        QColor color(m_codes.value(c.codeId).color);
        if (!color.isValid())
            color = Qt::yellow;
        color.setAlpha(80);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(c.start);
        s.cursor.setPosition(c.end, QTextCursor::KeepAnchor);
        s.format.setBackground(color);
        s.format.setProperty(kOwnSelection, true);
        s.format.setToolTip(m_codes.value(c.codeId).name(CodebookModel::interfaceLanguage()));
        selections.append(s);
    }
    m_editor->setExtraSelections(selections);
}

Status CodingController::flush()
{
    if (m_saveTimer.isActive())
        resolve(true);
    return save();
}

Status CodingController::save()
{
    m_saveTimer.stop();
    QList<Coding> moved;
    for (const Coding &c : std::as_const(m_codings)) {
        if (!samePlace(c, m_stored.value(c.id)))
            moved.append(c);
    }
    if (moved.isEmpty())
        return {};
    CodingStore store(m_ws.database(), m_ws.oplog());
    auto saved = store.saveAnchors(moved);
    if (!saved)
        return saved.error();
    for (const Coding &c : std::as_const(moved))
        m_stored.insert(c.id, c);
    return {};
}

Result<QUuid> CodingController::applyCode(const QUuid &codeId, const QString &memo)
{
    if (!m_editor)
        return Error(ErrorCode::Failure, tr("The narrative is no longer open."));
    if (m_recordId.isNull()) {
        return Error(ErrorCode::Validation,
                     tr("Save the record before coding it: a coding needs a saved record."));
    }
    const QString text = m_editor->toPlainText();
    const QTextCursor cursor = m_editor->textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end) {
        return Error(ErrorCode::Usage,
                     tr("Select the text to code first: a coding needs a non-empty selection."));
    }
    // Positions saved before this one must be current: the new coding is
    // read back with the rest.
    if (Status s = flush(); !s)
        return s.error();
    Coding c;
    c.recordId = m_recordId;
    c.field = m_field;
    c.codeId = codeId;
    c.start = start;
    c.end = end;
    c.quote = text.mid(start, end - start);
    c.memo = memo;
    CodingStore store(m_ws.database(), m_ws.oplog());
    auto id = store.apply(c);
    if (!id)
        return id.error();
    c.id = id.value();
    m_codings.append(c);
    m_stored.insert(c.id, c);
    std::sort(m_codings.begin(), m_codings.end(), [](const Coding &a, const Coding &b) {
        if (a.isDetached() != b.isDetached())
            return b.isDetached();
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    highlight();
    emit codingsChanged();
    return id;
}

Status CodingController::removeCoding(const QUuid &id)
{
    CodingStore store(m_ws.database(), m_ws.oplog());
    if (Status s = store.remove(id); !s)
        return s;
    m_codings.removeIf([&id](const Coding &c) { return c.id == id; });
    m_stored.remove(id);
    highlight();
    emit codingsChanged();
    return {};
}

Status CodingController::setMemo(const QUuid &id, const QString &memo)
{
    CodingStore store(m_ws.database(), m_ws.oplog());
    if (Status s = store.setMemo(id, memo); !s)
        return s;
    for (Coding &c : m_codings) {
        if (c.id == id)
            c.memo = memo;
    }
    m_stored[id].memo = memo;
    emit codingsChanged();
    return {};
}

Status CodingController::setCode(const QUuid &id, const QUuid &codeId)
{
    CodingStore store(m_ws.database(), m_ws.oplog());
    if (Status s = store.setCode(id, codeId); !s)
        return s;
    reloadCodes();
    for (Coding &c : m_codings) {
        if (c.id == id)
            c.codeId = codeId;
    }
    m_stored[id].codeId = codeId;
    highlight();
    emit codingsChanged();
    return {};
}

void CodingController::selectCoding(const QUuid &id)
{
    if (!m_editor)
        return;
    for (const Coding &c : std::as_const(m_codings)) {
        if (c.id != id || c.isDetached())
            continue;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(c.start);
        cursor.setPosition(c.end, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->ensureCursorVisible();
    }
}

void CodingController::pickAndApply()
{
    if (!m_editor)
        return;
    if (!m_editor->textCursor().hasSelection()) {
        fail(tr("Select the text to code first: a coding needs a non-empty selection."));
        return;
    }
    CodebookPickerDialog picker(m_ws, tr("Apply code"), m_editor);
    picker.setObjectName(QStringLiteral("applyCodeDialog"));
    if (picker.exec() != QDialog::Accepted || picker.selectedCode().isNull())
        return;
    if (auto id = applyCode(picker.selectedCode()); !id)
        fail(id.error().message());
}

QMenu *CodingController::createApplyMenu(QWidget *parent)
{
    reloadCodes();
    auto *menu = new QMenu(tr("Apply code"), parent);
    menu->setObjectName(QStringLiteral("applyCodeMenu"));
    const bool canApply = m_editor && m_editor->textCursor().hasSelection();
    menu->setEnabled(canApply);
    const QString lang = CodebookModel::interfaceLanguage();
    Codebook book(m_ws.database(), m_ws.oplog());
    auto tree = book.tree(lang);
    if (!tree)
        return menu;
    const auto actionFor = [this, lang](QMenu *into, const Code &code, const QString &text) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        QAction *a = into->addAction(QIcon(swatch), text);
        a->setData(code.id);
        const QUuid id = code.id;
        connect(a, &QAction::triggered, this, [this, id] {
            if (auto r = applyCode(id); !r)
                fail(r.error().message());
        });
    };
    const std::function<void(QMenu *, const QList<CodeNode> &)> fill =
        [&](QMenu *into, const QList<CodeNode> &nodes) {
            for (const CodeNode &node : nodes) {
                const QString name = node.code.name(lang);
                if (node.children.isEmpty()) {
                    actionFor(into, node.code, name);
                    continue;
                }
                QMenu *sub = into->addMenu(name);
                // A group is a code too.
                actionFor(sub, node.code, tr("“%1” itself").arg(name));
                sub->addSeparator();
                fill(sub, node.children);
            }
        };
    fill(menu, tree.value());
    return menu;
}

void CodingController::showContextMenu(const QPoint &globalPos, const QPoint &viewportPos)
{
    if (!m_editor)
        return;
    QMenu *menu = m_editor->createStandardContextMenu(viewportPos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSeparator();
    menu->addMenu(createApplyMenu(menu));
    menu->addAction(m_applyAction);
    m_applyAction->setEnabled(m_editor->textCursor().hasSelection());
    // Codings under the mouse can be removed from here too.
    const int at = m_editor->cursorForPosition(viewportPos).position();
    const QString lang = CodebookModel::interfaceLanguage();
    for (const Coding &c : std::as_const(m_codings)) {
        if (c.isDetached() || at < c.start || at > c.end)
            continue;
        const QUuid id = c.id;
        menu->addAction(tr("Remove coding “%1”").arg(m_codes.value(c.codeId).name(lang)), this,
                        [this, id] {
                            if (Status s = removeCoding(id); !s)
                                fail(s.error().message());
                        });
    }
    connect(menu, &QMenu::aboutToHide, this, [this] { m_applyAction->setEnabled(true); });
    menu->popup(globalPos);
}

bool CodingController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_editor && (watched == m_editor || watched == m_editor->viewport())) {
        if (event->type() == QEvent::ContextMenu) {
            auto *e = static_cast<QContextMenuEvent *>(event);
            const QPoint inViewport =
                watched == m_editor ? m_editor->viewport()->mapFrom(m_editor, e->pos()) : e->pos();
            showContextMenu(e->globalPos(), inViewport);
            return true;
        }
    }
    if (watched == m_editor) {
        if (event->type() == QEvent::FocusIn) {
            // The codebook may have changed (colours, merges) on its page.
            reloadCodes();
            highlight();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vigia
