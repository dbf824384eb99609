package webpage

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The block pass scores each block of the body Readability found — each
// paragraph, list, heading, quote, table — by its structure and drops the
// short ones that read like page furniture rather than prose: a "follow
// us" line, a video caption, a reader poll, a "read also" list, a sign-up
// call left inside the story. Class names and element names tell a lot
// about furniture but differ from site to site; what furniture looks like
// does not: it is short, it is not made of sentences, it is made of links,
// it sits at the edges of the story, it shares few words with the story,
// it is cut with separators ("Oui / Non / Je ne sais pas", "About · Contact")
// or labelled ("Vidéo. …", "Photo : …"), and it addresses the reader with
// the same few calls in every language. Each of these counts a point, the
// calls only one among the others, and a short block with enough points
// goes. Long blocks of prose stay whatever their words.

// block is one unit of the body the pass scores: a leaf block element
// (one that holds no other block), or a run of text and inline elements
// that sits beside block elements in a container (layout tables and
// <font> soup put whole lines there).
type block struct {
	nodes     []*html.Node
	container *html.Node // the element the block was found in
	index     int        // in the body's blocks
	text      string
	words     []string // lowercased letter-and-digit runs
	linkText  int      // bytes of text inside links
	emText    int      // bytes of text inside emphasis (em, i, b, strong, small)
	leadIn    bool     // opens with an emphasized label of five words or fewer
	leadWords int      // the words of the emphasized label it opens with, if any
	apart     bool     // set apart from the story's paragraphs: inserted or em (see setApart)
	inserted  bool     // in a box of its own among the story's paragraphs
	em        bool     // in emphasis as a whole, a style the story's paragraphs do not share
	boxed     bool     // alone in a box of the page (see boxed)
	inMain    bool     // in the container that holds most of the story's sentences (see setApart)
	marked    bool     // setApart has set apart, inserted, em, boxed and inMain
	caption   bool     // beside a picture: holds one, or follows one
	heading   bool
	list      bool
	code      bool       // pre or code: commands and listings, kept as they are
	turn      bool       // a turn of a dialogue (see speakerTurns) or of an FAQ (see faqPairs)
	table     *html.Node // the data table the block is a cell of (see dataTable), or nil
}

// maxShortWords is the size under which a block can be dropped for its
// structure; longer blocks are prose or are left to the other passes.
const maxShortWords = 30

// dropThreshold is the score at which a short block goes.
const dropThreshold = 3

// edgeBlocks is how many blocks at each end of the body count as its edge.
const edgeBlocks = 2

// cueWords and cuePairs are calls and labels of furniture in French and
// English ("follow", "abonnez", "vidéo", "read also", "lire aussi"), the
// pairs of a credit line ("rédigé par", "relu par", "written by"), and
// the words that address the reader ("you", "vous"); with prices, they
// are a weak signal: one point, however many there are, and never enough
// alone. They are looked up among a block's words, not matched as
// patterns, which on every short block of every page would cost more than
// the rest of the pass.
var cueWords = wordSet(`share shares partager partagez partage follow suivez suivre subscribe subscriber subscribers
abonnez abonner abonnement abonné newsletter newsletters signup inscrivez inscription register poll sondage vote
votes votez donnez rate notez video vidéo watch regardez caption légende photo crédit credit related previous next
précédent suivant advertisement advert publicité sponsored sponsorisé shop buy achetez livraison cookie cookies
click cliquez download téléchargez print imprimer email comment comments commentaire commentaires commentez tweet
facebook twitter linkedin mastodon youtube instagram whatsapp tiktok pinterest épinglez bluesky snapchat rss podcast écoutez listen app appli tap
contact soutenez donate you your vous votre vos`)

// cueShapes holds, for each first byte of cueWords, the lengths of its
// words as bits: cueWord looks a word up in the map only when one of
// them has its first byte and its length, which most of a story's words
// ("de", "la", "the", "and") have not (FuzzCueWord).
var cueShapes = func() (set [256]uint32) {
	for w := range cueWords {
		set[w[0]] |= 1 << min(len(w), 31)
	}
	return set
}()

// cueWord is cueWords[w].
func cueWord(w string) bool {
	return w != "" && cueShapes[w[0]]&(1<<min(len(w), 31)) != 0 && cueWords[w]
}

var cuePairs = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range strings.Split("lettre d|sign up|read also|read more|read next|lire aussi|à lire|see also|voir aussi|même sujet|more stories|free shipping|application mobile|support us|e mail|rédigé par|relu par|written by", "|") {
		a, b, _ := strings.Cut(p, " ")
		m[[2]string{a, b}] = true
	}
	return m
}()

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hasCue reports whether a block holds a cue word or pair, or a price. A
// cue word the story's own prose uses (a guide says "you" throughout) is
// no cue on that page.
func hasCue(b *block, story map[string]bool) bool {
	for i, w := range b.words {
		if cueWord(w) && !story[w] && !negated(b.words, i) && !nextTime(b.words, i) || i > 0 && cuePairs[[2]string{b.words[i-1], w}] {
			return true
		}
	}
	return hasPrice(b.text)
}

// negated reports whether words[i] follows a negation ("pas
// d'inscription", "sans inscription", "no registration", "without
// signing up"): a cue denied is no call ("Il n'y a pas d'inscription : il
// suffit de venir…", a club's closing line).
func negated(words []string, i int) bool {
	if i > 0 && negations[words[i-1]] {
		return true
	}
	return i > 1 && (words[i-1] == "d" || words[i-1] == "de") && (words[i-2] == "pas" || words[i-2] == "plus" || words[i-2] == "aucune")
}

// nextTime reports whether words[i] is "next" before a time ("next
// week", "next month", "next Tuesday"): the story's own time, not a
// link to the next page ("Next: …", "next article").
func nextTime(words []string, i int) bool {
	return words[i] == "next" && i+1 < len(words) && timeWords[words[i+1]]
}

// timeWords are the times "next" may come before in a story's sentence.
var timeWords = wordSet(`day days week weeks weekend month months year years season time morning afternoon evening night
spring summer autumn winter monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december`)

// negations deny the word after them.
var negations = wordSet("sans no without aucune aucun")

// hasPrice reports whether text holds a currency sign next to a digit,
// or a discount: a minus before a percentage ("−10 %", "-25%").
func hasPrice(text string) bool {
	if hasDiscount(text) {
		return true
	}
	for _, sign := range []string{"$", "£", "€"} {
		for i := 0; ; {
			j := strings.Index(text[i:], sign)
			if j < 0 {
				break
			}
			j += i
			k := j + len(sign)
			if j > 0 && isDigit(text[j-1]) || j > 1 && text[j-1] == ' ' && isDigit(text[j-2]) ||
				k < len(text) && isDigit(text[k]) || k+1 < len(text) && text[k] == ' ' && isDigit(text[k+1]) {
				return true
			}
			i = k
		}
	}
	return false
}

// hasDiscount reports whether text holds "−N %" or "-N%" after a space,
// a bracket or at its start.
func hasDiscount(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '%')
		if j < 0 {
			return false
		}
		j += i
		k := strings.TrimRight(text[:j], " \u00a0\u202f")
		d := strings.TrimRight(k, "0123456789,.")
		if len(d) < len(k) {
			for _, minus := range []string{"−", "-"} {
				if rest, ok := strings.CutSuffix(d, minus); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "(")) {
					return true
				}
			}
		}
		i = j + 1
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// selfPairs name the page itself — its article ("this story", "cet
// article") or its publication ("our site", "notre rédaction"): the
// story speaks of its subject, its furniture of the story and of the
// site that runs it. "The letter" and "the newsletter" name a letter's
// own ("Enjoying the letter? Subscribe to the print magazine", a Sailthru
// editor's letter's last row).
var selfPairs = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, a := range strings.Fields("this cet cette ce our notre nos the") {
		for _, b := range strings.Fields(`article articles story stories post billet page piece papier reportage
newsletter site website rédaction newsroom journalism journalisme journal magazine média publication
transcript transcription traduction translation episode épisode letter lettre`) {
			m[[2]string{a, b}] = true
		}
	}
	return m
}()

// socialWords name the social networks a page asks its readers to
// follow or share it on.
var socialWords = wordSet("facebook twitter linkedin mastodon youtube instagram whatsapp tiktok pinterest bluesky snapchat")

// fundedBy and funded make a publication's word for how it is paid for:
// "listener-supported", "reader-funded", "member-supported". Only the
// publication says so of itself.
var (
	fundedBy = wordSet("listener listeners reader readers viewer viewers member members audience")
	funded   = wordSet("supported funded powered")
)

// callPrefixes and callWords are the calls of subscription, support,
// sign-up and share prompts in French and English, in all their forms
// ("abonnez-vous", "nos abonnés", "soutenir", "subscribers"), the
// words of affiliate and sponsorship disclosures ("we may earn a
// commission", "liens affiliés"), and those of a notice that the page was
// made or translated by a machine ("this transcript was generated
// automatically… may contain errors").
var (
	callPrefixes = []string{"abonn", "subscri", "souten", "soutien", "partag", "inscri", "rejoign", "newsletter", "donat",
		"affili", "sponsor", "automati"}
	callWords = wordSet(`share sharing support supporting donate give gift join register signup commission commissions
errors erreurs`)
)

func callWord(w string) bool {
	if len(w) < 2 || callInitials[w[0]]&(1<<(w[1]&31)) == 0 {
		// Most words open with two letters no call does: neither the
		// map nor the prefixes are looked at.
		return false
	}
	if callWords[w] {
		return true
	}
	for _, p := range callPrefixes {
		if strings.HasPrefix(w, p) {
			return p != "inscri" || !inscribed(w)
		}
	}
	return false
}

// inscribed reports whether w, a word that opens with "inscri", is the
// past participle ("Pour les courses officielles inscrites au calendrier
// de la ligue, voir plutôt la page …", a wiki page's opening lines): what
// is entered on a list, not a call to sign up ("inscrivez-vous",
// "inscription").
func inscribed(w string) bool {
	switch w {
	case "inscrit", "inscrite", "inscrits", "inscrites":
		return true
	}
	return false
}

// callInitials holds, for each first byte of callWords and callPrefixes,
// their second bytes as bits (the low five bits of each, one a letter):
// the first letter alone let through a third of a story's words ("since",
// "are", "pour", "in"), which then went to the map and the twelve
// prefixes (FuzzCallWord). A call of one letter would stop the program
// here, at its start.
var callInitials = func() (set [256]uint32) {
	for w := range callWords {
		set[w[0]] |= 1 << (w[1] & 31)
	}
	for _, p := range callPrefixes {
		set[p[0]] |= 1 << (p[1] & 31)
	}
	return set
}()

// pointerWords send the reader to another page: "see …", "voir …",
// "consultez …", "refer to …".
var pointerWords = wordSet("see voir consultez consulter consult refer reportez")

// editorial reports whether a block speaks of the page itself in the
// voice of its publisher: an editor's note that opens with its label
// ("Editor's note: this story was updated…", "Note de la rédaction : cet
// article…"), or a prompt that calls the reader to subscribe, support or
// share ("Cet article vous est offert. Pour soutenir…", "Si cet article
// vous a plu, partagez-le") or discloses its affiliate links ("we may earn
// a commission when you buy through links on our site"), with a call the
// story's prose does not make itself. Such blocks are written in sentences, which would keep them;
// the caller asks only of the short blocks at the story's edges or set
// apart.
func editorial(b *block, storyCalls map[string]int) bool {
	self := false
	for i := 1; i < len(b.words) && !self; i++ {
		self = selfPairs[[2]string{b.words[i-1], b.words[i]}] || fundedBy[b.words[i-1]] && funded[b.words[i]]
	}
	if !self {
		return false
	}
	if head := b.text[:min(len(b.text), 40)]; b.leadIn || strings.ContainsAny(head, ":|–—") && label.MatchString(head) {
		return true
	}
	if b.inserted && b.linkText > 0 && slices.ContainsFunc(b.words, func(w string) bool { return pointerWords[w] }) {
		// A box of its own that says what the page covers and sends the
		// reader elsewhere for the rest ("This post covers version 0.9.
		// For upgrade steps, see Upgrading the agent"): a documentation
		// site's page note.
		return true
	}
	if factOpening(b) {
		return false
	}
	counted := prose(b) && !b.apart // the block's own calls are among storyCalls
	for i, w := range b.words {
		if !callWord(w) || replyTo(b.words, i) || givenArticle(b.words, i) {
			continue
		}
		own := 0
		if counted {
			for _, v := range b.words {
				if v == w {
					own++
				}
			}
		}
		if storyCalls[w] == own {
			return true
		}
	}
	return false
}

// replyTo reports whether words[i] is what the reader is asked to write
// back to, "reply to our newsletter", "répondez à notre lettre": the
// author's invitation to write to them, from a reader who has it
// already, not a call to sign up.
func replyTo(words []string, i int) bool {
	if i < 3 {
		return false
	}
	verb, to, our := words[i-3], words[i-2], words[i-1]
	return (verb == "reply" || verb == "respond") && to == "to" && (our == "our" || our == "this") ||
		(verb == "répondez" || verb == "répondre") && to == "à" && (our == "notre" || our == "cette")
}

// givenArticle reports whether words[i] is "give" before an article, "a"
// or "an", the verb of a thing handed over ("our site leads will give a
// short safety briefing", an event's description, where "our site" is the
// place it is held): a call asks to give, now or to a cause, not to give
// a briefing.
func givenArticle(words []string, i int) bool {
	return words[i] == "give" && i+1 < len(words) && (words[i+1] == "a" || words[i+1] == "an")
}

// factOpening reports whether block b opens with a sentence of the
// story's own, twelve words or more before a stop with more text after
// it, none of them a call, a word addressed to the reader or a name of
// the page ("Final paving of Linden Avenue is scheduled for late June,
// after the new main has been pressure tested and disinfected. Weekly
// progress updates will be posted on this page and on the village's
// notification system, to which residents can subscribe …"): the
// story's closing paragraph going on to say where news will follow, not
// the publisher's pitch, which opens with what it asks or says of the
// page.
func factOpening(b *block) bool {
	end := -1
	for i := 0; i+1 < len(b.text) && end < 0; i++ {
		if (b.text[i] == '.' || b.text[i] == '!' || b.text[i] == '?') && b.text[i+1] == ' ' {
			end = i
		}
	}
	if end < 0 {
		return false
	}
	n := min(fieldCount(b.text[:end]), len(b.words))
	if n < 12 {
		return false
	}
	for i, w := range b.words[:n] {
		if callWord(w) || addressWords[w] || i > 0 && selfPairs[[2]string{b.words[i-1], w}] {
			return false
		}
	}
	return true
}

// selfQuestion reports whether block b opens with a question to the
// reader that names the page (selfPairs: "Vous avez aimé cet article ?",
// "Enjoyed this post?"), in its first sixty bytes.
func selfQuestion(b *block) bool {
	q := strings.IndexByte(b.text, '?')
	if q < 0 || q > 60 || strings.ContainsAny(b.text[:q], ".!") {
		return false
	}
	n := fieldCount(b.text[:q])
	for i := 1; i < min(n, len(b.words)); i++ {
		if selfPairs[[2]string{b.words[i-1], b.words[i]}] {
			return true
		}
	}
	return false
}

// creditOpening reports whether block b opens with an author's credit:
// "Written by", "Rédigé par", "Écrit par".
func creditOpening(b *block) bool {
	if len(b.words) < 3 {
		return false
	}
	switch b.words[0] {
	case "written", "rédigé", "rédigée", "écrit", "écrite":
		return b.words[1] == "by" || b.words[1] == "par"
	}
	return false
}

// shortAfter reports whether every block after bs[i] is short, not
// prose: the story's tail.
func shortAfter(bs []*block, i int) bool {
	for _, b := range bs[i+1:] {
		if len(b.words) > maxShortWords || prose(b) {
			return false
		}
	}
	return true
}

// closingNote reports whether a block speaks of the page itself as an
// issue of a series ("this update", "the next update", "ce numéro", "le
// prochain bulletin"): the publisher's note under a newsletter, when it
// closes the text in emphasis as a whole; so does one that speaks of
// republishing it (republishWords), a newsroom's note under its story.
func closingNote(b *block) bool {
	for i := 1; i < len(b.words); i++ {
		if republishWords[b.words[i]] {
			// The newsroom's line on republishing its stories ("Clinic
			// Wire is a national newsroom that produces in-depth
			// journalism about health issues. Our stories are free to
			// republish.", a KFF Health News-like story's last
			// paragraph in emphasis): the publisher's, not the story's.
			return true
		}
		if issueWords[b.words[i]] && (b.words[i-1] == "this" || b.words[i-1] == "next" || b.words[i-1] == "ce" || b.words[i-1] == "cette" || b.words[i-1] == "prochain" || b.words[i-1] == "prochaine") {
			return true
		}
	}
	return false
}

// issueWords name an issue of a newsletter or a bulletin.
var issueWords = wordSet("update newsletter bulletin issue numéro lettre édition edition")

// republishWords say a story may be published again elsewhere.
var republishWords = wordSet("republish republished republishing republier")

// taglineWords say who a writer is and how to reach them, or the press
// office, in the line under a story: "Jordan Lee covers city hall for the
// Herald. Reach him at …", "Journaliste au service économie, joignable à
// …", "Contact presse : …".
var taglineWords = wordSet(`covers covering reporter writer correspondent editor reach email tips journaliste rédacteur
rédactrice correspondant correspondante joindre joignable courriel écrire contact contacts contactez press presse media
média enquiries`)

// firstPerson are the words of a writer speaking as themselves.
var firstPerson = wordSet("i me my we us our je moi nous")

// singularFirst are those of a writer speaking as one person, and
// commentCues the cue words that name the comments under the text.
var (
	singularFirst = wordSet("i me my je moi")
	commentCues   = wordSet("comment comments commentaire commentaires")
)

// tagline reports whether a block is a writer's tagline: it holds an
// e-mail address and one of taglineWords. The caller asks only of the
// story's last short blocks.
func tagline(b *block) bool {
	at := strings.IndexByte(b.text, '@')
	if at <= 0 || at == len(b.text)-1 || !strings.Contains(b.text[at:], ".") || b.text[at-1] == ' ' || b.text[at+1] == ' ' {
		return false
	}
	if prose(b) && slices.ContainsFunc(b.words, func(w string) bool { return firstPerson[w] }) {
		// The author speaking to the readers, in sentences ("If you
		// have questions, write to … A real person, usually Priya or
		// me, will answer."): the story's closing line, not a tagline,
		// which speaks of its writer.
		return false
	}
	for _, w := range b.words {
		if taglineWords[w] {
			return true
		}
	}
	return false
}

// widgetText reports a label opening the block ("Vidéo. …", "Photo :
// …"), a media length ("(durée 1'45)", "3 min") or two separators ("Oui
// / Non / Sans avis", "Home > Storage > RAID").
func widgetText(text string) bool {
	// Every label has a stop in its first 40 bytes: the pattern, which
	// backtracks, only runs on the blocks that have one.
	if head := text[:min(len(text), 40)]; strings.ContainsAny(head, ".:|–—") && label.MatchString(head) && !labelledSentence(text) {
		return true
	}
	if strings.ContainsAny(text, "0123456789") && durationPart(text) && duration.MatchString(text) {
		return true
	}
	n := 0
	for _, sep := range separators {
		n += strings.Count(text, sep)
	}
	return n >= 2
}

// minLabelledSentenceWords is the fewest words of a labelledSentence:
// fifteen ("Prochaine étape : le pignon ouest, en avril, avec une
// troisième passe de finition à la chaux aérienne.", seventeen, a
// writer's closing line once the page's fine print goes after it).
const minLabelledSentenceWords = 15

// labelledSentence reports whether text, which a label opens, goes on
// after the label's colon as a sentence: a label of two words or more,
// then lowercase, to a stop, in minLabelledSentenceWords words or more
// ("The short version: the tree survived my enthusiasm, …"). A writer's
// own lead-in, not a widget's label of one word ("Photo : Jean Dupont",
// "Vidéo : les dernières minutes…").
func labelledSentence(text string) bool {
	t := strings.TrimSpace(text)
	i := strings.IndexByte(t[:min(len(t), 40)], ':')
	if i < 0 {
		return false
	}
	if fieldCount(t[:i]) < 2 {
		return false
	}
	rest := strings.TrimSpace(t[i+1:])
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) || !endsSentence(t) {
		return false
	}
	return fieldCount(t) >= minLabelledSentenceWords || fieldCount(t) >= minNextWords && nextLabel(t[:i])
}

// minNextWords is the fewest words of a labelledSentence under a label
// that announces what comes next (nextLabel).
const minNextWords = 8

// nextLabel reports whether a label of two words or more announces the
// writer's next post or step, a time to come ("Next month", "Next time",
// "Coming up next", "Le mois prochain", "La semaine prochaine",
// "Prochaine étape"): a blog's closing line ("Next month: the platen
// itself, and whether recovering it is worth the cost."), the writer's
// own, where a widget's label names a thing ("Photo", "Vidéo") or dates a
// notice ("Inventaire du 26 janvier").
func nextLabel(l string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(l)))
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "next", "prochaine", "prochain":
		return true
	case "coming":
		return f[1] == "up"
	}
	last := f[len(f)-1]
	return last == "prochaine" || last == "prochain" || last == "suivant" || last == "suivante"
}

// endNote opens a note after the story: the author's edit ("Edit: thanks
// for all the replies", "EDIT 2: …", "Édit : …"), a programme's credits
// ("Produced by …", "Produced and presented by …", "Presented by …
// Produced by … Music by …", "Hosted by …", "Music: …",
// "Réalisation : …", "Reportage et montage : …", the reporting's credit
// joined to the editing's; "Hosts: Walt Brenner and Shauna Kilgore.
// Engineer: …", a TalkShoe episode's notes' last line, the plural only, a
// transcript's turns being "Host:"; showCredit) or a record's
// ("released June 6, 2025", "Recorded at …", "Mastered by …").
var endNote = regexp.MustCompile(`^(?i:(?:edit|edited|édit|edit \d|update \d)\s?:|(?:produced|produced and edited|edited|mixed|hosted and produced|produced and presented|presented and produced|produced and hosted|presented|hosted|sound design|recorded|mastered|enregistré|masterisé) (?:by|at|in|par|à|au)\s|released (?:on )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|sorti le \d|(?:(?:reportage|reporting|interviews|entretiens|prise de son|recording) (?:et|and) )?(?:music|musique|production|producer|réalisation|montage|mixage|editing|credits|crédits|générique|hosts)\s?:|(?:produit|réalisé|monté|mixé) par\s)`)

// showCredit is a programme's credits that open with its name: "Ferry
// Lines is presented by Eilidh Baird and produced by Tom Carnie.", a
// presenter's credit joined to the producer's; or its producer's credit
// and its music's after it ("Salt and Stone is produced by Ewan Roper and
// Ailsa Dunn. Music by The Low Tide Trio.", a Goodpods episode's notes),
// its editor's credit before the music's ("Salt Lines is produced by
// Harriet Oyelaran. Editing by Declan Moss. Theme music by The Lower Quay
// Band.", a JustCast episode's notes' last line).
var showCredit = regexp.MustCompile(`^[^.]{1,40} is (?:(?:presented|hosted) by [^.]{1,60} and (?:produced|edited) by\s|produced by [^.]{1,60}\. (?:Theme )?(?:[Mm]usic|[Ss]ound design|[Aa]rtwork|[Ee]diting) by\s)`)

// supportCredit is a sender's line naming who funds its work, one
// sentence under a letter: "Our work this year is supported by the
// Millbrook Parish Council community fund and Hartley's Garden Centre.",
// "This newsletter is sponsored by …".
var supportCredit = regexp.MustCompile(`(?i)^(?:our|this) (?:\S+ ){0,3}(?:is|are|was|were) (?:generously )?(?:supported|funded|sponsored|made possible) by [^.!?]{1,120}[.!]?\s*$`)

// creditLine reports whether text is an endNote, a showCredit, a
// supportCredit or a productionCredit.
func creditLine(text string) bool {
	return endNoteFirst(text) && endNote.MatchString(text) || strings.Contains(text, " by ") && (showCredit.MatchString(text) || supportCredit.MatchString(text)) ||
		strings.Contains(text, " production of ") && productionCredit.MatchString(text)
}

// productionCredit is a programme's credit that names its producer after
// its name: "Small Hours is an independent production of Lantern Hill
// Audio.", "… is a production of iHeartRadio.".
var productionCredit = regexp.MustCompile(`^[^.]{1,40} is (?:an? )?(?:independent |original )?production of\s`)

// privacyLine reports whether text is a podcast host's notice under an
// episode's notes, "See omnystudio.com/listener for privacy
// information.": a pointer to the host's page, eight words at most.
func privacyLine(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "See ") && strings.HasSuffix(t, " for privacy information.") && fieldCount(t) <= 8
}

// linksLine reports whether text is a podcast's links from its episode
// in a line of their own, after a label of five words at most that opens
// with "Links" or "Liens" and its colon ("Links from the episode: the
// Corner Loaf (cornerloaf.example), Ashwick market quarter walking map
// (ashwick.example/market).", a RedCircle episode's last line): the
// show's notes' links, not its text.
func linksLine(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "Links") && !strings.HasPrefix(t, "Liens") {
		return false
	}
	head, _, ok := strings.Cut(t, ":")
	return ok && fieldCount(head) <= 5
}

// browserNote reports whether text tells the browser and the screen a
// page is best seen with ("This page last updated 09/21/03. Best viewed
// with Internet Explorer 5 at 800x600.", a GeoCities page's last line;
// "Best viewed in …"): the page's fine print, as a counter's is.
func browserNote(text string) bool {
	return strings.Contains(text, "est viewed with ") || strings.Contains(text, "est viewed in ") || strings.Contains(text, "EST VIEWED ")
}

// addressItem reports whether list item b is a link written as text: a
// label, a colon and a bare web address ("Dr. Theo Abernathy:
// abernathy-lab.example", "… transcription project:
// carrowfallslibrary.example/diaries"), an episode's links under its
// notes.
func addressItem(b *block) bool {
	if !b.list || len(b.words) > maxShortWords {
		return false
	}
	_, rest, ok := strings.Cut(b.text, ": ")
	if !ok {
		return false
	}
	for ok {
		var addr string
		addr, _, _ = strings.Cut(rest, " ")
		addr = strings.TrimSuffix(strings.TrimSpace(addr), "/")
		if dot := strings.IndexByte(addr, '.'); dot <= 0 || dot >= len(addr)-2 || strings.HasSuffix(addr, ".") {
			return false
		}
		_, rest, ok = strings.Cut(rest, ": ")
	}
	return true
}

