//! Volunteering and mutual aid: the skills volunteers offer, the languages they speak, when in the week they are
//! free, how urgent a request for help is, the life of a task as one table of moves, and where a volunteer stands.
//! Who may do which task is `matching` (its gates and its ranking), DBS checks are `dbs`, and sharing a surge's
//! tasks among the volunteers at once is `assignment`. No I/O.

pub mod assignment;
pub mod dbs;
pub mod matching;

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

keyed_enum!(
    /// What a volunteer offers and a task needs: a fixed vocabulary, the work mutual aid groups are asked for.
    Skill, "a skill" {
        Shopping = "shopping",
        /// Collecting prescriptions from a pharmacy.
        Prescriptions = "prescriptions",
        /// Delivering food parcels.
        FoodParcels = "food_parcels",
        /// Regular phone calls to someone on their own (phone befriending).
        WelfareCalls = "welfare_calls",
        /// Visiting someone in person.
        Befriending = "befriending",
        Driving = "driving",
        DogWalking = "dog_walking",
        Gardening = "gardening",
        /// Small repairs and odd jobs.
        Diy = "diy",
        Cooking = "cooking",
        /// Translating letters and interpreting at appointments.
        Translation = "translation",
        /// Forms, letters and paperwork.
        Admin = "admin",
        /// Helping someone get online: phones, tablets, video calls, forms on the web.
        DigitalHelp = "digital_help",
        FirstAid = "first_aid",
        YouthWork = "youth_work",
        SportsCoaching = "sports_coaching",
    }
);

impl Skill {
    /// How the skill reads on a form and a page.
    pub fn label(self) -> &'static str {
        match self {
            Skill::Shopping => "Shopping",
            Skill::Prescriptions => "Collecting prescriptions",
            Skill::FoodParcels => "Delivering food parcels",
            Skill::WelfareCalls => "Welfare calls (phone befriending)",
            Skill::Befriending => "Befriending in person",
            Skill::Driving => "Driving",
            Skill::DogWalking => "Dog walking",
            Skill::Gardening => "Gardening",
            Skill::Diy => "DIY and small repairs",
            Skill::Cooking => "Cooking",
            Skill::Translation => "Translating and interpreting",
            Skill::Admin => "Admin and paperwork",
            Skill::DigitalHelp => "Help getting online",
            Skill::FirstAid => "First aid",
            Skill::YouthWork => "Youth work",
            Skill::SportsCoaching => "Sports coaching",
        }
    }

    /// The skill's bit in a [`Skills`] set: its place in [`Skill::ALL`].
    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A set of skills, one bit for each in [`Skill::ALL`], so testing whether a volunteer offers all a task needs is
/// one instruction. Written as the list of the skills' keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Skills(u32);

impl Skills {
    pub const EMPTY: Skills = Skills(0);

    pub const fn of(skills: &[Skill]) -> Skills {
        let mut bits = 0;
        let mut i = 0;
        while i < skills.len() {
            bits |= skills[i].bit();
            i += 1;
        }
        Skills(bits)
    }

    /// The set held as bits (a skill's bit is its place in [`Skill::ALL`]), as a store keeps it.
    pub fn bits(self) -> u32 {
        self.0
    }

    /// The set with these bits, if every bit is a skill's.
    pub fn from_bits(bits: u32) -> Option<Skills> {
        let all = (1u32 << Skill::ALL.len()) - 1;
        (bits & !all == 0).then_some(Skills(bits))
    }

    pub fn contains(self, skill: Skill) -> bool {
        self.0 & skill.bit() != 0
    }

    pub fn with(self, skill: Skill) -> Skills {
        Skills(self.0 | skill.bit())
    }

    /// Whether every skill of `needed` is in this set.
    pub fn covers(self, needed: Skills) -> bool {
        needed.0 & !self.0 == 0
    }

