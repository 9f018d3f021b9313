#pragma once

#include "bundle/bundle.h"

namespace hallmark {

// cosign's legacy bundle (--new-bundle-format=false):
// {"base64Signature","cert":b64(PEM),"rekorBundle":{"SignedEntryTimestamp",
// "Payload":{"body","integratedTime","logIndex","logID"}}}. It becomes a v0.1
// message-signature bundle whose single log entry rests on its SET.
Result<Bundle> parseCosignBundle(const QByteArray &json);

// A Sigstore bundle, or failing that a legacy cosign bundle.
Result<Bundle> parseAnyBundle(const QByteArray &json);

} // namespace hallmark
