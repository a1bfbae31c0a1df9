//! One search of the directory for every door: the public pages, a ward's page, the Open Referral UK API and case
//! triage. Each door reads its own syntax (a form, the API's parameters) into a `Query`; what a postcode means
//! and the moment a search is asked at are decided here, once.

use kith_core::places::Postcode;
pub use kith_core::places::Radius;
pub use kith_search::{Hit, Near, Query, Results};

use crate::App;
use crate::places::{At, Place};

/// A postcode the city's places do not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPostcode(pub Postcode);

/// Where a postcode puts a search: at its point, within `within` when given. In the city, its ward too, so a
/// service whose area covers that ward matches at any distance; a postcode outside the city has its point alone.
pub fn near(app: &App, postcode: &Postcode, within: Option<Radius>) -> Result<Near, UnknownPostcode> {
    match app.places().place(At::Postcode(postcode)) {
        Place::InCity { position, ward } => {
            Ok(Near { point: position, within_m: within, ward: Some(ward.code.clone()) })
        }
        Place::Outside { position, .. } => Ok(Near { point: position, within_m: within, ward: None }),
        Place::Unknown => Err(UnknownPostcode(postcode.clone())),
    }
}

/// The services that match `query` as of the app's clock (a service's freshness and what is open now are judged
/// then), a page of them. Take it before reading the index to show them: the index is read once here.
pub fn search(app: &App, query: &Query) -> Results {
    let query = Query { now: app.now(), ..query.clone() };
    app.directory.read().search(&query)
}
