#pragma once

#include "core/Paper.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>

namespace paperboy::zotero {

// Zotero's connector server, which the browser extension saves through.
// It listens on 127.0.0.1 only while Zotero runs.
inline constexpr quint16 kDefaultPort = 23119;

struct Limits
{
    // A connector on this machine answers a ping at once; saving waits for
    // Zotero's database, and the preprints' PDFs are fetched after it answers.
    int timeoutMs = 30000;
    // Zotero answers with a short status or an empty JSON body; anything
    // longer is no connector, and is not read further.
    qint64 maxAnswerBytes = 64 * 1024;
    // Items in one saveItems request: Zotero saves a request in one
    // transaction, and a failure loses no more than one batch.
    int itemsPerRequest = 50;
    // Set from another thread, ends the waiting early (the window closing
    // while its sending thread waits for a silent Zotero): the request under
    // way is dropped and no further one is made.
    const std::atomic<bool> *stop = nullptr;
};

// PAPERBOY_ZOTERO_URL when set (an http URL such as http://127.0.0.1:23119),
// else Zotero's own address. An invalid value is an error in *error.
QUrl connectorUrl(QString *error);

// One paper as a Zotero preprint item, in the connector's JSON: readable
// title, authors and abstract (TeX accents and math turned to Unicode), the
// arXiv id, its DOI, and the PDF as an attachment for Zotero to fetch.
QJsonObject item(const Paper &paper);

struct Outcome
{
    bool ok = false;
    int sent = 0;  // papers Zotero accepted, in whole batches
    QString error; // one line when !ok
};

// Asks Zotero whether it runs (/connector/ping), then saves `papers` into
// the collection selected in Zotero (/connector/saveItems), in batches.
Outcome send(const QUrl &base, const QList<Paper> &papers, const Limits &limits = {});

// The outcome of sending `total` papers in one line: "Sent 3 papers to
// Zotero.", or the error and how many went before it.
QString describe(const Outcome &outcome, int total);

} // namespace paperboy::zotero
