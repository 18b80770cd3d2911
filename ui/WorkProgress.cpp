#include "WorkProgress.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace paperboy {

WorkProgress::WorkProgress(QAction *stop, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QToolButton(this))
{
    setObjectName(QStringLiteral("workProgress"));
    m_label->setObjectName(QStringLiteral("workText"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(QStringLiteral("workBar"));
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%v / %m"));
    m_stop->setDefaultAction(stop);
    m_stop->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    hide();
}

void WorkProgress::start(const QString &text)
{
    update(text, 0, 0);
    show();
}

void WorkProgress::update(const QString &text, int done, int total)
{
    m_label->setText(text);
    // A range of 0..0 is Qt's busy indicator: for work of unknown length.
    m_bar->setRange(0, qMax(0, total));
    m_bar->setValue(qBound(0, done, qMax(0, total)));
}

void WorkProgress::finish()
{
    hide();
}

QString WorkProgress::text() const
{
    return m_label->text();
}

int WorkProgress::done() const
{
    return m_bar->value();
}

int WorkProgress::total() const
{
    return m_bar->maximum();
}

} // namespace paperboy
