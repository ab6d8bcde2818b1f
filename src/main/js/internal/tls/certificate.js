'use strict';
// Certificate descriptions from tls_wrap (JSON, leaf first) as node's getPeerCertificate() objects: subject and
// issuer as null-prototype objects, raw and pubkey as Buffers, and with `detailed` each linked to its issuer
// (a self-signed root is its own issuer).

function toCertificate(desc) {
  const cert = { ...desc };
  cert.subject = { __proto__: null, ...desc.subject };
  cert.issuer = { __proto__: null, ...desc.issuer };
  if (desc.pubkey !== undefined) cert.pubkey = Buffer.from(desc.pubkey, 'base64');
  cert.raw = Buffer.from(desc.raw, 'base64');
  return cert;
}

function certificateChain(json, detailed) {
  const chain = JSON.parse(json).map(toCertificate);
  if (!detailed) return chain[0];
  for (let i = 0; i < chain.length; i++) {
    const next = chain[i + 1];
    if (next !== undefined) {
      chain[i].issuerCertificate = next;
    } else if (sameName(chain[i].subject, chain[i].issuer)) {
      chain[i].issuerCertificate = chain[i];
    }
  }
  return chain[0];
}

function sameName(a, b) {
  return JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));
}

module.exports = { certificateChain, toCertificate };
