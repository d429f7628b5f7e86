use super::*;
use crate::document::{QuoteKind, SpeakerKind};

fn demands(text: &str) -> Vec<Demand> {
    let model = TextModel::new(text);
    extract(&model, &[], &[])
}

fn one(text: &str) -> Demand {
    let d = demands(text);
    assert_eq!(d.len(), 1, "{text}: {d:#?}");
    assert_eq!(d[0].span.slice(text), Some(d[0].text.as_str()));
    d.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn none(text: &str) {
    let d = demands(text);
    assert!(d.is_empty(), "{text}: {d:#?}");
}

#[test]
fn modal_with_trailing_attribution() {
    let d = one("(New York) – The North Korean government should immediately undertake meaningful reforms that will end the dire human rights situation in the Democratic People’s Republic of Korea (DPRK), Human Rights Watch and more than 300 nongovernmental organizations said today in a letter to North Korean leader Kim Jong Un.");
    assert_eq!(d.target.as_deref(), Some("The North Korean government"));
    assert_eq!(d.cue.as_deref(), Some("should"));
    assert!(d.text.starts_with("The North Korean government should immediately"));
    assert!(d.text.ends_with("(DPRK)"), "{}", d.text);
    assert_eq!(d.actor.as_deref(), Some("Human Rights Watch and more than 300 nongovernmental organizations"));
    assert!(d.action.starts_with("immediately undertake"));
}

#[test]
fn modal_after_reporting_verb() {
    let d = one("Indeed, the proof is in a letter Senator Schumer recently sent to the President of the United States in which the Senator suggests that the President should relinquish his Constitutional right and duty to nominate federal judges.");
    assert_eq!(d.target.as_deref(), Some("the President"));
    assert_eq!(d.actor.as_deref(), Some("the Senator"));
}

#[test]
fn modal_pronoun_subjects() {
    let d = one("While India has championed the cause of its small-scale fishers it must secure a special and differential treatment exemption.");
    assert_eq!(d.target.as_deref(), Some("it"));
    let d =
        one("If he really wants to end North Korea’s international isolation, he should take strong and quick action.");
    assert_eq!(d.target.as_deref(), Some("he"));
    let d = one("We as a nation must lead with our allies to back the South Africa and India waiver at the WTO.");
    assert_eq!(d.target.as_deref(), Some("We as a nation"));
}

#[test]
fn passive_modals() {
    none("Special and Differential Treatment (S&DT) rules must be strengthened and operationalized for all developing countries.");
    none("In other words, the same senators point to their own obstruction as proof that the Constitutional process should be abandoned.");
    none("The communities that will be affected by WTO decisions must be permitted to participate in this process.");
    none("The WTO must and will be held accountable for its decision to hold the MC13 here.");
    let d = one("The moratorium on levying custom duties on digitized products, called the E-Com Moratorium, must be discontinued immediately by WTO MC 13 because countries need an absolute right to tax digital economy at the borders.");
    assert_eq!(d.target.as_deref(), Some("WTO MC 13"));
    assert!(d.text.starts_with("The moratorium"), "{}", d.text);
    assert!(d.text.ends_with("WTO MC 13"), "{}", d.text);
}

#[test]
fn not_demands() {
    none("In April, Kim pledged to improve inter-Korean relations.");
    none("More research is needed.");
    none("Should you have questions, please contact our office.");
    none("Should the government act now?");
    none("At the current pace, most poor nations will be left waiting until at least 2024.");
    none("Todays settlement should send a message to others who may be engaging in these schemes.");
    none("Kevel gives retailers the tools they need to create custom ad experiences.");
    none("The group did not call for sanctions on the government.");
    none("The leaders also called for the intellectual property waiver to be accompanied by the open sharing of vaccine know-how.");
    none("NGOs call for free speech to be restored at WTO Ministerial in UAE");
    none("To learn more about the many financial benefits of moving to Siena Lakes, request more information today.");
    none("As a result, Jack and Judy no longer have to be concerned with everyday economic fluctuations.");
    none("Anyone with information concerning bid rigging is urged to call the Antitrust Division.");
    none("The company expects to have scaled to ten markets by 2026.");
    none("Congress has known about the need to fix this problem all year.");
    none("The jury should have put him on notice that he should have given closer attention to the matter.");
    none("Civil society has consistently made a series of demands of WTO members in the lead-up to the 12th Ministerial Conference.");
}

#[test]
fn verb_cues() {
    let d = one("More than 170 former heads of state and government and Nobel laureates, including former Prime Minister Gordon Brown, today called on President Biden to support a waiver of intellectual property rules for COVID-19 vaccines.");
    assert_eq!(d.target.as_deref(), Some("President Biden"));
    assert_eq!(d.cue.as_deref(), Some("called on"));
    assert!(d.action.starts_with("support a waiver"));
    let d = one("The letter specifically asks President Biden to support a proposal from the South African and Indian governments.");
    assert_eq!(d.actor.as_deref(), Some("The letter"));
    assert!(d.text.starts_with("The letter specifically asks"));
    let d = one("What is on the table is not a real waiver, so CSOs have urged governments to walk away from the proposed text.");
    assert_eq!(d.target.as_deref(), Some("governments"));
    assert!(d.text.starts_with("CSOs have urged"), "{}", d.text);
    let d = one("We expect you, as the Director-General, to ensure there is space for critical voices to be heard in the ministerial itself.");
    assert_eq!(d.target.as_deref(), Some("you"));
    assert_eq!(d.actor.as_deref(), Some("We"));
    let d = one("Civil society groups sent a letter (pasted below) to the Director General earlier today, calling on her to address these issues as a matter of urgency.");
    assert_eq!(d.target.as_deref(), Some("her"));
    assert_eq!(d.text, "calling on her to address these issues as a matter of urgency");
    let d = one("Today at the Ministerial Conference fisherfolk representatives have called on the global trading body to not trade away supports for small-scale fishers.");
    assert_eq!(d.target.as_deref(), Some("the global trading body"));
}

#[test]
fn first_person_calls() {
    let d =
        one("I, with my fellow laureates and scientists across the globe, urge President Biden to do the right thing.");
    assert_eq!(d.actor.as_deref(), Some("I"));
    assert!(d.text.starts_with("I, with"));
    let d = one("We, the undersigned, urge the Council to adopt the resolution.");
    assert_eq!(d.target.as_deref(), Some("the Council"));
}

#[test]
fn inline_list_is_one_demand() {
    let d = one("“At MC13, we call on WTO members to deliver on developing countries’ demands for flexibility from onerous WTO rules: a permanent solution for public stockholding for food security; allow countries to tax Big Tech; and the development agenda.”");
    assert_eq!(d.target.as_deref(), Some("WTO members"));
    assert!(d.text.ends_with("the development agenda"), "{}", d.text);
}

#[test]
fn demand_that_takes_named_party() {
    let d = one("We hold the WTO responsible for this escalation of repression against the voices of civil society and demand that our rights are restored.");
    assert_eq!(d.target.as_deref(), Some("the WTO"));
    assert_eq!(d.text, "demand that our rights are restored");
}

#[test]
fn bullet_lists() {
    let text = "The letter is signed by 52 organizations. It urges Kim to:\n\n  • Act on United Nations human rights recommendations;\n  • Establish regular meetings of separated families; and\n  • Accept international humanitarian aid.\nIn April, Kim pledged to improve relations.";
    let d = demands(text);
    let texts: Vec<&str> = d.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Act on United Nations human rights recommendations",
            "Establish regular meetings of separated families",
            "Accept international humanitarian aid"
        ]
    );
    for x in &d {
        assert_eq!(x.target.as_deref(), Some("Kim"));
        assert_eq!(x.actor.as_deref(), Some("The letter"));
        assert_eq!(x.cue.as_deref(), Some("urges"));
        assert_eq!(x.span.slice(text), Some(x.text.as_str()));
    }
    let text = "Civil society has made demands of WTO members. We have made demands that members:\n\n• agree immediately to a full waiver. What is on the table is not a real waiver, so CSOs have urged governments to walk away from the proposed text;\n\n• agree to permanent solution for public stockholding.";
    let d = demands(text);
    let texts: Vec<&str> = d.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "agree immediately to a full waiver",
            "CSOs have urged governments to walk away from the proposed text",
            "agree to permanent solution for public stockholding"
        ]
    );
    assert_eq!(d[0].target.as_deref(), Some("members"));
}

