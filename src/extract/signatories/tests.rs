use super::*;
use crate::document::Qualifier;

fn counts(text: &str) -> Vec<(u64, Qualifier, String)> {
    let model = TextModel::new(text);
    extract(&model).0.into_iter().map(|s| (s.count, s.qualifier, s.unit)).collect()
}

fn one(text: &str) -> (u64, Qualifier) {
    let c = counts(text);
    assert_eq!(c.len(), 1, "{text}: {c:?}");
    (c[0].0, c[0].1)
}

#[test]
fn hrw_letter() {
    let text = "(New York) – The North Korean government should immediately undertake meaningful reforms, Human Rights Watch and more than 300 nongovernmental organizations said today in a letter to North Korean leader Kim Jong Un.\n\nThe letter is signed by 52 organizations, including coalitions, representing more than 300 nongovernmental organizations from Asia, Latin America, Africa, Europe, and North America. It urges Kim to:";
    let c = counts(text);
    let got: Vec<(u64, Qualifier)> = c.iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got, [(300, Qualifier::MoreThan), (52, Qualifier::Exact), (300, Qualifier::MoreThan)]);
    assert_eq!(c[0].2, "nongovernmental organizations");
}

#[test]
fn owinfs_endorsements() {
    assert_eq!(
        one(
            "In 2021, over 200 organizations from 67 countries endorsed a short statement about the crisis in the WTO."
        ),
        (200, Qualifier::MoreThan)
    );
    assert_eq!(
        one("It was endorsed by 400 organizations from over 163 countries around the world."),
        (400, Qualifier::Exact)
    );
    assert_eq!(
        one("An updated version garnered support of a whopping 460 groups from nearly all countries across the globe."),
        (460, Qualifier::Exact)
    );
    assert_eq!(
        one("This statement was signed by nearly 1500 organizations in the run-up to the Ministerial."),
        (1500, Qualifier::About)
    );
    assert_eq!(one("The letter was coordinated by the People’s Vaccine Alliance, a coalition of more than 50 organizations including Club de Madrid."), (50, Qualifier::MoreThan));
}

#[test]
fn subjects_of_calls() {
    assert_eq!(
        one("206 Civil Society Groups Call for a New System of Multilateral Trade Rules"),
        (206, Qualifier::Exact)
    );
    assert_eq!(one("Today, 206 major civil society groups – including global union federations – representing millions of people from more than 170 countries delivered a statement to members of the WTO."), (206, Qualifier::Exact));
    assert_eq!(one("More than 170 former heads of state and government and Nobel laureates, including Gordon Brown, today called on President Biden to act in an open letter today."), (170, Qualifier::MoreThan));
    assert_eq!(one("Letter from 110 Members of U.S. Congress to President Biden"), (110, Qualifier::Exact));
    assert_eq!(one("Twelve senators wrote to the administration on Monday."), (12, Qualifier::Exact));
    assert_eq!(
        one("50+ Consumer and Digital Rights Groups Urge Countries to Abandon WTO E-Commerce JSI Terms"),
        (50, Qualifier::MoreThan)
    );
}

#[test]
fn units_as_written() {
    let c = counts("More than 170 former heads of state and government and Nobel laureates today called on President Biden in an open letter.");
    assert_eq!(c[0].2, "former heads of state and government and Nobel laureates");
    let c = counts("Other signatories include Mary Robinson, the former President of Ireland, together with over 60 other former heads of state and heads of government that span every continent.");
    assert_eq!((c[0].0, c[0].1), (60, Qualifier::MoreThan));
    assert_eq!(c[0].2, "other former heads of state and heads of government");
}

#[test]
fn not_signers() {
    for s in [
        "Human rights abuses have killed more than 300 people since 2014.",
        "The groups come from more than 170 countries.",
        "The letter has been endorsed by hundreds of organizations.",
        "About 61% are still living below the poverty line.",
        "Over 50 civil society experts from 24 countries have traveled to Geneva.",
        "The U.S. economy already risks losing $1.3 trillion in GDP this year.",
        "The company employs 1,200 people in 14 countries.",
    ] {
        assert!(counts(s).is_empty(), "{s}: {:?}", counts(s));
    }
}

