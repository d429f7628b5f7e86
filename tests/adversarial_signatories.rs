//! Signatory counts under attack: sentences full of numbers that are not
//! counts of signers (victims, money, years, countries, percentages,
//! staff, "hundreds of groups", detainees …) must yield none, and every
//! supported form of a real count must be read with its number, qualifier
//! and unit.

use pressparse::{extract, Qualifier};

const NOT_SIGNERS: &[&str] = &[
    "300 people were detained after the protest in the capital.",
    "Police arrested more than 1,200 demonstrators over the weekend.",
    "At least 52 civilians were killed in the attack, the group said.",
    "The fire displaced nearly 4,000 residents from their homes.",
    "The company paid $1.3 million to settle the claims.",
    "The fund raised €2.4 million from 300 donors last year.",
    "The government spent 1.2 billion dollars on the program.",
    "In 2014, the UN Commission of Inquiry published its report.",
    "The organization was founded 25 years ago in Geneva.",
    "Delegates from more than 170 countries attended the conference.",
    "The network has members in 67 countries across five continents.",
    "The statement has been endorsed by hundreds of organizations.",
    "Dozens of groups have criticized the proposal.",
    "Thousands of people marched through the city on Sunday.",
    "About 61% of fishers are still living below the poverty line.",
    "The tariff rose by 15 percent in the first quarter.",
    "The company employs 1,200 people in 14 countries.",
    "Acme has a staff of 300 engineers and 40 designers.",
    "The hospital treated 85 patients during the outbreak.",
    "The prison holds more than 2,000 inmates.",
    "The court sentenced him to 12 years in prison.",
    "The defendant faces up to 20 years in prison and a fine of $250,000.",
    "The scheme defrauded more than 300 investors of their savings.",
    "Some 40 percent of the budget goes to defense.",
    "The law was passed by a vote of 52 to 48.",
    "The bill passed the Senate 68-32 on Tuesday.",
    "The 12th Ministerial Conference will be held in Geneva.",
    "The group met with 30 ministers during the week.",
    "The letter was sent to 50 organizations for comment.",
    "The report surveyed 2,500 households in 12 districts.",
    "There are 2.4 million fisherfolk in Indonesia.",
    "The storm destroyed 600 homes and damaged 1,500 more.",
    "The agency processed 1.2 million passport applications.",
    "The conference drew 5,000 visitors from 90 countries.",
    "Over 50 civil society experts from 24 countries have traveled to Geneva.",
    "The protest lasted three days and involved two dozen arrests.",
    "The company opened 14 new stores and hired 300 workers.",
    "Shares rose 3.5% to $42 after the announcement.",
    "The campaign has been running for 10 years.",
    "The network was founded in 1999 by activists in Seattle.",
    "Ninety percent of respondents supported the measure.",
    "The treaty covers 164 member states of the WTO.",
    "The settlement affects 83 current and former employees.",
    "The coalition will hold 12 events during the week.",
    "Three groups of civil society representatives stood on the footpaths holding signs.",
    "The petition deadline is 30 June 2024.",
    "The 54-page report documents abuses in 20 prisons.",
    "The letter, signed by the coalition, notes that 300 people were detained last year.",
    "The coalition of groups says 500 workers lost their jobs.",
    "The petition calls for the release of 40 activists held since 2019.",
    "The groups that endorsed the statement come from 35 countries.",
    "The joint statement warns that 2 million children face hunger.",
    "The letter, signed by the coalition, notes that 300 companies have left the country.",
    "Backed by the coalition, 400 groups were banned from the venue.",
    "Finally, I want to acknowledge two individuals who are here to speak in support of this legislation.",
    "Their proposal is supported by over 100 Members of the WTO and the global health community.",
    "In 2014, organizations from across the region met in Nairobi.",
    "By 2020, 300, groups and individuals had left.",
    "Once Groups Call for Reform, Ministers Listen",
    "Police used tear gas, and 40 companies closed their doors for the day.",
    "Signatories include the mayors of 12 cities and the governors of 3 states.",
];

