#include "BibliographySettings.h"

#include "Prompts.h"
#include "export/BibliographySync.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace paperboy {

BibliographySettings::BibliographySettings(const QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_file(new QLineEdit(this))
    , m_appendOnStar(new QCheckBox(tr("Append each paper I &star automatically"), this))
{
    m_file->setObjectName(QStringLiteral("bibliographyFile"));
    m_file->setPlaceholderText(tr("None: choose the .bib your LaTeX cites or JabRef keeps"));
    m_file->setText(QDir::toNativeSeparators(bibsync::file(settings)));
    m_appendOnStar->setObjectName(QStringLiteral("appendOnStar"));
    m_appendOnStar->setChecked(bibsync::appendOnStar(settings));
    auto *browse = new QPushButton(tr("C&hoose\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &BibliographySettings::choose);
    connect(m_file, &QLineEdit::textChanged, this, &BibliographySettings::updateEnabled);

    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(this);
    // A row that is a layout gets a label without a buddy: its "&f" would
    // show as a literal ampersand and reach nothing.
    auto *label = new QLabel(tr("Bibliography &file:"), this);
    label->setBuddy(m_file);
    form->addRow(label, row);
    form->addRow(QString(), m_appendOnStar);
    auto *note =
        new QLabel(tr("A starred paper the file does not cite yet is added after its entries, which "
                      "stay as they are; taking a star back leaves the entry in the file. File \u2192 "
                      "Export \u2192 Append Starred to Bibliography adds every starred paper."),
                   this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    updateEnabled();
}

bool BibliographySettings::validate(QString *error) const
{
    return bibsync::usableFile(QDir::fromNativeSeparators(m_file->text().trimmed()), error);
}

void BibliographySettings::save(QSettings &settings) const
{
    bibsync::setFile(settings, QDir::fromNativeSeparators(m_file->text().trimmed()));
    bibsync::setAppendOnStar(settings, m_appendOnStar->isChecked());
}

void BibliographySettings::choose()
{
    const QString path = prompts::openFileName(this, tr("Bibliography File"), m_file->text(),
                                               tr("BibTeX files (*.bib);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void BibliographySettings::updateEnabled()
{
    m_appendOnStar->setEnabled(!m_file->text().trimmed().isEmpty());
}

} // namespace paperboy
