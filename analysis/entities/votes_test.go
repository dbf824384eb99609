package entities

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/recherche/recherche/corpus"
)

// TestVotes feeds an extractor with votes a corpus in order and checks the
// type of one name in the last document, which gives it no evidence: the
// type earlier documents gave it, when two of them did and agree.
func TestVotes(t *testing.T) {
	x := newTestExtractor(t)
	// Round 21: documents that name a storm like a town of the lists, or
	// people by a surname that "Saint" opens.
	storms := []string{
		"Le Texas se prépare à l'arrivée de l'ouragan Harvey, a dit le gouverneur.",
		"Les secours sont mobilisés après la tempête Harvey au Texas.",
	}
	const passage = "Houston est sur le passage de Harvey, qui a fait dix morts."
	saints := []string{
		"Le roman d'Antoine de Saint-Quorvel est traduit en 300 langues.",
		"Le journaliste Patrick de Saint-Quorvel a publié une enquête.",
	}
	tests := []struct {
		name   string
		before []string // documents extracted first, in order
		last   string
		entity string
		want   corpus.EntityType
	}{
		{
			name:   "no corpus yet",
			last:   "Hier soir, Quorvan Tesh a présenté son album devant un public conquis.",
			entity: "Quorvan Tesh", want: corpus.Other,
		},
		{
			name: "two documents say a person",
			before: []string{
				"La chanteuse Quorvan Tesh a rempli la salle samedi.",
				"Le nouvel album de la chanteuse Quorvan Tesh sort en mars.",
			},
			last:   "Hier soir, Quorvan Tesh a présenté son album devant un public conquis.",
			entity: "Quorvan Tesh", want: corpus.Person,
		},
		{
			name:   "one document is not enough",
			before: []string{"La chanteuse Quorvan Tesh a rempli la salle samedi."},
			last:   "Hier soir, Quorvan Tesh a présenté son album devant un public conquis.",
			entity: "Quorvan Tesh", want: corpus.Other,
		},
		{
			name: "documents that disagree",
			before: []string{
				"La chanteuse Quorvan Tesh a rempli la salle samedi.",
				"Le nouvel album de la chanteuse Quorvan Tesh sort en mars.",
				"La société Quorvan Tesh a racheté un studio à Lyon.",
			},
			last:   "Hier soir, Quorvan Tesh a présenté son album devant un public conquis.",
			entity: "Quorvan Tesh", want: corpus.Other,
		},
		{
			name: "a place",
			before: []string{
				"Les pompiers sont intervenus près de Velmoranche dans la nuit.",
				"Une route a été coupée près de Velmoranche après l'orage.",
			},
			last:   "Le maire a dit que Velmoranche attend les secours depuis lundi.",
			entity: "Velmoranche", want: corpus.Place,
		},
		{
			name: "a surname alone",
			before: []string{
				"Le ministre Odile Brasquet a visité l'usine mardi.",
				"Interrogée par la presse, la ministre Ysaline Brasquet a refusé de répondre.",
			},
			last:   "Le texte, défendu hier par Brasquet, a été adopté sans débat.",
			entity: "Brasquet", want: corpus.Person,
		},
		{
			name: "an amount and a unit make a product, whatever the votes",
			before: []string{
				"Le chanteur Paul Steptronic a ouvert le concert.",
				"Le chanteur Jean Steptronic a fermé le concert.",
			},
			last:   "Une boîte Steptronic à 8 rapports est installée de série.",
			entity: "Steptronic", want: corpus.Other,
		},
		{
			name: "a surname's vote does not type a word after an article",
			before: []string{
				"Le ministre Odile Brasquet a visité l'usine mardi.",
				"Interrogée par la presse, la ministre Ysaline Brasquet a refusé de répondre.",
			},
			last:   "La boutique, installée dans le Brasquet, a été fermée.",
			entity: "Brasquet", want: corpus.Other,
		},
		{
			name: "an acronym is left alone",
			before: []string{
				"Le chanteur Paul QZRT a ouvert le concert.",
				"Le chanteur Jean QZRT a fermé le concert.",
			},
			last:   "Le service QZRT ferme ses portes, a dit la mairie.",
			entity: "QZRT", want: corpus.Organization,
		}, {
			name: "initials two documents spell out as a thing's are no organization by their capitals",
			before: []string{
				"Le fromage est vendu sous appellation d'origine quorvelle (AOQ) depuis 2010.",
				"Les producteurs ont obtenu l'AOQ (Appellation d'origine quorvelle, ndlr), note-t-elle.",
			},
			last:   "Le cahier des charges de l'AOQ sera modifié en 2021.",
			entity: "AOQ", want: corpus.Other,
		},
		{
			name: "a craft two documents are aboard is no organization by its capitals",
			before: []string{
				"L'astronaute a passé six mois à bord de l'QSSB avant de rentrer.",
				"Deux astronautes sont arrivés à bord de l'QSSB samedi.",
			},
			last:   "La capsule s'est amarrée à l'QSSB à 14H16.",
			entity: "QSSB", want: corpus.Other,
		},
		{
			name: "nor after one document",
			before: []string{
				"Le fromage est vendu sous appellation d'origine quorvelle (AOQ) depuis 2010.",
			},
			last:   "Le cahier des charges de l'AOQ sera modifié en 2021.",
			entity: "AOQ", want: corpus.Organization,
		},
		{
			name: "nor when a document gives an organization's evidence",
			before: []string{
				"Le fromage est vendu sous appellation d'origine quorvelle (AOQ) depuis 2010.",
				"Les producteurs ont obtenu l'AOQ (Appellation d'origine quorvelle, ndlr), note-t-elle.",
				"AOQ est une société lyonnaise de fromages.",
				"Selon Paul Martin, AOQ est une entreprise rentable.",
			},
			last:   "Le cahier des charges de l'AOQ sera modifié en 2021.",
			entity: "AOQ", want: corpus.Organization,
		},
		{
			// Round 21: a town of the lists that two documents named
			// after a storm's noun is the storm alone too.
			name:   "a storm named like a town of the lists",
			before: storms,
			last:   passage,
			entity: "Harvey", want: corpus.Other,
		},
		{
			name:   "a town of the lists, one storm is not enough",
			before: storms[:1],
			last:   passage,
			entity: "Harvey", want: corpus.Place,
		},
		{
			name:   "a town of the lists with a place's cue stays the town",
			before: storms,
			last:   "L'usine est située près de Harvey, dans la banlieue de Chicago.",
			entity: "Harvey", want: corpus.Place,
		},
		{
			// Round 21: a surname that "Saint" opens, after two documents
			// named a person so.
			name:   "a surname that Saint opens",
			before: saints,
			last:   "Le manuscrit de Saint-Quorvel sera vendu aux enchères lundi.",
			entity: "Saint-Quorvel", want: corpus.Person,
		},
		{
			name:   "a surname that Saint opens, one document is not enough",
			before: saints[:1],
			last:   "Le manuscrit de Saint-Quorvel sera vendu aux enchères lundi.",
			entity: "Saint-Quorvel", want: corpus.Place,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vx := x.WithVotes(NewVotes())
			for _, doc := range tt.before {
				vx.Extract("", doc, "fr")
			}
			got, found := corpus.EntityType(""), false
			for _, e := range vx.Extract("", tt.last, "fr") {
				if e.Name == tt.entity {
					got, found = e.Type, true
				}
			}
			if !found {
				t.Fatalf("%q not found in %q", tt.entity, tt.last)
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.entity, got, tt.want)
			}
		})
	}
}

