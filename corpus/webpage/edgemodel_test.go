package webpage

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestNameTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"post-footer__share", []string{"post", "footer", "share"}},
		{"relatedPosts", []string{"related", "posts"}},
		{"sidebar_widget2 x", []string{"sidebar", "widget"}},
		{"NEWSLETTER-Box", []string{"newsletter", "box"}},
		{"", nil},
		{"a b c", nil},
		{"averyveryverylongclassnamethatisnoword", nil},
	}
	for _, tt := range tests {
		var got []string
		nameTokens(tt.in, func(tok string) { got = append(got, strings.ToLower(tok)) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEdgeModelEncoding(t *testing.T) {
	if edges == nil {
		t.Fatal("edgemodel.bin holds no model")
	}
	again := readEdgeModel(edges.encode())
	if again == nil {
		t.Fatal("the encoded model does not read back")
	}
	for i := range edges.w {
		if d := edges.w[i] - again.w[i]; d > 1e-6 || d < -1e-6 {
			t.Fatalf("weight %d: %g read back as %g", i, edges.w[i], again.w[i])
		}
	}
	if readEdgeModel([]byte("short")) != nil {
		t.Error("a file of the wrong size reads as a model")
	}
}

// edgeStory is a story of four paragraphs in a blog post's body, with
// tail after them inside the post's <div>.
func edgeStory(tail string) string {
	return `<html><head><title>Budget approved</title></head><body><div class="post"><h1>Budget approved</h1><div class="post-body"><p>` +
		councilP1 + `</p><p>` + councilP2 + `</p><p>` + councilP3 + `</p>` + councilMore + tail + `</div></div></body></html>`
}

func TestPeelEdges(t *testing.T) {
	tests := []struct {
		name              string
		tail              string
		wantIn, wantNotIn []string // with the model
		rulesKeep         string   // kept by the rules alone, "" for none
	}{
		{
			name:      "a cookie notice left after the story goes",
			tail:      `<p>This website uses cookies. We use cookies to analyse the traffic of the site and improve your experience.</p>`,
			wantIn:    []string{councilP1, councilP3},
			wantNotIn: []string{"uses cookies"},
			rulesKeep: "uses cookies",
		},
		{
			name:   "the story's own last paragraph stays",
			tail:   `<p>Work on the gymnasium should be finished by the autumn of next year, the deputy mayor added after the vote.</p>`,
			wantIn: []string{councilP1, councilP3, "the deputy mayor added"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte(edgeStory(tt.tail))
			p, err := Extract(page)
			if err != nil {
				t.Fatal(err)
			}
			bodyHas(t, p.Body, tt.wantIn, tt.wantNotIn)
			if tt.rulesKeep != "" {
				r, err := extract(page, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(r.Body, tt.rulesKeep) {
					t.Errorf("the rules alone drop %q already: the case does not show the model:\n%s", tt.rulesKeep, r.Body)
				}
			}
		})
	}
}

// furnitureModel is a model sure that every block is furniture.
func furnitureModel() *edgeModel {
	m := &edgeModel{w: make([]float32, 1<<edgeBits), edge: 0.5}
	m.w[hashFeature('b', "")] = 10
	return m
}

// paragraphs makes a block of each text, a <p> in one <div>.
func paragraphs(texts ...string) []*block {
	var bs []*block
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, s := range texts {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		root.AppendChild(p)
		b := &block{nodes: []*html.Node{p}, container: root}
		fill(b)
		bs = append(bs, b)
	}
	return bs
}

// TestPeelEdgesAsks holds peelEdges to what it asks the model about: the
// blocks at each end, up to the first that stays, never one of three
// words or fewer or one of more than twice maxShortWords, and never more
// than half the body's words.
func TestPeelEdgesAsks(t *testing.T) {
	long := strings.Repeat("word ", 2*maxShortWords+1)
	short := "Share this story with your friends today"
	tests := []struct {
		name  string
		texts []string
		kept  []bool
	}{
		{"ends peeled up to a sign-off", []string{short, long, long, long, "See you soon,", short}, []bool{false, true, true, true, true, false}},
		{"a long block stops the peel", []string{long, short, long}, []bool{true, true, true}},
		{"never more than half the words", []string{short, short, short, short}, []bool{true, true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := paragraphs(tt.texts...)
			furnitureModel().peelEdges(bs)
			for i, b := range bs {
				if kept := b.nodes[0].Parent != nil; kept != tt.kept[i] {
					t.Errorf("block %d (%.20q) kept %v, want %v", i, tt.texts[i], kept, tt.kept[i])
				}
			}
		})
	}
	var none *edgeModel
	bs := paragraphs(short, long, short)
	none.peelEdges(bs)
	if bs[0].nodes[0].Parent == nil || bs[2].nodes[0].Parent == nil {
		t.Error("no model removed a block")
	}
}

// TestRescuer holds the model's way back for the blocks the block pass
// drops: only those of four words or more that are not headings, and only
// where the model is sure they are the story's.
func TestRescuer(t *testing.T) {
	story := &edgeModel{w: make([]float32, 1<<edgeBits), edge: 0.95, rescue: 0.005}
	story.w[hashFeature('b', "")] = -10 // every block is the story's
	page := []byte(edgeStory(`<p>Follow us on Facebook and Twitter for more news from the town hall.</p>`))
	rules, err := extract(page, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(rules.Body, "Follow us") {
		t.Fatalf("the rules keep the call: the case does not show the rescue:\n%s", rules.Body)
	}
	back, err := extract(page, story, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(back.Body, "Follow us") {
		t.Errorf("a model sure of every block does not bring the call back:\n%s", back.Body)
	}
	rescue := story.rescuer()
	bs := paragraphs("Follow us today", "Follow us on Facebook today")
	if rescue(bs[0]) || !rescue(bs[1]) {
		t.Errorf("rescue of three words %v, of five %v; want false, true", rescue(bs[0]), rescue(bs[1]))
	}
	bs[1].heading = true
	if rescue(bs[1]) {
		t.Error("a heading comes back")
	}
	if (&edgeModel{}).rescuer() != nil || (*edgeModel)(nil).rescuer() != nil {
		t.Error("a model without a rescue threshold brings blocks back")
	}
}

// TestInnerPass holds the pass between the edges: a block among the
// story's paragraphs goes where the model gives it the inner threshold or
// more, with the edges' guards (never a block of three words or fewer);
// without an inner threshold, none between the edges goes.
func TestInnerPass(t *testing.T) {
	m := &edgeModel{w: make([]float32, 1<<edgeBits), edge: 0.9, inner: 0.98}
	m.w[hashFeature('b', "")] = -5
	// "sponsored" alone gives a block of four words 1/(1+e^-(-5+20/2)),
	// 0.993; of nine words, 1/(1+e^-(-5+20/3)), 0.84: under the inner
	// threshold, over none of the edges'.
	m.w[hashFeature('w', "sponsored")] = 20
	story := "The council approved the budget on Tuesday evening after a long debate."
	tests := []struct {
		name  string
		inner float64
		texts []string
		kept  []bool
	}{
		{"a sure block between the edges goes", 0.98, []string{story, story, "sponsored by the bakery", story, story}, []bool{true, true, false, true, true}},
		{"a less sure one stays", 0.98, []string{story, story, "sponsored by the bakery on the corner of the square", story, story}, []bool{true, true, true, true, true}},
		{"a short one stays", 0.98, []string{story, story, "sponsored by bakery", story, story}, []bool{true, true, true, true, true}},
		{"no inner threshold, no pass", 0, []string{story, story, "sponsored by the bakery", story, story}, []bool{true, true, true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.inner = tt.inner
			bs := paragraphs(tt.texts...)
			m.peelEdges(bs)
			for i, b := range bs {
				if kept := b.nodes[0].Parent != nil; kept != tt.kept[i] {
					t.Errorf("block %d (%.20q) kept %v, want %v", i, tt.texts[i], kept, tt.kept[i])
				}
			}
		})
	}
}
