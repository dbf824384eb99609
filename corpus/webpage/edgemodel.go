package webpage

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strings"

	"golang.org/x/net/html"
)

// The edge model is a logistic regression over a block's words, the class
// and id names of the elements around it, its shape (length, links,
// emphasis, punctuation) and the marks the block pass sets (set apart,
// boxed, in the story's main container or beside it), trained on the
// tuning pages' blocks labelled by their references (TestTrainEdgeModel).
// The rules above it know the builds they were written from; the model is
// asked, after them, about the blocks left at the body's two ends, where a
// build none of them knows leaves its furniture: a block it is sure of
// goes, and the next one in is asked, until one reads as the story's.
// Between the ends, a block goes only where it is surer still (a
// member's pitch or a notice boxed among the story's paragraphs). It is
// asked too about each block the block pass drops: one it is sure is the
// story's (a letter's closing formula and signature, a closing line)
// comes back.

// edgeBits is the log2 of the model's weights: features are hashed into
// them.
const edgeBits = 18

// edgeModel holds the weights, read from edgemodel.bin: a float32 scale,
// then one int8 a weight (the weight is the int8 times the scale).
type edgeModel struct {
	w []float32
	// edge is the probability at which a block at an edge goes.
	edge float64
	// rescue is the probability under which a block the block pass
	// dropped comes back; 0 brings none back.
	rescue float64
	// inner is the probability at which a block between the edges goes;
	// 0 asks none.
	inner float64
}

//go:embed edgemodel.bin
var edgeModelData []byte

// edges is the model Extract asks; nil when edgemodel.bin holds none (a
// model being trained anew).
var edges = readEdgeModel(edgeModelData)

func readEdgeModel(data []byte) *edgeModel {
	if len(data) != 4+1<<edgeBits {
		return nil
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data))
	m := &edgeModel{w: make([]float32, 1<<edgeBits), edge: edgeThreshold, rescue: rescueThreshold, inner: innerThreshold}
	for i, q := range data[4:] {
		m.w[i] = float32(int8(q)) * scale
	}
	return m
}

// feature is one hashed feature and its value.
type feature struct {
	i uint32
	v float32
}

// hashFeature hashes a feature's kind and its name (FNV-1a), without
// joining them.
func hashFeature(kind byte, name string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(kind)) * 16777619
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return h & (1<<edgeBits - 1)
}

// hashLower is hashFeature of name in lower case, for a name of ASCII
// letters (nameTokens'), without making the lowercased copy.
func hashLower(kind byte, name string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(kind)) * 16777619
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h & (1<<edgeBits - 1)
}

// bucket is the letter of the first bound n is under ("a" for the
// first), or the letter after the last bound: a slice of a constant, not
// a string made for each block.
func bucket(n float64, bounds ...float64) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	i := 0
	for i < len(bounds) && n >= bounds[i] {
		i++
	}
	return letters[i : i+1]
}

// blockFeatures appends block b's features to f.
func blockFeatures(b *block, f []feature) []feature {
	f = append(f, feature{hashFeature('b', ""), 1})
	if len(b.words) > 0 {
		v := float32(1 / math.Sqrt(float64(len(b.words))))
		for _, w := range b.words {
			f = append(f, feature{hashFeature('w', w), v})
		}
		f = append(f, feature{hashFeature('f', b.words[0]), 1})
		f = append(f, feature{hashFeature('e', b.words[len(b.words)-1]), 1})
		if len(b.words) > 1 {
			f = append(f, feature{hashFeature('g', b.words[0]+" "+b.words[1]), 1})
		}
	}
	n := b.nodes[0]
	if n.Type != html.ElementNode {
		n = n.Parent
	}
	for d := 0; n != nil && n.Type == html.ElementNode && d < 4; d, n = d+1, n.Parent {
		if d < 2 {
			f = append(f, feature{hashFeature(byte('t'+d), n.Data), 1})
		}
		for _, a := range n.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			nameTokens(a.Val, func(tok string) {
				f = append(f, feature{hashLower('c', tok), 1})
			})
		}
	}
	text := strings.TrimSpace(b.text)
	linkShare := float64(b.linkText) / float64(max(len(text), 1))
	emShare := float64(b.emText) / float64(max(len(text), 1))
	digits := 0
	for _, w := range b.words {
		if w[0] >= '0' && w[0] <= '9' {
			digits++
		}
	}
	shape := "n" + bucket(float64(len(b.words)), 2, 3, 5, 8, 13, 21, 34, 55) +
		"l" + bucket(linkShare, 0.01, 0.3, 0.7) +
		"m" + bucket(emShare, 0.01, 0.5, 0.9) +
		"d" + bucket(float64(digits)/float64(max(len(b.words), 1)), 0.01, 0.2, 0.5)
	f = append(f, feature{hashFeature('s', shape[:2]), 1}, feature{hashFeature('s', shape[2:4]), 1},
		feature{hashFeature('s', shape[4:6]), 1}, feature{hashFeature('s', shape[6:]), 1},
		feature{hashFeature('s', shape[:4]), 1})
	end := "x"
	if text != "" {
		switch text[len(text)-1] {
		case '.', '!', '?', ':', ';', ',':
			end = text[len(text)-1:]
		}
	}
	f = append(f, feature{hashFeature('p', end), 1})
	for _, fl := range [...]struct {
		on   bool
		name string
	}{{b.heading, "heading"}, {b.list, "list"}, {b.caption, "caption"}, {b.code, "code"},
		{b.marked && b.inserted, "inserted"}, {b.marked && b.boxed, "boxed"}, {b.marked && b.em, "em"},
		{b.marked && b.inMain, "main"}, {b.marked && !b.inMain, "beside"}} {
		if fl.on {
			f = append(f, feature{hashFeature('k', fl.name), 1})
		}
	}
	return f
}