// TestVotesConcurrent runs one tally from several goroutines, for the race
// detector.
func TestVotesConcurrent(t *testing.T) {
	x := newTestExtractor(t).WithVotes(NewVotes())
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				x.Extract("", "La chanteuse Quorvan Tesh a rempli la salle. Hier, Quorvan Tesh est partie.", "fr")
			}
		})
	}
	wg.Wait()
	for _, e := range x.Extract("", "Hier soir, Quorvan Tesh a présenté son album.", "fr") {
		if e.Name == "Quorvan Tesh" && e.Type != corpus.Person {
			t.Errorf("Quorvan Tesh: got %s, want person", e.Type)
		}
	}
}

// TestFragments checks that a piece of a longer name is no entity of its
// own: where the document writes it glued to the rest of the name, and
// alone after the corpus wrote it so.
func TestFragments(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name   string
		before []string // documents extracted first, in order
		last   string
		absent string
		kept   string
	}{
		{
			name:   "a connector and a capital after it",
			last:   "Les chiffres viennent du Haut Commissariat aux Réfugiés publiés jeudi par Jean Dupont.",
			absent: "Haut Commissariat",
		},
		{
			name:   "and inside a name with of",
			last:   "The meeting of the United Nations Conference on Trade and Development opened on Monday, officials said.",
			absent: "Conference on Trade",
		},
		{
			name:   "a hyphenated syllable of a person's name",
			last:   "The group's chairman Li Ka-shing said profits would rise.",
			absent: "Li Ka",
		},
		{
			name:   "a place and a suffix after of",
			last:   "Volvo of America Inc said it would raise prices on all its cars.",
			absent: "America Inc",
		},
		{
			name:   "an adjective after an article's word: no town",
			last:   "Un porte-parole de la Garde civile a expliqué les faits mardi.",
			absent: "La Garde",
			kept:   "Garde civile",
		},
		{
			name:   "a given name cut from its surname by a title's word",
			last:   "The consumer spokesman Peter Baron told journalists the talks were optimistic.",
			absent: "Peter",
		},
		{
			name:   "a capital opens a name a company's generic word ends",
			last:   "The dealers are Union Bank of Switzerland and Morgan Stanley International.",
			absent: "Stanley International",
		},
		{
			name:   "a word no name alone opens it too",
			last:   "The bank, Great American First Savings Bank, said it would sell notes.",
			absent: "Savings Bank",
		},
		{
			name:   "a monument's word before its lower-case complement",
			last:   "Emmanuel Macron était présent à l'Arc de triomphe pour saluer la mémoire des soldats.",
			absent: "Arc",
		},
		{
			name: "apposition keeps both names",
			last: "Hier, Miss France Clémence Botino a rencontré les élèves du collège.",
			kept: "Miss France",
		},
		{
			name:   "the complement of an institution's word after for",
			last:   "The Institute for Economic Research said growth would slow this year.",
			absent: "Economic Research",
		},
		{
			name: "the head of a name that goes on in lower case",
			before: []string{
				"Le ministre a donné un entretien à Valeurs actuelles jeudi.",
				"Une information relayée par l'hebdomadaire Valeurs actuelles mardi.",
				"Philippe de Villiers se confie dans Valeurs actuelles ce jeudi.",
			},
			last:   "Comme il l'avait laissé entendre auprès de Valeurs, le député lance son parti.",
			absent: "Valeurs",
		},
		{
			name: "the qualifier of an office",
			before: []string{
				"But Senate Republican leader Robert Dole said the speech might be the last chance.",
				"But Senate Republican leader Robert Dole told reporters on Friday.",
				"Senate Republican leader Robert Dole told reporters the report was fair.",
			},
			last:   "The Senate Republican staff members said Chiles was recommending changes.",
			absent: "Senate Republican",
		},
		{
			name: "an organization before its officer",
			before: []string{
				"The House Ways and Means Committee chairman Dan Rostenkowski said taxes would rise.",
				"The House Ways and Means Committee chairman Dan Rostenkowski spoke on Monday.",
				"The House Ways and Means Committee chairman Dan Rostenkowski left early.",
			},
			last: "The House Ways and Means Committee voted on the bill.",
			kept: "House Ways and Means Committee",
		},
		{
			name:   "opposite points of the compass: two sides",
			last:   "The project is an unprecedented display of East-West scientific cooperation in Geneva.",
			absent: "East-West",
			kept:   "Geneva",
		},
		{
			name:   "a company's possessive ends its name",
			last:   "The strike at AMR Corp's American Airlines ended on Monday, officials said.",
			absent: "AMR Corp's American Airlines",
			kept:   "American Airlines",
		},
		{
			name: "a possessive in a name that no suffix ends",
			last: "The results of McDonald's Corp were better than expected.",
			kept: "McDonald's Corp",
		},
		{
			name: "the same word after it in two documents only",
			before: []string{
				"Le ministre a donné un entretien à Valeurs actuelles jeudi.",
				"Une information relayée par l'hebdomadaire Valeurs actuelles mardi.",
			},
			last: "Comme il l'avait laissé entendre auprès de Valeurs, le député lance son parti.",
			kept: "Valeurs",
		},
		{
			name: "alone, after the corpus glued it",
			before: []string{
				"Le pilote évoluera sur une Aston Martin Vantage en catégorie GTE.",
				"Le patron de Mercedes part pour Aston Martin Lagonda, dit-on.",
			},
			last:   "Les ventes d'Aston ont progressé, selon les chiffres publiés lundi.",
			absent: "Aston",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vx := x.WithVotes(NewVotes())
			lang := "fr"
			if strings.HasPrefix(tt.last, "The") || strings.HasPrefix(tt.last, "Volvo") {
				lang = "en"
			}
			for _, doc := range tt.before {
				vx.Extract("", doc, lang)
			}
			var names []string
			for _, e := range vx.Extract("", tt.last, lang) {
				names = append(names, e.Name)
			}
			if tt.absent != "" && slices.Contains(names, tt.absent) {
				t.Errorf("%q found in %v", tt.absent, names)
			}
			if tt.kept != "" && !slices.Contains(names, tt.kept) {
				t.Errorf("%q not found in %v", tt.kept, names)
			}
		})
	}
}

