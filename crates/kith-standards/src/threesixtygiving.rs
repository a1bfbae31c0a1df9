//! The 360Giving Data Standard 1.4.3 for the small grants a council awards through Kith: a grants package in JSON,
//! the same grants as 360Giving's spreadsheet CSV, the data-quality checks 360Giving's Data Quality Tool (CoVE)
//! applies, and validation against the standard's two schemas, which the binary carries.
//!
//! Pure and on its own: no I/O, no clock (the caller says what day it is) and nothing from the rest of Kith, whose
//! grants code maps its records into [`Grant`]. It never publishes a grant to an individual: there is no way to pass
//! one, as every [`Recipient`] is an organisation or an unconstituted group, so no `recipientIndividual` is ever
//! written. A grant to a person must be left out by the caller, never dressed up as a group.

use std::borrow::Cow;
use std::collections::HashSet;

use chrono::{Months, NaiveDate};
use serde_json::{Map, Value};

/// One grant (`360-giving-schema.json`), from the standard's tag 1.4.3 in the shared standards folder.
const GRANT_SCHEMA: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/standards/360giving/360-giving-schema.json"));
/// The file, `{"grants": [...]}` (`360-giving-package-schema.json`).
const PACKAGE_SCHEMA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/standards/360giving/360-giving-package-schema.json"
));

/// The council publishing, and the city its grants benefit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// The publisher's 360Giving prefix, which starts every grant identifier: `360G-kith-birmingham`.
    pub prefix: String,
    /// The council's organisation identifier: `GB-LAE-BIR`.
    pub funder_id: String,
    pub funder_name: String,
    /// The ONS code of the city, a metropolitan district: `E08000025`.
    pub city_code: String,
    pub city_name: String,
}

/// Who was paid, identified as 360Giving asks: from an official register when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// A charity registered in England and Wales: `GB-CHC-{number}`.
    Charity { number: String },
    /// A company at Companies House (a CIC, a company limited by guarantee): `GB-COH-{number}`.
    Company { number: String },
    /// A local authority, by its code in the `GB-LAE` register (`BIR`): `GB-LAE-{code}`.
    Council { code: String },
    /// An unconstituted group with no register to cite: `{prefix}-org-{key}`, under the publisher's own prefix as
    /// 360Giving advises. `key` must stay the same for the group from one grant and one export to the next.
    Unregistered { key: String },
}

impl Recipient {
    /// The organisation identifier 360Giving publishes for this recipient.
    pub fn identifier(&self, publisher: &Publisher) -> String {
        match self {
            Recipient::Charity { number } => format!("GB-CHC-{number}"),
            Recipient::Company { number } => format!("GB-COH-{number}"),
            Recipient::Council { code } => format!("GB-LAE-{code}"),
            Recipient::Unregistered { key } => format!("{}-org-{key}", publisher.prefix),
        }
    }
}

/// An awarded grant, as Kith's grants code hands it over. Never a grant to an individual (see the module's note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// Kith's reference, unique for the publisher; the grant is published as `{prefix}-{reference}`.
    pub reference: String,
    pub title: String,
    pub description: String,
    /// In pence: 25050 is £250.50.
    pub amount_pence: i64,
    pub award_date: NaiveDate,
    /// The organisation paid. For a grant paid through a fiscal host this is the host, not the group it holds the
    /// money for: 360Giving's regranting guidance allows the regrant type only when the Recipient Org fields name
    /// the fiscal sponsor. Name the group in the title or description.
    pub recipient: Recipient,
    pub recipient_name: String,
    /// The ward that benefits, if the grant is for one: (ONS code `E05…`, name).
    pub ward: Option<(String, String)>,
    /// The fund or round the grant was made from: (code, title).
    pub programme: (String, String),
    /// Whether the grant followed an open call for applications.
    pub from_open_call: bool,
    /// Paid to a fiscal host for the group it holds the money for: published as regrant type FRG050, "Fiscal
    /// sponsor". `recipient` must then be the host.
    pub via_fiscal_host: bool,
    pub planned_start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
}

impl Grant {
    fn identifier(&self, publisher: &Publisher) -> String {
        format!("{}-{}", publisher.prefix, self.reference)
    }
}

/// A place that benefits: (name, ONS code, 360Giving geoCodeType).
type Location<'a> = (&'a str, &'a str, &'static str);

/// The ward when it is known (`WD`, an electoral ward), then always the city (`MD`, a metropolitan district).
fn beneficiary_locations<'a>(publisher: &'a Publisher, grant: &'a Grant) -> impl Iterator<Item = Location<'a>> {
    let ward = grant.ward.as_ref().map(|(code, name)| (name.as_str(), code.as_str(), "WD"));
    ward.into_iter().chain([(publisher.city_name.as_str(), publisher.city_code.as_str(), "MD")])
}

/// The 360Giving regrant type for a grant paid through a fiscal host ("Fiscal sponsor" in `regrantType.csv`).
const FISCAL_SPONSOR: &str = "FRG050";

/// The grants as a 360Giving package, `{"grants": [...]}`, each grant shaped as `360-giving-schema.json` asks.
/// An empty list gives `{"grants": []}`, which the package schema refuses (it wants at least one grant): publish
/// nothing rather than an empty file.
pub fn package(publisher: &Publisher, grants: &[Grant]) -> Value {
    let grants = grants.iter().map(|grant| grant_json(publisher, grant)).collect();
    object([("grants", Value::Array(grants))])
}

/// The same package as [`package`], written straight to JSON text from borrowed values: no `Value` is built, which
/// for 50,000 grants saves most of the time (the export serves this; validation reads `package`'s `Value`).
pub fn package_json(publisher: &Publisher, grants: &[Grant]) -> String {
    let out = PackageOut { grants: grants.iter().map(|g| GrantOut::of(publisher, g)).collect() };
    serde_json::to_string(&out).expect("grants serialise: every field is text, a number or a list of them")
}

#[derive(serde::Serialize)]
struct PackageOut<'a> {
    grants: Vec<GrantOut<'a>>,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum Amount {
    Whole(i64),
    Pounds(f64),
}

