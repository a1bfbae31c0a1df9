//! Open Referral UK 3.0 (HSDS 3.0, UK profile): Kith's directory in the standard's shape, for the API at
//! `/api/oruk/` and for exports. Parts of a record that Kith keeps without identifiers (languages, cost options,
//! contacts, funding, service areas, attributes) get identifiers derived from their record, so they are the same
//! in every response.

use chrono::{DateTime, SecondsFormat, Utc};
use kith_core::directory::{
    Location, Organisation, Recurrence, Schedule, Service, Taxonomy, TaxonomyTerm, part_id, service_at_location_id,
    weekday_code,
};
use kith_search::DirectoryIndex;
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

/// What the root of the API says.
pub const VERSION: &str = "HSDS-UK-3.0";
pub const PROFILE: &str = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
/// The standard's OpenAPI description of this API, which Kith follows without extending it (beyond `postcode`
/// and `proximity` on `/services`, documented in docs/api.md).
pub const OPENAPI_URL: &str = "https://docs.openreferraluk.org/en/latest/openapi30.json";

/// Writes a schedule in plain words (the caller's language).
pub type Describe<'a> = &'a dyn Fn(&Schedule) -> String;

/// A page of a list, in the envelope of the OpenAPI documents' `Page` schema.
#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    pub fn new(contents: Vec<T>, total_items: usize, page_number: usize, per_page: usize) -> Self {
        let total_pages = total_items.div_ceil(per_page.max(1)).max(1);
        Self {
            total_items,
            total_pages,
            page_number,
            size: contents.len(),
            first_page: page_number <= 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn some(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}

/// An organisation as a list item (and inside a service).
pub fn organisation(o: &Organisation) -> Value {
    let mut v = json!({ "id": o.id, "name": o.name, "description": o.description });
    if let Some(email) = &o.email {
        v["email"] = json!(email);
    }
    if let Some(website) = &o.website {
        v["website"] = json!(website);
    }
    v
}

/// An organisation with its services, in full or as list items.
pub fn organisation_full(o: &Organisation, index: &DirectoryIndex, full_services: bool, describe: Describe) -> Value {
    let mut v = organisation(o);
    let services: Vec<Value> = index
        .services_of(o.id)
        .iter()
        .map(|s| {
            let modified = index.service(s.id).map_or(s.checked_at, |(_, m)| m);
            if full_services { service_full(s, modified, index, describe) } else { service_item(s, modified, index) }
        })
        .collect();
    v["services"] = json!(services);
    if let Some(phone) = &o.phone {
        v["phones"] = json!([{ "id": part_id(o.id, "phone"), "organization_id": o.id, "number": phone }]);
    }
    v
}

/// An organisation inside a list item, borrowed from the read model.
#[derive(Serialize)]
pub struct OrganisationItem<'a> {
    id: Uuid,
    name: &'a str,
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
}

/// A service as the item of a list, serialized straight from the read model (the hot path of `/services`).
#[derive(Serialize)]
pub struct ServiceItem<'a> {
    id: Uuid,
    organization_id: Uuid,
    name: &'a str,
    description: &'a str,
    status: &'static str,
    last_modified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    maximum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assured_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization: Option<OrganisationItem<'a>>,
}

/// A list item borrowing from the service and its organisation.
pub fn service_list_item<'a>(
    s: &'a Service,
    modified: DateTime<Utc>,
    organisation: Option<&'a Organisation>,
) -> ServiceItem<'a> {
    ServiceItem {
        id: s.id,
        organization_id: s.organisation_id,
        name: &s.name,
        description: &s.description,
        status: s.status.as_oruk(),
        last_modified: time(modified),
        url: s.url.as_deref(),
        email: s.email.as_deref(),
        minimum_age: s.minimum_age,
        maximum_age: s.maximum_age,
        assured_date: s.assured_date.map(|d| d.format("%Y-%m-%d").to_string()),
        organization: organisation.map(|o| OrganisationItem {
            id: o.id,
            name: &o.name,
            description: &o.description,
            email: o.email.as_deref(),
            website: o.website.as_deref(),
        }),
    }
}

