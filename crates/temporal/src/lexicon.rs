//! Words for months, weekdays, units and numbers in the languages the rules cover (en, de, ru,
//! uk). Lookups take the surface form as written and fold case; inflected Russian and Ukrainian
//! forms are matched by stem.

use crate::point::Unit;
use jiff::civil::Weekday;

/// Month number (1-12) of a month name or abbreviation in any covered language.
pub fn month(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_lowercase();
    // Exact short forms first: "may"/"mai" and Russian "мая/май/мае" are whole words.
    let exact: &[(&str, i8)] = &[("may", 5), ("mai", 5), ("май", 5), ("мая", 5), ("мае", 5)];
    if let Some(&(_, m)) = exact.iter().find(|(s, _)| *s == w) {
        return Some(m);
    }
    const STEMS: &[(&str, i8)] = &[
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("mär", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("oct", 10),
        ("okt", 10),
        ("nov", 11),
        ("dec", 12),
        ("dez", 12),
        ("январ", 1),
        ("янв", 1),
        ("феврал", 2),
        ("фев", 2),
        ("март", 3),
        ("апрел", 4),
        ("июн", 6),
        ("июл", 7),
        ("август", 8),
        ("авг", 8),
        ("сентябр", 9),
        ("сен", 9),
        ("октябр", 10),
        ("окт", 10),
        ("ноябр", 11),
        ("ноя", 11),
        ("декабр", 12),
        ("дек", 12),
        ("січ", 1),
        ("лют", 2),
        ("берез", 3),
        ("квіт", 4),
        ("трав", 5),
        ("черв", 6),
        ("лип", 7),
        ("серп", 8),
        ("верес", 9),
        ("жовт", 10),
        ("листопад", 11),
        ("груд", 12),
    ];
    STEMS
        .iter()
        .find(|(s, _)| w.starts_with(s))
        .map(|&(_, m)| m)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_lowercase().replace('’', "'");
    const STEMS: &[(&str, Weekday)] = &[
        ("monday", Weekday::Monday),
        ("tuesday", Weekday::Tuesday),
        ("wednesday", Weekday::Wednesday),
        ("thursday", Weekday::Thursday),
        ("friday", Weekday::Friday),
        ("saturday", Weekday::Saturday),
        ("sunday", Weekday::Sunday),
        ("montag", Weekday::Monday),
        ("dienstag", Weekday::Tuesday),
        ("mittwoch", Weekday::Wednesday),
        ("donnerstag", Weekday::Thursday),
        ("freitag", Weekday::Friday),
        ("samstag", Weekday::Saturday),
        ("sonnabend", Weekday::Saturday),
        ("sonntag", Weekday::Sunday),
        ("понедельник", Weekday::Monday),
        ("вторник", Weekday::Tuesday),
        ("сред", Weekday::Wednesday),
        ("четверг", Weekday::Thursday),
        ("пятниц", Weekday::Friday),
        ("суббот", Weekday::Saturday),
        ("воскресен", Weekday::Sunday),
        ("понеділ", Weekday::Monday),
        ("вівтор", Weekday::Tuesday),
        ("серед", Weekday::Wednesday),
        ("четвер", Weekday::Thursday),
        ("п'ятниц", Weekday::Friday),
        ("субот", Weekday::Saturday),
        ("неділ", Weekday::Sunday),
    ];
    STEMS
        .iter()
        .find(|(s, _)| w.starts_with(s))
        .map(|&(_, d)| d)
}

pub fn unit(word: &str) -> Option<Unit> {
    let w = word.to_lowercase();
    const STEMS: &[(&str, Unit)] = &[
        ("weekend", Unit::Weekend),
        ("wochenende", Unit::Weekend),
        ("выходн", Unit::Weekend),
        ("вихідн", Unit::Weekend),
        ("second", Unit::Second),
        ("sekunde", Unit::Second),
        ("секунд", Unit::Second),
        ("minute", Unit::Minute),
        ("минут", Unit::Minute),
        ("хвилин", Unit::Minute),
        ("hour", Unit::Hour),
        ("stunde", Unit::Hour),
        ("час", Unit::Hour),
        ("годин", Unit::Hour),
        ("day", Unit::Day),
        ("tag", Unit::Day),
        ("день", Unit::Day),
        ("дня", Unit::Day),
        ("дней", Unit::Day),
        ("дні", Unit::Day),
        ("днів", Unit::Day),
        ("сут", Unit::Day),
        ("доб", Unit::Day),
        ("week", Unit::Week),
        ("woche", Unit::Week),
        ("недел", Unit::Week),
        ("тижд", Unit::Week),
        ("тижн", Unit::Week),
        ("month", Unit::Month),
        ("monat", Unit::Month),
        ("месяц", Unit::Month),
        ("місяц", Unit::Month),
        ("quarter", Unit::Quarter),
        ("quartal", Unit::Quarter),
        ("квартал", Unit::Quarter),
        ("half", Unit::Half),
        ("halbjahr", Unit::Half),
        ("полугод", Unit::Half),
        ("півріч", Unit::Half),
        ("decade", Unit::Decade),
        ("jahrzehnt", Unit::Decade),
        ("десятилет", Unit::Decade),
        ("десятиліт", Unit::Decade),
        ("centur", Unit::Century),
        ("jahrhundert", Unit::Century),
        ("век", Unit::Century),
        ("столет", Unit::Century),
        ("століт", Unit::Century),
        ("year", Unit::Year),
        ("jahr", Unit::Year),
        ("год", Unit::Year),
        ("лет", Unit::Year),
        ("рік", Unit::Year),
        ("рок", Unit::Year),
        ("році", Unit::Year),
    ];
    STEMS
        .iter()
        .find(|(s, _)| w.starts_with(s))
        .map(|&(_, u)| u)
}

/// A number word or numeral. `Some(None)` is a vague amount ("several", "einige", "несколько").
pub fn number(word: &str) -> Option<Option<f64>> {
    let w = word.trim().to_lowercase().replace('’', "'");
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    if let Ok(n) = digits.parse::<f64>() {
        return Some(Some(n));
    }
    if let Some((tens, ones)) = w.split_once('-')
        && let (Some(Some(t)), Some(Some(o))) = (number(tens), number(ones))
    {
        return Some(Some(t + o));
    }
    let n: f64 = match w.as_str() {
        "a" | "an" | "one" | "ein" | "eine" | "einen" | "einem" | "einer" | "eines" | "один"
        | "одна" | "одну" | "одного" | "одним" | "одной" | "одній" => {
            1.0
        }
        "two" | "zwei" | "два" | "две" | "дві" | "a couple of" | "a couple" | "couple of"
        | "пару" => 2.0,
        "three" | "drei" | "три" => 3.0,
        "four" | "vier" | "четыре" | "чотири" => 4.0,
        "five" | "fünf" | "пять" | "п'ять" => 5.0,
        "six" | "sechs" | "шесть" | "шість" => 6.0,
        "seven" | "sieben" | "семь" | "сім" => 7.0,
        "eight" | "acht" | "восемь" | "вісім" => 8.0,
        "nine" | "neun" | "девять" | "дев'ять" => 9.0,
        "ten" | "zehn" | "десять" => 10.0,
        "eleven" | "elf" => 11.0,
        "twelve" | "zwölf" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" | "zwanzig" | "двадцать" | "двадцять" => 20.0,
        "thirty" | "dreißig" | "тридцать" | "тридцять" => 30.0,
        "forty" | "vierzig" | "сорок" => 40.0,
        "fifty" | "fünfzig" | "пятьдесят" | "п'ятдесят" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" | "a hundred" | "hundert" | "сто" => 100.0,
        "полтора" | "півтора" => 1.5,
        "a few" | "few" | "several" | "many" | "some" | "einige" | "mehrere" | "wenige"
        | "несколько" | "кілька" | "декілька" => return Some(None),
        _ => return None,
    };
    Some(Some(n))
}

/// Regex alternations for the rules, per language.
pub const EN_MONTH: &str = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
pub const EN_MONTH_FULL: &str =
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)";
pub const EN_WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
pub const EN_NUMBER: &str = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a couple of|a few|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|many|few|an|a)";
pub const EN_UNIT: &str = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?|weekends?)";

