#pragma once

#include "export/DigestWriter.h"
#include "push/PushTarget.h"

#include <QByteArray>
#include <QList>

namespace paperboy::push {

// Slack's documented limits (Block Kit): blocks per message, characters of
// a section's text and of a header's plain text.
struct SlackLimits
{
    int blocksPerMessage = 50;
    int sectionChars = 3000;
    int headerChars = 150;
};

// The day's papers as Slack incoming-webhook messages, in order: each a
// header, a context line with the day's counts, then one section per paper
// (title linked to its abstract page, authors, scores, the scorer's
// comment). A busy day becomes several messages, each within `limits`; a
// day without relevant papers one message that says so. Each message also
// carries a short `text`, which notifications show.
QList<QByteArray> slackMessages(const Digest &d, const SlackLimits &limits = {});

// The generic JSON webhook (docs/PUSH.md): {"text", "date", "part",
// "parts", "announced", "relevant", "papers": [...]}, at most
// `papersPerMessage` papers a message.
QList<QByteArray> webhookMessages(const Digest &d, int papersPerMessage = 50);

// Matrix m.room.message event contents: m.text with a plain `body` and an
// org.matrix.custom.html `formatted_body` (everything from the cache
// escaped). Split so that each stays under `maxBytes` (Matrix refuses events
// over 64 KiB, envelope included).
QList<QByteArray> matrixMessages(const Digest &d, int maxBytes = 32 * 1024);

// A short message that says Paperboy can post here (Settings' "Send Test
// Message"), in the target's format.
QByteArray testMessage(Kind kind);

} // namespace paperboy::push
