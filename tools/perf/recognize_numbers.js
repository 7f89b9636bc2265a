// Baseline for docs/PERFORMANCE.md: Microsoft's recognizers-text number recognizer over the same
// articles `claimcheck extract` reads. Usage: node recognize_numbers.js DIR
//   DIR/fr/*.txt|*.md are recognised with Culture.French, DIR/en/* with Culture.English.
// The package is installed under /tmp by tools/compare_recognizers.sh (NODE_PATH), never in the
// repository. Prints one line: files, bytes and numbers found, so the run cannot be optimised
// away and the two tools can be compared on what they found as well as on time.
'use strict';
const fs = require('fs');
const path = require('path');
const { recognizeNumber, Culture } = require('@microsoft/recognizers-text-suite');

const root = process.argv[2];
if (!root) {
  console.error('usage: node recognize_numbers.js DIR');
  process.exit(2);
}
let files = 0;
let bytes = 0;
let numbers = 0;
for (const [folder, culture] of [['fr', Culture.French], ['en', Culture.English]]) {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    numbers += recognizeNumber(text, culture).length;
    bytes += Buffer.byteLength(text, 'utf8');
    files += 1;
  }
}
console.log(`recognizers-text: ${files} files, ${bytes} bytes, ${numbers} numbers`);
