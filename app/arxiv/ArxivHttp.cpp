#include "arxiv/ArxivHttp.h"

#include "core/ShortText.h"
#include "core/Translation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace paperboy {

namespace {

// arXiv asks for one API request every 3 s from a client. The clock is a
// small file in the cache folder, locked while read and moved on, so that
// every Paperboy process on the machine (cron and the window) shares it.
QString apiClockPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("arxiv-api-clock"));
}

// Reserves the next slot and returns how long to wait before sending.
int reserveApiSlot(int intervalMs)
{
    const QString path = apiClockPath();
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    const bool locked = lock.tryLock(5000);
    QFile file(path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = now;
    if (file.open(QIODevice::ReadOnly))
        next = qMax(now, file.readAll().trimmed().toLongLong());
    file.close();
    // A clock far in the future is a broken file, not a reason to wait for ever.
    if (next - now > 60000)
        next = now;
    if (locked && file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(next + intervalMs));
    return int(next - now);
}

// Counts the interval from when an answer arrived, too, so a slow answer
// never lets the next request follow it sooner than the interval.
void apiAnswered(int intervalMs)
{
    const QString path = apiClockPath();
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000))
        return;
    QFile file(path);
    const qint64 earliest = QDateTime::currentMSecsSinceEpoch() + intervalMs;
    qint64 next = 0;
    if (file.open(QIODevice::ReadOnly))
        next = file.readAll().trimmed().toLongLong();
    file.close();
    if (next < earliest && file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(earliest));
}

// What a server says about itself (a reason phrase, Qt's error text) goes
// into a message: one line, and short whatever the server sent.
QString oneLine(const QString &text)
{
    return shortened(text.simplified(), 120);
}

QString sizeText(qint64 bytes)
{
    return i18n::locale().formattedDataSize(bytes, bytes % 1024 == 0 ? 0 : 1, QLocale::DataSizeIecFormat);
}

} // namespace

ArxivHttp::ArxivHttp(ArxivConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed (same-or-safer scheme only); TLS checks stay on.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

int ArxivHttp::deadlineMs() const
{
    return qMax(10 * m_config.timeoutMs, 60000);
}

void ArxivHttp::get(const QUrl &url, Answer answer, Callback done)
{
    const qint64 maxBytes = answer == Answer::Listing ? m_config.maxListingBytes : m_config.maxApiPageBytes;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    Pending pending;
    pending.done = std::move(done);
    pending.answer = answer;
    pending.maxBytes = maxBytes;
    m_pending.insert(reply, std::move(pending));
    // The transfer timeout cuts silence; this cuts a server that trickles a
    // byte now and then for ever.
    QTimer::singleShot(deadlineMs(), reply, [this, reply] {
        if (const auto it = m_pending.find(reply); it != m_pending.end())
            it->deadlineHit = true;
        reply->abort();
    });
    // An answer that says it is too big is refused before any of it is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const auto it = m_pending.find(reply);
        if (it != m_pending.end() &&
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > it->maxBytes)
            refuse(reply);
    });
    // Read as it arrives, so that the count is checked all along and Qt's
    // buffer never holds more than one delivery.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        const auto it = m_pending.find(reply);
        if (it != m_pending.end() && !it->tooLarge && !take(reply, *it))
            refuse(reply);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

bool ArxivHttp::take(QNetworkReply *reply, Pending &pending)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return true;
    const qint64 needed = pending.body.size() + available;
    if (needed > pending.maxBytes)
        return false;
    // Grow by doubling, but never past the cap: a body at the cap is held once.
    if (needed > pending.body.capacity())
        pending.body.reserve(qMin(pending.maxBytes, qMax(needed, 2 * qint64(pending.body.capacity()))));
    const qsizetype old = pending.body.size();
    pending.body.resize(needed);
    const qint64 got = reply->read(pending.body.data() + old, available);
    pending.body.resize(old + qMax<qint64>(0, got));
    return true;
}

void ArxivHttp::refuse(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    it->tooLarge = true;
    it->body = QByteArray();
    reply->abort();
}

void ArxivHttp::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return; // dropped by reset()
    if (!it->tooLarge && reply->isOpen() && !take(reply, *it)) {
        it->tooLarge = true;
        it->body = QByteArray();
    }
    Pending pending = m_pending.take(reply);
    const Result r = resultOf(reply, pending);
    if (pending.done)
        pending.done(r);
}

ArxivHttp::Result ArxivHttp::resultOf(QNetworkReply *reply, Pending &pending) const
{
    Result r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = std::move(pending.body);
    const auto err = reply->error();
    if (m_cancelled) {
        r.error = FetchError::Cancelled;
    } else if (pending.tooLarge) {
        r.error = FetchError::Format;
        r.errorText = pending.answer == Answer::Listing
                          ? tr("the feed from %1 is larger than %2, more than any real day")
                                .arg(reply->url().host(), sizeText(pending.maxBytes))
                          : tr("the answer from %1 is larger than %2, more than any real page of the API")
                                .arg(reply->url().host(), sizeText(pending.maxBytes));
    } else if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        // Only the timeouts abort a request that was not cancelled.
        r.error = FetchError::Timeout;
        r.errorText = pending.deadlineHit
                          ? tr("arXiv did not finish answering within %1 s").arg(deadlineMs() / 1000)
                          : tr("arXiv did not answer within %1 s").arg(m_config.timeoutMs / 1000.0);
    } else if (r.status >= 400) {
        r.error = FetchError::Http;
        const QString reason =
            oneLine(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        r.errorText = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                                       : QStringLiteral("HTTP %1 (%2)").arg(r.status).arg(reason);
    } else if (err == QNetworkReply::RemoteHostClosedError && r.status == 200) {
        r.error = FetchError::Network;
        r.errorText = tr("the connection closed before the whole answer arrived");
    } else if (err == QNetworkReply::UnknownContentError && !reply->rawHeader("Content-Encoding").isEmpty()) {
        // Qt inflates gzip and deflate itself; it fails on a body that is not
        // what the header says, and on one that inflates more than 40-fold
        // past 10 MiB (its own guard against a bomb, which strikes before
        // the cap when a bomb inflates that fast). Its text is
        // "Decompression failed: " and nothing more.
        r.error = FetchError::Format;
        r.errorText = tr("the server sent compressed data that could not be decompressed");
    } else if (err != QNetworkReply::NoError) {
        r.error = FetchError::Network;
        r.errorText = tr("network error: %1").arg(oneLine(reply->errorString()));
    }
    // Only a whole answer is worth parsing; an HTTP error's may be arXiv's
    // own error channel, which names the bad category.
    if (r.error != FetchError::None && r.error != FetchError::Http)
        r.body.clear();
    return r;
}

void ArxivHttp::getFromApi(const QUrl &url, Callback done)
{
    const int wait = reserveApiSlot(m_config.apiIntervalMs);
    const int generation = m_generation;
    QTimer::singleShot(wait, Qt::PreciseTimer, this,
                       [this, url, generation, done = std::move(done)]() mutable {
                           if (generation != m_generation)
                               return; // the fetch that asked is over
                           if (m_cancelled) {
                               Result r;
                               r.error = FetchError::Cancelled;
                               done(r);
                               return;
                           }
                           get(url, Answer::ApiPage, [this, done = std::move(done)](const Result &r) {
                               apiAnswered(m_config.apiIntervalMs);
                               done(r);
                           });
                       });
}

void ArxivHttp::cancel()
{
    m_cancelled = true;
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void ArxivHttp::reset()
{
    ++m_generation;
    m_cancelled = false;
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace paperboy
