//! Translations as work: every message of a community language has a status, and the public sees only approved
//! messages of the current English; everything else falls back to English, never to a draft. A translator is
//! scoped to one language. Numbers and dates are written the way each language writes them.

keyed_enum!(
    /// Where a translated message stands.
    Status, "a translation status" {
        /// Written by a machine or by the team, not yet checked by someone who reads the language.
        Draft = "draft",
        /// Checked by a community translator.
        Reviewed = "reviewed",
        /// Shown to the public.
        Approved = "approved",
    }
);

/// What a translator does to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keeps the text as a draft.
    Save,
    /// Marks it checked by a community translator.
    Review,
    /// Shows it to the public.
    Approve,
}

impl Action {
    /// The status a message takes.
    pub fn status(self) -> Status {
        match self {
            Action::Save => Status::Draft,
            Action::Review => Status::Reviewed,
            Action::Approve => Status::Approved,
        }
    }

    /// Whether doing it counts as a community translator's review: reviewing or approving does, when the person is
    /// a translator (the team approving from the command line is not one).
    pub fn reviews(self) -> bool {
        matches!(self, Action::Review | Action::Approve)
    }
}

/// Whether the public sees a translation: approved, and made from the English as it is now (a translation of
/// English that has since changed may no longer say the same thing).
pub fn is_public(status: Status, translated_from: &str, english_now: &str) -> bool {
    status == Status::Approved && translated_from == english_now
}

/// A language tag Kith accepts as a folder and a scope: 2 to 12 characters of letters, digits and hyphens,
/// starting with a letter (`ur`, `pa-Arab`, `pt-BR`).
pub fn is_language_tag(tag: &str) -> bool {
    (2..=12).contains(&tag.len())
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !tag.ends_with('-')
        && !tag.contains("--")
}

/// The scripts a resident may read a language in, where it has more than one.
pub const SCRIPTS: &[(&str, &str)] = &[("Arab", "Arabic script"), ("Guru", "Gurmukhi"), ("Latn", "Latin script")];

/// A resident's (or a record's) language as a tag: a code Kith knows, with a script it knows (`pa`, `pa-Arab`).
pub fn language_with_script(text: &str) -> Result<String, String> {
    let (code, script) = text.trim().split_once('-').unwrap_or((text.trim(), ""));
    let code = crate::directory::LanguageCode::parse(&code.to_lowercase())
        .map_err(|_| format!("{:?} is not a language code we know, like en, ur or pa", text.trim()))?;
    if script.is_empty() {
        return Ok(code.as_str().to_owned());
    }
    let script = SCRIPTS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(script))
        .ok_or_else(|| format!("{script:?} is not a script we know, like Arab or Guru"))?;
    Ok(format!("{}-{}", code.as_str(), script.0))
}

/// How much of a set of messages a language has, by where each stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// English messages in the set.
    pub messages: usize,
    /// Shown to the public.
    pub approved: usize,
    /// Checked by a community translator (approved or not).
    pub reviewed_by_translator: usize,
    /// Translated but not approved.
    pub waiting: usize,
    /// Translated from English that has since changed.
    pub stale: usize,
    /// Not translated at all.
    pub missing: usize,
}

impl Coverage {
    /// The share approved, in whole per cent, rounded down (so 100 means every one).
    pub fn approved_percent(&self) -> usize {
        (self.approved * 100).checked_div(self.messages).unwrap_or(100)
    }

    pub fn reviewed_percent(&self) -> usize {
        (self.reviewed_by_translator * 100).checked_div(self.messages).unwrap_or(100)
    }
}

/// How a language writes numbers: its digits, decimal mark, grouping mark, and whether it groups the Indian way
/// (the last three digits, then pairs: 12,34,567). From CLDR 46's default numbering system for each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numerals {
    pub digits: [char; 10],
    pub decimal: char,
    pub group: char,
    pub indian_grouping: bool,
    /// The fewest digits before grouping starts: Polish writes 1000 but 10 000.
    pub min_grouping_digits: usize,
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const EXTENDED_ARABIC_INDIC: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
const BENGALI: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];

