//! Speaker phrases: the noun phrase before or after a speech cue, read into
//! a name with its role and organisation.
//!
//! A phrase is split at commas (outside brackets) into a head and
//! appositions. The head is a titled name ("Vensana Managing Partner
//! Justin Klein": organisation, role, then a run of capitalised words that
//! are not role or organisation words), a possessive ("Vensana’s Klein"),
//! an organisation ("Human Rights Watch"), a document or group noun phrase
//! ("The letter", "the leaders"), or a pronoun. Appositions that hold a
//! role word are roles ("Asia director at Human Rights Watch" is split at
//! "at" into role and organisation); the first other capitalised
//! apposition is the organisation; post-nominal letters ("MD") and later
//! parts (a country) are ignored.

use super::lexicon::{pronoun, speaker_noun, CREDENTIALS, HONORIFICS, NAME_OPENERS, NOT_NAMES, ORG_WORDS, ROLE_WORDS};
use crate::lexicon::{ABBREVIATIONS, SENTENCE_OPENERS};
use crate::span::Span;

/// What a speaker phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MentionKind {
    /// A named person.
    Person,
    /// A named organisation.
    Organization,
    /// A document ("the letter") or group ("the leaders").
    Collective,
    /// A pronoun; the value says what it may refer to ("person", "group").
    Pronoun(&'static str),
}

/// One speaker phrase found next to a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mention {
    /// Where the name is written (honorific excluded).
    pub span: Span,
    /// The name as written, honorific and possessive organisation removed.
    pub name: String,
    /// Person, organisation, collective or pronoun.
    pub kind: MentionKind,
    /// The role, when the phrase gives one.
    pub role: Option<String>,
    /// The organisation, when the phrase gives one.
    pub org: Option<String>,
}

/// A word of a phrase: its byte range (absolute) with surrounding
/// punctuation trimmed.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Punctuation trimmed from both ends of a word (read by bytes in
/// [`trimmed_range`]; this is its reference).
#[cfg(test)]
fn is_trim(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '“' | '”' | '"' | '‘' | '\'' | '[' | ']' | ',' | ';' | ':' | '.' | '!' | '?' | '’' | '«' | '»'
    )
}

fn words(text: &str, span: Span) -> Vec<Word> {
    let s = span.slice(text).unwrap_or("");
    // Room for the words of ordinary prose (about six bytes a word): the
    // vector is not grown again and again.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    out.extend(word_iter(text, span));
    out
}

/// The words of `span`, one by one: [`words`] for readers that stop early.
fn word_iter(text: &str, span: Span) -> impl Iterator<Item = Word> + '_ {
    let s = span.slice(text).unwrap_or("");
    crate::text::scan::split_whitespace_at(s).filter_map(move |(st, w)| {
        let (lead, trimmed_end) = trimmed_range(w.as_bytes());
        // Keep the full stop of an abbreviation or initial ("Dr.", "D.").
        let mut end = trimmed_end;
        if w.as_bytes().get(trimmed_end) == Some(&b'.') && keeps_stop(w.get(lead..trimmed_end).unwrap_or("")) {
            end += 1;
        }
        (end > lead).then(|| Word { start: span.start + st + lead, end: span.start + st + end })
    })
}

/// Where `w` starts and ends with [`is_trim`] characters trimmed from both
/// ends (`w.trim_matches(is_trim)`), reading bytes: the ASCII ones are one
/// byte, the curly quotes U+2018, U+2019, U+201C and U+201D are E2 80 98,
/// 99, 9C and 9D, and « » are C2 AB and C2 BB. A lead byte E2 or C2 at
/// the position read is the start of its character (`w` is a `str`), so a
/// match is that character.
fn trimmed_range(w: &[u8]) -> (usize, usize) {
    let ascii_trim =
        |b: u8| matches!(b, b'(' | b')' | b'"' | b'\'' | b'[' | b']' | b',' | b';' | b':' | b'.' | b'!' | b'?');
    let curly = |b: u8| matches!(b, 0x98 | 0x99 | 0x9C | 0x9D);
    let guillemet = |b: u8| matches!(b, 0xAB | 0xBB);
    // Most words begin and end with a letter or digit, neither trimmed:
    // both loops below would stop at once.
    if w.first().is_some_and(u8::is_ascii_alphanumeric) && w.last().is_some_and(u8::is_ascii_alphanumeric) {
        return (0, w.len());
    }
    let mut i = 0;
    while let Some(&b) = w.get(i) {
        if ascii_trim(b) {
            i += 1;
        } else if b == 0xE2 && w.get(i + 1) == Some(&0x80) && w.get(i + 2).is_some_and(|&c| curly(c)) {
            i += 3;
        } else if b == 0xC2 && w.get(i + 1).is_some_and(|&c| guillemet(c)) {
            i += 2;
        } else {
            break;
        }
    }
    let mut j = w.len();
    while j > i {
        let last = w.get(j - 1).copied().unwrap_or(0);
        if ascii_trim(last) {
            j -= 1;
        } else if j >= i + 3 && curly(last) && w.get(j - 3) == Some(&0xE2) && w.get(j - 2) == Some(&0x80) {
            j -= 3;
        } else if j >= i + 2 && guillemet(last) && w.get(j - 2) == Some(&0xC2) {
            j -= 2;
        } else {
            break;
        }
    }
    (i, j)
}

/// The first words of `span`, as many as [`after_cue`] and
/// [`collective_forward`] read: the first nine, then on while each word is
/// [`joined`] to the one before. `collective_forward` reads words 0 to 8,
/// and past them only a run of joined words, which stops at the first word
/// that is not joined (whether or not it is there).
fn leading_words(text: &str, span: Span) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(12);
    for w in word_iter(text, span) {
        if out.len() >= 9 && out.last().is_some_and(|&p| !joined(text, p, w)) {
            break;
        }
        out.push(w);
    }
    out
}

/// Does a word keep its full stop ("D.", "Dr.", "U.S.", "Jr.")?
fn keeps_stop(w: &str) -> bool {
    w.chars().count() == 1
        || w.contains('.')
        || ABBREVIATIONS.contains(w)
        || HONORIFICS.contains(w)
        || CREDENTIALS.contains(w)
}

fn wtext(text: &str, w: Word) -> &str {
    text.get(w.start..w.end).unwrap_or("")
}

fn bare(w: &str) -> &str {
    w.trim_end_matches('.')
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

const CONNECTORS: &[&str] = &[
    "of", "for", "the", "and", "&", "de", "del", "der", "van", "von", "da", "dos", "la", "le", "bin", "al", "on", "in",
];
/// Titles with a possessive in them ("State's Attorney").
static POSSESSIVE_TITLES: std::sync::LazyLock<crate::lexicon::WordSet> = std::sync::LazyLock::new(|| {
    crate::lexicon::WordSet::new(crate::lexicon::entries(include_str!("../../lexicon/data/possessive_titles.txt")))
});

/// Do two words make a title with a possessive in it ("State's Attorney")?
fn is_possessive_title(text: &str, first: Word, second: Word) -> bool {
    // Every entry has an apostrophe (see the test): most pairs of words
    // are ruled out without building the pair.
    if ![first, second].iter().any(|&w| wtext(text, w).contains(['\'', '’'])) {
        return false;
    }
    let pair = format!("{} {}", wtext(text, first), wtext(text, second)).replace('’', "'").to_lowercase();
    POSSESSIVE_TITLES.contains(&pair)
}

/// Generational suffixes that end a person's name ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];
const NAME_PARTICLES: &[&str] = &["de", "del", "der", "van", "von", "da", "dos", "la", "le", "bin", "al"];

fn is_role_word(w: &str) -> bool {
    // German compounds ("Handelsexperte", "Pressesprecherin").
    const COMPOUND_ENDS: [&str; 8] =
        ["experte", "expertin", "referent", "referentin", "sprecher", "sprecherin", "leiter", "leiterin"];
    let b = bare(w);
    if ROLE_WORDS.contains(b) || b.len() > 4 && b.ends_with('s') && ROLE_WORDS.contains(&b[..b.len() - 1]) {
        return true;
    }
    // ASCII words are compared in place (`to_lowercase` keeps their
    // length); others are lower-cased first.
    // Every compound end is six bytes or more and needs more than two bytes
    // before it: an ASCII word of eight bytes or fewer (most) is none.
    if b.is_ascii() {
        if b.len() <= 8 {
            return false;
        }
        return COMPOUND_ENDS
            .iter()
            .any(|x| b.len() > x.len() + 2 && b.as_bytes()[b.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes()));
    }
    let l = b.to_lowercase();
    COMPOUND_ENDS.iter().any(|x| l.len() > x.len() + 2 && l.ends_with(x))
}

fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(bare(w))
}

/// Split a span at commas outside brackets into trimmed parts.
fn comma_parts(text: &str, span: Span) -> Vec<Span> {
    comma_parts_upto(text, span, usize::MAX)
}

/// The first `n` parts of [`comma_parts`]: the split stops at the comma
/// that would end part `n + 1`, so a long span is not read to its end.
fn comma_parts_upto(text: &str, span: Span, n: usize) -> Vec<Span> {
    let s = span.slice(text).unwrap_or("");
    // Without a comma the span is one part, brackets or not (most spans:
    // memchr's vector search says so without the walk below).
    if memchr::memchr(b',', s.as_bytes()).is_none() {
        return if n == 0 { Vec::new() } else { vec![crate::text::trim_span(text, span)] };
    }
    // (Room for the few parts of a speaker phrase.)
    let mut out = Vec::with_capacity(4);
    let mut depth = 0i32;
    let mut from = 0;
    // Bytes, not chars: brackets and commas are ASCII, and no byte of a
    // multi-byte character is ASCII, so the offsets are the same. Only
    // those five bytes change anything: the search jumps from one to the
    // next (the same steps as a walk over every byte, which
    // `comma_parts_iter` still is, and the tests compare them).
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        i = crate::text::scan::find_any(bytes, i, [b'(', b'[', b')', b']', b',']);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth <= 0 => {
                if out.len() >= n {
                    return out;
                }
                out.push(crate::text::trim_span(text, Span::new(span.start + from, span.start + i)));
                from = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if out.len() < n {
        out.push(crate::text::trim_span(text, Span::new(span.start + from, span.end)));
    }
    out
}

/// The parts of [`comma_parts`], one by one: a reader that stops early
/// (as [`appositions`] does) does not split the rest of a long span.
/// The same parts in the same order: the same walk over the bytes, each
/// part handed out where `comma_parts` pushes it.
fn comma_parts_iter(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = span.slice(text).unwrap_or("").as_bytes();
    let mut depth = 0i32;
    let mut from = 0;
    let mut i = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while let Some(&b) = bytes.get(i) {
            i += 1;
            match b {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b',' if depth <= 0 => {
                    let part = Span::new(span.start + from, span.start + i - 1);
                    from = i;
                    return Some(crate::text::trim_span(text, part));
                }
                _ => {}
            }
        }
        done = true;
        Some(crate::text::trim_span(text, Span::new(span.start + from, span.end)))
    })
}

/// Byte offset of the first comma of `s` outside brackets: where
/// `comma_parts` ends its first part.
fn first_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth <= 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// The words of a header's head, when it can be a name: two to six words,
/// each capitalised or an honorific.
fn header_words(text: &str, head: Span) -> Option<Vec<Word>> {
    // (Seven words tell "more than six".)
    let hw: Vec<Word> = word_iter(text, head).take(7).collect();
    let name_like = |&w: &Word| capitalised(wtext(text, w)) || HONORIFICS.contains(bare(wtext(text, w)));
    ((2..=6).contains(&hw.len()) && hw.iter().all(name_like)).then_some(hw)
}

/// Drop a bracketed tail ("Jane Doe (D-N.Y.)") from a span.
fn without_brackets(text: &str, span: Span) -> Span {
    let s = span.slice(text).unwrap_or("");
    // (memchr: the same first '(' as `str::find`, an ASCII byte.)
    match memchr::memchr(b'(', s.as_bytes()) {
        Some(i) if i > 0 => crate::text::trim_span(text, Span::new(span.start, span.start + i)),
        _ => span,
    }
}

/// The span of a run of words.
fn run_span(ws: &[Word]) -> Option<Span> {
    Some(Span::new(ws.first()?.start, ws.last()?.end))
}

