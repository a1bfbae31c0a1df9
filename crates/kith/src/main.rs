//! `kith`: one binary for a whole city. See `kith --help`.

mod config;
use std::io::{BufRead as _, IsTerminal as _};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};
use kith_app::directory::import::Source;
use kith_app::places::import::{InputFile, PlacesFiles};
use kith_app::{Actor, App, Database, Settings};
use kith_core::accounts::Scope;
use kith_core::places::{AuthorityCode, WardCode};
use kith_core::{Clock, OffsetClock, SystemClock};
use kith_web::{AppState, WebSettings};
use tokio::sync::watch;

use crate::config::Config;

#[derive(Parser)]
#[command(name = "kith", version, about = "Kith: neighbourhood working for a city council and its communities")]
struct Cli {
    /// A TOML configuration file (default: KITH_CONFIG, or kith.toml in the working directory if present).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the city: the web pages and API, with the background worker in-process unless --no-worker.
    Serve(ServeArgs),
    /// Run the background worker on its own (beside `kith serve --no-worker` instances).
    Worker(WorkerArgs),
    /// Bring the store's schema up to date.
    Migrate,
    /// Import data into the store.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Build a demo city (Birmingham) from the data in the binary and serve it.
    Demo(DemoArgs),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write a consistent copy of the SQLite store while it serves.
    Backup(BackupArgs),
    /// Export data from the store as open data.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Keys for trusted Open311 clients.
    #[command(subcommand)]
    Open311(Open311Command),
}

#[derive(Subcommand)]
enum Open311Command {
    /// Issue a key for a client and print it (only its fingerprint is kept).
    AddKey(AddKeyArgs),
}

#[derive(Args)]
struct AddKeyArgs {
    /// Who the key is for, like "FixMyStreet".
    #[arg(long)]
    name: String,
}

#[derive(Args)]
struct WorkerArgs {
    /// Sweep once, print what was done and how long it took, and stop.
    #[arg(long)]
    once: bool,
    #[command(flatten)]
    clock: ClockArgs,
}

#[derive(Subcommand)]
enum ExportCommand {
    /// Export the public directory: Open Referral UK ndjson, Kith's CSV template or GeoJSON points.
    Directory(ExportDirectoryArgs),
}

#[derive(Args)]
struct ExportDirectoryArgs {
    /// ndjson (Open Referral UK, one full service a line), csv (Kith's template) or geojson.
    #[arg(long, default_value = "ndjson")]
    format: String,
    /// The file to write (default: standard output).
    #[arg(long)]
    to: Option<PathBuf>,
}

