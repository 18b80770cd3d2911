#pragma once

#include <QNetworkReply>
#include <QString>

namespace paperboy::network {

// Why a request got no answer, in a few words a person reads inside a
// sentence ("cannot reach hooks.slack.com: connection refused"). Qt's own
// error strings carry the full URL, which for a webhook is its secret, and
// read like "Error transferring http://… - server replied: …".
QString problem(QNetworkReply::NetworkError error);

} // namespace paperboy::network
