//! A person's home (`/home`): where sign-in lands and where the "Kith" link takes someone signed in. What waits for
//! them from every capability they hold a permission in, the most urgent first, each item linking to where it is
//! acted on.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use chrono_tz::Europe::London;
use kith_app::home::{self, When};
use minijinja::context;

use super::page;
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;

async fn home_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let home = home::home(&state.app, principal).await?;
    let words = state.catalogues.dates(&ctx.language.tag);
    let when = |w: When| match w {
        When::At(at) => words.when(at.with_timezone(&London).naive_local(), false, true, true),
        When::On(day) => words.date(day),
    };
    let sections: Vec<_> = home
        .sections
        .iter()
        .map(|s| {
            let items: Vec<_> = s
                .items
                .iter()
                .map(|i| {
                    context! {
                        urgency => i.urgency.key(),
                        label => i.label,
                        title => i.title,
                        href => i.href,
                        when => i.when.map(when),
                        ward => i.ward,
                    }
                })
                .collect();
            context! { key => s.key, items => items, total => s.total, shown => s.items.len(), all => s.all }
        })
        .collect();
    let since = home.since.map(When::At).map(when);
    page(&state, &ctx, "home/home.html", context! { sections => sections, since => since })
}

pub fn routes() -> Routes {
    Routes::new().route("/home", get(home_page))
}
