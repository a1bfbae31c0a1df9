//! Kith's integration tests: the real binary, the real app on real HTTP, real SQLite files and the real
//! PostgreSQL server (when `KITH_TEST_DATABASE_URL` is set; required under `CI=true`), a real browser.
//! One test binary, so the build is shared.

mod accounts;
mod api;
mod assets;
mod browser;
mod cases;
mod cases_crash;
mod cases_worker;
mod cli;
mod directory;
mod directory_freshness;
mod directory_io;
mod directory_review;
mod directory_store;
mod forums;
mod grants;
mod home;
mod hostile;
mod house;
mod intelligence;
mod oidc;
mod open311;
mod oruk;
mod places_api;
mod store;
mod translations;
mod volunteering;
mod ward_finder;
mod web_shell;

use kith_testkit::Backend;

/// Runs `test` once per backend, naming the backend if it fails.
pub async fn on_every_backend<F, Fut>(test: F)
where
    F: Fn(Backend) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for backend in Backend::all().await {
        eprintln!("-- on {backend:?}");
        test(backend).await;
    }
}

/// A copy of the demo city that `kith demo --no-serve` builds, as of the tests' clock, the way a newcomer builds
/// it. The binary builds it once per build of the binary and backend; each test gets its own copy.
pub async fn demo_city(backend: Backend) -> kith_testkit::TestDb {
    let binary = std::fs::metadata(cli::KITH).and_then(|m| m.modified()).expect("the kith binary is built");
    let key = format!("{binary:?}");
    kith_testkit::TestDb::copy_of(backend, "demo", &key, |url| async move {
        let out = std::process::Command::new(cli::KITH)
            .args(["demo", "--no-serve", "--now", &kith_testkit::start_of_tests().to_rfc3339()])
            .env("KITH_DATABASE_URL", &url)
            .env("KITH_LOG", "warn")
            .output()
            .expect("kith runs");
        assert!(out.status.success(), "kith demo: {}", String::from_utf8_lossy(&out.stderr));
    })
    .await
}

/// Validates an Atom document against RFC 4287's RELAX NG grammar (tests/schemas/atom.rnc) with jing, Debian's
/// RELAX NG validator, off the runtime's thread. `Err` holds jing's complaints.
pub async fn atom_is_valid(xml: String) -> Result<(), String> {
    let found = std::process::Command::new("jing").output().is_ok();
    assert!(found || std::env::var("CI").is_err(), "CI must have jing (apt-get install jing)");
    if !found {
        return Ok(());
    }
    tokio::task::spawn_blocking(move || {
        let file = std::env::temp_dir().join(format!("kith-feed-{}.atom", uuid::Uuid::new_v4()));
        std::fs::write(&file, xml).unwrap();
        let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/atom.rnc");
        let out = std::process::Command::new("jing").arg("-c").arg(&schema).arg(&file).output().expect("jing runs");
        let _ = std::fs::remove_file(&file);
        if out.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&out.stdout).into_owned()) }
    })
    .await
    .unwrap()
}

/// Reads an iCalendar text with the `icalendar` parser from PyPI, off the runtime's thread; each event's summary
/// and start, one a line, or the parser's complaint.
pub async fn ical_events(text: String) -> Result<Vec<String>, String> {
    let found = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(found || std::env::var("CI").is_err(), "CI must have icalendar (pip install icalendar)");
    if !found {
        return Ok(Vec::new());
    }
    tokio::task::spawn_blocking(move || {
        let program = "import sys, icalendar\n\
                       c = icalendar.Calendar.from_ical(sys.stdin.read())\n\
                       for e in c.walk('VEVENT'):\n    print(e.get('SUMMARY'), '|', e.decoded('DTSTART'))";
        let mut child = std::process::Command::new("python3")
            .args(["-c", program])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs");
        use std::io::Write as _;
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    })
    .await
    .unwrap()
}
