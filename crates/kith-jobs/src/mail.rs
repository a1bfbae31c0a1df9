//! Sends the email outbox through SMTP. A failed send is tried again later, backing off from a minute to six
//! hours; an email is marked sent only once the server has taken it.

use std::time::Duration;

use chrono::Duration as Span;
use kith_app::App;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How many emails one sweep sends at most.
const BATCH: i64 = 200;

fn backoff(attempts: i32) -> Span {
    Span::minutes(1i64 << attempts.clamp(0, 9)).min(Span::hours(6))
}

/// Sends what is due; returns how many were sent and how many failed.
pub async fn deliver(app: &App) -> kith_app::Result<(u64, u64)> {
    let Some(mail) = &app.settings.mail else { return Ok((0, 0)) };
    let address = mail.smtp_url.trim_start_matches("smtp://").trim_end_matches('/');
    let (host, port) = match address.rsplit_once(':') {
        Some((host, port)) => (host, port.parse::<u16>().unwrap_or(25)),
        None => (address, 25),
    };
    let due = kith_app::outbox::due(app, BATCH).await?;
    if due.is_empty() {
        return Ok((0, 0));
    }
    // Plain SMTP to a relay the council runs beside Kith; TLS to the outside world is the relay's job.
    let transport: AsyncSmtpTransport<Tokio1Executor> = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(20)))
        .build();
    let (mut sent, mut failed) = (0, 0);
    for email in due {
        let message = (|| -> Result<Message, Box<dyn std::error::Error + Send + Sync>> {
            Ok(Message::builder()
                .from(mail.from.parse()?)
                .to(email.to.parse()?)
                .subject(email.subject.clone())
                .header(ContentType::TEXT_PLAIN)
                .message_id(Some(format!("<{}@kith>", email.id)))
                .body(email.body.clone())?)
        })();
        let outcome = match message {
            Ok(message) => transport.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(format!("the email could not be written: {e}")),
        };
        match outcome {
            Ok(()) => {
                kith_app::outbox::sent(app, email.id).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(email = %email.id, %error, "sending an email failed; it will be tried again");
                kith_app::outbox::failed(app, email.id, &error, app.now() + backoff(email.attempts)).await?;
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}