// postedBy reports whether text, among the story's last blocks, is its
// byline alone: "Posted by" or "Publié par", a name and a role, eight
// words at most and no stop at its end ("Posted by Mr D. Okafor,
// Geography", a Sensei LMS lesson's notice under the lesson).
func postedBy(text string) bool {
	t := strings.TrimSpace(text)
	return (strings.HasPrefix(t, "Posted by ") || strings.HasPrefix(t, "Publié par ")) && fieldCount(t) <= 8 && !endsSentence(t)
}

// operatorPhrases say who runs a scheme, a service or the site that
// sends a letter: "is run by", "est géré par".
var operatorPhrases = []string{" is run by ", " is operated by ", " is managed by ", " is published by ", " est géré par ", " est gérée par ", " est exploité par ", " est exploitée par ", " est édité par ", " est éditée par "}

// operatorLine reports whether text, among the story's last blocks, is
// the sender's line naming who runs it and where: a phrase of
// operatorPhrases and a postal address after it, two commas or more and
// a digit ("Gullport Bikes is run by Gullport Borough Council with Tern
// Mobility Ltd, Unit 4, Quayside Works, Gullport GP2 7RT.", an Iterable
// letter's footer over its unsubscribe line).
func operatorLine(text string) bool {
	for _, p := range operatorPhrases {
		if i := strings.Index(text, p); i > 0 {
			rest := text[i+len(p):]
			return strings.Count(rest, ",") >= 2 && strings.ContainsAny(rest, "0123456789")
		}
	}
	return false
}

// endNoteFirst reports whether text opens as an endNote may: with the
// first letter, in either case, of one of its words ("edit", "update",
// "produced", "mixed", "hosted", "sound", "recorded", "released",
// "sorti", "credits", "générique", …) or a byte outside ASCII ("é", "ſ",
// "É"). The pattern, whose alternatives the regexp package tries one by
// one, runs on the others only (FuzzEndNoteFirst).
func endNoteFirst(text string) bool {
	return text != "" && (text[0] >= utf8.RuneSelf || strings.IndexByte("eupmhsrcg", text[0]|0x20) >= 0)
}

// dateLine reports whether text is only the page's dates: a publication
// statement ("Publiée le 15 nov. 2025", "Posted on March 3, 2025 at
// 9:12"), alone or followed, after a separator, by an update's ("·
// Modifiée le 17 nov. 2025"), or after an update's, or a day and its
// hour alone before an update's. A byline's line of its own, not the
// story's.
func dateLine(text string) bool {
	if len(text) > 160 || !yearDigits(text) {
		return false
	}
	t := oneLine(text)
	if by, rest, ok := strings.Cut(t, ". "); ok && byName(by) {
		// The author's name before the statement, a stop between ("By
		// Margaret Ellery. Posted 14 January 2025.", a HomeSite page's
		// line in italics under its <h1>), as datedBy reads it after.
		t = strings.TrimSuffix(rest, ".")
	}
	if rest, ok := strings.CutPrefix(t, "In Reply to: "); ok {
		// The message it answers, its subject, author and day ("In
		// Reply to: <a>Leek rust again</a> posted by Brenda W on March
		// 8, 2011 at 18:52:40:", the line WWWBoard and VoyForums write
		// under a reply's head): a head line, read from "posted".
		if i := strings.Index(rest, " posted by "); i >= 0 {
			t = rest[i+1:]
		}
	}
	loc := publishedDateFirst.FindStringIndex(t)
	if loc == nil {
		// The update's statement first, the publication's after a
		// separator ("Updated: Mar. 12, 2025, 9:40 a.m. | Published:
		// Mar. 12, 2025, 6:15 a.m.", as Advance Local's news sites
		// write a story's times under its byline).
		for _, sep := range [...]string{" | ", " · ", " • ", " / "} {
			if head, tail, ok := strings.Cut(t, sep); ok && updateLine.MatchString(head) && hasDate(head) {
				if day, ok := strings.CutPrefix(tail, "Original "); ok {
					// The first edition's day and hour after "Original"
					// ("Updated April 8, 2025 12:05 pm ET / Original April
					// 8, 2025 10:31 am ET", as Dow Jones' sites write a
					// story's times under its byline, two <time>s and a
					// slash): the publication's, no verb before it.
					return dayDate.MatchString(day)
				}
				return dateLine(tail)
			} else if ok && updateLine.MatchString(tail) && hasDate(tail) && dayDate.MatchString(head) {
				// Or a day and its hour alone, then the update's
				// statement ("Mercredi, 18 novembre 2026 05:00 · MISE
				// À JOUR Mercredi, 18 novembre 2026 07:42", a regional
				// daily's div.article-date under the headline).
				return true
			}
		}
		return false
	}
	rest := clockTime.ReplaceAllString(t[loc[1]:], "")
	// A colon may end the line, as a message's head introduces its
	// text ("Posted by … on March 9, 2011 at 21:14:07:").
	rest = strings.TrimLeft(rest, " ·|•–—-,;:")
	return rest == "" || updateLine.MatchString(rest) && hasDate(rest) || datedBy(rest)
}

// datedBy reports whether what follows a publication statement, after a
// full stop, is its author's name: "By" or "Par" and two to four words
// each opening with a capital ("Posted on 20 November 2025. By Mr D.
// Achterberg", Refinery CMS's line under a post's headline, its <time>
// and its author's <span>).
func datedBy(rest string) bool {
	by, ok := strings.CutPrefix(rest, ". ")
	return ok && byName(by)
}

// byName reports whether s is "By" or "Par" and two to four words each
// opening with a capital, an author's name.
func byName(s string) bool {
	name, ok := strings.CutPrefix(s, "By ")
	if !ok {
		if name, ok = strings.CutPrefix(s, "Par "); !ok {
			return false
		}
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n++; n > 4 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return n >= 2
}

// datedAuthorLine reports whether text is a day with its hour, an
// update's statement after a comma, then the author's name after a
// separator ("24 février 2025 à 09h12, mis à jour le 25 février 2025 à
// 18h40 · Julien Berthou (Verts Horizons)", SPIP's line under a
// headline): a byline's line of its own, as dateLine's.
func datedAuthorLine(text string) bool {
	if len(text) > 160 || !yearDigits(text) {
		return false
	}
	t := oneLine(text)
	for _, sep := range [...]string{" · ", " | ", " • "} {
		i := strings.LastIndex(t, sep)
		if i < 0 || !datedAuthor.MatchString(t[i+len(sep):]) {
			continue
		}
		day := t[:i]
		if j := strings.LastIndex(day, ", "); j >= 0 && updateLine.MatchString(day[j+2:]) && hasDate(day[j+2:]) {
			day = day[:j]
		}
		_, ok := bareDate(day, false)
		return ok
	}
	return false
}

var (
	// clockTime is the time that may follow a date: "à 21:14", "at
	// 9.12 am", ", 8h12", its seconds too ("at 21:14:07", VoyForums'
	// message head).
	clockTime = regexp.MustCompile(`(?i)^,?\s*(?:à|at|@)?\s*\d{1,2}\s?[h:.]\s?\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?`)
	// datedAuthor is the name a datedAuthorLine ends with: two or three
	// capitalized words, "by" or "par" before them, the author's outlet
	// in parentheses after them ("Julien Berthou (Verts Horizons)").
	datedAuthor = regexp.MustCompile(`^(?:(?i:by|par) )?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?: \([^()]{2,40}\))?$`)
	// updateLine opens a statement of an update, up to its date.
	updateLine = regexp.MustCompile(`(?i)^(?:last updated|updated|edited|modified|modifié|modifiée|mis à jour|mise à jour|màj|dernière modification)(?:\s+(?:on|le))?\s*:?\s+[^;!?]{4,40}$`)
)

// contactNote reports whether a block tells the reader how to reach
// someone: a call to contact, write or phone ("Contactez …", "Contact us
// …", "Call …", "Écrivez-nous …") with a phone number or an e-mail
// address. Boxed at the story's end, it is the site's contact box.
func contactNote(b *block) bool {
	if !slices.ContainsFunc(b.words, func(w string) bool { return contactWords[w] }) {
		return false
	}
	return strings.Contains(b.text, "@") && strings.Contains(b.text, ".") || phoneNumber.MatchString(b.text)
}

// addressCard reports whether bs[i] is the address under a name in bold
// that went ("<strong>Pellston Water Department</strong><br>220 W. Main
// Street …<br>(231) 555-0148 · Monday–Friday…", the sender's card under
// a bulletin's text): a short block of the same box holding a phone
// number, after a line in bold of six words at most.
func addressCard(bs []*block, i int, drop []bool) bool {
	b := bs[i]
	if i == 0 || !drop[i-1] || len(b.words) > maxShortWords || !phoneNumber.MatchString(b.text) {
		return false
	}
	name := bs[i-1]
	return name.container == b.container && !name.heading && len(name.words) <= 6 && emphasized(name)
}

var (
	// A visit "by appointment" and an address to
	// ask for one is a contact box too (a studio's footer line: "Studio
	// visits by appointment: studio@marenoduya.example.").
	contactWords = wordSet("contact contactez contacter contactez-nous contact-us call appelez appeler phone téléphonez écrivez écrivez-nous write email e-mail appointment appointments")
	// phoneNumber is a phone number: four or more groups of digits
	// ("05 62 00 00 00", "+44 20 7946 0000", "(555) 010-0199").
	phoneNumber = regexp.MustCompile(`(?:\+\d{1,3}[ .]?)?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}\b`)
)

// label is a block that opens with a one- or two-word label and a stop,
// "Vidéo. …", "Photo : …", "EN IMAGES | …", "Poll: …", or with a label
// of up to six words and a colon: "Mise à jour du 2 juin : …", "Note
// from the editor: …".
var label = regexp.MustCompile(`^([\p{L}©]{2,14}( [\p{L}]{2,14})?\s?[.:|–—]|([\p{L}\p{N}'’]{1,14} ){1,5}[\p{L}\p{N}]{2,14} ?:)\s`)

// duration is a media length: "(durée 1'45)", "(2:30)", "3 min".
var duration = regexp.MustCompile(`(?i)(\(\s*(durée|duration)?\s*:?\s*\d{1,2}\s*['’:]\s*\d{2}\s*\)|\b\d{1,3}\s?min\b)`)

// date is a day and a month, or a numeric date: "2 juin", "June 2",
// "17/03/2025", "2025-03-17".
var date = regexp.MustCompile(`(?i)\b(\d{1,2}(er)? (janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})`)

// durationPart reports whether text holds a "(" or "min" in ASCII's
// either case, as every match of duration does: the pattern, which
// backtracks from every byte, runs on the others only
// (FuzzDurationPart).
func durationPart(text string) bool {
	if strings.IndexByte(text, '(') >= 0 {
		return true
	}
	for i := 0; i+3 <= len(text); i++ {
		if text[i]|0x20 == 'm' && text[i+1]|0x20 == 'i' && text[i+2]|0x20 == 'n' {
			return true
		}
	}
	return false
}

// hasDate reports whether text holds a date; every date has a digit, and
// the pattern only runs on the texts that do.
func hasDate(text string) bool {
	return strings.ContainsAny(text, "0123456789") && date.MatchString(text)
}

// hoursOfDay is a time of day: "14 heures", "14 h", "14h30", "9am",
// "2 pm", "10:30".
var hoursOfDay = regexp.MustCompile(`(?i)\b\d{1,2}(?:\s?(?:heures?\b|h\b|h\d{2}\b|[ap]\.?m\b)|:\d{2}\b)`)

// separators cut menus, polls, breadcrumbs and credits: "Oui / Non",
// "A · B", "A | B", "Home > Section".
var separators = []string{" / ", " | ", " · ", " • ", " > ", " » "}

// blockElements are the elements that break text into blocks.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Blockquote: true,
	atom.Figure: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Dl: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Pre: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Hr: true,
	atom.Center: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Address: true,
	atom.Details: true, atom.Figcaption: true, atom.Form: true,
}

// nextItem reports whether p, an item of a list Word saved
// (wordListItem), follows the last of block b's nodes, another.
func nextItem(b *block, p *html.Node) bool {
	n := b.nodes[len(b.nodes)-1]
	return wordListItem(p) && wordListItem(n) && prevElement(p) == n
}

// blocks collects the scored units of an article node.
func blocks(article *html.Node) []*block {
	var out []*block
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		cont := n
		for cont.DataAtom != atom.Table && layoutCell(cont) && cont != article && cont.Parent != nil {
			// The cells of an e-mail's layout table are not boxes: their
			// blocks are the table's, and a table nested in a cell is a
			// box of its own.
			cont = cont.Parent
		}
		var run []*html.Node
		flush := func() {
			if !slices.ContainsFunc(run, func(n *html.Node) bool { return n.Type != html.TextNode || strings.TrimSpace(n.Data) != "" }) {
				// White space alone between blocks, most runs: it holds
				// no word, so it would make no block.
				run = nil
				return
			}
			if pic := pictureTail(run); pic > 0 {
				// The run's text and the picture it ends with, the
				// caption under it: scored apart, the picture's
				// block a caption's.
				b := &block{nodes: run[:pic], container: cont}
				if fill(b); len(b.words) > 0 {
					out = append(out, b)
				}
				run = run[pic:]
			}
			if len(run) > 0 {
				b := &block{nodes: run, container: cont}
				if fill(b); len(b.words) > 0 {
					// A run that holds a picture and a line ("<img>
					// <font size="2"><i>…</i></font>", a forum post's
					// attachment and its caption between the post's
					// lines): the picture's caption, as a block that
					// holds one is.
					b.caption = slices.ContainsFunc(run, func(n *html.Node) bool { return n.DataAtom == atom.Img || n.Type == html.ElementNode && holdsMedia(n) })
					out = append(out, b)
				}
				run = nil
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !blockElements[c.DataAtom] && c.DataAtom != atom.A && containsBlock(c) {
				// An inline element around blocks — the <font> of a table
				// layout around a story and its picture — is a container:
				// taken whole as a run, it would merge the picture's
				// caption with the story.
				flush()
				walk(c)
				continue
			}
			if c.Type != html.ElementNode || !blockElements[c.DataAtom] {
				if c.Type == html.TextNode || c.Type == html.ElementNode {
					run = append(run, c)
				}
				continue
			}
			flush()
			// The block is made once c is known to be one: a container
			// walked into, or a paragraph cut in two, would waste it.
			heading, list, code := false, wordListItem(c), false
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				heading = true
			case atom.Ul, atom.Ol, atom.Dl:
				list = true
			case atom.Pre:
				code = true
			case atom.Hr:
				continue
			default:
				if containsBlock(c) {
					if c.DataAtom == atom.Table && dataTable(c) {
						start := len(out)
						walk(c)
						for _, b := range out[start:] {
							b.table = c
						}
						continue
					}
					walk(c)
					continue
				}
				if br := leadingLine(c); br != nil {
					// "<b>Day 2: …</b><br>This is the day…": the
					// line in bold is the paragraph's subheading, scored
					// apart from the text under it.
					var head, rest []*html.Node
					for n := c.FirstChild; n != nil; n = n.NextSibling {
						if n == br {
							head, rest = rest, nil
							continue
						}
						rest = append(rest, n)
					}
					for _, nodes := range [][]*html.Node{head, rest} {
						b := &block{nodes: nodes, container: cont}
						if fill(b); len(b.words) > 0 {
							out = append(out, b)
						}
					}
					continue
				}
				if ins := trailingInsert(c); ins != nil {
					// The paragraph and the insert its CMS appended are
					// scored apart, as runs of the paragraph's container.
					var before []*html.Node
					for n := c.FirstChild; n != ins; n = n.NextSibling {
						before = append(before, n)
					}
					for _, nodes := range [][]*html.Node{before, {ins}} {
						b := &block{nodes: nodes, container: cont}
						if fill(b); len(b.words) > 0 {
							out = append(out, b)
						}
					}
					continue
				}
			}
			// The block and its one node in one allocation.
			bn := &struct {
				block
				one [1]*html.Node
			}{block: block{container: cont, heading: heading, list: list, code: code}, one: [1]*html.Node{c}}
			b := &bn.block
			b.nodes = bn.one[:]
			if last := len(out) - 1; b.list && last >= 0 && nextItem(out[last], c) {
				// The next item of a list Word saved: scored with the
				// list, as an <li> is with its <ul>.
				b = &block{nodes: append(out[last].nodes, c), container: cont, list: true}
				fill(b)
				out[last] = b
			} else if fill(b); len(b.words) > 0 {
				b.caption = holdsMedia(c) || captionPlace(c)
				out = append(out, b)
			}
		}
		flush()
	}
	markLayout(article)
	walk(article)
	return out
}

// layoutCell reports whether n is a part of a layout table — a
// <table role="presentation"> (or "none"), the markup of HTML e-mails
// and of accessible table layouts — or the table itself.
func layoutCell(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot:
		for t := n.Parent; t != nil; t = t.Parent {
			if t.DataAtom == atom.Table {
				return layoutTable(t)
			}
		}
	case atom.Table:
		return layoutTable(n)
	}
	return false
}

// layoutTable reports whether a table is for layout: it says so, or
// markLayout found it so.
func layoutTable(t *html.Node) bool {
	r := strings.ToLower(attr(t, "role"))
	return r == "presentation" || r == "none" || hasAttr(t, layoutAttr)
}

// afterMediaAttr marks a line in emphasis that followed a picture's box
// the page's furniture took away (a forum's attachment): the picture's
// caption for afterMedia.
const afterMediaAttr = "data-recherche-after-media"

// captionedAttr marks a picture's box whose caption prune removed: the
// block after it is not its caption (afterMedia).
const captionedAttr = "data-recherche-captioned"

// layoutAttr marks a table markLayout found laid out with.
const layoutAttr = "data-recherche-layout"

// markLayout marks the tables under n that lay out a page rather than
// hold data: those whose own cells hold headings or other tables — what
// an HTML e-mail without roles, or an old site, is built of. (A table
// nested in such a cell is a box of the layout, not marked itself.)
func markLayout(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Table && !hasAttr(c, layoutAttr) && layoutCells(c) {
			c.Attr = append(c.Attr, html.Attribute{Key: layoutAttr})
		}
		markLayout(c)
	}
}

// layoutCells reports whether one of table t's own cells holds a heading
// or a table.
func layoutCells(t *html.Node) bool {
	var walk func(*html.Node, bool) bool
	walk = func(n *html.Node, inCell bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table:
				if inCell {
					return true
				}
				continue
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if inCell {
					return true
				}
			}
			if walk(c, inCell || c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				return true
			}
		}
		return false
	}
	return walk(t, false)
}

// dataTable reports whether t is a table of data: three rows or more of
// two cells or more, each cell a line of text (no block inside, no
// nested table), most of its text outside links. A comparison, a
// schedule, a budget written by the author is one; so are a results
// table or a specifications sheet beside the story, which storyTable
// tells apart by where they stand.
func dataTable(t *html.Node) bool {
	rows := 0
	ok := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			case atom.Tr:
				cells := 0
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.DataAtom == atom.Td || d.DataAtom == atom.Th {
						if containsBlock(d) {
							ok = false
							return
						}
						cells++
					}
				}
				if cells >= 2 {
					rows++
				}
			}
		}
	}
	walk(t)
	return ok && rows >= 3
}

// storyTables returns the data tables among bs that stand inside the
// story: a sentence of the story comes after them (a table under the last
// paragraph — results, standings, a product's specifications — is beside
// the story), and they are not in a box of their own that a heading opens
// (a results box: "Classement de l'étape"). Their cells are the author's
// and are kept whole: a price, a time, a mark are short blocks that the
// furniture rules would drop one by one.
func storyTables(bs []*block) map[*html.Node]bool {
	var out map[*html.Node]bool
	for i, b := range bs {
		if b.table == nil || out[b.table] || i > 0 && bs[i-1].table == b.table {
			continue
		}
		if box := b.table.Parent; box != nil && box.DataAtom != atom.Body {
			if f := firstContent(box); f != nil && f != b.table && (headingLevel(f) > 0 || emphasis(f)) {
				continue
			}
		}
		for j := i + 1; j < len(bs); j++ {
			if bs[j].table != b.table && sentence(bs[j]) && !bs[j].apart && !bs[j].heading {
				if out == nil {
					out = map[*html.Node]bool{}
				}
				out[b.table] = true
				break
			}
		}
	}
	return out
}

// trailingInsert returns the last child of a block element when it is an
// inline element holding a link that stands after the block's last
// sentence ("… sections. <strong>Lire aussi : <a>…</a></strong>"): a
// cross-link or call a CMS appended to a paragraph, which the paragraph's
// prose would otherwise carry through. A link inside a sentence is
// followed by the rest of the sentence, and is not one; nor is a
// footnote's reference after the sentence it annotates.
func trailingInsert(p *html.Node) *html.Node {
	last := beforeBlank(p.LastChild)
	if last == nil || last.Type != html.ElementNode || last == p.FirstChild || !holdsLink(last) || noteRef(last) || backLink(last) {
		return nil
	}
	var before strings.Builder
	for n := p.FirstChild; n != last; n = n.NextSibling {
		if n.Type == html.TextNode {
			before.WriteString(n.Data)
		} else {
			before.WriteString(textOf(n))
		}
	}
	t := strings.TrimRightFunc(before.String(), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'»”’)]`, r)
	})
	if r, _ := utf8.DecodeLastRuneInString(t); !strings.ContainsRune(".!?…", r) {
		return nil // "see the manual: <a>…</a>" goes on with its sentence
	}
	return last
}

// pictureTail returns the index in run, a run of inline nodes scored as
// one block, of the picture its text ends with when a sentence's end
// comes before it and nothing after it but line breaks and a line in
// emphasis, maxCaptionWords words at most, its caption ("…once dry, of
// nothing at all.<media-item><img …></media-item><br><small><i>Test
// tiles drying on the studio roof, August.</i></small>", a run
// Readability left of a Cargo page's text between <br><br>), or -1.
func pictureTail(run []*html.Node) int {
	pic := slices.IndexFunc(run, func(n *html.Node) bool {
		return n.Type == html.ElementNode && (n.DataAtom == atom.Img || holdsMedia(n))
	})
	if pic <= 0 {
		return -1
	}
	var before strings.Builder
	for _, n := range run[:pic] {
		before.WriteString(textOf(n))
	}
	if !endsSentence(strings.TrimSpace(before.String())) {
		return -1
	}
	caption := 0
	for _, n := range run[pic+1:] {
		switch {
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) == "", n.DataAtom == atom.Br:
		case n.Type == html.ElementNode && emphasis(n) && caption == 0:
			caption = nodeWords(n)
		default:
			return -1
		}
	}
	if caption == 0 || caption > maxCaptionWords {
		return -1
	}
	return pic
}

// leadingLine returns the <br> that ends a block element's first line
// when that line is in emphasis as a whole and text follows the break
// ("<b>Day 2: …</b><br>This is the day…"), or nil: forum posts and old
// editors write subheadings so, inside the paragraph they head.
func leadingLine(p *html.Node) *html.Node {
	first := pastBlank(p.FirstChild)
	if first == nil || first.Type != html.ElementNode || !emphasis(first) {
		return nil
	}
	br := pastBlank(first.NextSibling)
	if br == nil || br.DataAtom != atom.Br {
		return nil
	}
	for n := br.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" ||
			n.Type == html.ElementNode && strings.TrimSpace(textOf(n)) != "" {
			return br
		}
	}
	return nil
}

// backLink reports whether n is a link within the page ("#fn-ref-1"): a
// footnote's way back to its reference, no cross-link.
func backLink(n *html.Node) bool {
	href := attr(n, "href")
	return n.DataAtom == atom.A && len(href) > 1 && href[0] == '#'
}

// noteRef reports whether n is a footnote's reference: a <sup>, or a
// link whose text is a number, bracketed or not ("[2]").
func noteRef(n *html.Node) bool {
	if n.DataAtom == atom.Sup {
		return true
	}
	t := strings.Trim(strings.TrimSpace(textOf(n)), "[]()")
	return t != "" && len(t) <= 3 && strings.Trim(t, "0123456789") == ""
}

// holdsMedia reports whether n holds a picture or a video.
func holdsMedia(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Video, atom.Svg, atom.Canvas:
				return true
			}
			if holdsMedia(c) {
				return true
			}
		}
	}
	return false
}

// emptyAnchor reports whether n is a <span> or an <a> with nothing in it.
func emptyAnchor(n *html.Node) bool {
	return n.Type == html.ElementNode && n.FirstChild == nil && (n.DataAtom == atom.Span || n.DataAtom == atom.A)
}

// afterMedia reports whether the element before n is a picture, or a box
// holding a picture and no text: n is its caption. An empty anchor
// between them (a <span> or <a> with no content, as MoinMoin marks each
// line of its source with span.anchor) is passed over.
func afterMedia(n *html.Node) bool {
	if first := firstContent(n); hasAttr(n, afterMediaAttr) || first != nil && hasAttr(first, afterMediaAttr) {
		return true
	}
	p := n.PrevSibling
	for p != nil && (p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" || emptyAnchor(p)) {
		p = p.PrevSibling
	}
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	switch p.DataAtom {
	case atom.Img, atom.Picture, atom.Video, atom.Svg, atom.Canvas:
		return true
	}
	return holdsMedia(p) && strings.TrimSpace(textOf(p)) == "" && !hasAttr(p, captionedAttr)
}

// footnotes marks the blocks that are the article's own footnotes: a
// block holding the element a note reference of the article links to
// ("…to make<sup><a href="#fn1">[1]</a></sup>" and, below, "<p>[1] We did
// not count… <a id="fn1">↩</a></p>"). Set apart at the story's end in a
// box of their own, notes read like inserts.
func footnotes(article *html.Node, bs []*block) []bool {
	marks := make([]bool, len(bs))
	targets := map[string]bool{}
	for _, id := range noteTargets(article) {
		targets[id] = true
	}
	if len(targets) == 0 {
		return marks
	}
	var holds func(*html.Node) bool
	holds = func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if id := attr(n, "id"); id != "" && targets[id] {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if holds(c) {
				return true
			}
		}
		return false
	}
	for i, b := range bs {
		for _, n := range b.nodes {
			if holds(n) || n.Parent != nil && n.Parent != article && onlyChild(n.Parent) == n && holds(n.Parent) {
				marks[i] = true
				break
			}
		}
	}
	return marks
}

