#pragma once

#include "pkcs11/tokenkey.h"
#include "sign/signcontroller.h"

namespace hallmark::ui {

class PinBroker;

// The signer factory for a token key: on the worker it opens the key (PIN
// through `broker`), reports each token call to the broker so the GUI can
// show "Confirm on your token…", and drops a result that arrives after
// Cancel. With a certificate row picked, the token's certificate is used.
SignController::SignerFactory tokenSignerFactory(const TokenKey &key, PinBroker *broker);

} // namespace hallmark::ui
