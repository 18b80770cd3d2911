#include "CacheProblemPanel.h"

#include "MessageBanner.h"
#include "storage/CacheRescue.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy {

namespace {

struct Words
{
    QString title;
    QString text;
};

Words wordsFor(Database::Failure failure, const QString &file, bool movable)
{
    using F = Database::Failure;
    switch (failure) {
    case F::Damaged:
        return {CacheProblemPanel::tr("The cache is damaged"),
                movable
                    ? CacheProblemPanel::tr("%1 is damaged or is not a database, so Paperboy cannot read it. "
                                            "Nothing was changed. Move it aside to keep it and start a new, "
                                            "empty cache, or choose another cache file.")
                          .arg(file)
                    : CacheProblemPanel::tr("%1 is damaged or is not a database, so Paperboy cannot read it. "
                                            "Nothing was changed. It is not Paperboy's usual cache, so it "
                                            "stays where it is: choose another cache file.")
                          .arg(file)};
    case F::Newer:
        return {
            CacheProblemPanel::tr("The cache was made by a newer Paperboy"),
            CacheProblemPanel::tr("%1 was made by a newer Paperboy, which this version cannot read. It was "
                                  "left as it was: update Paperboy to open it, or choose another cache file.")
                .arg(file)};
    case F::Foreign:
        return {CacheProblemPanel::tr("This is not a Paperboy cache"),
                CacheProblemPanel::tr("%1 is another application's database. It was left as it was: choose "
                                      "another cache file.")
                    .arg(file)};
    case F::NoAccess:
        return {
            CacheProblemPanel::tr("Paperboy may not use the cache"),
            CacheProblemPanel::tr("%1 or its folder cannot be read or written. Nothing was changed: fix its "
                                  "permissions and try again, or choose another cache file.")
                .arg(file)};
    case F::DiskFull:
        return {CacheProblemPanel::tr("The disk is full"),
                CacheProblemPanel::tr(
                    "%1 cannot be opened while the disk is full. Nothing was changed: free some "
                    "space and try again, or choose another cache file.")
                    .arg(file)};
    case F::None:
    case F::Other:
        break;
    }
    return {
        CacheProblemPanel::tr("The cache cannot be opened"),
        CacheProblemPanel::tr("%1 cannot be opened. Nothing was changed: try again, or choose another cache "
                              "file.")
            .arg(file)};
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

CacheProblemPanel::CacheProblemPanel(const QString &path, Database::Failure failure, const QString &error,
                                     QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("cacheProblem"));
    const bool movable = cacherescue::canMoveAside(path, failure);
    const Words words = wordsFor(failure, QDir::toNativeSeparators(path), movable);

    auto *title = new QLabel(words.title, this);
    title->setObjectName(QStringLiteral("cacheProblemTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    auto *text = new QLabel(words.text, this);
    text->setObjectName(QStringLiteral("cacheProblemText"));
    // The reason as the core says it, for a search or a report.
    auto *reason = new QLabel(sentence(error), this);
    reason->setObjectName(QStringLiteral("cacheProblemReason"));
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason->setForegroundRole(QPalette::PlaceholderText);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("cacheProblemStep"));
    m_problem->hide();
    for (QLabel *label : {title, text, reason, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }

    auto *buttons = new QHBoxLayout;
    if (movable) {
        QPushButton *move = button(tr("Move It Aside and Start a New Cache"), "moveAsideButton", this);
        move->setDefault(true);
        connect(move, &QPushButton::clicked, this, &CacheProblemPanel::moveAsideRequested);
        buttons->addWidget(move);
    }
    QPushButton *choose = button(tr("Choose Another File…"), "chooseCacheButton", this);
    connect(choose, &QPushButton::clicked, this, &CacheProblemPanel::chooseRequested);
    buttons->addWidget(choose);
    // Trying again helps only when something outside the file can change.
    if (failure == Database::Failure::NoAccess || failure == Database::Failure::DiskFull ||
        failure == Database::Failure::Other) {
        QPushButton *retry = button(tr("Try Again"), "retryCacheButton", this);
        connect(retry, &QPushButton::clicked, this, &CacheProblemPanel::retryRequested);
        buttons->addWidget(retry);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(reason);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void CacheProblemPanel::showProblem(const QString &text)
{
    m_problem->setText(sentence(text));
    m_problem->show();
}

} // namespace paperboy