pub const DE_MONTH: &str = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\.)";
pub const DE_WEEKDAY: &str =
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)";
pub const DE_NUMBER: &str = r"(?:\d+(?:,\d+)?|einem|einer|einen|eines|eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|einigen|einige|mehreren|mehrere|wenigen|wenige)";
pub const DE_UNIT: &str = r"(?:Jahren|Jahre|Jahres|Jahr|Monaten|Monate|Monats|Monat|Wochen|Woche|Tagen|Tage|Tages|Tag|Stunden|Stunde|Minuten|Minute|Sekunden|Jahrzehnten|Jahrzehnte|Jahrzehnt|Jahrhunderten|Jahrhunderte|Jahrhundert|Quartalen|Quartale|Quartal|Wochenende)";

pub const RU_MONTH: &str = r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";
pub const RU_WEEKDAY: &str =
    r"(?:понедельник|вторник|сред[ауе]|четверг|пятниц[аую]|суббот[аую]|воскресенье)";
pub const RU_NUMBER: &str = r"(?:\d+|одного|одну|одна|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|несколько|пару|полтора)";
pub const RU_UNIT: &str = r"(?:годами|годам|годах|годом|году|года|годы|год|лет|месяцев|месяца|месяцу|месяце|месяцы|месяц|недель|недели|неделю|неделе|неделя|дней|дня|день|суток|сутки|часов|часа|час|минут[уы]?|десятилети[йяе]|веков|века|век|кварталов|квартала|квартале|квартал)";

