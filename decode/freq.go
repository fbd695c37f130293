package decode

// The most frequent characters of running text per language, from common
// published frequency lists. Decoding with the right encoding turns a large
// share of a text's non-ASCII characters into these; a wrong CJK encoding
// turns the same bytes into valid but mostly rare characters.
const (
	frequentHans = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活"
	frequentHant = "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活"
	frequentJpan = "のにはをたがでてとしれさいるなもすかこらりあうまっくんきょだーつどせけちそルストンクライリ日本人年大中一事出会者国時月上行分生十見学自業後前新手方地気社場二思三間長目高実用合部作物何発的化入下子体東"
	frequentKore = "이다는의에고하을가지서한로기자사도를리어수일으니대해나정인시들것있게보과요주아만전국라습했우상중동스내부제성년장공원면그위경구관적화소개비여연마무신회없였저말조세방문학생물민분모된선"
	// Accented letters common in the languages of each Latin encoding
	// (letters rare even there, such as ť ď ĺ, are left out: they are what
	// a wrong Central European reading of Western text produces; so are õ
	// and û, which are what Hungarian ő and ű become in windows-1252).
	latinWestern = "éèàçäöüßñáíóúêâôîëïãåøæìòùÉÈÀÇÄÖÜÑÁÍÓÚ"
	latinCentral = "ąęłśżźćńóčřšžěůýáíéúőűäöüĄĘŁŚŻŹĆŃÓČŘŠŽĚŮÝÁÍÉÚŐŰ"
	latinTurkish = "ğışİŞĞçöüâîûÇÖÜ"
)

// runeSet is a set of runes built from a string.
type runeSet map[rune]struct{}

func newRuneSet(s string) runeSet {
	m := make(runeSet)
	for _, r := range s {
		m[r] = struct{}{}
	}
	return m
}

func (m runeSet) has(r rune) bool {
	_, ok := m[r]
	return ok
}
