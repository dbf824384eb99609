package entities

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func newTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	g, err := Builtin()
	if err != nil {
		tb.Fatalf("Builtin: %v", err)
	}
	return NewExtractor(g)
}

func names(es []corpus.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return out
}

func find(es []corpus.Entity, name string) (corpus.Entity, bool) {
	for _, e := range es {
		if e.Name == name {
			return e, true
		}
	}
	return corpus.Entity{}, false
}

func TestBuiltin(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	if g.Len() < 400 {
		t.Errorf("built-in gazetteer has %d entries, want at least 400", g.Len())
	}
	// Every entry must be reachable under its own name: a later entry
	// stealing it is a mistake in gazetteer.json.
	x := NewExtractor(g)
	for _, e := range g.entries {
		if got, ok := x.Lookup(e.Name); !ok || got.Name != e.Name {
			t.Errorf("Lookup(%q) = %q, %v; want the entry itself", e.Name, got.Name, ok)
		}
	}
}

func TestExtract(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name   string
		title  string
		body   string
		lang   string
		want   map[string]int // name → count
		absent []string
	}{
		{
			name: "aliases and misspellings merge",
			body: "VMware a racheté Heptio. VMWare et Vmware restent la même société, tout comme AWS et Amazon Web Services.",
			want: map[string]int{"VMware": 3, "Amazon Web Services": 2, "Heptio": 1},
		},
		{
			name:   "sentence-initial words are not names",
			body:   "Selon lui, rien ne change. Mais Docker progresse. Depuis, Cette équipe travaille. Initialement, personne.",
			want:   map[string]int{"Docker": 1},
			absent: []string{"Selon", "Mais", "Depuis", "Cette", "Initialement"},
		},
		{
			name:   "sentence head accepted when written so elsewhere",
			body:   "Klee said it was big. The deal pleased David Klee and his partners at Heraflux.",
			want:   map[string]int{"David Klee": 2, "Heraflux": 1},
			absent: []string{"Klee", "The"},
		},
		{
			name: "short mention of a known person",
			body: "Microsoft a confirmé. Nadella a parlé lundi.",
			want: map[string]int{"Microsoft": 1, "Satya Nadella": 1},
		},
		{
			name:   "roles are not names",
			body:   "Le PDG du groupe et le CEO de la filiale, ainsi que le vice-président, ont parlé à la presse de Logicworks.",
			want:   map[string]int{"Logicworks": 1},
			absent: []string{"PDG", "CEO"},
		},
		{
			name:   "case-sensitive entries need their case",
			body:   "He opened Word on his Apple laptop. An apple a day, a word to the wise, and go on the edge.",
			want:   map[string]int{"Word": 1, "Apple": 1},
			absent: []string{"Microsoft Edge", "Go"},
		},
		{
			name:   "case-sensitive word at a sentence head",
			body:   "Go ahead and try. Storm clouds gathered over the datacenter.",
			absent: []string{"Go", "Apache Storm"},
		},
		{
			name: "curly apostrophes and elisions",
			body: "L’offre d’Azure et l'hyperviseur d’Hyper-V, puis HyperV encore.",
			want: map[string]int{"Azure": 1, "Hyper-V": 2},
		},
		{
			name: "possessive",
			body: "It is VMware's plan and Microsoft’s too.",
			want: map[string]int{"VMware": 1, "Microsoft": 1},
		},
		{
			name: "discovered shapes",
			body: "The firm acquired InMage and uses HDInsight, reported CRN and Lemondeinformatique.fr this week.",
			want: map[string]int{"InMage": 1, "HDInsight": 1, "CRN": 1, "Lemondeinformatique.fr": 1},
		},
		{
			name:   "title case headline",
			title:  "Microsoft And VMware Close To Revealing Joint Development",
			body:   "Nothing else here.",
			want:   map[string]int{"Microsoft": 1, "VMware": 1},
			absent: []string{"Close", "Revealing", "Joint Development", "And"},
		},
		{
			name:   "boilerplate lines",
			body:   "Docker grows.\n\nPublicité\n\nSponsored post\n\nRelated: Newsletter",
			want:   map[string]int{"Docker": 1},
			absent: []string{"Publicité", "Sponsored", "Related", "Newsletter"},
		},
		{
			name:   "hyphenated compounds",
			body:   "A Lincoln-based partner met Jean-Pierre Dupont about the Microsoft-VMware deal.",
			want:   map[string]int{"Lincoln": 1, "Jean-Pierre Dupont": 1, "Microsoft": 1, "VMware": 1},
			absent: []string{"Lincoln-based"},
		},
		{
			name: "typed discoveries",
			body: "He joined Kestrel Systems Inc last year, said Maria Okonkwo, who lives in Quimperlé.",
			want: map[string]int{"Kestrel Systems Inc": 1, "Maria Okonkwo": 1, "Quimperlé": 1},
		},
		{
			name:   "French names with particles and place phrases",
			body:   "Sont élus MM. Otto de Dardel, Eugène Berger, Oscar Despland et Anne-Françoise de Bosset. Le général de Gaulle visite le canton de Vaud, la Suisse romande et l'Afrique du Nord, puis Saint-Pétersbourg. Ludwig van Beethoven aussi.",
			want:   map[string]int{"Otto de Dardel": 1, "Eugène Berger": 1, "Oscar Despland": 1, "Anne-Françoise de Bosset": 1, "de Gaulle": 1, "canton de Vaud": 1, "Suisse romande": 1, "Afrique du Nord": 1, "Saint-Pétersbourg": 1, "Ludwig van Beethoven": 1},
			absent: []string{"Dardel", "Gaulle", "Vaud", "Pétersbourg", "Beethoven"},
		},
		{
			name:   "roles keep their particle out",
			body:   "Le PDG de Microsoft et le directeur général de Google ont parlé au Conseil fédéral.",
			want:   map[string]int{"Microsoft": 1, "Google": 1, "Conseil fédéral": 1},
			absent: []string{"de Microsoft", "de Google"},
		},
		{
			name:   "facet junk",
			body:   "Microsoft, based in Redmond, Wash., said it. Le Premier ministre était au ministère de la Santé le 3 juillet.Mais rien ne change. Combien M. Dupont a-t-il payé ? Proxmox VE 8 sort ; la version VE plaît. Windows Vistal plante. Victoria Ce matin.",
			want:   map[string]int{"Microsoft": 1, "Redmond": 1, "Proxmox VE": 2, "Windows Vista": 1, "Dupont": 1},
			absent: []string{"Wash", "Premier", "Santé", "juillet.Mais", "Mais", "VE", "Windows Vistal", "Combien M. Dupont", "Victoria Ce"},
		},
		{
			name: "a first name alone counts under the full name",
			body: "On retrouve Charles Michel à Bruxelles, puis Charles a parlé.",
			want: map[string]int{"Charles Michel": 2},
		},
		{
			name: "institutions take adjectives and complements",
			body: "Les Chambres fédérales ont voté, puis le Parlement européen et l'Action nationale. Le Conseil de sécurité, la Chambre des représentants Nancy Pelosi et la Commission de régulation de l'énergie. Il demande à la République d'investir.",
			want: map[string]int{"Chambres fédérales": 1, "Parlement européen": 1, "Action nationale": 1, "Conseil de sécurité": 1,
				"Chambre des représentants": 1, "Nancy Pelosi": 1, "Commission de régulation de l'énergie": 1},
			absent: []string{"Chambres", "Parlement", "Chambre des représentants Nancy Pelosi", "République d'investir"},
		},
		{
			name: "an institution's article is not its name",
			body: "L'ONU demande l'arrêt des conflits -Le Conseil de sécurité de l'ONU a voté. C'est un succès I La Société générale avance la somme. " +
				"Il lit Le Monde et vote pour La République en Marche.",
			want:   map[string]int{"Conseil de sécurité": 1, "Société générale": 1, "Le Monde": 1},
			absent: []string{"Le Conseil de sécurité", "La Société générale", "République en Marche"},
		},
		{
			name:   "English adjectives come before the noun",
			body:   "The European Community cereal trade lobby wrote to the Security Council official.",
			lang:   "en",
			want:   map[string]int{"European Community": 1},
			absent: []string{"European Community cereal", "Security Council official"},
		},
		{
			name:   "a capitalized word the text also writes in lower case",
			body:   "Il joue avec l'Orchestre à Lucerne ; l'orchestre est bon. Les Marseillais aiment les clubs marseillais. Il vit à Tours et fait trois tours de piste avec Pierre. Pierre Dupont et pierre.",
			want:   map[string]int{"Lucerne": 1, "Tours": 1, "Pierre Dupont": 2},
			absent: []string{"Orchestre", "Marseillais"},
		},
		{
			name: "words a lost line break ran together",
			body: "Ses ouvrages cartonnentPhilippe De Villiers jouit d'une popularité. L214 salue l'initiativeBrigitte Gothière. " +
				"Il gère phpMyAdmin, le cdH et Fooware sous macOS. Le cantonaLdes paie, faquelU aussi.",
			want:   map[string]int{"Philippe De Villiers": 1, "Brigitte Gothière": 1, "phpMyAdmin": 1, "cdH": 1, "Fooware": 1},
			absent: []string{"cartonnentPhilippe", "cartonnentPhilippe De Villiers", "initiativeBrigitte", "cantonaLdes", "Ldes", "faquelU"},
		},
		{
			name: "inhabitants, ordinals, abbreviated months and shouted common nouns",
			body: "MUSIQUE\nLes Vaudois et des Prussiens ont rencontré un Genevois venu faire affaire dans les Midlands. La Quatrième arrive le 3 Janv. à Berne. " +
				"Cette musique plaît à la NASA.",
			want:   map[string]int{"Midlands": 1, "Berne": 1, "NASA": 1},
			absent: []string{"MUSIQUE", "Vaudois", "Prussiens", "Genevois", "Quatrième", "Janv"},
		},
		{
			name: "lines run together change case between names",
			body: "Le député LREM Laurent Pietraszewski répond à l'élu EELV Julien Bayou sur France Inter. Un cyclone frappe en Birmanie PARIS, 15 (Havas). — On mande de Londres. " +
				"Il dit que la Fondation KRYPTO roule en Audi Q5 TFSI depuis des mois, pendant que XENON Labs teste Proxmox VE.",
			want:   map[string]int{"La République en marche": 1, "Laurent Pietraszewski": 1, "Europe Écologie Les Verts": 1, "Julien Bayou": 1, "Myanmar": 1, "Paris": 1, "Fondation KRYPTO": 1, "Audi Q5 TFSI": 1, "XENON Labs": 1, "Proxmox VE": 1},
			absent: []string{"LREM Laurent Pietraszewski", "EELV Julien Bayou", "Julien Bayou sur France Inter", "Birmanie PARIS", "Myanmar Paris"},
		},
		{
			name: "initials keep their dot and their particle",
			body: "Le rapport est signé par J. B. et par A. Q. ce matin, devant F. de Rabours, S. de Vlaeminck et J. F. de Mont. " +
				"Chez J. J. Burgdorfer, à Berne. On voit sur une image AFP A. Zahidul Islam qui sourit. Il roule en Classe E.",
			want:   map[string]int{"J. B.": 1, "A. Q.": 1, "F. de Rabours": 1, "S. de Vlaeminck": 1, "J. F. de Mont": 1, "J. J. Burgdorfer": 1, "AFP": 1, "A. Zahidul Islam": 1},
			absent: []string{"J. B", "Rabours", "Vlaeminck", "Mont", "J. F", "Classe E.", "Burgdorfer", "AFP A. Zahidul Islam"},
		},
		{
			name: "an initial's dot does not end the sentence whose casing is judged",
			body: "Sont élus Maunoir (Genève), A. Piguet (Yverdon), E. Bossi (Lugano) et lui.",
			want: map[string]int{"Maunoir": 1, "A. Piguet": 1, "Yverdon": 1, "E. Bossi": 1, "Lugano": 1},
		},
		{
			name: "small places take their head unless they are known places; outre- is a place's mention, no facet value",
			body: "Le quartier des Grésilles et le château de Meseberg, puis la place Tahrir. Un quartier de Bruxelles aussi. " +
				"À la place de Google, le sondage place Stéphane Bern en tête. Il a vécu outre-Rhin puis outre-Atlantique.",
			want:   map[string]int{"quartier des Grésilles": 1, "château de Meseberg": 1, "place Tahrir": 1, "Google": 1, "Stéphane Bern": 1},
			absent: []string{"Rhin", "Atlantique", "Grésilles", "quartier de Bruxelles", "place de Google", "place Stéphane Bern"},
		},
		{
			name: "titles of rank, church and nobility",
			body: "Le Premier Consul reçoit l'amiral Bryon, le maréchal de Mac-Mahon et Mgr Mario Giordana ; le prince Harry et le duc d'York suivent Mad. Murat. " +
				"Une étude de l'Institut Pasteur. Marion Maréchal et Louis Pasteur aussi.",
			want: map[string]int{"Bryon": 1, "de Mac-Mahon": 1, "Mario Giordana": 1, "Harry": 1, "York": 1, "Murat": 1,
				"Institut Pasteur": 1, "Marion Maréchal": 1, "Louis Pasteur": 1},
			absent: []string{"Premier Consul", "Consul", "Mgr Mario Giordana", "d'York", "Mad"},
		},
		{
			name:   "French words in -ment are not names alone",
			body:   "Le texte parle du Développement durable. Parallèlement, il enseigne. Il parle Vaguement de M. Froment.",
			want:   map[string]int{"Froment": 1},
			absent: []string{"Développement", "Parallèlement", "Vaguement"},
		},
		{
			name: "one-word entries of a results list",
			body: "Classement : 1. Olano (Esp) 37 h 32'. 12. Camenzind. 23. Huser. 60. Moos à 44\". " +
				"Le bilan du Covid-19. Seuls 11 décès. Les essais de 2017. Convaincus, ils repartent. 2. Réduire les coûts.",
			want:   map[string]int{"Olano": 1, "Camenzind": 1, "Huser": 1, "Moos": 1},
			absent: []string{"Seuls", "Convaincus", "Réduire"},
		},
		{
			name:   "dotted abbreviations resolve with or without their last dot",
			body:   "Prices in the U.S. rose while the U.K. held steady. Most exports went to the U.S.",
			lang:   "en",
			want:   map[string]int{"United States": 2, "United Kingdom": 1},
			absent: []string{"U.S", "U.K", "U.S."},
		},
		{
			name: "a line break that only wraps a sentence is a space",
			body: "Stock in Northwind Trading Corp rose on Tuesday after the Bank\n" +
				"of Ruritania cut its key rate, and analysts at Contoso\n" +
				"Securities said that the plan of Fabrikam Holdings Co\n" +
				"Inc to build a new plant on the North Island of New\n" +
				"Zealand would help all of the region's farmers this year.\n" +
				"The Bank said it would act again if needed.\n" +
				"Shr 1.20 dlrs vs 1.10 dlrs\n" +
				"Net 5.6 mln vs 4.3 mln\n",
			lang: "en",
			want: map[string]int{"Northwind Trading Corp": 1, "Bank of Ruritania": 1, "Contoso Securities": 1,
				"Fabrikam Holdings Co Inc": 1, "New Zealand": 1},
			absent: []string{"Corp", "Bank", "Securities", "Co", "Inc", "Co Inc", "Zealand", "Net", "Ruritania"},
		},
		{
			name:   "labels and ministers' portfolios are not names",
			body:   "NOTE: figures are unaudited. On Monday the Trade Minister said in a speech that he had met the Prime Minister and the Finance Minister last week to talk about the budget in Ottawa.\nVIDÉO - Le ministre parle aux élus.",
			lang:   "en",
			want:   map[string]int{"Ottawa": 1},
			absent: []string{"NOTE", "VIDÉO", "Trade", "Prime", "Finance"},
		},
		{
			name:   "New and First open names; a sentence's subject before \"of\" does not",
			body:   "Shares of First Boston Corp rose after New Jersey regulators approved the merger, traders said on Tuesday in a note to clients.",
			lang:   "en",
			want:   map[string]int{"First Boston Corp": 1, "New Jersey": 1},
			absent: []string{"Shares of First Boston Corp", "Boston Corp", "Jersey"},
		},
		{
			name: "a word that names a product is the head of the longer name around it",
			body: "The Federal Cartel Office opened an inquiry into the airline on Monday. The Office said it would report soon. " +
				"Separately, the Office of the Comptroller of the Currency fined a bank, said the Attorney General's Office. " +
				"Staff at the bank still write their letters in Office and Word.",
			lang:   "en",
			want:   map[string]int{"Federal Cartel Office": 2, "Microsoft Office": 1},
			absent: []string{"Office"},
		},
		{
			name: "a short wire story of short paragraphs is wrapped too",
			body: "The Central Clearing Office of the\n" +
				"savings banks of New Zealand said it is selling a 100 mln\n" +
				"dollar bond at par.\n" +
				"Subscriptions close on Friday.\n" +
				"Proceeds will go to the repayment of an older issue of Kestrel\n" +
				"Savings Bank Ltd, the bankers said in a statement in New\n" +
				"Zealand.\n" +
				"It is rated.\n",
			lang:   "en",
			want:   map[string]int{"Central Clearing Office": 1, "Kestrel Savings Bank Ltd": 1, "New Zealand": 2},
			absent: []string{"Microsoft Office", "Savings Bank Ltd", "Zealand"},
		},
		{
			name: "adjectives of nationality are not names, inside a name they stay",
			body: "West German bankers said that Iranian officials had met Soviet and Saudi envoys in Geneva, while Latin American debtors " +
				"were still waiting for an answer from the Iranian Oil Ministry.",
			lang:   "en",
			want:   map[string]int{"Geneva": 1, "Iranian Oil Ministry": 1},
			absent: []string{"West German", "Iranian", "Soviet", "Saudi", "Latin American", "West"},
		},
		{
			name:   "a later mention without its article is the name with it",
			body:   "Selon Le Figaro, les élus du parti hésitent encore. Pour le Figaro, ils finiront par voter, et Le Figaro le répète.",
			lang:   "fr",
			want:   map[string]int{"Le Figaro": 3},
			absent: []string{"Figaro"},
		},
		{
			name: "parties count under one name, acronym or not",
			body: "Le délégué général de La République en marche répond à un député LREM. La France insoumise et LFI votent contre, " +
				"comme le Front national. En marche vers la mer, le FN manifeste.",
			lang:   "fr",
			want:   map[string]int{"La République en marche": 2, "La France insoumise": 2, "Front national": 2},
			absent: []string{"LREM", "LFI", "FN", "La République", "En marche"},
		},
		{
			name:   "a portfolio ends where the person after it begins",
			body:   "Le ministre de l'Intérieur Christophe Castaner a rencontré la ministre de la Santé Agnès Buzyn. Later the Chancellor of the Exchequer Nigel Lawson said he agreed with the plan after talks with bankers.",
			want:   map[string]int{"Christophe Castaner": 1, "Agnès Buzyn": 1, "Nigel Lawson": 1},
			absent: []string{"Intérieur Christophe Castaner", "Santé Agnès Buzyn", "Exchequer Nigel Lawson", "Intérieur", "Santé"},
		},
		{
			name:   "an institution's complement may follow its adjective",
			body:   "Selon l'Organisation mondiale de la santé (OMS) et l'Agence régionale de santé, la Direction générale de la santé a tranché.",
			lang:   "fr",
			want:   map[string]int{"World Health Organization": 2, "Agence régionale de santé": 1, "Direction générale de la santé": 1},
			absent: []string{"Organisation mondiale", "Agence régionale", "Direction générale"},
		},
		{
			name: "surnames with an article, places with an elision, dotted initials",
			body: "Le ministre Bruno Le Maire et le préfet du Val-d'Oise ont visité Villeneuve-d'Ascq. " +
				"Shares of E.F. Hutton Group Inc rose sharply on Tuesday after the firm said profits were up.",
			want:   map[string]int{"Bruno Le Maire": 1, "Val-d'Oise": 1, "Villeneuve-d'Ascq": 1, "E.F. Hutton Group Inc": 1},
			absent: []string{"Bruno", "Val", "Oise", "Villeneuve", "Ascq", "E.F", "Hutton Group Inc"},
		},
		{
			name: "institutions whose names hold an \"and\"; acronyms that are also towns",
			body: "Ratings fell after Standard and Poor's Corp acted, and the Food and Drug Administration said the General Agreement on Tariffs " +
				"and Trade did not apply. Le festival d'Aix-en-Provence et Aix-les-Bains ; AIX tourne sur POWER.",
			lang:   "en",
			want:   map[string]int{"Standard & Poor's": 1, "FDA": 1, "GATT": 1, "AIX": 1},
			absent: []string{"Standard", "Poor's Corp", "Agreement on Tariffs", "Drug Administration"},
		},
		{
			name:   "a place of several words opens a longer name",
			body:   "Kestrel closed on the New York Stock Exchange at 72, up four on heavy volume, the Hong Kong Telecom unit said in New York on Monday.",
			lang:   "en",
			want:   map[string]int{"New York Stock Exchange": 1, "Hong Kong Telecom": 1, "New York": 1},
			absent: []string{"Stock Exchange", "Telecom"},
		},
		{
			name:   "the Fed and the EC under their names",
			body:   "The EC said the Fed and the Federal Reserve Board would meet. Later the European Community agreed, and the Board said no.",
			lang:   "en",
			want:   map[string]int{"European Community": 2, "Federal Reserve": 2},
			absent: []string{"EC", "Fed", "Board", "Federal Reserve Board"},
		},
		{
			name:   "\"Home\" is a page label only alone",
			body:   "The notes are secured by Federal Home Loan Mortgage Corp certificates, and they were sold at a discount to dealers on Monday.",
			lang:   "en",
			want:   map[string]int{"Federal Home Loan Mortgage Corp": 1},
			absent: []string{"Federal", "Loan Mortgage Corp"},
		},
		{
			name:   "lowercase common words",
			body:   "open the windows, the office is on the edge of town",
			absent: []string{"Windows", "Microsoft Office", "Microsoft Edge"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract(tt.title, tt.body, tt.lang)
			for name, count := range tt.want {
				e, ok := find(got, name)
				if !ok {
					t.Errorf("missing %q; got %v", name, names(got))
					continue
				}
				if e.Count != count {
					t.Errorf("%q count = %d, want %d", name, e.Count, count)
				}
			}
			for _, name := range tt.absent {
				if _, ok := find(got, name); ok {
					t.Errorf("unexpected %q in %v", name, names(got))
				}
			}
		})
	}
}

