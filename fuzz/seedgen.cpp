// Writes the seed corpora that come from the captured fixtures and tests/data:
//   paperboy-fuzz-seeds FIXTURES_DIR TEST_DATA_DIR OUT_DIR
// makes OUT_DIR/<target>/<file> for every target (scripts/fuzz.sh runs it).
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: paperboy-fuzz-seeds FIXTURES_DIR TEST_DATA_DIR OUT_DIR\n");
        return 2;
    }
    for (const auto &target : paperboy::fuzz::targets()) {
        const QString dir = args.at(3) + u'/' + QLatin1String(target.name);
        QDir().mkpath(dir);
        const auto seeds = paperboy::fuzz::fixtureSeeds(QLatin1String(target.name), args.at(1), args.at(2));
        for (const auto &[name, bytes] : seeds) {
            QFile file(dir + u'/' + name);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                std::fprintf(stderr, "paperboy-fuzz-seeds: cannot write %s\n",
                             qUtf8Printable(file.fileName()));
                return 1;
            }
        }
        std::printf("%s: %lld seeds from the fixtures\n", target.name, static_cast<long long>(seeds.size()));
        if (seeds.isEmpty() && QLatin1String(target.name) != QLatin1String("replyparser")) {
            std::fprintf(stderr, "paperboy-fuzz-seeds: no fixture seeds for %s\n", target.name);
            return 1;
        }
    }
    return 0;
}