// nameTokens hands yield the words of a class or id value, as written
// (hashLower lowercases them): "post-footer__share", "relatedPosts" and
// "sidebar_widget2" give "post", "footer", "share", "related", "Posts",
// "sidebar", "widget".
func nameTokens(v string, yield func(string)) {
	start := -1
	flush := func(end int) {
		if start >= 0 && end-start >= 2 && end-start <= 24 {
			yield(v[start:end])
		}
		start = -1
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z':
			if start < 0 {
				start = i
			}
		case 'A' <= c && c <= 'Z':
			if start >= 0 && i > 0 && 'a' <= v[i-1] && v[i-1] <= 'z' {
				flush(i)
			}
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(v))
}

// score is the model's probability that block b is furniture.
func (m *edgeModel) score(b *block, buf []feature) (float64, []feature) {
	buf = blockFeatures(b, buf[:0])
	var z float64
	for _, f := range buf {
		z += float64(m.w[f.i] * f.v)
	}
	return 1 / (1 + math.Exp(-z)), buf
}

// edgeThreshold is the model's, chosen by TestTrainEdgeModel's
// cross-validation on the tuning pages (docs/quality.md).
const edgeThreshold = 0.9

// rescueThreshold is the probability under which a block the block pass
// dropped comes back, chosen by the same cross-validation.
const rescueThreshold = 0.005

// innerThreshold is the probability at which a block between the body's
// edges goes, chosen by the same cross-validation: higher than the
// edges', since a block among the story's paragraphs is the story's far
// more often than one at its ends.
const innerThreshold = 0.98

// peelEdges removes, from each end of the body's kept blocks bs, the
// blocks the model is sure are furniture, up to the first it is not, and
// between the ends those it is surer still of (inner); the code, tables
// and standfirsts the rules marked stay, and so do the body's blocks when
// peeling would leave less than half its words.
func (m *edgeModel) peelEdges(bs []*block) {
	if m == nil || len(bs) < 3 {
		return
	}
	total := 0
	for _, b := range bs {
		total += len(b.words)
	}
	var buf []feature
	// furniture asks the model about block i, and reports whether it
	// gives at least the probability at.
	furniture := func(i int, at float64) bool {
		b := bs[i]
		if b.code || b.turn || b.table != nil || hasAttr(b.nodes[0], leadAttr) || len(b.words) <= 3 || len(b.words) > 2*maxShortWords {
			// Code, a data table, a dialogue's turn, a marked
			// standfirst; a name, a greeting or a farewell ("Roland",
			// "Cheers,", "Bonsoir à tous,"), which the rules keep where
			// it signs or opens a message and which costs a page's
			// figures a few words where it is furniture; or prose:
			// not asked.
			return false
		}
		var p float64
		p, buf = m.score(b, buf)
		return p >= at
	}
	drop := make([]bool, len(bs))
	dropped := 0
	// peel walks from one end inward (step) up to stop, and returns where
	// the story begins on that side.
	peel := func(from, step, stop int) int {
		edge := from
		for i := from; i != stop; i += step {
			if !furniture(i, m.edge) {
				break
			}
			drop[i] = true
			dropped += len(bs[i].words)
			edge = i + step
		}
		return edge
	}
	hi := peel(len(bs)-1, -1, -1)
	lo := peel(0, 1, hi+1)
	if m.inner > 0 {
		// Between the blocks that stopped the two peels: those read
		// under the edge's threshold, and so under the inner one, which
		// is higher.
		for i := lo + 1; i < hi; i++ {
			if furniture(i, m.inner) {
				drop[i] = true
				dropped += len(bs[i].words)
			}
		}
	}
	if 2*dropped > total {
		return
	}
	for i, b := range bs {
		if !drop[i] {
			continue
		}
		for _, n := range b.nodes {
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
		}
	}
}

// rescuer is what dropFurniture asks of a block it dropped: whether the
// model is sure it is the story's. Nil when nothing comes back.
func (m *edgeModel) rescuer() func(*block) bool {
	if m == nil || m.rescue == 0 {
		return nil
	}
	var buf []feature
	return func(b *block) bool {
		if b.heading || len(b.words) <= 3 {
			return false
		}
		var p float64
		p, buf = m.score(b, buf)
		return p < m.rescue
	}
}
