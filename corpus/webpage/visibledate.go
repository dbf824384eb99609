package webpage

import (
	"bytes"
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page that states its date nowhere a machine reads it — an e-mail's
// web version, a hand-written page — often says it in words near its
// headline: "Publié le 4 mars 2025 à 8h12", "Published March 4, 2025",
// "Posted on 4 March 2025", "Mis en ligne le 04/03/2025". visibleDate
// reads the first such statement, as a last resort: the day, at midnight
// UTC. A date after "mis à jour" or "updated" is not one.

var months = map[string]time.Month{
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "aoû": 8, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "dec": 12,
}

// publishedDate is a publication statement and its date: a day, a month
// in words and a year in either order, or a numeric day/month/year or
// year/month/day ("2025/02/11", as a wiki writes it). The author may come
// between ("Posted by Mrs Keane, class teacher, on 14 May 2025", "Créée
// par Hélène Roux le 2025/02/11 14:03": a wiki page's creation is its
// publication; "Written by Nell Fairlie, 2 June 2025": so is a byline's
// writing; "Ajouté par Claire Vidal il y a 8 mois", the day in the
// link's title, as a forge adds a news item: so is its adding), a
// weekday before the day ("Posté le: Sam 26 Juil 2025"), and an English
// ordinal's ending after a day before its month ("Posted by Derek Lowe
// on 14th November 2009", as a British club's page writes it). A
// civility's abbreviation may open the author's name, its stop kept
// ("Publié par M. Olivier Delmas, 24/02/2025", Gibbon's message head).
var publishedDate = regexp.MustCompile(publishedLead + statedDay)

// publishedDateFirst is publishedDate at the text's start alone, its
// verb the text's first word: where publishedDate's leftmost match starts
// there with the verb, the same match, and no match where it starts later
// or on a mark before the verb. dateLine wants no other, and
// publishedDate, unanchored, was tried from every byte of the line
// (FuzzPublishedDateFirst).
var publishedDateFirst = regexp.MustCompile(`(?i)^(?:` + publishedVerb + statedDay + `)`)

// statedDay is the date after a statement's verb: "le", "on", "in" or a colon
// may come between, then a day, a month in words and a year in either
// order (a weekday before, and its comma before a month first: "Last
// Updated Monday, March 3, 2025, 4:12 pm", osTicket's line under a
// knowledge-base article's question; "in" before the day, "Created in
// March 04, 2025", as the Jekyll al-folio theme writes a post's day under
// its title), or a numeric date (publishedDate's forms),
// its day, month and year also between hyphens ("Posté le 08-02-2025 à
// 21:37:15", a forum's post head). A hyphen may stand for "on" ("Posted
// - 09 Mar 2025 : 19:42:10", Snitz Forums 2000's post head, its spaces
// no-break ones). "of" may come between a day and its month ("Tuesday 11
// of March, 2025", as bitweaver and Tiki write a day). A weekday's
// abbreviation in three letters may stand before a month first without
// its comma ("Posted: Sat Oct 10, 2009 7:41 pm", Gaia Online's post
// head, phpBB's date format 'D M d, Y g:i a'). A colon may come before
// "le" ("Créé : Le 15/03/2011 à 18:42:17", a Site du Zéro-like
// tutorial's facts under its heading), the label's and then the day's.
// "At" and a spaced colon may come between ("Posted At : March 12, 2008
// 9:14 AM", BlogCFC's byline under an entry's title): with the colon
// only, as "posted at" before an hour is no day's label.
const statedDay = `(?:\s+(?:le|on|in|:\s+le|:|-|at\s+:))?\s*:?\s+(?:(?:[\p{L}]{2,9}\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]+)\.?,?\s+(\d{4})|(?:[\p{L}]{2,9},\s+|(?:mon|tue|wed|thu|fri|sat|sun)\s+)?([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b)`

// updatedDate is an update's statement and its date: "Last updated on
// February 18, 2025", "Modifié le : mar., 4 mars 2025 à 6:22 PM", "Mis à
// jour le 3 mars 2025", "updated 22 April 2025" (a help centre's article,
// a manual's edition line), "version du 10 mars 2025" (a course module's
// edition in its header, Scenari Opale's "Auteur : … – version du 10
// mars 2025"), "Last reviewed: 28 April 2025 by …" (a runbook's review
// line under its first paragraph, on a Gitiles page), MediaWiki's footer
// ("La dernière modification de cette page a été faite le 12 mai 2025 à
// 18:04.", "This page was last edited on 12 May 2025, at 18:04"; its
// shorter French wording, "Dernière modification de cette page le 19
// janvier 2026 à 16:42.", BlueSpice's), a help
// page's revision ("Larkspur 2.8 · page revised 11 February 2025",
// yelp-xsl's footer line; "last revised 3 March 2025"), a wiki's
// footer on its page's last change ("Last changed: 1/14/2025 9:12:33 PM
// by …", FlexWiki's; "last edited on 2008/11/14 09:12 GMT by …",
// ZWiki's; "Cette page a été modifiée pour la dernière fois le 12 février
// 2025 à 21:04.", JAMWiki's French footer; "Hannah Cole made changes on
// Mar 4, 2025", an Azure DevOps wiki page's line under its title;
// "Last modification: Tuesday 11 of March, 2025 (20:14:55 UTC) by …",
// bitweaver's line under a wiki page's <h1>; "[Keelson release 2.4, 6
// March 2025]", the version line Halibut writes in an <address> under a
// manual's page, the edition's day; "Dernière révision : 9 janvier 2026",
// Pollen's line under a handbook's chapter; "Revised on March 3, 2025
// 14:22:10 by …", Instiki's byline under a wiki page; "Last edited by
// Priya Nand, 22 May 2025", Jingo's line under a wiki page, the editor's
// name and a comma before the day; "Last edit by Harbourlight on Jun 3,
// 2010", WikiAnswers' line under an answer, the editor's name before
// "on"; "Updated for TideKit 3.0 on April 2, 2025.", a DocC article's
// line under its heading, the release it was brought up to before "on").
var updatedDate = regexp.MustCompile(`(?i)\b(?:last reviewed|last updated|updated for \S+(?:\s+v?\d[\w.]*)?|updated|last modified|modified|modifiée pour la dernière fois|modifié|modifiée|mis à jour|mise à jour|dernière mise à jour|dernière modification de cette page a été faite|dernière modification de cette page|dernière modification|last modification|dernière révision|version du|release \d+(?:\.\d+)+,|page was last edited|page revised|last revised|revised on|last changed|last edited by [^,\n]{1,40},|last edit by [^,.\n]{1,40}?|last edited|made changes)` + statedDay)

// updateDate reads the first of the page's visible texts (numberTexts)
// that states an update and its day (updatedDate, changedOn), at midnight UTC: the
// only date a help centre's article or a manual shows, read when the page
// states no publication anywhere. The pattern runs only on the texts that
// hold one of the statement's words.
func updateDate(texts []string, monthFirst bool) (time.Time, bool) {
	for _, t := range texts {
		if day, ok := changedOn(t); ok {
			return day, true
		}
		if d, ok := strings.CutPrefix(strings.TrimSpace(t), "Built "); ok && len(d) == len("2006-01-02") && d[4] == '-' {
			// The day a documentation site built the page, an ISO 8601
			// day alone after "Built" ('<span class="gray">Built
			// 2024-11-19</span>', cljdoc's line under a project's
			// links): its edition's, as a generator's day is.
			day, err := time.Parse("2006-01-02", d)
			return day, err == nil
		}
		if !strings.Contains(t, "pdated") && !strings.Contains(t, "odifi") && !strings.Contains(t, " jour") && !strings.Contains(t, "ersion du") && !strings.Contains(t, "reviewed") && !strings.Contains(t, "evised") && !strings.Contains(t, "edited") && !strings.Contains(t, "edit by") && !strings.Contains(t, "hanged:") && !strings.Contains(t, "enerated by") && !strings.Contains(t, "enerated:") && !strings.Contains(t, "ublished:") && !strings.Contains(t, "ade changes") && !strings.Contains(t, "release ") && !strings.Contains(t, "révision") {
			continue
		}
		if m := updatedDate.FindStringSubmatch(t); m != nil {
			return dayOf(m, monthFirst)
		}
		if m := updatedISO.FindStringSubmatch(t); m != nil {
			// The ISO 8601 day ("(Last updated: 2025-03-14)", jazzy's
			// footer), which statedDay does not read.
			day, err := time.Parse("2006-01-02", m[1]+m[2]+m[3]+m[4]+m[5]+m[6])
			return day, err == nil
		}
	}
	return time.Time{}, false
}

// changedOn reads a wiki's statement of its page's last change and its
// day, the month in letters between hyphens ("This page (revision-12)
// was last changed on 03-Jun-2025 10:22 by ImogenAshcroft", JSPWiki's
// footer): the day, at midnight UTC.
func changedOn(t string) (time.Time, bool) {
	i := strings.Index(t, "last changed on ")
	if i < 0 {
		return time.Time{}, false
	}
	day, _, _ := strings.Cut(t[i+len("last changed on "):], " ")
	d, err := time.Parse("02-Jan-2006", day)
	return d, err == nil
}

// updatedISO is "Last updated" and an ISO 8601 day after a colon or "on",
// or "Last revised" and one after a colon, "on" or nothing ("Last
// revised 2026-01-19.", a manual page's AUTHOR section), or "Last
// updated" and one with its hour after it ("Last updated 2025-03-14
// 10:22:31", LDoc's footer), or a generator's line and the day it made
// the page ("Generated by pydoctor 23.9.1 at 2026-11-28 10:02:33.",
// pydoctor's footer), or "Generated:" and the day ("Made with Nim.
// Generated: 2025-03-11 09:14:02 UTC", nimdoc's footer), the
// reference's edition.
// "Last updated" takes its day with nothing between too when a comma,
// a stop or the text's end follows it ("Last updated 2026-11-28, for
// tidepool 2.0.0.", `crystal docs`' line in emphasis under a guide's
// heading; not "Last updated 2025-03-14 and never since", a sentence
// that goes on), or a middle dot after it, the footer's next part
// ("Last updated 2025-02-27 · Tessellate is released under …", hotdoc's
// footer line), and so does Maven's "Last
// Published:" ("Last Published: 2026-01-29 | Version: 3.2.0", the
// Fluido skin's breadcrumb bar), the day the site was made; and so does
// "Dernière modification :" ("Dernière modification : 2025-03-03
// 10:12:44", HonKit's footer of a French book's chapter), or "Dernière
// mise à jour :" ("Dernière mise à jour : 2025-01-20 14:32", phpMyFAQ's
// record information under an entry), or "mis à jour le :" ("Publié ou
// mis à jour le : 2025-03-14 10:22:33", Hérodote.net's line under an
// article).
var updatedISO = regexp.MustCompile(`(?i)\blast (?:updated(?::| on)|revised(?::| on)?|published:)\s+(\d{4}-\d{2}-\d{2})\b|\blast updated\s+(\d{4}-\d{2}-\d{2})(?: \d{2}:\d{2}|[,.](?:\s|$)| ·|$)|\b[Gg]enerated by [^\n]{1,60}? (?:at|on) (\d{4}-\d{2}-\d{2})\b|\b[Gg]enerated: (\d{4}-\d{2}-\d{2})\b|\bdernière (?:modification|mise à jour) ?: (\d{4}-\d{2}-\d{2})\b|\bmis à jour le ?: (\d{4}-\d{2}-\d{2})\b`)

// publishedLead opens a publication statement: its verb, and the author
// the statement may name. A letter's sending is its publication
// ("Envoyé le 10 mars 2025", "Sent on 10 March 2025", the line over a
// newsletter's web version, or "Sent 19 June 2025", AWeber's archive bar
// over the letter); "présent le 3 mars" is not read, "sent" there
// following a letter. So is an article's day after its noun ("Article
// du 18/11/2016 - rubrique …", the line under a hand-made page's
// headline). The hour may come before the author ("Publié à 10:12 par
// mamie le 09/03/2025", a hosted blog's line under its post's title).
// The verb starts the text or follows a character that is no letter,
// digit or underscore: Go's \b is ASCII's word boundary, which an
// accented letter does not make, so that "Écrit par …" at a line's start
// was never read and "écrit" was read inside "décrit".
const publishedLead = `(?i)(?:^|[^\p{L}\p{N}_])` + publishedVerb

// publishedVerb is publishedLead without what comes before the verb.
// "En ligne depuis" is a page's putting online ("Projet en ligne depuis
// le 4 février 2025", a crowdfunding project's line under its title), a
// campaign's launch is a fundraiser's ("Campagne lancée le 12 février
// 2025 · Sainte-Adèle-du-Lac", Zeffy's line under its name), and so is
// its start ("Started March 3, 2025", Every.org's p.css-created under a
// fundraiser's name).
// "Dated:" is a preprint's statement of its day under its title ("(Dated:
// June 18, 2025)", LaTeXML's ltx_dates line after REVTeX's \date); with
// its colon only, as "a letter dated 3 March" is no page's date.
// "Posté(e)" and "Publié(e)" are the verbs written for either gender
// ("Posté(e) 9 avril 2025", Invision Community's French post head).
// "Posted online" is a review's putting online ("Review Posted Online:
// Feb. 18, 2025", Kirkus Reviews' line in a book's details), its colon
// after the word as after a verb alone.
// "Asked" is a question's posting on a Q&A site ("asked Mar 14, 2025 at
// 09:12 AM by rmalhotra", AnswerHub's question head), as "posted" is.
// "Posted this" is a topic's author's line ("Ilse van Dijk Customer
// posted this on March 14, 2025", Get Satisfaction's byline under the
// topic's heading), its "on" and day after it. "Aired:" is an episode's
// broadcast ("Aired: Tue, Feb 10, 2026 08:00 PM EST · Duration: 01:12:44",
// TalkShoe's line under the episode's heading), with its colon only, as
// "Dated:" is. "Uploaded" and "Submitted" are a show's and a project's
// putting online ("Uploaded 17 Feb 2025", a Mixcloud-like show page's
// stats; '<p class="submitted-date">Submitted Feb 14, 2026</p>',
// Devpost's project page), as "added" is. "Édition du" and a day is a
// daily's edition ('<div id="edition">Édition du mardi 10 mars
// 2026</div>', a Maire info-like page's line over the article), as
// "Article du" is; "Edition du" without its accent too ('<b>Edition du
// mardi 4 mars 2025</b>', a Maire-info-like letter's line over the
// article, the capital's accent left out as French often writes it).
// "Docs built" is a documentation's putting online ('<p
// class="tw-version">tidewire 2.3.0 &middot; docs built 14 April
// 2025</p>', a pdoc site's line under the version), as "uploaded" is.
// "Compiled" is a guide's putting together, its compiler and a day after
// it ('<p><em>Compiled by Ruth Okafor, Special Collections, 3 February
// 2025.</em></p>', a LibGuides guide's line, where the box the platform
// adds says "Last Updated"), as "written" is.
// "Publié au recueil n° … du" and a day is a register's publication of
// an act ('<li>Publié au recueil n° 2025-03 du 14 mars 2025</li>', a
// Légifrance-like register's line under an order's heading), the day the
// act was published, not the day it was signed (the order's own "du 10
// mars 2025"). "Generated from", a source's name and its version, is a
// documentation's putting online ('<div id="footer"><p>Generated from
// Tallow 0.42 on 14 April 2025 with perldoc-browser.', the footer under a
// module's documentation), as "docs built" is, and so is "Generated" before
// the day ("Generated on 22 April 2025 from the Larkspur 3.2.0 sources with
// QDoc.", QDoc's footer line). "Paru dans", a periodical's issue and a
// comma before the day ('<p class="parution">paru dans <a>jeudiaube#212</a>,
// le 20 mars 2025</p>', a weekly's line under a story's heading), is the
// issue's publication. "Demandée" is a question's asking in French ("demandée
// le 14 avr. 2011 à 09:12 par", Shapado's line under a question), as
// "asked" is. The author's name may have a note in parentheses after it
// ("Posted by Tom Haskins (86.142.17.xxx) on March 9, 2011 at 21:14:07:",
// VoyForums' message head, the poster's address with its stops).
const publishedVerb = `(?:publié au recueil n° \S+ du|publié\(e\)|posté\(e\)|publié|publiée|publiés|ajouté|ajoutée|added|mis en ligne|mise en ligne|en ligne depuis|campagne lancée|collecte lancée|campaign launched|started|dated:|aired:|uploaded|submitted|posté|postée|parue? dans [^,\n]{1,40},|paru|parue|published|posted this|posted online|posted|asked|demandée|first published|créé|créée|created|written|écrit|écrite|ecrit|ecrite|rédigé|rédigée|envoyé|envoyée|sent|article du|édition du|edition du|docs built|compiled|generated from \S+(?:\s+v?\d[\w.]*)?|generated)(?:\s+(?:à|at|@)\s+\d{1,2}[:h]\d{2})?(?:\s+(?:by|par)\s+(?:M\.\s|Mme\s|Dr\.?\s)?[^.;:\n]{1,60}?(?:\s+\([^()\n]{1,40}\))?)?`

// publishedOnISO is a publication statement whose day is ISO 8601's,
// after "on" or "le" ("written by Harriet Okafor on 2025-08-03", as a
// static site generator's byline writes it), its month and day
// unpadded or not ("Posted on 2025-2-16 21:07", as a forum writes a
// post's time), or after "at" ("Posted at 2024-01-21", Qiita's line
// over an article's <h1>: "at" before a day, not an hour, as Japanese
// sites put it in English). Only so: after a bare label ("Created:
// 2025-02-12 Wed 21:40", an export's date) it is not the page's.
var publishedOnISO = regexp.MustCompile(publishedLead + `\s+(?:on|le|at)\s+(\d{4}-\d{1,2}-\d{1,2})\b`)

// publishedYearAfter is a publication statement whose year follows the
// day's hour in parentheses, a weekday before the day or not ("Posté le:
// Mar 11 Fév - 18:42 (2025)", a phpBB 2 forum's post head, as Xooit's
// writes it): its groups are publishedDate's first three, day, month and
// year.
var publishedYearAfter = regexp.MustCompile(publishedLead + `(?:\s+(?:le|on|:))?\s*:?\s+(?:[\p{L}]{2,9}\.?,?\s+)?(\d{1,2})\s+([\p{L}]+)\.?\s+-\s+\d{1,2}[:h]\d{2}\s+\((\d{4})\)`)

// dayDate is a date alone: a day, a month in words and a year in either
// order, a weekday and its comma before ("Thursday, September 4, 2025",
// as a shop's blog writes it), or a numeric day/month/year, as
// publishedDate reads them, its
// numbers also between hyphens ("18-06-2025"); a time of day may follow
// ("06-18-2025, 09:42 PM", "12/02/2025 à 18:34"), after a dash too
// ("April 3, 2025 - 6:12 pm", Simple:Press's post head), as a forum's
// post head writes it, and the name of its zone in capitals after it ("05/14/2025
// 10:30 AM EDT", a bulletin's dateline). The day's number may end with a
// stop, as German and Scandinavian writing puts it ("18. March 2025 08:30",
// BlogEngine.NET's post head on a blog set to that culture), or an
// English ordinal's letters, the day first ("Monday 3rd February 2025",
// PistonHeads' div.post-date), as they may end it after the month.
var dayDate = regexp.MustCompile(`(?i)^(?:(?:[\p{L}]{2,9}\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+([\p{L}]+)\.?,?\s+(\d{4})|(?:[\p{L}]{2,9}\.?,\s+)?([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?:,?\s+(?:à\s+|at\s+|[-–]\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,5}))?)?$`)

// timedDay reads the first of the page's visible texts (numberTexts)
// that is a day alone with its hour ("13 oct. 2024, 19:42:18", "April 8,
// 2025 at 9:05 am"): the day, at midnight UTC. bareDate runs only on the
// short texts that hold a colon, short once the indent a template writes
// around them is trimmed ("\n                    03 février 2025 18:42\n
// …", Phorum's post head on a line of its own, under the subject). The
// guillemet that closes a post head's line after the day goes first
// ("« <b>on:</b> Mar 12th, 2025 at 8:14pm »", YaBB's and SMF's, the
// label in bold a text of its own), and so does the one that opens it
// ("» Sat Sep 13, 2025 8:42 pm", phpBB 3's post head after the author).
// Both may hold the line with "le" before the day ("« le 7 février
// 2025, à 21:14 »", E-Blah's French post head under the subject), which
// goes with them; a reply's "« Réponse #1 le … »" is no such line.
func timedDay(texts []string, monthFirst bool) (time.Time, bool) {
	for _, t := range texts {
		if trimmed := strings.TrimSpace(t); strings.HasSuffix(trimmed, "»") {
			t = strings.TrimSpace(strings.TrimSuffix(trimmed, "»"))
			if day, ok := strings.CutPrefix(t, "« le "); ok {
				t = day
			}
		} else if rest, ok := strings.CutPrefix(trimmed, "» "); ok {
			// Or opens it, after the author's name ("by <strong>…</strong>
			// » Sat Sep 13, 2025 8:42 pm", phpBB 3's post head), the
			// weekday's abbreviation, without its comma, dropped.
			if len(rest) > 4 && rest[3] == ' ' {
				switch rest[:3] {
				case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
					rest = rest[4:]
				}
			}
			t = rest
		} else if d, ok := numberedISO(trimmed); ok {
			// Or the post's number opens it, then its ISO day and hour
			// ("#1 &nbsp; 2005-11-08 21:14 &nbsp; <a …>Permalink</a>",
			// Land Down Under's post info over each post): the day.
			return d, true
		} else if d, ok := hourFirstDay(trimmed, monthFirst); ok {
			// Or a dash opens it after the author's link, the hour before
			// the day and the post's place in the thread after its zone
			// (" - 09:41pm Mar 8, 2003 GMT (#1 of 3)", Web Crossing's
			// message head): the day between them.
			return d, true
		} else if d, ok := barStamp(trimmed, monthFirst); ok {
			// Or brackets hold the day and its hour, a bar between
			// ("[Mar. 3rd, 2025|09:14 pm]", LiveJournal's and
			// InsaneJournal's entry head beside its subject): the day.
			return d, true
		} else if rest, ok := strings.CutPrefix(trimmed, "Date: "); ok {
			// Or a message's "Date:" label opens it, the day in words and
			// its hour after ", at" ("Date: Monday, 17 March 2025, at
			// 9:12 p.m.", AnyBoard's message info under the poster's
			// name), which no mail header reads: the day after it.
			t = rest
		} else if len(t) > 40 {
			t = trimmed
		}
		if len(t) > 40 || strings.IndexByte(t, ':') < 0 && !hClock(t) || strings.Contains(t, "://") {
			continue
		}
		if i := strings.Index(t, ", "); i >= 2 && i <= 5 && i+2 < len(t) && isDigit(t[i+2]) && !strings.ContainsAny(t[:i], "0123456789 ") {
			// A weekday's abbreviation and its comma before a numeric
			// day and its hour ("Lun, 14/04/2025 - 19:32", Drupal's
			// medium date format, 'D, d/m/Y - H:i', in Advanced Forum's
			// div.forum-posted-on over the opening post), which dayDate
			// reads only before a day in words.
			if d, ok := bareDate(t[i+2:], monthFirst); ok {
				return d, true
			}
		}
		if d, ok := bareDate(t, monthFirst); ok && hasLetter(t) {
			return d, true
		}
		if i := strings.Index(t, " @ "); i > 0 && hasLetter(t[:i]) {
			// An at sign between the day and its hour ("Mar 2, 2025 @
			// 4:18pm", Steam Community's 'Posted' beside a guide's
			// title, Valve's format on every page it shows): the day.
			if d, ok := bareDate(t[:i], monthFirst); ok {
				return d, true
			}
		}
		if d, ok := hyphenDay(t); ok {
			return d, true
		}
		if d, ok := bracketStamp(t); ok {
			return d, true
		}
		if d, err := time.Parse(time.RFC1123Z, strings.TrimSpace(t)); err == nil {
			// A message's date as its header writes it, alone ("Tue, 11
			// Feb 2025 14:03:27 +0100", a list archive's summary line
			// over the message): its day, in its own zone.
			return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// numberedISO reads a post's number after "#", then, past spaces, its
// day in ISO 8601 and its hour, alone ("#1 \u00a0 2005-11-08 21:14"): the
// day.
func numberedISO(t string) (time.Time, bool) {
	if len(t) < len("#1 2006-01-02 15:04") || t[0] != '#' || !isDigit(t[1]) {
		return time.Time{}, false
	}
	i := 2
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	t = strings.TrimLeft(t[i:], " \u00a0")
	if len(t) != len("2006-01-02 15:04") || t[10] != ' ' || t[13] != ':' {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", t[:10])
	return d, err == nil
}

// hourFirstDay reads a post head's line after a dash, its hour on a
// twelve-hour clock, then its day, the zone in capitals and the post's
// place in the thread between parentheses ("- 09:41pm Mar 8, 2003 GMT
// (#1 of 3)"): the day.
func hourFirstDay(t string, monthFirst bool) (time.Time, bool) {
	t, ok := strings.CutPrefix(t, "- ")
	if !ok || !strings.HasSuffix(t, ")") {
		return time.Time{}, false
	}
	i := strings.LastIndex(t, " (#")
	if i < 0 {
		return time.Time{}, false
	}
	hour, day, ok := strings.Cut(t[:i], " ")
	if !ok || len(hour) < 6 || strings.IndexByte(hour, ':') < 0 || !strings.HasSuffix(hour, "am") && !strings.HasSuffix(hour, "pm") {
		return time.Time{}, false
	}
	if j := strings.LastIndexByte(day, ' '); j > 0 && zoneName(day[j+1:]) {
		day = day[:j]
	}
	return bareDate(day, monthFirst)
}

// zoneName reports whether s is a time zone's name in capitals, two to
// five letters ("GMT", "CEST").
func zoneName(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// hClock reports whether t ends with an hour written the French way
// after a comma and a space, its minutes after an "h" ("12/03/2025,
// 21h14", vBulletin's post head in French): a day and its hour as a
// colon writes it elsewhere.
func hClock(t string) bool {
	i := strings.LastIndex(t, ", ")
	if i < 0 {
		return false
	}
	h := t[i+2:]
	return (len(h) == 4 || len(h) == 5) && h[len(h)-3] == 'h' && isDigit(h[0]) && isDigit(h[len(h)-4]) && isDigit(h[len(h)-2]) && isDigit(h[len(h)-1])
}

// sessionDay reads the first of the page's visible texts (numberTexts)
// that opens with a day alone, then, after a comma, the span of hours of
// an event ("Saturday 14 June 2025, 10:30–11:00, Hall B", pretalx's
// session line; a dash or an arrow between the two hours), 80 bytes at
// most: the event's day, which its page is dated by, at midnight UTC.
func sessionDay(texts []string, monthFirst bool) (time.Time, bool) {
	for _, t := range texts {
		if len(t) > 80 {
			continue
		}
		head, rest, ok := strings.Cut(strings.TrimSpace(t), ", ")
		if !ok {
			continue
		}
		hour := clockTime.FindString(rest)
		if hour == "" {
			continue
		}
		after := strings.TrimSpace(rest[len(hour):])
		if !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "→") {
			continue
		}
		if d, ok := bareDate(head, monthFirst); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// releaseInText reads the first of the page's visible texts (numberTexts)
// that states a version's release day in its sentence ("Written for
// Tessel 3.0.0, released 2 February 2026.", gi-docgen's page, a dotted
// number before "released"; "It was tagged on February 4, 2025, after
// eleven release candidates.", Docz's): the day after "released",
// "released on" or "tagged on", up to the sentence's stop or one of its
// commas, at midnight UTC. Asked last, when nothing else dates the page:
// a release note's day is the day its page speaks of.
func releaseInText(texts []string, monthFirst bool) (time.Time, bool) {
	for _, t := range texts {
		for _, marker := range [...]string{"released on ", "released ", "tagged on "} {
			i := strings.Index(t, marker)
			opening := false
			if i < 0 && marker == "released " && strings.HasPrefix(t, "Released ") && dottedNumber(t) {
				// The line that opens with the release and names the
				// version after it ("Released 14 March 2025. Applies to
				// tidemark 3.0.0 and later.", dartdoc's topic page, in
				// emphasis under its heading).
				i, opening = 0, true
			}
			if i < 0 {
				continue
			}
			if marker != "tagged on " && !opening && !dottedNumber(t[:i]) {
				// A release of a version ("Tessel 3.0.0, released …"),
				// not of a thing ("The pool's booking tool was released
				// on …", which TestRound69 leaves undated); a tag is a
				// version's.
				break
			}
			rest := t[i+len(marker):]
			if j := strings.Index(rest, ". "); j >= 0 {
				rest = rest[:j]
			}
			rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
			for len(rest) <= 40 || strings.Contains(rest, ", ") {
				if d, ok := bareDate(rest, monthFirst); ok {
					return d, true
				}
				j := strings.LastIndex(rest, ", ")
				if j < 0 {
					break
				}
				rest = rest[:j]
			}
			break
		}
	}
	return time.Time{}, false
}

// dottedNumber reports whether s holds a number with a dot inside it
// ("3.0.0", "2.1"): a version's.
func dottedNumber(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && '0' <= s[i-1] && s[i-1] <= '9' && '0' <= s[i+1] && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// barStamp reads an entry's day and its hour in brackets, a bar between
// them ("[Mar. 3rd, 2025|09:14 pm]"): the day.
func barStamp(t string, monthFirst bool) (time.Time, bool) {
	if len(t) < len("[Mar 3, 2025|1:02]") || t[0] != '[' || t[len(t)-1] != ']' {
		return time.Time{}, false
	}
	day, hour, ok := strings.Cut(t[1:len(t)-1], "|")
	if !ok || strings.IndexByte(hour, ':') < 0 || !hasLetter(day) {
		return time.Time{}, false
	}
	return bareDate(day, monthFirst)
}

// bracketStamp reads a post's time in brackets, month first and the
// year in two digits, its hour in twelve ("(3/14/03 8:12:00 pm)",
// ezboard's post head under the author's rank and count of posts): the
// day, at midnight UTC, its year in this century.
func bracketStamp(t string) (time.Time, bool) {
	t = strings.TrimSpace(t)
	if len(t) < len("(1/2/03 1:02 am)") || t[0] != '(' || t[len(t)-1] != ')' || strings.Count(t, "/") != 2 {
		return time.Time{}, false
	}
	t = strings.ToLower(t[1 : len(t)-1])
	for _, layout := range []string{"1/2/06 3:04:05 pm", "1/2/06 3:04 pm"} {
		if d, err := time.Parse(layout, t); err == nil {
			return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// hyphenDay reads a day written with hyphens, its month in letters and
// its year in two digits, then its hour, a weekday before it or not
// ("Sat 08-Mar-25 09:14:02", "08-Mar-25 09:14", a forum's post head): the
// day, at midnight UTC, its year in this century. The hyphen is looked for
// before the text is split. Spaces may stand for the hyphens, no weekday
// before (spacedDay: "18 Jan 25 09:42", Tek-Tips' post head). The month
// may come first, the day's comma after it ("Apr-08-02, 11:52 PM (EST)").
func hyphenDay(text string) (time.Time, bool) {
	if strings.Count(text, "-") != 2 {
		return spacedDay(text)
	}
	f := strings.Fields(text)
	if len(f) == 3 && hasLetter(f[0]) && !strings.Contains(f[0], "-") {
		f = f[1:]
	}
	monthFirst := false
	if len(f) >= 2 && len(f) <= 4 && strings.HasSuffix(f[0], ",") && hasLetter(f[0][:1]) {
		// Or its month first, a comma after the day, then the hour,
		// its half of the day and its zone in parentheses ("Apr-08-02,
		// 11:52 PM (EST)", DCForum+'s post head).
		tail := f[2:]
		if len(tail) > 0 && (tail[0] == "AM" || tail[0] == "PM") {
			tail = tail[1:]
		}
		if len(tail) == 1 && strings.HasPrefix(tail[0], "(") && strings.HasSuffix(tail[0], ")") {
			tail = nil
		}
		if len(tail) > 0 {
			return time.Time{}, false
		}
		f = []string{strings.TrimSuffix(f[0], ","), f[1]}
		monthFirst = true
	}
	if len(f) != 2 || !clockDigits(f[1]) {
		return time.Time{}, false
	}
	parts := strings.Split(f[0], "-")
	if monthFirst && len(parts) == 3 {
		parts[0], parts[1] = parts[1], parts[0]
	}
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[2]) != 2 {
		return time.Time{}, false
	}
	day, err1 := strconv.Atoi(parts[0])
	year, err2 := strconv.Atoi(parts[2])
	month, ok := months[strings.ToLower(parts[1])]
	if err1 != nil || err2 != nil || !ok || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(2000+year, month, day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day
}

// spacedDay reads hyphenDay's day with spaces between its parts, its hour
// after ("18 Jan 25 09:42"): the text's length and first digit are looked
// at before it is cut.
func spacedDay(text string) (time.Time, bool) {
	t := strings.TrimSpace(text)
	if len(t) < len("1 Jan 25 9:42") || len(t) > len("18 Sept 25 09:42:00") || !isDigit(t[0]) {
		return time.Time{}, false
	}
	d, rest, _ := strings.Cut(t, " ")
	mon, rest, _ := strings.Cut(rest, " ")
	yy, clock, ok := strings.Cut(rest, " ")
	if !ok || len(d) > 2 || len(yy) != 2 || !isDigits(yy) || !clockDigits(clock) {
		return time.Time{}, false
	}
	day, err := strconv.Atoi(d)
	month, known := months[strings.ToLower(mon)]
	if err != nil || !known || day < 1 {
		return time.Time{}, false
	}
	year, _ := strconv.Atoi(yy)
	when := time.Date(2000+year, month, day, 0, 0, 0, 0, time.UTC)
	return when, when.Day() == day
}

// detailsDay reads the first of the page's visible texts (numberTexts)
// that opens with a day and its hour before a " | " and more ("08 Apr
// 2025 7:42 PM | Greywell Tool Bank (Administrator)", a blog post's
// details line under its title, its author after the bar; or a " - ",
// "21 mars 2025, 10:22 - Mme Hélène Kessler", ILIAS's): the day, at
// midnight UTC. The hour tells it from a list's day and label.
func detailsDay(texts []string, monthFirst bool) (time.Time, bool) {
	for _, t := range texts {
		head, tail, ok := strings.Cut(t, " | ")
		if !ok {
			// A hyphen or a dash in the bar's place (ILIAS's blog
			// post's "21 mars 2025, 10:22 - Mme Hélène Kessler").
			head, tail, ok = strings.Cut(t, " - ")
			if !ok {
				head, tail, ok = strings.Cut(t, " – ")
			}
		}
		if !ok || len(head) > 40 || strings.IndexByte(head, ':') < 0 || strings.TrimSpace(tail) == "" {
			continue
		}
		if d, ok := bareDate(head, monthFirst); ok && hasLetter(tail) {
			return d, true
		}
	}
	return time.Time{}, false
}

// bidiMarks are Unicode's marks of direction: the left-to-right and
// right-to-left marks, embeddings, overrides and isolates.
const bidiMarks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"

// bareDate reads a text that is only a date ("April 8, 2025", "8 avril
// 2025", "2025-02-14"): the day, at midnight UTC. A numeric date is read month first
// when monthFirst is set (monthFirstLang).
func bareDate(text string, monthFirst bool) (time.Time, bool) {
	if !strings.ContainsAny(text, "0123456789") {
		return time.Time{}, false
	}
	if strings.ContainsAny(text, bidiMarks) {
		// A direction mark before or in a date (a forum's "&lrm;06-03-2025",
		// to keep the numbers left to right in any script) is no part
		// of it.
		text = strings.Map(func(r rune) rune {
			if strings.ContainsRune(bidiMarks, r) {
				return -1
			}
			return r
		}, text)
	}
	if !yearDigits(text) {
		if n := len(text); n >= 9 && n <= 16 && text[n-4] == ' ' && text[n-3] == '\'' && isDigit(text[n-2]) && isDigit(text[n-1]) {
			// A day, a month and the year's last two digits after an
			// apostrophe ("14 Apr '25", HyperKitty's message date): the
			// year of this century.
			return bareDate(text[:n-3]+"20"+text[n-2:], monthFirst)
		}
		if i := strings.Index(text, ", '"); i >= 4 && len(text) <= 24 && i+6 < len(text) && isDigit(text[i+3]) && isDigit(text[i+4]) && text[i+5] == ' ' && isDigit(text[i+6]) {
			// A month, a day, a comma and the year's last two digits
			// after an apostrophe, then the hour ("Mar 3, '08 4:12 PM",
			// Multiply's post head '<div class="itemsubsub">'): the year
			// of this century, as above.
			return bareDate(text[:i+2]+"20"+text[i+3:], monthFirst)
		}
		return time.Time{}, false
	}
	if n := len(text); n > 16 && text[n-1] == ')' && text[n-4] == '(' && text[n-5] == ' ' && zoneName(text[n-3:n-1]) {
		// A zone and its country between parentheses after the hour
		// ("03-14-2003 09:12 AM ET (US)", QuickTopic's message head):
		// both go, as hourFirstDay's zone does, and the day is read.
		if j := strings.LastIndexByte(text[:n-5], ' '); j > 0 && zoneName(text[j+1:n-5]) {
			text = text[:j]
		}
	}
	text = oneLine(text)
	if n := len(text); (n == 10 || n == 11) && text[n-5] == '-' && text[n-9] == '-' && isDigit(text[0]) {
		// A day, a month's three letters and the year between hyphens
		// ('<p class="release-date">15-Sep-2025</p>', EurekAlert!'s
		// news release): read as the same with spaces.
		return bareDate(text[:n-9]+" "+text[n-8:n-5]+" "+text[n-4:], monthFirst)
	}
	text = oneLine(text)
	if len(text) == len("2006-01-02") && text[4] == '-' && text[7] == '-' {
		// The ISO 8601 day a stats list shows ("Published: 2025-02-14").
		t, err := time.Parse("2006-01-02", text)
		return t, err == nil
	}
	if len(text) > len("2006-01-02 ") && text[4] == '-' && text[7] == '-' && text[10] == ' ' && isoClockTail(text[11:]) {
		// The ISO 8601 day, its hour to the second and its zone after a
		// space ('<span class="post-date">2025-01-27 19:42:11
		// UTC</span>', narkive's message head): the day, as the day
		// alone is read.
		t, err := time.Parse("2006-01-02", text[:10])
		return t, err == nil
	}
	if len(text) == len("2006/01/02") && text[4] == '/' && text[7] == '/' {
		// The year first between slashes (Fireboard's "2025/03/12").
		t, err := time.Parse("2006/01/02", text)
		return t, err == nil
	}
	m := dayDate.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	return dayOf(m, monthFirst)
}

// updateDateClass reports whether class names a campaign update's date:
// "updateDate" (Indiegogo's), "update__date" or "update-date" (Pozible's
// "project-update__date").
func updateDateClass(class string) bool {
	return strings.Contains(class, "updateDate") || strings.Contains(class, "update__date") || strings.Contains(class, "update-date")
}

// dateNamed reports whether a class names a date and not an update's:
// one of its words, between "-", "_" and spaces, is "date", "pubdate",
// "published" or a creation's date in one word ("createdate", Mambo's and
// Joomla 1.0's td.createdate beside td.modifydate; "creationdate"), or a
// message's, a post's, a news item's or an entry's in one word
// ("msgdate", Fireboard's div.msgdate)
// ("episode-hero__date", "post-date", a data-tag's "post-published-at"),
// or "date" after the one letter a component sets before each of its
// classes ("kdate", Kunena's, beside "kmsg" and "kmsgtext"), and none says
// "updated" or "modified". "time" names one too when its text is a day
// (namedDateOf reads no other): '<span class="h-time">2026-03-14
// 10:22:31</span>', a Xinhua-like story's line under its headline;
// Gogs' '<span class="time-since" …>Nov 10, 2025</span>'; a reading time
// ("4 min read") or a relative one ("3 hours ago") is no day. So does
// "timestamp" ('<span class="bs-timestamp">12 février 2026 à 20 h 14
// min</span>', BuddyBoss' post head). A comment's date is none of the
// page's ('<span class="comment-date">Mar 5, 2025</span>' under a wiki
// page's comments). The words are read in any case, a
// date's in camel case too ('<span class="postDate">12 mars 2025</span>',
// one.com Website Builder's post meta line), and a date's header in one
// word ('<div class="dateHeader">Monday, 13 April 2009</div>' over a
// post, Windows Live Spaces', as Blogger's "date-header" is in two).
func dateNamed(class string) bool {
	if !strings.Contains(class, "date") && !strings.Contains(class, "Date") && !strings.Contains(class, "published") && !strings.Contains(class, "time") {
		return false
	}
	named := false
	for w := range strings.FieldsFuncSeq(strings.ToLower(class), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		switch w {
		case "date", "time", "timestamp", "pubdate", "published", "createdate", "createddate", "creationdate", "msgdate", "postdate", "newsdate", "entrydate", "dateheader":
			named = true
		case "updated", "update", "modified", "edited", "comment":
			return false
		default:
			named = named || len(w) == len("kdate") && w[1:] == "date"
		}
	}
	return named
}

// emphasizedDay reports whether text node t is a day alone, the only
// text of an <em> or an <i> that is the only element of a paragraph.
func emphasizedDay(t *html.Node) bool {
	em := t.Parent
	if em == nil || em.DataAtom != atom.Em && em.DataAtom != atom.I || t.PrevSibling != nil || t.NextSibling != nil || em.Parent == nil || em.Parent.DataAtom != atom.P || onlyChild(em.Parent) != em {
		return false
	}
	_, ok := bareDate(strings.TrimSpace(t.Data), false)
	return ok
}

// digitOrLink reports whether s holds a digit or "://", in one loop over
// its bytes (strings.ContainsAny builds its set of digits on every call,
// for every text of the page).
func digitOrLink(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; isDigit(c) || c == ':' && strings.HasPrefix(s[i+1:], "//") {
			return true
		}
	}
	return false
}

// numberTexts returns, in the page's order, the texts of the visible
// text nodes of doc (outside <head>, scripts, styles, <noscript> and
// <template>) that hold a digit or an address ("://"): the only ones a
// publication statement, or a statement of the page's address, can be
// in. Read from the tree as parsed, before anything is dropped or
// moved, so that visibleDate needs no second parse of the page. A short
// line whose words stand in elements of their own ("Publié par
// <span>Claire Dubreuil</span> le 14/10/2025") comes whole, before its
// text node.
//
// It returns too the text of the first HTML comment in an element named
// for the date (dateClass) that holds a digit, its tags dropped: ikiwiki
// keeps a page's creation there ("<div class="pagedate">Last edited …
// <!-- Created <span class="date">Thu 12 Jun 2025 …</span> -->").
//
// And it returns the first day given, before the page's first <h1> (and
// only when it has one), or in the first line with a digit under it, by
// a line of parts set apart by a middle dot one
// of which is a date alone (issueDay): the line over a letter's headline
// that says its issue ("Members' newsletter · Thursday 6 November 2025",
// "Lettre n° 27 – 6 février 2025 · Voir la version en ligne"). A date
// alone over a title, or after a dash alone, is a day header's or a
// site's line as well, and so is a day alone in emphasis, a paragraph of
// its own (emphasizedDay).
func numberTexts(doc *html.Node) (texts []string, commented, issued, sent string) {
	headline, issuedLine := false, ""
	// The page's first <h1>, and whether a line with a digit came under
	// it yet.
	var h1 *html.Node
	under := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		whole := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.CommentNode:
				if sent == "" {
					sent = sentComment(c.Data)
				}
				if commented == "" && strings.ContainsAny(c.Data, "0123456789") && n.Type == html.ElementNode && dateClass(attr(n, "class")) {
					commented = oneLine(commentTags.ReplaceAllString(c.Data, " "))
				}
			case html.TextNode:
				digit := digitOrLink(c.Data) // each text read once for it
				if digit && nowLabelled(c) {
					// The forum's clock in its footer, not a date of
					// the page's.
					continue
				}
				if digit {
					if !whole && n.FirstChild != n.LastChild && n.Type == html.ElementNode {
						whole = true
						if t, ok := shortText(n); ok {
							texts = append(texts, t)
						}
					} else if !whole && n.FirstChild == c && c.NextSibling == nil && labelColonBefore(n) {
						// A date alone in an element right after its
						// label's text and colon ("<p>Dernière mise à
						// jour : <span>14/03/2026</span></p>", Rspress'
						// footer): the label's line whole, as a line
						// of several elements is read.
						if t, ok := shortText(n.Parent); ok {
							texts = append(texts, t)
						}
					}
					texts = append(texts, c.Data)
					if label := fieldLabel(c); label != "" {
						// A date alone in a field's value, under a label
						// that names the first publication: stated so,
						// a day between hyphens with its month's name
						// ("<dt>Created:</dt><dd>18-Mar-2025</dd>", a
						// PEP's header as Sphinx writes it) with spaces,
						// as the statement reads a day.
						v := strings.TrimSpace(c.Data)
						if strings.Count(v, "-") == 2 && hasLetter(v) {
							v = strings.ReplaceAll(v, "-", " ")
						}
						texts = append(texts, "published on "+v)
					} else if d := versionDay(c); d != "" {
						// A manual's version and its day (Scribble's
						// versionbox, "2.0 — 3 March 2025"): the day
						// this version of it came out.
						texts = append(texts, "published on "+d)
					} else if d := boardStamp(c.Data); d != "" {
						// An imageboard post's time, its year in two
						// digits first: the day.
						texts = append(texts, "published on "+d)
					} else if d := generatedDay(c); d != "" {
						// A generator's footer with the day it made
						// the page (JSDoc's "Documentation generated by
						// <a>JSDoc 4.0.4</a> on Thu Mar 13 2025
						// 10:22:14 GMT+0000"): the page's only day.
						texts = append(texts, "published on "+d)
					} else if episodeDay(c) {
						// An episode's day beside its length: the day
						// it came out.
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					} else if d := viewsDay(c); d != "" {
						// A story's day before its count of views, a
						// middle dot between them: the day it was put
						// online.
						texts = append(texts, "published on "+d)
					} else if d := lengthDay(c); d != "" {
						// The same in one text, a bullet between them:
						// the day.
						texts = append(texts, "published on "+d)
					} else if boldFieldLabel(c) {
						// A date after its label in bold that names the
						// first publication, in the same paragraph
						// ('<p class="release-date"><strong>Release
						// Date:</strong> Monday, April 7, 2025</p>',
						// Percussion CMS's news release): stated so.
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					} else if preDateLine(c) {
						// A mail's date in a link after its header's
						// "Date:" in a <pre> (MARC's "Date:
						// <a …>2025-03-11 14:02:37</a>"): the line whole.
						texts = append(texts, "Date: "+strings.TrimSpace(c.Data))
					} else if boldDateLabel(c) {
						// A mail's date after its header's name in bold
						// (ezmlm-cgi's "<B>Date</B>: Tue, 11 Feb 2025
						// 18:22:05 +0100<BR>"): the line as mailDate
						// reads it.
						texts = append(texts, "Date"+strings.TrimRight(c.Data, " \t\r\n"))
					} else if d := boldColonDate(c); d != "" {
						// A message's numeric date after its header's
						// "Date :" in bold, the colon in the bold
						// (Newsportal's '<b>Date :</b> 09/02/2025
						// 18:31<br>' between its "Auteur :" and
						// "Groupes :" lines): the day, stated so.
						texts = append(texts, "published on "+d)
					} else if spanDateLabel(c) {
						// A post's date after its header's "Date" in a
						// <span> of its own, no colon (mwForum's '<span
						// class="htt">Date</span> 2026-03-03 19:47'): the
						// line as mailDate reads it.
						texts = append(texts, "Date: "+strings.TrimSpace(c.Data))
					} else if dateCell(c) {
						// A mail's date alone in the cell after its
						// header's "Date:" label (LISTSERV's archive):
						// the line as mailDate reads it; or written out
						// in words (Gmane's), its day stated so.
						texts = append(texts, "Date: "+strings.TrimSpace(c.Data))
						if d := cmp.Or(wordsDay(c.Data), rubyDay(c.Data)); d != "" {
							texts = append(texts, "published on "+d)
						}
					} else if titleBlockDay(c, h1) || h1 == nil && dayOverEntry(c) {
						// A date alone in a heading under the <h1>, in
						// the title block a LaTeX converter writes for
						// \maketitle (HeVeA's "<h3 class="titlerest">12
						// mars 2024</h3>"): the document's date.
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					} else if authorBefore(c) {
						// A day alone in its <span> right after the
						// author's link ('<a … class="author"><img
						// …>Mistral29</a> <span class="gris">12 février
						// 2025</span>', a reader's review's head): the
						// review's day.
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					} else if v := verbSpanBefore(c); v != "" {
						// A date alone in its <span> after the verb in a
						// <span> of its own ('<span class="memberRank">asked
						// on</span> <span class="questionDate">February 11,
						// 2025</span>', a Q&A site's question head): the
						// statement whole.
						texts = append(texts, v+" "+strings.TrimSpace(c.Data))
					} else if dateSpanBefore(c) {
						// An ISO 8601 day alone in its <span> after a
						// <span> that says "Date" alone ('<span
						// class="pinned-title">Date</span> <span
						// class="pinned-value">2025-03-02</span>', a
						// Kanka journal's pinned fields): the entry's day.
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					} else if releaseLabel(c) || ariaPublished(c) {
						// A date alone beside a version: a release's
						// label, its publication; or a date alone whose
						// element's accessible name says it is the
						// page's start (ariaPublished).
						texts = append(texts, "published on "+strings.TrimSpace(c.Data))
					}
					if a := c.PrevSibling; a != nil && a.DataAtom == atom.A && a.PrevSibling != nil && a.PrevSibling.Type == html.TextNode &&
						strings.HasPrefix(strings.TrimSpace(c.Data), "- ") && strings.HasSuffix(strings.TrimSpace(a.PrevSibling.Data), "--") {
						// A wiki's signature, the author's link between
						// "--" and " - " and the day ("-- <a>PriyaLindqvist</a>
						// - 03 Feb 2025", TWiki's and Foswiki's).
						texts = append(texts, "-- "+textOf(a)+" "+strings.TrimSpace(c.Data))
					}
					if !headline && issued == "" {
						issued = issueDay(c.Data)
						issuedLine = c.Data
						if issued == "" {
							issued = issueAbove(c)
						}
						if issued == "" {
							issued = weekdayDay(c.Data)
						}
						if issued == "" {
							issued = onlineDay(c)
						}
						if issued == "" {
							issued = nameAbove(c)
						}
					} else if !under && (h1 == nil || !inside(c, h1)) {
						// Or the first line with a digit under the <h1>,
						// where a newsletter maker sets the issue's line
						// ("<h1>Spring Fair 2025 …</h1>" then "PTA
						// newsletter · Friday 11 April 2025", Smore's),
						// or under the letter's name in large type before
						// any <h1> ('<span style="…font-size:24px;font-weight:bold;…">La
						// Meule</span><br /><span …>Lettre d'information
						// n°37 des Amis du Moulin de Cravant, 14 mars
						// 2025</span>', Niouzeo's banner).
						under = true
						if issued == "" {
							issued = issueDay(c.Data)
							issuedLine = c.Data
						}
						if issued == "" && emphasizedDay(c) {
							// A day alone in emphasis, a paragraph of
							// its own under the headline ("<h1>Moving
							// twenty years of family photos …</h1>" then
							// "<p><em>12 March 2025</em></p>", JBake's
							// post template): the post's day.
							issued = strings.TrimSpace(c.Data)
						}
					}
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
					continue
				case atom.H1:
					headline = true
					if h1 == nil {
						h1 = c
					}
				case atom.Span, atom.Td:
					// A headline set in a span of a large type, as a
					// letter's builder writes it ("<span style="font-size:
					// 28px; font-weight: bold">"), or in a cell of the
					// e-mail's layout (Adobe Campaign's): the page's <h1>.
					headline = headline || largeType(attr(c, "style")) || boldHeadCell(c) || c.DataAtom == atom.Td && fontHeadCell(c) != ""
				}
				if strings.EqualFold(attr(c, "role"), "complementary") {
					// A region beside the page's main one (classic
					// Google Sites' "Actualités récentes", each item
					// "publié le 24 févr. 2014"): other pages' dates.
					continue
				}
				if day, ok := titledDate(c); ok && n.Type == html.ElementNode {
					// A date shown as its distance ("4 months ago") with
					// the day in its title attribute: the line reads
					// with the day in its place.
					if line, ok := shortText(n); ok {
						texts = append(texts, strings.Replace(line, textOf(c), day.Format("2 January 2006"), 1))
					}
				}
				walk(c)
			}
		}
	}
	walk(doc)
	if !headline && !signerName.MatchString(strings.TrimSpace(issuedLine)) && !numberedIssue(issuedLine) {
		// On a page without an <h1>, only a byline's day: a name and,
		// after a comma, the role it signs with before it ("Eleanor
		// Frome, chair of the management committee · 14 January 2025",
		// the subtitle a document shared from a word processor sets
		// under its title); or the line of an issue that states its
		// number (numberedIssue).
		issued = ""
	}
	return texts, commented, issued, sent
}

// numberedIssue reports whether line opens by naming a letter or a
// bulletin and states its issue's number ("Bulletin n°7 - Le 14 mai
// 1999", the line over a hand-made bulletin's headline, PageMill's): the
// issue's date, on a page without <h1> too.
func numberedIssue(line string) bool {
	return numberAfterIssue(line) && letterFirst(line) && issueNumber.MatchString(line)
}

// publicationFields are the labels of a field whose value is the page's
// first publication. "Date added" is the day a knowledge base put its
// article online ('<div class="title">Date added:</div><div
// class="value">2025-06-18</div>', HESK's article details), as "added"
// states it in a line (publishedVerb); so is "Created" an article's
// ('<label>Created:</label><p class="Value">01/27/2025 09:12:44</p>',
// OTRS's FAQ Information box beside the article), as "created" states it.
var publicationFields = map[string]bool{"date de publication": true, "date de première publication": true, "première publication": true, "publication": true,
	"published": true, "first published": true, "date published": true, "publication date": true, "date first published": true,
	"opened": true, "release date": true, "date added": true, "created": true}

// fieldLabel returns the label of the field whose value the text t is, a
// date alone, numeric ("11/02/2025") or in words as short ("2 Mar
// 2026"), when the label names the page's first publication
// (publicationFields; a consultation's "Opened", the day it was put to
// the public, Citizen Space's "<dt>Opened</dt><dd>2 Mar 2026</dd>"): the
// element before the value's, three boxes up at most ("<dt>Published</dt><dd>11/02/2025</dd>", a
// record's read-only field, its label's <span> before the <div> of its
// value, as Salesforce's knowledge article lays it out); "" when there is
// none. The text's length and digits are looked at first.
func fieldLabel(t *html.Node) string {
	v := strings.TrimSpace(t.Data)
	if d, tm, ok := strings.Cut(v, " "); ok && len(tm) >= len("9:12") && len(tm) <= len("09:12:44") && tm[len(tm)-3] == ':' && isDigit(tm[0]) {
		// A numeric day and its time ('<label>Created:</label><p
		// class="Value">01/27/2025 09:12:44</p>', OTRS's FAQ box): the day.
		v = d
	}
	if len(v) < len("1/2/2025") || len(v) > len("11/02/2025") && (len(v) > len("30 September 2025") || !hasLetter(v)) || !yearDigits(v) || !strings.ContainsAny(v, "/.-") && !hasLetter(v) {
		return ""
	}
	n := t.Parent
	for range 3 {
		if n == nil || n.Type != html.ElementNode {
			return ""
		}
		if n.FirstChild != n.LastChild && n != t.Parent {
			return ""
		}
		prev := n.PrevSibling
		for prev != nil && prev.Type != html.ElementNode {
			prev = prev.PrevSibling
		}
		if prev != nil {
			label := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(textOf(prev)), ":")))
			if publicationFields[label] {
				return label
			}
			return ""
		}
		n = n.Parent
	}
	return ""
}

// boldFieldLabel reports whether text t, a date of forty bytes at most,
// comes right after a <strong> or a <b> of one text, a label that names
// the page's first publication (publicationFields) and its colon. The
// text's length and year are looked at first.
func boldFieldLabel(t *html.Node) bool {
	v := strings.TrimSpace(t.Data)
	p := t.PrevSibling
	if len(v) < len("1/2/2025") || len(v) > 40 || p == nil || p.DataAtom != atom.Strong && p.DataAtom != atom.B || !yearDigits(v) {
		return false
	}
	f := p.FirstChild
	if f == nil || f != p.LastChild || f.Type != html.TextNode {
		return false
	}
	label, colon := colonLabel(f.Data)
	return colon && publicationFields[strings.ToLower(label)]
}

// dateCell reports whether text t is the only text of a table's cell
// whose cell before it is the label "Date:", "Date :" or "Date" alone (or RDoc's
// "Last Update:", rubyDay), as a list's
// archive lays out a message's header, a row to each field ("<td>Date:</td><td>Mon,
// 3 Mar 2025 09:14:22 +0100</td>", LISTSERV's). The text's length and
// the cell are looked at first.
func dateCell(t *html.Node) bool {
	p := t.Parent
	if len(t.Data) > 60 || p == nil || p.DataAtom != atom.Td || t.PrevSibling != nil || t.NextSibling != nil {
		return false
	}
	prev := p.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.DataAtom != atom.Td && prev.DataAtom != atom.Th {
		return false
	}
	label := strings.TrimSpace(textOf(prev))
	// French sets a space before the colon ("Date :", Lurker's).
	return strings.EqualFold(strings.TrimRight(strings.TrimSuffix(label, ":"), " \u00a0"), "Date") || label == "Last Update:"
}

// rubyDay returns, as "2 January 2006", the day of a time as Ruby writes
// it ("Sat Mar 14 18:22:07 +0000 2009", RDoc 1.x's "Last Update:" cell
// in a file page's header), or "".
func rubyDay(text string) string {
	t, err := time.Parse("Mon Jan 02 15:04:05 -0700 2006", strings.TrimSpace(text))
	if err != nil {
		return ""
	}
	return t.Format("2 January 2006")
}

// wordsDay returns, as "2 January 2006", the day of a mail's Date cell
// written out in words, its weekday, the day's ordinal and its age in
// parentheses after the time and zone ("Tuesday 11th March 2025 09:14:22
// UTC (over 1 year ago)", Gmane's article view), or "".
func wordsDay(text string) string {
	t := strings.TrimSpace(text)
	if i := strings.LastIndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:i])
	}
	f := strings.Fields(t)
	for i, w := range f {
		if len(w) > 2 && isDigit(w[0]) {
			if s := strings.TrimLeft(w, "0123456789"); s == "st" || s == "nd" || s == "rd" || s == "th" {
				f[i] = w[:len(w)-2]
			}
			break
		}
	}
	if d, ok := bareDate(strings.Join(f, " "), false); ok {
		return d.Format("2 January 2006")
	}
	return ""
}

// ariaLabels are the accessible names of an element whose text is the
// day a page, a thread or a post was first published or started.
var ariaLabels = map[string]bool{"started": true, "posted": true, "created": true, "published": true, "publié": true, "créé": true, "posté": true, "date de publication": true, "publication date": true}

// ariaPublished reports whether text t is the only text of its element,
// a date alone, and the element's aria-label names the page's start or
// its publication (ariaLabels): Loomio's thread, '<span
// aria-label="Started">7 Oct 2025</span>' in its context panel, under
// the thread's title. The attribute is looked at first.
func ariaPublished(t *html.Node) bool {
	p := t.Parent
	if p == nil || p.Type != html.ElementNode || t.PrevSibling != nil || t.NextSibling != nil || !hasAttr(p, "aria-label") {
		return false
	}
	if !ariaLabels[strings.ToLower(strings.TrimSpace(attr(p, "aria-label")))] {
		return false
	}
	v := strings.TrimSpace(t.Data)
	if len(v) > 40 || !yearDigits(v) {
		return false
	}
	_, ok := bareDate(v, false)
	return ok
}

// releaseLabel reports whether text t is a date alone with its month in
// letters ("March 18, 2025"), the only text of its element, and the
// element next to it, before or after, is a version alone ("v4.2",
// "4.2.0"): a release's label in a changelog, its day and its version
// side by side over the entry (a documentation site's update block). The
// text's length and year are looked at first.
func releaseLabel(t *html.Node) bool {
	v := strings.TrimSpace(t.Data)
	if len(v) < len("May 1 2025") || len(v) > 40 || t.Parent == nil || t.PrevSibling != nil || t.NextSibling != nil || !yearDigits(v) || !hasLetter(v) {
		return false
	}
	if !versionText(nextElement(t.Parent)) && !versionText(prevElement(t.Parent)) {
		return false
	}
	_, ok := bareDate(v, false)
	return ok
}

// versionText reports whether n is an element of one text that is a
// version alone: a "v" or "version " or none, then numbers joined by dots,
// two at least ("v4.2", "Version 2.10.1"). It reads the text where it is.
func versionText(n *html.Node) bool {
	if n == nil || n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode {
		return false
	}
	v := strings.TrimSpace(n.FirstChild.Data)
	if len(v) > 20 {
		return false
	}
	if hasPrefixFold(v, "version") {
		v = strings.TrimSpace(v[len("version"):])
	} else if v != "" && (v[0] == 'v' || v[0] == 'V') {
		v = v[1:]
	}
	dots, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
			digits++
		case v[i] == '.' && digits > 0:
			dots, digits = dots+1, 0
		default:
			return false
		}
	}
	return dots > 0 && digits > 0
}

