#include "ProvisionerValidator.h"

#include "ProvisionerConfig.h"
#include "config/Project.h"

namespace syncstudio::connectors {

QVector<config::Diagnostic> validateProvisioners(const config::Project& project)
{
    QVector<config::Diagnostic> out;
    for (const config::Provisioner& p : project.provisioners()) {
        if (!p.file->isValid())
            continue; // the project validation reports malformed JSON
        const ProvisionerConfig config = ProvisionerConfig::fromProvisioner(project, p);
        for (const QString& key : config.plainSecretKeys) {
            config::Diagnostic d;
            d.severity = config::Diagnostic::Severity::Warning;
            d.file = p.file->displayPath;
            d.pointer = QStringLiteral("/configurationProperties/") + key;
            const config::JsonText::NodeId node = p.file->json.find(d.pointer);
            d.position = node == config::JsonText::NoNode
                             ? config::TextPosition{1, 1}
                             : p.file->json.positionOf(p.file->json.begin(node));
            d.message = QStringLiteral("%1 of connector \"%2\" is written in the file in plain "
                                       "text; it is used, but anyone who can read the project "
                                       "can read it")
                            .arg(key, config.name);
            d.hint = QStringLiteral("remove it from the file and store it in the keychain: "
                                    "syncstudio-cli secret PROJECT system/%1 %2")
                         .arg(config.name, key);
            out << d;
        }
    }
    return out;
}

} // namespace syncstudio::connectors