/// A page of `/services` list items from each item's parts as `ListItems` wrote them, which the directory's read
/// model keeps ready, so the busiest answer of the API is a copy of one block per service. It is the text serde
/// gives for a `Page` of `service_list_item`s (the tests hold the two to the same).
pub fn list_page_of_parts(
    items: &[(&str, Option<&str>)],
    total_items: usize,
    page_number: usize,
    per_page: usize,
) -> String {
    use crate::json_text::Object;
    // The items lie scattered in memory. Reading a byte of each of their cache lines first, in reads that wait on
    // nothing, lets the processor fetch them all at once; copying them one after another would wait on each.
    let mut touched = 0u8;
    for part in items.iter().flat_map(|(s, o)| [*s, o.unwrap_or_default()]) {
        touched = part.as_bytes().iter().step_by(64).fold(touched, |sum, b| sum.wrapping_add(*b));
    }
    std::hint::black_box(touched);
    let length: usize = items.iter().map(|(s, o)| s.len() + o.map_or(0, str::len) + 20).sum();
    let mut out = String::with_capacity(256 + length);
    let page = Page::new(vec![(); items.len()], total_items, page_number, per_page);
    let mut envelope = Object::begin(&mut out);
    envelope.number("total_items", page.total_items);
    envelope.number("total_pages", page.total_pages);
    envelope.number("page_number", page.page_number);
    envelope.number("size", page.size);
    envelope.boolean("first_page", page.first_page);
    envelope.boolean("last_page", page.last_page);
    envelope.boolean("empty", page.empty);
    let contents = envelope.key("contents");
    contents.push('[');
    for (n, (service, organisation)) in items.iter().enumerate() {
        if n > 0 {
            contents.push(',');
        }
        contents.push_str(service);
        if let Some(organisation) = organisation {
            contents.push_str(",\"organization\":");
            contents.push_str(organisation);
        }
        contents.push('}');
    }
    contents.push(']');
    envelope.end();
    out
}

/// The parts of a `/services` list item, as JSON text: a service's own fields (an object left open, for its
/// organisation to follow) and its organisation's object.
pub struct ListItems;

impl kith_search::Listings for ListItems {
    fn service(&self, s: &Service, modified: DateTime<Utc>) -> Box<str> {
        use crate::json_text::{self, Object};
        let optional = |text: &Option<String>| text.as_ref().map_or(0, String::len);
        let mut out =
            String::with_capacity(200 + s.name.len() + s.description.len() + optional(&s.url) + optional(&s.email));
        let mut item = Object::begin(&mut out);
        item.uuid("id", s.id);
        item.uuid("organization_id", s.organisation_id);
        item.string("name", &s.name);
        item.string("description", &s.description);
        item.string("status", s.status.as_oruk());
        json_text::time(item.key("last_modified"), modified);
        if let Some(url) = &s.url {
            item.string("url", url);
        }
        if let Some(email) = &s.email {
            item.string("email", email);
        }
        if let Some(age) = s.minimum_age {
            item.number("minimum_age", age.into());
        }
        if let Some(age) = s.maximum_age {
            item.number("maximum_age", age.into());
        }
        if let Some(date) = s.assured_date {
            item.string("assured_date", &date.format("%Y-%m-%d").to_string());
        }
        out.into_boxed_str()
    }

    fn organisation(&self, o: &Organisation) -> Box<str> {
        use crate::json_text::Object;
        let mut out = String::new();
        let mut inner = Object::begin(&mut out);
        inner.uuid("id", o.id);
        inner.string("name", &o.name);
        inner.string("description", &o.description);
        if let Some(email) = &o.email {
            inner.string("email", email);
        }
        if let Some(website) = &o.website {
            inner.string("website", website);
        }
        inner.end();
        out.into_boxed_str()
    }
}

/// A service as the item of a list: its own fields and its organisation.
pub fn service_item(s: &Service, modified: DateTime<Utc>, index: &DirectoryIndex) -> Value {
    let organisation = index.organisation(s.organisation_id);
    serde_json::to_value(service_list_item(s, modified, organisation.as_deref())).unwrap_or(Value::Null)
}

