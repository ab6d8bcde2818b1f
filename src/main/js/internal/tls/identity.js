'use strict';
// tls.checkServerIdentity: does a certificate name the host we connected to? IP hosts must be among the
// "IP Address:" alt names; other hosts among the "DNS:" alt names, or the subject's CN when there are none.
// Wildcards as RFC 6125 allows them: in the leftmost label only, never for a TLD, and not inside an A-label.

const { isIP } = require('internal/net/ip');
const { codes: { ERR_TLS_CERT_ALTNAME_INVALID } } = require('internal/errors');

// The alt-name string split at its ", " separators, except inside quoted values.
function altNameEntries(text) {
  const out = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',' && text[i + 1] === ' ') {
      out.push(current);
      current = '';
      i++;
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out;
}

// An IP address in one spelling, so "::1" and "0:0:0:0:0:0:0:1" compare equal.
function canonicalIP(ip) {
  if (isIP(ip) !== 6) return ip;
  let s = ip.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (v4 !== null) {
    s = `${s.slice(0, v4.index)}${((+v4[1] << 8) | +v4[2]).toString(16)}:${((+v4[3] << 8) | +v4[4]).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.map((g) => parseInt(g, 16).toString(16)).join(':');
}

function hostMatches(hostLabels, pattern) {
  const labels = pattern.toLowerCase().split('.');
  if (labels.length !== hostLabels.length || labels.includes('')) return false;
  for (let i = labels.length - 1; i > 0; i--) {
    if (labels[i] !== hostLabels[i]) return false;
  }
  const first = labels[0];
  const star = first.indexOf('*');
  if (star === -1) return first === hostLabels[0];
  if (labels.length < 3 || first.indexOf('*', star + 1) !== -1 || first.startsWith('xn--')) return false;
  const prefix = first.slice(0, star);
  const suffix = first.slice(star + 1);
  const label = hostLabels[0];
  if (label.length < prefix.length + suffix.length) return false;
  if (prefix === '' && suffix === '' && label === '') return false;
  return label.startsWith(prefix) && label.endsWith(suffix);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const entry of altNameEntries(altNames)) {
      if (entry.startsWith('DNS:')) dnsNames.push(entry.slice(4));
      else if (entry.startsWith('IP Address:')) ips.push(canonicalIP(entry.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  if (isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    // eslint-disable-next-line no-control-regex
    const usable = !/[^\x21-\x7e]/.test(hostname);
    const hostLabels = hostname.toLowerCase().split('.');
    const matches = (pattern) => usable && hostMatches(hostLabels, pattern);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(matches);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(matches) : matches(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

module.exports = { checkServerIdentity };
