<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ReconLauncher</name>
    <message>
        <source>There is no mapping named %1.</source>
        <translation>Es gibt kein Mapping namens %1.</translation>
    </message>
    <message>
        <source>No connectors are available in this build to reach the systems.</source>
        <translation>In diesem Build gibt es keine Konnektoren, die die Systeme erreichen.</translation>
    </message>
    <message>
        <source>The systems of this project cannot be opened.</source>
        <translation>Die Systeme dieses Projekts lassen sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>SourceObjects</name>
    <message>
        <source>no connectors are available</source>
        <translation>es sind keine Konnektoren verfügbar</translation>
    </message>
    <message>
        <source>the mapping has no valid source</source>
        <translation>das Mapping hat keine gültige Quelle</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 lässt sich nicht öffnen</translation>
    </message>
</context>
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
    <message>
        <source>show the view NAME: editor, order, preview, run or links</source>
        <translation>die Ansicht NAME zeigen: editor, order, preview, run oder links</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ActionDelegate</name>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ChangeListModel</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ConnectorSettings</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The directory server&apos;s host name</source>
        <translation>Der Hostname des Verzeichnisservers</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>389 for LDAP and StartTLS, 636 for LDAPS</source>
        <translation>389 für LDAP und StartTLS, 636 für LDAPS</translation>
    </message>
    <message>
        <source>SSL (LDAPS)</source>
        <translation>SSL (LDAPS)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation>Bind-DN</translation>
    </message>
    <message>
        <source>The DN SyncStudio binds as</source>
        <translation>Der DN, mit dem sich SyncStudio anmeldet (Bind)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Base contexts</source>
        <translation>Basiskontexte</translation>
    </message>
    <message>
        <source>The DNs below which objects are searched, separated by &quot;;&quot;</source>
        <translation>Die DNs, unterhalb derer Objekte gesucht werden, getrennt durch &quot;;&quot;</translation>
    </message>
    <message>
        <source>UID attribute</source>
        <translation>UID-Attribut</translation>
    </message>
    <message>
        <source>The attribute that holds the unique id (entryUUID, objectGUID, uid)</source>
        <translation>Das Attribut mit der eindeutigen ID (entryUUID, objectGUID, uid)</translation>
    </message>
    <message>
        <source>Paged results</source>
        <translation>Seitenweise Ergebnisse</translation>
    </message>
    <message>
        <source>Read large result sets page by page (Simple Paged Results control)</source>
        <translation>Große Ergebnismengen seitenweise lesen (Simple Paged Results Control)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Verify certificates</source>
        <translation>Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS certificate; turn off for test servers only</source>
        <translation>Das TLS-Zertifikat des Servers prüfen; nur für Testserver ausschalten</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>The file&apos;s path; &amp;{launcher.project.location} is the project folder</source>
        <translation>Der Pfad der Datei; &amp;{launcher.project.location} ist der Projektordner</translation>
    </message>
    <message>
        <source>UID column</source>
        <translation>UID-Spalte</translation>
    </message>
    <message>
        <source>Name column</source>
        <translation>Namensspalte</translation>
    </message>
    <message>
        <source>Field delimiter</source>
        <translation>Feldtrennzeichen</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The service&apos;s SCIM base URL; /Users and /Groups are below it</source>
        <translation>Die SCIM-Basis-URL des Dienstes; /Users und /Groups liegen darunter</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user of basic authentication</source>
        <translation>Der Benutzer der Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Check the service&apos;s TLS certificate; turn off for test services only</source>
        <translation>Das TLS-Zertifikat des Dienstes prüfen; nur für Testdienste ausschalten</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often a request is sent again after 429 or a 5xx answer</source>
        <translation>Wie oft eine Anfrage nach einer 429- oder 5xx-Antwort erneut gesendet wird</translation>
    </message>
    <message>
        <source>First retry delay (ms)</source>
        <translation>Erste Wartezeit vor einer Wiederholung (ms)</translation>
    </message>
    <message>
        <source>Longest retry delay (s)</source>
        <translation>Längste Wartezeit vor einer Wiederholung (s)</translation>
    </message>
    <message>
        <source>Update method</source>
        <translation>Aktualisierungsmethode</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ConnectorSettingsDialog</name>
    <message>
        <source>Connector %1</source>
        <translation>Konnektor %1</translation>
    </message>
    <message>
        <source>The project has no valid provisioner file for %1.</source>
        <translation>Das Projekt hat keine gültige Provisioner-Datei für %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Wert (JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>The file holds this secret in plain text.</source>
        <translation>Die Datei enthält dieses Geheimnis im Klartext.</translation>
    </message>
    <message>
        <source>Move it to the keychain and out of the file</source>
        <translation>In den Schlüsselbund verschieben und aus der Datei entfernen</translation>
    </message>
    <message>
        <source>The file holds this secret encrypted with IDM&apos;s key, which SyncStudio cannot read: enter it to store it in the keychain.</source>
        <translation>Die Datei enthält dieses Geheimnis mit dem Schlüssel von IDM verschlüsselt, den SyncStudio nicht lesen kann: Geben Sie es ein, um es im Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1
Hint: %2</source>
        <translation>Fehlgeschlagen: %1
Hinweis: %2</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Not stored in the keychain (%1). Nothing was changed; clear the password fields to save the other settings.</source>
        <translation>Nicht im Schlüsselbund gespeichert (%1). Es wurde nichts geändert; leeren Sie die Passwortfelder, um die übrigen Einstellungen zu speichern.</translation>
    </message>
    <message>
        <source>Edit connector %1</source>
        <translation>Konnektor %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::CountBarChart</name>
    <message>
        <source>Situations</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::LinkLoader</name>
    <message>
        <source>The links of this project cannot be opened.</source>
        <translation>Die Links dieses Projekts können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::LinkTableModel</name>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::LinkedObjectPane</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a link to see its %1 object.</source>
        <translation>Wählen Sie einen Link aus, um sein %1-Objekt zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Not found: %1 has no object %2. The link points at an object that is gone; the next reconciliation will see it as a link without this side.</source>
        <translation>Nicht gefunden: %1 hat kein Objekt %2. Der Link zeigt auf ein Objekt, das nicht mehr existiert; die nächste Reconciliation sieht ihn als Link ohne diese Seite.</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::LinksView</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
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
        <source>Search ids, or filter: linkQualifier eq &quot;default&quot; and sourceId sw &quot;a&quot;</source>
        <translation>IDs suchen oder filtern: linkQualifier eq &quot;default&quot; and sourceId sw &quot;a&quot;</translation>
    </message>
    <message>
        <source>Text finds the links whose source or target id contains it (any letter case). A CREST filter over sourceId, targetId and linkQualifier selects the links it matches.</source>
        <translation>Text findet die Links, deren Quell- oder Ziel-ID ihn enthält (unabhängig von Groß- und Kleinschreibung). Ein CREST-Filter über sourceId, targetId und linkQualifier wählt die Links aus, auf die er zutrifft.</translation>
    </message>
    <message>
        <source>Links of %1</source>
        <translation>Links von %1</translation>
    </message>
    <message>
        <source>No connectors are available in this build to reach the systems.</source>
        <translation>In diesem Build stehen keine Konnektoren zur Verfügung, um die Systeme zu erreichen.</translation>
    </message>
    <message>
        <source>The repository of this project cannot be opened.</source>
        <translation>Das Repository dieses Projekts kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Select a mapping to browse its links.</source>
        <translation>Wählen Sie ein Mapping aus, um seine Links anzuzeigen.</translation>
    </message>
    <message>
        <source>Cannot read the links: %1</source>
        <translation>Die Links können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Links of %1: %2</source>
        <translation>Links von %1: %2</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Link</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Links</translation>
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
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its field</source>
        <translation>Doppelklick auf ein Problem springt zu seinem Feld</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>New &amp;Mapping…</source>
        <translation>Neues &amp;Mapping…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export sync.json…</source>
        <translation>sync.json &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Attribute</source>
        <translation>Attribut &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation>Attribut &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Preview Mapping</source>
        <translation>Mapping in der &amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Abgleichen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n mapping(s), %2 problem(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Mapping, %2 Problem(e)</numerusform>
            <numerusform>%1 geöffnet: %n Mappings, %2 Problem(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>New mapping %1</source>
        <translation>Neues Mapping %1</translation>
    </message>
    <message>
        <source>Mapping %1 added to %2</source>
        <translation>Mapping %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Neues Mapping</translation>
    </message>
    <message>
        <source>This project has no conf/sync.json to add a mapping to.</source>
        <translation>Dieses Projekt hat keine conf/sync.json, der ein Mapping hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>Name (for example systemHrPeople_managedUser):</source>
        <translation>Name (zum Beispiel systemHrPeople_managedUser):</translation>
    </message>
    <message>
        <source>A mapping named %1 exists already.</source>
        <translation>Ein Mapping namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Folder for the new project</source>
        <translation>Ordner für das neue Projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save the project into</source>
        <translation>Projekt speichern in</translation>
    </message>
    <message>
        <source>Save As failed</source>
        <translation>Speichern unter fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1</source>
        <translation>
            <numerusform>%n Mapping nach %1 exportiert</numerusform>
            <numerusform>%n Mappings nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export sync.json</source>
        <translation>sync.json exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1[*] — SyncStudio</source>
        <translation>%1[*] — SyncStudio</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Repository…</source>
        <translation>&amp;Repository…</translation>
    </message>
    <message>
        <source>Settings cannot be read</source>
        <translation>Einstellungen nicht lesbar</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>Repository settings saved: %1</source>
        <translation>Repository-Einstellungen gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MappingEditor</name>
    <message>
        <source>Select a mapping in the project explorer, or create one with File › New Mapping.</source>
        <translation>Wählen Sie ein Mapping im Projekt-Explorer aus oder legen Sie eines mit Datei › Neues Mapping an.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add an attribute row (Ctrl+Shift+N)</source>
        <translation>Eine Attributzeile hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>Die ausgewählte Zeile duplizieren</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Die ausgewählte Zeile nach oben verschieben</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Nach unten</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Die ausgewählte Zeile nach unten verschieben</translation>
    </message>
    <message>
        <source>Drag rows to reorder; drop attributes from the Schema dock</source>
        <translation>Zeilen ziehen, um sie umzuordnen; Attribute aus dem Schema-Dock hier ablegen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Correlation &amp;&amp; options</source>
        <translation>Korrelation &amp;&amp; Optionen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>mapping file %1</source>
        <translation>Mapping-Datei %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Scoping</source>
        <translation>Scoping</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MappingGraphView</name>
    <message>
        <source>This project has no mappings yet.</source>
        <translation>Dieses Projekt hat noch keine Mappings.</translation>
    </message>
    <message>
        <source>Arrows point to the mapping that runs after; dashed: sync.json order</source>
        <translation>Pfeile zeigen auf das Mapping, das danach läuft; gestrichelt: Reihenfolge in sync.json</translation>
    </message>
    <message>
        <source>syncAfter cycle: %1 — these mappings cannot be ordered</source>
        <translation>syncAfter-Zyklus: %1 — diese Mappings lassen sich nicht ordnen</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MappingOptionsForm</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Worker threads of a reconciliation; 0 runs on one thread</source>
        <translation>Worker-Threads eines Abgleichs; bei 0 läuft er in einem Thread</translation>
    </message>
    <message>
        <source>Task threads:</source>
        <translation>Task-Threads:</translation>
    </message>
    <message>
        <source>Set taskThreads to %1</source>
        <translation>taskThreads auf %1 setzen</translation>
    </message>
    <message>
        <source>A query filter on the source object, e.g. /source/employmentStatus eq &quot;active&quot;</source>
        <translation>Ein Query-Filter auf das Quellobjekt, z. B. /source/employmentStatus eq &quot;active&quot;</translation>
    </message>
    <message>
        <source>Source condition:</source>
        <translation>Quellbedingung:</translation>
    </message>
    <message>
        <source>Edit the source condition</source>
        <translation>Die Quellbedingung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the correlation query</source>
        <translation>Die Korrelationsabfrage bearbeiten</translation>
    </message>
    <message>
        <source>This mapping has one correlation query per link qualifier; edit them in the file.</source>
        <translation>Dieses Mapping hat eine Korrelationsabfrage je Link-Qualifier; bearbeiten Sie sie in der Datei.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Run the target phase</source>
        <translation>Zielphase ausführen</translation>
    </message>
    <message>
        <source>Prefetch links</source>
        <translation>Links vorab laden</translation>
    </message>
    <message>
        <source>Enable implicit sync</source>
        <translation>Implizite Synchronisation aktivieren</translation>
    </message>
    <message>
        <source>Correlate when the target set is empty</source>
        <translation>Auch bei leerer Zielmenge korrelieren</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Link qualifiers, comma-separated: each source object is reconciled once per qualifier. Empty: the single qualifier &quot;default&quot;.</source>
        <translation>Link-Qualifier, durch Kommas getrennt: Jedes Quellobjekt wird einmal pro Qualifier abgeglichen. Leer: der einzige Qualifier &quot;default&quot;.</translation>
    </message>
    <message>
        <source>Link qualifiers:</source>
        <translation>Link-Qualifier:</translation>
    </message>
    <message>
        <source>Edit the link qualifiers</source>
        <translation>Link-Qualifier bearbeiten</translation>
    </message>
    <message>
        <source>(computed by a script)</source>
        <translation>(von einem Skript berechnet)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>No correlation</source>
        <translation>Keine Korrelation</translation>
    </message>
    <message>
        <source>A query on the target (correlationQuery)</source>
        <translation>Eine Abfrage auf das Ziel (correlationQuery)</translation>
    </message>
    <message>
        <source>A script that returns the targets (correlationScript)</source>
        <translation>Ein Skript, das die Zielobjekte liefert (correlationScript)</translation>
    </message>
    <message>
        <source>Correlate by:</source>
        <translation>Korrelieren durch:</translation>
    </message>
    <message>
        <source>Remove the correlation</source>
        <translation>Die Korrelation entfernen</translation>
    </message>
    <message>
        <source>Correlate by a query</source>
        <translation>Durch eine Abfrage korrelieren</translation>
    </message>
    <message>
        <source>Correlate by a script</source>
        <translation>Durch ein Skript korrelieren</translation>
    </message>
    <message>
        <source>Edit the correlation script</source>
        <translation>Das Korrelationsskript bearbeiten</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The script compiles.</source>
        <translation>Das Skript lässt sich übersetzen.</translation>
    </message>
    <message>
        <source>This correlation query was built with the IDM admin console&apos;s query builder; edit it there or in the file.</source>
        <translation>Diese Korrelationsabfrage wurde mit dem Abfrage-Editor der IDM-Verwaltungskonsole erstellt; bearbeiten Sie sie dort oder in der Datei.</translation>
    </message>
    <message>
        <source>The script is kept in %1; edit it there.</source>
        <translation>Das Skript steht in %1; bearbeiten Sie es dort.</translation>
    </message>
    <message>
        <source>A source object without a link is ABSENT and gets a new target object (as the ABSENT policy says). Correlate to link it to a target object that exists.</source>
        <translation>Ein Quellobjekt ohne Verknüpfung ist ABSENT und erhält ein neues Zielobjekt (wie die Richtlinie für ABSENT es vorgibt). Mit einer Korrelation wird es mit einem vorhandenen Zielobjekt verknüpft.</translation>
    </message>
    <message>
        <source>Runs for a source object without a link and returns a query on %1: {&apos;_queryFilter&apos;: ...} or {&apos;_queryId&apos;: ...}. Its results are the candidates.</source>
        <translation>Läuft für ein Quellobjekt ohne Verknüpfung und liefert eine Abfrage auf %1: {&apos;_queryFilter&apos;: ...} oder {&apos;_queryId&apos;: ...}. Ihre Ergebnisse sind die Kandidaten.</translation>
    </message>
    <message>
        <source>Runs for a source object without a link and returns the candidate target objects (an array); source and linkQualifier are in scope.</source>
        <translation>Läuft für ein Quellobjekt ohne Verknüpfung und liefert die in Frage kommenden Zielobjekte (ein Array); source und linkQualifier sind verfügbar.</translation>
    </message>
    <message>
        <source>An empty script correlates nothing, and IDM stops on it; choose &quot;No correlation&quot; to remove it.</source>
        <translation>Ein leeres Skript korreliert nichts, und IDM bricht daran ab; wählen Sie „Keine Korrelation“, um es zu entfernen.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>This mapping has both a correlationQuery and a correlationScript, and IDM refuses to load it. The query is shown; choose what to keep above, and the other is removed.</source>
        <translation>Dieses Mapping hat sowohl eine correlationQuery als auch ein correlationScript, und IDM lädt es nicht. Die Abfrage wird angezeigt; wählen Sie oben, was bleiben soll, das andere wird entfernt.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MappingOrderModel</name>
    <message>
        <source>Move mapping %1 to position %2</source>
        <translation>Mapping %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>%1 is part of a syncAfter cycle</source>
        <translation>%1 ist Teil eines syncAfter-Zyklus</translation>
    </message>
    <message>
        <source>Drag to change the order of sync.json</source>
        <translation>Ziehen, um die Reihenfolge in sync.json zu ändern</translation>
    </message>
    <message>
        <source>Runs after the mappings its syncAfter names</source>
        <translation>Läuft nach den Mappings, die sein syncAfter nennt</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::MappingOrderView</name>
    <message>
        <source>Processing order</source>
        <translation>Verarbeitungsreihenfolge</translation>
    </message>
    <message>
        <source>A full reconciliation runs the mappings top to bottom. Drag the sync.json mappings to reorder them; mapping files run after the mappings their syncAfter names.</source>
        <translation>Ein vollständiger Abgleich führt die Mappings von oben nach unten aus. Ziehen Sie die Mappings aus sync.json, um sie umzuordnen; Mapping-Dateien laufen nach den Mappings, die ihr syncAfter nennt.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::PolicyTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>(script)</source>
        <translation>(Skript)</translation>
    </message>
    <message numerus="yes">
        <source>%n policies for this situation; the first is shown</source>
        <translation>
            <numerusform>%n Policy für diese Situation; die erste wird angezeigt</numerusform>
            <numerusform>%n Policies für diese Situation; die erste wird angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No policy: IDM does %1 in this situation</source>
        <translation>Keine Policy: IDM führt in dieser Situation %1 aus</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Use the default action for %1</source>
        <translation>Die Standardaktion für %1 verwenden</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit the condition of %1</source>
        <translation>Die Bedingung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Eine Bedingung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>JavaScript run after the action, with source, target, situation and action in scope</source>
        <translation>JavaScript, das nach der Aktion läuft; source, target, situation und action sind verfügbar</translation>
    </message>
    <message>
        <source>A query filter (starting with /) or JavaScript: the policy applies only when it holds</source>
        <translation>Ein Abfragefilter (beginnt mit /) oder JavaScript: die Richtlinie gilt nur, wenn er zutrifft</translation>
    </message>
    <message>
        <source>Post-action</source>
        <translation>Nachaktion</translation>
    </message>
    <message>
        <source>Edit the post-action of %1</source>
        <translation>Die Nachaktion von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::PreviewModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Run a dry-run reconciliation: nothing is written (F5)</source>
        <translation>Einen Probelauf des Abgleichs starten: Es wird nichts geschrieben (F5)</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Alle Situationen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Search source or target id…</source>
        <translation>Quell- oder Ziel-ID suchen…</translation>
    </message>
    <message>
        <source>Select a row to see what its action would change.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was ihre Aktion ändern würde.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>Preview of %1 not started: %2</source>
        <translation>Vorschau von %1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau läuft…</translation>
    </message>
    <message>
        <source>Previewing %1</source>
        <translation>Vorschau von %1 läuft</translation>
    </message>
    <message>
        <source>Preview of %1 started</source>
        <translation>Vorschau von %1 gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) previewed, %1 would change</source>
        <translation>
            <numerusform>%n Objekt in der Vorschau geprüft, davon würden %1 geändert</numerusform>
            <numerusform>%n Objekte in der Vorschau geprüft, davon würden %1 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview stopped: %1</source>
        <translation>Vorschau gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview cancelled after %n object(s)</source>
        <translation>
            <numerusform>Vorschau nach %n Objekt abgebrochen</numerusform>
            <numerusform>Vorschau nach %n Objekten abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 von %n Ergebnis</numerusform>
            <numerusform>%1 von %n Ergebnissen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3: %4</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>This action changes no attribute.</source>
        <translation>Diese Aktion ändert kein Attribut.</translation>
    </message>
    <message>
        <source>Preview this object</source>
        <translation>Dieses Objekt in der Vorschau</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>The _id of one source object to preview on its own</source>
        <translation>Die _id eines einzelnen Quellobjekts für die Vorschau</translation>
    </message>
    <message>
        <source>Source &amp;id:</source>
        <translation>Quell-&amp;ID:</translation>
    </message>
    <message>
        <source>Preview only the source object with this id</source>
        <translation>Nur das Quellobjekt mit dieser ID in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>Vorschau von %1…</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n result(s)…</source>
        <translation>
            <numerusform>%n Ergebnis wird sortiert…</numerusform>
            <numerusform>%n Ergebnisse werden sortiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering %n result(s)…</source>
        <translation>
            <numerusform>%n Ergebnis wird gefiltert…</numerusform>
            <numerusform>%n Ergebnisse werden gefiltert…</numerusform>
        </translation>
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
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
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
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Attribut %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Attribut %1 entfernen</translation>
    </message>
    <message>
        <source>Duplicate attribute %1</source>
        <translation>Attribut %1 duplizieren</translation>
    </message>
    <message>
        <source>Move attribute %1</source>
        <translation>Attribut %1 verschieben</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RepositorySettingsDialog</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Where this project keeps its links, recorded runs and managed objects. The settings are saved in %1.</source>
        <translation>Wo dieses Projekt seine Links, aufgezeichneten Läufe und verwalteten Objekte ablegt. Die Einstellungen werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1
The form starts from the defaults; OK replaces the file.</source>
        <translation>%1
Das Formular beginnt mit den Standardwerten; OK ersetzt die Datei.</translation>
    </message>
    <message>
        <source>%1 is set: reconciliations use %2 instead of these settings until it is unset.</source>
        <translation>%1 ist gesetzt: Abgleiche verwenden %2 statt dieser Einstellungen, bis die Variable entfernt wird.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>SQLite: a file on this computer (the default)</source>
        <translation>SQLite: eine Datei auf diesem Computer (Standard)</translation>
    </message>
    <message>
        <source>PostgreSQL: a database server a team can share</source>
        <translation>PostgreSQL: ein Datenbankserver, den ein Team gemeinsam nutzen kann</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>A path relative to the project folder moves with the project</source>
        <translation>Ein Pfad relativ zum Projektordner wandert mit dem Projekt mit</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Created on first use. Keep it out of version control (add .syncstudio/ to .gitignore).</source>
        <translation>Wird bei der ersten Verwendung angelegt. Halten Sie sie aus der Versionsverwaltung heraus (.syncstudio/ in .gitignore aufnehmen).</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>A password is stored in the keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund ist ein Passwort gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No password is stored in the keychain yet; OK stores the one typed here.</source>
        <translation>Im Schlüsselbund ist noch kein Passwort gespeichert; OK speichert das hier eingegebene.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Repository file</source>
        <translation>Repository-Datei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>Geben Sie die Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Enter the host of the PostgreSQL server.</source>
        <translation>Geben Sie den Host des PostgreSQL-Servers an.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Enter the user to connect as.</source>
        <translation>Geben Sie den Benutzer für die Verbindung an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Link</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Links</translation>
    </message>
    <message>
        <source>1 recorded run</source>
        <translation>1 aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>%1 recorded runs</source>
        <translation>%1 aufgezeichnete Läufe</translation>
    </message>
    <message>
        <source>1 managed object</source>
        <translation>1 verwaltetes Objekt</translation>
    </message>
    <message>
        <source>%1 managed objects</source>
        <translation>%1 verwaltete Objekte</translation>
    </message>
    <message>
        <source>Connected: %1, schema version %2; %3, %4, %5</source>
        <translation>Verbunden: %1, Schemaversion %2; %3, %4, %5</translation>
    </message>
    <message>
        <source>The file did not exist: it was created with empty tables.</source>
        <translation>Die Datei existierte nicht: Sie wurde mit leeren Tabellen angelegt.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1
Hint: %2</source>
        <translation>Fehlgeschlagen: %1
Hinweis: %2</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The password was not stored in the keychain (%1). Nothing was changed; clear the password field to save the other settings.</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert (%1). Es wurde nichts geändert; leeren Sie das Passwortfeld, um die übrigen Einstellungen zu speichern.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RunExceptionModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RunHistoryLoader</name>
    <message>
        <source>The recorded runs of this project cannot be read.</source>
        <translation>Die aufgezeichneten Abgleiche dieses Projekts können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RunHistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RunQueue</name>
    <message>
        <source>A reconciliation is running already.</source>
        <translation>Es läuft bereits ein Abgleich.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::RunView</name>
    <message>
        <source>Dry run (write nothing)</source>
        <translation>Probelauf (nichts schreiben)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Reconciling %1</source>
        <translation>Abgleich von %1 läuft</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Reconciliation of %1 started</source>
        <translation>Abgleich von %1 gestartet</translation>
    </message>
    <message>
        <source>Reconciliation of %1: %2, %3 object(s), %4 changed, %5 failed</source>
        <translation>Abgleich von %1: %2, %3 Objekt(e), %4 geändert, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>Reconciliation of %1 not started: %2</source>
        <translation>Abgleich von %1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>All mappings, in processing order</source>
        <translation>Alle Mappings, in Verarbeitungsreihenfolge</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 Objekte/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>Load links</source>
        <translation>Links laden</translation>
    </message>
    <message>
        <source>Load targets</source>
        <translation>Ziele laden</translation>
    </message>
    <message>
        <source>Source phase</source>
        <translation>Quellphase</translation>
    </message>
    <message>
        <source>Target phase</source>
        <translation>Zielphase</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Aufgezeichnete Abgleiche</translation>
    </message>
    <message>
        <source>No repository is available to read the recorded runs from.</source>
        <translation>Es ist kein Repository verfügbar, aus dem die aufgezeichneten Abgleiche gelesen werden können.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::SchemaModel</name>
    <message>
        <source>Declared in %1</source>
        <translation>Deklariert in %1</translation>
    </message>
    <message>
        <source>%1 is used by a mapping but not declared in a schema</source>
        <translation>%1 wird von einem Mapping verwendet, ist aber in keinem Schema deklariert</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nativer Name</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ScopingEditor</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>not equals</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>ist null</translation>
    </message>
    <message>
        <source>is not null</source>
        <translation>ist nicht null</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>ist wahr</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>ist falsch</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt auf regulären Ausdruck</translation>
    </message>
    <message>
        <source>is member of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>+ Group (or)</source>
        <translation>+ Gruppe (oder)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>A source object is in scope when all clauses of a group hold, in any one group. No clauses: every object is in scope.</source>
        <translation>Ein Quellobjekt ist im Geltungsbereich, wenn in irgendeiner Gruppe alle Klauseln zutreffen. Keine Klauseln: Jedes Objekt ist im Geltungsbereich.</translation>
    </message>
    <message>
        <source>Add a group of clauses; an object in any group is in scope</source>
        <translation>Eine Gruppe von Klauseln hinzufügen; ein Objekt in irgendeiner Gruppe ist im Geltungsbereich</translation>
    </message>
    <message>
        <source>Forget the clauses&apos; changes and show what the mapping holds</source>
        <translation>Die Änderungen an den Klauseln verwerfen und zeigen, was das Mapping enthält</translation>
    </message>
    <message>
        <source>Write the clauses into the mapping</source>
        <translation>Die Klauseln in das Mapping schreiben</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Erneut zählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown as text:&lt;/b&gt; %1. Apply clauses to replace it.</source>
        <translation>&lt;b&gt;Als Text angezeigt:&lt;/b&gt; %1. Übernehmen Sie Klauseln, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— oder —</translation>
    </message>
    <message>
        <source>Group %1: all of these hold</source>
        <translation>Gruppe %1: alle diese treffen zu</translation>
    </message>
    <message>
        <source>Sales, Marketing</source>
        <translation>Sales, Marketing</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this clause</source>
        <translation>Diese Klausel entfernen</translation>
    </message>
    <message>
        <source>+ Clause (and)</source>
        <translation>+ Klausel (und)</translation>
    </message>
    <message>
        <source>Add a clause that must hold as well</source>
        <translation>Eine Klausel hinzufügen, die ebenfalls zutreffen muss</translation>
    </message>
    <message>
        <source>No clauses: every source object is in scope.</source>
        <translation>Keine Klauseln: Jedes Quellobjekt ist im Geltungsbereich.</translation>
    </message>
    <message>
        <source>sourceCondition (as the mapping has it)</source>
        <translation>sourceCondition (wie im Mapping)</translation>
    </message>
    <message>
        <source>sourceCondition script (as the mapping has it)</source>
        <translation>sourceCondition-Skript (wie im Mapping)</translation>
    </message>
    <message>
        <source>validSource (as the mapping has it)</source>
        <translation>validSource (wie im Mapping)</translation>
    </message>
    <message>
        <source>// kept in %1</source>
        <translation>// gespeichert in %1</translation>
    </message>
    <message>
        <source>Generated validSource script</source>
        <translation>Erzeugtes validSource-Skript</translation>
    </message>
    <message>
        <source>Generated sourceCondition</source>
        <translation>Erzeugte sourceCondition</translation>
    </message>
    <message>
        <source>(none: every object is in scope)</source>
        <translation>(keine: jedes Objekt ist im Geltungsbereich)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Set the scoping filter of %1</source>
        <translation>Scoping-Filter von %1 setzen</translation>
    </message>
    <message>
        <source>Cannot count the source objects: %1</source>
        <translation>Die Quellobjekte lassen sich nicht zählen: %1</translation>
    </message>
    <message>
        <source>Complete the clauses to count the objects in scope.</source>
        <translation>Vervollständigen Sie die Klauseln, um die Objekte im Geltungsbereich zu zählen.</translation>
    </message>
    <message>
        <source>Counting the source objects in scope…</source>
        <translation>Die Quellobjekte im Geltungsbereich werden gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2 source objects are in scope</source>
        <translation>%1 von %2 Quellobjekten sind im Geltungsbereich</translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be evaluated: %1</source>
        <translation>
            <numerusform>; %n konnte nicht ausgewertet werden: %1</numerusform>
            <numerusform>; %n konnten nicht ausgewertet werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation>; abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::ui::ScriptPanel</name>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>JavaScript; its last expression is the value, e.g. source.toLowerCase()</source>
        <translation>JavaScript; sein letzter Ausdruck ist der Wert, z. B. source.toLowerCase()</translation>
    </message>
    <message>
        <source>A source object as JSON</source>
        <translation>Ein Quellobjekt als JSON</translation>
    </message>
    <message>
        <source>Live test — source object:</source>
        <translation>Live-Test — Quellobjekt:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Transform of %1</source>
        <translation>Transformation von %1</translation>
    </message>
    <message>
        <source>Condition of %1</source>
        <translation>Bedingung von %1</translation>
    </message>
    <message>
        <source>// kept in %1</source>
        <translation>// gespeichert in %1</translation>
    </message>
    <message>
        <source>// a query filter: %1</source>
        <translation>// ein Query-Filter: %1</translation>
    </message>
    <message>
        <source>Edit the transform of %1</source>
        <translation>Die Transformation von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the condition of %1</source>
        <translation>Die Bedingung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>No transform: the value is copied as it is.</source>
        <translation>Keine Transformation: Der Wert wird unverändert übernommen.</translation>
    </message>
    <message>
        <source>No script condition.</source>
        <translation>Keine Skriptbedingung.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;The sample is not a JSON object: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Das Beispiel ist kein JSON-Objekt: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>live test of %1</source>
        <translation>Live-Test von %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Line %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Zeile %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ergebnis: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Error: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Fehler: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#616161&apos;&gt;Not evaluated: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#616161&apos;&gt;Nicht ausgewertet: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Pick source object…</source>
        <translation>Quellobjekt auswählen…</translation>
    </message>
    <message>
        <source>Choose a real object of the mapping&apos;s source for the live test</source>
        <translation>Ein echtes Objekt aus der Quelle des Mappings für den Live-Test auswählen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Cannot read the source: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Die Quelle lässt sich nicht lesen: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the first %1 objects of %2…</source>
        <translation>Die ersten %1 Objekte von %2 werden gelesen…</translation>
    </message>
    <message>
        <source>Pick a source object</source>
        <translation>Ein Quellobjekt auswählen</translation>
    </message>
    <message numerus="yes">
        <source>The first %n object(s) of %1:</source>
        <translation>
            <numerusform>Das erste Objekt von %1:</numerusform>
            <numerusform>Die ersten %n Objekte von %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) of %1:</source>
        <translation>
            <numerusform>Das einzige Objekt von %1:</numerusform>
            <numerusform>Die %n Objekte von %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by id…</source>
        <translation>Nach ID filtern…</translation>
    </message>
</context>
</TS>