#[derive(serde::Serialize)]
struct NameCode<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    name: &'a str,
    #[serde(rename = "charityNumber", skip_serializing_if = "Option::is_none")]
    charity_number: Option<&'a str>,
    #[serde(rename = "companyNumber", skip_serializing_if = "Option::is_none")]
    company_number: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct LocationOut<'a> {
    name: &'a str,
    #[serde(rename = "geoCode")]
    geo_code: &'a str,
    #[serde(rename = "geoCodeType")]
    geo_code_type: &'a str,
}

#[derive(serde::Serialize)]
struct ProgrammeOut<'a> {
    code: &'a str,
    title: &'a str,
}

#[derive(serde::Serialize)]
struct PlannedOut {
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    end: Option<String>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct GrantOut<'a> {
    id: String,
    title: &'a str,
    description: &'a str,
    currency: &'static str,
    amount_awarded: Amount,
    award_date: String,
    recipient_organization: [NameCode<'a>; 1],
    funding_organization: [NameCode<'a>; 1],
    beneficiary_location: Vec<LocationOut<'a>>,
    from_open_call: &'static str,
    grant_programme: [ProgrammeOut<'a>; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    regrant_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned_dates: Option<[PlannedOut; 1]>,
}

impl<'a> GrantOut<'a> {
    fn of(publisher: &'a Publisher, grant: &'a Grant) -> Self {
        let (charity_number, company_number) = match &grant.recipient {
            Recipient::Charity { number } => (Some(number.as_str()), None),
            Recipient::Company { number } => (None, Some(number.as_str())),
            Recipient::Council { .. } | Recipient::Unregistered { .. } => (None, None),
        };
        let planned = (grant.planned_start.is_some() || grant.planned_end.is_some())
            .then(|| [PlannedOut { start: grant.planned_start.map(date), end: grant.planned_end.map(date) }]);
        GrantOut {
            id: grant.identifier(publisher),
            title: &grant.title,
            description: &grant.description,
            currency: "GBP",
            amount_awarded: if grant.amount_pence % 100 == 0 {
                Amount::Whole(grant.amount_pence / 100)
            } else {
                Amount::Pounds(grant.amount_pence as f64 / 100.0)
            },
            award_date: date(grant.award_date),
            recipient_organization: [NameCode {
                id: Some(grant.recipient.identifier(publisher)),
                name: &grant.recipient_name,
                charity_number,
                company_number,
            }],
            funding_organization: [NameCode {
                id: Some(publisher.funder_id.clone()),
                name: &publisher.funder_name,
                charity_number: None,
                company_number: None,
            }],
            beneficiary_location: beneficiary_locations(publisher, grant)
                .map(|(name, geo_code, geo_code_type)| LocationOut { name, geo_code, geo_code_type })
                .collect(),
            from_open_call: if grant.from_open_call { "Yes" } else { "No" },
            grant_programme: [ProgrammeOut { code: &grant.programme.0, title: &grant.programme.1 }],
            regrant_type: grant.via_fiscal_host.then_some(FISCAL_SPONSOR),
            planned_dates: planned,
        }
    }
}

/// A JSON object from its fields, moved in: `json!` would copy every value through serde, which for 50,000
/// grants costs most of a second.
fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Object(fields.into_iter().map(|(key, value)| (key.to_owned(), value)).collect())
}

fn text(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn grant_json(publisher: &Publisher, grant: &Grant) -> Value {
    let mut recipient = Map::new();
    recipient.insert("id".into(), grant.recipient.identifier(publisher).into());
    recipient.insert("name".into(), text(&grant.recipient_name));
    // 360Giving asks for the register's number beside the identifier, so users can match official records.
    match &grant.recipient {
        Recipient::Charity { number } => recipient.insert("charityNumber".into(), text(number)),
        Recipient::Company { number } => recipient.insert("companyNumber".into(), text(number)),
        Recipient::Council { .. } | Recipient::Unregistered { .. } => None,
    };
    let locations = beneficiary_locations(publisher, grant)
        .map(|(name, code, kind)| object([("name", text(name)), ("geoCode", text(code)), ("geoCodeType", text(kind))]))
        .collect();
    let funder = object([("id", text(&publisher.funder_id)), ("name", text(&publisher.funder_name))]);
    let programme = object([("code", text(&grant.programme.0)), ("title", text(&grant.programme.1))]);
    let mut out = Map::new();
    out.insert("id".into(), grant.identifier(publisher).into());
    out.insert("title".into(), text(&grant.title));
    out.insert("description".into(), text(&grant.description));
    out.insert("currency".into(), text("GBP"));
    out.insert("amountAwarded".into(), pounds(grant.amount_pence));
    out.insert("awardDate".into(), date(grant.award_date).into());
    out.insert("recipientOrganization".into(), Value::Array(vec![Value::Object(recipient)]));
    out.insert("fundingOrganization".into(), Value::Array(vec![funder]));
    out.insert("beneficiaryLocation".into(), Value::Array(locations));
    out.insert("fromOpenCall".into(), text(if grant.from_open_call { "Yes" } else { "No" }));
    out.insert("grantProgramme".into(), Value::Array(vec![programme]));
    if grant.via_fiscal_host {
        out.insert("regrantType".into(), text(FISCAL_SPONSOR));
    }
    if grant.planned_start.is_some() || grant.planned_end.is_some() {
        let mut planned = Map::new();
        if let Some(start) = grant.planned_start {
            planned.insert("startDate".into(), date(start).into());
        }
        if let Some(end) = grant.planned_end {
            planned.insert("endDate".into(), date(end).into());
        }
        out.insert("plannedDates".into(), Value::Array(vec![Value::Object(planned)]));
    }
    Value::Object(out)
}

/// YYYY-MM-DD.
fn date(day: NaiveDate) -> String {
    day.to_string()
}

/// Pounds as a JSON number: whole pounds as an integer, otherwise pence over a hundred. Both are exact integers
/// below 2^53 and the division is correctly rounded, so the number is the nearest double to the amount and prints
/// as it: 25050 is 250.5, 1999 is 19.99.
fn pounds(pence: i64) -> Value {
    if pence % 100 == 0 { Value::from(pence / 100) } else { Value::from(pence as f64 / 100.0) }
}

/// Pounds as text, from integers: 25050 is `250.50`, 30000 is `300`.
fn pounds_text(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let pence = pence.unsigned_abs();
    if pence.is_multiple_of(100) {
        format!("{sign}{}", pence / 100)
    } else {
        format!("{sign}{}.{:02}", pence / 100, pence % 100)
    }
}

/// The CSV's columns: the titles the schema gives its fields, joined by colons as 360Giving's spreadsheets (read by
/// flatten-tool) expect. Recipient, funder, programme and planned dates are one each, so their titles name the
/// first of the list ("Recipient Org:Identifier"). A grant has up to two beneficiary locations, the ward and the
/// city; 360Giving's convention for more than one of a list on the grants sheet is numbered sets of columns
/// starting at 0, so both are in the CSV as in the JSON: the ward (or the city, when no ward is known) in set 0,
/// the city in set 1 when set 0 is the ward.
pub const CSV_COLUMNS: [&str; 24] = [
    "Identifier",
    "Title",
    "Description",
    "Currency",
    "Amount Awarded",
    "Award Date",
    "Planned Dates:Start Date",
    "Planned Dates:End Date",
    "Recipient Org:Identifier",
    "Recipient Org:Name",
    "Recipient Org:Charity Number",
    "Recipient Org:Company Number",
    "Funding Org:Identifier",
    "Funding Org:Name",
    "Beneficiary Location:0:Name",
    "Beneficiary Location:0:Geographic Code",
    "Beneficiary Location:0:Geographic Code Type",
    "Beneficiary Location:1:Name",
    "Beneficiary Location:1:Geographic Code",
    "Beneficiary Location:1:Geographic Code Type",
    "Grant Programme:Code",
    "Grant Programme:Title",
    "From An Open Call?",
    "For Regrant Type",
];

const IN_MEMORY: &str = "writing CSV into memory cannot fail";

/// The grants as 360Giving's CSV, one row a grant under [`CSV_COLUMNS`]: RFC 4180 (CRLF line ends; a field with a
/// comma, a quote or a line break quoted, its quotes doubled), UTF-8. Free text (titles, descriptions, names) that
/// a spreadsheet would run as a formula is defused by a leading apostrophe; identifiers, codes, amounts and dates
/// are written as they are, so the CSV says what the JSON says.
pub fn csv(publisher: &Publisher, grants: &[Grant]) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(512 * (grants.len() + 1)));
    out.write_record(CSV_COLUMNS).expect(IN_MEMORY);
    let funder_name = spreadsheet_safe(&publisher.funder_name);
    for grant in grants {
        let locations: Vec<Location<'_>> = beneficiary_locations(publisher, grant).collect();
        let location = |index: usize| locations.get(index).copied().unwrap_or(("", "", ""));
        let (first, second) = (location(0), location(1));
        let (charity_number, company_number) = match &grant.recipient {
            Recipient::Charity { number } => (number.as_str(), ""),
            Recipient::Company { number } => ("", number.as_str()),
            Recipient::Council { .. } | Recipient::Unregistered { .. } => ("", ""),
        };
        let row: [Cow<'_, str>; CSV_COLUMNS.len()] = [
            grant.identifier(publisher).into(),
            spreadsheet_safe(&grant.title),
            spreadsheet_safe(&grant.description),
            "GBP".into(),
            pounds_text(grant.amount_pence).into(),
            date(grant.award_date).into(),
            grant.planned_start.map(date).unwrap_or_default().into(),
            grant.planned_end.map(date).unwrap_or_default().into(),
            grant.recipient.identifier(publisher).into(),
            spreadsheet_safe(&grant.recipient_name),
            charity_number.into(),
            company_number.into(),
            publisher.funder_id.as_str().into(),
            funder_name.clone(),
            spreadsheet_safe(first.0),
            first.1.into(),
            first.2.into(),
            spreadsheet_safe(second.0),
            second.1.into(),
            second.2.into(),
            spreadsheet_safe(&grant.programme.0),
            spreadsheet_safe(&grant.programme.1),
            (if grant.from_open_call { "Yes" } else { "No" }).into(),
            (if grant.via_fiscal_host { FISCAL_SPONSOR } else { "" }).into(),
        ];
        out.write_record(row.iter().map(|cell| cell.as_bytes())).expect(IN_MEMORY);
    }
    let bytes = out.into_inner().expect(IN_MEMORY);
    String::from_utf8(bytes).expect("every cell is a Rust string, so the CSV is UTF-8")
}

/// Text a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets
/// a leading apostrophe, as OWASP advises for CSV exports, so opening the file never runs what a grant's text says.
fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Something in a grant that 360Giving's Data Quality Tool would point out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The grant's `id` as published (empty if it has none).
    pub grant_id: String,
    /// Which check: one of the names listed at [`quality`].
    pub check: &'static str,
    /// What is wrong and what to do, in plain English.
    pub message: String,
}