fn join(text: &str, ws: &[Word]) -> Option<String> {
    let sp = run_span(ws)?;
    let s = sp.slice(text)?.trim().trim_end_matches([',', ';', ':']).trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// A part read as a role ("former Prime Minister of the United Kingdom",
/// "Asia director at Human Rights Watch", "Siena Lakes’ financial
/// director"): (role, organisation).
fn read_role(text: &str, part: Span) -> (Option<String>, Option<String>) {
    read_role_with::<true>(text, part)
}

/// [`read_role`], with its separators found in one walk over the spaces
/// and the possessive ones screened by their apostrophe (`ONE_WALK`), or,
/// for the tests' reference, each searched for on its own.
fn read_role_with<const ONE_WALK: bool>(text: &str, part: Span) -> (Option<String>, Option<String>) {
    let s = part.slice(text).unwrap_or("").trim();
    let s = s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s);
    // "Siena Lakes’ financial director": possessive organisation. Every
    // separator holds ' or ’ (E2 80 99): a part with neither a ' nor a 0x99
    // byte holds none of them (another 0x99 only lets the search run).
    let apostrophe = !ONE_WALK || memchr::memchr2(b'\'', 0x99, s.as_bytes()).is_some();
    for sep in ["’s ", "'s ", "’ ", "' "].into_iter().filter(|_| apostrophe) {
        if let Some(i) = find_short(s, sep) {
            let (org, rest) = (&s[..i], &s[i + sep.len()..]);
            if org.split_whitespace().all(capitalised) && rest.starts_with(char::is_lowercase) {
                return (Some(rest.trim().trim_end_matches(['.', ',', ';']).to_owned()), Some(org.trim().to_owned()));
            }
        }
    }
    let seps = [" at ", " with ", " from ", " beim ", " bei ", " von ", " for the ", " of the ", " of ", " for "];
    let found = if ONE_WALK { first_spaced(s, seps) } else { seps.map(|x| find_short(s, x)) };
    for (sep, at) in seps.into_iter().zip(found).take(8) {
        if let Some(i) = at {
            let (role, org) = (&s[..i], &s[i + sep.len()..]);
            let org_ok = org.starts_with(char::is_uppercase)
                && (sep != " of the " && sep != " for the "
                    || org.split_whitespace().any(|w| is_org_word(w) || is_acronym(w)));
            if org_ok && !role.is_empty() {
                return (Some(role.trim().to_owned()), Some(clean_org(org)));
            }
        }
    }
    // "CEO of Featured", "Executive Director of AIH Houston": a title made
    // only of role words, then the organisation.
    for (sep, at) in seps.into_iter().zip(found).skip(8) {
        if let Some(i) = at {
            let (role, org) = (&s[..i], &s[i + sep.len()..]);
            // "Chief Financial Officer of …": a short title-case or role-word
            // title ending in a role word.
            let rw: Vec<&str> = role.split_whitespace().collect();
            let all_role = rw.len() <= 5
                && rw.last().is_some_and(|w| is_role_word(w))
                && rw.iter().all(|w| is_role_word(w) || capitalised(w) || ["and", "&"].contains(w));
            if all_role && org.starts_with(char::is_uppercase) {
                return (Some(role.trim().to_owned()), Some(clean_org(org)));
            }
        }
    }
    (Some(s.trim_end_matches(['.', ',', ';']).to_owned()), None)
}

/// Where each separator of `seps` (each begins with a space) first
/// occurs in `s`: `seps.map(|x| find_short(s, x))`, read in one walk over
/// the spaces of `s` (a match of one of them starts at a space) instead of
/// one walk per separator.
fn first_spaced<const N: usize>(s: &str, seps: [&str; N]) -> [Option<usize>; N] {
    let h = s.as_bytes();
    let mut out = [None; N];
    let mut left = N;
    for p in memchr::memchr_iter(b' ', h) {
        let rest = h.get(p..).unwrap_or(&[]);
        for (slot, sep) in out.iter_mut().zip(seps) {
            if slot.is_none() && rest.starts_with(sep.as_bytes()) {
                *slot = Some(p);
                left -= 1;
            }
        }
        if left == 0 {
            break;
        }
    }
    out
}