// noteTargets returns the ids the note references of the article link
// to, in the order of the references.
func noteTargets(article *html.Node) []string {
	var targets []string
	var refs func(*html.Node)
	refs = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A && noteRef(c) {
				// Readability may have made "#fn1" absolute.
				if href := attr(c, "href"); strings.Contains(href, "#") {
					targets = append(targets, href[strings.LastIndexByte(href, '#')+1:])
				}
				continue
			}
			refs(c)
		}
	}
	refs(article)
	return targets
}

// maxNoteWords is the length of the longest note gatherNotes brings
// into the article.
const maxNoteWords = 120

// gatherNotes appends to the article the footnotes its references link
// to that Readability left outside it: journals and wikis set the notes
// in a section of their own after the text ("Notes", "Références"),
// which Readability takes for another box. A note is the paragraph or
// list item holding the target (an id with a digit, as "ftn1", "fn-2",
// "cite_note-3" have; "#comments" is no note), of maxNoteWords words
// or fewer. ids are the page's elements by such ids, read before
// Readability moved anything.
func gatherNotes(article *html.Node, ids map[string]*html.Node) {
	if len(ids) == 0 {
		return
	}
	targets := noteTargets(article)
	if len(targets) == 0 {
		return
	}
	// Readability may have copied the text it kept: an id the article
	// holds is its own.
	own := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if id := attr(c, "id"); id != "" {
					own[id] = true
				}
				walk(c)
			}
		}
	}
	walk(article)
	for _, id := range targets {
		if own[id] {
			continue
		}
		n := ids[id]
		for n != nil && n.DataAtom != atom.P && n.DataAtom != atom.Li && n.DataAtom != atom.Div {
			n = n.Parent
		}
		if n == nil || inside(n, article) || containsBlock(n) || nodeWords(n) > maxNoteWords {
			continue
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		if n.DataAtom == atom.Li {
			n.Data, n.DataAtom = "p", atom.P
		}
		article.AppendChild(n)
	}
}

// captionPlace reports whether n, or the box it is alone in (a table of
// one cell, a <div>), follows a picture: blog engines put a picture's
// caption in a table of its own under the picture's box.
func captionPlace(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if afterMedia(n) {
			return true
		}
		if n.Parent == nil || onlyChild(n.Parent) != n {
			return false
		}
	}
	return false
}

// inFigure reports whether container c stands, inside the story's main
// container, in a box that holds a picture and no more text than a short
// block: a picture with its caption and credit, however the page builder
// marked them up (a <figure> without <figcaption>, "media" and "legend"
// <div>s). A caption is often a full sentence on the story's topic, which
// the scores would keep.
func inFigure(c, main *html.Node) bool {
	for n := c; n != nil && n != main; n = n.Parent {
		if holdsMedia(n) {
			return len(lowerWords(textOf(n))) <= maxShortWords
		}
	}
	return false
}

// question reports whether text ends with a question mark.
func question(text string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'»”’)]`, r)
	}), "?")
}

// holdsLink reports whether n is or holds a link.
func holdsLink(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsLink(c) {
			return true
		}
	}
	return false
}

// containsBlock reports whether n holds a block element.
func containsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.DataAtom] || containsBlock(c)) {
			return true
		}
	}
	return false
}

// fill reads a block's text (its whitespace collapsed), words, link and
// emphasis text in one walk.
func fill(b *block) {
	var t spacedText
	// lead is the emphasis element the block's first text stands in, if
	// any: a bold "Et vous ?", "Update:", "Lire aussi :" opening a block
	// is how inserts label themselves.
	var lead *html.Node
	first := true
	text := func(s string, inLink bool, em *html.Node) {
		t.write(s)
		n := len(strings.TrimSpace(s))
		if n == 0 {
			return
		}
		if first {
			lead, first = em, false
		}
		if inLink {
			b.linkText += n
		}
		if em != nil {
			b.emText += n
		}
	}
	var walk func(n *html.Node, inLink bool, em *html.Node)
	walk = func(n *html.Node, inLink bool, em *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				text(c.Data, inLink, em)
			case html.ElementNode:
				if c.DataAtom == atom.Code {
					b.code = true
				}
				cem := em
				if cem == nil && emphasis(c) {
					cem = c
				}
				walk(c, inLink || c.DataAtom == atom.A, cem)
				if c.DataAtom == atom.Li || c.DataAtom == atom.Br || c.DataAtom == atom.Td {
					t.space = true
				}
			}
		}
	}
	// The text is at most as long as the nodes' texts, but for the
	// spaces set between items: sized once, a paragraph is not copied
	// again and again as it grows.
	size := 0
	for _, n := range b.nodes {
		eachText(n, func(s string) { size += len(s) })
	}
	t.b.Grow(size)
	for _, n := range b.nodes {
		if n.Type == html.TextNode {
			text(n.Data, false, nil)
			continue
		}
		var em *html.Node
		if emphasis(n) {
			em = n
		}
		walk(n, n.DataAtom == atom.A, em)
		if n.DataAtom == atom.Code {
			b.code = true
		}
	}
	b.text = t.b.String()
	b.words = lowerWords(b.text)
	if lead != nil && b.emText < len(b.text)*3/4 {
		b.leadWords = len(lowerWords(textOf(lead)))
		b.leadIn = b.leadWords <= 5
	}
}

// emphasis reports whether n sets its text apart in print: italics, bold,
// small print.
func emphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Em, atom.I, atom.B, atom.Strong, atom.Small:
		return true
	}
	return false
}

// styledEmphasis reports whether an inline style sets text in bold or
// italics. Forums, old editors and word processors' exports write
// emphasis so (<span style="font-weight: bold">); prune makes such a span
// a <b> before Readability drops the styles.
func styledEmphasis(style string) bool {
	if style == "" {
		return false
	}
	style = strings.ToLower(style)
	if strings.Contains(style, "bold") || strings.Contains(style, "italic") {
		return true
	}
	i := strings.Index(style, "font-weight")
	if i < 0 {
		return false
	}
	v := strings.TrimLeft(style[i+len("font-weight"):], ": ")
	return len(v) >= 3 && '6' <= v[0] && v[0] <= '9' && v[1] == '0' && v[2] == '0'
}

// smallStyle reports whether an inline style sets a small type, as
// <small> does: a font-size of "small" or smaller, or below 10pt, 0.85em
// or rem, 85 %, or 13.6px, 0.85 of the browser's 16px ("font-size: 9pt;
// color: #777", an editor's caption under a picture; "font-size: 13px",
// an e-mail's).
func smallStyle(style string) bool {
	i := strings.Index(strings.ToLower(style), "font-size")
	if i < 0 {
		return false
	}
	v := strings.TrimLeft(strings.ToLower(style[i+len("font-size"):]), ": ")
	if end := strings.IndexAny(v, "; !"); end >= 0 {
		v = v[:end]
	}
	switch v {
	case "smaller", "small", "x-small", "xx-small":
		return true
	}
	for _, u := range []struct {
		unit  string
		below float64
	}{{"pt", 10}, {"px", 13.6}, {"rem", 0.85}, {"em", 0.85}, {"%", 85}} {
		if num, ok := strings.CutSuffix(v, u.unit); ok {
			f, err := strconv.ParseFloat(num, 64)
			return err == nil && f > 0 && f < u.below
		}
	}
	return false
}

// emphasized reports whether a block is in emphasis as a whole: editors'
// notes, updates, captions and bios are set in italics or bold; a story
// paragraph rarely is.
func emphasized(b *block) bool {
	return b.emText > 0 && b.emText*10 >= len(b.text)*9
}

// spacedText builds a text with its runs of whitespace made one space and
// none at either end.
type spacedText struct {
	b     strings.Builder
	space bool // a space is due before the next non-space
}

func (t *spacedText) write(s string) {
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			t.space = true
			i += n
			continue
		}
		// A run of words between single spaces, written at once: most
		// of a text's bytes are a word's, and most of its spaces one
		// ASCII space between two words.
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					if c != ' ' || i+1 == len(s) || spaceAt(s, i+1) > 0 {
						break
					}
				}
				i++
			} else if spaceAt(s, i) > 0 {
				break
			} else {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
		}
		t.word(s[start:i])
	}
}

// spaceAt returns the size of the white space at s[i], 0 if it is none.
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// word writes a run of non-space text, after a space if one is due.
func (t *spacedText) word(w string) {
	if t.space && t.b.Len() > 0 {
		t.b.WriteByte(' ')
	}
	t.space = false
	t.b.WriteString(w)
}

// shortWords is how many words lowerWords gathers on the stack before
// copying them to a slice of their own size.
const shortWords = 64

// lowerWords splits text into lowercased letter-and-digit runs, sharing
// text's bytes for the words that are lowercase already; the others are
// lowercased one after another into one string, rather than one string
// each (a capital opens every sentence and name). The words of a short
// text are gathered on the stack and copied once, at their size; a
// longer text's are gathered in a slice of one word for five bytes (a
// sixth, as before, was short for half the blocks, which then grew it
// to twice their size).
func lowerWords(text string) []string {
	if n := len(text)/5 + 1; n > shortWords {
		return splitLowerWords(make([]string, 0, n), text)
	}
	var buf [shortWords]string
	return slices.Clone(splitLowerWords(buf[:0], text))
}

// splitLowerWords is lowerWords, appending the words to words.
func splitLowerWords(words []string, text string) []string {
	var lowered []byte // the words that were not lowercase, lowercased
	var ends []int     // for each of them, its index in words and its end in lowered
	add := func(w string, lower bool) {
		if !lower {
			// As strings.ToLower: a word holds no invalid UTF-8.
			for _, r := range w {
				lowered = utf8.AppendRune(lowered, unicode.ToLower(r))
			}
			ends = append(ends, len(words), len(lowered))
		}
		words = append(words, w)
	}
	start := -1
	lower := true
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		// ASCII, most of the text in both languages, without the
		// unicode tables.
		word := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		upper := 'A' <= c && c <= 'Z'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			upper = word && !unicode.IsLower(r) && unicode.ToLower(r) != r
		}
		if word || upper {
			if start < 0 {
				start, lower = i, true
			}
			if upper {
				lower = false
			}
			// The word's run of ASCII lowercase letters and digits, most of
			// its bytes, in one tight loop: each byte's tests above cost
			// 0.6 s of a profile of 20 passes over the 2,277 pages.
			for i += size; i < len(text) && lowerOrDigit[text[i]]; {
				i++
			}
			continue
		} else if start >= 0 {
			add(text[start:i], lower)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		add(text[start:], lower)
	}
	if len(ends) > 0 {
		all, from := string(lowered), 0
		for k := 0; k < len(ends); k += 2 {
			words[ends[k]] = all[from:ends[k+1]]
			from = ends[k+1]
		}
	}
	return words
}

// lowerOrDigit holds the ASCII lowercase letters and digits, the bytes
// splitLowerWords takes into a word without telling lower from upper.
var lowerOrDigit = func() (set [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		set[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		set[c] = true
	}
	return set
}()

// longWord reports whether w has five letters or more, the words that
// carry a story's topic.
func longWord(w string) bool {
	return len(w) >= 5 && (len(w) >= 20 || utf8.RuneCountInString(w) >= 5)
}

// score counts the furniture points of block i among bs; shared holds the
// count over the whole body, of total words, of each long word of the
// blocks that can be scored (a block's words are set against the story's
// only when the rest has fifty words or more); story holds the call words
// the story's prose uses.
func score(bs []*block, i int, shared map[string]int, total int, story map[string]bool) int {
	b := bs[i]
	s := 0
	textLen := len(strings.TrimSpace(b.text))
	density := float64(b.linkText) / float64(max(textLen, 1))
	switch {
	case density >= 0.5:
		s += 2
	case density >= 0.25:
		s++
	}
	sentences := countSentences(b.text)
	if !b.list && !endsSentence(b.text) {
		s++ // captions, labels, widgets; lists are allowed not to end in a stop
	}
	if sentences <= 1 && len(b.words) < 15 {
		s++
	}
	switch {
	case edge(bs, i) && !closingPoint(b.text):
		s++
		switch {
		case b.em && len(b.words) < 15:
			s++ // a short line in italics at the story's edge: an editor's note, a credit
		case b.inserted && i >= edgeBlocks:
			// A box after the story — a bio, a sign-up, an appeal; a box
			// before it may be its standfirst, and gets the one point.
			s++
		}
	case b.caption || b.apart && !(sentences >= 2 && quotedWhole(b.text)) && !(sentences >= 2 && headedLead(bs, i)):
		// An insert between the story's paragraphs; a quotation of
		// two sentences or more set apart whole in its marks (« … »,
		// “ … ”, a pull quote an e-mail's editor sets in italics
		// with a border) is the story's.
		s++
		if b.caption && len(b.words) <= maxCaptionWords/2 && pictureLine(b) {
			// A short line right under a picture, one line break
			// between them, in a paragraph of their own ("<img
			// …><br /><span>New tray, dry fitted.</span>", a forum
			// post's photo and its caption): the picture's caption.
			s += 2
		}
	}
	if !b.turn && (widgetText(b.text) || b.leadIn) || b.apart && hasDate(b.text) {
		s++ // a label, or a dated note set apart ("updated on 10 October")
	}
	if b.apart && b.em && hasDate(b.text) && hoursOfDay.MatchString(b.text) {
		// A notice in italics between the story's paragraphs that gives
		// a day and its hours ("Prochaine séance le samedi 14 juin, de
		// 14 heures à 18 heures."): the practical line a paper sets
		// under a story, when and where, not the story.
		s++
	}
	if !b.list && !b.apart && len(b.words) <= 8 && hasDate(b.text) && label.MatchString(b.text[:min(len(b.text), 40)]) {
		s++ // a short dated line under a label: "Mis à jour : 14 oct.", "Updated: March 3"
	}
	if hasCue(b, story) {
		s++
	}
	if sponsorLine(b) || referralLine(b) || receivingLine(b) {
		// A sponsor's line between the story's paragraphs (sponsorLine),
		// a referral programme's prompt (referralLine), goes wherever it
		// stands, as a widget does.
		s += dropThreshold
	}
	if slices.ContainsFunc(b.words, func(w string) bool { return socialWords[w] && !story[w] }) {
		s++ // a social network the story does not speak of: "Pin it on Pinterest", "Follow us on Instagram"
	}
	// Distance from the story's topic: the block's longer words that the
	// rest of the body never uses.
	if offTopic(b, shared, total) {
		s++
	}
	return s
}

// issueLine reports whether block b is a bulletin's line that states
// its issue's number and day alone ("Bulletin n°7 - Le 14 mai 1999", over
// a hand-made bulletin's headline): the page's date line, not the story.
func issueLine(b *block) bool {
	return !b.list && len(b.words) <= 12 && numberedIssue(b.text) && issueDay(b.text) != ""
}

// onlyTitleBefore reports whether the blocks kept before block i are one
// line at most, twelve words or fewer and no stop: the headline
// Readability kept as a line of the text (Wikinews' "France : la commune
// … rachète son dernier café" over its date banner "mardi 8 avril
// 2025"), which the title rules drop later.
func onlyTitleBefore(bs []*block, drop []bool, i int) bool {
	kept := 0
	for j := 0; j < i; j++ {
		if drop[j] {
			continue
		}
		if kept++; kept > 1 || len(bs[j].words) > 12 || endsSentence(bs[j].text) {
			return false
		}
	}
	return true
}

// headedLead reports whether block i, set apart only by its emphasis (in
// bold or italics, in no box), comes right under a heading (or under an
// issue's line, the headline under it gone as the page's title), no
// paragraph of prose before it, and ends with a stop: the standfirst under a
// headline ("<h2>Le lavoir … retrouve son
// toit</h2><p><b>Après deux ans d'attente, … Voici où nous en sommes, et
// comment vous pouvez encore nous aider.</b></p>", PageMill's bulletin),
// not an insert. score asks it of blocks of two sentences or more.
func headedLead(bs []*block, i int) bool {
	return i > 0 && (bs[i-1].heading || issueLine(bs[i-1])) && bs[i].em && !bs[i].inserted && endsSentence(bs[i].text) && !slices.ContainsFunc(bs[:i-1], prose)
}

// namesLine reports whether text is first names alone, two to six, set
// apart by commas and joined by "and", "&" or "et" before the last
// ("Ruth, Tom, Cal and Imogen", "Anne et Paul"), each a capitalized word
// or two: people who sign together, no stop after them.
func namesLine(text string) bool {
	f := strings.Fields(text)
	if len(f) < 3 || len(f) > 11 {
		return false
	}
	names, joined := 0, false
	for i, w := range f {
		switch {
		case w == "and" || w == "&" || w == "et":
			if i == 0 || i == len(f)-1 || joined {
				return false
			}
			joined = true
		default:
			w = strings.TrimSuffix(w, ",")
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) || strings.ContainsAny(w, ".!?:;") {
				return false
			}
			names++
		}
	}
	return joined && names >= 2 && names <= 6
}

// pictureLine reports whether block b's nodes are a picture, a line
// break and text after it: the picture first, nothing before it but
// white space, one <br> between them.
func pictureLine(b *block) bool {
	nodes := b.nodes
	if len(nodes) == 1 && nodes[0].Type == html.ElementNode && nodes[0].DataAtom != atom.Img {
		// The run wrapped in a paragraph of its own (wrapRun).
		nodes = nil
		for c := b.nodes[0].FirstChild; c != nil; c = c.NextSibling {
			nodes = append(nodes, c)
		}
	}
	i := 0
	for i < len(nodes) && nodes[i].Type == html.TextNode && strings.TrimSpace(nodes[i].Data) == "" {
		i++
	}
	if i >= len(nodes) || nodes[i].DataAtom != atom.Img {
		return false
	}
	for i++; i < len(nodes) && nodes[i].Type == html.TextNode && strings.TrimSpace(nodes[i].Data) == ""; i++ {
	}
	return i+1 < len(nodes) && nodes[i].DataAtom == atom.Br && !slices.ContainsFunc(nodes[i+1:], func(n *html.Node) bool { return n.DataAtom == atom.Br || n.DataAtom == atom.Img })
}

// quotedWhole reports whether text opens with a quotation mark and ends
// with its closing one: « and », “ and ”.
func quotedWhole(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "«") && strings.HasSuffix(t, "»") || strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”")
}

// closingPoint reports whether text is the story's last point: a
// sentence that opens with a connective that closes an enumeration
// ("Enfin, pensez à nous signaler les essaims…", "Finally, the council
// …"), which continues the text before it rather than standing at its
// edge as a widget's line does.
func closingPoint(text string) bool {
	t := strings.TrimSpace(text)
	for _, c := range [...]string{"Enfin, ", "Pour finir, ", "Finally, ", "Lastly, "} {
		if strings.HasPrefix(t, c) {
			return endsSentence(t)
		}
	}
	return false
}

// letterTail returns the index of a letter's signature when what follows
// it is the letter's furniture, or 0: a line of six words at most that
// opens with a capital, with no stop, no link, not a heading nor in
// emphasis nor code ("Le bureau de l'AMAP"), after a closing sentence of
// twelve words at most ending in "." or "!" ("À très bientôt à la
// distribution."), followed by a heading, then by six blocks at most,
// headings or blocks of at most twice maxShortWords words ("Dans le
// panier cette semaine", "Chez nos partenaires"), or a name followed by a
// note of one sentence or two (noteAfterName). A newsletter signs its
// letter, then sets its usual boxes under it; a report, a note on where
// its figures are.
func letterTail(bs []*block) int {
	for s := len(bs) - 2; s > 0; s-- {
		b := bs[s]
		closing := strings.TrimSpace(bs[s-1].text)
		// Or a closing formula ending with a comma ("See you on the
		// trail,") over the signer's name and role ("Ruth Ellison,
		// Volunteer Coordinator"), followed by a heading or a label in
		// bold ("Coming up").
		signed := strings.HasSuffix(closing, ",") && signerName.MatchString(strings.TrimSpace(b.text))
		// Or the group that sends a greeted letter ("Le bureau de la
		// chorale", groupName) after a closing sentence of any length,
		// followed by a heading or a label in bold ("Prochaines
		// dates").
		signed = signed || b.linkText == 0 && len(b.words) > 0 && groupName(b) && greeted(bs)
		if b.heading || b.list || b.em || b.linkText > 0 || len(b.words) == 0 || len(b.words) > 6 || endsSentence(b.text) || bs[s-1].heading || !endsSentence(bs[s-1].text) && !signed {
			if b.heading || len(b.words) <= 2*maxShortWords {
				continue
			}
			return 0
		}
		first, _ := utf8.DecodeRuneInString(strings.TrimSpace(b.text))
		next := bs[s+1].heading || signed && len(bs[s+1].words) <= 6 && emphasized(bs[s+1])
		if !unicode.IsUpper(first) || b.code || b.table != nil || len(bs[s-1].words) > 12 && !signed || !strings.HasSuffix(closing, ".") && !strings.HasSuffix(closing, "!") && !signed ||
			(!next || len(bs)-s > 7) && !noteAfterName(bs, s) {
			return 0
		}
		if signed {
			return s + 1 // the signer's name and role close the letter
		}
		return s
	}
	return 0
}

// figureLabel reports whether text opens with a figure's number, as a
// caption does: "Figure 1:", "Fig. 2.", "Illustration 3 –", "Photo 4 :".
func figureLabel(text string) bool {
	t := strings.TrimSpace(text)
	rest := ""
	for _, l := range []string{"Figure ", "Fig. ", "Illustration ", "Photo ", "Image "} {
		if r, ok := strings.CutPrefix(t, l); ok {
			rest = r
			break
		}
	}
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	rest = strings.TrimLeft(rest[n:], " \u00a0")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ")
}

// linkedAside reports whether block i is a note in italics that closes a
// section of the text: wholly in emphasis, one sentence of maxShortWords
// words at most holding a link, among the text's blocks and right before
// a heading ("<p><em>Les relevés complets … sont dans la page <a>Relevés
// du compost</a> de ce portfolio.</em></p>"): a pointer to another page,
// not the text.
func linkedAside(bs []*block, i int) bool {
	b := bs[i]
	return b.em && b.linkText > 0 && !edge(bs, i) && len(b.words) <= maxShortWords && bs[i+1].heading && emphasized(b) && countSentences(b.text) == 1
}

// ownClosing reports whether block i closes the text in the text's own
// words: its last block, in the story's main container and not set
// apart, of three sentences or more, not alone under a heading ("L'atelier
// reprendra le mardi 7 janvier. Les élèves … peuvent s'inscrire …, ou
// laisser un commentaire sous ce billet. Merci encore aux agents de la
// cantine…"):
// an author's last paragraph, which may call the reader too, where a
// publisher's prompt is a sentence or two of a box. Two sentences of more
// than maxShortWords words are a paragraph too ("Nous vous invitons à
// partager vos trouvailles en commentaire de ce billet : prédictions
// réalisées ou ratées, … Les plus belles découvertes seront présentées
// dans un prochain billet.", a Gallica-like blog's close), longer than
// a prompt's.
func ownClosing(bs []*block, i int, main *html.Node) bool {
	b := bs[i]
	if i != len(bs)-1 || i == 0 || main == nil || b.container != main || b.apart || b.list || bs[i-1].heading {
		return false
	}
	n := countSentences(b.text)
	return n >= 3 || n == 2 && len(b.words) > maxShortWords
}

// countedLabel reports whether a heading's words are a count and what it
// counts of the page's links or replies: "4 Références liées", "12
// comments", "3 Linked References", "2 réponses" (a notebook's backlinks,
// a post's comments, under the text): the heading of a list the page
// makes, not of the text's own section.
func countedLabel(words []string) bool {
	if len(words) < 2 || len(words) > 3 || !isDigit(words[0][0]) {
		return false
	}
	for i := 0; i < len(words[0]); i++ {
		if !isDigit(words[0][i]) {
			return false
		}
	}
	return countedWords[words[1]]
}

// commentsWords are the headings of a post's comments alone, without
// their count ("Commentaires", "Comments"): like a counted heading, the
// heading of a list the page makes.
var commentsWords = wordSet("comments commentaires réactions")

// sourcesWords are the heading of a news wiki's list of its sources
// after the text ("Sources", Wikinews'): the page's references, not the
// story, as a counted heading's list is.
var sourcesWords = wordSet("sources")

// countedWords are what a counted heading counts (countedLabel).
var countedWords = wordSet("références references linked backlinks comments commentaires comment commentaire replies reply réponses réponse")

// rightsHead returns how many of the text's first blocks are its rights
// notice: a copyright line among the first edgeBlocks blocks ("Copyright
// © 2025 The Quillwort contributors."), the short blocks before it in its
// box ("This guide is for Quillwort, version 3.0, updated 22 April
// 2025."), and the licence's grant right after it ("Permission is granted
// to copy, distribute and/or modify this document…"): a manual's copying
// page over its text, as a documentation converter prints it. 0 when the
// text does not open so, or neither a heading nor a block of fifteen
// words follows.
func rightsHead(bs []*block) int {
	for i := 0; i < len(bs) && i < edgeBlocks; i++ {
		b := bs[i]
		if b.heading || b.list || len(b.words) > maxShortWords || i > 0 && b.container != bs[0].container {
			return 0
		}
		if !rightsLine(b.text) {
			continue
		}
		end := i + 1
		if end < len(bs) && licenceGrant(bs[end]) {
			end++
		}
		if end == len(bs) || len(bs[end].words) < 15 && !bs[end].heading {
			return 0
		}
		return end
	}
	return 0
}

// editNotice reports whether block b, short, says the post was edited,
// by whom and when ("This post was last edited by capstan_kev on
// 2025-2-17 08:15", "Ce message a été modifié par Claire le 3 mars
// 2025", "Last edited by …"): a forum's notice over a post's text, not
// the text.
func editNotice(b *block) bool {
	if len(b.words) < 4 || len(b.words) > maxShortWords {
		return false
	}
	for _, lead := range editLeads {
		if len(b.words) > len(lead) && slices.Equal(b.words[:len(lead)], lead) {
			return strings.ContainsAny(b.text, "0123456789")
		}
	}
	return false
}

