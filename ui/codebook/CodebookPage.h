#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolBar;
class QTreeView;

namespace vigia {

class CodebookModel;
class Workspace;

// The codebook: a tree of codes with colour swatches and counts, and the
// selected code's names (en/es/pt), colour and description. Create, move
// (drag and drop or "Move to…"), merge and delete from the toolbar.
class CodebookPage : public QWidget
{
    Q_OBJECT

public:
    explicit CodebookPage(Workspace &ws, QWidget *parent = nullptr);

    void reload();
    void selectCode(const QUuid &id);
    [[nodiscard]] QUuid currentCode() const;
    [[nodiscard]] CodebookModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // The last error shown, empty if none.
    [[nodiscard]] QString errorText() const;

    // The toolbar's steps, public so shortcuts and tests can run them.
    void createCode(bool asSubCode);
    void moveCurrent();
    void mergeCurrent();
    void deleteCurrent();
    void saveDetails();
    void chooseColor();

signals:
    // A code changed: open records refresh their highlighting.
    void codebookChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void updateActions();
    // Shows `error` or clears the message; true if there was no error.
    bool report(const QString &error);
    void moveCode(const QUuid &code, const QUuid &newParent);

    Workspace &m_ws;
    CodebookModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_new = nullptr;
    QAction *m_newSub = nullptr;
    QAction *m_move = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_nameEnLabel = nullptr;
    QLabel *m_nameEsLabel = nullptr;
    QLabel *m_namePtLabel = nullptr;
    QLabel *m_colorLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameEs = nullptr;
    QLineEdit *m_namePt = nullptr;
    QPushButton *m_color = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
    QString m_pendingColor;
};

} // namespace vigia
