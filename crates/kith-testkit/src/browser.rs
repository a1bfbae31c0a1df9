//! A small WebDriver client for Debian's `chromium` and `chromedriver`, enough to drive pages with the keyboard
//! and run axe-core in them. Chromium runs headless with no network beyond loopback.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context as _, bail};
use serde_json::{Value, json};

pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    http: reqwest::Client,
}

/// The WebDriver key for a named key.
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SHIFT: &str = "\u{E008}";
}

impl Browser {
    /// Starts chromedriver and a headless Chromium window `width` by `height` pixels.
    pub async fn start(width: u32, height: u32) -> anyhow::Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let driver = Command::new(std::env::var("KITH_CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting chromedriver (Debian package chromium-driver)")?;
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let mut ready = false;
        for _ in 0..100 {
            if http.get(format!("{base}/status")).send().await.is_ok() {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if !ready {
            bail!("chromedriver did not start on port {port}");
        }
        let profile = std::env::temp_dir().join(format!("kith-chromium-{}", uuid::Uuid::new_v4()));
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": std::env::var("KITH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    format!("--window-size={width},{height}"), format!("--user-data-dir={}", profile.display()),
                ],
            },
        }}});
        let answer: Value = http.post(format!("{base}/session")).json(&capabilities).send().await?.json().await?;
        let session = answer["value"]["sessionId"]
            .as_str()
            .with_context(|| format!("no WebDriver session: {answer}"))?
            .to_owned();
        Ok(Self { driver, base, session, http })
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> anyhow::Result<Value> {
        let url = format!("{}/session/{}{}", self.base, self.session, path);
        let request = self.http.request(method, url);
        let request = match body {
            Some(body) => request.json(&body),
            None => request,
        };
        let answer: Value = request.send().await?.json().await?;
        if let Some(error) = answer["value"]["error"].as_str() {
            bail!("WebDriver {path}: {error}: {}", answer["value"]["message"]);
        }
        Ok(answer["value"].clone())
    }

    pub async fn goto(&self, url: &str) -> anyhow::Result<()> {
        self.call(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await.map(|_| ())
    }

    pub async fn current_url(&self) -> anyhow::Result<String> {
        Ok(self.call(reqwest::Method::GET, "/url", None).await?.as_str().unwrap_or_default().to_owned())
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> anyhow::Result<Value> {
        self.call(reqwest::Method::POST, "/execute/sync", Some(json!({ "script": script, "args": [] }))).await
    }

    /// Runs a script that calls `arguments[arguments.length - 1]` with its result.
    pub async fn eval_async(&self, script: &str, args: Vec<Value>) -> anyhow::Result<Value> {
        self.call(reqwest::Method::POST, "/execute/async", Some(json!({ "script": script, "args": args }))).await
    }

    /// Presses keys as a person would, one after another (text is typed character by character).
    pub async fn press(&self, keys: &str) -> anyhow::Result<()> {
        let mut actions = Vec::new();
        for c in keys.chars() {
            actions.push(json!({ "type": "keyDown", "value": c.to_string() }));
            actions.push(json!({ "type": "keyUp", "value": c.to_string() }));
        }
        let body = json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] });
        self.call(reqwest::Method::POST, "/actions", Some(body)).await?;
        self.call(reqwest::Method::DELETE, "/actions", None).await.map(|_| ())
    }

    /// Presses Tab until the focused element matches `predicate` (a JavaScript expression over `el`), up to
    /// `limit` times. Returns how many presses it took.
    pub async fn tab_to(&self, predicate: &str, limit: usize) -> anyhow::Result<usize> {
        for presses in 1..=limit {
            self.press(keys::TAB).await?;
            let found =
                self.eval(&format!("const el = document.activeElement; return !!(el && ({predicate}));")).await?;
            if found.as_bool() == Some(true) {
                return Ok(presses);
            }
        }
        bail!("nothing matching {predicate} took focus after {limit} presses of Tab")
    }

    pub async fn resize(&self, width: u32, height: u32) -> anyhow::Result<()> {
        self.call(reqwest::Method::POST, "/window/rect", Some(json!({ "width": width, "height": height })))
            .await
            .map(|_| ())
    }

    /// Runs axe-core (given as its source) against the page for WCAG 2.0, 2.1 and 2.2 A and AA rules and returns
    /// the violations, each as "rule: target…".
    pub async fn axe_violations(&self, axe_source: &str) -> anyhow::Result<Vec<String>> {
        self.eval(axe_source).await?;
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
               .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));
        "#;
        let result = self.eval_async(script, vec![]).await?;
        Ok(result
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .unwrap_or_default())
    }

    pub async fn quit(mut self) {
        let _ = self.call(reqwest::Method::DELETE, "", None).await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
