#include "ui/records/RecordPreview.h"

#include "forms/FormRowFinder.h"
#include "forms/SensitiveFields.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/common/DateText.h"

#include <QDateTime>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace vigia {

namespace {
// Dates are stored as ISO text; they read as in the records list.
QString dateAnswerText(FormType::Kind kind, const QString &text)
{
    QString shown;
    switch (kind) {
    case FormType::Kind::Date:
        shown = DateText::date(QDate::fromString(text, Qt::ISODate));
        break;
    case FormType::Kind::DateTime:
        shown = DateText::dateTime(QDateTime::fromString(text, Qt::ISODateWithMs));
        break;
    case FormType::Kind::Time:
        shown = DateText::time(QTime::fromString(text, Qt::ISODateWithMs));
        break;
    default:
        break;
    }
    return shown.isEmpty() ? text : shown;
}

QString answerText(const FormDefinition &form, const FormRow &row, const QCborValue &value,
                   const QString &language)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (!row.type().isSelect())
        return dateAnswerText(row.type().kind(), text);
    QStringList labels;
    const QList<FormChoice> choices = form.choicesOf(row.listName());
    for (const QString &name : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString label = name;
        for (const FormChoice &c : choices) {
            if (c.name() == name) {
                label = c.label().text(language, form.defaultLanguage());
                break;
            }
        }
        labels.append(label);
    }
    return labels.join(QStringLiteral(", "));
}
} // namespace

RecordPreview::RecordPreview(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_text(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setObjectName(QStringLiteral("recordPreview"));
    m_text->setAccessibleName(tr("Record preview"));
    m_text->setOpenLinks(false);
    showRecord({});
}

QString RecordPreview::plainText() const
{
    return m_text->toPlainText();
}

void RecordPreview::showRecord(const QUuid &id)
{
    m_id = id;
    if (id.isNull()) {
        m_text->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("Select a record to see it here. Press Enter to open it.").toHtmlEscaped()));
        return;
    }
    auto record = m_ws.records().get(id);
    if (!record) {
        m_text->setPlainText(record.error().message());
        return;
    }
    const Record &r = record.value();
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    auto form = m_ws.forms().get(r.formId, r.formVersion);
    QString html;
    const QString title =
        form ? form.value().title().text(language, form.value().defaultLanguage()) : r.formId;
    html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    const QString status = r.deleted                             ? tr("Deleted")
                           : r.status == RecordStatus::Finalized ? tr("Finalized")
                                                                 : tr("Draft");
    html += QStringLiteral("<p><i>%1</i></p>").arg(status.toHtmlEscaped());
    html += QStringLiteral("<dl>");
    const auto addAnswer = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                    .arg(label.toHtmlEscaped(),
                         value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    if (form) {
        const FormDefinition &def = form.value();
        const QStringList sensitive = SensitiveFields::of(def);
        // The answers outside repeats, stored at their keys (a name, or a
        // group path when the level uses the name twice); a row inside a
        // repeat may share its name with one outside, and is not shown.
        const QSet<QString> shared = FormRowFinder::sharedNames(def.rows());
        std::function<void(const QList<FormRow> &, const QString &)> visit =
            [&](const QList<FormRow> &rows, const QString &groups) {
                for (const FormRow &row : rows) {
                    const QCborValue value = r.values.value(
                        shared.contains(row.name()) ? groups + row.name() : row.name());
                    if (!value.isNull() && !value.isUndefined() && !row.type().isMetadata()) {
                        QString label = row.label().text(language, def.defaultLanguage());
                        if (label.isEmpty())
                            label = row.name();
                        // Said, never shown: only the open record shows such an answer.
                        if (sensitive.contains(row.name()))
                            addAnswer(label, tr("Sensitive: open the record to read it."));
                        else
                            addAnswer(label, answerText(def, row, value, language));
                    }
                    if (row.type().kind() == FormType::Kind::Group)
                        visit(row.children(), groups + row.name() + QLatin1Char('/'));
                }
            };
        visit(def.rows(), {});
    } else {
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            if (!it.value().isNull())
                addAnswer(it.key(), it.value().toVariant().toString());
        }
    }
    html += QStringLiteral("</dl>");
    m_text->setHtml(html);
}

} // namespace vigia
