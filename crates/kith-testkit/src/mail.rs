//! A real SMTP server on loopback for tests: aiosmtpd (from PyPI) writing what it receives to a Maildir that the
//! test reads. `.ci/run` installs it; without it the mail tests skip, except under `CI=true`, where they fail.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use uuid::Uuid;

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct ReceivedEmail {
    pub to: String,
    pub from: String,
    pub subject: String,
    pub body: String,
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    maildir: PathBuf,
}

fn aiosmtpd_installed() -> bool {
    Command::new("python3").args(["-c", "import aiosmtpd"]).status().is_ok_and(|s| s.success())
}

/// Decodes quoted-printable text (soft line breaks and `=XX` bytes).
fn quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        if bytes[i] == b'='
            && let Some(b) = hex
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn parse(raw: &str) -> ReceivedEmail {
    let (head, body) = raw.split_once("\r\n\r\n").or_else(|| raw.split_once("\n\n")).unwrap_or((raw, ""));
    // Unfold continued header lines, then read the ones we need.
    let unfolded = head.replace("\r\n ", " ").replace("\n ", " ").replace("\r\n\t", " ");
    let header = |name: &str| {
        unfolded
            .lines()
            .find_map(|l| {
                l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_owned())
            })
            .unwrap_or_default()
    };
    let encoding = header("Content-Transfer-Encoding").to_ascii_lowercase();
    let body = if encoding == "quoted-printable" { quoted_printable(body) } else { body.to_owned() };
    ReceivedEmail {
        to: header("To"),
        from: header("From"),
        subject: header("Subject"),
        body: body.replace("\r\n", "\n"),
    }
}

impl SmtpServer {
    /// Starts a server on a free loopback port, or `None` if aiosmtpd is not installed (outside CI).
    pub async fn start() -> Option<Self> {
        if !aiosmtpd_installed() {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but aiosmtpd is not installed (pip install aiosmtpd)"
            );
            eprintln!("skipping: install aiosmtpd (pip install aiosmtpd) to run the email tests");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
        // aiosmtpd makes the Maildir (with its tmp, new and cur) only if the folder does not exist yet.
        let maildir = std::env::temp_dir().join(format!("kith-mail-{}", Uuid::new_v4()));
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd starts");
        let server = Self { child, port, maildir };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Some(server);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not start listening on {port}");
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<ReceivedEmail> {
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = ["new", "cur"]
            .iter()
            .flat_map(|d| std::fs::read_dir(self.maildir.join(d)).into_iter().flatten().flatten())
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        files.sort();
        files.iter().filter_map(|(_, p)| std::fs::read_to_string(p).ok()).map(|raw| parse(&raw)).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_printable_soft_breaks_and_bytes_decode() {
        assert_eq!(super::quoted_printable("a long=\r\n line =C2=A33.50"), "a long line £3.50");
    }
}
