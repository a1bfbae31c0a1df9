//! Configuration: a TOML file (`--config`, `KITH_CONFIG`, or `kith.toml` in the working directory if present)
//! overlaid by `KITH_*` environment variables. Unknown keys are refused, so a misspelt setting is not silently
//! ignored. A secret may come from a file: `KITH_DATABASE_URL_FILE`.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `sqlite://path` or `postgres://…`. Unset means `sqlite://kith.db` in the working directory.
    pub database_url: Option<String>,
    /// A PostgreSQL replica to read from.
    pub database_replica_url: Option<String>,
    pub listen: String,
    pub secure_cookies: bool,
    pub trust_forwarded_for: bool,
    /// `json` (for log collectors) or `text` (for people at a terminal). Unset: `text` when standard error is a
    /// terminal, `json` otherwise.
    pub log_format: Option<String>,
    /// A tracing filter, such as `info` or `info,kith_web=debug`.
    pub log: String,
    pub session_hours: i64,
    /// How long a session may go unused before it ends, in minutes.
    pub session_idle_minutes: i64,
    /// Accounts whose roles reach personal data sign in with a code from an authenticator app as well as their
    /// password. Unset: on, except in `kith demo`.
    pub require_two_factor: Option<bool>,
    /// The council's identity provider (OpenID Connect): its issuer address, Kith's client id and secret there, and
    /// its name as staff know it. Unset: staff sign in with a Kith password only.
    pub oidc_issuer: Option<String>,
    pub oidc_client_id: Option<String>,
    pub oidc_client_secret: Option<String>,
    pub oidc_name: Option<String>,
    pub worker_interval_seconds: u64,
    /// On SIGTERM, how long requests in flight and the worker's current sweep may take to finish before the process
    /// exits anyway.
    pub shutdown_grace_seconds: u64,
    /// Sign-in attempts allowed per address and per email address in five minutes.
    pub sign_in_attempts: u32,
    /// Writes anyone may make (proposing a priority, asking to support one, emailing a shortlist) per address in ten
    /// minutes.
    pub public_writes: u32,
    /// Where email goes out: `smtp://host:port` (unset: email is queued and not sent).
    pub smtp_url: Option<String>,
    /// Who email comes from.
    pub mail_from: String,
    /// The address people reach Kith at, for links in emails (default: http:// and the listen address).
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: None,
            database_replica_url: None,
            listen: "127.0.0.1:8080".into(),
            secure_cookies: false,
            trust_forwarded_for: false,
            log_format: None,
            log: "info,sqlx=warn".into(),
            session_hours: 12,
            session_idle_minutes: 60,
            require_two_factor: None,
            oidc_issuer: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_name: None,
            worker_interval_seconds: 60,
            shutdown_grace_seconds: 10,
            sign_in_attempts: 10,
            public_writes: 20,
            smtp_url: None,
            mail_from: "Kith <no-reply@kith.invalid>".into(),
            public_url: None,
        }
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://kith.db";
/// A sign-in lasts at most 30 days.
const MAX_SESSION_HOURS: i64 = 720;
/// The worker sweeps at least once a day.
const MAX_WORKER_INTERVAL_SECONDS: u64 = 86_400;
const MAX_SHUTDOWN_GRACE_SECONDS: u64 = 600;

fn env(name: &str) -> anyhow::Result<Option<String>> {
    if let Ok(value) = std::env::var(name) {
        return Ok(Some(value));
    }
    match std::env::var(format!("{name}_FILE")) {
        Ok(path) => {
            let value = std::fs::read_to_string(&path).with_context(|| format!("reading {name}_FILE ({path})"))?;
            Ok(Some(value.trim().to_owned()))
        }
        Err(_) => Ok(None),
    }
}

/// A whole number from the environment, if the variable is set.
fn whole<T: std::str::FromStr>(name: &str) -> anyhow::Result<Option<T>> {
    env(name)?.map(|v| v.parse().map_err(|_| anyhow::anyhow!("{name} must be a whole number, not {v:?}"))).transpose()
}

