// Writes analysis/entities/lexicon/surnames-world.txt, the family names of
// many languages a discovered name of two or three words is typed a person
// by when nothing else types it, from the locale data of the npm package
// @faker-js/faker@10.6.0 (MIT):
//
//	cd "$(mktemp -d)" && npm install @faker-js/faker@10.6.0 &&
//	  node /path/to/scripts/gazetteer/surnames.js > /path/to/analysis/entities/lexicon/surnames-world.txt
//
// Like givennames.js it needs Debian's wamerican and wfrench
// (/usr/share/dict/{words,french}) at build time only: a family name that
// either dictionary has in lower case ("green", "park", "baker",
// "boulanger") is left out, so "Bowling Green" or "Linkin Park" are not
// people. Only names in the Latin alphabet, of one word (hyphens allowed),
// of four letters or more, are kept.
const fs = require('fs');
const path = require('path');
const dir = path.dirname(require.resolve('@faker-js/faker', { paths: [process.cwd()] }));

const words = new Set();
for (const f of ['/usr/share/dict/words', '/usr/share/dict/french']) {
  for (const w of fs.readFileSync(f, 'utf8').split('\n')) if (w && w === w.toLowerCase()) words.add(w.normalize('NFC'));
}

(async () => {
  const faker = await import(path.join(dir, 'index.js'));
  const flat = (v) => (!v ? [] : Array.isArray(v) ? v : Object.values(v).flatMap(flat));
  const names = new Set();
  for (const [loc, def] of Object.entries(faker)) {
    if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(loc) || !def || !def.person) continue;
    for (let n of flat(def.person.last_name)) {
      n = n.normalize('NFC');
      if (n.length < 4 || !/^\p{Script=Latin}[\p{Script=Latin}'-]*$/u.test(n) || n !== n[0] + n.slice(1).toLowerCase() && !n.includes('-')) continue;
      if (words.has(n.toLowerCase())) continue;
      names.add(n);
    }
  }
  const out = [...names].sort((a, b) => a.localeCompare(b, 'fr'));
  process.stdout.write('# Family names of many languages, one a line, from the locale data of the npm package\n' +
    '# @faker-js/faker@10.6.0 (MIT); written by scripts/gazetteer/surnames.js, see NOTICE.\n' +
    '# Used only to type a discovered name of two or three words as a person when nothing else types it.\n' + out.join('\n') + '\n');
})();