// TestPiecesOfNames covers round 8's pieces that are no value: a name cut
// before an Arabic article or before a day's word.
func TestPiecesOfNames(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, lang, gone string }{
		{"Le président égyptien Abdel Fattah al-Sissi a salué un accord historique.", "fr", "Abdel Fattah"},
		{"Selon Le Journal du Dimanche, la réforme sera présentée en mai.", "fr", "Le Journal"},
		// Round 9: a French institution's name its initials gloss, before
		// or after it; a company's first words after its full name; a
		// results table's labels; a month misspelt.
		{"Selon l'Observatoire quorvien des droits de l'Homme (OQDH), 900 personnes sont mortes.", "fr", "Observatoire quorvien"},
		{"La Caisse nationale d'assurance quorvelle (Cnaq) rembourse les retraités.", "fr", "Caisse nationale d'assurance"},
		// Round 10: an exchange's code after a ticker's dot, a short code
		// in brackets before a corporate suffix.
		{"Cathay Quorvel is controlled by Swire Quorvel Ltd <SWQC.HK>. The deal was signed.", "en", "HK"},
		{"Joseph Tan, manager of Bache Quorvel (HK) Ltd, said the market was calm.", "en", "HK"},
		{"Le dossier dépend de la Cnaq (Caisse nationale d'assurance quorvelle), qui paie.", "fr", "Caisse nationale d'assurance"},
		{"Il préside le \"Comité national pour le salut du peuple\" (CNSP) depuis août.", "fr", "Comité national"},
		{"Royal Quorvel Bank of Canada said profits fell. Royal Quorvel Bank said it would cut costs.", "en", "Royal Quorvel Bank"},
		{"Shr 72 cts vs 61 cts\n    Net 4,469,000 vs NA\n    Sales 209.8 mln vs 175.4 mln\n    Qtr ended Jan 31", "en", "NA"},
		{"Shr 72 cts vs 61 cts Net 4,469,000 vs 4,039,000 Sales 209.8 mln vs 175.4 mln Avg shrs 78,000", "en", "Sales"},
		{"Tapioca exports, which were suspended in Feburary last year, resumed.", "en", "Feburary"},
		// Round 11: a French institution's head and lower-case words take
		// the known place after "de" or "d'".
		{"La Cour d'appel de Lyon a confirmé la peine mardi.", "fr", "Cour d'appel"},
		{"Le tribunal a renvoyé l'affaire devant la Cour d'appel d'Amiens.", "fr", "Cour d'appel"},
	} {
		for _, e := range x.Extract("", tt.text, tt.lang) {
			if e.Name == tt.gone {
				t.Errorf("%q in %q: a value (%s), want none", tt.gone, tt.text, e.Type)
			}
		}
	}
}