func TestExtractTypes(t *testing.T) {
	x := newTestExtractor(t)
	got := x.Extract("", "He joined Kestrel Systems Inc last year, said Maria Okonkwo, who lives in Quimperlé. Satya Nadella met IBM and M. Dupont in Redmond. "+
		"La société Fabrikam a racheté Northwind ; il travaille chez Contoso. Lausanne accueille Eugène Berger au canton de Vaud. "+
		"Le maréchal Haig écrit au prince Harry. Les usines de Molsheim et de Bruay-la-Buissière ferment, comme celle de Saint-Malo.", "en")
	want := map[string]corpus.EntityType{
		"Fabrikam":            corpus.Organization,
		"Contoso":             corpus.Organization,
		"Lausanne":            corpus.Place,
		"Eugène Berger":       corpus.Person,
		"canton de Vaud":      corpus.Place,
		"Kestrel Systems Inc": corpus.Organization,
		"Maria Okonkwo":       corpus.Person,
		"Quimperlé":           corpus.Place,
		"Satya Nadella":       corpus.Person,
		"IBM":                 corpus.Organization,
		"Dupont":              corpus.Person,
		"Redmond":             corpus.Place,
		"Haig":                corpus.Person,
		"Harry":               corpus.Person,
		"Molsheim":            corpus.Place,
		"Bruay-la-Buissière":  corpus.Place,
		"Saint-Malo":          corpus.Place,
	}
	for name, typ := range want {
		e, ok := find(got, name)
		if !ok {
			t.Errorf("missing %q; got %v", name, names(got))
			continue
		}
		if e.Type != typ {
			t.Errorf("%q type = %s, want %s", name, e.Type, typ)
		}
	}
}