// largeType reports whether an inline style sets a headline's type: a
// font-size of 24px or 18pt or more.
func largeType(style string) bool {
	n, unit := fontSize(style)
	return unit == "px" && n >= 24 || unit == "pt" && n >= 18
}

// boldHeadCell reports whether c, a cell of an e-mail's layout, sets its
// one text in bold in a type of 20px or more ('<td style="font-size:22px;
// …"><b>Les paniers de printemps arrivent, …</b></td>', YMLP's): the
// letter's headline, as a larger type's cell is (largeType).
func boldHeadCell(c *html.Node) bool {
	b := c.FirstChild
	if c.DataAtom != atom.Td || b == nil || b != c.LastChild || b.DataAtom != atom.B && b.DataAtom != atom.Strong {
		return false
	}
	n, unit := fontSize(attr(c, "style"))
	return unit == "px" && n >= 20
}

// fontSize reads an inline style's font-size: its whole number and the
// two letters of its unit ("px", "pt"), or 0 and "" when the style sets
// none.
func fontSize(style string) (int, string) {
	i := strings.Index(style, "font-size:")
	if i < 0 {
		return 0, ""
	}
	v := strings.TrimLeft(style[i+len("font-size:"):], " ")
	n := 0
	for len(v) > 0 && isDigit(v[0]) && n < 1000 {
		n, v = n*10+int(v[0]-'0'), v[1:]
	}
	if len(v) < 2 {
		return n, ""
	}
	return n, v[:2]
}

