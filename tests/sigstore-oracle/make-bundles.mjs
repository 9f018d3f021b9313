// Makes Sigstore bundles for Hallmark's tests, offline, with @sigstore/sign
// signing against @sigstore/mock's fake Fulcio (with CT), Rekor v1 and TSA.
//
//   node make-bundles.mjs OUTDIR
//
// Writes to OUTDIR:
//   artifact.txt            the signed artifact (also the DSSE statement's subject)
//   trusted_root.json       the mock CA, CT log, Rekor key and TSA chain
//   signing-key.pub         the key of the key-signed bundle (PEM)
//   <kind>-tree<N>.sigstore.json                valid
//   message-key-tree7.sigstore.json             valid with signing-key.pub
//   message-2tsa-tree7.sigstore.json            valid, timestamped by two TSAs
//   <kind>-badsig-tree7.sigstore.json           invalid: the signature is over
//                                               other bytes, but logged and
//                                               timestamped as it is
//   manifest.json           what each bundle is and what to expect
//
// Kinds: "message" (messageSignature, hashedrekord 0.0.1) and "dsse" (an
// in-toto statement, dsse 0.0.1). Mock Rekor only builds one-leaf trees and logs
// DSSE requests uncanonicalised, so the entries other than message-tree1 are
// logged again by this script: the canonical body as leaf N*0.61 of a tree of
// N leaves, a Merkle audit path, a signed checkpoint, and a SET over the global
// index (shard offset + tree index), all with the mock Rekor's key.
// Nothing leaves the process: nock answers every request and refuses the rest.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import nock from 'nock';
import canonicalize from 'canonicalize';
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA, fulcioHandler, rekorHandler, tsaHandler } from '@sigstore/mock';
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';

const require = createRequire(import.meta.url);

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node make-bundles.mjs OUTDIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const TREE_SIZES = [1, 2, 7, 1000];
const SHARD_OFFSET = 5_000_000;  // global index = offset + index in the tree
const FULCIO_URL = 'https://fulcio.oracle.hallmark.test';
const REKOR_URL = 'https://rekor.oracle.hallmark.test';
const TSA_URL = 'https://tsa.oracle.hallmark.test';
const TSA2_URL = 'https://tsa2.oracle.hallmark.test';
const IDENTITY = 'https://github.com/hallmark-oracle/repo/.github/workflows/sign.yml@refs/heads/main';
const ISSUER = 'https://token.oracle.hallmark.test';

nock.disableNetConnect();

// The mocks stamp certificates, SCTs, log entries and timestamps with this
// clock. Its milliseconds have no trailing zero because @sigstore/core reads
// exactly three fraction digits. Two seconds ahead, so that the mock roots
// (stamped with the real time) are already valid at it.
const clock = new Date((Math.floor(Date.now() / 1000) + 2) * 1000 + 123);
const integratedTime = Math.floor(clock.getTime() / 1000);

const ec = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const caKeys = ec(), ctKeys = ec(), rekorKeys = ec(), tsaKeys = ec(), tsa2Keys = ec();
const ctlog = await initializeCTLog(ctKeys, clock);
const ca = await initializeCA(caKeys, ctlog, clock);
const tlog = await initializeTLog(REKOR_URL, rekorKeys, clock);
const tsa = await initializeTSA(tsaKeys, clock);
// A second TSA, a second later (@sigstore/verify takes equal times for duplicates).
const tsa2 = await initializeTSA(tsa2Keys, new Date(clock.getTime() + 1000));

// Interceptors are single-use: arm one of each before every signing.
function arm() {
  for (const [url, handler] of [[FULCIO_URL, fulcioHandler(ca)], [REKOR_URL, rekorHandler(tlog)], [TSA_URL, tsaHandler(tsa)],
                                [TSA2_URL, tsaHandler(tsa2)]]) {
    nock(url).post(handler.path).reply(async (_uri, body) => {
      const r = await handler.fn(typeof body === 'string' ? body : JSON.stringify(body));
      return [r.statusCode, r.response, { 'Content-Type': r.contentType || 'text/plain' }];
    });
  }
}