// TestExtractSurnames covers the names that are a known place's (or a
// product's) and a person's: the evidence around each mention decides.
func TestExtractSurnames(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name   string
		body   string
		lang   string
		want   []corpus.Entity
		absent []string
	}{
		{
			name: "a given name first in a sentence, then the surname alone",
			body: "François Hollande a ouvert la séance. Hollande a ensuite répondu aux élus.",
			want: []corpus.Entity{{Name: "François Hollande", Type: corpus.Person, Count: 2}},
		},
		{
			name:   "a title before the surname",
			body:   "Hier, le président Hollande a visité une usine à Lille avec les salariés.",
			want:   []corpus.Entity{{Name: "Hollande", Type: corpus.Person, Count: 1}, {Name: "Lille", Type: corpus.Place, Count: 1}},
			absent: []string{"Netherlands"},
		},
		{
			name: "abbreviated titles and the head of state",
			body: "M. Hollande est arrivé. Plus tard, l'ancien chef de l'Etat Hollande a souri, et Mr Jordan aussi.",
			want: []corpus.Entity{{Name: "Hollande", Type: corpus.Person, Count: 2}, {Name: "Jordan", Type: corpus.Person, Count: 1}},
		},
		{
			name:   "a leader's term or government",
			body:   "Cette loi date du quinquennat Hollande. Le gouvernement Castex l'a gardée, et le couple Hollande-Gayet n'a rien dit.",
			want:   []corpus.Entity{{Name: "Hollande", Type: corpus.Person, Count: 2}},
			absent: []string{"Netherlands"},
		},
		{
			name: "the country after de",
			body: "Les fromages de Hollande se vendent bien sur ce marché.",
			want: []corpus.Entity{{Name: "Netherlands", Type: corpus.Place, Count: 1}},
		},
		{
			name: "a person and the place in one text",
			body: "M. Hollande a décliné l'invitation. Il passera ses vacances en Hollande, puis à Lyon.",
			want: []corpus.Entity{{Name: "Hollande", Type: corpus.Person, Count: 1}, {Name: "Netherlands", Type: corpus.Place, Count: 1}},
		},
		{
			name: "a given name that is a city",
			body: "La ministre Florence Parly est venue à Florence mardi. Parly a remercié les soldats.",
			want: []corpus.Entity{{Name: "Florence Parly", Type: corpus.Person, Count: 2}, {Name: "Florence", Type: corpus.Place, Count: 1}},
		},
		{
			name:   "an English surname that is a country",
			body:   "Michael Jordan scored 31 points in Chicago. Jordan said the team was tired.",
			lang:   "en",
			want:   []corpus.Entity{{Name: "Michael Jordan", Type: corpus.Person, Count: 2}},
			absent: []string{"Jordan"},
		},
		{
			name: "a text that writes the word both ways leaves it alone",
			body: "Michael Jordan scored 31 points in Chicago. Jordan said the team was tired. King Abdullah of Jordan watched.",
			lang: "en",
			want: []corpus.Entity{{Name: "Michael Jordan", Type: corpus.Person, Count: 1}, {Name: "Jordan", Type: corpus.Place, Count: 2}},
		},
		{
			name:   "a surname that is a city",
			body:   "George Washington crossed the river at night. Washington later led the new army.",
			lang:   "en",
			want:   []corpus.Entity{{Name: "George Washington", Type: corpus.Person, Count: 2}},
			absent: []string{"Washington"},
		},
		{
			name: "a person named after the city does not take the city's other mentions",
			body: "L'hôpital George Washington ouvre un centre. La maire de Washington a salué le projet. Washington compte 700 000 habitants.",
			want: []corpus.Entity{{Name: "Washington", Type: corpus.Place, Count: 2}},
		},
		{
			name: "a city after à, a man after face à",
			body: "L'université George Washington, à Washington, recrute. Le président Hollande a répondu. Face à Hollande, les élus se sont tus.",
			want: []corpus.Entity{{Name: "Washington", Type: corpus.Place, Count: 1}, {Name: "Hollande", Type: corpus.Person, Count: 2}},
		},
		{
			name: "a product stays the product alone",
			body: "Ed Jenkins leads the build team. Jenkins runs every night.",
			lang: "en",
			want: []corpus.Entity{{Name: "Ed Jenkins", Type: corpus.Person, Count: 1}, {Name: "Jenkins", Type: corpus.Product, Count: 1}},
		},
		{
			name: "a company's name stays the company's",
			body: "Martin Bouygues a pris la parole. Bouygues publie ses comptes jeudi.",
			want: []corpus.Entity{{Name: "Martin Bouygues", Type: corpus.Person, Count: 1}},
		},
		{
			name:   "no title where none stands",
			body:   "Le sénateur LR a voté contre. Le directeur général France du groupe est parti. Le Premier ministre. Pékin a répondu. Officials planned Howard's Tokyo trip.",
			want:   []corpus.Entity{{Name: "Les Républicains", Type: corpus.Organization, Count: 1}, {Name: "France", Type: corpus.Place, Count: 1}, {Name: "Beijing", Type: corpus.Place, Count: 1}, {Name: "Tokyo", Type: corpus.Place, Count: 1}},
			absent: []string{"LR", "Howard's Tokyo"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract("", tt.body, tt.lang)
			for _, w := range tt.want {
				e, ok := find(got, w.Name)
				if !ok {
					t.Errorf("missing %q; got %v", w.Name, got)
					continue
				}
				if e != w {
					t.Errorf("got %v, want %v", e, w)
				}
			}
			for _, name := range tt.absent {
				if _, ok := find(got, name); ok {
					t.Errorf("unexpected %q in %v", name, got)
				}
			}
		})
	}
}

func TestExtractOrder(t *testing.T) {
	x := newTestExtractor(t)
	got := x.Extract("Docker", "Azure and Docker. Azure, Docker, Azure. Intel and AMD.", "en")
	want := []string{"Azure", "Docker", "AMD", "Intel"}
	if !slices.Equal(names(got), want) {
		t.Errorf("got %v, want %v", names(got), want)
	}
	if got[0].Count != 3 || got[1].Count != 3 {
		t.Errorf("counts = %d, %d; want 3, 3 (title counts)", got[0].Count, got[1].Count)
	}
}

func TestLookup(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ in, want string }{
		{"vmware", "VMware"},
		{"VMWare", "VMware"},
		{"aws", "Amazon Web Services"},
		{"hyperv", "Hyper-V"},
		{"HYPER-V", "Hyper-V"},
		{"GCP", "Google Cloud"},
		{"Google Cloud Platform", "Google Cloud"},
		{"Vmotion", "vMotion"},
		{"Microsoft Azure", "Azure"},
		{"etats-unis", "United States"},
		{"Dassault Systemes", "Dassault Systèmes"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			e, ok := x.Lookup(tt.in)
			if !ok || e.Name != tt.want {
				t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, e.Name, ok, tt.want)
			}
		})
	}
	if _, ok := x.Lookup("Heraflux"); ok {
		t.Errorf("Lookup(Heraflux) found an entry; it should be discovered, not known")
	}
}

func TestWith(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	before := g.Len()
	ext, err := g.With([]Entry{
		{Name: "Heraflux", Type: corpus.Organization, Aliases: []string{"Heraflux Technologies"}},
		{Name: "vmware", Type: corpus.Product, Aliases: []string{"VMW"}},
	})
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	if g.Len() != before {
		t.Errorf("With changed the receiver: %d entries, want %d", g.Len(), before)
	}
	if ext.Len() != before+1 {
		t.Errorf("extended gazetteer has %d entries, want %d", ext.Len(), before+1)
	}
	x := NewExtractor(ext)
	got := x.Extract("", "Heraflux Technologies works with VMW and vmware.", "en")
	if e, ok := find(got, "Heraflux"); !ok || e.Type != corpus.Organization {
		t.Errorf("Heraflux = %+v, %v; want an organization", e, ok)
	}
	// The override is spelled all lower case, so lower-case text matches it.
	if e, ok := find(got, "vmware"); !ok || e.Type != corpus.Product || e.Count != 2 {
		t.Errorf("overridden VMware = %+v, %v; want a product counted twice (VMW, vmware)", e, ok)
	}
	if _, err := g.With([]Entry{{Name: "X", Type: "vendor"}}); err == nil {
		t.Errorf("With accepted an unknown type")
	}
	if _, err := g.With([]Entry{{Name: "  "}}); err == nil {
		t.Errorf("With accepted an empty name")
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"g.json":  `[{"name":"Proxmox VE","type":"product","aliases":["PVE"]},{"name":"Bob","type":"person","case_sensitive":true}]`,
		"g2.json": `{"entries":[{"name":"Proxmox VE","type":"product","aliases":["PVE"]},{"name":"Bob","type":"person","case_sensitive":true}]}`,
		"g.yaml":  "- name: Proxmox VE\n  type: product\n  aliases: [PVE]\n- name: Bob\n  type: person\n  case_sensitive: true\n",
		"g.yml":   "entries:\n  - {name: Proxmox VE, type: product, aliases: [PVE]}\n  - {name: Bob, type: person, case_sensitive: true}\n",
		"g.csv":   "name,type,aliases,case_sensitive\nProxmox VE,product,PVE,\nBob,person,,true\n",
	}
	want := []Entry{
		{Name: "Proxmox VE", Type: corpus.Product, Aliases: []string{"PVE"}},
		{Name: "Bob", Type: corpus.Person, Aliases: []string{}, CaseSensitive: true},
	}
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := LoadFile(path)
			if err != nil {
				t.Fatalf("LoadFile: %v", err)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d entries, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i].Name != want[i].Name || got[i].Type != want[i].Type ||
					!slices.Equal(got[i].Aliases, want[i].Aliases) || got[i].CaseSensitive != want[i].CaseSensitive {
					t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
				}
			}
		})
	}
	bad := map[string]string{
		"bad.txt":  "Proxmox",
		"bad.json": `[{"name":"X","type":"vendor"}]`,
		"bad.csv":  "X,product,,maybe\n",
		"bad.yaml": "- name: [",
	}
	for name, content := range bad {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := LoadFile(path); err == nil {
				t.Errorf("LoadFile(%s) succeeded, want an error", name)
			}
		})
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.json")); err == nil {
		t.Errorf("LoadFile of a missing file succeeded")
	}
}

// TestSeeds runs over the real articles the project was specified with.
// They live outside the repository; without them the test is skipped.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seed articles in ../../../shared/seeds")
	}
	x := newTestExtractor(t)
	found := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(data), "\n")
		for _, e := range x.Extract(title, body, "") {
			found[e.Name] = true
		}
	}
	for _, name := range []string{"VMware", "Hyper-V", "InMage", "Docker", "Microsoft", "Satya Nadella",
		"HDInsight", "Amazon Web Services", "David Klee", "Kenneth Ziegler", "Heraflux", "Logicworks", "CRN"} {
		if !found[name] {
			t.Errorf("seeds: %q not found", name)
		}
	}
	for _, name := range []string{"Selon", "Mais", "For", "Publicité", "CEO", "PDG", "Sponsored", "Related",
		"Initialement", "Depuis", "Cette", "VMWare", "Vmware", "Klee", "Ziegler", "Nadella"} {
		if found[name] {
			t.Errorf("seeds: %q found, want it rejected or merged", name)
		}
	}
}

