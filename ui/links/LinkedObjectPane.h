#pragma once

#include "LinkLoader.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace syncstudio::ui {

// One side of the selected link: which system and id, then the object's attributes, or,
// in plain words, that the object is gone (what a stale or LINK_ONLY link looks like).
class LinkedObjectPane : public QWidget
{
    Q_OBJECT
public:
    explicit LinkedObjectPane(const QString& side, QWidget* parent = nullptr);

    void clear();
    void showReading(const QString& resource, const QString& id);
    void showObject(const LinkedObject& object);

    // What the pane says above the attributes ("Not found", an error, or empty).
    QString statusText() const;
    QTreeWidget* attributes() const { return m_attributes; }

private:
    QString m_side;
    QLabel* m_title;
    QLabel* m_status;
    QTreeWidget* m_attributes;
};

} // namespace syncstudio::ui
