package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/recherche/recherche/corpus/charset"
	"github.com/recherche/recherche/corpus/webpage"

	"github.com/recherche/recherche/internal/golden"
)

// The pages under testdata/pages are written by us: articles on
// virtualization and cloud, each wrapped in the furniture of a made-up
// site (navigation, header, footer, scripts, styles, cookie banners, share
// and subscribe blocks, related-article lists, comments). NAME.article is
// the article as its author wrote it: title, date, URL, blank line, body.
// It is the reference extraction is measured against, and never rewritten
// by -update. NAME.golden is what extraction gives today, rewritten by
// -update and reviewed like code.
//
// Pages named heldout-* were written before their extraction was ever
// looked at, and held out of the tuning for a round or more to tell
// whether the rules generalize; since round 7 of issue 16 every page here
// is tuned on, and pages held out are kept elsewhere until they are
// measured. Pages named unseen-* (other subjects, 5 French and 5 English)
// were written by someone who never read the extractor, measured unseen
// after round 7 and tuned on since round 8; pages named unseen2-* (6
// French, 6 English), likewise, measured after round 8 and tuned on since
// round 9; pages named unseen3-* (6 French, 6 English), measured after
// round 9 and tuned on since round 10; pages named unseen4-* (6 French, 6
// English), measured after round 10 and tuned on since round 11; pages
// named unseen5-* (6 French, 6 English), measured after round 11 and tuned
// on since round 12; pages named unseen6-* (6 French, 6 English), measured
// after round 12 and tuned on since round 13; pages named unseen7-* (6
// French, 6 English), measured after round 13 and tuned on since round 14;
// pages named unseen8-* (6 French, 6 English), measured after round 14 and
// tuned on since round 15; pages named unseen9-* (6 French, 6 English),
// measured after round 15 and tuned on since round 16; pages named
// unseen10-* (6 French, 6 English), measured after round 16 and tuned on
// since round 17; pages named unseen11-* (6 French, 6 English), measured
// after round 17 and tuned on since round 18; pages named unseen12-* (6
// French, 6 English), measured after round 18 and tuned on since round 19;
// pages named unseen13-* (6 French, 6 English), measured after round 19
// and tuned on since round 20; pages named unseen14-* (6 French, 6
// English), measured after round 20 and tuned on since round 21; pages
// named unseen15-* (6 French, 6 English), measured after round 21 and
// tuned on since round 22; pages named unseen16-* (6 French, 6 English),
// measured after round 22 and tuned on since round 23; pages named
// unseen17-* (6 French, 6 English), measured after round 23 and tuned on
// since round 24; pages named unseen18-* (6 French, 6 English), measured
// after round 24 and tuned on since round 25; pages named unseen19-* (6
// French, 6 English), measured after round 25 and tuned on since round 26;
// pages named unseen20-* (6 French, 6 English), measured after round 26
// and tuned on since round 27; pages named unseen21-* (6 French, 6
// English), measured after round 27 and tuned on since round 28; pages
// named unseen22-* (6 French, 6 English), measured after round 28 and
// tuned on since round 29; pages named unseen23-* (6 French, 6 English),
// measured after round 29 and tuned on since round 30; pages named
// unseen24-* (6 French, 6 English), measured after round 30 and tuned on
// since round 31; pages named unseen25-* (6 French, 6 English), measured
// after round 31 and tuned on since round 32; pages named unseen26-* (6
// French, 6 English), measured after round 32 and tuned on since round 33;
// pages named unseen27-* (6 French, 6 English), measured after round 33
// and tuned on since round 34; pages named unseen28-* (6 French, 6
// English), measured after round 34 and tuned on since round 35; pages
// named unseen29-* (6 French, 6 English), measured after round 35 and
// tuned on since round 36; pages named unseen30-* (6 French, 6 English),
// measured after round 36 and tuned on since round 37; pages named
// unseen31-* (6 French, 6 English), measured after round 37 and tuned on
// since round 38; pages named unseen32-* (6 French, 6 English), measured
// after round 38 and tuned on since round 39; pages named unseen33-* (6
// French, 6 English), measured after round 39 and tuned on since round 40;
// pages named unseen34-* (6 French, 6 English), measured after round 40
// and tuned on since round 41; pages named unseen35-* (6 French, 6
// English), measured after round 41 and tuned on since round 42; pages
// named unseen36-* (6 French, 6 English), measured after round 42 and
// tuned on since round 43; pages named unseen37-* (6 French, 6 English),
// measured after round 43 and tuned on since round 44; pages named
// unseen38-* and unseen39-* (6 French, 6 English each), measured after
// rounds 43 and 44 and tuned on since round 45; pages named unseen40-* (6
// French, 6 English), measured after round 45 and tuned on since round 46;
// pages named unseen41-* and unseen42-* (6 French, 6 English each),
// measured after round 46 and tuned on since round 47; pages named
// unseen43-* and unseen44-* (6 French, 6 English each), measured after
// round 47 and tuned on since round 48; pages named unseen45-* and
// unseen46-* (6 French, 6 English each), measured after round 48 and
// tuned on since round 49; pages named unseen47-* and unseen48-* (6
// French, 6 English each), measured after round 49 and tuned on since
// round 50; pages named unseen49-* and unseen50-* (6 French, 6 English
// each), measured after round 50 and tuned on since round 51; pages
// named unseen51-* and unseen52-* (6 French, 6 English each), measured
// after round 51 and tuned on since round 52; pages named unseen53-* and
// unseen54-* (6 French, 6 English each), measured after round 52 and
// tuned on since round 53; pages named unseen55-* and unseen56-* (6
// French, 6 English each), measured after round 53 and tuned on since
// round 54; pages named unseen57-* and unseen58-* (6 French, 6 English
// each), measured after round 54 and tuned on since round 55; pages
// named unseen59-* and unseen60-* (6 French, 6 English each), measured
// after round 55 and tuned on since round 56; pages named unseen61-* and
// unseen62-* (6 French, 6 English each), measured after round 56 and
// tuned on since round 57; pages named unseen63-* and unseen64-* (6
// French, 6 English each), measured after round 57 and tuned on since
// round 58; pages named unseen65-* and unseen66-* (6 French, 6 English
// each), measured after round 58 and tuned on since round 59; pages
// named unseen67-* and unseen68-* (6 French, 6 English each), measured
// after round 59 and tuned on since round 60; pages named unseen69-* and
// unseen70-* (6 French, 6 English each), measured after round 60 and
// tuned on since round 61; pages named unseen71-* and unseen72-* (6
// French, 6 English each), measured after round 61 and tuned on since
// round 62 (testdata/pages/README.md).
// docs/quality.md says which rounds were held out and how they fared.
var pagesDir = "testdata/pages"

// unseenDirs hold pages written by someone who never read the extractor,
// measured after each round and never tuned on (each set's README says how they
// were made): NAME.html, NAME.article, and NAME.golden with only the
// header its author knows. TestHTMLQualityUnseen and
// TestHTMLMetadataUnseen report them, and skip while the directories hold
// no page. The first unseen set (testdata/pages-unseen) was tuned on in
// round 8 of issue 16 and moved to pagesDir, its pages named unseen-*; the
// second (testdata/pages-unseen2) in round 9, its pages named unseen2-*;
// the third (testdata/pages-unseen3) in round 10, its pages named
// unseen3-*; the fourth (testdata/pages-unseen4) in round 11, its pages
// named unseen4-*; the fifth (testdata/pages-unseen5) in round 12, its
// pages named unseen5-*; the sixth (testdata/pages-unseen6) in round 13,
// its pages named unseen6-*; the seventh (testdata/pages-unseen7) in round
// 14, its pages named unseen7-*; the eighth (testdata/pages-unseen8) in
// round 15, its pages named unseen8-*; the ninth (testdata/pages-unseen9)
// in round 16, its pages named unseen9-*; the tenth
// (testdata/pages-unseen10) in round 17, its pages named unseen10-*; the
// eleventh (testdata/pages-unseen11) in round 18, its pages named
// unseen11-*; the twelfth (testdata/pages-unseen12) in round 19, its pages
// named unseen12-*; the thirteenth (testdata/pages-unseen13) in round 20,
// its pages named unseen13-*; the fourteenth (testdata/pages-unseen14) in
// round 21, its pages named unseen14-*; the fifteenth
// (testdata/pages-unseen15) in round 22, its pages named unseen15-*; the
// sixteenth (testdata/pages-unseen16) in round 23, its pages named
// unseen16-*; the seventeenth (testdata/pages-unseen17) in round 24, its
// pages named unseen17-*; the eighteenth (testdata/pages-unseen18) in
// round 25, its pages named unseen18-*; the nineteenth
// (testdata/pages-unseen19) in round 26, its pages named unseen19-*; the
// twentieth (testdata/pages-unseen20) in round 27, its pages named
// unseen20-*; the twenty-first (testdata/pages-unseen21) in round 28, its
// pages named unseen21-*; the twenty-second (testdata/pages-unseen22) in
// round 29, its pages named unseen22-*; the twenty-third
// (testdata/pages-unseen23) in round 30, its pages named unseen23-*; the
// twenty-fourth (testdata/pages-unseen24) in round 31, its pages named
// unseen24-*; the twenty-fifth (testdata/pages-unseen25) in round 32, its
// pages named unseen25-*; the twenty-sixth (testdata/pages-unseen26) in
// round 33, its pages named unseen26-*; the twenty-seventh
// (testdata/pages-unseen27) in round 34, its pages named unseen27-*; the
// twenty-eighth (testdata/pages-unseen28) in round 35, its pages named
// unseen28-*; the twenty-ninth (testdata/pages-unseen29) in round 36, its
// pages named unseen29-*; the thirtieth (testdata/pages-unseen30) in round
// 37, its pages named unseen30-*; the thirty-first
// (testdata/pages-unseen31) in round 38, its pages named unseen31-*; the
// thirty-second (testdata/pages-unseen32) in round 39, its pages named
// unseen32-*; the thirty-third (testdata/pages-unseen33) in round 40, its
// pages named unseen33-*; the thirty-fourth (testdata/pages-unseen34) in
// round 41, its pages named unseen34-*; the thirty-fifth
// (testdata/pages-unseen35) in round 42, its pages named unseen35-*; the
// thirty-sixth (testdata/pages-unseen36) in round 43, its pages named
// unseen36-*. The thirty-seventh and thirty-eighth sets, written at the
// same time by two writers apart, went to testdata/pages-unseen37 and
// testdata/pages-unseen38; both were first measured with round 43's code,
// and the thirty-seventh was tuned on in round 44, its pages named
// unseen37-*; the thirty-eighth and the thirty-ninth
// (testdata/pages-unseen39, first measured with round 44's code) were
// tuned on in round 45, their pages named unseen38-* and unseen39-*; the
// fortieth (testdata/pages-unseen40, first measured with round 45's code)
// was tuned on in round 46, its pages named unseen40-*; the forty-first
// and forty-second, written at the same time by two writers apart
// (testdata/pages-unseen41 and testdata/pages-unseen42, first measured
// with round 46's code), were tuned on in round 47, their pages named
// unseen41-* and unseen42-*; the forty-third and forty-fourth, written
// at the same time by two writers apart (testdata/pages-unseen43 and
// testdata/pages-unseen44, first measured with round 47's code), were
// tuned on in round 48, their pages named unseen43-* and unseen44-*; the
// forty-fifth and forty-sixth, written at the same time by two writers
// apart (testdata/pages-unseen45 and testdata/pages-unseen46, first
// measured with round 48's code), were tuned on in round 49, their pages
// named unseen45-* and unseen46-*; the forty-seventh and forty-eighth,
// written at the same time by two writers apart (testdata/pages-unseen47
// and testdata/pages-unseen48, first measured with round 49's code),
// were tuned on in round 50, their pages named unseen47-* and
// unseen48-*; the forty-ninth and fiftieth, written at the same time by
// two writers apart (testdata/pages-unseen49 and testdata/pages-unseen50,
// first measured with round 50's code), were tuned on in round 51, their
// pages named unseen49-* and unseen50-*; the fifty-first and
// fifty-second, written at the same time by two writers apart
// (testdata/pages-unseen51 and testdata/pages-unseen52, first measured
// with round 51's code), were tuned on in round 52, their pages named
// unseen51-* and unseen52-*; the fifty-third and fifty-fourth, written
// at the same time by two writers apart (testdata/pages-unseen53 and
// testdata/pages-unseen54, first measured with round 52's code), were
// tuned on in round 53, their pages named unseen53-* and unseen54-*; the
// fifty-fifth and fifty-sixth, written at the same time by two writers
// apart (testdata/pages-unseen55 and testdata/pages-unseen56, first
// measured with round 53's code), were tuned on in round 54, their pages
// named unseen55-* and unseen56-*; the fifty-seventh and fifty-eighth,
// written at the same time by two writers apart (testdata/pages-unseen57
// and testdata/pages-unseen58, first measured with round 54's code),
// were tuned on in round 55, their pages named unseen57-* and
// unseen58-*; the fifty-ninth and sixtieth, written at the same time by
// two writers apart (testdata/pages-unseen59 and testdata/pages-unseen60,
// first measured with round 55's code), were tuned on in round 56, their
// pages named unseen59-* and unseen60-*; the sixty-first and
// sixty-second, written at the same time by two writers apart
// (testdata/pages-unseen61 and testdata/pages-unseen62, first measured
// with round 56's code), were tuned on in round 57, their pages named
// unseen61-* and unseen62-*; the sixty-third and sixty-fourth, written
// at the same time by two writers apart (testdata/pages-unseen63 and
// testdata/pages-unseen64, first measured with round 57's code), were
// tuned on in round 58, their pages named unseen63-* and unseen64-*; the
// sixty-fifth and sixty-sixth, written at the same time by two writers
// apart (testdata/pages-unseen65 and testdata/pages-unseen66, first
// measured with round 58's code), were tuned on in round 59, their pages
// named unseen65-* and unseen66-*; the sixty-seventh and sixty-eighth,
// written at the same time by two writers apart (testdata/pages-unseen67
// and testdata/pages-unseen68, first measured with round 59's code),
// were tuned on in round 60, their pages named unseen67-* and
// unseen68-*; the sixty-ninth and seventieth, written at the same time
// by two writers apart (testdata/pages-unseen69 and
// testdata/pages-unseen70, first measured with round 60's code), were
// tuned on in round 61, their pages named unseen69-* and unseen70-*;
// the seventy-first and seventy-second, written at the same time by two
// writers apart (testdata/pages-unseen71 and testdata/pages-unseen72,
// first measured with round 61's code), were tuned on in round 62, their
// pages named unseen71-* and unseen72-*. The seventy-third and
// seventy-fourth sets, written at the same time by two writers apart, go
// to testdata/pages-unseen73 and testdata/pages-unseen74. Those two
// sets (first measured with round 62's code) were tuned on in round 63,
// their pages named unseen73-* and unseen74-*. The seventy-fifth and
// seventy-sixth sets, written at the same time by two writers apart
// (testdata/pages-unseen75 and testdata/pages-unseen76, first measured
// with round 63's code), were tuned on in round 64, their pages named
// unseen75-* and unseen76-*. The seventy-seventh and seventy-eighth sets
// (testdata/pages-unseen77 and testdata/pages-unseen78, first measured
// with round 64's code) were tuned on in round 65, their pages named
// unseen77-* and unseen78-*; the seventy-ninth and eightieth
// (testdata/pages-unseen79 and testdata/pages-unseen80, first measured
// with round 65's code) in round 66, their pages named unseen79-* and
// unseen80-*; the eighty-first and eighty-second
// (testdata/pages-unseen81 and testdata/pages-unseen82, first measured
// with round 66's code) in round 67, their pages named unseen81-* and
// unseen82-*; the eighty-third and eighty-fourth (testdata/pages-unseen83
// and testdata/pages-unseen84, first measured with round 67's code) in
// round 68, their pages named unseen83-* and unseen84-*; the
// eighty-fifth and eighty-sixth (testdata/pages-unseen85 and
// testdata/pages-unseen86, first measured with round 68's code) in round
// 69, their pages named unseen85-* and unseen86-*; the eighty-seventh and
// eighty-eighth (testdata/pages-unseen87 and testdata/pages-unseen88,
// first measured with round 69's code) in round 70, their pages named
// unseen87-* and unseen88-*; the eighty-ninth and ninetieth
// (testdata/pages-unseen89 and testdata/pages-unseen90, first measured
// with round 70's code) in round 71, their pages named unseen89-* and
// unseen90-*; the ninety-first and ninety-second (testdata/pages-unseen91
// and testdata/pages-unseen92, first measured with round 71's code) in
// round 72, their pages named unseen91-* and unseen92-*; the ninety-third
// and ninety-fourth (testdata/pages-unseen93 and testdata/pages-unseen94,
// first measured with round 72's code) in round 73, their pages named
// unseen93-* and unseen94-*; the ninety-fifth and ninety-sixth
// (testdata/pages-unseen95 and testdata/pages-unseen96, first measured
// with round 73's code) in round 74, their pages named unseen95-* and
// unseen96-*; the ninety-seventh and ninety-eighth
// (testdata/pages-unseen97 and testdata/pages-unseen98, first measured
// with round 74's code) in round 75, their pages named unseen97-* and
// unseen98-*; the ninety-ninth and hundredth (testdata/pages-unseen99
// and testdata/pages-unseen100, first measured with round 75's code) in
// round 76, their pages named unseen99-* and unseen100-*; the
// hundred-and-first and hundred-and-second (testdata/pages-unseen101 and
// testdata/pages-unseen102, first measured with round 76's code) in
// round 77, their pages named unseen101-* and unseen102-*; the
// hundred-and-third and hundred-and-fourth (testdata/pages-unseen103 and
// testdata/pages-unseen104, first measured with round 77's code) in
// round 78, their pages named unseen103-* and unseen104-*; the
// hundred-and-fifth and hundred-and-sixth (testdata/pages-unseen105 and
// testdata/pages-unseen106, first measured with round 78's code) in
// round 79, their pages named unseen105-* and unseen106-*; the
// hundred-and-seventh and hundred-and-eighth (testdata/pages-unseen107 and
// testdata/pages-unseen108, first measured with round 79's code) in
// round 80, their pages named unseen107-* and unseen108-*; the
// hundred-and-ninth to hundred-and-twelfth (testdata/pages-unseen109 to
// testdata/pages-unseen112, first measured with round 80's code) in round
// 81, their pages named unseen109-* to unseen112-*; the
// hundred-and-thirteenth to hundred-and-twentieth (testdata/pages-unseen113
// to testdata/pages-unseen120, first measured with round 81's code) in
// round 82, their pages named unseen113-* to unseen120-*; the
// hundred-and-twenty-first to hundred-and-twenty-fourth
// (testdata/pages-unseen121 to testdata/pages-unseen124, first measured
// with round 82's code) in round 83, their pages named unseen121-* to
// unseen124-*; the hundred-and-twenty-fifth to hundred-and-twenty-eighth
// (testdata/pages-unseen125 to testdata/pages-unseen128, first measured
// with round 83's code) in round 84, their pages named unseen125-* to
// unseen128-*; the hundred-and-twenty-ninth to hundred-and-thirty-sixth
// (testdata/pages-unseen129 to testdata/pages-unseen136, first measured
// with round 84's code) in round 85, their pages named unseen129-* to
// unseen136-*; the hundred-and-thirty-seventh to hundred-and-forty-fourth
// (testdata/pages-unseen137 to testdata/pages-unseen144, first measured
// with round 85's code) in round 86, their pages named unseen137-* to
// unseen144-*; the hundred-and-forty-fifth to hundred-and-fifty-second
// (testdata/pages-unseen145 to testdata/pages-unseen152, first measured
// with round 86's code) in round 87, their pages named unseen145-* to
// unseen152-*; the hundred-and-fifty-third to hundred-and-sixtieth
// (testdata/pages-unseen153 to testdata/pages-unseen160, first measured
// with round 86's code) in round 88, their pages named unseen153-* to
// unseen160-*; the hundred-and-sixty-first to hundred-and-sixty-eighth
// (testdata/pages-unseen161 to testdata/pages-unseen168, first measured
// with round 87's and round 88's code) in round 89, their pages named
// unseen161-* to unseen168-*; the hundred-and-sixty-ninth to
// hundred-and-seventy-sixth (testdata/pages-unseen169 to
// testdata/pages-unseen176, first measured with round 88's and round
// 89's code) in round 90, their pages named unseen169-* to unseen176-*;
// the hundred-and-seventy-seventh to hundred-and-eightieth
// (testdata/pages-unseen177 to testdata/pages-unseen180, first measured
// with round 90's code) in round 91, their pages named unseen177-* to
// unseen180-*; the hundred-and-eighty-first to hundred-and-eighty-seventh
// (testdata/pages-unseen181 to testdata/pages-unseen187, first measured
// with round 91's code) in round 92, their pages named unseen181-* to
// unseen187-*; the hundred-and-eighty-eighth to hundred-and-ninety-fifth
// (testdata/pages-unseen188 to testdata/pages-unseen195, first measured
// with round 91's and round 92's code) in round 93, their pages named
// unseen188-* to unseen195-*; the hundred-and-ninety-sixth to
// two-hundred-and-second (testdata/pages-unseen196 to
// testdata/pages-unseen202, first measured with round 93's code) in round
// 94, their pages named unseen196-* to unseen202-*; the
// two-hundred-and-third to two-hundred-and-ninth (testdata/pages-unseen203
// to testdata/pages-unseen209, first measured with round 93's code) in
// round 95, their pages named unseen203-* to unseen209-*; the
// two-hundred-and-tenth to two-hundred-and-sixteenth
// (testdata/pages-unseen210 to testdata/pages-unseen216, first measured
// with round 94's code) in round 96, their pages named unseen210-* to
// unseen216-*; the two-hundred-and-seventeenth to
// two-hundred-and-twenty-third (testdata/pages-unseen217 to
// testdata/pages-unseen223, first measured with round 95's code) in round
// 97, their pages named unseen217-* to unseen223-*; the
// two-hundred-and-twenty-fourth to two-hundred-and-thirtieth
// (testdata/pages-unseen224 to testdata/pages-unseen230, first measured
// with round 96's code) in round 98, their pages named unseen224-* to
// unseen230-*; the two-hundred-and-thirty-first to
// two-hundred-and-thirty-seventh (testdata/pages-unseen231 to
// testdata/pages-unseen237, first measured with round 97's code) in round
// 99, their pages named unseen231-* to unseen237-*; the
// two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth
// (testdata/pages-unseen238 to testdata/pages-unseen244, first measured
// with round 98's code) in round 100, their pages named unseen238-* to
// unseen244-*; the two-hundred-and-forty-fifth to two-hundred-and-fifty-first
// (testdata/pages-unseen245 to testdata/pages-unseen251, first measured
// with round 98's code) in round 101, their pages named unseen245-* to
// unseen251-*; the two-hundred-and-fifty-second to two-hundred-and-fifty-eighth
// (testdata/pages-unseen252 to testdata/pages-unseen258, first measured
// with round 99's code) in round 102, their pages named unseen252-* to
// unseen258-*; the two-hundred-and-fifty-ninth to
// two-hundred-and-sixty-fifth (testdata/pages-unseen259 to
// testdata/pages-unseen265, first measured with round 100's code) in round
// 103, their pages named unseen259-* to unseen265-*; the
// two-hundred-and-sixty-sixth to two-hundred-and-seventy-second
// (testdata/pages-unseen266 to testdata/pages-unseen272, first measured
// with round 100's code) in round 104, their pages named unseen266-* to
// unseen272-*; the two-hundred-and-seventy-third to
// two-hundred-and-seventy-ninth (testdata/pages-unseen273 to
// testdata/pages-unseen279, first measured with round 101's code) in round
// 105, their pages named unseen273-* to unseen279-*; the
// two-hundred-and-eightieth to two-hundred-and-eighty-sixth
// (testdata/pages-unseen280 to testdata/pages-unseen286, first measured
// with round 101's code) in round 106, their pages named unseen280-* to
// unseen286-*. The sets up to the two-hundred-and-eighty-sixth are tuning
// pages now. The two-hundred-and-eighty-seventh to three-hundred-and-seventh
// (testdata/pages-unseen287 to testdata/pages-unseen307), written as round
// 103 began (the two-hundred-and-eighty-seventh to ninety-third) and while
// round 105 ran (the two-hundred-and-ninety-fourth to
// three-hundred-and-seventh), and the three-hundred-and-eighth to
// three-hundred-and-fourteenth (testdata/pages-unseen308 to
// testdata/pages-unseen314, written as the edge model was trained), and
// the three-hundred-and-fifteenth to three-hundred-and-twenty-first
// (testdata/pages-unseen315 to testdata/pages-unseen321, written once it
// was merged), and the three-hundred-and-twenty-second to
// three-hundred-and-twenty-eighth (testdata/pages-unseen322 to
// testdata/pages-unseen328, written while its second version was made and
// first measured with it), and the three-hundred-and-twenty-ninth to
// three-hundred-and-thirty-fifth (testdata/pages-unseen329 to
// testdata/pages-unseen335, written after it), and the
// three-hundred-and-thirty-sixth to three-hundred-and-forty-second
// (testdata/pages-unseen336 to testdata/pages-unseen342, written after
// its second version was merged), are unseen.
var unseenDirs = []string{"testdata/pages-unseen287", "testdata/pages-unseen288", "testdata/pages-unseen289", "testdata/pages-unseen290", "testdata/pages-unseen291", "testdata/pages-unseen292", "testdata/pages-unseen293", "testdata/pages-unseen294", "testdata/pages-unseen295", "testdata/pages-unseen296", "testdata/pages-unseen297", "testdata/pages-unseen298", "testdata/pages-unseen299", "testdata/pages-unseen300", "testdata/pages-unseen301", "testdata/pages-unseen302", "testdata/pages-unseen303", "testdata/pages-unseen304", "testdata/pages-unseen305", "testdata/pages-unseen306", "testdata/pages-unseen307", "testdata/pages-unseen308", "testdata/pages-unseen309", "testdata/pages-unseen310", "testdata/pages-unseen311", "testdata/pages-unseen312", "testdata/pages-unseen313", "testdata/pages-unseen314", "testdata/pages-unseen315", "testdata/pages-unseen316", "testdata/pages-unseen317", "testdata/pages-unseen318", "testdata/pages-unseen319", "testdata/pages-unseen320", "testdata/pages-unseen321", "testdata/pages-unseen322", "testdata/pages-unseen323", "testdata/pages-unseen324", "testdata/pages-unseen325", "testdata/pages-unseen326", "testdata/pages-unseen327", "testdata/pages-unseen328", "testdata/pages-unseen329", "testdata/pages-unseen330", "testdata/pages-unseen331", "testdata/pages-unseen332", "testdata/pages-unseen333", "testdata/pages-unseen334", "testdata/pages-unseen335", "testdata/pages-unseen336", "testdata/pages-unseen337", "testdata/pages-unseen338", "testdata/pages-unseen339", "testdata/pages-unseen340", "testdata/pages-unseen341", "testdata/pages-unseen342"}

