//! A ward's place strategic assessment pack (public): its profile, its gaps between need and provision, the
//! forum's priorities, the themes of the cases raised there in the last year (counts by category, fewer than five
//! not shown) and its service standards, on one printable page and as one CSV.

use chrono::Months;
use kith_core::intelligence::SUPPRESS_BELOW;
use kith_core::places::WardCode;
use serde::Serialize;

use super::gaps::{NeedLine, for_ward};
use super::{WardProfile, profile};
use crate::{App, Result, agreements, cases, forums};

/// A theme of the ward's cases: a category and how many (or that there were fewer than five).
#[derive(Debug, Clone, Serialize)]
pub struct Theme {
    pub category: String,
    pub count: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PriorityLine {
    pub title: String,
    pub progress: Option<f64>,
    pub overdue: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StandardLine {
    pub title: String,
    pub target_percent: u8,
    pub latest: Option<String>,
    pub met: Option<bool>,
}

/// Everything the pack brings together.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub profile: WardProfile,
    pub needs: Vec<NeedLine>,
    pub priorities: Vec<PriorityLine>,
    pub themes: Vec<Theme>,
    pub standards: Vec<StandardLine>,
    pub as_of: String,
}

/// The pack for a ward (public: every figure in it is about the area, counts under five suppressed).
pub async fn assessment(app: &App, ward: &WardCode) -> Result<Assessment> {
    let profile = profile(app, ward).await?;
    let needs = for_ward(app, ward).await?;
    let work = forums::ward_work(app, ward).await?;
    let priorities = work
        .adopted
        .iter()
        .map(|p| PriorityLine { title: p.priority.title.clone(), progress: p.progress, overdue: p.overdue })
        .collect();
    let now = app.now();
    let since = now.checked_sub_months(Months::new(12)).unwrap_or(now);
    let names: std::collections::HashMap<String, String> =
        cases::categories(app).await?.into_iter().map(|c| (c.code, c.name)).collect();
    let themes = app
        .store
        .category_counts(ward.as_str(), since)
        .await?
        .into_iter()
        .map(|(code, n)| Theme {
            category: names.get(&code).cloned().unwrap_or(code),
            count: (n >= SUPPRESS_BELOW as i64).then_some(n),
        })
        .collect();
    let standards = agreements::for_ward(app, ward)
        .await?
        .standings
        .iter()
        .map(|s| StandardLine {
            title: s.agreement.title.clone(),
            target_percent: s.agreement.target_percent,
            latest: s.latest.as_ref().and_then(|p| p.percent.map(|v| format!("{v}% ({})", p.label))),
            met: s.latest.as_ref().and_then(|p| p.met),
        })
        .collect();
    Ok(Assessment { profile, needs, priorities, themes, standards, as_of: app.today().format("%-d %B %Y").to_string() })
}

/// The pack as one CSV: a row per figure, with its section.
pub async fn csv(app: &App, ward: &WardCode) -> Result<String> {
    let a = assessment(app, ward).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut row = |section: &str, item: &str, value: &str, note: &str| {
        out.write_record([section, item, value, note]).map_err(|e| crate::AppError::Internal(e.to_string()))
    };
    row("section", "item", "value", "note")?;
    row("ward", &a.profile.name, &a.profile.code, &a.as_of)?;
    if let Some(p) = &a.profile.population {
        row("population", "Usual residents", p, a.profile.population_source.as_deref().unwrap_or(""))?;
    }
    for d in &a.profile.deprivation {
        row("deprivation", &d.title, &d.most_deprived, "share of people in England's most deprived tenth")?;
    }
    for t in &a.profile.topics {
        for l in &t.lines {
            row(&t.name, &l.title, &l.value, l.against_city.as_deref().unwrap_or(""))?;
        }
    }
    for n in &a.needs {
        row("need against provision", &n.need, &format!("{:.2}", n.per_1000), &n.reason)?;
    }
    for p in &a.priorities {
        row("forum priority", &p.title, &p.progress.map(|v| format!("{v:.0}%")).unwrap_or_default(), "")?;
    }
    for t in &a.themes {
        let count = t.count.map_or_else(|| "fewer than 5".to_owned(), |n| n.to_string());
        row("case theme (last 12 months)", &t.category, &count, "")?;
    }
    for s in &a.standards {
        row(
            "service standard",
            &s.title,
            s.latest.as_deref().unwrap_or("not enough cases"),
            &format!("target {}%", s.target_percent),
        )?;
    }
    String::from_utf8(out.into_inner().map_err(|e| crate::AppError::Internal(e.to_string()))?)
        .map_err(|e| crate::AppError::Internal(e.to_string()))
}