#[test]
fn non_signatory_counts_yield_nothing() {
    for s in NOT_SIGNERS {
        let doc = extract(s);
        assert!(doc.signatories.is_empty(), "{s}: {:?}", doc.signatories);
        assert!(doc.signatory_total.is_none(), "{s}");
    }
    assert!(NOT_SIGNERS.len() >= 40);
}

fn one(s: &str) -> (u64, Qualifier, String) {
    let doc = extract(s);
    assert_eq!(doc.signatories.len(), 1, "{s}: {:?}", doc.signatories);
    let c = &doc.signatories[0];
    assert_eq!(c.span.slice(s), Some(c.text.as_str()));
    (c.count, c.qualifier, c.unit.clone())
}

fn check(s: &str, count: u64, qualifier: Qualifier, unit: &str) {
    assert_eq!(one(s), (count, qualifier, unit.to_owned()), "{s}");
}

#[test]
fn digit_forms() {
    check("The letter is signed by 52 organizations.", 52, Qualifier::Exact, "organizations");
    check("The petition was signed by 1,200 individuals.", 1200, Qualifier::Exact, "individuals");
    check("Over 1,200 individuals signed the petition.", 1200, Qualifier::MoreThan, "individuals");
    check("La lettre a été signée par 1 200 organisations.", 1200, Qualifier::Exact, "organisations");
    check("Der Brief wurde von 1.200 Organisationen unterzeichnet.", 1200, Qualifier::Exact, "Organisationen");
    check("The petition has been signed by 1.2 million people.", 1_200_000, Qualifier::Exact, "people");
    check(
        "50+ Consumer and Digital Rights Groups Urge Countries to Abandon the Terms",
        50,
        Qualifier::MoreThan,
        "Consumer and Digital Rights Groups",
    );
}

#[test]
fn number_words() {
    check("The statement was signed by fifty-two organizations.", 52, Qualifier::Exact, "organizations");
    check("It was endorsed by two hundred groups from around the world.", 200, Qualifier::Exact, "groups");
    check("A dozen senators signed the letter to the Secretary.", 12, Qualifier::Exact, "senators");
    check("Two dozen NGOs signed the joint statement.", 24, Qualifier::Exact, "NGOs");
    check("Twelve senators wrote to the administration on Monday.", 12, Qualifier::Exact, "senators");
    check("La déclaration a été signée par deux cents organisations.", 200, Qualifier::Exact, "organisations");
    check("La carta fue firmada por doscientas organizaciones.", 200, Qualifier::Exact, "organizaciones");
    check(
        "Der Aufruf wurde von zweihundertfünfzig Organisationen unterzeichnet.",
        250,
        Qualifier::Exact,
        "Organisationen",
    );
    check("A carta foi assinada por duzentas organizações.", 200, Qualifier::Exact, "organizações");
}

#[test]
fn qualifiers() {
    check("The letter was signed by more than 300 groups.", 300, Qualifier::MoreThan, "groups");
    check("The letter was signed by over 300 groups.", 300, Qualifier::MoreThan, "groups");
    check("The letter was signed by at least 300 groups.", 300, Qualifier::AtLeast, "groups");
    check("The letter was signed by nearly 300 groups.", 300, Qualifier::About, "groups");
    check("The letter was signed by almost 300 groups.", 300, Qualifier::About, "groups");
    check("The letter was signed by about 300 groups.", 300, Qualifier::About, "groups");
    check("The letter was signed by some 300 groups.", 300, Qualifier::About, "groups");
    check("The letter was signed by around 300 groups.", 300, Qualifier::About, "groups");
    check("The letter was signed by approximately 300 groups.", 300, Qualifier::About, "groups");
    check("The letter can be signed by up to 300 groups.", 300, Qualifier::UpTo, "groups");
    check("The letter was signed by fewer than 300 groups.", 300, Qualifier::UpTo, "groups");
    check("The letter was signed by less than 300 groups.", 300, Qualifier::UpTo, "groups");
    check("Le texte a été signé par plus de 300 organisations.", 300, Qualifier::MoreThan, "organisations");
    check("La carta fue firmada por más de 300 organizaciones.", 300, Qualifier::MoreThan, "organizaciones");
    check("Der Brief wurde von mehr als 300 Organisationen unterzeichnet.", 300, Qualifier::MoreThan, "Organisationen");
}

