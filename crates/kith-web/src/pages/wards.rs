//! The public ward finder: the home page's postcode search, the index of wards and each ward's page.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::agreements::Standings;
use kith_app::cases::Team;
use kith_app::forums::WardWork;
use kith_app::places::{At, Place, Places};
use kith_core::people::Representative;
use kith_core::places::{Postcode, PostcodeError, WardCode};
use minijinja::context;
use serde::Deserialize;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

#[derive(Deserialize)]
struct Find {
    postcode: Option<String>,
}

/// The home page; with `?postcode=` it finds the ward and goes there, or says what is wrong.
async fn home(State(state): State<AppState>, ctx: Ctx, Query(find): Query<Find>) -> Result<Response, PageError> {
    let Some(entered) = find.postcode else {
        return page(&state, &ctx, "home.html", context! { postcode => "" });
    };
    let t = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
        state.catalogues.message(&ctx.language.tag, key, args)
    };
    let problem = match Postcode::parse(&entered) {
        Err(PostcodeError::Empty) => t("finder-error-postcode-missing", None),
        Err(PostcodeError::Malformed) => t("finder-error-postcode-malformed", None),
        Ok(postcode) => {
            let places = state.app.places();
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("postcode", postcode.to_string());
            args.set("city", places.city_name().unwrap_or_default().to_owned());
            match places.place(At::Postcode(&postcode)) {
                Place::InCity { ward, .. } => {
                    let mut to = format!("/wards/{}", ward.code);
                    if ctx.language.tag != crate::translations::DEFAULT_LANGUAGE {
                        to.push_str(&format!("?lang={}", ctx.language.tag));
                    }
                    return Ok(redirect(&to).into_response());
                }
                Place::Outside { authority: Some(authority), .. } => {
                    args.set("council", authority.name.clone());
                    t("finder-error-postcode-outside-known", Some(&args))
                }
                Place::Outside { authority: None, .. } => t("finder-error-postcode-outside", Some(&args)),
                Place::Unknown => t("finder-error-postcode-unknown", Some(&args)),
            }
        }
    };
    form_with_errors(&state, &ctx, "home.html", context! { postcode => entered }, &[("postcode", problem)])
}

async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let places = state.app.places();
    let wards: Vec<_> = places.wards().iter().map(|w| context! { code => w.code.as_str(), name => w.name }).collect();
    page(&state, &ctx, "wards.html", context! { wards => wards, map => places.city_map() })
}

/// What a ward's page is made of, each part as the app keeps it. While none of them has changed (and within the
/// minute, as the next forum and the next sessions are told from now), the page is the same for every visitor who
/// is not signed in and reads it in the same language, so it is rendered once for all of them.
struct Made {
    places: Arc<Places>,
    people: Arc<Vec<Representative>>,
    teams: Arc<Vec<Team>>,
    standings: Arc<Standings>,
    work: Arc<WardWork>,
    directory: i64,
    minute: i64,
    translations: u64,
}

impl Made {
    fn same(&self, other: &Made) -> bool {
        Arc::ptr_eq(&self.places, &other.places)
            && Arc::ptr_eq(&self.people, &other.people)
            && Arc::ptr_eq(&self.teams, &other.teams)
            && Arc::ptr_eq(&self.standings, &other.standings)
            && Arc::ptr_eq(&self.work, &other.work)
            && self.directory == other.directory
            && self.minute == other.minute
            && self.translations == other.translations
    }
}

/// Each ward's page as last rendered for visitors not signed in, by ward and language, with what it was made of
/// (holding those parts keeps them from being freed, so a pointer compared is never a new value at an old address).
#[derive(Default)]
pub struct SharedWardPages(RwLock<HashMap<(String, String), (Made, Bytes)>>);

async fn ward(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, PageError> {
    let code = WardCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let places = state.app.places();
    let ward = places.ward(&code).ok_or(PageError::NotFound)?;
    let now = state.app.now();
    let made = Made {
        places: places.clone(),
        people: kith_app::people::everyone(&state.app).await?,
        teams: kith_app::cases::teams(&state.app).await?,
        standings: kith_app::agreements::for_ward(&state.app, &code).await?,
        work: kith_app::forums::ward_work(&state.app, &code).await?,
        directory: state.app.directory.read().seq,
        minute: now.timestamp().div_euclid(60),
        translations: state.catalogues.generation(),
    };
    let shared = ctx.principal.is_none() && !ctx.large_print;
    // By the ward's code as parsed, not the path as typed, so spellings of one ward cannot fill the map.
    let key = (code.to_string(), ctx.language.tag.clone());
    if shared {
        let pages = state.ward_pages.0.read().unwrap_or_else(|e| e.into_inner());
        if let Some((was, html)) = pages.get(&key)
            && was.same(&made)
        {
            return Ok(super::html_response(html.clone()));
        }
    }
    let people = kith_app::people::of_ward(&made.people, &code);
    let standards: Vec<_> = made.standings.standings.iter().map(|s| super::agreements::shown(s, &made.teams)).collect();
    let neighbourhoods: Vec<_> = places
        .neighbourhoods_of(&code)
        .into_iter()
        .map(|n| {
            let wards: Vec<_> = n
                .wards
                .iter()
                .filter_map(|c| WardCode::parse(c).ok())
                .filter_map(|c| places.ward(&c))
                .map(|w| context! { code => w.code.as_str(), name => w.name, this => w.code == code })
                .collect();
            context! { kind => n.kind, name => n.name, wards => wards }
        })
        .collect();
    let work = &made.work;
    let nearby = kith_app::directory::search::search(
        &state.app,
        &kith_app::directory::search::Query {
            ward: Some(code.clone()),
            active_only: true,
            page: 1,
            per_page: 5,
            ..Default::default()
        },
    );
    let index = state.app.directory.read();
    let offers: Vec<_> =
        nearby.hits.iter().map(|h| super::directory::summary(&state, &ctx, &index, &h.service, None)).collect();
    drop(index);
    let dates = state.catalogues.dates(&ctx.language.tag);
    let own = context! {
        ward => context! { code => ward.code.as_str(), name => ward.name, generation => ward.generation },
        map => places.ward_map(&code),
        councillors => people.councillors,
        coordinators => people.coordinators,
        neighbourhoods => neighbourhoods,
        standards => standards,
        next_forum => work.next_forum.as_ref().map(|f| super::forums::forum_value(f, now, &dates)),
        priorities => work.adopted.iter().take(10).map(|p| super::forums::priority_summary(p, &dates)).collect::<Vec<_>>(),
        more_priorities => work.adopted.len().saturating_sub(10),
        proposed => work.proposed.len(),
        offers => offers,
        offers_total => nearby.total,
    };
    if !shared {
        return page(&state, &ctx, "ward.html", own);
    }
    // The shared copy carries no visitor's token: a form on it would fail its check rather than take another's.
    let anyone = Ctx { csrf: String::new(), path: format!("/wards/{code}"), ..ctx };
    let html = Bytes::from(super::rendered(&state, &anyone, "ward.html", own)?);
    let mut pages = state.ward_pages.0.write().unwrap_or_else(|e| e.into_inner());
    pages.insert(key, (made, html.clone()));
    Ok(super::html_response(html))
}

pub fn routes() -> Routes {
    Routes::new().route("/", get(home)).route("/wards", get(index)).route("/wards/{code}", get(ward))
}
