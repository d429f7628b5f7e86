//! Strings that look like dates but are not, and one of every date form
//! the extractor reads, each run through the whole pipeline.

use pressparse::{extract, DateKind};

/// Numbers, codes and phrases that must yield no date mention.
const NOT_DATES: &[&str] = &[
    // Times of day.
    "The call starts at 9:00 AM Pacific.",
    "Doors open at 6:30 p.m. ET.",
    "The briefing runs 15:00-16:30 CEST.",
    "We met at 20:14 local time.",
    // Durations and ages.
    "She served for three years on the board.",
    "The program lasts 12 months.",
    "He worked there for nearly 20 years.",
    "Adams, 72, of Ypsilanti, pleaded guilty.",
    "The 31-year-old was sentenced to 32 months in prison.",
    "a six day trial",
    // Money, percentages and counts.
    "The economy lost $1.3 trillion.",
    "They paid $2018 in fees.",
    "Revenue rose 20.14 percent.",
    "Costs fell by 2019% in the model.",
    "A fine of €2020 was imposed.",
    "More than 300 organizations signed.",
    "Over 2000 people attended.",
    "Nearly 1999 delegates registered.",
    "The fund holds 2.4 million doses.",
    "some 1,200 individuals signed",
    "The company shipped 2018 units last quarter.",
    "About 2021 participants joined.",
    // Phone numbers and postal codes.
    "Call (202) 514-2007 for details.",
    "Call 202-514-2019.",
    "Washington, DC 20530-0001",
    "Phone: +1 800 555 2014",
    "Fax 1-800-2018-555",
    // Bills, cases, identifiers.
    "The Senate passed H.R. 2018 by voice vote.",
    "See S. 1941 as amended.",
    "The case is No. 19-cv-2014.",
    "Case Number: 12-992",
    "Docket No. 2019 was closed.",
    "Section 2014 of the code applies.",
    "Rule 2010 governs the filing.",
    "Resolution 2021 was adopted.",
    "ISO 13485:2016 certified",
    "Order #2018 shipped.",
    // Addresses.
    "1945 East Russell Road #208",
    "Visit us at 2100 Main Street.",
    "Suite 2000, Houston",
    "Room 2019 of the Capitol",
    // Versions, goals, names with numbers.
    "Upgrade to version 2.2018 today's installer.",
    "KOINFOLD Pay 2.0 launches.",
    "SDG Goal 14.6 targets subsidies.",
    "Delegates met at MC13 in Abu Dhabi.",
    "The COVID-19 pandemic continues.",
    "Leaders of the G7 spoke.",
    "The 46th Congress of the society met.",
    "At the 12th Ministerial Conference, talks failed.",
    "The 1990s were a decade of change.",
    "in the 2010s",
    // Month words that are not months.
    "You may march on the capital.",
    "May God bless America.",
    "The March for Our Lives drew crowds.",
    "April Smith spoke to reporters.",
    "The Mars 2020 rover landed.",
    "It may be 12 or later, they may say.",
    // Figurative today and tomorrow.
    "In today's world, trade matters.",
    "We are training the leaders of tomorrow.",
    "They discussed tomorrow’s challenges.",
    "Today’s most powerful technologies are here.",
    "The world of today is complex.",
    // Weekdays without a date sense.
    "The office is open Monday through Friday.",
    "Black Friday deals",
    // Numbers in URLs and paths.
    "See https://example.org/2024/0411/story.",
    "Download file_2019_final.pdf",
    // Plain numbers and scores.
    "The vote was 2014 to 12.",
    "Item 2018 on the list.",
    "page 2014",
    "The score was 12-10.",
    "Fractions such as 4/5 and 3/4 are common.",
    "The 2000 people who came stayed.",
    "Invalid 2020-13-45 code",
    "This spring semester is full.",
];

