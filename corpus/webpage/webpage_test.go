package webpage

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// article is enough prose for Readability to take a block for an article.
const article = `<p>Les machines virtuelles migrent vers un nouvel hyperviseur dans plusieurs collectivités, qui comptent réduire leurs coûts de licence et reprendre la main sur leur infrastructure.</p>
<p>Les équipes ont d'abord testé la solution sur un petit cluster, avant de déplacer les applications les moins critiques, puis le reste du parc au fil des mois.</p>`

func TestExtract(t *testing.T) {
	tests := []struct {
		name               string
		page               string
		wantTitle, wantURL string
		wantDate           string // RFC 3339, or "" for none
		wantIn, wantNotIn  string // in and not in the body
		wantErr            error
	}{
		{
			name:      "og title, canonical, published time",
			page:      `<html><head><title>Ignored | Site</title><meta property="og:title" content="Le vrai titre"><meta property="article:published_time" content="2024-03-14T08:30:00+01:00"><link rel="canonical" href="https://example.org/a"></head><body><article>` + article + `</article></body></html>`,
			wantTitle: "Le vrai titre", wantURL: "https://example.org/a", wantDate: "2024-03-14T08:30:00+01:00", wantIn: "machines virtuelles",
		},
		{
			name:      "title minus site name, og:url, time datetime in a dropped header",
			page:      `<html><head><title>Un titre assez long pour rester entier | Le Site</title><meta property="og:site_name" content="Le Site"><meta property="og:url" content="https://example.org/b"></head><body><div class="post-header"><time datetime="2023-09-27">27/09/2023</time></div><div class="content">` + article + `</div></body></html>`,
			wantTitle: "Un titre assez long pour rester entier", wantURL: "https://example.org/b", wantDate: "2023-09-27T00:00:00Z", wantIn: "petit cluster",
		},
		{
			name:      "h1 when there is no title",
			page:      `<html><body><h1>Titre du billet</h1><div>` + article + `</div></body></html>`,
			wantTitle: "Titre du billet", wantIn: "collectivités",
		},
		{
			name:      "JSON-LD date",
			page:      `<html><head><title>Kubernetes operators, three years later</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Kubernetes operators, three years later","datePublished":"2022-06-21"}</script></head><body><main>` + article + `</main></body></html>`,
			wantTitle: "Kubernetes operators, three years later", wantDate: "2022-06-21T00:00:00Z", wantIn: "hyperviseur",
		},
		{
			name:   "furniture inside the article goes",
			page:   `<html><body><article><ul class="share-buttons"><li>Partager sur Facebook</li></ul>` + article + `<div class="newsletter-box">Recevez notre lettre</div><section class="related-posts">Sur le même sujet</section><script>var tracker = 1;</script><style>.x{}</style><!-- commentaire --></article></body></html>`,
			wantIn: "hyperviseur", wantNotIn: "Partager",
		},
		{
			name:   "a layout wrapper named like furniture keeps its article",
			page:   `<html><body><div class="layout with-sidebar"><div class="text">` + article + article + `</div></div></body></html>`,
			wantIn: "petit cluster",
		},
		{
			name:    "no article",
			page:    `<html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a></nav><footer>© 2024</footer></body></html>`,
			wantErr: ErrNoArticle,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.page))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if tt.wantTitle != "" && p.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", p.Title, tt.wantTitle)
			}
			if p.URL != tt.wantURL {
				t.Errorf("url %q, want %q", p.URL, tt.wantURL)
			}
			date := ""
			if p.PublishedAt != nil {
				date = p.PublishedAt.Format(time.RFC3339)
			}
			if date != tt.wantDate {
				t.Errorf("published_at %q, want %q", date, tt.wantDate)
			}
			if !strings.Contains(p.Body, tt.wantIn) {
				t.Errorf("body lacks %q: %q", tt.wantIn, p.Body)
			}
			if tt.wantNotIn != "" && strings.Contains(p.Body, tt.wantNotIn) {
				t.Errorf("body keeps %q: %q", tt.wantNotIn, p.Body)
			}
			for _, junk := range []string{"tracker", "Recevez", "Sur le même sujet", ".x{}", "commentaire"} {
				if strings.Contains(p.Body, junk) {
					t.Errorf("body keeps %q: %q", junk, p.Body)
				}
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<meta charset="windows-1252">`, "windows-1252"},
		{`<meta charset=utf-8>`, "utf-8"},
		{`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">`, "ISO-8859-1"},
		{`<meta charset='latin1'/>`, "latin1"},
		{`<html><body>no declaration</body></html>`, ""},
		{strings.Repeat(" ", 1100) + `<meta charset="utf-16">`, ""}, // past the first 1024 bytes
	}
	for _, tt := range tests {
		if got := MetaCharset([]byte(tt.page)); got != tt.want {
			t.Errorf("MetaCharset(%.60q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

// FuzzExtract: any input, HTML or not, gives an article or an error,
// never a panic; an article's body is never empty and is valid UTF-8 when
// the input is.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("../testdata/pages/*.html")
	for _, p := range pages[:min(len(pages), 4)] {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<html><body><article>` + article + `</article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Extract(data)
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Body) == "" {
			t.Fatal("article with an empty body and no error")
		}
		if utf8.Valid(data) && (!utf8.ValidString(p.Body) || !utf8.ValidString(p.Title)) {
			t.Fatalf("invalid UTF-8 out of valid input: %q %q", p.Title, p.Body)
		}
	})
}

func TestExtractRefusesHugePages(t *testing.T) {
	page := "<html><body><article>" + article + strings.Repeat("<span>x</span>", maxElements) + "</article></body></html>"
	if _, err := Extract([]byte(page)); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("err %v, want a page too large", err)
	}
}

// TestDropFurniture: short blocks that read like furniture go, wherever
// they stand in the story; prose, code and lists of the story stay.
func TestDropFurniture(t *testing.T) {
	story := `<p>Les opérateurs de centres de données installent des pompes à chaleur pour revendre la chaleur de leurs serveurs aux réseaux urbains des villes voisines.</p>
<p>Le raccordement coûte cher quand le site est loin des logements, et les projets aboutissent surtout là où la collectivité l'a prévu dès le permis de construire.</p>
<p>En été, la demande de chaleur s'effondre alors que les serveurs tournent toujours, et les exploitants gardent des tours de refroidissement classiques.</p>`
	// The same story with each paragraph in a box of its own, as page
	// builders write it.
	boxed := `<div class="t">` + strings.ReplaceAll(strings.TrimSuffix(story, "</p>"), "</p>\n", "</p></div>\n<div class=\"t\">") + `</p></div>`
	tests := []struct {
		name, page        string
		wantIn, wantNotIn []string
	}{
		{
			name:      "follow-us line after the story",
			page:      `<article>` + story + `<p>Follow the Gazette on Mastodon, LinkedIn and YouTube for the latest news.</p></article>`,
			wantIn:    []string{"tours de refroidissement"},
			wantNotIn: []string{"Mastodon"},
		},
		{
			name:      "video caption and poll inside the story",
			page:      `<article>` + story[:strings.Index(story, "</p>")+4] + `<div class="x"><p>Vidéo. Les techniciens sur le chantier (durée 1'45)</p></div>` + story[strings.Index(story, "</p>")+4:] + `<div class="y"><p>Votre avis : la chaleur fatale, bonne idée ? Oui / Non / Sans avis</p></div></article>`,
			wantIn:    []string{"pompes à chaleur", "tours de refroidissement"},
			wantNotIn: []string{"Vidéo", "Sans avis"},
		},
		{
			name:      "a poll's answers go with its question",
			page:      `<article>` + story + `<div class="q"><p>Quick question: does your team sell its heat?</p><ul><li>Yes, to a city</li><li>Not yet</li></ul><p>812 readers answered</p></div><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></article>`,
			wantIn:    []string{"aides publiques"},
			wantNotIn: []string{"Quick question", "Not yet", "readers answered"},
		},
		{
			name:      "layout table: breadcrumb, ad, rating and previous/next go",
			page:      `<table><tr><td><font size="1"><a href="/">Home</a> &gt; <a href="/s">Storage</a> &gt; Heat</font>` + story + `<table><tr><td><b>Sponsored</b><br>Industrial heat pumps at wholesale prices. Free shipping over $500. <a href="#">Shop now</a></td></tr></table><p><font size="1">Was this useful? Rate it: <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> | 37 votes</font></p><font size="2">Previous: <a href="#">Cooling towers</a> | Next: <a href="#">Heat networks</a></font></td></tr></table>`,
			wantIn:    []string{"pompes à chaleur", "tours de refroidissement"},
			wantNotIn: []string{"Home", "wholesale", "Rate it", "Previous"},
		},
		{
			name:   "a short closing paragraph and the story's own list and code stay",
			page:   `<article>` + story + `<p>Three steps are enough:</p><ul><li>measure the heat</li><li>find a buyer nearby</li></ul><pre>heatctl export --site paris</pre><p>The rest is plumbing. And patience, mostly.</p></article>`,
			wantIn: []string{"measure the heat", "find a buyer", "heatctl export", "The rest is plumbing"},
		},
		{
			name:      "inserts boxed between the story's paragraphs: a reader question, an appeal, an editor's note",
			page:      `<article>` + story[:strings.Index(story, "</p>")+4] + `<div class="q"><p><b>À vous !</b> Votre entreprise revend-elle déjà sa chaleur ? Dites-le dans les commentaires.</p></div>` + story[strings.Index(story, "</p>")+4:] + `<div class="ask"><p>Independent journalism needs your help. Thousands of readers back our newsroom every month so everyone can read it for free. Give once or monthly from $2.</p><p><a href="#">Give now</a></p></div><p><i>Note : cet article a été corrigé le 4 février, une première version inversait deux chiffres.</i></p><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></article>`,
			wantIn:    []string{"pompes à chaleur", "tours de refroidissement", "aides publiques"},
			wantNotIn: []string{"commentaires", "Independent journalism", "Give now", "corrigé"},
		},
		{
			name:      "a link a CMS appended to a paragraph goes, the paragraph stays",
			page:      `<article>` + story + `<p>Le détail des aides figure dans <a href="#">le guide de l'agence régionale</a>, mis à jour chaque année par ses services.</p><p>Les exploitants attendent les aides publiques promises pour les projets qui valorisent leur chaleur. <strong>Read also: <a href="#">Heat networks in winter</a></strong></p><p>Les projets déjà lancés serviront d'exemple aux exploitants qui hésitent encore à revendre la chaleur de leurs serveurs.</p></article>`,
			wantIn:    []string{"aides publiques promises", "guide de l'agence"},
			wantNotIn: []string{"Read also", "Heat networks"},
		},
		{
			name:   "a story whose every paragraph is boxed stays whole, dated sentences and quotes included",
			page:   `<article><div class="para">` + strings.ReplaceAll(story, "</p>\n", "</p></div>\n<div class=\"para\">") + `</div><div class="para"><p>Le vote aura lieu le 12 mars.</p></div><div class="para"><blockquote>« La chaleur de nos serveurs chauffe déjà deux écoles et une piscine municipale », explique le directeur du site.</blockquote></div><div class="para"><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></div></article>`,
			wantIn: []string{"pompes à chaleur", "tours de refroidissement", "Le vote aura lieu le 12 mars", "deux écoles", "aides publiques"},
		},
		{
			name:      "a caption under a picture goes, a dated sentence of the story stays",
			page:      `<article>` + story[:strings.Index(story, "</p>")+4] + `<p><img src="a.jpg"></p><p>Les pompes installées sur le toit du bâtiment B. (Photo DR)</p><p>Le vote aura lieu le 12 mars.</p>` + story[strings.Index(story, "</p>")+4:] + `</article>`,
			wantIn:    []string{"pompes à chaleur", "Le vote aura lieu le 12 mars", "tours de refroidissement"},
			wantNotIn: []string{"Photo DR"},
		},
		{
			name:      "an interview's questions in bold are its subheadings; a short note in italics closing it goes",
			page:      `<article><p><b>Pourquoi revendre la chaleur de vos serveurs ?</b></p>` + story[:strings.Index(story, "</p>")+4] + `<p><b>Qu'est-ce qui freine vos projets ?</b></p>` + story[strings.Index(story, "</p>")+4:] + `<p><i>Propos relus par l'interviewé avant publication.</i></p></article>`,
			wantIn:    []string{"Pourquoi revendre", "freine vos projets", "pompes à chaleur", "tours de refroidissement"},
			wantNotIn: []string{"Propos relus"},
		},
		{
			name:   "a guide that speaks to its reader keeps its boxed note",
			page:   `<article><p>You can move your virtual machines to the new cluster in an afternoon. You only need the export tool and an account on both sides.</p><p>First, stop the machine you want to move and export its disk. The tool writes one file per disk, which you copy to the new cluster.</p><div class="note"><p><strong>Note:</strong> if your disks are thin provisioned, export them with the sparse option or the copy takes far longer.</p></div><p>Then import the disk on the new cluster, attach it to a new machine with the same settings, and start it.</p><p>Large disks take longer: the export reads every block, so plan an hour for a thin provisioned disk of a few hundred gigabytes, and use the sparse option whenever the tool offers it.</p></article>`,
			wantIn: []string{"thin provisioned", "export its disk", "same settings"},
		},
		{
			name:   "the story's own quotations, numbered steps and data table stay, in boxes or not",
			page:   `<article>` + story + `<div class="quote"><blockquote><p>« Vous ne pouvez pas imaginer ce que coûte une tour de refroidissement en été », résume le directeur du site.</p></blockquote></div><table><tr><th>Site</th><th>MW</th></tr><tr><td>Paris</td><td>12</td></tr><tr><td>Lyon</td><td>7</td></tr></table><ol><li><p>Mesurer la chaleur disponible.</p></li><li><p>Trouver un réseau à proximité.</p></li></ol><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></article>`,
			wantIn: []string{"Vous ne pouvez pas imaginer", "Mesurer la chaleur", "Trouver un réseau", "Lyon", "aides publiques"},
		},
		{
			name:      "a bio boxed after the story goes, the story's last paragraph stays",
			page:      `<article>` + story + `<p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p><div class="x"><p>Marie Dupont est journaliste spécialisée dans l'énergie. Elle a rejoint la rédaction en 2019 après dix ans de presse régionale.</p></div></article>`,
			wantIn:    []string{"aides publiques"},
			wantNotIn: []string{"Marie Dupont"},
		},
		{
			name:      "a forum post keeps its subheadings in bold; the replies marked up as comments and the attachments go",
			page:      `<div class="thread"><article class="message"><div class="body">Four of us walked the western half of the trail over the last weekend of October, about forty miles in four days, and here are my notes for anyone planning it.<br><br><b>Day 1: the downs, 9 miles</b><br>An easy start on dry chalk, with the track busy with day walkers until we were up on the downs and barely saw anyone.<br><br><b>Day 2: the mud, 13 miles</b><br>Overnight rain turned the rutted sections into long troughs of grey mud, and we lost at least an hour picking our way along the verges.<br><br><b>What I would tell anyone going in October</b><br><ul><li>Book accommodation early, as several places close for the season.</li><li>Wear boots, not trail shoes, and carry three litres of water each.</li></ul></div><section class="message-attachments"><ul class="attachmentList"><li><img src="a.jpg"><span>IMG_2031.jpg</span></li></ul></section></article><article class="message" itemscope itemtype="https://schema.org/Comment"><div class="body">Great write-up, thanks. Did you find anywhere to refill water between the two villages on the second day?</div></article></div>`,
			wantIn:    []string{"Day 1: the downs", "Day 2: the mud", "What I would tell anyone", "Book accommodation", "troughs of grey mud"},
			wantNotIn: []string{"Great write-up", "IMG_2031"},
		},
		{
			name:   "a subheading quoting its section stays",
			page:   `<article>` + story + `<h2>« La chaleur de nos serveurs chauffe deux écoles »</h2><p>« La chaleur de nos serveurs chauffe deux écoles et une piscine », explique le directeur du site, qui veut raccorder un troisième bâtiment l'an prochain.</p><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></article>`,
			wantIn: []string{"« La chaleur de nos serveurs chauffe deux écoles »", "aides publiques"},
		},
		{
			name:      "an editor's note and a prompt in sentences at the story's edges go",
			page:      `<article><div class="t"><p><strong>Note de la rédaction :</strong> cet article a été mis à jour le 22 mars pour ajouter les chiffres du deuxième trimestre, qui n'étaient pas encore publiés lors de sa première mise en ligne.</p></div><div class="t"><p>Cet article vous est offert. Pour soutenir une rédaction indépendante qui enquête chaque semaine sur l'énergie, rejoignez nos lecteurs abonnés.</p></div>` + boxed + `<div class="t"><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></div><div class="t"><p>Si cet article vous a plu, partagez-le autour de vous : c'est la meilleure façon de faire connaître notre travail.</p></div></article>`,
			wantIn:    []string{"pompes à chaleur", "aides publiques"},
			wantNotIn: []string{"Note de la rédaction", "offert", "partagez"},
		},
		{
			name:      "an affiliate disclosure under the standfirst goes",
			page:      `<article><div class="t"><p>Les centres de données chauffent déjà des piscines et des écoles : voici comment la chaleur des serveurs arrive jusqu'aux radiateurs.</p></div><div class="t"><p>Le Journal peut percevoir une commission lorsque vous achetez via les liens de notre site. Voici comment cela fonctionne.</p></div>` + boxed + `</article>`,
			wantIn:    []string{"chauffent déjà des piscines", "pompes à chaleur"},
			wantNotIn: []string{"commission"},
		},
		{
			name:   "a guide's first paragraph that speaks of itself and of sharing stays",
			page:   `<article><p>In this article, I explain how to share a folder between two machines on the same network.</p><p>First, install the file server on the machine that holds the folder, then pick the folder you want to share and give it a name the other machine will see.</p><p>On the other machine, open the network location and type the name of the share. The folder appears like any local drive and keeps its permissions.</p></article>`,
			wantIn: []string{"In this article, I explain how to share a folder"},
		},
		{
			name:      "a picture's caption in a box of its own goes, a poll's question goes with its answers",
			page:      `<article>` + boxed[:strings.Index(boxed, "</div>")+6] + `<div class="media"><img src="a.jpg"><div class="legend"><p>Sur le toit du bâtiment B, les pompes à chaleur revendent la chaleur des serveurs aux réseaux urbains des villes voisines.</p><p>Photo Jeanne Martin</p></div></div>` + boxed[strings.Index(boxed, "</div>")+6:] + `<div class="p"><p>Notre question de la semaine : les centres de données doivent-ils chauffer les villes voisines ?</p><ul><li>Oui, c'est une bonne idée</li><li>Non</li></ul><p>1 248 lecteurs ont répondu.</p></div><p>Les exploitants attendent maintenant les aides publiques promises pour les projets qui valorisent leur chaleur.</p></article>`,
			wantIn:    []string{"pompes à chaleur pour revendre", "tours de refroidissement", "aides publiques"},
			wantNotIn: []string{"bâtiment B", "Jeanne Martin", "question de la semaine", "lecteurs ont répondu"},
		},
		{
			name:   "a short note is never emptied",
			page:   `<article><p>Un article assez long pour Readability.</p></article>`,
			wantIn: []string{"Un article assez long"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractHas(t, "Un titre", "", tt.page, tt.wantIn, tt.wantNotIn)
		})
	}
}

// TestTrailingInsert: a link run after a paragraph's last sentence is an
// insert; a link the sentence goes on to, a footnote reference, or a link
// that is all there is, is not.
func TestTrailingInsert(t *testing.T) {
	for _, tt := range []struct {
		para, want string // want: the insert's text, or ""
	}{
		{`Le proviseur a tranché. <strong>» Lire aussi : <a href="#">Les collèges en fibre</a></strong>`, "» Lire aussi : Les collèges en fibre"},
		{`The vote is next week. <a href="#">Read the council's agenda</a>`, "Read the council's agenda"},
		{`« Nous verrons », dit-il. <em>Related: <a href="#">Heat pumps</a></em>`, "Related: Heat pumps"},
		{`Le détail figure dans le guide : <a href="#">guide des aides</a>`, ""},
		{`According to <a href="#">the report</a>, heat is cheap.`, ""},
		{`<a href="#">Only a link</a>`, ""},
		{`The vote is next week. <strong>No link here</strong>`, ""},
		{`Prices have fallen.<sup class="footnote-ref"><a href="#fn2">[2]</a></sup>`, ""},
		{`Prices have fallen. <a href="#fn3">3</a>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + tt.para + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.DataAtom == atom.P {
				p = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		got := ""
		if ins := trailingInsert(p); ins != nil {
			got = textOf(ins)
		}
		if got != tt.want {
			t.Errorf("%s: insert %q, want %q", tt.para, got, tt.want)
		}
	}
}

// furniturePattern is what furnitureName looks up in sets: a word of the
// name, between "-", "_", spaces and the ends (and, once splitCamel has
// marked them, camel case's), among the furniture words.
var furniturePattern = regexp.MustCompile(`(?i)(^|[-_ ])(share|sharing|social|subscribe|subscription|signup|sign-up|inscription|newsletter|abonnement|abonnez|related|similar|also|aussi|read-?more|lire-?aussi|recommend\w*|attachment\w*|promo|teaser|cta|meta|byline|kicker|infos|dateline|cookie\w*|consent|gdpr|banner|cmp[0-9]+|breadcrumbs?|fil-ariane|nav|navbar|menu|sidebar|widget|comments?|commentaires|disqus|footer|header|masthead|ad|ads|advert\w*|pub|publicite|sponsor\w*|paywall|popup|modal|tags?|author|auteur|writer|contributor|bio|signature|partage|print|toolbar|disclosure|disclaimer|remark|inset|reward)($|[-_ ])`)

func TestFurnitureName(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"share-buttons", true}, {"post-header", true}, {"entry-content", false}, {"Sidebar", true},
		{"cookie_banner", true}, {"cookiebar-x", true}, {"cookie.bar", false}, {"recommended", true},
		{"read-more", true}, {"readmore", true}, {"read_more", false}, {"sign-up-box", true}, {"sign_up", false},
		{"fil-ariane", true}, {"lire-aussi", true}, {"ads", true}, {"adsense", false}, {"header\tx", false},
		{"", false}, {"-", false}, {"a--b", false}, {"x-tags-", true}, {"padding", false}, {"tp-encadrement", false},
		{"message-attachments", true}, {"attachmentList", true}, {"affiliate-disclosure", true}, {"disclaimer", true},
		{"InlineNewsletter_wrap__Xq2Lp", true}, {"shareBar", true}, {"adLabel", true}, {"ArticleBody_paragraph__x3Fq1", false},
		{"message-userContent", false}, {"bbWrapper", false}, {"NAVIGATION", false},
		{"qc-cmp2-container", true}, {"cmp-text", false}, {"cmp2x", false},
	} {
		if got := furnitureName(tt.name); got != tt.want {
			t.Errorf("furnitureName(%q) = %v, want %v", tt.name, got, tt.want)
		}
		if got := furniturePattern.MatchString(splitCamel(tt.name)); got != tt.want {
			t.Errorf("pattern on %q = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzFurnitureName: the set lookups say what the pattern says, on ASCII
// names (the pattern folds a few non-ASCII letters, such as the long s,
// that class names do not use).
func FuzzFurnitureName(f *testing.F) {
	for _, s := range []string{"share-buttons", "cookie_banner", "read-more", "sign-up", "x-tags-", "recommend_x", "a b-c_d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for i := range len(name) {
			if name[i] >= utf8.RuneSelf {
				return
			}
		}
		if got, want := furnitureName(name), furniturePattern.MatchString(splitCamel(name)); got != want {
			t.Fatalf("furnitureName(%q) = %v, the pattern says %v", name, got, want)
		}
	})
}

// FuzzWordCounts: fieldCount counts what strings.Fields splits, and
// nodeWords what it splits of textOf's text, whatever the bytes (invalid
// UTF-8, U+0085 and no-break spaces, words split across elements).
func FuzzWordCounts(f *testing.F) {
	for _, s := range []string{"", " ", "a", " deux  mots ", "a\u00a0b\u0085c", "\xff \xfe", "x\u2003y\u3000", "<b>mot</b>coupé <i> </i>ici", "\t\n\v\f\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("fieldCount(%q) = %d, strings.Fields gives %d", s, got, want)
		}
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		if got, want := nodeWords(doc), len(strings.Fields(textOf(doc))); got != want {
			t.Fatalf("nodeWords of %q = %d, strings.Fields of its text gives %d", s, got, want)
		}
	})
}

// FuzzPublicationVerb: publicationVerb says yes to every text where
// publishedDate or publishedOnISO matches, whatever the case (the long s
// and the Kelvin sign fold with s and k in (?i)).
func FuzzPublicationVerb(f *testing.F) {
	for _, s := range []string{"Published on 3 June 2025", "PUBLIÉ LE 3 JUIN 2025", "Poſted by Ann on 2025-06-03", "Mise en ligne le 12/03/2025",
		"Créée par Hélène Roux le 2025/02/11", "WRITTEN BY NELL, 2 June 2025", "Rédigé le 4 mai 2025", "Ajouté il y a 8 mois", "écrit le 1er mai 2025", "© 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (publishedDate.MatchString(s) || publishedOnISO.MatchString(s)) && !publicationVerb(s) {
			t.Fatalf("publicationVerb(%q) = false where the pattern matches", s)
		}
	})
}

// TestPublishedFallbacks: the publication date of pages that state it
// neither as article:published_time nor in an article's JSON-LD.
func TestPublishedFallbacks(t *testing.T) {
	story := `<p>Le conseil municipal a voté mardi soir le budget de la saison prochaine, après trois heures de débat.</p>
<p>Les associations sportives recevront une enveloppe en hausse, tandis que les travaux du gymnase commenceront au printemps.</p>
<p>Le maire a rappelé que les tarifs de la piscine resteront inchangés pour les familles de la commune.</p>`
	page := func(head string) []byte {
		return []byte(`<!doctype html><html><head><title>Budget voté</title>` + head + `</head><body><article><h1>Budget voté</h1>` + story + `</article></body></html>`)
	}
	for _, tc := range []struct {
		name, head, want string
	}{
		{"meta name date", `<meta name="date" content="2013-11-17">`, "2013-11-17T00:00:00Z"},
		{"Dublin Core", `<meta name="DC.date.issued" content="2019-05-02T08:30:00+02:00">`, "2019-05-02T06:30:00Z"},
		{"JSON-LD of another type", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Budget voté","datePublished":"2025-03-21T17:00:00+01:00"}</script>`, "2025-03-21T16:00:00Z"},
		{"JSON-LD graph without an article", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"WebPage","datePublished":"2024-01-09"}]}</script>`, "2024-01-09T00:00:00Z"},
		{"article:published_time first", `<meta property="article:published_time" content="2020-02-02T10:00:00Z"><meta name="date" content="2013-11-17">`, "2020-02-02T10:00:00Z"},
		{"none", ``, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract(page(tc.head))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if p.PublishedAt != nil {
				got = p.PublishedAt.UTC().Format(time.RFC3339)
			}
			if got != tc.want {
				t.Errorf("published %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRound9: the structures round 8's rules lost article text or let
// furniture through on unseen pages (issue 16, round 9).
func TestRound9(t *testing.T) {
	p1 := `Le conseil municipal a voté mardi soir le budget de la saison prochaine, après trois heures de débat entre la majorité et l'opposition municipale.`
	p2 := `Les associations sportives recevront une enveloppe en hausse, tandis que les travaux du gymnase commenceront au printemps prochain, pour dix-huit mois.`
	p3 := `Le maire a rappelé que les tarifs de la piscine resteront inchangés pour les familles de la commune, malgré la hausse du prix de l'énergie cet hiver.`
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>`
	tests := []struct {
		name, head, page  string
		wantIn, wantNotIn []string
		date              string
	}{
		{
			name:   "a post of text and <br> in a widget box",
			page:   `<div class="widget Blog"><div class="post-body">` + p1 + `<br>` + p2 + `<br>` + p3 + `<br></div></div>`,
			wantIn: []string{"budget de la saison", "tarifs de la piscine"},
		},
		{
			name:   "a story of short <div>s in a box named furniture: Readability's choice",
			page:   `<div class="layout-sidebar"><div>Le conseil a voté le budget mardi soir, après trois heures de débat.</div><div>Les associations sportives recevront une enveloppe en hausse cette année.</div><div>Les travaux du gymnase commenceront au printemps, pour dix-huit mois.</div><div>Les tarifs de la piscine resteront inchangés pour les familles.</div><div>Le maire a promis un nouveau débat sur les transports à la rentrée.</div><div>L'opposition a voté contre, dénonçant un budget sans ambition.</div><div>La prochaine séance du conseil aura lieu le 14 octobre à la mairie.</div><div>Les habitants pourront y poser leurs questions sur le budget et les travaux.</div></div>`,
			wantIn: []string{"budget mardi soir", "tarifs de la piscine"},
		},
		{
			name:   "subheadings in a wiki's edit box, a section's <header>, or named header, stay",
			page:   `<article>` + `<div class="mw-heading"><h2>Le budget</h2><span>[<a href="/edit">edit</a>]</span></div><p>` + p1 + `</p><section><header><h2>Les associations</h2></header><p>` + p2 + `</p></section><h3 class="header-anchor-post">La piscine</h3><p>` + p3 + `</p></article>`,
			wantIn: []string{"Le budget", "Les associations", "La piscine", "tarifs de la piscine"},
		},
		{
			name:      "the article's header box keeps its standfirst, not its byline",
			page:      `<main><section class="article__header"><h1>Budget voté</h1><p class="desc">Trois heures de débat pour un budget en hausse, et des tarifs qui ne bougent pas.</p><div class="byline">Par Jeanne Martin</div></section><div class="body">` + story + `</div></main>`,
			wantIn:    []string{"Trois heures de débat pour un budget", "budget de la saison"},
			wantNotIn: []string{"Jeanne Martin"},
		},
		{
			name:      "a Q&A thread's answers go, an FAQ's stay",
			page:      `<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Budget voté ?</h1><div itemprop="text">` + story + `</div><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>Oui, et les associations y gagnent, car leur enveloppe augmente nettement cette année encore.</p></div></div></div>`,
			wantIn:    []string{"budget de la saison"},
			wantNotIn: []string{"y gagnent"},
		},
		{
			name:   "an FAQ page's answers are its article",
			page:   `<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h2 itemprop="name">Quand le budget a-t-il été voté ?</h2><div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">` + story + `</div></div></div></div>`,
			wantIn: []string{"budget de la saison", "tarifs de la piscine"},
		},
		{
			name:   "the author's footnotes stay",
			page:   `<article>` + story + `<p>Le budget total atteint 12 millions d'euros<sup><a href="#fn1">[1]</a></sup>, un record pour la commune.</p><div class="footnotes"><div class="fn"><p>[1] Hors budget annexe de l'eau. <a id="fn1" href="#ref1">↩</a></p></div></div></article>`,
			wantIn: []string{"[1] Hors budget annexe"},
		},
		{
			name:   "a ticker's <time> before the article's",
			page:   `<div class="ticker"><ul><li><time datetime="2025-02-27T18:10:00+01:00">18:10</time> <a href="/x">Vigilance orange</a></li></ul></div><article><div class="meta">Publié le <time class="date-publication" datetime="2025-02-27T16:35:00+01:00">27/02</time> Mis à jour le <time class="date-maj" datetime="2025-02-27T18:02:00+01:00">18:02</time></div>` + story + `</article>`,
			wantIn: []string{"budget de la saison"},
			date:   "2025-02-27T15:35:00Z",
		},
		{
			name: "microdata datePublished",
			page: `<div itemscope itemtype="http://schema.org/BlogPosting"><meta itemprop="datePublished" content="2012-06-06T21:14:00+02:00"><div>` + story + `</div></div>`,
			date: "2012-06-06T19:14:00Z",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := extractHas(t, "Budget voté", tt.head, tt.page, tt.wantIn, tt.wantNotIn)
			if tt.date != "" {
				got := ""
				if p.PublishedAt != nil {
					got = p.PublishedAt.UTC().Format(time.RFC3339)
				}
				if got != tt.date {
					t.Errorf("published %q, want %q", got, tt.date)
				}
			}
		})
	}
}

// The paragraphs of a council's budget story, the article of the small
// pages TestRound10, TestRound11 and TestRound12 hold their rules on.
const (
	councilP1   = `The council approved next season's budget on Tuesday evening after three hours of debate between the majority and the opposition.`
	councilP2   = `Sports clubs will receive a larger grant, while work on the gymnasium will start next spring and last for eighteen months.`
	councilP3   = `The mayor said swimming pool prices would stay the same for local families this winter, despite the rise in energy costs.`
	councilMore = `<p>The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.</p><p>The budget also pays for the pool's new heating, which the mayor said would cut the town's energy costs by a fifth within two winters.</p><p>Clubs will learn in March how the larger grant is shared; the council will vote again on the gymnasium's budget next spring.</p>`
)

// TestRound10 holds the rules of round 10 of issue 16, each on a small
// page (docs/quality.md).
func TestRound10(t *testing.T) {
	p1, p2, p3 := councilP1, councilP2, councilP3
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>`
	turn := func(at, who, text string) string {
		return `<div class="segment"><a class="time" href="#t=` + at + `">0` + at[:1] + `:` + at[1:] + `</a><p><span class="speaker">` + who + `:</span> ` + text + `</p></div>`
	}
	tests := []struct {
		name, page        string
		wantIn, wantNotIn []string
	}{
		{
			name:      "comments written as <article>s in a box named for them go",
			page:      `<article class="post"><h1>Budget approved</h1>` + story + `<div class="post__comment-wrapper"><h2>2 comments</h2><article class="post__comments-comment"><span>Jo B.</span><p>Thanks for explaining the grant so clearly.</p></article><article class="post__comments-comment"><p>Good news for the swimmers.</p></article></div></article>`,
			wantIn:    []string{"three hours of debate", "energy costs"},
			wantNotIn: []string{"explaining the grant", "Good news"},
		},
		{
			name: "boxes opened by a box's label go: a heading, a table's caption, a bold first line",
			page: `<article><h1>Budget approved</h1>` + story +
				`<div class="box"><h3>Notes to editors</h3><p>The town hall is open to the press every weekday; the full budget is published on the council's website.</p></div>` +
				`<table><caption>Fiche technique</caption><tr><th>Budget</th><td>12 M€</td></tr><tr><td>Vote</td><td>23 pour, 6 contre</td></tr></table>` +
				`<p><strong>Key facts</strong><br>Budget of 12 million, approved by 23 votes to 6, in force from January.</p></article>`,
			wantIn:    []string{"three hours of debate", "energy costs"},
			wantNotIn: []string{"Notes to editors", "open to the press", "Fiche technique", "23 pour", "Key facts", "23 votes"},
		},
		{
			name:      "a long part under a label keeps its text; the label goes",
			page:      `<article><h1>Budget approved</h1><section><h2>Key points</h2>` + story + story + story + story + `</section></article>`,
			wantIn:    []string{"three hours of debate", "energy costs"},
			wantNotIn: []string{"Key points"},
		},
		{
			name:   "a subheading that is not a label stays",
			page:   `<article><h1>Budget approved</h1><p>` + p1 + `</p><h2>Notes from the gymnasium</h2><p>` + p2 + `</p><p>` + p3 + `</p></article>`,
			wantIn: []string{"Notes from the gymnasium"},
		},
		{
			name:      "a caption in a picture's box goes",
			page:      `<article><h1>Budget approved</h1><div class="component image"><img src="a.jpg" alt=""><span class="image-caption">The council chamber on Tuesday evening. Photo: Town Hall</span></div>` + story + `</article>`,
			wantIn:    []string{"three hours of debate"},
			wantNotIn: []string{"council chamber", "Town Hall"},
		},
		{
			name: "a transcript keeps its short turns, not its seek links nor its automatic note",
			page: `<main><h1>Budget approved</h1><p>` + p1 + `</p><h2>Transcript</h2><p>This transcript was generated automatically and may contain errors.</p>` +
				turn("000", "Ann Lee", "Welcome back. Tonight we talk about the budget the council approved on Tuesday evening after three hours of debate between the majority and the opposition, and what it means for sports clubs.") +
				turn("024", "Tom Hart", "Thanks, Ann. It means a larger grant for every club in town, and the gymnasium works will finally start next spring, which the clubs have waited for since the roof leaked.") +
				turn("130", "Ann Lee", "And the pool?") +
				turn("135", "Tom Hart", "Prices stay the same for local families this winter, despite the rise in energy costs, which the mayor insisted on even though the opposition wanted them frozen for two years.") +
				turn("210", "Ann Lee", "Tom Hart, thank you.") + `</main>`,
			wantIn:    []string{"Ann Lee: And the pool?", "Ann Lee: Tom Hart, thank you.", "Tom Hart: Prices stay"},
			wantNotIn: []string{"01:30", "generated automatically", "Transcript"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractHas(t, "Budget approved", "", tt.page, tt.wantIn, tt.wantNotIn)
		})
	}
}

func TestStatedDate(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Publié le 4 mars 2025 à 8h12 · Au sommaire", "2025-03-04"},
		{"Published March 4, 2025", "2025-03-04"},
		{"Posted on 4 March 2025", "2025-03-04"},
		{"Mis en ligne le 04/03/2025", "2025-03-04"},
		{"Publié le 1er avril 2024", "2024-04-01"},
		{"mis à jour le 28 février 2025", ""},
		{"Updated March 3, 2025", ""},
		{"published 31 février 2025", ""},
		{"Posted by Mrs Keane, Year 5 class teacher, on 14 May 2025", "2025-05-14"},
		{"Publié par la rédaction le 3 juin 2025", "2025-06-03"},
		{"Posté le: Sam 26 Juil 2025, 21:47", "2025-07-26"},
	} {
		got, ok := statedDate(c.text, false)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != c.want {
			t.Errorf("statedDate(%q) = %q, want %q", c.text, s, c.want)
		}
	}
}

// TestRound11 holds the rules of round 11 of issue 16, each on a small
// page written for it.
func TestRound11(t *testing.T) {
	p1, p2, p3, more := councilP1, councilP2, councilP3, councilMore
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>` + more
	row := func(cells ...string) string { return `<tr><td>` + strings.Join(cells, `</td><td>`) + `</td></tr>` }
	tests := []struct {
		name, page        string
		wantIn, wantNotIn []string
	}{
		{
			name:   "a standfirst in an <h2> beside the body's box opens the article",
			page:   `<article><h1>Budget approved</h1><h2 class="lede">The town will spend more on sport and keep pool prices frozen, the council decided after a long debate.</h2><div class="byline">By Jo</div><div class="body">` + story + `</div></article>`,
			wantIn: []string{"keep pool prices frozen", "three hours of debate"},
		},
		{
			name:      "a header block's BEM part is judged by its own words",
			page:      `<main><header class="post-header"><h1>Budget approved</h1><div class="post-header_dek"><p>The town will spend more on sport and keep pool prices frozen, the council decided after a long debate.</p></div><div class="post-header_author">By Jo</div></header><section class="content">` + story + `</section></main>`,
			wantIn:    []string{"keep pool prices frozen", "three hours of debate"},
			wantNotIn: []string{"By Jo"},
		},
		{
			name:      "a press release's tail sections go",
			page:      `<article><h1>Budget approved</h1>` + story + `<div class="legal"><h4>Forward-looking statements</h4><p>This release contains statements about the future that involve risks.</p><h4>About Greenfield Council</h4><p>Greenfield Council serves 40,000 residents in three villages.</p><h4>Media contact</h4><p>press@greenfield.example</p></div></article>`,
			wantIn:    []string{"energy costs"},
			wantNotIn: []string{"Forward-looking", "involve risks", "About Greenfield", "40,000 residents", "press@"},
		},
		{
			name:      "a label heading inside the story goes alone; its section stays",
			page:      `<article><h1>Budget approved</h1><p>` + p1 + `</p><h2>Contact</h2><p>` + p2 + `</p><h2>What the mayor said</h2><p>` + p3 + `</p>` + more + `</article>`,
			wantIn:    []string{"eighteen months", "What the mayor said"},
			wantNotIn: []string{"Contact"},
		},
		{
			name:   "an 'About' section inside the story, followed by the story's own section, stays",
			page:   `<article><h1>Budget approved</h1><p>` + p1 + `</p><h2>About the gymnasium</h2><p>` + p2 + `</p><h2>What the mayor said</h2><p>` + p3 + `</p></article>`,
			wantIn: []string{"About the gymnasium", "eighteen months"},
		},
		{
			name:      "a data table inside the story is kept; a results box after it goes",
			page:      `<article><h1>Budget approved</h1><p>` + p1 + `</p><div class="wrap"><table>` + row("Item", "2024", "2025") + row("Sport", "1.2 M€", "1.5 M€") + row("Pool", "0.8 M€", "0.8 M€") + `</table></div><p>` + p2 + `</p><p>` + p3 + `</p><div class="results"><h3>Vote by group</h3><table>` + row("Majority", "23") + row("Opposition", "6") + row("Abstentions", "2") + `</table></div></article>`,
			wantIn:    []string{"1.5 M€", "0.8 M€", "energy costs"},
			wantNotIn: []string{"Vote by group", "Abstentions"},
		},
		{
			name:      "the author's verdict in an <aside> stays; an inset practical box goes",
			page:      `<article><h1>Budget approved</h1><p>` + p1 + `</p><aside class="box"><p><strong>Our verdict:</strong> a prudent budget that favours clubs over big projects.</p></aside><p>` + p2 + `</p><div class="box" style="border:1px solid"><p><strong>How to apply for a grant</strong></p><p>Clubs can apply online before 31 March on the town's website.</p></div><p>` + p3 + `</p></article>`,
			wantIn:    []string{"Our verdict: a prudent budget", "energy costs"},
			wantNotIn: []string{"How to apply", "apply online"},
		},
		{
			name:      "a writer's tagline with an e-mail address goes",
			page:      `<article><h1>Budget approved</h1>` + story + `<p>Jo Bloggs covers the town hall for the Gazette. Reach her at jo@gazette.example.</p></article>`,
			wantIn:    []string{"energy costs"},
			wantNotIn: []string{"covers the town hall"},
		},
		{
			name: "an e-mail's layout tables: the agenda box and the partner's offer go",
			page: `<table role="presentation"><tr><td><table role="presentation"><tr><td><h1>Budget approved</h1></td></tr>` +
				`<tr><td><p>` + p1 + `</p></td></tr><tr><td><table role="presentation"><tr><td><span>Partner</span> <strong>Swimfast</strong>, goggles: −10 % for members until 31 March with code POOL25. <a href="https://shop.example">Order</a></td></tr></table></td></tr>` +
				`<tr><td><h2>The pool</h2></td></tr><tr><td><p>` + p2 + `</p></td></tr><tr><td><p>` + p3 + `</p></td></tr><tr><td>` + more + `</td></tr></table></td></tr>` +
				`<tr><td><table role="presentation"><tr><td>Agenda</td></tr><tr><td><strong>Tuesday 11 March</strong> · Council meeting</td></tr><tr><td><strong>Friday 21 March</strong> · Clubs' assembly</td></tr></table></td></tr></table>`,
			wantIn:    []string{"The pool", "three hours of debate", "energy costs"},
			wantNotIn: []string{"Swimfast", "POOL25", "Agenda", "Clubs' assembly"},
		},
		{
			name: "an e-mail's layout tables without roles: the partner's offer goes, the story stays",
			page: `<table><tr><td><table><tr><td><h1>Budget approved</h1></td></tr>` +
				`<tr><td><p>` + p1 + `</p></td></tr><tr><td><table><tr><td><span>Partner</span> <strong>Swimfast</strong>, goggles: −10 % for members until 31 March with code POOL25. <a href="https://shop.example">Order</a></td></tr></table></td></tr>` +
				`<tr><td><h2>The pool</h2></td></tr><tr><td><p>` + p2 + `</p></td></tr><tr><td><p>` + p3 + `</p></td></tr><tr><td>` + more + `</td></tr></table></td></tr></table>`,
			wantIn:    []string{"The pool", "three hours of debate", "energy costs"},
			wantNotIn: []string{"Swimfast", "POOL25"},
		},
		{
			name:   "an <h2> of two of a long headline's words is a section heading",
			page:   `<article><h1>Budget approved: more for sport, pool prices frozen and a new gymnasium</h1><p>` + p1 + `</p><h2>Pool prices</h2><p>` + p2 + `</p><p>` + p3 + `</p></article>`,
			wantIn: []string{"Pool prices", "energy costs"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractHas(t, "Budget approved: more for sport, pool prices frozen and a new gymnasium", "", tt.page, tt.wantIn, tt.wantNotIn)
		})
	}
}

// TestRound12 holds the rules of round 12 of issue 16, each on a small
// page.
func TestRound12(t *testing.T) {
	p1, p2, p3, more := councilP1, councilP2, councilP3, councilMore
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>` + more
	toggle := func(q, a string) string {
		return `<div class="toggle-block"><div role="button" aria-expanded="true"></div><div><div>` + q + `</div><div><div class="text-block">` + a + `</div></div></div></div>`
	}
	tests := []struct {
		name, page        string
		wantIn, wantNotIn []string
	}{
		{
			name:      "a block editor's wrapper around a lone subheading is the heading's; a callout's icon goes",
			page:      `<main><h1>Budget approved</h1><div class="text-block">` + p1 + `</div><div class="editor-sub_header-block"><div><h3>The pool</h3></div></div><div class="text-block">` + p2 + `</div><div class="text-block">` + p3 + `</div><div class="callout-block"><div role="img" aria-label="📣">📣</div><div>We are hiring lifeguards, see our jobs page.</div></div>` + more + `</main>`,
			wantIn:    []string{"The pool", "eighteen months"},
			wantNotIn: []string{"📣"},
		},
		{
			name: "an FAQ's questions and answers in toggles stay; a poll goes",
			page: `<article><h1>Budget approved</h1>` + story + `<h2>Your questions</h2>` +
				toggle(`Will pool prices change for members?`, `No. Current season tickets keep their price, and the council has frozen the rates until the end of next year at least.`) +
				toggle(`When does the gymnasium close?`, `In April. The clubs that train there will move to the school halls, which the council has booked for the whole of the works.`) +
				`<div class="poll"><p>Do you approve of the budget?</p><p>Yes</p><p>No</p><p>Don't know</p></div></article>`,
			wantIn:    []string{"Will pool prices change for members?", "frozen the rates", "When does the gymnasium close?", "school halls"},
			wantNotIn: []string{"Do you approve", "Don't know"},
		},
		{
			name:      "a press office's contact line under the story goes",
			page:      `<article><h1>Budget approved</h1>` + story + `<p><em>Contact presse : presse@greenfield.example. The full budget, the council's report and photos in high definition are available on request.</em></p></article>`,
			wantIn:    []string{"energy costs"},
			wantNotIn: []string{"presse@", "high definition"},
		},
		{
			name:      "a key-figures box goes",
			page:      `<article><h1>Budget approved</h1><p>` + p1 + `</p><p>Among the changes:</p><ul><li>` + p2 + `</li><li>` + p3 + `</li></ul><div class="portlet"><section><div class="content"><h3>Chiffres clés</h3><ul><li>The budget approved by the council totals 12 million euros for the whole season.</li><li>The majority gave 23 votes for the budget and the opposition 6 against it.</li></ul></div></section></div>` + more + `</article>`,
			wantIn:    []string{"eighteen months", "energy costs"},
			wantNotIn: []string{"Chiffres clés", "23 votes", "12 million"},
		},
		{
			name:      "a sign-up box goes with its pitch, whatever its class",
			page:      `<article><h1>Budget approved</h1><p>` + p1 + `</p><p>` + p2 + `</p><div class="Inline_wrap__x1"><p>Greenfield Weekly</p><p>One story about the town's budget, its clubs and its pool every Friday. No ads, ever.</p><form><input type="email" placeholder="you@example.com"><button>Go</button></form></div><p>` + p3 + `</p>` + more + `</article>`,
			wantIn:    []string{"eighteen months", "energy costs"},
			wantNotIn: []string{"Greenfield Weekly", "No ads"},
		},
		{
			name: "a line in a picture's paragraph is its caption, not a subheading",
			page: `<div class="post"><h3>Budget approved</h3><div class="entry-content"><p style="text-align:center"><img src="hall.jpg" alt=""><br><em>The town hall on Tuesday</em></p>` +
				`<p>` + p1 + ` ` + p1 + `</p><p><strong>The clubs</strong></p><p>` + p2 + ` ` + p2 + `</p><p><strong>The pool</strong></p><p>` + p3 + ` ` + p3 + `</p>` + more + `</div></div>`,
			wantIn:    []string{"The clubs", "The pool", "energy costs"},
			wantNotIn: []string{"town hall on Tuesday"},
		},
		{
			name:   "a subheading the text names with the same words stays",
			page:   `<article><h1>Budget approved</h1><p>Here is what the budget changes, and what you can do if you run a sports club in the town.</p>` + story + `<h2>If you run a sports club</h2><p>` + p2 + ` Clubs apply online.</p></article>`,
			wantIn: []string{"If you run a sports club", "Clubs apply online"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractHas(t, "Budget approved", "", tt.page, tt.wantIn, tt.wantNotIn)
		})
	}
	t.Run("a post dated only by hAtom's published gets that date", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div class="hentry"><h3 class="entry-title">Budget approved</h3><div class="entry-content">`+story+`</div><div class="itemfooter">Posted at <abbr class="published" title="2025-04-12T18:32:00+02:00">18:32</abbr></div>`+
			`<div class="comments"><div class="comment"><p>Thanks!</p><abbr class="published" title="2025-04-13T09:47:00+02:00">13 April</abbr></div></div></div>`, []string{"energy costs"}, nil)
		if want := time.Date(2025, 4, 12, 16, 32, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a social post's page titled with the account takes the post's bold first line", func(t *testing.T) {
		p := extractHas(t, `Jo Bloggs: "Budget approved…" - Greenfield Social`, `<meta property="og:title" content="Jo Bloggs (@jo@greenfield.example)">`,
			`<div class="status"><p><strong>Budget approved: what changes</strong></p>`+story+`</div>`, []string{"energy costs"}, []string{"what changes"})
		if p.Title != "Budget approved: what changes" {
			t.Errorf("title %q", p.Title)
		}
	})
}

// TestRound13 holds the rules of round 13 of issue 16, each on a small
// page written for it.
func TestRound13(t *testing.T) {
	p1, p2, p3, more, story := councilP1, councilP2, councilP3, councilMore, councilStory
	checkRound(t, []roundCase{
		{
			name: "a standfirst after a headline last in its wrappers opens the article",
			page: `<main><div class="row"><div class="col"><div class="heading"><span class="caption">News story</span><h1>Budget approved</h1></div></div>` +
				`<div class="col"><p class="lead">The town's budget for next season gives more to its sports clubs and keeps pool prices as they are for families.</p></div></div>` +
				`<div class="row"><div class="col"><div class="metadata"><dl><dt>From:</dt><dd><a href="/council">Greenfield Council</a></dd></dl></div></div></div>` +
				`<div class="row"><div class="col"><div class="body">` + story + `</div></div></div></main>`,
			wantIn: []string{"keeps pool prices as they are", "energy costs"},
		},
		{
			name: "notes the text refers to, set after it in a section of their own, end the article",
			page: `<div class="page"><h1>Budget approved</h1><div id="text"><div class="text"><p>` + p1 + `<a class="footnotecall" href="#ftn1" id="bodyftn1">1</a></p><p>` + p2 + `</p><p>` + p3 + `</p>` + more + `</div></div>` +
				`<div id="notes" class="section"><h2>Notes</h2><div class="text"><p class="notesbaspage"><a href="#bodyftn1" id="ftn1">1</a> See the council's report on the budget, chapter four, on the costs of the pool.</p></div></div></div>`,
			wantIn: []string{"three hours of debate", "chapter four"},
		},
		{
			name: "a page builder's post-content widgets all hold the story; the widgets between them go",
			page: `<div class="builder"><h1>Budget approved</h1><div class="el el-widget el-widget-theme-post-content"><div class="el-widget-container"><h2>The clubs</h2><p>` + p1 + `</p><p>` + p2 + `</p></div></div>` +
				`<div class="el el-widget el-widget-counter"><div class="el-widget-container"><span>118</span><span>clubs in the town</span></div></div>` +
				`<div class="el el-widget el-widget-theme-post-content"><div class="el-widget-container"><h2>The pool</h2><p>` + p3 + `</p>` + more + `</div></div>` +
				`<div class="el el-widget el-widget-theme-post-content"><div class="el-widget-container"><h2>The debt</h2><p>The town's debt will stay at the level of last year, the treasurer said, because the gymnasium is paid for with a loan the town took out in the spring.</p>` +
				`<p>The opposition asked for the loan's terms to be published before the works begin, and the mayor promised to put them on the council's website within a month.</p>` +
				`<p>The next council meeting, on the first Tuesday of March, will look at the clubs' applications and at the first bids for the works on the gymnasium's roof.</p></div></div></div>`,
			wantIn:    []string{"The clubs", "three hours of debate", "eighteen months", "energy costs", "The debt"},
			wantNotIn: []string{"clubs in the town"},
		},
		{
			name: "a forum post's styled bold lines are subheadings; its signature goes",
			page: `<table class="forumline"><tr><td class="row1"><span class="name">Jo</span></td><td class="row1"><span class="postbody">` + p1 + `<br><br><span style="font-weight: bold">The clubs</span><br><br>` + p2 + ` ` + p2 +
				`<br><br><span style="font-weight: bold">The pool</span><br><br>` + p3 + ` ` + p3 + `<br><br><span style="font-weight: bold">The debt</span><br><br>` + p1 + ` ` + p2 + `</span><br><span class="postbody"><br>_________________<br>Four hives above the river - beekeeper since 2023</span></td></tr></table>`,
			wantIn:    []string{"The clubs", "The pool", "The debt"},
			wantNotIn: []string{"beekeeper", "____"},
		},
		{
			name:   "a subheading whose id is its own words stays",
			page:   `<article><h1>Budget approved</h1><p>` + p1 + `</p><h2 id="comment-s-inscrire">Comment s’inscrire</h2><p>` + p2 + `</p><p>` + p3 + `</p>` + more + `</article>`,
			wantIn: []string{"Comment s’inscrire"},
		},
	})
	t.Run("notes the text refers to, left outside the article, end it", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div id="text"><p>` + p1 + `<a href="#ftn1" id="bodyftn1">1</a></p><p>` + p2 + `</p></div>` +
			`<div id="notes"><h2>Notes</h2><p><a href="#bodyftn1" id="ftn1">1</a> See the council's report, chapter four.</p></div><div id="ad-3"><p>Buy <a href="#x1">2</a></p></div>`))
		if err != nil {
			t.Fatal(err)
		}
		var m meta
		prune(doc, &m)
		var article *html.Node
		for n := range doc.Descendants() {
			if attr(n, "id") == "text" {
				article = n
			}
		}
		gatherNotes(article, m.noteIDs)
		if got := strings.Join(strings.Fields(textOf(article)), " "); !strings.HasSuffix(got, "1 See the council's report, chapter four.") || strings.Contains(got, "Buy") {
			t.Errorf("article %q", got)
		}
	})
	t.Run("a box asking readers to get in touch is labelled", func(t *testing.T) {
		for _, label := range []string{"Get in touch", "Contactez-nous", "Share your story"} {
			doc, err := html.Parse(strings.NewReader(`<div class="include"><h2>` + label + `</h2><p>Do you swim at the pool? Tell us how the budget affects you.</p><p><a href="/send">Contact form</a></p></div>`))
			if err != nil {
				t.Fatal(err)
			}
			var box *html.Node
			for n := range doc.Descendants() {
				if attr(n, "class") == "include" {
					box = n
				}
			}
			if !labelledBox(box) {
				t.Errorf("%q does not label its box", label)
			}
		}
	})
	t.Run("without an <h1>, the title's longest part the page shows is the headline", func(t *testing.T) {
		p := extractHas(t, "Greenfield Forum :: View topic - Budget approved for next season", "",
			`<table><tr><td><span class="maintitle">Greenfield Forum</span></td></tr><tr><td><a class="maintitle" href="t1.html">Budget approved for next season</a></td></tr><tr><td><div class="post">`+story+`</div></td></tr></table>`, []string{"energy costs"}, nil)
		if p.Title != "Budget approved for next season" {
			t.Errorf("title %q", p.Title)
		}
	})
	for _, c := range []struct{ name, body string }{
		{"the time after \"Posted on\" dates the post, not the one after \"Edited on\"",
			`<article><h1>Budget approved</h1><p class="meta">Posted on <time datetime="2025-04-02T14:21:09Z">Apr 2</time><span class="published-at-edit"> • Edited on <time datetime="2025-04-04T08:02:47Z">Apr 4</time></span></p>` + story + `</article>`},
		{"a script's first-published date dates the page before a comment's time",
			`<script>var ctx = {"page":{"Title":"Budget approved","FirstPublishedDate":"2025-04-02T14:21:09Z","Created":"2025-03-30T10:00:00Z"}};</script><div class="canvas"><h1>Budget approved</h1>` + story + `</div><ul class="comments"><li class="comment"><time datetime="2025-04-03T09:00:00Z">3 April</time><p>Thanks!</p></li></ul>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := extractHas(t, "Budget approved", "", c.body, []string{"energy costs"}, nil)
			if want := time.Date(2025, 4, 2, 14, 21, 9, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
				t.Errorf("published at %v, want %v", p.PublishedAt, want)
			}
		})
	}
}

// councilStory is the council story the round tests set their pages'
// furniture around.
const councilStory = `<p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore

// roundCase is a small page titled "Budget approved" and what its body
// must hold and must not.
type roundCase struct {
	name, page        string
	wantIn, wantNotIn []string
}

// checkRound reduces each case's page and checks its body (extractHas).
func checkRound(t *testing.T, cases []roundCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			extractHas(t, "Budget approved", "", c.page, c.wantIn, c.wantNotIn)
		})
	}
}

// extractFile extracts the tuning page name (a file of
// corpus/testdata/pages), for a rule's case that needs a whole page's build.
func extractFile(t *testing.T, name string) Page {
	t.Helper()
	data, err := os.ReadFile("../testdata/pages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// extractPage extracts page, a whole page a rule's case builds.
func extractPage(t *testing.T, page string) Page {
	t.Helper()
	p, err := Extract([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// day is the day p is dated, or "" when it is undated: what a dating
// rule's case compares.
func day(p Page) string {
	if p.PublishedAt == nil {
		return ""
	}
	return p.PublishedAt.Format("2006-01-02")
}

// wantTitle checks the title a rule's case extracted for case name.
func wantTitle(t *testing.T, p Page, name, want string) {
	t.Helper()
	if p.Title != want {
		t.Errorf("%s: title %q, want %q", name, p.Title, want)
	}
}

// wantDay checks the day a dating rule's case extracted for case name
// ("" for undated).
func wantDay(t *testing.T, p Page, name, want string) {
	t.Helper()
	if got := day(p); got != want {
		t.Errorf("%s: published %q, want %q", name, got, want)
	}
}

// extractHas reduces a page made of title, head and body with the rules
// alone, and checks that its body holds every string of wantIn and none of
// wantNotIn. The rules' cases hold the rules: the edge model, asked after
// them, has its own (edgemodel_test.go), and the pages' figures hold the
// two together.
func extractHas(t *testing.T, title, head, body string, wantIn, wantNotIn []string) Page {
	t.Helper()
	p, err := extract([]byte(`<html><head><title>`+title+`</title>`+head+`</head><body>`+body+`</body></html>`), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	bodyHas(t, p.Body, wantIn, wantNotIn)
	return p
}

// bodyHas checks that body holds each of wantIn and none of wantNotIn.
func bodyHas(t *testing.T, body string, wantIn, wantNotIn []string) {
	t.Helper()
	for _, s := range wantIn {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q:\n%s", s, body)
		}
	}
	for _, s := range wantNotIn {
		if strings.Contains(body, s) {
			t.Errorf("body keeps %q:\n%s", s, body)
		}
	}
}

// TestRound14 holds the rules of round 14 of issue 16, each on a small
// page of its own.
func TestRound14(t *testing.T) {
	p1, p2, p3, more, story := councilP1, councilP2, councilP3, councilMore, councilStory
	checkRound(t, []roundCase{
		{
			name:   "a release's bold \"About …\" paragraphs and what follows them go",
			page:   `<article><h1>Budget approved</h1><div class="release">` + story + `<p><b>About Greenfield Council</b></p><p>Greenfield Council serves twelve thousand residents and runs the town's pool, library and sports grounds.</p></div></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"About Greenfield", "twelve thousand residents"},
		},
		{
			name:   "a box headed \"More from …\" goes",
			page:   `<article><h1>Budget approved</h1><div class="text">` + story + `</div><div class="summary"><div class="head"><h3>More from the Journal</h3></div><div class="item"><p>Notes and sketches from the spring clean-up of the riverbank.</p><p>Feb 12, 2025</p></div></div></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"More from", "riverbank"},
		},
		{
			name:   "an edit note and a programme's credits close the story and go",
			page:   `<article><h1>Budget approved</h1>` + story + `<p>Edit: thanks for all the replies. To everyone asking, the minutes of the meeting are on the council's website.</p><p><em>Produced by Jo Lane. Editing by Sam Reed. Music: "Wave" by The Night Bus Orchestra.</em></p></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"Edit:", "Produced by"},
		},
		{
			name:   "a publication's word for how it is paid for marks its appeal",
			page:   `<article><h1>Budget approved</h1>` + story + `<p><strong>Greenfield Weekly is reader-supported.</strong> If you enjoy our reporting, become a supporter for early access and a monthly letter from the editor.</p></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"reader-supported"},
		},
		{
			name:   "a line asking to pin the story on a social network goes; a dated label line goes",
			page:   `<article><h1>Budget approved</h1><p>Updated: 14 oct.</p><div class="text"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p><b>📌 Did you go to the meeting? Pin this on Pinterest and tag us, we love to see your photos!</b></p>` + more + `</div></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"Pinterest", "Updated"},
		},
	})
	t.Run("a title's prefix before the headline the page shows goes", func(t *testing.T) {
		for _, og := range []string{"Ep. 12: Budget approved for next season", "r/greenfield on Forum: Budget approved for next season"} {
			p := extractHas(t, og, `<meta property="og:title" content="`+og+`">`, `<article><h1>Budget approved for next season</h1>`+story+`</article>`, []string{"energy costs"}, nil)
			if p.Title != "Budget approved for next season" {
				t.Errorf("title %q", p.Title)
			}
		}
	})
	t.Run("the address in a share panel's field, a date alone in an element named for it", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div class="hero"><span class="hero__date">April 8, 2025</span><h1>Budget approved</h1></div><details class="share"><summary>Share</summary><label for="l">Link</label><input id="l" type="text" readonly value="https://weekly.example/budget-approved"></details><article>`+story+`</article>`, []string{"energy costs"}, nil)
		if p.URL != "https://weekly.example/budget-approved" {
			t.Errorf("url %q", p.URL)
		}
		if want := time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("the same instant written with its fraction is preferred", func(t *testing.T) {
		p := extractHas(t, "Budget approved", `<meta property="article:published_time" content="2025-09-23T03:30:00.412Z"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget approved","datePublished":"2025-09-23T05:30:00+02:00"}</script>`,
			`<article><h1>Budget approved</h1>`+story+`</article>`, []string{"energy costs"}, nil)
		if want := time.Date(2025, 9, 23, 3, 30, 0, 412e6, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
}

// TestRound15 holds the rules of round 15 of issue 16, each on a small
// page of its own.
func TestRound15(t *testing.T) {
	story := councilStory
	checkRound(t, []roundCase{
		{
			name: "boxes labelled \"L'essentiel\", \"Repères\" or a call to join go",
			page: `<article><h1>Budget approved</h1><div class="essential"><p class="essential-title">L’essentiel</p><ul><li>Larger grant for the clubs</li><li>Pool prices kept</li></ul></div>` +
				`<div class="text"><p>` + councilP1 + `</p><div class="box"><p class="box-title">Repères</p><p>1921: the pool opens. 118 clubs. 12,000 residents.</p></div><p>` + councilP2 + `</p>` +
				`<div class="blurb"><div class="blurb-content"><h4><span>Join the Greenfield Residents</span></h4><div class="blurb-text"><p>Alone we can do nothing, together we count. Membership is tax-deductible.</p></div></div></div><p>` + councilP3 + `</p>` + councilMore + `</div></article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"essentiel", "Pool prices kept", "Repères", "1921", "Join the", "together we count"},
		},
		{
			name:   "a record's credits close the notes and go",
			page:   `<article><h1>Budget approved</h1>` + story + `<p>released June 6, 2025</p><p>Recorded at the Town Hall, by the band, over three weeks of the winter. Mastered by Sam Reed, who also mixed it.</p></article>`,
			wantIn: []string{"eighteen months", "energy costs"}, wantNotIn: []string{"released June", "Mastered by"},
		},
		{
			name:   "a page note in a box of its own that sends the reader elsewhere goes",
			page:   `<article><h1>Budget approved</h1><div class="pageinfo"><p>This post covers the budget for next season. For last season's figures, see <a href="/budget-2024">the 2024 budget</a>.</p></div>` + story + `</article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"This post covers", "2024 budget"},
		},
		{
			name:   "the greeting that opens a message stays",
			page:   `<div class="post"><h3>Budget approved</h3><div class="post-content"><p>Dear all,</p>` + story + `</div></div>`,
			wantIn: []string{"Dear all,", "energy costs"},
		},
		{
			name:   "a heading's anchor mark goes",
			page:   `<article><h1>Budget approved</h1><p>` + councilP1 + `</p><h2>The clubs<a class="headerlink" href="#the-clubs" title="Link to this heading">¶</a></h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</article>`,
			wantIn: []string{"The clubs", "energy costs"}, wantNotIn: []string{"¶"},
		},
	})
	for _, c := range []struct{ name, title, head, body, want string }{
		{"the author's name after \", by\" goes from a work's title", "Budget approved | Greenfield Council", `<meta property="og:title" content="Budget approved, by Greenfield Council">`,
			`<h1>Greenfield Council</h1><div class="about">` + story + `</div>`, "Budget approved"},
		{"a code before a colon that opens the <h1> goes", "GEO2041: Budget approved for next season | Learn", "",
			`<h1>GEO2041 Field Methods (2025/26)</h1><div class="post"><h3>Budget approved for next season</h3>` + story + `</div>`, "Budget approved for next season"},
		{"the parts after the <h1>'s words but its number go", "Budget approved · greenfield/council · Discussion #12 · Hub", `<meta property="og:title" content="Budget approved · greenfield/council · Discussion #12">`,
			`<h1><span>Budget approved</span> <span>#12</span></h1><div class="post">` + story + `</div>`, "Budget approved"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if p := extractHas(t, c.title, c.head, c.body, []string{"energy costs"}, nil); p.Title != c.want {
				t.Errorf("title %q, want %q", p.Title, c.want)
			}
		})
	}
	t.Run("a header block's teaser is the page's standfirst, not furniture", func(t *testing.T) {
		for name, want := range map[string]bool{"page-header__teaser": false, "article-header__teaser": false, "teaser": true, "card__teaser": true, "teaser-list": true} {
			if got := furnitureName(name); got != want {
				t.Errorf("furnitureName(%q) = %v, want %v", name, got, want)
			}
		}
	})
	t.Run("a post's permalink gives the address; a relative-time element dates it", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<h1>Budget approved</h1><div class="post"><a href="#d1"><relative-time datetime="2025-04-22T15:04:11Z">Apr 22</relative-time></a>`+story+
			`<a href="https://forum.example/discuss.php?d=12#p7">Permalink</a></div>`, []string{"energy costs"}, nil)
		if p.URL != "https://forum.example/discuss.php?d=12" {
			t.Errorf("url %q", p.URL)
		}
		if want := time.Date(2025, 4, 22, 15, 4, 11, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	for _, c := range []struct{ name, head, body string }{
		{"an answer's page is dated by the answer in its QAPage", `<link rel="canonical" href="https://qa.example/q/1/answer/jo"><script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Budget approved?","dateCreated":"2021-09-14T10:22:05.000Z","suggestedAnswer":[{"@type":"Answer","url":"https://qa.example/q/1/answer/jo","dateCreated":"2025-04-22T00:00:00.000Z"}]}}</script>`,
			`<h1>Budget approved</h1><div class="answer">` + story + `</div>`},
		{"a visible statement whose author stands in an element of its own dates the page", "",
			`<h1>Budget approved</h1><div class="infos">Publié par <span class="auteur">Jo Lane</span> le 22/04/2025 à 17:31</div><div class="text">` + story + `</div><ul><li><a href="/x">Other news</a> <span class="date">10/04/2025</span></li></ul>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := extractHas(t, "Budget approved", c.head, c.body, []string{"energy costs"}, nil)
			if want := time.Date(2025, 4, 22, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
				t.Errorf("published at %v, want %v", p.PublishedAt, want)
			}
		})
	}
}

// TestRound16 holds the rules of round 16 of issue 16, each on a small
// page.
func TestRound16(t *testing.T) {
	story := councilStory
	const (
		councilMajority = `The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.`
		councilHeating  = `The budget also pays for the pool's new heating, which the mayor said would cut the town's energy costs by a fifth within two winters.`
	)
	section := func(s string) string {
		return `<section class="s_text_block"><div class="container">` + s + `</div></section>`
	}
	checkRound(t, []roundCase{
		{
			name: "a box named a call to action between the story's parts goes",
			page: `<div id="wrap"><h1>Budget approved</h1><div class="post_content_field">` + section(`<p>`+councilP1+`</p><p>`+councilP2+`</p><h2>The clubs</h2><p>`+councilMajority+`</p>`) +
				`<section class="s_call_to_action"><div class="container"><div class="row"><div class="col-lg-9"><h3>A project for your club?</h3><p class="lead">The council's officers visit the clubs for free for a first meeting.</p></div><div class="col-lg-3"><p><a class="btn btn-primary" href="/contact">Ask for a meeting</a></p></div></div></div></section>` +
				section(`<h2>The pool</h2><p>`+councilP3+`</p><p>`+councilHeating+`</p>`) + `</div></div>`,
			wantIn: []string{"three hours", "energy costs"}, wantNotIn: []string{"A project for", "officers visit", "Ask for"},
		},
		{
			name:   "a line of the page's dates alone goes",
			page:   `<article><h1>Budget approved</h1><p class="dates">Publiée le 15 nov. 2025 · Modifiée le 17 nov. 2025</p>` + story + `</article>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"Publiée", "Modifiée"},
		},
		{
			name: "a contact note in a class of its own that closes the story goes",
			page: `<div class="news-detail"><h1>Budget approved</h1><div class="news-content"><p>` + councilP1 + `</p><h3>The clubs</h3><p>` + councilP2 + `</p><p>` + councilMajority + `</p><h3>The pool</h3><p>` + councilP3 + `</p>` +
				`<p class="practical">Questions on the budget, the clubs' grant or the pool's prices? Contact the council on 05 62 00 00 00 or by the contact form.</p></div></div>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"Questions on", "05 62"},
		},
	})
	for _, c := range []struct {
		name, head, body string
		want             time.Time
	}{
		{"article:published_time without its offset dates the day", `<meta property="article:published_time" content="2025-03-12 09:41:07">`,
			`<h1>Budget approved</h1>` + story, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"a <time datetime> with a space for the T dates the day", "",
			`<h1>Budget approved</h1><div class="meta"><time datetime="2025-02-18 09:30:00+01:00">February 18, 2025</time></div><div class="text">` + story + `</div>`, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)},
		{"an element whose data-tag names the publication dates the page by its text", "",
			`<h1>Budget approved</h1><div><span data-tag="post-published-at">March 9, 2025</span></div><div class="text">` + story + `</div>`, time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"a date's element showing a relative time is dated by its <abbr title>", "",
			`<h1>Budget approved</h1><div class="post_meta">Devlog <span class="post_date"><abbr title="12 April 2025 @ 16:40 UTC">12 days ago</abbr></span></div><div class="text">` + story +
				`</div><ul><li><a href="/old">Older news</a> <span class="date">Mar 8, 2025</span></li></ul>`, time.Date(2025, 4, 12, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := extractHas(t, "Budget approved", c.head, c.body, []string{"energy costs"}, nil)
			if p.PublishedAt == nil || !p.PublishedAt.Equal(c.want) {
				t.Errorf("published at %v, want %v", p.PublishedAt, c.want)
			}
		})
	}
	t.Run("a numbered label and a project's name go from a title whose headline the page shows", func(t *testing.T) {
		p := extractHas(t, "Update 7: Budget approved for the clubs · Greenfield: a new gymnasium", "",
			`<h2 class="project">Greenfield: a new gymnasium</h2><div class="post"><header class="post-header"><p>Update #7</p><h2>Budget approved for the clubs</h2></header><div class="body">`+story+`</div></div>`, []string{"energy costs"}, nil)
		if want := "Budget approved for the clubs"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
}

func TestRound17(t *testing.T) {
	story := councilStory
	checkRound(t, []roundCase{
		{
			name:   "a picture's caption in italics after a line break in its paragraph goes",
			page:   `<main><h1>Budget approved</h1><content><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><p><img src="/hall.jpg" alt="The council hall"><br><em>The poster of the vote, drawn by Maëlle, our youngest councillor.</em></p><h2>The pool</h2><p>` + councilP3 + `</p>` + councilMore + `</content></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"drawn by Maëlle"},
		},
		{
			name:   "a picture's caption in small print goes",
			page:   `<main><h1>Budget approved</h1><content><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><p><a href="/hall.jpg"><img src="/hall.jpg" alt=""></a><br><small><em>The hall, full for the vote. The last four rows are the new seats.</em></small></p><h2>The pool</h2><p>` + councilP3 + `</p>` + councilMore + `</content></main>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"full for the vote"},
		},
		{
			name: "an author's line about themselves after a sign-up form goes",
			page: `<main><h1>Budget approved</h1><content>` + story + `</content><p class="tags"><a href="/t/budget">#budget</a></p><h3>Subscribe</h3><p>New posts by email, twice a month.</p><form action="/subscribe/"><input type="email" name="email"><button>Subscribe</button></form>` +
				`<p>I'm Claire, a reporter in the valley. I write here about the town's council, its schools and its clubs, and the budgets that pay for them every year.</p><h3>Recent posts</h3><ul><li><a href="/a">Older news</a></li></ul></main>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"I'm Claire", "New posts"},
		},
		{
			name: "a box a page builder names as furniture in a data attribute goes",
			page: `<div class="framer-q8mv2x" data-framer-name="Post"><div class="framer-1h4g" data-framer-name="Title"><h1 class="framer-text">Budget approved</h1></div>` +
				`<div class="framer-1i2q" data-framer-name="Content"><p class="framer-text">` + councilP1 + `</p><p class="framer-text">` + councilP2 + `</p><p class="framer-text">` + councilP3 + `</p></div>` +
				`<div class="framer-1ysb" data-framer-name="Share"><div class="framer-text">Share this post</div><a href="https://x.example/share">X</a></div>` +
				`<div class="framer-a7bio1" data-framer-name="Author card"><div class="framer-text"><strong>Sam Reyes</strong></div><div class="framer-text">Council reporter since 2019. Before that she ran the weekly paper of the valley for eight years.</div></div>` +
				`<div class="framer-1m3b" data-framer-name="More posts"><h3 class="framer-text">Keep reading</h3><a href="/a"><div class="framer-text">Clubs</div><div class="framer-text">New pitches for the football club</div></a></div></div>`,
			wantIn: []string{"energy costs"}, wantNotIn: []string{"Council reporter", "Sam Reyes"},
		},
		{
			name:   "the author's closing line that gives an address, in the class of every paragraph, stays",
			page:   `<div class="post"><h1>Budget approved</h1><div class="rich"><p class="framer-text">` + councilP1 + `</p><p class="framer-text">` + councilP2 + `</p><p class="framer-text">` + councilP3 + `</p><p class="framer-text">Questions about your club's grant? Reply to the email we sent or write to grants@council.example. A real person, usually Sam or me, will answer.</p></div></div>`,
			wantIn: []string{"energy costs", "A real person"},
		},
		{
			name: "a list the paragraph before it announces with a colon stays, in a box of its own",
			page: `<div class="blog-post"><h2 class="blog-title">Budget approved</h2><div class="blog-content"><div class="paragraph">` + councilP1 + `</div><div class="paragraph">` + councilP2 + `</div>` +
				`<div class="paragraph">The clubs that want a share of the larger grant must send three things to the town hall before March. Instead of a form, the council asks for:</div>` +
				`<div class="paragraph"><ul><li>a one-page plan of the season and the number of young members;</li><li>the club's accounts for last year, signed by its treasurer and its president;</li><li>a quote for any equipment the grant would pay for.</li></ul></div>` +
				`<div class="paragraph">` + councilP3 + `</div></div></div>`,
			wantIn: []string{"energy costs", "signed by its treasurer"},
		},
	})
	for _, c := range []struct {
		name, lang, body string
		want             time.Time
	}{
		{"a <time datetime> without seconds dates the day", "",
			`<h1>Budget approved</h1><p><i><time datetime="2025-03-02T08:12Z">02 Mar, 2025</time></i></p><div class="text">` + story + `</div>`, time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)},
		{"an American English page's numeric date is read month first", "en",
			`<h1>Budget approved</h1><p class="post-date"><span class="date-text">4/12/2025</span></p><div class="text">` + story + `</div>`, time.Date(2025, 4, 12, 0, 0, 0, 0, time.UTC)},
		{"a British English page's numeric date is read day first", "en-GB",
			`<h1>Budget approved</h1><p class="post-date"><span class="date-text">4/12/2025</span></p><div class="text">` + story + `</div>`, time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC)},
		{"an English page's date that cannot be month first is read day first", "en",
			`<h1>Budget approved</h1><p class="post-date"><span class="date-text">25/12/2025</span></p><div class="text">` + story + `</div>`, time.Date(2025, 12, 25, 0, 0, 0, 0, time.UTC)},
		{"an American English publication statement is read month first", "en-US",
			`<h1>Budget approved</h1><p class="byline">Posted on 3/9/2025 by the council</p><div class="text">` + story + `</div>`, time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte(`<html lang="` + c.lang + `"><head><title>Budget approved</title></head><body>` + c.body + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Body, "energy costs") {
				t.Errorf("body lacks the story:\n%s", p.Body)
			}
			if p.PublishedAt == nil || !p.PublishedAt.Equal(c.want) {
				t.Errorf("published at %v, want %v", p.PublishedAt, c.want)
			}
		})
	}
}

// TestRound18 holds the rules of round 18 of issue 16, each on a small
// page, written for any site, none keyed to the eleventh set's words,
// domains or ids.
func TestRound18(t *testing.T) {
	story := councilStory
	checkRound(t, []roundCase{
		{
			name: "the one element in the role of an article is the text; its preface, notes and kudos go",
			page: `<div id="main"><ul class="actions"><li><a href="/k">Kudos</a></li></ul><div id="work"><div class="preface group"><h2>Budget approved</h2><div class="summary module"><h3>Summary:</h3><blockquote><p>Three hours of talk and a vote at midnight, told by the one who took the minutes.</p></blockquote></div></div>` +
				`<div id="chapters" role="article"><div class="text"><h3 class="landmark">Story Text:</h3><p>` + councilP1 + ` The minutes were read back to the room at midnight, and nobody asked for a change.</p>` + story + `<p>` + councilP2 + ` The clubs' treasurers were in the room until the end, and two of them asked to speak before the vote.</p><p>` + councilP3 + ` The pool's users had written to the council in the autumn, and their letter was read aloud.</p></div></div>` +
				`<div class="afterword group"><h3>Notes:</h3><blockquote><p>Written for the valley's winter exchange; thanks to everyone who read it first.</p></blockquote></div></div>` +
				`<div class="feedback"><p>Lena, Marc and 40 more users left kudos on this story!</p><p>Comments on this story are moderated and appear once approved.</p></div></div>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Summary", "took the minutes", "Story Text", "winter exchange", "left kudos", "moderated"},
		},
		{
			name:   "a picture's caption in italics in the paragraph after the picture's goes",
			page:   `<main><h1>Budget approved</h1><div class="e-content"><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><p><img src="/hall.jpg" alt="The council hall"></p><p><em>The hall on Tuesday evening. Photo taken with the mayor's leave.</em></p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Photo taken"},
		},
		{
			name:   "a paragraph that asks in bold and ends with a short link is a call to action and goes",
			page:   `<main><h1>Budget approved</h1><div class="blog"><div class="module text"><p>` + councilP1 + `</p></div><div class="module text"><p>` + councilP2 + `</p></div><div class="module text"><p><strong>Does your club need a grant?</strong> We help with the forms for free, anywhere in the valley. <a href="/contact/">Write to us</a></p></div><div class="module text"><p>` + councilP3 + `</p></div><div class="module text">` + councilMore + `</div></div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"need a grant", "help with the forms"},
		},
		{
			name:   "a box its class names for the text's licence goes",
			page:   `<main><h1>Budget approved</h1><div class="chapter">` + story + `</div><div class="license-attribution"><p><a href="/budget/">Budget approved</a> Copyright © 2025 by the Valley Council is licensed under a Creative Commons Attribution 4.0 International License, except where otherwise noted.</p></div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Creative Commons"},
		},
		{
			name:   "the paragraph under the story's subheading that speaks of this page and its donors stays",
			page:   `<main><h1>Budget approved</h1><div class="RichText"><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p><h2>When the work starts</h2><p>Work starts in September, after the swallows have left the roof. We will post photos of the work on this page and invite everyone who sent a donation to the opening day.</p><p>Thank you in advance for your help, however small. Every gift counts.</p></div></main>`,
			wantIn: []string{"energy costs", "photos of the work"},
		},
	})
	t.Run("a box whose <header> holds only its label (learning objectives) is a labelled box", func(t *testing.T) {
		// On a small page the block pass drops the box anyway; on a
		// textbook's chapter, its list shares the text's words and stays.
		doc, err := html.Parse(strings.NewReader(`<div class="textbox"><header class="textbox__header"><p class="textbox__title">Learning Objectives</p></header><div class="textbox__content"><p>By the end of this section, you will be able to:</p><ul><li>name the grant the council approved for the sports clubs</li><li>describe the budget of the pool</li></ul></div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		box := find(doc, atom.Div)
		if box == nil || !labelledBox(box) {
			t.Error("the learning objectives' box is not a labelled box")
		}
	})
	t.Run("the name of the page's author after a separator is not the title's", func(t *testing.T) {
		p, err := Extract([]byte(`<html><head><title>Budget approved - Sam_Reyes - Town news [Valley Stories]</title></head><body><h1>Valley Stories</h1><h2>Budget approved</h2><p class="byline"><a rel="author" href="/users/Sam_Reyes">Sam_Reyes</a></p><div class="text">` + story + `</div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != "Budget approved" {
			t.Errorf("title %q, want %q", p.Title, "Budget approved")
		}
	})
	for _, c := range []struct{ name, head, body, want string }{
		{"a short tagline after the headline and a colon is not the title's",
			`<title>Budget approved : the facts</title><meta property="og:title" content="Budget approved : the facts">`,
			`<h1>Budget approved</h1><div class="text">` + story + `</div>`, "Budget approved"},
		{"the page's one <h1> between the colons of the <title> is the title",
			`<title>Announcement: Budget approved for the clubs and the pool: CIV 101 Town Council (Spring 2025)</title>`,
			`<h1>Budget approved for the clubs and the pool</h1><div class="text">` + story + `</div>`, "Budget approved for the clubs and the pool"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte(`<html><head>` + c.head + `</head><body>` + c.body + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("title %q, want %q", p.Title, c.want)
			}
		})
	}
	for _, c := range []struct {
		name, body string
		want       time.Time
	}{
		{"an ISO day in an element named for the publication dates the day",
			`<h1>Budget approved</h1><dl class="stats"><dt class="published">Published:</dt><dd class="published">2025-02-14</dd><dt>Words:</dt><dd>538</dd></dl><div class="text">` + story + `</div>`, time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte(`<html><head><title>Budget approved</title></head><body>` + c.body + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if p.PublishedAt == nil || !p.PublishedAt.Equal(c.want) {
				t.Errorf("published at %v, want %v", p.PublishedAt, c.want)
			}
		})
	}
}

// TestRound19 holds the rules of round 19 of issue 16, each on a small
// page (docs/quality.md).
func TestRound19(t *testing.T) {
	checkRound(t, []roundCase{
		{
			name:   "a callout box between the story's paragraphs goes",
			page:   `<main><h1>Budget approved</h1><section class="level2"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="callout callout-note"><div class="callout-header">Note</div><div class="callout-body"><p>The council's budget tables and the minutes of the debate are on the Data page, free to reuse. Corrections to the budget welcome.</p></div></div><p>` + councilP3 + `</p>` + councilMore + `</section></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Data page"},
		},
		{
			name:   "the post's appendix (reuse, citation) after the story goes",
			page:   `<main><h1>Budget approved</h1><section class="level2">` + councilStory + `</section><div id="post-appendix"><section><h2>Reuse</h2><p><a rel="license" href="/by/">CC BY 4.0</a></p></section><section><h2>Citation</h2><p>For attribution, please cite the council's budget story as: Reyes, Sam. 2025. "Budget approved." The council's news, March 2025, on the town's site.</p></section></div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Reuse", "For attribution"},
		},
		{
			name:   "a picture's caption in small italics on the line after it, in text written in lines, goes",
			page:   `<main><h1>Budget approved</h1><div class="entry-content">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br /><img src="/hall.jpg" alt="The hall" /><br /><small><i>The council hall from the gallery, on Tuesday evening.</i></small><br /><br />` + councilP3 + `<br /><br />The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.<br /><br />Clubs will learn in March how the larger grant is shared; the council will vote again on the gymnasium's budget next spring.</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs", "next spring"}, wantNotIn: []string{"from the gallery"},
		},
		{
			name:   "the opening paragraph that speaks of this post and of a thing shared is the author's",
			page:   `<main><h1>Budget approved</h1><div class="document"><p>Six months ago the council moved from one budget vote a year to two, shared between the spring and the autumn sessions. This post is the short version of the review we ran last week, for anyone in other towns who is thinking of doing the same.</p><h2>The vote</h2>` + councilStory + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs", "short version of the review"},
		},
		{
			name:   "a block editor's panel, marked with its kind, goes",
			page:   `<main><h1>Budget approved</h1><div class="document"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="editor-panel" data-panel-type="info"><div class="editor-panel__content"><p>The budget's tables now live in the council's shared folder, with the minutes of the debate on the clubs' grant and the pool's heating.</p></div></div><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"shared folder"},
		},
		{
			name:   "a table of contents' label over links to the page's sections goes with them",
			page:   `<main><h1>Budget approved</h1><div class="document"><p>` + councilP1 + `</p><h2>Contents</h2><ul class="toc"><li><a href="#clubs">The clubs' grant</a></li><li><a href="#pool">The pool's prices</a></li></ul><h2 id="clubs">The clubs' grant</h2><p>` + councilP2 + `</p><h2 id="pool">The pool's prices</h2><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Contents"},
		},
		{
			name:   "a subheading whose id is its own words behind \"toc-\" stays",
			page:   `<main><h1>Budget approved</h1><div class="content entry-content"><p>` + councilP1 + `</p><h2 id="toc-the-clubs-grant">The clubs' grant</h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "The clubs' grant", "energy costs"},
		},
		{
			name:   "a caption in a class the page's style sheet sets in italics, after the picture's paragraph, goes",
			page:   `<style>.c3{font-size:11pt}.c8{font-style:italic;font-size:10pt;color:#666666}</style><main><h1>Budget approved</h1><div class="doc-content"><p class="c1"><span class="c3">` + councilP1 + `</span></p><p class="c1"><span class="c3">` + councilP2 + `</span></p><p class="c1"><span style="display: inline-block; width: 400px;"><img alt="" src="/hall.jpg"></span></p><p class="c1"><span class="c8">The council hall on Tuesday evening. Photo: Sam Reyes.</span></p><p class="c1"><span class="c3">` + councilP3 + `</span></p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Photo: Sam Reyes"},
		},
		{
			name:   "a closing note in italics that speaks of this update goes",
			page:   `<main><h1>Budget approved</h1><div class="doc-content">` + councilStory + `<p><i>Printed copies of this update are at the town hall. Next update: June. The council's budget is open to everyone on the town's site.</i></p></div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Printed copies"},
		},
		{
			name:   "a paragraph that only states the page's publication and its date goes",
			page:   `<main><h1>Budget approved</h1><section class="story">` + councilStory + `<p class="published">Published by the Valley Gazette on Mar. 4, 2025.</p></section></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Valley Gazette"},
		},
	})
	t.Run("a heading that is the title's headline in the possessive goes as a repeat of the title", func(t *testing.T) {
		extractHas(t, "Sam Reyes Obituary (1941 - 2025) - Valley, VT - Valley Gazette | Remembered", "",
			`<main><section class="header"><h1>Sam Reyes</h1><p>1941 - 2025</p></section><section id="obituary"><h2>Sam Reyes's Obituary</h2>`+councilStory+`</section></main>`,
			[]string{"three hours of debate", "energy costs"}, []string{"Obituary"})
	})
	t.Run("a box named for a guest book is furniture, its <article> entries holding no article", func(t *testing.T) {
		// On a small page Readability leaves the guest book out anyway;
		// on an obituary's page, beside the text in <main>, it stays.
		doc, err := html.Parse(strings.NewReader(`<section id="guestbook"><h2>Guest Book</h2><article class="entry"><p>The council's budget is good news for the clubs: the larger grant will pay for our swimming coach this winter.</p><p class="meta">Lena Marsh · March 5, 2025</p></article><article class="entry"><p>Thank you to the mayor and the council for the pool's new heating.</p></article></section>`))
		if err != nil {
			t.Fatal(err)
		}
		box := find(doc, atom.Section)
		if box == nil || !junk(box) {
			t.Error("the guest book's box is not furniture")
		}
	})
	t.Run("a page without an <h1> whose title's shorter part Readability took is titled with the part it shows", func(t *testing.T) {
		p, err := Extract([]byte(`<html><head><title>The Valley Town Council News - Budget approved for the clubs and the pool</title></head><body><table><tr><td class="slogan">The Valley Town Council News</td></tr></table><table><tr><td class="main"><div class="box"><div class="boxtitle">Budget approved for the clubs and the pool</div><div class="article">` + councilStory + `</div></div></td></tr></table></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if want := "Budget approved for the clubs and the pool"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("who is online, the next outings and good to know are box labels", func(t *testing.T) {
		for _, label := range []string{"Qui est en ligne ?", "Prochaines sorties", "À savoir"} {
			doc, err := html.Parse(strings.NewReader(`<div class="box"><div class="boxtitle">` + label + `</div><ul><li>02/02 : the council's walk to the pool (14 km)</li><li>09/02 : the clubs' day</li></ul></div>`))
			if err != nil {
				t.Fatal(err)
			}
			if box := find(doc, atom.Div); box == nil || !labelledBox(box) {
				t.Errorf("the box labelled %q is not a labelled box", label)
			}
		}
	})
	t.Run("a blog's name as its <h1> after the headline and a separator is not the title's", func(t *testing.T) {
		p, err := Extract([]byte(`<html><head><title>Budget approved for the clubs - Sam's town notes - Blogsite</title><meta property="og:title" content="Budget approved for the clubs - Sam's town notes"></head><body><h1 class="blog-title"><a href="/">Sam's town notes</a></h1><div class="post"><h2 class="post-title">Budget approved for the clubs</h2><div class="post-content">` + councilStory + `</div></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if want := "Budget approved for the clubs"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("a date alone under the title line is the page's day and goes", func(t *testing.T) {
		p := extractHas(t, "Budget approved - Docs", `<meta property="og:title" content="Budget approved">`,
			`<div id="contents"><div class="doc-content"><p class="title"><span>Budget approved</span></p><p class="subtitle"><span>Tuesday 4 March 2025</span></p>`+councilStory+`</div></div>`,
			[]string{"three hours of debate", "energy costs"}, []string{"Tuesday 4 March"})
		if want := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a table labelled in the first cell of a row whose other cells are empty is a labelled box", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<table><tr><td><p><span>Committee contacts</span></p></td><td><p><span></span></p></td></tr><tr><td><p>Secretary (the clubs' grants)</p></td><td><p>Sam Reyes, secretary@council.example</p></td></tr></table>`))
		if err != nil {
			t.Fatal(err)
		}
		if box := find(doc, atom.Table); box == nil || !labelledBox(box) {
			t.Error("the committee's contacts are not a labelled box")
		}
	})
}

// TestRound20 holds the rules of round 20 of issue 16, each on a small
// page (docs/quality.md).
func TestRound20(t *testing.T) {
	checkRound(t, []roundCase{
		{
			name:   "a note box marked with its kind in its class goes",
			page:   `<main><h1>Budget approved</h1><div class="post-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="note warning"><p>If you copy the council's budget tables, do not leave out the clubs' grant. The pool's figures will not add up.</p></div><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"do not leave out"},
		},
		{
			name:   "the author's closing line, one sentence in the first person, stays",
			page:   `<main><h1>Budget approved</h1><div class="post-body">` + councilStory + `<p>If you have found a kinder way of running such long evenings elsewhere, I would really like to hear about it.</p></div></main>`,
			wantIn: []string{"three hours of debate", "energy costs", "I would really like to hear"},
		},
		{
			name:   "a post's metadata list (its date and tags) goes",
			page:   `<main><h1>Budget approved</h1><ul class="post-metadata"><li><time datetime="2025-03-04">04 March 2025</time></li><li><a href="/tags/council/" class="post-tag">council</a>, </li><li><a href="/tags/budget/" class="post-tag">budget</a></li></ul>` + councilStory + `</main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"04 March 2025"},
		},
	})
	t.Run("a box named for webmentions (replies from other sites) is furniture", func(t *testing.T) {
		// On a small page the block pass drops the box anyway; beside a
		// blog's post in its one container, its prompt stays.
		doc, err := html.Parse(strings.NewReader(`<section class="webmentions"><h2>Replies</h2><p>Write about the council's budget on your own site and send a webmention, or <a href="mailto:sam@council.example">reply by email</a>.</p><ul class="webmention-list"><li><a href="https://clubs.example/">Valley Clubs</a> linked to this: “The grant pays for our swimming coach.”</li></ul></section>`))
		if err != nil {
			t.Fatal(err)
		}
		if box := find(doc, atom.Section); box == nil || !junk(box) {
			t.Error("the webmentions' box is not furniture")
		}
	})
}

func TestRound21(t *testing.T) {
	checkRound(t, []roundCase{
		{
			name:   "the posts after a thread's opening post, its main entity, go",
			page:   `<main><h1>Budget approved</h1><ul class="posts"><li itemprop="mainEntity"><div class="content">` + councilStory + `</div></li><li class="small">Sponsored · Swimming lessons for the whole family at the Valley Clubs, book before the end of March</li><li class="post"><div class="content"><p>Good news for the pool. The clubs' grant was the part most of us in the swimming club were worried about, so thank you for the long evening.</p></div></li></ul></main>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Sponsored", "most of us in the swimming club"},
		},
		{
			name:   "a form around the whole page (ASP.NET Web Forms) holds the article, its furniture judged inside it",
			page:   `<form method="post" action="/news/budget" id="Form"><input type="hidden" name="__VIEWSTATE" value="x"><div class="news"><main><h1>Budget approved</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="alert"><strong>Planning to swim this summer?</strong> Book the pool's lessons before the end of March. <a href="/pool">Pool times</a></div><p>` + councilP3 + `</p>` + councilMore + `</div></main></div></form>`,
			wantIn: []string{"three hours of debate", "energy costs"}, wantNotIn: []string{"Book the pool's lessons"},
		},
	})
	t.Run("a box of one paragraph, a lead-in in bold ending in a colon or a question mark and a link at its end, is inset", func(t *testing.T) {
		// On a small page the block pass drops the box anyway; between
		// a long story's paragraphs it stays.
		for _, box := range []string{
			`<div class="box"><p><strong>Planning to swim this summer?</strong> Book the pool's lessons before the end of March. <a href="/pool">Pool times</a></p></div>`,
			`<div class="box"><strong>Next pool meeting:</strong> Tuesday 10 June at the town hall, open to the public. <a href="/agenda">See the agenda</a></div>`,
		} {
			doc, err := html.Parse(strings.NewReader(`<div id="story"><p>` + councilP2 + `</p>` + box + `<p>` + councilP3 + `</p></div>`))
			if err != nil {
				t.Fatal(err)
			}
			n := find(doc, atom.P).NextSibling
			if n == nil || !insetBox(n) {
				t.Errorf("%s is not an inset box", box)
			}
		}
		// A paragraph of the story's own, in a box, that ends with a
		// link but opens with a sentence in bold, stays.
		doc, err := html.Parse(strings.NewReader(`<div id="story"><p>` + councilP2 + `</p><div class="box"><p><strong>The pool stays open.</strong> The mayor said so on Tuesday, as the <a href="/minutes">minutes</a></p></div><p>` + councilP3 + `</p></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if n := find(doc, atom.P).NextSibling; n == nil || insetBox(n) {
			t.Error("a story's paragraph opening with a sentence in bold is an inset box")
		}
	})
	t.Run("a short block after a picture in the box that holds both, beside the story's text blocks, is its caption and goes", func(t *testing.T) {
		// As Readability leaves a page builder's blocks: the story's
		// text blocks and, between them, the image block with its
		// caption. On a whole small page Readability drops the box.
		doc, err := html.Parse(strings.NewReader(`<div id="art"><div class="text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div><div class="img-w"><div class="img-c"><picture><img src="/pool.jpg" alt="The pool"></picture></div><p class="img-t">The pool's heating, which the council's budget pays for next winter, seen from the swimming pool's changing rooms.</p></div><div class="text">` + councilMore + `</div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		art := find(doc, atom.Div)
		dropFurniture(art, blocks(art), nil)
		if text := textOf(art); !strings.Contains(text, "three hours of debate") || strings.Contains(text, "pays for next winter") {
			t.Errorf("caption kept or story lost:\n%s", text)
		}
	})
	t.Run("a box named \"encadre\" (French for a box set apart) is furniture", func(t *testing.T) {
		// On a small page the block pass drops the box anyway; between
		// a news module's paragraphs, each in its own box, it stays.
		doc, err := html.Parse(strings.NewReader(`<div class="ce_text encadre block"><h3>À noter</h3><p>La prochaine séance du conseil sur la piscine a lieu le mardi 10 juin. Elle est publique.</p></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if box := find(doc, atom.Div); box == nil || !junk(box) {
			t.Error("the encadre box is not furniture")
		}
	})
}

// TestRound22 holds the rules of round 22 of issue 16, each on a small
// page or on the element itself.
func TestRound22(t *testing.T) {
	// On a small page the block pass, or Readability, drops each of these
	// boxes anyway; between a long story's paragraphs, or after a forum
	// post's text, they stay: each rule is asked of the element itself.
	checkFurniture(t, []furnitureCase{
		{"a box named \"encart\" (French for an inset box) is furniture", `<div class="encart encart-info"><p class="encart-titre">Next meeting</p><p>Tuesday 10 June, from half past six to nine, in the town hall's main room on Market Street. Free entry.</p><a class="btn" href="/agenda">See the agenda</a></div>`},
		{"a forum post's edit notice (\"lastedited\") is furniture", `<div><blockquote class="postcontent lastedited"><span class="reason">Last edited by the clerk on Wednesday morning. Reason: corrected the figure of the clubs' grant</span></blockquote></div>`},
		{"an edit notice named \"last-edited\" is furniture", `<div><p class="post-last-edited">Last edited by the clerk on Wednesday morning. Reason: corrected the figure of the clubs' grant</p></div>`},
	})
	t.Run("a box marked as a note by a BEM modifier (\"box--note\") is furniture", func(t *testing.T) {
		// On a small page the block pass drops the box anyway; between
		// a long story's paragraphs it stays.
		doc, err := html.Parse(strings.NewReader(`<div class="box box--note"><p><strong>Want to help?</strong> The pool counts are open to everyone, without any training. Write to the swimming club through its form.</p></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if box := find(doc, atom.Div); box == nil || !junk(box) {
			t.Error("the box--note box is not furniture")
		}
		for _, class := range []string{"post post--note", "box--notes", "box-note--x"} {
			if modifierNote(class) {
				t.Errorf("%q is a note box", class)
			}
		}
	})
	t.Run("a date named for one, a time of day after it and its month first where its second number cannot be a month", func(t *testing.T) {
		for _, c := range []struct{ lang, date, want string }{
			{"en-GB", "06-18-2025,&nbsp;<span class=\"time\">09:42 PM</span>", "2025-06-18"},
			{"fr", "18-06-2025 à 21:42", "2025-06-18"},
			{"en", "06-07-2025, 21:42", "2025-06-07"},
			{"fr", "06-07-2025, 21:42", "2025-07-06"},
		} {
			p, err := Extract([]byte(`<html lang="` + c.lang + `"><head><title>Budget approved</title></head><body><main><h1>Budget approved</h1><div class="posthead"><span class="date">` + c.date + `</span></div>` + councilStory + `</main></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != c.want {
				t.Errorf("%s %q: date %v, want %s", c.lang, c.date, p.PublishedAt, c.want)
			}
		}
	})
}

// TestRound23 holds the rules of round 23 of issue 16, each on a small
// page or on the element itself.
func TestRound23(t *testing.T) {
	// On a small page the block pass, or Readability, drops each of these
	// boxes anyway; beside a long story, in the container that holds it
	// and its title, they stay: each rule is asked of the element itself.
	checkFurniture(t, []furnitureCase{
		{"a region named \"content-below\" is furniture", `<div class="region region--content-below"><div class="block"><h2 class="block__title">This week</h2><p>Saturday at six in the chapel, Sunday at half past ten in the church. On weekdays, Tuesday and Thursday at nine.</p></div></div>`},
		{"a Bootstrap alert of a kind (\"alert alert-info\") is furniture", `<div><div class="alert alert-info">The pictures of the outing will hang in the village hall from the 8th to the 23rd of November. <a href="/agenda">See the club's agenda</a></div></div>`},
		{"a line named \"reply\" (a newsletter's call to hit reply) is furniture", `<div><p class="reply-note">Liked this issue? Hit reply and tell us what you thought, we read every message that comes back.</p></div>`},
	})
	t.Run("a picture in a span of its own, a line break, a line in italics: the caption goes", func(t *testing.T) {
		p, err := Extract([]byte(`<html><head><title>Budget approved</title></head><body><main><h1>Budget approved</h1><div class="postmsg"><p>` + councilP1 + `<br><br>` + councilP2 + `<br><br><span class="postimg"><img src="/hall.jpg" alt=""></span><br><em>The hall on the night of the vote, half empty.</em><br><br>` + councilP3 + `</p></div></main></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(p.Body, "half empty") || !strings.Contains(p.Body, councilP2[:40]) {
			t.Errorf("caption kept or story lost:\n%s", p.Body)
		}
	})
	t.Run("a picture and a line in italics right after it, with no line break, in a paragraph: the caption goes", func(t *testing.T) {
		// On a small page the block pass drops the caption's paragraph
		// anyway; between a forum post's paragraphs it stays: the rule is
		// asked of the paragraph itself.
		doc, err := html.Parse(strings.NewReader(`<p><img src="/hall.jpg" alt=""><em>The hall on the night of the vote, half empty.</em></p>`))
		if err != nil {
			t.Fatal(err)
		}
		p := find(doc, atom.P)
		dropPictureCaption(p, &meta{})
		if strings.Contains(textOf(p), "half empty") || find(p, atom.Img) == nil {
			t.Errorf("caption kept or picture lost: %q", textOf(p))
		}
	})
	t.Run("a <title> of the site's name with a hyphen in it, a separator and the headline: the headline", func(t *testing.T) {
		p, err := Extract([]byte(`<html><head><title>Forum Vieux-Vélos / Budget approved for the new pool</title></head><body><div id="brdtitle"><h1><span>Forum Vieux-Vélos</span></h1></div><div class="post"><h3>Budget approved for the new pool</h3><div class="postmsg">` + councilStory + `</div></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != "Budget approved for the new pool" {
			t.Errorf("title %q", p.Title)
		}
	})
}

// furnitureCase is a box that junk must take for furniture: the first
// <div> of box, or the first element inside it when that <div> is a bare
// wrapper.
type furnitureCase struct{ name, box string }

func checkFurniture(t *testing.T, cases []furnitureCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.box))
			if err != nil {
				t.Fatal(err)
			}
			box := find(doc, atom.Div)
			if box != nil && box.Attr == nil {
				for box = box.FirstChild; box != nil && box.Type != html.ElementNode; box = box.NextSibling {
				}
			}
			if box == nil || !junk(box) {
				t.Errorf("%s is not furniture", c.box)
			}
		})
	}
}

func TestRound24(t *testing.T) {
	checkRound(t, []roundCase{
		{"a block after the page's footer is the site's",
			`<header><h1><a href="/">Town news</a></h1></header><section id="content" class="body"><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div></article></section><footer id="contentinfo" class="body">Proudly powered by a static site generator.</footer><section class="body upcoming"><h2>Coming up at the town hall</h2><ul><li>Monday 2 June, 6pm: open meeting of the finance committee in the council chamber</li><li>Saturday 14 June: open day of the new gymnasium site for families</li></ul><p>Membership of the residents' association is twelve pounds a year, including the monthly bulletin. Ask at the front desk for a form.</p></section>`,
			[]string{"energy costs"}, []string{"open day", "Membership"}},
		{"a line ending with a colon before the story's list is the story's",
			`<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>We ask every club to follow a few simple rules:</p><ul><li>Every grant must be spent within the season it was voted for, or returned.</li><li>Clubs must publish their accounts at their general meeting each year.</li></ul><p>` + councilP3 + `</p>` + councilMore + `</main>`,
			[]string{"follow a few simple rules:", "Every grant"}, nil},
		{"a line in bold before a line that announces a list is a subheading, as one before a sentence is",
			`<main><h1>Budget approved</h1><div class="post_body"><b>Where it started</b><br>` + councilP1 + ` ` + councilP2 + `<br><br><b>What the council decided</b><br>In the end the vote came down to these points:<br><ul><li>a larger grant for the sports clubs, paid in two parts over the season</li><li>work on the gymnasium from next spring, for eighteen months</li></ul>` + councilP3 + `<br><br>` + councilMore + `</div></main>`,
			[]string{"What the council decided", "In the end"}, nil},
	})
	checkFurniture(t, []furnitureCase{
		{"a quotation that opens with a <cite> ending with a colon (a forum's quotation of another post) is furniture", `<div><blockquote class="mycode_quote"><cite>Tinplate Terry Wrote:</cite>Do not reach for the scraper until you have measured. Half of them were fine once they had oil again.</blockquote></div>`},
		{"a box or a wrap of a kind (\"wrap_info\", a wiki's wrap plugin) is furniture", `<div><div class="wrap_info plugin_wrap"><p><strong>Info</strong> : the town hall's desk is open every Saturday from 10 to 11, ask for Monique at the front.</p></div></div>`},
	})
	// On a small page the block pass drops a short reply, a callout or a
	// note anyway; beside a long story they stay: these rules are asked of
	// the walk that prunes the page.
	story := `<p>` + councilP1 + ` ` + councilP2 + `</p><p>` + councilP3 + ` ` + councilP1 + `</p><p>` + councilP2 + ` ` + councilP3 + `</p>`
	t.Run("a thread's later posts of the first post's class, each with a date line, are replies", func(t *testing.T) {
		text := pruned(t, `<div id="posts"><div class="post classic"><div class="post_head"><span class="post_date">03-14-2025, 09:12 PM</span></div><div class="post_body">`+story+`</div></div><div class="post classic"><div class="post_head"><span class="post_date">03-15-2025, 08:40 AM</span></div><div class="post_body">Lovely write-up. The budget table is going in the FAQ.</div></div></div>`, &meta{})
		if strings.Contains(text, "Lovely") || !strings.Contains(text, "energy costs") {
			t.Errorf("reply kept or post lost:\n%s", text)
		}
	})
	t.Run("a page builder's widgets that make up the story are its blocks; a widget named furniture by its other words still goes", func(t *testing.T) {
		w := func(kind, inner string) string {
			return `<div class="kentico-widget ` + kind + `-widget">` + inner + `</div>`
		}
		text := pruned(t, `<div class="ktc-widget-zone">`+w("rich-text", `<p>`+councilP1+` `+councilP2+`</p>`)+w("rich-text", `<p>`+councilP3+` `+councilP1+`</p>`)+
			w("callout", `<h3>Need a ride to the council?</h3><p>Call 211 and ask for transport.</p>`)+w("rich-text", `<p>`+councilP2+` `+councilP3+`</p>`)+`</div>`, &meta{})
		if strings.Contains(text, "Call 211") || !strings.Contains(text, "energy costs") {
			t.Errorf("callout kept or story lost:\n%s", text)
		}
	})
	t.Run("an admonition is furniture on a page that shows no code, and on a page that does (round 78: an inset box, not the text's)", func(t *testing.T) {
		box := `<div class="admonition note"><p class="admonition-title">Note</p><p>Found a swarm in your garden? Call the hotline between 8am and 8pm.</p></div>`
		for _, code := range []bool{false, true} {
			shown := ""
			if code {
				// The text's own code, outside the box.
				shown = `<pre>make budget</pre>`
			}
			text := pruned(t, `<div class="entry-content"><p>`+councilP1+`</p>`+box+`<p>`+councilP2+`</p>`+shown+`</div>`, &meta{code: code})
			if kept := strings.Contains(text, "hotline"); kept || !strings.Contains(text, councilP2[:40]) {
				t.Errorf("page shows code %v: admonition kept %v, story:\n%s", code, kept, text)
			}
		}
		if !showsCode([]byte(`<p>Run <code>make</code>.</p>`)) || showsCode([]byte(`<p>A <preface> and a <codex>.</p>`)) {
			t.Error("showsCode")
		}
	})
	t.Run("a box that holds the story's main container is no widget for a heading that scores: the headings beside the sections stay", func(t *testing.T) {
		extractHas(t, "Town wiki: budget", "", `<div class="page group"><h1 class="sectionedit1" id="budget">Budget approved</h1><div class="level1"><p>`+councilP1+`</p><p>`+councilP2+`</p></div><h2 class="sectionedit2" id="s2">How the grant is shared</h2><div class="level2"><p>`+councilP3+`</p>`+councilMore+`</div></div>`,
			[]string{"How the grant is shared", "energy costs"}, nil)
	})
	t.Run("a second <h1> of the headline's text (an editor's copy at the top of the article) goes", func(t *testing.T) {
		extractHas(t, "Budget approved – Inkpad", `<meta property="og:title" content="Budget approved">`, `<main><header><h1>Budget approved</h1><address><a rel="author">J. Doe</a></address></header><article id="_editor"><h1>Budget approved<br></h1>`+councilStory+`</article></main>`,
			[]string{"energy costs"}, []string{"Budget approved"})
	})
	t.Run("the article item's description (a \"teaser\" with itemprop=description) is its standfirst", func(t *testing.T) {
		extractHas(t, "Budget approved | Town", "", `<main><article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Budget approved</h1><div class="teaser" itemprop="description"><p><strong>After three hours of debate, the council voted a budget that favours the clubs and the pool.</strong></p></div><div itemprop="articleBody">`+story+`</div></article></main>`,
			[]string{"After three hours", "energy costs"}, nil)
	})
	t.Run("a <title> of the headline and the site's name in square brackets: the headline", func(t *testing.T) {
		p := extractHas(t, "Budget approved for the new pool [Town Hall Wiki]", "", `<div class="header"><h1 class="logo"><a href="/">Town Hall Wiki</a></h1></div><div class="page"><h1>Budget approved for the new pool</h1>`+councilStory+`</div>`, nil, nil)
		if p.Title != "Budget approved for the new pool" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a link to a post's anchor whose text is only a date dates a page that has no other date", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div class="blockpost"><h2><span><span class="conr">#1&nbsp;</span><a href="viewtopic.php?pid=18342#p18342">2025-03-08 21:17:44</a></span></h2><div class="postmsg">`+councilStory+`</div></div><div class="blockpost"><h2><span><span class="conr">#2&nbsp;</span><a href="viewtopic.php?pid=18347#p18347">2025-03-09 08:41:03</a></span></h2><div class="postmsg"><p>Thanks!</p></div></div>`, nil, nil)
		if want := time.Date(2025, 3, 8, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
}

// pruned parses page, prunes it with m and returns its text.
func pruned(t *testing.T, page string, m *meta) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	prune(doc, m)
	return textOf(doc)
}

// TestRound25 holds the rules of round 25 of issue 16, each on a small
// page, on the walk that prunes one, or on the element itself; each case
// fails without its rule.
func TestRound25(t *testing.T) {
	story := `<p>` + councilP1 + ` ` + councilP2 + `</p><p>` + councilP3 + ` ` + councilP1 + `</p><p>` + councilP2 + ` ` + councilP3 + `</p>`
	block := func(kind, inner string) string {
		return `<div class="cms-block cms-block-` + kind + `"><div class="cms-block-container"><div class="col-12"><div class="cms-element-` + kind + `">` + inner + `</div></div></div></div>`
	}
	checkRound(t, []roundCase{
		{"a line in italics alone in boxes of its own after a box that holds a picture is its caption",
			`<main>` + block("text", `<p>`+councilP1+`</p><p>`+councilP2+`</p>`) + block("image", `<div class="cms-image-container"><img src="pool.jpg" alt=""></div>`) +
				block("text", `<p style="text-align: center;"><em>The council on Tuesday evening, during the debate on the budget for the clubs.</em></p>`) + block("text", `<p>`+councilP3+`</p>`+councilMore) + `</main>`,
			[]string{"energy costs"}, []string{"during the debate"}},
		{"a post's sign-off, a sentence signed with a first name, stays",
			`<main><h1>Budget approved</h1>` + councilStory + `<p>Happy to answer questions. Gwen</p></main>`,
			[]string{"energy costs", "Happy to answer questions. Gwen"}, nil},
		{"a story written in sections keeps its last one, whatever it asks of the reader",
			`<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + ` ` + councilP2 + `</p><p>` + councilP3 + ` ` + councilP1 + `</p><section id="the-pool"><h2>The pool</h2><p>` + councilP2 + ` ` + councilP3 + `</p></section><section id="next-year"><h2>Next year</h2><p>The council will vote again in spring. If you live in the town and want to share your view, please get in touch with your councillor before March.</p></section></div></main>`,
			[]string{"get in touch"}, nil},
		{"a wiki page's last line that asks the reader to edit the page stays",
			`<main><h1>Budget approved</h1>` + councilStory + `<p>Any suggestion to improve this page is welcome: you can simply edit it or leave a comment below.</p></main>`,
			[]string{"edit it"}, nil},
	})
	checkFurniture(t, []furnitureCase{
		{"\"box\" and a kind and \"message\" in one word as another class (XWiki's \"box infomessage\") is furniture", `<div><div class="box infomessage"><div><strong>Equipment</strong>: the tables are in room 2, ask for the key at the front desk.</div></div></div>`},
		{"a frame of a kind (TYPO3's \"frame-info\") is furniture", `<div><div id="c4819" class="frame frame-info frame-type-text"><header><h3>A fault?</h3></header><div class="ce-bodytext"><p>Report a broken street lamp to the technical department.</p></div></div></div>`},
	})
	t.Run("the page's one <h1> is the headline when the og:title is a shorter name whose words it holds in order, and it goes from the body", func(t *testing.T) {
		p := extractHas(t, "Council budget | Town", `<meta property="og:title" content="Council budget">`, `<main><div class="cms-element-text"><h1>Council approves the budget for next season</h1>`+councilStory+`</div></main>`,
			[]string{"energy costs"}, []string{"Council approves"})
		if p.Title != "Council approves the budget for next season" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a thread's replies are told by their paragraphs, not by the <article> each post's body is", func(t *testing.T) {
		post := func(date, body string) string {
			return `<article class="message message--post"><header class="message-attribution"><ul><li><time datetime="` + date + `">` + date + `</time></li></ul></header><article class="message-body"><div class="bbWrapper">` + body + `</div></article></article>`
		}
		text := pruned(t, `<div class="block-body">`+post("2025-03-09", story)+post("2025-03-10", `Great write-up, thanks. Saving this for later.`)+`</div>`, &meta{})
		if strings.Contains(text, "Great write-up") || !strings.Contains(text, "energy costs") {
			t.Errorf("reply kept or post lost:\n%s", text)
		}
	})
	t.Run("a quotation that opens with a box holding only a link ending with a colon is a forum's quotation of another post", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title"><a href="/goto/post?id=60891">Pete Ormond said:</a></div><div class="bbCodeBlock-content">Separate rings, joints staggered.</div></blockquote>`))
		if err != nil {
			t.Fatal(err)
		}
		if q := find(doc, atom.Blockquote); !junk(q) {
			t.Error("the quotation of another post is not furniture")
		}
	})
	t.Run("an id made of the element's own first words names nothing: Readability keeps the block", func(t *testing.T) {
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p id="bkmrk-the-council-approved">`+councilP1+`</p><p id="bkmrk-sports-clubs-will-re">`+councilP2+`</p><p id="bkmrk-the-mayor-said-extra">The mayor said extra swimming sessions would be added for local families this winter, despite the rise in energy costs.</p>`+councilMore+`</main>`,
			[]string{"extra swimming sessions"}, nil)
	})
	t.Run("a creation statement, its numeric date year first, dates a page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`</main><div class="xdocCreation">Créée par <a href="/u/hr">Hélène Roux</a> le 2025/02/11 14:03</div>`, nil, nil)
		if want := time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a date shown as its distance with the day in its title attribute reads as that day", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`</main><div class="entity-meta"><div>Updated <span title="Fri, May 2, 2025 9:00 AM">1 month ago</span> by Sam</div><div>Created <span title="Sun, Jan 26, 2025 5:08 PM">4 months ago</span> by Priya</div></div>`, nil, nil)
		if want := time.Date(2025, 1, 26, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
}

// TestRound26 holds the rules of round 26 of issue 16, each on a small
// page, on the walk that prunes one, or on the element itself; each case
// fails without its rule.
func TestRound26(t *testing.T) {
	story := `<p>` + councilP1 + ` ` + councilP2 + `</p><p>` + councilP3 + ` ` + councilP1 + `</p><p>` + councilP2 + ` ` + councilP3 + `</p>`
	checkRound(t, []roundCase{
		{"a notice that only members may reply goes",
			`<main><h1>Budget approved</h1>` + councilStory + `<p class="text-muted small">You must be a member of this group to reply. Messages in this group are only visible to its members, who can read the whole archive. <a href="/join">Join Group</a></p></main>`,
			[]string{"energy costs"}, []string{"You must be a member"}},
		{"a first name alone at the end of a message that opens with a greeting is its sign-off",
			`<main><h1>Budget approved</h1><p>Hi all,</p>` + councilStory + `<p>Marion</p></main>`,
			[]string{"Hi all,", "energy costs", "Marion"}, nil},
	})
	checkFurniture(t, []furnitureCase{
		{"a kind alone as a class beside a \"-block\" class (VitePress's \"tip custom-block\") is furniture", `<div><div class="tip custom-block"><p class="custom-block-title">TIP</p><p>Not sure which categories a locale uses? Run the plurals command to print them.</p></div></div>`},
	})
	t.Run("an e-mail's signature, after the line \"-- \", goes", func(t *testing.T) {
		text := pruned(t, `<div class="user-content">`+story+`<div>Marion</div><div>-- <br>Marion Keogh<br>Glaze room rota, Tuesdays and Thursdays</div></div>`, &meta{})
		if strings.Contains(text, "Glaze room rota") || !strings.Contains(text, "energy costs") {
			t.Errorf("signature kept or post lost:\n%s", text)
		}
	})
	t.Run("a thread's messages in the rows of a table: the replies go", func(t *testing.T) {
		row := func(date, body string) string {
			return `<tr class="expanded-message"><td><div class="message-header"><a class="user-name" href="/u/1">Marion</a> <span class="pull-right">` + date + ` &middot; <a href="/message/1">#2714</a></span></div><div class="user-content">` + body + `</div></td></tr>`
		}
		text := pruned(t, `<table id="records"><tbody>`+row("Sep 12, 2025 4:37pm", story)+row("Sep 12, 2025 9:02pm", `Great write-up, thanks. Saving this for later.`)+`</tbody></table>`, &meta{})
		if strings.Contains(text, "Great write-up") || !strings.Contains(text, "energy costs") {
			t.Errorf("reply kept or post lost:\n%s", text)
		}
	})
	t.Run("a quotation whose first text is a link to the address its cite attribute gives is a forum's quotation of another post", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<blockquote class="quoteBox" cite="https://forum.example/thread/3107/?postID=60412#post60412"><div class="quoteBoxIcon"><a href="/user/402-gaston/"><img src="a.svg" alt=""></a></div><div class="quoteBoxTitle"><a href="https://forum.example/thread/3107/?postID=60412#post60412">Citation de Gaston</a></div><div class="quoteBoxContent"><p>Attention aux limaces la première année.</p></div></blockquote>`))
		if err != nil {
			t.Fatal(err)
		}
		if q := find(doc, atom.Blockquote); !junk(q) {
			t.Error("the quotation of another post is not furniture")
		}
	})
	t.Run("a Unix time in a class dates a page, an edit's does not", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div id="page-info">page revision: 3, last edited: <span class="odate time_1742582400">21 Mar 2025 18:40</span></div><main><h1>Budget approved</h1><div class="news-meta">Posted by Fen on <span class="odate time_1741946520 format_%25e">14 Mar 2025 10:02</span></div>`+councilStory+`</main>`, nil, nil)
		if want := time.Date(2025, 3, 14, 10, 2, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("the site's name, an <h1> linked to its home, before a separator in the <title> puts the headline after it", func(t *testing.T) {
		p := extractHas(t, "Kerrow Caving Club - Hollow Beck winter dig", "", `<div id="header"><h1><a href="/"><span>Kerrow Caving Club</span></a></h1></div><div id="page-title">Hollow Beck winter dig</div><div id="page-content">`+councilStory+`</div>`, nil, nil)
		if p.Title != "Hollow Beck winter dig" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a byline's writing dates a page, and a link to the page itself gives its address", func(t *testing.T) {
		p := extractHas(t, "How to block your knitting | Hedgerow Yarns", "", `<ul class="breadcrumb"><li><a href="https://shop.example/">Home</a></li><li><a href="https://shop.example/how-to-block-your-knitting">How to block your knitting</a></li></ul><div id="content"><h1>How to block your knitting</h1><p><em>Written by Nell Fairlie, 2 June 2025</em></p>`+councilStory+`</div>`, nil, nil)
		if want := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
		if p.URL != "https://shop.example/how-to-block-your-knitting" {
			t.Errorf("url %q", p.URL)
		}
	})
}

// TestRound27 holds the rules of round 27 of issue 16, each on a small
// page of its own, and each case fails without its rule.
func TestRound27(t *testing.T) {
	t.Run("Dublin Core's identifier gives the address of a page without a canonical link or og:url", func(t *testing.T) {
		p := extractHas(t, "Budget approved", `<meta name="DC.identifier" content="https://council.example/news-budget.html">`, `<main><h1>Budget approved</h1>`+councilStory+`</main>`, nil, nil)
		if p.URL != "https://council.example/news-budget.html" {
			t.Errorf("url %q", p.URL)
		}
	})
	t.Run("a microdata url or mainEntityOfPage of the article's item gives the page's address, another item's does not", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><div itemscope itemtype="https://schema.org/Product"><link itemprop="url" href="https://council.example/shop/mug"></div><div itemscope itemtype="https://schema.org/Article"><link itemprop="mainEntityOfPage" href="https://council.example/page/budget-approved"><h1 itemprop="headline">Budget approved</h1><div itemprop="articleBody">`+councilStory+`</div></div></main>`, nil, nil)
		if p.URL != "https://council.example/page/budget-approved" {
			t.Errorf("url %q", p.URL)
		}
	})
	t.Run("a table of contents in DPUB-ARIA's role doc-toc goes", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div id="table-of-contents" role="doc-toc"><h2>Table of Contents</h2><ul><li><a href="#a">1. Where the money goes</a></li><li><a href="#b">2. What changes next year</a></li></ul></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if toc := find(doc, atom.Div); !junk(toc) {
			t.Error("the table of contents is not furniture")
		}
	})
	t.Run("an element named for a date, its text a label and a date, dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div id="content"><h1>Budget approved</h1>`+councilStory+`</div><div id="postamble"><p class="author">Author: Fen</p><p class="date">Date: 2025-02-09</p><p class="date">Created: 2025-02-12 Wed 21:40</p></div>`, nil, nil)
		if want := time.Date(2025, 2, 9, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a titled card right after a paragraph of the text is a callout, a grid of cards is left to the rest", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div class="body"><p>` + councilP1 + `</p><div class="card bg-light mb-3"><div class="card-body"><h4 class="card-title">Drop-in session</h4><p class="card-text">Our volunteers help you read the budget on the first Saturday of the month, from 2 to 5 pm, at the library. Free entry.</p></div></div><p>` + councilP2 + `</p></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if card := find(doc, atom.P).NextSibling; !junk(card) {
			t.Error("the card in the text is not furniture")
		}
		doc, err = html.Parse(strings.NewReader(`<div class="row"><div class="card"><div class="card-body"><h4 class="card-title">A post</h4></div></div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if textCard(find(doc, atom.Div).FirstChild) {
			t.Error("a card of a grid is taken for a callout")
		}
	})
	t.Run("a date named so, behind a left-to-right mark, month first in English, dates the page", func(t *testing.T) {
		p, err := Extract([]byte(`<html lang="en"><head><title>Budget approved</title></head><body><main><h1>Budget approved</h1><span class="DateTime"><span class="local-date">&lrm;06-03-2025</span> <span class="local-time">09:41 AM</span></span>` + councilStory + `</main></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if want := time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("the last name of a heading that is a path of names leaves the title, a quoted title's guillemet is no path", func(t *testing.T) {
		p := extractHas(t, "Budget approved - Treasury - Council forge", "", `<div id="header"><h1><span class="root"><a href="/projects/council">Council</a> &#187; </span><span class="current-project">Treasury</span></h1></div><div id="content"><h2>Budget approved</h2>`+councilStory+`</div>`, nil, nil)
		if p.Title != "Budget approved" {
			t.Errorf("title %q", p.Title)
		}
		if got := pathLast("« Lignes de crête » : Maëlle Orsini"); got != "" {
			t.Errorf("pathLast of a quoted title %q", got)
		}
	})
	t.Run("\"Added by\" and a date shown as its distance, the day in a link's title, dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div id="content"><h2>Budget approved</h2><p class="author">Ajouté par <a href="/users/57">Claire Vidal</a> <a title="17/04/2025 10:04" href="/activity?from=2025-04-17">il y a 8 mois</a></p>`+councilStory+`</div>`, nil, nil)
		if want := time.Date(2025, 4, 17, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a script's data object that states the page's address dates the page with its own \"published\", not its neighbours'", func(t *testing.T) {
		p := extractHas(t, "Budget approved - Causerie", `<meta property="og:url" content="https://forum.example/post/18">`, `<script>window.isoData = {"site":{"name":"Causerie","published":"2023-06-11T09:01:22Z"},"post_view":{"post":{"id":18,"name":"Budget approved","creator":{"name":"fen","published":"2024-01-02T00:00:00Z"},"published":"2025-06-03T06:12:44Z","ap_id":"https://forum.example/post/18"}}};</script><main><h1>Budget approved</h1>`+councilStory+`</main>`, nil, nil)
		if want := time.Date(2025, 6, 3, 6, 12, 44, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("the address the page's share links all pass is its own, when it gives no other; share links of several addresses give none", func(t *testing.T) {
		share := func(u string) string {
			return `<a href="http://www.facebook.com/sharer.php?u=` + u + `">Partager</a> `
		}
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>`+share("http://council.example/news/budget.htm")+share("http://council.example/news/budget.htm")+`</p></main>`, nil, nil)
		if p.URL != "http://council.example/news/budget.htm" {
			t.Errorf("url %q", p.URL)
		}
		p = extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>`+share("http://council.example/news/budget.htm")+share("http://council.example/news/roads.htm")+`</p></main>`, nil, nil)
		if p.URL != "" {
			t.Errorf("url %q from share links of two pages", p.URL)
		}
	})
	t.Run("the address a link to log in comes back to is the page's own, when it gives no other", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div id="account"><a href="/login?back_url=https%3A%2F%2Fforge.example%2Fnews%2F412" class="login">Connexion</a></div><div id="content"><h2>Budget approved</h2>`+councilStory+`</div>`, nil, nil)
		if p.URL != "https://forge.example/news/412" {
			t.Errorf("url %q", p.URL)
		}
	})
}

// TestRound28 holds the rules of round 28 of issue 16, each on a small
// page of its own or on the element it judges.
func TestRound28(t *testing.T) {
	t.Run("an activity feed, Asciidoctor's note and sidebar blocks and a Markdown alert are furniture", func(t *testing.T) {
		for _, box := range []string{
			`<div class="rightContainer"><h2>Recent activity</h2><ul class="feed"><li class="feedItem">Fen rated The Copper Year 4 stars</li></ul></div>`,
			`<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Note</div></td><td class="content">The key now lives in the club safe.</td></tr></table></div>`,
			`<div class="sidebarblock"><div class="content"><div class="title">Spare parts list</div><div class="paragraph"><p>Two fuses and a spare sensor.</p></div></div></div>`,
			`<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note</p><p>The prototype lives in a branch of its own.</p></div>`,
		} {
			doc, err := html.Parse(strings.NewReader(box))
			if err != nil {
				t.Fatal(err)
			}
			n := find(doc, atom.Div)
			if n.FirstChild != nil && n.FirstChild.DataAtom == atom.H2 {
				n = find(n, atom.Ul) // the feed itself; its box is judged by what it holds
			}
			if !junk(n) {
				t.Errorf("not furniture: %s", box)
			}
		}
	})
	t.Run("a name that states a thing is absent does not name it", func(t *testing.T) {
		if furnitureName("no-attachment-icon") {
			t.Error(`"no-attachment-icon" taken for furniture`)
		}
		if !furnitureName("attachment-icon") || !furnitureName("no-icon attachment") {
			t.Error("an attachment's name no longer furniture")
		}
		extractHas(t, "Worker pool", "", `<main><h1>Worker pool</h1><div class="md">`+councilStory+`<p><a class="no-attachment-icon" href="/uploads/graph.png"><img src="/uploads/graph.png" alt="graph"></a></p><p><em>Flame graph from the incident.</em></p><p>`+councilP2+`</p></div></main>`, nil, []string{"Flame graph"})
	})
	t.Run("an item's number in parentheses and a tracker's path after the headline leave the title", func(t *testing.T) {
		p := extractHas(t, "Budget approved (#318) · Issues · council / treasury · Forge", "", `<main><h1>Budget approved</h1>`+councilStory+`</main>`, nil, nil)
		if p.Title != "Budget approved" {
			t.Errorf("title %q", p.Title)
		}
		if itemNumber("2025) · Films") || itemNumber("see below)") {
			t.Error("a year or words in parentheses taken for an item's number")
		}
	})
	t.Run("an og:title the <title> does not hold gives way to the one <h1> it holds", func(t *testing.T) {
		p := extractHas(t, "Petition · Keep the night bus running - United Kingdom · Petitio", `<meta property="og:title" content="Sign the Petition">`, `<main><h1>Keep the night bus running</h1>`+councilStory+`<form><h2>Sign the Petition</h2><input name="email"></form></main>`, nil, nil)
		if p.Title != "Keep the night bus running" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a date alone beside the author's name in an author's line dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h2>Budget approved</h2><div class="author-data"><div class="author-data__main"><div class="author author--inline"><span class="author__name">Town hall</span></div><span>12/05/2025 09:00</span></div></div>`+councilStory+`</main>`, nil, nil)
		if want := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a label of two words that goes on as a long sentence is the story's lead-in, a one-word label is a widget's", func(t *testing.T) {
		lead := "The short version: the tree survived my enthusiasm, it fruited better than I expected, and this year the job was more about patience than saws."
		if !labelledSentence(lead) || widgetText(lead) {
			t.Error("a lead-in taken for a label")
		}
		if w := "Vidéo : les dernières minutes du transit, filmées par Gérard à travers la lunette de 80 mm, sous un ciel enfin dégagé ce soir-là."; !widgetText(w) {
			t.Error("a one-word label no longer a widget's")
		}
		extractHas(t, "Pear", "", `<main><h1>Pear</h1><article><p>`+councilP1+`</p><p>`+lead+`</p><p>`+councilP2+`</p><p>`+councilP3+`</p></article></main>`, []string{"The short version"}, nil)
	})
	t.Run("a section of a heading and a list of names after the story goes, one with a paragraph after it stays", func(t *testing.T) {
		names := `<section id="makers"><h2>Decision Makers</h2><ul><li>Valley Transport</li><li>Combined Authority</li><li>Ward Councillors</li></ul></section>`
		extractHas(t, "Keep the night bus", "", `<main><h1>Keep the night bus</h1><section><div>`+councilStory+`</div></section>`+names+`</main>`, []string{councilP2}, []string{"Decision Makers", "Ward Councillors"})
		for _, c := range []struct {
			after string
			want  bool
		}{{"", true}, {`<section><p>` + councilP2 + `</p></section>`, false}} {
			doc, err := html.Parse(strings.NewReader(`<main><section><div>` + councilStory + `</div></section>` + names + c.after + `</main>`))
			if err != nil {
				t.Fatal(err)
			}
			for n := find(doc, atom.Section); n != nil; n = n.NextSibling {
				if attr(n, "id") == "makers" && namesAfterStory(n) != c.want {
					t.Errorf("namesAfterStory with %q after it: %v", c.after, !c.want)
				}
			}
		}
	})
	t.Run("a platform's label over a quotation goes, the quotation stays", func(t *testing.T) {
		extractHas(t, "Star night", "", `<main><h1>Star night</h1>`+councilStory+`<blockquote class="formatter-blockquote"><span class="formatter-title">Citation :</span><div class="formatter-content">Si un seul de ces enfants lève encore les yeux dans dix ans, la soirée aura valu le coup.</div></blockquote><p>`+councilP2+`</p></main>`, []string{"Si un seul de ces enfants"}, []string{"Citation :"})
	})
}

func TestRound29(t *testing.T) {
	t.Run("each section's body of a converted document is no article's body", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div class="sect1"><h2>What changed</h2><div class="sectionbody wide"><p>Text.</p></div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		n := find(doc, atom.Div).LastChild
		unweighSectionBody(n)
		if got := attr(n, "class"); got != "wide" {
			t.Errorf("class %q, want %q", got, "wide")
		}
		other := find(doc, atom.Div)
		unweighSectionBody(other)
		if attr(other, "class") != "sect1" {
			t.Errorf("class %q changed", attr(other, "class"))
		}
	})
	t.Run("a card alone in an editor's block after a block of text is set in the story", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div class="blocks"><section class="block"><p>The tour ends on Sunday.</p></section><section class="block"><div class="card"><div class="card-body"><h5 class="card-title">Support us</h5><p>Join for twenty euros a year.</p></div></div></section></div>`))
		if err != nil {
			t.Fatal(err)
		}
		var card *html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if attr(n, "class") == "card" {
				card = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if !textCard(card) {
			t.Error("the card in a block of its own not taken for a box in the story")
		}
	})
	t.Run("a link to its heading's own id that is the whole heading is its text", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<main><h2 id="the-queue"><a class="header" href="#the-queue">The queue</a></h2><p>Text.</p></main>`))
		if err != nil {
			t.Fatal(err)
		}
		if a := find(doc, atom.A); junk(a) {
			t.Error("the heading's own link taken for furniture")
		}
		doc, err = html.Parse(strings.NewReader(`<main><h2 id="the-queue"><a class="header" href="#top">Back to top</a></h2></main>`))
		if err != nil {
			t.Fatal(err)
		}
		if a := find(doc, atom.A); !junk(a) {
			t.Error("a link elsewhere, of a furniture class, kept")
		}
	})
}

// TestRound30 holds the rules of round 30 of issue 16, each on its helper
// or on a small page of its own.
func TestRound30(t *testing.T) {
	t.Run("a line in italics after a gallery's box of pictures is its caption", func(t *testing.T) {
		for _, c := range []struct {
			before string
			want   bool
		}{
			{`<div class="gallery"><p class="file"><img src="a.jpg"></p><p class="file"><img src="b.jpg"></p></div>`, true},
			{`<p><img src="a.jpg"></p>`, true},
			{`<div class="gallery"><p><img src="a.jpg"> The tanks we fitted.</p></div>`, false},
			{`<p>The tanks we fitted.</p>`, false},
		} {
			doc, err := html.Parse(strings.NewReader(`<main>` + c.before + `<p id="c"><em>The four shared tanks, fitted last May.</em></p></main>`))
			if err != nil {
				t.Fatal(err)
			}
			var p *html.Node
			for n := find(doc, atom.Main).FirstChild; n != nil; n = n.NextSibling {
				if attr(n, "id") == "c" {
					p = n
				}
			}
			if got := captionAfterPicture(p, &meta{}); got != c.want {
				t.Errorf("after %s: captionAfterPicture %v, want %v", c.before, got, c.want)
			}
		}
	})
	t.Run("a Bootstrap well in the text is a box set in it; a well holding the story stays", func(t *testing.T) {
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><div class="well well-sm"><b>Not visited yet?</b> Calendars at the fire station on Saturday mornings.</div><p>`+councilP3+`</p>`+councilMore+`</main>`, []string{councilP2, councilP3}, []string{"Not visited yet", "Calendars at the fire station"})
		extractHas(t, "Budget approved", "", `<div class="well"><h1>Budget approved</h1>`+councilStory+`</div>`, []string{councilP1, councilP3}, nil)
	})
	t.Run("an ISO day after a byline's \"on\" is the page's date, not after a bare label", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"\n    written by Harriet Okafor\n    on 2025-08-03\n  ": "2025-08-03",
			"Publié le 2025-03-11":                                   "2025-03-11",
			"Created: 2025-02-12 Wed 21:40":                          "",
			"Posted by Ann on 2025-13-40":                            "",
		})
	})
	t.Run("a day header right over the post's title is the page's date", func(t *testing.T) {
		for _, c := range []struct {
			between string
			want    bool
		}{
			{"", true},
			{`<p>A week of jam.</p>`, false},
		} {
			p := extractHas(t, "Budget approved after three hours - Town notes", "", `<div class="content"><h2>Friday 29 August 2025</h2>`+c.between+`<div class="item-title"><h2><a href="/item/318">Budget approved after three hours</a></h2></div><div class="item-body">`+councilStory+`</div></div>`, []string{councilP1}, []string{"29 August"})
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC)); got != c.want {
				t.Errorf("with %q between: published_at %v, want the day: %v", c.between, p.PublishedAt, c.want)
			}
		}
	})
	t.Run("small print after a rule that closes the text goes, a closing line in plain type stays", func(t *testing.T) {
		for _, c := range []struct {
			after string
			want  bool
		}{
			{`<p><small>Found a mistake? Edit this page in the handbook repository.</small></p>`, true},
			{`<small>Last built on Tuesday.</small><p><small>Text under CC BY-SA.</small></p>`, true},
			{`<p>The next council meeting is in May.</p><p><small>Minutes by the clerk.</small></p>`, false},
			{`<p><small>Minutes</small> by the clerk.</p>`, false},
			{``, false},
		} {
			doc, err := html.Parse(strings.NewReader(`<main><p>` + councilP1 + `</p><hr>` + c.after + `</main>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := finePrintAfterRule(find(doc, atom.Hr)); got != c.want {
				t.Errorf("rule then %s: finePrintAfterRule %v, want %v", c.after, got, c.want)
			}
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>The next council meeting is on the fourteenth of May, in the old town hall.</p><hr><p><small>Found a mistake? Edit this page in the handbook repository.</small></p></main>`, []string{councilP3, "The next council meeting is on the fourteenth of May"}, []string{"Found a mistake", "Edit this page"})
	})
	t.Run("a heading's own link to an id made of its words is its text", func(t *testing.T) {
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><h2 id="parts-and-money"><a class="header" href="#parts-and-money">Parts and money</a></h2><p>`+councilP2+`</p><h2 id="for-the-autumn-season"><a class="header" href="#for-the-autumn-season">For the autumn season</a></h2><p>`+councilP3+`</p>`+councilMore+`</main>`, []string{"Parts and money", "For the autumn season", councilP3}, nil)
	})
	t.Run("a closing line that asks the reader's help with no call word stays", func(t *testing.T) {
		const help = `If you can help, add your name to the rota page or speak to anyone in a green apron on a Saturday.`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>`+help+`</p></main>`, []string{councilP3, help}, nil)
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>If you liked this story, share it with your friends and family on any of the networks you use each week.</p></main>`, []string{councilP3}, []string{"If you liked this story"})
	})
	t.Run("a title of the site's name and the page's short name, whose words the one h1 holds, is the h1's", func(t *testing.T) {
		for _, c := range []struct {
			title, want string
			gone        []string
		}{
			{"Riverside Seniors Club of Lower Ashby - Accounts 2024", "General meeting: the accounts of the year 2024", []string{"General meeting"}},
			{"Riverside Seniors Club of Lower Ashby - Outings 2025", "Riverside Seniors Club of Lower Ashby", nil},
		} {
			p := extractHas(t, c.title, "", `<div id="banner"><a href="?Home"><img src="b.jpg" alt="Riverside Seniors Club of Lower Ashby"></a></div><div id="content"><h1>General meeting: the accounts of the year 2024</h1>`+councilStory+`</div>`, []string{councilP1}, c.gone)
			if p.Title != c.want {
				t.Errorf("<title> %q: title %q, want %q", c.title, p.Title, c.want)
			}
		}
	})
	t.Run("the page's address stated after a label in its text is its URL when nothing else gives one", func(t *testing.T) {
		for _, c := range []struct {
			footer, want string
		}{
			{`Town notes, town hall - Adresse de cette page : http://www.town.example/?News:Budget-2025<br>Powered by CMSimple`, "http://www.town.example/?News:Budget-2025"},
			{`Address of this page: https://town.example/news/budget.`, "https://town.example/news/budget"},
			{`Our old site: http://old.town.example/ is closed.`, ""},
		} {
			p := extractHas(t, "Budget approved", "", `<div id="content"><h1>Budget approved</h1>`+councilStory+`</div><div id="footer">`+c.footer+`</div>`, []string{councilP1}, nil)
			if p.URL != c.want {
				t.Errorf("footer %q: url %q, want %q", c.footer, p.URL, c.want)
			}
		}
	})
}

// TestRound31 holds the rules of round 31 of issue 16, each on a small
// page of its own.
func TestRound31(t *testing.T) {
	t.Run("a box titled with a note's label in an element of its own is a note, on a page that shows no code", func(t *testing.T) {
		for _, box := range []string{
			`<dl class="section note"><dt>Note</dt><dd>Always switch the track power off before opening the box.</dd></dl>`,
			`<div class="note"><div class="title">Note</div><div class="content">The spreadsheet is on the data page if you want the daily numbers.</div></div>`,
			`<dl class="todo"><dt><b>Todo:</b></dt><dd>Find the dry joint on the road 3 detector before the show.</dd></dl>`,
		} {
			checkBoxGoes(t, box, "track power", "daily numbers", "dry joint")
		}
		// A note that opens with its label and goes on is the text's own;
		// so is a titled note beside the code a page shows.
		for _, c := range []struct {
			box   string
			notes bool
			want  bool
		}{
			{`<div class="note"><div class="title">Note</div><div>The spreadsheet is on the data page.</div></div>`, true, true},
			{`<div class="note"><div class="title">Note</div><div>The spreadsheet is on the data page.</div></div>`, false, false},
			{`<div class="note"><p>Note: the spreadsheet is on the data page.</p></div>`, true, false},
			{`<div class="note"><h3>Note</h3><p>The spreadsheet is on the data page.</p></div>`, true, false},
		} {
			doc, err := html.Parse(strings.NewReader(`<main>` + c.box + `</main>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := labelledOrNote(find(doc, atom.Div), c.notes); got != c.want {
				t.Errorf("%s (notes %v): labelledOrNote %v, want %v", c.box, c.notes, got, c.want)
			}
		}
	})
	t.Run("a box named by its kind and \"box\" in one word is a callout", func(t *testing.T) {
		checkString(t, "kindBox", kindBox, map[string]bool{
			"notebox":    true,
			"warningbox": true,
			"inbox":      false,
			"toolbox":    false,
		})
		checkBoxGoes(t, `<div class="notebox">This page is looked after by the facilities group. Edit it if something is out of date.</div>`, "facilities group")
	})
	t.Run("the caption of a table that shows only a picture is the picture's", func(t *testing.T) {
		const picture = `<table class="img"><caption>The new booking calendar on the laundry room door.</caption><tr><td><a href="cal.jpg"><img src="cal.jpg"></a></td></tr></table>`
		checkBoxGoes(t, picture, "booking calendar")
		for _, c := range []struct {
			table string
			want  bool
		}{
			{picture, true},
			{`<table><caption>Grants by club</caption><tr><td><img src="c.png"> Rowing</td><td>12,000</td></tr></table>`, false},
			{`<table><caption>Grants by club</caption><tr><td>Rowing</td></tr></table>`, false},
		} {
			doc, err := html.Parse(strings.NewReader(`<main>` + c.table + `</main>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := pictureTable(find(doc, atom.Table)); got != c.want {
				t.Errorf("%s: pictureTable %v, want %v", c.table, got, c.want)
			}
		}
	})
	t.Run("a short line counting the post's words and comments is the theme's statistics", func(t *testing.T) {
		for _, c := range []struct {
			line string
			want bool
		}{
			{`Cet article, publié le <time>15 juillet 2025</time>, est notre 23e article. Il fait 473 mots, et il a reçu 2 commentaires pour l’instant.`, true},
			{`This article is my 23rd oldest. It is 1,473 words long, and it’s got 0 comments for now.`, true},
			{`The petition has 473 words and 2,000 signatures.`, false},
			{`We wrote 300 words a day for a month.`, false},
		} {
			doc, err := html.Parse(strings.NewReader(`<main><p>` + c.line + `</p></main>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := countLine(find(doc, atom.P)); got != c.want {
				t.Errorf("%s: countLine %v, want %v", c.line, got, c.want)
			}
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>This article is my 23rd oldest. It is 473 words long, and it’s got 2 comments for now.</p></main>`, []string{councilP3}, []string{"23rd oldest"})
	})
	t.Run("a block named for boxed text is a callout", func(t *testing.T) {
		checkString(t, "boxedText", boxedText, map[string]bool{
			"mcnBoxedTextBlock": true,
			"boxed-text":        true,
			"mcnTextBlock":      false,
			"layout-boxed":      false,
		})
		checkBoxGoes(t, `<div class="mcnBoxedTextBlock"><div class="mcnTextContent"><strong>Work day on 28 June</strong>: sign up with Claire before the 20th. Lunch shared at noon, tools provided.</div></div>`, "Work day", "sign up with Claire")
	})
	t.Run("a line in a span styled small after a picture in its paragraph is the picture's caption", func(t *testing.T) {
		text := pruned(t, `<div><p>`+councilP1+`</p><p style="text-align: center;"><img src="/hall.jpg" alt=""><br><span style="font-size: 9pt; color: #777;">The back room on a busy Thursday, with four tables running.</span></p><p>`+councilP3+`</p></div>`, &meta{})
		if strings.Contains(text, "back room") || !strings.Contains(text, "energy costs") {
			t.Errorf("caption kept or story lost:\n%s", text)
		}
		checkString(t, "smallStyle", smallStyle, map[string]bool{
			"font-size: 9pt; color: #777;": true,
			"font-size:0.8em":              true,
			"FONT-SIZE: x-small":           true,
			"font-size: 12pt":              false,
			"font-size: 16px":              false,
			"color: #777":                  false,
		})
	})
	t.Run("a weekday and its comma before a date that puts the month first is a date alone", func(t *testing.T) {
		checkDays(t, "bareDate", bareDate, map[string]string{
			"Thursday, September 4, 2025": "2025-09-04",
			"Sept. 4, 2025":               "2025-09-04",
			"Thursday September 4, 2025":  "",
		})
	})
	t.Run("a box named for the date whose term is a date label gives the date after it", func(t *testing.T) {
		p := extractHas(t, "Release notes", "", `<div class="contents"><div class="textblock"><dl class="section date"><dt>Date</dt><dd>8 March 2025</dd></dl>`+councilStory+`</div></div>`, []string{councilP1}, []string{"8 March"})
		if p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 3, 8, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("published_at %v, want 2025-03-08", p.PublishedAt)
		}
	})
	t.Run("a meta tag generator's creation day is the page's date, its revision day is not", func(t *testing.T) {
		for _, c := range []struct {
			head string
			want bool
		}{
			{`<meta name="Date-Creation-yyyymmdd" content="20250310"><meta name="Date-Revision-yyyymmdd" content="20250314">`, true},
			{`<meta name="Date-Revision-yyyymmdd" content="20250314">`, false},
		} {
			p := extractHas(t, "Budget approved", c.head, `<main><h1>Budget approved</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)); got != c.want {
				t.Errorf("%s: published_at %v, want 2025-03-10: %v", c.head, p.PublishedAt, c.want)
			}
		}
	})
	t.Run("a title of the site's name and the page's short name is the one h1's when the h1 holds fewer than half the name's words", func(t *testing.T) {
		for _, c := range []struct {
			h1, want string
		}{
			{"Championnat du club 2025 : Josiane Berthaut gagne à la dernière donne", "Championnat du club 2025 : Josiane Berthaut gagne à la dernière donne"},
			{"Championnat 2025 du club de tarot de Vermenton : les résultats", "Club de Tarot de Vermenton"},
		} {
			p := extractHas(t, "Club de Tarot de Vermenton - Championnat 2025", "", `<div id="banner"><img src="b.jpg" alt="Club de Tarot de Vermenton"></div><div id="content"><h1>`+c.h1+`</h1>`+councilStory+`</div>`, []string{councilP1}, nil)
			if p.Title != c.want {
				t.Errorf("h1 %q: title %q, want %q", c.h1, p.Title, c.want)
			}
		}
	})
	t.Run("a quotation in italics signed after a dash is the story's, in a box or not", func(t *testing.T) {
		const quote = `My son stepped on the box of the magic labyrinth. We glued it back together one Tuesday evening, and he still tells everyone about it. – Nadia, member`
		extractHas(t, "Budget approved", "", `<div id="wikitext"><p>`+councilP1+`</p><p>`+councilP2+`</p><div class="indent"><em>`+quote+`</em></div><p>`+councilP3+`</p>`+councilMore+`</div>`, []string{councilP3, "My son stepped on the box"}, nil)
		for _, c := range []struct {
			text string
			want bool
		}{
			{quote, true},
			{`Two hundred and twelve movements on Saturday, and for the first time nobody had to reach behind the backscene. — Graham, operating at Wensford`, true},
			{`Photo taken at the fair last Saturday by one of our members, with the stand in the back. – Club archive 2024.`, false},
			{`Short line. – Nadia`, false},
		} {
			if got := attributedQuote(c.text); got != c.want {
				t.Errorf("attributedQuote(%q) = %v, want %v", c.text, got, c.want)
			}
		}
	})
	t.Run("a byline that opens with its day dates the page when no statement does", func(t *testing.T) {
		for _, c := range []struct {
			meta string
			want time.Time
		}{
			{`<p>5 octobre 2025 par <a href="/author/hc">Hélène Carrère</a></p>`, time.Date(2025, 10, 5, 0, 0, 0, 0, time.UTC)},
			{`<p>5 octobre 2025 par <a href="/author/hc">Hélène Carrère</a></p><p>Publié le 3 octobre 2025</p>`, time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC)},
		} {
			p := extractHas(t, "Budget approved", "", `<div class="entry"><h1>Budget approved</h1><div class="entry-meta">`+c.meta+`</div>`+councilStory+`</div>`, []string{councilP1}, nil)
			if p.PublishedAt == nil || !p.PublishedAt.Equal(c.want) {
				t.Errorf("%s: published at %v, want %v", c.meta, p.PublishedAt, c.want)
			}
		}
	})
	t.Run("a title whose first or last part is the one h1, longer than the part Readability took, is the h1's", func(t *testing.T) {
		for _, c := range []struct {
			title, head, body, want string
		}{
			{"Town Notes | News / Budget approved after three hours of debate", "", `<div id="wikititle"><h1 class="pagetitle">Budget approved after three hours of debate</h1></div>`, "Budget approved after three hours of debate"},
			{"Budget approved after three hours - Town Notes", `<meta property="og:title" content="Town Notes">`, `<article><h1>Budget approved after three hours</h1>`, "Budget approved after three hours"},
		} {
			p := extractHas(t, c.title, c.head, c.body+councilStory, []string{councilP1}, nil)
			if p.Title != c.want {
				t.Errorf("<title> %q: title %q, want %q", c.title, p.Title, c.want)
			}
		}
	})
	t.Run("a shop's name and a full stop before the h1 in the title is a prefix", func(t *testing.T) {
		p := extractHas(t, "Town Notes. Budget approved after three hours", "", `<main><h1>Budget approved after three hours</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
		if p.Title != "Budget approved after three hours" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a title that opens with the name the header shows and a colon has the rest for headline", func(t *testing.T) {
		for _, c := range []struct {
			name, want string
		}{
			{`<div id="projectname">Town Notes Handbook<span id="projectnumber">&#160;2.0</span></div>`, "Budget: approved after three hours"},
			{`<div id="logo">Town Notes Handbook</div>`, "Town Notes Handbook: Budget: approved after three hours"},
		} {
			p := extractHas(t, "Town Notes Handbook: Budget: approved after three hours", "", `<div id="titlearea">`+c.name+`</div><div class="contents"><div class="title">Budget: approved after three hours</div>`+councilStory+`</div>`, []string{councilP1}, nil)
			if p.Title != c.want {
				t.Errorf("%s: title %q, want %q", c.name, p.Title, c.want)
			}
		}
	})
	t.Run("a creation statement in a comment where the page shows its date dates it", func(t *testing.T) {
		const footer = `Last edited <span class="date">Sun 22 Jun 2025 10:03:41 AM BST</span><!-- Created <span class="date">Thu 12 Jun 2025 09:14:22 PM BST</span> -->`
		checkDated(t, time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1>` + councilStory + `</main><div class="pagedate">` + footer + `</div>`: true,
			`<main><h1>Budget approved</h1>` + councilStory + `</main><div class="footer">` + footer + `</div>`:   false,
		})
	})
	t.Run("the day an e-mail's preheader gives its issue dates the letter", func(t *testing.T) {
		letter := func(id string) string {
			return `<table><tr><td id="` + id + `"><span style="font-size:11px">Town Notes letter – 3 June 2025</span> <a href="*|ARCHIVE|*">View this email in your browser</a></td></tr><tr><td id="templateBody"><h1>Budget approved</h1>` + councilStory + `</td></tr></table>`
		}
		checkDated(t, time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC), map[string]bool{
			letter("templatePreheader"): true,
			letter("templateHeader"):    false,
		})
	})
}

// checkString checks a helper that judges or reads a string (a class, a
// style, a letter's header line) against each case's want.
func checkString[V comparable](t *testing.T, name string, f func(string) V, want map[string]V) {
	t.Helper()
	for s, w := range want {
		if got := f(s); got != w {
			t.Errorf("%s(%q) = %#v, want %#v", name, s, got, w)
		}
	}
}

// checkDays checks a reader of dates in text against each case's day
// ("" for none).
func checkDays(t *testing.T, name string, f func(string, bool) (time.Time, bool), want map[string]string) {
	t.Helper()
	for text, w := range want {
		got, ok := f(text, false)
		if s := got.Format("2006-01-02"); ok != (w != "") || ok && s != w {
			t.Errorf("%s(%q) = %s, %v; want %q", name, text, s, ok, w)
		}
	}
}

// checkDated reduces each page and checks whether it is dated day, as
// each case wants.
func checkDated(t *testing.T, day time.Time, pages map[string]bool) {
	t.Helper()
	checkDatedPages(t, day, pages, func(page string) (string, string) { return "", page })
}

// checkDatedPages reduces the page each case makes (its head and body)
// and checks whether it is dated day, as the case wants.
func checkDatedPages(t *testing.T, day time.Time, cases map[string]bool, page func(string) (head, body string)) {
	t.Helper()
	for c, want := range cases {
		head, body := page(c)
		p := extractHas(t, "Budget approved", head, body, []string{councilP1}, nil)
		if got := p.PublishedAt != nil && p.PublishedAt.Equal(day); got != want {
			t.Errorf("%s: published at %v, want %v: %v", c, p.PublishedAt, day, want)
		}
	}
}

// checkBoxGoes reduces a story with box between its second and third
// paragraphs, and checks that the story stays and none of gone does.
func checkBoxGoes(t *testing.T, box string, gone ...string) {
	t.Helper()
	extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p>`+box+`<p>`+councilP3+`</p>`+councilMore+`</main>`, []string{councilP2, councilP3}, gone)
}

// TestRound32 holds the rules of round 32 of issue 16, each on its helper
// or on a small page of its own.
func TestRound32(t *testing.T) {
	t.Run("a tiddler store's created date dates the tiddler that holds the headline", func(t *testing.T) {
		checkString(t, "tiddlyDate is RFC 3339", func(d string) bool { return tiddlyDate(d) == "2025-04-05T18:30:00Z" }, map[string]bool{
			"20250405183000000":    true,
			"2025-04-05T18:30:00Z": true,
			"20250405":             false,
		})
		for store, want := range map[string]bool{
			`{"created": "20250405183000000", "title": "Budget approved after three hours"}`: true,
			`{"created": "20250405183000000", "title": "Pool prices unchanged"}`:             false,
		} {
			p := extractHas(t, "Budget approved after three hours - Town notes", `<script class="tiddlywiki-tiddler-store" type="application/json">[`+store+`]</script>`, `<main><h1>Budget approved after three hours</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 4, 5, 18, 30, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want 2025-04-05T18:30:00Z: %v", store, p.PublishedAt, want)
			}
		}
	})
	t.Run("mise en ligne opens a publication statement", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"Page préparée par Colette Rivière, mise en ligne le 20 septembre 2025.": "2025-09-20",
			"Page mise à jour le 21 septembre 2025.":                                 "",
		})
	})
	t.Run("a class naming a creation's date in one word names the date", func(t *testing.T) {
		checkString(t, "dateNamed", dateNamed, map[string]bool{
			"createdate":   true,
			"creationdate": true,
			"modifydate":   false,
			"candidate":    false,
		})
	})
	t.Run("a line of parts set apart by a middle dot before the <h1> gives the issue's day", func(t *testing.T) {
		checkDated(t, time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><p>Members' newsletter · Thursday 6 November 2025</p><h1>Budget approved</h1>` + councilStory + `</main>`:            true,
			`<main><p>Lettre n° 27 – 6 novembre 2025 · Voir la version en ligne</p><h1>Budget approved</h1>` + councilStory + `</main>`: true,
			`<main><p>Members' newsletter – Thursday 6 November 2025</p><h1>Budget approved</h1>` + councilStory + `</main>`:            false,
			`<main><p>Members' newsletter · Thursday 6 November 2025</p><h2>Budget approved</h2>` + councilStory + `</main>`:            false,
		})
	})
	t.Run("a title that opens with an <h1> of three words or more has it for headline", func(t *testing.T) {
		for _, c := range []struct{ title, body, want string }{
			{"Budget approved after debate - Town Handbook", `<h1 class="app-name"><a href="/">Town Handbook</a></h1><main><h1>Budget approved after debate</h1>` + councilStory + `</main>`, "Budget approved after debate"},
			{"Budget approved after debate · Council year 2025 · Town notes", `<main><h1>Budget approved after debate</h1>` + councilStory + `</main>`, "Budget approved after debate"},
			{"Town notes of Greenfield - Budget approved", `<h1><a href="/">Town notes of Greenfield</a></h1><main>` + councilStory + `</main>`, "Budget approved"},
		} {
			if p := extractHas(t, c.title, "", c.body, []string{councilP1}, nil); p.Title != c.want {
				t.Errorf("%q: title %q, want %q", c.title, p.Title, c.want)
			}
		}
	})
	t.Run("a wiki name before a separator is the <h1> that holds its words", func(t *testing.T) {
		for name, want := range map[string]string{
			"BulkBuyClub": "bulk buy club",
			"Budget":      "",
			"iPhone":      "",
			"TOCPage":     "",
			"Bulk2Club":   "",
		} {
			if got := strings.Join(wikiWords(name), " "); got != want {
				t.Errorf("wikiWords(%q) = %q, want %q", name, got, want)
			}
		}
		for title, want := range map[string]string{
			"BudgetApproved - Town Wiki": "The budget is approved after three hours",
			"PoolPrices - Town Wiki":     "PoolPrices - Town Wiki",
		} {
			if p := extractHas(t, title, "", `<main><h1>The budget is approved after three hours</h1>`+councilStory+`</main>`, []string{councilP1}, nil); p.Title != want {
				t.Errorf("%q: title %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("a picture of class attachment is the page's, and empty anchors stand between it and its caption", func(t *testing.T) {
		const caption = `<span class="anchor" id="line-24"></span><p><em>The pool's new boiler on the day it was installed.</em> <span class="anchor" id="line-25"></span></p>`
		checkBoxGoes(t, `<span class="anchor" id="line-22"></span><p><img alt="Boiler" class="attachment" src="boiler.jpg"> <span class="anchor" id="line-23"></span></p>`+caption, "new boiler")
		for page, want := range map[string]bool{
			`<main><p><img class="attachment" src="b.jpg"> <span class="anchor"></span></p><span class="anchor"></span>` + caption + `</main>`: true,
			`<main><p>The boiler came on Tuesday. <span class="anchor"></span></p><span class="anchor"></span>` + caption + `</main>`:          false,
		} {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var ps []*html.Node
			for d := range doc.Descendants() {
				if d.DataAtom == atom.P {
					ps = append(ps, d)
				}
			}
			if got := captionAfterPicture(ps[len(ps)-1], &meta{}); got != want {
				t.Errorf("%s: captionAfterPicture %v, want %v", page, got, want)
			}
		}
	})
	t.Run("a class that is a note box's kind alone is a callout", func(t *testing.T) {
		checkString(t, "soleKind", soleKind, map[string]bool{
			"note":      true,
			"tip":       true,
			"warn":      true,
			"notes":     false,
			"footnote":  false,
			"tip intro": false,
		})
		checkBoxGoes(t, `<div class="note"><p><strong>Volunteers needed.</strong> We need two more people for the Saturday packing rota.</p></div>`, "Volunteers needed")
		checkBoxGoes(t, `<p class="tip">Nervous? Ask the duty manager to sit in with you for your first show.</p>`, "duty manager")
	})
	t.Run("a diary under its heading, set apart by a rule, goes", func(t *testing.T) {
		const diary = `<h3>Dates for your diary</h3><ul><li><strong>Sat 15 Nov</strong> – Christmas order forms go out</li><li><strong>Fri 28 Nov</strong> – Annual general meeting</li></ul>`
		const table = `<h3>Next orders</h3><div><table><tr><td>Order</td><td>Opens</td></tr><tr><td>April order</td><td>7 April</td></tr><tr><td>May order</td><td>5 May</td></tr></table></div>`
		checkFound(t, "agendaList", atom.H3, func(h *html.Node) bool { return agendaList(h) != nil }, map[string]bool{
			`<main><hr>` + diary + `</main>`:                                                   true,
			`<main>` + table + `<span class="anchor"></span><hr></main>`:                       true,
			`<main><p>Text.</p>` + diary + `<p>More.</p></main>`:                               false,
			`<main><hr><h3>Next orders</h3><ul><li>Flour</li><li>Rice, 5 May</li></ul></main>`: false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<hr>`+diary+`</main>`, []string{councilP3}, []string{"Dates for your diary", "Christmas order forms"})
	})
	t.Run("small type in pixels is below 0.85 of 16px", func(t *testing.T) {
		checkString(t, "smallStyle", smallStyle, map[string]bool{
			"font-size: 13px; color: #888": true,
			"font-size: 13.5px":            true,
			"font-size: 14px":              false,
		})
	})
	t.Run("a line that only states the page's creation is a dateline", func(t *testing.T) {
		checkFound(t, "publishedLine", atom.P, publishedLine, map[string]bool{
			`<p><i>Créé samedi 11 octobre 2025</i><br></p>`:                 true,
			`<p>Created on 11 October 2025</p>`:                             true,
			`<p>Created a rota for the Saturday volunteers in October.</p>`: false,
		})
	})
	t.Run("a two-word label and a lowercase sentence of fifteen words is the writer's", func(t *testing.T) {
		checkString(t, "labelledSentence", labelledSentence, map[string]bool{
			"Prochaine étape : le pignon ouest, en avril, avec une troisième passe de finition à la chaux aérienne.": true,
			"Crédits photo : la mairie de Vaunoise et le club photo du lycée.":                                       false,
		})
	})
	t.Run("a labelled line of links may come between a rule and the fine print", func(t *testing.T) {
		const story = `<main><p>` + councilP1 + `</p><hr>`
		checkFound(t, "finePrintAfterRule", atom.Hr, finePrintAfterRule, map[string]bool{
			story + `<b>Rétroliens :</b> <a href="j">Journal</a> <a href="p">Pignon ouest</a><br><br><p><small>Carnet exporté avec Zim.</small></p></main>`: true,
			story + `<b>Rétroliens :</b> <a href="j">Journal</a></main>`:                                                                                    false,
			story + `<b>Next time</b> <a href="j">Journal</a><p><small>Carnet exporté.</small></p></main>`:                                                  false,
		})
	})
	t.Run("an inset box alone in a block of its own, titled with a question, is a box", func(t *testing.T) {
		const box = `<div style="border: 2px solid #7a5c3e"><p><strong>Vous avez des photos de colonie ?</strong></p><p>Apportez-les le samedi matin : nous les numérisons gratuitement.</p></div>`
		page := `<main><h1>Budget approved</h1><div class="block"><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div><div class="block">` + box + `</div><div class="block"><h2>The pool</h2><p>` + councilP3 + `</p>` + councilMore + `</div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP2, councilP3}, []string{"photos de colonie", "numérisons"})
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !insetBox(find(find(doc, atom.Main).FirstChild.NextSibling.NextSibling, atom.Div)) {
			t.Error("the box in a block of its own: insetBox false, want true")
		}
	})
	t.Run("a quotation announced by a colon stays at the story's end", func(t *testing.T) {
		const quote = `<blockquote><p>Fair enough. I have been calling that a chiffchaff since about 1990.</p></blockquote>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>Dad came round on Sunday and we stood at the back door together for a while. His verdict:</p>`+quote+`</main>`, []string{"calling that a chiffchaff"}, nil)
	})
	t.Run("a tiddler after the first in the story river is another page", func(t *testing.T) {
		frame := func(title, body string) string {
			return `<div class="tc-tiddler-frame tc-tiddler-view-frame" role="article"><h2 class="tc-title">` + title + `</h2><div class="tc-tiddler-body">` + body + `</div></div>`
		}
		extractHas(t, "Budget approved", "", `<div class="tc-story-river">`+frame("Budget approved", councilStory)+frame("Birds to learn next", `<p>In the order I want to learn them: greenfinch, coal tit, willow warbler and garden warbler.</p>`)+`</div>`, []string{councilP1, councilP3}, []string{"Birds to learn next", "greenfinch"})
	})
	t.Run("a diary's label heads a section of the story over a paragraph of prose", func(t *testing.T) {
		const next = `La prochaine collecte aura lieu le mardi 10 juin, de 15 h 30 à 19 h 30, toujours à la salle des fêtes. L'amicale tiendra son assemblée générale le vendredi 25 avril à 20 h 30 à la mairie ; tous les donneurs y sont les bienvenus.`
		for page, want := range map[string]bool{
			`<main><h3>La collation</h3><p>Text.</p><h3>Prochains rendez-vous</h3><p>` + next + `</p></main>`:         true,
			`<main><h2>La collation</h2><p>Text.</p><h3>Prochains rendez-vous</h3><p>` + next + `</p></main>`:         false,
			`<main><h3>La collation</h3><p>Text.</p><h3>Prochains rendez-vous</h3><p>Collecte le 10 juin.</p></main>`: false,
		} {
			if got := !labelHeading(lastOf(t, page, atom.H3)); got != want {
				t.Errorf("%s: the story's section %v, want %v", page, got, want)
			}
		}
	})
	t.Run("an MJML letter's sections of its background are lifted together, the others go", func(t *testing.T) {
		section := func(bg, content string) string {
			return `<div style="background:` + bg + `;background-color:` + bg + `;"><table role="presentation"><tbody><tr><td><div class="mj-column-per-100 mj-outlook-group-fix"><table role="presentation"><tbody><tr><td><div style="font-size:15px">` + content + `</div></td></tr></tbody></table></div></td></tr></tbody></table></div>`
		}
		page := `<div style="background-color:#F4F4F4">` + section("#F4F4F4", `<p>Lettre n° 27 · Voir la version en ligne</p>`) + section("#ffffff", `<h1>Budget approved</h1><p>`+councilP1+`</p>`) + section("#ffffff", `<p>`+councilP2+`</p><p>`+councilP3+`</p>`) + section("#eef5e9", `<p><strong>Assemblée générale : samedi 15 mars à 10 heures.</strong></p><p>Salle Jean-Moulin, garde d'enfants assurée sur place.</p>`) + section("#ffffff", councilMore) + section("#F4F4F4", `<p>Cet e-mail a été envoyé à [[EMAIL_TO]], cliquez ici pour vous désabonner.</p>`) + `</div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3, "within two winters"}, []string{"Salle Jean-Moulin", "Voir la version", "désabonner"})
	})
}

// checkFound checks a helper that judges the first element of a kind in
// each small page against the page's want.
func checkFound(t *testing.T, name string, a atom.Atom, f func(*html.Node) bool, want map[string]bool) {
	t.Helper()
	for page, w := range want {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := f(find(doc, a)); got != w {
			t.Errorf("%s: %s %v, want %v", page, name, got, w)
		}
	}
}

// TestRound33 holds the rules of round 33 of issue 16, each on its helper
// or on a small page of its own.
func TestRound33(t *testing.T) {
	t.Run("an article:published_time with a space for its T and an offset is its instant", func(t *testing.T) {
		checkString(t, "instant reads", func(s string) bool { _, ok := instant(s); return ok }, map[string]bool{
			"2025-04-27 09:30:00+02:00": true,
			"2025-04-27T09:30:00+02:00": true,
			"2025-04-27 09:30:00":       false,
			"2025-04-27":                false,
		})
		for content, want := range map[string]time.Time{
			"2025-04-27 09:30:00+02:00": time.Date(2025, 4, 27, 7, 30, 0, 0, time.UTC),
			"2025-04-27 09:30:00":       time.Date(2025, 4, 27, 0, 0, 0, 0, time.UTC),
		} {
			p := extractHas(t, "Budget approved", `<meta property="article:published_time" content="`+content+`">`, `<main><h1>Budget approved</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
				t.Errorf("%s: published at %v, want %v", content, p.PublishedAt, want)
			}
		}
	})
	t.Run("an RDFa date of Dublin Core dates the page", func(t *testing.T) {
		const comment = `<div class="comment"><span property="dc:date dc:created" content="2025-03-19T08:00:00+00:00">Submitted on Wed</span><p>Good news.</p></div>`
		checkDated(t, time.Date(2025, 3, 18, 10, 12, 34, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><span property="dc:date dc:created" content="2025-03-18T10:12:34+00:00">Submitted by Carol on Tue, 03/18/2025 - 10:12</span>` + councilStory + comment + `</main>`: true,
			`<main><h1>Budget approved</h1><span property="dc:title" content="2025-03-18T10:12:34+00:00">Submitted by Carol</span>` + councilStory + `</main>`:                                                false,
		})
	})
	t.Run("a forum post's details line that is a date alone dates the page", func(t *testing.T) {
		checkString(t, "postDetails", postDetails, map[string]bool{
			"postdetails":       true,
			"post-details left": true,
			"postinfo":          true,
			"details":           false,
			"postdetailsbox":    false,
		})
		checkDated(t, time.Date(2025, 2, 12, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><div><span class="postdetails"><img src="p.gif" alt="post"> 12 févr. 2025, 21:14</span></div><div>` + councilStory + `</div></main>`: true,
			`<main><div><span class="postdetails">Inscrit : 12 févr. 2025</span></div><div>` + councilStory + `</div></main>`:                           false,
		})
	})
	t.Run("a forum's path in the title leaves the topic", func(t *testing.T) {
		for _, c := range []struct{ t, page, h1, want string }{
			{"Squeaky stairs - fixed from below / Carpentry", "Squeaky stairs - fixed from below / Carpentry / Old House Forum", "Old House Forum", "Squeaky stairs - fixed from below"},
			{"Budget approved / Town news", "Budget approved / Town news / Town notes", "Town notes", "Budget approved"},
			{"Budget approved / Town news", "Budget approved / Town news / Town notes", "Budget approved", "Budget approved / Town news"},
			{"Budget approved", "Budget approved / Town notes", "Town notes", "Budget approved"},
			{"Budget approved / Town news", "Budget approved / Town news - Town notes", "Town notes", "Budget approved / Town news"},
		} {
			if got := forumPath(c.t, c.page, c.h1); got != c.want {
				t.Errorf("forumPath(%q, %q, %q) = %q, want %q", c.t, c.page, c.h1, got, c.want)
			}
		}
		p := extractHas(t, "Budget approved for the clubs / Town news / Town notes", "", `<div id="brdtitle"><h1><a href="index.php">Town notes</a></h1></div><div class="post"><h3>Budget approved for the clubs</h3><div class="postmsg">`+councilStory+`</div></div>`, []string{councilP1}, nil)
		if want := "Budget approved for the clubs"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("a class word of prompt- and a kind is a callout", func(t *testing.T) {
		checkString(t, "prefixedKind", prefixedKind, map[string]bool{
			"prompt-tip":    true,
			"prompt-danger": true,
			"prompt":        false,
			"prompt-text":   false,
		})
		checkBoxGoes(t, `<blockquote class="prompt-tip"><p>Before rewinding an old tape, check that it is not stuck: if it squeaks, stop.</p></blockquote>`, "old tape")
	})
	t.Run("a class word of notice-- and a kind is a callout", func(t *testing.T) {
		checkString(t, "prefixedKind", prefixedKind, map[string]bool{
			"notice--info":    true,
			"notice--primary": true,
			"notice":          false,
			"notice--cookie":  false,
		})
		checkBoxGoes(t, `<p class="notice--info"><strong>Tip:</strong> tree surgeons often pay to get rid of chip, so ask on the noticeboard.</p>`, "tree surgeons")
	})
	t.Run("a notice's class and a colour is a callout", func(t *testing.T) {
		checkString(t, "colourNotice", colourNotice, map[string]bool{
			"notices yellow": true,
			"notices red":    true,
			"notices":        false,
			"yellow":         false,
			"noticeboard":    false,
		})
		checkBoxGoes(t, `<div class="notices yellow"><p>The council meets again on Tuesday to vote the budget of the pool and the library, and residents may attend.</p></div>`, "meets again")
	})
	t.Run("a box drawn by its inline style that opens in bold is a notice", func(t *testing.T) {
		checkString(t, "boxStyle", boxStyle, map[string]bool{
			"border-left:4px solid #7413dc;background:#f4eefc;padding:10px 16px": true,
			"border:1px solid #d4d4d4; background:#f6f6f2; padding:10px 15px;":   true,
			"border:1px solid #d4d4d4; padding:10px":                             false,
			"border-radius:4px;padding:16px;background:rgb(241,241,239)":         false,
			"border:none;background:#f6f6f2":                                     false,
		})
		const style = `border:1px solid #d4d4d4; background:#f6f6f2; padding:10px 15px;`
		checkBoxGoes(t, `<div style="`+style+`"><p><strong>Booking line: 01632 960 481</strong><br>Weekdays 9am to 12 noon. Outside those hours, leave a message.</p></div>`, "Booking line", "Weekdays")
		checkBoxGoes(t, `<div style="`+style+`"><strong>Leaders: want to run this with your section?</strong> Our cutting list is on the <a href="/r">resources page</a>.</div>`, "cutting list")
		checkFound(t, "styledBox", atom.Div, styledBox, map[string]bool{
			`<main><p>Text.</p><div style="` + style + `"><p><strong>Booking line</strong><br>Weekdays from nine to noon.</p></div></main>`:  true,
			`<main><p>Text.</p><div style="` + style + `"><p>Booking line: weekdays from nine.</p></div></main>`:                             false,
			`<main><p>Text.</p><div style="` + style + `"><p><strong>Our verdict:</strong> worth every penny.</p></div></main>`:              false,
			`<main><h2>Text</h2><div style="` + style + `"><p><strong>Booking line</strong><br>Weekdays from nine to noon.</p></div></main>`: false,
		})
	})
	t.Run("a forum's code box no paragraph announces is a note", func(t *testing.T) {
		const box = `<div class="codebox"><pre><code>PVA 1 litre, 200 screws
Total: 23 pounds</code></pre></div>`
		checkFound(t, "asideCodeBox", atom.Div, asideCodeBox, map[string]bool{
			`<main><p>Seven of the eight are silent.</p>` + box + `</main>`: true,
			`<main><p>My shopping list:</p>` + box + `</main>`:              false,
			`<main><p>Seven of the eight are silent.</p><div class="codebox"><pre><code>a
b
c
d</code></pre></div></main>`: false,
			`<main><p>Seven of the eight are silent.</p><div class="code"><pre><code>a</code></pre></div></main>`: false,
		})
		checkBoxGoes(t, box, "PVA", "Total")
	})
	t.Run("a forum's label over a quotation goes, the quotation stays", func(t *testing.T) {
		checkFound(t, "quoteHead", atom.Div, quoteHead, map[string]bool{
			`<main><div class="quotetop">CITATION</div><div class="quotemain">Une carte, c'est un document.</div></main>`:         true,
			`<main><div class="quotetop">CITATION</div><p>Une carte, c'est un document.</p></main>`:                               false,
			`<main><div class="quotetop">A long line over the quotation here</div><div class="quotemain">Une carte.</div></main>`: false,
		})
		checkBoxGoes(t, `<p>He told me:</p><div class="quotetop">QUOTE</div><div class="quotemain">A card is a document: you look at it, you file it, you never mend it.</div>`, "QUOTE")
	})
}

// TestRound34 holds the rules of round 34 of issue 16, each on its helper
// or on a small page of its own.
func TestRound34(t *testing.T) {
	t.Run("a list's tag goes from a title when the archive's address names the list", func(t *testing.T) {
		for _, c := range []struct{ t, address, want string }{
			{"[Rando-Vaunage] Sortie du dimanche", "http://listes.example/pipermail/rando-vaunage/2025-March/000413.html", "Sortie du dimanche"},
			{"[myco-info] Sortie d'automne", "https://listes.example/sympa/arc/myco-info/2025-10/msg00011.html", "Sortie d'automne"},
			{"[Video] Budget approved", "https://news.example/town/budget-approved", "[Video] Budget approved"},
			{"[SOLVED] Squeaky stairs", "https://forum.example/topic/42", "[SOLVED] Squeaky stairs"},
		} {
			if got := listTag(c.t, c.address); got != c.want {
				t.Errorf("listTag(%q, %q) = %q, want %q", c.t, c.address, got, c.want)
			}
		}
	})
	t.Run("a publication statement's day may carry an ordinal's ending", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"Posted by Derek Lowe on 14th November 2009": "2009-11-14",
			"Posted on 1st March 2025":                   "2025-03-01",
			"The 14th November meeting":                  "",
		})
	})
	t.Run("a mail archive's Date line or asctime line dates the page, an agenda's date does not", func(t *testing.T) {
		checkDays(t, "mailDate", func(text string, _ bool) (time.Time, bool) { return mailDate([]string{text}) }, map[string]string{
			"Date: Thu, 9 Oct 2025 18:42:07 +0200": "2025-10-09",
			"Mar Mar 11 21:14:03 CET 2025":         "2025-03-11",
			"Fév Fév 4 08:00:00 CET 2025":          "2025-02-04",
			"Date : samedi 25 octobre 2025":        "",
			"Sat 25 Oct 2025, 10:00":               "",
		})
		checkDated(t, time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><b>Carol</b><br><i>Mar Mar 11 21:14:03 CET 2025</i>` + councilStory + `</main>`:  true,
			`<main><h1>Budget approved</h1><b>Carol</b><br><i>Meeting: 11 March 2025, 21:14</i>` + councilStory + `</main>`: false,
		})
	})
	t.Run("a message in a <pre> ends at the scrubbed part, its signature and framed notices go", func(t *testing.T) {
		const prose = "The council approved next season's budget on Tuesday evening\nafter three hours of debate between the majority and the\nopposition. Sports clubs will receive a larger grant, while work\non the gymnasium will start next spring and last eighteen months.\n"
		for _, c := range []struct{ text, want string }{
			{prose + "\n-------------- next part --------------\nAn HTML attachment was scrubbed...\n", prose + "\n"},
			{prose + "\nSee you,\n\nCarol\n\n--\nCarol Reed\nTown clerk\n", prose + "\nSee you,\n\nCarol\n"},
			{prose + "\n----------------------------------------\n  BOOKING by reply, before Friday.\n----------------------------------------\n\nThanks.\n", prose + "\n\n\nThanks.\n"},
			{"x := 1\n--\ny := 2\n", "x := 1\n--\ny := 2\n"},
		} {
			if got := mailText(c.text); got != c.want {
				t.Errorf("mailText(%q) = %q, want %q", c.text, got, c.want)
			}
		}
		checkString(t, "cutSignature keeps a \"--\" with more after it", func(s string) bool { return cutSignature(s) == s }, map[string]bool{
			"Text.\n--\n1\n2\n3\n4\n5\n6\n7\n8\n": true,
			"Text.\n--\nCarol\n":                  false,
		})
	})
	t.Run("a heading's anchor mark is no part of the headline", func(t *testing.T) {
		p := extractHas(t, "Budget approved - Town handbook", "", `<main><h1>Budget approved<a class="headerlink" href="#budget-approved" title="Link to this heading">¶</a></h1>`+councilStory+`</main>`, []string{councilP1}, nil)
		if want := "Budget approved"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("a community's name after \" : \" in the title, as the page's <h1>, goes", func(t *testing.T) {
		for _, c := range []struct{ t, page, h1, want string }{
			{"boardgameclubs", "How our library night grew : boardgameclubs", "boardgameclubs", "How our library night grew"},
			{"Garbure", "Recettes : Garbure", "Garbure", "Garbure"},
			{"Budget approved", "Budget approved : Town notes", "Town notes", "Budget approved"},
		} {
			if got := communityTitle(c.t, c.page, c.h1); got != c.want {
				t.Errorf("communityTitle(%q, %q, %q) = %q, want %q", c.t, c.page, c.h1, got, c.want)
			}
		}
	})
	t.Run("the page's feed name as a part of the title goes", func(t *testing.T) {
		for _, c := range []struct{ t, feed, want string }{
			{"Work party: what to bring - Plot-holders", "Plot-holders", "Work party: what to bring"},
			{"Work party: what to bring - Plot-holders", "Comments feed", "Work party: what to bring - Plot-holders"},
			{"Work party: what to bring - Plot-holders", "Plot", "Work party: what to bring - Plot-holders"},
		} {
			if got := title(c.t, meta{feedName: c.feed}); got != c.want {
				t.Errorf("title(%q) with feed %q = %q, want %q", c.t, c.feed, got, c.want)
			}
		}
	})
	t.Run("a data-createtime in JavaScript's writing dates the page at its instant", func(t *testing.T) {
		checkString(t, "scriptTime", func(s string) bool { return scriptTime(s) == "2025-03-04T21:37:52+01:00" }, map[string]bool{
			"Tue Mar 04 2025 21:37:52 GMT+0100 (Central European Standard Time)": true,
			"Tue Mar 04 2025 21:37:52 GMT+0100":                                  true,
			"2025-03-04T21:37:52+01:00":                                          false,
			"mar. 4 mars 2025 21:37":                                             false,
		})
		checkDated(t, time.Date(2025, 3, 4, 20, 37, 52, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><span class="ui-createtime" data-createtime="Tue Mar 04 2025 21:37:52 GMT+0100 (Central European Standard Time)" title="4 March 2025">9 months ago</span>` + councilStory + `</main>`: true,
			`<main><h1>Budget approved</h1><span class="ui-createtime" data-updatetime="Tue Mar 04 2025 21:37:52 GMT+0100 (Central European Standard Time)">9 months ago</span>` + councilStory + `</main>`:                      false,
		})
	})
	t.Run("a credit line in italics at the story's end goes", func(t *testing.T) {
		for text, want := range map[string]bool{
			"Compte rendu rédigé par Claire Dumont, relu par Nadia Benali.": true,
			"Report written by Claire Dumont.":                              true,
			"Le bureau a rédigé un texte commun par la suite.":              false,
		} {
			if got := hasCue(&block{text: text, words: lowerWords(text)}, nil); got != want {
				t.Errorf("hasCue(%q) = %v, want %v", text, got, want)
			}
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p><em>Compte rendu rédigé par Claire Dumont, relu par Nadia Benali.</em></p></main>`, []string{councilP1, "within two winters"}, []string{"Claire Dumont"})
	})
	t.Run("a coloured table of one cell that opens in bold is a box", func(t *testing.T) {
		const cell = `<table bgcolor="#f6ecd9"><tr><td><p><b>Exposition mycologique</b> : samedi 25 octobre, salle des fêtes, entrée libre.</p></td></tr></table>`
		checkFound(t, "styledBox", atom.Table, styledBox, map[string]bool{
			`<main><p>Text.</p>` + cell + `</main>`: true,
			`<main><p>Text.</p><table><tr><td><p><b>Exposition mycologique</b> : samedi 25 octobre.</p></td></tr></table></main>`:                             false,
			`<main><p>Text.</p><table bgcolor="#f6ecd9"><tr><td><b>Exposition</b></td><td>samedi 25 octobre, salle des fêtes.</td></tr></table></main>`:       false,
			`<main><p>Text.</p><table bgcolor="#f6ecd9"><tr><td><p>Exposition mycologique : samedi 25 octobre, salle des fêtes.</p></td></tr></table></main>`: false,
		})
		checkBoxGoes(t, cell, "Exposition mycologique")
	})
	t.Run("a message's greeting and its signed close are the sender's", func(t *testing.T) {
		body := `<main><h1>Budget approved</h1><p>Bonjour à toutes et à tous,</p>` + councilStory + `<p>Bonne soirée à tous,</p><p>Carole Martin, secrétaire du conseil municipal</p></main>`
		extractHas(t, "Budget approved", "", body, []string{"Bonjour à toutes et à tous,", "Bonne soirée à tous,", "Carole Martin, secrétaire"}, nil)
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>Bonne soirée à tous,</p><p>Carole Martin, secrétaire du conseil municipal</p></main>`, []string{councilP1}, []string{"Carole Martin"})
	})
	t.Run("a post's summary titles a post on a social network", func(t *testing.T) {
		p := extractHas(t, "Town notes", `<meta property="og:title" content="Town Notes (@notes@social.example)">`, `<main><div class="status"><span class="status-summary">Budget approved after three hours</span><div class="status-body">`+councilStory+`</div></div></main>`, []string{councilP1}, nil)
		if want := "Budget approved after three hours"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
		checkString(t, "postSummary", postSummary, map[string]bool{
			"status-summary": true,
			"summary":        false,
			"entry-summary":  false,
		})
	})
	t.Run("a label's heading in a wiki's wrapper goes with its section of links", func(t *testing.T) {
		const wrap = `<div class="mw-heading"><h2 id="See_also">See also</h2><span class="mw-editsection"><a href="?action=edit">edit</a></span></div>`
		checkFound(t, "wrappedTail", atom.Div, func(n *html.Node) bool { return wrappedTail(n) != nil }, map[string]bool{
			`<main>` + wrap + `<section><ul><li><a href="/a">Town hall</a></li><li><a href="/b">Pool</a></li></ul></section></main>`:     true,
			`<main>` + wrap + `<section><p>The pool and the <a href="/b">town hall</a> share a car park.</p></section></main>`:           false,
			`<main><div class="mw-heading"><h2>History</h2></div><section><ul><li><a href="/a">Town hall</a></li></ul></section></main>`: false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><section>`+councilStory+`</section>`+wrap+`<section><ul><li><a href="/a">Town hall of Pellbridge</a></li><li><a href="/b">Pellbridge swimming pool</a></li></ul></section></main>`, []string{councilP1}, []string{"See also", "Pellbridge swimming pool"})
	})
	t.Run("a word processor's document is titled by its one <h1>", func(t *testing.T) {
		checkString(t, "wordProcessed", wordProcessed, map[string]bool{
			"LibreOffice 7.6.4.1 (Linux)": true,
			"OpenOffice.org 3.4":          true,
			"Microsoft Word 15":           true,
			"WordPress 6.7":               false,
		})
		for generator, want := range map[string]string{
			"LibreOffice 7.6.4.1 (Linux)": "Budget approved after three hours",
			"WordPress 6.7":               "Town letter no. 18",
		} {
			p := extractHas(t, "Town letter no. 18", `<meta name="generator" content="`+generator+`">`, `<h1>Budget approved after three hours</h1>`+councilStory, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", generator, p.Title, want)
			}
		}
	})
	t.Run("a letter's issue line gives its day after a dash when it numbers the issue", func(t *testing.T) {
		checkString(t, "issueDay reads a day", func(s string) bool { return issueDay(s) != "" }, map[string]bool{
			"Lettre aux adhérents n° 18 – vendredi 14 février 2025": true,
			"Town letter No. 18 – 14 February 2025":                 true,
			"Town notes – 14 February 2025":                         false,
		})
	})
	t.Run("a paragraph in bold over a diary set apart by a rule heads it", func(t *testing.T) {
		checkFound(t, "boldLine", atom.P, boldLine, map[string]bool{
			`<p><font color="#3a7d44"><b>Agenda du jardin</b></font></p>`:   true,
			`<p><b>Agenda</b> du jardin</p>`:                                false,
			`<p><b>A line in bold that is far too long for a label</b></p>`: false,
		})
		checkFound(t, "agendaList", atom.P, func(n *html.Node) bool { return agendaList(n) != nil }, map[string]bool{
			`<main><hr><p><b>Agenda du conseil</b></p><ul><li>jeudi 6 mars : réunion</li><li>samedi 22 mars : visite</li></ul></main>`: true,
			`<main><hr><p>Agenda du conseil</p><ul><li>jeudi 6 mars : réunion</li><li>samedi 22 mars : visite</li></ul></main>`:        false,
			`<main><p><b>Agenda du conseil</b></p><ul><li>jeudi 6 mars : réunion</li><li>samedi 22 mars : visite</li></ul></main>`:     false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<hr><p><b>Agenda du conseil</b></p><ul><li><b>jeudi 6 mars</b> : réunion du conseil</li><li><b>samedi 22 mars</b> : visite de la piscine</li></ul></main>`, []string{councilP1}, []string{"Agenda du conseil", "visite de la piscine"})
	})
	t.Run("a first name that signs a message is kept when it ends its box", func(t *testing.T) {
		message, tools := &html.Node{}, &html.Node{}
		for _, c := range []struct {
			last *html.Node
			want bool
		}{{tools, true}, {message, false}} {
			var bs []*block
			for _, text := range []string{"Hi everyone,", councilP1, "Gwen", "Show replies by date"} {
				bs = append(bs, &block{text: text, words: lowerWords(text), container: message})
			}
			bs[3].container = c.last
			if got := signOff(bs, 2); got != c.want {
				t.Errorf("signOff with the thread's line in its own box %v = %v, want %v", c.last == tools, got, c.want)
			}
		}
		extractHas(t, "Budget approved", "", `<main><div class="email"><div class="email-body"><p>Hi everyone,</p>`+councilStory+`<p>Thanks, and see you there,</p><p>Gwen</p></div></div><div class="thread-tools"><p>Show replies by date</p></div></main>`, []string{"Gwen"}, nil)
	})
}

// TestRound35 holds the rules of round 35 of issue 16, each on its helper
// or on a small page of its own.
func TestRound35(t *testing.T) {
	t.Run("a JSON-LD headline's HTML entities are decoded", func(t *testing.T) {
		for headline, want := range map[string]string{
			"The library&#039;s drivers": "The library's drivers",
			"Fish &amp; chips night":     "Fish & chips night",
			"Budget approved":            "Budget approved",
		} {
			p := extractHas(t, "Town notes", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"`+headline+`"}</script>`, `<main>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("headline %q: title %q, want %q", headline, p.Title, want)
			}
		}
	})
	t.Run("the <h1> is the title with a word or two of letters before it", func(t *testing.T) {
		for _, c := range []struct{ t, h1 string }{
			{"Sortie aux étangs de la Bresse", "Notre sortie aux étangs de la Bresse"},
			{"Sortie aux étangs de la Bresse", "Thread: Sortie aux étangs de la Bresse"},
			{"Sortie aux étangs de la Bresse", "Enfin notre belle sortie aux étangs de la Bresse"},
			{"Budget approved", "Our budget approved"},
		} {
			want := c.t
			if c.h1 == "Notre sortie aux étangs de la Bresse" {
				want = c.h1
			}
			if got := title(c.t, meta{h1: []string{c.h1}, title: c.t + " - octobre 2009"}); got != want {
				t.Errorf("title(%q) under <h1> %q = %q, want %q", c.t, c.h1, got, want)
			}
		}
	})
	t.Run("a <title> that is a file's name gives way to the <h1>", func(t *testing.T) {
		for _, c := range []struct{ t, want string }{
			{"grainotheque-mode-emploi", "Mode d'emploi de la grainothèque"},
			{"notes_2025.md", "Mode d'emploi de la grainothèque"},
			{"Grainotheque-Mode-Emploi", "Grainotheque-Mode-Emploi"},
			{"grainotheque", "grainotheque"},
		} {
			if got := title(c.t, meta{h1: []string{"Mode d'emploi de la grainothèque"}, title: c.t}); got != c.want {
				t.Errorf("title(%q) = %q, want %q", c.t, got, c.want)
			}
		}
	})
	t.Run("a diary's table may stand in a <figure>, its heading open the box after a rule", func(t *testing.T) {
		const rows = `<tr><td>5 février</td><td>Odile</td></tr><tr><td>12 février</td><td>Karim</td></tr>`
		checkFound(t, "agendaList", atom.H3, func(h *html.Node) bool { return agendaList(h) != nil }, map[string]bool{
			`<hr><h3>Permanences à venir</h3><figure class="table-figure"><table><thead><tr><th>Mercredi</th><th>Bénévole</th></tr></thead><tbody>` + rows + `</tbody></table></figure>`:                           true,
			`<hr><h3>Permanences</h3><figure><table><tr><td>Odile</td><td>tri</td></tr><tr><td>Karim</td><td>atelier</td></tr></table></figure>`:                                                                   false,
			`<hr><div class="container"><div class="wrapper"><div class="inner"><h3>Key dates this season</h3><ul><li>Sat 5 April: first market</li><li>Sat 3 May: plant fair</li></ul></div></div></div>`:         true,
			`<p>Text.</p><div class="container"><div class="wrapper"><div class="inner"><h3>Key dates this season</h3><ul><li>Sat 5 April: first market</li><li>Sat 3 May: plant fair</li></ul></div></div></div>`: false,
		})
	})
	t.Run("a box's label in bold may have its colon after the bold", func(t *testing.T) {
		checkFound(t, "labelledBox", atom.P, labelledBox, map[string]bool{
			`<p><strong>Bon à savoir</strong> : la permanence fait relâche pendant les vacances d'été.</p>`: true,
			`<p><strong>Bon à savoir</strong><span> : la permanence fait relâche l'été.</span></p>`:         true,
			`<p><strong>Bon à savoir</strong> la permanence fait relâche pendant les vacances d'été.</p>`:   false,
			`<p><strong>Le meuble</strong> : un ancien meuble à tiroirs donné par la médiathèque.</p>`:      false,
		})
	})
	t.Run("a box that ends with a list of buttons between the story's parts goes", func(t *testing.T) {
		checkFound(t, "actionBetween", atom.Div, actionBetween, map[string]bool{
			`<div id="c"><div class="wrapper"><div class="inner"><p>Rain plan</p><p>We text every trader by 7pm.</p><ul class="style2 buttons"><li><a href="/u">Update my details</a></li></ul></div></div></div><h2>Fees</h2>`: true,
			`<div id="c"><div class="wrapper"><div class="inner"><p>Rain plan</p><p>We text every trader by 7pm.</p><ul class="style2"><li><a href="/u">Update my details</a></li></ul></div></div></div><h2>Fees</h2>`:         false,
			`<div id="c"><p>We text every trader by 7pm.</p><ul class="buttons"><li><a href="/u">Update my details</a></li></ul></div>`:                                                                                         false,
		})
	})
	t.Run("a copyright line or a registration among the story's last blocks goes", func(t *testing.T) {
		checkString(t, "rightsLine", rightsLine, map[string]bool{
			"© Town Council. Run by volunteers since 2011.": true,
			"Copyright 2025 Town Council":                   true,
			"The council's copyright on the plans ends.":    false,
		})
		checkString(t, "registeredLine", registeredLine.MatchString, map[string]bool{
			"Saxby Cross Village Hall is a registered charity, no. 1034417.": true,
			"Association loi 1901 déclarée en préfecture.":                   true,
			"The charity shop opens on Monday.":                              false,
		})
		for _, line := range []string{"© Town Council. Run by volunteers since 2011, with the support of the parish.", "The hall is a registered charity, no. 1034417. Printed by volunteers."} {
			extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>`+line+`</p></main>`, []string{councilP3}, []string{line})
		}
	})
	t.Run("a list Word saved is scored as a list, its bullets gone", func(t *testing.T) {
		item := func(class, text string) string {
			return `<p class=` + class + ` style='text-indent:-18.0pt'><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span>` + text + `</p>`
		}
		items := []string{"a grant of £18,000 from the district council’s community buildings fund", "£6,500 from the Lottery’s small grants programme", "£4,900 raised by the Christmas fair and the quiz nights", "£2,000 from the hall’s own reserves"}
		list := item("MsoListParagraphCxSpFirst", items[0]) + item("MsoListParagraphCxSpMiddle", items[1]) + item("MsoListParagraphCxSpMiddle", items[2]) + item("MsoListParagraphCxSpLast", items[3])
		p := extractHas(t, "Budget approved", "", `<div class=WordSection1><h1>Budget approved</h1><p class=MsoNormal>`+councilP1+`</p><p class=MsoNormal>`+councilP2+` It has been paid for by:</p>`+list+`<p class=MsoNormal>`+councilP3+`</p></div>`, append([]string{councilP3}, items...), nil)
		if strings.Contains(p.Body, "·") {
			t.Errorf("body keeps Word's bullets:\n%s", p.Body)
		}
	})
	t.Run("Facebook's first data-utime dates the page at its instant", func(t *testing.T) {
		checkString(t, "unixTime", func(s string) bool { return unixTime(s) == "2016-11-13T17:42:00Z" }, map[string]bool{
			"1479058920":    true,
			"1479058920000": false,
			"14790589x0":    false,
		})
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><abbr data-utime="1479058920" title="13 novembre 2016"><span>13 novembre 2016</span></abbr>`+councilStory+`<div class="comment"><abbr data-utime="1479113700">14 novembre 2016</abbr></div></main>`, []string{councilP1}, nil)
		if want := time.Date(2016, 11, 13, 17, 42, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a note's date property dates the page, its updated property does not", func(t *testing.T) {
		for key, want := range map[string]bool{"date": true, "created": true, "updated": false} {
			checkDated(t, time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC), map[string]bool{
				`<main><h1>Budget approved</h1><div class="metadata-property"><div class="metadata-property-key">` + key + `</div><div class="metadata-property-value">2025-04-02</div></div>` + councilStory + `</main>`: want,
			})
		}
		checkDated(t, time.Date(2025, 3, 22, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><div class="page-property"><span class="page-property-key">date</span><span>:</span><div class="page-property-value"><span class="page-reference"><span>[[</span><a>2025-03-22</a><span>]]</span></span></div></div>` + councilStory + `</main>`: true,
		})
	})
	t.Run("\"left-column\" names furniture", func(t *testing.T) {
		checkString(t, "furnitureName", furnitureName, map[string]bool{
			"site-body-left-column":      true,
			"site-body-left-column-note": true,
			"leftcolumn":                 false,
			"column":                     false,
		})
	})
	t.Run("a region beside the main one gives no visible date", func(t *testing.T) {
		for role, want := range map[string]bool{"complementary": true, "navigation": false} {
			checkDated(t, time.Date(2014, 3, 10, 0, 0, 0, 0, time.UTC), map[string]bool{
				`<div role="` + role + `"><ul><li><a href="/p1">Carnaval</a><div>publié le 24 févr. 2014 à 12:05 par Sébastien</div></li></ul></div><main><h1>Budget approved</h1><div>publié le 10 mars 2014 à 21:14 par Claire</div>` + councilStory + `</main>`: want,
			})
		}
	})
	t.Run("a block in emphasis right after a picture is its caption, away from the story's edges", func(t *testing.T) {
		const caption = "The council and the opposition on Tuesday evening, before the debate on the budget."
		checkBoxGoes(t, `<div><a href="/big.jpg"><img src="/photo.jpg"></a></div><div><i><font size="2">`+caption+`</font></i></div>`, caption)
		const lead = "Ferry services between the mainland and the island have been suspended indefinitely after engineers found cracks in the harbour wall."
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><div><img src="/photo.jpg"></div><div><b>`+lead+`</b></div>`+councilStory+`</main>`, []string{lead, councilP1}, nil)
	})
	t.Run("a table of one cell coloured by its style, its lead-in a span in bold, is a box", func(t *testing.T) {
		const notice = `<td><span style="font-weight: bold;">A noter :</span> la cotisation 2010 est à régler avant le 31 décembre auprès de Michel.</td>`
		checkFound(t, "styledBox", atom.Table, styledBox, map[string]bool{
			`<p>Text.</p><table style="background-color: rgb(255, 255, 204); width: 90%;" border="1"><tbody><tr>` + notice + `</tr></tbody></table>`:                       true,
			`<p>Text.</p><table style="width: 90%;" border="1"><tbody><tr>` + notice + `</tr></tbody></table>`:                                                             false,
			`<p>Text.</p><table style="background-color: rgb(255, 255, 204);"><tbody><tr><td><span>A noter :</span> la cotisation est à régler.</td></tr></tbody></table>`: false,
		})
	})
	t.Run("small print after a rule may stand in a <div> of links and small print", func(t *testing.T) {
		checkFound(t, "finePrintAfterRule", atom.Hr, finePrintAfterRule, map[string]bool{
			`<hr><div style="text-align: center;"><a href="index.html">Retour aux sorties</a> - <a href="#">Haut de page</a><br><small>Page mise à jour le 12/11/2009</small></div>`: true,
			`<hr><div><a href="index.html">Retour aux sorties</a> - <a href="#">Haut de page</a></div>`:                                                                              false,
			`<hr><div>Merci à tous pour cette belle journée. <small>Jean-Pierre</small></div>`:                                                                                       false,
		})
	})
	t.Run("a layout table's cell of links one under another goes", func(t *testing.T) {
		checkFound(t, "linkColumn", atom.Td, linkColumn, map[string]bool{
			`<table><tr><td><a href="/">Accueil</a><br><a href="/club">Le club</a><br><b>Autres sorties :</b><br><a href="0.html">Sortie au lac du Der</a> (mars 2009)<br><a href="1.html">Les grues</a> (novembre 2008)<br></td><td><h1>Sortie</h1></td></tr></table>`: true,
			`<table><tr><td><a href="/">Accueil</a><br><a href="/club">Le club</a><br><a href="/photos">Photos</a><br><p>Le club a été fondé en 1972.</p></td></tr></table>`:                                                                                            false,
			`<table><tr><td>Dimanche 25 octobre<br>dix-sept membres<br>se sont retrouvés à sept heures et demie<br><a href="/parking">au parking</a></td></tr></table>`:                                                                                                 false,
		})
	})
	t.Run("a publication statement alone among the first blocks goes, its date read", func(t *testing.T) {
		const p2 = "Sports clubs will receive a larger grant, while work on the gymnasium will start next spring and last eighteen months, the mayor told the meeting."
		p := extractHas(t, "Budget approved", "", `<table><tbody><tr><td><h1 style="text-align: center;">Budget approved</h1><div style="text-align: center;"><small>Mis en ligne le 2 novembre 2009 par Jean-Pierre</small></div><br>`+
			`<p>The council approved next season's budget on Tuesday evening after three hours of debate between the majority and the opposition, with a vote of 19 to 8.</p><p>`+p2+`</p><p>As the mayor put it at the end:</p>`+
			`<div style="margin-left: 40px;"><span style="font-style: italic;">« We were cold, we were hungry, and we will do it again next year. »</span></div>`+
			`<p>The opposition criticised the rise in the property tax, which it said would weigh on young families, and asked for the plans to be published before the summer.</p></td></tr></tbody></table>`, []string{p2}, []string{"Mis en ligne"})
		if want := time.Date(2009, 11, 2, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a version's date in the line over the headline gives its day", func(t *testing.T) {
		checkString(t, "issueDay", func(s string) bool { return issueDay(s) == "3 février 2025" }, map[string]bool{
			"Maison de quartier · Groupe jardin · Version du 3 février 2025 · À afficher": true,
			"Maison de quartier · Édition du 3 février 2025":                              true,
			"Maison de quartier · Mise à jour du 3 février 2025":                          false,
		})
	})
	t.Run("a diary's table of one dated row under its labels, set apart by a blank paragraph, goes", func(t *testing.T) {
		const diary = `<h2>Hall diary</h2><table class=MsoTableGrid border=1><tr><td><p><b>Date</b></p></td><td><p><b>What</b></p></td></tr><tr><td><p>Mon 17 Mar</p></td><td><p>Toddler group</p></td></tr></table>`
		checkFound(t, "agendaList", atom.H2, func(h *html.Node) bool { return agendaList(h) != nil }, map[string]bool{
			`<p>Text.</p><p class=MsoNormal>&nbsp;</p>` + diary: true,
			`<p>Text.</p>` + diary:                              false,
			`<p>Text.</p><p class=MsoNormal>&nbsp;</p><h2>Hall diary</h2><table><tr><td>Date</td><td>What</td></tr><tr><td>Toddler group</td><td>Hall</td></tr></table>`: false,
		})
	})
	t.Run("an og:title gives way to the <h1> that is the <title> its case aside", func(t *testing.T) {
		for page, want := range map[string]string{
			"greffer les pommiers du verger partagé": "Greffer les pommiers du verger partagé",
			"carnet": "Carnet du verger des Combes",
		} {
			if got := title("Carnet du verger des Combes", meta{h1: []string{"Greffer les pommiers du verger partagé"}, ogTitle: "Carnet du verger des Combes", title: page}); got != want {
				t.Errorf("title under <title> %q = %q, want %q", page, got, want)
			}
		}
	})
}

// lastOf returns the last element of kind a in page.
func lastOf(t testing.TB, page string, a atom.Atom) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var last *html.Node
	for d := range doc.Descendants() {
		if d.DataAtom == a {
			last = d
		}
	}
	return last
}

// checkBlock checks a helper that judges a block against each case's
// want, the block made of the case's text and its words.
func checkBlock(t *testing.T, name string, f func(*block) bool, want map[string]bool) {
	t.Helper()
	checkString(t, name, func(text string) bool { return f(&block{text: text, words: lowerWords(text)}) }, want)
}

// TestRound36 holds the rules of round 36 of issue 16, each on its helper
// or on a small page of its own.
func TestRound36(t *testing.T) {
	t.Run("a byline that ends in its date, under the <h1>, dates the page and goes", func(t *testing.T) {
		checkString(t, "bylineDay", func(s string) bool { return bylineDay(s) == "22 February 2025" }, map[string]bool{
			"Survey notes by Tom Ashby, 22 February 2025":     true,
			"Notes de terrain par Léa Roux, 22 February 2025": true,
			"Survey notes, 22 February 2025":                  false,
			"Survey notes by Tom Ashby":                       false,
		})
		for line, want := range map[string]bool{
			`<p><em>Survey notes by Tom Ashby, 22 February 2025</em></p>`: true,
			`<p><em>Survey notes by Tom Ashby</em></p>`:                   false,
		} {
			p := extractHas(t, "hedgehog_tunnels_2024", "", `<main><h1>What the tunnels told us</h1>`+line+councilStory+`</main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want 2025-02-22: %v", line, p.PublishedAt, want)
			}
			if want && strings.Contains(p.Body, "Tom Ashby") {
				t.Errorf("%s: body keeps the byline:\n%s", line, p.Body)
			}
		}
	})
	t.Run("a paragraph in emphasis that opens with a figure's number is a caption", func(t *testing.T) {
		checkFound(t, "numberedCaption", atom.P, numberedCaption, map[string]bool{
			`<p><em>Figure 1: gardens with hedgehog prints in each month, by street.</em></p>`: true,
			`<p><i>Tableau 2 : consommation mensuelle.</i></p>`:                                true,
			`<p>Figure 1: gardens with hedgehog prints in each month, by street.</p>`:          false,
			`<p><em>Figures from the survey are below.</em></p>`:                               false,
		})
	})
	t.Run("a notebook's markdown cells are read whole and its code cells go", func(t *testing.T) {
		checkString(t, "notebookCode", notebookCode, map[string]bool{
			"jp-Cell jp-CodeCell jp-Notebook-cell": true,
			"cell border-box-sizing code_cell":     true,
			"jp-Cell jp-MarkdownCell":              false,
			"jp-CodeCellHeader":                    false,
		})
		cell := func(text string) string {
			return `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper"><div class="jp-Collapser"></div><div class="jp-InputArea"><div class="jp-InputPrompt">
</div><div class="jp-RenderedMarkdown">` + text + `</div></div></div></div>`
		}
		code := `<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-InputArea"><div class="jp-InputPrompt">In [1]:</div><div class="highlight"><pre>visits.shape</pre></div></div><div class="jp-OutputArea"><pre>(57, 5)</pre></div></div>`
		extractHas(t, "tunnels", "", `<main>`+cell(`<h1>Budget approved</h1><p>`+councilP1+`</p>`)+code+cell(`<p>`+councilP2+`</p><p>`+councilP3+`</p>`)+cell(councilMore)+`</main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"visits.shape", "(57, 5)", "In [1]"})
	})
	t.Run("a framed table of one cell alone in a <p>, its lead-in a textbf span, is a box", func(t *testing.T) {
		const cell = `<tr><td><span class="textbf">Le club en pratique.</span> Premier jeudi du mois, 19 heures, salle du conseil.</td></tr>`
		checkFound(t, "styledBox", atom.Table, styledBox, map[string]bool{
			`<blockquote>Quote.</blockquote><p><table cellpadding=3 border="1">` + cell + `</table></p>`: true,
			`<p>Text.</p><p><table border="1">` + cell + `</table></p>`:                                  true,
			`<p>Text.</p><p><table>` + cell + `</table></p>`:                                             false,
			`<p>Text.</p><table border="1">` + cell + `</table>`:                                         false,
		})
	})
	t.Run("a later <h1> that is an about label or an appendix closes the page", func(t *testing.T) {
		checkString(t, "appendixLabel", appendixLabel, map[string]bool{
			"annexe : relevés mensuels": true,
			"appendix a":                true,
			"annexes":                   true,
			"annexion of the bay":       false,
		})
		checkFound(t, "labelHeading", atom.H2, labelHeading, map[string]bool{
			`<h2>Annexe : relevés mensuels</h2><table><tr><td>mars</td><td>1 412</td></tr></table>`: true,
			`<h2>Annexe : relevés</h2><p>Text.</p><h2>Suite du suivi</h2><p>Text.</p>`:              false,
		})
		for page, want := range map[string]bool{
			`<h1>Le club fête ses dix ans</h1><p>Text.</p><h1>À propos de ce document...</h1><p>This document was generated using LaTeX2HTML.</p>`:      true,
			`<div id="header"><h1>Relevés</h1></div><div class="section"><h1>Annexe : relevés mensuels</h1><table><tr><td>mars</td></tr></table></div>`: true,
			`<h1>À propos de ce document...</h1><p>This document was generated using LaTeX2HTML.</p>`:                                                   false,
			`<h1>Le club fête ses dix ans</h1><h1>À propos de ce document...</h1><p>Text.</p><h1>Les lectures</h1><p>Text.</p>`:                         false,
		} {
			if got := labelHeading(lastOf(t, page, atom.H1)); got != want {
				t.Errorf("%s: labelHeading of the last <h1> %v, want %v", page, got, want)
			}
		}
	})
	t.Run("a diary's table alone in a <p> before the tail's label heading goes", func(t *testing.T) {
		const rows = `<table><tr><td>6 mars</td><td>Lectures libres</td></tr><tr><td>3 avril</td><td>Le livre tiré au sort</td></tr></table>`
		checkFound(t, "agendaList", atom.H2, func(h *html.Node) bool { return agendaList(h) != nil }, map[string]bool{
			`<h1>Le club</h1><p>Text.</p><h2>Prochaines séances</h2><p>` + rows + `</p><h1>À propos de ce document...</h1><p>Generated.</p>`: true,
			`<h1>Le club</h1><p>Text.</p><h2>Prochaines séances</h2><p>` + rows + `</p><h2>Et maintenant ?</h2><p>Text.</p>`:                 false,
		})
	})
	t.Run("knitr's chunks and output go on a page that shows its output", func(t *testing.T) {
		chunks := `<pre class="r"><code>releves &lt;- read_csv("releves.csv")</code></pre><pre><code>## Rows: 52 Columns: 4
## Delimiter: ","</code></pre>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p>`+chunks+`<p>`+councilP2+`</p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP2}, []string{"read_csv", "Rows: 52"})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><pre class="r"><code>releves &lt;- read_csv("releves.csv")</code></pre><p>`+councilP2+`</p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP2, "read_csv"}, nil)
	})
	t.Run("a box of a background colour, by its style alone or by WordPress's class, after a quotation too", func(t *testing.T) {
		const lead = `<p><strong>Portes ouvertes :</strong> venez découvrir l'atelier le samedi 14 juin.</p>`
		checkFound(t, "styledBox", atom.Div, styledBox, map[string]bool{
			`<main><p>Text.</p><div class="wp-block-group" style="background-color:#fdf3dc;padding:1em">` + lead + `</div></main>`:                                   true,
			`<main><p>Text.</p><div class="wp-block-group has-ast-global-color-4-background-color has-background">` + lead + `</div></main>`:                         true,
			`<main><blockquote><p>Quote.</p></blockquote><div style="background-color:rgb(238,244,248);border:1px solid rgb(160,190,210)">` + lead + `</div></main>`: true,
			`<main><p>Text.</p><div class="wp-block-group" style="padding:1em">` + lead + `</div></main>`:                                                            false,
			`<main><h2>Title</h2><div style="background-color:#fdf3dc">` + lead + `</div></main>`:                                                                    false,
		})
	})
	t.Run("a JobPosting's datePosted dates the page", func(t *testing.T) {
		checkDatedPages(t, time.Date(2025, 6, 2, 9, 14, 27, 0, time.UTC), map[string]bool{
			`{"@context":"http://schema.org/","@type":"JobPosting","datePosted":"2025-06-02T09:14:27+00:00","title":"Animateur"}`: true,
			`{"@context":"http://schema.org/","@type":"JobPosting","validThrough":"2025-06-02T09:14:27+00:00"}`:                   false,
		}, func(ld string) (string, string) {
			return `<script type="application/ld+json">` + ld + `</script>`, `<main>` + councilStory + `</main>`
		})
	})
	t.Run("a <title> that opens with a count in brackets gives way to the <h1>", func(t *testing.T) {
		checkString(t, "unreadCount", unreadCount, map[string]bool{
			"(87) Quartiers · FreshRSS": true,
			"(3) Inbox":                 true,
			"(Re)construire le lavoir":  false,
			"(87)Quartiers":             false,
		})
		if got := title("(87) Quartiers · FreshRSS", meta{h1: []string{"Le repair café souffle sa centième bougie"}, title: "(87) Quartiers · FreshRSS"}); got != "Le repair café souffle sa centième bougie" {
			t.Errorf("title = %q, want the <h1>", got)
		}
	})
	t.Run("a notice in italics between the story's paragraphs with a day and its hours goes", func(t *testing.T) {
		checkString(t, "hoursOfDay", hoursOfDay.MatchString, map[string]bool{
			"de 14 heures à 18 heures": true,
			"from 9am":                 true,
			"at 10:30":                 true,
			"14 hommes":                false,
		})
		const notice = `The council's budget for the pool and the gymnasium will be voted again on Tuesday 14 June`
		checkBoxGoes(t, `<p><em>`+notice+`, from 6pm to 9pm, at the town hall.</em></p>`, "voted again")
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p><em>`+notice+`, at the town hall.</em></p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{"voted again"}, nil)
	})
	t.Run("a question to the reader about the page, before the story's short last lines, goes", func(t *testing.T) {
		checkBlock(t, "selfQuestion", selfQuestion, map[string]bool{
			"Vous avez aimé cet article ? Recevez chaque matin la lettre.": true,
			"Enjoyed this post? Sign up for the letter.":                   true,
			"Did the council listen? Residents will know in March.":        false,
			"The letter arrives daily. Did you enjoy this post?":           false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>Residents may register to speak at the next meeting with the town hall.</p><p><em>Jane Roe, correspondent</em></p><p>Vous avez aimé cet article ? Recevez chaque matin la lettre de la Gazette, toute l'actualité de la ville et des environs. <a href="/lettre">S'inscrire</a></p><p>Partager sur Facebook · Partager sur X</p></main>`,
			[]string{councilP3}, []string{"aimé cet article"})
	})
	t.Run("a tooltip that labels a publication date names the date after it", func(t *testing.T) {
		checkDatedPages(t, time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC), map[string]bool{"Date de publication": true, "Date de création": false}, func(label string) (string, string) {
			return "", `<main><ul class="stats"><li><i class="material-icons" title="` + label + `">create</i> 03/10/2025</li></ul>` + councilStory + `</main>`
		})
	})
	t.Run("the day in the page's address dates a page that states none", func(t *testing.T) {
		checkURLDay(t, time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC), map[string]bool{
			"https://gem.example/gemlog/2025-03-15-oven.gmi": true,
			"https://news.example/2025/03/15/oven/":          true,
			"https://news.example/2025/03/oven/":             false,
			"https://news.example/items/20250315-oven":       false,
		})
		checkDatedHeads(t, time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<link rel="canonical" href="https://gem.example/gemlog/2025-03-15-oven.gmi">`:                                                                        true,
			`<link rel="canonical" href="https://gem.example/gemlog/2025-03-15-oven.gmi"><meta property="article:published_time" content="2025-03-20T10:00:00Z">`: false,
		})
	})
	t.Run("an author's credit before the story's short last lines goes", func(t *testing.T) {
		checkBlock(t, "creditOpening", creditOpening, map[string]bool{
			"Written by Ruth Adeyemi. Replies welcome by email.": true,
			"Rédigé par Marie Dupin.":                            true,
			"Written on a Tuesday, this note took an hour.":      false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p>Written by Ruth Adeyemi. Replies welcome by email; I answer slowly.</p><p><a href="/gemlog/">Back to the gemlog</a></p><p><a href="/">Home</a></p></main>`,
			[]string{councilP3}, []string{"Ruth Adeyemi"})
	})
	t.Run("a cue word after a negation is no call", func(t *testing.T) {
		checkBlock(t, "hasCue", func(b *block) bool { return hasCue(b, nil) }, map[string]bool{
			"Il n'y a pas d'inscription : il suffit de venir.": false,
			"Entrée libre, sans inscription.":                  false,
			"Inscription auprès de la mairie.":                 true,
			"Subscribe to the letter.":                         true,
		})
	})
	t.Run("a newsletter typed in a <pre> is read as blocks", func(t *testing.T) {
		const body = "The Brackley Valley Quilters' spring show took place at the Grange\nRoad Community Centre on the weekend of March 7 and 8, and by every\nmeasure it was our best yet. We counted 412 visitors through the door.\n\nTHE QUILTS\n\nWe hung sixty-three quilts this year, the most we have ever shown.\nNineteen members entered for the first time, and the viewers' choice\naward went to Dot Harrington for her Storm at Sea in blues and greys.\n\nThe judges also singled out several smaller pieces:\n\n  * a miniature Log Cabin by Ruth Beasley, with strips less than a\n    quarter inch wide\n  * a child's quilt in feed sack prints by Marion Tate\n\n  \"The best thing was watching people stand in front of a quilt for\n  five minutes without saying a word.\"\n\nThe committee met the week after the show to go over what worked and\nwhat did not. The new layout, with the quilts in rows rather than\naround the walls, was popular, and we will keep it. The coffee ran out\nby two on Saturday, so next year we will need twice as much, and the\nparking was a problem on Sunday morning, when the church next door had\na service at the same time as the show's second day. We will ask them.\n"
		const rule = "======================================================================\n"
		pre := rule + "      BRACKLEY VALLEY QUILTERS NEWSLETTER  *  VOL. 11, NO. 2\n                     Saturday, March 21, 1998\n" + rule + "\n  IN THIS ISSUE:  Quilt Show Report ... Dues\n\nNotes from the Frame: Quilt Show Report\n---------------------------------------\nby Agnes Pruitt, President\n\n" + body + "\n" + rule + "  COMING UP\n  APR 4   Monthly meeting, 1:00 pm\n" + rule
		p := extractHas(t, "BVQ Newsletter - Spring 1998", "", `<hr><pre>`+pre+`</pre><hr>`, []string{"Grange Road Community Centre", "THE QUILTS", "a miniature Log Cabin by Ruth Beasley, with strips less than a quarter inch wide"},
			[]string{"VOL. 11", "IN THIS ISSUE", "Agnes Pruitt", "COMING UP", "=====", "* a child"})
		if p.Title != "Notes from the Frame: Quilt Show Report" {
			t.Errorf("title %q, want the underlined headline", p.Title)
		}
		if want := time.Date(1998, 3, 21, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
		if blocks, _ := typedBlocks(strings.ReplaceAll(pre, "=", "-")); blocks != nil {
			t.Errorf("typedBlocks read a <pre> without rules of \"=\"")
		}
	})
}

// checkDatedHeads checks whether the council's story under each case's
// head is dated day, as the case wants.
func checkDatedHeads(t *testing.T, day time.Time, heads map[string]bool) {
	t.Helper()
	checkDatedPages(t, day, heads, func(head string) (string, string) { return head, `<main>` + councilStory + `</main>` })
}

// checkURLDay checks whether urlDay reads day from each address, as the
// case wants.
func checkURLDay(t *testing.T, day time.Time, cases map[string]bool) {
	t.Helper()
	checkString(t, "urlDay", func(u string) bool {
		d, ok := urlDay(u)
		return ok && d.Equal(day)
	}, cases)
}

// TestRound37 holds the rules of round 37 of issue 16, each on its helper
// or on a small page of its own.
func TestRound37(t *testing.T) {
	t.Run("an iWeb entry's day in its file's name dates a page that states none", func(t *testing.T) {
		checkURLDay(t, time.Date(2010, 11, 14, 0, 0, 0, 0, time.UTC), map[string]bool{
			"https://radio.example/Site/Blog/Entries/2010/11/14_Replacing_the_capacitors.html": true,
			"https://radio.example/Site/Blog/Entries/2010/11/14x_Replacing.html":               false,
			"https://radio.example/Site/Blog/Entries/2010/11/140_Replacing.html":               false,
		})
	})
	t.Run("a note's created meta, its offset after a space, dates the page to the second", func(t *testing.T) {
		checkDatedHeads(t, time.Date(2025, 4, 8, 14, 5, 37, 0, time.UTC), map[string]bool{
			`<meta name="created" content="2025-04-08 14:05:37 +0000"/><meta name="updated" content="2025-05-19 09:41:02 +0000"/>`: true,
			`<meta name="updated" content="2025-04-08 14:05:37 +0000"/>`:                                                           false,
			`<meta name="created" content="2025-04-08 14:05 +0000"/>`:                                                              false,
		})
	})
	t.Run("a date named by a class word of one letter and date", func(t *testing.T) {
		checkString(t, "dateNamed", dateNamed, map[string]bool{
			"kdate ":     true,
			"kmsg kdate": true,
			"update":     false,
			"kdates":     false,
			"kupdate":    false,
		})
		checkDated(t, time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<span class="kdate" title="il y a 8 mois">16 mars 2025</span>` + councilStory: true,
			`<span class="kmsg" title="il y a 8 mois">16 mars 2025</span>` + councilStory:  false,
		})
	})
	t.Run("a wiki subpage's path in the <title> gives way to the <h1>", func(t *testing.T) {
		for title, want := range map[string]string{
			"News/SpringSprint2025 – Wrenfield": "Spring sprint report",
			"News/SpringSprint – Wrenfield":     "Spring sprint report",
			"News/Spring2025 – Wrenfield":       "News/Spring2025 – Wrenfield",
		} {
			p := extractHas(t, title, "", `<main><h1>Spring sprint report</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
		h := firstElement(t, "<h2 class=\"titre_actu\"><a href=\"#\">L’école</a> : la cantine déménage</h2>")
		if !restStart(restFirsts("Mairie - L'école"), h) || restStart(restFirsts("Mairie - Budget"), h) {
			t.Error("restStart misreads a heading's first word")
		}
	})
	t.Run("a story over a layout table's text objects is read whole", func(t *testing.T) {
		row := func(td string) string {
			return `<TR><TD><IMG SRC="clearpixel.gif" WIDTH="10" HEIGHT="1"></TD>` + td + `</TR>`
		}
		nav := `<TABLE><TR><TD CLASS="TextObject"><P><A HREF="/">Accueil</A></P><P><A HREF="/club">Le club</A></P></TD></TR></TABLE>`
		layout := `<TABLE NOF="LY">` + row(`<TD CLASS="TextObject"><P>`+councilP1+`</P><UL><LI>the pool's heating, a third of the budget;</LI><LI>the gymnasium's roof, a fifth.</LI></UL></TD>`) +
			row(`<TD><IMG ID="Image4" SRC="podium.jpg" ALT="Podium"></TD>`) +
			row(`<TD CLASS="TextObject"><P STYLE="margin-bottom: 0px;"><I><SPAN STYLE="font-size: 11px">The council chamber, after the vote.</SPAN></I></P></TD>`) +
			row(`<TD CLASS="TextObject"><P>`+councilP2+`</P><P>`+councilP3+`</P>`+councilMore+`</TD>`) + `</TABLE>`
		page := `<TABLE><TR><TD>` + nav + `</TD><TD>` + layout + `</TD></TR></TABLE>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3}, []string{"council chamber", "Accueil"})
		checkString(t, "pictureObject", func(td string) bool { return pictureObject(lastOf(t, `<table><tr>`+td+`</tr></table>`, atom.Td)) }, map[string]bool{
			`<td><img id="Image4" src="podium.jpg"></td>`:        true,
			`<td> <img id="Image4" src="podium.jpg"> </td>`:      true,
			`<td><img src="clearpixel.gif" width="10"></td>`:     false,
			`<td><img id="Image4" src="podium.jpg"> Podium</td>`: false,
		})
		// Without text objects, the cells are Readability's to choose.
		p := extractHas(t, "Budget approved", "", strings.ReplaceAll(page, "TextObject", "Text"), []string{councilP2}, nil)
		if strings.Contains(p.Body, councilP1) {
			t.Errorf("cells of class Text were joined: %q", p.Body)
		}
	})
	t.Run("a caption in a <div> of small print after the picture's goes", func(t *testing.T) {
		checkString(t, "captionAfterPicture", func(page string) bool {
			return captionAfterPicture(lastOf(t, page, atom.Div), &meta{})
		}, map[string]bool{
			`<div><img src="chamber.jpg"></div><div><span style="font-size: 12px; color: #777"><i>The chamber after the vote.</i></span></div>`: true,
			`<div><img src="chamber.jpg"></div><div><span style="font-size: 12px; color: #777">The chamber after the vote.</span></div>`:        true,
			`<div><img src="chamber.jpg"></div><div><span style="font-size: 16px;">The chamber after the vote.</span></div>`:                    false,
			`<div>The council met.</div><div><span style="font-size: 12px; color: #777"><i>The chamber after the vote.</i></span></div>`:        false,
		})
		const caption = `The chamber after the vote, seen from the public gallery where forty residents had come to hear the debate on the budget.`
		extractHas(t, "Budget approved", "", `<div><h1>Budget approved</h1><div>`+councilP1+`</div><div><img src="chamber.jpg"></div><div><span style="font-size: 12px; color: #777">`+caption+`</span></div><div>`+councilP2+`</div><div>`+councilP3+`</div>`+councilMore+`</div>`,
			[]string{councilP1, councilP2}, []string{"public gallery"})
	})
	t.Run("a one-cell table coloured by its cell's style after a note's paragraph is a box", func(t *testing.T) {
		const box = `<table style="border-collapse: collapse; min-width: 100%;"><tbody><tr><td style="border: 1px solid rgb(204, 204, 204); background-color: rgb(255, 248, 210); padding: 8px;"><div><b>Councillors:</b> the budget papers are in the members' room until Friday; please return them to the clerk.</div></td></tr></tbody></table>`
		checkString(t, "styledBox", func(before string) bool { return styledBox(lastOf(t, `<div>`+before+box+`</div>`, atom.Table)) }, map[string]bool{
			`<div><span>The vote was close.</span></div><div><br/></div>`: true,
			`<div>The vote was close.</div>`:                              true,
			`<p>The vote was close.</p>`:                                  true,
			`<div><div>The vote was close.</div></div>`:                   false,
			`<h2>The vote</h2>`:                                           false,
		})
		checkString(t, "paragraphDiv", func(page string) bool { return paragraphDiv(lastOf(t, page, atom.Div)) }, map[string]bool{
			`<div>The vote was <b>close</b>.</div>`:    true,
			`<div><span>The vote.</span></div>`:        true,
			`<div><br/></div>`:                         false,
			`<div>The vote.<p>It was close.</p></div>`: false,
		})
	})
	t.Run("a quotation marked with a callout's kind is a callout", func(t *testing.T) {
		checkString(t, "kindQuote", kindQuote, map[string]bool{
			"warning-title":  true,
			"note":           true,
			"highlight":      true,
			"wp-block-quote": false,
			"callout tip":    false,
			"part":           false,
		})
		const callout = `<blockquote class="warning-title"><p>Allergen labels</p><p>If a dish contains any of the fourteen major allergens, add the allergen stickers to its label as well. The sticker sheets are in the top drawer by the fridge. See <a href="/food-safety/allergens/">Allergens</a>.</p></blockquote>`
		checkRound(t, []roundCase{
			{"Just the Docs' titled callout", `<main><h1>Budget approved</h1><p>` + councilP1 + `</p>` + callout + `<p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</main>`, []string{councilP1, councilP2}, []string{"Allergen"}},
			{"a quotation of the story", `<main><h1>Budget approved</h1><p>` + councilP1 + `</p>` + strings.ReplaceAll(callout, "warning-title", "wp-block-quote") + `<p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</main>`, []string{councilP1, councilP2, "fourteen major allergens"}, nil},
		})
	})
	t.Run("Poole's message paragraph is a callout", func(t *testing.T) {
		const message = `Vous vivez aussi loin de tout, avec ou sans voiture ? Écrivez-moi à <a href="mailto:lison@carnet.example">lison@carnet.example</a>, je publierai volontiers vos astuces.`
		page := func(class string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p class="` + class + `">` + message + `</p><p>` + councilP3 + `</p>` + councilMore + `</main>`
		}
		checkRound(t, []roundCase{
			{"message", page("message"), []string{councilP1, councilP3}, []string{"loin de tout"}},
			{"message-body", page("message-body"), []string{councilP1, councilP3, "loin de tout"}, nil},
		})
	})
	t.Run("a lead-in in bold that ends with a colon and a link at the end is a call", func(t *testing.T) {
		checkString(t, "askAndLink", func(p string) bool { return askAndLink(lastOf(t, p, atom.P)) }, map[string]bool{
			`<p><strong>Come and see for yourself:</strong> our next evening is on Saturday 15 March at the quarry. <a href="/p/evenings/">Details and directions</a>.</p>`: true,
			`<p><strong>Need a hand with yours?</strong> I restore furniture. <a href="/contact">Contact me</a></p>`:                                                        true,
			`<p><strong>What we found:</strong> the readings fell by a third, as <a href="/data">our data</a> shows in full for each of the six months.</p>`:                false,
			`<p><strong>Come and see for yourself:</strong> our next evening is on Saturday 15 March at the quarry.</p>`:                                                    false,
		})
	})
	t.Run("the standfirst under an <h2> of the og:title's text when the <h1> is the site's", func(t *testing.T) {
		const dek = `Half a year of the council's figures, and what they tell us about the new budget for the town's clubs.`
		const page = `<aside><h1 class="site-name">Town news</h1><h2 class="site-description">Our town</h2></aside><main><article><header><h2 class="article-title"><a href="/budget/">Budget approved</a></h2><h3 class="article-subtitle">` + dek + `</h3></header><section>` + councilStory + `</section></article></main>`
		for og, want := range map[string]bool{"Budget approved": true, "Town news": false} {
			p, err := Extract([]byte(`<html><head><title>Budget approved - Town news</title><meta property="og:title" content="` + og + `"></head><body>` + page + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(p.Body, dek); got != want {
				t.Errorf("og:title %q: standfirst kept %v, want %v: %q", og, got, want, p.Body)
			}
		}
	})
	t.Run("a paragraph its inline style draws as a box is a box", func(t *testing.T) {
		box := func(style string) string {
			return `<p>` + councilP1 + `</p><p style="` + style + `"><strong>Still 600 euros to find</strong> for the donors' plaque and the new lighting. Gifts are tax-deductible: <a href="/give">how to help</a>.</p>`
		}
		checkString(t, "styledBox", func(page string) bool { return styledBox(lastOf(t, page, atom.P)) }, map[string]bool{
			box("background: #f3efe6; border-left: 4px solid #a67c52; padding: 10px 14px;"): true,
			box("border: 1px solid #ccc; background-color: rgb(250, 250, 240)"):             true,
			box("background: #f3efe6; padding: 10px 14px;"):                                 false,
			box("border-left: 4px solid #a67c52"):                                           false,
		})
	})
	t.Run("a saved message's header goes, its subject the title", func(t *testing.T) {
		row := func(label, value string) string {
			return `<tr><td><p class=MsoNormal><b>` + label + `&nbsp;:</b></p></td><td><p class=MsoNormal>` + value + `</p></td></tr>`
		}
		header := `<p class=MsoNormal><b>Odile Marchal</b></p><div align=center><hr size=3 width="100%"></div><table class=MsoNormalTable border=0>` +
			row("De", "Odile Marchal") + row("Envoyé", "jeudi 13 novembre 2025 19:46") + row("À", "Adhérents") + row("Objet", "Budget : what the council approved") + `</table>`
		p, err := Extract([]byte(`<html><head><title>Budget : what the council approved</title></head><body><div class=WordSection1>` + header +
			`<p class=MsoNormal>Dear members,</p>` + councilStory + `</div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != "Budget : what the council approved" {
			t.Errorf("title %q, want the whole subject", p.Title)
		}
		for _, s := range []string{"Envoyé", "Odile Marchal", "Adhérents"} {
			if strings.Contains(p.Body, s) {
				t.Errorf("body holds %q: %q", s, p.Body)
			}
		}
		if !strings.Contains(p.Body, councilP1) {
			t.Errorf("body lacks the story: %q", p.Body)
		}
		checkString(t, "mailHeader", func(table string) bool {
			subject, ok := mailHeader(lastOf(t, table, atom.Table))
			return ok && subject == "Budget"
		}, map[string]bool{
			`<table>` + row("From", "Odile") + row("Sent", "Thursday") + row("Subject", "Budget") + `</table>`: true,
			`<table>` + row("From", "Odile") + row("Subject", "Budget") + `</table>`:                           false,
			`<table>` + row("From", "Odile") + row("Price", "£4") + row("Subject", "Budget") + `</table>`:      false,
		})
	})
	t.Run("a message's tail in small print goes", func(t *testing.T) {
		small := func(text string) string {
			return `<p class=MsoNormal><span style='font-size:9.0pt;color:#404040'>` + text + `</span></p>`
		}
		tail := small("Présidente – Amicale des locataires") + small("Local associatif : bâtiment A") + `<p class=MsoNormal>&nbsp;</p>` +
			`<ul><li><span style='font-size:9.0pt'>mardi 25 novembre, 18 h : permanence au local</span></li></ul>` +
			`<p class=MsoNormal><i><span style='font-size:8.0pt'>Vous recevez ce message parce que vous êtes adhérent.</span></i></p>`
		for page, want := range map[string]bool{
			tail: true,
			tail + `<p class=MsoNormal>The council meets again in March.</p>`: false,
			small("Two lines only") + small("of small print"):                 false,
		} {
			doc, err := html.Parse(strings.NewReader(`<div>` + councilStory + page + `</div>`))
			if err != nil {
				t.Fatal(err)
			}
			var first *html.Node
			for d := range doc.Descendants() {
				if d.DataAtom == atom.P && first == nil && smallText(d) {
					first = d
				}
			}
			if got := first != nil && smallPrintTail(first, &meta{}); got != want {
				t.Errorf("%q: a tail %v, want %v", page, got, want)
			}
		}
		extractHas(t, "Budget approved", "", `<div class=WordSection1><p class=MsoNormal>Dear members,</p>`+councilStory+`<p class=MsoNormal>Best regards,</p>`+tail+`</div>`,
			[]string{councilP1, councilP3}, []string{"Local associatif", "novembre", "Vous recevez"})
	})
	t.Run("Drupal's byline in its default format is read month first", func(t *testing.T) {
		checkString(t, "submittedDate", func(text string) bool {
			d, ok := submittedDate([]string{text})
			return ok && d.Equal(time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC))
		}, map[string]bool{
			"Soumis par Claire Dumontet le dim, 03/09/2025 - 18:42": true,
			"Submitted by Carol on Sun, 03/09/2025 - 10:12":         true,
			"Submitted by Carol on Sun, 09/03/2025 - 10:12":         false,
			"Soumis par Claire Dumontet le 03/09/2025":              false,
		})
		checkDated(t, time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h2>Budget approved</h2><span class="submitted">Soumis par Claire Dumontet le dim, 03/09/2025 - 18:42</span>` + councilStory + `</main>`: true,
		})
	})
	t.Run("a story in text objects is titled with the bold line that opens it", func(t *testing.T) {
		for headline, want := range map[string]string{
			`<P><B><SPAN STYLE="font-size: 22px">The council approves the budget</SPAN></B></P>`: "The council approves the budget",
			`<P>The council approves the budget</P>`:                                             "Budget 2025",
		} {
			layout := `<TABLE NOF="LY"><TR><TD CLASS="TextObject">` + headline + `</TD></TR><TR><TD CLASS="TextObject"><P>` + councilP1 + `</P></TD></TR><TR><TD CLASS="TextObject"><P>` + councilP2 + `</P><P>` + councilP3 + `</P>` + councilMore + `</TD></TR></TABLE>`
			p := extractHas(t, "Budget 2025", "", layout, []string{councilP1, councilP2}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", headline, p.Title, want)
			}
		}
	})
	t.Run("an About label that opens its box, set by its class alone, opens the tail", func(t *testing.T) {
		const about = `I am Alan, a retired engineer. This is the diary of my first restoration.`
		checkString(t, "aboutTail", func(box string) bool {
			doc, err := html.Parse(strings.NewReader(box))
			if err != nil {
				t.Fatal(err)
			}
			for d := range doc.Descendants() {
				if d.DataAtom == atom.P && labelOf(d) == "about this blog" {
					return aboutTail(d)
				}
			}
			return false
		}, map[string]bool{
			`<div><p class="paragraph_style_8">About this blog</p><p class="paragraph_style_9">` + about + `</p><p><a href="feed://x.example/rss.xml">Subscribe to this blog</a></p></div>`: true,
			`<div><p><b>About this blog</b></p><p>` + about + `</p></div>`:                                        true,
			`<div><p>` + about + `</p><p class="paragraph_style_8">About this blog</p><p>` + about + `</p></div>`: false,
			`<div><p class="paragraph_style_8">About this blog</p><h2>The radio</h2><p>` + about + `</p></div>`:   false,
		})
	})
	t.Run("a note's bold label line opens the tail", func(t *testing.T) {
		checkString(t, "aboutTail", func(page string) bool {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			for d := range doc.Descendants() {
				if d.Type == html.ElementNode && (d.DataAtom == atom.Div || d.DataAtom == atom.P) && strings.HasPrefix(textOf(d), "Opening times") {
					return aboutTail(d)
				}
			}
			return false
		}, map[string]bool{
			`<div><div>The club meets on Tuesdays.</div><div><b>Opening times</b></div><div>Tuesday 7pm–10pm: open session</div><div>Thursday 7pm–10pm: booked</div></div>`: true,
			`<div><div>The club meets on Tuesdays.</div><p><b>Opening times</b></p><p>Tuesday 7pm–10pm: open session</p></div>`:                                             false,
			`<div><div><b>Opening times</b></div><h2>The darkroom</h2><div>Tuesday 7pm–10pm: open session</div></div>`:                                                      false,
			`<div><div><b>Opening times</b> are on the door.</div><div>Tuesday 7pm–10pm: open session</div></div>`:                                                          false,
		})
	})
	t.Run("a form to fill in, its last column one label, goes", func(t *testing.T) {
		form := func(rows ...string) string {
			var b strings.Builder
			b.WriteString(`<table>`)
			for _, r := range rows {
				first, last, _ := strings.Cut(r, "|")
				b.WriteString(`<tr><td><div>` + first + `</div></td><td><div>` + last + `</div></td></tr>`)
			}
			return b.String() + `</table>`
		}
		checkString(t, "blankForm", func(table string) bool { return blankForm(lastOf(t, table, atom.Table)) }, map[string]bool{
			form("Safety|Inductor's initials", "Film development|Inductor's initials", "Printing|Inductor's initials"):                         true,
			form("Safety|Inductor's initials", "Film development|Inductor's initials"):                                                         false,
			form("Safety|Yes", "Film development|No", "Printing|Yes"):                                                                          false,
			form("Safety|2 hours", "Film|2 hours", "Printing|2 hours"):                                                                         true,
			form("Safety|the longest part of the evening", "Film|the longest part of the evening", "Printing|the longest part of the evening"): false,
		})
	})
}

// TestRound38 holds the rules of round 38 of issue 16, each on its helper
// or on a small page of its own, with cases on each side.
func TestRound38(t *testing.T) {
	t.Run("a heading's anchor mark in a span of its own goes", func(t *testing.T) {
		for h2, want := range map[string]string{
			`<h2 class="relative group">What you need <div id="need" class="anchor"></div><span class="absolute"><a href="#need" aria-label="Anchor">#</a></span></h2>`: "What you need\n",
			`<h2>What you need <span><a href="#need">#</a> here</span></h2>`:                                                                                            "What you need # here\n",
			`<h2>What you need <span><a href="/need">#</a></span></h2>`:                                                                                                 "What you need #\n",
		} {
			p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+h2+councilMore+`</main>`, []string{councilP1}, nil)
			if !strings.Contains(p.Body, want) {
				t.Errorf("%s: body lacks %q:\n%s", h2, want, p.Body)
			}
		}
	})
	t.Run("a notice drawn with its icon after a paragraph goes", func(t *testing.T) {
		icon := `<span class="icon"><svg viewBox="0 0 512 512"><title>Info</title><path d="M256 0z"/></svg></span>`
		checkString(t, "iconBox", func(page string) bool { return iconBox(lastOf(t, page, atom.Div)) }, map[string]bool{
			`<p>` + councilP1 + `</p><div class="flex">` + icon + `<span>Workshop night is the first Thursday.</span></div>`:      true,
			`<p>` + councilP1 + `</p><div class="flex"> <span>` + icon + `</span> Workshop night is the first Thursday.</div>`:    true,
			`<h2>Workshop</h2><div class="flex">` + icon + `<span>Workshop night is the first Thursday.</span></div>`:             false,
			`<p>` + councilP1 + `</p><div class="flex"><span>Note</span><span>Workshop night is the first Thursday.</span></div>`: false,
			`<p>` + councilP1 + `</p><div class="flex">` + icon + `<p>Workshop night is the first Thursday.</p></div>`:            false,
			`<p>` + councilP1 + `</p><div class="flex">Workshop night ` + icon + `<span>is the first Thursday.</span></div>`:      false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<div class="flex">`+icon+`<span>Workshop night is the first Thursday of every month at the hut.</span></div>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Workshop night"})
	})
	t.Run("a <title> that is the one <h1> whole is the title, separators and all", func(t *testing.T) {
		for title, want := range map[string]string{
			"Radio workshop: « Pontclair FM » is on air":            "Radio workshop: « Pontclair FM » is on air",
			"Radio workshop: « Pontclair FM » is on air the summer": "Radio workshop: « Pontclair FM",
		} {
			p := extractHas(t, title, "", `<main><h1>Radio workshop: « Pontclair FM » is on air</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("a title that is the one <h1> but for case takes the <h1>'s", func(t *testing.T) {
		for title, want := range map[string]string{
			"The March letter: new lines and shared cars":  "New lines and shared cars",
			"The March letter: new lines and a shared car": "new lines and a shared car",
		} {
			p := extractHas(t, title, "", `<main><h1>New lines and shared cars</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("a mail's footer cell in small print goes", func(t *testing.T) {
		cell := func(style string, lines ...string) string {
			return `<table><tr><td style="` + style + `"><div>` + strings.Join(lines, `</div><div>`) + `</div></td></tr></table>`
		}
		footer := []string{"Greenfield Cycling Cooperative, 2 Church Square", "Bookings by phone from Monday to Friday, 9 am to noon.", "You get this letter as a member of the cooperative."}
		checkString(t, "smallCell", func(page string) bool { return smallCell(lastOf(t, page, atom.Td)) }, map[string]bool{
			cell("padding: 20px; font-size:12px; color:#888888;", footer...):                      true,
			cell("padding: 20px; font-size:14px; color:#888888;", footer...):                      false,
			cell("font-size:12px", footer[:2]...):                                                 false,
			cell("font-size:12px", footer[0], footer[1], councilP1+councilP2+councilP3+councilP1): false,
		})
		extractHas(t, "Budget approved", "", `<table><tr><td style="font-size:14px"><h1>Budget approved</h1>`+councilStory+councilMore+`</td></tr>`+
			`<tr><td style="font-size:12px; color:#888888">`+`<div>`+strings.Join(footer, `</div><div>`)+`</div></td></tr></table>`,
			[]string{councilP1}, []string{"Church Square", "as a member"})
	})
	t.Run("a quotation marked is- and a callout's kind is a callout", func(t *testing.T) {
		checkString(t, "kindQuote", kindQuote, map[string]bool{
			"is-info":    true,
			"is-warning": true,
			"is-success": true,
			"is-active":  false,
			"is-info x":  false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<blockquote class="is-info"><p><strong>Booking:</strong> sessions of two hours can be booked on the members' calendar.</p></blockquote>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Booking"})
	})
	t.Run("a subheading the table of contents lists is the text's", func(t *testing.T) {
		for h2, want := range map[string]bool{
			`<h2 class="toc-header" id="before-you-switch-on"><a href="#before-you-switch-on" class="toc-anchor">¶</a> Before you switch on</h2>`: true,
			`<h2 class="toc-header">Before you switch on</h2>`: false,
		} {
			p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+h2+councilMore+`</main>`, []string{councilP1}, []string{"¶"})
			if got := strings.Contains(p.Body, "\nBefore you switch on\n"); got != want {
				t.Errorf("%s: heading kept %v, want %v:\n%s", h2, got, want, p.Body)
			}
		}
	})
	t.Run("a box labelled Tags or Last edited by goes", func(t *testing.T) {
		checkString(t, "boxLabel", boxLabel, map[string]bool{
			"tags":           true,
			"étiquettes":     true,
			"last edited by": true,
			"tagged":         false,
			"last edited":    false,
		})
		card := `<div class="card-text"><div class="overline">Last edited by</div><div class="d-flex">Dara Quinn</div></div>`
		checkString(t, "labelledBox", func(page string) bool { return labelledBox(lastOf(t, page, atom.Div).Parent) }, map[string]bool{
			card: true,
			`<div class="card-text"><div class="overline">Tags</div><span class="chip">laser</span><div>safety</div></div>`: true,
			strings.ReplaceAll(card, "Last edited by", "Dara Quinn writes"):                                                 false,
		})
	})
	t.Run("an R Markdown block of a kind is a callout", func(t *testing.T) {
		checkString(t, "prefixedKind", prefixedKind, map[string]bool{
			"rmdnote":    true,
			"rmdwarning": true,
			"rmdtip x":   true,
			"rmdchunk":   false,
			"rmd-note":   false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<div class="rmdnote"><p>The full transcription is in Appendix B and can be downloaded from the group's website.</p></div>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Appendix B"})
	})
	t.Run("the story's opening prose before its first subheading is its lead", func(t *testing.T) {
		lead := `Every spring the same question comes up at the gate: how do I join two water butts without flooding the path? After a winter of trial and error, here is what works on our site.`
		for page, kept := range map[string]bool{
			`<main><h1>Linking water butts</h1><p>` + lead + `</p><h2>Start with the gutter</h2>` + councilStory + councilMore + `</main>`:          true,
			`<main><h1>Linking water butts</h1><p><em>` + lead + `</em></p><h2>Start with the gutter</h2>` + councilStory + councilMore + `</main>`: false,
			`<main><h1>Linking water butts</h1><p>` + lead + `</p>` + councilStory + `<h2>Start with the gutter</h2>` + councilMore + `</main>`:     false,
		} {
			p := extractHas(t, "Linking water butts", "", page, []string{councilP1}, nil)
			if got := strings.Contains(p.Body, "Every spring"); got != kept {
				t.Errorf("%s: lead kept %v, want %v:\n%s", page, got, kept, p.Body)
			}
		}
	})
	t.Run("a title's headline after a section's label, shown without it", func(t *testing.T) {
		page := `<table><tr><td class="capmain">Le nouveau réseau HO prend forme</td></tr><tr><td>` + councilStory + councilMore + `</td></tr></table>`
		for title, want := range map[string]string{
			"Club de Modélisme Ferroviaire de Vauclain - Actualités: Le nouveau réseau HO prend forme":         "Le nouveau réseau HO prend forme",
			"Club de Modélisme Ferroviaire de Vauclain - Actualités du club: Le nouveau réseau HO prend forme": "Club de Modélisme Ferroviaire de Vauclain",
		} {
			p := extractHas(t, title, "", page, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
		checkString(t, "sectionLabel", sectionLabel.MatchString, map[string]bool{
			"Actualités: Le nouveau réseau": true,
			"News : The new layout":         true,
			"Club news: The new layout":     false,
		})
	})
	t.Run("a byline's day after the author's link and le or on", func(t *testing.T) {
		for line, want := range map[string]bool{
			`<a href="profile.php?lookup=3">Christian</a> le mars 12 2011 · 2 Commentaires`:                             false,
			`<a href="profile.php?lookup=3">Christian</a> le mars 12 2011 <img src="bullet.gif" alt=""> 2 Commentaires`: true,
			`<a href="profile.php?lookup=3">Christian</a> on March 12, 2011 <img src="bullet.gif" alt=""> 2 comments`:   true,
			`<a href="profile.php?lookup=3">Christian</a> in March 12, 2011 <img src="bullet.gif" alt=""> 2 comments`:   false,
		} {
			p := extractHas(t, "Le nouveau réseau", "", `<table><tr><td>`+councilStory+councilMore+`</td></tr><tr><td class="news-footer">`+line+`</td></tr></table>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2011, 3, 12, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: dated %v (%v), want %v", line, got, p.PublishedAt, want)
			}
		}
	})
	t.Run("an article's info list (Joomla's dl.article-info) is furniture", func(t *testing.T) {
		checkString(t, "furnitureName", furnitureName, map[string]bool{
			"article-info muted":      true,
			"article-info text-muted": true,
			"article-info-term":       true,
			"article info":            false,
			"article-information":     false,
		})
	})
}

// checkMapped checks that f maps each key of want to its value.
func checkMapped(t *testing.T, name string, f func(string) string, want map[string]string) {
	t.Helper()
	for in, w := range want {
		if got := f(in); got != w {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, w)
		}
	}
}

// TestRound39 holds the rules of round 39 of issue 16, each on its helper
// or on a small page of its own.
func TestRound39(t *testing.T) {
	t.Run("Go's default format for a time is an instant", func(t *testing.T) {
		instant := func(s string) string {
			if tm, ok := parseTime(s); ok && tm.Hour() != 0 {
				return tm.Format(time.RFC3339)
			}
			return ""
		}
		checkMapped(t, "parseTime", instant, map[string]string{
			"2025-05-20 08:45:00 +0100 BST":    "2025-05-20T08:45:00+01:00",
			"2025-05-20 08:45:00 +0000 UTC":    "2025-05-20T08:45:00Z",
			"2025-05-20 08:45:00 +0100 bst":    "",
			"2025-05-20 08:45:00 +0100 BSTXYZ": "",
		})
	})
	moreFrom := `<p><strong>More from the Gazette</strong></p><ul><li><a href="/a">Allotment rents to rise</a></li><li><a href="/b">Bus timetable changes</a></li><li><a href="/c">The bakery that became a repair café</a></li></ul>`
	t.Run("a note of where the text first appeared goes", func(t *testing.T) {
		checkString(t, "syndicationLine", func(page string) bool { return syndicationLine(lastOf(t, page, atom.P)) }, map[string]bool{
			`<p>This article first appeared on <a href="/">Ashby Notes</a>, a neighbourhood newsletter. Subscribe for a weekly round-up.</p>`: true,
			`<p>Cet article a d’abord paru dans <a href="/">la Lettre du quartier</a>.</p>`:                                                   true,
			`<p>This article first appeared on Ashby Notes, a neighbourhood newsletter.</p>`:                                                  false,
			`<p>This article is about <a href="/">Ashby Notes</a>. It first appeared in 1950.</p>`:                                            false,
			`<p>The photograph first appeared on <a href="/">Ashby Notes</a> in 1950.</p>`:                                                    false,
			`<p>This article first appeared on <a href="/">Ashby Notes</a>. ` + councilP1 + councilP1 + `</p>`:                                false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><article class="entry-content">`+councilStory+`<p>This story first appeared on <a href="/">the Gazette</a>, a volunteer-run neighbourhood newsletter. Subscribe for a weekly round-up.</p>`+moreFrom+`</article></main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"first appeared"})
	})
	t.Run("a bold 'More from …' line over a list of links goes with the list", func(t *testing.T) {
		list := `<ul><li><a href="/a">Allotment rents to rise</a></li><li><a href="/b">Bus timetable changes</a></li></ul>`
		for page, want := range map[string]bool{
			`<p><strong>More from the Gazette</strong></p>` + list:                                             true,
			`<p><b>D'autres articles du blog</b></p>` + list:                                                   true,
			`<p>More from the Gazette</p>` + list:                                                              false,
			`<p><strong>What the Gazette said</strong></p>` + list:                                             false,
			`<p><strong>More from the Gazette</strong></p><ul><li><a href="/a">Rents</a> rise by 4%</li></ul>`: false,
		} {
			if got := moreList(lastOf(t, page, atom.P)) != nil; got != want {
				t.Errorf("%s: got %v, want %v", page, got, want)
			}
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><article class="entry-content">`+councilStory+moreFrom+`</article></main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"More from", "Allotment"})
	})
	t.Run("an <abbr>'s data-timestamp dates the page, in milliseconds too", func(t *testing.T) {
		checkMapped(t, "stampTime", stampTime, map[string]string{
			"1760900692000": "2025-10-19T19:04:52Z",
			"1760900692":    "2025-10-19T19:04:52Z",
			"17609006920":   "",
			"176090069200x": "",
		})
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><abbr class="o-timestamp time" data-timestamp="1760900692000" title="Oct 19, 2025 19:04:52 GMT">Oct 19, 2025 19:04:52 GMT</abbr>`+councilStory+`<div class="reply"><abbr data-timestamp="1761034800000">Oct 21, 2025 8:20:00 GMT</abbr></div></main>`, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format(time.RFC3339) != "2025-10-19T19:04:52Z" {
			t.Errorf("published %v, want 2025-10-19T19:04:52Z", p.PublishedAt)
		}
	})
	t.Run("a Markdown quotation that opens with a bold 'Note:' is a note", func(t *testing.T) {
		checkString(t, "noteQuote", func(page string) bool { return noteQuote(lastOf(t, page, atom.Blockquote)) }, map[string]bool{
			`<blockquote><p><strong>Note:</strong> the library asks us not to install anything on its computers.</p></blockquote>`: true,
			`<blockquote><p><b>Astuce</b> : gardez une clé USB de secours.</p></blockquote>`:                                       true,
			`<blockquote><p><strong>Note</strong> the library asks us not to install anything.</p></blockquote>`:                   false,
			`<blockquote><p><strong>Ewan:</strong> the library asks us not to install anything.</p></blockquote>`:                  false,
			`<blockquote><p>Note: the library asks us not to install anything.</p></blockquote>`:                                   false,
			`<blockquote><p><strong>Note:</strong> the library.</p><p>It asks us not to install anything.</p></blockquote>`:        false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><blockquote><p><strong>Note:</strong> the clubs' grant letters go out in March, with the forms to claim the first half of it.</p></blockquote><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"grant letters"})
	})
	t.Run("a list of past occasions under its label at the text's tail goes", func(t *testing.T) {
		checkString(t, "pastLabel", pastLabel, map[string]bool{
			"past parties":          true,
			"previous editions":     true,
			"éditions précédentes":  true,
			"past":                  false,
			"past the lock":         false,
			"what happened in past": false,
		})
		past := `<h3>Past parties</h3><ul><li>November 2024: 21 visitors, 12 installs</li><li>April 2024: 15 visitors, 10 installs</li><li>November 2023: 17 visitors, 9 installs</li></ul>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+past+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Past parties", "21 visitors"})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p>`+past+`<h3>Next year</h3><p>`+councilP2+`</p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "Past parties", "21 visitors"}, nil)
	})
	t.Run("a wiki's page name over the text's own <h1> gives way to it", func(t *testing.T) {
		for body, want := range map[string]string{
			`<div id="head"><h1 class="header-title">Budget</h1></div><div class="markdown-body"><h1>Budget approved after long debate</h1>` + councilStory + `</div>`: "Budget approved after long debate",
			`<div id="head"><h1 class="header-title">Budget</h1></div><div class="markdown-body"><h1>Approved</h1>` + councilStory + `</div>`:                          "Budget",
			`<div id="head"><h1>Town news</h1></div><div class="markdown-body"><h1>Budget approved after long debate</h1>` + councilStory + `</div>`:                   "Budget",
		} {
			p := extractHas(t, "Budget", "", body, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", body, p.Title, want)
			}
			if want != "Budget" && strings.Contains(p.Body, want) {
				t.Errorf("%s: body keeps the headline %q", body, want)
			}
		}
	})
	t.Run("a thread's first post marked 'first' and the replies after it", func(t *testing.T) {
		checkString(t, "unmarkedFirst", func(c string) bool { return unmarkedFirst(c) == "post item" }, map[string]bool{
			"post item first": true,
			"first post item": true,
			"post item":       false,
			"first":           false,
		})
		row := func(class, stamp, text string) string {
			return `<tr class="` + class + `"><td class="left-panel"><a href="/user/1">Harriet_W</a></td><td class="content-cell"><div class="info"><abbr class="o-timestamp time" data-timestamp="` + stamp + `">Oct 21, 2025 8:20:00 GMT</abbr></div><article><div class="message">` + text + `</div></article><div class="foot">Like</div></td></tr>`
		}
		story := councilP1 + " " + councilP2 + "<br><br>" + councilP2 + " " + councilP3 + "<br><br>" + councilP3 + " " + councilP1 + "<br><br>The pool's heating will cut the town's energy costs by a fifth, and the larger grant is shared in March."
		page := `<h1>Budget approved</h1><table class="list"><tbody>` + row("post item first", "1760900692000", story) +
			row("post item", "1761034800000", "Great write-up. Agree on the gymnasium.") + `</tbody></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "larger grant is shared"}, []string{"Great write-up"})
	})
	t.Run("a forum's quotation box with its header goes", func(t *testing.T) {
		quote := func(class, header string) string {
			return `<div class="quote"><div class="` + class + `">` + header + `</div><div class="quote_body">Please post your winter mooring and who holds a spare key in the members' list.</div></div>`
		}
		checkString(t, "forumQuote", func(page string) bool { return forumQuote(lastOf(t, page, atom.Div).Parent) }, map[string]bool{
			quote("quote_header", `Quote from the sticky "Winter moorings":`): true,
			quote("quoteheader", "Alan wrote:"):                               true,
			quote("quote_header", "Winter moorings"):                          false,
			quote("title", "Alan wrote:"):                                     false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p>`+quote("quote_header", "Quote from the sticky:")+`<p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"spare key", "sticky"})
	})
	t.Run("a fediverse page's 'Post by …' title gives way to the post's bold first line", func(t *testing.T) {
		checkString(t, "postByTitle", postByTitle.MatchString, map[string]bool{
			"Post by Permanences numériques de Lussac, @permanences@social.example": true,
			"Post by Marnie Holt, @marnie":                                          false,
			"Post by Marnie Holt: a day at the fair":                                false,
		})
		p := extractHas(t, "x", `<meta property="og:title" content="Post by Marnie Holt, @marnie@fellside.example">`,
			`<main><div class="content"><p><strong>Budget approved after a long debate</strong></p>`+councilStory+`</div></main>`, []string{councilP1}, []string{"Budget approved after"})
		if p.Title != "Budget approved after a long debate" {
			t.Errorf("title %q, want the post's first line", p.Title)
		}
	})
	t.Run("a wiki's notification box, its class the software's name and 'Notification', goes", func(t *testing.T) {
		checkString(t, "camelNotice", camelNotice, map[string]bool{
			"foswikiNotification": true,
			"twikiNotification":   true,
			"Notification":        false,
			"pushNotification x":  false,
			"foswikiNotice":       false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><div class="foswikiNotification"> <strong>Never fill alone after 18:00.</strong> Out of hours, use the buddy list and tell security you are in the lab. </div><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Never fill alone"})
	})
}

// TestRound40 holds the rules of round 40 of issue 16, each on a small
// page of its own or on its helper, with cases on each side.
func TestRound40(t *testing.T) {
	t.Run("schema.org's dateCreated in RDFa dates the page", func(t *testing.T) {
		at := time.Date(2025, 10, 16, 19, 48, 31, 0, time.UTC)
		checkDated(t, at, map[string]bool{
			`<article><span property="schema:dateCreated" content="2025-10-16T19:48:31+00:00" class="hidden"></span><p>` + councilP1 + `</p><p>` + councilP2 + `</p></article>`:   true,
			`<article><span property="schema:datePublished" content="2025-10-16T19:48:31+00:00" class="hidden"></span><p>` + councilP1 + `</p><p>` + councilP2 + `</p></article>`: true,
			`<article><span property="schema:dateModified" content="2025-10-16T19:48:31+00:00" class="hidden"></span><p>` + councilP1 + `</p><p>` + councilP2 + `</p></article>`:  false,
		})
	})
	t.Run("a VideoObject's uploadDate dates its watch page", func(t *testing.T) {
		at := time.Date(2025, 4, 12, 18, 5, 44, 213e6, time.UTC)
		ld := func(typ, field string) string {
			return `<script type="application/ld+json">{"@context":"http://schema.org","@type":"` + typ + `","name":"Budget approved","` + field + `":"2025-04-12T18:05:44.213Z"}</script>`
		}
		checkDatedPages(t, at, map[string]bool{
			ld("VideoObject", "uploadDate"):   true,
			ld("VideoObject", "dateModified"): false,
		}, func(head string) (string, string) {
			return head, `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`
		})
	})
	t.Run("a letter's sending is its publication", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"Envoyé le 10 mars 2025 · Voir les lettres précédentes": "2025-03-10",
			"Sent on 10 March 2025 · View previous issues":          "2025-03-10",
			"Envoyée par le bureau le 10/03/2025":                   "2025-03-10",
			"Il sera présent le 10 mars 2025 à la mairie.":          "",
			"Sent 10 March 2025":                                    "2025-03-10", // since round 49, "présent" no longer read
			"Renvoyé le 10 mars 2025":                               "",
			"Article du 18/11/2016 - rubrique Vie de l'étang":       "2016-11-18",
			"Un article du 18/11/2016 l'annonçait":                  "2016-11-18",
		})
	})
	t.Run("a byline that opens its line gives the day after its author", func(t *testing.T) {
		checkDays(t, "datedByline", datedByline, map[string]string{
			"(1) By Mira Castellan (mira) on 2025-02-18 20:14:52 [link] [source]":                              "2025-02-18",
			"By Mira Castellan on 2025-02-18":                                                                  "2025-02-18",
			"Par Claire Vidal le 14 mars 2025":                                                                 "2025-03-14",
			"Photo taken by Mira on 2025-02-18 20:14":                                                          "",
			"By Mira Castellan on 2025-02-18T20:14":                                                            "",
			"(1) By Mira Castellan, who has chaired the steering group since the project began, on 2025-02-18": "",
		})
	})
	t.Run("a date alone linking to the page's own address dates it", func(t *testing.T) {
		day := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
		const canonical = `<link rel="canonical" href="https://reviews.example/user/ninon/review/48213">`
		checkDatedPages(t, day, map[string]bool{
			`<a href="https://reviews.example/user/ninon/review/48213">18 févr. 2025</a>`:    true,
			`<a href="https://reviews.example/user/ninon/review/48214">18 févr. 2025</a>`:    false,
			`<a href="https://reviews.example/user/ninon/review/48213">Voir la critique</a>`: false,
		}, func(link string) (string, string) {
			return canonical, `<main><h1>Budget approved</h1><p class="meta">` + link + `</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`
		})
	})
	t.Run("a day of a two-digit year opening a date's element", func(t *testing.T) {
		checkMapped(t, "shortYearDay", func(s string) string { return shortYearDay(s, false) }, map[string]string{
			"14/09/25 Filed in: Barn | Events": "14/09/2025",
			"1.9.25":                           "1.9.2025",
			"14/09/98":                         "14/09/1998",
			"14/09/2025 Filed in: Barn":        "",
			"31/02/25":                         "",
			"09:14:25":                         "",
			"Filed in: Barn 14/09/25":          "",
		})
		checkDated(t, time.Date(2025, 9, 14, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><div class="blog-entry-date">14/09/25 <span>Filed in: <a href="/c">Barn</a></span></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`: true,
			`<main><h1>Budget approved</h1><div class="blog-entry-tags">14/09/25 <span>Filed in: <a href="/c">Barn</a></span></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`: false,
		})
	})
	t.Run("a guillemet before the site's name after the headline", func(t *testing.T) {
		body := func(href string) string {
			return `<div id="head"><h1><a href="` + href + `">Le carnet du jardin</a></h1></div><div class="entry"><h3>Budget approved after debate</h3><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div>`
		}
		for _, c := range []struct{ title, href, want string }{
			{"Budget approved after debate « Le carnet du jardin", "https://carnet.example/", "Budget approved after debate"},
			{"Budget approved after debate | Le carnet du jardin", "https://carnet.example/", "Budget approved after debate"},
			{"Budget approved after debate « Le carnet du jardin", "https://carnet.example/autre", "Budget approved after debate « Le carnet du jardin"},
		} {
			if p := extractHas(t, c.title, "", body(c.href), []string{councilP1}, nil); p.Title != c.want {
				t.Errorf("%q under %s: title %q, want %q", c.title, c.href, p.Title, c.want)
			}
		}
	})
	t.Run("a blog entry's day heading and its headline under it go", func(t *testing.T) {
		entry := func(day, head string) string {
			return `<div id="head"><h1><a href="/">Le carnet du jardin</a></h1></div><div class="entry">` + day + `<h3><a href="/e/1">` + head + `</a></h3><p>` + councilP1 + `</p><h2>The vote</h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		}
		extractHas(t, "Budget approved after debate « Le carnet du jardin", "", entry(`<h3 class="date">dimanche  7 septembre 2025</h3>`, "Budget approved after debate"),
			[]string{councilP1, "The vote"}, []string{"septembre", "Budget approved after debate"})
		extractHas(t, "Budget approved after debate « Le carnet du jardin", "", entry(`<h2 class="date-header">Sunday, September 7, 2025</h2>`, "Budget approved after debate"),
			[]string{councilP1, "The vote"}, []string{"September", "Budget approved after debate"})
		extractHas(t, "Budget approved after debate « Le carnet du jardin", "", entry(`<h3>Les comptes de 2025</h3>`, "Budget approved after debate"),
			[]string{councilP1, "The vote", "Les comptes de 2025", "Budget approved after debate"}, nil)
	})
	t.Run("a blog entry's info line goes", func(t *testing.T) {
		checkString(t, "furnitureName", furnitureName, map[string]bool{
			"entry-info":         true,
			"entry-information":  false,
			"entry-content info": false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><div class="entry"><ul class="entry-info"><li>Publié par Jean-Luc à 18:31</li><li><a href="/c/2">Verger</a></li></ul><p>`+councilP1+`</p><p>`+councilP2+`</p></div></main>`,
			[]string{councilP1}, []string{"Jean-Luc", "Verger"})
	})
	t.Run("the heading whose words are the address's last part is the headline", func(t *testing.T) {
		for text, want := range map[string]bool{
			"La bibliothèque des Combes rouvre le 3 février":      true,
			"L'œuvre d'été, enfin !":                              false,
			"La bibliothèque des Combes":                          false,
			"La bibliothèque des Combes rouvre le 3 février 2025": false,
		} {
			if got := slugOf(text, addressSlug("https://cc.example/actualites/la-bibliotheque-des-combes-rouvre-le-3-fevrier.php?x=1")); got != want {
				t.Errorf("slugOf(%q) = %v, want %v", text, got, want)
			}
		}
		if !slugOf("L'œuvre d'été, enfin !", addressSlug("https://cc.example/l-oeuvre-d-ete-enfin/")) {
			t.Error("slugOf: an œ, an apostrophe and a final stop")
		}
		page := func(canonical string) string {
			return `<div class="post-block"><h2>La bibliothèque des Combes rouvre le 3 février</h2><div class="post-long"><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div></div>`
		}
		checkTitles(t, func(canonical string) (string, string, string) {
			return "Communauté de communes des Combes - Actualités", `<link rel="canonical" href="` + canonical + `">`, page(canonical)
		}, map[string]string{
			"https://cc.example/actualites/la-bibliotheque-des-combes-rouvre-le-3-fevrier.php": "La bibliothèque des Combes rouvre le 3 février",
			"https://cc.example/actualites/article-214.php":                                    "Communauté de communes des Combes",
		})
	})
	t.Run("a title's name after a colon that a heading of the page shows", func(t *testing.T) {
		checkMapped(t, "colonTail", colonTail, map[string]string{
			"Critique de « Les Marées » (Hélène Courtade) : Un été à Port-Maurel | Plume libre": "Un été à Port-Maurel",
			"Review: Budget approved":          "Budget approved",
			"Review: Budget":                   "",
			"2025: Budget approved":            "",
			"Budget approved after the debate": "",
		})
		page := func(heading string) string {
			return `<article class="card"><h3 class="title">` + heading + `</h3><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div></article>`
		}
		checkTitles(t, func(heading string) (string, string, string) {
			return "Critique de « Les Marées » (Hélène Courtade) : Un été à Port-Maurel | Plume libre", "", page(heading)
		}, map[string]string{
			"Un été à Port-Maurel":   "Un été à Port-Maurel",
			"Un été à Port-Maurel ?": "Critique de « Les Marées » (Hélène Courtade) : Un été à Port-Maurel",
		})
	})
	t.Run("an aside in parentheses set in emphasis among the paragraphs goes", func(t *testing.T) {
		checkString(t, "parenthesized", parenthesized, map[string]bool{
			"(Petite précision : je l'ai lu en poche, 312 pages.)": true,
			" (A note.) ":              true,
			"(A note.) And more.":      false,
			"(A note) and (another)":   false,
			"A note (in parentheses).": false,
		})
		page := func(aside string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p>` + aside + `<p>` + councilP3 + `</p>` + councilMore + `</main>`
		}
		extractHas(t, "Budget approved", "", page(`<p><em>(A small point: I read the paperback, 312 pages, and my page numbers are its.)</em></p>`),
			[]string{councilP1, "larger grant is shared"}, []string{"paperback"})
		extractHas(t, "Budget approved", "", page(`<p>(A small point: I read the paperback, 312 pages, and my page numbers are its.)</p>`),
			[]string{councilP1, "paperback"}, nil)
	})
	t.Run("a letter's text goes on in the layout tables after its headline's", func(t *testing.T) {
		table := func(inner string) string {
			return `<table class="layout" role="presentation"><tr><td class="column"><div>` + inner + `</div></td></tr></table>`
		}
		picture := table(`<img src="/boat.jpg" alt="The boat"><p class="size-12">The boat back in the hall.</p>`)
		band := table(`<p><strong>Opening hours:</strong> daily, 10am to 4pm.</p>`)
		opening := table(`<h1>Budget approved</h1><p>` + councilP1 + `</p><h2>The vote</h2><p>` + councilP2 + `</p>`)
		rest := table(`<p>` + councilP3 + ` The opposition asked for a second reading of the gymnasium's budget in the spring, and the mayor agreed to publish the builders' estimates before then.</p>` + councilMore)
		extractHas(t, "Budget approved", "", `<div>`+opening+picture+rest+band+`</div>`,
			[]string{councilP1, "The vote", councilP2, "larger grant is shared"}, []string{"Opening hours"})
		extractHas(t, "Budget approved", "", `<div>`+opening+picture+band+rest+`</div>`,
			[]string{"larger grant is shared"}, []string{"Opening hours", "The vote"})
	})
	t.Run("a letter whose first paragraph opens with its greeting keeps its signed close", func(t *testing.T) {
		letter := func(opening string) string {
			return `<main><h1>Budget approved</h1><p>` + opening + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `<p>Thank you, as always, for standing by the club.</p><p>With warm wishes from all of us at the museum,</p><p>Helen Tregaskis, Museum Manager</p></main>`
		}
		extractHas(t, "Budget approved", "", letter("Dear friends of the Harbourside Museum, "+councilP1),
			[]string{councilP1, "With warm wishes", "Helen Tregaskis, Museum Manager"}, nil)
		extractHas(t, "Budget approved", "", letter(councilP1),
			[]string{councilP1}, []string{"With warm wishes", "Helen Tregaskis"})
	})
	t.Run("a subheading alone in its cell heads the prose after it", func(t *testing.T) {
		long := councilP3 + ` The opposition asked for a second reading of the gymnasium's budget in the spring, and the mayor agreed to publish the builders' estimates before then.`
		row := func(inner string) string {
			return `<tr><td><table role="presentation"><tr><td class="mlContentOuter">` + inner + `</td></tr></table></td></tr>`
		}
		for page, want := range map[string]bool{
			row(`<p>`+councilP1+` `+councilP2+`</p>`) + row(`<h2>A call for volunteers</h2>`) + row(`<p>`+long+`</p>`):                              true,
			row(`<h2>A call for volunteers</h2>`) + row(`<p>`+long+`</p>`):                                                                          false,
			row(`<p>`+councilP1+` `+councilP2+`</p>`) + row(`<h2>A call for volunteers</h2>`) + row(`<p>`+councilP3+`</p>`):                         false,
			row(`<p>`+councilP1+` `+councilP2+`</p>`) + row(`<h2>A call for volunteers</h2><p>`+long+`</p>`):                                        false,
			row(`<p>`+councilP1+` `+councilP2+`</p>`) + row(`<h2>A call for volunteers</h2>`) + row(`<h2>Other news</h2>`) + row(`<p>`+long+`</p>`): false,
		} {
			checkAtBlock(t, "headsProse", headsProse, `<table>`+page+`</table>`, "A call for volunteers", want)
		}
	})
	t.Run("a letter's signature and the boxes under it go", func(t *testing.T) {
		letter := func(closing, signature string) string {
			return `<main><h1>Budget approved</h1>` + councilStory + `<p>` + closing + `</p><p>` + signature + `</p><h3>In the basket this week</h3><p>Leeks, carrots, celeriac and a butternut squash. Eggs as usual.</p><h3>Our partners</h3><p>The bakery now brings sourdough on Thursdays, to order the day before.</p></main>`
		}
		extractHas(t, "Budget approved", "", letter("See you soon at the distribution.", "The committee"),
			[]string{councilP1, "larger grant is shared", "See you soon"}, []string{"The committee", "In the basket", "Leeks", "sourdough"})
		extractHas(t, "Budget approved", "", letter("See you soon at the distribution.", "the committee"),
			[]string{"See you soon", "the committee"}, nil)
		extractHas(t, "Budget approved", "", letter("See you soon at the distribution, where the committee will answer every question about the budget.", "The committee"),
			[]string{"The committee"}, nil)
	})
	t.Run("the text after a list, in a page of <br><br> paragraphs, is a paragraph of its own", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<table><tr><td><font class="title"><b>Budget approved</b></font><br><font class="content">`+councilP1+`<br><br>`+councilP2+`<br><br><ul><li>the clubs' grant;</li><li>the pool's heating.</li></ul>`+councilP3+`<br><br>The council's majority said the budget keeps the town's debt stable.<br><br>Clubs will learn in March how the larger grant is shared.<br><br></font></td></tr></table>`,
			[]string{councilP3}, nil)
		if !strings.Contains(p.Body, "the pool's heating.\n\n"+councilP3+"\n") {
			t.Errorf("the text after the list runs on:\n%s", p.Body)
		}
	})
	t.Run("a wiki path as the title gives way to the page's one <h1>", func(t *testing.T) {
		checkString(t, "pathTitle", pathTitle, map[string]bool{
			" NitrogenFill < Lab < Hartwell Lab Wiki": true,
			"Budget approved < Council":               false,
			"Budget < approved":                       true,
			"Budget approved":                         false,
		})
		p := extractHas(t, "BudgetVote &lt; Council &lt; Town Wiki", "", `<div class="topic"><h1>Budget approved after the debate</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p>`+councilP3+`</p></div>`,
			[]string{councilP1}, []string{"Budget approved after"})
		if p.Title != "Budget approved after the debate" {
			t.Errorf("title %q, want the <h1>", p.Title)
		}
	})
	t.Run("a wiki's signature dates the page", func(t *testing.T) {
		checkDays(t, "signedDay", signedDay, map[string]string{
			"-- PriyaLindqvist - 03 Feb 2025":                                        "2025-02-03",
			"-- Priya Lindqvist - 3 February 2025":                                   "2025-02-03",
			"PriyaLindqvist - 03 Feb 2025":                                           "",
			"-- the committee of the lab, its chair and the treasurer - 03 Feb 2025": "",
		})
		checkDated(t, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>-- <a href="/Main/PriyaLindqvist">PriyaLindqvist</a> - 03 Feb 2025</p></main>`: true,
			`<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><a href="/Main/PriyaLindqvist">PriyaLindqvist</a> - 03 Feb 2025</p></main>`:    false,
		})
	})
	t.Run("a title of the page's short name gives way to the <h1> that says more", func(t *testing.T) {
		checkTitles(t, func(title string) (string, string, string) {
			return title, "", `<div><h1>Alevinage de l'étang des Marsanges : 300 kilos de gardons</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		}, map[string]string{
			"Alevinage 2016 - AAPPMA des Marsanges": "Alevinage de l'étang des Marsanges : 300 kilos de gardons",
			"Étang 2016 - AAPPMA des Marsanges":     "Étang 2016 - AAPPMA des Marsanges",
			"Alevinage - AAPPMA des Marsanges":      "Alevinage - AAPPMA des Marsanges",
		})
	})
	t.Run("a box of one cell drawn with a border among the paragraphs goes", func(t *testing.T) {
		box := func(attrs string) string {
			return `<table width="90%" ` + attrs + ` cellpadding="8"><tr><td><font size="2"><b>Open rehearsal</b>: Saturday 18 December at 3pm, at the church. Come and hear us first!</font></td></tr></table>`
		}
		page := func(b string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p>` + b + `<p>` + councilP3 + `</p>` + councilMore + `</main>`
		}
		extractHas(t, "Budget approved", "", page(box(`border="1" bordercolor="#993300"`)), []string{councilP1, "larger grant is shared"}, []string{"Open rehearsal"})
		extractHas(t, "Budget approved", "", page(box(`border="0" bgcolor="#fff5e6"`)), []string{councilP1, "larger grant is shared"}, []string{"Open rehearsal"})
		for b, want := range map[string]bool{
			box(`border="1"`):     true,
			box(`bgcolor="#eee"`): true,
			box(`border="0"`):     false,
			`<table border="1"><tr><td>` + councilP1 + ` ` + councilP2 + `</td></tr></table>`: false,
			`<table border="1"><tr><td>Open</td><td>rehearsal</td></tr></table>`:              false,
		} {
			if got := borderedBox(lastOf(t, b, atom.Table)); got != want {
				t.Errorf("borderedBox(%s) = %v, want %v", b, got, want)
			}
		}
	})
	t.Run("a line among a post's paragraphs that ends with its hashtags goes", func(t *testing.T) {
		checkString(t, "hashtagTail", hashtagTail, map[string]bool{
			"👉 Permanences : mercredi 9 h 30 - 12 h. Gratuit, sans rendez-vous. #Lussac #InclusionNumerique": true,
			"Open on Saturdays. #Lussac":                  false,
			"We talked about #Lussac #InclusionNumerique": false,
			"#Lussac #InclusionNumerique":                 false,
		})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p>👉 Council meetings: every second Tuesday, 7pm, town hall. Open to all. <a href="/tags/town" class="mention hashtag">#<span>Town</span></a> <a href="/tags/budget" class="mention hashtag">#<span>Budget</span></a></p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "larger grant is shared"}, []string{"Council meetings"})
	})
	t.Run("a byline's day after a middle dot dates a page without an <h1>", func(t *testing.T) {
		checkDated(t, time.Date(2025, 1, 14, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<div class="doc-content"><p class="title">Budget approved</p><p class="subtitle">Eleanor Frome, chair of the committee · 14 January 2025</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div>`: true,
			`<div class="doc-content"><p class="title">Budget approved</p><p class="subtitle">Committee papers · 14 January 2025</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div>`:                      false,
		})
	})
	t.Run("a byline with its day over the text goes", func(t *testing.T) {
		byline := `<p class="subtitle">Eleanor Frome, chair of the committee · 14 January 2025</p>`
		prose := `<p>` + councilP1 + ` ` + councilP2 + `</p>`
		for page, want := range map[string]bool{
			`<p>Wrayford Village Hall</p><p>Chair's report</p>` + byline + prose: true,
			prose + byline + prose: false,
			`<p>Wrayford Village Hall</p><p>Committee papers · 14 January 2025</p>` + prose: false,
		} {
			checkAtBlock(t, "bylineOver", bylineOver, `<div>`+page+`</div>`, "14 January", want)
		}
	})
	t.Run("a page without headings is titled by its first line in a headline's type", func(t *testing.T) {
		checkString(t, "bigFont", bigFont, map[string]bool{"5": true, "+2": true, "7": true, "4": false, "+1": false, "": false})
		page := func(big string) string {
			return `<table><tr><td><p>` + big + `</p><p><font size="2">` + councilP1 + `</font></p><p><font size="2">` + councilP2 + `</font></p><p><font size="2">` + councilP3 + `</font></p></td></tr></table>`
		}
		checkTitles(t, func(big string) (string, string, string) {
			return "Town Council - Budget Approved 2025", "", page(big)
		}, map[string]string{
			`<font size="5"><b>The budget approved after a long debate</b></font>`: "The budget approved after a long debate",
			`<font size="3"><b>The budget approved after a long debate</b></font>`: "Town Council - Budget Approved 2025",
			`<font size="5"><b>A long evening at the town hall</b></font>`:         "Town Council - Budget Approved 2025",
		})
	})
	t.Run("a document's Title paragraph over its Subtitle is the headline", func(t *testing.T) {
		page := func(classes string) string {
			title, subtitle, _ := strings.Cut(classes, "|")
			return `<div class="doc-content"><p class="` + title + `"><span>Budget report for 2025</span></p><p class="` + subtitle + `"><span>Eleanor Frome, chair</span></p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		}
		checkTitles(t, func(classes string) (string, string, string) {
			return "Budget report 2025 - Wrayford Village Hall", `<meta property="og:title" content="Budget report 2025 - Wrayford Village Hall">`, page(classes)
		}, map[string]string{
			"c4 title|c4 subtitle":  "Budget report for 2025",
			"c4 title|c4":           "Budget report 2025 - Wrayford Village Hall",
			"c4 titles|c4 subtitle": "Budget report 2025 - Wrayford Village Hall",
		})
	})
	t.Run("a table of one cell set among the text's paragraphs is a box too", func(t *testing.T) {
		cell := `<table class="c14"><tr><td class="c19"><p><span class="c3">Can you help?</span> Speak to any committee member.</p></td></tr></table>`
		for page, want := range map[string]bool{
			`<p>` + councilP1 + `</p>` + cell + `<p>` + councilP2 + `</p>`:                   true,
			`<ul><li>the pool</li></ul><a id="t.0"></a>` + cell + `<p>` + councilP2 + `</p>`: true,
			`<div>` + cell + `</div><p>` + councilP2 + `</p>`:                                false,
			`<h2>Help</h2>` + cell + `<p>` + councilP2 + `</p>`:                              false,
		} {
			if got := borderedBox(lastOf(t, page, atom.Table)); got != want {
				t.Errorf("borderedBox(%s) = %v, want %v", page, got, want)
			}
		}
	})
	t.Run("a note of one sentence under a signed name goes", func(t *testing.T) {
		letter := func(note string) string {
			return `<main><h1>Budget approved</h1>` + councilStory + `<p>Thank you all for a busy and happy year.</p><p>Eleanor Frome</p><p>` + note + `</p></main>`
		}
		extractHas(t, "Budget approved", "", letter("The examined accounts for 2024 are a separate document, available from the treasurer, Paul Grigg."),
			[]string{councilP1, "Thank you all"}, []string{"examined accounts"})
		extractHas(t, "Budget approved", "", letter("P.S. The examined accounts for 2024 are a separate document, available from the treasurer."),
			[]string{councilP1, "examined accounts"}, nil)
	})
}

// TestRound41 holds the rules of round 41 of issue 16, each on its helper
// or on a small page of its own.
func TestRound41(t *testing.T) {
	t.Run("an update's day dates a page that states no other", func(t *testing.T) {
		day := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
		page := func(line string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p class="lu">` + line + `</p></main>`
		}
		checkDated(t, day, map[string]bool{
			page("Last updated on February 18, 2025"):                              true,
			page("Modifié le : mar., 18 févr. 2025 à 6:22 PM"):                     true,
			page("Mis à jour le 18/02/2025"):                                       true,
			page("This guide is for Quillwort 3.0, updated 18 April 2025."):        false,
			page("Published on 18 March 2025 · Last updated on February 18, 2025"): false,
			page("We met on February 18, 2025"):                                    false,
		})
	})
	t.Run("a heading's mark last in the span of its text", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h1><span>Budget approved<a class="copiable-link" href="#Budget-approved"> ¶</a></span></h1>`+councilStory+
			`<h2><span>The clubs<a class="copiable-link" href="#The-clubs"> ¶</a></span></h2>`+councilMore+`</main>`, []string{councilP1, "The clubs"}, []string{"¶"})
		if p.Title != "Budget approved" {
			t.Errorf("title %q", p.Title)
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+
			`<h2><span>The clubs<a href="#The-clubs"> ¶</a></span> <em>new</em></h2>`+councilMore+`</main>`, []string{councilP1, "The clubs ¶"}, nil)
	})
	t.Run("a rights notice over the text goes", func(t *testing.T) {
		notice := `<p>This guide is for the council's handbook, version 3.0, updated 22 April 2025.</p><p>Copyright © 2025 The town council.</p>`
		grant := `<blockquote><p>Permission is granted to copy, distribute and/or modify this document under the terms of the GNU Free Documentation License, Version 1.3.</p></blockquote>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+notice+grant+councilStory+councilMore+`</main>`,
			[]string{councilP1, councilP2}, []string{"guide is for", "Copyright", "Permission"})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p>`+notice+grant+councilStory+councilMore+`</main>`,
			[]string{councilP1, councilP2, "guide is for", "Permission"}, nil)
	})
	t.Run("a numbered figure's caption after its picture goes", func(t *testing.T) {
		page := func(caption string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><div class="float"><img src="chamber.png" alt="chamber"><div><p>` + caption + `</p></div></div><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</main>`
		}
		extractHas(t, "Budget approved", "", page(`<strong>Figure 1: </strong>The chamber after the vote, kept in <code>chamber.png</code>.`), []string{councilP1, councilP2}, []string{"Figure 1"})
		extractHas(t, "Budget approved", "", page(`Fig. 2 – The chamber after the vote.`), []string{councilP1, councilP2}, []string{"Fig. 2"})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>Figure 1 of the report shows how the grant is shared between the clubs, the pool and the gymnasium over the next three years.</p><p>`+councilP2+`</p>`+councilMore+`</main>`,
			[]string{councilP1, "Figure 1 of the report"}, nil)
	})
	t.Run("the lines over a rule that show the headline go", func(t *testing.T) {
		for head, want := range map[string]bool{
			`<span size="1">Actualités &gt; Conseil</span><br><b><span size="4">Budget approved after debate</span></b><br><span size="1">Date de publication : 04/03/2010 - Service communication</span><br><hr>`: true,
			`<b>Budget approved after debate</b><br><hr>`: true,
			`<span size="1">Actualités &gt; Conseil</span><br><b><span size="4">Le conseil a voté ce mardi</span></b><br><hr>`: false,
			`<b><span size="4">Budget approved after debate</span></b><br><span size="1">Actualités &gt; Conseil</span><br>`:   false,
			`<b>Budget approved after debate</b><p>The council met on Tuesday.</p><hr>`:                                        false,
		} {
			doc, err := html.Parse(strings.NewReader(`<div id="art"><div>` + head + `<span>` + councilP1 + `</span><p>` + councilP2 + `</p></div></div>`))
			if err != nil {
				t.Fatal(err)
			}
			art := find(doc, atom.Div)
			dropRuledHead(art, "Budget approved after debate")
			text := textOf(art)
			if gone := !strings.Contains(text, "Budget approved") && !strings.Contains(text, "Actualités") && !strings.Contains(text, "Le conseil"); gone != want || !strings.Contains(text, councilP1) {
				t.Errorf("%s: dropRuledHead left %q, want the header gone: %v", head, text, want)
			}
		}
	})

	t.Run("a paragraph in italics by its style after a picture is its caption", func(t *testing.T) {
		page := func(style string) string {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + ` ` + councilP2 + `</p><p><img src="chamber.jpg" alt="The chamber" style="width: 100%;"></p><p style="` + style + `">The chamber on Tuesday evening, before the vote.</p><p>` + councilP3 + `</p>` + councilMore + `</main>`
		}
		extractHas(t, "Budget approved", "", page("font-size: 0.875rem; font-style: italic;"), []string{councilP1, councilP3}, []string{"before the vote"})
	})
	t.Run("a details line indented by its template is read whole", func(t *testing.T) {
		pad := "\n" + strings.Repeat(" ", 60)
		checkDated(t, time.Date(2024, 12, 16, 0, 0, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><div class="postdetails">` + pad + `<span class="icon"></span>` + pad + `Publié par <a href="/u/212">Claire Vernet</a> le 16 décembre 2024, 17:45` + pad + `</div><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main><div>Créée le 9 septembre 2024, 13:02</div>`: true,
		})
	})
	t.Run("the entry a page's <title> names, under the page's own <h1>", func(t *testing.T) {
		checkTitles(t, func(h3 string) (string, string, string) {
			return "Budget approved after debate - Town portfolio", `<meta property="og:title" content="Council notebook - Town portfolio"><meta property="og:site_name" content="Town portfolio">`,
				`<main><h1><span>Council notebook</span> <span>par <a href="/u/2">Claire Vernet</a></span></h1><div class="post"><h3><a href="/v?id=1&amp;postid=2">` + h3 + `</a></h3>` + councilStory + `</div></main>`
		}, map[string]string{
			"Budget approved after debate":  "Budget approved after debate",
			"Another entry of the notebook": "Council notebook",
		})
	})
	t.Run("a note in italics with a link that closes a section goes", func(t *testing.T) {
		note := `<p><em>The full figures are on the page <a href="/v?id=1411">Budget tables</a> of this site.</em></p>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+note+`<h2>What next</h2>`+councilMore+`</main>`, []string{councilP1, "What next"}, []string{"full figures"})
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+`<p><em>The full figures are on the page <a href="/v?id=1411">Budget tables</a>. They were checked twice.</em></p><h2>What next</h2>`+councilMore+`</main>`, []string{councilP1, "full figures"}, nil)
	})
	t.Run("the text's last paragraph of three sentences is its author's", func(t *testing.T) {
		last := `<p>The workshop starts again on 7 January. Pupils who want to join the team can sign up with Mrs Vernet or leave a comment under this post. Thanks again to the canteen staff, without whom nothing would have been possible.</p>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+last+`</main>`, []string{councilP1, "workshop starts again"}, nil)
	})
	t.Run("the time in the link to the post the address names dates the page", func(t *testing.T) {
		at := time.Date(2025, 10, 9, 16, 5, 12, 0, time.UTC)
		checkDatedPages(t, at, map[string]bool{
			"https://chat.example/s/council/287": true,
			"https://chat.example/s/council/290": false,
		}, func(canonical string) (string, string) {
			post := func(n, at, text string) string {
				return `<div class="message"><div class="text">` + text + `</div><a class="date" href="https://chat.example/council/` + n + `"><time datetime="` + at + `">18:05</time></a></div>`
			}
			return `<link rel="canonical" href="` + canonical + `">`, `<section>` + post("283", "2025-09-30T08:12:00+00:00", "Repair café on Saturday.") +
				post("287", "2025-10-09T16:05:12+00:00", `<p>`+councilP1+`</p><p>`+councilP2+`</p>`) + `</section>`
		})
	})
	t.Run("a page titled with its post's author takes the post's bold first line", func(t *testing.T) {
		checkTitles(t, func(owner string) (string, string, string) {
			return "Town council – Chat", `<link rel="canonical" href="https://chat.example/s/council/287">`,
				`<section><div class="message"><a class="owner" href="` + owner + `"><span>Town council</span></a><div class="text"><b>Budget approved after debate</b><br><br>` + councilP1 + ` ` + councilP2 + `<br><br>` + councilP3 + `</div></div></section>`
		}, map[string]string{
			"https://chat.example/council": "Budget approved after debate",
			"https://chat.example/other":   "Town council",
		})
	})
	t.Run("a message's sending kept in a comment dates it to the second", func(t *testing.T) {
		at := time.Date(2025, 2, 10, 19, 40, 58, 0, time.UTC)
		checkDated(t, at, map[string]bool{
			`<!-- sent="Mon, 10 Feb 2025 19:40:58 +0000" --><main><h1>Budget approved</h1><address>Date: Mon, 10 Feb 2025 19:40:58 +0000</address><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`: true,
			`<!--X-Date: Mon, 10 Feb 2025 19:40:58 +0000 --><main><h1>Budget approved</h1><address>Date: Mon, 10 Feb 2025 19:40:58 +0000</address><p>` + councilP1 + `</p><p>` + councilP2 + `</p></main>`: false,
		})
	})
	t.Run("a counted list's heading goes with its list", func(t *testing.T) {
		page := func(h string) string {
			return `<main><h1>Budget approved</h1>` + councilStory + `<h2>` + h + `</h2><p>Council meeting of 4 March, notes in [[budget approved]]</p><p>Sent the figures to the clubs for the meeting</p></main>`
		}
		extractHas(t, "Budget approved", "", page("4 Références liées"), []string{councilP1}, []string{"Références", "Council meeting", "Sent the figures"})
		extractHas(t, "Budget approved", "", page("3 Linked References"), []string{councilP1}, []string{"Linked", "Council meeting"})
		if countedLabel(lowerWords("4 steps to graft")) || !countedLabel(lowerWords("12 comments")) {
			t.Error("countedLabel")
		}
	})
}

// checkAtBlock reduces page to its blocks and checks f on the first that
// holds marker, as want says.
func checkAtBlock(t *testing.T, name string, f func([]*block, int) bool, page, marker string, want bool) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	bs := blocks(doc)
	i := slices.IndexFunc(bs, func(b *block) bool { return strings.Contains(b.text, marker) })
	if i < 0 {
		t.Fatalf("%s: no block holds %q", page, marker)
	}
	if got := f(bs, i); got != want {
		t.Errorf("%s: %s = %v, want %v", page, name, got, want)
	}
}

// checkTitles reduces the page each case makes (its title, head and body)
// and checks the title read, as the case wants.
func checkTitles(t *testing.T, page func(string) (title, head, body string), want map[string]string) {
	t.Helper()
	for c, w := range want {
		title, head, body := page(c)
		if p := extractHas(t, title, head, body, nil, nil); p.Title != w {
			t.Errorf("%s: title %q, want %q", c, p.Title, w)
		}
	}
}

// checkDatedLine checks whether a story whose headline a line (between
// open and end) follows is dated day, as each line's case wants.
func checkDatedLine(t *testing.T, day time.Time, open, end string, lines map[string]bool) {
	t.Helper()
	checkDatedPages(t, day, lines, func(line string) (string, string) {
		return "", `<main><h1>Budget approved</h1>` + open + line + end + councilStory + `</main>`
	})
}

// TestRound42 holds the rules of round 42 of issue 16, each on its helper
// or on a small page of its own.
func TestRound42(t *testing.T) {
	t.Run("a statement of the hour alone leaves the comments' days unread", func(t *testing.T) {
		day := time.Date(2003, 4, 26, 0, 0, 0, 0, time.UTC)
		page := func(line string) string {
			return `<main><span class="date">samedi 26 avril 2003</span><h1>Budget approved</h1>` + councilStory + `<p class="petit">` + line +
				`</p><hr><p>Bravo pour le récit.</p><p class="petit">Posté par Jean-Luc @ 27/04/2003 09:02</p></main>`
		}
		checkDated(t, day, map[string]bool{
			page("Posté par Bernard @ 21:14 | Commentaires (2)"): true,
			page("Posted by Ann at 9:05 | 2 comments"):           true,
			page("Commentaires (2)"):                             false,
		})
	})
	t.Run("a post's day in ISO 8601's order, its month and day unpadded", func(t *testing.T) {
		day := time.Date(2025, 2, 16, 0, 0, 0, 0, time.UTC)
		checkDatedLine(t, day, `<p class="authi">`, `</p>`, map[string]bool{
			"Posted on 2025-2-16 21:07":  true,
			"Posted on 2025-02-16 21:07": true,
			"Posted on 2025-2-160 21:07": false,
			"Meeting on 2025-2-16 21:07": false,
		})
	})
	t.Run("a heading linked to the page's address titles a page without <h1>", func(t *testing.T) {
		head := `<link rel="canonical" href="https://lib.example/cgi-bin/opac-main.pl?news_id=27">`
		for h, want := range map[string]string{
			`<h4><a href="/cgi-bin/opac-main.pl?news_id=27">Budget approved by the council</a></h4>`:                    "Budget approved by the council",
			`<h4><a href="https://lib.example/cgi-bin/opac-main.pl?news_id=27">Budget approved by the council</a></h4>`: "Budget approved by the council",
			`<h4><a href="/cgi-bin/opac-main.pl?news_id=28">Budget approved by the council</a></h4>`:                    "News › Town library catalogue",
			`<h4>Budget approved by the council</h4>`:                                                                   "News › Town library catalogue",
		} {
			if p := extractHas(t, "News › Town library catalogue", head, `<main>`+h+councilStory+`</main>`, []string{councilP1}, nil); p.Title != want {
				t.Errorf("%s: title %q, want %q", h, p.Title, want)
			}
		}
	})
	t.Run("a letter's stacked one-column tables of another background go", func(t *testing.T) {
		section := func(colour, inner string) string {
			return `<tr><td class="mailpoet_content" bgcolor="` + colour + `" style="background-color:` + colour + `!important"><table><tbody><tr><td>` +
				`<table class="mailpoet_cols-one"><tbody><tr><td class="mailpoet_text">` + inner + `</td></tr></tbody></table></td></tr></tbody></table></td></tr>`
		}
		para := func(text string) string {
			return `<table><tr><td class="mailpoet_paragraph">` + text + `</td></tr></table>`
		}
		body := `<table class="mailpoet_template"><tbody>` +
			section("#ffffff", `<h1>Budget approved</h1>`+para("Hello everyone,")+para(councilP1)+para(councilP2)) +
			section("#fdf3e7", `<h3>Membership 2025</h3>`+para("Renew your membership before the end of March to keep your card.")) +
			section("#ffffff", para(councilP3)+`<h2>The clubs</h2>`+councilMore) +
			section("#f4f8f0", `<h3>Dates</h3><ul><li>Saturday 5 April, 9:30: work morning</li><li>Tuesday 13 May, 7 pm: committee</li></ul>`) +
			section("#eeeeee", para("You receive this letter as a member. Unsubscribe | Manage your subscription")) + `</tbody></table>`
		extractHas(t, "Budget approved", "", body, []string{"Hello everyone", councilP1, councilP3}, []string{"Renew your membership", "work morning", "Unsubscribe"})
	})
	t.Run("a letter's stacked one-column layout tables, a band of another background goes", func(t *testing.T) {
		section := func(colour, inner string) string {
			return `<table class="layout layout--1-column" bgcolor="` + colour + `"><tr><td class="column column--1"><table class="text"><tr><td class="text_content-cell">` +
				inner + `</td></tr></table></td></tr></table>`
		}
		body := `<table class="shell"><tr><td class="shell_panel-cell">` +
			section("", `<p><span style="font-size: 28px; font-weight: bold;">Budget approved</span></p>`) +
			section("", `<p>Dear friends,</p><p>`+councilP1+`</p><p>`+councilP2+`</p>`) +
			section("#3d6b35", `<p>Join the committee: sign up before Friday and bring a friend along.</p>`) +
			section("", `<p>`+councilP3+`</p>`+councilMore) + `</td></tr></table>`
		extractHas(t, "Budget approved", "", body, []string{"Dear friends", councilP1, councilP3}, []string{"Join the committee"})
	})
	t.Run("a day shown alone with its hour dates a page that states no other", func(t *testing.T) {
		day := time.Date(2024, 10, 13, 0, 0, 0, 0, time.UTC)
		checkDatedLine(t, day, `<h3>Laurent Brisset</h3><span>`, `</span>`, map[string]bool{
			"13 oct. 2024, 19:42:18":      true,
			"October 13, 2024 at 7:42 pm": true,
			"13 oct. 2024":                false,
			"Réunion à 19:42":             false,
		})
	})
	t.Run("a comments heading without its count goes with the comments", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{"<b>Commentaires</b>": false, "<h3>Comments</h3>": false, "<b>Conclusion</b>": true}, func(label string) (string, string) {
			return `<main><h1>Budget approved</h1>` + councilStory + `<p>` + label + `</p><p>Bravo pour le récit, ça donne envie de partir aussi, et nous irons sans doute au printemps prochain avec toute la famille, les enfants et les vélos du club.</p><p>Posté par Jean-Luc @ 27/04/2003 09:02</p></main>`, "Bravo pour le récit"
		})
	})
	t.Run("a post's edit notice over its text goes", func(t *testing.T) {
		for line, gone := range map[string]bool{
			"<i>This post was last edited by capstan_kev on 2025-2-17 08:15</i>": true,
			"<i>Ce message a été modifié par Claire le 3 mars 2025, 18:02</i>":   true,
		} {
			body := `<main><h1>Budget approved</h1><p>` + line + `</p><p>` + councilP1 + `</p><p><b>The clubs</b></p><p>` + councilP2 + `</p><p><b>The pool</b></p><p>` + councilP3 + `</p>` + councilMore + `</main>`
			p := extractHas(t, "Budget approved", "", body, []string{councilP1}, nil)
			if got := !strings.Contains(p.Body, "edited by") && !strings.Contains(p.Body, "modifié par"); got != gone {
				t.Errorf("%s: gone %v, want %v:\n%s", line, got, gone, p.Body)
			}
		}
	})
	t.Run("an issue's line over a headline in a span of large type", func(t *testing.T) {
		day := time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)
		page := func(size string) string {
			return `<table><tr><td><p><span style="font-size: 13px;">Trail News · Tuesday, April 8, 2025</span></p><p><span style="font-size: ` + size +
				`; font-weight: bold;">Budget approved</span></p>` + councilStory + `</td></tr></table>`
		}
		checkDated(t, day, map[string]bool{page("28px"): true, page("20pt"): true, page("16px"): false})
		checkString(t, "largeType", func(s string) bool { return largeType(s) }, map[string]bool{
			"font-size: 28px": true, "font-size:24px;": true, "font-size: 18pt": true, "font-size: 2em": false, "font-size: 14px": false, "": false,
		})
	})
	t.Run("a thread's subject after its type in brackets in the <h1>", func(t *testing.T) {
		body := `<h1><a href="/forum?type=3">[Budget]</a> <span>Budget approved by the council</span></h1>` + councilStory
		if p := extractHas(t, "Budget approved by the council - Town news - Civic Forum - Powered by Discuz!", "", body, []string{councilP1}, nil); p.Title != "Budget approved by the council" {
			t.Errorf("title %q", p.Title)
		}
		checkString(t, "unlabeled", unlabeled, map[string]string{"[Budget] Budget approved": "Budget approved", "Budget approved": "Budget approved", "[Budget]": "[Budget]"})
	})
}

// checkKept reduces the page each case makes (its body, titled title)
// and checks whether the body keeps the case's mark, as the case wants.
func checkKept(t *testing.T, title string, cases map[string]bool, page func(c string) (body, mark string)) {
	t.Helper()
	for c, want := range cases {
		body, mark := page(c)
		p := extractHas(t, title, "", body, []string{councilP1}, nil)
		if got := strings.Contains(p.Body, mark); got != want {
			t.Errorf("%s: kept %v, want %v:\n%s", c, got, want, p.Body)
		}
	}
}

// TestRound43 holds the rules of round 43 of issue 16, each on its helper
// or on a small page of its own.
func TestRound43(t *testing.T) {
	t.Run("a site's announcement bar goes", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{"App__announcement row": false, "announcement-bar": false, "announced-dates": true}, func(class string) (string, string) {
			return `<div class="App"><main><h1>Budget approved</h1>` + councilStory + `</main><div class="` + class + `"><div class="column">Our town hall is a place where everyone gets a say in how the budget is spent.</div></div></div>`, "everyone gets a say"
		})
	})
	t.Run("an author's closing offer to answer in the comments stays", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{
			"If you have questions about any part of the budget, ask in the comments and I will do my best to answer.":     true,
			"Si vous avez des questions sur un point du budget, posez-les en commentaire et je vous répondrai volontiers.": true,
			"If you have questions about any part of the budget, ask in the comments and we will do our best to answer.":   false,
		}, func(line string) (string, string) {
			return `<main><h1>Budget approved</h1>` + councilStory + `<p>` + line + `</p></main>`, line
		})
	})
	t.Run("a framework's prefixed card, its own body, after a quotation goes", func(t *testing.T) {
		card := `<div class="uk-card uk-card-primary uk-card-body"><h3 class="uk-card-title">Drop-in session</h3><p>Our volunteers help you read the budget on the first Saturday of the month.</p></div>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><blockquote><p>`+councilP2+`</p></blockquote>`+card+`<p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP2, councilP3}, []string{"Drop-in session", "first Saturday"})
		for class, want := range map[string]bool{"uk-card-title": true, "card-title": true, "x-uk-card-title": false, "cardtitle": false} {
			if got := hasPrefixedName(&html.Node{Type: html.ElementNode, Data: "h3", Attr: []html.Attribute{{Key: "class", Val: class}}}, "card-title"); got != want {
				t.Errorf("hasPrefixedName(%q) = %v, want %v", class, got, want)
			}
		}
	})
	t.Run("a post's part named in one word", func(t *testing.T) {
		checkString(t, "furnitureName", furnitureName, map[string]bool{
			"postmetadata alt": true, "entrymeta": true, "postfooter": true, "postcontent": false, "posters": false, "entry": false, "postmeta-x": true,
		})
		extractHas(t, "Budget approved", "", `<div class="post"><h2>Budget approved</h2><div class="entry">`+councilStory+`<p class="postmetadata alt"><small>This entry was posted on Sunday, October 13th, 2024 and is filed under Town news. You can follow any responses to this entry through the RSS 2.0 feed.</small></p></div></div>`,
			[]string{councilP1}, []string{"filed under"})
	})
	t.Run("a list in blocks whose class ends a word with \"com-\" stays", func(t *testing.T) {
		block := func(text string) string {
			return `<div class="intercom-interblocks-paragraph no-margin"><p>` + text + `</p></div>`
		}
		list := `<div class="intercom-interblocks-unordered-nested-list"><ul><li>` + block("The pool opens on Saturdays from May.") + `</li><li>` + block("The library stays open until eight.") + `</li></ul></div>`
		more := strings.NewReplacer("<p>", `<div class="intercom-interblocks-paragraph no-margin"><p>`, "</p>", "</p></div>").Replace(councilMore)
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><div class="article_body"><article class="jsx-1">`+block(councilP1)+block(councilP2)+list+block(councilP3)+more+`</article></div></main>`,
			[]string{councilP1, councilP3, "The pool opens on Saturdays", "open until eight"}, nil)
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "intercom-list com-box telecom-news"}}}
		if unweighNameCom(n); n.Attr[0].Val != "intercom_list com-box telecom_news" {
			t.Errorf("class %q", n.Attr[0].Val)
		}
	})
	t.Run("an app's data dates the article that holds the headline with its createdAt", func(t *testing.T) {
		created := time.Date(2025, 3, 19, 14, 2, 51, 0, time.UTC)
		page := func(key string) string {
			return `<main><h1>Budget approved by the council</h1>` + councilStory + `</main><script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"articleContent": {"title": "Budget approved by the council", "state": "draft", "` +
				key + `": "2025-03-19T14:02:51.000Z", "updatedAt": "2025-11-27T09:40:03.000Z"}}}}</script>`
		}
		for key, want := range map[string]bool{"createdAt": true, "created": true, "createdBy": false} {
			p := extractHas(t, "Budget approved by the council | Help Center", "", page(key), []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(created); got != want {
				t.Errorf("%s: published at %v, want %v: %v", key, p.PublishedAt, created, want)
			}
		}
	})
	t.Run("someone's words in italics in a quotation stay", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{
			`"It is the one day a year I look forward to testing drills," Dennis told us over lunch. "You never know what is going to come out of the next box."`:    true,
			`« C'est le seul jour de l'année où je teste des perceuses », nous a dit Denis au déjeuner. « On ne sait jamais ce qui sortira de la prochaine boîte. »`: true,
		}, func(quote string) (string, string) {
			return `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h3>The clubs</h3><p>` + councilP3 + `</p><blockquote><p><em>` + quote + `</em></p></blockquote><h3>What next</h3>` + councilMore + `</main>`, quote[len(quote)-12:]
		})
	})
	t.Run("the headline again in title case in an <h1> goes", func(t *testing.T) {
		checkKept(t, "Budget approved by the council", map[string]bool{"Budget Approved By The Council": false, "budget approved by the council": false, "Budget Approved For The Pool": true}, func(h string) (string, string) {
			return `<div class="meta"><h1 class="subject">Budget approved by the council</h1></div><div id="body"><table><tr><td><h1>` + h + `</h1>` + councilStory + `</td></tr></table></div>`, h
		})
	})
	t.Run("a day with its hour and its zone's name", func(t *testing.T) {
		day := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
		for text, want := range map[string]bool{"05/14/2025 10:30 AM EDT": true, "14/05/2025 10:30 CEST": true, "05/14/2025 10:30 AM": true, "05/14/2025 10:30 AM edt": false, "05/14/2025 10:30 AM Eastern": false} {
			d, ok := bareDate(text, !strings.Contains(text, "CEST"))
			if got := ok && d.Equal(day); got != want {
				t.Errorf("bareDate(%q) = %v, %v; want %v", text, d, ok, want)
			}
		}
		checkDatedLine(t, day, `<div class="meta"><span class="dateline">`, `</span></div>`, map[string]bool{"05/14/2025 10:30 AM EDT": true, "05/14/2025 10:30 AM Eastern": false})
	})
	t.Run("the address under a name in bold after the text goes", func(t *testing.T) {
		footer := `<table role="presentation"><tr><td>SUBSCRIBER SERVICES:<br><a href="#">Manage Subscriptions</a> | <a href="#">Unsubscribe All</a> | <a href="#">Help</a></td></tr><tr><td>This email was sent to subscribers of Town News on behalf of: Greenfield Town Hall · 12 Market Street · Greenfield</td></tr></table>`
		checkKept(t, "Budget approved", map[string]bool{
			`<strong>Greenfield Town Hall</strong><br>12 Market Street, Greenfield<br>(231) 555-0148 · Monday–Friday, 8 a.m.–4:30 p.m.`: false,
			`Greenfield Town Hall<br>12 Market Street, Greenfield<br>(231) 555-0148 · Monday–Friday, 8 a.m.–4:30 p.m.`:                  true,
		}, func(card string) (string, string) {
			return `<div id="bulletin_body"><table role="presentation"><tr><td><h1>Budget approved</h1>` + councilStory + `</td></tr><tr><td style="border-top: 1px solid #ddd">` + card + `</td></tr></table>` + footer + `</div>`, "Monday"
		})
	})
	t.Run("a stated day between hyphens", func(t *testing.T) {
		checkDatedLine(t, time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC), `<div class="toolbar">`, `</div>`, map[string]bool{
			"Posté le 08-02-2025 à 21:37:15": true,
			"Posté le 08/02/2025 à 21:37:15": true,
			"Réunion le 08-02-2025 à 21:37":  false,
		})
	})
	t.Run("a headline shown in a header row that goes titles a page without <h1>", func(t *testing.T) {
		for row, want := range map[string]string{
			`<h3>Budget approved by the council</h3>`: "Budget approved by the council",
			`<b>Town news</b> » <b>Civic Forum</b>`:   "Budget approved by the council - Town news - Civic Forum",
		} {
			body := `<table class="main"><tr class="cBackHeader"><th>` + row + `</th></tr><tr><td class="messCase2"><div id="para1">` + councilStory + `</div></td></tr></table>`
			if p := extractHas(t, "Budget approved by the council - Town news - Civic Forum - FORUM Example", "", body, []string{councilP1}, nil); p.Title != want {
				t.Errorf("%s: title %q, want %q", row, p.Title, want)
			}
		}
	})
	t.Run("a paragraph of lines opening with a dash is a list", func(t *testing.T) {
		body := `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p><strong>What it pays for</strong></p><p>- a larger grant for the sports clubs of the town<br />- the pool's new heating, <a href="/heat">as promised</a><br />- the gymnasium's first works<br /></p><p>` + councilP2 + `</p><p><strong>What comes next</strong></p><p>` + councilP3 + `</p>` + councilMore + `</main>`
		extractHas(t, "Budget approved", "", body, []string{"What it pays for", "a larger grant for the sports clubs of the town\nthe pool's new heating, as promised\nthe gymnasium's first works"}, []string{"- a larger"})
		doc, err := html.Parse(strings.NewReader(`<p>- one<br>- two</p><p>- one and a half</p><p>a first line<br>- two</p>`))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for n := find(doc, atom.Body).FirstChild; n != nil; n = n.NextSibling {
			dashList(n)
			got = append(got, n.Data)
		}
		if want := []string{"ul", "p", "p"}; !slices.Equal(got, want) {
			t.Errorf("dashList made %v, want %v", got, want)
		}
	})
	t.Run("a details line that opens with a day and its hour before a bar", func(t *testing.T) {
		day := time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)
		page := func(line string) string {
			return `<div class="post"><h3 class="boxHeaderTitle">Budget approved</h3><h4 class="boxInfoTitle">` + line + `</h4>` + councilStory +
				`</div><div class="events"><h4>Upcoming events</h4><ul><li><a href="/e1">Committee</a> <span class="date">22 Apr 2025</span></li></ul></div>`
		}
		checkDated(t, day, map[string]bool{
			page(`08 Apr 2025 7:42 PM | <span class="postedBy">Town Hall (Administrator)</span>`): true,
			page(`April 8, 2025 at 19:42 | Town Hall`):                                            true,
			page(`08 Apr 2025 | Town Hall`):                                                       false,
		})
	})
	t.Run("a letter's <title> that is its issue gives way to the <h1> in its layout", func(t *testing.T) {
		for _, c := range []struct{ title, body, want string }{
			{"Lettre n°9 - Printemps 2025", `<table><tr><td><h1>Budget approved after three hours</h1>` + councilStory + `</td></tr></table>`, "Budget approved after three hours"},
			{"Lettre n°9 - Printemps 2025", `<main><h1>Budget approved after three hours</h1>` + councilStory + `</main>`, "Lettre n°9 - Printemps 2025"},
			{"Lettre de printemps - 2025", `<table><tr><td><h1>Budget approved after three hours</h1>` + councilStory + `</td></tr></table>`, "Lettre de printemps - 2025"},
		} {
			if p := extractHas(t, c.title, "", c.body, []string{councilP1}, nil); p.Title != c.want {
				t.Errorf("%s: title %q, want %q", c.title, p.Title, c.want)
			}
		}
	})
	t.Run("a letter's greeting under its frame's lines opens it", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div id="x"><p><a href="#">View this email in your browser</a></p><p>Letter no. 9 · Thursday 13 March 2025</p><div><p>Dear members,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>Best wishes,</p></div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		bs := blocks(find(doc, atom.Div))
		var got []bool
		for i := range bs {
			got = append(got, greetingFirst(bs, i) && greeting(bs[i]))
		}
		if want := []bool{false, false, true, false, false, false}; !slices.Equal(got, want) {
			t.Errorf("greeting first %v, want %v", got, want)
		}
	})
	t.Run("the group that signs a letter that greets its reader stays", func(t *testing.T) {
		for _, c := range []struct {
			greeting, sender string
			kept             bool
		}{
			{"<p>Dear members,</p>", "The committee of the Greenfield Swimming Club", true},
			{"<p>Chers adhérents,</p>", "L'équipe du club de natation de Greenfield", true},
			// Ungreeted, the group stays since round 55, right after
			// the letter's closing line in its box (endSignature).
			{"", "The committee of the Greenfield Swimming Club", true},
			{"<p>Dear members,</p>", "Greenfield Swimming Club, Pool Lane", false},
		} {
			body := `<main><h1>Budget approved</h1>` + c.greeting + councilStory + `<p>Thank you all for your support, and see you soon at the pool.</p><p>` + c.sender + `</p></main>`
			p := extractHas(t, "Budget approved", "", body, []string{councilP1}, nil)
			if got := strings.Contains(p.Body, c.sender); got != c.kept {
				t.Errorf("%q, %q: kept %v, want %v:\n%s", c.greeting, c.sender, got, c.kept, p.Body)
			}
		}
	})
	t.Run("a message's lines opening with a dash, each a <div>, are a list's items", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div id="x"><div>We found:</div><div>- a fine troop of death caps under the oaks</div><div>- several ceps, one of them over eight hundred grams</div><div>- nothing else</div><div>That was all.</div><div>- alone</div></div>`))
		if err != nil {
			t.Fatal(err)
		}
		bs := blocks(find(doc, atom.Div))
		dashItems(bs)
		var got []bool
		for _, b := range bs {
			got = append(got, b.list)
		}
		if want := []bool{false, true, true, true, false, false}; !slices.Equal(got, want) {
			t.Errorf("list %v, want %v", got, want)
		}
		body := `<main><h1>Budget approved</h1><div><div>Hello all,</div><div><br></div><div>` + councilP1 + `</div><div>` + councilP2 + `</div><div><br></div><div>What it pays for:</div><div>- the clubs' larger grant, shared in March</div><div>- several new lanes at the municipal swimming pool</div><div>- the heating of the pool's changing rooms</div><div>- the first works on the old gymnasium</div><div><br></div><div>` + councilP3 + `</div></div></main>`
		extractHas(t, "Budget approved", "", body, []string{"several new lanes", "heating of the pool's changing rooms", councilP3}, nil)
	})
	t.Run("a run that holds a picture and a line is a caption", func(t *testing.T) {
		doc, err := html.Parse(strings.NewReader(`<div id="x"><p>` + councilP1 + `</p><ignore_js_op><img src="hall.jpg" alt=""></ignore_js_op><span size="2"><i>The town hall on the evening of the vote, lights on late.</i></span><p>` + councilP2 + `</p>Words of a run without a picture.</div>`))
		if err != nil {
			t.Fatal(err)
		}
		var got []bool
		for _, b := range blocks(find(doc, atom.Div)) {
			got = append(got, b.caption)
		}
		if want := []bool{false, true, false, false}; !slices.Equal(got, want) {
			t.Errorf("caption %v, want %v", got, want)
		}
	})
	t.Run("a bold line that is the headline under a day in a span goes", func(t *testing.T) {
		for top, gone := range map[string]bool{
			`<span class="date">samedi 26 avril 2003</span><p><span size="3"><b>Budget approved</b></span></p>`:         true,
			`<span class="date">Club news</span><p><span size="3"><b>Budget approved</b></span></p>`:                    false,
			`<span class="date">samedi 26 avril 2003</span><p><span size="3"><b>Budget approved</b> at last</span></p>`: false,
		} {
			doc, err := html.Parse(strings.NewReader(`<div id="x">` + top + `<p>` + councilP1 + `</p></div>`))
			if err != nil {
				t.Fatal(err)
			}
			div := find(doc, atom.Div)
			dropTopHeading(div, "Budget approved")
			if got := !strings.Contains(textOf(div), "Budget approved"); got != gone {
				t.Errorf("%s: gone %v, want %v", top, got, gone)
			}
		}
	})

	t.Run("a letter's closing formula with a comma over its signer's name and role ends it", func(t *testing.T) {
		letter := `<div id="x"><p>Dear friends,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>See you at the pool,</p><p>Ann Lee, Club Secretary</p><p><b>Coming up</b></p><p>April 26 · Work party, Mill Street, 9 am</p><p><b>Support the club</b></p><p>Membership starts at $25 a year and keeps the pool open. Every member receives the printed map.</p></div>`
		doc, err := html.Parse(strings.NewReader(letter))
		if err != nil {
			t.Fatal(err)
		}
		bs := blocks(find(doc, atom.Div))
		if got := letterTail(bs); got != 5 || !strings.HasPrefix(bs[got].text, "Coming up") {
			t.Errorf("letterTail = %d, want 5 (Coming up)", got)
		}
		unsigned := strings.Replace(letter, "Ann Lee, Club Secretary", "The Pool Club", 1)
		doc, err = html.Parse(strings.NewReader(unsigned))
		if err != nil {
			t.Fatal(err)
		}
		if got := letterTail(blocks(find(doc, atom.Div))); got != 0 {
			t.Errorf("unsigned: letterTail = %d, want 0", got)
		}
	})
	t.Run("a closing formula over a first name alone closes a greeted message", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{"Laurent": true, "Laurent Morel, président": true, "the club": false}, func(name string) (string, string) {
			return `<main><h1>Budget approved</h1><div><div>Bonsoir à tous,</div><div><br></div><div>` + councilP1 + ` ` + councilP2 + `</div><div><br></div><div>` + councilP3 + ` The council's majority said the budget keeps the town's debt stable.</div><div><br></div><div>Amicalement,</div><div>` + name + `</div></div></main>`, "Amicalement,"
		})
	})
}

// TestRound44 holds the rules of round 44 of issue 16, each on its helper
// or on a small page of its own.
func TestRound44(t *testing.T) {
	t.Run("a letter's <title> that names its issue by its month gives way to the <h1> in its layout", func(t *testing.T) {
		inCell := `<table><tr><td><h1>Budget approved after three hours</h1>` + councilStory + `</td></tr></table>`
		for _, c := range []struct{ title, body, want string }{
			{"Infolettre - mars 2025", inCell, "Budget approved after three hours"},
			{"Les Amis du Parc - Lettre d'avril", inCell, "Budget approved after three hours"},
			{"Our April newsletter", inCell, "Budget approved after three hours"},
			{"Infolettre - mars 2025", `<main><h1>Budget approved after three hours</h1>` + councilStory + `</main>`, "Infolettre - mars 2025"},
			{"Marché de mars - Ville de Pontclair", inCell, "Marché de mars - Ville de Pontclair"},
		} {
			if p := extractHas(t, c.title, "", c.body, []string{councilP1}, nil); p.Title != c.want {
				t.Errorf("%s: title %q, want %q", c.title, p.Title, c.want)
			}
		}
		checkString(t, "monthLetter", monthLetter, map[string]bool{"Infolettre - mars 2025": true, "Lettre d’avril": true, "Newsletter (May)": true, "Mars attacks": false, "Lettre aux adhérents": false})
	})
	t.Run("a letter's line over its headline dates it when it opens by naming the letter", func(t *testing.T) {
		checkString(t, "issueDay", issueDay, map[string]string{
			"Lettre aux choristes - jeudi 3 avril 2025":  "jeudi 3 avril 2025",
			"Newsletter – Thursday 3 April 2025":         "Thursday 3 April 2025",
			"Concert des choristes - jeudi 3 avril 2025": "",
		})
		p := extractHas(t, "Les Amis du Parc", "", `<table><tr><td>Lettre aux adhérents - jeudi 3 avril 2025</td></tr><tr><td><h1>Budget approved after three hours</h1>`+councilStory+`</td></tr></table>`, []string{councilP1}, nil)
		if want := time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("the group that signs a greeted letter ends it before a label in bold", func(t *testing.T) {
		letter := func(sign string) string {
			return `<div id="x"><p>Chers adhérents,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>Merci à toutes et à tous pour votre engagement, et à très bientôt aux prochaines réunions du quartier.</p><p>` + sign + `</p><p><b>Prochaines dates</b><br>Mercredi 9 avril : réunion<br>Samedi 3 mai : fête du quartier</p><p>Association du quartier - 4 quai Carnot, 44560 Paimboeuf<br>Vous recevez cette lettre en tant que membre.</p></div>`
		}
		for sign, want := range map[string]int{"Le bureau de l'association": 5, "Le comité des fêtes": 5, "Marie Dupont": 0} {
			if got := letterTail(blocksOf(t, letter(sign))); got != want {
				t.Errorf("%s: letterTail = %d, want %d", sign, got, want)
			}
		}
	})
	t.Run("a picture's caption in small <font> in its layout cell goes", func(t *testing.T) {
		for _, c := range []struct {
			box, size string
			gone      bool
		}{{"td", "1", true}, {"td", "-1", true}, {"td", "3", false}, {"p", "1", false}} {
			cell := `<img src="hall.jpg" width="550"><font size="` + c.size + `" color="#888888">The council's majority and the opposition during the budget debate.</font>`
			page := `<table><tr><td>` + cell + `</td></tr></table>`
			if c.box == "p" {
				page = `<p>` + cell + `</p>`
			}
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			box := find(doc, atom.Td)
			if c.box == "p" {
				box = find(doc, atom.P)
			}
			dropPictureCaption(box, &meta{})
			if got := !strings.Contains(textOf(box), "budget debate"); got != c.gone {
				t.Errorf("%s, size %s: gone %v, want %v", c.box, c.size, got, c.gone)
			}
		}
		checkString(t, "smallFont", smallFont, map[string]bool{"1": true, " 2": true, "-1": true, "3": false, "+1": false, "": false})
	})
	t.Run("a box whose class ends with emphasis and a kind goes", func(t *testing.T) {
		checkString(t, "prefixedKind", prefixedKind, map[string]bool{
			"csh-markdown csh-markdown-emphasis csh-markdown-emphasis-info": true, "emphasis-warning": true, "md_emphasis-tip": true,
			"csh-markdown-emphasis": false, "deemphasis-info": false, "emphasis-strong": false, "prompt-tip": true,
		})
		box := `<div class="csh-markdown csh-markdown-emphasis csh-markdown-emphasis-info"><span class="csh-markdown-emphasis-title">Good to know</span> The pool's season tickets go on sale in May at the town hall.</div>`
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p>`+box+`<p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, councilP3}, []string{"Good to know", "season tickets"})
	})
	t.Run("a dateline in a box of its own, its hour before its day, goes", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{
			"Published 5:00 a.m. ET Jan. 29, 2025": false, "Publié 17h30 le 3 juin 2025": false, "Published Jan. 29, 2025": false,
			"Published 5:00 a.m. ET Jan. 29, 2025, with the clubs' figures": true,
		}, func(line string) (string, string) {
			return `<main><article><h1>Budget approved</h1><div class="byline"><a href="/staff/1">Dana Kowalski</a></div><div class="ar_dt">` + line + `</div>` + councilStory + `</article></main>`, line
		})
	})
	t.Run("the group that signs a greeted letter, its article elided, stays", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{"L'équipe de la Coopérative des jardins du Sud": true, "L’équipe de la Coopérative des jardins du Sud": true, "Les amis de la Coopérative des jardins du Sud": false}, func(sign string) (string, string) {
			return `<main><h1>Budget approved</h1><div><p>Bonjour à toutes et à tous,</p>` + councilStory + `<p>Bons semis, et au plaisir de vous croiser au chalet!</p><p>` + sign + `</p></div></main>`, "Coopérative des jardins"
		})
	})
	t.Run("a closing formula over a group named last signs a letter without a greeting", func(t *testing.T) {
		checkKept(t, "Budget approved", map[string]bool{"Tom & the Riverside team": true, "The Riverside committee": true, "Tom & the Riverside crew": false}, func(sign string) (string, string) {
			return `<main><h1>Budget approved</h1><div>` + councilStory + `<p>Thanks for reading with us,</p><p>` + sign + `</p></div></main>`, "Thanks for reading with us,"
		})
	})
	t.Run("a caption in a span styled in italics after the picture's box goes", func(t *testing.T) {
		for style, want := range map[string]bool{"font-style: italic;": true, "font-size: 12px;": true, "color: #7a8078;": false} {
			doc, err := html.Parse(strings.NewReader(`<div><table><tr><td><img src="hall.jpg" width="560"></td></tr></table><table><tr><td><p><span style="` + style + `">The council's majority and the opposition during the budget debate.</span></p></td></tr></table></div>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := captionAfterPicture(find(doc, atom.P), &meta{}); got != want {
				t.Errorf("%s: captionAfterPicture = %v, want %v", style, got, want)
			}
		}
	})
	t.Run("a line under a bold label that points to an attached file goes", func(t *testing.T) {
		want := map[string]bool{
			"<strong>Figures:</strong> the full budget is in the PDF attached at the end of this post.":     true,
			"<strong>Chiffres :</strong> le budget complet est dans le fichier en pièce jointe du message.": true,
			"<strong>Figures:</strong> the full budget is in the council's minutes for March.":              false,
			"The full budget is in the PDF attached at the end of this post.":                               false,
		}
		for line, w := range want {
			bs := blocksOf(t, `<div><p>`+councilP1+`</p><p>`+line+`</p><p>`+councilP2+`</p></div>`)
			if got := attachedLine(bs[1]); got != w {
				t.Errorf("attachedLine(%q) = %v, want %v", bs[1].text, got, w)
			}
		}
		extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p><strong>Figures:</strong> the full budget is in the PDF attached at the end of this post.</p><p>`+councilP3+`</p>`+councilMore+`</main>`,
			[]string{councilP1, councilP3}, []string{"PDF attached"})
	})
	t.Run("lines in lowercase without a stop, three or more in a row of one box, are a list's items", func(t *testing.T) {
		bs := blocksOf(t, `<div><p>`+councilP1+`</p><div><div>un greffoir bien affûté</div><div>du raphia ou des élastiques</div><div>du mastic à cicatriser</div></div><p>`+councilP2+`</p><div><div>un greffoir bien affûté</div><div>du mastic à cicatriser.</div></div></div>`)
		var got []bool
		for _, b := range bs {
			got = append(got, b.list)
		}
		if !slices.Equal(got[:6], []bool{false, false, false, false, false, false}) {
			t.Fatalf("before lowerItems %v", got)
		}
		lowerItems(bs)
		got = got[:0]
		for _, b := range bs {
			got = append(got, b.list)
		}
		if want := []bool{false, true, true, true, false, false, false}; !slices.Equal(got, want) {
			t.Errorf("list %v, want %v", got, want)
		}
	})
	t.Run("a heading beside a box of empty controls stays", func(t *testing.T) {
		block := func(inner string) string {
			return `<div class="ls-block"><div class="block-content-wrapper-outer"><div class="block-control-wrap"><a class="block-control"><span class="rotating-arrow"><svg class="h-4 w-4"></svg></span></a><a class="bullet-container"><span class="bullet"></span></a></div><div class="block-content"><div class="flex-1 w-full">` + inner + `</div></div></div></div>`
		}
		page := `<main><h1>Budget approved</h1><div class="page-blocks-inner">` + block(`<span class="inline">`+councilP1+`</span>`) + block(`<h2 class="as-heading">What the mayor said</h2>`) + block(`<span class="inline">`+councilP2+`</span>`) + block(`<span class="inline">`+councilP3+`</span>`) + block(`<h2 class="as-heading">About the gymnasium</h2>`) + block(`<span class="inline">`+councilP1+` `+councilP3+`</span>`) + `</div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP2, "What the mayor said"}, nil)
		doc, err := html.Parse(strings.NewReader(`<div><a class="block-control"><span><svg></svg></span></a><button></button></div><div><a href="/x">Next</a></div><div><a href="/x"><img src="a.png"></a></div>`))
		if err != nil {
			t.Fatal(err)
		}
		var got []bool
		for d := range doc.Descendants() {
			if d.DataAtom == atom.Div {
				got = append(got, emptyControls(d))
			}
		}
		if want := []bool{true, false, false}; !slices.Equal(got, want) {
			t.Errorf("emptyControls %v, want %v", got, want)
		}
	})
}

// blocksOf returns the blocks of a page's first <div>.
func blocksOf(t testing.TB, page string) []*block {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return blocks(find(doc, atom.Div))
}

// TestRound45 holds the rules of round 45 of issue 16, each on a small
// page of its own.
func TestRound45(t *testing.T) {
	checkRound(t, []roundCase{
		{"a box named a call-out in two words is a callout", `<article><h1>Budget approved</h1><p>` + councilP1 + `</p><div class="call-out-box"><div class="call-out-box__header">Report a pothole</div><div class="call-out-box__body"><p>Use our online form or call us any day of the week in working hours.</p></div></div><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</article>`, []string{councilP1, councilP3}, []string{"online form"}},
	})
	t.Run("a picture's caption in small print goes from the <div> that opens with the picture", func(t *testing.T) {
		var m meta
		got := pruned(t, `<div><p>`+councilP1+`</p><div style="text-align: center;"><img src="meter.jpg" alt=""><br><span style="font-size: 12px; color: gray;">The meter's screen, its off-peak reading marked by two letters.</span></div><p>`+councilP2+`</p></div>`, &m)
		if strings.Contains(got, "off-peak") || !strings.Contains(got, councilP2) {
			t.Errorf("pruned to %q", got)
		}
	})
	t.Run("a forum's post head dates the page with its month in letters and its year in two digits", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><div class="post-head"><a href="/u/1">Ann</a> <span class="stamp">Sat 08-Mar-25 09:14:02</span></div>`+councilStory+`</main>`, []string{councilP1}, nil)
		if want := time.Date(2025, 3, 8, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
		for text, ok := range map[string]bool{"Sat 08-Mar-25 09:14:02": true, "8-Mar-25 9:14": true, "08-Mar-25": false, "Sat 08-03-25 09:14": false, "08-Foo-25 09:14": false, "31-Feb-25 09:14": false, "18 Jan 25 09:42": true, "18 Jan 25": false, "18 Jan 2025 09:42": false, "Sat 18 Jan 25 09:42": false, "31 Feb 25 09:42": false, "Apr-08-02, 11:52 PM (EST)": true, "Apr-08-02, 11:52": true, "Apr-08-02, 11:52 PM and more": false, "Foo-08-02, 11:52 PM": false} {
			if _, got := hyphenDay(text); got != ok {
				t.Errorf("hyphenDay(%q) = %v, want %v", text, got, ok)
			}
		}
	})
	t.Run("a publication statement may give its hour before its author", func(t *testing.T) {
		for text, want := range map[string]time.Time{
			"Publié à 10:12 par Lucie le 09/03/2025 dans Desserts": time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC),
			"Posted at 9:05 by Ann on 4 March 2025":                time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC),
		} {
			if got, ok := statedDate(text, false); !ok || !got.Equal(want) {
				t.Errorf("statedDate(%q) = %v, %v, want %v", text, got, ok, want)
			}
		}
		if !hourOnly("Posté par Bernard @ 21:14") {
			t.Error("a statement of the hour alone is still one")
		}
	})
	t.Run("a field labelled as the first publication dates the page with its numeric day", func(t *testing.T) {
		for _, c := range []struct {
			field string
			want  bool
		}{
			{`<div class="field"><span class="label">Date de première publication</span><div class="control"><span class="value"><x-date>11/02/2025</x-date></span></div></div>`, true},
			{`<dl><dt>Published:</dt><dd>11/02/2025</dd></dl>`, true},
			{`<dl><dt>Last modified</dt><dd>11/02/2025</dd></dl>`, false},
		} {
			p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+councilStory+c.field+`</main>`, []string{councilP1}, nil)
			if want := time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC); (p.PublishedAt != nil && p.PublishedAt.Equal(want)) != c.want {
				t.Errorf("%s: published at %v, want %v: %v", c.field, p.PublishedAt, want, c.want)
			}
		}
	})
	t.Run("a QAPage's question dates the page when no answer is the page", func(t *testing.T) {
		ld := `{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Budget approved?","dateCreated":"2025-03-05T14:05:37+01:00","suggestedAnswer":[{"@type":"Answer","url":"https://forum.example/q/1#a2","dateCreated":"2025-03-05T16:48:12+01:00"}]}}`
		for url, want := range map[string]string{"https://forum.example/q/1": "2025-03-05T14:05:37+01:00", "https://forum.example/q/1#a2": "2025-03-05T16:48:12+01:00"} {
			if got := answerDate([]string{ld}, url); got != want {
				t.Errorf("answerDate(%s) = %q, want %q", url, got, want)
			}
		}
	})
	if !furnitureName("localgov-call-out-box") || furnitureName("call-outline") {
		t.Error("furnitureName: a call-out box, not a call-outline")
	}
}

// letterRows lays out a letter's paragraphs as an e-mail builder does, each
// in a row of its own, its text block a <div> in the cell of the row's table,
// every cell of one class.
func letterRows(blocks ...string) string {
	var b strings.Builder
	b.WriteString(`<table role="presentation">`)
	for _, block := range blocks {
		if block == "" {
			continue
		}
		b.WriteString(`<tr><td><table role="presentation"><tr><td class="text-cell"><div class="text-block">` + block + `</div></td></tr></table></td></tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// TestRound46 holds the rules of round 46 of issue 16, each on a small
// page of its own.
func TestRound46(t *testing.T) {
	checkRound(t, []roundCase{
		{"a letter's box coloured by its table's inline style goes", `<main><h1>Budget approved</h1>` + letterRows(append([]string{`<p>` + councilP1 + `</p>`, `<p>` + councilP2 + `</p>`,
			`<table style="background-color:#f3ead8" role="presentation"><tr><td><p style="font-weight:bold">General meeting</p><p>Saturday 12 April at 3 pm in the village hall. Agenda and proxy form attached.</p></td></tr></table>`,
			`<p>` + councilP3 + `</p>`}, strings.SplitAfter(councilMore, "</p>")...)...) + `</main>`, []string{councilP1, councilP3}, []string{"village hall", "General meeting"}},
		{"a forum post's caption in small print after its picture, between a list's items, goes", `<main><h1>Budget approved</h1><span class="postbody">` + councilP1 + `<br /><br />` + councilP2 + `<ul><li>the pool's heating</li><li>the gymnasium's roof</li><br /><br /><img src="pool.jpg" alt="Image" border="0" /><br /><span style="font-size: 10px; line-height: normal"><span style="color: gray">The pool's boiler room, before the works.</span></span><li>the clubs' grants</li></ul>` + councilP3 + `<br /><br />` + strings.ReplaceAll(councilMore, "<p>", "<br /><br />") + `</span></main>`, []string{councilP1, "the clubs' grants", councilP3}, []string{"boiler room"}},
	})
	// A forum's post head gives the year after the hour, in parentheses.
	checkDays(t, "statedDate", statedDate, map[string]string{
		"Posté le: Mar 11 Fév - 18:42 (2025)":              "2025-02-11",
		"Posted: Sun 9 March - 09:05 (2025) Post subject:": "2025-03-09",
		"Posté le: Mar 11 Fév - 18:42 (2025 ruches)":       "",
	})
	t.Run("a date alone beside a version labels a release and dates it", func(t *testing.T) {
		for label, want := range map[string]bool{
			`<div class="label"><div>March 18, 2025</div><div>v4.2</div></div>`:              true,
			`<div class="label"><span>Version 2.10.1</span> <span>18 mars 2025</span></div>`: true,
			`<div class="label"><div>March 18, 2025</div><div>Bug fixes</div></div>`:         false,
			`<div class="label"><div>18/03/2025</div><div>v4.2</div></div>`:                  false,
		} {
			p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1>`+label+councilStory+`</main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 3, 18, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want dated %v", label, p.PublishedAt, want)
			}
		}
	})
	t.Run("a standfirst without a stop that is the page's description opens the article", func(t *testing.T) {
		const dek = "Swimmers face prices of up to £4.60 a session from April after the council said it could no longer hold them"
		page := `<main><article><div class="head"><div><h1>Budget approved</h1></div></div><div class="dek"><div><p>` + dek + `</p></div></div><div class="byline"><a rel="author" href="/a">Ann Lee</a></div><div class="body"><div id="maincontent">` + councilStory + `</div></div></article></main>`
		extractHas(t, "Budget approved", `<meta name="description" content="`+dek+`">`, page, []string{dek, councilP1}, nil)
		if p := extractHas(t, "Budget approved", `<meta name="description" content="The council's budget, in short">`, page, []string{councilP1}, nil); strings.Contains(p.Body, dek) {
			t.Errorf("a standfirst without a stop that is not the description is kept:\n%s", p.Body)
		}
	})
	t.Run("a post's head may give its day with hyphens, its month in letters and a two-digit year", func(t *testing.T) {
		for stamp, want := range map[string]bool{"Sat 08-Mar-25 09:14:02": true, "08-Mar-25 9:14": true, "Sat 08-03-25 09:14": false} {
			doc, err := html.Parse(strings.NewReader(`<div class="post"><div class="bar"><a href="/u/1">Ann</a> <span class="time">` + stamp + `</span></div><p>` + councilP1 + `</p></div>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := datedHead(find(doc, atom.Div)); got != want {
				t.Errorf("datedHead with %q = %v, want %v", stamp, got, want)
			}
		}
	})
	t.Run("a thread's first post marked by a modifier, and the replies after it", func(t *testing.T) {
		modifiers := map[string]bool{"talk-post talk-post--op": true, "talk-post talk-post--first": true, "talk-post talk-post--top": false, "talk-post": false}
		checkString(t, "unmarkedFirst", func(c string) bool { return unmarkedFirst(c) == "talk-post" }, modifiers)
		post := func(class, stamp, text string) string {
			return `<div class="` + class + `"><div class="talk-post__bar"><span class="nick"><a href="/u/1">Ann</a></span> <span class="post_time">` + stamp + `</span></div><div class="talk-post__message"><p>` + text + `</p></div><div class="talk-post__actions"><a href="#q">Quote</a> <a href="#r">Report</a></div></div>`
		}
		page := `<main><div class="thread-head"><h1>Budget approved</h1></div>` + post("talk-post talk-post--op", "Sat 08-Mar-25 09:14:02", councilP1+`</p><p>`+councilP2+`</p><div class="images"><figure><img src="pool.jpg" alt=""><figcaption>The pool</figcaption></figure></div><p>`+councilP3+`</p><blockquote><p>`+councilP2+`</p></blockquote>`+councilMore+`<p>So, was the council right?`) +
			post("talk-post", "Sat 08-Mar-25 09:21:47", "Yes. Blocking the pool's heating was never an option, two winters or not. Get the grant.") +
			post("talk-post", "Sat 08-Mar-25 09:30:15", "I swim there and even I think the prices are fine. The hall is five minutes away.") + `</main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "was the council right"}, []string{"Blocking the pool", "five minutes away"})
	})
	checkRound(t, []roundCase{
		{"a story's last line that says \"next week\" gives no call to the next page", `<main><h1>Budget approved</h1>` + councilStory + `<p>The timetable for the first month will be printed in the parish magazine next week, and tickets go on sale on March 24.</p></main>`,
			[]string{councilP1, "parish magazine next week"}, nil},
	})
	checkRound(t, []roundCase{
		{"a letter's greeting in a text block of its own, of the same class as the next one's, stays", `<main><h1>Budget approved</h1><p style="font-size:12px">Letter no. 14 – March 2025</p>` +
			letterRows(append([]string{`<p>Dear members,</p>`, `<p>` + councilP1 + `</p>`, `<p>` + councilP2 + `</p>`, `<p>` + councilP3 + `</p>`}, strings.SplitAfter(councilMore, "</p>")...)...) + `</main>`,
			[]string{"Dear members,", councilP1}, nil},
	})
	checkRound(t, []roundCase{
		{"the group that signs a greeted letter, last of its text blocks, stays", `<main><h1>Budget approved</h1><table role="presentation">` +
			strings.TrimSuffix(strings.TrimPrefix(letterRows(append(append([]string{`<p>Dear members,</p>`, `<p>` + councilP1 + `</p>`, `<p>` + councilP2 + `</p>`, `<p>` + councilP3 + `</p>`}, strings.SplitAfter(councilMore, "</p>")...), `<p>For the committee, Jane Marsh, chair</p>`)...), `<table role="presentation">`), `</table>`) +
			`<tr><td style="padding:20px 30px;background-color:#4a2f12;color:#e8dccb;font-size:11px;text-align:center"><p>Friends of the Mill, 3 Weir Lane, Brault</p><p>You receive this letter because you are a member. <a href="/u">Unsubscribe</a></p></td></tr></table></main>`,
			[]string{"Dear members,", councilP1, "For the committee, Jane Marsh, chair"}, []string{"Unsubscribe"}},
	})
}

func TestRound47(t *testing.T) {
	t.Run("a thread's first post marked by \"first-post\", and the replies after it", func(t *testing.T) {
		checkString(t, "unmarkedFirst", func(c string) bool { return unmarkedFirst(c) == "post-element" }, map[string]bool{
			"post-element first-post": true, "post-element post_first": true, "post-element first-child": false, "post-element firstpost": false,
		})
		post := func(class, stamp, text string) string {
			return `<div class="` + class + `"><div class="post-author"><a href="/u/1">Ann</a></div><div class="post-wrapper"><div class="forum-post-header"><div class="forum-post-date"><a href="/p/1">` + stamp + `</a></div></div><div class="post-message"><p>` + text + `</p></div><div class="forum-post-menu"><a href="#q">Quote</a></div></div></div>`
		}
		page := `<main><h1>Budget approved</h1><div class="topic-content">` + post("post-element first-post", "6 March 2025, 7:42 pm", councilP1+` `+councilP2+`</p><p>`+councilP2+` `+councilP3+`</p><p>`+councilP3+` `+councilP1+`</p>`+councilMore+`<p>So, was the council right?`) +
			post("post-element", "7 March 2025, 9:05 am", "Yes. Blocking the pool's heating was never an option, two winters or not. Get the grant.") +
			post("post-element", "7 March 2025, 6:18 pm", "I swim there and even I think the prices are fine. The hall is five minutes away.") + `</div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "was the council right"}, []string{"Blocking the pool", "five minutes away"})
	})
	checkRound(t, []roundCase{
		{"a coloured group block whose paragraphs stand in its inner container goes", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="wp-block-group has-background" style="background-color:#eef4fb"><div class="wp-block-group__inner-container"><p><strong>A question about the works?</strong> The town hall holds an open desk every Tuesday from 5 to 6.30 pm while the works last.</p></div></div><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3}, []string{"open desk"}},
	})
	t.Run("a coloured box whose lead-in comes after an emoji is a box", func(t *testing.T) {
		for para, want := range map[string]bool{
			`💡 <strong>Tip:</strong> no printer? Choose the QR code option and the post office prints the label for you.`:    true,
			`<strong>Tip:</strong> no printer? Choose the QR code option and the post office prints the label for you.`:      true,
			`So <strong>remember</strong> the pool's heating is paid for out of the clubs' grant this year, and the hall's.`: false,
			`1. <strong>Tip:</strong> no printer? Choose the QR code option and the post office prints the label for you.`:   false,
		} {
			box := lastOf(t, `<main><h1>Budget approved</h1><p>`+councilP1+`</p><div style="background-color: rgb(241, 246, 255); border-radius: 8px"><p>`+para+`</p></div><p>`+councilP3+`</p></main>`, atom.Div)
			if got := styledBox(box); got != want {
				t.Errorf("styledBox with %q = %v, want %v", para, got, want)
			}
		}
	})
	t.Run("a caption in the smallest <font> under a centred picture goes", func(t *testing.T) {
		for size, want := range map[string]bool{"1": true, "-2": true, "2": false, "3": false} {
			doc, err := html.Parse(strings.NewReader(`<div class="postbody">` + councilP1 + `<br /><br /><center><img src="pool.jpg" border="0" alt="" /><br /><font size="` + size + `" color="#808080">The pool's boiler room, before the works.</font></center><br /><br />` + councilP3 + `</div>`))
			if err != nil {
				t.Fatal(err)
			}
			center := find(doc, atom.Center)
			dropLineCaption(find(center, atom.Img), &meta{})
			if got := !strings.Contains(textOf(center), "boiler room"); got != want {
				t.Errorf("size %q: caption dropped %v, want %v", size, got, want)
			}
		}
	})
	t.Run("a letter's caption cell in small type under its picture's row is a caption", func(t *testing.T) {
		row := func(style, content string) string {
			return `<tr><td class="mj-text" style="padding: 0 32px; ` + style + `">` + content + `</td></tr>`
		}
		const caption = "The pool's boiler room, before the works."
		for last, want := range map[string]bool{
			row("font-size: 12px; color: #8c8c8c", caption):                                                             true,
			row("font-size: 15px; color: #3b3b3b", caption):                                                             false,
			row("font-size: 12px; color: #8c8c8c", `<p>`+caption+`</p>`):                                                false,
			`<tr><td style="font-size: 12px">` + caption + `</td><td style="font-size: 12px">` + caption + `</td></tr>`: false,
		} {
			page := `<table role="presentation">` + row("font-size: 15px", `<p>`+councilP1+`</p>`) + `<tr><td class="mj-image" align="center"><img src="pool.jpg" width="536" alt=""></td></tr>` + last + `</table>`
			if got := captionCell(lastOf(t, page, atom.Td)); got != want {
				t.Errorf("captionCell of %s = %v, want %v", last, got, want)
			}
		}
	})
	t.Run("a post head's day with its hour, indented by its template, dates the page before a reply's", func(t *testing.T) {
		indent := "\n" + strings.Repeat(" ", 20)
		for head, want := range map[string]string{
			indent + "03 février 2025 18:42" + indent:                                      "2025-02-03",
			indent + "March 3, 2025, 4:12 pm" + indent:                                     "2025-03-03",
			indent + "Inscrit le: 03 février 2025 avec 488 messages sur le forum" + indent: "2025-02-04",
		} {
			d, ok := timedDay([]string{head, "04 février 2025 08:15"}, false)
			if got := d.Format("2006-01-02"); !ok || got != want {
				t.Errorf("timedDay with %q = %s %v, want %s", head, got, ok, want)
			}
		}
	})
	// A weekday and its comma before a month written first.
	checkDays(t, "updateDate", func(text string, monthFirst bool) (time.Time, bool) { return updateDate([]string{text}, monthFirst) }, map[string]string{
		"Last Updated Monday, March 3, 2025, 4:12 pm": "2025-03-03",
		"Last Updated March 3, 2025":                  "2025-03-03",
		"Last Updated Monday March 3, 2025":           "",
	})
	checkDays(t, "statedDate", statedDate, map[string]string{
		"Posted on Monday, March 3, 2025": "2025-03-03",
	})
	t.Run("a page whose <title> is its logo's name is titled by its headline's box", func(t *testing.T) {
		for logo, want := range map[string]string{
			"Town Help Desk": "How do I book the sports hall?",
			"Town hall":      "Town Help Desk",
			"":               "Town Help Desk",
		} {
			page := `<div id="header"><a id="logo" href="/index.php"><img src="/logo.php" alt="` + logo + `"></a></div><div class="faq-content"><div class="breadcrumbs"><a href="/kb">All Categories</a></div><div class="article-title flush-left">How do I book the sports hall?</div><div class="faded">Last Updated March 3, 2025</div><div class="thread-body">` + councilStory + `</div></div>`
			if p := extractHas(t, "Town Help Desk", "", page, []string{councilP1}, nil); p.Title != want {
				t.Errorf("logo %q: title %q, want %q", logo, p.Title, want)
			}
		}
	})
	t.Run("a forum's quotation label, the word alone, is furniture", func(t *testing.T) {
		const said = "A budget is a promise you make to the town."
		for quote, want := range map[string]bool{
			`<blockquote class="bbcode"><div><small>Citation</small><br />` + said + `</div></blockquote>`:                                                  true,
			`<blockquote class="bbcode"><div><small>Citation</small> of the week<br />` + said + `</div></blockquote>`:                                      false,
			`<blockquote class="bbcode"><div><small>Budget</small><br />` + said + `</div></blockquote>`:                                                    false,
			`<table width="90%" border="0"><tr><td><span class="genmed"><b>Quote:</b></span></td></tr><tr><td class="quote">` + said + `</td></tr></table>`: true,
			`<table width="90%" border="0"><tr><td><span class="genmed"><b>Quote:</b></span></td></tr><tr><td class="cell">` + said + `</td></tr></table>`:  false,
		} {
			doc, err := html.Parse(strings.NewReader(`<div class="message-body">` + councilP1 + `<br /><br />` + quote + `</div>`))
			if err != nil {
				t.Fatal(err)
			}
			label := find(doc, atom.Small)
			if label == nil {
				label = find(doc, atom.Tr)
			}
			if got := quoteWordLabel(label); got != want {
				t.Errorf("quoteWordLabel in %s = %v, want %v", quote, got, want)
			}
		}
	})
}

func TestRound48(t *testing.T) {
	t.Run("a French publication statement whose capital goes without its accent", func(t *testing.T) {
		for text, want := range map[string]string{
			"Ecrit par Commission Patrimoine le 12/03/2025 - 18:40": "2025-03-12",
			"Ecrite par Lucie le 9 mars 2025":                       "2025-03-09",
		} {
			if got, ok := statedDate(text, false); !ok || got.Format("2006-01-02") != want {
				t.Errorf("statedDate(%q) = %v, %v, want %s", text, got, ok, want)
			}
		}
	})
	t.Run("a script in an element named for a date gives its time in milliseconds", func(t *testing.T) {
		checkDated(t, time.Date(2025, 3, 9, 19, 42, 0, 0, time.UTC), map[string]bool{
			`<main><h1>Budget approved</h1><div class="post"><span class="post-date"><span id="d1741549320000-512"></span><script type="text/javascript">Forum.get('d1741549320000-512').innerHTML = Forum.formatDate(new Date(1741549320000));</script></span><div class="message">` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</div></div></main>`:   true,
			`<main><h1>Budget approved</h1><div class="post"><span class="post-author"><span id="d1741549320000-512"></span><script type="text/javascript">Forum.get('d1741549320000-512').innerHTML = Forum.formatDate(new Date(1741549320000));</script></span><div class="message">` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</div></div></main>`: false,
		})
	})
	checkRound(t, []roundCase{
		{"a box that an emoji opens in a block of its own, its text beside it, goes", `<main><h1>Budget approved</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="x-flex x-rounded-lg x-border"><div class="x-pl-3"><div class="x-select-none x-text-xl">⚠️</div></div><div class="x-w-full"><div><p>The pool stays closed during the works. Swimmers may use the hall in Bréval until they end.</p></div></div></div><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3}, []string{"pool stays closed"}},
		{"an emoji that opens the paragraph itself, not a block of its own, stays", `<main><h1>Budget approved</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="x-flex"><div class="x-w-full"><div><p>⚠️ The pool stays closed during the works. Swimmers may use the hall in Bréval until they end.</p></div></div></div><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "pool stays closed"}, nil},
	})
}

// cellRows writes each block as the row of an e-mail's layout table, one
// cell a block, as AWeber, GetResponse and Mautic write a letter.
func cellRows(blocks ...string) string {
	var b strings.Builder
	b.WriteString(`<table width="600" cellpadding="0" cellspacing="0" border="0">`)
	for _, block := range blocks {
		b.WriteString(`<tr><td style="padding:0 30px 14px 30px;font-family:Georgia,serif;font-size:16px;color:#333333;">` + block + `</td></tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// tintedRows writes each block as the row of an e-mail's layout table, as
// cellRows does, the cell of a block that opens with "!" tinted.
func tintedRows(blocks ...string) string {
	var b strings.Builder
	b.WriteString(`<table width="600" cellpadding="0" cellspacing="0" border="0">`)
	for _, block := range blocks {
		if tint, ok := strings.CutPrefix(block, "!"); ok {
			b.WriteString(`<tr><td style="padding:16px 30px;background:#fdf3d8">` + tint + `</td></tr>`)
			continue
		}
		b.WriteString(`<tr><td style="padding:0 30px">` + block + `</td></tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

func TestRound49(t *testing.T) {
	t.Run("a publication verb whose first letter is accented, and none inside a word", func(t *testing.T) {
		for text, want := range map[string]string{
			"Écrit par Lucie le 9 mars 2025":                       "2025-03-09",
			"écrite le 1er mai 2025":                               "2025-05-01",
			"Le guide décrit le 3 mars 2025 comme un jour de fête": "",
		} {
			got, ok := statedDate(text, false)
			if want == "" && ok || want != "" && (!ok || got.Format("2006-01-02") != want) {
				t.Errorf("statedDate(%q) = %v, %v, want %q", text, got, ok, want)
			}
		}
	})
	const swap = `<p style="margin:0"><b>Seed swap</b> on Saturday 17 May, from 10 to 12, in front of the town hall.</p>`
	const pool = `The new pool hall in March, before its opening: the builders finished the roof and the tiles a week early, the heating was tested twice, and the first swimmers from the clubs tried the water on Sunday.`
	picture := `<img src="https://letters.example/pool.jpg" width="540" alt="">`
	t.Run("a <title> whose site's name goes before a '::' separator, the headline holding a colon", func(t *testing.T) {
		checkTitles(t, func(title string) (string, string, string) {
			return title, "", `<table><tr><td class="pn-title"><b>Budget approved : the vote</b></td></tr><tr><td class="pn-normal">` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</td></tr></table>`
		}, map[string]string{
			"Bréval town council :: Budget approved : the vote": "Budget approved : the vote",
		})
	})
	t.Run("a letter's archive bar says when it was sent", func(t *testing.T) {
		bar := func(line string) string {
			return `<div class="archive-bar"><a href="/archive">Archive</a> · <a href="/join">Subscribe</a> · <span>` + line + `</span></div>` + cellRows(`<h1>Budget approved</h1>`, `<p>`+councilP1+`</p>`, `<p>`+councilP2+`</p>`, `<p>`+councilP3+`</p>`)
		}
		checkDated(t, time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC), map[string]bool{
			bar("Sent 19 June 2025"):                true,
			bar("Le maire présent le 19 juin 2025"): false,
		})
	})
	checkRound(t, []roundCase{
		{"a line in small type alone after the picture in its box goes", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, picture+`<p style="margin:6px 0 0 0;font-size:13px;color:#888888;">`+pool+`</p>`, `<p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:]),
			[]string{councilP1, councilP3}, []string{"pool hall in March"}},
		{"so does a <div> in small type", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, picture+`<div style="font-size:12px;color:#777;">`+pool+`</div>`, `<p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:]),
			[]string{councilP1, councilP3}, []string{"pool hall in March"}},
		{"a paragraph in the text's type after the picture stays", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, picture+`<p style="margin:6px 0 0 0;">`+pool+`</p>`, `<p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:]),
			[]string{councilP1, councilP3, "pool hall in March"}, nil},
		{"a line in small type followed by another block in the box stays", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, picture+`<p style="font-size:13px;">`+pool+`</p><p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:]),
			[]string{councilP1, councilP3, "pool hall in March"}, nil},
		{"a row of a letter tinted among rows that are not, opening with a lead-in in bold, goes", `<h1>Budget approved</h1>` + tintedRows(`<p>`+councilP1+`</p>`, `<p>`+councilP2+`</p>`, "!"+swap, `<p>`+councilP3+`</p>`, councilMore),
			[]string{councilP1, councilP2, councilP3}, []string{"Seed swap"}},
		{"the same row untinted stays", `<h1>Budget approved</h1>` + tintedRows(`<p>`+councilP1+`</p>`, `<p>`+councilP2+`</p>`, swap, `<p>`+councilP3+`</p>`, councilMore),
			[]string{councilP1, councilP3, "Seed swap"}, nil},
		{"a row tinted as the row before it is stays", `<h1>Budget approved</h1>` + tintedRows(`<p>`+councilP1+`</p>`, `!<p>`+councilP2+`</p>`, "!"+swap, `<p>`+councilP3+`</p>`, councilMore),
			[]string{councilP1, councilP3, "Seed swap"}, nil},
		{"a letter's first paragraph that opens with a greeting and a comma stays, its sentence going on after it", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">Hello, and welcome to the winter issue of the Bréval council newsletter.</p>`, `<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, `<p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:]),
			[]string{"Hello, and welcome", councilP1, councilP3}, nil},
		{"a letter's closing formula over a signature that names a group first stays", `<h1>Budget approved</h1>` + cellRows(`<p style="margin:0;">`+councilP1+`</p>`, `<p style="margin:0;">`+councilP2+`</p>`, `<p style="margin:0;">`+councilP3+`</p>`, `<p style="margin:0;">`+councilMore[3:], `<p style="margin:0;">Bonne lecture à tous,</p>`, `<p style="margin:0;">L'équipe de la mairie de Bréval</p>`),
			[]string{"Bonne lecture à tous,", councilP1, councilP3}, nil},
		{"a question in bold to the reader, answered in a sentence, alone among the paragraphs, goes", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><strong>Could you not come to the meeting?</strong> The budget's papers are open to all at the town hall.</p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"papers are open"}},
		{"a question in bold that does not address the reader stays", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><strong>Why the delay?</strong> The budget's papers reached the council late.</p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "papers reached"}, nil},
		{"questions in bold in a row stay", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><strong>Could you not come to the meeting?</strong> The budget's papers are open to all at the town hall.</p><p><strong>Will your pool prices change?</strong> No, the mayor said pool prices would stay the same.</p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "papers are open", "the mayor said pool prices"}, nil},
		{"a box with a background that a short heading opens goes", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><ul><li>` + councilP2 + `</li></ul>` + groupBox(`wp-block-group has-light-gray-background-color has-background`, `Pool prices`) + `<p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"Local families will pay"}},
		{"the same box without a background stays", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><ul><li>` + councilP2 + `</li></ul>` + groupBox(`wp-block-group`, `Pool prices`) + `<p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "Local families will pay"}, nil},
		{"a box with a background whose heading is a sentence stays", `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><ul><li>` + councilP2 + `</li></ul>` + groupBox(`wp-block-group has-light-gray-background-color has-background`, `Pool prices stay the same this winter.`) + `<p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "Local families will pay"}, nil},
	})
}

// groupBox writes WordPress's group block of the given classes: a heading
// and a sentence on the story's topic.
func groupBox(class, heading string) string {
	return `<div class="` + class + `"><div class="wp-block-group__inner-container"><h3 class="wp-block-heading">` + heading + `</h3><p>Local families will pay the same pool prices this winter, the mayor said.</p></div></div>`
}

func TestRound50(t *testing.T) {
	// footed writes a letter as Adobe Campaign's mirror page does, each
	// paragraph the text of a row's cell, and its last row the given
	// footer cell.
	footed := func(footer string) string {
		var b strings.Builder
		b.WriteString(`<table width="600" cellpadding="0" cellspacing="0" border="0">`)
		b.WriteString(`<tr><td style="font-size:24px;font-weight:bold;">Budget approved</td></tr>`)
		more := strings.Split(strings.TrimSuffix(strings.TrimPrefix(councilMore, "<p>"), "</p>"), "</p><p>")
		for _, p := range append([]string{councilP1, councilP2, councilP3}, more...) {
			b.WriteString(`<tr><td style="padding:0 30px 14px 30px;font-size:15px;color:#333333;">` + p + `</td></tr>`)
		}
		b.WriteString(footer + `</table>`)
		return b.String()
	}
	t.Run("a forum post head's day between guillemets, its label in bold", func(t *testing.T) {
		head := func(line string) string {
			return `<table><tr><td class="windowbg"><div class="small"><b>Budget approved</b><br />` + line + `</div><hr /><div class="message">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `</div></td></tr></table>`
		}
		checkDated(t, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), map[string]bool{
			head(`&laquo; <b>on:</b> Mar 12th, 2025 at 8:14pm &raquo;`):    true,
			head(`&laquo; <b>on:</b> Mar 12th, 2025 at 8:14pm &raquo; `):   true,
			head(`&laquo; <b>on:</b> Mar 12th, 2025 at 8:14pm, 3 &raquo;`): false,
		})
	})
	t.Run("a <title> with a colon that a line in bold shows whole is the headline", func(t *testing.T) {
		checkTitles(t, func(subject string) (string, string, string) {
			return "Budget approved: the vote after three hours", "", `<table><tr><td class="windowbg"><div class="small">` + subject + `<br />&laquo; <b>on:</b> Mar 12th, 2025 at 8:14pm &raquo;</div><hr /><div class="message">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `</div></td></tr></table>`
		}, map[string]string{
			"<b>Budget approved: the vote after three hours</b>": "Budget approved: the vote after three hours",
			"<b>Re: the vote after three hours</b>":              "the vote after three hours",
			"Budget approved: the vote after three hours":        "the vote after three hours",
		})
	})
	// blockTables writes each block as The Newsletter Plugin's web view
	// does, a table of one cell to each.
	blockTables := func(blocks ...string) string {
		var b strings.Builder
		b.WriteString(`<table width="600"><tr><td>`)
		for _, block := range blocks {
			b.WriteString(`<table width="100%" class="tnpc-row"><tr><td class="edit-block" style="padding:6px 20px;">` + block + `</td></tr></table>`)
		}
		b.WriteString(`</td></tr></table>`)
		return b.String()
	}
	councilLetter := []string{`<h1>Budget approved</h1>`, `<p>Dear members,</p>`, `<p>` + councilP1 + `</p>`, `<p>` + councilP2 + `</p>`, `<p>` + councilP3 + `</p>`}
	signed := func(closing string, after ...string) string {
		return blockTables(append(append(slices.Clone(councilLetter), `<p>`+closing+`</p>`, `<p>Anne Marsh, chair of the Bréval residents' association</p>`), after...)...)
	}
	t.Run("a letter's <title> that is its issue, over a headline in a cell of large bold type", func(t *testing.T) {
		checkTitles(t, func(title string) (string, string, string) {
			return title, "", `<table width="600"><tr><td style="padding:26px 30px;font-size:24px;line-height:30px;font-weight:bold;color:#1f3d37;">Budget approved after three hours of debate</td></tr><tr><td style="font-size:15px;">` + councilP1 + `</td></tr><tr><td style="font-size:15px;">` + councilP2 + `</td></tr><tr><td style="font-size:15px;">` + councilP3 + `</td></tr></table>`
		}, map[string]string{
			"Lettre des adhérents n° 58": "Budget approved after three hours of debate",
			"Bréval council news":        "Bréval council news",
		})
	})
	t.Run("a letter's issue named over its day, a line break between", func(t *testing.T) {
		issue := func(line string) string {
			return `<table width="600"><tr><td style="font-size:12px;color:#ffffff;">` + line + `</td></tr><tr><td style="padding:26px 30px;font-size:24px;font-weight:bold;">Budget approved after three hours of debate</td></tr><tr><td style="font-size:15px;">` + councilP1 + `</td></tr><tr><td style="font-size:15px;">` + councilP2 + `</td></tr><tr><td style="font-size:15px;">` + councilP3 + `</td></tr></table>`
		}
		checkDatedPages(t, time.Date(2025, 3, 13, 0, 0, 0, 0, time.UTC), map[string]bool{
			issue(`Lettre des adhérents n° 58<br />13 mars 2025`): true,
			issue(`Members' letter no. 58<br />13 March 2025`):    true,
			issue(`Members' letter<br />13 March 2025`):           false,
		}, func(page string) (string, string) { return "", page })
	})
	const legal = `Bréval Mutual Society, a mutual governed by the Mutual Societies Code. 14 Tanners Street, Bréval.`
	const why = `You receive this message as a member. To stop receiving the members' letter, <a href="https://mail.example/unsub">click here</a>.`
	checkRound(t, []roundCase{
		{"a mail's footer in small type, its lines between <br>s, the last with its link, the letter's last row, goes", footed(`<tr><td style="padding:18px 30px;font-size:11px;color:#7a7a7a;">` + legal + `<br />` + why + `</td></tr>`),
			[]string{councilP1, councilP3}, []string{"Tanners Street", "You receive this message"}},
		{"a letter's closing formula after a thanks, over its signature, a short agenda under them, stays", signed(`Thank you for your help and your books. See you soon,`, `<p><b>Coming up</b></p><p>Tuesday 13 May, 6 pm: general meeting<br>Saturday 7 June: readings in the park</p>`),
			[]string{councilP1, "See you soon,", "Anne Marsh"}, nil},
		{"and with nothing under them", signed(`Thank you for your help and your books. See you soon,`),
			[]string{councilP1, "See you soon,", "Anne Marsh"}, nil},
		{"the same lines under a paragraph that ends with a stop go", signed(`Thank you for your help and your books. See you soon,`, `<p>The agenda of the general meeting is on the association's notice board, by the town hall's door.</p>`),
			[]string{councilP1}, []string{"See you soon,"}},
		{"a tinted box with a lead-in in bold, alone in its block of an e-mail's layout after a paragraph's block, goes", blockTables(append(slices.Clone(councilLetter[:4]), `<div style="background-color:#e8f0f8;padding:14px 18px;"><strong>Book drop</strong>: on Friday 25 April, from 2 pm to 7 pm, in the hall across from the library. No encyclopaedias or school books, thank you.</div>`, `<p>`+councilP3+`</p>`)...),
			[]string{councilP1, councilP2, councilP3}, []string{"Book drop"}},
		{"the same box untinted stays", blockTables(append(slices.Clone(councilLetter[:4]), `<div style="padding:14px 18px;"><strong>Book drop</strong>: on Friday 25 April, from 2 pm to 7 pm, in the hall across from the library. No encyclopaedias or school books, thank you.</div>`, `<p>`+councilP3+`</p>`)...),
			[]string{councilP1, councilP3, "Book drop"}, nil},
		{"a shop theme's widget area named \"below-content\" after the post is furniture", `<div id="content"><main><article><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div></article></main></div><div class="below-content"><div class="col-full"><div class="textwidget"><p><strong>Visit the town hall:</strong> Tuesday to Saturday, 10am to 5pm. Council meetings every second Thursday evening.</p></div></div></div>`,
			[]string{councilP1, councilP3}, []string{"Visit the town hall"}},
		{"the same lines in the text's type stay", footed(`<tr><td style="padding:18px 30px;font-size:15px;color:#333333;">` + legal + `<br />` + why + `</td></tr>`),
			[]string{councilP1, councilP3, "Tanners Street"}, nil},
	})
}

func TestRound51(t *testing.T) {
	// ruledPage writes a hand-made page's text under its trail, the given
	// line and a date line, each centred in a block of its own, and a rule,
	// each paragraph in a font of the text's size, its subheadings lines
	// in bold.
	ruledPage := func(line string) string {
		return `<table width="760"><tr><td width="600"><p><font size="1"><a href="/">Home</a> &gt; <a href="/news">News</a></font></p>` + line + `<p></p><center><font size="2"><i>Compte rendu publié le 12 mars 2025</i></font></center><hr>` + strings.ReplaceAll(strings.ReplaceAll(`<p>`+councilP1+`</p><p>`+councilP2+`</p><p><b>The gymnasium</b></p><p>`+councilP3+`</p><p><b>The pool</b></p>`+councilMore, `<p>`, `<p><font face="Arial, Helvetica" size="2">`), `</p>`, `</font></p>`) + `</td></tr></table>`
	}
	// wikiTopic writes a TWiki topic signed by its author, then a heading
	// and a list of one item that ends with the given line.
	wikiTopic := func(signed string) string {
		return `<div class="patternTopic"><h1>Budget approved</h1>` + councilStory + `<p>-- <a href="/twiki/bin/view/Main/AnneMarsh" class="twikiLink">AnneMarsh</a> - 04 Mar 2025</p><h3><a name="Questions"></a> Questions </h3><ul><li> Will the pool close during the works on the gymnasium next spring? ` + signed + `</li></ul></div>`
	}
	// postHead writes a forum topic's first post as YaBB does, its
	// author's card in a cell beside the post's, the post's head (the
	// thread's subject, the day) then a rule over its message, whose
	// subheadings are lines in bold.
	// quoted writes a forum post whose quotation is a <div> of the given
	// class, its label a <div> of its own, the quoted text after it.
	quoted := func(class string) string {
		return `<table><tr><td class="windowbg"><div class="message">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />The mayor answered the opposition in one sentence:<br /><br /><div class="` + class + `"><div class="quotetitle">Quote:</div>It is the town that pays for the pool, and the town that will decide what it costs to swim there.</div><br />` + councilP3 + `<br /><br />` + strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(councilMore, "<p>"), "</p>"), "</p><p>", "<br /><br />") + `</div></td></tr></table>`
	}
	const noteBox = `<div style="background-color: #fff8e1; border: 1px solid #f0c36d; padding: 10px 14px;"><strong>Note:</strong> Works on the pool cannot start before the gymnasium's are done. See <a href="/restricted">Restricted items</a>.</div>`
	const consent = `<p>We value your privacy. We and our partners store and access information on a device, such as cookies, and process personal data.</p><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button>`
	t.Run("a site's name in large type beside its logo, the <title>'s last part, is not the headline's line", func(t *testing.T) {
		checkTitles(t, func(banner string) (string, string, string) {
			return "Budget approved 2025 - Bréval Residents' Association", "", `<table width="760"><tr><td>` + banner + `</td></tr><tr><td><p><font size="5"><b>Budget approved after three hours of debate</b></font></p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		}, map[string]string{
			`<img src="logo.gif" alt="Logo"><font size="6"><b>Bréval Residents' Association</b></font>`:                                      "Budget approved after three hours of debate",
			`<img src="logo.gif" alt="Logo"> <font size="6"><b>Bréval Residents' Association</b></font><br><font size="2">Since 1978</font>`: "Budget approved after three hours of debate",
		})
	})
	t.Run("a forum post's head, the thread's subject and the post's day over a rule, after its author's card, goes", func(t *testing.T) {
		// The article as Readability gives it for a YaBB topic: the
		// author's card, then the post's cell, its head over a rule.
		const subject = "Budget approved: the vote after three hours of debate"
		for rule, gone := range map[string]bool{`<br /><hr class="hr" size="1" />`: true, `<br />`: false} {
			doc, err := html.Parse(strings.NewReader(`<div id="readability-page-1"><div><div class="card"><a name="0"></a><b>Anne Marsh</b><br /><span class="small">Senior Member<p>Offline</p><p>Posts: 1208<br />Bréval</p></span></div><div class="post"><p class="small"><img src="xx.gif" alt="" /> <b>` + subject + `</b><br />&laquo; <b>on:</b> Mar 12th, 2025 at 8:14pm &raquo;</p>` + rule + `<div class="message">` + councilStory + `</div></div></div></div>`))
			if err != nil {
				t.Fatal(err)
			}
			n := find(doc, atom.Div)
			dropRuledHead(n, subject)
			text := textOf(n)
			if strings.Contains(text, "Mar 12th") == gone || !strings.Contains(text, councilP1) || !strings.Contains(text, "Anne Marsh") {
				t.Errorf("rule %q: head gone %v, want %v:\n%s", rule, !strings.Contains(text, "Mar 12th"), gone, text)
			}
		}
	})
	t.Run("a forum's reply cell, its head in bold \"Re: \" and the thread's subject", func(t *testing.T) {
		cell := func(subject string) string {
			return `<table><tr><td class="windowbg2"><div class="small"><b>` + subject + `</b><br />&laquo; <b>Reply #1 -</b> Mar 13th, 2025 at 7:02am &raquo;</div><hr /><div class="message">Great news for the clubs. I would add that the car park by the pool needs new lights too.</div></td></tr></table>`
		}
		checkFound(t, "replyCell", atom.Td, func(n *html.Node) bool { return replyCell(n, "Budget approved") }, map[string]bool{
			cell("Re: Budget approved"):   true,
			cell("Re:  Budget  approved"): true,
			cell("Re: Pool prices"):       false,
			cell("Budget approved"):       false,
		})
	})
	checkRound(t, []roundCase{
		{"a consent platform's box named with its version over the page goes", `<div class="qc-cmp2-container"><div class="qc-cmp2-summary-info">` + consent + `</div></div><div id="main"><article><h1>Budget approved</h1><div id="article-body">` + councilStory + `</div></article></div>`,
			[]string{councilP1, councilP3}, []string{"We value your privacy"}},
		{"a tinted box with a lead-in in bold right under a subheading after a paragraph goes", `<div class="kbarticletext"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h3>Step 3: the gymnasium</h3>` + noteBox + `<p>` + councilP3 + `</p>` + councilMore + `</div>`,
			[]string{councilP1, councilP2, councilP3, "Step 3: the gymnasium"}, []string{"Note:", "Restricted items"}},
		{"a text's first lines in blocks of their own, the headline one of them, over a rule go", ruledPage(`<center><font size="5"><b>Budget approved</b></font></center>`),
			[]string{councilP1, councilP3}, []string{"Compte rendu", "Home"}},
		{"and stay with no headline among them", ruledPage(`<center><font size="5"><b>Council news</b></font></center>`),
			[]string{councilP1, councilP3, "Compte rendu"}, nil},
		{"a topic's questions, each an item signed as a wiki signs, go with their heading", wikiTopic(`-- <a href="/twiki/bin/view/Main/PeterOduya" class="twikiLink">PeterOduya</a> - 11 Mar 2025`),
			[]string{councilP1, councilP3, "Clubs will learn in March"}, []string{"Questions", "Will the pool close", "PeterOduya"}},
		{"items that end with a name and a day without the signature's dashes stay", wikiTopic(`(<a href="/twiki/bin/view/Main/PeterOduya" class="twikiLink">PeterOduya</a>) - 11 Mar 2025`),
			[]string{councilP1, councilP3, "Questions", "Will the pool close"}, nil},
		{"a letter's closing formula over a signature for the group its signer signs for stays", `<table width="600"><tr><td class="content"><h1>Budget approved</h1><p>Dear members,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Thank you all for keeping the hall open. See you soon in the gardens,</p><p>For the committee, Anne Marsh</p></td></tr></table>`,
			[]string{councilP1, "See you soon in the gardens,", "For the committee, Anne Marsh"}, nil},
		{"a quotation's label in a <div> of its own atop a <div> whose class is the quotation's goes, the quoted text stays", quoted("quote"),
			[]string{councilP1, councilP3, "It is the town that pays"}, []string{"Quote:"}},
		{"and stays atop a <div> of another class", quoted("box"),
			[]string{councilP1, councilP3, "It is the town that pays", "Quote:"}, nil},
		{"an author's last line in the first person, shorter than a sentence, stays", `<table><tr><td class="windowbg"><div class="message">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `<br /><br />Happy to answer questions, and do add what I have missed.<br /><br /></div></td></tr></table>`,
			[]string{councilP1, councilP3, "Happy to answer questions"}, nil},
		{"the same box under a subheading that opens the text stays", `<div class="kbarticletext"><h3>Step 3: the gymnasium</h3>` + noteBox + `<p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div>`,
			[]string{councilP1, councilP3, "Note:"}, nil},
	})
}

// TestRound52 holds the rules of round 52 of issue 16, each on a small
// page that fails without it.
func TestRound52(t *testing.T) {
	// trixPost writes a community post as Trix writes it, one <div> to a
	// paragraph, its subheadings <h1>s, the section under the first one a
	// <div> that a '<br><br>' cuts in two, in the given element.
	const cost = `Replacing the old boiler cost the town £140,000 last year, and that is money the clubs would rather see spent on the pool.`
	trixPost := func(open, close string) string {
		return `<div class="post__content"><h1 class="post__title">Budget approved</h1><div class="post__body"><div class="trix-content"><div>` + councilP1 + `</div><h1>Why the budget changes</h1>` + open + councilP2 + `<br><br>` + cost + close + `<h1>The pool</h1><div>` + councilP3 + `</div><div>The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.</div></div></div></div>`
	}
	// rowLetter writes a letter as SendPulse lays it out, a row of its
	// table to each block, the given box alone in a row after the second
	// paragraph.
	rowLetter := func(box string) string {
		row := func(p string) string {
			return `<tr><td class="content-cell" style="padding:0 30px 12px 30px"><div style="font-size:15px"><p style="margin:0">` + p + `</p></div></td></tr>`
		}
		return `<table width="600"><tr><td class="content-cell"><h1>Budget approved</h1></td></tr>` + row(councilP1) + row(councilP2) + `<tr><td class="content-cell" style="padding:0 30px 14px 30px">` + box + `</td></tr>` + row(councilP3) + row("The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.") + `</table>`
	}
	hint := `<blockquote class="book-hint warning"><p><strong>Probe batteries.</strong> If the display is faint, spare batteries are in the tin on the top shelf of the cupboard.</p></blockquote>`
	checkRound(t, []roundCase{
		{"a Hugo Book theme's hint among the text goes", `<main><article class="markdown book-article"><h1>Budget approved</h1><p>` + councilP1 + `</p><h2>The pool</h2>` + hint + `<p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</article></main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"Probe batteries"}},
		{"a heading over the text, the headline after its day in a <span> whose class names a date, goes", `<article class="post"><div class="post_text"><h2 class="entry_title"><span class="date entry_date updated">12 Mar</span> Budget approved</h2>` + councilStory + `</div></article>`,
			[]string{councilP1, councilP3}, []string{"12 Mar"}},
		{"and stays when the span's class names no date", `<article class="post"><div class="post_text"><h2 class="entry_title"><span class="label">12 Mar</span> Budget approved</h2>` + councilStory + `</div></article>`,
			[]string{councilP1, councilP3, "12 Mar"}, nil},
		{"a post's paragraph <div> that a '<br><br>' cuts in two, among <div> paragraphs, is the story's", trixPost(`<div>`, `</div>`),
			[]string{councilP1, "Why the budget changes", councilP2, cost, councilP3}, nil},
	})
	t.Run("an ISO 8601 time whose offset has no colon is an instant", func(t *testing.T) {
		instant := func(s string) string {
			if tm, ok := parseTime(s); ok && tm.Hour() != 0 {
				return tm.Format(time.RFC3339)
			}
			return ""
		}
		checkMapped(t, "parseTime", instant, map[string]string{
			"2025-04-07T18:22:10+0000": "2025-04-07T18:22:10Z",
			"2025-04-07T18:22:10-0430": "2025-04-07T18:22:10-04:30",
			"2025-04-07T18:22:10+00":   "",
			"2025-04-07T18:22:10 0000": "",
		})
	})
	t.Run("a <title> that is only the site's name, as its logo's alt gives it, gives way to the page's one <h1>", func(t *testing.T) {
		checkTitles(t, func(alt string) (string, string, string) {
			return "Bréval Residents' Association", "", `<div id="header"><a href="/"><img src="logo.png" alt="` + alt + `"></a></div><div id="content"><h1>Budget approved after three hours of debate</h1>` + councilStory + `</div>`
		}, map[string]string{
			"Bréval Residents' Association": "Budget approved after three hours of debate",
			"Home":                          "Bréval Residents' Association",
		})
	})
	t.Run("a letter's line over its headline that numbers its issue 'du' a day dates it", func(t *testing.T) {
		checkString(t, "issueDay", issueDay, map[string]string{
			"Lettre n° 18 du 14 mars 2025 - ":              "14 mars 2025",
			"Lettre n° 18 du 14 mars 2025 - Voir en ligne": "14 mars 2025",
			"Issue 12 of 3 April 2025 · View online":       "3 April 2025",
			"Lettre n° 18 du marché - 14 mars 2025":        "14 mars 2025",
			"Réunion du 14 mars 2025 - compte rendu":       "",
		})
		p := extractHas(t, "Les Amis du Parc", "", `<table><tr><td>Lettre n° 18 du 14 mars 2025 - <a href="/v">Si ce message ne s'affiche pas correctement, cliquez ici</a></td></tr><tr><td><h1>Budget approved after three hours</h1>`+councilStory+`</td></tr></table>`, []string{councilP1}, nil)
		if want := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a hint box, 'hint' beside a notice's kind in its class, is an admonition", func(t *testing.T) {
		checkString(t, "admonition", admonition, map[string]bool{
			"book-hint warning": true,
			"hint info":         true,
			"book-hint":         false,
			"hint-text":         false,
			"warning":           false,
			"admonition note":   true,
		})
	})
	t.Run("a call to action named in three words joined by underscores is furniture", func(t *testing.T) {
		checkString(t, "furnitureName", furnitureName, map[string]bool{
			"call_to_action normal": true,
			"call_to_action_text":   true,
			"call_to_order":         false,
			"phone_call":            false,
		})
	})
	t.Run("a tinted table alone in a row of a letter's layout, a lead-in in bold, after a row of text, is a box set among the text", func(t *testing.T) {
		for box, want := range map[string]bool{
			`<table width="100%"><tr><td style="background-color:#e6f4ec;padding:14px 18px"><strong>Inscriptions</strong><br>Places are limited to twelve a session.</td></tr></table>`: true,
			`<table width="100%"><tr><td style="padding:14px 18px"><strong>Inscriptions</strong><br>Places are limited to twelve a session.</td></tr></table>`:                          false,
			`<table width="100%"><tr><td style="background-color:#e6f4ec;padding:14px 18px">Places are limited to twelve a session.</td></tr></table>`:                                  false,
		} {
			doc, err := html.Parse(strings.NewReader(rowLetter(box)))
			if err != nil {
				t.Fatal(err)
			}
			var inner *html.Node
			for d := range doc.Descendants() {
				if d.DataAtom == atom.Table && d.Parent != nil && d.Parent.DataAtom == atom.Td {
					inner = d
				}
			}
			if got := styledBox(inner); got != want {
				t.Errorf("%s: styledBox %v, want %v", box, got, want)
			}
		}
	})
	t.Run("a picture's caption in the row after it, its small type set by the <div> around its paragraph", func(t *testing.T) {
		const caption = "The pool's boiler room, before the works."
		for last, want := range map[string]bool{
			`<tr><td class="content-cell" align="center"><div style="font-size:12px;color:#888888"><p style="margin:0">` + caption + `</p></div></td></tr>`: true,
			`<tr><td class="content-cell" align="center"><div style="font-size:12px;color:#888888">` + caption + `</div></td></tr>`:                         true,
			`<tr><td class="content-cell" align="center"><div style="font-size:15px;color:#333333"><p style="margin:0">` + caption + `</p></div></td></tr>`: false,
			`<tr><td class="content-cell" align="center"><div style="font-size:12px"><p>` + caption + `</p><p>` + caption + `</p></div></td></tr>`:          false,
		} {
			page := `<table width="600"><tr><td class="content-cell"><div style="font-size:15px"><p>` + councilP1 + `</p></div></td></tr><tr><td class="content-cell" align="center"><img src="pool.jpg" width="540" alt=""></td></tr>` + last + `</table>`
			if got := captionCell(lastOf(t, page, atom.Td)); got != want {
				t.Errorf("captionCell of %s = %v, want %v", last, got, want)
			}
		}
	})
	t.Run("only a bare <div> of two paragraphs or more, beside the story's bare <p>s, is a paragraph cut in two", func(t *testing.T) {
		for box, want := range map[string]bool{
			`<div><p>a</p><p>b</p></div>`:                  true,
			`<div class="note"><p>a</p><p>b</p></div>`:     false,
			`<div><p>a</p></div>`:                          false,
			`<div><p>a</p><p class="cta">b</p></div>`:      false,
			`<div><p>a</p><p>b</p><figure></figure></div>`: false,
		} {
			doc, err := html.Parse(strings.NewReader(`<div id="main"><p>` + councilP1 + `</p>` + box + `</div>`))
			if err != nil {
				t.Fatal(err)
			}
			main := find(doc, atom.Div)
			p := find(main, atom.P)
			var c *html.Node
			for c = p.NextSibling; c != nil && c.Type != html.ElementNode; c = c.NextSibling {
			}
			if got := splitParagraph(c, main, map[*html.Node]bool{p: true}); got != want {
				t.Errorf("%s: splitParagraph %v, want %v", box, got, want)
			}
		}
	})
}

// TestRound53 holds the rules of round 53 of issue 16, each on a small
// page.
func TestRound53(t *testing.T) {
	const paving = `Final paving of the avenue is scheduled for late June, after the new pool heating has been tested. Weekly progress updates will be posted on this page, to which residents can subscribe on the Notify Me page.`
	notice := `<div class="box notices cstyle info"><div class="box-label"><i class="fas fa-info-circle"></i> Info</div><div class="box-content"><p>The office is staffed on weekdays from 9 to 1. Outside those hours, leave a message and we will reply the next morning.</p></div></div>`
	checkRound(t, []roundCase{
		{"a Hugo Relearn notice among the text goes", `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p>` + notice + `<h2>The pool</h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</article></main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"The office is staffed"}},
		{"an al-folio tip box among the text goes", `<div class="post"><article class="post-content"><div id="markdown-content"><p>` + councilP1 + `</p><blockquote class="block-tip"><h5 id="in-brief">In brief</h5><p>The pool's heating is paid from the same line as the gymnasium, and the clubs share what is left.</p></blockquote><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div></article></div>`,
			[]string{councilP1, councilP2, councilP3}, []string{"In brief", "clubs share what is left"}},
		{"a story's times under its byline, the update's first, go", `<article class="article"><h1 class="article__headline">Budget approved</h1><div class="article__byline">By Priya Castellanos</div><div class="article__timestamps"><span class="timestamp timestamp--updated">Updated: Mar. 12, 2025, 9:40 a.m.</span> | <span class="timestamp timestamp--published">Published: Mar. 12, 2025, 6:15 a.m.</span></div><div class="article__story">` + councilStory + `</div></article>`,
			[]string{councilP1, councilP3}, []string{"Updated", "Published"}},
		{"a closing paragraph that opens with the story's own sentence and then says where updates will be posted stays", `<main><div id="post"><h1>Budget approved</h1>` + councilStory + `<p>` + paving + `</p><p><a href="news.php">« Back to News</a></p></div></main>`,
			[]string{councilP1, councilP3, "Final paving of the avenue", "Weekly progress updates"}, nil},
		{"and a pitch that opens with its call still goes", `<main><div id="post"><h1>Budget approved</h1>` + councilStory + `<p>Subscribe to get updates on this page by e-mail. It takes a minute and you can stop at any time.</p><p><a href="news.php">« Back to News</a></p></div></main>`,
			[]string{councilP1, councilP3}, []string{"Subscribe to get updates"}},
	})
	t.Run("a class with 'notices' beside a notice's kind is an admonition", func(t *testing.T) {
		checkString(t, "admonition", admonition, map[string]bool{
			"box notices cstyle info": true,
			"notices warning":         true,
			"notices":                 false,
			"site-notices":            false,
			"notices-list":            false,
		})
	})
	t.Run("a class that is 'block-' and a notice's kind is an admonition", func(t *testing.T) {
		checkString(t, "admonition", admonition, map[string]bool{
			"block-tip":         true,
			"block-warning":     true,
			"post block-danger": true,
			"block-quote":       false,
			"wp-block-group":    false,
			"block-tips-list":   false,
		})
	})
	t.Run("a publication statement's day may follow 'in'", func(t *testing.T) {
		for text, want := range map[string]string{
			"Created in March 04, 2025":         "2025-03-04",
			"Published in 12 March 2025":        "2025-03-12",
			"Published in The Guardian in 2025": "",
		} {
			got := ""
			if d, ok := statedDate(text, true); ok {
				got = d.Format("2006-01-02")
			}
			if got != want {
				t.Errorf("statedDate(%q) = %q, want %q", text, got, want)
			}
		}
		p := extractHas(t, "Budget approved", "", `<div class="post"><header class="post-header"><h1 class="post-title">Budget approved</h1><p class="post-meta">Created in March 04, 2025</p></header><article>`+councilStory+`</article></div><footer>Powered by Jekyll. Last updated: March 05, 2025.</footer>`, []string{councilP1}, nil)
		if want := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("an element named for a date shows its day after 'Le' or 'On'", func(t *testing.T) {
		for text, want := range map[string]string{
			"Le 26/02/2025":     "26/02/2025",
			"On 03/04/2025":     "03/04/2025",
			"Lu 26/02/2025":     "",
			"Le marché de 2025": "",
		} {
			doc, err := html.Parse(strings.NewReader(`<span class="date">` + text + `</span>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := namedDateOf(find(doc, atom.Span)); got != want {
				t.Errorf("namedDateOf(%q) = %q, want %q", text, got, want)
			}
		}
		p := extractHas(t, "Budget approved", "", `<article class="blog-item"><h1 class="blog-title">Budget approved</h1><div class="blog-meta"><span class="created"><i class="fa fa-calendar"></i> <span class="date">Le 26/02/2025</span></span></div><div class="blog-description">`+councilStory+`</div></article>`, []string{councilP1}, nil)
		if want := time.Date(2025, 2, 26, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("an update's statement, then the publication's after a separator, is a date line", func(t *testing.T) {
		for text, want := range map[string]bool{
			"Updated: Mar. 12, 2025, 9:40 a.m. | Published: Mar. 12, 2025, 6:15 a.m.": true,
			"Mis à jour le 13 mars 2025 · Publié le 12 mars 2025":                     true,
			"Updated: Mar. 12, 2025 | Read the council's report":                      false,
			"Updated: Mar. 12, 2025 | Published: in print on Thursday":                false,
		} {
			if got := dateLine(text); got != want {
				t.Errorf("dateLine(%q) = %v, want %v", text, got, want)
			}
		}
	})
	t.Run("a letter's footer cell in small print may end with a line of links alone, and a row without words may follow it", func(t *testing.T) {
		footer := func(last, after string) string {
			return `<table width="600"><tr><td style="padding:18px 30px;font-size:11px;color:#777777;text-align:center;">Les Amis du Parc · 3 rue de l'Église · 77840 Brévannes<br />Vous recevez cette lettre parce que vous êtes adhérent de l'association.<br />` + last + `</td></tr>` + after + `</table>`
		}
		badge := `<tr><td align="center"><a href="https://www.cleverreach.example/"><img src="badge.png" alt="Powered by CleverReach"></a></td></tr>`
		checkString(t, "smallCell", func(page string) bool { return smallCell(lastOf(t, page, atom.Td)) }, map[string]bool{
			footer(`<a href="/u">Se désinscrire</a> · <a href="/p">Protection des données</a>`, ""): true,
			footer(`Pour ne plus la recevoir, <a href="/u">cliquez ici</a>.`, ""):                   true,
			footer(`Pour ne plus la recevoir, écrivez-nous.`, ""):                                   false,
		})
		for after, want := range map[string]bool{
			badge: true,
			`<tr><td style="font-size:11px">Imprimé sur papier recyclé par nos soins</td></tr>`: false,
		} {
			page := footer(`<a href="/u">Se désinscrire</a> · <a href="/p">Protection des données</a>`, after)
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if got := smallCell(find(doc, atom.Td)); got != want {
				t.Errorf("smallCell before %s = %v, want %v", after, got, want)
			}
		}
		extractHas(t, "Budget approved", "", `<table width="600"><tr><td style="font-size:15px"><h1>Budget approved</h1>`+councilStory+`</td></tr></table>`+
			footer(`<a href="/u">Se désinscrire</a> · <a href="/p">Protection des données</a>`, badge),
			[]string{councilP1}, []string{"Vous recevez cette lettre", "Se désinscrire"})
	})
	t.Run("an admonition is furniture on a page that shows code, whether its code is all the page shows or not (round 78)", func(t *testing.T) {
		story := `<p>` + councilP1 + ` ` + councilP2 + `</p><p>` + councilP3 + ` ` + councilP1 + `</p><p>` + councilP2 + ` ` + councilP3 + `</p>`
		tip := `<div class="details admonition tip open"><div class="details-summary admonition-title">Tip</div><div class="details-content"><div class="admonition-content">Set <code>POOL_TEMP</code> to the season's setting, or the heating runs all night.</div></div></div>`
		for shown, kept := range map[string]bool{"": false, `<pre>make budget</pre>`: false, `<p>Run <code>make</code>.</p>`: false} {
			text := pruned(t, `<div class="content">`+story+tip+`<p>`+councilP2+`</p>`+shown+`</div>`, &meta{code: true})
			if got := strings.Contains(text, "heating runs all night"); got != kept || !strings.Contains(text, councilP2[:40]) {
				t.Errorf("with %q: tip kept %v, want %v; story:\n%s", shown, got, kept, text)
			}
		}
	})
	t.Run("a <title> that opens with the page's one <h1>, a tool's name, gives way to the first heading under it", func(t *testing.T) {
		checkTitles(t, func(h1 string) (string, string, string) {
			return "Annonces - HIST2M - Histoire moderne (L2) - Campus numérique", "", `<div id="claroBody"><h1 class="toolTitle">` + h1 + `</h1><div class="claroBlock"><h4 class="claroBlockHeader">Publiée le : lundi 12 mars 2012</h4><h3 class="claroBlockHeader">Budget approved after three hours of debate</h3>` + councilStory + `</div></div>`
		}, map[string]string{
			"Annonces":          "Budget approved after three hours of debate",
			"Annonces du cours": "Annonces - HIST2M - Histoire moderne (L2)",
		})
	})
	t.Run("a story's sentence of twelve words or more opens a block before a stop", func(t *testing.T) {
		for text, want := range map[string]bool{
			paving: true,
			`Subscribe to get updates on this page by e-mail. It takes a minute.`:                       false,
			`If you enjoyed this story about the avenue and its paving, please subscribe. It helps us.`: false,
			`Final paving of the avenue is scheduled for late June, posted on this page.`:               false,
			`Final paving is late June. Weekly progress updates will be posted on this page.`:           false,
		} {
			b := &block{text: text, words: lowerWords(text)}
			if got := factOpening(b); got != want {
				t.Errorf("factOpening(%q) = %v, want %v", text, got, want)
			}
		}
	})
}

// TestRound54 holds the cases of round 54's rules, one a rule, each of
// which fails with its rule off.
func TestRound54(t *testing.T) {
	checkRound(t, []roundCase{
		{"a line of the story's dates under a kicker, a dek and a byline goes", `<article class="article"><header class="article__header"><span class="article__surtitre">Enquête</span><h1 class="article__titre">Budget approved</h1><p class="article__chapo">The council passed its budget on Tuesday after a long evening of debate over the pool and the library.</p><div class="article__auteurs">Par <a href="/auteur/claire-menard">Claire Ménard</a></div><div class="article__dates">Publié le 27/03/2025 à 18:05 <span class="article__maj">Mis à jour le 28/03/2025 à 09:40</span></div></header><div class="article__contenu">` + councilStory + `</div></article>`,
			[]string{councilP1, councilP3}, []string{"Publié le", "Mis à jour"}},
		{"a closing paragraph that opens with 'Finally,' stays", `<main><article><h1>Budget approved</h1>` + councilStory + `<p>Finally, remember to report any swarms you notice in spring: a volunteer beekeeper will collect them free of charge.</p><p>Many thanks to everyone who came to the meeting.</p></article></main>`,
			[]string{councilP1, councilP3, "Finally, remember to report"}, nil},
	})
	t.Run("a post's link named 'time' gives its day in its title", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div id="conversation"><h1>Budget approved</h1><div class="post"><div class="postHeader"><a href="/member/1" class="name">hollis</a> <a href="/post/1" class="time" title="Thursday, 3 April 2025 19:22:10">Apr 3</a></div><div class="postBody">`+councilStory+`</div></div><div class="post"><div class="postHeader"><a href="/member/2" class="name">wren</a> <a href="/post/2" class="time" title="Saturday, 5 April 2025 08:01:44">Apr 5</a></div><div class="postBody"><p>Thanks, that helps.</p></div></div></div>`, []string{councilP1}, nil)
		if want := time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
		for class, want := range map[string]bool{"time": true, "post time": true, "timeline": false, "time-ago": false} {
			if got := timeClass(class); got != want {
				t.Errorf("timeClass(%q) = %v, want %v", class, got, want)
			}
		}
	})
}

// TestRound55 holds the rules of round 55 of issue 16, each on a small
// page.
func TestRound55(t *testing.T) {
	checkRound(t, []roundCase{
		{"a signer's name and role right after the last paragraph stays", `<main><article><h1>Budget approved</h1><div class="body">` + councilStory + `<p>Harriet Vance, Head of Operations</p></div><div class="stamp">Posted Mar 14, 2025 - 09:30 UTC</div></article></main>`,
			[]string{councilP1, councilP3, "Harriet Vance, Head of Operations"}, nil},
		{"a closing line and the group that signs stay", `<main><article><h1>Budget approved</h1>` + councilStory + `<p>Thanks to all of you, and see you in the spring.</p><p>The committee of the Harbourside Museum</p></article><footer><p>Harbourside Museum, 3 Quay Street</p></footer></main>`,
			[]string{councilP1, councilP3, "see you in the spring.", "The committee of the Harbourside Museum"}, nil},
		{"a closing formula and a group on one line stay", `<main><article><h1>Budget approved</h1>` + councilStory + `<p>Amicalement,<br>Le bureau du Chœur des Coteaux</p></article></main>`,
			[]string{councilP1, councilP3, "Le bureau du Chœur des Coteaux"}, nil},
		{"a notice in a <div> framed all round, under a label in bold, among the paragraphs goes", `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="info-box" style="border:2px solid #7a2e4a;padding:10px;margin:12px 0"><strong>Next council meeting:</strong> the budget of the pool and the gymnasium, at the town hall, Tuesday 14 December at 6 pm. Open to all.</div><p>` + councilP3 + `</p>` + councilMore + `</article></main>`,
			[]string{councilP1, councilP3}, []string{"Next meeting", "Open to all."}},
		{"a boxed note after a picture's box and its caption goes", `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="postmortem-image"><img src="/map.png" alt="Map"><p class="image-caption"><em>The pool and the gymnasium.</em></p></div><div class="postmortem-note" style="border-left:4px solid #f0ad4e;padding:8px 12px;background:#fcf8e3"><strong>Refunds:</strong> the budget refunds the pool's season tickets for the clubs of the town on Tuesday. No action is needed.</div><p>` + councilP3 + `</p>` + councilMore + `</article></main>`,
			[]string{councilP1, councilP3}, []string{"Refunds", "No action is needed."}},
		{"a footer's line in small print that offers visits by appointment at an address goes", `<div class="pages"><div class="page"><div class="page-content"><bodycopy><h1>Budget approved</h1>` + councilStory + `</bodycopy></div></div><div class="page"><div class="page-content"><bodycopy><small>More from the news:</small><br><a href="/a">The pool in winter</a><br><a href="/b">The new gymnasium</a><br><br><small>The council's swimming pool and gymnasium, Wendbrook Yard. Club visits to the pool by appointment: pool@greenfield.example. Budget news for families four times a year.</small><br><small>Site made with Cargo</small></bodycopy></div></div></div>`,
			[]string{councilP1, councilP3}, []string{"by appointment"}},
		{"a framed box after a run of text and its <br><br> goes", `<div class="page"><div class="page-content"><bodycopy><h1>Budget approved</h1>` + councilP1 + `<br><br>` + councilP2 + `<br><br><div style="border: 1px solid #222; padding: 0.8rem;"><b>Open meeting:</b> Tuesday 11 and Thursday 13 March, town hall, about the pool and the gymnasium budget.</div>` + councilP3 + `<br><br>The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.<br><br>The budget also pays for the pool's new heating, which the mayor said would cut the town's energy costs by a fifth within two winters.</bodycopy></div></div>`,
			[]string{councilP1, councilP3}, []string{"Open meeting"}},
		{"a picture's caption after a run of text and its picture goes", `<div class="page"><div class="page-content"><bodycopy><h1>Budget approved</h1>` + councilP1 + `<br><br><h2>The clubs</h2>` + "\n" + councilP2 + "<br><br>\n<br>\n" + `<media-item><img src="/pool.jpg"></media-item><br><small><i>The pool's new roof, March.</i></small><br><br>` + councilP3 + `<br><br>The council's majority said the budget keeps the town's debt stable, and the opposition said the clubs and the pool deserved more than the gymnasium.<br><br>The budget also pays for the pool's new heating, which the mayor said would cut the town's energy costs by a fifth within two winters.</bodycopy></div></div>`,
			[]string{councilP1, councilP2, councilP3}, []string{"new roof"}},
		{"a quotation's <div> ruled on its left side stays", `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div style="border-left:3px solid #7a2e4a;padding-left:10px"><strong>The mayor:</strong> the pool will stay open all winter, whatever the energy bills.</div><p>` + councilP3 + `</p>` + councilMore + `</article></main>`,
			[]string{councilP1, councilP3, "whatever the energy bills"}, nil},
		{"a group's name in a box of its own after the story goes", `<main><article><h1>Budget approved</h1><div class="body">` + councilStory + `</div><div class="promo"><p>The team at Hollow Oak Radio</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Hollow Oak Radio"}},
	})
	t.Run("a distance in time whose data attribute holds a Unix time dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><article><h1>Budget approved</h1><div class="body">`+councilStory+`</div><div class="update-timestamp">Posted <span class="ago" data-datetime-unix="1741944600000">9 months ago</span>. <span data-datetime-unix="1741944600000" data-relative="false">Mar <var data-var="date">14</var>, <var data-var="year">2025</var> - <var data-var="time">09:30</var> UTC</span></div></article></main>`, []string{councilP1}, nil)
		if want := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a date alone whose aria-label says the thread started dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><div class="context-panel"><h1>Budget approved</h1><div class="context-panel__details"><a href="/u/tomasz">Tomasz Kowalczyk</a> <span>·</span> <span aria-label="Started">7 Oct 2025</span></div></div><div class="body">`+councilStory+`</div></main>`, []string{councilP1}, nil)
		if want := time.Date(2025, 10, 7, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
		for label, want := range map[string]bool{"Started": true, "Publié": true, "Last edited": false} {
			doc, err := html.Parse(strings.NewReader(`<span aria-label="` + label + `">7 Oct 2025</span>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := ariaPublished(find(doc, atom.Span).FirstChild); got != want {
				t.Errorf("ariaPublished(%q) = %v, want %v", label, got, want)
			}
		}
	})
	t.Run("a distance in time in an <abbr> whose data-timeago holds the instant dates the page to the second", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved <small class="date"><abbr class="timeago" title="jeudi 3 avril 2025 21:40:00" data-timeago="2025-04-03T21:40:00+02:00">il y a 8 mois</abbr></small></h1><div class="body">`+councilStory+`</div></main>`, []string{councilP1}, nil)
		if want := time.Date(2025, 4, 3, 21, 40, 0, 0, time.FixedZone("", 2*3600)); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a date in small print after the <h1>'s text is no word of the headline", func(t *testing.T) {
		p := extractHas(t, "Budget approved for the pool | Town of Greenfield", `<meta property="og:title" content="Budget approved for the pool | Town of Greenfield">`, `<main><h1>Budget approved for the pool <small class="date"><abbr class="timeago" data-timeago="2025-04-03T21:40:00+02:00">8 months ago</abbr></small></h1><div class="body">`+councilStory+`</div></main>`, []string{councilP1}, nil)
		if want := "Budget approved for the pool"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("a page without an <h1> is titled with its breadcrumb's current page when a heading says it", func(t *testing.T) {
		crumb := `<ul class="breadcrumb"><li><a href="/courses/SVT1G2/index.php">SVT 1re G2</a></li><li><a href="/main/announcements/announcements.php">Annonces</a></li><li class="active">Budget approved for the pool</li></ul>`
		p := extractHas(t, "Lycée Bellecombe - SVT 1re G2 - Annonces", "", crumb+`<div id="content"><table class="data_table"><tr><td><h2>Budget approved for the pool</h2></td></tr><tr><td>`+councilStory+`</td></tr></table></div>`, []string{councilP1}, []string{"Budget approved for the pool"})
		if want := "Budget approved for the pool"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
	t.Run("a <title> of a name and the <h1>'s text before its colon gives way to the <h1>", func(t *testing.T) {
		p := extractHas(t, "Maren Oduya — Budget approved", `<meta property="og:title" content="Maren Oduya — Budget approved">`, `<main><h1>Budget approved: the pool stays open</h1><div class="body">`+councilStory+`</div></main>`, []string{councilP1}, []string{"the pool stays open"})
		if want := "Budget approved: the pool stays open"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
	})
}

func TestRound56(t *testing.T) {
	checkRound(t, []roundCase{
		{"a closing line and a first name signed with a kiss stay", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Happy swimming, and let me know in the comments what you think of the new pool.</p><p>Hazel x</p></div><div class="entry-footer"><span class="fn">Hazel</span> <a href="/category/news/">News</a></div></article></main>`,
			[]string{councilP1, councilP3, "let me know in the comments", "Hazel x"}, nil},
		{"a first name and a kiss in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="body">` + councilStory + `</div><div class="promo"><p>Hazel x</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Hazel x"}},
		{"a name over its role after the story's last paragraph stays", `<div class="newsText"><div class="text"><h1>Budget approved</h1>` + councilStory + `<p>Thank you to every family who has supported the pool this year.</p><p>Dana Pryor<br>Pool Coordinator, Greenfield Swimming Club</p></div></div>`,
			[]string{councilP1, councilP3, "Dana Pryor", "Pool Coordinator, Greenfield Swimming Club"}, nil},
		{"a name over its role in a box of its own after the story goes", `<div class="newsText"><div class="text"><h1>Budget approved</h1>` + councilStory + `</div><div class="promo"><p>Dana Pryor<br>Pool Coordinator, Greenfield Swimming Club</p></div></div>`,
			[]string{councilP1, councilP3}, []string{"Dana Pryor"}},
		{"a picture's caption in a small grey <font> after a paragraph in the default size goes", `<table><tr><td><div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p style="text-align:center"><img src="/pool.jpg" width="480"><br><font size="2" color="#666666">The pool and the gymnasium, at the council's visit of the budget last spring (photo Jane H.)</font></p><p>` + councilP3 + `</p>` + councilMore + `</div></td></tr></table>`,
			[]string{councilP1, councilP3}, []string{"visit of the budget"}},
		{"a paragraph in a small <font> after one in the same <font> stays", `<table><tr><td><div><p><font size="2">` + councilP1 + `</font></p><p><font size="2">` + councilP2 + `</font></p><p><img src="/pool.jpg" width="480"><br><font size="2">The pool reopens in March, after the works on its roof and on its heating, which the clubs had asked for.</font></p><p><font size="2">` + councilP3 + `</font></p></div></td></tr></table>`,
			[]string{councilP1, councilP3, "The pool reopens in March"}, nil},
		{"a closing line ending with a comma over the closing formula and the signature stays", `<main><div class="message"><p>Dear members,</p>` + councilStory + `<p>Hoping to see many of you there,</p><p>Best wishes,</p><p>Jane Holt, secretary of the club</p></div></main>`,
			[]string{councilP1, councilP3, "Hoping to see many of you there,", "Best wishes,", "Jane Holt, secretary"}, nil},
		{"a notice of a date in bold among a post's paragraphs goes, a heading stays", `<div class="message-text">Dear all,<br><br>` + councilP1 + `<br><br><b>The clubs</b><br>` + councilP2 + `<br><br>` + councilP3 + `<br><br><b><font color="#b30000">Next council meeting: Tuesday 22 April, questions in the topic Budget news.</font></b><br><br>` + strings.NewReplacer("<p>", "<br><br>", "</p>", "").Replace(councilMore) + `<br><br>Best wishes,<br>Helen</div>`,
			[]string{councilP1, councilP3, "The clubs"}, []string{"Next council meeting"}},
		{"a letter's agenda under its signature goes, its closing line stays", `<table><tr><td><h1>Budget approved</h1><p>Dear members,</p>` + councilStory + `<p>Hoping to see you around the pool soon,</p><p>Jane Holt, secretary of the Greenfield Swimming Club</p><h3>In your diaries</h3><ul><li>Friday 7 November, 8 pm: club night</li><li>Saturday 22 November, 2 pm: pool workshop</li><li>Saturday 6 December: Christmas market stall</li></ul><p><a href="/volunteer">Volunteer</a></p></td></tr></table>`,
			[]string{councilP1, councilP3, "Hoping to see you around the pool soon,", "Jane Holt, secretary"}, []string{"In your diaries", "club night"}},
		{"a date alone in a list over the story's first paragraph goes", `<nav><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/news">Announcements</a></li><li class="breadcrumb-item active" aria-current="page">Budget approved after three hours</li></ol></nav><main><div class="card"><div class="card-body"><h1 class="card-title">Budget approved after three hours</h1><ul class="list-inline"><li class="list-inline-item text-muted"><i class="far fa-calendar-alt"></i> Wednesday, March 12th, 2025</li></ul><div class="mb-4">` + councilStory + `</div></div></div></main>`,
			[]string{councilP1, councilP3}, []string{"March 12th"}},
	})
	t.Run("a <title> of the section and the site gives way to the <h1> the breadcrumb's current page names", func(t *testing.T) {
		crumb := `<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Portal Home</a></li><li class="breadcrumb-item"><a href="/news">Announcements</a></li><li class="breadcrumb-item active" aria-current="page">Budget approved after three hours</li></ol>`
		for _, c := range []struct{ crumb, want string }{
			{crumb, "Budget approved after three hours"},
			{strings.Replace(crumb, "Budget approved after three hours</li>", "Budget news</li>", 1), "Announcements - Greenfield"},
		} {
			p := extractHas(t, "Announcements - Greenfield", "", `<nav>`+c.crumb+`</nav><main><div class="card"><h1 class="card-title">Budget approved after three hours</h1><div class="mb-4">`+councilStory+`</div></div></main>`, []string{councilP1}, nil)
			if p.Title != c.want {
				t.Errorf("title %q, want %q", p.Title, c.want)
			}
			if c.want == "Budget approved after three hours" && strings.Contains(p.Body, "Budget approved after three hours") {
				t.Errorf("body keeps the <h1>:\n%s", p.Body)
			}
		}
	})
	t.Run("a date alone after a calendar's icon dates the page", func(t *testing.T) {
		for icon, want := range map[string]bool{`<i class="far fa-calendar-alt fa-fw"></i>`: true, `<span class="glyphicon glyphicon-calendar"></span>`: true, `<i class="far fa-clock"></i>`: false} {
			p := extractHas(t, "Budget approved", "", `<main><div class="card"><div class="card-body"><h1 class="card-title">Budget approved</h1><ul class="list-inline"><li class="list-inline-item text-muted">`+icon+` Wednesday, March 12th, 2025</li></ul><div class="mb-4">`+councilStory+`</div></div></div></main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want the day %v", icon, p.PublishedAt, want)
			}
		}
	})
	t.Run("a list archive's message under the archive's <title> is titled with its subject (and, since dateCell, dated by the cell after 'Date:')", func(t *testing.T) {
		header := `<table class="tableframe"><tr><td class="emphasizedgroup">Subject:</td><td><a href="/m?S=">Budget approved after three hours</a></td></tr><tr><td class="emphasizedgroup">From:</td><td>Jane Holt &lt;[log in to unmask]&gt;</td></tr><tr><td class="emphasizedgroup">Reply To:</td><td>Greenfield Council &lt;[log in to unmask]&gt;</td></tr><tr><td class="emphasizedgroup">Date:</td><td>Mon, 3 Mar 2025 09:14:22 +0100</td></tr><tr><td class="emphasizedgroup">Content-Type:</td><td>text/plain</td></tr></table><hr>`
		p := extractHas(t, "LISTSERV 16.5 - GREENFIELD-NEWS Archives", "", header+`<table><tr><td><div>`+councilStory+`</div></td></tr></table>`, []string{councilP1}, []string{"Content-Type"})
		if want := "Budget approved after three hours"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
		if want := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("published at %v, want %v", p.PublishedAt, want)
		}
	})
}

func TestRound57(t *testing.T) {
	checkRound(t, []roundCase{
		{"a closing formula, a name and its role on three lines after the story's last paragraph stay", `<div class="newsText"><div class="text"><h1>Budget approved</h1>` + councilStory + `<p>Thank you to every family who has supported the pool this year.</p><p>Best,<br>Dana Pryor<br>Pool Coordinator, Greenfield Swimming Club</p></div></div>`,
			[]string{councilP1, councilP3, "Best,", "Dana Pryor", "Pool Coordinator, Greenfield Swimming Club"}, nil},
		{"a closing formula, a name and its role in a box of their own after the story go", `<div class="newsText"><div class="text"><h1>Budget approved</h1>` + councilStory + `</div><div class="promo"><p>Best,<br>Dana Pryor<br>Pool Coordinator, Greenfield Swimming Club</p></div></div>`,
			[]string{councilP1, councilP3}, []string{"Dana Pryor"}},
		{"a signature for a group, its name and role after, stays over a letter's agenda that goes", `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="mk-container" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 30px"><h1 style="margin:0">Budget approved</h1></td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:15px">Chers adhérents,</td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:15px">` + article + `</td></tr>
<tr><td style="padding:14px 30px"><h2 style="margin:0">Et maintenant ?</h2></td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:15px">Le service ouvrira au public chaque lundi d’avril à octobre, avec une démonstration à quinze heures. Nous cherchons encore des volontaires pour l’accueil.</td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:15px">Merci encore, et à très bientôt.</td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:15px">Pour le conseil d’administration, Hélène Garnier, présidente</td></tr>
<tr><td style="padding:10px 30px"><hr></td></tr>
<tr><td style="padding:4px 30px"><h3 style="margin:0">Agenda du printemps</h3></td></tr>
<tr><td style="padding:6px 30px;font-size:14px">Samedi 29 mars : formation des bénévoles<br>Dimanche 6 avril : première ouverture</td></tr>
<tr><td align="center"><a href="/don" style="display:inline-block">Faire un don</a></td></tr>
</table>
</td></tr></table>`,
			[]string{"Les machines virtuelles", "Merci encore", "Pour le conseil d’administration, Hélène Garnier, présidente"}, []string{"Agenda du printemps", "formation des bénévoles"}},
		{"a signature for a group in a box of its own after the story goes", `<main><div class="body"><h1>Budget approved</h1>` + councilStory + `</div><div class="promo"><p>For the club committee, Jane Holt, secretary</p></div></main>`,
			[]string{councilP1, councilP3}, []string{"Jane Holt"}},
		{"a signature under a closing formula kept in the letter's text blocks stays", `<main><div class="blocks"><div class="block block-header"><div class="header-subtitle">Greenfield Swimming Club PTA</div></div><div class="block block-title"><h1>Budget approved</h1></div>` + strings.NewReplacer("<p>", `<div class="block block-text"><div class="text-content"><p>`, "</p>", `</p></div></div>`).Replace(councilStory) + `<div class="block block-text"><div class="text-content"><p>Thank you, as always, for everything you do for the pool. We cannot wait to see you there.</p></div></div><div class="block block-text"><div class="text-content"><p>With best wishes,</p></div></div><div class="block block-text"><div class="text-content"><p>Priya Lindqvist, PTA chair, and the Spring Fair team</p></div></div><div class="block block-list"><h3>Useful numbers</h3><ul><li>Pool office: 01234 567890</li><li>Club secretary: 01234 567891</li><li>Lost property: 01234 567892</li></ul></div><div class="block block-contact"><h3>Greenfield Swimming Club</h3><p>Pool Lane, Greenfield GR4 2PL</p><p><a href="mailto:club@greenfield.example">club@greenfield.example</a></p><p>Registered charity no. 1123456. Follow us on Facebook: Greenfield Swimming Club.</p></div></div><div class="footer"><span class="views">412 views</span> <a class="share" href="#share">Share</a> <a class="print" href="#print">Print</a></div></main>`,
			[]string{councilP1, councilP3, "With best wishes,", "Priya Lindqvist, PTA chair, and the Spring Fair team"}, nil},
		{"a signature under a closing formula in a box of its own after the story goes", `<main><div class="blocks"><div class="block block-title"><h1>Budget approved</h1></div>` + strings.NewReplacer("<p>", `<div class="block block-text"><div class="text-content"><p>`, "</p>", `</p></div></div>`).Replace(councilStory) + `<div class="block block-text"><div class="text-content"><p>With best wishes,</p></div></div><div class="promo"><p>Jane Holt, club secretary, and the pool team</p></div></div></main>`,
			[]string{councilP1, councilP3}, []string{"Jane Holt"}},
		{"two first names after the story's last paragraph stay", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Thank you, as always, for making this pool what it is.</p><p>Helen and Sam</p></div><div class="entry-footer"><span class="fn">Helen</span> <a href="/category/news/">News</a></div></article></main>`,
			[]string{councilP1, councilP3, "for making this pool what it is", "Helen and Sam"}, nil},
		{"two first names in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Helen and Sam</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Helen and Sam"}},
		{"a closing line and a signature after a quotation that ends the story's text stay", `<main><div class="post"><h1>Budget approved</h1><div class="text-box">` + councilStory + `<p>As the mayor likes to say:</p></div><div class="product-card"><p>Season ticket</p><p>75,00 €</p><button>Add to cart</button></div><div class="text-box"><blockquote><p>« A pool is like a garden: it is only worth the care you give it every single day. »</p></blockquote><p>Thank you for your patience, and do write to us if you have any other questions about the pool.</p><p>Helen and Sam</p></div></div><div class="share"><span>Share this post</span><a href="#">Facebook</a></div></main>`,
			[]string{councilP1, councilP3, "A pool is like a garden", "Thank you for your patience", "Helen and Sam"}, []string{"Season ticket"}},
		{"a signature after a quotation that ends the story, in a box of its own, goes", `<main><div class="post"><h1>Budget approved</h1><div class="text-box">` + councilStory + `<blockquote><p>« A pool is like a garden: it is only worth the care you give it every single day. »</p></blockquote></div><div class="promo"><p>Helen and Sam</p></div></div></main>`,
			[]string{councilP1, councilP3, "A pool is like a garden"}, []string{"Helen and Sam"}},
		{"a caption in italics after a forum's attachment that goes goes too", `<main><div class="post-content">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br /><div class="b-bbcode-attachment"><a class="b-attachment" href="/filedata/fetch?id=231877"><img class="bbcode-attachment" src="/filedata/fetch?id=231877&amp;type=thumb" alt="pool.jpg"></a></div><i>The old boiler on the left, the new one on the right.</i><br /><br />` + councilP3 + `<br /><br />` + strings.NewReplacer("<p>", "", "</p>", "<br /><br />").Replace(councilMore) + `</div></main>`,
			[]string{councilP1, councilP3}, []string{"The old boiler"}},
		{"a quotation off the story's words in a post's quote box stays, its 'Originally posted by' line goes", `<main><div class="post-content">` + councilP1 + `<br /><br />` + councilP2 + ` The regulations put it well:<br /><br /><div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">Originally posted by <strong>Leisure facilities handbook</strong></div><div class="message">Chlorine levels should be checked hourly. Readings taken only at opening will not reflect afternoon usage and may harm bathers.</div></div></div></div><br />` + councilP3 + `<br /><br />` + strings.NewReplacer("<p>", "", "</p>", "<br /><br />").Replace(councilMore) + `</div></main>`,
			[]string{councilP1, councilP3, "Chlorine levels should be checked hourly."}, []string{"Originally posted by"}},
		{"bold subheadings in an e-mail's rows stay when the heading and the box that made its table a layout go", `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 30px"><h1 style="margin:0">Budget approved</h1></td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">Dear members,</td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">` + councilP1 + ` The vote came late.</td></tr>
<tr><td style="padding:10px 30px 8px 30px;font-size:20px"><b>The clubs</b></td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">` + councilP2 + ` The clubs were pleased.</td></tr>
<tr><td style="padding:10px 30px 8px 30px;font-size:20px"><b>The pool</b></td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">` + councilP3 + ` The families were pleased.</td></tr>
<tr><td style="padding:0 30px 16px 30px"><table width="100%" style="border:2px dashed #e0a100"><tr><td><b>Offer of the month:</b> 20 % off the season ticket, until Sunday.</td></tr></table></td></tr>
<tr><td style="padding:10px 30px 8px 30px;font-size:20px"><b>The gymnasium</b></td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">The council's majority said the budget keeps the town's debt stable, and the opposition said the gymnasium deserved more.</td></tr>
<tr><td class="text" style="padding:0 30px 14px 30px;font-size:15px">See you all at the pool, and thank you again for coming!</td></tr>
</table>
</td></tr></table>`,
			[]string{councilP1, councilP3, "The clubs", "The pool", "The gymnasium"}, []string{"Offer of the month"}},
		{"a line in italics after a paragraph stays", `<main><div class="post-content">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br /><i>The old boiler stays in the basement until the new one has run for a whole winter.</i><br /><br />` + councilP3 + `<br /><br />` + strings.NewReplacer("<p>", "", "</p>", "<br /><br />").Replace(councilMore) + `</div></main>`,
			[]string{councilP1, councilP3, "The old boiler stays"}, nil},
		{"a bold 'By the numbers:' paragraph among paragraphs that open with bold lead-ins stays", `<main><article><h1>Budget approved</h1><div class="story"><p><strong>Why it matters:</strong> ` + councilP1 + `</p><p><strong>Driving the news:</strong> ` + councilP2 + `</p><p><strong>By the numbers:</strong> The budget is set at $6.8 million, most of it covered by a state grant. The town's share is about $1.1 million.</p><p><strong>The other side:</strong> ` + councilP3 + `</p>` + councilMore + `</div></article></main>`,
			[]string{councilP1, councilP3, "By the numbers: The budget is set at $6.8 million"}, nil},
		{"a bold 'By the numbers:' box among plain paragraphs goes", `<main><article><h1>Budget approved</h1><div class="story">` + councilStory + `<p><strong>By the numbers:</strong> The budget is set at $6.8 million, most of it covered by a state grant. The town's share is about $1.1 million.</p><p>The pool reopens in March, after the works on its roof and on its heating, which the clubs had asked for.</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"By the numbers"}},
	})
	t.Run("a letter's line over its headline, its name after an article and a dash before the day, dates the page", func(t *testing.T) {
		for line, want := range map[string]bool{"La lettre du jardinier - jeudi 6 mars 2025": true, "The newsletter - Thursday 6 March 2025": true, "La ville - jeudi 6 mars 2025": false} {
			p := extractHas(t, "Budget approved", "", `<table><tr><td><p>`+line+`</p><h1>Budget approved</h1>`+councilStory+`</td></tr></table>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want the day %v", line, p.PublishedAt, want)
			}
		}
	})
	t.Run("a newsletter's line under its <h1>, its name and the day set apart by a middle dot, dates the page", func(t *testing.T) {
		for line, want := range map[string]bool{"PTA newsletter · Friday 11 April 2025": true, "Friday 11 April 2025 · 2025 budget": true, "The pool's budget for 2025 was approved on Friday 11 April 2025.": false} {
			p := extractHas(t, "Budget approved", "", `<main><div class="flyer"><h1>Budget approved</h1><p><em>`+line+`</em></p>`+councilStory+`</div></main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want the day %v", line, p.PublishedAt, want)
			}
		}
	})
	t.Run("a letter's <title>, its name and its month after a dash, gives way to the headline in the letter's <h1>", func(t *testing.T) {
		for title, want := range map[string]string{
			"La lettre du club de natation – octobre 2025":   "Budget approved after three hours",
			"Le club de natation de la ville – octobre 2025": "Le club de natation de la ville",
		} {
			p := extractHas(t, title, "", `<table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="600"><tr><td style="font-size:11px" align="center">Lettre n° 12 – 9 octobre 2025 · <a href="/view">Afficher dans le navigateur</a></td></tr><tr><td style="padding:10px 30px"><h1 style="margin:0">Budget approved after three hours</h1></td></tr><tr><td style="padding:0 30px">`+councilStory+`</td></tr></table></td></tr></table>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
	})
}

func TestRound58(t *testing.T) {
	checkRound(t, []roundCase{
		{"a summary's label over the story's last section, prose and a verdict, after the story's subheadings, stays", `<main><article><h1>Budget approved</h1><div class="body"><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><h2>The pool</h2><p>` + councilP3 + `</p><h2>Ce qu'il faut retenir</h2><p>The budget shows a trend the town has followed for years: the clubs and the pool gain a little every spring, and the gymnasium waits. The vote changed that much:</p><ul><li>a larger grant for the clubs</li><li>new heating for the pool</li></ul><p>At six million, the budget is a fair one for a town of this size. We raise our mark from three to four stars.</p></div></article></main>`,
			[]string{councilP1, councilP3, "Ce qu'il faut retenir", "a larger grant for the clubs", "We raise our mark from three to four stars."}, nil},
		{"a summary's label over a list of key points after the story goes", `<main><article><h1>Budget approved</h1><div class="body"><p>` + councilP1 + `</p><h2>The clubs</h2><p>` + councilP2 + `</p><h2>The pool</h2><p>` + councilP3 + `</p><h2>Ce qu'il faut retenir</h2><ul><li>A larger grant for the clubs, voted on Tuesday</li><li>New heating for the pool, within two winters</li></ul></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Ce qu'il faut retenir", "A larger grant for the clubs"}},
		{"a summary's label over a short section under a story without subheadings goes", `<main><article><h1>Budget approved</h1><div class="body">` + councilStory + `<h2>Key takeaways</h2><p>The budget shows a trend the town has followed for years: the clubs and the pool gain a little every spring, and the gymnasium waits.</p><p>The gymnasium's budget comes back next spring.</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Key takeaways", "The budget shows a trend"}},
		{"a name with the writer's place in brackets after the story's last paragraph stays", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Happy to show anyone round the pool on a Saturday morning.</p><p>Bernard (plot 17)</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "Bernard (plot 17)"}, nil},
		{"a name with the writer's place in brackets in a box of its own after the story goes", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Bernard (plot 17)</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Bernard (plot 17)"}},
		{"a forum's replies go after its opening post marked 'spFirstPost', its replies striped odd", `<main><div id="spTopicView" class="spTopicViewSection">
<div id="post1" class="spTopicPostSection spEvenPostSection spFirstPost"><div class="spPostUserSection spLeft"><div class="spPostUserName">bernard17</div><div class="spPostUserRank">Member</div></div>
<div class="spPostSection"><div class="spPostUserDate">April 3, 2025 - 6:12 pm</div>
<div class="spPostContentSection"><div class="spPostContent"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>What the budget pays for:</p><ul><li>The pool's new heating, within two winters.</li><li>A larger grant for the sports clubs.</li></ul><p>` + councilP3 + `</p>` + councilMore + `<p>The pool's heating is the larger part of the bill: the old boiler has run since 1994, and the engineers who looked at it last winter said it would not see out another season without a major repair.</p><p>The gymnasium's roof comes next, in the spring, once the clubs have agreed on where they will train while it is closed; the council will pay for their hours at the school's hall in the meantime.</p><p>Happy to take questions here, or at the next meeting of the residents' association on the first Thursday of the month, in the library's back room, from half past seven until the caretaker locks up.</p></div></div>
</div></div>
<div id="post2" class="spTopicPostSection spOddPostSection"><div class="spPostUserSection spLeft"><div class="spPostUserName">hazel_m</div><div class="spPostUserRank">Member</div></div><div class="spPostSection"><div class="spPostUserDate">April 3, 2025 - 8:40 pm</div><div class="spPostContentSection"><div class="spPostContent"><p>Really useful, thank you. Did the clubs say how they will share the larger grant?</p></div></div></div></div>
<div id="post3" class="spTopicPostSection spOddPostSection"><div class="spPostUserSection spLeft"><div class="spPostUserName">bernard17</div><div class="spPostUserRank">Member</div></div><div class="spPostSection"><div class="spPostUserDate">April 4, 2025 - 7:05 am</div><div class="spPostContentSection"><div class="spPostContent"><p>Not yet. They will hear in March.</p></div></div></div></div>
</div></main>`,
			[]string{councilP1, councilP3}, []string{"Really useful", "They will hear in March."}},
		{"the date line of a thread's first post and its number beside it go", `<main><div id="spTopicView" class="spTopicViewSection">
<div id="post1" class="spTopicPostSection spEvenPostSection spFirstPost"><div class="spPostUserSection spLeft"><div class="spPostUserName">bernard17</div><div class="spPostUserRank">Member</div><div class="spPostUserPosts">Posts: 214</div><div class="spPostUserLocation">Plot 17</div></div>
<div class="spPostSection"><div class="spPostUserDate">April 3, 2025 - 6:12 pm</div><div class="spPostIndex">#1</div>
<div class="spPostContentSection"><div class="spPostContent"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>What the budget pays for:</p><ul><li>The pool's new heating, within two winters.</li><li>A larger grant for the sports clubs.</li></ul><p>` + councilP3 + `</p>` + councilMore + `<p>The pool's heating is the larger part of the bill: the old boiler has run since 1994, and the engineers who looked at it last winter said it would not see out another season without a major repair.</p><p>The gymnasium's roof comes next, in the spring, once the clubs have agreed on where they will train while it is closed; the council will pay for their hours at the school's hall in the meantime.</p><p>Happy to take questions here, or at the next meeting of the residents' association on the first Thursday of the month, in the library's back room, from half past seven until the caretaker locks up.</p></div></div>
</div></div>
<div id="post2" class="spTopicPostSection spOddPostSection"><div class="spPostUserSection spLeft"><div class="spPostUserName">hazel_m</div><div class="spPostUserRank">Member</div></div><div class="spPostSection"><div class="spPostUserDate">April 3, 2025 - 8:40 pm</div><div class="spPostContentSection"><div class="spPostContent"><p>Really useful, thank you. Did the clubs say how they will share the larger grant?</p></div></div></div></div>
<div id="post3" class="spTopicPostSection spOddPostSection"><div class="spPostUserSection spLeft"><div class="spPostUserName">bernard17</div><div class="spPostUserRank">Member</div></div><div class="spPostSection"><div class="spPostUserDate">April 4, 2025 - 7:05 am</div><div class="spPostContentSection"><div class="spPostContent"><p>Not yet. They will hear in March.</p></div></div></div></div>
</div></main>`,
			[]string{councilP1, councilP3}, []string{"April 3, 2025", "#1"}},
		{"a paragraph that is only a line in italics after a forum's attachment that goes goes too", `<main><div class="post-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="spAttachment"><a href="/uploads/pool.jpg" class="spShowPopupImage"><img class="spPostImage" src="/uploads/thumbs/pool.jpg" alt="pool.jpg"></a></div><p><em>The old boiler on the left, the new one on the right.</em></p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3}, []string{"The old boiler"}},
		{"a paragraph that is only a line in italics after a paragraph stays", `<main><div class="post-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><em>The old boiler stays in the basement until the new one has run for a whole winter.</em></p><p>` + councilP3 + `</p>` + councilMore + `</div></main>`,
			[]string{councilP1, councilP3, "The old boiler stays"}, nil},
		{"a name, then the group it signs for after a comma, after the story's last paragraph and a closing line stays", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Thank you for your loyalty, and see you soon at the pool.</p><p>Lucie, for the whole team at the Greenfield pool</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "Lucie, for the whole team at the Greenfield pool"}, nil},
		{"a name and the group it signs for in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Lucie, for the whole team at the Greenfield pool</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Lucie, for the whole team"}},
		{"a notice's label in bold over its text, in a framed box between a letter's paragraphs, goes with its text", `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 30px;font-size:28px;"><b>Budget approved</b></td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:16px;">` + councilP1 + `</td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:16px;">` + councilP2 + `</td></tr>
<tr><td style="padding:8px 30px 8px 30px;font-size:20px;"><b>The pool</b></td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:16px;">` + councilP3 + ` The families were pleased.</td></tr>
<tr><td style="padding:10px 30px 16px 30px;"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3ead9;border:1px solid #d9c7a5;"><tr><td style="padding:14px 18px;font-size:14px;"><b>Open day: Saturday 26 April, 11 am</b><br />Free swimming lessons for children, 12 places, booking at the pool's desk or on 01234 567890.</td></tr></table></td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:16px;">The council's majority said the budget keeps the town's debt stable, and the opposition said the gymnasium deserved more than it got.</td></tr>
<tr><td style="padding:0 30px 14px 30px;font-size:16px;">The budget also pays for the pool's new heating, which the mayor said would cut the town's energy costs by a fifth within two winters.</td></tr>
</table></td></tr></table>`,
			[]string{councilP1, councilP3, "The council's majority said"}, []string{"Open day", "Free swimming lessons"}},
		{"a signer's name and a role of capitalized words, one naming an office, after the story's last paragraph stay", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Thank you for trusting us with your honest answers.</p><p>Dana Pryor, Pool Coordinator</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "Thank you for trusting us", "Dana Pryor, Pool Coordinator"}, nil},
		{"the same name and role in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Dana Pryor, Pool Coordinator</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Dana Pryor"}},
		{"a signer's office, then after a comma the signer's name, after the story's last paragraph stays", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Le maire, Gérard Lemonnier</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "Le maire, Gérard Lemonnier"}, nil},
		{"a signer's office and name in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Le maire, Gérard Lemonnier</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Gérard Lemonnier"}},
		{"a closing formula that ends with a comma, then the signature, after the story's last paragraph stay", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Thank you all for your support over this long winter,</p><p>Dana Pryor, pool coordinator</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "Thank you all for your support over this long winter,", "Dana Pryor, pool coordinator"}, nil},
		{"a closing formula that ends with a comma and a signature in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Thank you all for your support over this long winter,</p><p>Dana Pryor, pool coordinator</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Dana Pryor"}},
		{"a first name and the team the signer works with, under a closing line, after the story's last paragraph stay", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>See you at the pool this spring,</p><p>Dana and the team at Greenfield Pool</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "See you at the pool this spring,", "Dana and the team at Greenfield Pool"}, nil},
		{"a first name and the team in a box of their own after the story go", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>Dana and the team at Greenfield Pool</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Dana and the team"}},
		{"a mail's preheader in small print, in a table of its own over the letter, goes", `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="font-size:10px; color:#777777; padding:8px 0;">If this message does not display properly, <a href="/view">click here</a>.<br>To be sure to receive our messages, add letter@pool.example to your address book.</td></tr></table>
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="font-size:26px; padding:0 25px 16px 25px;"><b>Budget approved</b></td></tr>
<tr><td class="text" style="font-size:14px; padding:0 25px 14px 25px;">` + councilP1 + `</td></tr>
<tr><td class="text" style="font-size:14px; padding:0 25px 14px 25px;">` + councilP2 + `</td></tr>
<tr><td class="text" style="font-size:14px; padding:0 25px 14px 25px;">` + councilP3 + `</td></tr>
</table></td></tr></table>`,
			[]string{councilP1, councilP3}, []string{"display properly", "address book"}},
	})
	t.Run("a <title> that opens with the breadcrumb's current page, the page without an <h1>, gives way to that page's name", func(t *testing.T) {
		for title, want := range map[string]string{
			"Budget approved after three hours | Town council | Greenfield Forum": "Budget approved after three hours",
			"Greenfield Forum | Town council":                                     "Greenfield Forum | Town council",
		} {
			p := extractHas(t, title, "", `<main><div class="crumbs"><a href="/forum/">Forum</a> &raquo; <a href="/forum/council/">Town council</a> &raquo; <span class="spCurrentBreadcrumb">Budget approved after three hours</span></div><div class="topic">`+councilStory+`</div></main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("%s: title %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("a post's head, its day and its hour joined by a dash, dates the page", func(t *testing.T) {
		for line, want := range map[string]bool{"April 3, 2025 - 6:12 pm": true, "3 avril 2025 - 18:12": true, "April 3, 2025 - plot 17": false} {
			p := extractHas(t, "Budget approved", "", `<main><div class="topic"><div class="post"><div class="post-user">bernard17</div><div class="post-date">`+line+`</div><div class="post-content">`+councilStory+`</div></div></div></main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want the day %v", line, p.PublishedAt, want)
			}
		}
	})
}

// FuzzCollapsedText holds collapsedText to what it stands for at every
// node of a parsed page, text nodes included.
func FuzzCollapsedText(f *testing.F) {
	for _, s := range []string{"<p> a  b </p>", "<div>x<br>y\u00a0 z</div>", "plain\ttext\n", "<ul><li> é </li><li>\u2003ü</li></ul>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := range doc.Descendants() {
			if got, want := collapsedText(n), strings.Join(strings.Fields(textOf(n)), " "); got != want {
				t.Fatalf("collapsedText = %q, want %q", got, want)
			}
		}
	})
}

func TestRound59(t *testing.T) {
	checkRound(t, []roundCase{
		{"a letter's footer cell in small print, a line of links alone after two lines of text, then the sender's badge, goes", `<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" bgcolor="#ffffff">
<tr><td style="padding:4px 32px 16px 32px;"><h1 style="margin:0;font-size:25px;">Budget approved</h1></td></tr>
<tr><td style="padding:0 32px;"><p style="margin:0 0 14px 0;font-size:15px;">` + councilP1 + `</p></td></tr>
<tr><td style="padding:0 32px;"><p style="margin:0 0 14px 0;font-size:15px;">` + councilP2 + `</p></td></tr>
<tr><td style="padding:0 32px;"><p style="margin:0 0 14px 0;font-size:15px;">` + councilP3 + `</p></td></tr>
</table>
<table role="presentation" width="600">
<tr><td style="padding:16px 32px 24px 32px;font-size:11px;line-height:16px;color:#888888;text-align:center;">Les Amis du Parc, 3 rue de l'Église, 77840 Brévannes<br />Vous recevez ce message car vous êtes adhérent de l'association.<br /><a href="/u">Se désinscrire</a> · <a href="/p">Gérer mes préférences</a><br />Envoyé avec Message Business</td></tr>
</table>
</td></tr></table>`,
			[]string{councilP1, councilP3}, []string{"Vous recevez ce message", "Se désinscrire", "Envoyé avec"}},
		{"a Wowchemy callout (alert-note) among a post's paragraphs goes", `<main><article class="article"><h1>Budget approved</h1><div class="article-style"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="alert alert-note">
  <div>
    Want to swim with the club next winter? We take members from any school. Email <a href="mailto:club@pool.example">club@pool.example</a> in January.
  </div>
</div><p>` + councilP3 + `</p>` + councilMore + `</div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Want to swim", "any school"}},
		{"a question's thanks in advance under its last paragraph, which asks, stays", `<div id="ContentLeft"><h1><a href="/question/12/budget-approved/">Budget approved</a></h1><div id="question-table" class="post question"><div class="question-content"><div class="post-body"><div id="question-body-12" class="question-body editable-content">` + councilStory + `<p>Has anyone seen a budget like this before? In particular, is a fifth off the energy bill enough to pay for the heating, or would the pool do better to wait a year?</p><p>Thank you in advance.</p></div></div><div class="post-update-info-container"><div class="post-update-info post-update-info-user"><p style="line-height:12px;">asked <abbr class="timeago" title="2025-06-03 08:14:22 +0000">2025-06-03 08:14:22 +0000</abbr></p><div class="user-info"><a href="/users/4/dana/">dana</a><br /><span class="reputation-score">56</span></div></div></div><div class="post-controls"><a href="/question/12/retag/">retag</a> <a class="question-flag">flag offensive</a> <a href="/question/12/">link</a></div></div></div><div id="answers-header"><h2 class="answers-count">1 Answer</h2></div><div class="post answer" id="post-id-14"><div class="answer-body"><div class="post-body"><p>Wait a year: the pool's heating will cost less once the boiler's grant comes through, and the clubs can share the hours in the meantime.</p></div></div></div></div>`,
			[]string{councilP1, councilP3, "Thank you in advance."}, nil},
		{"a moderator's note, its label in bold, among a question's paragraphs goes", `<div id="ContentLeft"><h1><a href="/question/12/budget-approved/">Budget approved</a></h1><div id="question-table" class="post question"><div class="question-content"><div class="post-body"><div id="question-body-12" class="question-body editable-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><blockquote><p><strong>Moderator note:</strong> before answering, please see the club's <a href="/question/2/pool-faq/">pool FAQ</a>. Do not recommend heating firms by name.</p></blockquote><p>` + councilP3 + `</p>` + councilMore + `</div></div></div></div></div>`,
			[]string{councilP1, councilP3}, []string{"Moderator note", "pool FAQ"}},
		{"a note in bold whose label names no moderator stays", `<div id="ContentLeft"><h1><a href="/question/12/budget-approved/">Budget approved</a></h1><div id="question-table" class="post question"><div class="question-content"><div class="post-body"><div id="question-body-12" class="question-body editable-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><blockquote><p><strong>My note:</strong> the heating's price is the one the council voted in March, before the boiler's grant was known.</p></blockquote><p>` + councilP3 + `</p>` + councilMore + `</div></div></div></div></div>`,
			[]string{councilP1, councilP3, "before the boiler's grant was known"}, nil},
		{"a group signing from all of its members after the story's last paragraph stays", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>If you have any questions about the budget, please leave a comment below. We love reading them!</p><p>From everyone in Room 14</p></div></article></main><aside class="widget"><h3>Recent posts</h3><ul><li><a href="/a">Spring opening</a></li><li><a href="/b">New heating</a></li></ul></aside>`,
			[]string{councilP1, councilP3, "From everyone in Room 14"}, nil},
		{"the same line in a box of its own after the story goes", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `</div><div class="promo"><p>From everyone in Room 14</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"From everyone in Room 14"}},
	})
	t.Run("a standfirst of text alone in a <div> under the headline, the page's description, opens the article", func(t *testing.T) {
		lead := "A £6mn plan will let the town heat its pool with the sun, but the clubs say the price of the hours will decide whether they use it"
		page := `<div id="site-content"><article class="article article-grid" id="article-body"><div class="o-topper o-topper--basic"><div class="o-topper__content"><div class="o-topper__tags"><a href="/stream/town" class="o-topper__topic">Town</a></div><h1 class="o-topper__headline"><span>Budget approved</span></h1><div class="o-topper__standfirst">` + lead + `</div></div></div><div class="article-info"><div class="article-info__byline"><p class="o-typography-author"><a href="/stream/authorsId/dana-pryor">Dana Pryor</a> in Greenfield</p></div><div class="article-info__time-byline"><time class="o-date" datetime="2025-05-14T04:00:23Z">May 14 2025</time></div></div><div class="article__share"><ul class="share__list"><li><a href="https://twitter.example/intent/tweet">Share on X (Twitter)</a></li><li><a href="https://www.facebook.example/sharer.php">Share on Facebook</a></li></ul></div><div class="article__content-body n-content-body" id="article-content">` + councilStory + councilMore + `<h2>Who pays</h2><p>` + councilP2 + ` ` + councilP1 + `</p><p>` + councilP3 + ` ` + councilP2 + `</p></div></article></div>`
		extractHas(t, "Budget approved", `<meta name="description" content="`+lead+`">`, page, []string{lead, councilP1, councilP3}, nil)
	})
	t.Run("an <abbr class=\"timeago\"> whose title is an instant, its offset after a space, dates the page", func(t *testing.T) {
		for title, want := range map[string]bool{"2025-06-03 08:14:22 +0000": true, "3 days ago": false} {
			p := extractHas(t, "Budget approved", "", `<main><div class="question"><h1>Budget approved</h1><div class="post-body">`+councilStory+`</div><p>asked <abbr class="timeago" title="`+title+`">`+title+`</abbr></p></div></main>`, []string{councilP1}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 6, 3, 8, 14, 22, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want the instant %v", title, p.PublishedAt, want)
			}
		}
	})
	t.Run("a letter's signature under its closing formula comes back, though the letter's rows after it, which went, share its box", func(t *testing.T) {
		box := &html.Node{Type: html.ElementNode, Data: "tbody", DataAtom: atom.Tbody}
		mk := func(text string) *block { return &block{text: text, words: lowerWords(text), container: box} }
		bs := []*block{mk(councilP3), mk("With warm wishes,"), mk("Dana Pryor, Pool manager"), mk("Opening hours Monday, Wednesday and Saturday, 10am to 1pm")}
		if k, from := endSignature(bs, []bool{false, false, true, true}); k != 2 || from != 2 {
			t.Errorf("endSignature = %d, %d, want 2, 2", k, from)
		}
	})
	t.Run("a letter's signature under a closing line longer than a formula, ending with a comma, comes back", func(t *testing.T) {
		box := &html.Node{Type: html.ElementNode, Data: "tbody", DataAtom: atom.Tbody}
		mk := func(text string) *block { return &block{text: text, words: lowerWords(text), container: box} }
		bs := []*block{mk(councilP3), mk("See you soon at the pool,"), mk("Dana and the whole team at Greenfield Pool"), mk("Greenfield Pool, Mill Lane, Greenfield")}
		if k, from := endSignature(bs, []bool{false, false, true, true}); k != 2 || from != 2 {
			t.Errorf("endSignature = %d, %d, want 2, 2", k, from)
		}
	})
}

// TestRound60 holds the rules of round 60 of issue 16, each on a small
// page.
func TestRound60(t *testing.T) {
	practical := `<p>The opening will be followed by a drink on the terrace, if the weather allows, or in the club room if it rains. It is a chance to meet the lifeguards and to ask your questions about the pool's new hours and lessons.</p><p>We hope to see many of you there.</p>`
	checkRound(t, []roundCase{
		{"a story's last section in prose under a practical label, at the level of its subheadings, stays", `<main><article><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><h3>The heating</h3><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `<h3>Practical information</h3>` + practical + `</div></article></main>`,
			[]string{councilP1, councilP3, "followed by a drink on the terrace"}, nil},
		{"a practical label over a box of times and prices still goes", `<main><article><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><h3>The heating</h3><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `<h3>Practical information</h3><p>Greenfield Pool, Mill Lane. Monday to Saturday, 10am to 8pm. Adults £4, children £2.</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Practical information", "Adults £4"}},
		{"a closing formula alone over a line that signs, no greeting above, after the story's last paragraph stays", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Yours in Rotary,</p><p>Dana Pryor, Community Service Chair</p></div><div class="share"><a href="/fb">Share on Facebook</a></div></article></main>`,
			[]string{councilP1, councilP3, "Yours in Rotary,", "Dana Pryor, Community Service Chair"}, nil},
		{"a closing formula alone over a line that does not sign still goes", `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<p>Follow us,</p><p>every week on the radio</p></div></article></main>`,
			[]string{councilP1, councilP3}, []string{"Follow us,", "every week"}},
		{"thanks over a first name alone, the last line of a post's box, after its last paragraph stays", `<table><tr><td><h1>Budget approved</h1></td></tr><tr><td><div class="post_inner">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `<br /><br />Thanks, all,<br /><br />Tom</div><div class="signature"><hr />Tom. Slow cuts, hot sand.</div></td></tr></table>`,
			[]string{councilP1, councilP3, "Thanks, all,", "Tom"}, []string{"Slow cuts"}},
		{"a quotation's attribution in a <cite> after its paragraph, in its <blockquote>, goes", `<main><article><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><blockquote class="wp-block-quote"><p>` + councilP2 + `</p><cite>Ruth Okafor, walk leader</cite></blockquote><p>` + councilP3 + `</p>` + councilMore + `</div></article></main>`,
			[]string{councilP1, councilP2, councilP3}, []string{"Ruth Okafor"}},
	})
	t.Run("a post's hour in an element named for its date, its day alone in the element before, dates the page over a reply's", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<table><tr><td><h1>Budget approved</h1></td></tr><tr><td><div class="fblock"><span class="small">#48213</span> <span id="number0">Nov 09, 2025</span> <span class="date">8:14 PM</span></div></td></tr><tr><td><div class="post_inner">`+councilStory+`</div></td></tr><tr><td><span class="small">Re: Budget approved</span> <span class="date">Nov 10, 2025 9:02 AM</span></td></tr><tr><td><div class="post_inner">Well done to the council.</div></td></tr></table>`, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-11-09" {
			t.Errorf("published at %v, want 2025-11-09", p.PublishedAt)
		}
	})
	t.Run("a news item's headline in a cell its class names, no <h1>, titles the page over a <title> of the site's name and its tagline", func(t *testing.T) {
		page := `<table><tr><td class="header"><a href="index.php"><img src="header.jpg" alt="Greenfield Swimmers"></a></td></tr><tr><td class="news_titre"><img src="cat.gif" alt=""> <b>Budget approved after three hours of debate</b></td></tr><tr><td class="news_texte">` + councilStory + `</td></tr></table>`
		if p := extractHas(t, "Greenfield Swimmers - Club since 1987", "", page, []string{councilP1}, nil); p.Title != "Budget approved after three hours of debate" {
			t.Errorf("title %q, want the news item's headline", p.Title)
		}
	})
}

// TestRound61 holds the rules of round 61 of issue 16, each on a small
// page.
func TestRound61(t *testing.T) {
	checkRound(t, []roundCase{
		{"a paragraph set small by its own style after a rule, at the letter's end, goes", `<div id="main"><div class="message-heading"><h1 class="subject">Budget approved</h1></div><div class="message-body">` + councilStory + `<p>Until next time,</p><p>Dana</p><hr><p style="font-size:12px;color:#888">You are receiving the Pool Letter because you signed up at the pool. If you would rather not, you can unsubscribe at any time.</p></div></div>`,
			[]string{councilP1, councilP3}, []string{"You are receiving", "unsubscribe"}},
		{"a formula over a surname after a civility's abbreviation and a role, in a greeted letter, stays", `<main><article><h1>Budget approved</h1><div class="entry-content"><p>Dear all,</p>` + councilStory + `<p>Have a good weekend, all,</p><p>Mr. Pryor, head of the swimming section</p></div></article></main>`,
			[]string{councilP1, councilP3, "Have a good weekend, all,", "Mr. Pryor, head of the swimming section"}, nil},
		{"a closing line of one sentence between the story's last paragraph and a greeted letter's close stays", `<main><article><h1>Budget approved</h1><div class="entry-content"><p>Dear all,</p>` + councilStory + `<p>I remain at your disposal through the platform's messages for any question.</p><p>Have a good weekend, all,</p><p>Mr. Pryor, head of the swimming section</p></div></article></main>`,
			[]string{councilP1, councilP3, "I remain at your disposal", "Have a good weekend, all,", "Mr. Pryor, head of the swimming section"}, nil},
	})
	t.Run("an item's heading, a <th> alone over a row of its date, no <h1>, titles the page over a <title> of the site, the course and the tool", func(t *testing.T) {
		page := `<div id="header4"><a href="/courses/POOL/">POOL</a> &gt; <a href="announcements.php">Announcements</a></div><div id="main"><table class="data_table"><tr><th><strong>Budget approved after three hours of debate</strong></th></tr><tr><td class="announcements_datum">Published on 03/02/2025 at 10:15</td></tr><tr><td>` + councilStory + `</td></tr></table></div>`
		if p := extractHas(t, "Greenfield School - Swimming - Announcements", "", page, []string{councilP1}, nil); p.Title != "Budget approved after three hours of debate" {
			t.Errorf("title %q, want the item's heading", p.Title)
		}
	})
	t.Run("a <title> of the site's name, a colon and the page's one <h1>, whole, a colon in it, gives the <h1>", func(t *testing.T) {
		page := `<div id="main"><div class="message-heading"><h1 class="subject">Letter 12: the budget approved at the town hall</h1><div class="date">November 9, 2023</div></div><div class="message-body">` + councilStory + `</div></div>`
		if p := extractHas(t, "Pool Letters: Letter 12: the budget approved at the town hall", "", page, []string{councilP1}, nil); p.Title != "Letter 12: the budget approved at the town hall" {
			t.Errorf("title %q, want the <h1>", p.Title)
		}
	})
	t.Run("a <title> of the headline, a tilde between spaces and the site's name gives the headline", func(t *testing.T) {
		page := `<div id="container"><div id="header"><a href="/">greenfield pool</a></div><div id="content"><h2>Budget approved after three hours of debate</h2><p class="date">9 November 2023</p>` + councilStory + `</div></div>`
		if p := extractHas(t, "Budget approved after three hours of debate ~ greenfield pool", "", page, []string{councilP1}, nil); p.Title != "Budget approved after three hours of debate" {
			t.Errorf("title %q, want the headline", p.Title)
		}
	})
	t.Run("a byline of a user name, the full name in parentheses, a comma and the day dates the page", func(t *testing.T) {
		p := extractHas(t, "Budget approved", "", `<div class="phui-document-view"><h1 class="phui-header-header">Budget approved</h1><div class="phui-head-thing-view"><a href="/p/dana/">dana</a> (Dana Pryor), Mar 10 2025, 4:12 PM</div><div class="phabricator-remarkup">`+councilStory+`</div></div>`, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-10" {
			t.Errorf("published at %v, want 2025-03-10", p.PublishedAt)
		}
	})
}

// TestRound62 holds the rules round 62 of issue 16 wrote for the
// seventy-first and seventy-second sets' pages, each case failing with
// its rule off.
func TestRound62(t *testing.T) {
	t.Run("an og:title of a label, a colon and the page's one <h1>, the <title> the site's name and that og:title, gives the og:title", func(t *testing.T) {
		page := `<main class="issue"><header><p class="issue__number">Issue #12</p><h1 class="issue__title">The budget approved at the town hall</h1><p><time datetime="2023-11-09">November 9th 2023</time></p></header><div class="issue__body">` + councilStory + `</div></main>`
		if p := extractHas(t, "Pool Letters - Issue #12: The budget approved at the town hall", `<meta property="og:title" content="Issue #12: The budget approved at the town hall">`, page, []string{councilP1}, nil); p.Title != "Issue #12: The budget approved at the town hall" {
			t.Errorf("title %q, want the og:title", p.Title)
		}
	})
	t.Run("a module's edition line, 'version du' and its day, dates a page that states no other", func(t *testing.T) {
		page := `<div id="header"><div class="mod_ti">Module – Civics</div><div class="mod_info">Auteur : équipe de la section natation – version du 10 mars 2025</div></div><div id="main"><h1>Budget approved</h1>` + councilStory + `</div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-10" {
			t.Errorf("date %v, want 2025-03-10", p.PublishedAt)
		}
	})
	t.Run("a box its background draws, its title line a paragraph its inline style sets in bold, after a paragraph, goes", func(t *testing.T) {
		const style = `background:#f6efe7;border-radius:8px;padding:16px 20px`
		checkFound(t, "styledBox", atom.Div, styledBox, map[string]bool{
			`<main><p>Text.</p><div style="` + style + `"><p style="font-weight:700;margin:0 0 6px">The next pool session</p><p style="margin:0">Tickets go on sale ten days before the session.</p></div></main>`: true,
			`<main><p>Text.</p><div style="` + style + `"><p style="font-weight:bold">Our verdict:</p><p>Worth every penny.</p></div></main>`:                                                                      false,
			`<main><p>Text.</p><div style="` + style + `"><p style="margin:0 0 6px">The next pool session</p><p style="margin:0">Tickets go on sale ten days before the session.</p></div></main>`:                 false,
		})
	})
	t.Run("a section's number in a <span> of its own at a subheading's start goes, the heading's words stay", func(t *testing.T) {
		page := `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p><h2 class="part_ti"><span class="hBk_ti_num">1. </span>What the clubs receive</h2><p>` + councilP2 + `</p><h2><span class="section-number-2">2.1</span> Heating</h2><p>` + councilP3 + `</p>` + councilMore + `</article></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1, "What the clubs receive", "2.1 Heating"}, nil)
		if strings.Contains(p.Body, "1. What") {
			t.Errorf("body keeps the section's number:\n%s", p.Body)
		}
	})
	t.Run("a course module's box of objectives, its title 'Objectifs' over a list, goes", func(t *testing.T) {
		page := `<main><article><h1>Budget approved</h1><div class="part_obj infobk infobk_obj"><div class="infobk_ti">Objectifs</div><div class="infobk_co"><ul><li>Define a municipal budget</li><li>Describe the grant's path</li></ul></div></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</article></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Objectifs", "Define a municipal budget"})
	})
	t.Run("a farewell line ending with a comma over a first name alone, the last of the post's box, stays", func(t *testing.T) {
		page := `<main class="sc-blog-layout"><div class="sc-blog-post"><h1 class="sc-blog-post-title">Budget approved</h1><div class="sc-blog-post-date">18 novembre 2025</div><div class="sc-blog-post-content"><p class="sc-blog-paragraph">` + councilP1 + `</p><p class="sc-blog-paragraph">` + councilP2 + `</p><h2 class="sc-blog-heading">The pool</h2><p class="sc-blog-paragraph">` + councilP3 + `</p><p class="sc-blog-paragraph">The next meeting is in March. If you want to hear of it first, subscribe to the town's letter.</p><p class="sc-blog-paragraph">À très vite à la piscine, ou à l'écran,</p><p class="sc-blog-paragraph">Claire</p></div><div class="sc-blog-share"><span>Partager cet article :</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, "À très vite à la piscine, ou à l'écran,", "Claire"}, []string{"Partager"})
	})
}

func TestRound63(t *testing.T) {
	t.Run("a day and its hour, an update after a comma, then the author after a separator, is a byline's line and goes", func(t *testing.T) {
		const (
			lead   = "The council approved next season's budget on Tuesday evening after three hours of debate between the majority and the opposition. A modest plan, the mayor said, but one that keeps the pool open for every family in town."
			first  = "It was cold that Tuesday evening in the town hall, and the public benches were full long before the debate began. Parents from the swimming club, coaches from the football club and a dozen residents of the gymnasium's street had come to hear how the money would be shared, and several of them had brought written questions for the mayor."
			second = "The plan was first drawn up two years ago, when the finance committee asked the clubs to list the repairs they needed most. The list was long, said the deputy mayor, and the council had to choose between the pool's heating, the gymnasium's roof and the grants the clubs receive each season for their coaches."
		)
		page := `<main class="main"><article class="article"><p class="surtitre"><a href="/Local">Local</a></p><h1 class="titre">Budget approved</h1><div class="chapo"><p>` + lead + `</p></div><p class="info-publi">24 février 2025 à 09h12, mis à jour le 25 février 2025 à 18h40 · <span class="auteurs">Julien Berthou (Courrier Local)</span></p><div class="partage"><a href="#">Partager sur Mastodon</a> <a href="#">Facebook</a></div><div class="texte"><p>` + first + `</p><p>` + second + `</p></div><div class="appel-don"><p>Cet article vous a plu ? Courrier Local est gratuit, sans publicité et indépendant. <a href="/dons">Faire un don</a></p></div></article></main>`
		extractHas(t, "Budget approved", "", page, []string{lead, first, second}, []string{"Julien Berthou", "mis à jour"})
		for text, want := range map[string]bool{
			"March 3, 2025 at 9:12 · Tom Ashby":   true,
			"3 mars 2025 | Par Marie Dupont":      true,
			"3 mars 2025 · The council met again": false,
			"Tom Ashby · 3 mars 2025":             false,
		} {
			if got := datedAuthorLine(text); got != want {
				t.Errorf("datedAuthorLine(%q) = %v, want %v", text, got, want)
			}
		}
	})
	t.Run("a paragraph opening with a label in bold and a colon that calls the reader to share this page goes, between the story's paragraphs too", func(t *testing.T) {
		page := `<main><div class="campaign"><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><strong>Can't come? You can still help:</strong> share this page with your local swimming club, or lend a hand by contacting the council through the button above.</p><h2>The pool</h2><p>` + councilP3 + `</p></div></div>` + councilMore + `</main>`
		extractHas(t, "Budget approved", "", page, []string{councilP2, councilP3}, []string{"still help", "share this page"})
	})
	t.Run("a group's leaders, organisers or trustees sign a letter under its closing formula", func(t *testing.T) {
		page := `<main><div class="campaign"><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h2>The pool</h2><p>` + councilP3 + `</p><p>Thank you for reading, for sharing this page, and for anything you can give.</p><p>With thanks,</p><p>The leaders of the Riverside Swimming Club</p></div><button>Read more</button></div><div class="share"><a href="#">Donate</a> <button>Share</button></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, "With thanks,", "The leaders of the Riverside Swimming Club"}, []string{"Donate"})
	})
	t.Run("the author's closing line in the first person over a short wish, the post's last line, stays", func(t *testing.T) {
		page := `<table class="messagetable"><tr class="message"><td class="messCase1"><b class="s2">pixelmou</b></td><td class="messCase2"><div class="toolbar">Posté le 16-02-2025 à 21:07:33</div><div id="para0"><p>Salut à tous,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Pour finir, la piscine restera ouverte tout l'hiver, et les tarifs ne changeront pas pour les familles de la commune avant l'an prochain.</p><p>Si vous avez des questions, postez le nom de votre club, je complèterai le premier message avec vos retours.</p><p>Bon courage !</p><span class="signature">--------------- <br />Config : tour maison</span></div></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, "Si vous avez des questions, postez le nom de votre club, je complèterai le premier message avec vos retours.", "Bon courage !"}, []string{"Config"})
	})
	t.Run("a quotation's sentence under a forum's 'Citation :' label in a box of its own stays, the label goes", func(t *testing.T) {
		const quoted = "J'ai mis de la pâte partout pour être sûr, et depuis la machine chauffe encore plus qu'avant. - Non. Trop de pâte isole plus qu'elle ne conduit."
		page := `<table class="messagetable"><tr class="message"><td class="messCase1"><b class="s2">pixelmou</b></td><td class="messCase2"><div id="para0"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>Les erreurs que j'ai vues passer sur le forum :</p><div class="container"><table class="citation"><tr class="none"><td><b class="s1"><a href="/forum2.php?post=41877" class="Topic">Citation :</a></b><br /><p>` + quoted + `</p></td></tr></table></div><p>` + councilP3 + `</p><p>Pour finir, la piscine restera ouverte tout l'hiver, et les tarifs ne changeront pas pour les familles de la commune avant l'an prochain.</p></div></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, quoted}, []string{"Citation"})
	})
	t.Run("a <title> of a name and an issue's label ending with its month and year, no og:title, gives the page's one <h1>", func(t *testing.T) {
		page := `<table role="presentation" width="600"><tr><td><h1 style="margin:0;font-size:26px;">Budget approved for the pool and the clubs</h1></td></tr><tr><td>` + councilStory + `</td></tr></table>`
		if p := extractHas(t, "Riverside Council | Residents' update October 2025", "", page, []string{councilP1}, nil); p.Title != "Budget approved for the pool and the clubs" {
			t.Errorf("title %q, want the <h1>", p.Title)
		}
		if p := extractHas(t, "Riverside Council | Residents' update October 2025", `<meta property="og:title" content="Residents' update October 2025">`, page, []string{councilP1}, nil); p.Title == "Budget approved for the pool and the clubs" {
			t.Errorf("title %q, want no <h1> under an og:title", p.Title)
		}
	})
	t.Run("a paragraph its class names a title, sharing two long words with the <title>'s part the headline kept is not, heads a page without an <h1>", func(t *testing.T) {
		page := `<div id="obj1"><p class="titre2"><b>Comptes rendus</b></p><p><a href="a.html">Assemblée générale</a></p></div><div id="obj3"><p class="titre1">Budget approved for the pool at the town council</p><p class="texte">` + councilP1 + `</p><p class="texte">` + councilP2 + `</p><p class="texte">` + councilP3 + `</p></div>`
		if p := extractHas(t, "Riverside Town Council - Pool budget approved 2025", "", page, []string{councilP1}, nil); p.Title != "Budget approved for the pool at the town council" {
			t.Errorf("title %q, want the p.titre1's", p.Title)
		}
	})
	t.Run("a farewell 'See you …,' or a wish 'Bon … à tous,' over a first name alone, the last of the post's box, stays", func(t *testing.T) {
		for _, close := range []string{"See you at the pool,", "Bon plongeon à tous,"} {
			page := `<main><article class="post"><h1>Budget approved</h1><div class="post-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h2>The pool</h2><p>` + councilP3 + `</p><p>If you are thinking of joining a club, start with one session and one honest question. The rest will follow.</p><p>` + close + `</p><p>Marisol</p></div><footer class="post-footer"><div class="share-links">Share: <a href="#">Facebook</a> <a href="#">Email</a></div></footer></article></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP3, close, "Marisol"}, []string{"Share:"})
		}
	})
	t.Run("a signature line in the e-mail's row under its closing formula's, rows of one table without a class, comes back", func(t *testing.T) {
		row := func(text string) string {
			return `<tr><td class="text" style="padding:0 30px 14px 30px;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#333333;">` + text + `</td></tr>`
		}
		page := `<table role="presentation" width="600" align="center"><tr><td style="padding:0 30px 16px 30px;font-size:26px;font-weight:bold;"><h1 style="margin:0;font-size:26px;">Budget approved</h1></td></tr>` + row(councilP1) + row(councilP2) + row(councilP3) + row("Kind regards,") + row("Anna Berg, Director of Leisure, Riverside Council") + `<tr><td align="center" style="padding:6px 30px 26px 30px;"><a href="https://example.com/book?elqTrackId=41d" style="display:inline-block;background-color:#f29200;color:#ffffff;">Book your place</a></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, "Kind regards,", "Anna Berg, Director of Leisure, Riverside Council"}, []string{"Book your place"})
	})
	t.Run("a subheading whose words are the address's last part does not title a page whose one <h1> is its og:title", func(t *testing.T) {
		const h1 = "Riverside pool: what you told us and what happens next"
		page := `<main><h1 class="news-title">` + h1 + `</h1><p>` + councilP1 + `</p><h3>What you told us</h3><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</main>`
		head := `<meta property="og:title" content="` + h1 + `"><link rel="canonical" href="https://haveyoursay.example/riverside-pool/news_feed/what-you-told-us">`
		if p := extractHas(t, h1+" | Have Your Say", head, page, []string{councilP1, "What you told us"}, nil); p.Title != h1 {
			t.Errorf("title %q, want the <h1>", p.Title)
		}
	})
	t.Run("a magazine's note that the story ran in its print edition, after the story, goes", func(t *testing.T) {
		page := `<article><h1>Budget approved</h1><section><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</section><p class="css-1ghh5xx">This article appeared in the Local section of the print edition under the headline "Pool money"</p><div class="css-ewp1gt"><h3>Local</h3><p>From the May 17th 2025 edition</p><p>Discover stories from this section and more in the list of contents</p><a href="/weeklyedition/2025-05-17">Explore the edition</a></div></article><aside class="css-1vk4c0u"><h3>More from Local</h3><ul><li><a href="/a">The town's new ferry</a></li><li><a href="/b">A bridge too far</a></li></ul></aside>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"print edition"})
	})
}

func TestRound64(t *testing.T) {
	t.Run("a list of three items or more each opening with a media time, the first at zero, is a podcast's chapter list and goes; a day's programme stays", func(t *testing.T) {
		page := `<main><div class="episode"><h1>Budget approved</h1><div class="tab-content"><div class="tab-pane show-notes" id="shownotes"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div><div class="tab-pane chapters" id="chapters"><ul class="chapter-list"><li><span class="chapter-time">00:00</span> Welcome back</li><li><span class="chapter-time">03:12</span> Meeting the mayor at the pool</li><li><span class="chapter-time">19:40</span> The budget years</li></ul></div></div></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Welcome back", "budget years"})
		programme := `<main><article><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>The open day's programme:</p><ul><li>09:00 Doors open at the pool</li><li>10:30 The mayor's talk on the budget</li><li>12:00 Lunch with the clubs</li></ul><p>` + councilP3 + `</p>` + councilMore + `</article></main>`
		extractHas(t, "Budget approved", "", programme, []string{councilP1, "Doors open at the pool", councilP3}, nil)
	})
	t.Run("a podcast host's line under the episode's notes, 'Hébergé par … Visitez … pour plus d'informations.', goes", func(t *testing.T) {
		for _, note := range []string{"Hébergé par Ausha. Visitez ausha.co/politique-de-confidentialite pour plus d’informations.", "Hosted on Acast. See acast.com/privacy for more information."} {
			page := `<main><section><h1>Budget approved</h1><div class="episode-description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div><p class="sc-eJMQSu">` + note + `</p></section></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Hébergé", "Hosted"})
		}
	})
	t.Run("a forum's line over a quotation, its word and the source in parentheses ('QUOTE (name @ time)'), goes; the quotation stays", func(t *testing.T) {
		const quoted = "Don't spend the whole pool budget on heating before the roof is mended, or you will heat the sky. Roof first, then water."
		page := `<div class="tableborder"><div class="maintitle">Budget approved</div><table class="ipbtable"><tr><td class="post2"><div class="postcolor">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br /><div class='quotetop'>QUOTE (Hester Lowe @ Feb 28 2025, 10:02 AM)</div><div class='quotemain'>` + quoted + `</div><br />` + councilP3 + `<br /><br />That is from Hester's post in the old thread and I have found it to be exactly right about the town's pool.</div></td></tr></table></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, quoted, councilP3}, []string{"QUOTE", "Hester Lowe @"})
		if quoteSource("Quote (see the minutes of the meeting and the budget and the plan for the pool)") {
			t.Error("quoteSource read a label of thirteen words")
		}
	})
	t.Run("a page's 'Last reviewed: <day> by …' line dates it when nothing else does", func(t *testing.T) {
		page := `<div class="Site-content"><div class="Container"><div class="doc"><h1>Budget approved</h1><p>` + councilP1 + `</p><p><em>Last reviewed: 28 April 2025 by the council's finance working group.</em></p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
		if p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 4, 28, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("published %v, want 2025-04-28", p.PublishedAt)
		}
	})
	t.Run("a fundraising page's list of its supporters, donors or backers, named so in its class, goes", func(t *testing.T) {
		page := `<main><section class="styles_story__Xy12"><h1>Budget approved</h1><div class="styles_storyBody__Qw3"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</div></section><section class="styles_supporters__3vN8T"><h2>Supporters</h2><ul class="styles_supporterList__fD4xv"><li><p class="styles_supporterName__zX2y1">Maureen and Alan</p><p>£50.00 + £12.50 Gift Aid</p><p>Go team! The whole town is so proud of the pool and of everyone who swims there.</p><p>2 days ago</p></li><li><p class="styles_supporterName__zX2y1">Riverside Sorting Office</p><p>£320.00</p><p>From all the old mates at the depot, who learnt to swim in that pool.</p><p>5 days ago</p></li></ul></section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Maureen and Alan", "old mates"})
		for _, name := range []string{"styles_supporters__3vN8T", "donors-list", "backers"} {
			if !furnitureName(name) {
				t.Errorf("furnitureName(%q) = false", name)
			}
		}
	})
	t.Run("WWWBoard's tree of a message's follow-ups, a <ul> opening with its 'insert:' marker, goes", func(t *testing.T) {
		page := `<html><body><center><h1>Budget approved</h1></center><hr size=7 width=75%>Envoyé par <a href="mailto:a@b.example">Jean-Marc</a> le 13 mai 2025 à 21:47:05 :<p>` + councilP1 + `<p>` + councilP2 + `<p>` + councilP3 + `<p>Amicalement,<p>Jean-Marc<p><br><hr size=7 width=75%><p><a name="followups">Réponses :</a><br><ul><!--insert: 4187-->
<!--top: 4188--><li><a href="4188.html">Re: Budget approved for the pool and the clubs of the town</a> <b>Roger</b> <i>13 mai 2025 à 22:31:40</i> (<!--responses: 4188-->1)
<ul><!--insert: 4188-->
<!--top: 4190--><li><a href="4190.html">Re: Re: the roof of the gymnasium and its repairs</a> <b>Pierre B.</b> <i>14 mai 2025 à 08:02:13</i> (<!--responses: 4190-->0)
<ul><!--insert: 4190-->
</ul><!--end: 4190-->
</ul><!--end: 4188-->
</ul><!--end: 4187-->
<br><hr size=7 width=75%><p><a name="postfp">Répondre à ce message</a><p></body></html>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Pierre B.", "roof of the gymnasium"})
	})
	t.Run("a mail archive's message in a <pre> loses its header lines, and the archive's <pre>s after it go", func(t *testing.T) {
		page := `<html><body><form action="../"><pre><a href="../"><b>council-devel archive mirror</b></a> <input name=q type=text /></pre></form><pre id=b>From: Hester Lindqvist &lt;hester@council.example&gt;
To: council-devel@lists.council.example
Subject: <a href="#r" id=t>Budget approved</a>
Date: Tue, 13 May 2025 09:14:22 +0100	<a href="#r">[thread overview]</a>
Message-ID: &lt;<a href="raw">20250513081422.GA4471@council.example</a>&gt; (<a href="raw">raw</a>)

Hi all,

` + councilP1 + `

` + councilP2 + `

` + councilP3 + `

Thanks,
Hester
</pre><hr><pre><a href="#t">^</a> <a href="#t">permalink</a> <a href="raw">raw</a> <a href="#R">reply</a>	[<a href="T/#u"><b>flat</b></a>|<a href="t/#u">nested</a>] <a href="#r">4+ messages in thread</a></pre><hr><pre id=R><a id=r href="../_/text/help/#search">Thread overview:</a> 4+ messages
2025-05-13  8:14 <b>Budget approved</b> Hester Lindqvist
2025-05-13 10:02 <a href="../x/">Re: Budget approved</a> Ravi Okafor

<a href="#R">Reply</a> instructions:

You may reply publicly to <a href="#t">this message</a> via plain-text email using any one of the following methods.
</pre><hr><pre>This is a public inbox, see mirroring instructions for how to clone and mirror all data and code used for this inbox.</pre></body></html>`
		extractHas(t, "Budget approved - Hester Lindqvist", "", page, []string{councilP1, councilP3}, []string{"Message-ID", "council-devel@lists", "Thread overview", "reply publicly", "public inbox"})
	})
	t.Run("an e-mail's text split over a template's module sections, HubSpot's, a picture and a promotion between, is one text under its headline", func(t *testing.T) {
		module := func(n, inside string) string {
			return `<div id="section-` + n + `" class="hse-section"><div class="hse-column-container"><div id="column-` + n + `-0" class="hse-column hse-size-12"><div id="hs_cos_wrapper_module-` + n + `-0-0" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">` + inside + `</div></div></div></div>`
		}
		text := func(inside string) string {
			return `<table class="hse-body-wrapper-table"><tbody><tr><td class="hs_padded"><div id="hs_cos_wrapper_module_rt" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text">` + inside + `</div></td></tr></tbody></table>`
		}
		page := `<div class="hse-body-background"><table role="presentation" class="hse-body-wrapper-table"><tbody><tr><td class="hse-body-wrapper-td"><div id="hs_cos_wrapper_main" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_dnd_area" data-hs-cos-type="dnd_area">` +
			module("1", `<table><tbody><tr><td><h1>Budget approved</h1></td></tr></tbody></table>`) +
			module("2", text(`<p>`+councilP1+`</p><h2>1. The pool</h2><p>`+councilP2+`</p>`)) +
			module("3", `<table class="hse-image-wrapper"><tbody><tr><td><img alt="" src="pool.jpg"><p>The pool in May. Photo: the council</p></td></tr></tbody></table>`) +
			module("4", text(`<h2>2. The clubs</h2><p>`+councilP3+`</p>`)) +
			module("5", `<div class="hse-promo"><p>Residents' offer</p><p>-15 % on the season ticket until 31 May with the code POOL15</p></div>`) +
			module("6", text(`<h2>3. The gymnasium</h2><p>The gymnasium's roof will be mended over the summer holidays, when the clubs rest, and the work will be paid from the reserve the council set aside two years ago for it.</p>`)) +
			`</div></td></tr></tbody></table></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3, "The gymnasium's roof will be mended"}, []string{"POOL15"})
		// The HubSpot e-mail the rule was written for, whose modules
		// after the picture were lost as widgets and, kept, not joined.
		p := extractFile(t, "unseen75-cycleriedesdunes-revisionvelo-fr.html")
		for _, want := range []string{"Les beaux jours reviennent", "3. La chaîne", "Quand passer à l’atelier", "L’équipe de la Cyclerie des Dunes"} {
			if !strings.Contains(p.Body, want) {
				t.Errorf("body lacks %q", want)
			}
		}
		if strings.Contains(p.Body, "CHAINE15") {
			t.Error("body keeps the promotion's code")
		}
	})
	t.Run("a Publisher page's text boxes of prose, a picture's and a caption's boxes between, are one text", func(t *testing.T) {
		box := func(n, inside string) string {
			return `<div v:shape="_x0000_s10` + n + `"><table cellpadding=0 cellspacing=0><tr><td width=350 height=400>` + inside + `</td></tr></table></div>`
		}
		page := `<html xmlns:v="urn:schemas-microsoft-com:vml"><body><div>` +
			box("27", `<p class=MsoNormal><span lang=FR>Bulletin municipal n° 52 – mis en ligne le 7 mars 2025</span></p>`) +
			box("28", `<p class=MsoNormal><b><span lang=FR>Budget approved</span></b></p>`) +
			box("29", `<p class=MsoNormal><span lang=FR>`+councilP1+` `+councilP1+`</span></p>`) +
			`<div v:shape="_x0000_s1030"><table cellpadding=0 cellspacing=0><tr><td width=350 height=230><img width=350 height=230 src="page3_files/image002.jpg" alt=""></td></tr></table></div>` +
			box("31", `<p class=MsoNormal><i><span lang=FR>The pool in May. (Photo: the council)</span></i></p>`) +
			box("32", `<p class=MsoNormal><span lang=FR>`+councilP2+`</span></p><p class=MsoNormal><span lang=FR>`+councilP3+`</span></p><p class=MsoNormal><span lang=FR>The gymnasium's roof will be mended over the summer holidays, when the clubs rest, and the work will be paid from the reserve the council set aside two years ago for it.</span></p>`) +
			`</div></body></html>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3, "The gymnasium's roof will be mended"}, nil)
	})
	t.Run("a farewell over a surname after a courtesy title, a teacher's 'See you Thursday,' / 'Ms Okonjo', the last of its box, stays", func(t *testing.T) {
		page := `<main><div class="d2l-news-item"><h1>Budget approved</h1><div class="d2l-htmlblock"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h2>After the meeting</h2><p>` + councilP3 + `</p><p>See you Thursday,</p><p>Ms Okonjo</p></div><div class="d2l-news-item-attachments"><h2>Attachments</h2><ul><li><a href="/a/1">Budget.pdf</a> (212.4 KB)</li></ul></div></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP3, "See you Thursday,", "Ms Okonjo"}, nil)
		for text, want := range map[string]bool{"Ms Okonjo": true, "Mme Perrin": true, "M. Durand": true, "Ms Okonjo and class": false, "Budget": false} {
			if got := titledName.MatchString(text); got != want {
				t.Errorf("titledName(%q) = %v, want %v", text, got, want)
			}
		}
	})
}

func TestRound65(t *testing.T) {
	t.Run("a hyphen between a publication's verb and its day stands for 'on', its spaces no-break ones or not", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"Posted\u00a0-\u00a009 Mar 2025 :\u00a0 19:42:10\u00a0": "2025-03-09",
			"Posted - 9 March 2025":                                 "2025-03-09",
			"Posted - Budget approved 2025":                         "",
		})
	})
	t.Run("'en ligne depuis le' and a day is a page's putting online, its publication", func(t *testing.T) {
		checkDays(t, "statedDate", statedDate, map[string]string{
			"Projet en ligne depuis le 4 février 2025": "2025-02-04",
			"En ligne depuis le 12 mars 2024 à 09:00":  "2024-03-12",
			"En ligne depuis longtemps, 2025":          "",
		})
	})
	t.Run("a bare <time>, without datetime, has its text for its value: a day alone dates the page; a <time> with attributes is not read so", func(t *testing.T) {
		for tag, want := range map[string]bool{`<time>April 8, 2025</time>`: true, `<time>8 avril 2025</time>`: true, `<time class="ago">April 8, 2025</time>`: false, `<time>2 days ago</time>`: false} {
			p := extractHas(t, "Budget approved", "", `<main><article class="paragraphs"><h1>Budget approved</h1><p class="meta">`+tag+`</p><div class="rich-text"><p>`+councilP1+`</p><p>`+councilP2+`</p><p>`+councilP3+`</p></div></article></main>`, []string{councilP1, councilP3}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want dated %v", tag, p.PublishedAt, want)
			}
		}
	})
	t.Run("a message's date alone as its header writes it, its zone after the hour, dates the page", func(t *testing.T) {
		for _, c := range []struct{ text, want string }{
			{"Tue, 11 Feb 2025 14:03:27 +0100", "2025-02-11"},
			{"  Tue, 11 Feb 2025 23:59:00 -0800 ", "2025-02-11"},
			{"Tue, 11 Feb 2025 14:03:27 +0100 by Ingrid", ""},
		} {
			d, ok := timedDay([]string{c.text}, false)
			if got := map[bool]string{true: d.Format("2006-01-02")}[ok]; got != c.want {
				t.Errorf("timedDay(%q) = %q, want %q", c.text, got, c.want)
			}
		}
	})
	t.Run("a forge's '~owner/name' after the headline and a colon in the <title> is the list's name, not the headline's", func(t *testing.T) {
		page := `<div class="container"><h3>[RFC] Budget approved for the pool</h3><pre>` + councilP1 + "\n\n" + councilP2 + "\n\n" + councilP3 + `</pre></div>`
		p := extractHas(t, "[RFC] Budget approved for the pool: ~ingridl/council-devel &mdash; sourcehut lists", "", page, []string{"Sports clubs"}, nil)
		if p.Title != "[RFC] Budget approved for the pool" {
			t.Errorf("title %q", p.Title)
		}
		for s, want := range map[string]bool{"~ingridl/kelpfetch-devel": true, "~ingridl": false, "~a/b c": false, "ingridl/kelpfetch": false} {
			if tildeName(s) != want {
				t.Errorf("tildeName(%q) = %v", s, !want)
			}
		}
	})
	t.Run("a day alone with its weekday in words, over the page's <h1>, is a letter's date line and dates it", func(t *testing.T) {
		for row, want := range map[string]bool{
			`<td style="font-size:12px;text-align:right;">Tuesday, 6 May 2025</td>`: true,
			`<td align="right">Council Matters<br />Tuesday 6 May 2025</td>`:        true,
			`<td align="right">mardi 6 mai 2025</td>`:                               true,
			`<td align="right">Printed 6 May 2025</td>`:                             false,
		} {
			page := `<table role="presentation" width="600"><tr>` + row + `</tr><tr><td><h1>Budget approved</h1></td></tr><tr><td><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want dated %v", row, p.PublishedAt, want)
			}
		}
	})
	t.Run("a day alone in a heading under the <h1>, a LaTeX converter's title block, dates the document", func(t *testing.T) {
		for block, want := range map[string]bool{
			`<h3 class="titlerest">Town council, M. Lagrange</h3><h3 class="titlerest">12 mars 2024</h3>`: true,
			`<h3 class="titlerest">March 12, 2024</h3>`:                                                   true,
			`<h3>Town council</h3><h3>Budget</h3><h3>Vote</h3><h3>Pool</h3><h3>12 mars 2024</h3>`:         false,
		} {
			page := `<table class="title"><tr><td><h1 class="titlemain">Budget approved</h1>` + block + `</td></tr></table><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := p.PublishedAt != nil && p.PublishedAt.Equal(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s: published at %v, want dated %v", block, p.PublishedAt, want)
			}
		}
	})
	t.Run("a programme's credits opening with the reporting's credit joined to the editing's ('Reportage et montage :'), under a bold 'Crédits', go", func(t *testing.T) {
		for _, credits := range []string{"Reportage et montage : Thomas Vrignaud. Musique : Les Frères Chaumier. Merci au syndicat du marais pour son accueil.", "Reporting and editing: Tom Vine. Music: The Chaumiers. Thanks to the marsh trust for its welcome."} {
			page := `<main><section class="sp-episode__description"><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `<p><strong>Crédits</strong></p><p>` + credits + `</p></section></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Vrignaud", "Tom Vine"})
		}
	})
	t.Run("a box of its own opening with a heading '<subject> in numbers' is an inset of figures and goes; such a heading over the story's next paragraphs stays", func(t *testing.T) {
		inset := `<div class="Theme-Layer-TextBlock-Inset"><div class="Theme-TextBlock-Inset"><h3>The pool in numbers</h3><p>312 swimmers a day</p><p>14 lanes reopened</p><p>1,840 volunteer hours</p></div></div>`
		page := `<main><section><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p>` + inset + `<p>` + councilP3 + `</p>` + councilMore + `</section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"swimmers a day", "in numbers"})
		story := `<main><section><h1>Budget approved</h1><p>` + councilP1 + `</p><h2>The pool in numbers</h2><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + `</section></main>`
		extractHas(t, "Budget approved", "", story, []string{councilP1, "The pool in numbers", councilP2, councilP3}, nil)
		// The Shorthand story the rule was written for, a built page
		// losing its inset either way.
		p := extractFile(t, "unseen77-calderwoodtrust-peatlands-en.html")
		if strings.Contains(p.Body, "Blackmoss in numbers") || strings.Contains(p.Body, "volunteer days") {
			t.Errorf("body keeps the inset:\n%s", p.Body)
		}
	})
	t.Run("an <h1> whose words are the og:title's but for their marks and case titles the page", func(t *testing.T) {
		page := `<main><article><h1 class="article-title">Mâcon : la piscine rouvre ses bassins</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></article></main>`
		p := extractHas(t, "Mâcon. La piscine rouvre ses bassins", `<meta property="og:title" content="Mâcon. La piscine rouvre ses bassins">`, page, []string{councilP1}, nil)
		if p.Title != "Mâcon : la piscine rouvre ses bassins" {
			t.Errorf("title %q", p.Title)
		}
		if samePunctWords("Mâcon. La piscine", "Mâcon : la piscine rouvre") || samePunctWords("A. B", "A : b") {
			t.Error("samePunctWords read other words, or fewer than three, as the same")
		}
	})
}

func TestRound66(t *testing.T) {
	t.Run("a recipe card's part in a box of its own, its label's heading over its list, stays", func(t *testing.T) {
		for _, c := range []struct {
			card            string
			wantIn, wantOut []string
		}{
			{ // Tasty Recipes
				`<div class="tasty-recipes-ingredients"><h3>Ingredients</h3><ul><li>120 g of buckwheat flour</li><li>80 g of plain flour</li><li>100 g of salted butter</li><li>4 russet apples</li><li>5 cl of cold water</li></ul></div><div class="tasty-recipes-instructions"><h3>Instructions</h3><ol><li>Mix the flours and the butter, add cold water.</li><li>Roll out, top with apples, bake 35 minutes.</li></ol></div>`,
				[]string{"Ingredients", "80 g of plain flour", "Instructions", "bake 35 minutes"}, nil,
			},
			{ // Zip Recipes, in French
				`<div class="zrdn-ingredients"><h3 class="zrdn-ingredients-label">Ingrédients</h3><ul class="zrdn-list"><li>1 potimarron d'environ 1,2 kg</li><li>25 cl de crème liquide entière</li><li>10 cl de lait</li><li>10 feuilles de sauge fraîche</li><li>30 g de beurre</li><li>50 g de noisettes</li><li>sel, poivre, muscade</li></ul></div><div class="zrdn-instructions"><h3 class="zrdn-instructions-label">Préparation</h3><ol class="zrdn-list"><li>Préchauffez le four à 180 °C.</li><li>Enfournez 40 minutes.</li></ol></div>`,
				[]string{"Ingrédients", "25 cl de crème", "Préparation", "Enfournez 40 minutes."}, nil,
			},
			{ // a widget's label over its list of links goes still
				`<div class="box"><h3>Most read</h3><ul><li><a href="/a">Pool closes</a></li><li><a href="/b">New mayor</a></li><li><a href="/c">Road works</a></li></ul></div>`,
				nil, []string{"Most read", "Road works"},
			},
		} {
			extractHas(t, "Budget approved", "", `<article><h1>Budget approved</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p>`+councilP3+`</p>`+`<div class="recipe-card"><h2>The recipe</h2>`+c.card+`</div></article>`, append([]string{councilP1}, c.wantIn...), c.wantOut)
		}
		checkString(t, "recipeParts", func(s string) bool { return recipeParts[s] }, map[string]bool{
			"ingrédients": true, "instructions": true, "method": true, "notes": false, "comments": false,
		})
	})
	t.Run("the element a jump link points at ('Aller à la recette') loses its id, whatever it reads", func(t *testing.T) {
		card := `<div class="dr-summary-holder" id="dr-recipe-meta-main-2841"><h2 class="dr-title">Tarte aux pommes</h2><div class="dr-ingredients-list"><h3 class="dr-title">Ingrédients</h3><ul><li>120 g de farine de sarrasin</li><li>100 g de beurre demi-sel</li><li>4 pommes reinettes</li><li>5 cl d'eau froide</li></ul></div><div class="dr-instructions"><h3 class="dr-title">Préparation</h3><ol><li>Mélangez les farines et le beurre, ajoutez l'eau froide.</li><li>Étalez, garnissez de pommes, enfournez 35 minutes à 210 °C.</li></ol></div></div>`
		for link, want := range map[string]bool{"Aller à la recette": true, "Jump to Recipe": true, "Imprimer": false} {
			p := extractHas(t, "Budget approved", "", `<article><h1>Budget approved</h1><p><a href="#dr-recipe-meta-main-2841">`+link+`</a></p>`+councilStory+card+`</article>`, []string{councilP1}, nil)
			if got := strings.Contains(p.Body, "enfournez 35 minutes"); got != want {
				t.Errorf("link %q: card kept %v, want %v:\n%s", link, got, want, p.Body)
			}
		}
		checkString(t, "jumpLink", jumpLink.MatchString, map[string]bool{
			"Jump to Recipe": true, "Aller à la recette": true, "Passer directement à la recette": true, "Jump to comments": false, "La recette": false,
		})
	})
	t.Run("a section's number before a no-break space in the title is the manual's order, not the headline's", func(t *testing.T) {
		for tt, want := range map[string]string{
			"4&nbsp;Upgrading from Rookery 1.x": "Upgrading from Rookery 1.x",
			"2.3&nbsp;Budget approved":          "Budget approved",
			"1984 Budget approved":              "1984 Budget approved",
			"4&nbsp;Budget":                     "4 Budget",
		} {
			p := extractHas(t, tt, "", `<main><h3>Budget approved</h3>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("<title>%s</title>: title %q, want %q", tt, p.Title, want)
			}
		}
	})
	t.Run("a Go package index's '<h1> package - <path> - <site>' title is titled by its <h1>", func(t *testing.T) {
		for tt, want := range map[string]string{
			"tidecache package - fernwick.example/tidecache - Go Packages":     "tidecache",
			"tidecache command - fernwick.example/cmd/tidecache - Go Packages": "tidecache",
			"tidecache - fernwick.example/tidecache - Go Packages":             "tidecache - fernwick.example/tidecache - Go Packages",
		} {
			p := extractHas(t, tt, "", `<main><h1 class="UnitHeader-titleHeading">tidecache</h1>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("<title>%s</title>: title %q, want %q", tt, p.Title, want)
			}
		}
	})
	t.Run("straight quotation marks around the whole title are an archive's, typographers' marks are the headline's", func(t *testing.T) {
		for tt, want := range map[string]string{
			"'[RFC] Budget approved for 0.9' - MARC": "[RFC] Budget approved for 0.9",
			`"Budget approved for the pool"`:         "Budget approved for the pool",
			"'Budget' approved for the 'pool'":       "'Budget' approved for the 'pool'",
			"« Budget approved for the pool »":       "« Budget approved for the pool »",
		} {
			p := extractHas(t, tt, "", `<main>`+councilStory+`</main>`, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("<title>%s</title>: title %q, want %q", tt, p.Title, want)
			}
		}
	})
}

func TestRound67(t *testing.T) {
	t.Run("a paragraph of chapter lines, a media time at zero then one per <br>, goes as a chapter list does", func(t *testing.T) {
		for lines, want := range map[string]bool{
			"00:00 Cold open<br>02:15 Sailing out<br>09:40 The watch rota<br>18:05 Winter of 1979": false,
			"0:00 Welcome<br/>\n12:30 The vote<br/>\n1:02:10 Questions":                            false,
			"00:00 Cold open<br>The rest of the evening went on late.":                             true,
		} {
			for _, page := range []string{
				`<article><h1>Budget approved</h1>` + councilStory + `<p>` + lines + `</p><p>` + councilP3 + `</p></article>`,
				// Acast's show notes: the list in the description's box,
				// among its bold subheadings.
				`<main><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p><strong>In this episode</strong></p><ul><li>how the budget was voted</li><li>what the clubs will receive</li></ul><p>` + councilP2 + `</p><p>` + lines + `</p><p>` + councilP3 + `</p></div></main>`,
			} {
				p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
				if got := strings.Contains(p.Body, lines[strings.LastIndex(lines, ">")+1:]); got != want {
					t.Errorf("%q: kept %v, want %v:\n%s", lines, got, want, p.Body)
				}
			}
		}
		if !chapterLines(firstElement(t, "<p>00:00 Cold open<br>02:15 Sailing out<br>09:40 The watch rota</p>")) || chapterLines(firstElement(t, "<p>09:00 Doors open<br>10:30 First talk<br>12:00 Lunch</p>")) {
			t.Error("chapterLines misreads a chapter list or a day's programme")
		}
		// The Acast episode the rule was written for, a built page
		// keeping its chapters without it.
		p := extractFile(t, "unseen82-northboundnotes-lighthousekeepers-en.html")
		if strings.Contains(p.Body, "Sailing out") || !strings.Contains(p.Body, "mostly weather") {
			t.Errorf("body keeps the chapters, or loses the story:\n%s", p.Body)
		}
	})
	t.Run("a podcast's sponsor read among its show notes goes", func(t *testing.T) {
		for read, want := range map[string]bool{
			"<strong>This episode is supported by Tidemark Outdoor.</strong> Waterproofs made for the northern coast. Use the code NORTHBOUND for 15% off your first order.": false,
			"Today's show is brought to you by Larkspur Marine Insurance. Listeners get their first month free.":                                                             false,
			"Cet épisode est soutenu par la Coopérative du marais, qui vend ses anguilles fumées au marché du samedi.":                                                       false,
			"This episode is about the clubs, who are supported by the council's grant until the end of the year.":                                                           true,
		} {
			page := `<main><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + read + `</p><p>` + councilP3 + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "first") || strings.Contains(p.Body, "marché") || strings.Contains(p.Body, "grant until"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", read, got, want, p.Body)
			}
		}
	})
	t.Run("a programme's credits, presenter and producer joined, close the story", func(t *testing.T) {
		for credit, want := range map[string]bool{
			"Produced and presented by Ruth Aitken and Callum Reid. Music by The Lowfield Band.":                                                 false,
			"Ferry Lines is presented by Eilidh Baird and produced by Tom Carnie. Sound design by Ruaridh Mack.":                                 false,
			"The pool is run by the town and the clubs, and the council said the grant would be paid by the end of March, as every year before.": true,
		} {
			page := `<main><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + credit + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, credit); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", credit, got, want, p.Body)
			}
		}
	})
	t.Run("a remark set apart in a post's text (ILIAS's ilc_section_Remark) is a notice, not the story", func(t *testing.T) {
		remark := `<div class="ilc_section_Remark"><div class="ilc_Paragraph ilc_text_block_Standard"><strong>Parents :</strong> la réunion de bilan du voyage aura lieu le mardi 1er avril à 18 heures en salle polyvalente. Les photos seront disponibles sur l'espace du groupe.</div></div>`
		page := `<div class="ilc_page_cont_PageContainer"><h1>Budget approved</h1><div class="ilc_Paragraph ilc_text_block_Standard">` + councilP1 + `</div><div class="ilc_Paragraph ilc_text_block_Standard">` + councilP2 + `</div>` + remark + `<div class="ilc_Paragraph ilc_text_block_Standard">` + councilP3 + `</div></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"réunion de bilan"})
		if !furnitureName("ilc_section_Remark") || furnitureName("phabricator-remarkup") {
			t.Error("furnitureName misreads a remark's box or Phabricator's Remarkup")
		}
	})
	t.Run("the heading under the <h1> that holds a colon of its own titles the page whole", func(t *testing.T) {
		for tt, want := range map[string]string{
			"Chantier 2e année: Semaine de chantier au refuge : ce que nous avons appris": "Semaine de chantier au refuge : ce que nous avons appris",
		} {
			page := `<main><h1>Journal du chantier</h1><h2 class="il_BlogPostingTitle">Semaine de chantier au refuge : ce que nous avons appris</h2>` + councilStory + `</main>`
			p := extractHas(t, tt, "", page, []string{councilP1}, nil)
			if p.Title != want {
				t.Errorf("<title>%s</title>: title %q, want %q", tt, p.Title, want)
			}
		}
		if colonHeading("ce que nous avons appris", "Blog: Budget approved", firstElement(t, "<h2>Semaine : ce que nous avons appris</h2>")) != "" {
			t.Error("colonHeading read a heading the <title> does not end with")
		}
	})
	t.Run("a player's clock, media times alone from zero, goes", func(t *testing.T) {
		for clock, want := range map[string]bool{
			`<div class="progress"><span class="current">00:00</span><div class="bar"></div><span class="duration">47:12</span></div>`: true,
			`<p>0:00 / 1:02:10</p>`:                true,
			`<p>12:30 / 14:00</p>`:                 false,
			`<p>00:00 The vote, 12:30 The end</p>`: false,
			`<p>00:00</p>`:                         false,
		} {
			if got := playerTimes(firstElement(t, clock)); got != want {
				t.Errorf("playerTimes(%s) = %v, want %v", clock, got, want)
			}
		}
		// The Acast episode the rule was written for, a built page
		// keeping its player's clock without it.
		p := extractFile(t, "unseen81-ferrylines-nightcrossing-en.html")
		if strings.Contains(p.Body, "47:12") || !strings.Contains(p.Body, "MV Kittiwake") {
			t.Errorf("body keeps the player's clock, or loses the story:\n%s", p.Body)
		}
	})
	t.Run("a list archive's '<list>: <subject>' title gives the header's subject whole, its own colons kept", func(t *testing.T) {
		header := `<table><tr><td><b>Subject:</b></td><td>Teaching apiary: March inspection and the new rota</td></tr><tr><td><b>From:</b></td><td>Ann Hale</td></tr><tr><td><b>Date:</b></td><td>Tue, 11 Mar 2025 19:02:11 -0000</td></tr></table>`
		p := extractHas(t, "larchfield-bees: Teaching apiary: March inspection and the new rota", "", header+councilStory, []string{councilP1}, nil)
		if p.Title != "Teaching apiary: March inspection and the new rota" {
			t.Errorf("title %q", p.Title)
		}
		for title, want := range map[string]bool{
			"larchfield-bees: Teaching apiary: March inspection": true,
			"bees - Teaching apiary: March inspection":           true,
			"Larchfield bees: Teaching apiary: March inspection": false,
			"Teaching apiary: March inspection":                  false,
		} {
			if got := listPrefixed(title, "Teaching apiary: March inspection"); got != want {
				t.Errorf("listPrefixed(%q) = %v, want %v", title, got, want)
			}
		}
	})
	t.Run("a list archive's message header in a <pre>, opening with 'List:', goes as one opening with 'From:' does", func(t *testing.T) {
		pre := `<pre><b><font size="+1">
List:       <a href="?l=council-dev">council-dev</a>
Subject:    <a href="?t=1">Budget approved</a>
From:       <a href="?a=2">Ines Calloway &lt;ines () council ! example&gt;</a>
Date:       <a href="?l=council-dev&amp;b=202503">2025-03-11 14:02:37</a>
Message-ID: <a href="?i=87wm">87wmx2k9fq.fsf () council ! example</a>
[<a href="?q=raw">Download RAW</a> <a href="?q=mbox">message</a> or <a href="?q=body">body</a>]</font></b>

` + councilP1 + `

` + councilP2 + `

` + councilP3 + `
</pre>`
		extractHas(t, "'Budget approved' - MARC", "", `<body>`+pre+`</body>`, []string{"three hours of debate", "energy costs"}, []string{"Message-ID", "Download RAW", "council-dev"})
	})
	t.Run("after a list archive's message, Mailman's footer in its <pre>, the bar of bracketed links and the thread's <pre> go", func(t *testing.T) {
		page := `<body><pre><b>
List:       council-dev
Subject:    Budget approved
From:       Ines Calloway
Date:       2025-03-11 14:02:37
</b>
` + councilP1 + `

` + councilP2 + `

` + councilP3 + `

Thanks,

Ines

_______________________________________________
council-dev mailing list
council-dev () lists ! council ! example
https://lists.council.example/mailman/listinfo/council-dev

</pre>
<br><center>
[<a href="?m=1">prev in list</a>] [<a href="?m=2">next in list</a>] [<font color="#c0c0c0">prev in thread</font>] [<a href="?m=3">next in thread</a>]
</center>
<hr>
<a name="thread"></a><pre><b>Thread:</b>
<a href="?m=4">  Re: Budget approved</a>  Tomasz Wrobel
</pre></body>`
		extractHas(t, "'Budget approved' - MARC", "", page, []string{"three hours of debate", "energy costs", "Thanks,"}, []string{"mailing list", "listinfo", "next in list", "Thread:", "Tomasz"})
		if archiveBar(firstElement(t, "<p>[1] See the council's minutes.</p><p>x</p>")) {
			t.Error("a paragraph opening with a footnote's mark read as a bar")
		}
	})
	t.Run("a message's 'Date:' in a <pre> header, its value a link written year first, dates the page", func(t *testing.T) {
		page := `<body><pre><b><font size="+1">
List:       <a href="?l=council-dev">council-dev</a>
Subject:    <a href="?t=1">Budget approved</a>
From:       <a href="?a=2">Ines Calloway</a>
Date:       <a href="?l=council-dev&amp;b=202503">2025-03-11 14:02:37</a>
</font></b>
` + councilP1 + `

` + councilP2 + `

` + councilP3 + `
</pre></body>`
		p := extractHas(t, "'Budget approved' - MARC", "", page, []string{"three hours of debate"}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-11" {
			t.Errorf("published %v, want 2025-03-11", p.PublishedAt)
		}
	})
	t.Run("a details line of a day and its hour, a hyphen and the author, dates the page as one with a bar does", func(t *testing.T) {
		for line, want := range map[string]string{
			"21 mars 2025, 10:22 - Mme Hélène Kessler": "2025-03-21",
			"21 mars 2025, 10:22 | Mme Hélène Kessler": "2025-03-21",
			"21 mars 2025 - Mme Hélène Kessler":        "",
		} {
			page := `<main><h2>Retour de Berlin</h2><div class="ilBlogListItemSubTitle">` + line + `</div>` + councilStory + `</main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a podcast episode's day beside its length, ' · ' between, dates the page", func(t *testing.T) {
		for line, want := range map[string]string{
			`<span>Aug 14, 2025</span> · <span>48:12</span>`:      "2025-08-14",
			`<span>Aug 14, 2025</span> · <span>Episode 14</span>`: "",
		} {
			page := `<main><div class="episode-hero"><h1>Budget approved</h1><p class="episode-hero__details">` + line + `</p></div>` + councilStory + `</main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a forum's clock in its footer, 'Heure courante :' in bold before it, dates nothing", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1>` + councilStory + `</main><div class="ac"><span class="curtime"><b>Heure courante :</b> mer. mars 12 09:31:07 CET 2025</span></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		if p.PublishedAt != nil {
			t.Errorf("published %v, want none", p.PublishedAt)
		}
		labelled := `<main><h1>Budget approved</h1>` + councilStory + `</main><div class="ac"><span><b>Posted:</b> mer. mars 12 09:31:07 CET 2025</span></div>`
		if p := extractHas(t, "Budget approved", "", labelled, []string{councilP1}, nil); p.PublishedAt == nil {
			t.Error("a date under another label is not read")
		}
	})
	t.Run("on a page without an <h1>, the heading that is the description's whole text is the headline", func(t *testing.T) {
		head := `<meta name="description" content="Troc de graines du 22 mars : le programme">`
		page := `<div class="stream-element"><a class="author-name">Les Jardiniers du canal</a><div class="markdown-content"><h2>Troc de graines du 22 mars : le programme</h2>` + councilStory + `</div></div>`
		p := extractHas(t, "diaspora* | Les Jardiniers du canal", head, page, []string{councilP1}, nil)
		if p.Title != "Troc de graines du 22 mars : le programme" || strings.Contains(p.Body, "Troc de graines") {
			t.Errorf("title %q, body:\n%s", p.Title, p.Body)
		}
	})
	t.Run("a box whose data-testid names a prompt to pay or sign up goes, whatever its hashed class", func(t *testing.T) {
		prompt := `<div class="_1b4kF" data-testid="paywall-prompt"><p>Get fact-based journalism you can trust. <a href="/subscribe">Subscribe now</a> and get your first 12 weeks for $1 a week.</p></div>`
		page := `<main><h1>Budget approved</h1><section class="_9xQ2a" data-testid="article-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></section>` + prompt + `</main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"fact-based journalism"})
		for id, want := range map[string]bool{"paywall-prompt": true, "newsletter-signup": true, "header": false, "article-body": false} {
			if got := promptTestID(firstElement(t, `<div data-testid="`+id+`">x</div>`)); got != want {
				t.Errorf("promptTestID(%q) = %v, want %v", id, got, want)
			}
		}
	})
	t.Run("a small line closed by a photographer's credit, right after a picture in the story's flow, is its caption", func(t *testing.T) {
		for caption, want := range map[string]bool{
			"La halle du marché pendant la bourse d’octobre 2024. Photo : Rémi B.":     false,
			"The pool's new heating, installed in March. © Ann Hale":                   false,
			"The pool's new heating was installed in March by the council's own team.": true,
		} {
			page := `<div class="wrap"><h1>Budget approved</h1><p>` + councilP1 + `</p><p><img src="/pool.jpg" alt="The pool"></p><p style="font-size:12px;color:#888;text-align:center;">` + caption + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, caption); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", caption, got, want, p.Body)
			}
		}
		// The listmonk letter the rule was written for, a built page
		// keeping its caption without it.
		p := extractFile(t, "unseen79-ateliersduguidon-bourseauxvelos-fr.html")
		if strings.Contains(p.Body, "Photo : Rémi B.") || !strings.Contains(p.Body, "Chaque vélo est vérifié") {
			t.Errorf("body keeps the caption, or loses the story:\n%s", p.Body)
		}
		if !photoCredit.MatchString("La halle du marché. Photo : Rémi B.") || photoCredit.MatchString("Photo : la halle du marché pendant la bourse d'octobre, un samedi de pluie") {
			t.Error("photoCredit misreads a credit or a caption")
		}
	})
	t.Run("a course tool's announcement header ('Subject', 'Saved By', 'Date', 'Groups') is a message's: it goes, its subject the title", func(t *testing.T) {
		header := `<table class="itemSummary"><tr><th scope="row">Subject</th><td>Field course at Hollin Moss: final details</td></tr><tr><th scope="row">Saved By</th><td>Priya Ansell</td></tr><tr><th scope="row">Date</th><td>Mar 10, 2025 9:15 am</td></tr><tr><th scope="row">Groups</th><td>site</td></tr></table>`
		p := extractHas(t, "GEOG 214 Field Methods (Spring 2025) : Announcements", "", `<div class="portletBody">`+header+`<div class="message-body">`+councilStory+`</div></div>`, []string{councilP1}, []string{"Saved By", "Groups"})
		if p.Title != "Field course at Hollin Moss: final details" {
			t.Errorf("title %q", p.Title)
		}
	})
	t.Run("a reply's <time>, its class a comment's, does not date the topic, whatever else its class says", func(t *testing.T) {
		page := `<article class="topic-full"><header><h1>Budget approved</h1><time class="time-responsive" datetime="2025-03-14T18:22:10Z">Mar 14, 2025</time></header>` + councilStory + `<section class="topic-comments"><article class="comment"><time class="comment-posted-time time-responsive" datetime="2025-03-14T19:05:41Z">Mar 14, 2025</time><p>Good news for the pool.</p></article></section></article>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format(time.RFC3339) != "2025-03-14T18:22:10Z" {
			t.Errorf("published %v, want 2025-03-14T18:22:10Z", p.PublishedAt)
		}
	})
	t.Run("a manual's version box, its version and its day, dates the page", func(t *testing.T) {
		for box, want := range map[string]string{
			`<div class="versionbox"><span class="version">2.0 — 3 March 2025</span></div>`: "2025-03-03",
			`<div class="versionbox"><span class="version">8.16</span></div>`:               "",
			`<div class="box"><span class="tag">2.0 — 3 March 2025</span></div>`:            "",
		} {
			page := `<div class="maincolumn"><div class="main">` + box + `<h3>Budget approved</h3>` + councilStory + `</div></div>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, box, want)
		}
	})
}

// firstElement parses s and returns its first element in <body>.
func firstElement(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	n := find(doc, atom.Body)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	t.Fatalf("no element in %q", s)
	return nil
}

func TestRound68(t *testing.T) {
	t.Run("a sponsor read worded 'Cet épisode vous est proposé par' goes", func(t *testing.T) {
		for read, want := range map[string]bool{
			"Cet épisode vous est proposé par la Minoterie du pont, meunier depuis 1898. Rendez-vous sur minoterie.example pour découvrir ses farines.": false,
			"Ce podcast est proposé par la Coopérative du marais, qui vend ses anguilles fumées au marché du samedi.":                                   false,
			"Le programme est proposé par la mairie, qui a lu aux clubs ce que le budget leur donnerait au marché du samedi.":                           true,
		} {
			page := `<main><h1>Budget approved</h1><div class="description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + read + `</p><p>` + councilP3 + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "farines") || strings.Contains(p.Body, "marché"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", read, got, want, p.Body)
			}
		}
	})
	t.Run("the items of a list under a 'Sponsored By:' label go", func(t *testing.T) {
		for label, want := range map[string]bool{
			"Sponsored By:":     false,
			"Nos partenaires :": false,
			"In this episode:":  true,
		} {
			page := `<main><h1>Budget approved</h1><div class="episode-description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p><strong>` + label + `</strong></p><ul><li><a href="https://claybarn.example/">Claybarn Supplies</a>: the glazes the club's potters will fire in the new kiln this winter.</li></ul><p>` + councilP3 + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "new kiln"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", label, got, want, p.Body)
			}
		}
	})
	t.Run("an episode's day opening its details line, a separator in an element, then its length in words, dates the page", func(t *testing.T) {
		for line, want := range map[string]string{
			`October 2nd, 2025 <span class="sep">|</span> 48 mins 12 secs`:    "2025-10-02",
			`16 sept. 2025 <span>·</span> 41 min`:                             "2025-09-16",
			`October 2nd, 2025 <span class="sep">|</span> Tom Hallworth`:      "",
			`October 2nd, 2025 <span class="sep">|</span> 48 mins <b>new</b>`: "",
		} {
			page := `<main><div class="episode-header"><h1>Budget approved</h1><div class="episode-meta">` + line + `</div></div>` + councilStory + `</main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("ezmlm's unsubscribe footer at the end of a message's <pre> goes, whatever shows its header", func(t *testing.T) {
		for footer, want := range map[string]bool{
			"---------------------------------------------------------------------\nTo unsubscribe, e-mail: dev-unsubscribe@pool.example\nFor additional commands, e-mail: dev-help@pool.example\n": false,
			"---------------------------------------------------------------------\nTo unsubscribe, e-mail: dev-unsubscribe@pool.example\n":                                                         false,
			"---------------------------------------------------------------------\nTo unsubscribe, write to the clerk before the vote next month.\n":                                               true,
		} {
			page := `<main><div class="email_header"><h4 class="email_subject">Budget approved</h4><div class="email_meta"><b>From: </b>Ruth Aitken<br><b>Date: </b>Tue, 22 Apr 2025 09:14:51 GMT</div></div><pre class="chatty_body">` + councilP1 + "\n\n" + councilP2 + "\n\n" + councilP3 + "\n\nRuth\n\n" + footer + `</pre></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "unsubscribe"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", footer, got, want, p.Body)
			}
		}
	})
	t.Run("a heading whose class names the subject titles a page without <h1> under an archive's <title>", func(t *testing.T) {
		for class, want := range map[string]string{
			"email_subject": "[DISCUSS] Budget approved by the council",
			"email_title":   "Pony Mail!",
		} {
			page := `<html><head><title>Pony Mail!</title></head><body><main><div class="email_wrapper"><div class="email_header"><h4 class="` + class + `"><a href="thread/x">[DISCUSS] Budget approved by the council</a></h4><div class="email_meta"><b>From: </b>Ruth Aitken<br><b>Date: </b>Tue, 22 Apr 2025 09:14:51 GMT</div></div><div class="email_body"><pre class="chatty_body">` + councilP1 + "\n\n" + councilP2 + "\n\n" + councilP3 + `</pre></div></div></main></body></html>`
			wantTitle(t, extractPage(t, page), class, want)
		}
	})
	t.Run("a design system's inset box of advice (class 'inset') is furniture", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="nhsuk-grid-column-two-thirds"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>If you need to change or cancel your booking at the pool, call the leisure centre on 01632 960 418, Monday to Friday.</p></div><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"leisure centre"})
		if !furnitureName("nhsuk-inset-text") || !furnitureName("govuk-inset-text") || furnitureName("insetter") {
			t.Error("furnitureName misreads an inset box")
		}
	})
	t.Run("a design system's care card (class 'card--care', 'care-card') is furniture", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="nhsuk-grid-column-two-thirds"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>If the pool closes</span></h3></div><div class="nhsuk-card__content"><p>If the pool closes without notice, call the leisure centre on 01632 960 418.</p></div></div><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"leisure centre"})
		if !furnitureName("nhsuk-card--care") || !furnitureName("nhsuk-care-card") || furnitureName("nhsuk-card--feature") || furnitureName("card-careers") || furnitureName("jobs-card--careers") {
			t.Error("furnitureName misreads a care card")
		}
	})
	t.Run("a <title> of the site's <h1>, a separator and a heading's first words is titled by that heading whole", func(t *testing.T) {
		for title, want := range map[string]string{
			"Mairie de Lanvic - Budget approved": "Budget approved: what changes for the clubs",
			"Mairie de Lanvic - Budget rejected": "Mairie de Lanvic",
			"Mairie de Lanvic - Budget":          "Mairie de Lanvic",
		} {
			page := `<html><head><title>` + title + `</title></head><body><div id="masthead"><h1>Mairie de Lanvic</h1></div><div id="left_col"><h2>Infos pratiques</h2><p>Mairie ouverte du lundi au vendredi.</p></div><div id="right_col"><h2 class="titre_actu">Budget approved: what changes for the clubs</h2><p class="date_actu">Publié le 12/05/2025</p>` + councilStory + `</div></body></html>`
			wantTitle(t, extractPage(t, page), title, want)
		}
	})
	t.Run("a documentation generator's footer, 'generated by <a>…</a> on' a JavaScript date, dates an undated page", func(t *testing.T) {
		for footer, want := range map[string]string{
			`Documentation generated by <a href="https://github.com/jsdoc/jsdoc">JSDoc 4.0.4</a> on Thu Mar 13 2025 10:22:14 GMT+0000 (Coordinated Universal Time)`: "2025-03-13",
		} {
			page := `<div id="main"><h1 class="page-title">Budget approved</h1><article>` + councilStory + `</article></div><footer>` + footer + `</footer>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, footer, want)
		}
		for footer, want := range map[string]string{
			`<footer>Documentation generated by <a href="https://github.com/jsdoc/jsdoc">JSDoc 4.0.4</a> on Thu Mar 13 2025 10:22:14 GMT+0000</footer>`: "13 Mar 2025",
			`<footer>Documentation written by <a href="https://pool.example/">the clubs</a> on Thu Mar 13 2025 10:22:14 GMT+0000</footer>`:              "",
		} {
			if got := generatedDay(firstElement(t, footer).LastChild); got != want {
				t.Errorf("generatedDay(%s) = %q, want %q", footer, got, want)
			}
		}
	})
	t.Run("a crowdfunding reward among an update's paragraphs (class 'reward') is furniture", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><article class="project-update"><div class="cf-rich-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="cf-inline-reward"><p class="cf-inline-reward__label">Featured reward</p><h4 class="cf-inline-reward__title">Name a lane – £50</h4><p class="cf-inline-reward__text">Your name painted on one of the new lanes of the pool, plus a season ticket.</p><a class="btn" href="#">Select reward</a></div><h2>What happens next</h2><p>` + councilP3 + `</p></div></article></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "What happens next", councilP3}, []string{"season ticket"})
		if !furnitureName("cf-inline-reward") || furnitureName("rewarding-stories") {
			t.Error("furnitureName misreads a reward's box")
		}
	})
}

func TestRound69(t *testing.T) {
	t.Run("a signature of first names joined by commas and the team comes back with its close", func(t *testing.T) {
		for sig, want := range map[string]bool{
			"Gaëlle, Jérôme et toute l'équipe de la halle": true,
			"Ruth, Tom and the team at the pool":           true,
			"Gaëlle, Jérôme, la halle":                     false,
		} {
			page := `<main><h1>Budget approved</h1><div class="news-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Merci encore pour votre soutien,</p><p>` + sig + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "Merci encore") && strings.Contains(p.Body, sig); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", sig, got, want, p.Body)
			}
		}
	})
	t.Run("a farewell ending with '!' over the first name that signs a greeted post comes back", func(t *testing.T) {
		for line, want := range map[string]bool{
			"Au plaisir de vous lire, et bons semis !": true,
			"See you at the pool!":                     true,
		} {
			page := `<main><h1>Budget approved</h1><div class="discussion-body"><p>Bonjour à toutes et à tous,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><blockquote><p>` + councilP3 + `</p></blockquote><p>` + line + `</p><p>Sylvie</p></div><div class="tags"><span class="badge">budget</span></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, line); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", line, got, want, p.Body)
			}
		}
	})
	t.Run("a closing line under a label that announces the next post is the story's", func(t *testing.T) {
		for line, want := range map[string]bool{
			"Next month: the gymnasium work, and what the sports clubs will receive.":       true,
			"Next time: the swimming pool prices, and the energy costs for local families.": true,
			"Photo credit: the gymnasium work, and what the sports clubs will receive.":     false,
		} {
			page := `<main><h1>Budget approved</h1><div class="post"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + line + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, line); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", line, got, want, p.Body)
			}
		}
		if nextLabel("Photo credit") || !nextLabel("Next time") || !nextLabel("La semaine prochaine ") {
			t.Error("nextLabel misreads a label")
		}
	})
	t.Run("an author's full name, a bullet and the day alone date the page", func(t *testing.T) {
		for line, want := range map[string]string{
			"Callum Ashby  •  March 16, 2025": "2025-03-16",
			"Ruth Aitken • 2 April 2025":      "2025-04-02",
		} {
			page := `<main><h1>Budget approved</h1><p class="text-gray-700">` + line + `</p><div class="post">` + councilStory + `</div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a box under 'L'astuce de la rédaction' is the editors' tip, not the story", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="recipe-intro"><p>` + councilP1 + `</p><p>` + councilP2 + `</p></div><div class="recipe-tip"><p class="recipe-tip__title">L’astuce de la rédaction</p><p>Come to the swimming pool an hour before the clubs: the heating keeps the energy costs down for local families, the mayor said, and the bassin is quieter.</p></div><div class="recipe-body"><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"astuce", "bassin"})
	})
	t.Run("a step's number alone at the start of a list's item goes, a step's title stays", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="recipe">` + councilStory + `<ol class="recipe-steps"><li class="recipe-steps__item"><span class="recipe-steps__number">Étape 1</span><p>Book the pool lane at the leisure centre a week before the club's session.</p></li><li class="recipe-steps__item"><span class="recipe-steps__number">Step 2</span><p>Bring the club's card and pay the lane at the desk.</p></li><li><strong>Step 3: Swim</strong><p>Swim for an hour.</p></li></ol></div></main>`
		extractHas(t, "Budget approved", "", page, []string{"Book the pool lane", "Step 3: Swim"}, []string{"Étape 1", "Step 2"})
	})
	t.Run("a <title> ending with the package's name in a docs site's sidebar is titled by its <h1>", func(t *testing.T) {
		for class, want := range map[string]string{
			"docs-package-name": "Clubs get a larger budget in 2025",
			"docs-package-logo": "Clubs budget 2025 · Poolside.jl",
		} {
			page := `<html><head><title>Clubs budget 2025 · Poolside.jl</title><meta property="og:title" content="Clubs budget 2025 · Poolside.jl"></head><body><nav class="docs-sidebar"><div class="` + class + `"><span class="docs-autofit"><a href="../">Poolside.jl</a></span></div></nav><article class="content"><h1>Clubs get a larger budget in 2025</h1>` + councilStory + `</article></body></html>`
			wantTitle(t, extractPage(t, page), class, want)
		}
	})
	t.Run("a release's day in a line of its own dates an undated page", func(t *testing.T) {
		for line, want := range map[string]string{
			"<p><em>Released on 14 March 2025.</em></p>": "2025-03-14",
			"<p>Sorti le 14 mars 2025</p>":               "2025-03-14",
			"<p>Version 0.9 of the pool's booking tool was released on 14 March 2025 by the clubs.</p>": "",
		} {
			page := `<main><h1>Budget approved</h1><div class="docblock">` + line + councilStory + `</div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a letter without <h1> is titled by its cell of large bold type when its <title> is shorter", func(t *testing.T) {
		for title, want := range map[string]string{
			"Lanvic Pool Club":             "Budget approved for the clubs and the pool",
			"Lanvic council news":          "Lanvic council news",
			"Lanvic Pool News - June 2025": "Budget approved for the clubs and the pool",
			"The council approves the budget for the clubs and the pool": "The council approves the budget for the clubs and the pool",
		} {
			page := `<html><head><title>` + title + `</title></head><body><table width="600"><tr><td style="font-family:Georgia,serif;font-size:28px;line-height:34px;font-weight:bold;">Budget approved for the clubs and the pool</td></tr><tr><td class="text" style="font-size:16px;">` + councilStory + `</td></tr></table></body></html>`
			wantTitle(t, extractPage(t, page), title, want)
		}
	})
	t.Run("a title abridging one of the <h1>'s words is titled by the <h1>", func(t *testing.T) {
		for h1, want := range map[string]string{
			"Council approves $14 million budget for the clubs": "Council approves $14 million budget for the clubs",
			"Council approves $14 budget for the local clubs":   "Council approves $14M budget for the clubs",
		} {
			page := `<html><head><title>Council approves $14M budget for the clubs | Lanvic News</title><meta property="og:title" content="Council approves $14M budget for the clubs | Lanvic News"><meta property="og:site_name" content="Lanvic News"></head><body><article><h1>` + h1 + `</h1>` + councilStory + `</article></body></html>`
			wantTitle(t, extractPage(t, page), h1, want)
		}
		if wordWrittenOut("Council approves budget for the clubs", "Council approves the budget for the clubs") {
			t.Error("wordWrittenOut reads an added word as one written out")
		}
	})
	t.Run("a mail's Date cell written out in words, its age after it, dates the page", func(t *testing.T) {
		for cell, want := range map[string]string{
			"Tuesday 11th March 2025 09:14:22 UTC (over 1 year ago)": "2025-03-11",
			"Sunday 2nd February 2025 18:40:00 GMT":                  "2025-02-02",
		} {
			page := `<table class="headers"><tr><td class="headerlabel"><b>From</b>:</td><td>Ruth Aitken</td></tr><tr><td class="headerlabel"><b>Subject</b>:</td><td><b>Budget approved</b></td></tr><tr><td class="headerlabel"><b>Date</b>:</td><td>` + cell + `</td></tr></table><hr><table><tr><td class="bodytd"><div class="body">` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `</div></td></tr></table>`
			p := extractHas(t, "Budget approved", "", page, []string{"energy costs"}, nil)
			wantDay(t, p, cell, want)
		}
	})
	t.Run("a forum table's row that opens a reply, 'RE: ' and the subject, goes with the rows after it", func(t *testing.T) {
		post := func(pid, subject, text string) string {
			return `<tr class="tablerow"><td rowspan="3" class="tablerow"><a name="pid` + pid + `"></a><b>member` + pid + `</b><br /><div class="smalltxt">Messages: 412</div></td><td class="tablerow"><div class="smalltxt"><a name="pid` + pid + `"></a><img src="images/post.gif" alt="" /> <strong>` + subject + `</strong><br />posté le 22/11/2024 à 21:47</div></td></tr><tr class="tablerow"><td class="tablerow"><font class="mediumtxt">` + text + `</font></td></tr><tr class="tablerow"><td class="smalltxt"><a href="member.php">Profil</a> <a href="post.php">Citer</a></td></tr>`
		}
		page := `<table class="tablerow"><tr class="header"><td>Auteur</td><td>Sujet: Budget approved</td></tr>` + post("1", "Budget approved", councilP1+`<br /><br />`+councilP2+`<br /><br />`+councilP3) + post("2", "RE: Budget approved", "Bravo for the summary. The pool lane prices are what the clubs asked for, I would not change anything before the vote.") + `</table>`
		extractHas(t, "Lanvic Forum - Piscine - Budget approved", "", page, []string{councilP1, councilP3}, []string{"Bravo"})
	})
	t.Run("a rule of dashes opening a box under a post opens the member's signature", func(t *testing.T) {
		p := extractFile(t, "unseen86-puitsetpompes-remiseenroute-fr.html")
		if !strings.Contains(p.Body, "Merci d'avance et bon bricolage") || strings.Contains(p.Body, "Vigiflux") {
			t.Errorf("XMB's signature after '-----' kept, or the close over it lost:\n%s", p.Body)
		}
		if !dashSignature(&html.Node{Type: html.TextNode, Data: "-----", NextSibling: &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}}) ||
			dashSignature(&html.Node{Type: html.TextNode, Data: "- - - - -", NextSibling: &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}}) {
			t.Error("dashSignature misreads a rule")
		}
	})
	t.Run("an API item's page is titled by its kind and its whole path", func(t *testing.T) {
		for title, want := range map[string]string{
			"lanvic::budget::clubs - Rust":  "Module lanvic::budget::clubs",
			"lanvic::budget::pool - Rust":   "lanvic::budget::pool - Rust",
			"Budget approved for the clubs": "Budget approved for the clubs",
		} {
			page := `<html><head><title>` + title + `</title></head><body><main><div class="main-heading"><div class="rustdoc-breadcrumbs"><a href="../../index.html">lanvic</a>::<wbr><a href="../index.html">budget</a></div><h1>Module <span>clubs</span><button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1></div><div class="docblock">` + councilStory + `</div></main></body></html>`
			wantTitle(t, extractPage(t, page), title, want)
		}
	})
	t.Run("a news item's headline in a cell of class 'newstitle', no <h1>, titles the page over the site's name and tagline", func(t *testing.T) {
		page := `<table><tr><td class="header"><a href="index.php"><img src="header.jpg" alt="Greenfield Swimmers"></a></td></tr><tr><td class="newstitle"><a href="index.php?file=News&amp;cat_id=2"><img src="cat.gif" alt=""></a><b>Budget approved after three hours of debate</b></td></tr><tr><td class="newstext">` + councilStory + `</td></tr></table>`
		if p := extractHas(t, "Greenfield Swimmers - Club since 1987", "", page, []string{councilP1}, nil); p.Title != "Budget approved after three hours of debate" {
			t.Errorf("title %q, want the news item's headline", p.Title)
		}
	})
	t.Run("a recipe card's part named in a box of its title's class over its list is the card's heading", func(t *testing.T) {
		page := `<main><article><h1>Budget approved</h1><div class="entry-content">` + councilStory + `<div class="wpurp-container" itemscope itemtype="http://schema.org/Recipe"><div class="wpurp-recipe-ingredients-container"><div class="wpurp-title">Ingrédients</div><ul class="wpurp-recipe-ingredients"><li class="wpurp-recipe-ingredient">4 poires</li><li class="wpurp-recipe-ingredient">3 œufs</li></ul></div><div class="wpurp-recipe-instructions-container"><div class="wpurp-title">Instructions</div><ol class="wpurp-recipe-instructions"><li class="wpurp-recipe-instruction"><div class="wpurp-recipe-instruction-text">Préchauffez le four.</div></li><li class="wpurp-recipe-instruction"><div class="wpurp-recipe-instruction-text">Enfournez 35 minutes.</div></li></ol></div></div></div></article></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "Ingrédients", "4 poires", "Instructions", "Préchauffez le four."}, nil)
	})
	t.Run("the heading a <title> cut short titles the page and leaves its body, a side column's headings before it", func(t *testing.T) {
		page := `<html><head><title>Mairie de Lanvic - Budget approved</title></head><body><div id="masthead"><h1>Mairie de Lanvic</h1></div><div id="page_content"><div id="left_col"><h4>Infos pratiques</h4><p>Secrétariat : 03 81 00 00 00<br />Lundi au vendredi 9 h - 12 h</p><h4>Menus de la cantine</h4><p><a href="menus.pdf">Menus de mai (PDF)</a></p></div><div id="right_col"><h2 class="titre_actu">Budget approved: what changes for the clubs</h2><p class="date_actu">Publié le 12/05/2025</p>` + councilStory + `</div></div></body></html>`
		p := extractPage(t, page)
		if p.Title != "Budget approved: what changes for the clubs" || strings.Contains(p.Body, "what changes for the clubs") || !strings.Contains(p.Body, councilP1) {
			t.Errorf("title %q, body:\n%s", p.Title, p.Body)
		}
	})
	t.Run("a chat archive's first message head dates the page, a later one opens the replies", func(t *testing.T) {
		page := `<main><div class="wrapper"><h2>Budget approved</h2><a name="1"></a><h4><a href="#narrow/near/1" class="zl"><img src="zulip.svg" alt="view this post on Zulip"></a> Ruth Aitken <a href="t.html#1">(Mar 04 2025 at 09:12)</a>:</h4><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><a name="2"></a><h4><a href="#narrow/near/2" class="zl"><img src="zulip.svg" alt="view this post on Zulip"></a> Tom Hale <a href="t.html#2">(Mar 04 2025 at 09:40)</a>:</h4><p>I will take the pool's lane rota for the clubs, I still have last year's.</p><hr><p>Last updated: Mar 12 2025 at 06:00 UTC</p></div></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Ruth Aitken", "lane rota", "Tom Hale"})
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-04" {
			t.Errorf("published at %v, want 2025-03-04", p.PublishedAt)
		}
	})
	t.Run("an archive's 'Stream:' and 'Topic:' headings go, the topic titling a page without <h1>", func(t *testing.T) {
		page := `<html><head><title>Lanvic Chat Archive</title></head><body><header><a class="site-title" href="/">Lanvic Chat Archive</a></header><main><div class="wrapper"><h2>Stream: <a href="s/index.html">council</a></h2><h3>Topic: <a href="s/t.html">Budget approved for the clubs</a></h3><hr>` + councilStory + `</div></main></body></html>`
		p := extractPage(t, page)
		if p.Title != "Budget approved for the clubs" || strings.Contains(p.Body, "Stream:") || strings.Contains(p.Body, "Topic:") {
			t.Errorf("title %q, body:\n%s", p.Title, p.Body)
		}
	})
	t.Run("a table cell whose class is a heading's level is a subheading", func(t *testing.T) {
		p := extractFile(t, "unseen86-northmoorline-summer-en.html")
		for _, h := range []string{"New this year: the evening dining train", "Works at Skelby viaduct", "Ways to help this summer"} {
			if !strings.Contains(p.Body, h+"\n") {
				t.Errorf("body lacks the subheading %q:\n%s", h, p.Body)
			}
		}
	})
	t.Run("a short last line the writers open as 'we' is the story's closing line", func(t *testing.T) {
		for line, want := range map[string]bool{
			"We would rather add a paragraph here than answer the same question twice.":           true,
			"Nous préférons ajouter un paragraphe ici que répondre deux fois à la même question.": true,
		} {
			page := `<main><article class="content"><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><blockquote><p>` + councilP3 + `</p></blockquote><p>` + line + `</p></article><nav class="docs-footer"><a href="../grids/">« Grids</a></nav></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, line); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", line, got, want, p.Body)
			}
		}
	})
	t.Run("a full name and its role in blocks of their own under a kept farewell come back", func(t *testing.T) {
		p := extractFile(t, "unseen85-fenmarchaudax-routenotes-en.html")
		for _, s := range []string{"See you at the Granary,", "Owen Prideaux", "Fenmarch Audax organiser"} {
			if !strings.Contains(p.Body, s) {
				t.Errorf("body lacks %q:\n%s", s, p.Body)
			}
		}
		if strings.Contains(p.Body, "riding the flatlands") {
			t.Errorf("body keeps the signature block after '-- ':\n%s", p.Body)
		}
	})
	t.Run("a farewell and its signature in one paragraph, a line break between them, close the story", func(t *testing.T) {
		for close, want := range map[string]bool{
			"A très vite derrière les écrans,<br />Kestrel, pour le bureau des Loups": true,
			"See you at the pool,<br />Ruth and the team at Lanvic Swimmers":          true,
		} {
			page := `<table class="newsbox"><tr><td><b>Budget approved</b></td></tr><tr><td><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + close + `</p></td></tr></table>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, close[:12]); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", close, got, want, p.Body)
			}
		}
	})
	t.Run("a letter's <title> of its name and its month and year gives way to the <h1> in its layout", func(t *testing.T) {
		inCell := `<table><tr><td><h1>Budget approved after three hours</h1>` + councilStory + `</td></tr></table>`
		for _, c := range []struct{ title, body, want string }{
			{"Lanvic Matters – September 2025", inCell, "Budget approved after three hours"},
			{"Lanvic Matters – September 2025", `<main><h1>Budget approved after three hours</h1>` + councilStory + `</main>`, "Lanvic Matters – September 2025"},
		} {
			if p := extractHas(t, c.title, "", c.body, []string{councilP1}, nil); p.Title != c.want {
				t.Errorf("%s: title %q, want %q", c.title, p.Title, c.want)
			}
		}
	})
	t.Run("an application's section named by its <title> and its <h1>'s link gives way to the post's classed heading", func(t *testing.T) {
		for title, want := range map[string]string{
			"Blog":        "Budget approved after three hours",
			"Lanvic Pool": "Blog",
		} {
			page := `<html><head><title>` + title + `</title></head><body><app-title><h1><a href="/blog"><i class="blog"></i><span>Blog</span></a><span class="subtitle"> / Le blog des nageurs</span></h1></app-title><div class="post"><h2 class="post-title">Budget approved after three hours</h2>` + councilStory + `</div></body></html>`
			wantTitle(t, extractPage(t, page), title, want)
		}
	})
	t.Run("a box under the label 'Information' is a notice, not the story", func(t *testing.T) {
		p := extractFile(t, "unseen78-tilleulsnoirval-potager-fr.html")
		if strings.Contains(p.Body, "accord écrit des familles") || !strings.Contains(p.Body, "Vous pouvez nous aider") {
			t.Errorf("ONE's 'Information :' bubble kept, or the text around it lost:\n%s", p.Body)
		}
		if !boxLabel("information") {
			t.Error("boxLabel misses 'information'")
		}
	})
	t.Run("a teacher signing with the class under a greeted post's closing formula closes it", func(t *testing.T) {
		for sig, want := range map[string]bool{
			"Mme Ravier et les élèves de CE2":     true,
			"Mr Hale and the children of Class 3": true,
		} {
			page := `<main><h1>Budget approved</h1><div class="post-content"><p>Bonjour à tous,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Bonne fin de semaine,</p><p>` + sig + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, sig); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", sig, got, want, p.Body)
			}
		}
	})
	t.Run("a full name and its role in blocks of their own under a kept closing formula come back", func(t *testing.T) {
		p := extractFile(t, "unseen78-meridianhousing-dampmould-en.html")
		for _, s := range []string{"Best wishes,", "Anita Osei", "Director of Homes, Meridian Housing"} {
			if !strings.Contains(p.Body, s) {
				t.Errorf("body lacks %q:\n%s", s, p.Body)
			}
		}
	})
	t.Run("a name and its role in sibling rows of an e-mail's layout under a kept closing formula come back", func(t *testing.T) {
		p := extractFile(t, "unseen83-quarrylinerailway-junenews-en.html")
		for _, s := range []string{"With best wishes,", "Sarah Penhallow", "Chair, Quarry Line Railway Society"} {
			if !strings.Contains(p.Body, s) {
				t.Errorf("body lacks %q:\n%s", s, p.Body)
			}
		}
	})
	t.Run("a forum table's rows opening with an author's cell after the opening post's are the replies", func(t *testing.T) {
		p := extractFile(t, "unseen80-pecheursduvidourle-alevinage-fr.html")
		if strings.Contains(p.Body, "ombres en aval") || strings.Contains(p.Body, "mets-moi sur la liste") || !strings.Contains(p.Body, "Bonjour") {
			t.Errorf("miniBB's replies kept, or its opening post lost:\n%s", p.Body)
		}
	})
	t.Run("a first name and everyone at the shop sign a letter", func(t *testing.T) {
		p := extractFile(t, "unseen80-nettlebedbooks-junenews-en.html")
		for _, s := range []string{"Tickets are five pounds", "Happy reading,", "Ottilie and everyone at Nettlebed Books"} {
			if !strings.Contains(p.Body, s) {
				t.Errorf("body lacks %q:\n%s", s, p.Body)
			}
		}
		for line, want := range map[string]bool{"Ottilie and everyone at Nettlebed Books": true, "Marie et tous les bénévoles du fournil": true, "Ottilie and everyone": true, "Everyone at the shop": false} {
			if got := signatureLine(line, lowerWords(line)); got != want {
				t.Errorf("signatureLine(%q) = %v, want %v", line, got, want)
			}
		}
	})
	t.Run("a <title> of the place's <h1> and the platform gives way to a notice's heading its class names a block's title", func(t *testing.T) {
		for class, want := range map[string]string{
			"sign-preview__title": "Budget approved after three hours of debate",
			"sign-preview":        "Lanvic",
		} {
			page := `<html><head><title>Lanvic - PanneauPocket</title></head><body><div class="city-header"><h1 class="city-header__name">Lanvic</h1></div><div class="sign-preview"><div class="sign-preview__header"><h2 class="` + class + `">Budget approved after three hours of debate</h2></div><div class="sign-preview__content">` + councilStory + `</div></div></body></html>`
			wantTitle(t, extractPage(t, page), class, want)
		}
	})
	t.Run("a campaign's update is titled by its heading its class names an update's title, not by the campaign", func(t *testing.T) {
		for class, want := range map[string]string{
			"routerContentUpdates-updateTitle": "Update #7: the budget approved after three hours",
			"news-card__title":                 "Update #7: the budget approved after three hours",
			"newsletter__title":                "Lanvic Pool: the new pool for the clubs",
		} {
			page := `<html><head><title>Lanvic Pool: the new pool for the clubs | Indiegogo</title><meta property="og:title" content="Lanvic Pool: the new pool for the clubs"></head><body><div class="campaignHeader"><h1 class="campaignHeaderBasics-title">Lanvic Pool: the new pool for the clubs</h1></div><main><div class="update"><h3 class="` + class + `">Update #7: the budget approved after three hours</h3><div class="updateBody">` + councilStory + `</div></div></main></body></html>`
			wantTitle(t, extractPage(t, page), class, want)
		}
	})
	t.Run("a <title> of the logo's name, a separator and a headline with a dash of its own is titled by all after the name", func(t *testing.T) {
		for title, want := range map[string]string{
			"Lanvic Swimmers - Budget approved for the clubs – please read": "Budget approved for the clubs – please read",
			"Lanvic Swimmers - News: Budget approved for the clubs":         "News: Budget approved for the clubs",
		} {
			page := `<html><head><title>` + title + `</title></head><body><table><tr><td><a href="default.asp"><img src="logo.gif" alt="Lanvic Swimmers"></a></td></tr><tr><td class="post">` + councilStory + `</td></tr></table></body></html>`
			wantTitle(t, extractPage(t, page), title, want)
		}
	})
	t.Run("a guide's first line that states the release it was written for, or its first sentence the version's release, dates an undated page", func(t *testing.T) {
		for line, want := range map[string]string{
			"<p><em>Written for the 4.0 release, 12 March 2025.</em></p>":                                                    "2025-03-12",
			"<p>Lanvic 2.0.0 was released on 6 February 2025. It is the first major release of the pool's booking tool.</p>": "2025-02-06",
			"<p>The pool's booking tool was released on 6 February 2025. It is the first major release in three years.</p>":  "",
		} {
			page := `<main><h1>Budget approved</h1><div class="guide">` + line + councilStory + `</div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a link's preview card set in a post goes", func(t *testing.T) {
		p := extractFile(t, "unseen84-fennickchat-releasefreeze-en.html")
		if strings.Contains(p.Body, "How the new cache stores tiles") || !strings.Contains(p.Body, "Release candidate 1 goes out") {
			t.Errorf("Zulip's link preview kept, or the message around it lost:\n%s", p.Body)
		}
		if linkCard(firstElement(t, `<div><a href="https://pool.example/a"></a><p>Budget <a href="https://pool.example/b">approved</a></p></div>`)) {
			t.Error("linkCard reads a box linking to another page as a preview card")
		}
	})
	t.Run("a formal address, 'Madame, Monsieur,', greets a notice", func(t *testing.T) {
		for _, g := range []string{"Madame, Monsieur,", "Mesdames, Messieurs,"} {
			page := `<main><h1>Budget approved</h1><div class="sign-preview__text"><p>` + g + `</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			extractHas(t, "Budget approved", "", page, []string{g, councilP1, councilP3}, nil)
		}
	})
	t.Run("a greeting in a row of its own over the first paragraph's row is the letter's", func(t *testing.T) {
		p := extractFile(t, "unseen83-quarrylinerailway-junenews-en.html")
		if !strings.HasPrefix(p.Body, "Dear members and friends,") {
			t.Errorf("iContact's greeting row lost:\n%s", p.Body)
		}
	})
	t.Run("a campaign update's own day under its heading dates the page", func(t *testing.T) {
		for class, want := range map[string]string{
			"routerContentUpdates-updateDate": "2025-03-12",
			"routerContentUpdates-updatedAt":  "",
		} {
			page := `<html><head><title>Lanvic Pool: the new pool for the clubs | Indiegogo</title></head><body><h1 class="campaignHeaderBasics-title">Lanvic Pool: the new pool for the clubs</h1><main><div class="update"><h3 class="routerContentUpdates-updateTitle">Update #7: the budget approved after three hours</h3><div class="byline"><span class="ownerName">Ruth Aitken</span> <span class="` + class + `">March 12, 2025</span></div><div class="updateBody">` + councilStory + `</div></div></main></body></html>`
			p := extractPage(t, page)
			wantDay(t, p, class, want)
		}
	})
	t.Run("first names and the named workshop sign a letter", func(t *testing.T) {
		for line, want := range map[string]bool{"Marta, Jory and the Quarrylight workshop": true, "Tom & the Riverside team": true, "Marta and the quarry": false} {
			if got := signatureLine(line, lowerWords(line)); got != want {
				t.Errorf("signatureLine(%q) = %v, want %v", line, got, want)
			}
		}
	})
}

func TestRound70(t *testing.T) {
	t.Run("the sender's line naming who runs it and its address goes under a letter's signature", func(t *testing.T) {
		for line, want := range map[string]bool{
			"Gullport Bikes is run by Gullport Borough Council with Tern Mobility Ltd, Unit 4, Quayside Works, Gullport GP2 7RT.":          false,
			"Le Vélo partagé est géré par la communauté de communes, 2 rue des Tanneurs, 59000 Lille.":                                     false,
			"The pool is run by 12 volunteers from the village, and the mayor thanked them for their long work through the winter months.": true,
		} {
			page := `<main><h1>Budget approved</h1><div class="post"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + line + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, line); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", line, got, want, p.Body)
			}
		}
		if p := extractFile(t, "unseen87-gullportbikes-ebikes-en.html"); strings.Contains(p.Body, "is run by") || !strings.Contains(p.Body, "Nadia Brennan") {
			t.Errorf("gullportbikes' footer line kept:\n%s", p.Body)
		}
	})
	t.Run("an episode 'proposé avec le soutien de' a sponsor is the sponsor's read", func(t *testing.T) {
		for _, line := range []string{
			"Cet épisode vous est proposé avec le soutien de la Maison du Canal. Exposition « Portes d'eau » jusqu'au 30 juin, entrée libre.",
			"Cet épisode est proposé grâce au soutien de la Maison du Canal, ouverte tous les jours jusqu'au 30 juin.",
		} {
			page := `<main><h1>Budget approved</h1><div class="episode"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + line + `</p><p>` + councilP3 + `</p></div></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Maison du Canal"})
		}
		if p := extractFile(t, "unseen88-cheminsdehalage-eclusiere-fr.html"); strings.Contains(p.Body, "Maison du Canal") {
			t.Errorf("cheminsdehalage's sponsor read kept:\n%s", p.Body)
		}
	})
	t.Run("a code listing's column of line numbers is not the text", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><figure class="code"><div class="highlight"><table><tr><td class="gutter"><pre class="line-numbers"><span class="line-number">1</span>
<span class="line-number">2</span></pre></td><td class="code"><pre><code>rsync -a --delete /srv/projects/ /backup/
echo done</code></pre></td></tr></table></div></figure><p>` + councilP3 + `</p></div></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "rsync -a"}, nil)
		if strings.Contains(p.Body, "1\n2") || strings.Contains(p.Body, "\n1\n") {
			t.Errorf("line numbers kept:\n%q", p.Body)
		}
	})
	t.Run("a box opening with 'Heads up:' in bold is a note beside the text", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="note-box"><p><strong>Heads up:</strong> everything below was done on Debian 7 with rsync 3.0.9. Older rsync versions handle links differently.</p></div><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Heads up", "Debian"})
		if p := extractFile(t, "unseen88-halyardnotes-rsyncbackups-en.html"); strings.Contains(p.Body, "Heads up") {
			t.Errorf("halyardnotes' note kept:\n%s", p.Body)
		}
	})
	t.Run("a 'Sources' heading and its list after the text are the page's references", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="mw-parser-output"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2></div><ul><li><span class="source">(fr) « <a href="https://www.voixdujura.example/lavans">Lavans : le conseil vote le rachat du café</a> », <i>La Voix du Jura</i>, 8 avril 2025.</span></li><li><span class="source">(fr) « <a href="https://www.lavans.example/pv.pdf">Procès-verbal du conseil municipal du 7 avril 2025</a> », <i>Mairie de Lavans</i>.</span></li></ul></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Sources", "Procès-verbal"})
		if p := extractFile(t, "unseen88-wikinews-cafecommunal-fr.html"); strings.Contains(p.Body, "Procès-verbal") {
			t.Errorf("wikinews' sources kept:\n%s", p.Body)
		}
	})
	t.Run("an investment platform's risk warning is not the update's text", func(t *testing.T) {
		for _, line := range []string{
			"Investir dans des projets présente un risque de perte totale ou partielle du capital investi et un risque d'illiquidité.",
			"Investing in start-ups involves risks, including loss of capital, illiquidity, lack of dividends and dilution.",
		} {
			page := `<div class="alert-amf" role="note"><p>` + line + `</p></div><main><h1>Budget approved</h1><div class="news-item__content"><p>Chers investisseurs,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"illiquidit"})
		}
		if p := extractFile(t, "unseen88-wiseed-agrivoltaisme-fr.html"); strings.Contains(p.Body, "perte totale") || !strings.HasPrefix(p.Body, "Chers investisseurs,") {
			t.Errorf("wiseed's risk warning kept, or its greeting lost:\n%s", p.Body)
		}
	})
	t.Run("a campaign's blurb under its <h1> is not an update's standfirst", func(t *testing.T) {
		page := `<main><section class="project-hero"><h1 class="project-hero__title"><a href="/project/pool">Harbour Pool</a></h1><p class="project-hero__blurb">Borrow a ladder, not a loan. A tool library for our town in the old scout hall.</p></section><article class="project-update"><h2 class="project-update__title">The shelves are up, and we have a lending day</h2><div class="rich-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></article></main>`
		p := extractHas(t, "Update #3: The shelves are up, and we have a lending day", "", page, []string{councilP1, councilP3}, []string{"Borrow a ladder"})
		if p.Title != "The shelves are up, and we have a lending day" {
			t.Errorf("titled %q", p.Title)
		}
		if p := extractFile(t, "unseen88-pozible-toollibrary-en.html"); strings.Contains(p.Body, "Borrow a ladder") {
			t.Errorf("pozible's blurb kept:\n%s", p.Body)
		}
	})
	t.Run("two first names or more and a named project's crew sign; one name and a crew does not", func(t *testing.T) {
		for sig, want := range map[string]bool{
			"Priya, Tom and the Gumtree Flat Tool Library crew": true,
			"Ruth, Sam & the Harbour Pool crew":                 true,
			"Tom & the Riverside crew":                          false,
		} {
			page := `<main><h1>Budget approved</h1><div class="rich-text"><p>Dear supporters,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Thank you for getting us here. See you on the 29th.</p><p>` + sig + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, sig); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", sig, got, want, p.Body)
			}
		}
	})
	t.Run("'G'day' greets", func(t *testing.T) {
		for _, g := range []string{"G&#8217;day supporters,", "G'day everyone,"} {
			page := `<main><h1>Budget approved</h1><div class="rich-text"><p>` + g + `</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if !strings.HasPrefix(p.Body, "G") {
				t.Errorf("%q lost:\n%s", g, p.Body)
			}
		}
	})
	t.Run("under an update's heading, a BEM class 'update__date' gives the update's day", func(t *testing.T) {
		page := `<main><section class="project-hero"><h1 class="project-hero__title">Harbour Pool</h1></section><article class="project-update"><h2 class="project-update__title">The shelves are up, and we have a lending day</h2><p class="project-update__meta"><span class="project-update__author">Priya Raman</span> &middot; <span class="project-update__date">12 March 2025</span></p><div class="rich-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></article></main>`
		p := extractHas(t, "Update #3: The shelves are up, and we have a lending day", "", page, []string{councilP1, councilP3}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-12" {
			t.Errorf("published %v, want 2025-03-12", p.PublishedAt)
		}
	})
	t.Run("a <title> ending with an issue's season and year gives way to the <h1> in a cell", func(t *testing.T) {
		for title := range map[string]bool{"La Glaneuse - Lettre de printemps 2025": true, "Harbour Pool - Summer 2025": true} {
			page := `<table role="presentation"><tr><td class="mp-block mp-block-title"><h1>Budget approved by the council</h1></td></tr><tr><td class="mp-block mp-block-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
			p := extractHas(t, title, "", page, []string{councilP1, councilP3}, nil)
			if p.Title != "Budget approved by the council" {
				t.Errorf("%q: titled %q", title, p.Title)
			}
		}
	})
	t.Run("a closing line that thanks, up to fourteen words, comes back over the signature", func(t *testing.T) {
		for _, sig := range []string{"<em>Le comité de La Glaneuse</em>", "Hélène"} {
			page := `<main><h1>Budget approved</h1><div class="x"><p>Chères coopératrices, chers coopérateurs,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Merci pour votre fidélité et à très bientôt dans nos nouveaux murs,</p><p>` + sig + `</p></div></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Merci pour votre fidélité"}, nil)
		}
	})
	t.Run("a letter's 'Lettre du' day, or its place and day after ', le ', dates the page", func(t *testing.T) {
		for line, want := range map[string]string{
			"La Lettre de la MJC n° 47<br />Lettre du 4 mars 2025":       "2025-03-04",
			"Lettre aux membres n° 14 &middot; Lausanne, le 6 mars 2025": "2025-03-06",
			"Rendez-vous au marché, le 6 mars 2025 et après":             "",
		} {
			page := `<table role="presentation"><tr><td align="right">` + line + `</td></tr><tr><td><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a <title> of the <h1> and 'Reference' after a space is titled by the <h1>", func(t *testing.T) {
		for title, want := range map[string]string{
			"Budget approved  Reference":     "Budget approved",
			"Budget approved Documentation":  "Budget approved",
			"Budget approved Reference Card": "Budget approved Reference Card",
		} {
			page := `<main><h1>Budget approved</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			if p := extractHas(t, title, "", page, []string{councilP1}, nil); p.Title != want {
				t.Errorf("%q: titled %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("a message's 'msgdate' of a year-first day and its hour dates the page", func(t *testing.T) {
		for class, want := range map[string]string{"msgdate": "2025-03-12", "postdate": "2025-03-12", "msgbody": ""} {
			page := `<main><div class="fb_msgtitle"><div class="msgtitle">Budget approved</div><div class="` + class + `">2025/03/12 19:42</div></div><div class="msgtext"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, class, want)
		}
	})
	t.Run("'Last updated:' and an ISO day dates a page nothing else dates", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main><section class="footer"><p>&copy; 2025 <a href="https://harborlabs.example">Harbor Labs</a>. All rights reserved. (Last updated: 2025-03-14)</p></section>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-14" {
			t.Errorf("published %v, want 2025-03-14", p.PublishedAt)
		}
	})
	t.Run("a <title> ending with ' : ' and the project's name its header shows loses it", func(t *testing.T) {
		for title, want := range map[string]string{
			"Fernlog 1.x reaches end of life on 30 June : Fernlog": "Fernlog 1.x reaches end of life on 30 June",
		} {
			page := `<div id="watermark"><h2 id="watermark-heading"><a href="https://launchpad.example/fernlog">Fernlog</a></h2></div><main><h1 class="exception">News and announcements</h1><div class="content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
			if p := extractHas(t, title, "", page, []string{councilP1}, nil); p.Title != want {
				t.Errorf("%q: titled %q, want %q", title, p.Title, want)
			}
		}
	})
	t.Run("an <h1> differing from the og:title only by its curly apostrophes gives way to the og:title", func(t *testing.T) {
		head := `<meta property="og:title" content="Piscines : les maîtres-nageurs obtiennent la prime d&#039;été">`
		page := `<main><h1 class="entry-title">Piscines : les maîtres-nageurs obtiennent la prime d&#8217;été</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		if p := extractHas(t, "Piscines : les maîtres-nageurs obtiennent la prime d&#039;été - UNSA", head, page, []string{councilP1}, nil); p.Title != "Piscines : les maîtres-nageurs obtiennent la prime d'été" {
			t.Errorf("titled %q", p.Title)
		}
		if p := extractFile(t, "unseen88-unsaterritoriaux-piscines-fr.html"); strings.Contains(p.Title, "’") {
			t.Errorf("unsaterritoriaux titled %q", p.Title)
		}
	})
	t.Run("RDoc's 'File: NAME [docs]' <title> over the file's <h1> NAME is titled by the next <h1>", func(t *testing.T) {
		page := `<div id="fileHeader"><h1>UPGRADING</h1><table class="header-table"><tr><td><strong>Path:</strong></td><td>UPGRADING</td></tr></table></div><div id="bodyContent"><div class="description"><h1>Budget approved by the council</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div>`
		if p := extractHas(t, "File: UPGRADING [Sextant 2.0.0 Documentation]", "", page, []string{councilP1}, nil); p.Title != "Budget approved by the council" {
			t.Errorf("titled %q", p.Title)
		}
	})
	t.Run("RDoc's 'Last Update:' cell, a time as Ruby writes it, dates the page", func(t *testing.T) {
		page := `<div id="fileHeader"><h1>UPGRADING</h1><table class="header-table"><tr><td><strong>Path:</strong></td><td>UPGRADING</td></tr><tr><td><strong>Last Update:</strong></td><td>Sat Mar 14 18:22:07 +0000 2009</td></tr></table></div><div id="bodyContent"><h1>Budget approved by the council</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "File: UPGRADING [Sextant 2.0.0 Documentation]", "", page, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2009-03-14" {
			t.Errorf("published %v, want 2009-03-14", p.PublishedAt)
		}
	})
	t.Run("a greeting after a standfirst in bold is the letter's", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p class="has-medium-font-size"><strong>After three meetings and a strike notice, the council agreed to pay the lifeguards a summer bonus, but not to cut their hours.</strong></p><p>Chers collègues,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{"Chers collègues,", councilP1, councilP3}, nil)
	})
	t.Run("a group of up to twelve words opening its line signs under a closing formula", func(t *testing.T) {
		for sig, want := range map[string]bool{
			"Le bureau de la section UNSA Territoriaux du Val d&#8217;Orge":                             true,
			"Le bureau de la section et les délégués du personnel des piscines municipales de la ville": false,
		} {
			page := `<main><h1>Budget approved</h1><div class="entry-content"><p>Chers collègues,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Syndicalement,</p><p>` + sig + `</p></div></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "Le bureau de la section"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", sig, got, want, p.Body)
			}
		}
	})
	t.Run("a group set right as the story's last line signs it, greeted or not", func(t *testing.T) {
		for p, want := range map[string]bool{
			`<p class="has-text-align-right">Le bureau de l'Union départementale CFTC du Val-de-Lise</p>`: true,
			`<p style="text-align: right">The committee of the Harbour Pool users</p>`:                    true,
			`<p>Le bureau de l'Union départementale CFTC du Val-de-Lise</p>`:                              false,
		} {
			page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + p + `</div></main>`
			b := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(b.Body, "Union départementale") || strings.Contains(b.Body, "committee"); got != want {
				t.Errorf("%s: kept %v, want %v:\n%s", p, got, want, b.Body)
			}
		}
	})
	t.Run("a loading placeholder's line goes", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><div class="podlove-web-player"><root><div class="loading">Loading player&hellip;</div></root></div><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Loading"})
		if p := extractFile(t, "unseen88-hedgerowhours-dormice-en.html"); strings.Contains(p.Body, "Loading player") {
			t.Errorf("hedgerowhours' placeholder kept")
		}
	})
	t.Run("a 'Posted by' byline alone under the text goes", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><div class="sensei-course-theme__notices"><div class="sensei-course-theme__frame-notice">Posted by Mr D. Okafor, Geography</div></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Okafor"})
		if p := extractFile(t, "unseen88-kestonhigh-longshoredrift-en.html"); strings.Contains(p.Body, "Posted by Mr D. Okafor") {
			t.Errorf("kestonhigh's byline kept")
		}
	})
}

func TestRound71(t *testing.T) {
	t.Run("a box opening with 'Rappel :' in bold is a notice beside the text", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><div class="wdg-richtext__notice"><p><strong>Rappel :</strong> vos échéances et votre contrat sont disponibles à tout moment dans votre espace investisseur.</p></div><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Rappel", "échéances"})
		if p := extractFile(t, "unseen90-soleilsdevaunieres-chantier-fr.html"); strings.Contains(p.Body, "Rappel") {
			t.Errorf("soleilsdevaunieres' notice kept:\n%s", p.Body)
		}
	})
	t.Run("a programme's credits opening 'Presented by' go after the text", func(t *testing.T) {
		for _, line := range []string{
			"Presented by Priya Anand and Tom Penhallow. Produced by Keziah Rowe. Music by The Shingle Band.",
			"Hosted by Sam Reed. Edited by Jo Hart.",
		} {
			page := `<main><h1>Budget approved</h1><div class="episode"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + line + `</p></div></main>`
			extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{line})
		}
		if p := extractFile(t, "unseen89-tidetables-how-cold-is-too-cold-en.html"); strings.Contains(p.Body, "Presented by") {
			t.Errorf("tidetables' credits kept:\n%s", p.Body)
		}
	})
	t.Run("a note in a table of its own, its label a header cell alone in its row, goes on a page showing code", func(t *testing.T) {
		note := `<div class="alert"><table><tr><th><img src="AlertNote.png" alt="Note"> Note</th></tr><tr><td><p>Some banks add a summary line at the top of the file. Delete it before importing.</p></td></tr></table></div>`
		page := `<main><h1>Budget approved</h1><div class="topic"><p>` + councilP1 + ` Run <code>import</code> first.</p><p>` + councilP2 + `</p>` + note + `<p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"summary line"})
		// A table whose header cells name its columns stays.
		table := `<table><tr><th>Date</th><th>Event</th></tr><tr><td>12 May</td><td>The council approved the gymnasium's budget after a long debate.</td></tr></table>`
		page = `<main><h1>Budget approved</h1><div class="topic"><p>` + councilP1 + ` Run <code>import</code> first.</p><p>` + councilP2 + `</p>` + table + `<p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "long debate"}, nil)
		if p := extractFile(t, "unseen90-ledgerlite-importcsv-en.html"); strings.Contains(p.Body, "Some banks add") {
			t.Errorf("ledgerlite's note kept:\n%s", p.Body)
		}
	})
	t.Run("a note box of one kind opening its container goes on a page showing code", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div id="interface"><div class="warning"><p>The <code>budget-compat</code> package is deprecated and will not be updated.</p></div><div class="doc"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"deprecated"})
		// After the text's first paragraph too, since round 78: a
		// documentation page's warning box is an inset box.
		page = `<main><h1>Budget approved</h1><div id="interface"><p>` + councilP1 + `</p><div class="warning"><p>The <code>budget-compat</code> package is deprecated and will not be updated.</p></div><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"deprecated"})
		if p := extractFile(t, "unseen89-tidepoolhs-migration-en.html"); strings.Contains(p.Body, "tidepool-compat") {
			t.Errorf("tidepoolhs' deprecation warning kept:\n%s", p.Body)
		}
	})
	t.Run("a byline opening 'Le' and its day before ' | ', the author after 'Par', dates the page", func(t *testing.T) {
		for line, want := range map[string]string{
			`Le 14/03/2011 | Dans <a href="/pages/actualites/">Actualités</a> | Par tarotvallon`:         "2011-03-14",
			`On 12 March 2025 | In <a href="/news/">News</a> | By admin`:                                 "2025-03-12",
			`Tournoi du 14/03/2011 | Dans <a href="/pages/actualites/">Actualités</a> | Par tarotvallon`: "",
		} {
			page := `<div class="emy_page_actu"><h2 class="emy_titre_page">Budget approved</h2><div class="emy_infos_actu">` + line + `</div><div class="emy_contenu"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
			wantDay(t, p, line, want)
		}
	})
	t.Run("a <title> opening with the one <h1>, a label and a colon in it, and the site's name after is titled by the <h1>", func(t *testing.T) {
		page := `<table><thead><tr><th><h1>Build log: fitting a drum sail winch to an old Marblehead</h1></th></tr></thead><tbody><tr><td><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></tbody></table>`
		p := extractHas(t, "Build log: fitting a drum sail winch to an old Marblehead &middot; Pond Yachts", "", page, []string{councilP1}, nil)
		if want := "Build log: fitting a drum sail winch to an old Marblehead"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
		if p := extractFile(t, "unseen90-pondyachts-sailwinch-en.html"); p.Title != "Build log: fitting a drum sail winch to an old Marblehead" {
			t.Errorf("pondyachts titled %q", p.Title)
		}
	})
	t.Run("a bordered box whose plain text opens with a box's label and a colon goes", func(t *testing.T) {
		for box, want := range map[string]bool{
			`<div style="border-left:3px solid #c0392b;padding:4px 10px;background:#fdf2f0">Rappel : les adhésions 2025 sont ouvertes. L’adhésion est obligatoire pour être couvert par l’assurance.</div>`: false,
			`<div style="border-left:3px solid #c0392b;padding:4px 10px;background:#fdf2f0">Le rappel des adhésions : elles sont ouvertes, et l’adhésion est obligatoire pour être couvert.</div>`:          true,
		} {
			page := `<div class="message"><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p>` + box + `<p>` + councilP3 + `</p></div>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "adhésion"); got != want {
				t.Errorf("%s: kept %v, want %v:\n%s", box, got, want, p.Body)
			}
		}
		if p := extractFile(t, "unseen89-balavaucelles-appel-benevoles-fr.html"); strings.Contains(p.Body, "Rappel") {
			t.Errorf("balavaucelles' notice kept:\n%s", p.Body)
		}
	})
	t.Run("a mail's footer cell whose first line is a row of icons' links goes, and the signature over it stays", func(t *testing.T) {
		footer := `<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:12px;color:#555;" align="center"><a href="https://www.facebook.example/plessac"><img src="fb.png" alt="Facebook"></a> <a href="https://www.instagram.example/plessac"><img src="ig.png" alt="Instagram"></a><br />Mairie de Plessac &middot; 1, place de la République &middot; 31999 Plessac<br />Vous recevez cette lettre car vous êtes inscrit(e) à Plessac Infos. <a href="https://mb.plessac.example/unsub">Se désinscrire</a></td></tr>`
		page := `<table width="600"><tr><td><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Bonne lecture et à bientôt à la médiathèque,</p><p>Hélène Castagné, maire de Plessac</p></td></tr>` + footer + `</table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Hélène Castagné"}, []string{"Vous recevez", "31999"})
		if p := extractFile(t, "unseen90-villedeplessac-lettremars-fr.html"); strings.Contains(p.Body, "Vous recevez") || !strings.Contains(p.Body, "Hélène Castagné") {
			t.Errorf("villedeplessac's footer kept or signature lost:\n%s", p.Body)
		}
	})
	t.Run("'Evening all,' greets, and the post's 'Cheers,' and first name under it sign it", func(t *testing.T) {
		page := `<table><tr><td class="c_post">Evening all,<br /><br />` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `<br /><br />Cheers,<br /><br />Gil<br /><br /></td></tr></table>`
		extractHas(t, "Budget approved", "", `<h1>Budget approved</h1>`+page, []string{"Evening all,", councilP1, councilP3, "Cheers,", "Gil"}, nil)
		if p := extractFile(t, "unseen90-pondyachts-sailwinch-en.html"); !strings.Contains(p.Body, "Evening all,") || !strings.Contains(p.Body, "Gil") {
			t.Errorf("pondyachts' greeting or signature lost:\n%s", p.Body)
		}
	})
	t.Run("a <title> naming the course a heading before the one <h1> shows is not the headline: the <h1> is", func(t *testing.T) {
		page := `<div class="course"><h2 class="itsl-course-name">Geography Year 9 (2024-25)</h2></div><div class="bulletin"><h1 class="itsl-bulletin-title">Year 9 river study fieldtrip – Thursday 27 March</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "Bulletin - Geography Year 9 (2024-25) - itslearning", "", page, []string{councilP1}, nil)
		if want := "Year 9 river study fieldtrip – Thursday 27 March"; p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
		if p := extractFile(t, "unseen89-ravensmoor-river-fieldtrip-en.html"); p.Title != "Year 9 river study fieldtrip – Thursday 27 March" {
			t.Errorf("ravensmoor titled %q", p.Title)
		}
	})
	t.Run("a name after a courtesy title and an initial, over an office on a line of its own, signs under the close", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="bulletin-text"><p>Dear parents and carers,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Kind regards,</p><p>Mrs H. Okafor</p><p>Head of Geography</p></div><div class="attachments"><h4>Attachments</h4><ul><li><a href="/f/1">Consent form.pdf</a></li></ul></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Kind regards,", "Mrs H. Okafor", "Head of Geography"}, nil)
		if p := extractFile(t, "unseen89-ravensmoor-river-fieldtrip-en.html"); !strings.Contains(p.Body, "Head of Geography") {
			t.Errorf("ravensmoor's signature lost:\n%s", p.Body)
		}
	})
	t.Run("a name over its office in lower case, under a group's close, signs in one paragraph", func(t *testing.T) {
		page := `<div class="archive_message"><h1>Budget approved</h1><div class="body"><p>Bonjour à tous,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Merci d’avance, et à très bientôt sur le parquet !</p><p>Pour l’équipe des bénévoles,<br>Hélène Castaing<br>coordination bénévoles, association Bal à Vaucelles</p></div></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Merci d’avance", "Hélène Castaing", "coordination bénévoles"}, nil)
		if p := extractFile(t, "unseen89-balavaucelles-appel-benevoles-fr.html"); !strings.Contains(p.Body, "Hélène Castaing") {
			t.Errorf("balavaucelles' signature lost:\n%s", p.Body)
		}
	})
	t.Run("a quotation of two sentences set apart whole in its marks is the story's", func(t *testing.T) {
		quote := `<tr><td><table role="presentation" width="100%"><tr><td style="border-left:4px solid #1e6b52;font-style:italic;">« Une coopérative, c’est d’abord des gens qui se rencontrent. Venez nombreux, posez vos questions, et n’hésitez pas à amener un voisin. »</td></tr></table></td></tr>`
		page := `<table width="600"><tr><td><h1>Budget approved</h1></td></tr><tr><td>` + councilP1 + `</td></tr><tr><td>` + councilP2 + `</td></tr>` + quote + `<tr><td>` + councilP3 + `</td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Venez nombreux"}, nil)
		if p := extractFile(t, "unseen89-ventcitoyensemois-hiver-record-fr.html"); !strings.Contains(p.Body, "Venez nombreux") {
			t.Errorf("ventcitoyensemois' quotation lost:\n%s", p.Body)
		}
	})
	t.Run("a button between the letter's text and its close does not cut the close and signature off", func(t *testing.T) {
		row := func(s string) string {
			return `<tr><td style="padding:0 32px 14px 32px;font-family:Arial;font-size:15px;">` + s + `</td></tr>`
		}
		page := `<table width="600"><tr><td><h1>Budget approved</h1></td></tr>` + row("Bonjour à tous,") + row(councilP1) + row(councilP2) + row(councilP3) + `<tr><td align="center"><a href="https://example.org/ag/inscription" style="background:#1e6b52;color:#fff;display:inline-block">Je m’inscris à l’AG</a></td></tr>` + row("Au plaisir de vous y retrouver,") + row("Benoît Lemaire, président du conseil d’administration") + `<tr><td style="font-size:14px;border-top:1px solid #ddd"><strong>Agenda</strong><br>26 avril : assemblée générale<br>17 mai : journée portes ouvertes</td></tr><tr><td align="center"><a href="https://www.facebook.com/x">Facebook</a> · <a href="https://www.linkedin.com/x">LinkedIn</a></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Je m’inscris"})
		if p := extractFile(t, "unseen89-ventcitoyensemois-hiver-record-fr.html"); !strings.Contains(p.Body, "Benoît Lemaire") {
			t.Errorf("ventcitoyensemois' signature lost:\n%s", p.Body)
		}
	})
	t.Run("'A+' over the first name that signs a greeted post is its closing formula", func(t *testing.T) {
		page := `<h1>Budget approved</h1><table><tr><td class="row1"><span class="postbody">Bonjour à tous,<br /><br />` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `<br /><br />A+<br /><br />Hervé<br /></span></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "A+", "Hervé"}, nil)
		if p := extractFile(t, "unseen90-aquaboisvert-bacplante-fr.html"); !strings.Contains(p.Body, "A+") {
			t.Errorf("aquaboisvert's 'A+' lost:\n%s", p.Body)
		}
	})
	t.Run("'reply to our newsletter' in the story's last paragraph is no call to sign up", func(t *testing.T) {
		for line, want := range map[string]bool{
			"If you have questions about any cheese on our counter, ask us in the shop or reply to our newsletter. We read every email.": true,
			"Sign up to our newsletter for more recipes and offers.":                                                                     false,
		} {
			page := `<main><article><h1>Budget approved</h1><div class="post"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>` + line + `</p></div></article></main>`
			p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, nil)
			if got := strings.Contains(p.Body, "newsletter"); got != want {
				t.Errorf("%q: kept %v, want %v:\n%s", line, got, want, p.Body)
			}
		}
	})
	t.Run("a short line right under a picture, one line break between them, is its caption", func(t *testing.T) {
		page := `<h1>Budget approved</h1><table><tr><td class="c_post">Evening all,<br /><br />` + councilP1 + `<br /><br />` + councilP2 + `<br /><br /><img src="http://example.org/uploads/winch_tray.jpg" alt="Posted Image" /><br /><span class="edit">New tray, dry fitted. Yes, the ply is from a wine box.</span><br /><br />` + councilP3 + `<br /><br />Cheers,<br /><br />Gil<br /><br /></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3}, []string{"New tray"})
		if p := extractFile(t, "unseen90-pondyachts-sailwinch-en.html"); strings.Contains(p.Body, "New tray") {
			t.Errorf("pondyachts' caption kept:\n%s", p.Body)
		}
	})
}

func TestRound72(t *testing.T) {
	t.Run("a quotation whose class names a note, opening with a note's label in bold, goes on a page showing code", func(t *testing.T) {
		note := `<blockquote class="s-note"><p><strong>Warning</strong> Back up your archive before migrating. Version 0.4 cannot read archives written by 0.3.</p></blockquote>`
		page := `<main><h1>Budget approved</h1><div class="s-content"><p>` + councilP1 + `</p><pre><code>budget migrate --from 0.3</code></pre><p>` + councilP2 + `</p>` + note + `<p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Back up your archive"})
		// A quotation without a note's class, opening in bold, stays.
		quote := `<blockquote><p><strong>Warning</strong> signs were everywhere, the mayor said on Tuesday, and the council had ignored them for years before it finally voted on the budget.</p></blockquote>`
		page = `<main><h1>Budget approved</h1><div class="s-content"><p>` + councilP1 + `</p><pre><code>budget migrate --from 0.3</code></pre><p>` + councilP2 + `</p>` + quote + `<p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "signs were everywhere"}, nil)
		if p := extractFile(t, "unseen91-tidepooldocs-release04-en.html"); strings.Contains(p.Body, "Back up your archive") {
			t.Errorf("tidepooldocs' warning kept:\n%s", p.Body)
		}
	})
	t.Run("a box whose class is 'information' alone is a note beside the text", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="page-content"><p>` + councilP1 + `</p><ul><li>the gymnasium's roof</li><li>the swimming pool's boiler</li></ul><div class="information">The current list of projects is on the Projects2025 page. Ask the clerk if you are away; you do not need to ask the committee.</div><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Projects2025"})
		if p := extractFile(t, "unseen92-harrowgatelane-waterrota-en.html"); strings.Contains(p.Body, "TroughKeepers2025") {
			t.Errorf("harrowgatelane's note kept:\n%s", p.Body)
		}
	})
	t.Run("a teaser paragraph under the headline, a picture and a byline, opening with the page's description, is its standfirst", func(t *testing.T) {
		lead := "When the council started lending out cargo bikes for free, local traders feared it would empty their car parks. Two years later, many of them are fans."
		head := `<meta name="description" content="When the council started lending out cargo bikes for free, local traders feared it would empty their car parks.">`
		page := `<main><article><h1>Budget approved</h1><figure class="hero-image"><img src="bike.jpg" alt="A bike"><figcaption>A cargo bike at the market</figcaption></figure><div class="author-details"><a href="/k">Katrin Holzer</a><span>03/09/2026</span></div><p class="teaser-text">` + lead + `</p><div class="rich-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></article></main>`
		extractHas(t, "Budget approved", head, page, []string{lead, councilP1, councilP3}, nil)
		// Another page's teaser, not the description, goes.
		other := "Read how the town's ferry crossing was saved by its volunteers after the strike, and what comes next for the pier."
		page = `<main><article><h1>Budget approved</h1><div class="rich-text"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><p class="teaser-text">` + other + `</p></article></main>`
		extractHas(t, "Budget approved", head, page, []string{councilP1, councilP3}, []string{other})
		if p := extractFile(t, "unseen91-sendewelle-cargobikes-en.html"); !strings.Contains(p.Body, "Two years later, many of them") {
			t.Errorf("sendewelle's standfirst lost:\n%s", p.Body)
		}
	})
	t.Run("a <title> of a page's kind and the one <h1> in brackets is titled by the <h1>", func(t *testing.T) {
		page := `<header><h1 class="title">Tidewell Scheduler 4.2 API</h1></header><main><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Overview (Tidewell Scheduler 4.2 API)", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "Javadoc's overview", "Tidewell Scheduler 4.2 API")
		// A headline ending with its own brackets stays whole.
		page = `<main><h1>Budget approved (after three hours)</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p = extractHas(t, "Budget approved (after three hours)", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a headline with brackets", "Budget approved (after three hours)")
		wantTitle(t, extractFile(t, "unseen92-tidewell-scheduleroverview-en.html"), "tidewell", "Tidewell Scheduler 4.2 API")
	})
	t.Run("a <meta name=\"dc.created\"> dates the page", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Budget approved", `<meta name="dc.created" content="2025-03-14">`, page, []string{councilP1}, nil)
		wantDay(t, p, "dc.created", "2025-03-14")
		wantDay(t, extractFile(t, "unseen92-tidewell-scheduleroverview-en.html"), "tidewell", "2025-03-14")
	})
	t.Run("a summary table of a documentation generator goes", func(t *testing.T) {
		table := `<div id="all-packages-table"><div class="caption"><span>Packages</span></div><div class="summary-table two-column-summary"><div class="table-header col-first">Package</div><div class="table-header col-last">Description</div><div class="col-first"><a href="core/package-summary.html">org.budget.core</a></div><div class="col-last"><div class="block">Budgets, grants and the council's votes on them.</div></div><div class="col-first"><a href="rules/package-summary.html">org.budget.rules</a></div><div class="col-last"><div class="block">Constraints checked by the budget planner.</div></div></div></div>`
		page := `<main role="main"><div class="header"><h1 class="title">Budget approved</h1></div><section class="package-description"><div class="block"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></section>` + table + `</main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Constraints checked", "council's votes on them"})
		if p := extractFile(t, "unseen92-tidewell-scheduleroverview-en.html"); strings.Contains(p.Body, "Berths, vessels, slots") {
			t.Errorf("tidewell's package table kept:\n%s", p.Body)
		}
	})
	t.Run("a documentation comment's block tags in a <dl> go", func(t *testing.T) {
		tags := `<dl class="notes"><dt>Since:</dt><dd>1.0</dd><dt>See Also:</dt><dd><ul class="see-list"><li><a href="Planner.html"><code>BudgetPlanner</code></a></li><li><a href="Curve.html"><code>GrantCurve</code></a></li></ul></dd></dl>`
		page := `<main role="main"><h1 class="title">Budget approved</h1><section class="package-description"><div class="block"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>` + tags + `</section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Since:", "BudgetPlanner", "GrantCurve"})
		// A list of terms of the text's own stays.
		terms := `<dl><dt>Grant:</dt><dd>the money a club receives from the council each year for its running costs and events.</dd><dt>Levy:</dt><dd>what the club pays back.</dd></dl>`
		page = `<main role="main"><h1 class="title">Budget approved</h1><section><div class="block"><p>` + councilP1 + `</p>` + terms + `<p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "running costs"}, nil)
		if p := extractFile(t, "unseen92-tidewell-scheduleroverview-en.html"); strings.Contains(p.Body, "Since:") {
			t.Errorf("tidewell's tags kept:\n%s", p.Body)
		}
	})
	t.Run("a podcast's production credit, links written as text and the host's privacy line close its notes and go", func(t *testing.T) {
		tail := `<p>Small Hours is an independent production of Lantern Hill Audio. New episodes every Thursday.</p><p><strong>Chapters</strong></p><p>00:00 Introduction<br>03:12 The attic<br>11:40 Reading the handwriting</p><p><strong>Links from the episode</strong></p><ul><li>Carrow Falls Library transcription project: carrowfallslibrary.example/diaries</li><li>Dr. Theo Abernathy: abernathy-lab.example</li></ul><p>Produced by Jonah Reyes. Music by Quiet Pines.</p><p>See omnystudio.example/listener for privacy information.</p>`
		page := `<main><h1>Budget approved</h1><section data-test="episode-description"><div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + tail + `</div></section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"independent production", "privacy information", "abernathy-lab", "Chapters"})
		if p := extractFile(t, "unseen92-smallhours-weatherdiaries-en.html"); strings.Contains(p.Body, "independent production") || strings.Contains(p.Body, "abernathy-lab") {
			t.Errorf("smallhours' notes kept:\n%s", p.Body)
		}
	})
	t.Run("a podcast's 'Episode Description' heading over its notes goes alone", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><section data-test="episode-description"><h2 class="css-5t8u3d">Episode Description</h2><div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3}, []string{"Episode Description"})
		if p := extractFile(t, "unseen92-smallhours-weatherdiaries-en.html"); strings.Contains(p.Body, "Episode Description") {
			t.Errorf("smallhours' heading kept:\n%s", p.Body)
		}
	})
	t.Run("a letter's footer cell in small print may end with the sender's address under the line with its links", func(t *testing.T) {
		footer := func(cell string) string {
			return `<table width="600"><tr><td style="padding:16px 30px;font-size:11px;color:#777777;">` + cell + `</td></tr></table>`
		}
		checkString(t, "smallCell", func(page string) bool { return smallCell(lastOf(t, page, atom.Td)) }, map[string]bool{
			footer(`Vous recevez ce message car vous êtes inscrit à la lettre d'information. <a href="/u">Se désinscrire</a> · <a href="/p">Données personnelles</a><br />Trans'Valmont, 8 avenue de la Gare, 26000 Valmont.`): true,
			footer(`Vous recevez ce message car vous êtes inscrit à la lettre d'information.<br />Trans'Valmont, 8 avenue de la Gare, 26000 Valmont.`):                                                                         false,
		})
		if p := extractFile(t, "unseen91-transvalmont-horairesprintemps-fr.html"); strings.Contains(p.Body, "Vous recevez ce message") || !strings.Contains(p.Body, "L’équipe Trans’Valmont") {
			t.Errorf("transvalmont's footer kept or signature lost:\n%s", p.Body)
		}
	})
	t.Run("a step's number drawn in a box of its own before the step's text goes", func(t *testing.T) {
		step := func(n, text string) string {
			return `<li class="step"><div class="flex"><div class="step-position"><span class="step-number">` + n + `</span></div><div class="step-body"><div dir="auto">` + text + `</div></div></div></li>`
		}
		page := `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><ol class="steps-list">` + step("1", councilP2) + step("2", councilP3) + `</ol></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1, councilP2, councilP3}, nil)
		if strings.Contains(p.Body, "\n1\n") || strings.Contains(p.Body, "\n2\n") {
			t.Errorf("steps' numbers kept:\n%q", p.Body)
		}
		// An ingredient's amount stays.
		page = `<main><h1>Budget approved</h1><p>` + councilP1 + `</p><ul><li><span class="amount">4</span> <span>poires conférence</span></li><li><span class="amount">3</span> <span>œufs</span></li></ul><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "4 poires", "3 œufs"}, nil)
		if p := extractFile(t, "unseen91-cookpad-gratinblettes-fr.html"); strings.Contains(p.Body, "\n1\n") {
			t.Errorf("cookpad's step numbers kept:\n%s", p.Body)
		}
	})
	t.Run("a message's header cell 'Date :', French's space before the colon, dates the page", func(t *testing.T) {
		page := `<table class="header"><tr><th>De :</th><td>Anne Le Goff</td></tr><tr><th>Date :</th><td>28/01/2025 09:14</td></tr><tr><th>Sujet :</th><td>Budget approved</td></tr></table><div class="body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "Date :", "2025-01-28")
		wantDay(t, extractFile(t, "unseen92-choeurduscorff-concertprintemps-fr.html"), "choeurduscorff", "2025-01-28")
	})
	t.Run("a consultation's 'Opened' field over a day in words dates the page", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="dss-dates panel"><dl><dt>Opened</dt><dd>2 Mar 2026</dd><dt>Closes</dt><dd>13 Apr 2026</dd></dl></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "Opened", "2026-03-02")
		wantDay(t, extractFile(t, "unseen91-brayfieldcouncil-parkingreview-en.html"), "brayfieldcouncil", "2026-03-02")
	})
	t.Run("a letter's header line 'Lettre d'information du 5 mars 2026' dates the page", func(t *testing.T) {
		checkString(t, "issueDay", issueDay, map[string]string{
			"Lettre d’information du 5 mars 2026":   "5 mars 2026",
			"Newsletter of 5 March 2026":            "5 March 2026",
			"Lettre d’information du comité":        "",
			"Le marché du 5 mars 2026 a été annulé": "",
		})
		wantDay(t, extractFile(t, "unseen91-transvalmont-horairesprintemps-fr.html"), "transvalmont", "2026-03-05")
	})
	t.Run("a letter's headline in a cell set large in a serif face, not bold, titles it over its issue's <title>", func(t *testing.T) {
		page := `<table width="600"><tr><td style="padding:28px 32px;font-family:Georgia,serif;font-size:26px;line-height:32px;">The trees have gone, time to plant</td></tr><tr><td style="font-family:Arial,sans-serif;font-size:15px;">` + councilP1 + `</td></tr><tr><td style="font-family:Arial,sans-serif;font-size:15px;">` + councilP2 + `</td></tr><tr><td style="font-family:Arial,sans-serif;font-size:15px;">` + councilP3 + `</td></tr></table>`
		p := extractHas(t, "Letter no. 47 - The Orchards of the Plateau", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "Inxmail's headline", "The trees have gone, time to plant")
		wantTitle(t, extractFile(t, "unseen92-vergersduplateau-plantation-fr.html"), "vergersduplateau", "Les arbres sont partis, place à la plantation")
	})
	t.Run("a wiki's 'last changed on 03-Jun-2025' dates a page that states no other date", func(t *testing.T) {
		page := `<div class="page-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><div class="page-footer">This page (revision-12) was last changed on 03-Jun-2025 10:22 by <a class="wikipage" href="/wiki/ImogenAshcroft">ImogenAshcroft</a></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "JSPWiki's footer", "2025-06-03")
		wantDay(t, extractFile(t, "unseen92-harrowgatelane-waterrota-en.html"), "harrowgatelane", "2025-06-03")
	})
	t.Run("a <title> ending with the page's name in camel case, the address's last segment, titles a page without <h1>", func(t *testing.T) {
		head := `<link rel="canonical" href="https://wiki.example/wiki/BudgetVote">`
		page := `<div class="pagename">BudgetVote</div><div class="page-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "Harrowgate Lane Allotments: BudgetVote", head, page, []string{councilP1}, nil)
		wantTitle(t, p, "JSPWiki's page", "BudgetVote")
		wantTitle(t, extractFile(t, "unseen92-harrowgatelane-waterrota-en.html"), "harrowgatelane", "WaterRota")
	})
	t.Run("an <h1> that is a trail of links is its last link, the headline the <title> opens with", func(t *testing.T) {
		page := `<main><h1><a href="../Council/Budget.html">Council</a> <svg class="sep" viewBox="0 0 8 8"><path d="M0 0"/></svg> <a href="../Council/Budget.html">Budget approved after debate</a></h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Budget approved after debate - Town Documentation", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "Daux.io's trail", "Budget approved after debate")
		wantTitle(t, extractFile(t, "unseen91-tidepooldocs-release04-en.html"), "tidepooldocs", "Tidepool 0.4 release notes")
	})
	t.Run("a heading whose words before its colon are the address's last part titles a page without <h1>", func(t *testing.T) {
		head := `<link rel="canonical" href="https://club.example/actualites/council-budget-2026">`
		page := `<div class="cd-news"><h2 class="cd-news-title">Council budget 2026 : the council approves the new gymnasium</h2><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "Actualités - CTT Valmorges", head, page, []string{councilP1}, nil)
		wantTitle(t, p, "ClubDesk's item", "Council budget 2026 : the council approves the new gymnasium")
		wantTitle(t, extractFile(t, "unseen91-cttvalmorges-assemblee-fr.html"), "cttvalmorges", "Assemblée générale 2026 : un nouveau comité et bientôt une nouvelle salle")
	})
	t.Run("a post's time in brackets, month first, its year in two digits, dates the page", func(t *testing.T) {
		page := `<table><tr><td><b>DaiTheOutboard</b><br><font size="1">Seasoned Sailor<br>Posts: 214<br>(3/14/03 8:12:00 pm)</font></td><td><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "ezboard's post head", "2003-03-14")
		wantDay(t, extractFile(t, "unseen91-vintageoutboards-kestrelcarb-en.html"), "vintageoutboards", "2003-03-14")
	})
	t.Run("a <title> of a bulletin's issue and its sender over a page without <h1> is titled by its first <h2>", func(t *testing.T) {
		page := `<table><tr><td><p>Bulletin n°7 - Le 14 mai 1999</p><h2><center>The gymnasium gets its new roof</center></h2><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		p := extractHas(t, "Bulletin n°7 - Les Amis du gymnase", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "PageMill's bulletin", "The gymnasium gets its new roof")
		// unseen91-amislavoir, in ISO-8859-1, is read through the corpus'
		// loader, which decodes it (TestHTMLMetadata).
	})
	t.Run("a bulletin's numbered issue line dates a page without <h1> over its footer's update", func(t *testing.T) {
		page := `<table><tr><td><p>Bulletin n°7 - Le 14 mai 1999</p><h2>The gymnasium gets its new roof</h2><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p><font size="-2">Page mise à jour le 16 mai 1999</font></p></td></tr></table>`
		p := extractHas(t, "Bulletin n°7 - Les Amis du gymnase", "", page, []string{councilP1}, nil)
		wantDay(t, p, "PageMill's bulletin", "1999-05-14")
	})
	t.Run("a bulletin's issue line over the headline goes, and the headline under it, menu links before them or not", func(t *testing.T) {
		page := `<table><tr><td><a href="index.html">Accueil</a><br><a href="photos.html">Photos</a></td><td><p><font size="-1">Bulletin n°7 - Le 14 mai 1999</font></p><h2><center>The gymnasium gets its new roof</center></h2><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		p := extractHas(t, "Bulletin n°7 - Les Amis du gymnase", "", page, []string{councilP1, councilP3}, []string{"Bulletin n°7", "gets its new roof"})
		wantTitle(t, p, "PageMill's bulletin", "The gymnasium gets its new roof")
	})
	t.Run("a standfirst in bold right under the headline, before any paragraph, is no insert", func(t *testing.T) {
		lead := "After two years of waiting, work on the gymnasium's roof began on 19 April. Here is where we stand, and how you can still help us."
		page := `<table><tr><td><h2><center>The gymnasium gets its new roof</center></h2><p><b><font face="Arial">` + lead + `</font></b></p><p><center><img src="roof.jpg" alt="The roof"></center></p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		extractHas(t, "Les Amis du gymnase", "", page, []string{lead, councilP1, councilP3}, nil)
		// unseen91-amislavoir, in ISO-8859-1, decoded as the corpus'
		// loader does.
		data, err := os.ReadFile("../testdata/pages/unseen91-amislavoir-fontainerouge-fr.html")
		if err != nil {
			t.Fatal(err)
		}
		utf := make([]rune, len(data))
		for i, c := range data {
			utf[i] = rune(c)
		}
		p, err := Extract([]byte(strings.Replace(string(utf), "CHARSET=iso-8859-1", "CHARSET=utf-8", 1)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Body, "Après deux ans d'attente") {
			t.Errorf("amislavoir's standfirst lost:\n%s", p.Body)
		}
	})
	t.Run("the first names of people who sign together, under the story's last sentence, are its signature", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="post-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Thanks for waiting for us. We can't wait for you to hear it.</p><p>Ruth, Tom, Cal and Imogen</p></div><div class="post-tags">Tags: <a href="/t/a">budget</a>, <a href="/t/b">council</a></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "Ruth, Tom, Cal and Imogen"}, []string{"Tags:"})
		for text, want := range map[string]bool{"Ruth, Tom, Cal and Imogen": true, "Anne et Paul": true, "Ruth": false, "Tom and the band.": false} {
			if got := namesLine(text); got != want {
				t.Errorf("namesLine(%q) = %v, want %v", text, got, want)
			}
		}
	})
	t.Run("'Merci à tous' closes a message over its signer's name and office", func(t *testing.T) {
		page := `<div class="msg-body">Bonjour à tous,<br /><br />` + councilP1 + `<br /><br />` + councilP2 + `<br /><br />` + councilP3 + `<br /><br />Merci à tous et à jeudi,<br /><br />Martine Lacoste<br /><br />Trésorière du Choeur de la Vallée</div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "Merci à tous", "Martine Lacoste", "Trésorière du Choeur"}, nil)
	})
	t.Run("a practical section in prose of three sentences, short of forty words, under a story's last subheading stays", func(t *testing.T) {
		details := "Ouverture des portes à 20 h, début du concert à 20 h 30. L'entrée est libre, une participation au chapeau est la bienvenue. Une buvette tenue par les parents des jeunes musiciens sera ouverte à l'entracte."
		page := `<main><h1>Budget approved</h1><div class="texte"><h3 class="spip">Le vote</h3><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h3 class="spip">Le gymnase</h3><p>` + councilP3 + `</p><h3 class="spip">Infos pratiques</h3><p>` + details + `</p><p>Venez nombreux !</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Infos pratiques", "Ouverture des portes"}, nil)
		// A box of details in lines of a few words goes.
		page = `<main><h1>Budget approved</h1><div class="texte"><h3 class="spip">Le vote</h3><p>` + councilP1 + `</p><p>` + councilP2 + `</p><h3 class="spip">Le gymnase</h3><p>` + councilP3 + `</p><h3 class="spip">Infos pratiques</h3><p>Samedi 12 avril, 20 h 30. Salle des fêtes. Entrée libre.</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Salle des fêtes"})
	})
	t.Run("a mail's cell whose class names a heading, set in bold, is a subheading", func(t *testing.T) {
		// A small page of three paragraphs does not show it: Keap's
		// letter does.
		if p := extractFile(t, "unseen92-harlowfinch-springbikes-en.html"); !strings.Contains(p.Body, "The three things we keep seeing") {
			t.Errorf("harlowfinch's subheading lost:\n%s", p.Body)
		}
	})
	t.Run("a mail's cell of a few words alone in bold at a subheading's size is a subheading", func(t *testing.T) {
		for name, want := range map[string]string{
			"unseen91-transvalmont-horairesprintemps-fr.html": "Ce qui change sur vos lignes",
			"unseen47-mutuellevallees-tierspayant-fr.html":    "Comment trouver un opticien partenaire",
			"unseen92-vergersduplateau-plantation-fr.html":    "Planter sans attendre",
		} {
			if p := extractFile(t, name); !strings.Contains(p.Body, want) {
				t.Errorf("%s: subheading %q lost:\n%s", name, want, p.Body)
			}
		}
		for style, want := range map[string]bool{"font-size:20px;font-weight:bold;": true, "font-size:16px;font-weight:bold;": false, "font-size:26px;font-weight:bold;": false} {
			if got := subheadSize(style); got != want {
				t.Errorf("subheadSize(%q) = %v, want %v", style, got, want)
			}
		}
	})
	t.Run("Scribble's margin note goes", func(t *testing.T) {
		note := `<blockquote class="refpara"><blockquote class="refcolumn"><blockquote class="refcontent"><p>Clubs that are still waiting are paid too; applying early only makes it faster.</p></blockquote></blockquote></blockquote>`
		page := `<div class="main"><h3>Budget approved</h3><p>` + councilP1 + `</p>` + note + `<p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"still waiting"})
		if p := extractFile(t, "unseen80-rookery-upgrading-en.html"); strings.Contains(p.Body, "still pending") {
			t.Errorf("rookery's margin note kept:\n%s", p.Body)
		}
	})
	t.Run("a manual's section heading with its number, under the version's line, goes as the page's title", func(t *testing.T) {
		for text, want := range map[string]bool{"4\u00a0\nUpgrading from Rookery 1.x": true, "4.2 Upgrading from Rookery 1.x": true, "Upgrading from Rookery 1.x": false, "4 Other things": false} {
			if got := numberedHeadline(text, "Upgrading from Rookery 1.x"); got != want {
				t.Errorf("numberedHeadline(%q) = %v, want %v", text, got, want)
			}
		}
		if p := extractFile(t, "unseen80-rookery-upgrading-en.html"); strings.Contains(p.Body, "Upgrading from Rookery 1.x") {
			t.Errorf("rookery's heading kept:\n%s", p.Body)
		}
	})
	t.Run("a recipe card's 'Notes' over the cook's advice in its box is the recipe's", func(t *testing.T) {
		card := `<div class="tasty-recipes"><div class="tasty-recipes-ingredients"><h3>Ingrédients</h3><ul><li>3 poireaux</li><li>1 pâte feuilletée</li><li>200 g de maroilles</li></ul></div><div class="tasty-recipes-instructions"><h3>Instructions</h3><ol><li>Émincez les poireaux et faites-les fondre vingt minutes.</li><li>Étalez-les sur la pâte avec le maroilles et enfournez.</li></ol></div><div class="tasty-recipes-notes"><h3>Notes</h3><div class="tasty-recipes-notes-body"><p>Vous pouvez préparer les poireaux la veille et les garder au réfrigérateur dans une boîte fermée.</p></div></div></div>`
		page := `<main><article><h1>Budget approved</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + card + `</div></article></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, "Ingrédients", "Vous pouvez préparer les poireaux la veille"}, nil)
		if p := extractFile(t, "unseen89-cuisinedeclaire-tarte-poireaux-fr.html"); !strings.Contains(p.Body, "Vous pouvez préparer les poireaux") {
			t.Errorf("cuisinedeclaire's card notes lost:\n%s", p.Body)
		}
	})
	t.Run("a recipe's servings line goes", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><div class="flex"><div id="serving_recipe_24718305"><span>4 personnes</span></div></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"4 personnes"})
		if p := extractFile(t, "unseen91-cookpad-gratinblettes-fr.html"); strings.Contains(p.Body, "4 personnes") {
			t.Errorf("cookpad's servings kept:\n%s", p.Body)
		}
	})
	t.Run("the standfirst after an empty paragraph under the headline is read", func(t *testing.T) {
		lead := "What twelve months of council meetings tell us about when the budget is kind, and when it only pretends to be."
		page := `<main><div class="d-title"><h1>Budget approved</h1><div class="dt-tags"><a href="#c:data" class="dt-tag">data</a></div><p><p>` + lead + `</p></p></div><div class="d-article"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{lead, councilP1, councilP3}, nil)
		if p := extractFile(t, "unseen25-stannercoveswimmers-seatemps-en.html"); !strings.Contains(p.Body, "What twelve months of readings") {
			t.Errorf("stannercoveswimmers' standfirst lost:\n%s", p.Body)
		}
	})
	t.Run("a header's dek, a <div> of text alone named for it, is the standfirst", func(t *testing.T) {
		lead := "A good budget should be short, clear and fair. Most bad ones come down to one habit: promising everything."
		page := `<main><article><header class="SplitScreenContentHeaderWrapper"><h1 class="ContentHeaderHed-NCyCC">Budget approved</h1><div class="ContentHeaderDek-bIqFFZ">` + lead + `</div><div class="BylinesWrapper">By Ann Lee</div></header><div class="body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></article></main>`
		extractHas(t, "Budget approved", "", page, []string{lead, councilP1, councilP3}, nil)
		if !dekAfter("content-header-dek-b-iq-ffz", len("content-header")) || dekAfter("site-header-deck", len("site-header")) {
			t.Errorf("dekAfter misreads a dek's name")
		}
		if p := extractFile(t, "unseen53-saucepanmag-braise-en.html"); !strings.Contains(p.Body, "A good braise should taste concentrated") {
			t.Errorf("saucepanmag's dek lost:\n%s", p.Body)
		}
	})
	t.Run("a paragraph hidden but for screen readers, a label of three words at most, goes", func(t *testing.T) {
		label := `<p class="article-content__content-group--label visually-hidden-small">Article content</p>`
		page := `<main><h1>Budget approved</h1><section class="article-content__content-group">` + label + `<p>` + councilP1 + `</p><p>` + councilP2 + `</p></section><section class="article-content__content-group">` + label + `<p>` + councilP3 + `</p></section></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Article content"})
		if p := extractFile(t, "unseen48-northvalesentinel-sidewalkplowing-en.html"); strings.Contains(p.Body, "Article content") {
			t.Errorf("northvalesentinel's hidden labels kept:\n%s", p.Body)
		}
	})
	t.Run("a day alone under the headline Readability kept as a line goes as the page's date banner", func(t *testing.T) {
		page := `<div id="content"><div class="mw-parser-output"><p>France : le conseil approuve le budget</p><div class="bandeau-date" style="font-weight:bold"><span class="published">mardi 8 avril 2025</span></div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div>`
		extractHas(t, "France : le conseil approuve le budget — Wikinews", "", page, []string{councilP1, councilP3}, []string{"mardi 8 avril 2025"})
		if p := extractFile(t, "unseen88-wikinews-cafecommunal-fr.html"); strings.Contains(p.Body, "mardi 8 avril 2025") {
			t.Errorf("wikinews' date banner kept:\n%s", p.Body)
		}
	})
}

func TestRound73(t *testing.T) {
	t.Run("a summing-up section ending with a closing formula over a signature is the story's last section", func(t *testing.T) {
		sum := "The budget is both a promise and a constraint: it pays for the school's new roof, and it leaves the council very little room for anything else before the elections next spring."
		page := `<main><h1>Budget approved</h1><div class="lesson"><p>` + councilP1 + `</p><h3>The vote</h3><p>` + councilP2 + `</p><h3>The roof</h3><p>` + councilP3 + `</p><h3>Key takeaways</h3><p>` + sum + `</p><p>Read the lesson again before Friday.</p><p>Bon courage à tous,</p><p>M. Ferrand</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, sum, "Read the lesson again"}, nil)
		// Without the closing formula, the line under it is no signature:
		// the box goes.
		page = `<main><h1>Budget approved</h1><div class="lesson"><p>` + councilP1 + `</p><h3>The vote</h3><p>` + councilP2 + `</p><h3>The roof</h3><p>` + councilP3 + `</p><h3>Key takeaways</h3><p>` + sum + `</p><p>Read the lesson again before Friday.</p><p>M. Ferrand</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{sum})
		if p := extractFile(t, "unseen94-collegetilleuls-moulins-fr.html"); !strings.Contains(p.Body, "M. Ferrand") {
			t.Errorf("collegetilleuls' summing-up lost:\n%s", p.Body)
		}
	})
	t.Run("a titled note box pointing elsewhere by a link goes on a page showing code, and since round 78 a warning or a note labelled in its paragraph too", func(t *testing.T) {
		note := `<div class="admonition-wrapper"><div class="admonition admonition-note"><p class="admonition-title">Note</p><p>Version 2.9 stays supported with security fixes until the end of the year. You can find its documentation under <a href="https://docs.example/2.9/">docs.example/2.9</a>.</p></div></div>`
		page := `<main><h1>Budget approved</h1><div class="section"><p>` + councilP1 + `</p>` + note + `<pre><code>budget migrate --from 0.3</code></pre><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Version 2.9 stays"})
		// A warning, and a note whose label opens its paragraph, go
		// too since round 78 (their references mended).
		if p := extractFile(t, "unseen7-loomfile-release3-en.html"); strings.Contains(p.Body, "cannot be cached safely") {
			t.Errorf("loomfile's warning kept:\n%s", p.Body)
		}
		if p := extractFile(t, "quaydocs-restic-en.html"); strings.Contains(p.Body, "object locking") {
			t.Errorf("quaydocs' note kept:\n%s", p.Body)
		}
		if p := extractFile(t, "unseen93-ledgerkit-upgrade-en.html"); strings.Contains(p.Body, "Version 2.9 stays") {
			t.Errorf("ledgerkit's note kept:\n%s", p.Body)
		}
	})
	t.Run("a site's alerts, notice or alert strip ('site-alerts', MediaWiki's siteNotice) is furniture", func(t *testing.T) {
		for _, name := range []string{"site-alerts", "siteNotice", "site-alert"} {
			if !furnitureName(name) {
				t.Errorf("%q names no furniture", name)
			}
		}
		if furnitureName("alerts-list") || furnitureName("site-content") {
			t.Error("a name without the pair is furniture")
		}
		if p := extractFile(t, "unseen93-heathcommons-hivewinter-en.html"); strings.Contains(p.Body, "read-only on Sunday") {
			t.Errorf("heathcommons' site notice kept:\n%s", p.Body)
		}
	})
	t.Run("a post's or an entry's notice ('post-notice') is furniture", func(t *testing.T) {
		note := `<div class="post-notice"><p><strong>Safety note:</strong> the pool's changing rooms are closed for the whole week, please use the gymnasium's.</p></div>`
		page := `<main><h1>Budget approved</h1><div class="post-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p>` + note + `<p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"changing rooms"})
		if furnitureName("notice-board") {
			t.Error("'notice-board' names furniture")
		}
		if !furnitureName("post-notice") {
			t.Error("'post-notice' names no furniture")
		}
		if p := extractFile(t, "unseen93-quietstitch-indigo-en.html"); strings.Contains(p.Body, "slaked lime is caustic") {
			t.Errorf("quietstitch's notice kept:\n%s", p.Body)
		}
	})
	t.Run("'Cet épisode vous est présenté par' opens a sponsor read; 'est présenté par' alone names the host", func(t *testing.T) {
		if !sponsorRead.MatchString("Cet épisode vous est présenté par la Maison des vins de Sarsenne. Retrouvez leurs blancs …") {
			t.Error("'vous est présenté par' is no sponsor read")
		}
		if sponsorRead.MatchString("Cet épisode est présenté par Héloïse Varenne et réalisé par Nour Hadjadj.") {
			t.Error("the host's line is a sponsor read")
		}
		if p := extractFile(t, "unseen94-ondesdulac-pecheurs-fr.html"); strings.Contains(p.Body, "Maison des vins") {
			t.Errorf("ondesdulac's sponsor read kept:\n%s", p.Body)
		}
	})
	t.Run("a label in bold over the story's tail, everything after it gone, goes", func(t *testing.T) {
		sponsor := `<p><em>This episode is supported by Harbour Mill Oatcakes. Baked in small batches on the coast since 1952. Use code TIDELINE for ten percent off.</em></p>`
		page := `<main><h1>Budget approved</h1><div class="notes"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p><strong>Links from the episode</strong></p>` + sponsor + `</div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Links from the episode", "Harbour Mill"})
		if p := extractFile(t, "unseen93-tidelinepod-lighthousekeeper-en.html"); strings.Contains(p.Body, "In this episode") {
			t.Errorf("tidelinepod's labels kept:\n%s", p.Body)
		}
	})
	t.Run("a mail's line offering its web version, in small print, the first cell of its table, goes", func(t *testing.T) {
		line := `<tr><td align="center" style="padding:10px;font-size:11px;">Can't see the images? <a href="https://mail.example/view?id=412">View this newsletter in your browser</a></td></tr>`
		page := `<table width="600">` + line + `<tr><td><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"Can't see the images"})
		if p := extractFile(t, "unseen93-millbrookorchard-grafting-en.html"); strings.Contains(p.Body, "Can't see the images") {
			t.Errorf("millbrookorchard's line kept:\n%s", p.Body)
		}
	})
	t.Run("a sender's line naming who funds its work, under the letter, goes", func(t *testing.T) {
		for text, want := range map[string]bool{
			"Our work this year is supported by the Millbrook Parish Council community fund and Hartley's Garden Centre.": true,
			"This newsletter is sponsored by Hartley's Garden Centre.":                                                    true,
			"The gymnasium's roof is funded by the region, the mayor said.":                                               false,
		} {
			if got := creditLine(text); got != want {
				t.Errorf("creditLine(%q) = %v, want %v", text, got, want)
			}
		}
		if p := extractFile(t, "unseen93-millbrookorchard-grafting-en.html"); strings.Contains(p.Body, "Parish Council community fund") {
			t.Errorf("millbrookorchard's supporters line kept:\n%s", p.Body)
		}
	})
	t.Run("a <title> that is 'Blog' and the blog's name, its one <h1>, is titled by the post's heading", func(t *testing.T) {
		page := `<header><h1 class="blog-title">Le CDI du collège</h1></header><main><h2 class="post-title">Budget approved after three hours</h2><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Blog - Le CDI du collège", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a blog's post", "Budget approved after three hours")
		if blogNamed("Blog - Le CDI", "Le CDI du collège") || !blogNamed("Le CDI | Blog", "Le CDI") {
			t.Error("blogNamed")
		}
	})
	t.Run("a <title> of a site's name and a kind of page ending with 'Details' is titled by the one <h1>", func(t *testing.T) {
		page := `<div id="sideNav"><h2>News</h2><ul><li><a href="/n">School News</a></li></ul></div><main><h1 class="title">Budget approved after three hours</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Harrowgate Elementary / News Details", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a news item", "Budget approved after three hours")
		if detailsTitle("Budget approved: the details", "Budget approved") || detailsTitle("Council / Budget details", "Budget") {
			t.Error("detailsTitle")
		}
	})
	t.Run("a title that the one <h1> says more of after a colon gives way to the <h1>", func(t *testing.T) {
		page := `<main><h1>Budget approved : three hours of debate at the town hall</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main>`
		p := extractHas(t, "Budget approved", `<meta property="og:title" content="Budget approved">`, page, []string{councilP1}, nil)
		wantTitle(t, p, "a longer <h1>", "Budget approved : three hours of debate at the town hall")
		if colonMore(" : two words") || colonMore(" and more words here") {
			t.Error("colonMore")
		}
	})
	t.Run("a campaign's launch day under its name dates a fundraiser's page", func(t *testing.T) {
		page := `<main><h1>Budget approved</h1><p>Campagne lancée le 12 février 2025 · Sainte-Adèle-du-Lac, Québec</p><div><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-02-12" {
			t.Errorf("date %v, want 2025-02-12", p.PublishedAt)
		}
	})
	t.Run("a list archive's From line, the address in angle brackets, a dash and the day year first, dates the message", func(t *testing.T) {
		if d, ok := mailDate([]string{"Ines Carrow <ines@q...> - 2025-03-14 09:12:45"}); !ok || d.Format("2006-01-02") != "2025-03-14" {
			t.Errorf("mailDate = %v, %v", d, ok)
		}
		if _, ok := mailDate([]string{"Budget approved - 2025-03-14 09:12:45"}); ok {
			t.Error("a line without an address dates the message")
		}
	})
	t.Run("a list archive's thread heading titles the message under the list's <title>", func(t *testing.T) {
		page := `<div class="project-title"><h1 class="project-name">Quillmesh</h1></div><main><h2 class="dark title">Thread: [Town-council] Budget approved after three hours</h2><div class="email-message"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		p := extractHas(t, "SourceForge.net: Town: town-council", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a thread's message", "Budget approved after three hours")
		// Under another <title>, the heading is no list's.
		p = extractHas(t, "Budget approved after three hours - Town", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "another <title>", "Budget approved after three hours")
	})
	t.Run("a greeting alone after a forum's lines above the post opens the letter a closing formula and a name sign", func(t *testing.T) {
		if p := extractFile(t, "unseen94-velosdantan-dynamo-fr.html"); !strings.Contains(p.Body, "Roland") {
			t.Errorf("velosdantan's 'A+' / 'Roland' lost:\n%s", p.Body)
		}
		if p := extractFile(t, "unseen87-amiscomtoises-morez1854-fr.html"); !strings.Contains(p.Body, "Merci d'avance et bonne soir") {
			t.Errorf("amiscomtoises' close lost:\n%s", p.Body)
		}
	})
	t.Run("a first name, a comma and an office in lower case sign under a closing formula", func(t *testing.T) {
		for text, want := range map[string]bool{"Gérard, trésorier de l'AAPPMA": true, "Jane, secretary": true, "Gérard, who came on Sunday": false, "Gérard, trésorier depuis 1999.": false} {
			if got := firstNameRole(text); got != want {
				t.Errorf("firstNameRole(%q) = %v, want %v", text, got, want)
			}
		}
		page := `<main><h1>Budget approved</h1><div class="post"><p>Bonjour à tous,</p><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><p>Amicalement,</p><p>Gérard, trésorier de l'association</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3, "Gérard, trésorier"}, nil)
	})
}

func TestRound74(t *testing.T) {
	t.Run("a generator's 'File: NAME — Documentation by …' <title> gives way to the file's one <h1>", func(t *testing.T) {
		page := `<div id="header"><a href="index.html">Index</a> » <span class="title">File: UPGRADING</span></div><div id="content"><h1>Budget approved after three hours</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "File: UPGRADING\n\n    — Documentation by YARD 0.9.37", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a YARD file", "Budget approved after three hours")
		if namedFileTitle("File: Read me — Docs", "Budget approved") || namedFileTitle("File: README — Docs", "README") || !namedFileTitle("File: README - Docs", "Getting started") {
			t.Error("namedFileTitle")
		}
	})
	t.Run("a mail's Date header whose name is in bold apart from its value dates the message", func(t *testing.T) {
		page := `<div class="massagehead"><b>Subject</b>: Budget approved<br><b>From</b>: Martine &lt;m@x...&gt;<br><b>Date</b>: Tue, 11 Feb 2025 18:22:05 +0100<br></div><hr><pre>` + councilP1 + "\n\n" + councilP2 + "\n\n" + councilP3 + `</pre>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "an ezmlm message", "2025-02-11")
	})
	t.Run("a list's footer in a <pre> of its own after the message's goes", func(t *testing.T) {
		page := `<div class="msgBody"><pre>` + councilP1 + "\n\n" + councilP2 + "\n\n" + councilP3 + `</pre><pre>_______________________________________________
rando-valdaure mailing list
rando-valdaure@listes.randovaldaure.example
https://listes.randovaldaure.example/listinfo/rando-valdaure</pre></div>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"mailing list", "listinfo"})
	})
	t.Run("a box whose class is 'notice-' and a notice's kind goes", func(t *testing.T) {
		if p := extractFile(t, "unseen95-brackenforge-release2-en.html"); strings.Contains(p.Body, "Heads up") || strings.Contains(p.Body, "pinned a release candidate") || !strings.Contains(p.Body, "npx brackenforge build") {
			t.Errorf("brackenforge's notice kept or its code lost:\n%s", p.Body)
		}
	})
	t.Run("a letter's headline in a bold cell of 20px or more lets the issue's line above it date the letter", func(t *testing.T) {
		page := `<table><tr><td style="font-family:Verdana;font-size:11px;">La lettre de l'AMAP · jeudi 27 mars 2025</td></tr><tr><td style="font-family:Georgia,serif;font-size:22px;line-height:28px;"><b>Budget approved after three hours</b></td></tr><tr><td>` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</td></tr></table>`
		p := extractHas(t, "Budget approved after three hours", "", page, []string{councilP1}, nil)
		wantDay(t, p, "a YMLP letter", "2025-03-27")
	})
	t.Run("a letter's <title> ending with its month and 'newsletter' gives way to its headline cell", func(t *testing.T) {
		page := `<table><tr><td style="font-size:13px;">Members' Newsletter · Thursday 10 April 2025</td></tr><tr><td style="font-family:Georgia,serif;font-size:30px;line-height:36px;">The budget is approved after three long hours</td></tr><tr><td>` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</td></tr></table>`
		p := extractHas(t, "Kestle Park Gardens - April newsletter", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "an ExactTarget letter", "The budget is approved after three long hours")
		if monthTail("Kestle Park Gardens - Garden newsletter") || !monthTail("Kestle Park Gardens - April newsletter") {
			t.Error("monthTail")
		}
	})
	t.Run("a standfirst set as a list of one item that opens with the description is kept", func(t *testing.T) {
		if p := extractFile(t, "unseen96-harbourmorningpost-minibusfares-en.html"); !strings.HasPrefix(p.Body, "Transport officials approve a 9 per cent increase") {
			t.Errorf("harbourmorningpost's standfirst lost:\n%s", p.Body)
		}
	})
}

func TestRound75(t *testing.T) {
	t.Run("a forum's rows opening with a 'msgUser' cell: the replies under the opening post go", func(t *testing.T) {
		if p := extractFile(t, "unseen98-lathecraft-colletchuck-en.html"); strings.Contains(p.Body, "spindle bearings") || strings.Contains(p.Body, "shimmed the rear bearing") || !strings.Contains(p.Body, "Measure twice, as they say.") {
			t.Errorf("lathecraft's replies kept or its post lost:\n%s", p.Body)
		}
		tr := func(class string) *html.Node {
			doc, _ := html.Parse(strings.NewReader(`<table><tr><td class="` + class + `">A</td><td>B</td></tr></table>`))
			return find(doc, atom.Tr)
		}
		if !authorRow(tr("msgUser")) || !authorRow(tr("username")) || authorRow(tr("msgText")) {
			t.Error("authorRow")
		}
	})
	t.Run("a numeric date before an hour on a twelve-hour clock is month first on a page that does not say its language", func(t *testing.T) {
		page := `<table><tr><td class="msgText"><div class="gray"><a href="viewpost.aspx?PostID=31842">#1</a> Posted: 3/8/2025 4:12:09 PM</div><div class="messagetext">` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</div></td></tr></table>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "a Jitbit post head", "2025-03-08")
		if !twelveHourAfter(" 4:12:09 PM") || !twelveHourAfter(", 9:05 am") || twelveHourAfter(" 16:12:09") || twelveHourAfter(" 4:12 par") || twelveHourAfter(" PM") {
			t.Error("twelveHourAfter")
		}
	})
	t.Run("a course step's 'key-term' box goes", func(t *testing.T) {
		if p := extractFile(t, "unseen97-futurelearnharrowgate-floodplains-en.html"); strings.Contains(p.Body, "Bankfull discharge") || !strings.Contains(p.Body, "a river doing exactly what it has always done") {
			t.Errorf("futurelearnharrowgate's key term kept or its text lost:\n%s", p.Body)
		}
		if !furnitureName("key-term") || !furnitureName("c-key-terms") || furnitureName("key-termination") {
			t.Error("furnitureName")
		}
	})
	t.Run("a note that the story is not investment advice goes", func(t *testing.T) {
		page := `<article><h1>Budget approved</h1><div class="c-news-detail__content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><p class="c-news-detail__warning">Les informations contenues dans cet article sont fournies à titre indicatif et ne constituent pas un conseil en investissement.</p></article>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"conseil en investissement"})
		if !adviceNote("This article is for information only and does not constitute investment advice.") || adviceNote("Investment advice is not what the council gave.") {
			t.Error("adviceNote")
		}
	})
	t.Run("a title whose phrase the one <h1> goes on with in lower case gives way to the <h1>", func(t *testing.T) {
		page := `<article><h1 class="entry-title">Budget approved after three long hours</h1><div class="entry-content"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></article>`
		p := extractHas(t, "Budget approved - Council News", `<meta property="og:title" content="Budget approved - Council News"><meta property="og:site_name" content="Council News">`, page, []string{councilP1}, nil)
		wantTitle(t, p, "a recipe blog's post", "Budget approved after three long hours")
		if !phraseMore(" et aux noisettes") || phraseMore(" Et aux noisettes") || phraseMore(" noisettes") || phraseMore(" and more - Site") {
			t.Error("phraseMore")
		}
	})
	t.Run("an episode's day in an element, a separator in one of its own and its length in words: the day it came out", func(t *testing.T) {
		page := `<div class="EpisodePage_info__yW3cQ"><h1 class="EpisodePage_title__Zp1xv">Budget approved</h1><div class="EpisodePage_meta__Lq4nD"><span>14 Feb 2025</span><span class="dot">&bull;</span><span>48 min</span><span class="dot">&bull;</span><span>Season 2</span></div></div><div class="EpisodePage_description"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "a Hubhopper episode", "2025-02-14")
	})
	t.Run("a bold line alone in its <div> over the item's text is the headline under a 'Site - Actualités' <title>", func(t *testing.T) {
		page := `<table><tr><td class="gauche"><p>Prochaines dates</p></td><td><div style="width:560px;"><div><strong>Budget approved after three long hours</strong></div><div style="text-align:justify;">` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</div></div></td></tr></table>`
		p := extractHas(t, "Comité des fêtes de Saint-Vallier - Actualités", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a CuteNews item", "Budget approved after three long hours")
		if !newsTail("Club - News") || newsTail("Club News") || newsTail("Good News") {
			t.Error("newsTail")
		}
	})
	t.Run("a news item's heading named so by its class, under a '<name> - Actualités - <site>' <title>, is the headline", func(t *testing.T) {
		page := `<div class="project-header"><div class="project-header__name">Parc des expositions</div></div><div class="card project-news"><div class="card-header"><h2 class="project-news__title">Budget approved after three long hours</h2></div><div class="card-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div>`
		p := extractHas(t, "Parc des expositions - Actualités - Lendosphere", `<meta property="og:title" content="Parc des expositions">`, page, []string{councilP1}, nil)
		wantTitle(t, p, "a Lendosphere news item", "Budget approved after three long hours")
		if !newsSection("Parc - News", "Parc") || !newsSection("Parc | Actualités | Site", "Parc") || newsSection("Parc - Newsletter", "Parc") {
			t.Error("newsSection")
		}
	})
	t.Run("a letter's masthead in <font size=5> that names it in its <title> gives way to its headline in a cell's <font size=4><b>", func(t *testing.T) {
		page := `<table><tr><td bgcolor="#4f6b3a"><font face="Georgia" size="5" color="#ffffff"><b>Millwheel Lane Community Garden</b></font><br /><font face="Arial" size="2">Our spring letter</font></td></tr><tr><td style="padding:20px;"><font face="Georgia" size="4" color="#4f6b3a"><b>Spring at Millwheel Lane: the budget is approved</b></font></td></tr><tr><td>` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</td></tr></table>`
		p := extractHas(t, "Millwheel Lane Community Garden - April 2025", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a JangoMail letter", "Spring at Millwheel Lane: the budget is approved")
	})
	t.Run("a letter's line of its month, year and name, then its day, over a headline cell in <font size=4><b> dates it", func(t *testing.T) {
		page := `<table><tr><td bgcolor="#4f6b3a"><font face="Georgia" size="5" color="#ffffff"><b>Millwheel Lane Community Garden</b></font><br /><font face="Arial" size="2">April 2025 Newsletter &mdash; Friday, April 4, 2025</font></td></tr><tr><td style="padding:20px;"><font face="Georgia" size="4" color="#4f6b3a"><b>Spring at Millwheel Lane: the budget is approved</b></font></td></tr><tr><td>` + councilP1 + `<br><br>` + councilP2 + `<br><br>` + councilP3 + `</td></tr></table>`
		p := extractHas(t, "Millwheel Lane Community Garden - April 2025", "", page, []string{councilP1}, nil)
		wantDay(t, p, "a JangoMail letter", "2025-04-04")
		if !letterFirst("April 2025 Newsletter — Friday, April 4, 2025") || letterFirst("April 2025 Report — Friday") {
			t.Error("letterFirst")
		}
	})
	t.Run("a card whose classes add 'Accent' alone goes", func(t *testing.T) {
		if p := extractFile(t, "unseen96-collegecartier-lettreavril-fr.html"); strings.Contains(p.Body, "sera fermé le vendredi 30 mai") || !strings.HasPrefix(p.Body, "Chères familles,") {
			t.Errorf("collegecartier's accent card kept or its text lost:\n%s", p.Body)
		}
		if !furnitureName("CardView TextCard Accent") || furnitureName("text-accent") || furnitureName("accent") || furnitureName("CardView TextCard") {
			t.Error("furnitureName")
		}
	})
	t.Run("a heading that is only an e-mail address goes", func(t *testing.T) {
		if p := extractFile(t, "unseen95-coteauxmontaigut-sortie-fr.html"); strings.Contains(p.Body, "sorties@coteauxmontaigut.example") || !strings.Contains(p.Body, "Comme promis lors de la") {
			t.Errorf("coteauxmontaigut's list address kept or its text lost:\n%s", p.Body)
		}
		if !addressOnly("sorties@coteauxmontaigut.example") || addressOnly("Write to sorties@x.example") || addressOnly("@handle") || addressOnly("a@b") {
			t.Error("addressOnly")
		}
	})
}

func TestRound76(t *testing.T) {
	t.Run("a block of an e-mail tinted apart from its white blocks, a title line and a sentence, after the block before's list: a box that goes", func(t *testing.T) {
		if p := extractFile(t, "unseen100-larchfieldtrust-springnews-en.html"); strings.Contains(p.Body, "Gift Aid") || !strings.Contains(p.Body, "Our open day is on Saturday 7 June") {
			t.Errorf("larchfieldtrust's Gift Aid box kept or its text lost:\n%s", p.Body)
		}
		block := func(bg string) *html.Node {
			doc, _ := html.Parse(strings.NewReader(`<table class="es-content"><tr><td><table class="es-content-body" bgcolor="#ffffff"><tr><td><p>One.</p><ul><li>Two</li></ul></td></tr></table></td></tr></table><table class="es-content"><tr><td><table class="es-content-body" bgcolor="` + bg + `"><tr><td><h3>Reminder</h3><p>Three.</p></td></tr></table></td></tr></table>`))
			var last *html.Node
			for d := range doc.Descendants() {
				if d.DataAtom == atom.Table {
					last = d
				}
			}
			return last
		}
		if b := tintedBlockBefore(block("#f3efe4")); b == nil || b.DataAtom != atom.Ul {
			t.Error("tintedBlockBefore: tinted block")
		}
		if tintedBlockBefore(block("#FFFFFF")) != nil {
			t.Error("tintedBlockBefore: white block")
		}
	})
	t.Run("a note that a member's recipe was not tested by the site, which cannot be held responsible for it, goes", func(t *testing.T) {
		page := `<article><h1>Budget approved</h1><div class="recipe-body"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><div class="recipe-rights"><p>Cette recette a été proposée par une utilisatrice. Elle n’a pas été testée par Vorwerk et Vorwerk ne peut être tenue pour responsable de son résultat.</p></div></article>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"tenue pour responsable"})
		if !liabilityNote("This recipe has not been tested by our kitchen and we cannot be held responsible for the result.") || liabilityNote("The council cannot be held responsible for the flood, the judge said.") {
			t.Error("liabilityNote")
		}
	})
	t.Run("a letter's last cell in small print, one line why the reader gets it with its link to unsubscribe in its sentence, goes", func(t *testing.T) {
		if p := extractFile(t, "unseen100-centretisserands-lettreavril-fr.html"); strings.Contains(p.Body, "Conformément au RGPD") || !strings.HasSuffix(p.Body, "L’équipe du centre social des Tisserands") {
			t.Errorf("centretisserands' unsubscribe line kept or its signature lost:\n%s", p.Body)
		}
		link := func(text string) *html.Node {
			doc, _ := html.Parse(strings.NewReader(`<a href="/u">` + text + `</a>`))
			return find(doc, atom.A)
		}
		if !unsubscribeLink(link("vous désinscrire")) || !unsubscribeLink(link("Unsubscribe")) || unsubscribeLink(link("notre site")) {
			t.Error("unsubscribeLink")
		}
	})
	t.Run("a manual page's NAME, SEE ALSO, AUTHOR and COPYRIGHT sections, headings in capitals, go", func(t *testing.T) {
		page := `<ul id="index"><li><a href="#NAME">NAME</a></li></ul><h1 id="NAME">NAME</h1><p>Council::Budget - the budget approved</p><h1 id="DESCRIPTION">DESCRIPTION</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><pre>use Council::Budget;</pre><p>` + councilP3 + `</p><h1 id="SEE-ALSO">SEE ALSO</h1><p><a href="Council.html">Council</a></p><h1 id="AUTHOR">AUTHOR</h1><p>Maren Holt, with help from the users list.</p><h1 id="COPYRIGHT-AND-LICENSE">COPYRIGHT AND LICENSE</h1><p>Copyright 2012-2026 Maren Holt.</p><p>This library is free software.</p>`
		extractHas(t, "Council::Budget - the budget approved", "", page, []string{councilP1, councilP3}, []string{"Maren Holt", "free software", "NAME"})
		page = strings.NewReplacer("NAME", "Name", "AUTHOR", "Author").Replace(page)
		extractHas(t, "Council::Budget - the budget approved", "", page, []string{councilP1, councilP3, "Maren Holt"}, nil)
	})
	t.Run("a post header's 'Date' in a <span> of its own, then the day year first and its time: the day it was posted", func(t *testing.T) {
		page := `<div class="frm pst"><div class="hcl"><span class="htt">By</span> <a href="user_info.pl?uid=47">graham_t</a>
<span class="htt">Date</span> 2026-03-03 19:47
</div><div class="ccl"><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "an mwForum post", "2026-03-03")
	})
	t.Run("a day alone in an element right after its label's text and colon is read with its label: 'Dernière mise à jour : <span>14/03/2026</span>'", func(t *testing.T) {
		page := `<div class="rspress-doc"><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div><div class="lastUpdated_d1d2a flex text-sm"><p>Dernière mise à jour : <span>14/03/2026</span></p></div>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "an Rspress page", "2026-03-14")
	})
	t.Run("'Last revised' and a day written year first, no colon: the page's update", func(t *testing.T) {
		page := `<h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p><h2>AUTHOR</h2><p>Maren Holt. Last revised 2026-01-19.</p>`
		p := extractHas(t, "Budget approved", "", page, []string{councilP1}, nil)
		wantDay(t, p, "a pod2html page", "2026-01-19")
	})
	t.Run("a manual page whose first <h1> is 'NAME' is titled by its whole NAME line, its <title>", func(t *testing.T) {
		p := extractFile(t, "unseen99-tidewright-upgrading-en.html")
		wantTitle(t, p, "tidewright", "Tidewright::Upgrading - moving from Tidewright 1.x to 2.0")
		page := `<table><tr><td class="_podblock_"><big><strong><span class="_podblock_">&nbsp;Council::Budget</span></strong></big></td></tr></table><h1 id="NAME">NAME</h1><p>Council::Budget - the budget approved</p><h1 id="DESCRIPTION">DESCRIPTION</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>`
		p = extractHas(t, "Council::Budget - the budget approved", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a pod2html page", "Council::Budget - the budget approved")
	})
	t.Run("a box whose class is 'notice' alone goes on a manual page, which shows code", func(t *testing.T) {
		if p := extractFile(t, "unseen99-tidewright-upgrading-en.html"); strings.Contains(p.Body, "Note for packagers") || !strings.Contains(p.Body, "Tidewright 2.0 is the first release") {
			t.Errorf("tidewright's notice kept or its text lost:\n%s", p.Body)
		}
		if !soleKind("notice") || soleKind("notice-board") {
			t.Error("soleKind")
		}
	})
	t.Run("a <title> that is a season or month and a letter's name alone gives way to the letter's <h1> in a cell", func(t *testing.T) {
		page := `<table><tr><td><h1 style="color:#3d5a2a">Spring at Larchfield: the budget is approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		p := extractHas(t, "Spring newsletter", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a Stripo letter", "Spring at Larchfield: the budget is approved")
		if !monthTail("April newsletter") || monthTail("Council newsletter") || monthTail("Spring at Larchfield") {
			t.Error("monthTail")
		}
	})
	t.Run("a forum's header cell 'Sujet : …' titles the topic when the <title> opens with it, then a separator", func(t *testing.T) {
		page := `<table><tr><th>Auteur</th><th>Sujet : [CR] Budget approved : three long hours</th></tr><tr><td>graham</td><td><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></td></tr></table>`
		p := extractHas(t, "[CR] Budget approved : three long hours - Conseil - Vie locale - FORUM Ville", "", page, []string{councilP1}, nil)
		wantTitle(t, p, "a MesDiscussions topic", "[CR] Budget approved : three long hours")
	})
	t.Run("a <div> whose class names a post's summary, right under the headline, is its standfirst without a stop at its end", func(t *testing.T) {
		if p := extractFile(t, "unseen99-baybaypost-jeepneyroutes-en.html"); !strings.HasPrefix(p.Body, "The city council approves a plan that trims overlapping lines") {
			t.Errorf("baybaypost's standfirst lost:\n%s", p.Body)
		}
		if !dekClass("post-single__summary") || !dekClass("c-dek") || dekClass("post-single__content") {
			t.Error("dekClass")
		}
	})
}

func TestRound77(t *testing.T) {
	t.Run("a wrapper of the page's <main> whose class Readability reads as unlikely content loses it, the article kept", func(t *testing.T) {
		if p := extractFile(t, "unseen101-saintaubinparticipe-budgetvote-fr.html"); !strings.Contains(p.Body, "Onze projets se partagent") || strings.Contains(p.Body, "cookies") {
			t.Errorf("saintaubinparticipe's post lost or its cookie notice kept:\n%s", p.Body)
		}
		page := `<div class="cookie-notice"><p>We use cookies on this website to improve its performance and its content, and to give you a more personal experience of it.</p></div><div class="footer-separator"><header><nav><a href="/">Home</a></nav></header><main><h1>Budget approved</h1><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></main></div><footer><p>Town hall</p></footer>`
		extractHas(t, "Budget approved", "", page, []string{councilP1, councilP3}, []string{"cookies"})
		if !unlikelyName("footer-separator") || !unlikelyName("site-header") || unlikelyName("main-footer") || unlikelyName("off-canvas-wrapper") {
			t.Error("unlikelyName")
		}
	})
	t.Run("a page whose rules and Readability's choice leave a few lines is read again less strictly", func(t *testing.T) {
		// saintaubinparticipe without its <main>: unlikelyWrappers
		// does not see the wrapper Readability drops the post with.
		data, err := os.ReadFile("../testdata/pages/unseen101-saintaubinparticipe-budgetvote-fr.html")
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.NewReplacer("<main ", "<div ", "</main>", "</div>").Replace(string(data)))
		if p, err := Extract(data); err != nil || !strings.Contains(p.Body, "Onze projets se partagent") || strings.Contains(p.Body, "cookies") {
			t.Errorf("saintaubinparticipe without <main>: %v, its post lost or its cookie notice kept:\n%s", err, p.Body)
		}
	})
	t.Run("a <div> named as a header holding a subheading and a short control, over its section's box, is the section's heading", func(t *testing.T) {
		if p := extractFile(t, "unseen101-foodnetwork-squashfarro-en.html"); !strings.Contains(p.Body, "Ingredients\n") || strings.Contains(p.Body, "Deselect") {
			t.Errorf("foodnetwork's Ingredients heading lost or its button kept:\n%s", p.Body)
		}
		doc, _ := html.Parse(strings.NewReader(`<section><div class="o-Ingredients__m-Header"><h2>Ingredients</h2><button>Deselect All</button></div><div class="o-Ingredients__m-Body"><p>Olive oil</p></div></section><div class="widget-header"><h2>Popular</h2></div><div class="widget-sidebar"><p>One</p></div>`))
		var divs []*html.Node
		for d := range doc.Descendants() {
			if d.DataAtom == atom.Div {
				divs = append(divs, d)
			}
		}
		if !sectionHead(divs[0]) || sectionHead(divs[1]) || sectionHead(divs[2]) {
			t.Error("sectionHead")
		}
	})
	t.Run("a recipe part's items one paragraph each, with their subheadings, in a box under the part's heading, stay", func(t *testing.T) {
		if p := extractFile(t, "unseen101-foodnetwork-squashfarro-en.html"); !strings.Contains(p.Body, "For the salad:") || !strings.Contains(p.Body, "2 teaspoons maple syrup") {
			t.Errorf("foodnetwork's ingredients lost:\n%s", p.Body)
		}
		h := &block{heading: true, words: []string{"ingredients"}}
		body := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		box.AppendChild(body)
		h.container = box
		line := func(w ...string) *block { return &block{container: body, words: w} }
		bs := []*block{h, {container: body, heading: true, words: []string{"for", "the", "salad"}}, line("olive", "oil"), line("farro"), line("goat", "cheese")}
		if m := recipeLines(bs); len(m) != len(bs) || m[0] || !m[1] || !m[4] {
			t.Errorf("recipeLines: %v", m)
		}
		if m := recipeLines(bs[:4]); m != nil {
			t.Errorf("recipeLines, two lines: %v", m)
		}
	})
	t.Run("a <title> that opens with the page's second <h1>, a separator and its first's, is titled with the second", func(t *testing.T) {
		if p := extractFile(t, "unseen101-tidepooldocs-offlinesync-en.html"); p.Title != "Offline sync" {
			t.Errorf("tidepooldocs titled %q", p.Title)
		}
		if !siteAndHeadline("Offline sync - Tidepool Tracker docs", "Tidepool Tracker", "Offline sync") || siteAndHeadline("Carnet d'un balcon – Mon premier potager", "Carnet d'un balcon", "Mon premier potager") || siteAndHeadline("Offline sync", "Tidepool Tracker", "Offline sync") {
			t.Error("siteAndHeadline")
		}
	})
	t.Run("' -> ' between a forum's name and a topic's subject in the <title> is a separator", func(t *testing.T) {
		if p := extractFile(t, "unseen102-mouchevalserre-agcompterendu-fr.html"); !strings.HasPrefix(p.Title, "Compte rendu de l'assembl") {
			t.Errorf("mouchevalserre titled %q", p.Title)
		}
	})
}

func TestRound78(t *testing.T) {
	t.Run("an e-mail's letter set in one-cell tables over several rows is joined, greeting, subheadings and closing with it", func(t *testing.T) {
		p := extractFile(t, "unseen104-wyebankcanoe-aprilnews-en.html")
		for _, s := range []string{"Hello paddlers,", "The new boat shed is open", "Booking coached sessions", "See you on the water,", "Tamsin Hale"} {
			if !strings.Contains(p.Body, s) {
				t.Errorf("wyebankcanoe lacks %q:\n%s", s, p.Body)
			}
		}
		if strings.Contains(p.Body, "Dates for your diary") || strings.Contains(p.Body, "Sponsored") {
			t.Errorf("wyebankcanoe keeps its diary or its sponsor:\n%s", p.Body)
		}
		row := func(s string) string {
			return `<div class="u-row-container"><div class="u-row"><div class="u-col"><div>` + s + `</div></div></div></div>`
		}
		cell := func(s string) string {
			return `<table role="presentation"><tbody><tr><td><div>` + s + `</div></td></tr></tbody></table>`
		}
		page := row(cell(`<h1>Spring news from the club</h1>`)+cell(`<p>Hello members,</p>`)+cell(`<p>`+councilP1+` `+councilP1+`</p>`)) +
			row(`<div><h3>Dates</h3><p>12 April: meeting</p></div>`) +
			row(cell(`<h2>The new season</h2>`)+cell(`<p>`+councilP2+` `+councilP2+`</p>`)+cell(`<p>`+councilP3+` `+councilP3+`</p>`)+cell(`<p>See you soon,</p>`)+cell(`<p>Ann Lee</p>`)) +
			row(cell(`<p>You receive this e-mail as a member. <a href="/u">Unsubscribe</a></p>`))
		extractHas(t, "Spring news from the club", "", page, []string{"Hello members,", councilP1, "The new season", councilP3}, []string{"12 April", "Unsubscribe"})
	})
	t.Run("a documentation page's admonitions go beside its code, warnings and notes labelled in their paragraph too", func(t *testing.T) {
		for _, page := range []string{"unseen104-quaylineportal-keyrotation-en.html", "unseen81-cordage-upgrading-en.html", "unseen82-ratchet-upgradev2-en.html"} {
			if p := extractFile(t, page); strings.Contains(p.Body, "Never rotate keys during a storm") || strings.Contains(p.Body, "Read the changelog for the full list of changes") || strings.Contains(p.Body, "Ratchet 2.0 requires Elixir 1.15") {
				t.Errorf("%s keeps an admonition:\n%s", page, p.Body)
			}
		}
		for _, box := range []string{
			`<div class="admonition warning"><p class="admonition-title">Warning</p><p>Never raise the pool's heating during a storm warning.</p></div>`,
			`<div class="admonition note"><p><strong>Note:</strong> never raise the pool's heating during a storm warning.</p></div>`,
		} {
			text := pruned(t, `<div class="md-content"><p>`+councilP1+`</p>`+box+`<pre><code>budget migrate</code></pre><p>`+councilP2+`</p></div>`, &meta{code: true})
			if strings.Contains(text, "storm warning") || !strings.Contains(text, councilP2[:40]) {
				t.Errorf("admonition kept or story lost:\n%s", text)
			}
		}
	})
	t.Run("a note box of one kind, and a directive box of a notice's kind, go beside a documentation page's code wherever they stand", func(t *testing.T) {
		for page, box := range map[string]string{"unseen75-larchmere-restore-en.html": "If the cluster has lost quorum, stop here", "unseen99-grenier-sauvegardes-fr.html": "Une sauvegarde stockée sur le même disque"} {
			if p := extractFile(t, page); strings.Contains(p.Body, box) {
				t.Errorf("%s keeps its box:\n%s", page, p.Body)
			}
		}
		for _, box := range []string{
			`<div class="note"><p>If the pool has lost its heating, stop here and call the caretaker.</p></div>`,
			`<div class="rspress-directive warning"><div class="rspress-directive-title">ATTENTION</div><div class="rspress-directive-content"><p>If the pool has lost its heating, stop here and call the caretaker.</p></div></div>`,
		} {
			text := pruned(t, `<div class="doc"><p>`+councilP1+`</p>`+box+`<pre><code>budget migrate</code></pre><p>`+councilP2+`</p></div>`, &meta{code: true})
			if strings.Contains(text, "caretaker") || !strings.Contains(text, councilP2[:40]) {
				t.Errorf("box kept or story lost:\n%s", text)
			}
		}
		if !admonition("rspress-directive tip") || admonition("rspress-directive") || admonition("directive-list") {
			t.Error("admonition")
		}
	})
	t.Run("a box whose class names a notification, set in the text, goes", func(t *testing.T) {
		if p := extractFile(t, "unseen103-abeillescausse-bilansaison-fr.html"); strings.Contains(p.Body, "Permanence miel") {
			t.Errorf("abeillescausse keeps its notice:\n%s", p.Body)
		}
		text := pruned(t, `<div class="content"><p>`+councilP1+`</p><div class="element mw-ui-box mw-ui-box-notification"><div class="mw-ui-box-content"><p><strong>Pool hours:</strong> open on Saturdays from 10 to 12 for members.</p></div></div><p>`+councilP2+`</p></div>`, &meta{})
		if strings.Contains(text, "Pool hours") || !strings.Contains(text, councilP2[:40]) {
			t.Errorf("notice kept or story lost:\n%s", text)
		}
	})
	t.Run("an element whose id names a date gives the page's day as one whose class does", func(t *testing.T) {
		if p := extractFile(t, "unseen104-researchledger-eelgrass-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-04-14" {
			t.Errorf("researchledger dated %v", p.PublishedAt)
		}
		p := extractHas(t, "Budget approved", "", `<main><h1>Budget approved</h1><dl><dt>Date:</dt><dd id="date_posted">April 14, 2025</dd><dt>Source:</dt><dd>Town hall</dd></dl><p>`+councilP1+`</p><p>`+councilP2+`</p><p>`+councilP3+`</p></main>`, []string{councilP1}, nil)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-04-14" {
			t.Errorf("dated %v", p.PublishedAt)
		}
	})
	t.Run("a facts list right under the headline gives its summary as the standfirst, the list going", func(t *testing.T) {
		if p := extractFile(t, "unseen104-researchledger-eelgrass-en.html"); !strings.HasPrefix(p.Body, "Swapping chain moorings") || strings.Contains(p.Body, "Source:") {
			t.Errorf("researchledger's summary lost or its facts kept:\n%s", p.Body)
		}
		sum := "The town will keep its pool open all winter and fund the gymnasium, the council decided after a long debate."
		page := `<main><h1>Budget approved</h1><dl class="facts"><dt>Date:</dt><dd>April 14, 2025</dd><dt>Source:</dt><dd>Town hall</dd><dt>Summary:</dt><dd id="abstract">` + sum + `</dd><dt>Share:</dt><dd><a href="/s">Facebook</a></dd></dl><hr><div class="story"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{sum, councilP1}, []string{"Town hall"})
	})
	t.Run("an author's line in emphasis with its day under the headline is passed over for the standfirst", func(t *testing.T) {
		if p := extractFile(t, "unseen103-tidepool-upgrading-en.html"); !strings.HasPrefix(p.Body, "Tidepool 3 changes how schedulers") {
			t.Errorf("tidepool's opening lost:\n%s", p.Body)
		}
		sum := "The town will keep its pool open all winter and fund the gymnasium, the council decided after a long debate."
		page := `<main><header><h1>Budget approved</h1><p><em>Ann Lee, 11 June 2025</em></p><p>` + sum + `</p></header><nav><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></nav><div class="story"><p>` + councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p></div></main>`
		extractHas(t, "Budget approved", "", page, []string{sum, councilP1}, nil)
		doc, _ := html.Parse(strings.NewReader(`<p><em>Ann Lee, 11 June 2025</em></p><p><em>A long line in emphasis that is not a byline at all, 2025 or not, nine words more</em></p><p>Ann Lee, 11 June 2025</p>`))
		var ps []*html.Node
		for d := range doc.Descendants() {
			if d.DataAtom == atom.P {
				ps = append(ps, d)
			}
		}
		if !emBylineP(ps[0]) || emBylineP(ps[1]) || emBylineP(ps[2]) {
			t.Error("emBylineP")
		}
	})
	t.Run("a <title> that is a name and its dotted path ending with it is titled with the page's one <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen103-tidepool-upgrading-en.html"); p.Title != "Upgrading to Tidepool 3" {
			t.Errorf("tidepool titled %q", p.Title)
		}
		if !modulePathTitle("upgrading (tidepool.upgrading)") || modulePathTitle("Paris (France)") || modulePathTitle("upgrading (tidepool.install)") || modulePathTitle("Le budget (v2.1)") {
			t.Error("modulePathTitle")
		}
	})
}

func TestRound79(t *testing.T) {
	t.Run("a standfirst set as a heading in the story's header, under a section's name, is the article's opening paragraph", func(t *testing.T) {
		if p := extractFile(t, "unseen106-therelay-buscertificate-en.html"); !strings.HasPrefix(p.Body, "Renewal reminder went to a deleted mailbox") || strings.Contains(p.Body, "Networks") {
			t.Errorf("therelay's standfirst lost or its section kept:\n%s", p.Body)
		}
	})
	t.Run("a story's end mark after its last stop does not make its last line furniture", func(t *testing.T) {
		if p := extractFile(t, "unseen106-therelay-buscertificate-en.html"); !strings.HasSuffix(p.Body, "until the end of the month. ®") {
			t.Errorf("therelay's last line lost:\n%s", p.Body)
		}
		if !endsSentence("until the end of the month. ®") || !endsSentence("the last word. ■") || endsSentence("Registered ®") || endsSentence("Acme®") {
			t.Error("endsSentence")
		}
	})
	t.Run("a <title> that is the page's one <h1> and the word 'Recipe' is titled with the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen106-bitterroottable-parsnipsoup-en.html"); p.Title != "Parsnip Soup With Brown Butter and Hazelnuts" {
			t.Errorf("bitterroottable titled %q", p.Title)
		}
		if !dishTitle("Parsnip Soup With Hazelnuts Recipe", "Parsnip Soup With Hazelnuts") || dishTitle("Soup Recipe", "Soup") || dishTitle("Parsnip Soup With Hazelnuts Recipe - Site", "Parsnip Soup With Hazelnuts") {
			t.Error("dishTitle")
		}
	})
	t.Run("a recipe's times and servings box and its nutrition facts are furniture", func(t *testing.T) {
		if p := extractFile(t, "unseen106-bitterroottable-parsnipsoup-en.html"); strings.Contains(p.Body, "Calories") {
			t.Errorf("bitterroottable keeps its nutrition facts:\n%s", p.Body)
		}
		if p := extractFile(t, "unseen105-kitchencircle-parsnipsoup-en.html"); strings.Contains(p.Body, "Prep Time") || strings.Contains(p.Body, "Calories") {
			t.Errorf("kitchencircle keeps its times or its nutrition facts:\n%s", p.Body)
		}
		if !furnitureName("mntl-nutrition-facts") || !furnitureName("mntl-recipe-details") || furnitureName("recipe-body") {
			t.Error("furnitureName")
		}
	})
	t.Run("a Storybook docs page's story path in its <title> gives way to its last <h1>, which leaves the body", func(t *testing.T) {
		if p := extractFile(t, "unseen106-heathlanddesign-version4-en.html"); p.Title != "Heathland 4.0" || strings.HasPrefix(p.Body, "Heathland 4.0") {
			t.Errorf("heathlanddesign titled %q, body:\n%s", p.Title, p.Body)
		}
		if !storyPathTitle("Release notes / Version 4.0 - Docs ⋅ Storybook") || storyPathTitle("Version 4.0 - Docs ⋅ Storybook") || storyPathTitle("Either / or - Docs") {
			t.Error("storyPathTitle")
		}
	})
	t.Run("an Epydoc module page's dotted <title> gives way to its <h1> naming the module, which leaves the body", func(t *testing.T) {
		if p := extractFile(t, "unseen105-tidewheel-upgrading-en.html"); p.Title != "Module upgrading" || strings.HasPrefix(p.Body, "Module upgrading") {
			t.Errorf("tidewheel titled %q, body:\n%s", p.Title, p.Body)
		}
		if !modulePageTitle("tidewheel.upgrading", "Module upgrading") || !modulePageTitle("a.b.Clock", "Class Clock") || modulePageTitle("tidewheel.upgrading", "Upgrading") || modulePageTitle("Version 2.0", "Module 0") {
			t.Error("modulePageTitle")
		}
	})
	t.Run("a byline that opens with its day, an em dash and the authors after it, dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen106-grenat-version2-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-07" {
			t.Errorf("grenat dated %v", p.PublishedAt)
		}
		if d, ok := datedByline("7 mars 2025 — Lou Salaün, Bakary Diarra", false); !ok || d.Format("2006-01-02") != "2025-03-07" {
			t.Errorf("datedByline %v %v", d, ok)
		}
		if _, ok := datedByline("Saison 2025 — Lou Salaün", false); ok {
			t.Error("datedByline reads a season")
		}
	})
	t.Run("a release's day before a middle dot and the page's other facts dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen106-heathlanddesign-version4-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-05-12" {
			t.Errorf("heathlanddesign dated %v", p.PublishedAt)
		}
		if d, ok := releasedDay("Released 12 May 2025 · Maintained by the Design System team", false); !ok || d.Format("2006-01-02") != "2025-05-12" {
			t.Errorf("releasedDay %v %v", d, ok)
		}
	})
	t.Run("a documentation generator's footer with its day in asctime's form dates an undated page by its day", func(t *testing.T) {
		if p := extractFile(t, "unseen105-tidewheel-upgrading-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("tidewheel dated %v", p.PublishedAt)
		}
		if _, ok := releasedDay("Generated by Epydoc 3.0.1 on a rainy day in 2025", false); ok {
			t.Error("releasedDay reads no day")
		}
	})
}

// furnitureWordCase is a page whose furniture a word in a box's id or class
// names: extracting file must drop every gone string and keep every kept
// one, and furnitureName must take every one of names and none of notNames.
type furnitureWordCase struct {
	why, file       string
	gone, kept      []string
	names, notNames []string
}

// checkFurnitureWordCases runs each case as a subtest named by its why.
func checkFurnitureWordCases(t *testing.T, cases []furnitureWordCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			p := extractFile(t, c.file)
			for _, s := range c.gone {
				if strings.Contains(p.Body, s) {
					t.Errorf("%s keeps %q:\n%s", c.file, s, p.Body)
				}
			}
			for _, s := range c.kept {
				if !strings.Contains(p.Body, s) {
					t.Errorf("%s loses %q:\n%s", c.file, s, p.Body)
				}
			}
			for _, n := range c.names {
				if !furnitureName(n) {
					t.Errorf("furnitureName(%q) = false, want true", n)
				}
			}
			for _, n := range c.notNames {
				if furnitureName(n) {
					t.Errorf("furnitureName(%q) = true, want false", n)
				}
			}
		})
	}
}

// TestRound80 holds the cases of round 80's rules (docs/quality.md, "Round
// 80 of issue 16"), each of which failed before its rule.
func TestRound80(t *testing.T) {
	cases := []furnitureWordCase{
		{
			why:      "a French site's banner ('bandeau') is furniture, as a banner is",
			file:     "unseen108-encyclopetit-compostage-fr.html",
			gone:     []string{"ébauche"},
			names:    []string{"bandeau-article bandeau-niveau-ebauche"},
			notNames: []string{"bande-dessinee"},
		},
		{
			why:      "a box whose id or class names an opt-in (a consent notice's) is furniture",
			file:     "unseen107-ironvalewiki-harrowgateviaduct-en.html",
			gone:     []string{"We Care About Your Privacy"},
			names:    []string{"trackingOptIn", "newsletter-opt-in"},
			notNames: []string{"opting"},
		},
		{
			why:      "an event page's date and location sections are furniture",
			file:     "unseen107-kelsmoorlibrary-repaircafe-en.html",
			gone:     []string{"Date and time", "3 Mill Lane"},
			names:    []string{"date-info", "location-info"},
			notNames: []string{"date-information"},
		},
		{
			why:      "an event page's info grid and its lines (place, chairs) are furniture",
			file:     "unseen107-skarvik-glacierworkshop-en.html",
			gone:     []string{"Brevegen 4", "Tor Engebret"},
			names:    []string{"infogrid", "infoline chairs clear"},
			notNames: []string{"information"},
		},
	}
	checkFurnitureWordCases(t, cases)
	t.Run("a wiki's edit link inside its section heading is furniture", func(t *testing.T) {
		if p := extractFile(t, "unseen108-encyclopetit-compostage-fr.html"); strings.Contains(p.Body, "[modifier]") || !strings.Contains(p.Body, "\nComment ça marche ?\n") {
			t.Errorf("encyclopetit keeps its edit links:\n%s", p.Body)
		}
		p := extractPage(t, `<main><h1>Compost</h1><p>`+councilP1+`</p><h2><span class="mw-headline">How it works</span> <span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2><p>`+councilP2+`</p><p>`+councilP3+`</p></main>`)
		if strings.Contains(p.Body, "[edit]") || !strings.Contains(p.Body, "How it works") {
			t.Errorf("body:\n%s", p.Body)
		}
		if !furnitureName("mw-editsection") {
			t.Error("furnitureName")
		}
	})
	t.Run("a mail's footer in small print is furniture when only the sending service's badge follows it in a row of its own", func(t *testing.T) {
		p := extractFile(t, "unseen108-atelierdesquais-lettrejuin-fr.html")
		if strings.Contains(p.Body, "Vous recevez cet e-mail") || strings.Contains(p.Body, "Se désinscrire") {
			t.Errorf("atelierdesquais keeps its footer:\n%s", p.Body)
		}
		if !strings.HasSuffix(p.Body, "Sophie, pour l'équipe de l'Atelier des Quais") {
			t.Errorf("atelierdesquais loses its signature:\n%s", p.Body)
		}
	})
	t.Run("a practical section in prose after the story's <h2>s is the story's last section", func(t *testing.T) {
		if p := extractFile(t, "unseen107-skarvik-glacierworkshop-en.html"); !strings.Contains(p.Body, "Practical information\n\nThe field station has forty-two beds") || !strings.Contains(p.Body, "Authors will hear back within three weeks.") {
			t.Errorf("skarvik loses its practical section:\n%s", p.Body)
		}
		const practical = "The hall has forty beds in shared rooms, given out in order of registration. Those who register after the beds are gone will be offered rooms in the village inn, a short bus ride away. Boots are needed for the walk; helmets are lent by the hall."
		p := extractPage(t, `<main><h1>Workshop</h1><p>`+councilP1+`</p><h2>Scope</h2><p>`+councilP2+`</p><h2>Format</h2><p>`+councilP3+`</p><h2>Practical information</h2><p>`+practical+`</p></main>`)
		if !strings.Contains(p.Body, "Practical information\n\n"+practical) {
			t.Errorf("body:\n%s", p.Body)
		}
	})
	t.Run("a staff response under a post, its status and its text, is furniture; the post's signature stays", func(t *testing.T) {
		p := extractFile(t, "unseen107-lindqvist-offlinemode-en.html")
		if strings.Contains(p.Body, "PLANNED") || strings.Contains(p.Body, "on the roadmap") {
			t.Errorf("lindqvist keeps its staff response:\n%s", p.Body)
		}
		if !strings.HasSuffix(p.Body, "Marit Olsen, operations lead, Fjellby Building Control") {
			t.Errorf("lindqvist loses its signature:\n%s", p.Body)
		}
		if !furnitureName("p-show-post__response") || furnitureName("responsive-table") {
			t.Error("furnitureName")
		}
	})
	t.Run("a list of readers' reviews under the text is furniture ('reviews', 'critiques')", func(t *testing.T) {
		if p := extractFile(t, "unseen107-babelio-maisondescormorans-fr.html"); strings.Contains(p.Body, "iode et les secrets") {
			t.Errorf("babelio keeps another reader's review:\n%s", p.Body)
		}
		if p := extractFile(t, "unseen105-kitchencircle-parsnipsoup-en.html"); strings.Contains(p.Body, "Made exactly as wr") {
			t.Errorf("kitchencircle keeps its reviews:\n%s", p.Body)
		}
		if !furnitureName("liste_critiques") || !furnitureName("reviews") || furnitureName("critique") || furnitureName("review-body") {
			t.Error("furnitureName")
		}
	})
	t.Run("a byline whose day ends with a comma before 'par' dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen108-snesvaldaure-mutationsintra-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-06-03" {
			t.Errorf("snesvaldaure dated %v", p.PublishedAt)
		}
		if d, ok := datedByline("mardi 3 juin 2025, par Secteur emploi", false); !ok || d.Format("2006-01-02") != "2025-06-03" {
			t.Errorf("datedByline %v %v", d, ok)
		}
	})
	t.Run("an element named for the date holding a weekday, a comma, the day's number with a dot and an hour after a comma dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen107-patrimoinevernoux-lavoircombe-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-04-21" {
			t.Errorf("patrimoinevernoux dated %v", p.PublishedAt)
		}
		p := extractPage(t, `<main><div class="story-date">mardi, 21. avril 2026, 18:42</div><h1>Le lavoir</h1><p>`+councilP1+`</p><p>`+councilP2+`</p></main>`)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-04-21" {
			t.Errorf("dated %v", p.PublishedAt)
		}
	})
	t.Run("a calendar's icon before the day in an element of its own and the hours in another dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen107-collectifrouelle-bourseauxvelos-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-05-09" {
			t.Errorf("collectifrouelle dated %v", p.PublishedAt)
		}
		p := extractPage(t, `<main><h1>Bourse aux vélos</h1><div class="when"><i class="fa fa-calendar"></i> <span>samedi 9 mai 2026</span> <span>09:00 → 17:00</span></div><p>`+councilP1+`</p><p>`+councilP2+`</p></main>`)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-05-09" {
			t.Errorf("dated %v", p.PublishedAt)
		}
		if !calendarIcon("v-icon mdi mdi-calendar") {
			t.Error("calendarIcon")
		}
	})
	t.Run("an element named for the date holding an event's day and its hours after a comma or a middle dot dates the page", func(t *testing.T) {
		for name, day := range map[string]string{"unseen107-skarvik-glacierworkshop-en.html": "2026-06-15", "unseen107-kelsmoorlibrary-repaircafe-en.html": "2026-04-18"} {
			if p := extractFile(t, name); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != day {
				t.Errorf("%s dated %v", name, p.PublishedAt)
			}
		}
		for text, day := range map[string]string{"15 June 2026, 09:00 → 17 June 2026, 16:00": "15 June 2026", "Saturday, 18 April 2026 · 10:00 - 14:00 BST": "Saturday, 18 April 2026", "15 June 2026, Hall B": ""} {
			n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
			if got := namedDateOf(n); got != day {
				t.Errorf("namedDateOf(%q) = %q, want %q", text, got, day)
			}
		}
	})
	t.Run("the author's link alone in a wrapper and a date alone right after the wrapper dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen107-babelio-maisondescormorans-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-01-12" {
			t.Errorf("babelio dated %v", p.PublishedAt)
		}
		p := extractPage(t, `<main><div class="head"><div class="login"><a class="author" href="/u/1">lectrice</a></div><span class="gris">12 janvier 2026</span></div><h1>Critique</h1><p>`+councilP1+`</p><p>`+councilP2+`</p></main>`)
		if p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-01-12" {
			t.Errorf("dated %v", p.PublishedAt)
		}
	})
	t.Run("a session's day with its span of hours dates a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen108-tidewaterdev-offlinecharts-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-06-14" {
			t.Errorf("tidewaterdev dated %v", p.PublishedAt)
		}
		if d, ok := sessionDay([]string{"Saturday 14 June 2025, 10:30–11:00, Hall B"}, false); !ok || d.Format("2006-01-02") != "2025-06-14" {
			t.Errorf("sessionDay %v %v", d, ok)
		}
		if _, ok := sessionDay([]string{"14 June 2025, 10:30 in Hall B"}, false); ok {
			t.Error("sessionDay reads an hour alone")
		}
	})
	t.Run("a <title> that is the one <h1>, a separator and the site's name Readability took is titled with the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen108-encyclopetit-compostage-fr.html"); p.Title != "Compostage" {
			t.Errorf("encyclopetit titled %q", p.Title)
		}
		if !siteAfterHeadline("Compostage — Encyclopetit, l'encyclopédie", "Compostage", "Encyclopetit, l'encyclopédie") || siteAfterHeadline("Compostage — Encyclopetit", "Compost", "Encyclopetit") || siteAfterHeadline("Compostage", "Compostage", "") {
			t.Error("siteAfterHeadline")
		}
		if p := extractFile(t, "unseen4-tidepoolnotes-tides-en.html"); p.Title != "Why there are (usually) two high tides a day" {
			t.Errorf("tidepoolnotes, its <h1> the blog's name linked to its home, titled %q", p.Title)
		}
	})
	t.Run("MediaWiki's footer stating the page's last edit dates a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen108-encyclopetit-compostage-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-05-12" {
			t.Errorf("encyclopetit dated %v", p.PublishedAt)
		}
		for _, text := range []string{" La dernière modification de cette page a été faite le 12 mai 2025 à 18:04.", "This page was last edited on 12 May 2025, at 18:04 (UTC)."} {
			if d, ok := updateDate([]string{text}, false); !ok || d.Format("2006-01-02") != "2025-05-12" {
				t.Errorf("updateDate(%q) = %v %v", text, d, ok)
			}
		}
	})
	t.Run("a title whose every word the one <h1> holds in order, with a few words more before them, gives way to the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen107-babelio-maisondescormorans-fr.html"); !strings.HasPrefix(p.Title, "Critique de ") {
			t.Errorf("babelio titled %q", p.Title)
		}
		if !wordsWithin("La Maison des cormorans - Hélène Vasseur", "Critique de « La Maison des cormorans » de Hélène Vasseur") || wordsWithin("Sortie aux étangs de la Bresse", "Enfin notre belle sortie aux étangs de la Bresse") || wordsWithin("Maison des cormorans", "Critique de la Maison des mouettes") {
			t.Error("wordsWithin")
		}
	})
	t.Run("an author's full name, a comma and the day alone dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen103-tidepool-upgrading-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-06-11" {
			t.Errorf("tidepool dated %v", p.PublishedAt)
		}
		if d, ok := datedByline("Margit Oyelaran, 11 June 2025", false); !ok || d.Format("2006-01-02") != "2025-06-11" {
			t.Errorf("datedByline %v %v", d, ok)
		}
		if _, ok := datedByline("Margit Oyelaran, 11 June", false); ok {
			t.Error("datedByline reads a day without its year")
		}
	})
	t.Run("a version's release day stated in a sentence dates a page nothing else dates", func(t *testing.T) {
		for name, day := range map[string]string{"unseen102-tesseldocs-migrating3-en.html": "2026-02-02", "unseen95-brackenforge-release2-en.html": "2025-02-04"} {
			if p := extractFile(t, name); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != day {
				t.Errorf("%s dated %v", name, p.PublishedAt)
			}
		}
		if _, ok := releaseInText([]string{"Tessel is free software, released under the LGPL-2.1."}, false); ok {
			t.Error("releaseInText reads a licence")
		}
	})
}

func TestRound81(t *testing.T) {
	cases := []furnitureWordCase{
		{
			why:   "a reminder set among the text is furniture",
			file:  "unseen112-harrowdenpark-residential-en.html",
			gone:  []string{"consent and medical forms"},
			kept:  []string{"Please do not send mobile phones"},
			names: []string{"notice notice--reminder"},
		},
		{
			why:      "a crowdfunding platform's risk warning is furniture",
			file:     "unseen109-orchardlanecider-newpress-en.html",
			gone:     []string{"Don't invest unless"},
			names:    []string{"cc-risk-warning"},
			notNames: []string{"warning"},
		},
		{
			why:      "a call to join set among the text is furniture",
			file:     "unseen110-gmbunion-depotcleaners-en.html",
			gone:     []string{"Not a member yet?"},
			kept:     []string{"No detriment to any member"},
			names:    []string{"join-inline"},
			notNames: []string{"joinery"},
		},
		{
			why:      "OpenOLAT's info box set among the text is furniture",
			file:     "unseen111-lyceeannemorgan-visitearchives-fr.html",
			gone:     []string{"onglet « Informations »"},
			names:    []string{"o_info", "o_warning o_block"},
			notNames: []string{"o_block", "o_information"},
		},
		{
			why:      "WikkaWiki's box floated right of the text is furniture",
			file:     "unseen112-fablabmoulin-laser-fr.html",
			gone:     []string{"0,50 € la minute"},
			names:    []string{"floatr"},
			notNames: []string{"floater"},
		},
		{
			why:      "a French recipe's tip box ('astuce') is furniture",
			file:     "unseen109-atelierdumarche-clafoutispoireaux-fr.html",
			gone:     []string{"moutarde à l'ancienne"},
			names:    []string{"astuce-chef"},
			notNames: []string{"mes-astuces-pour-une-pate"},
		},
	}
	checkFurnitureWordCases(t, cases)
	t.Run("a <body> whose class names an author is no byline to Readability", func(t *testing.T) {
		if p := extractFile(t, "unseen112-damsontable-rhubarbcake-en.html"); !strings.Contains(p.Body, "400g forced rhubarb") || !strings.Contains(p.Body, "brush with the ginger syrup") {
			t.Errorf("damsontable loses its recipe card:\n%s", p.Body)
		}
		p := extractPage(t, `<html><body class="single single-author"><article><h1>Compost</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><div itemscope itemtype="http://schema.org/Recipe"><div itemprop="name">Compost heap</div><p>`+councilP3+`</p></div></article></body></html>`)
		if !strings.Contains(p.Body, councilP3[:40]) {
			t.Errorf("body:\n%s", p.Body)
		}
	})
	t.Run("a title of one word and the one <h1> is titled with the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen109-atelierdumarche-clafoutispoireaux-fr.html"); p.Title != "Clafoutis salé aux poireaux et au bleu des Causses" {
			t.Errorf("atelierdumarche titled %q", p.Title)
		}
		if !wordBeforeHeadline("Recette clafoutis salé aux poireaux", "Clafoutis salé aux poireaux") || wordBeforeHeadline("JSDoc: Tutorial: Retry policies", "Tutorial: Retry policies") || wordBeforeHeadline("Recette clafoutis", "Clafoutis") {
			t.Error("wordBeforeHeadline")
		}
	})
	t.Run("a story's last section named its extra part is the story's", func(t *testing.T) {
		if p := extractFile(t, "unseen109-atelierdumarche-clafoutispoireaux-fr.html"); !strings.Contains(p.Body, "Pour aller plus loin") || !strings.Contains(p.Body, "un gaillac perlé") {
			t.Errorf("atelierdumarche loses its last section:\n%s", p.Body)
		}
		p := extractPage(t, `<main><article><h1>Compost</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><section class="guide-extra"><h2>Going further</h2><p>`+councilP3+`</p></section></article></main>`)
		if !strings.Contains(p.Body, "Going further") {
			t.Errorf("body:\n%s", p.Body)
		}
	})
	t.Run("a chapter list in a paragraph may open with its label", func(t *testing.T) {
		if p := extractFile(t, "unseen110-ivoox-moulinssevre-fr.html"); strings.Contains(p.Body, "04:12 Gisèle") {
			t.Errorf("ivoox keeps its chapters:\n%s", p.Body)
		}
		p := extractPage(t, `<main><article><h1>Episode 4</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><p>Chapters:<br>00:00 Introduction<br>03:10 The heap<br>12:40 Questions</p><p>`+councilP3+`</p></article></main>`)
		if strings.Contains(p.Body, "03:10 The heap") {
			t.Errorf("body:\n%s", p.Body)
		}
	})
	t.Run("a last line telling the browser a page is best viewed with is fine print", func(t *testing.T) {
		if p := extractFile(t, "unseen110-geocities-cedarvalley-en.html"); strings.Contains(p.Body, "Best viewed with") || !strings.HasSuffix(p.Body, "Bev Hollister") {
			t.Errorf("geocities keeps its browser note:\n%s", p.Body)
		}
		if !browserNote("Best viewed in Netscape 4 at 800x600") || browserNote("The valley is best seen from the trestle.") {
			t.Error("browserNote")
		}
	})
	t.Run("a section's name of one or two words between the headline and the site's name goes from the title", func(t *testing.T) {
		if p := extractFile(t, "unseen111-brackwatermakers-laserbooking-en.html"); p.Title != "Proposal: new booking rules for the laser cutter from January" {
			t.Errorf("brackwatermakers titled %q", p.Title)
		}
		if got := sectionCut("New rules for the laser cutter | Workshop", " | Brackwater Makers"); got != "New rules for the laser cutter" {
			t.Errorf("sectionCut = %q", got)
		}
		if got := sectionCut("Laser cutter | Workshop", " | Brackwater Makers"); got != "Laser cutter | Workshop" {
			t.Errorf("sectionCut cuts a short headline: %q", got)
		}
	})
	t.Run("a section's name of one word before the site's name in the <title> gives way to the one <h1>", func(t *testing.T) {
		p := extractFile(t, "unseen112-cledeschants-repetitions-fr.html")
		if p.Title != "Nouveaux horaires de répétition et concert du 17 mai" || strings.Contains(p.Body, "Nouveaux horaires de répétition et concert") {
			t.Errorf("cledeschants titled %q:\n%s", p.Title, p.Body)
		}
		if !brandNamed("navbar-brand GPAREA") {
			t.Error("brandNamed")
		}
	})
	t.Run("a wiki's page name in the <title> gives way to the page's one <h1>", func(t *testing.T) {
		p := extractFile(t, "unseen112-fablabmoulin-laser-fr.html")
		if p.Title != "Guide de la découpeuse laser" || strings.Contains(p.Body, "Guide de la découpeuse laser") {
			t.Errorf("fablabmoulin titled %q:\n%s", p.Title, p.Body)
		}
	})
	t.Run("a post's head 'Posté(e)' and its day dates the page", func(t *testing.T) {
		if p := extractFile(t, "unseen110-infoclimat-abrimeteo-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-04-09" {
			t.Errorf("infoclimat dated %v", p.PublishedAt)
		}
	})
	t.Run("Invision Community's quotation of another member's post is furniture", func(t *testing.T) {
		if p := extractFile(t, "unseen110-infoclimat-abrimeteo-fr.html"); strings.Contains(p.Body, "Frimas38 a dit") || strings.Contains(p.Body, "Hâte de voir") || !strings.Contains(p.Body, "Bonjour à tous,") {
			t.Errorf("infoclimat keeps the quoted reply:\n%s", p.Body)
		}
	})
	t.Run("LDoc's '<project> reference' over the project's <h1> and the topic's is titled with the topic's", func(t *testing.T) {
		p := extractFile(t, "unseen110-quillpath-migrating-en.html")
		if p.Title != "Migrating from 1.x to 2.0" || strings.Contains(p.Body, "Migrating from 1.x to 2.0") {
			t.Errorf("quillpath titled %q:\n%s", p.Title, p.Body)
		}
		if !projectReference("Quillpath reference", "Quillpath") || projectReference("Quillpath reference guide", "Quillpath") {
			t.Error("projectReference")
		}
	})
	t.Run("'Last updated' and an ISO day with its hour dates a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen110-quillpath-migrating-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-14" {
			t.Errorf("quillpath dated %v", p.PublishedAt)
		}
		if _, ok := updateDate([]string{"Last updated 2025-03-14 and never since"}, false); ok {
			t.Error("updateDate reads a day without its hour after 'Last updated'")
		}
	})
	t.Run("a custom element's relative date with its instant in a date attribute is a <time>", func(t *testing.T) {
		if p := extractFile(t, "unseen112-forgemetropole-cartolib-fr.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 1, 14, 9, 32, 0, 0, time.UTC)) {
			t.Errorf("forgemetropole dated %v", p.PublishedAt)
		}
	})
	t.Run("a generator's line and the ISO day it made the page dates a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen111-tidewrack-harmonics-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2026-11-28" {
			t.Errorf("tidewrack dated %v", p.PublishedAt)
		}
		if _, ok := updateDate([]string{"Generated by the council's planning team."}, false); ok {
			t.Error("updateDate reads a generator's line without a day")
		}
	})
	t.Run("a page's kind before the item's name in the title goes when the one <h1> names that kind", func(t *testing.T) {
		if p := extractFile(t, "unseen111-kelsborough-fenwickparking-en.html"); p.Title != "Residents' parking zone for the Fenwick Road area" {
			t.Errorf("kelsborough titled %q", p.Title)
		}
		if got := kindCut("Decision - New bins for Mill Lane", "Decision details"); got != "New bins for Mill Lane" {
			t.Errorf("kindCut = %q", got)
		}
		if got := kindCut("Decision - New bins for Mill Lane", "Decisions"); got != "Decision - New bins for Mill Lane" {
			t.Errorf("kindCut under another <h1> = %q", got)
		}
	})
	t.Run("a day, a month and the year's last two digits after an apostrophe is a day", func(t *testing.T) {
		if p := extractFile(t, "unseen110-fenwickcyclists-nightride-en.html"); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-04-14" {
			t.Errorf("fenwickcyclists dated %v", p.PublishedAt)
		}
		if d, ok := bareDate("14 Apr '25", false); !ok || d.Format("2006-01-02") != "2025-04-14" {
			t.Errorf("bareDate = %v %v", d, ok)
		}
		if _, ok := bareDate("Rock 'n' roll '25", false); ok {
			t.Error("bareDate reads words before '25")
		}
	})
}

func TestRound82(t *testing.T) {
	cases := []furnitureWordCase{
		{
			why:      "a notice box set among the text is furniture",
			file:     "unseen119-brackenlea-orchestratour-en.html",
			gone:     []string{"Save the date"},
			kept:     []string{"Harbour Lights"},
			names:    []string{"notice-box"},
			notNames: []string{"notice"},
		},
		{
			why:      "a directory's note on whose content it shows is furniture",
			file:     "unseen115-listenloft-hedgelaying-en.html",
			gone:     []string{"Content provided by"},
			kept:     []string{"Ashby Coldwell"},
			names:    []string{"content-note"},
			notNames: []string{"content", "note"},
		},
		{
			why:      "a site's welcome to its visitor is furniture",
			file:     "unseen115-listenloft-hedgelaying-en.html",
			gone:     []string{"Welcome to Listenloft"},
			kept:     []string{"Ashby Coldwell"},
			names:    []string{"welcome", "welcome-msg"},
			notNames: []string{"welcomed"},
		},
		{
			why:      "a block Tailwind Typography names not the text's prose is furniture",
			file:     "unseen120-mobilitevallee-limitesrequetes-fr.html",
			gone:     []string{"servis par un CDN"},
			kept:     []string{"Lire les en-têtes de réponse"},
			names:    []string{"not-prose my-4 flex", "nx-not-prose nx-flex"},
			notNames: []string{"prose", "not-found"},
		},
	}
	checkFurnitureWordCases(t, cases)
	t.Run("a <title> of a project's name and 'documentation' gives way to the page's <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen113-calepin-accessibilite-fr.html"); p.Title != "Rendre le calendrier accessible" || strings.HasPrefix(p.Body, "Rendre le calendrier") {
			t.Errorf("calepin titled %q:\n%s", p.Title, p.Body)
		}
		if !projectDocumentation("ngx-calepin documentation") || !projectDocumentation("Tidemark Documentation") || projectDocumentation("The Tidemark documentation") || projectDocumentation(" documentation") {
			t.Error("projectDocumentation")
		}
	})
	t.Run("a <title> that is the one <h1>'s first clause gives way to the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen113-lamarelle-vingtans-fr.html"); p.Title != "La Marelle fête ses vingt ans, et c'est vous qui choisissez le programme" || strings.Contains(p.Body, "choisissez le programme\n") {
			t.Errorf("lamarelle titled %q:\n%s", p.Title, p.Body)
		}
		if !clauseCut("La Marelle fête ses vingt ans", "La Marelle fête ses vingt ans, et c'est vous qui choisissez") || clauseCut("La Marelle", "La Marelle, librairie") || clauseCut("La Marelle fête ses vingt ans", "La Marelle fête ses vingt ans ce printemps") {
			t.Error("clauseCut")
		}
	})
	t.Run("the headline repeated in bold as a paragraph named a title opens no body", func(t *testing.T) {
		if p := extractFile(t, "unseen120-repaircafelunelviel-bilan-fr.html"); strings.HasPrefix(p.Body, "Un an de Repair") || !strings.Contains(p.Body, "Il y a un an") {
			t.Errorf("repaircafelunelviel keeps its title line:\n%s", p.Body)
		}
	})
	t.Run("a wiki's 'References' in its heading's wrapper and the list that ends the text go", func(t *testing.T) {
		if p := extractFile(t, "unseen116-openshelfbooks-kettlestitch-en.html"); strings.Contains(p.Body, "References") || strings.Contains(p.Body, "Wexley Press") || !strings.Contains(p.Body, "kettle stitch") {
			t.Errorf("openshelfbooks keeps its references:\n%s", p.Body)
		}
		p := extractPage(t, `<html><body><main><div class="mw-parser-output"><h1>Compost</h1><p>`+councilP1+`</p><p>`+councilP2+`</p><div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><ul><li>Smith, Jo. <i>Heaps</i>. 2011.</li></ul><p>`+councilP3+`</p></div></main></body></html>`)
		if !strings.Contains(p.Body, "Heaps") {
			t.Errorf("a list the text goes on after is the text's:\n%s", p.Body)
		}
	})
	t.Run("a box of one cell labelled in its first paragraph is a labelled box", func(t *testing.T) {
		if p := extractFile(t, "unseen117-dotdigital-marshwoodtrust-enews-en.html"); strings.Contains(p.Body, "Dates for your diary") || strings.Contains(p.Body, "Dawn chorus walk") || !strings.Contains(p.Body, "a pair of loppers") {
			t.Errorf("dotdigital keeps its diary box:\n%s", p.Body)
		}
	})
	t.Run("a weekday's date after a separator, the letter's name in an element before it, dates a letter", func(t *testing.T) {
		if p := extractFile(t, "unseen117-dotdigital-marshwoodtrust-enews-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("dotdigital dated %v", p.PublishedAt)
		}
		if weekdayDay(" | Thursday 19 February 2026") != "Thursday 19 February 2026" || weekdayDay("· mardi 6 mai 2025") != "mardi 6 mai 2025" || weekdayDay("| Spring 2026") != "" {
			t.Error("weekdayDay")
		}
	})
	t.Run("a help page's revision day dates a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen118-larkspurhelp-backup-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("larkspurhelp dated %v", p.PublishedAt)
		}
	})
	t.Run("'Generated:' and an ISO 8601 day date a page nothing else dates", func(t *testing.T) {
		if p := extractFile(t, "unseen115-tesselnim-migrating2-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("tesselnim dated %v", p.PublishedAt)
		}
	})
	t.Run("a preprint's '(Dated: …)' line dates a page", func(t *testing.T) {
		if p := extractFile(t, "unseen114-fenmoorenergy-villagehall-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("fenmoorenergy dated %v", p.PublishedAt)
		}
	})
	t.Run("a day alone in emphasis, a paragraph under the headline, dates a post", func(t *testing.T) {
		if p := extractFile(t, "unseen114-tomasbirk-nasmigration-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("tomasbirk dated %v", p.PublishedAt)
		}
	})
	t.Run("dartdoc's '<h1> Topic - <package>' is titled with the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen113-tidemark-migrating-en.html"); p.Title != "Migrating to 3.0" {
			t.Errorf("tidemark titled %q", p.Title)
		}
		if !referenceTitle("Migrating to 3.0 Topic - tidemark", "Migrating to 3.0") || !referenceTitle("Migrating to 3.0  Reference", "Migrating to 3.0") || referenceTitle("Migrating to 3.0 Topics - tidemark", "Migrating to 3.0") {
			t.Error("referenceTitle")
		}
	})
	t.Run("a sidebar box's heading that opens with the site's name cuts no <title> short", func(t *testing.T) {
		if p := extractFile(t, "unseen115-radiobocage-marchevendredi-fr.html"); p.Title != "À Saint-Aulaire-du-Bocage, le marché de producteurs passe au vendredi soir" {
			t.Errorf("radiobocage titled %q", p.Title)
		}
	})
	t.Run("'<h1> Detail - <site>' is titled with the heading a title's box holds", func(t *testing.T) {
		if p := extractFile(t, "unseen117-hollisacademy-roboticsstate-en.html"); p.Title != "Upper School robotics team earns a place at the state championship" {
			t.Errorf("hollisacademy titled %q", p.Title)
		}
		if !kindDetailTitle("News Detail - Hollis Academy", "News") || !kindDetailTitle("Event Details | Hollis", "Event") || kindDetailTitle("News Detailed - Hollis", "News") || kindDetailTitle("News Detail", "News") {
			t.Error("kindDetailTitle")
		}
	})
	t.Run("a letter's <title> that numbers its issue before a colon is kept whole", func(t *testing.T) {
		if p := extractFile(t, "unseen115-amaptroisfontaines-lettre27-fr.html"); p.Title != "Lettre n° 27 : nouvelles de la ferme, contrats d'été et chantier participatif" {
			t.Errorf("amaptroisfontaines titled %q", p.Title)
		}
		if !issueTitle("Lettre n° 27 : nouvelles de la ferme", "nouvelles de la ferme") || issueTitle("Jardins : nouvelles de la ferme", "nouvelles de la ferme") {
			t.Error("issueTitle")
		}
	})
	t.Run("a list archive's <title> gives way to the message's subject in the one <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen114-herbarianetwork-digitisationdays-en.html"); p.Title != "Volunteer digitisation days at the Castleford herbarium: dates and how to join" {
			t.Errorf("herbarianetwork titled %q", p.Title)
		}
	})
	t.Run("OSQA's relative time, its instant in its title, is read as a <time>'s", func(t *testing.T) {
		if p := extractFile(t, "unseen119-towerringers-clapperwear-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("towerringers dated %v", p.PublishedAt)
		}
	})
	t.Run("an article's teaser named last is its standfirst", func(t *testing.T) {
		if p := extractFile(t, "unseen116-sudhainaut-piscinevervelle-fr.html"); !strings.HasPrefix(p.Body, "Fermée depuis l'hiver 2023") {
			t.Errorf("sudhainaut loses its standfirst:\n%s", p.Body)
		}
		if furnitureName("gr-article-teaser") || !furnitureName("article-teaser-list") || !furnitureName("sc-post-teaser") {
			t.Error("furnitureName")
		}
	})
	t.Run("'More about this …' heads a box of facts beside the story", func(t *testing.T) {
		if p := extractFile(t, "unseen114-kiva-rosabakery-en.html"); strings.Contains(p.Body, "Fundraising started") || !strings.Contains(p.Body, "second oven") {
			t.Errorf("kiva keeps its loan's facts:\n%s", p.Body)
		}
		if !moreLabel("more about this loan") || moreLabel("more about the project") {
			t.Error("moreLabel")
		}
	})
	t.Run("a publication statement and its author's name after a full stop is a date line", func(t *testing.T) {
		if p := extractFile(t, "unseen119-brackenlea-orchestratour-en.html"); strings.Contains(p.Body, "Posted on 20 November") || !strings.Contains(p.Body, "Harbour Lights") {
			t.Errorf("brackenlea keeps its date line:\n%s", p.Body)
		}
		for text, want := range map[string]bool{
			"Posted on 20 November 2025. By Mr D. Achterberg": true,
			"Publié le 12 mars 2025. Par Anne Morel":          true,
			"Posted on 20 November 2025. By then the choir":   false,
			"Posted on 20 November 2025. By A":                false,
		} {
			if got := dateLine(text); got != want {
				t.Errorf("dateLine(%q) = %v, want %v", text, got, want)
			}
		}
	})
}

func TestRound83(t *testing.T) {
	cases := []furnitureWordCase{
		{
			why:      "Bootstrap's 'hidden-print' names no print button",
			file:     "unseen121-goodtable-leekgratin-en.html",
			kept:     []string{"Slice the potatoes as thinly", "Leave to rest for 10 mins"},
			names:    []string{"print-button", "hidden-print print"},
			notNames: []string{"editor-content mt-sm hidden-print"},
		},
		{
			why:      "an alert's BEM modifier names a notice as the pair does",
			file:     "unseen123-cagnottessolidaires-roulotte-fr.html",
			gone:     []string{"Reçu fiscal"},
			kept:     []string{"quatre mille livres"},
			names:    []string{"pot-alert pot-alert--info", "alert-info"},
			notNames: []string{"pot-alert", "alert--", "list--info"},
		},
		{
			why:      "a sidenote is a box beside the text",
			file:     "unseen123-nightsideobs-leonids-en.html",
			gone:     []string{"Society notice"},
			kept:     []string{"Some lessons"},
			names:    []string{"sidenote"},
			notNames: []string{"side"},
		},
	}
	checkFurnitureWordCases(t, cases)
	t.Run("a fundraiser's recent donations and its updates are furniture", func(t *testing.T) {
		if p := extractFile(t, "unseen121-frigopartage-hiver-fr.html"); strings.Contains(p.Body, "Dons récents") || strings.Contains(p.Body, "a donné") {
			t.Errorf("frigopartage keeps its recent donations:\n%s", p.Body)
		}
		if p := extractFile(t, "unseen123-tamsinpantry-coldroom-en.html"); strings.Contains(p.Body, "We passed $15,000") {
			t.Errorf("tamsinpantry keeps its updates:\n%s", p.Body)
		}
		if !furnitureName("recent-donations") || !furnitureName("story-updates") || furnitureName("updates") || furnitureName("donations") {
			t.Error("furnitureName")
		}
	})
	t.Run("a mail's footer cell with its tracking pixel and a linked badge is the mail's footer", func(t *testing.T) {
		if p := extractFile(t, "unseen121-harrowvalleyfoodbank-springupdate-en.html"); strings.Contains(p.Body, "501(c)(3)") || strings.Contains(p.Body, "Sent with") || !strings.Contains(p.Body, "Dear friends") {
			t.Errorf("harrowvalleyfoodbank keeps its footer:\n%s", p.Body)
		}
	})
	t.Run("an <h1> linking to the weblog the page is under names the site", func(t *testing.T) {
		if p := extractFile(t, "unseen123-nightsideobs-leonids-en.html"); p.Title != "The Leonids from Brackley Fell" {
			t.Errorf("nightsideobs titled %q", p.Title)
		}
		if !weblogHref("http://n.example/weblog/", "http://n.example/weblog/comments/x/") || weblogHref("http://n.example/weblog/comments/x/", "http://n.example/weblog/comments/x/") || weblogHref("/weblog/", "/weblog/x/") || weblogHref("http://n.example/weblog", "http://n.example/weblog/x/") {
			t.Error("weblogHref")
		}
	})
	t.Run("GTK-Doc's manual name after a colon is no title's part", func(t *testing.T) {
		if p := extractFile(t, "unseen122-gtkdoc-porting-en.html"); p.Title != "Porting from Lanternfish 2.x to 3.0" {
			t.Errorf("gtkdoc titled %q", p.Title)
		}
		if manualPart("Porting from Lanternfish 2.x to 3.0: Lanternfish Reference Manual") != "Porting from Lanternfish 2.x to 3.0" || manualPart("GtkWidget: GTK 3 Reference Manual") != "" || manualPart("Porting notes: a guide") != "" {
			t.Error("manualPart")
		}
	})
	t.Run("a date alone after its label in bold, the colon in the label, is read with it", func(t *testing.T) {
		if p := extractFile(t, "unseen124-ferrovialoire-reseaumodulaire-fr.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("ferrovialoire dated %v", p.PublishedAt)
		}
	})
	t.Run("a <title>'s headline after the site's name, the <h1>'s first clause, gives way to the <h1>", func(t *testing.T) {
		if p := extractFile(t, "unseen124-snelc-remplacements-fr.html"); !strings.HasSuffix(p.Title, "il ne peut pas") || !strings.HasPrefix(p.Title, "Remplacements") {
			t.Errorf("snelc titled %q", p.Title)
		}
	})
	t.Run("a reader's comment's <time> dates no page", func(t *testing.T) {
		if p := extractFile(t, "unseen124-butterandbrine-rhubarbcake-en.html"); p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("butterandbrine dated %v", p.PublishedAt)
		}
	})
}

// pageCase is a tuning page of a round (TestRound84 on) and what a rule
// changes on it: lines its body must not hold (gone), lines it must hold
// (kept), and the title or the day it must read (when set).
type pageCase struct {
	why, file   string
	gone, kept  []string
	title, date string
	latin1      bool // the page is ISO-8859-1 or windows-1252, decoded as windows-1252 as the loader does
}

// checkPageCases extracts each case's page and checks what its body
// loses and keeps, its title and its day.
func checkPageCases(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			var p Page
			if c.latin1 {
				data, err := os.ReadFile("../testdata/pages/" + c.file)
				if err != nil {
					t.Fatal(err)
				}
				// Windows-1252, as the loader reads an ISO-8859-1 label
				// too (WHATWG's mapping): a cp1252 page's dashes and
				// quotes are its own, not C1 controls.
				utf, err := charmap.Windows1252.NewDecoder().Bytes(data)
				if err != nil {
					t.Fatal(err)
				}
				p = extractPage(t, string(utf))
			} else {
				p = extractFile(t, c.file)
			}
			for _, s := range c.gone {
				if strings.Contains(p.Body, s) {
					t.Errorf("%s keeps %q:\n%s", c.file, s, p.Body)
				}
			}
			for _, s := range c.kept {
				if !strings.Contains(p.Body, s) {
					t.Errorf("%s loses %q:\n%s", c.file, s, p.Body)
				}
			}
			if c.title != "" && p.Title != c.title {
				t.Errorf("%s titled %q, want %q", c.file, p.Title, c.title)
			}
			if c.date != "" && (p.PublishedAt == nil || p.PublishedAt.Format(time.DateOnly) != c.date) {
				t.Errorf("%s dated %v, want %s", c.file, p.PublishedAt, c.date)
			}
		})
	}
}

func TestRound84(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a note in a quotation, its label in bold alone on its line, goes on a page that shows code",
			file: "unseen125-tidepool-upgrading-en.html",
			gone: []string{"The transitional integer overload"},
			kept: []string{"Every option that used to take"},
		},
		{
			why:  "'Last updated' and an ISO day with nothing between dates a guide",
			file: "unseen125-tidepool-upgrading-en.html",
			date: "2026-11-28",
		},
		{
			why:  "Maven's 'Last Published:' and an ISO day dates its page",
			file: "unseen127-tidegate-retrypolicies-en.html",
			date: "2026-01-29",
		},
		{
			why:   "an <h1> inside a link to the site's index page names the site",
			file:  "unseen127-tidegate-retrypolicies-en.html",
			title: "Configuring Retry Policies",
			kept:  []string{"RetryPolicy policy = RetryPolicy.builder()"},
		},
		{
			why:    "a portal's <h2> its class names the title, under a <title> of the site's and the news section's names, is the headline",
			file:   "unseen127-mediathequesvaldessaules-cartespostales-fr.html",
			latin1: true,
			title:  "Le fonds de cartes postales anciennes est désormais consultable en ligne",
		},
		{
			why:   "og:title, the author's name over the <h1> in a link, a colon and the <h1>, titles a review",
			file:  "unseen127-groovewire-saltwiring-en.html",
			title: "Harbour Lights: Salt in the Wiring",
		},
		{
			why:   "a campaign's update titled by og:title with the campaign's name, the update's heading in its <title>, is titled with the heading",
			file:  "unseen125-grainotheque-miseajour-fr.html",
			title: "Les premiers sachets sont partis : où en est la grainothèque",
		},
		{
			why:  "a campaign update's day set over the update's heading dates it",
			file: "unseen125-grainotheque-miseajour-fr.html",
			date: "2026-11-28",
		},
		{
			why:    "an ISO day and its hour after 'DATE :' in bold dates a forum message",
			file:   "unseen126-forgecollectivites-migration-fr.html",
			latin1: true,
			date:   "2025-09-18",
		},
		{
			why:  "an ISO day and its hour after 'Date de création :' in a <span> dates a knowledge base entry",
			file: "unseen118-cchautvallon-doubleauth-fr.html",
			date: "2025-03-18",
		},
		{
			why:   "a knowledge base's entry titled by the base's name and the application's is titled with its <h1>",
			file:  "unseen118-cchautvallon-doubleauth-fr.html",
			title: "Activer la double authentification sur sa messagerie",
		},
		{
			why:  "a line opening with 'Released' and a day, a version named after it, dates a documentation page",
			file: "unseen113-tidemark-migrating-en.html",
			date: "2025-03-14",
		},
		{
			why:  "a day and its hour after the guillemet that follows a post's author dates a phpBB post",
			file: "unseen120-brightwateraquarists-fishlesscycling-en.html",
			date: "2025-09-13",
		},
		{
			why:    "a numeric day and its hour written the French way in a post head dates a vBulletin post",
			file:   "unseen118-ludiland-lancaritative-fr.html",
			latin1: true,
			date:   "2025-03-12",
		},
		{
			why:  "a programme's producer credit and its music's after it, in the notes, are credits",
			file: "unseen126-saltandstone-logbooks-en.html",
			gone: []string{"is produced by Ewan Roper"},
			kept: []string{"Next week, we stay on the coast"},
		},
		{
			why:    "a message's subject after its label in bold titles a page whose <title> is the forum's path",
			file:   "unseen126-forgecollectivites-migration-fr.html",
			latin1: true,
			title:  "Migration de la version 3.2 vers 4.0 : retour d'expérience de la commune de Saint-Aulaye",
		},
		{
			why:  "a letter's last sentence over its closing formula and signature is the letter's",
			file: "unseen126-latheierebleue-automne-fr.html",
			gone: []string{"AUTOMNE10"},
			kept: []string{"Merci de votre fidélité", "Chaleureusement,", "Hélène et toute l'équipe"},
		},
		{
			why:  "a members' appeal set in the text is furniture",
			file: "unseen128-theoffshoot-ferrydelays-en.html",
			gone: []string{"free to read because members pay"},
			kept: []string{"What you can actually do", "bring a coffee and a book"},
		},
		{
			why:  "a note block's BEM modifier of a notice's kind names a notice box",
			file: "unseen126-tidepoolgarden-newphone-en.html",
			gone: []string{"Progress saved before version 2.4"},
			kept: []string{"Step 1: Check that your account is linked"},
		},
		{
			why:    "a line stating a recipe's publication, the recipe named before the verb, is a dateline",
			file:   "unseen128-cuisinedemarthe-potee-fr.html",
			latin1: true,
			gone:   []string{"Recette publiée le"},
			kept:   []string{"Quand les premiers froids arrivent"},
		},
		{
			why:    "a recipe's line of servings and times in segments is the recipe's facts, not its text",
			file:   "unseen128-cuisinedemarthe-potee-fr.html",
			latin1: true,
			gone:   []string{"Pour 6 personnes", "Cuisson : 3 h"},
			kept:   []string{"1 beau chou vert frisé", "Les ingrédients"},
		},
		{
			why:    "a name in a headline's type over its tagline, a part of the <title>, is the site's banner",
			file:   "unseen128-cuisinedemarthe-potee-fr.html",
			latin1: true,
			title:  "La potée aux choux de ma grand-mère",
		},
		{
			why:    "the headline in bold in a headline's type, after a path of links, is no line of the body",
			file:   "unseen128-cuisinedemarthe-potee-fr.html",
			latin1: true,
			gone:   []string{"La potée aux choux de ma grand-mère"},
			kept:   []string{"Quand les premiers froids arrivent"},
		},
	}
	checkPageCases(t, cases)
	if !furnitureName("offshoot-membership-inline") || furnitureName("member") || furnitureName("members-link") {
		t.Error("furnitureName: membership")
	}
	if !furnitureName("hs-note hs-note--info") || !furnitureName("callout--tip") || furnitureName("note--big") || furnitureName("hs-note") {
		t.Error("furnitureName: a notice block's modifier")
	}
	for para, want := range map[string]bool{
		"Recette publiée le 7 novembre 2004":             true,
		"Article publié le 3 juin 2025":                  true,
		"Recette facile publiée le 7 novembre 2004":      false,
		"Recette publiée le 7 novembre 2004 par ma mère": false,
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + para + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedLine(find(doc, atom.P)); got != want {
			t.Errorf("publishedLine(%q) = %v", para, got)
		}
	}
	for para, want := range map[string]bool{
		"<b>Pour 6 personnes - Préparation : 30 min - Cuisson : 3 h - Facile</b>": true,
		"Prep time: 15 min | Cook time: 40 min | Serves 4":                        true,
		"Préparation : 30 min, puis on laisse reposer.":                           false,
		"<b>Préparation : 30 min - Cuisson : 3 h</b> et voilà le travail.":        false,
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + para + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := recipeFactsLine(find(doc, atom.P)); got != want {
			t.Errorf("recipeFactsLine(%q) = %v", para, got)
		}
	}
	if !indexHref("index.html") || !indexHref("./index.html") || !indexHref("/") || indexHref("retry-policies.html") || indexHref("docs/index.html") {
		t.Error("indexHref")
	}
	if !sectionTail("Réseau des bibliothèques - Actualités") || !sectionTail("Harbour Council | News") || sectionTail("News | Harbour Council") || sectionTail("Actualités") {
		t.Error("sectionTail")
	}
	if !knowledgeBaseTitle("Base de connaissances - GLPI") || !knowledgeBaseTitle("Knowledge base | Helpdesk") || knowledgeBaseTitle("GLPI - Base de connaissances") {
		t.Error("knowledgeBaseTitle")
	}
	if !hClock("12/03/2025, 21h14") || !hClock("1/3/2025, 9h05") || hClock("12/03/2025, 21h") || hClock("21h14") {
		t.Error("hClock")
	}
	t.Run("labelLineQuote", func(t *testing.T) {
		for page, want := range map[string]bool{
			"<blockquote><p><strong>Note</strong><br>Read this first.</p></blockquote>":  true,
			"<blockquote><p><strong>Note</strong> <br>Read this first.</p></blockquote>": true,
			"<blockquote><p><strong>Note</strong> read this first.</p></blockquote>":     false,
			"<blockquote><p><strong>Anna</strong><br>Read this first.</p></blockquote>":  false,
		} {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if got := labelLineQuote(find(doc, atom.Blockquote)); got != want {
				t.Errorf("labelLineQuote(%s) = %v", page, got)
			}
		}
	})
}

func TestRound85(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a patch letter's shortlog, diffstat and git version after its signature, in its <pre>, are no text",
			file: "unseen134-kernlist-stepwisehysteresis-en.html",
			gone: []string{"Lidia Varga (3):", "files changed", "2.47.1", "factor out the state update helper"},
			kept: []string{"Thanks,\n\nLidia Varga", "Patch 1 is a small cleanup"},
		},
		{
			why:  "a picture's caption in small type right after it, closed by 'Photo by' and a name, goes",
			file: "unseen132-larkspurplayhouse-callboard-en.html",
			gone: []string{"The six turntable wedges, ready to be carried in."},
			kept: []string{"Dear friends of the Playhouse,"},
		},
		{
			why:  "Hugging Face doc-builder's tip box in a blog post is an inset",
			file: "unseen130-huggingface-hedgerow1k-en.html",
			gone: []string{"You can stream the dataset without downloading it"},
			kept: []string{"Labels were made in two passes."},
		},
		{
			why:  "a figure's title over its chart, named by its class, is a caption",
			file: "unseen130-insee-trajets-fr.html",
			gone: []string{"Figure 1 – Part des actifs"},
			kept: []string{"Ouvriers et employés plus concernés"},
		},
		{
			why:  "an affiliate disclosure over a story's text is the site's, not the text",
			file: "unseen131-glowbyte-budgetapp-en.html",
			gone: []string{"may earn an affiliate commission"},
			kept: []string{"Tallyleaf promises to sort every card payment"},
		},
		{
			why:  "a disclaimer named in French under the text goes",
			file: "unseen133-solidactu-epicerieetudiante-fr.html",
			gone: []string{"Son contenu n'engage que son auteur."},
			kept: []string{"Paniers de Brune cherche encore des bénévoles"},
		},
		{
			why:  "a box that adds a recipe's ingredients to a shop's basket goes",
			file: "unseen134-mijoto-poeleepoischiches-fr.html",
			gone: []string{"Tous les ingrédients de cette recette, livrés chez vous."},
			kept: []string{"1 grande poêle"},
		},
		{
			why:  "an e-mail builder's block of the kind 'callout' is an inset",
			file: "unseen131-fernmoorbakehouse-smallerloaves-en.html",
			gone: []string{"We are closed Good Friday"},
			kept: []string{"Flour went up again in January"},
		},
		{
			why:    "a <div> between the text's paragraphs, a label in bold and a sentence or two, is a notice set apart",
			file:   "unseen136-kettlewickhistory-tollhouse-en.html",
			latin1: true,
			gone:   []string{"the ledgers will be on display at the Institute"},
			kept:   []string{"One of her entries reads:"},
		},
		{
			why:  "a patch set's box between a story's heading and its paragraph goes",
			file: "unseen130-lwn-writebackthrottle-en.html",
			gone: []string{"posted to linux-mm on May 27"},
			kept: []string{"Not everybody was convinced."},
		},
		{
			why:  "thanks and a wish in two sentences between a post's last paragraph and its team's signature are its close",
			file: "unseen132-reseauflorecommune-fleurstrottoir-fr.html",
			kept: []string{"Bonnes observations !", "L’équipe Fleurs de trottoir"},
		},
		{
			why:  "a quotation in a table of one cell ruled on its left, announced by the paragraph before it, is the text's",
			file: "unseen129-jardineriepontvieux-semistomates-fr.html",
			kept: []string{"Une tomate se gagne en mars.", "Samedi 14 mars, Gaëlle animera"},
		},
		{
			why:  "an episode's links after 'Links from the episode:', its notes' last line, go",
			file: "unseen135-redcircle-bakers-en.html",
			gone: []string{"Links from the episode"},
			kept: []string{"Small Hours is a podcast about people who work while the rest of us sleep."},
		},
		{
			why:  "a numeric day with dots and the dot that closes it, in a class named a date, dates a post",
			file: "unseen135-mozello-ateliers-fr.html",
			date: "2025-10-16",
		},
		{
			why:    "'Posted by:', the author and the day after 'on', links after a bar, dates an article",
			file:   "unseen136-kettlewickhistory-tollhouse-en.html",
			latin1: true,
			date:   "2026-02-21",
		},
		{
			why:  "a numeric day with dots, a slash and the author's user name dates a post",
			file: "unseen135-monstra-parishmaps-en.html",
			date: "2025-10-21",
		},
		{
			why:  "'Built' and an ISO day alone dates a documentation page nothing else dates",
			file: "unseen133-cljdoc-tidepoolmigration-en.html",
			date: "2024-11-19",
		},
		{
			why:  "a day after 'Release Date:' in bold dates a news release over a sidebar's dates",
			file: "unseen131-marlowcounty-kessingbridge-en.html",
			date: "2025-04-07",
		},
		{
			why:   "a recipe site's ' Recipe: How to Make It' after the one <h1> in the <title> is no part of the title",
			file:  "unseen132-heartlandtable-parsniphash-en.html",
			title: "Maple Parsnip Sheet-Pan Hash",
		},
		{
			why:   "the show's name after 'by' after the one <h1> in the <title> is no part of the title",
			file:  "unseen129-betweenthestacks-toollibrary-en.html",
			title: "Episode 58: The library that lends drills",
		},
		{
			why:   "a forum's page count after the topic's <h1> in the <title>, the banner an <h1> too, is no part of the title",
			file:  "unseen130-lichess-winterleague-en.html",
			title: "What we learned running a club winter league with Swiss tournaments",
		},
		{
			why:   "a <title>'s colon spaced the French way before a clause in lower case is the headline's own",
			file:  "unseen134-fibreavenir-raccordementrip-fr.html",
			title: "Raccordement FTTH à Saint-Véran-du-Lot : six mois d’attente, mon retour d’expérience",
		},
		{
			why:    "and so after a portal's name and ' :: '",
			file:   "unseen130-kwsphp-regimeindemnitaire-fr.html",
			latin1: true,
			title:  "Régime indemnitaire : ce que nous avons obtenu, et ce qui reste à gagner",
		},
		{
			why:   "dartdoc's topic page is titled with the topic's own Markdown <h1>, not the page's 'X Topic' <h1>, and the body holds neither",
			file:  "unseen129-harborlog-migration3-en.html",
			title: "Migrating to harborlog 3.0",
			gone:  []string{"Migrating to harborlog 3.0\n", "Migrating to 3.0 Topic"},
			kept:  []string{"Version 3.0 of harborlog changes how loggers are created"},
		},
		{
			why:   "a patch's subject in a list archive's <title> is titled from its '[PATCH' tag on",
			file:  "unseen134-kernlist-stepwisehysteresis-en.html",
			title: "[PATCH v2 0/3] thermal: step_wise: add hysteresis to cooling state changes",
		},
		{
			why:   "a school portal's <h2> named a BEM title under 'application | school - Actualités' is the headline",
			file:  "unseen136-athenehautrieu-classeverte-fr.html",
			title: "Classe de dépaysement : les 5e primaires reviennent des Fagnes",
		},
		{
			why:   "a forum thread's one <h1> is its title under a <title> of 'Forum' and the site's name",
			file:  "unseen135-muut-laychecklist-en.html",
			title: "Winter lay-up checklist for the club dinghies (please read before November)",
		},
		{
			why:  "a byline's day after its last bar, the author's role between, dates a report",
			file: "unseen134-saltmeadowtrust-reefseason-en.html",
			date: "2025-03-03",
		},
		{
			why:   "a <title> that opens with the first <h2> named a title, without an <h1>, beats og:title's project name",
			file:  "unseen134-saltmeadowtrust-reefseason-en.html",
			title: "Our first reef season in numbers, and what the storms taught us",
		},
		{
			why:   "a section's name cut from the middle of the <title> gives way to the post's name after it",
			file:  "unseen135-monstra-parishmaps-en.html",
			title: "Reading the old parish maps of Wendlebury",
		},
		{
			why:    "a hand-made page without an <h1> is titled with its first <h2> that holds the <title>'s short name",
			file:   "unseen133-recettesbernadette-geleecoings-fr.html",
			latin1: true,
			title:  "La gelée de coings de ma grand-mère",
		},
		{
			why:   "an appeal's heading that opens with the site's name is no title's",
			file:  "unseen134-studiogrenadine-gardiennesmarais-fr.html",
			title: "Épisode 34 : Les gardiennes du marais",
		},
		{
			why:  "a podcast episode's links section under its notes goes",
			file: "unseen134-studiogrenadine-gardiennesmarais-fr.html",
			gone: []string{"Syndicat mixte du marais de la Bresle"},
			kept: []string{"Dans le marais de la Bresle, trois femmes"},
		},
		{
			why:   "JSON-LD's headline with straight apostrophes gives way to the <h1> that writes them curly",
			file:  "unseen130-jeedom-serre-fr.html",
			title: "[Partage] Piloter l’aération d’une serre avec Jeedom et deux vérins",
		},
	}
	checkPageCases(t, cases)
	for text, want := range map[string]int{
		"Thanks,\n\nAnna (2):\n  a: fix\n  b: add\n\n a.c | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)\n\n-- \n2.47.1\n": 9,
		"Thanks,\n\n a.c | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)\n":                                                 9,
		"Nothing changed, but insertions are planned.\n":                                                                               -1,
	} {
		if got := patchTail(text); got != want {
			t.Errorf("patchTail(%q) = %d, want %d", text, got, want)
		}
	}
	if !sectionTail("Smartschool | Athénée royal de Hautrieu - Actualités") || sectionTail("Actualités - Athénée royal de Hautrieu | Smartschool") {
		t.Error("sectionTail: the last separator")
	}
	if !h1Tail(" by Between the Stacks") || !h1Tail(" • page 1/2") || !h1Tail(" Recipe: How to Make It") || h1Tail(" by the river. A story") || h1Tail(": a guide") {
		t.Error("h1Tail")
	}
}

func TestRound86(t *testing.T) {
	cases := []pageCase{
		{
			why:  "Confluence's information macro (info, note, warning, tip) set among a help page's text is an inset",
			file: "unseen144-quillroute-deliveryzones-en.html",
			gone: []string{"Only users with the", "Deleting a zone cannot be undone."},
			kept: []string{"Delivery zones tell QuillRoute Dispatch"},
		},
		{
			why:  "a help article's warning box, named 'article-warning', is an inset",
			file: "unseen141-ferncastlekilns-thermocouple-en.html",
			gone: []string{"never remove the thermocouple while the kiln is hot"},
			kept: []string{"You will need a set of witness cones"},
		},
		{
			why:  "a forum post's one-cell table of information, named 'infotable', is an inset",
			file: "unseen141-tessaract-featurefreeze-en.html",
			gone: []string{"Please report broken plugins in the Plugins tracker"},
			kept: []string{"Plugin authors should note the last point carefully."},
		},
		{
			why:  "a forum post's note of its edit, named 'edited', goes",
			file: "unseen144-spiceworks-tapebackups-en.html",
			gone: []string{"This post was edited by Greg Alvarado"},
			kept: []string{"Thanks,"},
		},
		{
			why:  "Composr's notice box, 'box___notice', set among a news entry's text is an inset",
			file: "unseen141-wyndcastlemrs-drillhall-en.html",
			gone: []string{"The volunteer rota is on the members' forum."},
			kept: []string{"The boards are the delicate part."},
		},
		{
			why:  "a box named 'aside' among a news item's paragraphs is an inset, as an <aside> is",
			file: "unseen144-ropewalkmuseum-longshed-en.html",
			gone: []string{"Plan your visit", "Rope-making demonstrations at 11am"},
			kept: []string{"On Saturday and Sunday the shed will be open free of charge."},
		},
		{
			why:   "an item under a <title> of the news section's name and the site's is titled with its one <h1>",
			file:  "unseen141-loireamont-planningcolleges-fr.html",
			title: "Le nouveau planning des agents d'entretien des collèges entre en vigueur le 2 mars",
		},
		{
			why:    "a double bar between a site's name and the headline in the <title> is a separator",
			file:   "unseen140-greywillowdispatch-waterrates-en.html",
			latin1: true,
			title:  "The water board votes Thursday, and nobody has read the rate study",
		},
		{
			why:   "a help centre's article under two <h1>s is titled with the one its <title> ends with after a separator",
			file:  "unseen141-ferncastlekilns-thermocouple-en.html",
			title: "How to check and recalibrate your kiln's thermocouple",
		},
		{
			why:  "a radio episode's bibliography under its notes goes",
			file: "unseen141-franceculture-moulinspapier-fr.html",
			gone: []string{"Les papetiers de la Vézère, 1620-1860", "Camille Aubrac"},
			kept: []string{"Une histoire de techniques, de commerce et de rivières"},
		},
		{
			why:    "SPIP's title and description of a document in a <dl> outside any <figcaption> are a caption and its credit",
			file:   "unseen142-lekoulou-goutteagoutte-fr.html",
			latin1: true,
			gone:   []string{"Une parcelle d'oignons équipée de gaines", "(c) Lekoulou.net"},
			kept:   []string{"Les pompes fonctionnent uniquement pendant les heures"},
		},
		{
			why:  "a forum topic's note of an edit, named 'edit-note', goes",
			file: "unseen138-brindlecart-stocksync-en.html",
			gone: []string{"Edited to add the support ticket number"},
			kept: []string{"I opened a ticket and got a friendly reply within a day."},
		},
		{
			why:   "a newsletter's web version under a <title> of the sender's name and the issue's is titled with its one <h1>",
			file:  "unseen142-kallioisland-autumnletter-en.html",
			title: "Autumn on the island: ferry timetable, sauna evenings and the new boat shed",
			gone:  []string{"Kallio Island Association – Autumn newsletter 2025"},
		},
		{
			why:   "a <title> that shortens the headline before the site's name gives way to the <h1> that opens with it",
			file:  "unseen142-hallowmerearchives-parishregisters-en.html",
			title: "Flood-damaged parish registers return to Hallowmere after two years of conservation",
		},
		{
			why:   "a forum topic's <h1> after a subject label, its first words opening the <title>, is the title without its label",
			file:  "unseen141-forumauto-distributionscenic-fr.html",
			title: "[Retour d'expérience] Courroie de distribution à 180 000 km sur mon Scenic 1.5 dCi, je vous raconte",
		},
		{
			why:   "a campaign's update, its <title> a label, its <h1>, the campaign's name and the site's, is titled with the <h1> over og:title",
			file:  "unseen138-harboursidepantry-vanupdate-en.html",
			title: "Our pantry van is on the road",
		},
		{
			why:  "a letter's last row asking 'Enjoying the letter?' is an appeal, not the letter",
			file: "unseen144-saltmarshreview-editorsletter-en.html",
			gone: []string{"Enjoying the letter?"},
			kept: []string{"Until next week,"},
		},
		{
			why:  "a forum's quotation box whose header names whom it quotes without a colon is another post's words",
			file: "unseen140-sectionverdane-plannings-fr.html",
			gone: []string{"Est-ce qu'il y a eu quelque chose sur les vestiaires ?"},
			kept: []string{"Nadia, non, voir ci-dessus."},
		},
		{
			why:  "a day alone after the author's name in a box of details right under the <h1> dates the post",
			file: "unseen142-carnetnoemie-martinets-fr.html",
			date: "2025-05-12",
		},
		{
			why:    "a <dl> of comments, each with its link 'Reply to This', is readers' words",
			file:   "unseen140-greywillowdispatch-waterrates-en.html",
			latin1: true,
			gone:   []string{"My mother pays more for water than for her phone now.", "Reply to This"},
			kept:   []string{"Update, 10:30 p.m.: the clerk's office tells me"},
		},
		{
			why:   "a recipe's <h1> under og:title with ' Recipe' and the site's name after a separator is the title",
			file:  "unseen142-sproutandcitrus-farrosalad-en.html",
			title: "Charred Broccoli Farro Salad with Lemon Tahini",
		},
		{
			why:   "a forum topic's <title> of its subject, its board and 'Forum' after ' » ' is titled with the subject",
			file:  "unseen143-hadleighallotments-greenhousedoor-en.html",
			title: "Rebuilding a 1970s greenhouse door: runners, glass and a stubborn frame",
		},
		{
			why:   "an application's page under a <title> of short names joined by ' - ' is titled with its one <h1> its class names a title",
			file:  "unseen138-collegejeanrostand-macroinvertebres-fr.html",
			title: "Sortie au marais : préparer les relevés de petites bêtes d’eau",
		},
		{
			why:   "a course's page under a <title> of its heading, the course's <h1> and the site's between spaced colons is titled with the first part",
			file:  "unseen137-hartwell-saltmarsh-en.html",
			title: "Salt Marsh Field Day: Preparing for Your Survey",
		},
		{
			why:  "'Released on' and a day under a course page's heading dates the page",
			file: "unseen137-hartwell-saltmarsh-en.html",
			date: "2025-01-27",
		},
		{
			why:  "'posted this on' and a day in a topic's byline dates the topic, not a reply's day",
			file: "unseen138-brindlecart-stocksync-en.html",
			date: "2025-03-14",
		},
		{
			why:    "a site's name before a first spaced colon goes, the headline's own spaced colon after it stays",
			file:   "unseen137-lugvauclerc-installparty-fr.html",
			latin1: true,
			title:  "Install-party de rentrée : quarante machines sauvées de la benne",
		},
		{
			why:    "a news item without an <h1> under a <title> of the section's name and the site's is titled with its big bold <font>",
			file:   "unseen138-pellworthbowls-newgreen-en.html",
			latin1: true,
			title:  "New green ready for opening day",
		},
		{
			why:    "a news item without an <h1> under a <title> of the section's name and the site's is titled with its bold <span> of 20 pixels or more",
			file:   "unseen144-amicalestjulien-rentree-fr.html",
			latin1: true,
			title:  "Les ateliers de l’Amicale reprennent le 30 septembre",
		},
	}
	checkPageCases(t, cases)
	// A reader's comment set as a quotation under the post ('<blockquote
	// class="section comment entry-comment"><header>… <time …>', kbin's)
	// dates no page: the post's own <time>, in its <aside> of details,
	// does (the same day, an earlier hour).
	if p := extractFile(t, "unseen142-fedivelo-velocargo-fr.html"); p.PublishedAt == nil || p.PublishedAt.Format(time.RFC3339) != "2025-09-28T07:42:00+02:00" {
		t.Errorf("fedivelo dated %v, want 2025-09-28T07:42:00+02:00", p.PublishedAt)
	}
}

func TestRound87(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a box of information named 'info-box' set among a news page's text is an inset",
			file: "unseen145-northmeresupportstaff-payoffer-en.html",
			gone: []string{"Payment dates", "The backdated sum is due in December pay."},
			kept: []string{"The revised offer improves on the first proposal"},
		},
		{
			why:  "a note block with its kind after a single hyphen, 'note-warning', set among a knowledge-base article's steps is an inset",
			file: "unseen152-brindlewick-importfailure-en.html",
			gone: []string{"Never edit a partner file by hand on the transfer server."},
			kept: []string{"The import runs at 02:30 every night."},
		},
		{
			why:  "DocFX's and Microsoft Learn's note box, the word 'alert' beside a notice's kind, set among an article's steps is an admonition",
			file: "unseen149-ledgerlinelearn-planmigration-en.html",
			gone: []string{"Run a trial migration into a sandbox tenant first."},
			kept: []string{"Whichever approach you choose, assign an owner to each company."},
		},
		{
			why:  "a programme's credits that name its producer, then its editor, then its music close its notes and go",
			file: "unseen148-saltlines-keeperslog-en.html",
			gone: []string{"Salt Lines is produced by Harriet Oyelaran."},
			kept: []string{"Thanks for listening to Salt Lines."},
		},
		{
			why:  "a programme's credits opening with 'Hosts:' close its notes and go",
			file: "unseen151-talkshoe-hesslerlookout-en.html",
			gone: []string{"Hosts: Walt Brenner and Shauna Kilgore."},
			kept: []string{"Thanks for listening, and see you on the ridge."},
		},
		{
			why:  "an episode's 'Aired:' and its day under its heading date it",
			file: "unseen151-talkshoe-hesslerlookout-en.html",
			date: "2026-02-10",
		},
		{
			why:  "a show's 'Uploaded' and its day date it",
			file: "unseen149-cloudcastroom-lighthousetapes-en.html",
			date: "2025-02-17",
		},
		{
			why:  "a project's 'Submitted' and its day date it",
			file: "unseen146-tidewatch-buoy-en.html",
			date: "2026-02-14",
		},
		{
			why:   "a recipe story under a <title> of the card's name and ' Recipe' is titled with its one <h1>, a headline by its class",
			file:  "unseen151-thepantry-cabbagewedges-en.html",
			title: "The Best Way to Cook Cabbage Is in a Blazing-Hot Oven",
		},
		{
			why:   "a book's chapter under a <title> of its name and the book's is titled with its <h1>, the chapter's number, a dash and its name; the <h1> leaves the body",
			file:  "unseen150-grainothequecoteaux-registre-fr.html",
			title: "Chapitre 4 — Tenir le registre des semences",
			gone:  []string{"Chapitre 4 — Tenir le registre des semences"},
			kept:  []string{"Une grainothèque ne vaut que par la confiance"},
		},
		{
			why:    "a blog's calendar of the month under its entry, named 'calendar', goes",
			file:   "unseen145-carnetodile-potaufeu-fr.html",
			latin1: true,
			gone:   []string{"novembre 2026\nlu"},
			kept:   []string{"pot-au-feu"},
		},
		{
			why:  "a sponsor's line in the box of a bold label that thanks the sponsor goes",
			file: "unseen145-ashbyorchard-orchardpost-en.html",
			gone: []string{"Ashby Garden Centre gives members 10% off fruit trees all winter."},
			kept: []string{"Winter pruning sessions"},
		},
		{
			why:    "a forum message's note of an attached image, its label first, goes with the image's caption",
			file:   "unseen146-oldfarmkit-seeddrill-en.html",
			latin1: true,
			gone:   []string{"Attached image:", "The frame after wire brushing"},
			kept:   []string{"The land wheels were the easy part for once."},
		},
		{
			why:  "a post's meta line under its <h1> that opens with a bare <span> of its day dates it",
			file: "unseen145-tomaszminiatures-dioramaweekend-en.html",
			date: "2026-11-21",
		},
		{
			why:   "a letter's one <h1>, its whole <title>, that opens with a section's heading the address names, titles it whole",
			file:  "unseen146-wexcombemakers-laser-en.html",
			title: "The laser cutter is back (and other January news)",
		},
		{
			why:    "a <title> cut at a guillemet's close while the quotation was open is kept whole",
			file:   "unseen150-photoclubrance-mainsdumarche-fr.html",
			latin1: true,
			title:  "Exposition « Les mains du marché » (avril 2008)",
		},
		{
			why:   "a forum subject's heading whose class names the subject in camel case titles the page under a <title> of the site's and the module's names",
			file:  "unseen145-velociterochebrune-localvelo-fr.html",
			title: "Proposition : un planning partagé pour le local vélo",
		},
		{
			why:  "a forum subject's box of replies, named 'messages' in camel case, goes; the subject's text stays",
			file: "unseen145-velociterochebrune-localvelo-fr.html",
			gone: []string{"3 messages", "boîte à code sur la porte du local"},
			kept: []string{"Ce que je propose"},
		},
		{
			why:  "a <time> in the headline, an event's day, dates no page: the announcement's stated day does",
			file: "unseen150-atelierduvelo-printemps-fr.html",
			date: "2026-03-02",
		},
	}
	checkPageCases(t, cases)
}

func TestRound88(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a French site's appeal for its readers' support, 'appel-soutien', under the story is a call",
			file: "unseen158-reporterre-haies-fr.html",
			gone: []string{"Reporterre vit grâce aux dons de ses lecteurs."},
			kept: []string{"L’objectif est de replanter quarante kilomètres d’ici à 2030."},
		},
		{
			why:  "WPBakery's message box, 'vc_message_box', set among a union item's text is a notice",
			file: "unseen160-sudraillauragais-grilleprime-fr.html",
			gone: []string{"un tableau de calcul de la nouvelle prime est disponible"},
			kept: []string{"Nous demandions aussi un repos compensateur après six nuits consécutives."},
		},
		{
			why:  "an element in the role of a status, a document's read-only notice over it, is the application's message, not the text",
			file: "unseen156-docsagents-mediatheque-fr.html",
			gone: []string{"Ce document est en lecture seule."},
			kept: []string{"Cette note s'adresse aux agents des médiathèques"},
		},
		{
			why:    "a call to join heading a union report's last section in prose, after a subheading of its level, is the report's, with its signature",
			file:   "unseen154-cgtlingedubocage-agmars-fr.html",
			latin1: true,
			kept:   []string{"Rejoindre la section", "La cotisation représente 1 % du salaire net", "Le bureau de la section"},
		},
		{
			why:  "a bar of share links between a story's headline and its standfirst is passed over: the standfirst opens the article",
			file: "unseen159-motuinfos-rahui-fr.html",
			kept: []string{"Pendant trois mois, personne n'a pêché dans la passe de Farerea."},
			gone: []string{"Envoyer à un ami"},
		},
		{
			why:  "a poll set among a forum post's paragraphs, its question and its counts of votes, is the readers' votes, not the text",
			file: "unseen153-jardinsducoteau-eaudepluie-fr.html",
			gone: []string{"qui peut venir le 21 mars ?", "9 votes"},
			kept: []string{"On prévoit une matinée de travail le samedi 21 mars"},
		},
		{
			why:  "a note block with the kind 'caution', 'note-caution', in a repair guide's step is an inset as 'note-warning' is",
			file: "unseen154-bramblefix-kettlethermostat-en.html",
			gone: []string{"The element terminals can still hold a little charge"},
			kept: []string{"Slide the disc out of its bracket, keeping the white silicone washer in place."},
		},
		{
			why:  "a box set among the text that ends with HTML5 UP's list of actions, its links buttons, is a call to action",
			file: "unseen155-apetilleuls-pedibus-fr.html",
			gone: []string{"la ligne bleue n'a que trois adultes pour cinq matinées", "Je me propose"},
			kept: []string{"Les accompagnateurs ont tous suivi une petite formation"},
		},
		{
			why:  "a knowledge-base article's 'Date added:' field and its day, in the details box beside it, date it",
			file: "unseen155-lumentrail-dockrelease-en.html",
			date: "2025-06-18",
		},
		{
			why:   "the site's domain glued to a story's headline by an underscore in its <title> goes",
			file:  "unseen160-lesudinfo-digue-fr.html",
			title: "Le port de Ravelmont achève la première tranche de sa nouvelle digue",
		},
		{
			why:  "a span named 'time' whose text is a day and its hour to the second, under a story's headline, dates it",
			file: "unseen160-lesudinfo-digue-fr.html",
			date: "2026-03-14",
		},
		{
			why:  "Gogs' span named 'time-since' whose text is a day dates a wiki page",
			file: "unseen147-ferncliffegit-allskycalibration-en.html",
			date: "2025-11-10",
		},
		{
			why:    "a daily's 'Édition du' and its day over the article date it",
			file:   "unseen157-maireinfo-eaupotable-fr.html",
			latin1: true,
			date:   "2026-03-10",
		},
		{
			why:  "BuddyBoss' span named 'timestamp' in a topic's post head, a day, ' à ' and its hour in words, dates the topic",
			file: "unseen153-jardinsducoteau-eaudepluie-fr.html",
			date: "2026-02-12",
		},
		{
			why:  "MediaWiki's French footer 'Dernière modification de cette page le …', on a page with no other date, dates it",
			file: "unseen153-repaircafevireloup-fichereception-fr.html",
			date: "2026-01-19",
		},
		{
			why:   "a patch's subject after a shortened tag in Patchwork's <title>, the one <h1> the same subject after the whole tag, is titled with the <h1>",
			file:  "unseen158-quaysidepatchwork-tmx40-en.html",
			title: "[PATCH v2 0/3] hwmon: add driver for the Brannock TMX-40 fan controller",
		},
		{
			why:    "a message view's one <h1>, the view's name the <title> opens with, gives way to the message's subject in the cell after its 'Sujet :' header cell",
			file:   "unseen160-univbelcourt-consignesterrain-fr.html",
			latin1: true,
			title:  "Consignes pour la sortie de terrain du 21 février",
		},
		{
			why:   "the first heading under a site's <h1>, the <title>'s shorter headline, a dash and more, is the headline, and leaves the body",
			file:  "unseen155-collectifestran-mareebasse-fr.html",
			title: "Marée basse — carnet d'une résidence à l'île Verdelle",
			gone:  []string{"Marée basse — carnet"},
			kept:  []string{"Pendant six semaines, quatre artistes du collectif"},
		},
		{
			why:    "a news item's <h2> alone in a box named 'article_title', on a page without <h1> under '<site> - News', is its title",
			file:   "unseen159-hartlemrc-digitallayout-en.html",
			latin1: true,
			title:  "Layout report: Hartle Junction goes digital",
		},
		{
			why:   "a portal's item under '<portal> - <school> - Actualités', its one <h1> named an item's title, is titled with the <h1>",
			file:  "unseen157-lyceejbmorel-qualiteair-fr.html",
			title: "Les élèves de seconde mesurent la qualité de l'air autour du lycée",
		},
		{
			why:  "a documentation page's box asking whether it helped, 'document-feedback', under its sections is a prompt",
			file: "unseen154-latrouvaille-cloturecaisse-fr.html",
			gone: []string{"Ce contenu vous a-t-il été utile ?"},
			kept: []string{"La trésorière, Annick Gohier, relève le coffre chaque lundi"},
		},
	}
	checkPageCases(t, cases)
}

func TestRound89(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a press wire's legal disclaimer under a release, 'p.legal', is the wire's, not the release",
			file: "unseen161-northwayferries-refit-en.html",
			gone: []string{"EIN Presswire provides this news content"},
			kept: []string{"have returned to the Skerrin Sound route after a winter refit"},
		},
		{
			why:  "a story's donation appeal under its text, 'story__donation', is a call to its readers, not the story",
			file: "unseen166-lefleuve-deneigement-fr.html",
			gone: []string{"Votre soutien garde nos journalistes sur le terrain."},
			kept: []string{"Mais il y a des endroits où chaque pas compte."},
		},
		{
			why:  "a recipe page's prompt to rate it under the card, 'mntl-article-feedback', is the readers' box, not the recipe",
			file: "unseen168-plainlycooked-barleysoup-en.html",
			gone: []string{"Leave us stars below!"},
			kept: []string{"loosen it with a splash of wat"},
		},
		{
			why:  "a journal article's data availability notice among its sections, 'box-notice', is a notice as 'notice-box' is",
			file: "unseen162-fenlandhistory-hedgerows-en.html",
			gone: []string{"the traced segments and the survey diary are deposited"},
			kept: []string{"The rules are simple enough for newcomers"},
		},
		{
			why:  "a documentation generator's tooltip, Natural Docs' hidden 'CToolTip' of a linked topic, is the link's summary, not the text",
			file: "unseen163-ostinato-upgrading-en.html",
			gone: []string{"Every sample type Ostinato can read and write."},
		},
		{
			why:  "a journal article's history line under its head, 'articleHeader_dates' (Received, Revised, Accepted, Published), is its dates, not the text",
			file: "unseen166-larkfieldscientific-hedgerowpollinators-en.html",
			gone: []string{"Received 18 Sep 2025"},
			date: "2026-02-11",
		},
		{
			why:  "a lesson's last section under 'L'essentiel', a paragraph of prose after the lesson's subheadings, is its summing-up, not a box",
			file: "unseen166-manuelcommun-cycleeau-fr.html",
			gone: []string{"Découvre nos cahiers de vacances SVT."},
			kept: []string{"L’essentiel", "Le bassin versant est l’unité de base pour étudier l’eau d’un territoire."},
		},
		{
			why:  "mandoc's list of tagged items, 'dl.Bl-tag', in a manual page's section is the page's definitions, not a post's tags",
			file: "unseen167-tidekeeper-upgrade-en.html",
			kept: []string{"CONFIGURATION CHANGES", "Renamed to station-silence.", "reports any directive that is no longer recognised"},
		},
		{
			why:   "man.cgi's <title>, a manual page's name in small letters and the site's, gives way to mandoc's head in capitals",
			file:  "unseen167-tidekeeper-upgrade-en.html",
			title: "TIDEKEEPER-UPGRADE(7)",
		},
		{
			why:  "a post's day with a stop after its number, '18. March 2025 08:30' in 'span.pubDate', dates it",
			file: "unseen161-kestonbytes-laptopbench-en.html",
			date: "2025-03-18",
		},
		{
			why:  "an author's line, the name and the day on a line of its own after a <br>, dates the article",
			file: "unseen162-kestrelmetrics-customexporter-en.html",
			date: "2026-08-12",
		},
		{
			why:  "a blog's meta line under its <h1> opening with a bare span of its day, 'p.blog-meta', dates the post as 'post-meta' does",
			file: "unseen164-inkhollow-risozine-en.html",
			date: "2025-03-04",
		},
		{
			why:    "a signature line under a headline, parts set apart by bars, one of them 'Le 12/11/2012', dates the story",
			file:   "unseen168-terraverte-compostkerbrenn-fr.html",
			latin1: true,
			date:   "2012-11-12",
		},
		{
			why:  "pluck's post information line, the category, a dash and the day with its hour, dates the post",
			file: "unseen167-marchealombre-sentiercretes-fr.html",
			date: "2026-02-12",
		},
		{
			why:    "ROBODoc's footer, 'Generated from <file> with ROBODoc V4.99.44 on Mon Mar 03 2025 10:12:45', dates the page",
			file:   "unseen163-tramlib-migration-fr.html",
			latin1: true,
			date:   "2025-03-03",
		},
		{
			why:   "GitLab's wiki page, its <title> the page's name, ' · Wiki · ' and the project's path, is titled with its one <h1>",
			file:  "unseen166-trailmap-releaseprocess-en.html",
			title: "Release process",
		},
		{
			why:   "WackoWiki's <title>, the wiki's name, ' : ' and the page's path in camel case, gives way to the page's one <h1>",
			file:  "unseen164-randosorbe-baliseur-fr.html",
			title: "Guide du baliseur bénévole",
		},
		{
			why:  "a box named for a notice's kind alone, 'div.info', opening with a bold 'Note :', set among a wiki page's text is a note",
			file: "unseen164-randosorbe-baliseur-fr.html",
			gone: []string{"les sacs de balisage ne sont disponibles"},
			kept: []string{"Cette page rassemble ce que chaque baliseur"},
		},
		{
			why:   "a blog's page, its one <h1> the blog's name ('h1.titre_blog'), is titled with the post's heading its class names ('h2.titre_article')",
			file:  "unseen165-mielsdecolette-recolte-fr.html",
			title: "Première récolte de miel de printemps !",
		},
		{
			why:   "a class blog's page, its one <h1> the blog's name ('h1.blogTitle'), is titled with the post's heading ('h2.blogArticleTitle')",
			file:  "unseen162-ecoledescharmes-fermesaules-fr.html",
			title: "Notre semaine à la ferme pédagogique des Saules",
		},
		{
			why:    "a page without <h1>, its <title> a shorter headline and the site's name, is titled with its 'h2.titre' that opens with that headline, a colon and more",
			file:   "unseen166-syndicatterritoriaux-horairesete-fr.html",
			latin1: true,
			title:  "Horaires d'été : ce que la direction a accepté, et ce qu'elle refuse encore",
		},
		{
			why:    "the first <h2> a class names a title, which titles a page without <h1>, leaves the body as its opening headline",
			file:   "unseen166-syndicatterritoriaux-horairesete-fr.html",
			latin1: true,
			gone:   []string{"ce qu'elle refuse encore\n"},
			kept:   []string{"Compte rendu de la réunion du comité social territorial du 10 mars"},
		},
		{
			why:   "Sympa's archive title, the list's name, a dash and the subject tagged with that name, is the subject alone",
			file:  "unseen161-veloecolebrevilly-bilanhiver-fr.html",
			title: "Bilan de la saison d'hiver et reprise des sorties le 3 mai",
		},
		{
			why:  "a list archive's index of the message's thread, Sympa's 'ul.thread' under the message, is the thread's, not the message",
			file: "unseen161-veloecolebrevilly-bilanhiver-fr.html",
			gone: []string{"Fatou Diallo, 16/04/2025"},
			kept: []string{"on en discute le 29."},
		},
		{
			why:    "eGroups' index of the messages in the topic under a message, a paragraph opening with that label in bold, is the topic's, not the message",
			file:   "unseen165-fenmarshringers-outing-en.html",
			latin1: true,
			gone:   []string{"Zoë Pargeter, Mar 14"},
			kept:   []string{"Good ringing to you all,"},
		},
		{
			why:  "a press release's closing section under 'About the' and the issuer's name of six words is the issuer's, not the release",
			file: "unseen166-harlowvalleychamber-facadegrants-en.html",
			gone: []string{"represents more than 340 member businesses"},
			kept: []string{"Application forms are available at the Chamber office"},
		},
		{
			why:  "a table of details under the label 'Info pratique' in its header cell, in a note's text, is a box beside it as under 'Infos pratiques'",
			file: "unseen162-godillotsvallon-crestes-fr.html",
			gone: []string{"3240 OT"},
			kept: []string{"Retour prévu vers 17 h 30."},
		},
		{
			why:   "a letter's <title>, its sender's name and 'May News', gives way to the headline its first cell of large bold type sets",
			file:  "unseen163-hollowbrook-seedswap-en.html",
			title: "The seed swap is back, and it is bigger",
		},
		{
			why:  "InDesign's export of the paragraph style 'Légende', its accent made a hyphen ('p.L-gende'), is a picture's caption",
			file: "unseen162-saintaubindespres-cantine-fr.html",
			gone: []string{"Les cuisiniers de l'école du Bourg préparent le déjeuner du lundi."},
			kept: []string{"Les légumes viennent pour moitié de deux maraîchers"},
		},
		{
			why:  "a town magazine's box of short news items under the label 'Brèves', after the article, is another page's items, not the article",
			file: "unseen162-saintaubindespres-cantine-fr.html",
			gone: []string{"deux agents recenseurs passeront"},
			kept: []string{"Les légumes viennent pour moitié de deux maraîchers"},
		},
		{
			why:   "an InDesign export's <title>, the file's name, gives way to its paragraph in the style 'Titre'",
			file:  "unseen162-saintaubindespres-cantine-fr.html",
			title: "La cantine passe au fait maison dans les trois écoles",
		},
		{
			why:    "ROBODoc's AUTEURS and COPYRIGHT items of a module's page, each name in a paragraph of its own, are the generator's record, not the text",
			file:   "unseen163-tramlib-migration-fr.html",
			latin1: true,
			gone:   []string{"Odile Ferrand, Bastien Louvel", "les contributeurs de Tramlib"},
			kept:   []string{"Ce module décrit le passage de Tramlib 2.x"},
		},
		{
			why:    "ROBODoc's header of an item, its path and kind in brackets, is the generator's index entry, not the text",
			file:   "unseen163-tramlib-migration-fr.html",
			latin1: true,
			gone:   []string{"[ Modules ]"},
			kept:   []string{"Ce module décrit le passage de Tramlib 2.x"},
		},
		{
			why:  "a blog's list of its author's last posts under the label 'Mes derniers articles :' in the post is a box, not the post",
			file: "unseen166-marcelinvelo-velograndpere-fr.html",
			gone: []string{"Mes derniers articles"},
		},
		{
			why:  "a short paragraph after a figure whose caption went is the text's, not that caption",
			file: "unseen162-journaldelaurentie-souffleuses-fr.html",
			kept: []string{"Le maire, Réjean Lapointe, y voit surtout un gain pour les résidents."},
		},
		{
			why:   "a forum's <title>, its path down to the topic's subject, gives way to the subject in quotation marks after its label in bold",
			file:  "unseen165-ridgebackastro-darksky-en.html",
			title: "Report: dark-sky night at Coldwater Field",
		},
		{
			why:    "eGroups' message header, the subject in the cell after a bold 'Subject:' cell, titles the message over the <title>'s path",
			file:   "unseen165-fenmarshringers-outing-en.html",
			latin1: true,
			title:  "Report: Fenmarsh and Saxby Fen outing",
		},
		{
			why:  "a subheading after a letter's picture cell whose small caption went is the text's, not that caption",
			file: "unseen165-coopbiodesmonts-lettremars-fr.html",
			kept: []string{"Les paniers de saison reprennent"},
		},
	}
	checkPageCases(t, cases)
}

// TestRound90 checks the rules of round 90 of issue 16, each on the
// tuning page it was written for.
func TestRound90(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a Usenet post's header table, 'Groupes :' and 'Organisation :' among its labels, is the message's header, not its text",
			file: "unseen172-usenetjardinage-haiefruitiere-fr.html",
			gone: []string{"Serveur de news associatif", "Mon, 24 Nov 2025 21:42:10 +0100"},
			kept: []string{"Bonsoir à tous,", "pour l'idée du paillage mélangé."},
		},
		{
			why:  "a thread's 'reponses' box under a post, the replies' subjects and authors, is the thread's, as 'response' is",
			file: "unseen172-usenetjardinage-haiefruitiere-fr.html",
			gone: []string{"Réponses dans ce fil", "Odile M. - 25/11/2025"},
			kept: []string{"Gilles, en Haute-Loire"},
		},
		{
			why:  "a French POD's AUTEUR section, its heading a link to itself, is the manual page's record of who wrote it, as AUTHOR is",
			file: "unseen171-metacpan-linguafrnombres-fr.html",
			gone: []string{"Odile Desjardins, trésorière"},
			kept: []string{"Les nombres supérieurs à 999 999 999 999 ne sont pas pris en charge"},
		},
		{
			why:   "a French POD's page, its first <h1> 'NOM', is titled by its NOM line, without the site's name the <title> adds",
			file:  "unseen171-metacpan-linguafrnombres-fr.html",
			title: "Lingua::FR::Nombres - écrire les nombres en toutes lettres",
		},
		{
			why:  "a story's '__teaser' right after its <h1> is its chapô, not another page's teaser",
			file: "unseen175-rugbyrama-montaut-fr.html",
			kept: []string{"le club gersois savoure une histoire qui dépasse le terrain."},
		},
		{
			why:  "a recipe card's <h2>, the <h1>'s text first in its box, is the card's name, not the text",
			file: "unseen172-quatrefoisatable-gratinorge-fr.html",
			gone: []string{"\n\nGratin d’orge à la courge et au comté\n\n"},
			kept: []string{"1 petite courge potimarron (environ 900 g)"},
		},
		{
			why:   "nbviewer's <title>, 'Jupyter Notebook Viewer' on every notebook, gives way to the notebook's first heading",
			file:  "unseen171-harbourdata-tidecleaning-en.html",
			title: "Cleaning tide-gauge readings with pandas",
		},
		{
			why:   "a letter whose <title> is its sender's name, as its unlinked logo's alt gives it, is titled by its one <h1>",
			file:  "unseen173-hrwt-otters-en.html",
			title: "The otters are back on the Tennick",
			gone:  []string{"The otters are back on the Tennick\n"},
		},
		{
			why:  "a letter's greeting after a short plain standfirst, the text's first block, still opens the letter",
			file: "unseen173-hrwt-otters-en.html",
			kept: []string{"Dear friend,"},
		},
		{
			why:   "a book's top bar <h1>, the chapter's short name the <title> opens with, gives way to the chapter's longer <h1>, which goes from the body",
			file:  "unseen170-guidebenevole-accueilepicerie-fr.html",
			title: "Tenir l'accueil de l'épicerie solidaire",
			gone:  []string{"Tenir l'accueil de l'épicerie solidaire\n"},
			kept:  []string{"L'accueil est le premier contact des bénéficiaires"},
		},
		{
			why:  "HonKit's French footer, 'Dernière modification : 2025-03-03 10:12:44', dates the chapter as 'Last updated' and an ISO day do",
			file: "unseen170-guidebenevole-accueilepicerie-fr.html",
			date: "2025-03-03",
		},
		{
			why:  "'Last updated' and its day in a <span> of its own, no colon between (GitBook's footer), date the page",
			file: "unseen174-harbordocs-webhookretries-en.html",
			date: "2026-01-14",
		},
		{
			why:  "a letter's day before a bar and its 'Read Online' link, over its headline, dates it",
			file: "unseen175-morningbrew-ferry-en.html",
			date: "2026-06-09",
		},
		{
			why:    "a date cell's day before a bar and the item's category ('12.05.2025 | Travaux', Contrexx) dates the item",
			file:   "unseen169-chavornens-fontaine-fr.html",
			latin1: true,
			date:   "2025-05-12",
		},
		{
			why:  "a <time> with only an id, 'on', the day and '@' before its hour (Slash's story head), dates the story",
			file: "unseen176-tinkerdot-solderfumes-en.html",
			date: "2025-03-03",
		},
		{
			why:  "an episode's day and its length in one text, a bullet between (Overcast), dates the episode",
			file: "unseen171-slowrepair-quarrypump-en.html",
			date: "2025-03-04",
		},
		{
			why:   "a topic's <title>, its subject then its group's and its site's shorter names after colons, gives way to the subject's <h1>",
			file:  "unseen174-tinkersforum-batterybank-en.html",
			title: "Re: Lithium bank for the club's field day trailer",
		},
		{
			why:   "a letter's <title>, its heading and an emoji after it, gives way to the <h1> without it",
			file:  "unseen172-hollowwick-firstburn-en.html",
			title: "The first burn decides everything",
		},
		{
			why:    "a <title> of short names only (WIMS' tool, module, class and school) gives way to the one <h1> its class names the title",
			file:   "unseen172-lyceedesmarais-controlecommun-fr.html",
			latin1: true,
			title:  "Préparer le contrôle commun de probabilités du 8 décembre",
		},
		{
			why:    "a news item's heading of class 'news_title' titles the page over the commune's name and its news section's",
			file:   "unseen169-chavornens-fontaine-fr.html",
			latin1: true,
			title:  "La fontaine de la place du Collège retrouve son bassin de pierre",
		},
		{
			why:    "a forum's post head, an icon and 'Posté le <day> à <hour>' alone in a cell, makes the rows a thread, its replies dropped",
			file:   "unseen169-mycoloue-sortiechampignons-fr.html",
			latin1: true,
			gone:   []string{"Pour les cèpes je confirme"},
			kept:   []string{"Merci à tous pour cette belle journée"},
		},
	}
	checkPageCases(t, cases)
	// A letter's line over its text, its parts set apart by bullets, the
	// place and the day it is dated from in the last ("LA LETTRE DU
	// MUSÉE • N° 58 • Saint-Aubry, le 12 mars 2025", Neolane's).
	letter := `<html><head><title>La Lettre du musée</title></head><body><table><tr><td>LA LETTRE DU MUSÉE • N° 58 • Saint-Aubry, le 12 mars 2025</td></tr>` +
		`<tr><td><b>Le chaland retrouve l'eau</b></td></tr><tr><td><p>Après trois ans de restauration dans le chantier du port, le chaland a retrouvé l'eau samedi devant une foule nombreuse venue saluer les charpentiers et les bénévoles.</p>` +
		`<p>Le musée remercie tous les donateurs qui ont permis de financer la coque, le gouvernail et la voile, ainsi que les écoles qui ont suivi le chantier tout l'hiver.</p></td></tr></table></body></html>`
	if p := extractPage(t, letter); p.PublishedAt == nil || p.PublishedAt.Format("2006-01-02") != "2025-03-12" {
		t.Errorf("published_at %v, want the letter line's 2025-03-12", p.PublishedAt)
	}
	// JSON-LD's day alone gives way to a <time> of the same day with
	// its hour (WP Recipe Maker's Recipe, the post's meta line).
	if p := extractFile(t, "unseen174-crumbandjoy-rhubarbbars-en.html"); p.PublishedAt == nil || p.PublishedAt.Format(time.RFC3339) != "2026-04-18T08:00:00-05:00" {
		t.Errorf("published_at %v, want the <time>'s 2026-04-18T08:00:00-05:00", p.PublishedAt)
	}
	// An og:url in a name attribute, not a property, is the page's
	// address (Overcast's episode page).
	if p := extractFile(t, "unseen171-slowrepair-quarrypump-en.html"); p.URL != "https://overcast.example/+BqX7kR2mD0" {
		t.Errorf("url %q, want the og:url in a name attribute", p.URL)
	}
}

func TestRound91(t *testing.T) {
	cases := []pageCase{
		{
			why:  "'Posted at' and an ISO 8601 day over the <h1> dates the page, 'at' before a day and not an hour",
			file: "unseen179-qiita-shiftjiscsv-en.html",
			date: "2024-01-21",
		},
		{
			why:  "'Pub:' and a day with its hour alone after it, at a line's start, dates the page",
			file: "unseen179-rentry-boardgamenight-en.html",
			date: "2025-03-04",
		},
		{
			why:  "a weekday's abbreviation and its comma before a numeric day and ' - ' its hour, Drupal's medium date, dates a forum's opening post",
			file: "unseen177-jardinscroisette-recuperateurseau-fr.html",
			date: "2025-04-14",
		},
		{
			why:   "a <title> of the sender's name and the letter's short name after a colon gives way to the <h1> that opens with that short name before a colon of its own",
			file:  "unseen179-hollinslane-springletter-en.html",
			gone:  []string{"\n\nSpring letter: water, wildflowers and the new waiting list\n\n"},
			title: "Spring letter: water, wildflowers and the new waiting list",
		},
		{
			why:    "a <title> of an archive's label and, after a colon, the name a picture's alt in no link gives, gives way to the letter's one <h1>",
			file:   "unseen179-histoirevalbrenne-lettre27-fr.html",
			title:  "Le lavoir de la Bonde retrouve son toit",
			latin1: true,
		},
		{
			why:   "a <title> that ends with the book's name, as an <h2> before the <h1> opens with it before its colon, gives way to the chapter's <h1>",
			file:  "unseen178-leanpub-idempotentjobs-en.html",
			title: "Chapter 4: Making Jobs Safe to Run Twice",
		},
		{
			why:   "a <title> of a portal's and its module's short names gives way to the <h1> its class names a message's subject",
			file:  "unseen177-collegerostaing-sortiebotanique-fr.html",
			title: "Sortie au jardin botanique de Vauclair pour les classes de 5e",
		},
		{
			why:    "a <title> of a module's, a class's and a school's short names gives way to the <h1> its class names a notice's object",
			file:   "unseen178-gepi-sortiearchives-fr.html",
			title:  "Sortie aux Archives départementales (4e B et 4e D)",
			latin1: true,
		},
		{
			why:   "a <title> that is the documentation's name gives way to the one <h1> whose word the address's last part is",
			file:  "unseen180-hallbook-webhooks-en.html",
			title: "Webhooks",
		},
		{
			why:  "a step's number in a <span> of its own, the step's <p> right after it, is the list's numbering, not the text",
			file: "unseen178-boxfeast-harissatraybake-en.html",
			gone: []string{"\n1\n", "\n5\n"},
			kept: []string{"Preheat your oven to 220°C (200°C fan)."},
		},
		{
			why:  "a box at the story's start that warns the article is more than a year old is the site's notice, not the text",
			file: "unseen179-qiita-shiftjiscsv-en.html",
			gone: []string{"This article is more than 1 year old"},
			kept: []string{"Our team imports a nightly CSV export"},
		},
		{
			why:  "a box classed a note and its kind, 'note warn', is a callout, as one classed 'warn' alone is",
			file: "unseen179-qiita-shiftjiscsv-en.html",
			gone: []string{"If you use pandas"},
			kept: []string{"Never use errors=\"ignore\" on data you will write to a database."},
		},
		{
			why:  "a line of one sentence that opens with 'Sponsored by' between a letter's paragraphs is the sponsor's message, not the text",
			file: "unseen178-greenarrow-repaircafe-en.html",
			gone: []string{"Sponsored by Hartley’s Hardware"},
			kept: []string{"That note came from a visitor in November"},
		},
		{
			why:  "a signer's first name and surname and the team after 'and the', under a closing formula kept, sign the letter",
			file: "unseen178-greenarrow-repaircafe-en.html",
			kept: []string{"Warm wishes,\n\nHelen Marsh and the Repair Café team"},
		},
		{
			why:   "the heading whose word is the last part of the canonical address's route after '#' names the section the page shows",
			file:  "unseen177-tallyroute-pagination-en.html",
			title: "Pagination",
		},
		{
			why:  "a letter's prompt to refer friends that counts the referrals is its programme, not its text, and the closing formula over the signature stays",
			file: "unseen175-morningbrew-ferry-en.html",
			gone: []string{"Your referral count"},
			kept: []string{"See you on the water,\n\nPriya and Ben"},
		},
		{
			why:  "'Publié par', a civility's abbreviation and the author's name, then the day, dates the message",
			file: "unseen155-lyceemontclair-semainelangues-fr.html",
			date: "2025-02-24",
		},
		{
			why:   "a <title> of short names gives way, on a page without <h1>, to the <div> ARIA makes a heading of level 1",
			file:  "unseen171-collegelemaire-voyageandalousie-fr.html",
			title: "Voyage en Andalousie des élèves de 4e : dernières informations avant le départ",
		},
	}
	checkPageCases(t, cases)
	// A letter's cell set large in a serif face, its headline in a <b>
	// alone, titles the letter over a <title> whose month went as a
	// suffix (Neolane's mirror page, in windows-1252, which the Latin-1
	// helper does not read).
	data, err := os.ReadFile("../testdata/pages/unseen171-museemariniers-chaland-fr.html")
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	if p := extractPage(t, string(decoded)); p.Title != "Le chaland « Marie-Josèphe » retrouve l’eau après trois ans de restauration" {
		t.Errorf("title %q, want the cell's headline in bold", p.Title)
	}
}

// TestRound92 checks the rules round 92 of issue 16 wrote for the
// hundred-and-eighty-first to hundred-and-eighty-seventh unseen sets.
func TestRound92(t *testing.T) {
	cases := []pageCase{
		{
			why:  "the <h1> the JSON-LD headline is goes from the body when Readability's own title, an og:title cut short, did not let it drop it",
			file: "unseen183-highplainsdispatch-sagebrookwell-en.html",
			gone: []string{"A tiny Nevada water district bets on a new well — and on its neighbors\n"},
			kept: []string{"In Sagebrook, forty-one households share one aging well."},
		},
		{
			why:   "an og:title of the sender's name, as the logo's alt over the <h1> gives it, a colon and the letter's issue gives way to the letter's one <h1>",
			file:  "unseen187-millbrookfriends-historyroom-en.html",
			title: "A new home for the local history room",
			gone:  []string{"A new home for the local history room\n"},
		},
		{
			why:    "a <title> whose last part after a dash opens the one <h1> before a French colon gives way to the <h1>, over the site's name the title rules kept",
			file:   "unseen187-randovallon-sortiemai-fr.html",
			title:  "Sortie du 15 mai : le tour des gorges de la Vègre",
			latin1: true,
		},
		{
			why:    "a <title> whose last part after a dash ends as the one <h1> does after its French colon gives way to the <h1>, which goes from the body",
			file:   "unseen183-photoclublende-expo2004-fr.html",
			gone:   []string{"Exposition « Regards sur la Lende » : le bilan\n", "Mis en ligne le"},
			kept:   []string{"Notre exposition annuelle"},
			title:  "Exposition « Regards sur la Lende » : le bilan",
			latin1: true,
		},
		{
			why:  "a step's label in a <span> that opens a subheading before the step's name is the guide's numbering, not the heading",
			file: "unseen181-bricocedre-terrasse-fr.html",
			gone: []string{"Étape 1"},
			kept: []string{"Préparer le support"},
		},
		{
			why:  "a step's label in a <span> that opens a step's <div> before its <p> is the recipe's numbering, as in a list's item",
			file: "unseen185-cuisimix-veloutelentilles-fr.html",
			gone: []string{"Étape 1"},
			kept: []string{"Épluchez l’oignon"},
		},
		{
			why:  "a step's number in a <div> after the step's picture in a box of its own, the step's text after it, is the list's numbering",
			file: "unseen187-stepwiki-reseedlawn-en.html",
			gone: []string{"\n1\n", "\n4\n"},
			kept: []string{"Rake out dead grass and debris."},
		},
		{
			why:  "a part's number alone in a <span> of its own box right over the part's heading is the guide's numbering, not the text",
			file: "unseen187-stepwiki-reseedlawn-en.html",
			gone: []string{"Part 2", "Part 3"},
			kept: []string{"Sowing the Seed\n"},
		},
		{
			why:  "a wiki's link to edit a section, classed 'editsectionlink' in the section's heading, is the wiki's tool, not the heading",
			file: "unseen186-ashcombefoodbank-coldstore-en.html",
			gone: []string{"When to check edit"},
			kept: []string{"When to check\n"},
		},
		{
			why:  "a line classed a photo credit under the story, the photographer's name, is a credit, not the text",
			file: "unseen182-formwell-shipbeamlibrary-en.html",
			gone: []string{"Photography is by"},
		},
		{
			why:  "a QAPage's question that states its datePublished alone, without dateCreated, dates the thread",
			file: "unseen181-seqhelp-bamsort-en.html",
			date: "2025-04-02",
		},
		{
			why:  "'Posted Online:' and a day, a review's putting online, dates the page",
			file: "unseen184-quillstone-saltledger-en.html",
			date: "2025-02-18",
		},
		{
			why:  "a byline's span classed a date that gives the hour, a comma and the day dates the story",
			file: "unseen187-theledger-greenway-en.html",
			date: "2025-02-11",
		},
		{
			why:  "'Posted on', a numeric day of a two-digit year and a twelve-hour clock at a line's start dates the post, month first",
			file: "unseen181-synthshed-recap-en.html",
			date: "2025-03-15",
		},
		{
			why:  "'Started' and a day, a fundraiser's start under its name, dates the page as a campaign's launch does",
			file: "unseen182-everygive-toollibrary-en.html",
			date: "2025-03-03",
		},
		{
			why:  "a span whose class names a post's date in camel case, 'postDate', dates the page",
			file: "unseen185-sentiersvaldorge-assemblee-fr.html",
			date: "2025-03-12",
		},
		{
			why:  "a box classed 'sideBox' under the text, the club's next outing, is a side box, not the text",
			file: "unseen185-sentiersvaldorge-assemblee-fr.html",
			gone: []string{"Prochaine sortie"},
			kept: []string{"La séance a été levée à 16 h 45"},
		},
		{
			why:  "the author's box between the headline and the standfirst is passed over, and the standfirst opens the article",
			file: "unseen187-terrainvague-semainequatrejours-fr.html",
			kept: []string{"Depuis janvier 2024, les quarante-deux salariés"},
		},
		{
			why:   "a <title> of the event's name, its days in parentheses, a colon and the page's name gives way to the <h2 class=\"page-title\"> under the event's <h1>",
			file:  "unseen183-uplandcatchments-fieldday-en.html",
			title: "Field day at Hollin Beck",
		},
		{
			why:   "a <title> and an og:title that cut the one <h1> short at a word, the rest a clause in lower case, give way to the <h1> whole",
			file:  "unseen182-famillesduhautlignon-transportsolidaire-fr.html",
			title: "Transport solidaire : un an après, quarante chauffeurs bénévoles sur les routes du Haut-Lignon",
		},
		{
			why:   "a <title> of the one <h1>, a comma and the event's day and hour gives way to the <h1>",
			file:  "unseen185-harlowvalecyclists-fixitmorning-en.html",
			title: "Spring Fix-It Morning: bring your bike, leave with it working",
		},
		{
			why:    "a <title> that ends with ' - ' and the page's name a trail of links closes with, in the trail's own text after '»', gives way to that name",
			file:   "unseen185-apicausses-hivernage-fr.html",
			title:  "Bilan de l'hivernage au rucher-école : 9 colonies sur 14",
			latin1: true,
		},
		{
			why:  "a letter's footer row that tells the reader why the mail came is the mail's footer, not the letter",
			file: "unseen186-kestrellaneprimary-newsletter-en.html",
			gone: []string{"You are receiving this message", "Hollingbury HB4 2TQ"},
			kept: []string{"Have a lovely weekend, and thank you, as always, for your support."},
		},
		{
			why:  "a Semantic UI label that opens a post's title line is the post's kind, not its title",
			file: "unseen181-seqhelp-bamsort-en.html",
			gone: []string{"Question bamtk", "Accepted answer"},
		},
		{
			why:  "a <div class=\"title\"> at the article's top that is the headline alone, its label gone, is the headline, not the text",
			file: "unseen181-seqhelp-bamsort-en.html",
			gone: []string{"bamtk sort killed on a 90 GB BAM file, how do I limit memory?\n"},
			kept: []string{"Hi all,"},
		},
		{
			why:  "a letter's top line of a day alone before a bar that closes its text, a link after it, dates the letter",
			file: "unseen187-millbrookfriends-historyroom-en.html",
			date: "2025-02-27",
		},
	}
	checkPageCases(t, cases)
}

// TestRound93 checks round 93's rules on the pages that called for them
// (the hundred-and-eighty-eighth to hundred-and-ninety-fifth sets).
func TestRound93(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a box whose class names where the event is goes, as a location box does",
			file: "unseen193-marricklandcare-treeplanting-en.html",
			gone: []string{"End of Quarry Lane"},
			kept: []string{"Join Marrick Valley Landcare"},
		},
		{
			why:  "an ISO day, its hour to the second and its zone alone in a message's head dates the message and tells the thread's first post from its replies",
			file: "unseen190-heathnats-nightjarsurvey-en.html",
			date: "2025-01-27",
			gone: []string{"Good move, Ros."},
			kept: []string{"This year there is one important change."},
		},
		{
			why:   "a wiki's node name in the <title>, its words joined by underscores, gives way to the <h1> it opens, which goes from the body",
			file:  "unseen190-fieldgateorchard-winterpruning-en.html",
			title: "Winter pruning of the old apple trees",
			gone:  []string{"Winter pruning of the old apple trees\n"},
		},
		{
			why:   "a WikiName for a <title> gives way to the <h1> of its words split at their capitals",
			file:  "unseen192-ashcombetools-sharpeningday-en.html",
			title: "Sharpening Day",
			gone:  []string{"Sharpening Day\n"},
		},
		{
			why:  "'Last updated' and an ISO day before a middle dot, a footer's next part after it, dates a documentation page that states nothing else",
			file: "unseen193-tessellate-tilecache-en.html",
			date: "2025-02-27",
		},
		{
			why:  "a wiki's footer on the page's last change, 'Last changed:' and a numeric day month first, dates a page that states nothing else",
			file: "unseen192-ashcombetools-sharpeningday-en.html",
			date: "2025-01-14",
		},
		{
			why:  "a wiki's footer on the page's last edit, 'last edited on' and a day year first between slashes, dates a page that states nothing else",
			file: "unseen195-fenwickradio-tuesdaynet-en.html",
			date: "2008-11-14",
		},
		{
			why:    "'Dernière mise à jour :' and an ISO day in an FAQ entry's record information dates a page that states nothing else",
			file:   "unseen190-mairielanvezeac-cantine-fr.html",
			date:   "2025-01-20",
			latin1: true,
		},
		{
			why:  "a weekday, a day with its ordinal's letters, the month and the year in a box named for the post's date dates the thread",
			file: "unseen194-torquehouse-estatemot-en.html",
			date: "2025-02-03",
		},
		{
			why:   "an og:title of the letter's issue that opens the <title> before a colon and the one <h1> gives way to the <h1>, which goes from the body",
			file:  "unseen193-quaysidenotes-issue58-en.html",
			title: "The harbour wall, the ferry timetable and a very old crane",
			gone:  []string{"The harbour wall, the ferry timetable and a very old crane\n"},
		},
		{
			why:    "a <title> of the letter's name and its month's news, no og:title, gives way to the one <h1>, which goes from the body",
			file:   "unseen191-cobblebury-marchletter-en.html",
			title:  "Seed potatoes, spring talks and a new café menu",
			gone:   []string{"Seed potatoes, spring talks and a new café menu\n"},
			latin1: true,
		},
		{
			why:   "a fundraising platform's '… is fundraising for …' title gives way to the supporter's story's one <h1>",
			file:  "unseen190-hartmoorriver-paddlethelength-en.html",
			title: "Paddling the whole Hartmoor: 120 km for the river that raised me",
		},
		{
			why:  "the letter's line under its name in large type, before any <h1>, naming the letter and ending with its day after a comma, dates the letter",
			file: "unseen190-amisdumoulin-lettremars-fr.html",
			date: "2025-03-14",
		},
		{
			why:  "a recipe card's summary under its name goes, as the card's rating and times do",
			file: "unseen190-thymelinekitchen-carrotlentilsoup-en.html",
			gone: []string{"blended into a silky, warming soup."},
		},
		{
			why:  "a box whose class names a rating, the site's 'Was this answer helpful?', goes",
			file: "unseen189-expertreply-pilotlight-en.html",
			gone: []string{"Was this answer helpful?"},
			kept: []string{"call the gas company from outside."},
		},
		{
			why:  "the site's assistant's chat with the asker, in a box its class names so, goes",
			file: "unseen189-expertreply-pilotlight-en.html",
			gone: []string{"What brand and model is the water heater?"},
		},
		{
			why:  "a code block's label heading, its class naming it so, goes",
			file: "unseen191-fieldcodeclub-branches-en.html",
			gone: []string{"BASH\n", "OUTPUT\n"},
			kept: []string{"git switch -c rounding-fix"},
		},
		{
			why:    "'Posté le', the day and the hour alone in a post's head make it a post head: the thread's first post is told from its replies, its head line goes",
			file:   "unseen188-cotesdividendes-bilanpea-fr.html",
			gone:   []string{"Merci pour ce bilan honnête.", "Posté le"},
			latin1: true,
		},
		{
			why:    "posts in rows whose classes differ by their last digit, the first one's head a day on a line before a <br>, make a thread: the reply goes",
			file:   "unseen189-parentele-sommeilhuitmois-fr.html",
			gone:   []string{"Coucou Camille"},
			kept:   []string{"Bonjour à toutes et à tous,"},
			latin1: true,
		},
		{
			why:  "a one-paragraph <blockquote> opening with a short question in bold is a note for some readers, which goes",
			file: "unseen192-tidemark-caching-en.html",
			gone: []string{"Upgrading from 1.3?"},
			kept: []string{"Looking up tide predictions is cheap"},
		},
		{
			why:  "a box headed 'Your impact', the platform's word on what its fees pay for, goes",
			file: "unseen193-marricklandcare-treeplanting-en.html",
			gone: []string{"not-for-profit ticketing platform"},
		},
		{
			why:  "a box whose class is 'avis' alone, the readers' reviews, goes",
			file: "unseen188-saveursmistral-currylentilles-fr.html",
			gone: []string{"Avis (87)", "toute la famille a aimé"},
		},
		{
			why:  "'posted' in small letters before a day of the year first and the month's name between hyphens dates the thread",
			file: "unseen191-eddyforums-fixedwireless-en.html",
			date: "2025-01-14",
		},
		{
			why:   "a <title> that opens with the header's site name, its apostrophe straight where the header's is curly, gives way to what follows it",
			file:  "unseen192-agendalibrearmorique-installparty-fr.html",
			title: "Install-party et atelier réparation à la médiathèque de Plounévez",
		},
		{
			why:  "an event's <time itemprop=\"startDate\"> is the day it happens, not the page's: the visible 'Ajouté le' dates it",
			file: "unseen192-agendalibrearmorique-installparty-fr.html",
			date: "2025-03-06",
		},
	}
	checkPageCases(t, cases)
}

// TestRound94 checks round 94's rules on the pages that called for them
// (the hundred-and-ninety-sixth to two-hundred-and-second sets).
func TestRound94(t *testing.T) {
	cases := []pageCase{
		{
			why:  "an event's day and hour after a middle dot in an element whose class names the event are when it happens, not an episode's day and length: the visible 'publié le' dates the page",
			file: "unseen200-moulindeslandes-nuitduconte-fr.html",
			date: "2025-03-03",
		},
		{
			why:  "'modifiée pour la dernière fois le' and the day, a wiki's French footer, dates a page that states nothing else",
			file: "unseen199-orientationtroiscombes-courseauscore-fr.html",
			date: "2025-02-12",
		},
		{
			why:   "a <title> that opens with the logo's alt and a separator, on a page without <h1>, loses them though Readability kept it whole",
			file:  "unseen199-orientationtroiscombes-courseauscore-fr.html",
			title: "Organiser une course au score",
		},
		{
			why:  "'inscrites', a past participle, is no call to sign up: a wiki page's opening lines that name the page and send to another stay",
			file: "unseen199-orientationtroiscombes-courseauscore-fr.html",
			kept: []string{"Cette page rassemble ce que le club a appris"},
		},
		{
			why:  "a recipe's tip as a <section> of its own under an <h2>, as its ingredients and steps are, stays",
			file: "unseen196-auxcasseroles-gratincrozets-fr.html",
			kept: []string{"Astuce\n", "Pour une version plus rustique"},
		},
		{
			why:  "a practical label at the level of the story's subheadings over a list is the story's last section, not a box",
			file: "unseen201-troupedubief-nuitdesvoisins-fr.html",
			kept: []string{"En pratique\n", "Durée : 1 h 40 avec entracte.", "Les bénéfices des représentations"},
		},
		{
			why:  "'Infos pratiques' as an <h2> of the story's over a list stays, with the closing call after it",
			file: "unseen202-apeiorvenne-cafelabobine-fr.html",
			kept: []string{"Infos pratiques\n"},
		},
		{
			why:  "'Bon à savoir' at the level of a travel story's subheadings over a list is its last section",
			file: "unseen201-malinvoyageur-weekendvaldorne-fr.html",
			kept: []string{"Bon à savoir\n", "Les guinguettes et plusieurs restaurants ferment le lundi."},
		},
		{
			why:    "a <title> cut to the site's name, its <h1> linked to its home, gives way to the headline after it",
			file:   "unseen201-randovarenne-boucledesetangs-fr.html",
			latin1: true,
			title:  "Sortie du 9 février : la boucle des étangs sous le givre",
		},
		{
			why:    "an <h1> linked to 'index.php' is the site's name, which gives way to the topic's subject after it in the <title>",
			file:   "unseen197-amisvieuxtracteur-magneto-fr.html",
			latin1: true,
			title:  "Magnéto qui ne donne plus d’étincelle : ma remise en état",
		},
		{
			why:   "a board's name in large type over its tagline, before a colon opening the <title>, gives way to the subject after it, colons and all",
			file:  "unseen196-clarehomeboard-gardenroom-en.html",
			title: "Garden room over 25 square metres: did anyone apply for planning?",
		},
		{
			why:   "a <title> of the site's name and its news section's gives way to the page's one <h1>, the item's heading, which it does not hold",
			file:  "unseen202-cfavaldesaone-examensjuin-fr.html",
			title: "Examens de juin : calendrier des épreuves et consignes",
		},
		{
			why:  "'asked' and the day in a question's head, a Q&A site's posting, dates the page",
			file: "unseen196-tessellateanswers-tilecache-en.html",
			date: "2025-03-14",
		},
		{
			why:  "a day alone in its <span> after 'asked on' in a <span> of its own dates the question, over the page's later 'Last Modified'",
			file: "unseen198-fixpointexperts-robocopylog-en.html",
			date: "2025-02-11",
		},
		{
			why:  "'made changes on' and the day under a wiki page's title, its last change, dates a page that states nothing else",
			file: "unseen196-brambleworks-releasechecklist-en.html",
			date: "2025-03-04",
		},
		{
			why:   "the page's one <h1>, a label that the <title> holds and a colon before the book's name, is the review's heading",
			file:  "unseen196-lectoria-gardienskerlann-fr.html",
			title: "Critique de Mistral29 : Les Gardiens de Kerlann",
		},
		{
			why:  "a day alone in its <span> right after the author's link of class 'author' dates the review",
			file: "unseen196-lectoria-gardienskerlann-fr.html",
			date: "2025-02-12",
		},
		{
			why:  "'À propos de l'événement' over an event's description goes alone, the description staying",
			file: "unseen200-moulindeslandes-nuitduconte-fr.html",
			gone: []string{"À propos de l'événement"},
			kept: []string{"Pour sa sixième édition"},
		},
		{
			why:  "a box labelled 'Why We Wrote This', the site's word on why it covered the story, goes",
			file: "unseen197-meridianmonitor-tidemill-en.html",
			gone: []string{"Why We Wrote This", "framed around the past"},
			kept: []string{"Twice a day, the sea decides"},
		},
		{
			why:  "a <div> of class word 'box' whose one paragraph opens with a question in bold is the note for some readers, as such a blockquote is",
			file: "unseen200-tallyforge-release3-en.html",
			gone: []string{"Upgrading from 2.x?"},
			kept: []string{"Python 3.8 reached its end of life"},
		},
		{
			why:  "a notice as a block's element, 'rich-text__notice', is a box set among the text",
			file: "unseen198-cdilesaulnes-semainepresse-fr.html",
			gone: []string{"Inscrivez-vous au bureau du CDI."},
			kept: []string{"Un numéro spécial à écrire"},
		},
		{
			why:  "a box labelled 'Quick tip' beside a guide's text goes",
			file: "unseen199-commonpath-volunteerreference-en.html",
			gone: []string{"Quick tip", "Save a copy of every thank-you note"},
		},
		{
			why:    "a box of class 'reactions', the readers' comments, goes",
			file:   "unseen198-planlarge-festivalbrumes-fr.html",
			latin1: true,
			gone:   []string{"cinephile56", "Enfin un prix mérité."},
		},
		{
			why:  "the boxes of class 'nodelet' beside a node, the Everything engine's sidebar, go",
			file: "unseen201-perlcloister-cgitoplack-en.html",
			gone: []string{"Chatterbox?", "Voting Booth?", "the last century"},
		},
	}
	checkPageCases(t, cases)
	if dateNamed("comment-date") {
		t.Error(`dateNamed("comment-date"): a comment's date names none of the page's (unseen196-brambleworks-releasechecklist-en)`)
	}
}

// TestRound95 holds the rules of round 95 of issue 16, written for the
// two-hundred-and-third to two-hundred-and-ninth unseen sets once they
// became tuning pages.
func TestRound95(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a '†' linked to its own id after a heading's text is the heading's anchor mark, no word of it",
			file: "unseen208-tinkerhall-lasercutter-en.html",
			kept: []string{"Booking the induction\n", "During a job\n"},
			gone: []string{"†"},
		},
		{
			why:  "a one-cell table coloured by its style, alone in a <div> after a paragraph and opening with a label in bold, is a notice set among the text, which goes",
			file: "unseen208-tinkerhall-lasercutter-en.html",
			gone: []string{"Steward on duty:", "No steward, no induction."},
			kept: []string{"The fire blanket hangs on the left of the extraction unit.", "Clean the bed and the lens tray after every session."},
		},
		{
			why:   "a wiki page's name, the <title>'s first part and the last step of the path its <h1> is, gives way to the first subheading its words open",
			file:  "unseen208-tinkerhall-lasercutter-en.html",
			title: "Laser cutter induction",
		},
		{
			why:  "a box of class 'box note' opening with 'Note:' in bold, a wiki theme's note among the text, goes",
			file: "unseen203-lanternplayers-lightingdesk-en.html",
			gone: []string{"the booth gets very warm"},
			kept: []string{"Gel is in the grey box under the booth bench."},
		},
		{
			why:  "'Last modification:' and a day written 'Tuesday 11 of March, 2025', a wiki's line under its page's <h1>, dates a page that states nothing else",
			file: "unseen203-lanternplayers-lightingdesk-en.html",
			date: "2025-03-11",
		},
		{
			why:   "a label of two words and a colon before the page's last <h1>, the first its site's, leaves the <h1> for a title",
			file:  "unseen203-lanternplayers-lightingdesk-en.html",
			title: "LightingDeskHandover",
		},
		{
			why:  "a forum member's box beside a post, an avatar then short lines in <div>s of their own, goes",
			file: "unseen205-canauxdunord-barquebois-fr.html",
			gone: []string{"Membre actif", "Messages : 412", "Lieu : Quesnoy-sur-Deûle"},
			kept: []string{"Bonjour à tous,"},
		},
		{
			why:   "a chapter's <h1>, 'Chapter 4:' and its name, over a <title> that is the name alone, is the title",
			file:  "unseen206-keelsondocs-restoring-en.html",
			title: "Chapter 4: Restoring files",
			gone:  []string{"4.1 Listing snapshots\n4.2"},
		},
		{
			why:  "an <address> right after a horizontal rule, the page's footer, goes",
			file: "unseen206-keelsondocs-restoring-en.html",
			gone: []string{"report a mistake in this manual"},
			kept: []string{"describes the repository format in more detail"},
		},
		{
			why:  "a release's version line, 'release 2.4,' and a day, dates a manual's page that states nothing else",
			file: "unseen206-keelsondocs-restoring-en.html",
			date: "2025-03-06",
		},
		{
			why:  "a post head's day with spaces, its month in letters and its year in two digits, dates the thread and tells its reply, which goes",
			file: "unseen209-planttips-splitdatabase-en.html",
			date: "2025-01-18",
			gone: []string{"Duane_H", "makes the criterion unusable by the index"},
			kept: []string{"Is the Format() call the problem"},
		},
		{
			why:    "'mis à jour le :' and an ISO 8601 day, a line under an article, dates a page that states nothing else",
			file:   "unseen206-chroniquesdutemps-canalsevrine-fr.html",
			latin1: true,
			date:   "2025-03-14",
		},
		{
			why:   "a forum's name in bold type of size 4 over its tagline, the <title>'s first part before a dash, leaves the subject after it, dash and all",
			file:  "unseen203-ashcombemrc-layoutmove-en.html",
			title: "Moving the layout - volunteers needed Sat 29th",
		},
		{
			why:   "a span of class 'ftcurrent' last in a cell whose class names a breadcrumb is the current page, the thread's subject the <title> ends with",
			file:  "unseen205-ridgewayrailway-engineshed-en.html",
			title: "Rebuilding the engine shed roof - what worked and what didn't",
		},
		{
			why:    "a <title> of a portal's, a school's and a news section's names gives way, on a page without <h1>, to the box its class names an article's title in camel case",
			file:   "unseen205-lyceemichaud-stagerevision-fr.html",
			latin1: true,
			title:  "Stage de révisions des terminales pendant les vacances d'hiver",
		},
		{
			why:    "a <title> of the banner picture's alt and a short label, on a page without <h1>, gives way to its first <h2>, which the body no longer keeps",
			file:   "unseen203-randoloing-assemblee2025-fr.html",
			latin1: true,
			title:  "Compte rendu de l’assemblée générale du 8 février 2025",
			kept:   []string{"Chers amis randonneurs,"},
			gone:   []string{"Compte rendu de l’assemblée générale du 8 février 2025\n"},
		},
		{
			why:   "a letter's <title> of its sender's name and a season's issue, which Readability cut to the name, gives way to the <h1> in a cell of its layout",
			file:  "unseen204-wrenhollowfriends-springletter-en.html",
			title: "The Book Sale Moves Downstairs",
		},
		{
			why:  "'Coming up' heading a letter's diary of dates, a box of its own, goes with it",
			file: "unseen204-wrenhollowfriends-springletter-en.html",
			gone: []string{"Coming up", "Summer reading kickoff"},
		},
		{
			why:  "a paragraph of class 'pubDescription', a publication's standfirst, is no advertisement's 'pub': it stays",
			file: "unseen209-ccvalbrenne-viabilitehivernale-fr.html",
			kept: []string{"Le plan de viabilité hivernale a été révisé après l’épisode neigeux de janvier."},
		},
		{
			why:  "a numeric day read month first on a page in English is read day first when its line also writes a day whose first number cannot be a month",
			file: "unseen207-snaghunter-cooktopswap-en.html",
			date: "2025-05-12",
		},
		{
			why:  "a page's properties, Notion's rows of name and value over the text, go as a box 'properties' names",
			file: "unseen151-harrowgatetools-powertools-en.html",
			gone: []string{"Owner", "Rufus Adeyemi"},
			kept: []string{"This page explains how to borrow power tools"},
		},
		{
			why:  "a day and its hour alone, then an update's statement after a middle dot, is a line of dates, not the story's",
			file: "unseen162-journaldelaurentie-souffleuses-fr.html",
			gone: []string{"MISE À JOUR"},
		},
		{
			why:  "a letter's name over its day after a <br>, all a header cell holds beside the logo's cell, dates the letter",
			file: "unseen184-fieldnote-springcleaning-en.html",
			date: "2025-03-06",
		},
		{
			why:    "a news item's headline in bold type of size 3 in a coloured title bar, under a <title> of the site's name and 'Les nouvelles', is the title",
			file:   "unseen181-comitefetesbrassac-vogue-fr.html",
			latin1: true,
			title:  "Assemblée générale : la vogue 2025 aura bien lieu",
		},
		{
			why:  "'Revised on' and a day, a wiki's byline under its page's name, dates a page that states nothing else",
			file: "unseen142-tidebrookmesh-nodebattery-en.html",
			date: "2025-03-03",
		},
		{
			why:   "a <span> opening the <h1> with the <title>'s first part, the site's name, is no part of the page's heading",
			file:  "unseen142-tidebrookmesh-nodebattery-en.html",
			title: "Replacing a Node Battery",
		},
		{
			why:  "a post head's day with its month in letters first, a two-digit year, then its hour and zone, dates the thread",
			file: "unseen165-ridgebackastro-darksky-en.html",
			date: "2002-04-08",
		},
		{
			why:    "a day alone in an <h3> opening its column, over the entry's title in bold, dates a page without <h1>",
			file:   "unseen145-carnetodile-potaufeu-fr.html",
			latin1: true,
			date:   "2026-11-18",
		},
		{
			why:  "a day alone in its <span> right after a link holding the author's avatar and name dates the post",
			file: "unseen143-hollowlane-seedswap-en.html",
			date: "2026-02-09",
		},
		{
			why:  "'Dernière révision :' and a day, a handbook's line under its chapter, dates a page that states nothing else",
			file: "unseen150-grainothequecoteaux-registre-fr.html",
			date: "2026-01-09",
		},
	}
	checkPageCases(t, cases)
}

// TestRound96 holds the rules of round 96 of issue 16, written for the
// two-hundred-and-tenth to two-hundred-and-sixteenth unseen sets once
// they became tuning pages.
func TestRound96(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a step's number in a <div> of its own opening a step's <div> goes, the step's text kept",
			file: "unseen212-assietteetmaillot-bowlpoischiches-fr.html",
			gone: []string{"Étape 1", "Étape 6"},
			kept: []string{"Préchauffez le four à 200 °C.", "Répartissez le quinoa dans deux grands bols"},
		},
		{
			why:    "a post head's line between guillemets, 'le' and the day with its hour, dates the thread",
			file:   "unseen212-forumplates-calfatage-fr.html",
			date:   "2025-02-07",
			latin1: true, // ISO-8859-15, its guillemets and accents where windows-1252 has them
		},
		{
			why:  "'Last edited by', the editor's name, a comma and the day, a wiki's line under its page, dates a page that states nothing else",
			file: "unseen213-greyfoldmakers-lasercutter-en.html",
			date: "2025-05-22",
		},
		{
			why:  "'demandée le' and a day, a Q&A site's line under its question, dates the question as 'asked' does",
			file: "unseen216-questionsjardin-bokashi-fr.html",
			date: "2011-04-14",
		},
		{
			why:   "a subject's label in a <span> opening the heading of class 'subject', read to a screen reader only, is no part of the subject that titles the message",
			file:  "unseen215-webmailvaldorne-classedecouverte-fr.html",
			title: "Classe de découverte à Saint-Alban-des-Névés : informations pratiques",
		},
		{
			why:   "an imageboard's <title>, the board's path between slashes, a dash and the subject, under an <h1> that opens with the same path, gives the subject alone",
			file:  "unseen216-benchchan-terminalrestore-en.html",
			title: "Brought a 1983 serial terminal back from the dead",
		},
		{
			why:  "a paragraph opening with a checkbox and holding a <time>, an imageboard's post head, goes",
			file: "unseen216-benchchan-terminalrestore-en.html",
			gone: []string{"Anonymous", "(Sat) 19:03:11", "No."},
			kept: []string{"Picked up a green-screen serial terminal", "Pics of before/after attached."},
		},
		{
			why:   "a <title> that joins the book's name, the one <h1>, to the section's name by a space gives the name that ends the heading under the <h1>",
			file:  "unseen215-cegepvalbrule-boitemoustaches-fr.html",
			title: "Lire une boîte à moustaches",
		},
		{
			why:  "a box of class 'box warning' opening with a bold label, whatever the label says, is a notice among a wiki page's text, which goes",
			file: "unseen210-fenwickbeekeepers-swarmcalls-en.html",
			gone: []string{"Safety first:", "never climb above head height alone"},
		},
		{
			why:   "a <title> of the one <h1>, a separator, the og:title and the site's name gives the <h1>, the og:title being the project the item belongs to",
			file:  "unseen210-semeurs-fourapain-fr.html",
			title: "La voûte du four est refermée !",
		},
		{
			why:  "a list whose class names a recipe's attributes, its times and servings each a label and a value, goes",
			file: "unseen216-skilletspoon-maplepecanbars-en.html",
			gone: []string{"Prep 20 min", "Servings 16"},
			kept: []string{"1 1/2 cups old-fashioned oats"},
		},
		{
			why:  "a thread's posts in tables of one class, each head 'Posté le :', the day and the post's number in a link, lose the replies after the first",
			file: "unseen213-korolo-velocargo-fr.html",
			gone: []string{"Merci pour le retour, super complet.", "Pareil chez nous"},
			kept: []string{"Au final, on a fait 4 200 km en un an"},
		},
	}
	checkPageCases(t, cases)
}

func TestRound97(t *testing.T) {
	t.Run("a <time> datetime without its zone, in a box whose title gives the same instant with a 'Z', dates the page at that instant in UTC", func(t *testing.T) {
		p := extractFile(t, "unseen164-woodenboats-epoxyfillet-en.html")
		if p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2025, 2, 11, 8, 5, 12, 0, time.UTC)) {
			t.Errorf("dated %v, want 2025-02-11T08:05:12Z", p.PublishedAt)
		}
	})
	t.Run("a <meta> of a question's creation in its box, its itemprop 'dateCreated', dates the page at its instant", func(t *testing.T) {
		p := extractFile(t, "unseen195-quokkaanswers-sourdoughstarter-en.html")
		if p.PublishedAt == nil || !p.PublishedAt.Equal(time.Date(2013, 2, 18, 21, 14, 52, 0, time.UTC)) {
			t.Errorf("dated %v, want 2013-02-18T21:14:52Z", p.PublishedAt)
		}
	})
	cases := []pageCase{
		{
			why:  "a day alone in a <span>, all the element right after the <h1> holds, dates the article over a footer's 'Page Last Updated:'",
			file: "unseen221-orbitalagency-soundingrocket-en.html",
			date: "2025-03-27",
		},
		{
			why:  "'Site created on' and a day, a care site's line under the person's name over each entry, is the site's creation, not the entry's publication",
			file: "unseen218-kinbridge-homeatlast-en.html",
			date: "2025-03-22",
		},
		{
			why:   "a <title> of the topic's subject and, between parentheses, the forum it is in and the site's name gives the <h1>, the subject",
			file:  "unseen218-javacorral-scannerskip-en.html",
			title: "Scanner skips my nextLine() after nextInt() in a menu loop",
		},
		{
			why:   "a <title> of a reference entry's path, the entry and the site's name between bars gives the one <h1>, the entry, when it is the part before the site's name",
			file:  "unseen218-learnstack-pythonzip-en.html",
			title: "zip()",
		},
		{
			why:   "a title that asks its question where the one <h1> goes on after a colon gives the <h1>, which is no longer kept in the body",
			file:  "unseen218-prixdirect-aspirateurbalai-fr.html",
			title: "Comment choisir son aspirateur balai sans fil : le guide complet",
			gone:  []string{"le guide complet"},
		},
		{
			why:   "a title whose each side of its colon opens the same side of the one <h1>'s gives the <h1>, the headline whole",
			file:  "unseen218-planeteconso-lessivemaison-fr.html",
			title: "Lessive maison au savon de Marseille : ce qu'elle coûte vraiment, calculette en main",
		},
		{
			why:    "a wiki's name and its page's WikiName, two <h1>s the <title> joins, give the first subheading the name's first two words open, which leaves the body",
			file:   "unseen223-sentiersduloing-ag2005-fr.html",
			title:  "Compte rendu de l'assemblée générale du 19 novembre 2005",
			gone:   []string{"Les Sentiers du Loing"},
			kept:   []string{"L'assemblée générale annuelle de l'association"},
			latin1: true, // ISO-8859-15, its accents where windows-1252 has them
		},
		{
			why:   "a board's name in type of size 4 over its tagline, one word more and a colon opening the <title>, leaves the message's subject whole",
			file:  "unseen223-ridgelinerail-turntable-en.html",
			title: "Restoring the Glen Arden turntable - progress report",
		},
		{
			why:  "a message head's dash after the author's link, the hour before the day, the zone and the post's place in the thread, dates the message",
			file: "unseen223-ridgelinerail-turntable-en.html",
			date: "2003-03-08",
		},
		{
			why:    "'Posted:' and a weekday's abbreviation without its comma before a day month first dates the post",
			file:   "unseen219-luminaonline-icefishing-en.html",
			date:   "2009-10-10",
			latin1: true, // windows-1252
		},
		{
			why:  "a post's number after '#', then its ISO day and hour, the head over each post, dates the thread",
			file: "unseen220-larkhillastro-rolloffroof-en.html",
			date: "2005-11-08",
		},
		{
			why:    "the author's full name, a bar and the day with its hour, the topics after another bar, dates the story",
			file:   "unseen220-severnindymedia-lidoprotest-en.html",
			date:   "2006-04-22",
			latin1: true, // ISO-8859-1
		},
		{
			why:  "'Last edit by', the editor's name and 'on' before the day, an answer's line, dates a page that states nothing else",
			file: "unseen223-wikiresponses-rowingboat-en.html",
			date: "2010-06-03",
		},
		{
			why:  "a section whose class names follow-ups, a class forum's follow-up discussions under a note, goes",
			file: "unseen222-hort210piazza-fieldtrip-en.html",
			gone: []string{"followup discussions, for lingering questions and comments", "Can we share one Munsell chart per group"},
			kept: []string{"Look at the soil before you touch it."},
		},
		{
			why:    "a line under the <h1> that states its writing, the day and its author after 'par', goes",
			file:   "unseen221-apemarronniers-bourseauxjouets-fr.html",
			gone:   []string{"Rédigé le 18 novembre 2024 par le bureau"},
			kept:   []string{"Chers parents,"},
			latin1: true, // ISO-8859-15, its accents where windows-1252 has them
		},
		{
			why:  "a paragraph that opens with 'More information:' in bold, a science news story's reference to the paper, goes",
			file: "unseen222-labwire-lichensspray-en.html",
			gone: []string{"More information:", "DOI: 10.5555/jce.2025.0417"},
			kept: []string{"Lichens growing on old stone walls"},
		},
		{
			why:    "a forum's call to log in to reply, the text alone of a <div>, goes as it does in a paragraph",
			file:   "unseen217-studiofanzine-traitementpiece-fr.html",
			gone:   []string{"pour répondre à ce sujet"},
			latin1: true, // ISO-8859-1
		},
		{
			why:  "a page's second <h1>, its headline, under a first of one word, the site's name, leaves the body",
			file: "unseen219-tidepooljs-upgrading3-en.html",
			gone: []string{"Upgrading from Tidepool 2 to 3"},
			kept: []string{"Tidepool 3 is the first major release in two years."},
		},
		{
			why:  "a podcast channel's card beside an episode, its tagline under its name, goes",
			file: "unseen219-voixdumarais-anguilles-fr.html",
			gone: []string{"Un podcast associatif sur la vie du marais"},
			kept: []string{"Pour ce douzième épisode"},
		},
		{
			why:  "a chapter list without a class under a heading, written in an episode's notes, stays",
			file: "unseen219-voixdumarais-anguilles-fr.html",
			kept: []string{"00:00 — Arrivée de nuit à la Vieille-Écluse", "41:20 — Que peut-on faire"},
		},
		{
			why:    "a member's signature in small print, all in italics, right after a rule and last in its post's cell, goes",
			file:   "unseen212-forumplates-calfatage-fr.html",
			gone:   []string{"Plus on est de fous"},
			kept:   []string{"Amicalement,"},
			latin1: true, // ISO-8859-15, its guillemets and accents where windows-1252 has them
		},
		{
			why:    "a short line that opens with 'Dans ce numéro :' and names the issue's parts between commas goes",
			file:   "unseen221-apemarronniers-bourseauxjouets-fr.html",
			gone:   []string{"Dans ce numéro", "l'agenda de l'hiver."},
			latin1: true, // ISO-8859-15, its accents where windows-1252 has them
		},
		{
			why:   "Savannah's news <title>, 'News:', the subject and the forge's name between brackets, gives the subject",
			file:  "unseen159-tidemark-release32-en.html",
			title: "Tidemark 3.2 released",
		},
		{
			why:   "a <title> of the archive's and the list's names before the subject, colons between them, gives the subject a cell of class 'thread_title' holds",
			file:  "unseen102-fenmerebirds-wintercount-en.html",
			title: "Winter waterbird count: results and thanks",
		},
		{
			why:   "a forge's og:title, the repository's owner and name, under a <title> of the page's name, the repository's and the forge's, gives the page's name",
			file:  "unseen147-ferncliffegit-allskycalibration-en.html",
			title: "Calibrating the all-sky camera",
		},
		{
			why:   "a <title> that writes a phrase of the one <h1> as its initials and stops short of its end gives the <h1>",
			file:  "unseen166-wsla-cerequirements-en.html",
			title: "Changes to Continuing Education Requirements for the 2026–2028 Renewal Cycle",
		},
		{
			why:    "a forum's name, its one <h1>, and a colon before a subject with a spaced colon of its own gives the subject whole",
			file:   "unseen104-cfhd-expomorteau-fr.html",
			title:  "Compte rendu : l'expo de Morteau et notre premier réseau en modules",
			latin1: true, // ISO-8859-1
		},
		{
			why:    "a wiki's name, a dash and the page's name in the <title>, the name the one <h1>, a link of class 'backlinks' alone, gives the page's name",
			file:   "unseen143-astrovernolles-observationspubliques-fr.html",
			title:  "ObservationsPubliques",
			latin1: true, // ISO-8859-1
		},
	}
	checkPageCases(t, cases)
}

func TestRound98(t *testing.T) {
	cases := []pageCase{
		{
			why:   "a <title> of a part and the site's name over one <h1>, that part, a colon and a year, gives the <h1>",
			file:  "unseen228-northmarchstats-ferrytravel-en.html",
			title: "Ferry passenger travel, Northmarch: 2024",
		},
		{
			why:   "a package's name over one <h1>, the name and a version number, gives the <h1>",
			file:  "unseen229-pkgindex-tidyclock-en.html",
			title: "tidyclock 1.4.0",
		},
		{
			why:   "a <title> of three parts or more between '::', kept whole on a page without <h1>, gives its last part, the item's name",
			file:  "unseen230-steamguide-cannerycontracts-en.html",
			title: "Cannery Contracts: Steady Money in Your First Ten Hours",
		},
		{
			why:   "a journal's name in one word, the first heading, an <h2> on a page without <h1>, before a colon in the <title> gives the entry's subject after it",
			file:  "unseen227-insanejournal-bluecoat-en.html",
			title: "Mending the blue coat",
		},
		{
			why:  "brackets holding a day, a bar and its hour, an entry's head beside its subject, date the entry",
			file: "unseen227-insanejournal-bluecoat-en.html",
			date: "2025-03-03",
		},
		{
			why:  "a day, an at sign and its hour, a guide's 'Posted' beside its title, dates the guide",
			file: "unseen230-steamguide-cannerycontracts-en.html",
			date: "2025-03-02",
		},
		{
			why:    "a <title> of three parts or more between '›', kept whole on a page without <h1>, gives its last part, the topic's subject",
			file:   "unseen225-amiscanalsevre-nettoyageberges-fr.html",
			title:  "Nettoyage des berges du 8 février : bilan et merci à tous",
			latin1: true, // ISO-8859-1
		},
		{
			why:    "a <title> of the site's name and its section's, one word, gives the first line in a headline's type that holds that word",
			file:   "unseen227-amicalevernelle-randonnee-fr.html",
			title:  "Section randonnée : le programme du printemps 2002",
			latin1: true, // ISO-8859-15
		},
		{
			why:    "a <title> of the site's name and a headline cut short, the one <h1> going on after it, gives the <h1>, which leaves the body",
			file:   "unseen224-archivesvaldesaulnes-registrecrues-fr.html",
			title:  "Document du mois : le cahier de l'éclusier de Saint-Arnoult pendant la crue de 1910",
			gone:   []string{"pendant la crue de 1910\n"},
			latin1: true, // ISO-8859-15
		},
		{
			why:  "a knitted post's R chunk after a paragraph ending with a colon, and the output chunk after it, stay in the text",
			file: "unseen224-loafnotes-starterrise-en.html",
			kept: []string{"library(dplyr)", "## # A tibble: 12 x 3"},
		},
		{
			why:  "'give' before an article, a briefing handed out at 'our site', the event's place, is no call to donate",
			file: "unseen228-tidewaterwatch-shorelinecleanup-en.html",
			kept: []string{"No experience is needed. Our site leads will give a short safety briefing"},
		},
		{
			why:  "a definition list whose terms are each a link alone to an anchor of the page, an index of the entries below, goes; the entries' abstracts stay",
			file: "unseen227-tollgatelib-ringbuf-en.html",
			gone: []string{"rb_free\nReturns the number of bytes"},
			kept: []string{"Returns the number of bytes that can be written without blocking."},
		},
		{
			why:  "a paragraph of a few words that ends with two buttons, a recipe's servings and the buttons that change them, goes",
			file: "unseen227-keldelice-tartepoireaux-fr.html",
			gone: []string{"Pour 6 personnes"},
			kept: []string{"200 g de farine"},
		},
		{
			why:  "a box under its own title 'Did this help?', the author's call for a thumbs-up, goes",
			file: "unseen230-steamguide-cannerycontracts-en.html",
			gone: []string{"Did this help?", "Leave a thumbs-up"},
		},
		{
			why:  "a box whose class names a screenshot, a picture's caption under it, goes",
			file: "unseen230-steamguide-cannerycontracts-en.html",
			gone: []string{"The loop on the regional map"},
		},
	}
	checkPageCases(t, cases)
}

func TestRound99(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a date alone in its <span>, a space after the label's own <span> 'Last Updated:', dates the answer",
			file: "unseen234-harwoodlibrary-interlibraryloan-en.html",
			date: "2025-03-04",
		},
		{
			why:  "a message's 'Date:' line, a day in words and its hour after ', at', dates the message over its replies' days",
			file: "unseen231-harrowdaletrains-trackcleaning-en.html",
			date: "2025-03-17",
		},
		{
			why:  "an ISO day alone in its <span> after a <span> that says 'Date', a journal's pinned field, dates the entry",
			file: "unseen234-emberreach-sessiontwelve-en.html",
			date: "2025-03-02",
		},
		{
			why:  "an update's day and hour, a slash, then 'Original' and the first edition's, a story's times under its byline, go",
			file: "unseen231-pillarstreet-waterutility-en.html",
			gone: []string{"Original April 8, 2025"},
			kept: []string{"Few investors buy water utilities for excitement."},
		},
		{
			why:  "a paragraph of class 'catchAll', a news site's line sending the reader to its section and app after the story, goes",
			file: "unseen235-rupeeledger-emergencyfund-en.html",
			gone: []string{"Catch all the"},
		},
		{
			why:  "a box of class 'fiche-film', a film's credits set in a review's text, goes",
			file: "unseen236-plansequence-critiquelaveilleuse-fr.html",
			gone: []string{"Durée : 1 h 42"},
			kept: []string{"Une mise en scène à hauteur de couloir"},
		},
		{
			why:  "a recipe card's 'Notes' heading over a list in its box, after its ingredients and instructions, stays with the list",
			file: "unseen232-skilletnotes-honeygarlicsalmon-en.html",
			kept: []string{"Notes\n", "Thicker fillets may need an extra 2 to 3 minutes in the oven.", "Leftovers keep in an airtight container"},
		},
		{
			why:   "a <title> of a place, a stop and a sentence, over one <h1> of the place, a colon and that sentence going on, gives the <h1>, which leaves the body",
			file:  "unseen236-gazettecotentin-passeurdebac-fr.html",
			title: "Saint-Vigor-sur-Vire : le bac du passeur reprend la traversée après deux ans d'arrêt",
			gone:  []string{"après deux ans d'arrêt\n"},
		},
		{
			why:    "a <title> whose words after a label and a colon open the one <h1>, case aside, a colon and more after them, gives the <h1>",
			file:   "unseen233-usagersvalmorvan-horaires2009-fr.html",
			title:  "Horaires 2009 : la desserte de Varennes-la-Cure sacrifiée",
			gone:   []string{"la desserte de Varennes-la-Cure sacrifiée\n"},
			latin1: true, // ISO-8859-15
		},
		{
			why:    "a date line alone in a table's row, a forum reply's head beside the poster's name, goes; the reply stays",
			file:   "unseen237-braquet52-cotevauzelles-fr.html",
			gone:   []string{"Posté le 14/05/2011 à 22:10", "Posté le 15/05/2011"},
			kept:   []string{"Salut Patrick,", "Je confirme pour la cassette."},
			latin1: true, // ISO-8859-15
		},
		{
			why:   "a <title> of a letter's name and its issue's number over one <h1> gives the <h1>, which leaves the body",
			file:  "unseen237-paniercommun-lettremars-fr.html",
			title: "Un mois de mars sous le signe du déménagement",
			gone:  []string{"Un mois de mars sous le signe du déménagement\n"},
		},
		{
			why:    "a <title> of a society's name and its paper's number over one <h1> gives the <h1>",
			file:   "unseen234-orwellsidehistory-tollhouse-en.html",
			title:  "The toll house at Ashby Cross",
			latin1: true, // Windows-1252
		},
		{
			why:    "a <title> whose last part opens a line in a <font size=\"4\">, a colon and more after it, gives that line",
			file:   "unseen232-boulistesmarnay-concours-fr.html",
			title:  "Concours du 1er Mai : le mot du Président",
			latin1: true, // ISO-8859-1
		},
		{
			why:  "an 'About our guest' heading in an episode's show notes heads the guest's biography, not the publisher's box, and stays with what follows",
			file: "unseen232-harbourlines-coldchain-en.html",
			kept: []string{"About our guest", "Priya Raman leads temperature-controlled operations", "Harbour Lines is produced by Tidewell Software"},
		},
		{
			why:    "'By', the author's name and a stop before a publication statement, a line in italics under the <h1>, goes",
			file:   "unseen234-orwellsidehistory-tollhouse-en.html",
			gone:   []string{"By Margaret Ellery. Posted 14 January 2025."},
			kept:   []string{"Anyone who has driven out of the village"},
			latin1: true, // Windows-1252
		},
		{
			why:   "a <title> ending with a news section's name, on a page without <h1>, gives the news item's <div class=\"titreActu\">",
			file:  "unseen234-lyceejeanrostand-voyageseville-fr.html",
			title: "Retour de Séville : une semaine en immersion pour les élèves de première",
		},
		{
			why:    "a <title> of an archive's name, a colon and a list's name before a message's subject, that subject in the header's 'Subject:' cell, gives the subject",
			file:   "unseen236-rootslists-fenwickbible-en.html",
			title:  "[FENWICK] Family Bible of Thomas Fenwick, 1842 - transcription",
			latin1: true, // ISO-8859-1
		},
		{
			why:    "a <title> of the site's name and the headline abbreviated, its words' initials and its year, gives the one <h1>, which leaves the body",
			file:   "unseen231-amicalesaintveran-assembleegenerale-fr.html",
			title:  "Compte rendu de l’assemblée générale du 18 janvier 2025",
			gone:   []string{"du 18 janvier 2025\n"},
			latin1: true, // Windows-1252
		},
		{
			why:    "an <h2> over the headline that is the <title>'s last part with a number's 'No.' goes as a repeat of the title",
			file:   "unseen234-orwellsidehistory-tollhouse-en.html",
			gone:   []string{"Occasional Paper No. 47"},
			kept:   []string{"The turnpike trust"},
			latin1: true, // Windows-1252
		},
		{
			why:  "a list of a message's header fields, each label in emphasis and a colon, between the subject's <h1> and the body, goes",
			file: "unseen237-spindrift-fernwood240-en.html",
			gone: []string{"Subject: [ANNOUNCE]", "From: Marta Lindqvist", "Date: Tue, 18 Mar 2025"},
			kept: []string{"On behalf of the Fernwood team"},
		},
	}
	checkPageCases(t, cases)
}

// TestRound100 checks the rules round 100 of issue 16 added for the
// two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth sets.
func TestRound100(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a bold 'Note:' opening a box whose one class ends with '_box', set among a wiki page's text, goes",
			file: "unseen244-harbourlineswiki-firstweek-en.html",
			gone: []string{"the booking system has a training mode"},
			kept: []string{"Do not take cash payments on your own"},
		},
		{
			why:  "a box of class 'summary-box', the editors' summary behind a toggle under the byline, goes",
			file: "unseen241-meridianreview-shortermeetings-en.html",
			gone: []string{"Weekly meetings tend to grow over time."},
			kept: []string{"Most recurring meetings grow by accretion."},
		},
		{
			why:  "a box of class 'cite-this', how to cite the page after its text, goes",
			file: "unseen241-howthingstick-heatpumpscold-en.html",
			gone: []string{"to properly cite this"},
			kept: []string{"the heating capacity at 5 degrees Fahrenheit"},
		},
		{
			why:  "a box whose class is a kind and 'box' after it ('elx_info_box'), opening with a bold label, set among a news item's paragraphs, goes",
			file: "unseen240-randovalbrenne-sentiercretes-fr.html",
			gone: []string{"pensez à renouveler votre licence"},
			kept: []string{"La sortie d'inauguration"},
		},
		{
			why:  "an <h2> of class 'sr-only', a heading for screen readers alone over a review's text, goes",
			file: "unseen240-lectura-cartographesfleuve-fr.html",
			gone: []string{"Corps de l’article"},
			kept: []string{"Il existe peu de travaux consacrés"},
		},
		{
			why:  "a <meta name=\"citation_online_date\"> of a day with slashes, a journal's putting the text online, dates a review whose issue has only its year",
			file: "unseen240-lectura-cartographesfleuve-fr.html",
			date: "2025-03-14",
		},
		{
			why:  "an <h3> 'Step N' opening a step's <div>, its text in a <p> after it, leaves the step, whose text stays",
			file: "unseen240-howtothings-regroutshower-en.html",
			gone: []string{"Step 1\n", "Step 6\n"},
			kept: []string{"Vacuum out all the dust and debris", "After 15 to 20 minutes, when the grout is firm"},
		},
		{
			why:  "a paragraph opening with a bold 'Bon à savoir :', its class the story's paragraphs' before it, stays as the story's closing advice",
			file: "unseen238-lesucrin-guinguettes-fr.html",
			kept: []string{"la plupart des guinguettes n'acceptent pas les réservations"},
		},
		{
			why:    "a bold standfirst under the headline that the page's description, cut short at its stop, opens stays as the story's first paragraph",
			file:   "unseen241-courrierdesarts-retablevaldieu-fr.html",
			kept:   []string{"Classé monument historique en 1908", "Les restaurateurs y ont découvert un décor peint inconnu."},
			latin1: true, // ISO-8859-1
		},
		{
			why:  "a <div class=\"dateHeader\"> of a day in words over a blog entry, the page's only date, dates the entry",
			file: "unseen244-marniesplot-oniondisaster-en.html",
			date: "2009-04-13",
		},
		{
			why:    "a <title> of the site's name and the headline's opening, which the one <h1> goes on from after a comma, gives the <h1>",
			file:   "unseen240-hollowayhives-swarmdiary-en.html",
			title:  "Swarm Season Diary, Spring 2001",
			latin1: true, // Windows-1252
		},
		{
			why:   "an og:title cut short, its stops and case rewritten, under one <h1> that goes on from its words, gives the <h1>",
			file:  "unseen241-florandine-bouquetautomne-fr.html",
			title: "Comment faire durer un bouquet d’automne : nos conseils de fleuriste",
		},
		{
			why:  "a last paragraph in emphasis saying the newsroom's stories are free to republish goes",
			file: "unseen241-clinicwire-ruralpharmacy-en.html",
			gone: []string{"Our stories are free to republish."},
			kept: []string{"and we’re what’s left."},
		},
		{
			why:  "a post's last paragraph of two sentences, longer than a prompt, in the text's own container, stays though it calls for comments",
			file: "unseen240-numerica-almanachs-fr.html",
			kept: []string{"Nous vous invitons à partager vos trouvailles en commentaire de ce billet"},
		},
		{
			why:  "a row opening with 'Opening hours:' under a letter's signature, the sender's practical line, goes",
			file: "unseen239-friendsofmarlowlibrary-springletter-en.html",
			gone: []string{"Opening hours: Mon to Fri"},
			kept: []string{"With thanks and warm wishes,", "Helen Carver"},
		},
		{
			why:  "a list of class 'recette-resume', a recipe's times and difficulty under its introduction, goes",
			file: "unseen239-cuisinedeaaz-gratincrozets-fr.html",
			gone: []string{"Cuisson : 35 min", "Bon marché"},
			kept: []string{"Portez une grande casserole d’eau salée à ébullition"},
		},
		{
			why:  "a recipe's 'Ingrédients' heading, a servings line and the list after it in their section stay as the recipe's part",
			file: "unseen239-cuisinedeaaz-gratincrozets-fr.html",
			kept: []string{"Ingrédients\n", "300 g de crozets au sarrasin", "Sel et poivre du moulin"},
		},
		{
			why:    "a role under a kept full name and the farewell over it, the last line of its box, comes back as the signature's",
			file:   "unseen81-larchfieldbees-marchinspection-en.html",
			kept:   []string{"Gwen Ashdown\n\nSecretary, Larchfield"},
			latin1: true, // Windows-1252
		},
	}
	checkPageCases(t, cases)
}

func TestRound101(t *testing.T) {
	cases := []pageCase{
		{
			why:   "a <title> of four parts, the page's one <h1> and the host's after the first two, keeps the second, the subject's own",
			file:  "unseen251-fenmoorbirders-nestboxsurvey-en.html",
			title: "Nest box survey on the lower meadow - 2025 results",
		},
		{
			why:  "a month, a day, a comma, a two-digit year after an apostrophe and the hour dates a post",
			file: "unseen249-joannaboyd-plotfourteen-en.html",
			date: "2008-03-03",
		},
		{
			why:  "a numeric day, the hour, a zone and its country between parentheses date a message",
			file: "unseen250-fernleighallotments-waterrota-en.html",
			date: "2003-03-14",
		},
		{
			why:  "a story's first paragraph whose class names a deck and holds 'header' stays as its opening",
			file: "unseen247-gamestage-harborlights-en.html",
			kept: []string{"Two-player online co-op lands in April's free update"},
		},
		{
			why:  "a paragraph of a standfirst's class under the headline, no stop at its end and its description a rewritten copy, opens the story",
			file: "unseen249-thetally-potholeapp-en.html",
			kept: []string{"a Tally analysis of 48,000 requests found\n"},
		},
		{
			why:  "the og:description stands for a description the page lacks: the <h2> of its words under the headline opens the story",
			file: "unseen21-carnetsducausse-transhumance-fr.html",
			kept: []string{"Du causse à l’Aubrac, 62 kilomètres à pied derrière 900 brebis.\n"},
		},
		{
			why:  "an <h2> whose class is a part of a 'widget' block in BEM's writing, the standfirst under the headline, stays",
			file: "unseen248-signalandgrid-heatpumps-en.html",
			kept: []string{"but installation quality mattered more than the hardware"},
		},
		{
			why:   "a letter's <title>, its name, a spaced colon and a clause in lower case that opens the one <h1>, gives way to the <h1>, which leaves the body",
			file:  "unseen251-recycleriecoteaux-ateliervelo-fr.html",
			title: "Un atelier vélo ouvre ses portes à la recyclerie",
			gone:  []string{"Un atelier vélo ouvre ses portes à la recyclerie\n"},
		},
		{
			why:   "DokuWiki's <title>, the page's id and the wiki's name between brackets, gives way to the one <h1>, which leaves the body",
			file:  "unseen245-gulldubrivadois-imprimantereseau-fr.html",
			title: "Installer une imprimante réseau avec CUPS",
			gone:  []string{"Installer une imprimante réseau avec CUPS\n"},
		},
		{
			why:  "Semantic UI's 'ui info message' box among a news item's paragraphs goes",
			file: "unseen248-marsacenbois-jardinspartages-fr.html",
			gone: []string{"Entrée libre."},
			kept: []string{"Le traitement chimique des cultures est interdit"},
		},
	}
	checkPageCases(t, cases)
}

// TestRound102 holds the cases of round 102 of issue 16, the
// two-hundred-and-fifty-second to two-hundred-and-fifty-eighth unseen sets'
// pages tuned on.
func TestRound102(t *testing.T) {
	cases := []pageCase{
		{
			why:   "a letter's short <title>, a subject's words and a colon, gives way to the one <h1> that opens with those words and says more after its own colon",
			file:  "unseen258-castellrowe-flexibleworking-en.html",
			title: "Flexible working requests: what the first year of the new rules has taught employers",
			gone:  []string{"has taught employers\n"},
		},
		{
			why:   "a <title> of three parts set apart by middle dots, the page's one <h1> the site's name, the last: the part the page shows as a heading",
			file:  "unseen256-memoiresbocage-lavoirs-fr.html",
			title: "Les lavoirs de la vallée de la Sèvrette",
		},
		{
			why:   "pdoc's <title>, a module's dotted path and ' API documentation', gives the module",
			file:  "unseen257-tidewire-retries-en.html",
			title: "tidewire.guide.retries",
		},
		{
			why:  "'Edition du' without its accent and a day in words dates a daily letter's article",
			file: "unseen256-infocommunes-voiriesrurales-fr.html",
			date: "2025-03-04",
		},
		{
			why:  "a day, a month's three letters and the year between hyphens in an element named for a release's date dates the release",
			file: "unseen254-sciwire-wetlandmicrobes-en.html",
			date: "2025-09-15",
		},
		{
			why:  "'docs built' and a day in a documentation's version line dates the page",
			file: "unseen257-tidewire-retries-en.html",
			date: "2025-04-14",
		},
		{
			why:   "a <title> of the headline, ' news' and the mod's and game's names after a dash, over a page whose first <h2> is the headline, gives the headline",
			file:  "unseen256-modhangar-devupdate7-en.html",
			title: "Dev Update #7: Weather, wagons and a new map",
		},
		{
			why:   "SnipSnap's <title>, the wiki's name and the snip's path, over an <h1> of the same path between guillemets: the blog entry's heading under the <h1>",
			file:  "unseen258-tynesidejug-legacyjsp-en.html",
			title: "Notes from the March meeting: taming legacy JSPs",
		},
		{
			why:    "HelpSmith's note, a table of a note's class with an icon's cell and a cell opening with 'Remarque :' in bold, goes",
			file:   "unseen255-comptasso-nouveautes42-fr.html",
			gone:   []string{"Remarque :"},
			kept:   []string{"Reçus fiscaux en lot"},
			latin1: true, // Windows-1252
		},
		{
			why:  "a box of class 'helpful' that asks whether a review helped and counts the answers goes",
			file: "unseen255-parsershelf-tidewaterlight-en.html",
			gone: []string{"Was this review helpful", "found this review helpful"},
			kept: []string{"keep a transcript; you will want to reread the log."},
		},
		{
			why:  "a forum topic's state under its heading, a paragraph of class 'topicinfo', goes",
			file: "unseen255-shelfmark-phoneboxlibrary-en.html",
			gone: []string{"dormant"},
			kept: []string{"Hello all,"},
		},
		{
			why:    "a bordered table of one cell whose <font> opens with 'Prochain rendez-vous :' in bold goes",
			file:   "unseen258-amisdumoulindevaux-patrimoine-fr.html",
			gone:   []string{"Prochain rendez-vous"},
			kept:   []string{"Ce moulin, c’est la mémoire de la vallée."},
			latin1: true, // Windows-1252
		},
		{
			why:    "a <title> of the site's name and a short name with its year, the one <h1> holding the name's other words in their order, gives the <h1>",
			file:   "unseen258-amisdumoulindevaux-patrimoine-fr.html",
			title:  "Journée du patrimoine de pays : le moulin a tourné pour 600 visiteurs",
			latin1: true, // Windows-1252
		},
		{
			why:  "a box of a tip's class that opens with an <ol> of the class of the steps' list before it keeps the recipe's last step",
			file: "unseen254-fraicheurdeschamps-saladelentilles-fr.html",
			kept: []string{"posez un demi-crottin rôti sur chaque portion"},
		},
		{
			why:   "a news item's <h2 class=\"info-title\"> under the section's <h1>, the <title>'s first part, gives the title",
			file:  "unseen248-lyceeestuaires-voyagebilbao-fr.html",
			title: "Voyage à Bilbao des secondes : informations pratiques pour les familles",
		},
		{
			why:   "orkut's topic, its first <h2> the community's path down to 'Messages', is titled by the subject in bold after 'topic:'",
			file:  "unseen249-dunmorebirders-feedingstation-en.html",
			title: "Winter feeding station - what worked for us",
		},
		{
			why:  "Primer's flash message, 'flash flash-warn', a post's warning callout, goes",
			file: "unseen254-ravipellnotes-busbunching-en.html",
			gone: []string{"The agency's data has gaps"},
			kept: []string{"Almost one arrival in five is bunched"},
		},
		{
			why:  "'Publié au recueil n° … du' and a day dates an act by its register's publication, not by its own day",
			file: "unseen255-actesvaldorgne-voieverte-fr.html",
			date: "2025-03-14",
		},
		{
			why:  "a paragraph of class 'date', 'Version en vigueur depuis' and a day under an article's heading, goes",
			file: "unseen255-actesvaldorgne-voieverte-fr.html",
			gone: []string{"Version en vigueur"},
			kept: []string{"Article 1"},
		},
		{
			why:   "a memorial's <title>, the full name, the life's years between parentheses and the site's name, gives way to the <h1> of the name's words",
			file:  "unseen247-gravefinder-whitford-en.html",
			title: "Eleanor Mae Whitford",
		},
		{
			why:  "'Compiled by' a name and a day dates a guide, over the platform's 'Last Updated'",
			file: "unseen248-fenwicklibrary-oralhistory-en.html",
			date: "2025-02-03",
		},
		{
			why:   "a hand-made page's <title>, the site's name and a short name with its year, gives way to the first <h2> that holds the name's other words",
			file:  "unseen245-ridgewayvalleymrc-harrowfieldshow-en.html",
			title: "Our Layout at the Harrowfield Show",
			gone:  []string{"Our Layout at the Harrowfield Show\n"},
		},
	}
	checkPageCases(t, cases)
}

// TestRound103 holds the cases of round 103 of issue 16, the
// two-hundred-and-fifty-ninth to two-hundred-and-sixty-fifth unseen sets'
// pages tuned on.
func TestRound103(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a colon and 'Le' between 'Créé' and a numeric day date a tutorial by its creation",
			file: "unseen265-sitedesapprentis-bouclespython-fr.html",
			date: "2011-03-15",
		},
		{
			why:  "'Generated from', a source's name and version, and 'on' a day in a documentation's footer date the page",
			file: "unseen264-tallowdocs-sessions-en.html",
			date: "2025-04-14",
		},
		{
			why:  "'Updated for', a release's name and number, and 'on' a day under a documentation article's heading date the article",
			file: "unseen260-harbourlinedocs-tidekit3-en.html",
			date: "2025-04-02",
		},
		{
			why:  "a 'Created:' label and a numeric day with its time in the value after it date a knowledge base's article",
			file: "unseen263-ashbournuniit-wifilinux-en.html",
			date: "2025-01-27",
		},
		{
			why:    "a <title> of a topic's subject, the forum's name and the site's, under a bold 'Discussion :' head: the subject",
			file:   "unseen265-routesforum-trainnuitbriancon-fr.html",
			title:  "Train de nuit Paris - Briançon en février : mon retour d'expérience",
			latin1: true,
		},
		{
			why:    "the author's town in parentheses between a message head's name and 'le' and its day dates the topic's first message",
			file:   "unseen265-routesforum-trainnuitbriancon-fr.html",
			date:   "2025-02-04",
			latin1: true,
		},
		{
			why:   "a <title> that opens with the one <h1>, a link to the forum's home the page's address is under, and a separator: the part the page shows as a heading",
			file:  "unseen260-rucherpartage-candisirop-fr.html",
			title: "Nourrissement de fin d'hiver : candi ou sirop ?",
		},
		{
			why:   "a <title> of short names set apart by ' : ', the application's path down to a thread, gives way to the one <h1> it does not hold",
			file:  "unseen265-hollinprescott-officemove-en.html",
			title: "Office move: what changes when we open Riverside House on Monday",
		},
		{
			why:    "a site's date bar, a day alone in an element of class 'date_jour' over the menu, is not the story's day under its heading",
			file:   "unseen260-sahelactu-mareyeuses-fr.html",
			date:   "2025-03-11",
			latin1: true,
		},
		{
			why:  "an event's line of its days, the first, a dash and the last with the month, over the page's heading is no issue's day: the day under the heading",
			file: "unseen260-riverswaterforum-welcome-en.html",
			date: "2025-03-03",
		},
		{
			why:   "a <title> of the og:title, an event's name, a separator and the page's name gives way to the one <h1> that ends with that name",
			file:  "unseen260-riverswaterforum-welcome-en.html",
			title: "A Welcome from the Chair",
		},
		{
			why:   "an imageboard's board <title>, its path between slashes and its name, gives way to the opening post's subject in its 'filetitle' span",
			file:  "unseen262-fishplate-weathering-en.html",
			title: "Beginner's guide to weathering wagons with powders",
		},
		{
			why:  "an imageboard post's time, a two-digit year, month and day between slashes, the weekday in parentheses and the hour, dates the thread",
			file: "unseen262-fishplate-weathering-en.html",
			date: "2025-01-12",
		},
		{
			why:  "an imageboard post's head, a <label> that opens with the post's checkbox and ends with its time, goes",
			file: "unseen262-fishplate-weathering-en.html",
			gone: []string{"Trackside Terry 25/01/12(Sun)14:03"},
			kept: []string{"Every week someone asks how to make their wagons look less like they came out of the box yesterday"},
		},
		{
			why:  "a mail archive's list of the messages around one, its items opening with MHonArc's 'Prev by Date:' and 'Next by thread:', goes",
			file: "unseen265-gullval-installparty-fr.html",
			gone: []string{"Prev by Date", "Next by thread"},
			kept: []string{"Merci encore à tous les bénévoles présents !"},
		},
		{
			why:  "a box whose class's words hold 'cite', the reference to copy for the story, goes",
			file: "unseen263-pressroomlab-phonehours-en.html",
			gone: []string{"Cite this article"},
		},
		{
			why:  "a newsroom's bar calling for a gift, its class 'donate-bar', goes",
			file: "unseen260-furrowreport-coldstore-en.html",
			gone: []string{"Donate today"},
		},
		{
			why:  "an embedded post, its <blockquote>'s class 'tweet', goes from a story's elements",
			file: "unseen265-storyloom-harbordredging-en.html",
			gone: []string{"Standing room only at the Grange"},
			kept: []string{"Where the silt would go"},
		},
		{
			why:  "a comic album's card of facts, a table of class 'fiche-album', goes from the review",
			file: "unseen259-planchesetbulles-gardiensphare-fr.html",
			gone: []string{"Scénario :", "Parution :"},
		},
		{
			why:  "a box its inline style draws, a 'Note:' in bold opening it, after a line of a post's text ended by one <br />, goes",
			file: "unseen259-orbitdevblog-backgroundsync-en.html",
			gone: []string{"exact alarms require the SCHEDULE_EXACT_ALARM permission"},
			kept: []string{"A wider flex window gives the system more opportunities"},
		},
		{
			why:  "a code listing's column of line numbers, GeSHi's <td class=\"numbers\">, goes and leaves the code",
			file: "unseen265-sitedesapprentis-bouclespython-fr.html",
			gone: []string{"1\n2\n3"},
			kept: []string{"prenoms = [\"Alice\", \"Bruno\", \"Chloé\"]"},
		},
	}
	checkPageCases(t, cases)
}

// TestRound104 holds the cases of round 104 of issue 16, the
// two-hundred-and-sixty-sixth to two-hundred-and-seventy-second unseen sets'
// pages tuned on.
func TestRound104(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a forum's first post marked by its class word and '-premier', French's 'first', keeps the post and drops the replies after it",
			file: "unseen270-pommeattitude-timemachinenas-fr.html",
			gone: []string{"Posté le 22/01/2025", "le coup du quota par machine"},
			kept: []string{"Bonne soirée,", "Jean-Luc"},
		},
		{
			why:  "a box in the role of a note, a shop's tip set between a guide's paragraphs, goes",
			file: "unseen266-bricovallee-frisecarrelage-fr.html",
			gone: []string{"Le conseil du vendeur", "Posez la frise à sec au sol"},
			kept: []string{"Commencez la pose au centre du mur"},
		},
		{
			why:  "a post's head, its number's link, 'Posté :' and its day and an action link, goes from the opening post",
			file: "unseen272-randotrieves-hautsplateaux-fr.html",
			gone: []string{"Posté : 17-09-2009", "Citer"},
			kept: []string{"Salut à tous,"},
			date: "2009-09-17",
		},
		{
			why:  "a list of a recipe's servings and times, each a label in a <span> and a number, goes",
			file: "unseen268-southerlytable-pumpkinorzo-en.html",
			gone: []string{"Serves 4", "Prep 15 mins"},
			kept: []string{"1 kg butternut pumpkin"},
		},
		{
			why:  "a recipe's note in an <aside> of class 'recipe__note' after the method stays",
			file: "unseen268-southerlytable-pumpkinorzo-en.html",
			kept: []string{"Cook’s note", "Kent or Jap pumpkin work just as well"},
		},
		{
			why:    "SPIP's surtitre, a kicker over the heading, goes",
			file:   "unseen267-toitssolidaires-fintreve-fr.html",
			gone:   []string{"Communiqué de presse"},
			kept:   []string{"Le 31 mars à minuit"},
			latin1: true,
		},
		{
			why:   "Pagure's 'Issue #' and number before an issue's title in a <title> ending with ' - Pagure' go from the title",
			file:  "unseen271-saltmarshforge-tidewatchdst-en.html",
			title: "Tide predictions are an hour late for older stations after the DST change",
		},
		{
			why:  "a 'Created:' field's day between hyphens with its month's name dates a proposal over its 'Last modified' line",
			file: "unseen271-ternteps-toolsettings-en.html",
			date: "2025-03-18",
		},
	}
	checkPageCases(t, cases)
}

// TestRound105 holds the cases of round 105 of issue 16, the
// two-hundred-and-seventy-third to two-hundred-and-seventy-ninth unseen
// sets' pages tuned on.
func TestRound105(t *testing.T) {
	cases := []pageCase{
		{
			why:  "a news agency story's closing note in parentheses, naming the syndicated feed it came from, goes",
			file: "unseen277-indusdailytv-feederbuses-en.html",
			gone: []string{"Except for the headline", "syndicated feed"},
			kept: []string{"a fifth route to the industrial estate in Wadgaon"},
		},
		{
			why:    "a closing line labelled as the story's sources, and a rights notice's line alone after it, go",
			file:   "unseen278-psychoreperes-ecranssommeil-fr.html",
			gone:   []string{"avec sources", "Tous droits réservés"},
			kept:   []string{"Une seconde phase, prévue à l'automne"},
			latin1: true,
		},
		{
			why:    "a line wholly in italics between the paragraphs that sends the reader to the links below the story goes",
			file:   "unseen278-psychoreperes-ecranssommeil-fr.html",
			gone:   []string{"voyez les liens plus bas"},
			kept:   []string{"La lumière des écrans joue aussi un rôle", "Des effets visibles en classe"},
			latin1: true,
		},
		{
			why:  "Tufte CSS's margin note, a chart's caption set in the margin, and its toggle's mark go",
			file: "unseen279-wrenashdown-countingswifts-en.html",
			gone: []string{"Peak counts per season", "⊕"},
			kept: []string{"six points cannot separate a real decline from bad luck"},
		},
		{
			why:   "vBulletin 4's thread label and colon before the subject in the one <h1> leave the title to the <title>'s subject",
			file:  "unseen273-dardiaspora-traverseesete-fr.html",
			title: "Sète - Tanger en voiture l'été dernier : mon retour d'expérience complet",
		},
		{
			why:   "a magazine's og:title of the headline, ', by ' and the writer leaves the title to the one <h1>'s headline",
			file:  "unseen276-tollandsmagazine-lastexchange-en.html",
			title: "The Last Exchange",
		},
		{
			why:   "JSDuck's <title> of the documentation's name and ' Docs' leaves the title to the guide's one <h1>, which leaves the body",
			file:  "unseen276-kestrelcharts-upgrading-en.html",
			title: "Upgrading to Kestrel Charts 3.0",
			kept:  []string{"salesStore"},
		},
		{
			why:   "a campaign's news item titled by its og:title, which its 'news-title' heading repeats, over the campaign's name in its <title> and one <h1>",
			file:  "unseen277-energiesdubocage-premierspanneaux-fr.html",
			title: "Les premiers panneaux sont posés sur l’école de Saint-Aubin",
		},
		{
			why:   "a fiction archive's chapter <title>, the story's name, ' Chapter ', its number and name and ', a general fiction', gives the story's name",
			file:  "unseen275-storyhold-lighthouseledger-en.html",
			title: "The Lighthouse Ledger",
		},
		{
			why:    "a forum topic's header cell 'Sujet: ' titles the page under a <title> of the site's name and 'Forum' and no <h1>",
			file:   "unseen276-aquavaldecher-reprisebac-fr.html",
			title:  "Reprise d'un bac de 240 litres après trois semaines d'absence",
			latin1: true,
		},
		{
			why:    "a message's numeric date after its header's 'Date :' in bold, the colon in the bold, dates the page",
			file:   "unseen277-lerucher-essaimageprecoce-fr.html",
			date:   "2025-02-09",
			latin1: true,
		},
		{
			why:  "a day alone in its <span> right after a <span> of 'By ' and the author's name dates the post",
			file: "unseen273-kettleworthteas-oolonginfusions-en.html",
			date: "2025-02-14",
		},
		{
			why:  "a post's day alone in a <span> after 'Posted on ' dates it over a comment's 'Posted on 5/21/2025 by …' in one text",
			file: "unseen275-millraceshare-coldstore-en.html",
			date: "2025-05-20",
		},
		{
			why:  "a standfirst after the byline's paragraph under the headline stays",
			file: "unseen277-bellwetherproject-jailcalls-en.html",
			kept: []string{"Calls from the Harlan County jail used to cost families"},
			gone: []string{"By Lena Whitcomb"},
		},
		{
			why:  "an expert's box label, a <span> of class '…__label' first in a <blockquote>, goes and the quotation stays",
			file: "unseen277-autoprim-plaquettesfrein-fr.html",
			gone: []string{"Le conseil de l’expert"},
			kept: []string{"je conseille de faire contrôler le freinage à chaque vidange"},
		},
		{
			why:  "a story line's 'Published:' day in a <span> of its Unix time (data-xutime) dates the chapter to the second, not its 'Updated:' one",
			file: "unseen275-storyhold-lighthouseledger-en.html",
			date: "2025-03-08",
		},
		{
			why:  "Instatus' stamp under each update, a <time> alone of 'Posted ' and its day and hour in its box, goes and the updates' labels stay",
			file: "unseen276-tidewellstatus-cardpayments-en.html",
			gone: []string{"Posted Mar 4, 2025"},
			kept: []string{"Monitoring", "A fix was deployed to the Marsby payment servers"},
		},
		{
			why:  "a list archive's links to the message's parent and replies, each a link, ' at ', a day and ' from ' the sender, go with their label",
			file: "unseen278-tarnbeck-walcopy-en.html",
			gone: []string{"In response to", "Responses", "at 2025-05-05 07:11:02 from Ilse Brandt"},
			kept: []string{"One small objection to the patch itself"},
		},
		{
			why:  "a list archive's table of the next and previous messages goes with its heading",
			file: "unseen278-tarnbeck-walcopy-en.html",
			gone: []string{"Browse tarnbeck-hackers by date", "Subject"},
			kept: []string{"One small objection to the patch itself"},
		},
		{
			why:  "an incident's updates' <time>s, 'Posted …' in a box of an 'update__' element, are theirs, and the incident's 'Started' day dates the page",
			file: "unseen276-tidewellstatus-cardpayments-en.html",
			date: "2025-03-04",
		},
		{
			why:  "a story's day before ' · ' and its count of views dates it, over a newspaper's day quoted in it",
			file: "unseen272-storiloom-millfordflood-en.html",
			date: "2024-10-02",
		},
		{
			why:    "Artisteer's post heading ('art-postheader') that goes on after the short og:title, a colon and more, titles the page",
			file:   "unseen245-collegedestilleuls-sejourauvergne-fr.html",
			title:  "Séjour des 4e en Auvergne : le récit de nos volcanologues",
			latin1: true,
		},
		{
			why:   "Alfresco Share's <title> of the software's name and the view's kind ('Alfresco » Wiki Page') leaves the title to the page's one <h1>",
			file:  "unseen231-northgatehomes-voidchecklist-en.html",
			title: "Void property checklist",
		},
		{
			why:   "Gibbon Messenger's <h1> 'Voir les messages' leaves the title to the message's 'message-title' heading",
			file:  "unseen155-lyceemontclair-semainelangues-fr.html",
			title: "Semaine des langues : programme et appel aux familles",
		},
	}
	checkPageCases(t, cases)
	t.Run("the 'Published:' span's data-xutime gives the chapter's instant", func(t *testing.T) {
		p := extractFile(t, "unseen275-storyhold-lighthouseledger-en.html")
		if want := time.Date(2025, 3, 8, 19, 20, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("dated %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("an incident's updates' 'Posted' <time>s leave the page to its 'Started' day, not the newest update's instant", func(t *testing.T) {
		p := extractFile(t, "unseen276-tidewellstatus-cardpayments-en.html")
		if want := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC); p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
			t.Errorf("dated %v, want %v", p.PublishedAt, want)
		}
	})
	t.Run("a news item's heading of class 'newsTitle', in camel case, titles the page under a <title> of the club's name and 'Actualités'", func(t *testing.T) {
		// ISO-8859-15, its euro sign and œ where Windows-1252 has others.
		data, err := os.ReadFile("../testdata/pages/unseen269-lionsvalcluse-videgreniers-fr.html")
		if err != nil {
			t.Fatal(err)
		}
		utf, err := charmap.ISO8859_15.NewDecoder().Bytes(data)
		if err != nil {
			t.Fatal(err)
		}
		if p, want := extractPage(t, string(utf)), "Vide-greniers de printemps : 4 250 € pour les Petits Cœurs de Valcluse"; p.Title != want {
			t.Errorf("titled %q, want %q", p.Title, want)
		}
	})
}

// TestRound106 holds the cases of round 106 of issue 16, the
// two-hundred-and-eightieth to two-hundred-and-eighty-sixth unseen sets'
// pages tuned on.
func TestRound106(t *testing.T) {
	cases := []pageCase{
		{
			why:  "BlogCFC's byline 'Posted At : ' and a day, 'At' and a spaced colon between the verb and the day, dates the entry",
			file: "unseen280-martinkeogh-cf8migration-en.html",
			date: "2008-03-12",
		},
		{
			why:  "QDoc's footer line 'Generated on ' and a day, the documentation's generation, dates the page",
			file: "unseen285-larkspur-whatsnew-en.html",
			date: "2025-04-22",
		},
		{
			why:  "a story's line 'paru dans ', the weekly's issue, a comma and 'le ' and a day dates the story",
			file: "unseen283-jeudiaube-carsscolaires-fr.html",
			date: "2025-03-20",
		},
		{
			why:   "a wiki's <title> of the page's name, a bullet between spaces and the wiki's name gives the page's name",
			file:  "unseen282-kinfolkwiki-parishchest-en.html",
			title: "England Parish Chest Records",
		},
		{
			why:    "a <title> of the site's, the column's and the story's names between bars, the last the one <h1>'s, gives the story's name",
			file:   "unseen285-gadfly-tollorder-en.html",
			title:  "Toll order",
			latin1: true,
		},
		{
			why:  "a magazine's closing line 'Published in the print edition of the … issue, with the headline …' goes",
			file: "unseen284-carrowreview-tideclocks-en.html",
			gone: []string{"Published in the print edition", "Slack Water"},
			kept: []string{"Near noon, he set the brass clock from 1962"},
		},
		{
			why:  "a tutorial site's block after the post, class 'after-post-content', its call to join the members' plan, goes",
			file: "unseen280-kestreljava-collectorsteeing-en.html",
			gone: []string{"The code backing this article", "Pro Member"},
			kept: []string{"double average = totals.stream()"},
		},
		{
			why:   "HYPERPLANNING's notice heading, a <div class=\"Detail_Titre\"> ARIA makes a heading of level 1, titles the page under the portal's and its space's names",
			file:  "unseen283-univbrevannes-rattrapages-fr.html",
			title: "Rattrapages du second semestre : salles modifiées",
		},
		{
			why:  "a paragraph of class 'danger' alone, a documentation's red warning between its paragraphs, goes",
			file: "unseen286-clgtroisrivieres-saisiehorsligne-fr.html",
			gone: []string{"Ne modifiez pas la première ligne"},
			kept: []string{"Si un élève a changé de classe depuis l’export"},
		},
		{
			why:  "MHonArc's header list of a list message, its 'Mail-followup-to' item among the labels, goes whole",
			file: "unseen281-heronoslists-partitioner-en.html",
			gone: []string{"Mail-followup-to", "Message-id"},
			kept: []string{"We will go through the reports every Friday"},
		},
		{
			why:  "a list message's signature after '-- ' in MHonArc's <pre>, a word in <tt> before it in the text, goes",
			file: "unseen281-heronoslists-partitioner-en.html",
			gone: []string{"GPG: 4F1C", "Heron OS installer team"},
			kept: []string{"Thanks in advance,", "first beta."},
		},
		{
			why:  "VoyForums' 'Posted by ' line, the poster's address in parentheses after the name, dates the message before the 'In Reply to:' line's day",
			file: "unseen286-millbrookplots-leekrust-en.html",
			date: "2011-03-09",
		},
		{
			why:  "a message's head line 'Posted by … on March 9, 2011 at 21:14:07:', its hour's seconds and a colon after, goes as a date line",
			file: "unseen286-millbrookplots-leekrust-en.html",
			gone: []string{"Posted by Tom Haskins"},
			kept: []string{"Sorry to hear the rust is back on your leeks"},
		},
		{
			why:  "a reply's 'In Reply to: ' line, the answered message's subject, 'posted by', its author and day, goes as a date line",
			file: "unseen286-millbrookplots-leekrust-en.html",
			gone: []string{"In Reply to", "posted by Brenda W"},
			kept: []string{"Hi Brenda,"},
		},
	}
	checkPageCases(t, cases)
}
