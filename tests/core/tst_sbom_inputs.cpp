// Hostile SBOM inputs for tst_sbom, kept out of the moc'd file (moc does not
// follow some of these raw string literals).
#include "tst_sbom_inputs.h"

#include <nlohmann/json.hpp>

namespace hallmark::test {

QList<HostileInput> hostileSbomInputs(const QByteArray &good)
{
    QList<HostileInput> out;
    out.append({"empty", QByteArray(), false});
    out.append({"whitespace", QByteArray("  \n"), false});
    out.append({"truncated", good.left(good.size() / 2), false});
    out.append({"not json", QByteArray("<bom/>"), false});
    out.append({"binary", QByteArray("\x00\xff\xfe{", 4), false});
    out.append({"array top", QByteArray("[1,2,3]"), false});
    out.append({"deep arrays", QByteArray(200'000, '['), false});
    out.append({"deep objects", (QByteArray("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":")
                                      + QByteArray(5000, '[')), false});
    QByteArray nested = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[";
    for (int i = 0; i < 60; ++i)
        nested += "{\"type\":\"library\",\"name\":\"n\",\"components\":[";
    for (int i = 0; i < 60; ++i)
        nested += "]}";
    nested += "]}";
    out.append({"nested components", nested, true});
    out.append({"components not array", QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":5})"), true});
    out.append({"component not object", QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":["x",null,3]})"), true});
    out.append({"wrong member types", QByteArray(R"({"bomFormat":"CycloneDX","specVersion":1.6,"serialNumber":7,"metadata":[],"components":[{"type":7,"name":{},"bom-ref":[],"hashes":"x","licenses":3,"components":{},"modelCard":[]}],"dependencies":{"ref":"a"}})"), true});
    out.append({"dependencies wrong", QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6","dependencies":[7,{"ref":5,"dependsOn":"a"},{"ref":"x","dependsOn":[null,{}]}]})"), true});
    out.append({"spdx2 wrong types", QByteArray(R"({"spdxVersion":"SPDX-2.3","packages":[1,{"SPDXID":3,"checksums":"x"}],"files":{},"relationships":[{"spdxElementId":1},{}]})"), true});
    out.append({"spdx2 contains loop", QByteArray(R"({"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a","name":"a"},{"SPDXID":"SPDXRef-b","name":"b"}],"relationships":[{"spdxElementId":"SPDXRef-a","relationshipType":"CONTAINS","relatedSpdxElement":"SPDXRef-b"},{"spdxElementId":"SPDXRef-b","relationshipType":"CONTAINS","relatedSpdxElement":"SPDXRef-a"},{"spdxElementId":"SPDXRef-a","relationshipType":"CONTAINS","relatedSpdxElement":"SPDXRef-a"}]})"), true});
    out.append({"spdx3 graph not array", QByteArray(R"({"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":7})"), true});
    out.append({"spdx3 wrong types", QByteArray(R"({"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":[1,"x",{"type":"Relationship","from":3,"to":7},{"type":"ai_AIPackage","spdxId":"a","verifiedUsing":"x","ai_metric":[{"type":"DictionaryEntry"}]},{"type":"Relationship","spdxId":"r","from":"a","relationshipType":"contains","to":["a"]}]})"), true});
    QByteArray longString = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\",\"name\":\"";
    longString += QByteArray(5'000'000, 'x') + "\"}]}";
    out.append({"long name", longString, true});
    return out;
}

} // namespace hallmark::test
