//! From raw readings to [`DateMention`]s: fill missing years from the
//! release's own date, resolve relative dates against an anchor, settle the
//! order of numeric dates, and drop impossible days ("31 April 2018").

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::{Order, Raw, What};
use crate::document::{DateMention, Grain};
use crate::lexicon::dates::RelUnit;
use crate::span::Span;
use crate::text::TextModel;

/// An ISO partial date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct IsoParts {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
}

impl IsoParts {
    /// "2018", "2018-04", "2018-04-20".
    pub(crate) fn to_iso(self) -> String {
        // Written digit by digit (the formatting machinery cost a few
        // hundred instructions a value); a year outside 0..=9999 or a
        // month or day above 99 goes through `format!`.
        let (Ok(year @ 0..=9999), true) = (u16::try_from(self.year), self.month.max(self.day).is_none_or(|v| v <= 99))
        else {
            return self.to_iso_by_format();
        };
        let mut out = String::with_capacity(10);
        push_digits(&mut out, year, 4);
        if let Some(m) = self.month {
            out.push('-');
            push_digits(&mut out, u16::from(m), 2);
            if let Some(d) = self.day {
                out.push('-');
                push_digits(&mut out, u16::from(d), 2);
            }
        }
        out
    }

    /// [`IsoParts::to_iso`] by `format!`, for any value.
    fn to_iso_by_format(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// The calendar day, when the value has day precision.
    fn date(self) -> Option<Date> {
        Date::new(i16::try_from(self.year).ok()?, i8::try_from(self.month?).ok()?, i8::try_from(self.day?).ok()?).ok()
    }
}

/// Push the `width` last decimal digits of `v` (zero-padded) onto `out`.
fn push_digits(out: &mut String, v: u16, width: u32) {
    for k in (0..width).rev() {
        let digit = v / 10u16.pow(k) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

/// Parse an ISO partial date ("2018", "2018-04", "2018-04-20").
pub(crate) fn parse_iso(s: &str) -> Option<IsoParts> {
    let mut it = s.trim().split('-');
    let year = it.next()?.parse().ok()?;
    let month = it.next().map(str::parse).transpose().ok()?;
    let day = it.next().map(str::parse).transpose().ok()?;
    let p = IsoParts { year, month, day };
    valid(year, month, day).then_some(p)
}

/// True when the date exists (a day without a year is checked against a leap year).
fn valid(year: i32, month: Option<u8>, day: Option<u8>) -> bool {
    let Ok(y) = i16::try_from(year) else { return false };
    match (month, day) {
        (Some(m), Some(d)) => {
            i8::try_from(m).ok().zip(i8::try_from(d).ok()).is_some_and(|(m, d)| Date::new(y, m, d).is_ok())
        }
        (Some(m), None) => (1..=12).contains(&m),
        (None, None) => true,
        (None, Some(_)) => false,
    }
}

/// The ISO value of a calendar date, when it exists.
pub(crate) fn calendar_value(year: i32, month: Option<u8>, day: Option<u8>) -> Option<String> {
    valid(year, month, day).then(|| IsoParts { year, month, day }.to_iso())
}

/// The order named dates of the release are written in, if one prevails.
fn house_order(raws: &[Raw]) -> Option<Order> {
    let mf = raws.iter().filter(|r| r.order == Some(Order::MonthFirst)).count();
    let df = raws.iter().filter(|r| r.order == Some(Order::DayFirst)).count();
    match mf.cmp(&df) {
        std::cmp::Ordering::Greater => Some(Order::MonthFirst),
        std::cmp::Ordering::Less => Some(Order::DayFirst),
        std::cmp::Ordering::Equal => None,
    }
}

/// Does the sentence around `at` speak of the future ("will", "scheduled")?
fn future_tense(model: &TextModel<'_>, at: usize) -> bool {
    let Some(i) = model.sentence_at(at) else { return false };
    let s = model.slice(model.sentences[i].span).to_lowercase();
    [" will ", " to be held", "scheduled", "upcoming", " shall "].iter().any(|w| s.contains(w))
}

fn add_months(anchor: IsoParts, n: i32) -> Option<IsoParts> {
    let m = i32::from(anchor.month?) - 1 + n;
    Some(IsoParts { year: anchor.year + m.div_euclid(12), month: u8::try_from(m.rem_euclid(12) + 1).ok(), day: None })
}

fn from_date(d: Date) -> IsoParts {
    IsoParts { year: i32::from(d.year()), month: u8::try_from(d.month()).ok(), day: u8::try_from(d.day()).ok() }
}

fn add_days(anchor: IsoParts, n: i64) -> Option<IsoParts> {
    anchor.date()?.checked_add(n.days()).ok().map(from_date)
}

fn weekday_number(w: Weekday) -> u8 {
    u8::try_from(w.to_monday_one_offset()).unwrap_or(1)
}

/// The value of a relative reading against `anchor`.
fn relative_value(model: &TextModel<'_>, r: &Raw, anchor: Option<IsoParts>) -> Option<IsoParts> {
    let a = anchor?;
    match r.what {
        What::Relative(RelUnit::Day(n)) => add_days(a, i64::from(n)),
        What::Relative(RelUnit::Month(n)) => add_months(a, n),
        What::Relative(RelUnit::Year(n)) => Some(IsoParts { year: a.year + n, month: None, day: None }),
        What::Ago { n, unit } => {
            let n = i32::try_from(n).ok()?;
            match unit {
                "day" => add_days(a, -i64::from(n)),
                "month" => add_months(a, -n),
                "year" => Some(IsoParts { year: a.year - n, month: r.month, day: None }),
                _ => None,
            }
        }
        What::Weekday { day, dir } => {
            let today = weekday_number(a.date()?.weekday());
            let back = i64::from((today + 7 - day) % 7);
            let ahead = i64::from((day + 7 - today) % 7);
            let delta = match dir {
                -1 => -(if back == 0 { 7 } else { back }),
                1 => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                _ if future_tense(model, r.start) => ahead,
                _ => -back,
            };
            add_days(a, delta)
        }
        _ => None,
    }
}

/// Turn raw readings into mentions, in text order.
pub(crate) fn resolve(
    model: &TextModel<'_>,
    raws: &[Raw],
    published: Option<IsoParts>,
    reference: Option<jiff::civil::Date>,
) -> Vec<DateMention> {
    let order = house_order(raws);
    let anchor = published.or_else(|| reference.map(from_date));
    let mut out = Vec::with_capacity(raws.len());
    for r in raws {
        let mut alternates = Vec::new();
        let value = match r.what {
            What::Calendar => {
                let Some(m) = r.month else {
                    // A bare year.
                    if let Some(y) = r.year {
                        out.push(mention(
                            model,
                            r,
                            Some(IsoParts { year: y, month: None, day: None }.to_iso()),
                            alternates,
                        ));
                    }
                    continue;
                };
                if let Some(y) = r.year {
                    if !valid(y, Some(m), r.day) {
                        continue;
                    }
                    Some(IsoParts { year: y, month: Some(m), day: r.day }.to_iso())
                } else {
                    if !valid(2000, Some(m), r.day) {
                        continue;
                    }
                    published.and_then(|p| calendar_value(p.year, Some(m), r.day))
                }
            }
            What::Season => None,
            What::Numeric { first, second } => {
                let y = r.year.unwrap_or(0);
                let mf = calendar_value(y, Some(first), Some(second));
                let df = calendar_value(y, Some(second), Some(first));
                match order {
                    Some(Order::MonthFirst) => mf,
                    Some(Order::DayFirst) => df,
                    None => {
                        alternates = mf.into_iter().chain(df).collect();
                        None
                    }
                }
            }
            What::Relative(_) | What::Weekday { .. } | What::Ago { .. } => {
                relative_value(model, r, anchor).and_then(|p| {
                    // Keep only the precision the expression has.
                    let p = match r.grain {
                        Some(Grain::Year) => IsoParts { month: None, day: None, ..p },
                        Some(Grain::Month) => IsoParts { day: None, ..p },
                        Some(Grain::Day) => p,
                        None => return None,
                    };
                    Some(p.to_iso())
                })
            }
        };
        out.push(mention(model, r, value, alternates));
    }
    out
}

fn mention(model: &TextModel<'_>, r: &Raw, value: Option<String>, alternates: Vec<String>) -> DateMention {
    let span = Span::new(r.start, r.end);
    DateMention { text: model.slice(span).to_owned(), span, value, kind: r.kind(), grain: r.grain, alternates }
}

#[cfg(test)]
mod tests {

    proptest::proptest! {
        /// Digit by digit, the value `format!` writes.
        #[test]
        fn iso_values_as_format_writes_them(
            year in -20i32..12_000,
            month in proptest::option::of(0u8..=255),
            day in proptest::option::of(0u8..=255),
        ) {
            let p = IsoParts { year, month, day };
            proptest::prop_assert_eq!(p.to_iso(), p.to_iso_by_format());
        }
    }
    use super::*;

    #[test]
    fn iso_round_trip() {
        assert_eq!(parse_iso("2018-04-20").map(IsoParts::to_iso).as_deref(), Some("2018-04-20"));
        assert_eq!(parse_iso("2018").map(IsoParts::to_iso).as_deref(), Some("2018"));
        assert_eq!(parse_iso("2018-02-30"), None);
        assert_eq!(parse_iso("x"), None);
        assert_eq!(calendar_value(2018, Some(4), Some(31)), None);
    }

    #[test]
    fn arithmetic() {
        let a = IsoParts { year: 2024, month: Some(1), day: Some(1) };
        assert_eq!(add_days(a, -1).map(IsoParts::to_iso).as_deref(), Some("2023-12-31"));
        assert_eq!(add_months(a, -1).map(IsoParts::to_iso).as_deref(), Some("2023-12"));
    }

    fn resolved(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let model = TextModel::new(text);
        let reference = reference.and_then(|r| r.parse().ok());
        super::super::extract(&model, None, reference).mentions.into_iter().map(|m| (m.text, m.value)).collect()
    }

    #[test]
    fn relative_values() {
        let t = "June 15, 2022\n\nToday the talks ended; yesterday they stalled. This year is hard. Last month was worse. The vote on Monday was close. It will resume on Friday.";
        let v = resolved(t, None);
        let get = |k: &str| v.iter().find(|(t, _)| t == k).and_then(|(_, v)| v.clone());
        assert_eq!(get("Today").as_deref(), Some("2022-06-15"));
        assert_eq!(get("yesterday").as_deref(), Some("2022-06-14"));
        assert_eq!(get("This year").as_deref(), Some("2022"));
        assert_eq!(get("Last month").as_deref(), Some("2022-05"));
        assert_eq!(get("Monday").as_deref(), Some("2022-06-13"));
        assert_eq!(get("Friday").as_deref(), Some("2022-06-17"));
    }

    #[test]
    fn reference_date_and_no_anchor() {
        assert_eq!(
            resolved("They met today.", Some("2024-05-06")),
            [("today".to_owned(), Some("2024-05-06".to_owned()))]
        );
        assert_eq!(resolved("They met today.", None), [("today".to_owned(), None)]);
        // Month and day without a year never take the reference year.
        assert_eq!(resolved("effective as of May 22.", Some("2024-05-06")), [("May 22".to_owned(), None)]);
    }

    #[test]
    fn numeric_order_follows_the_release() {
        let v = resolved("On April 2, 2018 and 4/5/2018.", None);
        assert_eq!(v[1].1.as_deref(), Some("2018-04-05"));
        let v = resolved("On 2 April 2018 and 4/5/2018.", None);
        assert_eq!(v[1].1.as_deref(), Some("2018-05-04"));
        let model = TextModel::new("Signed 4/5/2018.");
        let m = &super::super::extract(&model, None, None).mentions[0];
        assert_eq!(m.value, None);
        assert_eq!(m.alternates, ["2018-04-05", "2018-05-04"]);
    }
}
