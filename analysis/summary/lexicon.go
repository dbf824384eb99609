package summary

import (
	"strings"
	"sync"
	"unicode"

	"github.com/recherche/recherche/analysis/terms"
)

// The index's stop lists drop articles, pronouns and the forms of être and
// avoir / be and have, which is all a search needs. A keyphrase needs more:
// it must read as a noun phrase, so verbs, adverbs and prepositions must not
// edge it and generic words must not stand alone. The lists below are short
// on purpose; suffix rules (wordClass) catch the regular forms.

// wordKind says what a word may be in a keyphrase.
type wordKind uint8

const (
	breaker wordKind = iota // verb, adverb, preposition, number: cuts a phrase
	content                 // noun, adjective or name: may start, end or stand alone
	tail                    // participle used as an adjective: may only end a phrase
)

func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for w := range strings.FieldsSeq(l) {
			m[w] = true
		}
	}
	return m
}

// breakers are words that never belong in a keyphrase, in either language:
// frequent verb forms the suffix rules miss, adverbs, prepositions and
// conjunctions missing from the stop lists, quantifiers, dates and periods,
// and adjectives too vague to name anything ("nouvelle", "dernier").
var breakers = map[string]map[string]bool{
	"fr": wordSet(
		// verbs
		`va vont peut peuvent pourrait pourraient pourra pourront doit doivent devrait devraient devra
		fait font faut dit disent permet permettent propose proposent annonce annoncent indique indiquent
		explique expliquent affirme affirment précise ajoute souligne estime estiment rappelle compte comptent
		prévoit prévoient vient viennent devient deviennent reste restent semble semblent utilise utilisent
		existe concerne représente passe prend prennent met mettent donne donnent veut veulent sait voit
		croit dispose possède travaille planche confirme assure déclare juge note constate révèle publie
		lance signe réalise atteint dépasse progresse évolue intervient apporte supporte nécessite demeure
		permettant utilisant proposant évoquant demeurant étant faisant offrant cherche entend souhaite
		agit porte sort vise mise offre-t-il a-t-il est-il voir prévoir recevoir vouloir valoir falloir
		promouvoir concevoir apercevoir fallait semblait être avoir faire dire aller`,
		// adverbs, prepositions, conjunctions, pronouns
		`aussi encore déjà très bien plus moins toujours ainsi alors donc notamment désormais également
		surtout ensuite enfin puis jamais souvent parfois peu beaucoup trop tant tellement vite là hier
		demain aujourd'hui aujourd’hui maintenant guère toutefois cependant pourtant néanmoins d'ailleurs
		d’ailleurs environ seulement davantage plutôt quasi presque tard tôt longtemps ailleurs partout
		ensemble autant certes mieux loin près auparavant dorénavant bientôt actuellement initialement
		vers selon depuis chez contre entre pendant malgré parmi envers durant via outre avant après dès
		lors jusqu'à jusqu’à auprès face grâce afin hormis sauf concernant derrière devant hors quant
		comme si car ni or lorsque quand dont où quoi chaque plusieurs certains certaines tous tout toute
		toutes autre autres aucun aucune tel telle tels telles celui celle ceux celles ça non oui
		quelques quelque cas fois part cadre type partie nombre façon manière point niveau place suite
		exemple fin début moment sorte mesure chose choses matière raison`,
		// dates and periods
		`lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
		août septembre octobre novembre décembre an ans année années mois semaine semaines jour jours
		trimestre semestre heure heures minute minutes`,
		// vague adjectives and quantities
		`nouveau nouvel nouvelle nouveaux nouvelles dernier dernière derniers dernières premier première
		premiers premières grand grande grands grandes petit petite petits petites seul seule seuls
		prochain prochaine prochains prochaines ancien ancienne anciens anciennes important importante
		importants importantes différent différente différents différentes possible possibles bon bonne
		gros grosse haut haute fort forte général générale principal principale principaux actuel actuelle
		nombreux nombreuses propre propres vrai vraie simple simples même mêmes certain certaine
		million millions milliard milliards millier milliers centaine centaines
		dizaine dizaines deux trois quatre cinq six sept huit neuf dix cent cents mille
		pourcent`),
	"en": wordSet(
		`said says say told tell tells added adds noted explained will can may might must shall get gets
		got make makes made take takes took give gives gave go goes went come comes came become becomes
		became use uses want wants need needs seem seems remain remains expect expects include includes
		allow allows help helps bring brings brought provide provides lets keep keeps kept put puts see
		sees saw seen know knows knew known think thinks thought find finds found show shows shown cite
		cites lend lends mean means meant believe believes hope hopes rose fell grew grown led left sold
		bought won wrote held met sent spent paid set hit cut begin began begun run ran`,
		`according including using making saying adding following allowing bringing providing offering
		helping trying taking getting going coming becoming looking preparing revealing expecting planning
		seeking facing pushing moving showing launching driving reaching rising increasing having being
		doing`,
		`also just now still even already soon yet however though although well much really perhaps maybe
		instead rather quite almost later ago together away back far often never ever always sometimes
		today yesterday tomorrow via toward towards despite within without across among amid along
		around behind beside beyond per upon throughout versus vs unlike like near since till inside
		outside onto plus minus whether unless whereas either neither every many several another one
		ones us everyone anyone someone something nothing everything anything lot lots way ways thing
		things part kind sort case cases number example end beginning`,
		`monday tuesday wednesday thursday friday saturday sunday january february march april june july
		august september october november december year years month months week weeks day days quarter
		quarters time times hour hours minute minutes`,
		`new big large small first last next other many major main former recent good best great high low
		top latest early later likely possible important different certain real simple own full
		million millions billion billions two three four five six seven eight nine ten hundred thousand
		percent`),
}