#[test]
fn actor_from_enclosing_quote() {
    let text = "“Global health is on the line. We together urge President Biden to stand on the right side of history,” said Muhammad Yunus.";
    let model = TextModel::new(text);
    let open = text.find('“').unwrap_or(0) + '“'.len_utf8();
    let close = text.find('”').unwrap_or(text.len());
    let speakers = vec![Speaker {
        id: 0,
        name: "Muhammad Yunus".into(),
        kind: SpeakerKind::Person,
        role: None,
        organization: None,
        mentions: vec![],
    }];
    let quotes = vec![Quote {
        text: text[open..close].into(),
        span: Span::new(open, close),
        kind: QuoteKind::Direct,
        speaker: Some(0),
        cue: Some("said".into()),
        confidence: 1.0,
    }];
    let d = extract(&model, &speakers, &quotes);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].actor.as_deref(), Some("Muhammad Yunus"));
    assert_eq!(d[0].target.as_deref(), Some("President Biden"));
    // A modal inside the quote takes the speaker too.
    let text2 = "“World leaders must prioritize the public interest,” said François Hollande.";
    let model2 = TextModel::new(text2);
    let open = text2.find('“').unwrap_or(0) + '“'.len_utf8();
    let close = text2.find('”').unwrap_or(text2.len());
    let quotes2 = vec![Quote { span: Span::new(open, close), text: text2[open..close].into(), ..quotes[0].clone() }];
    let speakers2 = vec![Speaker { name: "François Hollande".into(), ..speakers[0].clone() }];
    let d = extract(&model2, &speakers2, &quotes2);
    assert_eq!(d[0].actor.as_deref(), Some("François Hollande"));
    // Without quote records the actor falls back to the attribution.
    let d = extract(&model2, &[], &[]);
    assert_eq!(d[0].target.as_deref(), Some("World leaders"));
}