/// A schedule in the standard's iCalendar-like fields.
pub fn schedule(service_id: Uuid, s: &Schedule, describe: Describe) -> Value {
    let mut v = json!({
        "id": s.id,
        "service_id": service_id,
        "opens_at": s.opens.format("%H:%M:%S").to_string(),
        "closes_at": s.closes.format("%H:%M:%S").to_string(),
        "description": describe(s),
    });
    match &s.recurrence {
        Recurrence::Weekly { days, interval } => {
            v["freq"] = json!("WEEKLY");
            v["interval"] = json!(interval);
            v["byday"] = json!(days.iter().map(|d| weekday_code(*d)).collect::<Vec<_>>().join(","));
        }
        Recurrence::Monthly { ordinal, day } => {
            v["freq"] = json!("MONTHLY");
            v["interval"] = json!(1);
            v["byday"] = json!(format!("{ordinal}{}", weekday_code(*day)));
        }
        Recurrence::Once { date } => {
            let d = date.format("%Y-%m-%d").to_string();
            v["dtstart"] = json!(d);
            v["valid_from"] = json!(d);
            v["valid_to"] = json!(d);
        }
    }
    if let Some(from) = s.valid_from {
        v["valid_from"] = json!(from.format("%Y-%m-%d").to_string());
        v["dtstart"] = json!(from.format("%Y-%m-%d").to_string());
    }
    if let Some(to) = s.valid_to {
        v["valid_to"] = json!(to.format("%Y-%m-%d").to_string());
    }
    if let Some(note) = some(&s.note) {
        v["notes"] = json!(note);
    }
    v
}

/// A location with its address and accessibility.
pub fn location(l: &Location) -> Value {
    let mut v = json!({
        "id": l.id,
        "location_type": "physical",
        "name": l.name,
        "description": l.description,
    });
    if let Some(p) = l.position {
        v["latitude"] = json!(p.lat);
        v["longitude"] = json!(p.lng);
    }
    if let Some(postcode) = &l.postcode {
        v["addresses"] = json!([{
            "id": part_id(l.id, "address"),
            "location_id": l.id,
            "address_1": l.address,
            "city": l.city,
            "state_province": "England",
            "postal_code": postcode.as_str(),
            "country": "GB",
            "address_type": "physical",
        }]);
    }
    v["accessibility"] = json!(
        l.accessibility
            .iter()
            .map(
                |a| json!({ "id": part_id(l.id, &format!("accessibility:{a}")), "location_id": l.id, "description": a })
            )
            .collect::<Vec<_>>()
    );
    v
}

fn term_value(t: &TaxonomyTerm, taxonomy: Option<&Taxonomy>) -> Value {
    let mut v = json!({
        "id": t.id,
        "name": t.name,
        "description": t.description,
        "code": t.code,
        "taxonomy_id": t.taxonomy_id,
        "term": t.name,
    });
    if let Some(parent) = t.parent_id {
        v["parent_id"] = json!(parent);
    }
    if let Some(tax) = taxonomy {
        v["taxonomy"] = json!(tax.name);
    }
    v
}

/// A taxonomy term, as the standard's `taxonomy_term`.
pub fn term(t: &TaxonomyTerm, index: &DirectoryIndex) -> Value {
    term_value(t, index.taxonomy(t.taxonomy_id).as_deref())
}

/// A taxonomy; with its terms when `with_terms`.
pub fn taxonomy(t: &Taxonomy, index: &DirectoryIndex, with_terms: bool) -> Value {
    let mut v = json!({ "id": t.id, "name": t.name, "description": t.description });
    if let Some(uri) = &t.uri {
        v["uri"] = json!(uri);
    }
    if let Some(version) = &t.version {
        v["version"] = json!(version);
    }
    if with_terms {
        let terms: Vec<Value> = index
            .terms()
            .iter()
            .filter(|term| term.taxonomy_id == t.id)
            .map(|term| term_value(term, Some(t)))
            .collect();
        v["taxonomy_terms"] = json!(terms);
    }
    v
}