// TestUnitsAndPrefixes checks that a shouted unit after an amount is no
// town and that a prefix and a place make no facet value.
func TestUnitsAndPrefixes(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"ENCEINTE A 11 ANS, SON ENFANT A ETE PLACE. Elle attend depuis PLUS DE DEUX ANS.",
		"Le film a connu un grand succès outre-Atlantique et outre-Manche.",
	} {
		for _, e := range x.Extract("", text, "fr") {
			if e.Name == "Ans" || e.Name == "ANS" || strings.HasPrefix(e.Name, "outre-") {
				t.Errorf("%q found in %q", e.Name, text)
			}
		}
	}
}

// TestCompanyCues checks that words around a name a list of towns or "à"
// would make a place make it a company's or a newsroom's, and that a word
// rejected alone stays inside a company's name a suffix ends.
func TestCompanyCues(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, lang, name string
		want             corpus.EntityType
	}{
		{"Analysts expected the deal, and an Avon spokesman said the company is interested.", "en", "Avon", corpus.Organization},
		{"L'actrice a raconté à Télé-Loisirs qu'elle voulait changer de vie.", "fr", "Télé-Loisirs", corpus.Organization},
		{"The plant will be run by Fuji Photo Film Co Ltd from next year.", "en", "Fuji Photo Film Co Ltd", corpus.Organization},
		{"The firm moved its plant to Avon, Massachusetts, last year.", "en", "Avon", corpus.Place},
		// Round 7: a show's audience, a thing's common noun, initials a
		// document glosses with an organization's name.
		{"Elle a été la gagnante de la Star Academy en 2002, avant sa tournée.", "fr", "Star Academy", corpus.Other},
		{"Le ministre a présenté la règle ABCD pour savoir quand porter le masque.", "fr", "ABCD", corpus.Other},
		{"Le syndicat CGT a dénoncé la réforme mardi.", "fr", "CGT", corpus.Organization},
		{"Les fonds viennent de l'Agence nationale du sport (ANS), a-t-il dit.", "fr", "ANS", corpus.Organization},
		// Round 11: initials a policy's or a label's name spells out, before
		// or after them.
		{"Le fromage est vendu sous appellation d'origine quorvelle (AOQ) depuis 2010.", "fr", "AOQ", corpus.Other},
		{"La réforme de la PAQ (Politique agricole quorvelle) inquiète les éleveurs.", "fr", "PAQ", corpus.Other},
		// Round 8: a company's short name, which a given name's shape typed
		// a person's; the news agency's ticker; a person's initials.
		{"Martin Quorvel Corp said it agreed to sell its unit. Martin Quorvel said the price was fair.", "en", "Martin Quorvel", corpus.Organization},
		{"The order was placed by <Martin Quorvel> of the U.S. last week.", "en", "Martin Quorvel", corpus.Organization},
		{"Spokesman Martin Quorvel said Quorvel Corp would not comment.", "en", "Martin Quorvel", corpus.Person},
		{"Nathalie Quorvel-Brasquet a été agressée. NQB a été hospitalisée samedi.", "fr", "NQB", corpus.Person},
		{"Le président égyptien Abdel Fattah al-Sissi a salué un accord historique.", "fr", "Abdel Fattah al-Sissi", corpus.Person},
		{"Le régime de Bachar al-Assad a repris la ville.", "fr", "Bachar al-Assad", corpus.Person},
		{"Le prix a été décerné à Roman Kowalczyk, qui n'est pas venu.", "fr", "Roman Kowalczyk", corpus.Other},
		{"Selon Le Journal du Dimanche, la réforme sera présentée en mai.", "fr", "Le Journal du Dimanche", corpus.Organization},
		{"Dans une interview publiée par Le Journal du dimanche, il a accusé le gouvernement.", "fr", "Le Journal du dimanche", corpus.Organization},
		// Round 9: grades of debt, a company's name with a bracketed word
		// before its suffix, a ship, things named after a person, a maker's
		// model, a place written with an article apart or hyphenated.
		{"The issue is rated A-2 by Moody's and AA-minus by Standard and Poor's.", "en", "AA", corpus.Other},
		{"Martin Quorvel (Holdings) Ltd <MQH.HK> expects higher profits. Martin Quorvel rose 75 cents.", "en", "Martin Quorvel", corpus.Organization},
		{"The ferry, the Pride of Quorvania, is owned by a British company. The hull of the Pride of Quorvania was damaged.", "en", "Pride of Quorvania", corpus.Other},
		{"Les vols ont été annulés et le porte-avions Charles-de-Quorvel est rentré au port.", "fr", "Charles-de-Quorvel", corpus.Other},
		{"L'enfant a été transporté à l'hôpital Robert-Quorvel samedi soir.", "fr", "Robert-Quorvel", corpus.Place},
		{"Elle a acheté une Renault Quorva d'occasion l'an dernier.", "fr", "Renault Quorva", corpus.Other},
		{"The railway links the port of Dar es Salaam with the copper mines.", "en", "Dar es Salaam", corpus.Place},
		{"Tonnes of copper are sent by rail to the port of Dar-es-Salaam each month.", "en", "Dar-es-Salaam", corpus.Place},
		{"Le jury du Concours d'Élégance de Quorvel Beach a remis son prix.", "fr", "Concours d'Élégance de Quorvel Beach", corpus.Other},
		{"Le discours de Martin Luther Quorvel a ému la foule, a dit Martin Luther Quorvel III.", "fr", "Martin Luther Quorvel", corpus.Person},
		// Round 10: a hospital named after someone without a hyphen; an
		// exchange's code, a short code in brackets before a suffix.
		{"Ils ont manifesté jeudi devant l'hôpital Robert Quorvel à Paris.", "fr", "Robert Quorvel", corpus.Place},
		{"Il travaille à l'hôpital pour enfants Robert Quorvel à Paris, a-t-il dit.", "fr", "Robert Quorvel", corpus.Place},
		{"Le discours de Robert Quorvel a ému la foule.", "fr", "Robert Quorvel", corpus.Person},
		// Round 12: a storm, named like a woman, after its noun.
		{"Quinze ans après l'ouragan Martine Quorvel, la ville a reconstruit ses digues.", "fr", "Martine Quorvel", corpus.Other},
		{"Damage from hurricane Martine Quorvel was put at two billion dollars.", "en", "Martine Quorvel", corpus.Other},
		// Round 21: a storm's noun before a town of the lists.
		{"Le Texas se prépare à l'arrivée de l'ouragan Harvey. Houston est sur le passage de Harvey.", "fr", "Harvey", corpus.Other},
		{"Houston est sur le passage de Harvey, a dit le maire.", "fr", "Harvey", corpus.Place},
		// Round 21: a surname that "Saint" opens after a given name and
		// "de", and alone after it.
		{"Antoine de Saint-Quorvel a écrit ce roman en 1943.", "fr", "Antoine de Saint-Quorvel", corpus.Person},
		{"Les élèves du lycée Saint-Quorvel sont en grève.", "fr", "Saint-Quorvel", corpus.Place},
		// Round 12: a state's initials after a town and a comma.
		{"A grand jury in Providence, Q.Z., was probing the firm's filings.", "en", "Q.Z", corpus.Place},
		{"The Q.Z. said it would appeal the ruling.", "en", "Q.Z", corpus.Organization},
		// Round 12: a town's initials, beside its name joined by hyphens.
		{"QDDL : la manifestation a dégénéré. A Quorvel-Dame-des-Landes, les occupants ont dit non.", "fr", "QDDL", corpus.Place},
		{"QDDL : la manifestation a dégénéré, selon les occupants.", "fr", "QDDL", corpus.Organization},
		// Round 15: initials an area's name spells out, an English code
		// glossed in French order, a count's unit, a show or a thing named
		// before its code, a craft one is aboard.
		{"Les soldats patrouillent dans la Zone quorvelle (ZQ). Les tirs à la ZQ ont cessé.", "fr", "ZQ", corpus.Organization},
		{"Les soldats patrouillent dans la Zone démilitarisée quorvelle (QDZ). Les tirs à la QDZ ont cessé.", "fr", "QDZ", corpus.Place},
		{"La capsule a rejoint la Station spatiale quorvelle (QSS) samedi.", "fr", "QSS", corpus.Other},
		{"Le groupe a supprimé 6.000 postes équivalent temps quorvel (ETQ) en cinq ans.", "fr", "ETQ", corpus.Other},
		{"Le groupe, qui emploie plus de 1.600 personnes (QTP), a vu ses effectifs augmenter.", "fr", "QTP", corpus.Other},
		{"Le chroniqueur vedette de l'émission Touche pas à mon quorvel (TPMQ) a quitté le plateau.", "fr", "TPMQ", corpus.Other},
		{"La voiture reçoit le système Porsche Torque Quorvel (PTQ) en option.", "fr", "PTQ", corpus.Other},
		{"L'astronaute a passé six mois à bord de l'QSSA avant de rentrer.", "fr", "QSSA", corpus.Other},
		{"Les fonds viennent de l'Institut supérieur de la quorvelle (ISQ), a-t-il dit.", "fr", "ISQ", corpus.Organization},
		{"Congress debated the Strategic Quorvel Initiative (SQI), the anti-missile system. SQI research grew.", "en", "SQI", corpus.Other},
		{"The loan pays 0.5 pct above the London Quorvel Bank Offered Rate (LQBOR) for five years.", "en", "LQBOR", corpus.Other},
		{"The company will unveil a new version of QDOS 3.3 next month, it said.", "en", "QDOS", corpus.Other},
		{"Middle spot rates at noon today: QFR 6.0612 and YEN 145.15, the bank said.", "en", "QFR", corpus.Organization},
		// Round 16: an indefinite article before a code, in French; a
		// bill's gloss; a model's name after the code, kept.
		{"Le chanteur a été victime d'un QVC la semaine dernière, a dit son agent.", "fr", "QVC", corpus.Other},
		{"Le chanteur a été victime d'une QVC 19 volée, a dit son agent.", "fr", "QVC", corpus.Organization},
		{"Le QVC a été victime d'une attaque, a dit son agent.", "fr", "QVC", corpus.Organization},
		{"Le projet de loi de financement de la Quorvelle (PLFQ) sera voté mardi.", "fr", "PLFQ", corpus.Other},
		// Round 18: a saint's day after "la", a town kept; a referendum's
		// gloss.
		{"Le réveillon de la Saint-Quorvin a été calme, a dit le préfet.", "fr", "Saint-Quorvin", corpus.Other},
		{"Il habite à Saint-Quorvin depuis dix ans, a dit le préfet.", "fr", "Saint-Quorvin", corpus.Place},
		{"Les opposants ont lancé le référendum d'initiative quorvelle (RIQ) mardi.", "fr", "RIQ", corpus.Other},
		// Round 19: "General" opening an institution's name that an
		// organization's word ends, a general kept; a reserve's gloss.
		{"A report by the General Quorvel Office said the program cost more than cash.", "en", "General Quorvel Office", corpus.Organization},
		{"The army's General Martin Quorvel said the troops would stay.", "en", "Martin Quorvel", corpus.Person},
		{"Crude oil stocks in the Strategic Quorvel Reserve (SQR) rose 200,000 barrels.", "en", "SQR", corpus.Other},
		// Round 19: a code after "or" and the lower-case words it spells,
		// a company's capitalized name kept.
		{"Farmers were paid in quorvel-in-kind, or QIK, certificates last year.", "en", "QIK", corpus.Other},
		{"Shares of Quorvel Industries, or QIN, rose two dlrs.", "en", "QIN", corpus.Organization},
		// Round 19: a second complement of an institution joined by "et",
		// with its connector or without; a name after "et" kept apart.
		{"Le Centre européen de prévention et de quorvellation des maladies a publié son rapport mardi.", "fr", "Centre européen de prévention et de quorvellation des maladies", corpus.Organization},
		{"Le Centre européen de prévention et quorvellation des maladies a publié son rapport mardi.", "fr", "Centre européen de prévention et quorvellation des maladies", corpus.Organization},
		{"Le Conseil de défense et Emmanuel Quorvel ont décidé mardi de fermer les écoles.", "fr", "Conseil de défense", corpus.Organization},
		// Round 19: a party by its members in the plural, a person whose
		// name ends with "s" kept.
		{"The majority Christian Democrats demanded the post on Monday.", "en", "Christian Democrats", corpus.Organization},
		{"Italy's Socialists quit the government on Monday.", "en", "Socialists", corpus.Organization},
		{"Charles Quorvels said the plan would work.", "en", "Charles Quorvels", corpus.Person},
		// Round 19: the German "fuer" of English wire copy joins a name.
		{"Shares of Bank fuer Quorvelwirtschaft AG rose two pct on Monday.", "en", "Bank fuer Quorvelwirtschaft AG", corpus.Organization},
		// Round 20: a compound word giving two letters of a thing's
		// initials; a company's gloss kept.
		{"Loans were priced at 7/8 point over London Quorvelbank Offered Rates (LQBOR) last year.", "en", "LQBOR", corpus.Other},
		{"Shares of London Quorvelbank Offered Group (LQBOG) rose two dlrs.", "en", "LQBOG", corpus.Organization},
		// Round 22: a name the document writes with a corporate suffix is
		// the company's, whatever "in" says of one mention; "in" still
		// makes a place of a name no suffix follows.
		{"Quorvel World Inc said it sued the bidder. He wanted to manipulate the market in Quorvel World stock. Quorvel World will seek a friendly suitor.", "en", "Quorvel World", corpus.Organization},
		{"The firm said it will build a new plant in Quorvelton next year. Quorvelton has 3,000 workers.", "en", "Quorvelton", corpus.Place},
		// Round 22: a name a slash joins to a company's is a company, two
		// people so joined stay people.
		{"Shell Canada Ltd, 72 pct owned by Royal Quorvel/Shell Group, raised prices.", "en", "Royal Quorvel", corpus.Organization},
		{"The leaders, Helmut Quorvel/Francois Mitterrand, met on Monday.", "en", "Helmut Quorvel", corpus.Person},
		// Round 22: a shop's sign before its name.
		{"Mardi, l'enseigne Quorvimarché a rappelé deux lots de haricots verts.", "fr", "Quorvimarché", corpus.Organization},
		// Round 22: a case named after a person is no person.
		{"Affaire Marc Dubois : la justice tranche mardi.", "fr", "Affaire Marc Dubois", corpus.Other},
		// Round 22: partners' names before "and Co" are the firm's, not
		// before "and Co-founder".
		{"Smith Barney, Harris Quorvel and Co analyst Edward Atorino lowered his rating.", "en", "Harris Quorvel", corpus.Organization},
		{"John Quorvel and Co-founder Jane Doe spoke on Monday.", "en", "John Quorvel", corpus.Person},
		// Round 22: a question a court is asked, spelled out before its
		// initials.
		{"L'avocat a soulevé une question prioritaire de quorvellité (QPQ), que la Cour a rejetée.", "fr", "QPQ", corpus.Other},
		// Round 15: the second part of a French surname after "de".
		{"Le président du Medef, Geoffroy Quorvel de Brasquin, estime que la réforme est bonne.", "fr", "Geoffroy Quorvel de Brasquin", corpus.Person},
		{"Selon Patrick Quorvel d'Arbasque, la télé a changé.", "fr", "Patrick Quorvel d'Arbasque", corpus.Person},
		{"Le journaliste Jean Quorvel de Lyon a parlé mardi.", "fr", "Jean Quorvel", corpus.Person},
		{"Le médecin Michel Quorvel de Twitter a parlé mardi.", "fr", "Michel Quorvel", corpus.Person},
	} {
		got, found := corpus.EntityType(""), false
		for _, e := range x.Extract("", tt.text, tt.lang) {
			if e.Name == tt.name {
				got, found = e.Type, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q in %q: got %q (found %v), want %s", tt.name, tt.text, got, found, tt.want)
		}
	}
}

