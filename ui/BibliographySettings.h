#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSettings;

namespace paperboy {

// Settings' page for the person's own bibliography file: which .bib, and
// whether each paper starred is appended to it (bibsync::starred).
class BibliographySettings : public QWidget
{
    Q_OBJECT
public:
    explicit BibliographySettings(const QSettings &settings, QWidget *parent = nullptr);

    // False and *error (one line) when the file typed cannot be the one.
    bool validate(QString *error) const;
    void save(QSettings &settings) const;

private:
    void choose();
    void updateEnabled();

    QLineEdit *m_file = nullptr;
    QCheckBox *m_appendOnStar = nullptr;
};

} // namespace paperboy