/// The data-quality checks of 360Giving's Data Quality Tool (CoVE, `lib360dataquality/cove/threesixtygiving.py`)
/// that Kith's grants can fail, on a package (`{"grants": [...]}`) or a bare list of grants. The checks, by name:
///
/// - `zero-amount`, `negative-amount`: `amountAwarded` is 0 or less.
/// - `impossible-date`: the award date or a planned date is a day that does not exist (30 February). A plain date
///   like that passes the schema, so only this check catches it.
/// - `award-date-far-future`: awarded more than a year after `today`; `award-date-far-past`: before 1990. (CoVE's
///   own thresholds are any day after today and 25 years ago; these are Kith's, as a council's grants are
///   recorded when decided, and Kith's records do not go back beyond 1990.)
/// - `planned-end-before-start`.
/// - `title-same-as-description`, `title-too-long` (over 140 characters).
/// - `no-beneficiary-location`.
/// - `identifier-unexpected-characters`: the grant's, a funder's or a recipient's identifier holds a control
///   character. CoVE's rule is a line break, which breaks GrantNav; tabs and other control characters are as
///   invisible and are caught too. Spaces are not, as CoVE accepts them.
/// - `duplicate-identifier`: a second grant with an identifier already used in the file.
/// - `looks-like-email`: any text of the grant (title, description, names, …) holds something shaped like an email
///   address, by CoVE's pattern `[\w.-]+@[\w.-]+\.[\w.-]+`: possibly personal data.
///
/// Issues come grant by grant, in the file's order. Schema errors are [`Validator`]'s business, not these checks'.
pub fn quality(grants_json: &Value, today: NaiveDate) -> Vec<Issue> {
    let grants = grants_json.get("grants").unwrap_or(grants_json).as_array().map(Vec::as_slice).unwrap_or_default();
    let mut seen = HashSet::with_capacity(grants.len());
    let mut issues = Vec::new();
    for grant in grants {
        let id = grant["id"].as_str().unwrap_or_default();
        let mut issue = |check: &'static str, message: String| {
            issues.push(Issue { grant_id: id.to_owned(), check, message });
        };
        if !id.is_empty() && !seen.insert(id) {
            issue(
                "duplicate-identifier",
                format!("Another grant in this file already has the identifier {id}: each grant needs its own."),
            );
        }
        check_amount(grant, &mut issue);
        check_dates(grant, today, &mut issue);
        check_text(grant, &mut issue);
        if grant["beneficiaryLocation"].as_array().is_none_or(Vec::is_empty) {
            issue(
                "no-beneficiary-location",
                "The grant has no beneficiary location: give the ward or area that benefits, so the grant can be \
                 mapped and compared with official statistics."
                    .into(),
            );
        }
        check_identifiers(grant, &mut issue);
        check_emails(grant, &mut issue);
    }
    issues
}

