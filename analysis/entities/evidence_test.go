package entities

import (
	"testing"

	"github.com/recherche/recherche/corpus"
)

// TestEvidenceTypes covers the evidence of issue 15's second round, each
// case in our own words: a name's definition after it, the place after a
// comma, initials before a surname, a known place alone that is not a
// longer name's head, and names in one list with typed neighbours.
func TestEvidenceTypes(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, lang, text, entity string
		want                     corpus.EntityType
	}{
		{"copula village", "en", "Quillby is a small village in the north of the county.", "Quillby", corpus.Place},
		{"copula band", "en", "The tour went well. Marrow Lantern is an English post-punk band formed in 1979.", "Marrow Lantern", corpus.Organization},
		{"apposition band", "en", "The song was covered by Marrow Lantern, a band from Leeds.", "Marrow Lantern", corpus.Organization},
		{"copula role", "en", "Odo Varnel was a French minstrel of the 13th century.", "Odo Varnel", corpus.Person},
		{"copula french", "fr", "On a parlé de Brelvane. Brelvane est une société de logiciels installée à Lyon.", "Brelvane", corpus.Organization},
		{"definite company then a clause", "en", "Brelvane, the Canadian company that owns 56 pct of the plant, said it agreed.", "Brelvane", corpus.Organization},
		{"imprint", "fr", "Le livre est paru aux éditions Odile Varnel en mars dernier.", "Odile Varnel", corpus.Organization},
		{"code after an event's noun", "fr", "L'écurie fera ses débuts dans le championnat QWEC en 2022, puis en QWEC au Mans.", "QWEC", corpus.Other},
		{"event glossed", "fr", "Audi annonce son retrait du Championnat du Monde d'Endurance (QWEC). Il court en QWEC.", "QWEC", corpus.Other},
		{"currency after an amount and a country", "en", "The unit will raise 30 mln U.S. QDLR next year, it said.", "QDLR", corpus.Other},
		{"known organization then a place", "fr", "Il enseigne depuis dix ans à Sciences Po Paris, dit-il.", "Sciences Po Paris", corpus.Organization},
		{"member is not a definition", "en", "He met Marrow Lantern, a member of the band.", "Marrow Lantern", corpus.Other},
		{"place after comma", "en", "The squadron moved to Quillby Heath, England, in June 1943.", "Quillby Heath", corpus.Place},
		{"initials", "en", "The theory was set out by C. H. Varnel in his book.", "C. H. Varnel", corpus.Person},
		{"acronym after in", "en", "He is one of the best players in NCAA history, the coach said.", "NCAA", corpus.Organization},
		{"place word before of", "en", "She spent her life in the Grand Duchy of Quillbyn, far from Paris.", "Grand Duchy of Quillbyn", corpus.Place},
		{"plural place noun before of", "en", "The troops marched towards the villages of Quillbyn in the spring.", "Quillbyn", corpus.Place},
		{"who after a name", "en", "She had a brother named Quorvan, who died when she was six.", "Quorvan", corpus.Person},
		{"born in brackets", "en", "The club signed Velindo Quarr (born 22 October 1988) last summer.", "Velindo Quarr", corpus.Person},
		{"life in brackets", "en", "The poem was written by Odo Varnel (1240-1300) in the north.", "Odo Varnel", corpus.Person},
		{"subject of his", "en", "Quorvan Tesh was later executed, and his followers rebelled against the court.", "Quorvan Tesh", corpus.Person},
		{"was born", "en", "In the winter of that year Quorvan was born in Philadelphia.", "Quorvan", corpus.Person},
		{"opening words then his", "en", "However, Quorvan Tesh delayed, and when he arrived the city had fallen.", "Quorvan Tesh", corpus.Person},
		{"abbreviated saint", "en", "Their second game was against the St. Quillby Eagles in the old arena.", "St. Quillby Eagles", corpus.Organization},
		{"possessive kin", "en", "Nobody had expected Quorvan Tesh's wife to speak at the trial.", "Quorvan Tesh", corpus.Person},
		{"possessive headquarters", "en", "Reporters waited outside Velindar's headquarters for the results.", "Velindar", corpus.Organization},
		{"the and a role", "en", "After the season the club was sold and Quorvan Tesh, the general manager of the team, left.", "Quorvan Tesh", corpus.Person},
		{"the band's drummer is a person", "en", "The song was sung by Quorvan Tesh, the band's drummer, last year.", "Quorvan Tesh", corpus.Person},
		{"the and a band", "en", "The song was sung by Quorvan Tesh, the band from Leeds, last year.", "Quorvan Tesh", corpus.Other},
		{"family name first", "en", "The city fell after a long siege led by Li Quorvan against the rebels.", "Li Quorvan", corpus.Person},
		{"family name first, a company", "en", "The city fell after a long siege led by Wang Laboratories against the rebels.", "Wang Laboratories", corpus.Organization},
		{"particle after a full name", "en", "The song opens with the first stanza of a poem by Henrique Quarrby de Velind in the book.", "Henrique Quarrby de Velind", corpus.Person},
		{"of after a full name", "en", "The analyst Ravi Quarrby of Velind Insights said it would not last.", "Ravi Quarrby", corpus.Person},
		{"trophy after a given name", "en", "The club was the first winner of the Stanley Quillby Cup in the winter.", "Stanley Quillby Cup", corpus.Other},
		{"war and its number", "en", "His father fought in Quillby War II before he moved to the coast.", "Quillby War II", corpus.Other},
		{"regnal number", "en", "The letter was sent to Quorvan II after the coronation.", "Quorvan II", corpus.Person},
		{"library after a given name", "en", "The town's sites include the Paxton Quillby Library near the river.", "Paxton Quillby Library", corpus.Organization},
		{"head word of a known place", "en", "She studied economics at the University of Texas before the war.", "University of Texas", corpus.Organization},
		{"bank of a country", "en", "The decision of the Bank of Canada surprised the markets on Monday.", "Bank of Canada", corpus.Organization},
		{"roman numeral unit", "en", "The brigade was attached to the VI Corps for the rest of the war.", "VI Corps", corpus.Organization},
		{"ordinal unit", "en", "In 1952 the 65th Air Division moved to Spain with its squadrons.", "65th Air Division", corpus.Organization},
		{"place alone", "en", "The Quillby United Front is an alliance of parties in Anguilla. Elections in Anguilla were held.", "Anguilla", corpus.Place},
		{"role and nationality", "fr", "Selon le Premier ministre grec Quorvan Tesk, la réforme attendra.", "Quorvan Tesk", corpus.Person},
		{"title and nationality", "fr", "La veuve du général iranien Quorvan Tesk a parlé hier.", "Quorvan Tesk", corpus.Person},
		{"nationality without a role", "fr", "Le groupe industriel grec Quorvan Tesk a parlé hier.", "Quorvan Tesk", corpus.Other},
		{"a war and its adjective", "fr", "Le musée raconte la Seconde Guerre mondiale aux enfants.", "Seconde Guerre mondiale", corpus.Other},
		{"a known city after a given name", "fr", "Le sommet aura lieu à Rio de Janeiro en juin.", "Rio de Janeiro", corpus.Place},
		{"family name and nothing else", "en", "The shop was later sold to Quorvel Marchetti and his two sons.", "Quorvel Marchetti", corpus.Person},
		{"code after an amount", "en", "The bank is issuing a 150 mln QVX eurobond due 1994, it said.", "QVX", corpus.Other},
		{"code glossed as a thing", "en", "Interest is based on the annual money market rate (QVM). The QVM reference rate is 8.10 pct.", "QVM", corpus.Other},
		{"code glossed as an organization", "en", "The trade group (QVP) said prices would rise. QVP members met on Monday.", "QVP", corpus.Organization},
		{"family name by its ending", "en", "The prize went to Quorva Velinskaya for her second novel.", "Quorva Velinskaya", corpus.Person},
		{"whisky is no family name", "en", "The shop sold Quillby Whisky to the tourists.", "Quillby Whisky", corpus.Other},
		{"family name of a place word", "en", "The company moved its offices to Quillby Harbor near the docks.", "Quillby Harbor", corpus.Place},
		{"at before a place", "en", "The regiment camped at Quillby Crossing for the winter.", "Quillby Crossing", corpus.Place},
		{"at after a known company", "en", "She worked at Microsoft for ten years before she left.", "Microsoft", corpus.Organization},
		{"works of a company", "en", "The engines were built by the Quillby Locomotive Works in the north.", "Quillby Locomotive Works", corpus.Organization},
		{"court inside a name", "en", "The ruling was upheld by the Quillby Court of Appeals last week.", "Quillby Court of Appeals", corpus.Organization},
		{"camp opens a place", "en", "The new recruits were trained near Camp Quillby during the summer.", "Camp Quillby", corpus.Place},
		// Round 5.
		{"a plural after the is a group", "en", "The suit was filed by the Quarrbies for royalties. Former Quarrbies, Paul Velind, John Tesk and Ringo Quorvan, joined it.", "Quarrbies", corpus.Organization},
		{"nicknamed after a person", "fr", "Le prince Quorvan, surnommé QVB, a parlé hier.", "QVB", corpus.Person},
		{"called after a comma", "fr", "Le prince Quorvan, appelé QVB, a parlé hier.", "QVB", corpus.Person},
		{"a hyphen written as a space", "fr", "Le groupe a prêté allégeance à Al Qaïda au Maghreb.", "Al Qaïda", corpus.Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract("", tt.text, tt.lang)
			e, ok := find(got, tt.entity)
			if !ok {
				t.Fatalf("missing %q; got %v", tt.entity, names(got))
			}
			if e.Type != tt.want {
				t.Errorf("%q type = %s, want %s", tt.entity, e.Type, tt.want)
			}
		})
	}
}