// unseenNames lists the pages of unseenDirs, each with its directory, and
// skips the test when there are none.
func unseenNames(t *testing.T) (names []string, dirs map[string]string) {
	t.Helper()
	dirs = map[string]string{}
	for _, dir := range unseenDirs {
		// A directory that is absent globs to nothing, as an empty one does.
		files, err := filepath.Glob(filepath.Join(dir, "*.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".html")
			names = append(names, name)
			dirs[name] = dir
		}
	}
	if len(names) == 0 {
		t.Skipf("no unseen pages in %s", strings.Join(unseenDirs, ", "))
	}
	return names, dirs
}

func pageNames(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", pagesDir, err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".html"))
	}
	return names
}

// loadPage reads a page the way the loader does, with its encoding.
func loadPage(t testing.TB, name string) Document {
	t.Helper()
	var items []Item
	if err := Walk(t.Context(), []string{filepath.Join(pagesDir, name+".html")}, collect(&items)); err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("%s: items %+v", name, items)
	}
	return items[0].Doc
}

func goldenText(d Document) string {
	date := ""
	if d.PublishedAt != nil {
		date = d.PublishedAt.Format(time.RFC3339)
	}
	return fmt.Sprintf("title: %s\npublished_at: %s\nurl: %s\n\n%s\n", d.Title, date, d.URL, d.Body)
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range pageNames(t) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(pagesDir, name+".golden")
			// A golden that holds only the header its page's author
			// knew (an unseen set moved here while its round tunes on
			// it) is recorded with -update once the page extracts right,
			// or at all (a page the loader refuses waits as well).
			if data, err := os.ReadFile(path); err == nil && !*update && strings.HasSuffix(string(data), "\n\n") && strings.Count(string(data), "\n") == 4 {
				t.Skipf("%s holds only its author's header", path)
			}
			got := goldenText(loadPage(t, name))
			golden.Check(t, path, got, *update)
		})
	}
}

// reference reads NAME.article: title, date, URL and body, or, for a copy
// of a page in another encoding (NAME-latin1), the original's.
func reference(t testing.TB, name string) (title, date, url, body string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(pagesDir, name+".article"))
	if os.IsNotExist(err) {
		if i := strings.LastIndex(name, "-"); i > 0 {
			return reference(t, name[:i])
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "\n\n")
	lines := strings.Split(head, "\n")
	return lines[0], lines[1], lines[2], body
}

func TestHTMLMetadata(t *testing.T) {
	var checked []string
	for _, name := range pageNames(t) {
		if why, ok := metadataMisses[name]; ok {
			t.Logf("%s: a known miss (%s); not checked", name, why)
			continue
		}
		checked = append(checked, name)
	}
	checkMetadata(t, checked...)
}

