#pragma once

#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace hallmark::ossl {

// unique_ptr aliases with the right OpenSSL free functions.
struct BioFree { void operator()(BIO *b) const { BIO_free_all(b); } };
struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
struct StoreFree { void operator()(X509_STORE *s) const { X509_STORE_free(s); } };
struct StoreCtxFree { void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); } };

using Bio = std::unique_ptr<BIO, BioFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using Store = std::unique_ptr<X509_STORE, StoreFree>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, StoreCtxFree>;

Bio memoryBio(const QByteArray &data);
QByteArray bioContents(BIO *bio);

// The OpenSSL error queue as text, emptied; for Diagnostics, not headlines.
QString takeErrors();

} // namespace hallmark::ossl
