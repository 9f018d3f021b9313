#pragma once

#include "manifest/manifest.h"
#include "sbom/sbomdocument.h"

namespace hallmark {

enum class CrossCheckStatus {
    Match,          // same path (or same digest) and the digests agree
    Mismatch,       // same path, same algorithm, different digest
    NotComparable,  // same path, but the SBOM gives no hash in the manifest's algorithm
    OnlyInSbom,     // the SBOM lists a file or hash the model does not have
    OnlyInModel,    // the model has a file the SBOM does not list
};

struct CrossCheckEntry {
    CrossCheckStatus status = CrossCheckStatus::Match;
    QString path;        // model-relative path (manifest resource name), if known
    int node = -1;       // SBOM node, if any
    QString algorithm;   // normalised
    QString sbomDigest;  // lower-case hex
    QString modelDigest; // lower-case hex
};

struct SbomCrossCheck {
    QList<CrossCheckEntry> entries;  // SBOM order, then model-only resources by name
    int count(CrossCheckStatus status) const;
};

// Compares SBOM file paths and component hashes with the manifest's resources:
// a file node by path (leading "./" or "/" ignored), any other node with
// hashes by digest. Sharded resources are compared by their full name only.
SbomCrossCheck crossCheck(const SbomDocument &doc, const Manifest &manifest);

QString crossCheckStatusName(CrossCheckStatus status);

} // namespace hallmark