// sponsorLine reports whether block b, one sentence of maxShortWords words
// at most, names who sponsors the letter, a capital first ("Sponsored by
// Hartley’s Hardware – 10% off tools for Repair Café volunteers.", a
// GreenArrow letter's small grey row between its paragraphs;
// "Sponsorisé par …"): the sponsor's message, not the text.
func sponsorLine(b *block) bool {
	if len(b.words) > maxShortWords || b.list {
		return false
	}
	t := strings.TrimSpace(b.text)
	return (strings.HasPrefix(t, "Sponsored by ") || strings.HasPrefix(t, "Sponsorisé par ")) && countSentences(t) <= 1
}

// receivingLine reports whether block b, short, tells the reader why the
// mail came ("You are receiving this message because you are a
// registered parent or carer at …", a school's letter's footer row under
// the sender's address, ParentMail's; "Vous recevez ce message car …"):
// the mail's footer, wherever its row stands.
func receivingLine(b *block) bool {
	return len(b.words) <= maxShortWords && (strings.Contains(b.text, "ou are receiving this") || strings.Contains(b.text, "ous recevez ce"))
}

// referralLine reports whether block b, short, prompts the reader to
// refer friends and counts the referrals ("Share Harbor Brew with your
// friends, and get free stuff. Your referral count: 0. Click to Share",
// a Morning Brew-like letter's box under its signature; SparkLoop's and
// beehiiv's referral boxes say the same): the letter's programme, not
// its text.
func referralLine(b *block) bool {
	return len(b.words) <= maxShortWords && strings.Contains(b.text, "eferral") && (strings.Contains(b.text, "our referral") || strings.Contains(b.text, "eferral count") || strings.Contains(b.text, "eferral link"))
}

// ageNotice reports whether block b, short, warns that the article is
// old ("This article is more than 1 year old. Information may be out of
// date.", Qiita's box over an article's author line; "This article is
// more than 5 years old", as a news site marks its archive): the site's
// notice, set by the page's age, not the text.
func ageNotice(b *block) bool {
	if len(b.words) > maxShortWords {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(b.text), "This article is more than ")
	if !ok {
		return false
	}
	age, _, ok := strings.Cut(rest, " old")
	f := strings.Fields(age)
	return ok && len(f) == 2 && (strings.HasPrefix(f[1], "year") || strings.HasPrefix(f[1], "month"))
}

// affiliateNote reports whether block b, short, tells the reader the site
// earns a commission on what its links sell ("All products featured here
// are independently selected by our editors and writers. If you buy
// something through links on our site, Glowbyte may earn an affiliate
// commission.", a Mashable-like story's over its text): the site's
// disclosure, not the text.
func affiliateNote(b *block) bool {
	return len(b.words) <= 2*maxShortWords && (strings.Contains(b.text, "affiliate commission") || strings.Contains(b.text, "earn a commission") || strings.Contains(b.text, "earn a small commission"))
}

// editLeads are the words an edit notice opens with (editNotice).
var editLeads = [][]string{
	{"this", "post", "was", "last", "edited", "by"}, {"this", "post", "was", "edited", "by"}, {"last", "edited", "by"},
	{"ce", "message", "a", "été", "modifié", "par"}, {"ce", "message", "a", "été", "édité", "par"}, {"message", "modifié", "par"},
}

// licenceGrant reports whether block b grants a licence's permissions:
// "Permission is granted to copy…", "Permission is hereby granted…",
// "Permission est accordée de copier…".
func licenceGrant(b *block) bool {
	w := b.words
	return len(w) >= 3 && len(w) <= 3*maxShortWords && w[0] == "permission" && (w[1] == "is" || w[1] == "est") &&
		(w[2] == "granted" || w[2] == "accordée" || w[2] == "hereby" && len(w) > 3 && w[3] == "granted")
}

// noteAfterName reports whether the signature bs[s] is a name, two or
// three capitalized words ("Eleanor Frome"), and what follows it one or
// two blocks of one sentence each, no heading, no list, no postscript
// ("The examined accounts for 2024 are a separate document, available
// from the treasurer, Paul Grigg."): the publisher's note under a signed
// letter.
func noteAfterName(bs []*block, s int) bool {
	if after := len(bs) - s - 1; after < 1 || after > 2 || !nameLine.MatchString(strings.TrimSpace(bs[s].text)) {
		return false
	}
	for _, a := range bs[s+1:] {
		t := strings.TrimSpace(a.text)
		if a.heading || a.list || len(a.words) > 2*maxShortWords || countSentences(t) != 1 || !endsSentence(t) || strings.HasPrefix(t, "P.") || strings.HasPrefix(t, "PS") {
			return false
		}
	}
	return true
}

// nameLine is a name of two or three capitalized words alone.
var nameLine = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$`)

// headsProse reports whether heading bs[i] stands alone in its container
// (a cell of its own, as an e-mail built of one table to each block sets
// every heading and paragraph) and the section it opens, up to the next
// heading, holds prose of more than maxShortWords words: the text's own
// subheading, though its box, as a widget's title's, holds nothing else,
// when prose comes before it (a thread's or a page's title over the text
// is another matter).
func headsProse(bs []*block, i int) bool {
	if i+1 < len(bs) && bs[i+1].container == bs[i].container || i > 0 && bs[i-1].container == bs[i].container ||
		!slices.ContainsFunc(bs[:i], prose) {
		return false
	}
	for _, b := range bs[i+1:] {
		if b.heading {
			return false
		}
		if len(b.words) > maxShortWords && prose(b) {
			return true
		}
	}
	return false
}

// datedLine reports whether block b is a publication statement alone,
// fifteen words at most ("Mis en ligne le 2 novembre 2009 par
// Jean-Pierre", the line in small print a page made by hand sets under
// its headline, which the page's reduction reads as a heading): among
// the story's first blocks, the page's date line, not its text.
func datedLine(b *block) bool {
	return len(b.words) <= 15 && yearDigits(b.text) && publishedDate.MatchString(b.text)
}

// bylineOver reports whether bs[i] is a byline over the text, before
// its first prose, twenty words at most: a name, its role after a comma,
// and the day after a middle dot ("Eleanor Frome, chair of the
// management committee · 14 January 2025").
func bylineOver(bs []*block, i int) bool {
	b := bs[i]
	return len(b.words) <= 20 && strings.Contains(b.text, "·") && signerName.MatchString(strings.TrimSpace(b.text)) && issueDay(b.text) != "" && !slices.ContainsFunc(bs[:i], prose)
}

// hashtagTail reports whether text ends with two hashtags or more,
// "#" and a word each, after a sentence's stop.
func hashtagTail(text string) bool {
	if strings.Count(text, "#") < 2 {
		return false
	}
	f := strings.Fields(text)
	n := 0
	for n < len(f) && len(f[len(f)-1-n]) > 1 && f[len(f)-1-n][0] == '#' {
		n++
	}
	return n >= 2 && n < len(f) && endsSentence(f[len(f)-1-n])
}

// boxedBlock reports whether block b stands in the cell of a table
// borderedBox found drawn as a box (drawnAttr), within three levels of
// its first node.
func boxedBlock(b *block) bool {
	n := b.nodes[0]
	for up := 0; n != nil && up < 4; n, up = n.Parent, up+1 {
		if hasAttr(n, drawnAttr) {
			return true
		}
	}
	return false
}

// parenthesized reports whether text is one parenthesis, opened at its
// start and closed at its end and nowhere between ("(Petite précision :
// je l'ai lu dans l'édition de poche…)"): set in emphasis among the
// story's paragraphs, an aside to the reader, the page's note, not the
// story's.
func parenthesized(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' && strings.IndexByte(t[1:], ')') == len(t)-2
}

// lastKept returns the index of the last block drop keeps, or -1.
func lastKept(drop []bool) int {
	for i := len(drop) - 1; i >= 0; i-- {
		if !drop[i] {
			return i
		}
	}
	return -1
}

// datedItems reports whether every item of list b, two or more, opens
// with a day: a date (hasDate) in its first forty bytes ("Vendredi 7
// novembre, 20 h : soirée jeux"), as an agenda lists its dates.
func datedItems(b *block) bool {
	items := 0
	for _, n := range b.nodes {
		for li := range n.Descendants() {
			if li.DataAtom != atom.Li {
				continue
			}
			t := strings.TrimSpace(textOf(li))
			if !hasDate(t[:min(len(t), 40)]) {
				return false
			}
			items++
		}
	}
	return items >= 2
}

// datedNotice reports whether heading b, a line set in bold alone among
// the story's paragraphs, is a notice of a date: a label and a colon,
// then a day, and a stop at its end, maxShortWords words at most
// ("Prochaine sortie raquettes : samedi 22 mars, inscriptions dans le
// sujet Sorties à venir.", a forum post's line in bold red, Nabble's). A
// heading names what follows it and ends with no stop.
func datedNotice(b *block) bool {
	return len(b.words) <= maxShortWords && endsSentence(b.text) && label.MatchString(b.text[:min(len(b.text), 40)]) && hasDate(b.text)
}

// dayHeading reports whether heading b is a date alone ("dimanche 7
// septembre 2025", "Sunday, 7 September 2025"): among the story's first
// blocks, the day a blog's entries are grouped under (FlatPress'
// h3.date, Blogger's h2.date-header), not a heading of its text.
func dayHeading(b *block) bool {
	if len(b.words) > 6 || !strings.ContainsAny(b.text, "0123456789") {
		return false
	}
	_, ok := bareDate(b.text, false)
	return ok
}

// rightsLine reports whether text opens with a copyright notice's mark
// ("© Tinker's Green Market Association. Run by volunteers since 2011…",
// "Copyright 2025 …"): among the story's last blocks, the site's line of
// its rights, which a one-page build (Carrd) sets as a paragraph among
// the text's, in sentences.
func rightsLine(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(c) ") || strings.HasPrefix(t, "Copyright ")
}

// reservedLines are a rights notice's line alone, without its mark or
// its holder: the close of a news site's story ("Tous droits réservés.").
var reservedLines = []string{"tous droits réservés", "all rights reserved"}

// sourcesLine reports whether text opens with the label of the sources a
// story was written from, "Sources :" or a label that ends with the word
// ("Psycho-Repères avec sources : Université de Valcourt, Journal of
// Adolescent Sleep.", the line Psychomédia-like health news close with),
// or is a rights notice's line alone (reservedLines): among the story's
// last blocks, the site's credits, not the story.
func sourcesLine(text string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if slices.ContainsFunc(reservedLines, func(l string) bool { return strings.EqualFold(t, l) }) {
		return true
	}
	label, _, ok := strings.Cut(t, ":")
	if !ok || len(label) > 40 {
		return false
	}
	label = strings.TrimSpace(label)
	return hasSuffixFold(label, "source") || hasSuffixFold(label, "sources")
}

// hoursLabels are the labels of a place's opening hours.
var hoursLabels = []string{"Opening hours:", "Opening times:", "Horaires d'ouverture :", "Horaires d’ouverture :"}

// hoursLine reports whether text opens with the label of a place's
// opening hours ("Opening hours: Mon to Fri 9.30am to 6pm, Sat 10am to
// 4pm. Marlow Library, 14 Canal Street.", the row a Critical
// Impact-like letter sets under its signature): among the story's last
// blocks, the sender's practical line, as its address is.
func hoursLine(text string) bool {
	for _, l := range hoursLabels {
		if len(text) >= len(l) && strings.EqualFold(text[:len(l)], l) {
			return true
		}
	}
	return false
}

// registeredLine is a body's statement of its legal registration
// ("Saxby Cross Village Hall is a registered charity, no. 1034417.",
// "Registered in England and Wales", "association loi 1901", a SIRET):
// among the story's last blocks, the small print a club's or a charity's
// newsletter closes with.
var registeredLine = regexp.MustCompile(`(?i)\b(?:registered charity|charity (?:no|number|reg)|registered in england|company (?:no|number)\b|association (?:régie par la )?loi (?:de )?1901|siret)`)

// registered reports whether registeredLine matches text, running the
// pattern, which backtracks from every byte, only on a text that holds
// one of registeredParts.
func registered(text string) bool {
	return registeredPart(text) && registeredLine.MatchString(text)
}

// registeredParts are parts of every match of registeredLine, without
// the two letters (?i) also matches outside ASCII ("s" as "ſ", "k" as
// the Kelvin sign): found case-insensitively on ASCII, they are found in
// every text the pattern matches (FuzzRegisteredPart).
var registeredParts = [...]string{"regi", "charity", "company", "ociation", "iret"}

// registeredPart reports whether text holds one of registeredParts, in
// any case.
func registeredPart(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] | 0x20 {
		case 'r', 'c', 'o', 'i':
			for _, p := range registeredParts {
				if hasPrefixFold(text[i:], p) {
					return true
				}
			}
		}
	}
	return false
}

// hasSuffixFold reports whether s ends with suffix in any case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// hasPrefixFold reports whether s begins with prefix, a lowercase ASCII
// word, in any case of its ASCII letters.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}

// speaker is the name that opens a turn of a transcript or an interview:
// one to four words and a colon, "Leah Brandt: …", "Q : …".
var speaker = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*( [\p{L}.'’-]+){0,3}) ?:\s`)

// greetingWords open the greeting of a message: "Dear all,", "Hi
// everyone,", "Bonjour à tous,", "Chers parents,", "Madame, Monsieur,"
// (a town's notice, a letter's formal address), "Evening all," (a
// forum post's, the time of day without its "good").
var greetingWords = wordSet("dear hi hello hey greetings bonjour bonsoir salut cher chers chère chères madame monsieur mesdames messieurs morning afternoon evening")

// greeting reports whether a block is a message's greeting: at most six
// words ("Bonjour à toutes et à tous,"), the first one of greetingWords
// or "G'day" (two words, split at its apostrophe),
// ending with a comma. Opening a
// forum post or an announcement, it is the author's, short and without a
// stop as it is.
func greeting(b *block) bool {
	return len(b.words) > 0 && len(b.words) <= 6 && (greetingWords[b.words[0]] || len(b.words) > 1 && b.words[0] == "g" && b.words[1] == "day") && strings.HasSuffix(strings.TrimSpace(b.text), ",")
}

// speakerOf returns speaker's match at the start of text, or nil. The
// pattern runs only on the texts that open with an uppercase letter and
// reach a colon through letters, spaces and ".'’-" alone, as every match
// does: on every block of every page it cost as much as the rest of the
// pass.
func speakerOf(text string) []string {
	t := strings.TrimSpace(text)
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Lu, r) {
		return nil
	}
	spaces := 0
	for _, r := range t[size:] {
		if r == ':' {
			return speaker.FindStringSubmatch(t)
		}
		if r == ' ' {
			// Four words at most, each after one space, then a space or
			// none before the colon: a sentence's words, most blocks'
			// opening, were read up to its first comma or stop.
			if spaces++; spaces > 4 {
				return nil
			}
			continue
		}
		if !unicode.IsLetter(r) && !strings.ContainsRune(".'’- ", r) {
			return nil
		}
	}
	return nil
}

// speakerTurns marks the turns of a dialogue: the blocks that open with a
// name and a colon, when at least two names open two blocks or more each
// and one of each name's blocks is longer than a short block. A label
// opens furniture ("Photo : …", "Update: …"), but a transcript or a
// written interview opens each paragraph with the speaker's name, and
// its short turns ("Leah Brandt: And?") are the story's.
func speakerTurns(bs []*block) {
	type turns struct{ n, long int }
	names := map[string]*turns{}
	for _, b := range bs {
		if b.heading || b.list {
			continue
		}
		m := speakerOf(b.text)
		if m == nil {
			continue
		}
		t := names[m[1]]
		if t == nil {
			t = &turns{}
			names[m[1]] = t
		}
		t.n++
		if len(b.words) > maxShortWords {
			t.long++
		}
	}
	speakers := map[string]bool{}
	for name, t := range names {
		if t.n >= 2 && t.long >= 1 {
			speakers[name] = true
		}
	}
	if len(speakers) < 2 {
		return
	}
	for _, b := range bs {
		if b.heading || b.list {
			continue
		}
		if m := speakerOf(b.text); m != nil && speakers[m[1]] {
			b.turn = true
		}
	}
}

// faqPairs marks the questions and answers of an FAQ set out as toggles
// or an accordion (a <details> and its <summary>, a block editor's toggle
// block): a question, and after it a sentence that answers it, alone
// together in a box of their own, neither with a link or an e-mail
// address. They are the author's and stay, as a dialogue's turns do; a
// poll's box holds its choices as well, and a reader's prompt ("Une
// question ? Écrivez-nous à …") points somewhere.
func faqPairs(bs []*block) {
	for i := 0; i+1 < len(bs); i++ {
		q, a := bs[i], bs[i+1]
		if q.heading || q.list || len(q.words) > maxShortWords || !question(q.text) || a.heading ||
			question(a.text) || !sentence(a) || q.linkText > 0 || a.linkText > 0 || strings.Contains(q.text+a.text, "@") {
			continue
		}
		box := q.nodes[0].Parent
		for box != nil && !inside(a.nodes[0], box) {
			box = box.Parent
		}
		if box == nil || i > 0 && inside(bs[i-1].nodes[0], box) || i+2 < len(bs) && inside(bs[i+2].nodes[0], box) {
			continue
		}
		q.turn, a.turn = true, true
	}
}

// edge reports whether block i is among the first or last of the body.
func edge(bs []*block, i int) bool { return i < edgeBlocks || i >= len(bs)-edgeBlocks }

// headKept reports whether fewer than edgeBlocks blocks before bs[i] are
// kept: the blocks that went before it (a kicker, a byline, a row of
// share links) do not push it off the story's head ("Publié le
// 27/03/2025 à 18:05 Mis à jour le 28/03/2025 à 09:40" under a kicker
// and a dek, with the byline gone before it).
func headKept(drop []bool, i int) bool {
	n := 0
	for _, d := range drop[:i] {
		if !d {
			if n++; n >= edgeBlocks {
				return false
			}
		}
	}
	return true
}

// offTopic reports whether a block is far from the story's topic: three
// long words or more, of which three quarters appear nowhere else in the
// body, when the rest of the body has fifty words or more to tell.
// (A short block's words are counted by scanning: no map.)
func offTopic(b *block, shared map[string]int, total int) bool {
	if total-len(b.words) < 50 {
		return false
	}
	long, alone := 0, 0
	for j, w := range b.words {
		if !longWord(w) || slices.Contains(b.words[:j], w) {
			continue
		}
		n := 0
		for _, v := range b.words[j:] {
			if v == w {
				n++
			}
		}
		long++
		if shared[w] == n {
			alone++
		}
	}
	return long >= 3 && float64(alone) >= 0.75*float64(long)
}

// inBox reports whether container c stands inside main within a box — a
// <div>, <section>, <figure>… — rather than in the story's own structure:
// a list item, a table cell or a quotation inside the story is the
// story's.
func inBox(c, main *html.Node) bool {
	box := false
	for n := c; n != nil; n = n.Parent {
		if n == main {
			return box
		}
		if layoutCell(n) {
			// An e-mail's layout table nested in the story's is a box.
			box = box || n.DataAtom == atom.Table
			continue
		}
		switch n.DataAtom {
		case atom.Li, atom.Dd, atom.Dt, atom.Td, atom.Th, atom.Blockquote:
			return false
		case atom.Div, atom.Section, atom.Aside, atom.Figure, atom.Center, atom.Details:
			box = true
		}
	}
	return false
}

// setApart marks the blocks set apart from the story's paragraphs: those
// in emphasis as a whole, and those in a box inside the container that
// holds most of the story's sentences (its main container) — nested deeper in
// it, or alone in a box Readability unwrapped ("<div class=x><p>…</p>
// </div>") — while the story's paragraphs are the container's own
// children. It returns the main container.
func setApart(article *html.Node, bs []*block) *html.Node {
	words := map[*html.Node]int{}
	var main *html.Node
	for _, b := range bs {
		// A boxed paragraph cut in two (a leading line, a trailing
		// insert) leaves both parts in its box.
		par := b.nodes[0].Parent
		b.boxed = hasAttr(b.nodes[0], boxAttr) || hasAttr(b.container, boxAttr) ||
			par != nil && par != b.container && hasAttr(par, boxAttr)
		if sentence(b) {
			words[b.container] += len(b.words)
			if main == nil || words[b.container] > words[main] {
				main = b.container
			}
		}
	}
	// Boxes set a block apart only when the story's paragraphs are not
	// boxed too (some sites wrap every paragraph in its own <div>).
	boxedWords := 0
	for _, b := range bs {
		if b.container == main && sentence(b) && b.boxed {
			boxedWords += len(b.words)
		}
	}
	boxes := 2*boxedWords < words[main]
	// Short lines in bold or italics, without links, each followed by
	// the story's sentences (or by the line that announces the story's
	// list, listIntro), are the story's subheadings when there are
	// two or more of them: an interview's questions, a guide's steps. A
	// line in the paragraph of a picture is its caption (old editors put
	// the photo, a line break and the caption in italics in one <p>).
	var subheads []*block
	for i, b := range bs {
		if !b.heading && b.linkText == 0 && len(b.words) <= 20 && emphasized(b) && i+1 < len(bs) &&
			bs[i+1].container == b.container && !emphasized(bs[i+1]) && (sentence(bs[i+1]) || storyList(bs[i+1]) || listIntro(bs, i+1)) &&
			!slices.ContainsFunc(b.nodes, holdsMedia) {
			subheads = append(subheads, b)
		}
	}
	if len(subheads) >= 2 {
		for _, b := range subheads {
			b.heading = true
		}
	}
	// Emphasis sets a block apart only when it is rare in the main
	// container.
	emphasizedN := 0
	for _, b := range bs {
		if b.container == main && !b.heading && emphasized(b) {
			emphasizedN++
		}
	}
	// The story's own paragraph elements, the main container's children
	// that are blocks of their own (splitParagraph).
	heads := map[*html.Node]bool{}
	for _, b := range bs {
		if b.container == main && !b.heading && b.nodes[0].Parent == main {
			heads[b.nodes[0]] = true
		}
	}
	for _, b := range bs {
		if b.heading {
			continue
		}
		// A quotation closed by a dash and its speaker ("… il en parle
		// encore à tout le monde. – Nadia, adhérente"), in italics in an
		// indented box as a wiki writes it, is the story's, as a
		// <blockquote> is.
		quote := attributedQuote(b.text) || quotedWords(b)
		b.em = emphasized(b) && (b.container != main || emphasizedN < 3) && !quote
		b.inserted = boxes && b.boxed && b.container == main ||
			main != nil && b.container != main && b.nodes[0].DataAtom != atom.Blockquote && !quote && inBox(b.container, main) && !storySection(b, main) && !splitParagraph(b.container, main, heads)
		b.apart = b.inserted || b.em
	}
	for _, b := range bs {
		b.inMain = main != nil && b.container == main
		b.marked = true
	}
	return main
}

// splitParagraph reports whether box c is one of the story's paragraphs
// that line breaks cut in two or more: a child of the main container
// with no attribute, as the story's own paragraphs beside it have none,
// holding nothing but the paragraphs Readability made of its lines
// (<p>s without attributes, two or more) — a post written in <div>s, one
// to a paragraph, some of them cut by '<br><br>', as Trix, the editor of
// Basecamp and Circle, writes them ('<div>…<br><br>…</div>'), where the
// others became the story's <p>s. It is the story's text, not a box set
// apart; a box with a class or a style of its own still is.
func splitParagraph(c, main *html.Node, paragraphs map[*html.Node]bool) bool {
	if c.Parent != main || len(c.Attr) > 0 || len(paragraphs) == 0 {
		return false
	}
	n := 0
	for k := c.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.TextNode && strings.TrimSpace(k.Data) == "", k.Type == html.ElementNode && k.DataAtom == atom.Br:
		case k.Type == html.ElementNode && k.DataAtom == atom.P && len(k.Attr) == 0:
			n++
		default:
			return false
		}
	}
	if n < 2 {
		return false
	}
	for s := main.FirstChild; s != nil; s = s.NextSibling {
		if paragraphs[s] && s.DataAtom == atom.P && len(s.Attr) == 0 {
			return true
		}
	}
	return false
}

// quotedWords reports whether b is someone's words in a <blockquote>,
// opening with a quotation mark ("<blockquote><p><em>"It is the one day
// a year…," Dennis told us"): its italics are the quotation's, as a
// theme sets a quotation, not a note's set apart.
func quotedWords(b *block) bool {
	if b.container == nil || b.container.DataAtom != atom.Blockquote {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(b.text))
	return strings.ContainsRune(`"“«„`, r)
}

// quoteAttribution is a quotation's end: its last sentence's stop, a
// dash, and the speaker, a name in capitals of one to four words and
// what they are after a comma ("– Nadia, adhérente", "— Graham,
// operating at Wensford").
var quoteAttribution = regexp.MustCompile(`[.!?…»”"]\s+[–—]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*[^.!?–—]{1,40})?$`)

