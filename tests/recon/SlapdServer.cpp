#include "SlapdServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>
#include <csignal>

namespace syncstudio::test {

namespace {

const QString Script =
    QStringLiteral(SYNCSTUDIO_SOURCE_DIR) + "/tests/fixtures/slapd/slapd-fixture.sh";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

bool runTool(const QString& program, const QStringList& arguments, const QByteArray& input,
             QString* output)
{
    QProcess p;
    // No fsync per write: a killed slapd keeps what it wrote (the page cache survives the
    // process), and the tests run several times faster.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SLAPD_DBNOSYNC", "1");
    p.setProcessEnvironment(environment);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(300000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

SlapdServer::SlapdServer(const QStringList& ldifFiles)
    : m_state(m_dir.filePath("state"))
{
    QString output;
    if (runTool("bash", QStringList{Script, "start", m_state} + ldifFiles, {}, &output))
        m_url = QString::fromUtf8(readAll(m_state + "/url"));
    else
        qWarning("slapd did not start: %s", qPrintable(output));
}

SlapdServer::~SlapdServer()
{
    runTool("bash", {Script, "stop", m_state}, {}, nullptr);
}

QString SlapdServer::host() const
{
    return QUrl(m_url).host();
}

int SlapdServer::port() const
{
    return QUrl(m_url).port();
}

void SlapdServer::kill()
{
    const qint64 pid = readAll(m_state + "/pid").toLongLong();
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

bool SlapdServer::restart()
{
    QString output;
    const bool ok = runTool("bash", {Script, "restart", m_state}, {}, &output);
    if (!ok)
        qWarning("slapd did not restart: %s", qPrintable(output));
    return ok;
}

bool SlapdServer::modify(const QByteArray& ldif, QString* output) const
{
    return runTool("ldapmodify", {"-x", "-c", "-H", m_url, "-D", rootDn(), "-w", rootPassword()},
                   ldif, output);
}

bool SlapdServer::add(const QByteArray& ldif, QString* output) const
{
    return runTool("ldapmodify", {"-x", "-a", "-H", m_url, "-D", rootDn(), "-w", rootPassword()},
                   ldif, output);
}

QStringList SlapdServer::search(const QString& filter, const QString& base) const
{
    QString output;
    runTool("ldapsearch",
            {"-x", "-LLL", "-o", "ldif-wrap=no", "-H", m_url, "-D", rootDn(), "-w", rootPassword(),
             "-b", base, filter, "dn"},
            {}, &output);
    QStringList dns;
    for (const QString& line : output.split('\n')) {
        if (line.startsWith("dn: "))
            dns << line.mid(4);
    }
    return dns;
}

QString SlapdServer::generatePeople(const QString& directory, int count, int start)
{
    const QString path =
        QDir(directory).filePath(QString("people-%1-%2.ldif").arg(start).arg(count));
    QProcess p;
    p.setStandardOutputFile(path);
    p.start("python3", {QStringLiteral(SYNCSTUDIO_CORPUS_DIR) + "/../bench/gen_people.py",
                        QString::number(count), QString::number(start)});
    p.waitForFinished(300000);
    return path;
}

} // namespace syncstudio::test
