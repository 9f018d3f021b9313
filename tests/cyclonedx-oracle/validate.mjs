// Validates CycloneDX JSON files with @cyclonedx/cyclonedx-library's strict
// JSON schema validator (Ajv with the official bom-1.x schemas), an oracle for
// Hallmark's SBOM tests.
//
//   node validate.mjs FILE...
//
// Prints one JSON line per file, in order:
//   {"file": F, "specVersion": "1.6", "valid": true}
//   {"file": F, "specVersion": "1.6", "valid": false, "errors": [<Ajv errors>]}
//   {"file": F, "skipped": "<why>"}   not JSON, not CycloneDX, or a version without a JSON schema
// Exits 0 when every file was judged or skipped, 2 on usage errors, 1 when the
// validator itself fails (a missing optional dependency, for example).
// Offline: it reads only the files it is given.

import fs from 'node:fs';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}

const known = new Set(Object.values(Spec.Version));
const validators = new Map();
const validatorFor = (version) => {
  if (!validators.has(version))
    validators.set(version, new Validation.JsonStrictValidator(version));
  return validators.get(version);
};

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    console.log(JSON.stringify({ file, skipped: `not JSON: ${e.message}` }));
    continue;
  }
  const version = doc?.specVersion;
  if (doc?.bomFormat !== 'CycloneDX' || typeof version !== 'string' || !known.has(version)) {
    console.log(JSON.stringify({ file, skipped: `not CycloneDX with a known specVersion (${version})` }));
    continue;
  }
  let errors;
  try {
    errors = await validatorFor(version).validate(text);
  } catch (e) {
    if (e instanceof Validation.NotImplementedError) {
      console.log(JSON.stringify({ file, skipped: `no JSON schema for CycloneDX ${version}` }));
      continue;
    }
    console.error(`${file}: the validator failed: ${e.message}`);
    process.exit(1);
  }
  console.log(JSON.stringify(errors === null ? { file, specVersion: version, valid: true }
                                             : { file, specVersion: version, valid: false, errors }));
}