// attributedQuote reports whether text is a quotation signed by its
// speaker after a dash: twelve words or more, then quoteAttribution.
func attributedQuote(text string) bool {
	// Two vector searches: ContainsAny looks each of text's runes up
	// among the dashes' (2 % of Extract's time).
	if !strings.Contains(text, "–") && !strings.Contains(text, "—") {
		return false
	}
	text = strings.TrimSpace(text)
	// No dash follows the signature's: the pattern is tried from the
	// stop before the last dash only, not from every byte of a long
	// paragraph.
	start := max(strings.LastIndex(text, "–"), strings.LastIndex(text, "—"))
	for start > 0 && strings.IndexByte("\t\n\f\r ", text[start-1]) >= 0 {
		start--
	}
	if start == 0 {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(text[:start])
	start -= size
	loc := quoteAttribution.FindStringIndex(text[start:])
	return loc != nil && fieldCount(text[:start+loc[0]]) >= 12
}

// storyList reports whether a block is a list of the story's: fifteen
// words or more, most of them not links.
func storyList(b *block) bool {
	return b.list && len(b.words) >= 15 && 2*b.linkText < len(b.text)
}

// sectionOpening reports whether bs[i] is prose that opens a section
// of the story, right after its subheading, not set apart: the
// author's text under the author's heading ("Calendrier — Les travaux
// sont prévus en septembre… nous publierons des photos sur cette page"),
// not an editor's prompt, which stands under no heading of the story.
func sectionOpening(bs []*block, i int) bool {
	return i > 0 && bs[i-1].heading && !bs[i].apart && prose(bs[i])
}

// leadBeforeSection reports whether bs[i], prose in the text's own
// type (not set apart, not in emphasis), is followed by a subheading: the
// story's introduction before its first section, when it opens the
// story, as sectionOpening's paragraph opens a section. An editor's note
// over a story is set apart, or followed by the story's first paragraph.
func leadBeforeSection(bs []*block, i int) bool {
	return i+1 < len(bs) && bs[i+1].heading && !bs[i].apart && !bs[i].em && prose(bs[i])
}

// prose reports whether a block is made of sentences — two or more, the
// last ended, fifteen words or more — and is not a list of links: such a block is the story's.
func prose(b *block) bool {
	// The stops are counted last: they are read from the whole text.
	return !b.list && len(b.words) >= 15 && 2*b.linkText < len(b.text) && endsSentence(b.text) && countSentences(b.text) >= 2
}

// closingLine reports whether bs[i] is the author's closing line: the
// story's last block, one sentence of fifteen words or more in the first
// or the second person, with no link ("If you have built something
// similar, I would like to hear it."; "If you can help, add your name to
// the rota or speak to anyone in a green apron."), that makes no call but
// to the reader it addresses (no cue word but "you", no cue pair) and
// does not speak of the page ("si ce billet vous a été utile…"). One
// sentence is not prose, and the reader it addresses would count against
// it. The comments are no call when the writer speaks as "I" ("ask in the
// comments and I will do my best to answer"): the author's offer to
// answer, where a publisher's prompt speaks as "we". A short wish under
// it, the story's last block (closingWish: "Bon courage !"), leaves it
// the closing line.
func closingLine(bs []*block, i int) bool {
	b := bs[i]
	if i != len(bs)-1 && (i != len(bs)-2 || !closingWish(b, bs[i+1])) || b.linkText > 0 || !slices.ContainsFunc(b.words, func(w string) bool { return firstPerson[w] || addressWords[w] }) {
		return false
	}
	answers := slices.ContainsFunc(b.words, func(w string) bool { return singularFirst[w] })
	if !sentence(b) && !((answers || b.words[0] == "we" || b.words[0] == "nous") && !b.list && len(b.words) >= minOfferWords && endsSentence(b.text)) {
		// A shorter sentence is the author's own when they speak as
		// "I" ("Happy to answer questions, and do add what I have
		// missed.", a forum post's last line), or open it as "we"
		// ("We would rather add a paragraph here than answer the same
		// question twice.", a migration guide's last line).
		return false
	}
	for j, w := range b.words {
		if cueWord(w) && !addressWords[w] && !(answers && commentCues[w]) || j > 0 && (cuePairs[[2]string{b.words[j-1], w}] || selfPairs[[2]string{b.words[j-1], w}]) {
			return false
		}
	}
	return !hasPrice(b.text)
}

// closingWish reports whether w, the story's last block, right under b
// in its box, is a wish of maxWishWords words at most that ends with an
// exclamation mark, no link ("Bon courage !", "Good luck!", "Happy
// baking!"): the line under a forum post's closing line, which stays
// the story's last.
func closingWish(b, w *block) bool {
	t := strings.TrimSpace(w.text)
	return sameBox(b.container, w.container) && !w.heading && !w.list && w.linkText == 0 && len(w.words) > 0 && len(w.words) <= maxWishWords && strings.HasSuffix(t, "!") && countSentences(t) <= 1
}

// maxWishWords is the most words of a closingWish.
const maxWishWords = 4

// minOfferWords is the fewest words of an author's closing line in the
// first person singular shorter than a sentence (closingLine).
const minOfferWords = 8

// signedLine is a line signed with a first name after its sentence:
// "Happy to answer questions. Gwen", "Thanks for reading, Tom".
var signedLine = regexp.MustCompile(`\p{L}{2}[.!,] \p{Lu}\p{Ll}+$`)

// signOff reports whether bs[i] is the author's sign-off: the story's
// last block, without a link or a colon (a label's, "Photo: J. Smith"),
// of three words or more and at most maxShortWords, a sentence signed with
// a first name; or a first name alone, the last block of its container
// (lastOfBox), in a message that opens with a greeting ("Bonjour à tous,"
// … "Bernadette"); or the group that signs a greeted letter (groupName),
// last or the last of the letter's text blocks (sameBox). A forum post or
// a letter ends so, short and signed.
func signOff(bs []*block, i int) bool {
	b := bs[i]
	if b.list || b.linkText > 0 {
		return false
	}
	if len(b.words) == 1 && firstName.MatchString(strings.TrimSpace(b.text)) && lastOfBox(bs, i) {
		opening := slices.IndexFunc(bs, func(b *block) bool { return !b.heading })
		return opening >= 0 && opening < i && greeting(bs[opening])
	}
	if len(b.words) < 3 || len(b.words) > maxShortWords || strings.ContainsRune(b.text, ':') {
		return false
	}
	if i != len(bs)-1 {
		// The group that signs a greeted letter, the last of the
		// letter's text blocks, the letter's own rows after it in boxes
		// of another class (an e-mail builder's: "Pour le bureau, Hélène
		// Vasseur, présidente", then the sender's address and the
		// unsubscribe line).
		return i > 0 && sameBox(bs[i-1].container, b.container) && !sameBox(bs[i+1].container, b.container) && groupName(b) && greeted(bs)
	}
	if len(b.words) <= maxGroupWords && groupFirst(b.words) && !endsSentence(b.text) && rightAligned(b.nodes[0]) {
		// A group that signs, set right as a signature is, last
		// ("<p class="has-text-align-right">Le bureau de l'Union
		// départementale CFTC du Val-de-Lise</p>", a union's post),
		// greeted or not.
		return true
	}
	if groupName(b) && greeted(bs) {
		// The group that sends a letter, under a letter that greets
		// its reader before its first sentence ("L'équipe de Haies
		// Vives du Lauragais", "The committee of the Harbourside
		// Museum").
		return true
	}
	return signedTail(strings.TrimSpace(b.text))
}

// signedTail reports whether signedLine matches text. Its space is the
// text's last, letters alone after it: the pattern, which backtracks
// from every byte, runs only when a stop or a comma comes before that
// space (FuzzSignedTail).
func signedTail(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	return i > 0 && strings.IndexByte(".!,", text[i-1]) >= 0 && signedLine.MatchString(text)
}

// groupName reports whether a block names a group that signs a letter:
// eight words at most, an elided article not counted ("L'équipe de la
// Coopérative des jardins du Sud"), no stop, a capital first, a
// senderGroups word among its first three ("Le bureau de la chorale").
func groupName(b *block) bool {
	words := b.words
	if len(words) == 9 && elided(b.text) {
		words = words[1:]
	}
	return len(words) <= 8 && !endsSentence(b.text) && unicode.IsUpper([]rune(strings.TrimSpace(b.text))[0]) && slices.ContainsFunc(words[:min(3, len(words))], func(w string) bool { return senderGroups[w] })
}

// elided reports whether a text opens with an elided French article or
// preposition ("L'équipe", "D’après"): a letter and an apostrophe.
func elided(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 2 || !strings.ContainsRune("LlDd", rune(t[0])) {
		return false
	}
	return t[1] == '\'' || strings.HasPrefix(t[1:], "’")
}

// attachedWords say that a file is attached to a post or a message.
var attachedWords = wordSet("attached attachment attachments jointe jointes")

// attachedLine reports whether a block is a line under a label in bold,
// twenty words at most, that points to a file attached to the post
// ("Parts list: part numbers and suppliers are in the PDF attached at the
// end of this post."): the attachment's, which the page lists apart.
func attachedLine(b *block) bool {
	return b.leadIn && len(b.words) <= maxCaptionWords/2 && slices.ContainsFunc(b.words, func(w string) bool { return attachedWords[w] })
}

// senderGroups are the words of a group that signs a letter: its team,
// office or board, or the people who lead or organise it ("The leaders
// of 3rd Ashcombe Scouts" under "With thanks,", a fundraiser's close).
var senderGroups = wordSet("équipe team bureau comité committee board leaders organisers organizers trustees")

// groupDeterminers are the words that may come before a group's word at
// the start of a letter's signature ("L'équipe de Jardins en partage",
// "The team at Hollow Oak"), the article's elided "l" a word of its own.
var groupDeterminers = wordSet("the l le la les our your notre votre toute")

// groupFirst reports whether words open with a group that signs a letter
// (senderGroups), after a determiner or not: "L'équipe de Jardins en
// partage", "Le bureau de l'amicale".
func groupFirst(words []string) bool {
	if len(words) > 1 && groupDeterminers[words[0]] {
		words = words[1:]
	}
	return len(words) > 1 && senderGroups[words[0]]
}

// greeted reports whether a greeting comes before the first sentence of
// the text (greeting): a letter's.
func greeted(bs []*block) bool {
	for _, b := range bs {
		if greeting(b) {
			return true
		}
		if sentence(b) {
			return false
		}
	}
	return false
}

// lastOfBox reports whether bs[i] is the last block of its container: the
// story's last, or the last of the message a thread's page shows before
// its own lines ("Show replies by date", HyperKitty's).
func lastOfBox(bs []*block, i int) bool {
	return i == len(bs)-1 || bs[i+1].container != bs[i].container
}

// signedClose reports whether bs[i] is one of a letter's last two lines,
// in a message that opens with a greeting (greeting, or greetingOpens): a
// closing formula of ten words at most ending with a comma ("Bonne
// cueillette à tous,", "Best wishes,", "With warm wishes from all of us
// at the museum,") over the sender's name, two capitalized words or more and,
// after a comma, the role they sign with ("Bernard Lavigne, président de
// la Société mycologique de Lonvic"), or a first name alone ("Amicalement,"
// over "Laurent", a member's mail to a group), or the group they sign for
// before their name ("Pour le bureau, Sophie Lemaire": behalfName),
// maxShortWords words at most, no link in either; or, greeting or not, over a group named by
// its last word (senderGroups: "Tom & the Hollow Oak team") or by its
// first, after a determiner or not (groupFirst: "L'équipe de Jardins en
// partage"). A letter so signed ends so, or with at most maxAfterSigned
// blocks after the signature in boxes of their own that end with no stop
// (a letter's short agenda under it, "À noter" and its dates, that goes
// as furniture: afterSigned).
func signedClose(bs []*block, i int) bool {
	for last := len(bs) - 1; last >= 0 && last >= len(bs)-1-maxAfterSigned; last-- {
		if i <= last && afterSigned(bs, last) && signedCloseAt(bs, i, last) {
			return true
		}
	}
	return false
}

// maxClosingWords is the most words of a closing line over a letter's
// closing formula (signedCloseAt).
const maxClosingWords = 10

// commaLine reports whether b is a letter's closing line or formula as
// a block of its own: no heading, list or link, maxClosingWords words at
// most, a comma at its end ("Au plaisir de vous retrouver nombreux,",
// "Yours in Rotary,").
func commaLine(b *block) bool {
	return !b.heading && !b.list && b.linkText == 0 && len(b.words) <= maxClosingWords && strings.HasSuffix(strings.TrimSpace(b.text), ",")
}

// maxAfterSigned is the most blocks signedClose lets come after a
// letter's signature.
const maxAfterSigned = 2

// afterSigned reports whether the blocks after bs[last] may follow a
// letter's signature: outside its box, no list item, link or stop at
// their end.
func afterSigned(bs []*block, last int) bool {
	for _, b := range bs[last+1:] {
		if b.list || b.linkText > 0 || b.container == bs[last].container || endsSentence(b.text) {
			return false
		}
	}
	return true
}

// signedCloseAt is signedClose with bs[last] the signature.
func signedCloseAt(bs []*block, i, last int) bool {
	if i == last-2 && last >= 3 {
		// A closing line of its own, ending with a comma, over the
		// closing formula ("Au plaisir de vous retrouver nombreux," over
		// "Amicalement," and the signer's name, LISTSERV's message): the
		// letter's close too, when the formula and the name below it
		// are one.
		b := bs[i]
		return commaLine(b) && sameBox(b.container, bs[last-1].container) && signedCloseAt(bs, last-1, last)
	}
	if i < last-1 || last < 2 {
		return false
	}
	closing, name := bs[last-1], bs[last]
	if closing.list || name.list || closing.linkText > 0 || name.linkText > 0 || len(closing.words) > maxShortWords || closingWords(closing.text) > closingLimit(closing) || len(name.words) > maxShortWords ||
		!strings.HasSuffix(strings.TrimSpace(closing.text), ",") && !plusFarewell(strings.TrimSpace(closing.text)) {
		return false
	}
	// A group opening the line may name its whole body ("Le bureau de
	// la section UNSA Territoriaux du Val d'Orge", eleven words as
	// counted, "d'Orge" two): maxGroupWords.
	team := len(name.words) > 0 && !endsSentence(name.text) && (len(name.words) <= 8 && senderGroups[name.words[len(name.words)-1]] || len(name.words) <= maxGroupWords && groupFirst(name.words))
	if !signerName.MatchString(strings.TrimSpace(name.text)) && !firstName.MatchString(strings.TrimSpace(name.text)) && !behalfName.MatchString(strings.TrimSpace(name.text)) && !teacherClass.MatchString(strings.TrimSpace(name.text)) && !firstNameRole(name.text) && !team {
		return false
	}
	opening := slices.IndexFunc(bs, func(b *block) bool { return !b.heading })
	if opening < 0 || opening >= last-1 {
		return false
	}
	if greeting(bs[opening]) || team {
		// A group named last ("Tom & the Hollow Oak team") under a
		// closing formula signs a letter, greeted or not (a shop's
		// newsletter opens on its news).
		return true
	}
	// Or a letter's first paragraph that opens with its greeting, the
	// line of its issue over it or not.
	for _, b := range bs[opening:min(opening+2, last-1)] {
		if !b.heading && greetingOpens(b) {
			return true
		}
	}
	// Or a greeting alone after the lines of a forum's furniture above
	// the post (its menu, its thread's links, its "De : … Date : …"
	// head), before the text's first paragraph of prose (greetedAfter).
	return greetedAfter(bs[opening : last-1])
}

// greetedAfter reports whether a greeting alone (greeting) comes among
// bs before their first paragraph of prose, maxGreetedAfter blocks at
// most.
func greetedAfter(bs []*block) bool {
	for i, b := range bs {
		if i >= maxGreetedAfter || prose(b) {
			return false
		}
		if !b.heading && greeting(b) {
			return true
		}
	}
	return false
}

// maxGreetedAfter is the most blocks greetedAfter reads.
const maxGreetedAfter = 6

// rightAligned reports whether n's class or style sets its text right
// (WordPress's "has-text-align-right", "text-align: right").
func rightAligned(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	return strings.Contains(attr(n, "class"), "align-right") || strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "text-align:right")
}

// maxGroupWords is the most words of a group that signs, opening its
// line (groupFirst), under a closing formula (signedCloseAt).
const maxGroupWords = 12

// endSignature returns the index of the signature that closes the story
// and that of its first line, or 0, 0: right after the last kept block, a
// paragraph that ends a sentence, or after one closing line between them
// (one sentence of maxShortWords words at most: "Merci à toutes et à tous
// pour votre fidélité, et rendez-vous au printemps."), in that
// paragraph's box (sameBox), the last of its box but for maxAfterSigned
// lines without a stop (Chamilo's "Envoyée à : Tous les utilisateurs du
// cours" in the announcement's table), a line that signs
// (signatureLine) or a name over its role, a line break between them
// (nameOverRole). Blocks after the signature that went already, and a
// heading that goes with them (goneHeading: a letter's agenda and its
// button), neither end the story nor count among those lines, though
// none may end with a stop. Every letter and many posts
// end so; the score puts a short line without a stop at the story's edge
// with a widget's. A footer's or a widget's name stands in a box of its
// own.
func endSignature(bs []*block, drop []bool) (int, int) {
	last := -1
	for i := len(bs) - 1; i >= 0; i-- {
		if !drop[i] && !goneHeading(bs, drop, i) {
			last = i
			break
		}
	}
	if last >= 1 && (closingFormula(bs[last]) || commaCloseBlock(bs[last])) && !drop[last-1] && (sameBox(bs[last-1].container, bs[last].container) || siblingRows(bs[last-1].container, bs[last].container)) {
		// The closing formula kept already ("With best wishes," under
		// the last paragraph, a Smore letter's text blocks; a longer
		// one, commaCloseBlock, Dotdigital's "À très bientôt à la
		// librairie,"): the
		// signature under it comes back, though the letter's rows after
		// it, which went, share its box (Mailrelay's '<tr><td
		// class="mr-block mr-text">' rows, its opening hours under the
		// signature).
		if s := last + 1; s < len(bs) && (sameBox(bs[last].container, bs[s].container) || siblingRows(bs[last].container, bs[s].container)) && drop[s] && !bs[s].heading && !bs[s].list && bs[s].linkText == 0 {
			if signatureLine(bs[s].text, bs[s].words) {
				return s, s
			}
			if titledRole(bs, s) {
				// A teacher's name after a courtesy title, over
				// their office on a line of its own ("Mrs H. Okafor"
				// / "Head of Geography", an itslearning bulletin's).
				return s + 1, s
			}
		}
	}
	if last < 0 || bs[last].heading || bs[last].list || !endsSentence(bs[last].text) {
		return 0, 0
	}
	box := bs[last].container
	if box.DataAtom == atom.Blockquote && last+1 < len(bs) && inside(box, bs[last+1].container) {
		// A quotation closes the story's text, in the box that holds
		// the lines after it ("<div class="text-box"><blockquote>…
		// </blockquote><p>Merci pour votre patience…</p><p>Anouk et
		// Théo</p></div>"): that box is the story's.
		box = bs[last+1].container
	}
	start := last + 1
	if start+1 < len(bs) && drop[start] && buttonBlock(bs[start]) && sameBox(box, bs[start].container) {
		// A button between the text and its close (a letter's "Je
		// m'inscris à l'AG" row, a link alone), which went: the close
		// and the signature under it are the letter's still.
		start++
	}
	for s := start; s <= start+1 && s < len(bs); s++ {
		if !sameBox(box, bs[s].container) || bs[s].heading || bs[s].list || bs[s].code || bs[s].em || bs[s].linkText > 0 {
			return 0, 0
		}
		if signatureLine(bs[s].text, bs[s].words) || nameOverRole(bs[s]) || farewellSigned(bs[s]) || s == start+1 && (formulaOverSignature(bs, s-1) || farewellOverName(bs, s)) {
			after := 0
			for j, b := range bs[s+1:] {
				if !sameBox(box, b.container) {
					continue
				}
				if b.list || endsSentence(b.text) {
					return 0, 0
				}
				// Blocks that went already, and a heading that goes with
				// the blocks under it (goneHeading), do not count.
				if !drop[s+1+j] && !goneHeading(bs, drop, s+1+j) {
					if after++; after > maxAfterSigned {
						return 0, 0
					}
				}
			}
			return s, start
		}
		if b := bs[s]; len(b.words) > maxShortWords || (!endsSentence(b.text) || countSentences(b.text) != 1 && !thanksWish(b)) && !commaClose(b.text) && !formulaOverSignature(bs, s) && !(s+1 < len(bs) && farewellOverName(bs, s+1)) {
			return 0, 0
		}
	}
	return 0, 0
}

// maxButtonWords is the most words of a buttonBlock.
const maxButtonWords = 6

// buttonBlock reports whether b is a link alone, maxButtonWords words at
// most, all its text the link's: a call's button.
func buttonBlock(b *block) bool {
	return !b.heading && !b.list && len(b.words) > 0 && len(b.words) <= maxButtonWords && b.linkText >= len(strings.TrimSpace(b.text))
}

// formulaOverSignature reports whether bs[s] is a closing formula alone
// (closingFormula) that takes leave (leaveTaking: "Sportivement,", "Yours in
// Rotary,") right over a line in its box that signs (signatureLine: a
// name and its role, "Dennis Carr, Community Service Chair", or the
// group that sends it, "Le bureau de l'Union Basket Val de Brenne"): a
// letter's close, greeted or not, as a club's news ends. A formula that
// wishes the reader well ("Bonne soirée à tous,") or stands over
// anything else is still left to signedClose, which keeps it only under
// a greeting.
func formulaOverSignature(bs []*block, s int) bool {
	if !closingFormula(bs[s]) || !leaveTaking(bs[s].words) && !thanksFormula(bs[s].words) || s+1 >= len(bs) {
		return false
	}
	n := bs[s+1]
	if !sameBox(bs[s].container, n.container) || n.heading || n.list || n.linkText > 0 {
		return false
	}
	// Or a first name alone, the last line of its box, under thanks (a
	// forum member's "Thanks, all," over "Tom" at their post's end).
	return signatureLine(n.text, n.words) || thanksFormula(bs[s].words) && firstName.MatchString(strings.TrimSpace(n.text)) && lastOfBox(bs, s+1)
}

// beforeClose reports whether bs[i] is a sentence right over a letter's
// close in its box, a formula that takes leave over its signature
// (formulaOverSignature: "Merci de votre fidélité, et à très bientôt en
// boutique ou sur le site." over "Chaleureusement," and "Hélène et toute
// l'équipe de La Théière Bleue", a Kiliba e-mail's end): the letter's
// last line, which a reader's thanks and a farewell make look like a
// call; asked only of a block that scores as furniture.
func beforeClose(bs []*block, i int) bool {
	b := bs[i]
	return i+2 < len(bs) && !b.heading && !b.list && b.linkText == 0 && endsSentence(b.text) && sameBox(b.container, bs[i+1].container) && formulaOverSignature(bs, i+1)
}

// thanksWish reports whether b, a closing line, opens with thanks and
// wishes the reader well after it, two sentences ("Merci à toutes et à
// tous pour votre curiosité et votre patience. Bonnes observations !", a
// Tela Botanica-like post's last line over "L'équipe Fleurs de
// trottoir"): a letter's close still, as one sentence of thanks is.
func thanksWish(b *block) bool {
	return len(b.words) > 0 && (b.words[0] == "merci" || b.words[0] == "thanks" || b.words[0] == "thank") && countSentences(b.text) == 2
}

// thanksFormula reports whether a closing formula's words thank
// ("Thanks, all,", "Many thanks,", "Merci à tous,").
func thanksFormula(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return w == "thanks" || w == "merci" })
}

// signOffWords take leave in an English letter's closing formula
// ("Yours in Rotary,", "Kind regards,", "Sincerely,").
var signOffWords = map[string]bool{"yours": true, "regards": true, "sincerely": true, "faithfully": true, "cordially": true,
	"respectfully": true, "fraternally": true}

// leaveTaking reports whether a closing formula's words take leave: one of
// signOffWords, or a French adverb in "-ment" ("Sportivement,",
// "Amicalement,", "Bien cordialement,", "Musicalement vôtre,"), the
// French letter's way.
func leaveTaking(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		return signOffWords[w] || len(w) > len("ment")+3 && strings.HasSuffix(w, "ment")
	})
}

// commaClose reports whether text is a closing line that ends with a
// comma over the signature, no stop in it, longer than a formula of
// maxFormulaWords words ("See you on the road,", "Merci à toutes et à
// tous pour votre soutien,"): a formula of a few words ("Bonne soirée à
// tous,") is left to signedClose, which keeps it only under a greeting.
func commaClose(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ",") && countSentences(t) == 0 && fieldCount(t) > maxFormulaWords
}

// commaCloseBlock reports whether b is a closing line alone, longer than
// a formula, that ends with a comma (commaClose), no link in it: "À très
// bientôt à la librairie,", which a letter's closing formula of more
// than maxFormulaWords words is, kept already, the signature under it
// as closingFormula's.
func commaCloseBlock(b *block) bool {
	return !b.heading && !b.list && b.linkText == 0 && commaClose(b.text)
}

// closingFormula reports whether b is a letter's closing formula alone:
// maxFormulaWords words at most ending with a comma, no link ("With best
// wishes,", "Bien à vous,").
func closingFormula(b *block) bool {
	return !b.heading && !b.list && b.linkText == 0 && len(b.words) > 0 && len(b.words) <= maxFormulaWords && strings.HasSuffix(strings.TrimSpace(b.text), ",")
}

// plusFarewell reports whether t is French's written "à plus" alone, a
// forum post's farewell without its comma ("A+", "a+", "@+"): a closing
// formula over a greeted letter's signer (signedCloseAt), as "Amicalement,"
// is.
func plusFarewell(t string) bool {
	t = strings.TrimSuffix(t, ",")
	return len(t) == 2 && t[1] == '+' && (t[0] == 'A' || t[0] == 'a' || t[0] == '@') || t == "À+" || t == "à+"
}

// quoteBox reports whether n is a quotation's box: a <blockquote>, or
// an element a class word of which names a quote ("bbcode_quote",
// "quote_container": BBCode's [quote], vBulletin's, in a post). What it
// quotes is in sentences off the story's words (a manual's, a law's): a
// sentence of it keeps its box from going as a widget.
func quoteBox(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote {
		return true
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(attr(n, "class"))), func(w string) bool {
		return strings.Contains(w, "quote")
	})
}

// quoteLabelled reports whether bs[i] is under a forum's label of a
// quotation in its box that names no one: "Citation :", "Quote:"
// (quoteLabelText), a line of its own ending with a colon (Hardware.fr's
// '<table class="citation"><tr><td><b class="s1"><a …>Citation :</a></b><br
// /><p>J'ai mis de la pâte partout pour être sûr. - Non. …</p></td></tr></table>',
// a tutorial's quoted mistake and its answer). What it quotes is the
// post's, as a <blockquote>'s is (quoteBox). A label that names the
// member quoted ("Gribouille74 a écrit :") sets another member's words
// in the post: those still go with their box.
func quoteLabelled(bs []*block, i int) bool {
	if i == 0 || !sameBox(bs[i-1].container, bs[i].container) {
		return false
	}
	l := strings.TrimSpace(bs[i-1].text)
	return strings.HasSuffix(l, ":") && quoteLabelText.MatchString(strings.TrimSpace(strings.TrimSuffix(l, ":")))
}

// quoteLabelText is a forum's label over a quotation that names no one,
// its colon left out (quoteLabel reads one in its element, over a
// <blockquote>).
var quoteLabelText = regexp.MustCompile(`(?i)^(?:citation|quote)$`)

// boxHeading reports whether heading bs[i] opens a box set apart
// (boxAttr) whose other blocks, one at least, right after it, all went:
// a notice's label in bold over its text in a framed table between the
// letter's paragraphs (Splio's '<table … style="…border:1px solid
// #d9c7a5;"><tr><td …><b>Atelier dégustation : samedi 26 avril, 11
// h</b><br />Fromages de printemps et vins du coin, 12 places, …</td>'),
// which would otherwise head the story's next paragraph.
func boxHeading(bs []*block, drop []bool, i int) bool {
	box := boxOf(bs[i])
	if box == nil {
		return false
	}
	j := i + 1
	for ; j < len(bs) && boxOf(bs[j]) == box; j++ {
		if !drop[j] {
			return false
		}
	}
	return j > i+1
}