type goldenEntities struct {
	Entities []corpus.Entity `json:"entities"`
}

func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	inputs, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			title, body, _ := strings.Cut(string(data), "\n")
			lang := name[:2]
			got, err := json.MarshalIndent(goldenEntities{x.Extract(title, body, lang)}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("entities differ from %s (run go test -update and review the diff):\ngot:\n%s", path, got)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	x := newTestExtractor(t)
	body := benchArticle
	want := x.Extract("", body, "fr")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got := x.Extract("", body, "fr")
			if !slices.Equal(got, want) {
				t.Errorf("concurrent Extract differs")
			}
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	f.Add("Microsoft Azure", "VMware et l’hyperviseur Hyper-V. Selon Satya Nadella, « Docker »…", "fr")
	f.Add("", "M. J. R. Dupont-Durand of Bank of America (CRN) – AT&T, C++, .NET, Node.js's", "en")
	f.Add("ALL CAPS TITLE HERE", "\n\n\u2019s l' d'\u00a0-Conseil fédéral- III", "")
	f.Add("", "ouvragesPhilippe De Villiers, J. J. Burgdorfer. 12. Camenzind. 60. Moos à 44\". outre-Rhin, place Tahrir, faquelU, l'initiativeBrigitte", "fr")
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, title, body, lang string) {
		got := x.Extract(title, body, lang)
		seen := map[string]bool{}
		for _, e := range got {
			if e.Name == "" || !utf8.ValidString(e.Name) && utf8.ValidString(title+body) {
				t.Errorf("bad name %q", e.Name)
			}
			if e.Count <= 0 {
				t.Errorf("%q count %d", e.Name, e.Count)
			}
			if seen[e.Name] {
				t.Errorf("duplicate %q", e.Name)
			}
			if !corpus.ValidEntityType(e.Type) {
				t.Errorf("%q type %q", e.Name, e.Type)
			}
			seen[e.Name] = true
		}
		for _, m := range x.Mentions(title, body, lang) {
			field := body
			if m.InTitle {
				field = title
			}
			if m.Start < 0 || m.End > len(field) || m.Start >= m.End {
				t.Errorf("mention %q has bad offsets %d..%d", m.Name, m.Start, m.End)
			}
		}
	})
}

// benchArticle is a ~400-word French IT news article written for the
// benchmark.
const benchArticle = `Microsoft Azure va accueillir les machines virtuelles VMware

Selon plusieurs sources proches du dossier, Microsoft préparerait avec VMware une offre permettant d'exécuter vSphere directement dans Azure. Le projet, piloté par Ray Blanchard, ancien cadre de VMware passé chez Microsoft, serait annoncé dans les prochaines semaines. Depuis l'accord signé entre VMware et Amazon Web Services en 2016, les clients réclamaient une option équivalente chez les autres fournisseurs de cloud public.

Mais la route reste longue. Pat Gelsinger, CEO de VMware, indiquait il y a quelques mois que les clients voulaient aussi une compatibilité avec Google Cloud. Pour Satya Nadella, le PDG de Microsoft, l'enjeu est clair : attirer les charges de travail des entreprises qui ne veulent pas tout réécrire. Nadella a répété lors de la conférence Ignite que le cloud hybride restait la priorité du groupe.

Chez Heraflux, partenaire des deux éditeurs basé à Lincoln, dans le Nebraska, David Klee se félicite de cette annonce. « C'est une excellente nouvelle pour nos clients », explique Klee, qui gère des environnements Hyper-V et vSphere depuis une dizaine d'années. Même son de cloche chez Logicworks, à New York, où Kenneth Ziegler estime que la concurrence fera baisser les prix de VMware Cloud on AWS.

Le marché reste dominé par AWS, qui détient environ 32 % des dépenses selon le cabinet Canalys, devant Microsoft (16,5 %) et Google (9,5 %). Les analystes de Gartner rappellent que la migration de workloads VMware vers Azure était jusqu'ici possible via l'outil Azure Migrate ou la technologie d'InMage, rachetée en 2014. Ces solutions convertissaient toutefois les machines virtuelles au format Hyper-V, ce qui imposait des tests longs et coûteux.

Initialement, Microsoft misait uniquement sur son propre hyperviseur. Cette stratégie évolue : l'éditeur a intégré Docker à Windows Server, lancé HDInsight sous Linux et ouvert Azure ML à tous. D'après CRN, la nouvelle offre s'appuierait sur des serveurs bare-metal hébergés dans les centres de données de Microsoft, exploités par un partenaire certifié par VMware.

Reste la question du prix. Les licences VMware, déjà jugées coûteuses par de nombreux DSI, pourraient freiner l'adoption. Broadcom, qui a depuis racheté VMware, n'a pas souhaité commenter. Du côté d'Oracle et d'IBM, on prépare des offres concurrentes, tandis qu'OVHcloud et Scaleway misent sur la souveraineté pour séduire les clients européens.

Publicité

Derniers Dossiers`

func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	title, body, _ := strings.Cut(benchArticle, "\n")
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(title, body, "fr")
	}
}

// foundCase is a French text, a name, and whether the extractor should
// find that name in it.
type foundCase struct {
	text, name string
	want       bool
}

// checkFound extracts the French texts of cases and reports the names found
// where they should not be, or missing where they should be.
func checkFound(t *testing.T, cases []foundCase) {
	t.Helper()
	checkFoundIn(t, "fr", cases)
}

// checkFoundIn is checkFound for texts in the language lang.
func checkFoundIn(t *testing.T, lang string, cases []foundCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		found := false
		for _, e := range x.Extract("", tt.text, lang) {
			found = found || e.Name == tt.name
		}
		if found != tt.want {
			t.Errorf("%q in %q: found %v, want %v", tt.name, tt.text, found, tt.want)
		}
	}
}

// TestEventComplement checks that a French word after an event's head in
// lower case and "de" is no name of its own ("la guerre de Sécession"),
// while a place of the lists there stays one.
func TestEventComplement(t *testing.T) {
	checkFound(t, []foundCase{
		{"La statue date de la guerre de Quorvession (1861-1865), selon la mairie.", "Quorvession", false},
		{"Le film a été présenté au festival de Cannes mardi soir.", "Cannes", true},
		{"Le livre raconte la vie de Quorvession, mort en 1865.", "Quorvession", true},
	})
}

// TestOfficeNoun checks that an institution's head does not take an
// office's noun that ends like an adjective as its name's word: "le Haut
// commissaire" is a title, "le Conseil constitutionnel" still an institution
// (round 20 of issue 15).
func TestOfficeNoun(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le Haut commissaire à la réforme des retraites a reçu les syndicats mardi.", "Haut commissaire", false},
		{"Le Conseil quorvellaire a rendu son avis mardi.", "Conseil quorvellaire", true},
	})
}

// typedCase is a French text and the type a name should have in it.
type typedCase struct {
	text string
	want corpus.EntityType
}

// checkTyped extracts the French texts of cases and reports where name is
// missing or has another type than the case's.
func checkTyped(t *testing.T, name string, cases []typedCase) {
	t.Helper()
	checkTypedIn(t, "fr", name, cases)
}

// checkTypedIn is checkTyped for texts in the language lang.
func checkTypedIn(t *testing.T, lang, name string, cases []typedCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tt := range cases {
		e, ok := find(x.Extract("", tt.text, lang), name)
		if !ok || e.Type != tt.want {
			t.Errorf("%s in %q: got %q (found %v), want %s", name, tt.text, e.Type, ok, tt.want)
		}
	}
}

// TestGivenTown checks that a given name which is a town of the lists too is
// the person's after a word of a child, a role, a title or "affaire", across
// a comma and an adjective, and the town's elsewhere (round 22 of issue 15).
func TestGivenTown(t *testing.T) {
	checkTyped(t, "Sofia", []typedCase{
		{"La jeune Sofia a été menacée sur les réseaux sociaux.", corpus.Person},
		{"Alors que sa fille aînée, Sofia, n'avait que deux ans, il a quitté la télé.", corpus.Person},
		{"Mme Sofia a porté plainte mardi.", corpus.Person},
		{"Le sommet des ministres s'est tenu à Sofia mardi.", corpus.Place},
	})
}

// TestAdjectivesAnd checks that an institution's adjectives go on across
// "et", and across a comma when "et" and a last adjective follow, but not
// across "et" before an article (round 22 of issue 15).
func TestAdjectivesAnd(t *testing.T) {
	checkFound(t, []foundCase{
		{"Il a présidé le Conseil quorvel et social pendant cinq ans.", "Conseil quorvel", false},
		{"Il a présidé le Conseil économique et quorvellaire pendant cinq ans.", "Conseil économique et quorvellaire", true},
		{"Le président du Conseil économique, quorvellaire et environnemental a parlé.", "Conseil économique, quorvellaire et environnemental", true},
		{"Le Conseil quorvellaire et le gouvernement ont parlé mardi.", "Conseil quorvellaire", true},
		{"Le Parlement quorvellaire, réuni à Strasbourg, a voté.", "Parlement quorvellaire", true},
	})
}

// TestCaseNoun checks that a name a town's ending or list makes a place is
// the case's after a case's noun, and still the place elsewhere (round 22
// of issue 15).
func TestCaseNoun(t *testing.T) {
	checkTyped(t, "Quorvelcourt", []typedCase{
		{"Il a bénéficié d'un non-lieu dans l'affaire Quorvelcourt, a dit son avocat.", corpus.Other},
		{"Les pompiers sont intervenus à Quorvelcourt dans la nuit.", corpus.Place},
	})
}

// TestListedPlaceAcross checks that a capitalized function word after a
// name holds the run together when the run is a place of the lists whole
// ("Papua New Guinea"), and still cuts it elsewhere (round 23 of issue 15).
func TestListedPlaceAcross(t *testing.T) {
	checkFound(t, []foundCase{
		{"Kaputin said Papua New Guinea was experiencing a boom.", "Papua New Guinea", true},
		{"Kaputin said Papua New Guinea was experiencing a boom.", "Papua", false},
		{"The project lies off the coast of Papua New Guinea, it said.", "Papua New Guinea", true},
	})
}

// TestScandalLast checks that a given name or a surname before "Gate"
// names the scandal, a thing, not the person (round 23 of issue 15).
func TestScandalLast(t *testing.T) {
	checkTyped(t, "Quentin Gate", []typedCase{
		{"Il a évoqué l'affaire du \"Quentin Gate\", l'emploi supposé de son épouse.", corpus.Other},
		{"Un homme l'a interpellé au sujet du « Quentin Gate ». Il est empêtré dans l'affaire.", corpus.Other},
	})
}

// TestTownBeforeState checks that a name before a comma and a US state,
// by name or abbreviated, is a town, but not before a state that a
// capitalized word or a possessive follows (round 23 of issue 15).
func TestTownBeforeState(t *testing.T) {
	checkTypedIn(t, "en", "Marion Quorvel", []typedCase{
		{"The company closed its processing plant at Marion Quorvel, Nebraska, because it had no choice.", corpus.Place},
		{"The union said the plant near Marion Quorvel, Neb. would reopen.", corpus.Place},
		{"Senator Marion Quorvel, Texas Democrat, said the bill would pass.", corpus.Person},
		{"Senator Marion Quorvel, Nebraska's senior senator, said the bill would pass.", corpus.Person},
	})
}

// TestFirstOpensCompany checks that "First" or "New" at a sentence's head
// stays the first word of a company's name that a corporate suffix ends,
// as it does mid-sentence, and is cut before any other name (round 23 of
// issue 15).
func TestFirstOpensCompany(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"First Quorvel Corp said its quarterly profit rose 12 pct.", "First Quorvel Corp", true},
		{"First Quorvel Corp said its quarterly profit rose 12 pct.", "Quorvel Corp", false},
		{"New Quorvel Industries Inc said it would buy the unit.", "New Quorvel Industries Inc", true},
		{"First Quorvel said on Tuesday that profit rose.", "First Quorvel", false},
	})
}