/// A whole service: schedules, places, languages, costs, contacts, funding and its terms as attributes.
pub fn service_full(s: &Service, modified: DateTime<Utc>, index: &DirectoryIndex, describe: Describe) -> Value {
    let mut v = service_item(s, modified, index);
    v["schedules"] = json!(s.schedules.iter().map(|sc| schedule(s.id, sc, describe)).collect::<Vec<_>>());
    v["service_areas"] = json!(
        s.areas
            .iter()
            .map(|w| json!({
                "id": part_id(s.id, &format!("area:{w}")),
                "service_id": s.id,
                "name": w.as_str(),
                "extent_type": "ward",
                "uri": format!("http://statistics.data.gov.uk/id/statistical-geography/{w}"),
            }))
            .collect::<Vec<_>>()
    );
    v["service_at_locations"] = json!(
        s.locations
            .iter()
            .filter_map(|l| index.location(*l))
            .map(|l| json!({
                "id": service_at_location_id(s.id, l.id),
                "service_id": s.id,
                "location_id": l.id,
                "location": location(&l),
            }))
            .collect::<Vec<_>>()
    );
    v["languages"] = json!(
        s.languages
            .iter()
            .map(|l| json!({
                "id": part_id(s.id, &format!("language:{}", l.as_str())),
                "service_id": s.id,
                "name": l.english_name(),
                "code": l.as_str(),
            }))
            .collect::<Vec<_>>()
    );
    v["funding"] = json!(
        s.funding
            .iter()
            .enumerate()
            .map(|(i, f)| json!({ "id": part_id(s.id, &format!("funding:{i}")), "service_id": s.id, "source": f }))
            .collect::<Vec<_>>()
    );
    v["cost_options"] = json!(
        s.costs
            .iter()
            .enumerate()
            .map(|(i, c)| json!({
                "id": part_id(s.id, &format!("cost:{i}")),
                "service_id": s.id,
                "option": c.option,
                "amount": c.amount,
                "currency": "GBP",
                "amount_description": c.amount_description,
            }))
            .collect::<Vec<_>>()
    );
    v["contacts"] = json!(
        s.contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut contact = json!({
                    "id": part_id(s.id, &format!("contact:{i}")),
                    "service_id": s.id,
                    "name": c.name,
                    "title": c.title,
                });
                if let Some(email) = &c.email {
                    contact["email"] = json!(email);
                }
                if let Some(phone) = &c.phone {
                    contact["phones"] =
                        json!([{ "id": part_id(s.id, &format!("contact:{i}:phone")), "number": phone }]);
                }
                contact
            })
            .collect::<Vec<_>>()
    );
    v["attributes"] = json!(
        s.terms
            .iter()
            .filter_map(|t| index.term(*t))
            .map(|t| json!({
                "id": part_id(s.id, &format!("attribute:{}", t.id)),
                "link_id": s.id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": t.id,
                "taxonomy_term": term(&t, index),
            }))
            .collect::<Vec<_>>()
    );
    if let Some(phone) = &s.phone {
        v["phones"] = json!([{ "id": part_id(s.id, "phone"), "service_id": s.id, "number": phone }]);
    }
    v
}

/// A service at one of its locations: as a list item, or with the whole service when `full`.
pub fn service_at_location(
    s: &Service,
    modified: DateTime<Utc>,
    l: &Location,
    index: &DirectoryIndex,
    full: bool,
    describe: Describe,
) -> Value {
    let mut place = location(l);
    if !full && let Some(obj) = place.as_object_mut() {
        obj.remove("addresses");
        obj.remove("accessibility");
    }
    json!({
        "id": service_at_location_id(s.id, l.id),
        "service_id": s.id,
        "location_id": l.id,
        "location": place,
        "service": if full { service_full(s, modified, index, describe) } else { service_item(s, modified, index) },
    })
}