// boxOf returns the box set apart (boxAttr) that holds block b's first
// node, up to its container, or nil.
func boxOf(b *block) *html.Node {
	for n := b.nodes[0]; n != nil && n != b.container; n = n.Parent {
		if hasAttr(n, boxAttr) {
			return n
		}
	}
	if hasAttr(b.container, boxAttr) {
		return b.container
	}
	return nil
}

// goneHeading reports whether bs[i] is a heading every block under
// which, up to the next heading or the end, went, one at least: a
// heading dropFurniture drops with them (a letter's "Agenda du
// printemps" over its dates and its button, under the signature).
func goneHeading(bs []*block, drop []bool, i int) bool {
	if !bs[i].heading {
		return false
	}
	j := i + 1
	for ; j < len(bs) && !bs[j].heading; j++ {
		if !drop[j] {
			return false
		}
	}
	return j > i+1
}

// signatureLine reports whether a line signs a letter: ten words at most,
// a capital first, no stop at its end nor colon, the signer's name and
// role ("Harriet Vance, Head of Operations", "Mme Roussel, professeure de
// SVT": signerName, signerRole) or the group that sends it (groupFirst: "Le bureau
// des Amis du lavoir"), after a closing formula of three words at most
// and a comma or not ("Amicalement, Le bureau du Chœur des Coteaux"); or
// a first name signed with a kiss, as a blogger signs a post ("Hazel x":
// kissName), or two first names ("Anouk et Théo": pairNames), or a
// group from all of its members ("From everyone in Room 14": fromAll).
func signatureLine(text string, words []string) bool {
	t := strings.TrimSpace(text)
	if len(words) < 2 || len(words) > 10 || endsSentence(t) || strings.ContainsRune(t, ':') {
		return false
	}
	if kissName.MatchString(t) || pairNames.MatchString(t) || bracketName.MatchString(t) || nameBehalf.MatchString(t) || nameTeam.MatchString(t) || namesCrew.MatchString(t) || fromAll.MatchString(t) || teacherClass.MatchString(t) {
		return true
	}
	if head, rest, ok := strings.Cut(t, ", "); ok && fieldCount(head) <= 3 && fullName.MatchString(rest) && slices.ContainsFunc(strings.Fields(head), func(f string) bool { return roleWords[strings.ToLower(f)] }) {
		return true // the office, then the name: "Le maire, Gérard Lemonnier"
	}
	if head, rest, ok := strings.Cut(t, ", "); ok && (fieldCount(head) <= 3 || behalfHead.MatchString(head)) && !signerName.MatchString(t) {
		t = rest
		words = words[min(len(words), fieldCount(head)):]
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) && (signerName.MatchString(t) && signerRole(t) || groupFirst(words))
}

// signerRole reports whether what follows the first comma of a signer's
// line is a role: one word ("Secretary"), or words of which one is in
// lower case ("Head of Operations", "professeure de SVT") or names an
// office (roleWords: "Pantry Coordinator"); a place's name, every word
// capitalized ("Greenfield Swimming Club, Pool Lane"), is an address's.
func signerRole(text string) bool {
	_, role, _ := strings.Cut(text, ", ")
	fields := strings.Fields(role)
	return len(fields) == 1 || slices.ContainsFunc(fields, func(f string) bool {
		r, _ := utf8.DecodeRuneInString(f)
		return unicode.IsLower(r) || roleWords[strings.ToLower(f)]
	})
}

// closingLimit is the most words a closing line over a signature has
// (closingWords): maxClosingWords, or fourteen when it thanks ("Merci
// pour votre fidélité et à très bientôt dans nos nouveaux murs,", a
// Mailpro letter's over "Le comité de La Glaneuse").
func closingLimit(closing *block) int {
	if thanksFormula(closing.words) {
		return maxThanksWords
	}
	return maxClosingWords
}

// maxThanksWords is closingLimit's for a closing line that thanks.
const maxThanksWords = 14

// closingWords returns the number of words of a closing formula: its
// last sentence's, after a thanks or a wish that ends with a stop before
// it ("Merci d'avance pour votre aide et pour vos livres. À très
// bientôt,", The Newsletter Plugin's letter), or the whole line's.
func closingWords(text string) int {
	text = strings.TrimSpace(text)
	if i := strings.LastIndexAny(text, ".!?"); i >= 0 && i+1 < len(text) && text[i+1] == ' ' {
		text = text[i+1:]
	}
	return fieldCount(text)
}

// dashItems marks as a list's items the lines of a box, two or more one
// after the other, that each open with "- " (a message's list as its
// author typed it, each line a <div> of its own, as a group's web view
// shows a plain-text mail): scored as a list is, its lines without a
// stop.
func dashItems(bs []*block) {
	dash := func(i int) bool {
		return i >= 0 && i < len(bs) && !bs[i].heading && strings.HasPrefix(strings.TrimSpace(bs[i].text), "- ")
	}
	for i, b := range bs {
		if dash(i) && (dash(i-1) && bs[i-1].container == b.container || dash(i+1) && bs[i+1].container == b.container) {
			b.list = true
		}
	}
}

// lowerItems marks as a list's items the lines of a box, three or more
// one after the other, that each open with a lowercase letter and end
// without a stop (an outliner's child blocks, each a <div> of its own:
// "un greffoir bien affûté, ou à défaut un cutter neuf", "du mastic à
// cicatriser"): a list as its author typed it, scored as one.
func lowerItems(bs []*block) {
	item := func(i int) bool {
		b := bs[i]
		if b.heading || b.list || len(b.words) == 0 || len(b.words) > maxShortWords || endsSentence(b.text) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(b.text))
		return unicode.IsLower(r)
	}
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && item(j) && bs[j].container == bs[i].container {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				bs[k].list, bs[k].inserted, bs[k].apart = true, false, false
			}
		}
		i = max(j, i+1)
	}
}

// maxStandfirstWords is the longest plain standfirst greetingFirst
// passes over, the page's first block, before a letter's greeting.
const maxStandfirstWords = 30

// greetingFirst reports whether bs[i] comes before any sentence of the
// text and over one of its box, or of a box of the same class as its own
// (an e-mail builder sets each paragraph of a letter in a text block of
// its own, all of one class), or of the next row of the e-mail's layout
// (siblingRows: iContact's '<tr><td class="bodycopy">Dear members and
// friends,</td></tr>' over the first paragraph's row): a letter's greeting
// under the lines of its frame ("Voir la version en ligne", its issue's
// line), which open the page but not the letter.
func greetingFirst(bs []*block, i int) bool {
	if i+1 >= len(bs) || !sameBox(bs[i+1].container, bs[i].container) && !siblingRows(bs[i].container, bs[i+1].container) || !sentence(bs[i+1]) {
		return false
	}
	// A standfirst in bold, the text's first block, may come before
	// it ("<p><strong>Après trois réunions de négociation, …</strong></p>"
	// over "Chers collègues,", a union's post); so may a short plain
	// one, the only block before the greeting ("Camera traps confirm a
	// breeding pair …" over "Dear friend,", a charity's letter under its
	// headline).
	first := true
	for _, b := range bs[:i] {
		if b.heading {
			continue
		}
		if sentence(b) && !(first && (emphasized(b) || i == 1 && len(b.words) <= maxStandfirstWords)) {
			return false
		}
		first = false
	}
	return true
}

// attachmentNote reports whether text is a forum message's note of a
// file attached to it, its label and a colon first ("Attached image:
// drill_frame.jpg (84 k) The frame after wire brushing, …", Discus'
// small-print box under a message; "Attachment:", "Pièce jointe :"): the
// file's name and caption, not the message.
func attachmentNote(text string) bool {
	if text == "" || text[0] != 'A' && text[0] != 'P' {
		return false // most blocks: one byte compared
	}
	for _, l := range [...]string{"Attached image:", "Attached file:", "Attachment:", "Pièce jointe :"} {
		if strings.HasPrefix(text, l) {
			return true
		}
	}
	return false
}

// sponsorLabel is a label alone over a podcast's sponsors: Fireside's
// "Sponsored By:" over its list of sponsors, "Sponsors :", "Nos
// partenaires :".
var sponsorLabel = regexp.MustCompile(`(?i)^\s*(?:sponsored by|sponsors?|our sponsors|this episode['’]s sponsors?|partenaires?|nos partenaires|sponsoris[ée]e? par)\s*:?\s*$`)

// sponsorItem reports whether bs[i] is an item of a list right under a
// sponsorLabel (Fireside's "<p><strong>Sponsored By:</strong></p><ul><li><a
// …>Claybarn Supplies</a>: Use code KILNROOM for 10% off …</li></ul>"):
// the sponsor's read, not the episode's.
func sponsorItem(bs []*block, i int) bool {
	if !bs[i].list {
		// A sponsor's line in the box of a label that thanks or names
		// it, five words at most and ending with the word ('<div
		// style="background:#f3efe3;…"><p><strong>With thanks to our
		// sponsor</strong></p><p>Ashby Garden Centre gives members 10%
		// off fruit trees all winter. …</p></div>', a Cakemail
		// newsletter's box among its items): the sponsor's read too.
		if i == 0 || len(bs[i].words) > maxShortWords || bs[i-1].container != bs[i].container || bs[i-1].list {
			return false
		}
		w := bs[i-1].words
		return len(w) >= 2 && len(w) <= 5 && (w[len(w)-1] == "sponsor" || w[len(w)-1] == "sponsors") && bs[i-1].em
	}
	j := i - 1
	for j >= 0 && bs[j].list {
		j--
	}
	return j >= 0 && !bs[j].list && len(bs[j].words) <= 4 && sponsorLabel.MatchString(bs[j].text)
}

// noteOpening reports whether text, past the spaces of a pattern's \s,
// opens with "t", "c", "h", "i" or "l" in either case: printNote,
// hostNote, sponsorRead and riskWarning open with a word of those
// letters ("This", "Cet", "Hébergé", "Investing", "L'investissement"),
// which fold with no other letter, and run only on the blocks that do
// (a pattern's machine is set up for the whole text even when its first
// letter fails; FuzzNoteOpening). adviceNote, checked beside them, is
// read only on those blocks too ("Les informations …", "This article
// …", "Cet article …").
func noteOpening(text string) bool {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\r') {
		i++
	}
	if i == len(text) {
		return false
	}
	switch text[i] | 0x20 {
	case 't', 'c', 'h', 'i', 'l':
		return true
	}
	return false
}

// notePatterned reports whether text, past the spaces of a pattern's \s,
// opens with the first two letters of a word printNote, hostNote,
// sponsorRead or riskWarning open with, in either case: "th", "to", "ce",
// "ca", "hé", "ho", "in", "l'" or "l’". noteOpening, which adviceNote
// needs, let through every block opening with "The", "Le", "Il", "Cette"
// or "How", and the four machines were set up for each
// (FuzzNotePatterned).
func notePatterned(text string) bool {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\r') {
		i++
	}
	if i+1 >= len(text) {
		return false
	}
	second := text[i+1]
	switch text[i] | 0x20 {
	case 't':
		return second|0x20 == 'h' || second|0x20 == 'o'
	case 'c':
		return second|0x20 == 'e' || second|0x20 == 'a'
	case 'h':
		return second|0x20 == 'o' || second == 0xc3 // "é", "É"
	case 'i':
		return second|0x20 == 'n'
	case 'l':
		return second == '\'' || second == 0xe2 // "’"
	}
	return false
}

// printEdition reports whether text is a magazine's line that the story
// ran in its print edition, in the passive ('<p class="ContentInfo
// PrintHedWrapper">Published in the print edition of the <a>March 17,
// 2025</a>, issue, with the headline “Slack Water.”</p>', The New
// Yorker's line after a story): printNote's, the publisher's. One prefix
// test: printNote's pre-checks let no block opening with "P" through.
func printEdition(text string) bool {
	return hasPrefixFold(strings.TrimLeft(text, " \t\n"), "published in the print edition")
}

// printNote is a magazine's note that the story ran in its print
// edition: "This article appeared in the Britain section of the print
// edition under the headline "Dig here"", "Cet article est paru dans
// l'édition imprimée du 3 mars": the publisher's, not the story's.
var printNote = regexp.MustCompile(`(?i)^\s*(?:this (?:article|story|piece) (?:appeared|was published|ran) in\b.{0,80}\bprint edition|cet article (?:est paru|a été publié|a paru) dans\b.{0,80}\bédition (?:imprimée|papier))`)

// riskWarning is the risk warning a regulator has an investment
// platform show on every page: "Investir dans des projets présente un
// risque de perte totale ou partielle du capital investi …" (WiSEED's,
// the AMF's wording), "Investing in start-ups involves risks, including
// loss of capital …", "Capital at risk.": the platform's, not the
// update's.
var riskWarning = regexp.MustCompile(`(?i)^\s*(?:(?:investir|l['’]investissement|investing|investment)\b[^.]{0,60}\b(?:présente|comporte|comprend|involves|carries) (?:des|un|les|a)? ?(?:risques?|risks?)\b|capital at risk\b)`)

// addressOnly reports whether text is one e-mail address alone: one
// word with an "@" that has a name before it and a dot in the domain
// after it.
func addressOnly(text string) bool {
	t := strings.TrimSpace(text)
	at := strings.IndexByte(t, '@')
	if at <= 0 || strings.ContainsAny(t, " \t\n") {
		return false
	}
	dot := strings.LastIndexByte(t, '.')
	return dot > at+1 && dot < len(t)-1 && strings.Count(t, "@") == 1
}

// adviceEnds are the words that end a publisher's note that its story
// is not investment advice.
var adviceEnds = []string{"pas un conseil en investissement", "pas des conseils en investissement", "pas une recommandation d'investissement", "pas une recommandation d’investissement", "constitute investment advice", "constitute financial advice", "not investment advice", "not financial advice"}

// adviceNote reports whether text, a block of its own, ends by saying
// that it is not investment advice ("Les informations contenues dans cet
// article sont fournies à titre indicatif et ne constituent pas un
// conseil en investissement.", a market site's note under every story,
// Boursorama's; "This article is for information only and does not
// constitute investment advice."): the publisher's, as riskWarning's
// warning is, not the story's. Its ending is compared, no pattern run.
func adviceNote(text string) bool {
	t := strings.TrimRight(text, " .\n\t\r")
	for _, s := range adviceEnds {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// liabilityWords say, in a publisher's note, that it cannot be held
// responsible (liabilityNote); untestedWords, that it did not try what
// the page gives.
var (
	liabilityWords = []string{"tenue pour responsable", "tenu pour responsable", "tenus pour responsables", "be held responsible", "be held liable"}
	untestedWords  = []string{"pas été testée", "pas été testé", "not been tested", "not tested by", "pas été vérifiée", "not been checked"}
)

// liabilityNote reports whether text, a block of its own, says both that
// the site did not test what it gives and that it cannot be held
// responsible for it ("Cette recette a été proposée par une utilisatrice.
// Elle n’a pas été testée par Vorwerk et Vorwerk ne peut être tenue pour
// responsable de son résultat.", a recipe community's note under every
// member's recipe; "This recipe has not been tested by … and cannot be
// held responsible …"): the publisher's, as adviceNote's is, not the
// text's. Read only on the blocks noteOpening lets through, by
// strings.Contains, no pattern.
func liabilityNote(text string) bool {
	return slices.ContainsFunc(liabilityWords, func(w string) bool { return strings.Contains(text, w) }) &&
		slices.ContainsFunc(untestedWords, func(w string) bool { return strings.Contains(text, w) })
}

// sponsorRead is a podcast's sponsor read among its show notes: "This
// episode is supported by Tidemark Outdoor. … Use the code NORTHBOUND
// for 15% off", "Today's show is brought to you by …", "Cet épisode est
// soutenu par …", "Cet épisode vous est proposé par …" (Audiomeans'),
// "Cet épisode vous est présenté par …" (Sybel's; "est présenté par"
// without "vous" names the episode's host),
// "Cet épisode vous est proposé avec le soutien de …" (Podcastics'): the
// sponsor's, not the episode's.
var sponsorRead = regexp.MustCompile(`(?i)^\s*(?:(?:this|today['’]s|this week['’]s) (?:episode|show|podcast) (?:is|was) (?:supported|sponsored|brought to you|made possible) by|(?:cet épisode|ce podcast|l['’]épisode de cette semaine) (?:(?:est|vous est) (?:soutenu|sponsorisé|parrainé|offert|proposé)e? (?:par|(?:avec|grâce à) l['’]aide (?:de|du|des)|(?:avec le|grâce au) soutien (?:de|du|des))|vous est présentée? par))\s`)

// hostNote is a podcast host's line under an episode's notes: "Hébergé
// par Ausha. Visitez ausha.co/politique-de-confidentialite pour plus
// d'informations.", Acast's "Hosted on Acast. See acast.com/privacy for
// more information.": the host's, not the episode's.
var hostNote = regexp.MustCompile(`(?i)^\s*(?:hébergé par|hosted (?:on|by)) [^.]{1,40}\.\s*(?:visitez|voir|consultez|see|visit)\b.{1,80}\b(?:pour plus d['’]informations|for more info(?:rmation)?)\W*$`)

// labelledCall reports whether b opens with a label in bold ending with
// a colon, maxCallLabelWords words at most, and calls the reader to
// share, give or sign up (callWord), 2*maxShortWords words at most:
// "<p><strong>Can't give? You can still help:</strong> share this page
// with your local community group, …</p>" between a fundraiser's
// paragraphs. Speaking of the page itself as well (editorial), it is
// the site's prompt wherever it stands, not only at the story's edges.
func labelledCall(b *block) bool {
	if b.leadWords == 0 || b.leadWords > maxCallLabelWords || b.list || len(b.words) > 2*maxShortWords {
		return false
	}
	head, _, ok := strings.Cut(b.text, ":")
	return ok && fieldCount(head) <= maxCallLabelWords && slices.ContainsFunc(b.words, callWord)
}

// maxCallLabelWords is the most words of a label in bold before its colon
// that labelledCall reads: "Can't give? You can still help:".
const maxCallLabelWords = 8

// moderatorNote reports whether b is a moderator's note set in a post:
// 2*maxShortWords words at most, opening with an emphasized label
// (leadIn) whose words, before its colon, name a moderator
// (moderatorWords: "Moderator note:", "Note de la modération :"), as a
// forum's moderators write into a member's question ("<blockquote><p><strong>Moderator
// note:</strong> before answering, please see the association's varroa
// treatment FAQ. …</p></blockquote>", Askbot's): the site's word, not
// the author's.
func moderatorNote(b *block) bool {
	if !b.leadIn || len(b.words) > 2*maxShortWords {
		return false
	}
	head, _, ok := strings.Cut(b.text, ":")
	if !ok || fieldCount(head) > 5 {
		return false
	}
	return slices.ContainsFunc(lowerWords(head), func(w string) bool { return moderatorWords[w] })
}

// moderatorWords name a forum's moderators in a note's label
// (moderatorNote).
var moderatorWords = wordSet("moderator moderators modérateur modérateurs modératrice modération moderation")

// advanceThanks reports whether b, right after q, the story's last kept
// block, is the thanks in advance that closes a question: q a paragraph
// that ends with a question mark, b in its box, one sentence of
// maxFormulaWords+2 words at most, no link, that thanks ("thank",
// "thanks", "merci") in advance ("advance", "avance"): "Has anyone dealt
// with a similar jump in early June? … or would drone brood removal buy
// me enough time?" over "Thank you in advance.", an Askbot question's
// end, as forum posters close a question ("Thanks in advance!", "Merci
// d'avance pour vos réponses."). The score puts such a short line at
// the story's edge with a widget's.
func advanceThanks(q, b *block) bool {
	if q.heading || q.list || !strings.HasSuffix(strings.TrimSpace(q.text), "?") || !sameBox(q.container, b.container) ||
		b.heading || b.list || b.linkText > 0 || len(b.words) > maxFormulaWords+2 || countSentences(b.text) > 1 {
		return false
	}
	return slices.ContainsFunc(b.words, func(w string) bool { return thanksWords[w] }) && slices.ContainsFunc(b.words, func(w string) bool { return advanceWords[w] })
}

// thanksWords and advanceWords make a thanks in advance (advanceThanks).
var thanksWords, advanceWords = wordSet("thank thanks merci"), wordSet("advance avance")

// sameBox reports whether a and b are one box, or two elements of one
// kind and one class.
func sameBox(a, b *html.Node) bool {
	if a == b {
		return true
	}
	class := attr(a, "class")
	return class != "" && a.DataAtom == b.DataAtom && attr(b, "class") == class
}

// siblingRows reports whether a and b are rows of one table, <tr>s of
// the same parent, without a class ("<tr><td class="text" style="…">Kind
// regards,</td></tr><tr><td class="text" style="…">Pieter Hoekstra,
// Director of Operations, Northquay Freight</td></tr>", an Eloqua
// e-mail's rows, one a paragraph): one box, as sameBox's of one class.
func siblingRows(a, b *html.Node) bool {
	return a.DataAtom == atom.Tr && b.DataAtom == atom.Tr && a.Parent == b.Parent && attr(a, "class") == "" && attr(b, "class") == ""
}

// greetingOpens reports whether block b opens with a greeting of eight
// words at most before a comma, its sentence going on after it ("Dear
// friends of the Harbourside Lifeboat Museum, this has been the busiest
// summer…", a letter's first paragraph).
func greetingOpens(b *block) bool {
	if len(b.words) == 0 || !greetingWords[b.words[0]] {
		return false
	}
	head, _, ok := strings.Cut(b.text, ",")
	return ok && fieldCount(head) <= 8
}

// signerName is a name of two capitalized words before a comma and the
// role it signs with: "Bernard Lavigne, président de …"; or a surname
// after a civility's abbreviation ("M.", "Mme", "Mr", "Mrs", "Ms",
// "Dr"), as a teacher signs to a class: "M. Lefaucheux, professeur de
// SVT".
var signerName = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+|(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*), \p{L}`)

// behalfName is a name of two capitalized words after the group it signs
// for, "Pour" or "For" and a few words before a comma: "Pour le bureau,
// Sophie Lemaire", "For the committee, Jane Holt".
var behalfName = regexp.MustCompile(`^(?:Pour|For) [^,.]{2,40}, \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$`)

// behalfHead is the group a signer signs for, before the comma and the
// signer's name: "Pour le conseil d'administration", "For the committee".
var behalfHead = regexp.MustCompile(`^(?:Pour|For|On behalf of|Au nom de) [^,.:]{2,40}$`)

// nameBehalf is a first name, or a first name and a surname, then the
// group the signer signs for after a comma, behalfHead's words in lower
// case: "Lucie, pour toute l'équipe de la Fromagerie d'Orlane", "Sam, for
// the whole team at the shop".
var nameBehalf = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, (?:pour|for|on behalf of|au nom de) [^,.:]{2,60}$`)

// nameTeam is a first name, or a few joined by commas, and the team the
// signers work with: "Owen and the team at Bramwell Cycles", "Marie et
// toute l'équipe du Fournil", "Gaëlle, Jérôme et toute l'équipe de la
// halle", "Ottilie and everyone at Nettlebed Books", "Marta, Jory and the
// Quarrylight workshop", as a shop or a project signs its letter or its
// post; the first signer's surname may follow ("Helen Marsh and the
// Repair Café team", a GreenArrow letter's).
var nameTeam = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, \p{Lu}\p{Ll}+){0,3} (?:and|et|&) (?:the (?:whole )?team|the(?: \p{Lu}[\p{L}'’-]+){1,3} (?:team|workshop|staff)|(?:toute )?l['’]équipe|everyone|everybody|all of us|tous)(?: [^,.:!?]{2,50})?$`)

// namesCrew is two first names or more and the crew of a named project:
// "Priya, Tom and the Gumtree Flat Tool Library crew" (a crowdfunding
// update's signature). One name and a crew ("Tom & the Riverside crew")
// is not.
var namesCrew = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+){1,3} (?:and|&) the(?: \p{Lu}[\p{L}'’-]+){1,4} crew$`)

// teacherClass is a teacher, a courtesy title and a surname, signing with
// the class: "Mme Ravier et les élèves de CE2", "Mr Hale and the children
// of Class 3", as a school's class blog signs its post.
var teacherClass = regexp.MustCompile(`^(?:Ms|Mrs|Mr|Miss|Mx|Mme|Mlle|M)\.? \p{Lu}[\p{Ll}'’-]+ (?:et|and|&) (?:les|ses|the|my|our) (?:élèves|enfants|children|pupils|class|classe)\b[^,.:!?]{0,40}$`)

// fromAll is a group signing from all of its members: "From everyone in
// Room 14", "From all of us at the pantry", "Love from the whole team",
// as a class's blog or a club signs its post.
var fromAll = regexp.MustCompile(`^(?:(?:Love|With love|Best wishes) )?(?:[Ff]rom) (?:everyone|everybody|all of us|the (?:whole )?team)(?: (?:at|in|of) [^,.:!?]{2,50})?$`)

// fullName is a name of two or three capitalized words, a first name and
// a surname ("Gérard Lemonnier", "Jean-Luc Marchand").
var fullName = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$`)

// pairNames is two first names, as a couple signs its shop's or its
// family's post: "Anouk et Théo", "Tom & Jo", "Sam and Alex".
var pairNames = regexp.MustCompile(`^\p{Lu}\p{Ll}+ (?:et|and|&) \p{Lu}\p{Ll}+$`)

// bracketName is a first name, or a first name and a surname, signed
// with the writer's place or office in brackets after it, as a club's or
// a society's member signs a post: "Bernard (plot 17)", "Jane Holt
// (secretary)", "Priya (Year 6 rep)".
var bracketName = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \([^()]{1,30}\)$`)

// kissName is a first name signed with a kiss or two, as bloggers sign
// a post: "Hazel x", "Marion xx", "Jo xo".
var kissName = regexp.MustCompile(`^\p{Lu}\p{Ll}+ (?:x{1,3}|xo)$`)