#[test]
fn links_in_the_sentence() {
    check(
        "It was endorsed by 400 organizations from over 163 countries around the world.",
        400,
        Qualifier::Exact,
        "organizations",
    );
    check(
        "An updated version garnered support of a whopping 460 groups from nearly all countries.",
        460,
        Qualifier::Exact,
        "groups",
    );
    check(
        "The group, representing more than 300 nongovernmental organizations, spoke today.",
        300,
        Qualifier::MoreThan,
        "nongovernmental organizations",
    );
    check("Other signatories include Mary Robinson, the former President of Ireland, together with over 60 other former heads of state.", 60, Qualifier::MoreThan, "other former heads of state");
    check("The letter was signed by 110 members of Congress.", 110, Qualifier::Exact, "members of Congress");
    check("The letter has 75 signatories from across the region.", 75, Qualifier::Exact, "signatories");
    check(
        "In 2021, over 200 organizations from 67 countries endorsed a short statement.",
        200,
        Qualifier::MoreThan,
        "organizations",
    );
}

#[test]
fn links_in_the_noun_phrase() {
    check("The letter was coordinated by a coalition of 40 groups.", 40, Qualifier::Exact, "groups");
    check(
        "The 83 organizations and individuals who signed the letter called for restraint.",
        83,
        Qualifier::Exact,
        "organizations and individuals",
    );
    check(
        "206 Civil Society Groups Call for a New System of Multilateral Trade Rules",
        206,
        Qualifier::Exact,
        "Civil Society Groups",
    );
    check("Today, 206 major civil society groups – including global union federations – delivered a statement to the WTO.", 206, Qualifier::Exact, "major civil society groups");
    check("More than 170 former heads of state and government and Nobel laureates today called on President Biden to act.", 170, Qualifier::MoreThan, "former heads of state and government and Nobel laureates");
    check(
        "Human Rights Watch and more than 300 nongovernmental organizations said today in a letter to the leader.",
        300,
        Qualifier::MoreThan,
        "nongovernmental organizations",
    );
}

#[test]
fn total_prefers_signers_in_the_lead() {
    let text = "52 Groups Urge Action\n\nThe letter is signed by 52 organizations, representing more than 300 nongovernmental organizations.\n\nIt urges the government to act.\n\nIn 2019, a separate petition was signed by 5,000 individuals.";
    let doc = extract(text);
    assert_eq!(doc.signatories.len(), 4, "{:?}", doc.signatories);
    let total = doc.signatory_total.expect("a total");
    assert_eq!((total.count, total.qualifier), (52, Qualifier::Exact));
}

/// Forms from releases outside the tuning gold.
#[test]
fn held_out_forms() {
    for (text, count, qualifier) in [
        ("Another group of 86 CSOs sent a letter exposing the sham Walker Process as a distraction.", 86, Qualifier::Exact),
        (
            "More than 50 NGOs from around the world object to repressive tactics from the World Trade Organization (WTO).",
            50,
            Qualifier::MoreThan,
        ),
    ] {
        let doc = extract(text);
        let got: Vec<(u64, Qualifier)> = doc.signatories.iter().map(|s| (s.count, s.qualifier)).collect();
        assert_eq!(got, [(count, qualifier)], "{text}");
    }
    for text in [
        "Over 50 civil society experts – trade unionists, farmers, development advocates – from more than 23 countries have traveled to Geneva.",
        "Three groups of civil society representatives stood on the footpaths holding signs.",
    ] {
        assert!(extract(text).signatories.is_empty(), "{text}");
    }
}
