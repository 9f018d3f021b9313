<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttestInputs</name>
    <message>
        <source>SLSA build provenance v1</source>
        <translation>SLSA-Build-Provenienz v1</translation>
    </message>
    <message>
        <source>SLSA build provenance v0.2</source>
        <translation>SLSA-Build-Provenienz v0.2</translation>
    </message>
    <message>
        <source>Model card: training, data, model, eval and reviewers sections</source>
        <translation>Modellkarte: Abschnitte zu Training, Daten, Modell, Evaluierung und Prüfern</translation>
    </message>
    <message>
        <source>Evaluation results: training, data, model, eval and reviewers sections</source>
        <translation>Evaluierungsergebnisse: Abschnitte zu Training, Daten, Modell, Evaluierung und Prüfern</translation>
    </message>
    <message>
        <source>in-toto test result</source>
        <translation>in-toto-Testergebnis</translation>
    </message>
    <message>
        <source>CycloneDX BOM</source>
        <translation>CycloneDX-BOM</translation>
    </message>
    <message>
        <source>SPDX document</source>
        <translation>SPDX-Dokument</translation>
    </message>
    <message>
        <source>Choose or type the predicate type, a URI such as https://slsa.dev/provenance/v1.</source>
        <translation>Wählen Sie den Prädikattyp aus oder geben Sie ihn ein, eine URI wie https://slsa.dev/provenance/v1.</translation>
    </message>
    <message>
        <source>The predicate type must be a URI without spaces.</source>
        <translation>Der Prädikattyp muss eine URI ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>The predicate type must be an absolute URI with a scheme, such as https://example.com/eval/v1.</source>
        <translation>Der Prädikattyp muss eine absolute URI mit Schema sein, etwa https://example.com/eval/v1.</translation>
    </message>
    <message>
        <source>The predicate type URI names no host.</source>
        <translation>Die URI des Prädikattyps nennt keinen Host.</translation>
    </message>
</context>
<context>
    <name>TokenKey</name>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>TokenSigner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; holds no certificate for key &quot;%2&quot;.</source>
        <translation>Das Token „%1“ enthält kein Zertifikat für den Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>The token&apos;s certificate could not be saved for signing.</source>
        <translation>Das Zertifikat des Tokens konnte für das Signieren nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>hallmark::Archive</name>
    <message>
        <source>The archive has more than %1 entries; it was not read further, as it may be an archive bomb.</source>
        <translation>Das Archiv hat mehr als %1 Einträge; es wurde nicht weiter gelesen, da es eine Archivbombe sein kann.</translation>
    </message>
    <message>
        <source>An entry expands to more than %1; the archive was not read further, as it may be an archive bomb.</source>
        <translation>Ein Eintrag entpackt sich zu mehr als %1; das Archiv wurde nicht weiter gelesen, da es eine Archivbombe sein kann.</translation>
    </message>
    <message>
        <source>The archive expands to more than %1; it was not read further, as it may be an archive bomb.</source>
        <translation>Das Archiv entpackt sich zu mehr als %1; es wurde nicht weiter gelesen, da es eine Archivbombe sein kann.</translation>
    </message>
    <message>
        <source>The archive expands to more than %1 times its own size; it was not read further, as it is likely an archive bomb.</source>
        <translation>Das Archiv entpackt sich zu mehr als dem %1-Fachen seiner eigenen Größe; es wurde nicht weiter gelesen, da es wahrscheinlich eine Archivbombe ist.</translation>
    </message>
    <message>
        <source>Out of memory while opening the archive.</source>
        <translation>Nicht genug Speicher beim Öffnen des Archivs.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; as an archive.</source>
        <translation>„%1“ kann nicht als Archiv geöffnet werden.</translation>
    </message>
    <message>
        <source>The archive is damaged or truncated.</source>
        <translation>Das Archiv ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>unspecified warning</source>
        <translation>nicht näher bezeichnete Warnung</translation>
    </message>
    <message>
        <source>The archive reader reported a problem.</source>
        <translation>Der Archivleser hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Everything in the archive is inside the folder &quot;%1&quot;; paths are shown relative to it.</source>
        <translation>Alles im Archiv liegt im Ordner „%1“; Pfade werden relativ dazu angezeigt.</translation>
    </message>
    <message>
        <source>The archive reader warned about &quot;%1&quot;: %2</source>
        <translation>Der Archivleser hat zu „%1“ gewarnt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an absolute path; unpacking it would write outside the target folder.</source>
        <translation>„%1“ hat einen absoluten Pfad; beim Entpacken würde außerhalb des Zielordners geschrieben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;..&quot; to climb out of the archive (path traversal).</source>
        <translation>„%1“ verlässt das Archiv mit „..“ (Path Traversal).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a signed model: %2</source>
        <translation>„%1“ kann nicht Teil eines signierten Modells sein: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link to &quot;%2&quot;; links in archives are not followed.</source>
        <translation>„%1“ ist ein symbolischer Link auf „%2“; Links in Archiven wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hard link to &quot;%2&quot;; links in archives are not followed.</source>
        <translation>„%1“ ist ein harter Link auf „%2“; Links in Archiven wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a device, pipe or other special file.</source>
        <translation>„%1“ ist ein Gerät, eine Pipe oder eine andere Spezialdatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted; its content cannot be checked.</source>
        <translation>„%1“ ist verschlüsselt; sein Inhalt kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the set-user-ID or set-group-ID bit.</source>
        <translation>„%1“ hat das Set-User-ID- oder Set-Group-ID-Bit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in the archive; which copy counts depends on the tool that unpacks it.</source>
        <translation>„%1“ kommt mehrmals im Archiv vor; welche Kopie gilt, hängt vom Entpackprogramm ab.</translation>
    </message>
    <message>
        <source>The zip&apos;s central directory lists %1 entries, but %2 could be read; records that share or overlap data are a sign of a zip bomb or a disguised archive.</source>
        <translation>Das zentrale Verzeichnis der ZIP-Datei nennt %1 Einträge, gelesen werden konnten aber %2; Einträge, die sich Daten teilen oder überlappen, deuten auf eine ZIP-Bombe oder ein getarntes Archiv hin.</translation>
    </message>
