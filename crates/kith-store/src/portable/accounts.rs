//! Accounts' SQL that SQLite and PostgreSQL speak alike: one text for both adapters. (Users, roles and sessions are
//! still in each adapter's own `accounts.rs`; signing in's newer parts start here: the second factor, links to the
//! council's identity provider, and when sessions were last used.)

/// Implements the sign-in stores (`TwoFactorStore`, `IdentityLinkStore`, `SessionActivityStore`) for a store type
/// whose module has `begin()`, `writer` and `super::audit::insert`; `$row` is its row type.
macro_rules! impl_sign_in_stores {
    ($store:ident, $row:ty) => {
        mod sign_in {
            use async_trait::async_trait;
            use chrono::{DateTime, Utc};
            use sqlx::Row;
            use uuid::Uuid;

            use super::super::audit::insert as audit;
            use super::$store;
            use crate::accounts::{IdentityLinkStore, SessionActivityStore, TwoFactor, TwoFactorStore};
            use crate::{AuditEntry, Result};

            fn two_factor(r: &$row) -> Result<TwoFactor> {
                Ok(TwoFactor {
                    secret: r.try_get("secret")?,
                    pending_secret: r.try_get("pending_secret")?,
                    last_step: r.try_get("last_step")?,
                    enabled_at: r.try_get("enabled_at")?,
                })
            }

            #[async_trait]
            impl TwoFactorStore for $store {
                async fn two_factor(&self, user_id: Uuid) -> Result<Option<TwoFactor>> {
                    let row = sqlx::query("SELECT * FROM two_factor WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_optional(&self.writer)
                        .await?;
                    row.as_ref().map(two_factor).transpose()
                }

                async fn set_pending_secret(&self, user_id: Uuid, secret: &str) -> Result<()> {
                    sqlx::query(
                        "INSERT INTO two_factor (user_id, pending_secret) VALUES ($1, $2)
                         ON CONFLICT (user_id) DO UPDATE SET pending_secret = excluded.pending_secret",
                    )
                    .bind(user_id)
                    .bind(secret)
                    .execute(&self.writer)
                    .await?;
                    Ok(())
                }

                async fn enable_two_factor(
                    &self,
                    user_id: Uuid,
                    secret: &str,
                    step: i64,
                    recovery_hashes: &[String],
                    at: DateTime<Utc>,
                    entry: &AuditEntry,
                ) -> Result<()> {
                    let mut tx = self.begin().await?;
                    sqlx::query(
                        "INSERT INTO two_factor (user_id, secret, pending_secret, last_step, enabled_at)
                         VALUES ($1, $2, NULL, $3, $4)
                         ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, pending_secret = NULL,
                         last_step = excluded.last_step, enabled_at = excluded.enabled_at",
                    )
                    .bind(user_id)
                    .bind(secret)
                    .bind(step)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                    for hash in recovery_hashes {
                        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                            .bind(user_id)
                            .bind(hash)
                            .execute(&mut *tx)
                            .await?;
                    }
                    audit(&mut tx, entry).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn use_step(&self, user_id: Uuid, step: i64) -> Result<bool> {
                    let done = sqlx::query(
                        "UPDATE two_factor SET last_step = $2
                         WHERE user_id = $1 AND secret IS NOT NULL AND (last_step IS NULL OR last_step < $2)",
                    )
                    .bind(user_id)
                    .bind(step)
                    .execute(&self.writer)
                    .await?;
                    Ok(done.rows_affected() == 1)
                }

                async fn use_recovery_code(&self, user_id: Uuid, code_hash: &str, at: DateTime<Utc>) -> Result<bool> {
                    let done = sqlx::query(
                        "UPDATE recovery_codes SET used_at = $3
                         WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
                    )
                    .bind(user_id)
                    .bind(code_hash)
                    .bind(at)
                    .execute(&self.writer)
                    .await?;
                    Ok(done.rows_affected() == 1)
                }

                async fn remove_two_factor(&self, user_id: Uuid, entry: &AuditEntry) -> Result<()> {
                    let mut tx = self.begin().await?;
                    sqlx::query("DELETE FROM two_factor WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                    audit(&mut tx, entry).await?;
                    tx.commit().await?;
                    Ok(())
                }
            }

            #[async_trait]
            impl IdentityLinkStore for $store {
                async fn user_by_identity(&self, issuer: &str, subject: &str) -> Result<Option<Uuid>> {
                    let row = sqlx::query("SELECT user_id FROM identity_links WHERE issuer = $1 AND subject = $2")
                        .bind(issuer)
                        .bind(subject)
                        .fetch_optional(&self.writer)
                        .await?;
                    Ok(row.map(|r| r.try_get("user_id")).transpose()?)
                }

                async fn identity_of(&self, user_id: Uuid, issuer: &str) -> Result<Option<String>> {
                    let row = sqlx::query("SELECT subject FROM identity_links WHERE user_id = $1 AND issuer = $2")
                        .bind(user_id)
                        .bind(issuer)
                        .fetch_optional(&self.writer)
                        .await?;
                    Ok(row.map(|r| r.try_get("subject")).transpose()?)
                }

                async fn link_identity(
                    &self,
                    user_id: Uuid,
                    issuer: &str,
                    subject: &str,
                    at: DateTime<Utc>,
                    entry: &AuditEntry,
                ) -> Result<()> {
                    let mut tx = self.begin().await?;
                    sqlx::query("DELETE FROM identity_links WHERE user_id = $1 AND issuer = $2")
                        .bind(user_id)
                        .bind(issuer)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(
                        "INSERT INTO identity_links (issuer, subject, user_id, linked_at) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(issuer)
                    .bind(subject)
                    .bind(user_id)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                    audit(&mut tx, entry).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn unlink_identity(&self, user_id: Uuid, issuer: &str, entry: &AuditEntry) -> Result<()> {
                    let mut tx = self.begin().await?;
                    sqlx::query("DELETE FROM identity_links WHERE user_id = $1 AND issuer = $2")
                        .bind(user_id)
                        .bind(issuer)
                        .execute(&mut *tx)
                        .await?;
                    audit(&mut tx, entry).await?;
                    tx.commit().await?;
                    Ok(())
                }
            }

            #[async_trait]
            impl SessionActivityStore for $store {
                async fn touch_session(&self, token_hash: &str, at: DateTime<Utc>) -> Result<()> {
                    sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                        .bind(token_hash)
                        .bind(at)
                        .execute(&self.writer)
                        .await?;
                    Ok(())
                }
            }
        }
    };
}

pub(crate) use impl_sign_in_stores;
