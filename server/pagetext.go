package server

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The search page's interface text, French and English. Templates read it
// as {{.T.<name>}}; TestPageTextComplete holds both languages to the same
// keys and to the keys in use, because a missing key would render as
// nothing rather than fail.
var pageText = map[string]map[string]string{
	"en": {
		"appName":           "Recherche",
		"tagline":           "French and English articles",
		"skip":              "Skip to results",
		"searchLabel":       "Search the articles",
		"searchHint":        "Words, \"phrases\", +must, -not",
		"searchButton":      "Search",
		"readAs":            "Query read as",
		"langUncertain":     "Query language uncertain (%s?): searched in every language alike",
		"alsoSearched":      "Also searched:",
		"didYouMean":        "Did you mean",
		"resultsOne":        "1 result",
		"resultsMany":       "%s results",
		"resultsRange":      "%s–%s of %s",
		"took":              "%s ms",
		"sortLabel":         "Sort by",
		"sortRelevance":     "Relevance",
		"sortNewest":        "Newest first",
		"sortOldest":        "Oldest first",
		"apply":             "Apply",
		"filters":           "Filters",
		"activeFilters":     "Active filters",
		"removeFilter":      "Remove filter",
		"clearAll":          "Clear all",
		"addFilter":         "Filter on",
		"facetOrganization": "Organizations",
		"facetProduct":      "Products",
		"facetPerson":       "People",
		"facetPlace":        "Places",
		"facetOther":        "Other entities",
		"facetLang":         "Language",
		"facetYear":         "Year",
		"facetSource":       "Source",
		"summaryTitle":      "Summary of these results",
		"summaryNote":       "Sentences taken word for word from the top results; each links to its article.",
		"pagination":        "Result pages",
		"prev":              "Previous",
		"next":              "Next",
		"pageN":             "Page %d",
		"entities":          "Entities",
		"noResultsTitle":    "No results",
		"noResultsQuery":    "No article matches “%s”.",
		"noResultsFilters":  "No article matches these filters.",
		"noResultsHint":     "Try fewer or other words, check the spelling, or remove a filter.",
		"emptyTitle":        "The index is empty",
		"emptyText":         "No article has been indexed yet. Add some with “recherche ingest”, POST /v1/documents, or start the server with --demo.",
		"notReadyTitle":     "Starting up",
		"notReadyText":      "The index is opening or the language models are loading. This page reloads by itself in a few seconds.",
		"errorTitle":        "Something went wrong",
		"errorText":         "The server could not answer. The request id below identifies the problem in the server log.",
		"badRequestTitle":   "This search could not be run",
		"forbiddenTitle":    "Not allowed",
		"notFoundTitle":     "Not found",
		"notFoundText":      "There is no article with this identifier; it may have been deleted.",
		"noPageText":        "There is no page at this address.",
		"timeoutTitle":      "The server took too long",
		"timeoutText":       "Try a shorter query or fewer filters.",
		"details":           "Details:",
		"requestID":         "Request id:",
		"newSearch":         "New search",
		"keyTitle":          "A key is needed",
		"keyText":           "This server is private. Enter an API key with the read scope; this browser keeps it in a cookie until it is closed.",
		"keyLabel":          "API key",
		"keySubmit":         "Continue",
		"keyWrong":          "The server does not know this key.",
		"signOut":           "Forget the key",
		"back":              "Back to results",
		"docSummary":        "Summary",
		"docKeyphrases":     "Key phrases",
		"docEntities":       "Entities",
		"docText":           "Full text",
		"docPublished":      "Published",
		"docSource":         "Source",
		"docLanguage":       "Language",
		"docOriginal":       "Original article",
		"docID":             "Identifier",
		"untitled":          "(untitled)",
		"apiDocs":           "API documentation",
		"uiLanguage":        "Interface language",
	},
	"fr": {
		"appName":           "Recherche",
		"tagline":           "Articles en français et en anglais",
		"skip":              "Aller aux résultats",
		"searchLabel":       "Rechercher dans les articles",
		"searchHint":        "Mots, « expressions », +obligatoire, -exclu",
		"searchButton":      "Rechercher",
		"readAs":            "Requête lue comme",
		"langUncertain":     "Langue de la requête incertaine (%s ?) : recherche dans toutes les langues",
		"alsoSearched":      "Également recherché :",
		"didYouMean":        "Vouliez-vous dire",
		"resultsOne":        "1 résultat",
		"resultsMany":       "%s résultats",
		"resultsRange":      "%s à %s sur %s",
		"took":              "%s ms",
		"sortLabel":         "Trier par",
		"sortRelevance":     "Pertinence",
		"sortNewest":        "Plus récents d’abord",
		"sortOldest":        "Plus anciens d’abord",
		"apply":             "Appliquer",
		"filters":           "Filtres",
		"activeFilters":     "Filtres actifs",
		"removeFilter":      "Retirer le filtre",
		"clearAll":          "Tout effacer",
		"addFilter":         "Filtrer sur",
		"facetOrganization": "Organisations",
		"facetProduct":      "Produits",
		"facetPerson":       "Personnes",
		"facetPlace":        "Lieux",
		"facetOther":        "Autres entités",
		"facetLang":         "Langue",
		"facetYear":         "Année",
		"facetSource":       "Source",
		"summaryTitle":      "Résumé de ces résultats",
		"summaryNote":       "Phrases reprises telles quelles des premiers résultats ; chacune mène à son article.",
		"pagination":        "Pages de résultats",
		"prev":              "Précédente",
		"next":              "Suivante",
		"pageN":             "Page %d",
		"entities":          "Entités",
		"noResultsTitle":    "Aucun résultat",
		"noResultsQuery":    "Aucun article ne correspond à « %s ».",
		"noResultsFilters":  "Aucun article ne correspond à ces filtres.",
		"noResultsHint":     "Essayez moins de mots ou d’autres mots, vérifiez l’orthographe ou retirez un filtre.",
		"emptyTitle":        "L’index est vide",
		"emptyText":         "Aucun article n’a encore été indexé. Ajoutez-en avec « recherche ingest », POST /v1/documents, ou lancez le serveur avec --demo.",
		"notReadyTitle":     "Démarrage en cours",
		"notReadyText":      "L’index s’ouvre ou les modèles de langue se chargent. Cette page se recharge d’elle-même dans quelques secondes.",
		"errorTitle":        "Une erreur est survenue",
		"errorText":         "Le serveur n’a pas pu répondre. L’identifiant de requête ci-dessous retrouve le problème dans le journal du serveur.",
		"badRequestTitle":   "Cette recherche n’a pas pu être lancée",
		"forbiddenTitle":    "Non autorisé",
		"notFoundTitle":     "Introuvable",
		"notFoundText":      "Aucun article ne porte cet identifiant ; il a peut-être été supprimé.",
		"noPageText":        "Il n’y a pas de page à cette adresse.",
		"timeoutTitle":      "Le serveur a mis trop de temps",
		"timeoutText":       "Essayez une requête plus courte ou moins de filtres.",
		"details":           "Détails :",
		"requestID":         "Identifiant de requête :",
		"newSearch":         "Nouvelle recherche",
		"keyTitle":          "Une clé est nécessaire",
		"keyText":           "Ce serveur est privé. Saisissez une clé d’API autorisée en lecture ; ce navigateur la garde dans un cookie jusqu’à sa fermeture.",
		"keyLabel":          "Clé d’API",
		"keySubmit":         "Continuer",
		"keyWrong":          "Le serveur ne connaît pas cette clé.",
		"signOut":           "Oublier la clé",
		"back":              "Retour aux résultats",
		"docSummary":        "Résumé",
		"docKeyphrases":     "Expressions clés",
		"docEntities":       "Entités",
		"docText":           "Texte intégral",
		"docPublished":      "Publié le",
		"docSource":         "Source",
		"docLanguage":       "Langue",
		"docOriginal":       "Article d’origine",
		"docID":             "Identifiant",
		"untitled":          "(sans titre)",
		"apiDocs":           "Documentation de l’API",
		"uiLanguage":        "Langue de l’interface",
	},
}

