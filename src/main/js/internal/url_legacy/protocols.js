'use strict';
// Scheme tables shared by the legacy url.parse/format/resolve. Entries exist with and without the trailing ':'
// because callers pass both parsed protocols ('http:') and hand-written ones ('http').

// Schemes that always have '//' and a host; format() adds the slashes back, a missing path becomes '/'.
const slashedProtocols = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:',
  'wss', 'wss:',
]);

// Schemes that never have a host; their body is kept verbatim (no escaping).
const hostlessProtocols = new Set(['javascript', 'javascript:']);

module.exports = { slashedProtocols, hostlessProtocols };