// sentComment returns the instant a comment records a message was sent
// at, as a mail archive keeps its header beside the message it shows
// ("<!-- sent="Mon, 10 Feb 2025 19:40:58 +0000" -->", hypermail's), or "".
func sentComment(c string) string {
	c = strings.TrimSpace(c)
	v, ok := strings.CutPrefix(c, `sent="`)
	if !ok || !strings.HasSuffix(v, `"`) {
		return ""
	}
	return strings.TrimSuffix(v, `"`)
}

// issueNumber is an issue's number in a letter's line: "n° 18", "No. 18",
// "numéro 18", "issue 18".
var issueNumber = regexp.MustCompile(`(?i)(?:\bn°|\bno\.|\bnuméro|\bissue) ?\d+\b`)

// letterWords name a letter sent to a list, as its <title> says it.
var letterWords = map[string]bool{"lettre": true, "infolettre": true, "newsletter": true, "bulletin": true}

// monthLetter reports whether a title names a letter and a month among
// its words ("Infolettre - mars 2025", "Les Voix de l'Estuaire - Lettre
// d'avril", "April newsletter"): an issue named by its month, as
// issueNumber names one by its number.
func monthLetter(title string) bool {
	var letter, month bool
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.TrimLeft(w, "(«\"")
		if _, after, ok := strings.Cut(w, "'"); ok {
			w = after
		} else if _, after, ok := strings.Cut(w, "’"); ok {
			w = after
		}
		w = strings.TrimRight(w, ",.:;)»\"")
		letter = letter || letterWords[w]
		if _, ok := months[w]; ok && len(w) >= 3 {
			month = true
		}
	}
	return letter && month
}

