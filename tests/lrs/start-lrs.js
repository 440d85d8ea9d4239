'use strict';
// Starts one of Learning Locker's xAPI services (installed by `npm ci` here, never vendored) bound to 127.0.0.1 only.
// Usage: node start-lrs.js statements|activities   (EXPRESS_PORT and the repo settings come from the environment)
const net = require('net');
const path = require('path');
const service = process.argv[2];
const entries = { statements: 'xapi-statements', activities: 'xapi-activities' };
if (!entries[service]) {
  process.stderr.write('usage: node start-lrs.js statements|activities\n');
  process.exit(2);
}
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (port, ...rest) {
  if (typeof port === 'number' || typeof port === 'string') {
    const callback = rest.find((a) => typeof a === 'function');
    return listen.call(this, { port: Number(port), host: '127.0.0.1' }, callback);
  }
  return listen.call(this, port, ...rest);
};
require(path.join(__dirname, 'node_modules', entries[service], 'dist', 'index.js'));