#[derive(Args)]
struct DirectoryImportArgs {
    /// A file: an Open Referral UK document (one service, a list, or an API page), an ndjson stream, or a CSV
    /// in Kith's template (by its .csv name).
    #[arg(long, conflicts_with = "url")]
    file: Option<PathBuf>,
    /// The base address of an Open Referral UK API (http), paged through /services?full=true.
    #[arg(long)]
    url: Option<String>,
    /// Say what would be imported, merged and rejected, and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Args)]
struct ClockArgs {
    /// Run as if it were this time (RFC 3339, e.g. 2026-03-02T09:00:00Z); the clock ticks on from there.
    #[arg(long)]
    now: Option<DateTime<Utc>>,
}

#[derive(Args)]
struct ServeArgs {
    /// The address to listen on (default: KITH_LISTEN or 127.0.0.1:8080).
    #[arg(long)]
    listen: Option<String>,
    /// Do not run the background worker in this process.
    #[arg(long)]
    no_worker: bool,
    #[command(flatten)]
    clock: ClockArgs,
}

#[derive(Args)]
struct DemoArgs {
    /// The address to listen on (default: KITH_LISTEN or 127.0.0.1:8080).
    #[arg(long)]
    listen: Option<String>,
    /// Build the demo city and stop, without serving.
    #[arg(long)]
    no_serve: bool,
    /// How many community services the demo directory holds (about; spread over the wards). For benchmarks.
    #[arg(long, default_value_t = kith_app::demo::directory::DEMO_SERVICES_PER_WARD * 69)]
    services: usize,
    /// How many cases the demo holds, raised over the last six months. For benchmarks.
    #[arg(long, default_value_t = kith_app::demo::DEMO_CASES)]
    cases: usize,
    /// Grant applications in the demo funds' past rounds (a tenth as many more in their current rounds). For
    /// benchmarks.
    #[arg(long, default_value_t = kith_app::demo::grants::DEMO_PAST_APPLICATIONS)]
    grant_applications: usize,
    /// Volunteers in the demo (most ready, some on standby in the surge). For benchmarks.
    #[arg(long, default_value_t = kith_app::demo::volunteering::DEMO.volunteers)]
    volunteers: usize,
    /// Open requests for help in the demo, most of them in the surge.
    #[arg(long, default_value_t = kith_app::demo::volunteering::DEMO.requests)]
    help_requests: usize,
    /// Forums each ward held in the last year (and two more to come). For benchmarks, like those below.
    #[arg(long, default_value_t = kith_app::demo::forums::DEMO.forums_per_ward)]
    forums_per_ward: usize,
    /// Priorities adopted in each ward (and two more proposed).
    #[arg(long, default_value_t = kith_app::demo::forums::DEMO.priorities_per_ward)]
    priorities_per_ward: usize,
    #[arg(long, default_value_t = kith_app::demo::forums::DEMO.actions_per_priority)]
    actions_per_priority: usize,
    /// Each ward's own organisations on the stakeholder map.
    #[arg(long, default_value_t = kith_app::demo::forums::DEMO.organisations_per_ward)]
    organisations_per_ward: usize,
    /// Partnerships per organisation, on average.
    #[arg(long, default_value_t = kith_app::demo::forums::DEMO.partnerships_per_organisation)]
    partnerships_per_organisation: usize,
    #[command(flatten)]
    clock: ClockArgs,
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Import a city's places: ward boundaries (GeoJSON), and optionally postcodes, LSOAs, local authority names
    /// and neighbourhoods (CSV). The whole import lands or none of it does.
    Places(PlacesArgs),
    /// Import a directory from an Open Referral UK feed or file, or a CSV in Kith's template. Records that match
    /// what the directory holds are merged; bad records are reported; the rest lands in one transaction.
    Directory(DirectoryImportArgs),
    /// Import indicators: a CSV of values by area (an LSOA 2021 or ward code column and a column per indicator)
    /// and a CSV about them (key, column, denominator, title, topic, kind, polarity, source, vintage, published_on,
    /// licence, boundaries). A wrong code, missing column or value that is not a number names the line, and
    /// nothing is imported.
    Indicators(IndicatorArgs),
    /// Import a community language's translations from a Fluent file (as Weblate or Pontoon export it): the whole
    /// file lands or, if a message is not valid Fluent, is not in English or uses a variable English does not pass,
    /// none of it does, and the file, line and message are named. Its messages are drafts unless `--approved`.
    Translations(TranslationArgs),
}

#[derive(Args)]
struct TranslationArgs {
    /// The language's tag, such as ur or pa-Arab.
    #[arg(long)]
    language: String,
    /// Approve them as they land (when the platform's own review is the community translators').
    #[arg(long)]
    approved: bool,
    /// The Fluent file.
    file: PathBuf,
}

#[derive(Args)]
struct IndicatorArgs {
    /// The values: CSV with a code column (lsoa21_code, LSOA21CD, ward_code or WD22CD) and the indicators' columns.
    #[arg(long)]
    values: PathBuf,
    /// About the indicators: CSV with one row per indicator.
    #[arg(long)]
    about: PathBuf,
    /// For values on 2011 LSOAs: their best-fit lookup to wards, CSV with lsoa11_code and ward_code columns.
    #[arg(long)]
    lookup: Option<PathBuf>,
}

#[derive(Args)]
struct PlacesArgs {
    /// Ward boundaries: a GeoJSON FeatureCollection with a code (WDnnCD or code) and name (WDnnNM or name) per feature.
    #[arg(long)]
    wards: PathBuf,
    /// Postcodes: CSV with postcode, latitude, longitude and optionally lad_code, ward_code and an LSOA code.
    #[arg(long)]
    postcodes: Option<PathBuf>,
    /// LSOA to ward lookup: CSV with LSOAnnCD, LSOAnnNM and WDnnCD columns.
    #[arg(long)]
    lsoas: Option<PathBuf>,
    /// LSOA boundaries for the small-area maps: GeoJSON with an LSOAnnCD property; needs --lsoas.
    #[arg(long)]
    lsoa_boundaries: Option<PathBuf>,
    /// Local authority names: CSV with code and name, so postcodes outside the city name their council.
    #[arg(long)]
    authorities: Option<PathBuf>,
    /// Neighbourhoods: CSV with kind, name and ward_code, one row per ward of each neighbourhood.
    #[arg(long)]
    neighbourhoods: Option<PathBuf>,
    /// The city's local authority code, e.g. E08000025.
    #[arg(long)]
    authority: String,
    /// The council's name (default: from the wards file or the authorities file).
    #[arg(long)]
    authority_name: Option<String>,
    /// The name of this generation of boundaries, e.g. 2022.
    #[arg(long)]
    generation: String,
    /// Keep the current generation current (import boundaries for later).
    #[arg(long)]
    not_current: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an account with one role. The password is read from KITH_USER_PASSWORD or standard input.
    Add(UserAddArgs),
}

#[derive(Args)]
struct UserAddArgs {
    #[arg(long)]
    email: String,
    #[arg(long)]
    name: String,
    /// The role's key, e.g. administrator, coordinator, councillor.
    #[arg(long)]
    role: String,
    /// Limit the role to a ward (its code); without --ward or --neighbourhood the role covers the city.
    #[arg(long, conflicts_with = "neighbourhood")]
    ward: Option<String>,
    /// Limit the role to a neighbourhood (its name).
    #[arg(long)]
    neighbourhood: Option<String>,
}

#[derive(Args)]
struct BackupArgs {
    /// Where to write the copy (must not exist).
    #[arg(long)]
    to: PathBuf,
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.json_logs() {
        builder.json().with_current_span(true).with_span_list(false).init();
    } else {
        builder.init();
    }
}

fn clock(args: &ClockArgs) -> Arc<dyn Clock> {
    match args.now {
        Some(start) => Arc::new(OffsetClock::starting_at(start)),
        None => Arc::new(SystemClock),
    }
}

fn settings(config: &Config, demo: bool) -> anyhow::Result<Settings> {
    Ok(Settings {
        session_length: chrono::Duration::hours(config.session_hours),
        session_idle: Some(chrono::Duration::minutes(config.session_idle_minutes)),
        demo,
        require_two_factor: config.require_two_factor.unwrap_or(!demo),
        oidc: config.oidc()?,
        public_url: config.public_url(),
        mail: config
            .smtp_url
            .clone()
            .map(|smtp_url| kith_app::MailSettings { smtp_url, from: config.mail_from.clone() }),
    })
}

async fn open_store(config: &Config, url: &str) -> anyhow::Result<Database> {
    Database::open(url, config.database_replica_url.as_deref())
        .await
        .with_context(|| format!("opening the store {}", redact(url)))
}

async fn start_app(config: &Config, url: &str, clock: Arc<dyn Clock>, demo: bool) -> anyhow::Result<Arc<App>> {
    let store = open_store(config, url).await?;
    App::start(store, clock, settings(config, demo)?)
        .await
        .with_context(|| format!("opening the store {}", redact(url)))
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://…@{}", &url[..scheme], &url[at + 1..]),
        _ => url.to_owned(),
    }
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn serve(
    config: &Config,
    app: Arc<App>,
    listen: &str,
    worker: bool,
    on_listening: impl FnOnce(std::net::SocketAddr),
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await.with_context(|| format!("listening on {listen}"))?;
    let address = listener.local_addr()?;
    let web = WebSettings {
        secure_cookies: config.secure_cookies,
        trust_forwarded_for: config.trust_forwarded_for,
        sign_in_attempts: config.sign_in_attempts,
        public_writes: config.public_writes,
        ..WebSettings::default()
    };
    let state = AppState::new(app.clone(), web)?;
    let (stop, stopped) = watch::channel(false);
    let worker = worker.then(|| spawn_worker(&app, config, stopped.clone()));
    // The city's stakeholder network takes most of a second to measure: it is done now, not for the first visitor.
    kith_app::stakeholders::spawn_measure(&app);
    tracing::info!(%address, "serving");
    on_listening(address);
    let server = kith_web::serve(listener, state, async move {
        shutdown_signal().await;
        let _ = stop.send(true);
    });
    tokio::pin!(server);
    let mut signalled = stopped.clone();
    let (result, deadline) = tokio::select! {
        // The server stopped of itself (it failed): there is no signal to wait for.
        result = &mut server => (result, tokio::time::Instant::now()),
        _ = async { let _ = signalled.wait_for(|s| *s).await; } => {
            let deadline = tokio::time::Instant::now() + grace(config);
            match tokio::time::timeout_at(deadline, &mut server).await {
                Ok(result) => (result, deadline),
                Err(_) => {
                    tracing::warn!(
                        grace_seconds = config.shutdown_grace_seconds,
                        "requests still in flight at the end of the grace period: stopping without them"
                    );
                    (Ok(()), deadline)
                }
            }
        }
    };
    if let Some(worker) = worker {
        finish_worker(worker, deadline).await;
    }
    app.close().await;
    Ok(result?)
}

fn grace(config: &Config) -> Duration {
    Duration::from_secs(config.shutdown_grace_seconds)
}

/// The background worker, sweeping until `stopped` turns true.
fn spawn_worker(app: &Arc<App>, config: &Config, mut stopped: watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
    let interval = Duration::from_secs(config.worker_interval_seconds);
    tokio::spawn(kith_jobs::run(app.clone(), interval, async move {
        let _ = stopped.wait_for(|s| *s).await;
    }))
}

/// Lets the worker finish its current sweep until `deadline`, then abandons it: a sweep's steps each write in one
/// transaction, so an abandoned step is rolled back and done again by the next sweep.
async fn finish_worker(worker: tokio::task::JoinHandle<()>, deadline: tokio::time::Instant) {
    let abort = worker.abort_handle();
    if tokio::time::timeout_at(deadline, worker).await.is_err() {
        tracing::warn!("the worker's sweep did not finish in the grace period: abandoned, to be done again");
        abort.abort();
    }
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("KITH_USER_PASSWORD") {
        return Ok(password);
    }
    if std::io::stdin().is_terminal() {
        eprint!("Password (12 characters or more; it will show as you type): ");
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Reads an input file whole, unzipping it if its name ends `.gz`.
fn read_input(path: &PathBuf) -> anyhow::Result<InputFile> {
    let mut bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut unzipped = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes.as_slice()), &mut unzipped)
            .with_context(|| format!("unzipping {}", path.display()))?;
        bytes = unzipped;
    }
    Ok(InputFile { name: path.display().to_string(), bytes })
}

