//! The `kith` binary itself: help, imports that land whole or not at all, accounts from the command line,
//! backups while serving, graceful shutdown, and two instances sharing one PostgreSQL.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use kith_testkit::html::csrf_token;
use kith_testkit::{Backend, TestDb};

pub(crate) const KITH: &str = env!("CARGO_BIN_EXE_kith");
const PASSWORD: &str = "correct horse battery staple";

fn kith(db: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(KITH)
        .args(args)
        .env("KITH_DATABASE_URL", db)
        .env("KITH_LOG_FORMAT", "text")
        .env("KITH_LOG", "warn")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("kith runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A `kith serve` process, stopped with SIGTERM when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
}

impl Server {
    pub(crate) async fn start(db: &str, extra: &[&str]) -> Server {
        Self::start_logging_to(db, extra, None).await
    }

    /// Starts `kith serve` with its default logging (JSON at info), written to `log` if given.
    async fn start_logging_to(db: &str, extra: &[&str], log: Option<&Path>) -> Server {
        Self::start_with(db, extra, log, &[]).await
    }

    /// Starts `kith serve` with settings of its own in the environment.
    pub(crate) async fn start_with(db: &str, extra: &[&str], log: Option<&Path>, env: &[(&str, &str)]) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Self::start_logging(db, port, extra, log, env).await
    }

    /// Starts `kith serve` on a port chosen beforehand (another process needs to know it first).
    pub(crate) async fn start_on_port(db: &str, port: u16, extra: &[&str], env: &[(&str, &str)]) -> Server {
        Self::start_logging(db, port, extra, None, env).await
    }

    async fn start_logging(db: &str, port: u16, extra: &[&str], log: Option<&Path>, env: &[(&str, &str)]) -> Server {
        let stderr = match log {
            Some(path) => Stdio::from(std::fs::File::create(path).unwrap()),
            None => Stdio::inherit(),
        };
        let child = Command::new(KITH)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(extra)
            .env("KITH_DATABASE_URL", db)
            .env("KITH_LOG", if log.is_some() { "info" } else { "warn" })
            // Signing in with a second factor has tests of its own; these sign in with a password.
            .env("KITH_REQUIRE_TWO_FACTOR", "false")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap();
        // Made at once, so that dropping it stops the process whatever happens next.
        let server = Server { child, base: format!("http://127.0.0.1:{port}") };
        for _ in 0..200 {
            if reqwest::get(format!("{}/health/ready", server.base)).await.is_ok_and(|r| r.status().is_success()) {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("kith serve did not become ready on {}", server.base);
    }

    fn terminate(&mut self) -> std::process::ExitStatus {
        Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["worker", "--help"],
        vec!["migrate", "--help"],
        vec!["import", "--help"],
        vec!["import", "places", "--help"],
        vec!["import", "translations", "--help"],
        vec!["demo", "--help"],
        vec!["user", "--help"],
        vec!["user", "add", "--help"],
        vec!["backup", "--help"],
        vec!["open311", "add-key", "--help"],
    ] {
        let out = Command::new(KITH).args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(text(&out.stdout).contains("Usage: kith"), "{args:?}: {}", text(&out.stdout));
    }
}

#[tokio::test]
async fn an_open311_key_is_printed_once_and_a_single_worker_sweep_reports_what_it_did() {
    let db = TestDb::fresh(Backend::Sqlite).await;
    let out = kith(&db.url, &["open311", "add-key", "--name", "FixMyStreet"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let key = text(&out.stdout).trim().to_owned();
    assert!(key.len() == 48 && key.chars().all(|c| c.is_ascii_hexdigit()), "{key:?}");
    let store = kith_store::connect(&db.url).await.unwrap();
    let keys = store.api_keys().await.unwrap();
    assert_eq!((keys.len(), keys[0].name.as_str()), (1, "FixMyStreet"));
    assert!(store.api_key(&key).await.unwrap().is_none(), "only the key's hash is kept");
    store.close().await;

    let out = kith(&db.url, &["worker", "--once", "--now", "2026-03-02T09:00:00Z"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(report["cases"]["breached"], 0);
    assert!(stdout.lines().nth(1).is_some_and(|l| l.starts_with("Swept in ")), "{stdout}");
}

/// Small slices of the real files: three wards, and postcodes in and around them.
fn slices(dir: &Path) -> (PathBuf, PathBuf) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/birmingham");
    let all: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("birmingham_wards_2022.geojson")).unwrap()).unwrap();
    let three: Vec<_> = all["features"].as_array().unwrap().iter().take(3).cloned().collect();
    let wards = dir.join("wards.geojson");
    std::fs::write(&wards, serde_json::json!({ "type": "FeatureCollection", "features": three }).to_string()).unwrap();
    let postcodes = dir.join("postcodes.csv");
    std::fs::write(
        &postcodes,
        "postcode,latitude,longitude,lad_code,ward_code\nB27 6AA,52.4466,-1.8185,E08000025,E05011118\nB70 6JZ,52.5186,-1.9936,E08000028,E05001234\nb276ab,52.4470,-1.8190,E08000025,\n",
    )
    .unwrap();
    (wards, postcodes)
}

#[tokio::test]
async fn a_broken_import_names_the_file_the_place_and_the_problem_and_imports_nothing() {
    let db = TestDb::empty(Backend::Sqlite).await;
    let dir = PathBuf::from(db.url.trim_start_matches("sqlite://")).parent().unwrap().to_owned();
    let (wards, postcodes) = slices(&dir);
    let import = |wards: &Path, postcodes: &Path| {
        kith(
            &db.url,
            &[
                "import",
                "places",
                "--wards",
                wards.to_str().unwrap(),
                "--postcodes",
                postcodes.to_str().unwrap(),
                "--authority",
                "E08000025",
                "--generation",
                "2022",
            ],
            &[],
        )
    };

    let broken_wards = dir.join("broken.geojson");
    let mut collection: serde_json::Value = serde_json::from_slice(&std::fs::read(&wards).unwrap()).unwrap();
    collection["features"][1]["geometry"]["coordinates"] = serde_json::json!([[[0, 0], [1, 1], [0, 0]]]);
    std::fs::write(&broken_wards, collection.to_string()).unwrap();
    let out = import(&broken_wards, &postcodes);
    assert!(!out.status.success());
    let message = text(&out.stderr);
    assert!(
        message.contains("broken.geojson: feature 2: a ring has 3 positions")
            && message.contains("Nothing was imported"),
        "{message}"
    );

    let broken_postcodes = dir.join("broken.csv");
    std::fs::write(&broken_postcodes, "postcode,latitude,longitude\nB27 6AA,52.4466,-1.8185\nB27 6AB,north,-1.8190\n")
        .unwrap();
    let out = import(&wards, &broken_postcodes);
    assert!(!out.status.success());
    let message = text(&out.stderr);
    assert!(message.contains("broken.csv: line 3: latitude \"north\" is not a number"), "{message}");

    let store = kith_store::connect(&db.url).await.unwrap();
    assert!(store.load_places().await.unwrap().wards.is_empty(), "nothing landed");

    // Postcode files are large: a gzipped one is read as it is.
    let zipped = dir.join("postcodes.csv.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, &std::fs::read(&postcodes).unwrap()).unwrap();
    std::fs::write(&zipped, encoder.finish().unwrap()).unwrap();
    let out = import(&wards, &zipped);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Imported 3 wards, 2 postcodes in the city and 1 outside it (1 placed by their position)"),
        "{said}"
    );
    let places = store.load_places().await.unwrap();
    assert_eq!(places.wards.len(), 3);
    let outside = places.postcodes.iter().find(|p| p.postcode == "B70 6JZ").unwrap();
    assert_eq!(
        (outside.authority_code.as_deref(), outside.ward_code.as_deref()),
        (Some("E08000028"), None),
        "kept, outside the city"
    );
    store.close().await;
}

#[tokio::test]
async fn an_account_added_at_the_command_line_can_sign_in_and_a_backup_is_taken_while_serving() {
    let db = TestDb::fresh(Backend::Sqlite).await;
    let refused = kith(
        &db.url,
        &["user", "add", "--email", "ada@example.org", "--name", "Ada", "--role", "administrator"],
        &[("KITH_USER_PASSWORD", "short")],
    );
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("password: Password must be 12 characters or more"),
        "{}",
        text(&refused.stderr)
    );
    let added = kith(
        &db.url,
        &["user", "add", "--email", "ada@example.org", "--name", "Ada", "--role", "administrator"],
        &[("KITH_USER_PASSWORD", PASSWORD)],
    );
    assert!(added.status.success(), "{}", text(&added.stderr));

    let mut server = Server::start(&db.url, &[]).await;
    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = client.get(format!("{}/sign-in", server.base)).send().await.unwrap().text().await.unwrap();
    let signed_in = client
        .post(format!("{}/sign-in", server.base))
        .form(&[("csrf_token", csrf_token(&page).as_str()), ("email", "ada@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status().as_u16(), 303);

    let copy = PathBuf::from(db.url.trim_start_matches("sqlite://")).with_file_name("backup.db");
    let out = kith(&db.url, &["backup", "--to", copy.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again = kith(&db.url, &["backup", "--to", copy.to_str().unwrap()], &[]);
    assert!(!again.status.success() && text(&again.stderr).contains("already exists"), "a backup never overwrites");
    let backup = kith_store::connect(&format!("sqlite://{}", copy.display())).await.unwrap();
    assert_eq!(backup.load_places().await.unwrap().wards.len(), 69);
    assert!(backup.user_by_email("ada@example.org").await.unwrap().is_some());
    backup.close().await;

    assert!(server.terminate().success(), "SIGTERM shuts down gracefully");
}

#[tokio::test]
async fn a_user_signed_in_on_one_instance_is_signed_in_on_another() {
    if !Backend::all().await.contains(&Backend::Postgres) {
        eprintln!("PostgreSQL is not configured: skipping");
        return;
    }
    let db = TestDb::fresh(Backend::Postgres).await;
    let added = kith(
        &db.url,
        &["user", "add", "--email", "ada@example.org", "--name", "Ada", "--role", "administrator"],
        &[("KITH_USER_PASSWORD", PASSWORD)],
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let mut one = Server::start(&db.url, &["--no-worker"]).await;
    let mut two = Server::start(&db.url, &["--no-worker"]).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = client.get(format!("{}/sign-in", one.base)).send().await.unwrap();
    let csrf_cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let page = page.text().await.unwrap();
    let signed_in = client
        .post(format!("{}/sign-in", one.base))
        .header("cookie", &csrf_cookie)
        .form(&[("csrf_token", csrf_token(&page).as_str()), ("email", "ada@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status().as_u16(), 303);
    let session = signed_in.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let on_two = client.get(format!("{}/admin", two.base)).header("cookie", &session).send().await.unwrap();
    assert_eq!(on_two.status().as_u16(), 200);
    assert!(on_two.text().await.unwrap().contains("Signed in as Ada"));
    assert!(one.terminate().success() && two.terminate().success());
}

#[test]
fn demo_builds_a_city_afresh_each_time() {
    let dir = std::env::temp_dir().join(format!("kith-demo-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    for _ in 0..2 {
        let out = Command::new(KITH)
            .args(["demo", "--no-serve"])
            .current_dir(&dir)
            .env_remove("KITH_DATABASE_URL")
            .env("KITH_LOG", "warn")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let said = text(&out.stdout);
        assert!(said.contains("69 wards") && said.contains("101 councillors and 34 coordinators"), "{said}");
        assert!(said.contains("admin@demo.kith.example.org") && said.contains("kith-demo-password"), "{said}");
    }
    assert!(dir.join("kith-demo.db").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Logs are JSON lines, and what is logged while answering a request carries that request's id, the one the
/// response's `x-request-id` header gives (or the one a proxy in front sent).
#[tokio::test]
async fn logs_are_json_lines_that_carry_the_request_id() {
    let db = TestDb::fresh(Backend::Sqlite).await;
    let log = PathBuf::from(db.url.trim_start_matches("sqlite://")).with_file_name("kith.log");
    let mut server = Server::start_logging_to(&db.url, &["--no-worker"], Some(&log)).await;
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let page = client.get(format!("{}/sign-in", server.base)).send().await.unwrap().text().await.unwrap();
    let refused = client
        .post(format!("{}/sign-in", server.base))
        .header("x-request-id", "from-the-proxy-42")
        .form(&[("csrf_token", csrf_token(&page).as_str()), ("email", "nobody@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.headers()["x-request-id"], "from-the-proxy-42", "a proxy's request id is kept");
    let other = client.get(format!("{}/", server.base)).send().await.unwrap();
    let generated = other.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_eq!(generated.len(), 36, "a request id is made when none came: {generated}");
    assert!(server.terminate().success());

    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}")))
        .collect();
    let refusal = lines
        .iter()
        .find(|l| l["fields"]["message"] == "sign-in refused")
        .unwrap_or_else(|| panic!("the refusal is logged: {lines:?}"));
    assert_eq!(refusal["span"]["request_id"], "from-the-proxy-42", "{refusal}");
    assert_eq!(refusal["level"], "INFO");
    assert!(!refusal.to_string().contains("nobody@example.org"), "no email addresses in the log: {refusal}");
}

/// What an operator sees when a command fails: its standard error, which must be one line naming the problem.
fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success(), "the command fails");
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line, no backtrace: {stderr}");
    assert!(lines[0].starts_with("kith: "), "{stderr}");
    lines[0].to_owned()
}

#[tokio::test]
async fn serving_on_a_port_in_use_is_one_line_naming_the_address() {
    let db = TestDb::fresh(Backend::Sqlite).await;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let line = one_line_error(&kith(&db.url, &["serve", "--no-worker", "--listen", &address], &[]));
    assert!(line.contains(&format!("listening on {address}")) && line.contains("in use"), "{line}");
}

#[test]
fn importing_a_file_that_cannot_be_read_is_one_line_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("kith-missing-{}", uuid::Uuid::new_v4()));
    let missing = dir.join("services.csv");
    let db = format!("sqlite://{}", std::env::temp_dir().join(format!("kith-{}.db", uuid::Uuid::new_v4())).display());
    let line = one_line_error(&kith(&db, &["import", "directory", "--file", missing.to_str().unwrap()], &[]));
    assert!(line.contains(&format!("reading {}", missing.display())), "{line}");
}

#[test]
fn a_store_that_cannot_be_opened_is_one_line_naming_it_even_with_a_backtrace_asked_for() {
    let nowhere = std::env::temp_dir().join(format!("kith-no-such-dir-{}", uuid::Uuid::new_v4())).join("kith.db");
    let url = format!("sqlite://{}", nowhere.display());
    let out = kith(&url, &["migrate"], &[]);
    let line = one_line_error(&out);
    assert!(line.contains(&nowhere.display().to_string()), "{line}");
    let with_backtrace = kith(&url, &["migrate"], &[("RUST_BACKTRACE", "1")]);
    let stderr = text(&with_backtrace.stderr);
    assert_eq!(stderr.lines().next(), Some(line.as_str()), "the same message comes first: {stderr}");
}

#[tokio::test]
async fn sigterm_with_a_request_stuck_in_flight_exits_within_the_grace_period() {
    use tokio::io::AsyncWriteExt as _;
    let db = TestDb::fresh(Backend::Sqlite).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(KITH)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("KITH_DATABASE_URL", &db.url)
        .env("KITH_LOG", "warn")
        .env("KITH_SHUTDOWN_GRACE_SECONDS", "2")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut server = Server { child, base: format!("http://127.0.0.1:{port}") };
    for _ in 0..200 {
        if reqwest::get(format!("{}/health/ready", server.base)).await.is_ok_and(|r| r.status().is_success()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A form whose body never comes: the request stays in flight, its handler waiting to read it.
    let mut stuck = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stuck
        .write_all(
            b"POST /sign-in HTTP/1.1\r\nHost: kith\r\nContent-Type: application/x-www-form-urlencoded\r\n\
              Content-Length: 1000\r\n\r\nemail=",
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let signalled = std::time::Instant::now();
    Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().unwrap();
    let mut exited = None;
    while signalled.elapsed() < Duration::from_secs(15) {
        if let Some(status) = server.child.try_wait().unwrap() {
            exited = Some((status, signalled.elapsed()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, after) = exited.expect("kith exits after SIGTERM although a request is stuck");
    assert!(status.success(), "{status}");
    assert!(after >= Duration::from_millis(1_500), "it waited for the request in flight first: {after:?}");
    assert!(after < Duration::from_secs(6), "it stopped waiting at the end of the grace period: {after:?}");
    drop(stuck);
}

#[tokio::test]
async fn a_translations_file_lands_whole_or_is_refused_with_its_line() {
    let db = TestDb::fresh(Backend::Sqlite).await;
    let dir = std::env::temp_dir().join(format!("kith-translations-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("pl.ftl");
    std::fs::write(&good, "finder-heading = Znajdź swój okręg\nwards-heading = Okręgi w { $city }\n").unwrap();
    let out = kith(&db.url, &["import", "translations", "--language", "pl", good.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 2 pl messages as draft.");
    let broken = dir.join("broken.ftl");
    std::fs::write(&broken, "finder-heading = Znajdź\nwards-heading = Okręgi w { $miasto }\n").unwrap();
    let out =
        kith(&db.url, &["import", "translations", "--language", "pl", "--approved", broken.to_str().unwrap()], &[]);
    assert!(!out.status.success());
    let error = text(&out.stderr);
    assert!(error.contains("broken.ftl: line 2: wards-heading uses $miasto where English uses $city"), "{error}");
    let store = kith_store::connect(&db.url).await.unwrap();
    let kept = store.translation("pl", "finder-heading").await.unwrap().unwrap();
    assert_eq!(
        (kept.text.as_str(), kept.status.as_str()),
        ("Znajdź swój okręg", "draft"),
        "nothing of the broken file landed"
    );
    store.close().await;
}