// metadataMisses are the tuning pages whose metadata the reducer does not
// yet get right (docs/quality.md): an explicit exception, each with its
// reason, while the round that tunes on them is under way; none since
// round 19 but for round 22's, oldmowerforum's visible date, read since
// that round, and round 23's, retrocycles' date, and the seventeenth
// set's wiki title, read since round 24, and the eighteenth set's shop
// title and wiki dates, read since round 25, and the nineteenth set's
// wiki title and date, shop address and date, read since round 26, and
// the twentieth set's addresses, dates and forge title, read since round
// 27, and the twenty-first set's forge and petition titles and visible
// date, read since round 28, and the twenty-second set's title and
// address in plain text, left by round 29 and read since round 30, and
// the twenty-third set's two visible dates, read since round 30, and the
// twenty-fourth set's eight (site's and project's names for titles,
// dates in a comment, a Doxygen section, a meta generator's tag, a
// byline, a preheader), read since round 31, and the twenty-fifth set's
// seven (wiki, exhibition and handbook titles, dates in a tiddler store,
// a Mambo cell, an issue line, a feminine "mise en ligne"), read since
// round 32, and the twenty-sixth set's four (a Pelican date with a space
// for its "T", Drupal 7's RDFa date, an IPB post's details line, a
// FluxBB title's forum), read since round 33, and the twenty-seventh
// set's nine (a list's tag, a list's feed name, a subreddit, a Sphinx
// heading's mark, an Akkoma summary, a Writer document's heading for
// titles; a mail's Date line, Pipermail's date, a letter's issue line, an
// ordinal day, HedgeDoc's creation time for dates), read since round 34,
// and the twenty-eighth set's seven (a JSON-LD headline's entities, an
// <h1> with a word before the title, a file's name, a Logseq page's
// case for titles; Facebook's data-utime, a note's date property, a
// version's date, a sidebar's dates left aside for dates), read since
// round 35, and the twenty-ninth set's six (a typed newsletter's
// headline, a reader's window title for titles; a newsletter's masthead,
// a byline's date, a JobPosting's datePosted, a tooltip's date, an
// address's day for dates), read since round 36, and the thirtieth
// set's seven (a saved message's subject, a headline in text objects, a
// wiki subpage's path for titles; an iWeb entry's address, a note's
// created meta, Kunena's kdate, Drupal's default byline for dates), read
// since round 37, and the thirty-first set's three (a <title> that is
// the <h1> whole, the <h1>'s case, a section's label before the
// headline for titles; a byline's day after the author for dates), read
// since round 38, and the thirty-second set's eight (a wiki page's name
// over its <h1>, a wiki's path, a "Post by …" title, a short name over a
// longer <h1>, a line in a headline's type, a word processor's Title
// paragraph for titles; Go's default time format, milliseconds since
// 1970, a wiki's signature, "Article du …", a byline's day after a
// middle dot for dates), read since rounds 39 and 40, and the thirty-third set's nine (the site's name after a
// guillemet, a heading whose words are the page's address, a name after
// a colon that a heading shows for titles; a letter's sending, schema.org
// in RDFa, a video's uploadDate, a byline opening its line, a date linked
// to the page's address, a two-digit year for dates; three of its
// references mended to the instant their page writes), read since round
// 40, and the thirty-fourth set's six (a channel's name over a post's
// bold first line, an anchor mark after a heading's text in its span, a
// portfolio's entry under the page's <h1> for titles; an update's day, a
// post's time in its link, a message's sending in a comment, a details
// line indented by its template for dates), read since round 41, and the
// thirty-fifth set's five (a thread's subject after its type in brackets
// in the <h1>, a heading linked to the page's own address for titles; a
// statement of the hour alone before the comments' days, an ISO 8601 day
// unpadded, a day alone with its hour, an issue's line over a headline in
// large type for dates), read since round 42, and the thirty-sixth
// set's five (a forum's subject in a header row that goes, a letter's
// <title> that is its issue for titles; a bulletin's day with its zone's
// name, a forum's day between hyphens, a details line's day before a
// bar, an app's createdAt for dates), read since round 43, and the
// thirty-seventh set's two (a letter's <title> that names its issue by
// its month for titles; a letter's line that opens by naming it for
// dates), read since round 44; and the thirty-ninth set's four, all
// dates, read since round 45 (a forum's day with its month in letters
// and a two-digit year, hyphenDay; an hour before the author, in
// publishedLead; a field labelled as the first publication, fieldLabel;
// a QAPage's question, in answerDate); and the fortieth set's two, both
// dates, read since round 46 (a forum's year in parentheses after the
// hour, publishedYearAfter; a release's label beside its version,
// releaseLabel); and the forty-second set's two (the forty-first set had
// none), read since round 47 (a post head's day indented by its
// template, timedDay; a weekday before a month written first, statedDay,
// and an osTicket question's box under a <title> that is the logo's
// name, boxHeadline); and the forty-third and forty-fourth sets' two,
// both dates, read since round 48 (a publication statement whose
// capital goes without its accent, "Ecrit par", in publishedLead; a
// script in an element named for a date that gives JavaScript's Date
// its milliseconds, scriptDate); and the forty-fifth and forty-sixth
// sets' three, read since round 49 (a letter's "Sent 19 June 2025", in
// publishedLead; a title Readability cut inside a "::" separator, in
// title) but mendwellworkshop's, a slip of its reference (an hour the
// page never shows), mended; and the forty-seventh and forty-eighth
// sets' two, read since round 50 (a post head's day before a
// guillemet, in timedDay; a <title> with a colon that a line in bold
// shows whole, boldTitle; a letter's <title> that is its issue over a
// headline in a cell of large bold type, cellHeadline; a letter's issue
// named over its day, a line break between, issueAbove); and the
// forty-ninth set's one (the fiftieth set had none), read since round 51
// (a site's name in large type beside its logo, the <title>'s last part,
// passed over for the headline's line, bannerName); and the fifty-first
// set's one and the fifty-second set's two, read since round 52 (an
// issue's number and "du" before its day in a letter's top line,
// issueOf; an ISO 8601 offset without its colon, basicOffset; a <title>
// that is only the site's name, its logo's alt, over the page's one
// <h1>); and the fifty-third set's three (the fifty-fourth set had
// none), read since round 53 (a day after "in", statedDay; a numeric
// day after "Le" in an element named for a date, namedDateOf; a
// <title> that opens with the page's one <h1>, a tool's name, over the
// first heading under it); and the fifty-fifth set's one, read since
// round 54 (a link named "time" whose title holds the day, timeClass),
// and the fifty-sixth set's one, at its first measurement (round 53's
// code) until round 57's rule read it (a letter's <title> of its name
// and its month, the month cut as a suffix, monthLetter on the whole
// <title>); and the fifty-seventh set's five (the fifty-eighth set had
// none), read since round 55 (a Unix time in a data attribute of a
// distance in time, epochDay; a date alone whose aria-label says it
// started, ariaPublished; an <abbr>'s data-timeago; an <h1> without the
// date in small print after it, datedTail; a breadcrumb's current page,
// crumbHeading; a <title> of a name and the <h1> before its colon); and
// the fifty-ninth set's one and the sixtieth set's one, at their first
// measurement (round 55's code) while round 56 tunes on them, until
// round 56's rules read both (a <title> over the <h1> the breadcrumb's
// current page names; a date after a calendar's icon, calendarIcon; a
// list archive's header, its subject for a title, mailLabels; its date
// in the cell after "Date:", dateCell); and the sixty-first set's one
// and the sixty-second set's one, at their first measurement (round 56's
// code) while round 57 tunes on them, until round 57's rules read both
// (a letter's name after an article, letterArticles; a letter's issue
// line under its <h1>); and the sixty-fourth set's one (the sixty-third
// set had none), at its first measurement (round 57's code) until round
// 58's rules read it (a day and its hour after a dash, dayDate; a
// <title> that opens with the breadcrumb's current page, crumbSpan); and
// the sixty-fifth set's one (the sixty-sixth set had none), at its first
// measurement (round 58's code) until round 59's rules read it (the
// instant in an <abbr class="timeago">'s title); and the sixty-eighth
// set's two (the sixty-seventh set had none), at their first measurement
// (round 59's code) while round 60 tunes on them, until round 60's rules
// read both (a post's day in the element before its hour,
// dayBeforeHour; a news item's headline in a cell its class names, under
// a <title> of the site's name and its tagline, logoTagline); and the
// sixty-ninth and seventieth sets' six, at their first measurement
// (round 60's code) while round 61 tunes on them, until round 63's rules
// read haveyoursayashcombe's (a subheading the address names, under an
// <h1> that is the og:title, ogHeadline); and the seventy-first
// and seventy-second sets' two, at their first measurement (round 61's
// code) while round 62 tuned on them, until round 62's rules read both
// (an og:title of a label, a colon and the <h1>; a module's "version
// du" edition line, updatedDate); and the seventy-third and
// seventy-fourth sets' two, at their first measurement (round 62's code)
// while round 63 tunes on them, until round 63's rules read both (a
// <title> of a name and an issue's month, monthIssue; a paragraph its
// class names a title, classTitle); and the seventy-fifth and
// seventy-sixth sets' two, at their first measurement (round 63's code)
// while round 64 tunes on them; and the seventy-seventh and
// seventy-eighth sets' eleven, at their first measurement (round 64's
// code) while round 65 tunes on them; and the seventy-ninth and
// eightieth sets' seven, at their first measurement (round 65's code)
// while round 66 tunes on them; and the eighty-first and eighty-second
// sets' six, at their first measurement (round 66's code) while round 67
// tunes on them; and the eighty-fifth and eighty-sixth sets' six, at
// their first measurement (round 68's code) while round 69 tunes on them;
// and the eighty-seventh and eighty-eighth sets' eight, at their first
// measurement (round 69's code) while round 70 tunes on them; and the
// eighty-ninth and ninetieth sets' four, at their first measurement
// (round 70's code) while round 71 tunes on them; and the ninety-first
// and ninety-second sets' ten, at their first measurement (round 71's
// code) while round 72 tunes on them; and the ninety-third and
// ninety-fourth sets' five, at their first measurement (round 72's code)
// while round 73 tunes on them; and the ninety-fifth and ninety-sixth
// sets' five, at their first measurement (round 73's code) while round 74
// tunes on them; and the ninety-seventh and ninety-eighth sets' six, at
// their first measurement (round 74's code) while round 75 tunes on them;
// and the ninety-ninth and hundredth sets' six, at their first
// measurement (round 75's code) while round 76 tunes on them; and the
// hundred-and-first and hundred-and-second sets' five (two since
// unlikelyWrappers, siteAndHeadline and " -> "), at their first
// measurement (round 76's code) while round 77 tunes on them; and the
// hundred-and-third and hundred-and-fourth sets' six (five since the
// jardinsvauclair reference was mended, four since an id names a date), at their first
// measurement (round 77's code) while round 78 tunes on them; and the
// hundred-and-fifth and hundred-and-sixth sets' six, at their first
// measurement (round 78's code) while round 79 tunes on them; and the
// hundred-and-seventh and hundred-and-eighth sets' eight, at their first
// measurement (round 79's code) while round 80 tunes on them; and the
// hundred-and-ninth to hundred-and-twelfth sets' eleven, at their first
// measurement (round 80's code) while round 81 tunes on them; and the
// hundred-and-thirteenth to hundred-and-twentieth sets' seventeen, at their first
// measurement (round 81's code) while round 82 tunes on them.
var metadataMisses = map[string]string{
	// The two-hundred-and-eightieth to two-hundred-and-eighty-sixth sets, at the move (round 106):
	"unseen280-expertline-tomatoleafroll-en":        "title with the keywords ', tomato leaves, leaf roll' left on and the category's slash read as a colon; undated: its only date is the visible 'Expert: Margaret Hollis - 6/14/2009' (AllExperts-like, 2009)",
	"unseen282-classemonod-tpchimie-fr":             "dated 2025-03-07 from 'Modifié le 7 mars 2025', where the announcement says '6 mars 2025' under its author (Google Classroom)",
	"unseen282-pottingshed-figcuttings-en":          "undated: its only date is the visible 'on Sat, Apr 18, 09 at 21:14', a two-digit year (GardenWeb-like, 2009)",
	"unseen283-brackwaterusd-testingweek-en":        "title 'Campus Parent', the portal's name, over the announcement's heading (Infinite Campus)",
	"unseen284-measuredworld-cleancooking-en":       "undated: its only date is the visible 'March 3, 2025' in a dateline div (Our World in Data-like)",
	"unseen284-tidekit-tideplot-en":                 "title 'Man page of TIDEPLOT', man2html's words, over the page's heading; undated: its only date is the visible 'Updated: 2025-02-18' under the heading (man2html)",
	"unseen284-valmorininfo-lettrecantines-fr":      "title 'La lettre du mardi - Val-Morin Info', the letter's and site's names, over the story's heading (Ownpage letter)",
	"unseen285-cactusphp-sessions-fr":               "title with the framework's name and ' - Manual' around the page's heading; dated 2024-11-02 from a user note's date title, where the page says 'Dernière mise à jour : 14 mars 2025' (php.net manual-like)",
	"unseen285-greenhollow-hugelbeds-en":            "title without the thread's ' - is that normal?', cut as if a site's name (Permies-like, JForum)",
	"unseen286-clgtroisrivieres-saisiehorsligne-fr": "undated: its only date is the visible '02/09/2024' at the end of the credit line (SACoche)",
	// The two-hundred-and-fifty-ninth to two-hundred-and-sixty-fifth sets, at the move (round 103):
	"unseen261-stbarnabashollinslacey-organappeal-en": "title 'St Barnabas Hollins Lacey', the site's name, over the page's heading (Softpress Freeway 5 Pro)",
	// The two-hundred-and-fifty-second to two-hundred-and-fifty-eighth sets, at the move (round 102):
	"unseen253-formfile-strutshelving-en":     "title from the <title>/og:title with a straight apostrophe where the page's heading has a curly one (WordPress and Yoast, Design Milk-like)",
	"unseen255-parsershelf-tidewaterlight-en": "title 'Keeper of the Tidewater Light', the game's name, over the review's headline; undated: its only date is the visible 'March 19, 2025' (IFDB-like)",
	// The two-hundred-and-forty-fifth to two-hundred-and-fifty-first sets, at the move (round 101):
	"unseen245-brookhollowusd-startpilot-en":       "undated: its only date is the meeting's visible 'Mar 11, 2025 - Regular Meeting of the Board of Education' field (BoardDocs PL-like)",
	"unseen251-toutelacoulisse-veilleursduport-fr": "title from the og:title with a straight apostrophe where the page's heading has a curly one (WordPress, Toute La Culture-like)",
	// The two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth sets, at the move (round 100):
	"unseen242-amfvaldesoize-expo2011-fr": "title 'AMF Val de Soize', the site's name, over the page's heading (MAGIX Web Designer, Windows-1252)",
	// The two-hundred-and-thirty-first to two-hundred-and-thirty-seventh sets, at the move (round 99):
	// The two-hundred-and-twenty-fourth to two-hundred-and-thirtieth sets, at the move (round 98):
	// The two-hundred-and-seventeenth to two-hundred-and-twenty-third sets, at the move (round 97):
	// The two-hundred-and-tenth to two-hundred-and-sixteenth sets, at the move (round 96):
	"unseen216-guinguettehalage-reouverture-fr": "dated 2025-04-12, the event's <time>, over the visible 'Publié le 03/03/2025 à 18h30' (Shotgun)",
	// The two-hundred-and-third to two-hundred-and-ninth sets, at the move (round 95):
	"unseen207-sortonsbremonde-randosorelle-fr": "dated 2025-04-06, the outing's day in its table, over the visible 'Sortie proposée le 24/03/2025 à 21:07' (OnVaSortir-like, Windows-1252)",
	// The hundred-and-ninety-sixth to two-hundred-and-second sets, at the move (round 94):
	// The hundred-and-eighty-eighth to hundred-and-ninety-fifth sets, at the move (round 93):
	"unseen193-marricklandcare-treeplanting-en": "dated the day alone, over the Event JSON-LD's startDate 09:00 +10:00 (Humanitix)",
	// The hundred-and-eighty-first to hundred-and-eighty-seventh sets, at the move (round 92):
	// The hundred-and-sixty-ninth to hundred-and-seventy-sixth sets, at the move (round 90):
	"unseen169-pebblequeue-retries-en":          "title 'pebblequeue', the project's, over the manual page's heading (ESDoc)",
	"unseen170-millrunlittleleague-fieldday-en": "title 'Mill Run Little League - News', the league's and the section's, over the item's heading; dated 2025-12-04, 'Posted: 04/12/2025' read day first on a US page (LeagueLineup)",
	// The hundred-and-sixty-first to hundred-and-sixty-eighth sets, at the move (round 89):
	"unseen165-fenmarshringers-outing-en": "undated: its only date is the message's visible day (eGroups archive, ISO-8859-1)",
	// The hundred-and-fifty-third to hundred-and-sixtieth sets, at the move (round 88):
	"unseen155-apetilleuls-pedibus-fr":          "title 'Pédibus - APE des Tilleuls', the <title>, over the item's heading (HTML5 UP 'Editorial')",
	"unseen156-retraitescheminots-facilites-fr": "title 'Le Bulletin de la Section', the bulletin's, over the item's heading; dated 2003-03-14, another date on the page, over 'Saint-Aulaire, le 12 mars 2003' (Liberty Surf personal page, ISO-8859-1)",
	"unseen158-propublica-ambulances-en":        "dated the day alone, over the <time datetime>'s 05:00 -04:00 (ProPublica-like)",
	// The hundred-and-forty-fifth to hundred-and-fifty-second sets, at the move (round 87):
	"unseen146-oldfarmkit-seeddrill-en":      "title the <title>'s forum path and a shortened subject over the message's whole heading; undated: its only date is the message's visible day (Discus, ISO-8859-1)",
	"unseen149-lagosboard-generatorshare-en": "undated: its only date is '8:14am On Mar 10, 2025' in the post's header (Nairaland-like)",
	// The hundred-and-thirty-seventh to hundred-and-forty-fourth sets, at the move (round 86):
	"unseen139-sellerieduval-entretiencuir-fr": "dated 2024-10-11, another date on the page, over the post's visible 2024-10-09 (PowerBoutique, ISO-8859-1)",
	// The hundred-and-twenty-ninth to hundred-and-thirty-sixth sets, at the move (round 85):
	"unseen131-piedsdauzelle-troismoulins-fr": "title 'Les Pieds d'Auzelle - Randonnée pédestre en vallée de l'Auzelle', the site's, over the announcement's heading (phpWebSite, ISO-8859-1)",
	"unseen132-amisdufour-fourbanal-fr":       "title 'Les Amis du Four des Granges', the site's, over the page's heading; dated 2004-05-12, another date on the page, over « Samedi 8 mai 2004 » under the heading (Wanadoo personal page, ISO-8859-1)",
	"unseen135-namowebeditor-jumelage-fr":     "title 'Comité de jumelage Montlaur - Kirchdorf', the site's, over the page's heading (Namo WebEditor, windows-1252)",
	"unseen136-unitedcarers-payoffer-en":      "undated: its only date is '9 March 2026' (Subrion CMS)",
	// The hundred-and-twenty-first to hundred-and-twenty-fourth sets, at the move (round 83):
	"unseen121-tidekit-migration2-en":               "title 'tidekit', the module's <h1>, over the guide's <h2> 'Migrating to TideKit 2.0' (Dokka 2)",
	"unseen124-harboursidegarden-winterissue-en":    "title 'Harbourside Community Garden - June news', the <title>, over the letter's heading (Vision6)",
	"unseen89-tidepoolhs-migration-en":              "undated: its only date is 'released on 14 March 2025' in its description (Haddock)",
	"unseen105-elea-collegeaulnes-sortiemarais-fr":  "title '5e SVT - M. Caradec', the course's name from the <title>, over the page's heading (Éléa, Moodle 4)",
	"unseen106-callowayharriers-waterstop-en":       "title 'Yahoo! Groups : callowayharriers Messages : Message 2318 of 2406', the archive's <title>, over the message's subject (Yahoo! Groups, ISO-8859-1)",
	"unseen103-moulinet-lettrenovembre-fr":          "title 'La lettre des Jardins du Moulinet', the <title> cut before ' - novembre 2025', where the reference keeps the letter's name with its month (Oxemis web version)",
	"unseen103-yarnloft-briochestitch-en":           "title 'Yarnloft: Brioche Knitters - Fixing a dropped stitch …', the <title> with the site's and the group's names before the thread's, cut at its own dash (Ravelry-like forum)",
	"unseen100-xanga-mossgrovediner-en":             "title 'wrenhollis's Xanga Site', the blog's name from its <title>, over the entry's title; undated: its only date is the entry's header 'Tuesday, March 15, 2005' (Xanga, windows-1252)",
	"unseen95-coteauxmontaigut-sortie-fr":           "title '… du 9 fevrier …' from the <title>, written without its accent, over the visible subject '… du 9 février …' (ezmlm-cgi, ISO-8859-1; dated since boldDateLabel)",
	"unseen69-northlarder-supermarketcollection-en": "date 2025-03-21, not __NEXT_DATA__'s createdAt '2025-02-04T10:27:13.482Z' (Archbee)",
	"unseen111-kelsborough-fenwickparking-en":       "dated 2026-11-25, the decision's day in DC.date, over the visible 'Publication date: 26/11/2026' (ModernGov; titled since kindCut)",
	"unseen111-lyceeannemorgan-visitearchives-fr":   "title 'Lycée Anne-Morgan - Histoire-géographie 1re', the course's name, over the post's heading (OpenOLAT 19.1)",
	"unseen114-kiva-rosabakery-en":                  "title 'Lend to Rosa in Honduras' over the story's heading; undated: its only date is 'Fundraising started May 2, 2025' (Kiva, Nuxt 2)",
}

func TestHTMLMetadataUnseen(t *testing.T) {
	names, dirs := unseenNames(t)
	defer func(dir string) { pagesDir = dir }(pagesDir)
	for _, name := range names {
		if why, ok := unseenMetadataMisses[name]; ok {
			t.Logf("%s: missed when first measured (%s); not checked", name, why)
			continue
		}
		pagesDir = dirs[name]
		checkMetadata(t, name)
	}
}