// TestEventNumber checks that a number of one or two digits ends an
// event's name ("Championnat du Monde de Formule 1"), and a year does not
// (round 23 of issue 15).
func TestEventNumber(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le pilote domine le Championnat du Monde de Quorvel 1, dit-il.", "Championnat du Monde de Quorvel 1", true},
		{"Le pilote domine le Championnat du Monde de Quorvel 1, dit-il.", "Championnat du Monde de Quorvel", false},
		{"La Coupe du Monde 2018 a eu lieu en Russie.", "Coupe du Monde", true},
	})
}

// TestGivenAfterTitle checks that a given name of the world's lists after a
// portfolio's or a place's capitalized word starts the person in French,
// and not after a company's name or a connector (round 23 of issue 15).
func TestGivenAfterTitle(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le ministre israélien de la Défense Benny Quorvel a estimé que toute annexion devait attendre.", "Benny Quorvel", true},
		{"Le ministre israélien de la Défense Benny Quorvel a estimé que toute annexion devait attendre.", "Défense Benny Quorvel", false},
		{"Le grand rabbin de France Haïm Quorvel a appelé au calme.", "Haïm Quorvel", true},
		{"Les ventes de Fiat Chrysler Automobiles ont reculé.", "Fiat Chrysler Automobiles", true},
	})
}

// TestTitleOfListedPlace checks that a place of the lists written with
// hyphens, whole, ends before a first name and a surname as a one-word
// place does (round 23 of issue 15).
func TestTitleOfListedPlace(t *testing.T) {
	checkFound(t, []foundCase{
		{"Pour la présidente de la région Ile-de-France Valérie Quorvel, c'était une personnalité exceptionnelle.", "Valérie Quorvel", true},
		{"Pour la présidente de la région Ile-de-France Valérie Quorvel, c'était une personnalité exceptionnelle.", "Ile-de-France Valérie Quorvel", false},
	})
}

// TestPartyMemberOfPlace checks that a place and a party's member in the
// singular ("a Missouri Democrat") is the place, the member no name
// (round 23 of issue 15).
func TestPartyMemberOfPlace(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"Rep. Richard Quorvel, a Missouri Democrat, said the bill would pass.", "Missouri Democrat", false},
		{"Rep. Richard Quorvel, a Missouri Democrat, said the bill would pass.", "Missouri", true},
		{"The Christian Democrats won the vote in Bavaria.", "Christian Democrats", true},
	})
}

// TestPartySide checks that a party's adjective after a body's name and
// before a noun in lower case is no word of the name, and that a capital
// after it goes on with the name (round 23 of issue 15).
func TestPartySide(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The bill was backed by Quorvel Democratic leaders on Tuesday.", "Quorvel Democratic", false},
		{"The Quorvel Democratic Party won seats on Tuesday.", "Quorvel Democratic Party", true},
	})
}

// TestMakerTown checks that one word after a maker's noun and "de" is the
// town of its works, and that a company of the lists there stays the
// company (round 23 of issue 15).
func TestMakerTown(t *testing.T) {
	checkTyped(t, "Quorvelton", []typedCase{
		{"Le constructeur de Quorvelton vient d'étoffer le catalogue de son modèle DB11.", corpus.Place},
		{"Le premier SUV de l'histoire du constructeur de Quorvelton a été présenté.", corpus.Place},
	})
	checkTyped(t, "Renault", []typedCase{
		{"Le constructeur de Renault a dit non mardi.", corpus.Organization},
	})
}

// TestCollectiveBefore checks that "le collectif" before a name makes it
// an organization (round 23 of issue 15).
func TestCollectiveBefore(t *testing.T) {
	checkTyped(t, "Quorvel", []typedCase{
		{"Caroline Martin, du collectif Quorvel, a répondu mardi.", corpus.Organization},
	})
}

// TestHashtagAfterOrgWord checks that a hashtag glued to a name after an
// organization's word in lower case is the organization's name (round 23
// of issue 15).
func TestHashtagAfterOrgWord(t *testing.T) {
	checkTyped(t, "QuorvelToutes", []typedCase{
		{"Caroline Martin, du collectif #QuorvelToutes, a répondu mardi.", corpus.Organization},
	})
}

// TestNewspaperWords checks that "Daily" or "Weekly" in a name of several
// words makes it an organization's, as "Times" or "Herald" does (round 23
// of issue 15).
func TestNewspaperWords(t *testing.T) {
	checkTypedIn(t, "en", "Quorvel Weekly", []typedCase{
		{"The Quorvel Weekly said on Monday that exports fell.", corpus.Organization},
	})
}

// TestVenueFirst checks that "Parc" or "Stade" opening a name makes it a
// place, as "Mount" or "Lake" does (round 23 of issue 15).
func TestVenueFirst(t *testing.T) {
	checkTyped(t, "Parc des Quorvel", []typedCase{
		{"Le match a eu lieu au Parc des Quorvel samedi soir.", corpus.Place},
	})
}

// TestTerritoryOfPlace checks that "Etat de" or "Etat du" and a place of the
// lists name that place, not a thing (round 24 of issue 15).
func TestTerritoryOfPlace(t *testing.T) {
	checkTyped(t, "Etat du Nebraska", []typedCase{
		{"Le gouverneur de l'Etat du Nebraska a signé la loi mardi.", corpus.Place},
	})
	checkTyped(t, "Etat de Victoria", []typedCase{
		{"Les incendies ravagent l'Etat de Victoria depuis une semaine.", corpus.Place},
	})
}

// TestRepublicOfRole checks that in "le procureur de la République de X",
// "République de" is the title's and X the name (round 24 of issue 15).
func TestRepublicOfRole(t *testing.T) {
	checkNoNameOpening(t, "République", []string{
		"Le parquet a été saisi, a indiqué le procureur de la République de Rouen, Pascal Quorvel.",
		"Une enquête est ouverte, selon la procureure de la République de Bastia.",
	})
	checkTyped(t, "Rouen", []typedCase{
		{"Le parquet a été saisi, a indiqué le procureur de la République de Rouen, Pascal Quorvel.", corpus.Place},
	})
}

// TestGluedFunctionWord checks that a run of capitals glued to a
// capitalized function word, a credit run into the next sentence, is no
// name (round 24 of issue 15).
func TestGluedFunctionWord(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, word string }{
		{"Que sait-on de la brigade ?par QRTVLes services en tenue sont arrivés.", "QRTVLes"},
		{"Le débat a eu lieu sur QRTVLa médiatisation du mouvement a suivi.", "QRTVLa"},
	} {
		if e, ok := find(x.Extract("", tt.text, "fr"), tt.word); ok {
			t.Errorf("%q: got %q as a %s, want no entity", tt.text, e.Name, e.Type)
		}
	}
}

// TestKicker checks that a rubric in capitals opening the title or the body
// before a full stop or a dash is no name (round 24 of issue 15).
func TestKicker(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ title, body, word string }{
		{"EN QUORVELLES. Il a neigé sur la ville", "Les routes étaient fermées mardi.", "QUORVELLES"},
		{"", "INSOLITE - Des gendarmes en patrouille ont trouvé un âne.", "INSOLITE"},
	} {
		if e, ok := find(x.Extract(tt.title, tt.body, "fr"), tt.word); ok {
			t.Errorf("%q: got %q as a %s, want no entity", tt.title+tt.body, e.Name, e.Type)
		}
	}
}

// TestSurBeforeCapitals checks that "sur" before a word in capitals ends a
// name: a show and its channel are two (round 24 of issue 15).
func TestSurBeforeCapitals(t *testing.T) {
	x := newTestExtractor(t)
	text := "Il était l'invité de l'émission Quorvellan sur QTV jeudi soir."
	for _, e := range x.Extract("", text, "fr") {
		if strings.Contains(e.Name, " sur ") {
			t.Errorf("got %q as a %s, want the show and the channel apart", e.Name, e.Type)
		}
	}
}

// TestTerritoryOfDirection checks that "Etat du Sud" and the like, a part
// of a country by a point of the compass, is no name (round 24 of issue 15).
func TestTerritoryOfDirection(t *testing.T) {
	checkNoNameOpening(t, "Etat", []string{
		"Le gouverneur de cet Etat du Sud a signé la loi mardi.",
		"La chaleur frappe surtout les Etats du Sud et de l'Ouest depuis lundi.",
	})
}

// checkNoNameOpening fails if a French text gives a name that opens with
// prefix.
func checkNoNameOpening(t *testing.T, prefix string, texts []string) {
	t.Helper()
	x := newTestExtractor(t)
	for _, text := range texts {
		for _, e := range x.Extract("", text, "fr") {
			if strings.HasPrefix(e.Name, prefix) {
				t.Errorf("%q: got %q as a %s, want no name opening with %q", text, e.Name, e.Type, prefix)
			}
		}
	}
}

// TestAimComplement checks that a French body's name goes on through
// "pour", "sur" or "contre", an article and a noun after its complement or
// adjective, when its head is a body founded for an aim, and not after an
// assembly's name or a head alone (round 25 of issue 15).
func TestAimComplement(t *testing.T) {
	checkFound(t, []foundCase{
		{"Les malades sont des employés du Centre de recherche sur la viande, selon la mairie.", "Centre de recherche sur la viande", true},
		{"Les malades sont des employés du Centre de recherche sur la viande, selon la mairie.", "Centre de recherche", false},
		{"Le président du Comité national contre le tabagisme, Yves Martinet, a parlé.", "Comité national contre le tabagisme", true},
		{"Le pilotage revient à la Caisse nationale de solidarité pour l'autonomie depuis mardi.", "Caisse nationale de solidarité pour l'autonomie", true},
		{"Les députés ont débattu à l'Assemblée nationale sur la bioéthique mardi soir.", "Assemblée nationale", true},
		{"Les députés ont débattu à l'Assemblée nationale sur la bioéthique mardi soir.", "Assemblée nationale sur la bioéthique", false},
		{"Elle a rejoint le Comité pour la première fois en 2019.", "Comité pour la première", false},
	})
}

// TestOfAnd checks that "and" joins a second field to the one an English
// organization's head is "of", but not after a place nor before an
// organization's word, a place or a person (round 25 of issue 15).
func TestOfAnd(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"He said the Office of Management and Budget would object.", "Office of Management and Budget", true},
		{"Office of Management and Budget Director James Miller said he would object.", "Office of Management and Budget", true},
		{"Office of Management and Budget Director James Miller said he would object.", "James Miller", true},
		{"The Department of Health and Human Services said on Tuesday it would act.", "Department of Health and Human Services", true},
		{"Officials of the University of Texas and Harvard said on Tuesday they would act.", "University of Texas and Harvard", false},
		{"The Ministry of Finance and Trade Minister Hajime Tamura said on Tuesday it would act.", "Ministry of Finance and Trade", false},
	})
}

// TestOrgJoined checks that a name of parts joined by hyphens, one of them
// an organization of the lists, is an organization, but not a town of the
// lists, a match of two clubs or a model (round 25 of issue 15).
func TestOrgJoined(t *testing.T) {
	checkTyped(t, "CFDT-Quorvel", []typedCase{
		{"Selon la CFDT-Quorvel, la grève sera suivie mardi.", corpus.Organization},
	})
	checkTyped(t, "Quorvel-FSU", []typedCase{
		{"Selon le Quorvel-FSU, la grève sera suivie mardi.", corpus.Organization},
	})
	// A town of the lists without its article, no organization of the
	// Kremlin's: what the other rules say of it.
	checkTyped(t, "Kremlin-Bicêtre", []typedCase{
		{"Il habite au Kremlin-Bicêtre depuis mardi.", corpus.Other},
	})
	checkTyped(t, "PSG-OM", []typedCase{
		{"Le match PSG-OM aura lieu dimanche soir.", corpus.Other},
	})
}

