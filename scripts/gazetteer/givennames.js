// Writes analysis/entities/lexicon/givennames-world.txt, the given names of
// many languages a discovered name of two words or more is typed a person
// by, from the locale data of the npm package @faker-js/faker@10.6.0 (MIT):
//
//	cd "$(mktemp -d)" && npm install @faker-js/faker@10.6.0 &&
//	  node /path/to/scripts/gazetteer/givennames.js > /path/to/analysis/entities/lexicon/givennames-world.txt
//
// With the argument "family" it writes surnames-world.txt instead, the
// family names of the same data, of four letters or more, which type a
// name of two or three words as a person's when nothing else types it:
//
//	node /path/to/scripts/gazetteer/givennames.js family > /path/to/analysis/entities/lexicon/surnames-world.txt
//
// It needs Debian's wamerican and wfrench (/usr/share/dict/{words,french})
// at build time only: a given name that either dictionary has in lower
// case ("rose", "grace", "summer", "victoire"; "green", "park", "baker") is
// left out, so a title such as "Summer Olympics" is not a person's name, nor
// "Bowling Green" one. Only names in the Latin
// alphabet, of one word (hyphens allowed), are kept.
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
  const family = process.argv[2] === 'family';
  for (const [loc, def] of Object.entries(faker)) {
    if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(loc) || !def || !def.person) continue;
    for (let n of flat(family ? def.person.last_name : def.person.first_name)) {
      n = n.normalize('NFC');
      if (n.length < (family ? 4 : 3) || !/^\p{Script=Latin}[\p{Script=Latin}'-]*$/u.test(n) || n !== n[0] + n.slice(1).toLowerCase() && !n.includes('-')) continue;
      if (words.has(n.toLowerCase())) continue;
      names.add(n);
    }
  }
  const out = [...names].sort((a, b) => a.localeCompare(b, 'fr'));
  process.stdout.write(family
    ? '# Family names of many languages, one a line, from the locale data of the npm package\n' +
      '# @faker-js/faker@10.6.0 (MIT); written by scripts/gazetteer/givennames.js family, see NOTICE.\n' +
      '# Used only to type a discovered name of two or three words as a person when nothing else types it.\n' + out.join('\n') + '\n'
    : '# Given names of many languages, one a line, from the locale data of the npm package\n' +
      '# @faker-js/faker@10.6.0 (MIT); written by scripts/gazetteer/givennames.js, see NOTICE.\n' +
      '# Used only to type a discovered name of two words or more as a person.\n' + out.join('\n') + '\n');
})();
