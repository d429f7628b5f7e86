//! The speaker registry: one [`Speaker`] per person or organisation, with
//! short mentions ("Adams", "Ms. Burke", "Vensana’s Klein") resolved to
//! the fullest name and pronouns resolved to the most recently named
//! compatible speaker.

use super::names::{Mention, MentionKind};
use crate::document::{Speaker, SpeakerKind};
use crate::span::Span;

/// How many of the most recently registered speakers a new mention, a
/// pronoun or a one-word name is compared with. Releases name far fewer;
/// the bound only matters for huge inputs, which it keeps linear.
const RECENT_SPEAKERS: usize = 256;

/// Speakers found so far.
#[derive(Debug, Default)]
pub(super) struct Registry {
    pub speakers: Vec<Speaker>,
    /// Where each speaker is named (byte offsets), for pronouns.
    seen_at: Vec<Vec<usize>>,
    /// Each speaker's name as [`Tokens`], without and with a leading
    /// article ([`strip_article`]) stripped: every mention is compared with
    /// every recent speaker, so they are split once per name, not per
    /// comparison. Kept in step with the names by [`Registry::named`].
    name_tokens: Vec<NameTokens>,
    /// The tokens of the mention being resolved, reused from mention to
    /// mention: most mentions name a known speaker, so their tokens are
    /// only compared, never kept.
    scratch: Tokens,
}

/// A name's lower-cased alphanumeric tokens, joined by single spaces: one
/// `String` per name instead of one per token. A token is a non-empty run
/// of alphanumeric characters, lower-cased one by one (`str::to_lowercase`
/// of the token, so a final sigma is the token's own), and no lower-cased
/// character is a space, so two lists of tokens are equal exactly when
/// their joined strings are, and splitting at spaces gives the tokens back.
#[derive(Debug, Default, Clone, PartialEq)]
struct Tokens(String);

impl Tokens {
    fn of(s: &str) -> Self {
        let mut t = Tokens::default();
        t.split_from(s);
        t
    }

    /// Make these the tokens of `s`, in the existing buffer.
    fn split_from(&mut self, s: &str) {
        self.0.clear();
        if s.is_ascii() {
            // Byte by byte: an ASCII character is alphanumeric as a byte
            // is, and lower-cases as its byte does.
            let mut gap = false;
            for &b in s.as_bytes() {
                if !b.is_ascii_alphanumeric() {
                    gap = true;
                    continue;
                }
                if gap && !self.0.is_empty() {
                    self.0.push(' ');
                }
                gap = false;
                self.0.push(char::from(b.to_ascii_lowercase()));
            }
            return;
        }
        for token in s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
            if !self.0.is_empty() {
                self.0.push(' ');
            }
            crate::lexicon::with_lowercase(token, |l| self.0.push_str(l));
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The first and last tokens of a joined [`Tokens`] string and how many
/// it holds, read in one pass over its bytes (a name is a few words).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shape<'a> {
    first: Option<&'a str>,
    last: Option<&'a str>,
    count: usize,
}

impl<'a> Shape<'a> {
    fn of(joined: &'a str) -> Self {
        if joined.is_empty() {
            return Shape { first: None, last: None, count: 0 };
        }
        let (mut count, mut first_end, mut last_start) = (1, joined.len(), 0);
        for (i, &b) in joined.as_bytes().iter().enumerate() {
            if b == b' ' {
                if count == 1 {
                    first_end = i;
                }
                count += 1;
                last_start = i + 1;
            }
        }
        Shape { first: joined.get(..first_end), last: joined.get(last_start..), count }
    }
}

/// A speaker name's [`Tokens`]: `all` of the name, and where in it the
/// tokens without the leading article begin ([`NameTokens::bare`]).
#[derive(Debug, Default)]
struct NameTokens {
    all: Tokens,
    bare_at: usize,
}

impl NameTokens {
    fn of(name: &str) -> Self {
        Self::with_bare(name, Tokens::of(strip_article(name)))
    }

    /// The tokens of `strip_article(name)`: the article [`strip_article`]
    /// drops ends in a space, so the tokens of the whole name are its
    /// lower-cased article, then the bare tokens (and with no article
    /// they are the bare tokens, the trimmed name splitting the same).
    fn bare(&self) -> &str {
        self.all.0.get(self.bare_at..).unwrap_or("")
    }

