#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace paperboy {

// A bar chart drawn with QPainter: a title, a value axis with a few round
// grid lines, one bar per value with its label below, an optional dashed
// marker before one bar (a cut-off) and bars from it on in the accent
// colour. Hovering a bar shows its tooltip.
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

    QString title() const { return m_title; }
    const QList<Bar> &bars() const { return m_bars; }
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

    QString m_title;
    QList<Bar> m_bars;
    int m_marker = -1;
    QString m_markerCaption;
    std::function<QString(double)> m_format;
};

} // namespace paperboy