/// Runs the command. An operator's mistake (a port in use, a file that cannot be read, a store that cannot be
/// reached) is one line on standard error and a non-zero exit; the cause's backtrace follows only when
/// `RUST_BACKTRACE` asks for it. The process exits when the command is done, even if a request is stuck.
#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let code = match run(cli).await {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("kith: {}", one_line(&e));
            if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
                eprintln!("{}", e.backtrace());
            }
            1
        }
    };
    std::process::exit(code);
}

/// An error and its causes on one line, each cause once: a store error, say, often repeats its cause's words in its
/// own message, and an operator should read them once.
fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
    }
    line.replace('\n', " ")
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(cli.config.as_deref())?;
    // An address given on the command line is the one served, so links in emails and the identity provider's return
    // address follow it unless `public_url` says otherwise.
    if let Command::Serve(ServeArgs { listen: Some(listen), .. })
    | Command::Demo(DemoArgs { listen: Some(listen), .. }) = &cli.command
    {
        config.listen = listen.clone();
    }
    init_logging(&config);
    match cli.command {
        Command::Serve(args) => {
            let app = start_app(&config, config.database_url(), clock(&args.clock), false).await?;
            if app.places().wards().is_empty() {
                tracing::warn!("no places are loaded: run `kith import places` (or `kith demo` for a demo city)");
            }
            let listen = args.listen.unwrap_or_else(|| config.listen.clone());
            serve(&config, app, &listen, !args.no_worker, |_| {}).await
        }
        Command::Worker(args) => {
            let app = start_app(&config, config.database_url(), clock(&args.clock), false).await?;
            if args.once {
                let started = Instant::now();
                let report = kith_jobs::sweep(&app).await?;
                println!("{}", serde_json::to_string(&report)?);
                println!("Swept in {:.3} s.", started.elapsed().as_secs_f64());
            } else {
                let (stop, stopped) = watch::channel(false);
                let worker = spawn_worker(&app, &config, stopped);
                shutdown_signal().await;
                let _ = stop.send(true);
                finish_worker(worker, tokio::time::Instant::now() + grace(&config)).await;
            }
            app.close().await;
            Ok(())
        }
        Command::Open311(Open311Command::AddKey(args)) => {
            let app = start_app(&config, config.database_url(), clock(&ClockArgs { now: None }), false).await?;
            let (_, key) = kith_app::open311::add_key_from_command_line(&app, &args.name).await?;
            println!("{key}");
            app.close().await;
            Ok(())
        }
        Command::Migrate => {
            let store = open_store(&config, config.database_url()).await?;
            store.migrate().await.with_context(|| format!("migrating the store {}", redact(config.database_url())))?;
            println!("The store at {} is up to date.", redact(config.database_url()));
            Ok(())
        }
        Command::Import(ImportCommand::Places(args)) => {
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let files = PlacesFiles {
                generation: args.generation,
                authority: AuthorityCode::parse(&args.authority)?,
                authority_name: args.authority_name,
                make_current: !args.not_current,
                wards: read_input(&args.wards)?,
                postcodes: args.postcodes.as_ref().map(read_input).transpose()?,
                lsoas: args.lsoas.as_ref().map(read_input).transpose()?,
                lsoa_boundaries: args.lsoa_boundaries.as_ref().map(read_input).transpose()?,
                authorities: args.authorities.as_ref().map(read_input).transpose()?,
                neighbourhoods: args.neighbourhoods.as_ref().map(read_input).transpose()?,
            };
            let started = Instant::now();
            let report = kith_app::places::import::import_places(&app, &Actor::command_line(), &files).await?;
            println!(
                "Imported {} wards, {} postcodes in the city and {} outside it ({} placed by their position), {} LSOAs and {} neighbourhoods in {:.2} s.",
                report.wards,
                report.postcodes_in_city,
                report.postcodes_outside_city,
                report.postcodes_placed_by_position,
                report.lsoas,
                report.neighbourhoods,
                started.elapsed().as_secs_f64()
            );
            app.close().await;
            Ok(())
        }
        Command::Import(ImportCommand::Indicators(args)) => {
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let files = kith_app::intelligence::import::IndicatorFiles {
                values: read_input(&args.values)?,
                about: read_input(&args.about)?,
                lookup: args.lookup.as_ref().map(read_input).transpose()?,
            };
            let report = kith_app::intelligence::import::import_indicators(&app, &Actor::command_line(), &files).await;
            app.close().await;
            let report = report?;
            println!("Imported {} indicators: {} values for {} areas.", report.indicators, report.values, report.areas);
            Ok(())
        }
        Command::Import(ImportCommand::Translations(args)) => {
            let text =
                std::fs::read_to_string(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
            let catalogues = kith_web::Catalogues::load()?;
            if !catalogues.languages().iter().any(|l| l.tag == args.language && l.tag != "en") {
                bail!(
                    "{:?} is not a community language Kith speaks (a folder in crates/kith-web/locales)",
                    args.language
                );
            }
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let status = if args.approved {
                kith_core::translations::Status::Approved
            } else {
                kith_core::translations::Status::Draft
            };
            let file = args.file.display().to_string();
            let imported = kith_app::translations::import_from_command_line(
                &app,
                catalogues.english(),
                &args.language,
                &file,
                &text,
                status,
            )
            .await;
            app.close().await;
            match imported {
                Ok(n) => println!("Imported {n} {} messages as {}.", args.language, status.as_str()),
                Err(kith_app::AppError::Invalid(problems)) => {
                    bail!(
                        "nothing was imported: {}",
                        problems.into_iter().map(|(_, m)| m).collect::<Vec<_>>().join("; ")
                    )
                }
                Err(e) => return Err(e.into()),
            }
            Ok(())
        }
        Command::Import(ImportCommand::Directory(args)) => {
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let source = match (&args.file, &args.url) {
                (Some(path), _) => {
                    let name = path.display().to_string();
                    let bytes = std::fs::read(path).with_context(|| format!("reading {name}"))?;
                    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
                        Source::Csv(kith_app::directory::import::csv_rows(&bytes, &name).map_err(anyhow::Error::msg)?)
                    } else {
                        let text = String::from_utf8(bytes).with_context(|| format!("{name} is not UTF-8 text"))?;
                        Source::Oruk(
                            kith_app::directory::import::oruk_values(&text, &name).map_err(anyhow::Error::msg)?,
                        )
                    }
                }
                (None, Some(url)) => Source::Oruk(fetch_feed(url).await?),
                (None, None) => bail!("say what to import: --file PATH or --url ADDRESS"),
            };
            let report =
                kith_app::directory::import::import(&app, &Actor::command_line(), source, args.dry_run).await?;
            for (what, why) in &report.rejected {
                println!("rejected {what}: {why}");
            }
            for (what, id) in &report.merged {
                println!("merged {what} into {id}");
            }
            println!(
                "{} {} new, {} merged into what was there, {} rejected.",
                if report.written {
                    "Imported:"
                } else if args.dry_run {
                    "Dry run, nothing written:"
                } else {
                    "Nothing to write:"
                },
                report.imported.len(),
                report.merged.len(),
                report.rejected.len()
            );
            app.close().await;
            Ok(())
        }
        Command::Export(ExportCommand::Directory(args)) => {
            let format = kith_app::directory::export::Format::parse(&args.format)
                .with_context(|| format!("--format {:?}: choose ndjson, csv or geojson", args.format))?;
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let text = kith_web::exports::export_for_command_line(&app, format)?;
            match &args.to {
                Some(path) => {
                    std::fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("Wrote the directory as {format} to {}.", path.display());
                }
                None => print!("{text}"),
            }
            app.close().await;
            Ok(())
        }
        Command::Demo(args) => demo(&config, args).await,
        Command::User(UserCommand::Add(args)) => {
            let app = start_app(&config, config.database_url(), Arc::new(SystemClock), false).await?;
            let places = app.places();
            let scope = match (&args.ward, &args.neighbourhood) {
                (Some(code), _) => Scope::Ward(WardCode::parse(code)?),
                (None, Some(name)) => Scope::Neighbourhood(
                    places
                        .neighbourhoods()
                        .iter()
                        .find(|n| n.name.eq_ignore_ascii_case(name))
                        .map(|n| n.id)
                        .with_context(|| format!("there is no neighbourhood called {name:?}"))?,
                ),
                (None, None) => Scope::City,
            };
            let form =
                kith_app::accounts::NewUserForm { name: args.name, email: args.email, password: read_password()? };
            match kith_app::accounts::create_user_from_command_line(&app, &form, &args.role, scope).await {
                Ok(id) => println!("Added {} ({id}) as {}.", form.email.trim().to_lowercase(), args.role),
                Err(kith_app::AppError::Invalid(problems)) => {
                    let problems: Vec<String> =
                        problems.into_iter().map(|(field, message)| format!("{field}: {message}")).collect();
                    bail!("the account was not added: {}", problems.join("; "));
                }
                Err(e) => return Err(e.into()),
            }
            app.close().await;
            Ok(())
        }
        Command::Backup(args) => {
            if args.to.exists() {
                bail!("{} already exists: choose a new file for the backup", args.to.display());
            }
            let store = open_store(&config, config.database_url()).await?;
            store.backup(&args.to).await?;
            println!("Backed up {} to {}.", redact(config.database_url()), args.to.display());
            Ok(())
        }
    }
}