#[test]
fn total_is_largest_in_lead() {
    let text = "Headline\n\nThe letter is signed by 52 organizations, representing more than 300 nongovernmental organizations.\n\nIt urges Kim to act.\n\nLater, a petition signed by 5,000 individuals was delivered.";
    let model = TextModel::new(text);
    let (all, total) = extract(&model);
    assert_eq!(all.len(), 3);
    assert_eq!(total.map(|t| t.count), Some(52));
}

#[test]
fn odd_input() {
    for s in [
        "",
        "signed by",
        "signed by 1",
        "1,,2 groups signed",
        "“ ” • 52",
        "signed by ٥٢ organizations",
        "a a a dozen dozen groups signed",
    ] {
        let model = TextModel::new(s);
        for c in extract(&model).0 {
            assert_eq!(c.span.slice(s), Some(c.text.as_str()));
        }
    }
}

#[test]
fn long_single_sentence_stays_fast() {
    let text = "signed by 5 groups and ".repeat(5000) + "the 300 organizations endorsed it";
    let started = std::time::Instant::now();
    let model = TextModel::new(&text);
    let (all, _) = extract(&model);
    assert!(all.len() > 1000);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn total_prefers_signers_over_the_represented() {
    let text = "Unions representing more than 200 million workers backed the call.\n\nThe statement was endorsed by 380 organizations.";
    let model = TextModel::new(text);
    let (all, total) = extract(&model);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(total.map(|t| t.count), Some(380));
}

#[test]
fn abbreviation_inside_the_unit() {
    let c = counts("Letter from 110 Members of U.S. Congress to President Biden: Majority of Democratic Caucus Call on White House to Support TRIPS Waiver");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "Members of U.S. Congress");
}

#[test]
fn groups_of_signers_and_joint_stands() {
    assert_eq!(
        one("Another group of 86 CSOs sent a letter exposing the sham \"Walker Process\" as a distraction."),
        (86, Qualifier::Exact)
    );
    assert_eq!(
        one("More than 50 NGOs from around the world object to repressive tactics from the World Trade Organization (WTO) restricting their access."),
        (50, Qualifier::MoreThan)
    );
    // Not signers: a subject count that did something else, or groups of people.
    assert!(counts("Over 50 civil society experts from more than 23 countries have traveled to Geneva.").is_empty());
    assert!(counts("Three groups of civil society representatives stood on the footpaths holding signs.").is_empty());
    assert!(counts("The court noted that a group of 12 victims protested the sentence.").is_empty());
}

#[test]
fn unit_prefilter() {
    assert!(count::may_hold_count("signed by 52 ORGANIZATIONS"));
    assert!(count::may_hold_count("firmada por 40 organizações"));
    assert!(!count::may_hold_count("The company reported sales in 2024."));
    assert!(!count::may_hold_count(""));
}

/// [`may_hold_number`] over the whole of `s`.
fn may_hold_number(s: &str) -> bool {
    super::may_hold_number(s, Span::new(0, s.len()), &LexiconHits::find(s, &[]))
}

