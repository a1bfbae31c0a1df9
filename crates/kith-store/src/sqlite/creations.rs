//! Group commit for new cases. SQLite has one writer, so concurrent creations wait for each other; each one's own
//! `BEGIN IMMEDIATE … COMMIT` (and the WAL frames of the pages it touched) is most of its cost. Creations are
//! handed to one task that writes whatever has queued (up to `MOST`) in a single transaction and answers each
//! caller once it is committed, so nothing is acknowledged before it is durable. If that transaction fails, each
//! creation in it is written again alone, so that one bad case fails only itself.

use sqlx::SqlitePool;
use tokio::sync::{mpsc, oneshot};

use super::cases::create_in;
use crate::cases::{NewCase, OwnedNewCase};
use crate::{Result, StoreError};

/// The most creations in one transaction.
const MOST: usize = 64;

type Waiting = (OwnedNewCase, oneshot::Sender<Result<String>>);

/// Where creations are handed to the writing task; the task ends when the store is dropped.
pub(super) struct Creations(mpsc::UnboundedSender<Waiting>);

impl Creations {
    pub fn start(writer: SqlitePool) -> Self {
        let (send, receive) = mpsc::unbounded_channel();
        tokio::spawn(write_creations(writer, receive));
        Self(send)
    }

    pub async fn create(&self, new: &NewCase<'_>) -> Result<String> {
        let (answer, answered) = oneshot::channel();
        self.0.send((OwnedNewCase::of(new), answer)).map_err(|_| stopped())?;
        answered.await.map_err(|_| stopped())?
    }
}

/// The writing task has gone: the store is closing, and the case was not saved.
fn stopped() -> StoreError {
    StoreError::Database(sqlx::Error::PoolClosed)
}

async fn write_creations(writer: SqlitePool, mut queue: mpsc::UnboundedReceiver<Waiting>) {
    let mut batch: Vec<Waiting> = Vec::with_capacity(MOST);
    while queue.recv_many(&mut batch, MOST).await > 0 {
        let together = write(&writer, &batch.iter().map(|(new, _)| new).collect::<Vec<_>>()).await;
        match together {
            Ok(references) => {
                for ((_, answer), reference) in batch.drain(..).zip(references) {
                    let _ = answer.send(Ok(reference));
                }
            }
            Err(_) => {
                for (new, answer) in batch.drain(..) {
                    let alone = write(&writer, &[&new]).await.map(|mut references| references.remove(0));
                    let _ = answer.send(alone);
                }
            }
        }
    }
}

/// Writes these creations in one transaction; their references in the same order.
async fn write(writer: &SqlitePool, cases: &[&OwnedNewCase]) -> Result<Vec<String>> {
    let mut tx = writer.begin_with("BEGIN IMMEDIATE").await?;
    let mut references = Vec::with_capacity(cases.len());
    for new in cases {
        references.push(create_in(&mut tx, &new.borrowed()).await?);
    }
    tx.commit().await?;
    Ok(references)
}

impl super::SqliteStore {
    /// Handed to the task that commits creations together (see `super::creations`).
    pub(super) async fn create_case_now(&self, new: &crate::cases::NewCase<'_>) -> crate::Result<String> {
        self.creations.create(new).await
    }
}
