#include "core/FileOutput.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace paperboy {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QCoreApplication::translate("paperboy::FileOutput", "cannot write %1: %2")
                 .arg(path, file.errorString());
    return false;
}

} // namespace paperboy