// TestInitialismsAlone checks that common abbreviations in capitals are
// no names alone (round 5 of issue 15).
func TestInitialismsAlone(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Le modèle est vendu 54 204 € TTC en France.",
		"Elle a envoyé son CV à la DRH de la société Velindar.",
		"The CEO of Velindar Corp said on Monday that sales rose.",
	} {
		for _, e := range x.Extract("", text, "fr") {
			switch e.Name {
			case "TTC", "CV", "DRH", "CEO":
				t.Errorf("%q: %q extracted as %s", text, e.Name, e.Type)
			}
		}
	}
}

func TestEvidenceLists(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, entity string
		want               corpus.EntityType
	}{
		{"people list", "Among the guests who came to the party last night were Jamie Foxx, Britney Spears, Quorra Velind and Andy Garcia, who left early.", "Quorra Velind", corpus.Person},
		{"mixed list stays", "Among the guests who came to the party last night were Jamie Foxx, the Boston Bruins and Quorra Velind, all from the north.", "Quorra Velind", corpus.Other},
		{"kin before a name", "She lived with her brother Velindor in the house. Velindor was six.", "Velindor", corpus.Person},
		{"capitalized role before a name", "The report was signed by County Coroner William Quarrby on Monday.", "William Quarrby", corpus.Person},
		{"rank alone is no name", "The report was signed by Bishop William Quarrby on Monday.", "William Quarrby", corpus.Person},
		{"two people joined by &", "The show was hosted by Jenny Quarrby & Gary Velind until last year.", "Gary Velind", corpus.Person},
		{"a company's &", "He bought shares of Quarrby & Velind Inc on Monday.", "Quarrby & Velind Inc", corpus.Organization},
		{"and other bands", "The tour also featured Quarrby Velind, Morrow Tesk, and several other bands from the coast.", "Morrow Tesk", corpus.Organization},
		{"and other publications", "Her poems were printed by Quarrby Review and many other publications.", "Quarrby Review", corpus.Organization},
		{"other people is no kind", "The tour also featured Quarrby Velind and other people from the coast.", "Quarrby Velind", corpus.Other},
		{"known as a person", "Edson Tavares Marchetti, commonly known as Quillo, joined the club in 2005. Quillo scored twice.", "Quillo", corpus.Person},
		{"known as without a typed name", "The square, known as Quillo, was rebuilt after the war.", "Quillo", corpus.Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract("", tt.text, "en")
			e, ok := find(got, tt.entity)
			if !ok {
				t.Fatalf("missing %q; got %v", tt.entity, names(got))
			}
			if e.Type != tt.want {
				t.Errorf("%q type = %s, want %s", tt.entity, e.Type, tt.want)
			}
		})
	}
}

