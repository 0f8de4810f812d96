//! Calendar points at a granularity (a day, an ISO week, a month, a quarter, a year, a decade,
//! a century) and their TIMEX3 value strings. Relative expressions ("a year earlier", "last
//! week") shift a point by whole units and print it at the granularity the expression names.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
}

/// A calendar period, stored as its first day plus its granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub start: Date,
    pub granularity: Granularity,
}

/// Units of relative shifts and of durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// Letter used in an ISO 8601 / TIMEX3 duration, and whether it sits after the `T`.
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week | Unit::Weekend => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Half => ("H", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }

    pub fn granularity(self) -> Granularity {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Granularity::Day,
            Unit::Week | Unit::Weekend => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Quarter => Granularity::Quarter,
            Unit::Half => Granularity::Half,
            Unit::Year => Granularity::Year,
            Unit::Decade => Granularity::Decade,
            Unit::Century => Granularity::Century,
        }
    }
}

/// TIMEX3 duration value: `P2Y`, `PT3H`, `PXM` when the amount is vague.
pub fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (code, time) = unit.duration_code();
    let amount = match amount {
        Some(a) if a.fract() == 0.0 => format!("{}", a as i64),
        Some(a) => format!("{a}"),
        None => "X".to_string(),
    };
    if time {
        format!("PT{amount}{code}")
    } else {
        format!("P{amount}{code}")
    }
}

impl Point {
    pub fn day(d: Date) -> Point {
        Point {
            start: d,
            granularity: Granularity::Day,
        }
    }

    pub fn new(start: Date, granularity: Granularity) -> Point {
        Point {
            start: truncate(start, granularity),
            granularity,
        }
    }

    /// The period `amount` units away (negative = earlier), kept at this point's granularity
    /// when that is finer than the unit ("a year earlier" than 1989-Q3 is 1988-Q3), otherwise at
    /// the unit's granularity ("two years ago" from a day is a year).
    pub fn shift(self, unit: Unit, amount: i64) -> Option<Point> {
        let span = match unit {
            Unit::Second | Unit::Minute | Unit::Hour => 0.days(),
            Unit::Day => amount.days(),
            Unit::Week | Unit::Weekend => (amount * 7).days(),
            Unit::Month => amount.months(),
            Unit::Quarter => (amount * 3).months(),
            Unit::Half => (amount * 6).months(),
            Unit::Year => amount.years(),
            Unit::Decade => (amount * 10).years(),
            Unit::Century => (amount * 100).years(),
        };
        let moved = self.start.checked_add(span).ok()?;
        // `Day` is the finest granularity and orders last, so `max` keeps the finer one.
        let granularity = self.granularity.max(unit.granularity());
        Some(Point::new(moved, granularity))
    }

    pub fn at(self, granularity: Granularity) -> Point {
        Point::new(self.start, granularity)
    }

    /// TIMEX3 value string.
    pub fn value(self) -> String {
        let d = self.start;
        match self.granularity {
            Granularity::Century => format!("{:02}", d.year().div_euclid(100)),
            Granularity::Decade => format!("{:03}", d.year().div_euclid(10)),
            Granularity::Year => format!("{:04}", d.year()),
            Granularity::Half => format!("{:04}-H{}", d.year(), if d.month() <= 6 { 1 } else { 2 }),
            Granularity::Quarter => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
            Granularity::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Granularity::Week => {
                let w = d.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Granularity::Day => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }

    /// Parses the value strings [`Point::value`] writes (and plain ISO dates).
    pub fn parse(value: &str) -> Option<Point> {
        let v = value.split('T').next()?;
        let parts: Vec<&str> = v.split('-').collect();
        let year: i16 = parts.first()?.parse().ok()?;
        match (parts.len(), v.len()) {
            (1, 2) => Some(Point::new(
                Date::new(year * 100, 1, 1).ok()?,
                Granularity::Century,
            )),
            (1, 3) => Some(Point::new(
                Date::new(year * 10, 1, 1).ok()?,
                Granularity::Decade,
            )),
            (1, 4) => Some(Point::new(Date::new(year, 1, 1).ok()?, Granularity::Year)),
            (2, _) | (3, _) => {
                let p = parts[1];
                if let Some(q) = p.strip_prefix('Q') {
                    let q: i8 = q.parse().ok()?;
                    if !(1..=4).contains(&q) {
                        return None;
                    }
                    return Some(Point::new(
                        Date::new(year, (q - 1) * 3 + 1, 1).ok()?,
                        Granularity::Quarter,
                    ));
                }
                if let Some(h) = p.strip_prefix('H') {
                    let h: i8 = h.parse().ok()?;
                    return Some(Point::new(
                        Date::new(year, if h == 1 { 1 } else { 7 }, 1).ok()?,
                        Granularity::Half,
                    ));
                }
                if let Some(w) = p.strip_prefix('W') {
                    let w: i8 = w.parse().ok()?;
                    let iso = jiff::civil::ISOWeekDate::new(year, w, Weekday::Monday).ok()?;
                    return Some(Point::new(iso.date(), Granularity::Week));
                }
                let month: i8 = p.parse().ok()?;
                if parts.len() == 2 {
                    return Some(Point::new(
                        Date::new(year, month, 1).ok()?,
                        Granularity::Month,
                    ));
                }
                let day: i8 = parts[2].parse().ok()?;
                Some(Point::day(Date::new(year, month, day).ok()?))
            }
            _ => None,
        }
    }
}

fn truncate(d: Date, g: Granularity) -> Date {
    let y = d.year();
    let r = match g {
        Granularity::Century => Date::new(y.div_euclid(100) * 100, 1, 1),
        Granularity::Decade => Date::new(y.div_euclid(10) * 10, 1, 1),
        Granularity::Year => Date::new(y, 1, 1),
        Granularity::Half => Date::new(y, if d.month() <= 6 { 1 } else { 7 }, 1),
        Granularity::Quarter => Date::new(y, (d.month() - 1) / 3 * 3 + 1, 1),
        Granularity::Month => Date::new(y, d.month(), 1),
        Granularity::Week => {
            let back = d.weekday().to_monday_zero_offset() as i64;
            return d.checked_sub(back.days()).unwrap_or(d);
        }
        Granularity::Day => return d,
    };
    r.unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_print_at_their_granularity() {
        let d = date(2025, 11, 28);
        assert_eq!(Point::day(d).value(), "2025-11-28");
        assert_eq!(Point::new(d, Granularity::Week).value(), "2025-W48");
        assert_eq!(Point::new(d, Granularity::Quarter).value(), "2025-Q4");
        assert_eq!(Point::new(d, Granularity::Decade).value(), "202");
    }

    #[test]
    fn shifting_keeps_the_finer_granularity() {
        let q = Point::parse("1989-Q3").unwrap();
        assert_eq!(q.shift(Unit::Year, -1).unwrap().value(), "1988-Q3");
        let d = Point::day(date(2013, 3, 22));
        assert_eq!(d.shift(Unit::Year, -6).unwrap().value(), "2007-03-22");
        assert_eq!(
            d.at(Granularity::Year)
                .shift(Unit::Year, -6)
                .unwrap()
                .value(),
            "2007"
        );
        assert_eq!(
            d.shift(Unit::Week, -1)
                .unwrap()
                .at(Granularity::Week)
                .value(),
            "2013-W11"
        );
    }

    #[test]
    fn values_round_trip() {
        for v in [
            "2025",
            "2025-11",
            "2025-11-23",
            "2025-Q3",
            "2025-W47",
            "199",
            "19",
        ] {
            assert_eq!(Point::parse(v).unwrap().value(), v);
        }
    }
}