// TestCompaniesJoined checks that two companies of the lists joined by a
// hyphen, one of them a given name too, are their alliance, no person
// (round 30 of issue 15).
func TestCompaniesJoined(t *testing.T) {
	checkTyped(t, "Renault-Nissan", []typedCase{
		{"L'ancien patron de l'alliance Renault-Nissan a fui au Liban.", corpus.Organization},
	})
	checkTyped(t, "Peugeot-Citroën", []typedCase{
		{"Les ventes de Peugeot-Citroën ont baissé en mars.", corpus.Organization},
	})
}

// TestHeadOfAfter checks that an English name whose later word is an
// organization's head before "of" is that organization, whatever place
// opens it (round 25 of issue 15).
func TestHeadOfAfter(t *testing.T) {
	checkTypedIn(t, "en", "Milan Chamber of Commerce", []typedCase{
		{"A spokesman for the Milan Chamber of Commerce said prices would rise.", corpus.Organization},
	})
	checkTypedIn(t, "en", "Quorvel Chamber of Commerce", []typedCase{
		{"The Quorvel Chamber of Commerce said on Tuesday prices would rise.", corpus.Organization},
	})
	checkTypedIn(t, "en", "East Riding of Yorkshire", []typedCase{
		{"He lives in the East Riding of Yorkshire, near the coast.", corpus.Place},
	})
}

// TestRoleModifier checks that "Managing" before a role is the title's
// first word, no name's: the organization before it and the person after
// it stand alone (round 25 of issue 15).
func TestRoleModifier(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"IMF Managing Director Michel Camdessus said the fund would help.", "IMF", true},
		{"IMF Managing Director Michel Camdessus said the fund would help.", "IMF Managing", false},
		{"It said IMF Managing director Michel Camdessus made the trip.", "IMF Managing", false},
		{"It said IMF Managing director Michel Camdessus made the trip.", "Michel Camdessus", true},
	})
}

// TestGateAndWoodFirst checks that "Porte" and "Bois" open places' names,
// a town's gate or wood, as "Parc" does (round 25 of issue 15).
func TestGateAndWoodFirst(t *testing.T) {
	checkTyped(t, "Porte de Quorvel", []typedCase{
		{"Le salon se tient à la Porte de Quorvel jusqu'à dimanche.", corpus.Place},
	})
	checkTyped(t, "Bois de Quorvel", []typedCase{
		{"Les coureurs ont traversé le Bois de Quorvel samedi matin.", corpus.Place},
	})
}

// TestPeopleOf checks that a French nation or a place's inhabitants in the
// plural before "de" or "d'" is no word of the name after it, but that a
// common noun of a demonym's ending opens a name (round 25 of issue 15).
func TestPeopleOf(t *testing.T) {
	checkFound(t, []foundCase{
		{"Selon les Britanniques d'Autoquorvel, la voiture sera prête.", "Autoquorvel", true},
		{"Selon les Britanniques d'Autoquorvel, la voiture sera prête.", "Britanniques d'Autoquorvel", false},
		{"Les Japonais de Quorvel ont présenté leur voiture mardi.", "Japonais de Quorvel", false},
		{"Les Gardiens de la Révolution ont tiré un missile mardi.", "Gardiens de la Révolution", true},
	})
}

// TestBankWord checks that one word ending in "bank" or "banken" is a
// bank, and a short word so ending no more than the other rules say
// (round 26 of issue 15).
func TestBankWord(t *testing.T) {
	checkTypedIn(t, "en", "Quorvelbank", []typedCase{
		{"Shares of Quorvelbank rose on Tuesday after the results.", corpus.Organization},
	})
	checkTyped(t, "Quorvelbanken", []typedCase{
		{"Selon Quorvelbanken, les taux vont baisser mardi.", corpus.Organization},
	})
	for _, tt := range []struct {
		key  string
		want bool
	}{
		{"vneshtorgbank", true}, {"gosbank", true}, {"gotabanken", true},
		{"eubank", false}, {"bank", false}, {"banken", false}, {"banking", false},
	} {
		if got := bankWord(tt.key); got != tt.want {
			t.Errorf("bankWord(%q): got %v, want %v", tt.key, got, tt.want)
		}
	}
}

// TestUndersecretary checks that "Undersecretary" is a role: the portfolio
// before it and the person after it stand alone (round 26 of issue 15).
func TestUndersecretary(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"Agriculture Undersecretary Daniel Quorvel said the wheat outlook improved.", "Daniel Quorvel", true},
		{"Agriculture Undersecretary Daniel Quorvel said the wheat outlook improved.", "Agriculture Undersecretary Daniel Quorvel", false},
		{"Agriculture Secretary Daniel Quorvel said the wheat outlook improved.", "Daniel Quorvel", true},
	})
}

// TestSquareFirst checks that "Place" opens a square's name, as "Parc"
// does, and that the party Place publique stays an organization (round 26
// of issue 15).
func TestSquareFirst(t *testing.T) {
	checkTyped(t, "Place Quorvel", []typedCase{
		{"Le marché de Noël s'installe Place Quorvel jusqu'à dimanche.", corpus.Place},
	})
	// The gazetteer's spelling since round 30.
	checkTyped(t, "Place publique", []typedCase{
		{"La liste du PS et de Place Publique obtient 6 % des voix.", corpus.Organization},
	})
}

// TestPalaceWord checks that "Palais" opening or ending a name makes a
// place of it, a palace or a hall, and that an institution named by its
// seat and an adjective in lower case stays the institution (round 26 of
// issue 15).
func TestPalaceWord(t *testing.T) {
	checkTyped(t, "Palais de Quorvel", []typedCase{
		{"L'exposition se tient au Palais de Quorvel jusqu'à dimanche.", corpus.Place},
	})
	checkTyped(t, "Quorvel Palais", []typedCase{
		{"L'exposition se tient au Quorvel Palais jusqu'à dimanche.", corpus.Place},
	})
	checkTyped(t, "Palais royal", []typedCase{
		{"Le Palais royal a démenti ces informations mardi.", corpus.Organization},
	})
}

// TestHeadDuDes checks that "du" or "des" and a place go on with a French
// institution's name after its head and its words in lower case, but not
// after a name the lists know whole (round 26 of issue 15).
func TestHeadDuDes(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le texte a été critiqué par la Chambre de commerce des Etats-Unis mardi.", "Chambre de commerce des Etats-Unis", true},
		{"Le texte a été critiqué par la Chambre de commerce des Etats-Unis mardi.", "Chambre de commerce", false},
		{"Le directeur de l'Institut de géophysique du Pérou a parlé mardi.", "Institut de géophysique du Pérou", true},
		{"Le directeur de l'Agence météorologique du Japon a parlé mardi.", "Agence météorologique du Japon", true},
		{"Le Front national du Vaucluse a tenu son congrès mardi.", "Front national du Vaucluse", false},
	})
}

// TestPortfolioBeforePerson checks that a French minister's portfolio ends
// where the person after it begins, and that a portfolio's word alone is
// no name, while a company's name with one keeps it (round 26 of issue
// 15).
func TestPortfolioBeforePerson(t *testing.T) {
	checkFound(t, []foundCase{
		{"Elle a rencontré la ministre déléguée à l'Industrie Agnès Pannier-Quorvel mardi.", "Agnès Pannier-Quorvel", true},
		{"Elle a rencontré la ministre déléguée à l'Industrie Agnès Pannier-Quorvel mardi.", "Industrie Agnès Pannier-Quorvel", false},
		{"Il a rencontré le secrétaire d'Etat au Tourisme Jean-Baptiste Quorvel mardi.", "Jean-Baptiste Quorvel", true},
		{"Il a rencontré le secrétaire américain au Trésor Steven Quorvel mardi.", "Steven Quorvel", true},
		{"Il a rencontré le secrétaire d'Etat à la Jeunesse, Gabriel Quorvel, mardi.", "Jeunesse", false},
		{"Le consortium Airbus Industrie a livré deux avions mardi.", "Airbus Industrie", true},
	})
}

// TestChamberSideBeforeRole checks that a party's adjective or "Majority"
// before a role ends the chamber's name: the chamber and the person stand
// alone (round 26 of issue 15).
func TestChamberSideBeforeRole(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"Senate Republican Leader Robert Quorvel said he believed the veto would stand.", "Senate Republican", false},
		{"Senate Republican Leader Robert Quorvel said he believed the veto would stand.", "Robert Quorvel", true},
		{"The bill passed, and Senate Republican Leader Robert Quorvel said the veto would stand.", "Senate", true},
		{"House Majority leader Thomas Quorvel has urged Congress to act.", "House Majority", false},
		{"The Social Democratic Party said on Tuesday it would vote against the budget.", "Social Democratic Party", true},
	})
}

// TestChurchAlone checks that "l'Eglise" alone is the Church, an
// organization, in either spelling (round 26 of issue 15).
func TestChurchAlone(t *testing.T) {
	checkTyped(t, "Eglise", []typedCase{
		{"Le pape a présenté les excuses de l'Eglise aux victimes mardi.", corpus.Organization},
	})
	checkTyped(t, "Église", []typedCase{
		{"La loi de séparation de l'Église et de l'État date de 1905.", corpus.Organization},
	})
}

// TestGivenSyllable checks that an East Asian given name's second
// syllable, after a hyphen, stays in the name that a family name of
// surnamesfirst.txt opens, in lower case or as a capitalized function
// word, and that the name is a person's (round 27 of issue 15).
func TestGivenSyllable(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"Economic Planning Board Minister Kim Qorv-je said the debt fell.", "Kim Qorv-je", true},
		{"Economic Planning Board Minister Kim Qorv-je said the debt fell.", "Kim Qorv", false},
		{"Deputy prime minister Kim Qorv-Je told local businessmen the won would rise.", "Kim Qorv-Je", true},
		{"Shares of the New York-based Quorvel Corp rose on Tuesday.", "New York-based", false},
		{"Shares of the New York-based Quorvel Corp rose on Tuesday.", "New York", true},
	})
	checkTypedIn(t, "en", "Li Qa-shing", []typedCase{
		{"The tycoon Li Qa-shing bought the stake on Tuesday.", corpus.Person},
	})
	checkTyped(t, "Kim Qong-Un", []typedCase{
		{"Accusé par le régime de Kim Qong-Un d'avoir perdu la raison, le président a répondu.", corpus.Person},
	})
}

// TestInitialsBeforeName checks that the dot after a company's initials
// joined by dots does not end the sentence when a capitalized name
// follows, and still ends it after initials the lists know (round 27 of
// issue 15).
func TestInitialsBeforeName(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"Larry Quorvel of S.G. Qorburg said the economy is fine.", "S.G. Qorburg", true},
		{"Larry Quorvel of S.G. Qorburg and Co Inc said the economy is fine.", "S.G. Qorburg and Co Inc", true},
		{"Larry Quorvel of S.G. Qorburg and Co Inc said the economy is fine.", "S.G", false},
		{"Prices rose in the U.K. Qorburg said exports fell.", "U.K. Qorburg", false},
	})
}

// TestPortugueseConnector checks that the Portuguese "do" and "das" join
// the capitalized words around them into one name, and that "Sul" and
// "Norte" end a state's (round 27 of issue 15).
func TestPortugueseConnector(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The loan was arranged by Banco do Qorvel, a bank in the state of Rio Grande do Sul.", "Banco do Qorvel", true},
		{"The loan was arranged by Banco do Qorvel, a bank in the state of Rio Grande do Sul.", "Qorvel", false},
		{"The loan was arranged by Banco do Qorvel, a bank in the state of Rio Grande do Sul.", "Rio Grande", false},
	})
	checkTypedIn(t, "en", "Qorvel Grosso do Sul", []typedCase{
		{"Farmers in Qorvel Grosso do Sul said the harvest fell.", corpus.Place},
	})
}