// TestEvidenceDropsRoles checks that a capitalized rank or role before a
// person is no entity of its own.
func TestEvidenceDropsRoles(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The report was signed by Bishop William Quarrby on Monday.",
		"The brigade was led by Brigadier General Ross Quarrby in the war.",
	} {
		for _, e := range x.Extract("", text, "en") {
			if e.Name == "Bishop" || e.Name == "Brigadier" || e.Name == "Brigadier General" {
				t.Errorf("%q: %q is an entity", text, e.Name)
			}
		}
	}
}

func TestAcronymTypes(t *testing.T) {
	x := newTestExtractor(t)
	d := &document{x: x}
	tests := []struct {
		name string
		in   []Mention
		want corpus.EntityType // of the last mention
	}{
		{"organization", []Mention{{Name: "Quillby Velind Regional Transport Authority Board", Type: corpus.Organization}, {Name: "QVRTAB", Type: corpus.Other}}, corpus.Organization},
		{"plural", []Mention{{Name: "Air Defense Direction Centers", Type: corpus.Organization}, {Name: "ADDCs", Type: corpus.Other}}, corpus.Organization},
		{"function words left out", []Mention{{Name: "Confédération générale du travail", Type: corpus.Organization}, {Name: "CGT", Type: corpus.Other}}, corpus.Organization},
		{"two initials are too few for a person", []Mention{{Name: "Quorvan Tesh", Type: corpus.Person}, {Name: "QT", Type: corpus.Other}}, corpus.Other},
		{"a person's three initials", []Mention{{Name: "Quorvan Tesh-Mabry", Type: corpus.Person}, {Name: "QTM", Text: "QTM", Type: corpus.Organization}}, corpus.Person},
		{"two names, two types", []Mention{{Name: "Quillby Velind", Type: corpus.Organization}, {Name: "Quarr Valley", Type: corpus.Place}, {Name: "QV", Type: corpus.Other}}, corpus.Other},
		{"evidence of its own stays", []Mention{{Name: "Quillby Velind", Type: corpus.Place}, {Name: "QV", Type: corpus.Organization}}, corpus.Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d.acronymTypes(tt.in)
			if got := tt.in[len(tt.in)-1].Type; got != tt.want {
				t.Errorf("type = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNotNamesAlone covers words a capital does not make a facet value:
// the plural of a demonym derived from a place, and irregular demonyms.
func TestNotNamesAlone(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, word string
	}{
		{"plural demonym", "Thousands of Iranians marched through the capital on Friday.", "Iranians"},
		{"irregular demonym", "The report said Norwegian banks had lent too much.", "Norwegian"},
		{"demonym of -istan", "Thousands of Afghans crossed the border on Friday.", "Afghans"},
		{"demonym in -ean", "The report said Ecuadorean banks had lent too much.", "Ecuadorean"},
		{"demonym and portfolio", "Japanese Finance Minister Quorvan Tesk said the dollar would rebound.", "Japanese Finance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if e, ok := find(x.Extract("", tt.text, "en"), tt.word); ok {
				t.Errorf("got %q as a %s, want no entity", e.Name, e.Type)
			}
		})
	}
}

// TestFrenchDemonym covers the French inhabitants of a place of the lists
// ("Nantes" → "Nantais", "Lille" → "Lillois", "Hong Kong" →
// "Hongkongais"), no name whatever the word
// before them; the feminine in "-aise" alone is not one ("la Marseillaise").
func TestFrenchDemonym(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, word string }{
		{"Le témoignage de ce Nantais a été entendu par les juges mardi.", "Nantais"},
		{"La police a interpellé un jeune Lillois samedi soir.", "Lillois"},
		{"Pour le Hongkongais, la loi est injuste.", "Hongkongais"},
	} {
		if e, ok := find(x.Extract("", tt.text, "fr"), tt.word); ok {
			t.Errorf("%q: got %q as a %s, want no entity", tt.text, e.Name, e.Type)
		}
	}
}