// roleWords name a signer's office, in English and French: the head of a
// role line under a name ("Referee Coordinator, Harlow Valley Soccer
// Club", "Présidente de l'association").
var roleWords = wordSet(`coordinator secretary president chair chairman chairwoman chairperson director manager editor officer treasurer
captain coach head leader founder cofounder owner organiser organizer administrator clerk principal headteacher headmaster
headmistress teacher vicar rector pastor mayor councillor trustee convenor convener
président présidente secrétaire trésorier trésorière directeur directrice responsable coordinateur coordinatrice maire
adjoint adjointe animateur animatrice rédacteur rédactrice fondateur fondatrice gérant gérante enseignant enseignante
professeur professeure coordination`)

// nameOverRole reports whether a block is a signer's name over its role,
// a line break between them (the way a signature is typed in a
// paragraph: "Dana Pryor<br>Referee Coordinator, Harlow Valley Soccer
// Club"): two lines, the first a name of two or three capitalized words,
// the second eight words at most without a stop, whose part before its
// first comma names an office (roleWords); or three lines, the closing
// formula over them, maxFormulaWords words at most ending with a comma,
// as a mail is signed ("Best,<br>Tomasz Wierzbicki<br>Survey
// coordinator, Ferncliff Birders"). A footer's address card
// ("Greenfield Swimming Club<br>Pool Lane, Greenfield") names none.
func nameOverRole(b *block) bool {
	if len(b.words) < 3 || len(b.words) > 11+maxFormulaWords || len(b.nodes) == 0 {
		return false
	}
	nodes := b.nodes
	if len(nodes) == 1 && nodes[0].Type == html.ElementNode && nodes[0].DataAtom != atom.Br {
		nodes = nil
		for c := b.nodes[0].FirstChild; c != nil; c = c.NextSibling {
			nodes = append(nodes, c)
		}
	}
	var lines []string
	var line strings.Builder
	for _, n := range nodes {
		if n.DataAtom == atom.Br {
			lines = append(lines, oneLine(line.String()))
			line.Reset()
			continue
		}
		line.WriteString(textOf(n))
	}
	lines = append(lines, oneLine(line.String()))
	lines = slices.DeleteFunc(lines, func(l string) bool { return l == "" })
	if len(lines) == 3 && strings.HasSuffix(lines[0], ",") && fieldCount(lines[0]) <= maxFormulaWords {
		lines = lines[1:]
	}
	if len(lines) != 2 || !fullName.MatchString(lines[0]) || endsSentence(lines[1]) || fieldCount(lines[1]) > 8 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(lines[1])
	role, _, _ := strings.Cut(lines[1], ",")
	fields := strings.Fields(role)
	if unicode.IsLower(first) {
		// An office in lower case, as French writes it under the
		// name, its word first ("coordination bénévoles, association
		// Bal à Vaucelles").
		return len(fields) > 0 && roleWords[fields[0]]
	}
	return unicode.IsUpper(first) && slices.ContainsFunc(fields, func(f string) bool { return roleWords[strings.ToLower(f)] })
}

// farewellSigned reports whether block b is a farewell and the line that
// signs it, a line break between them, in one paragraph ("A très vite
// derrière les écrans,<br />Kestrel, pour le bureau des Loups", a club's
// news): two lines, the first a farewell or a wish ending with a comma,
// maxClosingWords words at most (farewell, wish), the second a line
// that signs (signatureLine).
func farewellSigned(b *block) bool {
	if b.heading || b.list || b.linkText > 0 || len(b.words) > 2*maxClosingWords || len(b.nodes) == 0 {
		return false
	}
	nodes := b.nodes
	if len(nodes) == 1 && nodes[0].Type == html.ElementNode {
		nodes = nil
		for c := b.nodes[0].FirstChild; c != nil; c = c.NextSibling {
			nodes = append(nodes, c)
		}
	}
	i := slices.IndexFunc(nodes, func(n *html.Node) bool { return n.DataAtom == atom.Br })
	if i <= 0 || i == len(nodes)-1 || slices.ContainsFunc(nodes[i+1:], func(n *html.Node) bool { return n.DataAtom == atom.Br }) {
		return false
	}
	var first, second strings.Builder
	for _, n := range nodes[:i] {
		first.WriteString(textOf(n))
	}
	for _, n := range nodes[i+1:] {
		second.WriteString(textOf(n))
	}
	f, s := oneLine(first.String()), oneLine(second.String())
	if !strings.HasSuffix(f, ",") || fieldCount(f) > maxClosingWords || !farewell.MatchString(f) && !wish.MatchString(f) {
		return false
	}
	return signatureLine(s, lowerWords(s))
}

// nameRoleUnder reports whether the two blocks under bs[l], a farewell
// (farewellLine) or a closing formula ("Best wishes,": closingFormula),
// both dropped, in its box and the last of it, are a
// full name and the signer's role: a line of eight words at most without
// a stop, its first letter a capital, one of roleWords among its words
// before a comma ("Fenmarch Audax organiser").
func nameRoleUnder(bs []*block, drop []bool, l int) bool {
	if l+2 >= len(bs) || !drop[l+1] || !drop[l+2] || !farewellLine(bs[l]) && !closingFormula(bs[l]) || !lastOfBox(bs, l+2) {
		return false
	}
	return nameAndRole(bs[l], bs[l+1], bs[l+2])
}

// roleUnderName reports whether block l+1, gone, is the role under the
// full name kept as the story's last block l, a farewell or a closing
// formula kept over the name, the role the last of its box ("With thanks
// and warm wishes," over "Helen Carver" and "Chair, Friends of Marlow
// Library", a Critical Impact-like letter's rows): the signature's last
// line, as nameRoleUnder brings back a name and a role both gone.
func roleUnderName(bs []*block, drop []bool, l int) bool {
	if l < 1 || l+1 >= len(bs) || !drop[l+1] || drop[l-1] || !farewellLine(bs[l-1]) && !closingFormula(bs[l-1]) || !lastOfBox(bs, l+1) {
		return false
	}
	return nameAndRole(bs[l-1], bs[l], bs[l+1])
}

// nameAndRole reports whether name and role, under a closing line, in its
// box or in rows beside it, are a full name and an office (roleWords)
// before a comma, capitalized, eight words at most and no stop at its end.
func nameAndRole(closing, name, role *block) bool {
	box := func(a, b *block) bool {
		return sameBox(a.container, b.container) || siblingRows(a.container, b.container)
	}
	if !box(closing, name) || !box(name, role) || name.heading || role.heading || name.list || role.list || name.linkText > 0 || role.linkText > 0 {
		return false
	}
	r := strings.TrimSpace(role.text)
	if !fullName.MatchString(strings.TrimSpace(name.text)) || endsSentence(r) || fieldCount(r) > 8 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(r)
	head, _, _ := strings.Cut(r, ",")
	return unicode.IsUpper(first) && slices.ContainsFunc(strings.Fields(head), func(f string) bool { return roleWords[strings.ToLower(f)] })
}

// maxFormulaWords is the most words of a closing formula on the first
// line of a signature's block ("Best,", "Bien à vous,", "With best
// wishes,": nameOverRole).
const maxFormulaWords = 4

// firstNameRole reports whether text is a first name alone, a comma and
// an office (roleWords) in lower case, no stop at its end: "Gérard,
// trésorier de l'AAPPMA", as a club's officer signs a forum post.
func firstNameRole(text string) bool {
	name, role, ok := strings.Cut(strings.TrimSpace(text), ", ")
	if !ok || !firstName.MatchString(name) || endsSentence(role) {
		return false
	}
	w, _, _ := strings.Cut(role, " ")
	return w != "" && roleWords[w]
}

// firstName is a name alone, capitalized: "Marion", "Bernadette".
var firstName = regexp.MustCompile(`^\p{Lu}\p{Ll}+$`)

// titledName is a surname after a courtesy title, as a teacher signs to
// a class ("Ms Okonjo", "Mr. Hale", "Mme Perrin", "M. Durand", "Mrs H.
// Okafor").
var titledName = regexp.MustCompile(`^(?:Ms|Mrs|Mr|Miss|Mx|Dr|Mme|Mlle|M)\.? (?:\p{Lu}\. )?\p{Lu}[\p{Ll}'’-]+$`)

// maxRoleWords is the most words of an office on a line of its own
// under a signer's name (titledRole).
const maxRoleWords = 6

// titledRole reports whether bs[s] is a name after a courtesy title
// (titledName) and the next block, in its box, the last of it, an
// office alone: maxRoleWords words at most, a roleWords word among
// them, a capital first, no stop, no link ("Head of Geography").
func titledRole(bs []*block, s int) bool {
	if s+1 >= len(bs) || !titledName.MatchString(strings.TrimSpace(bs[s].text)) {
		return false
	}
	r := bs[s+1]
	t := strings.TrimSpace(r.text)
	if !sameBox(bs[s].container, r.container) || r.heading || r.list || r.linkText > 0 || len(r.words) == 0 || len(r.words) > maxRoleWords || endsSentence(t) || !lastOfBox(bs, s+1) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) && slices.ContainsFunc(r.words, func(w string) bool { return roleWords[w] })
}

// editWords ask the reader to edit a page.
var editWords = wordSet("modifier modifiez compléter complétez éditer éditez edit modify amend")

// editInvite reports whether bs[i] is a wiki page's closing line: the
// story's last block, a sentence of fifteen words or more without a link,
// that asks the reader to edit the page ("Toute suggestion pour améliorer
// cette page est bienvenue : il suffit de la modifier…"). On a wiki the
// reader is an author: the line is the page's, though it speaks of the
// page as a publisher's note does.
func editInvite(bs []*block, i int) bool {
	b := bs[i]
	return i == len(bs)-1 && b.linkText == 0 && sentence(b) && slices.ContainsFunc(b.words, func(w string) bool { return editWords[w] })
}

// addressWords are the cue words that only address the reader.
var addressWords = wordSet("you your vous votre vos")

// sentence reports whether a block reads as at least one full sentence
// of fifteen words or more: a lead paragraph, a closing line.
func sentence(b *block) bool {
	return !b.list && len(b.words) >= 15 && endsSentence(b.text) && 2*b.linkText < len(b.text)
}

// endsSentence reports whether text ends like a sentence: a stop, a
// question or exclamation mark, an ellipsis, or one of these before
// closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'»”’)]`, r)
	})
	r, size := utf8.DecodeLastRuneInString(text)
	if (r == '®' || r == '■' || r == '∎') && strings.HasSuffix(text[:len(text)-size], " ") {
		// A story's end mark after its last stop ('… until the end of
		// the month. ®', a Register-like story's; '■', '∎' a
		// magazine's): the sentence ends before it.
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(text[:len(text)-size], " "))
	}
	return strings.ContainsRune(".!?…;:", r)
}

// countSentences counts the stops followed by a space or the end.
func countSentences(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i == len(text)-1 || text[i+1] == ' ' {
				n++
			}
		}
	}
	return n
}

// dropRepeats marks the blocks whose words all stand, in the same order,
// in a longer block: pull quotes and teasers that repeat a sentence of the
// body. Blocks of five words or fewer (headings, list items) are left,
// and so is a heading that quotes its own section, and a heading of ten
// words or fewer that makes no sentence: the text may name a section by
// its heading ("…and what you can do if you are worried about paying").
func dropRepeats(bs []*block, drop []bool) {
	// Each block's words, between spaces, as slices of one buffer.
	size := 0
	for _, b := range bs {
		for _, w := range b.words {
			size += len(w) + 1
		}
		size++
	}
	var all strings.Builder
	all.Grow(size)
	norm := make([]string, len(bs))
	start := make([]int, len(bs))
	sets := make([]wordBits, len(bs))
	for i, b := range bs {
		start[i] = all.Len()
		if b.code {
			continue
		}
		all.WriteByte(' ')
		for _, w := range b.words {
			all.WriteString(w)
			all.WriteByte(' ')
			sets[i].add(w)
		}
	}
	text := all.String()
	for i := range bs {
		end := len(text)
		if i+1 < len(bs) {
			end = start[i+1]
		}
		norm[i] = text[start[i]:end]
	}
	for i, b := range bs {
		if b.code || len(b.words) < 6 || b.heading && len(b.words) <= 10 && !endsSentence(b.text) {
			continue
		}
		// A subheading may quote the section it heads ("« On a gagné
		// avec nos tripes »" over the coach's words): a repeat there is
		// not a pull quote.
		section := i
		if b.heading {
			for section+1 < len(bs) && !bs[section+1].heading {
				section++
			}
		}
		for j := range bs {
			if j != i && (j < i || j > section) && len(norm[j]) > len(norm[i]) && sets[j].holds(sets[i]) && contains(norm[j], norm[i]) {
				drop[i] = true
				break
			}
		}
	}
}

// wordBits is a set of words as bits, each word one of 256 by its hash:
// a block whose norm holds another's holds its every word (norm's words
// stand whole between single spaces), so dropRepeats does not search a
// block whose set lacks one of the other's bits — most of them, where a
// search read the whole block (FuzzDropRepeats).
type wordBits [4]uint64

// add puts word w in s by its first and last bytes and its length: a
// hash of every byte of every word of the body cost more than the
// searches it spared.
func (s *wordBits) add(w string) {
	h := (uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16) * 0x9e3779b1 >> 24
	s[h>>6] |= 1 << (h & 63)
}

// holds reports whether s has every bit of t.
func (s wordBits) holds(t wordBits) bool {
	return t[0]&^s[0] == 0 && t[1]&^s[1] == 0 && t[2]&^s[2] == 0 && t[3]&^s[3] == 0
}

// contains is strings.Contains for a long needle: it looks for 32 bytes
// of the needle, which strings.Index finds with vector instructions, and
// checks the rest where they match, rather than hashing the whole needle
// along the text (Rabin-Karp, a twentieth of the reduction's time when
// every block was a needle). The 32 bytes are those after the first:
// dropRepeats' needles open with a space, which strings.Index, past a few
// false starts of a needle's first byte, gives up looking for and
// compares at every byte instead (FuzzContains holds it to
// strings.Contains).
func contains(text, needle string) bool {
	if len(needle) <= 33 {
		return strings.Contains(text, needle)
	}
	head := needle[1:33]
	for i := 1; i+len(needle)-1 <= len(text); {
		j := strings.Index(text[i:], head)
		if j < 0 {
			return false
		}
		if p := i + j; text[p-1] == needle[0] && strings.HasPrefix(text[p:], needle[1:]) {
			return true
		}
		i += j + 1
	}
	return false
}

// sharedCounts holds dropFurniture's maps of long words between pages:
// made anew for each page, sized for every word its short blocks hold,
// they were 4 % of the bytes the reduction allocated.
var sharedCounts = sync.Pool{New: func() any { return map[string]int{} }}