    /// The skills of this set that are not in `other`.
    pub fn without(self, other: Skills) -> Skills {
        Skills(self.0 & !other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The skills in the order of [`Skill::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Skill> {
        Skill::ALL.iter().copied().filter(move |s| self.contains(*s))
    }
}

impl FromIterator<Skill> for Skills {
    fn from_iter<I: IntoIterator<Item = Skill>>(iter: I) -> Self {
        iter.into_iter().fold(Skills::EMPTY, Skills::with)
    }
}

/// The labels, joined: "Shopping, Driving".
impl fmt::Display for Skills {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, skill) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(skill.label())?;
        }
        Ok(())
    }
}

impl Serialize for Skills {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Skills {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<Skill>::deserialize(deserializer)?.into_iter().collect())
    }
}

/// A language Kith matches volunteers and residents by: its code, its name in English, and whether it is written
/// from right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownLanguage {
    pub code: &'static str,
    pub name: &'static str,
    pub right_to_left: bool,
}

const fn known(code: &'static str, name: &'static str, right_to_left: bool) -> KnownLanguage {
    KnownLanguage { code, name, right_to_left }
}

/// The community languages of Birmingham that mutual aid is asked for, by BCP 47 code.
///
/// A code is a bare language (`pa`) or a language with a script or variety after a hyphen (`pa-Guru`, `zh-yue`).
/// Punjabi is written in Gurmukhi by most Sikh families and in Shahmukhi (an Arabic script, right to left) by most
/// Pakistani ones; Chinese is spoken as Cantonese or Mandarin; Kurdish as Sorani (in an Arabic script) or Kurmanji
/// (in the Latin one). A bare entry is there for each, so a need can say "any of them". British Sign Language has
/// its ISO 639-3 code, `bfi`, and no script.
pub const LANGUAGES: &[KnownLanguage] = &[
    known("en", "English", false),
    known("ur", "Urdu", true),
    known("pa", "Punjabi", false),
    known("pa-Guru", "Punjabi (Gurmukhi script)", false),
    known("pa-Arab", "Punjabi (Shahmukhi script)", true),
    known("bn", "Bengali", false),
    known("ar", "Arabic", true),
    known("so", "Somali", false),
    known("pl", "Polish", false),
    known("ro", "Romanian", false),
    known("zh", "Chinese", false),
    known("zh-yue", "Cantonese", false),
    known("zh-cmn", "Mandarin", false),
    known("ku", "Kurdish", false),
    known("ku-Arab", "Kurdish (Sorani, Arabic script)", true),
    known("ku-Latn", "Kurdish (Kurmanji, Latin script)", false),
    known("fa", "Persian (Farsi)", true),
    known("ps", "Pashto", true),
    known("gu", "Gujarati", false),
    known("hi", "Hindi", false),
    known("ti", "Tigrinya", false),
    known("am", "Amharic", false),
    known("fr", "French", false),
    known("pt", "Portuguese", false),
    known("es", "Spanish", false),
    known("bfi", "British Sign Language", false),
];

/// Other codes people write for a language in the table, and the code they mean.
const ALIASES: &[(&str, &str)] =
    &[("bsl", "bfi"), ("yue", "zh-yue"), ("cmn", "zh-cmn"), ("ckb", "ku-Arab"), ("kmr", "ku-Latn")];

/// Why a language code could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageError {
    #[error("Choose a language")]
    Empty,
    #[error("{0:?} is not a language code Kith knows, like ur, pa-Guru or bfi")]
    Unknown(String),
}

/// A language from [`LANGUAGES`]: a volunteer speaks (or signs) it, or a task needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(u8);

impl Language {
    pub const ENGLISH: Language = Language(0);

    /// Reads a code in any case, with `-` or `_` before its script (`PA_guru` is `pa-Guru`), or one of a few other
    /// codes in common use (`bsl`, `yue`, `cmn`, `ckb`, `kmr`).
    pub fn parse(input: &str) -> Result<Language, LanguageError> {
        let code = input.trim().replace('_', "-");
        if code.is_empty() {
            return Err(LanguageError::Empty);
        }
        let code = ALIASES.iter().find(|(alias, _)| alias.eq_ignore_ascii_case(&code)).map_or(code.as_str(), |a| a.1);
        LANGUAGES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(code))
            .and_then(|i| u8::try_from(i).ok())
            .map(Language)
            .ok_or_else(|| LanguageError::Unknown(input.trim().chars().take(32).collect()))
    }

    /// Every language in the table, in its order.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGUAGES.len()).filter_map(|i| u8::try_from(i).ok()).map(Language)
    }

    fn known(self) -> &'static KnownLanguage {
        LANGUAGES.get(usize::from(self.0)).unwrap_or(&LANGUAGES[0])
    }

    /// Its place in [`LANGUAGES`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The code as BCP 47 writes it: `pa-Guru`.
    pub fn code(self) -> &'static str {
        self.known().code
    }

    /// Its name in English: "Punjabi (Gurmukhi script)".
    pub fn name(self) -> &'static str {
        self.known().name
    }

    pub fn is_right_to_left(self) -> bool {
        self.known().right_to_left
    }

    /// British Sign Language is signed, not spoken.
    pub fn is_signed(self) -> bool {
        self.code() == "bfi"
    }

    /// The bare language: `pa` for `pa-Guru`, and `pa` for `pa`.
    pub fn base(self) -> &'static str {
        let code = self.code();
        code.split_once('-').map_or(code, |(base, _)| base)
    }

    /// Whether someone with this language meets a task's `need`: a need of a bare language (`pa`) is met by the
    /// language or any of its scripts and varieties (`pa-Guru`, `pa-Arab`); a need that names a script or a variety
    /// (`pa-Guru`) only by that one, since a letter in Gurmukhi cannot be read by someone who reads only Shahmukhi,
    /// and a volunteer who gave just `pa` has not said which they read.
    pub fn satisfies(&self, need: &Language) -> bool {
        self == need || (need.code() == need.base() && self.base() == need.code())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Language::parse(&text).map_err(serde::de::Error::custom)
    }
}

keyed_enum!(
    /// A part of a day, as volunteers say when they are free.
    PartOfDay, "a part of the day" {
        /// 8am to noon.
        Morning = "morning",
        /// Noon to 5pm.
        Afternoon = "afternoon",
        /// 5pm to 9pm.
        Evening = "evening",
    }
);

impl PartOfDay {
    /// The part of the day an hour (0 to 23) falls in; none from 9pm to 8am, when Kith asks no one to help.
    pub fn of_hour(hour: u32) -> Option<PartOfDay> {
        match hour {
            8..=11 => Some(PartOfDay::Morning),
            12..=16 => Some(PartOfDay::Afternoon),
            17..=20 => Some(PartOfDay::Evening),
            _ => None,
        }
    }
}

/// The days of the week from Monday: each day's key (as slot keys begin) and name.
const DAYS: [(Weekday, &str, &str); 7] = [
    (Weekday::Mon, "mon", "Monday"),
    (Weekday::Tue, "tue", "Tuesday"),
    (Weekday::Wed, "wed", "Wednesday"),
    (Weekday::Thu, "thu", "Thursday"),
    (Weekday::Fri, "fri", "Friday"),
    (Weekday::Sat, "sat", "Saturday"),
    (Weekday::Sun, "sun", "Sunday"),
];

/// One part of one day of the week: Monday morning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slot {
    pub day: Weekday,
    pub part: PartOfDay,
}

/// Why a slot's key could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a time of the week: a day and a part of it, like mon-morning or sat-evening")]
pub struct SlotError(pub String);

impl Slot {
    /// The slot of `date` in `part` of the day.
    pub fn on(date: NaiveDate, part: PartOfDay) -> Slot {
        Slot { day: date.weekday(), part }
    }

    /// Reads a key like `mon-morning`, in any case.
    pub fn parse(key: &str) -> Result<Slot, SlotError> {
        let refuse = || SlotError(key.trim().chars().take(32).collect());
        let lower = key.trim().to_ascii_lowercase();
        let (day, part) = lower.split_once('-').ok_or_else(refuse)?;
        let day = DAYS.iter().find(|(_, k, _)| *k == day).ok_or_else(refuse)?.0;
        let part = PartOfDay::try_from(part).map_err(|_| refuse())?;
        Ok(Slot { day, part })
    }

    /// Its bit in an [`Availability`]: three for each day from Monday, in the order morning, afternoon, evening.
    fn index(self) -> u32 {
        self.day.num_days_from_monday() * 3 + self.part as u32
    }

    /// `mon-morning`.
    pub fn key(self) -> String {
        format!("{}-{}", DAYS[self.day.num_days_from_monday() as usize].1, self.part.as_str())
    }

    /// "Monday morning".
    pub fn words(self) -> String {
        format!("{} {}", DAYS[self.day.num_days_from_monday() as usize].2, self.part.as_str())
    }
}

/// When in the week a volunteer is free, or a task may be done: a set of the 21 [`Slot`]s (seven days, three parts
/// of each), held as the low 21 bits of a number, bit `3 × day + part` with Monday as day 0 and the parts in the
/// order morning, afternoon, evening. So the bits run from 0 ([`Availability::NONE`]) to 2²¹ − 1
/// ([`Availability::ANY`]), and nothing else is an availability. Written as the list of its slots' keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Availability(u32);

impl Availability {
    pub const NONE: Availability = Availability(0);
    /// Every part of every day.
    pub const ANY: Availability = Availability((1 << 21) - 1);

    /// The availability with these bits, if they are from 0 to 2²¹ − 1.
    pub fn from_bits(bits: u32) -> Option<Availability> {
        (bits & !Self::ANY.0 == 0).then_some(Availability(bits))
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    /// Reads slot keys separated by commas or spaces: `"mon-morning, sat-evening"`. No keys is no time at all.
    pub fn parse(text: &str) -> Result<Availability, SlotError> {
        Self::parse_keys(text.split(|c: char| c == ',' || c.is_whitespace()).filter(|k| !k.is_empty()))
    }

    /// Reads a list of slot keys, as a form's ticked boxes send them.
    pub fn parse_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<Availability, SlotError> {
        keys.into_iter().try_fold(Availability::NONE, |a, key| Ok(a.with(Slot::parse(key)?)))
    }

    pub fn with(self, slot: Slot) -> Availability {
        Availability(self.0 | 1 << slot.index())
    }

    pub fn contains(self, slot: Slot) -> bool {
        self.0 & 1 << slot.index() != 0
    }

    /// Whether there is a time in both: a volunteer free when a task may be done.
    pub fn overlaps(self, other: Availability) -> bool {
        self.0 & other.0 != 0
    }

    pub fn intersection(self, other: Availability) -> Availability {
        Availability(self.0 & other.0)
    }

    pub fn union(self, other: Availability) -> Availability {
        Availability(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The slots from Monday morning to Sunday evening.
    pub fn slots(self) -> impl Iterator<Item = Slot> {
        DAYS.iter()
            .flat_map(|(day, _, _)| PartOfDay::ALL.iter().map(|part| Slot { day: *day, part: *part }))
            .filter(move |slot| self.contains(*slot))
    }
}

/// "any time", "no time", or the slots: "Monday morning, Saturday evening".
impl fmt::Display for Availability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Availability::ANY {
            return f.write_str("any time");
        }
        if self.is_empty() {
            return f.write_str("no time");
        }
        let words: Vec<String> = self.slots().map(Slot::words).collect();
        f.write_str(&words.join(", "))
    }
}

impl Serialize for Availability {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.slots().map(Slot::key))
    }
}

impl<'de> Deserialize<'de> for Availability {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let keys = Vec::<String>::deserialize(deserializer)?;
        Availability::parse_keys(keys.iter().map(String::as_str)).map_err(serde::de::Error::custom)
    }
}

keyed_enum!(
    /// How soon help is needed.
    Urgency, "an urgency" {
        Today = "today",
        ThisWeek = "this_week",
        Whenever = "whenever",
    }
);

impl Urgency {
    /// How much doing the task counts for when a surge's tasks are shared out: a task left without a volunteer
    /// costs its weight times a penalty larger than any saving in travel, so the most urgent work is done first.
    /// (Only the order of the weights decides which tasks are done; see `assignment`.)
    pub fn weight(self) -> u32 {
        match self {
            Urgency::Today => 3,
            Urgency::ThisWeek => 2,
            Urgency::Whenever => 1,
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Urgency::Today => "today",
            Urgency::ThisWeek => "this week",
            Urgency::Whenever => "whenever suits",
        }
    }
}

keyed_enum!(
    /// Where a task is in its life.
    TaskState, "a task's state" {
        /// Waiting for a volunteer.
        Open = "open",
        /// Offered to one volunteer, waiting for their answer.
        Offered = "offered",
        /// A volunteer has said they will do it.
        Accepted = "accepted",
        Done = "done",
        /// No longer needed.
        Cancelled = "cancelled",
    }
);

impl TaskState {
    pub fn words(self) -> &'static str {
        match self {
            TaskState::Open => "waiting for a volunteer",
            TaskState::Offered => "offered to a volunteer",
            TaskState::Accepted => "accepted by a volunteer",
            TaskState::Done => "done",
            TaskState::Cancelled => "cancelled",
        }
    }

    /// Done or cancelled: nothing more happens to it.
    pub fn is_final(self) -> bool {
        matches!(self, TaskState::Done | TaskState::Cancelled)
    }
}

keyed_enum!(
    /// What someone asks to happen to a task.
    Move, "a move of a task" {
        /// A coordinator (or the batch assignment) offers it to a volunteer.
        Offer = "offer",
        /// The volunteer says yes.
        Accept = "accept",
        /// The volunteer says no: it goes back to the queue.
        Decline = "decline",
        /// The offer is taken back, by a coordinator or because no answer came in time: back to the queue.
        Withdraw = "withdraw",
        Complete = "complete",
        /// The volunteer could not do it after all (ill, no one answered the door): back to the queue.
        CouldNotComplete = "could_not_complete",
        Cancel = "cancel",
    }
);

impl Move {
    /// The move as a sentence ends: "cannot be offered".
    pub fn words(self) -> &'static str {
        match self {
            Move::Offer => "offered",
            Move::Accept => "accepted",
            Move::Decline => "declined",
            Move::Withdraw => "withdrawn",
            Move::Complete => "completed",
            Move::CouldNotComplete => "given back as not completed",
            Move::Cancel => "cancelled",
        }
    }
}

/// Every move a task may make: from a state, by a move, to a state. Nothing else is allowed. A declined, withdrawn
/// or uncompleted task goes back to open, to be offered again; done and cancelled are final.
pub const MOVES: &[(TaskState, Move, TaskState)] = {
    use TaskState::*;
    &[
        (Open, Move::Offer, Offered),
        (Offered, Move::Accept, Accepted),
        (Offered, Move::Decline, Open),
        (Offered, Move::Withdraw, Open),
        (Accepted, Move::Complete, Done),
        (Accepted, Move::CouldNotComplete, Open),
        (Open, Move::Cancel, Cancelled),
        (Offered, Move::Cancel, Cancelled),
        (Accepted, Move::Cancel, Cancelled),
    ]
};

/// A move the table does not allow from where the task is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("A task that is {} cannot be {}", .from.words(), .by.words())]
pub struct NotAllowed {
    pub from: TaskState,
    pub by: Move,
}

impl TaskState {
    /// Where `by` takes a task from here, if the table allows it.
    pub fn after(self, by: Move) -> Result<TaskState, NotAllowed> {
        MOVES
            .iter()
            .find(|(from, m, _)| *from == self && *m == by)
            .map(|(_, _, to)| *to)
            .ok_or(NotAllowed { from: self, by })
    }

    /// Whether some move takes a task from here to `to`.
    pub fn can_move(self, to: TaskState) -> bool {
        MOVES.iter().any(|(from, _, target)| *from == self && *target == to)
    }
}

keyed_enum!(
    /// Where a volunteer stands. Only a ready volunteer is offered tasks.
    VolunteerState, "a volunteer's state" {
        /// Checked and taking tasks.
        Ready = "ready",
        /// Joined during a surge: on the list, called on by a coordinator when the ready are not enough.
        Standby = "standby",
        /// Waiting for references or a DBS check.
        AwaitingChecks = "awaiting_checks",
        /// Not taking tasks for now (away, ill, busy): they pause and resume themselves.
        Paused = "paused",
    }
);

impl VolunteerState {
    pub fn words(self) -> &'static str {
        match self {
            VolunteerState::Ready => "ready",
            VolunteerState::Standby => "on standby",
            VolunteerState::AwaitingChecks => "waiting for checks",
            VolunteerState::Paused => "paused",
        }
    }
}

keyed_enum!(
    /// What an organisation asks volunteers for.
    OpportunityKind, "a kind of opportunity" {
        /// A role with regular hours, week after week.
        Regular = "regular",
        /// A task done once.
        OneOff = "one_off",
    }
);

impl OpportunityKind {
    pub fn words(self) -> &'static str {
        match self {
            OpportunityKind::Regular => "Regular role",
            OpportunityKind::OneOff => "One-off task",
        }
    }
}

keyed_enum!(
    /// Who a request's help is for, as safeguarding sees them: with whether the volunteer goes into the home, it
    /// decides the check the task needs (`need_for`).
    Vulnerability, "who the help is for" {
        /// An adult not known to be at risk.
        Adult = "adult",
        /// An adult at risk: with care and support needs that leave them unable to protect themselves.
        AdultAtRisk = "adult_at_risk",
        /// A child or young person under 18.
        Child = "child",
    }
);

impl Vulnerability {
    pub fn words(self) -> &'static str {
        match self {
            Vulnerability::Adult => "An adult",
            Vulnerability::AdultAtRisk => "An adult at risk",
            Vulnerability::Child => "A child or young person",
        }
    }
}

/// The DBS check a task needs, by the house policy: any task with a child needs an enhanced check with the barred
/// list for the children's workforce; a visit into the home of an adult at risk needs an enhanced check for the
/// adult workforce, and other help for them a basic check; a visit into an adult's home needs a basic check; help
/// that does not go into an adult's home (shopping left at the door, a welfare call) needs none. A coordinator may
/// ask for more on a request; never less.
pub fn need_for(person: Vulnerability, in_home: bool) -> Option<dbs::Need> {
    use dbs::{DbsLevel, Need, Workforce};
    match (person, in_home) {
        (Vulnerability::Child, _) => Some(Need { level: DbsLevel::EnhancedBarred, workforce: Workforce::Children }),
        (Vulnerability::AdultAtRisk, true) => Some(Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults }),
        (Vulnerability::AdultAtRisk, false) | (Vulnerability::Adult, true) => {
            Some(Need { level: DbsLevel::Basic, workforce: Workforce::Adults })
        }
        (Vulnerability::Adult, false) => None,
    }
}

/// A request's reference: `HR-` and its number.
pub fn reference(number: i64) -> String {
    format!("HR-{number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Language {
        Language::parse(code).unwrap()
    }

    #[test]
    fn a_home_visit_to_an_adult_at_risk_needs_an_enhanced_check_for_the_adult_workforce() {
        use dbs::{DbsLevel, Need, Workforce};
        assert_eq!(
            need_for(Vulnerability::AdultAtRisk, true),
            Some(Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults })
        );
        assert_eq!(need_for(Vulnerability::AdultAtRisk, false).map(|n| n.level), Some(DbsLevel::Basic));
        assert_eq!(need_for(Vulnerability::Adult, false), None, "shopping left at an adult's door needs no check");
        assert_eq!(need_for(Vulnerability::Child, false).map(|n| n.workforce), Some(Workforce::Children));
    }

    #[test]
    fn every_skill_has_a_label_and_a_key_that_reads_back() {
        for skill in Skill::ALL {
            assert!(!skill.label().is_empty());
            assert_eq!(Skill::try_from(skill.as_str()), Ok(*skill));
        }
        assert_eq!(Skill::Prescriptions.label(), "Collecting prescriptions");
        assert!(Skill::try_from("juggling").is_err());
    }

    #[test]
    fn a_skill_set_covers_a_need_only_when_it_has_every_skill_of_it() {
        let offered = Skills::of(&[Skill::Shopping, Skill::Driving]);
        assert!(offered.covers(Skills::of(&[Skill::Driving])));
        assert!(offered.covers(Skills::EMPTY));
        assert!(!offered.covers(Skills::of(&[Skill::Driving, Skill::FirstAid])));
        assert_eq!(Skills::of(&[Skill::Driving, Skill::FirstAid]).without(offered), Skills::of(&[Skill::FirstAid]));
        assert_eq!(offered.to_string(), "Shopping, Driving");
        assert_eq!(offered.len(), 2);
    }

    #[test]
    fn skill_bits_beyond_the_vocabulary_are_refused() {
        let all = Skills::from_iter(Skill::ALL.iter().copied());
        assert_eq!(Skills::from_bits(all.bits()), Some(all));
        assert_eq!(Skills::from_bits(1 << Skill::ALL.len()), None);
    }

    #[test]
    fn language_codes_are_read_in_any_case_and_with_either_separator() {
        assert_eq!(lang("PA_guru").code(), "pa-Guru");
        assert_eq!(lang(" ur ").name(), "Urdu");
        assert_eq!(lang("BSL"), lang("bfi"));
        assert_eq!(lang("yue").code(), "zh-yue");
        assert_eq!(Language::parse(""), Err(LanguageError::Empty));
        assert_eq!(Language::parse("xx"), Err(LanguageError::Unknown("xx".to_owned())));
    }

    #[test]
    fn the_table_says_which_languages_are_written_right_to_left() {
        let rtl: Vec<&str> = Language::all().filter(|l| l.is_right_to_left()).map(Language::code).collect();
        assert_eq!(rtl, ["ur", "pa-Arab", "ar", "ku-Arab", "fa", "ps"]);
        assert!(lang("bfi").is_signed() && !lang("bfi").is_right_to_left());
    }

    #[test]
    fn every_code_in_the_table_reads_back_as_itself_and_is_unique() {
        for (i, known) in LANGUAGES.iter().enumerate() {
            assert_eq!(Language::parse(known.code).map(Language::index), Ok(i), "{}", known.code);
        }
        assert!(LANGUAGES.len() <= usize::from(u8::MAX));
    }

    #[test]
    fn a_need_of_a_bare_language_is_met_by_any_of_its_scripts() {
        let punjabi = lang("pa");
        assert!(lang("pa-Guru").satisfies(&punjabi));
        assert!(lang("pa-Arab").satisfies(&punjabi));
        assert!(punjabi.satisfies(&punjabi));
        assert!(!lang("ur").satisfies(&punjabi));
    }

    #[test]
    fn a_need_that_names_a_script_is_met_only_by_that_script() {
        let gurmukhi = lang("pa-Guru");
        assert!(lang("pa-Guru").satisfies(&gurmukhi));
        assert!(!lang("pa-Arab").satisfies(&gurmukhi));
        assert!(!lang("pa").satisfies(&gurmukhi), "a volunteer who gave just Punjabi has not said which script");
        assert!(!lang("zh-cmn").satisfies(&lang("zh-yue")));
        assert!(lang("zh-cmn").satisfies(&lang("zh")));
    }

    #[test]
    fn slot_keys_are_a_day_and_a_part_of_it() {
        let slot = Slot::parse(" Mon-Morning ").unwrap();
        assert_eq!(slot, Slot { day: Weekday::Mon, part: PartOfDay::Morning });
        assert_eq!(slot.key(), "mon-morning");
        assert_eq!(Slot::parse("sun-evening").unwrap().words(), "Sunday evening");
        for bad in ["", "mon", "monday-morning", "mon-night", "-morning", "mon-morning-extra"] {
            assert!(Slot::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_availability_is_any_of_the_twenty_one_slots_and_nothing_else() {
        assert_eq!(Availability::ANY.len(), 21);
        assert_eq!(Availability::ANY.slots().count(), 21);
        assert_eq!(Availability::from_bits(Availability::ANY.bits()), Some(Availability::ANY));
        assert_eq!(Availability::from_bits(1 << 21), None);
        let first = Availability::ANY.slots().next().unwrap();
        assert_eq!(first.key(), "mon-morning");
        assert_eq!(Availability::ANY.slots().last().unwrap().key(), "sun-evening");
    }

    #[test]
    fn availabilities_overlap_when_they_share_a_slot() {
        let weekends = Availability::parse("sat-morning, sat-afternoon sun-morning").unwrap();
        let saturday = Availability::parse("sat-afternoon").unwrap();
        assert!(weekends.overlaps(saturday));
        assert!(!weekends.overlaps(Availability::parse("mon-morning").unwrap()));
        assert!(!weekends.overlaps(Availability::NONE));
        assert_eq!(saturday.to_string(), "Saturday afternoon");
        assert_eq!(Availability::parse(""), Ok(Availability::NONE));
        assert!(Availability::parse("sat-afternoon, funday").is_err());
    }

    #[test]
    fn a_date_and_an_hour_fall_in_a_slot_and_night_in_none() {
        let friday = NaiveDate::from_ymd_opt(2026, 5, 15).unwrap();
        let slot = Slot::on(friday, PartOfDay::of_hour(14).unwrap());
        assert_eq!(slot.key(), "fri-afternoon");
        assert_eq!(PartOfDay::of_hour(8), Some(PartOfDay::Morning));
        assert_eq!(PartOfDay::of_hour(20), Some(PartOfDay::Evening));
        assert_eq!(PartOfDay::of_hour(21), None);
        assert_eq!(PartOfDay::of_hour(99), None);
    }

    /// Reads a list of keys as a store or a JSON body gives them.
    fn from_keys<'de, T: Deserialize<'de>>(keys: &[&'de str]) -> Result<T, serde::de::value::Error> {
        use serde::de::IntoDeserializer;
        T::deserialize(keys.to_vec().into_deserializer())
    }

    #[test]
    fn skills_and_availability_are_read_from_their_keys_and_bad_keys_refused() {
        assert_eq!(
            from_keys::<Skills>(&["shopping", "driving"]).unwrap(),
            Skills::of(&[Skill::Shopping, Skill::Driving])
        );
        assert_eq!(from_keys::<Availability>(&["tue-evening"]).unwrap(), Availability::parse("tue-evening").unwrap());
        assert_eq!(from_keys::<Vec<Language>>(&["pa-guru"]).unwrap(), vec![lang("pa-Guru")]);
        assert!(from_keys::<Skills>(&["juggling"]).is_err());
        assert!(from_keys::<Availability>(&["tue-night"]).is_err());
    }

    #[test]
    fn the_task_table_allows_each_move_only_from_its_states() {
        use TaskState::*;
        assert_eq!(Open.after(Move::Offer), Ok(Offered));
        assert_eq!(Offered.after(Move::Accept), Ok(Accepted));
        assert_eq!(Accepted.after(Move::Complete), Ok(Done));
        assert!(Open.after(Move::Accept).is_err(), "not offered to anyone");
        assert!(Open.after(Move::Complete).is_err(), "no one has taken it");
        assert_eq!(
            Open.after(Move::Complete).unwrap_err().to_string(),
            "A task that is waiting for a volunteer cannot be completed"
        );
    }

    #[test]
    fn a_declined_withdrawn_or_uncompleted_task_goes_back_to_the_queue() {
        use TaskState::*;
        assert_eq!(Offered.after(Move::Decline), Ok(Open));
        assert_eq!(Offered.after(Move::Withdraw), Ok(Open));
        assert_eq!(Accepted.after(Move::CouldNotComplete), Ok(Open));
        assert!(Open.can_move(Offered) && Accepted.can_move(Open));
        assert!(!Open.can_move(Done));
    }

    #[test]
    fn done_and_cancelled_tasks_move_no_further() {
        for last in [TaskState::Done, TaskState::Cancelled] {
            assert!(last.is_final());
            for m in Move::ALL {
                assert!(last.after(*m).is_err(), "{last:?} by {m:?}");
            }
        }
        assert_eq!(TaskState::Accepted.after(Move::Cancel), Ok(TaskState::Cancelled));
    }

    #[test]
    fn more_urgent_work_weighs_more() {
        assert!(Urgency::Today.weight() > Urgency::ThisWeek.weight());
        assert!(Urgency::ThisWeek.weight() > Urgency::Whenever.weight());
        assert!(Urgency::Whenever.weight() > 0);
    }
}
