//! Birmingham's indicators as Kith carries them: the English Indices of Deprivation 2025 on its 659 LSOAs (each
//! domain's decile and score, and the index's rank), the 2019 indices' deciles on its 639 2011 LSOAs (through the
//! best-fit lookup to wards), and its wards' Census 2021 populations by age. The demo city
//! imports them; a real council imports its own with `kith import indicators`.

use super::import::IndicatorFiles;
use crate::places::import::InputFile;

const IOD_2025: &[u8] = include_bytes!("../../../../data/birmingham/imd2025_lsoa21_birmingham.csv");
const IOD_2019: &[u8] = include_bytes!("../../../../data/birmingham/imd2019_lsoa11_birmingham.csv");
const LSOA11_WARDS: &[u8] = include_bytes!("../../../../data/birmingham/lsoa11_ward_bestfit_birmingham.csv");
const WARD_STATS: &[u8] = include_bytes!("../../../../data/birmingham/ward_stats_birmingham.csv");

const ABOUT_HEADER: &str =
    "key,column,denominator,title,topic,kind,polarity,source,vintage,published_on,licence,boundaries\n";
const OGL: &str = "Open Government Licence v3.0";

/// The IoD's domains: the file's column stem and what a profile calls it.
const DOMAINS: [(&str, &str); 8] = [
    ("IMD", "Index of Multiple Deprivation"),
    ("Income", "Income"),
    ("Employment", "Employment"),
    ("Education", "Education, skills and training"),
    ("Health", "Health and disability"),
    ("Crime", "Crime"),
    ("Housing_and_Services", "Barriers to housing and services"),
    ("Environment", "Living environment"),
];

/// The files of Birmingham's indicators, in the order they are imported.
pub fn files() -> Vec<IndicatorFiles> {
    vec![
        IndicatorFiles {
            values: InputFile { name: "ward_stats_birmingham.csv".into(), bytes: WARD_STATS.to_vec() },
            about: InputFile { name: "ward_stats_about.csv".into(), bytes: census_about().into_bytes() },
            lookup: None,
        },
        IndicatorFiles {
            values: InputFile { name: "imd2025_lsoa21_birmingham.csv".into(), bytes: IOD_2025.to_vec() },
            about: InputFile { name: "imd2025_about.csv".into(), bytes: deprivation_about().into_bytes() },
            lookup: None,
        },
        IndicatorFiles {
            values: InputFile { name: "imd2019_lsoa11_birmingham.csv".into(), bytes: IOD_2019.to_vec() },
            about: InputFile { name: "imd2019_about.csv".into(), bytes: deprivation_2019_about().into_bytes() },
            lookup: Some(InputFile { name: "lsoa11_ward_bestfit_birmingham.csv".into(), bytes: LSOA11_WARDS.to_vec() }),
        },
    ]
}

fn deprivation_about() -> String {
    let source = "English Indices of Deprivation 2025, Ministry of Housing, Communities and Local Government";
    let row = |key: String, column: String, title: String, topic: &str, kind: &str, polarity: &str| {
        format!(
            "{key},{column},,\"{title}\",{topic},{kind},{polarity},\"{source}\",IoD 2025,2025-10-30,{OGL},LSOA 2021\n"
        )
    };
    let mut about = String::from(ABOUT_HEADER);
    for (stem, title) in DOMAINS {
        let key = format!("iod2025_{}", stem.to_ascii_lowercase());
        about.push_str(&row(
            format!("{key}_decile"),
            format!("{stem}_decile"),
            title.into(),
            "Deprivation",
            "decile",
            "high_is_good",
        ));
    }
    for (stem, title) in DOMAINS {
        let key = format!("iod2025_{}", stem.to_ascii_lowercase());
        let title = format!("{title} score");
        about.push_str(&row(
            format!("{key}_score"),
            format!("{stem}_score"),
            title,
            "Deprivation scores",
            "score",
            "high_is_bad",
        ));
    }
    about.push_str(&row(
        "iod2025_imd_rank".into(),
        "IMD_rank".into(),
        "Index of Multiple Deprivation rank (1 is the most deprived of 33,755)".into(),
        "Deprivation scores",
        "rank",
        "high_is_good",
    ));
    about
}

/// The IoD 2019's domain deciles on 2011 LSOAs (its file has no scores), to set beside 2025's.
fn deprivation_2019_about() -> String {
    let source = "English Indices of Deprivation 2019, Ministry of Housing, Communities and Local Government";
    let mut about = String::from(ABOUT_HEADER);
    for (stem, title) in DOMAINS {
        let stem = if stem == "Housing_and_Services" { "Housing_and_Access" } else { stem };
        let key = format!("iod2019_{}_decile", stem.to_ascii_lowercase());
        about.push_str(&format!(
            "{key},{stem}_decile,,\"{title} in 2019\",Deprivation,decile,high_is_good,\"{source}\",IoD 2019,2019-09-26,{OGL},LSOA 2011\n"
        ));
    }
    about
}

fn census_about() -> String {
    let source = "Census 2021 (TS007A), Office for National Statistics, summed from LSOAs to wards";
    let row = |key: &str, column: &str, denominator: &str, title: &str, kind: &str| {
        format!(
            "{key},{column},{denominator},\"{title}\",Population,{kind},neither,\"{source}\",Census 2021,2022-11-02,{OGL},Wards 2022\n"
        )
    };
    let mut about = String::from(ABOUT_HEADER);
    about.push_str(&row("population", "census21_usual_residents", "", "Usual residents", "count"));
    for (key, column, title) in [
        ("age_0_15", "census21_age_0_15", "Residents aged 0 to 15"),
        ("age_16_24", "census21_age_16_24", "Residents aged 16 to 24"),
        ("age_65_plus", "census21_age_65_plus", "Residents aged 65 and over"),
    ] {
        about.push_str(&row(key, column, "census21_usual_residents", title, "proportion"));
    }
    about
}
