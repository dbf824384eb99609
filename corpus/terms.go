package corpus

// Terms are the index terms an analyzer made of a text, kept by the step
// that analyzed the text first (the summary analyzes every body) so that
// storing the document need not cut and filter the same words again. They
// are plain values, not the search engine's own token type, because corpus
// imports no engine: the store turns them into its tokens
// (analysis/terms.Prepared) and ignores terms made by another analyzer or
// of another text than the one it is about to index.
type Terms struct {
	Analyzer string // the registered name of the analyzer that made them
	Text     string // the text they were made of
	List     []Term
}

// Term is one index term of a text: the term itself, its byte offsets in
// the text, and its position as the index counts them (from 1, dropped
// stop words leaving gaps).
type Term struct {
	Term       string
	Start, End int
	Position   int
}