// TestCommonPieces checks that a capitalized common word the corpus writes
// mostly as a word of longer names, and in lower case too, is no entity
// alone: "the Fund" after documents named the International Monetary Fund.
func TestCommonPieces(t *testing.T) {
	x := newTestExtractor(t)
	v := NewVotes()
	xv := x.WithVotes(v)
	docs := []string{
		"The loan was agreed with the Fund on Monday after weeks of talks in Brasilia.",
		"Officials of the International Monetary Fund arrived in Lima. The fund said talks went well.",
		"The International Monetary Fund approved the loan, and the fund will pay it in March.",
		"Argentina owes the International Monetary Fund billions; the fund wants reforms.",
	}
	for _, d := range docs {
		xv.Extract("", d, "en")
	}
	last := "Brazil reached an accord with the Fund on Tuesday after long talks."
	for _, m := range xv.Extract("", last, "en") {
		if m.Name == "Fund" {
			t.Errorf("Fund still an entity, typed %s", m.Type)
		}
	}
	// Without the documents of the longer name it stays.
	found := false
	for _, m := range x.WithVotes(NewVotes()).Extract("", last, "en") {
		found = found || m.Name == "Fund"
	}
	if !found {
		t.Skip("Fund is not extracted alone at all; nothing to check")
	}
}

// TestSaintSurname checks that a surname that "Saint" opens, alone after
// the person's full name, is that person (round 21).
func TestSaintSurname(t *testing.T) {
	x := newTestExtractor(t)
	ms := x.Mentions("", "Antoine de Saint-Quorvel a écrit ce roman en 1943. Saint-Quorvel était pilote.", "fr")
	if len(ms) != 2 {
		t.Fatalf("got %d mentions (%v), want 2", len(ms), ms)
	}
	for _, m := range ms {
		if m.Name != "Antoine de Saint-Quorvel" || m.Type != corpus.Person {
			t.Errorf("%q: got %q %s, want Antoine de Saint-Quorvel person", m.Text, m.Name, m.Type)
		}
	}
}
