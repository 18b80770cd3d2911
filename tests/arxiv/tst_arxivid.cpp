#include "arxiv/ArxivId.h"

#include <QTest>

using paperboy::ArxivId;

class TestArxivId : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::newRow("new style") << "2609.26811"
                                   << "2609.26811" << 0;
        QTest::newRow("four digit serial") << "0704.0001v2"
                                           << "0704.0001" << 2;
        QTest::newRow("version") << "2205.06398v2"
                                 << "2205.06398" << 2;
        QTest::newRow("guid") << "oai:arXiv.org:2609.26811v1"
                              << "2609.26811" << 1;
        QTest::newRow("prefix") << "arXiv:2504.14064"
                                << "2504.14064" << 0;
        QTest::newRow("abs url") << "https://arxiv.org/abs/2510.21614v3"
                                 << "2510.21614" << 3;
        QTest::newRow("api id") << "http://arxiv.org/abs/astro-ph/0601001v1"
                                << "astro-ph/0601001" << 1;
        QTest::newRow("pdf url") << "https://arxiv.org/pdf/2504.14064v1.pdf"
                                 << "2504.14064" << 1;
        QTest::newRow("old style subject") << "math.GT/0309136"
                                           << "math.GT/0309136" << 0;
        QTest::newRow("spaces") << "  2504.14064  "
                                << "2504.14064" << 0;
    }
    void parses()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(int, version);
        const ArxivId parsed = ArxivId::parse(input);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.id, id);
        QCOMPARE(parsed.version, version);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "abc";
        QTest::newRow("short") << "2504.14";
        QTest::newRow("api error id") << "https://arxiv.org/api/errors#incorrect_id_format_for_abc";
        QTest::newRow("sql") << "2504.14064'; DROP TABLE papers;--";
        QTest::newRow("trailing junk") << "2504.14064v1x";
    }
    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!ArxivId::parse(input).isValid());
    }
};

QTEST_APPLESS_MAIN(TestArxivId)
#include "tst_arxivid.moc"
