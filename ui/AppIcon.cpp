#include "AppIcon.h"

#include <QString>

namespace paperboy {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/paperboy-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace paperboy