#[test]
fn boilerplate_never_yields_demands() {
    let text = "Skip to main content\n\nDonate now\n\nYou should support our work today\n\nShare this\n\nFacebook\n\nTwitter\n\nThe government should release all detainees, the group said.";
    let model = TextModel::new(text);
    let d = extract(&model, &[], &[]);
    for x in &d {
        assert!(!model.in_boilerplate(x.span), "{x:?}");
    }
}

#[test]
fn odd_input() {
    for s in [
        "",
        "should",
        "must-see",
        "urge to",
        "It urges Kim to:",
        "“ should ”",
        "X should:",
        "we call on",
        "calls on them to",
        "김정은 should act",
        "The government should\u{0}",
        "• • •\n\n- must:\n- a",
    ] {
        let model = TextModel::new(s);
        for d in extract(&model, &[], &[]) {
            assert_eq!(d.span.slice(s), Some(d.text.as_str()));
        }
    }
}

#[test]
fn coordination_and_ambiguous_heads() {
    assert_eq!(one("Other states should recognize this for what it is.").target.as_deref(), Some("Other states"));
    let d = one("Technology transfer is essential and UNCTAD should continue to take a lead role.");
    assert_eq!(d.target.as_deref(), Some("UNCTAD"));
    let d = one("The US and the EU must stop blocking the waiver.");
    assert_eq!(d.target.as_deref(), Some("The US and the EU"));
    let d = one("Developing countries and LDCs should be part of it and the developing countries and LDCs must act.");
    assert_eq!(d.target.as_deref(), Some("the developing countries and LDCs"));
    assert!(demands("Kevel believes that the needs of patients and consumers should always come first.").is_empty());
}