// unseenMetadataMisses are the unseen pages whose metadata the reducer got
// wrong when they were first measured (docs/quality.md): recorded, not
// tuned on, so that they stay unseen. The twelfth set's went with its
// pages in round 19; the thirteenth set had none (round 19's code), nor
// the fourteenth (round 20's); the fifteenth set's went with its pages in
// round 22, the sixteenth set's in round 23, the seventeenth set's in
// round 24, the eighteenth set's in round 25, the nineteenth set's in
// round 26, the twentieth set's in round 27, the twenty-first set's in
// round 28, the twenty-second set's in round 29, the twenty-third set's
// in round 30, the twenty-fourth set's in round 31, the twenty-fifth
// set's in round 32, the twenty-sixth set's in round 33, the
// twenty-seventh set's in round 34, the twenty-eighth set's in round 35,
// the twenty-ninth set's in round 36, the thirtieth set's in round 37,
// the thirty-first set's in round 38, the thirty-second set's in round
// 39, the thirty-third set's in round 40, the thirty-fourth set's in
// round 41, the thirty-fifth set's in round 42, the thirty-sixth set's
// in round 43, the thirty-seventh set's in round 44 (the thirty-eighth
// set had none, measured with round 43's code), the thirty-ninth set's
// in round 45, the fortieth set's in round 46, the forty-second set's in
// round 47 (the forty-first set had none, measured with round 46's code),
// the forty-third and forty-fourth sets' in round 48, the forty-fifth
// and forty-sixth sets' in round 49, the forty-seventh and forty-eighth
// sets' in round 50, the forty-ninth set's in round 51 (the fiftieth set
// had none, measured with round 50's code), the fifty-first and
// fifty-second sets' in round 52, the fifty-third set's in round 53 (the
// fifty-fourth set had none, measured with round 52's code), the
// fifty-fifth and fifty-sixth sets' in round 54, the fifty-seventh set's
// in round 55 (the fifty-eighth set had none, measured with round 54's
// code), the fifty-ninth and sixtieth sets' in round 56, the sixty-first
// and sixty-second sets' in round 57, the sixty-fourth set's in round 58
// (the sixty-third set had none, measured with round 57's code), the
// sixty-fifth set's in round 59 (the sixty-sixth set had none, measured
// with round 58's code), the sixty-eighth set's in round 60 (the
// sixty-seventh set had none, measured with round 59's code), the
// sixty-ninth and seventieth sets' in round 61, the seventy-first and
// seventy-second sets' in round 62, the seventy-third and seventy-fourth
// sets' in round 63, the seventy-fifth and seventy-sixth sets' in round
// 64, the seventy-seventh and seventy-eighth sets' in round 65, the
// seventy-ninth and eightieth sets' in round 66, the eighty-first and
// eighty-second sets' in round 67, the eighty-third and eighty-fourth
// sets' in round 68, the eighty-fifth and eighty-sixth sets' in round 69,
// the eighty-seventh and eighty-eighth sets' in round 70, the
// eighty-ninth and ninetieth sets' in round 71, the ninety-first and
// ninety-second sets' in round 72, the ninety-third and ninety-fourth
// sets' in round 73, the ninety-fifth and ninety-sixth sets' in round 74,
// the ninety-seventh and ninety-eighth sets' in round 75, the ninety-ninth
// and hundredth sets' in round 76, the hundred-and-first and
// hundred-and-second sets' in round 77, the hundred-and-third and
// hundred-and-fourth sets' in round 78, the hundred-and-fifth and
// hundred-and-sixth sets' in round 79, the hundred-and-seventh and
// hundred-and-eighth sets' in round 80, the hundred-and-ninth to
// hundred-and-twelfth sets' in round 81, the hundred-and-thirteenth to
// hundred-and-twentieth sets' in round 82, the hundred-and-twenty-first to
// hundred-and-twenty-fourth sets' in round 83, the hundred-and-twenty-fifth
// to hundred-and-twenty-eighth sets' in round 84, the hundred-and-twenty-ninth
// to hundred-and-thirty-sixth sets' in round 85, the hundred-and-thirty-seventh
// to hundred-and-forty-fourth sets' in round 86, the hundred-and-forty-fifth
// to hundred-and-fifty-second sets' in round 87, the hundred-and-fifty-third
// to hundred-and-sixtieth sets' in round 88, the hundred-and-sixty-first to
// hundred-and-sixty-eighth sets' in round 89, the hundred-and-sixty-ninth to
// hundred-and-seventy-sixth sets' in round 90, the hundred-and-seventy-seventh
// to hundred-and-eightieth sets' in round 91, the hundred-and-eighty-first to
// hundred-and-eighty-seventh sets' in round 92, the hundred-and-eighty-eighth
// to hundred-and-ninety-fifth sets' in round 93, the hundred-and-ninety-sixth
// to two-hundred-and-second sets' in round 94, the two-hundred-and-third to
// two-hundred-and-ninth sets' in round 95, the two-hundred-and-tenth to
// two-hundred-and-sixteenth sets' in round 96, the
// two-hundred-and-seventeenth to two-hundred-and-twenty-third sets' in
// round 97, the two-hundred-and-twenty-fourth to two-hundred-and-thirtieth
// sets' in round 98, the two-hundred-and-thirty-first to
// two-hundred-and-thirty-seventh sets' in round 99, the
// two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth sets' in
// round 100, the two-hundred-and-forty-fifth to two-hundred-and-fifty-first
// sets' in round 101, the two-hundred-and-fifty-second to
// two-hundred-and-fifty-eighth sets' in round 102, the
// two-hundred-and-fifty-ninth to two-hundred-and-sixty-fifth sets' in round
// 103, the two-hundred-and-sixty-sixth to two-hundred-and-seventy-second
// sets' in round 104, the two-hundred-and-seventy-third to
// two-hundred-and-seventy-ninth sets' in round 105, the
// two-hundred-and-eightieth to two-hundred-and-eighty-sixth sets' in round
// 106. It takes the next sets' first measurements.
var unseenMetadataMisses = map[string]string{
	// The two-hundred-and-eighty-seventh to two-hundred-and-ninety-third sets', measured with round 102's code:
	"unseen288-ironvanguard-serverrules-en":      "title 'Iron Vanguard - Board', the clan's name and the section, over the thread's subject; dated 2025-01-03, the day-first '01.03.2025 - 20:14' read month first on a page in English (ClanSphere 2011.4)",
	"unseen288-moonlitkettle-allotment-en":       "undated: its only date is the entry's visible '2025-03-12 - 9:47 p.m.' (DiaryLand)",
	"unseen288-quaysidejs-testingmeetup-en":      "dated 2025-04-10T18:30+01:00 from the event's start <time>, where the page says 'Posted Mar 20, 2025' (Doorkeeper)",
	"unseen288-tidewell-release240-en":           "title 'tidewell 2.4.0 | Documentation', the package's version and the site's section, over the page's heading (documentation.js)",
	"unseen289-gamewrightjournal-savesystems-en": "title 'Gamewright Journal - Priya Okafor's Blog', the member blog's name, over the post's heading (Gamasutra-like, Windows-1252)",
	"unseen290-mpsnews-seedbanks-en":             "dated 2025-03-05 from the top bar's day, where the story's dateline says 'Mar 3 2025' (Inter Press Service-like)",
	"unseen290-orrinvale-kitchentimer-en":        "undated: its only date is the byline <h3>'s visible 'Sun 16 March 2025' (Haunt)",
	"unseen290-quillonbytes-serialconsole-en":    "dated the day only, where article:published_time's '2025-02-18 19:40:00 +1300 NZDT', Go's own format, gives the hour (Hugo, Hello Friend)",
	"unseen292-gemfileweekly-issue742-en":        "title 'Code & Tools', the issue's first section, over the <title>'s issue and day; undated: its only date is the top bar's visible '#742 — March 6, 2025' (Ruby Weekly-like letter)",
	"unseen292-sortircapitale-nuitdesfourmis-fr": "title 'La Nuit des fourmis - Critique - Théâtre', the show's name and the sections, over the review's heading (Pariscope-like, 2015)",
	"unseen293-inkwellshelf-lornavasquezreid-en": "title with the book's ', author of The Salt Road' left on (Smashwords interview-like)",
	// The two-hundred-and-ninety-fourth to three-hundredth sets', measured with round 104's code:
	"unseen294-essentialabo-baumelevres-fr":              "title without the heading's 'Recette : ', cut as a label (Aroma-Zone-like)",
	"unseen294-harborlightbanner-rowhomeroofs-en":        "dated 2025-03-11T09:00:04.118Z from JSON-LD's datePublished, 118 ms after the article:published_time second the reference gives (Baltimore Banner-like)",
	"unseen294-narrowgaugeyard-pointmotors-en":           "title without the thread's ' - ideas?', cut as if a site's name (ASP Playground, ISO-8859-1)",
	"unseen295-cahierprepa-concoursblanc-fr":             "title 'MPSI 2 – Lycée Montrevel', the class site's name, over the notice's heading (Cahier de Prépa-like)",
	"unseen295-passionpalombe-palombiere-fr":             "title with the forum's ' : Palombières et cabanes' left on (phpBB 3.0)",
	"unseen297-ashcombems-fieldstudy-en":                 "title 'Grade 7 Science: Announcements | Ashcombe Middle School', the class page's name, over the announcement's heading (Haiku Learning-like)",
	"unseen297-webmailacvaubrac-bacblanc-fr":             "undated: its only date is the message's visible 'Date : mar., 11 mars 2025 17:42:10 +0100' header cell (Horde IMP)",
	"unseen298-forumckvalmonne-fissurecoque-fr":          "title with the forum's ' ∶ Matériel ∶ Forum du CK Val de Monne' left on, its parts joined by U+2236 ratio signs (NoNonsense Forum)",
	"unseen299-carnetlucien-pressoirtanneurs-fr":         "title 'Le carnet de Lucien: 14/11/2004', the weblog's name and the day, over the post's heading (Radio UserLand, ISO-8859-15)",
	"unseen299-genealogievalsevre-relevessaintmaxire-fr": "title 'Page d'accueil de l'arbre : Cercle généalogique du Val de Sèvre', the tree's home page, over the news item's heading (PhpGedView 4.2.3)",
	"unseen299-petitcrieur-chapiteaux-fr":                "title 'Le Petit Crieur - La lettre du jeudi', the letter's name, over its lead story's heading (Petit Bulletin-like newsletter)",
	"unseen300-wikicurieux-ludion-fr":                    "dated 2025-02-03 from the footer's 'Dernière modification de cette page le 3 février 2025', where the sheet's 'Créée le 12 janvier 2025' is the day (MediaWiki 1.39, Wikidébrouillard-like)",
	// The three-hundred-and-first to three-hundred-and-seventh sets', measured with round 104's code:
	"unseen302-combandcover-winterlosses-en":            "undated: its only date is the topic's visible 'By halbrandt at 2025-02-08 19:42' line (Carbon Forum 5.9)",
	"unseen305-missionjeunesorvanne-forumalternance-fr": "title the og:title, without the heading's ' à Montreuil-sur-Orvanne' (Missions Locales-like)",
	"unseen305-tidewaterchess-aprilnews-en":             "title 'Tidewater Chess Club – April news', the letter's name and month, over its lead item's heading (MailBluster)",
	"unseen306-allotmenthour-tomatoseed-en":             "undated: its only date is the episode card's visible 'October 8, 2025 · 46:12 · 42.3 MB' (Podcast Generator)",
	"unseen307-harborlightpantry-springappeal-en":       "title 'Spring Appeal 2025 | Harborlight Community Pantry', the campaign's and charity's names, over the landing page's heading (Unbounce)",
	// The three-hundred-and-eighth to three-hundred-and-fourteenth sets', measured with round 106's code:
	"unseen308-quillbrookringers-reedbedsession-en": "undated: its only date is the weblog's visible day header 'Saturday, 10. May 2025' (Antville)",
	"unseen309-commonporch-leggyseedlings-en":       "undated: its only date is the author line's visible 'Sat Mar 15, 2025, 10:42 AM' (Democratic Underground-like)",
	"unseen310-drystonetalk-cheekend-en":            "title the <title>'s forum path 'Gossamer Forum: Drystone Talk: Repairs and Rebuilding: …' over the post's subject (Gossamer Forum)",
	"unseen310-ondereformee-chorales-fr":            "undated: its only date is the broadcast line's visible 'Diffusé le mardi 18 mars 2025 à 20h30' (Fréquence Protestante-like)",
	"unseen311-caraibeexpress-marchesalinas-fr":     "title the <title>'s site, place and section before the headline (HaïtiLibre-like)",
	"unseen311-marlowfalls-tutoringcenter-en":       "title 'Campus News', the portal's section, over the post's heading (Jenzabar JICS)",
	"unseen311-quilllua-templatemodule-en":          "title 'Reference', the <title> of every LuaDoc page, over the module's heading (LuaDoc)",
	"unseen311-vernouxlaforet-loisirsete-fr":        "title the portal's 'Portail Famille - Vernoux-la-Forêt' over the news item's heading (iNoé)",
	"unseen313-balconyseats-lastferry-en":           "title the <title>'s 'The Last Ferry to Caldwell movie review (2025)' over the <h1> (RogerEbert.com-like)",
	"unseen314-harbourdevdays-callforspeakers-en":   "undated: its only date is the sidebar's visible 'Call opens at 12:00 AM, 2 Jun 2025' (Sessionize)",
	"unseen314-tidepooljs-eventsmodule-en":          "title the <title>'s 'events - Tidepool.js' over the 'events Module' heading, and undated: its only date is the version box's 'built 2025-07-03' (YUIDoc)",
	// The three-hundred-and-fifteenth to three-hundred-and-twenty-first sets', measured with the edge model's code:
	"unseen315-amischapellesaintgildas-toiture-fr":   "title the association's name, the <title>, over the letter's heading (Arachnophilia 4.0, ISO-8859-1)",
	"unseen316-linkreports-tamarackfiber-en":         "undated: its only date is the post's visible '2025-Mar-14 8:12 am' (DSLReports-like, Windows-1252)",
	"unseen317-plantplate-lentilshepherd-en":         "title the og:title's '(Oil-Free)' kept over the heading (Forks Over Knives-like)",
	"unseen318-hostwell-phpversion-en":               "title with a straight apostrophe, the og:title's, where the heading writes it curly (Kinsta docs-like)",
	"unseen319-whiskerfund-moveforjim-en":            "title the page's 'Ollie Brannigan is moving for men's health' over the story's heading (Movember Mo Space-like)",
	"unseen320-marcheursvaldorcel-traverseebaume-fr": "undated: its only date is the author line's visible '03/10/2024 21:47' (Ploneboard on Plone 4)",
	"unseen320-tidepack-manpage-en":                  "title the <title> without its 'tidepack(1) - ' name, and undated: its only date is the wrapper's footer '2025-03-04' (Ronn-NG)",
	"unseen321-planetebox-fibredegradee-fr":          "title the forum's name over the topic's (Univers Freebox-like, phpBB 3.3)",
	// The three-hundred-and-twenty-second to three-hundred-and-twenty-eighth sets', measured with the edge model's second version:
	"unseen322-randotrieves-raquettesmenee-fr":        "title the forum's name, 'Randonneurs du Trièves', over the topic's (Alloforum-like, Windows-1252)",
	"unseen323-openfold-wrenfieldcanal-en":            "undated: its only date is the approval box's visible 'approved on 4 August 2025' (Citizendium-like, MediaWiki 1.16)",
	"unseen323-repairedumatos-patethermique-fr":       "title the <title>'s ' : Portables' forum name kept after the topic's (Comptoir du Hardware forum-like, ISO-8859-15)",
	"unseen324-nodeworld-tidemill-en":                 "title the <title>'s '@Nodeworld' kept, and undated: its only date is the writeup header's visible 'Tue Mar 09 2010 at 21:14:05' (Everything2-like)",
	"unseen324-opinionbase-toaster-en":                "undated: its only date is the review's visible 'Written: Jan 14 '04', a two-digit year (Epinions-like)",
	"unseen324-riverbendliteracy-booksonwheels-en":    "title the campaign's name over the update's heading (Flipcause)",
	"unseen325-rando3vallees-cretedesestives-fr":      "title the <title>'s 'Rando Trois Vallées - Compte rendu du 5 octobre 2003' over the heading (HotDog Pro, Windows-1252)",
	"unseen326-driftbsdjournal-installerhackathon-en": "title without the heading's 's25 hackathon report: ' (OpenBSD Journal-like)",
	"unseen326-harbourwall-signingkey-en":             "title the <title>'s list name 'notices - ' kept before the subject (Openwall list archive-like)",
	"unseen327-lamplightbooks-mapsinmargins-en":       "undated: its only date is the meta line's visible 'March 21, 2025' (Powell's Books Blog-like)",
	// The three-hundred-and-twenty-ninth to three-hundred-and-thirty-fifth sets', measured with the edge model's second version:
	"unseen329-agendafolk-stagegascon-fr":             "dated the event's day, 15 February 2025, over the visible 'Publié le 14/01/2025 à 18h30' under the text (AgendaTrad-like)",
	"unseen329-eastgatetenants-heatingletter-en":      "undated: its only date is the description's visible 'March 3, 2025' in italics (Action Network letter)",
	"unseen332-prairiegirlkitchen-chickenwildrice-en": "title the <title>'s '(One Pot!)' kept over the heading (Iowa Girl Eats-like)",
	"unseen333-lavoirsaintourlan-motpresident-fr":     "title the association's name over the letter's heading (Net1901, ISO-8859-1)",
	"unseen333-shednotes-benchgrinder-en":             "title the blog's name over the post's heading (NanoBlogger 3.4.2)",
	"unseen333-tidewell-saltyear-en":                  "undated: its only date is the meta line's visible 'Mar 3, 2025' (Mirlo-like)",
	"unseen334-lyceetilleuls-sortiegrandspres-fr":     "title the portal's 'Portail - Lycée des Tilleuls' over the note's heading, and undated: its only date is the note's visible '05/03/2025' cell (RosarioSIS 11.8)",
	"unseen334-packyard-csvguard-en":                  "title the <title>'s ' - Packyard' kept after the package's name (Packagist-like)",
	"unseen335-grandeourse-lettremars-fr":             "title the letter's name over its first story's heading (Topol.io newsletter)",
	// The three-hundred-and-thirty-sixth to three-hundred-and-forty-second sets', measured with the edge model's second version:
	"unseen337-larkhillarts-springletter-en":      "title the <title>'s 'Larkhill Arts Centre - Spring letter' over the letter's heading (CommuniGator e-mail's web version)",
	"unseen338-codenuggets-reversekgroup-en":      "undated: its only date is the visible 'Last Updated : 14 Mar, 2025' (GeeksforGeeks-like)",
	"unseen339-listenermaderadio-cassettedeck-en": "title without the heading's 'lmr0412 :: ', and dated a comment's day over the visible 'Wednesday, 2025-03-12' of the 'Hosted by' line (Hacker Public Radio-like)",
	"unseen340-cegepsaules-bibliotheque-fr":       "title the <title>'s 'Communiqué – Cégep de Rivière-aux-Saules' over the communiqué's heading (Omnivox, Windows-1252)",
	"unseen341-rstatsrelay-birdweeks-en":          "undated: its only date is the meta line's visible 'April 7, 2025' (R-bloggers-like)",
	"unseen342-harbourlineapi-webhooks-en":        "title the <title>'s 'Harbourline Webhooks Guide' over the heading (Shins)",
}

// checkMetadata compares the title, URL and date read from each page of
// pagesDir (or of names, when given) with its reference.
func checkMetadata(t *testing.T, names ...string) {
	if len(names) == 0 {
		names = pageNames(t)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			doc := loadPage(t, name)
			title, date, url, _ := reference(t, name)
			if doc.Title != title {
				t.Errorf("title %q, want %q", doc.Title, title)
			}
			if doc.URL != url {
				t.Errorf("url %q, want %q", doc.URL, url)
			}
			want, err := parseDate(date)
			if err != nil {
				// A reference copies the page's date as its metadata writes
				// it, and some software writes ISO 8601's offset without its
				// colon ("+0000"), which is the same instant.
				t0, err0 := time.Parse("2006-01-02T15:04:05-0700", date)
				if err0 != nil {
					t.Fatal(err)
				}
				want = &t0
			}
			if doc.PublishedAt == nil || !doc.PublishedAt.Equal(*want) {
				t.Errorf("published_at %v, want %v", doc.PublishedAt, want)
			}
		})
	}
}

// words splits text into lowercased words, the unit of the quality
// measures.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(NormalizeApostrophes(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func counts(ws []string) map[string]int {
	m := make(map[string]int, len(ws))
	for _, w := range ws {
		m[w]++
	}
	return m
}