// letterFirst reports whether a line's first word, after an article or
// not (letterArticles), names a letter sent to a list (letterWords), in
// any case; or its third, after a month and a year.
func letterFirst(line string) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	if letterArticles[strings.ToLower(first)] {
		// After its article: "La lettre du jardinier - jeudi 6 mars
		// 2025", "The newsletter - …".
		first, _, _ = strings.Cut(rest, " ")
	}
	if len(first) <= len("infolettre") && letterWords[strings.ToLower(first)] {
		return true
	}
	// Or its month and year first, then a letter's name ("April 2025
	// Newsletter — Friday, April 4, 2025", JangoMail's masthead line).
	// Its words are cut one by one, not the whole line split: the line
	// may be a paragraph.
	month, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	year, rest, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	name, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if len(year) != 4 || !isDigits(year) || name == "" || len(name) > len("infolettre") || len(month) > len("september") {
		return false
	}
	_, ok := months[strings.ToLower(month)]
	return ok && letterWords[strings.ToLower(name)]
}

// dayOverEntry reports whether text c is the whole of an <h2> or <h3>
// that opens its container, a day alone, its month in words, over an
// entry's title in bold in the paragraph after it ('<td …><h3>mercredi 18
// novembre 2026</h3><p><a name="pot-au-feu-presse"><b>Le pot-au-feu de ma
// grand-mère, version pressée</b></a><br />', Blosxom's day over its
// entry, on a page without <h1>): the entry's day.
func dayOverEntry(c *html.Node) bool {
	n := c.Parent
	if n == nil || c != n.FirstChild || c != n.LastChild || n.DataAtom != atom.H2 && n.DataAtom != atom.H3 || prevElement(n) != nil || !hasLetter(c.Data) {
		return false
	}
	next := nextElement(n)
	if next == nil || next.DataAtom != atom.P || find(next, atom.B) == nil && find(next, atom.Strong) == nil {
		return false
	}
	_, ok := bareDate(strings.TrimSpace(c.Data), false)
	return ok
}

