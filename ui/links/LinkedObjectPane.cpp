#include "LinkedObjectPane.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {

QString displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return {};
    }
}

} // namespace

LinkedObjectPane::LinkedObjectPane(const QString& side, QWidget* parent)
    : QWidget(parent)
    , m_side(side)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_attributes(new QTreeWidget)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_attributes->setColumnCount(2);
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->setRootIsDecorated(false);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_attributes, 1);
    clear();
}

void LinkedObjectPane::clear()
{
    m_title->setText(m_side);
    m_status->setText(tr("Select a link to see its %1 object.").arg(m_side.toLower()));
    m_status->setStyleSheet({});
    m_status->show();
    m_attributes->clear();
}

void LinkedObjectPane::showReading(const QString& resource, const QString& id)
{
    m_title->setText(tr("%1: %2 in %3").arg(m_side, id, resource));
    m_status->setText(tr("Reading\u2026"));
    m_status->setStyleSheet({});
    m_status->show();
    m_attributes->clear();
}

void LinkedObjectPane::showObject(const LinkedObject& object)
{
    m_title->setText(tr("%1: %2 in %3").arg(m_side, object.id, object.resource));
    m_attributes->clear();
    switch (object.state) {
    case LinkedObject::State::Found: {
        m_status->setText({});
        m_status->setStyleSheet({});
        QList<QTreeWidgetItem*> items;
        for (auto it = object.object.begin(); it != object.object.end(); ++it)
            items << new QTreeWidgetItem({it.key(), displayValue(it.value())});
        m_attributes->addTopLevelItems(items);
        break;
    }
    case LinkedObject::State::NotFound:
        m_status->setText(tr("Not found: %1 has no object %2. The link points at an object "
                             "that is gone; the next reconciliation will see it as a link "
                             "without this side.")
                              .arg(object.resource, object.id));
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: 600;"));
        break;
    case LinkedObject::State::Failed:
        m_status->setText(tr("Cannot read it: %1").arg(object.error));
        m_status->setStyleSheet(QStringLiteral("color: #b45309;"));
        break;
    }
    if (m_status->text().isEmpty())
        m_status->hide();
    else
        m_status->show();
}

QString LinkedObjectPane::statusText() const
{
    return m_status->text();
}

} // namespace syncstudio::ui