    /// The same as [`NameTokens::of`]`(name)` given `bare`, the tokens of
    /// `strip_article(name)` (see [`NameTokens::bare`] for why).
    fn with_bare(name: &str, bare: Tokens) -> Self {
        let t = name.trim();
        let article = ["The ", "the ", "This ", "this "].into_iter().find(|a| t.starts_with(a));
        match article {
            Some(a) => {
                let mut all = a.trim_end().to_lowercase();
                if !bare.is_empty() {
                    all.push(' ');
                }
                let bare_at = all.len();
                all.push_str(&bare.0);
                NameTokens { all: Tokens(all), bare_at }
            }
            None => NameTokens { all: bare, bare_at: 0 },
        }
    }
}

/// Collapse runs of whitespace (names wrapped over lines) into one space.
fn squash(s: &str) -> String {
    squashed(s).into_owned()
}

/// [`squash`] without a copy when `s` is already squashed: no whitespace
/// at either end and every gap a single ASCII space, which is exactly when
/// splitting at whitespace and joining with one space gives `s` back.
fn squashed(s: &str) -> std::borrow::Cow<'_, str> {
    let clean = if s.is_ascii() { ascii_squashed(s.as_bytes()) } else { chars_squashed(s) };
    if clean || s.is_empty() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Whether an ASCII `s` is already squashed, by bytes: no whitespace but
/// single spaces between other bytes (on ASCII, `char::is_whitespace` is
/// space and tab to carriage return). The same answer as
/// [`chars_squashed`] (see the test), without decoding.
fn ascii_squashed(s: &[u8]) -> bool {
    let space = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
    !s.first().is_some_and(space)
        && !s.last().is_some_and(space)
        && !s.iter().any(|&b| b != b' ' && space(&b))
        && !s.windows(2).any(|p| p == b"  ")
}

/// Whether `s` is already squashed (see [`squashed`]), reading chars; an
/// empty `s` is not, which [`squashed`] answers on its own.
fn chars_squashed(s: &str) -> bool {
    let mut prev_space = true;
    s.chars().all(|c| {
        let ok = if c.is_whitespace() { c == ' ' && !prev_space } else { true };
        prev_space = c.is_whitespace();
        ok
    }) && !prev_space
}

fn strip_article(s: &str) -> &str {
    let t = s.trim();
    for a in ["The ", "the ", "This ", "this "] {
        if let Some(r) = t.strip_prefix(a) {
            return r;
        }
    }
    t
}

impl Registry {
    /// The speaker a named mention refers to, adding or updating one.
    /// Pronouns are not handled here (see [`Registry::pronoun`]).
    pub fn resolve(&mut self, m: &Mention) -> Option<usize> {
        let kind = match m.kind {
            MentionKind::Person => SpeakerKind::Person,
            MentionKind::Organization | MentionKind::Collective => SpeakerKind::Organization,
            MentionKind::Pronoun(_) => return None,
        };
        let name = squashed(&m.name);
        self.scratch.split_from(strip_article(&name));
        let toks = self.scratch.0.as_str();
        if toks.is_empty() {
            return None;
        }
        // The most recent speakers only: a release names a few dozen at most,
        // and the bound keeps a huge input (a whole archive pasted as one
        // text) linear.
        let skip = self.speakers.len().saturating_sub(RECENT_SPEAKERS);
        let found = self
            .speakers
            .iter()
            .zip(&self.name_tokens)
            .skip(skip)
            .position(|(s, st)| same(s, st.bare(), toks, kind, m.kind == MentionKind::Collective))
            .map(|i| i + skip);
        let id = if let Some(i) = found {
            let longer = self.name_tokens.get(i).is_some_and(|st| Shape::of(toks).count > Shape::of(&st.all.0).count);
            if kind == SpeakerKind::Person && longer {
                if let (Some(s), Some(t)) = (self.speakers.get_mut(i), self.name_tokens.get_mut(i)) {
                    s.name = name.into_owned();
                    *t = NameTokens::with_bare(&s.name, self.scratch.clone());
                }
            }
            i
        } else {
            self.name_tokens.push(NameTokens::with_bare(&name, self.scratch.clone()));
            self.speakers.push(Speaker {
                id: self.speakers.len(),
                name: name.into_owned(),
                kind,
                role: None,
                organization: None,
                mentions: Vec::new(),
            });
            self.seen_at.push(Vec::new());
            self.speakers.len() - 1
        };
        let s = &mut self.speakers[id];
        if s.role.is_none() {
            s.role = m.role.as_deref().map(squash);
        } else if let (Some(old), Some(new)) = (&s.role, &m.role) {
            // Prefer the spelled-out title ("Chief Executive Officer" over "CEO").
            // Counting words is the same on the squashed role.
            // (The cheap test first: both are pure.)
            if !old.contains(' ') && new.split_whitespace().count() > old.split_whitespace().count() {
                s.role = Some(squash(new));
            }
        }
        if s.organization.is_none() {
            s.organization = m.org.as_deref().map(squash);
        }
        if !s.mentions.contains(&m.span) {
            s.mentions.push(m.span);
        }
        self.seen(id, m.span.start);
        Some(id)
    }