/// The minimal list: just each service's id and when it last changed.
pub fn service_minimal(s: &Service, modified: DateTime<Utc>) -> Value {
    json!({ "id": s.id, "last_modified": time(modified) })
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};
    use kith_core::directory::ServiceStatus;

    use super::*;

    fn service(n: u128, name: &str, description: &str) -> Service {
        Service::new(
            Uuid::from_u128(n),
            Uuid::from_u128(1),
            name,
            description,
            Utc.with_ymd_and_hms(2026, 1, 5, 10, 0, 0).unwrap(),
        )
    }

    /// A page written from parts made on the spot, as the read model would keep them.
    fn service_list_page(
        items: &[(&Service, DateTime<Utc>, Option<&Organisation>)],
        total_items: usize,
        page_number: usize,
        per_page: usize,
    ) -> String {
        use kith_search::Listings as _;
        let parts: Vec<(Box<str>, Option<Box<str>>)> = items
            .iter()
            .map(|(s, modified, o)| (ListItems.service(s, *modified), o.map(|o| ListItems.organisation(o))))
            .collect();
        let borrowed: Vec<(&str, Option<&str>)> = parts.iter().map(|(s, o)| (&**s, o.as_deref())).collect();
        list_page_of_parts(&borrowed, total_items, page_number, per_page)
    }

    #[test]
    fn a_page_of_services_written_directly_is_what_serde_gives() {
        let organisation = Organisation {
            id: Uuid::from_u128(1),
            name: "Friends of \"Cannon Hill\"".into(),
            description: "Volunteers\nin the park".into(),
            email: Some("hello@example.org".into()),
            website: None,
            phone: Some("0121 000 0000".into()),
        };
        let mut full = service(2, "Lunch club", "Hot meals; bring a friend \\ neighbour\t— all welcome 🍲");
        full.status = ServiceStatus::TemporarilyClosed;
        full.url = Some("https://example.org/lunch?day=tue&time=12".into());
        full.email = Some("lunch@example.org".into());
        full.minimum_age = Some(60);
        full.maximum_age = Some(120);
        full.assured_date = NaiveDate::from_ymd_opt(2026, 2, 1);
        let bare = service(3, "Urdu coffee morning: اردو", "");
        let modified = Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 15).unwrap();
        for (items, total, page, per_page) in [
            (vec![(&full, modified, Some(&organisation)), (&bare, modified, None)], 2, 1, 50),
            (vec![(&bare, modified, Some(&organisation))], 7, 3, 3),
            (vec![], 7, 9, 3),
        ] {
            let written = service_list_page(&items, total, page, per_page);
            let contents: Vec<ServiceItem> = items.iter().map(|(s, m, o)| service_list_item(s, *m, *o)).collect();
            let serialized = serde_json::to_string(&Page::new(contents, total, page, per_page)).unwrap();
            assert_eq!(written, serialized);
        }
    }

    #[test]
    fn the_list_items_the_read_model_keeps_ready_follow_every_change() {
        use kith_search::{Change, DirectoryIndex, Query};
        let mut index = DirectoryIndex::default().with_listings(Box::new(ListItems));
        let mut organisation = Organisation {
            id: Uuid::from_u128(1),
            name: "Friends of Cannon Hill".into(),
            description: "Volunteers in the park".into(),
            email: None,
            website: None,
            phone: None,
        };
        let modified = Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).unwrap();
        let lunch = service(2, "Lunch club", "Hot meals on Tuesdays");
        let walk = service(3, "Walking club", "A gentle walk round the park");
        let mut changes = vec![Change::Organisation(organisation.clone())];
        for s in [&lunch, &walk] {
            changes.push(Change::Service { service: s.clone(), modified });
        }
        // Enough services at once that their items are written on a second thread, as at a server's start.
        for n in 0..1_500 {
            let mut coffee = service(1_000 + n, &format!("Coffee morning {n}"), "Tea, coffee and a chat");
            coffee.email = Some(format!("coffee+{n}@example.org"));
            changes.push(Change::Service { service: coffee, modified });
        }
        index.apply(changes, 1);
        let query = Query { text: "club".into(), now: modified, page: 1, per_page: 10, ..Query::default() };
        // The page written from the kept parts is the page serde writes of what the search finds.
        let page_of = |index: &DirectoryIndex, query: &Query| {
            let found = index.search(query);
            let organisations: Vec<_> =
                found.hits.iter().map(|h| index.organisation(h.service.organisation_id)).collect();
            let contents: Vec<ServiceItem> = found
                .hits
                .iter()
                .zip(&organisations)
                .map(|(h, o)| service_list_item(&h.service, h.modified, o.as_deref()))
                .collect();
            let serialized =
                serde_json::to_string(&Page::new(contents, found.total, query.page, query.per_page)).unwrap();
            let kept = index.listing_page(query).expect("the index keeps list items");
            assert_eq!(list_page_of_parts(&kept.items, kept.total, query.page, query.per_page), serialized);
            serialized
        };
        let coffee = Query { text: "coffee".into(), page: 7, ..query.clone() };
        assert!(page_of(&index, &coffee).contains("\"total_items\":1500"));
        let check = |index: &DirectoryIndex, expect: &[&str]| {
            let found = index.search(&query);
            let names: Vec<&str> = found.hits.iter().map(|h| h.service.name.as_str()).collect();
            assert_eq!(names, expect);
            page_of(index, &query)
        };
        assert!(check(&index, &["Lunch club", "Walking club"]).contains("Friends of Cannon Hill"));

        let mut edited = lunch.clone();
        edited.name = "Lunch club and quiz".into();
        edited.url = Some("https://example.org/lunch".into());
        index.apply(vec![Change::Service { service: edited, modified: modified + chrono::Duration::hours(1) }], 2);
        assert!(check(&index, &["Walking club", "Lunch club and quiz"]).contains("2026-03-02T10:30:00Z"));

        organisation.name = "Cannon Hill Park Friends".into();
        index.apply(vec![Change::Organisation(organisation.clone())], 3);
        let page = check(&index, &["Walking club", "Lunch club and quiz"]);
        assert!(page.contains("Cannon Hill Park Friends") && !page.contains("Friends of Cannon Hill"));

        index.apply(vec![Change::Removed(organisation.id), Change::Removed(walk.id)], 4);
        assert!(!check(&index, &["Lunch club and quiz"]).contains("\"organization\":"));
        page_of(&index, &coffee);
    }
}