// titleBlockDay reports whether text c is the whole of a heading (<h2>
// to <h6>) that follows h1, the page's first <h1>, among its next three
// elements, and a day alone, its month in words; or the whole of a
// <span> that is all the element right after h1 holds ('<h1
// class="display-48">…</h1>' then '<div class="article-meta"><span
// class="heading-12">Mar 27, 2025</span></div>', NASA's WordPress
// article header): the line under the headline that dates the article,
// where a footer's 'Page Last Updated:' gives only its last change.
func titleBlockDay(c, h1 *html.Node) bool {
	n := c.Parent
	if h1 == nil || n == nil || c != n.FirstChild || c != n.LastChild || !hasLetter(c.Data) {
		return false
	}
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	case atom.Span:
		if n.Parent == nil || nextElement(h1) != n.Parent || onlyChild(n.Parent) != n {
			return false
		}
		_, ok := bareDate(strings.TrimSpace(c.Data), false)
		return ok
	default:
		return false
	}
	if n.Parent != h1.Parent {
		return false
	}
	p, k := n.PrevSibling, 0
	for ; p != nil && p != h1 && k < 3; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			k++
		}
	}
	if p != h1 {
		return false
	}
	_, ok := bareDate(strings.TrimSpace(c.Data), false)
	return ok
}

// weekdayDay returns line, trimmed, when it is a day alone written with
// its weekday in words ("Tuesday, 6 May 2025" in an e-mail's top row,
// "Thursday 18 September 2025" under a newsletter's name, "mardi 6 mai
// 2025"), or "": over a page's <h1>, a letter's date line.
func weekdayDay(line string) string {
	line = strings.TrimSpace(line)
	if line != "" && (line[0] == '|' || strings.HasPrefix(line, "·")) {
		// The day after the letter's name in an element of its own and a
		// separator ("<strong>Members’ e-news</strong> | Thursday 19
		// February 2026", dotdigital's header band): the line's text
		// after the name.
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "|"), "·"))
	}
	first, _, _ := strings.Cut(line, " ")
	if !weekdays[strings.ToLower(strings.TrimRight(first, ",."))] {
		return ""
	}
	if _, ok := bareDate(line, false); !ok {
		return ""
	}
	return line
}

// weekdays are the days of the week in English and French.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true}

// letterArticles may come before a letter's name (letterFirst).
var letterArticles = map[string]bool{"la": true, "le": true, "the": true, "our": true, "notre": true, "votre": true, "your": true}

// numberAfterIssue reports whether a digit of line follows, after a
// space or none, what issueNumber's words end with ("°", ".", "ro",
// "ue", in any case): the pattern, which backtracks, is only run on the
// lines where it can match, few of the texts with digits it was run on.
func numberAfterIssue(line string) bool {
	for i := 1; i < len(line); i++ {
		if line[i] < '0' || line[i] > '9' {
			continue
		}
		end := i
		if line[end-1] == ' ' {
			end--
		}
		switch {
		case end > 0 && (line[end-1] == '.' || line[end-1] == 0xB0): // the last byte of "°"
			return true
		case end > 1:
			if a, b := line[end-2]|0x20, line[end-1]|0x20; a == 'r' && b == 'o' || a == 'u' && b == 'e' {
				return true
			}
		}
	}
	return false
}

// issueSeparators set apart the parts of a line that says an issue.
var issueSeparators = []string{" · ", " – ", " — ", " - ", " | ", " • "}

// versionLead is the words before a document's date in the line over
// its headline: "Version du 3 février 2025", "Édition du …", "Version of
// …" (a notice written in Typora or a word processor, each printing
// dated).
var versionLead = regexp.MustCompile(`(?i)^(?:version|édition|edition) (?:du|of|de) `)

// issueDay returns the part of a line set apart by a middle dot that is
// a date alone, its parts also set apart by the other issueSeparators
// ("Members' newsletter · Thursday 6 November 2025", "Lettre n° 27 – 6
// février 2025 · Voir la version en ligne", the date of a version,
// versionLead, too), or by a dash only when the
// line numbers its issue (issueNumber: "Lettre aux adhérents n° 18 –
// vendredi 14 février 2025") or opens by naming a letter (letterWords:
// "Lettre aux choristes - jeudi 3 avril 2025"); "" when none is.
func issueDay(line string) string {
	if !strings.Contains(line, "·") && !strings.Contains(line, "•") && !(numberAfterIssue(line) && issueNumber.MatchString(line)) && !letterFirst(line) {
		return ""
	}
	prev := ""
	for _, p := range splitParts(line, issueSeparators) {
		p = versionLead.ReplaceAllString(strings.Trim(p, " ·•–—|-"), "")
		if len(prev) <= 2 && prev != "" && isDigit(prev[0]) && isDigit(prev[len(prev)-1]) {
			// The last of an event's days after the first and a dash
			// ("9 - 11 June 2025 · Ashcombe Conference Centre", Cvent's
			// event line over its pages): no issue's day.
			return ""
		}
		prev = p
		if _, ok := bareDate(p, false); ok {
			return p
		}
		if i := strings.LastIndex(p, ", le "); i > 0 {
			// The place and the day a letter is dated from
			// ("Saint-Aubry, le 12 mars 2025").
			if _, ok := bareDate(p[i+len(", le "):], false); ok {
				return p[i+len(", le "):]
			}
		}
		if day := issueOf(p); day != "" {
			return day
		}
		if day := letterOf(p); day != "" {
			return day
		}
	}
	return ""
}

// onlineDay returns the date alone in text c before a bar and a link to
// the letter's web version ('June 09, 2026 | <a …>Read Online</a>', a
// Morning Brew-like letter's line over its headline), or "".
func onlineDay(c *html.Node) string {
	day, ok := strings.CutSuffix(strings.TrimRight(c.Data, " \t\n\u00a0"), " |")
	a := c.NextSibling
	if !ok || a == nil || a.DataAtom != atom.A || a.FirstChild == nil || a.FirstChild != a.LastChild || a.FirstChild.Type != html.TextNode {
		return ""
	}
	switch strings.ToLower(strings.TrimSpace(a.FirstChild.Data)) {
	case "read online", "view online", "view in browser", "view in your browser", "voir en ligne", "version en ligne":
		day = strings.TrimSpace(day)
		if _, ok := bareDate(day, false); ok {
			return day
		}
	}
	return ""
}

// letterDayLeads are what comes before the day that ends a letter's
// line: "du", "of", "dated", or a comma after the sender's name ("Lettre
// d'information n°37 des Amis du Moulin de Cravant, 14 mars 2025",
// Niouzeo's banner).
var letterDayLeads = []string{" du ", " of ", " dated ", ", "}

// letterOf returns the date after one of letterDayLeads that ends part p
// of the line over a letter's headline when p opens by naming a letter
// (letterFirst: "Lettre d'information du 5 mars 2026", Cheetahmail's
// header cell), or "".
func letterOf(p string) string {
	if !yearDigits(p) || !letterFirst(p) {
		return ""
	}
	for _, w := range letterDayLeads {
		if i := strings.LastIndex(p, w); i > 0 {
			if day := p[i+len(w):]; yearDigits(day) {
				if _, ok := bareDate(day, false); ok {
					return day
				}
			}
		}
	}
	return ""
}

// issueOf returns the date after an issue's number and "du", "of" or
// "dated" in part p of the line over a letter's headline ("Lettre n° 18
// du 14 mars 2025", Actito's top line; "Issue 12 of 3 April 2025"), or
// "".
func issueOf(p string) string {
	if !numberAfterIssue(p) {
		return ""
	}
	loc := issueNumber.FindStringIndex(p)
	if loc == nil {
		return ""
	}
	for _, w := range []string{" du ", " of ", " dated "} {
		if day, ok := strings.CutPrefix(p[loc[1]:], w); ok {
			if _, ok := bareDate(day, false); ok {
				return day
			}
		}
	}
	return ""
}

// issueAbove returns the date alone on the line under text c, after a
// <br>, when c names a letter's issue by its number ("Lettre des
// adhérents n° 58<br />13 mars 2025", the header cell of Adobe
// Campaign's mirror page), or "".
func issueAbove(c *html.Node) string {
	br := c.NextSibling
	if br == nil || br.DataAtom != atom.Br || br.NextSibling == nil || br.NextSibling.Type != html.TextNode || !numberAfterIssue(c.Data) || !issueNumber.MatchString(c.Data) {
		return ""
	}
	day := strings.TrimSpace(br.NextSibling.Data)
	if _, ok := bareDate(day, false); !ok {
		return ""
	}
	return day
}

// nameAbove returns text c, a date alone, when it is all a table cell
// holds after a name and a <br>, beside a cell that holds a picture alone,
// the name five words at most without a digit ('<td><img … alt="Fieldnote
// Analytics" /></td><td align="right" …>The Field Report<br />March 6,
// 2025</td>', Knak's letter header): the letter's name over its day, as
// an issue's number over it is (issueAbove); or "".
func nameAbove(c *html.Node) string {
	br := c.PrevSibling
	if br == nil || br.DataAtom != atom.Br || c.NextSibling != nil {
		return ""
	}
	name := br.PrevSibling
	td := c.Parent
	if name == nil || name.Type != html.TextNode || name.PrevSibling != nil || td == nil || td.DataAtom != atom.Td || fieldCount(name.Data) > 5 || strings.ContainsAny(name.Data, "0123456789") {
		return ""
	}
	logo := prevElement(td)
	if logo == nil || logo.DataAtom != atom.Td {
		return ""
	}
	if img := soleElement(logo, false); img == nil || img.DataAtom != atom.Img {
		return ""
	}
	day := strings.TrimSpace(c.Data)
	if _, ok := bareDate(day, false); !ok {
		return ""
	}
	return day
}

// dateClass reports whether a class names a date in one of its words,
// alone or joined ("pagedate", "post-date"), and no update's.
func dateClass(class string) bool {
	class = strings.ToLower(class)
	return strings.Contains(class, "date") && !strings.Contains(class, "update") && !strings.Contains(class, "modified")
}

// commentTags are the tags a comment holds as text.
var commentTags = regexp.MustCompile(`<[^>]*>`)

// maxLineBytes is the length of the longest line read whole for a
// publication statement.
const maxLineBytes = 200

// shortText returns the text of n when it is at most maxLineBytes long,
// a line break in it read as a space. The whitespace that opens or ends a
// text (the markup's indentation around an icon and a link, as a
// template writes a post's details line) counts as one byte.
func shortText(n *html.Node) (string, bool) {
	var b strings.Builder
	size := 0
	for d := range n.Descendants() {
		if d.DataAtom == atom.Br {
			b.WriteByte(' ')
			size++
		}
		if d.Type == html.TextNode {
			t := strings.TrimSpace(d.Data)
			if len(t) < len(d.Data) {
				size++
			}
			if size += len(t); size > maxLineBytes {
				return "", false
			}
			b.WriteString(d.Data)
		}
	}
	return b.String(), true
}

// visibleDate returns the date of the first publication statement among
// the page's visible texts (numberTexts), a numeric one read month first
// when monthFirst is set.
//
// A statement that gives its hour but no day ("Posté par Bernard @
// 21:14", under a post that a day header dates, as a blog shows a day's
// posts) is the page's own: the statements with a day after it are its
// comments', and none is read.
func visibleDate(texts []string, monthFirst bool) (time.Time, bool) {
	for i, t := range texts {
		if found, ok := statedDate(t, monthFirst); ok {
			return dayFirstAgain(texts, i, found, monthFirst, statedDate), true
		}
		if hourOnly(t) {
			return time.Time{}, false
		}
	}
	for i, t := range texts {
		if found, ok := datedByline(t, monthFirst); ok {
			return dayFirstAgain(texts, i, found, monthFirst, datedByline), true
		}
	}
	for i, t := range texts {
		if found, ok := releasedDay(t, monthFirst); ok {
			return dayFirstAgain(texts, i, found, monthFirst, releasedDay), true
		}
	}
	for i, t := range texts {
		if found, ok := signedDay(t, monthFirst); ok {
			return dayFirstAgain(texts, i, found, monthFirst, signedDay), true
		}
	}
	for i, t := range texts {
		if found, ok := letterDay(t, monthFirst); ok {
			return dayFirstAgain(texts, i, found, monthFirst, letterDay), true
		}
	}
	return time.Time{}, false
}

// dayFirstAgain returns found, the day read reads month first in
// texts[i], or the day it reads there day first when that text, or the
// one before or after it, writes a numeric day whose first number cannot
// be a month (" on 12/05/2025 - 19:42 " in "Ivy_R on 12/05/2025 - 19:42
// Last edited 13/05/2025 - 08:15", an OzBargain-like Drupal's post head
// on a page in English): the site writes the day first. Only a day of 12
// or less, read month first, is looked at again.
func dayFirstAgain(texts []string, i int, found time.Time, monthFirst bool, read func(string, bool) (time.Time, bool)) time.Time {
	if !monthFirst || found.Day() > 12 || !dayFirstIn(texts[i]) && (i == 0 || !dayFirstIn(texts[i-1])) && (i+1 == len(texts) || !dayFirstIn(texts[i+1])) {
		return found
	}
	if day, ok := read(texts[i], false); ok {
		return day
	}
	return found
}