</context>
<context>
    <name>hallmark::Attest</name>
    <message>
        <source>The payload is not an in-toto statement (_type &quot;%1&quot;).</source>
        <translation>Die Nutzdaten sind keine in-toto-Aussage (_type „%1“).</translation>
    </message>
    <message>
        <source>The Sigstore bundle signs a plain message, not an attestation.</source>
        <translation>Das Sigstore-Bundle signiert eine einfache Nachricht, keine Attestierung.</translation>
    </message>
    <message>
        <source>Neither a Sigstore bundle, a DSSE envelope nor an in-toto statement.</source>
        <translation>Weder ein Sigstore-Bundle noch ein DSSE-Umschlag noch eine in-toto-Aussage.</translation>
    </message>
    <message>
        <source>A DSSE envelope must be a JSON object.</source>
        <translation>Ein DSSE-Umschlag muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The envelope&apos;s payload is not base64.</source>
        <translation>Die Nutzdaten (payload) des Umschlags sind kein Base64.</translation>
    </message>
    <message>
        <source>The envelope&apos;s payloadType is not text.</source>
        <translation>Der payloadType des Umschlags ist kein Text.</translation>
    </message>
    <message>
        <source>The envelope&apos;s signatures are not a list.</source>
        <translation>Die Signaturen (signatures) des Umschlags sind keine Liste.</translation>
    </message>
    <message>
        <source>An envelope signature is not a JSON object.</source>
        <translation>Eine Signatur des Umschlags ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An envelope signature is not base64.</source>
        <translation>Eine Signatur des Umschlags ist kein Base64.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attestation; it looks like: %2.</source>
        <translation>„%1“ ist keine Attestierung; es sieht so aus: %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an attestation.</source>
        <translation>„%1“ ist zu groß für eine Attestierung.</translation>
    </message>
    <message>
        <source>Sigstore bundle</source>
        <translation>Sigstore-Bundle</translation>
    </message>
    <message>
        <source>DSSE envelope</source>
        <translation>DSSE-Umschlag</translation>
    </message>
    <message>
        <source>unsigned statement</source>
        <translation>unsignierte Aussage</translation>
    </message>
    <message>
        <source>Archives cannot be attested as models; unpack it and attest the folder.</source>
        <translation>Archive können nicht als Modelle attestiert werden; entpacken Sie das Archiv und attestieren Sie den Ordner.</translation>
    </message>
    <message>
        <source>The model holds no files.</source>
        <translation>Das Modell enthält keine Dateien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged. Choose another name or allow overwriting (--force).</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben (--force).</translation>
    </message>
    <message>
        <source>The predicate must be a JSON object.</source>
        <translation>Das Prädikat muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The predicate type (a URI) is missing.</source>
        <translation>Der Prädikattyp (eine URI) fehlt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the payload is not a readable statement: %2</source>
        <translation>%1: Die Nutzdaten sind keine lesbare Aussage: %2</translation>
    </message>
    <message>
        <source>%1: the attestation is not verified: %2</source>
        <translation>%1: Die Attestierung ist nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>%1: no subject of the attestation is this model.</source>
        <translation>%1: Kein Subjekt der Attestierung ist dieses Modell.</translation>
    </message>
    <message>
        <source>No attestation was given.</source>
        <translation>Es wurde keine Attestierung angegeben.</translation>
    </message>
    <message>
        <source>No verified attestation about this model: %1</source>
        <translation>Keine bestätigte Attestierung zu diesem Modell: %1</translation>
    </message>
    <message>
        <source>%1 key %2</source>
        <translation>%1-Schlüssel %2</translation>
    </message>
    <message>
        <source>The envelope signature verifies with the given public key.</source>
        <translation>Die Signatur des Umschlags lässt sich mit dem angegebenen öffentlichen Schlüssel bestätigen.</translation>
    </message>
    <message>
        <source>The envelope signature does not verify with the given public key.</source>
        <translation>Die Signatur des Umschlags lässt sich mit dem angegebenen öffentlichen Schlüssel nicht bestätigen.</translation>
    </message>
    <message>
        <source>A certificate in the attestation is damaged: %1</source>
        <translation>Ein Zertifikat in der Attestierung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The envelope signature does not verify with the certificate&apos;s key.</source>
        <translation>Die Signatur des Umschlags lässt sich mit dem Schlüssel des Zertifikats nicht bestätigen.</translation>
    </message>
    <message>
        <source>The signature is intact, but the certificate is not trusted: %1</source>
        <translation>Die Signatur ist intakt, aber dem Zertifikat wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The envelope signature verifies and the certificate chains to a trust anchor.</source>
        <translation>Die Signatur des Umschlags lässt sich bestätigen, und das Zertifikat führt zu einem Vertrauensanker.</translation>
    </message>
    <message>
        <source>Sigstore verification passed for %1.</source>
        <translation>Die Sigstore-Prüfung für %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>A bare statement carries no signature.</source>
        <translation>Eine bloße Aussage trägt keine Signatur.</translation>
    </message>
    <message>
        <source>The envelope carries no signature.</source>
        <translation>Der Umschlag trägt keine Signatur.</translation>
    </message>
    <message>
        <source>Signed with a key; give its public key to check it.</source>
        <translation>Mit einem Schlüssel signiert; geben Sie dessen öffentlichen Schlüssel an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Signed through Sigstore; give the signer&apos;s identity and issuer to check it.</source>
        <translation>Über Sigstore signiert; geben Sie die Identität des Unterzeichners und den Aussteller an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Signed with a certificate; give a trust anchor to check it.</source>
        <translation>Mit einem Zertifikat signiert; geben Sie einen Vertrauensanker an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>The envelope names no signer; give a public key to check it.</source>
        <translation>Der Umschlag nennt keinen Unterzeichner; geben Sie einen öffentlichen Schlüssel an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>The envelope carries a certificate without transparency-log proof; give a public key or a trust anchor to check it.</source>
        <translation>Der Umschlag trägt ein Zertifikat ohne Nachweis im Transparenz-Log; geben Sie einen öffentlichen Schlüssel oder einen Vertrauensanker an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>The statement has no field &quot;%1&quot;.</source>
        <translation>Die Aussage hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>%1 has no element %2.</source>
        <translation>%1 hat kein Element %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 is %2, not a single value.</source>
        <translation>%1 ist %2, kein einzelner Wert.</translation>
    </message>
    <message>
        <source>%1 is not a number (numbers are written as in JSON, e.g. 0.85).</source>
        <translation>%1 ist keine Zahl (Zahlen werden wie in JSON geschrieben, z. B. 0.85).</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be compared with a number.</source>
        <translation>%1 ist %2 und kann nicht mit einer Zahl verglichen werden.</translation>
    </message>
    <message>
        <source>%1 is %2 but %3 is %4.</source>
        <translation>%1 ist %2, aber %3 ist %4.</translation>
    </message>
    <message>
        <source>%1 is %2; only == and != apply to it.</source>
        <translation>%1 ist %2; dafür gelten nur == und !=.</translation>
    </message>
    <message>
        <source>Only one side of a comparison may use all() or any().</source>
        <translation>Nur eine Seite eines Vergleichs darf all() oder any() verwenden.</translation>
    </message>
    <message>
        <source>%1 names %2 values; say all(%1) or any(%1).</source>
        <translation>%1 bezeichnet %2 Werte; schreiben Sie all(%1) oder any(%1).</translation>
    </message>
    <message>
        <source>All %1 values hold.</source>
        <translation>Alle %1 Werte treffen zu.</translation>
    </message>
    <message>
        <source>%1 of %2 values do not hold, e.g. %3</source>
        <translation>%1 von %2 Werten treffen nicht zu, z. B. %3</translation>
    </message>
    <message>
        <source>%1 of %2 values hold, e.g. %3</source>
        <translation>%1 von %2 Werten treffen zu, z. B. %3</translation>
    </message>
    <message>
        <source>None of the %1 values holds, e.g. %2</source>
        <translation>Keiner der %1 Werte trifft zu, z. B. %2</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 ist vorhanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The condition cannot be read: %1</source>
        <translation>Die Bedingung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The string starting at position %1 is not closed.</source>
        <translation>Die Zeichenkette ab Position %1 ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a number.</source>
        <translation>„%1“ an Position %2 ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a number (write numbers as in JSON: 0.85, 1e-3).</source>
        <translation>„%1“ an Position %2 ist keine Zahl (schreiben Sie Zahlen wie in JSON: 0.85, 1e-3).</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; at position %2.</source>
        <translation>Unerwartetes Zeichen „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>the end of the condition</source>
        <translation>das Ende der Bedingung</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>Expected %1 at position %2, found %3.</source>
        <translation>An Position %2 wurde %1 erwartet, gefunden wurde %3.</translation>
    </message>
    <message>
        <source>a comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>ein Vergleich (==, !=, &lt;, &lt;=, &gt;, &gt;=)</translation>
    </message>
    <message>
        <source>a path, a number, a string, true, false or null</source>
        <translation>ein Pfad, eine Zahl, eine Zeichenkette, true, false oder null</translation>
    </message>
    <message>
        <source>a path such as predicate.eval.accuracy</source>
        <translation>ein Pfad wie predicate.eval.accuracy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a statement field; paths start at predicate, predicateType, subject or _type.</source>
        <translation>„%1“ an Position %2 ist kein Feld der Aussage; Pfade beginnen bei predicate, predicateType, subject oder _type.</translation>
    </message>
    <message>
        <source>a field name after &quot;.&quot;</source>
        <translation>ein Feldname nach „.“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not an array index.</source>
        <translation>„%1“ an Position %2 ist kein Array-Index.</translation>
    </message>
    <message>
        <source>an index, *, a quoted key or a filter such as [name == &quot;x&quot;]</source>
        <translation>ein Index, *, ein Schlüssel in Anführungszeichen oder ein Filter wie [name == &quot;x&quot;]</translation>
    </message>
    <message>
        <source>The condition is empty.</source>
        <translation>Die Bedingung ist leer.</translation>
    </message>
    <message>
        <source>in-toto attestations (JSON Lines)</source>
        <translation>in-toto-Attestierungen (JSON Lines)</translation>
    </message>
    <message>
        <source>in-toto statement (unsigned)</source>
        <translation>in-toto-Aussage (unsigniert)</translation>
    </message>
    <message>
        <source>in-toto layout</source>
        <translation>in-toto-Layout</translation>
    </message>
    <message>
        <source>SBOM (CycloneDX)</source>
        <translation>SBOM (CycloneDX)</translation>
    </message>
    <message>
        <source>SBOM (SPDX 2)</source>
        <translation>SBOM (SPDX 2)</translation>
    </message>
    <message>
        <source>SBOM (SPDX 3)</source>
        <translation>SBOM (SPDX 3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>The required field %1 is missing.</source>
        <translation>Das Pflichtfeld %1 fehlt.</translation>
    </message>
    <message>
        <source>The subject has no sha256 digest (%1), so it cannot be compared with the model.</source>
        <translation>Das Subjekt hat keinen sha256-Digest (%1) und kann daher nicht mit dem Modell verglichen werden.</translation>
    </message>
    <message>
        <source>Matches the model&apos;s manifest digest.</source>
        <translation>Stimmt mit dem Manifest-Digest des Modells überein.</translation>
    </message>
    <message>
        <source>Matches the model file %1.</source>
        <translation>Stimmt mit der Modelldatei %1 überein.</translation>
    </message>
    <message>
        <source>Matches neither the model&apos;s manifest digest nor any of its files.</source>
        <translation>Stimmt weder mit dem Manifest-Digest des Modells noch mit einer seiner Dateien überein.</translation>
    </message>
    <message>
        <source>The payload is not usable JSON: %1</source>
        <translation>Die Nutzlast ist kein verwendbares JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; nests deeper than %2 levels; no attestation does.</source>
        <translation>„%1“ ist tiefer als %2 Ebenen verschachtelt; so tief ist keine Attestierung.</translation>
    </message>
    <message>
        <source>a list (JSON array)</source>
        <translation>eine Liste (JSON-Array)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Choose the predicate file, a JSON object.</source>
        <translation>Wählen Sie die Prädikatdatei aus, ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; the predicate is a JSON file.</source>
        <translation>„%1“ ist ein Ordner; das Prädikat ist eine JSON-Datei.</translation>
    </message>
    <message>
        <source>The predicate file cannot be read: %1</source>
        <translation>Die Prädikatdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The predicate file is larger than 16 MiB.</source>
        <translation>Die Prädikatdatei ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>The predicate file is not valid JSON. It must hold one JSON object: { … }.</source>
        <translation>Die Prädikatdatei ist kein gültiges JSON. Sie muss genau ein JSON-Objekt enthalten: { … }.</translation>
    </message>
    <message>
        <source>The predicate file holds %1, not a JSON object. The predicate must be an object: { … }.</source>
        <translation>Die Prädikatdatei enthält %1, kein JSON-Objekt. Das Prädikat muss ein Objekt sein: { … }.</translation>
    </message>
</context>
<context>
    <name>hallmark::Bundle</name>
    <message>
        <source>&quot;verificationMaterial&quot; must hold exactly one of publicKey, x509CertificateChain or certificate; it holds %1.</source>
        <translation>„verificationMaterial“ muss genau eines von publicKey, x509CertificateChain oder certificate enthalten; es enthält %1.</translation>
    </message>
    <message>
        <source>The certificate chain in the bundle is empty.</source>
        <translation>Die Zertifikatskette im Bundle ist leer.</translation>
    </message>
    <message>
        <source>The bundle holds more than 32 log entries.</source>
        <translation>Das Bundle enthält mehr als 32 Log-Einträge.</translation>
    </message>
    <message>
        <source>The bundle holds more than 32 timestamps.</source>
        <translation>Das Bundle enthält mehr als 32 Zeitstempel.</translation>
    </message>
    <message>
        <source>The signed payload is empty.</source>
        <translation>Die signierten Nutzdaten sind leer.</translation>
    </message>
    <message>
        <source>The envelope holds no signature.</source>
        <translation>Der Umschlag enthält keine Signatur.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Das Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <source>Unsupported bundle media type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Bundle-Medientyp „%1“.</translation>
    </message>
    <message>
        <source>signature bundle</source>
        <translation>Das Signatur-Bundle</translation>
    </message>
    <message>
        <source>The bundle must hold exactly one of dsseEnvelope or messageSignature.</source>
        <translation>Das Bundle muss genau eines von dsseEnvelope oder messageSignature enthalten.</translation>
    </message>
    <message>
        <source>signed statement</source>
        <translation>Die signierte Aussage</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be %2.</source>
        <translation>Das Feld „%1“ sollte %2 sein.</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1.%2&quot;.</source>
        <translation>Unbekanntes Feld „%1.%2“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not valid base64.</source>
        <translation>Das Feld „%1“ ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>cosign bundle</source>
        <translation>Das cosign-Bundle</translation>
    </message>
    <message>
        <source>The field &quot;cosignBundle.cert&quot; holds a damaged certificate.</source>
        <translation>Das Feld „cosignBundle.cert“ enthält ein beschädigtes Zertifikat.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a log entry.</source>
        <translation>Das Feld „%1“ ist kein Log-Eintrag.</translation>
    </message>
    <message>
        <source>The %1 is nested too deeply.</source>
        <translation>%1 ist zu tief verschachtelt.</translation>
    </message>
</context>
<context>
    <name>hallmark::Cli</name>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Mit --help aufrufen, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>Hash a model and print its OMS manifest</source>
        <translation>Ein Modell hashen und sein OMS-Manifest ausgeben</translation>
    </message>
    <message>
        <source>Usage: hallmark-cli COMMAND [OPTIONS] [--] ARGS</source>
        <translation>Aufruf: hallmark-cli BEFEHL [OPTIONEN] [--] ARGUMENTE</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Sign a model with a local key</source>
        <translation>Ein Modell mit einem lokalen Schlüssel signieren</translation>
    </message>
    <message>
        <source>Check a model against its signature</source>
        <translation>Ein Modell anhand seiner Signatur prüfen</translation>
    </message>
    <message>
        <source>Create a new encrypted signing key pair</source>
        <translation>Ein neues, verschlüsseltes Signaturschlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>OMS conformance adapter: sign</source>
        <translation>OMS-Konformitätsadapter: signieren</translation>
    </message>
    <message>
        <source>OMS conformance adapter: verify</source>
        <translation>OMS-Konformitätsadapter: prüfen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Hash a model (folder, file or archive) and print its OMS manifest.</source>
        <translation>Ein Modell (Ordner, Datei oder Archiv) hashen und sein OMS-Manifest ausgeben.</translation>
    </message>
    <message>
        <source>The model folder, file or archive.</source>
        <translation>Der Modellordner, die Modelldatei oder das Archiv.</translation>
    </message>
    <message>
        <source>files (default) or shards.</source>
        <translation>files (Standard) oder shards.</translation>
    </message>
    <message>
        <source>Shard size in bytes (default 1000000000).</source>
        <translation>Shard-Größe in Bytes (Standard 1000000000).</translation>
    </message>
    <message>
        <source>sha256 (default) or blake2b.</source>
        <translation>sha256 (Standard) oder blake2b.</translation>
    </message>
    <message>
        <source>Leave this path out (model-relative, or absolute inside the model). Repeatable.</source>
        <translation>Diesen Pfad auslassen (relativ zum Modell oder absolut innerhalb des Modells). Wiederholbar.</translation>
    </message>
    <message>
        <source>Follow symbolic links that stay inside the model.</source>
        <translation>Symbolischen Links folgen, die innerhalb des Modells bleiben.</translation>
    </message>
    <message>
        <source>Print the in-toto statement as JSON.</source>
        <translation>Die in-toto-Aussage als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give exactly one model path.</source>
        <translation>Geben Sie genau einen Modellpfad an.</translation>
    </message>
    <message>
        <source>Unknown serialization &quot;%1&quot;; use files or shards.</source>
        <translation>Unbekannte Serialisierung „%1“; verwenden Sie files oder shards.</translation>
    </message>
    <message>
        <source>The shard size must be a positive whole number of bytes.</source>
        <translation>Die Shard-Größe muss eine positive ganze Zahl von Bytes sein.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm &quot;%1&quot;; use sha256 or blake2b.</source>
        <translation>Unbekannter Hash-Algorithmus „%1“; verwenden Sie sha256 oder blake2b.</translation>
    </message>
    <message>
        <source>Cannot hash &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gehasht werden: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Model: %1 (%2 files, %3)</source>
        <translation>Modell: %1 (%2 Dateien, %3)</translation>
    </message>
    <message>
        <source>ignored  %1  (rule &quot;%2&quot;, %3)</source>
        <translation>ausgelassen  %1  (Regel „%2“, %3)</translation>
    </message>
    <message>
        <source>Manifest digest (sha256): %1</source>
        <translation>Manifest-Digest (sha256): %1</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>The private key is encrypted; give its passphrase with --password-file or run in a terminal.</source>
        <translation>Der private Schlüssel ist verschlüsselt; geben Sie seine Passphrase mit --password-file an oder starten Sie das Programm in einem Terminal.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed %1 files of &quot;%2&quot; with %3.</source>
        <translation>%1 Dateien von „%2“ mit %3 signiert.</translation>
    </message>
    <message>
        <source>Signature written to %1</source>
        <translation>Signatur geschrieben nach %1</translation>
    </message>
    <message>
        <source>Sign a model folder or file with a local EC private key.</source>
        <translation>Einen Modellordner oder eine Modelldatei mit einem lokalen privaten EC-Schlüssel signieren.</translation>
    </message>
    <message>
        <source>The model folder or file.</source>
        <translation>Der Modellordner oder die Modelldatei.</translation>
    </message>
    <message>
        <source>PEM private key (EC P-256/384/521).</source>
        <translation>Privater PEM-Schlüssel (EC P-256/384/521).</translation>
    </message>
    <message>
        <source>File holding the key&apos;s passphrase.</source>
        <translation>Datei mit der Passphrase des Schlüssels.</translation>
    </message>
    <message>
        <source>PEM certificate of the signing key.</source>
        <translation>PEM-Zertifikat des Signaturschlüssels.</translation>
    </message>
    <message>
        <source>PEM certificates of the issuers. Repeatable.</source>
        <translation>PEM-Zertifikate der Aussteller. Wiederholbar.</translation>
    </message>
    <message>
        <source>Leave this path out. Repeatable.</source>
        <translation>Diesen Pfad auslassen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Where to write the signature (default: model.sig inside the model folder).</source>
        <translation>Wohin die Signatur geschrieben wird (Standard: model.sig im Modellordner).</translation>
    </message>
    <message>
        <source>Replace an existing signature file.</source>
        <translation>Eine vorhandene Signaturdatei ersetzen.</translation>
    </message>
    <message>
        <source>--cert-chain needs --signing-cert.</source>
        <translation>--cert-chain erfordert --signing-cert.</translation>
    </message>
    <message>
        <source>OMS conformance adapter: sign a model.</source>
        <translation>OMS-Konformitätsadapter: ein Modell signieren.</translation>
    </message>
    <message>
        <source>key or certificate.</source>
        <translation>key oder certificate.</translation>
    </message>
    <message>
        <source>The model.</source>
        <translation>Das Modell.</translation>
    </message>
    <message>
        <source>Where to write the bundle.</source>
        <translation>Wohin das Bundle geschrieben wird.</translation>
    </message>
    <message>
        <source>PEM private key.</source>
        <translation>Privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>PEM signing certificate.</source>
        <translation>PEM-Signaturzertifikat.</translation>
    </message>
    <message>
        <source>Chain certificates. Repeatable.</source>
        <translation>Zertifikate der Kette. Wiederholbar.</translation>
    </message>
    <message>
        <source>Absolute path to leave out. Repeatable.</source>
        <translation>Auszulassender absoluter Pfad. Wiederholbar.</translation>
    </message>
    <message>
        <source>--method must be key or certificate.</source>
        <translation>--method muss key oder certificate sein.</translation>
    </message>
    <message>
        <source>--model-path and --output-bundle are required.</source>
        <translation>--model-path und --output-bundle sind erforderlich.</translation>
    </message>
    <message>
        <source>The certificate method needs --signing-cert.</source>
        <translation>Die Methode certificate erfordert --signing-cert.</translation>
    </message>
    <message>
        <source>Create a new EC key pair; the private key is encrypted with a passphrase.</source>
        <translation>Ein neues EC-Schlüsselpaar erzeugen; der private Schlüssel wird mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Where to write the encrypted private key.</source>
        <translation>Wohin der verschlüsselte private Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>Where to write the public key.</source>
        <translation>Wohin der öffentliche Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>p256, p384 (default) or p521.</source>
        <translation>p256, p384 (Standard) oder p521.</translation>
    </message>
    <message>
        <source>File holding the new passphrase.</source>
        <translation>Datei mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>Give --private-key and --public-key.</source>
        <translation>Geben Sie --private-key und --public-key an.</translation>
    </message>
    <message>
        <source>Unknown curve &quot;%1&quot;; use p256, p384 or p521.</source>
        <translation>Unbekannte Kurve „%1“; verwenden Sie p256, p384 oder p521.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed; give one with --password-file or type it in a terminal.</source>
        <translation>Eine leere Passphrase ist nicht erlaubt; geben Sie eine mit --password-file an oder tippen Sie sie in einem Terminal ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged (use --force to replace it).</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert (mit --force ersetzen).</translation>
    </message>
    <message>
        <source>New %1 key; fingerprint (SHA-256 of the public key): %2</source>
        <translation>Neuer %1-Schlüssel; Fingerabdruck (SHA-256 des öffentlichen Schlüssels): %2</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 missing, %4 moved, %5 unreadable, %6 ignored, %7 unchanged</source>
        <translation>%1 verändert, %2 hinzugefügt, %3 fehlend, %4 verschoben, %5 unlesbar, %6 ausgelassen, %7 unverändert</translation>
    </message>
    <message>
        <source>What can be done: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>Signing key: %1, SHA-256 fingerprint %2</source>
        <translation>Signaturschlüssel: %1, SHA-256-Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Certificate: %1 (issued by %2), SHA-256 %3</source>
        <translation>Zertifikat: %1 (ausgestellt von %2), SHA-256 %3</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source> (signed as %1)</source>
        <translation> (signiert als %1)</translation>
    </message>
    <message>
        <source>Check a model against its signature.</source>
        <translation>Ein Modell anhand seiner Signatur prüfen.</translation>
    </message>
    <message>
        <source>The signature file (default: model.sig in the model).</source>
        <translation>Die Signaturdatei (Standard: model.sig im Modell).</translation>
    </message>
    <message>
        <source>Verify with this PEM public key.</source>
        <translation>Mit diesem öffentlichen PEM-Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>Trust anchor certificates (PEM). Repeatable.</source>
        <translation>Vertrauensanker-Zertifikate (PEM). Wiederholbar.</translation>
    </message>
    <message>
        <source>Check certificate validity at its notBefore time, as the reference tool does, instead of now.</source>
        <translation>Die Gültigkeit des Zertifikats wie das Referenzwerkzeug zum notBefore-Zeitpunkt prüfen statt zum aktuellen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Check only the files the signature names.</source>
        <translation>Nur die Dateien prüfen, die die Signatur nennt.</translation>
    </message>
    <message>
        <source>Fail when any file was left out of the check.</source>
        <translation>Fehlschlagen, wenn eine Datei bei der Prüfung ausgelassen wurde.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>OMS conformance adapter: verify a model.</source>
        <translation>OMS-Konformitätsadapter: ein Modell prüfen.</translation>
    </message>
    <message>
        <source>key, certificate or sigstore.</source>
        <translation>key, certificate oder sigstore.</translation>
    </message>
    <message>
        <source>The signature bundle.</source>
        <translation>Das Signatur-Bundle.</translation>
    </message>
    <message>
        <source>PEM public key.</source>
        <translation>Öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Trust anchors. Repeatable.</source>
        <translation>Vertrauensanker. Wiederholbar.</translation>
    </message>
    <message>
        <source>Check only signed files.</source>
        <translation>Nur signierte Dateien prüfen.</translation>
    </message>
    <message>
        <source>--method must be key, certificate or sigstore.</source>
        <translation>--method muss key, certificate oder sigstore sein.</translation>
    </message>
    <message>
        <source>The key method needs --public-key.</source>
        <translation>Die Methode key erfordert --public-key.</translation>
    </message>
    <message>
        <source>Verify a Sigstore bundle for any file, offline</source>
        <translation>Ein Sigstore-Bundle für eine beliebige Datei offline prüfen</translation>
    </message>
    <message>
        <source>List PKCS#11 tokens, keys and certificates</source>
        <translation>PKCS#11-Token, Schlüssel und Zertifikate auflisten</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader for token &quot;%1&quot; (slot &quot;%2&quot;).</source>
        <translation>Geben Sie die PIN am Lesegerät für das Token „%1“ (Slot „%2“) ein.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Die PIN ist falsch.</translation>
    </message>
    <message>
        <source>Warning: this is the last PIN attempt before the token locks.</source>
        <translation>Warnung: Dies ist der letzte PIN-Versuch, bevor das Token gesperrt wird.</translation>
    </message>
    <message>
        <source>Warning: few PIN attempts remain on this token.</source>
        <translation>Warnung: Für dieses Token bleiben nur noch wenige PIN-Versuche.</translation>
    </message>
    <message>
        <source>PIN for token &quot;%1&quot; (slot &quot;%2&quot;): </source>
        <translation>PIN für das Token „%1“ (Slot „%2“): </translation>
    </message>
    <message>
        <source>List PKCS#11 modules, slots, tokens, keys and certificates. Private keys that a token hides until login are not shown.</source>
        <translation>PKCS#11-Module, Slots, Token, Schlüssel und Zertifikate auflisten. Private Schlüssel, die ein Token bis zur Anmeldung verbirgt, werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Use this module instead of the registered ones.</source>
        <translation>Dieses Modul statt der registrierten verwenden.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>&quot;pkcs11 list&quot; takes no arguments.</source>
        <translation>„pkcs11 list“ nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Module %1 (%2): %3, %4 %5</source>
        <translation>Modul %1 (%2): %3, %4 %5</translation>
    </message>
    <message>
        <source>  Slot %1: %2</source>
        <translation>  Slot %1: %2</translation>
    </message>
    <message>
        <source>user PIN not set</source>
        <translation>Benutzer-PIN nicht gesetzt</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>PIN-Pad</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>last PIN try</source>
        <translation>letzter PIN-Versuch</translation>
    </message>
    <message>
        <source>PIN count low</source>
        <translation>wenige PIN-Versuche übrig</translation>
    </message>
    <message>
        <source>    Token &quot;%1&quot;: %2 %3, serial %4%5</source>
        <translation>    Token „%1“: %2 %3, Seriennummer %4%5</translation>
    </message>
    <message>
        <source>      (no objects visible without login)</source>
        <translation>      (ohne Anmeldung keine Objekte sichtbar)</translation>
    </message>
    <message>
        <source>Skipped module %1</source>
        <translation>Modul %1 übersprungen</translation>
    </message>
    <message>
        <source>Give the PIN with pin-value or pin-source in the URI, or run in a terminal.</source>
        <translation>Geben Sie die PIN mit pin-value oder pin-source in der URI an oder starten Sie das Programm in einem Terminal.</translation>
    </message>
    <message>
        <source>Usage: hallmark-cli pkcs11 list [--module PATH] [--json]</source>
        <translation>Aufruf: hallmark-cli pkcs11 list [--module PFAD] [--json]</translation>
    </message>
    <message>
        <source>Give either --private-key or --pkcs11-uri, not both.</source>
        <translation>Geben Sie entweder --private-key oder --pkcs11-uri an, nicht beides.</translation>
    </message>
    <message>
        <source>The token holds no certificate for this key; give one with --signing-cert.</source>
        <translation>Das Token enthält kein Zertifikat für diesen Schlüssel; geben Sie eines mit --signing-cert an.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Eine temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Give the private key with --private-key or a token key with --pkcs11-uri.</source>
        <translation>Geben Sie den privaten Schlüssel mit --private-key oder einen Token-Schlüssel mit --pkcs11-uri an.</translation>
    </message>
    <message>
        <source>Sign with a key on a PKCS#11 token (pkcs11: URI).</source>
        <translation>Mit einem Schlüssel auf einem PKCS#11-Token signieren (pkcs11:-URI).</translation>
    </message>
    <message>
        <source>With --pkcs11-uri: sign with the certificate the token holds for the key.</source>
        <translation>Mit --pkcs11-uri: mit dem Zertifikat signieren, das das Token für den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Token key (pkcs11: URI) instead of --private-key.</source>
        <translation>Token-Schlüssel (pkcs11:-URI) statt --private-key.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>UNSUPPORTED</source>
        <translation>NICHT UNTERSTÜTZT</translation>
    </message>
    <message>
        <source>Log entry %1 in %2 (tree index %3 of %4): promise %5, proof %6, checkpoint %7, body %8%9</source>
        <translation>Log-Eintrag %1 in %2 (Baumindex %3 von %4): Zusage %5, Beweis %6, Checkpoint %7, Inhalt %8%9</translation>
    </message>
    <message>
        <source>; unverified witnesses: %1</source>
        <translation>; unbestätigte Zeugen: %1</translation>
    </message>
    <message>
        <source>Time %1 from %2: %3</source>
        <translation>Zeit %1 von %2: %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Verified: signed by %1 (issuer %2).</source>
        <translation>Geprüft: signiert von %1 (Aussteller %2).</translation>
    </message>
    <message>
        <source>Verified: signed with the given key.</source>
        <translation>Geprüft: mit dem angegebenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Cannot verify here: %1</source>
        <translation>Hier nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Cannot read the artifact &quot;%1&quot;: %2</source>
        <translation>Das Artefakt „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Verify a Sigstore bundle offline (sigstore-conformance client protocol).</source>
        <translation>Ein Sigstore-Bundle offline prüfen (Client-Protokoll von sigstore-conformance).</translation>
    </message>
    <message>
        <source>The signed file, or sha256:&lt;hex&gt;.</source>
        <translation>Die signierte Datei oder sha256:&lt;hex&gt;.</translation>
    </message>
    <message>
        <source>The Sigstore bundle (or legacy cosign bundle).</source>
        <translation>Das Sigstore-Bundle (oder ein altes cosign-Bundle).</translation>
    </message>
    <message>
        <source>The signer&apos;s identity (SAN), exactly.</source>
        <translation>Die Identität des Unterzeichners (SAN), exakt.</translation>
    </message>
    <message>
        <source>The signer&apos;s identity as a regular expression matching all of it.</source>
        <translation>Die Identität des Unterzeichners als regulärer Ausdruck, der sie vollständig trifft.</translation>
    </message>
    <message>
        <source>The OIDC issuer, exactly.</source>
        <translation>Der OIDC-Aussteller, exakt.</translation>
    </message>
    <message>
        <source>The OIDC issuer as a regular expression matching all of it.</source>
        <translation>Der OIDC-Aussteller als regulärer Ausdruck, der ihn vollständig trifft.</translation>
    </message>
    <message>
        <source>Verify with this PEM public key instead of an identity.</source>
        <translation>Mit diesem öffentlichen PEM-Schlüssel statt einer Identität prüfen.</translation>
    </message>
    <message>
        <source>trusted_root.json or ClientTrustConfig (default: Sigstore public-good).</source>
        <translation>trusted_root.json oder ClientTrustConfig (Standard: Sigstore Public-Good).</translation>
    </message>
    <message>
        <source>Give --bundle and exactly one artifact (a path or sha256:&lt;hex&gt;).</source>
        <translation>Geben Sie --bundle und genau ein Artefakt an (einen Pfad oder sha256:&lt;hex&gt;).</translation>
    </message>
    <message>
        <source>Give either --key, or --certificate-identity and --certificate-oidc-issuer.</source>
        <translation>Geben Sie entweder --key oder --certificate-identity und --certificate-oidc-issuer an.</translation>
    </message>
    <message>
        <source>Cannot read the bundle &quot;%1&quot;: %2</source>
        <translation>Das Bundle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not verified: the bundle cannot be read: %1</source>
        <translation>Nicht bestätigt: Das Bundle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Verify a Sigstore signature made by this identity (certificate SAN).</source>
        <translation>Eine Sigstore-Signatur dieser Identität prüfen (Zertifikats-SAN).</translation>
    </message>
    <message>
        <source>The OIDC issuer that vouched for --identity.</source>
        <translation>Der OIDC-Aussteller, der für --identity bürgt.</translation>
    </message>
    <message>
        <source>Sigstore trusted_root.json or ClientTrustConfig (default: Sigstore public-good).</source>
        <translation>Sigstore-trusted_root.json oder ClientTrustConfig (Standard: Sigstore Public-Good).</translation>
    </message>
    <message>
        <source>Give one of --public-key, --cert-chain or --identity.</source>
        <translation>Geben Sie eines von --public-key, --cert-chain oder --identity an.</translation>
    </message>
    <message>
        <source>--identity and --identity-provider go together.</source>
        <translation>--identity und --identity-provider gehören zusammen.</translation>
    </message>
    <message>
        <source>Sigstore: the signer&apos;s identity.</source>
        <translation>Sigstore: die Identität des Unterzeichners.</translation>
    </message>
    <message>
        <source>Sigstore: the OIDC issuer.</source>
        <translation>Sigstore: der OIDC-Aussteller.</translation>
    </message>
    <message>
        <source>Sigstore: trusted root or ClientTrustConfig.</source>
        <translation>Sigstore: vertrauenswürdige Wurzel oder ClientTrustConfig.</translation>
    </message>
    <message>
        <source>Sigstore: trust the staging instance.</source>
        <translation>Sigstore: der Staging-Instanz vertrauen.</translation>
    </message>
    <message>
        <source>Hallmark ships only the production trusted root; give the staging root with --trusted-root.</source>
        <translation>Hallmark liefert nur die vertrauenswürdige Wurzel der Produktion mit; geben Sie die Staging-Wurzel mit --trusted-root an.</translation>
    </message>
    <message>
        <source>Sign an in-toto statement about a model: its subject is the model&apos;s manifest digest, its predicate the JSON file you give. Written as a Sigstore bundle.</source>
        <translation>Eine in-toto-Aussage über ein Modell signieren: Ihr Subjekt ist der Manifest-Digest des Modells, ihr Prädikat die angegebene JSON-Datei. Wird als Sigstore-Bundle geschrieben.</translation>
    </message>
    <message>
        <source>JSON file holding the predicate (an object).</source>
        <translation>JSON-Datei mit dem Prädikat (einem Objekt).</translation>
    </message>
    <message>
        <source>The predicate type URI.</source>
        <translation>Die URI des Prädikattyps.</translation>
    </message>
    <message>
        <source>Where to write the attestation bundle.</source>
        <translation>Wohin das Attestierungs-Bundle geschrieben wird.</translation>
    </message>
    <message>
        <source>Leave this path out of the model. Repeatable.</source>
        <translation>Diesen Pfad aus dem Modell auslassen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>--predicate, --predicate-type and -o are required.</source>
        <translation>--predicate, --predicate-type und -o sind erforderlich.</translation>
    </message>
    <message>
        <source>Give either --private-key or --pkcs11-uri.</source>
        <translation>Geben Sie entweder --private-key oder --pkcs11-uri an.</translation>
    </message>
    <message>
        <source>Attesting failed: %1</source>
        <translation>Attestieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Attested &quot;%1&quot; with %2.</source>
        <translation>„%1“ mit %2 attestiert.</translation>
    </message>
    <message>
        <source>Subject: %1 sha256:%2</source>
        <translation>Subjekt: %1 sha256:%2</translation>
    </message>
    <message>
        <source>Predicate type: %1</source>
        <translation>Prädikattyp: %1</translation>
    </message>
    <message>
        <source>Attestation written to %1</source>
        <translation>Attestierung geschrieben nach %1</translation>
    </message>
    <message>
        <source>The attestation &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Attestierung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Attestation %1, line %2 (%3)</source>
        <translation>Attestierung %1, Zeile %2 (%3)</translation>
    </message>
    <message>
        <source>Attestation %1 (%2)</source>
        <translation>Attestierung %1 (%2)</translation>
    </message>
    <message>
        <source>  Signature: %1 — %2</source>
        <translation>  Signatur: %1 — %2</translation>
    </message>
    <message>
        <source>  Signer: %1</source>
        <translation>  Unterzeichner: %1</translation>
    </message>
    <message>
        <source>  Statement: unreadable — %1</source>
        <translation>  Aussage: unlesbar — %1</translation>
    </message>
    <message>
        <source>  Statement: %1</source>
        <translation>  Aussage: %1</translation>
    </message>
    <message>
        <source>  Predicate type: %1</source>
        <translation>  Prädikattyp: %1</translation>
    </message>
    <message>
        <source>  Subject %1 %2</source>
        <translation>  Subjekt %1 %2</translation>
    </message>
    <message>
        <source>  Subject %1 %2: %3 — %4</source>
        <translation>  Subjekt %1 %2: %3 — %4</translation>
    </message>
    <message>
        <source>  SLSA provenance %1</source>
        <translation>  SLSA-Provenienz %1</translation>
    </message>
    <message>
        <source>    Builder: %1</source>
        <translation>    Builder: %1</translation>
    </message>
    <message>
        <source>    Build type: %1</source>
        <translation>    Build-Typ: %1</translation>
    </message>
    <message>
        <source>    Invocation: %1</source>
        <translation>    Aufruf: %1</translation>
    </message>
    <message>
        <source>    Started %1, finished %2</source>
        <translation>    Begonnen %1, beendet %2</translation>
    </message>
    <message>
        <source>    External parameters: %1</source>
        <translation>    Externe Parameter: %1</translation>
    </message>
    <message>
        <source>    Material: %1 %2</source>
        <translation>    Material: %1 %2</translation>
    </message>
    <message>
        <source>    Problem: %1</source>
        <translation>    Problem: %1</translation>
    </message>
    <message>
        <source>  Model attestation (training / data / model / eval / reviewers)</source>
        <translation>  Modell-Attestierung (Training / Daten / Modell / Evaluierung / Prüfer)</translation>
    </message>
    <message>
        <source>    Metric %1 = %2%3</source>
        <translation>    Metrik %1 = %2%3</translation>
    </message>
    <message>
        <source> (not a number)</source>
        <translation> (keine Zahl)</translation>
    </message>
    <message>
        <source>    Reviewer %1 %2 %3 %4</source>
        <translation>    Prüfer %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>CANNOT EVALUATE</source>
        <translation>NICHT AUSWERTBAR</translation>
    </message>
    <message>
        <source>Condition %1: %2 — %3</source>
        <translation>Bedingung %1: %2 — %3</translation>
    </message>
    <message>
        <source>  %1 = %2%3</source>
        <translation>  %1 = %2%3</translation>
    </message>
    <message>
        <source> (read as %1)</source>
        <translation> (gelesen als %1)</translation>
    </message>
    <message>
        <source>Say what a bundle, envelope, statement or SBOM is and show its fields. Nothing is verified here.</source>
        <translation>Angeben, was ein Bundle, ein Umschlag, eine Aussage oder ein SBOM ist, und seine Felder zeigen. Hier wird nichts geprüft.</translation>
    </message>
    <message>
        <source>The file to inspect.</source>
        <translation>Die zu untersuchende Datei.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Geben Sie genau eine Datei an.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to inspect.</source>
        <translation>„%1“ ist zu groß zum Untersuchen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle, envelope, statement, layout or SBOM that Hallmark knows.</source>
        <translation>„%1“ ist kein Bundle, kein Umschlag, keine Aussage, kein Layout und kein SBOM, das Hallmark kennt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>  Envelope: %1, %n signature(s)</source>
        <translation>
            <numerusform>  Umschlag: %1, %n Signatur</numerusform>
            <numerusform>  Umschlag: %1, %n Signaturen</numerusform>
        </translation>
    </message>
    <message>
        <source>  Fields:</source>
        <translation>  Felder:</translation>
    </message>
    <message>
        <source>Check an SBOM, compare it with a model or another SBOM</source>
        <translation>Ein SBOM prüfen, mit einem Modell oder einem anderen SBOM vergleichen</translation>
    </message>
    <message>
        <source>Sign an in-toto attestation about a model</source>
        <translation>Eine in-toto-Attestierung über ein Modell signieren</translation>
    </message>
    <message>
        <source>Show what a bundle, envelope, statement or SBOM holds</source>
        <translation>Zeigen, was ein Bundle, ein Umschlag, eine Aussage oder ein SBOM enthält</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>nicht initialisiert</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>Lizenzen: %1</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Without a licence: %1</source>
        <translation>Ohne Lizenz: %1</translation>
    </message>
    <message>
        <source>note  %1  %2 components (--json lists them)</source>
        <translation>Hinweis  %1  %2 Komponenten (--json listet sie auf)</translation>
    </message>
    <message>
        <source>Read an SBOM (CycloneDX 1.4–1.7, SPDX 2.3, SPDX 3.0.1), check it, compare it with a model or another SBOM.</source>
        <translation>Ein SBOM (CycloneDX 1.4–1.7, SPDX 2.3, SPDX 3.0.1) lesen, prüfen und mit einem Modell oder einem anderen SBOM vergleichen.</translation>
    </message>
    <message>
        <source>The SBOM file.</source>
        <translation>Die SBOM-Datei.</translation>
    </message>
    <message>
        <source>Compare SBOM file and component hashes with this model.</source>
        <translation>Hashes der SBOM-Dateien und -Komponenten mit diesem Modell vergleichen.</translation>
    </message>
    <message>
        <source>List what changed from FILE to this SBOM.</source>
        <translation>Auflisten, was sich gegenüber der angegebenen Datei in diesem SBOM geändert hat.</translation>
    </message>
    <message>
        <source>Give exactly one SBOM file.</source>
        <translation>Geben Sie genau eine SBOM-Datei an.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 components, %4 relationships)</source>
        <translation>%1: %2 (%3 Komponenten, %4 Beziehungen)</translation>
    </message>
    <message>
        <source>Against %1: %2 match, %3 mismatch, %4 not comparable, %5 only in the SBOM, %6 only in the model</source>
        <translation>Abgleich mit %1: %2 übereinstimmend, %3 abweichend, %4 nicht vergleichbar, %5 nur im SBOM, %6 nur im Modell</translation>
    </message>
    <message>
        <source>Changes to %1: %2</source>
        <translation>Änderungen gegenüber %1: %2</translation>
    </message>
    <message>
        <source>Result: no errors</source>
        <translation>Ergebnis: keine Fehler</translation>
    </message>
    <message>
        <source>Result: errors found</source>
        <translation>Ergebnis: Fehler gefunden</translation>
    </message>
    <message>
        <source>Also check this attestation (bundle, DSSE envelope or JSON Lines). Repeatable.</source>
        <translation>Zusätzlich diese Attestierung prüfen (Bundle, DSSE-Umschlag oder JSON Lines). Wiederholbar.</translation>
    </message>
    <message>
        <source>PEM public key for the attestations (default: --public-key).</source>
        <translation>Öffentlicher PEM-Schlüssel für die Attestierungen (Standard: --public-key).</translation>
    </message>
    <message>
        <source>A condition the attestations must meet, e.g. &quot;predicate.eval.accuracy &gt;= 0.85&quot;. Repeatable.</source>
        <translation>Eine Bedingung, die die Attestierungen erfüllen müssen, z. B. &quot;predicate.eval.accuracy &gt;= 0.85&quot;. Wiederholbar.</translation>
    </message>
    <message>
        <source>--condition needs at least one --attestation.</source>
        <translation>--condition erfordert mindestens eine --attestation.</translation>
    </message>
    <message>
        <source>Trust anchor certificates (PEM) for the attestations (default: --cert-chain). Repeatable.</source>
        <translation>Vertrauensanker-Zertifikate (PEM) für die Attestierungen (Standard: --cert-chain). Wiederholbar.</translation>
    </message>
    <message>
        <source>Check Sigstore-signed attestations against this identity (certificate SAN; default: --identity).</source>
        <translation>Sigstore-signierte Attestierungen gegen diese Identität prüfen (Zertifikats-SAN; Standard: --identity).</translation>
    </message>
    <message>
        <source>The OIDC issuer that vouched for --attestation-identity (default: --identity-provider).</source>
        <translation>Der OIDC-Aussteller, der für --attestation-identity bürgt (Standard: --identity-provider).</translation>
    </message>
    <message>
        <source>Sigstore trusted_root.json or ClientTrustConfig for the attestations (default: --trusted-root, else Sigstore public-good).</source>
        <translation>Sigstore-trusted_root.json oder ClientTrustConfig für die Attestierungen (Standard: --trusted-root, sonst Sigstore Public-Good).</translation>
    </message>
    <message>
        <source>--%1 needs at least one --attestation.</source>
        <translation>--%1 erfordert mindestens eine --attestation.</translation>
    </message>
    <message>
        <source>--attestation-identity and --attestation-identity-provider go together.</source>
        <translation>--attestation-identity und --attestation-identity-provider gehören zusammen.</translation>
    </message>
    <message>
        <source>Cannot use the predicate &quot;%1&quot;: %2</source>
        <translation>Das Prädikat „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>hallmark::Crypto</name>
    <message>
        <source>The certificate is not valid DER.</source>
        <translation>Das Zertifikat ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>This file holds a public key, not a certificate.</source>
        <translation>Diese Datei enthält einen öffentlichen Schlüssel, kein Zertifikat.</translation>
    </message>
    <message>
        <source>No PEM certificate (&quot;BEGIN CERTIFICATE&quot;) was found.</source>
        <translation>Es wurde kein PEM-Zertifikat („BEGIN CERTIFICATE“) gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &quot;%1&quot;: %2</source>
        <translation>Die Zertifikatsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>The signing certificate is not allowed to sign (it has neither the digitalSignature key usage nor the codeSigning extended key usage).</source>
        <translation>Das Signaturzertifikat darf nicht signieren (es hat weder die Schlüsselverwendung digitalSignature noch die erweiterte Schlüsselverwendung codeSigning).</translation>
    </message>
    <message>
        <source>A certificate in the chain had expired at the time checked.</source>
        <translation>Ein Zertifikat der Kette war zum geprüften Zeitpunkt abgelaufen.</translation>
    </message>
    <message>
        <source>A certificate in the chain was not yet valid at the time checked.</source>
        <translation>Ein Zertifikat der Kette war zum geprüften Zeitpunkt noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate does not lead to any of the trust anchors you gave.</source>
        <translation>Das Zertifikat führt zu keinem der angegebenen Vertrauensanker.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed for this use.</source>
        <translation>Ein Zertifikat der Kette ist für diesen Zweck nicht zugelassen.</translation>
    </message>
    <message>
        <source>The certificate chain is not valid.</source>
        <translation>Die Zertifikatskette ist nicht gültig.</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
    <message>
        <source>This file holds a certificate, not a public key.</source>
        <translation>Diese Datei enthält ein Zertifikat, keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>This file holds a private key; give the public key instead.</source>
        <translation>Diese Datei enthält einen privaten Schlüssel; geben Sie stattdessen den öffentlichen Schlüssel an.</translation>
    </message>
    <message>
        <source>No PEM public key (&quot;BEGIN PUBLIC KEY&quot;) was found.</source>
        <translation>Es wurde kein öffentlicher PEM-Schlüssel („BEGIN PUBLIC KEY“) gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the public key &quot;%1&quot;: %2</source>
        <translation>Der öffentliche Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The private key is encrypted; a passphrase is needed.</source>
        <translation>Der private Schlüssel ist verschlüsselt; eine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key is damaged.</source>
        <translation>Die Passphrase ist falsch, oder der Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>No PEM private key was found.</source>
        <translation>Es wurde kein privater PEM-Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>Only elliptic-curve keys (P-256, P-384, P-521) can make model signatures; this is a %1 key.</source>
        <translation>Nur Schlüssel auf elliptischen Kurven (P-256, P-384, P-521) können Modellsignaturen erstellen; dies ist ein %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The curve of this key (%1) is not supported; use P-256, P-384 or P-521.</source>
        <translation>Die Kurve dieses Schlüssels (%1) wird nicht unterstützt; verwenden Sie P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>Generating the key failed.</source>
        <translation>Das Erzeugen des Schlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A passphrase is required to protect the new private key.</source>
        <translation>Zum Schutz des neuen privaten Schlüssels wird eine Passphrase benötigt.</translation>
    </message>
    <message>
        <source>Encrypting the private key failed.</source>
        <translation>Das Verschlüsseln des privaten Schlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This key cannot sign.</source>
        <translation>Mit diesem Schlüssel kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Das Signieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The token returned a malformed ECDSA signature.</source>
        <translation>Das Token hat eine fehlerhafte ECDSA-Signatur geliefert.</translation>
    </message>
    <message>
        <source>Converting the ECDSA signature failed.</source>
        <translation>Das Umwandeln der ECDSA-Signatur ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hallmark::Files</name>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged. Choose another name or allow overwriting (--force).</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben (--force).</translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;: %2</source>
        <translation>In „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged.</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>hallmark::Format</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>hallmark::Hashing</name>
    <message>
        <source>The archive changed while it was read.</source>
        <translation>Das Archiv hat sich beim Lesen verändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The archive reader reported a problem with this entry: %1</source>
        <translation>Der Archivleser hat ein Problem mit diesem Eintrag gemeldet: %1</translation>
    </message>
    <message>
        <source>The entry&apos;s data blocks overlap.</source>
        <translation>Die Datenblöcke des Eintrags überlappen sich.</translation>
    </message>
    <message>
        <source>The entry holds %1 bytes but its header declares %2.</source>
        <translation>Der Eintrag enthält %1 Bytes, sein Kopf gibt aber %2 an.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file was replaced or changed after the model was listed.</source>
        <translation>Die Datei wurde ersetzt oder verändert, nachdem das Modell aufgelistet wurde.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Das Lesen der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file became shorter while it was read.</source>
        <translation>Die Datei ist beim Lesen kürzer geworden.</translation>
    </message>
    <message>
        <source>The file changed while it was read.</source>
        <translation>Die Datei hat sich beim Lesen verändert.</translation>
    </message>
    <message>
        <source>The shard size must be a positive number of bytes.</source>
        <translation>Die Shard-Größe muss eine positive Anzahl Bytes sein.</translation>
    </message>
