// Verifies one bundle with @sigstore/verify, the other direction of the oracle:
//
//   node verify.mjs --bundle FILE --trusted-root FILE [--artifact FILE]
//                   [--identity SAN --issuer URL | --key PEM]
//
// Prints "valid" and exits 0, or prints "invalid: <reason>" and exits 1.
// Usage errors exit 2. Offline: it reads only the files it is given.

import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { toSignedEntity, toTrustMaterial, Verifier } = require('@sigstore/verify');
const { TrustedRoot } = require('@sigstore/protobuf-specs');
const { bundleFromJSON } = require('@sigstore/bundle');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  if (!process.argv[i].startsWith('--') || i + 1 >= process.argv.length) {
    console.error(`bad argument ${process.argv[i]}`);
    process.exit(2);
  }
  args[process.argv[i].slice(2)] = process.argv[i + 1];
}
if (!args.bundle || !args['trusted-root']) {
  console.error('usage: node verify.mjs --bundle FILE --trusted-root FILE [--artifact FILE] [--identity SAN --issuer URL | --key PEM]');
  process.exit(2);
}

try {
  const json = JSON.parse(fs.readFileSync(args.bundle, 'utf8'));
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(args['trusted-root'], 'utf8')));
  let keys;
  if (args.key) {
    const der = crypto.createPublicKey(fs.readFileSync(args.key)).export({ format: 'der', type: 'spki' });
    const hint = json.verificationMaterial?.publicKey?.hint ?? '';
    keys = { [hint]: { rawBytes: der, keyDetails: 'PKIX_ECDSA_P256_SHA_256' } };
  }
  const verifier = new Verifier(toTrustMaterial(root, keys), { tlogThreshold: 1, ctlogThreshold: args.key ? 0 : 1, timestampThreshold: 1 });
  const artifact = args.artifact ? fs.readFileSync(args.artifact) : undefined;
  const policy = args.identity ? { subjectAlternativeName: args.identity, extensions: { issuer: args.issuer } } : undefined;
  verifier.verify(toSignedEntity(bundleFromJSON(json), artifact), policy);
  console.log('valid');
} catch (e) {
  console.log(`invalid: ${e.code ?? ''} ${e.message}`);
  process.exit(1);
}
