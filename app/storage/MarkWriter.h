#pragma once

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace paperboy {

enum class PaperMark
{
    Star,
    Read,
    Hidden
};

// Writes the person's marks (stars, read, "not interested") on a thread of
// its own, so that a star never waits behind a fetch that is storing a day:
// the window shows the mark at once and hears back only if the write
// failed. Writes happen in the order asked; destruction waits for them.
class MarkWriter : public QObject
{
    Q_OBJECT
public:
    explicit MarkWriter(const QString &databasePath, QObject *parent = nullptr);
    ~MarkWriter() override;

    void write(paperboy::PaperMark mark, const QStringList &ids, bool on);
    // Blocks until every write asked for so far is done.
    void flush();

signals:
    void written(paperboy::PaperMark mark, const QStringList &ids, bool on);
    void failed(paperboy::PaperMark mark, const QStringList &ids, bool on, const QString &error);

private:
    struct State;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: queued calls run there
    std::unique_ptr<State> m_state;
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::PaperMark)