</context>
<context>
    <name>hallmark::Json</name>
    <message>
        <source>The JSON nests deeper than %1 levels.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The text is not valid JSON.</source>
        <translation>Der Text ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>hallmark::Keys</name>
    <message>
        <source>Cannot read the private key &quot;%1&quot;: %2</source>
        <translation>Der private Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>key file %1 (%2)</source>
        <translation>Schlüsseldatei %1 (%2)</translation>
    </message>
</context>
<context>
    <name>hallmark::Manifest</name>
    <message>
        <source>The model cannot be described by a manifest: %1</source>
        <translation>Das Modell kann nicht durch ein Manifest beschrieben werden: %1</translation>
    </message>
    <message>
        <source>Some files could not be read: %1</source>
        <translation>Einige Dateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hashing did not finish.</source>
        <translation>Das Hashen wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>not readable as a plain file</source>
        <translation>nicht als gewöhnliche Datei lesbar</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;, %2</source>
        <translation>Regel „%1“, %2</translation>
    </message>
    <message>
        <source>The signed manifest is malformed: %1</source>
        <translation>Das signierte Manifest ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2-byte hex digest.</source>
        <translation>„%1“ ist kein hexadezimaler Digest mit %2 Bytes.</translation>
    </message>
    <message>
        <source>&quot;predicate.serialization&quot; is missing.</source>
        <translation>„predicate.serialization“ fehlt.</translation>
    </message>
    <message>
        <source>unknown serialization method &quot;%1&quot;.</source>
        <translation>unbekannte Serialisierungsmethode „%1“.</translation>
    </message>
    <message>
        <source>hash type &quot;%1&quot; is not supported.</source>
        <translation>der Hash-Typ „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>&quot;serialization.allow_symlinks&quot; is missing.</source>
        <translation>„serialization.allow_symlinks“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;serialization.shard_size&quot; must be a positive whole number.</source>
        <translation>„serialization.shard_size“ muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;serialization.ignore_paths&quot; must be a list.</source>
        <translation>„serialization.ignore_paths“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;serialization.ignore_paths&quot; must hold text.</source>
        <translation>„serialization.ignore_paths“ muss Text enthalten.</translation>
    </message>
    <message>
        <source>expected exactly one subject, found %1.</source>
        <translation>genau ein Subjekt erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>the predicate is missing.</source>
        <translation>das Prädikat fehlt.</translation>
    </message>
    <message>
        <source>&quot;predicate.resources&quot; is missing.</source>
        <translation>„predicate.resources“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name, an algorithm and a digest.</source>
        <translation>„%1“ braucht einen Namen, einen Algorithmus und einen Digest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses %2 but the manifest says %3.</source>
        <translation>„%1“ verwendet %2, das Manifest gibt aber %3 an.</translation>
    </message>
    <message>
        <source>The manifest is inconsistent: its digest is %1, but the files it lists hash to %2.</source>
        <translation>Das Manifest ist widersprüchlich: sein Digest ist %1, die aufgeführten Dateien ergeben aber %2.</translation>
    </message>
    <message>
        <source>Expected an in-toto v1 statement, got &quot;%1&quot;.</source>
        <translation>Eine in-toto-v1-Aussage wurde erwartet, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>This signature uses the early model-signing format &quot;%1&quot;, which Hallmark recognises but cannot verify.</source>
        <translation>Diese Signatur verwendet das frühe Model-Signing-Format „%1“, das Hallmark erkennt, aber nicht prüfen kann.</translation>
    </message>
    <message>
        <source>Predicate type mismatch: expected %1, got &quot;%2&quot;.</source>
        <translation>Falscher Prädikattyp: %1 erwartet, „%2“ erhalten.</translation>
    </message>
</context>
<context>
    <name>hallmark::Pkcs11</name>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Die PIN ist falsch.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong attempts; unlock it with the security officer PIN or PUK.</source>
        <translation>Die PIN des Tokens ist nach zu vielen Fehlversuchen gesperrt; entsperren Sie sie mit der Security-Officer-PIN oder der PUK.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN has expired; set a new one first.</source>
        <translation>Die PIN des Tokens ist abgelaufen; legen Sie zuerst eine neue fest.</translation>
    </message>
    <message>
        <source>The PIN has the wrong length or characters for this token.</source>
        <translation>Die PIN hat für dieses Token die falsche Länge oder falsche Zeichen.</translation>
    </message>
    <message>
        <source>The token has no user PIN yet; initialise the user PIN before signing.</source>
        <translation>Das Token hat noch keine Benutzer-PIN; initialisieren Sie die Benutzer-PIN vor dem Signieren.</translation>
    </message>
    <message>
        <source>The token needs a login before it can sign.</source>
        <translation>Das Token erfordert eine Anmeldung, bevor es signieren kann.</translation>
    </message>
    <message>
        <source>The operation was cancelled on the token.</source>
        <translation>Der Vorgang wurde auf dem Token abgebrochen.</translation>
    </message>
    <message>
        <source>The token cannot sign with this kind of key or mechanism.</source>
        <translation>Das Token kann mit dieser Art von Schlüssel oder Mechanismus nicht signieren.</translation>
    </message>
    <message>
        <source>The token does not allow this key to sign.</source>
        <translation>Das Token erlaubt diesem Schlüssel nicht zu signieren.</translation>
    </message>
    <message>
        <source>The signature was refused on the token.</source>
        <translation>Die Signatur wurde vom Token verweigert.</translation>
    </message>
    <message>
        <source>The token ran out of memory.</source>
        <translation>Dem Token ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>The token was removed or stopped responding; insert it and try again.</source>
        <translation>Das Token wurde entfernt oder antwortet nicht mehr; stecken Sie es ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token reported an error: %1.</source>
        <translation>Das Token hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>Searching the token failed.</source>
        <translation>Das Durchsuchen des Tokens ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reading the slot failed.</source>
        <translation>Das Lesen des Slots ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>EdDSA (not Ed25519)</source>
        <translation>EdDSA (nicht Ed25519)</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; does not exist.</source>
        <translation>Das PKCS#11-Modul „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be loaded as a PKCS#11 module.</source>
        <translation>„%1“ konnte nicht als PKCS#11-Modul geladen werden.</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; failed to start: %2</source>
        <translation>Das PKCS#11-Modul „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The registered PKCS#11 modules could not be loaded.</source>
        <translation>Die registrierten PKCS#11-Module konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Listing the slots failed.</source>
        <translation>Das Auflisten der Slots ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no token in slot &quot;%1&quot;.</source>
        <translation>In Slot „%1“ steckt kein Token.</translation>
    </message>
    <message>
        <source>Opening token &quot;%1&quot; failed.</source>
        <translation>Das Öffnen des Tokens „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the token failed.</source>
        <translation>Das Lesen des Tokens ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Logging in to token &quot;%1&quot; failed:</source>
        <translation>Die Anmeldung am Token „%1“ ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>No PIN was given for token &quot;%1&quot;.</source>
        <translation>Für das Token „%1“ wurde keine PIN angegeben.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; holds no private key.</source>
        <translation>Das Token „%1“ enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; holds no private key %2.</source>
        <translation>Das Token „%1“ enthält keinen privaten Schlüssel %2.</translation>
    </message>
    <message>
        <source>Several private keys on token &quot;%1&quot; match; name one with object= and id= in the URI.</source>
        <translation>Mehrere private Schlüssel auf dem Token „%1“ passen; benennen Sie einen mit object= und id= in der URI.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is of a type Hallmark cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>Der Schlüssel „%1“ hat einen Typ, mit dem Hallmark nicht signieren kann (verwenden Sie EC, RSA oder Ed25519).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is an EdDSA key on a curve other than Ed25519.</source>
        <translation>Der Schlüssel „%1“ ist ein EdDSA-Schlüssel auf einer anderen Kurve als Ed25519.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; on token &quot;%2&quot; is not allowed to sign.</source>
        <translation>Der Schlüssel „%1“ auf dem Token „%2“ darf nicht signieren.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; has no public key or certificate for key &quot;%2&quot;; Hallmark needs one to build the signature.</source>
        <translation>Das Token „%1“ hat keinen öffentlichen Schlüssel und kein Zertifikat zum Schlüssel „%2“; Hallmark braucht eines davon, um die Signatur zu bilden.</translation>
    </message>
    <message>
        <source>Hashing the message failed.</source>
        <translation>Das Hashen der Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; on token &quot;%2&quot; (%3)</source>
        <translation>Schlüssel „%1“ auf Token „%2“ (%3)</translation>
    </message>
    <message>
        <source>This key type cannot sign.</source>
        <translation>Mit diesem Schlüsseltyp kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>Signing with %1 failed:</source>
        <translation>Das Signieren mit %1 ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The token announced a signature of %1 bytes.</source>
        <translation>Das Token hat eine Signatur von %1 Bytes angekündigt.</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match the public key found for key &quot;%1&quot;; the public key or certificate object belongs to another key.</source>
        <translation>Die Signatur des Tokens passt nicht zum gefundenen öffentlichen Schlüssel für „%1“; das Objekt mit dem öffentlichen Schlüssel oder Zertifikat gehört zu einem anderen Schlüssel.</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>Bezeichnung „%1“</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>any token</source>
        <translation>beliebiges Token</translation>
    </message>
    <message>
        <source>No token matches the URI (%1). Check that it is inserted and that the label is right.</source>
        <translation>Kein Token passt zur URI (%1). Prüfen Sie, ob es eingesteckt ist und die Bezeichnung stimmt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The PIN file of the URI could not be read: %1</source>
        <translation>Die PIN-Datei der URI konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No PIN was given for token &quot;%1&quot;; signing was cancelled.</source>
        <translation>Für das Token „%1“ wurde keine PIN angegeben; das Signieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A PKCS#11 URI starts with &quot;pkcs11:&quot;.</source>
        <translation>Eine PKCS#11-URI beginnt mit „pkcs11:“.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI uses &quot;%1&quot;, which Hallmark does not support. Use token, manufacturer, model, serial, slot-id, object, id and type, and in the query pin-value, pin-source, module-path or module-name.</source>
        <translation>Die PKCS#11-URI verwendet „%1“, was Hallmark nicht unterstützt. Verwenden Sie token, manufacturer, model, serial, slot-id, object, id und type sowie in der Abfrage pin-value, pin-source, module-path oder module-name.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI is not valid.</source>
        <translation>Die PKCS#11-URI ist ungültig.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI has an attribute or value Hallmark does not recognise (such as an unknown type).</source>
        <translation>Die PKCS#11-URI hat ein Attribut oder einen Wert, den Hallmark nicht kennt (etwa einen unbekannten Typ).</translation>
    </message>
    <message>
        <source>pin-source must name a file by absolute path (file:/path/to/pin).</source>
        <translation>pin-source muss eine Datei mit absolutem Pfad nennen (file:/pfad/zur/pin).</translation>
    </message>
    <message>
        <source>The PKCS#11 URI gives both pin-value and pin-source; give one.</source>
        <translation>Die PKCS#11-URI gibt sowohl pin-value als auch pin-source an; geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI gives both module-path and module-name; give one.</source>
        <translation>Die PKCS#11-URI gibt sowohl module-path als auch module-name an; geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI must name a key (type=private, public or cert).</source>
        <translation>Die PKCS#11-URI muss einen Schlüssel nennen (type=private, public oder cert).</translation>
    </message>
    <message>
        <source>module-name must be a plain file name, such as &quot;opensc-pkcs11&quot;.</source>
        <translation>module-name muss ein einfacher Dateiname sein, etwa „opensc-pkcs11“.</translation>
    </message>
    <message>
        <source>No PKCS#11 module named &quot;%1&quot; was found in %2.</source>
        <translation>In %2 wurde kein PKCS#11-Modul namens „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The token is not recognised by its module, or it is blank.</source>
        <translation>Das Token wird von seinem Modul nicht erkannt, oder es ist leer.</translation>
    </message>
    <message>
        <source>The key is no longer on the token; the token was removed or changed.</source>
        <translation>Der Schlüssel ist nicht mehr auf dem Token; das Token wurde entfernt oder gewechselt.</translation>
    </message>
    <message>
        <source>The token in slot &quot;%1&quot; is blank (not initialised).</source>
        <translation>Das Token in Slot „%1“ ist leer (nicht initialisiert).</translation>
    </message>
