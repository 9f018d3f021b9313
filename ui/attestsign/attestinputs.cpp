#include "attestsign/attestinputs.h"

#include "attest/mlpredicate.h"
#include "attest/provenance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace hallmark::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttestInputs", text);
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QList<PredicateType> knownPredicateTypes()
{
    return {
        {QString::fromLatin1(attest::kSlsaProvenanceV1), tr("SLSA build provenance v1")},
        {QString::fromLatin1(attest::kSlsaProvenanceV02), tr("SLSA build provenance v0.2")},
        {QStringLiteral("https://example.org/model-card/v1"),
         tr("Model card: training, data, model, eval and reviewers sections")},
        {QStringLiteral("https://example.com/eval/v1"), tr("Evaluation results: training, data, model, eval and reviewers sections")},
        {QStringLiteral("https://in-toto.io/attestation/test-result/v0.1"), tr("in-toto test result")},
        {QStringLiteral("https://cyclonedx.org/bom"), tr("CycloneDX BOM")},
        {QStringLiteral("https://spdx.dev/Document"), tr("SPDX document")},
    };
}

QString predicateTypeProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Choose or type the predicate type, a URI such as https://slsa.dev/provenance/v1.");
    if (text != text.trimmed() || text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The predicate type must be a URI without spaces.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.scheme().size() < 2)
        return tr("The predicate type must be an absolute URI with a scheme, such as https://example.com/eval/v1.");
    if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && url.host().isEmpty())
        return tr("The predicate type URI names no host.");
    return {};
}

QString suggestedPredicateType(const nlohmann::json &predicate)
{
    if (!predicate.is_object())
        return {};
    if (predicate.contains("buildDefinition") && predicate.contains("runDetails"))
        return QString::fromLatin1(attest::kSlsaProvenanceV1);
    if (predicate.contains("builder") && predicate.contains("buildType"))
        return QString::fromLatin1(attest::kSlsaProvenanceV02);
    if (attest::isMlPredicate(predicate))
        return QStringLiteral("https://example.org/model-card/v1");
    return {};
}


QString defaultAttestationPath(const QString &modelPath)
{
    if (modelPath.isEmpty())
        return {};
    const QFileInfo model(absoluteClean(modelPath));
    return model.dir().filePath(model.fileName() + QStringLiteral(".intoto.sigstore.json"));
}

bool isInsideModel(const QString &path, const QString &modelPath)
{
    if (path.isEmpty() || modelPath.isEmpty() || !QFileInfo(modelPath).isDir())
        return false;
    const QString folder = absoluteClean(modelPath) + u'/';
    return absoluteClean(path).startsWith(folder);
}

} // namespace hallmark::ui