    /// Widen speaker `id` with a fuller mention of the same person: its
    /// name, its span, and its role and organisation where still unknown.
    pub fn widen(&mut self, id: usize, m: &Mention) {
        let Some(s) = self.speakers.get_mut(id) else {
            return;
        };
        s.name = squash(&m.name);
        if s.role.is_none() {
            s.role = m.role.as_deref().map(squash);
        }
        if s.organization.is_none() {
            s.organization = m.org.as_deref().map(squash);
        }
        if !s.mentions.contains(&m.span) {
            s.mentions.push(m.span);
            s.mentions.sort();
        }
        self.named(id);
    }

    /// Split the name of speaker `id` again, after it changed.
    fn named(&mut self, id: usize) {
        if let (Some(s), Some(t)) = (self.speakers.get(id), self.name_tokens.get_mut(id)) {
            *t = NameTokens::of(&s.name);
        }
    }

    /// Note that speaker `id` is named at `at` (for pronoun resolution).
    pub fn seen(&mut self, id: usize, at: usize) {
        if let Some(x) = self.seen_at.get_mut(id) {
            if !x.contains(&at) {
                x.push(at);
            }
        }
    }

    /// The speaker a pronoun at `at` refers to: the compatible speaker named
    /// most recently before it, or `None`.
    pub fn pronoun(&self, what: &str, at: usize) -> Option<usize> {
        let want = if what == "person" { SpeakerKind::Person } else { SpeakerKind::Organization };
        let skip = self.speakers.len().saturating_sub(RECENT_SPEAKERS);
        self.speakers
            .iter()
            .zip(&self.seen_at)
            .skip(skip)
            .filter(|(s, _)| s.kind == want)
            .filter_map(|(s, seen)| seen.iter().copied().filter(|&p| p < at).max().map(|p| (s.id, p)))
            .max_by_key(|&(_, p)| p)
            .map(|(id, _)| id)
    }

    /// Note where registered people are named by a single word of their
    /// name inside `span` ("Jack appreciates …"), so that a later pronoun
    /// can refer to them.
    pub fn note_names(&mut self, text: &str, span: Span) {
        let Some(s) = span.slice(text) else {
            return;
        };
        let skip = self.speakers.len().saturating_sub(RECENT_SPEAKERS);
        // Only people are noted: with none among the recent speakers there
        // is nothing to note (most pronouns come before a second person).
        if !self.speakers.iter().skip(skip).any(|sp| sp.kind == SpeakerKind::Person) {
            return;
        }
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(st) = start.take() {
                words.push((span.start + st, &s[st..i]));
            }
        }
        for (pos, w) in words {
            if !w.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // The one person whose first or last name token is `w`
            // lower-cased (an ASCII word is compared without a copy).
            let lw = (!w.is_ascii()).then(|| w.to_lowercase());
            let is_w = |x: &str| match &lw {
                Some(l) => x == l,
                None => x.len() == w.len() && x.bytes().zip(w.bytes()).all(|(a, b)| a == b.to_ascii_lowercase()),
            };
            let mut hits = self
                .speakers
                .iter()
                .zip(&self.name_tokens)
                .skip(skip)
                .filter(|(sp, _)| sp.kind == SpeakerKind::Person)
                .filter(|(_, t)| {
                    let shape = Shape::of(&t.all.0);
                    [shape.first, shape.last].into_iter().flatten().any(is_w)
                })
                .map(|(sp, _)| sp.id);
            if let (Some(id), None) = (hits.next(), hits.next()) {
                self.seen(id, pos);
            }
        }
    }
}

/// Does a mention with tokens `toks` name speaker `s`, whose name without
/// its article has tokens `st` (both joined [`Tokens`] strings)?
fn same(s: &Speaker, st: &str, toks: &str, kind: SpeakerKind, collective: bool) -> bool {
    st == toks || s.kind == kind && shapes_match(kind, collective, Shape::of(st), Shape::of(toks))
}