fn flag(name: &str, value: &str) -> anyhow::Result<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => bail!("{name} must be true or false, not {value:?}"),
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        let file: Option<PathBuf> = match file {
            Some(path) => Some(path.to_owned()),
            None => match env("KITH_CONFIG")? {
                Some(path) => Some(path.into()),
                None => Some(PathBuf::from("kith.toml")).filter(|p| p.exists()),
            },
        };
        let mut config = match &file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading the configuration file {}", path.display()))?;
                toml::from_str(&text).with_context(|| format!("in the configuration file {}", path.display()))?
            }
            None => Config::default(),
        };
        if let Some(v) = env("KITH_DATABASE_URL")? {
            config.database_url = Some(v);
        }
        if let Some(v) = env("KITH_DATABASE_REPLICA_URL")? {
            config.database_replica_url = Some(v);
        }
        if let Some(v) = env("KITH_LISTEN")? {
            config.listen = v;
        }
        if let Some(v) = env("KITH_SECURE_COOKIES")? {
            config.secure_cookies = flag("KITH_SECURE_COOKIES", &v)?;
        }
        if let Some(v) = env("KITH_TRUST_FORWARDED_FOR")? {
            config.trust_forwarded_for = flag("KITH_TRUST_FORWARDED_FOR", &v)?;
        }
        if let Some(v) = env("KITH_LOG_FORMAT")? {
            config.log_format = Some(v);
        }
        if let Some(v) = env("KITH_LOG")? {
            config.log = v;
        }
        if let Some(v) = env("KITH_REQUIRE_TWO_FACTOR")? {
            config.require_two_factor = Some(flag("KITH_REQUIRE_TWO_FACTOR", &v)?);
        }
        for (name, field) in [
            ("KITH_OIDC_ISSUER", &mut config.oidc_issuer),
            ("KITH_OIDC_CLIENT_ID", &mut config.oidc_client_id),
            ("KITH_OIDC_CLIENT_SECRET", &mut config.oidc_client_secret),
            ("KITH_OIDC_NAME", &mut config.oidc_name),
        ] {
            if let Some(v) = env(name)? {
                *field = Some(v);
            }
        }
        if let Some(v) = whole("KITH_SESSION_IDLE_MINUTES")? {
            config.session_idle_minutes = v;
        }
        if let Some(v) = whole("KITH_SESSION_HOURS")? {
            config.session_hours = v;
        }
        if let Some(v) = whole("KITH_WORKER_INTERVAL_SECONDS")? {
            config.worker_interval_seconds = v;
        }
        if let Some(v) = whole("KITH_SHUTDOWN_GRACE_SECONDS")? {
            config.shutdown_grace_seconds = v;
        }
        if let Some(v) = whole("KITH_SIGN_IN_ATTEMPTS")? {
            config.sign_in_attempts = v;
        }
        if let Some(v) = whole("KITH_PUBLIC_WRITES")? {
            config.public_writes = v;
        }
        if let Some(v) = env("KITH_SMTP_URL")? {
            config.smtp_url = Some(v);
        }
        if let Some(v) = env("KITH_MAIL_FROM")? {
            config.mail_from = v;
        }
        if let Some(v) = env("KITH_PUBLIC_URL")? {
            config.public_url = Some(v);
        }
        if let Some(url) = &config.smtp_url
            && !url.starts_with("smtp://")
        {
            bail!("smtp_url must look like smtp://host:port, not {url:?}");
        }
        if let Some(format) = &config.log_format
            && !["json", "text"].contains(&format.as_str())
        {
            bail!("log_format must be json or text, not {format:?}");
        }
        if !(1..=MAX_SESSION_HOURS).contains(&config.session_hours) {
            bail!("session_hours must be from 1 to {MAX_SESSION_HOURS}, not {}", config.session_hours);
        }
        if !(5..=config.session_hours * 60).contains(&config.session_idle_minutes) {
            bail!(
                "session_idle_minutes must be from 5 to the session's length ({} minutes), not {}",
                config.session_hours * 60,
                config.session_idle_minutes
            );
        }
        if !(1..=MAX_WORKER_INTERVAL_SECONDS).contains(&config.worker_interval_seconds) {
            bail!(
                "worker_interval_seconds must be from 1 to {MAX_WORKER_INTERVAL_SECONDS}, not {}",
                config.worker_interval_seconds
            );
        }
        if config.sign_in_attempts == 0 || config.public_writes == 0 {
            bail!("sign_in_attempts and public_writes must be at least 1");
        }
        if config.shutdown_grace_seconds > MAX_SHUTDOWN_GRACE_SECONDS {
            bail!(
                "shutdown_grace_seconds must be from 0 to {MAX_SHUTDOWN_GRACE_SECONDS}, not {}",
                config.shutdown_grace_seconds
            );
        }
        Ok(config)
    }

    /// Whether logs are JSON: as configured, or else unless standard error is a terminal.
    pub fn json_logs(&self) -> bool {
        match self.log_format.as_deref() {
            Some(format) => format == "json",
            None => !std::io::IsTerminal::is_terminal(&std::io::stderr()),
        }
    }

    /// The identity provider, if one is configured; an issuer without a client id and secret is a mistake.
    pub fn oidc(&self) -> anyhow::Result<Option<kith_app::accounts::oidc::OidcSettings>> {
        let Some(issuer) = &self.oidc_issuer else { return Ok(None) };
        let (Some(client_id), Some(client_secret)) = (&self.oidc_client_id, &self.oidc_client_secret) else {
            bail!("oidc_issuer needs oidc_client_id and oidc_client_secret (KITH_OIDC_CLIENT_SECRET_FILE for a file)");
        };
        if !issuer.starts_with("https://")
            && !issuer.starts_with("http://127.0.0.1")
            && !issuer.starts_with("http://localhost")
        {
            bail!("oidc_issuer must be an https:// address (http only on this machine, for testing), not {issuer:?}");
        }
        Ok(Some(kith_app::accounts::oidc::OidcSettings {
            issuer: issuer.clone(),
            client_id: client_id.clone(),
            client_secret: client_secret.clone(),
            name: self.oidc_name.clone().unwrap_or_else(|| "your council".into()),
        }))
    }

    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.listen)).trim_end_matches('/').to_owned()
    }

    pub fn database_url(&self) -> &str {
        self.database_url.as_deref().unwrap_or(DEFAULT_DATABASE_URL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_refused() {
        let err =
            toml::from_str::<Config>("listen = \"127.0.0.1:9000\"\ndatbase_url = \"sqlite://x.db\"\n").unwrap_err();
        assert!(err.to_string().contains("unknown field `datbase_url`"), "{err}");
        let ok: Config = toml::from_str("listen = \"127.0.0.1:9000\"\n").unwrap();
        assert_eq!(ok.listen, "127.0.0.1:9000");
        assert_eq!(ok.database_url(), DEFAULT_DATABASE_URL);
    }
}