/// Pages through an Open Referral UK API's full services, the way the standard's validator reads a feed.
async fn fetch_feed(base: &str) -> anyhow::Result<Vec<(String, serde_json::Value)>> {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(60)).build()?;
    let base = base.trim_end_matches('/');
    let mut values = Vec::new();
    for page in 1.. {
        let url = format!("{base}/services?full=true&per_page=500&page={page}");
        let response = client.get(&url).send().await.with_context(|| format!("fetching {url}"))?;
        if !response.status().is_success() {
            bail!("{url} answered {}", response.status());
        }
        let doc: serde_json::Value = response.json().await.with_context(|| format!("{url} is not JSON"))?;
        let contents = doc["contents"].as_array().with_context(|| format!("{url} is not a page of services"))?;
        values.extend(contents.iter().enumerate().map(|(i, v)| (format!("{url} item {}", i + 1), v.clone())));
        if doc["last_page"].as_bool() != Some(false) || contents.is_empty() {
            break;
        }
    }
    Ok(values)
}

async fn demo(config: &Config, args: DemoArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let url = match &config.database_url {
        Some(url) => url.clone(),
        None => {
            for suffix in ["", "-wal", "-shm"] {
                let path = format!("kith-demo.db{suffix}");
                if std::path::Path::new(&path).exists() {
                    std::fs::remove_file(&path).with_context(|| format!("removing the old {path}"))?;
                }
            }
            "sqlite://kith-demo.db".to_owned()
        }
    };
    let app = start_app(config, &url, clock(&args.clock), true).await?;
    if !app.places().wards().is_empty() {
        bail!("the configured store {} already holds a city; kith demo needs an empty one", redact(&url));
    }
    let forums = kith_app::demo::forums::Size {
        forums_per_ward: args.forums_per_ward,
        priorities_per_ward: args.priorities_per_ward,
        actions_per_priority: args.actions_per_priority,
        organisations_per_ward: args.organisations_per_ward,
        partnerships_per_organisation: args.partnerships_per_organisation,
    };
    let helping = kith_app::demo::volunteering::Size { volunteers: args.volunteers, requests: args.help_requests };
    let city =
        kith_app::demo::build_sized(&app, args.services, args.cases, forums, args.grant_applications, helping).await?;
    // The team's own translations show, though no community translator has reviewed them yet.
    kith_web::Catalogues::load()?.approve_as_team(&app).await?;
    kith_app::demo::translations::seed_glossaries(&app).await?;
    let built = started.elapsed();
    let listen = args.listen.unwrap_or_else(|| config.listen.clone());
    let print = move |address: std::net::SocketAddr| {
        println!(
            "Kith demo: Birmingham, {} wards, {} postcodes, {} councillors and {} coordinators (built in {:.1} s).",
            city.places.wards,
            city.places.postcodes_in_city + city.places.postcodes_outside_city,
            city.councillors,
            city.coordinators,
            built.as_secs_f64()
        );
        println!(
            "Directory: {} services from {} organisations at {} locations.",
            city.directory.services, city.directory.organisations, city.directory.locations
        );
        println!(
            "Cases: {} with {} timeline entries, about {} residents.",
            city.cases.cases, city.cases.events, city.cases.residents
        );
        println!(
            "Forums: {} forums, {} priorities and {} actions; a stakeholder map of {} organisations and {} partnerships.",
            city.forums.forums,
            city.forums.priorities,
            city.forums.actions,
            city.forums.organisations,
            city.forums.partnerships
        );
        println!(
            "Grants: {} funds, {} applications, {} awards.",
            city.grants.funds, city.grants.applications, city.grants.awards
        );
        println!(
            "Volunteering: {} volunteers, {} requests for help, {} opportunities, {} time bank exchanges.",
            city.volunteering.volunteers,
            city.volunteering.requests,
            city.volunteering.opportunities,
            city.volunteering.exchanges
        );
        println!();
        println!("Open http://{address}/");
        println!();
        println!("Demo accounts (password for all: {}):", kith_app::demo::DEMO_PASSWORD);
        for a in &city.accounts {
            println!("  {:<36} {:<18} {}", a.email, a.role, a.scope);
        }
        if !city.volunteering.volunteer_link.is_empty() {
            println!("The demo volunteer's own page: http://{address}{}", city.volunteering.volunteer_link);
        }
        println!();
        println!("Press Ctrl-C to stop.");
    };
    if args.no_serve {
        print("127.0.0.1:0".parse().expect("a socket address"));
        app.close().await;
        return Ok(());
    }
    serve(config, app, &listen, true, print).await
}
