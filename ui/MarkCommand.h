#pragma once

#include "storage/MarkWriter.h"

#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace paperboy {

// One change of marks the person made (a star, a hide, read or unread, a
// whole day read), for Ctrl+Z. It holds only the papers it changed, so that
// undoing "star the selection" unstars none that were starred before.
class MarkCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(PaperMark mark, const QStringList &ids, bool on)>;

    MarkCommand(const QString &text, PaperMark mark, const QStringList &ids, bool on, Apply apply)
        : QUndoCommand(text)
        , m_mark(mark)
        , m_ids(ids)
        , m_on(on)
        , m_apply(std::move(apply))
    {
    }

    void redo() override { m_apply(m_mark, m_ids, m_on); }
    void undo() override { m_apply(m_mark, m_ids, !m_on); }

private:
    PaperMark m_mark;
    QStringList m_ids;
    bool m_on;
    Apply m_apply;
};

} // namespace paperboy