// langNames names document languages in each interface language; codes
// it does not know are shown as they are.
var langNames = map[string]map[string]string{
	"en": {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"},
	"fr": {"fr": "français", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien", "pt": "portugais", "nl": "néerlandais"},
}

var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
}

// uiLanguages are the interface languages, the first being the default.
var uiLanguages = []string{"en", "fr"}

func langName(ui, code string) string {
	if n, ok := langNames[ui][code]; ok {
		return n
	}
	return code
}

// formatDate writes a date as people of the interface language read it.
func formatDate(ui string, t time.Time) string {
	m := monthNames[ui][t.Month()-1]
	if ui == "fr" {
		d := strconv.Itoa(t.Day())
		if t.Day() == 1 {
			d = "1er"
		}
		return d + " " + m + " " + strconv.Itoa(t.Year())
	}
	return strconv.Itoa(t.Day()) + " " + m + " " + strconv.Itoa(t.Year())
}

// formatCount groups thousands: "39,027" in English, "39 027" (narrow
// no-break space) in French.
func formatCount(ui string, n int) string {
	s := strconv.Itoa(n)
	sep := ","
	if ui == "fr" {
		sep = "\u202f"
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// chooseUI picks the interface language: an explicit hl wins, then the
// browser's Accept-Language in its order of preference (French for any
// fr-*), else English.
func chooseUI(hl string, r *http.Request) string {
	if _, ok := pageText[hl]; ok {
		return hl
	}
	type pref struct {
		lang string
		q    float64
	}
	var prefs []pref
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		if _, ok := pageText[primary]; ok && q > 0 {
			prefs = append(prefs, pref{primary, q})
		}
	}
	sort.SliceStable(prefs, func(i, j int) bool { return prefs[i].q > prefs[j].q })
	if len(prefs) > 0 {
		return prefs[0].lang
	}
	return uiLanguages[0]
}
