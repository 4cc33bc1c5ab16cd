#pragma once

#include "config/Mapping.h"
#include "run/ReconEnvironmentFactory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace syncstudio::ui {

class AttributeDelegate;
class MappingOptionsForm;
class PolicyTableModel;
class ProjectDocument;
class PropertyTableModel;
class ScopingEditor;
class ScriptPanel;

// The editor of one mapping: source and target pickers, the attribute table with its
// script panel, the policies and the options. Everything it changes goes through undo
// commands on the document; it follows its mapping across reorders and renames.
class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void setMapping(const QString& name);
    // How the scoping count and the live test's object picker reach the source system.
    void setEnvironmentFactory(const ReconEnvironmentFactory& factory);
    QString mappingName() const { return m_name; }
    // Shows the field at pointer (a row of properties or policies) and selects it.
    void showPointer(const QString& pointer);

    QComboBox* sourcePicker() const { return m_source; }
    QComboBox* targetPicker() const { return m_target; }
    QTableView* propertyTable() const { return m_properties; }
    PropertyTableModel* propertyModel() const { return m_propertyModel; }
    QTableView* policyTable() const { return m_policies; }
    PolicyTableModel* policyModel() const { return m_policyModel; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    MappingOptionsForm* optionsForm() const { return m_options; }
    ScopingEditor* scopingEditor() const { return m_scoping; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void addAttribute();
    void removeAttribute();
    void duplicateAttribute();
    void moveAttributeUp();
    void moveAttributeDown();

private:
    void documentChanged();
    void bind(const config::Mapping& mapping);
    void refreshPickers();
    void pickObjectSet(QComboBox* picker, const QString& member);
    void currentRowChanged();
    int currentRow() const;
    void selectRow(int row, int column = 0);

    ProjectDocument* m_document = nullptr;
    QString m_name;
    config::Mapping m_mapping;

    QLabel* m_title;
    QLabel* m_subtitle;
    QComboBox* m_source;
    QComboBox* m_target;
    QTabWidget* m_tabs;
    PropertyTableModel* m_propertyModel;
    AttributeDelegate* m_attributeDelegate;
    QTableView* m_properties;
    ScriptPanel* m_scriptPanel;
    PolicyTableModel* m_policyModel;
    QTableView* m_policies;
    MappingOptionsForm* m_options;
    ScopingEditor* m_scoping;
    QLabel* m_placeholder;
};

} // namespace syncstudio::ui
