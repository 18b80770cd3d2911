#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace paperboy {

// The values of a value axis from 0 to at least `max`: evenly spaced at 1, 2
// or 5 times a power of ten, at most `maxIntervals` steps, and steps no
// smaller than `minimumStep` (1 for counts: no half papers; 0.01 for
// dollars). max <= 0 gives 0 and one step.
QList<double> niceTicks(double max, double minimumStep = 0, int maxIntervals = 5);

// A bar chart drawn with QPainter in the colours of its palette (so a dark
// theme draws it dark): a title, a value axis with round grid lines, one bar
// per value (Mid) with its label below, an optional dashed marker before one
// bar (a cut-off) and bars from it on in the Highlight colour. A bar is never
// wider than kMaxBarWidth, so one day is not a wall. Hovering a bar shows its
// tooltip.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString tip;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setBars(QList<Bar> bars);
    // A dashed line before bar `index`, captioned; bars from it on are
    // highlighted. -1: none.
    void setMarker(int index, const QString &caption);
    void setValueFormat(std::function<QString(double)> format);
    // The axis never steps by less than this (see niceTicks()).
    void setMinimumStep(double step);

    static constexpr double kMaxBarWidth = 48;

    QString title() const { return m_title; }
    const QList<Bar> &bars() const { return m_bars; }
    // The values of the grid lines, from 0 to the top of the axis.
    QList<double> ticks() const;
    int marker() const { return m_marker; }
    // The bar under a point of the widget, or -1.
    int barAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    QRectF barRect(int index, double top) const;
    double axisTop() const;
    QColor barColour(int index) const;

    QString m_title;
    QList<Bar> m_bars;
    int m_marker = -1;
    QString m_markerCaption;
    std::function<QString(double)> m_format;
    double m_minimumStep = 0;
};

} // namespace paperboy