// dayFirstIn reports whether t holds a numeric date, day, month and year
// between slashes, whose first number, 13 to 31, can only be its day
// ("Last edited 13/05/2025 - 08:15").
func dayFirstIn(t string) bool {
	for i := strings.IndexByte(t, '/'); i >= 0 && i+8 <= len(t); {
		if i >= 2 && isDigit(t[i-2]) && isDigit(t[i-1]) && (i == 2 || !isDigit(t[i-3])) && isDigit(t[i+1]) && isDigit(t[i+2]) && t[i+3] == '/' && isDigits(t[i+4:i+8]) {
			if d := int(t[i-2]-'0')*10 + int(t[i-1]-'0'); d > 12 && d <= 31 {
				return true
			}
		}
		j := strings.IndexByte(t[i+1:], '/')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// letterDay reads the day a letter is dated by in a line of its own, or
// after the line's last "·" or "|": "Lettre du 4 mars 2025" (an Eudonet
// e-mail's header), or a place and the day after ", le " ("Lettre aux
// membres n° 14 · Lausanne, le 6 mars 2025", a Mailpro letter's issue
// line), or alone before a bar that closes its text: the page's date,
// when nothing else dates the page.
func letterDay(text string, monthFirst bool) (time.Time, bool) {
	if len(text) > 120 || !yearDigits(text) {
		return time.Time{}, false
	}
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if day, ok := strings.CutSuffix(t, "|"); ok {
		// The day alone before a bar that closes the text, a link
		// after it ('<td …>Thursday, February 27, 2025 &nbsp;|&nbsp; <a
		// …>Forward to a friend</a></td>', a WhatCounts letter's top
		// line).
		return bareDate(strings.TrimSpace(day), monthFirst)
	}
	for _, sep := range []string{"·", "|"} {
		if i := strings.LastIndex(t, sep); i >= 0 {
			t = strings.TrimSpace(t[i+len(sep):])
		}
	}
	if day, ok := strings.CutPrefix(t, "Lettre du "); ok {
		return bareDate(day, monthFirst)
	}
	i := strings.Index(t, ", le ")
	if i <= 0 || fieldCount(t[:i]) > 3 {
		return time.Time{}, false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return time.Time{}, false
	}
	return bareDate(t[i+len(", le "):], monthFirst)
}

// releasedDay reads a release's day stated in a text of its own, "Released
// on" or "Sorti le" and the day alone, a stop after it or not ("<p><em>
// Released on 14 March 2025.</em></p>", a crate's release notes at the
// top of its rustdoc module page): the page's date, a release's notes
// being published with it, when nothing else dates the page. The day
// in a sentence that goes on ("released on 6 February 2025, this
// version …") is not read.
func releasedDay(text string, monthFirst bool) (time.Time, bool) {
	if !yearDigits(text) {
		return time.Time{}, false
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(text), "Generated by "); ok {
		// A documentation generator's footer, its name, version and
		// the day it wrote the page in asctime's form ("Generated by
		// Epydoc 3.0.1 on Tue Apr 15 09:12:44 2025", in a cell whose
		// blanks make it longer than 60 bytes): the page's date, when
		// nothing else dates it.
		if _, day, ok := strings.Cut(rest, " on "); ok {
			if d, err := time.Parse(time.ANSIC, oneLine(day)); err == nil {
				// Without its zone: the day alone.
				return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	if len(text) > 60 {
		return versionReleased(text, monthFirst)
	}
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if head, _, ok := strings.Cut(t, " · "); ok {
		// The day before a middle dot and the page's other facts
		// ("Released 12 May 2025 · Maintained by the Design System
		// team", a Storybook docs page's meta line).
		t = head
	}
	for _, lead := range []string{"Released on ", "Released ", "Sorti le ", "Sortie le "} {
		if day, ok := strings.CutPrefix(t, lead); ok {
			return bareDate(day, monthFirst)
		}
	}
	if strings.HasPrefix(t, "Written for ") {
		// The release a guide was written for and its day after a
		// comma ("Written for the 4.0 release, 12 March 2025.", a
		// TypeDoc guide's first line).
		if i := strings.LastIndex(t, ", "); i > 0 && strings.Contains(t[:i], "release") {
			return bareDate(t[i+2:], monthFirst)
		}
	}
	return versionReleased(text, monthFirst)
}

// versionReleased reads the day of a text that opens with a version's
// release: a name, a version number and "was released on" a day, a stop
// after it ("Cordage 2.0.0 was released on 6 February 2025. It is the
// first major release …", an upgrade guide's first sentence).
func versionReleased(text string, monthFirst bool) (time.Time, bool) {
	i := strings.Index(text, " was released on ")
	if i <= 0 || i > 40 {
		return time.Time{}, false
	}
	f := strings.Fields(text[:i])
	if len(f) < 2 || len(f) > 3 || !versionNumber(strings.TrimPrefix(f[len(f)-1], "v")) {
		return time.Time{}, false
	}
	rest := text[i+len(" was released on "):]
	j := strings.Index(rest, ". ")
	if j < 0 {
		j = len(strings.TrimSuffix(rest, "."))
	}
	return bareDate(rest[:j], monthFirst)
}

// versionNumber reports whether s is a version number, digits and dots,
// two parts or more ("2.0", "2.0.0").
func versionNumber(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isDigits(p) {
			return false
		}
	}
	return true
}

// signedDay reads the day of a wiki's signature, "-- <author> - <day>"
// ("-- PriyaLindqvist - 03 Feb 2025"): the page's date, its author's
// signing of it, when nothing else dates the page.
func signedDay(text string, monthFirst bool) (time.Time, bool) {
	rest, ok := strings.CutPrefix(text, "-- ")
	if !ok {
		return time.Time{}, false
	}
	i := strings.LastIndex(rest, " - ")
	if i <= 0 || fieldCount(rest[:i]) > 4 {
		return time.Time{}, false
	}
	return bareDate(rest[i+3:], monthFirst)
}

// statedDate reads a publication statement in text.
func statedDate(text string, monthFirst bool) (time.Time, bool) {
	if !yearDigits(text) {
		if day, ok := strings.CutPrefix(text, "Posted on "); ok {
			// A numeric day of a two-digit year after "Posted on" at a
			// line's start, its hour after it ("Posted on 03-15-25
			// 09:14:22 PM", AcmlmBoard's post head): the day, month first
			// before a twelve-hour clock as a four-digit year's is.
			w, rest, _ := strings.Cut(day, " ")
			first := monthFirst || twelveHourAfter(rest)
			if d := shortYearDay(w, first); d != "" {
				return bareDate(d, first)
			}
		}
		return time.Time{}, false
	}
	if day, ok := strings.CutPrefix(text, "Released on "); ok {
		// A course page's release to its pupils at a line's start,
		// a capital first ("Released on Monday 27 January 2025 by Mr
		// Delacroix", ATutor's line under a content page's heading):
		// the day before " by ". A sentence that tells of a release
		// ("… was released on 14 March 2025") dates no page.
		day, _, _ = strings.Cut(day, " by ")
		return bareDate(day, monthFirst)
	}
	if day, ok := strings.CutPrefix(text, "Pub: "); ok {
		// "Published" cut short, a colon after, at a line's start, and
		// the day and its hour alone ("<span>Pub: 04 Mar 2025 19:40
		// UTC</span><span>Edit: 11 Mar 2025 08:02 UTC</span>", Rentry's
		// line under a page); a pub's name after the word has no day.
		return bareDate(day, monthFirst)
	}
	if day, ok := strings.CutPrefix(strings.TrimSpace(text), "posted "); ok && len(day) >= len("2006-Jan-02") && day[4] == '-' && day[8] == '-' {
		// "posted" in small letters at a line's start before the day,
		// the year first and the month's name between hyphens
		// ('<div class="replymeta">posted 2025-Jan-14, 8:12 pm AEDT
		// …', Whirlpool's reply head), which the patterns do not read.
		t, err := time.Parse("2006-Jan-02", day[:len("2006-Jan-02")])
		return t, err == nil
	}
	if !publicationVerb(text) || strings.HasPrefix(strings.TrimSpace(text), "Site created ") {
		// A site's creation ("Site created on January 29, 2025",
		// CaringBridge's line under a person's site name, over each
		// journal entry): the site's day, not the entry's.
		return time.Time{}, false
	}
	if strings.Contains(text, "\u00a0") {
		// No-break spaces around a post head's parts ("Posted\u00a0-\u00a009
		// Mar 2025"), which the pattern's \s does not match.
		text = strings.ReplaceAll(text, "\u00a0", " ")
	}
	m := publishedDate.FindStringSubmatch(text)
	if m == nil && strings.Contains(text, ")") {
		m = publishedYearAfter.FindStringSubmatch(text)
	}
	if m == nil {
		if m = publishedOnISO.FindStringSubmatch(text); m != nil {
			t, err := time.Parse("2006-1-2", m[1])
			return t, err == nil
		}
		return time.Time{}, false
	}
	if !monthFirst && len(m) > 9 && m[7] != "" {
		if i := strings.Index(text, m[0]); i >= 0 && twelveHourAfter(text[i+len(m[0]):]) {
			monthFirst = true
		}
	}
	return dayOf(m, monthFirst)
}

// twelveHourAfter reports whether rest, the text after a numeric date,
// opens with an hour on a twelve-hour clock, its seconds or not, and
// "AM" or "PM" (" 4:12:09 PM"): the date's numbers are then month first,
// as an American English page writes them ("Posted: 3/8/2025 4:12:09
// PM", Jitbit AspNetForum's post head, ASP.NET's en-US format), on a page
// that does not say its language; the day-first Englishes write their
// hours on a twenty-four-hour clock ("08/03/2025 16:12:09").
func twelveHourAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	i := 0
	for i < len(rest) && i < 2 && isDigit(rest[i]) {
		i++
	}
	if i == 0 || i == len(rest) || rest[i] != ':' {
		return false
	}
	for j := 0; j < 2; j++ {
		if i+3 > len(rest) || rest[i] != ':' || !isDigit(rest[i+1]) || !isDigit(rest[i+2]) {
			if j == 0 {
				return false
			}
			break
		}
		i += 3
	}
	rest = strings.TrimLeft(rest[i:], " ")
	return len(rest) >= 2 && (rest[0]|0x20 == 'a' || rest[0]|0x20 == 'p') && rest[1]|0x20 == 'm' && (len(rest) == 2 || !isLetter(rest[2]))
}

// yearDigits reports whether text holds four ASCII digits in a row, as
// every date with its year does: publishedDate, publishedOnISO, dayDate
// and mailHeaderDate, which backtrack over every text they are given,
// need them (their \d{4}), and run only on the texts that hold them
// (FuzzYearDigits). On the tuning pages, 67 of the 149 texts statedDate
// ran its pattern on held no year.
func yearDigits(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// statedHour is a publication statement that gives an hour and no day:
// its verb and author, then "@", "à" or "at" and the hour ("Posté par
// Bernard @ 21:14", "Posted by Ann at 9:05").
var statedHour = regexp.MustCompile(publishedLead + `\s+(?:@|à|at)\s+\d{1,2}[:h]\d{2}\b`)

// hourOnly reports whether text holds a publication statement that
// gives its hour and no day (statedHour); the pattern runs only on the
// texts with a publication verb, as statedDate reads them.
func hourOnly(text string) bool {
	return strings.ContainsAny(text, ":h") && clockDigits(text) && publicationVerb(text) && statedHour.MatchString(text)
}

// clockDigits reports whether text holds an hour as statedHour needs one:
// a digit, ":" or "h" (either case: the pattern folds it), two digits
// (FuzzClockDigits).
func clockDigits(text string) bool {
	for i := 0; i+3 < len(text); i++ {
		if c := text[i+1]; (c == ':' || c|0x20 == 'h') && isDigit(text[i]) && isDigit(text[i+2]) && isDigit(text[i+3]) {
			return true
		}
	}
	return false
}

// publicationVerb reports whether text can hold one of publishedLead's
// verbs: it holds, in any case, a part of one that (?i) folds with no
// other letter than its capital ("publi", "ajout", "added", "en ligne",
// "paru", "cr" of "créé", "created" and "écrit", "written", "dig" of
// "rédigé", "envoy" of "envoyé"), or "post", "sent" or "started" with its "s" or
// the long s "ſ" that (?i) folds with it. The pattern, which backtracks
// from every byte, was a third of the date's reading on pages without a
// date in their metadata; most texts with a digit hold none of these.
// "asked" is publishedVerb's too, and "docs built", "compiled" and
// "generated" (of "generated from" and "generated on").
func publicationVerb(text string) bool {
	lower := make([]byte, len(text))
	for i := range len(text) {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, part := range publicationParts {
		if bytes.Contains(lower, part) {
			return true
		}
	}
	return false
}

// publicationParts are the parts publicationVerb looks for.
var publicationParts = [][]byte{[]byte("publi"), []byte("ajout"), []byte("added"), []byte("en ligne"), []byte("paru"),
	[]byte("cr"), []byte("written"), []byte("dig"), []byte("post"), []byte("po\u017ft"), []byte("envoy"), []byte("sent"), []byte("\u017fent"), []byte("article du"), []byte("lanc"), []byte("launched"), []byte("dated:"), []byte("aired:"), []byte("uploaded"), []byte("submitted"), []byte("dition du"), []byte("started"), []byte("\u017ftarted"), []byte("asked"), []byte("demand"), []byte("docs built"), []byte("compiled"), []byte("generated")}

// datedByline reads a byline that opens with its day, the author after
// "par" or "by" ("5 octobre 2025 par Hélène Carrère", as a blog theme's
// entry meta writes it): a publication statement without its verb, read
// when the page has none with one.
//
// The day may also follow the author, after "le" or "on", in a text of
// its own after the author's link ("<a>Christian</a> le mars 12 2011",
// PHP-Fusion's news footer, its month first in any language), after
// the author's name in parentheses and a comma (Phabricator's "shira.k
// (Shira Kowalczyk), Mar 10 2025, 4:12 PM"), or alone after the author's
// full name and a bullet ("Callum Ashby • March 16, 2025") or a comma
// ("Margit Oyelaran, 11 June 2025").
func datedByline(text string, monthFirst bool) (time.Time, bool) {
	text = oneLine(text)
	if rest, ok := strings.CutPrefix(text, "Posted by: "); ok {
		// "Posted by:", the author and the day after " on " ("Posted by:
		// Margaret Holroyd on Saturday 21 February 2026 - 16:05:12 |",
		// Xaraya's line under an article's title, its links after the
		// bar).
		return authorDay(rest, monthFirst)
	}
	for _, by := range []string{" par ", " by ", " Par ", " By "} {
		if head, author, ok := strings.Cut(text, by); ok && author != "" {
			// A comma may end the day ("mardi 3 juin 2025, par Secteur
			// emploi", SPIP 2.1's info-publi line).
			head = strings.TrimSuffix(head, ",")
			if t, ok := bareDate(head, monthFirst); ok || hasLetter(head) {
				if !ok {
					return pipedDay(head, monthFirst)
				}
				return t, ok
			}
			return authorDay(author, monthFirst)
		} else if rest, ok := strings.CutPrefix(text, by[1:]); ok {
			return authorDay(rest, monthFirst)
		}
	}
	for _, on := range []string{"le ", "on "} {
		if day, ok := strings.CutPrefix(text, on); ok {
			return bareDate(day, monthFirst)
		}
		if place, day, ok := strings.Cut(text, ") "+on); ok && text[0] == '(' && fieldCount(place) <= 3 {
			// The author's town in parentheses before the day ("<b>Message
			// de <a>gilles38</a></b> (Grenoble) le mardi 4 février 2025 à
			// 21:17", a VoyageForum-like topic's message head), as a
			// reply's head has the day alone after the name's link.
			return bareDate(day, monthFirst)
		}
	}
	if day, author, ok := strings.Cut(text, " / "); ok && len(day) == len("02.01.2006") && day[2] == '.' && day[5] == '.' && author != "" && fieldCount(author) <= 3 {
		// A numeric day with dots, a slash and its author's user name
		// ("21.10.2025 / admin", Monstra's line under a post's heading).
		if t, ok := bareDate(day, monthFirst); ok {
			return t, true
		}
	}
	if head, day, ok := strings.Cut(text, " • "); ok && fullName.MatchString(head) {
		// The author's full name, a bullet and the day alone ("Callum
		// Ashby • March 16, 2025", Jigsaw's blog starter's line under a
		// post's <h1>). A middle dot is an issue's line's ("Trail News ·
		// Tuesday, April 8, 2025"), read as the issue's day.
		if t, ok := bareDate(day, monthFirst); ok {
			return t, true
		}
	}
	if head, rest, ok := strings.Cut(text, " | "); ok && fullName.MatchString(head) {
		// The author's full name, a bar and the day with its hour, the
		// topics after another bar ("Jo Treharne | 22.04.2006 17:45 |
		// <a>Social Struggles</a> | <a>Gloucester</a>", Indymedia's
		// div.articleinfo under a story's title).
		day, _, _ := strings.Cut(rest, " | ")
		if t, ok := bareDate(day, monthFirst); ok {
			return t, true
		}
	}
	if head, day, ok := strings.Cut(text, ", "); ok && len(text) <= 60 && fullName.MatchString(head) {
		// The author's full name, a comma and the day alone ("Margit
		// Oyelaran, 11 June 2025", odoc's preamble under a page's <h1>).
		if t, ok := bareDate(day, monthFirst); ok {
			return t, true
		}
	}
	if head, authors, ok := strings.Cut(text, " — "); ok && authors != "" && hasLetter(authors) {
		// The day, an em dash and the authors after it ("7 mars 2025 —
		// Lou Salaün, Bakary Diarra", Vocs' line under a blog post's
		// <h1>).
		if t, ok := bareDate(head, monthFirst); ok {
			return t, true
		}
	}
	if i := strings.Index(text, "), "); i > 0 && i < 60 && strings.IndexByte(text[:i], '(') >= 0 {
		// The author's full name in parentheses after their user name,
		// a comma and the day ("shira.k (Shira Kowalczyk), Mar 10 2025,
		// 4:12 PM", Phabricator's head of a post, Phame's).
		return bareDate(text[i+3:], monthFirst)
	}
	return time.Time{}, false
}

// pipedDay reads the day that opens a byline's head, "Le" or "On" and
// the day alone before its first " | ", the category after it ("Le
// 14/03/2011 | Dans Actualités | Par tarotvallon", Emyspot's line under
// a news item's title).
func pipedDay(head string, monthFirst bool) (time.Time, bool) {
	first, _, ok := strings.Cut(head, " | ")
	if !ok {
		return time.Time{}, false
	}
	for _, on := range []string{"Le ", "le ", "On ", "on "} {
		if day, ok := strings.CutPrefix(first, on); ok {
			return bareDate(day, monthFirst)
		}
	}
	return time.Time{}, false
}

// authorDay reads the day after the author of a byline that opens its
// line ("By Mira Castellan (mira) on 2025-02-18 20:14:52 [link]", a
// forum post's head, a post's number alone before it; "Par Claire le 14
// mars 2025"): after the first " on " or " le " in the author's 60
// bytes, an ISO 8601 day before a space or the end, or a date alone.
func authorDay(author string, monthFirst bool) (time.Time, bool) {
	for _, on := range []string{" on ", " le "} {
		i := strings.Index(author, on)
		if i < 0 || i > 60 {
			continue
		}
		day := author[i+len(on):]
		if d, _, ok := strings.Cut(day, " |"); ok {
			// The links after a bar (" | Printer-friendly | Send to a
			// friend") are no part of the day.
			day = d
		}
		if len(day) >= 10 && day[4] == '-' && day[7] == '-' && (len(day) == 10 || day[10] == ' ') {
			t, err := time.Parse("2006-01-02", day[:10])
			return t, err == nil
		}
		return bareDate(day, monthFirst)
	}
	if i := strings.LastIndex(author, " | "); i > 0 && i < 80 {
		// Or the day alone after the byline's last bar, the author's
		// role between ("By Mara Ellison | Field Coordinator | March 3,
		// 2025", a project report's byline on a GlobalGiving-like
		// page).
		return bareDate(strings.TrimSpace(author[i+len(" | "):]), monthFirst)
	}
	return time.Time{}, false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// dayOf returns the day publishedDate's or dayDate's groups say: a
// numeric date day first, or month first when monthFirst is set and its
// first number can be a month ("4/12/2025" is April 12 in American
// English; "25/12/2025" is still Christmas), or when its second cannot
// be one ("06-18-2025", as a forum writes it whatever the page's
// language).
func dayOf(m []string, monthFirst bool) (time.Time, bool) {
	var day, year int
	var month time.Month
	switch {
	case m[1] != "":
		day, _ = strconv.Atoi(m[1])
		month = months[strings.ToLower(m[2])]
		year, _ = strconv.Atoi(m[3])
	case m[4] != "":
		month = months[strings.ToLower(m[4])]
		day, _ = strconv.Atoi(m[5])
		year, _ = strconv.Atoi(m[6])
	case len(m) > 10 && m[10] != "":
		// Year first (publishedDate's last form): never month last.
		year, _ = strconv.Atoi(m[10])
		mo, _ := strconv.Atoi(m[11])
		month = time.Month(mo)
		day, _ = strconv.Atoi(m[12])
	default:
		day, _ = strconv.Atoi(m[7])
		mo, _ := strconv.Atoi(m[8])
		if monthFirst && day <= 12 || mo > 12 && day <= 12 {
			// Month first in American English, and wherever the
			// second number cannot be a month ("06-18-2025").
			day, mo = mo, day
		}
		month = time.Month(mo)
		year, _ = strconv.Atoi(m[9])
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// monthFirstLang reports whether the page's language, its <html lang>,
// writes numeric dates month first: English without a region, or American
// English ("en", "en-US"). British, Irish, Australian and other Englishes
// write the day first, as French does.
func monthFirstLang(doc *html.Node) bool {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(attr(c, "lang")), "_", "-")) {
			case "en", "en-us":
				return true
			}
			return false
		}
	}
	return false
}

// weekdayLead is a weekday before a date ("Sun, ", "Mardi ").
var weekdayLead = regexp.MustCompile(`^\p{L}{2,9}\.?,?\s+`)

// titledDate returns the day an element's title attribute holds ("Sun,
// Jan 26, 2025 5:08 PM"), when its text is no date but has a digit ("4
// months ago", as a wiki or a forum shows a date, the day on hover); or,
// without a title, the day of the Unix time a data attribute of it holds
// (epochDay), its text one text node.
func titledDate(n *html.Node) (time.Time, bool) {
	t := attr(n, "title")
	var day time.Time
	epoch := false
	if len(t) < len("2 May 2025") && n.FirstChild != nil && n.FirstChild == n.LastChild && len(n.Attr) > 0 {
		// Its attributes are looked at before its text is read.
		day, epoch = epochDay(n)
	}
	if !epoch && (len(t) < len("2 May 2025") || !strings.ContainsAny(t, "0123456789")) {
		return time.Time{}, false
	}
	text := textOf(n)
	if !strings.ContainsAny(text, "0123456789") {
		return time.Time{}, false
	}
	if _, ok := bareDate(text, false); ok {
		return time.Time{}, false
	}
	if epoch {
		return day, true
	}
	if day, ok := bareDate(t, false); ok {
		return day, true
	}
	return bareDate(weekdayLead.ReplaceAllString(strings.TrimSpace(t), ""), false)
}

// epochDay returns the day, in UTC, of the Unix time an element's data
// attribute named for a time holds, in seconds or milliseconds (ten or
// thirteen digits): '<span class="ago" data-datetime-unix="1741944600000">9
// months ago</span>', Atlassian Statuspage's; Discourse's "data-time",
// Facebook's "data-utime". titledDate reads it as it reads a title's day,
// on an element whose text is a distance.
func epochDay(n *html.Node) (time.Time, bool) {
	for _, a := range n.Attr {
		if !strings.HasPrefix(a.Key, "data-") || !strings.Contains(a.Key, "time") || len(a.Val) != 10 && len(a.Val) != 13 {
			continue
		}
		if strings.ContainsFunc(a.Val, func(r rune) bool { return r < '0' || r > '9' }) {
			continue
		}
		sec, _ := strconv.ParseInt(a.Val[:10], 10, 64)
		day := time.Unix(sec, 0).UTC()
		return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// statedAddress is a statement of the page's address in its text: a
// label that names this page's address, then the address ("Adresse de
// cette page : http://…", "Address of this page: https://…"), as old
// site builds print it in the footer or on the printed page.
var statedAddress = regexp.MustCompile(`(?i)\b(?:adresse de (?:cette|la) page|url de (?:cette|la) page|address of this page|url of this page|this page's address|page address|page url)\s*:?\s*(https?://[^\s<>"]+)`)

// statedURL returns the address of the first statement of the page's
// address among the page's visible texts (numberTexts), or "": the page's
// URL when no link or metadata gives one.
func statedURL(texts []string) string {
	for _, t := range texts {
		if !strings.Contains(t, "://") {
			continue
		}
		if m := statedAddress.FindStringSubmatch(t); m != nil {
			return strings.TrimRight(m[1], ".,;)")
		}
	}
	return ""
}

// mailHeaderDate is the date of a message in a mail archive, as the
// archive shows the message's header: its Date line, RFC 5322's date
// after "Date:" ("Date: Thu, 9 Oct 2025 18:42:07 +0200", as MHonArc
// and Sympa list the header), or the line of asctime's form alone, a
// time with its seconds and a zone's name before the year ("Mar Mar 11
// 21:14:03 CET 2025", as Pipermail sets it under the sender, its
// weekday and month in the list's language). An agenda's or a reply's
// date is written neither way.
var mailHeaderDate = regexp.MustCompile(`^(?:Date ?: (?:\p{L}{3}, )?(\d{1,2}) (\p{L}{3,4})\.? (\d{4}) \d{1,2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|[A-Z]{2,5})(?: \([A-Z]{2,5}\))?|\p{L}{3}\.? (\p{L}{3,4})\.? (\d{1,2}) \d{1,2}:\d{2}:\d{2} (?:[A-Z]{2,5} )?(\d{4}))$`)

// nowLabels label the time a page was made at, a forum's clock in its
// footer (FUDforum's "Heure courante :" / "Current Time:"), lowercased,
// the colon dropped.
var nowLabels = map[string]bool{"heure courante": true, "current time": true, "heure actuelle": true, "it is currently": true, "nous sommes le": true}

// boardStamp returns, as "2006-01-02", the day of a text that ends with
// an imageboard post's time, its year in two digits, its month and its
// day between slashes, the weekday's abbreviation in parentheses and the
// hour ("25/01/12(Sun)14:03", as Futaba and its heirs, Wakaba and
// kusaba, write a post's head), or "". The bytes around its parentheses
// are looked at first.
func boardStamp(t string) string {
	t = strings.TrimSpace(t)
	if len(t) < len("25/01/12(Sun)14:03") {
		return ""
	}
	s := t[len(t)-len("25/01/12(Sun)14:03"):]
	if s[8] != '(' || s[12] != ')' || s[2] != '/' || s[5] != '/' || s[15] != ':' {
		return ""
	}
	for _, i := range []int{0, 1, 3, 4, 6, 7, 13, 14, 16, 17} {
		if !isDigit(s[i]) {
			return ""
		}
	}
	return "20" + s[0:2] + "-" + s[3:5] + "-" + s[6:8]
}

// todayClasses are the classes of a site's date bar, the day the page
// was served ('<div class="date_jour">Mercredi 12 Mars 2025</div>', a
// Dakaractu-like news site's bar over its menu), not the page's.
var todayClasses = map[string]bool{"date_jour": true, "date-jour": true, "datejour": true, "today": true, "date-today": true, "current-date": true}

// nowLabelled reports whether text c comes right after a label in bold
// of nowLabels, or is alone in an element of one of todayClasses.
func nowLabelled(c *html.Node) bool {
	if p := c.Parent; p != nil && p.FirstChild == c && c.NextSibling == nil && p.Type == html.ElementNode && len(p.Attr) > 0 && todayClasses[attr(p, "class")] {
		return true
	}
	prev := beforeBlank(c.PrevSibling)
	if prev == nil || prev.DataAtom != atom.B && prev.DataAtom != atom.Strong {
		return false
	}
	return nowLabels[strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.ToLower(textOf(prev))), ":"))]
}

// versionLine is a version number, a dash and a day: "2.0 — 3 March
// 2025".
var versionLine = regexp.MustCompile(`^\s*v?\d+(?:\.\d+){0,3}\s+[—–-]\s+(.{6,30}?)\s*$`)

// versionDay returns the day of text c when it is a versionLine alone in
// an element whose class is "version" (Racket Scribble's
// '<div class="versionbox"><span class="version">2.0 — 3 March
// 2025</span></div>'), "" otherwise.
func versionDay(c *html.Node) string {
	if c.Parent == nil || c.Parent.FirstChild != c || c.NextSibling != nil || !strings.EqualFold(strings.TrimSpace(attr(c.Parent, "class")), "version") {
		return ""
	}
	if m := versionLine.FindStringSubmatch(c.Data); m != nil {
		if _, ok := bareDate(m[1], false); ok {
			return m[1]
		}
	}
	return ""
}

// lengthDay returns the day in text c, alone in its element, before " • "
// or " · " and the episode's length ('<div class="caption2
// singleline">Mar 4, 2025 &bull; 47 min</div>', Overcast's episode
// head), or "".
func lengthDay(c *html.Node) string {
	if c.PrevSibling != nil || c.NextSibling != nil || len(c.Data) > 40 || c.Parent == nil || c.Parent.DataAtom == atom.Li || c.Parent.Parent != nil && c.Parent.Parent.DataAtom == atom.Li {
		// One in a list is another episode's ('<li><a …>The woman who
		// counted swifts</a><span class="episode-list__meta">March 25,
		// 2025 · 52 min</span></li>', a show's list under an episode).
		return ""
	}
	for _, sep := range []string{" • ", " · "} {
		if day, length, ok := strings.Cut(strings.TrimSpace(c.Data), sep); ok && mediaLength(length) {
			if _, ok := bareDate(day, false); ok && !eventClass(attr(c.Parent, "class")) {
				return day
			}
		}
	}
	return ""
}

// viewsDay returns the day in text c, first in its element, before " ·
// " and an element of its count of views alone ('<div
// class="story__info">October 2, 2024 · <span class="story__views">318
// views</span></div>', a Sutori-like story's line under its title), or
// "": the day the story was put online, where a date quoted in it is
// another's.
func viewsDay(c *html.Node) string {
	next := c.NextSibling
	if c.PrevSibling != nil || next == nil || next.Type != html.ElementNode || next.NextSibling != nil || len(c.Data) > 40 {
		return ""
	}
	day, ok := strings.CutSuffix(strings.TrimSpace(c.Data), " ·")
	if !ok {
		return ""
	}
	if v := strings.TrimSpace(textOf(next)); !strings.HasSuffix(v, " views") && !strings.HasSuffix(v, " vues") {
		return ""
	}
	if _, ok := bareDate(day, false); !ok {
		return ""
	}
	return day
}

// eventClass reports whether class names an event's part
// ("EventHeader__date", Mapado's): its day and hour there ("Samedi 12
// avril 2025 · 20:30") are when the event happens, not an episode's day
// and length.
func eventClass(class string) bool {
	return strings.Contains(class, "Event") || strings.Contains(class, "event")
}

// episodeDay reports whether text c is alone in an element followed by
// a " · " and an element that is only a media time: a podcast episode's
// details line, its day and its length (RSS.com's "<span>Aug 14,
// 2025</span> · <span>48:12</span>").
//
// Or the day opens its element and a separator in an element of its own
// ("|", "·") leads to the length in words or as a time (Fireside's
// '<div class="episode-meta">October 2nd, 2025 <span class="sep">|</span>
// 48 mins 12 secs</div>'). Or the separator between the day's element
// and the length's is an element of its own ("·", "•", "|").
func episodeDay(c *html.Node) bool {
	n := c.Parent
	if n == nil || n.FirstChild != c || !yearDigits(c.Data) {
		return false
	}
	if sep := c.NextSibling; sep != nil {
		if sep.Type != html.ElementNode || !strings.Contains("|·", strings.TrimSpace(textOf(sep))) || strings.TrimSpace(textOf(sep)) == "" {
			return false
		}
		next := sep.NextSibling
		return next != nil && next.Type == html.TextNode && next.NextSibling == nil && mediaLength(strings.TrimSpace(next.Data))
	}
	sep := n.NextSibling
	if sep == nil {
		return false
	}
	if sep.Type == html.ElementNode && sep.FirstChild != nil && sep.FirstChild == sep.LastChild && sep.FirstChild.Type == html.TextNode {
		// The separator an element of its own between the day's and
		// the length's ('<span>14 Feb 2025</span><span
		// class="dot">&bull;</span><span>48 min</span>', Hubhopper's
		// episode details): the length as a time or in words.
		if s := strings.TrimSpace(sep.FirstChild.Data); s != "·" && s != "•" && s != "|" {
			return false
		}
		next := sep.NextSibling
		return next != nil && next.Type == html.ElementNode && mediaLength(strings.TrimSpace(textOf(next)))
	}
	if sep.Type != html.TextNode || strings.TrimSpace(sep.Data) != "·" {
		return false
	}
	next := sep.NextSibling
	return next != nil && next.Type == html.ElementNode && timestamp.MatchString(strings.TrimSpace(textOf(next)))
}

// generatedOn is the rest of a generator's footer after its link:
// " on Thu Mar 13 2025 10:22:14 GMT+0000 (Coordinated Universal Time)",
// JavaScript's Date as a string; or " V4.99.44 on Mon Mar 03 2025
// 10:12:45", ROBODoc's, the generator's version before it and no zone
// after it.
var generatedOn = regexp.MustCompile(`^\s*(?:V\d+(?:\.\d+)+\s+)?on \p{L}{3} (\p{L}{3}) (\d{1,2}) (\d{4}) \d{1,2}:\d{2}:\d{2}(?: GMT[+-]\d{4}\b|\s*$)`)

// generatedDay returns the day of text c, as "13 Mar 2025", when it
// follows a link right after "generated by" (a documentation
// generator's footer, JSDoc's) or after "Generated from <file> with"
// (ROBODoc's); "" otherwise.
func generatedDay(c *html.Node) string {
	a := c.PrevSibling
	if a == nil || a.DataAtom != atom.A || a.PrevSibling == nil || a.PrevSibling.Type != html.TextNode {
		return ""
	}
	if lead := strings.TrimSpace(a.PrevSibling.Data); !strings.HasSuffix(strings.ToLower(lead), "generated by") && !(strings.HasPrefix(lead, "Generated from ") && strings.HasSuffix(lead, " with")) {
		// ROBODoc's "Generated from ./doc/migration.txt with <a
		// …>ROBODoc</a> V4.99.44 on …" names its source first.
		return ""
	}
	m := generatedOn.FindStringSubmatch(c.Data)
	if m == nil {
		return ""
	}
	return m[2] + " " + m[1] + " " + m[3]
}

// mediaLengthWords is an episode's length in words: "48 mins 12 secs",
// "41 min", "1 hr 2 mins", "1 h 05 min".
var mediaLengthWords = regexp.MustCompile(`^(?:\d{1,2} ?(?:hrs?|hours?|h)\.? ?)?\d{1,3} ?(?:mins?|minutes?|mn)\.?(?: \d{1,2} ?(?:secs?|seconds?|s)\.?)?$`)

// mediaLength reports whether t is an episode's length, as a time
// ("48:12") or in words (mediaLengthWords).
func mediaLength(t string) bool {
	return timestamp.MatchString(t) || mediaLengthWords.MatchString(t)
}

// preDateLine reports whether text c is alone in an element right after
// a text whose last line is "Date:" and spaces (a message's header in a
// <pre>, each value a link).
func preDateLine(c *html.Node) bool {
	n := c.Parent
	if n == nil || n.FirstChild != c || c.NextSibling != nil || n.PrevSibling == nil || n.PrevSibling.Type != html.TextNode {
		return false
	}
	prev := n.PrevSibling.Data
	if i := strings.LastIndexByte(prev, '\n'); i >= 0 {
		prev = prev[i+1:]
	}
	return strings.TrimSpace(prev) == "Date:"
}

// boldDateLabel reports whether c, a text, opens with ": " right after a
// <b> or <strong> that says "Date" alone: a mail header's line whose name
// is set in bold apart from its value.
func boldDateLabel(c *html.Node) bool {
	p := c.PrevSibling
	if !strings.HasPrefix(c.Data, ": ") || p == nil || p.Type != html.ElementNode || p.DataAtom != atom.B && p.DataAtom != atom.Strong {
		return false
	}
	f := p.FirstChild
	return f != nil && f == p.LastChild && f.Type == html.TextNode && strings.TrimSpace(f.Data) == "Date"
}

// boldColonDate returns the numeric day of text c, a day and its time
// ("09/02/2025 18:31"), when it comes right after a <b> or <strong> that
// says "Date :" or "Date:" alone: a message header's line whose name and
// colon are set in bold apart from its value; "" otherwise.
func boldColonDate(c *html.Node) string {
	p := c.PrevSibling
	if p == nil || p.Type != html.ElementNode || p.DataAtom != atom.B && p.DataAtom != atom.Strong || !strings.HasPrefix(c.Data, " ") || len(c.Data) > len(" 09/02/2025 18:31:00 ") {
		return ""
	}
	f := p.FirstChild
	if f == nil || f != p.LastChild || f.Type != html.TextNode {
		return ""
	}
	if label := strings.TrimSpace(f.Data); label != "Date :" && label != "Date:" {
		return ""
	}
	day, _, _ := strings.Cut(strings.TrimSpace(c.Data), " ")
	if len(day) < len("1/2/2025") || !yearDigits(day) || !strings.ContainsAny(day, "/.-") {
		return ""
	}
	return day
}

// labelColonBefore reports whether the node right before n is a text
// that ends with a colon, spaces aside, or with "Last updated" or "Posted
// on": a label's, n its value.
func labelColonBefore(n *html.Node) bool {
	p := n.PrevSibling
	if p != nil && p.Type == html.ElementNode && (p.DataAtom == atom.Strong || p.DataAtom == atom.B) && p.FirstChild != nil && p.FirstChild == p.LastChild {
		// The label in bold, its colon in it ('<strong>Posté le :
		// </strong><span class="popupcontrol">14/03/2025 21:08:12</span>',
		// YAF.NET's post head).
		p = p.FirstChild
	} else if p != nil && p.Type == html.TextNode && p.Data == " " && p.PrevSibling != nil && p.PrevSibling.DataAtom == atom.Span && p.PrevSibling.FirstChild != nil && p.PrevSibling.FirstChild == p.PrevSibling.LastChild {
		// The label in a <span> of its own, a space between it and
		// its value's ('<span class="s-la-meta-label">Last
		// Updated:</span> <span id="s-la-faq-updated">Mar 04,
		// 2025</span>', LibAnswers' facts under an answer): the
		// label's text.
		p = p.PrevSibling.FirstChild
	}
	if p == nil || p.Type != html.TextNode || n.Parent == nil {
		return false
	}
	t := strings.TrimRight(p.Data, " \t\n\u00a0")
	// So does "Last updated" without its colon ('<p>Last updated <span
	// title="Wed, Jan 14, 2026, 4:20 PM">14 Jan 2026</span></p>',
	// GitBook's footer of a page): the statement's line whole. So does
	// "Posted on" ('<div class="post_author_date">Posted on <span
	// class="post_content_date">May 20, 2025</span> by …</div>', FUEL
	// CMS's blog post under its heading), its line a statement of the
	// day, as a comment's "Posted on 5/21/2025 by …" in one text is.
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "Last updated") || strings.HasSuffix(t, "Posted on")
}

// authorBefore reports whether text c is alone in a <span> whose
// previous element is a link of class "author", or a <span> of a byline
// alone (bylineSpan).
func authorBefore(c *html.Node) bool {
	p := beforeLoneSpan(c)
	return p != nil && (p.DataAtom == atom.A && (attr(p, "class") == "author" || avatarLink(p)) || p.DataAtom == atom.Span && bylineSpan(p))
}

// bylineSpan reports whether span p holds one text alone, "By " and a name
// of maxBadgeWords words at most ('<div class="post-meta …"><span>By
// Harriet Quaye</span><span>February 14, 2025</span>…', a Bagisto blog
// post's line under its <h1>): the author, as a link of class "author"
// names one.
func bylineSpan(p *html.Node) bool {
	f := p.FirstChild
	if f == nil || f != p.LastChild || f.Type != html.TextNode {
		return false
	}
	name, ok := strings.CutPrefix(strings.TrimSpace(f.Data), "By ")
	w := fieldCount(name)
	return ok && w >= 1 && w <= maxBadgeWords
}

// avatarLink reports whether link a holds the author's picture first, its
// address naming an avatar, then a name of maxBadgeWords words at most ('<a
// href="/" class="_3xk0pr5"><img src="…/avatars/hollowlane.png" alt=""
// …/><span>hollowlane.eth</span></a>', a Mirror-like post's byline under
// its <h1>, its classes hashed): the author, as a link of class "author"
// names one.
func avatarLink(a *html.Node) bool {
	img := firstContent(a)
	if img == nil || img.DataAtom != atom.Img || !strings.Contains(attr(img, "src"), "avatar") {
		return false
	}
	w := nodeWords(a)
	return w >= 1 && w <= maxBadgeWords
}

// beforeLoneSpan returns the element before text c's <span> when c is
// alone in it, the element that says what the span's day is, or nil.
func beforeLoneSpan(c *html.Node) *html.Node {
	n := c.Parent
	if n == nil || n.DataAtom != atom.Span || c.PrevSibling != nil || c.NextSibling != nil {
		return nil
	}
	return prevElement(n)
}

// verbSpanBefore returns the text of the <span> right before text c's
// <span>, c alone in it, when it is a publication's verb and "on" alone
// ("asked on", "posted on", publicationVerb's), or "".
func verbSpanBefore(c *html.Node) string {
	p := beforeLoneSpan(c)
	if p == nil || p.DataAtom != atom.Span || p.FirstChild == nil || p.FirstChild != p.LastChild || p.FirstChild.Type != html.TextNode {
		return ""
	}
	v := strings.TrimSpace(p.FirstChild.Data)
	if len(v) > len("published on") || !strings.HasSuffix(v, " on") || !publicationVerb(v) {
		return ""
	}
	return v
}

// dateSpanBefore reports whether text c, alone in its <span>, is an ISO
// 8601 day alone and the element before that <span> a <span> that says
// "Date" alone: a field's value beside its name. The text's length and
// bytes are looked at first.
func dateSpanBefore(c *html.Node) bool {
	if len(c.Data) != len("2006-01-02") || c.Data[4] != '-' || c.Data[7] != '-' || !isDigit(c.Data[0]) {
		return false
	}
	p := beforeLoneSpan(c)
	return p != nil && p.DataAtom == atom.Span && p.FirstChild != nil && p.FirstChild == p.LastChild && p.FirstChild.Type == html.TextNode && p.FirstChild.Data == "Date"
}

// spanDateLabel reports whether c, a text, is a space and a day written
// year first with its time alone ("2026-03-03 19:47", isoMailDate's)
// right after a <span> that says "Date" alone: a forum post's header
// whose field names are set in spans apart from their values (mwForum's
// '<span class="htt">Date</span> 2026-03-03 19:47'). The text's length
// and first bytes are looked at first.
func spanDateLabel(c *html.Node) bool {
	t := strings.TrimSpace(c.Data)
	if len(t) < len("2006-01-02 15:04") || len(t) > len("2006-01-02 15:04:05") || !isDigit(t[0]) || t[4] != '-' || c.Data[0] != ' ' {
		return false
	}
	p := c.PrevSibling
	if p == nil || p.Type != html.ElementNode || p.DataAtom != atom.Span && p.DataAtom != atom.B && p.DataAtom != atom.Strong {
		return false
	}
	f := p.FirstChild
	if f == nil || f != p.LastChild || f.Type != html.TextNode {
		return false
	}
	if p.DataAtom == atom.Span && strings.TrimSpace(f.Data) == "Date" {
		return true
	}
	// Or in bold, in any case, its colon in it ('<b>DATE :</b>
	// 2025-09-18 14:32<br>', GForge's forum message head); or, in a
	// <span> or in bold, the creation's date and its colon ('<span
	// class="text-muted">Date de création :</span> 2025-03-18 09:12',
	// a GLPI knowledge base entry's facts).
	label, colon := colonLabel(f.Data)
	return colon && (p.DataAtom != atom.Span && strings.EqualFold(label, "date") || strings.EqualFold(label, "date de création") || strings.EqualFold(label, "creation date"))
}

// isoMailDate is a message's Date line as MARC's archive shows it in its
// header, the day written year first ("Date: 2025-03-11 14:02:37").
var isoMailDate = regexp.MustCompile(`^Date ?: (\d{4})-(\d{2})-(\d{2}) \d{1,2}:\d{2}(?::\d{2})?$`)

// mailDate reads the first of the page's visible texts (numberTexts)
// that is a mail's date as an archive shows its header
// (mailHeaderDate, isoMailDate, fromMailDate): the day, at midnight UTC, as a visible
// date is read.
func mailDate(texts []string) (time.Time, bool) {
	for _, t := range texts {
		if !yearDigits(t) {
			continue
		}
		if m := mailHeaderDate.FindStringSubmatch(oneLine(t)); m != nil {
			return dayOf(m, false)
		}
		if m := isoMailDate.FindStringSubmatch(oneLine(t)); m != nil {
			// dayOf's numeric form: day, month, year.
			return dayOf([]string{"", "", "", "", "", "", "", m[3], m[2], m[1]}, false)
		}
		if strings.Contains(t, "> - ") {
			if m := fromMailDate.FindStringSubmatch(oneLine(t)); m != nil {
				return dayOf([]string{"", "", "", "", "", "", "", m[3], m[2], m[1]}, false)
			}
		}
	}
	return time.Time{}, false
}

// fromMailDate is a message's From line as SourceForge's list archive
// shows it, the sender, the address in angle brackets, a dash and the
// day and time written year first ("Ines Carrow <ines@q...> - 2025-03-14
// 09:12:45", after a "From:" in bold).
var fromMailDate = regexp.MustCompile(`^(?:From: ?)?[^<>]{1,60} <[^<>\s]{1,60}> - (\d{4})-(\d{2})-(\d{2}) \d{1,2}:\d{2}(?::\d{2})?$`)

// submittedLine is Drupal's byline of a node in the core's default medium
// date format, "D, m/d/Y - H:i", month first whatever the site's language
// (only the weekday is translated): "Submitted by Carol Benton on Tue,
// 03/18/2025 - 10:12", "Soumis par Claire Dumontet le dim, 03/09/2025 -
// 18:42" (Sunday, 9 March).
var submittedLine = regexp.MustCompile(`(?i)\b(?:submitted by|soumis par)\s+[^\n]{1,60}?\s+(?:on|le)\s+\p{L}{2,4}\.?,\s+(\d{2})/(\d{2})/(\d{4})\s+-\s+\d{2}:\d{2}\b`)

// submittedDate returns the day of the first of the page's visible texts
// (numberTexts) that is Drupal's byline in its default format
// (submittedLine), at midnight UTC.
func submittedDate(texts []string) (time.Time, bool) {
	for _, t := range texts {
		if !strings.Contains(t, "ubmitted") && !strings.Contains(t, "oumis") {
			continue
		}
		if m := submittedLine.FindStringSubmatch(t); m != nil {
			// dayOf's numeric form: day, month, year.
			return dayOf([]string{"", "", "", "", "", "", "", m[2], m[1], m[3]}, false)
		}
	}
	return time.Time{}, false
}

// isoClockTail reports whether s is an hour as an ISO 8601 day's time
// follows it after a space: two digits, a colon, two digits, the
// seconds after another colon or not, and a zone's abbreviation of two
// to five capitals after a space or none ("19:42:11 UTC", "09:05").
func isoClockTail(s string) bool {
	if len(s) < 5 || !isDigit(s[0]) || !isDigit(s[1]) || s[2] != ':' || !isDigit(s[3]) || !isDigit(s[4]) {
		return false
	}
	s = s[5:]
	if len(s) >= 3 && s[0] == ':' && isDigit(s[1]) && isDigit(s[2]) {
		s = s[3:]
	}
	if s == "" {
		return true
	}
	if len(s) < 3 || len(s) > 6 || s[0] != ' ' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