#[test]
fn long_single_sentence_stays_fast() {
    // One enormous sentence full of cues: the work per cue is bounded.
    let text = "the government should act and ".repeat(5000) + "Kim, urge Kim to act, ".repeat(2000).as_str();
    let started = std::time::Instant::now();
    let d = demands(&text);
    assert!(!d.is_empty());
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn relative_clause_subjects() {
    let d = one("Countries that have not ratified the treaty should do so without delay.");
    assert_eq!(d.target.as_deref(), Some("Countries that have not ratified the treaty"));
    let d = one("Officials who ordered the crackdown must be held to account by the courts.");
    assert_eq!(d.target.as_deref(), Some("the courts"));
    assert!(demands("The report that the panel should publish is late.").len() <= 1);
}

#[test]
fn coordinated_verb_cues_split() {
    let d = demands("Human Rights Watch urged the government to amend the law on peaceful assembly and called on the UN Human Rights Council to monitor the situation.");
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        d.iter().map(|d| (d.text.as_str(), d.target.as_deref(), d.actor.as_deref())).collect();
    assert_eq!(
        got,
        [
            (
                "Human Rights Watch urged the government to amend the law on peaceful assembly",
                Some("the government"),
                Some("Human Rights Watch")
            ),
            (
                "called on the UN Human Rights Council to monitor the situation",
                Some("the UN Human Rights Council"),
                Some("Human Rights Watch")
            ),
        ]
    );
    // "to do the right thing and to support …" stays one demand.
    assert_eq!(demands("We urge President Biden to do the right thing and to support the TRIPS waiver and insist on technology transfer.").len(), 1);
}

#[test]
fn intro_with_action_before_a_list() {
    let text = "Human Rights Watch urged the authorities to take the following steps:\n\n- Release all detainees;\n- Repeal the assembly law.";
    let d = demands(text);
    let got: Vec<(&str, Option<&str>)> = d.iter().map(|d| (d.text.as_str(), d.target.as_deref())).collect();
    assert_eq!(
        got,
        [("Release all detainees", Some("the authorities")), ("Repeal the assembly law", Some("the authorities"))]
    );
    // Without a list after it, the sentence is one demand.
    assert_eq!(
        demands("Human Rights Watch urged the authorities to take the following steps: release all detainees.").len(),
        1
    );
}

#[test]
fn coordinated_predicates_and_trailing_phrases() {
    let d = one("(New York, February 4, 2011) - Egyptian authorities on February 4 released two foreign journalists, but should immediately free Egyptian colleagues who are still detained, the group said.");
    assert_eq!(d.target.as_deref(), Some("Egyptian authorities"));
    assert_eq!(d.text, "should immediately free Egyptian colleagues who are still detained");
    let d =
        one("The groups called on Attorney General Loretta Lynch in a June 23 letter to appoint a special prosecutor.");
    assert_eq!(d.target.as_deref(), Some("Attorney General Loretta Lynch"));
    let d = one("The senator urged the Senate Committee on Foreign Relations to act.");
    assert_eq!(d.target.as_deref(), Some("the Senate Committee on Foreign Relations"));
}

#[test]
fn that_clause_subjects() {
    let d = one("The ministry requested that the court delay the hearing until March.");
    assert_eq!(d.target.as_deref(), Some("the court"));
    let d = one("The groups insisted that WTO members allow the moratorium to lapse.");
    assert_eq!(d.target.as_deref(), Some("WTO members"));
    assert!(demands("He insisted that while personal data is a resource, the bigger resource is aggregate data.")
        .is_empty());
}

#[test]
fn parentheticals_in_subjects() {
    let d = one("Today at the Ministerial Conference (MC13) fisherfolk representatives have called on the global trading body to not trade away supports.");
    assert!(d.text.starts_with("fisherfolk representatives have called on"), "{}", d.text);
    let d = one("Senator Jane Doe (D-NY) should withdraw the amendment.");
    assert_eq!(d.target.as_deref(), Some("Senator Jane Doe (D-NY)"));
}

#[test]
fn scrambled_input_never_panics() {
    // A small deterministic generator over pieces that trip the rules.
    const PIECES: &[&str] = &[
        "should",
        "must",
        "urge",
        "urges",
        "to",
        ":",
        "that",
        "demand",
        "calls on",
        "call for",
        "We",
        "It",
        "the",
        "government",
        "WTO",
        "Kim",
        ",",
        ".",
        ";",
        "“",
        "”",
        "\"",
        "(",
        ")",
        "•",
        "- ",
        "\n",
        "\n\n",
        "1.",
        "be",
        "held",
        "by",
        "not",
        "and",
        "who",
        "need to",
        "have",
        "signed by",
        "52",
        "organizations",
        "more than",
        "—",
        "김정은",
        "é",
        "?",
        "'s",
        "’",
        "the following:",
        "    ",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..1500 {
        let mut text = String::new();
        let n = (seed % 40) as usize + 1;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            if seed % 3 == 0 {
                text.push(' ');
            }
        }
        let model = TextModel::new(&text);
        for d in extract(&model, &[], &[]) {
            assert_eq!(d.span.slice(&text), Some(d.text.as_str()), "{text:?}");
        }
        for s in crate::extract::signatories::extract(&model).0 {
            assert_eq!(s.span.slice(&text), Some(s.text.as_str()), "{text:?}");
        }
    }
}

#[test]
fn subject_before_an_apposition_is_the_actor() {
    let text = "The letter, signed by 124 organizations from 40 countries, urges member states to:\n\n• Reject the proposal;\n• Restore the mandate.";
    let d = demands(text);
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].actor.as_deref(), Some("The letter"));
    assert_eq!(d[0].target.as_deref(), Some("member states"));
    let d = one("Human Rights Watch, which coordinated the effort, urged the Council to act.");
    assert_eq!(d.actor.as_deref(), Some("Human Rights Watch"));
    // A phrase inside the clause is no subject.
    let d = one("In the letter to the minister, sent on Monday, urged the Council to act.");
    assert_eq!(d.actor, None);
}