// dropFurniture removes the repeats and the short blocks of an article
// that score as furniture, then the headings left with nothing under
// them.
func dropFurniture(article *html.Node, bs []*block, rescue func(*block) bool) []*block {
	drop := make([]bool, len(bs))
	title := make([]bool, len(bs)) // headings that score as a widget's
	main := setApart(article, bs)
	dropRepeats(bs, drop)
	items := recipeLines(bs)
	total := 0
	for i, b := range bs {
		if !drop[i] {
			total += len(b.words)
		}
	}
	// shared counts, over the body, the long words of the blocks whose
	// topic can be asked (the short ones and those set apart): a map of
	// every word of the body cost more than the rest of the pass. The map
	// is kept from page to page (sharedCounts), emptied.
	shared := sharedCounts.Get().(map[string]int)
	defer func() {
		clear(shared)
		sharedCounts.Put(shared)
	}()
	// shapes holds, for each first byte of shared's words, their lengths
	// as bits: a word of the body none of them has the first byte and
	// the length of is not looked up (most of a story's long words).
	var shapes [256]uint64
	for i, b := range bs {
		if !drop[i] && (len(b.words) <= 2*maxShortWords || b.apart) {
			for _, w := range b.words {
				if longWord(w) {
					shared[w] = 0
					shapes[w[0]] |= 1 << min(len(w), 63)
				}
			}
		}
	}
	for i, b := range bs {
		if drop[i] {
			continue
		}
		for _, w := range b.words {
			// Only long words are counted: a shorter one, half the
			// text, is not looked up.
			if len(w) < 5 || shapes[w[0]]&(1<<min(len(w), 63)) == 0 {
				continue
			}
			if n, ok := shared[w]; ok {
				shared[w] = n + 1
			}
		}
	}
	// The cue words the story's own prose uses, and the calls it makes
	// (an article on sharing files says "share" throughout), counted to
	// be told from a block's own: one pass over the prose for both.
	story := map[string]bool{}
	storyCalls := map[string]int{}
	for _, b := range bs {
		if !b.apart && prose(b) {
			for _, w := range b.words {
				if cueWord(w) {
					story[w] = true
				}
				if callWord(w) {
					storyCalls[w]++
				}
			}
		}
	}
	dashItems(bs)
	lowerItems(bs)
	speakerTurns(bs)
	faqPairs(bs)
	notes := footnotes(article, bs)
	tables := storyTables(bs)
	if from := letterTail(bs); from > 0 {
		for j := from; j < len(bs); j++ {
			drop[j] = true
		}
	}
	for j := range rightsHead(bs) {
		drop[j] = true
	}
	for i, b := range bs {
		if i > 0 && (b.heading && countedLabel(b.words) || len(b.words) == 1 && (commentsWords[b.words[0]] && (b.heading || emphasized(b)) || b.heading && sourcesWords[b.words[0]])) {
			for j := i; j < len(bs) && (j == i || !bs[j].heading); j++ {
				drop[j] = true
			}
		}
	}
	for i, b := range bs {
		if b.heading && addressOnly(b.text) {
			// A heading that is only an e-mail address (ezmlm-cgi's
			// '<H1 class="listname"><A …>sorties@…</A></H1>' over the
			// message): the list's or sender's, never a story's heading.
			drop[i] = true
		}
	}
	opening := slices.IndexFunc(bs, func(b *block) bool { return !b.heading })
	if opening >= 0 && !bs[opening].list && len(bs[opening].words) <= 2*maxShortWords && riskWarning.MatchString(bs[opening].text) {
		// An investment platform's risk warning over the page (riskWarning)
		// goes, and the text opens after it: its greeting ("Chers
		// investisseurs,") is the opening's.
		drop[opening] = true
		if next := slices.IndexFunc(bs[opening+1:], func(b *block) bool { return !b.heading }); next >= 0 {
			opening += 1 + next
		}
	}
	lead := opening
	if opening >= 0 && opening+1 < len(bs) && len(bs[opening].words) <= 3 && hasAttr(bs[opening+1].nodes[0], leadAttr) {
		// The standfirst under a section's name over the headline
		// ('<p class="section_name"><a …>Networks</a></p>', a
		// Register-like header's kicker, kept with it): the kicker
		// opens, the standfirst after it is kept all the same.
		lead = opening + 1
	}
	for i, b := range bs {
		b.index = i
		if b.table != nil && tables[b.table] || verdictText(b.text) || i == lead && hasAttr(b.nodes[0], leadAttr) {
			// A cell of a table in the story, the author's verdict, the
			// standfirst that is the page's description (leadAttr): kept
			// as code is.
			b.code = true
		}
		if notes[i] || (i == opening || greetingFirst(bs, i)) && (greeting(b) || greetingOpens(b)) {
			// The author's own footnote, or the greeting that opens a
			// message, alone or opening its first paragraph ("Hello, and
			// welcome to the spring issue of …", "Dear friends of the
			// Lantern Yard Players,": greetingOpens).
			continue
		}
		if !b.heading && !drop[i] && !b.code && len(b.words) <= 2*maxShortWords && (edge(bs, i) || b.apart) &&
			!sectionOpening(bs, i) && !(i == opening && leadBeforeSection(bs, i)) && !editInvite(bs, i) && !ownClosing(bs, i, main) && editorial(b, storyCalls) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && labelledCall(b) && !editInvite(bs, i) && !ownClosing(bs, i, main) && editorial(b, storyCalls) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && len(b.words) <= 2*maxShortWords && (noteOpening(b.text) && (notePatterned(b.text) && (printNote.MatchString(b.text) || hostNote.MatchString(b.text) || sponsorRead.MatchString(b.text) || riskWarning.MatchString(b.text)) || adviceNote(b.text) || liabilityNote(b.text)) || printEdition(b.text) || sponsorItem(bs, i)) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && len(b.words) <= maxShortWords && attachmentNote(b.text) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && moderatorNote(b) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && (len(b.words) <= 2*maxShortWords && selfQuestion(b) || len(b.words) <= maxShortWords && creditOpening(b)) && shortAfter(bs, i) {
			// The publisher's pitch after the story, whatever it calls
			// the reader to (the story may ask readers to sign up too),
			// or the author's credit ("Written by Ruth Adeyemi. Replies
			// welcome by email."), before the story's last short lines
			// (a signature, a share line, links home).
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && !b.list && !edge(bs, i) && len(b.words) <= 2*maxShortWords && hashtagTail(b.text) {
			// A practical line among a post's paragraphs that ends
			// with its hashtags ("👉 Permanences : mercredi 9 h 30 -
			// 12 h … Gratuit, sans rendez-vous. #Lussac
			// #InclusionNumerique"): the post's notice, for the
			// timelines its tags reach, not its text.
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && !edge(bs, i) && boxedBlock(b) {
			// A box of one cell drawn with a border or a background of
			// its own around a few lines, among the story's paragraphs
			// ("Répétition générale ouverte au public : samedi 18
			// décembre…", a hand-made page's notice): a callout.
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && b.caption && len(b.words) <= maxCaptionWords && figureLabel(b.text) {
			// A numbered figure's caption beside its picture ("Figure 1:
			// The notes folder after conversion."), however it is
			// styled, its file names in <code> too.
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && attachedLine(b) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && linkedAside(bs, i) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && b.em && !edge(bs, i) && len(b.words) <= 2*maxShortWords && parenthesized(b.text) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && b.em && i == len(bs)-1 && len(b.words) <= 2*maxShortWords && closingNote(b) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && bylineOver(bs, i) {
			drop[i] = true
			continue
		}
		// A date line alone in a table's row is a post's head (a forum's
		// '<tr class="message_entete"><td class="auteur"><b>Gégé71</b></td><td
		// class="date">Posté le 14/05/2011 à 22:10</td></tr>' over each reply,
		// the poster's cell gone before), wherever it stands.
		if !b.heading && !drop[i] && !b.code && (edge(bs, i) || b.apart || headKept(drop, i) || b.container.DataAtom == atom.Tr) && len(b.words) <= maxShortWords && (dateLine(b.text) || datedAuthorLine(b.text)) {
			drop[i] = true
			continue
		}
		if !b.heading && !drop[i] && !b.code && i >= len(bs)-edgeBlocks && len(b.words) <= 2*maxShortWords && (tagline(b) || rightsLine(b.text) || registered(b.text) || hoursLine(b.text) || sourcesLine(b.text)) {
			drop[i] = true
			continue
		}
		// Prose is the story's, unless it stands in a box of its own
		// among the story's paragraphs, or in italics between them: an
		// appeal for money, a newsletter's pitch or an editor's note is
		// written in sentences too. (A standfirst in bold at the top
		// keeps its immunity.)
		apart := b.inserted || b.em && !edge(bs, i)
		if drop[i] || b.code || b.turn || len(b.words) > maxShortWords && (!apart || len(b.words) > 2*maxShortWords) ||
			(prose(b) || closingLine(bs, i) || signOff(bs, i) || editInvite(bs, i) || signedClose(bs, i)) && !apart || introducedList(bs, i) || listIntro(bs, i) || i > 0 && recipePart(bs, i-1) || i > 0 && recipeNotes(bs, i-1) || items != nil && items[i] {
			continue
		}
		if b.heading && i < edgeBlocks && (datedLine(b) || dayHeading(b)) {
			drop[i] = true
			continue
		}
		if b.heading && !edge(bs, i) && datedNotice(b) {
			drop[i] = true
			continue
		}
		if !b.heading && (!slices.Contains(drop[:i], false) || dayHeading(b) && onlyTitleBefore(bs, drop, i)) && (dayHeading(b) || issueLine(b)) {
			// A date alone, the story's first kept block, not a
			// heading ("<ul class="list-inline"><li><i class="far
			// fa-calendar-alt"></i> Wednesday, March 12th, 2025</li></ul>"
			// under WHMCS's <h1>, which went as the page's title): the
			// page's date line, as a day heading is (dayHeading).
			drop[i] = true
			continue
		}
		if b.heading {
			// A heading that scores as furniture ("Key points", "Most
			// read") names a widget: it goes with its box, below, and
			// stays when its box keeps text (a live update's headline,
			// a recipe card's "Ingredients").
			if b.container != article && b.container != main && !headsProse(bs, i) && score(bs, i, shared, total, story) >= dropThreshold {
				title[i] = true
			}
			continue
		}
		// A box of its own after a picture is the picture's caption;
		// so is a short block after a picture in the box that holds
		// both, beside the story's main container rather than in it (a
		// builder's image block between the story's text blocks).
		drop[i] = score(bs, i, shared, total, story) >= dropThreshold && !beforeClose(bs, i) || b.inserted && (inFigure(b.container, main) || b.caption) ||
			b.caption && b.container != main && b.container != article && main != nil && inFigure(b.container, main) ||
			b.caption && !edge(bs, i) && emphasized(b) && len(b.words) <= maxCaptionWords
	}
	for j := 0; j < len(bs) && j < edgeBlocks; j++ {
		if editNotice(bs[j]) || affiliateNote(bs[j]) || ageNotice(bs[j]) {
			drop[j] = true
		}
	}
	// A widget — a poll, a video, a sign-up box, an appeal — is a
	// container of short blocks: when one of them goes and none of them is
	// a sentence of fifteen words or more, all go (the poll's answers and
	// its count with its question). A sentence in a box set apart from the
	// story keeps it only when it is on the story's topic (an appeal's
	// pitch goes with its button), and a question never does (a poll's
	// question is on the story's topic). The story's main container is never
	// one; nor is a box that holds it for a heading that scores (a wiki
	// page's box, which holds its title and headings beside its sections'
	// boxes).
	widget := map[*html.Node]bool{}
	for i, b := range bs {
		if (drop[i] || title[i] && !inside(main, b.container)) && b.container != article && b.container != main {
			widget[b.container] = true
		}
	}
	for i, b := range bs {
		if widget[b.container] && (notes[i] || i == opening && greeting(b) || b.code || b.turn || len(b.words) > maxShortWords && !b.apart || recipePart(bs, i) || items != nil && items[i] || recipeNotes(bs, i) ||
			sentence(b) && !question(b.text) && (!b.apart || !offTopic(b, shared, total) || quoteBox(b.container) || quoteLabelled(bs, i))) {
			delete(widget, b.container)
		}
	}
	for i, b := range bs {
		if widget[b.container] {
			drop[i] = true
		}
	}
	// A heading in a box set apart goes with the blocks after it in that
	// box when they all went (boxHeading).
	for i, b := range bs {
		if b.heading && b.boxed && !drop[i] && boxHeading(bs, drop, i) {
			drop[i] = true
		}
	}
	// A widget's title goes when nothing else of its box is left.
	left := map[*html.Node]bool{}
	for i, b := range bs {
		if !drop[i] && !b.heading {
			left[b.container] = true
		}
	}
	for i, b := range bs {
		if title[i] && !left[b.container] {
			drop[i] = true
		}
	}
	// The story's last blocks, once the widgets after it are gone: an
	// author's edit note or a programme's credits closes it, or a block
	// set apart (in a box, or in a class of its own, as a box Readability
	// unwrapped leaves its paragraph) that tells how to reach someone: a
	// contact box. A class the story's other paragraphs have too (a page
	// builder's "framer-text" on every one) is not one of its own.
	for i, last := len(bs)-1, 0; i >= 0 && last < edgeBlocks; i-- {
		if drop[i] || bs[i].heading {
			continue
		}
		last++
		if b := bs[i]; !b.code && !notes[i] && len(b.words) <= 2*maxShortWords && (creditLine(b.text) || (b.apart || ownClass(bs, i)) && contactNote(b) || addressCard(bs, i, drop) || operatorLine(b.text) || postedBy(b.text) || privacyLine(b.text) || browserNote(b.text) || linksLine(b.text) || addressItem(b)) {
			drop[i] = true
			last--
		}
	}
	// A label in bold over the story's tail, every block after it gone
	// (a podcast's "In this episode" over its chapters, "Links from the
	// episode" over its links), goes with what it labelled (tailLabels).
	tailLabels(bs, drop)
	// A letter's or a post's signature right after its last paragraph,
	// in that paragraph's box, the last line of the box, comes back with
	// the closing line between them (endSignature).
	if k, from := endSignature(bs, drop); k > 0 {
		for j := from; j <= k; j++ {
			drop[j] = false
		}
	}
	// A closing line of one sentence between the story's last paragraph
	// and its letter's close kept already (a formula over the signature,
	// the box's last lines: signedClose's), all in one box,
	// comes back: Dokeos's announcement's "Je reste à votre disposition
	// … pour toute question." over "Bonne fin de semaine à tous," and "M.
	// Lefaucheux, professeur de SVT" (closeBetween).
	if l := lastKept(drop); l >= 3 && closeBetween(bs, drop, l) {
		drop[l-2] = false
	}
	// A farewell right over the name that signs, kept already as the
	// story's last block (signOff: a greeted post's first name), comes
	// back: "Au plaisir de vous lire, et bons semis !" over "Sylvie"
	// (farewellOverName).
	if l := lastKept(drop); l >= 1 && drop[l-1] && farewellOverName(bs, l) {
		drop[l-1] = false
	}
	// A full name and its role in blocks of their own, the last two of
	// their box, right under a farewell or a closing formula kept as the
	// story's last block ("See you at the Granary," over "Owen Prideaux"
	// and "Fenmarch Audax organiser", a list message's paragraphs set
	// apart by blank lines, as Gmane shows them; "Best wishes," over
	// "Anita Osei" and "Director of Homes, Meridian Housing", a Pardot
	// letter's), come back (nameRoleUnder).
	if l := lastKept(drop); l >= 0 && nameRoleUnder(bs, drop, l) {
		drop[l+1], drop[l+2] = false, false
	} else if l >= 0 && roleUnderName(bs, drop, l) {
		drop[l+1] = false
	}
	// The first names of the people who sign together, the last block
	// of the box right under the story's last sentence ("Ruth, Tom,
	// Cal and Imogen", a band's post): its signature (namesLine).
	if l := lastKept(drop); l >= 0 && l+1 < len(bs) && drop[l+1] && bs[l+1].container == bs[l].container && endsSentence(bs[l].text) && namesLine(bs[l+1].text) &&
		!slices.ContainsFunc(bs[l+2:], func(b *block) bool { return b.container == bs[l].container }) {
		drop[l+1] = false
	}
	// A question's thanks in advance right under its last paragraph,
	// which asks (advanceThanks).
	if l := lastKept(drop); l >= 0 && l+1 < len(bs) && drop[l+1] && advanceThanks(bs[l], bs[l+1]) {
		drop[l+1] = false
	}
	// A letter's agenda under its signature, the story's last kept
	// blocks: a heading over a list whose every item opens with a day
	// ("À noter dans vos agendas" over "Vendredi 7 novembre, 20 h :
	// soirée jeux", …, a Zoho Campaigns letter's), after the line that
	// signs the letter (signatureLine), goes; the closing line right
	// over the signature, ending with a comma, comes back with it.
	if l := lastKept(drop); l >= 3 && bs[l].list && bs[l-1].heading && !drop[l-1] && !drop[l-2] && datedItems(bs[l]) && signatureLine(bs[l-2].text, bs[l-2].words) {
		drop[l], drop[l-1] = true, true
		if drop[l-3] && commaLine(bs[l-3]) {
			drop[l-3] = false
		}
	}
	// A heading goes when every block under it, up to the next heading or
	// the end, went, and at least one did.
	for i, b := range bs {
		if !b.heading {
			continue
		}
		dropped, kept := 0, 0
		for j := i + 1; j < len(bs) && !bs[j].heading; j++ {
			if drop[j] {
				dropped++
			} else {
				kept++
			}
		}
		if kept == 0 && (dropped > 0 || i == len(bs)-1) {
			drop[i] = true
		}
	}
	// A body is never emptied: a page whose every block scores as
	// furniture is a short note, not furniture.
	if !slices.ContainsFunc(bs, func(b *block) bool { return !b.heading && !drop[b.index] }) {
		return bs
	}
	out := bs[:0]
	for i, b := range bs {
		if drop[i] && (rescue == nil || !rescue(b)) {
			for _, n := range b.nodes {
				if n.Parent != nil {
					n.Parent.RemoveChild(n)
				}
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

// storySection reports whether prose block b is in a section of the
// story: a box in the main container or beside it that opens with a
// heading, one of two or more siblings of its tag and class that do (a
// post written in <section>s, one to a subheading). Its text is the
// story's, not a box set apart, whatever it asks of the reader.
func storySection(b *block, main *html.Node) bool {
	c := b.container
	if main == nil || c == main || c.Parent == nil || c.Parent != main && c.Parent != main.Parent || !prose(b) || !opensWithHeading(c) {
		return false
	}
	n := 0
	for s := c.Parent.FirstChild; s != nil && n < 2; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == c.DataAtom && attr(s, "class") == attr(c, "class") && opensWithHeading(s) {
			n++
		}
	}
	return n >= 2
}

// opensWithHeading reports whether n's first content is a heading.
func opensWithHeading(n *html.Node) bool {
	h := firstContent(n)
	return h != nil && headingLevel(h) > 0
}

// ownClass reports whether the first element of bs[i] has a class that
// no other block's first element has.
func ownClass(bs []*block, i int) bool {
	class := attr(bs[i].nodes[0], "class")
	if class == "" {
		return false
	}
	for j, b := range bs {
		if j != i && attr(b.nodes[0], "class") == class {
			return false
		}
	}
	return true
}

// listIntro reports whether bs[i] is the line that announces the list
// right after it, ending with a colon ("We are asking everyone to follow a
// few simple rules:"), without links, before a list that is not a list of
// links: the story's line, short and unended as it is.
func listIntro(bs []*block, i int) bool {
	b := bs[i]
	if b.heading || b.list || b.linkText > 0 || i+1 >= len(bs) || len(b.words) < 4 || !strings.HasSuffix(strings.TrimSpace(b.text), ":") {
		return false
	}
	next := bs[i+1]
	return next.list && 2*next.linkText < len(next.text)
}

// introducedList reports whether bs[i] is a list, or a quotation, the
// story's paragraph before it announces, ending with a colon ("…, and it
// will usually move on of its own accord. Instead:"; "… His verdict:"):
// the story's, even in a box of its own (a site builder wraps each
// paragraph, and so each list, in one) or short at the story's end.
func introducedList(bs []*block, i int) bool {
	b := bs[i]
	if !b.list && !quoted(b) || i == 0 || 2*b.linkText >= len(b.text) {
		return false
	}
	prev := bs[i-1]
	return !prev.heading && !prev.list && !prev.apart && len(prev.words) >= 10 && prev.linkText == 0 &&
		strings.HasSuffix(strings.TrimSpace(prev.text), ":")
}

// quoted reports whether block b stands in a <blockquote>.
func quoted(b *block) bool {
	for n, k := b.nodes[0], 0; n != nil && k < 3; n, k = n.Parent, k+1 {
		if n.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

// scrubbedPart is the line with which Mailman's archiver replaces a part
// of a message that is not its text, a run of dashes on each side of its
// words ("-------------- next part --------------", "-------------- section
// suivante --------------" in French), before the attachment's notice.
var scrubbedPart = regexp.MustCompile(`(?m)^-{5,} [\p{L} ]+ -{5,}$`)

// mailText returns the text of a message a mail archive shows as it was
// sent, in a <pre> of its own, without what is no part of the text the
// sender wrote: from the first part the archiver scrubbed (scrubbedPart)
// on, the notice of an attachment, the signature (cutSignature) and the
// notices the sender framed with dashes (framedNotice). text is returned as it is when it
// is no message's: when it holds no paragraph of prose (mailProse), as
// code does not.
func mailText(text string) string {
	if !mailProse(text) {
		return text
	}
	if loc := scrubbedPart.FindStringIndex(text); loc != nil {
		text = text[:loc[0]]
	}
	return framedNotice.ReplaceAllString(cutSignature(text), "")
}

// patchTail returns where a patch letter's tail starts in a text of its
// <pre> (git format-patch's cover letter as a mail archive shows it), or
// -1: the shortlog's head, a line of the author's name and a count in
// brackets before a colon ("Lidia Varga (3):"), before the diffstat's
// summary ("2 files changed, 61 insertions(+), 14 deletions(-)"); or,
// without a shortlog, the diffstat's first line. What follows, the
// diffstat and "-- " over git's version, is no text either. Asked only of
// a text that holds " changed, " and "insertion" or "deletion".
func patchTail(text string) int {
	end := strings.Index(text, " changed, ")
	if end < 0 || !strings.Contains(text[end:], "insertion") && !strings.Contains(text[end:], "deletion") {
		return -1
	}
	start := strings.LastIndexByte(text[:end], '\n') + 1
	if !strings.HasSuffix(text[start:end], " file") && !strings.HasSuffix(text[start:end], " files") {
		return -1
	}
	// The diffstat's lines over its summary: " path | N +-".
	for start > 0 {
		prev := strings.LastIndexByte(text[:start-1], '\n') + 1
		if !strings.Contains(text[prev:start], " | ") {
			break
		}
		start = prev
	}
	// The shortlog over the diffstat, after a blank line: its head and
	// its indented subjects.
	i := strings.LastIndex(text[:start], "):\n")
	if i < 0 {
		return start
	}
	head := strings.LastIndexByte(text[:i], '\n') + 1
	open := strings.LastIndexByte(text[head:i], '(')
	if open < 0 || i-head-open < 2 || strings.Trim(text[head+open+1:i], "0123456789") != "" {
		return start
	}
	for line := range strings.SplitSeq(strings.TrimRight(text[i+3:start], "\n"), "\n") {
		if line != "" && line[0] != ' ' && line[0] != '\t' {
			return start
		}
	}
	return head
}

// framedNotice is a few lines a message frames between two rules of
// dashes, each alone on its line ("------…\n  INSCRIPTIONS par retour de
// mail, avant le jeudi 20 mars…\n------…"): a notice the sender sets
// apart from the text, as a page's inset box is, six lines at most.
var framedNotice = regexp.MustCompile(`(?m)^-{10,}[ \t]*\n(?:[^\n]*[^\n-][^\n]*\n){1,6}-{10,}[ \t]*$`)

// cutSignature returns a message's text without its signature: the line
// "-- " (RFC 3676's delimiter, "--" once an archive trims its space) and
// the six lines at most after it to the text's end, as an
// <br>-separated message's signature goes (mailSignature). A line "--"
// with more after it is no signature's.
func cutSignature(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n "), "\n")
	for i := len(lines) - 2; i >= 0 && i >= len(lines)-7; i-- {
		if strings.TrimRight(lines[i], " ") == "--" {
			return strings.Join(lines[:i], "\n")
		}
	}
	return text
}

// mailProse reports whether a plain text holds a paragraph of prose: a
// run of three lines or more between blank lines, of forty words or more,
// with a full stop after a word within it, as a message's text has and
// code or a listing has not.
func mailProse(text string) bool {
	for para := range strings.SplitSeq(text, "\n\n") {
		if strings.Count(strings.TrimSpace(para), "\n") >= 2 && len(strings.Fields(para)) >= 40 && strings.Contains(para, ". ") {
			return true
		}
	}
	return false
}

// unmarkedFirst returns a post's class without the word "first" that a
// forum adds to the thread's opening post alone ("post item first" over
// the replies' "post item", ProBoards'; "post-element first-post" over
// "post-element", Asgaros Forum's), or without a modifier that
// names the opening post ("talk-post talk-post--op" over the replies'
// "talk-post", a BEM modifier "--op" or "--first", firstMark), or "" when
// it holds no such word. A word in camel case that ends with "FirstPost"
// names it too ("spTopicPostSection spEvenPostSection spFirstPost",
// Simple:Press's, over its replies' "spTopicPostSection
// spOddPostSection").
func unmarkedFirst(class string) string {
	if !strings.Contains(class, " ") || !strings.Contains(class, "first") && !strings.Contains(class, "op") && !strings.Contains(class, "FirstPost") && !strings.Contains(class, "premier") {
		return ""
	}
	f := strings.Fields(class)
	i := slices.IndexFunc(f, firstMark)
	if i < 0 || len(f) < 2 {
		return ""
	}
	return strings.Join(slices.Delete(f, i, i+1), " ")
}

// firstMark reports whether a class word marks a thread's opening post:
// "first", or a modifier after "--" that is "op" (the original poster's)
// or "first", or "first" joined to "post" by a hyphen or an underscore
// ("first-post" over the replies' "post-element", Asgaros Forum's), or
// "premier", French's "first", after a class word and a hyphen.
func firstMark(w string) bool {
	if w == "first" {
		return true
	}
	if rest, ok := strings.CutSuffix(w, "FirstPost"); ok && rest != "" && rest == strings.ToLower(rest) {
		return true // "spFirstPost": a prefix in lower case, then the mark
	}
	if len(w) == len("first-post") {
		for _, sep := range "-_" {
			if a, b, ok := strings.Cut(w, string(sep)); ok && (a == "first" && b == "post" || a == "post" && b == "first") {
				return true
			}
		}
	}
	if base, ok := strings.CutSuffix(w, "-premier"); ok && base != "" {
		// French's "first" after the post's own class word
		// ("message message-premier" over the replies' "message", a
		// Mac4Ever-like forum's).
		return true
	}
	_, mod, ok := strings.Cut(w, "--")
	return ok && (mod == "op" || mod == "first")
}

// markedFirstPost reports whether n is a thread's first post as
// threadPost tells it, but for its class, which holds "first" where the
// posts after it, among its next maxPostLook element siblings, have the
// rest of it.
func markedFirstPost(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Article && n.DataAtom != atom.Li && n.DataAtom != atom.Section && n.DataAtom != atom.Tr {
		return false
	}
	rest := unmarkedFirst(attr(n, "class"))
	if rest == "" {
		return false
	}
	look := 0
	for s := n.NextSibling; s != nil && look < maxPostLook; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if parityClass(attr(s, "class"), rest) {
			return holdsText(n, false) && postHead(n)
		}
		look++
	}
	return false
}

// markedReply reports whether n is a reply after first, a
// markedFirstPost: reply's test, of the first post's class without its
// "first".
func markedReply(n, first *html.Node) bool {
	rest := unmarkedFirst(attr(first, "class"))
	return rest != "" && n.DataAtom == first.DataAtom && parityClass(attr(n, "class"), rest) && !holdsText(n, false) && postHead(n)
}

// parityClass reports whether two posts' classes are the same but for
// the word a forum alternates from one post to the next to stripe them,
// "Even" for "Odd" ("spEvenPostSection", "spOddPostSection",
// Simple:Press's; "post even", "post odd"), or the last digit
// ("message cBackAlt1", "message cBackAlt2", Infobébés' rows).
func parityClass(a, b string) bool {
	if a == b {
		return true
	}
	if n := len(a); n > 1 && n == len(b) && a[:n-1] == b[:n-1] && isDigit(a[n-1]) && isDigit(b[n-1]) {
		// Or its last digit ("message cBackAlt1", "message
		// cBackAlt2", a forum's rows striped by number).
		return true
	}
	if !strings.Contains(a, "dd") && !strings.Contains(a, "ven") || !strings.Contains(b, "dd") && !strings.Contains(b, "ven") {
		return false
	}
	return unparity(a) == unparity(b)
}

// unparity returns a class in lower case, "even" made "odd".
func unparity(class string) string {
	return strings.ReplaceAll(strings.ToLower(class), "even", "odd")
}

// postHead reports whether n holds a post's head: a line that is only a
// date (datedHead), or an <abbr> of the post's time in seconds or
// milliseconds since 1970 (data-timestamp, data-utime), which a forum
// shows in the reader's own format.
func postHead(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.DataAtom == atom.Abbr && (stampTime(attr(d, "data-timestamp")) != "" || unixTime(attr(d, "data-utime")) != "") {
			return true
		}
	}
	return datedHead(n)
}

// closeBetween reports whether bs[l-2], dropped, is a closing line of one
// sentence of maxShortWords words at most, no link, between the kept
// paragraph bs[l-3] that ends a sentence and a letter's close kept
// already, a closing formula of maxClosingWords words at most ending
// with a comma, no link (signedClose's), bs[l-1] over the signature
// bs[l], the last kept block, all four in one box.
func closeBetween(bs []*block, drop []bool, l int) bool {
	b := bs[l-2]
	f := bs[l-1]
	if !drop[l-2] || drop[l-1] || drop[l-3] || !commaLine(f) || bs[l].heading || bs[l].list || !sentence(bs[l-3]) {
		return false
	}
	for _, c := range bs[l-3 : l+1] {
		if !sameBox(c.container, b.container) {
			return false
		}
	}
	return !b.heading && !b.list && !b.code && b.linkText == 0 && len(b.words) <= maxShortWords && endsSentence(b.text) && countSentences(b.text) == 1
}

// farewell opens a line that says goodbye till the next time: "À bientôt",
// "À très vite", "À très bientôt", "See you soon", "See you in the
// studio" (a Podia post's last line), "Au plaisir de vous lire"; "A
// très vite", its capital without its accent, as French is often typed.
// A list's message closes with its thanks to all too ("Merci à tous et à
// jeudi,", over a Lurker message's signer; "Thanks all,").
var farewell = regexp.MustCompile(`(?i)^(?:[àa] (?:très )?(?:bientôt|vite)|see you\b|au plaisir\b|merci à (?:tous|toutes|vous)\b|thanks (?:all|everyone)\b)`)

// wish opens a line that wishes the readers well at what the post is
// about: a word after "Bon" or "Bonne" before "à tous" or "à toutes"
// ("Bon jardinage à tous,", a gardening blog's), a word in -ing after
// "Happy" ("Happy baking,").
var wish = regexp.MustCompile(`(?i)^(?:(?:bon|bonne)s? \p{L}+ à (?:tous|toutes)\b|happy \p{L}+ing,)`)

// farewellLine reports whether b is a blogger's farewell over their
// name: a line that says goodbye (farewell) or wishes the readers well
// (wish), maxClosingWords words at most, no link, ending with a comma and
// no sentence ("À très vite à l'atelier, en vrai ou à l'écran,", a
// systeme.io post's last line) or with an exclamation mark, one
// sentence ("Au plaisir de vous lire, et bons semis !", an Agorakit
// discussion's over "Sylvie").
func farewellLine(b *block) bool {
	t := strings.TrimSpace(b.text)
	if b.heading || b.list || b.linkText != 0 || fieldCount(t) > maxClosingWords {
		return false
	}
	if strings.HasSuffix(t, ",") {
		if countSentences(t) != 0 {
			return false
		}
	} else if !strings.HasSuffix(t, "!") || countSentences(t) != 1 {
		return false
	}
	return farewell.MatchString(t) || wish.MatchString(t)
}

// farewellOverName reports whether bs[s] signs under a farewell
// (farewellLine) right above it in its box: a signature line, or a first
// name alone, the last line of its box ("Claire", a blogger's). Under a
// wish ("Bon jardinage à tous,") only the first name signs: a wish over
// a name and its office ("Bonne soirée à tous," over "Carole Martin,
// secrétaire du conseil municipal") is left to signedClose, which keeps
// it only under a greeting.
func farewellOverName(bs []*block, s int) bool {
	if s < 1 || !farewellLine(bs[s-1]) || !sameBox(bs[s-1].container, bs[s].container) || bs[s].heading || bs[s].list || bs[s].linkText > 0 {
		return false
	}
	name := (firstName.MatchString(strings.TrimSpace(bs[s].text)) || titledName.MatchString(strings.TrimSpace(bs[s].text))) && lastOfBox(bs, s)
	if !farewell.MatchString(strings.TrimSpace(bs[s-1].text)) {
		return name
	}
	return signatureLine(bs[s].text, bs[s].words) || name
}

// recipeNotes reports whether block i is the heading "Notes" of a recipe
// card, a heading of a part of the card (recipeParts) before it, over the
// cook's advice
// in its box, the next block (Tasty Recipes' div.tasty-recipes-notes:
// "<h3>Notes</h3>" over "Vous pouvez préparer les poireaux la veille …"):
// the recipe's, which a card keeps as it keeps its steps. The advice may
// be a list ('<div class="recipe-card__notes"><h3>Notes</h3><ul><li>Thicker
// fillets may need an extra 2 to 3 minutes in the oven.</li>…</ul></div>',
// a Damn Delicious-like card; WPZOOM Recipe Card's
// ul.recipe-card-notes-list), kept as the steps' list is.
func recipeNotes(bs []*block, i int) bool {
	b := bs[i]
	if !b.heading || len(b.words) != 1 || b.words[0] != "notes" || i+1 >= len(bs) || !sameBox(bs[i+1].container, b.container) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if bs[j].heading && len(bs[j].words) == 1 && recipeParts[bs[j].words[0]] {
			return true
		}
	}
	return false
}

// recipeParts label the parts of a recipe card: its ingredients and its
// steps.
var recipeParts = wordSet("ingrédients ingredients instructions préparation preparation method méthode directions étapes steps")

// recipePart reports whether block i is a heading that names a part of a
// recipe card (recipeParts: "Ingrédients", "Instructions",
// "Préparation") over a list in its box, the next block: a recipe
// plugin's card (Tasty Recipes' div.tasty-recipes-instructions, Zip
// Recipes' div.zrdn-instructions, each an <h3> and its <ul> or <ol>)
// sets each part in a box of its own after the story, which scores as a
// widget's, short lines under a label; the box is the recipe's and stays.
func recipePart(bs []*block, i int) bool {
	b := bs[i]
	if !b.heading || len(b.words) != 1 || !recipeParts[b.words[0]] || i+1 >= len(bs) {
		return false
	}
	next := bs[i+1]
	if !next.list && len(next.words) <= maxServingWords && i+2 < len(bs) && next.container == b.container {
		// A line of the servings between the heading and its list
		// ('<section class="recette-ingredients"><h2>Ingrédients</h2><p
		// class="nb-personnes">Pour 4 personnes</p><ul>…', a
		// CuisineAZ-like recipe's).
		next = bs[i+2]
	}
	return next.list && next.container == b.container
}

// maxServingWords is the most words of a servings line recipePart passes
// over between a part's heading and its list ("Pour 4 personnes").
const maxServingWords = 4

// recipeLines marks the blocks of a box of a recipe part's items
// written one paragraph each, with the part's own subheadings, right
// after the part's heading ("Ingredients") in the box that holds it
// ('<section class="o-Ingredients"><h2>Ingredients</h2><div
// class="o-Ingredients__m-Body"><h3>For the salad:</h3><p
// class="o-Ingredients__a-Ingredient">3 tablespoons olive oil</p>…', Food
// Network's): short lines without links, three at least, kept as
// recipePart's list is. nil when the page has none, one pass over the
// blocks.
func recipeLines(bs []*block) []bool {
	var marks []bool
	for h := 0; h+1 < len(bs); h++ {
		b := bs[h]
		if !b.heading || len(b.words) != 1 || !recipeParts[b.words[0]] {
			continue
		}
		c := bs[h+1].container
		if c == b.container || !inside(c, b.container) {
			continue
		}
		lines, k := 0, h+1
		for ; k < len(bs) && bs[k].container == c; k++ {
			if bs[k].heading {
				continue
			}
			if bs[k].linkText > 0 || len(bs[k].words) > maxShortWords {
				lines = -1
				break
			}
			lines++
		}
		if lines >= 3 {
			if marks == nil {
				marks = make([]bool, len(bs))
			}
			for x := h + 1; x < k; x++ {
				marks[x] = true
			}
		}
	}
	return marks
}

// tailLabels drops, from the story's end back, the labels left over
// what went: a block in bold alone (emphasized), maxTailLabelWords
// words at most, no link, not ending like a sentence nor with a comma,
// the block right after it gone and no block after it kept. A
// signature in bold, the last block, stays.
func tailLabels(bs []*block, drop []bool) {
	for i := len(bs) - 2; i >= 0; i-- {
		if drop[i] {
			continue
		}
		b := bs[i]
		if b.heading || b.list || b.code || b.linkText > 0 || !drop[i+1] || len(b.words) == 0 || len(b.words) > maxTailLabelWords || !emphasized(b) {
			return
		}
		if t := strings.TrimSpace(b.text); endsSentence(t) || strings.HasSuffix(t, ",") {
			return
		}
		drop[i] = true
	}
}

// maxTailLabelWords is the length of the longest label tailLabels drops.
const maxTailLabelWords = 5
