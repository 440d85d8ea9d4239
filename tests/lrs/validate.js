'use strict';
// Reads a JSON array of statements from stdin and prints, for each, the warnings of Learning Locker's
// xapi-validation (`require('xapi-validation').default(statement)`) as a JSON array of arrays of paths/messages.
const validate = require('xapi-validation').default;
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  const results = statements.map((statement) => {
    try {
      return validate(statement).map((w) => ({ path: (w.path || []).join('.'), message: String(w.message || w.constructor.name) }));
    } catch (e) {
      return [{ path: '', message: 'threw: ' + e.message }];
    }
  });
  process.stdout.write(JSON.stringify(results));
});