fn check_amount(grant: &Value, issue: &mut impl FnMut(&'static str, String)) {
    let Some(amount) = grant["amountAwarded"].as_f64() else { return };
    if amount == 0.0 {
        issue(
            "zero-amount",
            "The grant is for £0. Check whether it belongs in the data; if it does, say why in its description.".into(),
        );
    } else if amount < 0.0 {
        issue(
            "negative-amount",
            format!(
                "The amount awarded is negative ({amount}). Publish the amount awarded, never a refund or a change."
            ),
        );
    }
}

/// What a date field holds, read the way the Data Quality Tool reads it: the day before any time.
enum Reading {
    Day(NaiveDate),
    /// Shaped like a date (YYYY-MM-DD) but no such day.
    Impossible,
    /// Not a full date (absent, or a year or a month, which planned dates allow); the schema judges its shape.
    NotADay,
}

fn read_day(value: &Value) -> Reading {
    let Some(text) = value.as_str() else { return Reading::NotADay };
    let day = text.split('T').next().unwrap_or_default();
    let bytes = day.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        return Reading::NotADay;
    }
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(day) => Reading::Day(day),
        Err(_) => Reading::Impossible,
    }
}

fn check_dates(grant: &Value, today: NaiveDate, issue: &mut impl FnMut(&'static str, String)) {
    let impossible = |what: &str, value: &Value| {
        format!("The {what} {value} is a day that does not exist (such as 30 February): check it for a typing error.")
    };
    match read_day(&grant["awardDate"]) {
        Reading::Impossible => issue("impossible-date", impossible("award date", &grant["awardDate"])),
        Reading::Day(day) => {
            let a_year_ahead = today.checked_add_months(Months::new(12)).unwrap_or(NaiveDate::MAX);
            if day > a_year_ahead {
                issue(
                    "award-date-far-future",
                    format!(
                        "The award date {day} is more than a year away. The award date is when the decision was \
                         made, so it is normally in the past: check the year."
                    ),
                );
            } else if day < NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or(NaiveDate::MIN) {
                issue(
                    "award-date-far-past",
                    format!("The award date {day} is before 1990: check the year for a typing error."),
                );
            }
        }
        Reading::NotADay => {}
    }
    for planned in grant["plannedDates"].as_array().into_iter().flatten() {
        let start = read_day(&planned["startDate"]);
        let end = read_day(&planned["endDate"]);
        if matches!(start, Reading::Impossible) {
            issue("impossible-date", impossible("planned start date", &planned["startDate"]));
        }
        if matches!(end, Reading::Impossible) {
            issue("impossible-date", impossible("planned end date", &planned["endDate"]));
        }
        if let (Reading::Day(start), Reading::Day(end)) = (start, end)
            && end < start
        {
            issue(
                "planned-end-before-start",
                format!("The planned end {end} is before the planned start {start}: are they the wrong way round?"),
            );
        }
    }
}

fn check_text(grant: &Value, issue: &mut impl FnMut(&'static str, String)) {
    let title = grant["title"].as_str().unwrap_or_default();
    let description = grant["description"].as_str().unwrap_or_default();
    if !title.is_empty() && title == description {
        issue(
            "title-same-as-description",
            "The title and the description are the same. A description that says more about what the grant is for \
             makes the data more useful."
                .into(),
        );
    }
    let length = title.chars().count();
    if length > 140 {
        issue(
            "title-too-long",
            format!(
                "The title is {length} characters long. Keep titles under 140 characters so people can quickly see \
                 what the grant is for; the detail belongs in the description."
            ),
        );
    }
}

fn check_identifiers(grant: &Value, issue: &mut impl FnMut(&'static str, String)) {
    let organisations = ["fundingOrganization", "recipientOrganization"]
        .into_iter()
        .flat_map(|list| grant[list].as_array().into_iter().flatten().map(move |org| (list, &org["id"])));
    let identifiers = [("grant", &grant["id"])].into_iter().chain(organisations);
    for (whose, id) in identifiers {
        let Some(id) = id.as_str() else { continue };
        if id.chars().any(char::is_control) {
            let whose = match whose {
                "fundingOrganization" => "funding organisation",
                "recipientOrganization" => "recipient organisation",
                _ => "grant",
            };
            issue(
                "identifier-unexpected-characters",
                format!(
                    "The {whose} identifier {id:?} contains a line break or another control character. 360Giving's \
                     tools, GrantNav among them, cannot show such a grant: remove the character."
                ),
            );
        }
    }
}

fn check_emails(grant: &Value, issue: &mut impl FnMut(&'static str, String)) {
    let mut path = String::new();
    each_text(grant, &mut path, &mut |field, text| {
        if looks_like_email(text) {
            issue(
                "looks-like-email",
                format!(
                    "{field} contains text that looks like an email address. An individual's email address is \
                     personal data: remove it before publishing, unless its owner agreed to its publication."
                ),
            );
        }
    });
}

/// Calls `visit` with the JSON pointer and text of every string in `value`, except under a key naming an email
/// field (the standard's `email`, which is meant to hold one), as CoVE does.
fn each_text(value: &Value, path: &mut String, visit: &mut dyn FnMut(&str, &str)) {
    let length = path.len();
    match value {
        Value::String(text) => visit(path, text),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push('/');
                path.push_str(&index.to_string());
                each_text(item, path, visit);
                path.truncate(length);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields.iter().filter(|(key, _)| !key.contains("email")) {
                path.push('/');
                path.push_str(key);
                each_text(item, path, visit);
                path.truncate(length);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// CoVE's pattern `[\w.-]+@[\w.-]+\.[\w.-]+`, by hand: an `@` after a word character, dot or hyphen, followed by a
/// run of them that holds a dot with at least one character either side of it.
fn looks_like_email(text: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '-');
    text.match_indices('@').any(|(at, _)| {
        let before = text[..at].chars().next_back().is_some_and(part);
        let mut dot = false;
        let after = text[at + 1..].chars().take_while(|&c| part(c)).enumerate().any(|(index, c)| {
            let complete = dot;
            dot |= c == '.' && index > 0;
            complete
        });
        before && after
    })
}

/// The package schema with the grant schema it refers to, compiled once. Format checking is on: without it
/// `awardDate`, a `oneOf` of a date-time format and a date pattern, refuses every plain date (both branches pass)
/// and lets a date-time on an impossible day through.
pub struct Validator {
    schema: jsonschema::Validator,
}

impl Validator {
    /// Compiles the schemas the binary carries. The package schema refers to the grant schema by its online 1.4.2
    /// address; that address is served from the carried 1.4.3 file and nothing is ever fetched. Both schemas
    /// declare draft 2020-12 by the non-canonical `http://` address, so the draft is set, not detected.
    pub fn new() -> Result<Self, String> {
        let grant: Value =
            serde_json::from_str(GRANT_SCHEMA).map_err(|e| format!("the 360Giving grant schema is not JSON: {e}"))?;
        let package: Value = serde_json::from_str(PACKAGE_SCHEMA)
            .map_err(|e| format!("the 360Giving package schema is not JSON: {e}"))?;
        let grant_address = package
            .pointer("/properties/grants/items/$ref")
            .and_then(Value::as_str)
            .ok_or("the 360Giving package schema does not refer to a grant schema")?;
        let draft = jsonschema::Draft::Draft202012;
        let registry = jsonschema::Registry::new()
            .add(grant_address, draft.create_resource(grant))
            .and_then(|registry| registry.prepare())
            .map_err(|e| format!("the 360Giving grant schema cannot be registered: {e}"))?;
        let schema = jsonschema::options()
            .with_draft(draft)
            .should_validate_formats(true)
            .with_registry(&registry)
            .build(&package)
            .map_err(|e| format!("the 360Giving package schema does not compile: {e}"))?;
        Ok(Validator { schema })
    }

    /// Every way `package` breaks the schemas, each as `{JSON pointer}: {what is wrong}`; empty when it conforms.
    pub fn validate(&self, package: &Value) -> Vec<String> {
        self.schema
            .iter_errors(package)
            .map(|error| {
                let path = error.instance_path().to_string();
                format!("{}: {error}", if path.is_empty() { "/" } else { &path })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_json_text_is_the_same_package_as_the_value() {
        let p = birmingham();
        let grants = sample();
        let text: Value = serde_json::from_str(&package_json(&p, &grants)).unwrap();
        assert_eq!(text, package(&p, &grants));
    }

    use std::sync::OnceLock;

    use serde_json::json;

    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    /// The day the quality checks run in these tests.
    fn today() -> NaiveDate {
        day(2026, 6, 1)
    }

    fn birmingham() -> Publisher {
        Publisher {
            prefix: "360G-kith-birmingham".into(),
            funder_id: "GB-LAE-BIR".into(),
            funder_name: "Birmingham City Council".into(),
            city_code: "E08000025".into(),
            city_name: "Birmingham".into(),
        }
    }

    fn charity_grant_in_a_ward() -> Grant {
        Grant {
            reference: "SG-1".into(),
            title: "Warm space at St Mary's hall".into(),
            description: "Heating and hot drinks for a weekly warm space through the winter.".into(),
            amount_pence: 25050,
            award_date: day(2026, 3, 2),
            recipient: Recipient::Charity { number: "1012345".into() },
            recipient_name: "St Mary's Community Trust".into(),
            ward: Some(("E05011151".into(), "Ladywood".into())),
            programme: ("NCF-2026".into(), "Neighbourhood Community Fund 2026".into()),
            from_open_call: true,
            via_fiscal_host: false,
            planned_start: Some(day(2026, 4, 1)),
            planned_end: Some(day(2026, 9, 30)),
        }
    }

    /// Money for an unconstituted group, paid to it directly.
    fn unregistered_group_grant() -> Grant {
        Grant {
            reference: "SG-2".into(),
            title: "Litter picks along the canal".into(),
            description: "Grabbers, bags and gloves for monthly litter picks.".into(),
            amount_pence: 30000,
            award_date: day(2026, 3, 9),
            recipient: Recipient::Unregistered { key: "canal-friends".into() },
            recipient_name: "Friends of the Canal".into(),
            ward: None,
            programme: ("NCF-2026".into(), "Neighbourhood Community Fund 2026".into()),
            from_open_call: false,
            via_fiscal_host: false,
            planned_start: None,
            planned_end: None,
        }
    }

    /// Money for an unconstituted group, paid to the charity that hosts it, which 360Giving names as the recipient.
    fn grant_through_a_fiscal_host() -> Grant {
        Grant {
            reference: "SG-3".into(),
            title: "Summer play days for Soho Road Parents".into(),
            description: "Held by the trust for the Soho Road Parents group: play days in the park in August.".into(),
            amount_pence: 120000,
            award_date: day(2026, 4, 20),
            recipient: Recipient::Charity { number: "1098765".into() },
            recipient_name: "Handsworth Community Trust".into(),
            ward: Some(("E05011168".into(), "Soho & Jewellery Quarter".into())),
            programme: ("NCF-2026".into(), "Neighbourhood Community Fund 2026".into()),
            from_open_call: true,
            via_fiscal_host: true,
            planned_start: Some(day(2026, 8, 1)),
            planned_end: None,
        }
    }

    fn sample() -> Vec<Grant> {
        vec![charity_grant_in_a_ward(), unregistered_group_grant(), grant_through_a_fiscal_host()]
    }

    fn validator() -> &'static Validator {
        static VALIDATOR: OnceLock<Validator> = OnceLock::new();
        VALIDATOR.get_or_init(|| Validator::new().expect("the 360Giving schemas compile"))
    }

    fn one_grant(grant: Grant) -> Value {
        package(&birmingham(), &[grant])["grants"][0].clone()
    }

    /// The checks that fire on a package of the good charity grant after `spoil` has changed it.
    fn checks_after(spoil: impl FnOnce(&mut Value)) -> Vec<&'static str> {
        let mut grants = package(&birmingham(), &[charity_grant_in_a_ward()]);
        spoil(&mut grants["grants"][0]);
        quality(&grants, today()).into_iter().map(|issue| issue.check).collect()
    }

    fn csv_rows(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|record| record.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    fn column(name: &str) -> usize {
        CSV_COLUMNS.iter().position(|c| *c == name).unwrap()
    }

    #[test]
    fn a_package_of_a_ward_charity_grant_a_group_grant_and_a_fiscal_host_grant_validates() {
        // Plain YYYY-MM-DD award dates pass only with format checking on, so this also proves it is on.
        let errors = validator().validate(&package(&birmingham(), &sample()));
        assert_eq!(errors, Vec::<String>::new());
    }

    #[test]
    fn an_award_date_time_on_a_day_that_does_not_exist_fails_validation() {
        // Without format checking the date-time branch of awardDate's oneOf would accept this.
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][1]["awardDate"] = "2026-02-30T10:00:00Z".into();
        let errors = validator().validate(&grants);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("/grants/1/awardDate: "), "{errors:?}");
    }

    #[test]
    fn an_award_date_that_is_not_a_date_fails_validation() {
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][0]["awardDate"] = "30/02/2026".into();
        let errors = validator().validate(&grants);
        assert!(errors.iter().any(|e| e.starts_with("/grants/0/awardDate: ")), "{errors:?}");
    }

    #[test]
    fn a_plain_award_date_on_a_day_that_does_not_exist_passes_the_schema_and_is_caught_by_the_quality_checks() {
        // The schema's date pattern allows any day up to 31 in any month; only the quality check knows February.
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][0]["awardDate"] = "2026-02-30".into();
        assert_eq!(validator().validate(&grants), Vec::<String>::new());
        let checks: Vec<_> = quality(&grants, today()).into_iter().map(|issue| issue.check).collect();
        assert_eq!(checks, ["impossible-date"]);
    }

    #[test]
    fn a_grant_missing_a_required_field_fails_validation_at_the_grant() {
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][2].as_object_mut().unwrap().remove("fundingOrganization");
        let errors = validator().validate(&grants);
        assert!(!errors.is_empty());
        assert!(errors.iter().all(|e| e.starts_with("/grants/2: ")), "{errors:?}");
    }

    #[test]
    fn grant_identifiers_carry_the_publisher_prefix() {
        let grants = package(&birmingham(), &sample());
        let ids: Vec<_> = grants["grants"].as_array().unwrap().iter().map(|g| g["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["360G-kith-birmingham-SG-1", "360G-kith-birmingham-SG-2", "360G-kith-birmingham-SG-3"]);
    }

    #[test]
    fn an_unregistered_group_is_identified_under_the_publisher_prefix() {
        let grant = one_grant(unregistered_group_grant());
        assert_eq!(
            grant["recipientOrganization"],
            json!([{ "id": "360G-kith-birmingham-org-canal-friends", "name": "Friends of the Canal" }])
        );
    }

    #[test]
    fn registered_recipients_are_identified_by_their_register_and_number() {
        let publisher = birmingham();
        let ids = [
            Recipient::Charity { number: "1012345".into() },
            Recipient::Company { number: "09876543".into() },
            Recipient::Council { code: "SOL".into() },
        ]
        .map(|recipient| recipient.identifier(&publisher));
        assert_eq!(ids, ["GB-CHC-1012345", "GB-COH-09876543", "GB-LAE-SOL"]);
        let grant = one_grant(charity_grant_in_a_ward());
        assert_eq!(grant["recipientOrganization"][0]["charityNumber"], "1012345");
    }

    #[test]
    fn the_council_is_the_funding_organisation() {
        let grant = one_grant(charity_grant_in_a_ward());
        assert_eq!(grant["fundingOrganization"], json!([{ "id": "GB-LAE-BIR", "name": "Birmingham City Council" }]));
    }

    #[test]
    fn amounts_in_pence_become_pounds_exactly() {
        let amount = |pence| {
            let grant = one_grant(Grant { amount_pence: pence, ..charity_grant_in_a_ward() });
            serde_json::to_string(&grant["amountAwarded"]).unwrap()
        };
        assert_eq!(amount(25050), "250.5");
        assert_eq!(amount(1999), "19.99");
        assert_eq!(amount(1), "0.01");
        assert_eq!(amount(30000), "300");
    }

    #[test]
    fn the_award_date_and_currency_are_written_as_the_standard_asks() {
        let grant = one_grant(charity_grant_in_a_ward());
        assert_eq!(grant["awardDate"], "2026-03-02");
        assert_eq!(grant["currency"], "GBP");
    }

    #[test]
    fn a_grant_for_a_ward_benefits_the_ward_then_the_city() {
        let grant = one_grant(charity_grant_in_a_ward());
        assert_eq!(
            grant["beneficiaryLocation"],
            json!([
                { "name": "Ladywood", "geoCode": "E05011151", "geoCodeType": "WD" },
                { "name": "Birmingham", "geoCode": "E08000025", "geoCodeType": "MD" },
            ])
        );
    }

    #[test]
    fn a_grant_without_a_ward_benefits_the_city() {
        let grant = one_grant(unregistered_group_grant());
        assert_eq!(
            grant["beneficiaryLocation"],
            json!([{ "name": "Birmingham", "geoCode": "E08000025", "geoCodeType": "MD" }])
        );
    }

    #[test]
    fn only_a_grant_through_a_fiscal_host_has_the_fiscal_sponsor_regrant_type() {
        assert_eq!(one_grant(grant_through_a_fiscal_host())["regrantType"], "FRG050");
        assert_eq!(one_grant(charity_grant_in_a_ward()).get("regrantType"), None);
    }

    #[test]
    fn planned_dates_are_written_only_as_far_as_they_are_known() {
        assert_eq!(
            one_grant(charity_grant_in_a_ward())["plannedDates"],
            json!([{ "startDate": "2026-04-01", "endDate": "2026-09-30" }])
        );
        assert_eq!(one_grant(grant_through_a_fiscal_host())["plannedDates"], json!([{ "startDate": "2026-08-01" }]));
        assert_eq!(one_grant(unregistered_group_grant()).get("plannedDates"), None);
    }

    #[test]
    fn an_open_call_is_yes_or_no_with_the_programme_named() {
        let open = one_grant(charity_grant_in_a_ward());
        assert_eq!(open["fromOpenCall"], "Yes");
        assert_eq!(
            open["grantProgramme"],
            json!([{ "code": "NCF-2026", "title": "Neighbourhood Community Fund 2026" }])
        );
        assert_eq!(one_grant(unregistered_group_grant())["fromOpenCall"], "No");
    }

    #[test]
    fn the_csv_starts_with_the_column_titles() {
        let text = csv(&birmingham(), &sample());
        let header = text.split("\r\n").next().unwrap();
        assert!(
            header.starts_with(
                "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,\
                 Planned Dates:End Date,Recipient Org:Identifier,Recipient Org:Name,"
            ),
            "{header}"
        );
        assert_eq!(csv_rows(&text)[0], CSV_COLUMNS);
        assert_eq!(csv_rows(&text).len(), 1 + sample().len());
    }

    /// The schema's title of `name` among `schema`'s properties, following an array's items and `$ref`s.
    fn property_titled<'a>(root: &'a Value, schema: &'a Value, title: &str) -> Option<&'a Value> {
        let resolve = |s: &'a Value| match s["$ref"].as_str() {
            Some(reference) => root.pointer(reference.trim_start_matches('#')).unwrap(),
            None => s,
        };
        let property = schema["properties"].as_object()?.values().find(|p| resolve(p)["title"] == title)?;
        let property = resolve(property);
        Some(if property["type"] == "array" { resolve(&property["items"]) } else { property })
    }

    #[test]
    fn every_csv_column_is_titled_as_the_grant_schema_titles_its_field() {
        let root: Value = serde_json::from_str(GRANT_SCHEMA).unwrap();
        for column in CSV_COLUMNS {
            let mut schema = &root;
            for title in column.split(':').filter(|part| part.parse::<usize>().is_err()) {
                schema = property_titled(&root, schema, title).unwrap_or_else(|| panic!("{column}: no {title:?}"));
            }
        }
    }

    #[test]
    fn the_csv_quotes_a_description_with_a_comma_a_quote_and_a_newline() {
        let description = "Tea, cake and a \"warm welcome\"\nevery Tuesday";
        let grant = Grant { description: description.into(), ..charity_grant_in_a_ward() };
        let text = csv(&birmingham(), &[grant]);
        assert!(text.contains(",\"Tea, cake and a \"\"warm welcome\"\"\nevery Tuesday\","), "{text}");
        assert_eq!(csv_rows(&text)[1][column("Description")], description);
    }

    #[test]
    fn the_csv_writes_amounts_in_pounds_and_pence() {
        let amounts: Vec<String> = [25050, 30000, -5]
            .into_iter()
            .map(|pence| {
                let text = csv(&birmingham(), &[Grant { amount_pence: pence, ..charity_grant_in_a_ward() }]);
                csv_rows(&text)[1][column("Amount Awarded")].clone()
            })
            .collect();
        assert_eq!(amounts, ["250.50", "300", "-0.05"]);
    }

    #[test]
    fn the_csv_puts_the_ward_and_the_city_in_numbered_location_columns() {
        let text = csv(&birmingham(), &[charity_grant_in_a_ward(), unregistered_group_grant()]);
        let rows = csv_rows(&text);
        let locations = |row: &Vec<String>| -> Vec<String> {
            let first = column("Beneficiary Location:0:Name");
            row[first..first + 6].to_vec()
        };
        assert_eq!(locations(&rows[1]), ["Ladywood", "E05011151", "WD", "Birmingham", "E08000025", "MD"]);
        assert_eq!(locations(&rows[2]), ["Birmingham", "E08000025", "MD", "", "", ""]);
    }

    #[test]
    fn the_csv_row_carries_the_identifiers_regrant_type_and_open_call() {
        let text = csv(&birmingham(), &[grant_through_a_fiscal_host()]);
        let row = &csv_rows(&text)[1];
        assert_eq!(row[column("Identifier")], "360G-kith-birmingham-SG-3");
        assert_eq!(row[column("Recipient Org:Identifier")], "GB-CHC-1098765");
        assert_eq!(row[column("Recipient Org:Charity Number")], "1098765");
        assert_eq!(row[column("Funding Org:Identifier")], "GB-LAE-BIR");
        assert_eq!(row[column("For Regrant Type")], "FRG050");
        assert_eq!(row[column("From An Open Call?")], "Yes");
        assert_eq!(row[column("Planned Dates:End Date")], "");
    }

    #[test]
    fn the_csv_defuses_text_a_spreadsheet_would_run_as_a_formula() {
        let grant = Grant {
            title: "=HYPERLINK(\"http://evil.example\",\"Click\")".into(),
            recipient_name: "@SUM(1+1)".into(),
            description: "A plain description".into(),
            ..charity_grant_in_a_ward()
        };
        let text = csv(&birmingham(), &[grant]);
        let row = &csv_rows(&text)[1];
        assert_eq!(row[column("Title")], "'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assert_eq!(row[column("Recipient Org:Name")], "'@SUM(1+1)");
        assert_eq!(row[column("Description")], "A plain description");
    }

    #[test]
    fn good_grants_raise_no_quality_issues() {
        assert_eq!(quality(&package(&birmingham(), &sample()), today()), []);
    }

    #[test]
    fn an_issue_names_the_grant_and_says_what_is_wrong() {
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][1]["amountAwarded"] = 0.into();
        let issues = quality(&grants, today());
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].grant_id, "360G-kith-birmingham-SG-2");
        assert!(issues[0].message.contains("£0"), "{}", issues[0].message);
    }

    #[test]
    fn a_zero_amount_is_reported() {
        assert_eq!(checks_after(|g| g["amountAwarded"] = 0.into()), ["zero-amount"]);
    }

    #[test]
    fn a_negative_amount_is_reported() {
        assert_eq!(checks_after(|g| g["amountAwarded"] = (-250.5).into()), ["negative-amount"]);
    }

    #[test]
    fn a_planned_date_that_does_not_exist_is_reported() {
        assert_eq!(checks_after(|g| g["plannedDates"][0]["endDate"] = "2026-09-31".into()), ["impossible-date"]);
    }

    #[test]
    fn an_award_date_time_on_a_day_that_does_not_exist_is_reported() {
        assert_eq!(checks_after(|g| g["awardDate"] = "2025-02-29T09:00:00Z".into()), ["impossible-date"]);
    }

    #[test]
    fn an_award_date_more_than_a_year_ahead_is_reported() {
        assert_eq!(checks_after(|g| g["awardDate"] = "2027-06-02".into()), ["award-date-far-future"]);
    }

    #[test]
    fn an_award_date_a_year_ahead_is_not_reported() {
        assert_eq!(checks_after(|g| g["awardDate"] = "2027-06-01".into()), Vec::<&str>::new());
    }

    #[test]
    fn an_award_date_before_1990_is_reported() {
        assert_eq!(checks_after(|g| g["awardDate"] = "1989-12-31".into()), ["award-date-far-past"]);
    }

    #[test]
    fn a_planned_end_before_the_start_is_reported() {
        assert_eq!(
            checks_after(|g| g["plannedDates"][0]["endDate"] = "2026-03-31".into()),
            ["planned-end-before-start"]
        );
    }

    #[test]
    fn a_title_identical_to_the_description_is_reported() {
        assert_eq!(checks_after(|g| g["description"] = g["title"].clone()), ["title-same-as-description"]);
    }

    #[test]
    fn a_title_over_140_characters_is_reported() {
        // Characters, not bytes: 140 "é" are 280 bytes and still within the limit.
        assert_eq!(checks_after(|g| g["title"] = "é".repeat(140).into()), Vec::<&str>::new());
        assert_eq!(checks_after(|g| g["title"] = "é".repeat(141).into()), ["title-too-long"]);
    }

    #[test]
    fn a_grant_without_a_beneficiary_location_is_reported() {
        assert_eq!(checks_after(|g| g["beneficiaryLocation"] = json!([])), ["no-beneficiary-location"]);
        assert_eq!(
            checks_after(|g| {
                g.as_object_mut().unwrap().remove("beneficiaryLocation");
            }),
            ["no-beneficiary-location"]
        );
    }

    #[test]
    fn an_identifier_with_a_line_break_is_reported() {
        assert_eq!(
            checks_after(|g| g["id"] = "360G-kith-birmingham-SG-1\n".into()),
            ["identifier-unexpected-characters"]
        );
        assert_eq!(
            checks_after(|g| g["recipientOrganization"][0]["id"] = "GB-CHC-\n1012345".into()),
            ["identifier-unexpected-characters"]
        );
    }

    #[test]
    fn a_duplicate_grant_identifier_is_reported_on_the_second_grant() {
        let mut grants = package(&birmingham(), &sample());
        grants["grants"][2]["id"] = grants["grants"][0]["id"].clone();
        let issues = quality(&grants, today());
        assert_eq!(issues.len(), 1);
        assert_eq!(
            (issues[0].check, issues[0].grant_id.as_str()),
            ("duplicate-identifier", "360G-kith-birmingham-SG-1")
        );
    }

    #[test]
    fn text_that_looks_like_an_email_address_is_reported() {
        let issues = {
            let mut grants = package(&birmingham(), &[charity_grant_in_a_ward()]);
            grants["grants"][0]["description"] = "Contact jo.bloggs@example.org for a place.".into();
            quality(&grants, today())
        };
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].check, "looks-like-email");
        assert!(issues[0].message.starts_with("/description "), "{}", issues[0].message);
        assert_eq!(checks_after(|g| g["title"] = "Ask at hello@ourgroup.uk".into()), ["looks-like-email"]);
    }

    #[test]
    fn an_at_sign_that_is_not_an_email_address_is_not_reported() {
        for text in ["Meet @ the hall", "Tea @10am", "user@localhost", "x@.org", "a@b."] {
            assert_eq!(checks_after(|g| g["description"] = text.into()), Vec::<&str>::new(), "{text}");
        }
    }
}
