#include "BarChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace paperboy {

namespace {

// 1, 2 or 5 times a power of ten, at least `value`: steps people read.
double niceCeiling(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0})
        if (step * magnitude >= value * (1 - 1e-9))
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

QList<double> niceTicks(double max, double minimumStep, int maxIntervals)
{
    maxIntervals = std::max(1, maxIntervals);
    const double floor = minimumStep > 0 ? minimumStep : 1;
    if (!(max > 0) || !std::isfinite(max))
        return {0, floor};
    const double step = std::max(niceCeiling(max / maxIntervals), minimumStep);
    // The small slack keeps 0.02 / 0.005 from counting as just over 4.
    const int intervals = std::max(1, int(std::ceil(max / step - 1e-9)));
    QList<double> ticks;
    for (int i = 0; i <= intervals; ++i)
        ticks << i * step;
    return ticks;
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_format([](double v) { return QLocale().toString(v, 'g', 6); })
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BarChart::setBars(QList<Bar> bars)
{
    m_bars = std::move(bars);
    update();
}

void BarChart::setMarker(int index, const QString &caption)
{
    m_marker = index;
    m_markerCaption = caption;
    update();
}

void BarChart::setValueFormat(std::function<QString(double)> format)
{
    m_format = std::move(format);
    update();
}

void BarChart::setMinimumStep(double step)
{
    m_minimumStep = step;
    update();
}

QSize BarChart::sizeHint() const
{
    return {420, 220};
}

QSize BarChart::minimumSizeHint() const
{
    return {240, 150};
}

QList<double> BarChart::ticks() const
{
    double max = 0;
    for (const Bar &b : m_bars)
        max = std::max(max, b.value);
    return niceTicks(max, m_minimumStep);
}

double BarChart::axisTop() const
{
    return ticks().constLast();
}

QColor BarChart::barColour(int index) const
{
    return palette().color(m_marker >= 0 && index >= m_marker ? QPalette::Highlight : QPalette::Mid);
}

QRectF BarChart::plotArea() const
{
    const QFontMetrics fm = fontMetrics();
    const double left = fm.horizontalAdvance(m_format(axisTop())) + 12;
    const double top = fm.height() * 2 + 6;
    const double bottom = fm.height() + 8;
    return QRectF(left, top, width() - left - 8, height() - top - bottom);
}

QRectF BarChart::barRect(int index, double top) const
{
    const QRectF area = plotArea();
    const double slot = area.width() / std::max<qsizetype>(1, m_bars.size());
    const double gap = std::min(8.0, slot * 0.2);
    const double width = std::min(slot - gap, kMaxBarWidth);
    const double h = top > 0 ? area.height() * m_bars.at(index).value / top : 0;
    return QRectF(area.left() + index * slot + (slot - width) / 2, area.bottom() - h, width, h);
}

int BarChart::barAt(const QPoint &pos) const
{
    const QRectF area = plotArea();
    if (m_bars.isEmpty() || !area.contains(pos))
        return -1;
    const int index = int((pos.x() - area.left()) / (area.width() / m_bars.size()));
    return index >= 0 && index < m_bars.size() ? index : -1;
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(0, 0, width(), fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());

    const QRectF area = plotArea();
    const QList<double> ticks = this->ticks();
    const double top = ticks.constLast();
    const QColor grid = pal.color(QPalette::Mid);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    for (double tick : ticks) {
        const double y = area.bottom() - area.height() * tick / top;
        p.setPen(QPen(grid, 0, tick == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(0, y - fm.height() / 2.0, area.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_format(tick));
    }
    if (m_bars.isEmpty()) {
        p.setPen(muted);
        p.drawText(area, Qt::AlignCenter, tr("No data yet"));
        return;
    }
    // Labels thin out when bars are narrow: every label must fit.
    const double slot = area.width() / m_bars.size();
    int widest = 1;
    for (const Bar &b : m_bars)
        widest = std::max(widest, fm.horizontalAdvance(b.label) + 4);
    const int every = std::max(1, int(std::ceil(widest / slot)));
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF r = barRect(i, top);
        QPainterPath path;
        path.addRoundedRect(r.adjusted(0, 0, 0, std::min(2.0, r.height())), 2, 2);
        p.fillPath(path, barColour(i));
        if (i % every == 0) {
            p.setPen(muted);
            p.drawText(QRectF(area.left() + i * slot - slot, area.bottom() + 2, slot * 3, fm.height() + 4),
                       Qt::AlignHCenter | Qt::AlignTop, m_bars.at(i).label);
        }
    }
    if (m_marker >= 0 && m_marker <= m_bars.size()) {
        const double x = area.left() + m_marker * slot;
        const QColor marker = pal.color(QPalette::Text);
        p.setPen(QPen(marker, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, area.top() - 4), QPointF(x, area.bottom()));
        p.setPen(marker);
        p.drawText(QRectF(x + 4, area.top() - fm.height() - 4, area.right() - x, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_markerCaption);
    }
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0) {
            const Bar &b = m_bars.at(index);
            QToolTip::showText(help->globalPos(),
                               b.tip.isEmpty() ? b.label + QStringLiteral(": ") + m_format(b.value) : b.tip,
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace paperboy