const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
// An unsigned token: the mock only decodes it.
const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: ISSUER, sub: IDENTITY, aud: 'sigstore' })}.`;
const identityProvider = { getToken: async () => token };
const fetchOptions = { retry: 0, timeout: 10000 };
const witnesses = (tsaCount = 1) => [
  new RekorWitness({ rekorBaseURL: REKOR_URL, entryType: 'dsse', ...fetchOptions }),
  new TSAWitness({ tsaBaseURL: TSA_URL, ...fetchOptions }),
  ...(tsaCount > 1 ? [new TSAWitness({ tsaBaseURL: TSA2_URL, ...fetchOptions })] : []),
];
const fulcioSigner = () => new FulcioSigner({ fulcioBaseURL: FULCIO_URL, identityProvider, ...fetchOptions });

// A long-lived key, for the key-signed bundle.
const signingKey = ec();
const signingKeyPem = signingKey.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const keySigner = {
  sign: async (data) => ({
    signature: crypto.sign('sha256', data, signingKey.privateKey),
    key: { $case: 'publicKey', publicKey: signingKeyPem,
           hint: crypto.createHash('sha256').update(signingKey.publicKey.export({ format: 'der', type: 'spki' })).digest('base64') },
  }),
};

// The artifact, and an in-toto statement about it.
const artifact = Buffer.from(`Hallmark oracle artifact\nmade ${clock.toISOString()} nonce ${crypto.randomBytes(8).toString('hex')}\n`);
const statement = Buffer.from(JSON.stringify({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'artifact.txt', digest: { sha256: crypto.createHash('sha256').update(artifact).digest('hex') } }],
  predicateType: 'https://hallmark.test/oracle/v1',
  predicate: { note: 'made by tests/sigstore-oracle/make-bundles.mjs' },
}));

// RFC 6962 Merkle trees.
const sha256 = (...parts) => { const h = crypto.createHash('sha256'); for (const p of parts) h.update(p); return h.digest(); };
const leafHash = (body) => sha256(Buffer.from([0]), body);
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);
const split = (n) => { let k = 1; while (k * 2 < n) k *= 2; return k; };
const treeHash = (leaves) => leaves.length === 1 ? leaves[0]
  : nodeHash(treeHash(leaves.slice(0, split(leaves.length))), treeHash(leaves.slice(split(leaves.length))));
function auditPath(m, leaves) {
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return m < k ? [...auditPath(m, leaves.slice(0, k)), treeHash(leaves.slice(k))]
               : [...auditPath(m - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
}

const rekorSpki = rekorKeys.publicKey.export({ format: 'der', type: 'spki' });
const rekorLogId = sha256(rekorSpki);
const rekorHost = new URL(REKOR_URL).host;

function checkpoint(treeSize, rootHash) {
  const treeId = 1_193_046;  // the shard's tree ID, in the origin line
  const note = `${rekorHost} - ${treeId}\n${treeSize}\n${rootHash.toString('base64')}\nTimestamp: ${integratedTime * 1_000_000_000}\n`;
  const sig = crypto.sign('sha256', Buffer.from(note), rekorKeys.privateKey);
  return `${note}\n\u2014 ${rekorHost} ${Buffer.concat([rekorLogId.subarray(0, 4), sig]).toString('base64')}\n`;
}

// The canonical Rekor body for a bundle's content.
function canonicalBody(bundle) {
  const vm = bundle.verificationMaterial;
  const c = vm.content;
  const der = c.$case === 'x509CertificateChain' ? c.x509CertificateChain.certificates[0].rawBytes
            : c.$case === 'certificate' ? c.certificate.rawBytes : undefined;
  const verifierPem = der
    ? `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`
    : signingKeyPem;
  const verifier = Buffer.from(verifierPem).toString('base64');
  if (bundle.content.$case === 'messageSignature') {
    const m = bundle.content.messageSignature;
    return Buffer.from(canonicalize({ apiVersion: '0.0.1', kind: 'hashedrekord', spec: {
      data: { hash: { algorithm: 'sha256', value: m.messageDigest.digest.toString('hex') } },
      signature: { content: m.signature.toString('base64'), publicKey: { content: verifier } } } }));
  }
  const env = bundle.content.dsseEnvelope;
  const envelopeJson = canonicalize({ payload: env.payload.toString('base64'), payloadType: env.payloadType,
    signatures: env.signatures.map((s) => ({ keyid: s.keyid, sig: s.sig.toString('base64') })) });
  return Buffer.from(canonicalize({ apiVersion: '0.0.1', kind: 'dsse', spec: {
    envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelopeJson)).toString('hex') },
    payloadHash: { algorithm: 'sha256', value: sha256(env.payload).toString('hex') },
    signatures: env.signatures.map((s) => ({ signature: s.sig.toString('base64'), verifier })) } }));
}

// Logs the bundle's content again as leaf `index` of a tree of `treeSize`.
function relog(bundle, treeSize) {
  const body = canonicalBody(bundle);
  const index = Math.floor(treeSize * 0.61);
  const leaves = Array.from({ length: treeSize }, (_, i) => i === index ? leafHash(body) : leafHash(crypto.randomBytes(48)));
  const rootHash = treeHash(leaves);
  const logIndex = SHARD_OFFSET + index;
  const set = crypto.sign('sha256', Buffer.from(canonicalize({
    body: body.toString('base64'), integratedTime, logID: rekorLogId.toString('hex'), logIndex })), rekorKeys.privateKey);
  const kind = JSON.parse(body).kind;
  bundle.verificationMaterial.tlogEntries = [{
    logIndex: String(logIndex),
    logId: { keyId: rekorLogId },
    kindVersion: { kind, version: '0.0.1' },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set },
    inclusionProof: { logIndex: String(index), rootHash, treeSize: String(treeSize),
                      hashes: auditPath(index, leaves), checkpoint: { envelope: checkpoint(treeSize, rootHash) } },
    canonicalizedBody: body,
  }];
  return { logIndex, treeIndex: index };
}

async function sign(kind, signer, tsaCount = 1) {
  arm();
  if (kind === 'message')
    return new MessageSignatureBundleBuilder({ signer, witnesses: witnesses(tsaCount) }).create({ data: artifact });
  return new DSSEBundleBuilder({ signer, witnesses: witnesses(tsaCount) }).create({ data: statement, type: 'application/vnd.in-toto+json' });
}
// Signs other bytes than it is given; everything else about it is genuine.
const wrongBytesSigner = (inner) => ({ sign: (data) => inner.sign(Buffer.concat([data, Buffer.from('\n')])) });

const manifest = { identity: IDENTITY, issuer: ISSUER, artifact: 'artifact.txt', trustedRoot: 'trusted_root.json',
                   signingKey: 'signing-key.pub', signedAt: clock.toISOString(), bundles: [] };
function write(name, bundle, info) {
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(bundleToJSON(bundle), null, 2) + '\n');
  const e = bundle.verificationMaterial.tlogEntries[0];
  manifest.bundles.push({ file: name, mediaType: bundle.mediaType, ...info, logIndex: Number(e.logIndex),
                          treeIndex: Number(e.inclusionProof.logIndex), treeSize: Number(e.inclusionProof.treeSize),
                          timestamps: bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps?.length ?? 0 });
}

for (const kind of ['message', 'dsse']) {
  for (const n of TREE_SIZES) {
    const bundle = await sign(kind, fulcioSigner());
    // message-tree1 keeps mock Rekor's own entry; the rest are logged here.
    const relogged = !(kind === 'message' && n === 1);
    if (relogged)
      relog(bundle, n);
    write(`${kind}-tree${n}.sigstore.json`, bundle, { kind, keyless: true, relogged, expect: 'valid' });
  }
}
{
  const bundle = await sign('message', keySigner);
  relog(bundle, 7);
  write('message-key-tree7.sigstore.json', bundle, { kind: 'message', keyless: false, relogged: true, expect: 'valid' });
}
{
  const bundle = await sign('message', fulcioSigner(), 2);
  relog(bundle, 7);
  write('message-2tsa-tree7.sigstore.json', bundle, { kind: 'message', keyless: true, relogged: true, expect: 'valid' });
}
for (const kind of ['message', 'dsse']) {
  const bundle = await sign(kind, wrongBytesSigner(fulcioSigner()));
  relog(bundle, 7);
  write(`${kind}-badsig-tree7.sigstore.json`, bundle, { kind, keyless: true, relogged: true, expect: 'signature' });
}

// The trusted root: the mock's keys, valid from a day before signing, open-ended.
const start = new Date(clock.getTime() - 86_400_000).toISOString();
const log = (baseUrl, spki) => ({
  baseUrl, hashAlgorithm: 'SHA2_256',
  publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
  logId: { keyId: sha256(spki).toString('base64') },
});
const trustedRoot = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [log(REKOR_URL, rekorSpki)],
  certificateAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: FULCIO_URL,
                             certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate).toString('base64') }] },
                             validFor: { start } }],
  ctlogs: [log('https://ctfe.oracle.hallmark.test', Buffer.from(ctlog.publicKey))],
  timestampAuthorities: [[TSA_URL, tsa], [TSA2_URL, tsa2]].map(([uri, t]) => ({
    subject: { organization: 'sigstore.mock', commonName: new URL(uri).host }, uri,
    certChain: { certificates: [{ rawBytes: Buffer.from(t.intCertificate).toString('base64') },
                                { rawBytes: Buffer.from(t.rootCertificate).toString('base64') }] },
    validFor: { start } })),
};
fs.writeFileSync(path.join(outDir, 'trusted_root.json'), JSON.stringify(trustedRoot, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, 'artifact.txt'), artifact);
fs.writeFileSync(path.join(outDir, 'signing-key.pub'), signingKeyPem);

// The oracle's own opinion: @sigstore/verify on every bundle.
const { toSignedEntity, toTrustMaterial, Verifier } = require('@sigstore/verify');
const { TrustedRoot } = require('@sigstore/protobuf-specs');
const { bundleFromJSON } = require('@sigstore/bundle');
for (const b of manifest.bundles) {
  const json = JSON.parse(fs.readFileSync(path.join(outDir, b.file), 'utf8'));
  const keys = { [json.verificationMaterial.publicKey?.hint ?? '-']: { rawBytes: signingKey.publicKey.export({ format: 'der', type: 'spki' }),
                                                                      keyDetails: 'PKIX_ECDSA_P256_SHA_256' } };
  try {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot), keys), { tlogThreshold: 1, ctlogThreshold: b.keyless ? 1 : 0, timestampThreshold: 1 });
    verifier.verify(toSignedEntity(bundleFromJSON(json), b.kind === 'message' ? artifact : undefined),
                    b.keyless ? { subjectAlternativeName: IDENTITY, extensions: { issuer: ISSUER } } : undefined);
    b.sigstoreVerify = 'valid';
  } catch (e) {
    b.sigstoreVerify = `invalid: ${e.code ?? ''} ${e.message}`;
  }
}
fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

console.log(`identity: ${IDENTITY}`);
console.log(`issuer: ${ISSUER}`);
for (const b of manifest.bundles)
  console.log(`${b.file}: ${b.kind}, ${b.keyless ? 'keyless' : 'key'}, tree ${b.treeIndex}/${b.treeSize}, log index ${b.logIndex}, ` +
              `${b.timestamps} RFC 3161; expect ${b.expect}; @sigstore/verify: ${b.sigstoreVerify}`);