#[test]
fn number_prefilter() {
    assert!(may_hold_number("signed by 52 organizations"));
    // A Spanish number word counts in a sentence that is not surely English.
    assert!(may_hold_number("firmada por doscientas organizaciones"));
    assert_eq!(one("La carta fue firmada por doscientas organizaciones."), (200, Qualifier::Exact));
    // "once" is a word of an English sentence ("the" between spaces).
    assert!(!may_hold_number("Once the groups signed the letter"));
    assert!(!may_hold_number("The groups signed the letter."));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// The unit screen lets through every sentence in which a count is read.
    #[test]
    fn the_unit_screen_keeps_every_sentence_with_a_count(
        text in crate::test_text::words_and_separators(&["52", "three", "more than", "organizations", "ORGANIZAÇÕES", "groups", "wor\u{212a}ers",
                "subgroups", "NGO", "ngos", "civil society", "trade unions", "signed", "by", "the", "letter", "of",
                "Verbände", "40", "mps", "x"], &[" ", "", "-", ", ", "’", "_"], 14),
    ) {
        let model = TextModel::new(&text);
        for (si, s) in model.sentences.iter().enumerate() {
            let toks = model.sentence_tokens(si);
            if !in_sentence(&text, toks, &(UnitHeads::every(toks.len()), NumberStarts::every()), &mut JoinedTokens::default()).is_empty() {
                proptest::prop_assert!(count::may_hold_count_in(&text, s.span, model.lexicon_hits()), "{:?}", &text);
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    /// Reading units only at the heads found in the hits, and English
    /// numbers only at the starts found there, finds the counts that
    /// reading them at every token finds.
    #[test]
    fn the_unit_heads_of_the_hits_find_every_count(
        text in crate::test_text::words_and_separators(&["52", "1 200", "three", "two hundred", "a dozen", "more than", "organizations",
                "ORGANIZAÇÕES", "organizaciones", "groups", "wor\u{212a}ers", "workers", "subgroups", "NGO", "ngos", "civil society",
                "trade unions", "heads of state", "signed", "by", "the", "letter", "of", "and", "Verbände", "40", "mps", "x", "deux",
                "zweihundert", "once", "fifty-two", "A", "an", "hundred", "TWELVE", "1,200", "2.4 million", "İ", "x7", "one"], &[" ", "", "-", ", ", "’", "_", ".", "\n"], 16),
    ) {
        let model = TextModel::new(&text);
        let hits = model.lexicon_hits();
        for (si, s) in model.sentences.iter().enumerate() {
            let toks = model.sentence_tokens(si);
            let folding = s.span.slice(&text).is_none_or(numbers::folding);
            let heads = UnitHeads::of(s.span, toks, hits, folding, Vec::new());
            let starts = NumberStarts::of(s.span, toks, hits, folding, Vec::new());
            for lang in [Lang::English, Lang::Any] {
                proptest::prop_assert_eq!(
                    count::find(&text, toks, lang, &heads, &starts),
                    count::find(&text, toks, lang, &UnitHeads::every(toks.len()), &NumberStarts::every()),
                    "{:?}", &text
                );
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    /// An English sentence whose numbers all start after its units, which
    /// `extract` leaves untokenised, holds no count.
    #[test]
    fn numbers_after_the_units_make_no_count(
        text in crate::test_text::words_and_separators(&["52", "three", "a dozen", "more than", "organizations", "groups", "wor\u{212a}ers",
                "trade unions", "civil society", "signed", "by", "the", "The", "and", "of", "letter", "1,200", "fifty-two", "a", "one",
                "hundred", "İ", "x7", "deux", "organizaciones", "x"], &[" ", "", "-", ", ", "’", "_", ".", "\n"], 16),
    ) {
        let model = TextModel::new(&text);
        let hits = model.lexicon_hits();
        for (si, s) in model.sentences.iter().enumerate() {
            let Some(sentence) = s.span.slice(&text) else { continue };
            if numbers::folding(sentence) || !every_number_after_the_units(s.span, hits) || !english_marker_in(sentence) {
                continue;
            }
            let toks = model.sentence_tokens(si);
            proptest::prop_assert!(
                in_sentence(&text, toks, &(UnitHeads::every(toks.len()), NumberStarts::every()), &mut JoinedTokens::default()).is_empty(),
                "{:?}", &text
            );
        }
    }
}

#[test]
fn numbers_after_the_units_are_told_from_the_hits() {
    let at = |text: &str| {
        let model = TextModel::new(text);
        every_number_after_the_units(Span::new(0, text.len()), model.lexicon_hits())
    };
    assert!(at("The organizations met on 12 May."));
    assert!(at("The groups signed three letters."));
    assert!(!at("The 52 organizations signed."));
    assert!(!at("Over fifty-two groups signed."));
    // (Vacuously: no number at all.)
    assert!(at("No number in the organizations."));
}