</context>
<context>
    <name>hallmark::Sbom</name>
    <message>
        <source>CycloneDX %1 is not a version Hallmark knows (1.4–1.7); read as the nearest.</source>
        <translation>CycloneDX %1 ist keine Version, die Hallmark kennt (1.4–1.7); es wird wie die nächstliegende gelesen.</translation>
    </message>
    <message>
        <source>CycloneDX 1.4 requires &quot;version&quot;.</source>
        <translation>CycloneDX 1.4 verlangt „version“.</translation>
    </message>
    <message>
        <source>The serial number &quot;%1&quot; is not a urn:uuid.</source>
        <translation>Die Seriennummer „%1“ ist keine urn:uuid.</translation>
    </message>
    <message>
        <source>&quot;components&quot; is not an array.</source>
        <translation>„components“ ist kein Array.</translation>
    </message>
    <message>
        <source>A bom-ref must be a non-empty string.</source>
        <translation>Eine bom-ref muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>A component is not an object.</source>
        <translation>Eine Komponente ist kein Objekt.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; has no type.</source>
        <translation>Die Komponente „%1“ hat keinen Typ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component type in CycloneDX 1.%2.</source>
        <translation>„%1“ ist kein Komponententyp in CycloneDX 1.%2.</translation>
    </message>
    <message>
        <source>A component has no name.</source>
        <translation>Eine Komponente hat keinen Namen.</translation>
    </message>
    <message>
        <source>A service is not an object.</source>
        <translation>Ein Dienst ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hash algorithm in CycloneDX 1.%2.</source>
        <translation>„%1“ ist kein Hash-Algorithmus in CycloneDX 1.%2.</translation>
    </message>
    <message>
        <source>The %1 hash &quot;%2&quot; is not 32, 40, 64, 96 or 128 hex digits.</source>
        <translation>Der %1-Hash „%2“ hat nicht 32, 40, 64, 96 oder 128 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>&quot;licenses&quot; is not an array.</source>
        <translation>„licenses“ ist kein Array.</translation>
    </message>
    <message>
        <source>A licence item holds both &quot;license&quot; and &quot;expression&quot;.</source>
        <translation>Ein Lizenzeintrag enthält sowohl „license“ als auch „expression“.</translation>
    </message>
    <message>
        <source>A licence item holds neither &quot;license&quot; nor &quot;expression&quot;.</source>
        <translation>Ein Lizenzeintrag enthält weder „license“ noch „expression“.</translation>
    </message>
    <message>
        <source>A licence has both &quot;id&quot; and &quot;name&quot;.</source>
        <translation>Eine Lizenz hat sowohl „id“ als auch „name“.</translation>
    </message>
    <message>
        <source>A licence has neither &quot;id&quot; nor &quot;name&quot;.</source>
        <translation>Eine Lizenz hat weder „id“ noch „name“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPDX licence id; SPDX ids are case-sensitive (&quot;%2&quot;).</source>
        <translation>„%1“ ist keine SPDX-Lizenz-ID; bei SPDX-IDs wird Groß- und Kleinschreibung unterschieden („%2“).</translation>
    </message>
    <message>
        <source>CycloneDX 1.%1 allows either licences or exactly one expression, not a mix.</source>
        <translation>CycloneDX 1.%1 erlaubt entweder Lizenzen oder genau einen Ausdruck, keine Mischung.</translation>
    </message>
    <message>
        <source>A dependency has no &quot;ref&quot;.</source>
        <translation>Eine Abhängigkeit hat kein „ref“.</translation>
    </message>
    <message>
        <source>A dependency &quot;ref&quot; must be a non-empty string.</source>
        <translation>Ein „ref“ einer Abhängigkeit muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once in dependencies.</source>
        <translation>„%1“ ist in den Abhängigkeiten mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>The dependency &quot;%1&quot; names no component or service.</source>
        <translation>Die Abhängigkeit „%1“ bezeichnet keine Komponente und keinen Dienst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2 of &quot;%3&quot;.</source>
        <translation>„%1“ kommt in %2 von „%3“ zweimal vor.</translation>
    </message>
    <message>
        <source>Dependency cycle: &quot;%1&quot; depends on &quot;%2&quot;, which already leads back to it.</source>
        <translation>Abhängigkeitszyklus: „%1“ hängt von „%2“ ab, das bereits wieder zu ihm zurückführt.</translation>
    </message>
    <message>
        <source>%1 more dependency cycles.</source>
        <translation>%1 weitere Abhängigkeitszyklen.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; names more than one element.</source>
        <translation>Die Referenz „%1“ bezeichnet mehr als ein Element.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used in a %2 relationship but names nothing in the document.</source>
        <translation>„%1“ wird in einer %2-Beziehung verwendet, bezeichnet aber nichts im Dokument.</translation>
    </message>
    <message>
        <source>The %1 hash of &quot;%2&quot; has %3 characters; %1 has %4 hex digits.</source>
        <translation>Der %1-Hash von „%2“ hat %3 Zeichen; %1 hat %4 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; states no licence.</source>
        <translation>Das Modell „%1“ gibt keine Lizenz an.</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; states no licence.</source>
        <translation>Der Datensatz „%1“ gibt keine Lizenz an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no licence.</source>
        <translation>„%1“ gibt keine Lizenz an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package URL (pkg:type/name).</source>
        <translation>„%1“ ist keine Paket-URL (pkg:type/name).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The file nests deeper than %1 levels.</source>
        <translation>Die Datei ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 Zeichen)</translation>
    </message>
    <message>
        <source>This is not a CycloneDX, SPDX 2 or SPDX 3 document.</source>
        <translation>Dies ist kein CycloneDX-, SPDX-2- oder SPDX-3-Dokument.</translation>
    </message>
    <message>
        <source>Cannot open the file.</source>
        <translation>Die Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>SPDX %1 is read as SPDX 2.3.</source>
        <translation>SPDX %1 wird als SPDX 2.3 gelesen.</translation>
    </message>
    <message>
        <source>The document has no &quot;%1&quot;.</source>
        <translation>Das Dokument hat kein „%1“.</translation>
    </message>
    <message>
        <source>The document has no documentNamespace, which SPDX 2.3 requires.</source>
        <translation>Das Dokument hat keinen documentNamespace, den SPDX 2.3 verlangt.</translation>
    </message>
    <message>
        <source>An element is not an object.</source>
        <translation>Ein Element ist kein Objekt.</translation>
    </message>
    <message>
        <source>An element has no SPDXID.</source>
        <translation>Ein Element hat keine SPDXID.</translation>
    </message>
    <message>
        <source>PACKAGE_MANAGER is SPDX 2.2 spelling; SPDX 2.3 requires PACKAGE-MANAGER.</source>
        <translation>PACKAGE_MANAGER ist die Schreibweise von SPDX 2.2; SPDX 2.3 verlangt PACKAGE-MANAGER.</translation>
    </message>
    <message>
        <source>A relationship lacks spdxElementId, relatedSpdxElement or relationshipType.</source>
        <translation>Einer Beziehung fehlt spdxElementId, relatedSpdxElement oder relationshipType.</translation>
    </message>
    <message>
        <source>&quot;@graph&quot; is not an array.</source>
        <translation>„@graph“ ist kein Array.</translation>
    </message>
    <message>
        <source>An element has no type.</source>
        <translation>Ein Element hat keinen Typ.</translation>
    </message>
    <message>
        <source>The element &quot;%1&quot; appears twice, identically.</source>
        <translation>Das Element „%1“ kommt zweimal identisch vor.</translation>
    </message>
    <message>
        <source>A %1 element has no spdxId.</source>
        <translation>Ein %1-Element hat keine spdxId.</translation>
    </message>
    <message>
        <source>A relationship lacks from, to or relationshipType.</source>
        <translation>Einer Beziehung fehlt from, to oder relationshipType.</translation>
    </message>
    <message>
        <source>A relationship has an empty &quot;to&quot;.</source>
        <translation>Eine Beziehung hat ein leeres „to“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property CycloneDX 1.%2 allows at the top level.</source>
        <translation>„%1“ ist keine Eigenschaft, die CycloneDX 1.%2 auf oberster Ebene erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property CycloneDX 1.%2 allows in %3.</source>
        <translation>„%1“ ist keine Eigenschaft, die CycloneDX 1.%2 in %3 erlaubt.</translation>
    </message>
    <message>
        <source>A bom-ref must be a string.</source>
        <translation>Ein bom-ref muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPDX 2.3 checksum algorithm.</source>
        <translation>„%1“ ist kein Prüfsummenalgorithmus von SPDX 2.3.</translation>
    </message>
    <message>
        <source>The licence expression is empty.</source>
        <translation>Der Lizenzausdruck ist leer.</translation>
    </message>
    <message>
        <source>The licence expression closes a parenthesis it never opened.</source>
        <translation>Der Lizenzausdruck schließt eine Klammer, die nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>The licence expression has &quot;%1&quot; where AND, OR or the end was expected.</source>
        <translation>Der Lizenzausdruck enthält „%1“, wo AND, OR oder das Ende erwartet wurde.</translation>
    </message>
    <message>
        <source>The licence expression ends where a licence was expected.</source>
        <translation>Der Lizenzausdruck endet, wo eine Lizenz erwartet wurde.</translation>
    </message>
    <message>
        <source>The licence expression nests parentheses more than %1 deep.</source>
        <translation>Der Lizenzausdruck verschachtelt Klammern tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>The licence expression leaves a parenthesis open.</source>
        <translation>Der Lizenzausdruck lässt eine Klammer offen.</translation>
    </message>
    <message>
        <source>The licence expression has &quot;%1&quot; where &quot;)&quot; was expected.</source>
        <translation>Der Lizenzausdruck enthält „%1“, wo „)“ erwartet wurde.</translation>
    </message>
    <message>
        <source>The licence expression has &quot;%1&quot; where a licence was expected.</source>
        <translation>Der Lizenzausdruck enthält „%1“, wo eine Lizenz erwartet wurde.</translation>
    </message>
    <message>
        <source>%1 stands only alone, not inside a licence expression.</source>
        <translation>%1 darf nur allein stehen, nicht innerhalb eines Lizenzausdrucks.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence id, LicenseRef- or DocumentRef-…:LicenseRef- reference.</source>
        <translation>„%1“ ist weder eine Lizenz-ID noch eine Referenz der Form LicenseRef- oder DocumentRef-…:LicenseRef-.</translation>
    </message>
    <message>
        <source>WITH must be followed by an exception id or AdditionRef-, not &quot;%1&quot;.</source>
        <translation>Auf WITH muss eine Ausnahme-ID oder AdditionRef- folgen, nicht „%1“.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; must be written %2: licence expression operators are case-sensitive.</source>
        <translation>Der Operator „%1“ muss %2 geschrieben werden: Bei Operatoren in Lizenzausdrücken wird Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>The licence of &quot;%1&quot; (&quot;%2&quot;) is not a valid SPDX licence expression: %3</source>
        <translation>Die Lizenz von „%1“ („%2“) ist kein gültiger SPDX-Lizenzausdruck: %3</translation>
    </message>
</context>
<context>
    <name>hallmark::Secrets</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a passphrase file.</source>
        <translation>„%1“ ist zu groß für eine Passphrase-Datei.</translation>
    </message>
</context>
<context>
    <name>hallmark::Sign</name>
    <message>
        <source>The public key in the certificate &quot;%1&quot; does not match the signing key.</source>
        <translation>Der öffentliche Schlüssel im Zertifikat „%1“ passt nicht zum Signaturschlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged. Choose another name or allow overwriting (--force).</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben (--force).</translation>
    </message>
    <message>
        <source>Archives cannot be signed as models; unpack it and sign the folder.</source>
        <translation>Archive können nicht als Modelle signiert werden; entpacken Sie das Archiv und signieren Sie den Ordner.</translation>
    </message>
    <message>
        <source>The model holds no files to sign.</source>
        <translation>Das Modell enthält keine Dateien, die signiert werden könnten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hallmark::Sigstore</name>
    <message>
        <source>The checkpoint is malformed: it has no signature block.</source>
        <translation>Der Checkpoint ist fehlerhaft: Er hat keinen Signaturblock.</translation>
    </message>
    <message>
        <source>The checkpoint is not valid UTF-8.</source>
        <translation>Der Checkpoint ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The checkpoint contains control characters.</source>
        <translation>Der Checkpoint enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The checkpoint is malformed: its signature block must end with a newline.</source>
        <translation>Der Checkpoint ist fehlerhaft: Sein Signaturblock muss mit einem Zeilenumbruch enden.</translation>
    </message>
    <message>
        <source>The checkpoint carries too many signatures.</source>
        <translation>Der Checkpoint trägt zu viele Signaturen.</translation>
    </message>
    <message>
        <source>The checkpoint is malformed: a signature line does not start with &quot;—&quot;.</source>
        <translation>Der Checkpoint ist fehlerhaft: Eine Signaturzeile beginnt nicht mit „—“.</translation>
    </message>
    <message>
        <source>The checkpoint is malformed: a signature line has no key name.</source>
        <translation>Der Checkpoint ist fehlerhaft: Eine Signaturzeile hat keinen Schlüsselnamen.</translation>
    </message>
    <message>
        <source>The checkpoint is malformed: a key name contains &quot;+&quot;.</source>
        <translation>Der Checkpoint ist fehlerhaft: Ein Schlüsselname enthält „+“.</translation>
    </message>
    <message>
        <source>The checkpoint is malformed: a signature is not valid base64.</source>
        <translation>Der Checkpoint ist fehlerhaft: Eine Signatur ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The checkpoint text must end with a newline.</source>
        <translation>Der Text des Checkpoints muss mit einem Zeilenumbruch enden.</translation>
    </message>
    <message>
        <source>The checkpoint needs an origin, a tree size and a root hash.</source>
        <translation>Der Checkpoint braucht einen Ursprung, eine Baumgröße und einen Wurzel-Hash.</translation>
    </message>
    <message>
        <source>The checkpoint has no origin.</source>
        <translation>Der Checkpoint hat keinen Ursprung.</translation>
    </message>
    <message>
        <source>The checkpoint tree size &quot;%1&quot; is not a number.</source>
        <translation>Die Baumgröße „%1“ des Checkpoints ist keine Zahl.</translation>
    </message>
    <message>
        <source>The checkpoint root hash is not a base64 SHA-256 hash.</source>
        <translation>Der Wurzel-Hash des Checkpoints ist kein Base64-kodierter SHA-256-Hash.</translation>
    </message>
    <message>
        <source>The checkpoint signature from the log key &quot;%1&quot; does not verify.</source>
        <translation>Die Checkpoint-Signatur des Log-Schlüssels „%1“ lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The checkpoint carries no signature from the log (expected key ID %1).</source>
        <translation>Der Checkpoint trägt keine Signatur des Logs (erwartete Schlüssel-ID %1).</translation>
    </message>
    <message>
        <source>The checkpoint origin &quot;%1&quot; is not the log&apos;s name &quot;%2&quot;.</source>
        <translation>Der Ursprung „%1“ des Checkpoints ist nicht der Name des Logs „%2“.</translation>
    </message>
    <message>
        <source>The certificate names two different issuers: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Das Zertifikat nennt zwei verschiedene Aussteller: „%1“ und „%2“.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>Das Muster „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>The signing certificate names no identity.</source>
        <translation>Das Signaturzertifikat nennt keine Identität.</translation>
    </message>
    <message>
        <source>The certificate was issued to &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Das Zertifikat wurde für „%1“ ausgestellt, nicht für „%2“.</translation>
    </message>
    <message>
        <source>The identity was vouched for by &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Für die Identität hat „%1“ gebürgt, nicht „%2“.</translation>
    </message>
    <message>
        <source>The certificate&apos;s %1 is &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 des Zertifikats ist „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>Signed entry timestamps are only accepted from ECDSA log keys.</source>
        <translation>Signierte Eintragszeitstempel werden nur von ECDSA-Log-Schlüsseln akzeptiert.</translation>
    </message>
    <message>
        <source>The log&apos;s signed entry timestamp does not verify.</source>
        <translation>Der signierte Eintragszeitstempel des Logs lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The integrated time %1 is outside the log key&apos;s validity.</source>
        <translation>Die Aufnahmezeit %1 liegt außerhalb der Gültigkeit des Log-Schlüssels.</translation>
    </message>
    <message>
        <source>Only whole numbers can be canonicalised.</source>
        <translation>Nur ganze Zahlen können kanonisiert werden.</translation>
    </message>
    <message>
        <source>The entry index %1 is not inside a tree of size %2.</source>
        <translation>Der Eintragsindex %1 liegt nicht in einem Baum der Größe %2.</translation>
    </message>
    <message>
        <source>The leaf hash is not 32 bytes long.</source>
        <translation>Der Blatt-Hash ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>The inclusion proof has %1 hashes; a tree of size %2 needs %3 for index %4.</source>
        <translation>Der Inklusionsbeweis hat %1 Hashes; ein Baum der Größe %2 braucht %3 für Index %4.</translation>
    </message>
    <message>
        <source>A hash in the inclusion proof is not 32 bytes long.</source>
        <translation>Ein Hash im Inklusionsbeweis ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>The inclusion proof leads to root %1, but the log&apos;s root is %2.</source>
        <translation>Der Inklusionsbeweis führt zur Wurzel %1, die Wurzel des Logs ist aber %2.</translation>
    </message>
    <message>
        <source>The log entry does not match the bundle: %1</source>
        <translation>Der Log-Eintrag passt nicht zum Bundle: %1</translation>
    </message>
    <message>
        <source>the logged certificate is not the bundle&apos;s signing certificate.</source>
        <translation>das protokollierte Zertifikat ist nicht das Signaturzertifikat des Bundles.</translation>
    </message>
    <message>
        <source>the logged public key is not the verification key.</source>
        <translation>der protokollierte öffentliche Schlüssel ist nicht der Prüfschlüssel.</translation>
    </message>
    <message>
        <source>The log entry&apos;s body is not a JSON object.</source>
        <translation>Der Inhalt des Log-Eintrags ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the logged payload hash is not the hash of the envelope&apos;s payload.</source>
        <translation>der protokollierte Nutzdaten-Hash ist nicht der Hash der Nutzdaten des Umschlags.</translation>
    </message>
    <message>
        <source>Unsupported log entry type %1 %2.</source>
        <translation>Nicht unterstützter Log-Eintragstyp %1 %2.</translation>
    </message>
    <message>
        <source>The log entry&apos;s body is a %1 %2, but the bundle says %3 %4.</source>
        <translation>Der Inhalt des Log-Eintrags ist %1 %2, das Bundle gibt aber %3 %4 an.</translation>
    </message>
    <message>
        <source>the body has no spec.</source>
        <translation>der Inhalt hat keine spec.</translation>
    </message>
    <message>
        <source>a hashedrekord entry cannot log a DSSE envelope.</source>
        <translation>ein hashedrekord-Eintrag kann keinen DSSE-Umschlag protokollieren.</translation>
    </message>
    <message>
        <source>the logged signature is not the bundle&apos;s signature.</source>
        <translation>die protokollierte Signatur ist nicht die Signatur des Bundles.</translation>
    </message>
    <message>
        <source>the logged digest is not the bundle&apos;s message digest.</source>
        <translation>der protokollierte Digest ist nicht der Nachrichten-Digest des Bundles.</translation>
    </message>
    <message>
        <source>a %1 entry cannot log a message signature.</source>
        <translation>ein %1-Eintrag kann keine Nachrichtensignatur protokollieren.</translation>
    </message>
    <message>
        <source>the log and the envelope hold different numbers of signatures.</source>
        <translation>Log und Umschlag enthalten unterschiedlich viele Signaturen.</translation>
    </message>
    <message>
        <source>the logged signature is not the envelope&apos;s signature.</source>
        <translation>die protokollierte Signatur ist nicht die Signatur des Umschlags.</translation>
    </message>
    <message>
        <source>the logged payload type is not the envelope&apos;s.</source>
        <translation>der protokollierte Nutzdatentyp ist nicht der des Umschlags.</translation>
    </message>
    <message>
        <source>The signing key type %1 cannot be logged in Rekor v2.</source>
        <translation>Der Signaturschlüsseltyp %1 kann nicht in Rekor v2 protokolliert werden.</translation>
    </message>
    <message>
        <source>There is no key to rebuild the log entry with.</source>
        <translation>Es gibt keinen Schlüssel, mit dem der Log-Eintrag nachgebildet werden kann.</translation>
    </message>
    <message>
        <source>A DSSE envelope must hold exactly one signature.</source>
        <translation>Ein DSSE-Umschlag muss genau eine Signatur enthalten.</translation>
    </message>
    <message>
        <source>The timestamp does not verify against &quot;%1&quot;.</source>
        <translation>Der Zeitstempel lässt sich gegen „%1“ nicht bestätigen.</translation>
    </message>
    <message>
        <source>The timestamp is not a DER TimeStampResp.</source>
        <translation>Der Zeitstempel ist keine DER-TimeStampResp.</translation>
    </message>
    <message>
        <source>The timestamp authority did not grant the request (status %1).</source>
        <translation>Die Zeitstempelstelle hat die Anfrage nicht bewilligt (Status %1).</translation>
    </message>
    <message>
        <source>The timestamp holds no token.</source>
        <translation>Der Zeitstempel enthält kein Token.</translation>
    </message>
    <message>
        <source>The timestamp uses a weak or unknown hash (%1).</source>
        <translation>Der Zeitstempel verwendet einen schwachen oder unbekannten Hash (%1).</translation>
    </message>
    <message>
        <source>The timestamp&apos;s time cannot be read.</source>
        <translation>Die Zeit des Zeitstempels kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The timestamp was signed by a CA certificate, not a timestamping leaf.</source>
        <translation>Der Zeitstempel wurde von einem CA-Zertifikat signiert, nicht von einem Zeitstempel-Endzertifikat.</translation>
    </message>
    <message>
        <source>The trusted root lists no timestamp authority.</source>
        <translation>Die vertrauenswürdige Wurzel nennt keine Zeitstempelstelle.</translation>
    </message>
    <message>
        <source>No trusted timestamp authority was valid at %1.</source>
        <translation>Keine vertrauenswürdige Zeitstempelstelle war am %1 gültig.</translation>
    </message>
    <message>
        <source>The certificate cannot be copied.</source>
        <translation>Das Zertifikat kann nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The certificate cannot be re-encoded.</source>
        <translation>Das Zertifikat kann nicht neu kodiert werden.</translation>
    </message>
    <message>
        <source>SCT from unknown log %1.</source>
        <translation>SCT von unbekanntem Log %1.</translation>
    </message>
    <message>
        <source>SCT from %1 is dated outside the log key&apos;s validity.</source>
        <translation>Das SCT von %1 ist außerhalb der Gültigkeit des Log-Schlüssels datiert.</translation>
    </message>
    <message>
        <source>SCT from %1 cannot be checked.</source>
        <translation>Das SCT von %1 kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>SCT from %1 has an invalid signature.</source>
        <translation>Das SCT von %1 hat eine ungültige Signatur.</translation>
    </message>
    <message>
        <source>Signatures by %1 keys are not supported.</source>
        <translation>Signaturen mit %1-Schlüsseln werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The DSSE envelope must hold exactly one signature; it holds %1.</source>
        <translation>Der DSSE-Umschlag muss genau eine Signatur enthalten; er enthält %1.</translation>
    </message>
    <message>
        <source>The envelope signature verifies with the %1 key.</source>
        <translation>Die Signatur des Umschlags lässt sich mit dem %1-Schlüssel bestätigen.</translation>
    </message>
    <message>
        <source>The envelope signature does not verify with the signing key.</source>
        <translation>Die Signatur des Umschlags lässt sich mit dem Signaturschlüssel nicht bestätigen.</translation>
    </message>
    <message>
        <source>Ed25519ph message signatures need OpenSSL 3.2 or later; this signature could not be checked.</source>
        <translation>Ed25519ph-Nachrichtensignaturen erfordern OpenSSL 3.2 oder neuer; diese Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signature over the artifact verifies with the %1 key.</source>
        <translation>Die Signatur über das Artefakt lässt sich mit dem %1-Schlüssel bestätigen.</translation>
    </message>
    <message>
        <source>The signature does not verify over the artifact with the signing key.</source>
        <translation>Die Signatur über das Artefakt lässt sich mit dem Signaturschlüssel nicht bestätigen.</translation>
    </message>
    <message>
        <source>There is neither an artifact nor a SHA-256 digest to check the signature over.</source>
        <translation>Es gibt weder ein Artefakt noch einen SHA-256-Digest, über den die Signatur geprüft werden kann.</translation>
    </message>
    <message>
        <source>This key type needs the artifact itself, not its SHA-256 digest.</source>
        <translation>Dieser Schlüsseltyp braucht das Artefakt selbst, nicht seinen SHA-256-Digest.</translation>
    </message>
    <message>
        <source>The signature over the artifact&apos;s digest verifies with the %1 key.</source>
        <translation>Die Signatur über den Digest des Artefakts lässt sich mit dem %1-Schlüssel bestätigen.</translation>
    </message>
    <message>
        <source>The signature does not verify over the artifact&apos;s digest with the signing key.</source>
        <translation>Die Signatur über den Digest des Artefakts lässt sich mit dem Signaturschlüssel nicht bestätigen.</translation>
    </message>
    <message>
        <source>No artifact was given to compare.</source>
        <translation>Es wurde kein Artefakt zum Vergleichen angegeben.</translation>
    </message>
    <message>
        <source>The bundle records no digest; the signature covers the artifact.</source>
        <translation>Das Bundle hält keinen Digest fest; die Signatur deckt das Artefakt ab.</translation>
    </message>
    <message>
        <source>Unsupported message digest algorithm &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Digest-Algorithmus „%1“.</translation>
    </message>
    <message>
        <source>The bundle records a %1 digest, but only a SHA-256 digest was given.</source>
        <translation>Das Bundle hält einen %1-Digest fest, angegeben wurde aber nur ein SHA-256-Digest.</translation>
    </message>
    <message>
        <source>The artifact&apos;s digest %1 is not the signed digest %2.</source>
        <translation>Der Digest %1 des Artefakts ist nicht der signierte Digest %2.</translation>
    </message>
    <message>
        <source>The artifact&apos;s digest equals the signed digest.</source>
        <translation>Der Digest des Artefakts entspricht dem signierten Digest.</translation>
    </message>
    <message>
        <source>The envelope&apos;s payload type is &quot;%1&quot;, not an in-toto statement.</source>
        <translation>Der Nutzdatentyp des Umschlags ist „%1“, keine in-toto-Aussage.</translation>
    </message>
    <message>
        <source>The statement names too many subjects.</source>
        <translation>Die Aussage nennt zu viele Subjekte.</translation>
    </message>
    <message>
        <source>The artifact is the statement&apos;s subject &quot;%1&quot;.</source>
        <translation>Das Artefakt ist das Subjekt „%1“ der Aussage.</translation>
    </message>
    <message>
        <source>The artifact is none of the statement&apos;s subjects.</source>
        <translation>Das Artefakt ist keines der Subjekte der Aussage.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is negative.</source>
        <translation>Das Feld „%1“ ist negativ.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not an RFC 3339 time.</source>
        <translation>Das Feld „%1“ ist keine Zeitangabe nach RFC 3339.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be SHA2_256; it is &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ muss SHA2_256 sein; es ist „%2“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Das Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The key in &quot;%1&quot; cannot be read: %2</source>
        <translation>Der Schlüssel in „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Zertifikat „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unsupported trusted root media type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Medientyp der vertrauenswürdigen Wurzel „%1“.</translation>
    </message>
    <message>
        <source>The public key is not a DER SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel ist keine DER-SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>trusted root</source>
        <translation>Die vertrauenswürdige Wurzel</translation>
    </message>
    <message>
        <source>Unsupported client trust configuration media type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Medientyp der Client-Vertrauenskonfiguration „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the trusted root &quot;%1&quot;: %2</source>
        <translation>Die vertrauenswürdige Wurzel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The trusted root &quot;%1&quot; is not usable: %2</source>
        <translation>Die vertrauenswürdige Wurzel „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Sigstore public-good production (built in)</source>
        <translation>Sigstore Public-Good-Produktion (eingebaut)</translation>
    </message>
    <message>
        <source>Bundle structure</source>
        <translation>Aufbau des Bundles</translation>
    </message>
    <message>
        <source>Signing material</source>
        <translation>Signaturmaterial</translation>
    </message>
    <message>
        <source>Transparency log entries</source>
        <translation>Transparenz-Log-Einträge</translation>
    </message>
    <message>
        <source>Signed entry timestamp (SET)</source>
        <translation>Signierter Eintragszeitstempel (SET)</translation>
    </message>
    <message>
        <source>Merkle inclusion proof</source>
        <translation>Merkle-Inklusionsbeweis</translation>
    </message>
    <message>
        <source>Signed checkpoint</source>
        <translation>Signierter Checkpoint</translation>
    </message>
    <message>
        <source>Log entry matches the bundle</source>
        <translation>Log-Eintrag passt zum Bundle</translation>
    </message>
    <message>
        <source>Verified transparency logs</source>
        <translation>Bestätigte Transparenz-Logs</translation>
    </message>
    <message>
        <source>RFC 3161 timestamps</source>
        <translation>RFC-3161-Zeitstempel</translation>
    </message>
    <message>
        <source>Trusted signing time</source>
        <translation>Vertrauenswürdige Signaturzeit</translation>
    </message>
    <message>
        <source>Certificate chain at signing time</source>
        <translation>Zertifikatskette zur Signaturzeit</translation>
    </message>
    <message>
        <source>Certificate transparency (SCT)</source>
        <translation>Certificate Transparency (SCT)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Artifact matches</source>
        <translation>Artefakt stimmt überein</translation>
    </message>
    <message>
        <source>Signer identity</source>
        <translation>Identität des Unterzeichners</translation>
    </message>
    <message>
        <source>Not reached: an earlier check failed.</source>
        <translation>Nicht erreicht: Eine frühere Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The inclusion proof carries no checkpoint.</source>
        <translation>Der Inklusionsbeweis trägt keinen Checkpoint.</translation>
    </message>
    <message>
        <source>Signed by %1 for a tree of %2 entries.</source>
        <translation>Von %1 signiert für einen Baum mit %2 Einträgen.</translation>
    </message>
    <message>
        <source>The proof&apos;s root hash or tree size is not the one the checkpoint signs.</source>
        <translation>Wurzel-Hash oder Baumgröße des Beweises sind nicht die, die der Checkpoint signiert.</translation>
    </message>
    <message>
        <source>Entry %1 is in the tree of %2 entries.</source>
        <translation>Eintrag %1 ist im Baum mit %2 Einträgen enthalten.</translation>
    </message>
    <message>
        <source>Bundles v0.3 and later must not carry an x509CertificateChain.</source>
        <translation>Bundles ab v0.3 dürfen keine x509CertificateChain tragen.</translation>
    </message>
    <message>
        <source>The bundle holds no signature.</source>
        <translation>Das Bundle enthält keine Signatur.</translation>
    </message>
    <message>
        <source>A v0.1 bundle&apos;s log entry needs an inclusion promise (SET).</source>
        <translation>Der Log-Eintrag eines v0.1-Bundles braucht ein Inklusionsversprechen (SET).</translation>
    </message>
    <message>
        <source>The log entry has no inclusion proof, which bundles v0.2 and later require.</source>
        <translation>Der Log-Eintrag hat keinen Inklusionsbeweis, den Bundles ab v0.2 verlangen.</translation>
    </message>
    <message>
        <source>Media type %1, %2 log entries, %3 timestamps.</source>
        <translation>Medientyp %1, %2 Log-Einträge, %3 Zeitstempel.</translation>
    </message>
    <message>
        <source>The bundle&apos;s certificate chain is empty.</source>
        <translation>Die Zertifikatskette des Bundles ist leer.</translation>
    </message>
    <message>
        <source>The signing certificate cannot be read: %1</source>
        <translation>Das Signaturzertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The bundle was signed with a certificate, but a public key was given.</source>
        <translation>Das Bundle wurde mit einem Zertifikat signiert, angegeben wurde aber ein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>A certificate bundle needs an identity and an issuer to check.</source>
        <translation>Für ein Zertifikats-Bundle müssen eine Identität und ein Aussteller zum Prüfen angegeben werden.</translation>
    </message>
    <message>
        <source>Fulcio certificate for %1, valid %2 – %3.</source>
        <translation>Fulcio-Zertifikat für %1, gültig %2 – %3.</translation>
    </message>
    <message>
        <source>The bundle was signed with a key, but no public key was given.</source>
        <translation>Das Bundle wurde mit einem Schlüssel signiert, aber es wurde kein öffentlicher Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Public key %1 (%2).</source>
        <translation>Öffentlicher Schlüssel %1 (%2).</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s key cannot be used.</source>
        <translation>Der Schlüssel des Signaturzertifikats kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The bundle lists log entry %1 twice.</source>
        <translation>Das Bundle führt den Log-Eintrag %1 doppelt auf.</translation>
    </message>
    <message>
        <source>The entry is from a log the trusted root does not know.</source>
        <translation>Der Eintrag stammt aus einem Log, das die vertrauenswürdige Wurzel nicht kennt.</translation>
    </message>
    <message>
        <source>Entry %1 is from an unknown log %2; it does not count.</source>
        <translation>Eintrag %1 stammt aus dem unbekannten Log %2; er zählt nicht.</translation>
    </message>
    <message>
        <source>The log promised to include the entry at %1.</source>
        <translation>Das Log hat zugesagt, den Eintrag am %1 aufzunehmen.</translation>
    </message>
    <message>
        <source>Entry %1: %2 It does not count.</source>
        <translation>Eintrag %1: %2 Er zählt nicht.</translation>
    </message>
    <message>
        <source>Entry %1: verified by %2.</source>
        <translation>Eintrag %1: bestätigt durch %2.</translation>
    </message>
    <message>
        <source>Rekor v2 issues no signed entry timestamps.</source>
        <translation>Rekor v2 stellt keine signierten Eintragszeitstempel aus.</translation>
    </message>
    <message>
        <source>The entry carries no signed entry timestamp.</source>
        <translation>Der Eintrag trägt keinen signierten Eintragszeitstempel.</translation>
    </message>
    <message>
        <source>The entry is rebuilt from the bundle and proven below.</source>
        <translation>Der Eintrag wird aus dem Bundle nachgebildet und unten bewiesen.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Rekor v2 entries need an inclusion proof.</source>
        <translation>Rekor-v2-Einträge brauchen einen Inklusionsbeweis.</translation>
    </message>
    <message>
        <source>The logged signature, signer and digest are the bundle&apos;s.</source>
        <translation>Protokollierte Signatur, Unterzeichner und Digest sind die des Bundles.</translation>
    </message>
    <message>
        <source>Integrated time of entry %1, vouched for by the log&apos;s signed entry timestamp.</source>
        <translation>Aufnahmezeit von Eintrag %1, verbürgt durch den signierten Eintragszeitstempel des Logs.</translation>
    </message>
    <message>
        <source>The bundle holds no log entries.</source>
        <translation>Das Bundle enthält keine Log-Einträge.</translation>
    </message>
    <message>
        <source>%1 entries from known logs.</source>
        <translation>%1 Einträge aus bekannten Logs.</translation>
    </message>
    <message>
        <source>No entry carries a signed entry timestamp.</source>
        <translation>Kein Eintrag trägt einen signierten Eintragszeitstempel.</translation>
    </message>
    <message>
        <source>No entry carries an inclusion proof.</source>
        <translation>Kein Eintrag trägt einen Inklusionsbeweis.</translation>
    </message>
    <message>
        <source>No entry carries a checkpoint.</source>
        <translation>Kein Eintrag trägt einen Checkpoint.</translation>
    </message>
    <message>
        <source>Not enough verified log entries: %1 of %2 needed.</source>
        <translation>Nicht genug bestätigte Log-Einträge: %1 von %2 nötigen.</translation>
    </message>
    <message>
        <source>%1 verified log(s).</source>
        <translation>Bestätigte Logs: %1.</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Von %1 signiert am %2.</translation>
    </message>
    <message>
        <source>The bundle holds no RFC 3161 timestamps.</source>
        <translation>Das Bundle enthält keine RFC-3161-Zeitstempel.</translation>
    </message>
    <message>
        <source>No trusted time of signing: neither a verified signed entry timestamp nor a verified RFC 3161 timestamp.</source>
        <translation>Keine vertrauenswürdige Signaturzeit: weder ein bestätigter signierter Eintragszeitstempel noch ein bestätigter RFC-3161-Zeitstempel.</translation>
    </message>
    <message>
        <source>Signed at %1.</source>
        <translation>Signiert am %1.</translation>
    </message>
    <message>
        <source>The signing certificate is not for code signing.</source>
        <translation>Das Signaturzertifikat ist nicht für Codesignierung bestimmt.</translation>
    </message>
    <message>
        <source>No Fulcio authority in the trusted root was valid at %1.</source>
        <translation>Keine Fulcio-Stelle in der vertrauenswürdigen Wurzel war am %1 gültig.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>Am %1: %2</translation>
    </message>
    <message>
        <source>The certificate chains to %1 at every trusted time.</source>
        <translation>Das Zertifikat führt zu jeder vertrauenswürdigen Zeit zu %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is unknown, so its SCTs cannot be checked.</source>
        <translation>Der Aussteller des Zertifikats ist unbekannt, daher können seine SCTs nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate carries no SCT.</source>
        <translation>Das Zertifikat trägt kein SCT.</translation>
    </message>
    <message>
        <source>No SCT verifies: %1</source>
        <translation>Kein SCT lässt sich bestätigen: %1</translation>
    </message>
    <message>
        <source>Logged in %1.</source>
        <translation>Protokolliert in %1.</translation>
    </message>
    <message>
        <source>Signed with a key; there is no certificate.</source>
        <translation>Mit einem Schlüssel signiert; es gibt kein Zertifikat.</translation>
    </message>
    <message>
        <source>Signed by %1, vouched for by %2.</source>
        <translation>Signiert von %1, verbürgt durch %2.</translation>
    </message>
    <message>
        <source>Signed with a key: the key is the identity.</source>
        <translation>Mit einem Schlüssel signiert: Der Schlüssel ist die Identität.</translation>
    </message>
    <message>
        <source>Another timestamp from %1; only one per authority counts.</source>
        <translation>Ein weiterer Zeitstempel von %1; nur einer pro Zeitstempelstelle zählt.</translation>
    </message>
    <message>
        <source>The signing time %1 is outside the public key&apos;s validity window (%2 – %3).</source>
        <translation>Der Signaturzeitpunkt %1 liegt außerhalb des Gültigkeitszeitraums des öffentlichen Schlüssels (%2 – %3).</translation>
    </message>
    <message>
        <source>The public key was valid at every trusted time (%1 – %2).</source>
        <translation>Der öffentliche Schlüssel war zu jedem vertrauenswürdigen Zeitpunkt gültig (%1 – %2).</translation>
    </message>
    <message>
        <source>No trusted time of signing; none is required for a key you supplied yourself.</source>
        <translation>Kein vertrauenswürdiger Signaturzeitpunkt; für einen selbst angegebenen Schlüssel ist keiner erforderlich.</translation>
    </message>