#[test]
fn copulas_that_still_ask_the_subject_to_act() {
    let d = one("UNCTAD should be\ninvolved in monitoring the role of the private sector, particularly\nforeign investors and their impacts.");
    assert_eq!(d.target.as_deref(), Some("UNCTAD"));
    assert!(d.action.starts_with("be\ninvolved in monitoring"), "{}", d.action);
    let d = one("Food for humanitarian purposes is clearly a good thing, but the WTO must be more serious and get rid of unfair rules which fuel food insecurity.");
    assert_eq!(d.target.as_deref(), Some("the WTO"));
    let d = one("And we should be thinking about the issue of countries having the sovereignty to use that value.");
    assert_eq!(d.target.as_deref(), Some("we"));
    // Copulas of state stay no demands.
    none("While a multilateral system of trade rules is preferable to a fragmented system, the rules must be fair and balanced.");
    none("Federal funding should be contingent on compliance with civil rights law.");
    none("Governments must be accountable to their citizens.");
    none("Developing countries should not be pressured into agreeing to binding deals.");
}

#[test]
fn entitlements_are_no_demands() {
    none("Countries should have the right to decide if taxing Amazon e-books is in their national interest.");
    none("All countries and especially third world countries must have the right to use policy options.");
    none("Second, the states should have the opportunity to prevent his release into the public.");
    let d = one("Governments should have a frank discussion with the unions.");
    assert_eq!(d.target.as_deref(), Some("Governments"));
}

#[test]
fn a_call_as_a_noun_owned_by_its_maker() {
    let d = one("During the meeting, Senator Casey reiterated his appeal to the Secretary to fully involve state and local communities in the siting and alignment of necessary power lines.");
    assert_eq!(d.target.as_deref(), Some("the Secretary"));
    assert!(d.action.starts_with("fully involve"), "{}", d.action);
    let d = one("The groups renewed their call on the WTO to suspend the talks.");
    assert_eq!(d.target.as_deref(), Some("the WTO"));
    // Other determiners and other nouns stay no calls.
    none("The press to the members to comply was strong.");
    none("Civil society has rejected their demands to the members.");
}

#[test]
fn a_glued_full_stop_ends_the_demand() {
    let text = "During the meeting, Senator Casey reiterated his appeal to the Secretary to fully involve state and local communities in the siting of power lines.Casey QuoteIn the meeting, Senator Casey asked Secretary Bodman to consider all options.";
    let d = demands(text);
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(d[0].text.ends_with("power lines"), "{}", d[0].text);
    assert_eq!(d[1].target.as_deref(), Some("Secretary Bodman"));
    // The glued stop ends the clause; "Mr." after it does not matter.
    let d = one("The government should ratify the treaty.Mr. Smith agreed.");
    assert!(d.text.ends_with("the treaty"), "{}", d.text);
}