/// The rule of [`same`] for two different names of one kind, read off
/// their shapes (`st` the speaker's, `toks` the mention's).
fn shapes_match(kind: SpeakerKind, collective: bool, st: Shape<'_>, toks: Shape<'_>) -> bool {
    match kind {
        SpeakerKind::Person => {
            // "Adams" ~ "Brad Adams"; "Jack" ~ "Jack Heiderscheit";
            // "Brad Adams" ~ "Adams".
            let (short, long) = if toks.count <= st.count { (toks, st) } else { (st, toks) };
            match short.count {
                1 => long.last == short.first || long.first == short.first,
                _ => {
                    long.last == short.last
                        && long.first.zip(short.first).is_some_and(|(a, b)| a.starts_with(b.get(..1).unwrap_or("")))
                }
            }
        }
        // "the leaders" ~ "The former world leaders and Nobel Laureates":
        // same head noun.
        SpeakerKind::Organization => collective && st.last.is_some_and(|h| toks.last == Some(h)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, at: usize) -> Mention {
        Mention {
            span: Span::new(at, at + name.len()),
            name: name.into(),
            kind: MentionKind::Person,
            role: None,
            org: None,
        }
    }

    /// The tokens as a list, one lower-cased `String` each (what
    /// [`Tokens`] joins).
    fn reference_tokens(s: &str) -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_lowercase).collect()
    }

    /// [`same`] on lists of tokens, their shapes read off the lists.
    fn reference_same(s: &Speaker, st: &[String], toks: &[String], kind: SpeakerKind, collective: bool) -> bool {
        fn shape(t: &[String]) -> Shape<'_> {
            Shape { first: t.first().map(String::as_str), last: t.last().map(String::as_str), count: t.len() }
        }
        st == toks || s.kind == kind && shapes_match(kind, collective, shape(st), shape(toks))
    }

    fn speaker(name: &str) -> Speaker {
        Speaker {
            id: 0,
            name: name.into(),
            kind: SpeakerKind::Person,
            role: None,
            organization: None,
            mentions: Vec::new(),
        }
    }

    #[test]
    fn short_mentions_resolve_to_full_name() {
        let mut r = Registry::default();
        let a = r.resolve(&person("Brad Adams", 0));
        let b = r.resolve(&person("Adams", 50));
        assert_eq!(a, b);
        assert_eq!(r.speakers[0].mentions.len(), 2);
        let c = r.resolve(&person("Jane Doe", 80));
        assert_ne!(a, c);
        assert_eq!(r.pronoun("person", 100), c);
        assert_eq!(r.pronoun("person", 60), a);
        assert_eq!(r.pronoun("group", 100), None);
    }

    proptest::proptest! {
        #[test]
        fn ascii_squashed_is_chars_squashed(t in "[a \t\n\u{b}\u{c}\r\u{1c}.]{1,12}") {
            proptest::prop_assert_eq!(ascii_squashed(t.as_bytes()), chars_squashed(&t));
        }
    }

    proptest::proptest! {
        #[test]
        fn squashed_is_squash(s in "[a-c \n\t\u{a0}]{0,12}") {
            let reference = s.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(squashed(&s), reference);
        }

        #[test]
        fn name_tokens_are_the_tokens_of_name_and_bare_name(s in "[ \n]?((The|the|This|this|A) )?[a-cTΣ ’\n.]{0,10}") {
            let t = NameTokens::of(&s);
            proptest::prop_assert_eq!(&t.all.0, &reference_tokens(&s).join(" "));
            proptest::prop_assert_eq!(t.bare(), reference_tokens(strip_article(&s)).join(" "));
        }

        #[test]
        fn ascii_tokens_are_the_split_lower_cased(s in "[a-cA-C09 .'_-]{0,14}") {
            proptest::prop_assert_eq!(Tokens::of(&s).0, reference_tokens(&s).join(" "));
        }

        #[test]
        fn shape_is_read_off_the_split(s in "[ab]{0,3}( [ab]{1,3}){0,3}") {
            let t = Tokens::of(&s);
            let list: Vec<&str> = t.0.split(' ').filter(|w| !w.is_empty()).collect();
            let want = Shape { first: list.first().copied(), last: list.last().copied(), count: list.len() };
            proptest::prop_assert_eq!(Shape::of(&t.0), want);
        }

        #[test]
        fn same_on_joined_tokens_is_same_on_token_lists(
            a in "[abAΣ’ .]{0,9}",
            b in "[abAΣ’ .]{0,9}",
            person in proptest::bool::ANY,
            collective in proptest::bool::ANY,
        ) {
            let kind = if person { SpeakerKind::Person } else { SpeakerKind::Organization };
            let mut sp = speaker(&a);
            for speaker_kind in [SpeakerKind::Person, SpeakerKind::Organization] {
                sp.kind = speaker_kind;
                let (ta, tb) = (Tokens::of(&a), Tokens::of(&b));
                proptest::prop_assert_eq!(
                    same(&sp, &ta.0, &tb.0, kind, collective),
                    reference_same(&sp, &reference_tokens(&a), &reference_tokens(&b), kind, collective)
                );
            }
        }
    }

    #[test]
    fn fuller_name_replaces_short_one() {
        let mut r = Registry::default();
        r.resolve(&person("Wernicki", 0));
        r.resolve(&person("Nicholas Wernicki", 20));
        assert_eq!(r.speakers.len(), 1);
        assert_eq!(r.speakers[0].name, "Nicholas Wernicki");
    }
}