// TestOfficesPlural checks that an office in the plural is no name's word,
// before a person or after a portfolio, and stays in a body's name after
// "of" (round 27 of issue 15).
func TestOfficesPlural(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The plan was backed by Republican Senators Phil Quorvel and Bob Dole on Tuesday.", "Phil Quorvel", true},
		{"The plan was backed by Republican Senators Phil Quorvel and Bob Dole on Tuesday.", "Republican Senators Phil Quorvel", false},
		{"Speaking before a meeting of the Qorvel Finance Ministers here, he declined to comment.", "Qorvel Finance Ministers", false},
		{"The accord needs the approval of the EC Council of Ministers, officials said.", "EC Council of Ministers", true},
	})
}

// TestModelMark checks that a model's number or letter after "Model"
// ends the model's name, which keeps it (round 27 of issue 15).
func TestModelMark(t *testing.T) {
	checkFound(t, []foundCase{
		{"Il ne devance plus la Qorvel Model 3 que de peu.", "Qorvel Model 3", true},
		{"Il ne devance plus la Qorvel Model 3 que de peu.", "Qorvel Model", false},
		{"Elle veut concurrencer la Qorvel Model S sur leurs terres.", "Qorvel Model S", true},
	})
}

// TestDemonymsOdd checks that the demonyms no rule derived before, French
// ones in "-ien" and English ones listed in cues.txt, are no names alone
// (round 27 of issue 15).
func TestDemonymsOdd(t *testing.T) {
	checkFound(t, []foundCase{
		{"Un soldat Malien a été tué mardi près de la frontière.", "Malien", false},
		{"Les Tunisiens ont voté dimanche pour élire leur président.", "Tunisiens", false},
	})
	checkFoundIn(t, "en", []foundCase{
		{"The Danish government said on Tuesday it would cut taxes.", "Danish", false},
		{"Two Saudis were arrested at the border on Tuesday.", "Saudis", false},
		{"Output at the Peruvian mines fell 12 pct in March, Qorvel said.", "Peruvian", false},
		{"Output at the mines fell 12 pct in March, Qorvel said.", "Qorvel", true},
	})
}

// TestCardinalAlone checks that a number in words is no name alone, and
// stays a word of a longer name (round 27 of issue 15).
func TestCardinalAlone(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The dividend is payable May Seven to holders of record April 21.", "Seven", false},
		{"The dividend is payable May Seven to holders of record April 21.", "May Seven", false},
		{"Finance ministers of the Group of Seven met in Paris on Sunday.", "Group of Seven", true},
	})
	checkFound(t, []foundCase{
		{"L'arme de poing a été retrouvée mardi.Trois personnes ont été évacuées.", "Trois", false},
	})
}

// TestAdverbsAtHead checks that French determiners and adverbs that open a
// sentence run into the one before are no names (round 27 of issue 15).
func TestAdverbsAtHead(t *testing.T) {
	checkFound(t, []foundCase{
		{"Auchan et Système U présentent leurs excuses Quelques heures plus tôt, le groupe a réagi.", "Quelques", false},
		{"Bloqués à la frontière -Environ 69.000 Vénézuéliens sont rentrés depuis mardi.", "Environ", false},
		{"\"On travaille pour trouver une solution\"Auparavant, le ministre avait visité le centre.", "Auparavant", false},
	})
}

// TestGenericPlural checks that the plural of a common word of
// generic.txt is no name alone, unlike a party's members or a town (round
// 27 of issue 15).
func TestGenericPlural(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le comité examine l'attribution des Coupes du monde 2018 et 2022.", "Coupes", false},
	})
	checkFoundIn(t, "en", []foundCase{
		{"The Democrats won the vote in the House on Tuesday.", "Democrats", true},
	})
	checkTyped(t, "Tours", []typedCase{
		{"Le maire de Tours a présenté son budget mardi.", corpus.Place},
	})
}

// TestGermanUnionPrefix checks that "IG" opens an organization's name, a
// German union's or group's (round 27 of issue 15).
func TestGermanUnionPrefix(t *testing.T) {
	checkTyped(t, "IG Qorvel", []typedCase{
		{"Le syndicat allemand IG Qorvel a appelé à la grève mardi.", corpus.Organization},
		{"Selon IG Qorvel, les salaires augmenteront de 4 %.", corpus.Organization},
	})
}

// TestSiteName checks that a capitalized domain is a website's name, an
// organization, and an e-mail address no name of one (round 27 of issue
// 15).
func TestSiteName(t *testing.T) {
	checkTyped(t, "Qorvel.fr", []typedCase{
		{"Selon les informations de Qorvel.fr, le ministre a démissionné mardi.", corpus.Organization},
	})
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Lopinion.fr", true}, {"Change.org", true}, {"Medici.tv", true},
		{"ClubHub@Ford.com", false}, {"Node.js", false}, {"lopinion.fr", false},
	} {
		if got := siteName(tt.w); got != tt.want {
			t.Errorf("siteName(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestHyphenDemonym checks that a demonym of a place of two words, joined
// by a hyphen, is no name, while a person or a theatre so written stays
// one (round 28 of issue 15).
func TestHyphenDemonym(t *testing.T) {
	checkFound(t, []foundCase{
		{"Face au confinement qui s'éternise, les New-Yorkais sont restés disciplinés.", "New-Yorkais", false},
		{"La délégation Sud-Coréenne est arrivée mardi à Pyongyang.", "Sud-Coréenne", false},
		{"Al-Baghdadi a été tué lors d'un raid américain.", "Al-Baghdadi", true},
		{"La pièce se joue au théâtre des Bouffes-Parisiens jusqu'en mars.", "Bouffes-Parisiens", true},
	})
}

// TestPremierBeforePerson checks that the English office "Premier", and a
// role before a family name written first, end where the person begins,
// while "Premier League" stays a name (round 28 of issue 15).
func TestPremierBeforePerson(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"China will press ahead with reforms, Premier Zhao Ziyang told parliament.", "Zhao Ziyang", true},
		{"China will press ahead with reforms, Premier Zhao Ziyang told parliament.", "Premier Zhao Ziyang", false},
		{"The talks were led by Ambassador Li Luye on Tuesday.", "Li Luye", true},
		{"Arsenal lead the Premier League by three points.", "Premier League", true},
	})
}

// TestVenueLandmarks checks that the halls and arenas French news names
// alone, as it names the Bataclan, are places (round 28 of issue 15).
func TestVenueLandmarks(t *testing.T) {
	checkTyped(t, "Grand Rex", []typedCase{
		{"Elle a annulé en raison de blessures, selon le Grand Rex, la salle qui l'accueillait.", corpus.Place},
	})
	checkTyped(t, "Arènes", []typedCase{
		{"Le palais de justice, situé près des Arènes, était bouclé.", corpus.Place},
	})
}

// TestHyphenHeadOf checks that a sentence's first word joined by a hyphen
// to "de" or "d'" stays in the name ("Côtes-d'Armor" at a line's head),
// while a subject before "of" still goes (round 28 of issue 15).
func TestHyphenHeadOf(t *testing.T) {
	checkFound(t, []foundCase{
		{"Côtes-d'Armor : deux morts dans un grave accident de la route", "Côtes-d'Armor", true},
		{"Côtes-d'Armor : deux morts dans un grave accident de la route", "Armor", false},
		{"Bouches-du-Rhône : un incendie a détruit 300 hectares mardi.", "Bouches-du-Rhône", true},
	})
	checkFoundIn(t, "en", []foundCase{
		{"Shares of First Boston Corp rose two dlrs on Tuesday.", "First Boston Corp", true},
	})
}

// TestCompoundFunctionWord checks that a function word joined by a hyphen
// stays in the compound it ends or goes on ("Grand Rendez-vous",
// "Nord-Pas-de-Calais", "Jérusalem-Est", a place), but not a verb of a
// sentence run into the name, nor a verb and its pronoun at a sentence's
// head (round 28 of issue 15).
func TestCompoundFunctionWord(t *testing.T) {
	checkFound(t, []foundCase{
		{"Invité du Grand Rendez-vous sur Europe 1 dimanche matin, il a répondu.", "Grand Rendez-vous", true},
		{"Invité du Grand Rendez-vous sur Europe 1 dimanche matin, il a répondu.", "Grand Rendez", false},
		{"Invité du \"Grand Rendez-Vous\" Europe 1-CNews-Les Echos dimanche, il a parlé.", "Grand Rendez-Vous", true},
		{"Le candidat a fait campagne dans le Nord-Pas-de-Calais mardi.", "Nord-Pas-de-Calais", true},
		{"Avez-vous vu le film ? Il sort mercredi.", "Avez-vous", false},
		{"Les traités du Monténégro-Ont été signés à Berlin.", "Monténégro-Ont", false},
	})
	checkTyped(t, "Jérusalem-Est", []typedCase{
		{"Les habitants disent que Jérusalem-Est reste sous tension, selon l'ONG.", corpus.Place},
	})
}

// TestRatesGodsPlanets checks that a rate, a god and a planet the lists
// also hold as towns are things (round 28 of issue 15).
func TestRatesGodsPlanets(t *testing.T) {
	checkTypedIn(t, "en", "Libor", []typedCase{
		{"The margin was lowered to 7/8 pct over Libor from 1-1/8 pct.", corpus.Other},
	})
	checkTyped(t, "Allah", []typedCase{
		{"C'est l'histoire d'un soufi entièrement dédié à Allah, dit-il.", corpus.Other},
	})
	checkTyped(t, "Jupiter", []typedCase{
		{"Et l'arrivée de Jupiter en février a rendu la situation imprévisible.", corpus.Other},
	})
}

// TestAirlineByCountry checks that "Air" before a country's or a town's
// name is an airline, not before a given name (round 28 of issue 15).
func TestAirlineByCountry(t *testing.T) {
	checkTyped(t, "Air Canada", []typedCase{
		{"La compagnie a commandé des avions, comme Air Canada avant elle.", corpus.Organization},
	})
	checkTyped(t, "Air Algérie", []typedCase{
		{"Les vols d'Air Algérie reprennent lundi, selon le ministère.", corpus.Organization},
	})
	checkFound(t, []foundCase{
		{"Il portait des Air Jordan neuves lundi.", "Air Jordan", true},
	})
	checkTypedIn(t, "en", "Air Jordan", []typedCase{
		{"He wore new Air Jordan shoes on Monday.", corpus.Other},
	})
}

// TestHospitalOfTown checks that a town's hospital by its initials, "de"
// and the town, is a place, as "l'hôpital Robert-Debré" is (round 28 of
// issue 15).
func TestHospitalOfTown(t *testing.T) {
	checkTyped(t, "CHU de Reims", []typedCase{
		{"Elles ont été soignées sur place, avant d'être évacuées vers le CHU de Reims. Les autres passagers vont bien.", corpus.Place},
	})
	checkTyped(t, "CHU d'Angers", []typedCase{
		{"Les frais de l'étude sont avancés par le CHU d'Angers, qui a déposé une demande.", corpus.Place},
	})
}

// TestPlaceSpaced checks that a place of the lists written with a space
// for one of its hyphens is the place, whole (round 28 of issue 15).
func TestPlaceSpaced(t *testing.T) {
	checkTyped(t, "Bourgogne Franche-Comté", []typedCase{
		{"Les régions sont la Corse, la Bourgogne Franche-Comté et la Bretagne.", corpus.Place},
	})
	checkTyped(t, "Bourgogne-Franche Comté", []typedCase{
		{"Les régions sont la Corse, la Bourgogne-Franche Comté et la Bretagne.", corpus.Place},
	})
	checkFound(t, []foundCase{
		{"Les régions sont la Corse, la Bourgogne-Franche Comté et la Bretagne.", "Bourgogne-Franche", false},
	})
}