#[test]
fn an_elaboration_is_no_attribution() {
    let d = one("Technology Platforms: Social media companies must address the sophisticated disinformation campaigns that fuel antisemitic sentiment, particularly those originating from state actors like Iran.");
    assert!(d.text.ends_with("like Iran"), "{}", d.text);
    assert_eq!(d.actor, None);
    let d = one("Social media companies must address the campaigns, the groups said.");
    assert_eq!(d.actor.as_deref(), Some("the groups"));
}

#[test]
fn instruments_are_no_parties() {
    none("WTO Agreements must not apply to issues critical to human or planetary welfare, such as food and water.");
    none("The Act should cover every state.");
    // A party named after its instrument is one.
    let d = one("The States Parties to the Convention should honour their commitments.");
    assert_eq!(d.target.as_deref(), Some("The States Parties to the Convention"));
    let d = one("The Commission should honour its commitments.");
    assert_eq!(d.target.as_deref(), Some("The Commission"));
}

#[test]
fn odd_endings_of_the_new_rules() {
    for text in [
        "Governments should be",
        "Governments should be involved",
        "Governments should be more serious and",
        "Governments should have the",
        "Governments should have",
        "The Parties to",
        "to the Convention should",
        "his appeal to",
        "lines.Casey",
        ".",
        "The letter, signed by 124 organizations, urges",
    ] {
        let model = TextModel::new(text);
        for d in extract(&model, &[], &[]) {
            assert_eq!(d.span.slice(text), Some(d.text.as_str()));
        }
    }
}

#[test]
fn it_as_a_text_is_no_party() {
    none("If Members agree to an outcome on fisheries, it must preserve development of small scale fisheries who have not contributed to overfishing and overcapacity.");
    let d = one("UNCTAD should provide assistance to acceding countries, as the text mandates. However, it should also include a commitment from UNCTAD Members.");
    assert_eq!(d.target.as_deref(), Some("UNCTAD"));
    let d = one("While India has championed the cause of its small-scale fishers it must secure a special and differential treatment exemption.");
    assert_eq!(d.target.as_deref(), Some("it"));
}

#[test]
fn the_subject_of_a_progressive_before_the_cue() {
    let d = one("We are writing to urge you to favourably consider the request by Least Developed Countries.");
    assert_eq!(d.actor.as_deref(), Some("We"));
    assert_eq!(d.target.as_deref(), Some("you"));
    let d = one("We are therefore writing to urge you to support the LDC transition period.");
    assert_eq!(d.actor.as_deref(), Some("We"));
}

#[test]
fn adverbs_end_the_actor() {
    let d = one("Their letter instead called for all WTO Members and the Secretariat to place all efforts on coming to urgent agreement on the TRIPS waiver.");
    assert_eq!(d.actor.as_deref(), Some("Their letter"));
    let d = one("The SDG mandate implicitly calls for developed countries to take responsibility for past extraction of the marine resources.");
    assert_eq!(d.actor.as_deref(), Some("The SDG mandate"));
    let d = one("The General Assembly calls on member states to ratify the convention.");
    assert_eq!(d.actor.as_deref(), Some("The General Assembly"));
}

#[test]
fn proper_names_are_words_seen_inside_sentences() {
    let text =
        "Kim met us. We thank Kim’s aides and “Lee”. Aid (Kimberly) went to Kim. The GAVI board. Lee: Park\nin Seoul.";
    let model = TextModel::new(text);
    let proper = phrase::ProperNames::new(&model);
    // Inside a sentence; asked twice, answered from what is kept.
    assert!(proper.contains("Kim") && proper.contains("Kim"));
    assert!(proper.contains("Seoul"));
    // Only first, after a quote mark, a bracket or a colon, or within a word.
    assert!(!proper.contains("Lee") && !proper.contains("Kimberly") && !proper.contains("Park"));
    assert!(!proper.contains("Aid") && !proper.contains("Ki"));
    // Not capitalised, or all capitals.
    assert!(!proper.contains("met") && !proper.contains("GAVI") && !proper.contains(""));
    // The first sentence's modal target is known by name from the last.
    let d = one("Kim should act now. The delegates asked Kim about it.");
    assert_eq!(d.target.as_deref(), Some("Kim"));
}