</context>
<context>
    <name>hallmark::Source</name>
    <message>
        <source>(not in the signature)</source>
        <translation>(nicht in der Signatur)</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>Der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a signed model: %2</source>
        <translation>„%1“ kann nicht Teil eines signierten Modells sein: %2</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: it is not a regular file or folder.</source>
        <translation>„%1“ kann nicht verwendet werden: es ist weder eine gewöhnliche Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is part of a cycle.</source>
        <translation>Der Link „%1“ ist Teil eines Zyklus.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; points nowhere: %2</source>
        <translation>Der Link „%1“ zeigt ins Leere: %2</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; points outside the model, to &quot;%2&quot;.</source>
        <translation>Der Link „%1“ zeigt aus dem Modell hinaus, auf „%2“.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; points to a folder that contains it, a cycle.</source>
        <translation>Der Link „%1“ zeigt auf einen Ordner, der ihn selbst enthält – ein Zyklus.</translation>
    </message>
    <message>
        <source>The linked folder &quot;%1&quot; is not followed, as the reference tool does not follow it either.</source>
        <translation>Dem verlinkten Ordner „%1“ wird nicht gefolgt, da auch das Referenzwerkzeug ihm nicht folgt.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a folder.</source>
        <translation>„%1“ ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Ignore path &quot;%1&quot; contains a wildcard; give an exact path.</source>
        <translation>Der auszulassende Pfad „%1“ enthält einen Platzhalter; geben Sie einen genauen Pfad an.</translation>
    </message>
    <message>
        <source>Ignore path &quot;%1&quot; is outside the model.</source>
        <translation>Der auszulassende Pfad „%1“ liegt außerhalb des Modells.</translation>
    </message>
    <message>
        <source>Ignore path &quot;%1&quot; would exclude the whole model or leaves it: %2</source>
        <translation>Der auszulassende Pfad „%1“ würde das ganze Modell ausschließen oder es verlassen: %2</translation>
    </message>
    <message>
        <source>The signature asks to ignore the absolute path &quot;%1&quot;.</source>
        <translation>Die Signatur verlangt, den absoluten Pfad „%1“ auszulassen.</translation>
    </message>
    <message>
        <source>default (git metadata)</source>
        <translation>Standard (Git-Metadaten)</translation>
    </message>
    <message>
        <source>given by you</source>
        <translation>von Ihnen angegeben</translation>
    </message>
    <message>
        <source>signature file</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>recorded in the signature</source>
        <translation>in der Signatur festgehalten</translation>
    </message>
    <message>
        <source>not signed, skipped on request</source>
        <translation>nicht signiert, auf Wunsch übersprungen</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name is an absolute path.</source>
        <translation>Der Name ist ein absoluter Pfad.</translation>
    </message>
    <message>
        <source>The name starts with a drive letter.</source>
        <translation>Der Name beginnt mit einem Laufwerksbuchstaben.</translation>
    </message>
    <message>
        <source>The name contains &quot;..&quot; and points outside the model.</source>
        <translation>Der Name enthält „..“ und zeigt aus dem Modell hinaus.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8.</source>
        <translation>Der Name ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>Der Name enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Links are refused unless you allow links that stay inside the model (--allow-symlinks, or Hashing &gt; Allow Symbolic Links in the app).</source>
        <translation>„%1“ ist ein symbolischer Link. Links werden abgelehnt, sofern Sie nicht Links erlauben, die innerhalb des Modells bleiben (--allow-symlinks oder in der App Hashen &gt; Symbolische Links innerhalb des Modells erlauben).</translation>
    </message>