/// `s.find(needle)` for the short separators of [`read_role`]: a byte
/// search for the needle's first byte, then a compare, without the set-up
/// of the standard two-way searcher (which costs more than these short
/// parts take to read). The same first match: every position is tried in
/// order, and a match of the whole needle (a `str`) starts at a character
/// boundary.
fn find_short(s: &str, needle: &str) -> Option<usize> {
    let (h, n) = (s.as_bytes(), needle.as_bytes());
    let (&first, rest) = n.split_first()?;
    let mut i = 0;
    while let Some(p) = h.get(i..).and_then(|t| t.iter().position(|&b| b == first)) {
        let at = i + p;
        if h.get(at + 1..at + n.len()) == Some(rest) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Trim an organisation: no leading article, no trailing location ("in
/// India") and no second role ("and Facilitator of …").
pub(super) fn clean_org(org: &str) -> String {
    let mut o = org.trim();
    o = o.strip_prefix("the ").or_else(|| o.strip_prefix("The ")).unwrap_or(o);
    if let Some(i) = find_short(o, " in ") {
        o = &o[..i];
    }
    // "Criminal Division; U.S. Attorney …": a list of announcers.
    if let Some(i) = o.find(';') {
        o = &o[..i];
    }
    let mut cut = o.len();
    for (i, _) in o.match_indices(" and ") {
        let next = o[i + 5..].split_whitespace().next().unwrap_or("");
        // "… and Facilitator of …", "… and a longtime advocate for …".
        if is_role_word(next) || next.starts_with(char::is_lowercase) {
            cut = cut.min(i);
        }
    }
    o[..cut].trim().trim_end_matches(['.', ',']).to_owned()
}

fn is_role_part(text: &str, part: Span) -> bool {
    let ws = words(text, part);
    let has_role = ws.iter().any(|&w| is_role_word(wtext(text, w)));
    let s = part.slice(text).unwrap_or("");
    let lower_start = s.starts_with(char::is_lowercase);
    // "U.S. Attorney for …", "Special Agent in Charge of …": a role word
    // among the first words.
    let starts_role = ws
        .iter()
        .take(3)
        .take_while(|&&w| !CONNECTORS.contains(&wtext(text, w)))
        .any(|&w| is_role_word(wtext(text, w)));
    // (`has_role` first: the same answer, as every test here is pure, and
    // most parts without a role word skip `np_like`.)
    let short = || ws.len() <= 8 || np_like(text, part) || ws.len() <= 25 && starts_role;
    // `titled` cuts a bracketed tail, then reads the words of the rest:
    // without a bracket, the words read here.
    let titled_here = || if s.contains('(') { titled(text, part) } else { titled_words(text, &ws) };
    has_role && short() && (lower_start || starts_role || titled_here().is_none_or(|t| t.name.is_none()))
        || (lower_start && s.split_whitespace().take(7).count() <= 6 && possessive_role(s))
}

fn possessive_role(s: &str) -> bool {
    s.contains("’s ") || s.contains("'s ") || s.contains("’ ")
}

/// A head read as "[Org] [Role] Name".
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Titled {
    name: Option<Span>,
    role: Option<String>,
    org: Option<String>,
    kind: MentionKind,
}

fn titled(text: &str, part: Span) -> Option<Titled> {
    let part = without_brackets(text, part);
    titled_words(text, &words(text, part))
}

/// [`titled`] on a run of words already read: `ws` must be a run of
/// consecutive words of one span (as [`words`] reads them). The words of
/// the run's own span are then the run itself (a word's punctuation was
/// trimmed where it was read, and its kept full stop is kept again; see
/// the test), so only a run with a bracket in it, which [`titled`] cuts
/// first, is read again from its span.
fn titled_run(text: &str, ws: &[Word]) -> Option<Titled> {
    let span = run_span(ws)?;
    if span.slice(text)?.contains('(') {
        titled(text, span)
    } else {
        titled_words(text, ws)
    }
}

/// Class bits of a word in [`titled_words`].
const ROLE: u8 = 1;
const ORG: u8 = 2;
const ACRONYM: u8 = 4;

/// [`titled`] on the words of the part (brackets cut).
fn titled_words(text: &str, ws: &[Word]) -> Option<Titled> {
    titled_words_with::<true>(text, ws)
}

/// The class bits of word `w` ([`ROLE`], [`ORG`], [`ACRONYM`]).
fn word_class(text: &str, w: Word) -> u8 {
    let t = wtext(text, w);
    (u8::from(is_role_word(t)) * ROLE) | (u8::from(is_org_word(t)) * ORG) | (u8::from(is_acronym(t)) * ACRONYM)
}

/// [`titled_words`], with each word's class looked up once
/// (`CLASSES_ONCE`) or, for the tests' reference, again wherever it is
/// asked.
fn titled_words_with<const CLASSES_ONCE: bool>(text: &str, ws: &[Word]) -> Option<Titled> {
    let mut ws = ws;
    // "For Fiona M.", "In 2019 Adams": a sentence opener is not a name.
    while ws.len() > 1 {
        let w = wtext(text, ws[0]);
        let dateline = w.chars().filter(|c| c.is_alphabetic()).count() >= 6 && !w.chars().any(char::is_lowercase)
            || text.get(ws[0].end..).is_some_and(|r| r.starts_with(['-', '–', '—']));
        let gerund = w.len() > 5 && w.ends_with("ing") && ws.len() > 2;
        if SENTENCE_OPENERS.contains(w) || NAME_OPENERS.contains(w) || dateline || gerund {
            ws = &ws[1..];
        } else {
            break;
        }
    }
    // A name starts with a letter ("July 2024", "50" are not speakers).
    if ws
        .first()
        .is_some_and(|&w| !wtext(text, w).starts_with(char::is_alphabetic) || NOT_NAMES.contains(bare(wtext(text, w))))
    {
        return None;
    }
    let mut honorific = false;
    while ws.first().is_some_and(|&w| HONORIFICS.contains(bare(wtext(text, w))))
        && ws.len() > 1
        && !is_role_word(wtext(text, ws[1]))
    {
        ws = &ws[1..];
        honorific = true;
    }
    if ws.is_empty() || !capitalised(wtext(text, ws[0])) && !honorific {
        return None;
    }
    // "Vensana’s Klein": possessive organisation before a name (but not a
    // title with a possessive in it: "Cook County State's Attorney").
    let possessive_title = |k: usize| ws.get(k + 1).is_some_and(|&n| is_possessive_title(text, ws[k], n));
    if let Some(k) = ws
        .iter()
        .position(|&w| {
            let t = wtext(text, w);
            t.ends_with("’s") || t.ends_with("'s")
        })
        .filter(|&k| !possessive_title(k))
    {
        let rest = &ws[k + 1..];
        if !rest.is_empty() && rest.iter().all(|&w| capitalised(wtext(text, w))) {
            let org_end = ws[k].end - "’s".len().min(ws[k].end - ws[k].start);
            let org_end = if wtext(text, ws[k]).ends_with("'s") { ws[k].end - 2 } else { org_end };
            let org = text.get(ws[0].start..org_end).map(|s| s.trim().to_owned());
            let mut inner = titled(text, run_span(rest)?)?;
            if inner.org.is_none() {
                inner.org = org;
            }
            return Some(inner);
        }
    }
    // Each word's class, looked up once (the tests below ask for the same
    // words again and again): role word, organisation word, acronym.
    let class: Vec<u8> = if CLASSES_ONCE { ws.iter().map(|&w| word_class(text, w)).collect() } else { Vec::new() };
    let class_at =
        |i: usize| if CLASSES_ONCE { class.get(i).copied() } else { ws.get(i).map(|&w| word_class(text, w)) };
    let is_role = |i: usize| class_at(i).is_some_and(|c| c & ROLE != 0);
    // An organisation word, or an acronym that is no role word ("IBM",
    // not "CEO").
    let orgish_at = |i: usize| class_at(i).is_some_and(|c| c & ORG != 0 || c & ACRONYM != 0 && c & ROLE == 0);
    // "John R. Lausch Jr.": a generational suffix ends the name.
    let suffix = usize::from(ws.len() > 2 && ws.last().is_some_and(|&w| NAME_SUFFIXES.contains(&bare(wtext(text, w)))));
    let mut core = ws.len() - suffix;
    // Trailing run of name words.
    let mut n = 0;
    for (j, &w) in ws[..core].iter().enumerate().rev() {
        let t = wtext(text, w);
        let particle = NAME_PARTICLES.contains(&t) && n > 0;
        let plain = class_at(j) == Some(0);
        if (capitalised(t) && plain && !CREDENTIALS.contains(bare(t))) || particle {
            n += 1;
        } else {
            break;
        }
    }
    while n > 0 && NAME_PARTICLES.contains(&wtext(text, ws[core - n])) {
        n -= 1;
    }
    if n == 0 {
        core = ws.len();
    }
    // "Undersecretary of Prevention and Health Promotion Hugo López-Gatell",
    // "Assistant Attorney General for National Security John P. Carlin":
    // after a connector, the first capitalised words end the title; the
    // name is two words, or three around a middle initial.
    let titled_prefix = (0..core - n).any(is_role);
    if n > 2 && core > n && titled_prefix && CONNECTORS.contains(&wtext(text, ws[core - n - 1])) {
        let initial = |w: Word| {
            let t = wtext(text, w);
            t.len() == 2 && t.ends_with('.')
        };
        n = if core >= 2 && initial(ws[core - 2]) { 3 } else { 2 };
    }
    let n = n.min(4);
    let prefix = &ws[..core - n];
    let all_cap_or_conn = ws.iter().all(|&w| {
        let t = wtext(text, w);
        capitalised(t) || CONNECTORS.contains(&t)
    });
    let orgish = (0..ws.len()).any(orgish_at);
    let prev_is_connector = prefix.last().is_some_and(|&w| {
        let t = wtext(text, w);
        t.chars().next().is_some_and(char::is_lowercase)
    });
    // "Special Agent in Charge Thomas J. Holloman III of IRS-Criminal
    // Investigation": a titled person, then the organisation.
    if n == 0 || prev_is_connector {
        if let Some(p) = ws.iter().position(|&w| ["of", "from", "at"].contains(&wtext(text, w))).filter(|&p| p >= 3) {
            let inner = run_span(&ws[..p]).and_then(|sp| titled(text, sp));
            if let Some(mut t) = inner.filter(|t| t.kind == MentionKind::Person && t.name.is_some() && t.role.is_some())
            {
                if t.org.is_none() {
                    t.org = join(text, &ws[p + 1..]).map(|o| clean_org(&o));
                }
                return Some(t);
            }
        }
    }
    // "Deborah James of OWINFS": a person, then the organisation.
    if n == 0 {
        if let Some(p) = ws.iter().position(|&w| ["of", "from", "at"].contains(&wtext(text, w))) {
            let person = &ws[..p];
            let plain = |(j, w): (usize, &Word)| capitalised(wtext(text, *w)) && class_at(j) == Some(0);
            if (2..=3).contains(&p) && person.iter().enumerate().all(plain) && p + 1 < ws.len() {
                return Some(Titled {
                    name: run_span(person),
                    role: None,
                    org: join(text, &ws[p + 1..]).map(|o| clean_org(&o)),
                    kind: MentionKind::Person,
                });
            }
        }
    }
    if n == 0 || prev_is_connector || (n == 1 && orgish && !honorific && !(0..prefix.len()).any(is_role)) {
        if all_cap_or_conn && !honorific {
            let kind = if (0..ws.len()).any(is_role) && !orgish {
                return Some(Titled { name: None, role: join(text, ws), org: None, kind: MentionKind::Person });
            } else {
                MentionKind::Organization
            };
            return Some(Titled { name: run_span(ws), role: None, org: None, kind });
        }
        return None;
    }
    let name_ws = &ws[core - n..];
    let mut role = None;
    let mut org = None;
    if let Some(r) = (0..prefix.len()).position(is_role) {
        // "U.S. Senate Republican Leader": the organisation ends at its last
        // organisation word; what follows belongs to the role.
        let r = (0..r).rposition(orgish_at).map_or(r, |k| {
            // "Department of Homeland Security Secretary": the
            // organisation runs on through "of".
            let mut j = k + 1;
            if j < r && ["of", "for", "on"].contains(&wtext(text, prefix[j])) {
                j = r;
            }
            j.min(r)
        });
        // "U.S. Attorney", "U.K. Ambassador": a dotted country abbreviation
        // alone is part of the title, not an organisation.
        let acronym0 = class_at(0).is_some_and(|c| c & ACRONYM != 0);
        let r = if r == 1 && wtext(text, prefix[0]).matches('.').count() >= 1 && acronym0 { 0 } else { r };
        // "Cook County State's Attorney": the possessive belongs to the title.
        let r = if r > 0 && is_possessive_title(text, prefix[r - 1], prefix[r]) { r - 1 } else { r };
        // An honorific before a role word is part of the title ("Professor
        // Emeritus"); one before the name is not.
        let role_ws: Vec<Word> = prefix[r..]
            .iter()
            .enumerate()
            .filter(|&(i, &w)| {
                !HONORIFICS.contains(bare(wtext(text, w))) || (r + i + 1 < prefix.len() && is_role(r + i + 1))
            })
            .map(|(_, &w)| w)
            .collect();
        role = join(text, &role_ws);
        if r > 0 {
            org = join(text, &prefix[..r]).map(|o| clean_org(&o));
        }
    } else if !prefix.is_empty() {
        org = join(text, prefix).map(|o| clean_org(&o));
    }
    Some(Titled { name: run_span(name_ws), role, org, kind: MentionKind::Person })
}

/// Read appositions (after the head) into role and organisation.
fn appositions(text: &str, parts: impl IntoIterator<Item = Span>, mention: &mut Mention) {
    let mut role_done = mention.role.is_some();
    let mut last_was_role = false;
    for p in parts {
        let s = p.slice(text).unwrap_or("").trim();
        if s.is_empty() {
            break;
        }
        // (Three words tell "more than two".)
        if s.split_whitespace().take(3).count() <= 2 && s.split_whitespace().all(|w| CREDENTIALS.contains(bare(w))) {
            continue;
        }
        // An age ("Abdul Haq, 72, of Ypsilanti, Michigan"): what follows is
        // where the person lives, never a role or an organisation.
        if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        // "from Demand Climate Justice": an organisation.
        if let Some(o) = ["from ", "of ", "at "].iter().find_map(|x| s.strip_prefix(x)) {
            if mention.org.is_none() && capitalised(o) {
                mention.org = Some(clean_org(o));
                last_was_role = false;
                continue;
            }
        }
        if is_role_part(text, p) {
            if role_done && !last_was_role {
                // "said Assistant Attorney General Tony West, head of the
                // Justice Departments Civil Division": keep its organisation.
                if mention.org.is_none() {
                    mention.org = read_role(text, p).1;
                }
                break;
            }
            let (role, org) = read_role(text, p);
            mention.role = match (mention.role.take(), role) {
                (Some(before), Some(more)) if last_was_role => Some(format!("{before}, {more}")),
                (before, more) => more.or(before),
            };
            if org.is_some() {
                mention.org = org;
            }
            role_done = true;
            last_was_role = true;
            continue;
        }
        last_was_role = false;
        let s = ["from ", "of ", "at "].iter().find_map(|x| s.strip_prefix(x)).unwrap_or(s);
        if capitalised(s.split_whitespace().next().unwrap_or(""))
            && mention.org.is_none()
            && s.split_whitespace().take(11).count() <= 10
        {
            mention.org = Some(clean_org(s));
            continue;
        }
        break;
    }
}

/// The speaker phrase that follows a cue ("said Brad Adams, Asia director
/// at Human Rights Watch"); `span` runs from the cue's end to the end of
/// the clause.
pub(super) fn after_cue(text: &str, span: Span) -> Option<Mention> {
    let span = crate::text::trim_span(text, span);
    let ws = leading_words(text, span);
    let first = *ws.first()?;
    let t = wtext(text, first);
    if let Some(p) = pronoun(t) {
        return Some(Mention {
            span: Span::new(first.start, first.end),
            name: t.to_owned(),
            kind: MentionKind::Pronoun(p),
            role: None,
            org: None,
        });
    }
    // The first two parts; all of them only for the appositions.
    let parts = comma_parts_upto(text, span, 2);
    // "said GirlfriendGPT founder and CEO, Enias", "said long-time user,
    // Mark Thompson": a title, then the name.
    if let [p0, p1, ..] = parts[..] {
        // (Nine words tell "more than eight", four "more than three".)
        let w0: Vec<Word> = word_iter(text, p0).take(9).collect();
        if w0.len() <= 8 && w0.iter().any(|&w| is_role_word(wtext(text, w))) {
            if let Some(tt) = titled(text, without_brackets(text, p1)) {
                let solo = word_iter(text, p1).take(4).count() <= 3;
                if tt.kind == MentionKind::Person && tt.name.is_some() && tt.role.is_none() && solo {
                    let mut m = mention_from(text, tt, p1)?;
                    let (r, o) = read_role(text, p0);
                    m.role = r;
                    m.org = m.org.or(o);
                    return Some(m);
                }
            }
        }
    }
    if t.eq_ignore_ascii_case("the") || t.eq_ignore_ascii_case("a") || t.eq_ignore_ascii_case("an") {
        // "according to the American Heart Association’s 2025 Statistics":
        // a named document after the article (not "called on the WTO").
        return collective_forward(text, &ws).or_else(|| {
            let next = ws.get(1).filter(|&&w| capitalised(wtext(text, w)))?;
            after_cue(text, Span::new(next.start, span.end)).filter(|m| m.kind == MentionKind::Collective)
        });
    }
    if !capitalised(t) {
        return document_phrase(text, *parts.first()?);
    }
    let head = *parts.first()?;
    // The head ends at the first lower-case word that is not a connector of
    // a titled name ("Olencio Simoes from the National Fishworkers Forum").
    let hw = words(text, head);
    let mut end = 0;
    let mut org_tail = None;
    for (k, &w) in hw.iter().enumerate() {
        let wt = wtext(text, w);
        // "U.S. Attorney for the Eastern District of Michigan Barbara
        // McQuade": a title runs on through "for the".
        let title_the = k > 0
            && ["for", "of"].contains(&wt)
            && is_role_word(wtext(text, hw[k - 1]))
            && hw.get(k + 1).is_some_and(|&n| wtext(text, n) == "the")
            && hw.get(k + 2).is_some_and(|&n| capitalised(wtext(text, n)));
        if capitalised(wt)
            || HONORIFICS.contains(bare(wt))
            || title_the
            || k > 0 && CONNECTORS.contains(&wt) && hw.get(k + 1).is_some_and(|&n| capitalised(wtext(text, n)))
        {
            end = k + 1;
            continue;
        }
        if ["from", "at", "of", "with"].contains(&wt) {
            let rest = &hw[k + 1..];
            if rest.first().is_some_and(|&n| capitalised(wtext(text, n)) || wtext(text, n) == "the") {
                org_tail = join(text, rest).map(|o| clean_org(&o));
            }
        }
        break;
    }
    // "the American Heart Association’s 2025 Heart & Stroke Statistics": a
    // possessed document named with a number or a document noun.
    if let Some(p) = hw[..end].iter().position(|&w| {
        let t = wtext(text, w);
        t.ends_with("’s") || t.ends_with("'s")
    }) {
        let rest = &hw[p + 1..end];
        let doc = rest.iter().any(|&w| {
            let t = wtext(text, w);
            t.starts_with(|c: char| c.is_ascii_digit()) || speaker_noun(t) == Some("document")
        });
        if doc && rest.len() <= 8 {
            let span = run_span(&hw[..end])?;
            return Some(Mention {
                span,
                name: span.slice(text)?.to_owned(),
                kind: MentionKind::Collective,
                role: None,
                org: None,
            });
        }
    }
    // "according to UNCTAD’s research": the possessed document speaks.
    if end > 0 && end < hw.len() && end + 3 >= hw.len() {
        let last = wtext(text, hw[end - 1]);
        let rest_lower = hw[end..].iter().all(|&w| wtext(text, w).starts_with(char::is_lowercase));
        if (last.ends_with("’s") || last.ends_with("'s")) && rest_lower && end > 0 {
            let span = run_span(&hw)?;
            return Some(Mention {
                span,
                name: span.slice(text)?.to_owned(),
                kind: MentionKind::Collective,
                role: None,
                org: None,
            });
        }
    }
    let head_span = run_span(&hw[..end])?;
    let tt = titled_run(text, &hw[..end])?;
    let mut m = mention_from(text, tt, head_span)?;
    if org_tail.is_some() && m.org.is_none() {
        m.org = org_tail;
    }
    if end == hw.len() {
        appositions(text, comma_parts_iter(text, span).skip(1), &mut m);
    }
    Some(m)
}

/// Can [`after_cue`] on `span` name a person? Only when the span has a
/// comma (the "title, name" reading), or its first word is an article
/// ([`collective_forward`]'s "a spokesperson for …") or capitalised (a
/// titled name): otherwise `after_cue` reads a lower-case first word as a
/// pronoun or a document phrase, neither a person. A cheap screen for
/// readers that want only people.
pub(super) fn after_cue_may_name_person(text: &str, span: Span) -> bool {
    let span = crate::text::trim_span(text, span);
    if span.slice(text).is_some_and(|s| s.contains(',')) {
        return true;
    }
    let Some(first) = word_iter(text, span).next() else {
        return false;
    };
    let t = wtext(text, first);
    capitalised(t) || t.eq_ignore_ascii_case("the") || t.eq_ignore_ascii_case("a") || t.eq_ignore_ascii_case("an")
}

fn mention_from(text: &str, tt: Titled, head: Span) -> Option<Mention> {
    let span = tt.name?;
    let _ = head;
    let name = span.slice(text)?.trim().to_owned();
    Some(Mention { span, name, kind: tt.kind, role: tt.role, org: tt.org })
}

/// "the complaint", "the former world leaders and Nobel Laureates": a
/// determiner followed by words up to a speaker noun.
fn collective_forward(text: &str, ws: &[Word]) -> Option<Mention> {
    for (k, &w) in ws.iter().enumerate().take(8).skip(1) {
        let t = wtext(text, w);
        if speaker_noun(t) == Some("person") {
            // "a spokesperson for Purpose Healing Center": a person known by
            // role, with the organisation after "for", "of" or "at".
            let mut end = k + 1;
            let mut org = None;
            if ws.get(k + 1).is_some_and(|&n| ["for", "of", "at"].contains(&wtext(text, n)))
                && joined(text, w, ws[k + 1])
            {
                let mut e = k + 2;
                while e < ws.len()
                    && (capitalised(wtext(text, ws[e])) || CONNECTORS.contains(&wtext(text, ws[e])))
                    && joined(text, ws[e - 1], ws[e])
                {
                    e += 1;
                }
                if e > k + 2 {
                    org = join(text, &ws[k + 2..e]).map(|o| clean_org(&o));
                    end = e;
                }
            }
            let span = run_span(&ws[k..end])?;
            return Some(Mention {
                span,
                name: span.slice(text)?.to_owned(),
                kind: MentionKind::Person,
                role: Some(t.to_owned()),
                org,
            });
        }
        if let Some(kind) = speaker_noun(t) {
            // A document is named without its article ("the complaint" →
            // "complaint").
            let from =
                if kind == "document" && ARTICLES.contains(&wtext(text, ws[0])) { ws[1].start } else { ws[0].start };
            let span = Span::new(from, w.end);
            return Some(Mention {
                span,
                name: span.slice(text)?.to_owned(),
                kind: MentionKind::Collective,
                role: None,
                org: None,
            });
        }
        if t.ends_with([',', ';']) || k > 0 && text.get(ws[k - 1].end..w.start).is_some_and(|g| g.contains(',')) {
            return None;
        }
    }
    None
}

const TRAILING_ADVERBS: &[&str] = &[
    "also",
    "further",
    "later",
    "then",
    "has",
    "have",
    "had",
    "previously",
    "recently",
    "today",
    "yesterday",
    "once",
    "again",
    "repeatedly",
    "publicly",
    "specifically",
    "simply",
    "often",
    "already",
    "has also",
    "similarly",
    "likewise",
    "subsequently",
    "separately",
    "jointly",
    "earlier",
];

/// `TRAILING_ADVERBS.contains(&w.to_lowercase())`, without lower-casing an
/// ASCII word (whose lower case is its ASCII lower case).
fn is_trailing_adverb(w: &str) -> bool {
    super::lower_in(w, TRAILING_ADVERBS)
}

/// The speaker phrase that ends right before a cue ("Adams said", "The
/// former Democratic governor of Idaho, Cecil Andrus, says", "Gordon
/// Brown, former Prime Minister of the United Kingdom said"). `span` runs
/// from the start of the clause to the cue.
pub(super) fn before_cue(text: &str, span: Span) -> Option<Mention> {
    let mut span = crate::text::trim_span(text, span);
    // Drop adverbs and auxiliaries between subject and cue.
    loop {
        let s = span.slice(text)?.trim_end_matches([',', ' ']);
        let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
        let adverb =
            is_trailing_adverb(last) || last.len() > 4 && last.ends_with("ly") && last.starts_with(char::is_lowercase);
        if adverb && s.len() > last.len() {
            span = crate::text::trim_span(text, Span::new(span.start, span.start + s.len() - last.len()));
        } else {
            break;
        }
    }
    let mut parts = comma_parts(text, span);
    // "The letter, which was coordinated by …, warned": the subject is the
    // part before the relative clause.
    if let Some(r) = parts.iter().skip(1).position(|&p| {
        let t = p.slice(text).unwrap_or("");
        ["which ", "who ", "whose ", "whom "].iter().any(|w| t.starts_with(w))
    }) {
        parts.truncate(r + 1);
        parts.push(Span::new(span.end, span.end));
    }
    let mut idx = parts.len().checked_sub(1)?;
    if parts[idx].is_empty() {
        idx = idx.checked_sub(1)?;
    }
    // "Prof. Stiglitz, in response, said": skip a short adverbial part;
    // "Joseph R. Biden, Jr. (D-DE) issued": skip post-nominal letters.
    while idx > 0 && (adverbial(text, parts[idx]) || credentials_only(text, parts[idx])) {
        idx -= 1;
    }
    // "APPlife Digital Solutions, Inc. (OTCID: ALDS) (“the Company”), a
    // business incubator …, today announced": the name before the suffix.
    let suffix_only = |p: Span| {
        let mut w = word_iter(text, without_brackets(text, p));
        match (w.next(), w.next()) {
            (Some(only), None) => is_org_word(wtext(text, only)),
            _ => false,
        }
    };
    // "Morpheus, the leading platform to launch Smart Agents, has
    // announced": an apposition set off by commas before the cue.
    let closed = parts.last().is_some_and(|p| p.is_empty());
    if closed && idx > 0 && idx + 1 < parts.len() {
        let p = parts[idx].slice(text).unwrap_or("");
        let appos = ["the ", "a ", "an ", "filed ", "which ", "who ", "one of ", "its ", "their "]
            .iter()
            .any(|a| p.starts_with(a));
        if appos && !is_role_part(text, parts[idx]) {
            idx -= 1;
            if idx > 0 && suffix_only(parts[idx]) {
                idx -= 1;
            }
            let prev = parts[idx].slice(text).unwrap_or("");
            if let Some(rest) = prev.strip_prefix("and ") {
                let from = parts[idx].end - rest.len();
                parts[idx] = Span::new(from, parts[idx].end);
            }
        }
    }
    let last = parts[idx];
    let ws = words(text, last);
    let lw = *ws.last()?;
    let lt = wtext(text, lw);
    if let Some(p) = pronoun(lt) {
        if ws.len() == 1 || !capitalised(lt) && ws.len() <= 3 {
            return Some(Mention {
                span: Span::new(lw.start, lw.end),
                name: lt.to_owned(),
                kind: MentionKind::Pronoun(p),
                role: None,
                org: None,
            });
        }
        return None;
    }
    // "the letter", "The leaders", "Proponents" (alone at the start of a
    // sentence); not "Justice Department", a proper name.
    let proper = ws.len() > 1 && capitalised(lt) && capitalised(wtext(text, ws[ws.len() - 2]));
    if speaker_noun(lt).is_some() && !proper {
        return collective_backward(text, &ws);
    }
    // "The government complaint in the case": a speaker noun followed by a
    // prepositional phrase.
    if let Some(k) = (ws.len().saturating_sub(10)..ws.len()).rev().find(|&k| {
        // (The word after first: the same answer, as all three tests are
        // pure, and it rules out most words without a lexicon look-up.)
        ws.get(k + 1).is_some_and(|&n| ["in", "of", "on", "from", "filed", "against"].contains(&wtext(text, n)))
            && !capitalised(wtext(text, ws[k]))
            && speaker_noun(wtext(text, ws[k])).is_some()
    }) {
        let head = &ws[..=k];
        if head.iter().any(|&w| ["the", "The", "this", "This"].contains(&wtext(text, w))) {
            return collective_backward(text, head);
        }
    }
    // "X, ranking member of the … committee, said": a role apposition may
    // end in a lower-case organisation word (not "X, …, cautioned Members
    // against …").
    let role_tail = idx > 0 && is_org_word(lt) && {
        let first = ws.first().map_or("", |&w| wtext(text, w));
        !first.ends_with("ed") && is_role_part(text, parts[idx])
    };
    if !capitalised(lt) && !role_tail {
        return None;
    }
    // "Maruf Barakat Ullah, COAST Foundation, Bangladesh commented": a run
    // of noun-phrase parts whose first person name is the subject.
    let mut run_start = idx;
    while run_start > 0
        && idx - run_start < 3
        && np_like(text, parts[run_start - 1])
        && np_like(text, parts[run_start])
        && word_iter(text, parts[run_start]).take(9).count() <= 8
    {
        run_start -= 1;
    }
    if run_start < idx || np_like(text, parts[idx]) {
        for k in run_start..=idx {
            if let Some(mut m) = name_part(text, parts[k]) {
                if k < idx {
                    appositions(text, parts[k + 1..=idx].iter().copied(), &mut m);
                } else if k > run_start && m.role.is_none() && is_role_part(text, parts[k - 1]) {
                    // "The former Democratic governor of Idaho, Cecil Andrus, says".
                    let r = parts[k - 1].slice(text).unwrap_or("");
                    let r = r.strip_prefix("The ").or_else(|| r.strip_prefix("the ")).unwrap_or(r);
                    m.role = Some(r.trim().to_owned());
                }
                return Some(m);
            }
        }
    }
    // Role apposition after the name: "Gordon Brown, former Prime Minister … said".
    let mut role_parts = Vec::new();
    while is_role_part(text, parts[idx]) && titled(text, parts[idx]).is_none_or(|t| t.name.is_none()) && idx > 0 {
        role_parts.push(parts[idx]);
        idx -= 1;
    }
    role_parts.reverse();
    let part = parts[idx];
    // No role part taken off: the part is `last`, whose words are read.
    let pw = if part == last { ws } else { words(text, part) };
    // The subject is the capitalised run that ends the part.
    let mut end = pw.len();
    let mut k = cap_run_start(text, &pw, end);
    // "the Department of Justice and the Environmental Protection Agency":
    // of joint speakers, the first named speaks.
    let before_and = match (k.checked_sub(1).map(|i| wtext(text, pw[i])), k.checked_sub(2).map(|i| wtext(text, pw[i])))
    {
        (Some("and"), _) => Some(k - 1),
        (Some("the"), Some("and")) => Some(k - 2),
        _ => None,
    };
    if let Some(a) = before_and {
        let s0 = cap_run_start(text, &pw, a);
        if s0 < a {
            end = a;
            k = s0;
        }
    }
    // "Rep. Jo Ann Emerson (MO-08) and Missouri Sens. Kit Bond": split at an
    // "and" followed by a title; "the Justice Department and Internal
    // Revenue Service": at an "and" after an organisation's head word (not
    // "Department of Health and Human Services").
    if let Some(a) = (k..end).find(|&i| {
        wtext(text, pw[i]) == "and"
            && (pw[i + 1..end.min(i + 4)].iter().any(|&w| {
                let t = wtext(text, w);
                is_role_word(t) || HONORIFICS.contains(bare(t)) || t == "the"
            }) || i > k && is_org_word(wtext(text, pw[i - 1])) && !is_acronym(wtext(text, pw[i - 1]))
                || two_people(text, &pw[k..end]))
    }) {
        if a > k {
            end = a;
        }
    }
    let whole_part = k == 0 && end == pw.len();
    let head = run_span(pw.get(k..end)?)?;
    let tt = titled_run(text, pw.get(k..end)?)?;
    if tt.name.is_none() {
        let article = k > 0 && ["the", "The"].contains(&wtext(text, pw[k - 1]));
        return if article { role_anaphor(text, Span::new(span.start, head.start), head.slice(text)?) } else { None };
    }
    let mut m = mention_from(text, tt, head)?;
    if !role_parts.is_empty() {
        appositions(text, role_parts, &mut m);
    } else if whole_part && idx > 0 && parts.get(idx + 1).is_some_and(|p| p.is_empty()) {
        // "The former Democratic governor of Idaho, Cecil Andrus, says".
        let prev = parts[idx - 1];
        if is_role_part(text, prev) && m.role.is_none() {
            let role = prev.slice(text).unwrap_or("");
            let role = role.strip_prefix("The ").or_else(|| role.strip_prefix("the ")).unwrap_or(role).trim();
            if !role.is_empty() {
                m.role = Some(role.to_owned());
            }
        }
    }
    Some(m)
}

/// Start of the run of capitalised words (with inner connectors and
/// honorifics) that ends at `end`.
/// "Thomas and Enzi", "Jane Doe and John Roe": two names joined by
/// "and", with no organisation word and no other connector.
fn two_people(text: &str, ws: &[Word]) -> bool {
    let and = ws.iter().filter(|&&w| wtext(text, w) == "and").count();
    and == 1
        && ws.len() <= 7
        && ws.first().zip(ws.last()).is_some_and(|(&a, &b)| wtext(text, a) != "and" && wtext(text, b) != "and")
        && ws.iter().all(|&w| {
            let t = wtext(text, w);
            t == "and"
                || capitalised(t)
                    && !is_org_word(t)
                    && !is_role_word(t)
                    && !is_acronym(t)
                    && !CONNECTORS.contains(&t)
                    && !NOT_NAMES.contains(bare(t))
        })
}

fn cap_run_start(text: &str, pw: &[Word], end: usize) -> usize {
    let mut k = end;
    while k > 0 {
        if k < end && !joined(text, pw[k - 1], pw[k]) {
            break;
        }
        // "Washington-- U.S. Senator Evan Bayh": a dateline ends the run.
        if wtext(text, pw[k - 1]).ends_with(['-', '–', '—']) {
            break;
        }
        let t = wtext(text, pw[k - 1]);
        let conn = CONNECTORS.contains(&t) && k < end && k > 1 && capitalised(wtext(text, pw[k - 2]));
        // "Attorneys Office for the Middle District": "for the", "of the".
        let conn2 = t == "the"
            && k < end
            && k > 2
            && ["of", "for"].contains(&wtext(text, pw[k - 2]))
            && capitalised(wtext(text, pw[k - 3]));
        if conn2 {
            k -= 2;
        } else if capitalised(t) || conn || HONORIFICS.contains(bare(t)) {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// True when only spaces or brackets separate two words (no comma, stop
/// or quotation mark).
fn joined(text: &str, a: Word, b: Word) -> bool {
    text.get(a.end..b.start).is_some_and(|g| g.chars().all(|c| c.is_whitespace() || c == '(' || c == ')'))
}

/// The last person named by two or more words in `span` ("OWINFS’s
/// Deborah James was invited …"), for a pronoun with no speaker yet.
pub(super) fn last_person(text: &str, span: Span, masks: &[Span]) -> Option<Mention> {
    // Words in quotations or brackets do not name the speaker.
    let mut brackets = Vec::new();
    let mut open = None;
    for (i, c) in span.slice(text).unwrap_or("").char_indices() {
        match c {
            '(' => open = Some(span.start + i),
            ')' => {
                if let Some(o) = open.take() {
                    brackets.push(Span::new(o, span.start + i + 1));
                }
            }
            _ => {}
        }
    }
    let ws: Vec<Word> = words(text, span)
        .into_iter()
        .filter(|w| !masks.iter().chain(&brackets).any(|m| m.start <= w.start && w.end <= m.end))
        .collect();
    let mut end = ws.len();
    while end > 0 {
        let t = wtext(text, ws[end - 1]);
        if !capitalised(t) {
            end -= 1;
            continue;
        }
        let k = cap_run_start(text, &ws, end);
        // "demands on Social Security": after a preposition, a thing.
        let after_prep = k > 0
            && ["on", "of", "for", "to", "in", "into", "from", "with", "by", "about"].contains(&wtext(text, ws[k - 1]));
        if after_prep {
            end = k.min(end - 1);
            continue;
        }
        // Not the first word of a sentence alone; a name needs two words.
        if let Some(head) = run_span(&ws[k..end]) {
            if let Some(m) = titled(text, head).and_then(|tt| mention_from(text, tt, head)) {
                if m.kind == MentionKind::Person && m.name.split_whitespace().count() >= 2 {
                    return Some(m);
                }
            }
        }
        end = k.min(end - 1);
    }
    None
}

/// The fullest form of a one-word name ("Dole") written in `span`: a
/// capitalised run ending with it that reads as a person of two or more
/// words ("U.S. Sen. Elizabeth Dole"), with its title.
///
/// Only the words around each occurrence of `short` are split (a window
/// of [`WINDOW_BACK`] tokens before it, [`WINDOW_AHEAD`] after), not the
/// whole span: words are read token by token, so the words of a window of
/// whole tokens are the span's words there. When the reading of an
/// occurrence could reach past its window ([`FullName::NeedMore`]), the
/// whole span is split, as before. (The pipeline reads both forms at once
/// with [`full_names`]; this one reading is its reference.)
#[cfg(test)]
fn full_name(text: &str, span: Span, short: &str, as_surname: bool) -> Option<Mention> {
    let mut all = None;
    occurrences(text, span, short).find_map(|o| read_occurrence(text, span, &o, short, as_surname, &mut all))
}

/// `(full_name(.., true), full_name(.., false))` in one read of the
/// windows: each occurrence's window is split once and read as a surname,
/// then (while `want_first` and none is found yet) as a first name. Once a
/// surname reading is found the first-name one is left as it stands (the
/// caller takes the surname). The same answers because each reading sees
/// the same window, the same word index and, on [`FullName::NeedMore`],
/// the same words of the whole span as [`full_name`] does, occurrence by
/// occurrence in the same order ([`occurrences`], [`read_occurrence`]).
pub(super) fn full_names(text: &str, span: Span, short: &str, want_first: bool) -> (Option<Mention>, Option<Mention>) {
    let mut first: Option<Mention> = None;
    let mut all = None;
    for o in occurrences(text, span, short) {
        for as_surname in [true, false] {
            if !as_surname && (!want_first || first.is_some()) {
                break;
            }
            match read_occurrence(text, span, &o, short, as_surname, &mut all) {
                Some(m) if as_surname => return (Some(m), first),
                Some(m) => first = Some(m),
                None => {}
            }
        }
    }
    (None, first)
}

/// One occurrence of a short name in a span: the words of its window,
/// the index of the short name among them, and whether the window was cut
/// before and after (see [`full_name_at`]).
struct Occurrence {
    ws: Vec<Word>,
    i: usize,
    cut: (bool, bool),
}

/// The occurrences of `short` as a whole word of `span`, in order, each
/// with the words of its window ([`WINDOW_BACK`] tokens before it,
/// [`WINDOW_AHEAD`] after). The vector searcher finds what `str::find`
/// finds: a match of a whole `str` starts at a character boundary.
fn occurrences<'t>(text: &'t str, span: Span, short: &'t str) -> impl Iterator<Item = Occurrence> + 't {
    let s = span.slice(text).filter(|_| !short.is_empty()).unwrap_or("");
    let finder = memchr::memmem::Finder::new(short);
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(p) = s.get(from..).and_then(|r| finder.find(r.as_bytes())).map(|i| from + i) {
            from = p + s.get(p..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
            let (lo, hi) = (token_start_back(s, p, WINDOW_BACK), token_end_ahead(s, p, WINDOW_AHEAD));
            let ws = words(text, Span::new(span.start + lo, span.start + hi));
            let at = span.start + p;
            if let Some(i) = ws.iter().position(|w| w.start == at && wtext(text, *w) == short) {
                return Some(Occurrence { ws, i, cut: (lo > 0, hi < s.len()) });
            }
        }
        None
    })
}

/// The fuller name read at one occurrence, as a surname or a first name:
/// in its window, or (when the reading could reach past the window) in
/// the words of the whole span, split once into `all` and kept.
fn read_occurrence(
    text: &str,
    span: Span,
    o: &Occurrence,
    short: &str,
    as_surname: bool,
    all: &mut Option<Vec<Word>>,
) -> Option<Mention> {
    match full_name_at(text, span, &o.ws, o.i, short, as_surname, o.cut) {
        FullName::Found(m) => Some(m),
        FullName::NotHere => None,
        FullName::NeedMore => {
            let at = o.ws.get(o.i)?.start;
            let ws = all.get_or_insert_with(|| words(text, span));
            let i = ws.iter().position(|w| w.start == at)?;
            match full_name_at(text, span, ws, i, short, as_surname, (false, false)) {
                FullName::Found(m) => Some(m),
                _ => None,
            }
        }
    }
}

/// Tokens before an occurrence that [`full_name`] splits.
const WINDOW_BACK: usize = 12;
/// Tokens after an occurrence that [`full_name`] splits.
const WINDOW_AHEAD: usize = 3;

/// Start of the `n`-th whitespace-separated token before the one holding
/// byte `p` of `s` (0: that token's own start), or 0.
fn token_start_back(s: &str, p: usize, n: usize) -> usize {
    let mut tokens = 0;
    let mut in_space = false;
    for (i, c) in s.get(..p).unwrap_or("").char_indices().rev() {
        if c.is_whitespace() {
            if !in_space {
                in_space = true;
                tokens += 1;
                if tokens > n {
                    return i + c.len_utf8();
                }
            }
        } else {
            in_space = false;
        }
    }
    0
}

/// End of the `n`-th whitespace-separated token after the one holding
/// byte `p` of `s` (0: that token's own end), or the end of `s`.
fn token_end_ahead(s: &str, p: usize, n: usize) -> usize {
    let mut tokens = 0;
    let mut in_space = false;
    for (i, c) in s.get(p..).unwrap_or("").char_indices() {
        if c.is_whitespace() {
            if !in_space {
                in_space = true;
                if tokens == n {
                    return p + i;
                }
                tokens += 1;
            }
        } else {
            in_space = false;
        }
    }
    s.len()
}

/// What [`full_name_at`] made of one occurrence.
enum FullName {
    Found(Mention),
    NotHere,
    /// The words read reach an edge of a window cut short: read again with
    /// all the words of the span.
    NeedMore,
}

/// [`full_name`] at word `i` of `ws`, the words of a window of `span`;
/// `cut` says whether the window is cut short before and after.
fn full_name_at(
    text: &str,
    span: Span,
    ws: &[Word],
    i: usize,
    short: &str,
    as_surname: bool,
    cut: (bool, bool),
) -> FullName {
    let mut k = cap_run_start(text, ws, i + 1);
    // `cap_run_start` reads up to three words before where it stops.
    if cut.0 && k < 3 {
        return FullName::NeedMore;
    }
    // The name runs on for at most two more words.
    if cut.1 && ws.len() < i + 3 {
        return FullName::NeedMore;
    }
    if let Some(a) = (k..i).rev().find(|&j| wtext(text, ws[j]) == "and") {
        k = a + 1;
    }
    // "Fiona M.": a first name followed by a surname or initial.
    let mut e = i + 1;
    while e < ws.len()
        && e < i + 3
        && joined(text, ws[e - 1], ws[e])
        && capitalised(wtext(text, ws[e]))
        && !is_role_word(wtext(text, ws[e]))
        && !is_org_word(wtext(text, ws[e]))
    {
        e += 1;
    }
    let (k, e) = if as_surname { (k, i + 1) } else { (i, e) };
    let Some(head) = run_span(&ws[k..e]) else {
        return FullName::NotHere;
    };
    if let Some(m) = titled_run(text, &ws[k..e]).and_then(|tt| mention_from(text, tt, head)) {
        let named = if as_surname { m.name.ends_with(short) } else { m.name.starts_with(short) };
        if m.kind == MentionKind::Person && m.name.split_whitespace().count() >= 2 && named {
            let mut m = m;
            // "Newt Gingrich, the former Speaker of the U.S. House of
            // Representatives, raises …": the apposition after the name.
            let rest = comma_parts_upto(text, Span::new(ws[e - 1].end, span.end), 3);
            if rest.len() >= 3 && rest[0].is_empty() && m.role.is_none() {
                appositions(text, rest[1..2].iter().copied(), &mut m);
            }
            return FullName::Found(m);
        }
    }
    FullName::NotHere
}

/// [`full_name`] on all the words of the span, every occurrence read
/// whole: the reference the windowed one is tested against (the apposition
/// after a name is read off the first three comma parts, which a test
/// compares with the parts of the whole span).
#[cfg(test)]
fn full_name_reference(text: &str, span: Span, short: &str, as_surname: bool) -> Option<Mention> {
    let ws = words(text, span);
    (0..ws.len()).filter(|&i| wtext(text, ws[i]) == short).find_map(|i| {
        match full_name_at(text, span, &ws, i, short, as_surname, (false, false)) {
            FullName::Found(m) => Some(m),
            FullName::NotHere | FullName::NeedMore => None,
        }
    })
}

/// The fuller phrase an anaphoric group refers to ("the leaders" → "The
/// former world leaders and Nobel Laureates"): the first phrase in `span`
/// headed by the same noun, from its determiner (or a count: "298 public
/// health and other civil society organizations") to the noun, with a
/// following "and" + capitalised words.
pub(super) fn antecedent(text: &str, span: Span, head: &str) -> Option<Mention> {
    // A word equal to `head` (ignoring ASCII case) starts where the text
    // holds `head`: only the words around each such place are read, in
    // text order, so the first phrase found is the first in `span` (spans
    // run from the start of the release).
    let s = span.slice(text)?;
    let mut all: Option<Vec<Word>> = None;
    let mut from = 0;
    while let Some(p) = find_ignore_ascii_case(s.as_bytes(), head.as_bytes(), from) {
        from = p + 1;
        // `p` is a character boundary: `head`'s first byte is not a
        // continuation byte, and ASCII case folding keeps it one.
        let (lo, hi) = (token_start_back(s, p, ANTECEDENT_BACK), token_end_ahead(s, p, ANTECEDENT_AHEAD));
        let ws = words(text, Span::new(span.start + lo, span.start + hi));
        let at = span.start + p;
        let is_head = |w: &Word| w.start == at && wtext(text, *w).eq_ignore_ascii_case(head);
        let Some(i) = ws.iter().position(is_head) else {
            continue;
        };
        match antecedent_at(text, &ws, i, (lo > 0, hi < s.len())) {
            FullName::Found(m) => return Some(m),
            FullName::NotHere => {}
            FullName::NeedMore => {
                let ws = all.get_or_insert_with(|| words(text, span));
                if let Some(i) = ws.iter().position(is_head) {
                    if let FullName::Found(m) = antecedent_at(text, ws, i, (false, false)) {
                        return Some(m);
                    }
                }
            }
        }
    }
    None
}

/// Tokens before an occurrence that [`antecedent`] splits: the phrase
/// reads at most eight words back.
const ANTECEDENT_BACK: usize = 12;
/// Tokens after an occurrence that [`antecedent`] splits.
const ANTECEDENT_AHEAD: usize = 8;

/// The first position at or after `from` where `h` holds `needle`,
/// ignoring ASCII case (`None` for an empty needle).
fn find_ignore_ascii_case(h: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = needle.first()?.to_ascii_lowercase();
    let last = h.len().checked_sub(needle.len())?;
    (from..=last).find(|&p| {
        h.get(p).is_some_and(|b| b.to_ascii_lowercase() == first)
            && h.get(p..p + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// [`antecedent`] at word `i` of `ws` (the head noun), the words of a
/// window of its span; `cut` says whether the window is cut short before
/// and after, and then a phrase that reads up to a cut edge is
/// [`FullName::NeedMore`].
fn antecedent_at(text: &str, ws: &[Word], i: usize, cut: (bool, bool)) -> FullName {
    // The determiner is looked for at most eight words back.
    if cut.0 && i < 8 {
        return FullName::NeedMore;
    }
    let mut start = None;
    let mut k = i;
    while k > 0 && i - k < 8 && joined(text, ws[k - 1], ws[k]) {
        k -= 1;
        let t = wtext(text, ws[k]);
        if ["of", "to", "for", "in", "on", "at", "by", "with", "from", "against"].contains(&t) {
            break;
        }
        if ["the", "The", "these", "These"].contains(&t) {
            start = Some(k);
            break;
        }
        if t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            start = Some(k);
            // "More than 170 …": keep the qualifier words before a count.
            break;
        }
    }
    let Some(start) = start else {
        return FullName::NotHere;
    };
    let mut end = i + 1;
    if end + 1 < ws.len() && wtext(text, ws[end]) == "and" && capitalised(wtext(text, ws[end + 1])) {
        end += 1;
        while end < ws.len() && capitalised(wtext(text, ws[end])) && joined(text, ws[end - 1], ws[end]) {
            end += 1;
        }
    }
    // The "and" test reads two words ahead and the run reads on to the
    // first word that stops it.
    if cut.1 && (i + 2 >= ws.len() || end >= ws.len()) {
        return FullName::NeedMore;
    }
    if end - start < 3 {
        return FullName::NotHere;
    }
    let Some(sp) = run_span(&ws[start..end]) else {
        return FullName::NotHere;
    };
    match sp.slice(text) {
        Some(name) => FullName::Found(Mention {
            span: sp,
            name: name.to_owned(),
            kind: MentionKind::Collective,
            role: None,
            org: None,
        }),
        None => FullName::NotHere,
    }
}

/// "the Senator" after "Senator Schumer" earlier in `span`: the named
/// person with that title.
fn role_anaphor(text: &str, span: Span, role: &str) -> Option<Mention> {
    let ws = words(text, span);
    let k = ws.iter().rposition(|&w| wtext(text, w) == role)?;
    let mut e = k + 1;
    while e < ws.len() && e < k + 4 && capitalised(wtext(text, ws[e])) && !is_role_word(wtext(text, ws[e])) {
        e += 1;
    }
    let name = run_span(&ws[k + 1..e])?;
    Some(Mention {
        span: name,
        name: name.slice(text)?.to_owned(),
        kind: MentionKind::Person,
        role: Some(role.to_owned()),
        org: None,
    })
}

/// A short part that is neither a name nor a role ("in response",
/// "however").
fn adverbial(text: &str, part: Span) -> bool {
    let s = part.slice(text).unwrap_or("");
    // (Five words tell "more than four".)
    let ws: Vec<Word> = word_iter(text, part).take(5).collect();
    !ws.is_empty()
        && ws.len() <= 4
        && s.starts_with(char::is_lowercase)
        && !ws.iter().any(|&w| {
            let t = wtext(text, w);
            capitalised(t)
                || is_role_word(t)
                || pronoun(t).is_some()
                || speaker_noun(t).is_some()
                || ["the", "a", "an", "this", "these"].contains(&t)
        })
}

/// A part that holds only post-nominal letters ("Jr.", "MD, JD").
fn credentials_only(text: &str, part: Span) -> bool {
    let mut ws = word_iter(text, without_brackets(text, part)).peekable();
    ws.peek().is_some() && ws.all(|w| CREDENTIALS.contains(bare(wtext(text, w))))
}

/// A part made only of capitalised words, connectors and role words: a
/// name, a title or an organisation, not a clause.
fn np_like(text: &str, part: Span) -> bool {
    // Word by word, stopping at the first word that fails or the
    // fifteenth: the same answer as testing all words and the count.
    let mut n = 0;
    for w in word_iter(text, without_brackets(text, part)) {
        n += 1;
        let t = wtext(text, w);
        if n > 14
            || !(capitalised(t) || CONNECTORS.contains(&t) || is_role_word(t) || ["from", "at", "with"].contains(&t))
        {
            return false;
        }
    }
    n > 0
}

/// A part that is a person's name of two words or more, possibly with a
/// title in front and an organisation after "from", "of" or "at"
/// ("Olencio Simoes from the National Fishworkers Forum in India").
fn name_part(text: &str, part: Span) -> Option<Mention> {
    let part = without_brackets(text, part);
    let ws = words(text, part);
    let mut head_end = ws.len();
    let mut org = None;
    if let Some(k) = ws.iter().position(|&w| ["from", "of", "at"].contains(&wtext(text, w))) {
        let rest = &ws[k + 1..];
        if k >= 2 && rest.first().is_some_and(|&n| capitalised(wtext(text, n)) || wtext(text, n) == "the") {
            head_end = k;
            org = join(text, rest).map(|o| clean_org(&o));
        }
    }
    let head = run_span(&ws[..head_end])?;
    let tt = titled(text, head)?;
    let name = tt.name?;
    if tt.kind != MentionKind::Person || name.slice(text)?.split_whitespace().count() < 2 {
        return None;
    }
    if org.is_some() && (tt.role.is_some() || tt.org.is_some()) {
        return None;
    }
    let mut m = mention_from(text, tt, head)?;
    if m.org.is_none() {
        m.org = org;
    }
    Some(m)
}

/// "The letter", "the government complaint", "Human Rights Watch and more
/// than 300 nongovernmental organizations": back from a speaker noun to a
/// determiner or the start of the part.
fn collective_backward(text: &str, ws: &[Word]) -> Option<Mention> {
    let n = ws.len();
    let mut start = n.saturating_sub(9);
    for k in (start..n).rev() {
        let t = wtext(text, ws[k]).to_lowercase();
        // "the submission of false claims to government": a preposition
        // ends the phrase.
        if k + 1 < n && ["of", "to", "for", "in", "on", "at", "by", "with", "from", "against"].contains(&t.as_str()) {
            start = k + 1;
            break;
        }
        if ["the", "this", "these", "its", "their", "our", "a"].contains(&t.as_str()) {
            start = k;
            break;
        }
        // "But research suggests": a conjunction is not part of the phrase.
        if ["but", "yet"].contains(&t.as_str()) {
            start = k + 1;
            break;
        }
        if k + 1 < n
            && ["that", "which", "who", "what", "when", "while", "as", "because", "after"].contains(&t.as_str())
        {
            start = k + 1;
            break;
        }
    }
    let phrase = &ws[start..];
    // "Human Rights Watch and more than 300 … organizations": the named
    // organisation in front speaks.
    let first = wtext(text, *phrase.first()?);
    if capitalised(first) && !["The", "This", "These", "Its", "Their", "Our", "A"].contains(&first) {
        if let Some(a) = phrase.iter().position(|&w| wtext(text, w) == "and") {
            let named = &phrase[..a];
            if !named.is_empty()
                && named.iter().all(|&w| capitalised(wtext(text, w)) || CONNECTORS.contains(&wtext(text, w)))
            {
                let span = run_span(named)?;
                return Some(Mention {
                    span,
                    name: span.slice(text)?.to_owned(),
                    kind: MentionKind::Organization,
                    role: None,
                    org: None,
                });
            }
        }
    }
    // "the Justice Department": a proper name after the article.
    if phrase.len() > 1
        && ["the", "The"].contains(&first)
        && phrase[1..].iter().all(|&w| capitalised(wtext(text, w)) || CONNECTORS.contains(&wtext(text, w)))
    {
        let span = run_span(&phrase[1..])?;
        return Some(Mention {
            span,
            name: span.slice(text)?.to_owned(),
            kind: MentionKind::Organization,
            role: None,
            org: None,
        });
    }
    // "the indictment alleges": a document, named without its article.
    let phrase = match phrase {
        [a, rest @ ..]
            if !rest.is_empty()
                && ARTICLES.contains(&wtext(text, *a))
                && rest.last().is_some_and(|&w| speaker_noun(wtext(text, w)) == Some("document")) =>
        {
            rest
        }
        _ => phrase,
    };
    let span = run_span(phrase)?;
    Some(Mention { span, name: span.slice(text)?.to_owned(), kind: MentionKind::Collective, role: None, org: None })
}

/// Articles dropped before a document's name.
const ARTICLES: &[&str] = &["the", "The", "a", "A", "an", "An"];

/// "court documents", "documents filed with the court": a phrase without
/// article, up to the first comma (at most 14 words), that names a
/// document in its first three words.
fn document_phrase(text: &str, head: Span) -> Option<Mention> {
    let ws = words(text, head);
    if ws.is_empty() || ws.len() > 14 || !ws.iter().take(3).any(|&w| speaker_noun(wtext(text, w)) == Some("document")) {
        return None;
    }
    let span = run_span(&ws)?;
    Some(Mention { span, name: span.slice(text)?.to_owned(), kind: MentionKind::Collective, role: None, org: None })
}

/// The subject that opens a sentence ("The leaders also called for …"):
/// a determiner phrase up to a speaker noun, or a capitalised name.
pub(super) fn sentence_subject(text: &str, span: Span) -> Option<Mention> {
    let ws = words(text, span);
    let first = wtext(text, *ws.first()?);
    if NAME_OPENERS.contains(first) {
        return None;
    }
    if let Some(p) = pronoun(first) {
        return Some(Mention {
            span: Span::new(ws[0].start, ws[0].end),
            name: first.to_owned(),
            kind: MentionKind::Pronoun(p),
            role: None,
            org: None,
        });
    }
    if ["The", "These", "This", "Their", "Our", "the"].contains(&first) {
        // "the Senator sent …": the person last named with that title.
        if let Some(&r) = ws.get(1).filter(|&&w| capitalised(wtext(text, w)) && is_role_word(wtext(text, w))) {
            let mut from = ws[0].start.saturating_sub(4000);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            return role_anaphor(text, Span::new(from, ws[0].start), wtext(text, r));
        }
        return collective_forward(text, &ws);
    }
    let mut k = 0;
    while k < ws.len()
        && k < 6
        && (capitalised(wtext(text, ws[k])) || k > 0 && CONNECTORS.contains(&wtext(text, ws[k])))
    {
        k += 1;
    }
    let head = run_span(ws.get(..k)?)?;
    let tt = titled(text, head)?;
    mention_from(text, tt, head)
}

/// The first " – " of `s`, or else the first " — ", or else the first
/// " - ": its start and end. (One pass over the spaces of `s`, instead of
/// a substring search per dash.)
fn first_dash(s: &str) -> Option<(usize, usize)> {
    const DASHES: [&str; 3] = [" – ", " — ", " - "];
    let mut first = [None; 3];
    for (i, _) in s.match_indices(' ') {
        for (k, d) in DASHES.iter().enumerate() {
            if first[k].is_none() && s[i..].starts_with(d) {
                first[k] = Some((i, i + d.len()));
            }
        }
    }
    first.into_iter().flatten().next()
}

/// A header line that only names a speaker ("Africa Kiiza, African Trade
/// Network, Uganda"): the person and their appositions.
pub(super) fn header(text: &str, span: Span) -> Option<Mention> {
    // The cheap tests first: when the line has a comma, its head is the
    // text before the first one, tested before the line is split up.
    let mut parts = match first_comma(span.slice(text)?) {
        Some(i) => {
            let head = crate::text::trim_span(text, Span::new(span.start, span.start + i));
            if head.slice(text).is_some_and(|h| h.contains(':')) || header_words(text, head).is_none() {
                return None;
            }
            comma_parts(text, span)
        }
        // What `comma_parts` makes of a line without a comma.
        None => vec![crate::text::trim_span(text, span)],
    };
    // "Anna Marriott – People’s Vaccine Alliance", "Nicolas Walder
    // (MP-Green Party-Switzerland)": a dash or a bracket instead of a comma.
    if parts.len() < 2 {
        let s = span.slice(text)?;
        let split = first_dash(s).or_else(|| {
            let i = s.find('(')?;
            (i > 0).then_some((i, i))
        });
        if let Some((a, b)) = split {
            let rest = crate::text::trim_span(text, Span::new(span.start + b, span.end));
            let rest_s = rest.slice(text)?.trim_start_matches('(').trim_end_matches(')');
            let off = rest.start + rest.slice(text)?.find(rest_s).unwrap_or(0);
            parts = vec![
                crate::text::trim_span(text, Span::new(span.start, span.start + a)),
                Span::new(off, off + rest_s.len()),
            ];
        }
    }
    let head = *parts.first()?;
    // The cheap tests first: a long head without commas is not split into
    // words at all.
    if head.slice(text).is_some_and(|h| h.contains(':')) || parts.len() < 2 {
        return None;
    }
    let hw = header_words(text, head)?;
    // "Luke Chua CEO": a title after the name.
    let mut tail_role = None;
    let mut head = head;
    if let Some(r) = hw.iter().position(|&w| is_role_word(wtext(text, w))) {
        if r >= 2 && hw[..r].iter().all(|&w| !is_role_word(wtext(text, w))) {
            tail_role = join(text, &hw[r..]);
            head = run_span(&hw[..r])?;
        }
    }
    let tt = titled(text, head)?;
    if tt.kind != MentionKind::Person || tt.name.is_some_and(|n| n.len() < 4) {
        return None;
    }
    let named = tt.name.and_then(|n| n.slice(text)).map_or(0, |s| s.split_whitespace().count());
    if named < 2 {
        return None;
    }
    let mut m = mention_from(text, tt, head)?;
    if m.role.is_none() {
        m.role = tail_role;
    }
    appositions(text, parts.get(1..).unwrap_or(&[]).iter().copied(), &mut m);
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn windowed_full_name_is_the_reference(
            t in crate::test_text::words_and_separators(&["Dole", "Elizabeth", "Sen.", "U.S.", "and", "the", "of", "Senator", "Dole,", "said", "(Dole)", "Jane", "M.", "Justice", "—"], &[" ", " ", " ", "\n", ", "], 40),
            as_surname in proptest::bool::ANY,
        ) {
            let span = Span::new(0, t.len());
            for short in ["Dole", "Elizabeth", "Jane"] {
                proptest::prop_assert_eq!(
                    full_name(&t, span, short, as_surname),
                    full_name_reference(&t, span, short, as_surname)
                );
            }
        }

        #[test]
        fn both_full_names_are_two_single_readings(
            t in crate::test_text::words_and_separators(&["Dole", "Elizabeth", "Sen.", "U.S.", "and", "the", "of", "Senator", "Dole,", "said", "(Dole)", "Jane", "M.", "Justice", "—", "Elizabeth Dole", "Dole Elizabeth"], &[" ", " ", " ", "\n", ", "], 40),
            want_first in proptest::bool::ANY,
        ) {
            let span = Span::new(0, t.len());
            for short in ["Dole", "Elizabeth", "Jane"] {
                let (surname, first) = full_names(&t, span, short, want_first);
                let want_surname = full_name(&t, span, short, true);
                proptest::prop_assert_eq!(&surname, &want_surname);
                if want_surname.is_none() {
                    let want = if want_first { full_name(&t, span, short, false) } else { None };
                    proptest::prop_assert_eq!(first, want);
                }
            }
        }

        #[test]
        fn after_cue_names_no_person_where_the_screen_says_so(
            ws in proptest::collection::vec(
                "(the|The|a|An|said|spokesperson|for|of|Jane|Doe|director|U\\.S\\.|Attorney|he|she|report|and|,|\\(|\\)|é|Élise|“|x)",
                0..16,
            ),
        ) {
            let t = ws.join(" ");
            let span = Span::new(0, t.len());
            if !after_cue_may_name_person(&t, span) {
                let m = after_cue(&t, span);
                proptest::prop_assert!(m.is_none_or(|m| m.kind != MentionKind::Person), "{}", t);
            }
        }

        #[test]
        fn leading_words_serve_collective_forward(
            t in crate::test_text::words_and_separators(&["the", "a", "Big", "Purpose", "Healing", "Center", "and", "x", "the", "Big", "spokesperson", "for", "of", "letter", "leaders", "(A)"], &[" ", " ", " ", " ", ", ", "\n"], 24),
        ) {
            let span = Span::new(0, t.len());
            let (all, lead) = (words(&t, span), leading_words(&t, span));
            proptest::prop_assert_eq!(all.get(..lead.len()).map(|a| a.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>()), Some(lead.iter().map(|w| (w.start, w.end)).collect()));
            proptest::prop_assert_eq!(collective_forward(&t, &lead), collective_forward(&t, &all));
        }

        #[test]
        fn comma_parts_without_a_comma_are_the_trimmed_span(t in "[a ()\\[\\]é]{0,20}", n in 0usize..3) {
            // What the bracket walk gives a span without a comma: no part
            // ends, and the one part left is the whole span, trimmed.
            let span = Span::new(0, t.len());
            let walked: Vec<Span> = if n == 0 { Vec::new() } else { vec![crate::text::trim_span(&t, span)] };
            proptest::prop_assert_eq!(comma_parts_upto(&t, span, n), walked);
        }

        #[test]
        fn comma_parts_upto_is_a_prefix(t in "[a (),\\[\\]]{0,30}", n in 0usize..5) {
            let span = Span::new(0, t.len());
            let all = comma_parts(&t, span);
            proptest::prop_assert_eq!(comma_parts_upto(&t, span, n), all.get(..n.min(all.len())).unwrap_or(&[]).to_vec());
        }

        #[test]
        fn read_role_is_the_reference(
            t in crate::test_text::words_and_separators(&["the", "The", "at", "with", "from", "beim", "bei", "von", "for", "of", "Lakes’", "Lakes'", "Siena’s", "Bank's", "CEO", "Chief", "director", "Human", "Rights", "Watch", "IBM", "and", "é’", "x"], &[" ", " ", "  ", ", ", "\n"], 12),
        ) {
            let span = Span::new(0, t.len());
            proptest::prop_assert_eq!(read_role(&t, span), read_role_with::<false>(&t, span));
        }

        #[test]
        fn first_spaced_is_find_short(s in "[ a-z’]{0,30}") {
            let seps = [" a ", " ab", " b ", " a b ", " ", " ’ "];
            proptest::prop_assert_eq!(first_spaced(&s, seps), seps.map(|x| find_short(&s, x)));
        }

        #[test]
        fn comma_parts_iter_is_comma_parts(t in "[a (),\\[\\]“é]{0,30}", lo in 0usize..4) {
            let span = Span::new(lo.min(t.len()), t.len());
            let span = if t.is_char_boundary(span.start) { span } else { Span::new(0, t.len()) };
            proptest::prop_assert_eq!(comma_parts_iter(&t, span).collect::<Vec<_>>(), comma_parts(&t, span));
        }
    }

    /// [`antecedent`] as it was: all the words of the span, in order.
    fn reference_antecedent(text: &str, span: Span, head: &str) -> Option<Mention> {
        let ws = words(text, span);
        (0..ws.len()).filter(|&i| wtext(text, ws[i]).eq_ignore_ascii_case(head)).find_map(|i| {
            match antecedent_at(text, &ws, i, (false, false)) {
                FullName::Found(m) => Some(m),
                _ => None,
            }
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn windowed_antecedent_is_the_reference(
            text in crate::test_text::words_and_separators(&["groups", "Groups", "leaders", "the", "The", "these", "298", "of", "and", "Nobel", "Laureates", "former", "world", "civil", "society", "—", ",", "said", "(US)"], &[" ", " ", "\n", ", "], 40),
        ) {
            let span = Span::new(0, text.len());
            for head in ["groups", "leaders"] {
                proptest::prop_assert_eq!(antecedent(&text, span, head), reference_antecedent(&text, span, head));
            }
        }
    }

    /// The word reader before [`trimmed_range`]: trimming by `char`.
    fn reference_words(text: &str, span: Span) -> Vec<(usize, usize)> {
        let s = span.slice(text).unwrap_or("");
        crate::text::scan::split_whitespace_at(s)
            .filter_map(|(st, w)| {
                let core = w.trim_start_matches(is_trim);
                let lead = w.len() - core.len();
                let trimmed = core.trim_end_matches(is_trim);
                let mut end = lead + trimmed.len();
                if core[trimmed.len()..].starts_with('.') && keeps_stop(trimmed) {
                    end += 1;
                }
                (end > lead).then(|| (span.start + st + lead, span.start + st + end))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn find_short_is_find(s in "[ a-z'’s]{0,30}", n in proptest::sample::select(vec!["’s ", "'s ", "’ ", " at ", "s", "a"])) {
            proptest::prop_assert_eq!(find_short(&s, n), s.find(n));
        }

        #[test]
        fn byte_trimmed_words_are_char_trimmed_words(
            t in "[ a-zA-Z.,;:!?()\\[\\]\"'‘’“”«»—–é…\u{a0}\u{2028}\u{ab}\u{bb}\u{2018}\u{201c}\u{2022}]{0,40}"
        ) {
            let span = Span::new(0, t.len());
            let got: Vec<(usize, usize)> = word_iter(&t, span).map(|w| (w.start, w.end)).collect();
            proptest::prop_assert_eq!(got, reference_words(&t, span));
        }

        /// The words of a run's own span are the run: what lets
        /// [`titled_run`] skip reading them again.
        #[test]
        fn a_run_of_words_reads_back_as_itself(
            t in "[ a-zA-Z.,;:!?()\\[\\]\"'‘’“”«»—–é…\u{a0}\u{ab}\u{bb}\u{2018}\u{201c}]{0,40}",
            a in 0usize..12,
            len in 1usize..8,
        ) {
            let ws = words(&t, Span::new(0, t.len()));
            let run = ws.get(a..(a + len).min(ws.len())).unwrap_or(&[]);
            if let Some(span) = run_span(run) {
                let again: Vec<(usize, usize)> = words(&t, span).iter().map(|w| (w.start, w.end)).collect();
                proptest::prop_assert_eq!(again, run.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>());
            }
        }

        #[test]
        fn titled_run_is_titled(
            t in crate::test_text::words_and_separators(&["Dr.", "Sen.", "U.S.", "Attorney", "General", "Minister", "of", "the", "Human", "Rights", "Watch", "Brad", "Adams", "J.", "Jr.", "Klein’s", "State's", "In", "said", "D-N.Y.", "“Jane", "Doe”", "and", "CEO", "IBM", "Inc."], &[" ", " ", ", ", "\n"], 10),
            a in 0usize..6,
            len in 1usize..9,
        ) {
            let all = words(&t, Span::new(0, t.len()));
            let run = all.get(a..(a + len).min(all.len())).unwrap_or(&[]);
            if let Some(span) = run_span(run) {
                proptest::prop_assert_eq!(titled_run(&t, run), titled(&t, span));
                proptest::prop_assert_eq!(titled_words(&t, run), titled_words_with::<false>(&t, run));
            }
        }
    }

    #[test]
    fn first_dash_prefers_the_en_dash() {
        assert_eq!(first_dash("A - B – C — D"), Some((5, 10)));
        assert_eq!(first_dash("A - B — C"), Some((5, 10)));
        assert_eq!(first_dash("A - B"), Some((1, 4)));
        assert_eq!(first_dash("A-B –C"), None);
    }

    #[test]
    fn every_possessive_title_has_an_apostrophe() {
        let data = include_str!("../../lexicon/data/possessive_titles.txt");
        for e in crate::lexicon::entries(data) {
            assert!(e.replace('’', "'").contains('\''), "{e}");
        }
        let t = "Cook County State’s Attorney Eileen Burke";
        let ws = words(t, Span::new(0, t.len()));
        assert!(is_possessive_title(t, ws[2], ws[3]));
        assert!(!is_possessive_title(t, ws[1], ws[2]));
    }

    #[test]
    fn role_words_and_acronyms() {
        for w in ["Director", "directors", "Handelsexperte", "PRESSESPRECHERIN", "Sprecherin", "Ökonomieexpertin"] {
            assert!(is_role_word(w), "{w}");
        }
        for w in ["Sprechen", "Adams", "Expertise", "Tester"] {
            assert!(!is_role_word(w), "{w}");
        }
        assert!(is_acronym("U.S.") && is_acronym("OWINFS") && is_acronym("ÖVP"));
        assert!(!is_acronym("A") && !is_acronym("BullionStar") && !is_acronym("12"));
    }

    #[test]
    fn two_people_first_named() {
        assert_eq!(before("Thomas and Enzi ").map(|m| m.0), s("Thomas"));
        assert_eq!(before("Bosnia and Herzegovina Watch ").map(|m| m.0), s("Bosnia and Herzegovina Watch"));
    }

    #[test]
    fn joint_doj_announcers() {
        assert_eq!(
            before("Today, the Justice Departments Civil Rights Division and the U.S. Attorneys Office for the Middle District of Georgia ").map(|m| m.0),
            s("Justice Departments Civil Rights Division")
        );
        assert_eq!(
            before("Today the Justice Department and Internal Revenue Service ").map(|m| m.0),
            s("Justice Department")
        );
        assert_eq!(
            before("The Department of Health and Human Services ").map(|m| m.0),
            s("Department of Health and Human Services")
        );
    }

    #[test]
    fn possessed_document() {
        assert_eq!(after(" UNCTAD’s research.").map(|m| m.0), s("UNCTAD’s research"));
        assert_eq!(
            after(" the American Heart Association’s 2025 Heart & Stroke Statistics.").map(|m| m.0),
            s("American Heart Association’s 2025 Heart & Stroke Statistics")
        );
        assert_eq!(after(" Vensana’s Klein.").map(|m| m.0), s("Klein"));
        assert_eq!(
            before("U.S. Senator Pete Domenici, ranking member of the Senate Energy and Natural Resources committee, today ")
                .map(|m| m.0),
            s("Pete Domenici")
        );
    }

    #[test]
    fn doj_titles() {
        let o = |a: &str, b: &str, c: Option<&str>| Some((a.to_owned(), Some(b.to_owned()), c.map(str::to_owned)));
        assert_eq!(
            after("U.S. Attorney John R. Lausch Jr. for the Northern District of Illinois."),
            o("John R. Lausch Jr.", "U.S. Attorney", None)
        );
        assert_eq!(
            after("Special Agent in Charge Thomas J. Holloman III of IRS-Criminal Investigation."),
            o("Thomas J. Holloman III", "Special Agent in Charge", Some("IRS-Criminal Investigation"))
        );
        assert_eq!(
            after("Assistant Attorney General for National Security John P. Carlin."),
            o("John P. Carlin", "Assistant Attorney General for National Security", None)
        );
        assert_eq!(after("FBI Special Agent in Charge Price."), o("Price", "Special Agent in Charge", Some("FBI")));
    }

    fn after(t: &str) -> Option<(String, Option<String>, Option<String>)> {
        after_cue(t, Span::new(0, t.len())).map(|m| (m.name, m.role, m.org))
    }

    fn before(t: &str) -> Option<(String, Option<String>, Option<String>)> {
        before_cue(t, Span::new(0, t.len())).map(|m| (m.name, m.role, m.org))
    }

    #[allow(clippy::unnecessary_wraps)]
    fn s(x: &str) -> Option<String> {
        Some(x.to_owned())
    }

    #[test]
    fn possessive_titles_are_roles() {
        let (name, role, org) = before("Cook County State's Attorney Eileen Burke ").unwrap_or_default();
        assert_eq!(name, "Eileen Burke");
        let role = role.unwrap_or_default();
        assert!(role.contains("State's Attorney"), "{role:?} {org:?}");
        assert_ne!(org.as_deref(), Some("Cook County State"));
        let (name, _, org) = before("Vensana’s Klein ").unwrap_or_default();
        assert_eq!((name.as_str(), org.as_deref()), ("Klein", Some("Vensana")));
    }

    #[test]
    fn an_age_is_not_an_organisation() {
        assert_eq!(before("Abdul Haq, 72, of Ypsilanti, Michigan, "), Some(("Abdul Haq".into(), None, None)));
    }

    #[test]
    fn apposition_role_at_org() {
        assert_eq!(
            after(" Brad Adams, Asia director at Human Rights Watch."),
            Some(("Brad Adams".into(), s("Asia director"), s("Human Rights Watch")))
        );
    }

    #[test]
    fn honorific_role_org() {
        assert_eq!(
            after(" Dr. Elizabeth Johnson, Provost, APUS."),
            Some(("Elizabeth Johnson".into(), s("Provost"), s("APUS")))
        );
    }

    #[test]
    fn titled_name_with_credentials() {
        assert_eq!(
            after(" Vensana Managing Partner Justin Klein, MD, JD."),
            Some(("Justin Klein".into(), s("Managing Partner"), s("Vensana")))
        );
    }

    #[test]
    fn role_list_and_org() {
        assert_eq!(
            after(" Shauna Bowen, EVP, Chief Digital & Transformation Officer, Radial."),
            Some(("Shauna Bowen".into(), s("EVP, Chief Digital & Transformation Officer"), s("Radial")))
        );
    }

    #[test]
    fn possessive_short_mention() {
        assert_eq!(after(" Vensana’s Klein."), Some(("Klein".into(), None, s("Vensana"))));
        assert_eq!(
            after(" Andrew Ferraiuolo, Siena Lakes’ financial director."),
            Some(("Andrew Ferraiuolo".into(), s("financial director"), s("Siena Lakes")))
        );
    }

    #[test]
    fn from_organisation() {
        let m = after(" Olencio Simoes from the National Fishworkers Forum in India.").expect("parsed");
        assert_eq!(m.0, "Olencio Simoes");
        assert_eq!(m.2, s("National Fishworkers Forum"));
    }

    #[test]
    fn subject_with_role_after() {
        assert_eq!(
            before("Gordon Brown, former Prime Minister of the United Kingdom "),
            Some(("Gordon Brown".into(), s("former Prime Minister of the United Kingdom"), None))
        );
        assert_eq!(
            before("Radial Chief Executive Officer Tom Schmitt "),
            Some(("Tom Schmitt".into(), s("Chief Executive Officer"), s("Radial")))
        );
    }

    #[test]
    fn subject_with_role_before() {
        let m = before("The former Democratic governor of Idaho, Cecil Andrus, ").expect("parsed");
        assert_eq!(m.0, "Cecil Andrus");
        assert_eq!(m.1, s("former Democratic governor of Idaho"));
    }

    #[test]
    fn titles_in_front() {
        assert_eq!(after(" Cook County State's Attorney Eileen Burke").map(|m| m.0), s("Eileen Burke"));
        assert_eq!(after(" UN High Commissioner for Human Rights Volker Türk").map(|m| m.0), s("Volker Türk"));
        assert_eq!(before("Sen. Jane Doe (D-N.Y.) ").map(|m| m.0), s("Jane Doe"));
    }

    #[test]
    fn collectives_and_pronouns() {
        assert_eq!(before("The letter ").map(|m| m.0), s("letter"));
        assert_eq!(before("In addition, he ").map(|m| m.0), s("he"));
        assert_eq!(
            before("Human Rights Watch and more than 300 nongovernmental organizations ").map(|m| m.0),
            s("Human Rights Watch")
        );
        assert_eq!(after(" the complaint, Aliffi").map(|m| m.0), s("complaint"));
        assert_eq!(after(" today in a letter"), None);
        assert_eq!(
            after(" a spokesperson for Purpose Healing Center."),
            Some(("spokesperson for Purpose Healing Center".into(), s("spokesperson"), s("Purpose Healing Center")))
        );
    }

    #[test]
    fn joint_speakers_first_named() {
        assert_eq!(
            before("the Department of Justice and the Environmental Protection Agency (EPA) ").map(|m| m.0),
            s("Department of Justice")
        );
        assert_eq!(
            before("Rep. Jo Ann Emerson (MO-08) and Missouri Sens. Kit Bond and Jim Talent ").map(|m| m.0),
            s("Jo Ann Emerson")
        );
        assert_eq!(before("Prof. Stiglitz, in response, ").map(|m| m.0), s("Stiglitz"));
        let m =
            before("Washington, DC- Chairman of the Senate Foreign Relations Committee Joseph R. Biden, Jr. (D-DE) ");
        assert_eq!(m.map(|m| m.0), s("Joseph R. Biden"));
    }

    #[test]
    fn long_titles_before_names() {
        let m = before("Mexican Undersecretary of Prevention and Health Promotion Hugo Lópex-Gatell also ")
            .expect("parsed");
        assert_eq!(m.0, "Hugo Lópex-Gatell");
        let m = before("U.S. Senate Republican Leader Mitch McConnell ").expect("parsed");
        assert_eq!((m.0.as_str(), m.1.as_deref()), ("Mitch McConnell", Some("Republican Leader")));
        let t = "Nelly Grotefendt, Referentin für Handelspolitik beim Forum Umwelt und Entwicklung.";
        let m = after(t).expect("parsed");
        assert_eq!(
            (m.1.as_deref(), m.2.as_deref()),
            (Some("Referentin für Handelspolitik"), Some("Forum Umwelt und Entwicklung"))
        );
    }

    #[test]
    fn header_line() {
        let t = "Africa Kiiza, African Trade Network, Uganda";
        let m = header(t, Span::new(0, t.len())).expect("parsed");
        assert_eq!((m.name.as_str(), m.org.as_deref()), ("Africa Kiiza", Some("African Trade Network")));
        assert!(header("Related Content", Span::new(0, 15)).is_none());
        let t = "Anna Marriott – People’s Vaccine Alliance";
        let m = header(t, Span::new(0, t.len())).expect("parsed");
        assert_eq!((m.name.as_str(), m.org.as_deref()), ("Anna Marriott", Some("People’s Vaccine Alliance")));
        let t = "Nicolas\nWalder (MP-Green Party-Vice-President Green Party-Switzerland)";
        assert_eq!(header(t, Span::new(0, t.len())).map(|m| m.name), Some("Nicolas\nWalder".to_owned()));
        let t = "Luke Chua CEO, BullionStar";
        let m = header(t, Span::new(0, t.len())).expect("parsed");
        assert_eq!(
            (m.name.as_str(), m.role.as_deref(), m.org.as_deref()),
            ("Luke Chua", Some("CEO"), Some("BullionStar"))
        );
    }
}
