<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Design, preview and run IDM synchronization mappings. Opens PROJECT, or the bundled example project when none is given.</source>
        <translation>IDM-Synchronisations-Mappings entwerfen, in der Vorschau prüfen und ausführen. Öffnet PROJECT oder, wenn keines angegeben ist, das mitgelieferte Beispielprojekt.</translation>
    </message>
    <message>
        <source>an IDM project folder</source>
        <translation>ein IDM-Projektordner</translation>
    </message>
    <message>
        <source>select the mapping NAME</source>
        <translation>das Mapping NAME auswählen</translation>
    </message>
    <message>
        <source>render the window to FILE (PNG) once it is shown, then exit</source>
        <translation>das Fenster nach dem Anzeigen als PNG in FILE speichern, dann beenden</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MainWindow</name>
    <message>
        <source>SyncStudio</source>
        <translation>SyncStudio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SyncStudio</source>
        <translation>Ü&amp;ber SyncStudio</translation>
    </message>
    <message>
        <source>About SyncStudio</source>
        <translation>Über SyncStudio</translation>
    </message>
    <message>
        <source>%1 — SyncStudio</source>
        <translation>%1 — SyncStudio</translation>
    </message>
    <message>
        <source>Opened %1: %2 mapping(s), %3 problem(s)</source>
        <translation>%1 geöffnet: %2 Mapping(s), %3 Problem(e)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Open IDM Project</source>
        <translation>IDM-Projekt öffnen</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>&lt;b&gt;SyncStudio %1&lt;/b&gt;&lt;p&gt;Design, preview and run IDM synchronization mappings.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SyncStudio %1&lt;/b&gt;&lt;p&gt;IDM-Synchronisations-Mappings entwerfen, in der Vorschau prüfen und ausführen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ProjectTreeModel</name>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>Managed objects</source>
        <translation>Verwaltete Objekte</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mappings</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::PropertyTableModel</name>
    <message>
        <source>(whole object)</source>
        <translation>(ganzes Objekt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
</context>
</TS>