impl Numerals {
    /// The numerals of a language tag; English's for a language not listed.
    pub fn of(tag: &str) -> Numerals {
        let western =
            Numerals { digits: LATIN, decimal: '.', group: ',', indian_grouping: false, min_grouping_digits: 4 };
        match tag {
            "ar" => Numerals { digits: ARABIC_INDIC, decimal: '٫', group: '٬', ..western },
            "pa-Arab" => Numerals { digits: EXTENDED_ARABIC_INDIC, decimal: '٫', group: '٬', ..western },
            "bn" => Numerals { digits: BENGALI, indian_grouping: true, ..western },
            "ur" | "pa-Guru" | "pa" => Numerals { indian_grouping: true, ..western },
            // A no-break space, so a number never breaks across lines.
            "pl" => Numerals { decimal: ',', group: '\u{a0}', min_grouping_digits: 5, ..western },
            _ => western,
        }
    }

    /// `value` with `fraction_digits` decimals (rounded half away from zero), grouped.
    pub fn format(&self, value: f64, fraction_digits: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        let fraction_digits = fraction_digits.min(6);
        let text = format!("{:.*}", fraction_digits, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let grouped = self.group_whole(whole);
        let mut out = String::with_capacity(text.len() + 8);
        if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        out.push_str(&grouped);
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out.chars().map(|c| c.to_digit(10).map_or(c, |d| self.digits[d as usize])).collect()
    }

    /// A whole number, grouped.
    pub fn integer(&self, value: i64) -> String {
        let mut out = String::new();
        if value < 0 {
            out.push('-');
        }
        out.push_str(&self.group_whole(&value.unsigned_abs().to_string()));
        out.chars().map(|c| c.to_digit(10).map_or(c, |d| self.digits[d as usize])).collect()
    }

    fn group_whole(&self, whole: &str) -> String {
        if whole.len() < self.min_grouping_digits {
            return whole.to_owned();
        }
        let bytes = whole.as_bytes();
        let mut groups: Vec<&[u8]> = Vec::new();
        let mut end = bytes.len();
        let mut size = 3;
        while end > 0 {
            let start = end.saturating_sub(size);
            groups.push(&bytes[start..end]);
            end = start;
            if self.indian_grouping {
                size = 2;
            }
        }
        groups.reverse();
        let group = self.group.to_string();
        groups.iter().map(|g| String::from_utf8_lossy(g)).collect::<Vec<_>>().join(&group)
    }

    /// Digits as this language writes them, everything else as it is (for dates and times built from parts).
    pub fn digits_of(&self, text: &str) -> String {
        text.chars()
            .map(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()).map_or(c, |d| self.digits[d as usize]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        assert_eq!(Numerals::of("en").format(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(Numerals::of("en").integer(999), "999");
        assert_eq!(Numerals::of("pl").integer(1_000), "1000");
        assert_eq!(Numerals::of("pl").format(12_345.5, 1), "12\u{a0}345,5");
        assert_eq!(Numerals::of("bn").integer(1_234_567), "১২,৩৪,৫৬৭");
        assert_eq!(Numerals::of("ur").integer(1_234_567), "12,34,567");
        assert_eq!(Numerals::of("ar").format(1_234.5, 1), "١٬٢٣٤٫٥");
        assert_eq!(Numerals::of("pa-Arab").integer(42), "۴۲");
        assert_eq!(Numerals::of("so").integer(-1_500), "-1,500");
        assert_eq!(Numerals::of("en").format(-0.001, 1), "0.0");
    }

    #[test]
    fn only_an_approved_translation_of_the_english_as_it_is_now_is_public() {
        assert!(is_public(Status::Approved, "Wards", "Wards"));
        assert!(!is_public(Status::Reviewed, "Wards", "Wards"));
        assert!(!is_public(Status::Draft, "Wards", "Wards"));
        assert!(!is_public(Status::Approved, "Ward list", "Wards"));
    }

    #[test]
    fn a_language_tag_is_short_and_plain() {
        for good in ["ur", "pa-Arab", "pa-Guru", "pt-BR", "so"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "u", "-ur", "ur-", "pa--Arab", "ur/../en", "<b>", "abcdefghijklm"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn coverage_is_counted_in_whole_per_cent() {
        let c = Coverage { messages: 3, approved: 2, reviewed_by_translator: 0, ..Coverage::default() };
        assert_eq!(c.approved_percent(), 66);
        assert_eq!(c.reviewed_percent(), 0);
        assert_eq!(Coverage::default().approved_percent(), 100);
    }
}