</context>
<context>
    <name>hallmark::Verdict</name>
    <message>
        <source>&quot;%1&quot; changed: signed %2, now %3.</source>
        <translation>„%1“ wurde verändert: signiert %2, jetzt %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is present but was not signed.</source>
        <translation>„%1“ ist vorhanden, wurde aber nicht signiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was signed but is missing.</source>
        <translation>„%1“ wurde signiert, fehlt aber.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was signed under the name &quot;%2&quot;.</source>
        <translation>„%1“ wurde unter dem Namen „%2“ signiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be checked: %2</source>
        <translation>„%1“ konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The signature does not match the signed data and key.</source>
        <translation>Die Signatur passt nicht zu den signierten Daten und dem Schlüssel.</translation>
    </message>
    <message>
        <source>The signing certificate is valid from %1 to %2.</source>
        <translation>Das Signaturzertifikat ist von %1 bis %2 gültig.</translation>
    </message>
    <message>
        <source>Only the files named in the signature were checked; other files were skipped.</source>
        <translation>Nur die in der Signatur genannten Dateien wurden geprüft; andere Dateien wurden übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not checked (%2).</source>
        <translation>„%1“ wurde nicht geprüft (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left out, and it can run code or change how the model loads.</source>
        <translation>„%1“ wurde ausgelassen, kann aber Code ausführen oder ändern, wie das Modell geladen wird.</translation>
    </message>
    <message>
        <source>The signature uses model_signing v0.2&apos;s legacy encoding.</source>
        <translation>Die Signatur verwendet die veraltete Kodierung von model_signing v0.2.</translation>
    </message>
    <message>
        <source>The signature does not name its key (an older model_signing format).</source>
        <translation>Die Signatur nennt ihren Schlüssel nicht (ein älteres model_signing-Format).</translation>
    </message>
    <message>
        <source>Verified: every file is exactly what was signed</source>
        <translation>Geprüft: Jede Datei ist genau das, was signiert wurde</translation>
    </message>
    <message>
        <source>The signature is valid, it was made by the key or certificate you trust, and every signed file matches.</source>
        <translation>Die Signatur ist gültig, sie wurde mit dem Schlüssel oder Zertifikat erstellt, dem Sie vertrauen, und jede signierte Datei stimmt überein.</translation>
    </message>
    <message>
        <source>Verified, but some files were not checked</source>
        <translation>Geprüft, aber einige Dateien wurden nicht geprüft</translation>
    </message>
    <message>
        <source>The signature is valid and every signed file matches, but files were left out by ignore rules or skipped because they were not signed.</source>
        <translation>Die Signatur ist gültig und jede signierte Datei stimmt überein, aber Dateien wurden durch Auslassungsregeln ausgelassen oder übersprungen, weil sie nicht signiert waren.</translation>
    </message>
    <message>
        <source>Review the files that were not checked before you use the model.</source>
        <translation>Sehen Sie sich die nicht geprüften Dateien an, bevor Sie das Modell verwenden.</translation>
    </message>
    <message>
        <source>Signature matches, but the signer is not trusted</source>
        <translation>Signatur stimmt, aber dem Unterzeichner wird nicht vertraut</translation>
    </message>
    <message>
        <source>The files match the signature, but nothing links the signing certificate to a trust anchor you chose.</source>
        <translation>Die Dateien stimmen mit der Signatur überein, aber nichts verbindet das Signaturzertifikat mit einem von Ihnen gewählten Vertrauensanker.</translation>
    </message>
    <message>
        <source>Check the certificate&apos;s fingerprint with the publisher through another channel, then add the right trust anchor.</source>
        <translation>Gleichen Sie den Fingerabdruck des Zertifikats über einen anderen Kanal mit dem Herausgeber ab und fügen Sie dann den richtigen Vertrauensanker hinzu.</translation>
    </message>
    <message>
        <source>Signature matches, but the certificate is not valid now</source>
        <translation>Signatur stimmt, aber das Zertifikat ist derzeit nicht gültig</translation>
    </message>
    <message>
        <source>The signing certificate has expired or is not yet valid.</source>
        <translation>Das Signaturzertifikat ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>This can be fine if you know the model was signed while the certificate was valid; ask the publisher for a fresh signature.</source>
        <translation>Das kann in Ordnung sein, wenn Sie wissen, dass das Modell signiert wurde, als das Zertifikat gültig war; bitten Sie den Herausgeber um eine neue Signatur.</translation>
    </message>
    <message>
        <source>Files differ from what was signed</source>
        <translation>Dateien weichen vom Signierten ab</translation>
    </message>
    <message>
        <source>The signature is valid, but the model on disk is not the model that was signed.</source>
        <translation>Die Signatur ist gültig, aber das Modell auf dem Datenträger ist nicht das Modell, das signiert wurde.</translation>
    </message>
    <message>
        <source>Do not use this model. Obtain it again from the publisher and check it again.</source>
        <translation>Verwenden Sie dieses Modell nicht. Beziehen Sie es erneut vom Herausgeber und prüfen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Signature is not valid</source>
        <translation>Signatur ist ungültig</translation>
    </message>
    <message>
        <source>The signature does not match the key or the signed data: it was altered, or made by someone else.</source>
        <translation>Die Signatur passt nicht zum Schlüssel oder zu den signierten Daten: Sie wurde verändert oder von jemand anderem erstellt.</translation>
    </message>
    <message>
        <source>Do not use this model. Make sure you have the right public key or certificate, then obtain the model and signature again.</source>
        <translation>Verwenden Sie dieses Modell nicht. Stellen Sie sicher, dass Sie den richtigen öffentlichen Schlüssel oder das richtige Zertifikat haben, und beziehen Sie dann Modell und Signatur erneut.</translation>
    </message>
    <message>
        <source>The signature does not protect this model</source>
        <translation>Die Signatur schützt dieses Modell nicht</translation>
    </message>
    <message>
        <source>The signature is valid, but what it signs would match almost any files.</source>
        <translation>Die Signatur ist gültig, aber was sie signiert, würde auf fast beliebige Dateien passen.</translation>
    </message>
    <message>
        <source>Treat the model as unsigned and ask the publisher for a proper signature.</source>
        <translation>Behandeln Sie das Modell als unsigniert und bitten Sie den Herausgeber um eine ordentliche Signatur.</translation>
    </message>
    <message>
        <source>This signature must be checked another way</source>
        <translation>Diese Signatur muss anders geprüft werden</translation>
    </message>
    <message>
        <source>The signature was made with a different kind of key material than you asked to check.</source>
        <translation>Die Signatur wurde mit einer anderen Art von Schlüsselmaterial erstellt, als Sie prüfen lassen wollten.</translation>
    </message>
    <message>
        <source>Choose the verification method that matches the signature.</source>
        <translation>Wählen Sie die Prüfmethode, die zur Signatur passt.</translation>
    </message>
    <message>
        <source>Could not verify: the signature file is not usable</source>
        <translation>Prüfung nicht möglich: Die Signaturdatei ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The signature file is damaged, of an unsupported kind, or does not describe a model.</source>
        <translation>Die Signaturdatei ist beschädigt, von einer nicht unterstützten Art oder beschreibt kein Modell.</translation>
    </message>
    <message>
        <source>Obtain the signature file again; see Diagnostics for the exact problem.</source>
        <translation>Beziehen Sie die Signaturdatei erneut; das genaue Problem steht unter „Diagnose“.</translation>
    </message>
    <message>
        <source>No signature found</source>
        <translation>Keine Signatur gefunden</translation>
    </message>
    <message>
        <source>Nothing shows who published this model.</source>
        <translation>Nichts zeigt, wer dieses Modell veröffentlicht hat.</translation>
    </message>
    <message>
        <source>Open the signature file (often model.sig) if you have one, or ask the publisher.</source>
        <translation>Öffnen Sie die Signaturdatei (oft model.sig), falls Sie eine haben, oder fragen Sie den Herausgeber.</translation>
    </message>
    <message>
        <source>Could not verify</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>A file needed for the check could not be read.</source>
        <translation>Eine für die Prüfung nötige Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the paths and permissions, then try again.</source>
        <translation>Prüfen Sie Pfade und Berechtigungen und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>hallmark::Verify</name>
    <message>
        <source>Cannot read the %1 &quot;%2&quot;: %3</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too large.</source>
        <translation>%1 „%2“ ist zu groß.</translation>
    </message>
    <message>
        <source>The signature names a different public key than the one you gave.</source>
        <translation>Die Signatur nennt einen anderen öffentlichen Schlüssel als den, den Sie angegeben haben.</translation>
    </message>
    <message>
        <source>Give at least one trust anchor certificate (--cert-chain).</source>
        <translation>Geben Sie mindestens ein Vertrauensanker-Zertifikat an (--cert-chain).</translation>
    </message>
    <message>
        <source>A certificate in the signature is damaged: %1</source>
        <translation>Ein Zertifikat in der Signatur ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The signing certificate has no usable public key.</source>
        <translation>Das Signaturzertifikat hat keinen verwendbaren öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Expected a DSSE payload of type %1, got &quot;%2&quot;.</source>
        <translation>DSSE-Nutzdaten vom Typ %1 erwartet, „%2“ erhalten.</translation>
    </message>
    <message>
        <source>The signature lists no files at all, so it would match any model.</source>
        <translation>Die Signatur führt überhaupt keine Dateien auf und würde daher zu jedem Modell passen.</translation>
    </message>
    <message>
        <source>The signer asks to ignore &quot;%1&quot;, which would exclude the whole model or reach outside it.</source>
        <translation>Der Unterzeichner verlangt, „%1“ auszulassen, was das ganze Modell ausschließen oder aus ihm hinausreichen würde.</translation>
    </message>
    <message>
        <source>The signature names &quot;%1&quot;, which lies outside the model.</source>
        <translation>Die Signatur nennt „%1“, das außerhalb des Modells liegt.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; does not exist.</source>
        <translation>Das Modell „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>Model signatures use the media type %1; this one is &quot;%2&quot;.</source>
        <translation>Modellsignaturen verwenden den Medientyp %1; diese hat „%2“.</translation>
    </message>
    <message>
        <source>A model signature must hold a DSSE envelope.</source>
        <translation>Eine Modellsignatur muss einen DSSE-Umschlag enthalten.</translation>
    </message>
    <message>
        <source>The signature was made with a certificate, but you asked to check it against a public key.</source>
        <translation>Die Signatur wurde mit einem Zertifikat erstellt, Sie wollten sie aber gegen einen öffentlichen Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>The signature was made with a bare key, but you asked to check a certificate chain.</source>
        <translation>Die Signatur wurde mit einem bloßen Schlüssel erstellt, Sie wollten aber eine Zertifikatskette prüfen.</translation>
    </message>
    <message>
        <source>The signature carries a Sigstore certificate; check it with the sigstore method.</source>
        <translation>Die Signatur trägt ein Sigstore-Zertifikat; prüfen Sie sie mit der Methode sigstore.</translation>
    </message>
    <message>
        <source>The sigstore method needs the signer&apos;s identity and identity provider.</source>
        <translation>Die Methode sigstore braucht die Identität des Unterzeichners und den Identitätsanbieter.</translation>
    </message>
    <message>
        <source>The signature was made with a bare key, but you asked to check a Sigstore identity.</source>
        <translation>Die Signatur wurde mit einem bloßen Schlüssel erstellt, Sie wollten aber eine Sigstore-Identität prüfen.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestDialog</name>
    <message>
        <source>&amp;Replace an existing file</source>
        <translation>Vorhandene Datei &amp;überschreiben</translation>
    </message>
    <message>
        <source>Show Tech&amp;nical Details</source>
        <translation>Tech&amp;nische Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Attest</source>
        <translation>&amp;Attestieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Attest Model</source>
        <translation>Modell attestieren</translation>
    </message>
    <message>
        <source>Model to attest</source>
        <translation>Zu attestierendes Modell</translation>
    </message>
    <message>
        <source>Predicate file</source>
        <translation>Prädikatdatei</translation>
    </message>
    <message>
        <source>JSON file holding one object</source>
        <translation>JSON-Datei mit einem Objekt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Choose the predicate file</source>
        <translation>Die Prädikatdatei auswählen</translation>
    </message>
    <message>
        <source>Predicate type</source>
        <translation>Prädikattyp</translation>
    </message>
    <message>
        <source>A URI naming the predicate&apos;s schema</source>
        <translation>Eine URI, die das Schema des Prädikats bezeichnet</translation>
    </message>
    <message>
        <source>The predicate type tells readers how to interpret the predicate. Pick one or type your own URI.</source>
        <translation>Der Prädikattyp sagt Lesern, wie das Prädikat zu deuten ist. Wählen Sie einen aus oder geben Sie eine eigene URI ein.</translation>
    </message>
    <message>
        <source>Attestation file to write</source>
        <translation>Zu schreibende Attestierungsdatei</translation>
    </message>
    <message>
        <source>Written next to the model, not inside it: a file written inside the model would change what the model&apos;s signature covers.</source>
        <translation>Wird neben das Modell geschrieben, nicht hinein: Eine Datei im Modell würde ändern, was die Signatur des Modells abdeckt.</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Durchsuch&amp;en …</translation>
    </message>
    <message>
        <source>Choose where to write the attestation</source>
        <translation>Auswählen, wohin die Attestierung geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Pred&amp;icate file:</source>
        <translation>Präd&amp;ikatdatei:</translation>
    </message>
    <message>
        <source>Predicate &amp;type:</source>
        <translation>Prädikat&amp;typ:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>Attesting progress</source>
        <translation>Attestierfortschritt</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Create and sign the attestation</source>
        <translation>Die Attestierung erstellen und signieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The token call cannot be interrupted; its answer will be discarded.</source>
        <translation>Der Aufruf des Tokens kann nicht unterbrochen werden; seine Antwort wird verworfen.</translation>
    </message>
    <message>
        <source>Hashing the model…</source>
        <translation>Das Modell wird gehasht …</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Cancelled — no attestation was written.</source>
        <translation>Abgebrochen — es wurde keine Attestierung geschrieben.</translation>
    </message>
    <message>
        <source>Not written: the statement is incomplete</source>
        <translation>Nicht geschrieben: Die Aussage ist unvollständig</translation>
    </message>
    <message>
        <source>Fix the problems shown under the fields, then press Attest again.</source>
        <translation>Beheben Sie die unter den Feldern angezeigten Probleme und klicken Sie dann erneut auf „Attestieren“.</translation>
    </message>
    <message>
        <source>An attestation about %1</source>
        <translation>Eine Attestierung über %1</translation>
    </message>
    <message>
        <source>Not written: the output path is the model or a folder</source>
        <translation>Nicht geschrieben: Der Ausgabepfad ist das Modell oder ein Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot hold the attestation.</source>
        <translation>„%1“ kann die Attestierung nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Choose a file name next to the model.</source>
        <translation>Wählen Sie einen Dateinamen neben dem Modell.</translation>
    </message>
    <message>
        <source>Not written: the output file already exists</source>
        <translation>Nicht geschrieben: Die Ausgabedatei existiert bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left unchanged.</source>
        <translation>„%1“ wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Tick &quot;Replace an existing file&quot; to overwrite it, or choose another name.</source>
        <translation>Aktivieren Sie „Vorhandene Datei überschreiben“, um sie zu ersetzen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Subject: %1
Manifest digest (SHA-256): %2
Predicate type: %3
Signed with %4.
Written to %5</source>
        <translation>Subjekt: %1
Manifest-Digest (SHA-256): %2
Prädikattyp: %3
Signiert mit %4.
Geschrieben nach %5</translation>
    </message>
    <message>
        <source>Attestation written</source>
        <translation>Attestierung geschrieben</translation>
    </message>
    <message>
        <source>The token key could not be used</source>
        <translation>Der Token-Schlüssel konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Check that the token is connected and the PIN is right, then press Attest again. After too many wrong PINs a token locks; its administrator can unlock it.</source>
        <translation>Prüfen Sie, ob das Token angeschlossen und die PIN richtig ist, und klicken Sie dann erneut auf „Attestieren“. Nach zu vielen falschen PINs wird ein Token gesperrt; sein Administrator kann es entsperren.</translation>
    </message>
    <message>
        <source>The private key could not be used</source>
        <translation>Der private Schlüssel konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Check the key file and type its passphrase again, then press Attest.</source>
        <translation>Prüfen Sie die Schlüsseldatei, geben Sie die Passphrase erneut ein und klicken Sie dann auf „Attestieren“.</translation>
    </message>
    <message>
        <source>The attestation could not be created</source>
        <translation>Die Attestierung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Check that the model can be read and the output folder is writable, then try again.</source>
        <translation>Prüfen Sie, ob das Modell lesbar und der Ausgabeordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No attestation was written.</source>
        <translation>Es wurde keine Attestierung geschrieben.</translation>
    </message>
    <message>
        <source>What can be done: %1</source>
        <translation>Was Sie tun können: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel attesting</source>
        <translation>Attestieren abbrechen</translation>
    </message>
    <message>
        <source>Choose the predicate file.</source>
        <translation>Wählen Sie die Prädikatdatei aus.</translation>
    </message>
    <message>
        <source>Choose or type the predicate type.</source>
        <translation>Wählen Sie den Prädikattyp aus oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Choose where to write the attestation.</source>
        <translation>Wählen Sie aus, wohin die Attestierung geschrieben wird.</translation>
    </message>
    <message>
        <source>A file already exists at the output path. Tick &quot;Replace an existing file&quot; to overwrite it.</source>
        <translation>Am Ausgabepfad existiert bereits eine Datei. Aktivieren Sie „Vorhandene Datei überschreiben“, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The output is inside the model folder: the model&apos;s signature will then show an added file. Writing it next to the model avoids that.</source>
        <translation>Die Ausgabe liegt im Modellordner: Die Signatur des Modells zeigt dann eine hinzugefügte Datei. Wenn Sie sie neben das Modell schreiben, lässt sich das vermeiden.</translation>
    </message>
    <message>
        <source>Choose the Predicate</source>
        <translation>Prädikat auswählen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Attestation As</source>
        <translation>Attestierung speichern unter</translation>
    </message>
    <message>
        <source>Sigstore bundles (*.sigstore.json)</source>
        <translation>Sigstore-Bundles (*.sigstore.json)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestWording</name>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Describes this model</source>
        <translation>Beschreibt dieses Modell</translation>
    </message>
    <message>
        <source>Claims this model (unverified)</source>
        <translation>Beschreibt angeblich dieses Modell (unbestätigt)</translation>
    </message>
    <message>
        <source>Not about this model</source>
        <translation>Betrifft nicht dieses Modell</translation>
    </message>
    <message>
        <source>No model to compare</source>
        <translation>Kein Modell zum Vergleichen</translation>
    </message>
    <message>
        <source>Unreadable statement</source>
        <translation>Unlesbare Aussage</translation>
    </message>
    <message>
        <source>Verified signature</source>
        <translation>Bestätigte Signatur</translation>
    </message>
    <message>
        <source>Verified: signed by %1</source>
        <translation>Bestätigt: signiert von %1</translation>
    </message>
    <message>
        <source>Signature is not valid</source>
        <translation>Signatur ist ungültig</translation>
    </message>
    <message>
        <source>Not checked: choose a key, certificate or identity</source>
        <translation>Nicht geprüft: Wählen Sie einen Schlüssel, ein Zertifikat oder eine Identität</translation>
    </message>
    <message>
        <source>Unsigned statement: nothing shows who wrote it</source>
        <translation>Unsignierte Aussage: Nichts zeigt, wer sie verfasst hat</translation>
    </message>
    <message>
        <source>Why: %1 Do not rely on what this attestation says.</source>
        <translation>Grund: %1 Verlassen Sie sich nicht auf den Inhalt dieser Attestierung.</translation>
    </message>
    <message>
        <source>%1 Until then, nothing is known about who wrote it.</source>
        <translation>%1 Bis dahin ist nicht bekannt, wer sie verfasst hat.</translation>
    </message>
    <message>
        <source>It describes this model: a subject matches the model&apos;s manifest digest.</source>
        <translation>Sie beschreibt dieses Modell: Ein Subjekt stimmt mit dem Manifest-Digest des Modells überein.</translation>
    </message>
    <message>
        <source>It describes files of this model: a subject matches a file&apos;s digest.</source>
        <translation>Sie beschreibt Dateien dieses Modells: Ein Subjekt stimmt mit dem Digest einer Datei überein.</translation>
    </message>
    <message>
        <source>It claims to describe this model (a subject matches its digests), but that is only a claim until the signature verifies.</source>
        <translation>Sie gibt an, dieses Modell zu beschreiben (ein Subjekt stimmt mit seinen Digests überein), doch das bleibt eine bloße Behauptung, bis sich die Signatur bestätigen lässt.</translation>
    </message>
    <message>
        <source>It is not about this model: no subject matches the model&apos;s digests.</source>
        <translation>Sie betrifft nicht dieses Modell: Kein Subjekt stimmt mit den Digests des Modells überein.</translation>
    </message>
    <message>
        <source>Not compared with a model: open a model to see whether it is about it.</source>
        <translation>Nicht mit einem Modell verglichen: Öffnen Sie ein Modell, um zu sehen, ob sie es betrifft.</translation>
    </message>
    <message>
        <source>The payload is not a readable statement: %1</source>
        <translation>Die Nutzdaten sind keine lesbare Aussage: %1</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestationHeader</name>
    <message>
        <source>Attestation signature</source>
        <translation>Signatur der Attestierung</translation>
    </message>
    <message>
        <source>No attestation selected</source>
        <translation>Keine Attestierung ausgewählt</translation>
    </message>
    <message>
        <source>Add an attestation file, then choose one in the list to see what it says.</source>
        <translation>Fügen Sie eine Attestierungsdatei hinzu und wählen Sie dann eine Attestierung in der Liste aus, um zu sehen, was sie aussagt.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestationListModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Unreadable statement</source>
        <translation>Unlesbare Aussage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Predicate type</source>
        <translation>Prädikattyp</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestationPage</name>
    <message>
        <source>Attestations</source>
        <translation>Attestierungen</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>&amp;Add Attestation File…</source>
        <translation>Attestierungsdatei &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Check Signatures With…</source>
        <translation>Signaturen &amp;prüfen mit …</translation>
    </message>
    <message>
        <source>Choose what attestation signatures are checked against</source>
        <translation>Auswählen, womit die Signaturen der Attestierungen geprüft werden</translation>
    </message>
    <message>
        <source>Reading and checking attestations</source>
        <translation>Attestierungen werden gelesen und geprüft</translation>
    </message>
    <message>
        <source>S&amp;ubjects</source>
        <translation>S&amp;ubjekte</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>&amp;Aussage</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>Pro&amp;venienz</translation>
    </message>
    <message>
        <source>&amp;Model Card</source>
        <translation>&amp;Modellkarte</translation>
    </message>
    <message>
        <source>Conditions (over every verified attestation about this model)</source>
        <translation>Bedingungen (über jede bestätigte Attestierung zu diesem Modell)</translation>
    </message>
    <message>
        <source>Check Attestation Signatures With</source>
        <translation>Attestierungssignaturen prüfen mit</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ Could not read %1: %2</source>
        <translation>⚠ %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add Attestation Files</source>
        <translation>Attestierungsdateien hinzufügen</translation>
    </message>
    <message>
        <source>Attestations (*.json *.jsonl *.intoto *.dsse *.sigstore)</source>
        <translation>Attestierungen (*.json *.jsonl *.intoto *.dsse *.sigstore)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::AttestationTrustWidget</name>
    <message>
        <source>public key %1 %2</source>
        <translation>öffentlicher Schlüssel %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n trust anchor(s) (%1)</source>
        <translation>
            <numerusform>%n Vertrauensanker (%1)</numerusform>
            <numerusform>%n Vertrauensanker (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sigstore identity %1 from %2 (custom trusted root)</source>
        <translation>Sigstore-Identität %1 von %2 (benutzerdefinierte vertrauenswürdige Wurzel)</translation>
    </message>
    <message>
        <source>Sigstore identity %1 from %2 (built-in trusted root)</source>
        <translation>Sigstore-Identität %1 von %2 (eingebaute vertrauenswürdige Wurzel)</translation>
    </message>
    <message>
        <source>Signatures are not checked: choose a key, certificate or identity.</source>
        <translation>Signaturen werden nicht geprüft: Wählen Sie einen Schlüssel, ein Zertifikat oder eine Identität.</translation>
    </message>
    <message>
        <source>Signatures are checked against: %1</source>
        <translation>Signaturen werden geprüft gegen: %1</translation>
    </message>
    <message>
        <source>&amp;Nothing: show signatures as not checked</source>
        <translation>Ni&amp;chts: Signaturen als nicht geprüft anzeigen</translation>
    </message>
    <message>
        <source>The signer&apos;s &amp;public key</source>
        <translation>Der &amp;öffentliche Schlüssel des Unterzeichners</translation>
    </message>
    <message>
        <source>&amp;Trust anchor certificates (X.509)</source>
        <translation>&amp;Vertrauensanker-Zertifikate (X.509)</translation>
    </message>
    <message>
        <source>Si&amp;gstore: the signer&apos;s identity (keyless)</source>
        <translation>Si&amp;gstore: die Identität des Unterzeichners (schlüssellos)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Datei mit dem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>PEM public key</source>
        <translation>Öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Vertrauensanker-Zertifikate</translation>
    </message>
    <message>
        <source>Remove the selected trust anchor</source>
        <translation>Den ausgewählten Vertrauensanker entfernen</translation>
    </message>
    <message>
        <source>Check the attestation signatures with this</source>
        <translation>Die Signaturen der Attestierungen hiermit prüfen</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add trust anchor certificates</source>
        <translation>Vertrauensanker-Zertifikate hinzufügen</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key.</source>
        <translation>Wählen Sie den öffentlichen Schlüssel des Unterzeichners aus.</translation>
    </message>
    <message>
        <source>Add at least one trust anchor certificate.</source>
        <translation>Fügen Sie mindestens ein Vertrauensanker-Zertifikat hinzu.</translation>
    </message>
    <message>
        <source>The public key cannot be used: %1</source>
        <translation>Der öffentliche Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Zertifikat „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The trusted root cannot be used: %1</source>
        <translation>Die vertrauenswürdige Wurzel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Choose the Public Key</source>
        <translation>Öffentlichen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.key)</source>
        <translation>PEM-Dateien (*.pem *.pub *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::CertificateDetailsPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport PEM…</source>
        <translation>PEM e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Zertifikat SHA-256:</translation>
    </message>
    <message>
        <source>Public key SHA-256:</source>
        <translation>Öffentlicher Schlüssel SHA-256:</translation>
    </message>
    <message>
        <source>Certificate extensions</source>
        <translation>Zertifikatserweiterungen</translation>
    </message>
    <message>
        <source>Copy the certificate as PEM</source>
        <translation>Das Zertifikat als PEM kopieren</translation>
    </message>
    <message>
        <source>Export the certificate as a PEM file</source>
        <translation>Das Zertifikat als PEM-Datei exportieren</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <source>Select a certificate in the chain to see its details.</source>
        <translation>Wählen Sie ein Zertifikat der Kette aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Kein Zertifikat.</translation>
    </message>
    <message>
        <source>(empty; the identity is in the alternative names)</source>
        <translation>(leer; die Identität steht in den alternativen Namen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <source>Yes: it may issue certificates</source>
        <translation>Ja: Es darf Zertifikate ausstellen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Zertifikats (SHA-256)</translation>
    </message>
    <message>
        <source>Public key fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des öffentlichen Schlüssels (SHA-256)</translation>
    </message>
    <message>
        <source>No certificate is selected.</source>
        <translation>Kein Zertifikat ausgewählt.</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation>Das Zertifikat konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::CertificateExtensionsModel</name>
    <message>
        <source>Fulcio extension</source>
        <translation>Fulcio-Erweiterung</translation>
    </message>
    <message>
        <source>Fulcio: %1</source>
        <translation>Fulcio: %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Nicht kritisch</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ChainModel</name>
    <message>
        <source>Signing certificate (self-signed anchor)</source>
        <translation>Signaturzertifikat (selbstsignierter Anker)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Root certificate (not trusted)</source>
        <translation>Wurzelzertifikat (nicht vertrauenswürdig)</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not allowed to sign code</source>
        <translation>Nicht zum Signieren von Code zugelassen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Untrusted root</source>
        <translation>Nicht vertrauenswürdige Wurzel</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Issuer certificate not found (%1)</source>
        <translation>Ausstellerzertifikat nicht gefunden (%1)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ChainPanel</name>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>The signature carries no certificate chain.</source>
        <translation>Die Signatur trägt keine Zertifikatskette.</translation>
    </message>
    <message>
        <source>Select a certificate in the chain to see its details.</source>
        <translation>Wählen Sie ein Zertifikat der Kette aus, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ChecklistPanel</name>
    <message>
        <source>Verification summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Vertrauenswürdige Wurzel</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Prüfschritte</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n Prüfung erfolgreich.</numerusform>
            <numerusform>Alle %n Prüfungen erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks passed; %3 skipped (see why below).</source>
        <translation>%1 von %2 Prüfungen erfolgreich; %3 übersprungen (Gründe siehe unten).</translation>
    </message>
    <message>
        <source>Cannot be checked here: %1 – %2</source>
        <translation>Hier nicht prüfbar: %1 – %2</translation>
    </message>
    <message>
        <source>Failed: %1 – %2</source>
        <translation>Fehlgeschlagen: %1 – %2</translation>
    </message>
    <message>
        <source>Trusted root: %1</source>
        <translation>Vertrauenswürdige Wurzel: %1</translation>
    </message>
    <message>
        <source>No Sigstore verification yet.</source>
        <translation>Noch keine Sigstore-Prüfung.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ConditionsModel</name>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Cannot evaluate</source>
        <translation>Nicht auswertbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Wert wie geschrieben</translation>
    </message>
    <message>
        <source>Value compared</source>
        <translation>Verglichener Wert</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ConditionsPanel</name>
    <message>
        <source>A condition reads one verified attestation about this model, for example:
    predicate.eval.accuracy &gt;= 0.85
    predicate.data.license != &quot;research-only&quot;
    exists(predicate.reviewers[0])
    any(predicate.eval.metrics[name == &quot;accuracy&quot;].value) &gt;= 0.9
Paths start at predicate, predicateType, subject or _type, then .name, [2] (an element), [*] (every element), [field == &quot;text&quot;] (the elements whose field is that text) or [&quot;odd.key&quot;].
Compare with == != &lt; &lt;= &gt; &gt;=; combine with &amp;&amp; (and), || (or), ! (not) and parentheses.
Values: JSON numbers (0.85, 1e3, no units or commas), &quot;text&quot; or &apos;text&apos;, true, false, null.
Text holding exactly a JSON number (&quot;0.91&quot;) compares as that number. Other text compares exactly, only with == and !=.
A path with several values needs all(…) or any(…). A missing or non-scalar value, a value of another type, an attestation that is not verified or not about this model, and a typing error give &quot;Cannot evaluate&quot;; &quot;not&quot; keeps it, so it never turns into a pass.</source>
        <translation>Eine Bedingung liest eine bestätigte Attestierung zu diesem Modell, zum Beispiel:
    predicate.eval.accuracy &gt;= 0.85
    predicate.data.license != &quot;research-only&quot;
    exists(predicate.reviewers[0])
    any(predicate.eval.metrics[name == &quot;accuracy&quot;].value) &gt;= 0.9
Pfade beginnen bei predicate, predicateType, subject oder _type; danach folgen .name, [2] (ein Element), [*] (jedes Element), [field == &quot;text&quot;] (die Elemente, deren Feld genau diesen Text enthält) oder [&quot;odd.key&quot;].
Vergleichen Sie mit == != &lt; &lt;= &gt; &gt;=; verknüpfen Sie mit &amp;&amp; (und), || (oder), ! (nicht) und Klammern.
Werte: JSON-Zahlen (0.85, 1e3; Dezimalpunkt statt Komma, ohne Einheiten und Tausendertrennzeichen), &quot;text&quot; oder &apos;text&apos;, true, false, null.
Text, der genau eine JSON-Zahl enthält (&quot;0.91&quot;), wird als diese Zahl verglichen. Anderer Text wird exakt verglichen, und nur mit == und !=.
Ein Pfad mit mehreren Werten braucht all(…) oder any(…). Ein fehlender oder nicht skalarer Wert, ein Wert eines anderen Typs, eine Attestierung, die nicht bestätigt ist oder nicht dieses Modell betrifft, sowie ein Tippfehler ergeben „Nicht auswertbar“; ! (nicht) behält dieses Ergebnis bei, sodass daraus nie ein „Erfüllt“ wird.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Neue Bedingung</translation>
    </message>
    <message>
        <source>e.g. predicate.eval.accuracy &gt;= 0.85</source>
        <translation>z. B. predicate.eval.accuracy &gt;= 0.85</translation>
    </message>
    <message>
        <source>Add the condition</source>
        <translation>Die Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>S&amp;yntax</source>
        <translation>S&amp;yntax</translation>
    </message>
    <message>
        <source>Show the condition syntax</source>
        <translation>Die Syntax der Bedingungen anzeigen</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>Die ausgewählte Bedingung entfernen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::CrossCheckModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>SBOM digest</source>
        <translation>SBOM-Digest</translation>
    </message>
    <message>
        <source>Model digest</source>
        <translation>Modell-Digest</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <source>Only in SBOM</source>
        <translation>Nur im SBOM</translation>
    </message>
    <message>
        <source>Only in model</source>
        <translation>Nur im Modell</translation>
    </message>
    <message>
        <source>%1 match, %2 mismatch, %3 only in the SBOM, %4 only in the model</source>
        <translation>%1 übereinstimmend, %2 abweichend, %3 nur im SBOM, %4 nur im Modell</translation>
    </message>
    <message>
        <source>, %1 not comparable</source>
        <translation>, %1 nicht vergleichbar</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::DiffModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Signiert als %1</translation>
    </message>
    <message>
        <source>Signed as %1; %2</source>
        <translation>Signiert als %1; %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Signed digest</source>
        <translation>Signierter Digest</translation>
    </message>
    <message>
        <source>Digest on disk</source>
        <translation>Digest auf dem Datenträger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 missing, %4 ignored</source>
        <translation>%1 verändert, %2 hinzugefügt, %3 fehlend, %4 ausgelassen</translation>
    </message>
    <message>
        <source>, %1 moved</source>
        <translation>, %1 verschoben</translation>
    </message>
    <message>
        <source>, %1 unreadable</source>
        <translation>, %1 unlesbar</translation>
    </message>
    <message>
        <source>; %1 unchanged</source>
        <translation>; %1 unverändert</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::DiffView</name>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>&amp;Unveränderte anzeigen</translation>
    </message>
    <message>
        <source>Show i&amp;gnored</source>
        <translation>&amp;Ausgelassene anzeigen</translation>
    </message>
    <message>
        <source>Summary of differences</source>
        <translation>Zusammenfassung der Unterschiede</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <source>Filter differences by path</source>
        <translation>Unterschiede nach Pfad filtern</translation>
    </message>
    <message>
        <source>Also list files that match what was signed</source>
        <translation>Auch Dateien auflisten, die mit dem Signierten übereinstimmen</translation>
    </message>
    <message>
        <source>List files left out by ignore rules, with the rule that applied</source>
        <translation>Dateien auflisten, die durch Auslassungsregeln ausgelassen wurden, mit der angewendeten Regel</translation>
    </message>
    <message>
        <source>Differences from what was signed</source>
        <translation>Unterschiede zum Signierten</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Files were not compared: the signature could not be read or checked.</source>
        <translation>Die Dateien wurden nicht verglichen: Die Signatur konnte nicht gelesen oder geprüft werden.</translation>
    </message>
    <message>
        <source>Every signed file matches. %1</source>
        <translation>Jede signierte Datei stimmt überein. %1</translation>
    </message>
    <message>
        <source>Files differ from what was signed: %1</source>
        <translation>Dateien weichen vom Signierten ab: %1</translation>
    </message>
    <message>
        <source>No signature has been checked yet.</source>
        <translation>Es wurde noch keine Signatur geprüft.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::DocumentsWorkflow</name>
    <message>
        <source>This file is neither an attestation (Sigstore bundle, DSSE envelope, in-toto statement or JSON Lines) nor a CycloneDX or SPDX SBOM.</source>
        <translation>Diese Datei ist weder eine Attestierung (Sigstore-Bundle, DSSE-Umschlag, in-toto-Aussage oder JSON Lines) noch ein CycloneDX- oder SPDX-SBOM.</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestierungen</translation>
    </message>
    <message>
        <source>Open Attestations or SBOMs</source>
        <translation>Attestierungen oder SBOMs öffnen</translation>
    </message>
    <message>
        <source>Attestations and SBOMs (*.json *.jsonl *.jsonld *.sigstore *.dsse *.intoto *.bundle)</source>
        <translation>Attestierungen und SBOMs (*.json *.jsonl *.jsonld *.sigstore *.dsse *.intoto *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FieldRow</name>
    <message>
        <source>Choose Trust Anchor Certificates</source>
        <translation>Vertrauensanker-Zertifikate auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FieldTreeModel</name>
    <message>
        <source>Condition path: %1</source>
        <translation>Bedingungspfad: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FieldTreeView</name>
    <message>
        <source>&amp;Copy Condition Path</source>
        <translation>Bedingungspfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Add Condition…</source>
        <translation>Bedingung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Put a condition on this field into the conditions editor</source>
        <translation>Eine Bedingung für dieses Feld in den Bedingungseditor übernehmen</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FileTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Shard %1: bytes %2 to %3</source>
        <translation>Shard %1: Bytes %2 bis %3</translation>
    </message>
    <message>
        <source>no shards (empty file)</source>
        <translation>keine Shards (leere Datei)</translation>
    </message>
    <message>
        <source>Shards: %1</source>
        <translation>Shards: %1</translation>
    </message>
    <message>
        <source>%1 findings, first: %2</source>
        <translation>%1 Befunde, erster: %2</translation>
    </message>
    <message>
        <source>Left out by the rule &quot;%1&quot;: %2</source>
        <translation>Ausgelassen durch die Regel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FindingsModel</name>
    <message>
        <source>(whole model)</source>
        <translation>(ganzes Modell)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::FingerprintField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the full fingerprint</source>
        <translation>Den vollständigen Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::HashController</name>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::InlineNote</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::LicenceSummaryModel</name>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Deklariert</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>No licence stated</source>
        <translation>Keine Lizenz angegeben</translation>
    </message>
    <message>
        <source>NONE (explicitly no licence)</source>
        <translation>NONE (ausdrücklich keine Lizenz)</translation>
    </message>
    <message>
        <source>Activate to show these components in the tree</source>
        <translation>Aktivieren Sie einen Eintrag, um seine Komponenten im Baum anzuzeigen</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::MainWindow</name>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open a model folder</source>
        <translation>Einen Modellordner öffnen</translation>
    </message>
    <message>
        <source>Open File or &amp;Archive…</source>
        <translation>Datei oder &amp;Archiv öffnen …</translation>
    </message>
    <message>
        <source>Open a single model file or an archive</source>
        <translation>Eine einzelne Modelldatei oder ein Archiv öffnen</translation>
    </message>
    <message>
        <source>&amp;Hash Again</source>
        <translation>Erneut &amp;hashen</translation>
    </message>
    <message>
        <source>Read every file again</source>
        <translation>Jede Datei erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Cancel Hashing</source>
        <translation>Hashen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;Digest</source>
        <translation>&amp;Digest kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>One Digest per &amp;File</source>
        <translation>Ein Digest pro &amp;Datei</translation>
    </message>
    <message>
        <source>Digests per 1 GB &amp;Shard</source>
        <translation>Digests pro 1-GB-&amp;Shard</translation>
    </message>
    <message>
        <source>SHA-&amp;256</source>
        <translation>SHA-&amp;256</translation>
    </message>
    <message>
        <source>&amp;BLAKE2b</source>
        <translation>&amp;BLAKE2b</translation>
    </message>
    <message>
        <source>Allow Symbolic &amp;Links Inside the Model</source>
        <translation>Symbolische &amp;Links innerhalb des Modells erlauben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Hashing</source>
        <translation>&amp;Hashen</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Hashing options</source>
        <translation>Hash-Optionen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>Dateien &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hallmark</source>
        <translation>&amp;Über Hallmark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <source>Filter files by path</source>
        <translation>Dateien nach Pfad filtern</translation>
    </message>
    <message>
        <source>Only files with &amp;problems or ignore rules</source>
        <translation>Nur Dateien mit &amp;Problemen oder Auslassungsregeln</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>Not trustworthy</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Hallmark</source>
        <translation>Hallmark</translation>
    </message>
    <message>
        <source>%1 — Hallmark</source>
        <translation>%1 — Hallmark</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <source>Open Model File or Archive</source>
        <translation>Modelldatei oder Archiv öffnen</translation>
    </message>
    <message>
        <source>Archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)</source>
        <translation>Archive (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Hallmark</source>
        <translation>Über Hallmark</translation>
    </message>
    <message>
        <source>Hallmark %1

Checks whether a machine-learning model is the one its publisher signed.</source>
        <translation>Hallmark %1

Prüft, ob ein Machine-Learning-Modell das ist, das sein Herausgeber signiert hat.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>No findings: every file could be read and nothing in the model looks unsafe.</source>
        <translation>Keine Befunde: Jede Datei konnte gelesen werden, und nichts im Modell wirkt unsicher.</translation>
    </message>
    <message>
        <source>Drop a model folder, model file or archive here, or use Open Folder…</source>
        <translation>Ziehen Sie einen Modellordner, eine Modelldatei oder ein Archiv hierher, oder verwenden Sie „Ordner öffnen …“</translation>
    </message>
    <message>
        <source>The files and their digests appear here once every file has been read.</source>
        <translation>Die Dateien und ihre Digests erscheinen hier, sobald jede Datei gelesen wurde.</translation>
    </message>
    <message>
        <source>No results: hashing was cancelled. Use Hash Again to start over.</source>
        <translation>Keine Ergebnisse: Das Hashen wurde abgebrochen. Mit „Erneut hashen“ neu beginnen.</translation>
    </message>
    <message>
        <source>No results: the model could not be read.</source>
        <translation>Keine Ergebnisse: Das Modell konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The model contains no files.</source>
        <translation>Das Modell enthält keine Dateien.</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>Check the model against its signature</source>
        <translation>Das Modell anhand seiner Signatur prüfen</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren …</translation>
    </message>
    <message>
        <source>Sign the model with your private key</source>
        <translation>Das Modell mit Ihrem privaten Schlüssel signieren</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Open &amp;Attestations or SBOMs…</source>
        <translation>A&amp;ttestierungen oder SBOMs öffnen …</translation>
    </message>
    <message>
        <source>Read attestations (Sigstore bundles, DSSE envelopes, in-toto) or SBOMs (CycloneDX, SPDX) about the model</source>
        <translation>Attestierungen (Sigstore-Bundles, DSSE-Umschläge, in-toto) oder SBOMs (CycloneDX, SPDX) zum Modell lesen</translation>
    </message>
    <message>
        <source>&amp;Attest…</source>
        <translation>&amp;Attestieren …</translation>
    </message>
    <message>
        <source>Sign a statement about the model: its provenance, data or evaluation</source>
        <translation>Eine Aussage über das Modell signieren: seine Provenienz, Daten oder Evaluierung</translation>
    </message>
    <message>
        <source>Not an Attestation or SBOM</source>
        <translation>Keine Attestierung und kein SBOM</translation>
    </message>
    <message>
        <source>Hallmark cannot read &quot;%1&quot; as an attestation or SBOM.</source>
        <translation>Hallmark kann „%1“ nicht als Attestierung oder SBOM lesen.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::MlPredicateView</name>
    <message>
        <source>Condition path</source>
        <translation>Bedingungspfad</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Model card sections</source>
        <translation>Abschnitte der Modellkarte</translation>
    </message>
    <message>
        <source>&amp;Metrics (eval):</source>
        <translation>Me&amp;triken (eval):</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>P&amp;rüfer:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>Ab&amp;schnitte:</translation>
    </message>
    <message>
        <source>Not a number: cannot be compared with a number</source>
        <translation>Keine Zahl: kann nicht mit einer Zahl verglichen werden</translation>
    </message>
    <message>
        <source>Written as a string; compared as a number</source>
        <translation>Als Zeichenkette geschrieben; wird als Zahl verglichen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::PinDialog</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Token-PIN</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader to sign with token &quot;%1&quot;.</source>
        <translation>Geben Sie die PIN am Lesegerät ein, um mit dem Token „%1“ zu signieren.</translation>
    </message>
    <message>
        <source>Enter the user PIN of token &quot;%1&quot; to sign.</source>
        <translation>Geben Sie die Benutzer-PIN des Tokens „%1“ ein, um zu signieren.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Zu signieren:</translation>
    </message>
    <message>
        <source>The PIN was wrong. Try again.</source>
        <translation>Die PIN war falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PIN is locked. Unlock the token with its security officer PIN first.</source>
        <translation>Die PIN ist gesperrt. Entsperren Sie das Token zuerst mit seiner Sicherheitsbeauftragten-PIN (SO-PIN).</translation>
    </message>
    <message>
        <source>Final try: one more wrong PIN locks the token.</source>
        <translation>Letzter Versuch: Eine weitere falsche PIN sperrt das Token.</translation>
    </message>
    <message>
        <source>Few tries left: the token has counted wrong PINs.</source>
        <translation>Nur noch wenige Versuche: Das Token hat falsche PINs gezählt.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::ProvenanceView</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (not a readable time)</source>
        <translation>%1 (keine lesbare Zeit)</translation>
    </message>
    <message>
        <source>%1 (local time: %2)</source>
        <translation>%1 (Ortszeit: %2)</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>SLSA version:</source>
        <translation>SLSA-Version:</translation>
    </message>
    <message>
        <source>Builder:</source>
        <translation>Builder:</translation>
    </message>
    <message>
        <source>Build type:</source>
        <translation>Build-Typ:</translation>
    </message>
    <message>
        <source>Invocation:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>External parameters</source>
        <translation>Externe Parameter</translation>
    </message>
    <message>
        <source>Internal parameters</source>
        <translation>Interne Parameter</translation>
    </message>
    <message>
        <source>Config source</source>
        <translation>Konfigurationsquelle</translation>
    </message>
    <message>
        <source>E&amp;xternal Parameters</source>
        <translation>E&amp;xterne Parameter</translation>
    </message>
    <message>
        <source>&amp;Internal Parameters</source>
        <translation>&amp;Interne Parameter</translation>
    </message>
    <message>
        <source>Config &amp;Source</source>
        <translation>Konfigurations&amp;quelle</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialien</translation>
    </message>
    <message>
        <source>&amp;Materials (resolved dependencies):</source>
        <translation>Ma&amp;terialien (aufgelöste Abhängigkeiten):</translation>
    </message>
    <message>
        <source>Finished before it started (%1 earlier)</source>
        <translation>Ende vor dem Start (%1 früher)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SbomDetailPane</name>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Depended on by</source>
        <translation>Wird benötigt von</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Findings about this component</source>
        <translation>Befunde zu dieser Komponente</translation>
    </message>
    <message>
        <source>Component details</source>
        <translation>Komponentendetails</translation>
    </message>
    <message>
        <source>Select a component to see its details.</source>
        <translation>Wählen Sie eine Komponente aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Ref:</source>
        <translation>Ref:</translation>
    </message>
    <message>
        <source>Package URL:</source>
        <translation>Package URL:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Activate an entry to select that component</source>
        <translation>Aktivieren Sie einen Eintrag, um diese Komponente auszuwählen</translation>
    </message>
    <message>
        <source>Against the model</source>
        <translation>Abgleich mit dem Modell</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>deklariert</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>festgestellt</translation>
    </message>
    <message>
        <source>NONE: the SBOM states that there is no licence.</source>
        <translation>NONE: Laut SBOM gibt es keine Lizenz.</translation>
    </message>
    <message>
        <source>The document itself carries no component licence.</source>
        <translation>Das Dokument selbst trägt keine Komponentenlizenz.</translation>
    </message>
    <message>
        <source>No licence stated.</source>
        <translation>Keine Lizenz angegeben.</translation>
    </message>
    <message>
        <source>Wrong length: %1 has %2 hex digits, this has %3</source>
        <translation>Falsche Länge: %1 hat %2 Hexadezimalziffern, dieser Wert hat %3</translation>
    </message>
    <message>
        <source>Not hexadecimal</source>
        <translation>Nicht hexadezimal</translation>
    </message>
    <message>
        <source>Length fits</source>
        <translation>Länge passt</translation>
    </message>
    <message>
        <source>No hashes.</source>
        <translation>Keine Hashes.</translation>
    </message>
    <message>
        <source>No further properties.</source>
        <translation>Keine weiteren Eigenschaften.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>not a component</source>
        <translation>keine Komponente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Keine aufgeführt.</translation>
    </message>
    <message>
        <source>None: the SBOM states that it has no dependencies.</source>
        <translation>Keine: Laut SBOM hat diese Komponente keine Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Unknown: the SBOM does not say what this depends on.</source>
        <translation>Unbekannt: Das SBOM gibt nicht an, wovon dies abhängt.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Die ersten %1 von %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Nothing in this SBOM depends on it.</source>
        <translation>Nichts in diesem SBOM hängt davon ab.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Not checked: open a model to compare its files with the SBOM.</source>
        <translation>Nicht geprüft: Öffnen Sie ein Modell, um seine Dateien mit dem SBOM zu vergleichen.</translation>
    </message>
    <message>
        <source>Checking against the model…</source>
        <translation>Abgleich mit dem Modell läuft …</translation>
    </message>
    <message>
        <source>Not compared: no file path or hash here names a file of the model.</source>
        <translation>Nicht verglichen: Kein Dateipfad und kein Hash hier bezeichnet eine Datei des Modells.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SbomDiffModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Version changed</source>
        <translation>Version geändert</translation>
    </message>
    <message>
        <source>Licence changed</source>
        <translation>Lizenz geändert</translation>
    </message>
    <message>
        <source>Hash changed</source>
        <translation>Hash geändert</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 version changed, %4 licence changed, %5 hash changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 mit geänderter Version, %4 mit geänderter Lizenz, %5 mit geändertem Hash</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SbomFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Checks pass</source>
        <translation>Prüfungen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>Checks pass with %n warning(s)</source>
        <translation>
            <numerusform>Prüfungen bestanden, mit %n Warnung</numerusform>
            <numerusform>Prüfungen bestanden, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SbomPage</name>
    <message>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>datasets: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>other components: %1</source>
        <translation>andere Komponenten: %1</translation>
    </message>
    <message>
        <source>tools and other elements: %1</source>
        <translation>Werkzeuge und andere Elemente: %1</translation>
    </message>
    <message>
        <source>SBOM document</source>
        <translation>SBOM-Dokument</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>No SBOM is open. Open a CycloneDX or SPDX file to see its components, licences and checks.</source>
        <translation>Kein SBOM geöffnet. Öffnen Sie eine CycloneDX- oder SPDX-Datei, um ihre Komponenten, Lizenzen und Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Reading SBOM</source>
        <translation>SBOM wird gelesen</translation>
    </message>
    <message>
        <source>Search name, version, purl, ref, licence or hash</source>
        <translation>Name, Version, purl, Ref, Lizenz oder Hash suchen</translation>
    </message>
    <message>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <source>Show components of kind</source>
        <translation>Komponenten dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alle Komponenten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Mit Befunden</translation>
    </message>
    <message>
        <source>Without licence</source>
        <translation>Ohne Lizenz</translation>
    </message>
    <message>
        <source>Show components of every licence</source>
        <translation>Komponenten aller Lizenzen anzeigen</translation>
    </message>
    <message>
        <source>SBOM components</source>
        <translation>SBOM-Komponenten</translation>
    </message>
    <message>
        <source>Show the checks</source>
        <translation>Die Prüfungen anzeigen</translation>
    </message>
    <message>
        <source>Licence summary</source>
        <translation>Lizenzübersicht</translation>
    </message>
    <message>
        <source>Activate a licence to show its components in the tree</source>
        <translation>Aktivieren Sie eine Lizenz, um ihre Komponenten im Baum anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>SBOM against the model</source>
        <translation>SBOM im Abgleich mit dem Modell</translation>
    </message>
    <message>
        <source>Against &amp;model</source>
        <translation>Abgleich mit &amp;Modell</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Vergleichen mit …</translation>
    </message>
    <message>
        <source>Compare with another SBOM</source>
        <translation>Mit einem anderen SBOM vergleichen</translation>
    </message>
    <message>
        <source>Changes from another SBOM</source>
        <translation>Änderungen gegenüber einem anderen SBOM</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>Not compared: choose another SBOM to see what changed.</source>
        <translation>Nicht verglichen: Wählen Sie ein anderes SBOM aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Reading SBOM…
%1</source>
        <translation>SBOM wird gelesen …
%1</translation>
    </message>
    <message>
        <source>Cannot show the SBOM %1</source>
        <translation>Das SBOM %1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>What can be done: check that the file exists and that you may read it, then open it again.</source>
        <translation>Was Sie tun können: Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>What can be done: Hallmark reads CycloneDX 1.4–1.7 JSON, SPDX 2.3 JSON and SPDX 3.0.1 JSON-LD. Check that the file is one of these and complete (XML and tag-value SBOMs are not read), or export the SBOM again from the tool that made it.</source>
        <translation>Was Sie tun können: Hallmark liest CycloneDX 1.4–1.7 JSON, SPDX 2.3 JSON und SPDX 3.0.1 JSON-LD. Prüfen Sie, ob die Datei in einem dieser Formate vorliegt und vollständig ist (SBOMs in XML und Tag-Value werden nicht gelesen), oder exportieren Sie das SBOM erneut aus dem Werkzeug, das es erstellt hat.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No components.</source>
        <translation>Keine Komponenten.</translation>
    </message>
    <message>
        <source>%1 components (%2)</source>
        <translation>%1 Komponenten (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>%1. Activate a finding to select its component.</source>
        <translation>%1. Aktivieren Sie einen Befund, um seine Komponente auszuwählen.</translation>
    </message>
    <message>
        <source>&amp;Checks (%1)</source>
        <translation>&amp;Prüfungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Licences (%1)</source>
        <translation>&amp;Lizenzen (%1)</translation>
    </message>
    <message>
        <source>Not checked: open a model to compare its files with the SBOM.</source>
        <translation>Nicht geprüft: Öffnen Sie ein Modell, um seine Dateien mit dem SBOM zu vergleichen.</translation>
    </message>
    <message>
        <source>The model will be checked once the SBOM is read.</source>
        <translation>Das Modell wird geprüft, sobald das SBOM gelesen ist.</translation>
    </message>
    <message>
        <source>Checking the SBOM against the model…</source>
        <translation>Das SBOM wird mit dem Modell abgeglichen …</translation>
    </message>
    <message>
        <source>The SBOM agrees with the model: %1</source>
        <translation>Das SBOM stimmt mit dem Modell überein: %1</translation>
    </message>
    <message>
        <source>The SBOM and the model differ: %1</source>
        <translation>SBOM und Modell weichen voneinander ab: %1</translation>
    </message>
    <message>
        <source>No differences, but not every file could be compared: %1</source>
        <translation>Keine Unterschiede, aber nicht jede Datei konnte verglichen werden: %1</translation>
    </message>
    <message>
        <source>%1 will be compared once the SBOM is read.</source>
        <translation>%1 wird verglichen, sobald das SBOM gelesen ist.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1 …</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No differences from %1.</source>
        <translation>Keine Unterschiede zu %1.</translation>
    </message>
    <message>
        <source>From this SBOM to %1: %2</source>
        <translation>Von diesem SBOM zu %1: %2</translation>
    </message>
    <message>
        <source>Compare with SBOM</source>
        <translation>Mit SBOM vergleichen</translation>
    </message>
    <message>
        <source>SBOM files (*.json *.jsonld *.cdx.json *.spdx.json)</source>
        <translation>SBOM-Dateien (*.json *.jsonld *.cdx.json *.spdx.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Licence: none stated</source>
        <translation>Lizenz: keine angegeben</translation>
    </message>
    <message>
        <source>Licence: NONE</source>
        <translation>Lizenz: NONE</translation>
    </message>
    <message>
        <source>Remove the licence filter (%1)</source>
        <translation>Den Lizenzfilter entfernen (%1)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SbomTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Ref / purl</source>
        <translation>Ref / purl</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n finding(s)</source>
        <translation>
            <numerusform>%1 (%2), %n Befund</numerusform>
            <numerusform>%1 (%2), %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>purl: %1
ref: %2</source>
        <translation>purl: %1
ref: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 %2 document</source>
        <translation>%1-%2-Dokument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SignDialog</name>
    <message>
        <source>&amp;Replace an existing file</source>
        <translation>Vorhandene Datei &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>&amp;Verify the New Signature…</source>
        <translation>&amp;Neue Signatur prüfen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sign Model</source>
        <translation>Modell signieren</translation>
    </message>
    <message>
        <source>Model to sign</source>
        <translation>Zu signierendes Modell</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#11 token</source>
        <translation>PKCS#11-Token</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>PEM private key (EC P-256, P-384 or P-521)</source>
        <translation>Privater PEM-Schlüssel (EC P-256, P-384 oder P-521)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Leave empty if the key is not encrypted</source>
        <translation>Leer lassen, wenn der Schlüssel nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Optional: PEM certificate of the key, to sign with a certificate</source>
        <translation>Optional: PEM-Zertifikat des Schlüssels, um mit einem Zertifikat zu signieren</translation>
    </message>
    <message>
        <source>Issuer certificates</source>
        <translation>Ausstellerzertifikate</translation>
    </message>
    <message>
        <source>Signature file to write</source>
        <translation>Zu schreibende Signaturdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation>Das Modell auswählen</translation>
    </message>
    <message>
        <source>Choose the Model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die Datei mit dem privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM-Dateien (*.pem *.key)</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Das Signaturzertifikat auswählen</translation>
    </message>
    <message>
        <source>Choose the Signing Certificate</source>
        <translation>Signaturzertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Durchsuch&amp;en …</translation>
    </message>
    <message>
        <source>Choose where to write the signature</source>
        <translation>Auswählen, wohin die Signatur geschrieben wird</translation>
    </message>
    <message>
        <source>Save the Signature As</source>
        <translation>Signatur speichern unter</translation>
    </message>
    <message>
        <source>Signatures (*.sig)</source>
        <translation>Signaturen (*.sig)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add issuer certificates</source>
        <translation>Ausstellerzertifikate hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected issuer certificate</source>
        <translation>Das ausgewählte Ausstellerzertifikat entfernen</translation>
    </message>
    <message>
        <source>Choose Issuer Certificates</source>
        <translation>Ausstellerzertifikate auswählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Cancelling… The token call cannot be interrupted; its answer will be discarded.</source>
        <translation>Wird abgebrochen … Der Aufruf des Tokens kann nicht unterbrochen werden; seine Antwort wird verworfen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key so&amp;urce:</source>
        <translation>Schlüssel&amp;quelle:</translation>
    </message>
    <message>
        <source>Certificate (optional)</source>
        <translation>Zertifikat (optional)</translation>
    </message>
    <message>
        <source>Signing &amp;certificate:</source>
        <translation>Signaturzer&amp;tifikat:</translation>
    </message>
    <message>
        <source>&amp;Issuers:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>Signing progress</source>
        <translation>Signierfortschritt</translation>
    </message>
    <message>
        <source>Signing… %1 of %2 read</source>
        <translation>Signieren … %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Signed with %1.
Files signed: %2
Manifest digest (SHA-256): %3
Signature written to %4</source>
        <translation>Signiert mit %1.
Signierte Dateien: %2
Manifest-Digest (SHA-256): %3
Signatur geschrieben nach %4</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled — no signature was written.</source>
        <translation>Abgebrochen — es wurde keine Signatur geschrieben.</translation>
    </message>
    <message>
        <source>Opening token &quot;%1&quot;…</source>
        <translation>Token „%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Signieren abbrechen</translation>
    </message>
    <message>
        <source>Choose the model to sign.</source>
        <translation>Wählen Sie das zu signierende Modell aus.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel aus.</translation>
    </message>
    <message>
        <source>Choose a key on a token.</source>
        <translation>Wählen Sie einen Schlüssel auf einem Token aus.</translation>
    </message>
    <message>
        <source>Choose where to write the signature.</source>
        <translation>Wählen Sie aus, wohin die Signatur geschrieben wird.</translation>
    </message>
    <message>
        <source>A file already exists at the output path. Tick &quot;Replace an existing file&quot; to overwrite it.</source>
        <translation>Am Ausgabepfad existiert bereits eine Datei. Aktivieren Sie „Vorhandene Datei überschreiben“, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SignatureWorkflow</name>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Files vs. Signature</source>
        <translation>Dateien vs. Signatur</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SignerCard</name>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Certificate (X.509)</source>
        <translation>Zertifikat (X.509)</translation>
    </message>
    <message>
        <source>Sigstore</source>
        <translation>Sigstore</translation>
    </message>
    <message>
        <source>Another method (%1)</source>
        <translation>Andere Methode (%1)</translation>
    </message>
    <message>
        <source>Signed with the %1 key in %2 (full fingerprint under Signer).</source>
        <translation>Signiert mit dem %1-Schlüssel in %2 (vollständiger Fingerabdruck unter „Unterzeichner“).</translation>
    </message>
    <message>
        <source>Signed by %1 (vouched for by %2).</source>
        <translation>Signiert von %1 (verbürgt durch %2).</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signiert von %1.</translation>
    </message>
    <message>
        <source>Signed by %1 (%2).</source>
        <translation>Signiert von %1 (%2).</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 fingerprint (SHA-256)</source>
        <translation>%1: Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Not recorded by this kind of signature</source>
        <translation>Von dieser Art Signatur nicht festgehalten</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>transparency log</source>
        <translation>Transparenz-Log</translation>
    </message>
    <message>
        <source>timestamp authority</source>
        <translation>Zeitstempelstelle</translation>
    </message>
    <message>
        <source>%1 (from the %2, verified)</source>
        <translation>%1 (Quelle: %2, bestätigt)</translation>
    </message>
    <message>
        <source>%1 (from the %2, not verified)</source>
        <translation>%1 (Quelle: %2, nicht bestätigt)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Signature file:</source>
        <translation>Signaturdatei:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>Signaturzeitpunkt:</translation>
    </message>
    <message>
        <source>Checked with:</source>
        <translation>Geprüft mit:</translation>
    </message>
    <message>
        <source>Public key file %1</source>
        <translation>Datei mit öffentlichem Schlüssel %1</translation>
    </message>
    <message>
        <source>Trust anchors:</source>
        <translation>Vertrauensanker:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Schlüssels (SHA-256)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>The signature names a different key than the one used to check it.</source>
        <translation>Die Signatur nennt einen anderen Schlüssel als den, mit dem sie geprüft wurde.</translation>
    </message>
    <message>
        <source>Certificate chain: %1</source>
        <translation>Zertifikatskette: %1</translation>
    </message>
    <message>
        <source>No signature has been checked yet.</source>
        <translation>Es wurde noch keine Signatur geprüft.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SignerPicker</name>
    <message>
        <source>Private key file</source>
        <translation>Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#11 token</source>
        <translation>PKCS#11-Token</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>PEM private key (EC P-256, P-384 or P-521)</source>
        <translation>Privater PEM-Schlüssel (EC P-256, P-384 oder P-521)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Leave empty if the key is not encrypted</source>
        <translation>Leer lassen, wenn der Schlüssel nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die Datei mit dem privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Key so&amp;urce:</source>
        <translation>Schlüssel&amp;quelle:</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel aus.</translation>
    </message>
    <message>
        <source>Choose a key on a token.</source>
        <translation>Wählen Sie einen Schlüssel auf einem Token aus.</translation>
    </message>
    <message>
        <source>Attestations name the key only: the token&apos;s certificate is not included.</source>
        <translation>Attestierungen nennen nur den Schlüssel: Das Zertifikat des Tokens wird nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Opening token &quot;%1&quot;…</source>
        <translation>Token „%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM-Dateien (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::Sigstore</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SigstoreOptionsWidget</name>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Sigstore public-good instance (&amp;built in)</source>
        <translation>Sigstore-Public-Good-Instanz (&amp;fest eingebaut)</translation>
    </message>
    <message>
        <source>&amp;Custom trusted root (private instance):</source>
        <translation>&amp;Benutzerdefinierte vertrauenswürdige Wurzel (private Instanz):</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Durchsuche&amp;n …</translation>
    </message>
    <message>
        <source>Signer identity</source>
        <translation>Identität des Unterzeichners</translation>
    </message>
    <message>
        <source>e-mail address or workflow URI in the certificate</source>
        <translation>E-Mail-Adresse oder Workflow-URI im Zertifikat</translation>
    </message>
    <message>
        <source>OIDC issuer</source>
        <translation>OIDC-Aussteller</translation>
    </message>
    <message>
        <source>e.g. https://accounts.google.com</source>
        <translation>z. B. https://accounts.google.com</translation>
    </message>
    <message>
        <source>A regular expression that must match the whole value</source>
        <translation>Ein regulärer Ausdruck, der auf den gesamten Wert passen muss</translation>
    </message>
    <message>
        <source>Signer identity is a regular expression</source>
        <translation>Identität des Unterzeichners ist ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>OIDC issuer is a regular expression</source>
        <translation>OIDC-Aussteller ist ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Trusted root file</source>
        <translation>Datei mit der vertrauenswürdigen Wurzel</translation>
    </message>
    <message>
        <source>trusted_root.json or ClientTrustConfig</source>
        <translation>trusted_root.json oder ClientTrustConfig</translation>
    </message>
    <message>
        <source>Choose the trusted root file</source>
        <translation>Die Datei mit der vertrauenswürdigen Wurzel auswählen</translation>
    </message>
    <message>
        <source>Signer i&amp;dentity:</source>
        <translation>I&amp;dentität des Unterzeichners:</translation>
    </message>
    <message>
        <source>&amp;OIDC issuer:</source>
        <translation>&amp;OIDC-Aussteller:</translation>
    </message>
    <message>
        <source>Trusted root:</source>
        <translation>Vertrauenswürdige Wurzel:</translation>
    </message>
    <message>
        <source>Enter the identity that must have signed (the certificate&apos;s e-mail address or URI).</source>
        <translation>Geben Sie die Identität ein, die signiert haben muss (E-Mail-Adresse oder URI aus dem Zertifikat).</translation>
    </message>
    <message>
        <source>Enter the OIDC issuer that vouched for the identity.</source>
        <translation>Geben Sie den OIDC-Aussteller ein, der für die Identität bürgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>Choose the trusted root of the private Sigstore instance, or use the built-in one.</source>
        <translation>Wählen Sie die vertrauenswürdige Wurzel der privaten Sigstore-Instanz aus oder verwenden Sie die eingebaute.</translation>
    </message>
    <message>
        <source>Choose a Sigstore Trusted Root</source>
        <translation>Vertrauenswürdige Sigstore-Wurzel auswählen</translation>
    </message>
    <message>
        <source>Trusted roots (*.json)</source>
        <translation>Vertrauenswürdige Wurzeln (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sigstore&apos;s public-good root, shipped with Hallmark; nothing is fetched.</source>
        <translation>Die Public-Good-Wurzel von Sigstore, mit Hallmark ausgeliefert; es wird nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>The trusted root file does not exist.</source>
        <translation>Die Datei mit der vertrauenswürdigen Wurzel existiert nicht.</translation>
    </message>
    <message>
        <source>The trusted root cannot be used: %1</source>
        <translation>Die vertrauenswürdige Wurzel kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transparency log(s), </source>
        <translation>
            <numerusform>%n Transparenz-Log, </numerusform>
            <numerusform>%n Transparenz-Logs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate authority(s), </source>
        <translation>
            <numerusform>%n Zertifizierungsstelle, </numerusform>
            <numerusform>%n Zertifizierungsstellen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp authority(s).</source>
        <translation>
            <numerusform>%n Zeitstempelstelle.</numerusform>
            <numerusform>%n Zeitstempelstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SigstorePages</name>
    <message>
        <source>Validity is judged at the signing time, %1: Fulcio certificates live only minutes.</source>
        <translation>Die Gültigkeit wird zum Signaturzeitpunkt beurteilt, %1: Fulcio-Zertifikate sind nur Minuten gültig.</translation>
    </message>
    <message>
        <source>The chain was not established: %1</source>
        <translation>Die Kette wurde nicht hergestellt: %1</translation>
    </message>
    <message>
        <source>Signed with a key, not a certificate: there is no chain.</source>
        <translation>Mit einem Schlüssel signiert, nicht mit einem Zertifikat: Es gibt keine Kette.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::States</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Gehasht</translation>
    </message>
    <message>
        <source>Read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Not trustworthy</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::StatusPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Manifest digest (SHA-256):</source>
        <translation>Manifest-Digest (SHA-256):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Hash-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel hashing</source>
        <translation>Hashen abbrechen</translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <translation>Manifest-Digest</translation>
    </message>
    <message>
        <source>Copy the manifest digest</source>
        <translation>Den Manifest-Digest kopieren</translation>
    </message>
    <message>
        <source>Copy manifest digest</source>
        <translation>Manifest-Digest kopieren</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
    <message>
        <source>Open a model folder, a single model file or an archive, or drop one onto this window. Hallmark computes a digest for every file and the manifest digest a publisher signs.</source>
        <translation>Öffnen Sie einen Modellordner, eine einzelne Modelldatei oder ein Archiv, oder ziehen Sie eines auf dieses Fenster. Hallmark berechnet einen Digest für jede Datei und den Manifest-Digest, den ein Herausgeber signiert.</translation>
    </message>
    <message>
        <source>Hashing &quot;%1&quot;…</source>
        <translation>„%1“ wird gehasht …</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Hashed &quot;%1&quot;</source>
        <translation>„%1“ gehasht</translation>
    </message>
    <message>
        <source>Hashed &quot;%1&quot;, but it cannot be described for signing</source>
        <translation>„%1“ gehasht, kann aber nicht zum Signieren beschrieben werden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Could not hash &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht gehasht werden</translation>
    </message>
    <message>
        <source>Cancelled — results incomplete</source>
        <translation>Abgebrochen — Ergebnisse unvollständig</translation>
    </message>
    <message>
        <source>Hashing was stopped before every file was read, so no digests are shown.</source>
        <translation>Das Hashen wurde angehalten, bevor jede Datei gelesen war, daher werden keine Digests angezeigt.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Left out by ignore rules: %1</source>
        <translation>Durch Auslassungsregeln ausgelassen: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Zeit: %1 s</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Time: under 0.1 s</source>
        <translation>Zeit: unter 0,1 s</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::SubjectsModel</name>
    <message>
        <source>No model is open to compare with.</source>
        <translation>Es ist kein Modell zum Vergleichen geöffnet.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <translation>Manifest-Digest</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Matches nothing</source>
        <translation>Stimmt mit nichts überein</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Matching files</source>
        <translation>Übereinstimmende Dateien</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TimestampsModel</name>
    <message>
        <source>Timestamp authority (RFC 3161)</source>
        <translation>Zeitstempelstelle (RFC 3161)</translation>
    </message>
    <message>
        <source>Transparency log</source>
        <translation>Transparenz-Log</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Unbekannte Zeit</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Signed by a time source in the trusted root.</source>
        <translation>Von einer Zeitquelle der vertrauenswürdigen Wurzel signiert.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Time source</source>
        <translation>Zeitquelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TimestampsPanel</name>
    <message>
        <source>Signing time sources</source>
        <translation>Zeitquellen für den Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>No trusted time: the signature carries no verified timestamp or log entry time.</source>
        <translation>Keine vertrauenswürdige Zeit: Die Signatur trägt weder einen bestätigten Zeitstempel noch die Zeit eines Log-Eintrags.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time source(s).</source>
        <translation>
            <numerusform>%n Zeitquelle.</numerusform>
            <numerusform>%n Zeitquellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sigstore verification yet.</source>
        <translation>Noch keine Sigstore-Prüfung.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TokenPickerPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>A&amp;dd Module…</source>
        <translation>Modul hinzufü&amp;gen …</translation>
    </message>
    <message>
        <source>Tokens and keys</source>
        <translation>Token und Schlüssel</translation>
    </message>
    <message>
        <source>Key URI</source>
        <translation>Schlüssel-URI</translation>
    </message>
    <message>
        <source>Select a private key or its certificate</source>
        <translation>Wählen Sie einen privaten Schlüssel oder sein Zertifikat aus</translation>
    </message>
    <message>
        <source>Scan the tokens again</source>
        <translation>Die Token erneut suchen</translation>
    </message>
    <message>
        <source>Load a PKCS#11 module from a file</source>
        <translation>Ein PKCS#11-Modul aus einer Datei laden</translation>
    </message>
    <message>
        <source>Choose a PKCS#11 Module</source>
        <translation>PKCS#11-Modul auswählen</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.so.* *.dylib *.dll)</source>
        <translation>PKCS#11-Module (*.so *.so.* *.dylib *.dll)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key &amp;URI:</source>
        <translation>Schlüssel-UR&amp;I:</translation>
    </message>
    <message>
        <source>Signs with key &quot;%1&quot; and the token&apos;s certificate (%2).</source>
        <translation>Signiert mit dem Schlüssel „%1“ und dem Zertifikat des Tokens (%2).</translation>
    </message>
    <message>
        <source>Signs with key &quot;%1&quot; (%2). The token asks for its PIN when you sign.</source>
        <translation>Signiert mit dem Schlüssel „%1“ (%2). Das Token fragt beim Signieren nach seiner PIN.</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Token werden gesucht …</translation>
    </message>
    <message>
        <source>Select a private key or its certificate on a token.</source>
        <translation>Wählen Sie einen privaten Schlüssel oder sein Zertifikat auf einem Token aus.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2. Model signatures need an EC key on P-256, P-384 or P-521; pick another key.</source>
        <translation>Der Schlüssel „%1“ ist %2. Modellsignaturen brauchen einen EC-Schlüssel auf P-256, P-384 oder P-521; wählen Sie einen anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TokenTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No PKCS#11 modules. Use &quot;Add Module…&quot; to load one by its file.</source>
        <translation>Keine PKCS#11-Module. Mit „Modul hinzufügen …“ laden Sie eines aus seiner Datei.</translation>
    </message>
    <message>
        <source>No token is inserted.</source>
        <translation>Es ist kein Token eingesteckt.</translation>
    </message>
    <message>
        <source>No keys are visible before login.</source>
        <translation>Vor der Anmeldung sind keine Schlüssel sichtbar.</translation>
    </message>
    <message>
        <source>The token is not initialised.</source>
        <translation>Das Token ist nicht initialisiert.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>After login</source>
        <translation>Nach der Anmeldung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>With its key</source>
        <translation>Mit seinem Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Can sign</source>
        <translation>Kann signieren</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>The token lists its private key after login; the public key stands for the pair.</source>
        <translation>Das Token führt seinen privaten Schlüssel erst nach der Anmeldung auf; der öffentliche Schlüssel steht für das Paar.</translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation>Seriennummer %1</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TokenWaitBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the token</source>
        <translation>Nicht länger auf das Token warten</translation>
    </message>
    <message>
        <source>Confirm on your token &quot;%1&quot;… (touch it or enter the PIN on the reader if it asks)</source>
        <translation>Bestätigen Sie am Token „%1“ … (berühren Sie es oder geben Sie die PIN am Lesegerät ein, falls es danach fragt)</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TransparencyLogModel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Not in the trusted root</source>
        <translation>Nicht in der vertrauenswürdigen Wurzel</translation>
    </message>
    <message>
        <source>Log ID</source>
        <translation>Log-ID</translation>
    </message>
    <message>
        <source>Log index</source>
        <translation>Log-Index</translation>
    </message>
    <message>
        <source>Tree position</source>
        <translation>Position im Baum</translation>
    </message>
    <message>
        <source>Leaf %1 of %2</source>
        <translation>Blatt %1 von %2</translation>
    </message>
    <message>
        <source>Integrated time</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded (Rekor v2 has none)</source>
        <translation>Nicht festgehalten (Rekor v2 hat keine)</translation>
    </message>
    <message>
        <source>Entry kind</source>
        <translation>Eintragsart</translation>
    </message>
    <message>
        <source>%1 (Rekor v2)</source>
        <translation>%1 (Rekor v2)</translation>
    </message>
    <message>
        <source>Entry timestamp (SET)</source>
        <translation>Eintragszeitstempel (SET)</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Inklusionsbeweis</translation>
    </message>
    <message>
        <source>Witness signatures not checked: %1</source>
        <translation>Zeugensignaturen nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Matches the bundle</source>
        <translation>Passt zum Bundle</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <source>Unknown log: not counted</source>
        <translation>Unbekanntes Log: nicht gezählt</translation>
    </message>
    <message>
        <source>%1, integrated %2</source>
        <translation>%1, aufgenommen %2</translation>
    </message>
    <message>
        <source>Not present in the bundle.</source>
        <translation>Nicht im Bundle vorhanden.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::TransparencyLogPanel</name>
    <message>
        <source>Transparency log entries</source>
        <translation>Transparenz-Log-Einträge</translation>
    </message>
    <message>
        <source>The signature carries no transparency log entry.</source>
        <translation>Die Signatur trägt keinen Transparenz-Log-Eintrag.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n transparency log entry(s).</source>
        <translation>
            <numerusform>%n Transparenz-Log-Eintrag.</numerusform>
            <numerusform>%n Transparenz-Log-Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sigstore verification yet.</source>
        <translation>Noch keine Sigstore-Prüfung.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::Verdict</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::VerdictBanner</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>Signer &amp;Details</source>
        <translation>&amp;Details zum Unterzeichner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Urteil zur Signatur</translation>
    </message>
    <message>
        <source>What can be done</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Show what can be done</source>
        <translation>Zeigen, was Sie tun können</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>Die Signatur prüfen</translation>
    </message>
    <message>
        <source>Show the signer details</source>
        <translation>Die Details zum Unterzeichner zeigen</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Verify Again…</source>
        <translation>&amp;Erneut prüfen …</translation>
    </message>
    <message>
        <source>Unverified: a signature was found</source>
        <translation>Ungeprüft: Eine Signatur wurde gefunden</translation>
    </message>
    <message>
        <source>Signature file: %1</source>
        <translation>Signaturdatei: %1</translation>
    </message>
    <message>
        <source>The signature has not been checked yet, so nothing is known about who signed this model.</source>
        <translation>Die Signatur wurde noch nicht geprüft, daher ist nichts darüber bekannt, wer dieses Modell signiert hat.</translation>
    </message>
    <message>
        <source>Choose Verify… and give the publisher&apos;s public key or trust anchor certificates.</source>
        <translation>Wählen Sie „Prüfen …“ und geben Sie den öffentlichen Schlüssel oder die Vertrauensanker-Zertifikate des Herausgebers an.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Die Signatur wird geprüft …</translation>
    </message>
    <message>
        <source>Reading every signed file and comparing it with what was signed.</source>
        <translation>Jede signierte Datei wird gelesen und mit dem Signierten verglichen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled — results incomplete</source>
        <translation>Abgebrochen — Ergebnisse unvollständig</translation>
    </message>
    <message>
        <source>The check was stopped before it finished, so there is no verdict.</source>
        <translation>Die Prüfung wurde angehalten, bevor sie abgeschlossen war, daher gibt es kein Urteil.</translation>
    </message>
    <message>
        <source>The signature uses an older model_signing format.</source>
        <translation>Die Signatur verwendet ein älteres model_signing-Format.</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::VerificationChecklistModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>hallmark::ui::VerifyDialog</name>
    <message>
        <source>The publisher&apos;s &amp;public key</source>
        <translation>Der &amp;öffentliche Schlüssel des Herausgebers</translation>
    </message>
    <message>
        <source>&amp;Trust anchor certificates (X.509)</source>
        <translation>&amp;Vertrauensanker-Zertifikate (X.509)</translation>
    </message>
    <message>
        <source>Si&amp;gstore: the signer&apos;s identity (keyless)</source>
        <translation>Si&amp;gstore: die Identität des Unterzeichners (schlüssellos)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Check certificate validity at &amp;signing time (reference-compatible)</source>
        <translation>Zertifikatsgültigkeit zum &amp;Signaturzeitpunkt prüfen (referenzkompatibel)</translation>
    </message>
    <message>
        <source>Check only the files the signature names (ignore &amp;unsigned files)</source>
        <translation>Nur die in der Signatur genannten Dateien prüfen (&amp;unsignierte Dateien auslassen)</translation>
    </message>
    <message>
        <source>Verify Signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Signature file</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Datei mit dem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>PEM public key (EC P-256, P-384 or P-521)</source>
        <translation>Öffentlicher PEM-Schlüssel (EC P-256, P-384 oder P-521)</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Vertrauensanker-Zertifikate</translation>
    </message>
    <message>
        <source>Paths to leave out</source>
        <translation>Auszulassende Pfade</translation>
    </message>
    <message>
        <source>One path per line, relative to the model</source>
        <translation>Ein Pfad pro Zeile, relativ zum Modell</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation>Das Modell auswählen</translation>
    </message>
    <message>
        <source>Choose the Model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose the signature file</source>
        <translation>Die Signaturdatei auswählen</translation>
    </message>
    <message>
        <source>Choose the Signature File</source>
        <translation>Signaturdatei auswählen</translation>
    </message>
    <message>
        <source>Signatures (*.sig *.json)</source>
        <translation>Signaturen (*.sig *.json)</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose the Public Key</source>
        <translation>Öffentlichen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.key)</source>
        <translation>PEM-Dateien (*.pem *.pub *.key)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add trust anchor certificates</source>
        <translation>Vertrauensanker-Zertifikate hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected trust anchor</source>
        <translation>Den ausgewählten Vertrauensanker entfernen</translation>
    </message>
    <message>
        <source>Accepts a certificate that has expired since the signature was made, as the model_signing reference tool does. Without it, the certificate must be valid now.</source>
        <translation>Akzeptiert wie das Referenzwerkzeug model_signing ein Zertifikat, das seit dem Erstellen der Signatur abgelaufen ist. Ohne diese Option muss das Zertifikat jetzt gültig sein.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>S&amp;ignature file:</source>
        <translation>S&amp;ignaturdatei:</translation>
    </message>
    <message>
        <source>Check the signature against</source>
        <translation>Die Signatur prüfen gegen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Auslassen:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Choose the model to check.</source>
        <translation>Wählen Sie das zu prüfende Modell aus.</translation>
    </message>
    <message>
        <source>Choose the signature file.</source>
        <translation>Wählen Sie die Signaturdatei aus.</translation>
    </message>
    <message>
        <source>Choose the publisher&apos;s public key.</source>
        <translation>Wählen Sie den öffentlichen Schlüssel des Herausgebers aus.</translation>
    </message>
    <message>
        <source>Add at least one trust anchor certificate.</source>
        <translation>Fügen Sie mindestens ein Vertrauensanker-Zertifikat hinzu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Check whether a machine-learning model is the one its publisher signed.</source>
        <translation>Prüfen, ob ein Machine-Learning-Modell das ist, das sein Herausgeber signiert hat.</translation>
    </message>
    <message>
        <source>Model folder, file or archive to open. Put it after -- so it is never read as an option.</source>
        <translation>Zu öffnender Modellordner, Modelldatei oder Archiv. Nach -- angeben, damit es nie als Option gelesen wird.</translation>
    </message>
    <message>
        <source>Developer option: when hashing ends, save the window to &lt;file&gt; and quit.</source>
        <translation>Entwickleroption: Nach dem Hashen das Fenster in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Developer option: verify the model&apos;s signature with this public key.</source>
        <translation>Entwickleroption: die Signatur des Modells mit diesem öffentlichen Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>Developer option: with --screenshot, show the details page whose title starts with &lt;title&gt;.</source>
        <translation>Entwickleroption: Mit --screenshot die Detailseite anzeigen, deren Titel mit &lt;title&gt; beginnt.</translation>
    </message>
</context>
</TS>