// common are nouns so frequent in technology news that alone they say
// little about one story (a very small background IDF): a keyphrase made
// only of them is worth less than one naming something specific.
var common = map[string]string{
	"fr": `solution solutions technologie technologies éditeur éditeurs groupe groupes société sociétés
	entreprise entreprises utilisateur utilisateurs service services produit produits version versions
	offre offres client clients projet projets programme programmes partenaire partenaires
	marché marchés secteur acteur acteurs outil outils source sources développement
	développements information informations données monde pays fonction fonctions possibilité
	possibilités besoin besoins travail travaux effort efforts confrère confrères américain américains
	américaine français française européen européenne site sites annonce annonces question questions
	analyste analystes cabinet patron charge charges rapport ressource ressources lancement serveur
	serveurs fournisseur fournisseurs directeur responsable problème problèmes stratégie sortie support`,
	"en": `solution solutions service services company companies firm firms customer customers user users product products
	technology technologies market markets business businesses group report
	reports source sources project projects partner partners industry system systems tool tools
	version versions people support option options deal deals news information analyst analysts
	executive chief officer founder issue issues problem problems strategy world country`,
}

// commonTerms are the common words as index terms, by language.
var commonTerms = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, lang := range []string{"fr", "en"} {
		out[lang] = map[string]bool{}
		for _, t := range terms.Terms(common[lang], lang) {
			out[lang][t] = true
		}
	}
	return out
})

// nounsEr are nouns ending like a French infinitive (-er), mostly English
// loan words of the trade.
var nounsEr = wordSet(`cancer hiver hier fer mer enfer super laser poster leader manager container
	cluster server router player computer partner power cyber docker reader timer viewer driver
	provider designer trader banner master scanner gamer streamer hacker browser layer flyer buyer
	foyer loyer clavier fichier dossier papier courrier calendrier ouvrier février métier chantier
	quartier financier policier officier acier glacier créancier atelier palier panier collier
	escalier pilier premier dernier particulier cahier sentier boîtier routier bouclier levier
	casier damier grenier sorcier ranger tracker worker broker`)

// notVerbs are words that the French conjugation suffixes would take for
// verbs.
var notVerbs = wordSet(`fait lait portrait attrait trait retrait souhait extrait forfait bienfait
	méfait abstrait parfait distrait front affront caméra opéra ultra extra mantra lettre affaire
	cendre tendre livre cuivre avenir souvenir plaisir loisir désir soupir elixir excellent
	excellente fréquent fréquente élément éléments traitement comportement renouvellement fondement
	amendement sentiment signalement café employé employés salarié salariés député
	députés associé associés délégué délégués degré procédé coefficient`)