pub const UK_MONTH: &str = r"(?:січ(?:ня|ні|ень)|лют(?:ого|ому|ий)|берез(?:ня|ні|ень)|квіт(?:ня|ні|ень)|трав(?:ня|ні|ень)|черв(?:ня|ні|ень)|лип(?:ня|ні|ень)|серп(?:ня|ні|ень)|верес(?:ня|ні|ень)|жовт(?:ня|ні|ень)|листопад(?:а|і)?|груд(?:ня|ні|ень))";
pub const UK_WEEKDAY: &str =
    r"(?:понеділок|вівторок|серед[ауі]|четвер|п['’]ятниц[яюі]|субот[ауі]|неділ[яюі])";
pub const UK_NUMBER: &str = r"(?:\d+|одного|одну|одна|один|два|дві|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять|двадцять|тридцять|сорок|п['’]ятдесят|сто|кілька|декілька|пару|півтора)";
pub const UK_UNIT: &str = r"(?:років|роками|роки|року|році|рік|місяців|місяця|місяці|місяць|тижнів|тижня|тижні|тиждень|днів|дня|дні|день|діб|доби|годин[иу]?|хвилин[иу]?|десятиліт(?:тя|ть)|століт(?:тя|ть)|кварталів|кварталу|кварталі|квартал)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_four_languages() {
        assert_eq!(month("Nov."), Some(11));
        assert_eq!(month("листопада"), Some(11));
        assert_eq!(month("ноября"), Some(11));
        assert_eq!(month("März"), Some(3));
        assert_eq!(month("мая"), Some(5));
        assert_eq!(weekday("п’ятницю"), Some(Weekday::Friday));
        assert_eq!(weekday("четверг"), Some(Weekday::Thursday));
        assert_eq!(unit("Tagen"), Some(Unit::Day));
        assert_eq!(unit("лет"), Some(Unit::Year));
        assert_eq!(unit("тижня"), Some(Unit::Week));
        assert_eq!(number("twenty-five"), Some(Some(25.0)));
        assert_eq!(number("several"), Some(None));
        assert_eq!(number("дві"), Some(Some(2.0)));
    }
}