// TestOneNameArtists checks that singers, hosts and others the news names
// by one name, or by a given name no list holds, are persons (round 29 of
// issue 15).
func TestOneNameArtists(t *testing.T) {
	checkTyped(t, "Nagui", []typedCase{
		{"L'animateur a confié que Nagui lui avait proposé de revenir à la rentrée.", corpus.Person},
	})
	checkTyped(t, "Rihanna", []typedCase{
		{"Le dernier album de Rihanna est sorti vendredi.", corpus.Person},
	})
	checkTyped(t, "Roman Polanski", []typedCase{
		{"Le prix attribué à Roman Polanski avait déchiré le milieu du cinéma.", corpus.Person},
	})
	checkTyped(t, "Sarnez", []typedCase{
		{"Il a déjeuné avec François Bayrou et Marielle de Sarnez mercredi.", corpus.Person},
	})
}

// TestListedCompanies checks that companies, parties and bodies no word
// around them names are organizations by the lists (round 29 of issue 15).
func TestListedCompanies(t *testing.T) {
	checkTyped(t, "Publicis", []typedCase{
		{"Le patron de Publicis a annoncé mardi des résultats en hausse.", corpus.Organization},
	})
	checkTyped(t, "Podemos", []typedCase{
		{"Les dirigeants de Podemos ont refusé l'accord, a dit le porte-parole.", corpus.Organization},
	})
	checkTyped(t, "Enedis", []typedCase{
		{"Quelque 2.000 foyers étaient privés d'électricité mardi soir, selon Enedis.", corpus.Organization},
	})
}

// TestListedThings checks that shows, aggregates, grades, initials of
// things and car models the news names alone are things, whatever their
// shape (round 29 of issue 15).
func TestListedThings(t *testing.T) {
	checkTyped(t, "Quotidien", []typedCase{
		{"Sur le plateau de Quotidien ce mardi, l'acteur a évoqué son ami.", corpus.Other},
	})
	checkTyped(t, "Alcantara", []typedCase{
		{"Les sièges sont habillés de cuir et d'Alcantara noir et orange.", corpus.Other},
	})
	checkTypedIn(t, "en", "Third World", []typedCase{
		{"The debt of the Third World rose again, the bank said.", corpus.Other},
	})
	checkTypedIn(t, "en", "EEP", []typedCase{
		{"The wheat would be sold under the export enhancement program (EEP), officials said.", corpus.Other},
	})
	checkTyped(t, "Saint-Valentin", []typedCase{
		{"Une Saint-Valentin à ne pas manquer, disent les comédiens.", corpus.Other},
	})
}

// TestConcertHall checks that a concert hall French news names alone is a
// place in a French text, and the English company of the same name is
// none (round 29 of issue 15).
func TestConcertHall(t *testing.T) {
	checkTyped(t, "Zénith", []typedCase{
		{"Elle a donné son dernier spectacle dimanche sur la scène du Zénith à Paris.", corpus.Place},
		{"On était allé au Zénith avec mes parents voir le spectacle de Dorothée.", corpus.Place},
	})
	x := newTestExtractor(t)
	text := "A spokesman for Zenith criticized the action, and Zenith said it was profitable."
	if e, ok := find(x.Extract("", text, "en"), "Zenith"); ok && e.Type == corpus.Place {
		t.Errorf("Zenith in %q: got %s, want no place", text, e.Type)
	}
}

// TestNamesWithLowerWords checks that bodies and a show whose names go on
// in lower case are found whole, not as their first word or the initials
// of another company (round 29 of issue 15).
func TestNamesWithLowerWords(t *testing.T) {
	checkFound(t, []foundCase{
		{"Il était inscrit à Pôle emploi depuis deux ans.", "Pôle emploi", true},
		{"Il était inscrit à Pôle emploi depuis deux ans.", "Pôle", false},
		{"Selon l'Agence régionale de santé, 12 patients sont hospitalisés.", "Agence régionale de santé", true},
		{"Selon l'Agence régionale de santé, 12 patients sont hospitalisés.", "Agence régionale", false},
		{"Le siège de l'Assistance publique-Hôpitaux de Paris (AP-HP) a été bloqué.", "HP", false},
		{"Le siège de l'Assistance publique-Hôpitaux de Paris (AP-HP) a été bloqué.", "AP-HP", true},
		{"Le président de Sens commun a défendu sa ligne.", "Sens commun", true},
		{"TF1 veut faire du buzz autour de Danse avec les stars, dit-il.", "Danse", false},
	})
}

// TestListedPlaces checks that towns written with their article, counties,
// deserts and camps no other list holds are places (round 29 of issue 15).
func TestListedPlaces(t *testing.T) {
	checkTyped(t, "Le Touquet", []typedCase{
		{"Le couple passe le week-end dans sa maison au Touquet, selon son entourage.", corpus.Place},
	})
	checkTyped(t, "Sussex", []typedCase{
		{"La duchesse de Sussex a adressé une vidéo aux jeunes diplômés.", corpus.Place},
	})
	checkTyped(t, "Al-Hol", []typedCase{
		{"Des milliers de femmes sont détenues dans le camp d'Al-Hol, dans le nord-est syrien.", corpus.Place},
	})
}

// TestFirmsByFirstWord checks that firms the wire names by their first word
// alone, and bodies French news names by a common noun, are organizations
// by the lists (round 29 of issue 15).
func TestFirmsByFirstWord(t *testing.T) {
	checkTypedIn(t, "en", "Merrill", []typedCase{
		{"The notes will be sold in the U.S. market. Moody's said that Merrill's earnings would lag, as Merrill was the arranger.", corpus.Organization},
	})
	checkTyped(t, "Parquet", []typedCase{
		{"Il a été présenté samedi au Parquet, qui a requis sa détention.", corpus.Organization},
	})
	checkTypedIn(t, "en", "Conoco", []typedCase{
		{"The group includes Conoco, a unit of DuPont Co, the company said.", corpus.Organization},
	})
}

// TestGroupOfChamber checks that a party's initials before "du" or "de l'"
// and a chamber are the party and the chamber, no name of both (round 30
// of issue 15).
func TestGroupOfChamber(t *testing.T) {
	checkTyped(t, "Assemblée nationale", []typedCase{
		{"Les députés LREM de l'Assemblée nationale ont voté mardi.", corpus.Organization},
	})
	checkFound(t, []foundCase{
		{"Le président LR du Sénat Gérard Larcher a réagi mardi.", "LR du Sénat", false},
		{"Le Bureau du Sénat a réagi mardi.", "Bureau du Sénat", true},
	})
}

// TestCommaFirm checks that an English firm of partners' names joined by
// commas and "and", a legal form last, is one name, while a town and its
// state, a person and his office or a list of companies stay apart (round
// 30 of issue 15).
func TestCommaFirm(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The company named Donaldson, Lufkin and Jenrette Securities Corp as lead manager.", "Donaldson, Lufkin and Jenrette Securities Corp", true},
		{"The notes were sold through L.F. Rothschild, Unterberg, Towbin Inc and others.", "L.F. Rothschild, Unterberg, Towbin Inc", true},
		{"The company named Donaldson, Lufkin and Jenrette Securities Corp as lead manager.", "Lufkin and Jenrette Securities Corp", false},
		{"Chancellor Franz Vranitzky, Finance Minister Ferdinand Lacina and others met.", "Franz Vranitzky, Finance Minister Ferdinand Lacina", false},
		{"Refiners such as Sohio, Shell and Texaco Inc cut prices.", "Sohio, Shell and Texaco Inc", false},
	})
}

// TestCommonInitials checks that common nouns written in capitals are no
// names alone, but stay words of a longer one (round 30 of issue 15).
func TestCommonInitials(t *testing.T) {
	checkFound(t, []foundCase{
		{"Lucky Luke fait partie des mythes de la BD franco-belge.", "BD", false},
		{"Dans le jardin, les DJ ont enchaîné les morceaux mardi.", "DJ", false},
		{"Les lunettes de soleil ne filtrent pas les UV, prévient le spécialiste.", "UV", false},
		{"Le concert de DJ Snake a eu lieu mardi soir.", "DJ Snake", true},
	})
}

// TestParticleDu checks that "du" after a given name and a surname opens
// the surname's second part (round 30 of issue 15); consonantsFirst keeps
// a body's initials written as a word out of it.
func TestParticleDu(t *testing.T) {
	checkFound(t, []foundCase{
		{"Selon le colonel Hubert Percie du Sert, l'enquête avance.", "Hubert Percie du Sert", true},
		{"Selon le colonel Hubert Percie du Sert, l'enquête avance.", "Hubert Percie", false},
	})
	for w, want := range map[string]bool{"snalc": true, "sdis": true, "sert": false, "chesnay": false, "bruno": false} {
		if got := consonantsFirst(w); got != want {
			t.Errorf("consonantsFirst(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSeasons checks that an English season capitalized is no name alone
// but stays a word of a longer one (round 30 of issue 15).
func TestSeasons(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The bill is expected before Parliament before the end of the Spring session.", "Spring", false},
		{"The electronic version is scheduled for release in late Spring, it said.", "Spring", false},
		{"The company opened a plant in Silver Spring, Maryland, on Tuesday.", "Silver Spring", true},
	})
}

// TestTownFirms checks that a firm the wire names by a word the lists hold
// as a town is the firm (round 30 of issue 15).
func TestTownFirms(t *testing.T) {
	checkTypedIn(t, "en", "Irving", []typedCase{
		{"The bank said Irving would report higher earnings in the second quarter.", corpus.Organization},
	})
	checkTypedIn(t, "en", "Delta", []typedCase{
		{"The analyst said Delta would add flights to Atlanta next month.", corpus.Organization},
	})
}

// TestNamesGoingOnLower checks that names whose later words French writes
// in lower case are found whole (round 30 of issue 15).
func TestNamesGoingOnLower(t *testing.T) {
	checkTyped(t, "Place publique", []typedCase{
		{"Le parti, allié notamment à Place publique, a dû se contenter de 6 %.", corpus.Organization},
	})
	checkTyped(t, "Paris en commun", []typedCase{
		{"Sa coalition Paris en Commun obtient une centaine de sièges.", corpus.Organization},
	})
	checkFound(t, []foundCase{
		{"Il a pris la parole sur la place publique mardi.", "Place publique", false},
	})
}

// TestCommonWordTowns checks that common words the lists hold as towns are
// no names alone, while the names they are words of stay whole (round 30
// of issue 15).
func TestCommonWordTowns(t *testing.T) {
	checkFoundIn(t, "en", []foundCase{
		{"The first shares were sold by Sterling Grace Capital Management LP on Tuesday.", "Sterling", false},
	})
	checkFound(t, []foundCase{
		{"Il dirige la Mission d'appui de l'ONU en Libye depuis juin.", "Mission", false},
	})
}

// TestListedFactsRound30 checks list entries of round 30 of issue 15: a
// state by its regime's name, and free on board, no name.
func TestListedFactsRound30(t *testing.T) {
	checkTyped(t, "République islamique", []typedCase{
		{"La République islamique a rejeté mardi les accusations.", corpus.Place},
	})
	checkFoundIn(t, "en", []foundCase{
		{"Sales were made at 1,870 dlrs per tonne FOB on Tuesday.", "FOB", false},
	})
}

// TestFullNamesRound30 checks that names French news cut at a function
// word or a particle are found whole (round 30 of issue 15).
func TestFullNamesRound30(t *testing.T) {
	checkFound(t, []foundCase{
		{"Le leader nord-coréen Kim Jong Un a reçu son homologue mardi.", "Kim Jong-un", true},
		{"Le prince héritier Mohammed ben Salmane a consolidé son pouvoir.", "Mohammed ben Salmane", true},
	})
}

// TestLawAfterMinister checks that a name right after "loi" in French is
// the law, a thing, while the minister alone stays a person (round 30 of
// issue 15).
func TestLawAfterMinister(t *testing.T) {
	checkTyped(t, "Claeys-Léonetti", []typedCase{
		{"Les opposants à la loi Claeys-Léonetti ont manifesté mardi.", corpus.Other},
	})
	checkTyped(t, "Myriam El Khomri", []typedCase{
		{"La ministre Myriam El Khomri a défendu son texte mardi.", corpus.Person},
	})
}