// classify tells whether a word may appear in a keyphrase. lower is the
// word lower-cased, name whether the article writes it as a name
// (capitalized mid-sentence, or with inner capitals).
func classify(lower, lang string, name bool) wordKind {
	letters, digits := 0, 0
	for _, r := range lower {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters < 2 || letters == 0 && digits > 0 {
		return breaker
	}
	if name {
		return content
	}
	if b := breakers[lang]; b[lower] {
		return breaker
	}
	switch lang {
	case "fr":
		return classifyFrench(lower)
	case "en":
		return classifyEnglish(lower)
	}
	return content
}

func hasSuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// French suffixes, in the order classifyFrench tries them.
var (
	// conjugated forms: imperfect, conditional, future, third person plural
	frenchConjugated = []string{"ait", "aient", "ront", "èrent", "era", "ira", "rra", "dra", "tra",
		"ssent", "ttent", "nnent", "llent", "uent", "oient", "ient"}
	frenchNotConjugated = []string{"client", "patient", "quotient", "ingrédient", "coefficient"}
	// infinitives
	frenchInfinitivesIer = []string{"ifier", "plier", "cier", "gier", "rier", "dier", "lier", "pier"}
	frenchInfinitives    = []string{"rir", "nir", "sir", "tir", "dir", "llir", "gir", "rvir", "chir", "plir", "bir",
		"ttre", "ndre", "uire", "aître", "ivre", "crire", "dire", "faire", "soudre"}
	// adverbs in -ment; the suffixes are those of adverbs only, and plural
	// -ments are nouns anyway
	frenchAdverbs = []string{"iquement", "ellement", "ivement", "amment", "emment", "ablement", "iblement",
		"ièrement", "airement", "alement", "ilement", "ument", "ûment", "inement", "eusement", "ément",
		"atement", "ctement", "rtement", "ètement", "ttement", "idement", "ndement", "iment", "ucement"}
	// masculine past participles; nouns in -té and -ché are common
	frenchParticiples    = []string{"é", "és"}
	frenchNotParticiples = []string{"té", "tés", "ché", "chés", "clé", "clés", "ité"}
)

// frenchSuffixEnds holds the last bytes of the suffixes classifyFrench
// looks for: a word ending otherwise matches none of them and is content,
// which spares most words some sixty suffix comparisons.
var frenchSuffixEnds = func() (ends [256]bool) {
	for _, list := range [][]string{frenchConjugated, {"ier", "er"}, frenchInfinitivesIer, frenchInfinitives, frenchAdverbs, frenchParticiples} {
		for _, s := range list {
			ends[s[len(s)-1]] = true
		}
	}
	return ends
}()

func classifyFrench(w string) wordKind {
	if w == "" || !frenchSuffixEnds[w[len(w)-1]] || notVerbs[w] {
		return content
	}
	switch {
	case hasSuffix(w, frenchConjugated...) && !hasSuffix(w, frenchNotConjugated...):
		return breaker
	case strings.HasSuffix(w, "ier"):
		if hasSuffix(w, frenchInfinitivesIer...) && !nounsEr[w] {
			return breaker
		}
		return content
	case hasSuffix(w, "er") && !nounsEr[w]:
		return breaker
	case hasSuffix(w, frenchInfinitives...):
		return breaker
	case hasSuffix(w, frenchAdverbs...):
		return breaker
	case hasSuffix(w, frenchParticiples...) && !hasSuffix(w, frenchNotParticiples...):
		return tail
	}
	return content
}

// englishLy are -ly words that are adjectives or nouns, not adverbs.
var englishLy = wordSet(`quarterly daily weekly monthly yearly early friendly only supply family
	assembly reply ally anomaly monopoly rally italy july holy likely costly timely`)

func classifyEnglish(w string) wordKind {
	switch {
	case strings.HasSuffix(w, "ly") && !englishLy[w]:
		return breaker
	case hasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return tail
	}
	return content
}