#[test]
fn non_dates_yield_no_mention() {
    assert!(NOT_DATES.len() >= 60);
    let mut failures = Vec::new();
    for text in NOT_DATES {
        let doc = extract(text);
        if !doc.dates.is_empty() {
            failures.push(format!("{text:?} -> {:?}", doc.dates.iter().map(|d| &d.text).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{} false dates:\n{}", failures.len(), failures.join("\n"));
}

/// A sentence and the (mention text, value) pairs expected in it.
type Case = (&'static str, &'static [(&'static str, Option<&'static str>)]);

/// (text, [(mention text, value)]) for every form the extractor reads.
const DATES: &[Case] = &[
    ("It ended on April 20, 2018.", &[("April 20, 2018", Some("2018-04-20"))]),
    ("It ended on 20 April 2018.", &[("20 April 2018", Some("2018-04-20"))]),
    ("It ended Apr. 20, 2018.", &[("Apr. 20, 2018", Some("2018-04-20"))]),
    ("It ended on Tuesday, April 20, 2018.", &[("Tuesday, April 20, 2018", Some("2018-04-20"))]),
    ("SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ -- News.", &[("May 06, 2025", Some("2025-05-06"))]),
    ("Dated 26 February, 2024.", &[("26 February, 2024", Some("2024-02-26"))]),
    ("Signed 4/20/2018.", &[("4/20/2018", Some("2018-04-20"))]),
    ("Signed 20/04/2018.", &[("20/04/2018", Some("2018-04-20"))]),
    ("See 2018-04-20.", &[("2018-04-20", Some("2018-04-20"))]),
    ("In the April 2018 declaration.", &[("April 2018", Some("2018-04"))]),
    ("Planned for spring 2018.", &[("spring 2018", None)]),
    ("It began in 2014.", &[("2014", Some("2014"))]),
    ("the seminal 2014 UN Commission of Inquiry", &[("2014", Some("2014"))]),
    ("Active since 1990.", &[("1990", Some("1990"))]),
    ("© 2018 Acme", &[("2018", Some("2018"))]),
    ("Georgetown data (2025).", &[("2025", Some("2025"))]),
    ("the 1999 WTO Ministerial", &[("1999", Some("1999"))]),
    ("Founded in 2019, the firm grew.", &[("2019", Some("2019"))]),
    ("the (2021-2022 cohort) data", &[("2021", Some("2021")), ("2022", Some("2022"))]),
    ("during 2018–2019", &[("2018", Some("2018")), ("2019", Some("2019"))]),
    ("held April 20–22, 2018", &[("April 20", Some("2018-04-20")), ("22, 2018", Some("2018-04-22"))]),
    (
        "Geneva, November 30 – December 3, 2021.",
        &[("November 30", Some("2021-11-30")), ("December 3, 2021", Some("2021-12-03"))],
    ),
    ("from February to August 2009", &[("February", Some("2009-02")), ("August 2009", Some("2009-08"))]),
    ("effective as of May 22.", &[("May 22", None)]),
    ("since its launch in March.", &[("March", None)]),
    ("by mid-April", &[("mid-April", None)]),
    ("평양 2018년 4월 20일 공개", &[("2018년 4월 20일", Some("2018-04-20"))]),
    ("Le 20 avril 2018, à Paris.", &[("20 avril 2018", Some("2018-04-20"))]),
    ("Manifestation le 1er mai 2019.", &[("1er mai 2019", Some("2019-05-01"))]),
    ("El 20 de abril de 2018 en Madrid.", &[("20 de abril de 2018", Some("2018-04-20"))]),
    ("Em 20 de abril de 2018, em Lisboa.", &[("20 de abril de 2018", Some("2018-04-20"))]),
    ("Am 20. April 2018 in Berlin.", &[("20. April 2018", Some("2018-04-20"))]),
    ("Am 20.04.2018 in Berlin.", &[("20.04.2018", Some("2018-04-20"))]),
    ("On Jan. 7, 2014, it began.", &[("Jan. 7, 2014", Some("2014-01-07"))]),
    ("Sept. 11, 2001", &[("Sept. 11, 2001", Some("2001-09-11"))]),
    ("on the 3rd of March 2020", &[("3rd of March 2020", Some("2020-03-03"))]),
    ("in the spring of 2018", &[("spring of 2018", None)]),
    ("20-22 April 2018", &[("20", Some("2018-04-20")), ("22 April 2018", Some("2018-04-22"))]),
    ("30 November – 3 December 2021", &[("30 November", Some("2021-11-30")), ("3 December 2021", Some("2021-12-03"))]),
    ("Oct. 3–7, 2021", &[("Oct. 3", Some("2021-10-03")), ("7, 2021", Some("2021-10-07"))]),
    (
        "March 1, March 14, and on May 4, 2009",
        &[("March 1", Some("2009-03-01")), ("March 14", Some("2009-03-14")), ("May 4, 2009", Some("2009-05-04"))],
    ),
    ("from 2010 to 2015", &[("2010", Some("2010")), ("2015", Some("2015"))]),
    ("the 2018/19 season", &[("2018", Some("2018")), ("19", Some("2019"))]),
    ("MAY 6, 2025", &[("MAY 6, 2025", Some("2025-05-06"))]),
    ("Depuis janvier 2019", &[("janvier 2019", Some("2019-01"))]),
    ("im März 2020", &[("März 2020", Some("2020-03"))]),
    ("el 1º de mayo de 2020", &[("1º de mayo de 2020", Some("2020-05-01"))]),
    ("4월 20일 평양", &[("4월 20일", None)]),
    ("2018年4月20日", &[("2018年4月20日", Some("2018-04-20"))]),
    ("Signed 3/4/2020.", &[("3/4/2020", None)]),
    ("Dated 31 April 2018.", &[]),
    ("They met today.", &[("today", None)]),
    ("It began two years ago.", &[("two years ago", None)]),
    ("Talks resume this week.", &[("this week", None)]),
];

#[test]
fn every_form_is_read() {
    let mut failures = Vec::new();
    for (text, want) in DATES {
        let doc = extract(text);
        let got: Vec<(&str, Option<&str>)> = doc.dates.iter().map(|d| (d.text.as_str(), d.value.as_deref())).collect();
        if got != *want {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
        for d in &doc.dates {
            assert_eq!(&text[d.span.start..d.span.end], d.text);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn release_date_anchors_the_rest() {
    let text = "Title of the release\n\nJune 4, 2024\n\nThe congress, held May 23-25 in Milan, ended yesterday. This year it grew; \
                the last one was on Friday. Two years ago it was smaller.";
    let doc = extract(text);
    assert_eq!(doc.published.as_deref(), Some("2024-06-04"));
    let got: Vec<(&str, Option<&str>, DateKind)> =
        doc.dates.iter().map(|d| (d.text.as_str(), d.value.as_deref(), d.kind)).collect();
    assert_eq!(
        got,
        [
            ("June 4, 2024", Some("2024-06-04"), DateKind::Absolute),
            ("May 23", Some("2024-05-23"), DateKind::Absolute),
            ("25", Some("2024-05-25"), DateKind::Absolute),
            ("yesterday", Some("2024-06-03"), DateKind::Relative),
            ("This year", Some("2024"), DateKind::Relative),
            ("Friday", Some("2024-05-31"), DateKind::Relative),
            ("Two years ago", Some("2022"), DateKind::Relative),
        ]
    );
}

#[test]
fn reference_date_resolves_relative_dates() {
    let ex = pressparse::Extractor::builder().reference_date("2021-04-14").build().expect("valid date");
    let doc = ex.extract("The leaders wrote today.");
    assert_eq!(doc.dates[0].value.as_deref(), Some("2021-04-14"));
}