// pageWords is every word a reader could see or a crawler could index in
// the page: all its text, scripts and styles included, and its <title>.
func pageWords(t testing.TB, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(pagesDir, name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := charset.Decode(data, "", webpage.MetaCharset(data))
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return words(b.String())
}

// quality measures one page: the share of the article's words the
// extracted body keeps, and the share of the boilerplate's words (the
// page's words that are not the article's title or body) it keeps too.
// Words are counted with multiplicity.
func quality(t testing.TB, name string) (kept, leaked float64, articleN, boilerN int) {
	t.Helper()
	var doc Document
	var items []Item
	if err := Walk(t.Context(), []string{filepath.Join(pagesDir, name+".html")}, collect(&items)); err != nil {
		t.Fatal(err)
	}
	switch {
	case len(items) != 1:
		t.Fatalf("%s: items %+v", name, items)
	case errors.Is(items[0].Err, ErrEmptyBody):
		// A page reduced to nothing keeps none of its article: measured,
		// not a test error.
	case items[0].Err != nil:
		t.Fatalf("%s: %v", name, items[0].Err)
	default:
		doc = items[0].Doc
	}
	title, _, _, body := reference(t, name)
	article := counts(words(body))
	boiler := counts(pageWords(t, name))
	for w, n := range article {
		boiler[w] -= n
	}
	for _, w := range words(title) {
		boiler[w]--
	}
	var keptN, leakedN int
	got := counts(words(doc.Body))
	for w, n := range got {
		k := min(n, article[w])
		keptN += k
		leakedN += n - k
	}
	for _, n := range article {
		articleN += n
	}
	for _, n := range boiler {
		boilerN += max(n, 0)
	}
	return float64(keptN) / float64(articleN), float64(leakedN) / float64(max(boilerN, 1)), articleN, boilerN
}

// TestHTMLQuality holds extraction to the targets — at least 95 % of the
// article's words kept and at most 2 % of the boilerplate's — on every
// page, all of them tuned on since round 7 (the held-out pages of rounds 5
// and 6 were held to their first measurement until then). docs/quality.md
// records the figures:
// go test -run TestHTMLQuality -v ./corpus/
func TestHTMLQuality(t *testing.T) {
	var sumKept, sumLeaked float64
	var n int
	for _, name := range pageNames(t) {
		kept, leaked, articleN, boilerN := quality(t, name)
		t.Logf("%-40s article words %4d kept %6.2f %%   boilerplate words %4d kept %5.2f %%", name, articleN, 100*kept, boilerN, 100*leaked)
		limit, keep := 0.02, 0.95
		if first, ok := belowTarget[name]; ok {
			limit, keep = max(limit, first.leak), min(keep, first.kept)
			t.Logf("%s: below target, held to its first measurement (%.0f %%, %.0f %%)", name, 100*first.leak, 100*first.kept)
		}
		if kept < keep {
			t.Errorf("%s: %.1f %% of the article's words kept, want ≥ %.0f %%", name, 100*kept, 100*keep)
		}
		if leaked > limit {
			t.Errorf("%s: %.1f %% of the boilerplate's words kept, want ≤ %.0f %%", name, 100*leaked, 100*limit)
		}
		sumKept += kept
		sumLeaked += leaked
		n++
	}
	t.Logf("mean over %d pages: article kept %.2f %%, boilerplate kept %.2f %%", n, 100*sumKept/float64(n), 100*sumLeaked/float64(n))
}

// belowTarget holds the tuning pages that do not yet meet the targets to
// their first measurement, as unseenFirst writes it (docs/quality.md), an
// explicit exception each with its reason; the targets are 2 % and 95 %
// for every other page. None since round 25, which told villebreval's
// TYPO3 info frame ("frame-info", held here since round 14 at 8.4 %)
// apart, but the nineteenth set's while round 26 tuned on it, and the
// twentieth set's while round 27 tuned on it, and three of the
// twenty-first set's until their references, which had left out their
// subheadings, were mended after round 28 (docs/quality.md), and the two
// pages of the twenty-second set that round 29 left below target (its
// deadline came first; docs/quality.md), at their first measurement
// (round 28's code), and the twenty-third set's two below target when
// first measured (round 29's code), until round 30's rules brought all
// four to the targets, and the twenty-fourth set's eight below target
// when first measured (round 30's code), until round 31's rules brought
// all eight to the targets, and the twenty-fifth set's eight below target
// when first measured (round 31's code), until round 32's rules brought
// all eight to the targets, and the twenty-sixth set's six below target
// when first measured (round 32's code), until round 33's rules brought
// all six to the targets, and the twenty-seventh set's five below target
// when first measured (round 33's code), until round 34's rules brought
// all five to the targets; and the twenty-eighth set's two that round
// 35 left below target (its deadline came first; docs/quality.md) of the
// seven below target when first measured (round 34's code), at their
// first measurement; and the twenty-ninth set's ten below target when
// first measured (round 35's code), until round 36's rules brought all ten
// to the targets; and the thirtieth set's eight below target when first
// measured (round 36's code), until round 37's rules brought all eight to
// the targets; and the thirty-first set's six below target when first
// measured (round 37's code), until round 38's rules brought all six to
// the targets; and the thirty-second set's seven below target when first
// measured (round 38's code), until rounds 39 and 40 brought all seven to
// the targets; and the thirty-third set's four below target when first
// measured (round 39's code), until round 40's rules brought all four to
// the targets; and the thirty-fourth set's four below target when first
// measured (round 40's code), until round 41's rules brought all four to
// the targets; and the thirty-fifth set's five below target when first
// measured (round 41's code), jardincoquelicots brought to the targets by
// round 42 and clubmycomontcourt and velocastel by round 43, the other
// two at their first measurement or at a later round's (the reason
// beside each); and the thirty-sixth set's six below target
// when first measured (round 42's code), until round 43's rules brought
// all six to the targets; and the thirty-seventh set's three below target
// when first measured (round 43's code), until round 44's rules brought
// all three to the targets, as they brought the twenty-eighth set's and
// the thirty-fifth set's last two; and the thirty-eighth set's two below
// target when first measured (round 43's code) and the thirty-ninth
// set's three (round 44's code), round 45's rules bringing coopwattbocage
// and wensleydc to the targets, the other three at their first
// measurement (round 45's deadline came first; docs/quality.md), until
// round 46's rules brought all three to the targets; and the fortieth
// set's two below target when first measured (round 45's code), until
// round 46's rules brought both to the targets; and the forty-first set's
// four and the forty-second set's one below target when first measured
// (round 46's code), until round 47's rules brought all five to the
// targets; and the forty-third set's one and the forty-fourth set's one
// below target when first measured (round 47's code), round 48's rules
// bringing tidekeeper to the targets, randoariege at its first
// measurement (its announcement line in bold and colour is not told
// from the post's own bold lines by a rule that would not risk them;
// docs/quality.md) until round 56's rule on a bold line of a label, a
// colon and a day that ends with a stop (datedNotice) brought it to the
// targets; and the forty-fifth set's three and the forty-sixth
// set's two below target when first measured (round 48's code), until
// round 49's rules brought all five to the targets; and the
// forty-seventh set's one and the forty-eighth set's three below target
// when first measured (round 49's code), round 50's rules bringing
// mutuellevallees, amismediathequeventenac and wildmooryarns to the
// targets, cutwaterforum at its first measurement (a YaBB topic's
// rows carry no class that tells its posts; a rule that dropped the
// reply by its "Re: " subject cost the post's closing line;
// docs/quality.md) until round 51's rules brought it to the targets;
// and the forty-ninth set's seven and the fiftieth set's one below
// target when first measured (round 50's code), until four of set 49's
// references were mended in round 51 (their standfirsts counted as
// article, as the house's references count them) and round 51's rules
// brought all eight to the targets; and the fifty-first set's three and
// the fifty-second set's one below target when first measured (round
// 51's code), until rouelibre's reference was mended in round 52 (its
// signature counted as article, as the house's references count one)
// and round 52's rules brought all four to the targets; and the
// fifty-third set's four and the fifty-fourth set's two below target
// when first measured (round 52's code), until round 53's rules brought
// all six to the targets; and the fifty-sixth set's three below target
// when first measured (round 53's code; the fifty-fifth set had none),
// until round 54's rules brought two to the targets (a line of dates
// under blocks that went, headKept; a closing point after "Enfin,",
// closingPoint); ludotanneurs at its first measurement until round
// 56's datedItems and round 57's rule on a letter's <title> of its name
// and its month brought it to the targets; and the
// fifty-seventh set's three and the fifty-eighth set's two below target
// when first measured (round 54's code), until round 55's rules brought
// all five to the targets (a signature after the last paragraph,
// endSignature; a box framed all round, framedStyle; a box after a
// picture's box or after a run's <br><br>, in styledBox; a breadcrumb's
// current page for a title, crumbHeading; a visit by appointment,
// contactWords; a picture and its caption at a run's end, pictureTail);
// and the fifty-ninth set's one and the sixtieth set's one below target
// when first measured (round 55's code), at their first measurement
// while round 56 tunes on them, until round 56's rules brought both to
// the targets (its <h1> the breadcrumb's current page, a date alone as
// the story's first block; a picture's caption in a small <font> after
// a paragraph in none, plainBefore); and the sixty-first set's two
// and the sixty-second set's one below target when first measured
// (round 56's code), at their first measurement while round 57 tunes on
// them, until round 57's rules brought all three to the targets (a bold
// lead-in among the story's lead-ins, leadInRun; a quotation that ends
// the story's text, in endSignature; a caption after an attachment that
// went, afterMediaAttr); and the sixty-third set's two and the
// sixty-fourth set's two below target when first measured (round 57's
// code), at their first measurement while round 58 tunes on them, until
// round 58's rules brought all four to the targets (a summary's label
// over the story's last section, storySummary; a thread's opening post
// marked "FirstPost", its replies striped, parityClass, and its head,
// dropPostHead; a mail's preheader, preheader; a notice's label in a
// framed box, boxHeading); and the sixty-fifth set's two and the
// sixty-sixth set's two below target when first measured (round 58's
// code), at their first measurement while round 59 tunes on them, until
// round 59's rules brought all four to the targets (a letter's footer
// whose line of links has the sender's badge after it, lastLines; a
// standfirst of text alone in a <div>, textLead; Wowchemy's callout,
// alert-note; a question's thanks in advance, advanceThanks; a
// moderator's note, moderatorNote); and the sixty-eighth set's one
// below target when first measured (round 59's code; the sixty-seventh
// set had none), at its first measurement while round 60 tunes on it,
// until round 60's rules brought it to the targets (a story's last
// section under a practical label, practicalLabels); and the
// sixty-ninth and seventieth sets' four below target when first
// measured (round 60's code), at their first measurement while round 61
// tunes on them, until round 63's rules brought meridianreview to the
// targets (a print edition's note, printNote); and the seventy-first and seventy-second sets' two
// below target when first measured (round 61's code), at their first
// measurement while round 62 tuned on them, until round 62's rules
// brought both to the targets (a box's title line set in bold by its
// own style, styledBox; a course module's box of objectives, boxLabels;
// a subheading's section number, dropHeadingNumber; lyceelizon's entry
// stayed until round 64 took it out); and the
// seventy-third and seventy-fourth sets' three below target when first
// measured (round 62's code), at their first measurement while round 63
// tunes on them, until round 63's rules brought all three to the
// targets (a day, an update and the author after a separator,
// datedAuthorLine; a call to share under a label in bold between the
// story's paragraphs, labelledCall; a closing line over a short wish,
// closingWish; a forum's quotation under "Citation :", quoteLabelled);
// and the seventy-fifth and seventy-sixth sets' nine below target when
// first measured (round 63's code), at their first measurement while
// round 64 tunes on them; and the seventy-seventh and seventy-eighth
// sets' four below target when first measured (round 64's code), at
// their first measurement while round 65 tunes on them; and the
// seventy-ninth and eightieth sets' twelve below target when first
// measured (round 65's code), at their first measurement while round 66
// tunes on them; and the eighty-first and eighty-second sets' eight below
// target when first measured (round 66's code), at their first
// measurement while round 67 tunes on them; and the eighty-third and
// eighty-fourth sets' eight below target when first measured (round 67's
// code), at their first measurement while round 68 tunes on them; and
// the eighty-fifth and eighty-sixth sets' three below target when first
// measured (round 68's code), at their first measurement while round 69
// tunes on them; and the eighty-seventh and eighty-eighth sets' seven
// below target when first measured (round 69's code), at their first
// measurement while round 70 tunes on them; and the eighty-ninth and
// ninetieth sets' ten below target when first measured (round 70's code),
// at their first measurement while round 71 tunes on them; and the
// ninety-first and ninety-second sets' eight below target when first
// measured (round 71's code), at their first measurement while round 72
// tunes on them; and the ninety-third and ninety-fourth sets' seven below
// target when first measured (round 72's code), at their first
// measurement while round 73 tunes on them; and the ninety-fifth and
// ninety-sixth sets' seven below target when first measured (round 73's
// code, brackenforge's with its mended reference), at their first
// measurement while round 74 tunes on them; and the ninety-seventh and
// ninety-eighth sets' three below target when first measured (round 74's
// code), at their first measurement while round 75 tunes on them; and the
// ninety-ninth and hundredth sets' five below target when first measured
// (round 75's code), at their first measurement while round 76 tunes on
// them; and the hundred-and-first and hundred-and-second sets' two below
// target when first measured (round 76's code; none since
// unlikelyWrappers and recipeLines), at their first measurement while
// round 77 tunes on them; and the hundred-and-third and hundred-and-fourth
// sets' seven below target when first measured (round 77's code; five
// since continueRows, docAdmonitions, "notification", liftSummary and
// emBylineP), at
// their first measurement while round 78 tunes on them; and the
// hundred-and-fifth and hundred-and-sixth sets' seven below target when
// first measured (round 78's code), at their first measurement while
// round 79 tunes on them; and the hundred-and-seventh and
// hundred-and-eighth sets' seven below target when first measured (round
// 79's code), at their first measurement while round 80 tunes on them;
// and the hundred-and-ninth to hundred-and-twelfth sets' eighteen below
// target when first measured (round 80's code; tollesbywater and
// damsontable with their mended references), at their first measurement
// while round 81 tunes on them; and the hundred-and-thirteenth to
// hundred-and-twentieth sets' seventeen below target when first measured (round
// 81's code; govcommunityaffairs with its mended reference), at their
// first measurement while round 82 tunes on them.
var belowTarget = map[string]struct{ leak, kept float64 }{
	// Pages the edge model's marks and inner pass (edgemodel.go, its second version) take below target:
	"unseen168-postiersvaldelorne-tripostal-fr":       {0.02, 0.85}, // 0.0 %, 85.1 % with the edge model's marks (0.0 %, 99.4 % before)
	"unseen184-marjolaine-soupelentilles-fr":          {0.02, 0.84}, // 0.0 %, 84.3 % with the edge model's marks (0.0 %, 98.8 % before)
	"unseen203-furrowandvine-dripwinterize-en":        {0.02, 0.93}, // 0.0 %, 93.4 % with the edge model's marks (0.0 %, 100.0 % before)
	"unseen254-fraicheurdeschamps-saladelentilles-fr": {0.02, 0.87}, // 0.0 %, 87.9 % with the edge model's marks (0.0 %, 98.8 % before)
	"unseen269-craftnook-macramehanger-en":            {0.02, 0.92}, // 0.0 %, 92.6 % with the edge model's marks (0.0 %, 99.2 % before)
	"unseen31-quarrybankmakers-laserinduction-en":     {0.07, 0.95}, // 6.2 %, 100.0 % with the edge model's marks (0.0 %, 100.0 % before)
	// Pages the edge model's rescue (edgemodel.go) takes below target:
	"unseen276-tollandsmagazine-lastexchange-en": {0.08, 0.95}, // 7.1 %, 100.0 % with the edge model's rescue (0.0 %, 100.0 % before)
	// The two-hundred-and-eightieth to two-hundred-and-eighty-sixth sets, at the move (round 106):
	"unseen280-santepartage-entorsecheville-fr":    {0.02, 0.89}, // 0.0 %, 89.9 %
	"unseen282-classemonod-tpchimie-fr":            {0.02, 0.52}, // 0.0 %, 52.6 %
	"unseen282-gaskitanswers-sourdoughaltitude-en": {0.02, 0.73}, // 0.0 %, 73.3 %
	"unseen283-ovenhearth-lemondrizzle-en":         {0.09, 1.00}, // 8.2 %, 100.0 %
	"unseen284-measuredworld-cleancooking-en":      {0.27, 1.00}, // 26.7 %, 100.0 %
	"unseen285-greenhollow-hugelbeds-en":           {0.21, 1.00}, // 20.9 %, 100.0 %
	// The two-hundred-and-seventy-third to two-hundred-and-seventy-ninth sets, at the move (round 105):
	"unseen274-riversidetoollibrary-shiftrota-en": {0.02, 0.89}, // 0.0 %, 89.9 %
	"unseen278-ashgroveecology-nestboxes-en":      {0.02, 0.70}, // 0.0 %, 70.5 %
	// The two-hundred-and-sixty-sixth to two-hundred-and-seventy-second sets, at the move (round 104):
	"unseen270-cnsl-canicule-fr":           {0.02, 0.93}, // 0.0 %, 93.1 %
	"unseen270-sidechain-basementnight-en": {0.02, 0.93}, // 0.0 %, 93.7 %
	"unseen272-storiloom-millfordflood-en": {0.02, 0.89}, // 0.0 %, 89.0 %
	// The two-hundred-and-fifty-ninth to two-hundred-and-sixty-fifth sets, at the move (round 103):
	"unseen259-tidewaterbugs-tilecache-en":   {0.15, 1.00}, // 14.4 %, 100.0 %
	"unseen260-devlabo-regexjournaux-fr":     {0.12, 1.00}, // 11.2 %, 100.0 %
	"unseen261-marshwardens-springletter-en": {0.02, 0.40}, // 0.0 %, 40.3 %
	"unseen265-storyloom-harbordredging-en":  {0.15, 1.00}, // 14.4 %, 100.0 %
	// The two-hundred-and-fifty-second to two-hundred-and-fifty-eighth sets, at the move (round 102):
	"unseen254-ravipellnotes-busbunching-en":    {0.02, 0.75}, // 10.4 %, 76.4 %; 0.0 %, 75.9 % since round 102 (its warning callout gone)
	"unseen257-flightdeckrumours-hadleymoor-en": {0.02, 0.89}, // 0.4 %, 89.4 %
	"unseen257-tidewire-retries-en":             {0.02, 0.92}, // 0.0 %, 92.9 %
	"unseen258-thingery-seedtrayrack-en":        {0.02, 0.76}, // 0.0 %, 76.1 %
	// The two-hundred-and-forty-fifth to two-hundred-and-fifty-first sets, at the move (round 101):
	"unseen245-brookhollowusd-startpilot-en":      {0.16, 0.96}, // 15.2 %, 96.6 %
	"unseen245-kestrellibs-capacitypolicy-en":     {0.04, 0.99}, // 3.5 %, 99.4 %
	"unseen247-avenirtravail-emploisaisonnier-fr": {0.02, 0.90}, // 0.0 %, 90.8 %
	"unseen247-codecommons-debounce-en":           {0.20, 1.00}, // 19.1 %, 100.0 %
	"unseen247-gravefinder-whitford-en":           {0.12, 1.00}, // 11.6 %, 100.0 %
	"unseen248-fenwicklibrary-oralhistory-en":     {0.02, 0.84}, // 0.0 %, 84.1 %
	"unseen249-supperfiles-sheetpanchicken-en":    {0.02, 0.49}, // 1.0 %, 49.9 %
	"unseen250-fernleighallotments-waterrota-en":  {0.02, 0.86}, // 0.0 %, 87.0 %
	// The two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth sets, at the move (round 100):
	"unseen239-classask-pondmicroscopes-en":     {0.13, 1.00}, // 13.0 %, 100.0 %
	"unseen239-hallbookings-syncbookings-en":    {0.21, 1.00}, // 20.4 %, 100.0 %
	"unseen242-amfvaldesoize-expo2011-fr":       {0.10, 1.00}, // 9.1 %, 100.0 %
	"unseen242-motocarrefour-demarragefroid-fr": {0.02, 0.90}, // 0.0 %, 90.9 %
	// The two-hundred-and-thirty-first to two-hundred-and-thirty-seventh sets, at the move (round 99):
	"unseen232-robotine-gratinchoufleur-fr": {0.02, 0.81}, // 0.0 %, 82.0 %
	"unseen233-wholeplate-lentilsoup-en":    {0.02, 0.30}, // 0.0 %, 30.7 %
	"unseen236-saltmarsh-tidefit-en":        {0.33, 1.00}, // 32.7 %, 100.0 %
	"unseen237-grumblepit-rainbarrel-en":    {0.02, 0.81}, // 2.0 %, 81.8 %
	// The two-hundred-and-twenty-fourth to two-hundred-and-thirtieth sets, at the move (round 98):
	"unseen224-harbourlinedocs-mooringsapi-en": {0.46, 1.00}, // 45.4 %, 100.0 %
	"unseen224-petitspas-flanscourgette-fr":    {0.10, 1.00}, // 9.7 %, 100.0 %
	"unseen229-pkgindex-tidyclock-en":          {0.10, 0.97}, // 9.7 %, 98.0 %
	// The two-hundred-and-seventeenth to two-hundred-and-twenty-third sets, at the move (round 97):
	"unseen217-jardinsbonval-veloutepanais-fr": {0.05, 0.83}, // 4.9 %, 83.9 %
	"unseen221-devlearnqa-scheduledtask-en":    {0.08, 1.00}, // 7.8 %, 100.0 %
	// The two-hundred-and-tenth to two-hundred-and-sixteenth sets, at the move (round 96):
	"unseen210-tessellatedocs-upgrade42-en":          {0.02, 0.90}, // 0.0 %, 90.7 %
	"unseen212-forumplates-calfatage-fr":             {0.29, 1.00}, // 28.5 %, 100.0 %
	"unseen214-flatmatekitchen-harissatraybake-en":   {0.09, 0.84}, // 8.5 %, 84.6 %
	"unseen215-cegepvalbrule-boitemoustaches-fr":     {0.07, 0.90}, // 6.7 %, 97.4 % with the edge model's rescue (3.7 %, 90.6 %)
	"unseen216-placedudroit-exclusionassociation-fr": {0.02, 0.69}, // 0.0 %, 69.2 %
	"unseen216-questionsjardin-bokashi-fr":           {0.02, 0.66}, // 0.0 %, 66.5 %
	"unseen216-skilletspoon-maplepecanbars-en":       {0.06, 1.00}, // 5.9 %, 100.0 %
	// The two-hundred-and-third to two-hundred-and-ninth sets, at the move (round 95):
	"unseen203-bigoven-smokyblackbeanchili-en":    {0.02, 0.74}, // 0.0 %, 74.1 %
	"unseen204-aquaberry-bilanbac120-fr":          {0.07, 0.94}, // 0.0 %, 94.9 % with the edge model (6.2 %, 95.1 % at first)
	"unseen209-harbourlinedesign-buttonlabels-en": {0.02, 0.94}, // 0.0 %, 94.8 %
	// The hundred-and-ninety-sixth to two-hundred-and-second sets, at the move (round 94):
	"unseen197-maisonnea-choisirmatelas-fr":       {0.02, 0.90}, // 0.0 %, 90.5 %
	"unseen198-farinesgarance-painepices-fr":      {0.02, 0.38}, // 0.0 %, 38.5 %
	"unseen198-fixpointexperts-robocopylog-en":    {0.02, 0.91}, // 1.3 %, 91.1 %
	"unseen198-larkspuraudio-lighthousekeeper-en": {0.02, 0.75}, // 0.0 %, 75.3 %
	"unseen201-harbourlight-backupdatabase-en":    {0.02, 0.93}, // 0.0 %, 93.6 %
	"unseen202-yummly-lentilsoup-en":              {0.02, 0.47}, // 0.0 %, 47.5 %
	// The hundred-and-eighty-eighth to hundred-and-ninety-fifth sets, at the move (round 93):
	"unseen188-cedarcrestschools-bridgechallenge-en": {0.02, 0.93}, // 0.0 %, 93.7 %
	"unseen191-fieldcodeclub-branches-en":            {0.10, 1.00}, // 9.5 %, 100.0 %
	"unseen191-inlandledger-bridgedeck-en":           {0.02, 0.94}, // 0.0 %, 94.7 %
	"unseen193-carnetdunerd-liseuse-fr":              {0.02, 0.68}, // 0.0 %, 68.4 %
	"unseen194-mediathequeslisson-lettre27-fr":       {0.02, 0.42}, // 0.0 %, 42.5 %
	"unseen195-popotte-gratincrozets-fr":             {0.02, 0.89}, // 0.0 %, 89.4 %
	"unseen195-quokkaanswers-sourdoughstarter-en":    {0.10, 0.21}, // 9.4 %, 21.2 %
	// The hundred-and-eighty-first to hundred-and-eighty-seventh sets, at the move (round 92):
	"unseen181-caldercyclehub-maynews-en":     {0.02, 0.76}, // 0.0 %, 76.9 %
	"unseen182-suppertin-lentilstew-en":       {0.02, 0.91}, // 0.0 %, 91.7 %
	"unseen183-uplandcatchments-fieldday-en":  {0.02, 0.94}, // 0.0 %, 94.4 %
	"unseen184-vallorge-restaurantmeyzieu-fr": {0.02, 0.63}, // 0.0 %, 64.0 %
	// The hundred-and-seventy-seventh to hundred-and-eightieth sets, at the move (round 91):
	// The hundred-and-sixty-ninth to hundred-and-seventy-sixth sets, at the move (round 90):
	"unseen169-pebblequeue-retries-en":      {0.03, 1.00}, // 2.3 %, 100.0 %
	"unseen171-harbourdata-tidecleaning-en": {0.02, 0.76}, // 0.0 %, 76.0 %
	"unseen175-railsguides-tidewater-en":    {0.13, 0.93}, // 12.3 %, 93.3 %
	// The hundred-and-sixty-first to hundred-and-sixty-eighth sets, at the move (round 89):
	"unseen163-famille-guern-galettes-fr": {0.02, 0.56}, // 0.0 %, 56.1 %
	// The hundred-and-fifty-third to hundred-and-sixtieth sets, at the move (round 88):
	"unseen153-histoiremontferrand-moulinsleze-fr": {0.14, 0.75}, // 3.6 %, 75.5 % with the edge model (13.0 %, 76.7 % at first)
	"unseen153-kestrelvalecg-noticeboard-en":       {0.10, 0.90}, // 6.7 %, 90.1 % with the edge model (9.2 %, 91.0 % at first)
	"unseen153-soleilvermandois-salledesfetes-fr":  {0.13, 0.98}, // 12.7 %, 98.7 %
	"unseen156-histoiresdecuisine-tartecourge-fr":  {0.02, 0.63}, // 0.0 %, 63.3 %
	"unseen156-retraitescheminots-facilites-fr":    {0.08, 1.00}, // 7.1 %, 100.0 %
	"unseen157-nytcooking-barley-en":               {0.02, 0.78}, // 0.0 %, 78.8 %
	"unseen157-tidelinestories-chainferry-en":      {0.08, 0.94}, // 0.0 %, 94.7 % with the edge model's marks (7.0 %, 95.5 %)
	"unseen158-quaysidepatchwork-tmx40-en":         {0.25, 1.00}, // 24.9 %, 100.0 %
	// The hundred-and-forty-fifth to hundred-and-fifty-second sets, at the move (round 87):
	"unseen146-cuisinemarcelline-crozets-fr":       {0.02, 0.92}, // 0.0 %, 92.9 %
	"unseen146-pelotonvelay-grandprix-fr":          {0.02, 0.91}, // 0.0 %, 91.2 %
	"unseen147-ferncliffegit-allskycalibration-en": {0.02, 0.94}, // 0.0 %, 94.5 %
	"unseen151-thepantry-cabbagewedges-en":         {0.02, 0.62}, // 0.0 %, 62.3 %
	"unseen151-thestudyroom-labapprenticeship-en":  {0.44, 1.00}, // 43.6 %, 100.0 %
	"unseen152-howwiz-repotting-en":                {0.10, 0.86}, // 1.5 %, 86.7 % with the edge model's marks (9.9 %, 87.2 %)
	// The hundred-and-thirty-seventh to hundred-and-forty-fourth sets, at the move (round 86):
	"unseen138-collegejeanrostand-macroinvertebres-fr": {0.32, 0.62}, // 14.7 %, 62.4 % with the edge model's marks (31.1 %, 65.1 %)
	"unseen138-pellworthbowls-newgreen-en":             {0.04, 0.94}, // 4.0 %, 94.8 %
	"unseen139-amisdulavoir-lettre42-fr":               {0.17, 1.00}, // 16.4 %, 100.0 %
	"unseen141-hillcotelandtrust-springletter-en":      {0.02, 0.81}, // 0.0 %, 81.0 %
	"unseen142-hallowmerearchives-parishregisters-en":  {0.14, 0.97}, // 13.8 %, 97.2 %
	// The hundred-and-twenty-ninth to hundred-and-thirty-sixth sets, at the move (round 85; wanderquirk with its mended reference):
	"unseen132-amisdufour-fourbanal-fr": {0.10, 0.98}, // 9.0 %, 98.7 %
	// The hundred-and-twenty-fifth to hundred-and-twenty-eighth sets, at the move (round 84; tidegate with its mended reference):
	// The hundred-and-twenty-first to hundred-and-twenty-fourth sets, at the move (round 83):
	"unseen121-citytalkdata-ashcombe-en":        {0.02, 0.94}, // 0.0 %, 94.99 % (95.0 % as first logged)
	"unseen121-goodtable-leekgratin-en":         {0.02, 0.87}, // 0.0 %, 44.1 % first, 87.8 % since "hidden-print" is no print button: its description in the post header still lost
	"unseen121-ledecryptage-petiteslignes-fr":   {0.02, 0.91}, // 0.0 %, 91.8 %
	"unseen121-tidekit-migration2-en":           {0.38, 1.00}, // 37.4 %, 100.0 %
	"unseen103-jardinsvauclair-plantation-fr":   {0.37, 1.00}, // 36.8 %, 100.0 %
	"unseen104-cfhd-expomorteau-fr":             {0.25, 1.00}, // 24.1 %, 100.0 %
	"unseen96-amapdesquatrevents-lettremars-fr": {0.02, 0.94}, // 0.0 %, 94.7 %
	"unseen76-saintvalbert-clocher-fr":          {0.02, 0.93}, // 0.0 %, 48.6 % first, 94.0 % since joinShapeBoxes: two of its list's four items (Wingdings "§" bullets in MsoNormal paragraphs) lost
	"unseen82-maisonduveloriom-atelier-fr":      {0.02, 0.83}, // 0.0 %, 83.3 %
	"unseen110-fenwickcyclists-nightride-en":    {0.12, 1.00}, // 11.1 %, 100.0 %
	"unseen111-kelsborough-fenwickparking-en":   {0.08, 1.00}, // 8.0 %, 100.0 %
	"unseen110-hellofresh-gratincrozets-fr":     {0.06, 0.98}, // 5.9 %, 98.2 %
	"unseen112-amislavoir-corvee-fr":            {0.02, 0.89}, // 0.0 %, 89.7 %
	"unseen113-kitchen41-barleycarrots-en":      {0.02, 0.44}, // 0.0 %, 44.0 %
	"unseen114-kiva-rosabakery-en":              {0.10, 1.00}, // 20.0 %, 100.0 % first, 9.2 % since "more about this "
	"unseen115-amaptroisfontaines-lettre27-fr":  {0.10, 0.93}, // 10.0 %, 93.8 %
	"unseen118-larkspurhelp-backup-en":          {0.02, 0.37}, // 0.0 %, 37.1 %
}

// BenchmarkParse compares reducing a web page to its article with parsing
// the same article as plain text, the per-document cost ingestion adds
// for HTML (see BenchmarkStreamHTML in ingest for the whole pipeline).
func BenchmarkParse(b *testing.B) {
	page, err := os.ReadFile(filepath.Join(pagesDir, "lemag-proxmox-fr.html"))
	if err != nil {
		b.Fatal(err)
	}
	title, _, _, body := reference(b, "lemag-proxmox-fr")
	text := []byte(title + "\n\n" + body)
	b.Run("html", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(page)))
		for b.Loop() {
			if _, err := ParseHTML("x", page); err != nil {
				b.Fatal(err)
			}
		}
	})
	// Every test page once per operation: the mix of markup the figures
	// of BenchmarkStreamHTML come from.
	var pages [][]byte
	for _, name := range pageNames(b) {
		data, err := os.ReadFile(filepath.Join(pagesDir, name+".html"))
		if err != nil {
			b.Fatal(err)
		}
		if text, _ := charset.Decode(data, "", webpage.MetaCharset(data)); utf8.Valid(text) {
			pages = append(pages, text)
		}
	}
	b.Run("html-all-pages", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, page := range pages {
				if _, err := ParseHTML("x", page); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	})
	b.Run("text", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if _, err := ParseText("x", text); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestHTMLQualityUnseen measures the pages of unseenDirs: the article
// target holds there too; their boilerplate share is held to what was
// first measured (unseenLeak) and reported, since tuning on them would
// make them tuned pages. docs/quality.md records the figures:
// go test -run TestHTMLQualityUnseen -v ./corpus/
func TestHTMLQualityUnseen(t *testing.T) {
	names, dirs := unseenNames(t)
	defer func(dir string) { pagesDir = dir }(pagesDir)
	var sumLeaked, sumKept float64
	met, keptMet := 0, 0
	for _, name := range names {
		pagesDir = dirs[name]
		// A subtest a page: a page the reducer cannot read fails alone,
		// and the others are still measured.
		t.Run(name, func(t *testing.T) {
			kept, leaked, articleN, boilerN := quality(t, name)
			t.Logf("article words %4d kept %6.2f %%   boilerplate words %4d kept %5.2f %%", articleN, 100*kept, boilerN, 100*leaked)
			if leaked <= 0.02 {
				met++
			}
			if kept >= 0.95 {
				keptMet++
			}
			sumLeaked += leaked
			sumKept += kept
			first, ok := unseenFirst[name]
			if !ok {
				// The line to add to unseenFirst once the first
				// measurement is recorded in docs/quality.md.
				t.Errorf("no first measurement in unseenFirst; add\n\t%q: {%.2f, %.2f}, // %.1f %%, %.1f %%", name, unseenLimit(leaked), math.Floor(100*kept)/100, 100*leaked, 100*kept)
				return
			}
			if leaked > first.leak {
				t.Errorf("%.1f %% of the boilerplate's words kept, more than first measured (%.0f %%)", 100*leaked, 100*first.leak)
			}
			if kept < min(0.95, first.kept) {
				t.Errorf("%.1f %% of the article's words kept, want ≥ 95 %% or at least the first measurement (%.0f %%)", 100*kept, 100*first.kept)
			}
		})
	}
	n := float64(max(len(names), 1))
	t.Logf("%d of %d unseen pages keep ≤ 2 %% of their boilerplate (mean %.2f %%); %d keep ≥ 95 %% of their article (mean %.2f %%)", met, len(names), 100*sumLeaked/n, keptMet, 100*sumKept/n)
}

// unseenLimit is the limit a first measurement sets: the boilerplate
// share rounded up to the next percent, and at least the 2 % target.
func unseenLimit(leaked float64) float64 {
	return max(0.02, math.Ceil(100*leaked)/100)
}

// unseenFirst is each unseen page's first measurement (docs/quality.md):
// its boilerplate share as unseenLimit makes it, and the share of its
// article kept, rounded down. TestHTMLQualityUnseen prints the line to add
// for a page that has none. The first set's entries went with its pages
// in round 8, the second set's in round 9, the third set's in round 10,
// the fourth set's in round 11, the fifth set's in round 12, the sixth
// set's in round 13, the seventh set's in round 14, the eighth set's in
// round 15, the ninth set's in round 16, the tenth set's in round 17, the
// eleventh set's in round 18, the twelfth set's in round 19, the
// thirteenth set's in round 20, the fourteenth set's in round 21, the
// fifteenth set's in round 22, the sixteenth set's in round 23, the
// seventeenth set's in round 24, the eighteenth set's in round 25, the
// nineteenth set's in round 26, the twentieth set's in round 27, the
// twenty-first set's in round 28, the twenty-second set's in round 29,
// the twenty-third set's in round 30, the twenty-fourth set's in round
// 31, the twenty-fifth set's in round 32, the twenty-sixth set's in round
// 33, the twenty-seventh set's in round 34, the twenty-eighth set's in
// round 35, the twenty-ninth set's in round 36, the thirtieth set's in
// round 37, the thirty-first set's in round 38, the thirty-second set's in
// round 39, the thirty-third set's in round 40, the thirty-fourth set's
// in round 41, the thirty-fifth set's in round 42, the thirty-sixth
// set's in round 43, the thirty-seventh set's in round 44, the
// thirty-eighth and thirty-ninth sets' in round 45, the fortieth set's
// in round 46, the forty-first and forty-second sets' in round 47, the
// forty-third and forty-fourth sets' in round 48, the forty-fifth and
// forty-sixth sets' in round 49, the forty-seventh and forty-eighth sets'
// in round 50, the forty-ninth and fiftieth sets' in round 51, the
// fifty-first and fifty-second sets' in round 52, the fifty-third and
// fifty-fourth sets' in round 53, the fifty-fifth and fifty-sixth sets'
// in round 54, the fifty-seventh and fifty-eighth sets' in round 55,
// the fifty-ninth and sixtieth sets' in round 56, the sixty-first and
// sixty-second sets' in round 57, the sixty-third and sixty-fourth sets'
// in round 58, the sixty-fifth and sixty-sixth sets' in round 59, the
// sixty-seventh and sixty-eighth sets' in round 60, the sixty-ninth and
// seventieth sets' in round 61, the seventy-first and seventy-second
// sets' in round 62, the seventy-third and seventy-fourth sets' in round
// 63, the seventy-fifth and seventy-sixth sets' in round 64, the
// seventy-seventh and seventy-eighth sets' in round 65, the seventy-ninth
// and eightieth sets' in round 66, the eighty-first and eighty-second
// sets' in round 67, the eighty-third and eighty-fourth sets' in round
// 68, the eighty-fifth and eighty-sixth sets' in round 69, the
// eighty-seventh and eighty-eighth sets' in round 70, the eighty-ninth
// and ninetieth sets' in round 71, the ninety-first and
// ninety-second sets' in round 72, the ninety-third and ninety-fourth
// sets' in round 73, the ninety-fifth and ninety-sixth sets' in round 74,
// the ninety-seventh and ninety-eighth sets' in round 75, the ninety-ninth
// and hundredth sets' in round 76, the hundred-and-first and
// hundred-and-second sets' in round 77, the hundred-and-third and
// hundred-and-fourth sets' in round 78, the hundred-and-fifth and
// hundred-and-sixth sets' in round 79, the hundred-and-seventh and
// hundred-and-eighth sets' in round 80, the hundred-and-ninth to
// hundred-and-twelfth sets' in round 81, the hundred-and-thirteenth to
// hundred-and-twentieth sets' in round 82, the hundred-and-twenty-first to
// hundred-and-twenty-fourth sets' in round 83, the hundred-and-twenty-fifth
// to hundred-and-twenty-eighth sets' in round 84, the hundred-and-twenty-ninth
// to hundred-and-thirty-sixth sets' in round 85, the hundred-and-thirty-seventh
// to hundred-and-forty-fourth sets' in round 86, the hundred-and-forty-fifth
// to hundred-and-fifty-second sets' in round 87, the hundred-and-fifty-third
// to hundred-and-sixtieth sets' in round 88, the hundred-and-sixty-first to
// hundred-and-sixty-eighth sets' in round 89, the hundred-and-sixty-ninth to
// hundred-and-seventy-sixth sets' in round 90, the hundred-and-seventy-seventh
// to hundred-and-eightieth sets' in round 91, the hundred-and-eighty-first to
// hundred-and-eighty-seventh sets' in round 92, the hundred-and-eighty-eighth
// to hundred-and-ninety-fifth sets' in round 93, the hundred-and-ninety-sixth
// to two-hundred-and-second sets' in round 94, the two-hundred-and-third to
// two-hundred-and-ninth sets' in round 95, the two-hundred-and-tenth to
// two-hundred-and-sixteenth sets' in round 96, the
// two-hundred-and-seventeenth to two-hundred-and-twenty-third sets' in
// round 97, the two-hundred-and-twenty-fourth to two-hundred-and-thirtieth
// sets' in round 98, the two-hundred-and-thirty-first to
// two-hundred-and-thirty-seventh sets' in round 99, the
// two-hundred-and-thirty-eighth to two-hundred-and-forty-fourth sets' in
// round 100, the two-hundred-and-forty-fifth to two-hundred-and-fifty-first
// sets' in round 101, the two-hundred-and-fifty-second to
// two-hundred-and-fifty-eighth sets' in round 102, the
// two-hundred-and-fifty-ninth to two-hundred-and-sixty-fifth sets' in round
// 103, the two-hundred-and-sixty-sixth to two-hundred-and-seventy-second
// sets' in round 104, the two-hundred-and-seventy-third to
// two-hundred-and-seventy-ninth sets' in round 105, the
// two-hundred-and-eightieth to two-hundred-and-eighty-sixth sets' in round
// 106. It takes the next sets' first measurements.
var unseenFirst = map[string]struct{ leak, kept float64 }{
	// The two-hundred-and-eighty-seventh to two-hundred-and-ninety-third sets', measured with round 102's code:
	"unseen287-carnetsmargaux-gratincrozets-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-cimaiserevue-vautrin-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-comperevimeu-fournil-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-copperwhisk-appleoatbars-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-hearthsidetrust-youngcarers-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-kilnsidestudio-springfiring-en":         {0.11, 1.00}, // 10.6 %, 100.0 %
	"unseen287-kindredrand-readingbus-en":              {0.02, 0.97}, // 0.0 %, 97.4 %
	"unseen287-maisoncapucine-bouturepothos-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-marochorizons-transportscolaire-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-planandsection-quarrylibrary-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-revuefermiers-gelpommiers-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen287-riomesajournal-arroyotrail-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-cieletorbites-cometeavril-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-cyclosbrevannes-brevet200-fr":           {0.02, 0.98}, // 0.0 %, 98.0 %
	"unseen288-defisensemble-ludotheque-fr":            {0.02, 0.96}, // 1.3 %, 96.1 %
	"unseen288-fourneauxclement-gratincrozets-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-harlowcounty-hazardouswaste-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-ironvanguard-serverrules-en":            {0.02, 0.97}, // 0.0 %, 98.0 %
	"unseen288-moonlitkettle-allotment-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-pixelattic-rentalshop-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-quaysidejs-testingmeetup-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-rencontreslorvaux-programme-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen288-sentiersetcircuits-bouclemoulins-fr":    {0.14, 1.00}, // 13.1 %, 100.0 %
	"unseen288-tidewell-release240-en":                 {0.69, 1.00}, // 68.1 %, 100.0 %
	"unseen289-amislavoirsaintfirmin-conference-fr":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-dugoutledger-marrowsinker-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-fallowbrookschools-roboticsstate-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-gamewrightjournal-savesystems-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-heritagelink-ferrymen-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-joineryquarterly-drawbore-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-mediclic-gardesorne-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-octetmag-fibreassociative-fr":           {0.02, 0.92}, // 0.0 %, 92.8 %
	"unseen289-ondesclassiques-violegambe-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-pedagoraeurope-ateliersnumeriques-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-raisetogether-millbeckboathouse-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen289-terrespartagees-dahlquinoa-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-apetilleuls-potager-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-fildulivre-librairiesrurales-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-hvpm-sorrelcanyon-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-inesol-jardinsfamiliaux-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-laguneinfo-marchebenikro-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-maisonlestrade-blinis-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-mpsnews-seedbanks-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-orrinvale-kitchentimer-en":              {0.18, 1.00}, // 17.6 %, 100.0 %
	"unseen290-quillonbytes-serialconsole-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-tidalledger-ferrytimetable-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-torrefactionhalles-mouture-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen290-wrenbox-release04-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-caldernews-riverice-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-echodesdranses-cantine-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-kerndal-gratincrozets-fr":               {0.19, 1.00}, // 18.0 %, 100.0 %
	"unseen291-museumcastelrouge-carabe-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-parklands-shorebirdclosures-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-pedaliers-cargohiver-fr":                {0.02, 0.93}, // 0.0 %, 93.9 %
	"unseen291-quillo-scammessages-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-sagebrushindependent-groundwater-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-sillonsocial-caristesfroid-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-terresetsentiers-mangeoire-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-westburycanoe-avernpaddle-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen291-yunacooks-muguk-en":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-booktradeweekly-storefrontfund-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-caisseagile-facturationelectronique-fr": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-cartablenumerique-tablettescp-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-culturetributary-saltyear-en":           {0.02, 0.97}, // 0.0 %, 97.6 %
	"unseen292-eglantinemag-sportapreschimio-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-fretmarket-offsetsetup-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-gazettecrayonnee-eclusiers-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-gemfileweekly-issue742-en":              {0.07, 0.71}, // 6.8 %, 78.7 %; 71.6 % with the edge model's marks
	"unseen292-jardinsbocage-greffepommiers-fr":        {0.02, 1.00}, // 0.7 %, 100.0 %
	"unseen292-sortircapitale-nuitdesfourmis-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-thriftystockpot-lentilsoup-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen292-wrenfield-shoeboxbackups-en":            {0.02, 0.97}, // 0.0 %, 97.2 %
	"unseen293-aldermoorstar-snowdump-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-cedarhollowchurch-pantrytuesdays-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-inkwellshelf-lornavasquezreid-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-jardinsclosferrand-rentree-fr":          {0.02, 0.98}, // 0.0 %, 98.7 %
	"unseen293-longcours-passeurbaie-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-millbrookrepaircafe-frontdesk-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-pourwise-amarotonic-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-preventionsante-caniculeisoles-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-sentiersvtt-tubelesssemirigide-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-sprigandspoon-farrosalad-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen293-tablepratique-flancourgettes-fr":        {0.02, 0.84}, // 0.0 %, 84.0 %
	"unseen293-toolibre-valorvannelibreoffice-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	// The two-hundred-and-ninety-fourth to three-hundredth sets', measured with round 104's code:
	"unseen294-adcraftweekly-grocerjingle-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-amismoulinquerion-motdupresident-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-autochronique-essaibreizh-fr":              {0.02, 0.99}, // 0.0 %, 99.5 %
	"unseen294-carrefourpublic-guichetsruraux-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-essentialabo-baumelevres-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-harborlightbanner-rowhomeroofs-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-narrowgaugeyard-pointmotors-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-parcelkite-webhooksignatures-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-recoltessolidaires-jardinsmaraichers-fr":   {0.02, 1.00}, // 0.7 %, 100.0 %
	"unseen294-rosaliecuisine-gateaucarottes-fr":          {0.05, 1.00}, // 4.3 %, 100.0 %
	"unseen294-tunewell-lighthousekeepers-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen294-woolstep-washingguide-en":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-cahierprepa-concoursblanc-fr":              {0.02, 0.96}, // 0.0 %, 96.1 %
	"unseen295-commonshour-landtrust-en":                  {0.10, 1.00}, // 9.5 %, 100.0 %
	"unseen295-crumbandcopper-skilletcornbread-en":        {0.07, 1.00}, // 6.3 %, 100.0 %
	"unseen295-cyberfleuve-patinoire-fr":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-decomamaison-carrelagepeint-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-facultyledger-overnightlibrary-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-hiboupc-ecluses-fr":                        {0.04, 1.00}, // 0.0 %, 100.0 %; 3.5 % with the edge model's rescue
	"unseen295-lairoffans-lanternkeepers-en":              {0.02, 0.97}, // 0.0 %, 97.8 %
	"unseen295-metroquarterly-vendorpermits-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-passionpalombe-palombiere-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-publicbrief-allotments-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen295-vezerelibre-halle-fr":                      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-entarpege-reunion5e-fr":                    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-horizonslointains-skarvoy-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-lindenparkscience-creekjournal-en":         {0.02, 0.99}, // 0.0 %, 99.5 %
	"unseen296-meridiareview-tarvelaccord-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-pedaressources-jardinspedagogiques-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-platedatlas-celeriachazelnut-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-plinth-brennanquietrooms-en":               {0.02, 0.96}, // 0.0 %, 96.6 %
	"unseen296-quarrelproject-rc2testing-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-quotidienlittoral-dessalementtazgharet-fr": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen296-ridgewayhospice-moorlandwalk-en":           {0.16, 1.00}, // 15.5 %, 100.0 %
	"unseen296-santeplus-genoucourse-fr":                  {0.17, 0.98}, // 16.8 %, 98.4 %
	"unseen296-terresdeveyle-jouesboeufcocotte-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-ashcombems-fieldstudy-en":                  {0.02, 0.97}, // 0.0 %, 98.0 %
	"unseen297-droitpratique-congesfermeture-fr":          {0.02, 0.55}, // 0.0 %, 55.9 %
	"unseen297-iprp-fortechaleur-fr":                      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-kindraise-tailoringunit-en":                {0.02, 0.96}, // 0.0 %, 96.4 %
	"unseen297-laiteriesaintmeloir-teurgoule-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-liguecitoyennevaubrac-permanence-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-rotorpedia-northernleague-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-sentiersetsommets-cretelongue-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-tallowfox-retries-en":                      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen297-tonguewise-donefinished-en":                {0.02, 0.94}, // 0.6 %, 94.6 %
	"unseen297-webmailacvaubrac-bacblanc-fr":              {0.02, 0.97}, // 0.0 %, 97.8 %
	"unseen297-wyrebankecho-ferrycanopy-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-blockhaus-copperlanterns-en":               {0.02, 0.96}, // 0.0 %, 96.7 %
	"unseen298-dessertsnanou-rizaulait-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-esconfluent-prolongationmarchetti-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-forumckvalmonne-fissurecoque-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-kinwell-holidayhelpline-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-ligeriemag-navettegare-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-loesshillsherald-bridgerepair-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-longhandmag-watchmaker-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-maitrebricole-seuilporte-fr":               {0.04, 1.00}, // 3.4 %, 100.0 %
	"unseen298-meretcotes-remorqueurkerlidec-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-rootstockliving-coldframe-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen298-shellcraft-findolderfiles-en":              {0.15, 1.00}, // 14.6 %, 100.0 %
	"unseen299-burrowfort-breadtin-en":                    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-carnetlucien-pressoirtanneurs-fr":          {0.16, 1.00}, // 15.4 %, 100.0 %
	"unseen299-castelvieil-tianlegumes-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-cloakroom-stopgapmath-en":                  {0.02, 0.98}, // 0.0 %, 98.3 %
	"unseen299-galopmatin-prixsainteaure-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-gazettecepages-savagninjeunes-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-genealogievalsevre-relevessaintmaxire-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-hearthmilloats-maplepear-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-kestreloutfitters-mendingshell-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-petitcrieur-chapiteaux-fr":                 {0.04, 1.00}, // 3.3 %, 100.0 %
	"unseen299-quorumcall-smokesensors-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen299-ripereviews-weekendboxoffice-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-ashgroveprimary-readingweek-en":            {0.02, 0.98}, // 0.0 %, 98.4 %
	"unseen300-collegetilleuls-rallyemaths-fr":            {0.06, 1.00}, // 5.4 %, 100.0 %
	"unseen300-corvidtechcenter-wsusreporting-en":         {0.02, 0.48}, // 0.0 %, 48.6 %
	"unseen300-ecranhebdo-gardiensdularge-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-harborcityvoice-busdrivers-en":             {0.08, 1.00}, // 8.0 %, 100.0 %
	"unseen300-kalimainfo-dessalement-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-maisonsencha-conservation-fr":              {0.02, 0.99}, // 0.0 %, 99.1 %
	"unseen300-millbrookrepair-frontdesk-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-refugevalrose-chauffage-fr":                {0.13, 1.00}, // 12.2 %, 100.0 %
	"unseen300-sturdyhouse-recaulktub-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-westwardmag-grilledapricots-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen300-wikicurieux-ludion-fr":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	// The three-hundred-and-first to three-hundred-and-seventh sets', measured with round 104's code:
	"unseen301-actrally-millbrooklibraries-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-askteamlead-coworkerlunch-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-baysideherald-armoryrink-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-casserolesmaelle-crozets-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-cielprofond-dobson300-fr":                 {0.02, 1.00}, // 0.5 %, 100.0 %
	"unseen301-dessousdetable-rondspoints-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-maintendue-grandfroid-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-parcelkite-migratev2-en":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-refurbia-batterie-fr":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-showtalkradio-seedsavers-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-silveryears-warmhomes-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen301-terreaquiferes-nappesjuin-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-carnetsduballon-tribunes-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-cheflucien-gratincardons-fr":              {0.02, 0.76}, // 0.0 %, 76.6 %
	"unseen302-combandcover-winterlosses-en":             {0.02, 0.97}, // 0.0 %, 97.4 %
	"unseen302-formline-readingpavilion-en":              {0.02, 0.98}, // 0.0 %, 98.1 %
	"unseen302-kestrelmeters-ratelimits-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-lobjecteur-velocargo-fr":                  {0.02, 0.99}, // 0.0 %, 99.5 %
	"unseen302-mistralnoir-laverie-fr":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-relaisjeunesse-logementcoursannee-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-stbrendanhill-pantrymove-en":              {0.02, 0.98}, // 0.0 %, 98.0 %
	"unseen302-tamaracknet-ferrydock-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-theoyang-tworeviews-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen302-vallombremetropole-composteurs-fr":        {0.02, 0.96}, // 0.0 %, 97.0 %
	"unseen303-atelierdesmomes-herissons-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-cerclerioumel-meuniers-fr":                {0.37, 1.00}, // 36.6 %, 100.0 %
	"unseen303-collegetilleuls-jardin-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-cormorantreview-ferryschedule-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-foyershautbreval-scenesdeschamps-fr":      {0.02, 0.98}, // 0.0 %, 98.8 %
	"unseen303-fundmate-coastride-en":                    {0.02, 0.95}, // 0.0 %, 95.4 %
	"unseen303-glossparis-raccommodage-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-hexaweb-rebouteille-fr":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-larkspurwiki-contracttests-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-millbrookallotments-marchnews-en":         {0.02, 0.98}, // 0.0 %, 98.3 %
	"unseen303-motorwise-ariahybrid-en":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen303-tixwell-volunteerbriefing-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-amapdesquais-lettre12-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-bugharbor-resettoken-en":                  {0.18, 1.00}, // 17.9 %, 100.0 %
	"unseen304-channelsidenews-harbourcrane-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-clglesaulnes-ecosse-fr":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-finanterre-fourchesetape-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-infobrionnais-passerelle-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-mixwell-oatbuns-en":                       {0.02, 0.28}, // 0.0 %, 28.5 %
	"unseen304-mortimersoftware-fixedprice-en":           {0.02, 0.98}, // 0.0 %, 98.6 %
	"unseen304-penguinbench-zramswap-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-saintmarceldesbois-ruedeleglise-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-summitcast-allotmenthour42-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen304-tremplinjob-entretienechecs-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-bienplacer-livretsfevrier-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-canalstatejournal-busdrivers-en":          {0.18, 1.00}, // 17.8 %, 100.0 %
	"unseen305-hollybrookwiki-compostrota-en":            {0.02, 0.97}, // 0.0 %, 98.0 %
	"unseen305-levantlens-ammanwatertanks-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-medinafm-recolteolives-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-missionjeunesorvanne-forumalternance-fr":  {0.02, 0.98}, // 0.0 %, 98.4 %
	"unseen305-nigerfleuve-perimetremaraicher-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-nodal-datacenterpiscine-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-pierresetterres-enduitchaux-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-sampan-voiddecklibrary-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen305-tidewaterchess-aprilnews-en":              {0.04, 0.90}, // 3.8 %, 90.8 %
	"unseen305-wordhouse-fewerless-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-allotmenthour-tomatoseed-en":              {0.02, 0.96}, // 0.0 %, 96.9 %
	"unseen306-bonnesondes-epicerieretraites-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-climatterritoires-renovationlogements-fr": {0.02, 0.88}, // 0.0 %, 88.3 %
	"unseen306-cnvalmerange-classedecouverte-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-eclaireurloiret-passerellemariniers-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-kettleandkiln-glazingmugs-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-loamline-hardtailbikepacking-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-mouettebleue-saladepatesthon-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-prairielibraries-innovationgrants-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-screenweekly-harbourlightsreview-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-toutlecran-gardiensduphare-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen306-westshorenow-marrawayferry-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-gildedhour-costumearchive-en":             {0.04, 1.00}, // 0.0 %, 100.0 %; 3.6 % with the edge model's marks
	"unseen307-harborlightpantry-springappeal-en":        {0.40, 1.00}, // 39.8 %, 100.0 %
	"unseen307-ledgerlightfeedback-reminders-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-lesannotateurs-trottinettes-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-ndakaruflash-marchecentral-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-pinehollowschools-makeupdays-en":          {0.02, 0.99}, // 0.0 %, 99.2 %
	"unseen307-pressalia-trainsdenuit-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-randovaudray-sortiecretes-fr":             {0.36, 0.99}, // 35.1 %, 99.0 %
	"unseen307-revuetalus-haies-fr":                      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-stratecocanal-delaispaiement-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen307-thedishdaily-rentcaps-en":                 {0.02, 0.93}, // 0.0 %, 93.8 %
	"unseen307-vitalswire-maternityunits-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	// The three-hundred-and-eighth to three-hundred-and-fourteenth sets, first measured with round 106's code.
	"unseen308-bioequilibre-plantessauvages-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-blogarp-ravinetrail-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-blogducurateur-etudenewsletters-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-documag-donneesrecherche-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-entraidedomicile-lettreadherents-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-ferngateupdates-offlinemode-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-harborviewmag-rivetbakery-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-kerbsideexpress-ecourierprice-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-quillbrookringers-reedbedsession-en":  {0.02, 0.99}, // 0.0 %, 99.7 %
	"unseen308-terresvivantes-pesticidesecoles-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen308-veilleecologie-arretesecheresse-fr":   {0.02, 0.97}, // 0.0 %, 97.9 %
	"unseen308-wavlength-recordstorearchive-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-commonporch-leggyseedlings-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-crinieres-piedsnus-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-cuisinoria-plandetravail-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-escapadecampingcar-norvege-fr":        {0.02, 0.99}, // 0.0 %, 99.5 %
	"unseen309-lakeheadtribune-ferrydock-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-millracequilters-rafflequilt-en":      {0.02, 0.98}, // 0.0 %, 98.3 %
	"unseen309-ondesvoisines-bibliotheques-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-provingtable-braisedleeks-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-roncieresnatation-stagepaques-fr":     {0.02, 0.93}, // 0.0 %, 93.5 %
	"unseen309-saulxmont-marchecouvert-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-vestrygazette-fenwoldbells-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen309-westmoorcouncil-saltbarn-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-drystonetalk-cheekend-en":             {0.02, 0.99}, // 0.0 %, 99.7 %
	"unseen310-givestride-nadiaruns-en":              {0.11, 1.00}, // 10.9 %, 100.0 %
	"unseen310-harrowdenrail-snowplough-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-hissmag-tidelinechoir-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-lanternstories-walterspiano-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-leparvis-synodesaintaurele-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-leverdurier-tailleglycine-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-nearerneighbors-ferrisavenue-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-ondereformee-chorales-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-ondesciencesloire-chauvessouris-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-renovorsanne-pompeachaleur-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen310-trouvaille-lignesfantomes-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-amisduphare-voilieradapte-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-caraibeexpress-marchesalinas-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-coastlandtimes-seadefence-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-estuaireatlantique-bacrochenoire-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-fretboardcommons-archtophumidity-en":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-marlowfalls-tutoringcenter-en":        {0.23, 0.97}, // 22.2 %, 97.4 %
	"unseen311-meridianmedj-heatdialysis-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-miedoree-croquegratin-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-quilllua-templatemodule-en":           {0.10, 0.99}, // 9.5 %, 99.4 %
	"unseen311-sereinemag-dimanchelent-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-tidewateranglers-outboardwinter-en":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen311-vernouxlaforet-loisirsete-fr":         {0.02, 0.95}, // 0.0 %, 95.3 %
	"unseen312-brightbowl-chickpeastew-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-communautelumio-ecrannoir-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-composantdirect-alimentation-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-corerumors-batterydrain-en":           {0.02, 0.99}, // 0.3 %, 99.4 %
	"unseen312-laptopbench-aerionslate-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-magpapillon-lingerenferme-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-northridingcourier-busroute-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-outdoorcompass-gridreference-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-plumeexacte-pallier-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-tauxmalin-tauxavril-fr":               {0.11, 1.00}, // 10.5 %, 100.0 %
	"unseen312-tsingymatin-collectelait-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen312-vitalmen-kettlebell-en":               {0.02, 0.94}, // 0.0 %, 95.0 %
	"unseen313-balconyseats-lastferry-en":            {0.13, 1.00}, // 12.6 %, 100.0 %
	"unseen313-citemarmots-cabanes-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-comptoirbati-enduitfacade-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-gazetteperche-boulangerie-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-ginghamkitchen-lemonbars-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-harmattantimes-ferryfares-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-kettlebook-publicapi-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-laiteriecausse-cheesecake-fr":         {0.02, 0.96}, // 0.0 %, 96.7 %
	"unseen313-porchlightaudio-tidewatchers-en":      {0.02, 0.90}, // 0.0 %, 90.2 %
	"unseen313-replycard-readinggala-en":             {0.02, 0.65}, // 0.0 %, 65.3 %
	"unseen313-saisonspoesie-fenetres-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen313-zonecalcs-chronometre-fr":             {0.02, 0.99}, // 0.7 %, 99.7 %
	"unseen314-campusweekly-anonymousmarking-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-curblines-bikelane-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-engagesensemble-volontairesecoles-fr": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-harbourdevdays-callforspeakers-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-marathonducoeur-collectepiscine-fr":   {0.02, 0.97}, // 0.0 %, 97.1 %
	"unseen314-ouafmiaou-chatonmange-fr":             {0.02, 0.95}, // 0.0 %, 95.3 %
	"unseen314-piedmonttable-skilletcornbread-en":    {0.02, 0.34}, // 0.0 %, 34.2 %
	"unseen314-plazacommons-laundromat-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-telecomete-lesveilleurs-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-terresdecuvee-lettrejuin-fr":          {0.16, 0.98}, // 15.5 %, 98.8 %
	"unseen314-tidepooljs-eventsmodule-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen314-toutmontigny-passerelle-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	// The three-hundred-and-fifteenth to three-hundred-and-twenty-first sets, first measured with the edge model's code.
	"unseen315-amischapellesaintgildas-toiture-fr":    {0.06, 0.97}, // 5.9 %, 97.2 %
	"unseen315-assurancepension-dossierenligne-fr":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-boldbatch-oatcookies-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-cedarside-crossingguards-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-cercledugout-lottecidre-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-decorsmaisons-cuisineverriere-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-ecolemusiquebriac-audition-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-fernhollow-nasmigration-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-heartwell-cprschools-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-routehebdo-essaibreak-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-screenroomforum-bassmanagement-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen315-tidekit-harbourclient-en":              {0.18, 1.00}, // 18.0 %, 100.0 %
	"unseen316-batisseursitinerants-halle-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-cahiersdelecran-heuresclaires-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-carnetsaurore-galettespoireaux-fr":     {0.02, 1.00}, // 0.6 %, 100.0 %
	"unseen316-cneo-alouette2-fr":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-fpe-delaispaiement-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-harlowcreekdispatch-millroadbridge-en": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-linkreports-tamarackfiber-en":          {0.02, 0.96}, // 0.0 %, 96.6 %
	"unseen316-northerntable-maplesquashsalad-en":     {0.10, 1.00}, // 10.0 %, 100.0 %
	"unseen316-penmarrowcouncil-harbourparking-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-revele-relevesair-fr":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-slowsignals-boringtools-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen316-towpathtrust-lockgarden-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-coralbayreview-portcranes-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-courantclair-chauffagegestes-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-cspvesle-futsalsolidaire-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-earthallies-hedgerow-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-eveilbocage-bibliobus-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-lenslog-gasworks-en":                   {0.02, 0.97}, // 0.0 %, 97.1 %
	"unseen317-museedelatoile-lettremars-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-plantplate-lentilshepherd-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-potagerdore-poeleemaischorizo-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-shedtalk-epoxyfloor-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-sixcordes-mancheviole-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen317-studylantern-ferrymansong-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-carnetyannick-rsynctimer-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-courrieraffairesloire-fromagerie-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-echodubrionnais-voieverte-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-fixerfolk-laddertowelrack-en":          {0.02, 0.97}, // 0.0 %, 97.8 %
	"unseen318-hostwell-phpversion-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-kettlehillroasters-frenchpress-en":     {0.02, 0.98}, // 0.0 %, 98.7 %
	"unseen318-ledgerwise-sinkingfund-en":             {0.02, 0.87}, // 0.0 %, 87.4 %
	"unseen318-maisonpelissard-cakesaucisson-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-respawnpoint-lanternhollow-en":         {0.02, 0.95}, // 0.0 %, 95.7 %
	"unseen318-saintprivatdesvignes-reseaueau-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-salonvideo-combles-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen318-tidewaterradio-ferryservice-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-durabilis-fondsimpact-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-finderstories-ledgerly4-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-gamerfold-jrpgbacklog-en":              {0.18, 1.00}, // 17.9 %, 100.0 %
	"unseen319-harlanfallslibrary-seedlibrary-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-lainedescausses-tonte2025-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-microbecanes-korvon150-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-murm-nassesrestauration-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-netvane-tessera3-en":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-planetevive-hirondelles-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-reflexpassion-sacrando-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen319-saltgrove-roastedcarrots-en":           {0.02, 0.96}, // 0.0 %, 96.6 %
	"unseen319-whiskerfund-moveforjim-en":             {0.07, 1.00}, // 6.9 %, 100.0 %
	"unseen320-astreinfo-pollensgraminees-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-causeway-porchsourdough-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-crankwell-droversroad-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-fauvette-moelleuxpoire-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-foyeravise-donmanuel-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-kestrelridge-millmeadow-en":            {0.02, 0.98}, // 0.0 %, 98.2 %
	"unseen320-lacanopee-haiesavrenne-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-lanternrun-newstartarea-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-marcheursvaldorcel-traverseebaume-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-openairwaves-karvanmaternity-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen320-tidepack-manpage-en":                   {0.02, 0.96}, // 0.2 %, 96.2 %
	"unseen320-villagesremarquables-fleurissement-fr": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-cuisinefutee-soupepoisorge-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-escabeau-septportes-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-hollinsmere-riverfieldwork-en":         {0.02, 0.99}, // 0.0 %, 99.5 %
	"unseen321-inletcolonist-ferrydock-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-lendemains-toitsnourriciers-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-lighterspoon-turkeychili-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-northbankhub-loadingbays-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-planetebox-fibredegradee-fr":           {0.02, 0.96}, // 0.0 %, 96.3 %
	"unseen321-profadom-lecturecp-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-ridgelineweekly-ropetow-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen321-storypatterns-lighthousekeeper-en":     {0.20, 1.00}, // 19.3 %, 100.0 %
	"unseen321-unapem-saisonniers-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	// The three-hundred-and-twenty-second to three-hundred-and-twenty-eighth sets', measured with the edge model's second version:
	"unseen322-annoncesgresivaudan-velomecanique-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-artledger-harbourpainting-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-brazoscurrent-busroutes-en":             {0.02, 0.94}, // 0.0 %, 94.7 %
	"unseen322-flourandhearth-applebutterbread-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-galoche-entretienbottes-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-lecturessansbornes-malleasavoirs-fr":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-owenlindqvist-weatherstation-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-portfolia-librarywayfinding-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-prototypesgouv-cantineclaire-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-randotrieves-raquettesmenee-fr":         {0.02, 0.95}, // 0.0 %, 95.1 %
	"unseen322-tidecast-quiethours-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen322-vergersdaulnay-crumblerhubarbe-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-backforty-bookmobile-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-ecoletilleuls-classedecouverte-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-fernhillallotments-springnewsletter-en": {0.02, 0.98}, // 0.0 %, 98.9 %
	"unseen323-fourneaudegaspard-tartepoireaux-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-halvorsenchronicle-frostsensors-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-kestrelislands-smallboatlicences-en":    {0.02, 0.79}, // 0.0 %, 79.4 %
	"unseen323-meridiancancer-shortercourse-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-metropolitaine-horairesdecales-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-nouvellesdescarpates-bibliotheque-fr":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-openfold-wrenfieldcanal-en":             {0.16, 1.00}, // 15.3 %, 100.0 %
	"unseen323-quaisorel-feutre-fr":                    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen323-repairedumatos-patethermique-fr":        {0.02, 0.98}, // 0.0 %, 98.1 %
	"unseen324-carshautpays-remboursement-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-continentalquarterly-smallports-en":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-grandvermeil-passerelle-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-makerly-photographingceramics-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-nodeworld-tidemill-en":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-nossemaines-balconhiver-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-ogoouerevue-piroguiers-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-opinionbase-toaster-en":                 {0.02, 0.95}, // 1.4 %, 95.2 %
	"unseen324-pearlcoasttimes-shadedwalkways-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-pionnierslaiques-campdete-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen324-riverbendliteracy-booksonwheels-en":     {0.02, 0.98}, // 0.0 %, 98.2 %
	"unseen324-veilleurdetana-contresaison-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-codecairn-queuedjobstwice-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-elanvalarize-comitemars-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-fildelasonnelle-castors-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-gazettegaronnaise-hallecantine-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-maisonverand-galettefrangipane-fr":      {0.02, 0.80}, // 0.0 %, 80.5 %
	"unseen325-meridianquarterly-keeperslogbooks-en":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-openmetering-interimminutes-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-prairiecreamery-brownbutterbiscuits-en": {0.02, 0.86}, // 0.0 %, 86.1 %
	"unseen325-rando3vallees-cretedesestives-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-schoolhousereport-fourdayweek-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-statutio-transfertsiege-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen325-tidewellhelp-importcontacts-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen326-bavarde-permiscotier-fr":                {0.02, 0.99}, // 0.0 %, 99.2 %
	"unseen326-brennecolleges-voyagesalamanque-fr":     {0.02, 0.98}, // 0.0 %, 98.1 %
	"unseen326-commonscode-gitbisect-en":               {0.02, 0.96}, // 0.0 %, 96.6 %
	"unseen326-comptoircoupons-troussedoublee-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen326-driftbsdjournal-installerhackathon-en":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen326-harbourwall-signingkey-en":              {0.41, 1.00}, // 40.4 %, 100.0 %
	"unseen326-juniekitchen-oatrolls-en":               {0.02, 1.00}, // 1.3 %, 100.0 %
	"unseen326-pearlrivertoday-busdrivers-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen326-portemonnaieinfo-fraistenuecompte-fr":   {0.09, 1.00}, // 8.0 %, 100.0 %
	"unseen326-revueurbanites-jardinsfamiliaux-fr":     {0.19, 1.00}, // 18.1 %, 100.0 %
	"unseen326-talkshelf-cachingregrets-en":            {0.02, 0.99}, // 0.0 %, 99.0 %
	"unseen326-ultramarinsinfo-cabotage-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-courrierdesmonts-boulangerie-fr":        {0.02, 0.98}, // 0.0 %, 98.6 %
	"unseen327-fieldlineforums-pendulumdrift-en":       {0.12, 0.97}, // 11.6 %, 97.3 %
	"unseen327-graindargent-expositionport-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-joypadatlas-lanternkeep-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-kestrelci-releasechecklist-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-lamplightbooks-mapsinmargins-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-museesmontbrielle-reservesouvertes-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-pagesbuissonnieres-pharerouge-fr":       {0.02, 1.00}, // 1.4 %, 100.0 %
	"unseen327-paroledujour-fruitarbre-fr":             {0.02, 0.99}, // 0.0 %, 99.3 %
	"unseen327-porchlight-lemonchicken-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen327-ridgelive-inclinerepairs-en":            {0.02, 0.94}, // 0.0 %, 94.8 %
	"unseen327-terresetsillons-gelvergers-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-bitrotledger-printerdrm-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-castlemere-seagrass-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-granitehearth-applecake-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-hermeticook-clafoutis-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-hypotenuse-pavages-fr":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-oddments-fax-en":                        {0.02, 0.96}, // 0.0 %, 96.0 %
	"unseen328-pasdeloup-ressemelage-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-pipfeed-backupdrives-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-plumier-grenier-fr":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-pulsations-festivalcave-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen328-roamfare-diners-en":                     {0.02, 0.96}, // 0.0 %, 96.2 %
	"unseen328-sentiersvifs-cirquebaume-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	// The three-hundred-and-twenty-ninth to three-hundred-and-thirty-fifth sets', measured with the edge model's second version:
	"unseen329-academiemontrevel-serappeler-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-agendafolk-stagegascon-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-covoiteo-chienvoyage-fr":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-dashofhollis-leekchicken-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-drumlincourier-librarybus-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-eastgatetenants-heatingletter-en":        {0.02, 0.98}, // 0.0 %, 99.0 %
	"unseen329-loudspeakerlounge-roomtreatment-en":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-montagnarddeparis-petitnoir-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-northgatewater-depotmove-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-revueaplat-lucievarenne-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-theatredescordiers-lettremars-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen329-wexleyvalleyschools-laterstart-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-avismalins-machineapain-fr":              {0.02, 0.94}, // 0.0 %, 94.8 %
	"unseen330-contrejour-pharesanslumiere-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-cuisineaisee-tartepoireaux-fr":           {0.07, 1.00}, // 6.3 %, 100.0 %
	"unseen330-dailycurieux-pigeonsrythme-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-dailythread-crochetpattern-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-guffaw-lanternrooms-en":                  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-harbourcommons-saltmarsh-en":             {0.02, 0.99}, // 0.0 %, 99.4 %
	"unseen330-inmt-restaurationcollective-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-parensdusk-retrymacro-en":                {0.27, 1.00}, // 26.7 %, 100.0 %
	"unseen330-staidansmarden-meadowletter-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-tidewatertools-frontdesk-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen330-vigiemeteo-geleestardives-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-agesetliens55-motdupresident-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-ashcombeuni-vpnreconnect-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-bazarsoleil-petitbalcon-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-commonwell-volunteerrotas-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-ecolesalliance-aeshformation-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-haulwire-reeferrates-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-leslacustres-navettes-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-lucarne-prixeau-fr":                      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-millbrooklibrary-seedswap-en":            {0.02, 0.84}, // 0.0 %, 84.9 %
	"unseen331-quire-ferryman-en":                       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen331-tautokogive-hallroof-en":                 {0.02, 0.95}, // 0.0 %, 95.5 %
	"unseen331-terresvoisines-ecosseautomne-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-anessante-depistagevisuel-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-benchlog-solarbudget-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-carrickvantage-fisheriespact-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-eastmooralumni-observatory-en":           {0.03, 1.00}, // 2.6 %, 100.0 %
	"unseen332-eclaireurabidjan-cooperativevivriers-fr": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-modalie-lavagebebe-fr":                   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-pistacheencuisine-gratincrozets-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-pixelkulture-liseusecouleur-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-prairiegirlkitchen-chickenwildrice-en":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-prixintrepides-palmares2025-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-runtalk-mastersmarathonblock-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen332-streetgrid-trailrunnercollab-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-aubergecubique-fermevillageois-fr":       {0.02, 0.98}, // 0.0 %, 99.0 %
	"unseen333-berthaudequipements-rangement5s-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-cartablebrenne-brevetblanc-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-civicrally-fenwicklibrary-en":            {0.02, 0.94}, // 0.0 %, 94.9 %
	"unseen333-highlinefreepress-ambulancedistricts-en": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-inkgrounds-lamplighter-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-kestrelfm-allotmenthour-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-lavoirsaintourlan-motpresident-fr":       {0.02, 0.99}, // 0.0 %, 99.1 %
	"unseen333-lecaboteur-crieelaudec-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-nouvellestablees-veloutepanais-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen333-shednotes-benchgrinder-en":               {0.02, 0.96}, // 0.0 %, 96.1 %
	"unseen333-tidewell-saltyear-en":                    {0.17, 1.00}, // 16.3 %, 100.0 %
	"unseen334-androfil-veltrabatterie-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-cavevoyageuse-fonduesavoyarde-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-glowline-phonecurfew-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-hearsayweekly-sourdoughsummit-en":        {0.02, 0.99}, // 0.0 %, 99.4 %
	"unseen334-lanternfly-survey2025-en":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-lerendement-fondseuros-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-linguacommons-firstbook-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-lyceetilleuls-sortiegrandspres-fr":       {0.02, 0.97}, // 0.0 %, 97.3 %
	"unseen334-meetinghousenews-sharedpastor-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-ordonnance-rhume-fr":                     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen334-packyard-csvguard-en":                    {0.02, 0.96}, // 0.0 %, 96.2 %
	"unseen334-plateaueco-coworkingmertzange-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-aquaforum-eauverte-fr":                   {0.02, 0.99}, // 0.0 %, 99.7 %
	"unseen335-brightmere-ssorotation-en":               {0.02, 0.94}, // 0.0 %, 94.2 %
	"unseen335-copperspoon-lentilsoup-en":               {0.02, 0.98}, // 0.0 %, 98.9 %
	"unseen335-earthsurvey-streamgages-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-grandeourse-lettremars-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-moteurpassion-essaibreak-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-skycommons-variablestar-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-tourwire-railpasses-en":                  {0.02, 0.90}, // 0.0 %, 91.0 %
	"unseen335-uslmorvan-randoorientation-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-verdelis-tailleglycine-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-voiesreseaux-tramtrain-fr":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen335-wellspringtrust-handpumps-en":            {0.02, 0.97}, // 0.0 %, 97.6 %
	// The three-hundred-and-thirty-sixth to three-hundred-and-forty-second sets', measured with the edge model's second version:
	"unseen336-aquavivier-bacplante-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-belvalsucre-tartefinepommes-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-bricohangar-parquetflottant-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-coopandrun-predatorproofing-en":       {0.04, 0.98}, // 3.5 %, 98.8 %
	"unseen336-fernwoodgoods-ziptesting-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-garonneplus-fermeinsertion-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-godillotssevre-moulins-fr":            {0.02, 0.99}, // 0.0 %, 99.4 %
	"unseen336-hopitauxlorvel-hopitaldejour-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-lakeshorecourier-plowmap-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-larkfieldhome-catconfidence-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen336-ledgerlane-cardoutages-en":            {0.42, 1.00}, // 41.5 %, 100.0 %
	"unseen336-nimbalcloud-rotatekeys-en":            {0.11, 1.00}, // 10.9 %, 100.0 %
	"unseen337-amiscolombier-feuille42-fr":           {0.16, 0.99}, // 15.5 %, 99.1 %
	"unseen337-dailycourant-buspass-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-eastfieldtools-lendingshifts-en":      {0.15, 1.00}, // 14.4 %, 100.0 %
	"unseen337-echodelasarve-lavoir-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-eprouvette-grenouillesgelees-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-hearthline-rhubarbbars-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-larkhillarts-springletter-en":         {0.10, 0.97}, // 9.1 %, 97.5 %
	"unseen337-mediathequesornel-lettremars-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-mijotix-currypoischiches-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-portclair-leadlines-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-quillmark-upgrading-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen337-tamorvaire-eoliennes-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-amertume-entrepotschaleur-fr":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-codenuggets-reversekgroup-en":         {0.03, 1.00}, // 2.4 %, 100.0 %
	"unseen338-ecohabitat-poeledemasse-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-fanrecord-starlightrelay-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-juripratique-renouvellementbail-fr":   {0.02, 0.90}, // 0.0 %, 90.5 %
	"unseen338-pavillongris-mareebasse-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-popottesavante-potaufeujoue-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-porchnotes-cedarhollow1432-en":        {0.15, 0.98}, // 14.5 %, 98.1 %
	"unseen338-reflets-haltechaleur-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-squawker-sourdoughban-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen338-thriftden-balancetransfer-en":         {0.02, 0.99}, // 0.0 %, 99.7 %
	"unseen338-tidewaterbirds-shorebirdtraining-en":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-alderline-cornerbakery-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-counselfeed-flexiblework-en":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-gadabout-registry-en":                 {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-hebdovesle-marchecouvert-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-lawbench-securitydeposit-en":          {0.02, 0.49}, // 0.0 %, 49.2 %
	"unseen339-leconstat-cantines-fr":                {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-lefildesaines-ateliersnumeriques-fr":  {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-listenermaderadio-cassettedeck-en":    {0.02, 0.96}, // 0.0 %, 96.4 %
	"unseen339-motdeclasse-sortiemusee-fr":           {0.02, 0.98}, // 0.0 %, 98.8 %
	"unseen339-pantrydale-chilimac-en":               {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-trocvoisin-arnaquepaiement-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen339-vapolia-papillotesaumon-fr":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-atlas24-portconteneurs-fr":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-cavesbastide-fromagesprintemps-fr":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-cegepsaules-bibliotheque-fr":          {0.25, 1.00}, // 25.0 %, 100.0 %
	"unseen340-chompprimal-lemongrasschicken-en":     {0.02, 1.00}, // 1.7 %, 100.0 %
	"unseen340-fenwickhub-rotasystem-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-larkspurreview-sourdoughletter-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-ledgerstone-emergencyfund-en":         {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-moulinvauclair-meule-fr":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-newmeridian-twinning-en":              {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-quillondocs-movingmedian-en":          {0.02, 0.96}, // 0.0 %, 96.7 %
	"unseen340-sahelmonde-minireseau-fr":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen340-velovallee-lettremaire-fr":            {0.02, 0.98}, // 0.0 %, 99.0 %
	"unseen341-buffetdemargaux-tartepoireaux-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-courrierdemersa-dessalement-fr":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-garagedesmotards-aubrane-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-kettleharborjournal-seawall-en":       {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-mechanixmonthly-faucetcartridge-en":   {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-messagia-visitesseniors-fr":           {0.08, 0.97}, // 7.0 %, 97.3 %
	"unseen341-orchardledger-pressingday-en":         {0.06, 1.00}, // 5.8 %, 100.0 %
	"unseen341-pixelfront-hollowmerepatch-en":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-radioparvis-orguesaintmedard-fr":      {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-rstatsrelay-birdweeks-en":             {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-swarfandspindle-headstockbearings-en": {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen341-villagesdegranit-homologation-fr":     {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-amisdesbetes-chiensseniors-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-grillon-chauvessourishiver-fr":        {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-harbourlineapi-webhooks-en":           {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-kilnandclay-glazefaults-en":           {0.02, 0.91}, // 0.0 %, 91.8 %
	"unseen342-lignesdaurore-travauxpentecote-fr":    {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-marchesunis-dahllentilles-fr":         {0.13, 1.00}, // 12.7 %, 100.0 %
	"unseen342-margindaily-watertaxis-en":            {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-millbecklearners-springwalks-en":      {0.02, 0.98}, // 0.0 %, 98.6 %
	"unseen342-openlanes-riversidepath-en":           {0.02, 0.98}, // 0.0 %, 98.9 %
	"unseen342-quotidiendusaloum-forage-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-reseaulumen-notesdefrais-fr":          {0.02, 1.00}, // 0.0 %, 100.0 %
	"unseen342-wattlegrove-lemonmyrtleskewers-en":    {0.02, 1.00}, // 0.0 %, 100.0 %
}
